"""An open point that is a dispute over facts or rights, not a matter of opinion."""

from __future__ import annotations

import re

_BETWIST = re.compile(
    r"\b(?:met feiten|feitelijk\w*|niet klopt|klopt niet|onjuist\w*|aantoon\w*|aangetoond"
    r"|bewijs\w*|betwist\w*|bestrijd\w*|foutie\w*)",
    re.IGNORECASE,
)
"""Words that say a fact is contested: the resident shows that it is not right."""

_FEIT = re.compile(
    r"\b(?:indeling|categorie|eigendom\w*|verjaring|verjaard|meting\w*|gemeten|taxatie\w*"
    r"|getaxeerd|kadast\w*|erfgrens\w*|perceelsgrens\w*|grens|oppervlakte|WOZ)\b",
    re.IGNORECASE,
)
"""What such a fact is about: how a case is classified, who owns it, a measurement, a
valuation, a boundary."""

_RECHT = re.compile(r"\b(?:verjaring|verjaard)\b", re.IGNORECASE)
"""A question of rights that a court settles, whoever asks it: acquisitive prescription."""


def feitengeschil(onderwerp: str) -> bool:
    """Is this open point a dispute over facts or rights (a classification, ownership,
    verjaring, a measurement or a valuation that the resident says is wrong)? It is settled by
    checking the facts case by case, not by weighing opinions.

    Why: review 58 (snippergroen, Aldervenne): 'in which category a strip falls when the
    resident shows with facts that the classification is wrong' got 'raadplegen' in a survey,
    with 'the outcome does not bind us'. A word like 'indeling' alone is no dispute: the
    indeling of a square or a garden is a design question."""
    return bool(
        _RECHT.search(onderwerp) or (_BETWIST.search(onderwerp) and _FEIT.search(onderwerp))
    )


_EIGENDOM = re.compile(
    r"\b(?:eigendom\w*|verjaring|verjaard|eigenaar van de grond)\b", re.IGNORECASE
)


def over_eigendom(*teksten: str) -> bool:
    """Does the dispute touch who owns the land (ownership, verjaring)? Then signing an
    agreement on it can count as recognising the gemeente as owner.

    Why: review 64c (Aldervenne): the residents who claim a strip by verjaring were sent to sign
    agreements, with no warning that signing recognises the gemeente's ownership."""
    return any(_EIGENDOM.search(t) for t in teksten)

"""What the case itself rules out: a route or a place it says a group is NOT reached by.

A stock route (the employer, the school gate) is only proposed when the case's own words do not
contradict it: 'niet via de werkgever', 'geen contact met de school', children who go to school
by leerlingenvervoer or in another gemeente. The matching is on words, not on one case's phrase:
a route word counts as ruled out when its own clause (up to a comma, a full stop or 'maar')
holds a negation before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pionieren.analysis.facts import Feiten
    from pionieren.input.model import Belanghebbende

_GRENS = re.compile(r"[.;:!?()\n,]|\bmaar\b|\bwel\b", re.IGNORECASE)
"""Where a clause ends: 'niet via de werkgever, wel via de kerk' negates only the employer."""

_ONTKENNING = re.compile(
    r"\b(?:niet(?!\s+(?:alleen|enkel|uitsluitend|zomaar)\b)|geen|nooit|zonder|nergens)\b|"
    r"\bbuiten\s+(?:de|het|hun|zijn|haar)\s+\w+\s+om\b|\bbuiten\s+(?:de|het|hun|zijn|haar)\s*$",
    re.IGNORECASE,
)
"""A negation in the clause before a route word: 'niet via', 'geen contact met', 'zonder',
'buiten de werkgever om'."""


def ontkend(tekst: str, begin: int) -> bool:
    """Is the word at ``begin`` of ``tekst`` negated in its own clause ('niet via de
    werkgever', 'buiten het uitzendbureau om')?"""
    voor = _GRENS.split(tekst[:begin])[-1]
    return bool(_ONTKENNING.search(voor))


def bevestigd(patroon: re.Pattern[str], tekst: str) -> bool:
    """Does the pattern occur in the text at least once without a negation in its clause?
    'via de school' yes; 'niet via de school' no."""
    return any(not ontkend(tekst, m.start()) for m in patroon.finditer(tekst))


_ROUTE = re.compile(r"\b(?:via|langs|buiten)\b", re.IGNORECASE)


def ontkend_genoemd(patroon: re.Pattern[str], tekst: str, als_route: bool = False) -> bool:
    """Does the text name the pattern with a negation ('niet via de werkgever')? With
    ``als_route`` only a negated route ('niet via', 'buiten ... om'): in a sentence of the case
    'geen school naast hun huis' is about a place, not about how to reach people."""
    for m in patroon.finditer(tekst):
        if ontkend(tekst, m.start()):
            voor = _GRENS.split(tekst[: m.start()])[-1]
            if not als_route or _ROUTE.search(voor):
                return True
    return False


WERKGEVER = re.compile(
    r"\b(?:werkgevers?|uitzendbureaus?|uitzenders?|(?:hun|zijn|haar)\s+baas|bazen)\b",
    re.IGNORECASE,
)
"""Words for the employer as a route."""

SCHOOL_ROUTE = re.compile(r"\b(?:school|scholen|schoolhek|schoolplein)\b", re.IGNORECASE)
"""Words for the school as a place where parents and children are met."""

_ELDERS = (
    r"(?:buiten\s+(?:de|het|hun|onze|eigen)\s+(?:gemeente|dorp|kern|stad|wijk|regio)|"
    r"in\s+een\s+andere\s+(?:gemeente|plaats|stad|kern|dorp)|elders|ver\s+weg)"
)
SCHOOL_ELDERS = re.compile(
    r"leerlingenvervoer|\bschool(?:bus|taxi)\w*|"
    rf"\bschool\w*\b[^.;,]{{0,30}}\b{_ELDERS}\b|\b{_ELDERS}\b[^.;,]{{0,30}}\bnaar\s+school\b|"
    r"\bgeen\s+(?:basis)?school\s+(?:meer\s+)?in\s+(?:het|de|hun|eigen)\s+(?:dorp|kern|wijk|buurt)\b",
    re.IGNORECASE,
)
"""Words that say the children are not at a school gate nearby: school transport, or a school
in another gemeente or far away ('gaan met het leerlingenvervoer naar het speciaal onderwijs',
'de school ligt buiten de gemeente', 'er is geen school meer in het dorp')."""


def geen_werkgever(eigen: str, zinnen: str = "") -> bool:
    """Does the group's own text (``eigen``: name and route) rule the employer out as a route
    ('niet via de werkgever', 'buiten het uitzendbureau om', 'zonder hun baas'), or a sentence
    of the case about the group (``zinnen``) as a route ('niet via de werkgever')?"""
    return ontkend_genoemd(WERKGEVER, eigen) or ontkend_genoemd(WERKGEVER, zinnen, als_route=True)


def geen_schoolhek(eigen: str, zinnen: str = "") -> bool:
    """Does the text say the parents or children are not met at a school gate nearby: they go
    by school transport or to a school elsewhere, or it rules the school out as a route ('niet
    via de school'; in the group's own name or route also 'geen school')?"""
    return (
        bool(SCHOOL_ELDERS.search(f"{eigen}\n{zinnen}"))
        or ontkend_genoemd(SCHOOL_ROUTE, eigen)
        or ontkend_genoemd(SCHOOL_ROUTE, zinnen, als_route=True)
    )


_ZIN = re.compile(r"(?<=[.!?;])\s+")
_WOORD = re.compile(r"[^\W\d_]{6,}")


def eigen_tekst(f: Feiten, partij: Belanghebbende) -> tuple[str, str]:
    """What the case says about this group: its name and route (via), and the sentences of the
    omschrijving, aanleiding and kaders that name it (a word of six letters or more of its
    name, by its first six letters: 'arbeidsmigranten' names 'Arbeidsmigranten in Velderen').
    Two texts: the group's own (name and route), and the sentences of the case about it."""
    v = f.vraagstuk
    stammen = {w.lower()[:6] for w in _WOORD.findall(partij.naam)}
    zinnen = [
        z
        for tekst in [
            v.omschrijving,
            v.aanleiding or "",
            *v.kaders.vast,
            *(o.onderwerp for o in v.kaders.open),
        ]
        for z in _ZIN.split(tekst)
        if stammen & {w.lower()[:6] for w in _WOORD.findall(z)}
    ]
    return f"{partij.naam}\n{partij.via or ''}", "\n".join(zinnen)

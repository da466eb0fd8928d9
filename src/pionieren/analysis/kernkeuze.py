"""The case's central choice: of the open choices between options, the one that touches the
most groups with the most at stake (rules MIX-ONDERWERP and PLAN-REACTIE).

An adviser ranks the open points before choosing forms: the choice the case turns on (which of
three alternatives for a dike, which site for a station) gets the form where the groups weigh
the options together, the round in which everyone reacts, and the first line of the summary.
Not the order of the points in the file: a bike path named first does not lead the design.
"""

from __future__ import annotations

import re

from pionieren.analysis.facts import Feiten
from pionieren.analysis.level import is_keuze
from pionieren.analysis.mix.betrokken import betrokkenen
from pionieren.analysis.result import OnderwerpAdvies
from pionieren.input.model import Onderwerp
from pionieren.vocabulary import Beslisser, Niveau, Ruimte, Trede
from pionieren.woorden import gedeeld, kernwoorden

#: A choice between alternatives for the whole plan: 'welk van de drie', scenarios, variants,
#: alternatives, the choice of a place.
_ALTERNATIEVEN = re.compile(
    r"\bwelke?\s+van\s+de\s+(?:twee|drie|vier|vijf|zes|\d+)\b"
    r"|\bscenario'?s?\b|\bvariant(?:en)?\b|\balternatieven\b"
    r"|\bkiezen\s+tussen\b|\bkeuze\s+tussen\b"
    r"|\b(?:locatie|plek)keuze\b",
    re.IGNORECASE,
)
_GEWICHT = {Niveau.hoog: 3, Niveau.middel: 2, Niveau.laag: 1}
_RUIMTE = {Ruimte.groot: 2, Ruimte.middel: 1}


def _invoer(f: Feiten, punt: OnderwerpAdvies) -> Onderwerp | None:
    return next((p for p in f.vraagstuk.kaders.open if p.onderwerp == punt.onderwerp), None)


def kandidaat(f: Feiten, punt: OnderwerpAdvies) -> bool:
    """Can this point be the central choice: an open choice between options (the field keuze,
    or a wording that names its alternatives) with real room, where people give at least their opinion, decided before
    the main decision and not by another party with its own procedure, and not each
    household's own property?"""
    invoer = _invoer(f, punt)
    return (
        invoer is not None
        and punt.open
        and punt.trede.rang >= Trede.raadplegen.rang
        and punt.ruimte in _RUIMTE
        and is_keuze(invoer)
        # the case calls it a choice, or names what it chooses between
        and alternatieven(invoer) >= 2
        and not punt.eigen_bezit
        and invoer.na_besluit is not True
        and invoer.partij is None
        and invoer.door is not Beslisser.anders
    )


def alternatieven(invoer: Onderwerp) -> int:
    """How plainly the point names the alternatives it chooses between: 4 for a choice between
    alternatives for the whole plan ('welk van de drie scenario's', variants, the choice of a
    place); 3 for its options listed in the case; 2 when the case calls it a choice (keuze:
    true); else 0 (a bare whether-question, 'Of er een fietspad komt', or a choice read only
    from its wording)."""
    tekst = invoer.onderwerp.strip()
    if _ALTERNATIEVEN.search(tekst):
        return 4
    if len(invoer.opties or []) >= 2:
        return 3
    if invoer.keuze is True:
        return 2
    return 0


def gewicht(f: Feiten, punt: OnderwerpAdvies) -> int:
    """How much is at stake on this point: the belang and invloed of each group it is about
    (a group named in the point, or of the kind it names)."""
    return sum(_GEWICHT[p.belang] + _GEWICHT[p.invloed] for p in betrokkenen(f, punt))


def rangorde(f: Feiten, punten: list[OnderwerpAdvies]) -> list[OnderwerpAdvies]:
    """The candidate points (:func:`kandidaat`), the central choice first: one that names
    its alternatives, then one decided in the main decision, then the one the title is about,
    then most at stake for the groups it is about (belang and invloed), then the most
    influence for inwoners, then the most room; the order in the file only last."""
    v = f.vraagstuk
    titel = kernwoorden(v.titel)

    def sleutel(i_p: tuple[int, OnderwerpAdvies]) -> tuple[int, ...]:
        i, p = i_p
        invoer = _invoer(f, p)
        assert invoer is not None  # a candidate has its point in the case
        return (
            -alternatieven(invoer),
            int(invoer.door is not None),
            -min(gedeeld(kernwoorden(p.onderwerp), titel), 2),
            -gewicht(f, p),
            -p.trede.rang,
            -_RUIMTE.get(p.ruimte, 0),
            i,
        )

    kandidaten = [(i, p) for i, p in enumerate(punten) if kandidaat(f, p)]
    return [p for _, p in sorted(kandidaten, key=sleutel)]


def kernkeuze(f: Feiten, punten: list[OnderwerpAdvies]) -> str | None:
    """The onderwerp of the case's central choice, or None when no open point is a choice."""
    rij = rangorde(f, punten)
    return rij[0].onderwerp if rij else None

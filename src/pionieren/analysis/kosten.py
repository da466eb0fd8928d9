"""What a werkvorm costs in this case: the catalogue's estimate, sized to the case.

Why: the catalogue gives an order of magnitude for a municipality of about 50,000 inhabitants
and a process for all of it. A survey, an evening or a design session for one neighbourhood
needs fewer letters, a smaller room and fewer hours; a group of volunteers pays no staff. A
buurtmoestuin must not get a budget made for a gemeentebrede visie (€ 12,500–48,000), and a
design that fits a small budget must not be cut because its costs were counted at city size.
"""

from __future__ import annotations

import dataclasses

from pionieren.analysis.regel import Thema, regel
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import Kennis
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import Schaal, SoortBelanghebbende

#: The share of the catalogue's estimate (a whole gemeente of about 50,000) at each schaal.
SCHAALFACTOR: dict[Schaal, float] = {
    Schaal.straat: 0.15,
    Schaal.buurt: 0.25,
    Schaal.wijk: 0.5,
    Schaal.kern: 0.5,
    Schaal.gemeente: 1.0,
    Schaal.regio: 1.5,
}

VRIJWILLIGERS = 0.3
"""The share of the cost when inwoners run a werkvorm themselves: material, a room and some
printing, no paid staff or bureau."""

_RANG = {s: i for i, s in enumerate(Schaal)}

KLEINE_KERN = 2000
"""A wijk or kern with at most about this many inwoners is the size of a buurt (some 1,300 to
1,500 inwoners, CBS): its process costs what a buurt's does."""


def kosten_schaal(vraagstuk: Vraagstuk) -> Schaal:
    """The schaal the costs are sized to: the case's schaal, but a wijk or kern whose largest
    group of inwoners (``aantal``) is at most :data:`KLEINE_KERN` costs as a buurt.

    Why: review 50b (Meerwierum): a volunteer werkgroep in a village of 1,450 inwoners cost
    "€ 3.250", priced as a kern of 4,000 or more; the costs follow the size of the case."""
    if vraagstuk.schaal not in (Schaal.wijk, Schaal.kern):
        return vraagstuk.schaal
    inwoners = [
        p.aantal
        for p in vraagstuk.belanghebbenden
        if p.soort is SoortBelanghebbende.inwoners and p.aantal
    ]
    if inwoners and max(inwoners) <= KLEINE_KERN:
        return Schaal.buurt
    return vraagstuk.schaal


def rond(bedrag: float) -> int:
    """A round amount for an estimate: to 50 below 1,000, to 250 below 10,000, else to 500;
    never below 50."""
    stap = 50 if bedrag < 1000 else 250 if bedrag < 10000 else 500
    return max(50, round(bedrag / stap) * stap)


def factor(w: Werkvorm, schaal: Schaal) -> float:
    """The share of the catalogue's cost for this werkvorm at the case's schaal: at least the
    smallest schaal the werkvorm is made for (a referendum is always for the whole gemeente)."""
    kleinste = min(w.schalen, key=lambda s: _RANG[s]) if w.schalen else schaal
    return SCHAALFACTOR[max(schaal, kleinste, key=lambda s: _RANG[s])]


def scaled(kosten: tuple[int, int], aandeel: float) -> tuple[int, int]:
    """A cost range times a share, rounded; the upper bound never below the lower bound."""
    laag = rond(kosten[0] * aandeel) if kosten[0] else 0
    hoog = rond(kosten[1] * aandeel) if kosten[1] else 0
    return laag, max(laag, hoog)


def _geschaald(w: Werkvorm, aandeel: float) -> dict[str, object]:
    """The cost fields of a werkvorm at a share of the catalogue's size: its range, and the
    fixed part of its price per unit (the price of one conversation or letter stays)."""
    update: dict[str, object] = {"kosten_euro": scaled(w.kosten_euro, aandeel)}
    if w.eenheid is not None and any(w.eenheid.vast_euro):
        update["eenheid"] = w.eenheid.model_copy(
            update={"vast_euro": scaled(w.eenheid.vast_euro, aandeel)}
        )
    return update


@regel(
    "MIX-KOSTEN-SCHAAL",
    Thema.mix,
    "De kosten naar de schaal van het vraagstuk",
    """De bedragen in de catalogus zijn een orde van grootte voor een gemeente van ongeveer
    50.000 inwoners, met het hele proces voor de hele gemeente. pionieren schat de kosten voor
    de schaal van het vraagstuk: een straat 15 procent daarvan, een buurt 25 procent, een wijk
    of kern de helft, de gemeente het hele bedrag en een regio anderhalf keer zoveel. Een
    werkvorm die alleen voor een grotere schaal bestaat (een referendum, een burgerberaad)
    kost wat hij op die schaal kost. Een wijk of kern met hoogstens 2.000 inwoners (de
    grootste groep inwoners in het vraagstuk) kost wat een buurt kost. Organiseren inwoners een werkvorm zelf, als
    initiatiefnemer, dan rekent pionieren 30 procent: zij betalen materiaal, een ruimte en
    drukwerk, geen medewerkers of bureau. Het zijn schattingen van pionieren, geen offertes:
    vraag bij twijfel een prijs op. Een werkvorm die de gemeente in een eigen bestand toevoegt
    of aanpast, houdt de bedragen die de gemeente opschreef.""",
    ["vng-handreiking-participatie"],
)
def op_schaal(kennis: Kennis, schaal: Schaal) -> Kennis:
    """The knowledge with every werkvorm's cost sized to the schaal of the case.

    A werkvorm the gemeente added or changed in its own file keeps its amounts: the gemeente
    wrote what it costs there."""
    te_schalen = {
        id(w)
        for w in kennis.werkvormen
        if factor(w, schaal) != 1.0 and kennis.herkomst.get(w.id, "ingebouwd") == "ingebouwd"
    }
    if not te_schalen:
        return kennis
    werkvormen = tuple(
        w.model_copy(update=_geschaald(w, factor(w, schaal))) if id(w) in te_schalen else w
        for w in kennis.werkvormen
    )
    aangepast = dataclasses.replace(kennis, werkvormen=werkvormen)
    # the same texts: keep the compiled wording instead of compiling it again
    aangepast.__dict__["wording"] = kennis.wording
    return aangepast

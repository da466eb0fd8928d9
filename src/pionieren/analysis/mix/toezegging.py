"""A promised step gets an owner and an answer moment: the werkvorm that carries a point the
raad or college already promised is run by the gemeente and says when the promiser answers."""

from __future__ import annotations

from pionieren.analysis.mix.ontwerp import Ontwerp, voor_het_besluit
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.vocabulary import Beslisser, Initiatiefnemer

#: the promisers who are the gemeente: their promise is the gemeente's to keep
_GEMEENTE = frozenset({Beslisser.raad, Beslisser.college, Beslisser.burgemeester})


@regel(
    "MIX-TOEZEGGING",
    Thema.mix,
    "Een toezegging krijgt een eigen stap met een eigenaar",
    """Heeft de raad of het college al toegezegd dat inwoners over een punt mogen adviseren
    (besluit.toezegging, met toegezegd: true bij dat punt), dan moet het ontwerp die belofte
    dragen: de werkvorm over dat punt zegt dat dit de toegezegde stap is, dat het advies aan het
    eind ervan naar wie de toezegging deed gaat, en dat die vóór het besluit zegt wat hij met
    het advies deed en waarom. Neemt een ander dan de gemeente het initiatief, dan organiseert de
    gemeente zelf een werkvorm die alleen over zo'n punt gaat: de belofte is van haar.""",
    ["ombudsman-inspraak-2009", "vng-handreiking-participatie"],
)
def toezegging(o: Ontwerp) -> None:
    """Mark the werkvormen before the decision that carry a promised point."""
    v = o.f.vraagstuk
    belofte = v.besluit.toezegging if v.besluit else None
    if belofte is None:
        return
    punten = {p.onderwerp for p in v.kaders.open if p.toegezegd}
    if not punten:
        return
    for k in o.keuzes:
        over = punten.intersection(k.onderwerpen)
        if not over or not voor_het_besluit(k):
            continue
        if (
            belofte.door in _GEMEENTE
            and v.initiatiefnemer not in (Initiatiefnemer.gemeente, Initiatiefnemer.raad)
            and set(k.onderwerpen) <= punten
        ):
            k.door_gemeente = True
        k.add([], deel("MIX-TOEZEGGING", door=belofte.door.value), "MIX-TOEZEGGING")

"""Broad reach (verbreding): a werkvorm that many people can join, so not only the usual faces
are heard."""

from __future__ import annotations

from pionieren.analysis.mix.bereik import kan_voor, namen
from pionieren.analysis.mix.kandidaten import open_bijeenkomst_te_verdeeld
from pionieren.analysis.mix.ontwerp import Ontwerp, vooraf
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.vocabulary import (
    Bereikbaarheid,
    Modus,
    Reikwijdte,
    Schaal,
    SoortBelanghebbende,
    Trede,
    Werving,
)

MIN_BEREIK = {
    Schaal.straat: 20,
    Schaal.buurt: 50,
    Schaal.wijk: 300,
    Schaal.kern: 300,
    Schaal.gemeente: 1000,
    Schaal.regio: 1000,
}
"""The number of participants a broad form should be able to take, per schaal."""


@regel(
    "MIX-VERBREDING",
    Thema.mix,
    "Breed ophalen",
    """Elke mix begint met een werkvorm die veel mensen bereikt (verbreding), zodat niet alleen
    de vaste gezichten worden gehoord. Bij informeren is dat een goede informatiebrief. Een
    werkvorm voor grote groepen (een enquête, vanaf zo'n 500 mensen) komt er alleen in als een
    groep zo groot is of het aantal niet bekend is; een kleinere groep spreekt de gemeente
    persoonlijk.""",
    ["nplw-methoden", "aardgasvrij-participatieroute", "iap2-technieken"],
)
def verbreding(o: Ontwerp) -> None:
    """A broad form: open to everyone, large enough for the schaal, as inclusive as possible,
    and asking for input (raadplegen) whenever the advice allows it. None when one of the
    case's own instruments is that broad round already."""
    advies, kandidaten = o.advies, o.kandidaten
    nodig = MIN_BEREIK[o.f.vraagstuk.schaal]
    ophalen = min(advies.rang, Trede.raadplegen.rang)
    # an instrument counts as the broad round only when it asks for input at the level the
    # advice allows (an information letter that comes with a formal zienswijze does not)
    if any(
        k.werkvorm.verbreding_of_verdieping is not Reikwijdte.verdieping
        and k.werkvorm.werving is Werving.open
        and SoortBelanghebbende.inwoners in k.werkvorm.doelgroepen
        and k.trede.rang >= ophalen
        # an open gathering in a divided case is no safe broad round (MIX-POLARISATIE)
        and not open_bijeenkomst_te_verdeeld(o.f, k.werkvorm)
        for k in o.eigen() + o.stemmingen()
    ):
        return
    breed = kandidaten.best(
        lambda w: (
            Modus.denken in w.modi
            and vooraf(w)
            and w.verbreding_of_verdieping is not Reikwijdte.verdieping
            and SoortBelanghebbende.inwoners in w.doelgroepen
            # a notice for people without an address is for them, not the broad round
            and not w.zonder_adres
            # a form for large groups (a survey) only when a named group it serves is large
            # enough for it or of unknown size, or when no group of inwoners is named; a group
            # that is hard to reach gets its own outreach (MIX-INCLUSIE), not this broad round
            and (
                w.min_aantal is None
                or not o.inwoners
                or any(
                    kan_voor(w, p) and p.bereikbaarheid is not Bereikbaarheid.moeilijk
                    for p in o.inwoners
                )
            )
        ),
        schaal=True,
        breed=True,
        moet=lambda w: (int(advies.rang - kandidaten.niveau(w) < ophalen),),
        wens=lambda w: (
            int(w.deelnemers[1] < nodig),
            int(w.werving is not Werving.open),
            int(w.verbreding_of_verdieping is not Reikwijdte.verbreding),
            -len(w.bereikt),
            -w.deelnemers[1],
        ),
    )
    if breed is None:
        return
    bereikt = [p for p in o.inwoners if kan_voor(breed, p)]
    o.kies(breed, Modus.denken).add(
        namen(bereikt),
        deel(
            "MIX-VERBREDING",
            van=breed.deelnemers[0],
            tot=breed.deelnemers[1],
            # a meeting of one group is broad in number, not open to everyone
            open=breed.werving is Werving.open,
        ),
        "MIX-VERBREDING",
    )

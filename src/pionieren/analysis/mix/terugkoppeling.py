"""Always feedback and a learning arena, at the end of every process."""

from __future__ import annotations

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import BesluitAdvies, deel
from pionieren.vocabulary import Beslisser, Kenmerk, Modus, Schaal, SoortBelanghebbende

NIET_ONLINE = frozenset({Kenmerk.digitaal_minder_vaardig, Kenmerk.laaggeletterd, Kenmerk.beperking})
"""Kenmerken of people whom feedback on a website does not reach: who is not online, reads
little, or cannot see the screen."""


def leerarena_met_raad(f: Feiten, besluit: BesluitAdvies) -> bool:
    """A leerarena with the raad fits when the raad decides or the case is municipality-wide."""
    return besluit.door is Beslisser.raad or f.vraagstuk.schaal in (Schaal.gemeente, Schaal.regio)


def _altijd(o: Ontwerp, id: str, regel_id: str, voor: list[str]) -> None:
    """Add the werkvorm ``id`` of the catalogue for ``voor``, or count the one an instrument
    already brought along (one feedback round, one evaluation). Nothing without it."""
    try:
        w = o.f.kennis.werkvorm(id)
    except KeyError:
        return
    al = next((k for k in o.keuzes if k.werkvorm.id == id), None)
    if al is not None:
        al.add(voor, None, regel_id)
        return
    reden = deel(regel_id, met_raad=leerarena_met_raad(o.f, o.besluit))
    keuze = Keuze(werkvorm=w, modus=Modus.denken, trede=w.trede_tot(o.advies) or o.advies)
    keuze.add(voor, reden, regel_id)
    o.keuzes.append(keuze)


@regel(
    "MIX-TERUGKOPPELING",
    Thema.mix,
    "Altijd terugkoppelen",
    """Elk proces eindigt met terugkoppeling: iedereen die meedeed hoort wat er met de inbreng
    is gedaan en waarom. Geen terugkoppeling is de meest genoemde klacht over participatie.
    Staan er inwoners in het vraagstuk die weinig online zijn, weinig lezen of een beperking
    hebben, dan komt de terugkoppeling ook op papier of in een gesprek, niet alleen op de
    website: ook als de toezegging alleen de website noemt.""",
    ["ombudsman-inspraak-2009", "oecd-richtlijnen-2022"],
)
def terugkoppeling(o: Ontwerp) -> None:
    """Feedback to every stakeholder except the fracties (they hear it in the raad)."""
    niet_politiek = [p.naam for p in o.partijen if p.soort is not SoortBelanghebbende.politiek]
    _altijd(o, "terugkoppeling", "MIX-TERUGKOPPELING", niet_politiek)
    if any(set(p.kenmerken) & NIET_ONLINE for p in o.inwoners):
        for k in o.keuzes:
            if k.werkvorm.id == "terugkoppeling":
                k.redenen.append(deel("MIX-TERUGKOPPELING.papier"))


@regel(
    "MIX-LEERARENA",
    Thema.mix,
    "Altijd een leerarena",
    """Advies 5 uit het boek: richt een leerarena in. Raad, college, ambtenaren en inwoners
    kijken samen terug op het proces en nemen de lessen mee naar het volgende vraagstuk.""",
    ["pionieren-2017", "berenschot-leeratelier", "oecd-evaluatie-2021"],
)
def leerarena(o: Ontwerp) -> None:
    """A leerarena (with the raad where it decides or the case is municipality-wide)."""
    _altijd(o, "leerarena", "MIX-LEERARENA", [])

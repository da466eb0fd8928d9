"""Always feedback and a learning arena, at the end of every process."""

from __future__ import annotations

from datetime import date

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp, voor_het_besluit
from pionieren.analysis.planning import Geplaatst
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import BesluitAdvies, deel
from pionieren.vocabulary import (
    Beslisser,
    Kenmerk,
    Modus,
    Procesfase,
    Schaal,
    SoortBelanghebbende,
)

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


def voor_de_aanvraag(f: Feiten) -> tuple[bool, date | None]:
    """Does the initiator run the talks before a permit application that is still to come?
    Then also the date of that application, when the vraagstuk gives it."""
    besluit = f.vraagstuk.besluit
    if besluit is None or not f.aanvraag_van_ander or f.vraagstuk.kaders.besluit_al_genomen:
        return False, None
    if besluit.aanvraag is not None and besluit.aanvraag <= f.datum:
        return False, None  # already applied: the talks before it are over
    return True, besluit.aanvraag


@regel(
    "MIX-AANGEPAST-PLAN",
    Thema.mix,
    "Het aangepaste plan tonen vóór de aanvraag",
    """Vraagt een ander dan de gemeente een omgevingsvergunning aan en voert die initiatiefnemer
    vooraf de gesprekken, dan sluit hij die af vóór de aanvraag. Hij laat iedereen die meedeed
    het aangepaste plan zien: wat is veranderd, wat niet, en waarom. Zo horen mensen dat vóór de
    aanvraag, niet pas als het ontwerpbesluit ter inzage ligt. Het verslag bij de aanvraag (art.
    7.4 Omgevingsregeling) noemt dan ook wat dit opleverde. De terugkoppeling na het besluit
    blijft.""",
    ["omgevingsregeling-7-4", "ombudsman-inspraak-2009", "pelsrijcken-aanvraagvereiste"],
)
def aangepast_plan(o: Ontwerp) -> None:
    """The initiator shows the adjusted plan to those who took part, before the application."""
    komt, aanvraag = voor_de_aanvraag(o.f)
    if not komt:
        return
    try:
        w = o.f.kennis.werkvorm("aangepast-plan")
    except KeyError:
        return
    trede = w.trede_tot(o.advies)
    if trede is None:
        return
    # who took part before the application: not the initiators, not the fracties
    gesproken = {n for k in o.keuzes if voor_het_besluit(k) for n in k.voor}
    voor = [
        p.naam
        for p in o.partijen
        if p.naam in gesproken
        and not p.initiatiefnemer
        and p.soort is not SoortBelanghebbende.politiek
    ]
    if not voor:
        return
    keuze = next((k for k in o.keuzes if k.werkvorm.id == w.id), None)
    if keuze is None:
        keuze = Keuze(werkvorm=w, modus=Modus.denken, trede=trede)
        o.keuzes.append(keuze)
    reden = deel("MIX-AANGEPAST-PLAN", aanvraag=aanvraag.isoformat() if aanvraag else "")
    keuze.add(voor, reden, "MIX-AANGEPAST-PLAN")


_NA_DE_AANVRAAG = (Procesfase.toetsen, Procesfase.besluit)
"""Under a permit the formal round and the decision come after the application."""


def niet_na_de_aanvraag(keuzes: list[Keuze], fasen: list[Geplaatst]) -> list[Keuze]:
    """Leave the adjusted plan out when the calendar has no time for it before the application
    (its phase starts after the formal round or the decision has begun): then the application
    is already due, and the step would come too late to be the last one before it."""
    geplaatst = next((g for g in fasen if "aangepast-plan" in g.werkvormen), None)
    na = [g.start for g in fasen if g.fase in _NA_DE_AANVRAAG]
    if geplaatst is None or not na or geplaatst.start < min(na):
        return keuzes
    geplaatst.werkvormen.remove("aangepast-plan")
    if not geplaatst.werkvormen:
        fasen.remove(geplaatst)
    return [k for k in keuzes if k.werkvorm.id != "aangepast-plan"]


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

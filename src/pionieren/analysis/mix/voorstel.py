"""A werkvorm a party proposed is judged, not adopted as is; opponents take part in the design."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pionieren.analysis.level import is_keuze
from pionieren.analysis.mix.bereik import bedient, kan_voor
from pionieren.analysis.mix.instrument import met_belang
from pionieren.analysis.mix.kwetsbaar import kwetsbaar
from pionieren.analysis.mix.onderwerpen import over_ontwerp
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp
from pionieren.analysis.mix.plan import VOORBEREIDEN_MIN_WEKEN
from pionieren.analysis.mix.punt_van import eigen_punt
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import OnderwerpAdvies, deel
from pionieren.input.model import Belanghebbende
from pionieren.safe_text import comparable_name
from pionieren.vocabulary import (
    Beslisser,
    Houding,
    Kenmerk,
    Modus,
    Niveau,
    Organisator,
    Reikwijdte,
    SoortBelanghebbende,
    Status,
    Trede,
    Werving,
)

_GEMEENTE = (None, Beslisser.college, Beslisser.raad)


def _partij(o: Ontwerp, door: str | None) -> Belanghebbende | None:
    """The party on the map that proposed the werkvorm, by its name."""
    if not door:
        return None
    wie = comparable_name(door)
    return next((p for p in o.partijen if comparable_name(p.naam) == wie), None)


def _na_besluit(o: Ontwerp, punt: OnderwerpAdvies) -> bool:
    """Is this open point worked out after the main decision (na_besluit in the case)?"""
    return any(x.onderwerp == punt.onderwerp and x.na_besluit for x in o.f.vraagstuk.kaders.open)


def _feitenonderzoek(o: Ontwerp, k: Keuze, door: Belanghebbende | None) -> None:
    """A joint inquiry: for the facts under the decision, not for the choice itself; with
    every side, and done before the decision it feeds."""
    w = k.werkvorm
    punten = [p for p in o.onderwerpen if p.open and not _na_besluit(o, p)]
    # the point the case names for it ('voor: het effect van elke variant op de houten palen'),
    # else the first whose words carry a signal of a conflict over facts (review 56b: the
    # inquiry on the wooden piles was said to serve where the gemeente places its gauges)
    eigen = eigen_punt(o.f, w.id)
    punt = next((p for p in punten if eigen and p.onderwerp == eigen), None) or next(
        (p for p in punten if any(s in p.onderwerp.lower() for s in w.signalen)), None
    )
    kant = door.houding if door is not None else None
    andere = [
        p.naam
        for p in o.partijen
        if p is not door
        and not p.initiatiefnemer
        # a group in care is not at a table with opponents; its organisation is (MIX-APART)
        and not kwetsbaar(p)
        and kan_voor(w, p)
        and p.belang is Niveau.hoog
        and p.soort not in (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)
        and (p.soort is SoortBelanghebbende.inwoners or p.houding is not kant)
    ]
    k.add(andere, None, "MIX-VOORSTEL")
    v = o.f.vraagstuk
    klaar = None
    if v.kaders.besluit_uiterlijk is not None:
        klaar = v.kaders.besluit_uiterlijk - timedelta(weeks=o.besluit.stukken_weken)
    # a round on fixed dates before the decision: the outcome is there before it, or the
    # round gets the facts there are (review 31a: the inloop came before the scores were checked)
    eerder = [
        (x.werkvorm.naam, x.periode[0].isoformat(), x.periode[1].isoformat())
        for x in o.keuzes
        if x is not k
        and x.genoemd
        and x.periode is not None
        and x.periode[0] > o.f.datum
        and (klaar is None or x.periode[1] <= klaar)
        and Modus.denken in x.werkvorm.modi
        and x.werkvorm.organisator is not Organisator.griffie
    ]
    k.redenen.append(
        deel(
            "MIX-VOORSTEL.feiten",
            punt=punt.onderwerp if punt else "",
            andere=andere,
            klaar=klaar.isoformat() if klaar and klaar > o.f.datum else "",
            eerder=eerder[0] if eerder else None,
            # the inquiry cannot be done by then: the preparation and its shortest run first
            # (review 54b: 'Is de uitkomst er niet vóór ... (12–26 januari)' while it started
            # in February)
            nooit=bool(eerder)
            and date.fromisoformat(eerder[0][2])
            < o.f.datum + timedelta(weeks=VOORBEREIDEN_MIN_WEKEN + w.weken[0]),
        )
    )
    k.regels.append("MIX-VOORSTEL")


def _peiling(o: Ontwerp, k: Keuze, door: Belanghebbende) -> None:
    """A survey by the initiator or a party with a stake: for wishes on what that party
    decides itself, not a vote on what the gemeente decides."""
    eigen = [
        p
        for p in o.onderwerpen
        if p.open
        and (
            p.door is Beslisser.initiatiefnemer
            if door.initiatiefnemer
            else comparable_name(p.partij) == comparable_name(door.naam)
        )
    ]
    eigen.sort(key=lambda p: not over_ontwerp(p.onderwerp))
    # a choice the gemeente makes before the decision (which place, which option): a count
    # among those who fill in by themselves is no vote on it
    keuzes = {x.onderwerp for x in o.f.vraagstuk.kaders.open if is_keuze(x) and not x.na_besluit}
    gemeente = next(
        (p for p in o.onderwerpen if p.open and p.door in _GEMEENTE and p.onderwerp in keuzes),
        None,
    )
    if gemeente is None:
        return
    k.redenen.append(
        deel(
            "MIX-VOORSTEL.peiling",
            eigen=eigen[0].onderwerp if eigen else "",
            gemeente=gemeente.onderwerp,
        )
    )
    k.regels.append("MIX-VOORSTEL")


@regel(
    "MIX-VOORSTEL",
    Thema.mix,
    "Een voorgestelde werkvorm beoordelen",
    """Stelde een partij een werkvorm voor, dan neemt pionieren die niet zomaar over. Het zegt
    waarvoor hij in deze zaak dient, waarvoor niet, en onder welke voorwaarden hij werkt. Een
    gezamenlijk feitenonderzoek gaat over de feiten onder het besluit (het open punt dat het
    vraagstuk bij het onderzoek noemt, anders het punt waar de signalen van een kennisconflict
    in staan), niet over de keuze zelf. Alle partijen met een
    groot belang doen mee, ook de andere kant en de andere buurten (een groep die zorg krijgt via
    haar organisatie, niet aan tafel met tegenstanders); zij kiezen samen de
    deskundige en de vragen; het onderzoek is klaar en openbaar vóór de ronde waarin iedereen
    reageert, en vóór de stukken voor het besluit. Een peiling die iedereen kan invullen (een
    enquête) en die de initiatiefnemer of een partij met belang voorstelt, gaat over de wensen
    voor wat die partij zelf beslist (het ontwerp), niet over een keuze van de gemeente (de
    plek): die vraag stelt de gemeente zelf, met neutrale vragen.""",
    ["joint-fact-finding", "cbs-enqueteren", "vng-handreiking-participatie"],
)
def voorgesteld(o: Ontwerp) -> None:
    """Judge every werkvorm the case proposes (status voorgesteld) that is in the mix."""
    for g in o.f.vraagstuk.werkvormen:
        if g.status is not Status.voorgesteld:
            continue
        k = next((k for k in o.keuzes if k.werkvorm.id == g.id and k.genoemd), None)
        if k is None or "MIX-VOORSTEL" in k.regels:
            continue
        w = k.werkvorm
        door = _partij(o, g.door)
        if (
            w.organisator is Organisator.onafhankelijk
            and w.verbreding_of_verdieping is Reikwijdte.verdieping
            and Modus.denken in w.modi
            and w.signalen
        ):
            _feitenonderzoek(o, k, door)
        elif (
            door is not None
            and Modus.denken in w.modi
            and not w.bijeenkomst
            and w.verbreding_of_verdieping is Reikwijdte.verbreding
            and w.werving is Werving.open
            and (door.initiatiefnemer or met_belang(o.f, g.door, w))
        ):
            _peiling(o, k, door)


@regel(
    "MIX-ONTWERP-BUREN",
    Thema.mix,
    "Wie tegen is, ontwerpt mee",
    """Zijn inwoners met een groot belang tegen het plan, en is het ontwerp nog open, dan doen
    zij mee in de werkvorm voor dat ontwerp. Het ontwerp bepaalt wat zij ervan merken (geluid,
    licht, uitzicht, verkeer). Wie alleen over de plek of het doorgaan mag praten en niet over
    het ontwerp, houdt alleen het verzet over. Een project dat elders mislukte door hinder,
    mislukt zo niet opnieuw. Is al toegezegd dat een groep het ontwerp kiest, dan blijft die
    toezegging staan; wie tegen is, reageert dan op de ontwerpen.""",
    ["vng-handreiking-participatie", "pionieren-2017"],
)
def ontwerp_buren(o: Ontwerp) -> None:
    """Put opposed inwoners with a large stake in the form for every open design point."""
    tegen = [p for p in o.inwoners if p.houding is Houding.tegen and p.belang is Niveau.hoog]
    if not tegen:
        return
    for punt in o.onderwerpen:
        if not punt.open or punt.trede.rang < Trede.raadplegen.rang:
            continue
        if not over_ontwerp(punt.onderwerp) or punt.toegezegd:
            # a promise that one group chooses the design stands; the others react to the
            # designs (the catalogue's valkuil on choosing from designs)
            continue
        for k in o.keuzes:
            if punt.onderwerp not in k.onderwerpen:
                continue
            # only where the form fits them: no uitdaagrecht for children (a property test)
            nieuw = [p.naam for p in tegen if not k.serves(p.naam) and kan_voor(k.werkvorm, p)]
            if nieuw:
                k.add(nieuw, deel("MIX-ONTWERP-BUREN", namen=nieuw), "MIX-ONTWERP-BUREN")


_ACHTERBAN = (
    (
        re.compile(r"ouderenbond|ouderenraad|senioren\w*|\bKBO\b|\bPCOB\b|\bANBO\b", re.I),
        Kenmerk.ouderen,
    ),
    (re.compile(r"cli[eë]ntenraad", re.I), Kenmerk.clienten),
    (re.compile(r"gehandicapt\w*|oogvereniging|dovenschap", re.I), Kenmerk.beperking),
    (re.compile(r"jongerenraad|jeugdraad|kinderraad", re.I), Kenmerk.jongeren),
)
"""Words in the name of an organisation that say whom it speaks for: an ouderenbond for older
people, a cliëntenraad for people in care, a gehandicaptenplatform for people with a
disability, a jongerenraad for young people."""


def achterban(o: Ontwerp, door: str) -> list[Belanghebbende]:
    """The groups of inwoners the organisation ``door`` speaks for: those whose route (via)
    runs through it, by its name; else those with the kenmerk its name says it stands for."""
    partij = _partij(o, door)
    if partij is None or partij.soort in (
        SoortBelanghebbende.politiek,
        SoortBelanghebbende.overheid,
    ):
        return []  # only an organisation on the map speaks for a group; not the college
    wie = re.compile(rf"\b{re.escape(comparable_name(door))}\b")
    via = [p for p in o.inwoners if p.via and wie.search(comparable_name(p.via))]
    if via:
        return via
    kenmerken = {k for woord, k in _ACHTERBAN if woord.search(door)}
    return [p for p in o.inwoners if kenmerken & set(p.kenmerken)]


@regel(
    "MIX-ACHTERBAN",
    Thema.mix,
    "Een voorgestelde werkvorm is eerst voor de groep van wie hem voorstelt",
    """Stelt een organisatie die voor een groep spreekt een werkvorm voor (een adviesraad die
    met zijn leden met een beperking een schouw wil lopen, een ouderenbond die
    keukentafelgesprekken voorstelt), dan is die werkvorm eerst voor die groep. pionieren zet
    haar vooraan bij de werkvorm en noemt haar in de zin over het voorstel. Welke groep dat is,
    volgt uit het vraagstuk: de groep waarvan de weg (via) langs die organisatie loopt, of
    anders de groep met het kenmerk dat de naam noemt (ouderenbond, KBO: ouderen;
    cliëntenraad: cliënten; gehandicaptenplatform: mensen met een beperking; jongerenraad:
    jongeren). Past de werkvorm niet bij die groep (een schoolproject voor ouderen), dan niet.""",
    ["movisie-moeilijk-bereikbaar", "vng-handreiking-participatie"],
)
def voorgesteld_voor_achterban(o: Ontwerp) -> None:
    """Put the group a proposing organisation speaks for first at the form it proposed."""
    for g in o.f.vraagstuk.werkvormen:
        if g.status is not Status.voorgesteld or not g.door:
            continue
        k = next((k for k in o.keuzes if k.werkvorm.id == g.id and k.genoemd), None)
        if k is None:
            continue
        groep = [
            p for p in achterban(o, g.door) if not p.initiatiefnemer and bedient(k.werkvorm, p)
        ]
        if not groep:
            continue
        namen = [p.naam for p in groep]
        k.add(namen, None, "MIX-ACHTERBAN")
        namen = [n for n in namen if k.serves(n)]  # not past the audience the case gives it
        if not namen:
            continue
        k.voor = namen + [n for n in k.voor if n not in namen]
        for r in k.redenen:
            if r.sleutel == "MIX-INSTRUMENT.genoemd":
                r.waarden["voor"] = namen

"""Raad and fracties meet inwoners through the raad's own instruments, which the griffie runs."""

from __future__ import annotations

import re

from pionieren.analysis.facts import Feiten, fractie, meervoud
from pionieren.analysis.mix.ontwerp import Voorstel
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import BesluitAdvies, Tekstdeel, deel
from pionieren.input.model import Belanghebbende, GenoemdeWerkvorm
from pionieren.knowledge.models import Werkvorm
from pionieren.safe_text import comparable_name
from pionieren.vocabulary import (
    Beslisser,
    Groepen,
    Houding,
    Niveau,
    SoortBelanghebbende,
    Status,
)


def raadsinformatie() -> Voorstel:
    """The raad's information meeting (or working visit), run by the griffie."""
    return Voorstel("raadsinformatiebijeenkomst", deel("MIX-POLITIEK"), False)


@regel(
    "MIX-POLITIEK",
    Thema.mix,
    "Raad en fracties via de griffie",
    """Raadsleden en fracties zitten niet als belanghebbende aan tafel met inwoners en
    actiegroepen. Zij ontmoeten inwoners via de eigen instrumenten van de raad, die de griffie
    organiseert: een raadsinformatiebijeenkomst of werkbezoek, en een hoorzitting of
    rondetafelgesprek voordat de raad besluit. Beslist de raad (of geeft hij bindend advies), en
    is het vraagstuk verdeeld (polarisatie 3 of meer) of hebben organisaties met een groot
    belang invloed, dan krijgt de hele raad dat eigen moment altijd, in de fase Besluit van de
    planning. Zo benaderen die organisaties de fracties niet alleen achter de schermen.
    Stelt een partij (een club, een vereniging, een actiegroep) haar eigen vergadering of avond
    voor, of heeft zij die al belegd, dan blijft het haar avond: zij nodigt uit en zit voor, de
    gemeente neemt hem niet over. Raadsleden en de wethouder kunnen gaan luisteren, zonder iets
    toe te zeggen. De andere groepen krijgen vóór het besluit evenveel kans om gehoord te worden:
    in de hoorzitting van de raad, of in een bijeenkomst van de griffie, met even lang spreektijd
    voor elke groep. Heeft die partij een petitie, dan gaat die via de griffie naar de raad; de
    raad beslist wat hij ermee doet (recht van petitie, art. 5 Grondwet).""",
    [
        "griffie-raad-participatie",
        "bzk-raad-burgerparticipatie",
        "heerde-petitie",
        "grondwet-5",
    ],
)
def via_de_griffie(partijen: list[Belanghebbende]) -> list[Voorstel]:
    """The raad's own instrument for the fracties among the stakeholders (none without them).

    Who such an instrument is for is decided with the case's other instruments: only the
    griffie's werkvormen serve the fracties (:func:`pionieren.analysis.mix.bereik.bedient`)."""
    # a raadswerkgroep writing its own initiatiefvoorstel meets inwoners itself
    if any(fractie(p) for p in partijen):
        return [raadsinformatie()]
    return []


_GEORGANISEERD = (SoortBelanghebbende.maatschappelijke_organisatie, SoortBelanghebbende.ondernemers)


def lobby(partijen: list[Belanghebbende]) -> list[Belanghebbende]:
    """Organisations and companies with a large stake and influence: they will go to the
    fracties themselves (much influence, or middling influence and against the plan)."""
    return [
        p
        for p in partijen
        if p.soort in _GEORGANISEERD
        and not p.initiatiefnemer
        and p.belang is Niveau.hoog
        and (
            p.invloed is Niveau.hoog or (p.invloed is Niveau.middel and p.houding is Houding.tegen)
        )
    ]


def raadsmoment(f: Feiten, besluit: BesluitAdvies) -> Voorstel | None:
    """The raad's own hearing or round table before it decides (rule MIX-POLITIEK): when the
    case is divided, or organisations with a stake and influence will lobby the fracties."""
    if not (besluit.door is Beslisser.raad or besluit.raad_bindend_advies):
        return None
    polarisatie = f.vraagstuk.polarisatie or 1
    if polarisatie >= 3:
        return Voorstel(
            "hoorzitting-raad", deel("MIX-INSTRUMENT.hoorzitting", advies=f.advies), False
        )
    wie = lobby(f.vraagstuk.belanghebbenden)
    # a party that holds its own evening for raadsleden reaches them too (a petition, a canteen)
    wie += [p for p in gastheren(f) if p.naam not in {q.naam for q in wie}]
    if wie:
        namen = [p.naam for p in wie]
        return Voorstel("hoorzitting-raad", deel("MIX-POLITIEK.lobby", namen=namen), False)
    return None


def partij_van(f: Feiten, door: str | None) -> Belanghebbende | None:
    """The party on the map that ``door`` names ('Meerafval' for 'Afvalbedrijf Meerafval'),
    not a government body or a fractie; None when no party or more than a short word matches."""
    if not door:
        return None
    wie = comparable_name(door)
    if len(wie) < 4:
        return None
    for p in f.vraagstuk.belanghebbenden:
        if p.soort in (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek):
            continue
        naam = comparable_name(p.naam)
        if wie == naam or re.search(rf"\b{re.escape(wie)}\b", naam):
            return p
    return None


_PETITIE = re.compile(r"petitie|handtekening", re.IGNORECASE)


def petitie_van(f: Feiten, partij: Belanghebbende) -> bool:
    """Does the case say this party has a petition: a sentence of the description or the
    occasion that names the party and a petition or signatures, or a party named after one?"""
    if _PETITIE.search(partij.naam):
        return True
    naam = comparable_name(partij.naam.split(" (", 1)[0])
    v = f.vraagstuk
    for zin in re.split(r"(?<=[.!?])\s+", f"{v.omschrijving} {v.aanleiding or ''}"):
        if _PETITIE.search(zin) and naam in comparable_name(zin):
            return True
    return False


def gastheer(f: Feiten, g: GenoemdeWerkvorm, w: Werkvorm | None) -> Belanghebbende | None:
    """The party whose own gathering this named werkvorm is: the own meeting or evening of a
    club, an association or an action group on the map (not the initiator of the plan, not a
    government body, a fractie or an adviesorgaan), which that party proposed or decided on.
    None for any other werkvorm."""
    if w is None or w.groepen is not Groepen.georganiseerd or not w.bijeenkomst or not w.kiesbaar:
        return None
    p = partij_van(f, g.door)
    if p is None or p.initiatiefnemer or p.soort is SoortBelanghebbende.adviesorgaan:
        return None
    return p


def gastheren(f: Feiten) -> list[Belanghebbende]:
    """The parties that hold a gathering of their own that the case names."""
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    return [
        p for g in f.vraagstuk.werkvormen if (p := gastheer(f, g, catalogus.get(g.id))) is not None
    ]


def eigen_bijeenkomst(
    f: Feiten, besluit: BesluitAdvies, g: GenoemdeWerkvorm, w: Werkvorm | None
) -> Tekstdeel | None:
    """Why the case names this werkvorm, when it is a party's own gathering (see
    :func:`gastheer`): it stays that party's own; None for any other werkvorm.

    Why: the volleyball club's own evening in its canteen, where it hands its petition to
    raadsleden, became the gemeente's own 'visit to a group', and the report said nothing of how
    raad and griffie deal with the evening and the petition (review 42d)."""
    p = gastheer(f, g, w)
    if p is None:
        return None
    return deel(
        "MIX-POLITIEK.eigen_bijeenkomst",
        partij=p.naam,
        # 'Dorpsraden ...: zij nodigen uit', not 'zij nodigt' (review 45a)
        meervoud=meervoud(p),
        gekozen=g.status is Status.besloten,
        # the raad then hears everyone itself (see raadsmoment)
        raad=besluit.door is Beslisser.raad or besluit.raad_bindend_advies,
        petitie=petitie_van(f, p),
    )


def evenwicht(eigen: Tekstdeel) -> Tekstdeel:
    """What raad, wethouder and griffie do with a party's own gathering (see
    :func:`eigen_bijeenkomst`): listen without promises, hear the other groups as long before
    the decision, and send a petition to the raad through the griffie. It rests on a source of
    its own: the page of a gemeente on petitions, or the griffie's role in participation."""
    w = eigen.waarden
    bron = "heerde-petitie" if w["petitie"] and w["raad"] else "griffie-raad-participatie"
    return deel("MIX-POLITIEK.evenwicht", **w, bronnen=[bron])

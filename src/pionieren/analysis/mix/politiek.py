"""Raad and fracties meet inwoners through the raad's own instruments, which the griffie runs."""

from __future__ import annotations

from pionieren.analysis.facts import Feiten, fractie
from pionieren.analysis.mix.ontwerp import Voorstel
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import BesluitAdvies, deel
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import Beslisser, Houding, Niveau, SoortBelanghebbende


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
    planning. Zo benaderen die organisaties de fracties niet alleen achter de schermen.""",
    ["griffie-raad-participatie", "bzk-raad-burgerparticipatie"],
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
    if wie:
        namen = [p.naam for p in wie]
        return Voorstel("hoorzitting-raad", deel("MIX-POLITIEK.lobby", namen=namen), False)
    return None

"""Raad and fracties meet inwoners through the raad's own instruments, which the griffie runs."""

from __future__ import annotations

from pionieren.analysis.mix.ontwerp import Voorstel
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import SoortBelanghebbende


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
    rondetafelgesprek voordat de raad besluit.""",
    ["griffie-raad-participatie", "bzk-raad-burgerparticipatie"],
)
def via_de_griffie(partijen: list[Belanghebbende]) -> list[Voorstel]:
    """The raad's own instrument for the fracties among the stakeholders (none without them).

    Who such an instrument is for is decided with the case's other instruments: only the
    griffie's werkvormen serve the fracties (:func:`pionieren.analysis.mix.bereik.bedient`)."""
    # a raadswerkgroep writing its own initiatiefvoorstel meets inwoners itself
    if any(p.soort is SoortBelanghebbende.politiek and not p.initiatiefnemer for p in partijen):
        return [raadsinformatie()]
    return []

"""Joint fact-finding where a real choice hangs on a fact one side puts forward: the sides
research it together before they choose."""

from __future__ import annotations

import re
from typing import NamedTuple

from pionieren.analysis.facts import Feiten, hoog_of_middel
from pionieren.analysis.mix.afwegen import SPANNING, _beschermd, echte_keuze
from pionieren.analysis.mix.bereik import kan_voor
from pionieren.analysis.mix.betrokken import noemt
from pionieren.analysis.mix.ontwerp import Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import OnderwerpAdvies, deel
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import Houding, Modus, SoortBelanghebbende
from pionieren.woorden import gedeeld, kernwoorden

JFF = "joint-fact-finding"

#: Where a sentence turns from what a party wants to why: the fact it gives as its reason
#: ('wil dat de Markt een parkeerplein blijft: ruim de helft van de klanten komt met de auto').
_WANT = re.compile(
    r":|\b(?:want|omdat|doordat|volgens|zegt dat|zeggen dat|stelt dat|stellen dat)\b"
)

#: A claim of fact in numbers: a share, a count or a rate, not a wish ('30 procent sociale
#: huur bouwen' is what a party wants, and stands before the reason).
_GETAL = re.compile(
    r"\b(?:\d+[\d.,]*\s*(?:%|procent)|(?:ruim |bijna |meer dan |minder dan |ongeveer )?"
    r"(?:de helft|een derde|een kwart|driekwart|twee derde)|\d+ van de \d+|\d+ op de \d+"
    r"|de meeste)\b",
    re.IGNORECASE,
)

_ZIN = re.compile(r"(?<=[.!?])\s+")

_GEEN_PARTIJ = (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)


class BetwistFeit(NamedTuple):
    feit: str
    """The claim, as the case words it ('ruim de helft van de klanten komt met de auto')."""
    partij: Belanghebbende
    """The party that gives the fact as its reason."""
    punt: OnderwerpAdvies
    """The choice the fact is about."""
    anderen: list[Belanghebbende]
    """The parties on the other side of that choice."""


def _kant(p: Belanghebbende) -> Houding | None:
    return p.houding if p.houding in (Houding.voor, Houding.tegen) else None


def betwist_feit(f: Feiten, punten: list[OnderwerpAdvies], echt: list[bool]) -> BetwistFeit | None:
    """The first fact in numbers that a party gives in the aanleiding as the reason for its
    position on an open real choice (``echt`` per point), in a case polarised enough that the
    other side will doubt it; None when there is none."""
    v = f.vraagstuk
    if (v.polarisatie or 1) < SPANNING or not v.aanleiding:
        return None
    partijen = [
        p
        for p in v.belanghebbenden
        if not p.initiatiefnemer and p.soort not in _GEEN_PARTIJ and _kant(p) is not None
    ]
    zinnen = _ZIN.split(v.aanleiding)
    for zin in zinnen:
        scheiding = _WANT.search(zin)
        if scheiding is None:
            continue
        positie, reden = zin[: scheiding.start()], zin[scheiding.end() :]
        if not _GETAL.search(reden):
            continue
        partij = next((p for p in partijen if noemt(f, positie, p)), None)
        if partij is None:
            continue
        for punt, is_echt in zip(punten, echt, strict=True):
            if not (punt.open and is_echt):
                continue
            if not gedeeld(kernwoorden(positie), kernwoorden(punt.onderwerp)):
                continue
            anderen = [
                p
                for p in partijen
                if _kant(p) not in (None, _kant(partij)) and hoog_of_middel(p.belang)
            ]
            # the other side as the aanleiding names it on this choice ('bewoners van het
            # centrum willen juist een autovrije Markt'), else everyone on that side
            over_punt = [z for z in zinnen if gedeeld(kernwoorden(z), kernwoorden(punt.onderwerp))]
            genoemd = [p for p in anderen if any(noemt(f, z, p) for z in over_punt)]
            if anderen:
                return BetwistFeit(reden.strip(" .,;"), partij, punt, genoemd or anderen)
    return None


@regel(
    "MIX-FEITEN",
    Thema.mix,
    "Samen de feiten uitzoeken waar een keuze op een betwist feit rust",
    """Geeft een partij in een verdeelde zaak (polarisatie 3 of meer) een feit in getallen als
    reden voor haar standpunt over een echte keuze ("ruim de helft van de klanten komt met de
    auto"), en staat er een partij aan de andere kant van die keuze, dan zoeken beide kanten
    dat feit samen uit vóór die keuze. Zij stellen samen de vraag op en kiezen samen wie het
    onderzoekt; de uitkomst is openbaar. Anders praat elke kant met eigen cijfers langs de
    andere heen, en erkent de kant die verliest de afweging niet. Staat gezamenlijk
    feitenonderzoek al in het ontwerp, dan noemt het dit feit.""",
    ["joint-fact-finding"],
)
def feiten(o: Ontwerp) -> None:
    """Choose joint fact-finding for the fact a real choice rests on, with both sides."""
    f = o.f
    if JFF not in f.kennis.ids():
        return
    echt = [echte_keuze(o, p) for p in o.onderwerpen]
    gevonden = betwist_feit(f, o.onderwerpen, echt)
    if gevonden is None:
        return
    w = f.kennis.werkvorm(JFF)
    if f.vraagstuk.schaal not in w.schalen:
        return
    # the sides that can sit at that table: not children or a vulnerable group opposite
    # organised parties (rule MIX-APART)
    anderen = [p for p in gevonden.anderen if not _beschermd(p) and kan_voor(w, p)]
    if not anderen or not kan_voor(w, gevonden.partij):
        return
    keuze = o.kies(w, Modus.denken)
    namen = [gevonden.partij.naam, *(p.naam for p in anderen)]
    keuze.add(
        namen,
        deel(
            "MIX-FEITEN",
            feit=gevonden.feit,
            partij=gevonden.partij.naam,
            anderen=[p.naam for p in anderen],
            onderwerp=gevonden.punt.onderwerp,
        ),
        "MIX-FEITEN",
    )

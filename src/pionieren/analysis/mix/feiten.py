"""Joint fact-finding where a real choice hangs on a fact one side puts forward: the sides
research it together before they choose."""

from __future__ import annotations

import re
from typing import NamedTuple

from pionieren.analysis.conversation import is_regel
from pionieren.analysis.facts import Feiten, hoog_of_middel
from pionieren.analysis.mix.afwegen import SPANNING, _beschermd, echte_keuze
from pionieren.analysis.mix.bereik import kan_voor
from pionieren.analysis.mix.betrokken import noemt
from pionieren.analysis.mix.ontwerp import Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import OnderwerpAdvies, deel
from pionieren.input.model import Belanghebbende, Zorg
from pionieren.safe_text import comparable_name
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

#: Words that say the case is about facts, not only opinions: figures, measurements or a
#: calculation, or that one side disputes what the other puts forward ('zijn het niet eens over
#: de feiten', 'betwist de cijfers', 'klopt niet').
_FEITENSTRIJD = re.compile(
    r"\b(?:feiten|cijfers|metingen|meetreeks\w*|meetpunten|berekening\w*|rekenmodel\w*"
    r"|betwist\w*|klopt niet|kloppen niet|tegenspre\w*)\b",
    re.IGNORECASE,
)

#: Words that by themselves say one side disputes the other's facts.
_BETWIST = re.compile(
    r"\b(?:betwist\w*|klopt niet|kloppen niet|andere cijfers|eigen cijfers|elkaars cijfers"
    r"|tegenspre\w*|(?:niet )?eens (?:zijn )?over de feiten|oneens over de feiten)\b",
    re.IGNORECASE,
)

_GEEN_PARTIJ = (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)

TOETS_EURO = (5000, 12500)
"""One expert both sides trust who compares the measurement series that already exist, with
the sides and the authority that holds the data: some 40 to 100 hours at about € 125. A new
study with its own calculations costs the catalogue's amount (review 42d: the grondwater
series of two parties that contradict each other)."""


class BetwistFeit(NamedTuple):
    feit: str
    """The claim, as the case words it ('ruim de helft van de klanten komt met de auto')."""
    partij: Belanghebbende
    """The party that gives the fact as its reason."""
    punt: OnderwerpAdvies
    """The choice the fact is about."""
    anderen: list[Belanghebbende]
    """The parties on the other side of that choice."""
    vraag: bool = False
    """Whether ``feit`` is the question of fact both sides ask and answer differently (a worry
    they share, a sentence that says they dispute the facts), not one side's claim."""
    bevoegd: tuple[str, ...] = ()
    """The authority that holds the data or answers the question (the waterschap), as named."""
    stukken: tuple[str, ...] = ()
    """The case's own papers of fact from the two sides or that authority."""


def _kant(p: Belanghebbende) -> Houding | None:
    return p.houding if p.houding in (Houding.voor, Houding.tegen) else None


def _partijen(f: Feiten) -> list[Belanghebbende]:
    return [
        p
        for p in f.vraagstuk.belanghebbenden
        if not p.initiatiefnemer and p.soort not in _GEEN_PARTIJ and _kant(p) is not None
    ]


def _punt(tekst: str, punten: list[OnderwerpAdvies], echt: list[bool]) -> OnderwerpAdvies | None:
    """The open real choice the text is about: the one it shares the most content words with."""
    woorden = kernwoorden(tekst)
    beste = [
        (gedeeld(woorden, kernwoorden(p.onderwerp)), i)
        for i, (p, is_echt) in enumerate(zip(punten, echt, strict=True))
        if p.open and is_echt
    ]
    beste = [b for b in beste if b[0] > 0]
    return punten[max(beste)[1]] if beste else None


def _twee_kanten(groep: list[Belanghebbende]) -> tuple[Belanghebbende, list[Belanghebbende]] | None:
    """The first party with a side and the parties on the other side, or None when all are on
    one side."""
    for p in groep:
        anderen = [q for q in groep if _kant(q) not in (None, _kant(p))]
        if _kant(p) is not None and anderen:
            return p, anderen
    return None


def _onderbouwing(
    f: Feiten, tekst: str, antwoord: str, kanten: list[Belanghebbende]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The authority that answers the question of fact (named in who answers it), and the
    case's papers of fact published by the two sides or that authority."""
    v = f.vraagstuk
    bevoegd = [
        p
        for p in v.belanghebbenden
        if p.soort is SoortBelanghebbende.overheid
        and not p.initiatiefnemer
        and noemt(f, antwoord, p)
    ]
    uitgevers = {comparable_name(p.naam) for p in [*kanten, *bevoegd]}
    stukken = [
        b.titel
        for b in v.bronnen
        if not is_regel(b) and b.uitgever and comparable_name(b.uitgever) in uitgevers
    ]
    return tuple(p.naam for p in bevoegd), tuple(stukken)


def _betwiste_vraag(
    f: Feiten, punten: list[OnderwerpAdvies], echt: list[bool]
) -> BetwistFeit | None:
    """A question of fact that parties on both sides of an open real choice ask and answer
    differently: a worry they share while the case speaks of facts, figures or measurements
    ('Daalt het grondwater in het beekdal, en komt dat door drainage of door droge zomers?'),
    or a sentence that says one side disputes the other's facts and names both."""
    v = f.vraagstuk
    partijen = _partijen(f)
    tekst = " ".join([v.omschrijving, v.aanleiding or "", *(z.zorg for z in v.zorgen)])
    if _FEITENSTRIJD.search(tekst):
        for z in v.zorgen:
            kanten = _groepen(partijen, z)
            paar = _twee_kanten(kanten)
            punt = _punt(z.zorg, punten, echt)
            if paar is None or punt is None:
                continue
            bevoegd, stukken = _onderbouwing(f, z.zorg, z.antwoord_door or "", kanten)
            return BetwistFeit(z.zorg.strip(), paar[0], punt, paar[1], True, bevoegd, stukken)
    for zin in _ZIN.split(" ".join([v.omschrijving, v.aanleiding or ""])):
        if not _BETWIST.search(zin):
            continue
        paar = _twee_kanten([p for p in partijen if noemt(f, zin, p)])
        punt = _punt(zin, punten, echt)
        if paar is None or punt is None:
            continue
        bevoegd, stukken = _onderbouwing(f, zin, zin, [paar[0], *paar[1]])
        return BetwistFeit(zin.strip(" ."), paar[0], punt, paar[1], True, bevoegd, stukken)
    return None


def _groepen(partijen: list[Belanghebbende], z: Zorg) -> list[Belanghebbende]:
    namen = {comparable_name(n) for n in z.van}
    return [p for p in partijen if comparable_name(p.naam) in namen]


def betwist_feit(f: Feiten, punten: list[OnderwerpAdvies], echt: list[bool]) -> BetwistFeit | None:
    """The first fact in numbers that a party gives in the aanleiding as the reason for its
    position on an open real choice (``echt`` per point), in a case polarised enough that the
    other side will doubt it; None when there is none."""
    v = f.vraagstuk
    if (v.polarisatie or 1) < SPANNING:
        return None
    vraag = _betwiste_vraag(f, punten, echt)
    if vraag is not None or not v.aanleiding:
        return vraag
    partijen = _partijen(f)
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
    dat feit samen uit vóór die keuze. Zo ook als partijen aan beide kanten dezelfde vraag over
    een feit stellen (een zorg van beide, terwijl het vraagstuk over feiten, cijfers of metingen
    gaat: "daalt het grondwater, en waardoor?"), of als een zin zegt dat de ene kant de feiten
    van de andere betwist en beide noemt. Een verschil van mening alleen is geen betwist feit.
    Beide kanten, en de overheid die de vraag beantwoordt of de gegevens heeft, spreken eerst
    samen de vraag af, de gegevens en één deskundige die iedereen vertrouwt; de uitkomst is
    openbaar. Anders praat elke kant met eigen cijfers langs de
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
    if len(gevonden.stukken) >= 2:
        # the data exist on both sides: the expert compares them, no new study
        w = w.model_copy(
            update={
                "naam": "Samen de metingen laten toetsen",
                "kosten_euro": [
                    min(TOETS_EURO[0], w.kosten_euro[0]),
                    min(TOETS_EURO[1], w.kosten_euro[1]),
                ],
            }
        )
    keuze = o.kies(w, Modus.denken)
    namen = [gevonden.partij.naam, *(p.naam for p in anderen), *gevonden.bevoegd]
    keuze.add(
        namen,
        deel(
            "MIX-FEITEN",
            feit=gevonden.feit,
            partij=gevonden.partij.naam,
            anderen=[p.naam for p in anderen],
            onderwerp=gevonden.punt.onderwerp,
            vraag=gevonden.vraag,
            bevoegd=list(gevonden.bevoegd),
            stukken=list(gevonden.stukken),
        ),
        "MIX-FEITEN",
    )

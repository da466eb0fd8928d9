"""Legal hooks: what the Omgevingswet, the participatieverordening, a referendumverordening and
the uitdaagrecht mean for this case."""

from __future__ import annotations

from pionieren.analysis.facts import VERGUNNING, Feiten, bevinding
from pionieren.analysis.registry import regel
from pionieren.analysis.result import Bevinding, Ernst
from pionieren.vocabulary import Initiatiefnemer, Trede, WettelijkKader


@regel(
    "WET-OMGEVINGSWET",
    "wet",
    "Participatie onder de Omgevingswet",
    """De Omgevingswet (in werking sinds 1 januari 2024) kent drie haken voor participatie. Bij
    een plan van de gemeente: een kennisgeving vooraf (hoe de participatie wordt vormgegeven:
    wie, waarover, wanneer) en een motiveringsplicht bij het besluit (hoe mensen zijn betrokken
    en wat het opleverde). Bij een aanvraag van een ander: het aanvraagvereiste (de
    initiatiefnemer meldt of en hoe er participatie was). Dat laatste is geen plicht om te
    participeren, behalve waar de raad dat heeft bepaald (art. 16.55 lid 7).""",
    [
        "recht-participatie-omgevingswet",
        "vng-participatie-omgevingswet",
        "pelsrijcken-aanvraagvereiste",
        "aan-de-slag-ow-bopa",
    ],
)
def omgevingswet(f: Feiten) -> list[Bevinding]:
    if WettelijkKader.omgevingswet not in f.wettelijke_kaders:
        return []
    aanvraag = f.procedure in VERGUNNING or (f.procedure is None and f.initiatief_van_anderen)
    if aanvraag:
        tekst = (
            "Omgevingswet: bij de aanvraag meldt de initiatiefnemer of, en hoe, er participatie "
            "was en wat die opleverde (aanvraagvereiste). Dat is geen plicht om te "
            "participeren, tenzij de raad voor dit soort aanvragen (buitenplanse "
            "omgevingsplanactiviteit) participatie verplicht heeft gesteld. Ontbrekende "
            "vrijwillige participatie is geen weigeringsgrond. Geef de initiatiefnemer vooraf "
            "duidelijk aan wat de gemeente verwacht."
        )
    else:
        tekst = (
            "Omgevingswet: maak bij de start bekend hoe de participatie wordt vormgegeven: wie, "
            "waarover en wanneer (kennisgeving). Leg bij het besluit uit hoe inwoners, "
            "bedrijven, organisaties en andere overheden zijn betrokken en wat dat opleverde "
            "(motiveringsplicht). Houd daarom vanaf het begin een verslag bij."
        )
    return [bevinding("WET-OMGEVINGSWET", Ernst.let_op, tekst)]


@regel(
    "WET-PARTICIPATIEVERORDENING",
    "wet",
    "De participatieverordening van de gemeente",
    """Met de Wet versterking participatie op decentraal niveau wordt de inspraakverordening een
    participatieverordening, over de voorbereiding, uitvoering en evaluatie van beleid, met het
    uitdaagrecht. Volgens de VNG moet elke gemeente er vóór 1 januari 2027 een hebben. De eigen
    verordening bepaalt wat bij dit vraagstuk verplicht is.""",
    [
        "gemeentewet-150",
        "wet-versterking-participatie",
        "vng-wet-versterking",
        "griffiers-verordening-kaart",
    ],
)
def participatieverordening(f: Feiten) -> list[Bevinding]:
    if WettelijkKader.participatieverordening in f.wettelijke_kaders:
        return [
            bevinding(
                "WET-PARTICIPATIEVERORDENING",
                Ernst.info,
                "Volg de participatieverordening: vraagt die voor dit vraagstuk een "
                "participatieplan vooraf of een verslag bij het besluit?",
            )
        ]
    return [
        bevinding(
            "WET-PARTICIPATIEVERORDENING",
            Ernst.info,
            "Het vraagstuk noemt geen participatieverordening. Elke gemeente krijgt er een (volgens "
            "de VNG vóór 1 januari 2027). Kijk of uw gemeente er al een heeft en wat die voor dit "
            "vraagstuk vraagt.",
        )
    ]


@regel(
    "WET-REFERENDUM",
    "wet",
    "Een referendum is advies aan de raad",
    """Een lokaal referendum (raadplegend of raadgevend) levert een advies aan de raad op; de raad
    beslist. Een referendum is dus geen meebeslissen. Begroting, belastingen en besluiten over
    één persoon zijn uitgesloten.""",
    ["referendumverordening-voorbeeld", "handreiking-lokale-referenda"],
)
def referendum(f: Feiten, advies: Trede) -> list[Bevinding]:
    if WettelijkKader.referendumverordening not in f.wettelijke_kaders:
        return []
    extra = (
        " Het advies is meebeslissen; een referendum maakt dat niet waar, want de raad beslist."
        if advies.rang >= Trede.meebeslissen.rang
        else ""
    )
    genoemd = {w.id for w in f.vraagstuk.werkvormen}
    if "referendum-raadplegend" in genoemd:
        tekst = (
            "De raad vraagt inwoners in een raadplegend referendum om hun mening, vóór het "
            "besluit. De uitslag bindt de raad niet: de raad weegt haar en legt uit wat hij ermee "
            "doet. Zeg vooraf hoe de raad de uitslag weegt (bijvoorbeeld bij welke opkomst) en "
            "zorg voor neutrale voorlichting en gelijke kansen voor voor- en tegenstanders."
        )
    elif "referendum-raadgevend" in genoemd:
        tekst = (
            "Inwoners vragen om een raadgevend (correctief) referendum over een besluit van de "
            "raad. De uitslag is een advies aan de raad; de verordening bepaalt de drempels en "
            "de termijnen. Zorg voor neutrale voorlichting en gelijke campagnemiddelen."
        )
    else:
        tekst = (
            "Er is een referendumverordening. Inwoners kunnen om een referendum vragen over het "
            "besluit van de raad; de uitslag is een advies aan de raad. Houd daar in de planning "
            "rekening mee."
        )
    return [bevinding("WET-REFERENDUM", Ernst.let_op, tekst + extra)]


@regel(
    "WET-UITDAAGRECHT",
    "wet",
    "Het uitdaagrecht",
    """Met het uitdaagrecht kunnen inwoners en maatschappelijke organisaties vragen een taak van
    de gemeente over te nemen, met het geld dat erbij hoort. De participatieverordening regelt
    hoe de gemeente zo'n verzoek toetst. Aanbestedingsregels en de neiging van de gemeente om
    het initiatief over te nemen zijn bekende knelpunten.""",
    [
        "wet-versterking-participatie",
        "right-to-challenge",
        "vng-right-to-challenge",
        "buurtwijs-right-to-challenge",
    ],
)
def uitdaagrecht(f: Feiten) -> list[Bevinding]:
    v = f.vraagstuk
    if WettelijkKader.uitdaagrecht not in f.wettelijke_kaders:
        return []
    if v.initiatiefnemer in (Initiatiefnemer.gemeente, Initiatiefnemer.raad):
        tekst = (
            "Het uitdaagrecht is van toepassing: inwoners kunnen vragen een taak uit dit "
            "vraagstuk over te nemen. Bepaal vooraf welke taken daarvoor open staan."
        )
    else:
        tekst = (
            "De initiatiefnemer doet een beroep op het uitdaagrecht. Toets het verzoek "
            "volgens de participatieverordening, bespreek vroeg de aanbestedings- en "
            "aansprakelijkheidsregels, en spreek af wat er gebeurt als de initiatiefnemer "
            "stopt."
        )
    return [bevinding("WET-UITDAAGRECHT", Ernst.let_op, tekst)]


@regel(
    "WET-ANDERS",
    "wet",
    "Een ander wettelijk kader",
    """Noemt het vraagstuk een ander wettelijk kader, dan kan pionieren dat niet toetsen. Het
    vraagt de gebruiker om dat kader zelf na te gaan en in het gesprek te noemen.""",
    ["ombudsman-spelregels-2009"],
)
def anders(f: Feiten) -> list[Bevinding]:
    if WettelijkKader.anders not in f.wettelijke_kaders:
        return []
    return [
        bevinding(
            "WET-ANDERS",
            Ernst.info,
            "Het vraagstuk noemt een ander wettelijk kader. Dit advies kan dat niet toetsen: ga zelf "
            "na welke eisen het aan de participatie stelt, en noem ze in het eerste gesprek.",
        )
    ]


def legal_hooks(f: Feiten, advies: Trede) -> list[Bevinding]:
    return (
        omgevingswet(f)
        + participatieverordening(f)
        + referendum(f, advies)
        + uitdaagrecht(f)
        + anders(f)
    )

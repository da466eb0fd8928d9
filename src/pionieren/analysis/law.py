"""Legal hooks: what the Omgevingswet, the participatieverordening, a referendumverordening and
the uitdaagrecht mean for this case."""

from __future__ import annotations

import re

from pionieren.analysis.facts import VERGUNNING, Feiten, bevinding
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst
from pionieren.vocabulary import (
    Initiatiefnemer,
    Kenmerk,
    Procedure,
    SoortBelanghebbende,
    Status,
    Trede,
    WettelijkKader,
)

_PLAN_OMGEVINGSWET = (
    None,
    Procedure.omgevingsplan,
    Procedure.omgevingsvisie,
    Procedure.programma,
)


@regel(
    "WET-OMGEVINGSWET",
    Thema.wet,
    "Participatie onder de Omgevingswet",
    """De Omgevingswet (in werking sinds 1 januari 2024) kent drie haken voor participatie. Bij
    een plan van de gemeente: een kennisgeving vooraf (hoe de participatie wordt vormgegeven:
    wie, waarover, wanneer) en een motiveringsplicht bij het besluit (hoe mensen zijn betrokken
    en wat het opleverde). Bij een aanvraag van een ander: het aanvraagvereiste (de
    initiatiefnemer meldt of en hoe er participatie was). Dat laatste is geen plicht om te
    participeren, behalve waar de raad dat heeft bepaald (art. 16.55 lid 7).""",
    [
        "omgevingsbesluit-participatie",
        "omgevingsregeling-7-4",
        "vng-participatie-omgevingswet",
        "aan-de-slag-ow-bopa",
    ],
)
def omgevingswet(f: Feiten) -> list[Bevinding]:
    if WettelijkKader.omgevingswet not in f.wettelijke_kaders:
        return []
    aanvraag = f.procedure in VERGUNNING or (f.procedure is None and f.initiatief_van_anderen)
    if not aanvraag and f.procedure not in _PLAN_OMGEVINGSWET:
        # kennisgeving and motivering are duties for the plans of the Omgevingswet, not for a
        # verordening, a guarantee or works that only list the law as context
        return []
    sleutel = "WET-OMGEVINGSWET.aanvraag" if aanvraag else "WET-OMGEVINGSWET.gemeente"
    # the law itself, on wetten.overheid.nl, carries each claim
    bron = "omgevingsregeling-7-4" if aanvraag else "omgevingsbesluit-participatie"
    return [bevinding("WET-OMGEVINGSWET", Ernst.let_op, sleutel, bronnen=[bron])]


@regel(
    "WET-PARTICIPATIEVERORDENING",
    Thema.wet,
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
                "WET-PARTICIPATIEVERORDENING", Ernst.info, "WET-PARTICIPATIEVERORDENING.volgen"
            )
        ]
    return [
        bevinding("WET-PARTICIPATIEVERORDENING", Ernst.info, "WET-PARTICIPATIEVERORDENING.geen")
    ]


@regel(
    "WET-REFERENDUM",
    Thema.wet,
    "Een referendum is advies aan de raad",
    """Een lokaal referendum (raadplegend of raadgevend) levert een advies aan de raad op; de raad
    beslist. Een referendum is dus geen meebeslissen. Begroting, belastingen en besluiten over
    één persoon zijn uitgesloten.""",
    ["referendumverordening-voorbeeld", "handreiking-lokale-referenda"],
)
def referendum(f: Feiten, advies: Trede) -> list[Bevinding]:
    if WettelijkKader.referendumverordening not in f.wettelijke_kaders:
        return []
    # a referendum only proposed is weighed with the mix (and may be refused there)
    genoemd = {w.id for w in f.vraagstuk.werkvormen if w.status is Status.besloten}
    if f.procedure is Procedure.begroting:
        sleutel = "WET-REFERENDUM.begroting"
    elif "referendum-raadplegend" in genoemd:
        sleutel = "WET-REFERENDUM.raadplegend"
    elif "referendum-raadgevend" in genoemd:
        sleutel = "WET-REFERENDUM.raadgevend"
    else:
        sleutel = "WET-REFERENDUM.verordening"
    return [
        bevinding(
            "WET-REFERENDUM",
            Ernst.let_op,
            sleutel,
            meebeslissen=advies.rang >= Trede.meebeslissen.rang,
        )
    ]


_REGELS_MAKEN = (
    Procedure.verordening,
    Procedure.begroting,
    Procedure.omgevingsplan,
    Procedure.omgevingsvisie,
    Procedure.herindeling,
    Procedure.omgevingsvergunning_binnenplans,
    Procedure.omgevingsvergunning_buitenplans,
)


@regel(
    "WET-UITDAAGRECHT",
    Thema.wet,
    "Het uitdaagrecht",
    """Met het uitdaagrecht kunnen inwoners en maatschappelijke organisaties vragen een taak van
    de gemeente over te nemen, met het geld dat erbij hoort. De participatieverordening regelt
    hoe de gemeente zo'n verzoek toetst. Aanbestedingsregels en de neiging van de gemeente om
    het initiatief over te nemen zijn bekende knelpunten. Bij het maken van regels en plannen
    (een verordening, de begroting, een omgevingsplan of -visie, een herindeling) en bij een
    vergunning is er geen taak om over te nemen; dan zegt pionieren het niet.""",
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
    if f.procedure in _REGELS_MAKEN:
        # making the rules (the verordening itself, a plan, the begroting) is no task to take over
        return []
    sleutel = (
        "WET-UITDAAGRECHT.gemeente"
        if v.initiatiefnemer in (Initiatiefnemer.gemeente, Initiatiefnemer.raad)
        else "WET-UITDAAGRECHT.verzoek"
    )
    return [bevinding("WET-UITDAAGRECHT", Ernst.let_op, sleutel)]


@regel(
    "WET-ANDERS",
    Thema.wet,
    "Een ander wettelijk kader",
    """Noemt het vraagstuk een ander wettelijk kader, dan kent pionieren de eisen daarvan niet.
    Het vraagt de gebruiker om in het participatieplan te zetten welke termijnen, verplichte
    adviezen of inspraak die wet vraagt, en dat door een jurist te laten nagaan. Dit vervalt als
    een andere regel dat kader al behandelt: de Wet arhi bij een herindeling, en de regels voor
    cliëntenparticipatie in het sociaal domein.""",
    ["ombudsman-spelregels-2009"],
)
def anders(f: Feiten) -> list[Bevinding]:
    if WettelijkKader.anders not in f.wettelijke_kaders:
        return []
    if f.procedure is Procedure.herindeling or sociaal_domein(f.vraagstuk.beleidsveld):
        return []  # that other law is the one a rule of its own already treats
    return [bevinding("WET-ANDERS", Ernst.info)]


@regel(
    "WET-CLIENTENPARTICIPATIE",
    Thema.wet,
    "Cliëntenparticipatie in het sociaal domein",
    """Bij beleid in het sociaal domein moet de gemeente cliënten betrekken: voor werk, inkomen
    en minima stelt de raad daar regels voor (art. 47 Participatiewet), en ook de Wmo 2015 en de
    Jeugdwet vragen dat cliënten en hun vertegenwoordigers meepraten. pionieren noemt art. 47
    alleen bij beleid onder de Participatiewet. Dat vraagt twee dingen: formeel advies van een adviesraad of
    cliëntenraad, en directe vormen voor de mensen zelf. pionieren noemt de wet alleen als het
    beleidsveld van het vraagstuk het sociaal domein is (zoals Wmo, jeugdhulp, Participatiewet,
    bijstand, minima of schulden). Gaat het over iets anders (een coffeeshop, een bezuiniging op
    een zwembad) en raakt het wel mensen die zorg of ondersteuning krijgen (kenmerk clienten),
    dan noemt pionieren geen wet, maar alleen hoe u hen bereikt: via hun zorgaanbieder of
    cliëntenraad.""",
    ["participatiewet-47", "clientenparticipatie-movisie"],
)
def clientenparticipatie(f: Feiten) -> list[Bevinding]:
    v = f.vraagstuk
    clienten = [
        p
        for p in v.belanghebbenden
        if Kenmerk.clienten in p.kenmerken and p.soort is SoortBelanghebbende.inwoners
    ]
    organen = [p for p in v.belanghebbenden if p.soort is SoortBelanghebbende.adviesorgaan]
    # art. 47 is about the Participatiewet (work, income, minima), not Wmo or jeugdhulp
    participatiewet = False
    if sociaal_domein(v.beleidsveld):
        sleutel = "WET-CLIENTENPARTICIPATIE"
        participatiewet = bool(_PARTICIPATIEWET.search(v.beleidsveld or ""))
    elif clienten:
        sleutel = "WET-CLIENTENPARTICIPATIE.bereik"  # not social-domain policy: no law, only reach
    else:
        return []
    return [
        bevinding(
            "WET-CLIENTENPARTICIPATIE",
            Ernst.let_op if sleutel == "WET-CLIENTENPARTICIPATIE" else Ernst.info,
            sleutel,
            # art. 47 Participatiewet is cited only for Participatiewet policy; otherwise the
            # source on client participation in general
            bronnen=None if participatiewet else ["clientenparticipatie-movisie"],
            clienten=[p.naam for p in clienten],
            organen=[p.naam for p in organen],
            participatiewet=participatiewet,
        )
    ]


_SOCIAAL_DOMEIN = re.compile(
    r"sociaal domein|\bwmo\b|maatschappelijke ondersteuning|jeugdhulp|jeugdzorg|jeugdwet|"
    r"participatiewet|bijstand|minima|armoede|schulden|schuldhulp|inkomensondersteuning",
    re.IGNORECASE,
)


_PARTICIPATIEWET = re.compile(
    r"participatiewet|bijstand|minima|armoede|schulden|schuldhulp|inkomen", re.IGNORECASE
)


def sociaal_domein(beleidsveld: str | None) -> bool:
    """Is the policy field of the vraagstuk the social domain (Wmo, Jeugdwet, Participatiewet)?"""
    return bool(beleidsveld and _SOCIAAL_DOMEIN.search(beleidsveld))


_CORPORATIE = re.compile(
    r"woonstichting|woningcorporatie|wooncorporatie|woningbouwvereniging|woningstichting",
    re.IGNORECASE,
)
_RENOVATIE = re.compile(r"\brenov\w*|\brenoveer\w*", re.IGNORECASE)


@regel(
    "WET-RENOVATIE",
    Thema.wet,
    "Renovatie van huurwoningen door een corporatie",
    """Renoveert een woningcorporatie huurwoningen, dan moet zij de huurders een redelijk voorstel
    doen. Gaat het om tien of meer woningen die een bouwkundige eenheid vormen, dan geldt het
    voorstel als redelijk als ten minste 70 procent van de huurders instemt (art. 7:220 BW). Dat
    gesprek is van corporatie en huurders (met de rechten van de huurdersorganisatie); de
    gemeente kan het niet overnemen of beloven wat de corporatie beslist.""",
    ["bw7-renovatie"],
)
def renovatie(f: Feiten) -> list[Bevinding]:
    v = f.vraagstuk
    corporaties = [
        p.naam
        for p in v.belanghebbenden
        if _CORPORATIE.search(p.naam) and p.soort is not SoortBelanghebbende.inwoners
    ]
    teksten = (v.titel, v.omschrijving, *v.kaders.vast, *(p.onderwerp for p in v.kaders.open))
    if not corporaties or not any(_RENOVATIE.search(t) for t in teksten):
        return []
    return [bevinding("WET-RENOVATIE", Ernst.let_op, naam=corporaties[0])]


def legal_hooks(f: Feiten, advies: Trede) -> list[Bevinding]:
    return (
        omgevingswet(f)
        + participatieverordening(f)
        + clientenparticipatie(f)
        + referendum(f, advies)
        + uitdaagrecht(f)
        + renovatie(f)
        + anders(f)
    )

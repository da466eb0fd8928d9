"""Legal hooks: what the Omgevingswet, the participatieverordening, a referendumverordening and
the uitdaagrecht mean for this case."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from pionieren import text
from pionieren.analysis.decision import (
    BESLISSER_NAAM,
    GEMEENTE,
    bijzondere_wet,
    gemeente_beslist_door,
    regeling_orgaan,
)
from pionieren.analysis.facts import VERGUNNING, Feiten, bevinding
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst, OnderwerpAdvies, PlanFase
from pionieren.analysis.stakeholders import dubbele_rol, gegadigde, verkoopt_eigen_vastgoed
from pionieren.input.model import Onderwerp
from pionieren.knowledge.feestdagen import werkdag_voor
from pionieren.knowledge.models import Wetfeit
from pionieren.vocabulary import (
    Beslisser,
    Initiatiefnemer,
    Kenmerk,
    Procedure,
    Procesfase,
    SoortBelanghebbende,
    Status,
    Trede,
    Vakantieregio,
    WettelijkKader,
)
from pionieren.woorden import gedeeld, kernwoorden

_PLAN_OMGEVINGSWET = (
    None,
    Procedure.omgevingsplan,
    Procedure.omgevingsvisie,
    Procedure.programma,
)

#: The article of the Omgevingsbesluit on participation for each plan (review 42d: one source
#: for three instruments at once). Art. 10.2: the omgevingsplan (kennisgeving and motivering);
#: art. 10.7 the omgevingsvisie and art. 10.8 the programma (motivering only). A plan the case
#: does not name is read as the omgevingsplan, the plan that most often changes.
_MOTIVERING: dict[Procedure | None, str] = {
    None: "omgevingsbesluit-participatie",
    Procedure.omgevingsplan: "omgevingsbesluit-participatie",
    Procedure.omgevingsvisie: "omgevingsbesluit-10-7",
    Procedure.programma: "omgevingsbesluit-10-8",
}


@regel(
    "WET-OMGEVINGSWET",
    Thema.wet,
    "Participatie onder de Omgevingswet",
    """De Omgevingswet (in werking sinds 1 januari 2024) kent drie haken voor participatie. Bij
    het omgevingsplan: een kennisgeving vooraf (hoe de participatie wordt vormgegeven: wie,
    waarover, wanneer) en een motiveringsplicht bij het besluit (hoe mensen zijn betrokken en
    wat het opleverde); bij de omgevingsvisie en een programma alleen die motiveringsplicht. Bij een aanvraag van een ander: het aanvraagvereiste (de
    initiatiefnemer meldt of en hoe er participatie was). Dat laatste is geen plicht om te
    participeren, behalve waar de raad dat heeft bepaald (art. 16.55 lid 7).""",
    [
        "omgevingsbesluit-participatie",
        "omgevingsregeling-7-4",
        "vng-participatie-omgevingswet",
        "aan-de-slag-ow-bopa",
        "omgevingsbesluit-10-7",
        "omgevingsbesluit-10-8",
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
    # the law itself, on wetten.overheid.nl, carries each claim: the article of this plan
    bron = "omgevingsregeling-7-4" if aanvraag else _MOTIVERING.get(f.procedure, _MOTIVERING[None])
    # the law asks a kennisgeving on participation for the omgevingsplan only; for the
    # omgevingsvisie and a programma it asks the motivering alone (art. 10.7 and 10.8)
    kennisgeving = bron == _MOTIVERING[Procedure.omgevingsplan]
    # the raad made participation mandatory here: BESLUIT-BOPA says so, with the article; this
    # point then does not say it is no duty 'unless' (issue 9: the law once)
    b = f.vraagstuk.besluit
    verplicht = bool(
        f.procedure is Procedure.omgevingsvergunning_buitenplans and b and b.participatie_verplicht
    )
    return [
        bevinding(
            "WET-OMGEVINGSWET",
            Ernst.let_op,
            sleutel,
            bronnen=[bron],
            kennisgeving=kennisgeving,
            verplicht=verplicht,
        )
    ]


#: A change of the omgevingsplan the case names ('de wijziging van het omgevingsplan', 'het
#: omgevingsplan wordt aangepast'), not a plan that stays as it is ('past zonder wijziging van
#: het omgevingsplan', 'voldoen aan de geluidsregels van het omgevingsplan').
_PLANWIJZIGING = re.compile(
    r"\b(?:wijziging|aanpassing|herziening|partiële herziening)\s+van\s+het\s+omgevingsplan\b"
    r"|\bomgevingsplan\w*wijziging\b"
    r"|\bomgevingsplan\b[^.;]{0,30}\b(?:wijzigen|wijzigt|aanpassen|herzien|gewijzigd|aangepast)\b",
    re.IGNORECASE,
)
#: A permit for an activity in the physical environment the case names.
_VERGUNNING_OW = re.compile(
    r"\bomgevingsvergunning\b|\bbuitenplanse\s+omgevingsplanactiviteit\b", re.IGNORECASE
)
_BUITENPLANS = re.compile(r"\bbuitenplans\w*\b|\bpast\s+niet\s+in\s+het\s+omgevingsplan\b", re.I)
_GEEN = re.compile(r"\b(?:zonder|geen|niet\s+nodig|vergunningvrij)\b[^.;]*$", re.IGNORECASE)
#: The studies an application brings, as the case names them.
_ONDERZOEKEN = (
    ("geluid", re.compile(r"\bakoestisch\w*|\bgeluid\w*", re.IGNORECASE)),
    ("verkeer", re.compile(r"\bverkeers\w*|\bparkeer\w*", re.IGNORECASE)),
)
#: Weeks between the kennisgeving of a plan change and the draft: the participation itself.
_INZAGE = timedelta(weeks=6)


def _genoemd(regex: re.Pattern[str], teksten: list[str]) -> str | None:
    """The first text with ``regex`` in it that is not negated in the same clause."""
    for t in teksten:
        for m in regex.finditer(t):
            if not _GEEN.search(t[: m.start()]):
                return t
    return None


def _ruimtelijke_teksten(f: Feiten) -> list[str]:
    k = f.vraagstuk.kaders
    return [*k.vast, *(p.onderwerp for p in k.open)]


def planwijziging_genoemd(f: Feiten) -> str | None:
    """The vast or open point that names a change of the omgevingsplan beside a main decision
    of another kind (rule WET-RUIMTELIJK), or None."""
    if f.procedure is Procedure.omgevingsplan:
        return None
    return _genoemd(_PLANWIJZIGING, _ruimtelijke_teksten(f))


def vergunning_genoemd(f: Feiten) -> str | None:
    """The vast or open point that names an omgevingsvergunning beside a main decision of
    another kind (rule WET-RUIMTELIJK), or None."""
    if f.procedure in VERGUNNING:
        return None
    return _genoemd(_VERGUNNING_OW, _ruimtelijke_teksten(f))


@regel(
    "WET-RUIMTELIJK",
    Thema.wet,
    "Een wijziging van het omgevingsplan of een omgevingsvergunning naast het besluit",
    """Noemt een vast of open punt een wijziging van het omgevingsplan of een
    omgevingsvergunning, terwijl het besluit zelf iets anders is (de keuze van een plek, een
    subsidie), dan heeft die procedure eigen stappen, die in de planning en bij de rollen horen.
    Een wijziging van het omgevingsplan stelt de raad vast (art. 2.4 Omgevingswet). Eerst maakt
    de gemeente bekend hoe zij inwoners betrekt (kennisgeving); dan ligt het ontwerp zes weken
    ter inzage en kan iedereen een zienswijze geven (art. 16.30 Omgevingswet, afdeling 3.4 Awb);
    bij het besluit legt de raad uit hoe inwoners betrokken zijn en wat dat opleverde (art. 10.2
    Omgevingsbesluit). Op een aanvraag om een omgevingsvergunning beslist het college (art. 5.8
    Omgevingswet), binnen acht weken, eenmaal met zes weken te verlengen (art. 16.64); bij de
    uitgebreide procedure (art. 16.65 Omgevingswet, afdeling 3.4 Awb) binnen zes maanden (art.
    3:18 Awb). De aanvrager levert de onderzoeken die
    de aanvraag nodig heeft en meldt of en hoe er participatie was (art. 7.4 Omgevingsregeling).
    Past het plan niet in het omgevingsplan, dan kan de raad bindend advies geven (art. 16.15a
    Omgevingswet). Heeft dat punt een eigen datum, dan rekent pionieren terug wanneer het ontwerp
    ter inzage moet, en zegt het als dat niet meer past na het hoofdbesluit.""",
    [
        "omgevingswet-2-4",
        "omgevingswet-16-30",
        "omgevingsbesluit-participatie",
        "omgevingswet-5-8",
        "omgevingswet-16-64",
        "omgevingswet-16-65",
        "omgevingsregeling-7-4",
        "omgevingswet-16-15a",
    ],
)
def ruimtelijk(f: Feiten) -> list[Bevinding]:
    k = f.vraagstuk.kaders
    uit: list[Bevinding] = []
    plan = planwijziging_genoemd(f)
    if plan is not None:
        datum = next((p.uiterlijk for p in k.open if p.onderwerp == plan), None)
        inzage = None
        krap = False
        if datum is not None:
            from pionieren.analysis.decision import _stukken_weken

            inzage = datum - timedelta(weeks=_stukken_weken(f, Beslisser.raad)) - _INZAGE
            # the latest day to put it on display: on a public holiday (Koningsdag) or in a
            # weekend nobody publishes, so the working day before (later breaks the six weeks)
            inzage = werkdag_voor(inzage, f.vraagstuk.vakantieregio is Vakantieregio.zuid)
            # the kennisgeving and the participation on the change come after the main decision
            krap = k.besluit_uiterlijk is not None and inzage < k.besluit_uiterlijk + _INZAGE
        uit.append(
            bevinding(
                "WET-RUIMTELIJK",
                Ernst.let_op,
                "WET-RUIMTELIJK.omgevingsplan",
                # the sentence that carries the citation is the duty to say how people were
                # involved: Omgevingsbesluit art. 10.2, not art. 2.4 (review 54a)
                bronnen=["omgevingsbesluit-participatie", "omgevingswet-2-4", "omgevingswet-16-30"],
                datum=datum.isoformat() if datum else "",
                inzage=inzage.isoformat() if inzage else "",
                krap=krap,
            )
        )
    vergunning = vergunning_genoemd(f)
    if vergunning is not None:
        onderzoeken = [naam for naam, r in _ONDERZOEKEN if r.search(vergunning)]
        buitenplans = bool(_BUITENPLANS.search(vergunning))
        uit.append(
            bevinding(
                "WET-RUIMTELIJK",
                Ernst.let_op,
                "WET-RUIMTELIJK.vergunning",
                # the sentence ends with the term (or the binding advice): its article is the
                # one cited there, not art. 5.8, which only names the college (review 50a)
                bronnen=[
                    *(["omgevingswet-16-15a"] if buitenplans else ["omgevingswet-16-64"]),
                    "omgevingswet-5-8",
                    "omgevingsregeling-7-4",
                    *([] if buitenplans else ["omgevingswet-16-65"]),
                ],
                onderzoeken=onderzoeken,
                buitenplans=buitenplans,
                aanvrager=text.opsomming(
                    [p.naam for p in f.vraagstuk.belanghebbenden if p.initiatiefnemer]
                )
                if f.initiatief_van_anderen
                else "",
            )
        )
    return uit


_WATERSCHAP_ORGAAN = re.compile(r"\b(?:waterschap|hoogheemraadschap|wetterskip)\b", re.IGNORECASE)
_PROVINCIE_ORGAAN = re.compile(
    r"\b(?:gedeputeerde staten|provinciale staten|provincie)\b", re.IGNORECASE
)


def andere_verordening(f: Feiten) -> tuple[str, str, str] | None:
    """The deciding body, whose verordening it is and its source, when a waterschap or the
    provincie takes the decision (by the name of the body that decides)."""
    besluit = f.vraagstuk.besluit
    if besluit is None or besluit.door is not Beslisser.anders:
        return None
    orgaan = f.bevoegd_gezag
    if _WATERSCHAP_ORGAAN.search(orgaan):
        return orgaan, "het waterschap", "waterschapswet-79"
    if _PROVINCIE_ORGAAN.search(orgaan):
        return orgaan, "de provincie", "provinciewet-147"
    return None


def _naam_partij(f: Feiten) -> str:
    """The private party that decides, by the name of the initiators the case marks."""
    return text.opsomming([p.naam for p in f.vraagstuk.belanghebbenden if p.initiatiefnemer])


@regel(
    "WET-PARTICIPATIEVERORDENING",
    Thema.wet,
    "De participatieverordening van de gemeente",
    """Met de Wet versterking participatie op decentraal niveau wordt de inspraakverordening een
    participatieverordening, over de voorbereiding, uitvoering en evaluatie van beleid, met het
    uitdaagrecht. Volgens de VNG moet elke gemeente er vóór 1 januari 2027 een hebben. De eigen
    verordening bepaalt wat bij dit vraagstuk verplicht is. Neemt een waterschap of de
    provincie het besluit, dan geldt voor dat besluit de participatieverordening van die
    overheid (Waterschapswet art. 79, Provinciewet art. 147); die van de gemeente alleen voor
    haar eigen deel. Neemt een private partij (een woningcorporatie, een vereniging) het besluit
    zelf, buiten een procedure van de gemeente, dan geldt de verordening niet voor die keuze,
    wel voor de eigen besluiten van de gemeente en, noemt het vraagstuk een latere vergunning of
    wijziging van het omgevingsplan, voor die aanvraag: daarin zegt de aanvrager hoe de
    participatie ging (art. 16.55 Omgevingswet).""",
    [
        "gemeentewet-150",
        "wet-versterking-participatie",
        "vng-wet-versterking",
        "griffiers-verordening-kaart",
        "waterschapswet-79",
        "provinciewet-147",
        "omgevingswet-16-55",
    ],
)
def participatieverordening(f: Feiten) -> list[Bevinding]:
    if regeling_orgaan(f)[0]:
        return []  # a gemeenschappelijke regeling is no gemeente: rule WET-REGELING
    ander = andere_verordening(f)
    if ander is not None:
        # a waterschap or the provincie decides: its own verordening governs that decision
        # (review 51b: only 'Gemeentewet art. 150' for the waterschap's projectbesluit)
        orgaan, wie, bron = ander
        return [
            bevinding(
                "WET-PARTICIPATIEVERORDENING",
                Ernst.info,
                "WET-PARTICIPATIEVERORDENING.ander",
                bronnen=[bron, "wet-versterking-participatie"],
                orgaan=orgaan,
                wie=wie,
            )
        ]
    if WettelijkKader.participatieverordening in f.wettelijke_kaders:
        return [
            bevinding(
                "WET-PARTICIPATIEVERORDENING", Ernst.info, "WET-PARTICIPATIEVERORDENING.volgen"
            )
        ]
    if f.besluit_van_private_partij:
        # a corporation or club decides its own plan (and the case does not name the
        # verordening itself): the gemeente's verordening governs only the gemeente's own
        # decisions, and a later permit asks the applicant how participation went (art. 16.55
        # Ow); not the private choice (review of session 44, Hoeverzeel)
        v = f.vraagstuk
        eigen = [p.onderwerp for p in v.kaders.open if p.door is not None and p.door in GEMEENTE]
        return [
            bevinding(
                "WET-PARTICIPATIEVERORDENING",
                Ernst.info,
                "WET-PARTICIPATIEVERORDENING.privaat",
                bronnen=[
                    "gemeentewet-150",
                    *(["omgevingswet-16-55"] if f.later_besluit_gemeente else []),
                ],
                orgaan=_naam_partij(f) or text.organisatie_van(v.besluit.orgaan or "")
                if v.besluit
                else "",
                eigen=[text.kop(p) for p in eigen],
                later=f.later_besluit_gemeente,
            )
        ]
    return [
        bevinding("WET-PARTICIPATIEVERORDENING", Ernst.info, "WET-PARTICIPATIEVERORDENING.geen")
    ]


@regel(
    "WET-GRONDVERKOOP",
    Thema.wet,
    "Wensen en bedenkingen van de raad bij de verkoop van grond",
    """Verkoopt of reserveert de gemeente grond naast het hoofdbesluit (een moment of open punt
    van de raad of het college noemt de grondverkoop), dan beslist het college daarover (art. 160
    lid 1 sub e Gemeentewet), nadat de raad wensen en bedenkingen kon geven (art. 169 lid 4).
    Wat inwoners over de grond inbrengen, hoort er vóór dat moment te zijn. Is het hoofdbesluit
    zelf die verkoop, dan zegt de rol van de raad dit al.""",
    ["gemeentewet-160", "gemeentewet-169"],
)
def grondverkoop(f: Feiten) -> list[Bevinding]:
    grond = f.grondverkoop
    if grond is None:
        return []
    wat, datum = grond
    return [
        bevinding(
            "WET-GRONDVERKOOP",
            Ernst.info,
            wat=wat,
            datum=datum.isoformat() if datum else "",
        )
    ]


@regel(
    "WET-DIDAM",
    Thema.wet,
    "Een gelijke kans voor elke gegadigde bij verkoop van gemeentelijk vastgoed",
    """Verkoopt de gemeente haar eigen grond of gebouw (of geeft zij het in erfpacht), dan geeft
    zij iedereen die het wil kopen een gelijke kans: zij maakt vooraf bekend hoe zij kiest en op
    welke criteria, en geeft alle gegadigden dezelfde informatie op hetzelfde moment (Hoge Raad,
    Didam-arrest, 2021). Inwoners en buren praten mee over de criteria, vóór de publicatie. Met
    een mogelijke koper praat de gemeente niet apart over de inhoud van de verkoop; pionieren
    geeft zo'n partij dus geen eigen gesprek, en zet haar niet aan een besloten tafel
    (rondetafelgesprek, klankbordgroep) die de verkoop mee vormt: zij praat mee in de open
    werkvormen, met dezelfde informatie als elke andere gegadigde. Alleen als vooraf vaststaat dat er maar één
    serieuze gegadigde is, mag zij met die ene onderhandelen, en dat maakt zij vooraf bekend.""",
    ["hr-didam-2021"],
)
def didam(f: Feiten) -> list[Bevinding]:
    """Why: review 61a (Oosterhem): the advice gave a bidder in the sale of the old town hall
    'een eigen, direct gesprek' and the paragraaf 'spreken wij vroeg en apart', where the case
    said every candidate gets the same information; a losing bidder could take the sale to
    court."""
    v = f.vraagstuk
    if v.initiatiefnemer not in (Initiatiefnemer.gemeente, Initiatiefnemer.raad):
        return []
    if not verkoopt_eigen_vastgoed(f):
        return []
    gegadigden = [p.naam for p in v.belanghebbenden if gegadigde(p)]
    return [bevinding("WET-DIDAM", Ernst.let_op, gegadigden=gegadigden)]


_HUISVESTINGSVERORDENING = re.compile(r"\bhuisvestingsverordening", re.IGNORECASE)
_VOORRANG = re.compile(r"\bvoorrang\b|\btoewij\w*|\btoegewezen\b", re.IGNORECASE)
_BINDING = re.compile(
    r"\bbinding|\buit (?:het|de|eigen) (?:dorp|kern|wijk|gemeente|regio)\b|\beigen inwoners|"
    r"\bdorpsgeno\w*|\blokale\b|\blokaal\s+maatwerk|\bwoonachtig|"
    # 'jongeren uit Vogelzang': a group from a named place is a binding with that place
    r"\b(?:jongeren|starters|ouderen|senioren|inwoners|bewoners|gezinnen)\s+uit\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
#: A group that gets voorrang for its need, not its place: urgency, care, statushouders.
_NOOD = re.compile(
    r"\burgent\w*|\bmantelzorg\w*|\bstatushouders|\bmensen met\b|\bzorg", re.IGNORECASE
)
_SOCIALE_HUUR = re.compile(r"\bsociale\s+huur\w*|\bhuurwoning\w*", re.IGNORECASE)


@regel(
    "WET-HUISVESTING",
    Thema.wet,
    "Voorrang bij sociale huurwoningen regelt de huisvestingsverordening",
    """Gaat een open punt over voorrang of toewijzing bij sociale huurwoningen, of over de
    huisvestingsverordening, dan geldt de Huisvestingswet 2014: voorrang via de
    huisvestingsvergunning regelt de huisvestingsverordening, die de raad vaststelt. Voorrang
    voor groepen woningzoekenden (urgentie, ouderen, mantelzorgers) staat in art. 12, voorrang
    voor wie een binding heeft aan de gemeente of de regio in art. 14; pionieren noemt het
    artikel dat bij het punt past. Een corporatie of vereniging kan via die weg geen voorrang
    beloven die verder gaat dan de verordening, maar kan wel in haar eigen toewijzing en de
    prestatieafspraken woningen labelen (bijvoorbeeld voor ouderen). Voorrang bij koopwoningen
    valt er niet onder.""",
    ["huisvestingswet-12", "huisvestingswet-14"],
)
def huisvesting(f: Feiten) -> list[Bevinding]:
    punt = next(
        (
            p
            for p in f.vraagstuk.kaders.open
            if _HUISVESTINGSVERORDENING.search(p.onderwerp)
            or (_VOORRANG.search(p.onderwerp) and _SOCIALE_HUUR.search(p.onderwerp))
        ),
        None,
    )
    if punt is None:
        return []
    # who could promise more than the verordening allows: the party that decides the point
    wie = punt.partij or ("" if punt.door in (Beslisser.raad, None) else "het college")
    # voorrang for a group is art. 12, for a binding with the place art. 14 (review 58a: a
    # group's voorrang cited as art. 14)
    binding = bool(_BINDING.search(punt.onderwerp))
    # a group named with its place ('jongeren uit Vogelzang', review 59d) is the binding of
    # art. 14; art. 12 as well only for a group with a need (urgency, care)
    groep = not binding or bool(_NOOD.search(punt.onderwerp))
    bronnen = [
        b for b, ja in (("huisvestingswet-12", groep), ("huisvestingswet-14", binding)) if ja
    ]
    artikelen = [
        a
        for a, ja in (
            ("art. 12 voor groepen woningzoekenden", groep),
            ("art. 14 voor binding met de gemeente of regio", binding),
        )
        if ja
    ]
    # the law named once, after the first article: 'art. 12 Huisvestingswet 2014 voor ...'
    artikelen[0] = artikelen[0].replace(" voor ", " Huisvestingswet 2014 voor ", 1)
    return [
        bevinding(
            "WET-HUISVESTING",
            Ernst.info,
            bronnen=bronnen,
            onderwerp=punt.onderwerp,
            wie=wie,
            artikelen=artikelen,
        )
    ]


#: a fixed point that protects only who was registered or living there on a date: 'geen
#: huishouden dat op 1 januari 2026 op het park stond ingeschreven, hoeft te vertrekken'
_PEILDATUM = re.compile(
    r"\bop\s+(?P<datum>\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december)\s+20\d\d)\b[^.;]{0,80}?"
    r"\b(?:ingeschreven|woonde|woonden|woonachtig)\b",
    re.IGNORECASE,
)


@regel(
    "WET-PEILDATUM",
    Thema.wet,
    "Een vaste afspraak met een peildatum",
    """Beschermt een vast punt alleen wie op een bepaalde datum ingeschreven stond of er woonde
    (een motie, een sociaal plan, een regeling), dan laat die afspraak anderen buiten: wie later
    kwam of niet ingeschreven staat. Het advies zegt dat vooraf eerlijk tegen hen, en zegt wat er
    voor hen wel geldt; anders denken zij dat de belofte ook voor hen is.""",
    ["ombudsman-inspraak-2009"],
)
def peildatum(f: Feiten) -> list[Bevinding]:
    for punt in f.vraagstuk.kaders.vast:
        m = _PEILDATUM.search(punt)
        if m:
            return [
                bevinding(
                    "WET-PEILDATUM",
                    Ernst.let_op,
                    # the fairness of saying it is the tool's own reasoning: no source
                    bronnen=[],
                    datum=m.group("datum"),
                    punt=punt.rstrip("."),
                )
            ]
    return []


_HORECA = re.compile(r"\bterras\w*|\bhoreca\w*|\bsluitingstijd\w*", re.IGNORECASE)


@regel(
    "WET-TERRAS",
    Thema.wet,
    "De burgemeester beslist over terrassen en horeca",
    """Beslist de burgemeester over een open punt over terrassen of horeca (een open punt met
    door: burgemeester), dan doet hij dat met de APV en zijn toezicht op openbare inrichtingen
    (art. 174 Gemeentewet). Inwoners geven hun mening en de burgemeester weegt die; zij beslissen
    niet mee.""",
    ["gemeentewet-174"],
)
def terras(f: Feiten) -> list[Bevinding]:
    punt = next(
        (
            p
            for p in f.vraagstuk.kaders.open
            if p.door is Beslisser.burgemeester and _HORECA.search(p.onderwerp)
        ),
        None,
    )
    if punt is None:
        return []
    return [bevinding("WET-TERRAS", Ernst.info, onderwerp=punt.onderwerp)]


_ZORGREGELING = re.compile(
    r"\bregeling\b|\bvrijstelling|\bontheffing|\btegemoetkoming|\bcompensatie", re.IGNORECASE
)
_GEZONDHEID = re.compile(
    r"\bincontinent\w*|\bstoma\b|\bchronisch\s+ziek\w*|\bdialyse|"
    r"\bmedische\s+(?:aandoening|indicatie|noodzaak|redenen)",
    re.IGNORECASE,
)


@regel(
    "WET-GEZONDHEIDSGEGEVENS",
    Thema.wet,
    "Gegevens over gezondheid zijn bijzondere persoonsgegevens",
    """Gaat een open punt over een regeling voor mensen met een aandoening (incontinentie, een
    stoma, een chronische ziekte) en noemt het vraagstuk die aandoening in dat punt, bij een
    belanghebbende of in een zorg, dan gaat de participatie over gegevens over gezondheid. Dat
    zijn bijzondere persoonsgegevens (art. 9 AVG): vraag er in een enquête of bijeenkomst niet op
    naam naar en laat mensen anoniem reageren.""",
    ["ap-persoonsgegevens"],
)
def gezondheidsgegevens(f: Feiten) -> list[Bevinding]:
    v = f.vraagstuk
    genoemd = [
        *(p.onderwerp for p in v.kaders.open),
        *(b.naam for b in v.belanghebbenden),
        *(z.zorg for z in v.zorgen),
    ]
    if not any(_GEZONDHEID.search(t) for t in genoemd):
        return []
    punt = next((p for p in v.kaders.open if _ZORGREGELING.search(p.onderwerp)), None)
    if punt is None:
        return []
    return [bevinding("WET-GEZONDHEIDSGEGEVENS", Ernst.info, onderwerp=punt.onderwerp)]


@regel(
    "WET-REGELING",
    Thema.wet,
    "Een gemeenschappelijke regeling beslist",
    """Beslist het bestuur van een gemeenschappelijke regeling (een afvalschap, een
    veiligheidsregio, een samenwerking van gemeenten) en geven de raden van de deelnemende
    gemeenten hun zienswijze op het ontwerp, dan is niet één gemeente eigenaar van het proces.
    Het dagelijks bestuur van de regeling stelt het participatieplan vast (of het orgaan zelf,
    als dat geen algemeen bestuur is), niet het college. De regeling zelf en de
    participatieverordeningen van de deelnemende gemeenten zeggen wat er verplicht is; de
    regeling is geen gemeente en de verordening van één gemeente geldt niet voor haar.
    pionieren zegt dit alleen als het vraagstuk het orgaan bij naam noemt (besluit.orgaan) en
    een moment of open punt van de raad over een zienswijze gaat.""",
    ["wgr", "gemeentewet-150"],
)
def regeling(f: Feiten) -> list[Bevinding]:
    orgaan, bestuur = regeling_orgaan(f)
    if not orgaan:
        return []
    return [bevinding("WET-REGELING", Ernst.info, orgaan=orgaan, bestuur=bestuur)]


@regel(
    "WET-REFERENDUM",
    Thema.wet,
    "Een referendum is advies aan de raad",
    """Een lokaal referendum (raadplegend of raadgevend) levert een advies aan de raad op; de raad
    beslist. Een referendum is dus geen meebeslissen. Begroting, belastingen en besluiten over
    één persoon zijn uitgesloten.""",
    ["vng-model-referendumverordening", "handreiking-lokale-referenda"],
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


@dataclass(frozen=True)
class Kader:
    """A legal frame the case text makes recognisable with certainty, with the source that
    carries what the report says about it (None: no source carries it, so none is cited)."""

    patroon: re.Pattern[str]
    sleutel: str
    bron: str | None
    #: a sentence with these words does not count (a taxi for leerlingenvervoer that gets an
    #: ontheffing in a schoolstraat is no question about the verordening leerlingenvervoer)
    niet: re.Pattern[str] | None = None

    def gevonden(self, tekst: str) -> bool:
        if self.niet is None:
            return bool(self.patroon.search(tekst))
        return any(
            self.patroon.search(zin) and not self.niet.search(zin)
            for zin in re.split(r"(?<=[.;!?])\s+", tekst)
        )


#: Frames recognised in the case's own words. Each says who decides under it and what the
#: participation plan must fit; pionieren names only what the words make certain.
KADERS = (
    Kader(
        # a bar in a dorpshuis, sports canteen or buurthuis: Alcoholwet and the paracommercie rules
        re.compile(
            r"\balcohol(?:wet|verordening)|\bparacommerci\w*|\bdrank- en horeca\w*|"
            r"\bschenkvergunning|\balcoholvergunning",
            re.IGNORECASE,
        ),
        "WET-KADER.alcohol",
        "alcoholwet",
        # a sentence that puts paracommercial horeca outside the matter ("Sportkantines en
        # andere paracommerciële horeca vallen buiten de proef") is no bar of this case (review
        # 50a: "Voor de bar geldt de Alcoholwet" in a case about nightlife hours)
        re.compile(r"\bvall?(?:en|t) buiten\b|\bniet onder\b|\bbuiten (?:de|deze|het)\b", re.I),
    ),
    Kader(
        # heat from surface water, or a permit for work in or near the water
        re.compile(
            r"\baquathermie|\bwatervergunning|\bwateractiviteit|\bwarmte uit (?:het )?"
            r"oppervlaktewater",
            re.IGNORECASE,
        ),
        "WET-KADER.water",
        "uvw-aquathermie",
    ),
    Kader(
        # a subsidy that stops, is cut or moves to someone else
        re.compile(
            r"\bsubsidie\w*\b[^.]*?\b(?:afbouw\w*|afgebouwd|beëindig\w*|stopzet\w*|stopt|"
            r"stoppen|verlaagd|verlagen|gekort|korten|vervalt|ingetrokken|intrekken)\b|"
            r"\b(?:afbouw\w*|beëindig\w*|stopzet\w*|stoppen|verlagen|korten|intrekken) van "
            r"(?:de |het )?\w*subsidie",
            re.IGNORECASE,
        ),
        "WET-KADER.subsidie",
        "awb-4-51",
        # a subsidy the gemeente itself receives from the provincie, the Rijk or the EU, or one
        # that lapses only under a condition ('vervalt als het werk niet begint'), or a new one
        # that an option proposes, is no subsidy an organisation now gets that is ended (review
        # 51a: a street redesign; review 65b: a kinderboerderij handed over with a subsidy)
        niet=re.compile(
            r"\b(?:provinciale|rijks|europese|eu-?)\s*subsidie|\bsubsidie\w* (?:van|uit) "
            r"(?:de provincie|het rijk|de eu|europa)\b|\banders\s+vervalt\b|"
            r"\bvervalt\b[^.;]{0,40}?\b(?:als|wanneer|indien)\b[^.;]{0,80}\bniet\b|"
            r"\bvervalt\b[^.;]{0,40}?\btenzij\b|"
            # a new subsidy proposed in an option ('overdragen aan Stichting X met een subsidie
            # die afbouwt'): nobody holds it yet, so no 'redelijke termijn' (review 65b)
            r"\been (?:\w+ )?subsidie\w* die\b|\bstraks\b",
            re.IGNORECASE,
        ),
    ),
    Kader(
        # graves cleared, grave rights that end: the Wet op de lijkbezorging
        re.compile(
            r"\bgrafrecht\w*|\bgrafrust|\bruim\w*\b[^.]{0,80}\bgra(?:f|ven)\b|"
            r"\bgra(?:f|ven)\b[^.]{0,80}\bruim(?:en|ing)\b",
            re.IGNORECASE,
        ),
        "WET-KADER.lijkbezorging",
        "wlb-28",
    ),
    Kader(
        # war graves on the cemetery: the Oorlogsgravenstichting cares for them
        re.compile(
            r"\boorlogsgra(?:f|ven)\b|\bgra(?:f|ven)\s+van\s+(?:\w+\s+)?oorlogs\w+",
            re.IGNORECASE,
        ),
        "WET-KADER.oorlogsgraven",
        None,  # no page of the stichting itself carries the advice; the homepage does not
    ),
    Kader(
        # the yearly token of appreciation for mantelzorgers: its form is set by verordening
        re.compile(
            r"\bmantelzorgwaardering|\bmantelzorgcompliment|\bwaardering\w* (?:voor|van) "
            r"(?:de )?mantelzorg",
            re.IGNORECASE,
        ),
        "WET-KADER.mantelzorgwaardering",
        "wmo-2-1-6",
    ),
    Kader(
        # a primary school that is to close: the school board decides, the building follows
        re.compile(
            r"\b(?:basis|dorps)scho(?:ol|len)\b[^.]{0,120}?\b(?:sluit(?:en|ing)?|opheff\w*|"
            r"opgeheven)\b|\b(?:sluit(?:en|ing)?|opheff\w*) van (?:de |een |het )?"
            r"(?:basis|dorps)scho(?:ol|len)\b",
            re.IGNORECASE,
        ),
        "WET-KADER.schoolsluiting",
        "wpo-110",
    ),
    Kader(
        # the gemeente's rules for school transport, not a taxi that needs an exemption
        re.compile(r"\bleerlingenvervoer", re.IGNORECASE),
        "WET-KADER.leerlingenvervoer",
        "wpo-4",
        niet=re.compile(r"\bontheff\w*|\btaxi", re.IGNORECASE),
    ),
)


#: the uitdaagrecht takes a task over from another party (not from the gemeente's own budget)
_VAN_EEN_ANDER = re.compile(
    r"\bover(?:nemen|genomen|neemt) van (?:de|het|een) (?!gemeente\b)|\bsubsidie", re.IGNORECASE
)


@regel(
    "WET-KADER",
    Thema.wet,
    "Een ander wettelijk kader dat de tekst van het vraagstuk noemt",
    """Sommige wetten herkent pionieren aan de woorden van het vraagstuk zelf. Het noemt dan het
    artikel en wie daaronder beslist. Schenkt een dorpshuis of kantine alcohol, dan geeft de
    burgemeester de vergunning (art. 3 Alcoholwet) en stelt de raad de regels voor
    paracommerciële horeca (art. 4). Haalt een project warmte uit oppervlaktewater
    (aquathermie), of gaat het om werk in het water, dan beslist de waterbeheerder (het
    waterschap, of Rijkswaterstaat bij rijkswater) over zijn toestemming. Stopt of daalt een
    subsidie, of neemt iemand met het uitdaagrecht een taak over van een andere organisatie
    (die het nu misschien met subsidie doet), dan mag het college een subsidie van drie jaar of langer alleen met een redelijke
    termijn stoppen of verlagen (art. 4:51 Awb). pionieren zegt dat laatste voorwaardelijk,
    want of er al zo lang subsidie is, staat niet in het vraagstuk. Een subsidie die de
    gemeente zelf krijgt (van de provincie, het Rijk of de EU), of die alleen vervalt als iets
    niet gebeurt, telt daarvoor niet. Worden graven geruimd of
    lopen grafrechten af, dan geldt de Wet op de lijkbezorging: ruimen pas tien jaar na de laatste
    begraving (art. 31), de rechthebbende mag verlengen en hoort vooraf bericht, met een
    mededeling bij het graf als hij niet reageert (art. 28). Schrokken inwoners van de ruiming,
    dan vraagt pionieren na te gaan of die berichten echt zijn verstuurd. Noemt de tekst
    oorlogsgraven, dan vraagt pionieren de Oorlogsgravenstichting vooraf te betrekken. Noemt het
    vraagstuk de mantelzorgwaardering, dan zegt pionieren dat de raad in de Wmo-verordening
    regelt hoe het college die jaarlijkse waardering geeft (art. 2.1.6 Wmo 2015): een andere vorm
    kan dus een besluit van de raad vragen. Wil een schoolbestuur een basisschool sluiten, dan
    beslist dat bestuur (de medezeggenschapsraad adviseert); het gebouw gaat pas naar de gemeente
    als de school het niet meer gebruikt (art. 110 WPO). Gaat het om leerlingenvervoer, dan
    stelt de raad de verordening vast en beslist het college over aanvragen (art. 4 WPO).""",
    [
        "alcoholwet",
        "uvw-aquathermie",
        "awb-4-51",
        "wlb-28",
        "wmo-2-1-6",
        "wpo-110",
        "wpo-4",
    ],
)
def kaders(f: Feiten) -> list[Bevinding]:
    tekst = " ".join([_tekst(f), f.vraagstuk.aanleiding or ""])
    gevonden = [k for k in KADERS if k.gevonden(tekst)]
    uitdaging = f.procedure is Procedure.uitdaagrecht_verzoek or (
        f.procedure is None
        and WettelijkKader.uitdaagrecht in f.wettelijke_kaders
        and f.initiatief_van_anderen
    )
    if uitdaging and KADERS[2] not in gevonden and _VAN_EEN_ANDER.search(tekst):
        # a task taken over from another party under the uitdaagrecht may now be subsidised
        gevonden.append(KADERS[2])
    if dubbele_rol(f).subsidie:
        # the organisations that now hold the subsidy are told about art. 4:51 with their dual
        # role (BELANG-DUBBELE-ROL): not twice
        gevonden = [k for k in gevonden if k is not KADERS[2]]
    # residents who were shocked or did not know: ask whether the letters of art. 28 went out
    geschrokken = bool(_GESCHROKKEN.search(tekst))
    return [
        bevinding(
            "WET-KADER",
            Ernst.let_op,
            k.sleutel,
            bronnen=[k.bron] if k.bron else [],
            uitdaging=uitdaging,
            geschrokken=geschrokken,
        )
        for k in gevonden
    ]


_GESCHROKKEN = re.compile(
    r"\bgeschokt|\bgeschrokken|\bschrokken|\bverrast|\boverval\w*|\bwisten\s+(?:het\s+)?niet"
    r"|\bniet\s+op\s+de\s+hoogte",
    re.IGNORECASE,
)


@regel(
    "WET-ANDERS",
    Thema.wet,
    "Een ander wettelijk kader",
    """Noemt het vraagstuk een eigen verordening van de gemeente bij naam (zoals de
    marktverordening of een toewijzingsverordening), dan zegt pionieren dat de raad die vaststelt
    (art. 147 Gemeentewet) en dat de verordening zelf zegt wie daaronder beslist en welke
    adviezen en termijnen gelden; niet als een ander orgaan beslist (zoals het algemeen bestuur
    van een gemeenschappelijke regeling), want dan is het diens verordening. Ook een regeling in
    de eigen bronnen van het vraagstuk telt als genoemd. Noemt het een andere wet die pionieren
    niet herkent, dan zegt pionieren niet dat die wet termijnen of inspraak vraagt (dat weet het
    niet), maar vraagt het na te gaan of zij dat voor dit besluit doet: de jurist zet dat vóór
    de start op een rij. Zegt de tekst niet welke regeling het bedoelt, dan noemt pionieren de
    stukken die het vraagstuk bij zijn bronnen als regel opgeeft (soort: regel); staat daar ook
    niets, dan vraagt het uit te zoeken welke regel het is, wie daaronder beslist en of er
    termijnen of inspraak bij horen, en dat in het participatieplan te zetten. Dit
    vervalt als een andere regel een kader al behandelt: de Wet arhi bij een herindeling, de
    regels voor cliëntenparticipatie in het sociaal domein, renovatie van huurwoningen, een
    verkeersbesluit, een kader dat pionieren in de tekst herkent (WET-KADER), en een eigen
    bevoegdheid van de burgemeester die de rolverdeling met haar artikel noemt (zoals
    cameratoezicht, de openbare orde of een exploitatievergunning). Gaat het om de
    afvalstoffenheffing (zoals diftar), dan noemt pionieren haar grondslag: art. 15.33 Wet
    milieubeheer.""",
    ["gemeentewet-147", "winkeltijdenwet-3", "ombudsman-inspraak-2009", "wet-milieubeheer-15-33"],
)
def anders(f: Feiten, behandeld: bool = False) -> list[Bevinding]:
    if WettelijkKader.anders not in f.wettelijke_kaders or behandeld:
        return []
    if f.procedure is Procedure.herindeling or sociaal_domein(f.vraagstuk.beleidsveld):
        return []  # that other law is the one a rule of its own already treats
    alle = genoemde_regelingen(f)
    heffingen = [n for n in alle if _HEFFING.search(n)]
    besluit = f.vraagstuk.besluit
    # when another body decides (a gemeenschappelijke regeling's algemeen bestuur), the
    # verordening the case names is that body's, not the raad's: a question for a lawyer
    eigen = not (besluit and besluit.door is Beslisser.anders)
    verordeningen = [
        n for n in alle if eigen and n not in heffingen and _EIGEN_VERORDENING.search(n)
    ]
    namen = [n for n in alle if n not in heffingen and n not in verordeningen]
    # a law whose facts pionieren knows (rule WET-FEITEN) needs no lawyer to look it up
    wetten = [feit.wet.lower() for feit in wetfeiten_voor(f) if feit.zorg is None]
    bekend = [n for n in namen if any(w in n.lower() for w in wetten)]
    namen = [n for n in namen if n not in bekend]
    uit = heffing(heffingen)
    if verordeningen:
        # the gemeente's own verordening: the raad makes it (art. 147 Gemeentewet), or under
        # the specific law the case names for it (art. 3 Winkeltijdenwet for koopzondagen); who
        # decides under it is written in the verordening itself, not a question for a lawyer
        wet = bijzondere_wet(f, Procedure.verordening, " ".join(verordeningen))
        uit.append(
            bevinding(
                "WET-ANDERS",
                Ernst.info,
                "WET-ANDERS.verordening",
                bronnen=list(wet.bronnen) if wet else ["gemeentewet-147"],
                namen=verordeningen,
                wet=wet.kort if wet else "",
            )
        )
    stukken: list[str] = []
    if not (namen or heffingen or verordeningen or bekend):
        # the case names no regulation in its text, but its own sources may (soort regel): name
        # those, not 'niet welke' (review 65b: the omgevingsverordening and the
        # subsidiebeschikking were listed as sources)
        from pionieren.analysis.conversation import is_regel

        stukken = [
            b.titel
            for b in f.vraagstuk.bronnen
            if is_regel(b)
            and not _BEKEND_STUK.search(b.titel)
            and not any(w in b.titel.lower() for w in wetten)
        ][:3]
    if namen or not (heffingen or verordeningen or bekend):
        # a question for a lawyer about the case itself: no source carries it
        # with an advice to a named body, who decides is known: the lawyer checks the questions
        advies = f.advies and bool(f.advies_aan)
        # the afvalstoffenheffing (diftar) rests on the Wet milieubeheer, not on the Gemeentewet
        # the case may name (review 45b): said where no tax regulation was named
        afval = bool(namen) and not heffingen and bool(_AFVALSTOFFENHEFFING.search(_tekst(f)))
        uit.append(
            bevinding(
                "WET-ANDERS",
                Ernst.info,
                bronnen=["wet-milieubeheer-15-33"] if afval else [],
                namen=namen,
                stukken=stukken,
                advies=advies,
                afval=afval,
            )
        )
    return uit


#: a source of the case that is a law or ruling other rules of pionieren already treat (the
#: Gemeentewet, the Awb, the Omgevingswet and its besluiten, a court ruling such as Didam, the
#: participatie- or referendumverordening): no question for the lawyer under WET-ANDERS
_BEKEND_STUK = re.compile(
    r"\bGemeentewet\b|\bAlgemene wet bestuursrecht\b|\bAwb\b|\bOmgevingswet\b|"
    r"\bOmgevingsbesluit\b|\bBesluit (?:kwaliteit|activiteiten) leefomgeving\b|\bECLI\b|"
    r"\bHoge Raad\b|\bparticipatieverordening\b|\breferendumverordening\b",
    re.IGNORECASE,
)
_AFVALSTOFFENHEFFING = re.compile(r"\bafvalstoffenheffing|\bdiftar\b", re.IGNORECASE)


#: a regulation the gemeente makes itself (a verordening, the APV), not a national law
_EIGEN_VERORDENING = re.compile(r"verordening\b|\bAPV\b", re.IGNORECASE)


_BEGROTING_JAAR = re.compile(r"\b(?:programma)?begroting(?:\s+van)?\s+(20\d\d)\b", re.IGNORECASE)
_CYCLUS = re.compile(
    r"\bkadernota|\bvoorjaarsnota|\bperspectiefnota|\bfinanciële? kaders", re.IGNORECASE
)


@regel(
    "WET-BEGROTING",
    Thema.wet,
    "Geld in een volgende begroting: eerst de kadernota",
    """Vraagt het vraagstuk om geld in de begroting van een jaar dat nog komt, dan stelt de raad
    die begroting in het najaar vast (art. 189 Gemeentewet). Bij de meeste gemeenten kiest de
    raad al voor de zomer in de kadernota of voorjaarsnota welke nieuwe uitgaven meegaan. Wat
    inwoners inbrengen en geld kost, moet dan vóór die kadernota klaar zijn. pionieren zegt dit
    voorwaardelijk, want de naam en datum van die nota verschillen per gemeente. Het zegt het
    niet als de begroting van dat jaar al is vastgesteld, als het alleen om geld gaat dat al
    vastligt, of als het vraagstuk de kadernota of voorjaarsnota zelf al noemt. Loopt er in het
    plan na eind juni van het jaar ervoor nog een ronde met inwoners, dan noemt pionieren die
    ronde en wat te doen (de datum bij de griffie vragen, wat geld kost eerder inbrengen); de
    planning zelf schuift niet op een datum die alleen geschat is.""",
    ["kadernota-krimpen", "gemeentewet-189"],
)
def begroting(f: Feiten, fasen: Sequence[PlanFase] = ()) -> list[Bevinding]:
    v = f.vraagstuk
    # what is still to come: the description, the reason and the open points, not the fixed ones
    tekst = " ".join(
        [v.titel, v.omschrijving, v.aanleiding or "", *(p.onderwerp for p in v.kaders.open)]
    )
    if _CYCLUS.search(" ".join([tekst, *v.kaders.vast])):
        return []
    # the begroting of year Y is adopted in the autumn of Y-1: only a later one is still open
    eerste_open = f.datum.year + (2 if f.datum.month >= 11 else 1)
    jaren = sorted({int(m.group(1)) for m in _BEGROTING_JAAR.finditer(tekst)})
    jaren = [j for j in jaren if j >= eerste_open]
    if not jaren:
        return []
    # the date is a guess ('usually before the summer'): the plan does not move on it, but the
    # finding names the round that still runs then, so the gemeente knows what to ask and do
    # (review 42b: the Verdiepen phase ran until 2 July while the kadernota is usually June)
    zomer = date(jaren[0] - 1, 6, 30)
    na = sorted(
        (x for x in fasen if x.werkvormen and x.fase in _RONDES and x.eind and x.eind > zomer),
        key=lambda x: (x.start or x.eind, x.eind),
    )
    return [
        bevinding(
            "WET-BEGROTING",
            Ernst.let_op,
            jaar=jaren[0],
            ronde=_RONDES[na[0].fase] if na else "",
            eind=na[0].eind.isoformat() if na and na[0].eind else "",
        )
    ]


#: The rounds with inwoners before the decision, by name (for WET-BEGROTING).
_RONDES = {
    Procesfase.ophalen: "de brede ronde",
    Procesfase.verdiepen: "de verdieping",
    Procesfase.toetsen: "de toetsronde",
}


# a regulation on a tax or a levy: the raad makes it itself, the law leaves no doubt
_HEFFING = re.compile(
    r"(?:heffing|belasting|leges|rechten)\w*\b|\b(?:belasting|heffings?)verordening",
    re.IGNORECASE,
)


@regel(
    "WET-HEFFING",
    Thema.wet,
    "Een verordening over een belasting of heffing",
    """Noemt het vraagstuk een verordening over een belasting, heffing of rechten (zoals de
    afvalstoffenheffing, de onroerendezaakbelastingen of de leges), dan is de wet duidelijk: de
    raad stelt die verordening vast (art. 147 Gemeentewet); gemeentelijke belastingen worden
    alleen geheven krachtens zo'n verordening (art. 216), rechten volgens art. 229. De
    afvalstoffenheffing rust op art. 15.33 Wet milieubeheer. Een jurist hoeft dan niet na te
    gaan wie beslist.""",
    ["gemeentewet-147", "gemeentewet-216", "gemeentewet-229"],
)
def heffing(namen: list[str]) -> list[Bevinding]:
    """The finding for the tax regulations the case names (called by :func:`anders`)."""
    if not namen:
        return []
    afval = any("afvalstoffen" in n.lower() for n in namen)
    return [
        bevinding(
            "WET-HEFFING",
            Ernst.info,
            namen=namen,
            afval=afval,
            bronnen=["gemeentewet-147", "gemeentewet-216", "gemeentewet-229"]
            + (["wet-milieubeheer-15-33"] if afval else []),
        )
    ]


# A regulation named in the case's words: 'de marktverordening', 'de Huisvestingswet 2014',
# 'de verordening afvalstoffenheffing'. Those pionieren treats itself are left out.
_REGELING = re.compile(
    r"\b(?:[A-Za-zÀ-ÿ]+(?:verordening|wet)(?: \d{4})?"
    r"|verordening [a-zà-ÿ]*(?:heffing|belasting|leges|rechten)|APV"
    # a law named with a preposition: 'Wet op de lijkbezorging', 'Wet op de
    # bedrijveninvesteringszones' (review 35: asked 'which rule' while the case named it)
    r"|Wet (?:op|inzake|tot|van) (?:de |het )?[a-zà-ÿ]+"
    # a law named with its year: 'Wet personenvervoer 2000' (review 47a: asked 'which rule'
    # while the case's own sources named it); the Wet gemeenschappelijke regelingen
    r"|Wet [a-zà-ÿ]{5,}(?: [a-zà-ÿ]+){0,2} \d{4}|Wet gemeenschappelijke regelingen"
    # a law named by its own words: 'Wet veiligheidsregio's', 'Wet openbare manifestaties'
    # (review 53a: asked 'which rule' while the case's sources named it)
    r"|Wet [a-zà-ÿ]{5,}(?: [a-zà-ÿ]{6,})?(?:'s\b)?"
    r"|Verordening (?:op de |voor de )?[a-zà-ÿ]{4,})\b"
)
_BEKEND = re.compile(
    r"^(?:participatie|referendum|omgevings|gemeente|algemene ?)(?:verordening|wet)"
    r"|^Algemene wet|^Awb",
    re.IGNORECASE,
)


def genoemde_regelingen(f: Feiten) -> list[str]:
    """The regulations the case text names by name, at most three, in the order they appear.

    Why: 'a regulation pionieren does not know' leaves the reader guessing which one; the case
    mostly names it (review 25: the marktverordening)."""
    # the case's own sources count: a law listed there is named by the case
    tekst = " ".join(
        [_tekst(f), f.vraagstuk.aanleiding or "", *(b.titel for b in f.vraagstuk.bronnen)]
    )
    uit: list[str] = []
    for zin in _DEELZIN.split(tekst):
        if _ONTKENNING.search(zin) and _EIGEN_VERORDENING.search(zin):
            # 'er komt geen bufferzone in de APV': the case rules the verordening out, it is
            # not the ground of the decision (review 53a: 'De raad stelt de APV vast' for the
            # burgemeester's beleidsregel under the Wet openbare manifestaties)
            continue
        for m in _REGELING.finditer(zin):
            naam = m.group(0)
            if _BEKEND.match(naam) or f"de {naam}".lower() in (n.lower() for n in uit):
                continue
            uit.append(f"de {naam}")
    return uit[:3]


_DEELZIN = re.compile(r"(?<=[.;!?])\s+")
_ONTKENNING = re.compile(r"\b(?:geen|niet)\b", re.IGNORECASE)


_JEUGD = re.compile(r"\bjeugd", re.IGNORECASE)


@regel(
    "WET-CLIENTENPARTICIPATIE",
    Thema.wet,
    "Cliëntenparticipatie in het sociaal domein",
    """Bij beleid in het sociaal domein moet de gemeente cliënten betrekken: voor werk, inkomen
    en minima stelt de raad daar regels voor (art. 47 Participatiewet), en ook de Wmo 2015 (art.
    2.1.3) en de Jeugdwet (art. 2.10) vragen dat de raad regelt hoe cliënten en hun
    vertegenwoordigers meepraten. pionieren noemt art. 47
    alleen bij beleid onder de Participatiewet (bijstand, minimaregelingen, re-integratie); een
    programma tegen energiearmoede is dat niet en valt ook niet onder de Wmo
    of de Jeugdwet. Formeel advies vraagt pionieren aan een raad die voor cliënten spreekt, niet
    aan een bewonersvereniging of wijkraad. Dat vraagt twee dingen: formeel advies van een adviesraad of
    cliëntenraad, en directe vormen voor de mensen zelf. pionieren noemt de wet alleen als het
    beleidsveld van het vraagstuk het sociaal domein is (zoals Wmo, jeugdhulp, Participatiewet,
    bijstand, minima of schulden). Gaat het over iets anders (een coffeeshop, een bezuiniging op
    een zwembad) en raakt het wel mensen die zorg of ondersteuning krijgen (kenmerk clienten),
    dan noemt pionieren geen wet, maar alleen hoe u hen bereikt: via hun zorgaanbieder of
    cliëntenraad. Zo ook bij een ruimtelijk besluit (een omgevingsplan, een vergunning), ook als
    het beleidsveld het sociaal domein noemt, en bij leerlingenvervoer of onderwijshuisvesting:
    die rusten op de onderwijswetten (art. 4 WPO, art. 4 WEC). Noemt het vraagstuk zelf al via wie u hen bereikt, dan staat die weg bij de
    werkvorm en herhaalt pionieren hem niet.""",
    ["participatiewet-47", "wmo-2-1-3", "jeugdwet-2-10", "clientenparticipatie-movisie"],
)
def clientenparticipatie(f: Feiten) -> list[Bevinding]:
    v = f.vraagstuk
    clienten = [
        p
        for p in v.belanghebbenden
        if Kenmerk.clienten in p.kenmerken and p.soort is SoortBelanghebbende.inwoners
    ]
    # only a council that speaks for clients is asked for the formal advice the law means: a
    # bewonersvereniging, wijkraad or huurdersvereniging is no cliëntenraad (review 58a)
    organen = [
        p
        for p in v.belanghebbenden
        if p.soort is SoortBelanghebbende.adviesorgaan and _CLIENTORGAAN.search(p.naam)
    ]
    # a spatial decision (an omgevingsplan, a permit) is no social-domain policy, even where
    # the field also names the social domain: no Wmo or Jeugdwet duty (review 45a)
    ruimtelijk = f.procedure in (*VERGUNNING, Procedure.omgevingsplan, Procedure.omgevingsvisie)
    # school transport and school buildings rest on the education laws (art. 4 WPO, WEC), not
    # on the Wmo or the Jeugdwet, even where the field also names the social domain (review
    # 53a: the verordening leerlingenvervoer given art. 2.1.3 Wmo 2015)
    onderwijs = bool(_ONDERWIJSWET.search(f"{v.titel} {v.omschrijving}"))
    # art. 47 Participatiewet is about carrying out that law (bijstand, minimaregelingen,
    # re-integratie); armoede- en schuldenbeleid is minimabeleid (bijzondere bijstand), but a
    # programme against energy poverty is no Participatiewet policy and rests on no Wmo or
    # Jeugdwet duty either (review 58a: an energy-poverty programme given art. 47)
    participatiewet = bool(_PARTICIPATIEWET.search(f"{v.beleidsveld or ''} {v.titel}")) or bool(
        _ARMOEDE.search(v.beleidsveld or "")
        and not _ENERGIE.search(f"{v.beleidsveld or ''} {v.titel}")
    )
    wettelijk = participatiewet or bool(_CLIENTWET.search(v.beleidsveld or ""))
    if sociaal_domein(v.beleidsveld) and wettelijk and not ruimtelijk and not onderwijs:
        sleutel = "WET-CLIENTENPARTICIPATIE"
    elif clienten := [p for p in clienten if not p.via]:
        # not social-domain policy: no law, only how to reach them; a group whose route the
        # case gives already has it at the werkvorm that reaches it ('Dit bereikt ook X (via ...)')
        sleutel = "WET-CLIENTENPARTICIPATIE.bereik"
    else:
        return []
    return [
        bevinding(
            "WET-CLIENTENPARTICIPATIE",
            Ernst.let_op if sleutel == "WET-CLIENTENPARTICIPATIE" else Ernst.info,
            sleutel,
            # each duty cites its own article: art. 47 Participatiewet for Participatiewet
            # policy, art. 2.1.3 Wmo 2015 and art. 2.10 Jeugdwet for the rest of the social
            # domain (review 27: a legal duty carried by a Movisie article); reaching clients
            # outside that policy is no legal duty, and the article on pizzameetings does not
            # say to go through the care provider: no source
            bronnen=(
                ["participatiewet-47"]
                if participatiewet
                else sorted(
                    ["wmo-2-1-3", "jeugdwet-2-10"],
                    # the report cites the first: the Jeugdwet for youth policy
                    key=lambda b: b.startswith("wmo") == bool(_JEUGD.search(v.beleidsveld or "")),
                )
                if sleutel == "WET-CLIENTENPARTICIPATIE"
                else []  # how to reach clients outside that policy: no source carries it
            ),
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
    r"participatiewet|bijstand|\bminima|inkomensondersteuning|inkomenstoeslag|re-?integratie|"
    r"\buitkering",
    re.IGNORECASE,
)
_ARMOEDE = re.compile(r"armoede|schulden|schuldhulp", re.IGNORECASE)
_ENERGIE = re.compile(r"energie|isolat", re.IGNORECASE)
# the fields whose client duty is in the Wmo 2015 or the Jeugdwet
_CLIENTWET = re.compile(
    r"sociaal domein|\bwmo\b|maatschappelijke ondersteuning|jeugdhulp|jeugdzorg|jeugdwet",
    re.IGNORECASE,
)
_CLIENTORGAAN = re.compile(
    r"cli[eë]nt|sociaal domein|\bwmo|toegankelijk|ervaringsdeskundig|senioren|participatieraad",
    re.IGNORECASE,
)


_ONDERWIJSWET = re.compile(r"\bleerlingenvervoer|\bonderwijshuisvesting", re.IGNORECASE)


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


#: Cables and pipes a network operator or the gemeente lays through someone's land.
_LEIDING = re.compile(r"\b(?:kabel\w*|leiding\w*|buizen|buisleiding\w*)", re.IGNORECASE)
#: Land a project needs from its owners: a strip, a plot, ground.
_GROND = re.compile(r"\b(?:grond\w*|strook|stroken|perce(?:el|len)\w*|kavel\w*)", re.IGNORECASE)

_NODIG = re.compile(
    r"\b(?:nodig|strook|stroken|aankoop\w*|aan\s*te\s*kopen|(?:ver|aan|op)?koop\w*|kopen|"
    r"verwerv\w*|grondverwerving|afstaan|afstaat|afgeven|inleveren|onteigen\w*|"
    r"schadeloos\w*|wijken)\b",
    re.IGNORECASE,
)
"""Words that say a project needs the land itself ('welke strook grond nodig is', 'de aankoop
van de percelen'), not what an owner does on it ('welke maatregelen elk melkveebedrijf op de eigen
percelen neemt': a voluntary scheme has no onteigening behind it; a new case, sessie 40)."""


#: A house or building a project needs: 'de woningen die moeten wijken', 'de aankoop van de
#: panden'. Only with words that the project takes it (a purchase, making way), not 'nodig'
#: alone: 'welke aanpassingen de eigen woning nodig heeft' is the owner's own house.
_PAND = re.compile(r"\b(?:woning\w*|huis|huizen|pand\w*|opstal\w*|boerderij\w*)\b", re.IGNORECASE)
_WIJKT = re.compile(
    r"\b(?:aankoop\w*|aan\s*te\s*kopen|(?:ver|aan|op)koop\w*|verwerv\w*|onteigen\w*|"
    r"schadeloos\w*|wijken|wijkt|gesloopt|sloop)\b",
    re.IGNORECASE,
)


_NEEMT_ZELF = re.compile(
    r"\b(?:gemeentegrond|snippergroen|koopt,? (?:of )?huurt|huurt of|teruggeeft|terug\s*geeft|"
    r"terug\s*te\s*geven|van de gemeente (?:koopt|huurt|krijgt))\b",
    re.IGNORECASE,
)
"""The owner is the one who buys, rents or gives back: land of the gemeente in his use
('of elk huishouden zijn strook koopt, huurt of teruggeeft'). No project takes anything from
him, so no onteigening stands behind it (review 59a, snippergroen)."""


def sluitstuk(punt: Onderwerp) -> str | None:
    """'gedoogplicht' or 'onteigening': an open point about each owner's own property
    (``eigen_bezit``) that is about cables or pipes through it, or land a project needs from
    it. Then not the owner decides, but whoever decides the point; the owner only decides
    whether to sign an agreement. None for his own garden, house or roof."""
    if not punt.eigen_bezit:
        return None
    if _LEIDING.search(punt.onderwerp):
        return "gedoogplicht"
    if _NEEMT_ZELF.search(punt.onderwerp):
        return None
    if _GROND.search(punt.onderwerp) and _NODIG.search(punt.onderwerp):
        return "onteigening"
    if _PAND.search(punt.onderwerp) and _WIJKT.search(punt.onderwerp):
        # the houses that must make way: bought by agreement, onteigening behind it (review
        # 55b: 'Elk huishouden zelf' on the houses a variant removes)
        return "onteigening"
    return None


def sluitstuk_bezit(punt: Onderwerp) -> str:
    """What of the owner's a project needs, in the words of the report: 'grond', 'woning' or
    'grond of woning' (review 55b: 'over zijn grond' on the houses that must make way)."""
    grond = bool(_GROND.search(punt.onderwerp) and _NODIG.search(punt.onderwerp))
    pand = bool(_PAND.search(punt.onderwerp) and _WIJKT.search(punt.onderwerp))
    if pand and grond:
        return "grond of woning"
    return "woning" if pand else "grond"


@regel(
    "WET-SLUITSTUK",
    Thema.wet,
    "Grond of kabels van een eigenaar: vrijwillig, met een wettelijk sluitstuk",
    """Gaat een open punt over het eigen bezit van elke eigenaar (eigen_bezit: true), maar over
    kabels of leidingen door zijn grond, of over grond of een woning die een project van hem
    nodig heeft (de woningen die moeten wijken)? Dan beslist niet de eigenaar, maar wie het vraagstuk bij dat punt noemt (de netbeheerder over
    het tracé, het college over de strook grond). De eigenaar beslist alleen of hij een
    vrijwillige overeenkomst tekent, en onderhandelt over wat hij krijgt. Komt er geen
    overeenkomst, dan heeft de wet een sluitstuk: een gedoogplicht voor kabels en leidingen
    (Omgevingswet, hoofdstuk 10) en onteigening voor grond of woningen die het project nodig
    heeft (Omgevingswet, hoofdstuk 11: de gemeenteraad, Provinciale Staten of het algemeen
    bestuur van het waterschap geeft de onteigeningsbeschikking, en de bestuursrechter moet die
    bekrachtigen); niet voor wat een eigenaar op zijn eigen grond doet. Of het project zijn grond
    of woning nodig heeft, volgt niet uit het gesprek met de eigenaar: voor onteigening moet dat
    belang blijken uit het omgevingsplan of een projectbesluit (art. 11.6 Omgevingswet). Het rapport zegt dat eerlijk, want juist
    'wat als ik niet wil?' is dan de vraag. Over de eigen tuin, woning of het eigen dak beslist
    de eigenaar wel zelf, als geen project die nodig heeft.""",
    ["omgevingswet-h10", "omgevingswet-h11", "omgevingswet-11-6"],
)
def sluitstukken(f: Feiten) -> list[Bevinding]:
    v = f.vraagstuk
    uit = []
    for punt in v.kaders.open:
        middel = sluitstuk(punt)
        if middel is None:
            continue
        door = punt.door or (v.besluit.door if v.besluit else None)
        wie = punt.partij or (BESLISSER_NAAM[door] if door is not None else "")
        if door is Beslisser.initiatiefnemer and not punt.partij:
            wie = next((p.naam for p in v.belanghebbenden if p.initiatiefnemer), wie)
        uit.append(
            bevinding(
                "WET-SLUITSTUK",
                Ernst.let_op,
                bronnen=(
                    ["omgevingswet-h10"]
                    if middel == "gedoogplicht"
                    else ["omgevingswet-h11", "omgevingswet-11-6"]
                ),
                # who gives the onteigeningsbeschikking: the representative body of the
                # government whose project it is (review 58b: 'onteigening (de rechter toetst
                # die)' left out who decides)
                onteigenaar=_onteigenaar(door, punt.partij or _hoofd_naam(f)),
                wie=wie or "wie het project uitvoert",
                onderwerp=punt.onderwerp,
                middel=middel,
                bezit=sluitstuk_bezit(punt),
                # whether his land or house is needed follows from the main decision, when
                # another body takes it (review 55b: the raad's choice of variant)
                hoofd=_hoofd_naam(f)
                if v.besluit is not None and door is not v.besluit.door
                else "",
            )
        )
    return uit


def _onteigenaar(door: Beslisser | None, orgaan: str) -> str:
    """Who gives an onteigeningsbeschikking for a project (Omgevingswet hoofdstuk 11): the
    gemeenteraad for the gemeente's, Provinciale Staten for the provincie's, the algemeen
    bestuur for a waterschap's; '' when the case does not show whose project it is."""
    if door is not None and gemeente_beslist_door(door):
        return "de gemeenteraad"
    if re.search(r"\bprovinci|\bgedeputeerde|\bprovinciale staten", orgaan, re.IGNORECASE):
        return "Provinciale Staten"
    if re.search(r"\bwaterschap|\bhoogheemraadschap", orgaan, re.IGNORECASE):
        return "het waterschapsbestuur"
    return ""


def _hoofd_naam(f: Feiten) -> str:
    """Who takes the main decision, by name ('' when the case does not say)."""
    besluit = f.vraagstuk.besluit
    if besluit is None or besluit.door is None:
        return ""
    return str(besluit.orgaan or BESLISSER_NAAM[besluit.door])


def _tekst(f: Feiten) -> str:
    """The case's own words about the decision: title, description and kaders."""
    v = f.vraagstuk
    return " ".join(
        [v.titel, v.omschrijving, *v.kaders.vast, *(p.onderwerp for p in v.kaders.open)]
    )


_VERKEERSBESLUIT = re.compile(r"\bverkeersbesluit", re.IGNORECASE)
_PROVINCIE = re.compile(r"\bprovincia\w*|\bprovincie\b", re.IGNORECASE)


def _blad(orgaan: str) -> str:
    """The blad every road authority publishes its verkeersbesluit in: the Staatscourant (art.
    26 BABW; KOOP). Two blind reviews (58a, 59b) checked it; a round that gave each authority
    its own blad was wrong."""
    del orgaan  # the same for the gemeente, the provincie, the waterschap and the Rijk
    return "de Staatscourant"


def verkeersbesluit_genoemd(f: Feiten) -> bool:
    """Is the decision a verkeersbesluit: the procedure, or the case's words about what is
    still to decide say so (not a verkeersbesluit already fixed, such as a trial's)?"""
    v = f.vraagstuk
    open_ = " ".join([v.titel, v.omschrijving, *(p.onderwerp for p in v.kaders.open)])
    return f.procedure is Procedure.verkeersbesluit or bool(_VERKEERSBESLUIT.search(open_))


@regel(
    "WET-VERKEERSBESLUIT",
    Thema.wet,
    "Een verkeersbesluit (Wegenverkeerswet 1994)",
    """Een verkeersbesluit (zoals een 30 km/u-zone, een parkeerverbod of een afgesloten straat)
    neemt het college voor de wegen van de gemeente; voor een weg van de provincie beslissen
    gedeputeerde staten (art. 18 lid 1 Wegenverkeerswet 1994). Het college overlegt vooraf met
    de politie (art. 24 BABW), hoort de wegbeheerder (art. 23 BABW), en schrijft in het besluit
    welk doel het dient en hoe de belangen zijn gewogen (art. 21 BABW): daar hoort de inbreng van
    inwoners bij. Het besluit wordt bekendgemaakt in de Staatscourant, ook als de provincie of
    het waterschap het neemt (art. 26 BABW); daarna kan een belanghebbende
    binnen zes weken bezwaar maken (art. 6:7 Awb). Ligt het ontwerp eerst zes weken ter inzage
    voor zienswijzen (afdeling 3.4 Awb), dan is er geen bezwaar: wie een zienswijze gaf, gaat
    binnen zes weken in beroep bij de rechtbank (art. 7:1 lid 1 onder d Awb).""",
    ["babw-24", "babw-21", "babw-26", "wvw-18", "awb-bezwaar", "awb-3-18", "awb-7-1"],
)
def verkeersbesluit(f: Feiten) -> list[Bevinding]:
    if not verkeersbesluit_genoemd(f):
        return []
    provincie = [
        p.partij or p.onderwerp.rstrip(".")
        for p in f.vraagstuk.kaders.open
        if _PROVINCIE.search(f"{p.onderwerp} {p.partij or ''}")
    ]
    from pionieren.analysis.decision import ZEKER, _stukken_weken

    besluit = f.vraagstuk.kaders.besluit_uiterlijk
    weken = _stukken_weken(f, ZEKER[Procedure.verkeersbesluit])
    if f.procedure is not Procedure.verkeersbesluit:
        # the verkeersbesluiten follow another main decision (a traffic plan of the raad): the
        # dates count from their own decision, never from the main one (review 35/36: bezwaar
        # was counted from the raad's plan); without a date of their own, no dates are named
        eigen = [
            p.uiterlijk
            for p in f.vraagstuk.kaders.open
            if _VERKEERSBESLUIT.search(p.onderwerp) and p.uiterlijk is not None
        ]
        besluit = min(eigen) if eigen else None
        # the college's own cycle for its decision
        weken = 2
    stukken = besluit - timedelta(weeks=weken) if besluit else None
    # prepared with afdeling 3.4 (the draft lies open for zienswijzen): no bezwaar, only beroep
    # at the rechtbank (art. 7:1 lid 1 onder d Awb); review 57a: 'zes weken bezwaar' against
    # the case's own 'daarna is alleen beroep bij de rechtbank mogelijk'
    beroep = f.procedure is Procedure.verkeersbesluit and f.formele_zienswijze
    hoofd = f.vraagstuk.besluit
    orgaan = (
        f.bevoegd_gezag
        if f.procedure is Procedure.verkeersbesluit
        and hoofd is not None
        and hoofd.door is Beslisser.anders
        else ""
    )
    return [
        bevinding(
            "WET-VERKEERSBESLUIT",
            Ernst.let_op,
            bronnen=[
                "babw-24",
                "babw-21",
                "babw-26",
                "wvw-18",
                "awb-3-18" if beroep else "awb-bezwaar",
                *(["awb-7-1"] if beroep else []),
            ],
            beroep=beroep,
            provincie=bool(provincie) or bool(_PROVINCIE.search(_tekst(f))),
            # another road authority takes the verkeersbesluit itself (GS for a provincial
            # road); it is published in the Staatscourant (art. 26 BABW; review 59b)
            wie=orgaan or "het college",
            blad=_blad(orgaan),
            # the dated legal steps: police consulted before the proposal is ready, the
            # decision published, six weeks of bezwaar after publication
            overleg=stukken.isoformat() if stukken else "",
            besluit=besluit.isoformat() if besluit else "",
            einde=(besluit + BEZWAARTERMIJN).isoformat() if besluit else "",
        )
    ]


_ONHERSTELBAAR = re.compile(
    r"\b(?:kap\w*|gekapt|vell\w*|gevel\w*|sloop\w*|slopen|gesloopt|rooi\w*)", re.IGNORECASE
)
_VERGUNNING = re.compile(r"vergunning", re.IGNORECASE)
_ONAFHANKELIJK = re.compile(
    r"boom\s*effect\s*analyse|\bBEA\b|second opinion|onafhankelijk\w* (?:onderzoek|advies|"
    r"deskundige|analyse)",
    re.IGNORECASE,
)
BEZWAARTERMIJN = timedelta(weeks=6)


@regel(
    "WET-BEZWAAR",
    Thema.wet,
    "Bezwaar tegen een besluit, en werk dat niet terug kan",
    """Tegen een besluit van het college over een vergunning of een verkeersbesluit kan een
    belanghebbende binnen zes weken bezwaar maken (art. 6:7 Awb) en de rechter vragen om een
    voorlopige voorziening (art. 8:81 Awb). Het bezwaar houdt het besluit niet tegen (art. 6:16
    Awb). Gaat het om werk dat niet terug kan (bomen kappen, slopen), dan zegt pionieren dat u
    pas begint als de bezwaartermijn voorbij is, en als iemand een voorlopige voorziening vraagt,
    als de rechter heeft beslist. Dat zegt het alleen als de data van het vraagstuk dat raken.
    Noemt het vraagstuk een onafhankelijk onderzoek (een boomeffectanalyse of second opinion),
    dan hoort dat vóór het besluit klaar te zijn.""",
    ["awb-bezwaar", "awb-voorlopige-voorziening"],
)
def bezwaar(f: Feiten) -> list[Bevinding]:
    k = f.vraagstuk.kaders
    tekst = _tekst(f)
    beschikking = (
        f.procedure in VERGUNNING
        or verkeersbesluit_genoemd(f)
        or bool(_VERGUNNING.search(" ".join(k.vast)))
    )
    if not beschikking or not _ONHERSTELBAAR.search(tekst) or k.besluit_uiterlijk is None:
        return []
    einde = k.besluit_uiterlijk + BEZWAARTERMIJN
    te_vroeg = k.uitvoering_van is not None and k.uitvoering_van <= einde
    onderzoek = bool(_ONAFHANKELIJK.search(tekst))
    if not te_vroeg and not onderzoek:
        return []
    return [
        bevinding(
            "WET-BEZWAAR",
            Ernst.waarschuwing if te_vroeg else Ernst.let_op,
            einde=einde.isoformat(),
            start=k.uitvoering_van.isoformat() if te_vroeg and k.uitvoering_van else "",
            onderzoek=onderzoek,
        )
    ]


_PLEK = re.compile(
    r"\b(?:plek|plekken|plaats|plaatsen|\w*locaties?|\w*gebied(?:en)?)\b", re.IGNORECASE
)
_VERORDENING = re.compile(r"\bverordening\w*|\w+verordening\b|\bAPV\b", re.IGNORECASE)
#: a body designates something: 'wijst ... aan', 'aangewezen', 'aanwijzing'
_AANWIJZEN = re.compile(r"\bwijst\b[^.;]*\baan\b|\baangewezen\b|\baanwijz\w*", re.IGNORECASE)
#: a point about where something stands as a whole: it moves, returns or stays on a new place
_VERPLAATSING = re.compile(
    r"\bverplaats\w*|\bterug(?:keert|keren|komt|komen)\b|\bblijvend op\b|\bverhuis\w*",
    re.IGNORECASE,
)
#: a point that divides places among the holders of a permit: each gets his own decision
_TOEWIJZING = re.compile(
    r"\bindeling\b|\bstandplaats\w*|\bligplaats\w*|\bkra(?:am|men)\b|\bvergunninghouder\w*",
    re.IGNORECASE,
)


@regel(
    "WET-AANWIJZING",
    Thema.wet,
    "Plekken aanwijzen op grond van een verordening (een aanwijzingsbesluit)",
    """Wijst het college (of de burgemeester) plekken aan op grond van de APV of een andere
    verordening, zoals losloopgebieden voor honden of de plekken van containers, dan is dat een
    besluit (art. 1:3 Awb), geen beleid. Zo'n aanwijzing maakt een regel van de verordening
    concreet voor een plek. Daartegen staan dan meestal bezwaar en beroep open; de wet sluit
    beroep alleen uit tegen een algemene regel of een beleidsregel (art. 8:3 Awb). Het besluit
    wordt bekendgemaakt in het gemeenteblad (art. 3:42 Awb); daarna kan binnen zes weken bezwaar
    (art. 6:7 Awb). Dat geldt voor de plek als geheel, zoals de verplaatsing van een markt. Wie
    welke plek krijgt (de indeling van de kramen, een standplaats) beslist het college per
    vergunninghouder; dat besluit wordt hem toegestuurd (art. 3:41 Awb). pionieren zegt dit als feit als het vraagstuk zegt dat een orgaan plekken
    aanwijst op grond van een verordening (of de procedure aanwijzingsbesluit is). Beslist het
    college over de plek van iets in een vraagstuk over een verordening, dan zegt pionieren het
    voorwaardelijk: dat is vaak zo'n aanwijzing.""",
    ["awb-1-3", "awb-8-3", "awb-3-42", "awb-3-41", "awb-bezwaar"],
)
def aanwijzing(f: Feiten) -> list[Bevinding]:
    from pionieren.analysis.decision import (
        aanwijzing_genoemd,
        aanwijzing_regeling,
        afgeleide_beslissers,
    )

    v = f.vraagstuk
    if aanwijzing_genoemd(f):
        door = v.besluit.door if v.besluit else None
        return [
            bevinding(
                "WET-AANWIJZING",
                Ernst.let_op,
                "WET-AANWIJZING.besluit",
                # the period of bezwaar: art. 6:7 and 6:8 Awb, not 8:3 (review 56c, Duinmonde)
                bronnen=["awb-1-3", "awb-3-42", "awb-bezwaar"],
                wie="De burgemeester" if door is Beslisser.burgemeester else "Het college",
                regeling=aanwijzing_regeling(f) or "een verordening",
                besluit=v.kaders.besluit_uiterlijk.isoformat()
                if v.kaders.besluit_uiterlijk
                else "",
                einde=(v.kaders.besluit_uiterlijk + BEZWAARTERMIJN).isoformat()
                if v.kaders.besluit_uiterlijk
                else "",
            )
        ]
    # the sentences that name a verordening: a point is tied to one only when it shares a
    # content word with such a sentence (review 56a: the APV for the burgemeester's camera made
    # 'een plek' for jongeren read as an aanwijzing with bezwaar)
    zinnen = [
        z
        for z in re.split(r"(?<=[.;])\s+", " ".join([_tekst(f), v.aanleiding or ""]))
        if _VERORDENING.search(z)
    ]
    if f.procedure is not Procedure.verordening and not zinnen:
        return []

    def gekoppeld(onderwerp: str) -> bool:
        # the case says a body designates under the verordening ('het college wijst volgens
        # de marktverordening het marktterrein aan'), or the sentence is about this point
        woorden = re.findall(r"\w+", onderwerp.casefold())
        return f.procedure is Procedure.verordening or any(
            _AANWIJZEN.search(z)
            or gedeeld(kernwoorden(onderwerp), kernwoorden(z))
            # the verordening named after the point's subject: the marktverordening, the markt
            or any(
                w.startswith(stam)
                for stam in re.findall(r"(\w{3,})verordening", z.casefold())
                for w in woorden
            )
            for z in zinnen
        )

    hoofd = v.besluit.door if v.besluit else None
    kandidaten = [
        # the point's head, as 'Wie beslist' names it: 'de plek van de containers in elke buurt'
        text.kop(p.onderwerp)
        for p, afgeleid in zip(v.kaders.open, afgeleide_beslissers(f), strict=True)
        if (p.door or afgeleid or hoofd) is Beslisser.college
        and any(r.search(p.onderwerp) for r in (_PLEK, _VERPLAATSING, _TOEWIJZING))
    ]
    # the verordening is about these places when the case ties it to one of them (the stalls go
    # with the market of the marktverordening)
    if not any(gekoppeld(k) for k in kandidaten):
        return []
    # the place as a whole (the market moves) is the besluit van algemene strekking, published
    # in the gemeenteblad; the division among the holders (the indeling van de kramen) is a
    # decision sent to each of them (review 50b: the indeling was called the gemeenteblad one)
    punten = [k for k in kandidaten if not _TOEWIJZING.search(k)]
    individueel = [k for k in kandidaten if _TOEWIJZING.search(k)]
    if not kandidaten:
        return []
    # 'Wijst het college of de markt terugkeert aan' is no sentence: a yes/no question is
    # said as 'het besluit over de vraag of ...'
    vraag = any(text.klein(k).startswith("of ") for k in punten)
    return [
        bevinding(
            "WET-AANWIJZING",
            Ernst.let_op,
            "WET-AANWIJZING.punten",
            bronnen=["awb-1-3", "awb-3-42", "awb-bezwaar", *(["awb-3-41"] if individueel else [])],
            punten=[text.klein(k) for k in punten],
            over=text.over(punten) if vraag else "",
            individueel=text.over(individueel) if individueel else "",
        )
    ]


@regel(
    "WET-SUBSIDIE",
    Thema.wet,
    "Een subsidie: de regels van de Awb en de subsidieregeling",
    """Over een subsidie beslist het college volgens titel 4.2 van de Awb. Het mag alleen subsidie
    geven op grond van een regeling die zegt waarvoor subsidie kan, meestal de Algemene
    subsidieverordening (ASV) van de gemeente met een nadere regeling (art. 4:23 Awb; de wet kent
    uitzonderingen, zoals een subsidie die de begroting zelf noemt). Die regeling bepaalt hoe en
    wanneer iemand aanvraagt en wanneer het college beslist; de gesprekken horen daarvóór.
    Verhuurt de gemeente daarbij iets onder de kostprijs aan een organisatie die ook een
    onderneming kan zijn, dan kan de Wet markt en overheid gelden: de gemeente rekent dan ten minste
    de kosten door (art. 25i Mededingingswet), tenzij de raad de activiteit van algemeen belang
    verklaart (art. 25h). pionieren zegt dat laatste voorwaardelijk.""",
    ["awb-4-23", "mededingingswet-25i"],
)
def subsidie(f: Feiten) -> list[Bevinding]:
    if f.procedure is not Procedure.subsidie:
        return []
    v = f.vraagstuk
    tekst = " ".join([_tekst(f), v.aanleiding or ""])
    lage_huur = bool(_LAGE_HUUR.search(tekst))
    return [
        bevinding(
            "WET-SUBSIDIE",
            Ernst.let_op,
            lage_huur=lage_huur,
            bronnen=["awb-4-23", *(["mededingingswet-25i"] if lage_huur else [])],
        )
    ]


_LAGE_HUUR = re.compile(
    r"\b(?:lage|lagere|symbolische|gunstige|zachte|geringe)\s+huur\w*|"
    r"\bonder\s+de\s+(?:markt|kost)prijs|\bhuur\w*\s+(?:onder|beneden)\s+de\s+(?:markt|kost)|"
    r"\bgratis\s+(?:gebruik|huur)|\bom\s+niet\b",
    re.IGNORECASE,
)


def _feit_geldt(f: Feiten, feit: Wetfeit) -> bool:
    """Is the case about the law of this fact: its words name it, and the condition holds?"""
    if feit.bij == "planwijziging_op_verzoek" and not (
        f.initiatief_van_anderen
        and (f.procedure is Procedure.omgevingsplan or planwijziging_genoemd(f) is not None)
    ):
        return False
    tekst = " ".join([_tekst(f), f.vraagstuk.aanleiding or ""])
    if feit.niet and re.search(feit.niet, tekst, re.IGNORECASE):
        return False
    return bool(re.search(feit.herken, tekst, re.IGNORECASE))


def wetfeiten_voor(f: Feiten) -> list[Wetfeit]:
    """The legal facts of the knowledge whose law this case is about."""
    return [feit for feit in f.kennis.wetfeiten if _feit_geldt(f, feit)]


def noot_bij_vast(f: Feiten, punt: str) -> str:
    """The legal fact that sets a fixed point right, with its short citation, or '' (review
    57c: 'Winkels gaan op zondag nooit vóór 12.00 uur open ... (Zondagswet, artikel 4)' stood
    among the fixed points as if the law said so)."""
    for feit in wetfeiten_voor(f):
        if feit.vast and re.search(feit.vast, punt, re.IGNORECASE):
            return f"{feit.tekst.rstrip('.')} ({feit.kort})."
    return ""


def antwoord_op(f: Feiten, zorg: str) -> str:
    """The legal fact that answers this worry, with its short citation, or ''. A worry that
    names the law itself (the Wajong) is about it, also where the rest of the case is not."""
    for feit in f.kennis.wetfeiten:
        if not feit.zorg or not re.search(feit.zorg, zorg, re.IGNORECASE):
            continue
        if _feit_geldt(f, feit) or (feit.bij is None and re.search(feit.herken, zorg, re.I)):
            return f"{feit.tekst.rstrip('.')} ({feit.kort})."
    return ""


@regel(
    "WET-FEITEN",
    Thema.wet,
    "Wettelijke feiten die de procedure bepalen of een zorg beantwoorden",
    """pionieren kent een kleine lijst wettelijke feiten (wetfeiten.yaml), elk één zin met het
    artikel, nagegaan in de wettekst. Een feit telt alleen als de woorden van het vraagstuk over
    die wet gaan. Lijkt een zorg van het vraagstuk op wat een feit beantwoordt (zoals 'wordt het
    graf geruimd?'), dan krijgt die zorg het feit als antwoord, met de korte verwijzing: vraagt
    de rechthebbende verlenging van een grafrecht, dan moet de gemeente verlengen (art. 28 Wet op
    de lijkbezorging). De andere feiten staan bij de wettelijke aandachtspunten: een deel van de
    gemeentelijke begraafplaats voor een kerkgenootschap (het college stelt het ter beschikking,
    de gemeente houdt het beheer en overlegt over inrichting en gebruik, art. 39 Wet op de
    lijkbezorging); toeristische verhuur (registratie-, meld- of vergunningplicht in de
    huisvestingsverordening, een meld- of vergunningplicht alleen als die nodig is, hoofdstuk 3A
    Huisvestingswet 2014); en bij een wijziging van het omgevingsplan op verzoek van een
    initiatiefnemer het kostenverhaal, met een anterieure overeenkomst of bij beschikking (art.
    13.11 en 13.18 Omgevingswet). Bij leerlingenvervoer beantwoordt de wet de vraag of ouders
    zelf moeten rijden omdat de school van hun richting verder weg ligt: de gemeente bekostigt
    het vervoer naar de dichtstbijzijnde voor het kind toegankelijke school, en de verordening
    telt daarbij de richting die de ouders kiezen (art. 4 WPO). Een zorg over de Wajong, de WW of
    de WIA beantwoordt UWV, niet de gemeente (art. 30 Wet SUWI). Een wet met zo'n feit hoeft een
    jurist niet meer na te gaan.""",
    ["wlb-28", "wlb-39", "huisvestingswet-3a", "omgevingswet-13-11", "wpo-4", "suwi-30"],
)
def wetfeiten(f: Feiten) -> list[Bevinding]:
    return [
        bevinding("WET-FEITEN", Ernst.info, bronnen=list(feit.bronnen), tekst=feit.tekst)
        for feit in wetfeiten_voor(f)
        if feit.zorg is None
        # a fact that sets a fixed point right stands at that point (noot_bij_vast)
        and not (
            feit.vast
            and any(re.search(feit.vast, p, re.IGNORECASE) for p in f.vraagstuk.kaders.vast)
        )
    ]


def legal_hooks(f: Feiten, advies: Trede, fasen: Sequence[PlanFase] = ()) -> list[Bevinding]:
    from pionieren.analysis.roles import bevoegdheden

    aanwijzen = aanwijzing(f)
    eigen = renovatie(f) + verkeersbesluit(f) + kaders(f)
    # a certain aanwijzing treats the regulation it rests on (the APV); a conditional one, or
    # the subsidy rules, leave another named regulation open
    behandeld = bool(eigen) or any(b.sleutel == "WET-AANWIJZING.besluit" for b in aanwijzen)
    eigen += aanwijzen + subsidie(f)
    return (
        omgevingswet(f)
        + ruimtelijk(f)
        + participatieverordening(f)
        + regeling(f)
        + grondverkoop(f)
        + didam(f)
        + huisvesting(f)
        + peildatum(f)
        + wetfeiten(f)
        + terras(f)
        + gezondheidsgegevens(f)
        + clientenparticipatie(f)
        + referendum(f, advies)
        + uitdaagrecht(f)
        + eigen
        + bezwaar(f)
        + sluitstukken(f)
        + begroting(f, fasen)
        + anders(f, behandeld=behandeld or bool(bevoegdheden(f)))
    )


# what an initiator agrees with its neighbours on how the place is run
_BEHEER = re.compile(
    r"\b\w*(?:beheer|huisregel|aanspreekpunt|klacht|overlast)\w*|\bafspraken\b", re.IGNORECASE
)


@regel(
    "WET-VOORSCHRIFT",
    Thema.wet,
    "Afspraken over beheer vastleggen in de vergunning",
    """Beslist de initiatiefnemer zelf over afspraken met de buren over het beheer (huisregels,
    een aanspreekpunt, wat er gebeurt bij klachten), dan zijn die afspraken op zichzelf niet af te
    dwingen. Verleent het college een omgevingsvergunning, dan kan het zulke afspraken als
    voorschrift aan de vergunning verbinden, voor zover ze de fysieke leefomgeving beschermen
    (art. 5.34 Omgevingswet). pionieren zegt dat alleen bij een vergunning die het college
    verleent.""",
    ["omgevingswet-5-34"],
)
def voorschriften(f: Feiten, onderwerpen: list[OnderwerpAdvies]) -> list[Bevinding]:
    if f.procedure not in VERGUNNING:
        return []
    punten = [
        o.onderwerp.rstrip(".")
        for o in onderwerpen
        if o.open and o.door is Beslisser.initiatiefnemer and _BEHEER.search(o.onderwerp)
    ]
    if not punten:
        return []
    namen = [p.naam for p in f.vraagstuk.belanghebbenden if p.initiatiefnemer]
    return [
        bevinding(
            "WET-VOORSCHRIFT",
            Ernst.let_op,
            punten=punten,
            wie=namen[0] if len(namen) == 1 else "de initiatiefnemer",
        )
    ]

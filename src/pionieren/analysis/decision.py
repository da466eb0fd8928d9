"""Who decides, by which procedure, and which legal hooks follow (the decision model).

Why: the advice must never name the wrong decision-maker. pionieren takes the decision-maker
from the vraagstuk (``besluit.door``), or infers it from the procedure only where the law leaves
no doubt (a permit is granted by the college; a verordening is made by the raad). Otherwise it
says that it does not know, asks in the referentiekader, and keeps the advice conditional.
"""

from __future__ import annotations

import re

from pionieren.analysis.facts import PRIVAATRECHTELIJK_INGRIJPEND, VERGUNNING, Feiten, bevinding
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import BesluitAdvies, Bevinding, Ernst, Herkomst
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.models import Grondslag
from pionieren.vocabulary import Beslisser, Orgaan, Procedure, SoortBelanghebbende
from pionieren.woorden import gedeeld, kernwoorden

#: The decision-maker that the law fixes for a procedure; absent: it depends on the case.
ZEKER: dict[Procedure, Beslisser] = {
    Procedure.omgevingsvergunning_binnenplans: Beslisser.college,
    Procedure.omgevingsvergunning_buitenplans: Beslisser.college,
    Procedure.omgevingsplan: Beslisser.raad,
    Procedure.omgevingsvisie: Beslisser.raad,
    Procedure.verordening: Beslisser.raad,
    Procedure.begroting: Beslisser.raad,
    Procedure.uitdaagrecht_verzoek: Beslisser.college,
    Procedure.subsidie: Beslisser.college,
    Procedure.privaatrechtelijk: Beslisser.college,
    # art. 18 lid 1 onder d Wegenverkeerswet 1994: the college, for the gemeente's own roads;
    # a provincial road's section is a point the provincie decides (door: anders)
    Procedure.verkeersbesluit: Beslisser.college,
    Procedure.herindeling: Beslisser.wetgever,
}


def bijzondere_wet(f: Feiten, procedure: Procedure | None, naam: str = "") -> Grondslag | None:
    """The specific law the case names that is the basis of a decision of this kind
    (grondslagen.yaml): the Winkeltijdenwet for a verordening on koopzondagen. Named in the
    title, description, reason or kaders, or in ``naam`` (the name of the verordening)."""
    if procedure is None:
        return None
    v = f.vraagstuk
    tekst = " ".join(
        [
            naam,
            v.titel,
            v.omschrijving,
            v.aanleiding or "",
            *v.kaders.vast,
            *(p.onderwerp for p in v.kaders.open),
        ]
    )
    return next(
        (
            wet
            for wet in f.kennis.grondslagen.wetten
            if procedure in wet.procedures and re.search(wet.herken, tekst, re.IGNORECASE)
        ),
        None,
    )


def grondslag(f: Feiten, procedure: Procedure) -> list[str]:
    """The article that says who decides under this procedure (grondslagen.yaml), or the
    specific law the case names for it: a finding about the decider cites it, not a source on
    participation (review 27), and not the generic Gemeentewet where a specific law governs."""
    wet = bijzondere_wet(f, procedure)
    return list(wet.bronnen) if wet else f.kennis.grondslagen.voor(procedure)


@regel(
    "BESLUIT-WIE",
    Thema.rollen,
    "Wie beslist, en volgens welke procedure",
    """pionieren neemt de beslisser uit het vraagstuk (besluit.door). Staat die er niet, dan leidt
    pionieren hem alleen af als de wet geen twijfel laat: een omgevingsvergunning verleent het
    college; een omgevingsplan, omgevingsvisie, verordening of begroting stelt de raad vast; een
    verzoek onder het uitdaagrecht, een subsidie, een privaatrechtelijke handeling (zoals de
    verkoop van grond) of een verkeersbesluit over een weg van de gemeente is aan het college
    (over een weg van de provincie beslist de provincie); een herindeling beslist de wetgever. Zegt
    het vraagstuk dat een ander orgaan beslist (het algemeen bestuur van een gemeenschappelijke
    regeling over zijn eigen verordening, een waterschap, de provincie), dan volgt pionieren
    dat en verbetert het niet naar de raad of het college. In alle andere
    gevallen noemt pionieren geen beslisser, maar vraagt het ernaar. Zegt het vraagstuk dat het
    college een deel van het omgevingsplan vaststelt, dan volgt pionieren dat: de raad kan die
    bevoegdheid met een delegatiebesluit aan het college geven. Zegt het vraagstuk dat de raad
    dat deed, dan stelt het advies dat vast; anders vraagt het na te gaan of dat besluit er is. Vraagt een initiatief van
    anderen geld van de gemeente (een subsidie of bijdrage), dan doet het een voorstel om na te
    gaan: over die bijdrage beslist waarschijnlijk het college.""",
    [
        "gemeentewet-147",
        "gemeentewet-160",
        "gemeentewet-189",
        "omgevingswet-5-8",
        "omgevingswet-2-4",
        "omgevingswet-2-8",
        "omgevingswet-3-1",
        "gemeentewet-150",
        "wet-arhi",
        "wvw-18",
        "winkeltijdenwet-3",
    ],
)
def decide(f: Feiten) -> tuple[BesluitAdvies, list[Bevinding]]:
    v = f.vraagstuk
    opgegeven = v.besluit.door if v.besluit else None
    procedure = v.besluit.procedure if v.besluit else None
    if procedure in (None, Procedure.beleid, Procedure.uitvoering) and aanwijzing_genoemd(f):
        # 'het college wijst die gebieden aan op grond van de APV': a besluit, not policy
        procedure = Procedure.aanwijzingsbesluit
    wettelijk = ZEKER.get(procedure) if procedure else None
    bevindingen: list[Bevinding] = []
    if opgegeven is Beslisser.initiatiefnemer and wettelijk is Beslisser.college:
        # both are true: the initiator decides on its own plan, the college on the permit,
        # subsidy or agreement that the plan needs from the gemeente
        bevindingen.append(
            bevinding(
                "BESLUIT-WIE",
                Ernst.info,
                "BESLUIT-WIE.initiatiefnemer_en_college",
                bronnen=grondslag(f, procedure),  # type: ignore[arg-type]
                procedure=procedure.value,  # type: ignore[union-attr]
            )
        )
        door: Beslisser | None = wettelijk
        herkomst = Herkomst.wet
    elif opgegeven is Beslisser.college and procedure is Procedure.omgevingsplan:
        # art. 2.8 Omgevingswet: the raad can delegate setting parts of the omgevingsplan to the
        # college (a separate delegatiebesluit); follow the file and name the condition
        bevindingen.append(
            bevinding(
                "BESLUIT-WIE",
                Ernst.let_op,
                "BESLUIT-WIE.gedelegeerd",
                bronnen=["omgevingswet-2-8"],
                genoemd=delegatie_genoemd(f),
            )
        )
        door, herkomst = opgegeven, Herkomst.vraagstuk
    elif (
        opgegeven is not None
        and wettelijk is not None
        and opgegeven is not wettelijk
        # another body sets its own rules and plans (a gemeenschappelijke regeling's algemeen
        # bestuur, a waterschap, the provincie): the gemeente's legal decider does not apply
        and opgegeven is not Beslisser.anders
    ):
        bevindingen.append(
            bevinding(
                "BESLUIT-WIE",
                Ernst.waarschuwing,
                "BESLUIT-WIE.gecorrigeerd",
                bronnen=grondslag(f, procedure),  # type: ignore[arg-type]
                opgegeven=_wie(opgegeven),
                procedure=procedure.value.replace("_", " "),  # type: ignore[union-attr]
                wettelijk=_wie(wettelijk),
            )
        )
        door = wettelijk
        herkomst = Herkomst.wet
    elif opgegeven is not None:
        door, herkomst = opgegeven, Herkomst.vraagstuk
    elif wettelijk is not None:
        door, herkomst = wettelijk, Herkomst.wet
    else:
        door, herkomst = None, Herkomst.onbekend
        bevindingen.append(
            bevinding(
                "BESLUIT-WIE",
                Ernst.let_op,
                "BESLUIT-WIE.onbekend",
                # a question about the case; where a subsidy is asked for, the article that
                # makes the college the likely decider
                bronnen=["gemeentewet-160"] if _vraagt_bijdrage(f) else [],
                subsidie=_vraagt_bijdrage(f),
            )
        )
    return (
        BesluitAdvies(
            door=door,
            procedure=procedure,
            herkomst=herkomst,
            raad_bindend_advies=bool(v.besluit and v.besluit.raad_bindend_advies),
            participatie_verplicht=bool(v.besluit and v.besluit.participatie_verplicht),
            stukken_weken=_stukken_weken(f, door),
            termijn_vast=_termijn_vast(f),
            advies_aan=f.advies_aan,
            ander_orgaan=ander_orgaan(f, door),
        ),
        bevindingen,
    )


def ander_orgaan(f: Feiten, door: Beslisser | None) -> str:
    """The body outside the gemeente that decides, by the name the case gives it: the body the
    gemeente advises (besluit.advies_aan); else the body the case names (besluit.orgaan, also
    for a bestuurscommissie); else, when another body decides, the government
    body among the stakeholders marked initiatiefnemer, or the one party named for the open
    points that another body decides in the main decision; '' when the case names none.

    Why: 'Wie beslist: een ander orgaan dan de gemeente' where the case named the provincie
    (review 41, N826 door Zwiepveld)."""
    if f.advies_aan:
        return f.advies_aan
    v = f.vraagstuk
    if v.besluit and v.besluit.orgaan and door in (Beslisser.anders, Beslisser.bestuurscommissie):
        # the name the case gives the deciding body (besluit.orgaan): 'een ander orgaan dan de
        # gemeente' where the case named the algemeen bestuur of the afvalschap (review 44a)
        return v.besluit.orgaan
    if door is not Beslisser.anders:
        return ""
    initiatief = [
        b.naam
        for b in v.belanghebbenden
        if b.initiatiefnemer and b.soort is SoortBelanghebbende.overheid
    ]
    if len(initiatief) == 1:
        return initiatief[0]
    # only when every point another body decides names that one party: a point without a
    # party is the main decider's own (diftar: the colleges decide the kwijtschelding, the
    # algemeen bestuur of the afvalschap the rest; review 44 named the colleges)
    if any(p.door is None for p in v.kaders.open):
        return ""  # the main decider has points of its own: a named party is someone else
    anders = [p for p in v.kaders.open if p.door is Beslisser.anders and not p.na_besluit]
    partijen = {p.partij for p in anders}
    return (partijen.pop() or "") if len(partijen) == 1 else ""


_ZIENSWIJZE = re.compile(r"\bzienswijze", re.IGNORECASE)
_ALGEMEEN_BESTUUR = re.compile(r"^(?:het\s+)?algemeen\s+bestuur\s+", re.IGNORECASE)


def regeling_orgaan(f: Feiten) -> tuple[str, str]:
    """The body of a gemeenschappelijke regeling that decides, and the body that adopts the
    participatieplan: another body decides (besluit.door anders), the case names it, and the
    raden give a zienswijze on its draft (a moment or an open point of the raad that says
    'zienswijze'). Its dagelijks bestuur adopts the plan when the algemeen bestuur decides;
    else the body itself. ('', '') otherwise.

    Why: 'het college stelt het participatieplan vast' and 'de participatieverordening van uw
    gemeente' where the algemeen bestuur of an afvalschap of five gemeenten decides (review
    44a)."""
    v = f.vraagstuk
    if v.besluit is None or v.besluit.door is not Beslisser.anders or f.advies:
        return "", ""
    orgaan = ander_orgaan(f, Beslisser.anders)
    zienswijze = any(
        m.door is Orgaan.raad and _ZIENSWIJZE.search(m.wat) for m in v.momenten
    ) or any(p.door is Beslisser.raad and _ZIENSWIJZE.search(p.onderwerp) for p in v.kaders.open)
    if not orgaan or not zienswijze:
        return "", ""
    return orgaan, _ALGEMEEN_BESTUUR.sub("het dagelijks bestuur ", orgaan, count=1)


#: The law under which the gemeente advises, when the case names it: the source the advice
#: rests on. Only a law the case itself names; otherwise no article is cited.
_ADVIES_WET = (
    (
        re.compile(
            r"\bMediawet\b|\bCommissariaat voor de Media\b|\blokale (?:publieke )?omroep",
            re.IGNORECASE,
        ),
        "mediawet-2-62",
    ),
    (re.compile(r"\bgemeenschappelijke regeling\w*|\bWgr\b", re.IGNORECASE), "wgr-35"),
    (
        re.compile(
            r"\bontwerp[\w-]*(?:besluit|plan)\b|\binpassingsplan|\bprojectbesluit", re.IGNORECASE
        ),
        "awb-3-18",
    ),
)


def advies_bronnen(f: Feiten) -> list[str]:
    """The articles for an advice or zienswijze to another body, for the law the case names:
    the Mediawet 2008 (the raad advises the Commissariaat voor de Media), the Wet
    gemeenschappelijke regelingen (the raad's zienswijze on the draft begroting), or the
    public preparation of a draft decision of another body (afdeling 3.4 Awb)."""
    if not f.advies:
        return []
    v = f.vraagstuk
    tekst = " ".join(
        [
            v.titel,
            v.omschrijving,
            v.aanleiding or "",
            *v.kaders.vast,
            f.advies_aan,
            *(b.titel for b in v.bronnen),
        ]
    )
    return [bron for patroon, bron in _ADVIES_WET if patroon.search(tekst)][:1]


@regel(
    "BESLUIT-ADVIES",
    Thema.rollen,
    "Als de gemeente advies of een zienswijze geeft aan een ander orgaan",
    """Bij procedure ‘advies’ beslist de gemeente niet zelf: de raad of het college geeft advies
    of een zienswijze aan een ander orgaan, en dat orgaan beslist (besluit.advies_aan). Zo
    adviseert de raad het Commissariaat voor de Media over de lokale omroep (art. 2.62
    Mediawet 2008), geeft de raad een zienswijze op de ontwerpbegroting van een gemeenschappelijke
    regeling (art. 35 Wet gemeenschappelijke regelingen), en geven raad of college een zienswijze
    op een ontwerpplan of ontwerpbesluit van de provincie of het Rijk (afdeling 3.4 Awb). Het
    advies zegt dan: wie het advies geeft en wanneer, en wie daarna beslist; inwoners geven hun
    mening over het advies, en de toezegging gaat alleen over het advies. Het ander orgaan mag
    van het advies afwijken. De gemeente kan de kaders van dat besluit niet verruimen. Staan er
    partijen tegenover elkaar op hetzelfde punt, dan behandelt de gemeente hen gelijk (regel
    BELANG-GELIJK). pionieren leidt ‘advies’ nooit zelf af: een oud vraagstuk met procedure
    ‘anders’ blijft zoals het was.""",
    ["mediawet-2-62", "wgr-35", "awb-3-18", "ombudsman-inspraak-2009"],
)
def advies(f: Feiten, besluit: BesluitAdvies) -> list[Bevinding]:
    if not f.advies:
        return []
    if besluit.door is not None and not gemeente_beslist_door(besluit.door):
        # the advice is the gemeente's: door names who gives it, not who decides after it
        return [bevinding("BESLUIT-ADVIES", Ernst.waarschuwing, "BESLUIT-ADVIES.door", bronnen=[])]
    return [
        bevinding(
            "BESLUIT-ADVIES",
            Ernst.let_op,
            "BESLUIT-ADVIES.afwijken",
            # the law the case names; else the ombudsman on promising no more than is open
            bronnen=advies_bronnen(f) or ["ombudsman-inspraak-2009"],
            wie=_wie(besluit.door) if besluit.door else "de gemeente",
            aan=f.advies_aan,
        )
    ]


#: 'Het college wijst die gebieden aan op grond van de APV', 'de burgemeester wijst ... aan
#: krachtens de verordening': a body designates places under a regulation, now.
_AANWIJZING = re.compile(
    r"\b(?:wijst|wijzen)\b[^.;]{0,160}?\baan\s+(?:op\s+grond\s+van|krachtens)\s+"
    r"(?:de|het|een|haar|zijn)\s+(?P<naam>APV|[\w-]*verordening\w*)\b|\baanwijzingsbesluit",
    re.IGNORECASE,
)


_DELEGATIE = re.compile(
    r"\b(?:ge)?deleg(?:atie|eer|eerd|eren|eerde|eerden)\w*"
    # 'de raad heeft die bevoegdheid in 2024 aan het college gegeven' (review 45a)
    r"|\bbevoegdheid\b[^.;]{0,60}?\baan het college\b[^.;]{0,20}?"
    r"\b(?:gegeven|overgedragen|gaf|droeg)\b",
    re.IGNORECASE,
)


def delegatie_genoemd(f: Feiten) -> bool:
    """Does the case itself say the power was delegated ('de raad delegeerde het aanwijzen van
    gemeentelijke monumenten aan het college')? Then the advice states it instead of asking."""
    v = f.vraagstuk
    return any(
        _DELEGATIE.search(t) and not re.search(r"\b(?:niet|geen)\b", t, re.IGNORECASE)
        for t in _ZIN.split(" ".join([v.omschrijving, *v.kaders.vast]))
    )


def aanwijzing_genoemd(f: Feiten) -> bool:
    """Does the case say, in the present tense, that a body designates places under a
    regulation (an aanwijzing under the APV or another verordening)?

    Why: 'het college wijst die gebieden aan op grond van de APV' was reported as 'een
    beleidsbesluit'; it is a besluit open to bezwaar (review 28a)."""
    if f.procedure is Procedure.aanwijzingsbesluit:
        return True
    v = f.vraagstuk
    tekst = " ".join([v.omschrijving, *v.kaders.vast])
    return any(not _VERLEDEN.search(zin) for zin in _aanwijzing_zinnen(tekst))


_VERLEDEN = re.compile(r"\b(?:wees|wezen|aangewezen|niet|geen)\b", re.IGNORECASE)


def _aanwijzing_zinnen(tekst: str) -> list[str]:
    return [zin for zin in _ZIN.split(tekst) if _AANWIJZING.search(zin)]


def aanwijzing_regeling(f: Feiten) -> str:
    """The regulation the aanwijzing rests on, as the case names it ('de APV'), or ''."""
    v = f.vraagstuk
    for zin in _aanwijzing_zinnen(" ".join([v.omschrijving, *v.kaders.vast])):
        m = _AANWIJZING.search(zin)
        if m and m.group("naam"):
            return f"de {m.group('naam')}"
    return ""


_BIJDRAGE = re.compile(r"\b(?:subsidie\w*|bijdrage\w*|draagt\s+\w*\s*bij)", re.IGNORECASE)


def _vraagt_bijdrage(f: Feiten) -> bool:
    """Is this an initiative of others that asks the gemeente for money (a subsidy or a
    contribution)? Then the college most likely decides on that money (art. 160 Gemeentewet,
    titel 4.2 Awb), unless the raad kept it for itself: a proposal to check, not a fact.

    Why: 'Dat staat nog niet vast' with no likely decider left the reader guessing (review 26,
    schoolplein)."""
    v = f.vraagstuk
    if v.initiatiefnemer.value == "gemeente":
        return False
    tekst = " ".join([v.omschrijving, v.aanleiding or "", *v.kaders.vast])
    return bool(_BIJDRAGE.search(tekst))


def _termijn_vast(f: Feiten) -> bool:
    """A statutory decision period (permits) or one from the verordening (uitdaagrecht) is hard."""
    v = f.vraagstuk
    if v.besluit and v.besluit.termijn_vast is not None:
        return v.besluit.termijn_vast
    # a referendum the case already set on a date (an election day) fixes the calendar around it
    referendum = any(w.id.startswith("referendum") and w.periode for w in v.werkvormen)
    return f.procedure in VERGUNNING or f.procedure is Procedure.uitdaagrecht_verzoek or referendum


def _stukken_weken(f: Feiten, door: Beslisser | None) -> int:
    """Weeks before the decision that the proposal must be ready."""
    v = f.vraagstuk
    if v.besluit and v.besluit.stukken_weken is not None:
        return v.besluit.stukken_weken
    if door is Beslisser.raad:
        return 6
    if door is Beslisser.wetgever or f.procedure in VERGUNNING:
        # a permit: the participation is done before the application, and the college decides
        # within the statutory period of eight weeks (art. 16.64 Omgevingswet); that also leaves
        # room for the raad's wensen en bedenkingen on a lease that goes with it
        return 8
    if door is Beslisser.college and f.wensen_en_bedenkingen:
        # before the college signs, the raad can give wensen en bedenkingen (art. 169 lid 4
        # Gemeentewet): the draft goes to the raad in its own cycle
        return 6
    return 2


def _wie(door: Beslisser) -> str:
    return BESLISSER_NAAM[door]


BESLISSER_NAAM = {
    Beslisser.raad: "de gemeenteraad",
    Beslisser.college: "het college van B en W",
    Beslisser.burgemeester: "de burgemeester",
    Beslisser.bestuurscommissie: "de bestuurscommissie (stadsdeel- of gebiedscommissie)",
    Beslisser.initiatiefnemer: "de initiatiefnemer",
    Beslisser.wetgever: "de wetgever (regering en parlement)",
    # 'partij', not 'orgaan': who decides may be another bestuursorgaan (the provincie, a
    # waterschap) but also an organisation that decides its own matters (a schoolbestuur, a
    # corporatie, a kerkbestuur), which is no orgaan at all (review 50b)
    Beslisser.anders: "een andere partij dan de gemeente",
}


GEMEENTE = (Beslisser.raad, Beslisser.college, Beslisser.burgemeester, Beslisser.bestuurscommissie)


def gemeente_beslist_door(door: Beslisser) -> bool:
    """Is this a body of the gemeente?"""
    return door in GEMEENTE


#: the tail of a point that asks who pays for it: 'of het dorp een eigen peilvak krijgt, en wie
#: wat betaalt'
_EN_WIE_BETAALT = re.compile(
    r",?\s+en\s+(?:wie\s+(?:wat\s+)?(?:betaalt|bijdraagt|meebetaalt)|hoeveel\s+de\s+gemeente\s+"
    r"(?:bijdraagt|betaalt|meebetaalt)|of\s+de\s+gemeente\s+(?:meebetaalt|bijdraagt))\b.*$",
    re.IGNORECASE | re.DOTALL,
)


def alleen_bijdrage(onderwerp: str, door: Beslisser | None, besluit: BesluitAdvies) -> str:
    """A point that asks whether something comes and who pays for it, given to a body of the
    gemeente while a party outside the gemeente takes the main decision: the gemeente decides
    only its own contribution; whether it comes is that party's (review 56b: 'of het dorp een
    eigen peilvak krijgt, en wie wat betaalt' is set in the waterschap's peilbesluit, the
    college decides whether the gemeente pays a share). The question without the money part,
    or '' when this does not hold."""
    if door is None or not gemeente_beslist_door(door):
        return ""
    if besluit.door is None or gemeente_beslist_door(besluit.door):
        return ""
    gevonden = _EN_WIE_BETAALT.search(onderwerp)
    if gevonden is None:
        return ""
    return onderwerp[: gevonden.start()].rstrip(" ,.;")


#: the gemeente acts jointly with other gemeenten: 'samen met vier buurgemeenten',
#: 'met de andere gemeenten in de regio'
_SAMEN_MET_GEMEENTEN = re.compile(
    r"\b(?:het\s+college|de\s+(?:gemeente)?raad|de\s+gemeente|de\s+burgemeester)\b[^.;]{0,80}?"
    r"\b(?:samen\s+)?met\s+(?P<wie>(?:de\s+)?(?:\w+\s+){0,2}(?:buur|regio|andere\s+)?gemeenten)\b",
    re.IGNORECASE,
)


def samen_met_gemeenten(v: Vraagstuk, onderwerp: str) -> str:
    """The other gemeenten a point is decided with, when the case says the gemeente does that
    matter jointly with them (a sentence about it that shares a content word with the point):
    'vier buurgemeenten', or ''. Then one college alone cannot commit to what it holds (review
    56d, Beerzelo: the tender with four buurgemeenten read as the college's own)."""
    zinnen = re.split(r"(?<=[.;])\s+", " ".join([v.omschrijving, *v.kaders.vast]))
    woorden = kernwoorden(onderwerp)
    aanbesteding = bool(_AANBESTEDING.search(onderwerp))
    for z in zinnen:
        gevonden = _SAMEN_MET_GEMEENTEN.search(z)
        if gevonden and (
            gedeeld(woorden, kernwoorden(z)) or (aanbesteding and _AANBESTEDING.search(z))
        ):
            return gevonden.group("wie")
    return ""


#: a tender: 'de aanbesteding', 'besteedt het vervoer aan', 'schrijft de vervoerder aan'
_AANBESTEDING = re.compile(
    r"\baanbeste\w*|\bbestek\b|\b(?:besteedt|besteden|schrijft|schrijven)\b[^.;]{0,80}\baan\b",
    re.IGNORECASE,
)


def gemeente_beslist(besluit: BesluitAdvies) -> bool | None:
    """True when a gemeente body decides, False when not, None when unknown."""
    if besluit.door is None:
        return None
    return gemeente_beslist_door(besluit.door)


@regel(
    "BESLUIT-BOPA",
    Thema.wet,
    "Buitenplanse omgevingsplanactiviteit: bindend advies en verplichte participatie",
    """Bij een omgevingsvergunning voor een buitenplanse omgevingsplanactiviteit beslist het
    college, maar de raad kan gevallen aanwijzen waarin hij bindend adviseert (art. 16.15a
    Omgevingswet) en waarin participatie door de aanvrager verplicht is (art. 16.55 lid 7). Bij
    een binnenplanse vergunning kan dat niet: daar is participatie een aanvraagvereiste zonder
    weigeringsgrond.""",
    ["omgevingswet-16-15a", "omgevingswet-16-55", "omgevingsregeling-7-4"],
)
def bopa(f: Feiten, besluit: BesluitAdvies) -> list[Bevinding]:
    if besluit.procedure is Procedure.omgevingsvergunning_buitenplans:
        return [
            bevinding(
                "BESLUIT-BOPA",
                Ernst.let_op,
                "BESLUIT-BOPA.buitenplans",
                bindend_advies=besluit.raad_bindend_advies,
                verplicht=besluit.participatie_verplicht,
            )
        ]
    if besluit.procedure is Procedure.omgevingsvergunning_binnenplans:
        return [bevinding("BESLUIT-BOPA", Ernst.info, "BESLUIT-BOPA.binnenplans")]
    return []


@regel(
    "BESLUIT-BUITEN-GEMEENTE",
    Thema.wet,
    "Als niet de gemeente beslist",
    """Beslist de wetgever (zoals bij een herindeling) of de initiatiefnemer zelf, dan kan de
    gemeente geen invloed beloven die zij niet heeft. De gemeente zegt dan wat zij wel doet:
    een zienswijze, een advies of een herindelingsadvies vaststellen, of het initiatief
    faciliteren. Is de initiatiefnemer een andere overheid (provincie, waterschap, Rijk), dan
    organiseert die de participatie over haar eigen besluit; de gemeente beslist over haar eigen
    deel en kan een zienswijze of advies geven. Een referendum of peiling is dan een mening, geen
    besluit.""",
    ["wet-arhi", "rob-loslaten-2012", "ombudsman-inspraak-2009"],
)
def buiten_gemeente(f: Feiten, besluit: BesluitAdvies) -> list[Bevinding]:
    if besluit.door is Beslisser.wetgever:
        return [
            bevinding(
                "BESLUIT-BUITEN-GEMEENTE",
                Ernst.waarschuwing,
                "BESLUIT-BUITEN-GEMEENTE.wetgever",
                bronnen=["wet-arhi", "ombudsman-inspraak-2009"],
            )
        ]
    if besluit.door is Beslisser.initiatiefnemer and f.initiatief_van_overheid:
        # another government decides its own plan: no permit or subsidy of a private initiator
        return [
            bevinding(
                "BESLUIT-BUITEN-GEMEENTE",
                Ernst.info,
                "BESLUIT-BUITEN-GEMEENTE.overheid",
                bronnen=["ombudsman-inspraak-2009"],
                naam=f.overheid_initiatiefnemer,
            )
        ]
    if besluit.door is Beslisser.initiatiefnemer:
        return [
            bevinding(
                "BESLUIT-BUITEN-GEMEENTE",
                Ernst.info,
                "BESLUIT-BUITEN-GEMEENTE.initiatiefnemer",
                # the herindeling law is for the wetgever's case, not an initiator's plan
                bronnen=["rob-loslaten-2012"],
            )
        ]
    return []


# Who decides one open point, from the case's own words. A sentence of the omschrijving or
# aanleiding counts when one body of the gemeente decides in it, in the present tense: "het
# college werkt het uitvoeringsplan uit", "de raad besluit over de verordening", "daarna kiest
# de raad". A past decision ("de raad besloot in 2025"), a proposal ("het college stelt voor"),
# a condition ("als de raad besluit") or a negation says nothing certain about who decides now.
_ORGAAN = (
    r"(?P<wie{n}>het\s+college(?:\s+van\s+(?:B\s+en\s+W|burgemeester\s+en\s+wethouders))?"
    r"|de\s+(?:gemeente)?raad|de\s+burgemeester)"
)
_BESLIST = r"(?P<werk{n}>werkt|stelt|legt|beslist|besluit|bepaalt|kiest)"
_ONDERWERP_EERST = re.compile(
    r"\b" + _ORGAAN.format(n=1) + r"(?:\s+[a-zà-ÿ]+){0,2}?\s+" + _BESLIST.format(n=1) + r"\b",
    re.IGNORECASE,
)
_WERKWOORD_EERST = re.compile(
    r"\b" + _BESLIST.format(n=2) + r"(?:\s+[a-zà-ÿ]+)?\s+" + _ORGAAN.format(n=2) + r"\b",
    re.IGNORECASE,
)
# a verb that decides only with its particle: 'werkt ... uit', 'stelt/legt ... vast'
_DEELWOORD = {"werkt": r"\buit\b", "stelt": r"\bvast\b", "legt": r"\bvast\b"}
_NIET_ZEKER = re.compile(
    r"^\s*(?:als|indien|wanneer|zodra|mocht)\b|\b(?:niet|geen|nooit|niets|voor\s+aan)\b"
    r"|\bstelt\s+(?:\w+\s+){0,4}voor\b",
    re.IGNORECASE,
)
# working out options for someone else to choose prepares a decision, it takes none ('het
# college werkt twee mogelijkheden uit' while the raad chooses; review 42)
_VOORBEREIDEN = re.compile(
    r"\b(?:mogelijkheden|scenario'?s|varianten|opties|alternatieven)\b", re.IGNORECASE
)
_WIE_ZIN = re.compile(r"\bwie\b[^,.;:]*", re.IGNORECASE)
_ZIN = re.compile(r"(?<=[.;!?])\s+")
_WOORD = re.compile(r"[a-zà-ÿ]+")
# words of four letters or more that say nothing about what a point is about
_LEGE_WOORDEN = """
    aan alle als ander andere besluit besluiten beslist binnen bepaalt buiten college daar
    daarna dan deze die door elke gaan gaat gemeente gemeenteraad hebben heeft hier hoe
    hoogstens hun iedere inwoners keuze kiest komen komt kunnen later legt maar meer mensen
    minstens moet moeten mogen naar niet nog onder over raad stelt tegen tussen vast voor
    waar want welke werkt wethouder wordt worden zelf zijn zullen burgemeester eerst straks
"""
_LEEG = frozenset(_LEGE_WOORDEN.split())


def _inhoud(tekst: str) -> list[str]:
    return [w for w in _WOORD.findall(tekst.casefold()) if len(w) >= 4 and w not in _LEEG]


def _zelfde(a: str, b: str) -> bool:
    """Equal, or a compound that begins or ends with the other word ('hulp', 'hulpregeling')."""
    kort, lang = (a, b) if len(a) <= len(b) else (b, a)
    return lang == kort or lang.startswith(kort) or lang.endswith(kort)


def _overlap(punt: str, zin: str) -> int:
    zinwoorden = _inhoud(zin)
    return sum(1 for w in set(_inhoud(punt)) if any(_zelfde(w, z) for z in zinwoorden))


def _beslisser_in_zin(zin: str) -> Beslisser | None:
    """The one body that decides in this sentence, now; None when none or more than one."""
    # 'voor wie het niet zelf kan' names a group, it does not negate the decision
    if _NIET_ZEKER.search(_WIE_ZIN.sub("", zin)):
        return None
    gevonden: set[Beslisser] = set()
    for m in [*_ONDERWERP_EERST.finditer(zin), *_WERKWOORD_EERST.finditer(zin)]:
        wie = (m.group("wie1") if m.re is _ONDERWERP_EERST else m.group("wie2")).casefold()
        werk = (m.group("werk1") if m.re is _ONDERWERP_EERST else m.group("werk2")).casefold()
        deel = _DEELWOORD.get(werk)
        if deel is not None and not re.search(deel, zin[m.end() :], re.IGNORECASE):
            continue
        if werk == "werkt" and _VOORBEREIDEN.search(zin[m.end() :]):
            continue
        if "college" in wie:
            gevonden.add(Beslisser.college)
        elif "burgemeester" in wie:
            gevonden.add(Beslisser.burgemeester)
        else:
            gevonden.add(Beslisser.raad)
    return gevonden.pop() if len(gevonden) == 1 else None


def afgeleide_beslissers(f: Feiten) -> list[Beslisser | None]:
    """Per open point without ``door``: who decides it according to the case text, only where
    that is certain; None otherwise (and for every point that names its own ``door``).

    A sentence in which one body decides counts for the open points it says most about (its
    key words; ties count for each, unless one of them already names that body). A point is derived only when the sentences that count for
    it all name the same body.

    Why: every open point hung on the main decision, so the raad 'promised' something on the
    places of containers that the college decides in its uitvoeringsplan (review 27)."""
    v = f.vraagstuk
    open_ = v.kaders.open
    zinnen = [
        (zin, wie)
        for tekst in (v.omschrijving, v.aanleiding or "")
        for zin in _ZIN.split(tekst)
        if (wie := _beslisser_in_zin(zin)) is not None
    ]
    steun: list[set[Beslisser]] = [set() for _ in open_]
    for zin, wie in zinnen:
        scores = [_overlap(p.onderwerp, zin) for p in open_]
        beste = max(scores, default=0)
        if beste == 0:
            continue
        beste_punten = [i for i, score in enumerate(scores) if score == beste]
        # a point the case gives to this body itself claims the sentence: the other point
        # that only shares a word with it learns nothing ('de tarieventabel stelt het college
        # vast' is about the tarieventabel, not about how the raad divides the tarieven)
        eigen = [i for i in beste_punten if open_[i].door is wie]
        for i in eigen or beste_punten:
            steun[i].add(wie)
    return [
        next(iter(s)) if len(s) == 1 and punt.door is None else None
        for punt, s in zip(open_, steun, strict=True)
    ]


_UITVOERING = re.compile(
    # not 'regeling' alone: an overgangsregeling or hardheidsclausule is the verordening's own
    r"\b(?:\w*uitvoering\w*|plek|plekken|plaats|plaatsen|\w*locaties?|hulpregeling|inrichting)\b",
    re.IGNORECASE,
)


@regel(
    "BESLUIT-PUNT",
    Thema.rollen,
    "Wie over elk open onderwerp beslist",
    """Niet elk open onderwerp hangt aan het hoofdbesluit. Noemt het vraagstuk bij een punt geen
    beslisser (door), dan leidt pionieren die alleen af als de omschrijving of aanleiding het
    zeker zegt: in een zin waarin één orgaan nu beslist ('het college werkt het uitvoeringsplan
    uit', 'de raad besluit over de verordening'), en die over dat punt gaat. Het advies zegt
    dan 'volgens de omschrijving' en vraagt het punt zelf in te vullen. Is het niet zeker, en
    beslist de raad via een verordening of de begroting terwijl een punt over de uitvoering
    gaat (een plek, een locatie, een hulpregeling, de inrichting), dan houdt pionieren de raad aan
    en vraagt het in het referentiekader na te gaan of niet het college beslist: de uitvoering is
    aan het college (art. 160 Gemeentewet). Alleen wie een punt beslist, doet daar de
    toezegging; een toezegging die een punt met zijn eigen woorden noemt, geldt voor dat punt.""",
    ["gemeentewet-160", "gemeentewet-147"],
)
def punt_beslissers(
    f: Feiten, besluit: BesluitAdvies
) -> tuple[list[Beslisser | None], list[Bevinding]]:
    """The derived decider per open point, and the finding that asks to fill it in."""
    afgeleid = afgeleide_beslissers(f)
    open_ = f.vraagstuk.kaders.open
    bevindingen: list[Bevinding] = []
    for wie in dict.fromkeys(w for w in afgeleid if w is not None and w is not besluit.door):
        bevindingen.append(
            bevinding(
                "BESLUIT-PUNT",
                Ernst.info,
                "BESLUIT-PUNT.afgeleid",
                punten=[
                    p.onderwerp.rstrip(".")
                    for p, w in zip(open_, afgeleid, strict=True)
                    if w is wie
                ],
                wie=_wie(wie),
                door=wie.value,
            )
        )
    return afgeleid, bevindingen


#: A point on what inwoners pay the gemeente for a service or a tax: leges, a heffing or
#: belasting, or who gets a service for free and what others pay.
_TARIEF = re.compile(
    # not a plain 'tarief' (a regiotaxi's fare is no levy) nor an 'ontheffing' (an exemption)
    r"\bleges\b|\b(?!ont)\w*(?:heffing|belasting)(?:en)?\b|\bretributie\w*"
    r"|\bgratis\b[^.;]*\bbetal\w*",
    re.IGNORECASE,
)
_GEEN_TARIEF = re.compile(r"\bbelastingdienst\b|\bbelasting voor (?:de )?(?:omgeving|milieu)", re.I)


def tarief_punt(onderwerp: str) -> bool:
    """Is this open point about leges, a tarief or a tax the gemeente levies (who pays what
    for a municipal service)?"""
    return bool(_TARIEF.search(onderwerp)) and not _GEEN_TARIEF.search(onderwerp)


@regel(
    "BESLUIT-TARIEF",
    Thema.rollen,
    "Leges en belastingen stelt de raad vast",
    """Gaat een open punt over wat inwoners de gemeente betalen (leges, een heffing of
    belasting, of wie een dienst gratis krijgt en wat anderen betalen), en noemt het
    vraagstuk bij dat punt geen beslisser, dan beslist de gemeenteraad, ook als het college of
    de burgemeester het hoofdbesluit neemt. Gemeentelijke belastingen en rechten zoals leges
    worden alleen geheven krachtens een verordening van de raad (art. 216 en 229 Gemeentewet).
    Het college kan een voorstel doen; meer ruimte op zo'n punt vraagt dus een besluit van de
    raad, niet van het college. Geeft het vraagstuk het punt zelf aan het college (een
    tarieventabel die de raad aan het college liet), dan geldt dat. Een los tarief (de rit van
    een regiotaxi) of een ontheffing is geen heffing: daar blijft wie het vraagstuk noemt.""",
    ["gemeentewet-229", "gemeentewet-216"],
)
def tarief_beslissers(
    f: Feiten, besluit: BesluitAdvies
) -> tuple[list[Beslisser | None], list[Bevinding]]:
    """The raad for each open point without ``door`` on leges, tarieven or a tax, when another
    body of the gemeente takes the main decision; None for the other points."""
    open_ = f.vraagstuk.kaders.open
    if besluit.door not in (Beslisser.college, Beslisser.burgemeester, Beslisser.bestuurscommissie):
        return [None for _ in open_], []
    uit: list[Beslisser | None] = [
        Beslisser.raad if p.door is None and tarief_punt(p.onderwerp) else None for p in open_
    ]
    punten = [p.onderwerp.rstrip(".") for p, w in zip(open_, uit, strict=True) if w]
    if not punten:
        return uit, []
    return uit, [
        bevinding(
            "BESLUIT-TARIEF",
            Ernst.info,
            punten=punten,
            bronnen=["gemeentewet-229", "gemeentewet-216"],
        )
    ]


def twijfel_punten(f: Feiten, besluit: BesluitAdvies) -> list[str]:
    """The open points without a decider that read as implementation while the raad decides
    by a verordening or the begroting: the referentiekader asks who decides them."""
    if besluit.door is not Beslisser.raad or besluit.procedure not in (
        Procedure.verordening,
        Procedure.begroting,
    ):
        return []
    return [
        p.onderwerp.rstrip(".")
        for p in f.vraagstuk.kaders.open
        if p.door is None and _UITVOERING.search(p.onderwerp)
    ]


#: A sentence of the case's own text in which the gemeente (or one of its bodies) decides on
#: something: 'De gemeente Waalhoven beslist over een fietspad …, en de ommetjes in de
#: uiterwaard'. The group holds what it decides on.
_GEMEENTE_BESLIST = re.compile(
    r"\b(?:gemeente(?:raad)?|raad|college|burgemeester)\b(?:\s+[A-Z][\w-]*)?"
    r"\s+(?:beslist|besluit|gaat)\s+(?:zelf\s+)?over\b([^.;]*)",
    re.IGNORECASE,
)
_NIET = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)
_ANDERE_ZIN = re.compile(r",\s*(?:maar|terwijl|want|omdat|zodat|als|dan)\b", re.IGNORECASE)


def tegenspraak_beslisser(f: Feiten) -> list[dict[str, str]]:
    """The open points whose own decider (``door``) is another party than the gemeente, while
    the case's description says the gemeente decides on them (it names the point's words after
    'de gemeente beslist over'). The report copies neither: the first conversation asks which
    is right (review 51a: the ommetjes under the gemeente in the Achtergrond, under
    Rijkswaterstaat in the table)."""
    v = f.vraagstuk
    tekst = " ".join([v.omschrijving, v.aanleiding or ""])
    zinnen = re.split(r"(?<=[.!?])\s+", tekst)
    over_ = [
        # what it decides on ends where another clause begins ('…, maar de raad …')
        kernwoorden(_ANDERE_ZIN.split(m.group(1))[0])
        for z in zinnen
        for m in _GEMEENTE_BESLIST.finditer(z)
        if not _NIET.search(z[: m.end()])
    ]
    uit = []
    for p in v.kaders.open:
        if p.door is None or gemeente_beslist_door(p.door) or p.door is Beslisser.wetgever:
            continue
        if any(gedeeld(kernwoorden(p.onderwerp), woorden) for woorden in over_):
            uit.append(
                {"onderwerp": p.onderwerp.rstrip("."), "veld": p.partij or BESLISSER_NAAM[p.door]}
            )
    return uit


#: The budget moments in spring and summer, before the begroting of the autumn.
_BEGROTINGSMOMENT = re.compile(r"\b(kadernota|voorjaarsnota)\b", re.IGNORECASE)


def begrotingsmoment(v: Vraagstuk) -> str | None:
    """'kadernota' or 'voorjaarsnota': a decision by procedure ``begroting`` due in spring or
    summer (March to July) is taken at that moment, not at the begroting of the autumn; the
    report names the instrument the case itself names (in its title, description, moments or
    reason, in that order). None otherwise.

    Why: review 48e: 'De gemeenteraad, via de begroting, uiterlijk 8 juli' where 8 July is the
    kadernota and the begroting follows in November."""
    if v.besluit is None or v.besluit.procedure is not Procedure.begroting:
        return None
    datum = v.kaders.besluit_uiterlijk
    if datum is None or not 3 <= datum.month <= 7:
        return None
    for tekst in (v.titel, v.omschrijving, *(m.wat for m in v.momenten), v.aanleiding or ""):
        gevonden = _BEGROTINGSMOMENT.search(tekst or "")
        if gevonden:
            return gevonden.group(1).lower()
    return None


#: The gemeente's own building or property (a kazerne, a school building 'van de gemeente').
_VASTGOED = re.compile(
    r"\b\w*(?:gebouw|pand|panden|vastgoed|accommodatie|kazerne)\b", re.IGNORECASE
)
_VAN_GEMEENTE = re.compile(
    r"\bvan de gemeente\b|\bgemeentelijke?\b|\beigendom van de gemeente\b", re.IGNORECASE
)


def vastgoed_van_gemeente(onderwerp: str) -> bool:
    """Is this open point the future of the gemeente's own building: its sale, lease or
    transfer? That is the college's act (art. 160 lid 1 sub e Gemeentewet), on which the raad
    sets kaders or gives wensen en bedenkingen (art. 169 lid 4), not a decision of the raad.

    Why: 'de gemeenteraad beslist zelf over wat er met het kazernegebouw gebeurt' (review 54b,
    Hunsewold)."""
    if not _VASTGOED.search(onderwerp):
        return False
    return bool(_VAN_GEMEENTE.search(onderwerp) or PRIVAATRECHTELIJK_INGRIJPEND.search(onderwerp))

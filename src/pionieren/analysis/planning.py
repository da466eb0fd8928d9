"""The process on the real calendar: phases between today and the decision, and after it.

How the plan is made:
1. the phases before the decision (voorbereiden, ophalen, verdiepen, toetsen) run in order, each
   as long as its slowest werkvorm; weeks in the school holidays of the
   gemeente's region (all regions when the vraagstuk does not say) do not count as working weeks;
2. they must end before the deadline for the proposal (``besluit.stukken_weken`` before the
   decision; 6 weeks for the raad, 2 for the college by default);
3. with time to spare, phases take the longer duration of their werkvormen and the plan says
   how late the work can start; with too little, the toetsen phase goes first, then the
   phases shrink to their shortest duration, and only then the plan says how many weeks are
   short and which date would fit;
4. terugkoppeling follows the decision, the uitvoering runs on the dates the vraagstuk gives,
   and the evaluation follows delivery (or half a year after the decision).
Pure: the date comes in as an argument.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from pionieren.analysis.decision import ander_orgaan, regeling_orgaan
from pionieren.analysis.facts import VERGUNNING, Feiten, bevinding, hoog_of_middel
from pionieren.analysis.planning_ritme import (
    lopende_maatregel,
    maanden_later,
    ritme_data,
    ritme_maanden,
    ritme_woorden,
)
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst, PlanFase, Tekstdeel, deel
from pionieren.input.hints import data_in_tekst, plek
from pionieren.input.model import Moment
from pionieren.knowledge.feestdagen import carnaval, feestdag, vrije_dag, werkdag_na, werkdag_voor
from pionieren.knowledge.models import Vakantie, Werkvorm
from pionieren.text import TELWOORD, orgaan_kop
from pionieren.vocabulary import (
    Beslisser,
    Houding,
    Modus,
    Orgaan,
    Organisator,
    Procedure,
    Procesfase,
    Status,
    Trede,
    Vakantieregio,
)

WEEK = timedelta(days=7)
VOOR_BESLUIT = (Procesfase.ophalen, Procesfase.verdiepen, Procesfase.toetsen)
BLOKKEREND = (
    "herfstvakantie",
    "kerstvakantie",
    "voorjaarsvakantie",
    "meivakantie",
    "zomervakantie",
    "ramadan",
)
"""Every school holiday: families are away, and in the south the voorjaarsvakantie is carnaval.
And a period the case asks to respect and dates (rule PLAN-PERIODE)."""


@dataclass
class Blok:
    """A phase to place: its werkvormen and their shortest and longest duration in weeks."""

    fase: Procesfase
    werkvormen: list[str]
    min_weken: int
    max_weken: int
    weglaatbaar: bool = False
    vast: bool = False
    """Holds the case's own instrument (a zienswijze, a referendum): never shorter than it needs."""
    namen: list[str] = field(default_factory=list)
    """The names of its werkvormen, for the messages."""
    blijft: list[str] = field(default_factory=list)
    """Werkvormen that never move past the decision with their block (the raad's own moment)."""
    aantal: int | None = None
    """The units (talks at each address) that set its shortest duration, beyond the
    catalogue's weeks; None when those weeks hold."""
    doorlopen: bool = False
    """Its talks may go on after the works start: each household's part follows its own
    agreement (a talk with an agreement per household after the decision)."""


@dataclass
class Anker:
    """A werkvorm on dates the vraagstuk fixes (a trial, a polling day, a running term)."""

    fase: Procesfase
    werkvorm: str
    naam: str
    van: date
    tot: date


@dataclass
class Geplaatst:
    fase: Procesfase
    start: date
    eind: date
    werkvormen: list[str]
    toelichting: Tekstdeel | None
    op_datum: bool = False
    """On dates the vraagstuk fixes (a werkvorm of the case, a trial): never moved."""
    doorlopen: bool = False
    """Runs on past the papers date, as the report says (PLAN-KALENDER.termijn_past_niet): the
    consistency pass does not cut it back to that date."""


@dataclass
class Plan:
    fasen: list[Geplaatst]
    weken_nodig: int
    werkweken_beschikbaar: int | None
    past: bool | None
    bevindingen: list[Bevinding]


@dataclass
class Voorleggen:
    """An open point on which the gemeente puts a piece on the table that everyone reacts to."""

    onderwerp: str
    keuze: bool
    """A choice between options: the options with the consequences of each and the criteria
    for weighing them. Else a concept (conditions, a regulation) the commitment is about."""
    kern: bool = False
    """The case's central choice (see kernkeuze): a round on several points is named after it."""


#: Weeks to turn the advice of a werkvorm on fixed dates (a burgerberaad) into the draft that a
#: test round or a zienswijze is about.
ONTWERP_WEKEN = 3
#: The long holidays in which a council's papers are not written or read.
_LANGE_VAKANTIES = frozenset({"zomervakantie", "kerstvakantie"})
#: Weeks for the raad's draft advice (a council meeting) when it advises bindingly on a permit
#: (art. 16.15a Omgevingswet): the draft advice lies open with the draft decision.
RAAD_ONTWERPADVIES_WEKEN = 4
#: Weeks the draft decision lies open for zienswijzen (afdeling 3.4 Awb, art. 3:16: six weeks).
ZIENSWIJZE_WEKEN = 6
#: The decision term of the reguliere procedure for an omgevingsvergunning: eight weeks after
#: the application (art. 16.64 lid 1 Omgevingswet; it can be extended once by six weeks).
REGULIER_WEKEN = 8
#: Weeks by which the college may extend the six months of the uitgebreide procedure, once and
#: announced before they end (art. 3:18 lid 2 Awb).
VERLENGING_WEKEN = 6
#: Weeks a trial runs before its experiences are asked: people first live with the new
#: situation for a while; the first days of getting used to it say little.
ERVARING_WEKEN = 4
#: The longest span of works that bouwcommunicatie is planned over. The works of a local project
#: take months (a street, a square) to about three years (a housing plan built in phases); an
#: uitvoering that runs longer is a term (a temporary permit of fifteen years, an exploitation),
#: not the build.
BOUW_MAX_WEKEN = 156
#: How long the bouwcommunicatie is planned when the uitvoering is such a term: the first year
#: from the start, the usual build of a local project, until the delivery.
BOUW_STANDAARD_WEKEN = 52
#: Weeks after the decision before the short evaluation of the process: after the feedback,
#: while the participants still remember (within about two months).
EVALUATIE_NA_WEKEN = 6
#: Weeks of longer works after which their first phase is looked back on with the evaluation.
EERSTE_FASE_WEKEN = 8
#: Weeks after the decision within which people hear what was done with their input: the
#: answer comes while the decision is news, not after a holiday.
TERUGKOPPELING_WEKEN = 2
#: The days around Christmas and New Year (21 December to 1 January): no feedback round then,
#: also in years when the school holiday starts only on Christmas Day.
KERST = ((12, 21), (1, 1))


def vakantieweken(
    vakanties: tuple[Vakantie, ...], regio: Vakantieregio | None
) -> list[tuple[date, date, str]]:
    """The blocking holidays as (first day, last day, name), for one region or all."""
    regios = [regio] if regio else list(Vakantieregio)
    uit: list[tuple[date, date, str]] = []
    for v in vakanties:
        if v.naam not in BLOKKEREND:
            continue
        for r in regios:
            van, tot = getattr(v, r.value)
            if v.naam == "voorjaarsvakantie" and r is Vakantieregio.zuid and regio:
                # in the south the voorjaarsvakantie is the carnival week: the advised dates
                # are advice, and when they miss carnival the schools there take the carnival
                # week instead (Limburg 2025: all of them). One week is lost, not the advised
                # week and the carnival week beside it (review 53a, Beerzelo: 'zonder
                # carnavals- en voorjaarsvakantie 6–21 februari' blocked two weeks)
                c_van, c_tot = carnaval(van.year)
                van, tot = c_van - timedelta(days=1), c_tot + timedelta(days=5)
            uit.append((van, tot, v.naam))
    return sorted(set(uit))


def _maandag(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _eerste_werkweek(d: date, vrij: list[tuple[date, date, str]]) -> date:
    """The Monday of the first working week from ``d`` on that is not lost to a holiday."""
    week = _maandag(d) + (WEEK if d.weekday() >= 3 else timedelta(0))
    while _geblokkeerd(week, vrij):
        week += WEEK
    return week


def _volgende_maandag(d: date) -> date:
    """``d`` itself when it is a Monday, else the next Monday."""
    return d + timedelta(days=(7 - d.weekday()) % 7)


def _geblokkeerd(week: date, vrij: list[tuple[date, date, str]]) -> bool:
    """A working week is lost when three or more of its weekdays fall in a holiday."""
    return _blocked(week, tuple(vrij))


@lru_cache(maxsize=4096)
def _blocked(week: date, vrij: tuple[tuple[date, date, str], ...]) -> bool:
    # the planning asks the same weeks again and again while it tries werkvormen
    dagen = [week + timedelta(days=i) for i in range(5)]
    return any(sum(van <= d <= tot for d in dagen) >= 3 for van, tot, _ in vrij)


def werkweken(van: date, tot: date, vrij: list[tuple[date, date, str]]) -> int:
    """Working weeks (Monday to Friday) from ``van`` up to ``tot``, holidays left out."""
    week = _maandag(van)
    if van.weekday() >= 3:  # from Thursday on, the week has started without us
        week += WEEK
    n = 0
    while week + timedelta(days=4) <= tot:
        if not _geblokkeerd(week, vrij):
            n += 1
        week += WEEK
    return n


def verder(van: date, weken: int, vrij: list[tuple[date, date, str]]) -> date:
    """The Friday after ``weken`` working weeks from the Monday on or after ``van``."""
    week = _maandag(van)
    if van.weekday() >= 3:
        week += WEEK
    if weken <= 0:
        return week - timedelta(days=3)
    n = 0
    while True:
        if not _geblokkeerd(week, vrij):
            n += 1
            if n == weken:
                return week + timedelta(days=4)
        week += WEEK


@regel(
    "PLAN-KALENDER",
    Thema.mix,
    "Een planning in fasen op de echte kalender",
    """De fasen lopen na elkaar: voorbereiden, ophalen, verdiepen, toetsen, dan het besluit,
    daarna terugkoppelen, uitvoeren en evalueren. Een openbare ronde waarin inwoners kiezen of
    een voorkeur geven (een avond over de keuzes), begint pas als de brede ronde die de inbreng
    ophaalt gesloten is; past dat niet, dan krijgt de keuze het laatste derde van de weken die
    ze delen. Een ronde op data die het vraagstuk zelf noemt, houdt die. Een vaste dienst die
    doorloopt (een wekelijks spreekuur) is geen reden om het besluit op te schuiven: wat die
    tot de stukken hoort, gaat mee in het voorstel. Schoolvakanties (herfst, kerst, voorjaar of
    carnaval, mei en zomer) tellen niet als werkweken (de regio van de gemeente; alle regio's als die niet bekend is).
    Vergadert de raad of een commissie (het besluit van de raad, een moment van het vraagstuk)
    in een schoolvakantie buiten de zomer, dan zegt pionieren dat: veel raden vergaderen dan
    niet. De data van de voorjaars- en herfstvakantie zijn een advies van het Rijk; pionieren
    vraagt dan één keer de schoolkalender na te kijken.
    Een fase begint of eindigt niet op een feestdag (zoals Hemelvaartsdag of tweede Paasdag) en
    het voorstel is dan klaar op de werkdag ervoor; een stap van één dag op een feestdag schuift
    naar de werkdag erna. Begint een formele termijn die het vraagstuk vastlegt (een
    zienswijze) op een feestdag, dan zegt pionieren dat en noemt het de werkdag erna. Geen stap begint vóór de datum van het advies (de eerste werkdag vanaf
    die datum); een stap van het vraagstuk die al loopt, staat in de planning vanaf die dag. Carnaval (zondag tot en met dinsdag voor
    Aswoensdag, vooral in Limburg en Noord-Brabant) telt alleen in regio zuid: daar noemt
    pionieren het bij de fase, zoals een schoolvakantie. Valt een toetsronde helemaal in een
    vakantie, dan begint die een week eerder; anders noemt de fase de vakantie. Het voorstel moet
    een aantal weken voor het besluit klaar zijn (raadscyclus: standaard 6 weken bij de raad, 2
    bij het college, en 6 bij een privaatrechtelijk besluit van het college, omdat de raad dan
    eerst wensen en bedenkingen kan geven, art. 169 lid 4 Gemeentewet). Is er ruim tijd, dan zegt pionieren hoe laat u uiterlijk kunt beginnen; is
    er te weinig, dan vervalt eerst de toetsronde, dan worden de fasen korter, en pas dan noemt
    pionieren hoeveel weken er tekortkomen en welke datum wel past. Ligt de besluitdatum vast en
    past een verdieping of toetsronde er niet meer voor, dan vervalt die als aparte ronde en
    komen haar gesprekken in de ronde ervoor: wat het besluit moet voeden, komt nooit erna. Valt een werkvorm op vaste
    data waarop inwoners zelf reageren (een plankaart, een enquête) deels in een schoolvakantie, dan noemt pionieren dat en
    geeft het wie weg is een week extra om te reageren. Voorbereiden duurt minstens
    drie weken, om het plan vast te stellen (een week of twee) en uit te nodigen (twee weken);
    bij weinig tijd krimpt het als laatste, en nooit korter. Geen openbare stap begint eerder,
    ook niet een inloopavond die een zorg beantwoordt: die opent de eerste ronde. Is de eerste
    stap op eigen data in het vraagstuk een stap die informeert en de rondes opent (een
    inloopavond met de plannen en onderzoeken), en begint een brede ronde of de afweging
    daarvóór, dan schuift pionieren die ronde naar de weken na die stap, als zij daar nog
    past: minstens haar kortste duur, en klaar twee werkweken vóór de stukken van elk vast
    moment na haar oude begin en vóór het voorstel. Past dat niet, dan zegt pionieren het:
    mensen geven dan hun mening voordat zij de plannen hebben gezien; houd de avond eerder,
    of geef daar dezelfde informatie. Zijn er weken over, dan gaan die eerst naar het voorbereiden: het college krijgt
    drie weken om het plan vast te stellen (niet in een schoolvakantie) en daarna gaan de
    uitnodigingen twee weken vooraf de deur uit; niet als een ronde daardoor in de zomer- of
    kerstvakantie valt of na een werkvorm op vaste data begint. De eerste stap noemt de datum
    van het plan twee weken vóór de eerste ronde; is er geen week over, dan zegt hij dat, en
    wat deze week moet gebeuren.
    Moet de uitkomst van de participatie eerder klaar zijn (kaders.inbreng_uiterlijk), dan eindigen
    ophalen, verdiepen en toetsen daarvoor; een formele stap daarna en het besluit blijven staan.
    Beslist een ander orgaan, dan legt de gemeente in de toetsronde haar eigen advies aan dat
    orgaan voor aan wie meedeed, en stuurt zij het daarna vóór het besluit naar dat orgaan.
    Bij een omgevingsvergunning is de participatie van de initiatiefnemer klaar vóór de aanvraag.
    Zonder datum van de aanvraag rekent pionieren de laatste datum terug vanaf het besluit: bij de
    reguliere procedure acht weken (art. 16.64 Omgevingswet); bij de uitgebreide procedure
    (afdeling 3.4 Awb) eerst het ontwerpbesluit, bij bindend advies met het ontwerpadvies van de
    raad, dan zes weken ter inzage (zes kalenderweken, nooit korter door vakanties of het tellen
    in werkweken; eindigt de termijn in een weekend, dan loopt hij door tot maandag), dan het
    advies van de raad en het besluit, binnen zes maanden
    na de aanvraag (art. 3:18 Awb); valt het besluit binnen zes weken daarna, dan zegt pionieren
    dat het college de termijn daarvoor eenmaal moet verlengen (art. 3:18 lid 2 Awb). Bij een proef die vóór het besluit loopt, haalt pionieren de
    ervaringen op tijdens de proef en staan de uitkomsten van de proef vóór het voorstel op een
    rij; het terugkijken op het proces komt na het besluit en na het eind van de proef. De korte
    evaluatie komt kort na wat zij bekijkt, zolang mensen het nog weten: na een evenement of werk
    dat binnen een jaar na het besluit klaar is, twee weken na het einde; na werk dat binnen het
    jaar begint maar langer loopt, na de eerste acht weken ervan; anders zes weken na het
    besluit, na de terugkoppeling. Vraagt het vraagstuk de evaluatie na een vaste tijd (een
    motie: 'evalueer na een jaar'), dan komt zij zo lang na het begin van de uitvoering, als die
    dan nog loopt. Wat er na de uitvoering van terechtkwam, noemt het rapport
    apart. Begint de proef na het besluit, dan valt de evaluatie in de laatste weken van de
    proef. Beslist een orgaan
    later of iets blijft of doorgaat (een open punt 'of de wijkbegroting na de proef blijft'),
    dan is de evaluatie klaar vóór de reactieronde op het concept voor dat besluit. Loopt een
    maatregel binnen het jaar af en wordt hij dan verlengd of niet (een aanwijzing, een
    camera), of belooft het vraagstuk bericht op een vast ritme, dan komt de evaluatie in de
    laatste weken vóór de stukken voor het volgende besluit (met twee werkweken om haar te
    verwerken), niet na het einde. Belooft het vraagstuk dat deelnemers 'elke twee maanden' of
    'elk kwartaal' horen hoe het gaat, dan krijgt de planning zoveel berichten binnen de looptijd
    van de maatregel (het eerste jaar als die niet bekend is), elk buiten de vakanties, en
    telt de terugkoppeling in de kosten zo vaak mee. Houdt de
    raad op een vaste datum een hoorzitting over het concept, dan eindigen de rondes ervoor
    drie weken (om het concept te schrijven) plus vier weken (de stukken voor de commissie)
    eerder, als dat nog past. In een verdeeld
    vraagstuk (polarisatie 4 of 5) komt de terugkoppeling direct na het besluit, ook als daarna
    een vakantie begint. Een uitvoering van meer dan drie jaar is een looptijd, geen bouw: de
    bouwcommunicatie loopt dan tot de oplevering, daarna volgt het beheer. De terugkoppeling komt
    binnen twee weken na het besluit, nooit in een schoolvakantie, tussen 21 december en 1 januari
    of (regio zuid) in de carnavalsweek; begint er kort na het besluit een vakantie, dan gaat zij
    in de dagen ervoor. Gaat het besluit op een vaste dag in (kaders.uitvoering_van), dan komt
    de terugkoppeling vóór die dag als daar nog werkdagen buiten de vakanties voor zijn. Is er ruim tijd, dan krijgen ophalen en verdiepen de extra weken (hoogstens
    het dubbele), zodat er geen lege maanden vallen. Wordt er per kern of wijk besloten en loopt de
    uitvoering langer dan een jaar, dan raadt pionieren aan de eerste kern vóór het besluit uit te
    werken en de andere elk vóór hun eigen uitvoering.""",
    [
        "schoolvakanties-rijksoverheid",
        "ombudsman-inspraak-2009",
        "ombudsman-goed-begin-2019",
        "involve-planning",
        "omgevingswet-16-64",
        "awb-3-18",
        "algemene-termijnenwet",
        "algemene-termijnenwet-3",
        "bal-vogels",
    ],
)
def plan(
    f: Feiten,
    blokken: list[Blok],
    na_besluit: list[Blok],
    stukken_weken: int,
    evaluatie: Blok | None,
    termijn_vast: bool = False,
    door: Beslisser | None = None,
    ankers: list[Anker] | None = None,
    bij_besluit: list[str] | None = None,
    voorleggen: list[Voorleggen] | None = None,
    voorleggen_na: list[Voorleggen] | None = None,
    uitwerken_tot: date | None = None,
    marge: bool = True,
    voorbereiden_rekken: bool = True,
) -> Plan:
    """Place the phases on the calendar. With ``marge``, the plan's own rounds end two
    working weeks before the papers when they fit (rule PLAN-VERWERKEN); when only those two
    weeks make the process too short for the requested decision date, the plan is made again
    without them: the decision is never planned earlier than asked. With
    ``voorbereiden_rekken``, weeks to spare first lengthen the preparation (see
    :func:`_langer_voorbereiden`); when that pushes a round into the summer or Christmas
    holiday, the plan is made again without it."""
    opnieuw = (
        f,
        blokken,
        na_besluit,
        stukken_weken,
        evaluatie,
        termijn_vast,
        door,
        [replace(a) for a in ankers or []],
        bij_besluit,
        voorleggen,
        voorleggen_na,
        uitwerken_tot,
    )
    v = f.vraagstuk
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    besluit = v.kaders.besluit_uiterlijk
    bevindingen: list[Bevinding] = []
    voor = [b for b in blokken if b.werkvormen or b.fase is Procesfase.voorbereiden]
    if voorleggen and not any(b.fase is Procesfase.toetsen for b in voor):
        # the reaction round on the piece (rule PLAN-REACTIE) takes its weeks before the papers
        # like a test round: the rounds before it end when it opens, not alongside it
        voor.append(
            Blok(
                Procesfase.toetsen,
                [],
                REACTIE_MIN_WEKEN + REACTIENOTA_WEKEN,
                REACTIE_WEKEN + REACTIENOTA_WEKEN,
                weglaatbaar=True,
            )
        )
    start = f.datum
    deadline = besluit - stukken_weken * WEEK if besluit else None
    zuid = v.vakantieregio is Vakantieregio.zuid
    wensen = _wensen_moment(f, door, deadline, besluit, zuid)
    eigen_wensen = eigen_wensen_moment(f, door, besluit)
    if eigen_wensen is not None and deadline is not None and wensen is None:
        # the case's own wensen en bedenkingen: its papers are the draft's (stukken_weken
        # before that meeting), and the rounds on the choices end before them
        wensen_stukken = werkdag_voor(eigen_wensen.datum - stukken_weken * WEEK, zuid)
        if f.datum < wensen_stukken < deadline:
            wensen = (wensen_stukken, eigen_wensen.datum)
    datum_vast = termijn_vast or besluit_is_anker(f, door)
    # the latest papers date that still fits the decider's own cycle: two weeks before the
    # meeting on the draft, or the raad's usual cycle before its decision
    cyclus: date | None = None
    if wensen is not None:
        deadline = wensen[0]  # one date for the draft and the papers of the raad's meeting on it
        cyclus = werkdag_voor(wensen[1] - MOMENT_STUKKEN[Orgaan.college] * WEEK, zuid)
    elif besluit is not None and stukken_weken > RAAD_STUKKEN_WEKEN:
        cyclus = werkdag_voor(besluit - RAAD_STUKKEN_WEKEN * WEEK, zuid)
    ankers = sorted(ankers or [], key=lambda a: (a.van, a.tot, a.werkvorm))
    if deadline is not None:
        # papers due in a school holiday are papers due before it: nobody writes, reads or
        # signs them off then
        vakantie = next(
            (x for x in vrij if x[0] <= deadline <= x[1] and x[2] in _LANGE_VAKANTIES), None
        )
        ervoor = vakantie[0] - timedelta(days=1) if vakantie is not None else deadline
        while ervoor.weekday() >= 5:
            ervoor -= timedelta(days=1)
        # a holiday does not close the college: the papers are pulled before it only when no
        # fixed date of the case lies in between (review 55c, Scheldevoorde: the proposal
        # pulled to 23 July, before the raad's own hoorzitting of 8 September)
        if vakantie is not None and deadline > start and not _vast_na(f, ankers, ervoor, besluit):
            bevindingen.append(
                bevinding(
                    "PLAN-KALENDER",
                    Ernst.let_op,
                    "PLAN-KALENDER.stukken_in_vakantie",
                    bronnen=["schoolvakanties-rijksoverheid"],
                    stukken=deadline.isoformat(),
                    vakantie=vakantie[2],
                    ervoor=ervoor.isoformat(),
                )
            )
            deadline = max(ervoor, start)
    if deadline is not None and cyclus is not None and deadline > start:
        ingebracht = [a.tot for a in ankers if a.fase in _VOOR_OF_TOETS]
        deadline = _na_vaste_inbreng(ingebracht, deadline, cyclus, vrij, zuid)
    if deadline is not None and deadline > start:
        # papers due on a public holiday (Hemelvaartsdag, Tweede Paasdag) or, in the south, on
        # carnival are due the working day before: the offices are closed then
        deadline = max(start, werkdag_voor(deadline, zuid))
    stukken = deadline
    if besluit is not None and deadline is not None and _raad_vergadert(f, door):
        bevindingen += _raad_in_reces(deadline, besluit, vrij, termijn_vast)
    bevindingen += _raad_in_vakantie(f, besluit if door is Beslisser.raad else None, vrij)
    bevindingen += _ankers_na_stukken(
        ankers,
        besluit,
        deadline,
        termijn_vast,
        vrij,
        zuid,
        {w.id: w for w in f.kennis.werkvormen},
        f.datum,
        vaste_stappen(f),
        _private_beslisser(f, door),
    )
    bevindingen += _termijn_op_feestdag(ankers, zuid)
    # the conversation that shapes a trial or a vote on fixed dates comes before it, when it
    # fits there: the criteria before the trial, the information before the polling day
    # (an anchor early in the process, such as a walk-in evening in the broad round, does not
    # pull the deeper rounds that follow it to before it)
    sluit = next(
        (
            a
            for a in ankers
            if a.fase in _VOOR_OF_TOETS
            and (stukken is None or a.van <= stukken)
            and _sluit_af(a, voor)
        ),
        None,
    )
    eerste = sluit.van if sluit is not None else None
    # a formal round on its own dates: the application date is then not derived
    ankers_toets = [a for a in ankers if a.werkvorm in _FORMELE_TERMIJN]
    voor_anker: list[date] = []
    if sluit is not None and eerste is not None and eerste > start:
        nodig_min = sum(b.min_weken for b in voor)
        # (the raad's meeting on the concept: the rounds end before the concept is written,
        # else at least before the commissie's papers; only when even that leaves the rounds
        # too short, the day before the meeting: review 43c, Hunzeloo)
        papieren_concept = _commissie_stukken(sluit, zuid) if _over_concept(f, sluit) else None
        voor_anker = [
            *([_concept_klaar(f, sluit, zuid)] if papieren_concept else []),
            *([papieren_concept] if papieren_concept else []),
            eerste - timedelta(days=3),
        ]
        # the earliest end that still leaves the rounds their shortest length (the shortest
        # preparation, VOORBEREIDEN_BODEM, already holds the plan and the two weeks to invite;
        # adding those two weeks again lost the commissie's papers to a single extra week and
        # let the rounds run to the meeting: review 43c, Hunzeloo)
        deadline = next(
            (d for d in voor_anker if d > start and werkweken(start, d, vrij) >= nodig_min),
            deadline,
        )
    # the end point the calendar counts to is the anchor only while it is still the deadline
    # (review 41: "39 werkweken tot klankbordgroep begint" that began in 7 weeks)
    anker_eind = deadline if deadline in voor_anker else None
    aanvraag = v.besluit.aanvraag if v.besluit else None
    uitgebreid = _uitgebreid(f, voor)
    afgeleid = False
    if aanvraag is None and besluit is not None and f.procedure in VERGUNNING and not ankers_toets:
        # no date for the application: the latest one from which the procedure still ends on
        # the decision date, so the initiator's participation can be planned before it
        aanvraag = _aanvraag_uiterlijk(f, voor, besluit, stukken_weken, uitgebreid, vrij)
        afgeleid = aanvraag > start
        if not afgeleid:
            aanvraag = None
    na_aanvraag: list[Blok] = []
    if aanvraag is not None and aanvraag > start and (deadline is None or aanvraag < deadline):
        deadline = aanvraag  # the initiator's conversation comes before the application
        if uitgebreid or not afgeleid:
            # a formal round (a zienswijze on the draft decision, on the real request) comes
            # after the application; other rounds of a subsidy or a request feed the
            # application and end before it (review 31a)
            na_aanvraag = [
                b
                for b in voor
                if b.fase is Procesfase.toetsen
                and (f.procedure in VERGUNNING or _FORMELE_TERMIJN & set(b.werkvormen))
            ]
            voor = [b for b in voor if b not in na_aanvraag]
    inbreng = v.kaders.inbreng_uiterlijk
    inbreng_bindt = False
    if inbreng is not None and start < inbreng and (deadline is None or inbreng <= deadline):
        # the outcome of the participation is due on this date (a plan at the college): the
        # conversation ends before it; formal steps after it keep their own dates
        deadline = inbreng - timedelta(days=1)
        inbreng_bindt = True
    # the rounds of the plan itself end two working weeks before the papers, when they still
    # fit: every reaction is read, weighed and answered before the proposal is done (rule
    # PLAN-VERWERKEN; a reaction round holds its own weeks for the reactienota)
    verwerkt: date | None = None
    if (
        marge
        and deadline is not None
        and deadline == stukken
        and deadline > start
        and not voorleggen
    ):
        kandidaat = _werkdagen_terug(deadline, VERWERK_WERKDAGEN, vrij, zuid)
        minimaal = sum(b.min_weken for b in voor)
        if werkweken(start, kandidaat, vrij) >= minimaal or (
            # the rounds fit only without those weeks: they get a little shorter instead,
            # when that still leaves each round its week (below, after a test round that can go)
            not termijn_vast
            and werkweken(start, deadline, vrij) >= minimaal
            and sum(_krimp(voor, werkweken(start, kandidaat, vrij)).values())
            <= werkweken(start, kandidaat, vrij)
        ):
            deadline = verwerkt = kandidaat
    buffer = BUFFER_WEKEN - (REACTIENOTA_WEKEN if verwerkt else 0)
    if deadline is not None:
        # a form that is the road to the decision (the toets of a request) and has no dates from
        # the case runs until the papers are due (or the outcome is), not beyond
        eigen = {g.id for g in v.werkvormen if g.periode}
        tot_besluit = {w.id for w in f.kennis.werkvormen if w.eindigt_met_besluit}
        # (until the papers themselves: the time to process reactions is for the rounds)
        tot = stukken if verwerkt and stukken is not None else deadline
        for a in ankers:
            if a.werkvorm in tot_besluit and a.werkvorm not in eigen and a.tot > tot:
                a.tot = max(a.van, tot)
    proef = f.proef
    # a trial before the decision on it: its experiences are asked during it, not before
    ervaring: date | None = None
    # a trial on its own dates in a phase before the decision is itself the test of a draft:
    # the conversation that shapes the draft then comes before it
    proef_is_toets = any(a.werkvorm == "pilot" and a.fase in _VOOR_OF_TOETS for a in ankers)
    if proef is not None and besluit is not None and proef[0] < besluit and not proef_is_toets:
        # a few weeks in, and never after the trial has ended
        ervaring = max(start, min(proef[0] + ERVARING_WEKEN * WEEK, proef[1]))
    if aanvraag is not None and aanvraag <= start and f.procedure in _MET_BESLISTERMIJN:
        # only an application with a legal decision term (a permit, an Awb subsidy, an
        # uitdaagrecht request); a request for a wijkbudget or a plan has no term that runs
        bevindingen.append(
            bevinding(
                "PLAN-KALENDER",
                Ernst.waarschuwing,
                "PLAN-KALENDER.aanvraag_ingediend",
                bronnen=[],
                aanvraag=aanvraag.isoformat(),
            )
        )
    if v.besluit is not None and v.besluit.aanvraag is not None and besluit is not None:
        bevindingen += _na_beslistermijn(f, v.besluit.aanvraag, besluit, uitgebreid)
    beschikbaar = werkweken(start, deadline, vrij) if deadline else None
    ophalen_min = max([b.min_weken for b in voor if b.fase is Procesfase.ophalen] + [1])
    if (
        ervaring is not None
        and deadline is not None
        and verder(ervaring, ophalen_min, vrij) > deadline
    ):
        # the proposal is due before the trial can be lived with (a holiday may lie between):
        # ask before
        ervaring = None
    if beschikbaar is not None and ervaring is not None and deadline is not None:
        # only the preparation runs before the trial has been lived with
        voorbereiden = sum(b.max_weken for b in voor if b.fase is Procesfase.voorbereiden)
        vooraf = min(voorbereiden, werkweken(start, min(ervaring, deadline), vrij))
        beschikbaar = min(beschikbaar, vooraf + werkweken(ervaring, deadline, vrij))

    lengtes = {b.fase: b.max_weken for b in voor}
    langer = 0
    past: bool | None = None
    ruim = False
    vroeg = False
    # (a round that no longer fits before a fixed date, and the round it joined)
    samengevoegd: list[tuple[Procesfase, Procesfase]] = []
    vroegst: date | None = None
    if beschikbaar is not None:
        nodig_max = sum(b.max_weken for b in voor)
        nodig_min = sum(b.min_weken for b in voor)
        if beschikbaar >= nodig_max:
            past = True
            speling = beschikbaar - nodig_max
            # weeks to spare go first to the preparation, up to the time a college needs to
            # adopt the plan and invite people; the rounds keep theirs
            eerst = next(
                (b for b in voor if b.fase is Procesfase.voorbereiden and not b.vast), None
            )
            langer = (
                _langer_voorbereiden(f.datum, lengtes, speling, ankers, vrij, zuid)
                if eerst is not None and voorbereiden_rekken
                else 0
            )
            # with opponents who have influence, or a divided case, waiting is not neutral:
            # start now, so nobody hears about the plan from someone else first
            tegen = (v.polarisatie or 1) >= 4 or any(
                p.houding is Houding.tegen and hoog_of_middel(p.invloed) for p in v.belanghebbenden
            )
            vroeg = tegen
            if speling >= 8:
                ruim = True
                # the spare weeks go to the rounds with inwoners, not to empty months before
                # them: more time to reach who is busy, at most twice as long
                lengtes.update(_rek(voor, lengtes, speling - langer - buffer))
                # the latest start counts the stretched rounds, so it matches the plan (review
                # 31b: "begin uiterlijk 29 maart" while the plan began on 11 January)
                gerekt = sum(lengtes.get(b.fase, b.max_weken) for b in voor)
                uiterlijk = _terug(deadline, max(gerekt, nodig_max), vrij)  # type: ignore[arg-type]
                bevindingen.append(
                    bevinding(
                        "PLAN-KALENDER",
                        Ernst.info,
                        "PLAN-KALENDER.ruim",
                        # the tool's own planning: the holiday page does not carry it
                        bronnen=[],
                        anker=next((a.naam for a in ankers if a.van == eerste), "")
                        if anker_eind is not None and deadline == anker_eind
                        else "",
                        inbreng=inbreng.isoformat() if inbreng and inbreng_bindt else "",
                        vroeg=tegen,
                        beschikbaar=beschikbaar,
                        nodig=nodig_max,
                        uiterlijk=_maandag(uiterlijk).isoformat(),
                    )
                )
            if eerst is not None and langer:
                lengtes[eerst.fase] += langer
        elif beschikbaar >= nodig_min:
            past = True
            lengtes = _schaal(voor, beschikbaar)
        else:
            weglaten = [b for b in voor if b.weglaatbaar]
            rest = [b for b in voor if not b.weglaatbaar]
            if weglaten and sum(b.min_weken for b in rest) <= beschikbaar:
                voor = rest
                lengtes = _schaal(voor, beschikbaar)
                past = True
                if any(b.werkvormen for b in weglaten):
                    # without one, only the reaction round fell: rule PLAN-REACTIE says so
                    bevindingen.append(
                        bevinding(
                            "PLAN-KALENDER",
                            Ernst.let_op,
                            "PLAN-KALENDER.zonder_toets",
                            bronnen=[],
                            beschikbaar=beschikbaar,
                        )
                    )
            elif inbreng_bindt and inbreng is not None:
                # the date of the outcome stays: shorter phases, and say what is short
                past = False
                voor = rest or voor
                lengtes = _krimp(voor, beschikbaar)
                bevindingen.append(
                    bevinding(
                        "PLAN-KALENDER",
                        Ernst.waarschuwing,
                        "PLAN-KALENDER.inbreng_te_kort",
                        bronnen=[],
                        beschikbaar=beschikbaar,
                        nodig=sum(b.min_weken for b in voor),
                        inbreng=inbreng.isoformat(),
                    )
                )
            elif datum_vast:
                past = False
                voor = rest or voor
                nodig = sum(b.min_weken for b in voor)
                lengtes = _krimp(voor, beschikbaar)
                # what still does not fit before the fixed date loses its own round: its
                # werkvormen go into the round before it. Never after the decision, which they
                # are meant to feed (a rondetafel after the raad has decided changes nothing)
                while sum(lengtes.values()) > max(beschikbaar, 1):
                    # the case's own instrument (a referendum, a zienswijze) keeps its round
                    beweegbaar = [
                        x
                        for x in voor
                        if not x.vast
                        and x.werkvormen
                        and x.fase in (Procesfase.verdiepen, Procesfase.toetsen)
                    ]
                    weg = beweegbaar[-1] if beweegbaar else None
                    eerder_blok = (
                        [
                            x
                            for x in voor
                            if x.fase in VOOR_BESLUIT
                            and x.werkvormen
                            and _FASEN.index(x.fase) < _FASEN.index(weg.fase)
                        ]
                        if weg is not None
                        else []
                    )
                    if weg is None or not eerder_blok:
                        break
                    # the raad's own moment stays before its decision, in one week
                    rest_blok = (
                        [Blok(weg.fase, weg.blijft, 1, 1, vast=True)]
                        if weg.blijft and weg.blijft != weg.werkvormen
                        else []
                    )
                    mee = (
                        [w for w in weg.werkvormen if w not in weg.blijft]
                        if rest_blok
                        else weg.werkvormen
                    )
                    doel = eerder_blok[-1]
                    samen = replace(
                        doel,
                        werkvormen=[
                            *doel.werkvormen,
                            *(w for w in mee if w not in doel.werkvormen),
                        ],
                        namen=[*doel.namen, *weg.namen],
                    )
                    voor = [samen if x is doel else x for x in voor if x is not weg] + rest_blok
                    voor.sort(key=lambda x: _FASEN.index(x.fase))
                    samengevoegd.append((weg.fase, doel.fase))
                    lengtes = _krimp(voor, beschikbaar)
                bevindingen.append(
                    bevinding(
                        "PLAN-KALENDER",
                        Ernst.waarschuwing,
                        "PLAN-KALENDER.vast_te_kort",
                        bronnen=[],
                        beschikbaar=beschikbaar,
                        stukken_weken=stukken_weken,
                        moment=wensen[1].isoformat() if wensen and eigen_wensen else "",
                        nodig=nodig,
                        weg=[LABEL_FASE[a] for a, _ in samengevoegd],
                        in_ronde=LABEL_RONDE[samengevoegd[-1][1]] if samengevoegd else "",
                    )
                )
            else:
                past = False
                lengtes = {b.fase: b.min_weken for b in voor}
                nodig = sum(lengtes.values())
                naast = _naast_kaders(voor, lengtes)
                if naast:
                    # time is short: the broad round starts while the raad sets the kaders
                    nodig -= naast
                kan = verder(start, nodig, vrij) + stukken_weken * WEEK
                if ervaring is not None:
                    # the conversation after the preparation waits for the trial's experience
                    na_voorbereiden = sum(
                        lengtes[b.fase] for b in voor if b.fase is not Procesfase.voorbereiden
                    )
                    kan = max(kan, verder(ervaring, na_voorbereiden, vrij) + stukken_weken * WEEK)
                korter = _krimp(voor, beschikbaar)
                if (
                    verwerkt is not None
                    and besluit is not None
                    and kan <= besluit
                    and stukken is not None
                    and sum(korter.values()) <= beschikbaar
                ):
                    # only the weeks to process the reactions do not fit: the rounds get a
                    # little shorter, so every reaction is still answered before the proposal
                    # (review 40: a round ended two working days before the papers)
                    past = True
                    ingekort = [
                        b
                        for b in voor
                        if (b.werkvormen or b.fase is Procesfase.voorbereiden)
                        and korter[b.fase] < lengtes[b.fase]
                    ]
                    lengtes = korter
                    bevindingen.append(
                        bevinding(
                            "PLAN-VERWERKEN",
                            Ernst.let_op,
                            "PLAN-VERWERKEN.korter",
                            bronnen=[],  # the two weeks are the tool's own reckoning
                            fasen=[LABEL_RONDE[b.fase] for b in ingekort],
                            stukken=stukken.isoformat(),
                        )
                    )
                elif verwerkt is not None and besluit is not None and kan <= besluit:
                    # not even shorter rounds leave those weeks: plan without them (rule
                    # PLAN-VERWERKEN then says what is short)
                    return plan(*opnieuw, marge=False)
                else:
                    kan = _na_reces_cyclus(f, door, verder(start, nodig, vrij), kan, vrij)
                    # plan towards the earliest date that works, so the phases stay in order;
                    # never before the case's own date (found by hypothesis: a decision moved
                    # forward put the feedback week before the date the case gives)
                    if besluit is not None:
                        kan = max(kan, besluit)
                    # a body does not meet on a public holiday (review 57a: 'op zijn vroegst 26
                    # maart 2027', Goede Vrijdag): the next working day
                    while kan != besluit and vrije_dag(
                        kan, f.vraagstuk.vakantieregio is Vakantieregio.zuid
                    ):
                        kan += timedelta(days=1)
                    vroegst = kan
                    bevindingen.append(
                        bevinding(
                            "PLAN-KALENDER",
                            Ernst.waarschuwing,
                            "PLAN-KALENDER.te_kort",
                            bronnen=[],
                            beschikbaar=beschikbaar,
                            stukken_weken=stukken_weken,
                            nodig=nodig,
                            kan=kan.isoformat(),
                        )
                    )

    if ervaring is not None and deadline is not None and past:
        # the rounds after the trial has been lived with share only the weeks left after it
        na_proef = [b for b in voor if b.fase is not Procesfase.voorbereiden]
        na_weken = werkweken(ervaring, deadline, vrij)
        if sum(lengtes[b.fase] for b in na_proef) > na_weken:
            if sum(b.min_weken for b in na_proef) <= na_weken:
                lengtes.update(_schaal(na_proef, na_weken))
            else:
                ervaring = None  # no room after it: ask before the trial, as without one

    fasen: list[Geplaatst] = []
    cursor = start
    # time is short and the preparation holds the raad's kaders: the broad round, which asks
    # and promises nothing yet, starts after the plan is set; the rounds that build on the
    # kaders wait for them (review 38: the first round only in February, after the holiday)
    naast = vroegst is not None and _naast_kaders(voor, lengtes) > 0
    kaders_eind: date | None = None
    for b in voor:
        doorlopen = False
        if not b.werkvormen and b.fase is Procesfase.toetsen:
            continue  # the reaction round: placed by rule PLAN-REACTIE in its weeks
        if kaders_eind is not None and b.fase is not Procesfase.ophalen:
            cursor = max(cursor, kaders_eind + timedelta(days=3))
        na_uitkomst = False
        # a later phase starts after a werkvorm on fixed dates of an earlier phase has ended:
        # the broad test of a burgerberaad's advice comes after the advice
        eerder = [
            a
            for a in ankers
            if _FASEN.index(a.fase) < _FASEN.index(b.fase)
            and a.fase in _VOOR_OF_TOETS
            and (stukken is None or a.tot <= stukken)
        ]
        verdieping = [a for a in eerder if a.fase is Procesfase.verdiepen]
        if b.fase is Procesfase.toetsen and verdieping:
            # the test round is about a draft that builds on the advice (a burgerberaad's):
            # never before it, also when the proposal is then late (that is said, not hidden)
            a = max(verdieping, key=lambda x: x.tot)
            na_ontwerp = a.tot + timedelta(days=3) + ONTWERP_WEKEN * WEEK
            eind = verder(_eerste_werkweek(na_ontwerp, vrij), lengtes[b.fase], vrij)
            if deadline is not None and eind > deadline:
                past = False  # said, not hidden: the test round does not fit before the papers
                bevindingen.append(
                    bevinding(
                        "PLAN-KALENDER",
                        Ernst.waarschuwing,
                        "PLAN-KALENDER.toets_na_anker",
                        bronnen=[],
                        anker=a.naam,
                        tot=a.tot.isoformat(),
                        weken=ONTWERP_WEKEN,
                        eind=eind.isoformat(),
                        stukken=deadline.isoformat(),
                        vast=termijn_vast,
                    )
                )
            cursor = max(cursor, na_ontwerp)
            na_uitkomst = True
        for a in eerder:
            na_anker = a.tot + timedelta(days=3)
            # only when the phase still fits before the proposal is due
            if deadline is None or verder(na_anker, lengtes[b.fase], vrij) <= deadline:
                cursor = max(cursor, na_anker)
        if b.fase is Procesfase.ophalen and ervaring is not None:
            cursor = max(cursor, ervaring)
        begin = _eerste_werkweek(cursor, vrij)
        nu = {Procesfase.voorbereiden} | (
            {Procesfase.ophalen} if vroeg or ervaring is not None else set()
        )
        if b.fase not in nu and fasen and deadline and past and ruim:
            # with much time to spare the conversation runs close to the decision, after a
            # short buffer; months of silence between asking and deciding lose people. With
            # opponents who have influence the broad round starts now all the same.
            over = sum(lengtes[x.fase] for x in voor if x.fase not in nu)
            laat = _terug(deadline, over + buffer, vrij)
            # but a round ends before a werkvorm on fixed dates of its own or a later phase
            # (the broad round around a walk-in evening), never months after it
            grens = [
                a
                for a in ankers
                if a.fase in VOOR_BESLUIT
                and _FASEN.index(a.fase) >= _FASEN.index(b.fase)
                and a.van > begin
                and (stukken is None or a.van <= stukken)
            ]
            if grens:
                a = min(grens, key=lambda x: x.van)
                tot_anker = sum(
                    lengtes[x.fase]
                    for x in voor
                    if x.fase not in nu
                    and _FASEN.index(b.fase) <= _FASEN.index(x.fase) <= _FASEN.index(a.fase)
                )
                laat = min(laat, _terug(a.van, tot_anker, vrij))
            begin = max(begin, laat)
        eind = _eind(begin, lengtes[b.fase], b.werkvormen, vrij)
        if (
            termijn_vast
            and deadline
            and b.vast
            and eind > deadline
            and len(fasen) > 1
            and not na_uitkomst
        ):
            # the case's own instrument on a fixed date (a referendum, a formal round) runs
            # alongside the earlier phases and ends when the proposal is due, not after it
            begin = max(fasen[1].start, _terug(deadline, lengtes[b.fase], vrij))
            eind = max(begin, _eind(begin, lengtes[b.fase], b.werkvormen, vrij))
            raad_zelf = {w.id for w in f.kennis.werkvormen if w.organisator is Organisator.griffie}
            # a statutory or decided term is never cut short to fit: say it does not fit
            # (the raad's own meeting before its decision is no such term, review 51)
            doorlopen = eind > deadline and not set(b.werkvormen) <= raad_zelf
        if (
            b.fase in VOOR_BESLUIT
            and b.werkvormen
            and not _FORMELE_TERMIJN & set(b.werkvormen)
            and lengtes[b.fase] <= STILTE_WEKEN
        ):
            # a round of inwoners of a few weeks does not run across the Christmas or summer
            # holiday (a longer one, such as a burgerjury, pauses in it)
            weken_erna = sum(lengtes[x.fase] for x in voor[voor.index(b) + 1 :])
            begin, eind, lang = _om_vakantie(
                begin, eind, b, lengtes[b.fase], weken_erna, deadline, vrij
            )
            # when it can do neither, it stays: its holiday weeks do not count as working weeks
            del lang
        if doorlopen and deadline is not None and eind > deadline:
            # said with the end the step keeps in the table, after any holiday shift: one date
            # for the text and the table (review 52a: 'tot 29 januari' against '4–26 januari')
            bevindingen.append(
                bevinding(
                    "PLAN-KALENDER",
                    Ernst.waarschuwing,
                    "PLAN-KALENDER.termijn_past_niet",
                    bronnen=[],
                    namen=b.namen or b.werkvormen,
                    weken=lengtes[b.fase],
                    eind=eind.isoformat(),
                    stukken=deadline.isoformat(),
                    # only a formal round is a statutory term; a step the case asks for
                    # (a wijkschouw) is not (review 51: 'een wettelijke termijn' for it)
                    formeel=bool(_FORMELE_TERMIJN & set(b.werkvormen)),
                )
            )
        else:
            doorlopen = False
        if naast and b.fase is Procesfase.voorbereiden:
            kaders_eind = eind
            fasen.append(
                Geplaatst(
                    b.fase,
                    begin,
                    eind,
                    b.werkvormen,
                    deel("FASE.kaders_raad", raad=eind.isoformat(), naast=True),
                )
            )
            cursor = verder(begin, UITNODIGEN_WEKEN, vrij) + timedelta(days=3)
            continue
        toelichting = deel("FASE.naast_kaders") if naast and b.fase is Procesfase.ophalen else None
        fasen.append(Geplaatst(b.fase, begin, eind, b.werkvormen, toelichting, doorlopen=doorlopen))
        cursor = eind + timedelta(days=3)
    if langer and any(
        x.fase in VOOR_BESLUIT and x.werkvormen and _lange_weken(x.start, x.eind, vrij)
        for x in fasen
    ):
        # the longer preparation pushed a round into a long holiday: plan without it
        return plan(*opnieuw, marge=marge, voorbereiden_rekken=False)
    for a in ankers:
        fasen.append(Geplaatst(a.fase, a.van, a.tot, [a.werkvorm], None, op_datum=True))
    # what feeds the proposal: every phase placed so far except a werkvorm on fixed dates that
    # runs on through the decision (a standing walk-in hour)
    doorlopend = {a.werkvorm for a in ankers if besluit is not None and a.tot > besluit}
    voor_het_besluit = [x.eind for x in fasen if not (set(x.werkvormen) & doorlopend)]
    klaar = max(voor_het_besluit, default=start)
    deadline = stukken
    gevraagd = besluit
    if vroegst is not None:
        besluit = vroegst
        deadline = werkdag_voor(besluit - stukken_weken * WEEK, zuid)
        # the draft still goes to the raad with the papers of its meeting on it, also when the
        # decision moves (test_een_stukdatum: the meeting's papers before the draft's date)
        verschoven = _wensen_moment(f, door, deadline, besluit, zuid)
        if verschoven is not None:
            deadline = verschoven[0]
        if _raad_vergadert(f, door):
            # papers are never due in the summer or Christmas recess: before it (review 38:
            # "klaar uiterlijk 2 augustus")
            deadline = _voor_reces(deadline, vrij)
    if besluit:
        begin = min(deadline or besluit, besluit)
        # a last look at the concept ends in time to process it, like the rounds before it
        concept = min(begin, verwerkt) if verwerkt and vroegst is None else begin
        if klaar + timedelta(days=3) < concept - WEEK and concept - klaar <= 8 * WEEK:
            if (
                any(x.fase is Procesfase.toetsen for x in fasen)
                or na_aanvraag
                or inbreng_bindt
                # the outcome is due before the papers (found by hypothesis: a short calendar
                # dropped the binding date, and the look at the concept ran past it)
                or (inbreng is not None and inbreng < begin)
            ):
                # the test round keeps its own length, or comes after the application; after
                # the date of the outcome no round of the participation is planned
                pass  # the rest is buffer, not a phase
            else:
                toets_van = _buiten_vakantie(fasen, voor, klaar + timedelta(days=3), begin, vrij)
                # the last working day a few days before the papers
                toets_tot = werkdag_voor(concept - timedelta(days=3), zuid)
                if not (
                    # a look at the concept in a holiday week reaches nobody: none then
                    toets_tot < _maandag(toets_van) + WEEK
                    and _geblokkeerd(_maandag(toets_van), vrij)
                ):
                    fasen.append(
                        Geplaatst(
                            Procesfase.toetsen,
                            toets_van,
                            toets_tot,
                            [],
                            _toets_buffer(f, door),
                        )
                    )
        for b in na_aanvraag:
            if not b.werkvormen:
                continue  # the weeks held for the reaction round: rule PLAN-REACTIE places it
            # the formal round is about the draft decision: it starts once the application is
            # in and the draft is made (with the raad's draft advice when it advises bindingly)
            bindend = bool(v.besluit and v.besluit.raad_bindend_advies)
            ontwerp = ONTWERP_WEKEN + (RAAD_ONTWERPADVIES_WEKEN if bindend else 0)
            na_de_aanvraag = (aanvraag or begin) + timedelta(days=1) + ontwerp * WEEK
            van = _eerste_werkweek(_volgende_maandag(max(na_de_aanvraag, klaar)), vrij)
            eind = _eind(van, b.min_weken, b.werkvormen, vrij)
            fasen.append(Geplaatst(b.fase, van, eind, b.werkvormen, None))
            begin = max(begin, eind + timedelta(days=3))
            if aanvraag is not None and eind + WEEK > besluit:
                bevindingen.append(
                    bevinding(
                        "PLAN-KALENDER",
                        Ernst.waarschuwing,
                        "PLAN-KALENDER.na_aanvraag_te_laat",
                        bronnen=[],
                        aanvraag=aanvraag.isoformat(),
                        weken=ontwerp,
                        bindend=bindend,
                        eind=eind.isoformat(),
                        besluit=besluit.isoformat(),
                    )
                )
        # the papers date the decision phase states: the participation ends by it
        papieren = (deadline or besluit - stukken_weken * WEEK) if stukken_weken else None
        gepland: date | None = besluit
        uitleg = _besluit_uitleg(
            f,
            door,
            gevraagd=gevraagd.isoformat() if vroegst is not None and gevraagd else "",
            # when the decision moves to the earliest date that fits, its papers move with it
            stukken=(deadline or besluit - stukken_weken * WEEK).isoformat()
            if stukken_weken
            else "",
            aanvraag=aanvraag,
            afgeleid=afgeleid,
            uitgebreid=uitgebreid,
            raad=_raad_adviseert(f, fasen, besluit, vrij),
        )
        fasen.append(
            Geplaatst(
                Procesfase.besluit,
                _na_reces(f, door, min(begin, besluit), besluit, vrij),
                besluit,
                bij_besluit or [],
                uitleg,
            )
        )
        na = besluit + timedelta(days=1)
    else:
        papieren = None
        gepland = None
        klaar_voorstel = klaar + timedelta(days=3)
        if any(x.fase in VOOR_BESLUIT and x.werkvormen for x in fasen):
            # without a date the proposal is ready once the reactions are processed, not the
            # Monday after the last round (rule PLAN-VERWERKEN)
            klaar_voorstel = max(
                klaar_voorstel, _werkdagen_verder(klaar, VERWERK_WERKDAGEN, vrij, zuid)
            )
        na = klaar_voorstel + stukken_weken * WEEK
        fasen.append(
            Geplaatst(
                Procesfase.besluit,
                klaar_voorstel,
                na,
                bij_besluit or [],
                _besluit_uitleg(f, door, gevraagd="", stukken="", aanvraag=aanvraag),
            )
        )
    terug = [b for b in na_besluit if b.fase is Procesfase.terugkoppeling]
    rest_na = [b for b in na_besluit if b.fase is not Procesfase.terugkoppeling]
    gespannen = (v.polarisatie or 1) >= 4
    besloten = na
    for b in [*terug, *rest_na]:
        if b.fase is Procesfase.uitvoering and (v.kaders.uitvoering_van or v.kaders.uitvoering_tot):
            van = v.kaders.uitvoering_van or na
            tot = v.kaders.uitvoering_tot or verder(van, b.max_weken, vrij)
            if "bouwcommunicatie" in b.werkvormen and tot - van > BOUW_MAX_WEKEN * WEEK:
                # a term of years is not the build: the communication about the works stops
                # at the delivery, and the beheer takes over
                bouw_tot = van + BOUW_STANDAARD_WEKEN * WEEK - timedelta(days=1)
                genoemd = {w.id for w in v.werkvormen} | {
                    w for x in [*blokken, *na_besluit] for w in x.werkvormen
                }
                bevindingen.append(
                    bevinding(
                        "PLAN-KALENDER",
                        Ernst.let_op,
                        "PLAN-KALENDER.bouw_begrensd",
                        bronnen=["involve-planning"],
                        van=van.isoformat(),
                        tot=tot.isoformat(),
                        bouw_tot=bouw_tot.isoformat(),
                        beheer=next(
                            (n for n in ("klankbordgroep", "omgevingsraad") if n in genoemd), ""
                        ),
                    )
                )
                tot = bouw_tot
            fasen.append(Geplaatst(b.fase, van, tot, b.werkvormen, None))
            # the evaluation follows the delivery; only works that run for years (a term, not a
            # build) are evaluated after their first year
            klaar = tot if tot - van <= BOUW_MAX_WEKEN * WEEK else van + 52 * WEEK
            na = max(na, klaar + timedelta(days=1))
            continue
        # no round after the decision starts in the Christmas days or (in the south) the
        # carnival week, as no feedback week does (review 43c: keukentafelgesprekken from 20
        # December)
        begin = _week_na(na, vrij, zuid)
        kort = b.fase is Procesfase.terugkoppeling
        lengte = b.min_weken if kort else b.max_weken
        eind = verder(begin, lengte, vrij)
        if b.fase is Procesfase.uitwerken:
            # it starts right after the decision, alongside the feedback on it; the works wait
            # for what is worked out
            begin = _week_na(besloten, vrij, zuid)
            eind, te_kort = _uitwerken_eind(f, b, begin, vrij, uitwerken_tot, besloten)
            bevindingen += te_kort
            fasen.append(Geplaatst(b.fase, begin, eind, b.werkvormen, None))
            bevindingen += _reactie_na(fasen, voorleggen_na or [], begin, eind, vrij, f.reactienota)
            na = max(na, eind + timedelta(days=3))
            continue
        if b.fase is Procesfase.terugkoppeling and besluit is not None:
            begin, eind, welke = _terugkoppeling(na, max(1, lengte), vrij, zuid)
            begin, eind = _voor_ingang(v.kaders.uitvoering_van, na, begin, eind, vrij, zuid)
            if welke:
                bevindingen.append(
                    bevinding(
                        "PLAN-KALENDER",
                        Ernst.let_op,
                        "PLAN-KALENDER.terugkoppeling_voor_vakantie",
                        bronnen=["schoolvakanties-rijksoverheid", "ombudsman-goed-begin-2019"],
                        besluit=besluit.isoformat(),
                        vakantie=welke,
                        gespannen=gespannen,
                    )
                )
        fasen.append(Geplaatst(b.fase, begin, eind, b.werkvormen, None))
        na = eind + timedelta(days=3)
    # a trial that ended before this decision, followed by a roll-out after it: the trial is
    # looked back on before the proposal, the whole process after the roll-out
    uitrol = (
        proef is not None
        and besluit is not None
        and proef[1] <= besluit
        and v.kaders.uitvoering_van is not None
        and v.kaders.uitvoering_van >= besluit
    )
    proefterug = (
        _evaluatie_proef(evaluatie, proef, besluit, stukken_weken, start, vrij)
        if evaluatie is not None and proef is not None and besluit is not None
        else None
    )
    # looking back on the process (what worked, what to learn) comes after the decision it was
    # for: a look back before it is the trial's own, feeding the proposal, and the evaluation
    # follows later (review: the leerarena before the decision and before the trial's end)
    proef_ervoor = proefterug is not None and besluit is not None and proefterug.eind <= besluit
    if proefterug is not None and proef is not None and (uitrol or proef_ervoor):
        fasen.append(
            Geplaatst(
                proefterug.fase,
                proefterug.start,
                proefterug.eind,
                [],
                deel("FASE.proef_evaluatie", loopt=proef[1] > proefterug.eind),
            )
        )
    na_termijn = _evaluatie_termijn(f, besluit)
    if proefterug is not None and not (uitrol or proef_ervoor) and na_termijn is None:
        fasen.append(proefterug)
    elif evaluatie is not None:
        # soon after what it looks back on, while people remember (review 52a/b: 'vanaf 5
        # januari 2032' for a decision in 2027, an evaluation in August for Easter fires): a
        # short event or works within the year, right after them; longer works starting
        # within the year, after their first weeks; else right after the decision and the
        # feedback on it (the report says apart what became of it after the works)
        genomen = besluit or besloten
        lopend_besluit = lopende_maatregel(v)
        terug_eind = max(
            (g.eind for g in fasen if g.fase is Procesfase.terugkoppeling and g.start >= genomen),
            default=besloten,
        )
        van = max(genomen + EVALUATIE_NA_WEKEN * WEEK, terug_eind + timedelta(days=3))
        werk_van, werk_tot = v.kaders.uitvoering_van, v.kaders.uitvoering_tot
        voor_vervolg: date | None = None
        if werk_tot is not None and genomen < werk_tot <= genomen + 52 * WEEK and lopend_besluit:
            # a measure with a term that is extended or not, or that people hear about on a
            # rhythm: looked back on before its term ends, in time for the papers of the next
            # decision (review 56a/c: Duinmonde evaluated after a possible extension had
            # ended, Zuiderveld after the plan's term)
            voor_vervolg = _werkdagen_terug(
                werkdag_voor(werk_tot - stukken_weken * WEEK, zuid), VERWERK_WERKDAGEN, vrij, zuid
            )
        elif werk_tot is not None and genomen < werk_tot <= genomen + 52 * WEEK:
            van = max(van, werk_tot + 2 * WEEK)
        elif werk_van is not None and genomen <= werk_van <= genomen + 52 * WEEK:
            van = max(van, werk_van + EERSTE_FASE_WEKEN * WEEK)
        # and after what the case itself runs on after the decision (a klankbordgroep for the
        # first year): looking back on a process that still runs is an interim review at best
        # (the communication during the works is the works, dated above)
        lopend = [
            a.tot
            for a in ankers
            if besluit is not None and a.tot > besluit and a.werkvorm != "bouwcommunicatie"
        ]
        if proef is not None and besluit is not None and proef[1] > besluit:
            lopend.append(proef[1])  # and after the trial that still runs at the decision
        # and after the talks at each address that go on in the works (review 59, Aldervenne:
        # an evaluation with the households halfway through their talks)
        lopend += [
            g.eind
            for g in fasen
            if g.fase is Procesfase.uitwerken and werk_van is not None and g.eind > werk_van
        ]
        if lopend and voor_vervolg is None:
            van = max(van, max(lopend) + 2 * WEEK)
        if na_termijn is not None:
            # the case asks the evaluation a set time after the measure begins (a motie:
            # 'evalueer na een jaar'): then, not at the end of everything that still runs
            # (review 58a, Veenmarke: 'Vanaf 13 november 2028' for a start on 12 April 2027)
            van = max(terug_eind + timedelta(days=3), na_termijn)
            voor_vervolg = None
        begin = _eerste_werkweek(_volgende_maandag(van), vrij)
        eind = verder(begin, evaluatie.min_weken, vrij)
        for _ in range(8):
            # not split by a school holiday: then it starts after the holiday
            if eind - begin < max(1, evaluatie.min_weken) * WEEK:
                break
            begin = _eerste_werkweek(begin + WEEK, vrij)
            eind = verder(begin, evaluatie.min_weken, vrij)
        if voor_vervolg is not None:
            # the last weeks before the next decision's papers: the measure has run as long as
            # it can before the evaluation, which still feeds the decision on what follows
            begin = max(_terug(voor_vervolg, max(1, evaluatie.min_weken), vrij), na)
            eind = max(
                begin + timedelta(days=4),
                min(verder(begin, evaluatie.min_weken, vrij), voor_vervolg),
            )
        vervolg = _vervolg_grens(f, besluit, door, vrij)
        if vervolg is not None and eind > vervolg:
            # the later decision on going on rests on the evaluation: it is done before the
            # concept for that decision is written, not months after it
            begin = max(_terug(vervolg, max(1, evaluatie.min_weken), vrij), na)
            eind = max(
                begin + timedelta(days=4), min(verder(begin, evaluatie.min_weken, vrij), vervolg)
            )
        fasen.append(Geplaatst(evaluatie.fase, begin, eind, evaluatie.werkvormen, None))
    fasen += _ritme(f, fasen, besluit, vrij, zuid)
    besluit = gevraagd
    # the uitvoering before the decision is the trial the case names: that is how a trial works
    in_proef = proef is not None and proef[0] <= (v.kaders.uitvoering_van or proef[0]) <= proef[1]
    # the works start before the requested decision, or (a later advice date, a longer process)
    # before the earliest decision that fits: said, with both dates
    uitvoering = v.kaders.uitvoering_van
    botsing: tuple[str, date] | None = None
    if besluit and uitvoering and not in_proef:
        if uitvoering < besluit:
            botsing = ("PLAN-KALENDER.uitvoering_eerder", besluit)
        elif vroegst is not None and f.datum < uitvoering <= vroegst:
            # a decision on the day the execution starts is too late as well (review 38)
            # (works that already began are for the dates themselves, POORT-TIJD, to settle)
            botsing = ("PLAN-KALENDER.uitvoering_voor_vroegst", vroegst)
    if botsing is not None and uitvoering is not None:
        sleutel, wanneer = botsing
        bevindingen.append(
            bevinding(
                "PLAN-KALENDER",
                Ernst.waarschuwing,
                sleutel,
                uitvoering=uitvoering.isoformat(),
                besluit=wanneer.isoformat(),
            )
        )
    bevindingen += _broedseizoen(f)
    bevindingen += _per_gebied(f, gevraagd)
    nodig = sum(b.min_weken for b in voor) + stukken_weken
    bevindingen += samenhang(
        f, fasen, papieren, gepland, vrij, bevindingen, ankers, voorleggen or []
    )
    _termijn_na_vakantie(f, fasen, papieren or gepland, vrij)
    if (
        past
        and gepland is not None
        and any(x.fase in VOOR_BESLUIT and not x.op_datum and gepland < x.eind for x in fasen)
    ):
        # a round runs on past the decision, or was pushed behind it (a zienswijze after a
        # referendum that is itself late): said in a finding, not hidden
        past = False
    bevindingen += verwerken(
        f,
        fasen,
        papieren,
        gepland,
        stukken_weken,
        vrij,
        {**{w.id: w.naam for w in f.kennis.werkvormen}, **{a.werkvorm: a.naam for a in ankers}},
        aanvraag if f.procedure in VERGUNNING else None,
        frozenset(doorlopend),
        bevindingen,
    )
    bevindingen += _termijn_in_vakantie(f, fasen, vrij)
    bevindingen += _vast_in_vakantie(f, vrij)
    _noten(f, fasen, vrij, papieren, aanvraag if f.procedure in VERGUNNING else None)
    _werkdagen(f, fasen)
    # in calendar order: a werkvorm on fixed dates sits where its dates put it
    fasen.sort(key=lambda x: (x.start, _FASEN.index(x.fase)))
    return Plan(fasen, nodig, beschikbaar, past, bevindingen)


def _feestperiode(van: date, tot: date, zuid: bool) -> list[tuple[date, date, str]]:
    """The Christmas days, and in the south the carnival week, between ``van`` and ``tot``:
    periods in which people do not read a feedback letter or come to a meeting, also when
    they fall outside the school holiday (a kerstvakantie that starts on 25 December, a school
    that keeps its voorjaarsvakantie in the carnival week rather than on the advised dates)."""
    uit = []
    for jaar in range(van.year - 1, tot.year + 1):
        uit.append((date(jaar, *KERST[0]), date(jaar + 1, *KERST[1]), "kerstperiode"))
        if zuid:
            c_van, c_tot = carnaval(jaar)
            uit.append((c_van - timedelta(days=1), c_tot + timedelta(days=5), "carnavalsweek"))
    return uit


def _terugkoppeling(
    na: date, weken: int, vrij: list[tuple[date, date, str]], zuid: bool
) -> tuple[date, date, str]:
    """The feedback round after the decision (the day after it is ``na``), and the holiday it
    is placed before ('' when it is not).

    It starts in the first working week after the decision that no school holiday, Christmas
    or (in the south) carnival takes. When a holiday begins within two weeks of the decision,
    people do not wait until after it: the feedback goes out in the working days between the
    decision and the holiday (prepared before the decision), or with the decision itself."""
    dicht = sorted([*vrij, *_feestperiode(na, na + 60 * WEEK, zuid)])
    begin = _eerste_werkweek(_volgende_maandag(na), dicht)
    if begin - na <= TERUGKOPPELING_WEKEN * WEEK:
        eind = begin + timedelta(days=4)
        for _ in range(weken - 1):
            volgende = eind + timedelta(days=3)
            if _geblokkeerd(volgende, dicht):
                break
            eind = volgende + timedelta(days=4)
        return begin, eind, ""
    vakantie = min(
        (x for x in dicht if x[1] >= na and x[0] <= begin), key=lambda x: x[0], default=None
    )
    if vakantie is None or vakantie[0] < na:
        # the decision itself falls in the holiday: the first week after it
        return begin, begin + timedelta(days=4), ""
    eerste = werkdag_na(na, zuid)
    laatste = werkdag_voor(vakantie[0] - timedelta(days=1), zuid)
    if eerste > laatste:
        # not one working day between: the feedback comes with the decision itself
        eerste = laatste = na - timedelta(days=1)
    laatste = werkdag_voor(min(laatste, eerste + weken * WEEK - timedelta(days=3)), zuid)
    return eerste, laatste, vakantie[2]


def _voor_ingang(
    ingang: date | None,
    na: date,
    begin: date,
    eind: date,
    vrij: list[tuple[date, date, str]],
    zuid: bool,
) -> tuple[date, date]:
    """The feedback on a decision that takes effect on a set day (``kaders.uitvoering_van``)
    comes before that day when working days outside the holidays are left between the decision
    and it: people hear what was decided, and what they said did, before it applies to them.
    Why: review 56c, Duinmonde: the aanwijzing applied from 1 March, the feedback came 1-5
    March."""
    if ingang is None or not (na < ingang <= eind) or begin < na:
        return begin, eind
    dicht = sorted([*vrij, *_feestperiode(na, ingang, zuid)])
    dagen = [
        na + timedelta(days=i)
        for i in range((ingang - na).days)
        if (na + timedelta(days=i)).weekday() < 5
        and not vrije_dag(na + timedelta(days=i), zuid)
        and not any(a <= na + timedelta(days=i) <= b for a, b, _ in dicht)
    ]
    if not dagen:
        return begin, eind
    eerste = dagen[0]
    return eerste, max(d for d in dagen if d <= eerste + timedelta(days=4))


def _ritme(
    f: Feiten,
    fasen: list[Geplaatst],
    besluit: date | None,
    vrij: list[tuple[date, date, str]],
    zuid: bool,
) -> list[Geplaatst]:
    """The rest of the feedback the case promises on a rhythm ('elke twee maanden', 'elk
    kwartaal'): after the feedback on the decision, a week every so many months within the
    term of the measure, each outside the school holidays and the Christmas days (rule
    PLAN-KALENDER). Why: review 56a, Zuiderveld: 'horen bewoners elke twee maanden wat er met
    de meldingen gebeurt', and the design had one terugkoppeling in April."""
    if besluit is None:
        return []
    eerste = min(
        (g for g in fasen if g.fase is Procesfase.terugkoppeling and g.start > besluit),
        key=lambda g: g.start,
        default=None,
    )
    maanden = ritme_maanden(f.vraagstuk)
    if eerste is None or maanden is None:
        return []
    dicht = sorted([*vrij, *_feestperiode(eerste.start, eerste.start + 60 * WEEK, zuid)])
    tot = f.vraagstuk.kaders.uitvoering_tot
    weken: list[date] = []
    vorige = eerste.start
    for _ in ritme_data(f.vraagstuk, eerste.start):
        # each so many months after the one before, outside the holidays
        begin = _eerste_werkweek(_maandag(maanden_later(vorige, maanden)), dicht)
        if tot is not None and begin + timedelta(days=4) > tot:
            break
        weken.append(begin)
        vorige = begin
    if not weken:
        return []
    # one step with its weeks, not a row per letter: the table stays short
    uitleg = deel(
        "FASE.terugkoppeling_ritme",
        ritme=ritme_woorden(maanden),
        weken=[w.isoformat() for w in weken],
    )
    return [Geplaatst(Procesfase.uitvoering, weken[0], weken[-1] + timedelta(days=4), [], uitleg)]


#: A decision taken per area: "per kern", "per wijk", "per buurt", "per deelgebied".
_PER_GEBIED = re.compile(r"\bper\s+(kern|wijk|buurt|deelgebied|dorp)\b", re.IGNORECASE)
#: An open point about the order of the areas: "in welke volgorde de kernen aan de beurt komen".
_VOLGORDE = re.compile(
    r"\bvolgorde\b.*\b(kern|wijk|buurt|deelgebied|dorp)(?:en|s)?\b", re.IGNORECASE
)
#: One decision for all areas at once ("neemt het college één verkeersbesluit").
_EEN_BESLUIT = re.compile(r"\b(één|een enkel)\s+(verkeers|aanwijzings)?besluit\b", re.IGNORECASE)
#: A sentence about deciding or doing something per area.
_BESLUIT_OF_WERK = re.compile(
    r"besluit|besloten|beslist|aan de beurt|uitgevoerd|uitvoering|aangepakt|ingericht|werkzaamheden",
    re.IGNORECASE,
)
_GEBIEDEN = {
    "kern": "kernen",
    "wijk": "wijken",
    "buurt": "buurten",
    "deelgebied": "deelgebieden",
    "dorp": "dorpen",
}
#: Works that run longer than this are done area by area, not all at once.
PER_GEBIED_WEKEN = 52


def _per_gebied(f: Feiten, besluit: date | None) -> list[Bevinding]:
    """A case decided per area (per kern, per wijk) whose works run for more than a year: the
    first area is worked out to street level before the decision, the others later, each before
    its own works. Conditional while the order of the areas is still open."""
    v = f.vraagstuk
    van, tot = v.kaders.uitvoering_van, v.kaders.uitvoering_tot
    gefaseerd = per_gebied(f)
    if besluit is None or van is None or tot is None or gefaseerd is None:
        return []
    gebied, volgorde_open = gefaseerd
    return [
        bevinding(
            "PLAN-KALENDER",
            Ernst.let_op,
            "PLAN-KALENDER.per_gebied",
            bronnen=["involve-planning"],
            gebied=gebied,
            gebieden=_GEBIEDEN[gebied],
            besluit=besluit.isoformat(),
            van=van.isoformat(),
            tot=tot.isoformat(),
            volgorde_open=volgorde_open,
        )
    ]


def per_gebied(f: Feiten) -> tuple[str, bool] | None:
    """The area ('kern', 'wijk') a case is decided and done in one by one, over more than a
    year, and whether the order of the areas is still open; None when it is not phased so
    (rule PLAN-KALENDER: the first area before the decision, the others later)."""
    v = f.vraagstuk
    van, tot = v.kaders.uitvoering_van, v.kaders.uitvoering_tot
    if van is None or tot is None or tot - van <= PER_GEBIED_WEKEN * WEEK:
        return None
    tekst = " ".join([v.titel, v.omschrijving, v.aanleiding or "", *v.kaders.vast])
    if _EEN_BESLUIT.search(tekst):
        return None  # one decision for every area at once: nothing to phase (review 31a)
    # the order is only the gemeente's to phase when no other party decides it
    volgorde = next(
        (
            m
            for p in v.kaders.open
            if (p.door is None or p.door.value in {"college", "raad", "burgemeester"})
            and (m := _VOLGORDE.search(p.onderwerp))
        ),
        None,
    )
    # "per kern" counts only where it is about deciding or doing ("het college neemt de
    # verkeersbesluiten per kern"), not "het aantal per wijk volgt uit de prognose"
    per = next(
        (
            m
            for zin in re.split(r"(?<=[.;!?])\s+", tekst)
            if (m := _PER_GEBIED.search(zin)) and _BESLUIT_OF_WERK.search(zin)
        ),
        None,
    )
    if per is None and volgorde is None:
        return None
    gebied = ((volgorde or per).group(1)).lower()  # type: ignore[union-attr]
    return gebied, volgorde is not None


#: The longest span for working out what waits for the decision (rule PLAN-NA-BESLUIT) when
#: the works have no start date: within a quarter, while people still remember the process.
UITWERKEN_MAX_WEKEN = 12


def _uitwerken_eind(
    f: Feiten,
    b: Blok,
    begin: date,
    vrij: list[tuple[date, date, str]],
    stukken: date | None = None,
    besloten: date | None = None,
) -> tuple[date, list[Bevinding]]:
    """The end of the elaboration after the decision (rule PLAN-NA-BESLUIT): as long as its
    slowest werkvorm, at most twelve working weeks, and done the working day before the works
    start (``kaders.uitvoering_van``), so what is worked out can be built or used, and before
    the papers for a point's own later decision (``stukken``). When even its shortest duration
    does not fit before that, it keeps that duration and says so. Works that start before the
    decision (a trial that runs through it) are no limit: that is said elsewhere.

    A form whose number of talks sets its duration (one at each address) takes the weeks they
    need, also past twelve. When each household's part follows its own agreement, the talks may
    go on after the works start, until the works end (``kaders.uitvoering_tot``); the report
    says so, or says that they do not fit and what to do.

    Why: review 59 (snippergroen, Aldervenne): 585 talks squeezed into five weeks before the
    works, where a team does some 25 a week."""
    lengte = min(max(b.max_weken, 1), UITWERKEN_MAX_WEKEN)
    if b.aantal is not None:
        lengte = max(lengte, b.min_weken)
    eind = verder(begin, lengte, vrij)
    uitvoering = f.vraagstuk.kaders.uitvoering_van
    if uitvoering is not None and besloten is not None and uitvoering < besloten:
        uitvoering = None
    if b.doorlopen and b.aantal is not None and uitvoering is not None and eind >= uitvoering:
        return _doorlopen(f, b, begin, eind, uitvoering, vrij, stukken)
    grenzen = [d for d in (uitvoering, stukken) if d is not None]
    if not grenzen:
        return eind, []
    start = min(grenzen)
    eigen = start != uitvoering
    grens = start - timedelta(days=1)
    while grens.weekday() >= 5:
        grens -= timedelta(days=1)
    if eind <= grens:
        return eind, []
    beschikbaar = werkweken(begin, grens, vrij) if grens > begin else 0
    if beschikbaar >= max(b.min_weken, 1):
        return grens, []
    return verder(begin, max(b.min_weken, 1), vrij), [
        bevinding(
            "PLAN-NA-BESLUIT",
            Ernst.waarschuwing,
            bronnen=[],
            namen=b.namen or b.werkvormen,
            nodig=max(b.min_weken, 1),
            beschikbaar=beschikbaar,
            uitvoering=start.isoformat(),
            eigen=eigen,
        )
    ]


def _doorlopen(
    f: Feiten,
    b: Blok,
    begin: date,
    eind: date,
    uitvoering: date,
    vrij: list[tuple[date, date, str]],
    stukken: date | None,
) -> tuple[date, list[Bevinding]]:
    """The talks at each address that go on after the works start (part of rule
    PLAN-NA-BESLUIT): they end when their number demands, by the end of the works
    (``kaders.uitvoering_tot``) and the papers for a point's own later decision; a note says
    that they run on into the works, or a warning says that they do not fit and what to do."""
    tot = f.vraagstuk.kaders.uitvoering_tot
    grenzen = [d for d in (tot, stukken) if d is not None]
    grens = min(grenzen) - timedelta(days=1) if grenzen else None
    while grens is not None and grens.weekday() >= 5:
        grens -= timedelta(days=1)
    past = grens is None or eind <= grens
    bevinding_ = bevinding(
        "PLAN-NA-BESLUIT",
        Ernst.let_op if past else Ernst.waarschuwing,
        "PLAN-NA-BESLUIT.doorlopen",
        bronnen=[],
        namen=b.namen or b.werkvormen,
        aantal=b.aantal or 0,
        nodig=b.min_weken,
        eind=eind.isoformat(),
        uitvoering=uitvoering.isoformat(),
        past=past,
        grens=grens.isoformat() if grens is not None else "",
        beschikbaar=werkweken(begin, grens, vrij) if grens is not None and grens > begin else 0,
        eigen=grens is not None and stukken is not None and (tot is None or stukken < tot),
    )
    return eind, [bevinding_]


def _reactie_na(
    fasen: list[Geplaatst],
    punten: list[Voorleggen],
    begin: date,
    eind: date,
    vrij: list[tuple[date, date, str]],
    nota: bool = True,
) -> list[Bevinding]:
    """The reaction round on the points worked out after the decision (rules PLAN-REACTIE and
    PLAN-NA-BESLUIT; changes ``fasen`` in place): the options or the concept lie open at the end
    of the elaboration, after its first week, for up to four working weeks; in its last week
    the gemeente answers every reaction. When fewer than two weeks fit, it says so."""
    if not punten:
        return []
    laatste = _maandag(eind)
    sluit = laatste - timedelta(days=3)
    open_ = max(_terug(laatste, REACTIE_WEKEN, vrij), _eerste_werkweek(begin + WEEK, vrij))
    return _reactie_fase(fasen, punten, open_, sluit, eind, vrij, nota=nota)


def _lange_vakanties(vrij: list[tuple[date, date, str]]) -> list[tuple[date, date, str]]:
    """The Christmas and summer holidays, the regions of one holiday taken together."""
    uit: list[tuple[date, date, str]] = []
    for van, tot, naam in sorted(x for x in vrij if x[2] in _LANGE_VAKANTIES):
        if uit and uit[-1][2] == naam and van <= uit[-1][1] + WEEK:
            uit[-1] = (uit[-1][0], max(uit[-1][1], tot), naam)
        else:
            uit.append((van, tot, naam))
    return uit


def _om_vakantie(
    begin: date,
    eind: date,
    blok: Blok,
    lengte: int,
    rest: int,
    deadline: date | None,
    vrij: list[tuple[date, date, str]],
) -> tuple[date, date, tuple[date, date, str] | None]:
    """A round of inwoners placed across the Christmas or summer holiday: many people are away
    and the round loses its pace. It starts after the holiday when it and the ``rest`` weeks of
    the phases after it still end by ``deadline``; else it ends before the holiday when its
    shortest duration fits there; else it stays, and the holiday is returned to be said."""
    for van, tot, naam in _lange_vakanties(vrij):
        if not (begin < van and eind > tot):
            continue
        na = _eerste_werkweek(tot + timedelta(days=1), vrij)
        na_eind = _eind(na, lengte, blok.werkvormen, vrij)
        if deadline is None or verder(na_eind + timedelta(days=3), rest, vrij) <= deadline:
            return na, na_eind, None
        ervoor = werkweken(begin, van - timedelta(days=1), vrij)
        if ervoor >= max(1, blok.min_weken):
            return begin, verder(begin, ervoor, vrij), None
        return begin, eind, (van, tot, naam)
    return begin, eind, None


_BOMEN = re.compile(r"\b(?:bomen|boom)\w*", re.IGNORECASE)
_KAP = re.compile(
    r"\b(?:bomenkap\w*|kap|kappen|kapt|gekapt|kapvergunning\w*|vellen|velt|geveld|rooien|"
    r"rooit|gerooid)\b",
    re.IGNORECASE,
)
#: The breeding season of birds, roughly: nests in trees are then in use and protected.
BROED_VAN = (3, 15)
BROED_TOT = (7, 15)
#: The term for an objection against a decision (art. 6:7 Awb): work that cannot be undone waits.
BEZWAAR_WEKEN = 6


def buiten_broedseizoen(van: date, tot: date) -> bool:
    """Do the works from ``van`` to ``tot`` lie wholly outside the breeding season of birds
    (between 15 July of one year and 15 March of the next)?"""
    if van < date(van.year, *BROED_VAN):
        return tot < date(van.year, *BROED_VAN)
    if van > date(van.year, *BROED_TOT):
        return tot < date(van.year + 1, *BROED_VAN)
    return False


def _broedseizoen(f: Feiten) -> list[Bevinding]:
    """Felling trees is planned outside the breeding season of birds (about 15 March to 15
    July): a nest in use may not be destroyed (art. 11.37 Bal) and everyone takes care of wild
    animals (zorgplicht, art. 11.27 Bal). Said when the case is about felling trees; with the
    dates of the uitvoering, the window before the season, and how an objection term eats it.
    Felling after the season is named only when the works still run after it. Works that lie
    wholly between two seasons are said to, in one sentence."""
    v = f.vraagstuk
    tekst = " ".join(
        [v.titel, v.omschrijving, *v.kaders.vast, *(p.onderwerp for p in v.kaders.open)]
    )
    if not (_BOMEN.search(tekst) and _KAP.search(tekst)):
        return []
    k = v.kaders
    van = k.uitvoering_van
    jaar = (van or k.besluit_uiterlijk or f.datum).year
    if van is not None and van > date(jaar, *BROED_TOT):
        jaar += 1
    begin, eind = date(jaar, *BROED_VAN), date(jaar, *BROED_TOT)
    bezwaar = k.besluit_uiterlijk + BEZWAAR_WEKEN * WEEK if k.besluit_uiterlijk else None
    tot = k.uitvoering_tot
    if van is not None and tot is not None and tot >= van and buiten_broedseizoen(van, tot):
        # the works lie wholly between two seasons: say so, not 'kap vóór 15 maart 2028 of
        # erna' for works that end in October 2027 (review 65b)
        return [
            bevinding(
                "PLAN-KALENDER",
                Ernst.let_op,
                "PLAN-KALENDER.broedseizoen_buiten",
                bronnen=["bal-vogels"],
                van=van.isoformat(),
                tot=tot.isoformat(),
            )
        ]
    return [
        bevinding(
            "PLAN-KALENDER",
            Ernst.let_op,
            "PLAN-KALENDER.broedseizoen",
            bronnen=["bal-vogels"],
            begin=begin.isoformat(),
            eind=eind.isoformat(),
            uitvoering=van.isoformat() if van and van < begin else "",
            bezwaar=bezwaar.isoformat()
            if bezwaar and van and van < begin and van <= bezwaar < begin
            else "",
            # felling after the season only when the works still run then (review 38: "of
            # erna" while the works ended on 30 June)
            erna=k.uitvoering_tot is None or k.uitvoering_tot > eind,
        )
    ]


#: The months in which a werkvorm outside is cold, wet and dark early: December to February.
WINTER = (12, 1, 2)


def _buiten_in_winter(f: Feiten, fasen: list[Geplaatst]) -> list[Bevinding]:
    """A werkvorm that meets outside (the catalogue's ``buiten``), planned in a phase that lies
    wholly in December to February: hold it indoors close by, or move it. Not for a werkvorm on
    the dates the case itself gives: that choice is the case's."""
    buiten = {w.id: w.naam for w in f.kennis.werkvormen if w.buiten}
    namen: list[str] = []
    van: date | None = None
    for g in fasen:
        if g.op_datum or g.fase not in _VOOR_OF_TOETS:
            continue
        hier = [buiten[w] for w in g.werkvormen if w in buiten]
        dagen = [g.start + timedelta(days=i) for i in range((g.eind - g.start).days + 1)]
        werkdagen = [d for d in dagen if d.weekday() < 5] or dagen
        if hier and all(d.month in WINTER for d in werkdagen):
            namen += [n for n in hier if n not in namen]
            van = g.start if van is None else min(van, g.start)
    if not namen or van is None:
        return []
    return [
        bevinding(
            "PLAN-KALENDER",
            Ernst.let_op,
            "PLAN-KALENDER.buiten_in_winter",
            # the tool's own look at the calendar: the werkvorm's source does not carry it
            bronnen=[],
            namen=namen,
            van=van.isoformat(),
        )
    ]


#: A trial longer than this many weeks gets a moment halfway to look at it and adjust it.
PROEF_BIJSTUREN_WEKEN = 13


def _proef_halverwege(
    f: Feiten, fasen: list[Geplaatst], vrij: list[tuple[date, date, str]]
) -> None:
    """A moment halfway through a trial of more than three months: what the participants and
    the measurements show so far, and what is adjusted (times, exemptions, routes) before the
    trial goes on. Steering during a trial is what makes it a trial, not a fait accompli."""
    proef = f.proef
    if proef is None or proef[1] - proef[0] <= PROEF_BIJSTUREN_WEKEN * WEEK:
        return
    midden = proef[0] + (proef[1] - proef[0]) / 2
    week = _eerste_werkweek(_maandag(midden), vrij)
    if week + timedelta(days=4) >= proef[1] or week <= f.datum:
        return
    # (a week that opens on Easter Monday or Whit Monday starts the day after)
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    fasen.append(
        Geplaatst(
            Procesfase.uitvoering,
            werkdag_na(week, zuid),
            week + timedelta(days=4),
            [],
            deel("FASE.proef_halverwege"),
        )
    )


def _eind(
    begin: date, weken: int, werkvormen: list[str], vrij: list[tuple[date, date, str]]
) -> date:
    """The end of a phase of ``weken`` working weeks from ``begin``. A formal round (a
    zienswijze) lasts at least its legal term in calendar weeks: six weeks from the day the draft
    lies open (art. 3:16 Awb), never fewer because weeks are counted Monday to Friday; a term
    that ends on a Saturday or Sunday runs on to the Monday (art. 1 Algemene termijnenwet)."""
    eind = verder(begin, weken, vrij)
    if not _FORMELE_TERMIJN & set(werkvormen):
        return eind
    termijn = begin + max(weken, ZIENSWIJZE_WEKEN) * WEEK - timedelta(days=1)
    while termijn.weekday() >= 5:
        termijn += timedelta(days=1)
    return max(eind, termijn)


#: Working weeks without word from the process after which the participants hear in between.
STILTE_WEKEN = 8
#: Working weeks just before a trial to set its criteria and the nulmeting with inwoners.
PROEF_VOORAF_WEKEN = 2
#: Findings that already say the participation is shortened to fit the date.
_INGEKORT = frozenset(
    {
        "PLAN-KALENDER.te_kort",
        "PLAN-KALENDER.vast_te_kort",
        "PLAN-KALENDER.inbreng_te_kort",
        "PLAN-KALENDER.termijn_past_niet",
        "PLAN-KALENDER.anker_te_laat",
        "PLAN-KALENDER.toets_na_anker",
        "PLAN-KALENDER.zonder_toets",
    }
)


@regel(
    "PLAN-SAMENHANG",
    Thema.mix,
    "Een planning die zichzelf niet tegenspreekt",
    """Voordat pionieren de planning geeft, controleert het vijf dingen. Eén: geen stap van de
    participatie eindigt na de datum waarop het voorstel klaar moet zijn; loopt er een door, dan
    eindigt hij op die datum. Een formele ronde (zienswijze), een werkvorm op eigen data en een
    stap waarvan het rapport zegt dat hij na die datum doorloopt (de besluitdatum ligt vast)
    houden hun data, en werk bij de uitwerking na het besluit mag later. Twee: bij een proef legt de
    gemeente de criteria en de nulmeting vóór de start samen met inwoners vast, in de laatste
    werkweken ervoor (niet in een schoolvakantie). Begint de proef zo kort na het besluit dat dat
    niet past, dan zegt pionieren dat het in het voorstel moet. Stelt een belanghebbende een
    proef voor zonder eigen data, dan loopt die in de uitvoering, na het besluit; dan vraagt
    pionieren het bestuur één keer te kiezen: een korte proef vóór het voorstel, een later
    besluit, of de proef als deel van de uitvoering. Drie: liggen er tussen twee
    stappen, of tussen de laatste stap en het besluit, meer dan acht werkweken zonder contact,
    dan plant pionieren een tussentijds bericht aan wie meedeed: wat we hoorden en wat er nu
    gebeurt. Zo valt er geen stilte van maanden. Vier: een zienswijze gaat over het ontwerp dat
    een referendum of burgerberaad van het vraagstuk kiest of vormt, en komt dus daarna; valt
    hij zo na het besluit, dan zegt pionieren dat het besluit dan een keuzebesluit is en de
    procedure voor het omgevingsplan later volgt. Vijf: noemt het vraagstuk een vast moment vóór
    het besluit (momenten: een commissie die een concept bespreekt), dan sluit een ronde die het
    stuk voedt vóór de stukken voor dat moment (6 weken bij de raad, 4 bij een commissie, 2 bij
    het college of een ander), begint een ronde die anders tijdens de bespreking zou lopen pas
    daarna, en horen de deelnemers in de week erna wat er besproken is. Is het moment
    vertrouwelijk (de driehoek, een besloten overleg), dan horen zij alleen wat het betekent
    voor het plan. Bespreekt het moment
    alleen de tussenstand van de participatie, dan loopt een ronde gewoon door. Vraagt een werkvorm
    in de ronde die het moment voedt meer werkweken (voorbereiding meegeteld, buiten de
    schoolvakanties) dan er na het vaststellen van het plan tot die stukken zijn, dan zegt
    pionieren dat één keer. Zo ook na een open punt
    dat vóór het hoofdbesluit een eigen besluit krijgt (de keuze van de plek): in de week erna
    horen de deelnemers wat er besloten is en hoe hun inbreng is meegewogen.""",
    [
        "ombudsman-goed-begin-2019",
        "pilot-experimenteren",
        "ombudsman-inspraak-2009",
        "awb-3-18",
    ],
)
def samenhang(
    f: Feiten,
    fasen: list[Geplaatst],
    stukken: date | None,
    besluit: date | None,
    vrij: list[tuple[date, date, str]],
    gemeld: list[Bevinding],
    ankers: list[Anker] | None = None,
    voorleggen: list[Voorleggen] | None = None,
) -> list[Bevinding]:
    """The consistency pass over a placed plan (changes ``fasen`` in place): a zienswijze after
    the instrument that chooses the plan, the rounds end by the papers date, a trial is
    prepared with inwoners, and no silence lasts months."""
    uit = _zienswijze_na_keuze(fasen, ankers or [], besluit, vrij)
    inbreng = f.vraagstuk.kaders.inbreng_uiterlijk
    if (
        stukken is not None
        and inbreng is not None
        and f.datum < inbreng - timedelta(days=1) < stukken
    ):
        # the outcome is due earlier still (a plan at the college): the rounds end before it
        stukken = inbreng - timedelta(days=1)
    else:
        inbreng = None
    if stukken is not None and besluit is not None and stukken > f.datum:
        ingekort = False
        voorbereid = max(
            (x.eind for x in fasen if x.fase is Procesfase.voorbereiden), default=f.datum
        )
        for g in list(fasen):
            formeel = [w for w in g.werkvormen if w in _FORMELE_TERMIJN]
            if formeel and len(formeel) < len(g.werkvormen) and g.eind > stukken >= g.start:
                # a formal round keeps its term; the inwoner rounds planned with it (a broad
                # test of a burgerberaad's advice) still end by the papers date
                fasen.append(Geplaatst(g.fase, g.start, g.eind, formeel, None))
                g.werkvormen = [w for w in g.werkvormen if w not in _FORMELE_TERMIJN]
            if (
                g.fase not in _VOOR_OF_TOETS
                or g.op_datum
                or g.doorlopen
                or _FORMELE_TERMIJN & set(g.werkvormen)
                or g.start > besluit  # the elaboration after the decision
                or g.eind <= stukken
            ):
                continue
            start = min(max(f.datum, min(g.start, stukken - timedelta(days=4))), stukken)
            if g.fase is not Procesfase.voorbereiden and g.start > voorbereid >= start:
                # never cut back into the preparation: no round starts before the plan is
                # adopted and people are invited (windpark: rounds squeezed into the week the
                # invitations go out). It stays; the calendar says the time is short
                continue
            g.eind = stukken
            g.start = start
            ingekort = ingekort or bool(g.werkvormen)
        if ingekort and not {b.sleutel for b in gemeld} & _INGEKORT:
            uit.append(
                bevinding(
                    "PLAN-SAMENHANG",
                    Ernst.let_op,
                    "PLAN-SAMENHANG.ingekort",
                    bronnen=[],
                    stukken=(inbreng or stukken).isoformat(),
                    inbreng=inbreng is not None,
                )
            )
    # a round moved after a moment leaves the weeks of the reaction round before the papers
    reserve = REACTIE_MIN_WEKEN + REACTIENOTA_WEKEN if voorleggen else 0
    _momenten(f, fasen, stukken, besluit, vrij, reserve)
    if not {b.sleutel for b in gemeld} & _INGEKORT:
        uit += _te_kort_voor_moment(f, fasen, besluit, vrij)
    _tussenbesluiten(f, fasen, besluit, vrij)
    # the piece everyone reacts to is contact too: placed before the interim reports
    uit += reactieronde(f, fasen, voorleggen or [], stukken)
    uit += _proef_vooraf(f, fasen, besluit, vrij)
    uit += _proef_van_voorsteller(f, stukken, besluit)
    _proef_halverwege(f, fasen, vrij)
    _tussentijds(fasen, besluit, vrij)
    uit += _buiten_in_winter(f, fasen)
    return uit


def _te_kort_voor_moment(
    f: Feiten, fasen: list[Geplaatst], besluit: date | None, vrij: list[tuple[date, date, str]]
) -> list[Bevinding]:
    """A round that feeds a fixed moment before the decision closes before that moment's
    papers (:func:`_momenten`). A werkvorm in it that needs more working weeks (preparation
    included, outside the school holidays) than there are from the adopted plan to those
    papers does not fit: said once, for the first such moment. Why: review 52a, Oosterzande:
    a joint fact finding squeezed into one working week before the commissie it should feed."""
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    voorbereid = max((x.eind for x in fasen if x.fase is Procesfase.voorbereiden), default=f.datum)
    for m in sorted(f.vraagstuk.momenten, key=lambda x: x.datum):
        if m.datum <= f.datum or (besluit is not None and m.datum >= besluit):
            continue
        if TUSSENSTAND.search(m.wat):
            continue  # a round runs on through a moment on the interim state
        papieren = moment_papieren(f, m, vrij, zuid)
        rondes = [
            g
            for g in fasen
            if g.fase in VOOR_BESLUIT
            and not g.op_datum
            and g.werkvormen
            and not _FORMELE_TERMIJN & set(g.werkvormen)
            and g.start < papieren
            and g.eind <= papieren
        ]
        if not rondes or papieren <= voorbereid:
            continue
        ronde = max(rondes, key=lambda g: g.eind)
        beschikbaar = werkweken(voorbereid + timedelta(days=1), papieren, vrij)
        lang = [
            catalogus[w]
            for w in ronde.werkvormen
            if w in catalogus and catalogus[w].weken[0] > beschikbaar
        ]
        if not lang:
            continue
        return [
            bevinding(
                "PLAN-SAMENHANG",
                Ernst.let_op,
                "PLAN-SAMENHANG.te_kort_voor_moment",
                # the weeks come from the catalogue: its sources for these werkvormen
                bronnen=sorted({b for w in lang for b in w.bronnen}),
                namen=[w.naam for w in lang],
                weken=max(w.weken[0] for w in lang),
                beschikbaar=beschikbaar,
                moment=m.datum.isoformat(),
                stukken=papieren.isoformat(),
            )
        ]
    return []


_OVER_CONCEPT = re.compile(r"\bconcept|\bontwerp(?!-advies)|\bschets", re.IGNORECASE)
"""A moment that discusses a concept or draft of the piece (not a body's own draft advice)."""

TUSSENSTAND = re.compile(r"\btussenstand|\bvoortgang", re.IGNORECASE)
"""A moment that discusses how far the participation is, not a piece the rounds feed."""

MOMENT_STUKKEN = {Orgaan.raad: 6, Orgaan.commissie: 4, Orgaan.college: 2, Orgaan.anders: 2}
"""Weeks before a fixed moment of the case (``momenten``) that its papers are due: the raad's
cycle, a commissie's agenda (about a month), the college's and anyone else's two weeks."""

WENSEN_MOMENT = re.compile(r"\bwensen\s+en\s+bedenkingen\b|\b169\s+lid\s+4\b", re.IGNORECASE)
"""A raad moment of the case that is its wensen en bedenkingen on the draft (art. 169 lid 4
Gemeentewet)."""

_MAANDEN = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"

#: a third party that must know the outcome by a date the text names: 'moeten de huisartsen en
#: de ontwikkelaar in mei 2027 weten op welke kavel zij bouwen'
_MOETEN_WETEN = re.compile(
    r"\bmoet(?:en)?\b[^.;]{0,120}?\b(?:in|vóór|voor|uiterlijk|op|eind|begin)\s+"
    rf"(?:\d{{1,2}}\s+)?(?:{_MAANDEN})\s+20\d\d\s+(?:\w+\s+){{0,3}}weten\b",
    re.IGNORECASE,
)


def eigen_wensen_moment(f: Feiten, door: Beslisser | None, besluit: date | None) -> Moment | None:
    """The case's own raad moment for its wensen en bedenkingen on this college decision
    (``momenten``, between today and the decision), or None. That moment is the raad's step on
    the draft: the plan adds no second one, and the rounds on the choices end before its
    papers.

    Why: review 65b, Veldersum: the raad's wensen en bedenkingen of 25 March in the case, and a
    second step 'Het ontwerpbesluit gaat uiterlijk 14 mei 2027 naar de raad' beside it."""
    if besluit is None or door is not Beslisser.college:
        return None
    eigen = [
        m
        for m in f.vraagstuk.momenten
        if m.door is Orgaan.raad
        and f.datum < m.datum < besluit
        and WENSEN_MOMENT.search(m.wat)
        and not TUSSENSTAND.search(m.wat)
    ]
    return max(eigen, key=lambda m: m.datum, default=None)


def besluit_is_anker(f: Feiten, door: Beslisser | None) -> bool:
    """Is the decision date a fixed anchor of the case: the raad's own wensen en bedenkingen
    on it lie before it in ``momenten``, or the text ties a third party's need to know to a
    date ('moeten ... in mei 2027 weten')? Then the design fits the weeks available; moving
    the decision is not the first advice.

    Why: review 65b, Veldersum: 'Schuif het besluit op naar op zijn vroegst 28 mei 2027' while
    the zorgverzekeraar's contribution hung on knowing the plot in May."""
    v = f.vraagstuk
    if v.kaders.besluit_uiterlijk is None:
        return False
    if eigen_wensen_moment(f, door, v.kaders.besluit_uiterlijk) is not None:
        return True
    tekst = " ".join([v.omschrijving, v.aanleiding or "", *v.kaders.vast])
    return bool(_MOETEN_WETEN.search(tekst))


def _vaste_inbreng(f: Feiten) -> list[date]:
    """The dates by which fixed input of the case is there: the end of a werkvorm on dates the
    vraagstuk fixes, the publication (start) of a draft under a formal zienswijze term."""
    return [
        w.van if w.id in _FORMELE_TERMIJN else (w.tot or w.van)
        for w in f.vraagstuk.werkvormen
        if w.van is not None
    ]


def moment_papieren(f: Feiten, m: Moment, vrij: list[tuple[date, date, str]], zuid: bool) -> date:
    """The papers date of a fixed moment: its body's cycle (MOMENT_STUKKEN), but after the
    fixed input before it (a hoorzitting that ended, a draft that was published), up to two
    weeks before the moment (:func:`_na_vaste_inbreng`)."""
    weken = MOMENT_STUKKEN[m.door]
    b = f.vraagstuk.besluit
    if (
        b is not None
        and b.stukken_weken is not None
        and eigen_wensen_moment(f, b.door, f.vraagstuk.kaders.besluit_uiterlijk) is m
        and f.vraagstuk.kaders.besluit_uiterlijk is not None
        and m.datum <= f.vraagstuk.kaders.besluit_uiterlijk - b.stukken_weken * WEEK
    ):
        # the raad's wensen en bedenkingen on the draft: the case's own papers term is the
        # draft's (review 65b: papers for 25 March on 11 February, with two weeks in the case)
        weken = b.stukken_weken
    papieren = werkdag_voor(m.datum - weken * WEEK, zuid)
    grens = werkdag_voor(m.datum - MOMENT_STUKKEN[Orgaan.college] * WEEK, zuid)
    return _na_vaste_inbreng(_vaste_inbreng(f), papieren, grens, vrij, zuid)


def _momenten(
    f: Feiten,
    fasen: list[Geplaatst],
    stukken: date | None,
    besluit: date | None,
    vrij: list[tuple[date, date, str]],
    reserve: int = 0,
) -> None:
    """Plan around each fixed moment of the case before the decision (changes ``fasen`` in
    place; rule PLAN-SAMENHANG): a round that feeds the moment closes before its papers, a
    round that would run while the piece is discussed starts after it, and in the week after
    the moment the participants hear what was discussed. A round moved after the moment ends
    ``reserve`` working weeks before the papers when it keeps a working week (the reaction
    round on the options and its reactienota still fit; review 52b, Beekloon: the round ran
    up to the papers and the reaction round 'no longer fit' with six months to go).

    Why: an adviser plans a concept to be ready before the commissie that discusses it, and
    tells the participants afterwards what it did (review 41: the moment vanished)."""
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    momenten = sorted(f.vraagstuk.momenten, key=lambda m: m.datum)
    treden = {w.id: w.treden for w in f.kennis.werkvormen}

    def vormt(g: Geplaatst) -> bool:
        # a form in which people advise on or design the piece (an atelier, a round table)
        return any(
            set(treden.get(w, [])) - {Trede.informeren, Trede.raadplegen} for w in g.werkvormen
        )

    for m in momenten:
        if m.datum <= f.datum or (besluit is not None and m.datum >= besluit):
            continue
        # its papers come after the fixed input before it: a hoorzitting that ended, a draft
        # that was published (the start of its zienswijze term)
        papieren = moment_papieren(f, m, vrij, zuid)
        # a moment on this or a later date discusses a concept: a form that shapes it runs
        # before that discussion, not after an earlier moment or after the discussion itself
        # (review 43c, Molenakker: the atelier on the stedenbouwkundig plan started after the
        # commissie had discussed its concept)
        concept_volgt = any(
            x.datum >= m.datum
            and (besluit is None or x.datum < besluit)
            and _OVER_CONCEPT.search(x.wat)
            for x in momenten
        )
        na = _week_na(m.datum, vrij, zuid)
        voorbereid = max(
            (x.eind for x in fasen if x.fase is Procesfase.voorbereiden), default=f.datum
        )
        # a moment on the interim state of the participation discusses how far the rounds
        # are, not a piece they feed: a round runs on through it (review 51, Veendijk: a
        # werkgroep cut to four weeks, or moved onto the reaction round, for a tussenstand)
        if papieren > f.datum and not TUSSENSTAND.search(m.wat):
            for g in fasen:
                if (
                    g.fase not in VOOR_BESLUIT
                    or g.op_datum
                    or not g.werkvormen
                    or _FORMELE_TERMIJN & set(g.werkvormen)
                    or g.eind <= papieren
                    or g.start >= na
                ):
                    continue
                ervoor = werkweken(g.start, papieren, vrij)
                erna = werkweken(na, g.eind, vrij) if g.eind > na else 0
                einde = werkdag_voor(papieren - timedelta(days=1), zuid)
                voedt = ervoor >= max(1, erna) or (concept_volgt and ervoor >= 1 and vormt(g))
                if g.start < einde and voedt:
                    g.eind = einde  # it feeds the piece: closed before its papers
                    continue
                lengte = g.eind - g.start
                vroeger = _voor_het_concept(f, g, fasen, na, einde, stukken, vrij, zuid)
                if concept_volgt and vormt(g) and vroeger is not None:
                    nieuw = max(vroeger, einde - lengte)
                    if nieuw <= voorbereid or werkweken(nieuw, einde, vrij) < 1:
                        # never into the preparation: the plan is adopted and people invited
                        # first; the round stays where the plan put it (review 51a: a round
                        # pulled to 17 December from a report of 1 December). Nor into days
                        # without a working week: a holiday or a weekend (review 53a,
                        # Ravenstede: the talks pulled to Saturday 19 December, in the
                        # kerstvakantie, with weeks free in January)
                        continue
                    # it shapes the concept, and after the moment it would run into the
                    # proposal's papers: it comes before, after the rounds ahead of it
                    # (review 45a, Bramerveen: the map round ran until the proposal was due,
                    # beside the test round on that proposal)
                    g.start, g.eind = max(vroeger, einde - lengte), einde
                    continue
                if stukken is not None and na >= stukken:
                    # after the moment the papers are due: the round stays where it is, it is
                    # never pushed past the proposal it feeds
                    continue
                if stukken is not None and werkweken(na, stukken, vrij) < 1:
                    # after the moment no working week is left before the proposal's papers:
                    # the round feeds the piece before the meeting, late for its papers but
                    # not after the discussion (review 53a, Ravenstede: the partner overleg
                    # moved after the commissie on the concept, with 4-20 January empty)
                    g.eind = max(g.start, werkdag_voor(m.datum - timedelta(days=1), zuid))
                    continue
                g.start = na  # it is about the piece: after the moment
                g.eind = max(g.eind, na + lengte)
                if stukken is not None:
                    grens = stukken
                    if reserve:
                        ruimte = _terug(stukken, reserve, vrij) - timedelta(days=3)
                        if werkweken(na, ruimte, vrij) >= 1:
                            grens = ruimte
                    g.eind = min(g.eind, grens)
                g.eind = max(g.eind, g.start + timedelta(days=4))
        # the moment itself, under its own name in the phase where it falls, with the
        # werkvorm of the case that takes place at it (review 44a: every moment was filed
        # under feedback, and the dorpsraad's choice was moved ahead of its jaarvergadering)
        bij = _bij_moment(f, m, fasen, besluit)
        if papieren > f.datum:
            _voedt_houder(f, m, fasen, bij, werkdag_voor(papieren - timedelta(days=1), zuid), vrij)
        fasen.append(
            Geplaatst(
                _fase_op(fasen, m.datum),
                m.datum,
                m.datum,
                bij,
                deel(
                    "FASE.moment",
                    wat=m.wat.rstrip(". "),
                    datum=m.datum.isoformat(),
                    stukken=papieren.isoformat() if papieren > f.datum else "",
                    besluit=beslist_op_moment(m),
                    bij=bool(bij),
                    besloten=vertrouwelijk_moment(m),
                ),
                op_datum=bool(bij),
            )
        )
    _hoorzitting_voor_raad(f, fasen, momenten, besluit, zuid)


def _voor_het_concept(
    f: Feiten,
    g: Geplaatst,
    fasen: list[Geplaatst],
    na: date,
    einde: date,
    stukken: date | None,
    vrij: list[tuple[date, date, str]],
    zuid: bool,
) -> date | None:
    """The earliest start for a round that would otherwise move past a moment on the concept,
    when it can no longer be weighed there: after the moment it would end closer to the
    proposal's papers than the working days to answer every reaction (rule PLAN-VERWERKEN),
    while before the moment's papers it still has a working week after the rounds of the
    phases ahead of it. None when it fits after the moment, or not before it."""
    if stukken is None:
        return None
    eind = min(max(g.eind, na + (g.eind - g.start)), stukken)
    if _werkdagen_tussen(eind, stukken, vrij, zuid) >= VERWERK_WERKDAGEN:
        return None
    rang = _FASEN.index(g.fase)
    ervoor = [
        x.eind
        for x in fasen
        if x is not g
        and x.fase in VOOR_BESLUIT
        and x.werkvormen
        and not x.op_datum
        and _FASEN.index(x.fase) < rang
    ]
    vroegst = max([f.datum, *(_volgende_maandag(e) for e in ervoor)])
    if vroegst >= einde or werkweken(vroegst, einde, vrij) < 1:
        return None
    return vroegst


_BESLIST = re.compile(
    r"\bbesl|\bvast(?:stel|gesteld)?\b|\bkiest\b|\bkiezen\b|\bstem(?:t|men)\b", re.IGNORECASE
)
"""A moment where someone decides (a raad adopts its zienswijze, a ledenvergadering adopts a
design), not one where a piece is only discussed."""

_ZONDER = re.compile(
    r"\bzonder\b[^,.;]*\bbesl|\bbes(?:list|luit|luiten)\s+(?:\w+\s+)?niet\b|\bniet\s+besl",
    re.IGNORECASE,
)
"""'Zonder te besluiten', 'de raad beslist niet': the moment only discusses."""


def beslist_op_moment(m: Moment) -> bool:
    """Does someone decide at this moment of the case? A commissie of the raad, a hoorzitting
    or a rondetafel decides nothing: it discusses and advises; the raad, the college or another
    body decides. Only then the participants hear 'wat er besloten is'; else what was said
    and what happens next.

    Why: review 55d (Ravenstede): after the commissie that discusses the concept-beleidsregel
    ('de raad beslist niet') the report said 'Binnen een week horen de deelnemers wat er
    besloten is'."""
    if m.door is Orgaan.commissie or _OVERLEG.search(m.wat):
        return False
    return bool(_BESLIST.search(m.wat) and not _ZONDER.search(m.wat))


_VERTROUWELIJK = re.compile(
    r"\bdriehoek\w*|\bvertrouwelijk\w*|\bin beslotenheid\b|\bachter gesloten deuren\b|"
    r"\bbesloten\s+(?:overleg|vergadering|zitting|sessie|deel|bijeenkomst)\b",
    re.IGNORECASE,
)
"""A moment that deliberates in confidence: the lokale driehoek (burgemeester, politie,
officier van justitie), a 'besloten' meeting, 'vertrouwelijk'."""


def vertrouwelijk_moment(m: Moment) -> bool:
    """Does this moment of the case deliberate in confidence (the driehoek, a besloten
    overleg)? Then the participants hear afterwards at most what it means for the plan, never
    'wat er besproken is'.

    Why: review 56a (Zuiderveld) and 56c (Duinmonde): after the driehoek the report promised
    'Binnen een week horen de deelnemers wat er besproken is'."""
    return bool(_VERTROUWELIJK.search(m.wat))


_OVERLEG = re.compile(r"\bhoorzitting|\brondetafel|\binspraakavond", re.IGNORECASE)

_AGENDA = re.compile(
    r"\b(?:stel\w*|bespre\w*|besl\w*|kiest|geeft|neemt|advisee\w*)\b", re.IGNORECASE
)
"""A moment that names its own business (adopts an advice, discusses a plan)."""

_VERGADERING = re.compile(r"\w*vergadering|\w*avond|hoorzitting|bijeenkomst", re.IGNORECASE)
"""The words that make a moment a meeting where people can take part."""


def _fase_op(fasen: list[Geplaatst], dag: date) -> Procesfase:
    """The phase before the decision in which ``dag`` falls: the latest one that started by
    then (a moment between two rounds belongs to the round before it)."""
    voor = [g for g in fasen if g.fase in VOOR_BESLUIT and g.start <= dag]
    if not voor:
        return Procesfase.ophalen
    return max(voor, key=lambda g: (g.start, _FASEN.index(g.fase))).fase


def _genoemd_zonder_data(f: Feiten) -> dict[str, str]:
    """The werkvormen the case chose or proposed without dates of their own, with who did."""
    return {w.id: (w.door or "") for w in f.vraagstuk.werkvormen if w.periode is None}


def _bij_moment(f: Feiten, m: Moment, fasen: list[Geplaatst], besluit: date | None) -> list[str]:
    """The werkvormen of the case that take place at the meeting ``m`` (changes ``fasen`` in
    place: they leave their round): a werkvorm the case names whose proposer holds the meeting
    (the dorpsraad's choice at the dorpsraad's jaarvergadering), or whose name holds the
    meeting's word (a decision in the ledenvergadering at the ledenvergadering).

    Why: review 44a: the dorpsraad wanted the choice between the sketches at its
    jaarvergadering; the plan moved it weeks ahead and made the meeting a feedback slot."""
    vergadering = _VERGADERING.search(m.wat)
    if vergadering is None:
        return []
    woord = vergadering.group(0).casefold()
    namen = {w.id: w.naam.casefold() for w in f.kennis.werkvormen}
    modi = {w.id: w.modi for w in f.kennis.werkvormen}
    wat = m.wat.casefold()
    genoemd = _genoemd_zonder_data(f)
    bij: list[str] = []
    beslist = bool(_BESLIST.search(m.wat) and not _ZONDER.search(m.wat))
    for w, door in genoemd.items():
        if w in _FORMELE_TERMIJN or w in bij:
            continue
        # the proposer holds a meeting that has no business of its own in the file
        van_houder = len(door) > 3 and door.casefold() in wat and not _AGENDA.search(wat)
        zelfde_woord = len(woord) >= 8 and woord in (namen.get(w, "") + " " + w.replace("-", ""))
        # the members' own vote at their body's meeting that votes (review 47b: the clubs'
        # decision in the ledenvergadering was planned months after their June votes)
        eigen_stem = beslist and modi.get(w) == [Modus.besluiten] and _houder(f, m, door)
        if not (van_houder or zelfde_woord or eigen_stem):
            continue
        if beslist and m.door is Orgaan.anders and Modus.besluiten not in modi.get(w, ()):
            # another body's deciding meeting is no place where people advise: the form feeds
            # it and closes before its papers (review 47b: the mosque boards fixing their
            # sketch was shown as the place where inwoners advise on it)
            continue
        geplaatst = [
            g
            for g in fasen
            if w in g.werkvormen
            and not g.op_datum
            and (g.fase in VOOR_BESLUIT or g.fase is Procesfase.besluit)
            and (besluit is None or g.start < besluit)
        ]
        if not geplaatst:
            continue
        for g in geplaatst:
            g.werkvormen = [x for x in g.werkvormen if x != w]
            if not g.werkvormen and g.toelichting is None and g.fase in VOOR_BESLUIT:
                fasen.remove(g)
        bij.append(w)
    return bij


#: Words of a proposer's name that do not tell which body it is.
_GEEN_HOUDER = frozenset({"besturen", "bestuur", "leden", "ledenvergadering", "ledenvergaderingen"})


def _houder(f: Feiten, m: Moment, door: str) -> bool:
    """Does the proposer ``door`` of a werkvorm hold the moment ``m`` (another body's meeting):
    a telling word of its name (not the gemeente's name, not 'besturen') in what the moment
    says ('de besturen van HSV, Brummertse Boys en De Meeuwen' and 'De jaarvergadering van
    Brummertse Boys')?"""
    if m.door is not Orgaan.anders or not door:
        return False
    plaats = {w.casefold() for w in re.findall(r"\w+", f.vraagstuk.gemeente)}
    wat = {w.casefold() for w in re.findall(r"\w+", m.wat)}
    woorden = [
        w.casefold()
        for w in re.findall(r"\w+", door)
        if len(w) >= 5 and w.casefold() not in plaats | _GEEN_HOUDER
    ]
    algemeen = {"gemeente", "stichting", "vereniging", "organisatie", "college", "gemeenteraad"}
    return any(w in wat for w in woorden if w not in algemeen)


def _voedt_houder(
    f: Feiten,
    m: Moment,
    fasen: list[Geplaatst],
    bij: list[str],
    einde: date,
    vrij: list[tuple[date, date, str]],
) -> None:
    """A werkvorm the case names, proposed by the body that holds the meeting ``m``, feeds that
    meeting: it closes before the meeting's papers (``einde``), not after the meeting (changes
    ``fasen`` in place; rule PLAN-SAMENHANG).

    Why: review 47b: the clubs wanted to show the sketches on a training evening in their own
    kantine before their members vote in June; the plan put it in November."""
    modi = {w.id: w.modi for w in f.kennis.werkvormen}
    for w, door in _genoemd_zonder_data(f).items():
        if w in bij or w in _FORMELE_TERMIJN or not _houder(f, m, door):
            continue
        if Modus.denken not in modi.get(w, ()):
            continue  # a vote or a task of the body's own, not input for its meeting
        for g in [x for x in fasen if w in x.werkvormen and not x.op_datum]:
            if g.fase not in VOOR_BESLUIT or g.eind <= einde:
                continue
            if g.start < einde - timedelta(days=4):
                start = g.start
            else:
                start = _volgende_maandag(f.datum + timedelta(days=1))
                weken = werkweken(start, einde, vrij)
                if weken < 1:
                    continue
                while werkweken(start, einde, vrij) > 6:
                    start += WEEK
            if g.werkvormen == [w] and g.toelichting is None:
                g.start, g.eind = start, einde
                continue
            g.werkvormen = [x for x in g.werkvormen if x != w]
            fasen.append(Geplaatst(_fase_op(fasen, start), start, einde, [w], None))


def _hoorzitting_voor_raad(
    f: Feiten,
    fasen: list[Geplaatst],
    momenten: list[Moment],
    besluit: date | None,
    zuid: bool,
) -> None:
    """The raad's own hearing that the case names goes before the first raad moment, after its
    papers are out (changes ``fasen`` in place): the inspreekavond feeds what the raad decides
    there, not a later decision. Why: review 44a: the raden's joint hoorzitting was planned
    three months after the last zienswijze it was meant to feed."""
    # the raden's zienswijze under a gemeenschappelijke regeling: inwoners speak to the raad
    # before it gives its zienswijze (rule MIX-INSTRUMENT)
    regeling = any(w.id == "zienswijze" for w in f.vraagstuk.werkvormen) and bool(
        regeling_orgaan(f)[0]
    )
    if "hoorzitting-raad" not in _genoemd_zonder_data(f) and not regeling:
        return
    raad = [
        m
        for m in momenten
        if m.door is Orgaan.raad and m.datum > f.datum and (besluit is None or m.datum < besluit)
    ]
    if not raad:
        return
    eerste = raad[0]
    papieren = werkdag_voor(eerste.datum - MOMENT_STUKKEN[Orgaan.raad] * WEEK, zuid)
    # (a Monday that is a public holiday, such as Whit Monday, is no day to open the hearing)
    van = werkdag_na(_volgende_maandag(max(papieren, f.datum)), zuid)
    tot = werkdag_voor(eerste.datum - WEEK, zuid)
    if tot < van:
        return
    for g in fasen:
        if "hoorzitting-raad" in g.werkvormen and not g.op_datum:
            g.werkvormen = [x for x in g.werkvormen if x != "hoorzitting-raad"]
    fasen.append(Geplaatst(_fase_op(fasen, van), van, tot, ["hoorzitting-raad"], None, True))


def _week_na(dag: date, vrij: list[tuple[date, date, str]], zuid: bool) -> date:
    """The Monday of the first working week after ``dag`` that no school holiday, Christmas or
    (in the south) carnival takes: nobody reads a feedback letter between Christmas and New
    Year (found with the windpark Heikamp case: feedback on 20-24 December)."""
    dicht = sorted([*vrij, *_feestperiode(dag, dag + 60 * WEEK, zuid)])
    return _eerste_werkweek(_volgende_maandag(dag), dicht)


def _terugkoppelweek(maandag: date, uitleg: Tekstdeel) -> Geplaatst:
    """A week of feedback to the participants, Monday to Friday, with what it says."""
    return Geplaatst(Procesfase.terugkoppeling, maandag, maandag + timedelta(days=4), [], uitleg)


def _tussenbesluiten(
    f: Feiten, fasen: list[Geplaatst], besluit: date | None, vrij: list[tuple[date, date, str]]
) -> None:
    """In the week after an open point is decided on a date of its own before the main decision
    (the college's choice of the place before the permit), the participants hear what was
    decided and how their input was weighed (changes ``fasen`` in place; rule PLAN-SAMENHANG).
    Why: review 42b: no step reported back after the college chose the place in March, while
    that was the decision the neighbours cared about."""
    if besluit is None or f.vraagstuk.kaders.besluit_al_genomen:
        return
    for p in f.vraagstuk.kaders.open:
        if p.uiterlijk is None or not f.datum < p.uiterlijk < besluit:
            continue
        na = _week_na(p.uiterlijk, vrij, f.vraagstuk.vakantieregio is Vakantieregio.zuid)
        if na >= besluit:
            continue
        fasen.append(
            _terugkoppelweek(
                na,
                deel(
                    "FASE.tussenbesluit",
                    onderwerp=p.onderwerp.rstrip("."),
                    datum=p.uiterlijk.isoformat(),
                ),
            )
        )


def _zienswijze_na_keuze(
    fasen: list[Geplaatst],
    ankers: list[Anker],
    besluit: date | None,
    vrij: list[tuple[date, date, str]],
) -> list[Bevinding]:
    """A zienswijze is about the draft that the case's own instrument chooses or shapes (a
    referendum between plans, a burgerberaad's advice): it starts after that instrument and the
    weeks to make the draft, never before. What else was planned with it keeps its dates."""
    uit: list[Bevinding] = []
    kiest = [a for a in ankers if a.werkvorm in _KIEST_HET_PLAN]
    if not kiest:
        return uit
    keuze = max(kiest, key=lambda a: a.tot)
    for g in list(fasen):
        formeel = [w for w in g.werkvormen if w in _FORMELE_TERMIJN]
        if not formeel or g.op_datum or g.start > keuze.tot:
            continue
        g.werkvormen = [w for w in g.werkvormen if w not in _FORMELE_TERMIJN]
        if not g.werkvormen:
            fasen.remove(g)
        van = _eerste_werkweek(keuze.tot + timedelta(days=3) + ONTWERP_WEKEN * WEEK, vrij)
        eind = _eind(van, ZIENSWIJZE_WEKEN, formeel, vrij)
        fasen.append(Geplaatst(Procesfase.toetsen, van, eind, formeel, None))
        uit.append(
            bevinding(
                "PLAN-SAMENHANG",
                Ernst.waarschuwing,
                "PLAN-SAMENHANG.zienswijze_na_keuze",
                bronnen=["awb-3-18", "ombudsman-inspraak-2009"],
                anker=keuze.naam,
                tot=keuze.tot.isoformat(),
                van=van.isoformat(),
                eind=eind.isoformat(),
                na_besluit=besluit is not None and eind > besluit,
            )
        )
    return uit


def _proef_van_voorsteller(
    f: Feiten, stukken: date | None, besluit: date | None
) -> list[Bevinding]:
    """A trial a stakeholder proposed, without dates of its own, runs on the dates of the
    uitvoering: after the decision, so it no longer informs the choice the proposer may have
    wanted it for. One line asks the bestuur to choose: a short trial that ends before the
    proposal, a later decision, or the trial as part of the uitvoering. Why: review 55c,
    Oosterweide: the Ouderenbond's videoloket trial, asked for 'voordat er gekozen wordt',
    ran 3 January - 22 December 2028, after the decision of 29 June 2027."""
    proef = f.proef
    pilot = next((w for w in f.vraagstuk.werkvormen if w.id == "pilot"), None)
    if pilot is None or proef is None or besluit is None or stukken is None:
        return []
    namen = {b.naam.casefold() for b in f.vraagstuk.belanghebbenden}
    if (
        pilot.status is not Status.voorgesteld
        or pilot.periode is not None
        or not pilot.door
        or pilot.door.casefold() not in namen
        or proef[0] <= besluit
    ):
        return []
    return [
        bevinding(
            "PLAN-SAMENHANG",
            Ernst.waarschuwing,
            "PLAN-SAMENHANG.proef_na_besluit",
            bronnen=["pilot-experimenteren"],
            wie=pilot.door,
            van=proef[0].isoformat(),
            tot=proef[1].isoformat(),
            besluit=besluit.isoformat(),
            stukken=stukken.isoformat(),
        )
    ]


def _proef_vooraf(
    f: Feiten, fasen: list[Geplaatst], besluit: date | None, vrij: list[tuple[date, date, str]]
) -> list[Bevinding]:
    """Criteria and a nulmeting, set with inwoners before the trial starts: the last working
    weeks before it (after the decision when the decision starts the trial)."""
    proef = f.proef
    if proef is None or proef[0] <= f.datum:
        return []
    start = proef[0]
    na_besluit = besluit is not None and start > besluit
    vroegst = _eerste_werkweek(f.datum, vrij)
    if na_besluit and besluit is not None:
        vroegst = max(
            vroegst, _eerste_werkweek(_volgende_maandag(besluit + timedelta(days=1)), vrij)
        )
    begin = max(_terug(start, PROEF_VOORAF_WEKEN, vrij), vroegst)
    laatst = start - timedelta(days=1)
    while laatst.weekday() >= 5:
        laatst -= timedelta(days=1)
    eind = min(verder(begin, PROEF_VOORAF_WEKEN, vrij), laatst)
    if eind < begin + timedelta(days=4):
        return [
            bevinding(
                "PLAN-SAMENHANG",
                Ernst.let_op,
                "PLAN-SAMENHANG.proef_krap",
                bronnen=["pilot-experimenteren"],
                proef=start.isoformat(),
                na_besluit=na_besluit,
            )
        ]
    fasen.append(
        Geplaatst(
            Procesfase.uitvoering if na_besluit else Procesfase.voorbereiden,
            begin,
            eind,
            [],
            deel("FASE.proef_vooraf", proef=start.isoformat()),
        )
    )
    return []


def _tussentijds(
    fasen: list[Geplaatst], besluit: date | None, vrij: list[tuple[date, date, str]]
) -> None:
    """A short interim report to the participants in every stretch of more than
    :data:`STILTE_WEKEN` working weeks without contact before the decision."""
    if besluit is None:
        return
    contact = sorted(
        (
            g
            for g in fasen
            if g.start < besluit
            and (
                (g.fase in VOOR_BESLUIT and (g.werkvormen or g.toelichting))
                or (
                    g.toelichting is not None
                    and g.toelichting.sleutel
                    in ("FASE.proef_vooraf", "FASE.proef_halverwege", "FASE.moment")
                )
                or (g.fase is Procesfase.uitvoering and "pilot" in g.werkvormen)
            )
        ),
        key=lambda g: (g.start, g.eind),
    )
    if not contact:
        return
    stiltes = []
    laatst = contact[0].eind
    for g in [*contact[1:], None]:
        volgende = besluit if g is None else g.start
        if volgende > laatst:
            stiltes.append((laatst, volgende))
        if g is not None:
            laatst = max(laatst, g.eind)
        if laatst >= besluit:
            break
    for van, tot in stiltes:
        weken = []
        week = _eerste_werkweek(van + timedelta(days=1), vrij)
        while week + timedelta(days=4) < tot:
            if not _geblokkeerd(week, vrij):
                weken.append(week)
            week += WEEK
        if len(weken) <= STILTE_WEKEN:
            continue
        aantal = -(-len(weken) // STILTE_WEKEN) - 1  # each stretch then at most the limit
        for i in range(1, aantal + 1):
            week = weken[round(i * len(weken) / (aantal + 1))]
            fasen.append(
                _terugkoppelweek(
                    week,
                    deel("FASE.tussentijds"),
                )
            )


#: A later decision that rests on how it went: whether something stays, goes on or becomes
#: permanent after a trial ('Of de wijkbegroting na de proef blijft').
_VERVOLG = re.compile(
    r"\bna\s+de\s+(?:proef|pilot|proefperiode|eerste\s+ronde)\b|\bblijf?t\b|\bblijven\b"
    r"|\bvoortzet\w*|\bvoortgezet\b|\bstructureel\b|\bdefinitief\b|\bverleng\w*",
    re.IGNORECASE,
)


def _vervolg_grens(
    f: Feiten, besluit: date | None, door: Beslisser | None, vrij: list[tuple[date, date, str]]
) -> date | None:
    """The day the evaluation is done by when a later decision on an open point rests on it
    (whether the thing stays or goes on, rule PLAN-KALENDER): before the reaction round on the
    concept for that decision, which closes two working weeks before its papers (rule
    PLAN-LATER-BESLUIT). None without such a decision. Why: review 42: the raad decided in March
    2028 whether the wijkbegroting stays, the evaluation was planned for July 2028."""
    if besluit is None:
        return None
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    grenzen = []
    for p in f.vraagstuk.kaders.open:
        if p.uiterlijk is None or p.uiterlijk <= besluit or not _VERVOLG.search(p.onderwerp):
            continue
        wie = p.door or door
        weken = _LATER_STUKKEN.get(wie, _LATER_STUKKEN_ANDERS) if wie else _LATER_STUKKEN_ANDERS
        stukken = werkdag_voor(p.uiterlijk - weken * WEEK, zuid)
        sluit = _werkdagen_terug(stukken, VERWERK_WERKDAGEN, vrij, zuid)
        grenzen.append(_terug(sluit, REACTIE_WEKEN, vrij) - timedelta(days=3))
    return min(grenzen, default=None)


def _evaluatie_proef(
    evaluatie: Blok,
    proef: tuple[date, date],
    besluit: date,
    stukken_weken: int,
    vandaag: date,
    vrij: list[tuple[date, date, str]],
) -> Geplaatst:
    """The evaluation of a trial the case names. It ends before the decision that follows the
    trial: after a trial that ends before this decision, between its end and the date the
    proposal is due; after a trial that this decision starts, in its last weeks, so that at its
    end someone can decide to stop, go on or make it permanent without a gap."""
    weken = max(1, evaluatie.min_weken)
    van, tot = proef
    if tot <= besluit:
        uiterlijk = besluit - stukken_weken * WEEK
        begin = _eerste_werkweek(_volgende_maandag(tot), vrij)
    else:
        # the decision on continuing falls at the trial's end, with its own papers
        uiterlijk = tot - stukken_weken * WEEK
        begin = uiterlijk
    if verder(begin, weken, vrij) > uiterlijk:
        begin = max(_terug(uiterlijk + timedelta(days=1), weken, vrij), van + WEEK)
    begin = max(begin, _eerste_werkweek(vandaag, vrij))
    eind = max(begin + timedelta(days=4), min(verder(begin, weken, vrij), max(uiterlijk, begin)))
    # never after the decision it serves, also when there is hardly time (then it is short)
    limiet = (besluit if tot <= besluit else tot) - timedelta(days=1)
    if eind > limiet:
        eind = max(vandaag, limiet)
        begin = max(vandaag, min(begin, eind - timedelta(days=4)))
    return Geplaatst(evaluatie.fase, begin, eind, evaluatie.werkvormen, None)


def _uitgebreid(f: Feiten, voor: list[Blok]) -> bool:
    """Is the permit prepared with the uitgebreide procedure (afdeling 3.4 Awb)? When the raad
    advises bindingly (art. 16.15a Omgevingswet), or when the case has a zienswijze."""
    v = f.vraagstuk
    if f.procedure not in VERGUNNING:
        return False
    return (
        bool(v.besluit and v.besluit.raad_bindend_advies)
        or any("zienswijze" in b.werkvormen for b in voor)
        or any(w.id == "zienswijze" for w in v.werkvormen)
    )


def _na_beslistermijn(
    f: Feiten, aanvraag: date, besluit: date, uitgebreid: bool
) -> list[Bevinding]:
    """A permit decided after its legal term: eight weeks plus at most six weeks' extension in
    the regular procedure (art. 16.64 Omgevingswet), six months in the uitgebreide procedure
    (art. 3:18 Awb). The date the case asks for is then later than the law allows: say so.

    Why: review 26 (labour migrants): 26 weeks after 15 April is mid-October, but the case
    planned the decision for the end of October and the advice followed it silently."""
    if f.procedure not in VERGUNNING or aanvraag >= besluit:
        return []
    if uitgebreid:
        jaar, maand = aanvraag.year + (aanvraag.month + 5) // 12, (aanvraag.month + 5) % 12 + 1
        uiterlijk = date(jaar, maand, min(aanvraag.day, 28 if maand == 2 else 30))
        bron = "awb-3-18"
    else:
        uiterlijk = aanvraag + (REGULIER_WEKEN + 6) * WEEK
        bron = "omgevingswet-16-64"
    if besluit <= uiterlijk:
        return []
    # the six months can be extended once by at most six weeks, announced within the term
    # (art. 3:18 lid 2 Awb): a date within that fits, but only when the college extends
    verlengd = uiterlijk + VERLENGING_WEKEN * WEEK if uitgebreid else None
    return [
        bevinding(
            "PLAN-KALENDER",
            Ernst.waarschuwing,
            "PLAN-KALENDER.na_beslistermijn",
            bronnen=[bron],
            aanvraag=aanvraag.isoformat(),
            uiterlijk=uiterlijk.isoformat(),
            besluit=besluit.isoformat(),
            uitgebreid=uitgebreid,
            verlengd=verlengd.isoformat() if verlengd and besluit <= verlengd else "",
        )
    ]


def _aanvraag_uiterlijk(
    f: Feiten,
    voor: list[Blok],
    besluit: date,
    stukken_weken: int,
    uitgebreid: bool,
    vrij: list[tuple[date, date, str]],
) -> date:
    """The latest date for the application from which the procedure still ends on ``besluit``.

    Reguliere procedure: the decision term of eight weeks (art. 16.64 Omgevingswet). Uitgebreide
    procedure: the draft decision (with the raad's draft advice when it advises bindingly), six
    weeks open for zienswijzen (afdeling 3.4 Awb), then the raad's final advice and the papers;
    all within six months of the application (art. 3:18 Awb)."""
    if not uitgebreid:
        return besluit - REGULIER_WEKEN * WEEK
    bindend = bool(f.vraagstuk.besluit and f.vraagstuk.besluit.raad_bindend_advies)
    ontwerp = ONTWERP_WEKEN + (RAAD_ONTWERPADVIES_WEKEN if bindend else 0)
    termijn = max([b.min_weken for b in voor if b.fase is Procesfase.toetsen] + [ZIENSWIJZE_WEKEN])
    na = stukken_weken + (RAAD_ONTWERPADVIES_WEKEN if bindend else 0)
    van = _terug(besluit - na * WEEK + timedelta(days=1), termijn, vrij)
    return max(besluit - 26 * WEEK, van - ontwerp * WEEK - timedelta(days=3))


@regel(
    "PLAN-TUSSENDATUM",
    Thema.mix,
    "Een datum in de tekst die de planning niet kent",
    """pionieren plant naar de datums in de velden: het besluit, de datum waarop de uitkomst van
    de participatie klaar moet zijn (kaders.inbreng_uiterlijk), de aanvraag en de uitvoering.
    Staat in de omschrijving, de aanleiding of een vast punt een volledige datum (zoals '30
    april 2027') die vóór het besluit ligt en in geen veld staat, dan raadt pionieren niet wat
    die betekent. Loopt de participatie in het ontwerp over die datum heen, dan waarschuwt het
    advies bovenaan, met de datum erbij; anders volgt een tip. In beide gevallen noemt pionieren
    het veld om in te vullen.""",
    ["ombudsman-goed-begin-2019"],
)
def datum_in_tekst(f: Feiten, fasen: list[PlanFase]) -> list[Bevinding]:
    """The dates of the text that no field gives, against the planned participation."""
    uit = []
    deelname = [
        x
        for x in fasen
        if x.fase in VOOR_BESLUIT and not set(x.werkvormen) & _FORMELE_TERMIJN and x.eind
    ]
    # the date of a trial's evaluation is not a date the user must place: the reaction round
    # opens after it (rule PLAN-REACTIE)
    evaluatie = (
        _evaluatie_in_tekst(f, f.proef[1], f.vraagstuk.kaders.besluit_uiterlijk or date.max)
        if f.proef is not None
        else None
    )
    for t in data_in_tekst(f.vraagstuk, vanaf=f.datum):
        if t.datum == evaluatie:
            continue
        over = [x.eind for x in deelname if x.eind is not None and x.eind > t.datum]
        uit.append(
            bevinding(
                "PLAN-TUSSENDATUM",
                Ernst.waarschuwing if over else Ernst.let_op,
                bronnen=[],
                datum=t.datum.isoformat(),
                woord=t.woord,
                plek=plek(t.pad),
                tot=max(over).isoformat() if over else "",
            )
        )
    return uit


def _naast_kaders(voor: list[Blok], lengtes: dict[Procesfase, int]) -> int:
    """Working weeks won when the broad round runs alongside the raad's kaders: the
    preparation is then only the plan and the invitation (two weeks). 0 when the preparation
    does not hold the kaders or there is no broad round."""
    eerst = voor[0] if voor else None
    if eerst is None or eerst.fase is not Procesfase.voorbereiden or not eerst.vast:
        return 0
    if not any(b.fase is Procesfase.ophalen and b.werkvormen for b in voor):
        return 0
    kaders = lengtes.get(Procesfase.voorbereiden, 0)
    ophalen = lengtes.get(Procesfase.ophalen, 0)
    if kaders <= UITNODIGEN_WEKEN:
        return 0
    # the rounds after the broad one start when both it and the kaders are done
    return kaders + ophalen - max(kaders, UITNODIGEN_WEKEN + ophalen)


def _over_concept(f: Feiten, a: Anker) -> bool:
    """Is the werkvorm on fixed dates the raad's own meeting on the concept (a hearing of the
    commissie in the test phase)? Its papers hold the concept, written after the rounds."""
    orgaan = {w.id: w.organisator for w in f.kennis.werkvormen}
    return a.fase is Procesfase.toetsen and orgaan.get(a.werkvorm) is Organisator.griffie


def _concept_klaar(f: Feiten, a: Anker, zuid: bool) -> date:
    """The day the rounds before the raad's meeting on the concept end: the weeks to write the
    concept (ONTWERP_WEKEN) and the commissie's papers term (MOMENT_STUKKEN) before it. Why:
    review 42d: the deepening round ended on Friday 14 May, the concept at the commissie on
    Tuesday 18 May."""
    return werkdag_voor(_commissie_stukken(a, zuid) - ONTWERP_WEKEN * WEEK, zuid)


def _commissie_stukken(a: Anker, zuid: bool) -> date:
    """The day the papers for the raad's meeting on the concept are due (MOMENT_STUKKEN)."""
    return werkdag_voor(a.van - MOMENT_STUKKEN[Orgaan.commissie] * WEEK, zuid)


def _sluit_af(a: Anker, voor: list[Blok]) -> bool:
    """Does the werkvorm on fixed dates close the conversation before the decision (a trial, a
    vote, a test round), so that the rounds come before it? Not when a deeper round of the
    design follows its phase; a burgerberaad's test round has its own place after it."""
    if a.fase is Procesfase.verdiepen:
        return True
    return not any(b.werkvormen and _FASEN.index(b.fase) > _FASEN.index(a.fase) for b in voor)


def _na_reces(
    f: Feiten, door: Beslisser | None, van: date, besluit: date, vrij: list[tuple[date, date, str]]
) -> date:
    """Where the raad meets, its part of the decision phase (and a hearing in it) starts after a
    summer or Christmas recess that lies between the papers and the decision: the papers are
    ready before it, the raad treats them after it."""
    if not _raad_vergadert(f, door):
        return van
    for begin, eind, naam in vrij:
        if naam in _LANGE_VAKANTIES and van <= eind and begin < besluit:
            na = _eerste_werkweek(eind + timedelta(days=1), vrij)
            if na < besluit:
                van = max(van, na)
    return van


def _buiten_reces(
    f: Feiten, door: Beslisser | None, datum: date, vrij: list[tuple[date, date, str]]
) -> date:
    """A raad decision proposed for a date in the summer or Christmas recess moves to the first
    working week after it: the raad does not meet then (review 37a: "op zijn vroegst 30 juli")."""
    if not _raad_vergadert(f, door):
        return datum
    for begin, eind, naam in vrij:
        if naam in _LANGE_VAKANTIES and begin <= datum <= eind:
            return _eerste_werkweek(eind + timedelta(days=1), vrij)
    return datum


#: Working weeks after the summer or Christmas recess before the raad can decide on papers
#: that were ready before it: the committee first, then the council.
NA_RECES_WEKEN = 4


def _na_reces_cyclus(
    f: Feiten,
    door: Beslisser | None,
    klaar: date,
    besluit: date,
    vrij: list[tuple[date, date, str]],
) -> date:
    """The earliest raad decision on papers ready on ``klaar``: never in the summer or
    Christmas recess, and when a recess lies between the papers and the decision, only after
    the committee and the council have met after it (review 38: papers due on 2 August,
    decision on 6 September, in the first week after the recess)."""
    besluit = _buiten_reces(f, door, besluit, vrij)
    if not _raad_vergadert(f, door):
        return besluit
    for begin, eind, naam in _lange_vakanties(vrij):
        if naam in _LANGE_VAKANTIES and klaar < begin <= besluit:
            na = _eerste_werkweek(eind + timedelta(days=1), vrij)
            besluit = max(besluit, na + (NA_RECES_WEKEN - 1) * WEEK)
    return besluit


def _voor_reces(datum: date, vrij: list[tuple[date, date, str]]) -> date:
    """A date in the summer or Christmas holiday moves to the last working day before it."""
    for begin, eind, _naam in _lange_vakanties(vrij):
        if begin <= datum <= eind:
            ervoor = begin - timedelta(days=1)
            while ervoor.weekday() >= 5:
                ervoor -= timedelta(days=1)
            return ervoor
    return datum


def _wensen_moment(
    f: Feiten, door: Beslisser | None, deadline: date | None, besluit: date | None, zuid: bool
) -> tuple[date, date] | None:
    """The papers date of the raad's meeting on the draft, when the college decides after the
    raad's wensen en bedenkingen (art. 169 lid 4 Gemeentewet) and the case names a raad
    meeting between the usual papers date and the decision: the draft goes to the raad with
    that meeting's papers (MOMENT_STUKKEN), earlier than the decision's own term. Returns
    that papers date and the meeting's date; None otherwise.

    Why: review 50b, Veendijk: 'Het ontwerpbesluit gaat uiterlijk 4 mei naar de raad' beside
    'De stukken daarvoor zijn uiterlijk 22 april klaar' for the raad's meeting of 3 June: two
    deadlines for one meeting."""
    if deadline is None or besluit is None:
        return None
    if door is Beslisser.college and f.wensen_en_bedenkingen:
        organen = {Orgaan.raad}
    elif door is Beslisser.raad:
        # the commissie that prepares the raad's decision discusses the raadsvoorstel itself:
        # its papers are the proposal (review 53a, Beerzelo: commissie papers due 11 May, the
        # raadsvoorstel only on 13 May)
        organen = {Orgaan.commissie}
    else:
        return None
    papieren = [
        (werkdag_voor(m.datum - MOMENT_STUKKEN[m.door] * WEEK, zuid), m.datum)
        for m in f.vraagstuk.momenten
        if m.door in organen
        and deadline < m.datum < besluit
        and m.datum > f.datum
        and not TUSSENSTAND.search(m.wat)
    ]
    vroeger = [d for d in papieren if f.datum < d[0] < deadline]
    return max(vroeger) if vroeger else None


def _raad_vergadert(f: Feiten, door: Beslisser | None) -> bool:
    """Does the raad meet on this decision: it decides, advises bindingly on the permit, or
    gives wensen en bedenkingen before the college acts?"""
    v = f.vraagstuk
    return (
        door is Beslisser.raad
        or bool(v.besluit and v.besluit.raad_bindend_advies)
        or (door is Beslisser.college and f.wensen_en_bedenkingen)
    )


def _raad_in_reces(
    stukken: date,
    besluit: date,
    vrij: list[tuple[date, date, str]],
    vast: bool = False,
) -> list[Bevinding]:
    """The raad does not meet in its summer recess (about the school summer holiday). When
    the whole time between the papers and the decision falls in it, say so: the raad then
    decides in its last meeting before the recess, and the papers are due earlier. A decision
    on a fixed term (``vast``: a legal beslistermijn) is never advised to move; the design
    shrinks instead."""
    for van, tot, naam in vrij:
        if naam != "zomervakantie":
            continue
        # a week after the holiday for the first committee and council meetings
        reces_tot = tot + WEEK
        if besluit < van or stukken > reces_tot:
            continue  # the recess is not between the papers and the decision
        ervoor = max(0, (van - stukken).days)
        erna = max(0, (besluit - reces_tot).days)
        if ervoor + erna < 7:
            return [
                bevinding(
                    "PLAN-KALENDER",
                    Ernst.waarschuwing,
                    "PLAN-KALENDER.raad_in_reces",
                    bronnen=["schoolvakanties-rijksoverheid"],
                    besluit=besluit.isoformat(),
                    reces_van=van.isoformat(),
                    reces_tot=reces_tot.isoformat(),
                    vast=vast,
                )
            ]
    return []


#: The school holidays whose dates OCW only advises (the schools choose): the report says
#: once to check the school calendar.
ADVIES_VAKANTIES = frozenset({"voorjaarsvakantie", "herfstvakantie"})


def _raad_in_vakantie(
    f: Feiten, besluit: date | None, vrij: list[tuple[date, date, str]]
) -> list[Bevinding]:
    """A meeting of the raad or a commissie (the raad's decision, a moment the case gives them)
    on a day in a school holiday of the region other than the summer (the recess has its own
    finding): many raden do not meet then, so the report asks to check the meeting calendar,
    and for the advised holidays the school calendar, once. Why: review 57c, Scheldevoorde:
    the raad decided on 28 October 2027, in the herfstvakantie zuid, and no line said so."""
    data: list[tuple[date, str]] = []
    if besluit is not None and besluit > f.datum:
        data.append((besluit, ""))
    data += [
        (m.datum, m.wat)
        for m in f.vraagstuk.momenten
        if m.door in (Orgaan.raad, Orgaan.commissie) and m.datum > f.datum
    ]
    uit: list[Bevinding] = []
    gezegd = False
    for dag, wat in sorted(set(data)):
        vakantie = next(
            (n for van, tot, n in vrij if van <= dag <= tot and n != "zomervakantie"), None
        )
        if vakantie is None:
            continue
        advies = vakantie in ADVIES_VAKANTIES and not gezegd
        gezegd = gezegd or advies
        uit.append(
            bevinding(
                "PLAN-KALENDER",
                Ernst.let_op,
                "PLAN-KALENDER.raad_in_vakantie",
                bronnen=["schoolvakanties-rijksoverheid"],
                wat=wat,
                datum=dag.isoformat(),
                vakantie=vakantie,
                regio=f.vraagstuk.vakantieregio.value if f.vraagstuk.vakantieregio else "",
                advies=advies,
            )
        )
    return uit


_VOOR_OF_TOETS = (*VOOR_BESLUIT, Procesfase.voorbereiden)

#: The case's own instruments that choose or shape the plan a zienswijze is about.
_KIEST_HET_PLAN = frozenset({"referendum-raadplegend", "referendum-raadgevend", "burgerberaad"})

#: Formal rounds with a term counted in calendar weeks (a zienswijze, a herindelingsontwerp).
_FORMELE_TERMIJN = frozenset({"zienswijze"})

#: A body's or a group's own advice (the written advice of an adviesraad, a talk at a group's own
#: meeting): one advice that goes with the papers as it is and gets one answer in the proposal,
#: not a reactienota of many reactions (mix.budget.FORMEEL_ADVIES is "clientenraad")
EIGEN_ADVIES = frozenset({"clientenraad", "eigen-vergadering"})

GEMEENTE_ORGAAN = re.compile(
    r"\b(?:college|burgemeester|gemeente\w*|raad|griffie|wethouder|gemeentebestuur)\b",
    re.IGNORECASE,
)
"""A werkvorm the gemeente itself decided ('door: college', 'het college')."""


def vaste_stappen(f: Feiten) -> frozenset[str]:
    """The werkvormen of the case on their own dates that are fixed: the bestuur decided them
    (status besloten), another party holds them (door: not the gemeente), or a group meets on its
    own date (eigen-vergadering). The planning never moves them; when one is too late for the
    paper it feeds, the report says so and keeps the date. Why: review 58a/58b/57e: 'Dit ontwerp
    plant de stap daarom op 17 februari 2027' for a members' meeting of 3 March, 'Begin de stap
    dan uiterlijk 31 mei 2027' for a tender jury the college fixed."""
    return frozenset(
        w.id
        for w in f.vraagstuk.werkvormen
        if w.periode is not None
        and (
            w.status is Status.besloten
            or bool(w.door and not GEMEENTE_ORGAAN.search(w.door))
            or (w.id == "eigen-vergadering" and bool(w.voor))
        )
    )


#: Applications with a legal decision term (Omgevingswet, Awb titel 4.2, the verordening on the
#: uitdaagrecht): once filed, that term runs.
_MET_BESLISTERMIJN = (*VERGUNNING, Procedure.subsidie, Procedure.uitdaagrecht_verzoek)


def _vakanties_in(
    start: date, eind: date, vrij: list[tuple[date, date, str]]
) -> list[tuple[date, date, str]]:
    """The school holidays that take whole working weeks out of ``start``..``eind``, each as
    (first day, last day, name); the regions of one holiday taken together."""
    uit: dict[str, tuple[date, date]] = {}
    week = _maandag(start)
    while week + timedelta(days=4) <= eind:
        dagen = [week + timedelta(days=i) for i in range(5)]
        for van, tot, naam in vrij:
            if week >= start and sum(van <= d <= tot for d in dagen) >= 3:
                oud = uit.get(naam, (van, tot))
                uit[naam] = (min(oud[0], van), max(oud[1], tot))
        week += WEEK
    return sorted((van, tot, naam) for naam, (van, tot) in uit.items())


def _toets_buffer(f: Feiten, door: Beslisser | None) -> Tekstdeel:
    """The last look before the decision. Where another body decides, the gemeente does not
    make that proposal: it tests its own advice to that body with whoever took part, and then
    sends it, with all the input, before the decision (by the college or raad that promised
    it, else 'de gemeente').

    Why: 'het conceptvoorstel voorleggen' on a design the provincie makes (review 41, N826)."""
    if door is not Beslisser.anders:
        return deel("FASE.toetsen_buffer")
    toezegging = f.vraagstuk.besluit.toezegging if f.vraagstuk.besluit else None
    namen = {Beslisser.college: "het college", Beslisser.raad: "de raad"}
    wie = namen.get(toezegging.door, "de gemeente") if toezegging is not None else "de gemeente"
    # inside a sentence: the name without a clause on how it decides
    return deel("FASE.toetsen_buffer", orgaan=orgaan_kop(ander_orgaan(f, door)), wie=wie)


#: The longest round whose holidays are named one by one, with their dates (a quarter).
VAKANTIE_NOOT_WEKEN = 13
_TOETS_NOTEN = frozenset({"FASE.reactie", "FASE.toetsen_buffer"})


def _noten(
    f: Feiten,
    fasen: list[Geplaatst],
    vrij: list[tuple[date, date, str]],
    stukken: date | None,
    aanvraag: date | None,
) -> None:
    """Notes on the phases (changes ``fasen`` in place).

    A round before the decision that runs across a school holiday names it and its dates: its
    weeks there do not count, and nobody should plan a meeting in them (review 27: an ophalen
    round through the Christmas holiday without a word). The feedback after the decision says
    that the participation report already went to those who took part before the papers (or
    with the application): they hear back before the decision, not only after it (review 27).
    A test round before the papers (the concept laid before those who took part, the piece
    they react to, the draft decision open for zienswijzen) already is that feedback: then the
    note is not needed, except for a permit, where the initiator's report goes out before the
    application. A formal term runs in calendar weeks, holidays included: it gets no note."""
    gedeeld = any(
        g.fase is Procesfase.toetsen
        and not g.op_datum
        and (stukken is None or g.start < stukken)
        and ((g.toelichting is not None and g.toelichting.sleutel in _TOETS_NOTEN) or g.werkvormen)
        for g in fasen
    )
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    for g in fasen:
        if (
            g.fase is Procesfase.toetsen
            and not g.op_datum
            and g.toelichting is not None
            and g.toelichting.sleutel in _TOETS_NOTEN
        ):
            # the test round and the reaction round are rounds of inwoners too (review 28a: the
            # concept laid before people in the meivakantie without a word)
            vakanties = _met_carnaval(
                _vakanties_in(g.start, g.eind, vrij) + _carnaval_in(g.start, g.eind, zuid)
            )
            if vakanties:
                g.toelichting = deel(
                    g.toelichting.sleutel,
                    **g.toelichting.waarden,
                    vakanties=[
                        {"naam": naam, "van": van.isoformat(), "tot": tot.isoformat()}
                        for van, tot, naam in sorted(vakanties)
                    ],
                )
        elif (
            g.fase in VOOR_BESLUIT
            and g.werkvormen
            and not g.op_datum
            and g.toelichting is None
            and not _FORMELE_TERMIJN & set(g.werkvormen)
        ):
            vakanties = _vakanties_in(g.start, g.eind, vrij)
            # a round of months passes several holidays: they are named together, not each
            lang = g.eind - g.start > VAKANTIE_NOOT_WEKEN * WEEK
            if not lang:
                # carnival in the south is named like a school holiday: no evening then
                vakanties = _met_carnaval(vakanties + _carnaval_in(g.start, g.eind, zuid))
            if vakanties:
                # the summer or Christmas holiday in the middle of a long round is named, the
                # short ones are taken together (review 31a: "zonder schoolvakanties" hid which)
                genoemd = [x for x in vakanties if x[2] in _LANGE_VAKANTIES] if lang else vakanties
                g.toelichting = deel(
                    "FASE.noot_vakantie",
                    vakanties=[
                        {"naam": naam, "van": van.isoformat(), "tot": tot.isoformat()}
                        for van, tot, naam in genoemd
                    ],
                    overige=bool(genoemd) and len(genoemd) < len(vakanties),
                )
        elif g.fase is Procesfase.terugkoppeling and g.toelichting is None:
            if aanvraag is None or aanvraag <= f.datum:
                aanvraag = None
                if gedeeld:
                    continue
            datum = aanvraag or stukken
            g.toelichting = deel(
                "FASE.noot_terugkoppeling",
                datum=datum.isoformat() if datum is not None and datum > f.datum else "",
                aanvraag=datum is not None and datum == aanvraag,
            )


#: the carnival week and the voorjaarsvakantie that touches it, named as one period
CARNAVAL_EN_VOORJAAR = "carnavals- en voorjaarsvakantie"


def _met_carnaval(vakanties: list[tuple[date, date, str]]) -> list[tuple[date, date, str]]:
    """In the south the voorjaarsvakantie is the carnival week for most schools: a carnival
    week that overlaps or touches the advised voorjaarsvakantie is one period, not two
    ('zonder carnavalsweek 6–14 februari en voorjaarsvakantie 13–21 februari' read as a double
    holiday; review 51b, Walduin)."""
    uit = sorted(set(vakanties))
    for c in [v for v in uit if v[2] == "carnavalsweek"]:
        voorjaar = next(
            (
                v
                for v in uit
                if v[2] == "voorjaarsvakantie"
                and v[0] <= c[1] + timedelta(days=1)
                and c[0] <= v[1] + timedelta(days=1)
            ),
            None,
        )
        if voorjaar is None:
            continue
        uit = [v for v in uit if v not in (c, voorjaar)]
        uit.append((min(c[0], voorjaar[0]), max(c[1], voorjaar[1]), CARNAVAL_EN_VOORJAAR))
    return sorted(uit)


def _carnaval_in(start: date, eind: date, zuid: bool) -> list[tuple[date, date, str]]:
    """The carnival week (Saturday before carnival to the Sunday after) when it touches
    ``start``..``eind`` and the gemeente is in the south, where it is kept (mainly Limburg and
    Noord-Brabant). Many schools there take their voorjaarsvakantie in that week, whatever the
    advised dates say (review 31a), so the plan names it next to the advised holiday."""
    if not zuid:
        return []
    uit = []
    for jaar in range(start.year, eind.year + 1):
        van, tot = carnaval(jaar)
        week_van, week_tot = van - timedelta(days=1), tot + timedelta(days=5)
        if start <= week_tot and week_van + timedelta(days=2) <= eind:
            uit.append((week_van, week_tot, "carnavalsweek"))
    return uit


#: Steps in the works phase on dates the planner chooses (the criteria and nulmeting before a
#: trial, its midway look), not the works' own dates. Review 58a, Veenmarke: 'criteria en
#: nulmeting' from 29 March 2027, Tweede Paasdag.
UITVOERING_EIGEN = frozenset({"FASE.proef_vooraf", "FASE.proef_halverwege"})


def door_planner(g: Geplaatst | PlanFase) -> bool:
    """Is this a step whose dates the planner chose (not the decision, not the works' own
    dates)? A step on the case's own dates is told apart by the caller."""
    u = g.toelichting if isinstance(g, Geplaatst) else g.uitleg
    if g.fase is Procesfase.besluit:
        return False
    if g.fase is Procesfase.uitvoering:
        return u is not None and u.sleutel in UITVOERING_EIGEN
    return True


def _werkdagen(f: Feiten, fasen: list[Geplaatst]) -> None:
    """A round does not start or end on a public holiday (or on carnival in the south): it
    starts the working day after and ends the working day before (changes ``fasen`` in place).
    A reaction term that would end on one runs on to the next working day, as a legal term does
    (Algemene termijnenwet, art. 1). The case's own dates, the decision and the works stay;
    a step the planner places in the works (UITVOERING_EIGEN) moves like any other."""
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    for g in fasen:
        if g.op_datum or not door_planner(g):
            continue
        start = g.start
        if g.start > f.datum and vrije_dag(g.start, zuid) not in ("", "weekend"):
            start = werkdag_na(g.start, zuid)
        reactie = g.toelichting is not None and g.toelichting.sleutel == "FASE.reactie"
        eind = g.eind
        if vrije_dag(eind, zuid) not in ("", "weekend"):
            na = werkdag_na(eind, zuid)
            stukken = g.toelichting.waarden.get("stukken") if reactie and g.toelichting else None
            eind = (
                na
                if reactie and stukken and na < date.fromisoformat(stukken)
                else werkdag_voor(eind, zuid)
            )
        if start > eind:
            continue
        if g.toelichting is not None and "sluit" in g.toelichting.waarden:
            # the text says the day the row ends, also when the holiday moved it: one date
            # (review 52b: '1–25 maart' in the table, 'tot en met 26 maart', Goede Vrijdag)
            waarden = dict(g.toelichting.waarden)
            if waarden.get("sluit") == g.eind.isoformat() or reactie:
                waarden["sluit"] = eind.isoformat()
            if reactie:
                waarden["open"] = start.isoformat()
            g.toelichting = deel(g.toelichting.sleutel, **waarden)
        g.start, g.eind = start, eind


def _buiten_vakantie(
    fasen: list[Geplaatst],
    voor: list[Blok],
    van: date,
    stukken: date,
    vrij: list[tuple[date, date, str]],
) -> date:
    """The first day of the test round from ``van`` until the papers on ``stukken``.

    When a school holiday takes all its working weeks (the concept laid before people in the
    meivakantie), the round starts a week earlier and the round before it ends a week earlier,
    if that round keeps its shortest length; else it stays, and its note names the holiday."""
    if werkweken(van, stukken - timedelta(days=1), vrij) > 0 or not _vakanties_in(
        van, stukken, vrij
    ):
        return van
    vorige = next(
        (
            g
            for g in reversed(fasen)
            if g.fase in VOOR_BESLUIT and not g.op_datum and g.eind + timedelta(days=3) == van
        ),
        None,
    )
    blok = next((b for b in voor if vorige is not None and b.fase is vorige.fase), None)
    if vorige is None or blok is None:
        return van
    week = _maandag(vorige.eind)
    if _geblokkeerd(week, vrij) or werkweken(vorige.start, week, vrij) < max(1, blok.min_weken):
        return van
    vorige.eind = week - timedelta(days=3)
    return week


#: a werkvorm the gemeente itself chose ('door: gemeente', 'het college')
_GEMEENTE_ZELF = re.compile(
    r"(?:de\s+|het\s+)?(?:gemeente|college|gemeenteraad|raad|wethouder|burgemeester)\b",
    re.IGNORECASE,
)


def _termijn_na_vakantie(
    f: Feiten, fasen: list[Geplaatst], grens: date | None, vrij: list[tuple[date, date, str]]
) -> None:
    """A formal term of the gemeente's own planning (a zienswijze, not on dates the case
    fixes) that runs into the Christmas or summer holiday starts in the first working week
    after it, when its six calendar weeks still end by ``grens`` (the papers date, else the
    decision). A statutory term is moved, never stretched or cut (changes ``fasen`` in place).

    Why: Kempenrade: the zienswijze ran from 12 July to 1 October, through the whole summer
    holiday, after the erfgoedcommissie's advice date was fixed; before, it ran from 6 September.
    When the case says 'niet in de zomer', July and August are the summer (Brederwijk)."""
    from pionieren.analysis.planning_stukken import niet_in_de_zomer  # it imports this module

    zomer = niet_in_de_zomer(f)
    for g in fasen:
        if g.op_datum or not _FORMELE_TERMIJN & set(g.werkvormen):
            continue
        for van, tot, _naam in _lange_vakanties(vrij):
            if not (van <= g.eind and tot >= g.start and (tot - van).days >= 6):
                continue
            na = _eerste_werkweek(tot + timedelta(days=1), vrij)
            if zomer and tot.month in (7, 8):
                # the first Monday in September
                september = date(tot.year, 9, 1)
                na = max(na, september + timedelta(days=(7 - september.weekday()) % 7))
            eind = _eind(na, ZIENSWIJZE_WEKEN, g.werkvormen, vrij)
            if na > g.start and (grens is None or eind <= grens):
                g.start, g.eind = na, eind
            break


def _termijn_in_vakantie(
    f: Feiten, fasen: list[Geplaatst], vrij: list[tuple[date, date, str]]
) -> list[Bevinding]:
    """A formal term that runs through a school holiday reaches fewer people: say so once.
    A statutory term is moved, not extended; and a term whose dates another body fixed (the
    case names its dates and another body decides) the gemeente cannot move at all.

    Why: review 53a/53b: 'verleng de termijn met de vakantieweken' for the six weeks of art.
    3:16 Awb, and for the raden's zienswijze term the algemeen bestuur of a veiligheidsregio
    fixed."""
    besluit = f.vraagstuk.besluit
    ander = ""
    if besluit is not None and besluit.door is Beslisser.anders:
        ander = next(
            (
                g.door or ander_orgaan(f, Beslisser.anders)
                for g in f.vraagstuk.werkvormen
                if g.id in _FORMELE_TERMIJN
                and g.periode is not None
                and not _GEMEENTE_ZELF.match(g.door or "")
            ),
            "",
        )
    for fase in fasen:
        if not _FORMELE_TERMIJN & set(fase.werkvormen):
            continue
        # (the carnival week and the voorjaarsvakantie beside it are one period, as in the table)
        for van, tot, naam in _met_carnaval(vrij):
            if van <= fase.eind and tot >= fase.start and (tot - van).days >= 6:
                return [
                    bevinding(
                        "PLAN-KALENDER",
                        Ernst.let_op,
                        "PLAN-KALENDER.termijn_in_vakantie",
                        bronnen=["schoolvakanties-rijksoverheid"],
                        vakantie=naam,
                        ander=ander,
                    )
                ]
    return []


_REAGEREN = frozenset(
    {
        "plekken-op-de-kaart",
        "enquete",
        "digitaal-platform",
        "schriftelijke-consultatie",
        "keuze-uit-ontwerpen",
        "burgerbegroting",
    }
)
"""Werkvormen in which inwoners react in their own time within a term (not a zienswijze)."""


def _vast_in_vakantie(f: Feiten, vrij: list[tuple[date, date, str]]) -> list[Bevinding]:
    """A werkvorm on dates the case fixes in which inwoners react in their own time (a plankaart,
    a survey; :data:`_REAGEREN`) that runs
    partly through a school holiday of a week or more: say so once, with what to do. Not a
    zienswijze (:func:`_termijn_in_vakantie`), not a single day, not one wholly inside the
    holiday (then the dates were chosen for it), not one longer than a quarter.

    Why: review 33: the plankaart closed in the voorjaarsvakantie and the report did not say."""
    namen = {w.id: w.naam for w in f.kennis.werkvormen}
    for g in f.vraagstuk.werkvormen:
        periode = g.periode
        if periode is None or g.id not in _REAGEREN or periode[0] == periode[1]:
            continue
        if (periode[1] - periode[0]).days > VAKANTIE_NOOT_WEKEN * 7:
            continue  # a trial of months lives through its holidays: no week extra to react
        for van, tot, vakantie in _met_carnaval(vrij):
            if (tot - van).days < 6 or not (van <= periode[1] and tot >= periode[0]):
                continue
            if periode[0] >= van and periode[1] <= tot:
                continue
            return [
                bevinding(
                    "PLAN-KALENDER",
                    Ernst.let_op,
                    "PLAN-KALENDER.vast_in_vakantie",
                    bronnen=["schoolvakanties-rijksoverheid"],
                    naam=namen.get(g.id, g.id),
                    van=periode[0].isoformat(),
                    tot=periode[1].isoformat(),
                    vakantie=vakantie,
                )
            ]
    return []


def beantwoord(w: Werkvorm) -> bool:
    """Does the gemeente answer the reactions of this werkvorm in a reactienota before the
    proposal? Not for a form that only informs, a vote or a form in which inwoners decide
    (the count is the outcome), or the raad's own hearing (the griffie's, not the proposal's)."""
    return (
        w.treden != [Trede.informeren]
        and not w.eindigt_met_besluit
        and Modus.besluiten not in w.modi
        and w.organisator is not Organisator.griffie
    )


def _vast_na(f: Feiten, ankers: list[Anker], na: date, besluit: date | None) -> bool:
    """Does a date the case fixes before the decision lie after ``na``: a werkvorm on fixed
    dates that feeds it (a hoorzitting), or a dated moment (a vote, a publication)?"""
    dagen = [a.tot for a in ankers if a.fase in _VOOR_OF_TOETS]
    dagen += [m.datum for m in f.vraagstuk.momenten]
    return any(na < d and (besluit is None or d < besluit) for d in dagen)


def _na_vaste_inbreng(
    vast: list[date],
    deadline: date,
    grens: date,
    vrij: list[tuple[date, date, str]],
    zuid: bool,
) -> date:
    """The papers of a decision or a meeting come after a fixed input moment that feeds it (a
    hoorzitting on a date the decider set, the publication of a draft the meeting reacts to):
    when such a date in ``vast`` lies after the usual papers date but before ``grens``, the
    latest date the decider's own cycle allows (two weeks before the meeting, or the raad's
    cycle RAAD_STUKKEN_WEKEN before its decision), the papers are due after it, with up to
    VERWERK_WERKDAGEN working days to process it. An adviser plans backwards from the moments
    the decider fixed and never puts the papers before them (review 55c, Scheldevoorde: the
    proposal due before the raad's hoorzitting of 8 September, then "schuif het besluit op";
    Broekerveen: the papers on the zienswijze due six days before the draft was published)."""
    later = [d for d in vast if deadline < d < grens]
    if not later:
        return deadline
    verwerkt = _werkdagen_verder(max(later), VERWERK_WERKDAGEN, vrij, zuid)
    return max(deadline, min(grens, verwerkt))


def _termijn_op_feestdag(ankers: list[Anker], zuid: bool = False) -> list[Bevinding]:
    """A formal term the case fixes (a zienswijze) that starts on a public holiday: the town
    hall is closed and the paper copy cannot be seen on its first day. Say so, with the next
    working day. Why: review 64b (Hoenwijk): the ontwerp lay 'ter inzage vanaf 17 mei 2027',
    Tweede Pinksterdag, and nothing said so."""
    uit = []
    for a in ankers:
        if a.werkvorm not in _FORMELE_TERMIJN:
            continue
        naam = feestdag(a.van)
        if not naam:
            continue
        uit.append(
            bevinding(
                "PLAN-KALENDER",
                Ernst.let_op,
                "PLAN-KALENDER.termijn_op_feestdag",
                bronnen=["algemene-termijnenwet-3"],
                naam=a.naam,
                van=a.van.isoformat(),
                feestdag=naam,
                werkdag=werkdag_na(a.van, zuid).isoformat(),
            )
        )
    return uit


def _private_beslisser(f: Feiten, door: Beslisser | None) -> str:
    """The short name of a private party that takes the decision (a corporation's board, a
    club), '' when a government body decides: the gemeente cannot move that party's decision
    itself, only ask it to."""
    if not f.besluit_van_private_partij:
        return ""
    return orgaan_kop(ander_orgaan(f, door))


def _ankers_na_stukken(
    ankers: list[Anker],
    besluit: date | None,
    stukken: date | None,
    vast: bool = False,
    vrij: list[tuple[date, date, str]] | None = None,
    zuid: bool = False,
    catalogus: dict[str, Werkvorm] | None = None,
    vandaag: date | None = None,
    vaste: frozenset[str] = frozenset(),
    ander: str = "",
) -> list[Bevinding]:
    """A werkvorm on fixed dates that should shape the decision but ends after the proposal is
    due (or after the decision itself) cannot change what is proposed: say so. One that asks
    for reactions and ends less than VERWERK_WERKDAGEN working days before the proposal leaves
    no time to answer them (found by hypothesis: an evening fixed nine working days before a
    decision without a papers term). A body's own advice (EIGEN_ADVIES) that comes before the
    papers goes with them as it is: in time. A step in ``vaste`` (:func:`vaste_stappen`) keeps
    its dates: the finding proposes no earlier start."""
    uit = []
    for a in ankers:
        if a.fase not in _VOOR_OF_TOETS or besluit is None or stukken is None:
            continue
        if a.van < stukken - 4 * WEEK and a.tot > besluit:
            continue  # it runs on through the decision (a standing walk-in hour): not too late
        w = (catalogus or {}).get(a.werkvorm)
        if w is not None and w.doorlopend and a.van < stukken:
            # a standing service (a weekly walk-in hour): what it hears until the papers goes
            # with them, and it runs on as a service; no reason to move the decision (review
            # 65a: 'Schuif het besluit op' for the loket's spreekuur until the day before)
            continue
        vraagt = w is not None and beantwoord(w)
        krap = (
            vraagt
            and a.werkvorm not in EIGEN_ADVIES
            and a.tot <= stukken
            and _werkdagen_tussen(a.tot, stukken, vrij or [], zuid) < VERWERK_WERKDAGEN
        )
        if krap:
            laatst = _werkdagen_terug(stukken, VERWERK_WERKDAGEN, vrij or [], zuid)
            uit.append(
                bevinding(
                    "PLAN-KALENDER",
                    Ernst.waarschuwing,
                    "PLAN-KALENDER.anker_krap",
                    bronnen=[],
                    naam=a.naam,
                    formeel=a.werkvorm in _FORMELE_TERMIJN,
                    tot=a.tot.isoformat(),
                    stukken=stukken.isoformat(),
                    vast=vast,
                    **(
                        {"vroeger": "", "vast_stap": True}
                        if a.werkvorm in vaste
                        else _eerder_beginnen(a.van, a.tot, laatst, vrij or [], vandaag or a.van)
                    ),
                )
            )
        elif a.tot > stukken:
            uit.append(
                bevinding(
                    "PLAN-KALENDER",
                    Ernst.waarschuwing,
                    "PLAN-KALENDER.anker_te_laat",
                    bronnen=[],
                    naam=a.naam,
                    van=a.van.isoformat(),
                    tot=a.tot.isoformat(),
                    stukken=stukken.isoformat(),
                    besluit=besluit.isoformat(),
                    na_besluit=a.tot > besluit,
                    vast=vast,
                    # Why: review 62b, 'Schuif het besluit op' said to the gemeente about a
                    # decision a corporation takes: the gemeente can only ask that body
                    **({"ander": ander} if ander else {}),
                )
            )
    return uit


_BELEIDSREGEL = re.compile(r"\bbeleidsregel", re.IGNORECASE)
"""A decision that lays down a beleidsregel (art. 1:3 lid 4, 4:81 Awb)."""


def _besluit_uitleg(
    f: Feiten,
    door: Beslisser | None,
    gevraagd: str,
    stukken: str,
    aanvraag: date | None = None,
    afgeleid: bool = False,
    uitgebreid: bool = False,
    raad: tuple[date, date, date] | None = None,
) -> Tekstdeel:
    """What happens in the decision phase: who decides, when the proposal is due, the steps
    after the application of a permit, and the raad's own step before a college decision on a
    private-law act (art. 169 lid 4 Gemeentewet), with the raad's meetings on its binding
    advice (``raad``, from :func:`_raad_adviseert`)."""
    bindend = bool(f.vraagstuk.besluit and f.vraagstuk.besluit.raad_bindend_advies)
    ontwerpadvies, advies_van, advies_tot = (d.isoformat() for d in raad) if raad else ("",) * 3
    voedt = _aanvraag_voedt(f)
    hoofd = f.vraagstuk.kaders.besluit_uiterlijk
    # a beleidsregel binds only once it is published (art. 3:40 Awb): that step comes after
    # the decision and before the day the rule must apply (review 53a, Ravenstede: no
    # publication before Aswoensdag in the plan)
    regel = f.procedure is Procedure.beleid and bool(
        _BELEIDSREGEL.search(f"{f.vraagstuk.titel} {f.vraagstuk.omschrijving}")
    )
    geldt = f.vraagstuk.kaders.uitvoering_van
    eigen = eigen_wensen_moment(f, door, hoofd)
    return deel(
        "FASE.besluit",
        beleidsregel=regel,
        geldt=geldt.isoformat() if regel and geldt and geldt > f.datum else "",
        # the application the rounds feed, and the later decisions with a date of their own:
        # hard dates the plan names (review 31a: 15 June and 5 October 2028 went unnamed)
        voedt=voedt.isoformat() if voedt else "",
        later=[
            {"onderwerp": onderwerp.rstrip("."), "datum": datum.isoformat()}
            for datum, onderwerp in sorted(
                (x.uiterlijk, x.onderwerp)
                for x in f.vraagstuk.kaders.open
                if x.uiterlijk is not None and hoofd is not None and x.uiterlijk > hoofd
            )
        ],
        vergunning=f.procedure in VERGUNNING,
        # with the raad's binding advice the uitgebreide procedure has a zienswijze before this
        uitgebreid=uitgebreid or bindend,
        bindend=bindend,
        afgeleid=afgeleid,
        gevraagd=gevraagd,
        aanvraag=aanvraag.isoformat() if aanvraag else "",
        door=door.value if door else "",
        wensen=door is Beslisser.college and f.wensen_en_bedenkingen,
        # the case's own moment for it: one step, no second one beside it (review 65b)
        wensen_op=eigen.datum.isoformat() if eigen is not None else "",
        stukken=stukken,
        ontwerpadvies=ontwerpadvies,
        advies_van=advies_van,
        advies_tot=advies_tot,
    )


#: Weeks the college needs after the raad's binding advice to take its decision on it.
NA_RAADSADVIES_WEKEN = 2


def _raad_adviseert(
    f: Feiten, fasen: list[Geplaatst], besluit: date, vrij: list[tuple[date, date, str]]
) -> tuple[date, date, date] | None:
    """When the raad advises bindingly on a permit (art. 16.15a Omgevingswet, the uitgebreide
    procedure), the dates of its meetings: its draft advice before the draft decision lies open,
    and its advice between the end of the zienswijze term (after a summer or Christmas recess)
    and two weeks before the college decides. None without a binding advice or a planned term,
    or when not a week lies between the term and the decision."""
    v = f.vraagstuk
    if not (v.besluit and v.besluit.raad_bindend_advies):
        return None
    inzage = [g for g in fasen if _FORMELE_TERMIJN & set(g.werkvormen)]
    if not inzage:
        return None
    open_, dicht = min(g.start for g in inzage), max(g.eind for g in inzage)
    tot = besluit - NA_RAADSADVIES_WEKEN * WEEK
    van = dicht + timedelta(days=1)
    while van.weekday() >= 5:
        van += timedelta(days=1)
    van = _na_reces(f, Beslisser.raad, van, besluit, vrij)
    if van + WEEK > tot:
        return None  # no week for a meeting: not a date to name
    return open_, van, tot


LABEL_FASE = {Procesfase.verdiepen: "de verdieping", Procesfase.toetsen: "de toetsronde"}
#: The rounds by name, for a message that says which of them are shorter.
LABEL_RONDE = {
    Procesfase.voorbereiden: "de voorbereiding",
    Procesfase.ophalen: "de brede ronde",
    **LABEL_FASE,
}

BUFFER_WEKEN = 3
"""Working weeks between the end of the conversation and the deadline for the proposal."""


def _terug(deadline: date, weken: int, vrij: list[tuple[date, date, str]]) -> date:
    """The latest Monday from which ``weken`` working weeks end before ``deadline``."""
    week = _maandag(deadline) - WEEK
    n = 0
    while n < weken:
        if not _geblokkeerd(week, vrij):
            n += 1
        week -= WEEK
    return week + WEEK


def _krimp(blokken: list[Blok], beschikbaar: int) -> dict[Procesfase, int]:
    """Lengths below each block's shortest, to fit a fixed date: one week each at the least,
    and the preparation last and never below :data:`VOORBEREIDEN_BODEM` (the plan adopted,
    then two weeks to invite).

    Why: review 32b: the plan adopted on 4 December and the first meeting on 7 December; people
    must be invited before they can come."""

    def bodem(b: Blok) -> int:
        return VOORBEREIDEN_BODEM if b.fase is Procesfase.voorbereiden else 1

    lengtes = {b.fase: max(bodem(b), b.min_weken) for b in blokken}
    krimpbaar = [b for b in blokken if not b.vast]
    while krimpbaar and sum(lengtes.values()) > max(beschikbaar, len(blokken)):
        kan = [b for b in krimpbaar if lengtes[b.fase] > bodem(b)]
        if not kan:
            break
        langste = max(
            kan,
            key=lambda b: (
                b.fase is not Procesfase.voorbereiden,
                lengtes[b.fase],
                -_FASEN.index(b.fase),
            ),
        )
        lengtes[langste.fase] -= 1
    return lengtes


#: The least working weeks of preparation even when time is short: the plan is adopted and
#: people are invited before the first meeting.
UITNODIGEN_WEKEN = 2
#: The least working weeks of preparation before the first public round, also when time is
#: short: a week to adopt the plan, then two to invite (review 51: the first round two weeks
#: after the report, 'het college stelt het participatieplan deze week vast').
VOORBEREIDEN_BODEM = UITNODIGEN_WEKEN + 1

#: From the adoption of the participatieplan to the first round: the invitations go out two
#: weeks ahead (review 32b: adopted on 4 December, the first meeting on 7 December).
UITNODIGEN = timedelta(weeks=2, days=3)

#: Less time than this from the report to the adoption of the plan is tight for a college.
VASTSTELLEN = timedelta(weeks=3)


def plan_vastgesteld(eerste_ronde: date, zuid: bool = False) -> date:
    """The last working day on which the plan can be adopted for a first round on this date."""
    return werkdag_voor(eerste_ronde - UITNODIGEN, zuid)


def voorbereiden_wens(start: date, vrij: list[tuple[date, date, str]], zuid: bool) -> int:
    """Working weeks of preparation that give the college :data:`VASTSTELLEN` to adopt the
    plan, outside a school holiday, and then :data:`UITNODIGEN` to invite people.

    Why: review 42a: "Uiterlijk 1 december 2026: ... het college stelt het participatieplan
    vast" in a report of 30 November; where the calendar has weeks to spare, the first round
    waits for a plan that a college can really adopt."""
    weken = UITNODIGEN_WEKEN
    while weken < 26:
        klaar = _vastgesteld_na(start, weken, vrij, zuid)
        if klaar - start >= VASTSTELLEN and not _in_vakantie(klaar, vrij):
            break
        weken += 1
    return weken


def _vastgesteld_na(
    start: date, weken: int, vrij: list[tuple[date, date, str]], zuid: bool
) -> date:
    """The adoption date of the plan when the preparation lasts ``weken`` working weeks."""
    return plan_vastgesteld(_ronde_na(start, weken, vrij), zuid)


def _ronde_na(start: date, weken: int, vrij: list[tuple[date, date, str]]) -> date:
    """The first round's Monday after ``weken`` working weeks of preparation."""
    return _eerste_werkweek(verder(start, weken, vrij) + timedelta(days=3), vrij)


def _in_vakantie(d: date, vrij: list[tuple[date, date, str]]) -> bool:
    return any(van <= d <= tot for van, tot, _ in vrij)


def _lange_weken(van: date, tot: date, vrij: list[tuple[date, date, str]]) -> int:
    """Weeks of the Christmas or summer holiday from ``van`` up to ``tot``."""
    lang = _lange_vakanties(vrij)
    week, n = _maandag(van), 0
    while week <= tot:
        n += _geblokkeerd(week, lang)
        week += WEEK
    return n


def _langer_voorbereiden(
    start: date,
    lengtes: dict[Procesfase, int],
    speling: int,
    ankers: list[Anker],
    vrij: list[tuple[date, date, str]],
    zuid: bool,
) -> int:
    """Working weeks to spare that lengthen the preparation: up to :func:`voorbereiden_wens`,
    never so that the plan is adopted in a school holiday, the rounds after it run into the
    summer holiday, or the first round starts after a werkvorm on fixed dates that needs the
    plan (review 42a)."""
    nu = lengtes[Procesfase.voorbereiden]
    langer = min(speling, voorbereiden_wens(start, vrij, zuid) - nu)
    totaal = sum(lengtes.values())
    zomer = _lange_weken(start, verder(start, totaal, vrij), vrij)
    eerste_anker = min((a.van for a in ankers if a.van > start), default=None)
    while langer > 0:
        ronde = _ronde_na(start, nu + langer, vrij)
        if not (
            _in_vakantie(plan_vastgesteld(ronde, zuid), vrij)
            or _lange_weken(start, verder(start, totaal + langer, vrij), vrij) > zomer
            or (eerste_anker is not None and ronde > eerste_anker)
        ):
            break
        langer -= 1
    return max(langer, 0)


_FASEN = list(Procesfase)


def _schaal(blokken: list[Blok], beschikbaar: int) -> dict[Procesfase, int]:
    """Lengths between each block's shortest and longest, filling the weeks available."""
    lengtes = {b.fase: b.min_weken for b in blokken}
    over = beschikbaar - sum(lengtes.values())
    while over > 0:
        groeibaar = [b for b in blokken if lengtes[b.fase] < b.max_weken]
        if not groeibaar:
            break
        for b in groeibaar:
            if over <= 0:
                break
            lengtes[b.fase] += 1
            over -= 1
    return lengtes


def _rek(blokken: list[Blok], lengtes: dict[Procesfase, int], extra: int) -> dict[Procesfase, int]:
    """The phases with inwoners (ophalen, verdiepen) lengthened by ``extra`` weeks in all, in
    proportion to their length and never beyond twice it; a phase on the case's own instrument
    (``vast``) keeps its length."""
    rekbaar = [
        b
        for b in blokken
        if b.fase in (Procesfase.ophalen, Procesfase.verdiepen) and b.werkvormen and not b.vast
    ]
    totaal = sum(lengtes[b.fase] for b in rekbaar)
    if extra <= 0 or totaal <= 0:
        return {}
    return {
        b.fase: lengtes[b.fase] + min(lengtes[b.fase], extra * lengtes[b.fase] // totaal)
        for b in rekbaar
    }


#: Working weeks inwoners have to react to the options or the concept. Four: a club or a
#: village council that meets once a month can put it on its agenda.
REACTIE_WEKEN = 4
#: Working weeks to answer every reaction in a reactienota before the proposal is due.
REACTIENOTA_WEKEN = 2
#: The shortest reaction term that still lets people read the piece and respond.
REACTIE_MIN_WEKEN = 2

#: Who the concept is shown to: the inwoners, the surroundings, whoever took part.
_PUBLIEK = (
    r"(?:omgeving|inwoners|bewoners|buurt\w*|wijk|dorp|iedereen|belanghebbenden|deelnemers"
    r"|omwonenden|wie\s+meedeed|mensen)"
)
#: The piece shown: a concept, a draft, the plan, a sketch, the proposal.
_STUK = r"(?:concept\w*|ontwerp\w*|plan|plannen|\w+plan|schets\w*|voorstel)"
#: Showing the piece to them: 'voorleggen aan de omgeving', 'nadat de omgeving het heeft
#: gezien', 'het concept eerst laten zien', 'ter reactie', 'reageren op het concept'.
_TONEN = re.compile(
    rf"\bvoor\w*\s+aan\s+(?:de\s+|alle\s+|het\s+)?{_PUBLIEK}\b"
    rf"|\b{_PUBLIEK}\b[^.;]{{0,40}}\b(?:heeft|hebben)\s+(?:kunnen\s+)?(?:gezien|bekeken|reageren)"
    rf"|\bla(?:ten|at)\s+(?:\w+\s+){{0,3}}zien\s+aan\s+(?:de\s+)?{_PUBLIEK}\b"
    rf"|\b{_STUK}\b[^.;]{{0,30}}\blaten\s+zien\b"
    r"|\bter\s+reactie\b|\breageren\s+op\s+(?:het\s+)?(?:concept|ontwerp)",
    re.IGNORECASE,
)
_STUK_WOORD = re.compile(rf"\b{_STUK}\b", re.IGNORECASE)
#: Before it is adopted: 'voordat het bestuur het vaststelt', 'pas ... nadat', 'eerst'.
_VOOR_VASTSTELLEN = re.compile(
    r"\bvoordat\b|\bvóórdat\b|\bnadat\b|\bpas\b|\beerst\b|\bvóór\s+(?:het|de|hij|zij)\b",
    re.IGNORECASE,
)


def concept_beloofd(f: Feiten) -> str | None:
    """The sentence of the case that promises the concept is shown to the inwoners or the
    surroundings before it is adopted ('Het bestuur stelt het plan pas vast nadat de omgeving
    het heeft gezien'): in the promise, a fixed frame, what is different now, a moment or a
    werkvorm of the case; None when no sentence does. A piece laid before the raad or one
    party is no such promise.

    Why: review 65b (Ruiterbeek): the directeur promised the bestuur adopts the plan only after
    the surroundings have seen it, and no round on the concept lay before the decision."""
    v = f.vraagstuk
    teksten = [
        v.besluit.toezegging.tekst if v.besluit and v.besluit.toezegging else None,
        *v.kaders.vast,
        v.voorgeschiedenis.wat_nu_anders if v.voorgeschiedenis else None,
        *(m.wat for m in v.momenten),
        *(w.voor for w in v.werkvormen),
    ]
    for tekst in teksten:
        for zin in re.split(r"(?<=[.;!?])\s+", tekst or ""):
            if _TONEN.search(zin) and _STUK_WOORD.search(zin) and _VOOR_VASTSTELLEN.search(zin):
                return zin.strip()
    return None


def _wie_legt_voor(f: Feiten) -> str:
    """Who lays the promised concept before people: the decider of the main decision, by the
    name the case gives it (the initiator's own name when it decides itself)."""
    v = f.vraagstuk
    door = v.besluit.door if v.besluit else None
    if door is Beslisser.initiatiefnemer:
        naam = next((p.naam for p in v.belanghebbenden if p.initiatiefnemer), "")
        return naam or "de initiatiefnemer"
    if door in (Beslisser.anders, Beslisser.bestuurscommissie):
        return ander_orgaan(f, door) or ""
    return {Beslisser.college: "het college", Beslisser.raad: "de raad"}.get(door, "")  # type: ignore[arg-type]


@regel(
    "PLAN-REACTIE",
    Thema.mix,
    "Het stuk waarop iedereen reageert",
    """Is een open punt een keuze tussen mogelijkheden (welk van twee baden, welke locatie), of
    is toegezegd dat inwoners adviseren of hun mening geven over een concept (de voorwaarden van
    een garantie, een regeling), dan plant pionieren het moment waarop dat stuk op tafel ligt.
    Op een datum maakt de gemeente de mogelijkheden met de gevolgen van elk en de criteria voor
    de afweging openbaar, of het concept. Reageren kan vier werkweken; die termijn sluit twee
    werkweken voor de datum waarop het voorstel klaar moet zijn. In die twee weken schrijft de
    gemeente een reactienota met een antwoord op elke reactie; die gaat mee met het voorstel.
    Het stuk komt na de brede ronde en de verdieping, want het bouwt op wat daar is gehoord
    (die rondes lopen er niet naast), en na een
    proef die vóór het voorstel afloopt, als de termijn daarna nog past; noemt de tekst een datum
    voor de evaluatie van die proef, dan na die datum (past dat niet, dan zegt pionieren het). Past een
    termijn van minstens twee werkweken niet meer, dan zegt pionieren dat. De termijn loopt niet
    over de zomer- of kerstvakantie heen: het stuk komt dan na de vakantie openbaar, of de
    termijn sluit ervoor (wat de meeste werkweken geeft); past geen van beide, dan zegt pionieren
    tot wanneer het stuk uiterlijk openbaar moet. Komt er een aanvraag (een subsidie, een
    verzoek) vóór het voorstel, dan zijn de termijn en de reactienota klaar vóór die aanvraag:
    zij voeden haar. Heeft een punt op het stuk een eigen, eerder besluit (het college kiest de
    plek in maart, de vergunning volgt in juni), dan sluit de termijn vóór de stukken voor dat
    eerdere besluit: twee weken ervoor bij het college, zes bij de raad. Bespreekt de
    raadscommissie of de raad het stuk vóór het besluit (een moment in het vraagstuk), dan
    sluiten de termijn en de reactienota vóór het stuk voor dat moment klaar moet zijn. Past dat
    niet en besluit het moment nog niet, dan begint de termijn na dat moment; past ook dat niet,
    dan zegt pionieren dat de reacties te laat komen voor dat moment. Sluit de termijn in de
    klare planning toch vóór dat stuk, maar met minder dan twee werkweken ertussen, dan zegt
    pionieren hoeveel werkdagen er zijn om de reacties te verwerken. Staat een open consultatie
    op een conceptvoorstel in het ontwerp, dan is dat deze ronde: zij krijgt dezelfde data. Ligt
    het stuk over meer punten, dan noemt het de centrale keuze van het vraagstuk eerst. Neemt
    de initiatiefnemer voor wie dit advies is het hoofdbesluit zelf (het bestuur van het
    waterschap kiest het alternatief voor zijn dijk), dan legt hij ook de punten van dat besluit
    op tafel. Heeft het vraagstuk al een eigen, besloten instrument dat de mening over de vraag
    gecontroleerd of formeel ophaalt (een peiling onder een steekproef, het advies van de wijk-
    of adviesraad aan wie de toezegging is gedaan, de zienswijzen op het ontwerp van dit
    besluit), dan komt er geen eigen open ronde naast: op de hele vraag, of alleen op het punt
    dat dat instrument of die toezegging noemt. Vraagt het vraagstuk zelf om een open
    consultatie, dan blijft zij. Belooft het vraagstuk dat het concept of plan aan de omgeving
    of aan inwoners wordt voorgelegd voordat het wordt vastgesteld (in de toezegging, een vast
    kader, wat nu anders is, een moment of een werkvorm: 'het bestuur stelt het plan pas vast
    nadat de omgeving het heeft gezien'), dan plant pionieren deze ronde ook als een andere
    partij (de initiatiefnemer) dat besluit neemt: over de punten van dat besluit, vóór de
    stukken ervoor. De stap zegt dat dit de toegezegde ronde op het concept is, en dat wie
    besluit het concept voorlegt en pas daarna besluit. Een stuk dat alleen naar de raad of naar
    één partij gaat, is zo'n belofte niet.""",
    ["ombudsman-inspraak-2009"],
)
def reactieronde(
    f: Feiten,
    fasen: list[Geplaatst],
    punten: list[Voorleggen],
    stukken: date | None,
) -> list[Bevinding]:
    """Place the reaction round on the piece for ``punten`` before the papers date (changes
    ``fasen`` in place); it replaces the generic buffer before the decision."""
    inbreng = f.vraagstuk.kaders.inbreng_uiterlijk
    if stukken is not None and inbreng is not None and f.datum < inbreng - timedelta(days=1):
        # the outcome is due earlier still (a plan at the college): the answers are ready then
        stukken = min(stukken, inbreng - timedelta(days=1))
    if stukken is not None:
        stukken = _eigen_stukken(f, punten, stukken)
    if not punten or stukken is None or stukken <= f.datum:
        return []
    vrij = vakantieweken(f.kennis.vakanties, f.vraagstuk.vakantieregio)
    # the piece builds on the broad round: it is published once that round is over
    ophalen = [
        g.eind
        for g in fasen
        if g.eind < stukken
        and (
            g.fase is Procesfase.ophalen
            or (g.fase is Procesfase.verdiepen and g.werkvormen and not g.op_datum)
        )
    ]
    # and never in the preparation: the plan is adopted and people are invited first (review
    # 51, bomenkap: the reaction round from the report's own day, before any round)
    voorbereid = [g.eind for g in fasen if g.fase is Procesfase.voorbereiden]
    vroegst = _eerste_werkweek(
        _volgende_maandag(max([*ophalen, *voorbereid]))
        if ophalen or voorbereid
        else f.datum + timedelta(days=1),
        vrij,
    )
    aanvraag = _aanvraag_voedt(f)
    grenzen = [stukken]
    if aanvraag is not None and aanvraag < stukken:
        # an application filed with the outcome: the reactions and their answers are in
        # before it (review 31a: the round on the place ran after the application date);
        # when that no longer fits, the round is on the request itself, after it
        grenzen.insert(0, aanvraag - timedelta(days=1))
    for stukken in grenzen:
        nota = _terug(stukken, REACTIENOTA_WEKEN, vrij)
        sluit = nota - timedelta(days=3)
        open_ = max(_terug(nota, REACTIE_WEKEN, vrij), vroegst)
        if werkweken(open_, sluit, vrij) >= REACTIE_MIN_WEKEN:
            break
    # and on a trial that ends before the papers: the options build on how it went, so they
    # are published once it is over, when a reaction term still fits after it
    proef = [g.eind for g in fasen if g.op_datum and "pilot" in g.werkvormen and g.eind < stukken]
    uit: list[Bevinding] = []
    if proef:
        # the evaluation of the trial the text dates (review 28b: the options in Lindemeer went
        # public on 5 April, the evaluation of the trial area was due on 15 April)
        klaar = _evaluatie_in_tekst(f, max(proef), stukken)
        for na in [klaar, max(proef)] if klaar else [max(proef)]:
            na_proef = _eerste_werkweek(_volgende_maandag(na + timedelta(days=1)), vrij)
            if werkweken(max(open_, na_proef), sluit, vrij) >= REACTIE_MIN_WEKEN:
                open_ = max(open_, na_proef)
                break
        if klaar is not None and open_ <= klaar:
            uit.append(
                bevinding(
                    "PLAN-REACTIE",
                    Ernst.let_op,
                    "PLAN-REACTIE.voor_evaluatie",
                    bronnen=[],  # a time limit: the tool's own reckoning
                    evaluatie=klaar.isoformat(),
                    open=werkdag_na(
                        open_, f.vraagstuk.vakantieregio is Vakantieregio.zuid
                    ).isoformat(),
                )
            )
    open_, sluit, vakantie = reactie_om_vakantie(open_, sluit, vrij)
    # a round that feeds a commissie or raad moment: before its papers (and still out of the
    # holidays: moving the round only narrows it)
    open_, sluit, na_moment, te_laat = _reactie_om_moment(f, open_, sluit, vroegst, stukken, vrij)
    open_, sluit, opnieuw = reactie_om_vakantie(open_, sluit, vrij)
    if werkweken(open_, sluit, vrij) >= REACTIE_MIN_WEKEN:
        # only a round that is held feeds a moment too late; one that does not fit is not
        # held, and one sentence says so (review 48e: 'the reaction round 3-7 May runs on
        # past the papers' next to 'two working weeks no longer fit')
        uit += te_laat
    vakantie = vakantie or opnieuw
    if vakantie is not None:
        uit.append(
            bevinding(
                "PLAN-REACTIE",
                Ernst.waarschuwing,
                "PLAN-REACTIE.vakantie",
                bronnen=["schoolvakanties-rijksoverheid"],
                vakantie=vakantie[2],
                van=vakantie[0].isoformat(),
                tot=vakantie[1].isoformat(),
                uiterlijk=_terug(_werkdag_ervoor(vakantie[0]), REACTIE_MIN_WEKEN, vrij).isoformat(),
            )
        )
    if werkweken(open_, sluit, vrij) >= REACTIE_MIN_WEKEN:
        fasen[:] = [
            g
            for g in fasen
            if not (g.toelichting and g.toelichting.sleutel == "FASE.toetsen_buffer")
        ]
    # the round the case promised on the concept says so, and who lays it before people
    beloofd = {"beloofd": _wie_legt_voor(f)} if concept_beloofd(f) else {}
    uit += _reactie_fase(
        fasen, punten, open_, sluit, stukken, vrij, na_moment, beloofd, nota=f.reactienota
    )
    _consultatie_is_reactie(fasen)
    fasen.sort(key=lambda x: (x.start, _FASEN.index(x.fase)))
    return uit


#: The werkvormen that are the reaction round itself: the open consultation on a concept. When
#: the mix holds one and rule PLAN-REACTIE plans the round, they are one step on one date.
REACTIE_WERKVORMEN = frozenset({"schriftelijke-consultatie"})


def _consultatie_is_reactie(fasen: list[Geplaatst]) -> None:
    """Put an open consultation on the concept into the reaction round (changes ``fasen`` in
    place): it is the same step, so the table and the other steps name the same dates. Why:
    review 50b, Vechtstede: the table had the consultation from 25 October to 17 December, the
    other steps the reaction round from 29 November to 24 December."""
    ronde = next(
        (g for g in fasen if g.toelichting is not None and g.toelichting.sleutel == "FASE.reactie"),
        None,
    )
    if ronde is None:
        return
    for g in list(fasen):
        zelf = [w for w in g.werkvormen if w in REACTIE_WERKVORMEN]
        if g is ronde or g.op_datum or not zelf:
            continue
        g.werkvormen = [w for w in g.werkvormen if w not in REACTIE_WERKVORMEN]
        ronde.werkvormen = [*ronde.werkvormen, *zelf]
        if not g.werkvormen and g.toelichting is None:
            fasen.remove(g)


_MOMENT_ORGAAN = {Orgaan.commissie: "de raadscommissie", Orgaan.raad: "de gemeenteraad"}
"""The bodies whose moment before the decision a reaction round feeds: the raad and its
commissie discuss the piece on papers of their own cycle."""


def _reactie_om_moment(
    f: Feiten,
    open_: date,
    sluit: date,
    vroegst: date,
    stukken: date,
    vrij: list[tuple[date, date, str]],
) -> tuple[date, date, dict[str, str] | None, list[Bevinding]]:
    """A reaction round still open when the papers for a commissie or raad moment before the
    decision are due feeds that moment: it closes, with its reactienota, before those papers
    when two working weeks fit; else, when the moment only discusses ('zonder te besluiten'),
    it opens in the week after the moment (returned, to be said); else it stays and a finding
    says the reactions come too late for the moment.

    Why: review 44a (Velderhout): the round on the parking options ran 1-19 March while the
    papers for the commissie of 23 March were due on 23 February."""
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    na_moment: dict[str, str] | None = None
    uit: list[Bevinding] = []
    for m in sorted(f.vraagstuk.momenten, key=lambda m: m.datum):
        orgaan = _MOMENT_ORGAAN.get(m.door)
        papieren = moment_papieren(f, m, vrij, zuid)
        if orgaan is None or papieren <= f.datum or m.datum > stukken:
            continue
        if sluit < papieren or open_ >= m.datum:
            continue  # the round ends before the papers or starts after the moment
        nota = _terug(papieren, REACTIENOTA_WEKEN, vrij)
        ervoor = max(_terug(nota, REACTIE_WEKEN, vrij), vroegst)
        if werkweken(ervoor, nota - timedelta(days=3), vrij) >= REACTIE_MIN_WEKEN:
            open_, sluit = ervoor, nota - timedelta(days=3)
            continue
        na = _week_na(m.datum, vrij, zuid)
        # the raad's wensen en bedenkingen on the draft is its say on the choice: the
        # reactions come before it, never after (review 65b)
        zonder = (_ZONDER.search(m.wat) or not _BESLIST.search(m.wat)) and not (
            WENSEN_MOMENT.search(m.wat)
        )
        if zonder and werkweken(max(open_, na), sluit, vrij) >= REACTIE_MIN_WEKEN:
            open_ = max(open_, na)
            na_moment = {"orgaan": orgaan, "datum": m.datum.isoformat()}
            continue
        uit.append(
            bevinding(
                "PLAN-REACTIE",
                Ernst.let_op,
                "PLAN-REACTIE.moment",
                bronnen=[],  # a time limit: the tool's own reckoning
                orgaan=orgaan,
                nota=f.reactienota,
                datum=m.datum.isoformat(),
                stukken=papieren.isoformat(),
                open=open_.isoformat(),
                sluit=sluit.isoformat(),
            )
        )
    return open_, sluit, na_moment, uit


def _aanvraag_voedt(f: Feiten) -> date | None:
    """The date of an application still to come that the participation feeds (a subsidy, a
    request), or None. A permit is left out: its formal round is about the draft decision and
    comes after the application (rule PLAN-KALENDER)."""
    b = f.vraagstuk.besluit
    if b is None or b.aanvraag is None or b.aanvraag <= f.datum or f.procedure in VERGUNNING:
        return None
    return b.aanvraag


def _werkdag_ervoor(d: date) -> date:
    """The last weekday before ``d``."""
    d -= timedelta(days=1)
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def reactie_om_vakantie(
    open_: date, sluit: date, vrij: list[tuple[date, date, str]]
) -> tuple[date, date, tuple[date, date, str] | None]:
    """A reaction term that runs into the summer or Christmas holiday: many people are away,
    and a term of one week before and a few after is no term (review 31a: reacting from 5 July
    to 10 September, with the summer between). It opens after the holiday, or closes before it,
    whichever leaves more working weeks (after the holiday when equal), if that is at least
    the shortest term; else it stays and the holiday is returned, to be said."""
    for van, tot, naam in _lange_vakanties(vrij):
        if not (open_ < van <= sluit):
            continue
        na = _eerste_werkweek(tot + timedelta(days=1), vrij)
        dicht = _werkdag_ervoor(van)
        erna, ervoor = werkweken(na, sluit, vrij), werkweken(open_, dicht, vrij)
        if max(erna, ervoor) < REACTIE_MIN_WEKEN:
            return open_, sluit, (van, tot, naam)
        if erna >= ervoor:
            return na, sluit, None
        return open_, dicht, None
    return open_, sluit, None


_EVALUATIE = re.compile(r"\b(?:evaluatie\w*|evalu\w+|eindrapport\w*|rapportage\w*)", re.IGNORECASE)


_AANTAL = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "zes": 6, "negen": 9}
_TERMIJN = r"\bna\s+(een|één|twee|drie|vier|zes|negen|\d{1,2})\s+(jaar|maanden)\b"
_EVALUATIE_NA = re.compile(
    rf"(?:evalu\w*[^.;:]{{0,40}}?{_TERMIJN})|(?:{_TERMIJN}[^.;:]{{0,40}}?evalu\w*)", re.IGNORECASE
)


def evaluatie_na_maanden(f: Feiten) -> int | None:
    """The months after the start of the measure that the case asks the evaluation for, as its
    text says it ('evalueer na een jaar', 'de evaluatie na zes maanden'), or None."""
    v = f.vraagstuk
    teksten = [v.omschrijving, v.aanleiding or "", *v.kaders.vast]
    if v.besluit is not None and v.besluit.toezegging is not None:
        teksten.append(v.besluit.toezegging.tekst or "")
    for tekst in teksten:
        m = _EVALUATIE_NA.search(tekst)
        if m is None:
            continue
        getal, eenheid = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        n = int(getal) if getal.isdigit() else _AANTAL[getal.lower()]
        return n * 12 if eenheid.lower() == "jaar" else n
    return None


def _evaluatie_termijn(f: Feiten, besluit: date | None) -> date | None:
    """The date the case's text asks the evaluation for (:func:`evaluatie_na_maanden`), counted
    from the start of a measure that begins after the decision and still runs then; None
    otherwise (an evaluation the text reports as done, a term longer than the measure)."""
    maanden = evaluatie_na_maanden(f)
    k = f.vraagstuk.kaders
    if maanden is None or besluit is None or k.uitvoering_van is None:
        return None
    if k.uitvoering_van < besluit:
        return None
    dag = _maanden_later(k.uitvoering_van, maanden)
    if k.uitvoering_tot is not None and dag >= k.uitvoering_tot:
        return None
    return dag


def _maanden_later(d: date, maanden: int) -> date:
    jaar, maand = divmod(d.month - 1 + maanden, 12)
    return date(d.year + jaar, maand + 1, min(d.day, 28))


def _evaluatie_in_tekst(f: Feiten, proef_eind: date, stukken: date) -> date | None:
    """The date the text gives for the evaluation of a trial: a full date in the same sentence
    as 'evaluatie' (or 'eindrapport'), after the trial has ended and before the papers. Only
    what the text says; no other date is read as one."""
    v = f.vraagstuk
    teksten: dict[tuple[str | int, ...], str] = {
        ("omschrijving",): v.omschrijving,
        ("aanleiding",): v.aanleiding or "",
    }
    for t in data_in_tekst(v, vanaf=f.datum):
        tekst = teksten.get(t.pad, "")
        if not (proef_eind < t.datum < stukken) or not tekst:
            continue
        begin = max(tekst.rfind(".", 0, t.begin), tekst.rfind("\n\n", 0, t.begin)) + 1
        if _EVALUATIE.search(tekst[begin : t.begin]):
            return t.datum
    return None


def _eigen_stukken(f: Feiten, punten: list[Voorleggen], stukken: date) -> date:
    """The papers date for the reaction round: that of the main decision, or earlier when a
    point on the piece has its own, earlier decision (the college chooses the location in
    March, the permit follows in June): the answers are in before the papers for that one,
    as many weeks before it as for any later decision of that body (``_LATER_STUKKEN``).

    Why: new case (skaeve huse): the options for the location went public a week after the
    college had chosen it."""
    eigen = {p.onderwerp.rstrip("."): p for p in f.vraagstuk.kaders.open}
    for punt in punten:
        o = eigen.get(punt.onderwerp.rstrip("."))
        if o is None or o.uiterlijk is None:
            continue
        weken = (
            _LATER_STUKKEN.get(o.door, _LATER_STUKKEN_ANDERS) if o.door else _LATER_STUKKEN_ANDERS
        )
        klaar = o.uiterlijk - timedelta(weeks=weken)
        if f.datum < klaar < stukken:
            stukken = klaar
    return stukken


def _reactie_fase(
    fasen: list[Geplaatst],
    punten: list[Voorleggen],
    open_: date,
    sluit: date,
    stukken: date,
    vrij: list[tuple[date, date, str]],
    na_moment: dict[str, str] | None = None,
    extra: dict[str, str] | None = None,
    nota: bool = True,
) -> list[Bevinding]:
    """Add the phase in which the piece on ``punten`` lies open from ``open_`` to ``sluit``
    (changes ``fasen`` in place), or, when fewer than two working weeks fit, the finding that
    says so. ``nota``: the decision has a formal inspraak or zienswijze procedure, so the
    answers are a reactienota (:attr:`Feiten.reactienota`); else a report with the proposal."""
    namen = [p.onderwerp.rstrip(".") for p in punten]
    kern = [n for n, p in zip(namen, punten, strict=True) if p.kern and p.keuze]
    if werkweken(open_, sluit, vrij) < REACTIE_MIN_WEKEN:
        return [
            bevinding(
                "PLAN-REACTIE",
                Ernst.waarschuwing,
                bronnen=[],  # a time limit: the tool's own reckoning
                onderwerpen=namen,
                stukken=stukken.isoformat(),
            )
        ]
    fasen.append(
        Geplaatst(
            Procesfase.toetsen,
            open_,
            sluit,
            [],
            deel(
                "FASE.reactie",
                open=open_.isoformat(),
                sluit=sluit.isoformat(),
                stukken=stukken.isoformat(),
                nota=nota,
                keuzes=[n for n, p in zip(namen, punten, strict=True) if p.keuze],
                concepten=[n for n, p in zip(namen, punten, strict=True) if not p.keuze],
                **({"na_moment": na_moment} if na_moment else {}),
                **({"kern": kern[0]} if kern else {}),
                **(extra or {}),
            ),
        )
    )
    return []


#: Working days to process the reactions of a round before the proposal is due: every reaction
#: read, weighed and answered (a reactienota), and the proposal changed where it must. Two
#: working weeks, as for the reactienota of a reaction round (REACTIENOTA_WEKEN).
VERWERK_WERKDAGEN = 5 * REACTIENOTA_WEKEN


def _werkdag(d: date, lang: list[tuple[date, date, str]], zuid: bool) -> bool:
    return not vrije_dag(d, zuid) and not any(a <= d <= b for a, b, _ in lang)


def _werkdagen_tussen(van: date, tot: date, vrij: list[tuple[date, date, str]], zuid: bool) -> int:
    """The working days after ``van`` up to and including ``tot``: no weekend, public holiday,
    or day in the summer or Christmas holiday (nobody writes or reads the papers then)."""
    lang = _lange_vakanties(vrij)
    n = 0
    d = van + timedelta(days=1)
    while d <= tot:
        n += _werkdag(d, lang, zuid)
        d += timedelta(days=1)
    return n


def _werkdagen_verder(
    van: date, dagen: int, vrij: list[tuple[date, date, str]], zuid: bool
) -> date:
    """The date ``dagen`` working days after ``van`` (as :func:`_werkdagen_tussen` counts)."""
    lang = _lange_vakanties(vrij)
    d, n = van, 0
    while n < dagen:
        d += timedelta(days=1)
        n += _werkdag(d, lang, zuid)
    return d


def _werkdagen_terug(tot: date, dagen: int, vrij: list[tuple[date, date, str]], zuid: bool) -> date:
    """The latest date from which ``dagen`` working days remain up to ``tot``."""
    lang = _lange_vakanties(vrij)
    d, n = tot, 0
    while n < dagen:
        n += _werkdag(d, lang, zuid)
        d -= timedelta(days=1)
    return werkdag_voor(d, zuid)


@regel(
    "PLAN-VERWERKEN",
    Thema.mix,
    "Tijd om de reacties te verwerken vóór het voorstel",
    """Een voorstel kan reacties alleen wegen als het klaar is ná het einde van elke stap die het
    voedt: een zienswijzetermijn, een draagvlakmeting, een ronde op eigen data. Daarna is tijd
    nodig om elke reactie te lezen, te wegen en te beantwoorden (een reactienota) en het voorstel
    aan te passen. pionieren rekent daarvoor minstens twee werkweken (tien werkdagen, zonder
    weekend, feestdagen en de zomer- en kerstvakantie). De eigen rondes van de planning eindigen
    zo vroeg; passen die twee weken alleen als de rondes korter worden dan gewoonlijk (elk
    minstens een week), dan maakt pionieren ze korter en zegt het welke. Zonder besluitdatum is
    het voorstel klaar twee werkweken na de laatste ronde. Eindigt een stap ná de datum waarop het
    voorstel klaar moet zijn, of blijven er minder dan tien werkdagen over, dan noemt pionieren
    de stap, de data en wat er kan schuiven: de stap eerder laten beginnen, even lang (een
    wettelijke termijn zoals de zes weken voor zienswijzen wordt nooit korter; bij een zienswijze
    op een aanvraag: de aanvraag eerder). Kan de stap eerder sluiten of als geheel eerder, en
    blijven de stappen ervoor dan lang genoeg, dan doet de planning dat zelf, als laatste stap,
    en vervalt de opmerking. Gaat het ontwerpbesluit van het college naar de raad voor wensen en
    bedenkingen en noemt het vraagstuk die raadsvergadering, dan is het voorstel klaar op de
    datum van de stukken voor die vergadering: één datum. Een besluitdatum die vastligt schuift niet op; kan
    eerder beginnen ook niet meer, dan zegt pionieren eerlijk dat de tijd krap is. Bij een
    omgevingsvergunning met een wettelijke beslistermijn kan het besluit alleen later als het
    college die termijn eenmaal met zes weken verlengt (art. 3:18 lid 2 Awb); past ook dat niet,
    dan zegt pionieren dat. Geeft de raad bindend advies (art. 16.15a Omgevingswet), dan ligt zijn
    ontwerpadvies mee ter inzage met het ontwerpbesluit. Na de aanvraag moet het college die
    eerst beoordelen en een voorstel aan de raad schrijven, en de raad wil de stukken een aantal
    weken vóór zijn vergadering. Blijft daar te weinig tijd voor, dan noemt pionieren dat. Geeft
    de raad volgens het vraagstuk zijn bindend advies op een vaste dag terwijl het ontwerpbesluit
    nog ter inzage ligt (of nog niet), dan kan hij de zienswijzen niet meewegen: pionieren noemt
    dan de volgorde (ontwerpadvies, zes weken ter inzage, bindend advies) en wat er moet
    schuiven.""",
    ["ombudsman-inspraak-2009", "awb-3-18", "omgevingswet-16-15a", "awb-3-4"],
)
def verwerken(
    f: Feiten,
    fasen: list[Geplaatst],
    stukken: date | None,
    besluit: date | None,
    stukken_weken: int,
    vrij: list[tuple[date, date, str]],
    namen: dict[str, str],
    aanvraag: date | None = None,
    doorlopend: frozenset[str] = frozenset(),
    gemeld: list[Bevinding] | None = None,
) -> list[Bevinding]:
    """The time between the end of each step that feeds the proposal and the papers date: a
    finding per step that ends after the papers or leaves fewer than VERWERK_WERKDAGEN working
    days (the step that ends last first), and one when the raad's draft advice on a permit has
    little time after the application."""
    # (also without a papers term: then the proposal is due on the decision date itself;
    # hypothesis found a round that ended one working day before it, unsaid)
    if stukken is None and stukken_weken <= 0:
        stukken = besluit
    if stukken is None or besluit is None or stukken <= f.datum:
        return []
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    uit: list[Bevinding] = []
    gemeld = gemeld or []
    vergunning = f.procedure in VERGUNNING
    # the steps that feed the proposal: a round with inwoners before the decision that ends
    # before it (a standing form that runs on through the decision does not wait for it)
    # (the raad's own moment and a form that only informs ask no reactions to process; a round
    # the plan itself shortened to fit is already said to be short)
    kort = bool({b.sleutel for b in gemeld} & (_INGEKORT | {"PLAN-SAMENHANG.ingekort"}))
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    vaste = vaste_stappen(f)

    def vraagt(id: str) -> bool:
        # (a form that is itself the road to the decision, such as the toets of a request, runs
        # until the papers by design; a body's own advice goes with the papers as it is; a
        # fixed step of the case outside the catalogue, such as a tender jury that scores the
        # bids, is processed by whoever fixed it, on the dates they chose)
        if id in EIGEN_ADVIES:
            return False
        w = catalogus.get(id)
        if w is None:
            return id not in vaste
        return (
            w.organisator is not Organisator.griffie
            and w.treden != [Trede.informeren]
            and not w.eindigt_met_besluit
            # a standing service (a weekly spreekuur) gives no round of reactions to answer
            and not w.doorlopend
        )

    # a step that ends after the papers was already said to be late by its own finding
    laat_gemeld = bool({b.sleutel for b in gemeld} & _TE_LAAT)

    voedend = [
        g
        for g in fasen
        if g.fase in VOOR_BESLUIT
        and any(vraagt(w) for w in g.werkvormen)
        and g.start >= f.datum
        and g.eind <= besluit
        and not set(g.werkvormen) & doorlopend
        and (g.op_datum or _FORMELE_TERMIJN & set(g.werkvormen) or not kort)
    ]
    if voedend:
        g = max(voedend, key=lambda x: (x.eind, _FASEN.index(x.fase)))
        dagen = _werkdagen_tussen(g.eind, stukken, vrij, zuid) if g.eind < stukken else 0
        naam = namen.get(next((w for w in g.werkvormen if vraagt(w)), g.werkvormen[0]), "")
        # a step on fixed dates that ends too close to the papers was already said, with the way
        # out (PLAN-KALENDER.anker_krap): not twice
        krap_gemeld = any(
            b.sleutel == "PLAN-KALENDER.anker_krap" and b.waarden.get("naam") == naam
            for b in gemeld
        )
        if (
            dagen < VERWERK_WERKDAGEN
            and not (g.eind >= stukken and laat_gemeld)
            and not krap_gemeld
        ):
            formeel = bool(_FORMELE_TERMIJN & set(g.werkvormen))
            laatst = _werkdagen_terug(stukken, VERWERK_WERKDAGEN, vrij, zuid)
            nieuw = werkdag_na(_werkdagen_verder(g.eind, VERWERK_WERKDAGEN, vrij, zuid), zuid)
            # the decision follows the new papers date by the usual number of weeks
            later = max(besluit, nieuw + stukken_weken * WEEK)
            verlengen = ""
            eerder = ""
            tekort = 0
            if vergunning and aanvraag is not None:
                verlengen = "kan" if later <= besluit + VERLENGING_WEKEN * WEEK else "past_niet"
                if formeel and g.start > aanvraag:
                    # the zienswijze is on the draft decision: it ends earlier only when the
                    # application comes in earlier, by as many weeks, and by the weeks the
                    # raad's draft advice lacks after the application (one date, not two)
                    tekort = _ontwerpadvies_tekort(f, fasen, aanvraag)
                    weken = -(-(g.eind - laatst).days // 7) + tekort
                    eerder = (aanvraag - weken * WEEK).isoformat()
            uit.append(
                bevinding(
                    "PLAN-VERWERKEN",
                    Ernst.waarschuwing if g.eind >= stukken else Ernst.let_op,
                    "PLAN-VERWERKEN.na_stukken" if g.eind >= stukken else "PLAN-VERWERKEN.krap",
                    # the extension rests on the Awb; the two weeks are the tool's own reckoning
                    bronnen=["awb-3-18"] if verlengen else [],
                    naam=namen.get(
                        next((w for w in g.werkvormen if vraagt(w)), g.werkvormen[0]),
                        g.werkvormen[0],
                    ),
                    formeel=formeel,
                    nota=formeel or f.reactienota,
                    eind=g.eind.isoformat(),
                    stukken=stukken.isoformat(),
                    dagen=dagen,
                    laatst=laatst.isoformat(),
                    nieuw=nieuw.isoformat(),
                    besluit=later.isoformat(),
                    verlengen=verlengen,
                    aanvraag=eerder,
                    ontwerpadvies=tekort > 0,
                    besluit_vast=f.vraagstuk.kaders.besluit_uiterlijk is not None,
                    **(
                        {"vroeger": "", "vast_stap": True}
                        if g.op_datum and set(g.werkvormen) & vaste
                        else _eerder_beginnen(g.start, g.eind, laatst, vrij, f.datum)
                    ),
                )
            )
    if not any(b.waarden.get("aanvraag") for b in uit):
        # an earlier application asked above already counts these weeks
        uit += _ontwerpadvies_krap(f, fasen, aanvraag)
    uit += _bindend_advies_te_vroeg(f, fasen)
    return uit


#: The raad's binding advice itself, not its draft ('besluit over zijn bindend advies').
_BINDEND_ADVIES = re.compile(r"\bbindend\w*\s+advie", re.IGNORECASE)
_ONTWERP = re.compile(r"\bontwerp", re.IGNORECASE)


def _bindend_advies_te_vroeg(f: Feiten, fasen: list[Geplaatst]) -> list[Bevinding]:
    """A fixed meeting where the raad gives its binding advice on a permit while the draft
    decision still lies open for zienswijzen, or before: the raad cannot weigh them. The draft
    advice lies open with the draft decision; the binding advice comes after the term and
    before the college decides (art. 16.15a Omgevingswet, afdeling 3.4 Awb).

    Why: review 64a (geitenhouderij): the raad's advice on 10 June stood in the plan while the
    zienswijze term ran from 18 May to 28 June, and nothing said so."""
    v = f.vraagstuk
    if not (v.besluit and v.besluit.raad_bindend_advies):
        return []
    inzage = [g for g in fasen if _FORMELE_TERMIJN & set(g.werkvormen)]
    if not inzage:
        return []
    open_, dicht = min(g.start for g in inzage), max(g.eind for g in inzage)
    besluit = v.kaders.besluit_uiterlijk
    uit = []
    for m in v.momenten:
        if m.door is not Orgaan.raad or not _BINDEND_ADVIES.search(m.wat) or _ONTWERP.search(m.wat):
            continue
        if m.datum <= f.datum or m.datum > dicht:
            continue
        uiterlijk = besluit - NA_RAADSADVIES_WEKEN * WEEK if besluit else None
        uit.append(
            bevinding(
                "PLAN-VERWERKEN",
                Ernst.waarschuwing,
                "PLAN-VERWERKEN.advies_in_termijn",
                bronnen=["omgevingswet-16-15a", "awb-3-4"],
                moment=m.datum.isoformat(),
                open=open_.isoformat(),
                dicht=dicht.isoformat(),
                uiterlijk=uiterlijk.isoformat() if uiterlijk and uiterlijk > dicht else "",
            )
        )
    return uit[:1]


_TELWOORD = {n: w for w, n in TELWOORD.items()}


def _eerder_beginnen(
    van: date, tot: date, laatst: date, vrij: list[tuple[date, date, str]], vandaag: date
) -> dict[str, str]:
    """The way out for a step that ends too close to the papers: start it earlier by the weeks
    it ends after ``laatst``, as long as it is. A legal term (the zienswijze's six weeks) keeps
    its length and a decision date is never moved. ``vroeger`` is empty when that start is
    less than two weeks away (no longer possible); ``vakantie`` names the summer or Christmas
    holiday the new start falls in (then it is tight, and said)."""
    weken = -(-(tot - laatst).days // 7)
    begin = van - weken * WEEK
    duur = tot - van
    kort = [x for x in vrij if x[2] not in _LANGE_VAKANTIES]

    def valt_uit(d: date) -> bool:
        # a start or end in a short school holiday or on a public holiday (Koningsdag)
        return vrije_dag(d) not in ("", "weekend") or any(a <= d <= b for a, b, _ in kort)

    # the new dates are no dates nobody can come: a week earlier, while there is time (review
    # 45a, Bramerveen: 'begin 26 april, eindigt 4 mei', in the meivakantie and on Koningsdag)
    eerder = begin
    for _ in range(4):
        if not (valt_uit(eerder) or valt_uit(eerder + duur)):
            begin = eerder
            break
        eerder -= WEEK
    vakantie = next((x[2] for x in _lange_vakanties(vrij) if x[0] <= begin <= x[1]), "")
    termijn = round((tot - van).days / 7)
    return {
        "vroeger": begin.isoformat() if begin > vandaag + 2 * WEEK else "",
        "sluit": (begin + duur).isoformat(),
        "vakantie": vakantie,
        "termijn": _TELWOORD.get(termijn, str(termijn)),
    }


def _ontwerpadvies_tekort(f: Feiten, fasen: list[Geplaatst], aanvraag: date | None) -> int:
    """The weeks the raad's draft advice lacks between the application and the zienswijze
    (:func:`_ontwerpadvies_krap`); 0 when it has enough or does not apply."""
    krap = _ontwerpadvies_krap(f, fasen, aanvraag)
    if not krap:
        return 0
    w = krap[0].waarden
    return int(w["beoordelen"]) + int(w["stukken_weken"]) - int(w["weken"])


#: Findings that already say a step ends after the papers date.
_TE_LAAT = frozenset(
    {
        "PLAN-KALENDER.anker_te_laat",
        "PLAN-KALENDER.termijn_past_niet",
        "PLAN-KALENDER.toets_na_anker",
        "PLAN-KALENDER.na_aanvraag_te_laat",
    }
)

#: The weeks the college needs after an application before a proposal to the raad can go out:
#: it checks the application and writes the draft decision (as ONTWERP_WEKEN).
_BEOORDELEN_WEKEN = ONTWERP_WEKEN
#: Weeks before its meeting that the raad has its papers (the usual cycle, as for a decision of
#: the raad itself when the case does not say).
RAAD_STUKKEN_WEKEN = 6


def _ontwerpadvies_krap(
    f: Feiten, fasen: list[Geplaatst], aanvraag: date | None
) -> list[Bevinding]:
    """With the raad's binding advice on a permit, the draft advice lies open with the draft
    decision: the college checks the application and writes its proposal, and the raad has its
    papers some weeks before the meeting. Named when the plan leaves less than that between the
    application and the zienswijze."""
    v = f.vraagstuk
    if not (v.besluit and v.besluit.raad_bindend_advies) or aanvraag is None:
        return []
    if aanvraag <= f.datum:
        return []
    ter_inzage = min(
        (g.start for g in fasen if _FORMELE_TERMIJN & set(g.werkvormen) and g.start > aanvraag),
        default=None,
    )
    if ter_inzage is None:
        return []
    nodig = _BEOORDELEN_WEKEN + RAAD_STUKKEN_WEKEN
    weken = (ter_inzage - aanvraag).days // 7
    if weken >= nodig:
        return []
    return [
        bevinding(
            "PLAN-VERWERKEN",
            Ernst.let_op,
            "PLAN-VERWERKEN.ontwerpadvies",
            bronnen=["omgevingswet-16-15a"],
            aanvraag=aanvraag.isoformat(),
            ter_inzage=ter_inzage.isoformat(),
            weken=weken,
            beoordelen=_BEOORDELEN_WEKEN,
            stukken_weken=RAAD_STUKKEN_WEKEN,
            eerder=(ter_inzage - nodig * WEEK).isoformat(),
        )
    ]


#: Weeks before its decision that the proposal of a body is ready, when the case says nothing
#: about that later decision: the raad's cycle, else the college's (as for the main decision).
_LATER_STUKKEN = {Beslisser.raad: 6}
_LATER_STUKKEN_ANDERS = 2
#: Weeks after the papers of a later step without a date of its own that the works may start
#: before the step moves to just before them: about nine months (not a year early).
UITVOERING_LATER_WEKEN = 39
_VERWERVING = re.compile(
    r"\bgrond\b|\bgronden\b|grondverwerv|\baankoop|\bverwerv|onteigen|schadeloos", re.IGNORECASE
)
"""A later step about acquiring land or homes: the works depend on it (buying by agreement,
then onteigening with a court step, takes a year or more), so its round comes right after the
main decision, never just before the works (review 52b: the talks on the land and the homes
per owner five weeks before the works, two years after the decision)."""
_METING = re.compile(r"\bgemeten\b|\bmeten\b|\b(?:nul)?meting", re.IGNORECASE)
"""A later point about what is measured: its baseline is taken before the measure starts."""
_VERKEERSBESLUIT_WOORD = re.compile(r"\bverkeersbesluit", re.IGNORECASE)
_OMGEVINGSPLAN_WOORD = re.compile(r"\bomgevingsplan", re.IGNORECASE)
#: An ontwerp-omgevingsplan lies open six weeks for zienswijzen (art. 16.30 Ow, afd. 3.4 Awb).
TER_INZAGE_WEKEN = 6


def later_weken(punten: int) -> int:
    """Working weeks of an own round after the decision: the usual term for one or two points,
    a week more for every further point (review 48e: four heavy points in three weeks)."""
    return min(REACTIE_WEKEN + max(0, punten - 2), LATER_MAX_WEKEN)


#: The longest own round after the decision, in working weeks.
LATER_MAX_WEKEN = 8


@dataclass
class LaterPunt:
    """An open point decided after the main decision, with the level the advice promises."""

    onderwerp: str
    door: Beslisser | None
    datum: date | None
    trede: str
    ontwerp: bool = False
    """What people say goes into a draft that lies open under a formal term before the
    decision (an ontwerp-omgevingsplan, six weeks ter inzage): the round ends before it."""


#: A draft decision that lies open for zienswijzen before it is taken ('in het ontwerp van het
#: omgevingsplan', 'het ontwerp-omgevingsplan', 'het ontwerpbesluit'; afdeling 3.4 Awb).
_IN_ONTWERP = re.compile(
    r"\bontwerp(?:-|\s+van\s+(?:het|de)\s+|\s+)?(?:omgevings|bestemmings)plan\w*"
    r"|\bontwerpbesluit\w*",
    re.IGNORECASE,
)


def in_ontwerp(tekst: str) -> bool:
    """Does this text say that the advice goes into a draft that lies open for zienswijzen?"""
    return bool(_IN_ONTWERP.search(tekst))


def kosten_later(f: Feiten, ter_inzage: bool) -> int:
    """About what the own round before a later decision costs: the catalogue's estimate of a
    written consultation on a concept (or of a formal zienswijze round), at the case's size,
    with a fifth for the unforeseen; 0 when the catalogue lacks it.

    Why: review 56d (Hunsewold, Beerzelo): the round on the kazerne in 2028 and the
    aanbesteding round were planned but had no cost anywhere, so the design's total left out
    steps it promised."""
    from pionieren.analysis.mix.kosten import met_onvoorzien

    id_ = "zienswijze" if ter_inzage else "schriftelijke-consultatie"
    w = next((w for w in f.kennis.werkvormen if w.id == id_), None)
    return met_onvoorzien(*w.kosten_euro) if w is not None else 0


@regel(
    "PLAN-LATER-BESLUIT",
    Thema.mix,
    "Een later besluit krijgt een eigen stap",
    """Beslist een orgaan pas na het hoofdbesluit over een punt (de verkeersbesluiten van het
    college na het verkeersplan van de raad, de datum waarop een nieuwe straatnaam ingaat), en
    belooft het advies op dat punt raadplegen of adviseren, dan krijgt dat latere besluit een eigen
    stap in de planning, als geen werkvorm van het ontwerp na het besluit al punten uitwerkt. De
    stap loopt vier werkweken (een week langer voor elk punt boven de twee, ten hoogste acht),
    eindigt twee werkweken vóór de stukken voor dat besluit (zes weken
    vóór een besluit van de raad, twee vóór een ander besluit) en begint niet vóór het hoofdbesluit.
    Heeft het latere besluit geen datum, dan begint de stap na het hoofdbesluit en noemt pionieren
    de vroegste datum voor dat besluit. Is het een verkeersbesluit, dan rekent pionieren de zes
    weken bezwaar vanaf dát besluit (art. 6:7 Awb), niet vanaf het hoofdbesluit. Gaat het over
    regels in het omgevingsplan, dan is de stap de wettelijke terinzagelegging van het ontwerp:
    zes weken, waarin iedereen een zienswijze kan geven (art. 16.30 Omgevingswet, afdeling 3.4
    Awb), en geen kortere ronde op een concept. Zegt het punt, of de toezegging erover, dat
    het advies in een ontwerp komt dat eerst ter inzage ligt (het ontwerp van het
    omgevingsplan, een ontwerpbesluit), dan voedt de stap dat ontwerp: hij eindigt drie
    werkweken (om het ontwerp te schrijven) vóór het ontwerp zes weken ter inzage gaat, en die
    zes weken eindigen twee werkweken vóór de stukken. Beslist het
    orgaan dat het hoofdbesluit neemt (een provincie) later zelf over zo'n punt, dan krijgt het
    advies van de gemeente daarover ook zo'n stap, net als een punt dat het vraagstuk na het
    besluit zet (na_besluit) en dat de initiatiefnemer beslist. Heeft het latere besluit geen
    datum en begint de uitvoering pas veel later (meer dan negen maanden na de stap), dan sluit
    de stap kort vóór de uitvoering, niet jaren ervoor. Gaat de stap over het verwerven van grond
    of huizen, dan komt hij direct na het hoofdbesluit: het werk hangt ervan af, en kopen in
    overleg (en zo nodig onteigening) duurt een jaar of langer. Gaat de stap over wat er gemeten
    wordt, en begint de maatregel kort na het hoofdbesluit, dan sluit de stap vóór de maatregel
    begint, ook als hij dan al vóór het hoofdbesluit begint: de nulmeting komt vóór de
    maatregel die zij meet. pionieren schat wat de stap kost
    (een schriftelijke consultatie op het concept, of de terinzagelegging, met 20 procent
    onvoorzien): die kosten horen bij het latere besluit en staan niet in het budget van dit
    ontwerp, maar het advies noemt ze.""",
    ["ombudsman-inspraak-2009", "awb-bezwaar", "omgevingswet-16-30"],
)
def later_besluit(
    f: Feiten, punten: list[LaterPunt], hoofd: date | None, door: Beslisser | None
) -> tuple[list[Geplaatst], list[Bevinding]]:
    """One step per later decision (grouped by body and date) for the points with a promised
    level, and a finding when its date leaves no room for the step after the main decision."""
    if hoofd is None or not punten:
        return [], []
    vrij = vakantieweken(f.kennis.vakanties, f.vraagstuk.vakantieregio)
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    groepen: dict[tuple[Beslisser | None, date | None], list[LaterPunt]] = {}
    for p in punten:
        groepen.setdefault((p.door or door, p.datum), []).append(p)
    fasen: list[Geplaatst] = []
    uit: list[Bevinding] = []
    vroegst = _eerste_werkweek(_volgende_maandag(hoofd + timedelta(days=1)), vrij)
    for (wie, datum), groep in sorted(
        groepen.items(), key=lambda x: (x[0][1] or date.max, x[1][0].onderwerp)
    ):
        eigen: tuple[date, date] | None = None
        weken = _LATER_STUKKEN.get(wie, _LATER_STUKKEN_ANDERS) if wie else _LATER_STUKKEN_ANDERS
        lengte = later_weken(len(groep))
        verkeer = any(_VERKEERSBESLUIT_WOORD.search(p.onderwerp) for p in groep)
        plan = any(_OMGEVINGSPLAN_WOORD.search(p.onderwerp) for p in groep)
        minimum = TER_INZAGE_WEKEN if plan else REACTIE_MIN_WEKEN
        if plan:
            lengte = max(lengte, TER_INZAGE_WEKEN)
        uitvoering = ""
        nulmeting = False
        ontwerp: date | None = None
        if datum is not None:
            stukken = werkdag_voor(datum - weken * WEEK, zuid)
            sluit = werkdag_voor(_werkdagen_terug(stukken, VERWERK_WERKDAGEN, vrij, zuid), zuid)
            if not plan and any(p.ontwerp for p in groep):
                # the advice goes into a draft that lies open six weeks before the papers: the
                # round feeds the draft and ends before it is written and published (review 59,
                # Hessenveld: the round on the layout closed after the ontwerp-omgevingsplan
                # had to lie open)
                ontwerp = _maandag(sluit) - TER_INZAGE_WEKEN * WEEK
                sluit = werkdag_voor(_terug(ontwerp, ONTWERP_WEKEN, vrij) - timedelta(days=3), zuid)
            open_ = max(_terug(sluit + timedelta(days=3), lengte, vrij), vroegst)
            eigen = next(
                (
                    w.periode
                    for w in f.vraagstuk.werkvormen
                    if plan
                    and w.id in _FORMELE_TERMIJN
                    and w.periode is not None
                    and hoofd < w.periode[0]
                    and w.periode[1] < datum
                ),
                None,
            )
            if eigen is None and open_ + minimum * WEEK > sluit + timedelta(days=3):
                uit.append(
                    bevinding(
                        "PLAN-LATER-BESLUIT",
                        Ernst.let_op,
                        "PLAN-LATER-BESLUIT.krap",
                        bronnen=[],
                        onderwerpen=[p.onderwerp.rstrip(".") for p in groep],
                        datum=datum.isoformat(),
                        hoofd=hoofd.isoformat(),
                    )
                )
                continue
            if eigen is not None:
                # the case fixes the terinzagelegging for this decision itself: the round is
                # on those dates, not a second window (review 54a, Ravenheide: 8 June - 19 July
                # in the table, 4 September - 19 October in the step)
                open_, sluit = eigen
            # nor through the summer or Christmas holiday: after it when the shortest round
            # still fits there, else before it (review 46a/b: reactions 12 July – 16 September)
            for a, b, naam in [] if eigen is not None else _lange_vakanties(vrij):
                if naam == "kerstvakantie":
                    a = min(a, date(a.year, *KERST[0]))  # nobody reads it around Christmas
                if not open_ < a <= sluit:
                    continue
                erna = _eerste_werkweek(_volgende_maandag(b), vrij)
                if werkweken(erna, sluit, vrij) >= minimum:
                    open_ = max(erna, _terug(sluit + timedelta(days=3), lengte, vrij))
                elif werkweken(open_, a - timedelta(days=1), vrij) >= minimum:
                    sluit = werkdag_voor(a - timedelta(days=1), zuid)
        else:
            open_ = vroegst
            sluit = verder(open_, lengte, vrij)
            # a reaction round does not run across the summer or Christmas holiday: it starts
            # after it
            for a, b, _ in _lange_vakanties(vrij):
                if open_ <= b and a <= sluit:
                    open_ = _eerste_werkweek(_volgende_maandag(b), vrij)
                    sluit = verder(open_, lengte, vrij)
            stukken = werkdag_na(_werkdagen_verder(sluit, VERWERK_WERKDAGEN, vrij, zuid), zuid)
            bouw = f.vraagstuk.kaders.uitvoering_van
            verwerving = any(_VERWERVING.search(p.onderwerp) for p in groep)
            if (
                bouw is not None
                and stukken + UITVOERING_LATER_WEKEN * WEEK < bouw
                and not verwerving
            ):
                # the works start much later (years, not months): the round is held shortly
                # before them, closed by their start (review 44a, Schoonderwoude: the agreements
                # on building traffic two years before the works)
                stukken = werkdag_voor(bouw - weken * WEEK, zuid)
                sluit = werkdag_voor(_werkdagen_terug(stukken, VERWERK_WERKDAGEN, vrij, zuid), zuid)
                open_ = max(_terug(sluit + timedelta(days=3), lengte, vrij), vroegst)
                open_, sluit, _ = reactie_om_vakantie(open_, sluit, vrij)
                uitvoering = bouw.isoformat()
            elif (
                bouw is not None
                and stukken >= bouw
                and any(_METING.search(p.onderwerp) for p in groep)
            ):
                # what is measured is settled before the measure starts: the baseline is taken
                # before it (review 58a, Hoenwijk: the round on the measurement closed after the
                # ban began, so there was no nulmeting)
                vooraf = werkdag_voor(bouw - WEEK, zuid)
                dicht = werkdag_voor(_werkdagen_terug(vooraf, VERWERK_WERKDAGEN, vrij, zuid), zuid)
                begin = max(
                    _terug(dicht + timedelta(days=3), lengte, vrij),
                    _eerste_werkweek(_volgende_maandag(f.datum), vrij),
                )
                begin, dicht, _ = reactie_om_vakantie(begin, dicht, vrij)
                if werkweken(begin, dicht, vrij) >= REACTIE_MIN_WEKEN:
                    open_, sluit, stukken = begin, dicht, vooraf
                    uitvoering = bouw.isoformat()
                    nulmeting = True
        fasen.append(
            Geplaatst(
                Procesfase.uitwerken,
                open_,
                sluit,
                [],
                deel(
                    "FASE.later_besluit",
                    onderwerpen=[p.onderwerp.rstrip(".") for p in groep],
                    door=wie.value if wie else "",
                    advies=any(p.trede in ("adviseren", "meebeslissen") for p in groep),
                    sluit=sluit.isoformat(),
                    stukken=stukken.isoformat(),
                    datum=datum.isoformat() if datum else "",
                    vroegst=(stukken + weken * WEEK).isoformat()
                    if datum is None and not uitvoering
                    else "",
                    einde=(datum + 6 * WEEK).isoformat() if verkeer and datum else "",
                    verkeer=verkeer,
                    kosten=kosten_later(f, plan),
                    **({"ter_inzage": True} if plan else {}),
                    **({"ontwerp": ontwerp.isoformat()} if ontwerp is not None else {}),
                    **({"uitvoering": uitvoering} if uitvoering else {}),
                    **({"nulmeting": True} if nulmeting else {}),
                ),
                op_datum=datum is not None and eigen is not None,
            )
        )
    return fasen, uit

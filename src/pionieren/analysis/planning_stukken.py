"""A last pass over the calendar once it is made: every paper closes after what it must contain.

The planner places rounds, fixed moments and the papers for each moment with rules of their
own. This pass runs after all of them and only checks and repairs the order between a paper
and its inputs (rule PLAN-STUKKEN), so the other rules can change without it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.mix.budget import FORMEEL_ADVIES
from pionieren.analysis.mix.kosten import aantal_van
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.planning import (
    _FORMELE_TERMIJN,
    KERST,
    REACTIE_MIN_WEKEN,
    REACTIE_WEKEN,
    REACTIE_WERKVORMEN,
    VERWERK_WERKDAGEN,
    VOOR_BESLUIT,
    WEEK,
    Geplaatst,
    Plan,
    _carnaval_in,
    _eerste_werkweek,
    _eind,
    _geblokkeerd,
    _lange_vakanties,
    _maandag,
    _met_carnaval,
    _werkdagen_terug,
    _werkdagen_tussen,
    reactie_om_vakantie,
    vakantieweken,
    werkweken,
)
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst, deel
from pionieren.knowledge.feestdagen import werkdag_na, werkdag_voor
from pionieren.vocabulary import (
    Organisator,
    Procedure,
    Procesfase,
    Status,
    Trede,
    Vakantieregio,
)

#: The shortest window a round that feeds a paper is cut back to, in working weeks: a formal
#: zienswijze keeps its six weeks (afdeling 3.4 Awb), a public reaction round four, a group's
#: own advice or conversation round two (one meeting, with a week to write the advice).
MIN_WEKEN_ZIENSWIJZE = 6
MIN_WEKEN_REACTIE = REACTIE_WEKEN
MIN_WEKEN_RONDE = 2
#: Days before a meeting that a late piece (an advice that came in after the agenda closed) can
#: still go out with the papers: the agenda goes round about a week before the meeting.
AANVULLING_DAGEN = 7

_ADVIES = re.compile(r"\badvie", re.IGNORECASE)
_WERKWOORD = re.compile(
    r"\s(?:stel\w*|bespre\w*|besl\w*|kiest|kiezen|geeft|geven|neemt|nemen|advisee\w*|lever\w*"
    r"|houdt|houden|vergader\w*|praat|praten)\b",
    re.IGNORECASE,
)


_BESLIST = re.compile(
    r"\bstel\w*\s[^.]*\bvast\b|\bbeslis\w*|\bbesluit\b|\bkiest\b|\bstemt\b", re.IGNORECASE
)
_NIET_BESLIST = re.compile(r"\b(?:zonder|niet)\s+(?:te\s+)?beslui", re.IGNORECASE)


def _beslist(wat: str) -> bool:
    """Does the meeting decide ('stelt de route vast', 'stemt over'), not only discuss or
    advise?"""
    return bool(_BESLIST.search(wat)) and not _NIET_BESLIST.search(wat) and not _ADVIES.search(wat)


def _reactie(g: Geplaatst) -> bool:
    return g.toelichting is not None and g.toelichting.sleutel == "FASE.reactie"


def _moment(g: Geplaatst) -> bool:
    return g.toelichting is not None and g.toelichting.sleutel == "FASE.moment"


def _wie(wat: str) -> str:
    """Who meets at a moment: the words before its verb ('De commissie Leefomgeving
    bespreekt ...' gives 'de commissie Leefomgeving'); '' when no verb is found early."""
    m = _WERKWOORD.search(wat)
    if m is None or m.start() > 80:
        return ""
    wie = wat[: m.start()].strip()
    return wie[:1].lower() + wie[1:] if wie[:3] in ("De ", "Het") else wie


def _termijn(f: Feiten) -> int:
    """The shortest reaction round the case's verordening or the law requires, in weeks (0:
    none given)."""
    b = f.vraagstuk.besluit
    return (b.reactietermijn_weken or 0) if b is not None else 0


def _reactieronde(g: Geplaatst) -> bool:
    return _reactie(g) or bool(REACTIE_WERKVORMEN & set(g.werkvormen))


def _minimum(g: Geplaatst, f: Feiten) -> int:
    huidig = werkweken(g.start, g.eind, [])
    if _FORMELE_TERMIJN & set(g.werkvormen):
        return max(MIN_WEKEN_ZIENSWIJZE, _termijn(f))
    if _reactieronde(g) and _termijn(f):
        return _termijn(f)
    if g.toelichting is not None and g.toelichting.sleutel == "FASE.reactie":
        return min(huidig, MIN_WEKEN_REACTIE)
    if g.toelichting is not None and g.toelichting.sleutel == "FASE.per_huishouden":
        return huidig  # the weeks the visits take (rule PLAN-PER-HUISHOUDEN): not cut short
    return min(huidig, MIN_WEKEN_RONDE)


def _reactietermijn(f: Feiten, uit: Plan, vrij: list[tuple[date, date, str]], zuid: bool) -> None:
    """A reaction round is never shorter than the weeks the case's participatieverordening or
    the law requires (``besluit.reactietermijn_weken``): it opens earlier and closes on its own
    date, when the rounds before it leave room. Why: review 50b, Vechtstede: the verordening
    asks six weeks, the round ran 29 November - 24 December."""
    weken = _termijn(f)
    if not weken:
        return
    for g in list(uit.fasen):
        if g.fase not in VOOR_BESLUIT or g.op_datum or not _reactieronde(g):
            continue
        if werkweken(g.start, g.eind, vrij) < weken:
            _eerder(f, uit, g, g.eind, weken, vrij, zuid)


#: A moment that fixes the documents of a tender (the leidraad, the bestek, the award
#: criteria): after it, the gemeente talks to bidders only through the question round, and
#: nothing in it is open for advice any more.
_AANBESTEDINGSSTUK = re.compile(
    r"\b(?:aanbestedingsleidraad|leidraad|bestek|aanbestedingsdocument\w*|gunningscriteri\w*)",
    re.IGNORECASE,
)


def _dicht_na_vaststelling(
    f: Feiten, uit: Plan, vrij: list[tuple[date, date, str]], zuid: bool
) -> None:
    """A round that asks advice after a moment that fixes a tender's documents comes too late
    for them: it moves before that moment's papers, alongside the rounds there (:func:`_naast`).
    A form that only informs, the feedback and a form of the case without a catalogue entry
    (a jury that judges the bids) stay. Why: review 54a, Marnewold: the jongerenraad advised
    on the concept-leidraad from 12 April, after the college fixed the leidraad on 6 April."""
    for gm in [g for g in uit.fasen if _moment(g)]:
        assert gm.toelichting is not None
        w = gm.toelichting.waarden
        wat = str(w.get("wat", ""))
        if not w.get("stukken") or not w.get("besluit") or not _AANBESTEDINGSSTUK.search(wat):
            continue
        stuk = date.fromisoformat(w["stukken"])
        for g in list(uit.fasen):
            if g.start <= gm.start or g.fase not in VOOR_BESLUIT or g.op_datum:
                continue
            if _reactieronde(g) and not _FORMELE_TERMIJN & set(g.werkvormen):
                _reactie_voor_vaststelling(f, uit, g, gm, stuk, vrij, zuid)
            elif _te_verwerken(f, g):
                _naast(f, uit, g, stuk, vrij, zuid, voor=gm)


def _reactie_voor_vaststelling(
    f: Feiten,
    uit: Plan,
    g: Geplaatst,
    gm: Geplaatst,
    stuk: date,
    vrij: list[tuple[date, date, str]],
    zuid: bool,
) -> None:
    """A reaction round (or a body's written advice) after the moment that fixes a tender's
    documents asks advice on what is fixed already: it moves earlier as a whole, to close
    before that moment's papers (with two working weeks to process the reactions when they
    fit); when that does not fit, it goes, and the bestuur reads once that the advice has no
    place after the moment. Why: review 55b, Marnewold: the jongerenraad's written advice ran
    24 May - 4 June 2027, seven weeks after the college fixed the leidraad on 6 April."""
    minimum = _minimum(g, f)
    verwerkt = _vrijdag_voor(
        _werkdagen_terug(stuk, VERWERK_WERKDAGEN, vrij, zuid) + timedelta(days=1), vrij, zuid
    )
    # reactions need two working weeks to be answered in the papers; a body's written advice
    # alone goes with the papers as it is
    sluitingen = [verwerkt]
    if not _reactie(g) and not _te_verwerken(f, g):
        sluitingen.append(_vrijdag_voor(stuk, vrij, zuid))
    for sluit in dict.fromkeys(sluitingen):
        if _eerder(f, uit, g, sluit, minimum, vrij, zuid, voor=gm):
            uit.fasen.sort(key=lambda x: x.start)
            return
    if _naast(f, uit, g, stuk, vrij, zuid, voor=gm, weken=minimum):
        return  # alongside the rounds before it, still with the weeks to answer the reactions
    assert gm.toelichting is not None
    besloten = {w.id for w in f.vraagstuk.werkvormen if w.status is Status.besloten}
    if not besloten & set(g.werkvormen):
        uit.fasen.remove(g)  # the tool's own round goes; one the case decided stays, named
    uit.bevindingen.append(
        bevinding(
            "PLAN-STUKKEN",
            Ernst.waarschuwing,
            "PLAN-STUKKEN.na_vaststelling",
            bronnen=[],  # the order of a tender: the tool's own reckoning
            naam=_naam(g, {w.id: w.naam for w in f.kennis.werkvormen}),
            wie=_wie(str(gm.toelichting.waarden.get("wat", ""))),
            datum=gm.start.isoformat(),
            stukken=stuk.isoformat(),
            vervallen=[] if g in uit.fasen else list(g.werkvormen),
        )
    )


def _ankers_eerder(f: Feiten, uit: Plan) -> None:
    """A step on the case's own dates that ends too close to the proposal's papers, and can
    still begin earlier (PLAN-KALENDER.anker_krap with ``vroeger``), is planned on those
    earlier dates, so that the table, the summary and the finding give one date; the finding
    then names the case's own dates as the ones it replaces. A formal term (a zienswijze the
    case fixes) keeps its dates, and so does a step with a fixed moment between the two
    starts; a fixed step (:func:`vaste_stappen`: decided, another party's, a group's own
    meeting) gets no earlier start at all. Why: review 53a/54b, Beerzelo: 'Begin daarom uiterlijk 22 maart 2027' while the
    table kept '29 maart - 23 april 2027'."""
    ids = {w.naam: w.id for w in f.kennis.werkvormen}
    for b in uit.bevindingen:
        if b.sleutel != "PLAN-KALENDER.anker_krap" or b.waarden.get("formeel"):
            continue
        if not b.waarden.get("vroeger") or b.waarden.get("verschoven"):
            continue
        id = ids.get(str(b.waarden.get("naam", "")))
        van = date.fromisoformat(b.waarden["vroeger"])
        tot = date.fromisoformat(b.waarden["sluit"])
        for g in uit.fasen:
            if not g.op_datum or id not in g.werkvormen or g.eind.isoformat() != b.waarden["tot"]:
                continue
            if van >= g.start or any(_moment(x) and van <= x.start < g.start for x in uit.fasen):
                continue
            b.waarden["van"] = g.start.isoformat()
            b.waarden["verschoven"] = True
            g.start, g.eind = van, tot
    uit.fasen.sort(key=lambda x: x.start)


def _vrijdag_voor(d: date, vrij: list[tuple[date, date, str]], zuid: bool) -> date:
    """The last working day before ``d`` at the end of a working week outside the holidays."""
    week = _maandag(d - timedelta(days=1))
    while True:
        eind = week + timedelta(days=4)
        if eind < d and not _geblokkeerd(week, vrij):
            return werkdag_voor(eind, zuid)
        week -= WEEK


_REACTIERONDE = "De reactieronde"
#: A formal advice of a standing body: it writes its advice itself, and the advice goes with the
#: papers as it is (rule MIX-BUDGET's FORMEEL_ADVIES).
_FORMEEL_ADVIES = FORMEEL_ADVIES


def _te_verwerken(f: Feiten, g: Geplaatst) -> bool:
    """Does the round ask for input the gemeente must read and write into the next paper (a
    burgerjury, a werkgroep, a reaction round, a meeting with inwoners)? A form that only
    informs, the raad's own meeting, a body's written advice and a fixed moment do not."""
    if g.fase not in VOOR_BESLUIT or g.op_datum or _moment(g) or not g.werkvormen:
        return False
    if g.toelichting is not None and g.toelichting.sleutel == "FASE.advies_op_concept":
        return False
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    for id in g.werkvormen:
        w = catalogus.get(id)
        if w is None or id == _FORMEEL_ADVIES or w.eindigt_met_besluit:
            continue
        if w.organisator is not Organisator.griffie and w.treden != [Trede.informeren]:
            return True
    return False


def _advies_na_openbaar(uit: Plan) -> None:
    """A body's formal written advice (an adviesraad, a commissie the case names) is given on
    the options or the concept, so after they are public: it moves out of an earlier round
    into the weeks of the reaction round, which close before the papers. Why: review 50a,
    Harwoude: the marktcommissie advised in March-April, while 'Op 3 mei 2027 komen de
    mogelijkheden openbaar'."""
    ronde = next((g for g in uit.fasen if _reactie(g) and g.fase in VOOR_BESLUIT), None)
    if ronde is None:
        return
    for g in list(uit.fasen):
        if (
            _FORMEEL_ADVIES not in g.werkvormen
            or g.op_datum
            or g.fase not in VOOR_BESLUIT
            or g.eind >= ronde.start
            or any(_moment(x) and g.start <= x.start < ronde.start for x in uit.fasen)
        ):
            continue  # already after the options, or meant for a fixed moment before them
        g.werkvormen = [w for w in g.werkvormen if w != _FORMEEL_ADVIES]
        if not g.werkvormen:
            uit.fasen.remove(g)
        # into the reaction round itself: one step with one set of dates, not a second step
        # beside it (the table and the step list then name the advice with the round)
        if _FORMEEL_ADVIES not in ronde.werkvormen:
            ronde.werkvormen.append(_FORMEEL_ADVIES)
    uit.fasen.sort(key=lambda x: x.start)


def _verwerktijd(
    f: Feiten,
    uit: Plan,
    stuk: date,
    vrij: list[tuple[date, date, str]],
    zuid: bool,
) -> None:
    """A round that ends less than two working weeks (VERWERK_WERKDAGEN) before a moment's
    paper leaves no time to write what it gave into that paper: it closes at the end of the
    last working week that leaves them, when it stays long enough, else it moves earlier as a
    whole when the rounds before it leave room. Why: review 50b, Vechtstede: the burgerjury
    ended on 6 September, the commissie's papers were due on 7 September."""
    laatst = _werkdagen_terug(stuk, VERWERK_WERKDAGEN, vrij, zuid)
    sluit = _vrijdag_voor(laatst + timedelta(days=1), vrij, zuid)
    for g in list(uit.fasen):
        if not (laatst < g.eind < stuk) or not _te_verwerken(f, g):
            continue
        _sluit_of_eerder(f, uit, g, sluit, vrij, zuid)


def _sluit_of_eerder(
    f: Feiten, uit: Plan, g: Geplaatst, sluit: date, vrij: list[tuple[date, date, str]], zuid: bool
) -> None:
    """Close ``g`` on ``sluit`` when it stays long enough, else move it earlier as a whole."""
    minimum = _minimum(g, f)
    if sluit > g.start and werkweken(g.start, sluit, vrij) >= minimum:
        _sluit(g, sluit)
    else:
        _eerder(f, uit, g, sluit, minimum, vrij, zuid)


def _naam(g: Geplaatst, namen: dict[str, str]) -> str:
    if g.toelichting is not None and g.toelichting.sleutel == "FASE.reactie":
        return _REACTIERONDE
    if g.toelichting is not None and g.toelichting.sleutel == "FASE.advies_op_concept":
        wie = g.toelichting.waarden.get("wie") or []
        if wie:
            return "Het advies van " + " en ".join(wie)
    return " en ".join(namen.get(w, w) for w in g.werkvormen)


def _sluit(g: Geplaatst, eind: date) -> None:
    g.eind = eind
    if g.toelichting is not None and g.toelichting.sleutel == "FASE.reactie":
        g.toelichting.waarden["sluit"] = eind.isoformat()
    _vakanties_bij(g)


def _vakanties_bij(g: Geplaatst) -> None:
    """The holidays a round's note names are those its new dates still span (a round that
    now closes before the summer holiday is not 'zonder zomervakantie')."""
    u = g.toelichting
    if u is None or not u.waarden.get("vakanties"):
        return
    over = [
        v
        for v in u.waarden["vakanties"]
        if date.fromisoformat(v["van"]) <= g.eind and date.fromisoformat(v["tot"]) >= g.start
    ]
    if over:
        u.waarden["vakanties"] = over
    elif u.sleutel == "FASE.noot_vakantie":
        g.toelichting = None
    else:
        del u.waarden["vakanties"]


@regel(
    "PLAN-STUKKEN",
    Thema.mix,
    "Een stuk sluit na wat erin moet",
    """Bespreekt een commissie, de raad of een adviesorgaan een stuk op een vaste datum (een
    moment in het vraagstuk), dan moet alles wat in dat stuk hoort er al zijn als het stuk
    sluit: het advies dat vóór die datum binnenkomt (als het moment de adviezen bespreekt), en
    de ronde die er vlak voor eindigt. Een ronde met inwoners (een burgerjury, een werkgroep,
    een reactieronde) sluit minstens twee werkweken vóór het stuk: dan is er tijd om haar
    uitkomst erin te schrijven. Het schriftelijke advies van een adviesraad of commissie komt
    pas als de mogelijkheden of het concept openbaar zijn, in de weken van de reactieronde,
    behalve als een vast moment ertussen het advies gebruikt. Als laatste stap, als de planning verder klaar is, kijkt
    pionieren elk stuk na. Eindigt een ronde pas na het stuk, dan sluit de ronde eerder, als zij
    dan lang genoeg blijft: een zienswijze zes weken (afdeling 3.4 Awb), een reactieronde vier
    werkweken (of zoveel als de verordening of de wet voorschrijft, in
    besluit.reactietermijn_weken: dan opent de reactieronde zo nodig eerder), een andere ronde
    twee. Kan dat niet, dan schuift de hele ronde naar voren als de
    rondes ervoor dan nog lang genoeg blijven en er geen vast moment tussen valt; zij loopt dan
    niet door een vakantie en sluit niet in de dagen voor Kerst. Een reactieronde die nog loopt
    als een vast moment beslist (een ledenvergadering die de route vaststelt), sluit ook vóór
    diens stuk. Kan dat niet, of komt een advies op een vaste datum na het
    stuk, dan sluit het stuk later, tot een week voor de vergadering: dan gaat het advies nog met
    de stukken mee. Past ook dat niet, dan loopt de ronde naast de rondes ervoor, op de laatste
    weken die nog vóór het stuk sluiten (zo mogelijk twee werkweken ervoor, zo nodig één week
    lang); een overleg dat al bestaat (met partners, een eigen vergadering van een groep) kan
    ook al tijdens het voorbereiden bijeenkomen. Pas als ook dat niet past, zegt pionieren één
    keer welke inbreng welk stuk mist. Stelt een moment de stukken van een aanbesteding vast
    (de leidraad, het bestek, de gunningscriteria), dan vraagt geen ronde daarna nog advies:
    zij komt vóór het stuk voor dat moment. Dat geldt ook voor een reactieronde: die sluit dan
    twee werkweken vóór dat stuk, zodat de reacties erin staan. Past dat niet, dan vervalt een
    ronde die pionieren zelf toevoegde; staat de ronde in het vraagstuk, dan blijft zij. In
    beide gevallen zegt pionieren het één keer. Een stap van de raad (een hoorzitting of
    rondetafelgesprek van de griffie) waarvan de weken een schoolvakantie raken, noemt die
    vakantie in de tabel; de data blijven staan. Een stap op eigen data van het vraagstuk die te
    dicht op het voorstel eindigt en nog eerder kan beginnen, staat in de planning op die
    eerdere data.
    In dezelfde stap: een zienswijze ligt zes weken ter inzage (acht bij een herindeling), niet
    langer, zo mogelijk zonder schoolvakantie (en buiten juli en augustus als het vraagstuk zegt
    'niet in de zomer'), zo nodig eerder of later, zolang er daarna tijd blijft om de reacties
    te beantwoorden vóór het volgende stuk; een eigen ronde vóór een later besluit loopt niet
    door de zomer- of kerstvakantie en sluit niet in de dagen voor Kerst; keukentafelgesprekken
    met een afspraak per huishouden krijgen de weken die zoveel bezoeken vragen (twee
    begeleiders, elk vijf huishoudens per week), en anders zegt pionieren dat er meer
    begeleiders nodig zijn. Bespreekt een commissie het voorstel zelf vóór het besluit, dan is
    het voorstel klaar met de stukken voor die vergadering.""",
    ["ombudsman-inspraak-2009"],
)
def stukken_na_inbreng(f: Feiten, uit: Plan, keuzes: list[Keuze] | None = None) -> Plan:
    """Check every moment's paper against its inputs and repair the order (changes ``uit`` in
    place). Why: review 46a/46b: the commissie's paper closed on 9 March while the dorpsraden
    advised on 23 March (Walduin); the Adviescommissie's paper closed on 23 March while the
    public round ran to 2 April (Lindenoord); the dorpsraden advised until 7 May on a concept
    whose commissie papers closed on 13 April (Bramerveen)."""
    v = f.vraagstuk
    zuid = v.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    namen = {w.id: w.naam for w in f.kennis.werkvormen}
    _ankers_eerder(f, uit)
    _zienswijze_buiten_vakantie(f, uit, vrij)
    _tijd_per_huishouden(f, uit, keuzes or [], vrij)
    _later_buiten_vakantie(uit, vrij)
    _advies_na_openbaar(uit)
    _reactietermijn(f, uit, vrij, zuid)
    _dicht_na_vaststelling(f, uit, vrij, zuid)
    momenten = sorted((g for g in uit.fasen if _moment(g)), key=lambda g: g.start)
    gemeld: set[tuple[date, date]] = set()  # a round that is late is named once, at its first paper
    for gm in momenten:
        assert gm.toelichting is not None
        waarden = gm.toelichting.waarden
        if not waarden.get("stukken"):
            continue
        stuk = date.fromisoformat(waarden["stukken"])
        dag = gm.start
        wat = str(waarden.get("wat", ""))
        # the latest the paper can close and still go out with the agenda
        uiterst = werkdag_voor(dag - timedelta(days=AANVULLING_DAGEN), zuid)
        # inputs on a fixed date: another moment's advice before this one, on the same piece
        vast = [
            x
            for x in momenten
            if x is not gm
            and stuk <= x.start < dag
            and _ADVIES.search(wat)
            and _ADVIES.search(str(x.toelichting.waarden.get("wat", "") if x.toelichting else ""))
        ]
        # rounds that end after the paper closes and before the meeting: they feed it
        rondes = [
            g
            for g in uit.fasen
            if g.fase in VOOR_BESLUIT
            and not g.op_datum
            and not _moment(g)
            and (g.werkvormen or g.toelichting is not None)
            and g.start < dag
            and (stuk <= g.eind < dag or (g.eind >= dag and _reactie(g) and _beslist(wat)))
        ]
        _verwerktijd(f, uit, stuk, vrij, zuid)
        nodig = stuk
        te_laat: list[tuple[str, date, date]] = []
        for g in rondes:
            minimum = _minimum(g, f)
            ervoor = _vrijdag_voor(stuk, vrij, zuid)
            if _te_verwerken(f, g):
                # a round whose outcome the gemeente writes into the paper closes with the
                # working weeks to do that, as in _verwerktijd (Veendijk: the werkgroep closed
                # on the Friday four working days before the papers of 22 April)
                laatst = _werkdagen_terug(stuk, VERWERK_WERKDAGEN, vrij, zuid)
                ervoor = _vrijdag_voor(laatst + timedelta(days=1), vrij, zuid)
            if ervoor > g.start and werkweken(g.start, ervoor, vrij) >= minimum:
                _sluit(g, ervoor)  # it closes before the paper, still long enough
                continue
            if g.eind < uiterst:
                nodig = max(nodig, werkdag_na(g.eind + timedelta(days=1), zuid))
                continue
            korter = _vrijdag_voor(uiterst, vrij, zuid)
            if korter > g.start and werkweken(g.start, korter, vrij) >= minimum:
                _sluit(g, korter)
                nodig = max(nodig, werkdag_na(korter + timedelta(days=1), zuid))
                continue
            if _eerder(f, uit, g, ervoor, minimum, vrij, zuid):
                # the slack before it lets the whole round close before the paper: an earlier
                # note that its reactions miss this paper no longer holds
                uit.bevindingen = [
                    b
                    for b in uit.bevindingen
                    if not (
                        b.sleutel == "PLAN-REACTIE.moment"
                        and b.waarden.get("datum") == dag.isoformat()
                    )
                ]
                continue
            if _naast(f, uit, g, stuk, vrij, zuid):
                continue  # alongside the rounds before it, it still closes before the paper
            if (g.start, g.eind) not in gemeld:
                gemeld.add((g.start, g.eind))
                te_laat.append((_naam(g, namen), g.start, g.eind))
        for x in vast:
            na = werkdag_na(x.start + timedelta(days=1), zuid)
            if na <= uiterst:
                nodig = max(nodig, na)
            else:
                xw = x.toelichting.waarden.get("wat", "") if x.toelichting else ""
                te_laat.append((str(xw), x.start, x.start))
        if nodig > stuk:
            waarden["stukken"] = nodig.isoformat()
            _herschrijf(uit, dag, stuk, nodig)
        al = {b.waarden.get("datum") for b in uit.bevindingen if b.sleutel == "PLAN-REACTIE.moment"}
        for naam, van, tot in te_laat:
            if naam == _REACTIERONDE and dag.isoformat() in al:
                continue  # rule PLAN-REACTIE already says it, with the same dates
            uit.bevindingen.append(
                bevinding(
                    "PLAN-STUKKEN",
                    Ernst.waarschuwing,
                    "PLAN-STUKKEN",
                    bronnen=[],  # a time limit: the tool's own reckoning
                    naam=naam,
                    van=van.isoformat(),
                    tot=tot.isoformat(),
                    wie=_wie(wat),
                    datum=dag.isoformat(),
                    stukken=max(nodig, stuk).isoformat(),
                )
            )
    _voorstel_verwerktijd(f, uit, vrij, zuid)
    _raad_in_vakantie(f, uit, vrij, zuid)
    _voorstel_voor_bespreking(f, uit, zuid)
    return uit


def _raad_in_vakantie(f: Feiten, uit: Plan, vrij: list[tuple[date, date, str]], zuid: bool) -> None:
    """A step of the raad (a rondetafel or hoorzitting the griffie holds) whose weeks span a
    school holiday names it, as a round of the gemeente does: its dates stay (the raad's own
    calendar sets them), but nobody plans the evening in the holiday. Why: review 56d,
    Hunsewold: the rondetafel ran 20 September - 21 October 2027 through the herfstvakantie
    noord, while the other rows named their holidays."""
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    for g in uit.fasen:
        besluit = g.toelichting is not None and g.toelichting.sleutel == "FASE.besluit"
        if (g.toelichting is not None and not besluit) or not g.werkvormen:
            continue
        if not all(
            (w := catalogus.get(id)) is not None and w.organisator is Organisator.griffie
            for id in g.werkvormen
        ):
            continue
        # a holiday with working days inside the step's weeks, also at its edge (a window that
        # ends on the Thursday of the herfstvakantie)
        binnen: dict[str, tuple[date, date]] = {}
        for van, tot, naam in vrij:
            dagen = [
                g.start + timedelta(days=i)
                for i in range((g.eind - g.start).days + 1)
                if (g.start + timedelta(days=i)).weekday() < 5
            ]
            if sum(van <= d <= tot for d in dagen) >= 3:
                oud = binnen.get(naam, (van, tot))
                binnen[naam] = (min(oud[0], van), max(oud[1], tot))
        vakanties = _met_carnaval(
            [(a, b, n) for n, (a, b) in binnen.items()] + _carnaval_in(g.start, g.eind, zuid)
        )
        if not vakanties:
            continue
        genoemd = [
            {"naam": naam, "van": van.isoformat(), "tot": tot.isoformat()}
            for van, tot, naam in sorted(vakanties)
        ]
        if g.toelichting is not None:
            # the raad's hearing in the weeks before its decision: the decision's own text
            # stays, the table names the holiday
            g.toelichting = deel(
                g.toelichting.sleutel, **g.toelichting.waarden, raad_vakanties=genoemd
            )
        else:
            g.toelichting = deel("FASE.noot_vakantie", vakanties=genoemd, overige=False)


def _voorstel_verwerktijd(
    f: Feiten, uit: Plan, vrij: list[tuple[date, date, str]], zuid: bool
) -> None:
    """The advice 'begin de stap dan uiterlijk ...' for the proposal's own papers (rule
    PLAN-VERWERKEN) is done, not only said: a round that ends less than two working weeks
    before the papers closes earlier or moves earlier as a whole, as before a moment's paper
    (:func:`_verwerktijd`). A finding whose step now leaves those two weeks goes. Why: review
    50b, Veendijk: 'Begin de stap dan uiterlijk 15 maart 2027', and the plan did not."""
    besluit = next((g for g in uit.fasen if g.fase is Procesfase.besluit), None)
    stukken = (
        besluit.toelichting.waarden.get("stukken") if besluit and besluit.toelichting else None
    )
    if besluit is None or not stukken:
        return
    stuk = date.fromisoformat(stukken)
    if stuk <= f.datum:
        return
    laatst = _werkdagen_terug(stuk, VERWERK_WERKDAGEN, vrij, zuid)
    sluit = _vrijdag_voor(laatst + timedelta(days=1), vrij, zuid)
    namen = {w.naam: w.id for w in f.kennis.werkvormen}

    def stappen(b: Bevinding) -> list[Geplaatst]:
        id = namen.get(str(b.waarden.get("naam", "")))
        return [g for g in uit.fasen if id in g.werkvormen and g.fase in VOOR_BESLUIT]

    advies = [
        b
        for b in uit.bevindingen
        if b.sleutel in ("PLAN-VERWERKEN.krap", "PLAN-VERWERKEN.na_stukken")
        and b.waarden.get("stukken") == stukken
        # the way out is to begin earlier (not an earlier application: a zienswijze on the
        # draft decision comes after the application)
        and b.waarden.get("vroeger")
        and not b.waarden.get("aanvraag")
    ]
    for b in advies:
        for g in stappen(b):
            if g.eind <= laatst or not _te_verwerken(f, g):
                continue
            _sluit_of_eerder(f, uit, g, sluit, vrij, zuid)
    uit.bevindingen = [
        b
        for b in uit.bevindingen
        if not (b in advies and (x := stappen(b)) and all(g.eind <= laatst for g in x))
    ]


def _eerder(
    f: Feiten,
    uit: Plan,
    g: Geplaatst,
    sluit: date,
    minimum: int,
    vrij: list[tuple[date, date, str]],
    zuid: bool,
    voor: Geplaatst | None = None,
) -> bool:
    """Move round ``g`` earlier so it closes on ``sluit`` with ``minimum`` working weeks, when
    the rounds before it (its inputs) can end before it opens and keep their own minimum, and
    no fixed moment falls in between. True when it moved. Why: review 47a, Oldenmarke: a
    reaction round after the provincie's papers with a false 'eerder kan niet' and 25 weeks of
    slack."""
    if g.op_datum or minimum < 1:
        return False
    # the latest run of ``minimum`` working weeks without a holiday in it that ends by ``sluit``
    start = _maandag(sluit) - (minimum - 1) * WEEK
    if start + timedelta(days=4) > sluit:
        start -= WEEK
    while any(
        _geblokkeerd(w, vrij) or _voor_kerst(w) for w in _weken(start, start + (minimum - 1) * WEEK)
    ):
        start -= WEEK
        if start <= f.datum:
            return False
    sluit = min(sluit, start + (minimum - 1) * WEEK + timedelta(days=4))
    # never into the preparation: the plan is adopted and people are invited first (review
    # 51, Walduin: keukentafelgesprekken pulled to 7 December from a report of 1 December)
    voorbereid = max(
        (x.eind for x in uit.fasen if x.fase is Procesfase.voorbereiden), default=f.datum
    )
    if start >= g.start or start <= max(f.datum, voorbereid):
        return False
    if any(_moment(x) and x is not voor and start <= x.start < g.start for x in uit.fasen):
        return False  # a fixed moment between: the round comes after what it discusses
    ervoor = [
        x
        for x in uit.fasen
        if x is not g
        and x is not voor
        and x.fase in VOOR_BESLUIT
        and not x.op_datum
        and x.start < g.start
        and x.eind >= start
    ]
    for x in ervoor:
        if _moment(x):
            return False  # a fixed moment (or its papers) between: its order stays
        tot = _vrijdag_voor(start, vrij, zuid)
        if tot <= x.start or werkweken(x.start, tot, vrij) < _minimum(x, f):
            return False
    for x in ervoor:
        _sluit(x, _vrijdag_voor(start, vrij, zuid))
    open_ = werkdag_na(start, zuid)
    g.start = open_
    _sluit(g, sluit)
    if g.toelichting is not None and "open" in g.toelichting.waarden:
        g.toelichting.waarden["open"] = open_.isoformat()
    return True


#: Meetings that exist already and meet anyway (the partners' overleg, a group's own meeting):
#: they need no invitation round, so they can meet while the plan is still being prepared.
BESTAAND_OVERLEG = frozenset({"partneroverleg", "eigen-vergadering"})


def _naast(
    f: Feiten,
    uit: Plan,
    g: Geplaatst,
    stuk: date,
    vrij: list[tuple[date, date, str]],
    zuid: bool,
    voor: Geplaatst | None = None,
    weken: int = 0,
) -> bool:
    """The last way out before 'die inbreng staat niet in dat stuk': a round that cannot
    close before a moment's paper, also not by moving the rounds before it, runs alongside
    them instead of after them, at the latest weeks that still close before the paper: first
    with two working weeks left to write its result in, else up to the working week before
    the paper; first at its own length, else one working week. An overleg that exists
    already (``BESTAAND_OVERLEG``) can also meet while the plan is prepared. A reaction round or a
    formal zienswijze keeps its own rules. True when it moved. Why: review 54a/54b: the
    buurtvaders' and partners' talks ran after the driehoek's papers (Duinmonde), the monthly
    overleg with kliniek and politie after the commissie's papers (Ravenstede), and the report
    said 'eerder kan niet'. With ``voor``, the round moves from after that moment to before
    its papers (:func:`_dicht_na_vaststelling`). With ``weken`` (a reaction round before such a
    moment) the round keeps that many working weeks and closes with the two working weeks to
    answer the reactions."""
    if g.op_datum or _FORMELE_TERMIJN & set(g.werkvormen):
        return False
    if _reactieronde(g) and not weken:
        return False
    if g.toelichting is not None and g.toelichting.sleutel == "FASE.per_huishouden":
        return False
    vroegst = f.datum + WEEK  # a week to put it on the agenda of the overleg
    if not set(g.werkvormen) <= BESTAAND_OVERLEG:
        voorbereid = max(
            (x.eind for x in uit.fasen if x.fase is Procesfase.voorbereiden), default=f.datum
        )
        vroegst = max(vroegst, voorbereid + timedelta(days=1))
    lengte = max(1, min(werkweken(g.start, g.eind, vrij), MIN_WEKEN_RONDE))
    verwerkt = _vrijdag_voor(
        _werkdagen_terug(stuk, VERWERK_WERKDAGEN, vrij, zuid) + timedelta(days=1), vrij, zuid
    )
    vast = weken
    sluitingen = (verwerkt,) if vast else (verwerkt, _vrijdag_voor(stuk, vrij, zuid))
    for sluit in dict.fromkeys(sluitingen):
        for weken in dict.fromkeys((vast,) if vast else (lengte, 1)):
            start = _maandag(sluit) - (weken - 1) * WEEK
            while any(
                _geblokkeerd(w, vrij) or _voor_kerst(w)
                for w in _weken(start, start + (weken - 1) * WEEK)
            ):
                start -= WEEK
            open_ = werkdag_na(start, zuid)
            if open_ < vroegst or open_ >= g.start:
                continue
            if any(_moment(x) and x is not voor and open_ <= x.start < g.start for x in uit.fasen):
                return False  # a fixed moment between: the round comes after what it discusses
            g.start = open_
            _sluit(g, min(sluit, start + (weken - 1) * WEEK + timedelta(days=4)))
            if g.toelichting is not None and "open" in g.toelichting.waarden:
                g.toelichting.waarden["open"] = open_.isoformat()
            uit.fasen.sort(key=lambda x: x.start)
            return True
    return False


_NIET_ZOMER = re.compile(r"\bniet\s+(?:in|tijdens)\s+de\s+zomer(?:vakantie)?\b", re.IGNORECASE)


def niet_in_de_zomer(f: Feiten) -> bool:
    """Does the case say a round must not be in the summer ('ligt het ontwerp niet in de zomer
    ter inzage')? Then July and August count as holiday for a public round."""
    v = f.vraagstuk
    teksten = [v.omschrijving, v.aanleiding or ""]
    if v.voorgeschiedenis is not None:
        teksten.append(v.voorgeschiedenis.wat_nu_anders or "")
    return any(_NIET_ZOMER.search(" ".join(t.split())) for t in teksten)


def _laatste_sluiting(
    f: Feiten, uit: Plan, g: Geplaatst, vrij: list[tuple[date, date, str]]
) -> date:
    """The last day a round can close and still leave the working days to answer every
    reaction before the next paper after it (a moment's or the proposal's)."""
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    stukken = [
        date.fromisoformat(x.toelichting.waarden["stukken"])
        for x in uit.fasen
        if _moment(x)
        and x.toelichting is not None
        and x.toelichting.waarden.get("stukken")
        and x.start > g.start
    ]
    stukken += [x.start for x in uit.fasen if x.fase is Procesfase.besluit and x.start > g.start]
    if not stukken:
        return g.eind
    return _werkdagen_terug(min(stukken), VERWERK_WERKDAGEN, vrij, zuid)


def _eerste_opening(f: Feiten, uit: Plan, g: Geplaatst) -> date:
    """The first day a round can open: after the rounds and moments before it."""
    ervoor = [
        x.eind if not _moment(x) else x.start
        for x in uit.fasen
        if x is not g and x.fase in VOOR_BESLUIT and x.start < g.start
    ]
    return max([f.datum, *ervoor]) + timedelta(days=1)


def _voor_kerst(week: date) -> bool:
    """Nobody reacts in the days before Christmas: a round does not close in that week."""
    vrijdag = week + timedelta(days=4)
    return vrijdag.month == 12 and vrijdag.day >= KERST[0][1]


def _zienswijze_buiten_vakantie(f: Feiten, uit: Plan, vrij: list[tuple[date, date, str]]) -> None:
    """A formal zienswijze lies open for six weeks (afdeling 3.4 Awb; eight for a herindeling),
    not two months: a window the calendar stretched is cut back to the latest six weeks
    without a school holiday that still end on its own end, or, when a holiday is in every
    such window, to six weeks from its start with the holiday weeks added (the note about the
    holiday then stays). The weeks it frees before it are time to prepare the draft. Why:
    review 46b, Kempenrade: '6 september – 5 november', two months."""
    weken = 8 if f.procedure is Procedure.herindeling else MIN_WEKEN_ZIENSWIJZE
    geen_zomer = niet_in_de_zomer(f)

    def _zomer(week: date) -> bool:
        return geen_zomer and week.month in (7, 8) and (week + timedelta(days=4)).month in (7, 8)

    for g in uit.fasen:
        if not _FORMELE_TERMIJN & set(g.werkvormen) or g.op_datum or g.fase not in VOOR_BESLUIT:
            continue
        vrij_van_vakantie = all(not _geblokkeerd(w, vrij) for w in _weken(g.start, g.eind))
        if vrij_van_vakantie and g.eind <= _eind(g.start, weken, g.werkvormen, []):
            continue  # six weeks already, outside the holidays

        def vrij_van(start: date, eind: date) -> bool:
            # (a term that runs on to a Monday or Tuesday does not take that week)
            laatste = eind - timedelta(days=eind.weekday() + 1) if eind.weekday() < 2 else eind
            return all(not _geblokkeerd(w, vrij) for w in _weken(start, eind)) and not any(
                _zomer(w) for w in _weken(start, laatste)
            )

        # the latest six weeks outside the holidays that end on its own end; else the latest
        # that still leave time to answer them before the next paper, or the first after the
        # rounds and moments before it (review 47a, Brederwijk: ter inzage from 5 July
        # although the case said 'niet in de zomer')
        laatst = _laatste_sluiting(f, uit, g, vrij)
        vroegst = _eerste_opening(f, uit, g)
        for van, tot in ((g.start, g.eind), (vroegst, laatst)):
            start = _maandag(tot) - (weken - 1) * WEEK
            gevonden = False
            while start >= van:
                eind = _eind(start, weken, g.werkvormen, [])
                if eind <= tot and vrij_van(start, eind):
                    g.start, g.eind = start, eind
                    uit.bevindingen = [
                        b
                        for b in uit.bevindingen
                        if b.sleutel != "PLAN-KALENDER.termijn_in_vakantie"
                    ]
                    gevonden = True
                    break
                start -= WEEK
            if gevonden:
                break
        else:
            g.eind = min(g.eind, _eind(g.start, weken, g.werkvormen, vrij))


#: Werkvormen in which someone visits every household for an agreement of its own.
PER_HUISHOUDEN = frozenset({"afspraak-per-huishouden"})
#: Households one staff member visits in a week, with the visit prepared and the agreement
#: written down; and the staff members the plan assumes.
GESPREKKEN_PER_WEEK = 5
BEGELEIDERS = 2


def _tijd_per_huishouden(
    f: Feiten, uit: Plan, keuzes: list[Keuze], vrij: list[tuple[date, date, str]]
) -> None:
    """A round with a visit and a signed agreement per household gets the weeks that many
    visits take (two staff members, five households a week each, said in the plan): it starts
    earlier when the rounds before it leave room, else a note says how long it takes. Why:
    review 46b, Ter Heyde: an agreement with every household fitted into nine days."""
    for k in keuzes:
        if k.werkvorm.id not in PER_HUISHOUDEN or k.periode is not None:
            continue
        aantal = aantal_van(f, k)
        if aantal is None:
            continue
        n = aantal[0]
        nodig = -(-n // (GESPREKKEN_PER_WEEK * BEGELEIDERS))
        g = next((x for x in uit.fasen if k.werkvorm.id in x.werkvormen and not x.op_datum), None)
        if g is None or g.fase not in VOOR_BESLUIT or werkweken(g.start, g.eind, vrij) >= nodig:
            continue
        begin = [
            x.start
            for x in uit.fasen
            if x.fase in VOOR_BESLUIT and x.werkvormen and not x.op_datum and x.start > f.datum
        ]
        if not begin:
            continue
        vroegst = _maandag(min(begin))  # with the first round of the process
        start = _maandag(g.start)
        while start > vroegst and werkweken(start, g.eind, vrij) < nodig:
            start -= WEEK
        if len(g.werkvormen) > 1:
            g.werkvormen = [w for w in g.werkvormen if w != k.werkvorm.id]
            g = Geplaatst(g.fase, g.start, g.eind, [k.werkvorm.id], None)
            uit.fasen.append(g)
        past = werkweken(start, g.eind, vrij) >= nodig
        g.start = max(start, vroegst) if past else g.start
        g.toelichting = deel(
            "FASE.per_huishouden",
            aantal=n,
            weken=nodig,
            per_week=GESPREKKEN_PER_WEEK,
            begeleiders=BEGELEIDERS,
            past=past,
        )
    uit.fasen.sort(key=lambda x: x.start)


def _weken(van: date, tot: date) -> list[date]:
    week, uit = _maandag(van), []
    while week <= tot:
        uit.append(week)
        week += WEEK
    return uit


def _later_buiten_vakantie(uit: Plan, vrij: list[tuple[date, date, str]]) -> None:
    """A round of its own before a later decision does not run across the summer or Christmas
    holiday: it opens after it or closes before it (as the reaction round on the proposal).
    Why: review 46a/46b: the round on the tariffs ran from 5 July to 16 September."""
    genoemd: set[tuple[str, date]] = set()  # a holiday is named once, at the first round in it
    for g in sorted(uit.fasen, key=lambda x: x.start):
        if g.fase is not Procesfase.uitwerken or g.toelichting is None or g.op_datum:
            continue
        if g.toelichting.sleutel != "FASE.later_besluit":
            continue
        open_, sluit, _ = reactie_om_vakantie(g.start, g.eind, vrij)
        if sluit.month == 12 and sluit.day >= KERST[0][1]:
            # nobody reacts in the days before Christmas: after the holiday when that still
            # leaves a term, else closed before those days
            na = next((b for a, b, _ in _lange_vakanties(vrij) if a <= sluit + WEEK <= b), None)
            erna = _eerste_werkweek(na + timedelta(days=1), vrij) if na else None
            if erna is not None and werkweken(erna, g.eind, vrij) >= REACTIE_MIN_WEKEN:
                open_, sluit = erna, g.eind
            else:
                sluit = werkdag_voor(date(sluit.year, 12, KERST[0][1] - 1))
        if (open_, sluit) != (g.start, g.eind):
            g.start, g.eind = open_, sluit
            g.toelichting.waarden["sluit"] = sluit.isoformat()
        # a short school holiday inside the round (herfst, voorjaar or carnaval, mei) is named,
        # as for the rounds before the decision (review 54b, Hunsewold: 3 April - 10 May 2028
        # across the meivakantie, without a word)
        kort = [
            {"naam": naam, "van": van.isoformat(), "tot": tot.isoformat()}
            for van, tot, naam in vrij
            if naam not in ("zomervakantie", "kerstvakantie")
            and g.start < van
            and tot < g.eind
            and _geblokkeerd(_maandag(van + timedelta(days=2)), vrij)
            and (naam, van) not in genoemd
        ]
        genoemd |= {(v["naam"], date.fromisoformat(v["van"])) for v in kort}
        if kort:
            g.toelichting.waarden["door_vakantie"] = kort


def _herschrijf(uit: Plan, dag: date, oud: date, nieuw: date) -> None:
    """A finding about the paper for the meeting on ``dag`` names its new date (the texts are
    written from the values at the end of the analysis)."""
    for b in uit.bevindingen:
        if (
            b.waarden.get("datum") == dag.isoformat()
            and b.waarden.get("stukken") == oud.isoformat()
        ):
            b.waarden["stukken"] = nieuw.isoformat()


def reactie_moment_nagaan(f: Feiten, uit: Plan) -> Plan:
    """Read rule PLAN-REACTIE's note that a reaction round still runs when the papers for a
    commissie or raad moment are due against the finished calendar (changes ``uit`` in place).
    The later passes can close the round earlier: then it no longer runs at those papers, and
    the note says how few working days are left to answer the reactions when that is less than
    two working weeks, else nothing. A note that stands takes the round's final dates, so it
    names the same dates as the calendar. Why: review 50a, Maasbergen: 'the round (4-15
    January) still runs when the papers are due (18 January)', while only one working day was
    left to process it."""
    ronde = next((g for g in uit.fasen if _reactie(g)), None)
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, f.vraagstuk.vakantieregio)
    nieuw = []
    for b in uit.bevindingen:
        if b.sleutel != "PLAN-REACTIE.moment":
            nieuw.append(b)
            continue
        papieren = date.fromisoformat(b.waarden["stukken"])
        if ronde is None:
            continue
        if ronde.eind >= papieren:
            b.waarden["open"] = ronde.start.isoformat()
            b.waarden["sluit"] = ronde.eind.isoformat()
            nieuw.append(b)
            continue
        dagen = _werkdagen_tussen(ronde.eind, papieren, vrij, zuid)
        if dagen < VERWERK_WERKDAGEN:
            nieuw.append(
                b.model_copy(
                    update={
                        "sleutel": "PLAN-REACTIE.moment_krap",
                        "waarden": {**b.waarden, "sluit": ronde.eind.isoformat(), "dagen": dagen},
                    }
                )
            )
    uit.bevindingen = nieuw
    return uit


#: A moment that discusses the decider's own proposal itself (not a concept or draft of it):
#: 'De commissie bespreekt het voorstel van het college'.
_BESPREEKT_VOORSTEL = re.compile(
    r"\b(?:het|dit|dat)\s+(?:raads|college)?voorstel\b(?!\s+(?:voor|tot)\b)", re.IGNORECASE
)


def _voorstel_voor_bespreking(f: Feiten, uit: Plan, zuid: bool) -> None:
    """The proposal is ready before the papers of a meeting that discusses it: a commissie
    that 'bespreekt het voorstel van het college' before the decision gets that proposal with
    its papers, so the decision step says the proposal is ready by then (changes ``uit`` in
    place). Why: review 57c, Oosterweide: 'Voorstel klaar uiterlijk 15 juni 2027' after the
    commissie of 8 June that must discuss it. A concept discussed earlier is not the proposal
    ('bespreekt het concept-uitvoeringsplan'): the proposal may follow it."""
    besluit = next((g for g in uit.fasen if g.fase is Procesfase.besluit), None)
    if besluit is None or besluit.toelichting is None:
        return
    waarden = besluit.toelichting.waarden
    if not waarden.get("stukken"):
        return
    stuk = date.fromisoformat(waarden["stukken"])
    for g in uit.fasen:
        if not _moment(g) or g.start > stuk or g.start <= f.datum:
            continue
        assert g.toelichting is not None
        if not _BESPREEKT_VOORSTEL.search(str(g.toelichting.waarden.get("wat", ""))):
            continue
        eigen = g.toelichting.waarden.get("stukken")
        nodig = (
            date.fromisoformat(eigen)
            if eigen
            else werkdag_voor(g.start - timedelta(days=AANVULLING_DAGEN), zuid)
        )
        if f.datum < nodig < stuk:
            stuk = nodig
    oud = waarden["stukken"]
    if stuk.isoformat() != oud:
        waarden["stukken"] = stuk.isoformat()
        besluit.start = min(besluit.start, stuk)
        # a finding that named the proposal's old date names the new one (the texts are
        # written from the values at the end of the analysis)
        for b in uit.bevindingen:
            if b.waarden.get("stukken") == oud:
                b.waarden["stukken"] = stuk.isoformat()

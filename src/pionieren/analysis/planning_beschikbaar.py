"""When a group can take part, as a hard window: 'in de zomer', 'tussen november en Pasen'."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.planning import (
    _FORMELE_TERMIJN,
    REACTIE_MIN_WEKEN,
    VERWERK_WERKDAGEN,
    VOOR_BESLUIT,
    WEEK,
    Geplaatst,
    Plan,
    _werkdagen_verder,
    moment_papieren,
    vakantieweken,
    werkweken,
)
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst
from pionieren.knowledge.feestdagen import pasen, werkdag_na, werkdag_voor
from pionieren.text import MAANDEN
from pionieren.vocabulary import Kenmerk, Orgaan, Procesfase, Vakantieregio

Venster = Callable[[date], bool]


def _zomer(d: date) -> bool:
    return 6 <= d.month <= 8


def _winter(d: date) -> bool:
    return d.month >= 11 or d.month <= 3


def _buiten_seizoen(d: date) -> bool:
    # from November to Easter: Easter to the autumn holiday is the season
    return d.month >= 11 or d < pasen(d.year)


def _maanden(van: int, tot: int) -> Venster:
    """From month ``van`` up to (not into) month ``tot``: 'van augustus tot november'."""

    def venster(d: date) -> bool:
        return (van <= d.month < tot) if van < tot else (d.month >= van or d.month < tot)

    return venster


def _niet(*maanden: int) -> Venster:
    def venster(d: date) -> bool:
        return d.month not in maanden

    return venster


def _buiten_tentamens(d: date) -> bool:
    # the usual exam weeks (an estimate): late January, early April, late June
    dag = (d.month, d.day)
    return not ((1, 18) <= dag <= (2, 7) or (3, 30) <= dag <= (4, 12) or (6, 14) <= dag <= (7, 5))


_M = "|".join(MAANDEN)


def _maand(naam: str) -> int:
    return MAANDEN.index(naam.lower()) + 1


#: A group's road that says when it can take part, and the days that fits. A window that
#: says when the group can NOT ('weg in juli en augustus', 'niet in de zomer') comes first,
#: so that 'niet in de zomer' is never read as 'in de zomer'.
_VENSTERS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[str, Venster]]], ...] = (
    (
        re.compile(r"\b(?:niet|nooit)\s+in\s+de\s+zomer\b(?!vakantie)", re.IGNORECASE),
        lambda m: ("buiten de zomer", lambda d: not _zomer(d)),
    ),
    (
        re.compile(
            r"\b(?:weg|niet|er\s+niet)\s+in\s+(?P<a>" + _M + r")(?:\s+en\s+(?P<b>" + _M + r"))?\b",
            re.IGNORECASE,
        ),
        lambda m: (
            "buiten " + m["a"].lower() + (" en " + m["b"].lower() if m["b"] else ""),
            _niet(_maand(m["a"]), *([_maand(m["b"])] if m["b"] else [])),
        ),
    ),
    (
        re.compile(
            r"\btentamen\w*[^.;]*\bniet\b|\b(?:niet|buiten)\s+(?:in\s+)?de\s+tentamen\w*",
            re.IGNORECASE,
        ),
        lambda m: (
            "buiten de tentamenweken (naar schatting eind januari, begin april en eind juni)",
            _buiten_tentamens,
        ),
    ),
    (
        re.compile(
            r"\bvan\s+(?P<a>" + _M + r")\s+tot\s+(?:en\s+met\s+)?(?P<b>" + _M + r")\b",
            re.IGNORECASE,
        ),
        lambda m: (
            "van " + m["a"].lower() + " tot " + m["b"].lower(),
            _maanden(_maand(m["a"]), _maand(m["b"])),
        ),
    ),
    (
        re.compile(r"\b(?:in\s+de\s+)?oogst(?:tijd|seizoen)\b", re.IGNORECASE),
        lambda m: ("in de oogsttijd (augustus tot november)", _maanden(8, 11)),
    ),
    (
        re.compile(r"\bin\s+de\s+zomer\b(?!vakantie)", re.IGNORECASE),
        lambda m: ("in de zomer", _zomer),
    ),
    (
        re.compile(r"\bin\s+de\s+winter\b|\bin\s+het\s+najaar\s+of\s+de\s+winter\b", re.IGNORECASE),
        lambda m: ("in de winter", _winter),
    ),
    (
        re.compile(
            r"\btussen\s+november\s+en\s+pasen\b|\bbuiten\s+het\s+(?:toeristisch\s+)?seizoen\b"
            r"|\bvan\s+pasen\s+tot\s+(?:de\s+)?herfst(?:vakantie)?\b[^.;]*\b(?:druk|geen\s+tijd)",
            re.IGNORECASE,
        ),
        lambda m: ("tussen november en Pasen", _buiten_seizoen),
    ),
)


#: Words that make a period in a road's clause a time the group can NOT come: 'van april tot
#: en met oktober zijn zij op het land', 'in de lammertijd (maart en april) hebben zij geen
#: tijd' (review 48a: such a period was read as the only time they can).
_BEZET = re.compile(
    r"\bgeen\s+tijd\b|\bdruk\b|\bop\s+het\s+land\b|\bafwezig\b|\bniet\s+(?:beschikbaar|bereikbaar)\b"
    r"|\bkunnen\s+(?:zij|ze)?\s*niet\b",
    re.IGNORECASE,
)
_VAN_TOT = re.compile(
    r"\bvan\s+(?P<a>" + _M + r")\s+tot\s+(?P<incl>en\s+met\s+)?(?P<b>" + _M + r")\b", re.IGNORECASE
)
_MAAND = re.compile(r"\b(?P<m>" + _M + r")\b", re.IGNORECASE)
_ZOMER = re.compile(r"\bzomer(?:vakantie)?\b", re.IGNORECASE)


def _bezet(tekst: str) -> tuple[str, Venster] | None:
    """The months a clause of the road says the group has no time: the window is the rest."""
    for zin in re.split(r"[;.]", tekst):
        if not _BEZET.search(zin):
            continue
        maanden: set[int] = set()
        for m in _VAN_TOT.finditer(zin):
            a, b = _maand(m["a"]), _maand(m["b"]) + (1 if m["incl"] else 0)
            maanden |= {((a - 1 + i) % 12) + 1 for i in range((b - a) % 12)}
        rest = _VAN_TOT.sub(" ", zin)
        maanden |= {_maand(m["m"]) for m in _MAAND.finditer(rest)}
        zomer = bool(_ZOMER.search(zin))
        if zomer:
            maanden |= {7, 8}
        if not maanden:
            continue
        namen = [MAANDEN[i - 1] for i in sorted(maanden)]
        # one run of three months or more reads as the time they can: 'van november tot april'
        begin = [m for m in maanden if (m - 2) % 12 + 1 not in maanden]
        if len(begin) == 1 and 3 <= len(maanden) < 12:
            eind = next(m for m in maanden if m % 12 + 1 not in maanden)
            label = f"van {MAANDEN[eind % 12]} tot {MAANDEN[begin[0] - 1]}"
        else:
            label = "buiten " + (
                ", ".join(namen[:-1]) + " en " + namen[-1] if len(namen) > 1 else namen[0]
            )
        return label, _niet(*sorted(maanden))
    return None


def venster_van(via: str) -> tuple[str, Venster] | None:
    """When a group can take part, as its road says: a label that reads after 'kunnen alleen'
    and the days that fit; None when the road says nothing about it."""
    tekst = " ".join(via.split())
    # 'niet in de zomer', 'weg in juli en augustus', the exam weeks: the first three patterns
    for patroon, maak in _VENSTERS[:3]:
        m = patroon.search(tekst)
        if m is not None:
            return maak(m)
    if "pasen" not in tekst.lower():
        bezet = _bezet(tekst)
        if bezet is not None:
            return bezet
    for patroon, maak in _VENSTERS[3:]:
        m = patroon.search(tekst)
        if m is not None:
            return maak(m)
    return None


def aanwezig_venster(van: int, tot: int) -> tuple[str, Venster]:
    """The months a group is here at all, ``van`` up to and including ``tot`` (1–12)."""
    label = f"van {MAANDEN[van - 1]} tot en met {MAANDEN[tot - 1]}"
    if van == tot % 12 + 1:  # the whole year: no limit
        return label, lambda d: True
    return label, _maanden(van, tot % 12 + 1)


def vensters(f: Feiten) -> dict[str, tuple[str, Venster]]:
    """Per group: when it can take part: the months it is here (``aanwezig``), else as its
    road (``via``) says. Why: review 52a: talks with seasonal workers in January, while they
    live here from April to November (a YAML comment only)."""
    uit: dict[str, tuple[str, Venster]] = {}
    for b in f.vraagstuk.belanghebbenden:
        if b.aanwezig is not None:
            uit[b.naam] = aanwezig_venster(b.aanwezig.van.nummer, b.aanwezig.tot.nummer)
            continue
        gevonden = venster_van(b.via) if b.via else None
        if gevonden is not None:
            uit[b.naam] = gevonden
    return uit


def _open_week(van: date, tot: date, venster: Venster, vrij: list[tuple[date, date, str]]) -> bool:
    """Is there a working week from ``van`` to ``tot`` in the window?"""
    d = van - timedelta(days=van.weekday())
    while d + timedelta(days=4) <= tot:
        if (
            venster(d)
            and venster(d + timedelta(days=4))
            and werkweken(d, d + timedelta(days=4), vrij)
        ):
            return True
        d += WEEK
    return False


def _eerste_weken(
    begin: date,
    grens: date,
    venster: Venster,
    momenten: list[tuple[date, date]],
    vrij: list[tuple[date, date, str]],
    zuid: bool,
    lengte: int = 4,
) -> tuple[date, date]:
    """The first run of working weeks (fewer than ``lengte``) in the window from ``begin`` that
    ends before ``grens`` and does not run past a fixed moment's papers; ``grens`` when none."""
    start = begin - timedelta(days=begin.weekday())
    if start < begin:
        start += WEEK  # not before the step's own inputs
    eerste: tuple[date, date] | None = None
    while start < grens:
        # not between a fixed moment's papers and the moment itself: what it brings in would
        # miss that moment's papers (a round from 5 April for a commission on 13 April)
        tussen = any(papieren <= start < dag for dag, papieren in momenten)
        if not tussen and venster(start) and werkweken(start, start + timedelta(days=4), vrij):
            eind = start
            while (
                eind + WEEK < grens
                and venster(eind + WEEK + timedelta(days=4))
                # (up to a holiday, not through it)
                and werkweken(eind + WEEK, eind + WEEK + timedelta(days=4), vrij) == 1
                and werkweken(start, eind + WEEK + timedelta(days=4), vrij) < lengte
            ):
                eind += WEEK
            eind = min(eind + timedelta(days=4), grens - timedelta(days=1))
            for _dag, papieren in momenten:
                if start < papieren <= eind:
                    eind = werkdag_voor(papieren - timedelta(days=1), zuid)
                    break
            weken = werkweken(start, eind, vrij)
            if weken >= REACTIE_MIN_WEKEN:
                return start, eind
            if weken >= 1 and eerste is None:
                eerste = (start, eind)
        start += WEEK
    # a single week only when no run of two fits (review 48e: two days in February)
    return eerste or (grens, grens)


@regel(
    "PLAN-BESCHIKBAAR",
    Thema.mix,
    "Wanneer een groep kan",
    """Zegt de weg naar een groep wanneer zij kan ('in de zomer' of 'alleen van augustus tot
    november' voor seizoenswerkers, 'tussen november en Pasen' of 'van Pasen tot de
    herfstvakantie te druk' voor verhuurders, 'in de winter' voor boeren), of staat bij de groep
    in welke maanden zij hier is (aanwezig: seizoenswerkers, campinggasten), of wanneer niet ('weg
    in juli en augustus', 'niet in de zomer', 'in de tentamenweken niet': dan rekent pionieren
    met de gewone tentamenweken, eind januari, begin april en eind juni, en zegt dat het een
    schatting is), dan is dat een harde grens. Valt de stap voor die groep helemaal buiten die
    tijd, dan verplaatst pionieren de hele stap naar de eerste weken die wel passen (liefst twee
    of meer): na wat de stap nodig heeft (de persoonlijke gesprekken en de rondes van de fase
    ervoor), vóór het voorstel en niet door de stukken van een vast moment heen, en alleen als
    die weken ook passen voor de andere groepen van de stap. Dat geldt ook voor een eigen ronde
    na het besluit, vóór een later besluit: die is voor iedereen en schuift naar de eerste weken
    na het hoofdbesluit die wel passen en nog twee weken vóór haar stukken sluiten; heeft dat
    latere besluit geen eigen datum, dan mag de ronde ook in de tijd van de groep ná de
    huidige stukken vallen (tot een half jaar later), en volgen de stukken de ronde, twee
    werkweken na haar einde. Kan het
    niet, dan zegt pionieren één keer per groep, in één zin, welke stappen haar tijd missen en
    langs welke weg zij toch inbreng geeft (is zij hier dan niet: via wie haar hier werk of
    onderdak geeft, op papier of per e-mail); nooit met weken vóór de invoer van de stap. Spreekt
    de gemeente hen pas in hun eigen tijd na de stukken, dan zegt pionieren of dat nog vóór het
    besluit is (dan gaat wat zij zeggen mee naar wie beslist) of erna (dan gaat het gesprek over
    wat het besluit voor hen betekent). Valt hun eigen tijd pas na de terinzagelegging van het
    ontwerp, dan zegt pionieren dat hun inbreng het ontwerp niet meer verandert en alleen nog
    meegaat naar wie beslist, en hoe hun inbreng eerder kan.""",
    ["pharos-bereiken"],
)
def beschikbaar(f: Feiten, uit: Plan, werkvormen: dict[str, list[str]]) -> Plan:
    """Move a step for a group with a window into that window (changes ``uit`` in place)."""
    groepen = vensters(f)
    if not groepen or f.vraagstuk.kaders.besluit_al_genomen:
        return uit
    v = f.vraagstuk
    zuid = v.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    namen = {w.id: w.naam for w in f.kennis.werkvormen}
    besluit = min((g.start for g in uit.fasen if g.fase.value == "besluit"), default=None)
    rondes = [
        g
        for g in uit.fasen
        if g.fase in VOOR_BESLUIT and not g.op_datum and (besluit is None or g.start < besluit)
    ]
    begin = max(f.datum, min((g.start for g in rondes), default=f.datum))
    grens = besluit or max((g.eind for g in rondes), default=f.datum)
    momenten = sorted(
        (m.datum, moment_papieren(f, m, vrij, zuid))
        for m in v.momenten
        if m.door in (Orgaan.commissie, Orgaan.raad, Orgaan.anders) and f.datum < m.datum < grens
    )
    gemist = _later(f, uit, groepen, vrij, zuid)
    # the day of the decision itself (its papers come weeks before): a talk in the group's own
    # time after the papers says whether it still comes before that day or after it
    dag = min((g.eind for g in uit.fasen if g.fase.value == "besluit"), default=None)
    for naam, (wanneer, venster) in groepen.items():
        daar = [g for g in rondes if any(naam in werkvormen.get(w, []) for w in g.werkvormen)]
        buiten = [g for g in daar if not _open_week(g.start, g.eind, venster, vrij)]
        vast: list[str] = []
        for g in buiten:
            # the step's inputs: the rounds of the phases before it (the options are public,
            # the first round is done); never a window before them (review 48e: the farmers'
            # part of a forum planned before the kitchen-table talks)
            invoer = max(
                (
                    x.eind + timedelta(days=1)
                    for x in rondes
                    if _VOLGORDE[x.fase] < _VOLGORDE[g.fase] and not _moment(x)
                ),
                default=begin,
            )
            start, eind = _eerste_weken(max(begin, invoer), grens, venster, momenten, vrij, zuid)
            eigen = [w for w in g.werkvormen if naam in werkvormen.get(w, [])]
            # the whole step moves when the window suits every group it serves
            past = (
                start < grens
                and werkweken(start, eind, vrij) >= 1
                and all(
                    n not in groepen or _open_week(start, eind, groepen[n][1], vrij)
                    for w in eigen
                    for n in werkvormen[w]
                )
            )
            if not past:
                vast += eigen
                continue
            g.werkvormen = [w for w in g.werkvormen if w not in eigen]
            if not g.werkvormen and g.toelichting is None:
                uit.fasen = [x for x in uit.fasen if x is not g]
            nieuw = Geplaatst(g.fase, werkdag_na(start, zuid), eind, eigen, None)
            uit.fasen.append(nieuw)
            rondes.append(nieuw)
            if (ontwerp := _na_ontwerp(uit, nieuw, besluit)) is not None:
                uit.bevindingen.append(_te_laat_voor_ontwerp(f, naam, eigen, nieuw, ontwerp, dag))
        later = gemist.pop(naam, [])
        if vast or later:
            # the first week of their own time after the proposal: speak them then
            daarna = grens - timedelta(days=grens.weekday())
            for _ in range(53):
                if venster(daarna) and werkweken(daarna, daarna + timedelta(days=4), vrij):
                    break
                daarna += WEEK
            vanaf = werkdag_na(max(daarna, grens), zuid) if vast else None
            namen_ = [namen.get(w, w) for w in dict.fromkeys(vast)]
            uit.bevindingen.append(_gemist(f, naam, wanneer, namen_, later, vanaf, dag))
    for naam, later in gemist.items():
        uit.bevindingen.append(_gemist(f, naam, groepen[naam][0], [], later, None))
    uit.fasen.sort(key=lambda g: g.start)
    return uit


def _na_ontwerp(uit: Plan, stap: Geplaatst, besluit: date | None) -> Geplaatst | None:
    """The formal term on the ontwerp (a zienswijze) that opened before this step starts, before
    the decision: the ontwerp is published, so the step no longer changes it."""
    return next(
        (
            g
            for g in sorted(uit.fasen, key=lambda x: x.start)
            if _FORMELE_TERMIJN & set(g.werkvormen)
            and g.start <= stap.start
            and (besluit is None or g.start < besluit)
        ),
        None,
    )


def _te_laat_voor_ontwerp(
    f: Feiten,
    naam: str,
    werkvormen: list[str],
    stap: Geplaatst,
    ontwerp: Geplaatst,
    besluit: date | None,
) -> Bevinding:
    """The step moved into the group's own time comes after the ontwerp was published: said in
    plain words, with what it can still feed. Why: review 57 (Hoenwijk): the talks with the
    seasonal workers (here from July) came in July, after the ontwerp-verkeersbesluit was
    published (17 May) and the zienswijze term had closed (28 June), unsaid."""
    namen = {w.id: w.naam for w in f.kennis.werkvormen}
    b = next(b for b in f.vraagstuk.belanghebbenden if b.naam == naam)
    return bevinding(
        "PLAN-BESCHIKBAAR",
        Ernst.let_op,
        "PLAN-BESCHIKBAAR.na_ontwerp",
        bronnen=[],
        groep=naam,
        werkvormen=[namen.get(w, w) for w in werkvormen],
        van=stap.start.isoformat(),
        ontwerp=ontwerp.start.isoformat(),
        gesloten=ontwerp.eind.isoformat() if ontwerp.eind < stap.start else "",
        besluit=besluit.isoformat() if besluit else "",
        via=_zonder_venster(b.via or ""),
        weg=b.aanwezig is not None,
    )


def _zonder_venster(via: str) -> str:
    """The road without the words on when: 'het register en de VVV-balie, tussen november en
    Pasen' gives 'het register en de VVV-balie'."""
    tekst = " ".join(via.split())
    for patroon, _ in _VENSTERS:
        m = patroon.search(tekst)
        if m is not None:
            voor = tekst[: m.start()]
            # the clause the window is in goes with it
            knip = max(voor.rfind(","), voor.rfind(";"))
            tekst = (voor[:knip] if knip >= 0 else voor).strip(" ,;")
            break
    return tekst


#: How far after its current papers a round on a later decision without a date of its own
#: may move to reach a group in its own time (half a year).
LATER_HORIZON_WEKEN = 26


def _later(
    f: Feiten,
    uit: Plan,
    groepen: dict[str, tuple[str, Venster]],
    vrij: list[tuple[date, date, str]],
    zuid: bool,
) -> dict[str, list[Geplaatst]]:
    """A round of its own before a later decision is for everyone, so a group's window holds
    there too. Without a week in the window, the round moves to the first weeks in it after the
    main decision that still close two weeks before its papers, when that keeps the other
    groups' windows; else it returns, per group with a high stake, the rounds that miss it.
    Why: review 47a/47b: the round on the tourist tax ran 12–23 July, in the season the
    verhuurders said they have no time; review 48e: the farmers' round ran in August, while
    the winter before the works was free."""
    later = [
        g
        for g in uit.fasen
        if g.fase is Procesfase.uitwerken
        and g.toelichting is not None
        and g.toelichting.sleutel == "FASE.later_besluit"
        and g.toelichting.waarden.get("stukken")
    ]
    if not later:
        return {}
    besluit = min((g.eind for g in uit.fasen if g.fase is Procesfase.besluit), default=None)
    # a group with a high stake (the later rounds are about its own rules and money)
    hoog = {b.naam for b in f.vraagstuk.belanghebbenden if b.belang.value == "hoog"}
    gemist: dict[str, list[Geplaatst]] = {}
    for g in later:
        assert g.toelichting is not None
        stukken = date.fromisoformat(g.toelichting.waarden["stukken"])
        buiten = [
            n
            for n, (_, venster) in groepen.items()
            if not _open_week(g.start, g.eind, venster, vrij)
        ]
        if not buiten:
            continue
        grens = stukken - 2 * WEEK
        vanaf = g.start if besluit is None else min(g.start, besluit + WEEK)
        # a decision without a date of its own follows its round: the round may also come in
        # the group's time after the current papers, and the papers follow it (review 50a,
        # Walduin: the round on enforcement ran in September, the verhuurders can from November)
        eigen_datum = bool(g.toelichting.waarden.get("datum"))
        for naam in buiten:
            lengte = max(werkweken(g.start, g.eind, vrij), REACTIE_MIN_WEKEN) + 1
            start, eind = _eerste_weken(vanaf, grens, groepen[naam][1], [], vrij, zuid, lengte)
            if (start >= grens or werkweken(start, eind, vrij) < REACTIE_MIN_WEKEN) and not (
                eigen_datum
            ):
                horizon = stukken + LATER_HORIZON_WEKEN * WEEK
                start, eind = _eerste_weken(
                    vanaf, horizon, groepen[naam][1], [], vrij, zuid, lengte
                )
                if start >= horizon:
                    continue
            elif start >= grens:
                continue
            if werkweken(start, eind, vrij) < REACTIE_MIN_WEKEN:
                continue
            binnen = [n for n, (_, vs) in groepen.items() if _open_week(start, eind, vs, vrij)]
            if any(n not in binnen for n in groepen if n not in buiten):
                continue  # it would lose a group it now reaches
            g.start, g.eind = werkdag_na(start, zuid), eind
            g.toelichting.waarden["sluit"] = eind.isoformat()
            if not eigen_datum:
                # a decision without a date of its own follows the round: its papers come
                # once the reactions are answered, not months later (review 48e: a round in
                # November 2027 with papers in September 2028), nor before that
                na = werkdag_na(_werkdagen_verder(eind, VERWERK_WERKDAGEN, vrij, zuid), zuid)
                oud = date.fromisoformat(g.toelichting.waarden["stukken"])
                g.toelichting.waarden["stukken"] = na.isoformat()
                if g.toelichting.waarden.get("vroegst"):
                    vroegst = date.fromisoformat(g.toelichting.waarden["vroegst"])
                    g.toelichting.waarden["vroegst"] = (na + (vroegst - oud)).isoformat()
            buiten = [n for n in buiten if n not in binnen]
            break
        for naam in buiten:
            if naam in hoog:
                gemist.setdefault(naam, []).append(g)
    return gemist


def _moment(g: Geplaatst) -> bool:
    """A fixed moment of the case (a members' evening): a date, not a step's input."""
    return g.toelichting is not None and g.toelichting.sleutel == "FASE.moment"


#: The order of the phases before the decision: a step's inputs are the rounds before it.
_VOLGORDE = {fase: i for i, fase in enumerate(Procesfase)}


def _gemist(
    f: Feiten,
    naam: str,
    wanneer: str,
    werkvormen: list[str],
    later: list[Geplaatst],
    daarna: date | None,
    besluit: date | None = None,
) -> Bevinding:
    """One finding per group: the steps that miss its window and cannot move, and how to reach
    it anyway (review 48e: four near-equal warnings in a row)."""
    b = next(b for b in f.vraagstuk.belanghebbenden if b.naam == naam)
    via = b.via or ""
    return bevinding(
        "PLAN-BESCHIKBAAR",
        Ernst.let_op,
        bronnen=[],
        groep=naam,
        wanneer=wanneer,
        werkvormen=werkvormen,
        rondes=[
            {
                "onderwerpen": (r.toelichting.waarden.get("onderwerpen") or [])
                if r.toelichting
                else [],
                "van": r.start.isoformat(),
                "tot": r.eind.isoformat(),
            }
            for r in later
        ],
        via=_zonder_venster(via),
        # a group that is not here at all then (seasonal workers, campers), not just busy
        weg=b.aanwezig is not None,
        # visitors (badgasten, toeristen) have no employer or host here: the places where they
        # stay or come (a new case, sessie 40: 'via wie hen hier werk of onderdak geeft')
        bezoekers=Kenmerk.bezoekers in b.kenmerken,
        daarna=daarna.isoformat() if daarna else "",
        besluit=besluit.isoformat() if daarna and besluit else "",
    )

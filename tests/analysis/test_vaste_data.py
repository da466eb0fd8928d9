"""Property over every development case (review 58a/58b/57e, 'calendar'): a step on the
case's own fixed dates (a werkvorm the bestuur or another party decided, a group's own
meeting) and a moment of the case keep the dates the vraagstuk gives; no window the planner
chooses starts or ends on a public holiday."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest
from helpers import ONTWIKKELCASUSSEN, advies_voor, maak, rapport_gegevens

from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.feestdagen import vrije_dag
from pionieren.vocabulary import Procesfase, Status, Vakantieregio

DAG = date(2026, 12, 1)


@cache
def _advies(pad: Path) -> tuple[Vraagstuk, Advies]:
    v = load_vraagstuk(pad)
    return v, advies_voor(v, datum=DAG)


def _eigen_data(v: Vraagstuk) -> set[date]:
    """Every date the case itself gives (its werkvormen, moments and kaders)."""
    uit = {d for w in v.werkvormen for d in (w.van, w.tot) if d is not None}
    uit |= {m.datum for m in v.momenten}
    uit |= {d for d in v.kaders.model_dump().values() if isinstance(d, date)}
    return uit


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_a_fixed_step_and_a_moment_keep_the_cases_dates(pad: Path) -> None:
    v, advies = _advies(pad)
    for w in v.werkvormen:
        periode = w.periode
        if periode is None or w.status is not Status.besloten or periode[0] < DAG:
            continue
        rijen = [(p.start, p.eind) for p in advies.planning if w.id in p.werkvormen]
        # (a step the plan shows in another form, such as the raden's zienswijze as a moment,
        # has no row of its own)
        assert not rijen or periode in rijen, (w.id, periode, rijen)
    momenten = {
        p.start
        for p in advies.planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.moment"
    }
    for m in v.momenten:
        if m.datum > DAG:
            assert m.datum in momenten, (m.wat, m.datum)


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_no_window_the_planner_chooses_starts_or_ends_on_a_public_holiday(pad: Path) -> None:
    v, advies = _advies(pad)
    zuid = v.vakantieregio is Vakantieregio.zuid
    eigen = _eigen_data(v)
    for p in advies.planning:
        if p.fase is Procesfase.besluit or p.start is None or p.eind is None:
            continue
        for dag in (p.start, p.eind):
            if dag in eigen or dag <= DAG:
                continue
            assert vrije_dag(dag, zuid) in ("", "weekend"), (p.werkvormen, p.start, p.eind)


def _raad_op(dag: str, regio: str = "zuid") -> Advies:
    return advies_voor(
        maak(vakantieregio=regio, kaders_besluit_uiterlijk=dag, besluit={"door": "raad"}),
        datum=DAG,
    )


def test_a_raad_decision_in_the_regions_herfstvakantie_is_named_with_the_school_calendar() -> None:
    """Review 57c, Scheldevoorde: the raad decided on 28 October 2027, in the herfstvakantie
    zuid (23-31 October), and no line said so."""
    (b,) = [
        b
        for b in _raad_op("2027-10-28").bevindingen
        if b.sleutel == "PLAN-KALENDER.raad_in_vakantie"
    ]
    assert "herfstvakantie" in b.tekst and "vergaderkalender" in b.tekst
    assert b.tekst.count("controleer de schoolkalender") == 1
    # in the north that week is no holiday; a week later none in the south either
    for dag, regio in (("2027-10-28", "noord"), ("2027-11-04", "zuid")):
        assert not [
            b
            for b in _raad_op(dag, regio).bevindingen
            if b.sleutel == "PLAN-KALENDER.raad_in_vakantie"
        ]


def test_the_advised_holiday_dates_ask_once_to_check_the_school_calendar() -> None:
    """OCW only advises the voorjaars- and herfstvakantie: the table says it once."""
    pad = next(p for p in ONTWIKKELCASUSSEN if p.stem == "jongerenwerk-aanbesteding-marnewold")
    _, _, data = rapport_gegevens(pad, DAG)
    noten = list(data["vakantie_in_tabel"].values())
    assert any("voorjaarsvakantie" in n for n in noten)
    assert sum("controleer de schoolkalender" in n for n in noten) == 1

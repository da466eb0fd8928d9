"""The planner plans backwards from the moments the decider fixed and never moves them: the
papers of a decision or a meeting come after the fixed input that feeds it (review 55c)."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest
from helpers import ONTWIKKELCASUSSEN, advies_voor, maak

from pionieren.analysis.result import Advies, PlanFase
from pionieren.input.load import load_vraagstuk

DAG = date(2026, 12, 1)


@cache
def _advies(pad: Path) -> Advies:
    return advies_voor(load_vraagstuk(pad), datum=DAG)


def _voorstel(a: Advies) -> date | None:
    """The date the decision's proposal is due, as the decision phase names it."""
    for p in a.planning:
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.besluit":
            stukken = p.uitleg.waarden.get("stukken")
            return date.fromisoformat(stukken) if stukken else None
    return None


def _momenten(a: Advies) -> list[PlanFase]:
    return [p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.moment"]


def _besluit_raad(**meer: object) -> Advies:
    """A raad decision on 28 October 2027 whose commissie discusses the proposal on 30
    September, with the raad's own hoorzitting fixed on 8 September (as in Scheldevoorde)."""
    return advies_voor(
        maak(
            vakantieregio="zuid",
            kaders_besluit_uiterlijk="2027-10-28",
            besluit={"door": "raad"},
            momenten=[
                {
                    "wat": "De commissie bespreekt het raadsvoorstel",
                    "datum": "2027-09-30",
                    "door": "commissie",
                }
            ],
            **meer,
        ),
        datum=DAG,
    )


HOORZITTING = {"id": "hoorzitting-raad", "status": "besloten", "door": "raad", "van": "2027-09-08"}


def test_the_proposal_comes_after_the_raads_own_hoorzitting() -> None:
    # Scheldevoorde: the commissie's papers (four weeks before 30 September) fell in the summer
    # holiday; the tool pulled the proposal to 23 July, before the hoorzitting of 8 September
    # that it must process, and then advised to postpone the decision
    zonder = _voorstel(_besluit_raad())
    a = _besluit_raad(werkvormen=[HOORZITTING])
    voorstel = _voorstel(a)
    assert zonder is not None and zonder < date(2027, 9, 8)  # the usual papers date: before it
    assert voorstel is not None and date(2027, 9, 8) < voorstel <= date(2027, 9, 16)
    sleutels = {b.sleutel for b in a.bevindingen}
    assert "PLAN-KALENDER.stukken_in_vakantie" not in sleutels
    assert "PLAN-KALENDER.anker_te_laat" not in sleutels
    # the commissie that discusses the proposal has it in its papers
    (commissie,) = [p for p in _momenten(a) if p.start == date(2027, 9, 30)]
    assert commissie.uitleg is not None
    assert date.fromisoformat(commissie.uitleg.waarden["stukken"]) >= voorstel


def test_papers_in_a_holiday_are_pulled_before_it_only_without_a_fixed_date_between() -> None:
    basis = {
        "vakantieregio": "midden",
        "kaders_besluit_uiterlijk": "2027-09-01",
        "besluit": {"door": "college", "stukken_weken": 3},
    }
    vrij = advies_voor(maak(**basis), datum=DAG)
    assert any(b.sleutel == "PLAN-KALENDER.stukken_in_vakantie" for b in vrij.bevindingen)
    # a fixed moment late in the holiday: the papers are not pulled over it
    moment = {"wat": "De commissie houdt een hoorzitting", "datum": "2027-08-25", "door": "anders"}
    vast = advies_voor(maak(**basis, momenten=[moment]), datum=DAG)
    assert not any(b.sleutel == "PLAN-KALENDER.stukken_in_vakantie" for b in vast.bevindingen)
    voorstel = _voorstel(vast)
    assert voorstel is not None and voorstel > date(2027, 8, 1)


def test_the_papers_on_a_draft_come_after_its_publication() -> None:
    # Broekerveen: the commissie discusses the gemeente's zienswijze on the draft peilbesluit
    # on 30 November; its papers were due 2 November, six days before the draft was published
    advies = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2028-03-30",
            momenten=[
                {
                    "wat": "De commissie bespreekt de zienswijze van de gemeente op het ontwerp",
                    "datum": "2027-11-30",
                    "door": "commissie",
                }
            ],
            werkvormen=[
                {
                    "id": "zienswijze",
                    "status": "besloten",
                    "door": "het waterschap",
                    "voor": "het ontwerpbesluit",
                    "van": "2027-11-08",
                    "tot": "2027-12-20",
                }
            ],
        ),
        datum=DAG,
    )
    (moment,) = [p for p in _momenten(advies) if p.start == date(2027, 11, 30)]
    assert moment.uitleg is not None
    stukken = date.fromisoformat(moment.uitleg.waarden["stukken"])
    assert date(2027, 11, 8) < stukken < date(2027, 11, 30)


_TE_LAAT = {
    "PLAN-KALENDER.anker_te_laat",
    "PLAN-KALENDER.anker_krap",
    "PLAN-KALENDER.termijn_past_niet",
    "PLAN-KALENDER.toets_na_anker",
}


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=[p.stem for p in ONTWIKKELCASUSSEN])
def test_fixed_moments_come_before_the_papers_they_feed(pad: Path) -> None:
    v = load_vraagstuk(pad)
    a = _advies(pad)
    besluit = v.kaders.besluit_uiterlijk
    voorstel = _voorstel(a)
    if besluit is None or voorstel is None:
        pytest.skip("no decision date or proposal date")
    vast = [m.datum for m in v.momenten if DAG < m.datum < besluit]
    vast += [
        w.tot or w.van
        for w in v.werkvormen
        if w.van is not None and DAG < (w.tot or w.van) < besluit
    ]
    # the proposal is never pulled before a holiday over a date the case fixes
    for b in a.bevindingen:
        if b.sleutel == "PLAN-KALENDER.stukken_in_vakantie":
            ervoor = date.fromisoformat(b.waarden["ervoor"])
            assert not [d for d in vast if ervoor < d], (b.tekst, vast)
    # a dated input step that ends after the proposal is due is named as a conflict
    genoemd = {b.waarden.get("tot") for b in a.bevindingen if b.sleutel in _TE_LAAT}
    for p in a.planning:
        if p.fase.value not in ("ophalen", "verdiepen", "toetsen") or p.eind is None:
            continue
        dated = [w for w in v.werkvormen if w.id in p.werkvormen and w.van == p.start]
        if dated and voorstel < p.eind < besluit:
            assert p.eind.isoformat() in genoemd or p.start <= voorstel, (p.werkvormen, p.eind)
    # no meeting's papers on a draft before the draft is published
    publicaties = [w.van for w in v.werkvormen if w.id == "zienswijze" and w.van is not None]
    for m in _momenten(a):
        stukken = m.uitleg.waarden.get("stukken") if m.uitleg is not None else None
        if not stukken or m.start is None or "ontwerp" not in m.toelichting.lower():
            continue
        for pub in publicaties:
            if pub < m.start and (m.start - pub).days >= 14:
                assert date.fromisoformat(stukken) >= pub, (m.toelichting, pub)

"""Public holidays and carnival on the calendar (review 28a/28b): papers are not due on
Hemelvaartsdag, a round does not start on carnival Monday in the south unnoticed, and a test
round in the meivakantie is named or moved."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import VOOR_BESLUIT, Geplaatst, _carnaval_in, _werkdagen
from pionieren.analysis.result import deel
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.feestdagen import (
    carnaval,
    feestdag,
    feestdagen,
    pasen,
    vrije_dag,
    werkdag_na,
    werkdag_voor,
)
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Procesfase

CASES = Path(__file__).resolve().parents[1] / "cases"
DATUM = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("jaar", "zondag"),
    [
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2028, date(2028, 4, 16)),
        (2029, date(2029, 4, 1)),
        (2030, date(2030, 4, 21)),
        (2031, date(2031, 4, 13)),
        (2032, date(2032, 3, 28)),
    ],
)
def test_easter_is_computed_for_every_year(jaar: int, zondag: date) -> None:
    assert pasen(jaar) == zondag
    assert feestdag(zondag + timedelta(days=1)) == "Tweede Paasdag"
    assert feestdag(zondag + timedelta(days=39)) == "Hemelvaartsdag"


def test_the_holidays_of_the_algemene_termijnenwet() -> None:
    dagen = feestdagen(2027)
    assert dagen[date(2027, 5, 6)] == "Hemelvaartsdag"
    assert dagen[date(2027, 5, 17)] == "Tweede Pinksterdag"
    assert dagen[date(2027, 3, 26)] == "Goede Vrijdag"
    assert dagen[date(2027, 5, 5)] == "Bevrijdingsdag"  # every year, not only in a lustrum
    assert dagen[date(2027, 12, 26)] == "Tweede Kerstdag"
    # King's Day on a Sunday is kept the day before
    assert feestdag(date(2025, 4, 26)) == "Koningsdag" and not feestdag(date(2025, 4, 27))
    assert not feestdag(date(2027, 5, 4))  # Dodenherdenking is no day off


def test_carnival_is_the_three_days_before_ash_wednesday_and_only_in_the_south() -> None:
    assert carnaval(2027) == (date(2027, 2, 7), date(2027, 2, 9))
    assert vrije_dag(date(2027, 2, 8), zuid=True) == "carnaval"
    assert vrije_dag(date(2027, 2, 8)) == ""
    assert _carnaval_in(date(2027, 1, 4), date(2027, 2, 12), zuid=True) == [
        (date(2027, 2, 6), date(2027, 2, 14), "carnavalsweek")
    ]
    assert _carnaval_in(date(2027, 1, 4), date(2027, 2, 12), zuid=False) == []
    # a round that ends on the carnival Sunday misses its working days; the week is named
    # whole (Saturday to Sunday), since many southern schools are closed then (review 31a)
    assert _carnaval_in(date(2027, 1, 4), date(2027, 2, 7), zuid=True) == []


def test_working_day_before_and_after() -> None:
    # 6 May 2027 is Hemelvaartsdag, 5 May Bevrijdingsdag
    assert werkdag_voor(date(2027, 5, 6)) == date(2027, 5, 4)
    assert werkdag_na(date(2027, 3, 29)) == date(2027, 3, 30)  # Tweede Paasdag
    assert werkdag_na(date(2027, 2, 8), zuid=True) == date(2027, 2, 10)
    assert werkdag_voor(date(2027, 3, 1)) == date(2027, 3, 1)


def test_a_round_does_not_start_or_end_on_a_public_holiday() -> None:
    fe = Feiten(vraagstuk=maak(vakantieregio="midden"), kennis=builtin(), datum=DATUM)
    fasen = [
        Geplaatst(Procesfase.verdiepen, date(2027, 3, 29), date(2027, 4, 23), ["x"], None),
        Geplaatst(Procesfase.ophalen, date(2027, 4, 12), date(2027, 4, 27), ["x"], None),
        Geplaatst(Procesfase.ophalen, date(2027, 3, 29), date(2027, 4, 2), ["x"], None, True),
    ]
    _werkdagen(fe, fasen)
    assert fasen[0].start == date(2027, 3, 30)
    assert fasen[1].eind == date(2027, 4, 26)
    assert fasen[2].start == date(2027, 3, 29)  # the case's own dates stay


def test_a_reaction_term_that_ends_on_a_holiday_runs_to_the_next_working_day() -> None:
    fe = Feiten(vraagstuk=maak(vakantieregio="midden"), kennis=builtin(), datum=DATUM)
    g = Geplaatst(
        Procesfase.toetsen,
        date(2027, 4, 12),
        date(2027, 4, 27),
        [],
        deel("FASE.reactie", open="2027-04-12", sluit="2027-04-27", stukken="2027-05-12"),
    )
    _werkdagen(fe, [g])
    assert g.eind == date(2027, 4, 28)
    assert g.toelichting is not None and g.toelichting.waarden["sluit"] == "2027-04-28"


def test_ringdorp_papers_not_on_hemelvaartsdag_and_no_test_round_in_the_meivakantie() -> None:
    """Review 28a (30 km/u Ringdorp): 'Voorstel klaar uiterlijk 6 mei 2027' fell on
    Hemelvaartsdag, and the test round (26 April – 3 May) lay in the meivakantie unnamed."""
    v = load_vraagstuk(CASES / "dertig-kilometer-ringdorp.yaml")
    advies = advies_voor(v, datum=DATUM)
    besluit = next(p for p in advies.planning if p.fase is Procesfase.besluit)
    assert besluit.start == date(2027, 5, 4)
    assert "4 mei 2027" in besluit.toelichting
    # the rounds end two working weeks before the papers (rule PLAN-VERWERKEN): a last test
    # round then only comes when it fits before that
    rondes = [p for p in advies.planning if p.fase in VOOR_BESLUIT and p.werkvormen]
    assert rondes and max(p.eind for p in rondes if p.eind) <= date(2027, 4, 20)
    toets = [p for p in advies.planning if p.fase is Procesfase.toetsen]
    for p in toets:
        assert p.start is not None and p.start < date(2027, 4, 24)  # starts before the holiday
        assert p.uitleg is not None
        namen = [x["naam"] for x in p.uitleg.waarden.get("vakanties", [])]
        assert "meivakantie" in namen


def test_carnival_is_named_in_a_round_in_the_south() -> None:
    """Review 28a (dog map De Wiek, region zuid): the broad round ran through carnival
    (7–9 February 2027) without a word."""
    v = load_vraagstuk(CASES / "honden-de-wiek.yaml")
    advies = advies_voor(v, datum=DATUM)
    rondes = [p for p in advies.planning if p.start and p.eind and p.werkvormen]
    over = [p for p in rondes if p.start <= date(2027, 2, 8) <= p.eind]  # type: ignore[operator]
    for p in over:
        assert p.uitleg is not None
        # the carnival days or the carnival week of the school holiday in the south
        assert any("carnaval" in x["naam"] for x in p.uitleg.waarden.get("vakanties", []))
    if not over:
        # or the rounds leave carnival out altogether: one ends before it, the next after it
        assert any(p.eind < date(2027, 2, 7) for p in rondes)  # type: ignore[operator]
        assert any(p.start > date(2027, 2, 9) for p in rondes)  # type: ignore[operator]


def test_no_round_starts_on_carnival_monday_in_the_south() -> None:
    """Review 28b (Lindemeer, region zuid): 'Verdiepen' started on 8 February 2027, carnival
    Monday. The carnival week is the voorjaarsvakantie there (review 53a): the round starts
    the Monday after it, not on the Wednesday in it."""
    v = load_vraagstuk(CASES / "omgekeerd-inzamelen-lindemeer.yaml")
    advies = advies_voor(v, datum=DATUM)
    starts = [p.start for p in advies.planning if p.fase.value != "besluit" and p.start]
    assert not [d for d in starts if date(2027, 2, 6) <= d <= date(2027, 2, 14)]
    assert any(p.start == date(2027, 2, 15) for p in advies.planning)


def test_carnival_is_not_named_outside_the_south() -> None:
    v = load_vraagstuk(CASES / "honden-de-wiek.yaml").model_copy(update={"vakantieregio": None})
    advies = advies_voor(v, datum=DATUM)
    for p in advies.planning:
        if p.uitleg is not None:
            assert "carnaval" not in [x["naam"] for x in p.uitleg.waarden.get("vakanties", [])]


def test_lindemeer_names_that_the_options_go_public_before_the_evaluation() -> None:
    """Review 28b (Lindemeer): the options went public on 5 April 2027, before the evaluation
    of the trial area that the aanleiding dates on 15 April 2027."""
    v = load_vraagstuk(CASES / "omgekeerd-inzamelen-lindemeer.yaml")
    advies = advies_voor(v, datum=DATUM)
    sleutels = {b.sleutel: b for b in advies.bevindingen}
    assert "15 april 2027" in sleutels["PLAN-REACTIE.voor_evaluatie"].tekst
    # the date is known now: the user is not asked what it means
    assert not any(
        b.regel == "PLAN-TUSSENDATUM" and "15 april" in b.tekst for b in advies.bevindingen
    )


def test_the_reaction_round_opens_after_the_evaluation_the_text_dates_when_it_fits() -> None:
    v = load_vraagstuk(CASES / "omgekeerd-inzamelen-lindemeer.yaml")
    v = v.model_copy(
        update={"kaders": v.kaders.model_copy(update={"besluit_uiterlijk": date(2027, 7, 8)})}
    )
    advies = advies_voor(v, datum=DATUM)
    reactie = next(p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie")
    assert reactie.start is not None and reactie.start > date(2027, 4, 15)
    assert not any(b.sleutel == "PLAN-REACTIE.voor_evaluatie" for b in advies.bevindingen)


def test_a_date_without_an_evaluation_in_its_sentence_does_not_move_the_reaction_round() -> None:
    v = load_vraagstuk(CASES / "omgekeerd-inzamelen-lindemeer.yaml")
    aanleiding = (v.aanleiding or "").replace("De evaluatie van de proefwijk Hofkamp", "Het")
    v = v.model_copy(
        update={
            "aanleiding": aanleiding,
            "kaders": v.kaders.model_copy(update={"besluit_uiterlijk": date(2027, 7, 8)}),
        }
    )
    advies = advies_voor(v, datum=DATUM)
    reactie = next(p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie")
    assert reactie.start is not None and reactie.start < date(2027, 4, 15)

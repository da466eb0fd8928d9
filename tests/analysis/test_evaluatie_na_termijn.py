"""An evaluation the case asks a set time after the measure begins ('evalueer na een jaar', a
motie) is planned then, not at the end of everything that still runs (review 58a, Veenmarke:
'Vanaf 13 november 2028' for fixers that began on 12 April 2027)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor, maak

from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.vocabulary import Procesfase

CASES = Path(__file__).resolve().parents[1] / "cases"
DAG = date(2026, 12, 1)


def _evaluatie(a: Advies) -> date:
    (p,) = [p for p in a.planning if p.fase is Procesfase.evaluatie]
    assert p.start is not None
    return p.start


def test_veenmarke_evaluates_a_year_after_the_fixers_begin() -> None:
    v = load_vraagstuk(
        CASES / "review57" / "energiearmoede-energiefixers-klinkerwijk-veenmarke.yaml"
    )
    start = _evaluatie(advies_voor(v, datum=DAG))
    assert date(2028, 4, 12) <= start <= date(2028, 5, 12), start


def _met(aanleiding: str) -> Advies:
    return advies_voor(
        maak(
            aanleiding=aanleiding,
            kaders_besluit_uiterlijk="2027-03-30",
            kaders_uitvoering_van="2027-05-03",
            kaders_uitvoering_tot="2029-06-29",
        ),
        datum=DAG,
    )


def test_the_months_the_text_asks_count_from_the_start_of_the_measure() -> None:
    een_jaar = _evaluatie(_met("De raad nam een motie aan: evalueer na een jaar."))
    assert date(2028, 5, 3) <= een_jaar <= date(2028, 6, 2), een_jaar
    zes = _evaluatie(_met("De raad wil de evaluatie na zes maanden, met de bewoners."))
    assert date(2027, 11, 3) <= zes <= date(2027, 12, 3), zes
    # without such a sentence the evaluation follows the usual reckoning
    assert _evaluatie(_met("De raad wil dat bewoners meepraten.")) not in (een_jaar, zes)


def test_a_term_past_the_end_of_the_measure_is_no_moment_during_it() -> None:
    """'De evaluatie na twee jaar laat minder vernielingen zien': an evaluation the text reports,
    longer than the measure runs, does not date this one."""
    gewoon = _evaluatie(_met("De raad wil dat bewoners meepraten."))
    assert _evaluatie(_met("De evaluatie na drie jaar liet weinig zien.")) == gewoon

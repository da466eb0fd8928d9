"""PLAN-KALENDER.per_gebied and the design: the per-area form runs before the decision only in
the first area; the others come each before their own works (review 31c, Ringdorp)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor
from test_mix_onderwerp import tekst as schrijf

from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk

RINGDORP = Path(__file__).resolve().parents[1] / "cases" / "dertig-kilometer-ringdorp.yaml"


def _ringdorp(**kaders: object) -> Advies:
    data = load_vraagstuk(RINGDORP).model_dump(mode="json")
    data["kaders"].update(kaders)
    return advies_voor(Vraagstuk.model_validate(data), datum=date(2026, 11, 29))


def _atelier(advies: Advies) -> tuple[str, tuple[int, int]]:
    (m,) = [m for m in advies.mix if m.werkvorm == "ontwerpatelier"]
    teksten = " ".join(schrijf(r) for r in m.redenen)
    return teksten, m.kosten_euro


def test_a_phased_case_holds_the_per_area_form_in_the_first_area_before_the_decision() -> None:
    # without a budget: a short budget may hold the atelier smaller (rule MIX-BUDGET)
    advies = _ringdorp(budget_euro=None)
    assert any(b.sleutel == "PLAN-KALENDER.per_gebied" for b in advies.bevindingen)
    tekst, kosten = _atelier(advies)
    assert "alleen in de eerste kern" in tekst and "eigen uitvoering" in tekst
    assert "In elke kern apart" not in tekst
    # counted for one kern, not four
    _, alle = _atelier(
        _ringdorp(budget_euro=None, uitvoering_van="2027-09-01", uitvoering_tot="2028-03-31")
    )
    assert kosten[0] < alle[0] and kosten[1] < alle[1]


def test_works_of_less_than_a_year_keep_the_form_in_every_area() -> None:
    advies = _ringdorp(uitvoering_van="2027-09-01", uitvoering_tot="2028-03-31")
    assert not any(b.sleutel == "PLAN-KALENDER.per_gebied" for b in advies.bevindingen)
    tekst, _ = _atelier(advies)
    assert "In elke kern apart" in tekst

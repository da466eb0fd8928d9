"""Rule MIX-BUDGET: what a roomy budget is for. Fees for participants only where a form asks
many hours of them (a citizens' assembly) or asks a vulnerable group, not by default for
everyone who comes to an evening (review 41)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).parents[2]


def _rapport(pad: Path) -> str:
    resultaat = advise_file(pad, pad.name, builtin(), date(2026, 11, 30), "md")
    return " ".join(resultaat.rapport.decode().split())


@pytest.mark.parametrize(
    "pad",
    [
        ROOT / "tests" / "cases" / "verkeerscirculatieplan-binnenstad.yaml",
        ROOT / "tests" / "cases" / "ikc-oldehoorn.yaml",
    ],
)
def test_no_fees_for_evenings_and_tables(pad: Path) -> None:
    tekst = _rapport(pad)
    assert "Er blijft €" in tekst
    assert "vergoedingen voor deelnemers" not in tekst


def test_fees_where_a_citizens_assembly_asks_many_hours() -> None:
    tekst = _rapport(ROOT / "vraagstukken" / "burgerberaad-klimaat.yaml")
    assert "vergoedingen voor deelnemers" in tekst

"""Review 64a (geitenhouderij): after all cuts, what was dropped and fits in the money left
comes back, the cheapest first, and the budget findings no longer name it (rule MIX-BUDGET)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.pipeline import advise

ROOT = Path(__file__).parents[2]
CASES = ROOT / "tests" / "cases"
DATUM = date(2026, 12, 1)


def test_goedkope_stappen_terug_als_er_geld_over_is() -> None:
    a = advise(CASES / "blind63" / "uitbreiding-geitenhouderij-hoogmeerle.yaml", datum=DATUM).advies
    ids = {m.werkvorm for m in a.mix}
    # the dorpsraad's proposed evening costs little and fits again
    assert "inloopavond" in ids
    md = a.middelen
    assert md.budget_euro is not None and md.schatting_euro <= md.budget_euro


@pytest.mark.parametrize(
    "pad", sorted((CASES / "blind63").glob("*.yaml")) + sorted((CASES / "review61").glob("*.yaml"))
)
def test_wat_terug_is_heet_niet_weggelaten(pad: Path) -> None:
    a = advise(pad, datum=DATUM).advies
    namen = {m.naam for m in a.mix}
    for b in a.bevindingen:
        if b.regel != "MIX-BUDGET":
            continue
        weg = [*b.waarden.get("weggelaten", []), *(s["naam"] for s in b.waarden.get("stappen", []))]
        assert not set(weg) & namen, (b.sleutel, set(weg) & namen)

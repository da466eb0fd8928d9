"""Review 64a (funderingsherstel): a promise about one point is about that point. The general
warning that no form lets inwoners decide together (rule MIX-BESLUITEN) is not given when the
points at that level are each household's own property (decided per household) or are all
promised points, whose own rules say what they lack; it stays where other points need it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.pipeline import advise

CASES = Path(__file__).parents[2] / "tests" / "cases"
DATUM = date(2026, 12, 1)


def _besluiten(pad: Path) -> list[str]:
    a = advise(pad, datum=DATUM).advies
    return [b.tekst for b in a.bevindingen if b.regel == "MIX-BESLUITEN" and b.tekst]


@pytest.mark.parametrize(
    "pad",
    [CASES / "blind63" / "funderingsherstel-kronenveen.yaml", CASES / "sporthallen-ommerlo.yaml"],
)
def test_belofte_over_een_punt_geldt_niet_voor_alles(pad: Path) -> None:
    assert not [t for t in _besluiten(pad) if "samen besluiten" in t]


def test_blijft_waar_andere_punten_het_vragen() -> None:
    assert [t for t in _besluiten(CASES / "dorpsschool-wapserveen.yaml") if "samen besluiten" in t]

"""Review 64a (funderingsherstel): a point about the approach per building block gets a form
made for it: meetings per block with its residents and owners (catalogue entry blokaanpak,
chosen by its signal words, rule MIX-ONDERWERP); a case without such a point does not get it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.pipeline import advise

CASES = Path(__file__).parents[2] / "tests" / "cases"
DATUM = date(2026, 12, 1)


def test_aanpak_per_bouwblok() -> None:
    a = advise(CASES / "blind63" / "funderingsherstel-kronenveen.yaml", datum=DATUM).advies
    blok = next(m for m in a.mix if m.werkvorm == "blokaanpak")
    assert any(o.startswith("Hoe de aanpak per bouwblok") for o in blok.onderwerpen)


def test_niet_zonder_blok() -> None:
    a = advise(CASES / "bomenkap-kastanjelaan.yaml", datum=DATUM).advies
    assert "blokaanpak" not in {m.werkvorm for m in a.mix}

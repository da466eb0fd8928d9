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


def test_kosten_per_huishouden() -> None:
    """Review 65a: € 650 for meetings per block in a buurt of 640 homes. The catalogue prices
    the form per household (an evening of the begeleider per block of 10 to 20 homes), so its
    cost follows the size of the groups it is for."""
    from pionieren.knowledge.load import builtin

    eenheid = builtin().werkvorm("blokaanpak").eenheid
    assert eenheid is not None and eenheid.per == "huishouden"
    a = advise(CASES / "blind63" / "funderingsherstel-kronenveen.yaml", datum=DATUM).advies
    blok = next(m for m in a.mix if m.werkvorm == "blokaanpak")
    assert blok.schatting_euro >= 2000

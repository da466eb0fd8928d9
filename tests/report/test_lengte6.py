"""Issue 9, round 6 (review 55d): a promise is quoted once, and no template fragment or internal
label of a werkvorm reaches the reader."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).resolve().parents[2]
HUNSEWOLD = ROOT / "tests" / "cases" / "review53" / "brandweerpost-dekkingsplan-hunsewold.yaml"


@cache
def _rapport(pad: Path, formaat: str = "md") -> str:
    return advise_file(pad, pad.name, builtin(), date(2026, 11, 28), formaat).rapport.decode(
        "utf-8"
    )


def test_the_promise_for_a_choice_is_quoted_once_and_then_named_as_its_givers() -> None:
    """Hunsewold: 'Wij wegen elk standpunt langs vooraf bekende criteria' stood for the college
    and again for the raad 'waar groepen het oneens zijn'."""
    for formaat in ("md", "html"):
        tekst = _rapport(HUNSEWOLD, formaat)
        assert tekst.count("Wij wegen elk standpunt langs vooraf bekende criteria") == 1, formaat
        assert "Waar groepen het oneens zijn: dezelfde toezegging als het college." in tekst


def test_a_later_step_is_named_by_its_dates_not_by_a_label() -> None:
    """'1–5 november 2027, verder: Dat besluit ...' and 'Bij ‘gesprek bij een bestaande groep’
    (12–26 januari 2027)', a name the table did not use (there: 'Bijeenkomst van ...')."""
    tekst = _rapport(HUNSEWOLD)
    assert ", verder:" not in tekst
    assert "‘gesprek bij een bestaande groep’" not in tekst
    assert "In de ronde van 12–26 januari 2027 is de uitkomst er nog niet" in tekst
    assert "- Bij de stap van 1 juli 2027: " in tekst

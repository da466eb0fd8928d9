"""Issue 9, round 4: what every row or every step repeated is said once (the payer of the cost
table, the interim message of the steps, the law of a role)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).resolve().parents[2]


def _rapport(pad: Path, formaat: str = "md") -> str:
    return advise_file(pad, pad.name, builtin(), date(2026, 11, 28), formaat).rapport.decode(
        "utf-8"
    )


def _tabel(tekst: str) -> list[str]:
    ontwerp = tekst.split("\n## 1.", 1)[1].split("\n## ", 1)[0]
    return [r for r in ontwerp.splitlines() if r.startswith("| ") and "€" in r]


def test_the_initiator_who_pays_the_table_is_named_once_in_its_head() -> None:
    """When the initiator pays the participation, nearly every row said '(initiatiefnemer)'.
    The head says it once; only a row paid by someone else says who."""
    tekst = _rapport(ROOT / "tests" / "cases" / "tiny-houses-gemeentegrond.yaml")
    assert "| kosten initiatiefnemer (schatting) |" in tekst
    rijen = _tabel(tekst)
    assert not [r for r in rijen if "(initiatiefnemer)" in r]
    # the gemeente's own rows (the raad's meeting) say so
    assert [r for r in rijen if r.endswith("(gemeente) |")]
    html = _rapport(ROOT / "tests" / "cases" / "tiny-houses-gemeentegrond.yaml", "html")
    assert "Kosten initiatiefnemer (schatting)" in html and "(initiatiefnemer)</td>" not in html


def test_when_the_gemeente_pays_the_initiators_rows_still_say_so() -> None:
    for pad in sorted((ROOT / "tests" / "cases").glob("*.yaml")):
        tekst = _rapport(pad)
        if "| kosten (schatting) |" in tekst and "(initiatiefnemer)" in tekst:
            assert not [r for r in _tabel(tekst) if "(gemeente)" in r], pad.name
            return
    raise AssertionError("no case where the gemeente pays and the initiator has rows")

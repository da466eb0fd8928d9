"""A werkvorm that is already running on the report's date (a trial the college started) gets no
list of what belongs to its start (criteria, a nulmeting): that moment has passed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

CASUS = Path(__file__).resolve().parents[1] / "cases" / "omgekeerd-inzamelen-lindemeer.yaml"


def _alinea(tekst: str, kop: str) -> str:
    return next(r for r in tekst.splitlines() if r.startswith(f"**{kop}**"))


def test_a_running_trial_gets_no_list_of_what_belongs_to_its_start() -> None:
    # the trial runs from 1 July 2026; on 29 November 2026 it is running
    tekst = advise_file(CASUS, CASUS.name, builtin(), date(2026, 11, 29), "md").tekst
    assert "Hoort erbij" not in _alinea(tekst, "Proef of pilot met evaluatie")
    # before it starts, the list is there
    vooraf = advise_file(CASUS, CASUS.name, builtin(), date(2026, 5, 1), "md").tekst
    assert "Hoort erbij" in _alinea(vooraf, "Proef of pilot met evaluatie")

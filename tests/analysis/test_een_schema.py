"""The planner's notes read the same calendar as the table (review 50a/50b: 'the tool finds
its own scheduling conflicts and prints them instead of fixing them', with notes that named
dates the calendar no longer had)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import advies_voor

from pionieren.analysis.planning import REACTIE_WERKVORMEN, VERWERK_WERKDAGEN
from pionieren.input.load import load_vraagstuk

_CASES = Path(__file__).resolve().parents[1] / "cases"
_PADEN = sorted(
    [
        *_CASES.glob("*.yaml"),
        *_CASES.glob("beoordeling/*.yaml"),
        *_CASES.glob("wachtrij/*.yaml"),
        *(Path(__file__).resolve().parents[2] / "vraagstukken").glob("*.yaml"),
    ]
)


def _reactie(advies: Any) -> Any:
    rondes = [p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie"]
    return rondes[0] if rondes else None


@pytest.mark.parametrize("pad", _PADEN, ids=lambda p: p.stem)
def test_a_note_on_a_late_reaction_round_names_the_calendars_round(pad: Path) -> None:
    """'Still runs when the papers are due' only when the round ends after them, with the
    round's final dates; a round that closed before them is only named when fewer than two
    working weeks are left to process it."""
    advies = advies_voor(load_vraagstuk(pad))
    ronde = _reactie(advies)
    for b in advies.bevindingen:
        if b.sleutel not in ("PLAN-REACTIE.moment", "PLAN-REACTIE.moment_krap"):
            continue
        assert ronde is not None
        stukken = date.fromisoformat(b.waarden["stukken"])
        assert b.waarden["sluit"] == ronde.eind.isoformat()
        if b.sleutel == "PLAN-REACTIE.moment":
            assert b.waarden["open"] == ronde.start.isoformat()
            assert ronde.eind >= stukken
        else:
            assert ronde.eind < stukken
            assert b.waarden["dagen"] < VERWERK_WERKDAGEN


def test_a_round_that_closed_before_the_papers_is_not_said_to_run_on() -> None:
    """Maasbergen: the round 4-15 January was said to run on at the papers of 18 January;
    the true problem is one working day to process it."""
    advies = advies_voor(
        load_vraagstuk(_CASES / "wachtrij" / "sluitingstijden-proef-maasbergen.yaml")
    )
    assert not [b for b in advies.bevindingen if b.sleutel == "PLAN-REACTIE.moment"]
    # (since review 51 the first round waits three weeks for the plan and the invitations, so
    # it now closes before the papers of the ledenvergadering with time to process it)
    for b in advies.bevindingen:
        if b.sleutel == "PLAN-REACTIE.moment_krap":
            assert f"{b.waarden['dagen']} werkdag" in b.tekst


@pytest.mark.parametrize("pad", _PADEN, ids=lambda p: p.stem)
def test_a_step_in_the_plan_has_the_dates_of_its_row_in_the_table(pad: Path) -> None:
    """One schedule: every step of the plan that names werkvormen (the summary and the other
    steps) has the dates the table gives those werkvormen, and an open consultation on the
    concept is the reaction round itself (review 50b, Vechtstede: the table had the
    consultation 25 October - 17 December, the steps the reaction round 29 November - 24
    December)."""
    advies = advies_voor(load_vraagstuk(pad))
    rij = {m.werkvorm: (m.start, m.eind) for m in advies.mix}
    stappen: dict[str, list[tuple[Any, Any]]] = {}
    for p in advies.planning:
        for w in p.werkvormen:
            stappen.setdefault(w, []).append((p.start, p.eind))
    for w, data in stappen.items():
        if w in rij and len(data) == 1:
            assert data[0] == rij[w], w
    ronde = _reactie(advies)
    if ronde is not None:
        for w in REACTIE_WERKVORMEN & set(rij):
            assert w in ronde.werkvormen
            assert rij[w] == (ronde.start, ronde.eind)

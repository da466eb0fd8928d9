"""The planner's dates fall where they help (reviews 52a/52b)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor

from pionieren.input.load import load_vraagstuk

ROOT = Path(__file__).resolve().parents[2]
DAG = date(2026, 12, 1)


def test_a_round_moved_after_a_moment_leaves_room_for_the_reaction_round() -> None:
    # Beekloon: the commissie discusses the starting points in March, the papers are due at the
    # end of May; the verdieping moved after the commissie ran up to the papers, and the report
    # said the reaction round 'no longer fits' with six months to go
    v = load_vraagstuk(ROOT / "tests" / "cases" / "review51" / "loting-starterswoningen-beekloon.yaml")
    a = advies_voor(v, datum=DAG)
    assert not [b for b in a.bevindingen if b.sleutel == "PLAN-REACTIE"]
    (ronde,) = [
        p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie"
    ]
    voorstel = min(p.start for p in a.planning if p.fase.value == "besluit" and p.start)
    assert ronde.eind is not None and ronde.eind < voorstel
    # the rounds before it end before it opens
    assert all(
        p.eind is not None and ronde.start is not None and p.eind < ronde.start
        for p in a.planning
        if p.fase.value == "verdiepen" and p.werkvormen
    )

"""Rule PLAN-LATER-BESLUIT: a later point about what is measured is settled before the measure
starts, so the baseline (the nulmeting) comes before it (review 58a, Hoenwijk: the round on the
measurement after a year closed on 12 November with answers by 26 November, after the ban began
on 15 November)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk

CASE = (
    Path(__file__).parents[1]
    / "cases"
    / "review57"
    / "vrachtwagenverbod-dorpsstraat-hoenwijk-kromwaarde.yaml"
)


def _meetronde(v: Vraagstuk) -> Any:
    (fase,) = [
        p
        for p in advies_voor(v).planning
        if p.uitleg is not None
        and p.uitleg.sleutel == "FASE.later_besluit"
        and any("gemeten" in o for o in p.uitleg.waarden["onderwerpen"])
    ]
    return fase


def test_what_is_measured_is_settled_before_the_measure_starts() -> None:
    v = load_vraagstuk(CASE)
    start = v.kaders.uitvoering_van
    assert start is not None
    fase = _meetronde(v)
    assert date.fromisoformat(fase.uitleg.waarden["stukken"]) < start
    assert fase.eind < start
    assert "nulmeting" in fase.toelichting


def test_a_measure_that_starts_long_after_keeps_its_round_after_the_decision() -> None:
    data = load_vraagstuk(CASE).model_dump(mode="json", exclude_none=True)
    data["kaders"]["uitvoering_van"] = "2028-03-06"
    data["kaders"]["uitvoering_tot"] = "2029-03-30"
    v = Vraagstuk.model_validate(data)
    fase = _meetronde(v)
    besluit = v.kaders.besluit_uiterlijk
    assert besluit is not None and fase.start > besluit
    assert "nulmeting" not in fase.toelichting

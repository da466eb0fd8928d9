"""The promise lines and the inwoners' role count the points the influence table shows
(review 47a: 'Adviseren over 4 onderwerpen en geven hun mening over 2' against a table with
four and one, and promise lines that did not say which points they were about)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from helpers import rapport_gegevens

ROOT = Path(__file__).resolve().parents[2]
DATUM = date(2026, 11, 30)


def _data(naam: str) -> dict[str, Any]:
    return rapport_gegevens(ROOT / "tests" / "cases" / f"{naam}.yaml", DATUM)[2]


def test_the_inwoners_role_does_not_count_a_point_decided_elsewhere() -> None:
    data = _data("bodemsanering-vennegoor")
    rijen = [r for r in data["per_onderwerp"] if not r["elders"]]
    assert any(r["elders"] for r in data["per_onderwerp"])  # the provincie's point
    (taak,) = [t for t in data["advies"]["rolverdeling"] if t["rol"] == "inwoners"]
    raadplegen = sum(r["trede"] == "raadplegen" for r in rijen)
    adviseren = sum(r["trede"] == "adviseren" for r in rijen)
    assert f"adviseren over {adviseren}" in taak["taak"]
    assert re.search(rf"mening over {raadplegen}\b", taak["taak"])


def test_with_more_deciders_each_promise_counts_its_points() -> None:
    """A level that stands in more than one promise line counts its points in each; a level in
    one line only does not: the table gives each point's level."""
    data = _data("zwembaden-reggedal")
    regels = data["toezeggingen"]
    assert len(regels) > 1
    niveaus = [n for r in regels for n in r["niveaus"]]
    assert all(n["punten"] for n in niveaus)
    hoe_vaak = Counter(n["trede"] for n in niveaus)
    assert any(v > 1 for v in hoe_vaak.values())
    assert all(n["noem"] == (hoe_vaak[n["trede"]] > 1) for n in niveaus)
    # together they cover the points in the table, each once
    rijen = [r["bron"] for r in data["per_onderwerp"] if not r["elders"]]
    assert sorted(p for n in niveaus for p in n["punten"]) == sorted(rijen)


def test_one_decider_needs_no_count() -> None:
    data = _data("bodemsanering-vennegoor")
    (regel,) = data["toezeggingen"]
    assert not any(n["noem"] for n in regel["niveaus"])

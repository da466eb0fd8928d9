"""A promise on points settled after the main decision is not kept in a round before it
(review 59a, Hessenveld)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from helpers import advies_voor

from pionieren.input.model import Vraagstuk

PAD = (
    Path(__file__).resolve().parents[1]
    / "cases"
    / "review58"
    / "milieustraat-gemeentewerf-hessenveld.yaml"
)


def _data() -> dict[str, Any]:
    return copy.deepcopy(yaml.safe_load(PAD.read_text(encoding="utf-8")))


def _belofte_stappen(data: dict[str, Any]) -> list[str]:
    advies = advies_voor(Vraagstuk.model_validate(data))
    return [m.werkvorm for m in advies.mix for r in m.redenen if r.sleutel == "MIX-TOEZEGGING"]


def test_a_promise_on_later_points_gets_no_step_before_the_main_decision() -> None:
    assert _belofte_stappen(_data()) == []


def test_a_promise_on_a_point_open_now_is_kept_before_the_decision() -> None:
    data = _data()
    for p in data["kaders"]["open"]:
        if p.get("toegezegd"):
            p.pop("na_besluit", None)
            p.pop("uiterlijk", None)
    assert _belofte_stappen(data)

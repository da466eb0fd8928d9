"""The analysis grows linearly with the number of belanghebbenden.

Why: a vraagstuk may name thousands of parties (a whole register of organisations). Looking a
party up by comparing models (``p in lijst``) made the mix quadratic. No timing here: the test
counts comparisons of models, which must not happen at all.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from helpers import BASIS, DATUM

from pionieren.analysis.engine import analyse
from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.knowledge.load import builtin

_SOORTEN = ["inwoners", "ondernemers", "maatschappelijke_organisatie", "overheid"]
_NIVEAUS = ["laag", "middel", "hoog"]


def _veel(aantal: int) -> Vraagstuk:
    data: dict[str, Any] = copy.deepcopy(BASIS)
    data["belanghebbenden"] = [
        {
            "naam": f"Partij {i}",
            "soort": _SOORTEN[i % 4],
            "invloed": _NIVEAUS[i % 3],
            "belang": _NIVEAUS[(i // 3) % 3],
            "houding": ["voor", "tegen", "neutraal"][i % 3],
            "kenmerken": [["jongeren"], [], ["ouderen"]][i % 3],
            "bereikbaarheid": ["goed", "moeilijk"][i % 2],
        }
        for i in range(aantal)
    ]
    return Vraagstuk.model_validate(data)


def test_parties_are_never_compared_as_models(monkeypatch: pytest.MonkeyPatch) -> None:
    vergeleken = 0
    origineel = Belanghebbende.__eq__

    def eq(self: Belanghebbende, other: object) -> bool:
        nonlocal vergeleken
        vergeleken += 1
        return origineel(self, other)

    monkeypatch.setattr(Belanghebbende, "__eq__", eq)
    advies = analyse(_veel(300), builtin(), DATUM)
    assert len(advies.belanghebbenden) == 300
    assert vergeleken == 0

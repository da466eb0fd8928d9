"""In a batch, templates and texts are compiled once per process, not once per file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment

from pionieren.advise import advise_file
from pionieren.knowledge.load import builtin

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("formaat", ["md", "html"])
def test_a_second_report_compiles_nothing(monkeypatch: pytest.MonkeyPatch, formaat: str) -> None:
    pad = ROOT / "vraagstukken" / "speeltuin.yaml"
    eerste = advise_file(pad, pad.name, builtin(), date(2026, 11, 28), formaat)
    gecompileerd = 0
    origineel = Environment.compile

    def compile(self: Environment, *args: Any, **kwargs: Any) -> Any:
        nonlocal gecompileerd
        gecompileerd += 1
        return origineel(self, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", compile)
    tweede = advise_file(pad, pad.name, builtin(), date(2026, 11, 28), formaat)
    assert gecompileerd == 0
    assert tweede.rapport == eerste.rapport

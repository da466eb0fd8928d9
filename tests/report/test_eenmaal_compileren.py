"""In a batch, templates and texts are compiled once per process, not once per file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("formaat", ["md", "html"])
def test_a_second_report_compiles_nothing(monkeypatch: pytest.MonkeyPatch, formaat: str) -> None:
    pad = ROOT / "vraagstukken" / "speeltuin.yaml"
    eerste = advise_file(pad, pad.name, builtin(), date(2026, 11, 28), formaat)
    teller = _count_compiles(monkeypatch)
    tweede = advise_file(pad, pad.name, builtin(), date(2026, 11, 28), formaat)
    assert teller[0] == 0
    assert tweede.rapport == eerste.rapport


def _count_compiles(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    teller = [0]
    origineel = Environment.compile

    def compile(self: Environment, *args: Any, **kwargs: Any) -> Any:
        teller[0] += 1
        return origineel(self, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", compile)
    return teller


def test_a_new_process_finds_the_compiled_templates_in_the_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pionieren.report.templates import environment

    monkeypatch.setenv("PIONIEREN_CACHE_DIR", str(tmp_path))
    teller = _count_compiles(monkeypatch)
    eerste = environment.__wrapped__().get_template("rapport.html")
    assert teller[0] > 0 and list(tmp_path.glob("sjabloon_*.bin"))
    teller[0] = 0
    tweede = environment.__wrapped__().get_template("rapport.html")  # as in a new process
    assert teller[0] == 0
    assert tweede.blocks.keys() == eerste.blocks.keys()
    for entry in tmp_path.glob("sjabloon_*.bin"):
        entry.write_bytes(b"kapot")
    assert environment.__wrapped__().get_template("rapport.html")
    assert teller[0] > 0

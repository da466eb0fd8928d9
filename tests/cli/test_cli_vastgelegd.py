"""The terminal summary says the budget the design is fitted into, and how much of the
participation budget was already committed (kaders.budget_vastgelegd)."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from pionieren.cli import app

runner = CliRunner()
FUNDERING = (
    Path(__file__).parents[2] / "tests" / "cases" / "blind63" / "funderingsherstel-kronenveen.yaml"
)


def test_samenvatting_noemt_vastgelegd_geld(tmp_path: Path, runner_env: dict[str, str]) -> None:
    pad = tmp_path / FUNDERING.name
    shutil.copy(FUNDERING, pad)
    uitslag = runner.invoke(app, ["analyse", str(pad), "--datum", "2026-12-01"], env=runner_env)
    assert uitslag.exit_code == 0, uitslag.output
    assert "budget € 18.000, na € 14.000 dat al vastligt" in " ".join(uitslag.stdout.split())

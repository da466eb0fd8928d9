"""CLI wiring of ``valideer``, ``schema`` and ``--version`` (fixed width, no colour)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from pionieren import __version__
from pionieren.cli import app

ROOT = Path(__file__).resolve().parents[2]
VOORBEELDEN = sorted((ROOT / "vraagstukken").glob("*.yaml"))
FOUTEN = ROOT / "tests" / "golden" / "fouten"

runner = CliRunner()


def test_version(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["--version"], env=runner_env)
    assert uitslag.exit_code == 0
    assert uitslag.output == f"pionieren {__version__}\n"


def test_help_is_dutch(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["--help"], env=runner_env)
    assert uitslag.exit_code == 0
    for woord in ("Advies", "Kennisbank", "valideer", "Toon deze hulp en stop."):
        assert woord in uitslag.output


def test_valideer_examples_exit_0(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["valideer", *map(str, VOORBEELDEN)], env=runner_env)
    assert uitslag.exit_code == 0, uitslag.output
    assert f"{len(VOORBEELDEN)} in orde, 0 met problemen" in uitslag.output


def test_valideer_broken_file_exit_1_no_traceback(runner_env: dict[str, str]) -> None:
    kapot = FOUTEN / "velden_en_waarden.yaml"
    uitslag = runner.invoke(app, ["valideer", str(kapot), str(VOORBEELDEN[0])], env=runner_env)
    assert uitslag.exit_code == 1
    assert "Traceback" not in uitslag.output
    assert f"{kapot}:22:14: belanghebbenden[1].invloed:" in uitslag.output
    assert "2 bestanden gecontroleerd: 1 in orde, 1 met problemen (15 problemen)" in uitslag.output


def test_valideer_json(runner_env: dict[str, str]) -> None:
    kapot = FOUTEN / "dubbele_sleutel.yaml"
    uitslag = runner.invoke(app, ["valideer", "--formaat", "json", str(kapot)], env=runner_env)
    assert uitslag.exit_code == 1
    data = json.loads(uitslag.stdout)
    assert data["geldig"] is False
    (bestand,) = data["bestanden"]
    assert [(p["regel"], p["pad"], p["code"]) for p in bestand["problemen"]] == [
        (9, "kaders.beinvloedingsruimte", "dubbele_sleutel"),
        (15, "titel", "dubbele_sleutel"),
    ]


def test_valideer_github_annotations(runner_env: dict[str, str]) -> None:
    kapot = FOUTEN / "dubbele_naam.yaml"
    uitslag = runner.invoke(app, ["valideer", "-f", "github", str(kapot)], env=runner_env)
    assert uitslag.exit_code == 1
    (regel,) = uitslag.stdout.splitlines()
    assert regel.startswith(f"::error file={kapot},line=18,col=11,title=belanghebbenden[3].naam::")


def test_valideer_missing_file(runner_env: dict[str, str], tmp_path: Path) -> None:
    uitslag = runner.invoke(app, ["valideer", str(tmp_path / "weg.yaml")], env=runner_env)
    assert uitslag.exit_code == 2  # a missing argument file is a usage error
    assert "bestaat niet" in uitslag.output


def test_schema_command_equals_committed(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["schema"], env=runner_env)
    assert uitslag.exit_code == 0
    assert uitslag.stdout == (ROOT / "schema" / "vraagstuk.schema.json").read_text("utf-8")


def test_python_dash_m_works() -> None:
    uitslag = subprocess.run(
        [sys.executable, "-m", "pionieren", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert uitslag.returncode == 0
    assert uitslag.stdout.strip() == f"pionieren {__version__}"


def test_usage_error_exit_2(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["valideer"], env=runner_env)
    assert uitslag.exit_code == 2


def test_usage_errors_are_dutch(runner_env: dict[str, str]) -> None:
    from pionieren.cli.nl import dutch_error

    assert dutch_error("Missing argument 'BESTAND...'.").startswith("Het argument BESTAND...")
    assert dutch_error("No such command 'analys'. Did you mean 'analyse'?") == (
        "De opdracht 'analys' bestaat niet. Bedoelde u 'analyse'?"
    )
    assert dutch_error("No such option: --formatt (Possible options: --formaat)") == (
        "De optie --formatt bestaat niet. Bedoelde u --formaat?"
    )
    assert dutch_error("iets onbekends") == "iets onbekends"
    uitslag = runner.invoke(app, ["analyse", "x.yaml", "--formaat", "word"], env=runner_env)
    assert uitslag.exit_code == 2
    assert "Ongeldige waarde voor" in uitslag.output and "Kies uit" in uitslag.output

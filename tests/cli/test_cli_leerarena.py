"""CLI wiring of ``leerarena`` (fixed width, no colour): files, stdout, exit codes, hostile paths."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()
DATUM = ["--datum", "2026-11-29"]


@pytest.fixture
def map_(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "vraagstukken", tmp_path / "v")
    return tmp_path / "v"


def test_writes_the_report_in_the_folder(map_: Path, runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["leerarena", str(map_), *DATUM], env=runner_env)
    assert uitslag.exit_code == 0, uitslag.output
    assert "Leerarena: 7 evaluaties (6 afgerond, 1 lopend)" in uitslag.stdout
    assert f"Rapport: {map_ / 'leerarena.md'}" in uitslag.stdout
    tekst = (map_ / "leerarena.md").read_text("utf-8")
    assert tekst.startswith("# Leerarena: wat leverde de participatie op?")
    # the report is no input: a second run reads the same files and gives the same bytes
    opnieuw = runner.invoke(app, ["leerarena", str(map_), *DATUM], env=runner_env)
    assert opnieuw.exit_code == 0 and (map_ / "leerarena.md").read_text("utf-8") == tekst


def test_json_to_the_screen_is_bare_json(map_: Path, runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(
        app, ["leerarena", str(map_), "-f", "json", "-o", "-", *DATUM], env=runner_env
    )
    assert uitslag.exit_code == 0, uitslag.output
    data = json.loads(uitslag.stdout)
    assert data["evaluaties"] == 7 and data["besluiten"]["nee"] == 1
    assert "Leerarena: 7" in uitslag.stderr


def test_format_follows_the_name(map_: Path, tmp_path: Path, runner_env: dict[str, str]) -> None:
    doel = tmp_path / "uit" / "arena.html"
    uitslag = runner.invoke(app, ["leerarena", str(map_), "-o", str(doel), *DATUM], env=runner_env)
    assert uitslag.exit_code == 0, uitslag.output
    assert doel.read_text("utf-8").startswith("<!DOCTYPE html>")
    naar_map = runner.invoke(
        app, ["leerarena", str(map_), "-o", f"{tmp_path / 'rapporten'}/", *DATUM], env=runner_env
    )
    assert naar_map.exit_code == 0 and (tmp_path / "rapporten" / "leerarena.md").is_file()


@pytest.mark.parametrize(
    ("opties", "woord"),
    [
        (["-f", "paragraaf"], "paragraaf"),
        (["-o", "arena.yaml"], ".yaml"),
        (["-f", "pdf", "-o", "arena.html"], "past niet"),
        (["--datum", "2026-02-30"], "datum"),
    ],
)
def test_usage_errors_exit_2(
    map_: Path, opties: list[str], woord: str, runner_env: dict[str, str]
) -> None:
    uitslag = runner.invoke(app, ["leerarena", str(map_), *opties], env=runner_env)
    assert uitslag.exit_code == 2, uitslag.output
    assert woord in uitslag.output
    assert not (map_ / "leerarena.md").exists()


def test_folder_without_evaluaties_exit_2(tmp_path: Path, runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["leerarena", str(tmp_path), *DATUM], env=runner_env)
    assert uitslag.exit_code == 2
    assert "staat geen evaluatie" in uitslag.stderr and "pionieren evalueer" in uitslag.stderr


def test_broken_file_is_named_report_still_made_exit_1(
    map_: Path, runner_env: dict[str, str]
) -> None:
    kapot = map_ / "evaluaties" / "kapot.evaluatie.yaml"
    kapot.write_text(
        "vraagstuk: ../marktplein.yaml\nperiode: {van: 2027-01-04}\n"
        'terugkoppeling: {gegeven: ja}\nbelanghebbenden:\n  - {naam: "Buren\\u001b[2J", bereikt: ja}\n',
        encoding="utf-8",
    )
    uitslag = runner.invoke(app, ["leerarena", str(map_), *DATUM], env=runner_env)
    assert uitslag.exit_code == 1, uitslag.output
    assert f"{kapot}:3:" in uitslag.stderr and "true (ja) of false" in uitslag.stderr
    assert "\x1b" not in uitslag.output  # a control character in a name is never printed
    assert "1 niet meegeteld" in uitslag.stdout
    assert (map_ / "leerarena.md").is_file()


def test_symlink_as_output_is_refused(
    map_: Path, tmp_path: Path, runner_env: dict[str, str]
) -> None:
    elders = tmp_path / "elders.md"
    elders.write_text("niet aanraken\n", encoding="utf-8")
    (map_ / "leerarena.md").symlink_to(elders)
    uitslag = runner.invoke(app, ["leerarena", str(map_), *DATUM], env=runner_env)
    assert uitslag.exit_code == 1
    assert "symbolische link" in uitslag.stderr
    assert elders.read_text("utf-8") == "niet aanraken\n"


def test_an_input_is_never_overwritten(map_: Path, runner_env: dict[str, str]) -> None:
    invoer = map_ / "evaluaties" / "marktplein.evaluatie.yaml"
    voor = invoer.read_bytes()
    uitslag = runner.invoke(
        app,
        ["leerarena", str(map_), "-o", str(map_ / "marktplein.yaml.md"), *DATUM],
        env=runner_env,
    )
    assert uitslag.exit_code == 0  # another name is fine
    uitslag = runner.invoke(
        app, ["leerarena", str(map_), "-f", "md", "-o", str(invoer), *DATUM], env=runner_env
    )
    assert uitslag.exit_code == 2 and invoer.read_bytes() == voor


def test_huge_evaluatie_is_a_clear_error(map_: Path, runner_env: dict[str, str]) -> None:
    groot = map_ / "evaluaties" / "groot.evaluatie.yaml"
    groot.write_text("vraagstuk: ../marktplein.yaml\n# " + "x" * (3 * 1024 * 1024) + "\n", "utf-8")
    uitslag = runner.invoke(app, ["leerarena", str(map_), *DATUM], env=runner_env)
    assert uitslag.exit_code == 1
    assert f"{groot}: dit bestand is groter dan 2 MB" in uitslag.stderr


def test_valideer_checks_evaluaties_with_their_warnings(
    map_: Path, runner_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(map_.parent)  # short names: Rich wraps a long one
    map_ = Path(map_.name)
    evaluatie = map_ / "evaluaties" / "speeltuin.evaluatie.yaml"
    tekst = evaluatie.read_text("utf-8").replace("id: sleutelfiguren", "id: sleutelfiguur")
    evaluatie.write_text(tekst, encoding="utf-8")
    uitslag = runner.invoke(app, ["valideer", str(map_)], env=runner_env)
    assert uitslag.exit_code == 0, uitslag.output
    assert f"✓ {evaluatie}: in orde" in uitslag.stdout
    assert "werkvormen[2].id: Let op: de werkvorm 'sleutelfiguur'" in uitslag.stdout
    assert "Bedoelde u 'sleutelfiguren'?" in uitslag.stdout
    assert "14 bestanden gecontroleerd: 14 in orde" in uitslag.stdout
    als_json = runner.invoke(app, ["valideer", str(evaluatie), "-f", "json"], env=runner_env)
    data = json.loads(als_json.stdout)["bestanden"][0]
    assert data["geldig"] and data["waarschuwingen"][0]["code"] == "onbekende_werkvorm"
    github = runner.invoke(app, ["valideer", str(evaluatie), "-f", "github"], env=runner_env)
    assert github.stdout.startswith(f"::warning file={evaluatie},line=")
    kapot = evaluatie.read_text("utf-8").replace("bereikt: deels", "bereikt: half")
    evaluatie.write_text(kapot, encoding="utf-8")
    uitslag = runner.invoke(app, ["valideer", str(evaluatie)], env=runner_env)
    assert uitslag.exit_code == 1 and "'half' is geen toegestane waarde" in uitslag.stderr


def test_analyse_says_an_evaluatie_is_no_vraagstuk(map_: Path, runner_env: dict[str, str]) -> None:
    evaluatie = map_ / "evaluaties" / "marktplein.evaluatie.yaml"
    uitslag = runner.invoke(app, ["analyse", str(evaluatie)], env=runner_env)
    assert uitslag.exit_code == 2
    assert "een evaluatie, geen vraagstuk (pionieren verslag" in uitslag.stderr
    # with a vraagstuk next to it, the evaluatie is skipped with a message
    uitslag = runner.invoke(
        app, ["analyse", str(evaluatie), str(map_ / "marktplein.yaml"), "-o", "-"], env=runner_env
    )
    assert uitslag.exit_code == 0 and "overgeslagen, een evaluatie" in uitslag.stderr

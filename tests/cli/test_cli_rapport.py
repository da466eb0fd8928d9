"""CLI: formats, pionieren.toml, the sjablonen command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "vraagstukken" / "dorpsbudget.yaml", tmp_path / "dorp.yaml")
    return tmp_path


def test_html_and_pdf_files(project: Path, runner_env: dict[str, str]) -> None:
    for formaat in ("html", "pdf"):
        uitslag = runner.invoke(
            app,
            ["analyse", str(project / "dorp.yaml"), "-f", formaat, "--datum", "2026-11-28"],
            env=runner_env,
        )
        assert uitslag.exit_code == 0, uitslag.output
    assert (project / "dorp.advies.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert (project / "dorp.advies.pdf").read_bytes().startswith(b"%PDF-")


def test_project_file_sets_defaults_and_options_win(
    project: Path, runner_env: dict[str, str]
) -> None:
    (project / "eigen").mkdir()
    (project / "eigen" / "rapport.html").write_text(
        '{% extends "basis.html" %}{% block colofon %}<footer><p>Team Dorpen</p></footer>'
        "{% endblock %}\n",
        "utf-8",
    )
    (project / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', "utf-8")
    (project / "werkvormen.yaml").write_text(
        "werkvormen:\n  - id: wijkbudget\n    kosten_euro: [100, 200]\n", "utf-8"
    )
    (project / "pionieren.toml").write_text(
        'formaat = "html"\nsjablonen = "eigen"\ngemeente = "Gemeente Land aan Zee"\n'
        'logo = "logo.svg"\nwerkvormen = "werkvormen.yaml"\n',
        "utf-8",
    )
    uitslag = runner.invoke(
        app, ["analyse", str(project / "dorp.yaml"), "--datum", "2026-11-28"], env=runner_env
    )
    assert uitslag.exit_code == 0, uitslag.output
    html = (project / "dorp.advies.html").read_text("utf-8")
    assert "Team Dorpen" in html
    assert 'alt="Logo Gemeente Land aan Zee"' in html and "data:image/svg+xml;base64," in html
    assert "€ 100<" in html  # its own range € 100–200: a narrow range adds nothing
    uitslag = runner.invoke(
        app,
        [
            "analyse",
            str(project / "dorp.yaml"),
            "-f",
            "md",
            "--sjablonen",
            str(ROOT / "sjablonen"),
            "--datum",
            "2026-11-28",
        ],
        env=runner_env,
    )
    assert uitslag.exit_code == 0
    assert (project / "dorp.advies.md").read_text("utf-8").startswith("# Participatieadvies")


def test_broken_project_file_is_reported(project: Path, runner_env: dict[str, str]) -> None:
    (project / "pionieren.toml").write_text('formaat = "word"\n', "utf-8")
    uitslag = runner.invoke(app, ["analyse", str(project / "dorp.yaml")], env=runner_env)
    assert uitslag.exit_code == 1
    assert "pionieren.toml:1:1: formaat:" in uitslag.output


def test_template_error_exit_3(project: Path, runner_env: dict[str, str]) -> None:
    (project / "s").mkdir()
    (project / "s" / "rapport.md").write_text("{{ advies.__class__ }}\n", "utf-8")
    uitslag = runner.invoke(
        app,
        ["analyse", str(project / "dorp.yaml"), "--sjablonen", str(project / "s")],
        env=runner_env,
    )
    assert uitslag.exit_code == 3
    assert "interne onderdelen van Python" in uitslag.output
    assert not (project / "dorp.advies.md").exists()


def test_sjablonen_command_copies_and_refuses_overwrite(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    doel = tmp_path / "mijn-sjablonen"
    uitslag = runner.invoke(app, ["sjablonen", "--naar", str(doel)], env=runner_env)
    assert uitslag.exit_code == 0
    assert (doel / "basis.html").is_file() and (doel / "rapport.md").is_file()
    opnieuw = runner.invoke(app, ["sjablonen", "--naar", str(doel)], env=runner_env)
    assert opnieuw.exit_code == 2 and "--overschrijven" in opnieuw.output
    assert (
        runner.invoke(
            app, ["sjablonen", "--naar", str(doel), "--overschrijven"], env=runner_env
        ).exit_code
        == 0
    )

"""Notes about filling in the vraagstuk (a field to fill in, a date in the text that no field
gives) are for whoever makes the advice, not for the bestuur.

Review 25a moved them out of the summary; review 27 ("vul dan kaders.inbreng_uiterlijk in":
field names in a bestuurlijk advies) moved them out of the report. The JSON keeps them as
findings and ``pionieren analyse`` prints them on the screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.data import INVOER_REGELS

LINDEMEER = Path(__file__).parents[1] / "cases" / "omgekeerd-inzamelen-lindemeer.yaml"
DATUM = date(2026, 11, 29)


@pytest.fixture
def casus(tmp_path: Path) -> Path:
    """Lindemeer with a date in its text that is no trial's evaluation (that one the planning
    places itself, rule PLAN-REACTIE): what it means, pionieren does not know."""
    tekst = LINDEMEER.read_text(encoding="utf-8")
    oud = "De evaluatie van de proefwijk Hofkamp moet klaar zijn op"
    assert oud in tekst
    pad = tmp_path / LINDEMEER.name
    pad.write_text(tekst.replace(oud, "Het bewonersplan van Hofkamp moet klaar zijn op"), "utf-8")
    return pad


def _invoer(casus: Path) -> list[str]:
    advies = advise_file(casus, casus.name, builtin(), DATUM, "json").advies
    invoer = [b for b in advies.bevindingen if b.regel in INVOER_REGELS]
    # the case names a date in its text that no field gives, and the design runs past it
    assert any(b.regel == "PLAN-TUSSENDATUM" for b in invoer)
    return [b.tekst for b in invoer]


@pytest.mark.parametrize("formaat", ["md", "html"])
def test_input_notes_stay_out_of_the_report(formaat: str, casus: Path) -> None:
    teksten = _invoer(casus)
    rapport = advise_file(casus, casus.name, builtin(), DATUM, formaat).rapport.decode("utf-8")
    assert "Nog in te vullen in het vraagstuk" not in rapport
    for tekst in teksten:
        zin = tekst.split(".")[0]
        assert zin not in rapport.replace("\\_", "_")
    assert "kaders.inbreng" not in rapport
    assert "inbreng\\_uiterlijk" not in rapport and "inbreng_uiterlijk" not in rapport


def test_analyse_prints_input_notes_on_screen(
    runner_env: dict[str, str], tmp_path: Path, casus: Path
) -> None:
    doel = tmp_path / "rapport.md"
    uitslag = CliRunner().invoke(
        app,
        ["analyse", str(casus), "--datum", "2026-11-29", "--uitvoer", str(doel)],
        env=runner_env,
    )
    assert uitslag.exit_code == 0, uitslag.output
    scherm = " ".join(uitslag.output.split())
    assert "Tip voor het vraagstuk (PLAN-TUSSENDATUM)" in scherm
    assert "kaders.inbreng_uiterlijk" in scherm
    assert "Nog in te vullen" not in doel.read_text(encoding="utf-8")

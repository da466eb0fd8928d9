"""``pionieren analyse --leerarena MAP``: the section, the golden report, broken and missing input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pionieren
from pionieren.cli import app

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "ervaring"
runner = CliRunner()
DATUM = ["--datum", "2026-11-28"]
ARGS = ["analyse", "vraagstukken/marktplein.yaml", "--leerarena"]


@pytest.fixture
def kopie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "vraagstukken", tmp_path / "vraagstukken")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "vraagstukken"


def test_golden_report_with_local_experience(
    golden, runner_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    for formaat in ("md", "html"):
        uitslag = runner.invoke(
            app,
            [*ARGS, "vraagstukken/", "-f", formaat, "-o", "-", *DATUM],
            env=runner_env,
        )
        assert uitslag.exit_code == 0, uitslag.output
        golden(GOLDEN / f"marktplein.{formaat}", uitslag.stdout)


def test_the_section_shows_similar_cases_and_what_the_advice_took_over(
    kopie: Path, runner_env: dict[str, str]
) -> None:
    uitslag = runner.invoke(
        app,
        ["analyse", "vraagstukken/marktplein.yaml", "--leerarena", "vraagstukken/", *DATUM],
        env=runner_env,
    )
    assert uitslag.exit_code == 0, uitslag.output
    assert "Ervaring uit 6 evaluaties: 3 eerdere processen lijken hierop" in uitslag.stdout
    assert "ontwerp: Enquête (online en op papier)" in uitslag.stdout
    tekst = (kopie / "marktplein.advies.md").read_text("utf-8")
    assert "## 6. Ervaringen in deze gemeente" in tekst
    assert "(de evaluatie van dit vraagstuk zelf telt niet mee)" in tekst
    assert (
        "**Omgevingsvisie Waterland-Oost 2040** (`evaluaties/omgevingsvisie.evaluatie.yaml`)"
        in tekst
    )
    # the local cost of the enquête (€ 2.400–9.000), as its estimate in the table
    assert "| € 3.050 |" in tekst  # € 2.400 + a tenth of the width rounded to € 500
    # the rule that took over the local cost is named in the JSON, not as a code in the report
    assert "ERVARING-KOSTEN" not in tekst
    uit = pionieren.advise(
        "vraagstukken/marktplein.yaml",
        datum="2026-11-28",
        formaat="json",
        leerarena="vraagstukken/",
    )
    assert "ERVARING-KOSTEN" in json.loads(uit.tekst)["regels_toegepast"]


def test_without_the_option_nothing_changes(kopie: Path, runner_env: dict[str, str]) -> None:
    zonder = pionieren.advise("vraagstukken/marktplein.yaml", datum="2026-11-28", formaat="json")
    assert "ervaringen" not in json.loads(zonder.tekst)
    met = pionieren.advise(
        "vraagstukken/marktplein.yaml",
        datum="2026-11-28",
        formaat="json",
        leerarena="vraagstukken",
    )
    data = json.loads(met.tekst)
    assert data["ervaringen"]["evaluaties"] == 6
    assert len(data["ervaringen"]["gevallen"]) == 3
    assert met.advies.ervaringen is not None
    # a saved advice (JSON) reads back to the same advice, section included
    assert type(met.advies).model_validate_json(met.tekst) == met.advies


def test_a_broken_evaluatie_is_named_and_not_counted_but_the_advice_is_made(
    kopie: Path, runner_env: dict[str, str]
) -> None:
    (kopie / "evaluaties" / "kapot.evaluatie.yaml").write_text(
        "vraagstuk: ../marktplein.yaml\nperiode: morgen\n", "utf-8"
    )
    uitslag = runner.invoke(
        app,
        [*ARGS, "vraagstukken", "-o", "-", *DATUM],
        env=runner_env,
    )
    assert uitslag.exit_code == 0, uitslag.output
    assert "kapot.evaluatie.yaml" in uitslag.stderr
    assert "1 bestand telt niet mee" in uitslag.stderr
    assert (
        "1 bestand was niet te lezen en telt niet mee: evaluaties/kapot.evaluatie.yaml"
        in uitslag.stdout
    )
    assert "Dit advies gebruikt 6 evaluaties" in uitslag.stdout


@pytest.mark.parametrize("soort", ["ontbreekt", "leeg"])
def test_a_missing_or_empty_folder_is_a_usage_error(
    kopie: Path, runner_env: dict[str, str], soort: str
) -> None:
    map_ = "bestaatniet"
    if soort == "leeg":
        map_ = "leeg"
        Path(map_).mkdir()
        shutil.copy(kopie / "marktplein.yaml", Path(map_) / "marktplein.yaml")
    uitslag = runner.invoke(
        app,
        ["analyse", "vraagstukken/marktplein.yaml", "--leerarena", map_, "-o", "-", *DATUM],
        env=runner_env,
    )
    assert uitslag.exit_code == 2
    assert f"--leerarena {map_}:" in uitslag.stderr
    assert uitslag.stdout == ""  # nothing analysed, nothing written


def test_the_folder_can_be_set_in_pionieren_toml(kopie: Path, runner_env: dict[str, str]) -> None:
    Path("pionieren.toml").write_text('leerarena = "vraagstukken"\n', "utf-8")
    uitslag = runner.invoke(
        app, ["analyse", "vraagstukken/marktplein.yaml", "-o", "-", *DATUM], env=runner_env
    )
    assert uitslag.exit_code == 0, uitslag.output
    assert "## 6. Ervaringen in deze gemeente" in uitslag.stdout


def test_no_similar_case_is_said_and_the_adjustments_still_apply(
    kopie: Path, runner_env: dict[str, str]
) -> None:
    uitslag = runner.invoke(
        app,
        ["analyse", "vraagstukken/windpark.yaml", "--leerarena", "vraagstukken", "-o", "-", *DATUM],
        env=runner_env,
    )
    assert uitslag.exit_code == 0, uitslag.output
    assert "Geen eerder proces lijkt genoeg op dit vraagstuk." in uitslag.stdout
    assert "ijgesteld, voor werkvormen die niet in dit ontwerp staan:" in uitslag.stdout
    assert "De duur van inloopavond of informatiemarkt was in deze gemeente 3 weken." in (
        uitslag.stdout
    )

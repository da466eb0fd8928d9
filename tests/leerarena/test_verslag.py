"""``pionieren verslag``: the participatieverslag of one evaluatie, its figures and its sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.errors import InvoerFout
from pionieren.leerarena.verslag import BRONNEN, verslag

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "leerarena"
DATUM = "2026-11-29"
runner = CliRunner()


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize(
    ("naam", "formaat"),
    [("marktplein", "md"), ("marktplein", "html"), ("marktplein", "json"), ("speeltuin", "md")],
)
def test_golden_verslag(naam: str, formaat: str, golden, in_root: None) -> None:
    uit = verslag(f"vraagstukken/evaluaties/{naam}.evaluatie.yaml", datum=DATUM, formaat=formaat)
    golden(GOLDEN / f"verslag-{naam}.{formaat}", uit.rapport.decode("utf-8"))


@pytest.mark.parametrize("pad", sorted((ROOT / "vraagstukken" / "evaluaties").glob("*.yaml")))
def test_figures_match_the_file(pad: Path) -> None:
    ruw = yaml.safe_load(pad.read_text("utf-8"))
    data = verslag(pad, datum=DATUM).data
    werkvormen = ruw.get("werkvormen", [])
    assert data["deelnemers"] == sum(w["deelnemers"] for w in werkvormen)
    assert data["kosten_euro"] == sum(w["kosten_euro"] for w in werkvormen)
    assert [w["kosten_euro"] for w in data["gedaan"]] == [w["kosten_euro"] for w in werkvormen]
    assert len(data["niet_gedaan"]) == len(ruw.get("niet_gedaan", []))
    for antwoord in ("ja", "deels", "nee"):
        assert [g["naam"] for g in data["bereikt"][antwoord]] == [
            g["naam"] for g in ruw.get("belanghebbenden", []) if g["bereikt"] == antwoord
        ]
    assert [o["gedaan"] for o in data["onderwerpen"]] == [
        o["gedaan"] for o in ruw.get("onderwerpen", [])
    ]


def test_cites_the_aanvraagvereiste_from_the_register_only(in_root: None) -> None:
    from pionieren.knowledge.load import builtin

    register = builtin().bronnen
    assert all(b in register for b in BRONNEN)
    assert register["omgevingsregeling-7-4"].url.startswith("https://wetten.overheid.nl/")
    tekst = verslag("vraagstukken/evaluaties/windpark.evaluatie.yaml", datum=DATUM).rapport.decode()
    assert "aanvraagvereiste, Omgevingsregeling art. 7.4" in tekst
    assert "<https://wetten.overheid.nl/jci1.3:c:BWBR0045528&artikel=7.4>" in tekst


def test_word_and_pdf(in_root: None) -> None:
    pytest.importorskip("docx")
    pytest.importorskip("weasyprint")
    pad = "vraagstukken/evaluaties/bibliotheek.evaluatie.yaml"
    assert verslag(pad, datum=DATUM, formaat="docx").rapport.startswith(b"PK")
    assert verslag(pad, datum=DATUM, formaat="pdf").rapport.startswith(b"%PDF")


def test_cli_writes_next_to_the_evaluatie(tmp_path: Path, runner_env: dict[str, str]) -> None:
    shutil.copytree(ROOT / "vraagstukken", tmp_path / "v")
    evaluatie = tmp_path / "v" / "evaluaties" / "windpark.evaluatie.yaml"
    uitslag = runner.invoke(app, ["verslag", str(evaluatie), "--datum", DATUM], env=runner_env)
    assert uitslag.exit_code == 0, uitslag.output
    doel = evaluatie.with_name("windpark.verslag.md")
    assert f"Verslag: {doel}" in uitslag.stdout
    assert doel.read_text("utf-8").startswith("# Participatieverslag: Windpark Hoge Veld")
    uitslag = runner.invoke(
        app, ["verslag", str(evaluatie), "-o", "-", "-f", "html", "--datum", DATUM], env=runner_env
    )
    assert uitslag.exit_code == 0 and uitslag.stdout.startswith("<!DOCTYPE html>")


def test_cli_invalid_evaluatie_exit_1(tmp_path: Path, runner_env: dict[str, str]) -> None:
    shutil.copytree(ROOT / "vraagstukken", tmp_path / "v")
    evaluatie = tmp_path / "v" / "evaluaties" / "windpark.evaluatie.yaml"
    tekst = evaluatie.read_text("utf-8").replace("volgt_uitkomst: nee", "volgt_uitkomst: neen")
    evaluatie.write_text(tekst, encoding="utf-8")
    uitslag = runner.invoke(app, ["verslag", str(evaluatie), "--datum", DATUM], env=runner_env)
    assert uitslag.exit_code == 1
    assert "besluit.volgt_uitkomst: 'neen' is geen toegestane waarde" in uitslag.stderr
    assert "Bedoelde u 'nee'?" in uitslag.stderr
    with pytest.raises(InvoerFout):
        verslag(evaluatie, datum=DATUM)


def test_cli_verslag_of_a_vraagstuk_says_so(tmp_path: Path, runner_env: dict[str, str]) -> None:
    """Found by a new-user try: a vraagstuk given to 'verslag' gave a page of 'geen bekend veld'
    for every field of the vraagstuk."""
    from pionieren.errors import UsageError

    vraagstuk = ROOT / "vraagstukken" / "marktplein.yaml"
    uitslag = runner.invoke(app, ["verslag", str(vraagstuk), "--datum", DATUM], env=runner_env)
    assert uitslag.exit_code == 2
    assert uitslag.stderr.count("\n") == 1, uitslag.stderr
    assert "is een vraagstuk, geen evaluatie" in uitslag.stderr
    assert f"‘pionieren analyse {vraagstuk}’." in uitslag.stderr
    with pytest.raises(UsageError):
        verslag(vraagstuk, datum=DATUM)


def test_cli_analyse_of_an_evaluatie_says_only_why(runner_env: dict[str, str]) -> None:
    """Found by a new-user try: 'in x.evaluatie.yaml staat geen vraagstuk (*.yaml of *.yml)'
    read as if the file were a folder."""
    evaluatie = ROOT / "vraagstukken" / "evaluaties" / "marktplein.evaluatie.yaml"
    uitslag = runner.invoke(app, ["analyse", str(evaluatie), "--datum", DATUM], env=runner_env)
    assert uitslag.exit_code == 2
    assert uitslag.stderr.startswith(f"Fout: {evaluatie}: een evaluatie, geen vraagstuk")
    assert "staat geen vraagstuk" not in uitslag.stderr
    # a folder without a vraagstuk still names the folder
    map_ = ROOT / "vraagstukken" / "evaluaties"
    uitslag = runner.invoke(app, ["analyse", str(map_), "--datum", DATUM], env=runner_env)
    assert uitslag.exit_code == 2
    assert f"in {map_} staat geen vraagstuk" in uitslag.stderr

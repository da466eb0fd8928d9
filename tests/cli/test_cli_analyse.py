"""CLI wiring of ``analyse`` and ``regels``: files, stdout, batches, --controleer, dates."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app

ROOT = Path(__file__).resolve().parents[2]
VOORBEELD = ROOT / "vraagstukken" / "marktplein.yaml"
runner = CliRunner()


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    shutil.copy(VOORBEELD, tmp_path / "plein.yaml")
    return tmp_path


def test_analyse_writes_report_next_to_input_and_prints_summary(
    werkmap: Path, runner_env: dict[str, str]
) -> None:
    uitslag = runner.invoke(
        app, ["analyse", str(werkmap / "plein.yaml"), "--datum", "2026-11-28"], env=runner_env
    )
    assert uitslag.exit_code == 0, uitslag.output
    rapport = werkmap / "plein.advies.md"
    assert rapport.read_text("utf-8").startswith("# Participatieadvies: Herinrichting Marktplein")
    for woord in (
        "Advies: coproduceren",
        "Sleutelspelers: Winkeliers Marktplein",
        "Mix:",
        "Waarschuwing (TREDE-BOVEN-PLAFOND)",
        f"Rapport: {rapport}",
    ):
        assert woord in uitslag.stdout
    # one point is one 'punt' (not '1 punten'); one week is 'week 13' (not 'week 13–13')
    assert "1 punten" not in uitslag.stdout
    assert not re.search(r"week (\d+)–\1\)", uitslag.stdout)
    assert [p.name for p in werkmap.iterdir() if p.name.startswith(".")] == []


def test_the_cost_line_is_the_reports_estimate_per_payer(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    """The summary's cost line gives the same estimate as the report's budget paragraph, for
    the gemeente and the initiator apart (it said 'minstens € 200 (budget € 62.000)' for a
    windpark whose initiator pays the participation)."""
    pad = ROOT / "tests" / "cases" / "windpark-heikamp-peelhoven.yaml"
    uitslag = runner.invoke(
        app,
        ["analyse", str(pad), "--datum", "2026-11-30", "-o", str(tmp_path / "w.md")],
        env=runner_env,
    )
    assert uitslag.exit_code == 0, uitslag.output
    # (the console wraps long lines: read the words)
    woorden = " ".join(uitslag.stdout.split())
    regel = woorden[woorden.index("Kosten:") :].split(")")[0]
    rapport = (tmp_path / "w.md").read_text("utf-8")
    bedrag = re.search(
        r"eigen gesprekken van de initiatiefnemer kosten naar schatting (€ [\d.]+)", rapport
    )
    assert bedrag is not None
    assert f"{bedrag.group(1)} voor de initiatiefnemer" in regel
    assert "voor de gemeente" in regel and "budget € 62.000" in regel and "minstens" not in regel


def test_analyse_json_to_stdout(werkmap: Path, runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(
        app,
        ["analyse", str(werkmap / "plein.yaml"), "-f", "json", "-o", "-", "--datum", "2026-11-28"],
        env=runner_env,
    )
    assert uitslag.exit_code == 0
    data = json.loads(uitslag.stdout)
    assert data["trede"] == {
        **data["trede"],
        "advies": "coproduceren",
        "gevraagd": "coproduceren",
        "maximaal": "meebeslissen",
    }
    assert {"naam", "kwadrant", "trede"} <= set(data["belanghebbenden"][0])
    assert {"rol", "taak"} <= set(data["rolverdeling"][0])
    assert {"werkvorm", "modus", "voor", "waarom"} <= set(data["mix"][0])
    assert {"regel", "ernst", "tekst", "bronnen"} <= set(data["bevindingen"][0])
    assert isinstance(data["referentiekader"], list)
    regels = {r["id"] for r in json.loads(runner.invoke(app, ["regels", "-f", "json"]).stdout)}
    bronnen = {b["id"] for b in json.loads(runner.invoke(app, ["bronnen", "-f", "json"]).stdout)}
    for b in data["bevindingen"]:
        assert b["regel"] in regels and set(b["bronnen"]) <= bronnen


def test_source_date_epoch_and_same_bytes(werkmap: Path, runner_env: dict[str, str]) -> None:
    env = {**runner_env, "SOURCE_DATE_EPOCH": "1798761600"}  # 2027-01-01
    args = ["analyse", str(werkmap / "plein.yaml"), "-o", "-"]
    eerste = runner.invoke(app, args, env=env).stdout
    tweede = runner.invoke(app, args, env=env).stdout
    assert eerste == tweede and "1 januari 2027" in eerste
    fout = runner.invoke(app, args, env={**runner_env, "SOURCE_DATE_EPOCH": "gisteren"})
    assert fout.exit_code == 1 and "SOURCE_DATE_EPOCH" in fout.output
    fout = runner.invoke(app, [*args, "--datum", "2027-02-30"], env=runner_env)
    assert fout.exit_code == 2 and "geen geldige datum" in fout.output


def test_controleer_equal_changed_and_missing(werkmap: Path, runner_env: dict[str, str]) -> None:
    doel = werkmap / "advies.md"
    args = ["analyse", str(werkmap / "plein.yaml"), "-o", str(doel), "--datum", "2026-11-28"]
    assert runner.invoke(app, [*args, "--controleer"], env=runner_env).exit_code == 1
    assert not doel.exists()
    assert runner.invoke(app, args, env=runner_env).exit_code == 0
    gelijk = runner.invoke(app, [*args, "--controleer"], env=runner_env)
    assert gelijk.exit_code == 0 and "ongewijzigd" in gelijk.stdout
    voor = doel.stat().st_mtime_ns
    doel.write_text(doel.read_text("utf-8").replace("Voorbeeldstad", "Andere stad"), "utf-8")
    inhoud = doel.read_bytes()
    anders = runner.invoke(app, [*args, "--controleer"], env=runner_env)
    assert anders.exit_code == 1
    assert "-Andere stad" in anders.stdout and "+Voorbeeldstad" in anders.stdout
    assert doel.read_bytes() == inhoud and doel.stat().st_mtime_ns >= voor


def test_batch_goes_on_past_a_bad_file(werkmap: Path, runner_env: dict[str, str]) -> None:
    (werkmap / "kapot.yaml").write_text("titel: [\n", "utf-8")
    shutil.copy(ROOT / "vraagstukken" / "speeltuin.yaml", werkmap / "speeltuin.yaml")
    uit = werkmap / "rapporten"
    uitslag = runner.invoke(
        app,
        [
            "analyse",
            str(werkmap / "plein.yaml"),
            str(werkmap / "kapot.yaml"),
            str(werkmap / "speeltuin.yaml"),
            "-o",
            str(uit),
            "--datum",
            "2026-11-28",
        ],
        env=runner_env,
    )
    assert uitslag.exit_code == 1
    assert sorted(p.name for p in uit.iterdir()) == ["plein.advies.md", "speeltuin.advies.md"]
    assert f"{werkmap / 'kapot.yaml'}:2:1:" in uitslag.output
    assert "3 bestanden: 2 in orde, 1 met problemen" in uitslag.output


def test_never_overwrites_the_input(werkmap: Path, runner_env: dict[str, str]) -> None:
    invoer = werkmap / "plein.yaml"
    voor = invoer.read_bytes()
    uitslag = runner.invoke(app, ["analyse", str(invoer), "-o", str(invoer)], env=runner_env)
    # a report is never written to a .yaml name: a usage error, before anything is read
    assert uitslag.exit_code == 2 and "invoerbestand" in uitslag.output
    assert invoer.read_bytes() == voor
    anders = werkmap / "plein.vraagstuk"
    anders.write_bytes(voor)
    uitslag = runner.invoke(app, ["analyse", str(anders), "-o", str(anders)], env=runner_env)
    assert uitslag.exit_code == 1 and "dit is het invoerbestand" in uitslag.output
    assert anders.read_bytes() == voor


def test_invalid_vraagstuk_exit_1_with_positions(werkmap: Path, runner_env: dict[str, str]) -> None:
    kapot = werkmap / "kapot.yaml"
    kapot.write_text(
        VOORBEELD.read_text("utf-8").replace("invloed: hoog", "invloed: hooog", 1), "utf-8"
    )
    uitslag = runner.invoke(app, ["analyse", str(kapot)], env=runner_env)
    assert uitslag.exit_code == 1
    assert "belanghebbenden[1].invloed" in uitslag.output and "Bedoelde u 'hoog'?" in uitslag.output
    assert not (werkmap / "kapot.advies.md").exists()


def test_regels_lists_every_rule_with_sources(runner_env: dict[str, str]) -> None:
    data = json.loads(runner.invoke(app, ["regels", "-f", "json"], env=runner_env).stdout)
    assert len(data) >= 30
    assert all(r["uitleg"] and r["bronnen"] and r["titel"] for r in data)
    tekst = runner.invoke(app, ["regels"], env=runner_env)
    assert tekst.exit_code == 0 and "TREDE-PLAFOND" in tekst.stdout


def test_rules_page_equals_generated(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["regels", "--formaat", "md"], env=runner_env)
    pagina = (ROOT / "docs" / "regels.md").read_text(encoding="utf-8")
    assert uitslag.stdout == pagina, "draai: pionieren regels --formaat md > docs/regels.md"


def test_a_batch_reads_the_own_werkvormen_file_once(
    werkmap: Path, runner_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pionieren.knowledge import load

    eigen = werkmap / "eigen.yaml"
    eigen.write_text("werkvormen:\n  - id: informatiebrief\n    kosten_euro: [100, 900]\n", "utf-8")
    shutil.copy(VOORBEELD, werkmap / "tweede.yaml")
    gelezen: list[Path | None] = []
    origineel = load.load_kennis

    def load_kennis(pad: Path | None = None, naam: str | None = None) -> load.Kennis:
        gelezen.append(pad)
        return origineel(pad, naam)

    monkeypatch.setattr(load, "load_kennis", load_kennis)
    uitslag = runner.invoke(
        app,
        [
            "analyse",
            str(werkmap / "plein.yaml"),
            str(werkmap / "tweede.yaml"),
            "--datum",
            "2026-11-28",
            "--werkvormen",
            str(eigen),
            "--uitvoer",
            str(werkmap / "uit"),
        ],
        env=runner_env,
    )
    assert uitslag.exit_code == 0, uitslag.output
    assert gelezen == [eigen]

"""CLI wiring of werkvormen, werkvorm, bronnen and ladder."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pionieren.cli import app

runner = CliRunner()
VELDEN = {
    "id",
    "naam",
    "omschrijving",
    "modi",
    "treden",
    "deelnemers",
    "kosten_euro",
    "weken",
    "kanaal",
    "bereikt",
    "verbreding_of_verdieping",
    "valkuilen",
    "randvoorwaarden",
    "bronnen",
}


def test_werkvormen_json(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["werkvormen", "--formaat", "json"], env=runner_env)
    assert uitslag.exit_code == 0, uitslag.output
    data = json.loads(uitslag.stdout)
    assert len(data) >= 35
    bronnen = {
        b["id"]
        for b in json.loads(
            runner.invoke(app, ["bronnen", "--formaat", "json"], env=runner_env).stdout
        )
    }
    for w in data:
        assert set(w) >= VELDEN
        for veld in ("kosten_euro", "weken", "deelnemers"):
            assert isinstance(w[veld], list) and len(w[veld]) == 2 and w[veld][0] <= w[veld][1]
        assert set(w["bronnen"]) <= bronnen


def test_werkvormen_filters_combine_in_cli(runner_env: dict[str, str]) -> None:
    args = [
        "werkvormen",
        "-f",
        "json",
        "--modus",
        "doen",
        "--kanaal",
        "fysiek",
        "--max-kosten",
        "2000",
    ]
    data = json.loads(runner.invoke(app, args, env=runner_env).stdout)
    assert data
    assert all(
        "doen" in w["modi"] and w["kanaal"] == "fysiek" and w["kosten_euro"][0] <= 2000
        for w in data
    )


def test_werkvormen_table_at_100_columns(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["werkvormen"], env=runner_env)
    assert uitslag.exit_code == 0
    regels = uitslag.stdout.splitlines()
    assert max(len(r.rstrip()) for r in regels) <= 100
    assert any("€ 80.000–300.000" in r for r in regels)
    assert "…" not in uitslag.stdout


def test_werkvormen_no_result(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["werkvormen", "--max-kosten", "0"], env=runner_env)
    assert uitslag.exit_code == 0
    assert "Geen werkvormen gevonden" in uitslag.stdout


def test_werkvormen_markdown_equals_docs(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["werkvormen", "--formaat", "md"], env=runner_env)
    docs = Path(__file__).resolve().parents[2] / "docs" / "werkvormen.md"
    assert uitslag.stdout == docs.read_text(encoding="utf-8")


def test_werkvorm_card_and_unknown_id(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["werkvorm", "keukentafelgesprek"], env=runner_env)
    assert uitslag.exit_code == 0
    assert "Keukentafelgesprekken" in uitslag.stdout and "Valkuilen" in uitslag.stdout
    fout = runner.invoke(app, ["werkvorm", "keukentafel-gesprek"], env=runner_env)
    assert fout.exit_code == 2  # an unknown id is a wrong use of the command
    assert "Bedoelde u 'keukentafelgesprek'?" in fout.output


def test_own_file_via_option_and_broken_file(runner_env: dict[str, str], tmp_path: Path) -> None:
    eigen = tmp_path / "eigen.yaml"
    eigen.write_text("werkvormen:\n  - id: enquete\n    kosten_euro: [100, 200]\n", "utf-8")
    data = json.loads(
        runner.invoke(
            app, ["werkvormen", "-f", "json", "--werkvormen", str(eigen)], env=runner_env
        ).stdout
    )
    enquete = next(w for w in data if w["id"] == "enquete")
    assert enquete["kosten_euro"] == [100, 200] and enquete["herkomst"] == "aangepast"
    eigen.write_text("werkvormen:\n  - id: enquete\n    kosten_euro: [200, 100]\n", "utf-8")
    fout = runner.invoke(app, ["werkvormen", "--werkvormen", str(eigen)], env=runner_env)
    assert fout.exit_code == 1
    assert f"{eigen}:3:18: werkvormen[1].kosten_euro:" in fout.output


def test_bronnen_and_ladder(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["bronnen"], env=runner_env)
    assert uitslag.exit_code == 0 and "pionieren-2017" in uitslag.stdout
    ladder = json.loads(runner.invoke(app, ["ladder", "-f", "json"], env=runner_env).stdout)
    assert ladder["treden"][0]["id"] == "informeren"


def test_teksten_prints_the_wording_layer() -> None:
    from importlib import resources

    uitslag = runner.invoke(app, ["teksten"])
    assert uitslag.exit_code == 0
    ingebouwd = resources.files("pionieren.knowledge").joinpath("teksten.yaml").read_text("utf-8")
    assert uitslag.stdout == ingebouwd
    assert "POORT-BESLUIT-GENOMEN:" in uitslag.stdout

"""``pionieren valideer`` shows instrument hints as tips (fixed width, no colour)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pionieren.cli import app

runner = CliRunner()

VRAAGSTUK = """\
titel: Speeltuin in eigen beheer
gemeente: Teststad
omschrijving: >-
  Ouders willen de speeltuin zelf beheren en vragen het onderhoudsbudget
  over te dragen (uitdaagrecht). Het college stelt een klankbordgroep in.
initiatiefnemer: inwoners
fase: verkenning
schaal: buurt
kaders:
  beinvloedingsruimte: groot
belanghebbenden:
  - {naam: Ouders, soort: inwoners, invloed: middel, belang: hoog}
"""


def _bestand(tmp_path: Path, tekst: str = VRAAGSTUK) -> Path:
    pad = tmp_path / "speeltuin.yaml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_valideer_prints_tips_and_exits_0(runner_env: dict[str, str], tmp_path: Path) -> None:
    pad = _bestand(tmp_path)
    uitslag = runner.invoke(app, ["valideer", str(pad)], env=runner_env)
    assert uitslag.exit_code == 0, uitslag.output
    regels = uitslag.output.splitlines()
    assert regels[0] == f"✓ {pad}: in orde"
    assert regels[1] == (
        f"{pad}:5:19: Tip: De omschrijving noemt het uitdaagrecht, maar besluit.procedure en "
        "werkvormen zeggen daar niets over — gaat het om een verzoek onder het uitdaagrecht? "
        "Zo ja: vul besluit.procedure in met ‘uitdaagrecht_verzoek’, of zet ‘uitdaagrecht’ "
        "onder werkvormen (status: voorgesteld als het nog maar een voorstel is)."
    )
    assert regels[2].startswith(f"{pad}:5:56: Tip: De omschrijving noemt een klankbordgroep,")
    assert "‘klankbordgroep’ onder werkvormen" in regels[2]
    assert len(regels) == 3


def test_valideer_no_tip_when_fields_say_it(runner_env: dict[str, str], tmp_path: Path) -> None:
    tekst = VRAAGSTUK + "besluit: {procedure: uitdaagrecht_verzoek}\nwerkvormen: [klankbordgroep]\n"
    pad = _bestand(tmp_path, tekst)
    uitslag = runner.invoke(app, ["valideer", str(pad)], env=runner_env)
    assert uitslag.exit_code == 0
    assert uitslag.output == f"✓ {pad}: in orde\n"


def test_valideer_summary_counts_tips(runner_env: dict[str, str], tmp_path: Path) -> None:
    pad = _bestand(tmp_path)
    uitslag = runner.invoke(app, ["valideer", str(pad), str(pad)], env=runner_env)
    assert uitslag.exit_code == 0
    assert uitslag.output.splitlines()[-1] == (
        "2 bestanden gecontroleerd: 2 in orde, 0 met problemen; 4 tips"
    )


def test_valideer_json_lists_tips(runner_env: dict[str, str], tmp_path: Path) -> None:
    pad = _bestand(tmp_path)
    uitslag = runner.invoke(app, ["valideer", "--formaat", "json", str(pad)], env=runner_env)
    assert uitslag.exit_code == 0
    data = json.loads(uitslag.stdout)
    assert data["geldig"] is True
    (bestand,) = data["bestanden"]
    assert bestand["problemen"] == []
    eerste, tweede = bestand["tips"]
    assert eerste == {
        "bestand": str(pad),
        "regel": 5,
        "kolom": 19,
        "instrument": "uitdaagrecht",
        "woord": "uitdaagrecht",
        "pad": "omschrijving",
        "suggesties": [
            {"veld": "besluit.procedure", "waarde": "uitdaagrecht_verzoek"},
            {"veld": "werkvormen", "waarde": "uitdaagrecht"},
        ],
        "melding": eerste["melding"],
        "code": "instrument",
    }
    assert tweede["suggesties"] == [{"veld": "werkvormen", "waarde": "klankbordgroep"}]


def test_valideer_json_no_tips_for_a_broken_file(
    runner_env: dict[str, str], tmp_path: Path
) -> None:
    pad = _bestand(tmp_path, VRAAGSTUK.replace("schaal: buurt", "schaal: buurtje"))
    uitslag = runner.invoke(app, ["valideer", "-f", "json", str(pad)], env=runner_env)
    assert uitslag.exit_code == 1
    (bestand,) = json.loads(uitslag.stdout)["bestanden"]
    assert bestand["tips"] == [] and bestand["problemen"]


def test_valideer_github_notices(runner_env: dict[str, str], tmp_path: Path) -> None:
    pad = _bestand(tmp_path)
    uitslag = runner.invoke(app, ["valideer", "-f", "github", str(pad)], env=runner_env)
    assert uitslag.exit_code == 0
    eerste, tweede = uitslag.stdout.splitlines()
    assert eerste.startswith(f"::notice file={pad},line=5,col=19,title=Tip::De omschrijving noemt")
    assert tweede.startswith(f"::notice file={pad},line=5,col=56,title=Tip::")

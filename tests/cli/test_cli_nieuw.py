"""CLI wiring of ``pionieren nieuw``: the questions, the example, and never overwriting.

The answers go in through ``input=`` (fixed width, no colour); ``--vragen`` asks the questions
although the test's stdin is no terminal.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.input.load import load_vraagstuk
from pionieren.input.nieuw import SCHEMA_REGEL, voorbeeld_yaml

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "nieuw"

runner = CliRunner()

# One answer per line, in the order of the questions. Some answers are wrong on purpose: they
# are asked again with the reason.
ANTWOORDEN = [
    "Herinrichting Kerkplein",  # titel
    "Dorpswijk",  # gemeente
    "",  # omschrijving: empty is not allowed ...
    "Hoe richten we het Kerkplein opnieuw in?",  # ... asked again
    "1",  # initiatiefnemer by number: gemeente
    "",  # fase: the default, beleidsvorming
    "kern",  # schaal
    "veel",  # beinvloedingsruimte: not a choice ...
    "middel",  # ... asked again
    "De kerk blijft bereikbaar voor rouwstoeten.",  # vast 1
    "",  # no more vast
    "De plek van de bankjes",  # open 1
    "groot",  # its own ruimte
    "De keuze van bomen",  # open 2
    "",  # the ruimte of the whole case
    "",  # no more open points
    "30-06-2027",  # besluit_uiterlijk: wrong form ...
    "2027-06-30",  # ... asked again
    "€ 40.000",  # budget: read as 40000
    "",  # raad_kaders_gesteld: default n
    "n",  # besluit_al_genomen
    "college",  # besluit.door
    "",  # procedure: not known
    "adviseren",  # ambitie
    "Omwonenden Kerkplein",  # belanghebbende 1
    "inwoners",
    "laag",
    "hoog",
    "",  # houding: onbekend
    "matig",
    "via de buurtvereniging",  # asked because the group is not easy to reach
    "ouderen, 7",  # kenmerken by name and number (kinderen)
    "120",
    "j",  # another one
    "omwonenden kerkplein",  # the same name ...
    "Kerkbestuur",  # ... asked again
    "3",  # maatschappelijke_organisatie
    "hoog",
    "middel",
    "tegen",
    "",
    "",
    "",
    "n",  # done
]


def _invoke(args: list[str], env: dict[str, str], invoer: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, args, input=invoer, env=env)


def test_the_questions_write_a_file_that_validates(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    doel = tmp_path / "kerkplein.yaml"
    uitslag = _invoke(["nieuw", "--vragen", str(doel)], runner_env, "\n".join(ANTWOORDEN) + "\n")
    assert uitslag.exit_code == 0, uitslag.output
    # Wrong answers are asked again, with the reason in Dutch.
    assert "Dat kan niet: Dit veld is leeg; vul hier een tekst in." in uitslag.output
    assert "'veel' is geen toegestane waarde. Kies uit: geen, klein, middel, groot." in (
        uitslag.output
    )
    assert "hier hoort een datum in de vorm JJJJ-MM-DD" in uitslag.output.replace("Hier", "hier")
    assert "Die naam heeft u al gebruikt" in uitslag.output
    # The allowed values are shown and explained (the ladder names the highest step).
    assert "groot   hoogstens meebeslissen" in uitslag.output
    assert f"Vraagstuk geschreven: {doel}" in uitslag.output

    tekst = doel.read_text(encoding="utf-8")
    assert tekst.startswith(SCHEMA_REGEL + "\n")
    vraagstuk = load_vraagstuk(doel)
    assert vraagstuk.titel == "Herinrichting Kerkplein"
    assert vraagstuk.initiatiefnemer.value == "gemeente"
    assert vraagstuk.fase.value == "beleidsvorming"
    assert vraagstuk.kaders.beinvloedingsruimte.value == "middel"
    assert [o.onderwerp for o in vraagstuk.kaders.open] == [
        "De plek van de bankjes",
        "De keuze van bomen",
    ]
    assert [o.ruimte for o in vraagstuk.kaders.open][1] is None
    assert vraagstuk.kaders.budget_euro == 40000
    assert str(vraagstuk.kaders.besluit_uiterlijk) == "2027-06-30"
    assert vraagstuk.besluit is not None and vraagstuk.besluit.door == "college"
    assert [p.naam for p in vraagstuk.belanghebbenden] == ["Omwonenden Kerkplein", "Kerkbestuur"]
    assert [k.value for k in vraagstuk.belanghebbenden[0].kenmerken] == ["ouderen", "kinderen"]
    assert vraagstuk.belanghebbenden[0].via == "via de buurtvereniging"
    assert vraagstuk.belanghebbenden[1].via is None

    # valideer accepts it, and analyse advises on it.
    assert _invoke(["valideer", str(doel)], runner_env).exit_code == 0
    advies = _invoke(["analyse", str(doel), "--uitvoer", "-", "--datum", "2026-11-29"], runner_env)
    assert advies.exit_code == 0, advies.output
    assert "Participatieadvies: Herinrichting Kerkplein" in advies.output


def test_without_a_terminal_the_example_is_written(
    tmp_path: Path, runner_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    uitslag = _invoke(["nieuw"], runner_env)  # the runner's stdin is no terminal
    assert uitslag.exit_code == 0, uitslag.output
    assert "Voorbeeld geschreven: vraagstuk.yaml (er is geen terminal voor de vragen)" in (
        uitslag.output
    )
    tekst = (tmp_path / "vraagstuk.yaml").read_text(encoding="utf-8")
    assert tekst == (GOLDEN / "voorbeeld.yaml").read_text(encoding="utf-8")
    assert _invoke(["valideer", "vraagstuk.yaml"], runner_env).exit_code == 0


def test_geen_vragen_and_the_screen(runner_env: dict[str, str]) -> None:
    uitslag = _invoke(["nieuw", "--geen-vragen", "-"], runner_env, "dit wordt niet gelezen\n")
    assert uitslag.exit_code == 0
    assert uitslag.stdout == voorbeeld_yaml("vraagstuk.yaml")


def test_questions_with_the_screen_as_target_keep_stdout_for_the_file(
    runner_env: dict[str, str],
) -> None:
    uitslag = _invoke(["nieuw", "--vragen", "-"], runner_env, "\n".join(ANTWOORDEN) + "\n")
    assert uitslag.exit_code == 0, uitslag.output
    assert uitslag.stdout.startswith(SCHEMA_REGEL + "\n")
    assert "Titel" in uitslag.stderr and "Titel" not in uitslag.stdout.split("\n", 1)[0]
    assert "Dat kan niet" not in uitslag.stdout


def test_schema_can_point_to_a_local_file(tmp_path: Path, runner_env: dict[str, str]) -> None:
    doel = tmp_path / "vraagstukken" / "plein.yaml"
    adres = "../schema/vraagstuk.schema.json"
    uitslag = _invoke(["nieuw", "--geen-vragen", "--schema", adres, str(doel)], runner_env)
    assert uitslag.exit_code == 0, uitslag.output
    eerste = doel.read_text(encoding="utf-8").splitlines()[0]
    assert eerste == f"# yaml-language-server: $schema={adres}"
    uitslag = _invoke(["nieuw", "--geen-vragen", "--schema", "twee woorden", "-"], runner_env)
    assert uitslag.exit_code == 2
    assert "--schema: geef één webadres of pad, zonder spaties." in uitslag.output


def test_a_name_without_yaml_is_refused(tmp_path: Path, runner_env: dict[str, str]) -> None:
    uitslag = _invoke(["nieuw", "--geen-vragen", str(tmp_path / "plein.txt")], runner_env)
    assert uitslag.exit_code == 2
    assert "een vraagstukbestand eindigt op .yaml" in uitslag.output
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_never_overwritten_without_asking(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    doel = tmp_path / "vraagstuk.yaml"
    doel.write_text("van mij\n", encoding="utf-8")
    uitslag = _invoke(["nieuw", "--vragen", str(doel)], runner_env, "Titel\n")
    assert uitslag.exit_code == 2
    assert "bestaat al. Kies een andere naam, of gebruik --overschrijven" in uitslag.output
    assert "Titel" not in uitslag.output  # refused before the first question
    assert doel.read_text(encoding="utf-8") == "van mij\n"

    uitslag = _invoke(["nieuw", "--geen-vragen", "--overschrijven", str(doel)], runner_env)
    assert uitslag.exit_code == 0
    assert doel.read_text(encoding="utf-8").startswith(SCHEMA_REGEL)


def test_a_link_or_a_folder_is_refused(tmp_path: Path, runner_env: dict[str, str]) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(tmp_path / "elders.yaml")
    uitslag = _invoke(["nieuw", "--geen-vragen", "--overschrijven", str(link)], runner_env)
    assert uitslag.exit_code == 2
    assert "symbolische link" in uitslag.output
    assert not (tmp_path / "elders.yaml").exists()
    uitslag = _invoke(["nieuw", "--geen-vragen", str(tmp_path)], runner_env)
    assert uitslag.exit_code == 2
    assert "is een map" in uitslag.output


def test_input_that_ends_early_writes_nothing(tmp_path: Path, runner_env: dict[str, str]) -> None:
    doel = tmp_path / "half.yaml"
    uitslag = _invoke(["nieuw", "--vragen", str(doel)], runner_env, "Titel\nGemeente\n")
    assert uitslag.exit_code == 130
    assert "Afgebroken: er is niets geschreven." in uitslag.output
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_writes_nothing(
    tmp_path: Path, runner_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.prompt import Prompt

    def onderbreken(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(Prompt, "ask", onderbreken)
    uitslag = _invoke(["nieuw", "--vragen", str(tmp_path / "x.yaml")], runner_env)
    assert uitslag.exit_code == 130
    assert "Afgebroken: er is niets geschreven." in uitslag.output
    assert "Traceback" not in uitslag.output
    assert list(tmp_path.iterdir()) == []

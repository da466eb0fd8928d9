"""Help that reads well: Dutch, no internal type names, a sensible order, examples, completion,
and a reference in docs/opdrachten.md that is made from the help and checked here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.cli.hulp import VOLGORDE, reference

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()
OPDRACHTEN = [naam for _, namen in VOLGORDE for naam in namen]
ENV = {"COLUMNS": "100", "TERMINAL_WIDTH": "100", "NO_COLOR": "1"}


def _help(*opdracht: str, breedte: int = 100) -> str:
    env = {**ENV, "COLUMNS": str(breedte), "TERMINAL_WIDTH": str(breedte)}
    uitslag = runner.invoke(app, [*opdracht, "--help"], env=env, prog_name="pionieren")
    assert uitslag.exit_code == 0, uitslag.output
    return "\n".join(regel.rstrip() for regel in uitslag.output.splitlines()) + "\n"


def test_every_command_is_in_the_order_and_in_the_reference() -> None:
    geregistreerd = {info.name or info.callback.__name__ for info in app.registered_commands}  # type: ignore[union-attr]
    assert geregistreerd == set(OPDRACHTEN)
    readme = (ROOT / "README.md").read_text("utf-8")
    for naam in OPDRACHTEN:
        assert f"`pionieren {naam}" in readme, f"{naam} staat niet in de README"


@pytest.mark.parametrize("opdracht", [[], *[[naam] for naam in OPDRACHTEN]])
def test_help_has_no_internal_type_names_and_no_english(opdracht: list[str]) -> None:
    tekst = _help(*opdracht)
    for fout in ("<bool>", "<list", "<int", "<Path>", "<str>", "{BESTAND", "COMMAND", "[ARGS]"):
        assert fout not in tekst, (opdracht, fout)
    for engels in ("Usage:", "Options", "Arguments", "Commands", "Show this message", "default:"):
        assert engels not in tekst, (opdracht, engels)


def test_main_help_lists_analyse_and_valideer_first_and_the_exit_codes() -> None:
    tekst = _help()
    assert "Gebruik: pionieren [OPTIES] OPDRACHT [ARGUMENTEN]..." in tekst
    plekken = [tekst.index(f" {naam} ") for naam in ("analyse", "valideer", "werkvormen")]
    assert plekken == sorted(plekken)
    assert "Exitcodes: 0 in orde" in " ".join(tekst.split())
    assert "130 afgebroken met Ctrl-C" in " ".join(tekst.split())


def test_analyse_help_has_examples_and_wraps_only_at_the_width() -> None:
    tekst = _help("analyse", breedte=200)
    assert "Gebruik: pionieren analyse [OPTIES] BESTAND..." in tekst
    assert "  pionieren analyse plein.yaml -o rapport.pdf" in tekst
    # A paragraph is one line at 200 columns: no line break inside a sentence.
    assert "Bij meerdere bestanden gaat pionieren door na een fout bestand" in tekst


def test_choices_are_listed_in_words() -> None:
    tekst = " ".join(_help("werkvormen", breedte=200).split())
    assert "Kies uit: denken, besluiten of doen." in tekst
    assert "--modus MODUS..." in tekst


def test_the_reference_in_docs_is_made_from_the_help(golden) -> None:  # type: ignore[no-untyped-def]
    golden(ROOT / "docs" / "opdrachten.md", reference())


def test_golden_main_help(golden) -> None:  # type: ignore[no-untyped-def]
    golden(ROOT / "tests" / "golden" / "hulp" / "pionieren.txt", _help())
    golden(ROOT / "tests" / "golden" / "hulp" / "analyse.txt", _help("analyse"))


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish", "powershell"])
def test_completion_script_for_every_shell(shell: str) -> None:
    uitslag = runner.invoke(app, ["aanvulling", shell], env=ENV)
    assert uitslag.exit_code == 0
    assert "_PIONIEREN_COMPLETE" in uitslag.output and "pionieren" in uitslag.output


def test_completion_completes_commands_and_choices() -> None:
    env = {**os.environ, "_PIONIEREN_COMPLETE": "complete_bash", "COMP_CWORD": "1"}
    uit = subprocess.run(
        [sys.executable, "-m", "pionieren"],
        env={**env, "COMP_WORDS": "pionieren ana"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert uit.stdout.split() == ["analyse"], uit.stderr
    uit = subprocess.run(
        [sys.executable, "-m", "pionieren"],
        env={**env, "COMP_WORDS": "pionieren werkvormen --modus d", "COMP_CWORD": "3"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert sorted(uit.stdout.split()) == ["denken", "doen"], uit.stderr


def test_debug_shows_the_traceback_of_an_internal_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import pionieren.pipeline

    def kapot(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr(pionieren.pipeline, "run", kapot)
    zonder = runner.invoke(app, ["analyse", "x.yaml"], env=ENV)
    assert zonder.exit_code == 70 and "Traceback" not in zonder.output
    assert "--debug" in zonder.output
    met = runner.invoke(app, ["--debug", "analyse", "x.yaml"], env=ENV)
    assert met.exit_code == 70 and "Traceback" in met.output and "RuntimeError: kapot" in met.output

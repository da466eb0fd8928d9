"""The order of the commands in ``pionieren --help``, shell completion, and the help reference.

Why: a new user reads ``pionieren --help`` top down, so the main work (analyse, valideer) comes
first and the knowledge base after it. Completion saves typing command and option names. The
reference in ``docs/opdrachten.md`` is made from the same help screens, and a test checks that
it is up to date, so the docs never drift from the program.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from pionieren.cli.base import app

# Panel, then the commands in the order a new user needs them.
VOLGORDE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Advies", ("nieuw", "analyse", "valideer", "sjablonen", "schema")),
    ("Evaluatie en leerarena", ("evalueer", "leerarena", "verslag")),
    ("Kennisbank", ("werkvormen", "werkvorm", "ladder", "bronnen", "regels", "teksten")),
    ("Hulp", ("aanvulling",)),
)


def order_commands() -> None:
    """Sort the registered commands and give each its panel; unknown commands go last."""
    plek = {naam: i for i, (_, namen) in enumerate(VOLGORDE) for naam in namen}
    rangorde = [naam for _, namen in VOLGORDE for naam in namen]
    paneel = {naam: titel for titel, namen in VOLGORDE for naam in namen}
    for info in app.registered_commands:
        naam = info.name or (info.callback.__name__ if info.callback else "")
        if naam in plek:
            info.rich_help_panel = paneel[naam]

    def sleutel(info: typer.models.CommandInfo) -> int:
        naam = info.name or (info.callback.__name__ if info.callback else "")
        return rangorde.index(naam) if naam in rangorde else len(rangorde)

    app.registered_commands.sort(key=sleutel)


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"
    powershell = "powershell"


COMPLETE_VAR = "_PIONIEREN_COMPLETE"


@app.command()
def aanvulling(
    shell: Annotated[
        Shell,
        typer.Argument(
            help="Uw shell: bash, zsh, fish of powershell.", show_default=False, metavar="SHELL"
        ),
    ],
) -> None:
    """Toon het script dat opdrachten en opties aanvult met Tab, voor uw shell.

    Zet het in het opstartbestand van uw shell:

    \b
      bash:        pionieren aanvulling bash >> ~/.bashrc
      zsh:         pionieren aanvulling zsh >> ~/.zshrc
      fish:        pionieren aanvulling fish > ~/.config/fish/completions/pionieren.fish
      PowerShell:  pionieren aanvulling powershell >> $PROFILE

    Open daarna een nieuw venster.
    """
    from typer._completion_shared import get_completion_script

    typer.echo(
        get_completion_script(prog_name="pionieren", complete_var=COMPLETE_VAR, shell=shell.value)
    )


def reference() -> str:
    """The help of every command as Markdown, at a fixed width: ``docs/opdrachten.md``."""
    from typer.testing import CliRunner

    runner = CliRunner()
    env = {"COLUMNS": "100", "TERMINAL_WIDTH": "100", "NO_COLOR": "1"}
    delen = [
        "# Opdrachten\n",
        "Deze pagina is gemaakt uit `pionieren --help` en `pionieren OPDRACHT --help` "
        "(`pytest tests/cli/test_cli_hulp.py --update-goldens` maakt hem opnieuw); een test "
        "controleert dat hij klopt.\n",
    ]
    opdrachten: list[list[str]] = [[], *([naam] for _, namen in VOLGORDE for naam in namen)]
    for opdracht in opdrachten:
        uitslag = runner.invoke(app, [*opdracht, "--help"], env=env, prog_name="pionieren")
        tekst = "\n".join(regel.rstrip() for regel in uitslag.output.splitlines()).strip("\n")
        kop = " ".join(["pionieren", *opdracht])
        delen.append(f"## `{kop}`\n\n```text\n{tekst}\n```\n")
    return "\n".join(delen)

"""The Typer application: its options, the Rich console and the mapping of errors to exit codes.

The commands live in the modules next to this one; importing this module registers them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from pionieren import __version__
from pionieren.cli import nl

if TYPE_CHECKING:
    from rich.console import Console

    from pionieren.errors import Probleem

nl.install()

app = typer.Typer(
    name="pionieren",
    help=(
        "Ontwerp burgerparticipatie goed. Beschrijf een vraagstuk in YAML en krijg een "
        "onderbouwd advies over belanghebbenden, de participatieladder, de rolverdeling en "
        "een mix van werkvormen."
    ),
    epilog=(
        "Voorbeeld: pionieren analyse vraagstukken/marktplein.yaml. Meer over een opdracht: "
        "pionieren OPDRACHT --help.\n\n"
        "Exitcodes: 0 in orde; 1 een invoerbestand klopt niet of --controleer vond een "
        "verschil; 2 de opdracht is verkeerd gebruikt; 3 een sjabloon is niet te gebruiken; "
        "70 interne fout (meld die alstublieft; --debug toont de details); 130 afgebroken met "
        "Ctrl-C."
    ),
    no_args_is_help=True,
    options_metavar="[OPTIES]",
    subcommand_metavar="OPDRACHT [ARGUMENTEN]...",
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)

F = TypeVar("F", bound=Callable[..., Any])


def console(stderr: bool = False) -> Console:
    """A Rich console that honours NO_COLOR and COLUMNS (fixed in tests and CI).

    In a pipe or file nothing wraps and no line ends in spaces (see :mod:`pionieren.cli.terminal`).
    """
    import sys

    from pionieren.cli import terminal

    stroom = sys.stderr if stderr else sys.stdout
    return terminal.PipeConsole(
        file=stroom if terminal.is_terminal(stroom) else terminal.NoTrailingSpace(stroom),  # type: ignore[arg-type]
        width=terminal.width(stroom),
        no_color="NO_COLOR" in os.environ,
        highlight=False,
        soft_wrap=False,
    )


def echo(tekst: object, err: bool = False, nl: bool = True, regels: bool = False) -> None:
    """Print text that may hold user text: every control character is made visible.

    Why: a name in a YAML file must not be able to clear the screen or print a fake '✓ in
    orde' (``\\u001b`` and line breaks show as such). ``regels`` keeps the line feeds of text
    that pionieren itself wrote over several lines (a diff, a JSON document).
    """
    from pionieren.safe_text import terminal_safe

    typer.echo(terminal_safe(tekst, regels=regels), err=err, nl=nl)


def echo_problem(probleem: Probleem, err: bool = True) -> None:
    """One problem on one line: 'bestand:regel:kolom: pad: melding'."""
    echo(probleem.als_tekst(), err=err)


@contextmanager
def fouten_afhandelen() -> Iterator[None]:
    """Map pionieren's errors to exit codes. The one place where that happens.

    Exit codes: 0 in orde; 1 a user error (invalid input, a file that cannot be read or
    written, a difference found by --controleer); 2 wrong use of the command; 3 a template
    problem (syntax, refused by the sandbox, over its time or size limit); 70 an internal error:
    a bug in pionieren, never a problem in the user's files.
    """
    from pionieren.errors import InvoerFout, PionierenError, zin

    try:
        yield
    except InvoerFout as e:
        for probleem in e.problemen:
            echo_problem(probleem)
        raise typer.Exit(e.exit_code) from None
    except PionierenError as e:
        echo(f"Fout: {zin(str(e))}", err=True)
        raise typer.Exit(e.exit_code) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt, BrokenPipeError):
        # A closed pipe (``| head -1``) is no error; main() ends the run quietly.
        raise
    except Exception as e:
        if _DEBUG["aan"] or os.environ.get("PIONIEREN_DEBUG"):
            import traceback

            typer.echo("".join(traceback.format_exception(e)), err=True, nl=False)
        echo(f"Interne fout in pionieren {__version__}: {type(e).__name__}: {e}", err=True)
        typer.echo(
            "Dit is een fout in het programma, niet in uw bestand. Meld het alstublieft bij de "
            "ontwikkelaars, met het bestand en de opdracht die u gaf (de details ziet u met "
            "pionieren --debug ...).",
            err=True,
        )
        raise typer.Exit(70) from None


# Set by --debug: an internal error then shows its traceback.
_DEBUG = {"aan": False}


def _version(waarde: bool) -> None:
    if waarde:
        typer.echo(f"pionieren {__version__}")
        raise typer.Exit()


@app.callback()
def hoofd(
    versie: Annotated[
        bool,
        typer.Option(
            "--version",
            "--versie",
            callback=_version,
            is_eager=True,
            help="Toon de versie en stop.",
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="Toon bij een interne fout alle details (voor een foutmelding)."
        ),
    ] = False,
) -> None:
    """Ontwerp burgerparticipatie goed."""
    _DEBUG["aan"] = debug


# Register the commands (each module adds its commands to ``app``).
from pionieren.cli import advies, evaluatie, hulp, invoer, kennis, nieuw, sjablonen  # noqa: E402, F401

hulp.order_commands()

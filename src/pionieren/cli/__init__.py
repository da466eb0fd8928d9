"""The pionieren command line: Typer commands only.

Why: the library decides, the CLI shows. Each command parses its options, calls the library and
prints. Errors become exit codes in one place (:func:`pionieren.cli.base.fouten_afhandelen`).
Heavy modules (pydantic models, the analysis, Jinja, Rich's tables) are imported inside the
commands, so ``pionieren --help`` starts fast; ``pionieren --version`` does not even load Typer.

Exit codes: 0 in orde; 1 invoer ongeldig of verschil gevonden; 2 verkeerd gebruik van de
opdracht; 3 sjabloonfout; 70 interne fout (een fout in pionieren zelf).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pionieren.cli.base import app, console, echo, echo_problem, fouten_afhandelen

__all__ = ["app", "console", "echo", "echo_problem", "fouten_afhandelen", "main"]


def main() -> None:
    """Entry point of the console script."""
    if sys.argv[1:] in (["--version"], ["--versie"]):
        from pionieren import __version__

        print(f"pionieren {__version__}")
        return
    import os

    hulp = sys.argv[1:] == ["--help"]
    if hulp:
        from pionieren.cli import hulpscherm

        if hulpscherm.show():
            return
    from pionieren.cli import terminal

    terminal.prepare_streams()
    if os.environ.get("_PIONIEREN_COMPLETE"):
        # Shell completion (pionieren aanvulling): teach the parser the shells' protocols.
        from typer._completion_classes import completion_init

        completion_init()
    from pionieren.cli.base import app

    alle = list(app.registered_commands)
    if not os.environ.get("_PIONIEREN_COMPLETE"):
        _only_the_command_asked_for(app)
    try:
        if hulp:
            with hulpscherm.Opnemen():  # kept for the next ``pionieren --help``
                app(prog_name="pionieren")
        else:
            app(prog_name="pionieren")
    except SystemExit:
        if terminal.pipe_closed():
            # The reader went away (``pionieren bronnen | head -1``): that is no error.
            terminal.quiet_after_closed_pipe()
            raise SystemExit(0) from None
        raise
    finally:
        app.registered_commands[:] = alle


def _only_the_command_asked_for(app: Any) -> None:
    """``pionieren analyse ...``: the parser is built for that command only.

    Why: Typer builds every command with all its options before it runs one. When the first
    argument names a command, the others cannot be reached in this run (their names, help and
    suggestions only matter for ``pionieren --help`` or a mistyped command, which keep all of
    them), so building them is wasted start-up time.
    """
    from typer.main import get_command_name

    gevraagd = sys.argv[1] if len(sys.argv) > 1 else ""
    gevonden = [
        info
        for info in app.registered_commands
        if (info.name or get_command_name(info.callback.__name__ if info.callback else ""))
        == gevraagd
    ]
    if len(gevonden) == 1:
        app.registered_commands[:] = gevonden


def __getattr__(naam: str) -> Any:
    """``from pionieren.cli import app`` loads the Typer application only when asked for."""
    if naam in ("app", "console", "echo", "echo_problem", "fouten_afhandelen"):
        from pionieren.cli import base

        return getattr(base, naam)
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")

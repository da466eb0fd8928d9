"""Dutch labels for the help screens that Typer draws.

Why: our users read Dutch. Typer keeps its panel titles and a few labels as module constants; we
set them once, before any help is shown.
"""

from __future__ import annotations

from typing import Any

from typer import rich_utils

_LABELS = {
    "ARGUMENTS_PANEL_TITLE": "Argumenten",
    "OPTIONS_PANEL_TITLE": "Opties",
    "COMMANDS_PANEL_TITLE": "Opdrachten",
    "ERRORS_PANEL_TITLE": "Fout",
    "ABORTED_TEXT": "Afgebroken.",
    "DEFAULT_STRING": "[standaard: {}]",
    "REQUIRED_LONG_STRING": "[verplicht]",
    "ENVVAR_STRING": "[omgevingsvariabele: {}]",
    "DEPRECATED_STRING": "(verouderd) ",
    "RICH_HELP": "Typ [blue]'{command_path} {help_option}'[/] voor hulp.",
}


def install() -> None:
    for naam, tekst in _LABELS.items():
        if hasattr(rich_utils, naam):
            setattr(rich_utils, naam, tekst)
    _dutch_help_option()


_HELP_TEXT = "Toon deze hulp en stop."


def _dutch_help_option() -> None:
    """Give the --help option a Dutch text. Defensive: Typer's internals may change."""
    try:
        from typer._click.core import Command  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - older or newer Typer
        try:
            from click.core import Command  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:
            return
    origineel = Command.get_help_option
    if getattr(origineel, "_pionieren", False):
        return

    def get_help_option(self: Any, ctx: Any) -> Any:
        optie = origineel(self, ctx)
        if optie is not None:
            optie.help = _HELP_TEXT
        return optie

    get_help_option._pionieren = True  # type: ignore[attr-defined]
    Command.get_help_option = get_help_option  # type: ignore[method-assign]

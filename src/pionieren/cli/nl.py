"""Dutch labels for the help screens that Typer draws.

Why: our users read Dutch. Typer keeps its panel titles and a few labels as module constants in
``typer.rich_utils``, a module it loads only to draw help or a usage error. We set them the
moment that module is loaded, so an analysis never pays for it. It is loaded without Rich's
Markdown renderer and traceback module (markdown-it and pygments): our help is Rich markup and
our errors are never shown as tracebacks. Should Typer use them after all, the real ones load then.
"""

from __future__ import annotations

import importlib
import re
import sys
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec, PathFinder
from typing import Any

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
    # '[x>=0]' says nothing to a reader; the help text says what a number may be.
    "RANGE_STRING": "",
}


_RICH_UTILS = "typer.rich_utils"
#: Modules that typer.rich_utils imports but our help never uses, with the class it takes.
_LATER = {"rich.markdown": "Markdown", "rich.traceback": "Traceback"}


def install() -> None:
    """Dutch help and errors: now if Typer's Rich module is loaded, else as soon as it is."""
    _dutch_help_option()
    _dutch_usage()
    if _RICH_UTILS in sys.modules:
        _dutch_rich_utils(sys.modules[_RICH_UTILS])
    elif not any(isinstance(f, _RichUtilsFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _RichUtilsFinder())


def _dutch_rich_utils(rich_utils: types.ModuleType) -> None:
    for naam, tekst in _LABELS.items():
        if hasattr(rich_utils, naam):
            setattr(rich_utils, naam, tekst)
    _dutch_errors(rich_utils)
    _readable_types(rich_utils)
    _whole_paragraphs(rich_utils)
    _help_in_pipes(rich_utils)


class _RichUtilsFinder:
    """Finds typer.rich_utils once (an entry in ``sys.meta_path``), and has it made Dutch right
    after it is loaded."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != _RICH_UTILS:
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _RichUtilsLoader(spec.loader)  # type: ignore[assignment]  # duck-typed
        return spec


class _RichUtilsLoader:
    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        module: types.ModuleType | None = self.loader.create_module(spec)
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        with _later(_LATER):
            self.loader.exec_module(module)
        _dutch_rich_utils(module)


@contextmanager
def _later(modules: dict[str, str]) -> Iterator[None]:
    """While in this block, the named modules are stand-ins that load the real module later."""
    geplaatst = {}
    for module, klasse in modules.items():
        if module not in sys.modules:
            stand_in = types.ModuleType(module)
            setattr(stand_in, klasse, _stand_in(module, klasse))
            geplaatst[module] = sys.modules[module] = stand_in
    try:
        yield
    finally:
        for module, stand_in in geplaatst.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]


def _stand_in(module: str, klasse: str) -> type:
    """A class that stands in for ``module.klasse``: using it loads and uses the real one."""

    def echt() -> Any:
        return getattr(importlib.import_module(module), klasse)

    class Later(type):
        def __getattr__(cls, naam: str) -> Any:
            if naam.startswith("__"):
                raise AttributeError(naam)
            return getattr(echt(), naam)

    class StandIn(metaclass=Later):
        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            return echt()(*args, **kwargs)

    StandIn.__name__ = StandIn.__qualname__ = klasse
    return StandIn


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


# Usage errors come from Typer's built-in parser in English; we show them in Dutch.
_FOUTEN: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^Missing argument '(.+)'\.$"),
        "Het argument {0} ontbreekt. Geef bijvoorbeeld een vraagstukbestand.",
    ),
    (re.compile(r"^Missing option '(.+)'\.$"), "De optie {0} ontbreekt."),
    (
        re.compile(r"^No such command '(.+)'\. Did you mean '(.+)'\?$"),
        "De opdracht '{0}' bestaat niet. Bedoelde u '{1}'?",
    ),
    (
        re.compile(r"^No such command '(.+)'\.$"),
        "De opdracht '{0}' bestaat niet. Alle opdrachten: pionieren --help",
    ),
    (
        re.compile(r"^No such option: (\S+)\.? Did you mean (\S+)\?$"),
        "De optie {0} bestaat niet. Bedoelde u {1}?",
    ),
    (
        re.compile(r"^No such option: (\S+) \(Possible options: (.+)\)$"),
        "De optie {0} bestaat niet. Bedoelde u {1}?",
    ),
    (re.compile(r"^No such option: (\S+)\.?$"), "De optie {0} bestaat niet."),
    (re.compile(r"^Option '(.+)' requires an argument\.$"), "De optie {0} heeft een waarde nodig."),
    (re.compile(r"^Got unexpected extra arguments? \((.+)\)$"), "Onverwacht extra argument: {0}."),
    (
        re.compile(r"^Invalid value for (.+?): (?:Value error, )?'(.*)' is not one of (.+)\.$"),
        "Ongeldige waarde voor {0}: '{1}' kan niet. Kies uit: {2}.",
    ),
    (
        re.compile(r"^Invalid value for (.+?): '(.*)' is not a valid integer\.$"),
        "Ongeldige waarde voor {0}: '{1}' is geen heel getal.",
    ),
    (
        re.compile(r"^Invalid value for (.+?): Input should be a valid integer.*$", re.S),
        "Ongeldige waarde voor {0}: geef een heel getal, zoals 5000.",
    ),
    (
        re.compile(r"^Invalid value for (.+?): Input should be greater than or equal to (\S+)$"),
        "Ongeldige waarde voor {0}: de waarde moet minstens {1} zijn.",
    ),
    (
        re.compile(r"^Invalid value for (.+?): (.+) is not in the range (.+)\.$"),
        "Ongeldige waarde voor {0}: {1} valt buiten het bereik {2}.",
    ),
    (re.compile(r"^Invalid value for (.+?): (.+)$", re.S), "Ongeldige waarde voor {0}: {1}"),
)


def dutch_error(tekst: str) -> str:
    """Translate a usage error of the command-line parser; unknown ones stay as they are."""
    for patroon, nederlands in _FOUTEN:
        gevonden = patroon.match(tekst.strip())
        if gevonden:
            return nederlands.format(*gevonden.groups())
    return tekst


def _dutch_errors(rich_utils: types.ModuleType) -> None:
    origineel = rich_utils.rich_format_error
    if getattr(origineel, "_pionieren", False):
        return

    def rich_format_error(fout: Any) -> None:
        try:
            tekst = dutch_error(fout.format_message())
            fout.format_message = lambda: tekst
        except Exception:  # pragma: no cover - never let translation hide the real error
            pass
        origineel(fout)

    rich_format_error._pionieren = True  # type: ignore[attr-defined]
    rich_utils.rich_format_error = rich_format_error  # type: ignore[attr-defined]


def _dutch_usage() -> None:
    try:
        from typer._click.formatting import (  # type: ignore[import-not-found,unused-ignore]
            HelpFormatter,
        )
    except ImportError:  # pragma: no cover
        return
    schrijf = HelpFormatter.write_usage

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        schrijf(self, prog, args, "Gebruik: " if prefix is None else prefix)

    HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]


# What a value is, in words a reader knows, instead of Typer's '<int>', '<Path>', '<list[...]>'.
_SOORT = {int: "GETAL", float: "GETAL", str: "TEKST"}


def _value_name(param: Any) -> str | None:
    """The metavar of an option without one: None for a flag, the option's name for a choice."""
    if getattr(param, "is_flag", False) or getattr(param, "is_bool_flag", False):
        return None
    beschrijving = getattr(param, "type_descriptor", None)
    if beschrijving is None:
        return None
    naam = (param.name or "waarde").upper().replace("_", "-")
    if beschrijving.is_choice:
        return naam
    if beschrijving.is_path:
        return "PAD"
    return _SOORT.get(beschrijving.annotation, naam)


def choices_text(param: Any) -> str | None:
    """'Kies uit: a, b of c.' for an option with choices whose help does not name them all."""
    beschrijving = getattr(param, "type_descriptor", None)
    if beschrijving is None or not beschrijving.is_choice:
        return None
    keuzes = [str(getattr(c, "value", c)) for c in beschrijving.choices or ()]
    if not keuzes or all(k in (param.help or "") for k in keuzes):
        return None
    lijst = keuzes[0] if len(keuzes) == 1 else ", ".join(keuzes[:-1]) + " of " + keuzes[-1]
    return f"Kies uit: {lijst}."


def _readable_types(rich_utils: types.ModuleType) -> None:
    """No internal type names in help: a clean metavar, and the choices in words."""
    try:
        from typer.core import TyperArgument, TyperOption
    except ImportError:  # pragma: no cover
        return
    if getattr(TyperOption.display_type_rich, "_pionieren", False):
        return

    def option_type(self: Any, ctx: Any) -> str | None:
        if self.metavar is not None:
            return str(self.metavar)
        naam = _value_name(self)
        if naam is not None and self.multiple:
            naam += "..."
        return naam

    def argument_type(self: Any, ctx: Any) -> str | None:
        return None  # the name column already shows the argument's metavar

    def usage_name(self: Any) -> str:
        """'BESTAND...' for a required list, '[ID]' for an optional one: never '{BESTAND...}...'."""
        naam = str(self.display_name_raw)
        if self.nargs != 1 and not naam.endswith("..."):
            naam += "..."
        return naam if self.required else f"[{naam}]"

    option_type._pionieren = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = option_type  # type: ignore[method-assign]
    TyperArgument.display_type_rich = argument_type  # type: ignore[method-assign]
    TyperArgument._usage_display_name = usage_name  # type: ignore[method-assign]

    origineel = getattr(rich_utils, "_get_parameter_help")  # noqa: B009

    def parameter_help(*, param: Any, ctx: Any, markup_mode: Any) -> Any:
        extra = choices_text(param)
        if extra and getattr(param, "help", None) is not None:
            param.help = f"{param.help.rstrip()} {extra}"
        elif extra:
            param.help = extra
        return origineel(param=param, ctx=ctx, markup_mode=markup_mode)

    setattr(rich_utils, "_get_parameter_help", parameter_help)  # noqa: B010


def _whole_paragraphs(rich_utils: types.ModuleType) -> None:
    """Join the lines of each paragraph of a command's help, so it wraps at the terminal's width
    only; a paragraph that starts with \\b (examples) keeps its lines, as in Click."""

    def fix_linebreaks(paragraphs: list[str], markup_mode: Any) -> str:
        uit = []
        for alinea in paragraphs:
            if alinea.startswith("\b"):
                uit.append(alinea.lstrip("\b").strip("\n"))
            else:
                uit.append(" ".join(regel.strip() for regel in alinea.splitlines()))
        return "\n\n".join(uit)

    setattr(rich_utils, "_fix_linebreaks", fix_linebreaks)  # noqa: B010


def _help_in_pipes(rich_utils: types.ModuleType) -> None:
    """Help written to a pipe or file has no trailing spaces (Rich pads every line)."""
    origineel = getattr(rich_utils, "_get_rich_console")  # noqa: B009
    if getattr(origineel, "_pionieren", False):
        return

    def get_rich_console(stderr: bool = False) -> Any:
        # Typer reads TERMINAL_WIDTH once, when it loads; we load it late, so read it now
        import os

        breedte = os.environ.get("TERMINAL_WIDTH", "")
        rich_utils.MAX_WIDTH = int(breedte) if breedte.isdigit() else None  # type: ignore[attr-defined]
        scherm = origineel(stderr=stderr)
        if not scherm.is_terminal:
            from pionieren.cli.terminal import NoTrailingSpace

            scherm.file = NoTrailingSpace(scherm.file)
        return scherm

    get_rich_console._pionieren = True  # type: ignore[attr-defined]
    setattr(rich_utils, "_get_rich_console", get_rich_console)  # noqa: B010

"""The screen, a pipe or a file: how pionieren writes to stdout and stderr.

Why: the same command runs in a terminal, in ``| less``, in ``> log.txt`` and in CI. In a
terminal text wraps at the terminal's width; in a pipe or file it never wraps, never truncates a
table and has no trailing spaces, so a URL or a command stays on one line. A console that cannot
show a character (``PYTHONIOENCODING=cp1252``, what ``> log.txt`` gives on many Windows machines)
gets a plain ASCII stand-in instead of a crash. A reader that stops early (``| head -1``) ends the
run quietly with exit code 0.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import sys
import unicodedata
from typing import IO, Any

from rich.console import Console

# Wider than any line pionieren writes: in a pipe or file nothing wraps.
NO_WRAP_WIDTH = 100_000

# Characters outside the legacy code pages that pionieren writes itself, with a readable stand-in.
_ASCII = {
    "✓": "OK",
    "✗": "X",
    "–": "-",
    "—": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
    "→": "->",
    "←": "<-",
    "×": "x",
    "·": "-",
    "•": "*",
    "€": "EUR",
    "≥": ">=",
    "≤": "<=",
    "\u00a0": " ",
    "\u202f": " ",
}

_ERROR_HANDLER = "pionieren-ascii"


def _stand_in(teken: str) -> str:
    if teken in _ASCII:
        return _ASCII[teken]
    # ë -> e, ﬁ -> fi; what has no ASCII form at all becomes '?'.
    kaal = unicodedata.normalize("NFKD", teken).encode("ascii", "ignore").decode("ascii")
    return kaal or "?"


def _replace(fout: UnicodeError) -> tuple[str, int]:
    if not isinstance(fout, UnicodeEncodeError):
        raise fout
    stuk = fout.object[fout.start : fout.end]
    vervanging = "".join(_stand_in(t) for t in stuk)
    # The stand-in must itself be encodable; a code page without ASCII does not exist in practice.
    return vervanging, fout.end


def ascii_fallback(tekst: str, encoding: str) -> str:
    """``tekst`` as ``encoding`` can show it: unknown characters get their ASCII stand-in."""
    return tekst.encode(encoding, errors=_register()).decode(encoding)


def _register() -> str:
    try:
        codecs.lookup_error(_ERROR_HANDLER)
    except LookupError:
        codecs.register_error(_ERROR_HANDLER, _replace)
    return _ERROR_HANDLER


def prepare_streams() -> None:
    """Let stdout and stderr replace what their encoding cannot show, instead of crashing.

    UTF-8 streams are left as they are. The exit code of the command never changes because of a
    character.
    """
    handler = _register()
    for stroom in (sys.stdout, sys.stderr):
        encoding = (getattr(stroom, "encoding", None) or "").lower().replace("_", "-")
        if encoding in ("utf-8", "utf8"):
            continue
        reconfigure = getattr(stroom, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a closed or exotic stream
                reconfigure(errors=handler)


def is_terminal(stroom: IO[Any]) -> bool:
    try:
        return bool(stroom.isatty())
    except (ValueError, AttributeError):
        return False


def width(stroom: IO[Any]) -> int | None:
    """The width to wrap at: COLUMNS when set, the terminal's, or none at all in a pipe or file."""
    breedte = os.environ.get("COLUMNS", "")
    if breedte.isdigit() and int(breedte) > 0:
        return int(breedte)
    if is_terminal(stroom):
        return None  # Rich asks the terminal
    return NO_WRAP_WIDTH


_TRAILING_SPACE = re.compile(r"[ \t]+(?=\n)")


class NoTrailingSpace:
    """A text stream that drops the spaces Rich pads a line with before its line break."""

    def __init__(self, stroom: IO[str]) -> None:
        self._stroom = stroom

    def write(self, tekst: str) -> int:
        self._stroom.write(_TRAILING_SPACE.sub("", tekst))
        return len(tekst)

    def __getattr__(self, naam: str) -> Any:
        return getattr(self._stroom, naam)


def pipe_closed() -> bool:
    """True when the reader of our output went away (``| head -1``); the parser then swapped in
    its flush-pacifying wrapper."""
    return type(sys.stdout).__name__ == "PacifyFlushWrapper"


def quiet_after_closed_pipe() -> None:
    """Send what is still buffered to nowhere, so Python's final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
    except (OSError, ValueError, AttributeError):  # pragma: no cover
        pass


class PipeConsole(Console):
    """Rich's console, but a closed pipe ends the run with exit code 0 instead of 1."""

    def on_broken_pipe(self) -> None:
        quiet_after_closed_pipe()
        raise SystemExit(0)

"""``pionieren --help`` from the cache: the same screen, without loading Typer and Rich.

Why: the overview of the commands is asked for often and is the same every time for the same
program on the same screen. Typer builds every command and Rich draws the panels, which costs
more than starting Python. The first time, the screen that Typer writes is kept in the cache
folder (:mod:`pionieren.cache`); later runs write those characters again.

An entry is named by everything the screen can depend on: the Python version, every file of
pionieren and of Typer, Click and Rich (their size and time of change), the environment
variables that Typer and Rich read (width, colour, terminal), whether stdin, stdout and stderr
are terminals and how large. The cache is only used for UTF-8 output on a POSIX system, and
only a screen that Typer wrote in full to stdout, with nothing on stderr and exit code 0, is
kept.
"""

from __future__ import annotations

import io
import os
import sys
from typing import IO, Any

# What Typer and Rich read from the environment when they draw help (checked against their
# sources: the width, colour and terminal settings).
_OMGEVING = (
    "COLUMNS",
    "LINES",
    "TERM",
    "COLORTERM",
    "NO_COLOR",
    "FORCE_COLOR",
    "PY_COLORS",
    "GITHUB_ACTIONS",
    "DATABRICKS_RUNTIME_VERSION",
    "TERMINAL_WIDTH",
    "TYPER_USE_RICH",
    "_TYPER_FORCE_DISABLE_TERMINAL",
    "_TYPER_STANDARD_TRACEBACK",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "JUPYTER_COLUMNS",
    "JUPYTER_LINES",
    "UNICODE_VERSION",
    # the language of Click's own texts (gettext), should a translation be installed
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
)


def _utf8(stroom: IO[str] | None) -> bool:
    encoding = (getattr(stroom, "encoding", None) or "").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8")


def _files(map_: str) -> list[str]:
    """Every file in a package folder with its size and time of change."""
    delen: list[str] = []
    try:
        items = sorted(os.scandir(map_), key=lambda item: item.name)
    except OSError:
        return delen
    for item in items:
        try:
            if item.is_dir():
                if item.name != "__pycache__":
                    delen += _files(item.path)
                continue
            gegevens = item.stat()
        except OSError:
            continue
        delen.append(f"{item.path}\0{gegevens.st_size}\0{gegevens.st_mtime_ns}")
    return delen


def key() -> str | None:
    """The name of the cache entry for this screen, or None when the cache is not used."""
    if os.name != "posix" or not _utf8(sys.stdout) or not _utf8(sys.stderr):
        return None
    if os.environ.get("_PIONIEREN_COMPLETE") or os.environ.get("PIONIEREN_CACHE_DIR") == "":
        return None
    from importlib.util import find_spec

    delen = [sys.version, f"{sys.stdout.errors}:{sys.stderr.errors}"]
    delen += [f"{naam}={os.environ.get(naam)}" for naam in _OMGEVING]
    for fd in (0, 1, 2):
        try:
            grootte = str(tuple(os.get_terminal_size(fd)))
        except (OSError, ValueError):
            grootte = "-"
        delen.append(f"{fd}:{os.isatty(fd)}:{grootte}")
    delen.append(f"stdout:{sys.stdout.isatty()}")
    for pakket in ("pionieren", "typer", "click", "rich"):
        try:
            spec = find_spec(pakket)
        except (ImportError, ValueError):
            spec = None
        for map_ in (spec.submodule_search_locations or []) if spec else []:
            delen += _files(map_)
    from pionieren import cache

    return cache.key(
        "hulp", *(deel.encode("utf-8", "surrogateescape") for deel in delen), extensie=".txt"
    )


def show() -> bool:
    """Write the kept help screen; False when there is none (then Typer draws it)."""
    naam = key()
    if naam is None:
        return False
    from pionieren import cache

    inhoud = cache.read(naam)
    if not inhoud:
        return False
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(inhoud)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # as Rich does when Typer draws the help: quiet, exit code 1
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(1) from None
    return True


class _Opname(io.BufferedIOBase):
    """The bytes under a text stream: passed on unchanged, and kept."""

    def __init__(self, onder: Any) -> None:
        super().__init__()
        self._onder = onder
        self.delen: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        stuk = bytes(data)
        self.delen.append(stuk)
        self._onder.write(stuk)
        return len(stuk)

    def flush(self) -> None:
        self._onder.flush()

    def fileno(self) -> int:
        return int(self._onder.fileno())

    def isatty(self) -> bool:
        return bool(self._onder.isatty())


def _text_over(stroom: Any, opname: _Opname) -> io.TextIOWrapper:
    """A text stream like ``stroom`` (encoding, errors, line buffering) that writes to
    ``opname``: everything written, also by Click straight to the binary layer, passes it."""
    onder: Any = opname
    return io.TextIOWrapper(
        onder,
        encoding=stroom.encoding,
        errors=stroom.errors,
        line_buffering=stroom.line_buffering,
        write_through=True,
    )


class Opnemen:
    """Around Typer's own help: keep the screen it writes, for the next time."""

    def __init__(self) -> None:
        self.naam = key()
        self.streams: tuple[Any, Any] | None = None
        self.vervangen: tuple[Any, Any] = (None, None)
        self.uit: _Opname | None = None
        self.fout: _Opname | None = None

    def __enter__(self) -> Opnemen:
        if self.naam is not None:
            try:
                self.uit, self.fout = _Opname(sys.stdout.buffer), _Opname(sys.stderr.buffer)
            except AttributeError:  # a stream without bytes under it: no cache
                self.naam = None
                return self
            sys.stdout.flush()
            sys.stderr.flush()
            self.streams = (sys.stdout, sys.stderr)
            sys.stdout = _text_over(sys.stdout, self.uit)
            sys.stderr = _text_over(sys.stderr, self.fout)
            self.vervangen = (sys.stdout, sys.stderr)
        return self

    def __exit__(self, soort: Any, fout: Any, _tb: Any) -> None:
        if self.streams is None or self.uit is None or self.fout is None or not self.naam:
            return
        geslaagd = soort is None or (soort is SystemExit and fout.code in (0, None))
        # (the parser may have swapped a stream itself, for a closed pipe: leave that one)
        for naam, origineel, vervanger in zip(
            ("stdout", "stderr"), self.streams, self.vervangen, strict=True
        ):
            if getattr(sys, naam) is not vervanger:
                geslaagd = False
                continue
            try:
                vervanger.flush()
            except (OSError, ValueError):
                geslaagd = False
            setattr(sys, naam, origineel)
        inhoud = b"".join(self.uit.delen)
        if geslaagd and inhoud and not self.fout.delen:
            from pionieren import cache

            cache.write(self.naam, inhoud)

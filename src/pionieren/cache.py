"""A small file cache in the user's cache folder, for work that is the same on every run.

Why: every run of pionieren reads the same built-in knowledge. Reading and checking it once and
keeping the result as compact JSON makes every later start faster. The cache is only an aid:
an entry is named by a hash of everything it was made from, so a changed file or another version
never meets an old entry; and when the folder cannot be used (not writable, not ours, full), the
work is simply done again. Nothing here ever raises.

The folder is ``$PIONIEREN_CACHE_DIR`` when set (empty: no cache), else ``pionieren`` in
``$XDG_CACHE_HOME`` (or ``~/.cache``), or in ``%LOCALAPPDATA%`` on Windows.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import tempfile
from pathlib import Path


def folder() -> Path | None:
    """The cache folder, or None when there is none to use."""
    eigen = os.environ.get("PIONIEREN_CACHE_DIR")
    if eigen is not None:
        return Path(eigen) if eigen else None
    if sys.platform == "win32":
        basis = os.environ.get("LOCALAPPDATA")
        return Path(basis) / "pionieren" if basis else None
    basis = os.environ.get("XDG_CACHE_HOME")
    if not basis:
        try:
            basis = str(Path.home() / ".cache")
        except (RuntimeError, KeyError, OSError):  # no home folder (a locked-down service)
            return None
    return Path(basis) / "pionieren"


def key(soort: str, *delen: bytes, extensie: str = ".json") -> str:
    """The name of an entry: ``soort`` and a hash of everything it depends on. Writing an entry
    drops the older entries of the same ``soort`` (which must not contain '-')."""
    som = hashlib.sha256()
    for deel in delen:
        som.update(len(deel).to_bytes(8, "big"))
        som.update(deel)
    return f"{soort}-{som.hexdigest()[:32]}{extensie}"


def source(bestand: str | None) -> bytes:
    """The bytes of a source file (for a key: changed code must not meet an old entry)."""
    try:
        return Path(bestand).read_bytes() if bestand else b""
    except OSError:
        return b""


def read(naam: str) -> bytes | None:
    """The entry ``naam``, or None when it is not there or the folder is not safe to use."""
    map_ = _safe_folder(maken=False)
    if map_ is None:
        return None
    try:
        return (map_ / naam).read_bytes()
    except OSError:
        return None


def write(naam: str, inhoud: bytes) -> None:
    """Keep ``inhoud`` as entry ``naam`` (atomically), and drop older entries of its kind."""
    map_ = _safe_folder(maken=True)
    if map_ is None:
        return
    soort, _, rest = naam.partition("-")
    extensie = rest[rest.find(".") :] if "." in rest else ""
    try:
        fd, tijdelijk = tempfile.mkstemp(prefix=f".{naam}.", suffix=".tmp", dir=map_)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(inhoud)
            Path(tijdelijk).replace(map_ / naam)
        except BaseException:
            Path(tijdelijk).unlink(missing_ok=True)
            raise
        for oud in map_.glob(f"{soort}-*{extensie}"):
            if oud.name != naam:
                oud.unlink(missing_ok=True)
    except OSError:
        return


def _safe_folder(maken: bool) -> Path | None:
    """The folder, when it is ours and only we can write in it (others could change advice)."""
    map_ = folder()
    if map_ is None:
        return None
    try:
        if maken:
            map_.mkdir(parents=True, exist_ok=True, mode=0o700)
        gegevens = map_.stat()
    except OSError:
        return None
    if not stat.S_ISDIR(gegevens.st_mode):
        return None
    if hasattr(os, "getuid") and (
        gegevens.st_uid != os.getuid() or gegevens.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    ):
        return None
    return map_

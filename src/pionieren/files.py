"""Reading and writing files safely: bounded reads, regular files only, atomic writes.

Why: pionieren reads files that users name (a vraagstuk, a werkvormen file, pionieren.toml, a
logo, templates) and writes reports. A read must never block on a pipe or read gigabytes from a
device; a write must never replace a device, follow a symbolic link, overwrite an input of the
same run or leave a half-written report or a temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType

from pionieren.errors import UsageError, UserError

MB = 1024 * 1024


_REDENEN = {
    "ENOENT": "het bestand of de map bestaat niet",
    "EACCES": "geen toestemming",
    "EPERM": "geen toestemming",
    "ENOTDIR": "een deel van het pad is een bestand, geen map",
    "EISDIR": "dit is een map",
    "EEXIST": "er staat al iets met deze naam",
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "uw schijfruimte is op",
    "EROFS": "deze schijf is alleen te lezen",
    "ENAMETOOLONG": "de naam is te lang",
    "ELOOP": "te veel symbolische links achter elkaar",
    "EBUSY": "het bestand is in gebruik",
    "ETXTBSY": "het bestand is in gebruik",
    "EIO": "een lees- of schrijffout van de schijf",
}


def reason(e: OSError) -> str:
    """Why a file operation failed, in Dutch (the system's own text is English)."""
    import errno

    naam = errno.errorcode.get(e.errno or 0, "")
    return _REDENEN.get(naam) or e.strerror or type(e).__name__


def _kind(modus: int) -> str:
    if stat.S_ISDIR(modus):
        return "een map"
    if stat.S_ISFIFO(modus):
        return "een pijp (FIFO)"
    if stat.S_ISSOCK(modus):
        return "een socket"
    if stat.S_ISCHR(modus) or stat.S_ISBLK(modus):
        return "een apparaat"
    return "geen gewoon bestand"


class ReadError(UserError):
    """A file cannot be read (missing, no permission, not a regular file, too large).

    ``melding`` is the Dutch message without the file name, for a :class:`Probleem`; it never
    holds any of the file's content.
    """

    def __init__(self, naam: str, melding: str, code: str = "bestand") -> None:
        super().__init__(f"{naam}: {melding}")
        self.naam = naam
        self.melding = melding
        self.code = code

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, str, str]]:
        # made again from its parts (a batch in several processes sends it back)
        return type(self), (self.naam, self.melding, self.code)


def _oserror(naam: str, e: OSError, wat: str) -> ReadError:
    if isinstance(e, FileNotFoundError):
        return ReadError(naam, f"{wat} bestaat niet (controleer de naam en de map)")
    if isinstance(e, PermissionError):
        return ReadError(naam, f"u heeft geen toestemming om {wat} te lezen")
    if isinstance(e, IsADirectoryError):
        return ReadError(naam, f"{wat} is een map, geen bestand")
    if e.errno == getattr(os, "ELOOP", None) or e.errno == getattr(os, "EMLINK", None):
        return ReadError(naam, f"{wat} is een symbolische link; pionieren volgt hier geen links")
    return ReadError(naam, f"{wat} is niet te lezen ({reason(e)})")


def read_limited(
    pad: Path, limiet: int, naam: str | None = None, wat: str = "dit bestand", links: bool = True
) -> bytes:
    """The bytes of a regular file of at most ``limiet`` bytes; a :class:`ReadError` otherwise.

    The file is checked before anything is read: a device (``/dev/zero``), a pipe (which would
    block), a socket or a folder is refused, and so is a file larger than ``limiet``. With
    ``links=False`` a symbolic link is refused as well (for paths from pionieren.toml).
    """
    naam = naam if naam is not None else str(pad)
    te_groot = ReadError(
        naam, f"{wat} is groter dan {_size(limiet)}; dat is meer dan pionieren leest", "te_groot"
    )
    try:
        if not links and pad.is_symlink():
            raise ReadError(
                naam,
                f"{wat} is een symbolische link; pionieren volgt hier geen links. Zet het echte "
                "bestand in de projectmap",
            )
        vooraf = pad.stat()
        if stat.S_ISDIR(vooraf.st_mode):
            raise ReadError(naam, f"{wat} is een map, geen bestand")
        if not stat.S_ISREG(vooraf.st_mode):
            raise ReadError(naam, f"{wat} is {_kind(vooraf.st_mode)}, geen gewoon bestand")
        if vooraf.st_size > limiet:
            raise te_groot
        vlaggen = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        if not links:
            vlaggen |= getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(pad, vlaggen)
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):  # changed since the check
                raise ReadError(naam, f"{wat} is geen gewoon bestand")
            inhoud = f.read(limiet + 1)
    except ReadError:
        raise
    except OSError as e:
        raise _oserror(naam, e, wat) from None
    if len(inhoud) > limiet:
        raise te_groot
    return inhoud


def _size(aantal: int) -> str:
    return f"{aantal // MB} MB" if aantal >= MB else f"{aantal // 1024} kB"


def same_file(een: Path, ander: Path) -> bool:
    """Do two paths name the same file (also through links, or with other case on Windows)?"""
    try:
        if een.samefile(ander):
            return True
    except OSError:
        pass
    return os.path.normcase(een.absolute()) == os.path.normcase(ander.absolute())


class Invoerbestanden:
    """The input files of one run, to ask quickly whether a path names one of them.

    :meth:`zoek` gives the same answer as :func:`same_file` against each input in turn (the
    first that matches), but with one ``stat`` per path instead of two per pair, so checking
    every report of a batch against every input stays linear in the number of files.
    """

    def __init__(self, paden: Iterable[Path]) -> None:
        self.paden = list(paden)
        self._per_id: dict[tuple[int, int], int] = {}
        self._per_naam: dict[str, int] = {}
        for plek, pad in enumerate(self.paden):
            identiteit = _identity(pad)
            if identiteit is not None:
                self._per_id.setdefault(identiteit, plek)
            self._per_naam.setdefault(os.path.normcase(pad.absolute()), plek)

    def zoek(self, pad: Path) -> Path | None:
        """The first input that is the same file as ``pad`` (through links, or by name)."""
        if not self.paden:
            return None
        plekken = []
        identiteit = _identity(pad)
        if identiteit is not None and identiteit in self._per_id:
            plekken.append(self._per_id[identiteit])
        naam = self._per_naam.get(os.path.normcase(pad.absolute()))
        if naam is not None:
            plekken.append(naam)
        return self.paden[min(plekken)] if plekken else None


def _identity(pad: Path) -> tuple[int, int] | None:
    """What :meth:`Path.samefile` compares: device and inode (None when there is no file)."""
    try:
        gegevens = pad.stat()
    except OSError:
        return None
    return gegevens.st_dev, gegevens.st_ino


def check_target(
    pad: Path, invoer: Iterable[Path] | Invoerbestanden = (), mappen: Iterable[Path] = ()
) -> None:
    """Refuse a report target that is not (or would not be) a regular file of its own.

    Refused: a symbolic link (also a dangling one), a device, a pipe, a socket, a folder, any
    file that is an input of the same run (``invoer``), and any place inside a folder of
    ``mappen`` (the gemeente's templates). ``-`` (the screen) is handled by the caller.
    """
    if not isinstance(invoer, Invoerbestanden):
        invoer = Invoerbestanden(invoer)
    bron = invoer.zoek(pad)
    if bron is not None:
        raise UserError(
            f"{pad}: dit is een invoerbestand van deze opdracht ({bron}); dat overschrijft "
            "pionieren niet. Kies een andere naam met --uitvoer"
        )
    for map_ in mappen:
        with contextlib.suppress(OSError):
            if Path(os.path.realpath(pad)).is_relative_to(Path(os.path.realpath(map_))):
                raise UserError(
                    f"{pad}: dit ligt in de sjablonenmap {map_}; daar schrijft pionieren geen "
                    "rapport. Kies een andere plek met --uitvoer"
                )
    try:
        info = pad.lstat()
    except FileNotFoundError:
        return
    except OSError as e:
        raise UserError(f"{pad}: kan hier niet schrijven ({reason(e)})") from None
    if stat.S_ISLNK(info.st_mode):
        raise UserError(
            f"{pad} is een symbolische link; pionieren schrijft niet via een link (dan komt het "
            "rapport ergens anders terecht). Geef de echte plek met --uitvoer"
        )
    if stat.S_ISDIR(info.st_mode):
        raise UserError(
            f"{pad} is een map; geef een bestandsnaam, of gebruik meerdere invoerbestanden om "
            "in een map te schrijven"
        )
    if not stat.S_ISREG(info.st_mode):
        raise UserError(
            f"{pad} is {_kind(info.st_mode)}; pionieren schrijft alleen naar gewone bestanden. "
            "Gebruik --uitvoer - om het rapport op het scherm te zetten"
        )


class _Stopped(BaseException):
    """A termination signal arrived while a file was being written."""

    def __init__(self, nummer: int) -> None:
        super().__init__(nummer)
        self.nummer = nummer


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """While writing, SIGTERM and SIGHUP raise, so the temporary file is always removed."""
    namen = ("SIGTERM", "SIGHUP")
    vorige: dict[int, object] = {}

    def stoppen(nummer: int, _frame: FrameType | None) -> None:
        raise _Stopped(nummer)

    try:
        for naam in namen:
            nummer = getattr(signal, naam, None)
            if nummer is not None:
                vorige[nummer] = signal.signal(nummer, stoppen)
    except ValueError:  # not the main thread: signals stay as they are
        pass
    try:
        yield
    finally:
        for nummer, handler in vorige.items():
            signal.signal(nummer, handler)  # type: ignore[arg-type]


def write_atomic(
    pad: Path,
    inhoud: bytes,
    invoer: Iterable[Path] | Invoerbestanden = (),
    mappen: Iterable[Path] = (),
) -> None:
    """Write via a temporary file in the same folder, then rename into place.

    An error, Ctrl-C or a termination signal never leaves a half-written report or a temporary
    file; the target is checked with :func:`check_target` first.
    """
    check_target(pad, invoer, mappen)
    map_ = pad.absolute().parent
    try:
        map_.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UserError(f"{pad}: {map_} is een bestand, geen map") from None
    except OSError as e:
        raise UserError(f"{pad}: kan de map {map_} niet maken ({reason(e)})") from None
    with _signals_raise():
        try:
            fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)
        except OSError as e:
            raise UserError(f"{pad}: kan hier niet schrijven ({reason(e)})") from None
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(inhoud)
                f.flush()
                os.fsync(f.fileno())
            tijdelijk_pad = Path(tijdelijk)
            bestaand = pad.lstat() if pad.exists() else None
            tijdelijk_pad.chmod(bestaand.st_mode & 0o777 if bestaand else 0o644)
            check_target(pad)  # nothing swapped in a link or device meanwhile
            tijdelijk_pad.replace(pad)
        except OSError as e:
            Path(tijdelijk).unlink(missing_ok=True)
            raise UserError(f"{pad}: kan het rapport niet schrijven ({reason(e)})") from None
        except _Stopped as e:
            Path(tijdelijk).unlink(missing_ok=True)
            raise SystemExit(128 + e.nummer) from None
        except BaseException:
            Path(tijdelijk).unlink(missing_ok=True)
            raise


def check_option_paths(werkvormen: Path | None = None, sjablonen: Path | None = None) -> None:
    """A file or folder named on the command line that is not there is a usage error (exit 2).

    Checked before any work, like a missing input file. (The same paths from pionieren.toml
    are settings of the project; a problem there is reported with the file and exits 1.)
    """
    if werkvormen is not None and not werkvormen.exists() and not werkvormen.is_symlink():
        raise UsageError(f"--werkvormen {werkvormen}: dit bestand bestaat niet.")
    if sjablonen is not None:
        if not sjablonen.exists():
            raise UsageError(f"--sjablonen {sjablonen}: deze map bestaat niet.")
        if not sjablonen.is_dir():
            raise UsageError(f"--sjablonen {sjablonen}: dit is geen map. Geef de sjablonenmap.")

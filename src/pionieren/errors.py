"""The error types of pionieren.

Why: the CLI maps errors to exit codes in one place (``pionieren.cli``). The library raises; it
never prints and never exits. A user error carries everything needed to point at the exact spot in
the user's file; an internal error is a bug in pionieren.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


def zin(tekst: str) -> str:
    """``tekst`` as a finished sentence: a full stop at the end, unless it already ends with a
    full stop, a question mark or an exclamation mark. Every message to the user is one or more
    whole sentences, also when it is built from parts."""
    tekst = tekst.rstrip()
    return tekst if not tekst or tekst[-1] in ".?!" else f"{tekst}."


@dataclass(frozen=True, order=True)
class Probleem:
    """One problem in a user's file, with its position.

    ``regel`` and ``kolom`` count from 1; 0 means "no position known" (for example a file that
    cannot be read at all). ``pad`` is the key path, such as ``belanghebbenden[2].invloed``
    (list positions count from 1, as a person counts).
    """

    bestand: str
    regel: int
    kolom: int
    pad: str
    melding: str
    code: str = field(default="ongeldig", compare=False)

    def __post_init__(self) -> None:
        # one place for the full stop, whichever part of pionieren wrote the message
        object.__setattr__(self, "melding", zin(self.melding))

    def als_tekst(self) -> str:
        plek = self.bestand
        if self.regel:
            plek += f":{self.regel}:{self.kolom}"
        pad = f" {self.pad}:" if self.pad else ""
        return f"{plek}:{pad} {self.melding}"

    def als_dict(self) -> dict[str, object]:
        return asdict(self)


class PionierenError(Exception):
    """Root of every error pionieren raises on purpose."""

    exit_code = 70


class UserError(PionierenError):
    """Something in the user's input or request is wrong; shown without a traceback."""

    exit_code = 1


class UsageError(UserError):
    """The command was used wrongly, such as two options that do not fit together.

    Exit code 2, the same as for the usage errors that the command-line parser finds itself.
    """

    exit_code = 2


class InvoerFout(UserError):
    """A file has one or more problems. All problems of the file are in ``problemen``."""

    def __init__(self, problemen: list[Probleem]) -> None:
        self.problemen = sorted(problemen)
        aantal = len(self.problemen)
        woord = "probleem" if aantal == 1 else "problemen"
        bestanden = sorted({p.bestand for p in self.problemen})
        super().__init__(f"{', '.join(bestanden)}: {aantal} {woord} gevonden")

    def __reduce__(self) -> tuple[type[InvoerFout], tuple[list[Probleem]]]:
        # made again from its problems (a batch in several processes sends it back)
        return type(self), (self.problemen,)


class TemplateError(UserError):
    """A report template cannot be used (syntax, missing value, refused by the sandbox)."""

    exit_code = 3


class InternalError(PionierenError):
    """A bug in pionieren. Please report it."""

    exit_code = 70

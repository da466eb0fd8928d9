"""The output formats of ``pionieren analyse``, in one table.

Why: the choices of ``--formaat``, the check of ``formaat`` in pionieren.toml, the default output
names, the format taken from the extension of ``--uitvoer`` and the tests all derive from
:data:`FORMATEN`, so a new format lands in one place (one row here, plus its writer and, if it
needs one, its template). Modelled on check-jsonschema's ``REPORTER_BY_NAME``.

This module is light on purpose: the command line imports it at start-up to build its choices.
A writer is named as ``"module:function"`` and imported only when its format is written, so
``pionieren --help`` does not load Jinja, the analysis or an optional extra such as python-docx.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, cast

from pionieren.errors import UsageError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pionieren.analysis.result import Advies

    Writer = Callable[[Advies, dict[str, Any], Path | None], bytes]


@dataclass(frozen=True)
class Formaat:
    """One output format.

    ``extensies`` are the endings of a file name that mean this format (lower case, with the
    dot); the first one makes the default name ``<naam><achtervoegsel>``. A file name may also
    end in ``.<bestandstype>`` (the plain file type) without a clash: the participatieparagraaf
    is Markdown, so ``--formaat paragraaf --uitvoer raadsvoorstel.md`` is fine.
    """

    naam: str
    omschrijving: str
    extensies: tuple[str, ...]
    achtervoegsel: str
    bestandstype: str
    binair: bool
    writer: str
    extra: str | None = None

    def write(self, advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
        """Import the writer (only now) and let it make the bytes."""
        return load_writer(self.writer)(advies, data, sjablonen)

    def fits(self, bestandsnaam: str) -> bool:
        naam = bestandsnaam.casefold()
        return naam.endswith((*self.extensies, f".{self.bestandstype}"))


FORMATEN: dict[str, Formaat] = {
    f.naam: f
    for f in (
        Formaat(
            naam="md",
            omschrijving="Markdown",
            extensies=(".md", ".markdown"),
            achtervoegsel=".advies.md",
            bestandstype="md",
            binair=False,
            writer="pionieren.report.render:write_markdown",
        ),
        Formaat(
            naam="html",
            omschrijving="webpagina",
            extensies=(".html", ".htm"),
            achtervoegsel=".advies.html",
            bestandstype="html",
            binair=False,
            writer="pionieren.report.render:write_html",
        ),
        Formaat(
            naam="pdf",
            omschrijving="PDF",
            extensies=(".pdf",),
            achtervoegsel=".advies.pdf",
            bestandstype="pdf",
            binair=True,
            writer="pionieren.report.render:write_pdf",
            extra="pdf",
        ),
        Formaat(
            naam="docx",
            omschrijving="Word",
            extensies=(".docx",),
            achtervoegsel=".advies.docx",
            bestandstype="docx",
            binair=True,
            writer="pionieren.report.word:write_docx",
            extra="docx",
        ),
        Formaat(
            naam="paragraaf",
            omschrijving="participatieparagraaf voor het raads- of collegevoorstel, Markdown",
            extensies=(".paragraaf.md",),
            achtervoegsel=".paragraaf.md",
            bestandstype="md",
            binair=False,
            writer="pionieren.report.render:write_paragraaf",
        ),
        Formaat(
            naam="json",
            omschrijving="gegevens voor andere programma's",
            extensies=(".json",),
            achtervoegsel=".advies.json",
            bestandstype="json",
            binair=False,
            writer="pionieren.report.render:write_json",
        ),
    )
}

STANDAARD = "md"
"""The format when nothing else says which: no --formaat, no known extension, no pionieren.toml."""

# The choices of --formaat and of 'formaat' in pionieren.toml, made from the table.
FormaatNaam = StrEnum("FormaatNaam", {naam: naam for naam in FORMATEN})  # type: ignore[misc]

DOCUMENT_FORMATEN = ("md", "html", "pdf", "docx", "json")
"""The formats of the other reports (the leerarena report, the participatieverslag): no paragraaf."""
DocumentFormaatNaam = StrEnum(  # type: ignore[misc]
    "DocumentFormaatNaam", {naam: naam for naam in DOCUMENT_FORMATEN}
)

# Extensions of input and settings files: a report is never written to such a name.
_INVOER_EXTENSIES = (".yaml", ".yml", ".toml")


def load_writer(pad: str) -> Writer:
    module, functie = pad.split(":")
    return cast("Writer", getattr(importlib.import_module(module), functie))


def get(naam: str) -> Formaat:
    try:
        return FORMATEN[naam]
    except KeyError:
        raise UsageError(f"onbekend formaat '{naam}'; kies uit {', '.join(FORMATEN)}.") from None


def from_filename(bestandsnaam: str) -> Formaat | None:
    """The format that a file name's ending means (the longest matching ending wins)."""
    naam = bestandsnaam.casefold()
    beste: tuple[int, Formaat | None] = (0, None)
    for formaat in FORMATEN.values():
        for extensie in formaat.extensies:
            if naam.endswith(extensie) and len(extensie) > beste[0]:
                beste = (len(extensie), formaat)
    return beste[1]


def choose(formaat: str | None, uitvoer: str | None, standaard: str | None = None) -> Formaat:
    """Which format to write.

    In this order: ``--formaat``; else the extension of ``--uitvoer`` (a file name, not '-' or
    a folder); else ``standaard`` (``formaat`` from pionieren.toml); else Markdown. A file name
    whose extension means another format than ``--formaat`` is refused, and so is a name that
    ends in .yaml, .yml or .toml (that is where vraagstukken and settings live). A name with an
    unknown extension (such as ``.txt``) or none says nothing about the format.
    """
    gevraagd = get(formaat) if formaat else None
    bestandsnaam = PurePath(uitvoer).name if uitvoer and uitvoer != "-" else ""
    if bestandsnaam.casefold().endswith(_INVOER_EXTENSIES):
        pad = PurePath(bestandsnaam)
        voorbeeld = pad.stem + (gevraagd or get(standaard or STANDAARD)).achtervoegsel
        raise UsageError(
            f"--uitvoer {uitvoer}: pionieren schrijft geen rapport naar een {pad.suffix}-bestand; "
            f"zo heten invoerbestanden (vraagstukken) en pionieren.toml. Kies een naam als "
            f"{voorbeeld}."
        )
    volgens_naam = from_filename(bestandsnaam) if bestandsnaam else None
    if gevraagd is not None:
        if volgens_naam is not None and not gevraagd.fits(bestandsnaam):
            raise UsageError(
                f"--formaat {gevraagd.naam} past niet bij --uitvoer {uitvoer}: een naam die "
                f"eindigt op {volgens_naam.extensies[0]} hoort bij formaat {volgens_naam.naam}. "
                f"Laat --formaat weg (dan volgt het formaat uit de naam), of kies een naam die "
                f"eindigt op {gevraagd.extensies[0]}."
            )
        return gevraagd
    if volgens_naam is not None:
        return volgens_naam
    return get(standaard or STANDAARD)


def default_name(stam: str, formaat: str) -> str:
    """``plein`` and ``md`` -> ``plein.advies.md``; ``plein`` and ``paragraaf`` -> ``plein.paragraaf.md``."""
    return f"{stam}{get(formaat).achtervoegsel}"


def help_text() -> str:
    """The formats for a help screen: 'md (Markdown), html (webpagina), ... of json (...)'."""
    delen = []
    for f in FORMATEN.values():
        extra = f", nodig: pionieren[{f.extra}]" if f.extra else ""
        delen.append(f"{f.naam} ({f.omschrijving}{extra})")
    return ", ".join(delen[:-1]) + " of " + delen[-1]

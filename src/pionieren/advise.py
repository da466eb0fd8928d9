"""From a vraagstuk file to a rendered report: the library behind ``pionieren analyse``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pionieren.analysis.engine import analyse
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import Kennis
from pionieren.report import formats
from pionieren.report.render import render


@dataclass(frozen=True)
class Resultaat:
    bestand: str
    vraagstuk: Vraagstuk
    advies: Advies
    rapport: bytes


def advise_file(
    pad: Path,
    naam: str,
    kennis: Kennis,
    datum: date,
    formaat: str,
    sjablonen: Path | None = None,
    instellingen: dict[str, str | None] | None = None,
) -> Resultaat:
    """Load, validate, analyse and render one vraagstuk. Raises on any problem; writes nothing."""
    vraagstuk = load_vraagstuk(pad, naam)
    advies = analyse(vraagstuk, kennis, datum)
    rapport = render(
        advies, vraagstuk, kennis, formaat, Path(naam).name, sjablonen, dict(instellingen or {})
    )
    return Resultaat(bestand=naam, vraagstuk=vraagstuk, advies=advies, rapport=rapport)


def default_output(invoer: Path, formaat: str) -> Path:
    """``vraagstukken/plein.yaml`` -> ``vraagstukken/plein.advies.md`` (or ``plein.paragraaf.md``)."""
    return invoer.with_name(formats.default_name(invoer.stem, formaat))

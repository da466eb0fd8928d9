"""Load and validate user files: one entry point per kind of file."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from pionieren.errors import InvoerFout
from pionieren.input.model import Vraagstuk
from pionieren.input.problems import translate
from pionieren.input.yamlread import Geladen, read_file, read_text

M = TypeVar("M", bound=BaseModel)


def validate(geladen: Geladen, model: type[M]) -> M:
    """Validate loaded YAML against ``model``; all problems (YAML and model) in one error."""
    problemen = list(geladen.problemen)
    resultaat: M | None = None
    if isinstance(geladen.data, dict):
        try:
            resultaat = model.model_validate(geladen.data)
        except ValidationError as e:
            problemen.extend(translate(e, geladen, model))
    if problemen or resultaat is None:
        raise InvoerFout(problemen)
    return resultaat


def load_vraagstuk(pad: Path, naam: str | None = None) -> Vraagstuk:
    """Read and validate a vraagstuk file. Raises :class:`InvoerFout` with every problem."""
    return validate(read_file(pad, naam), Vraagstuk)


def parse_vraagstuk(tekst: str, naam: str = "<tekst>") -> Vraagstuk:
    """Validate a vraagstuk given as YAML text (for tests and other programs)."""
    return validate(read_text(tekst, naam), Vraagstuk)

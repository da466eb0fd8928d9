"""Load and validate user files: one entry point per kind of file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from pionieren.errors import InvoerFout, Probleem
from pionieren.input.model import Vraagstuk
from pionieren.input.yamlread import Geladen, pad_tekst, read_file, read_text
from pionieren.safe_text import comparable_name

M = TypeVar("M", bound=BaseModel)


def validate(
    geladen: Geladen,
    model: type[M],
    aanvullend: Callable[[Geladen], list[Probleem]] | None = None,
) -> M:
    """Validate loaded YAML against ``model``; all problems (YAML and model) in one error.

    ``aanvullend`` finds problems that pydantic skips when other fields of the same list are
    invalid (such as duplicate names), so the user still sees every problem in one run.
    """
    problemen = list(geladen.problemen)
    resultaat: M | None = None
    if isinstance(geladen.data, dict):
        try:
            resultaat = model.model_validate(geladen.data)
        except ValidationError as e:
            from pionieren.input.problems import translate  # only when something is wrong

            vertaald = translate(e, geladen, model)
            problemen.extend(vertaald)
            if aanvullend is not None:
                codes = {p.code for p in vertaald}
                problemen.extend(p for p in aanvullend(geladen) if p.code not in codes)
    if problemen or resultaat is None:
        raise InvoerFout(problemen)
    return resultaat


def _duplicate_names(geladen: Geladen) -> list[Probleem]:
    """Duplicate stakeholder names, found on the raw data (case and spacing ignored)."""
    partijen = geladen.data.get("belanghebbenden") if isinstance(geladen.data, dict) else None
    if not isinstance(partijen, list):
        return []
    gezien: dict[str, int] = {}
    problemen = []
    for index, partij in enumerate(partijen):
        naam = partij.get("naam") if isinstance(partij, dict) else None
        if not isinstance(naam, str) or not naam.strip():
            continue
        sleutel = comparable_name(naam)
        if sleutel in gezien:
            from pionieren.input.problems import duplicate_name_message

            eerste = geladen.positie(("belanghebbenden", gezien[sleutel], "naam"))
            pad = ("belanghebbenden", index, "naam")
            pos = geladen.positie(pad)
            problemen.append(
                Probleem(
                    geladen.bestand,
                    pos.regel,
                    pos.kolom,
                    pad_tekst(pad),
                    duplicate_name_message(naam, eerste.regel),
                    "dubbele_naam",
                )
            )
        else:
            gezien[sleutel] = index
    return problemen


def load_vraagstuk(pad: Path, naam: str | None = None) -> Vraagstuk:
    """Read and validate a vraagstuk file. Raises :class:`InvoerFout` with every problem.

    Why first without positions: a valid file needs none, and keeping them is a good part of
    reading. Any problem at all, and the file is read again with every position, so the
    messages are exactly those of :func:`read_vraagstuk`.
    """
    try:
        geladen: Geladen | None = read_file(pad, naam, posities=False)
    except InvoerFout:
        geladen = None
    if geladen is not None and not geladen.problemen and isinstance(geladen.data, dict):
        try:
            return Vraagstuk.model_validate(geladen.data)
        except ValidationError:
            pass
    return read_vraagstuk(pad, naam)[0]


def read_vraagstuk(pad: Path, naam: str | None = None) -> tuple[Vraagstuk, Geladen]:
    """Like :func:`load_vraagstuk`, and also the loaded YAML with its positions (for hints)."""
    geladen = read_file(pad, naam)
    return validate(geladen, Vraagstuk, _duplicate_names), geladen


def parse_vraagstuk(tekst: str, naam: str = "<tekst>") -> Vraagstuk:
    """Validate a vraagstuk given as YAML text (for tests and other programs)."""
    return validate(read_text(tekst, naam), Vraagstuk, _duplicate_names)

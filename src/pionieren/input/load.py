"""Load and validate user files: one entry point per kind of file."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from pionieren.errors import InvoerFout, Probleem
from pionieren.input.evaluatie import Evaluatie
from pionieren.input.model import Vraagstuk
from pionieren.input.yamlread import Geladen, Pad, pad_tekst, read_file, read_text
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


# ---------------------------------------------------------------- evaluaties

# An evaluatie names its vraagstuk at the top level; a vraagstuk has kaders and belanghebbenden.
_EVALUATIE_SLEUTEL = re.compile(r"^vraagstuk[ \t]*:", re.MULTILINE)
_VRAAGSTUK_SLEUTEL = re.compile(r"^(?:belanghebbenden|kaders)[ \t]*:", re.MULTILINE)


def file_kind(begin: str) -> str | None:
    """'evaluatie', 'vraagstuk' or None, from the text of a YAML file (its top-level keys)."""
    if _EVALUATIE_SLEUTEL.search(begin):
        return "evaluatie"
    if _VRAAGSTUK_SLEUTEL.search(begin):
        return "vraagstuk"
    return None


@dataclass(frozen=True)
class GelezenEvaluatie:
    """One evaluatie file, validated and checked against its vraagstuk.

    ``waarschuwingen`` are problems that do not stop the evaluatie from being counted (a werkvorm
    that is neither in the catalogue nor in the vraagstuk, a stakeholder left out).
    """

    bestand: str
    evaluatie: Evaluatie
    vraagstuk_bestand: str
    vraagstuk: Vraagstuk
    waarschuwingen: list[Probleem] = field(default_factory=list)


VraagstukCache = dict[str, "Vraagstuk | InvoerFout"]
"""Vraagstukken read so far, by their real path: many evaluaties share one vraagstuk."""


def cached_vraagstuk(pad: Path, naam: str, cache: VraagstukCache) -> Vraagstuk:
    """Read a vraagstuk once per run; raises the same :class:`InvoerFout` every time.

    The cache knows a file by the path as written and by its real path (two links or two
    spellings of one file are read once; the real path is looked up once per spelling).
    """
    sleutel = str(pad)
    if sleutel not in cache:
        echt = os.path.realpath(pad)
        if echt not in cache:
            try:
                cache[echt] = load_vraagstuk(pad, naam)
            except InvoerFout as e:
                cache[echt] = e
        cache[sleutel] = cache[echt]
    gevonden = cache[sleutel]
    if isinstance(gevonden, InvoerFout):
        raise gevonden
    return gevonden


def read_evaluatie(
    pad: Path,
    naam: str | None = None,
    catalogus: Collection[str] = (),
    cache: VraagstukCache | None = None,
) -> GelezenEvaluatie:
    """Read and validate an evaluatie file and the vraagstuk it links to.

    ``catalogus`` holds the werkvorm ids that are known (the built-in and a gemeente's own
    catalogue). Raises :class:`InvoerFout` with every problem: in the file itself, a link to a
    vraagstuk that is missing or invalid, and stakeholder names that the vraagstuk does not have.
    """
    naam = naam if naam is not None else str(pad)
    cache = cache if cache is not None else {}
    try:
        # Fast: without positions. Only a file with a problem or a warning is read again
        # with positions, for the messages.
        gelezen = _read_evaluatie(pad, naam, catalogus, cache, posities=False)
        if not gelezen.waarschuwingen:
            return gelezen
    except InvoerFout:
        pass
    return _read_evaluatie(pad, naam, catalogus, cache, posities=True)


def _read_evaluatie(
    pad: Path, naam: str, catalogus: Collection[str], cache: VraagstukCache, posities: bool
) -> GelezenEvaluatie:
    geladen = read_file(pad, naam, posities=posities)
    evaluatie = validate(geladen, Evaluatie)

    def probleem(loc: Pad, melding: str, code: str) -> Probleem:
        pos = geladen.positie(loc)
        return Probleem(naam, pos.regel, pos.kolom, pad_tekst(loc), melding, code)

    link = Path(evaluatie.vraagstuk)
    if link.is_absolute() or evaluatie.vraagstuk.startswith(("/", "\\")):
        raise InvoerFout(
            [
                probleem(
                    ("vraagstuk",),
                    f"'{evaluatie.vraagstuk}' is een pad vanaf de schijf; schrijf het pad vanaf "
                    "dit bestand, zoals ../marktplein.yaml, zodat de map ook elders werkt",
                    "koppeling",
                )
            ]
        )
    doel = pad.parent / link
    doelnaam = os.path.normpath(str(Path(naam).parent / link))
    if not doel.exists() and not doel.is_symlink():
        raise InvoerFout(
            [
                probleem(
                    ("vraagstuk",),
                    f"het vraagstukbestand '{evaluatie.vraagstuk}' bestaat niet (gezocht: "
                    f"{doelnaam}). Schrijf het pad vanaf dit bestand, zoals ../marktplein.yaml",
                    "koppeling",
                )
            ]
        )
    try:
        vraagstuk = cached_vraagstuk(doel, doelnaam, cache)
    except InvoerFout as e:
        aantal = len(e.problemen)
        if aantal == 1 and not e.problemen[0].regel:  # the file itself cannot be read
            reden = e.problemen[0].melding
            melding = f"het vraagstukbestand {doelnaam} is niet te lezen: {reden}"
        else:
            melding = (
                f"het vraagstukbestand {doelnaam} klopt niet ({aantal} "
                f"{'probleem' if aantal == 1 else 'problemen'}); controleer het met: "
                f"pionieren valideer {doelnaam}"
            )
        raise InvoerFout([probleem(("vraagstuk",), melding, "koppeling")]) from None
    problemen, waarschuwingen = _check_against_vraagstuk(
        evaluatie, vraagstuk, doelnaam, set(catalogus), probleem
    )
    if problemen:
        raise InvoerFout(problemen)
    return GelezenEvaluatie(naam, evaluatie, doelnaam, vraagstuk, waarschuwingen)


def _check_against_vraagstuk(
    evaluatie: Evaluatie,
    vraagstuk: Vraagstuk,
    doelnaam: str,
    catalogus: set[str],
    probleem: Callable[[Pad, str, str], Probleem],
) -> tuple[list[Probleem], list[Probleem]]:
    """Names that the vraagstuk does not know are errors; unknown werkvormen are warnings."""
    from pionieren.input.problems import duplicate_name_message, suggest

    problemen: list[Probleem] = []
    waarschuwingen: list[Probleem] = []
    partijen = {comparable_name(b.naam): b.naam for b in vraagstuk.belanghebbenden}
    namen = list(partijen.values())
    gezien: dict[str, int] = {}
    for index, groep in enumerate(evaluatie.belanghebbenden):
        sleutel = comparable_name(groep.naam)
        loc: Pad = ("belanghebbenden", index, "naam")
        if sleutel in gezien:
            eerste = probleem(("belanghebbenden", gezien[sleutel], "naam"), "", "").regel
            problemen.append(
                probleem(loc, duplicate_name_message(groep.naam, eerste), "dubbele_naam")
            )
            continue
        gezien[sleutel] = index
        if groep.nieuw or sleutel in partijen:
            continue
        hint = suggest(groep.naam, namen)
        uitleg = f" Bedoelde u '{hint}'?" if hint else ""
        problemen.append(
            probleem(
                loc,
                f"'{groep.naam}' staat niet bij de belanghebbenden van {doelnaam}.{uitleg} "
                "Kwam deze groep pas tijdens het proces in beeld, zet dan 'nieuw: true' erbij",
                "onbekende_naam",
            )
        )
    vergeten = [naam for sleutel, naam in partijen.items() if sleutel not in gezien]
    if vergeten and not problemen:
        waarschuwingen.append(
            probleem(
                ("belanghebbenden",),
                f"Let op: deze belanghebbenden van het vraagstuk staan hier niet: "
                f"{', '.join(vergeten[:5])}"
                + (f" en {len(vergeten) - 5} andere" if len(vergeten) > 5 else "")
                + ". pionieren telt ze als 'niet bekend'; zet ze erbij met bereikt: ja, deels of nee",
                "niet_genoemd",
            )
        )
    bekend = catalogus | {w.id for w in vraagstuk.werkvormen}
    lijsten: list[tuple[str, list[str]]] = [
        ("werkvormen", [w.id for w in evaluatie.werkvormen]),
        ("niet_gedaan", [w.id for w in evaluatie.niet_gedaan]),
    ]
    for lijst, ids in lijsten:
        for index, id_ in enumerate(ids):
            if id_ in bekend or not catalogus:
                continue
            hint = suggest(id_, sorted(bekend))
            uitleg = f" Bedoelde u '{hint}'?" if hint else ""
            waarschuwingen.append(
                probleem(
                    (lijst, index, "id"),
                    f"Let op: de werkvorm '{id_}' staat niet in de werkvormencatalogus en niet in "
                    f"het vraagstuk.{uitleg} pionieren telt hem als eigen werkvorm, zonder "
                    "schatting uit de catalogus",
                    "onbekende_werkvorm",
                )
            )
    return problemen, waarschuwingen

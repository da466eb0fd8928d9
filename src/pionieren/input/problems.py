"""Turn pydantic validation errors into Dutch problems with file, line and column.

Why: a message must say where, what was found and what is allowed, in plain Dutch. We translate
by the pydantic error *type* (stable), never by matching pydantic's English text (which changes).
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from enum import Enum
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from pionieren.errors import Probleem
from pionieren.input.yamlread import Geladen, Pad, pad_tekst
from pionieren.safe_text import forbidden_character

HINT_CUTOFF = 0.8


def suggest(waarde: str, opties: list[str]) -> str | None:
    """A close match for a misspelt key or value, or None when nothing is close enough."""
    gevonden = difflib.get_close_matches(
        waarde.casefold(), [o.casefold() for o in opties], 1, HINT_CUTOFF
    )
    if not gevonden:
        return None
    return next(o for o in opties if o.casefold() == gevonden[0])


def _unwrap(tp: Any) -> Any:
    """Strip Annotated, Optional and list wrappers' noise to reach the useful type."""
    while True:
        origin = get_origin(tp)
        if origin is typing.Annotated:
            tp = get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            rest = [a for a in get_args(tp) if a is not type(None)]
            if len(rest) != 1:
                return tp
            tp = rest[0]
        else:
            return tp


def type_at(model: type[BaseModel], loc: Pad) -> Any:
    """The (unwrapped) type that a model expects at ``loc``; None when it cannot be followed."""
    tp: Any = model
    for deel in loc:
        tp = _unwrap(tp)
        if isinstance(deel, int):
            if get_origin(tp) is list:
                tp = get_args(tp)[0]
                continue
            return None
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            veld = tp.model_fields.get(deel)
            if veld is None:
                return None
            tp = veld.annotation
            continue
        return None
    return _unwrap(tp)


def _found(waarde: Any) -> str:
    if waarde is None:
        return "niets (het veld is leeg)"
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, str):
        kort = waarde if len(waarde) <= 60 else waarde[:57] + "..."
        return f"'{kort}'"
    if isinstance(waarde, int | float):
        return str(waarde)
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een blok met velden"
    return type(waarde).__name__  # pragma: no cover


def _opsomming(opties: list[str]) -> str:
    return ", ".join(opties)


_DUTCH_THOUSANDS = re.compile(r"^\d{1,3}([.,]\d{3})+$")
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")


def duplicate_name_message(naam: object, eerste_regel: int) -> str:
    return (
        f"de naam '{naam}' komt twee keer voor (ook op regel {eerste_regel}). "
        "Geef elke belanghebbende een eigen naam, of voeg ze samen"
    )


def _clean_loc(loc: tuple[Any, ...]) -> Pad:
    """Keep only the parts of a pydantic ``loc`` that are keys or list positions."""
    return tuple(d for d in loc if isinstance(d, int) or not _PYDANTIC_STEP.match(str(d)))


# The names pydantic gives the steps of a validator in a ``loc``, such as
# 'function-after[_clean_text(), constrained-str]'; a user's key never looks like that.
_PYDANTIC_STEP = re.compile(r"^[a-z][a-z0-9-]*\[.*\]$", re.DOTALL)


def translate(
    fout: ValidationError, geladen: Geladen, model: type[BaseModel], prefix: Pad = ()
) -> list[Probleem]:
    """Translate every error of ``fout`` into a Dutch :class:`Probleem`.

    A misspelt required key (``faze:`` for ``fase:``) gives two errors: an unknown key and a
    missing one. They become one message with the suggestion, also when the spelling is further
    off than the usual cutoff, because the missing key next to it makes the guess safe.
    """
    errors = [
        (error, (*prefix, *_clean_loc(error["loc"]))) for error in fout.errors(include_url=False)
    ]
    ontbrekend: dict[Pad, list[str]] = {}
    for error, loc in errors:
        if error["type"] == "missing" and loc:
            ontbrekend.setdefault(loc[:-1], []).append(str(loc[-1]))
    vervangen: dict[Pad, str] = {}  # the loc of an unknown key -> the missing key it means
    for error, loc in errors:
        if error["type"] == "extra_forbidden" and loc:
            kandidaten = [k for k in ontbrekend.get(loc[:-1], []) if k not in vervangen.values()]
            gevonden = difflib.get_close_matches(str(loc[-1]).casefold(), kandidaten, 1, 0.5)
            if gevonden:
                vervangen[loc] = gevonden[0]
    problemen: list[Probleem] = []
    for error, loc in errors:
        if (
            error["type"] == "missing"
            and loc
            and (*loc[:-1],) in {v[:-1] for v, k in vervangen.items() if k == str(loc[-1])}
        ):
            continue  # said with the unknown key that means it
        if loc in vervangen:
            positie = geladen.sleutels.get(loc, geladen.positie(loc))
            problemen.append(
                Probleem(
                    geladen.bestand,
                    positie.regel,
                    positie.kolom,
                    pad_tekst(loc),
                    f"'{loc[-1]}' is geen bekend veld. Bedoelde u '{vervangen[loc]}'? Dat veld "
                    "is verplicht en ontbreekt nu.",
                    "extra_forbidden",
                )
            )
            continue
        problemen.extend(_translate_one(error, loc, loc[len(prefix) :], geladen, model))
    return problemen


def _translate_one(
    error: Any, loc: Pad, model_loc: Pad, geladen: Geladen, model: type[BaseModel]
) -> list[Probleem]:
    soort: str = error["type"]
    waarde = error.get("input")
    ctx = error.get("ctx") or {}
    pos = geladen.positie(loc)
    pad = pad_tekst(loc)
    bron = geladen.bron.get(loc)

    def probleem(melding: str, positie: Any = pos, pad_: str = pad) -> Probleem:
        return Probleem(geladen.bestand, positie.regel, positie.kolom, pad_, melding, soort)

    if soort == "missing":
        ouder = loc[:-1]
        ouder_tekst = f"in '{pad_tekst(ouder)}'" if ouder else "in het bestand"
        return [
            probleem(
                f"het verplichte veld '{loc[-1]}' ontbreekt {ouder_tekst}", geladen.positie(ouder)
            )
        ]
    if soort == "extra_forbidden" and loc:
        sleutel = str(loc[-1])
        ouder_type = type_at(model, model_loc[:-1])
        velden = (
            list(ouder_type.model_fields)
            if isinstance(ouder_type, type) and issubclass(ouder_type, BaseModel)
            else []
        )
        hint = suggest(sleutel, velden)
        uitleg = f"Bedoelde u '{hint}'?" if hint else f"Toegestaan zijn: {_opsomming(velden)}."
        return [
            probleem(f"'{sleutel}' is geen bekend veld. {uitleg}", geladen.sleutels.get(loc, pos))
        ]
    if soort == "enum" or soort == "literal_error":
        tp = type_at(model, model_loc)
        opties = [str(m.value) for m in tp] if isinstance(tp, type) and issubclass(tp, Enum) else []
        hint = suggest(str(waarde), opties) if isinstance(waarde, str) else None
        tekst = f"{_found(waarde)} is geen toegestane waarde. Kies uit: {_opsomming(opties)}."
        if hint:
            tekst += f" Bedoelde u '{hint}'?"
        return [probleem(tekst)]
    if soort == "datum_volgorde":
        return [
            probleem(
                f"de einddatum 'tot' ({ctx['tot']}) ligt vóór de begindatum 'van' "
                f"({ctx['van']}). Draai ze om, of laat er één weg voor één dag"
            )
        ]
    if soort == "partij_zonder_ander":
        return [
            probleem(
                "'partij' noemt wie over dit punt beslist als dat niet de gemeente is. Zet er "
                "'door: anders' (of 'door: initiatiefnemer') bij, of haal 'partij' weg"
            )
        ]
    if soort == "opties_zonder_keuze":
        return [
            probleem(
                "'opties' zijn de mogelijkheden van een keuze, maar dit punt heeft 'keuze: "
                "false'. Haal 'keuze: false' weg, of haal 'opties' weg"
            )
        ]
    if soort == "opties_dubbel":
        return [probleem("twee 'opties' zijn gelijk. Geef elke mogelijkheid een eigen tekst")]
    if soort == "zorg_van_onbekend":
        plek = ("zorgen", ctx["index"], "van", ctx["plek"])
        return [
            probleem(
                f"'{ctx['naam']}' staat niet bij de belanghebbenden. Gebruik bij 'van' precies "
                "de naam van een belanghebbende, of voeg die partij toe",
                geladen.positie(plek),
                pad_tekst(plek),
            )
        ]
    if soort == "moment_na_besluit":
        veld = ("momenten", ctx["index"], "datum")
        return [
            probleem(
                f"dit moment ({ctx['datum']}) valt niet vóór het besluit ({ctx['besluit']}). "
                "Onder 'momenten' staan alleen vaste momenten vóór het besluit. Een eigen, later "
                "besluit over een open punt zet u bij dat punt onder 'uiterlijk'",
                geladen.positie(veld),
                pad_tekst(veld),
            )
        ]
    if soort == "toegezegd_zonder_toezegging":
        plek = ("kaders", "open", ctx["index"], "toegezegd")
        return [
            probleem(
                "dit punt heeft 'toegezegd: true', maar het vraagstuk noemt geen toezegging. "
                "Vul besluit.toezegging in (door, trede en de tekst), of haal 'toegezegd' weg",
                geladen.positie(plek),
                pad_tekst(plek),
            )
        ]
    if soort == "dubbele_naam":
        uit = []
        for eerste, tweede in ctx["paren"]:
            eerste_pos = geladen.positie((*loc, eerste, "naam"))
            tweede_loc = (*loc, tweede, "naam")
            naam = waarde[tweede].get("naam") if isinstance(waarde[tweede], dict) else None
            uit.append(
                probleem(
                    duplicate_name_message(naam, eerste_pos.regel),
                    geladen.positie(tweede_loc),
                    pad_tekst(tweede_loc),
                )
            )
        return uit
    if soort in ("string_type", "string_too_short") and (
        waarde is None or waarde == "" or soort == "string_too_short"
    ):
        return [probleem("dit veld is leeg; vul hier een tekst in")]
    if soort == "string_type":
        return [
            probleem(
                f"hier hoort een tekst; gevonden: {_found(waarde)}. "
                "Zet de tekst eventueel tussen aanhalingstekens"
            )
        ]
    if soort == "string_too_long":
        return [probleem(f"deze tekst is te lang (meer dan {ctx.get('max_length')} tekens)")]
    if soort in ("int_type", "int_parsing", "int_from_float"):
        if bron and _SEXAGESIMAL.match(bron):
            return [
                probleem(
                    f"'{bron}' is geen heel getal (YAML 1.1 las dit als een getal in het "
                    "zestigtallig stelsel). Schrijf één heel getal, zoals 90"
                )
            ]
        if bron and _DUTCH_THOUSANDS.match(bron):
            zonder = re.sub(r"[.,]", "", bron)
            return [
                probleem(
                    f"'{bron}' wordt gelezen als kommagetal. Schrijf hele getallen "
                    f"zonder punt of komma: {zonder}"
                )
            ]
        return [
            probleem(
                f"hier hoort een heel getal, zoals 40000 (zonder euroteken, punt of "
                f"komma); gevonden: {_found(waarde)}"
            )
        ]
    if soort in ("greater_than_equal", "greater_than"):
        return [
            probleem(
                f"{_found(waarde)} is te laag; de waarde moet minstens "
                f"{ctx.get('ge', ctx.get('gt'))} zijn"
            )
        ]
    if soort in ("less_than_equal", "less_than"):
        return [
            probleem(
                f"{_found(waarde)} is te hoog; de waarde mag hoogstens "
                f"{ctx.get('le', ctx.get('lt'))} zijn"
            )
        ]
    if soort in ("bool_type", "bool_parsing"):
        return [
            probleem(
                f"hier hoort true (ja) of false (nee); gevonden: {_found(waarde)}. "
                "Schrijf true of false"
            )
        ]
    if soort == "datum_vorm":
        return [
            probleem(
                f"hier hoort een datum in de vorm JJJJ-MM-DD, zoals 2027-06-30; "
                f"gevonden: {_found(waarde)}"
            )
        ]
    if soort in (
        "date_from_datetime_parsing",
        "date_parsing",
        "date_type",
        "date_from_datetime_inexact",
    ):
        return [
            probleem(
                f"{_found(waarde)} is geen bestaande datum. Schrijf een echte datum "
                "in de vorm JJJJ-MM-DD, zoals 2027-06-30"
            )
        ]
    if soort == "list_type":
        return [
            probleem(
                f"hier hoort een lijst, bijvoorbeeld [a, b] of regels die met '- ' "
                f"beginnen; gevonden: {_found(waarde)}"
            )
        ]
    if soort == "too_short":
        return [
            probleem(
                f"deze lijst moet minstens {ctx.get('min_length', 1)} "
                f"{'item' if ctx.get('min_length', 1) == 1 else 'items'} bevatten"
            )
        ]
    if soort == "too_long":
        return [probleem(f"deze lijst mag hoogstens {ctx.get('max_length')} items bevatten")]
    if soort in ("model_type", "dict_type", "model_attributes_type"):
        return [
            probleem(
                f"hier horen velden ('sleutel: waarde' op eigen regels, ingesprongen); "
                f"gevonden: {_found(waarde)}"
            )
        ]
    if soort in ("float_type", "float_parsing"):
        return [probleem(f"hier hoort een getal; gevonden: {_found(waarde)}")]
    if soort == "waarde":
        return [probleem(str(ctx.get("melding", "ongeldige waarde")))]
    if soort == "string_unicode":
        teken = forbidden_character(waarde) if isinstance(waarde, str) else None
        return [
            probleem(
                f"in deze tekst staat een teken dat geen tekst is ({teken or 'een losse code'}, "
                "een losse surrogaatcode: vaak een half emoji-teken of een fout \\u-teken). Haal "
                "het weg of typ de tekst opnieuw"
            )
        ]
    return [probleem(f"ongeldige waarde {_found(waarde)} (foutsoort '{soort}')")]

"""A new vraagstuk file: commented YAML from a validated :class:`Vraagstuk`, and an example.

Why: a first-time user should not start from a blank file. ``pionieren nieuw`` asks questions
(in the CLI) and hands the answers, validated, to :func:`vraagstuk_yaml`; without questions it
writes :func:`voorbeeld_yaml`. Every comment in the file comes from the field descriptions of
the model (and the Dutch table in :mod:`pionieren.input.beschrijvingen`), the same text an editor
shows from the JSON Schema: one source for what a field means. This module writes no file and
prints nothing.
"""

from __future__ import annotations

import textwrap
from datetime import date
from enum import Enum
from typing import Any, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from pionieren.input.beschrijvingen import DEFINITIES, VELDEN
from pionieren.input.model import GenoemdeWerkvorm, Onderwerp, Vraagstuk
from pionieren.input.schema import SCHEMA_URL
from pionieren.input.yamlread import Resolver
from pionieren.text import opsomming

SCHEMA = SCHEMA_URL.format(soort="vraagstuk")
"""Where an editor finds the JSON Schema of a vraagstuk: its ``$id``."""
SCHEMA_REGEL = f"# yaml-language-server: $schema={SCHEMA}"
"""The first line of every file that pionieren writes: editors then check and complete it."""

BREEDTE = 96
"""The width of the comments and of long texts in the file."""

# List items that may be written as plain text (``- De plek van de bankjes.``), by their key.
_ALS_TEKST: dict[type[BaseModel], str] = {Onderwerp: "onderwerp", GenoemdeWerkvorm: "id"}


def field_type(model: type[BaseModel], veld: str) -> tuple[Any, bool]:
    """The type of a field (without Annotated and Optional) and whether it is a list of it."""
    from pionieren.input.problems import type_at

    tp = type_at(model, (veld,))
    if get_origin(tp) is list:
        return type_at(model, (veld, 0)), True
    return tp, False


def choices(model: type[BaseModel], veld: str) -> list[str]:
    """The allowed values of a field with a fixed list of choices; [] for other fields."""
    tp, _ = field_type(model, veld)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return [str(m.value) for m in tp]
    return []


def description(model: type[BaseModel], veld: str) -> str:
    """What a field means, in Dutch: its description in the model, or else the one the JSON
    Schema gets from :mod:`pionieren.input.beschrijvingen`, or else that of its list of choices.

    The allowed values are added when the description does not name them all.
    """
    tekst = model.model_fields[veld].description
    definitie = "" if model is Vraagstuk else model.__name__
    tekst = tekst or VELDEN.get((definitie, veld))
    tp, _ = field_type(model, veld)
    if not tekst and isinstance(tp, type):
        tekst = DEFINITIES.get(tp.__name__)
    tekst = tekst or ""
    keuzes = choices(model, veld)
    if keuzes and not all(k in tekst for k in keuzes):
        tekst = f"{tekst} Kies uit: {opsomming(keuzes, 'of')}.".strip()
    return tekst


def required(model: type[BaseModel], veld: str) -> bool:
    return model.model_fields[veld].is_required()


def check_field(model: type[BaseModel], veld: str, waarde: Any) -> list[str]:
    """The Dutch messages for one value of one field; [] when the value is allowed.

    Why: the questions check each answer as it is given, with the same words ``pionieren
    valideer`` uses for the same mistake in a file.
    """
    from pionieren.input.problems import translate
    from pionieren.input.yamlread import Geladen, Pad

    try:
        model.model_validate({veld: waarde})
    except ValidationError as e:
        bron: dict[Pad, str] = {(veld,): waarde} if isinstance(waarde, str) else {}
        geladen = Geladen(bestand="<antwoord>", data={veld: waarde}, bron=bron)
        meldingen = []
        for probleem in translate(e, geladen, model):
            if probleem.pad == veld or probleem.pad.startswith((f"{veld}.", f"{veld}[")):
                meldingen.append(probleem.melding)
        return meldingen
    return []


# --- Writing ------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe writer, but it quotes what pionieren's reader would not read as text.

    Why: pionieren reads numbers as YAML 1.2 does (``0o17`` is a number), PyYAML writes for
    YAML 1.1 (``0o17`` is text, so unquoted). With the reader's own rules the writer quotes it.
    """

    yaml_implicit_resolvers = Resolver.yaml_implicit_resolvers


def _text(dumper: yaml.SafeDumper, tekst: str) -> yaml.ScalarNode:
    """Text with a line break in double quotes, where every break is written as an escape.

    Why: in other styles YAML turns a break into a space or a plain newline (NEL, U+2028 and
    CR would come back as another character than the user wrote).
    """
    if any(teken in tekst for teken in "\n\r\x85\u2028\u2029"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", tekst, style='"')
    return dumper.represent_str(tekst)


_Dumper.add_representer(str, _text)


def _dump(data: Any, breedte: int) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, width=breedte, sort_keys=False)


def _plain(waarde: Any) -> Any:
    if isinstance(waarde, Enum):
        return waarde.value
    return waarde


def _scalar_lines(sleutel: str | None, waarde: Any, breedte: int) -> list[str]:
    """A scalar as YAML, quoted where YAML needs it, long text folded over lines."""
    waarde = _plain(waarde)
    if sleutel is None:
        tekst = _dump([waarde], breedte)
        # '- waarde\n' (a list of one): drop the dash, keep the indentation of the rest.
        regels = tekst.rstrip("\n").split("\n")
        return [regels[0][2:], *regels[1:]]
    tekst = _dump({sleutel: waarde}, breedte)
    return tekst.rstrip("\n").split("\n")


def _comment(tekst: str, inspringing: str) -> list[str]:
    if not tekst:
        return []
    return [
        f"{inspringing}# {regel}"
        for regel in textwrap.wrap(tekst, max(40, BREEDTE - len(inspringing) - 2))
    ]


class _Schrijver:
    """Writes a model as commented YAML; each field is explained the first time it appears."""

    def __init__(self, toelichting: bool) -> None:
        self.toelichting = toelichting
        self.uitgelegd: set[tuple[type[BaseModel], str]] = set()
        self.regels: list[str] = []

    def uitleg(self, model: type[BaseModel], veld: str, inspringing: str) -> None:
        if not self.toelichting or (model, veld) in self.uitgelegd:
            return
        self.uitgelegd.add((model, veld))
        tekst = description(model, veld)
        if required(model, veld):
            tekst = f"{tekst} (Verplicht.)" if tekst else "Verplicht."
        self.regels.extend(_comment(tekst, inspringing))

    def model(self, object_: BaseModel, inspringing: str, eerste: str | None = None) -> None:
        """The fields of ``object_``; ``eerste`` is the prefix of the first line ('- ')."""
        soort = type(object_)
        velden = [
            v
            for v in soort.model_fields
            if (v in object_.model_fields_set or required(soort, v))
            and getattr(object_, v) is not None
        ]
        if not velden:
            self.regels.append(f"{inspringing}{eerste or ''}{{}}")
            return
        for index, veld in enumerate(velden):
            voorvoegsel = eerste if (eerste is not None and index == 0) else None
            binnen = inspringing + ("  " if eerste is not None else "")
            self.uitleg(soort, veld, binnen if voorvoegsel is None else inspringing)
            self.veld(soort, veld, getattr(object_, veld), binnen, voorvoegsel, inspringing)

    def veld(
        self,
        soort: type[BaseModel],
        veld: str,
        waarde: Any,
        inspringing: str,
        voorvoegsel: str | None = None,
        buiten: str = "",
    ) -> None:
        begin = f"{buiten}{voorvoegsel}" if voorvoegsel is not None else inspringing
        vervolg = inspringing
        if isinstance(waarde, BaseModel):
            self.regels.append(f"{begin}{veld}:")
            self.model(waarde, inspringing + "  ")
            return
        if isinstance(waarde, list):
            self.lijst(veld, waarde, begin, vervolg)
            return
        regels = _scalar_lines(veld, waarde, BREEDTE - len(inspringing))
        self.regels.append(begin + regels[0])
        self.regels.extend(vervolg + r for r in regels[1:])

    def lijst(self, veld: str, waarden: list[Any], begin: str, inspringing: str) -> None:
        if not waarden:
            self.regels.append(f"{begin}{veld}: []")
            return
        if all(isinstance(w, Enum) for w in waarden):
            self.regels.append(f"{begin}{veld}: [{', '.join(_plain(w) for w in waarden)}]")
            return
        self.regels.append(f"{begin}{veld}:")
        binnen = inspringing + "  "
        for waarde in waarden:
            sleutel = _ALS_TEKST.get(type(waarde))
            if sleutel is not None and waarde.model_fields_set <= {sleutel}:
                waarde = getattr(waarde, sleutel)
            if isinstance(waarde, BaseModel):
                self.model(waarde, binnen, eerste="- ")
            else:
                regels = _scalar_lines(None, waarde, BREEDTE - len(binnen) - 2)
                self.regels.append(f"{binnen}- {regels[0]}")
                self.regels.extend(f"{binnen}  {r}" for r in regels[1:])


# The optional fields a first file is most likely to need next, named at its end when empty.
_AANVULLEN = (
    "aanleiding",
    "soort",
    "beleidsveld",
    "wettelijk_kader",
    "polarisatie",
    "complexiteit",
    "ambitie",
    "besluit",
    "werkvormen",
    "vakantieregio",
)


def schema_address_ok(adres: str) -> bool:
    """Can ``adres`` stand on the schema line: one web address or path, no spaces or control
    characters (which would end the comment or hide part of it)?"""
    return bool(adres) and all(t.isprintable() and not t.isspace() for t in adres)


def vraagstuk_yaml(
    vraagstuk: Vraagstuk, naam: str = "vraagstuk.yaml", kop: str = "", schema: str = SCHEMA
) -> str:
    """The vraagstuk as a commented YAML file that ``pionieren valideer`` accepts.

    Only the fields that were given (and the required ones) are written, in the order of the
    model; a comment above each field says what it means. At the end a comment names the
    optional fields that are still empty. ``naam`` is used in the advice on what to do next;
    ``kop`` replaces the opening comment (under the schema line); ``schema`` is where the
    editor finds the schema: a web address, or a path relative to the file.
    """
    if not schema_address_ok(schema):
        raise ValueError(f"schema: one web address or path, without spaces: {schema!r}")
    schrijver = _Schrijver(toelichting=True)
    schrijver.regels.append(f"# yaml-language-server: $schema={schema}")
    schrijver.regels.extend(
        _comment(
            kop
            or "Een vraagstuk voor pionieren, gemaakt met 'pionieren nieuw'. Vul gerust aan: "
            "de regels met # zeggen wat elk veld betekent.",
            "",
        )
    )
    schrijver.regels.extend(
        [
            f"# Controleren: pionieren valideer {naam}",
            f"# Advies:      pionieren analyse {naam}",
            "",
        ]
    )
    schrijver.model(vraagstuk, "")
    leeg = [
        v
        for v in _AANVULLEN
        if v not in vraagstuk.model_fields_set or getattr(vraagstuk, v) in (None, [])
    ]
    if leeg:
        schrijver.regels.append("")
        schrijver.regels.extend(
            _comment(
                f"Nog niet ingevuld (niet verplicht, maar het advies wordt er preciezer van): "
                f"{', '.join(leeg)}. Wat elk veld betekent, ziet u in uw editor (via het schema "
                "op de eerste regel), in de handleiding en met: pionieren schema.",
                "",
            )
        )
    return "\n".join(schrijver.regels) + "\n"


# --- The example --------------------------------------------------------------------------

VOORBEELD: dict[str, Any] = {
    "titel": "Nieuwe inrichting van het Stationsplein",
    "gemeente": "Voorbeeldstad",
    "omschrijving": (
        "Het Stationsplein is rommelig en onveilig voor fietsers. Het college wil het plein "
        "opnieuw inrichten. Hoe willen reizigers, omwonenden en ondernemers het plein gebruiken?"
    ),
    "aanleiding": "De gemeente vervangt in 2028 de riolering onder het plein.",
    "initiatiefnemer": "gemeente",
    "fase": "beleidsvorming",
    "soort": "exploratief",
    "schaal": "wijk",
    "beleidsveld": "openbare ruimte",
    "wettelijk_kader": ["omgevingswet", "participatieverordening"],
    "polarisatie": 2,
    "complexiteit": 3,
    "kaders": {
        "beinvloedingsruimte": "middel",
        "vast": [
            "De bussen blijven aan de noordkant van het plein stoppen.",
            "Het investeringsbudget is 1,2 miljoen euro.",
        ],
        "open": [
            {"onderwerp": "Waar de fietsenstallingen komen.", "ruimte": "groot"},
            {"onderwerp": "De verdeling van groen, bankjes en parkeerplaatsen."},
        ],
        "budget_euro": 25000,
        "besluit_uiterlijk": date(2027, 9, 30),
        "raad_kaders_gesteld": False,
        "besluit_al_genomen": False,
    },
    "ambitie": "adviseren",
    "belanghebbenden": [
        {
            "naam": "Omwonenden Stationsbuurt",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "houding": "onbekend",
            "bereikbaarheid": "matig",
            "kenmerken": ["ouderen"],
            "aantal": 400,
        },
        {
            "naam": "Ondernemers aan het plein",
            "soort": "ondernemers",
            "invloed": "middel",
            "belang": "hoog",
            "houding": "tegen",
            "aantal": 15,
        },
        {
            "naam": "Fietsersbond afdeling Voorbeeldstad",
            "soort": "maatschappelijke_organisatie",
            "invloed": "middel",
            "belang": "middel",
            "houding": "voor",
        },
    ],
    "besluit": {"door": "raad", "procedure": "beleid"},
    "vakantieregio": "midden",
}
"""A small, realistic vraagstuk: the example that ``pionieren nieuw --geen-vragen`` writes."""


def voorbeeld_yaml(naam: str = "vraagstuk.yaml", schema: str = SCHEMA) -> str:
    """A commented example that passes ``pionieren valideer``, with what to fill in."""
    return vraagstuk_yaml(
        Vraagstuk.model_validate(VOORBEELD),
        naam,
        schema=schema,
        kop="Dit is een VOORBEELD. Vervang elke waarde door die van uw eigen vraagstuk, en laat "
        "weg wat niet verplicht is en wat u niet weet. De regels met # zeggen wat elk veld "
        "betekent. Liever vragen beantwoorden? Typ in een terminal: pionieren nieuw",
    )

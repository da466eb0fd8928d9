"""Project settings in ``pionieren.toml``, found by walking up from a starting folder.

Why: a team sets its defaults once (for example its own werkvormen file) instead of repeating
options on every command. Options on the command line always win over this file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError, field_validator
from pydantic_core import PydanticCustomError

from pionieren.errors import InvoerFout, Probleem, UserError
from pionieren.input.model import Model, Tekst
from pionieren.input.yamlread import Geladen, Positie, decode
from pionieren.report.formats import FormaatNaam

BESTANDSNAAM = "pionieren.toml"


class Instellingen(Model):
    """What ``pionieren.toml`` may contain. Paths are relative to the file itself."""

    werkvormen: Tekst | None = None
    sjablonen: Tekst | None = None
    gemeente: Tekst | None = None
    logo: Tekst | None = None
    kleur: Tekst | None = None
    formaat: FormaatNaam | None = None

    @field_validator("kleur")
    @classmethod
    def _kleur(cls, waarde: str | None) -> str | None:
        if waarde is None:
            return None
        if not _HEX.fullmatch(waarde):
            raise PydanticCustomError(
                "waarde",
                "colour must be #rrggbb",
                {
                    "melding": f"'{waarde}' is geen kleur die pionieren kent. Schrijf een kleur "
                    'als een hekje en zes tekens 0-9 of a-f, zoals kleur = "#005a31"'
                },
            )
        verhouding = contrast_with_white(waarde)
        if verhouding < MINIMAAL_CONTRAST:
            getal = f"{int(verhouding * 10) / 10:.1f}".replace(".", ",")
            raise PydanticCustomError(
                "waarde",
                "colour too light",
                {
                    "melding": f"'{waarde}' is te licht: koppen in deze kleur op wit papier en "
                    "witte tekst op deze kleur zijn slecht te lezen (contrast "
                    f"{getal}:1, nodig is minstens 5:1). Kies een donkerdere kleur"
                },
            )
        return waarde.lower()


_HEX = re.compile(r"#[0-9a-fA-F]{6}")
MINIMAAL_CONTRAST = 5.0
"""The colour is used for headings and links on white and behind white text: WCAG 2.1 AA asks
4.5:1 for normal text; 5:1 against white keeps 4.5:1 on the light grey (#f3f3f3) of the HTML
summary as well."""


def contrast_with_white(kleur: str) -> float:
    """The WCAG contrast ratio of ``#rrggbb`` against white (1.0 to 21.0)."""

    def kanaal(hex_: str) -> float:
        c = int(hex_, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (kanaal(kleur[i : i + 2]) for i in (1, 3, 5))
    luminantie = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return 1.05 / (luminantie + 0.05)


@dataclass(frozen=True)
class Project:
    bestand: Path | None = None
    werkvormen: Path | None = None
    sjablonen: Path | None = None
    gemeente: str | None = None
    logo: Path | None = None
    kleur: str | None = None
    formaat: str | None = None

    def presentatie(self) -> dict[str, str | None]:
        """Settings for the report: the gemeente name, the logo as a data: URL, the colour."""
        return {
            "gemeente": self.gemeente,
            "logo": logo_data_url(self.logo) if self.logo else None,
            "kleur": self.kleur,
        }


_LOGO_SOORTEN = {
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}


def logo_data_url(pad: Path) -> str:
    """Embed a logo in the report, so the HTML stays one self-contained file."""
    import base64

    soort = _LOGO_SOORTEN.get(pad.suffix.lower())
    if soort is None:
        raise UserError(f"{pad}: een logo moet een .svg-, .png- of .jpg-bestand zijn")
    try:
        inhoud = pad.read_bytes()
    except OSError as e:
        raise UserError(f"{pad}: het logo is niet te lezen ({e.strerror})") from None
    if len(inhoud) > 1024 * 1024:
        raise UserError(f"{pad}: het logo is groter dan 1 MB; gebruik een kleiner bestand")
    return f"data:{soort};base64,{base64.b64encode(inhoud).decode('ascii')}"


def find_project_file(start: Path) -> Path | None:
    """The nearest ``pionieren.toml`` in ``start`` or one of its parent folders."""
    map_ = start.resolve()
    if map_.is_file():
        map_ = map_.parent
    for kandidaat in (map_, *map_.parents):
        pad = kandidaat / BESTANDSNAAM
        if pad.is_file():
            return pad
    return None


_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_project(start: Path) -> Project:
    """Read the project settings that apply to ``start`` (a file or folder)."""
    pad = find_project_file(start)
    if pad is None:
        return Project()
    naam = str(pad)
    try:
        ruw = pad.read_bytes()
    except OSError as e:
        raise UserError(f"{naam}: dit bestand is niet te lezen ({e.strerror})") from None
    tekst = decode(ruw, naam)
    import tomllib  # only when there is a pionieren.toml

    try:
        data = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as e:
        positie = _TOML_POSITION.search(str(e))
        regel, kolom = (int(positie[1]), int(positie[2])) if positie else (0, 0)
        raise InvoerFout(
            [
                Probleem(
                    naam,
                    regel,
                    kolom,
                    "",
                    "dit is geen geldig TOML-bestand. Schrijf instellingen als: werkvormen = "
                    '"eigen-werkvormen.yaml" (technische melding: '
                    f"{_TOML_POSITION.sub('', str(e)).strip()})",
                    "syntaxis",
                )
            ]
        ) from None
    geladen = Geladen(bestand=naam, data=data)
    for nummer, regel_tekst in enumerate(tekst.splitlines(), start=1):
        sleutel = re.match(r"^\s*([A-Za-z0-9_\-]+)\s*=", regel_tekst)
        if sleutel:
            geladen.sleutels.setdefault((sleutel[1],), Positie(nummer, 1))
            geladen.posities.setdefault((sleutel[1],), Positie(nummer, 1))
    try:
        instellingen = Instellingen.model_validate(data)
    except ValidationError as e:
        from pionieren.input.problems import translate

        raise InvoerFout(translate(e, geladen, Instellingen)) from None

    def relatief(waarde: str | None) -> Path | None:
        return pad.parent / waarde if waarde else None

    return Project(
        bestand=pad,
        werkvormen=relatief(instellingen.werkvormen),
        sjablonen=relatief(instellingen.sjablonen),
        gemeente=instellingen.gemeente,
        logo=relatief(instellingen.logo),
        kleur=instellingen.kleur,
        formaat=instellingen.formaat.value if instellingen.formaat else None,
    )

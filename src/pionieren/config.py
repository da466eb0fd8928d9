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
from pionieren.files import ReadError, read_limited
from pionieren.input.model import Model, Tekst
from pionieren.input.yamlread import Geladen, Positie, decode
from pionieren.report.formats import FormaatNaam

BESTANDSNAAM = "pionieren.toml"


class Instellingen(Model):
    """What ``pionieren.toml`` may contain. Paths are relative to the file itself."""

    werkvormen: Tekst | None = None
    sjablonen: Tekst | None = None
    leerarena: Tekst | None = None
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
    leerarena: Path | None = None

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


MAX_LOGO = 1024 * 1024
MAX_SETTINGS = 64 * 1024


def logo_data_url(pad: Path) -> str:
    """Embed a logo in the report, so the HTML stays one self-contained file.

    Only a regular file of at most 1 MB, never through a symbolic link; the size is checked
    before anything is read (a logo at /dev/zero or a pipe is refused at once). An SVG logo may
    not load anything itself (no scripts, no links to files or the network): PDF and HTML show
    it as an image.
    """
    import base64

    soort = _LOGO_SOORTEN.get(pad.suffix.lower())
    if soort is None:
        raise UserError(f"{pad}: een logo moet een .svg-, .png- of .jpg-bestand zijn")
    inhoud = read_limited(pad, MAX_LOGO, str(pad), "het logo", links=False)
    if soort == "image/svg+xml" and _SVG_ACTIEF.search(inhoud):
        raise UserError(
            f"{pad}: dit SVG-logo verwijst naar andere bestanden of bevat een script; dat laat "
            "pionieren niet in een rapport. Sla het logo op als PNG, of als SVG zonder links "
            "en scripts"
        )
    return f"data:{soort};base64,{base64.b64encode(inhoud).decode('ascii')}"


# In an SVG: scripts, event handlers, external references (href to anything but a fragment
# or a data: URL), entities and XInclude. Any of these and the logo is refused.
_SVG_ACTIEF = re.compile(
    rb"<script|\son[a-z]+\s*=|<!ENTITY|<!DOCTYPE|xi:include|<foreignObject"
    rb"|href\s*=\s*[\"'](?!#|data:image/(?:png|jpeg);)"
    rb"|url\(\s*[\"']?(?!#|data:image/(?:png|jpeg);)",
    re.IGNORECASE,
)


def find_project_file(start: Path) -> Path | None:
    """The nearest ``pionieren.toml`` in ``start`` or one of its parent folders."""
    try:
        map_ = start.resolve()
        if map_.is_file():
            map_ = map_.parent
    except OSError:  # a folder we may not enter: the settings search stops here
        return None
    for kandidaat in (map_, *map_.parents):
        pad = kandidaat / BESTANDSNAAM
        try:
            if pad.is_file():
                return pad
        except OSError:
            return None
    return None


def _outside_project(map_: Path, waarde: str) -> str | None:
    """Why a path from pionieren.toml may not be used, or None when it is fine.

    Why: the settings file travels with a project (often in a repository that CI runs). A path
    in it stays inside the project folder and does not go through symbolic links, so a settings
    file cannot make a report embed or show a file from elsewhere on the computer.
    """
    if Path(waarde).is_absolute() or Path(waarde).drive:
        return (
            f"'{waarde}' is een volledig pad. Geef een pad binnen de projectmap, ten opzichte "
            "van pionieren.toml"
        )
    wortel = map_.resolve()
    stap = map_
    for deel in Path(waarde).parts:
        stap = stap / deel
        if stap.is_symlink():
            return (
                f"'{waarde}' gaat via een symbolische link ({stap.name}); pionieren volgt in "
                "pionieren.toml geen links. Zet het echte bestand of de echte map in de projectmap"
            )
    if not (map_ / waarde).resolve().is_relative_to(wortel):
        return (
            f"'{waarde}' ligt buiten de projectmap {map_}. Zet het bestand in de map van "
            "pionieren.toml of een map daaronder"
        )
    return None


_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_project(start: Path) -> Project:
    """Read the project settings that apply to ``start`` (a file or folder)."""
    pad = find_project_file(start)
    if pad is None:
        return Project()
    naam = str(pad)
    try:
        ruw = read_limited(pad, MAX_SETTINGS, naam)
    except ReadError as e:
        raise InvoerFout([Probleem(naam, 0, 0, "", e.melding, e.code)]) from None
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

    problemen: list[Probleem] = []

    def relatief(sleutel: str, waarde: str | None) -> Path | None:
        if not waarde:
            return None
        melding = _outside_project(pad.parent, waarde)
        if melding is not None:
            positie = geladen.positie((sleutel,))
            problemen.append(
                Probleem(naam, positie.regel, positie.kolom, sleutel, melding, "buiten_project")
            )
            return None
        return pad.parent / waarde

    werkvormen = relatief("werkvormen", instellingen.werkvormen)
    sjablonen = relatief("sjablonen", instellingen.sjablonen)
    logo = relatief("logo", instellingen.logo)
    leerarena = relatief("leerarena", instellingen.leerarena)
    if problemen:
        raise InvoerFout(problemen)
    return Project(
        bestand=pad,
        werkvormen=werkvormen,
        sjablonen=sjablonen,
        gemeente=instellingen.gemeente,
        logo=logo,
        kleur=instellingen.kleur,
        formaat=instellingen.formaat.value if instellingen.formaat else None,
        leerarena=leerarena,
    )

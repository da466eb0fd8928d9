"""Project settings in ``pionieren.toml``, found by walking up from a starting folder.

Why: a team sets its defaults once (for example its own werkvormen file) instead of repeating
options on every command. Options on the command line always win over this file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from pionieren.errors import InvoerFout, Probleem, UserError
from pionieren.input.model import Model, Tekst
from pionieren.input.problems import translate
from pionieren.input.yamlread import Geladen, Positie, decode

BESTANDSNAAM = "pionieren.toml"


class Instellingen(Model):
    """What ``pionieren.toml`` may contain. Paths are relative to the file itself."""

    werkvormen: Tekst | None = None
    sjablonen: Tekst | None = None
    gemeente: Tekst | None = None
    logo: Tekst | None = None
    formaat: Literal["md", "html", "pdf", "json"] | None = None


@dataclass(frozen=True)
class Project:
    bestand: Path | None = None
    werkvormen: Path | None = None
    sjablonen: Path | None = None
    gemeente: str | None = None
    logo: Path | None = None
    formaat: str | None = None

    def presentatie(self) -> dict[str, str | None]:
        """Settings for the report header: the gemeente name and the logo as a data: URL."""
        return {"gemeente": self.gemeente, "logo": logo_data_url(self.logo) if self.logo else None}


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
        raise InvoerFout(translate(e, geladen, Instellingen)) from None

    def relatief(waarde: str | None) -> Path | None:
        return pad.parent / waarde if waarde else None

    return Project(
        bestand=pad,
        werkvormen=relatief(instellingen.werkvormen),
        sjablonen=relatief(instellingen.sjablonen),
        gemeente=instellingen.gemeente,
        logo=relatief(instellingen.logo),
        formaat=instellingen.formaat,
    )

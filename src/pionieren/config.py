"""Project settings in ``pionieren.toml``, found by walking up from a starting folder.

Why: a team sets its defaults once (for example its own werkvormen file) instead of repeating
options on every command. Options on the command line always win over this file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from pionieren.errors import InvoerFout, Probleem
from pionieren.input.model import Model, Tekst
from pionieren.input.problems import translate
from pionieren.input.yamlread import Geladen, Positie

BESTANDSNAAM = "pionieren.toml"


class Instellingen(Model):
    """What ``pionieren.toml`` may contain. Paths are relative to the file itself."""

    werkvormen: Tekst | None = None


@dataclass(frozen=True)
class Project:
    bestand: Path | None = None
    werkvormen: Path | None = None


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
        tekst = pad.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InvoerFout(
            [Probleem(naam, 0, 0, "", "dit bestand is niet in UTF-8 opgeslagen", "codering")]
        ) from None
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
    werkvormen = pad.parent / instellingen.werkvormen if instellingen.werkvormen else None
    return Project(bestand=pad, werkvormen=werkvormen)

"""The vraagstuk model and the shipped examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pionieren.input.load import load_vraagstuk, parse_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.input.schema import schema_text
from pionieren.vocabulary import Trede

ROOT = Path(__file__).resolve().parents[2]
VOORBEELDEN = sorted((ROOT / "vraagstukken").glob("*.yaml"))

MINIMAAL = """\
titel: Plein
gemeente: Stad
omschrijving: Wat doen we met het plein?
initiatiefnemer: gemeente
fase: verkenning
schaal: buurt
kaders:
  beinvloedingsruimte: klein
belanghebbenden:
  - naam: Buren
    soort: inwoners
    invloed: laag
    belang: hoog
"""


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=[p.stem for p in VOORBEELDEN])
def test_every_example_is_valid_and_starts_with_schema_line(pad: Path) -> None:
    vraagstuk = load_vraagstuk(pad)
    assert isinstance(vraagstuk, Vraagstuk)
    eerste = pad.read_text(encoding="utf-8").splitlines()[0]
    assert eerste == "# yaml-language-server: $schema=../schema/vraagstuk.schema.json"


def test_examples_are_varied() -> None:
    vraagstukken = [load_vraagstuk(p) for p in VOORBEELDEN]
    assert len(vraagstukken) >= 6
    assert len({v.initiatiefnemer for v in vraagstukken}) >= 4
    assert len({v.schaal for v in vraagstukken}) >= 4
    assert len({v.kaders.beinvloedingsruimte for v in vraagstukken}) >= 3


def test_minimal_file_gets_defaults() -> None:
    v = parse_vraagstuk(MINIMAAL)
    assert v.kaders.raad_kaders_gesteld is False
    assert v.kaders.besluit_al_genomen is False
    assert v.belanghebbenden[0].houding == "onbekend"
    assert v.belanghebbenden[0].bereikbaarheid == "goed"
    assert v.ambitie is None


def test_trede_order() -> None:
    assert [t.rang for t in Trede] == [0, 1, 2, 3, 4, 5]
    assert Trede.adviseren.rang < Trede.meebeslissen.rang


def test_committed_advice_schema_equals_generated() -> None:
    vastgelegd = (ROOT / "schema" / "advies.schema.json").read_text(encoding="utf-8")
    assert vastgelegd == schema_text("advies"), (
        "draai: pionieren schema --soort advies > schema/advies.schema.json"
    )
    schema = json.loads(vastgelegd)
    assert {
        "trede",
        "belanghebbenden",
        "rolverdeling",
        "mix",
        "bevindingen",
        "referentiekader",
    } <= set(schema["required"])


def test_committed_schema_equals_generated() -> None:
    vastgelegd = (ROOT / "schema" / "vraagstuk.schema.json").read_text(encoding="utf-8")
    assert vastgelegd == schema_text(), "draai: pionieren schema > schema/vraagstuk.schema.json"
    schema = json.loads(vastgelegd)
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) >= {"titel", "gemeente", "omschrijving", "kaders"}

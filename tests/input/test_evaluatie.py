"""The evaluatie format: the model, the link to its vraagstuk, the examples and the schema."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pionieren.errors import InvoerFout
from pionieren.input.evaluatie import Evaluatie
from pionieren.input.load import file_kind, read_evaluatie
from pionieren.input.schema import schema_text
from pionieren.knowledge.load import builtin

ROOT = Path(__file__).resolve().parents[2]
EVALUATIES = sorted((ROOT / "vraagstukken" / "evaluaties").glob("*.yaml"))
FOUTEN = ROOT / "tests" / "golden" / "evaluatie-fouten"
GEVALLEN = sorted(FOUTEN.glob("*.yaml"))


@pytest.mark.parametrize("pad", EVALUATIES, ids=[p.stem for p in EVALUATIES])
def test_every_example_is_valid_without_warnings(pad: Path) -> None:
    gelezen = read_evaluatie(pad, catalogus=builtin().ids())
    assert isinstance(gelezen.evaluatie, Evaluatie)
    assert gelezen.waarschuwingen == []
    eerste = pad.read_text(encoding="utf-8").splitlines()[0]
    assert eerste == "# yaml-language-server: $schema=../../schema/evaluatie.schema.json"


def test_examples_are_varied() -> None:
    """Some good, a missed group, a late and a missing terugkoppeling, a deviating decision."""
    lijst = [read_evaluatie(p, catalogus=builtin().ids()).evaluatie for p in EVALUATIES]
    assert len(lijst) >= 6
    assert {e.besluit.volgt_uitkomst.value for e in lijst if e.besluit} == {"ja", "deels", "nee"}
    assert any(not e.terugkoppeling.gegeven and e.afgerond for e in lijst)
    assert any(g.bereikt.value == "nee" for e in lijst for g in e.belanghebbenden)
    assert any(not e.afgerond for e in lijst)


@pytest.mark.parametrize("pad", GEVALLEN, ids=[p.stem for p in GEVALLEN])
def test_broken_evaluatie_gives_expected_messages(pad: Path, golden) -> None:
    naam = f"tests/golden/evaluatie-fouten/{pad.name}"
    with pytest.raises(InvoerFout) as info:
        read_evaluatie(pad, naam, catalogus=builtin().ids())
    problemen = info.value.problemen
    assert problemen
    for p in problemen:
        assert p.bestand == naam
        assert p.melding and not p.melding[0].isupper(), p.melding
    golden(pad.with_suffix(".txt"), "\n".join(p.als_tekst() for p in problemen) + "\n")


def test_unknown_werkvorm_and_forgotten_group_are_warnings(tmp_path: Path) -> None:
    pad = tmp_path / "e.yaml"
    doel = (ROOT / "vraagstukken" / "speeltuin.yaml").resolve()
    pad.write_text(
        f"vraagstuk: {os.path.relpath(doel, tmp_path)}\n"
        "periode: {van: 2027-01-04}\n"
        "werkvormen:\n"
        "  - {id: kinderparticipatei, deelnemers: 10, kosten_euro: 100, weken: 1}\n"
        "belanghebbenden:\n"
        "  - {naam: Bewonersgroep Speeltuin De Rode Beuk, bereikt: ja}\n"
        "  - {naam: Buurtagent, bereikt: ja, nieuw: true}\n"
        "terugkoppeling: {gegeven: false}\n",
        encoding="utf-8",
    )
    gelezen = read_evaluatie(pad, "e.yaml", catalogus=builtin().ids())
    teksten = [w.als_tekst() for w in gelezen.waarschuwingen]
    assert teksten[0].startswith("e.yaml:6:3: belanghebbenden: Let op: deze belanghebbenden")
    assert "Ouders en kinderen uit de buurt" in teksten[0]
    assert teksten[1].startswith("e.yaml:4:10: werkvormen[1].id: Let op: de werkvorm")
    assert "Bedoelde u 'kinderparticipatie'?" in teksten[1]


def test_one_vraagstuk_is_read_once_for_many_evaluaties() -> None:
    cache: dict = {}
    for pad in EVALUATIES:
        read_evaluatie(pad, catalogus=builtin().ids(), cache=cache)
    gelezen = {id(v) for v in cache.values()}
    assert len(gelezen) == len(EVALUATIES)
    read_evaluatie(EVALUATIES[0], catalogus=builtin().ids(), cache=cache)
    assert {id(v) for v in cache.values()} == gelezen


def test_file_kind() -> None:
    assert file_kind("vraagstuk: ../a.yaml\nbelanghebbenden: []\n") == "evaluatie"
    assert file_kind("titel: x\nkaders:\n") == "vraagstuk"
    assert file_kind("werkvormen: []\n") is None


def test_committed_schema_equals_generated() -> None:
    vastgelegd = (ROOT / "schema" / "evaluatie.schema.json").read_text(encoding="utf-8")
    assert vastgelegd == schema_text("evaluatie"), (
        "draai: pionieren schema --soort evaluatie > schema/evaluatie.schema.json"
    )
    schema = json.loads(vastgelegd)
    assert {"vraagstuk", "periode", "terugkoppeling"} <= set(schema["required"])
    for naam, definitie in schema["$defs"].items():
        assert definitie.get("description"), naam
        for veld, eigenschap in definitie.get("properties", {}).items():
            assert eigenschap.get("description"), (naam, veld)
    for veld, eigenschap in schema["properties"].items():
        assert eigenschap.get("description"), veld

"""A gemeente's own werkvormen file: adding, overriding, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from pionieren.config import load_project
from pionieren.errors import InvoerFout
from pionieren.knowledge.load import builtin, load_kennis

EIGEN = """\
bronnen:
  - id: voorbeeldstad-participatiebeleid
    titel: Participatiebeleid Voorbeeldstad
    uitgever: Gemeente Voorbeeldstad
    jaar: 2025
    url: https://www.voorbeeldstad.nl/participatie
werkvormen:
  - id: burgerberaad
    kosten_euro: [60000, 120000]
  - id: wijkwandeling-wethouder
    naam: Wijkwandeling met de wethouder
    omschrijving: >-
      De wethouder loopt een ochtend met bewoners door de wijk. Bewoners laten zien wat hen
      opvalt en de wethouder luistert.
    modi: [denken]
    treden: [raadplegen]
    deelnemers: [10, 30]
    kosten_euro: [300, 1000]
    weken: [1, 2]
    kanaal: fysiek
    bereikt: [ouderen]
    verbreding_of_verdieping: verdieping
    valkuilen: [Het blijft bij een gezellige ochtend.]
    bronnen: [voorbeeldstad-participatiebeleid]
"""


def _schrijf(tmp_path: Path, tekst: str, naam: str = "eigen.yaml") -> Path:
    pad = tmp_path / naam
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_own_file_adds_and_overrides(tmp_path: Path) -> None:
    kennis = load_kennis(_schrijf(tmp_path, EIGEN))
    assert len(kennis.werkvormen) == len(builtin().werkvormen) + 1
    beraad = kennis.werkvorm("burgerberaad")
    assert beraad.kosten_euro == (60000, 120000)
    assert beraad.naam == builtin().werkvorm("burgerberaad").naam
    assert kennis.herkomst["burgerberaad"] == "aangepast"
    assert kennis.herkomst["wijkwandeling-wethouder"] == "eigen"
    assert kennis.herkomst["enquete"] == "ingebouwd"
    assert "voorbeeldstad-participatiebeleid" in kennis.bronnen
    assert builtin().werkvorm("burgerberaad").kosten_euro == (80000, 300000)


def test_broken_own_file_names_file_line_and_field(tmp_path: Path) -> None:
    kapot = """\
werkvormen:
  - id: burgerberaad
    kosten_euro: [120000, 60000]
    kanal: fysiek
  - id: nieuwe-vorm
    naam: Nieuwe vorm
    modi: [denken, meedoen]
    bronnen: [bestaat-niet]
  - naam: zonder id
"""
    with pytest.raises(InvoerFout) as info:
        load_kennis(_schrijf(tmp_path, kapot), "eigen.yaml")
    tekst = [p.als_tekst() for p in info.value.problemen]
    assert any(
        t.startswith("eigen.yaml:3:18: werkvormen[1].kosten_euro: de eerste waarde") for t in tekst
    ), tekst
    assert any(
        t.startswith("eigen.yaml:4:5: werkvormen[1].kanal:") and "Bedoelde u 'kanaal'?" in t
        for t in tekst
    ), tekst
    assert any("werkvormen[2].modi[2]: 'meedoen' is geen toegestane waarde" in t for t in tekst)
    assert any("werkvormen[2].omschrijving: het verplichte veld" in t for t in tekst)
    assert any(t.startswith("eigen.yaml:9:5: werkvormen[3]:") and "'id'" in t for t in tekst)


def test_unknown_source_in_own_file(tmp_path: Path) -> None:
    tekst = EIGEN.replace(
        "bronnen: [voorbeeldstad-participatiebeleid]", "bronnen: [voorbeeldstad-participatiebeleit]"
    )
    with pytest.raises(InvoerFout) as info:
        load_kennis(_schrijf(tmp_path, tekst), "eigen.yaml")
    (probleem,) = info.value.problemen
    assert probleem.pad == "werkvormen[2].bronnen[1]"
    assert "Bedoelde u 'voorbeeldstad-participatiebeleid'?" in probleem.melding


def test_duplicate_id_in_own_file(tmp_path: Path) -> None:
    tekst = "werkvormen:\n  - id: enquete\n    weken: [2, 4]\n  - id: enquete\n    weken: [3, 5]\n"
    with pytest.raises(InvoerFout) as info:
        load_kennis(_schrijf(tmp_path, tekst), "eigen.yaml")
    (probleem,) = info.value.problemen
    assert (probleem.regel, probleem.code) == (4, "dubbele_id")


def test_project_file_is_found_walking_up(tmp_path: Path) -> None:
    _schrijf(tmp_path, EIGEN, "mijn-werkvormen.yaml")
    (tmp_path / "pionieren.toml").write_text('werkvormen = "mijn-werkvormen.yaml"\n', "utf-8")
    diep = tmp_path / "a" / "b"
    diep.mkdir(parents=True)
    project = load_project(diep)
    assert project.werkvormen == tmp_path / "mijn-werkvormen.yaml"


def test_project_file_errors(tmp_path: Path) -> None:
    (tmp_path / "pionieren.toml").write_text('werkvorm = "x.yaml"\n', "utf-8")
    with pytest.raises(InvoerFout) as info:
        load_project(tmp_path)
    (probleem,) = info.value.problemen
    assert probleem.regel == 1 and "Bedoelde u 'werkvormen'?" in probleem.melding
    (tmp_path / "pionieren.toml").write_text("werkvormen = \n", "utf-8")
    with pytest.raises(InvoerFout) as info:
        load_project(tmp_path)
    assert info.value.problemen[0].regel == 1
    assert "TOML" in info.value.problemen[0].melding


def test_project_file_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "pionieren.toml").write_bytes('gemeente = "Caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(InvoerFout) as info:
        load_project(tmp_path)
    (probleem,) = info.value.problemen
    assert probleem.regel == 1 and "UTF-8" in probleem.melding

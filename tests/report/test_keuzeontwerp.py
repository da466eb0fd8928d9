"""A choice design for every open point the case marks as a choice (review 44a): the options
from the file (or a request to work out two or three), their costs and consequences, where
inwoners weigh them and when, and the promise; in the JSON as keys."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from pionieren.input.model import Onderwerp
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).resolve().parents[2]
DATUM = date(2026, 11, 30)
PLEIN = ROOT / "tests" / "cases" / "dorpsplein-velderhout.yaml"


def _rapport(pad: Path, formaat: str = "md") -> str:
    return advise_file(pad, pad.name, builtin(), DATUM, formaat).rapport.decode("utf-8")


def _zonder_opties(tmp_path: Path) -> Path:
    data: dict[str, Any] = yaml.safe_load(PLEIN.read_text("utf-8"))
    for p in data["kaders"]["open"]:
        p.pop("opties", None)
    pad = tmp_path / "plein.yaml"
    pad.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return pad


def test_keuze_met_opties_krijgt_een_keuzeontwerp() -> None:
    tekst = _rapport(PLEIN)
    regel = next(r for r in tekst.splitlines() if r.startswith("- Keuze "))
    assert "‘een schets met veel parkeren’, ‘een middenweg’ en ‘een schets met veel groen’" in regel
    assert "elk met kosten en gevolgen per groep" in regel
    assert "Afwegen: kiezen uit ontwerpen binnen de kaders (25 februari 2027)" in regel
    # who decides stands in the table; no pointer "Besluit: zie de toezegging" (review 46a)
    assert "toezegging" not in regel
    # the round where the options go public no longer repeats the point
    assert "komen de mogelijkheden openbaar." in tekst
    assert "Keuze tussen ‘een schets met veel parkeren’" in _rapport(PLEIN, "html")


def test_keuze_zonder_opties_vraagt_varianten(tmp_path: Path) -> None:
    tekst = _rapport(_zonder_opties(tmp_path))
    regel = next(r for r in tekst.splitlines() if r.startswith("- Open keuze: "))
    # review 45a: 'Keuze over de vraag of …' read stilted
    assert regel.startswith("- Open keuze: hoeveel parkeerplaatsen blijven")
    assert ". Werk twee of drie mogelijkheden uit, elk met kosten en gevolgen per groep." in regel


def test_keuzeontwerp_in_json() -> None:
    data = json.loads(_rapport(PLEIN, "json"))
    punt = next(o for o in data["trede"]["onderwerpen"] if o["keuze"])
    assert punt["opties"] == [
        "een schets met veel parkeren",
        "een middenweg",
        "een schets met veel groen",
    ]
    assert punt["gekozen_in"] == "keuze-uit-ontwerpen"
    assert sum(o["keuze"] for o in data["trede"]["onderwerpen"]) == 1


@pytest.mark.parametrize(
    "velden",
    [
        {"opties": ["alleen een"]},
        {"opties": ["a", "b"], "keuze": False},
        {"opties": ["a", "A"]},
        {"opties": ["a", "b", "c", "d", "e", "f"]},
    ],
)
def test_opties_worden_gecontroleerd(velden: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Onderwerp.model_validate({"onderwerp": "Welke plek", **velden})

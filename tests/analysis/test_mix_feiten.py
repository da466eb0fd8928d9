"""Rule MIX-FEITEN: joint fact-finding where a real choice rests on a fact one side gives as its
reason (review 41: 'ruim de helft van de klanten komt met de auto' and no fact-finding)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import advies_voor

from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

CASES = Path(__file__).parents[1] / "cases"
CENTRUM = CASES / "centrumvisie-markewolde.yaml"
BEWERING = "ruim de helft van de klanten komt met de auto uit de dorpen rond Markewolde"


def _data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(CENTRUM.read_text(encoding="utf-8"))
    return data


def _onderzoek(data: dict[str, Any]) -> list[Any]:
    advies = advies_voor(Vraagstuk.model_validate(data))
    return [m for m in advies.mix if "MIX-FEITEN" in m.regels]


def test_the_sides_of_a_choice_research_the_fact_it_rests_on_together() -> None:
    advies = advise_file(CENTRUM, CENTRUM.name, builtin(), date(2026, 11, 30), "md")
    jff = next(m for m in advies.advies.mix if m.werkvorm == "joint-fact-finding")
    assert "MIX-FEITEN" in jff.regels
    # the side that gives the fact and the side that wants the other outcome; not the church
    # board, which is against terraces in its garden, not about the Markt
    assert jff.voor == ["Ondernemersvereniging Centrum Markewolde", "Bewoners van het centrum"]
    tekst = " ".join(advies.rapport.decode().split())
    assert BEWERING in tekst
    assert "Zoek dat vóór de keuze over de vraag of de Markt een parkeerplein blijft" in tekst
    assert "kiezen samen wie het onderzoekt" in tekst


@pytest.mark.parametrize(
    "aanleiding",
    [
        # the same position without a fact as its reason
        "De ondernemersvereniging wil dat de Markt een parkeerplein blijft. Bewoners van het "
        "centrum willen juist een autovrije Markt.",
        # a number that is the wish itself, not its reason
        "De ondernemersvereniging wil 30 procent van de Markt als parkeerplein houden. Bewoners "
        "van het centrum willen juist een autovrije Markt.",
        # a fact the gemeente's own monitor gives, not a side
        "Uit de monitor blijkt dat ruim de helft van de klanten met de auto komt. Bewoners van "
        "het centrum willen juist een autovrije Markt.",
    ],
)
def test_no_fact_finding_without_a_fact_a_side_gives_as_its_reason(aanleiding: str) -> None:
    data = _data()
    data["aanleiding"] = aanleiding
    assert _onderzoek(data) == []


def test_no_fact_finding_in_a_case_that_is_not_divided() -> None:
    data = _data()
    data["polarisatie"] = 2
    assert _onderzoek(data) == []


def test_no_fact_finding_when_the_fact_is_about_no_real_choice() -> None:
    data = _data()
    for punt in data["kaders"]["open"]:
        punt.pop("keuze", None)
        punt["onderwerp"] = punt["onderwerp"].replace("Of de Markt", "Hoe de Markt")
    data["kaders"]["open"] = [p for p in data["kaders"]["open"] if "scenario" not in p["onderwerp"]]
    assert _onderzoek(data) == []

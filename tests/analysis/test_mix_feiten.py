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
    assert "één deskundige die beide kanten vertrouwen" in tekst


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


# A dispute about a fact without a number: both sides ask the same question of fact and answer
# it differently (review 42d: grondwater in the beekdal, two measurement series that contradict).
GEEN_GETAL = (
    "De ondernemersvereniging wil dat de Markt een parkeerplein blijft. Bewoners van het centrum "
    "willen juist een autovrije Markt. Beide hebben hun eigen tellingen in de krant gezet."
)
VRAAG = "Hoeveel klanten komen met de auto, en zoeken zij een parkeerplaats op de Markt?"
KANTEN = ["Ondernemersvereniging Centrum Markewolde", "Bewoners van het centrum"]


def _gedeelde_vraag(aanleiding: str = GEEN_GETAL, zorg: str = VRAAG) -> dict[str, Any]:
    data = _data()
    data["aanleiding"] = aanleiding
    data["omschrijving"] += " Partijen zijn het niet eens over de cijfers."
    data.setdefault("zorgen", []).append(
        {"zorg": zorg, "van": KANTEN, "antwoord_door": "de provincie en een verkeerskundige"}
    )
    data["belanghebbenden"].append(
        {
            "naam": "Provincie Noordmark",
            "soort": "overheid",
            "invloed": "middel",
            "belang": "laag",
            "houding": "neutraal",
            "meervoud": False,
        }
    )
    data["bronnen"] += [
        {"titel": "Klantentelling Markt 2026", "uitgever": KANTEN[0], "soort": "feiten"},
        {
            "titel": "Parkeertelling centrum 2026",
            "uitgever": "Provincie Noordmark",
            "soort": "feiten",
        },
    ]
    return data


def test_a_question_of_fact_both_sides_ask_gets_joint_fact_finding() -> None:
    from pionieren.analysis.mix.feiten import TOETS_EURO

    [jff] = _onderzoek(_gedeelde_vraag())
    # the two sides and the authority that answers the question sit at the table
    assert jff.voor[:2] == KANTEN and "Provincie Noordmark" in jff.voor
    tekst = " ".join(jff.waarom.split())
    assert "zijn het oneens over een feit" in tekst and VRAAG in tekst
    # both papers are the data to agree on first; they exist, so one expert compares them
    assert "‘Klantentelling Markt 2026’, ‘Parkeertelling centrum 2026’" in tekst
    assert jff.naam == "Samen de metingen laten toetsen"
    assert tuple(jff.kosten_euro) == TOETS_EURO


@pytest.mark.parametrize(
    "omschrijving_zonder_feiten", [True, False], ids=["opinion only", "one side asks"]
)
def test_a_difference_of_opinion_is_no_disputed_fact(omschrijving_zonder_feiten: bool) -> None:
    data = _gedeelde_vraag(
        aanleiding="De ondernemersvereniging wil dat de Markt een parkeerplein blijft. Bewoners "
        "van het centrum willen juist een autovrije Markt.",
        zorg="Blijft het centrum gezellig als de Markt verandert?",
    )
    data["omschrijving"] = _data()["omschrijving"]
    if not omschrijving_zonder_feiten:
        # the case speaks of figures, but only one side asks the question
        data["omschrijving"] += " Partijen zijn het niet eens over de cijfers."
        data["zorgen"][-1] = {"zorg": VRAAG, "van": KANTEN[:1]}
    assert _onderzoek(data) == []


def test_a_sentence_that_says_one_side_disputes_the_others_figures() -> None:
    data = _data()
    data["aanleiding"] = (
        "De ondernemersvereniging wil dat de Markt een parkeerplein blijft. Bewoners van het "
        "centrum betwisten de tellingen van de ondernemersvereniging over het parkeren op de "
        "Markt."
    )
    [jff] = _onderzoek(data)
    assert set(KANTEN) <= set(jff.voor)

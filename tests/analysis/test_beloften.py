"""Who decides and what is promised (review 48e, worst fault 3): an owner's land or the cables
through it are decided by the party the case names, with a legal last resort (rule
WET-SLUITSTUK); the decider is the case's own (rule TREDE-VOORWAARDE only where the gemeente
gives something); a choice between named options gets the criteria promise (rule TREDE-KEUZE);
one promise is stated once; a budget decision in spring names the kadernota."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import advies_voor, casus, maak, rapport_gegevens

from pionieren.analysis.decision import begrotingsmoment
from pionieren.analysis.law import sluitstuk
from pionieren.input.model import Onderwerp
from pionieren.pipeline import advise
from pionieren.report.data import BELOFTE_KERN, _samen

ROOT = Path(__file__).resolve().parents[2]
DATUM = date(2026, 11, 30)

KABELS = (
    "Waar de kabels van het station naar het dorp lopen, en wat grondeigenaren daarvoor krijgen."
)
STROOK = (
    "Welke strook grond per perceel nodig is voor het fietspad en wat de eigenaar ervoor krijgt."
)
TUIN = "Hoe elke tuin na de sanering terugkomt (gras, tegels, beplanting)."


def _punt(onderwerp: str, **meer: Any) -> Onderwerp:
    return Onderwerp.model_validate({"onderwerp": onderwerp, **meer})


# ----------------------------------------------------------------------------- WET-SLUITSTUK


def test_cables_or_land_of_an_owner_have_a_legal_last_resort_his_garden_none() -> None:
    assert sluitstuk(_punt(KABELS, eigen_bezit=True, door="initiatiefnemer")) == "gedoogplicht"
    assert sluitstuk(_punt(STROOK, eigen_bezit=True, door="college")) == "onteigening"
    assert sluitstuk(_punt(TUIN, eigen_bezit=True)) is None
    assert sluitstuk(_punt(KABELS)) is None  # not about each owner's own property
    # what an owner does on his own land is no land a project needs: no onteigening behind a
    # voluntary scheme (a new case, sessie 40: a peilbesluit and the farms' own measures)
    maatregelen = "Welke maatregelen elk melkveebedrijf op de eigen percelen neemt."
    assert sluitstuk(_punt(maatregelen, eigen_bezit=True, door="anders")) is None
    aankoop = "De aankoop van de percelen voor de nieuwe weg, per eigenaar."
    assert sluitstuk(_punt(aankoop, eigen_bezit=True, door="college")) == "onteigening"


def _bodemsanering(onderwerp: str, **meer: Any) -> str:
    v = casus("bodemsanering-vennegoor")
    data = v.model_dump(mode="json", exclude_none=True)
    data["kaders"]["open"][0] = {"onderwerp": onderwerp, "ruimte": "middel", **meer}
    from pionieren.input.model import Vraagstuk

    return advise(Vraagstuk.model_validate(data), datum=DATUM).rapport.decode("utf-8")


def test_the_college_decides_on_a_strip_of_land_not_each_household() -> None:
    tekst = _bodemsanering(STROOK, eigen_bezit=True, door="college")
    assert "elk huishouden zelf" not in tekst.lower()
    assert "beslist het college van B en W, niet elke eigenaar" in tekst
    assert "onteigening" in tekst
    assert "hoofdstuk=11" in tekst  # the law on wetten.overheid.nl


def test_each_household_still_decides_on_its_own_garden() -> None:
    tekst = _bodemsanering(TUIN, eigen_bezit=True)
    assert "elk huishouden zelf over de vraag hoe elke tuin" in tekst
    assert "onteigening" not in tekst and "gedoogplicht" not in tekst


# ------------------------------------------------------------------------- TREDE-VOORWAARDE


def _punt_advies(v: Any, begin: str) -> Any:
    return next(
        o for o in advies_voor(v, datum=DATUM).trede.onderwerpen if o.onderwerp.startswith(begin)
    )


def test_the_gemeente_sets_the_neighbours_objections_only_in_what_it_gives() -> None:
    """In a subsidy the college sets how the initiators weigh the neighbours' objections; in a
    change of the omgevingsplan nothing carries that condition: the initiator the case names
    decides, and is asked for a promise of its own."""
    subsidie = casus("skatepark-markdonk")
    o = _punt_advies(subsidie, "De afspraken met de buurt")
    assert o.door is not None and o.door.value == "college"
    assert "bezwaren meewegen" in o.toezegging
    data = subsidie.model_dump(mode="json", exclude_none=True)
    data["besluit"]["procedure"] = "omgevingsplan"
    data["besluit"]["door"] = "raad"
    data["besluit"].pop("aanvraag", None)
    from pionieren.input.model import Vraagstuk

    plan = Vraagstuk.model_validate(data)
    o = _punt_advies(plan, "De afspraken met de buurt")
    assert o.door is not None and o.door.value == "initiatiefnemer"
    assert "bezwaren meewegen" not in o.toezegging


# ------------------------------------------------------------------------------ TREDE-KEUZE


def _keuze(opties: list[str] | None) -> Any:
    punt: dict[str, Any] = {
        "onderwerp": "Op welke plek de nieuwe speeltuin komt.",
        "ruimte": "middel",
        "keuze": True,
        "door": "college",
    }
    if opties:
        punt["opties"] = opties
    v = maak(ambitie="adviseren", polarisatie=1, kaders_open=[punt])
    return advies_voor(v, datum=DATUM).trede.onderwerpen[0]


def test_a_choice_between_named_options_gets_the_criteria_promise_also_when_calm() -> None:
    o = _keuze(["aan de Kerkstraat", "in het park"])
    assert "vooraf bekende criteria" in o.toezegging
    assert "in principe over" not in o.toezegging
    # a choice without options in a calm case keeps the promise of its level
    assert "in principe over" in _keuze(None).toezegging


# ---------------------------------------------------------------------- one promise, once


def test_two_wordings_of_one_promise_are_merged_into_one() -> None:
    tekst = _samen(
        [
            "Wij leggen in de afspraken vast hoe de initiatiefnemers uw bezwaren meewegen. Uw "
            "advies daarover nemen wij in principe over",
            "Wij nemen uw advies in principe over. Wijken wij ervan af, dan leggen wij uit waarom.",
        ]
    )
    assert tekst.count("in principe over") == 1
    assert tekst.endswith("Wijken wij ervan af, dan leggen wij uit waarom")


@pytest.mark.parametrize(
    "pad",
    sorted((ROOT / "tests" / "cases").glob("*.yaml"))
    + sorted((ROOT / "vraagstukken").glob("*.yaml")),
    ids=lambda p: p.stem,
)
def test_no_promise_line_states_the_same_promise_twice(pad: Path) -> None:
    """Invariant: no quote of a promise line makes one promise twice, in whatever words."""
    data = rapport_gegevens(pad, DATUM)[2]
    for regel in data["toezeggingen"]:
        for n in regel["niveaus"]:
            for tekst in (n["al"], n["tekst"], n["keuze_tekst"]):
                kernen = [k.lower() for k in BELOFTE_KERN.findall(tekst or "")]
                assert len(kernen) == len(set(kernen)), tekst


# ------------------------------------------------------------------- kadernota, voorjaarsnota


def test_a_budget_decision_in_summer_names_the_kadernota_the_case_names() -> None:
    assert begrotingsmoment(casus("zwembaden-reggedal")) == "kadernota"
    assert begrotingsmoment(casus("voorjaarsnota-voorzieningen")) == "voorjaarsnota"
    v = casus("zwembaden-reggedal")
    data = v.model_dump(mode="json", exclude_none=True)
    data["kaders"]["besluit_uiterlijk"] = "2027-11-11"
    from pionieren.input.model import Vraagstuk

    assert begrotingsmoment(Vraagstuk.model_validate(data)) is None  # the begroting itself
    tekst = advise(casus("zwembaden-reggedal"), datum=DATUM).rapport.decode("utf-8")
    assert re.search(r"De gemeenteraad, via de kadernota, uiterlijk", tekst)


# ------------------------------------------------------- a promise names whom, not what


def _genoemd(tekst: str) -> list[bool]:
    v = maak(
        ambitie="adviseren",
        besluit={
            "door": "raad",
            "procedure": "beleid",
            "toezegging": {"door": "college", "trede": "adviseren", "tekst": tekst},
        },
        kaders_open=[
            {"onderwerp": "Welk tracé de raad kiest als voorkeurstracé.", "door": "raad"},
            {
                "onderwerp": "Hoe de dorpsstraten van Wetering en Hoogbroek fietsstraat worden.",
                "door": "college",
                "na_besluit": True,
            },
            {
                "onderwerp": "Of en hoe de route wordt verlicht.",
                "door": "college",
                "na_besluit": True,
            },
        ],
        belanghebbenden=[
            {
                "naam": "Dorpsraad Wetering",
                "soort": "adviesorgaan",
                "invloed": "middel",
                "belang": "hoog",
            },
            {
                "naam": "Dorpsbelangen Hoogbroek",
                "soort": "adviesorgaan",
                "invloed": "middel",
                "belang": "hoog",
            },
            {
                "naam": "Bewoners van Wetering",
                "soort": "inwoners",
                "invloed": "laag",
                "belang": "hoog",
            },
        ],
    )
    return [o.toegezegd for o in advies_voor(v, datum=DATUM).trede.onderwerpen if o.open]


def test_the_name_of_whom_a_promise_asks_does_not_bind_a_point_about_that_place() -> None:
    """'Het college vraagt Dorpsraad Wetering om advies over het voorkeurstracé' is no promise
    on the later point about the streets of Wetering; a promise about those streets is."""
    assert _genoemd(
        "Het college vraagt Dorpsraad Wetering en Dorpsbelangen Hoogbroek om advies over het "
        "voorkeurstracé."
    ) == [False, False, False]
    assert _genoemd("Het college vraagt advies over de dorpsstraten van Wetering en Hoogbroek.")[1]


def test_the_talk_per_household_goes_to_the_group_whose_property_the_point_names() -> None:
    """A new case (sessie 40, a peilbesluit): the point on the measures each dairy farm takes on
    its own land named the farmers (ondernemers), and the talks per household went to the
    owners of houses on wooden piles instead, costed at € 119.800 for 340 homes."""
    from helpers import advies_voor, maak

    v = maak(
        schaal="kern",
        omschrijving="Een nieuw waterpeil voor de polder en het dorp.",
        kaders={
            "beinvloedingsruimte": "middel",
            "open": [
                {
                    "onderwerp": "Welke maatregelen elk melkveebedrijf op de eigen percelen neemt.",
                    "ruimte": "groot",
                    "eigen_bezit": True,
                }
            ],
        },
        belanghebbenden=[
            {
                "naam": "Melkveehouders in de polder",
                "soort": "ondernemers",
                "invloed": "middel",
                "belang": "hoog",
                "meervoud": True,
                "aantal": 46,
            },
            {
                "naam": "Eigenaren van woningen op houten palen",
                "soort": "inwoners",
                "invloed": "laag",
                "belang": "hoog",
                "meervoud": True,
                "aantal": 340,
            },
        ],
    )
    advies = advies_voor(v, datum=DATUM)
    for m in advies.mix:
        if "per huishouden" in m.naam:
            assert "Eigenaren van woningen op houten palen" not in m.voor, m

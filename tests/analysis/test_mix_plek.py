"""Rule MIX-VOORWAARDE: a werkvorm made for places (a wijkschouw, a buurtmiddag on the spot,
drawing a design) only for a case about a place, building or space."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from helpers import DATUM, advies_voor

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.kandidaten import over_een_plek, voldoet
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin

CASES = Path(__file__).resolve().parents[1] / "cases"
KENNIS = builtin()
OMROEP = "lokale-omroep-kreekdijk"


def _data(naam: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CASES / f"{naam}.yaml").read_text("utf-8"))
    return data


def _feiten(data: dict[str, Any]) -> Feiten:
    return Feiten(vraagstuk=Vraagstuk.model_validate(data), kennis=KENNIS, datum=DATUM)


def test_a_case_about_no_place_gets_no_form_made_for_places() -> None:
    """Review 42c (Kreekdijk): a "wijkschouw, buiten in de winter" for the volunteers of a
    lokale omroep, with the pitfall about "losse meldingen ... de buurt". The question names
    no place: a form for places is no candidate, and the volunteers get another form."""
    data = _data(OMROEP)
    f = _feiten(data)
    assert not over_een_plek(f)
    assert not voldoet(f, KENNIS.werkvorm("schouw"))
    advies = advies_voor(Vraagstuk.model_validate(data))
    assert not [m for m in advies.mix if m.werkvorm == "schouw"]
    assert any("Vrijwilligers van Omroep Kreekdijk" in m.voor for m in advies.mix)


def test_a_point_that_names_a_place_makes_the_case_about_one() -> None:
    data = _data(OMROEP)
    data["kaders"]["open"].append(
        {"onderwerp": "Waar de nieuwe studio in het dorpscentrum komt.", "ruimte": "middel"}
    )
    f = _feiten(data)
    assert over_een_plek(f)
    assert voldoet(f, KENNIS.werkvorm("schouw"))


def test_the_procedure_decides_when_it_can() -> None:
    """A verordening is policy, whatever place it names; an omgevingsplan is about places."""
    data = _data(OMROEP)
    data["besluit"] = {"door": "raad", "procedure": "verordening"}
    data["kaders"]["open"].append({"onderwerp": "Het plein voor het raadhuis.", "ruimte": "middel"})
    assert not over_een_plek(_feiten(data))
    data["besluit"]["procedure"] = "omgevingsplan"
    assert over_een_plek(_feiten(data))

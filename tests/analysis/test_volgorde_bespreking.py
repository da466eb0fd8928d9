"""Rule PLAN-VOLGORDE-VAST, planned deepening round: a klankbordgroep on the choices that a
commissie discusses earlier is named as too late for that discussion (review 61, Veenvliet:
the klankbordgroep ran from 22 March, after the commissie Ruimte discussed the same choices on
16 March)."""

from __future__ import annotations

from pathlib import Path

from helpers import advies_voor

from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk

CASE = Path(__file__).parents[1] / "cases" / "review61" / "ligplaatsen-woonboten-veenvliet.yaml"


def _verdiept(v: Vraagstuk) -> list[list[object]]:
    return [
        x
        for b in advies_voor(v).bevindingen
        if b.regel == "PLAN-VOLGORDE-VAST"
        for x in b.waarden.get("verdiept", [])
    ]


def test_deepening_after_the_papers_of_a_discussion_of_the_choices_is_named() -> None:
    v = load_vraagstuk(CASE)
    (x,) = _verdiept(v)
    assert "klankbordgroep" in x[0]
    assert x[1] == "2027-03-16"
    tekst = next(b.tekst for b in advies_voor(v).bevindingen if b.regel == "PLAN-VOLGORDE-VAST")
    assert "zonder die inbreng" in tekst
    assert "vaste data" not in tekst


def test_a_moment_on_progress_only_says_nothing() -> None:
    """The same moment about the progress of the participation is fed by no round."""
    data = load_vraagstuk(CASE).model_dump(mode="json", exclude_none=True)
    data["momenten"] = [
        {**m, "wat": "De commissie Ruimte hoort de voortgang van de participatie"}
        for m in data.get("momenten", [])
    ]
    assert not _verdiept(Vraagstuk.model_validate(data))

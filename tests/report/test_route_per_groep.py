"""A route (via) is said for its own group only (review 41c): 'Bereik hen via …' after a
sentence about another group read as that group's channel."""

from __future__ import annotations

from pathlib import Path

from pionieren.pipeline import advise

CASUS = Path(__file__).parents[1] / "cases" / "centrumvisie-markewolde.yaml"


def test_the_route_of_a_group_named_before_names_that_group() -> None:
    rapport = advise(CASUS, datum="2026-11-30").rapport
    tekst = rapport if isinstance(rapport, str) else rapport.decode()
    assert "Bereik hen via een brief via het kadaster" not in tekst
    assert "Bereik eigenaren van panden in het centrum via een brief via het kadaster" in tekst

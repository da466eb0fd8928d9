"""A source is cited only for what it says itself (review 42d: art. 189 Gemeentewet behind the
kadernota)."""

from __future__ import annotations

from pathlib import Path

import yaml

import pionieren
from pionieren.analysis.registry import REGELS

TEKSTEN = Path(pionieren.__file__).parent / "knowledge" / "teksten.yaml"


def test_the_kadernota_is_cited_to_a_page_about_the_kadernota_not_the_budget_article() -> None:
    # the report cites the first source of the finding: art. 189 only says the raad adopts
    # the budget, not that new spending must first be in a kadernota
    assert REGELS["WET-BEGROTING"].bronnen[0] != "gemeentewet-189"
    teksten = yaml.safe_load(TEKSTEN.read_text(encoding="utf-8"))
    assert "klaar is (art. 189" not in " ".join(str(teksten).split())

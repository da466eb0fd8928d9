"""A werkvorm the case itself decides or proposes keeps its own point and its own audience
(review 58, snippergroen in De Esmarken: the schouw the college chose 'for de indeling van de
stroken per straat' was planned for 'Buren zonder strook' about what happens to the returned
strips)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.punt_van import punt_van
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin

CASE = (
    Path(__file__).parents[1]
    / "cases"
    / "review58"
    / "snippergroen-grondgebruik-esmarken-aldervenne.yaml"
)


def test_the_head_of_the_voor_text_names_the_point() -> None:
    v = load_vraagstuk(CASE)
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=date(2026, 12, 1))
    (schouw,) = [g for g in v.werkvormen if g.id == "schouw"]
    # 'de indeling van de stroken per straat' is about the indeling, not about the street
    punt = punt_van(f, schouw)
    assert punt is not None and punt.startswith("In welke categorie")


def test_the_case_schouw_keeps_its_audience_and_the_street_point_gets_its_own_form() -> None:
    advies = advies_voor(load_vraagstuk(CASE), datum=date(2026, 12, 1))
    (schouw,) = [m for m in advies.mix if m.werkvorm == "schouw"]
    # the owners whose route is 'de schouw in hun straat', not the neighbours without a strip
    assert "Eigenaar-bewoners met een strook gemeentegrond in gebruik" in schouw.voor
    assert "Buren zonder strook die het groen in de straat terug willen" not in schouw.voor
    assert not any(o.startswith("Wat er met de teruggegeven") for o in schouw.onderwerpen)
    # the point per street gets a form on the spot of its own
    straat = [
        m
        for m in advies.mix
        if any(o.startswith("Wat er met de teruggegeven") for o in m.onderwerpen)
        and m.werkvorm != "schouw"
    ]
    assert straat

"""The own round before a later decision is costed (review 56d, Hunsewold and Beerzelo: the
round on the kazerne in 2028 and the aanbesteding round had no cost anywhere)."""

from __future__ import annotations

from pathlib import Path

from helpers import advies_voor

from pionieren.analysis.mix.kosten import met_onvoorzien
from pionieren.input.load import load_vraagstuk

CASUS = Path(__file__).resolve().parents[1] / "cases" / "review53"


def test_the_round_before_a_later_decision_names_its_cost() -> None:
    v = load_vraagstuk(CASUS / "brandweerpost-dekkingsplan-hunsewold.yaml")
    advies = advies_voor(v)
    later = [
        p.uitleg
        for p in advies.planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.later_besluit"
    ]
    assert later
    for uitleg in later:
        kosten = uitleg.waarden["kosten"]
        assert isinstance(kosten, int) and kosten > 0
    # the text says what it costs and that this design's budget does not carry it
    tekst = " ".join(p.toelichting for p in advies.planning)
    assert "niet dit budget" in tekst


def test_the_estimate_of_a_round_is_the_catalogue_estimate_with_the_unforeseen() -> None:
    from pionieren.analysis.planning import kosten_later

    v = load_vraagstuk(CASUS / "brandweerpost-dekkingsplan-hunsewold.yaml")
    from datetime import date

    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.kosten import kosten_schaal, op_schaal
    from pionieren.knowledge.load import builtin

    kennis = op_schaal(builtin(), kosten_schaal(v))
    f = Feiten(vraagstuk=v, kennis=kennis, datum=date(2026, 11, 28))
    assert kosten_later(f, False) == met_onvoorzien(
        *kennis.werkvorm("schriftelijke-consultatie").kosten_euro
    )
    assert kosten_later(f, True) == met_onvoorzien(*kennis.werkvorm("zienswijze").kosten_euro)

"""The last repair of the calendar (review 50): a round that feeds the decision but landed
after it joins the last round before the papers; the finding says it once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import Geplaatst, Plan
from pionieren.analysis.planning_herstel import geen_ronde_na_besluit
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Procesfase

ROOT = Path(__file__).resolve().parents[2]
DAG = date(2026, 12, 1)


def _feiten() -> Feiten:
    v = load_vraagstuk(ROOT / "tests" / "cases" / "weekmarkt-harwoude.yaml")
    return Feiten(v, builtin(), DAG)


def _plan(*fasen: Geplaatst) -> Plan:
    return Plan(list(fasen), 10, 10, True, [])


def test_a_round_after_the_decision_joins_the_last_round_before_the_papers() -> None:
    ophalen = Geplaatst(Procesfase.ophalen, date(2027, 1, 4), date(2027, 1, 29), ["enquete"], None)
    besluit = Geplaatst(Procesfase.besluit, date(2027, 2, 2), date(2027, 2, 16), [], None)
    laat = Geplaatst(
        Procesfase.verdiepen, date(2027, 2, 22), date(2027, 2, 26), ["rondetafel"], None
    )
    terug = Geplaatst(
        Procesfase.terugkoppeling, date(2027, 2, 22), date(2027, 2, 26), ["terugkoppeling"], None
    )
    uit = geen_ronde_na_besluit(_feiten(), _plan(ophalen, besluit, laat, terug))
    rondes = {g.fase: g for g in uit.fasen}
    assert Procesfase.verdiepen not in rondes
    assert rondes[Procesfase.ophalen].werkvormen == ["enquete", "rondetafel"]
    # the feedback after the decision stays where it is
    assert rondes[Procesfase.terugkoppeling].start == date(2027, 2, 22)
    (b,) = [b for b in uit.bevindingen if b.sleutel == "PLAN-KALENDER.samengevoegd"]
    assert b.waarden == {"weg": ["de verdieping"], "in_ronde": "de brede ronde"}


def test_a_round_on_its_own_dates_or_before_the_decision_is_not_touched() -> None:
    ophalen = Geplaatst(Procesfase.ophalen, date(2027, 1, 4), date(2027, 1, 29), ["enquete"], None)
    besluit = Geplaatst(Procesfase.besluit, date(2027, 2, 2), date(2027, 2, 16), [], None)
    gedateerd = Geplaatst(
        Procesfase.verdiepen, date(2027, 2, 22), date(2027, 2, 26), ["pilot"], None, op_datum=True
    )
    plan = _plan(ophalen, besluit, gedateerd)
    assert geen_ronde_na_besluit(_feiten(), plan) is plan
    # nothing to join: the calendar stays, the final check names it
    alleen = _plan(
        besluit,
        Geplaatst(Procesfase.verdiepen, date(2027, 2, 22), date(2027, 2, 26), ["rondetafel"], None),
    )
    assert geen_ronde_na_besluit(_feiten(), alleen).fasen == alleen.fasen

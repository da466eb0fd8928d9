"""Review 65a (funderingsherstel): a standing service is no input that moves the decision.

The loket's weekly spreekuur runs from January to the day before the raad decides. What it hears
until the papers goes with them; that it runs on is no reason for 'Schuif het besluit op'
(rule PLAN-KALENDER, catalogue field ``doorlopend``). A one-off step on fixed dates that ends
after the papers is still named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise

ROOT = Path(__file__).parents[2]
FUNDERING = ROOT / "tests" / "cases" / "blind63" / "funderingsherstel-kronenveen.yaml"
DATUM = date(2026, 12, 1)


def _te_laat(v: Vraagstuk) -> list[str]:
    a = advise(v, datum=DATUM).advies
    return [b.tekst for b in a.bevindingen if b.sleutel == "PLAN-KALENDER.anker_te_laat"]


def test_spreekuur_is_een_vaste_dienst() -> None:
    assert builtin().werkvorm("spreekuur").doorlopend
    assert not builtin().werkvorm("enquete").doorlopend


def test_spreekuur_schuift_het_besluit_niet_op() -> None:
    assert not any("Wijkspreekuur" in t for t in _te_laat(load_vraagstuk(FUNDERING)))


def test_een_enquete_na_de_stukken_wordt_nog_genoemd() -> None:
    v = load_vraagstuk(FUNDERING)
    werkvormen = [
        w.model_copy(update={"id": "enquete", "voor": "alle eigenaren"})
        if w.id == "spreekuur"
        else w
        for w in v.werkvormen
    ]
    v = v.model_copy(update={"werkvormen": werkvormen})
    assert any("Enquête" in t for t in _te_laat(v))

"""A budget that will not grow ("er komt geen geld bij") is a hard limit of the design.

Review 51b (Walduin): against "Voor de participatie is 9.500 euro beschikbaar; er komt geen
geld bij" the design cost € 20.900 and the advice let the bestuur "accept the shortfall". Now
the design is made smaller until it fits (a colleague chairs, the dearest part is held
smaller, a group's only paid place becomes a visit by own staff), and when even that does
not fit, the one choice left is a narrower question."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from pionieren.analysis.mix.budget import vast_budget
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.pipeline import advise

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from budgetmaat import DATUM, case_files  # noqa: E402
from helpers import advies_voor, casus  # noqa: E402

WALDUIN = ROOT / "tests" / "cases" / "beoordeling" / "toeristische-verhuur-walduin.yaml"

MET_BUDGET = [
    p
    for p in case_files()
    if re.search(r"^\s*budget_euro:\s*\d", p.read_text(), re.M)
    and not re.search(r"^\s*betaler:\s*initiatiefnemer", p.read_text(), re.M)
]


def _met_vast(v: Vraagstuk, zin: str) -> Vraagstuk:
    data = v.model_dump(mode="json", exclude_none=True)
    data["kaders"]["vast"] = [*data["kaders"].get("vast", []), zin]
    return Vraagstuk.model_validate(data)


def _feiten(v: Vraagstuk):  # type: ignore[no-untyped-def]
    from pionieren.analysis.facts import Feiten
    from pionieren.knowledge.load import builtin

    return Feiten(v, builtin(), DATUM)


def test_geen_geld_bij_voor_de_participatie_is_een_vast_budget() -> None:
    v = casus("zwembaden-reggedal")
    assert v.kaders.budget_euro
    bedrag = f"{v.kaders.budget_euro:,}".replace(",", ".")
    assert not vast_budget(_feiten(v))
    for zin in (
        f"Voor de participatie is {bedrag} euro beschikbaar; er komt geen geld bij.",
        "Het participatiebudget is vast: meer is er niet.",
        f"Er is € {bedrag}; er komt geen extra geld bij.",
    ):
        assert vast_budget(_feiten(_met_vast(v, zin))), zin


def test_geen_geld_bij_voor_het_werk_zelf_is_geen_vast_participatiebudget() -> None:
    # the credit of the works that will not grow says nothing about this budget
    v = _met_vast(
        casus("zwembaden-reggedal"), "Het krediet is 2,4 miljoen euro en meer is er niet."
    )
    assert not vast_budget(_feiten(v))


def test_walduin_past_in_zijn_vaste_budget() -> None:
    res = advise(WALDUIN, datum=DATUM)
    m = res.advies.middelen
    assert m.budget_euro is not None and m.schatting_euro <= m.budget_euro
    budget = " ".join(
        r.split("**Budget.** ", 1)[1]
        for r in res.tekst.splitlines()
        if r.startswith("**Budget.** ")
    )
    assert "aanvaarden" not in budget
    assert "te weinig" not in budget
    # one amount per form: the dearest part is named with the table's amount, not another
    for naam, bedrag in re.findall(r"\| ([^|]+?) \| [^|]+ \| [^|]+ \| € ([\d.]+) \|", res.tekst):
        for ander in re.findall(re.escape(naam.strip().lower()) + r" \(vanaf € ([\d.]+)\)", budget):
            assert ander == bedrag


@pytest.mark.parametrize("pad", MET_BUDGET, ids=lambda p: p.stem)
def test_vast_budget_past_of_de_vraag_wordt_smaller(pad: Path) -> None:
    # property: with a no-extra-money frame, the estimate fits the budget, or the advice names
    # the gap that is left, never "accept the shortfall" and never taking an open point out of
    # the participation (review 58b, Marnewold)
    v = load_vraagstuk(pad)
    assert v.kaders.budget_euro is not None
    v = _met_vast(v, "Voor de participatie is dit het hele budget; er komt geen geld bij.")
    advies = advies_voor(v)
    tekst = advise(v, datum=DATUM).tekst
    assert "aanvaarden" not in tekst
    assert "uit de participatie" not in tekst and "de vraag smaller maken" not in tekst
    if advies.middelen.schatting_euro > v.kaders.budget_euro:
        assert "meer nodig" in tekst

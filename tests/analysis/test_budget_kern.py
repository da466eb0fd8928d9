"""A budget that is too small shrinks the design by priority; it never proposes to take the
case's open points out of the participation, and a promised weighing step is shrunk before it
goes (review 58b, Marnewold: "Dan blijft één keuze: de vraag smaller maken. Haal ... uit de
participatie"; round 56, Heuvelrade on a fixed € 3.000)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import DATUM, ONTWIKKELCASUSSEN, advies_voor

from pionieren.analysis.mix.kosten import met_onvoorzien
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.pipeline import advise

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
MARNEWOLD = CASES / "review54" / "jongerenwerk-aanbesteding-marnewold.yaml"
BEERZELO = CASES / "review53" / "leerlingenvervoer-verordening-beerzelo.yaml"
HEUVELRADE = CASES / "heuvelrade-stationsweg.yaml"
GEEN_GELD = "Voor de participatie is dit het hele budget; er komt geen geld bij."


def _krap(pad: Path, budget: int) -> Vraagstuk:
    data = load_vraagstuk(pad).model_dump(mode="json", exclude_none=True)
    data["kaders"]["budget_euro"] = budget
    data["kaders"]["vast"] = [*data["kaders"].get("vast", []), GEEN_GELD]
    return Vraagstuk.model_validate(data)


def _budget_alinea(tekst: str) -> str:
    return " ".join(r for r in tekst.splitlines() if r.startswith("**Budget.**"))


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.name)
def test_a_short_fixed_budget_never_takes_an_open_point_out(pad: Path) -> None:
    """Property: on a fixed budget far too small for any case, the advice never proposes to
    take open points out of the participation or to narrow the question; what is still short
    after the cuts is named as an amount; and the total is the sum of the rows it pays."""
    v = _krap(pad, 3000)
    res = advise(v, datum=DATUM)
    assert "uit de participatie" not in res.tekst, pad.name
    assert "de vraag smaller maken" not in res.tekst, pad.name
    m = res.advies.middelen
    if m.budget_euro is not None and m.schatting_euro > m.budget_euro:
        gap = [b for b in res.advies.bevindingen if b.waarden.get("tekort")]
        if any(b.sleutel == "MIX-BUDGET.vast" for b in gap):
            assert "meer nodig" in _budget_alinea(res.tekst), pad.name
    if v.kaders.betaler in ("initiatiefnemer", "beide"):
        return
    rijen = [x for x in res.advies.mix if x.betaald_door == "gemeente"]
    laag = sum(x.kosten_euro[0] for x in rijen)
    hoog = sum(x.kosten_euro[1] for x in rijen)
    assert m.schatting_euro == met_onvoorzien(laag, hoog), pad.name


def test_marnewold_names_the_gap_and_keeps_its_core_points() -> None:
    """The design stays over its budget after every cut: the paragraph says by how much, that
    the core points stay with the young people, and does not contradict itself ("Ook dan kost
    het nog € 19.800, dus is het kleiner gemaakt")."""
    res = advise(MARNEWOLD, datum=DATUM)
    alinea = _budget_alinea(res.tekst)
    assert "Ook dan kost het nog" not in alinea
    assert "uit de participatie" not in alinea
    m = res.advies.middelen
    assert m.budget_euro is not None
    if m.schatting_euro > m.budget_euro:
        assert "meer nodig" in alinea


def test_a_promised_weighing_step_is_shrunk_before_it_goes() -> None:
    """Heuvelrade on € 3.000: the promised evening about the choices stays, held smaller; the
    cuts fall on other steps first."""
    data = yaml.safe_load(HEUVELRADE.read_text("utf-8"))
    data["kaders"]["budget_euro"] = 3000
    v = Vraagstuk.model_validate(data)
    advies = advies_voor(v)
    vast = next(b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.vast")
    assert "Avond over de keuzes" not in vast.waarden["weggelaten"]
    assert [m for m in advies.mix if "MIX-AFWEGEN" in m.regels]


def test_a_promised_group_keeps_its_own_form_when_the_weighing_step_stays() -> None:
    """Beerzelo: keeping the promised weighing step must not swap the pupils' own project at
    school (a motie names them) for a visit by own staff."""
    advies = advies_voor(load_vraagstuk(BEERZELO))
    assert any(m.werkvorm == "scholenproject" for m in advies.mix)
    assert not [b for b in advies.bevindingen if b.regel == "MIX-BELOFTE"]


SCHELDEVOORDE = CASES / "review55" / "zondagsopenstelling-winkels-scheldevoorde.yaml"


def test_money_left_first_tops_up_a_thin_step_for_a_hard_to_reach_group() -> None:
    """Review 57c: "Er blijft € 16.400 over; dat hoeft niet op" next to a talk with two groups
    hard to reach at € 150. The rest names that step first."""
    res = advise(SCHELDEVOORDE, datum=DATUM)
    rest = [b for b in res.advies.bevindingen if b.sleutel == "MIX-BUDGET.rest"]
    assert rest and rest[0].waarden["dun"]
    assert "dun" in rest[0].waarden["wat"]
    assert "dat hoeft niet op" not in _budget_alinea(res.tekst)
    assert "het gesprek bij een bestaande groep (meer of langere gesprekken)" in (
        _budget_alinea(res.tekst)
    )

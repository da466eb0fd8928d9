"""What another body decided and runs is not on the gemeente's bill, also when the case names
that body with an article ("door: de Nationaal Coördinator Groningen"); a rest far above what
the parts named can use need not be spent (review 53b, Tjamsterhuizen)."""

from __future__ import annotations

from pathlib import Path

import yaml
from helpers import DATUM

from pionieren.analysis.result import Advies
from pionieren.input.model import Vraagstuk

ROOT = Path(__file__).resolve().parents[2]
TJAM = ROOT / "tests" / "cases" / "review52" / "dorpsvernieuwing-versterking-tjamsterhuizen.yaml"


def _advies(data: dict) -> Advies:
    from pionieren.pipeline import advise

    return advise(Vraagstuk.model_validate(data), datum=DATUM.isoformat()).advies


def _rij(advies: Advies, werkvorm: str):  # type: ignore[no-untyped-def]
    (m,) = [m for m in advies.mix if m.werkvorm == werkvorm]
    return m


def test_a_step_another_body_decided_is_paid_by_that_body_with_or_without_article() -> None:
    data = yaml.safe_load(TJAM.read_text("utf-8"))
    (g,) = [g for g in data["werkvormen"] if g["id"] == "afspraak-per-huishouden"]
    assert g["door"].startswith("de ")
    advies = _advies(data)
    assert _rij(advies, "afspraak-per-huishouden").betaald_door == "anderen"
    g["door"] = g["door"].removeprefix("de ")
    zonder = _advies(data)
    assert _rij(zonder, "afspraak-per-huishouden").betaald_door == "anderen"
    assert advies.middelen.kosten_max_euro == zonder.middelen.kosten_max_euro
    # a body that is not on the map stays the gemeente's step
    g["door"] = "de Stichting Elders"
    elders = _advies(data)
    assert _rij(elders, "afspraak-per-huishouden").betaald_door != "anderen"
    assert elders.middelen.kosten_max_euro > advies.middelen.kosten_max_euro


def test_a_rest_far_above_its_use_need_not_be_spent() -> None:
    advies = _advies(yaml.safe_load(TJAM.read_text("utf-8")))
    (rest,) = [b for b in advies.bevindingen if b.sleutel in ("MIX-BUDGET.rest", "MIX-BUDGET.ruim")]
    # never for more of the talks the NCG decided and pays (review 53b); the gemeente's own
    # kitchen-table talks with the renters (via the wijkconsulent) may get it
    assert "afspraak per huishouden" not in rest.tekst
    if rest.sleutel == "MIX-BUDGET.rest":
        assert rest.waarden["ruim"]
        assert "dat hoeft niet op" in rest.tekst
    else:
        # the design's own forms may use it: the owners' talks go only to the owners, so the
        # exhausted residents are reached at home and may get more depth (review 54a)
        assert rest.waarden["rest"] > 0


BEERZELO = ROOT / "tests" / "cases" / "review53" / "leerlingenvervoer-verordening-beerzelo.yaml"


def test_a_cut_leaves_room_for_the_tolk_and_keeps_the_way_in_whole() -> None:
    """Review 53a (Beerzelo): the cut held the talks via key figures (the way in for parents who
    speak little Dutch) smaller until the design fitted to the euro: "Reken ook op een tolk of
    vertaling: daarvoor blijft € 20 over". The cut leaves room for the tolk."""
    from pionieren.analysis.mix.budget import INCLUSIE_RUIMTE

    advies = _advies(yaml.safe_load(BEERZELO.read_text("utf-8")))
    m = advies.middelen
    assert m.kosten_inclusie and m.budget_euro is not None
    assert m.budget_euro - m.schatting_euro >= INCLUSIE_RUIMTE
    # a part was held smaller (by the general cut or the fixed frame), and less than to the euro
    assert any(
        b.waarden.get("gekapt") for b in advies.bevindingen if b.sleutel.startswith("MIX-BUDGET")
    )

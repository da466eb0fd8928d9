"""Rule MIX-AFWEGEN: inwoners weigh the options on every point they advise on, after the
broad round; in a divided case both sides sit at that table with an independent chair, after
a separate first talk with those against."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from helpers import DATUM, advies_voor

from pionieren.analysis.mix.afwegen import weegt
from pionieren.analysis.mix.kosten import GESPREKSLEIDER_EURO, kosten_van
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.result import Advies
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Modus, Trede

CASES = Path(__file__).resolve().parents[1] / "cases"
KENNIS = builtin()
HEUVELRADE = "heuvelrade-stationsweg"
ONDERNEMERS = "Ondernemersvereniging Stationskwartier"


def _data(naam: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CASES / f"{naam}.yaml").read_text("utf-8"))
    return data


def _advies(data: dict[str, Any]) -> Advies:
    return advies_voor(Vraagstuk.model_validate(data))


def _weging(advies: Advies) -> list[Any]:
    return [m for m in advies.mix if "MIX-AFWEGEN" in m.regels and m.fase.value == "verdiepen"]


def test_a_point_at_adviseren_gets_a_weighing_step_not_only_collecting() -> None:
    """Review 33 (Heuvelrade): inwoners advise on drempels and oversteekplaatsen, but the
    deepening was only partner talks. Now a form where they weigh the options carries it."""
    advies = _advies(_data(HEUVELRADE))
    weging = _weging(advies)
    assert weging
    (m,) = weging
    assert KENNIS.werkvorm(m.werkvorm).afwegen
    assert any("drempels" in o for o in m.onderwerpen)
    assert m.trede is Trede.adviseren
    # partner talks may stand next to it, not in its place
    assert m.werkvorm != "partneroverleg"


def test_in_a_divided_case_both_sides_sit_together_with_an_independent_chair() -> None:
    advies = _advies(_data(HEUVELRADE))
    (m,) = _weging(advies)
    assert ONDERNEMERS in m.voor  # against
    assert "Bewonersvereniging Stationskwartier" in m.voor  # for
    assert any(r.sleutel == "MIX-AFWEGEN.samen" for r in m.redenen)
    # the chair is in the cost of the form: the catalogue's amount plus the chair
    w = KENNIS.werkvorm(m.werkvorm)
    assert m.kosten_euro[0] >= GESPREKSLEIDER_EURO[0]
    assert m.kosten_euro[1] > w.kosten_euro[0] // 2 + GESPREKSLEIDER_EURO[0]
    # the opposed party has a named separate talk before the weighing
    eerst = [
        x
        for x in advies.mix
        if ONDERNEMERS in x.voor and x is not m and x.fase.value in ("ophalen", "verdiepen")
    ]
    assert any(x.werkvorm in ("eigen-vergadering", "keukentafelgesprek") for x in eerst)


def test_not_divided_no_chair_and_no_sides_added() -> None:
    data = _data(HEUVELRADE)
    data["polarisatie"] = 2
    advies = _advies(data)
    (m,) = _weging(advies)
    assert not any(r.sleutel == "MIX-AFWEGEN.samen" for r in m.redenen)


def test_raadplegen_only_needs_no_weighing_step() -> None:
    data = _data(HEUVELRADE)
    data["ambitie"] = "raadplegen"
    data["besluit"]["toezegging"]["trede"] = "raadplegen"
    advies = _advies(data)
    assert not [m for m in advies.mix if "MIX-AFWEGEN" in m.regels]
    assert not [b for b in advies.bevindingen if b.regel == "MIX-AFWEGEN"]


def test_a_point_another_party_decides_gets_no_weighing_step() -> None:
    advies = _advies(_data(HEUVELRADE))
    for m in _weging(advies):
        assert not any("dienstregeling" in o for o in m.onderwerpen)


def test_an_initiative_of_others_is_left_to_the_initiator() -> None:
    advies = advies_voor(
        Vraagstuk.model_validate(_data("uitdaagrecht-buurthuis")),
    )
    assert not [m for m in advies.mix if "MIX-AFWEGEN" in m.regels]


def test_the_weighing_step_comes_after_the_broad_round() -> None:
    w = KENNIS.werkvorm("keuzeavond")
    assert w.afwegen and not w.kiesbaar
    k = Keuze(werkvorm=w, modus=Modus.denken, trede=Trede.adviseren)
    assert weegt(k, [])
    schouw = Keuze(werkvorm=KENNIS.werkvorm("schouw"), modus=Modus.denken, trede=Trede.raadplegen)
    assert not weegt(schouw, [])  # collecting on the spot is no weighing


def test_the_chair_is_costed() -> None:
    from pionieren.analysis.facts import Feiten

    f = Feiten(vraagstuk=Vraagstuk.model_validate(_data(HEUVELRADE)), kennis=KENNIS, datum=DATUM)
    k = Keuze(werkvorm=KENNIS.werkvorm("keuzeavond"), modus=Modus.denken, trede=Trede.adviseren)
    zonder = kosten_van(f, k)
    k.gespreksleider = True
    met = kosten_van(f, k)
    assert met == (zonder[0] + GESPREKSLEIDER_EURO[0], zonder[1] + GESPREKSLEIDER_EURO[1])
    assert GESPREKSLEIDER_EURO[0] >= 1000  # a professional chair, not a token amount


def test_a_short_budget_keeps_the_promised_weighing_step() -> None:
    data = _data(HEUVELRADE)
    data["kaders"]["budget_euro"] = 3000
    advies = _advies(data)
    assert _weging(advies)  # the promise is never lowered

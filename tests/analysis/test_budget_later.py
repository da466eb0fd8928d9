"""Rule MIX-BUDGET (review 44): a short budget first puts the work for a later decision of its
own on that decision's budget; the costs of a tolk or a fee for ervaringsdeskundigen on top of
an estimate just under the budget say what they must fit in; and the room of a large budget goes
to a named gap, never to the initiator itself."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from helpers import advies_voor

from pionieren.analysis.mix.budget import kort_punt
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).parents[2]
CASES = ROOT / "tests" / "cases"
HUNZELOO = CASES / "omgevingsvisie-hunzeloo.yaml"


def _rapport(pad: Path) -> str:
    resultaat = advise_file(pad, pad.name, builtin(), date(2026, 11, 30), "md")
    return " ".join(resultaat.rapport.decode().split())


def _budget(tekst: str) -> str:
    # the summary's two sentences and the whole paragraph under the cost table of hoofdstuk 1
    return " ".join(deel.split("**", 1)[0] for deel in tekst.split("**Budget.**")[1:])


def test_the_talks_for_a_later_programme_go_to_its_budget_when_money_is_short() -> None:
    advies = advies_voor(load_vraagstuk(HUNZELOO, HUNZELOO.name))
    later = [m for m in advies.mix if m.betaald_door == "later"]
    assert [m.werkvorm for m in later] == ["keukentafelgesprek"]
    assert any(b.sleutel == "MIX-BUDGET.later" for b in advies.bevindingen)
    # the design then fits: no shortfall and no 'more money' against "geen extra geld"
    assert advies.middelen.budget_euro is not None
    tekst = _budget(_rapport(HUNZELOO))
    assert "te weinig" not in tekst and "erbij" not in tekst
    assert "Wat na het besluit komt voor het eerste omgevingsprogramma (keukentafelgesprekken)" in (
        tekst
    )


def test_with_enough_money_the_later_talks_stay_in_the_budget() -> None:
    v = load_vraagstuk(HUNZELOO, HUNZELOO.name)
    v = v.model_copy(update={"kaders": v.kaders.model_copy(update={"budget_euro": 80000})})
    advies = advies_voor(v)
    assert all(m.betaald_door != "later" for m in advies.mix)
    assert not any(b.sleutel == "MIX-BUDGET.later" for b in advies.bevindingen)


def test_the_head_of_an_open_point_names_the_later_decision() -> None:
    assert kort_punt("Het eerste omgevingsprogramma met de projecten per kern.") == (
        "het eerste omgevingsprogramma"
    )
    assert kort_punt("Wat er met het gebouw gebeurt.") == ""


def test_inclusion_costs_on_a_tight_estimate_say_what_they_must_fit_in() -> None:
    # (Oudehaven has room now that its small kern costs as a buurt: Lingehoven is tight)
    # a cut leaves room for them (INCLUSIE_RUIMTE), not a token (review 53a: "€ 20")
    from pionieren.analysis.mix.budget import INCLUSIE_RUIMTE

    tekst = _budget(_rapport(CASES / "mantelzorgbeleid-lingehoven.yaml"))
    m = re.search(
        r"een vergoeding voor ervaringsdeskundigen en vervangende zorg voor mantelzorgers: "
        r"daarvoor blijft € ([\d.]+) over; kost het meer, dan gaat het af van het onvoorziene\.",
        tekst,
    )
    assert m and int(m.group(1).replace(".", "")) >= INCLUSIE_RUIMTE


def test_inclusion_costs_next_to_a_named_rest_need_no_warning() -> None:
    tekst = _budget(_rapport(CASES / "armoedebeleid-minima.yaml"))
    assert "Er blijft €" in tekst and "Reken ook op" in tekst
    assert "kost het meer" not in tekst


def test_a_large_budget_points_to_a_gap_not_to_the_initiator() -> None:
    tekst = _rapport(CASES / "hofje-schoolkavel-schoonderwoude.yaml")
    # the point stands atop hoofdstuk 1; the budget paragraph of the summary points there
    assert "Het budget (€ 14.000) is veel groter: zie hoofdstuk 1." in tekst.split("## 1.")[0]
    zin = tekst.split("- Het budget (€ 14.000) is", 1)[1].split("- ", 1)[0]
    assert "te dun" not in zin and "er blijft € 10.340 over" in zin
    assert "Vereniging Hof" not in zin
    assert "meer diepgang met ouders en kinderen uit de Kastanjebuurt" in zin


def test_a_shared_budget_first_pays_the_initiators_own_talks() -> None:
    tekst = _rapport(CASES / "herstructurering-molenakker-wolderveen.yaml")
    assert (
        "Gebruik dat eerst voor keukentafelgesprekken met een afspraak per huishouden (nu betaald "
        "door Woonstichting Thuisbaat), dan voor" in tekst
    )

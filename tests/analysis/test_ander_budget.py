"""A werkvorm the case pays from another budget is not charged to participation, and an owner
who buys or rents the gemeente's land has no onteigening behind him (review 59a, snippergroen)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from helpers import DATUM, advies_voor

from pionieren.analysis.facts import Feiten
from pionieren.analysis.law import sluitstuk
from pionieren.analysis.mix.kosten import ander_budget
from pionieren.input.model import Onderwerp, Vraagstuk
from pionieren.knowledge.load import builtin

KENNIS = builtin()
PAD = Path(__file__).resolve().parents[1] / "cases" / "review58"
SNIPPER = PAD / "snippergroen-grondgebruik-esmarken-aldervenne.yaml"
AFSPRAAK = "afspraak-per-huishouden"
PROJECTZIN = "projectbudget grondgebruik"


def _data() -> dict[str, Any]:
    return copy.deepcopy(yaml.safe_load(SNIPPER.read_text(encoding="utf-8")))


def _feiten(data: dict[str, Any]) -> Feiten:
    return Feiten(vraagstuk=Vraagstuk.model_validate(data), kennis=KENNIS, datum=DATUM)


def _zonder_zin(data: dict[str, Any]) -> dict[str, Any]:
    data["kaders"]["vast"] = [z for z in data["kaders"]["vast"] if PROJECTZIN not in z]
    return data


def test_a_fixed_sentence_that_names_the_werkvorm_moves_its_cost_out_of_the_budget() -> None:
    assert ander_budget(_feiten(_data()), AFSPRAAK)
    # the other werkvormen of the case stay in the participation budget
    assert not ander_budget(_feiten(_data()), "schouw")


def test_without_that_sentence_the_cost_stays_in_the_budget() -> None:
    assert not ander_budget(_feiten(_zonder_zin(_data())), AFSPRAAK)


def test_the_field_betaald_uit_says_it_directly() -> None:
    data = _zonder_zin(_data())
    for w in data["werkvormen"]:
        if w["id"] == AFSPRAAK:
            w["betaald_uit"] = "het projectbudget grondgebruik"
    assert ander_budget(_feiten(data), AFSPRAAK)


def test_a_sentence_that_names_two_werkvormen_links_neither() -> None:
    data = _zonder_zin(_data())
    data["kaders"]["vast"].append(
        "De wijkschouw en de gesprekken worden betaald uit het projectbudget, niet uit het "
        "participatiebudget."
    )
    f = _feiten(data)
    assert not ander_budget(f, AFSPRAAK) and not ander_budget(f, "schouw")


def test_the_design_of_the_case_fits_its_budget_once_the_project_pays_the_talks() -> None:
    advies = advies_voor(Vraagstuk.model_validate(_data()))
    zonder = advies_voor(Vraagstuk.model_validate(_zonder_zin(_data())))
    budget = _data()["kaders"]["budget_euro"]
    assert advies.middelen.kosten_min_euro <= budget
    assert advies.middelen.kosten_uitvoering_min_euro > budget  # shown apart, not dropped
    assert zonder.middelen.kosten_min_euro > budget  # the talks are expensive: the fix matters


def test_buying_or_renting_the_gemeentes_land_has_no_onteigening_behind_it() -> None:
    koopt = Onderwerp(
        onderwerp="Of elk huishouden zijn strook koopt, huurt of teruggeeft", eigen_bezit=True
    )
    assert sluitstuk(koopt) is None
    nodig = Onderwerp(
        onderwerp="Welke strook grond van elke eigenaar nodig is voor het fietspad",
        eigen_bezit=True,
    )
    assert sluitstuk(nodig) == "onteigening"


MARNEWOLD = (
    Path(__file__).resolve().parents[1]
    / "cases"
    / "review54"
    / "jongerenwerk-aanbesteding-marnewold.yaml"
)


def test_the_procurements_market_consultation_is_paid_by_the_procurement() -> None:
    """Review 59c (Marnewold): the marktconsultatie with the parties that may bid pushed a
    participation budget of € 9,000 over; it is a step of the tender, paid by inkoop."""
    data = yaml.safe_load(MARNEWOLD.read_text(encoding="utf-8"))
    f = Feiten(vraagstuk=Vraagstuk.model_validate(data), kennis=KENNIS, datum=DATUM)
    assert ander_budget(f, "marktconsultatie")
    assert not ander_budget(f, "jongerenjury")  # the youth's own jury is participation


def test_a_step_the_fixed_frame_puts_after_the_decision_is_planned_after_it() -> None:
    """Review 59a (snippergroen): 'De persoonlijke gesprekken ... na het besluit' were planned
    in March, before the college's decision of 5 October 2027."""
    from datetime import date

    besluit = date(2027, 10, 5)

    def start(data: dict[str, Any]) -> date:
        advies = advies_voor(Vraagstuk.model_validate(data))
        return min(p.start for p in advies.planning if AFSPRAAK in p.werkvormen)

    assert start(_data()) >= besluit
    assert start(_zonder_zin(_data())) < besluit

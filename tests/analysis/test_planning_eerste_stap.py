"""The first step of the plan: a college that can really adopt the plan (review 42a)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from helpers import advies_voor

from pionieren.analysis.planning import (
    VASTSTELLEN,
    plan_vastgesteld,
    vakantieweken,
    voorbereiden_wens,
)
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.report.data import eerste_stap
from pionieren.vocabulary import Procesfase, Vakantieregio

CASES = Path(__file__).parents[1] / "cases"
RAPPORT = date(2026, 11, 30)


def _stap(naam: str) -> tuple[dict, list]:  # type: ignore[type-arg]
    advies = advies_voor(load_vraagstuk(CASES / f"{naam}.yaml"), datum=RAPPORT)
    stap = eerste_stap(advies, [])
    assert stap is not None
    return stap, advies.planning


def test_the_wished_preparation_leaves_three_weeks_outside_the_christmas_holiday() -> None:
    vrij = vakantieweken(builtin().vakanties, Vakantieregio.midden)
    # 30 November: adopted on 18 December is tight, in the Christmas holiday nobody adopts it;
    # six working weeks: the first round on 25 January, the plan adopted on 8 January
    assert voorbereiden_wens(RAPPORT, vrij, False) == 6
    # in March, without a holiday in the way, the same three weeks and the invitations
    maart = date(2027, 3, 1)
    weken = voorbereiden_wens(maart, vrij, False)
    assert 5 <= weken <= 6
    assert plan_vastgesteld(date(2027, 1, 25)) == date(2027, 1, 8)


def test_weeks_to_spare_go_to_the_preparation_first() -> None:
    """Aanpak eenzaamheid has six weeks to spare: the plan was due on 18 December ('krap'),
    with the first round on 4 January, right after the Christmas holiday."""
    stap, planning = _stap("aanpak-eenzaamheid")
    tot = date.fromisoformat(stap["tot"])
    assert tot - RAPPORT >= VASTSTELLEN
    assert not stap["krap"]
    assert stap["vanaf"] == "2027-01-25"
    assert planning[0].fase is Procesfase.voorbereiden
    assert planning[0].eind == date(2027, 1, 22)


def test_no_longer_preparation_that_pushes_a_formal_round_into_the_summer() -> None:
    """Woningbouw Sportpark: three more weeks would put the zienswijze in July and August."""
    advies = advies_voor(load_vraagstuk(CASES / "woningbouw-sportpark.yaml"), datum=RAPPORT)
    assert advies.planning[0].eind == date(2026, 12, 18)
    assert not [b for b in advies.bevindingen if "zomervakantie" in b.tekst]


def test_no_longer_preparation_past_a_werkvorm_on_fixed_dates() -> None:
    """The N826: the klankbordgroep starts on 18 January; the plan is adopted before it, not
    on 31 December in the Christmas holiday."""
    advies = advies_voor(
        load_vraagstuk(CASES / "beoordeling" / "n-weg-doortocht-zwiepveld.yaml"), datum=RAPPORT
    )
    assert advies.planning[0].eind == date(2026, 12, 18)
    stap = eerste_stap(advies, [])
    assert stap is not None and stap["tot"] == "2026-12-18"


def test_without_a_week_to_spare_the_first_round_still_waits_for_the_plan_and_invitations() -> None:
    """The JOP: the rounds need every week. The first one used to start two weeks from now
    ('Er is geen week over: op 14 december begint de eerste ronde', review 51); it waits for
    the plan to be adopted and people invited, after the Christmas holiday, and the plan is
    adopted two weeks before it, not this week."""
    stap, _ = _stap("jop-de-kolk")
    assert not stap["direct"]
    vanaf = date.fromisoformat(stap["vanaf"])
    assert vanaf >= RAPPORT + timedelta(weeks=3)
    assert vanaf == date(2027, 1, 4)  # the first working week after the Christmas holiday
    assert date.fromisoformat(stap["tot"]) == vanaf - timedelta(
        days=17
    )  # the Friday 2 weeks before


def test_a_procedure_that_runs_from_today_is_not_the_first_round() -> None:
    """Review 42a: 'Vanaf 30 november 2026: toets en overeenkomst bij het uitdaagrecht' in a
    report of that day; the first round with inwoners comes after the preparation."""
    stap, _ = _stap("klaverveld-speelnatuur")
    # the first invited round after the plan is adopted (a visit to groups where they already
    # meet needs no invitation and is not it: volgorde, sessie 40)
    assert stap["vanaf"] > stap["tot"] == "2026-12-18"
    assert stap["vanaf"].startswith("2027-01")
    assert "uitdaagrecht" not in " ".join(stap["werkvormen"]).lower()


def test_a_procedure_from_the_same_day_does_not_hide_the_preparation() -> None:
    """The toets of an uitdaagrecht request runs from the first day, beside the preparation and
    listed before it: the plan still starts with preparing, so the summary has a first step
    with its date (issue 9: Klaverveld had only a pointer without a date)."""
    # on 28 November the toets (from 30 November) is listed first
    advies = advies_voor(
        load_vraagstuk(CASES / "klaverveld-speelnatuur.yaml"), datum=date(2026, 11, 28)
    )
    eerst = advies.planning[0]
    assert eerst.fase is not Procesfase.voorbereiden
    voorbereiden = next(p for p in advies.planning if p.fase is Procesfase.voorbereiden)
    assert eerst.start == voorbereiden.start
    stap = eerste_stap(advies, [])
    assert stap is not None
    assert advies.planning[stap["nummer"]] is voorbereiden
    assert date.fromisoformat(stap["tot"]) <= voorbereiden.eind

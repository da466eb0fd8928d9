"""Rounds people can join, before the dates that count (review 31a): a reaction term does not
run across the summer or Christmas holiday, an application date is a hard date for the rounds
that feed it, and the plan names the application and later decisions with a date of their own."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import advies_voor, maak

from pionieren.analysis.planning import (
    REACTIE_MIN_WEKEN,
    _lange_vakanties,
    reactie_om_vakantie,
    vakantieweken,
    werkweken,
)
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Procesfase

ZOMER = [(date(2027, 7, 10), date(2027, 8, 22), "zomervakantie")]
KERST = [(date(2026, 12, 19), date(2027, 1, 3), "kerstvakantie")]
CASES = sorted((Path(__file__).resolve().parents[1] / "cases").glob("*.yaml"))


def test_a_term_across_the_summer_opens_after_it() -> None:
    """Beschermd wonen plus: reacting from 5 July to 10 September, the summer in between."""
    assert reactie_om_vakantie(date(2027, 7, 5), date(2027, 9, 10), ZOMER) == (
        date(2027, 8, 23),
        date(2027, 9, 10),
        None,
    )


def test_a_term_with_more_weeks_before_the_summer_closes_before_it() -> None:
    assert reactie_om_vakantie(date(2027, 6, 7), date(2027, 9, 3), ZOMER) == (
        date(2027, 6, 7),
        date(2027, 7, 9),
        None,
    )


def test_a_term_that_fits_neither_side_stays_and_the_holiday_is_said() -> None:
    open_, sluit, vakantie = reactie_om_vakantie(date(2027, 7, 5), date(2027, 8, 27), ZOMER)
    assert (open_, sluit) == (date(2027, 7, 5), date(2027, 8, 27))
    assert vakantie == ZOMER[0]


def test_christmas_counts_too_and_a_term_outside_a_holiday_is_left_alone() -> None:
    assert reactie_om_vakantie(date(2026, 12, 7), date(2027, 1, 15), KERST)[0] == date(2027, 1, 4)
    assert reactie_om_vakantie(date(2027, 5, 3), date(2027, 5, 28), ZOMER) == (
        date(2027, 5, 3),
        date(2027, 5, 28),
        None,
    )


def _fase(advies: Advies, sleutel: str):  # type: ignore[no-untyped-def]
    return next(p for p in advies.planning if p.uitleg and p.uitleg.sleutel == sleutel)


def test_a_reaction_round_on_a_subsidy_ends_before_the_application() -> None:
    """Skatepark Markdonk: the round on the place ran after the application of 15 June, and
    the plan did not name that date."""
    advies = advies_voor(
        maak(
            besluit={
                "door": "college",
                "procedure": "subsidie",
                "aanvraag": "2027-06-15",
                "stukken_weken": 2,
            },
            kaders_open=[
                {
                    "onderwerp": "Op welke van de twee plekken het skatepark komt, bij de "
                    "sporthal of in het park.",
                    "ruimte": "middel",
                }
            ],
            kaders_besluit_uiterlijk="2027-09-21",
        )
    )
    reactie = _fase(advies, "FASE.reactie")
    # the reactions and the reactienota (two weeks) are in before the application
    assert reactie.eind is not None and reactie.eind + timedelta(days=14) < date(2027, 6, 15)
    assert "15 juni 2027" in _fase(advies, "FASE.besluit").toelichting


def test_an_application_already_filed_is_not_named_as_coming() -> None:
    advies = advies_voor(
        maak(
            besluit={"door": "college", "procedure": "subsidie", "aanvraag": "2026-10-01"},
            kaders_besluit_uiterlijk="2027-09-21",
        )
    )
    assert "De aanvraag komt" not in _fase(advies, "FASE.besluit").toelichting


def test_a_later_decision_with_its_own_date_is_named_in_the_plan() -> None:
    """Beschermd wonen plus: the omgevingsplan change (5 October 2028) went unnamed."""
    advies = advies_voor(
        maak(
            besluit={"door": "raad", "stukken_weken": 6},
            kaders_open=[
                {"onderwerp": "Welke van de drie plekken de raad kiest.", "ruimte": "middel"},
                {
                    "onderwerp": "De wijziging van het omgevingsplan voor de gekozen plek.",
                    "ruimte": "klein",
                    "door": "raad",
                    "uiterlijk": "2028-10-05",
                },
            ],
            kaders_besluit_uiterlijk="2027-11-11",
        )
    )
    # named once: in the round of its own before it, not again in the decision step (review 55d)
    ronde = _fase(advies, "FASE.later_besluit").toelichting
    assert "de wijziging van het omgevingsplan voor de gekozen plek" in ronde
    assert "5 oktober 2028" in ronde
    assert "omgevingsplan" not in _fase(advies, "FASE.besluit").toelichting


def test_a_long_round_names_the_summer_in_it() -> None:
    """'zonder schoolvakanties' hid which holiday lay in the middle of a long round."""
    advies = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2028-03-01",
            vakantieregio="noord",
        )
    )
    lang = [
        p
        for p in advies.planning
        if p.uitleg
        and p.uitleg.sleutel == "FASE.noot_vakantie"
        and p.start
        and p.eind
        and p.eind - p.start > timedelta(weeks=13)
    ]
    assert lang
    for p in lang:
        assert p.start is not None and p.eind is not None
        if p.start < date(2027, 7, 10) and p.eind > date(2027, 8, 22):
            assert "zomervakantie" in p.toelichting


@pytest.mark.parametrize("pad", CASES, ids=[p.stem for p in CASES])
def test_no_reaction_round_loses_its_weeks_to_a_holiday(pad: Path) -> None:
    """Every reaction round over all development cases has its working weeks outside the
    school holidays, and does not run across the summer or Christmas holiday unless the report
    says so."""
    vraagstuk = load_vraagstuk(pad, pad.name)
    advies = advies_voor(vraagstuk, datum=date(2026, 11, 29))
    vrij = vakantieweken(builtin().vakanties, vraagstuk.vakantieregio)
    gezegd = any(b.sleutel == "PLAN-REACTIE.vakantie" for b in advies.bevindingen)
    for p in advies.planning:
        if p.fase is not Procesfase.toetsen or p.start is None or p.eind is None:
            continue
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie":
            assert werkweken(p.start, p.eind, vrij) >= REACTIE_MIN_WEKEN, p
            for van, tot, _ in _lange_vakanties(vrij):
                assert gezegd or not (p.start < van and tot < p.eind), (p, van)
        elif p.werkvormen and not set(p.werkvormen) & {"zienswijze"}:
            # a round of its own (also a one-day hearing) has working days outside holidays
            dagen = [p.start + timedelta(days=i) for i in range((p.eind - p.start).days + 1)]
            assert any(
                d.weekday() < 5 and not any(van <= d <= tot for van, tot, _ in vrij) for d in dagen
            ), p


def test_what_gives_when_no_term_fits_around_the_holiday_is_said_plainly() -> None:
    from pionieren.teksten import Wording

    tekst = Wording(builtin().teksten).render(
        "PLAN-REACTIE.vakantie",
        {
            "vakantie": "zomervakantie",
            "van": "2027-07-10",
            "tot": "2027-08-22",
            "uiterlijk": "2027-06-21",
        },
    )
    assert "zomervakantie (10 juli 2027 – 22 augustus 2027)" in tekst
    assert "uiterlijk 21 juni 2027 openbaar" in tekst

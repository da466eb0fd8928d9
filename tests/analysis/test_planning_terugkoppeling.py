"""Feedback after the decision on the real calendar (reviews 29a/29b): within about two weeks,
never in a school holiday of the region, over Christmas or (in the south) in the carnival week."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import advies_voor, maak

from pionieren.analysis.planning import _feestperiode, _terugkoppeling, vakantieweken
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Beslisser, Procesfase, Vakantieregio

CASES = Path(__file__).resolve().parents[1] / "cases"
DATUM = date(2026, 11, 29)
WEEK = timedelta(days=7)
NOORD = vakantieweken(builtin().vakanties, Vakantieregio.noord)


def _overlapt(van: date, tot: date, perioden: list[tuple[date, date, str]]) -> list[str]:
    return [naam for a, b, naam in perioden if van <= b and a <= tot]


@pytest.mark.parametrize("pad", sorted(CASES.glob("*.yaml")), ids=lambda p: p.stem)
def test_no_feedback_after_the_decision_falls_in_a_holiday(pad: Path) -> None:
    vraagstuk = load_vraagstuk(pad)
    advies = advies_voor(vraagstuk, datum=DATUM)
    zuid = vraagstuk.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(builtin().vakanties, vraagstuk.vakantieregio)
    besluit = next((p.eind for p in advies.planning if p.fase is Procesfase.besluit), None)
    for p in advies.planning:
        if p.fase is not Procesfase.terugkoppeling or p.start is None or p.eind is None:
            continue
        dicht = vrij + _feestperiode(p.start, p.eind, zuid)
        # only working days count: a weekend before a holiday is no overlap
        dagen = [p.start + timedelta(days=i) for i in range((p.eind - p.start).days + 1)]
        werk = [d for d in dagen if d.weekday() < 5]
        assert werk, p
        assert not [d for d in werk if _overlapt(d, d, dicht)], (p.start, p.eind)
        if besluit is not None and p.start > besluit:
            # within about two weeks, or right after the holiday that starts at once
            vakantie_tussen = _overlapt(besluit + timedelta(days=1), p.start - WEEK, dicht)
            assert p.start <= besluit + 3 * WEEK or vakantie_tussen, (besluit, p.start)


def test_feedback_follows_the_decision_in_the_next_week() -> None:
    # decision on Tuesday 9 March 2027: the week of 15 March
    assert _terugkoppeling(date(2027, 3, 10), 1, NOORD, False) == (
        date(2027, 3, 15),
        date(2027, 3, 19),
        "",
    )


def test_feedback_comes_before_the_summer_not_seven_weeks_later() -> None:
    # Oudeweg: decision Thursday 8 July 2027, zomervakantie noord from 10 July
    van, tot, welke = _terugkoppeling(date(2027, 7, 9), 1, NOORD, False)
    assert (van, tot, welke) == (date(2027, 7, 9), date(2027, 7, 9), "zomervakantie")


def test_feedback_is_not_sent_over_christmas() -> None:
    # Lingehoven: decision Thursday 16 December 2027; the kerstvakantie starts on 25 December,
    # but the days from 21 December are Christmas all the same
    van, tot, welke = _terugkoppeling(date(2027, 12, 17), 1, NOORD, False)
    assert (van, tot, welke) == (date(2027, 12, 17), date(2027, 12, 20), "kerstperiode")


def test_without_a_working_day_before_the_holiday_it_comes_with_the_decision() -> None:
    # decision on Friday 9 July 2027, the summer holiday starts the next day
    van, tot, welke = _terugkoppeling(date(2027, 7, 10), 1, NOORD, False)
    assert van == tot == date(2027, 7, 9) and welke == "zomervakantie"


def test_a_decision_in_the_holiday_is_followed_after_it() -> None:
    van, _tot, welke = _terugkoppeling(date(2027, 7, 20), 1, NOORD, False)
    assert van == date(2027, 8, 23) and welke == ""


def test_in_the_south_the_carnival_week_is_no_week_for_feedback() -> None:
    zuid = vakantieweken(builtin().vakanties, Vakantieregio.zuid)
    # decision on Tuesday 2 February 2027; carnival is 7 to 9 February, and its week is the
    # voorjaarsvakantie in the south: the feedback comes in the week after it
    van, tot, welke = _terugkoppeling(date(2027, 2, 3), 1, zuid, True)
    assert (van, welke) == (date(2027, 2, 15), "") and tot <= date(2027, 2, 19)
    # in the north that week is an ordinary week
    assert _terugkoppeling(date(2027, 2, 3), 1, NOORD, False)[0] == date(2027, 2, 8)


def test_ample_time_goes_to_the_rounds_with_inwoners_not_to_empty_months() -> None:
    """Review 29a (Lingehoven): January to March stayed empty while the decision was a year off."""
    advies = advies_voor(load_vraagstuk(CASES / "mantelzorgbeleid-lingehoven.yaml"), datum=DATUM)
    voorbereiden = next(p for p in advies.planning if p.fase is Procesfase.voorbereiden)
    ophalen = next(p for p in advies.planning if p.fase is Procesfase.ophalen)
    assert voorbereiden.eind is not None and ophalen.start is not None
    # after the kerstvakantie the broad round starts within a few weeks, not in April
    assert ophalen.start <= date(2027, 1, 31)


def test_rek_lengthens_the_rounds_with_inwoners_at_most_twice() -> None:
    from pionieren.analysis.planning import Blok, _rek

    blokken = [
        Blok(Procesfase.voorbereiden, [], 3, 3),
        Blok(Procesfase.ophalen, ["enquete"], 4, 8),
        Blok(Procesfase.verdiepen, ["ontwerpatelier"], 4, 4),
        Blok(Procesfase.toetsen, ["x"], 2, 4),
    ]
    lengtes = {b.fase: b.max_weken for b in blokken}
    assert _rek(blokken, lengtes, 6) == {Procesfase.ophalen: 12, Procesfase.verdiepen: 6}
    assert _rek(blokken, lengtes, 100) == {Procesfase.ophalen: 16, Procesfase.verdiepen: 8}
    assert _rek(blokken, lengtes, 0) == {}


def _per_gebied_sleutels(vraagstuk) -> list[dict]:  # type: ignore[no-untyped-def]
    advies = advies_voor(vraagstuk, datum=DATUM)
    return [b.waarden for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.per_gebied"]


def test_a_case_decided_per_kern_over_years_is_worked_out_kern_by_kern() -> None:
    """Review 29a/29b (Ringdorp): four kernen to street level before one date in May 2027."""
    ringdorp = load_vraagstuk(CASES / "dertig-kilometer-ringdorp.yaml")
    (waarden,) = _per_gebied_sleutels(ringdorp)
    assert waarden["gebied"] == "kern" and waarden["volgorde_open"] is True
    assert waarden["van"] == "2027-09-01" and waarden["tot"] == "2029-12-31"
    # works of less than a year: one round before the decision is right
    kort = ringdorp.model_copy(
        update={"kaders": ringdorp.kaders.model_copy(update={"uitvoering_tot": date(2028, 3, 1)})}
    )
    assert _per_gebied_sleutels(kort) == []


def test_no_phasing_per_area_without_an_area_in_the_case() -> None:
    for naam in ("mantelzorgbeleid-lingehoven", "ruimen-graven-oudeweg", "jop-de-kolk"):
        assert _per_gebied_sleutels(load_vraagstuk(CASES / f"{naam}.yaml")) == [], naam


def test_no_phasing_per_area_for_one_decision_a_count_per_area_or_an_order_others_decide() -> None:
    """Review 31a (charging points): one verkeersbesluit for all places, 'het aantal per wijk
    volgt uit de prognose', and an order of the wijken that the netbeheerder decides."""
    ringdorp = load_vraagstuk(CASES / "dertig-kilometer-ringdorp.yaml")
    een = ringdorp.model_copy(
        update={
            "omschrijving": ringdorp.omschrijving.replace(
                "Het college neemt de verkeersbesluiten, per kern,",
                "Het college neemt één verkeersbesluit voor alle kernen",
            )
        }
    )
    assert "één verkeersbesluit" in een.omschrijving
    assert _per_gebied_sleutels(een) == []
    open_ = [
        p.model_copy(update={"door": Beslisser.anders, "partij": "Netbeheerder"})
        if "volgorde" in p.onderwerp
        else p
        for p in ringdorp.kaders.open
    ]
    telling = ringdorp.model_copy(
        update={
            "omschrijving": ringdorp.omschrijving.replace(
                "Het college neemt de verkeersbesluiten, per kern,",
                "Het aantal drempels per kern volgt uit de prognose. Het college neemt de "
                "verkeersbesluiten",
            ),
            "kaders": ringdorp.kaders.model_copy(update={"open": open_}),
        }
    )
    assert "per kern volgt" in telling.omschrijving
    assert _per_gebied_sleutels(telling) == []


def test_a_short_calendar_never_moves_the_decision_forward() -> None:
    """Found by hypothesis: with too little time and no reaction round, the plan moved the
    decision to an 'earliest date' before the case's own date, and the feedback week
    (1-5 March) fell before the decision of 2 March."""
    v = maak(
        initiatiefnemer="inwoners",
        schaal="straat",
        wettelijk_kader=["omgevingswet"],
        kaders={
            "beinvloedingsruimte": "geen",
            "open": [{"onderwerp": "Het fonds.", "ruimte": "groot", "door": "initiatiefnemer"}],
            "besluit_uiterlijk": "2027-03-02",
        },
        belanghebbenden=[
            {"naam": "Partij 1", "soort": "inwoners", "invloed": "laag", "belang": "laag"},
            {"naam": "Partij 2", "soort": "adviesorgaan", "invloed": "laag", "belang": "laag"},
        ],
    )
    advies = advies_voor(v, datum=date(2026, 11, 28))
    besluit = next(p for p in advies.planning if p.fase.value == "besluit")
    assert besluit.eind == date(2027, 3, 2)
    terug = next(p for p in advies.planning if p.fase.value == "terugkoppeling")
    assert terug.start is not None and terug.start > date(2027, 3, 2)

"""In the south the carnival week and the voorjaarsvakantie that touches it are one period, not
two holidays one after the other (review 51b, Walduin: 'zonder carnavalsweek 6–14 februari 2027
en voorjaarsvakantie 13–21 februari 2027')."""

from __future__ import annotations

from datetime import date

from pionieren.analysis.planning import CARNAVAL_EN_VOORJAAR, _carnaval_in, _met_carnaval


def test_an_overlapping_carnival_week_and_voorjaarsvakantie_are_one_period() -> None:
    voorjaar = (date(2027, 2, 13), date(2027, 2, 21), "voorjaarsvakantie")
    carnaval = _carnaval_in(date(2027, 1, 18), date(2027, 3, 12), zuid=True)
    assert carnaval == [(date(2027, 2, 6), date(2027, 2, 14), "carnavalsweek")]
    assert _met_carnaval([voorjaar, *carnaval]) == [
        (date(2027, 2, 6), date(2027, 2, 21), CARNAVAL_EN_VOORJAAR)
    ]


def test_a_carnival_week_apart_from_the_holiday_stays_its_own() -> None:
    voorjaar = (date(2027, 2, 27), date(2027, 3, 7), "voorjaarsvakantie")
    carnaval = (date(2027, 2, 6), date(2027, 2, 14), "carnavalsweek")
    assert _met_carnaval([voorjaar, carnaval]) == [carnaval, voorjaar]

"""Rule PLAN-LATER-BESLUIT: the own round before a later decision with a date does not run
through the summer or Christmas holiday when it fits beside it (review 46a/46b: reactions from
12 July to 16 September; from 6 December to 20 January)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import advies_voor

from pionieren.analysis.planning import vakantieweken
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin

CASES = Path(__file__).resolve().parents[1] / "cases"


@pytest.mark.parametrize(
    "naam",
    ["zienswijze-veiligheidsregio-ellemeer.yaml", "wijkbegroting-oosterpark-ravensweerd.yaml"],
)
def test_a_later_round_does_not_cross_a_long_holiday(naam: str) -> None:
    v = load_vraagstuk(CASES / naam, naam)
    advies = advies_voor(v, datum=date(2026, 11, 30))
    vrij = vakantieweken(builtin().vakanties, v.vakantieregio)
    rondes = [
        p
        for p in advies.planning
        if p.uitleg is not None
        and p.uitleg.sleutel == "FASE.later_besluit"
        and p.uitleg.waarden["datum"]
    ]
    assert rondes
    for p in rondes:
        assert p.start is not None and p.eind is not None
        for van, _, wat in vrij:
            if wat == "kerstvakantie":
                van = min(van, date(van.year, 12, 21))
            if wat in ("zomervakantie", "kerstvakantie"):
                assert not p.start < van <= p.eind, (p, wat)


@pytest.mark.parametrize(
    "pad", ["dorpsplein-velderhout.yaml", "beoordeling/n-weg-doortocht-zwiepveld.yaml"]
)
def test_a_later_decision_without_a_date_gets_no_earliest_date(pad: str) -> None:
    """Review 50a: 'Dat besluit valt dan niet vóór 15 oktober 2027' for a decision of the
    burgemeester the case gives no date: pionieren does not invent when someone else decides."""
    v = load_vraagstuk(CASES / pad, pad)
    advies = advies_voor(v, datum=date(2026, 11, 30))
    rondes = [
        p
        for p in advies.planning
        if p.uitleg is not None
        and p.uitleg.sleutel == "FASE.later_besluit"
        and not p.uitleg.waarden["datum"]
    ]
    assert rondes
    for p in rondes:
        assert "niet vóór" not in (p.toelichting or ""), p.toelichting


def _later_rondes(**wijzig: object) -> list:
    from helpers import maak

    v = maak(**wijzig)
    advies = advies_voor(v, datum=date(2026, 12, 1))
    return [
        p
        for p in advies.planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.later_besluit"
    ]


def test_a_later_omgevingsplan_is_the_six_week_ter_inzage() -> None:
    """Review 50a: a later omgevingsplan got an informal month 'Vraag reacties op het concept';
    its statutory route is the ontwerp six weeks ter inzage for zienswijzen (art. 16.30 Ow)."""
    open_ = [
        "De indeling van het plein.",
        {
            "onderwerp": "De regels voor het plein in het omgevingsplan.",
            "ruimte": "klein",
            "door": "raad",
            "uiterlijk": "2028-06-29",
        },
    ]
    (ronde,) = _later_rondes(kaders_open=open_)
    assert ronde.start is not None and ronde.eind is not None
    assert (ronde.eind - ronde.start).days >= 6 * 7 - 3  # Monday to the Friday six weeks on
    assert ronde.uitleg is not None and ronde.uitleg.waarden.get("ter_inzage") is True
    # another later decision keeps the shorter round on a concept
    open_[1] = {**open_[1], "onderwerp": "De straatnamen rond het plein."}  # type: ignore[dict-item]
    (ronde,) = _later_rondes(kaders_open=open_)
    assert ronde.uitleg is not None and "ter_inzage" not in ronde.uitleg.waarden

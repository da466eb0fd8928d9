"""Rules PLAN-BESCHIKBAAR and PLAN-PERIODE: when a group can take part, and a period the case
asks to respect, are hard limits of the calendar (review 46a: seizoenswerkers 'in de zomer'
were planned for January; rounds ran straight through the ramadan the mosque boards asked to
respect)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor, check_invariants

from pionieren.analysis.planning_perioden import perioden
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk

CASE = Path(__file__).parent / "data" / "sportpark-eerst-persoonlijk.yaml"
DATUM = date(2026, 11, 30)
JONGEREN = "Jongeren die buiten de clubs sporten"


def _case(via: str | None = None, aanleiding: str = "") -> Vraagstuk:
    data = load_vraagstuk(CASE).model_dump(mode="json", exclude_none=True)
    for b in data["belanghebbenden"]:
        if b["naam"] == JONGEREN and via is not None:
            b["via"] = via
    data["aanleiding"] += aanleiding
    return Vraagstuk.model_validate(data)


def _straat(v: Vraagstuk) -> Any:
    advies = advies_voor(v, datum=DATUM)
    check_invariants(v, advies)
    (fase,) = [p for p in advies.planning if "straatinterviews" in p.werkvormen]
    return fase, advies


def test_a_step_for_a_group_that_can_only_in_summer_moves_into_the_summer() -> None:
    fase, advies = _straat(_case("de jongerenwerker en het trapveld zelf, in de zomer"))
    assert fase.start is not None and fase.eind is not None
    assert date(2027, 6, 1) <= fase.start and fase.eind <= date(2027, 8, 31)
    assert not any(b.regel == "PLAN-BESCHIKBAAR" for b in advies.bevindingen)


def test_a_step_inside_the_group_s_window_stays() -> None:
    fase, advies = _straat(_case("de jongerenwerker en het trapveld zelf, in de winter"))
    eerder, _ = _straat(_case())
    assert (fase.start, fase.eind) == (eerder.start, eerder.eind)
    assert not any(b.regel == "PLAN-BESCHIKBAAR" for b in advies.bevindingen)


def test_a_named_period_with_its_dates_is_kept_free() -> None:
    zin = " De moskeebesturen vragen rekening te houden met de ramadan (van ongeveer 8 februari tot 9 maart 2027)."
    v = _case(aanleiding=zin)
    assert perioden(v) == [("ramadan", date(2027, 2, 8), date(2027, 3, 9))]
    advies = advies_voor(v, datum=DATUM)
    genoemd = [
        x
        for p in advies.planning
        if p.uitleg is not None
        for x in p.uitleg.waarden.get("vakanties") or []
        if x["naam"] == "ramadan"
    ]
    assert genoemd
    for p in advies.planning:
        if p.start and p.eind and p.werkvormen and p.fase.value in ("ophalen", "verdiepen"):
            # no round starts in it
            assert not date(2027, 2, 8) <= p.start <= date(2027, 3, 9), p


def test_a_period_without_dates_or_without_the_request_is_not_guessed() -> None:
    assert perioden(_case(aanleiding=" In de ramadan zijn de moskeeën 's avonds vol.")) == []
    assert perioden(_case(aanleiding=" Houd rekening met de ramadan.")) == []

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


MELKVEEHOUDER = "Melkveehouder die De Kampen pacht"


def met_venster(via: str) -> Vraagstuk:
    """The sportpark case with a road for the farmer that says when he can."""
    data = _case().model_dump(mode="json", exclude_none=True)
    for b in data["belanghebbenden"]:
        if b["naam"] == MELKVEEHOUDER:
            b["via"] = via
    return Vraagstuk.model_validate(data)


def _met_venster(via: str) -> Any:
    v = met_venster(via)
    advies = advies_voor(v, datum=DATUM)
    check_invariants(v, advies)
    return advies


def _inputs_end(advies: Any) -> date:
    return max(
        p.eind
        for p in advies.planning
        if p.fase.value == "ophalen"
        and p.werkvormen
        and p.eind is not None
        and (p.uitleg is None or p.uitleg.sleutel != "FASE.moment")
    )


def test_a_step_outside_a_group_s_time_moves_after_its_inputs_not_before() -> None:
    # review 48e: the farmers' part of the forum was put on 14-18 December, before the
    # kitchen-table talks and before the routes were public. The avond over de keuzes
    # (June - October here) moves whole into the farmer's own time, after the first round, before
    # the papers, and no warning is printed.
    advies = _met_venster(
        "een brief en een bezoek; van juni tot en met oktober heeft hij geen tijd"
    )
    (fase,) = [p for p in advies.planning if "keuzeavond" in p.werkvormen]
    assert fase.start is not None and fase.eind is not None
    assert fase.start > _inputs_end(advies)
    assert fase.start.month not in range(6, 11) and fase.eind.month not in range(6, 11)
    (besluit,) = [p for p in advies.planning if p.fase.value == "besluit"]
    assert besluit.start is not None and fase.eind < besluit.start
    assert not any(b.regel == "PLAN-BESCHIKBAAR" for b in advies.bevindingen)


def test_no_window_before_the_inputs_then_one_plain_sentence() -> None:
    # only February: February 2027 lies before the first round is done, February 2028 after
    # the papers; the step stays, and the advice says once how to reach him, with no dates
    # before the inputs
    advies = _met_venster("een brief en een bezoek; alleen van februari tot maart")
    (fase,) = [p for p in advies.planning if "keuzeavond" in p.werkvormen]
    assert fase.start is not None and fase.start > _inputs_end(advies)
    (b,) = [b for b in advies.bevindingen if b.regel == "PLAN-BESCHIKBAAR"]
    assert b.waarden["groep"] == MELKVEEHOUDER and b.waarden["via"] == "een brief en een bezoek"
    assert "van" not in b.waarden  # no window proposed before the step's own inputs

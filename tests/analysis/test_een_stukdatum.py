"""One papers date for one meeting (review 50b, Veendijk: 'Het ontwerpbesluit gaat uiterlijk
4 mei 2027 naar de raad' beside 'De stukken daarvoor zijn uiterlijk 22 april 2027 klaar' for
the raad's meeting of 3 June on the wensen en bedenkingen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import advies_voor, check_invariants

from pionieren.analysis.facts import Feiten
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin

_CASES = Path(__file__).resolve().parents[1] / "cases"
_PADEN = sorted(
    [
        *_CASES.glob("*.yaml"),
        *_CASES.glob("beoordeling/*.yaml"),
        *_CASES.glob("wachtrij/*.yaml"),
        *(Path(__file__).resolve().parents[2] / "vraagstukken").glob("*.yaml"),
    ]
)
VEENDIJK = _CASES / "wachtrij" / "opvang-kantoor-kieldiep-veendijk.yaml"
DATUM = date(2026, 12, 1)


def _besluit(advies: Any) -> Any:
    (p,) = [p for p in advies.planning if p.fase == "besluit"]
    return p


def _raad_momenten(advies: Any) -> list[Any]:
    return [
        p
        for p in advies.planning
        if p.uitleg is not None
        and p.uitleg.sleutel == "FASE.moment"
        and p.uitleg.waarden.get("stukken")
    ]


def _wensen(v: Vraagstuk) -> bool:
    return bool(
        v.besluit
        and v.besluit.door is not None
        and v.besluit.door.value == "college"
        and Feiten(v, builtin(), DATUM).wensen_en_bedenkingen
    )


@pytest.mark.parametrize("pad", _PADEN, ids=lambda p: p.stem)
def test_the_draft_goes_to_the_raad_with_its_meeting_s_papers(pad: Path) -> None:
    """Over all dev cases: when the college decides after the raad's wensen en bedenkingen and
    the raad meets between the draft's papers and the decision, the draft's papers date is that
    meeting's papers date, never a later one."""
    v = load_vraagstuk(pad)
    if not _wensen(v) or v.kaders.besluit_uiterlijk is None:
        pytest.skip("no wensen en bedenkingen before a dated college decision")
    a = advies_voor(v, datum=DATUM)
    besluit = _besluit(a)
    stukken = besluit.uitleg.waarden.get("stukken")
    if not stukken:
        return
    raad = {m.datum for m in v.momenten if m.door.value == "raad"}
    for p in _raad_momenten(a):
        if p.start in raad and date.fromisoformat(stukken) < p.start < besluit.eind:
            assert p.uitleg.waarden["stukken"] >= stukken, (p.start, p.uitleg.waarden, stukken)


def test_veendijk_names_one_date_for_the_draft_to_the_raad() -> None:
    v = load_vraagstuk(VEENDIJK)
    a = advies_voor(v, datum=DATUM)
    check_invariants(v, a)
    stukken = _besluit(a).uitleg.waarden["stukken"]
    (raad,) = [p for p in _raad_momenten(a) if p.start == date(2027, 6, 3)]
    assert raad.uitleg.waarden["stukken"] == stukken == "2027-04-22"
    # the inquiry into the facts names the calendar's date, not the decision's own term
    (jff,) = [m for m in a.mix if m.werkvorm == "joint-fact-finding"]
    (feiten,) = [r for r in jff.redenen if r.sleutel == "MIX-VOORSTEL.feiten"]
    klaar = date.fromisoformat(feiten.waarden["klaar"])
    assert klaar <= date.fromisoformat(stukken)
    reactie = [p for p in a.planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie"]
    if reactie:
        assert klaar < reactie[0].start


def test_without_the_raad_s_meeting_the_draft_keeps_its_own_term() -> None:
    data = load_vraagstuk(VEENDIJK).model_dump(mode="json", exclude_none=True)
    data["momenten"] = [m for m in data["momenten"] if m["door"] != "raad"]
    a = advies_voor(Vraagstuk.model_validate(data), datum=DATUM)
    # six weeks (besluit.stukken_weken) before 15 June
    assert _besluit(a).uitleg.waarden["stukken"] == "2027-05-04"


@pytest.mark.parametrize("pad", _PADEN, ids=lambda p: p.stem)
def test_advice_to_begin_earlier_is_only_left_when_the_plan_cannot(pad: Path) -> None:
    """Over all dev cases: 'Begin de stap dan uiterlijk ...' (PLAN-VERWERKEN with an earlier
    start) stays only when the step still ends less than two working weeks before the papers:
    the planner closes it earlier or moves it when it can, and then says nothing (review 50b,
    Veendijk: the advice stood and the plan did not do it)."""
    from pionieren.analysis.planning import VERWERK_WERKDAGEN, _werkdagen_tussen, vakantieweken

    v = load_vraagstuk(pad)
    vrij = vakantieweken(builtin().vakanties, v.vakantieregio)
    zuid = v.vakantieregio is not None and v.vakantieregio.value == "zuid"
    a = advies_voor(v, datum=DATUM)
    namen = {w.naam: w.id for w in builtin().werkvormen}
    for b in a.bevindingen:
        if b.sleutel not in ("PLAN-VERWERKEN.krap", "PLAN-VERWERKEN.na_stukken"):
            continue
        if not b.waarden.get("vroeger") or b.waarden.get("aanvraag"):
            continue
        id = namen.get(b.waarden["naam"])
        stukken = date.fromisoformat(b.waarden["stukken"])
        eind = max(p.eind for p in a.planning if id in p.werkvormen)
        # the step named still ends within the two working weeks, on the date the finding says
        if eind < stukken:
            assert _werkdagen_tussen(eind, stukken, vrij, zuid) < VERWERK_WERKDAGEN, (id, eind)
        assert b.waarden["eind"] == eind.isoformat(), (id, b.waarden["eind"], eind)


def test_the_planner_begins_the_step_earlier_itself() -> None:
    """jop-de-kolk: the round table ended 5 February, papers 9 February; the advice said to
    begin on 4 January. The plan now has it end two working weeks before the papers."""
    from pionieren.analysis.planning import VERWERK_WERKDAGEN, _werkdagen_tussen, vakantieweken

    v = load_vraagstuk(_CASES / "jop-de-kolk.yaml")
    a = advies_voor(v, datum=DATUM)
    # (since the budget work the round table gives way to cheaper forms: the property holds
    # for whatever steps the plan has before the papers)
    assert not [b for b in a.bevindingen if b.sleutel == "PLAN-VERWERKEN.krap"]
    stukken = date.fromisoformat(_besluit(a).uitleg.waarden["stukken"])
    vrij = vakantieweken(builtin().vakanties, v.vakantieregio)
    zuid = v.vakantieregio is not None and v.vakantieregio.value == "zuid"
    voor = [
        p
        for p in a.planning
        if p.werkvormen and p.eind is not None and p.fase.value in ("ophalen", "verdiepen")
    ]
    assert voor
    for p in voor:
        assert _werkdagen_tussen(p.eind, stukken, vrij, zuid) >= VERWERK_WERKDAGEN, p

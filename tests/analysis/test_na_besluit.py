"""Nothing that feeds a decision is planned after it: a round that no longer fits before a
fixed decision date joins the round before it, and looking back on the process comes after the
decision and after a trial that still runs at it (review: a rondetafel, a serious game and an
overleg met partners in May, the decision in April; the leerarena before the decision)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from helpers import DATUM, advies_voor, casus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import VOOR_BESLUIT
from pionieren.analysis.planning_controle import controleer
from pionieren.analysis.result import Advies
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Procesfase


def _besluit(a: Advies) -> date:
    (p,) = [p for p in a.planning if p.fase is Procesfase.besluit]
    assert p.eind is not None
    return p.eind


def _gedateerd(v: Vraagstuk) -> set[str]:
    return {w.id for w in v.werkvormen if w.van is not None or w.tot is not None}


def _rondes_na(v: Vraagstuk, a: Advies) -> list[str]:
    dag = _besluit(a)
    return [
        w
        for p in a.planning
        if p.fase in VOOR_BESLUIT and p.start is not None and p.start > dag
        for w in p.werkvormen
        if w not in _gedateerd(v)
    ]


def _krap(**kaders: Any) -> Vraagstuk:
    """A tight calendar with a fixed decision: the JOP case in the south (carnival in
    February), with a trial that still runs at the decision and works after it."""
    v = casus("jop-de-kolk", vakantieregio="zuid")
    data = v.model_dump(mode="json", exclude_none=True)
    data["kaders"].update(
        besluit_uiterlijk="2027-02-16",
        uitvoering_van="2027-03-01",
        uitvoering_tot="2027-12-31",
        **kaders,
    )
    data["besluit"].update(termijn_vast=True, door="raad", stukken_weken=6)
    for w in data["werkvormen"]:
        if w["id"] == "pilot":
            w.update(van="2026-09-01", tot="2027-02-28")
    return Vraagstuk.model_validate(data)


def test_a_round_that_does_not_fit_a_fixed_date_joins_the_round_before_it() -> None:
    v = casus("referendum-hotel-havenkop")
    a = advies_voor(v, datum=DATUM)
    assert _rondes_na(v, a) == []
    # the rondetafel still has its dates, before the papers of the decision
    (p,) = [p for p in a.planning if "rondetafel" in p.werkvormen]
    stukken = min(q.start for q in a.planning if q.fase is Procesfase.besluit and q.start)
    assert p.eind is not None and p.eind <= stukken
    (zin,) = [b.tekst for b in a.bevindingen if b.sleutel == "PLAN-KALENDER.vast_te_kort"]
    assert "valt weg als aparte ronde" in zin and "na het besluit" not in zin


def test_the_tight_calendar_keeps_every_round_before_the_decision() -> None:
    v = _krap()
    a = advies_voor(v, datum=DATUM)
    assert _rondes_na(v, a) == []
    assert controleer(Feiten(v, builtin(), a.datum), a) == []


def test_looking_back_comes_after_the_decision_and_after_the_trial() -> None:
    v = _krap()
    a = advies_voor(v, datum=DATUM)
    (terug,) = [p for p in a.planning if p.fase is Procesfase.evaluatie and p.werkvormen]
    assert terug.start is not None
    assert terug.start > _besluit(a)
    assert terug.start > date(2027, 12, 31)  # after the works the case dates
    # the trial's own results still feed the proposal, in a step without the leerarena
    (proef,) = [
        p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.proef_evaluatie"
    ]
    assert proef.werkvormen == [] and proef.eind is not None and proef.eind <= _besluit(a)
    assert "loopt nog" in proef.toelichting


def test_the_check_finds_a_round_after_the_decision() -> None:
    v = casus("referendum-hotel-havenkop")
    a = advies_voor(v, datum=DATUM)
    f = Feiten(v, builtin(), a.datum)
    assert controleer(f, a) == []
    (i,) = [i for i, p in enumerate(a.planning) if "rondetafel" in p.werkvormen]
    na = _besluit(a) + timedelta(days=20)
    a.planning[i] = a.planning[i].model_copy(update={"start": na, "eind": na + timedelta(days=4)})
    (zin,) = controleer(f, a)
    assert "na het besluit" in zin and zin.endswith(".")


def test_the_check_finds_the_evaluation_before_the_end_of_the_trial() -> None:
    v = _krap()
    a = advies_voor(v, datum=DATUM)
    f = Feiten(v, builtin(), a.datum)
    (i,) = [i for i, p in enumerate(a.planning) if p.fase is Procesfase.evaluatie and p.werkvormen]
    dag = date(2027, 2, 22)  # after the decision, before the trial's end (28 February)
    a.planning[i] = a.planning[i].model_copy(update={"start": dag, "eind": dag})
    (zin,) = controleer(f, a)
    assert "vóór het eind van de proef" in zin


def test_a_decision_moved_past_the_start_of_a_trial_does_not_make_it_one_to_look_back_on() -> None:
    """The JOP: a trial of a year from 1 April, decided on 23 February. When the calendar has
    to move the decision past 1 April, the evaluation at the end of the year is still right;
    the check said it came 'vóór het eind van de proef'."""
    from pathlib import Path

    from pionieren.input.load import load_vraagstuk

    v = load_vraagstuk(Path(__file__).parent.parent / "cases" / "jop-de-kolk.yaml")
    a = advies_voor(v, datum=date(2026, 11, 29))
    f = Feiten(v, builtin(), a.datum)
    proef = f.proef
    assert proef is not None and proef[0] < _besluit(a) < proef[1]  # moved into the trial
    assert not any("eind van de proef" in z for z in controleer(f, a))


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    dag=st.dates(min_value=date(2027, 1, 11), max_value=date(2027, 9, 30)),
    vakantie=st.booleans(),
)
def test_no_round_after_a_fixed_decision(dag: date, vakantie: bool) -> None:
    """Over decision dates, with or without a holiday block of the case's own just before it,
    nothing that feeds the decision runs after it and no evaluation comes before it."""
    v = casus("referendum-hotel-havenkop")
    data = v.model_dump(mode="json", exclude_none=True)
    data["kaders"]["besluit_uiterlijk"] = dag.isoformat()
    for w in data["werkvormen"]:
        if w.get("van") and date.fromisoformat(w["van"]) >= dag - timedelta(days=40):
            w.pop("van", None)
            w.pop("tot", None)
    if vakantie:
        van, tot = dag - timedelta(days=16), dag - timedelta(days=9)
        data["omschrijving"] += (
            f" We houden rekening met de ramadan (van {van.day} {_maand(van)} {van.year} tot "
            f"{tot.day} {_maand(tot)} {tot.year})."
        )
    w = Vraagstuk.model_validate(data)
    a = advies_voor(w, datum=DATUM)
    assert _rondes_na(w, a) == []
    assert all(
        p.start is not None and p.start > _besluit(a)
        for p in a.planning
        if p.fase is Procesfase.evaluatie and p.werkvormen
    )


def _maand(d: date) -> str:
    from pionieren.text import MAANDEN

    return MAANDEN[d.month - 1]

"""The planner's dates fall where they help (reviews 52a/52b)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from helpers import advies_voor

from pionieren.input.load import load_vraagstuk

ROOT = Path(__file__).resolve().parents[2]
DAG = date(2026, 12, 1)


def test_a_round_moved_after_a_moment_leaves_room_for_the_reaction_round() -> None:
    # Beekloon: the commissie discusses the starting points in March, the papers are due at the
    # end of May; the verdieping moved after the commissie ran up to the papers, and the report
    # said the reaction round 'no longer fits' with six months to go
    v = load_vraagstuk(
        ROOT / "tests" / "cases" / "review51" / "loting-starterswoningen-beekloon.yaml"
    )
    a = advies_voor(v, datum=DAG)
    assert not [b for b in a.bevindingen if b.sleutel == "PLAN-REACTIE"]
    (ronde,) = [
        p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie"
    ]
    voorstel = min(p.start for p in a.planning if p.fase.value == "besluit" and p.start)
    assert ronde.eind is not None and ronde.eind < voorstel
    # the rounds before it end before it opens
    assert all(
        p.eind is not None and ronde.start is not None and p.eind < ronde.start
        for p in a.planning
        if p.fase.value == "verdiepen" and p.werkvormen
    )


def _evaluatie(naam: str) -> tuple[date, object]:
    pad = ROOT / "tests" / "cases" / naam
    v = load_vraagstuk(pad)
    a = advies_voor(v, datum=DAG)
    (p,) = [p for p in a.planning if p.fase.value == "evaluatie" and p.werkvormen]
    assert p.start is not None
    return p.start, v


def test_a_short_event_is_evaluated_right_after_it() -> None:
    # paasvuren at Easter: the look back in April, not in late August
    start, v = _evaluatie("review52/paasvuren-hoolterveen.yaml")
    tot = v.kaders.uitvoering_tot  # type: ignore[attr-defined]
    assert tot < start <= tot + timedelta(weeks=6)


def test_works_years_later_do_not_push_the_evaluation_years_after_the_decision() -> None:
    # the decision in 2027 or 2028, the works from 2029/2030: the process is looked back on
    # within a few months of the decision ('vanaf 5 januari 2032' before)
    for naam in (
        "review52/hoogspanningsstation-oosterzande.yaml",
        "review51/dijkversterking-hemmerik-waalhoven.yaml",
    ):
        start, v = _evaluatie(naam)
        besluit = v.kaders.besluit_uiterlijk  # type: ignore[attr-defined]
        assert besluit < start <= besluit + timedelta(weeks=16), (naam, start)


def test_works_that_start_within_the_year_are_evaluated_after_their_first_phase() -> None:
    start, v = _evaluatie("review51/herinrichting-hoofdstraat-ommerwolde.yaml")
    van = v.kaders.uitvoering_van  # type: ignore[attr-defined]
    assert van < start <= van + timedelta(weeks=12)


def test_the_first_step_is_not_due_in_the_christmas_days() -> None:
    # Tjamsterhuizen: 'Uiterlijk 24 december 2026: ... het college stelt het participatieplan
    # vast', in the kerstvakantie; the college adopts it on the last working day before
    from pionieren.knowledge.load import builtin
    from pionieren.pipeline import advise_file

    pad = ROOT / "tests" / "cases" / "review52" / "dorpsvernieuwing-versterking-tjamsterhuizen.yaml"
    md = advise_file(pad, pad.name, builtin(), DAG, "md").rapport.decode()
    eerste = md.split("**Eerste stap.** Uiterlijk ", 1)[1].split(":", 1)[0]
    dag, maand, _ = eerste.split()
    assert not (maand == "december" and int(dag) >= 21), eerste
    assert eerste == "18 december 2026"


def test_the_round_on_acquiring_land_comes_right_after_the_decision() -> None:
    # Hemmerik: the talks on 'de grond en de huizen ... per eigenaar' stood five weeks before
    # the works in 2030; buying land (and onteigening after it) starts after the VKA
    v = load_vraagstuk(
        ROOT / "tests" / "cases" / "review51" / "dijkversterking-hemmerik-waalhoven.yaml"
    )
    a = advies_voor(v, datum=DAG)
    (ronde,) = [
        p
        for p in a.planning
        if p.uitleg is not None
        and p.uitleg.sleutel == "FASE.later_besluit"
        and any("grond" in o for o in p.uitleg.waarden["onderwerpen"])
    ]
    besluit = v.kaders.besluit_uiterlijk
    bouw = v.kaders.uitvoering_van
    assert besluit is not None and bouw is not None and ronde.start is not None
    assert besluit < ronde.start <= besluit + timedelta(weeks=13)
    assert ronde.start < bouw - timedelta(weeks=52)

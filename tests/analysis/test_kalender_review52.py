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


def test_the_carnival_week_is_no_working_week_in_the_south() -> None:
    # the advised voorjaarsvakantie zuid 2027 is 13-21 February; the schools there take it in
    # the carnival week (6-14 February) instead: that one week is lost, not the advised week
    # beside it too (review 53a, Beerzelo: '6–21 februari' blocked two weeks)
    from pionieren.analysis.planning import vakantieweken, werkweken
    from pionieren.knowledge.load import builtin
    from pionieren.vocabulary import Vakantieregio

    vakanties = builtin().vakanties
    zuid = vakantieweken(vakanties, Vakantieregio.zuid)
    assert werkweken(date(2027, 2, 8), date(2027, 2, 12), zuid) == 0
    assert werkweken(date(2027, 2, 15), date(2027, 2, 19), zuid) == 1
    assert werkweken(date(2027, 2, 8), date(2027, 2, 19), vakantieweken(vakanties, None)) == 1
    midden = vakantieweken(vakanties, Vakantieregio.midden)
    assert werkweken(date(2027, 2, 8), date(2027, 2, 19), midden) == 2
    # a year whose advised week is the carnival week (2028: 26 February - 5 March): one week
    assert werkweken(date(2028, 2, 21), date(2028, 3, 10), zuid) == 2


def _oosterzande(moment: date | None = None) -> object:
    v = load_vraagstuk(
        ROOT / "tests" / "cases" / "review52" / "hoogspanningsstation-oosterzande.yaml"
    )
    if moment is not None:
        m = v.momenten[0]
        v = v.model_copy(update={"momenten": [m.model_copy(update={"datum": moment})]})
    return advies_voor(v, datum=DAG)


def _feiten(a: object) -> tuple[str, str]:
    (r,) = [
        r
        for o in a.mix  # type: ignore[attr-defined]
        for r in o.redenen
        if o.werkvorm == "joint-fact-finding" and r.sleutel == "MIX-VOORSTEL.feiten"
    ]
    return r.waarden.get("klaar", ""), r.waarden.get("moment", "")


def test_an_inquiry_that_feeds_a_meeting_is_public_before_its_papers() -> None:
    # Oosterzande: the joint fact finding ends before the commissie of 13 April; its outcome
    # was due 'uiterlijk 25 mei', six weeks after that meeting
    a = _oosterzande()
    (moment,) = [
        p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.moment"
    ]
    stukken = moment.uitleg.waarden["stukken"]
    klaar, bij = _feiten(a)
    assert klaar == stukken and bij == moment.start.isoformat()
    (ronde,) = [p for p in a.planning if "joint-fact-finding" in p.werkvormen]
    assert ronde.eind is not None and ronde.eind.isoformat() <= stukken


def test_a_form_too_long_for_the_meeting_it_feeds_is_said_once() -> None:
    # ten working weeks (preparation included) do not fit between the adopted plan and the
    # commissie's papers of 16 March, with Christmas and carnival in between: said once
    a = _oosterzande()
    te_kort = [b for b in a.bevindingen if b.sleutel == "PLAN-SAMENHANG.te_kort_voor_moment"]
    assert len(te_kort) == 1
    assert te_kort[0].waarden["beschikbaar"] < te_kort[0].waarden["weken"]
    # a meeting in early June leaves the weeks: no such sentence
    later = _oosterzande(date(2027, 6, 8))
    assert not [b for b in later.bevindingen if b.sleutel == "PLAN-SAMENHANG.te_kort_voor_moment"]

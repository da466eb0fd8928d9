"""The planning over the real calendar: the recess, fixed dates, permits, trials, feedback."""

from __future__ import annotations

from datetime import date, timedelta

from helpers import advies_voor, check_invariants, maak

from pionieren.analysis.planning import (
    BOUW_MAX_WEKEN,
    ONTWERP_WEKEN,
    RAAD_ONTWERPADVIES_WEKEN,
    WEEK,
    _raad_in_reces,
)
from pionieren.analysis.result import Advies, Ernst, PlanFase
from pionieren.input.hints import data_in_tekst, datum_hints
from pionieren.input.model import Vraagstuk
from pionieren.vocabulary import Procedure

ZOMER = [(date(2027, 7, 24), date(2027, 9, 5), "zomervakantie")]


def test_only_the_recess_between_papers_and_decision_is_flagged() -> None:
    (melding,) = _raad_in_reces(date(2027, 7, 20), date(2027, 9, 14), ZOMER)
    assert melding.sleutel == "PLAN-KALENDER.raad_in_reces"
    assert melding.waarden["reces_tot"] == "2027-09-12"
    # a council meeting fits before the recess, or after it
    assert _raad_in_reces(date(2027, 6, 28), date(2027, 9, 14), ZOMER) == []
    assert _raad_in_reces(date(2027, 7, 20), date(2027, 9, 30), ZOMER) == []
    # the recess is not in between
    assert _raad_in_reces(date(2027, 3, 1), date(2027, 4, 15), ZOMER) == []
    assert _raad_in_reces(date(2027, 9, 20), date(2027, 10, 28), ZOMER) == []


def test_a_decision_on_a_legal_term_is_never_advised_to_move_past_the_recess() -> None:
    """Old behaviour: 'schuif het besluit zo op', also for a permit with a beslistermijn."""
    from test_mix_regels import KENNIS

    from pionieren.teksten import Wording

    woorden = Wording(KENNIS.teksten)
    for vast in (False, True):
        (melding,) = _raad_in_reces(date(2027, 7, 20), date(2027, 9, 14), ZOMER, vast)
        tekst = woorden.render(melding.sleutel, melding.waarden)
        assert ("schuif het besluit" in tekst) is not vast
        assert ("kleiner" in tekst) is vast


def test_a_raad_decision_in_the_recess_is_said_but_not_a_college_decision() -> None:
    in_reces = {"kaders_besluit_uiterlijk": "2027-08-20", "vakantieregio": "zuid"}
    raad = advies_voor(
        maak(**in_reces, besluit={"door": "raad", "procedure": "beleid", "stukken_weken": 2})
    )
    assert any(b.sleutel == "PLAN-KALENDER.raad_in_reces" for b in raad.bevindingen)
    college = advies_voor(maak(**in_reces, besluit={"door": "college", "procedure": "uitvoering"}))
    assert not any(b.sleutel == "PLAN-KALENDER.raad_in_reces" for b in college.bevindingen)


def test_a_werkvorm_on_its_own_dates_in_the_decision_phase_does_not_break_the_wording() -> None:
    """Regression: a hearing of the raad on a set day, with the decision moved before it, gave
    an internal error ('gevraagd' is undefined in FASE.besluit)."""
    from pathlib import Path

    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "wmo-huishoudelijke-hulp.yaml"
    vraagstuk = load_vraagstuk(pad, pad.name)
    vroeg = vraagstuk.model_copy(
        update={
            "kaders": vraagstuk.kaders.model_copy(update={"besluit_uiterlijk": date(2027, 1, 15)})
        }
    )
    advies = advies_voor(vroeg, datum=date(2026, 11, 28))
    besluit = [p for p in advies.planning if p.fase.value == "besluit"]
    assert besluit and all(p.toelichting for p in besluit)


def _case(naam: str) -> Vraagstuk:
    from pathlib import Path

    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / f"{naam}.yaml"
    return load_vraagstuk(pad, pad.name)


def _fasen(advies: Advies, fase: str) -> list[PlanFase]:
    return [p for p in advies.planning if p.fase.value == fase]


def test_the_participation_ends_before_the_date_its_outcome_is_due() -> None:
    """Regression (review 18): the dorpsplan had to be at the college on 30 April 2027, and the
    plan asked the village from 19 April to 21 May."""
    advies = advies_voor(_case("dorpsplan-zoutekerke"), datum=date(2026, 11, 29))
    inbreng = date(2027, 4, 30)
    eigen = [p for f in ("ophalen", "verdiepen") for p in _fasen(advies, f)]
    assert eigen and all(p.eind is not None and p.eind < inbreng for p in eigen)
    # the formal round on its own dates and the decision stay where they are
    (zienswijze,) = _fasen(advies, "toetsen")
    assert zienswijze.start == date(2027, 9, 6)
    assert not any(b.regel == "PLAN-TUSSENDATUM" for b in advies.bevindingen)


def test_a_date_only_in_the_text_is_asked_for_and_warned_about_when_the_plan_runs_past_it() -> None:
    v = _case("dorpsplan-zoutekerke")
    zonder = v.model_copy(
        update={"kaders": v.kaders.model_copy(update={"inbreng_uiterlijk": None})}
    )
    advies = advies_voor(zonder, datum=date(2026, 11, 29))
    (melding,) = [b for b in advies.bevindingen if b.regel == "PLAN-TUSSENDATUM"]
    assert melding.ernst is Ernst.waarschuwing
    assert "30 april 2027" in melding.tekst and "kaders.inbreng_uiterlijk" in melding.tekst
    # the same date in the hints of valideer, with the field and the value to fill in
    (hint,) = datum_hints(zonder)
    assert hint.suggesties[0].veld == "kaders.inbreng_uiterlijk"
    assert hint.suggesties[0].waarde == "2027-04-30"


def test_dates_in_the_text_in_three_forms_and_not_the_ones_in_a_field_or_the_past() -> None:
    v = maak(
        omschrijving="Het advies moet er op 1-7-2027 liggen, het concept op 2027-05-14.",
        aanleiding="De raad nam op 12 maart 2026 een motie aan; het plan ligt 30 april 2027 klaar.",
        kaders_uitvoering_van="2027-05-14",
    )
    data = {t.datum for t in data_in_tekst(v, vanaf=date(2026, 11, 28))}
    # 2027-05-14 is the uitvoering (a field); 12 maart 2026 lies before today
    assert data == {date(2027, 7, 1), date(2027, 4, 30)}
    # after the decision (1 September 2027): not a date to plan towards
    laat = maak(omschrijving="De bouw begint op 1 oktober 2027.")
    assert data_in_tekst(laat) == []


def test_a_permit_with_the_uitgebreide_procedure_has_its_application_before_the_draft() -> None:
    """Regression (review 18): application, draft decision and the raad's draft advice fell in
    one weekend between the atelier and the zienswijze."""
    advies = advies_voor(_case("appartementen-schoollocatie"), datum=date(2026, 11, 29))
    (besluit,) = _fasen(advies, "besluit")
    aanvraag = date.fromisoformat(besluit.uitleg.waarden["aanvraag"])
    assert besluit.uitleg.waarden["afgeleid"] is True
    eigen = [p for f in ("ophalen", "verdiepen") for p in _fasen(advies, f)]
    assert all(p.eind is not None and p.eind <= aanvraag for p in eigen)
    (zienswijze,) = _fasen(advies, "toetsen")
    # the draft decision and the raad's draft advice take weeks after the application
    assert zienswijze.start is not None
    assert zienswijze.start - aanvraag >= (ONTWERP_WEKEN + RAAD_ONTWERPADVIES_WEKEN) * WEEK
    assert zienswijze.eind is not None and zienswijze.eind < date(2027, 9, 14)
    # within the decision term of six months after the application (art. 3:18 Awb)
    assert date(2027, 9, 14) - aanvraag <= 26 * WEEK


def test_a_regular_permit_without_application_date_plans_the_talk_eight_weeks_before() -> None:
    v = maak(
        besluit={"door": "college", "procedure": "omgevingsvergunning_binnenplans"},
        initiatiefnemer="ondernemers",
    )
    advies = advies_voor(v)
    (besluit,) = _fasen(advies, "besluit")
    assert besluit.uitleg.waarden["aanvraag"] == (date(2027, 9, 1) - 8 * WEEK).isoformat()
    eigen = [p for f in ("ophalen", "verdiepen", "toetsen") for p in _fasen(advies, f)]
    assert all(p.eind is not None and p.eind <= date(2027, 9, 1) - 8 * WEEK for p in eigen)


def test_experiences_of_a_trial_are_asked_during_it_and_it_is_evaluated_before_the_decision() -> (
    None
):
    """Regression (review 18): the pilot asked people before the trial began, and warned that
    the uitvoering began before the decision."""
    advies = advies_voor(_case("pilot-autoluwe-binnenstad"), datum=date(2026, 11, 29))
    van, tot = date(2027, 4, 1), date(2027, 9, 30)
    (ophalen,) = _fasen(advies, "ophalen")
    assert ophalen.start is not None and ophalen.eind is not None
    assert van < ophalen.start and ophalen.eind <= tot
    # the trial's results before the proposal; looking back on the process after the decision
    proef, evaluatie = _fasen(advies, "evaluatie")
    assert proef.werkvormen == [] and proef.eind is not None and proef.eind < date(2027, 12, 14)
    assert evaluatie.werkvormen and evaluatie.start is not None
    assert evaluatie.start > date(2027, 12, 14)
    assert not any(b.sleutel == "PLAN-KALENDER.uitvoering_eerder" for b in advies.bevindingen)
    assert not any(b.sleutel == "POORT-FASE.laat" for b in advies.bevindingen)


def test_a_trial_after_the_decision_is_evaluated_in_its_last_weeks() -> None:
    """Regression (review 18): the JOP was evaluated after its trial ended on 31 March 2028,
    when the college had to decide on it."""
    advies = advies_voor(_case("jop-de-kolk"), datum=date(2026, 11, 29))
    (evaluatie,) = _fasen(advies, "evaluatie")
    assert evaluatie.start is not None and evaluatie.eind is not None
    assert date(2028, 1, 1) < evaluatie.start and evaluatie.eind < date(2028, 3, 31)


def test_a_divided_case_hears_back_right_after_the_decision_not_after_the_summer() -> None:
    advies = advies_voor(_case("zwembaden-reggedal"), datum=date(2026, 11, 29))
    besluit = date(2027, 7, 8)
    # the feedback on the decision (an interim letter before it is not that feedback)
    (terug,) = [p for p in _fasen(advies, "terugkoppeling") if p.start and p.start > besluit]
    assert terug.start is not None and besluit < terug.start <= besluit + 2 * WEEK
    assert any(
        b.sleutel == "PLAN-KALENDER.terugkoppeling_voor_vakantie" for b in advies.bevindingen
    )
    # a calm case does not wait six weeks either (review 29b, Oudeweg): before the holiday
    rustig = _case("zwembaden-reggedal").model_copy(update={"polarisatie": 2})
    (ook,) = [
        p
        for p in _fasen(advies_voor(rustig, datum=date(2026, 11, 29)), "terugkoppeling")
        if p.start and p.start > besluit
    ]
    assert ook.start is not None and besluit < ook.start <= besluit + 2 * WEEK


def test_works_communication_covers_the_build_not_a_term_of_fifteen_years() -> None:
    advies = advies_voor(_case("tiny-houses-gemeentegrond"), datum=date(2026, 11, 29))
    (uitvoering,) = _fasen(advies, "uitvoering")
    assert uitvoering.start is not None and uitvoering.eind is not None
    assert uitvoering.eind - uitvoering.start <= BOUW_MAX_WEKEN * WEEK
    (melding,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.bouw_begrensd"]
    assert melding.waarden["beheer"] == "klankbordgroep"
    # a build of two and a half years is a build: not cut
    v = maak(kaders_uitvoering_van="2028-01-03", kaders_uitvoering_tot="2030-06-28")
    v = v.model_copy(update={"werkvormen": []})
    kort = advies_voor(v)
    assert not any(b.sleutel == "PLAN-KALENDER.bouw_begrensd" for b in kort.bevindingen)


def test_when_the_decision_moves_to_the_earliest_date_its_papers_move_with_it() -> None:
    """Too little time and no fixed term: the plan proposes a later decision, and the date the
    papers are due follows that decision, not the date that was asked for."""
    vraagstuk = _case("opvang-asielzoekers")
    advies = advies_voor(vraagstuk)
    (besluit,) = _fasen(advies, "besluit")
    assert besluit.eind is not None and besluit.uitleg is not None
    gevraagd = vraagstuk.kaders.besluit_uiterlijk
    assert gevraagd is not None and besluit.eind > gevraagd  # the decision moved
    stukken = date.fromisoformat(besluit.uitleg.waarden["stukken"])
    assert gevraagd < stukken < besluit.eind


def test_the_evaluation_follows_the_first_phase_of_long_works_and_is_not_split() -> None:
    """Works of a year and a half that start within the year: the short evaluation comes after
    their first weeks, while people remember the process, not after the delivery (review
    52a/b: evaluations years after the decision); it is not split by a school holiday."""
    vraagstuk = _case("wateroverlast-componistenbuurt")
    van, tot = vraagstuk.kaders.uitvoering_van, vraagstuk.kaders.uitvoering_tot
    assert van is not None and tot is not None and tot - van > timedelta(weeks=52)
    (evaluatie,) = _fasen(advies_voor(vraagstuk), "evaluatie")
    assert evaluatie.start is not None and evaluatie.eind is not None
    assert van < evaluatie.start < van + timedelta(weeks=16)
    assert (evaluatie.eind - evaluatie.start).days < 14


def _stukken(advies: Advies) -> date:
    (besluit,) = [p for p in _fasen(advies, "besluit") if p.uitleg.sleutel == "FASE.besluit"]
    return date.fromisoformat(str(besluit.uitleg.waarden["stukken"]))


def test_no_round_of_the_participation_ends_after_the_papers_date() -> None:
    """Review 19: rounds ran on after the date the proposal was due (a fixed decision date with
    too little time); the consistency pass ends them on that date. A week before the default
    date: three weeks of preparation leave one week for the rounds before the papers."""
    from pathlib import Path

    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[2] / "vraagstukken" / "windpark.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name), datum=date(2026, 11, 21))
    stukken = _stukken(advies)
    (voorbereid,) = [p.eind for p in advies.planning if p.fase.value == "voorbereiden"]
    rondes = [
        p
        for p in advies.planning
        if p.fase.value in ("ophalen", "verdiepen", "toetsen")
        and p.werkvormen
        and "zienswijze" not in p.werkvormen
        and p.start <= date(2027, 2, 15)  # type: ignore[operator]
    ]
    # a step the report says runs on past the papers (the decision date is fixed) keeps the
    # end the report names: text and table give one date (review 52a)
    doorlopend = {
        date.fromisoformat(b.waarden["eind"])
        for b in advies.bevindingen
        if b.sleutel == "PLAN-KALENDER.termijn_past_niet"
    }
    assert rondes and all(
        p.eind <= stukken or p.eind in doorlopend  # type: ignore[operator]
        for p in rondes
    ), rondes
    # and the cut never pulls a round into the preparation
    assert all(p.start > voorbereid for p in rondes), rondes  # type: ignore[operator]


def test_a_cut_never_pulls_a_round_into_the_preparation() -> None:
    """Review 51: with three weeks of preparation and the papers due when it ends, the rounds
    were squeezed into its last week (windpark, report 28 November: 14-18 December). A round
    never starts before the preparation ends; the calendar says the time is short."""
    from pathlib import Path

    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[2] / "vraagstukken" / "windpark.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name), datum=date(2026, 11, 28))
    (voorbereid,) = [p.eind for p in advies.planning if p.fase.value == "voorbereiden"]
    rondes = [
        p for p in advies.planning if p.fase.value in ("ophalen", "verdiepen") and p.werkvormen
    ]
    assert rondes and all(p.start > voorbereid for p in rondes), rondes  # type: ignore[operator]
    assert any(b.sleutel == "PLAN-KALENDER.vast_te_kort" for b in advies.bevindingen)


def test_criteria_and_nulmeting_come_just_before_a_trial() -> None:
    """Review 19: nothing between the preparation in December and the trial on 1 April."""
    advies = advies_voor(_case("pilot-autoluwe-binnenstad"), datum=date(2026, 11, 29))
    (vooraf,) = [p for p in advies.planning if p.uitleg.sleutel == "FASE.proef_vooraf"]
    assert vooraf.fase.value == "voorbereiden"  # the trial runs before the decision
    assert date(2027, 3, 1) <= vooraf.start and vooraf.eind < date(2027, 4, 1)  # type: ignore[operator]
    assert "nulmeting" in vooraf.toelichting
    # a trial that the decision starts: the step comes between the decision and the start (a
    # week earlier than above: with three weeks of preparation and the rounds after Christmas a
    # report of 29 November moves the decision past the trial's start, which is said)
    jop = advies_voor(_case("jop-de-kolk"), datum=date(2026, 11, 22))
    (vooraf,) = [p for p in jop.planning if p.uitleg.sleutel == "FASE.proef_vooraf"]
    besluit = max(p.eind for p in _fasen(jop, "besluit"))  # type: ignore[type-var]
    assert vooraf.fase.value == "uitvoering"
    assert besluit < vooraf.start and vooraf.eind < date(2027, 4, 1)  # type: ignore[operator]


def test_a_trial_that_starts_too_soon_is_said() -> None:
    advies = advies_voor(
        maak(
            werkvormen=[{"id": "pilot", "van": "2026-12-02", "tot": "2027-03-01"}],
            kaders_besluit_uiterlijk="2027-06-01",
        )
    )
    assert any(b.sleutel == "PLAN-SAMENHANG.proef_krap" for b in advies.bevindingen)
    assert not [p for p in advies.planning if p.uitleg.sleutel == "FASE.proef_vooraf"]


def test_no_silence_of_more_than_eight_working_weeks_before_the_decision() -> None:
    """Review 19: seven months without a word between the walk-in evening and the decision."""
    from pionieren.analysis.planning import STILTE_WEKEN, vakantieweken, werkweken
    from pionieren.knowledge.load import builtin

    vraagstuk = _case("wateroverlast-componistenbuurt")
    advies = advies_voor(vraagstuk, datum=date(2026, 11, 29))
    vrij = vakantieweken(builtin().vakanties, vraagstuk.vakantieregio)
    # an interim letter where the rounds leave a silence (since the reaction round takes its
    # own weeks, the deeper round follows the broad one without one here)
    tussen = [p for p in advies.planning if p.uitleg.sleutel == "FASE.tussentijds"]
    besluit = max(p.eind for p in _fasen(advies, "besluit"))  # type: ignore[type-var]
    contact = sorted(
        (p.start, p.eind)
        for p in advies.planning
        if p.start < besluit  # type: ignore[operator]
        and (p.fase.value in ("ophalen", "verdiepen", "toetsen") or p in tussen)
    )
    laatst = contact[0][1]
    for van, tot in [*contact[1:], (besluit, besluit)]:
        assert werkweken(laatst + WEEK / 7, van - WEEK / 7, vrij) <= STILTE_WEKEN, (laatst, van)  # type: ignore[operator]
        laatst = max(laatst, tot)  # type: ignore[type-var]
    # the walk-in evening comes before the deeper round, not after it
    inloop = next(p for p in advies.planning if p.werkvormen == ["inloopavond"])
    verdiepen = next(p for p in _fasen(advies, "verdiepen") if "rondetafel" in p.werkvormen)
    assert inloop.eind < verdiepen.start  # type: ignore[operator]


def test_a_zienswijze_comes_after_the_referendum_that_chooses_the_plan() -> None:
    """Review 19: a zienswijze on an omgevingsplan before the referendum that chooses it."""
    vraagstuk = _case("referendum-hotel-havenkop")
    assert vraagstuk.besluit is not None
    als_omgevingsplan = vraagstuk.model_copy(
        update={
            "besluit": vraagstuk.besluit.model_copy(update={"procedure": Procedure.omgevingsplan})
        }
    )
    advies = advies_voor(als_omgevingsplan, datum=date(2026, 11, 29))
    zienswijze = [p for p in advies.planning if "zienswijze" in p.werkvormen]
    assert zienswijze and all(p.start > date(2027, 3, 17) for p in zienswijze)  # type: ignore[operator]
    assert any(b.sleutel == "PLAN-SAMENHANG.zienswijze_na_keuze" for b in advies.bevindingen)
    # what comes with it to bring voters out stays before the vote
    opkomst = [p for p in advies.planning if "opkomstbevordering" in p.werkvormen]
    assert all(p.eind < date(2027, 3, 17) for p in opkomst)  # type: ignore[operator]
    # the case itself: the raad chooses between the plans; the omgevingsplan follows later
    gewoon = advies_voor(vraagstuk, datum=date(2026, 11, 29))
    assert not any("zienswijze" in p.werkvormen for p in gewoon.planning)


def test_a_zienswijze_lasts_six_calendar_weeks() -> None:
    """Review 19: '10 mei – 18 juni' is not six weeks (art. 3:16 Awb)."""
    from pionieren.analysis.planning import _eind

    van = date(2027, 5, 10)
    assert _eind(van, 6, ["zienswijze"], []) == date(2027, 6, 21)  # Sunday 20 June -> Monday
    assert _eind(van, 6, ["rondetafel"], []) == date(2027, 6, 18)
    advies = advies_voor(_case("appartementen-schoollocatie"), datum=date(2026, 11, 29))
    (zienswijze,) = [p for p in advies.planning if "zienswijze" in p.werkvormen]
    assert zienswijze.eind - zienswijze.start >= 6 * WEEK - WEEK / 7  # type: ignore[operator]


def test_the_raads_part_of_the_decision_phase_starts_after_the_summer_recess() -> None:
    """Papers before the summer, the raad's decision (and its hearing) after it: the decision
    phase in the plan starts after the recess, so no raad step sits in it."""
    vraagstuk = _case("appartementen-schoollocatie")
    (besluit,) = _fasen(advies_voor(vraagstuk), "besluit")
    assert besluit.start is not None and besluit.eind is not None
    assert besluit.start.month == 9 and besluit.start < besluit.eind


def test_a_zienswijze_pushed_behind_the_decision_is_said_not_hidden() -> None:
    """Found by the property test: a herindeling whose referendum comes shortly before the
    decision. The zienswijze on the draft follows the referendum and so falls after the
    decision; the plan then does not fit in time, and a finding says so."""
    vraagstuk = Vraagstuk.model_validate(
        {
            "titel": "Vraagstuk",
            "gemeente": "Teststad",
            "omschrijving": "Een vraag.",
            "initiatiefnemer": "gemeente",
            "fase": "verkenning",
            "schaal": "straat",
            "kaders": {
                "beinvloedingsruimte": "klein",
                "besluit_uiterlijk": "2027-06-18",
                "raad_kaders_gesteld": False,
            },
            "belanghebbenden": [
                {"naam": "Partij 1", "soort": "inwoners", "invloed": "laag", "belang": "laag"}
            ],
            "besluit": {"door": "raad", "procedure": "herindeling"},
            "werkvormen": [
                {"id": "referendum-raadplegend", "status": "besloten", "van": "2027-05-24"},
                {"id": "inloopavond", "status": "besloten", "van": "2026-11-28"},
            ],
        }
    )
    advies = advies_voor(vraagstuk)
    (zienswijze,) = [p for p in advies.planning if "zienswijze" in p.werkvormen]
    assert zienswijze.eind is not None and zienswijze.eind > date(2027, 6, 18)
    assert advies.middelen.past_in_tijd is False
    check_invariants(vraagstuk, advies)


def test_one_reaction_round_after_an_application_not_two() -> None:
    """A subsidy request with an application date and a whether-point that goes public: the
    weeks held for the reaction round were also placed as a second, overlapping 'toetsen'
    phase after the application (dagontmoeting-oudehaven). Now only the reaction round."""
    from pathlib import Path

    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "dagontmoeting-oudehaven.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    toetsen = [p for p in advies.planning if p.fase.value == "toetsen"]
    assert len(toetsen) == 1
    assert toetsen[0].uitleg is not None and toetsen[0].uitleg.sleutel == "FASE.reactie"


def test_a_later_advice_date_that_moves_the_decision_past_the_works_is_warned() -> None:
    """Found by a new-user try: with a later --datum the earliest decision that fits came after
    the start of the works, and nothing said so."""
    v = maak(kaders_uitvoering_van="2027-10-01")
    op_tijd = advies_voor(v, datum=date(2026, 11, 29))
    sleutels = {b.sleutel for b in op_tijd.bevindingen}
    assert "PLAN-KALENDER.uitvoering_voor_vroegst" not in sleutels
    assert "PLAN-KALENDER.uitvoering_eerder" not in sleutels

    laat = advies_voor(v, datum=date(2027, 8, 2))
    (melding,) = [
        b for b in laat.bevindingen if b.sleutel == "PLAN-KALENDER.uitvoering_voor_vroegst"
    ]
    assert melding.ernst is Ernst.waarschuwing
    assert melding.waarden["uitvoering"] == "2027-10-01"
    vroegst = date.fromisoformat(str(melding.waarden["besluit"]))
    assert vroegst > date(2027, 10, 1)
    # the decision the plan moved to is the one the warning names, and both dates are in the text
    (besluit,) = _fasen(laat, "besluit")
    assert besluit.eind == vroegst
    assert "1 oktober 2027" in melding.tekst and str(vroegst.year) in melding.tekst
    assert melding.tekst.endswith(".")
    # works that already began before the advice date: the dates themselves are off, and
    # 'schuif de uitvoering op' cannot be done any more
    begonnen = advies_voor(
        maak(kaders_besluit_uiterlijk="2027-07-01", kaders_uitvoering_van="2027-07-15"),
        datum=date(2027, 8, 2),
    )
    assert "PLAN-KALENDER.uitvoering_voor_vroegst" not in {b.sleutel for b in begonnen.bevindingen}
    # a works start before the requested decision keeps its own warning, not this one too
    vroeg = advies_voor(maak(kaders_uitvoering_van="2027-06-01"), datum=date(2027, 8, 2))
    sleutels = {b.sleutel for b in vroeg.bevindingen}
    assert "PLAN-KALENDER.uitvoering_eerder" in sleutels
    assert "PLAN-KALENDER.uitvoering_voor_vroegst" not in sleutels

"""The calendar and the seasons: no round across Christmas or summer, nothing outside in the
winter without a note, a steering moment halfway through a long trial, and no felling of trees
in the breeding season of birds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor, maak

from pionieren.analysis.planning import Blok, _om_vakantie
from pionieren.input.load import load_vraagstuk
from pionieren.vocabulary import Procesfase

KERST = [(date(2026, 12, 19), date(2027, 1, 3), "kerstvakantie")]
CASES = Path(__file__).resolve().parents[1] / "cases"


def _blok(min_weken: int) -> Blok:
    return Blok(Procesfase.ophalen, ["enquete"], min_weken, 5)


def test_a_round_across_christmas_moves_after_it_when_time_allows() -> None:
    begin, eind, lang = _om_vakantie(
        date(2026, 12, 7), date(2027, 1, 15), _blok(3), 4, 4, date(2027, 4, 30), KERST
    )
    assert lang is None
    assert begin == date(2027, 1, 4) and eind == date(2027, 1, 29)


def test_a_round_across_christmas_ends_before_it_when_only_that_fits() -> None:
    # after the holiday the next phases no longer fit before the papers date
    begin, eind, lang = _om_vakantie(
        date(2026, 12, 7), date(2027, 1, 15), _blok(2), 4, 4, date(2027, 2, 5), KERST
    )
    assert lang is None
    assert begin == date(2026, 12, 7) and eind == date(2026, 12, 18)


def test_a_round_across_christmas_that_cannot_move_is_said() -> None:
    begin, eind, lang = _om_vakantie(
        date(2026, 12, 7), date(2027, 1, 15), _blok(3), 4, 4, date(2027, 2, 5), KERST
    )
    assert (begin, eind) == (date(2026, 12, 7), date(2027, 1, 15))
    assert lang == KERST[0]


def test_jop_de_kolk_names_christmas_and_the_buurtmiddag_in_the_winter() -> None:
    """Review24 (JOP De Kolk): the ophaalfase ran over Christmas, with a buurtmiddag outside
    in December, and the report said nothing of either."""
    advies = advies_voor(load_vraagstuk(CASES / "jop-de-kolk.yaml", "jop-de-kolk.yaml"))
    sleutels = {b.sleutel: b for b in advies.bevindingen}
    assert "Buurtmiddag" in sleutels["PLAN-KALENDER.buiten_in_winter"].tekst


def test_a_round_of_a_few_weeks_is_not_planned_across_christmas() -> None:
    advies = advies_voor(
        maak(kaders_besluit_uiterlijk="2027-06-15", vakantieregio="midden"),
        datum=date(2026, 11, 29),
    )
    kerst = (date(2026, 12, 19), date(2027, 1, 3))
    for p in advies.planning:
        if p.fase.value in ("ophalen", "verdiepen", "toetsen") and p.werkvormen:
            assert p.start is not None and p.eind is not None
            assert not (p.start < kerst[0] and p.eind > kerst[1]), p


def test_a_long_trial_gets_a_steering_moment_halfway_and_a_short_one_not() -> None:
    """Review21 (pilot autoluwe binnenstad): no moment to adjust during a trial of months."""
    advies = advies_voor(
        load_vraagstuk(CASES / "pilot-autoluwe-binnenstad.yaml", "pilot-autoluwe-binnenstad.yaml")
    )
    (halfweg,) = [
        p for p in advies.planning if p.toelichting and "Halverwege de proef" in p.toelichting
    ]
    # the trial runs 1 April to 30 September 2027
    assert halfweg.start is not None and date(2027, 6, 14) <= halfweg.start <= date(2027, 7, 16)
    kort = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-12-14",
            kaders_uitvoering_van="2027-04-01",
            kaders_uitvoering_tot="2027-05-15",
            werkvormen=[{"id": "pilot", "van": "2027-04-01", "tot": "2027-05-15"}],
        )
    )
    assert not [p for p in kort.planning if p.toelichting and "Halverwege" in p.toelichting]


def test_felling_trees_names_the_breeding_season() -> None:
    """Review21 (bomenkap Kastanjelaan): felling was planned without the breeding season."""
    advies = advies_voor(
        load_vraagstuk(CASES / "bomenkap-kastanjelaan.yaml", "bomenkap-kastanjelaan.yaml")
    )
    (b,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.broedseizoen"]
    assert "15 maart 2027" in b.tekst and "15 juli 2027" in b.tekst
    assert "9 maart 2027" in b.tekst  # the objection term that eats the window
    assert "bal-vogels" in b.bronnen


def test_no_breeding_season_without_felling_trees() -> None:
    advies = advies_voor(maak(kaders_uitvoering_van="2027-04-01"))
    assert not [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.broedseizoen"]
    kap = advies_voor(
        maak(
            omschrijving="De gemeente wil twintig bomen kappen voor een nieuw fietspad.",
            kaders_uitvoering_van="2027-04-01",
        )
    )
    (b,) = [b for b in kap.bevindingen if b.sleutel == "PLAN-KALENDER.broedseizoen"]
    assert "1 april" not in b.tekst  # the works start in the season: no window before it named


def test_felling_after_the_season_only_when_the_works_run_then() -> None:
    """Review 38 (bodemsanering): "Kap vóór 15 maart 2028 of erna" while the works ended on
    30 June 2028, inside the season; the nest ban is art. 11.37 Bal, not the zorgplicht."""
    kort = advies_voor(
        maak(
            omschrijving="De gemeente wil twintig bomen kappen voor een nieuw fietspad.",
            kaders_besluit_uiterlijk="2027-05-01",
            kaders_uitvoering_van="2027-10-04",
            kaders_uitvoering_tot="2028-06-30",
        )
    )
    (b,) = [b for b in kort.bevindingen if b.sleutel == "PLAN-KALENDER.broedseizoen"]
    assert "kap dus vóór 15 maart 2028." in b.tekst and "erna" not in b.tekst
    lang = advies_voor(
        maak(
            omschrijving="De gemeente wil twintig bomen kappen voor een nieuw fietspad.",
            kaders_besluit_uiterlijk="2027-05-01",
            kaders_uitvoering_van="2027-10-04",
            kaders_uitvoering_tot="2028-12-31",
        )
    )
    (b,) = [b for b in lang.bevindingen if b.sleutel == "PLAN-KALENDER.broedseizoen"]
    # review 65b: "of erna" read as meaningless; the end of the season is named
    assert "kap dus vóór 15 maart 2028 of na 15 juli 2028." in b.tekst


def test_the_breeding_season_cites_the_nest_ban() -> None:
    from pionieren.knowledge.load import builtin

    bron = builtin().bronnen["bal-vogels"]
    assert bron.url.endswith("artikel=11.37")


def test_the_toets_of_a_request_ends_when_the_outcome_is_due() -> None:
    # found by hypothesis: the toets of an uitdaagrecht request ran up to the decision, past
    # the date the outcome of the participation was due
    v = maak(
        wettelijk_kader=["uitdaagrecht"],
        besluit={"door": "raad", "procedure": "uitdaagrecht_verzoek", "stukken_weken": 0},
        kaders_open=[{"onderwerp": "Het fonds.", "ruimte": "groot", "door": "initiatiefnemer"}],
        kaders_besluit_uiterlijk="2027-02-13",
        kaders_inbreng_uiterlijk="2027-02-13",
    )
    advies = advies_voor(v, datum=date(2026, 11, 28))
    toets = [p for p in advies.planning if "uitdaagrecht-toets" in p.werkvormen]
    assert toets
    assert all(p.eind is not None and p.eind < date(2027, 2, 13) for p in toets)


def test_the_toets_of_a_request_ends_before_papers_moved_for_the_summer() -> None:
    # papers due in the summer holiday are due before it; the toets ends by then too
    v = maak(
        wettelijk_kader=["uitdaagrecht"],
        besluit={"door": "raad", "procedure": "uitdaagrecht_verzoek"},
        kaders_open=[{"onderwerp": "Het fonds.", "ruimte": "groot", "door": "initiatiefnemer"}],
        kaders_besluit_uiterlijk="2027-07-24",
    )
    advies = advies_voor(v, datum=date(2026, 11, 28))
    besluit = next(p for p in advies.planning if p.fase.value == "besluit")
    papieren = date.fromisoformat(str(besluit.uitleg.waarden["stukken"]))  # type: ignore[union-attr]
    toets = [p for p in advies.planning if "uitdaagrecht-toets" in p.werkvormen]
    assert toets
    assert all(p.eind is not None and p.eind <= papieren for p in toets)


def test_a_trial_before_the_decision_and_a_roll_out_after_it_are_evaluated_apart() -> None:
    """Review 25 (omgekeerd inzamelen): the leerarena looked back on the trial before the
    decision, and nothing looked back on the roll-out after it."""
    v = maak(
        kaders_besluit_uiterlijk="2027-06-24",
        kaders_uitvoering_van="2027-09-01",
        kaders_uitvoering_tot="2028-06-30",
        werkvormen=[
            {"id": "pilot", "status": "besloten", "van": "2026-07-01", "tot": "2027-03-31"}
        ],
    )
    advies = advies_voor(v, datum=date(2026, 11, 29))
    evaluaties = [p for p in advies.planning if p.fase is Procesfase.evaluatie]
    proef = [p for p in evaluaties if not p.werkvormen]
    na = [p for p in evaluaties if p.werkvormen]
    assert len(proef) == 1 and proef[0].eind is not None
    assert date(2027, 3, 31) < proef[0].eind < date(2027, 6, 24)
    assert "Na de proef" in (proef[0].toelichting or "")
    # after the roll-out has begun (and within a year of the decision, as always)
    assert na and all(p.start is not None and p.start > date(2027, 9, 1) for p in na)


def test_a_permit_decided_after_its_legal_term_is_said() -> None:
    """Review 26 (labour migrants): six months after an application on 15 April is 15 October;
    a decision planned on 28 October is after the legal term."""
    basis = {
        "besluit": {
            "door": "college",
            "procedure": "omgevingsvergunning_buitenplans",
            "raad_bindend_advies": True,
            "aanvraag": "2027-04-15",
        },
        "kaders_besluit_uiterlijk": "2027-10-28",
    }
    advies = advies_voor(maak(**basis), datum=date(2026, 11, 29))
    (b,) = [x for x in advies.bevindingen if x.sleutel == "PLAN-KALENDER.na_beslistermijn"]
    assert b.waarden["uiterlijk"] == "2027-10-15" and b.bronnen == ["awb-3-18"]
    # within six weeks more: it fits only when the college extends once (art. 3:18 lid 2 Awb)
    assert b.waarden["verlengd"] == "2027-11-26"
    assert "verlengt, tot 26 november 2027" in b.tekst
    laat = advies_voor(maak(**{**basis, "kaders_besluit_uiterlijk": "2027-12-09"}))
    (b,) = [x for x in laat.bevindingen if x.sleutel == "PLAN-KALENDER.na_beslistermijn"]
    assert b.waarden["verlengd"] == "" and "opschorting" in b.tekst
    binnen = advies_voor(maak(**{**basis, "kaders_besluit_uiterlijk": "2027-10-14"}))
    assert not [x for x in binnen.bevindingen if x.sleutel == "PLAN-KALENDER.na_beslistermijn"]


def test_a_round_across_a_holiday_names_it_with_its_dates() -> None:
    """Review 27 (JOP): the ophalen round ran through the Christmas holiday without a word. (A
    report of 22 November: from 29 November the three weeks of preparation put the round after
    Christmas.)"""
    from pionieren.analysis.planning import _vakanties_in

    assert _vakanties_in(date(2026, 12, 7), date(2027, 1, 8), KERST) == KERST
    # a holiday outside the round, or only a day or two of it, is not named
    assert _vakanties_in(date(2027, 1, 4), date(2027, 1, 29), KERST) == []
    v = load_vraagstuk(CASES / "jop-de-kolk.yaml")
    advies = advies_voor(v, datum=date(2026, 11, 22))
    noten = [p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.noot_vakantie"]
    assert noten
    for p in noten:
        for x in p.uitleg.waarden["vakanties"]:  # type: ignore[union-attr]
            assert p.start is not None and p.eind is not None
            assert (
                p.start <= date.fromisoformat(x["tot"]) and date.fromisoformat(x["van"]) <= p.eind
            )
    assert any("kerstvakantie" in p.toelichting for p in noten)


def test_the_feedback_says_the_report_goes_out_before_the_papers_without_a_test_round() -> None:
    """Review 27 (labour migrants): who took part from January to March heard nothing until
    after the decision. Without a test round the report goes out before the papers date or,
    for a permit, before the application; a test round already is that feedback."""
    v = load_vraagstuk(CASES / "arbeidsmigranten-hoeve.yaml")
    advies = advies_voor(v, datum=date(2026, 11, 29))
    (terug,) = [p for p in advies.planning if p.fase is Procesfase.terugkoppeling]
    assert terug.uitleg is not None and terug.uitleg.sleutel == "FASE.noot_terugkoppeling"
    assert terug.uitleg.waarden["aanvraag"] is True
    assert "vóór de aanvraag" in terug.toelichting
    zonder = advies_voor(maak(kaders_besluit_uiterlijk="2027-06-24"), datum=date(2026, 11, 29))
    terug2 = [p for p in zonder.planning if p.fase is Procesfase.terugkoppeling]
    toets = [p for p in zonder.planning if p.fase is Procesfase.toetsen]
    for p in terug2:
        heeft_noot = p.uitleg is not None and p.uitleg.sleutel == "FASE.noot_terugkoppeling"
        assert heeft_noot is not bool(toets)


def test_werk_helemaal_buiten_het_broedseizoen() -> None:
    """Review 65b: works from September to October were told 'Kap vóór 15 maart 2028 of na 15
    juli 2028'. Works that lie wholly between two seasons are said to."""
    from datetime import date

    from pionieren.analysis.planning import buiten_broedseizoen

    assert buiten_broedseizoen(date(2027, 9, 1), date(2027, 10, 15))
    assert buiten_broedseizoen(date(2027, 1, 5), date(2027, 3, 1))
    assert not buiten_broedseizoen(date(2027, 9, 15), date(2029, 3, 15))
    assert not buiten_broedseizoen(date(2027, 4, 1), date(2027, 5, 1))
    assert not buiten_broedseizoen(date(2027, 2, 1), date(2027, 4, 1))


def test_werk_tussen_twee_seizoenen_wordt_zo_genoemd() -> None:
    advies = advies_voor(
        maak(
            omschrijving="De gemeente wil twintig bomen kappen voor een nieuw fietspad.",
            kaders_besluit_uiterlijk="2027-05-01",
            kaders_uitvoering_van="2027-09-01",
            kaders_uitvoering_tot="2027-10-15",
        )
    )
    (b,) = [
        b for b in advies.bevindingen if b.regel == "PLAN-KALENDER" and "broedseizoen" in b.sleutel
    ]
    assert b.sleutel == "PLAN-KALENDER.broedseizoen_buiten"
    assert "valt buiten het broedseizoen" in b.tekst and "2028" not in b.tekst

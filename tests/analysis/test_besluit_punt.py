"""Who decides each open point (BESLUIT-PUNT), the commitment of whoever decides it, and the
legal hooks that go with it (WET-HEFFING, WET-VOORSCHRIFT), after blind review 27."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest
from helpers import BASIS, advies_voor, maak

from pionieren.analysis.decision import _beslisser_in_zin, afgeleide_beslissers, decide
from pionieren.analysis.facts import Feiten
from pionieren.analysis.gate import fase
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.vocabulary import Beslisser

CASES = Path(__file__).parents[1] / "cases"
DATUM = date(2026, 11, 29)


@cache
def _case(naam: str) -> Vraagstuk:
    return load_vraagstuk(CASES / f"{naam}.yaml")


@cache
def _advies(naam: str) -> Advies:
    return advies_voor(_case(naam), datum=DATUM)


def _feiten(v: Vraagstuk) -> Feiten:
    return Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)


@pytest.mark.parametrize(
    ("zin", "wie"),
    [
        ("Het college werkt nu het uitvoeringsplan uit: waar de containers komen.", "college"),
        ("De raad besluit daarna over de verordening afvalstoffenheffing.", "raad"),
        ("Daarna kiest de gemeenteraad tussen twee tarieven.", "raad"),
        ("De tarieventabel stelt het college daarna vast.", "college"),
        ("De burgemeester beslist over cameratoezicht.", "burgemeester"),
        # a group 'voor wie het niet zelf kan' is no negation of the decision
        ("Het college werkt uit welke hulp er komt voor wie het niet zelf kan.", "college"),
    ],
)
def test_a_sentence_names_the_body_that_decides_now(zin: str, wie: str) -> None:
    assert _beslisser_in_zin(zin) is Beslisser(wie)


@pytest.mark.parametrize(
    "zin",
    [
        "De raad besloot in 2025 tot omgekeerd inzamelen.",  # past: no certainty about now
        "Het college stelt de raad een nieuw tarief voor.",  # a proposal, not a decision
        "Als de raad besluit tot een verbod, volgt een nieuwe regeling.",  # a condition
        "Het college beslist niet over de plek van de containers.",  # negated
        "Het college werkt aan een plan.",  # 'werkt' without 'uit' decides nothing
        # options worked out for another body's choice: preparing, not deciding
        "Het college werkt twee mogelijkheden uit: beide hallen openhouden of er een sluiten.",
        "Het college stelt het plan vast en de raad besluit over het geld.",  # two bodies
    ],
)
def test_no_body_where_the_sentence_is_not_certain(zin: str) -> None:
    assert _beslisser_in_zin(zin) is None


def test_lindemeer_points_of_the_uitvoeringsplan_are_the_colleges() -> None:
    afgeleid = afgeleide_beslissers(_feiten(_case("omgekeerd-inzamelen-lindemeer")))
    # the plek and the hulpregeling are in the college's sentence; the tarief names door: raad
    assert afgeleid == [Beslisser.college, Beslisser.college, None]


def test_a_point_with_its_own_decider_claims_the_sentence_it_ties_on() -> None:
    # 'De concrete tarieventabel stelt het college daarna vast' shares 'tarieven' with the
    # raad's kadernota point, but is about the tarieventabel the case gives to the college
    afgeleid = afgeleide_beslissers(_feiten(_case("sporttarieven-kadernota")))
    assert afgeleid == [None] * len(afgeleid)


def test_no_derivation_without_a_sentence_about_the_point() -> None:
    v = maak(
        omschrijving="Het college stelt het budget vast. Wij willen het plein samen inrichten.",
        kaders={**BASIS["kaders"], "open": ["De indeling van het plein."]},
    )
    assert afgeleide_beslissers(_feiten(v)) == [None]


def test_lindemeer_commitment_is_the_colleges_own_on_its_points() -> None:
    advies = _advies("omgekeerd-inzamelen-lindemeer")
    open_ = [o for o in advies.trede.onderwerpen if o.open]
    plek, hulp, tarief = open_
    for punt in (plek, hulp):
        assert punt.door is Beslisser.college
        assert punt.door_afgeleid
        assert punt.toegezegd
        assert "wethouder zegde toe" in punt.toezegging
    assert tarief.door is Beslisser.raad
    assert not tarief.door_afgeleid
    assert not tarief.toegezegd
    afgeleid = [b for b in advies.bevindingen if b.sleutel == "BESLUIT-PUNT.afgeleid"]
    assert len(afgeleid) == 1
    assert afgeleid[0].waarden["door"] == "college"
    assert "door: college" in afgeleid[0].tekst
    # the promise names the points by their own words; a hint for the input file (mark them
    # 'toegezegd: true') is not for the bestuur, so the report text does not carry it
    gedaan = next(b for b in advies.bevindingen if b.sleutel == "TREDE-TOEZEGGING-VOORAF.gedaan")
    assert gedaan.waarden["genoemd"]
    assert "toegezegd: true" not in gedaan.tekst


def test_lindemeer_report_lists_who_decides_what() -> None:
    pad = CASES / "omgekeerd-inzamelen-lindemeer.yaml"
    rapport = advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")
    samenvatting = rapport.split("**Vóór de uitnodiging regelen.**")[0]
    assert "**Wie beslist.** De gemeenteraad, via een verordening" in samenvatting
    assert "over vast tarief of tarief per keer" in samenvatting
    # who decides each point stands in the table per onderwerp, with its one level
    rij = next(r for r in rapport.splitlines() if r.startswith("| De plek van de containers"))
    assert "| adviseren (advies geven) |" in rij
    assert "Het college (volgens de omschrijving)" in rij
    # the date of the main decision stands once, in 'Wie beslist' (issue 9)
    assert "| De gemeenteraad |" in rapport and "uiterlijk 24 juni 2027" in samenvatting
    assert "Toezegging van de wethouder (al gedaan)" in rapport
    assert "Laat de gemeenteraad toezeggen: ‘Wij nemen uw advies" not in rapport
    assert "Laat een jurist nagaan" not in rapport


def test_one_line_when_every_point_has_the_main_decider() -> None:
    pad = CASES / "welzijnsopdracht-noordwaard.yaml"
    rapport = advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")
    regel = next(r for r in rapport.splitlines() if r.startswith("**Wie beslist.**"))
    assert "Verder beslist" not in regel


def test_a_tax_regulation_gets_the_raad_not_a_jurist() -> None:
    advies = _advies("omgekeerd-inzamelen-lindemeer")
    regels = {b.regel for b in advies.bevindingen}
    assert "WET-HEFFING" in regels
    assert "WET-ANDERS" not in regels
    heffing = next(b for b in advies.bevindingen if b.regel == "WET-HEFFING")
    assert "wet-milieubeheer-15-33" in heffing.bronnen
    assert "art. 15.33 Wet milieubeheer" in heffing.tekst


def test_another_regulation_still_asks_a_jurist() -> None:
    v = maak(
        omschrijving="Wij passen de marktverordening aan. Hoe richten we de markt in?",
        wettelijk_kader=["anders"],
    )
    regels = {b.regel for b in advies_voor(v).bevindingen}
    assert "WET-ANDERS" in regels
    assert "WET-HEFFING" not in regels


def test_beheerafspraken_of_an_applicant_can_become_permit_conditions() -> None:
    advies = _advies("arbeidsmigranten-hoeve")
    voorschrift = [b for b in advies.bevindingen if b.regel == "WET-VOORSCHRIFT"]
    assert len(voorschrift) == 1
    assert voorschrift[0].waarden["punten"] == [
        "De beheerafspraken (huisregels, een aanspreekpunt voor de buurt, wat er gebeurt bij "
        "klachten)"
    ]
    assert "art. 5.34 Omgevingswet" in voorschrift[0].tekst


def test_no_permit_conditions_outside_a_permit() -> None:
    advies = _advies("omgekeerd-inzamelen-lindemeer")
    assert not [b for b in advies.bevindingen if b.regel == "WET-VOORSCHRIFT"]


def test_the_initiators_points_read_in_plain_dutch() -> None:
    advies = _advies("arbeidsmigranten-hoeve")
    inwoners = next(t for t in advies.rolverdeling if t.rol == "inwoners")
    assert "hangt af van de toezegging" not in inwoners.taak
    assert "beslist Uitzendbureau FlexHuis B.V. zelf" in inwoners.taak
    assert "vooraf wat er met de inbreng van inwoners gebeurt" in inwoners.taak


def test_opponents_hear_that_whether_the_permit_comes_is_not_on_the_table() -> None:
    advies = _advies("arbeidsmigranten-hoeve")
    vraag = next(d for d in advies.vragen if d.sleutel == "REFERENTIEKADER.niet_op_tafel")
    assert vraag.waarden["namen"] == ["Bewoners van de Hoevelaan"]
    assert vraag.waarden["vergunning"]


def test_no_such_sentence_when_whether_is_itself_an_open_point() -> None:
    # 'Of het park er komt' is open (the raad decides it): it is on the table
    advies = _advies("zonnepark-de-strengen")
    assert not [d for d in advies.vragen if d.sleutel == "REFERENTIEKADER.niet_op_tafel"]


def test_a_point_the_burgemeester_decides_is_not_the_one_still_about_whether() -> None:
    uit = fase(_feiten(_case("jop-de-kolk")))
    laat = [b for b in uit if b.sleutel == "POORT-FASE.laat"]
    assert laat
    # the burgemeester's cameratoezicht is not named; the open choice of the site is (review
    # 41: a choice between two places is still open late in the process)
    assert laat[0].waarden["of"] == ["Op welke van de twee zoeklocaties de JOP komt."]


def test_an_implementation_point_under_a_verordening_is_asked_about() -> None:
    advies = _advies("woonwagenstandplaatsen-eesveen")
    wie = next(d for d in advies.vragen if d.sleutel == "REFERENTIEKADER.wie")
    assert wie.waarden["twijfel"] == [
        "De eisen aan een derde locatie en welke zoeklocaties verder worden onderzocht"
    ]
    # the raad stays the decider: the advice asks, it does not assert
    besluit, _ = decide(_feiten(_case("woonwagenstandplaatsen-eesveen")))
    assert besluit.door is Beslisser.raad


def test_a_derived_point_is_not_asked_about_again() -> None:
    advies = _advies("omgekeerd-inzamelen-lindemeer")
    wie = next(d for d in advies.vragen if d.sleutel == "REFERENTIEKADER.wie")
    assert wie.waarden["twijfel"] == []
    assert wie.waarden["per_punt"]

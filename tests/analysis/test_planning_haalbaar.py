"""The calendar leaves the time that the work between two steps takes (review 42, the lowest
criterion Haalbaarheid): a concept is written after the last round and goes out with the
commissie's papers before the raad's hearing on it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from helpers import advies_voor, maak

from pionieren.analysis.planning import MOMENT_STUKKEN, ONTWERP_WEKEN
from pionieren.input.load import load_vraagstuk
from pionieren.vocabulary import Orgaan, Procesfase

_ROUNDS = (Procesfase.ophalen, Procesfase.verdiepen)


def test_the_rounds_end_weeks_before_the_raads_hearing_on_the_concept() -> None:
    # review 42d: the deepening round ended on 14 May, the concept at the commissie on 18 May
    v = maak(
        kaders_besluit_uiterlijk="2027-12-16",
        besluit={"door": "raad", "procedure": "verordening"},
        werkvormen=[
            {"id": "hoorzitting-raad", "status": "besloten", "door": "griffie", "van": "2027-05-18"}
        ],
    )
    advies = advies_voor(v)
    (hoorzitting,) = [p for p in advies.planning if "hoorzitting-raad" in p.werkvormen]
    assert hoorzitting.start is not None
    rondes = [p for p in advies.planning if p.fase in _ROUNDS and p.werkvormen]
    assert rondes
    weken = ONTWERP_WEKEN + MOMENT_STUKKEN[Orgaan.commissie]
    for p in rondes:
        assert p.eind is not None
        assert p.eind <= hoorzitting.start - timedelta(weeks=weken), (p.fase, p.eind)


def test_the_evaluation_closes_before_the_decision_on_going_on() -> None:
    # review 42: the raad decides in March 2028 whether the wijkbegroting stays after the
    # trial; the evaluation was planned for July 2028
    pad = (
        Path(__file__).resolve().parents[1] / "cases" / "wijkbegroting-oosterpark-ravensweerd.yaml"
    )
    v = load_vraagstuk(pad, pad.name)
    advies = advies_voor(v, datum=date(2026, 11, 30))
    (evaluatie,) = [p for p in advies.planning if p.fase is Procesfase.evaluatie]
    (ronde,) = [
        p
        for p in advies.planning
        if p.uitleg is not None
        and p.uitleg.sleutel == "FASE.later_besluit"
        and "blijft" in str(p.uitleg.waarden["onderwerpen"])
    ]
    assert evaluatie.eind is not None and ronde.start is not None
    (besluit,) = [p for p in advies.planning if p.fase is Procesfase.besluit]
    assert (
        besluit.eind is not None and besluit.eind < evaluatie.start < evaluatie.eind < ronde.start
    )  # type: ignore[operator]


def test_an_evaluation_without_a_later_decision_comes_after_the_works() -> None:
    v = maak(kaders_uitvoering_van="2027-10-01", kaders_uitvoering_tot="2028-03-31")
    advies = advies_voor(v)
    (evaluatie,) = [p for p in advies.planning if p.fase is Procesfase.evaluatie]
    assert evaluatie.start is not None and evaluatie.start > date(2028, 3, 31)


def test_advice_on_the_other_bodys_building_phase_comes_after_its_design_decision() -> None:
    # review 42b: advice on the provincie's building plan sat in the 2027 klankbordgroep, long
    # before there is a plan to comment on; GS decide on the design in December 2027
    pad = (
        Path(__file__).resolve().parents[1]
        / "cases"
        / "beoordeling"
        / "n-weg-doortocht-zwiepveld.yaml"
    )
    v = load_vraagstuk(pad, pad.name)
    advies = advies_voor(v, datum=date(2026, 11, 30))
    bouw = next(p.onderwerp for p in v.kaders.open if p.onderwerp.startswith("Hoe de bouw"))
    assert all(bouw not in m.onderwerpen for m in advies.mix if m.werkvorm == "klankbordgroep")
    (ronde,) = [
        p
        for p in advies.planning
        if p.uitleg is not None
        and p.uitleg.sleutel == "FASE.later_besluit"
        and bouw.rstrip(".") in p.uitleg.waarden["onderwerpen"]
    ]
    assert v.kaders.besluit_uiterlijk is not None and ronde.start is not None
    assert ronde.start > v.kaders.besluit_uiterlijk


def test_the_participants_hear_back_after_a_decision_before_the_main_one() -> None:
    # review 42b: no step reported back after the college chose the place on 23 March, three
    # months before the permit
    pad = (
        Path(__file__).resolve().parents[1] / "cases" / "beoordeling" / "skaeve-huse-oldenhove.yaml"
    )
    v = load_vraagstuk(pad, pad.name)
    advies = advies_voor(v, datum=date(2026, 11, 30))
    (terug,) = [
        p
        for p in advies.planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.tussenbesluit"
    ]
    assert terug.fase is Procesfase.terugkoppeling
    assert terug.start is not None and date(2027, 3, 23) < terug.start <= date(2027, 4, 2)
    assert "hoe hun inbreng meewoog" in terug.toelichting


def test_hunzeloo_the_rounds_close_before_the_commissies_papers_when_the_concept_is_tight() -> None:
    """Review 43c: 'Verdiepen (8 februari – 14 mei 2027)' ran until four days before the
    commissie of 18 May. When the weeks to write the concept do not fit as well, the rounds
    still close before the commissie's papers, not the day before the meeting."""
    pad = Path(__file__).resolve().parents[1] / "cases" / "omgevingsvisie-hunzeloo.yaml"
    v = load_vraagstuk(pad, pad.name)
    advies = advies_voor(v, datum=date(2026, 11, 30))
    (hoorzitting,) = [p for p in advies.planning if "hoorzitting-raad" in p.werkvormen]
    assert hoorzitting.start is not None
    papieren = hoorzitting.start - timedelta(weeks=MOMENT_STUKKEN[Orgaan.commissie])
    rondes = [
        p
        for p in advies.planning
        if p.fase in _ROUNDS and p.werkvormen and p.start and p.start < hoorzitting.start
    ]
    assert rondes
    assert all(p.eind is not None and p.eind <= papieren for p in rondes), rondes


def test_hunzeloo_no_round_after_the_decision_starts_at_christmas() -> None:
    """Review 43c: the keukentafelgesprekken after the decision of 16 December started on
    20 December, in the Christmas days."""
    pad = Path(__file__).resolve().parents[1] / "cases" / "omgevingsvisie-hunzeloo.yaml"
    v = load_vraagstuk(pad, pad.name)
    advies = advies_voor(v, datum=date(2026, 11, 30))
    (uitwerken,) = [p for p in advies.planning if p.fase is Procesfase.uitwerken]
    assert uitwerken.start is not None
    assert not (date(2027, 12, 18) <= uitwerken.start <= date(2028, 1, 9)), uitwerken.start


def test_molenakker_the_atelier_shapes_the_concept_before_the_commissie_discusses_it() -> None:
    """Review 43c: the atelier on the stedenbouwkundig plan started after the commissie had
    discussed its concept (15 June), pushed there by an earlier moment on another topic. A form
    that shapes a concept closes before the papers of the concept's discussion."""
    pad = (
        Path(__file__).resolve().parents[1]
        / "cases"
        / "herstructurering-molenakker-wolderveen.yaml"
    )
    v = load_vraagstuk(pad, pad.name)
    advies = advies_voor(v, datum=date(2026, 11, 30))
    (atelier,) = [p for p in advies.planning if "ontwerpatelier" in p.werkvormen]
    commissie = date(2027, 6, 15)
    assert atelier.eind is not None
    assert atelier.eind <= commissie - timedelta(weeks=MOMENT_STUKKEN[Orgaan.commissie])

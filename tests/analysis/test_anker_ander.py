"""A fixed step is never moved (review 57e/58a/58b): a group's own meeting ('Dit ontwerp plant
de stap daarom op 17 februari 2027' for the members' meeting of a bewonersvereniging on 3 March,
in time for the college on 23 March), a body's written advice the college fixed (Beerzelo), a
tender jury on the college's schedule ('Begin de stap dan uiterlijk 31 mei 2027', Marnewold).
A body's own advice before the papers goes with them as it is; a fixed reaction step that is
really too tight keeps its dates, and the report says so once, without an earlier start."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor, maak

from pionieren.input.load import load_vraagstuk

CASES = Path(__file__).resolve().parents[1] / "cases"
VEENMARKE = CASES / "review57" / "energiearmoede-energiefixers-klinkerwijk-veenmarke.yaml"
BEERZELO = CASES / "review53" / "leerlingenvervoer-verordening-beerzelo.yaml"
MARNEWOLD = CASES / "review54" / "jongerenwerk-aanbesteding-marnewold.yaml"
DAG = date(2026, 12, 1)
_KRAP = ("PLAN-KALENDER.anker_krap", "PLAN-VERWERKEN.krap", "PLAN-VERWERKEN.na_stukken")


def test_a_groups_own_meeting_before_the_papers_is_in_time_and_keeps_its_date() -> None:
    advies = advies_voor(load_vraagstuk(VEENMARKE), datum=DAG)
    assert not [b for b in advies.bevindingen if b.sleutel in _KRAP]
    assert "17 februari 2027 kan" not in " ".join(b.tekst for b in advies.bevindingen)
    (vergadering,) = [p for p in advies.planning if "eigen-vergadering" in p.werkvormen]
    assert vergadering.start == vergadering.eind == date(2027, 3, 3)


def test_a_bodys_fixed_written_advice_keeps_the_case_dates() -> None:
    advies = advies_voor(load_vraagstuk(BEERZELO), datum=DAG)
    (advies_raad,) = [p for p in advies.planning if "clientenraad" in p.werkvormen]
    assert (advies_raad.start, advies_raad.eind) == (date(2027, 3, 29), date(2027, 4, 23))
    assert not any(b.waarden.get("verschoven") for b in advies.bevindingen)


def test_a_tender_jury_on_the_colleges_dates_gets_no_earlier_start() -> None:
    advies = advies_voor(load_vraagstuk(MARNEWOLD), datum=DAG)
    (jury,) = [p for p in advies.planning if "jongerenjury" in p.werkvormen]
    assert (jury.start, jury.eind) == (date(2027, 6, 7), date(2027, 6, 11))
    assert not [
        b for b in advies.bevindingen if b.sleutel in _KRAP and "jongerenjury" in b.tekst.lower()
    ]


def _inloop(**werkvorm: str) -> object:
    """A college decision on 29 March 2027 (papers 15 March) with a walk-in round that ends on 9
    March, four working days before the papers."""
    return advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-03-29",
            besluit={"door": "college"},
            werkvormen=[
                {"id": "inloopavond", "van": "2027-03-08", "tot": "2027-03-09", **werkvorm}
            ],
        ),
        datum=DAG,
    )


def test_a_decided_reaction_step_that_is_too_tight_keeps_its_dates_and_says_so_once() -> None:
    advies = _inloop(status="besloten", door="college")
    (inloop,) = [p for p in advies.planning if "inloopavond" in p.werkvormen]
    assert (inloop.start, inloop.eind) == (date(2027, 3, 8), date(2027, 3, 9))
    krap = [b for b in advies.bevindingen if b.sleutel in _KRAP]
    assert len(krap) == 1
    assert krap[0].waarden.get("vast_stap") and not krap[0].waarden.get("vroeger")
    assert "De data van deze stap liggen vast" in krap[0].tekst
    assert "uiterlijk" not in krap[0].tekst.split("(")[-1]


def test_a_proposed_step_of_the_gemeente_may_still_start_earlier() -> None:
    advies = _inloop(status="voorgesteld", door="college")
    krap = [b for b in advies.bevindingen if b.sleutel in _KRAP]
    assert krap and not any(b.waarden.get("vast_stap") for b in krap)

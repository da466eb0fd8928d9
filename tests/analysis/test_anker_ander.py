"""A step on another party's own dates is not the gemeente's to move (review 57e/58a:
'Dit ontwerp plant de stap daarom op 17 februari 2027' for the members' meeting of a
bewonersvereniging). The advice asks that party; a step the gemeente itself fixed may still be
planned earlier (Beerzelo, the adviesraad the college asks)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor

from pionieren.input.load import load_vraagstuk

CASES = Path(__file__).resolve().parents[1] / "cases"
VEENMARKE = CASES / "review57" / "energiearmoede-energiefixers-klinkerwijk-veenmarke.yaml"
BEERZELO = CASES / "review53" / "leerlingenvervoer-verordening-beerzelo.yaml"
DAG = date(2026, 12, 1)


def test_a_groups_own_meeting_keeps_its_date_and_the_advice_asks_the_group() -> None:
    advies = advies_voor(load_vraagstuk(VEENMARKE), datum=DAG)
    (krap,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.anker_krap"]
    assert krap.waarden.get("door") == "Bewonersvereniging Klinkerwijk"
    assert not krap.waarden.get("verschoven")
    assert "Vraag Bewonersvereniging Klinkerwijk of de stap uiterlijk" in krap.tekst
    assert "Dit ontwerp plant de stap" not in krap.tekst
    (vergadering,) = [p for p in advies.planning if "eigen-vergadering" in p.werkvormen]
    assert vergadering.start == date(2027, 3, 3)


def test_a_step_the_college_fixed_may_still_move_earlier() -> None:
    advies = advies_voor(load_vraagstuk(BEERZELO), datum=DAG)
    krap = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.anker_krap"]
    assert krap and all(not b.waarden.get("door") for b in krap)
    assert any(b.waarden.get("verschoven") for b in krap)

"""The first step when the raad adopts the participation plan itself (review 56b): a raad needs
its own cycle of papers (six weeks), so a plan due within that time is put before its next meeting
by the griffie, not 'adopted by the raad' on a date it cannot meet."""

from __future__ import annotations

from datetime import date, timedelta

from helpers import ONTWIKKELCASUSSEN, rapport_gegevens

from pionieren.analysis.planning import RAAD_STUKKEN_WEKEN
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

DATUM = date(2026, 12, 1)


def test_a_raad_plan_due_in_weeks_goes_to_its_next_meeting() -> None:
    """Havenkop (the raad calls a referendum): the first step is due in December."""
    pad = next(p for p in ONTWIKKELCASUSSEN if p.stem == "referendum-hotel-havenkop")
    tekst = advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")
    eerste = next(r for r in tekst.splitlines() if r.startswith("**Eerste stap.**"))
    assert "de griffie legt het participatieplan voor aan de eerstvolgende vergadering" in eerste
    assert "de raad stelt het participatieplan vast" not in eerste
    advies, _, data = rapport_gegevens(pad, DATUM)
    tot = date.fromisoformat(data["eerste_stap"]["tot"])
    assert tot - advies.datum < timedelta(weeks=RAAD_STUKKEN_WEKEN)

"""The first step when the raad adopts the participation plan itself (review 56a/56b): a raad
needs its own cycle of papers (six weeks) and does not meet in its Christmas recess, so the first
step names the first day the raad can adopt the plan, not a date in December it cannot meet.
In another body's procedure the college adopts the plan for the gemeente's part, not its own
later decision on that part (review 56b, Broekerveen)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from helpers import ONTWIKKELCASUSSEN, rapport_gegevens

from pionieren.analysis.planning import KERST, RAAD_STUKKEN_WEKEN
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.data import raad_vanaf
from pionieren.text import MAANDEN as _MAANDEN

DATUM = date(2026, 12, 1)


def _eerste_stap(stem: str) -> str:
    pad = next(p for p in ONTWIKKELCASUSSEN if p.stem == stem)
    tekst = advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")
    return next(r for r in tekst.splitlines() if r.startswith("**Eerste stap.**"))


def _datum(tekst: str) -> date:
    dag, maand, jaar = tekst.split()
    return date(int(jaar), _MAANDEN.index(maand) + 1, int(dag))


def test_a_raad_plan_is_adopted_no_earlier_than_its_own_cycle_allows() -> None:
    """Havenkop and Wilgendam (the raad is the opdrachtgever): the first step names the
    raad's earliest date, six weeks out and after the recess, never 'uiterlijk 18 december'.
    (Scheldevoorde was one: its motie gives the college the pen, so the college adopts the plan
    there, and the first step says so.)"""
    for stem in ("referendum-hotel-havenkop", "burgerberaad-mobiliteit-wilgendam"):
        eerste = _eerste_stap(stem)
        assert "de raad stelt het participatieplan vast" not in eerste
        m = re.search(r"op zijn vroegst (\d+ \w+ \d{4}) vaststellen", eerste)
        assert m, eerste
        assert _datum(m.group(1)) >= DATUM + timedelta(weeks=RAAD_STUKKEN_WEKEN)
        pad = next(p for p in ONTWIKKELCASUSSEN if p.stem == stem)
        advies, _, data = rapport_gegevens(pad, DATUM)
        tot = date.fromisoformat(data["eerste_stap"]["tot"])
        assert tot - advies.datum < timedelta(weeks=RAAD_STUKKEN_WEKEN)


def test_a_first_round_before_the_raad_can_decide_is_named_with_the_presidium() -> None:
    """Wilgendam: the first round starts on 4 January, before the raad can adopt the plan;
    the first step says so and asks to discuss the plan with the presidium first. Scheldevoorde,
    where the motie gives the college the pen, has the college adopt the plan."""
    eerste = _eerste_stap("burgerberaad-mobiliteit-wilgendam")
    assert "vóór de eerste ronde" in eerste and "met het presidium" in eerste
    college = _eerste_stap("zondagsopenstelling-winkels-scheldevoorde")
    assert "het college stelt het participatieplan vast" in college
    assert "presidium" not in college


def test_the_raad_date_skips_the_christmas_recess() -> None:
    """Six weeks from 20 November is 1 January: the raad does not meet in its recess."""
    dag = raad_vanaf(date(2026, 11, 20))
    assert dag > date(2027, *KERST[1])
    assert dag - date(2026, 11, 20) >= timedelta(weeks=RAAD_STUKKEN_WEKEN)
    assert raad_vanaf(date(2027, 3, 1)) == date(2027, 4, 12)


def test_the_college_adopts_the_plan_for_its_part_not_its_own_later_decision() -> None:
    """Broekerveen: the college decides on its contribution in September 2027; the first step
    is about the plan for the gemeente's part, not 'het eigen deel van de gemeente vast'."""
    eerste = _eerste_stap("peilbesluit-polder-broekerveen")
    assert "stelt het eigen deel van de gemeente vast" not in eerste
    assert "het participatieplan voor het deel van de gemeente vast" in eerste

"""Input closes before the moment that fixes its topic, also a reaction round: after the
moment that fixes a tender's documents (the leidraad) only information and feedback follow
(review 55b, Marnewold)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from helpers import ONTWIKKELCASUSSEN, advies_voor, maak

from pionieren.analysis.result import Advies, PlanFase
from pionieren.input.load import load_vraagstuk

DAG = date(2026, 12, 1)
_LEIDRAAD = re.compile(r"\b(?:aanbestedingsleidraad|leidraad|bestek|gunningscriteri)", re.I)


def _leidraad(datum: str) -> Advies:
    """A college tender whose leidraad is fixed on ``datum``, with a written consultation the
    tool places itself."""
    return advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-07-06",
            besluit={"door": "college", "procedure": "privaatrechtelijk"},
            werkvormen=[{"id": "schriftelijke-consultatie", "status": "voorgesteld"}],
            momenten=[
                {
                    "wat": "Het college stelt de aanbestedingsleidraad vast",
                    "datum": datum,
                    "door": "college",
                }
            ],
        ),
        datum=DAG,
    )


def _stukken(p: PlanFase) -> date:
    assert p.uitleg is not None
    return date.fromisoformat(p.uitleg.waarden["stukken"])


def _leidraad_momenten(a: Advies) -> list[PlanFase]:
    return [
        p
        for p in a.planning
        if p.uitleg is not None
        and p.uitleg.sleutel == "FASE.moment"
        and p.uitleg.waarden.get("stukken")
        and _LEIDRAAD.search(str(p.uitleg.waarden.get("wat", "")))
    ]


def _reactierondes(a: Advies) -> list[PlanFase]:
    return [
        p
        for p in a.planning
        if (p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie")
        or "schriftelijke-consultatie" in p.werkvormen
    ]


def test_a_reaction_round_closes_before_the_papers_of_the_leidraad() -> None:
    # before: the consultation ran 19 April - 4 June 2027, after the leidraad of 6 April
    a = _leidraad("2027-04-06")
    (moment,) = _leidraad_momenten(a)
    (ronde,) = _reactierondes(a)
    # closes with two working weeks left to answer the reactions in the papers
    assert (_stukken(moment) - ronde.eind).days >= 14
    assert "PLAN-STUKKEN.na_vaststelling" not in {b.sleutel for b in a.bevindingen}


def test_a_reaction_round_that_cannot_fit_before_the_leidraad_drops_with_one_line() -> None:
    a = _leidraad("2027-01-12")  # papers before the participation can begin
    assert not [p for p in _reactierondes(a) if p.start > date(2027, 1, 12)]
    (b,) = [b for b in a.bevindingen if b.sleutel == "PLAN-STUKKEN.na_vaststelling"]
    assert "12 januari 2027" in b.tekst
    # the tool's own round goes from the design as a whole, not only from the calendar
    assert "schriftelijke-consultatie" not in {m.werkvorm for m in a.mix}


def test_a_round_the_case_decided_stays_and_is_named() -> None:
    a = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-07-06",
            besluit={"door": "college", "procedure": "privaatrechtelijk"},
            werkvormen=[
                {"id": "schriftelijke-consultatie", "status": "besloten", "door": "college"}
            ],
            momenten=[
                {
                    "wat": "Het college stelt de aanbestedingsleidraad vast",
                    "datum": "2027-01-12",
                    "door": "college",
                }
            ],
        ),
        datum=DAG,
    )
    assert "schriftelijke-consultatie" in {m.werkvorm for m in a.mix}
    (b,) = [b for b in a.bevindingen if b.sleutel == "PLAN-STUKKEN.na_vaststelling"]
    assert "Kies nu" in b.tekst


@cache
def _advies(pad: Path) -> Advies:
    return advies_voor(load_vraagstuk(pad), datum=DAG)


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_no_reaction_round_after_the_moment_that_fixes_a_tender(pad: Path) -> None:
    a = _advies(pad)
    for moment in _leidraad_momenten(a):
        for ronde in _reactierondes(a):
            if ronde.start > moment.start and ronde.fase.value != "uitwerken":
                if any(b.sleutel == "PLAN-STUKKEN.na_vaststelling" for b in a.bevindingen):
                    continue  # the case decided the round: the conflict is named
                pytest.fail(f"{ronde.start}–{ronde.eind} na het moment van {moment.start}")


# --- a proposer's timing is kept: a trial a stakeholder proposes informs the choice ---


def _met_proef(**pilot: object) -> Advies:
    return advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-06-29",
            kaders_uitvoering_van="2028-01-03",
            kaders_uitvoering_tot="2028-12-22",
            besluit={"door": "college"},
            werkvormen=[{"id": "pilot", "status": "voorgesteld", **pilot}],
        ),
        datum=DAG,
    )


def _proef_na_besluit(a: Advies) -> list[str]:
    return [b.tekst for b in a.bevindingen if b.sleutel == "PLAN-SAMENHANG.proef_na_besluit"]


def test_a_trial_a_stakeholder_proposes_after_the_decision_is_a_choice_for_the_bestuur() -> None:
    (tekst,) = _proef_na_besluit(_met_proef(door="Winkeliers"))
    assert "29 juni 2027" in tekst and "3 januari" in tekst


def test_a_trial_on_its_own_dates_or_of_the_gemeente_needs_no_choice() -> None:
    assert not _proef_na_besluit(_met_proef(door="college"))
    assert not _proef_na_besluit(_met_proef(door="Winkeliers", van="2027-03-01", tot="2027-05-28"))

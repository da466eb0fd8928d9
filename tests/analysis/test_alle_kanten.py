"""Rule MIX-ALLE-KANTEN and the table per onderwerp for points at raadplegen (review 39)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor

from pionieren.analysis.engine import analyse
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.data import per_onderwerp, report_data

CASES = Path(__file__).parents[1] / "cases"
SPOORHAVEN = "bedrijventerrein-spoorhaven-aamstede.yaml"


def test_a_joint_fact_finding_seats_the_opponents_and_not_the_vulnerable_group() -> None:
    """Review 39a: the fact-finding on the border between homes and businesses was held
    without the businesses that oppose the plan, but with the workers the plan does not ask."""
    advies = advies_voor(load_vraagstuk(CASES / SPOORHAVEN, SPOORHAVEN))
    jff = next(m for m in advies.mix if m.werkvorm == "joint-fact-finding")
    assert "Ondernemersvereniging Spoorhaven" in jff.voor
    assert "Betoncentrale aan de Havenweg" in jff.voor
    # the initiator runs its own talks; the workers, who need a trusted route, sit elsewhere
    assert "Spoorhaven Ontwikkeling" not in jff.voor
    assert "Werknemers op het bedrijventerrein" not in jff.voor
    assert "MIX-ALLE-KANTEN" in jff.regels
    assert any(
        "Werknemers op het bedrijventerrein" in m.voor
        for m in advies.mix
        if m.werkvorm != "joint-fact-finding"
    )


def test_no_opponents_are_added_where_there_is_no_joint_fact_finding() -> None:
    naam = "bodemsanering-vennegoor.yaml"
    advies = advies_voor(load_vraagstuk(CASES / naam, naam))
    assert not any("MIX-ALLE-KANTEN" in m.regels for m in advies.mix)


def test_a_point_at_raadplegen_names_the_open_rounds_that_carry_it() -> None:
    """Review 39b: 'raadplegen' with '–' under hoe and wanneer is a promise without a route."""
    kennis = builtin()
    v = load_vraagstuk(CASES / SPOORHAVEN, SPOORHAVEN)
    advies = analyse(v, kennis, date(2026, 11, 30))
    data = report_data(advies, v, kennis, SPOORHAVEN)
    rijen = per_onderwerp(advies, v, data["advies"]["mix"])
    mening = [r for r in rijen if r["trede"] == "raadplegen"]
    assert mening
    for r in mening:
        # no form of its own: the round for everyone, named as such (review 40)
        assert (r["hoe"] or r["breed"]) and r["wanneer"]
    # a form that only serves the raad is no round where inwoners give their opinion
    assert all("raadsinformatiebijeenkomst" not in str(r["breed"]).lower() for r in mening)
    # the formal round on the raad's draft does not carry what the developer decides (39c)
    panden = next(r for r in mening if "panden" in str(r["onderwerp"]))
    assert panden["wie"] == "Spoorhaven Ontwikkeling"
    assert not any("zienswijze" in str(h).lower() for h in panden["hoe"] + panden["breed"])
    eigen = [r for r in mening if r["wie"] == "de gemeenteraad"]
    assert eigen
    assert all(any("zienswijze" in str(h).lower() for h in r["breed"]) for r in eigen)


def test_no_sentence_starts_with_a_colon_when_its_group_left_the_form() -> None:
    rapport = advise_file(
        CASES / SPOORHAVEN, SPOORHAVEN, builtin(), date(2026, 11, 30), "md"
    ).rapport.decode("utf-8")
    assert ". : " not in rapport


def test_the_first_step_is_never_due_today_and_a_near_date_says_begin_now() -> None:
    """Review 39a: 'Uiterlijk 30 november 2026' in a report dated 30 November."""
    naam = "lokale-omroep-kreekdijk.yaml"
    rapport = advise_file(CASES / naam, naam, builtin(), date(2026, 11, 30), "md").rapport.decode(
        "utf-8"
    )
    stap = next(r for r in rapport.splitlines() if r.startswith("**Eerste stap.**"))
    assert "Uiterlijk 30 november 2026" not in stap
    # no week to spare: say so, and what must be decided this week, not a date of tomorrow
    # (review 42a: 'Uiterlijk 1 december 2026' in a report of 30 November)
    assert "Uiterlijk 1 december 2026" not in stap
    # (review 51: 'Er is geen week over: op 14 december begint de eerste ronde'; the plan is
    # adopted and people invited first, so the first step is at least a week away)
    assert "Er is geen week over" not in stap
    assert "Uiterlijk 18 december 2026" in stap
    # three weeks ahead is no reason to say 'begin now'
    naam = "bodemsanering-vennegoor.yaml"
    rapport = advise_file(CASES / naam, naam, builtin(), date(2026, 11, 30), "md").rapport.decode(
        "utf-8"
    )
    stap = next(r for r in rapport.splitlines() if r.startswith("**Eerste stap.**"))
    assert "Begin hier direct mee" not in stap

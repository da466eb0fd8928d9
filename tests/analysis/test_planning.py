"""The planning over the real calendar: the raad's summer recess."""

from __future__ import annotations

from datetime import date

from helpers import advies_voor, maak

from pionieren.analysis.planning import _raad_in_reces

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

"""Costs split by payer: what the initiator decided and pays itself stays out of a shared
budget, and when the initiator pays, the summary names the amount to agree with it and what
that must at least hold (reviews 43c, 43d)."""

from __future__ import annotations

from pathlib import Path

from helpers import advies_voor, builtin

from pionieren.analysis.mix.kosten import met_onvoorzien
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.report.render import render
from pionieren.text import euro
from pionieren.vocabulary import Status

CASES = Path(__file__).resolve().parents[1] / "cases"


def _budget(advies: Advies, v: Vraagstuk) -> str:
    rapport = render(advies, v, builtin(), "md", "v.yaml", None, {}).decode()
    return " ".join(
        r.split("**Budget.** ", 1)[1] for r in rapport.splitlines() if r.startswith("**Budget.** ")
    )


def test_a_form_the_initiator_decided_itself_stays_out_of_a_shared_budget() -> None:
    """Review 43d (Molenakker): the corporation decided and pays a talk with every household;
    the advice asked for € 123,000 more, 'vooral voor keukentafelgesprekken'."""
    v = load_vraagstuk(CASES / "herstructurering-molenakker-wolderveen.yaml")
    advies = advies_voor(v)
    (gesprek,) = [m for m in advies.mix if m.werkvorm == "afspraak-per-huishouden"]
    assert gesprek.betaald_door == "anderen"
    m = advies.middelen
    assert m.kosten_anderen_min_euro >= gesprek.kosten_euro[0]
    assert m.kosten_initiatiefnemer_max_euro < gesprek.kosten_euro[0]
    assert not any(b.sleutel == "MIX-BUDGET.kleiner" for b in advies.bevindingen)
    regel = _budget(advies, v)
    assert "erbij" not in regel
    assert "De initiatiefnemer koos en betaalt zelf, buiten dit budget: " in regel


def test_a_form_the_initiator_only_proposed_stays_in_the_shared_budget() -> None:
    v = load_vraagstuk(CASES / "herstructurering-molenakker-wolderveen.yaml")
    werkvormen = [
        g.model_copy(update={"status": Status.voorgesteld})
        if g.id == "afspraak-per-huishouden"
        else g
        for g in v.werkvormen
    ]
    advies = advies_voor(v.model_copy(update={"werkvormen": werkvormen}))
    (gesprek,) = [m for m in advies.mix if m.werkvorm == "afspraak-per-huishouden"]
    assert gesprek.betaald_door == "initiatiefnemer"


def test_when_the_initiator_pays_the_summary_names_what_to_agree_with_it() -> None:
    """Review 43d (Kessenrade): the developer pays; the summary named only the € 600 of the
    gemeente, not the amount the college must agree with the developer."""
    v = load_vraagstuk(CASES / "kerk-herbestemming-kessenrade.yaml")
    advies = advies_voor(v)
    m = advies.middelen
    bedrag = met_onvoorzien(m.kosten_initiatiefnemer_min_euro, m.kosten_initiatiefnemer_max_euro)
    regel = _budget(advies, v)
    assert f"Spreek met de initiatiefnemer af dat die naar schatting {euro(bedrag)}" in regel
    # at least the formal step, the route to the group that is hard to reach and the feedback
    assert "Inspraak en zienswijze (formeel)" in m.minstens_initiatiefnemer
    assert "Huis-aan-huisgesprekken" in m.minstens_initiatiefnemer
    assert "daarin zitten minstens huis-aan-huisgesprekken, inspraak en zienswijze" in regel


def test_the_initiators_own_money_in_the_budget_is_not_counted_again_outside_it() -> None:
    """Review 50b (Meerwierum): the kader puts the initiator's own € 1.000 inside the budget of
    € 5.500; its own survey was still said to be paid 'buiten dit budget'."""
    v = load_vraagstuk(CASES / "dorpsvisie-meerwierum.yaml")
    advies = advies_voor(v)
    (enquete,) = [m for m in advies.mix if m.werkvorm == "enquete"]
    assert enquete.betaald_door != "anderen"
    assert "buiten dit budget" not in _budget(advies, v)

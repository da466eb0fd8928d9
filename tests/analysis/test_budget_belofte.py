"""A tight budget makes the design smaller, never a promise already made (review 29a: the
advice lowered coproduceren to adviseren against a motie 'samen met het dorp')."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import DATUM, advies_voor, builtin, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.budget import EVALUATIE_KORT, belofte
from pionieren.analysis.mix.kosten import met_onvoorzien
from pionieren.input.load import load_vraagstuk
from pionieren.teksten import Wording
from pionieren.vocabulary import Trede

CASES = Path(__file__).resolve().parents[1] / "cases"
MOTIE = (
    "De raad nam in november 2026 een motie aan die het college vraagt samen met het dorp een "
    "plan te maken voor het gebouw."
)


def _feiten(**kwargs: object) -> Feiten:
    return Feiten(vraagstuk=maak(**kwargs), kennis=builtin(), datum=DATUM)


def test_an_adopted_motie_samen_met_binds_the_ambition() -> None:
    assert belofte(_feiten(ambitie="coproduceren", aanleiding=MOTIE)) is Trede.coproduceren


def test_a_motie_only_submitted_or_without_samen_met_binds_nothing() -> None:
    ingediend = "Fracties dienden een motie in die vraagt samen met het dorp een plan te maken."
    assert belofte(_feiten(ambitie="coproduceren", aanleiding=ingediend)) is None
    zonder = "De raad nam een motie aan die vraagt om een plan voor het gebouw."
    assert belofte(_feiten(ambitie="coproduceren", aanleiding=zonder)) is None


def test_a_motie_at_adviseren_binds_nothing_above_it() -> None:
    assert belofte(_feiten(ambitie="adviseren", aanleiding=MOTIE)) is None


def test_a_toezegging_decides_what_was_promised() -> None:
    hoog = {"door": "raad", "toezegging": {"door": "raad", "trede": "meebeslissen"}}
    assert belofte(_feiten(besluit=hoog)) is Trede.meebeslissen
    laag = {"door": "raad", "toezegging": {"door": "raad", "trede": "adviseren"}}
    # the toezegging is what was promised, even when a motie asks more loosely
    assert belofte(_feiten(besluit=laag, ambitie="coproduceren", aanleiding=MOTIE)) is None


def _bedragen(tekst: str) -> list[int]:
    return [int(b.replace(".", "")) for b in re.findall(r"€ ([\d.]+)", tekst)]


def test_wapserveen_keeps_coproduceren_in_a_design_for_a_village() -> None:
    """Review 29a/30: no gelote groep in a village of 1,100 and no joint fact finding where
    nobody doubts the facts; a werkgroep of the village coproduces, and the design fits."""
    v = load_vraagstuk(CASES / "dorpsschool-wapserveen.yaml")
    advies = advies_voor(v)
    assert advies.trede.advies is Trede.coproduceren
    assert not any(b.regel == "TREDE-BUDGET" for b in advies.bevindingen)
    ids = {m.werkvorm for m in advies.mix}
    assert not ids & {"burgerjury", "joint-fact-finding", "omgevingsraad"}
    assert any(
        m.werkvorm == "cocreatie-werkgroep" and m.trede is Trede.coproduceren for m in advies.mix
    )
    budget = v.kaders.budget_euro
    assert budget is not None and advies.middelen.kosten_min_euro <= budget


def test_a_shortfall_has_one_set_of_numbers() -> None:
    """The smaller design in MIX-BUDGET.kleiner is the one the report costs, and the text
    names the shortfall it computes."""
    gezien = 0
    for pad in sorted(CASES.glob("*.yaml")):
        v = load_vraagstuk(pad)
        advies = advies_voor(v)
        for b in advies.bevindingen:
            if b.sleutel != "MIX-BUDGET.kleiner":
                continue
            gezien += 1
            m = advies.middelen
            # a shared budget (betaler: beide) carries the initiator's part too
            gedeeld = v.kaders.betaler == "beide"
            laag = m.kosten_min_euro + (m.kosten_initiatiefnemer_min_euro if gedeeld else 0)
            hoog = m.kosten_max_euro + (m.kosten_initiatiefnemer_max_euro if gedeeld else 0)
            # the estimate with a fifth for the unforeseen: the one amount the report names
            prijs = met_onvoorzien(laag, hoog)
            assert b.waarden["kosten"] == prijs, pad.name
            budget = v.kaders.budget_euro or 0
            assert b.waarden["tekort"] == max(0, prijs - budget)
            tekst = Wording(builtin().teksten).render(b.sleutel, b.waarden)
            if b.waarden["tekort"] and b.waarden["belofte"]:  # then it asks for the sum
                assert b.waarden["tekort"] in _bedragen(tekst), pad.name
    assert gezien  # the development cases hold at least one short budget


def test_without_a_promise_the_lowered_advice_names_the_smallest_design_that_keeps_it() -> None:
    """The amount in TREDE-BUDGET is more than the budget, and the design the report shows
    fits: never 'the smallest design costs € 26,600' next to 'enough for the sober € 11,700'
    unless the first is the smallest design that keeps deciding together."""
    for pad in sorted(CASES.glob("*.yaml")):
        v = load_vraagstuk(pad)
        advies = advies_voor(v)
        for b in advies.bevindingen:
            if b.regel == "TREDE-BUDGET" and b.waarden.get("nodig"):
                assert b.waarden["nodig"] > (v.kaders.budget_euro or 0), pad.name
            if b.sleutel == "MIX-BUDGET.kleiner":
                m = advies.middelen
                # a shared budget (betaler: beide) carries the whole design, both parts
                gedeeld = v.kaders.betaler == "beide"
                laag = m.kosten_min_euro + (m.kosten_initiatiefnemer_min_euro if gedeeld else 0)
                hoog = m.kosten_max_euro + (m.kosten_initiatiefnemer_max_euro if gedeeld else 0)
                assert b.waarden["kosten"] == met_onvoorzien(laag, hoog), pad.name
                assert b.waarden["samen"] is gedeeld, pad.name
                assert b.waarden["vol"] >= b.waarden["kosten"], pad.name


def _mix_en_bevindingen(naam: str) -> tuple[set[str], list[str], int, int]:
    v = load_vraagstuk(CASES / naam)
    advies = advies_voor(v)
    return (
        {m.werkvorm for m in advies.mix},
        [b.sleutel for b in advies.bevindingen],
        advies.middelen.kosten_min_euro,
        v.kaders.budget_euro or 0,
    )


def _evaluatie(naam: str) -> list[tuple[str, tuple[int, int]]]:
    advies = advies_voor(load_vraagstuk(CASES / naam))
    return [(m.naam, m.kosten_euro) for m in advies.mix if m.werkvorm == "leerarena"]


def test_a_design_that_does_not_fit_anyway_keeps_its_least_evaluation() -> None:
    """Review 45a (Bramerveen) had the evaluation a year after the decision go first when the
    budget was short; review 50b: an adviser keeps a minimal evaluation (own staff ask after
    the end what went well) and cuts breadth first. The evaluation stays in its least form."""
    _, sleutels, _, _ = _mix_en_bevindingen("lokale-omroep-kreekdijk.yaml")
    assert "MIX-BUDGET.kleiner" in sleutels and "MIX-BUDGET.zuiniger" in sleutels
    assert [n for n, _ in _evaluatie("lokale-omroep-kreekdijk.yaml")] == [EVALUATIE_KORT]


def test_the_evaluation_of_a_trial_stays() -> None:
    """The JOP's trial is evaluated before the college decides whether it stays (review 18):
    that evaluation is never the part dropped for money."""
    mix, sleutels, _, _ = _mix_en_bevindingen("jop-de-kolk.yaml")
    assert "leerarena" in mix and "MIX-BUDGET.krap" not in sleutels


def test_a_small_shortfall_drops_the_evaluation_before_saying_too_small() -> None:
    """Review 29b: De Wiek was € 100 short while a leerarena of € 1,000 stayed."""
    _, sleutels, kosten, budget = _mix_en_bevindingen("honden-de-wiek.yaml")
    # the evaluation stays in its least form, at a small part of the € 1,000 (review 50b)
    evaluatie = _evaluatie("honden-de-wiek.yaml")
    assert all(n == EVALUATIE_KORT and k[1] <= 100 for n, k in evaluatie)
    assert kosten <= budget
    assert "MIX-BUDGET.kleiner" in sleutels  # it says what the smaller design leaves out


def test_a_design_with_room_keeps_its_evaluation() -> None:
    mix, sleutels, kosten, budget = _mix_en_bevindingen("mantelzorgbeleid-lingehoven.yaml")
    assert kosten <= budget * 0.9
    assert "leerarena" in mix and "MIX-BUDGET.krap" not in sleutels


def test_no_deciding_form_does_not_advise_to_promise_less_than_was_promised() -> None:
    """Review 31b (Wapserveen): 'of beloof adviseren' next to a motie 'samen met het dorp'."""
    advies = advies_voor(load_vraagstuk(CASES / "dorpsschool-wapserveen.yaml"), datum=DATUM)
    teksten = [b.tekst for b in advies.bevindingen if b.regel == "MIX-BESLUITEN"]
    assert teksten, "the case has no deciding form: the finding must be there"
    assert all("beloof adviseren" not in t and "al coproduceren beloofd" in t for t in teksten)


def test_budget_set_against_a_realistic_estimate_and_shared_budget() -> None:
    """Review 38: the rest of a budget is what stays after the estimate (the lower bound plus a
    tenth of the range: a sober process with some room, review 41) plus a fifth, never after
    the least cost; a shared budget carries both parts."""
    from pionieren.analysis.mix.kosten import raming

    # 5,050 + 1,285, not rounded: the estimates of the rows add up to the total (review 49)
    assert raming(5050, 17900) == 6335
    assert raming(0, 0) == 0
    for pad in sorted(CASES.glob("*.yaml")):
        v = load_vraagstuk(pad)
        advies = advies_voor(v)
        m = advies.middelen
        for b in advies.bevindingen:
            if b.sleutel == "MIX-BUDGET.rest":
                assert b.waarden["raming"] == raming(b.waarden["laag"], b.waarden["hoog"])
                assert b.waarden["reserve"] >= b.waarden["raming"] * 1.2
                assert b.waarden["rest"] == (v.kaders.budget_euro or 0) - b.waarden["reserve"]
            if b.sleutel == "MIX-BUDGET.sober":
                # only when the estimate is above a budget the least cost fits (review 40)
                assert b.waarden["raming"] > b.waarden["budget"], pad.name
                assert b.waarden["tekort"] == b.waarden["raming"] - b.waarden["budget"]
                assert len(b.waarden["namen"]) <= 2
        if v.kaders.betaler == "beide" and v.kaders.budget_euro is not None:
            deel = m.kosten_min_euro + m.kosten_initiatiefnemer_min_euro
            assert m.past_in_budget == (deel <= v.kaders.budget_euro), pad.name

"""A fixed budget is a hard limit (review 46a/46b): costs scale with the parties a round table
serves, and when the smaller design still does not fit, the tool drops steps itself in a stated
order and says who loses what, instead of "Wat er nu in staat, is nodig" and handing the cut to
the college."""

from __future__ import annotations

from pathlib import Path

from helpers import advies_voor, vaste_budgetten
from test_mix_regels import KENNIS, feiten, keuze, met_partijen, ontwerp

from pionieren.analysis.mix.kosten import kosten_van
from pionieren.input.load import load_vraagstuk
from pionieren.pipeline import advise

ROOT = Path(__file__).resolve().parents[2]
ALLE = sorted((ROOT / "tests" / "cases").glob("*.yaml")) + sorted(
    (ROOT / "vraagstukken").glob("*.yaml")
)
DATUM = "2026-11-30"


def test_a_round_table_costs_per_party_at_the_table() -> None:
    """Review 46a: € 2,000-10,000 for one conversation with one farmer. A round table costs a
    fixed part plus a price for each group at the table (the catalogue's unit), so a talk with
    one party costs hours of work, and each party more adds to it."""
    boer = {"naam": "Melkveehouder", "soort": "ondernemers", "invloed": "middel", "belang": "hoog"}
    club = {
        "naam": "Voetbalclub",
        "soort": "maatschappelijke_organisatie",
        "invloed": "middel",
        "belang": "hoog",
    }
    v = met_partijen(boer, club)
    o = ontwerp(v)
    f = feiten(v)
    een = kosten_van(f, keuze(o, "rondetafel", "Melkveehouder"))
    twee = kosten_van(f, keuze(o, "rondetafel", "Melkveehouder", "Voetbalclub"))
    assert een[0] < 1000 and een[1] <= 2000, een
    assert twee[0] > een[0] and twee[1] > een[1]
    catalogus = KENNIS.werkvorm("rondetafel").kosten_euro
    assert een[1] < catalogus[1]


def test_no_report_hands_the_cut_back_to_the_college() -> None:
    """Never "Wat er nu in staat, is nodig" nor "kiest het college vóór de start welke stap
    vervalt": the tool makes that choice itself."""
    for pad in ALLE:
        v = load_vraagstuk(pad)
        if v.kaders.budget_euro is None:
            continue
        tekst = advise(pad, datum=DATUM).tekst
        assert "Wat er nu in staat, is nodig" not in tekst, pad.name
        assert "kiest het college vóór de start welke stap vervalt" not in tekst, pad.name


def test_a_cap_that_makes_it_fit_is_not_also_a_shortfall() -> None:
    """A budget line that ends "Maak X kleiner, hoogstens € …; dan past het" does not also say
    "€ … te weinig": the cap is the one instruction."""
    for pad in ALLE:
        v = load_vraagstuk(pad)
        if v.kaders.budget_euro is None:
            continue
        tekst = advise(pad, datum=DATUM).tekst
        # the summary's two sentences and the paragraph in hoofdstuk 1 together
        regel = " ".join(r for r in tekst.splitlines() if r.startswith("**Budget.**"))
        if "; dan past het." in regel:
            assert "te weinig" not in regel, pad.name


def test_over_a_fixed_budget_only_when_the_minimum_does_not_fit() -> None:
    """A design above its budget either names a smaller form of its dearest part that makes it
    fit, keeps a promise already made, was cut until only a modest gap is left, or is the
    required minimum: then no step is left that
    the hard limit may drop, and the budget paragraph says so once."""
    over = 0
    for pad, v, advies, schatting in vaste_budgetten(ALLE):
        budget = v.kaders.budget_euro
        assert budget is not None
        if schatting <= budget:
            continue
        over += 1
        (kl,) = [b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.kleiner"]
        # or it was cut until only a modest gap (at most a quarter) is left, the bestuur's to
        # accept on a budget that may grow
        bescheiden = any(
            b.sleutel == "MIX-BUDGET.vast" and b.waarden["aanvaarden"] for b in advies.bevindingen
        )
        assert not bescheiden or schatting * 100 <= budget * 125, pad.name
        assert (
            kl.waarden["plafond"] or kl.waarden["belofte"] or kl.waarden["duurste"] or bescheiden
        ), pad.name


def test_the_hard_limit_drops_steps_and_names_who_loses_what() -> None:
    """Speelruimteplan-achtige case (Lindenoord-like): a fixed budget the smaller design
    overshoots. The tool drops steps itself, the evaluation long after first; every dropped
    step says where its groups still come in or that they get only the feedback."""
    geraakt = 0
    for pad in ALLE:
        advies = advies_voor(load_vraagstuk(pad))
        for b in advies.bevindingen:
            if b.sleutel != "MIX-BUDGET.grens":
                continue
            geraakt += 1
            ids = {x.werkvorm for x in advies.mix}
            namen = [s["naam"] for s in b.waarden["stappen"]]
            assert not set(namen) & {x.naam for x in advies.mix}, pad.name
            assert "terugkoppeling" in ids, pad.name
            assert "Het budget is een grens" in b.tekst
            # a dropped step whose groups still come in elsewhere says where
            for s in b.waarden["stappen"]:
                assert not (s["kwijt"] and s["waar"]), pad.name
            # a group two dropped steps served is named once
            kwijt = [n for s in b.waarden["stappen"] for n in s["kwijt"]]
            assert len(kwijt) == len(set(kwijt)), pad.name
            # one sentence per dropped step, and a step that answers a worry goes last
            assert b.tekst.count(".") >= 1 + len(namen), pad.name
            zorg = [s["zorg"] for s in b.waarden["stappen"]]
            assert zorg == sorted(zorg), pad.name
    assert geraakt >= 5

"""The design fits its budget, and the table adds up to the amount the advice names.

Over every development case with a budget: the estimate of what the budget pays is at most the
budget, or the advice names a shortfall that no smaller form of the dearest part could close
(rule MIX-BUDGET: a short budget leads to a smaller design, not to a request for money). And
the table of the design shows one estimate per row; the rows that the budget pays, with the
row for the unforeseen, add up to the total, which is the estimate the advice names."""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

import pytest

from pionieren.analysis.mix.kosten import met_onvoorzien, raming
from pionieren.pipeline import Resultaat

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from budgetmaat import DATUM, case_files  # noqa: E402

from pionieren.knowledge.load import builtin  # noqa: E402
from pionieren.pipeline import advise_file  # noqa: E402

MET_BUDGET = [p for p in case_files() if re.search(r"^\s*budget_euro:\s*\d", p.read_text(), re.M)]


@cache
def _advies(pad: Path, formaat: str) -> Resultaat:
    return advise_file(pad, pad.name, builtin(), DATUM, formaat)


def test_er_zijn_genoeg_gevallen_met_budget() -> None:
    assert len(MET_BUDGET) >= 50


@pytest.mark.parametrize("pad", MET_BUDGET, ids=lambda p: p.stem)
def test_ontwerp_past_of_noemt_het_tekort(pad: Path) -> None:
    res = _advies(pad, "json")
    md = res.advies.middelen
    assert md.budget_euro is not None
    if res.vraagstuk.kaders.betaler is not None and res.vraagstuk.kaders.betaler.value == (
        "initiatiefnemer"
    ):
        pytest.skip("de initiatiefnemer betaalt: de gemeente maakt zijn ontwerp niet kleiner")
    if md.schatting_euro <= md.budget_euro:
        return
    kleiner = [
        b for b in res.advies.bevindingen if b.sleutel in ("MIX-BUDGET.kleiner", "MIX-BUDGET.grens")
    ]
    # over the budget only with a named shortfall, once, on this very estimate
    assert kleiner, "boven het budget zonder dat het advies het tekort noemt"
    tekort = {b.waarden.get("tekort") for b in kleiner} - {None}
    assert tekort == {md.schatting_euro - md.budget_euro}
    # and only when no smaller form of the dearest part could make it fit
    assert not any(b.waarden.get("plafond") for b in kleiner)


@pytest.mark.parametrize("pad", MET_BUDGET, ids=lambda p: p.stem)
def test_een_kleiner_deel_staat_zo_in_het_ontwerp(pad: Path) -> None:
    res = _advies(pad, "json")
    for b in res.advies.bevindingen:
        if b.sleutel == "MIX-BUDGET.kleiner" and b.waarden.get("gekapt"):
            deel = [o for o in res.advies.mix if o.naam == b.waarden["duurste"]]
            assert deel and deel[0].kosten_euro == (b.waarden["plafond"],) * 2
            assert res.advies.middelen.schatting_euro <= res.advies.middelen.budget_euro


_BEDRAG = re.compile(r"€ ([\d.]+)")


def _euro(tekst: str) -> int:
    return int(tekst.replace(".", ""))


@pytest.mark.parametrize("pad", MET_BUDGET, ids=lambda p: p.stem)
def test_tabel_telt_op_tot_de_schatting(pad: Path) -> None:
    res = _advies(pad, "md")
    md = res.advies.middelen
    tekst = res.tekst
    samen = re.search(r"^\|  \| \*\*Samen[^*]*\*\* \|  \|  \| \*\*€ ([\d.]+)\*\* \|$", tekst, re.M)
    if samen is None:
        pytest.skip("geen kosten voor het budget in de tabel")
    onvoorzien = re.search(r"^\|  \| Onvoorzien \(20 %\) \|  \|  \| € ([\d.]+) \|$", tekst, re.M)
    assert onvoorzien is not None
    totaal = _euro(samen.group(1))
    # every row shows one estimate, not a range
    rijen = [o for o in res.advies.mix if o.kosten_euro[1]]
    for o in rijen:
        assert o.schatting_euro == raming(*o.kosten_euro)
    betaler = res.vraagstuk.kaders.betaler.value if res.vraagstuk.kaders.betaler else ""
    pot = {"initiatiefnemer": {"initiatiefnemer"}, "beide": {"gemeente", "initiatiefnemer"}}.get(
        betaler, {"gemeente"}
    )
    som = sum(o.schatting_euro for o in rijen if o.betaald_door in pot)
    assert som + _euro(onvoorzien.group(1)) == totaal
    if totaal == met_onvoorzien(som, som):
        # the row says 20 %, and it is exactly 20 % of the rows (review 51a/51b)
        assert _euro(onvoorzien.group(1)) == -(-som * 20 // 100)
    assert totaal == met_onvoorzien(som, som) or totaal == md.schatting_euro
    if betaler != "initiatiefnemer":
        # the total is the one estimate the advice sets against the budget
        assert totaal == md.schatting_euro
        budget = " ".join(
            r.split("**Budget.** ", 1)[1]
            for r in tekst.splitlines()
            if r.startswith("**Budget.** ")
        )
        assert f"naar schatting € {md.schatting_euro:,}".replace(",", ".") in budget


@pytest.mark.parametrize("pad", MET_BUDGET, ids=lambda p: p.stem)
def test_geen_geld_erbij_voor_een_vast_budget(pad: Path) -> None:
    # a given budget is a limit: the advice makes the design smaller or names the shortfall,
    # it never offers "€ X erbij" (review 50b)
    tekst = _advies(pad, "md").tekst
    assert not re.search(r"€ [\d.]+\s+erbij", tekst)
    assert "verhoog het budget" not in tekst.lower()


@pytest.mark.parametrize("pad", MET_BUDGET, ids=lambda p: p.stem)
def test_elke_rij_is_een_rond_bedrag(pad: Path) -> None:
    # every row shows a whole € 50, at least € 50 (review 50b: "€ 85", "€ 1.015")
    for o in _advies(pad, "json").advies.mix:
        if o.kosten_euro[1]:
            assert o.schatting_euro % 50 == 0 and o.schatting_euro >= 50, o.naam


@pytest.mark.parametrize("pad", MET_BUDGET, ids=lambda p: p.stem)
def test_evaluatie_en_terugkoppeling_blijven_in_hun_kleinste_vorm(pad: Path) -> None:
    # review 50b: the cheap evaluation went first; now breadth forms go before it, and the
    # evaluation and the feedback stay in their cheapest form ("Voor het budget: X in plaats
    # van Y"), except the evaluation the initiator pays itself
    res = _advies(pad, "json")
    terug = [o for o in res.advies.mix if o.werkvorm == "terugkoppeling"]
    for b in res.advies.bevindingen:
        if b.sleutel in ("MIX-BUDGET.kleiner", "MIX-BUDGET.weggelaten"):
            weg = set(b.waarden.get("weggelaten", []))
            assert not {n for n in weg if n.startswith(("Evaluatie", "Terugkoppeling"))}, weg
        if b.sleutel == "MIX-BUDGET.grens":
            assert not any(s["evaluatie"] for s in b.waarden["stappen"])
    for b in res.advies.bevindingen:
        if b.sleutel == "MIX-BUDGET.zuiniger" and any(
            p[0].startswith("terugkoppeling per brief") for p in b.waarden["paren"]
        ):
            # the feedback in writing is in the design at that fixed amount, and said once
            assert all(o.kosten_euro[0] == o.kosten_euro[1] for o in terug)
            assert _advies(pad, "md").tekst.count("terugkoppeling per brief, e-mail") == 1


@pytest.mark.parametrize("pad", MET_BUDGET, ids=lambda p: p.stem)
def test_geen_keuze_doorgeschoven_naar_wie_het_leest(pad: Path) -> None:
    # a design that fits says nothing about what to drop; one that cannot fit names its least
    # cost and what is in it, and does not hand the cut back (review 50b)
    tekst = _advies(pad, "md").tekst
    assert "kies dan wat vervalt" not in tekst
    zuiniger = re.findall(r"Voor het budget: [^.]*in plaats van", tekst)
    assert len(zuiniger) <= 2  # each kind of cut said once (cheaper forms; a capped part)


def _los_te_laten(f, k, over) -> bool:  # type: ignore[no-untyped-def]
    """Could this step go from a design that does not fit, by the rules of a fixed budget: not
    required, and without it every group hard to reach keeps a way in before the decision,
    every party with a place before the decision keeps one, a round open to everyone stays
    when there was one, every open point keeps its level, and every group hard to reach keeps
    a step that goes out to it?"""
    from pionieren.analysis.facts import hoog_of_middel
    from pionieren.analysis.mix import budget as b
    from pionieren.analysis.mix.ontwerp import voor_het_besluit
    from pionieren.vocabulary import Bereikbaarheid, Modus, SoortBelanghebbende

    if b.vereist(f, k):
        return False
    rest = [x for x in over if x is not k]

    def plekken(d):  # type: ignore[no-untyped-def]
        return {
            n for x in d if voor_het_besluit(x) and Modus.denken in x.werkvorm.modi for n in x.voor
        }

    def nog(d):  # type: ignore[no-untyped-def]
        return {n for x in d if voor_het_besluit(x) for n in x.voor}

    bel = f.vraagstuk.belanghebbenden
    moeilijk = (
        {p.naam for p in bel if p.bereikbaarheid is Bereikbaarheid.moeilijk} | b.tegenspelers(f)
    ) & nog(over)
    met_belang = {
        p.naam
        for p in bel
        if p.soort is not SoortBelanghebbende.politiek
        and (
            p.soort is SoortBelanghebbende.inwoners
            or hoog_of_middel(p.belang)
            or hoog_of_middel(p.invloed)
        )
    } & plekken(over)
    breed = any(b.open_ronde(x) for x in over)
    return (
        moeilijk <= nog(rest)
        and met_belang <= plekken(rest)
        and (not breed or any(b.open_ronde(x) for x in rest))
        # the only broad round stays, and each opponent's direct talk (review 53a/53b)
        and (not any(b.brede_ronde(x) for x in over) or any(b.brede_ronde(x) for x in rest))
        and b.eigen_gesprek(f, over) <= b.functies(f, rest)
        and b.niveaus(rest) == b.niveaus(over)
        # a group hard to reach keeps a step that goes out to it (review 61)
        and b.komt_naar(f, over) <= b.komt_naar(f, rest)
    )


def test_past_zelfs_het_kleinste_niet_dan_is_het_ontwerp_dat_kleinste(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # when even the least design cannot fit a fixed budget, the design IS that least design:
    # no step stays that the fixed budget may drop (Walduin kept straatinterviews beside the
    # only route to the seasonal workers, € 12,600 short, review 50b)
    from pionieren.analysis.mix import budget as b
    from pionieren.analysis.mix.kosten import schatting

    echt = b.grens
    te_veel: list[str] = []

    def grens(f, over, gezegd):  # type: ignore[no-untyped-def]
        nu, hard = echt(f, over, gezegd)
        budget = f.vraagstuk.kaders.budget_euro
        if budget is not None and schatting(f, nu) > budget and not gezegd.waarden.get("plafond"):
            te_veel.extend(
                f"{f.vraagstuk.titel}: {k.werkvorm.id}" for k in nu if _los_te_laten(f, k, nu)
            )
        return nu, hard

    monkeypatch.setattr(b, "grens", grens)
    for pad in MET_BUDGET:
        advise_file(pad, pad.name, builtin(), DATUM, "json")
    assert not te_veel


@pytest.mark.parametrize("pad", MET_BUDGET, ids=lambda p: p.stem)
def test_bij_een_tekort_kiest_het_bestuur_zonder_meer_geld_voorop(pad: Path) -> None:
    # the shortfall of the least design is named once, with the choice for the bestuur:
    # accept it or narrow the question, never "more money" first
    res = _advies(pad, "md")
    budget = " ".join(
        r.split("**Budget.** ", 1)[1]
        for r in res.tekst.splitlines()
        if r.startswith("**Budget.** ")
    )
    if "te weinig" not in budget:
        return
    assert budget.count("te weinig") == 1
    assert "meer geld" not in budget.lower()
    if any(b.waarden.get("belofte") for b in res.advies.bevindingen if b.waarden.get("tekort")):
        return  # a promise already made: the advice asks those who made it what goes
    if any(
        b.sleutel == "MIX-BUDGET.vast" and not b.waarden["aanvaarden"]
        for b in res.advies.bevindingen
    ):
        # no extra money, or still far over after the cuts: narrowing the question is the
        # one choice left (review 51b, 52a); a modest gap left stays the bestuur's to accept
        assert "aanvaarden" not in budget
        return
    assert "Het bestuur kiest: dat tekort aanvaarden of een stap kleiner maken." in budget
    assert "meer geld" not in budget.lower()


_CASES = [*MET_BUDGET, *sorted((ROOT / "tests" / "cases" / "wachtrij").glob("*.yaml"))]


@pytest.mark.parametrize(
    "pad",
    [p for p in _CASES if re.search(r"id:\s*pilot\s*\n\s*status:\s*besloten", p.read_text())],
    ids=lambda p: p.stem,
)
def test_een_besloten_proef_krijgt_geen_bedrag_in_de_tabel(pad: Path) -> None:
    # a trial the case decided on is the measure itself, paid by the project; the case gives
    # no cost for it, so the table prints no figure for it (fact review: "€ 8.500 (project)")
    res = _advies(pad, "md")
    rijen = [r for r in res.tekst.splitlines() if r.startswith("|") and "| Proef of pilot" in r]
    for rij in rijen:
        if "betaalt het project" in rij or "(project)" in rij:
            assert "€" not in rij.rsplit("|", 2)[-2], rij

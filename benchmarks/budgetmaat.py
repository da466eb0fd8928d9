"""Does the design fit its budget? For every development case with a budget.

Run: .venv/bin/python benchmarks/budgetmaat.py [--lijst]

For every vraagstuk in ``vraagstukken/``, ``tests/cases/`` and ``tests/cases/beoordeling/``
that has a budget, it analyses the case and compares what the participation budget pays for
the design with the budget: the estimate the advice sets against the budget (the lower bound
plus a tenth of the range, with a fifth for the unforeseen), and for comparison the midpoint
of the range (what a reader computes from a table of ranges). It prints how many designs are
above the budget on each measure, and how many of those name a shortfall. The test
``tests/analysis/test_budget_past.py`` checks the same with the functions below.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATUM = date(2026, 12, 1)


def case_files() -> list[Path]:
    return (
        sorted((ROOT / "vraagstukken").glob("*.yaml"))
        + sorted((ROOT / "tests" / "cases").glob("*.yaml"))
        + sorted((ROOT / "tests" / "cases" / "beoordeling").glob("*.yaml"))
    )


@dataclass(frozen=True)
class Meting:
    naam: str
    budget: int
    schatting: int
    midden: int
    tekort: bool  # the advice names a shortfall (MIX-BUDGET.kleiner / .grens with tekort)


def meet(pad: Path) -> Meting | None:
    """The budget, the estimate and the midpoint of the design of one case; None without a
    budget."""
    from pionieren.analysis.mix.kosten import met_onvoorzien
    from pionieren.knowledge.load import builtin
    from pionieren.pipeline import advise_file

    res = advise_file(pad, pad.name, builtin(), DATUM, "json")
    m = res.advies.middelen
    if m.budget_euro is None:
        return None
    laag, hoog = m.kosten_min_euro, m.kosten_max_euro
    if res.vraagstuk.kaders.betaler is not None and res.vraagstuk.kaders.betaler.value == "beide":
        laag += m.kosten_initiatiefnemer_min_euro
        hoog += m.kosten_initiatiefnemer_max_euro
    if res.vraagstuk.kaders.betaler is not None and (
        res.vraagstuk.kaders.betaler.value == "initiatiefnemer"
    ):
        laag, hoog = m.kosten_initiatiefnemer_min_euro, m.kosten_initiatiefnemer_max_euro
    tekort = any(
        b.sleutel in ("MIX-BUDGET.kleiner", "MIX-BUDGET.grens") and b.waarden.get("tekort")
        for b in res.advies.bevindingen
    )
    return Meting(
        pad.stem,
        m.budget_euro,
        met_onvoorzien(laag, hoog),
        (laag + hoog) // 2,
        tekort,
    )


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    metingen = [x for p in case_files() if (x := meet(p)) is not None]
    boven = [x for x in metingen if x.schatting > x.budget]
    midden = [x for x in metingen if x.midden > x.budget]
    if "--lijst" in argv:
        print("| vraagstuk | budget | schatting | midden | tekort genoemd |")
        print("| --- | ---: | ---: | ---: | --- |")
        for x in metingen:
            print(f"| {x.naam} | {x.budget} | {x.schatting} | {x.midden} | {x.tekort} |")
        print()
    print(f"Met budget: {len(metingen)} vraagstukken.")
    print(f"Schatting boven het budget: {len(boven)} ({sum(x.tekort for x in boven)} met tekort).")
    print(f"Midden van de bandbreedte boven het budget: {len(midden)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

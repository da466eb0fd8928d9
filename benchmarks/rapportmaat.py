"""How long are the reports, and how much of their text is the same in every report?

Run: .venv/bin/python benchmarks/rapportmaat.py [--datum JJJJ-MM-DD]

For every vraagstuk in ``vraagstukken/`` and ``tests/cases/`` it renders the Markdown report and
prints a table: the number of words, the words of the summary, and the share of words that sit in
a run of six words that occurs in *every* report (boilerplate); then the long cases of
``tests/cases/beoordeling`` and ``wachtrij``. Below the table: the median and longest of the long
cases, the longest summary, the median word count and the overall boilerplate share. Issue 9 asks
for a median of at most 1,600 words, long cases under 2,400, a summary of at most 350 words and a
share of at most 15 %.
The test ``tests/report/test_rapportmaat.py`` checks the same numbers with the functions below.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN = 6
#: The median of all reports may not grow past this (exit code 1 when it does).
GRENS_MEDIAAN = 1800
_TEKEN = re.compile(r"\w", re.UNICODE)


def words(tekst: str) -> list[str]:
    """The words of a report as ``wc -w`` counts them, without tokens that hold no letter or
    digit (Markdown table bars, dashes), lowercased and without surrounding punctuation."""
    return [w.casefold().strip(".,;:!?()[]*_`'‘’\"<>|") for w in tekst.split() if _TEKEN.search(w)]


def _runs(woorden: list[str]) -> set[tuple[str, ...]]:
    return {tuple(woorden[i : i + RUN]) for i in range(len(woorden) - RUN + 1)}


def shared_share(teksten: Iterable[str]) -> tuple[list[float], float]:
    """Per report the share of words covered by 6-word runs that occur in all reports.

    Returns the shares per report and the share over all words together.
    """
    lijsten = [words(t) for t in teksten]
    if not lijsten:
        return [], 0.0
    gedeeld = set.intersection(*(_runs(w) for w in lijsten))
    aandelen = []
    gedekt_totaal = 0
    for woorden in lijsten:
        gedekt = [False] * len(woorden)
        for i in range(len(woorden) - RUN + 1):
            if tuple(woorden[i : i + RUN]) in gedeeld:
                for j in range(i, i + RUN):
                    gedekt[j] = True
        aandelen.append(sum(gedekt) / max(len(woorden), 1))
        gedekt_totaal += sum(gedekt)
    return aandelen, gedekt_totaal / max(sum(len(w) for w in lijsten), 1)


def case_files() -> list[Path]:
    return sorted((ROOT / "vraagstukken").glob("*.yaml")) + sorted(
        (ROOT / "tests" / "cases").glob("*.yaml")
    )


def long_case_files() -> list[Path]:
    """The long cases reviewers scored (``beoordeling``) and the ones waiting for a review
    (``wachtrij``) and the cases of review 51 (``review51``): measured apart, as they are the hardest to keep short."""
    return [
        pad
        for map_ in ("beoordeling", "wachtrij", "review51")
        for pad in sorted((ROOT / "tests" / "cases" / map_).glob("*.yaml"))
    ]


def reports(datum: date, paden: list[Path] | None = None) -> dict[str, str]:
    """The Markdown report of every example and development case (or of ``paden``)."""
    sys.path.insert(0, str(ROOT / "src"))
    from pionieren.knowledge.load import builtin
    from pionieren.pipeline import advise_file

    kennis = builtin()
    return {
        pad.stem: advise_file(pad, pad.name, kennis, datum, "md").rapport.decode("utf-8")
        for pad in (case_files() if paden is None else paden)
    }


def summary(tekst: str) -> str:
    """The section 'Samenvatting voor bestuurders' of a Markdown report, without its heading."""
    return tekst.split("## Samenvatting voor bestuurders", 1)[1].split("\n## ", 1)[0]


def main(argv: list[str]) -> int:
    datum = date(2026, 11, 28)
    if len(argv) == 2 and argv[0] == "--datum":
        datum = date.fromisoformat(argv[1])
    rapporten = reports(datum)
    aandelen, totaal = shared_share(rapporten.values())
    lang = reports(datum, long_case_files())
    print("| rapport | woorden | samenvatting | gedeelde 6-woordreeksen |")
    print("| --- | ---: | ---: | ---: |")
    aantallen = []
    for (naam, tekst), aandeel in zip(rapporten.items(), aandelen, strict=True):
        n = len(words(tekst))
        aantallen.append(n)
        print(f"| {naam} | {n} | {len(words(summary(tekst)))} | {aandeel:.0%} |")
    lange = []
    for naam, tekst in lang.items():
        n = len(words(tekst))
        lange.append(n)
        print(f"| {naam} (lang) | {n} | {len(words(summary(tekst)))} | |")
    samenvattingen = [len(words(summary(t))) for t in [*rapporten.values(), *lang.values()]]
    print()
    print(
        f"Lange zaken (beoordeling, wachtrij, review51): mediaan {statistics.median(lange):.0f}, "
        f"hoogstens {max(lange)} woorden (doel: onder 2.400)."
    )
    print(f"Samenvatting: hoogstens {max(samenvattingen)} woorden (doel: hoogstens 350).")
    print(f"Mediaan: {statistics.median(aantallen):.0f} woorden (doel: hoogstens 1.600).")
    print(f"Gedeeld in alle rapporten: {totaal:.1%} van de woorden (doel: hoogstens 15 %).")
    if statistics.median(aantallen) > GRENS_MEDIAAN:
        print(
            f"FOUT: de mediaan ({statistics.median(aantallen):.0f}) is meer dan "
            f"{GRENS_MEDIAAN} woorden.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

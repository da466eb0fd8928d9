"""One date per step: what the text says a step runs to is what its row in the table says
(review 52a, paasvuren: the warning said the afsprakentafel runs 'tot 29 januari 2027', the
table '4–26 januari 2027'; review 52b, Hoofdstraat: '1–25 maart 2027' and 'advies op het
concept, tot en met 26 maart 2027')."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.text import MAANDEN

ROOT = Path(__file__).resolve().parents[2]
ONTWIKKEL = (
    sorted((ROOT / "tests" / "cases").glob("*.yaml"))
    + sorted((ROOT / "tests" / "cases" / "review51").glob("*.yaml"))
    + sorted((ROOT / "tests" / "cases" / "review52").glob("*.yaml"))
    + sorted((ROOT / "tests" / "cases" / "beoordeling").glob("*.yaml"))
    + sorted((ROOT / "vraagstukken").glob("*.yaml"))
)

_DAG = re.compile(r"(\d{1,2}) (" + "|".join(MAANDEN) + r")(?: (\d{4}))?")
_MAAND_LOS = re.compile(r"–(\d{1,2}) (" + "|".join(MAANDEN) + r")(?: (\d{4}))?")


def _einde(periode: str) -> tuple[int, int, int | None]:
    """The last day of a period as the report writes it ('4–26 januari 2027', '26 januari – 9
    februari', 'loopt al, tot 31 maart 2027'), without a holiday note in brackets: day,
    month and the year when it is written."""
    periode = periode.split(" (", 1)[0]
    dagen = _DAG.findall(periode)
    assert dagen, periode
    d, m, j = dagen[-1]
    return int(d), MAANDEN.index(m) + 1, int(j) if j else None


def _dag(tekst: str) -> tuple[int, int, int | None]:
    d, m, j = _DAG.fullmatch(tekst).groups()  # type: ignore[union-attr]
    return int(d), MAANDEN.index(m) + 1, int(j) if j else None


def _zelfde(a: tuple[int, int, int | None], b: tuple[int, int, int | None]) -> bool:
    return a[:2] == b[:2] and (a[2] is None or b[2] is None or a[2] == b[2])


def _tabel(md: str) -> dict[str, list[tuple[int, int, int | None]]]:
    """Per werkvorm of the design table, the ends of its rows."""
    if "| wanneer | werkvorm |" not in md:
        return {}
    tabel = md.split("| wanneer | werkvorm |", 1)[1].split("\n\n", 1)[0]
    uit: dict[str, list[tuple[int, int, int | None]]] = {}
    for r in tabel.splitlines()[2:]:
        cellen = [c.strip() for c in r.split("|")]
        if len(cellen) < 3 or not _DAG.search(cellen[1]):
            continue
        uit.setdefault(cellen[2].lower(), []).append(_einde(cellen[1]))
    return uit


_LOOPT = re.compile(
    r"^- ([^\n:]+?): dit (?:vraagt samen minstens \d+ werkweken, tot|loopt tot) "
    r"(\d{1,2} \w+ \d{4})",
    re.MULTILINE,
)
_STAP = re.compile(r"^- ([^:\n]*\d{4}[^:\n]*): ([^\n]*)", re.MULTILINE)
_TOT_EN_MET = re.compile(r"tot en met (\d{1,2} \w+ \d{4})")


def tegenspraak(md: str) -> list[str]:
    """The dates the text gives a step that its table row or its own period contradicts."""
    uit = []
    tabel = _tabel(md)
    for namen, tot in _LOOPT.findall(md):
        rijen = [e for n, ends in tabel.items() if n in namen.lower() for e in ends]
        if rijen and not any(_zelfde(e, _dag(tot)) for e in rijen):
            uit.append(f"{namen}: tekst tot {tot}, tabel {rijen}")
    for periode, tekst in _STAP.findall(md):
        if "–" not in periode or "loopt al" in periode:
            continue
        for tot in _TOT_EN_MET.findall(tekst.split(". Daarna", 1)[0]):
            if not _zelfde(_einde(periode), _dag(tot)):
                uit.append(f"{periode}: tekst tot en met {tot}")
    return uit


def test_the_reader_finds_a_contradiction() -> None:
    md = (
        "- 4–26 januari 2027: Afsprakentafel (convenant).\n\n"
        "- Afsprakentafel (convenant): dit vraagt samen minstens 4 werkweken, tot 29 januari "
        "2027. Dat is na de datum.\n"
        "- 1–25 maart 2027: Een eigen ronde. Vraag advies op het concept, tot en met 26 maart "
        "2027.\n\n"
        "| wanneer | werkvorm | trede | wie | kosten |\n|---|---|---|---|---|\n"
        "| 4–26 januari 2027 | Afsprakentafel (convenant) | adviseren | alle | € 1 |\n"
    )
    assert len(tegenspraak(md)) == 2
    goed = md.replace("tot 29 januari", "tot 26 januari").replace("26 maart", "25 maart")
    assert tegenspraak(goed) == []


@pytest.mark.parametrize("pad", ONTWIKKEL, ids=[p.stem for p in ONTWIKKEL])
def test_the_text_and_the_table_give_a_step_the_same_end(pad: Path) -> None:
    md = advise_file(pad, pad.name, builtin(), date(2026, 12, 1), "md").rapport.decode()
    assert tegenspraak(md) == []

"""Plain words (issue 9, reviews 52a/52b, Taal 2.67): catalogue names a reader understands
without a glossary, a short topic in the summary table, and no worry that 'gets an answer'
and in the next sentence 'has no answer yet'."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.templates import _kort_onderwerp
from pionieren.text import met_lidwoord

ROOT = Path(__file__).resolve().parents[2]
REVIEW = sorted((ROOT / "tests" / "cases" / "review52").glob("*.yaml")) + sorted(
    (ROOT / "tests" / "cases" / "review51").glob("*.yaml")
)
#: English jargon a Dutch reader stumbles on ('serious game', 'joint fact finding').
ENGELS = re.compile(r"\b(?:serious|game|joint|fact|finding|workshop|stakeholders?)\b", re.I)


def test_catalogue_names_are_plain_dutch() -> None:
    for w in builtin().werkvormen:
        naam = w.naam
        assert not ENGELS.search(naam), naam
        # a name is a thing with an article ('het gesprek bij ...'), not a loose phrase that
        # needs quotes in a sentence ('de stap ‘op bezoek bij een groep’')
        assert not met_lidwoord(naam).startswith("de stap ‘"), naam
        # no second name in brackets that is only a synonym or jargon ('(convenant)')
        assert not re.search(r"\((?:convenant|joint|serious)", naam), naam


def test_a_long_topic_is_cut_where_it_turns_to_the_detail() -> None:
    assert _kort_onderwerp("de fasering van het werk - snel en in één keer, of in delen") == (
        "de fasering van het werk …"
    )
    kort = "de plek van de speeltuin"
    assert _kort_onderwerp(kort) == kort
    lang = "hoe elke ondernemer en elke bewoner tijdens het werk bereikbaar blijft voor klanten"
    assert _kort_onderwerp(lang) == lang  # no place to cut: stays whole
    lijst = "Welke maatschappelijke, culturele, godsdienstige en geestelijke stromingen in de stad"
    assert _kort_onderwerp(lijst) == lijst  # a comma in a list is no place to cut


def _rapport(pad: Path) -> str:
    return advise_file(pad, pad.name, builtin(), date(2026, 12, 1), "md").rapport.decode("utf-8")


def test_review_reports_say_each_thing_once_and_plainly() -> None:
    for pad in REVIEW:
        tekst = _rapport(pad)
        assert "regelt de punten van hoofdstuk 1" not in tekst, pad.stem
        assert not re.search(r"en nog \d+ werkvorm", tekst), pad.stem
        for alinea in tekst.split("\n\n"):
            # a worry that gets an answer from someone does not lack that answer
            if re.search(r"krij(?:gt|gen) (?:deze zorgen? )?een antwoord van", alinea):
                assert "ontbreken nog" not in alinea and "ontbreekt nog" not in alinea, pad.stem
        samenvatting = tekst.split("## 1.")[0]
        # the estimate stands once in the report body outside the cost table
        budget = [r for r in tekst.splitlines() if r.startswith("**Budget.**")]
        assert sum(r.count("naar schatting") for r in budget) <= 1, pad.stem
        for rij in re.findall(r"^\| (.+?) \|", samenvatting, re.M):
            # a long topic stops where it turns to the detail; the detail stays in hoofdstuk 3
            # (topics alike in level, forms and decider share a row, joined by '; ')
            for deel in rij.split("; "):
                assert len(deel.split()) <= 8 or not re.search(r" [-–] |: ", deel), (pad.stem, rij)


def test_a_summary_shortfall_says_it_remains_after_the_cuts() -> None:
    """Hoofdstuk 1 names what falls off for the budget; a shortfall in the summary then says it
    is what remains after those cuts, not the cost of the full design."""
    gezien = 0
    for pad in [
        *REVIEW,
        *sorted((ROOT / "tests" / "cases" / "beoordeling").glob("*.yaml")),
        # the sportakkoord keeps a shortfall after its cuts (review 61)
        *sorted((ROOT / "tests" / "cases" / "review61").glob("*.yaml")),
    ]:
        budget = [r for r in _rapport(pad).splitlines() if r.startswith("**Budget.**")]
        if len(budget) < 2 or "te weinig" not in budget[0]:
            continue
        if "Voor het budget vallen weg" in budget[1] or "Voor het budget komt er geen" in budget[1]:
            gezien += 1
            assert "ook na bezuinigen" in budget[0], pad.stem
    assert gezien


def test_the_table_names_the_main_decider_short() -> None:
    """'Wie beslist' names a long body in full ('Het algemeen bestuur van Afvalschap …'); the
    table under it does not repeat the whole name in every row."""
    pad = ROOT / "tests" / "cases" / "diftar-afvalschap-lingemaas.yaml"
    samenvatting = _rapport(pad).split("## 1.")[0]
    wie = samenvatting.split("**Wie beslist.** ", 1)[1].split(",", 1)[0]
    assert len(wie.split()) > 4 and " van " in wie
    tabel = [r for r in samenvatting.splitlines() if r.startswith("| ") and "---" not in r]
    assert tabel and not [r for r in tabel if wie in r]
    assert [r for r in tabel if f"| {wie.split(' van ')[0]}, " in r]

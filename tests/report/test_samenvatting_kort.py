"""The summary for bestuurders stays short (issue 9): key steps are one short line each, the
rest of a step stands once in hoofdstuk 1, and the budget is two sentences there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.templates import _hooguit

CASES = Path(__file__).resolve().parents[1] / "cases"


def test_hooguit_keeps_whole_sentences_and_rest_gives_the_others() -> None:
    tekst = "Eerste zin hier. Tweede zin met wat meer woorden erin. Derde zin."
    assert _hooguit(tekst, 6) == "Eerste zin hier."
    assert _hooguit(tekst, 6, rest=True) == "Tweede zin met wat meer woorden erin. Derde zin."
    assert _hooguit(tekst, 50) == tekst
    assert _hooguit(tekst, 50, rest=True) == ""


def test_hooguit_for_a_decision_starts_where_someone_decides() -> None:
    tekst = "De aanvraag komt op 1 mei binnen. Daarna beslist het college. Dan volgt bezwaar."
    assert _hooguit(tekst, 6, besluit=True) == "Daarna beslist het college."
    assert "De aanvraag komt op 1 mei binnen." in _hooguit(tekst, 6, besluit=True, rest=True)


def _rapport(pad: Path) -> str:
    return advise_file(pad, pad.name, builtin(), date(2026, 11, 28), "md").rapport.decode("utf-8")


def test_key_steps_are_short_and_nothing_of_them_is_lost() -> None:
    for pad in [
        CASES / "windpark-heikamp-peelhoven.yaml",
        CASES / "review51" / "herinrichting-hoofdstraat-ommerwolde.yaml",
    ]:
        rapport = _rapport(pad)
        samenvatting = rapport.split("## Samenvatting voor bestuurders", 1)[1].split("\n## ", 1)[0]
        stappen = samenvatting.split("**De belangrijkste stappen.**", 1)[1].split("\n**", 1)[0]
        regels = [r for r in stappen.splitlines() if r.startswith("- ")]
        assert 0 < len(regels) <= 4
        assert all(len(r.split()) <= 30 for r in regels), regels
        assert "en nog" not in stappen
        budget = samenvatting.split("**Budget.**", 1)[1].split("\n", 1)[0]
        assert budget.count(". ") + 1 <= 3, budget
        # the budget in full stands in hoofdstuk 1
        assert "**Budget.**" in rapport.split("## 1.", 1)[1].split("## 2.", 1)[0]


def test_hooguit_streng_leaves_out_a_first_sentence_that_is_too_long() -> None:
    """A step with werkvormen is named by them in the summary; a long explanation of it moves
    whole to hoofdstuk 1 (rest), so that no sentence is lost or stands twice."""
    tekst = "Voor 110 huishoudens met elk een eigen afspraak zijn elf werkweken nodig. Kort."
    assert _hooguit(tekst, 6, streng=True) == ""
    assert _hooguit(tekst, 6, streng=True, rest=True) == tekst
    assert (
        _hooguit(tekst, 6)
        == "Voor 110 huishoudens met elk een eigen afspraak zijn elf werkweken nodig."
    )
    kort = "Eerst persoonlijk. Daarna de rest van de ronde voor iedereen."
    assert _hooguit(kort, 6, streng=True) == "Eerst persoonlijk."


def _tabel(samenvatting: str) -> list[list[str]]:
    blok = samenvatting.split("**Invloed van inwoners.**", 1)[1].split("\n**", 1)[0]
    return [
        [c.strip() for c in r.strip().strip("|").split("|")]
        for r in blok.splitlines()
        if r.startswith("| ") and not r.startswith("| onderwerp") and not r.startswith("| ---")
    ]


def test_the_summary_table_names_one_werkvorm_per_topic_and_the_steps_no_long_explanation() -> None:
    """Issue 9: the one-page summary. Per topic the table names the first werkvorm ('en meer':
    the rest is in the table of hoofdstuk 1); a key step with werkvormen has no explanation
    longer than twelve words there; what is left out stands in hoofdstuk 1."""
    for pad in [
        CASES / "review51" / "dijkversterking-hemmerik-waalhoven.yaml",
        CASES / "vakantiepark-ter-heyde-sprengenlo.yaml",
        CASES / "beoordeling" / "sportpark-de-kampen-oosterbeemd.yaml",
    ]:
        rapport = _rapport(pad)
        samenvatting = rapport.split("## Samenvatting voor bestuurders", 1)[1].split("\n## ", 1)[0]
        rijen = _tabel(samenvatting)
        assert rijen
        hoofd = samenvatting.split("**Wie beslist.** ", 1)[1].split(",", 1)[0].split(".", 1)[0]
        lang = " van " in hoofd and len(hoofd.split()) > 4
        for rij in rijen:
            hoe = rij[2].split("; die bereikt")[0]
            assert ";" not in hoe, rij
            # the main decider, named in full above, is short in the table, also with a note
            assert not (lang and len(rij) > 3 and rij[3].lower().startswith(hoofd.lower())), rij
        hoofdstuk1 = rapport.split("## 1.", 1)[1].split("## 2.", 1)[0]
        stappen = samenvatting.split("**De belangrijkste stappen.**", 1)[1].split("\n**", 1)[0]
        for regel in (r for r in stappen.splitlines() if r.startswith("- ")):
            for zin in regel.split(": ", 1)[1].split(". ")[1:]:
                # a sentence after the werkvormen is short, or it is a decision or moment
                assert len(zin.split()) <= 20, regel
        assert "**Meer over de stappen.**" in hoofdstuk1 or "**De andere stappen.**" in hoofdstuk1

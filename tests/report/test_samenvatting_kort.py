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

"""The budget paragraph (in hoofdstuk 1; the summary gives it in two sentences) says 'Voor het budget' once: what falls away and what
became cheaper or smaller stand in one run, not as three sentences that each start the same."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

CASES = Path(__file__).resolve().parents[1] / "cases"


def _budget(naam: str) -> str:
    rapport = advise_file(CASES / naam, naam, builtin(), date(2026, 12, 1), "md").rapport
    tekst = rapport.decode("utf-8").split("## 1.")[1].split("## 2.")[0]
    gevonden = re.search(r"\*\*Budget\.\*\* (.*)", tekst)
    assert gevonden
    return gevonden.group(1)


def test_cuts_and_cheaper_forms_in_one_run() -> None:
    regel = _budget("omgekeerd-inzamelen-lindemeer.yaml")
    assert regel.count("Voor het budget") == 1, regel
    # the cheaper form and the smaller form still both stand, in one sentence
    # (amounts above a thousand have a dot: '€ 4.050'; the sentence ends at '. ' + capital)
    zin = re.split(r"\.\s+(?=[A-Z])", regel[regel.index("Goedkoper:") :])[0]
    assert re.search(r"Goedkoper: .*was € .*; .*voor hoogstens ", zin), regel


def test_a_choice_promise_is_short() -> None:
    from pionieren.knowledge.load import builtin as kennis

    tekst = kennis().wording.render("TREDE-KEUZE.toezegging", {"advies": False})
    assert "ieders mening" not in tekst and "per standpunt" in tekst
    assert len(tekst.split()) <= 18

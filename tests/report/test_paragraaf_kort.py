"""The participatieparagraaf stays half a page: the initiator is named once, a group is named
once, and a step line does not stand twice (session 31, after the na_besluit step made the
Heikamp paragraph 737 words)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

CASES = Path(__file__).parents[1] / "cases"
DATUM = date(2026, 11, 30)
ALLE = sorted(CASES.glob("*.yaml"))


def _paragraaf(pad: Path) -> str:
    return advise_file(pad, pad.name, builtin(), DATUM, "paragraaf").rapport.decode("utf-8")


def test_the_initiator_is_asked_by_role_not_by_its_names_again() -> None:
    tekst = _paragraaf(CASES / "windpark-heikamp-peelhoven.yaml")
    assert "Het initiatief komt van Energiecoöperatie LieshorstWind" in tekst
    assert "Wij vragen de initiatiefnemer om deze toezegging" in tekst
    vroeg = next(r for r in tekst.splitlines() if "spreken wij vroeg en apart" in r)
    assert "LieshorstWind" not in vroeg.split("spreken wij")[0]


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_no_step_line_and_no_group_stands_twice(pad: Path) -> None:
    tekst = _paragraaf(pad)
    stappen = [r for r in tekst.splitlines() if r.startswith("- ")]
    assert len(stappen) == len(set(stappen)), pad.stem
    for regel in tekst.splitlines():
        if "spreken wij vroeg en apart" in regel and "Wie niet vanzelf meedoet" in regel:
            vroeg, _, lastig = regel.partition("Wie niet vanzelf meedoet, zoeken wij op: ")
            namen = [n.strip(" .") for n in lastig.replace(" en ", ", ").split(",")]
            for naam in namen:
                if naam and not naam[0].isdigit():
                    assert naam not in vroeg, (pad.stem, naam)

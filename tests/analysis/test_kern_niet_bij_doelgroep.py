"""Review 65b (beekdal): the choice of the forest was 'afgewogen' in talks with the clients of a
care home, while the actiegroep and the farmers sat at a round table that carried no point.
A choice weighed only in a form for one target group goes to the deepening form before the
decision that seats most groups with a large stake (rule MIX-AFWEGEN), and the report names the
form that seats most of them. A choice weighed with the people around is not moved to a table
of companies (review 57)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.pipeline import advise

CASES = Path(__file__).parents[2] / "tests" / "cases"
DATUM = date(2026, 12, 1)


def _gekozen(pad: Path, begin: str) -> str | None:
    a = advise(pad, datum=DATUM).advies
    return next(o.gekozen_in for o in a.trede.onderwerpen if o.onderwerp.startswith(begin))


def test_kernkeuze_niet_bij_een_doelgroep() -> None:
    pad = CASES / "blind65" / "natuurherstel-beekdal-ruiterbeek-elsenhorst.yaml"
    assert _gekozen(pad, "Welk dennenbos") == "rondetafel"
    tekst = advise(pad, datum=DATUM).tekst
    assert "Afwegen: gesprekken met ervaringsdeskundigen" not in tekst


def test_keuze_met_de_buurt_blijft_bij_de_buurt() -> None:
    pad = next(CASES.rglob("vrachtwagenverbod-dorpsstraat-hoenwijk-kromwaarde.yaml"))
    assert _gekozen(pad, "Of het verbod geldt") != "rondetafel"

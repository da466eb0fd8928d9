"""Review 48e on the report's words: the table of section 1 gives a form the weeks the plan
gives it, a practice example is cited as an example, and the source list says where its links
go (the checks over every report are in test_rapportmaat.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import rapport_gegevens

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.templates import Citations

ROOT = Path(__file__).resolve().parents[2]
DATUM = date(2026, 11, 30)


def _tabel(tekst: str) -> dict[str, str]:
    """The weeks of each row of the table in section 1, by the form's name (a row in the same
    weeks as the one above leaves them out)."""
    deel = tekst.split("\n## 1.", 1)[1].split("\n## 2.", 1)[0]
    wanneer = ""
    uit: dict[str, str] = {}
    for regel in deel.splitlines():
        cellen = [c.strip() for c in regel.strip().strip("|").split("|")]
        if len(cellen) < 5 or cellen[0] in ("wanneer", "---"):
            continue
        wanneer = cellen[0] or wanneer
        uit[cellen[1]] = wanneer
    return uit


def test_the_table_names_the_weeks_the_plan_gives_a_form() -> None:
    """The catalogue puts 'Kiezen uit ontwerpen' under verdiepen; the plan of Velderhout holds
    it in the round with the dorpsraad (ophalen). The table says what the plan says: since
    issue 9 it gives the weeks of the plan's step (the summary's list of steps moved there)."""
    from pionieren.text import periode

    # (Velderhout's plan now keeps its forms in their catalogue phase; Lingemaas does not)
    pad = ROOT / "tests" / "cases" / "diftar-afvalschap-lingemaas.yaml"
    advies, _, data = rapport_gegevens(pad, DATUM)
    tekst = advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")
    tabel = _tabel(tekst)
    verschil = 0
    for m in data["advies"]["mix"]:
        plan = next((p for p in advies.planning if m["werkvorm"] in p.werkvormen), None)
        if plan is None or m["naam"] not in tabel:
            continue
        assert plan.start is not None and plan.eind is not None
        weken = periode(plan.start, plan.eind)
        # (a row in the same weeks as the one above leaves out the year that row just gave)
        assert tabel[m["naam"]].startswith(weken) or tabel[m["naam"]] == weken[:-5], m["naam"]
        verschil += plan.fase.value != m["fase"]
    assert verschil  # the case has a form whose catalogue phase differs from the plan's


def test_a_practice_example_is_cited_as_an_example() -> None:
    register = {
        "a": {"id": "a", "kort": "Pure Energie z.j.", "voorbeeld": True},
        "b": {"id": "b", "kort": "Movisie z.j."},
    }
    c = Citations(register)
    assert c.cite(["a"]) == "voorbeeld: Pure Energie z.j."
    assert c.cite(["b", "a"], 2) == "Movisie z.j.; voorbeeld: Pure Energie z.j."
    assert builtin().bronnen["omgevingsraad"].voorbeeld
    assert not builtin().bronnen["gemeentewet-150"].voorbeeld

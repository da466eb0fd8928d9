"""The earliest decision date the report proposes (PLAN-KALENDER.te_kort) is a working day.

Review 57a: 'Schuif het besluit op naar op zijn vroegst 26 maart 2027', Goede Vrijdag."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from helpers import advies_voor

from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.feestdagen import vrije_dag
from pionieren.vocabulary import Vakantieregio

CASE = (
    Path(__file__).resolve().parents[2]
    / "tests"
    / "cases"
    / "review57"
    / "energiearmoede-energiefixers-klinkerwijk-veenmarke.yaml"
)


def test_the_earliest_decision_date_is_never_a_public_holiday() -> None:
    v = load_vraagstuk(CASE, CASE.name)
    assert v.besluit is not None
    # six weeks of papers, as for a raad: the earliest date then lands near Easter 2027
    v = v.model_copy(update={"besluit": v.besluit.model_copy(update={"stukken_weken": 6})})
    zuid = v.vakantieregio is Vakantieregio.zuid
    gezien = []
    for dag in range(0, 30, 3):
        datum = date(2026, 11, 12) + timedelta(days=dag)
        for b in advies_voor(v, datum=datum).bevindingen:
            if b.sleutel == "PLAN-KALENDER.te_kort":
                kan = date.fromisoformat(str(b.waarden["kan"]))
                gezien.append(kan)
                assert not vrije_dag(kan, zuid), (datum, kan, vrije_dag(kan, zuid))
    # the sweep did reach the Easter weeks, so the check above could fail
    assert any(date(2027, 3, 22) <= k <= date(2027, 4, 6) for k in gezien), gezien

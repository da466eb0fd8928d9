"""A formal term the case fixes that starts on a public holiday is named, with the next
working day (review 64b, Hoenwijk: the ontwerp lay 'ter inzage vanaf 17 mei 2027', Tweede
Pinksterdag)."""

from __future__ import annotations

from datetime import date

from helpers import DATUM, casus

from pionieren.analysis.engine import analyse
from pionieren.analysis.planning import Anker, _termijn_op_feestdag
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Procesfase


def _anker(werkvorm: str, van: date) -> Anker:
    return Anker(Procesfase.toetsen, werkvorm, "Zienswijze", van, van.replace(month=van.month + 1))


def test_a_term_on_a_holiday_is_named_with_the_next_working_day() -> None:
    (b,) = _termijn_op_feestdag([_anker("zienswijze", date(2027, 5, 17))])
    assert b.waarden["feestdag"] == "Tweede Pinksterdag"
    assert b.waarden["werkdag"] == "2027-05-18"
    assert b.bronnen == ["algemene-termijnenwet-3"]


def test_no_note_on_a_working_day_a_weekend_or_for_an_informal_step() -> None:
    assert not _termijn_op_feestdag([_anker("zienswijze", date(2027, 5, 18))])
    assert not _termijn_op_feestdag([_anker("zienswijze", date(2027, 5, 15))])  # a Saturday
    assert not _termijn_op_feestdag([_anker("inloopavond", date(2027, 5, 17))])


def test_the_hoenwijk_report_names_whit_monday() -> None:
    advies = analyse(
        casus("review57/vrachtwagenverbod-dorpsstraat-hoenwijk-kromwaarde"), builtin(), DATUM
    )
    (b,) = [x for x in advies.bevindingen if x.sleutel == "PLAN-KALENDER.termijn_op_feestdag"]
    assert "begint op 17 mei 2027, Tweede Pinksterdag" in b.tekst
    assert "op 18 mei 2027 ingaan" in b.tekst

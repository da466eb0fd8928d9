"""The report shows a pitfall as 'Let op: …'. Said as a plain fact it reads as what happens in
this case ('kinderen mogen tekenen, maar er verandert niets'), so a pitfall that names a
failure says it as a risk or a condition (review 51a)."""

from __future__ import annotations

import re

from pionieren.knowledge.load import builtin

#: a failure said as a fact: '… mogen meepraten maar er verandert niets', 'reacties worden
#: opgehaald maar niet verwerkt', 'de gemeente neemt het initiatief weer over'
_ALS_FEIT = re.compile(
    r"\bmaar er verandert niets|^\w+ (?:worden|wordt) \w+ maar (?:niet|niemand)\b|^De gemeente "
    r"(?!kan\b)\w+t\b",
)


def test_a_pitfall_that_names_a_failure_says_it_as_a_risk_or_condition() -> None:
    feiten = [(w.id, v) for w in builtin().werkvormen for v in w.valkuilen if _ALS_FEIT.search(v)]
    assert feiten == []


def test_the_childrens_pitfall_is_conditional() -> None:
    (w,) = [w for w in builtin().werkvormen if w.id == "kinderparticipatie"]
    assert w.valkuilen[0].startswith("Als kinderen alleen mogen tekenen en er verandert niets")

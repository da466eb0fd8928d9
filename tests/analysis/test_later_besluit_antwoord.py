"""A later decision of the burgemeester or the college has no raad papers: each reaction is
answered before the decision, not 'vóór de stukken' (review 51b, Veendijk: the burgemeester's
decision on toezicht)."""

from __future__ import annotations

from pionieren.knowledge.load import builtin
from pionieren.teksten import Wording


def _tekst(door: str) -> str:
    return Wording(builtin().teksten).render(
        "FASE.later_besluit",
        {
            "onderwerpen": ["Het toezicht rond het gebouw"],
            "door": door,
            "advies": False,
            "sluit": "2027-09-10",
            "stukken": "2027-10-01",
            "datum": "",
            "verkeer": False,
            "einde": "",
        },
    )


def test_a_decision_of_burgemeester_or_college_is_answered_before_the_decision() -> None:
    for door in ("burgemeester", "college"):
        tekst = _tekst(door)
        assert "krijgt antwoord vóór het besluit (uiterlijk 1 oktober 2027)" in tekst
        assert "stukken" not in tekst
    assert "krijgt antwoord vóór de stukken (1 oktober 2027)" in _tekst("raad")

"""Law and role sentences the reviews of rounds 57 and 58 found wrong (area feiten): who closes
premises, who made a promise, a verzoeker's decision, Awb and Wvr citations, the Zondagswet, the
presidium and the raad's budget."""

from __future__ import annotations

from helpers import advies_voor, maak
from test_roles import _taak

from pionieren.analysis.result import Advies, Rol


def test_closing_premises_is_the_burgemeesters_not_the_colleges() -> None:
    """Review 58b (Duinmonde): the college row 'beslist zelf over' a point that included
    'het sluiten van panden', a power of the burgemeester (art. 13b Opiumwet, 174a Gemw)."""
    besluit = {"door": "burgemeester", "procedure": "beleid"}
    punt = {
        "onderwerp": "Wat er verder in de wijk gebeurt (jongerenwerk, het sluiten van panden).",
        "door": "college",
    }
    college = _taak(advies_voor(maak(besluit=besluit, kaders_open=[punt])), Rol.college)
    assert "niet het college maar de burgemeester (art. 13b Opiumwet" in college
    anders = {**punt, "onderwerp": "Wat er verder in de wijk gebeurt (jongerenwerk)."}
    college = _taak(advies_voor(maak(besluit=besluit, kaders_open=[anders])), Rol.college)
    assert "13b" not in college


def _vragen(advies: Advies) -> list[str]:
    return advies.referentiekader


def test_the_question_on_a_promise_goes_to_whoever_made_it() -> None:
    """Review 58a (Geuldaal): 'Houdt de gemeenteraad zich aan de toezegging?' where the college
    (the wethouder) made the promise; it binds the raadsvoorstel, not the raad."""
    besluit = {
        "door": "raad",
        "procedure": "beleid",
        "toezegging": {"door": "college", "trede": "adviseren", "tekst": "De wethouder zegde toe."},
    }
    vragen = " ".join(_vragen(advies_voor(maak(besluit=besluit))))
    assert "Houdt het college zich aan de toezegging?" in vragen
    assert "Houdt de gemeenteraad zich aan de toezegging?" not in vragen
    eigen = {**besluit, "toezegging": {**besluit["toezegging"], "door": "raad"}}  # type: ignore[dict-item]
    assert "Houdt de gemeenteraad zich aan de toezegging?" in " ".join(
        _vragen(advies_voor(maak(besluit=eigen)))
    )

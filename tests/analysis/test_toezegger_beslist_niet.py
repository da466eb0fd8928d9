"""A promise made by the college (a wethouder at a motie) on points the raad decides: the
points keep the raad as their decider; who promised is not who decides (review 51a: 'Het
college' in the table and 'Ook beslist: het college over 2 onderwerpen' for a raad nota)."""

from __future__ import annotations

from helpers import advies_voor, maak

from pionieren.vocabulary import Beslisser


def _advies(door_punt: str | None = None):  # type: ignore[no-untyped-def]
    punt: dict[str, object] = {"onderwerp": "De indeling van het plein.", "toegezegd": True}
    if door_punt:
        punt["door"] = door_punt
    v = maak(
        kaders_open=[punt, "De plek van de bankjes."],
        besluit={
            "door": "raad",
            "procedure": "beleid",
            "toezegging": {
                "door": "college",
                "trede": "adviseren",
                "tekst": "De wethouder zegde toe dat inwoners advies geven over de indeling.",
            },
        },
    )
    return advies_voor(v)


def test_a_promised_point_keeps_the_decider_of_the_decision() -> None:
    (punt,) = [o for o in _advies().trede.onderwerpen if o.toegezegd]
    assert punt.door is Beslisser.raad
    assert punt.trede.value == "adviseren"


def test_a_promised_point_with_its_own_decider_keeps_that_one() -> None:
    (punt,) = [o for o in _advies("college").trede.onderwerpen if o.toegezegd]
    assert punt.door is Beslisser.college

"""Rule MIX-TOEZEGGING: the parties a promise names sit in the werkvorm that carries it."""

from __future__ import annotations

from helpers import advies_voor, maak


def _ontwerp(tekst: str) -> list[str]:
    uren = {
        "onderwerp": "De verdeling van de zaaluren over de clubs en de scholen.",
        "ruimte": "groot",
        "door": "college",
        "toegezegd": True,
        "na_besluit": True,
    }
    v = maak(
        ambitie="coproduceren",
        kaders_open=[{"onderwerp": "Welke sporthal openblijft.", "ruimte": "middel"}, uren],
        besluit={
            "door": "raad",
            "procedure": "begroting",
            "toezegging": {"door": "college", "trede": "coproduceren", "tekst": tekst},
        },
        belanghebbenden=[
            {
                "naam": "Omwonenden van de sporthal",
                "soort": "inwoners",
                "invloed": "laag",
                "belang": "hoog",
                "houding": "tegen",
                "meervoud": True,
            },
            {
                "naam": "Volleybalvereniging De Smash",
                "soort": "maatschappelijke_organisatie",
                "invloed": "middel",
                "belang": "hoog",
                "houding": "tegen",
            },
            {
                "naam": "Gymnastiekvereniging Olympia",
                "soort": "maatschappelijke_organisatie",
                "invloed": "laag",
                "belang": "hoog",
                "houding": "onbekend",
            },
        ],
    )
    advies = advies_voor(v)
    (vorm,) = [
        m for m in advies.mix if uren["onderwerp"] in m.onderwerpen and m.fase.value == "uitvoering"
    ] or [m for m in advies.mix if uren["onderwerp"] in m.onderwerpen][:1]
    return vorm.voor


def test_the_clubs_a_promise_names_sit_in_the_form_that_carries_it() -> None:
    """Review 42c (sporthallen): the wethouder promised that the clubs make the new division of
    the hours with the gemeente; the werkgroep was for neighbours and elderly users."""
    voor = _ontwerp("De clubs maken samen met de gemeente de nieuwe verdeling van de zaaluren.")
    assert voor[:2] == ["Volleybalvereniging De Smash", "Gymnastiekvereniging Olympia"]


def test_a_promise_that_names_no_party_adds_nobody() -> None:
    voor = _ontwerp("Inwoners maken samen met de gemeente de nieuwe verdeling.")
    assert "Gymnastiekvereniging Olympia" not in voor[:1]

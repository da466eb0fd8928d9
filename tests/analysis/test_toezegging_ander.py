"""Rules TREDE-WEGEN, TREDE-ANDER-ORGAAN and TREDE-ONAFHANKELIJK: no 'in principe over' that
the decider cannot keep, the gemeente's own promise on what another body decides, and no advice
to an independent board that did not ask for it."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor, maak

from pionieren.vocabulary import Trede

_IN_PRINCIPE = "in principe over"


def _punt(ambitie: str | None = None, **punt: Any) -> Any:
    advies = advies_voor(
        maak(
            ambitie=ambitie,
            kaders_open=[{"onderwerp": "De indeling van het plein.", "ruimte": "groot", **punt}],
        )
    )
    (o,) = [o for o in advies.trede.onderwerpen if o.open]
    return o


def _sleutel(o: Any) -> str:
    return o.toezegging_deel.sleutel if o.toezegging_deel else ""


def test_the_college_may_still_take_the_advice_over_in_principle() -> None:
    o = _punt(door="college")
    assert o.trede is Trede.adviseren or o.trede.rang > Trede.adviseren.rang
    if o.trede is Trede.adviseren:
        assert _sleutel(o) == ""
        assert _IN_PRINCIPE in o.toezegging


def test_a_foundation_that_decides_gets_the_weaker_honest_promise() -> None:
    """An initiator outside the gemeente cannot promise 'in principe over' through the gemeente."""
    advies = advies_voor(
        maak(
            initiatiefnemer="maatschappelijke_organisatie",
            ambitie="adviseren",
            kaders_open=[{"onderwerp": "De indeling van het plein.", "door": "initiatiefnemer"}],
        )
    )
    (o,) = [o for o in advies.trede.onderwerpen if o.open]
    assert o.trede is Trede.adviseren
    assert _sleutel(o) == "TREDE-WEGEN.toezegging"


def test_a_raad_that_weighs_many_interests_does_not_promise_in_principle() -> None:
    """The raad weighs the shops (for) and others: 'wij wegen uw advies', not 'in principe'."""
    advies = advies_voor(
        maak(
            ambitie="adviseren",
            besluit={"door": "raad"},
            belanghebbenden=[
                {
                    "naam": "Omwonenden",
                    "soort": "inwoners",
                    "invloed": "laag",
                    "belang": "hoog",
                    "houding": "tegen",
                },
                {
                    "naam": "Winkeliers",
                    "soort": "ondernemers",
                    "invloed": "hoog",
                    "belang": "hoog",
                    "houding": "voor",
                },
            ],
        )
    )
    (o,) = [o for o in advies.trede.onderwerpen if o.open]
    assert o.trede is Trede.adviseren
    assert _sleutel(o) in ("TREDE-WEGEN.toezegging", "TREDE-KEUZE.toezegging")


def test_the_gemeente_promises_what_it_can_on_what_the_province_decides() -> None:
    o = _punt(ambitie="adviseren", door="anders", partij="Provincie Gelderland")
    assert o.trede in (Trede.raadplegen, Trede.adviseren)
    assert _sleutel(o) == "TREDE-ANDER-ORGAAN.toezegging"
    assert o.toezegging_deel.waarden["orgaan"] == "Provincie Gelderland"


def test_an_independent_school_board_is_not_advised_through_the_gemeente() -> None:
    o = _punt(door="anders", partij="Stichting Openbaar Onderwijs Noord")
    assert o.trede.rang <= Trede.raadplegen.rang
    gewoon = _punt(door="anders", partij="Woningcorporatie Noord")
    assert gewoon.trede.rang >= o.trede.rang

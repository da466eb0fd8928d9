"""A decision with a formal zienswijze round (afdeling 3.4 Awb): the body that decides weighs
every zienswijze (art. 3:4 Awb), so it cannot bind itself beforehand to one group's outcome
(review 52a: Tjamsterhuizen, 'belooft vooraf zich ... te houden aan de uitkomst' on an
omgevingsplan). The strongest honest promise: taken over unless a zienswijze gives reason to
differ, with reasons."""

from __future__ import annotations

from helpers import advies_voor, maak

from pionieren.analysis.result import Advies, Rol


def _vraagstuk(procedure: str, **extra: object) -> Advies:
    return advies_voor(
        maak(
            ambitie="coproduceren",
            kaders_beinvloedingsruimte="groot",
            besluit={"door": "raad", "procedure": procedure},
            **extra,
        )
    )


def _raad(advies: Advies) -> str:
    return next(t.taak for t in advies.rolverdeling if t.rol is Rol.raad)


def test_the_raad_promises_to_take_over_unless_a_zienswijze_gives_reason() -> None:
    advies = _vraagstuk("omgevingsplan")
    assert advies.trede.advies.value == "coproduceren"
    assert "tenzij een zienswijze reden geeft" in _raad(advies)
    assert "zich binnen de kaders te houden aan de uitkomst" not in _raad(advies)
    punten = [o for o in advies.trede.onderwerpen if o.open and o.trede.value == "coproduceren"]
    assert punten
    for o in punten:
        assert o.toezegging_deel is not None
        assert o.toezegging_deel.sleutel == "TREDE-ZIENSWIJZE.toezegging"
        assert "tenzij een zienswijze" in o.toezegging
        assert "Wij houden ons aan de oplossing" not in o.toezegging
    assert "TREDE-ZIENSWIJZE" in advies.regels_toegepast


def test_without_a_zienswijze_round_the_raad_binds_itself_within_the_kaders() -> None:
    advies = _vraagstuk("beleid")
    assert "zich binnen de kaders te houden aan de uitkomst" in _raad(advies)
    assert "TREDE-ZIENSWIJZE" not in advies.regels_toegepast


def test_a_zienswijze_the_case_names_is_such_a_round_too() -> None:
    advies = _vraagstuk(
        "beleid",
        werkvormen=[{"id": "zienswijze", "status": "besloten", "door": "gemeente"}],
    )
    assert "tenzij een zienswijze reden geeft" in _raad(advies)

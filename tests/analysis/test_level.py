"""Ladder level: cap, ambitie, warnings, commitment."""

from __future__ import annotations

import pytest
from helpers import advies_voor, maak

from pionieren.vocabulary import Trede


@pytest.mark.parametrize(
    ("ruimte", "plafond"),
    [
        ("geen", "informeren"),
        ("klein", "raadplegen"),
        ("middel", "adviseren"),
        ("groot", "meebeslissen"),
    ],
)
def test_cap_follows_room_for_influence(ruimte: str, plafond: str) -> None:
    advies = advies_voor(maak(kaders_beinvloedingsruimte=ruimte, ambitie="zelfbeheer"))
    assert advies.trede.maximaal == plafond
    assert advies.trede.advies == plafond


def test_zelfbeheer_only_for_initiatives_of_others_with_large_room() -> None:
    eigen = advies_voor(maak(kaders_beinvloedingsruimte="groot", initiatiefnemer="inwoners"))
    assert eigen.trede.maximaal is Trede.zelfbeheer
    gemeente = advies_voor(maak(kaders_beinvloedingsruimte="groot", initiatiefnemer="gemeente"))
    assert gemeente.trede.maximaal is Trede.meebeslissen


def test_decision_already_taken_caps_at_informeren() -> None:
    advies = advies_voor(
        maak(
            kaders_beinvloedingsruimte="groot",
            kaders_besluit_al_genomen=True,
            ambitie="meebeslissen",
        )
    )
    assert advies.trede.advies is Trede.informeren
    regels = {b.regel for b in advies.bevindingen}
    assert {"POORT-BESLUIT-GENOMEN", "TREDE-BOVEN-PLAFOND"} <= regels
    assert all(m.trede is Trede.informeren for m in advies.mix)


def test_ambition_above_cap_warns_and_says_what_to_do() -> None:
    advies = advies_voor(maak(ambitie="meebeslissen"))
    assert advies.trede.advies is Trede.adviseren
    assert advies.trede.gevraagd is Trede.meebeslissen
    (waarschuwing,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert waarschuwing.ernst == "waarschuwing"
    assert "Vergroot eerst de ruimte" in waarschuwing.tekst
    assert "ambitie lager ligt" in waarschuwing.tekst


def test_no_widening_when_the_law_decides() -> None:
    advies = advies_voor(
        maak(ambitie="meebeslissen", besluit={"door": "wetgever", "procedure": "herindeling"})
    )
    (waarschuwing,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "Verruimen kan hier niet" in waarschuwing.tekst
    assert "vergroot dan eerst de ruimte" not in waarschuwing.tekst
    assert all(o.trede.rang <= Trede.adviseren.rang for o in advies.trede.onderwerpen)


def test_level_per_onderwerp_and_informeren_for_what_is_fixed() -> None:
    advies = advies_voor(
        maak(
            ambitie=None,
            kaders_beinvloedingsruimte="middel",
            kaders_open=["De plek van de bankjes.", {"onderwerp": "De naam", "ruimte": "klein"}],
        )
    )
    treden = {o.onderwerp: o.trede for o in advies.trede.onderwerpen}
    assert treden["De plek van de bankjes."] is Trede.adviseren
    assert treden["De naam"] is Trede.raadplegen
    assert all(o.trede is Trede.informeren for o in advies.trede.onderwerpen if not o.open)


def test_ambition_far_below_room_is_said() -> None:
    advies = advies_voor(maak(ambitie="informeren", kaders_beinvloedingsruimte="middel"))
    assert any(b.regel == "TREDE-ONDER-RUIMTE" for b in advies.bevindingen)


def test_commitment_made_is_never_exceeded() -> None:
    advies = advies_voor(
        maak(
            ambitie="meebeslissen",
            kaders_beinvloedingsruimte="groot",
            besluit={"door": "raad", "toezegging": {"door": "raad", "trede": "raadplegen"}},
        )
    )
    assert advies.trede.advies is Trede.raadplegen
    teksten = [b.tekst for b in advies.bevindingen if b.regel == "TREDE-TOEZEGGING-VOORAF"]
    assert any("niet meer dan die toezegging" in t for t in teksten)


def test_ambition_within_cap_is_followed() -> None:
    advies = advies_voor(maak(ambitie="raadplegen"))
    assert advies.trede.advies is Trede.raadplegen
    assert not [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]


def test_without_ambition_the_cap_except_made_solutions() -> None:
    assert advies_voor(maak(ambitie=None)).trede.advies is Trede.adviseren
    groot = maak(ambitie=None, kaders_beinvloedingsruimte="groot")
    assert advies_voor(groot).trede.advies is Trede.meebeslissen
    maakbaar = maak(ambitie=None, kaders_beinvloedingsruimte="groot", soort="maakbaar")
    assert advies_voor(maakbaar).trede.advies is Trede.coproduceren


def test_binding_steps_without_council_frame_warn() -> None:
    advies = advies_voor(
        maak(
            kaders_beinvloedingsruimte="groot",
            ambitie="coproduceren",
            kaders_raad_kaders_gesteld=False,
        )
    )
    assert advies.trede.advies is Trede.coproduceren
    assert any(b.regel == "TREDE-KADERS-RAAD" for b in advies.bevindingen)
    zonder = advies_voor(maak(ambitie="adviseren", kaders_raad_kaders_gesteld=False))
    assert not any(b.regel == "TREDE-KADERS-RAAD" for b in zonder.bevindingen)


def test_commitment_of_the_advised_step_is_stated() -> None:
    advies = advies_voor(maak(ambitie="adviseren"))
    assert "waarom" in advies.trede.toezegging
    assert advies.trede.iap2 == "involve"


def test_a_point_another_party_decides_is_promised_by_that_party() -> None:
    """An initiator's own fund: its level and promise are the initiator's, not the gemeente's."""
    advies = advies_voor(
        maak(
            ambitie="meebeslissen",
            kaders_beinvloedingsruimte="klein",
            kaders_open=[
                "De plek van de ingang.",
                {"onderwerp": "Het omgevingsfonds", "ruimte": "groot", "door": "initiatiefnemer"},
            ],
            besluit={"door": "college"},
        )
    )
    fonds = next(o for o in advies.trede.onderwerpen if o.onderwerp == "Het omgevingsfonds")
    ingang = next(o for o in advies.trede.onderwerpen if o.onderwerp == "De plek van de ingang.")
    assert fonds.door == "initiatiefnemer" and ingang.door == "college"
    assert fonds.trede.rang > ingang.trede.rang
    # the gemeente designs for its own points; the fund does not raise its level
    assert advies.trede.advies == ingang.trede


def test_a_promise_made_beforehand_is_quoted_not_rewritten() -> None:
    tekst = "Wij nemen het advies over, tenzij zwaarwegende belangen zich verzetten."
    advies = advies_voor(
        maak(
            ambitie="meebeslissen",
            kaders_beinvloedingsruimte="groot",
            besluit={
                "door": "raad",
                "toezegging": {"door": "raad", "trede": "adviseren", "tekst": tekst},
            },
        )
    )
    (punt,) = [o for o in advies.trede.onderwerpen if o.open]
    assert punt.trede == Trede.adviseren and punt.toezegging == tekst
    assert punt.toegezegd  # made beforehand, not proposed by this advice
    (voorstel,) = [o for o in advies_voor(maak()).trede.onderwerpen if o.open]
    assert not voorstel.toegezegd


def test_a_commitment_binds_only_the_points_of_whoever_made_it() -> None:
    """The raad promised to consult on its own advice; the fund the initiator decides on is not
    capped by that promise (review: 'it stretches the raad's promise over every topic')."""
    advies = advies_voor(
        maak(
            ambitie="adviseren",
            kaders_beinvloedingsruimte="groot",
            kaders_open=[
                {"onderwerp": "Of het park er komt.", "ruimte": "middel"},
                {
                    "onderwerp": "De besteding van het fonds.",
                    "ruimte": "groot",
                    "door": "initiatiefnemer",
                },
            ],
            besluit={"door": "raad", "toezegging": {"door": "raad", "trede": "raadplegen"}},
        )
    )
    per = {o.onderwerp: o for o in advies.trede.onderwerpen if o.open}
    assert per["Of het park er komt."].trede.value == "raadplegen"
    assert per["De besteding van het fonds."].trede.value == "adviseren"

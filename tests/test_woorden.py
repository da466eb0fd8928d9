"""Which texts are about the same thing (pionieren.woorden)."""

from __future__ import annotations

from pionieren.woorden import gedeeld, kernwoorden, over


def test_content_words_skip_short_and_generic_words() -> None:
    assert kernwoorden("Het college stelt de voorwaarden pas vast na advies van de gemeente.") == {
        "voorwaarden"
    }


def test_a_compound_names_its_part() -> None:
    assert gedeeld(kernwoorden("de indicatie"), kernwoorden("bij de herindicatie")) == 1
    assert gedeeld(kernwoorden("de bus"), kernwoorden("de bibliotheekbus")) == 0  # too short


def test_over_finds_the_points_a_promise_names() -> None:
    punten = ["Het warmtetarief.", "De voorwaarden van de gemeentelijke garantstelling."]
    tekst = "De wethouder zegde toe dat het dorp mag adviseren over de garantstelling."
    assert over(tekst, punten) == [1]
    assert over("Wij nemen uw advies over.", punten) == []


def test_a_negated_sentence_names_nothing() -> None:
    punten = ["De hoogte en de voorwaarden van de exploitatiesubsidie."]
    tekst = "De stichting bepaalt. Over de hoogte van de subsidie is niets beloofd."
    assert over(tekst, punten) == []
    assert over("De hoogte van de subsidie stellen wij samen vast.", punten, minstens=2) == [0]
    assert over("Wij beslissen snel over de subsidie.", punten, minstens=2) == []

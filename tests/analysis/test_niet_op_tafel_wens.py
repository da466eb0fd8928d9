"""'Zegt u ronduit tegen … dat het doorgaan vaststaat' is said only to opponents whose wish is
not itself an open option (review 51a: 'Winkeliers die de parkeerplaatsen willen houden', while
keeping all 24 places was one of the options)."""

from __future__ import annotations

from helpers import advies_voor, maak


def _partij(naam: str) -> dict:
    return {
        "naam": naam,
        "soort": "ondernemers",
        "invloed": "middel",
        "belang": "hoog",
        "houding": "tegen",
    }


def _vraag(naam: str) -> list[str]:
    advies = advies_voor(
        maak(
            belanghebbenden=[_partij(naam)],
            kaders_vast=[
                "De raad besloot in de centrumvisie dat de straat opnieuw wordt ingericht."
            ],
            kaders_open=[
                {
                    "onderwerp": "Wat er gebeurt met de 24 parkeerplaatsen in de straat.",
                    "ruimte": "middel",
                    "keuze": True,
                    "opties": ["alle 24 blijven", "12 blijven", "geen parkeerplaatsen meer"],
                }
            ],
        )
    )
    return [
        n
        for d in advies.vragen
        if d.sleutel == "REFERENTIEKADER.niet_op_tafel"
        for n in d.waarden["namen"]
    ]


def test_an_opponent_whose_wish_is_an_open_option_is_not_told_it_is_settled() -> None:
    assert _vraag("Winkeliers die de parkeerplaatsen willen houden") == []


def test_an_opponent_of_what_is_fixed_still_hears_it_is_settled() -> None:
    assert _vraag("Winkeliers die geen herinrichting willen") == [
        "Winkeliers die geen herinrichting willen"
    ]

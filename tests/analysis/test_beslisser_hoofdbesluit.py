"""Who decides what, in the summary: the main procedure, not a point outside it (review 56)."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor, maak


_VOORRANG = (
    "Of een deel van de sociale huurwoningen met voorrang naar jongeren uit de wijk gaat "
    "(binnen de huisvestingsverordening)."
)


def _vergunning(**meer: Any) -> Any:
    return maak(
        initiatiefnemer="gemeente",
        ambitie="adviseren",
        kaders_open=[
            {
                "onderwerp": "Het groen en de speelplek op het terrein.",
                "ruimte": "groot",
                "door": "initiatiefnemer",
            },
            {"onderwerp": _VOORRANG, "ruimte": "klein", "door": "college"},
        ],
        besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans"},
        **meer,
    )


def test_punt_onder_eigen_verordening_staat_buiten_de_vergunning() -> None:
    """Voorrang under the huisvestingsverordening is not what the omgevingsvergunning decides,
    so 'Wie beslist' does not say 'Dit besluit gaat over' it, and the room on it is not the
    applicant's plan ('de gemeente beoordeelt een aanvraag'): the raad widens it."""
    v = _vergunning()
    advies = advies_voor(v)
    punt = next(o for o in advies.trede.onderwerpen if o.onderwerp == _VOORRANG)
    assert punt.buiten_besluit

    plafond = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert plafond
    tekst = " ".join(b.tekst for b in plafond)
    assert "beoordeelt een aanvraag" not in tekst
    assert "gemeenteraad" in tekst


def test_punt_van_de_vergunning_zelf_blijft_in_het_besluit() -> None:
    """A point the college decides in the permit itself (its voorschriften) stays in it."""
    v = maak(
        initiatiefnemer="gemeente",
        kaders_open=[
            {
                "onderwerp": "Welke voorschriften over geluid in de vergunning komen.",
                "ruimte": "klein",
                "door": "college",
            },
        ],
        besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans"},
    )
    punt = advies_voor(v).trede.onderwerpen[0]
    assert not punt.buiten_besluit

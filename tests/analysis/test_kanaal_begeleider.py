"""Review 65b (kinderboerderij): a group's own condition beats the generic rule. When the route
to a group runs through a party with a stake of its own, the gemeente leads the talk itself
(rule MIX-KANAAL), but a group that asks for 'hun eigen begeleider' keeps that begeleider."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.pipeline import advise

PAD = (
    Path(__file__).parents[2]
    / "tests"
    / "cases"
    / "blind65"
    / "kinderboerderij-de-hooiberg-meersloot.yaml"
)
DATUM = date(2026, 12, 1)
GROEP = "Deelnemers van de dagbesteding op De Hooiberg"


def _zin(tekst: str) -> str:
    return " ".join(tekst.split())


def _met_eigen_belang() -> Vraagstuk:
    """The case with the zorggroep as a party with a stake of its own: it holds the subsidy for
    the day care now and may apply for the new one (rule BELANG-DUBBELE-ROL; since review 66 a
    party named only in an option no longer counts)."""
    v = load_vraagstuk(PAD)
    zin = " Zorggroep De Linde krijgt nu al jaren subsidie van de gemeente voor de dagbesteding."
    return v.model_copy(update={"omschrijving": v.omschrijving + zin})


def test_eigen_begeleider_blijft_erbij() -> None:
    tekst = _zin(advise(_met_eigen_belang(), datum=DATUM).tekst)
    assert "De gemeente voert het gesprek zelf; hun eigen begeleider is erbij" in tekst
    assert "zonder hun medewerkers erbij" not in tekst


def test_zonder_eigen_belang_bereikt_de_begeleider_hen() -> None:
    """Without a stake of its own the zorggroep's begeleiders are the route itself."""
    tekst = _zin(advise(PAD, datum=DATUM).tekst)
    assert "zonder hun medewerkers erbij" not in tekst
    assert "begeleiders van Zorggroep De Linde" in tekst


def test_zonder_die_voorwaarde_zonder_medewerkers() -> None:
    v = _met_eigen_belang()
    groepen = [
        p.model_copy(update={"voorwaarde": None}) if p.naam == GROEP else p
        for p in v.belanghebbenden
    ]
    tekst = _zin(advise(v.model_copy(update={"belanghebbenden": groepen}), datum=DATUM).tekst)
    assert re.search(r"zonder (?:hun|haar) medewerkers erbij", tekst)

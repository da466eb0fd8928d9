"""A referentiekader question is only asked when the file does not already answer it: not
which kaders the raad sets when the case says it set them, not 'who decides? that is not yet
settled' when the case's own words name the decider (review 50)."""

from __future__ import annotations

from typing import Any

from helpers import BASIS, advies_voor, maak

from pionieren.analysis.result import Advies


def _vragen(advies: Advies) -> list[str]:
    return list(advies.referentiekader)


def _kaders(**wijzig: Any) -> dict[str, Any]:
    return {**BASIS["kaders"], **wijzig}


def _tekst(advies: Advies) -> str:
    return " ".join(str(v) for v in _vragen(advies))


def test_the_raad_kaders_question_only_when_the_file_does_not_answer_it() -> None:
    zonder = maak(besluit={"door": "raad"}, kaders=_kaders(raad_kaders_gesteld=False))
    assert "Welke kaders legt de raad" in _tekst(advies_voor(zonder))
    for zin in (
        "De raad stelde in maart de kaders voor het plein vast.",
        "De gemeenteraad heeft in de kadernota vastgelegd dat er geen parkeerplaatsen verdwijnen.",
        "Alles gebeurt binnen de uitgangspunten van de raad.",
    ):
        # the field left out: the text answers it (an explicit value in the file wins)
        kaders = {k: v for k, v in _kaders().items() if k != "raad_kaders_gesteld"}
        met = maak(
            omschrijving=BASIS["omschrijving"] + " " + zin,
            besluit={"door": "raad"},
            kaders=kaders,
        )
        assert "Welke kaders legt de raad" not in _tekst(advies_voor(met)), zin


def test_who_decides_is_confirmed_not_asked_when_the_text_names_the_decider() -> None:
    tekst = _tekst(advies_voor(maak(besluit=None)))
    assert "Wie neemt het besluit" in tekst and "staat nog niet vast in het vraagstuk" in tekst
    met = maak(besluit=None, omschrijving=BASIS["omschrijving"] + " De raad besluit in juni.")
    tekst = _tekst(advies_voor(met))
    assert "staat nog niet vast" not in tekst and "Het vraagstuk noemt wie beslist" in tekst

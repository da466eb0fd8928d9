"""Review 27: the advice says where its links go, and puts the first step for the raad or the
budget at the top of the summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

CASES = Path(__file__).parents[1] / "cases"
DATUM = date(2026, 11, 29)


def _rapport(naam: str, formaat: str = "md") -> str:
    pad = CASES / f"{naam}.yaml"
    return advise_file(pad, pad.name, builtin(), DATUM, formaat).rapport.decode("utf-8")


@pytest.mark.parametrize("formaat", ["md", "html"])
def test_bronnenlijst_zegt_niets_over_links_als_alle_bij_de_uitgever_staan(formaat: str) -> None:
    """Every link goes to the publisher itself: the list says nothing about it (the addresses
    show it); only a text elsewhere gets the sentence, see the next test."""
    tekst = _rapport("jop-de-kolk", formaat)
    bronnen = tekst.split("Bronnen", 1)[1]
    assert "Links gaan naar" not in bronnen
    assert "tekst op" not in bronnen


def test_een_tekst_buiten_de_uitgever_wordt_genoemd() -> None:
    # the case cites a master's thesis that stands in a document bank, not on its publisher's site
    tekst = _rapport("buurtmoestuin-de-akker")
    bronnen = tekst.split("## Bronnen", 1)[1]
    assert (
        "Alle links gaan naar de eigen site van de uitgever, tenzij er staat waar de tekst dan "
        "staat." in bronnen
    )
    assert "(tekst op de site van Kennisknooppunt Participatie)" in bronnen


def test_de_startnotitie_staat_bij_eerst_regelen() -> None:
    """The raad set no kaders yet: agenda them first is the first point of the summary, and is
    not repeated among the aandachtspunten."""
    tekst = _rapport("welzijnsopdracht-noordwaard")
    # the points stand at the start of hoofdstuk 1; the summary's first step points there
    eerst, _, rest = tekst.split("**Vóór de uitnodiging regelen.**", 1)[1].partition("\n\n**")
    punten = [r for r in eerst.splitlines() if r.startswith("- ")]
    assert punten[0].startswith("- De raad heeft nog geen kaders gesteld.")
    assert "startnotitie" not in rest


def test_zonder_kaders_in_de_ambitie_geen_dubbel_punt() -> None:
    """Where the warning on the raad's kaders for a high rung already stands at the top, the
    same point on the raad's role is not added to it."""
    tekst = _rapport("woonwagenstandplaatsen-eesveen")
    eerst = tekst.split("**Vóór de uitnodiging regelen.**", 1)[1].partition("\n\n**")[0]
    assert eerst.count("kaders") >= 1
    assert "De raad heeft nog geen kaders gesteld." not in eerst

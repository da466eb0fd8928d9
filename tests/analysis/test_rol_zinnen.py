"""A role's task is one sentence of parts joined by semicolons: after a semicolon our own
openers take a small letter ('…aan het proces; het college neemt het besluit'), a name from
the vraagstuk keeps its capital.

Why: review of the rollen change (session 31): the wijkbegroting's raad row read '…opdracht aan
het proces; Het college neemt het besluit'."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import advies_voor

from pionieren.input.load import load_vraagstuk
from pionieren.teksten import zinnen as _zinnen

CASES = sorted((Path(__file__).parents[1] / "cases").glob("*.yaml"))
OPENER_NA_PUNTKOMMA = re.compile(r"; (?:Het|De|Een|Beslist|Is|Als) ")


def test_openers_after_a_semicolon_take_a_small_letter() -> None:
    assert _zinnen(["Is zelf opdrachtgever", "Het college neemt het besluit"]) == (
        "Is zelf opdrachtgever; het college neemt het besluit."
    )


def test_a_name_after_a_semicolon_keeps_its_capital() -> None:
    assert _zinnen(["stelt het plan vast", "Lekstede Wonen beslist over de huur"]) == (
        "Stelt het plan vast; Lekstede Wonen beslist over de huur."
    )


@pytest.mark.parametrize("pad", CASES, ids=lambda p: p.stem)
def test_no_capital_opener_after_a_semicolon_in_any_role(pad: Path) -> None:
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    for taak in advies.rolverdeling:
        assert not OPENER_NA_PUNTKOMMA.search(taak.taak), (taak.rol, taak.taak)

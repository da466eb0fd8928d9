"""BELANG-ROUTE names candidates for every kenmerk that asks for a route, and still reads as a
sentence for a group without candidates (a gemeente may shorten the list in its own teksten).

CI found the gap (sessie 40): the kenmerk ``anoniem`` was new and had no candidates, and the
text broke on an empty list."""

import pytest

from pionieren.analysis.stakeholders import _ROUTE_KENMERKEN
from pionieren.knowledge.load import builtin


@pytest.mark.parametrize("kenmerk", sorted(k.value for k in _ROUTE_KENMERKEN))
def test_elk_routekenmerk_heeft_kandidaten(kenmerk: str) -> None:
    tekst = builtin().wording.render(
        "BELANG-ROUTE", {"groepen": [["Bewoners", [kenmerk]]], "zorg": False}
    )
    assert ", bijvoorbeeld via " in tekst, tekst


def test_een_groep_zonder_kandidaten_krijgt_een_gewone_zin() -> None:
    tekst = builtin().wording.render(
        "BELANG-ROUTE",
        {"groepen": [["Bewoners", ["onbekend"]], ["Jongeren", ["jongeren"]]], "zorg": False},
    )
    assert tekst == (
        "Vind eerst een route, bijvoorbeeld naar jongeren via school en mentoren en de sportclub; "
        "naar bewoners via organisaties en mensen die hen al kennen."
    )
    alleen = builtin().wording.render(
        "BELANG-ROUTE", {"groepen": [["Bewoners", ["onbekend"]]], "zorg": False}
    )
    assert alleen == (
        "Vind eerst een route naar bewoners: vraag organisaties en mensen die hen al kennen."
    )

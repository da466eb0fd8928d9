"""A werkvorm the case names for a group (``voor``) serves that group, not a larger group that
shares a word with it (review 47b: the mosques' kitchen-table talks for the 85 families with a
grave in vak G went to the 2,300 nabestaanden with a grave on the same cemetery)."""

from __future__ import annotations

from pathlib import Path

from helpers import advies_voor

from pionieren.analysis.mix.bereik import genoemde_groep
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk

CASE = (
    Path(__file__).parents[1] / "cases" / "beoordeling" / "islamitisch-begraafvak-lindenoord.yaml"
)


def _keukentafel(voor: str | None) -> list[str]:
    data = load_vraagstuk(CASE).model_dump(mode="json", exclude_none=True)
    for w in data["werkvormen"]:
        if w["id"] == "keukentafelgesprek":
            w.pop("voor", None)
            if voor is not None:
                w["voor"] = voor
    advies = advies_voor(Vraagstuk.model_validate(data))
    (k,) = [m for m in advies.mix if m.werkvorm == "keukentafelgesprek"]
    return k.voor


def test_the_case_form_serves_the_group_the_case_names() -> None:
    assert _keukentafel("de 85 families met een graf in vak G") == [
        "Families met een graf in vak G"
    ]
    # without it the design chooses, and the large group of nabestaanden comes in
    assert "Families met een graf in vak G" not in _keukentafel(None)


def test_the_group_is_found_by_name_number_or_telling_words() -> None:
    partijen = load_vraagstuk(CASE).belanghebbenden

    def namen(tekst: str) -> list[str]:
        return [p.naam for p in genoemde_groep(partijen, tekst)]

    assert namen("Families met een graf in vak G") == ["Families met een graf in vak G"]
    assert namen("de 85 families") == ["Families met een graf in vak G"]
    assert namen("de families van vak G") == ["Families met een graf in vak G"]
    # the name that says least besides the words in the text: all moslims, not a part of them
    assert namen("moslims") == ["Moslims in Lindenoord"]
    assert namen("jonge moslims die niet in de moskee komen") == [
        "Moslims die niet bij een moskee horen"
    ]
    assert namen("iedereen") == []

"""Every field and definition of the vraagstuk schema has a Dutch description (editors show it)."""

from __future__ import annotations

import re
from typing import Any

from pionieren.input.schema import schema_dict

# Words that give away an English sentence; none of them is a Dutch word.
ENGELS = re.compile(r"\b(the|who|what|which|with|how|step|promised|already|party|takes)\b", re.I)


def _beschrijvingen(schema: dict[str, Any]) -> dict[str, str | None]:
    uit: dict[str, str | None] = {"(vraagstuk)": schema.get("description")}
    for naam, eigenschap in schema["properties"].items():
        uit[naam] = eigenschap.get("description")
    for definitie, inhoud in schema["$defs"].items():
        uit[definitie] = inhoud.get("description")
        for naam, eigenschap in inhoud.get("properties", {}).items():
            uit[f"{definitie}.{naam}"] = eigenschap.get("description")
    return uit


def test_every_field_has_a_dutch_description() -> None:
    beschrijvingen = _beschrijvingen(schema_dict("vraagstuk"))
    zonder = [naam for naam, tekst in beschrijvingen.items() if not tekst]
    assert zonder == []
    engels = [naam for naam, tekst in beschrijvingen.items() if tekst and ENGELS.search(tekst)]
    assert engels == []
    for veld in ("titel", "fase", "schaal"):
        assert beschrijvingen[veld]


def test_the_advice_schema_has_dutch_descriptions_for_its_parts() -> None:
    schema = schema_dict("advies")
    teksten = {"(advies)": schema["description"]}
    teksten.update({n: d.get("description") for n, d in schema["$defs"].items()})
    assert [naam for naam, tekst in teksten.items() if not tekst] == []
    assert [naam for naam, tekst in teksten.items() if tekst and ENGELS.search(tekst)] == []

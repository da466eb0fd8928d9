"""The JSON Schema of a vraagstuk file, generated from the models.

Why: editors (VS Code with the YAML extension) use it to complete and check files while people
type. A committed copy (``schema/vraagstuk.schema.json``) is tested to equal this output.
"""

from __future__ import annotations

import json

from pionieren import __version__
from pionieren.input.model import Vraagstuk

SCHEMA_URL = "https://pionieren.nl/schema/{soort}.schema.json"


def schema_dict(soort: str = "vraagstuk") -> dict[str, object]:
    """The JSON Schema of a vraagstuk file, an evaluatie file (``soort='evaluatie'``) or the
    JSON advice output (``soort='advies'``)."""
    if soort == "evaluatie":
        from pionieren.input.beschrijvingen import add_evaluatie_descriptions
        from pionieren.input.evaluatie import Evaluatie

        schema = add_evaluatie_descriptions(Evaluatie.model_json_schema())
    elif soort == "advies":
        from pionieren.analysis.result import Advies
        from pionieren.input.beschrijvingen import add_advice_descriptions

        schema = add_advice_descriptions(Advies.model_json_schema(mode="serialization"))
    else:
        from pionieren.input.beschrijvingen import add_descriptions

        schema = add_descriptions(Vraagstuk.model_json_schema())
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_URL.format(soort=soort),
        "$comment": f"Gemaakt door pionieren {__version__} (pionieren schema --soort {soort}).",
        **schema,
    }


def schema_text(soort: str = "vraagstuk") -> str:
    return json.dumps(schema_dict(soort), ensure_ascii=False, indent=2) + "\n"

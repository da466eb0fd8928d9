"""Rule PLAN-ADVIES-OP-CONCEPT: the promised advice of a body in its own meeting comes after the
rounds and moments that make the concept it advises on, and before the moment that uses it
(review 45a, Bramerveen: the dorpsraden advised in January on which plekken stay, before the
school project and before the kinderraad saw the first map on 7 April)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.vocabulary import Procesfase

CASE = Path(__file__).parent / "data" / "speelruimte-dorpsraden.yaml"


def _case(**wijzig: Any) -> Vraagstuk:
    data = load_vraagstuk(CASE).model_dump(mode="json", exclude_none=True)
    data.update(wijzig)
    return Vraagstuk.model_validate(data)


def _vergadering(v: Vraagstuk) -> Any:
    (fase,) = [p for p in advies_voor(v).planning if "eigen-vergadering" in p.werkvormen]
    return fase


def test_the_promised_advice_comes_after_the_first_map_and_before_the_commissie() -> None:
    fase = _vergadering(_case())
    assert fase.uitleg is not None and fase.uitleg.sleutel == "FASE.advies_op_concept"
    assert fase.start is not None and fase.eind is not None
    # after the school project (until 26 March), on the first map beside the kinderraad (7
    # April): after the kinderraad no working week is left before the commissie's papers
    assert fase.start > date(2027, 3, 26)
    # in the papers for the commissie on the concept plan (11 May): due 13 April (review 46b:
    # the advice ran until 7 May while those papers closed on 13 April)
    assert fase.eind < date(2027, 4, 13)
    assert "vóór 13 april 2027" in fase.toelichting


def test_a_meeting_without_a_promised_advice_stays_in_the_first_round() -> None:
    """A body's meeting that carries no promise of advice (here: the promise is only to
    consult) gives its view early, on the starting points: it stays where it was."""
    v = _case(
        besluit={
            "door": "college",
            "procedure": "beleid",
            "termijn_vast": False,
            "toezegging": {
                "door": "college",
                "trede": "raadplegen",
                "tekst": "De wethouder zegde toe dat de dorpsraden hun mening mogen geven.",
            },
        }
    )
    fase = _vergadering(v)
    assert fase.fase is Procesfase.ophalen
    assert fase.start is not None and fase.start < date(2027, 2, 1)

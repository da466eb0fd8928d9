"""Rule PLAN-ADVIES-OP-CONCEPT: the promised advice of a body in its own meeting comes after the
rounds and moments that make the concept it advises on, and before the moment that uses it
(review 45a, Bramerveen: the dorpsraden advised in January on which plekken stay, before the
school project and before the kinderraad saw the first map on 7 April)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.analysis.planning import ONTWERP_WEKEN
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


def _met_vergadering(**vergadering: Any) -> Vraagstuk:
    data = load_vraagstuk(CASE).model_dump(mode="json", exclude_none=True)
    data["werkvormen"] = [
        {**w, **vergadering} if w["id"] == "eigen-vergadering" else w for w in data["werkvormen"]
    ]
    return Vraagstuk.model_validate(data)


def test_a_meeting_held_for_the_body_by_another_party_also_moves() -> None:
    """The organiser holds the meeting for the body the promise is made to (``voor``); the
    advice is still the promised one and comes after the rounds (review 58a, Hoenwijk: the
    provincie held the dorpsraad's meeting, which stayed in January, before the businesses'
    round table in March)."""
    fase = _vergadering(
        _met_vergadering(door="Stichting Speelwerk", voor="de dorpsraden van de vier kernen")
    )
    assert fase.uitleg is not None and fase.uitleg.sleutel == "FASE.advies_op_concept"
    assert fase.uitleg.waarden["wie"] == ["de dorpsraden van de vier kernen"]
    assert fase.start is not None and fase.start > date(2027, 3, 26)


def _rondes_voor(advies: Any, eind: date) -> list[Any]:
    """The rounds with werkvormen in the broad round and the deepening that end before ``eind``."""
    return [
        p
        for p in advies.planning
        if p.fase in (Procesfase.ophalen, Procesfase.verdiepen)
        and p.werkvormen
        and "eigen-vergadering" not in p.werkvormen
        and p.eind is not None
        and p.eind < eind
    ]


def test_an_early_raad_moment_does_not_keep_the_advice_before_the_rounds() -> None:
    """A raad moment whose papers are due before the groups' rounds end does not use the advice
    on what those groups said: the advice comes after the rounds, before the proposal (review
    58a, Geuldaal: an information meeting of the raad on 4 March, papers 21 January, kept the
    dorpsraden's advice on the sites in January, before the neighbours were heard in March)."""
    data = _case().model_dump(mode="json", exclude_none=True)
    data["momenten"] = [
        *data["momenten"],
        {
            "wat": "Raadsinformatiebijeenkomst over de speelplekken, zonder te besluiten",
            "datum": "2027-03-04",
            "door": "raad",
        },
    ]
    v = Vraagstuk.model_validate(data)
    advies = advies_voor(v)
    fase = _vergadering(v)
    assert fase.uitleg is not None and fase.uitleg.sleutel == "FASE.advies_op_concept"
    assert fase.start is not None and fase.eind is not None
    rondes = _rondes_voor(advies, fase.eind)
    assert rondes and all(p.eind < fase.start for p in rondes)


def test_the_promised_advice_goes_into_the_draft_before_its_zienswijze() -> None:
    """Under a formal zienswijze term the promised advice is in the draft: it closes the weeks
    it takes to write that draft before the draft is published, and after the round table of
    the other parties the promise covers (review 58a, Hoenwijk)."""
    pad = Path(__file__).parents[1] / "cases" / "review57"
    v = load_vraagstuk(pad / "vrachtwagenverbod-dorpsstraat-hoenwijk-kromwaarde.yaml")
    advies = advies_voor(v)
    fase = _vergadering(v)
    (zienswijze,) = [w for w in v.werkvormen if w.id == "zienswijze"]
    assert fase.start is not None and fase.eind is not None and zienswijze.van is not None
    assert (zienswijze.van - fase.eind).days >= 7 * ONTWERP_WEKEN
    (tafel,) = [p for p in advies.planning if "rondetafel" in p.werkvormen]
    assert tafel.eind is not None and tafel.eind < fase.start

"""Rule PLAN-REACTIE: a promise that the concept is shown to the surroundings before it is
adopted gets its round on the concept, also when the initiator decides (review 65b,
Ruiterbeek: 'Het bestuur stelt het plan pas vast nadat de omgeving het heeft gezien', and no
round on the concept lay between 26 February and the decision on 15 June)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import concept_beloofd
from pionieren.knowledge.load import builtin

BELOFTE = "Het bestuur stelt het plan pas vast nadat de omgeving het heeft gezien."


def _stichting(tekst: str | None = None, **wijzig: object) -> dict[str, object]:
    """A foundation that decides its own plan; the gemeente pays a part."""
    besluit: dict[str, object] = {"door": "initiatiefnemer", "procedure": "anders"}
    if tekst:
        besluit["toezegging"] = {"door": "initiatiefnemer", "trede": "adviseren", "tekst": tekst}
    return {
        "initiatiefnemer": "maatschappelijke_organisatie",
        "ambitie": "adviseren",
        "besluit": besluit,
        "kaders_open": [
            {"onderwerp": "Hoe de paden lopen.", "ruimte": "groot", "door": "initiatiefnemer"}
        ],
        "belanghebbenden": [
            {
                "naam": "Stichting Het Bosland",
                "soort": "maatschappelijke_organisatie",
                "invloed": "hoog",
                "belang": "hoog",
                "initiatiefnemer": True,
            },
            {"naam": "Wandelaars", "soort": "inwoners", "invloed": "laag", "belang": "hoog"},
            {"naam": "Omwonenden", "soort": "inwoners", "invloed": "middel", "belang": "hoog"},
        ],
        **wijzig,
    }


def _ronde(tekst: str | None) -> list[object]:
    v = maak(**_stichting(tekst))
    return [
        p
        for p in advies_voor(v).planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie"
    ]


def test_the_promised_round_on_the_concept_comes_before_the_initiators_decision() -> None:
    (ronde,) = _ronde(BELOFTE)
    assert ronde.eind is not None and ronde.eind < date(2027, 9, 1)
    assert ronde.uitleg is not None
    assert ronde.uitleg.waarden["beloofd"] == "Stichting Het Bosland"
    assert "toegezegde ronde op het concept" in (ronde.toelichting or "")


def test_without_the_promise_the_initiator_lays_its_own_pieces() -> None:
    assert _ronde(None) == []


@pytest.mark.parametrize(
    ("zin", "beloofd"),
    [
        (BELOFTE, True),
        (
            "De stichting legt het plan voor aan de omgeving voordat het bestuur het vaststelt.",
            True,
        ),
        ("Voordat de raad besluit, kunnen inwoners reageren op het concept.", True),
        ("Het college laat het concept eerst zien aan de buurt.", True),
        ("Het ontwerp ligt eerst drie weken ter reactie.", True),
        # a piece for the raad, or people who see the wood: no round on a concept
        ("Het college legt de raad pas een ontwerp voor als de ontwikkelaar klaar is.", False),
        ("Wij kappen geen boom voordat inwoners het bos hebben gezien.", False),
        ("Het plan is klaar in juni.", False),
    ],
)
def test_which_sentence_promises_the_concept_before_it_is_adopted(zin: str, beloofd: bool) -> None:
    v = maak(kaders_vast=[zin])
    assert (concept_beloofd(Feiten(v, builtin(), date(2026, 12, 1))) is not None) is beloofd

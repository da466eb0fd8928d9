"""After the choice of a place, the rest serves that place (review 32a, worst error 1): the
forms after the decision are for the neighbours of the chosen place, not for the neighbours of
every candidate place (rule PLAN-GEKOZEN-PLEK). Before the decision all of them take part."""

from __future__ import annotations

import copy

from helpers import BASIS, advies_voor, check_invariants, maak
from test_mix_regels import feiten
from test_planning_na_besluit import _case

from pionieren.analysis.decision import decide
from pionieren.analysis.mix.plan import GEKOZEN_PLEK, kandidaat_buren
from pionieren.input.model import Vraagstuk
from pionieren.vocabulary import Procesfase

_NA = (Procesfase.uitwerken, Procesfase.uitvoering)


def _buren(v: Vraagstuk) -> list[str]:
    f = feiten(v)
    besluit, _ = decide(f)
    return kandidaat_buren(f, besluit)


def _met_buren(*namen: str) -> list[dict[str, object]]:
    partijen = copy.deepcopy(BASIS["belanghebbenden"])
    for naam in namen:
        partijen.append({"naam": naam, "soort": "inwoners", "invloed": "middel", "belang": "hoog"})
    return partijen


def test_the_neighbours_of_each_candidate_place_are_found() -> None:
    v = maak(
        kaders_open=[
            "Welke van de twee plekken het trapveld krijgt: de Lindenlaan of het Molenveld.",
            "De inrichting van het trapveld.",
        ],
        belanghebbenden=_met_buren(
            "Omwonenden van de Lindenlaan",
            "Omwonenden van het Molenveld",
            "Bewoners van het Molenveld en omstreken",  # a village or district stays itself
            "Omwonenden van het station",  # not a candidate place
        ),
    )
    assert _buren(v) == ["Omwonenden van de Lindenlaan", "Omwonenden van het Molenveld"]


def test_no_candidate_neighbours_without_a_choice_of_place() -> None:
    # one place, no choice between places
    v = maak(
        kaders_open=["De inrichting van het Molenveld."],
        belanghebbenden=_met_buren("Omwonenden van het Molenveld"),
    )
    assert _buren(v) == []
    # a choice among many places is no choice of the one place where something comes
    v = maak(
        kaders_open=["Welke van de 190 plekken op de kaart blijven."],
        belanghebbenden=_met_buren("Omwonenden van de 190 plekken op de kaart"),
    )
    assert _buren(v) == []
    # decided already: nothing comes after it
    v = maak(
        kaders_open=[
            "Welke van de twee plekken het trapveld krijgt: de Lindenlaan of het Molenveld."
        ],
        kaders_besluit_al_genomen=True,
        belanghebbenden=_met_buren("Omwonenden van de Lindenlaan"),
    )
    assert _buren(v) == []


def test_places_listed_in_the_text_count_when_the_point_does_not_name_them() -> None:
    v = _case("jop-de-kolk")
    # the neighbours of the current meeting place are no candidate place
    assert _buren(v) == ["Omwonenden van het grasveld achter sporthal De Kolk"]


def test_after_the_decision_the_forms_serve_the_chosen_place_and_before_it_all_places() -> None:
    v = _case("beschermd-wonen-plus-dijkmeer")
    buren = set(_buren(v))
    assert len(buren) == 3
    advies = advies_voor(v)
    check_invariants(v, advies)
    na = [m for m in advies.mix if m.fase in _NA]
    assert na and all(not buren & set(m.voor) for m in na)
    assert any(GEKOZEN_PLEK in m.voor and "PLAN-GEKOZEN-PLEK" in m.regels for m in na)
    voor = [m for m in advies.mix if m.fase not in _NA and m.fase is not Procesfase.evaluatie]
    assert buren <= {n for m in voor for n in m.voor}
    assert all(GEKOZEN_PLEK not in m.voor for m in voor)


def test_the_reason_that_names_a_candidate_neighbour_names_the_chosen_place() -> None:
    advies = advies_voor(_case("skatepark-markdonk"))
    (ontwerp,) = [m for m in advies.mix if m.fase is Procesfase.uitwerken]
    namen = [n for r in ontwerp.redenen for v in r.waarden.values() for n in _namen(v)]
    # the form serves the chosen place; no reason names a candidate place's neighbours
    assert GEKOZEN_PLEK in ontwerp.voor
    assert not any("Stadspark" in n for n in namen)


def _namen(waarde: object) -> list[str]:
    if isinstance(waarde, str):
        return [waarde]
    if isinstance(waarde, list):
        return [n for n in waarde if isinstance(n, str)]
    return []

"""A party with a stake of its own in the decision is no route to another group (review 58b,
fault 3: young people reached 'via de jongerenwerkers van De Loods', the youth centre of the
organisation that will bid for the new opdracht)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import BASIS, DATUM, ONTWIKKELCASUSSEN, advies_voor, maak, rapport_gegevens

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.kanaal import neutrale_route, poortwachters
from pionieren.knowledge.load import builtin

_AANBIEDER = {
    "naam": "Stichting Welzijn Teststad",
    "soort": "maatschappelijke_organisatie",
    "invloed": "middel",
    "belang": "hoog",
    "houding": "neutraal",
    "meervoud": False,
}
_OMSCHRIJVING = (
    "Het jongerenwerk in Teststad wordt nu met subsidie gedaan door Stichting Welzijn Teststad: "
    "jongerencentrum De Schuur in Oudedorp en steun aan de soos van vrijwilligers. Vanaf 2028 "
    "wordt het jongerenwerk een opdracht die de gemeente aanbesteedt."
)


def _jongeren(via: str) -> dict[str, Any]:
    return {
        "naam": "Jongeren van het jongerencentrum",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "houding": "tegen",
        "bereikbaarheid": "moeilijk",
        "kenmerken": ["jongeren"],
        "meervoud": True,
        "via": via,
    }


def _vraagstuk(via: str, omschrijving: str = _OMSCHRIJVING) -> Any:
    return maak(
        omschrijving=omschrijving,
        belanghebbenden=[*BASIS["belanghebbenden"], _AANBIEDER, _jongeren(via)],
    )


def _teksten(advies: Any) -> list[str]:
    return [m.waarom for m in advies.mix] + [b.aanpak for b in advies.belanghebbenden]


def test_a_place_the_bidder_runs_is_no_route() -> None:
    via = "de jongerenwerkers van De Schuur en de vrijwilligers van de soos"
    advies = advies_voor(_vraagstuk(via))
    teksten = _teksten(advies)
    assert not any("jongerenwerkers van De Schuur" in t for t in teksten), teksten
    (regel,) = [t for t in teksten if "zelf belang bij het besluit" in t]
    assert "Stichting Welzijn Teststad" in regel
    assert "via de vrijwilligers van de soos" in regel
    # the same route when the organisation holds no opdracht that is tendered: a plain route
    vrij = "Het jongerenwerk in Teststad blijft zoals het is; jongerencentrum De Schuur is open."
    advies = advies_voor(_vraagstuk(via, vrij))
    assert not any("zelf belang bij het besluit" in t for t in _teksten(advies))
    assert any("jongerenwerkers van De Schuur" in t for t in _teksten(advies))


def test_the_bidders_staff_by_their_job_is_no_route_but_a_village_is() -> None:
    medewerkers = {
        "naam": "Jongerenwerkers van Stichting Welzijn Teststad",
        "soort": "anders",
        "invloed": "laag",
        "belang": "hoog",
        "houding": "tegen",
        "aantal": 6,
        "meervoud": True,
    }
    v = maak(
        omschrijving=_OMSCHRIJVING,
        belanghebbenden=[
            *BASIS["belanghebbenden"],
            _AANBIEDER,
            medewerkers,
            _jongeren("de ambulante jongerenwerkers en de sportclub"),
            {**_jongeren("de docenten van de school in Oudedorp"), "naam": "Scholieren"},
        ],
    )
    f = Feiten(v, builtin(), DATUM)
    jong, scholieren = v.belanghebbenden[-2:]
    assert [q.naam for q in poortwachters(f, jong)] == ["Stichting Welzijn Teststad"]
    assert neutrale_route(f, jong) == "de sportclub"
    # 'in Oudedorp' names a village where the bidder works, not the bidder
    assert not poortwachters(f, scholieren)


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_a_party_with_a_stake_is_never_the_route_to_another_group(pad: Path) -> None:
    advies, v, _ = rapport_gegevens(pad, DATUM)
    f = Feiten(v, builtin(), DATUM)
    teksten = _teksten(advies)
    for p in v.belanghebbenden:
        if not p.via or not poortwachters(f, p):
            continue
        assert not any(p.via.strip().rstrip(".") in t for t in teksten), (pad.stem, p.naam)

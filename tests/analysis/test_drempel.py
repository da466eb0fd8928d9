"""BELANG-DREMPEL: the real obstacle of a hard-to-reach group and the measure for it, and the
routes that fit the theme (review 29a, review 30)."""

from __future__ import annotations

from typing import Any

from helpers import BASIS, advies_voor, maak

from pionieren.analysis.stakeholders import drempels
from pionieren.input.model import Belanghebbende


def _groep(naam: str, **extra: Any) -> dict[str, Any]:
    return {"naam": naam, "soort": "inwoners", "invloed": "laag", "belang": "hoog", **extra}


def test_obstacle_from_the_name_comes_first_and_young_carers_are_their_own() -> None:
    werkend = Belanghebbende(**_groep("Werkende mantelzorgers", bereikbaarheid="matig"))
    assert drempels(werkend) == ["mantelzorgers", "werkenden"]
    jong = Belanghebbende(**_groep("Jonge mantelzorgers", kenmerken=["jongeren"]))
    assert drempels(jong) == ["jonge_mantelzorgers"]
    # children and young people: the language is their parents' obstacle, not theirs
    kinderen = Belanghebbende(
        **_groep("Buurtkinderen", kenmerken=["kinderen", "migratieachtergrond"])
    )
    assert drempels(kinderen) == ["kinderen"]
    # an organisation is reached through its board: no obstacle of its own
    school = Belanghebbende(
        naam="Basisschool",
        soort="maatschappelijke_organisatie",
        invloed="laag",
        belang="hoog",
        kenmerken=["kinderen"],
    )
    assert drempels(school) == []


def test_each_obstacle_is_said_once_with_its_measure_and_the_route_stays() -> None:
    partijen = [
        _groep(
            "Mantelzorgers die het steunpunt kennen",
            kenmerken=["ouderen"],
            via="het steunpunt mantelzorg",
        ),
        _groep("Werkende mantelzorgers", bereikbaarheid="matig"),
        _groep("Ouderen in de wijk", kenmerken=["ouderen"]),
    ]
    advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"][:1], *partijen]))
    aanpak = {b.naam: b.aanpak for b in advies.belanghebbenden}
    steunpunt = aanpak["Mantelzorgers die het steunpunt kennen"]
    assert "via het steunpunt mantelzorg" in steunpunt and "vervangende zorg" in steunpunt
    werkend = aanpak["Werkende mantelzorgers"]
    # the obstacle of carers is said once; the next one of this group is named instead
    assert "vervangende zorg" not in werkend and "werkgevers" in werkend
    # the reason is said in words, not as a bare label between brackets (review 46a: "(drempel:
    # een avond met volwassenen)")
    assert "drempel" not in werkend
    assert "op papier, want niet iedereen is online" in aanpak["Ouderen in de wijk"]


def test_care_routes_only_on_a_care_question() -> None:
    ouderen = _groep("Ouderen rond het plein", kenmerken=["ouderen"], bereikbaarheid="matig")
    partijen = [*BASIS["belanghebbenden"][:1], ouderen]

    def route(beleidsveld: str) -> str:
        advies = advies_voor(maak(belanghebbenden=partijen, beleidsveld=beleidsveld))
        return next(b.tekst for b in advies.bevindingen if b.regel == "BELANG-ROUTE")

    jop = route("jeugd en openbare orde")
    assert "huisarts" not in jop and "wijkverpleging" not in jop and "ouderenbond" in jop
    zorg = route("Wmo en ouderen")
    assert "huisarts" in zorg and "wijkverpleging" in zorg


def test_a_group_with_its_own_route_is_not_asked_about_in_the_first_talk() -> None:
    partijen = [
        *BASIS["belanghebbenden"][:1],
        _groep("Scholieren", kenmerken=["jongeren"], via="de leerlingenraad"),
        _groep("Nachtwerkers", bereikbaarheid="moeilijk"),
    ]
    advies = advies_voor(maak(belanghebbenden=partijen))
    vragen = " ".join(advies.referentiekader)
    assert "nachtwerkers" in vragen.lower() and "Scholieren" not in vragen

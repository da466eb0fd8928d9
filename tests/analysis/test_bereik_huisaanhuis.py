"""House-to-house talks only for a group of doors the budget can knock on; a steunpunt is a
route to its own gathering; a pitfall about working people not for older people (reviews 43c,
43d: Kessenrade, Heerdervelde)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.analysis.mix.bereik import bedient, bereikt, route_past, te_groot
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.knowledge.load import builtin

ROOT = Path(__file__).resolve().parents[2]
W = {w.id: w for w in builtin().werkvormen}


def _groep(naam: str = "Bewoners", **extra: Any) -> Belanghebbende:
    velden: dict[str, Any] = {"soort": "inwoners", "invloed": "laag", "belang": "hoog"}
    velden.update(extra)
    return Belanghebbende(naam=naam, **velden)


def test_no_house_to_house_talks_for_thousands_spread_over_the_gemeente() -> None:
    deur = W["huis-aan-huis"]
    veel = _groep("Mantelzorgers", kenmerken=["ouderen"], bereikbaarheid="moeilijk", aantal=5200)
    assert te_groot(deur, veel) and not bedient(deur, veel)
    straat = _groep("Bewoners van de flats", kenmerken=["ouderen"], bereikbaarheid="moeilijk")
    assert bedient(deur, straat.model_copy(update={"aantal": 400}))


def test_the_steunpunt_mantelzorg_is_a_route_to_a_gathering_of_their_own() -> None:
    groep = _groep(
        "Mantelzorgers",
        kenmerken=["ouderen"],
        bereikbaarheid="moeilijk",
        aantal=5200,
        via="het steunpunt mantelzorg, de huisartsen en de apotheek",
    )
    assert route_past(W["eigen-vergadering"], groep) and bereikt(W["eigen-vergadering"], groep)


def _valkuilen(v: Vraagstuk, werkvorm: str) -> list[str]:
    return next(m.valkuilen for m in advies_voor(v).mix if m.werkvorm == werkvorm)


def test_the_warning_about_working_people_is_not_for_older_people_alone() -> None:
    v = load_vraagstuk(ROOT / "tests" / "cases" / "kerk-herbestemming-kessenrade.yaml")
    werkenden = W["huis-aan-huis"].valkuilen[0]
    assert "werkenden" in werkenden
    # the house-to-house talks there are for very old parishioners only
    assert werkenden not in _valkuilen(v, "huis-aan-huis")
    # talks for streets of all ages keep the warning
    straat = load_vraagstuk(ROOT / "tests" / "cases" / "bomenkap-kastanjelaan.yaml")
    assert werkenden in _valkuilen(straat, "huis-aan-huis")


def test_young_tenants_reached_through_their_landlord_get_no_school_project() -> None:
    huurders = _groep(
        "Tijdelijke huurders",
        kenmerken=["jongeren"],
        bereikbaarheid="moeilijk",
        via="de leegstandbeheerder en een brief op naam",
    )
    assert not bedient(W["scholenproject"], huurders)
    # pupils reached through their school, or young people without a route, still get it
    assert bedient(W["scholenproject"], huurders.model_copy(update={"via": "de basisschool"}))
    assert bedient(W["scholenproject"], huurders.model_copy(update={"via": None}))


def test_talks_per_household_are_for_the_households_not_the_neighbours_around() -> None:
    v = load_vraagstuk(ROOT / "tests" / "cases" / "herstructurering-molenakker-wolderveen.yaml")
    voor = next(m.voor for m in advies_voor(v).mix if m.werkvorm == "afspraak-per-huishouden")
    assert "Huurders van de eengezinswoningen" in voor
    assert "Bewoners van de Molenweg en de buurten eromheen" not in voor

"""Reach by size and by route (review 38): a kitchen-table talk only for a group small enough,
a visit to 'the meeting of a group' only where the route names a gathering of its own, an
on-the-spot talk where the route is a place, a short question online where it is Instagram;
a tolk, not a translated letter, for people who read little."""

from __future__ import annotations

from typing import Any

from pionieren.analysis.mix.bereik import bedient, bereikt, route_past, te_groot
from pionieren.analysis.mix.inclusie import taalhulp
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin

W = {w.id: w for w in builtin().werkvormen}


def _groep(naam: str = "Bewoners", **extra: Any) -> Belanghebbende:
    velden: dict[str, Any] = {"soort": "inwoners", "invloed": "laag", "belang": "hoog"}
    velden.update(extra)
    return Belanghebbende(naam=naam, **velden)


def test_kitchen_table_talks_only_for_a_group_small_enough() -> None:
    keuken = W["keukentafelgesprek"]
    assert keuken.max_aantal is not None
    groot = _groep(
        "Wandelaars en hondenbezitters", aantal=keuken.max_aantal + 250, bereikbaarheid="moeilijk"
    )
    # residents found at their address: a sample of talks at home still fits
    omwonenden = _groep("Omwonenden binnen 1,5 kilometer", aantal=400, kenmerken=["ouderen"])
    assert not te_groot(keuken, omwonenden) and bedient(keuken, omwonenden)
    klein = _groep("Huurders aan de Esweg", aantal=6, kenmerken=["ouderen"])
    onbekend = _groep("Bewoners van de straat")
    assert te_groot(keuken, groot) and not bedient(keuken, groot)
    assert bedient(keuken, klein) and not te_groot(keuken, klein)
    assert bedient(keuken, onbekend)  # no number: the form may still be given
    # a form without a limit is not touched
    assert W["straatinterviews"].max_aantal is None
    assert bedient(W["straatinterviews"], groot)


def test_a_side_job_and_a_sports_club_are_no_meeting_of_the_group() -> None:
    mbo = _groep(
        "Jongeren die naar het mbo gaan",
        kenmerken=["jongeren"],
        bereikbaarheid="moeilijk",
        aantal=1100,
        via="de sportclubs, de bijbaan in de supermarkt en Instagram van het jongerenwerk",
    )
    assert not bedient(W["eigen-vergadering"], mbo)
    # on the spot where they are, and a short question online
    assert route_past(W["straatinterviews"], mbo) and bereikt(W["straatinterviews"], mbo)
    assert route_past(W["enquete"], mbo) and bereikt(W["enquete"], mbo)
    # without that route, a survey open to all does not reach a hard-to-reach group
    zonder = mbo.model_copy(update={"via": None})
    assert not bereikt(W["enquete"], zonder)


def test_a_gathering_of_their_own_is_a_place_for_a_visit() -> None:
    for via in ("de koffieochtend in het buurthuis", "de ouderenbond", "de jeugdsoos"):
        groep = _groep("Ouderen in het dorp", kenmerken=["ouderen"], via=via)
        assert bedient(W["eigen-vergadering"], groep), via
    # a council that speaks for them is a route to them, not their own gathering
    leerlingen = _groep("Leerlingen", kenmerken=["jongeren"], via="de leerlingenraad")
    assert not bedient(W["eigen-vergadering"], leerlingen)


def test_the_car_park_is_a_route_for_a_talk_on_the_spot_not_at_a_table() -> None:
    wandelaars = _groep(
        "Wandelaars", bereikbaarheid="moeilijk", via="de parkeerplaats bij het bos in het weekend"
    )
    assert route_past(W["straatinterviews"], wandelaars)
    assert not route_past(W["keukentafelgesprek"], wandelaars)
    assert not route_past(W["eigen-vergadering"], wandelaars)


def test_route_words_match_the_start_of_a_word_or_a_marked_compound() -> None:
    # 'markt' at the start of a word; '*club' inside a compound
    assert route_past(W["straatinterviews"], _groep(via="de weekmarkt en de voetbalclub"))
    # no route word hidden in an unrelated word: 'instagram' is not in 'programma'
    assert not route_past(W["enquete"], _groep(via="het programma van het wijkteam"))
    # an organisation is reached through its own people, not by route words
    org = Belanghebbende(
        naam="Stichting",
        soort="maatschappelijke_organisatie",
        invloed="laag",
        belang="hoog",
        via="de kerk",
    )
    assert not route_past(W["eigen-vergadering"], org)


def test_people_who_read_little_get_a_tolk_and_pictures_not_a_translated_letter() -> None:
    laag = _groep("Deelnemers aan het Taalhuis", kenmerken=["laaggeletterd", "migratieachtergrond"])
    assert taalhulp(laag) == ["beeld", "tolk"]
    assert "vertaling" not in taalhulp(laag)
    alleen_lezen = _groep("Laaggeletterden", kenmerken=["laaggeletterd"])
    assert taalhulp(alleen_lezen) == ["beeld"]
    nieuw = _groep("Statushouders", kenmerken=["migratieachtergrond"])
    assert taalhulp(nieuw) == ["vertaling"]
    # a migration background alone is no language barrier
    assert taalhulp(_groep("Molukse gemeenschap", kenmerken=["migratieachtergrond"])) == []

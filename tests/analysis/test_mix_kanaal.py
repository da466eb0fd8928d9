"""MIX-KANAAL: a group whose route (via) is itself a meeting or a visit is reached there, in
the talk meant for it, with that moment and place named (review 48e: the wethouder's Saturday
visit to the weide and the visit on the farmyard after milking were lost). A route that is
only a medium stays a medium."""

from __future__ import annotations

from datetime import date

from helpers import BASIS, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.kanaal import kanaal, moment
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.result import deel
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Modus, Trede

BEZOEK = "een bezoek van de wethouder aan de weide, op zaterdagochtend als de vrijwilligers er zijn"


def _feiten(via: str) -> Feiten:
    partijen = [
        {**p, "via": via} if p["naam"] == "Buurtvereniging" else p for p in BASIS["belanghebbenden"]
    ]
    return Feiten(maak(belanghebbenden=partijen), builtin(), date(2026, 11, 30))


def _keuzes() -> list[Keuze]:
    k = builtin()
    uit = []
    for id_ in ("inloopavond", "rondetafel", "eigen-vergadering", "enquete"):
        keuze = Keuze(k.werkvorm(id_), Modus.denken, Trede.raadplegen)
        keuze.add(["Buurtvereniging", "Omwonenden"], None, "MIX-VERDIEPING")
        uit.append(keuze)
    return uit


def _kanaal(keuzes: list[Keuze]) -> list[tuple[str, dict[str, object]]]:
    return [
        (k.werkvorm.id, r.waarden) for k in keuzes for r in k.redenen if r.sleutel == "MIX-KANAAL"
    ]


def test_a_visit_as_route_is_named_at_the_invited_talk_for_the_group() -> None:
    keuzes = _keuzes()
    kanaal(_feiten(BEZOEK), keuzes)
    # not at the open evening, the survey or a round table where it is one of many: at the
    # visit to the group's own meeting
    assert _kanaal(keuzes) == [("eigen-vergadering", {"naam": "Buurtvereniging", "via": BEZOEK})]
    assert "MIX-KANAAL" in keuzes[2].regels


def test_a_key_player_with_its_own_talk_at_the_round_table_is_met_there() -> None:
    keuzes = [k for k in _keuzes() if k.werkvorm.id in ("inloopavond", "rondetafel")]
    kanaal(_feiten(BEZOEK), keuzes)
    assert _kanaal(keuzes) == []
    keuzes[1].add([], deel("MIX-VERDIEPING.gekozen", sleutelspelers=["Buurtvereniging"]), "X")
    kanaal(_feiten(BEZOEK), keuzes)
    assert _kanaal(keuzes) == [("rondetafel", {"naam": "Buurtvereniging", "via": BEZOEK})]


def test_a_medium_as_route_stays_a_medium() -> None:
    keuzes = _keuzes()
    kanaal(_feiten("de nieuwsbrief en de website van de vereniging"), keuzes)
    assert _kanaal(keuzes) == []


def test_a_route_a_reason_already_names_is_not_said_twice() -> None:
    keuzes = _keuzes()
    keuzes[0].add([], deel("MIX-APART", namen=["Buurtvereniging"], via=BEZOEK), "MIX-APART")
    kanaal(_feiten(BEZOEK), keuzes)
    assert _kanaal(keuzes) == []


def test_no_talk_in_person_for_the_group_no_sentence() -> None:
    keuzes = [k for k in _keuzes() if k.werkvorm.id == "enquete"]
    kanaal(_feiten(BEZOEK), keuzes)
    assert _kanaal(keuzes) == []


def test_what_counts_as_a_moment() -> None:
    for via in (
        "een bezoek op het erf, na het melken",
        "de jaarvergadering van 11 maart",
        "het vrijwilligersoverleg op de eerste maandag",
        "de LTO-afdeling en de ledenavond in januari",
    ):
        assert moment(via), via
    for via in ("via de nieuwsbrief", "de dorpskrant, de supermarkt en de dorpsraad", "Instagram"):
        assert not moment(via), via

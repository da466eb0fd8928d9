"""Reach that fits the group (review 44a): a route that names a weekday does not lead to a form
on another day; a group named as large families is the parents (no school project for them)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pionieren.analysis.mix.bereik import andere_dag, bedient
from pionieren.analysis.stakeholders import ouders
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin

W = {w.id: w for w in builtin().werkvormen}


def _groep(naam: str = "Bewoners", **extra: Any) -> Belanghebbende:
    velden: dict[str, Any] = {"soort": "inwoners", "invloed": "laag", "belang": "hoog"}
    velden.update(extra)
    return Belanghebbende(naam=naam, **velden)


def test_a_route_on_a_weekday_does_not_lead_to_a_form_on_another_day() -> None:
    markt = _groep(
        "Marktkooplieden", soort="ondernemers", via="de marktmeester op donderdagochtend"
    )
    zaterdag, donderdag = date(2027, 1, 16), date(2027, 1, 14)
    assert andere_dag((zaterdag, zaterdag), markt)
    assert not andere_dag((donderdag, donderdag), markt)
    # no fixed day, a period of days, or a route without a weekday: nothing to say
    assert not andere_dag(None, markt)
    assert not andere_dag((zaterdag, date(2027, 1, 30)), markt)
    assert not andere_dag((zaterdag, zaterdag), markt.model_copy(update={"via": "de weekmarkt"}))


def test_large_families_are_the_parents_and_get_no_school_project() -> None:
    gezinnen = _groep(
        "Grote gezinnen en gezinnen met jonge kinderen",
        kenmerken=["kinderen"],
        aantal=7800,
        via="de consultatiebureaus, de kinderopvang en de basisscholen",
    )
    assert ouders(gezinnen)
    assert not bedient(W["scholenproject"], gezinnen)
    assert not ouders(_groep("Grote gezinnen en kinderen", kenmerken=["kinderen"]))
    # the pupils themselves still get it
    assert bedient(
        W["scholenproject"], _groep("Kinderen van de basisschool", kenmerken=["kinderen"])
    )


def test_dorpsplein_the_saturday_schouw_does_not_claim_the_thursday_route() -> None:
    from pathlib import Path

    from helpers import advies_voor

    from pionieren.input.load import load_vraagstuk

    root = Path(__file__).resolve().parents[2]
    v = load_vraagstuk(root / "tests" / "cases" / "dorpsplein-velderhout.yaml")
    mix = {m.werkvorm: m for m in advies_voor(v).mix}
    # the schouw is on Saturday 16 January; the market people are there on Thursday: the
    # report does not say the schouw reaches them through the marktmeester
    assert mix["schouw"].start == date(2027, 1, 16)
    assert "marktmeester" not in mix["schouw"].waarom

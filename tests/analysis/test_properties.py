"""Property tests: the promises hold for any vraagstuk, not only for the examples."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from helpers import DATUM, advies_voor, check_invariants, maak, voorbeelden
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pionieren.input.model import Vraagstuk
from pionieren.vocabulary import (
    Bereikbaarheid,
    Beslisser,
    Fase,
    Houding,
    Initiatiefnemer,
    Kenmerk,
    Niveau,
    Procedure,
    Ruimte,
    Schaal,
    Soort,
    SoortBelanghebbende,
    Trede,
    WettelijkKader,
)


def _waarde(enum: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([e.value for e in enum])


belanghebbende = st.fixed_dictionaries(
    {
        "soort": _waarde(SoortBelanghebbende),
        "invloed": _waarde(Niveau),
        "belang": _waarde(Niveau),
    },
    optional={
        "houding": _waarde(Houding),
        "bereikbaarheid": _waarde(Bereikbaarheid),
        "kenmerken": st.lists(_waarde(Kenmerk), max_size=3, unique=True),
        "aantal": st.integers(0, 100000),
    },
)


@st.composite
def vraagstukken(draw: st.DrawFn) -> Vraagstuk:
    partijen = draw(st.lists(belanghebbende, min_size=1, max_size=25))
    for i, p in enumerate(partijen):
        p["naam"] = f"Partij {i + 1}"
    kaders: dict[str, Any] = {
        "beinvloedingsruimte": draw(_waarde(Ruimte)),
        "vast": draw(st.lists(st.sampled_from(["Het budget ligt vast.", "De wet."]), max_size=2)),
        "open": draw(
            st.lists(
                st.sampled_from(
                    [
                        "De inrichting.",
                        "De planning.",
                        "Welk van de twee plannen doorgaat.",
                        "Hoe bezwaren van omwonenden worden meegenomen.",
                        {"onderwerp": "Het fonds.", "ruimte": "groot", "door": "initiatiefnemer"},
                        {"onderwerp": "De uitvoering.", "ruimte": "groot", "door": "college"},
                        {"onderwerp": "Hoe elke tuin terugkomt.", "eigen_bezit": True},
                        {"onderwerp": "De eigen voordeur.", "ruimte": "klein", "eigen_bezit": True},
                        {
                            "onderwerp": "De eigen aansluiting.",
                            "ruimte": "groot",
                            "eigen_bezit": True,
                        },
                    ]
                ),
                max_size=3,
                unique_by=lambda p: str(p),
            )
        ),
        "raad_kaders_gesteld": draw(st.booleans()),
        "besluit_al_genomen": draw(st.booleans()),
    }
    if draw(st.booleans()):
        kaders["budget_euro"] = draw(st.integers(0, 400000))
    if draw(st.booleans()):
        kaders["besluit_uiterlijk"] = DATUM + timedelta(days=draw(st.integers(-30, 800)))
        if draw(st.booleans()):
            # a date for the outcome, anywhere up to the decision
            dagen = (kaders["besluit_uiterlijk"] - DATUM).days
            kaders["inbreng_uiterlijk"] = DATUM + timedelta(
                days=draw(st.integers(-10, max(dagen, 0)))
            )
    if draw(st.booleans()):
        # a trial (or works) on dates of their own, with or without the pilot named
        van = DATUM + timedelta(days=draw(st.integers(-20, 600)))
        kaders["uitvoering_van"] = van
        kaders["uitvoering_tot"] = van + timedelta(days=draw(st.integers(1, 6000)))
    data: dict[str, Any] = {
        "titel": "Vraagstuk",
        "gemeente": "Teststad",
        "omschrijving": "Een vraag.",
        "initiatiefnemer": draw(_waarde(Initiatiefnemer)),
        "fase": draw(_waarde(Fase)),
        "schaal": draw(_waarde(Schaal)),
        "wettelijk_kader": draw(st.lists(_waarde(WettelijkKader), max_size=3, unique=True)),
        "kaders": kaders,
        "belanghebbenden": partijen,
    }
    if draw(st.booleans()):
        data["werkvormen"] = ["pilot"]
    if draw(st.booleans()):
        # werkvormen the case puts on dates of its own (a walk-in evening, a trial, a vote)
        genoemd = []
        for id in draw(
            st.lists(
                st.sampled_from(
                    ["inloopavond", "pilot", "referendum-raadplegend", "klankbordgroep"]
                ),
                max_size=2,
                unique=True,
            )
        ):
            van = DATUM + timedelta(days=draw(st.integers(-20, 500)))
            werkvorm: dict[str, Any] = {"id": id, "van": van}
            if draw(st.booleans()):
                werkvorm["tot"] = van + timedelta(days=draw(st.integers(0, 300)))
            genoemd.append(werkvorm)
        data["werkvormen"] = genoemd
    if draw(st.booleans()):
        data["besluit"] = {
            "door": draw(_waarde(Beslisser)),
            "procedure": draw(_waarde(Procedure)),
        }
        if draw(st.booleans()):
            data["besluit"]["stukken_weken"] = draw(st.integers(0, 12))
        if draw(st.booleans()):
            data["besluit"]["termijn_vast"] = True
    for sleutel, strategie in (
        ("soort", _waarde(Soort)),
        ("ambitie", _waarde(Trede)),
        ("polarisatie", st.integers(1, 5)),
        ("complexiteit", st.integers(1, 5)),
    ):
        if draw(st.booleans()):
            data[sleutel] = draw(strategie)
    return Vraagstuk.model_validate(data)


@settings(
    max_examples=voorbeelden(250), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(vraagstukken())
def test_invariants_hold_for_any_vraagstuk(vraagstuk: Vraagstuk) -> None:
    advies = advies_voor(vraagstuk)
    check_invariants(vraagstuk, advies)


@settings(max_examples=voorbeelden(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vraagstukken(), st.dates(date(2025, 1, 1), date(2030, 12, 31)))
def test_analysis_is_deterministic(vraagstuk: Vraagstuk, datum: date) -> None:
    eerste = advies_voor(vraagstuk, datum=datum).model_dump_json()
    tweede = advies_voor(vraagstuk.model_copy(deep=True), datum=datum).model_dump_json()
    assert eerste == tweede


#: The one stakeholder of the falsifying examples below.
_EEN_PARTIJ = {
    "naam": "Partij 1",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "laag",
    "houding": "onbekend",
}


def test_a_form_shows_only_a_level_it_can_carry() -> None:
    """Found by hypothesis (session 22): a zelfbeheer contract for open points promised at
    adviseren was shown at adviseren, a level the form does not have."""
    vraagstuk = maak(
        initiatiefnemer="inwoners",
        fase="verkenning",
        schaal="straat",
        omschrijving="Een vraag.",
        kaders={
            "beinvloedingsruimte": "groot",
            "open": ["De inrichting.", "Hoe bezwaren van omwonenden worden meegenomen."],
            "budget_euro": 0,
        },
        belanghebbenden=[_EEN_PARTIJ],
    )
    check_invariants(vraagstuk, advies_voor(vraagstuk, datum=DATUM))


def test_a_form_is_not_shown_below_the_promise_it_carries() -> None:
    """Found by hypothesis (session 22): the uitdaagrecht carrying a point promised at
    meebeslissen was shown at coproduceren, below the promise."""
    vraagstuk = maak(
        initiatiefnemer="ondernemers",
        fase="verkenning",
        schaal="straat",
        omschrijving="Een vraag.",
        wettelijk_kader=["omgevingswet", "participatieverordening", "uitdaagrecht"],
        kaders={
            "beinvloedingsruimte": "groot",
            "open": [
                "De inrichting.",
                {"onderwerp": "De uitvoering.", "ruimte": "groot", "door": "college"},
                "De planning.",
            ],
        },
        besluit={"door": "raad", "procedure": "omgevingsvergunning_binnenplans"},
        belanghebbenden=[_EEN_PARTIJ],
    )
    check_invariants(vraagstuk, advies_voor(vraagstuk, datum=DATUM))


def test_an_anonymous_group_without_a_route_gets_candidates() -> None:
    """Found by hypothesis in CI (session 40): an anonymous group that is hard to reach and has
    no ``via`` broke BELANG-ROUTE, because the new kenmerk had no candidate routes."""
    vraagstuk = maak(
        schaal="straat",
        omschrijving="Een vraag.",
        kaders={"beinvloedingsruimte": "geen"},
        belanghebbenden=[
            _EEN_PARTIJ,
            {
                **_EEN_PARTIJ,
                "naam": "Partij 2",
                "belang": "middel",
                "bereikbaarheid": "matig",
                "kenmerken": ["anoniem"],
            },
        ],
    )
    advies = advies_voor(vraagstuk, datum=DATUM)
    check_invariants(vraagstuk, advies)
    (route,) = [b for b in advies.bevindingen if b.sleutel == "BELANG-ROUTE"]
    assert "vertrouwenspersoon" in route.tekst


def test_a_named_instrument_split_for_a_group_apart_keeps_its_level() -> None:
    """Found by hypothesis (session 41): a pilot the case decided, split by MIX-GESCHEIDEN into a
    session of its own for an anonymous group, lost its mark as the case's own instrument and
    came out above the level a form of the tool may have."""
    vraagstuk = maak(
        schaal="straat",
        omschrijving="Een vraag.",
        kaders={
            "beinvloedingsruimte": "geen",
            "open": [
                {"onderwerp": "De inrichting."},
                {"onderwerp": "De eigen voordeur.", "ruimte": "klein", "eigen_bezit": True},
            ],
        },
        belanghebbenden=[
            _EEN_PARTIJ,
            {
                **_EEN_PARTIJ,
                "naam": "Partij 2",
                "belang": "middel",
                "houding": "tegen",
                "kenmerken": ["anoniem"],
                "aantal": 0,
            },
        ],
        werkvormen=[{"id": "pilot", "status": "besloten"}],
    )
    advies = advies_voor(vraagstuk, datum=DATUM)
    check_invariants(vraagstuk, advies)
    apart = [m for m in advies.mix if m.werkvorm == "pilot" and m.voor == ["Partij 2"]]
    assert apart and all(m.genoemd for m in apart)

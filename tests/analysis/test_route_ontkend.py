"""A stock route the case itself rules out is not proposed: no 'via hun werkgever' when the
case says 'niet via de werkgever', no school gate for children who go by leerlingenvervoer or to
a school elsewhere (review 50: case facts over stock text)."""

from __future__ import annotations

import copy
import re

import pytest
from helpers import BASIS, advies_voor, maak
from test_belang_afhankelijk import _partijen, _regels, _rij

from pionieren.analysis.ontkenning import bevestigd, geen_schoolhek, geen_werkgever, ontkend
from pionieren.analysis.result import Advies


@pytest.mark.parametrize(
    "tekst",
    [
        "niet via de werkgever",
        "liever niet via hun werkgevers, wel via de Poolse winkel",
        "buiten het uitzendbureau om",
        "zonder hun baas erbij",
        "Zij willen geen contact via de uitzendbureaus.",
        "Nooit via de werkgever: die regelt ook hun woning",
    ],
)
def test_the_employer_ruled_out_in_several_phrasings(tekst: str) -> None:
    assert geen_werkgever(tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        "via hun werkgever en de moskee",
        "de kerk, niet de sportclub; via de werkgever",
        "niet alleen via de werkgever maar ook via de kerk",
        "de werkgevers",
    ],
)
def test_the_employer_named_as_a_route_is_no_negation(tekst: str) -> None:
    assert not geen_werkgever(tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        "De kinderen gaan met het leerlingenvervoer naar het speciaal onderwijs.",
        "Hun school ligt buiten de gemeente.",
        "Er is geen school meer in het dorp.",
        "De meeste kinderen gaan in een andere gemeente naar school.",
        "niet via de school",
        "met de schooltaxi naar Arnhem",
    ],
)
def test_no_school_gate_in_several_phrasings(tekst: str) -> None:
    assert geen_schoolhek(tekst)


@pytest.mark.parametrize(
    "tekst", ["Ouders van basisschool De Klimop", "de school en de ouderraad", "het schoolplein"]
)
def test_a_school_nearby_keeps_the_school_gate(tekst: str) -> None:
    assert not geen_schoolhek(tekst)


def test_a_negation_counts_only_in_its_own_clause() -> None:
    tekst = "niet via de werkgever, wel via de kerk"
    assert ontkend(tekst, tekst.index("werkgever"))
    assert not ontkend(tekst, tekst.index("kerk"))
    assert bevestigd(re.compile("kerk"), tekst) and not bevestigd(re.compile("werkgever"), tekst)


def test_a_route_that_rules_out_the_employer_is_no_dependence_on_it() -> None:
    advies = advies_voor(maak(belanghebbenden=_partijen(via="hun werkgever en de moskee")))
    assert _regels(advies, "BELANG-AFHANKELIJK")
    for via in ("niet via hun werkgever, wel via de moskee", "de moskee, buiten de werkgever om"):
        advies = advies_voor(maak(belanghebbenden=_partijen(via=via)))
        assert not _regels(advies, "BELANG-AFHANKELIJK"), via
        assert "hun werkgever" not in " ".join(b.tekst for b in advies.bevindingen)


def test_a_business_named_with_a_negation_is_no_dependence() -> None:
    partijen = _partijen(via="de winkeliers waar zij een bijbaan hebben")
    advies = advies_voor(maak(belanghebbenden=partijen, initiatiefnemer="ondernemers"))
    assert _regels(advies, "BELANG-AFHANKELIJK")
    partijen = _partijen(via="niet via de winkeliers, maar via het jongerenwerk")
    advies = advies_voor(maak(belanghebbenden=partijen, initiatiefnemer="ondernemers"))
    assert not _regels(advies, "BELANG-AFHANKELIJK")


def _ouders(omschrijving: str | None = None, naam: str = "Ouders van jonge kinderen") -> Advies:
    partijen = copy.deepcopy(BASIS["belanghebbenden"])
    partijen.append(
        {
            "naam": naam,
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "bereikbaarheid": "moeilijk",
            "kenmerken": ["kinderen"],
        }
    )
    extra = {"omschrijving": omschrijving} if omschrijving else {}
    return advies_voor(maak(belanghebbenden=partijen, **extra))


def test_parents_are_met_at_the_school_gate_unless_the_case_says_otherwise() -> None:
    advies = _ouders()
    (route,) = _regels(advies, "BELANG-ROUTE")
    assert "schoolhek" in route.tekst
    assert "schoolhek" in _rij(advies, "Ouders van jonge kinderen")
    omschrijving = (
        BASIS["omschrijving"] + " De kinderen gaan met het leerlingenvervoer naar een school "
        "buiten de gemeente."
    )
    advies = _ouders(omschrijving)
    (route,) = _regels(advies, "BELANG-ROUTE")
    assert "schoolhek" not in route.tekst and "ouderraad van hun school" in route.tekst
    rij = _rij(advies, "Ouders van jonge kinderen")
    assert "bij het schoolhek, bij halen" not in rij and "niet bij het schoolhek" in rij
    # the group's own name says it, too
    advies = _ouders(naam="Ouders van kinderen die met het leerlingenvervoer naar school gaan")
    (route,) = _regels(advies, "BELANG-ROUTE")
    assert "schoolhek" not in route.tekst


def test_a_place_the_case_rejects_is_no_route_ruled_out() -> None:
    # a sentence about the group that says 'geen school naast hun huis' is about a place
    omschrijving = (
        BASIS["omschrijving"] + " Ouders van jonge kinderen willen geen school naast hun huis."
    )
    (route,) = _regels(_ouders(omschrijving), "BELANG-ROUTE")
    assert "schoolhek" in route.tekst
    assert geen_werkgever("", "Zij willen niet via de werkgever benaderd worden.")
    assert not geen_werkgever("", "Zij willen geen werkgever die de woning regelt.")


def test_a_sentence_about_another_group_does_not_rule_out_the_route() -> None:
    omschrijving = BASIS["omschrijving"] + " De seizoenswerkers willen niet via de werkgever."
    advies = _ouders(omschrijving)
    (route,) = _regels(advies, "BELANG-ROUTE")
    assert "schoolhek" in route.tekst


def test_a_route_the_case_rules_out_does_not_lead_to_a_werkvorm() -> None:
    from pionieren.analysis.mix.bereik import route_past
    from pionieren.input.model import Belanghebbende
    from pionieren.knowledge.load import builtin

    kennis = builtin()
    w = next(w for w in kennis.werkvormen if "kerk" in w.routes)
    groep = {"soort": "inwoners", "invloed": "laag", "belang": "hoog", "kenmerken": ["jongeren"]}
    assert route_past(w, Belanghebbende(naam="Jongeren", via="de kerk", **groep))
    assert not route_past(w, Belanghebbende(naam="Jongeren", via="niet via de kerk", **groep))


def test_working_people_the_case_keeps_away_from_the_employer() -> None:
    from pionieren.analysis.stakeholders import drempels
    from pionieren.input.model import Belanghebbende

    forensen = Belanghebbende(
        naam="Werkende forensen", soort="inwoners", invloed="laag", belang="hoog"
    )
    assert drempels(forensen) == ["werkenden"]
    zinnen = "Werkende forensen willen niet via hun werkgever benaderd worden."
    assert drempels(forensen, ("Werkende forensen\n", zinnen)) == ["werkenden_zonder_werkgever"]

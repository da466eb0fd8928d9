"""Dependence, a route still to find, and the dual role of a subsidised organisation
(review 27, 'blind voor afhankelijkheid en eigen belang')."""

from __future__ import annotations

import copy
from typing import Any

from helpers import BASIS, advies_voor, maak

from pionieren.analysis.result import Advies


def _partijen(**jongeren: Any) -> list[dict[str, Any]]:
    partijen = copy.deepcopy(BASIS["belanghebbenden"])
    for p in partijen:
        if p["naam"] == "Jongeren":
            p.update(jongeren)
    return partijen


def _regels(advies: Advies, regel: str) -> list[Any]:
    return [b for b in advies.bevindingen if b.regel == regel]


def _rij(advies: Advies, naam: str) -> str:
    return next(p.aanpak for p in advies.belanghebbenden if p.naam == naam)


def test_a_route_via_the_employer_asks_for_an_independent_route() -> None:
    advies = advies_voor(maak(belanghebbenden=_partijen(via="hun werkgever en de moskee")))
    (b,) = _regels(advies, "BELANG-AFHANKELIJK")
    assert b.ernst == "waarschuwing" and "hun werkgever" in b.tekst
    assert "onafhankelijke gespreksleider" in b.tekst
    # the gemeente runs it here: no 'not the initiator' when the gemeente took the initiative
    assert "niet de initiatiefnemer" not in b.tekst
    assert "onafhankelijke weg" in _rij(advies, "Jongeren")


def test_a_route_via_a_business_for_the_plan_is_dependence_and_the_gemeente_reaches_them() -> None:
    partijen = _partijen(via="de winkeliers waar zij een bijbaan hebben")
    advies = advies_voor(maak(belanghebbenden=partijen, initiatiefnemer="ondernemers"))
    (b,) = _regels(advies, "BELANG-AFHANKELIJK")
    assert "Winkeliers" in b.waarden["partijen"]
    assert "Laat de gemeente het gesprek voeren, niet de initiatiefnemer" in b.tekst
    for m in advies.mix:
        if "Jongeren" in m.voor:
            assert m.organisator != "initiatiefnemer"


def test_an_independent_route_is_no_dependence() -> None:
    for via in ("het jongerenwerk en de sportclub", "de school", "de bibliotheek waar zij leren"):
        advies = advies_voor(maak(belanghebbenden=_partijen(via=via)))
        assert not _regels(advies, "BELANG-AFHANKELIJK"), via
    # a business that is against the plan or neutral is not the party with a stake in it
    partijen = _partijen(via="de winkeliers")
    partijen[1]["houding"] = "neutraal"
    assert not _regels(advies_voor(maak(belanghebbenden=partijen)), "BELANG-AFHANKELIJK")


def test_no_route_makes_finding_one_the_first_action_with_candidates_per_kenmerk() -> None:
    advies = advies_voor(maak(belanghebbenden=_partijen(via=None)))
    eerste = next(b for b in advies.bevindingen if b.ernst == "waarschuwing")
    assert eerste.regel == "BELANG-ROUTE"
    assert "school en mentoren" in eerste.tekst and "peer-onderzoekers" in eerste.tekst
    assert "vraag wie zij vertrouwen" not in _rij(advies, "Jongeren")
    ouderen = _partijen(via=None, kenmerken=["ouderen"])
    (b,) = _regels(advies_voor(maak(belanghebbenden=ouderen)), "BELANG-ROUTE")
    assert "de ouderenbond" in b.tekst and "huisarts" not in b.tekst and "school" not in b.tekst


def test_a_known_route_or_an_easy_group_needs_no_route_finding() -> None:
    advies = advies_voor(maak(belanghebbenden=_partijen(via="het jongerenwerk")))
    assert not _regels(advies, "BELANG-ROUTE")
    advies = advies_voor(maak(belanghebbenden=_partijen(via=None, bereikbaarheid="goed")))
    assert not _regels(advies, "BELANG-ROUTE")
    # without a kenmerk there is no candidate to name: the row asks whom they trust
    advies = advies_voor(maak(belanghebbenden=_partijen(via=None, kenmerken=[])))
    assert not _regels(advies, "BELANG-ROUTE")
    assert "vraag wie zij vertrouwen" in _rij(advies, "Jongeren")


def test_several_groups_without_a_route_share_one_action() -> None:
    partijen = _partijen(via=None)
    partijen.append(
        {
            "naam": "Ouderen",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "kenmerken": ["ouderen"],
            "bereikbaarheid": "matig",
        }
    )
    (b,) = _regels(advies_voor(maak(belanghebbenden=partijen)), "BELANG-ROUTE")
    assert (
        "de ouderenbond" in b.tekst
        and "huisarts" not in b.tekst
        and "school en mentoren" in b.tekst
    )


_WELZIJN = {
    "omschrijving": (
        "De gemeente geeft al jaren subsidie aan Stichting Buurtwerk. Vanaf 2029 komt er een nieuwe "
        "welzijnsopdracht. De raad kiest of die wordt aanbesteed."
    ),
}


def _met_stichting(**wijziging: Any) -> list[dict[str, Any]]:
    partijen = copy.deepcopy(BASIS["belanghebbenden"])
    partijen.append(
        {
            "naam": "Stichting Buurtwerk",
            "soort": "maatschappelijke_organisatie",
            "invloed": "middel",
            "belang": "hoog",
            **wijziging,
        }
    )
    return partijen


def test_a_subsidised_organisation_that_may_tender_has_a_dual_role() -> None:
    advies = advies_voor(maak(belanghebbenden=_met_stichting(), **_WELZIJN))
    (b,) = _regels(advies, "BELANG-DUBBELE-ROL")
    assert b.ernst == "waarschuwing"
    assert "apart en openbaar" in b.tekst and "niet mee schrijven" in b.tekst
    assert "redelijke termijn" in b.tekst and "inschrijvers gelijk" in b.tekst
    assert b.bronnen == ["awb-4-51", "aanbestedingswet-1-8"]
    assert "inschrijver" in _rij(advies, "Stichting Buurtwerk")
    # art. 4:51 is said once, with the dual role
    assert not [x for x in advies.bevindingen if x.sleutel == "WET-KADER.subsidie"]


def test_no_dual_role_without_a_new_opdracht_or_without_the_organisation_named() -> None:
    vast = {"omschrijving": "De gemeente geeft nu subsidie aan Stichting Buurtwerk voor het plein."}
    advies = advies_voor(maak(belanghebbenden=_met_stichting(), **vast))
    assert not _regels(advies, "BELANG-DUBBELE-ROL")
    anders = {"omschrijving": "Vanaf 2029 komt er een nieuwe welzijnsopdracht voor de wijk."}
    advies = advies_voor(maak(belanghebbenden=_met_stichting(), **anders))
    assert not _regels(advies, "BELANG-DUBBELE-ROL")


def test_a_contract_that_stays_is_no_new_opdracht() -> None:
    tekst = {
        "omschrijving": (
            "Het contract met Stichting Buurtwerk loopt tot 2031. Wij richten het plein opnieuw in."
        )
    }
    advies = advies_voor(maak(belanghebbenden=_met_stichting(), **tekst))
    assert not _regels(advies, "BELANG-DUBBELE-ROL")


def test_client_participation_cites_the_articles_of_the_law() -> None:
    advies = advies_voor(maak(beleidsveld="jeugdhulp en Wmo"))
    (b,) = [x for x in advies.bevindingen if x.sleutel == "WET-CLIENTENPARTICIPATIE"]
    assert b.bronnen == ["jeugdwet-2-10", "wmo-2-1-3"]
    advies = advies_voor(maak(beleidsveld="Wmo en welzijn"))
    (b,) = [x for x in advies.bevindingen if x.sleutel == "WET-CLIENTENPARTICIPATIE"]
    assert b.bronnen == ["wmo-2-1-3", "jeugdwet-2-10"]


#: A second group whose route runs via a party with a stake (its landlord).
OUDEREN_IN_DE_FLAT = {
    "naam": "Ouderen in de flat",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
    "kenmerken": ["ouderen"],
    "bereikbaarheid": "matig",
    "via": "hun verhuurder",
}


def test_several_dependent_routes_share_one_warning() -> None:
    """The advice (an independent route and chair) is the same for every group whose route runs
    via a party with a stake: one warning names each group with its route (issue 9: the same
    paragraph per group made the list long)."""
    partijen = _partijen(via="hun werkgever")
    partijen.append(OUDEREN_IN_DE_FLAT)
    (b,) = _regels(advies_voor(maak(belanghebbenden=partijen)), "BELANG-AFHANKELIJK")
    assert "De weg naar jongeren loopt via hun werkgever; die naar ouderen in de flat via hun " in (
        b.tekst
    )
    assert b.tekst.count("onafhankelijke gespreksleider") == 1
    assert "Die hebben zelf belang" in b.tekst and "Langs die wegen" in b.tekst


def test_a_church_or_mosque_is_named_only_for_the_groups_that_point_to_one() -> None:
    partijen = _partijen(naam="Moslimjongeren", via="hun werkgever")
    partijen.append(OUDEREN_IN_DE_FLAT)
    (b,) = _regels(advies_voor(maak(belanghebbenden=partijen)), "BELANG-AFHANKELIJK")
    assert (
        "een zelforganisatie of sleutelpersonen (voor moslimjongeren ook een kerk of moskee)"
        in (b.tekst)
    )


def test_the_independent_routes_the_case_names_are_used_first() -> None:
    """Review 62c: seasonal workers reached via 'een Poolse en een Roemeense sleutelfiguur, de
    zondagsmis in het Pools in de Sint-Jozefkerk en de uitzendbureaus' were told to find 'een
    zelforganisatie, sleutelpersonen, een kerk of moskee'. The case already named those."""
    partijen = _partijen(via="hun werkgever en de moskee")
    partijen.append(OUDEREN_IN_DE_FLAT)
    (b,) = _regels(advies_voor(maak(belanghebbenden=partijen)), "BELANG-AFHANKELIJK")
    assert "Gebruik vooral de andere wegen die het vraagstuk noemt: voor jongeren de moskee." in (
        b.tekst
    )
    # the group without an independent route of its own still gets the general advice
    assert "Zoek een onafhankelijke weg erbij voor ouderen in de flat: een zelforganisatie" in (
        b.tekst
    )
    assert "kerk of moskee" not in b.tekst


def test_a_route_part_that_is_no_independent_route_is_not_offered() -> None:
    # the employer's canteen, a folder or a season are no independent route
    for via in ("hun werkgever en de kantine van de groothandel", "hun werkgever, met een folder"):
        (b,) = _regels(advies_voor(maak(belanghebbenden=_partijen(via=via))), "BELANG-AFHANKELIJK")
        assert "Gebruik vooral de andere wegen" not in b.tekst, via
        assert "Zoek een onafhankelijke weg erbij: een zelforganisatie" in b.tekst, via


def test_landlords_reached_via_landlords_depend_on_no_one() -> None:
    """Review 62c: 'die naar particuliere verhuurders via hun verhuurders. Die hebben zelf
    belang bij de uitkomst' for the landlords themselves."""
    partijen = _partijen()
    partijen.append(
        {
            "naam": "Particuliere verhuurders",
            "soort": "ondernemers",
            "invloed": "laag",
            "belang": "hoog",
            "bereikbaarheid": "moeilijk",
            "via": "de drie grote verhuurders direct, de kleine met een brief",
        }
    )
    advies = advies_voor(maak(belanghebbenden=partijen))
    assert not _regels(advies, "BELANG-AFHANKELIJK")
    # a group named for the relation still depends on its landlord
    partijen[-1] = {**OUDEREN_IN_DE_FLAT, "naam": "Huurders van particuliere verhuurders"}
    (b,) = _regels(advies_voor(maak(belanghebbenden=partijen)), "BELANG-AFHANKELIJK")
    assert "via hun verhuurder" in b.tekst


def test_a_plural_route_takes_a_plural_verb() -> None:
    (b,) = _regels(
        advies_voor(maak(belanghebbenden=_partijen(via="hun uitzendbureaus"))),
        "BELANG-AFHANKELIJK",
    )
    assert "via hun uitzendbureaus. Die hebben zelf belang" in b.tekst

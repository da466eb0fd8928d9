"""Reach by a group's own features, not only by how hard it is to reach (review 55d, fault 1):
no 'direct talk' with a crowd no one speaks for, and no personal contact person offered to
people who must stay unknown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import BASIS, DATUM, ONTWIKKELCASUSSEN, advies_voor, casus, maak, rapport_gegevens

from pionieren.analysis.mix.bereik import anoniem, zonder_woordvoerder
from pionieren.input.model import Belanghebbende
from pionieren.safe_text import comparable_name

_DIRECT = "direct gesprek"


def _losse_tegenstanders(**extra: Any) -> dict[str, Any]:
    """Demonstrators from all over the country: against, with influence, no contact person."""
    return {
        "naam": "Demonstranten van elders",
        "soort": "inwoners",
        "invloed": "middel",
        "belang": "middel",
        "houding": "tegen",
        "bereikbaarheid": "moeilijk",
        "aantal": 150,
        "meervoud": True,
        **extra,
    }


def _zinnen_over(advies: Any, naam: str) -> list[str]:
    """The sentences of the design's reasons that name this group."""
    sleutel = comparable_name(naam)
    return [
        zin for m in advies.mix for zin in m.waarom.split(". ") if sleutel in comparable_name(zin)
    ]


def test_no_direct_talk_with_a_crowd_no_one_speaks_for() -> None:
    groep = _losse_tegenstanders()
    assert zonder_woordvoerder(Belanghebbende(**groep))
    advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"], groep]))
    zinnen = _zinnen_over(advies, groep["naam"])
    assert zinnen, "the group is named in the design"
    assert not any(_DIRECT in z for z in zinnen), zinnen
    assert any("openbare oproep" in m.waarom for m in advies.mix)


def test_a_group_with_a_route_or_a_body_still_gets_its_own_talk() -> None:
    # the same opponents with a route the case names: someone can be spoken
    met_route = _losse_tegenstanders(via="de kennisgever van de demonstratie")
    assert not zonder_woordvoerder(Belanghebbende(**met_route))
    advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"], met_route]))
    assert any(_DIRECT in z for z in _zinnen_over(advies, met_route["naam"]))
    # a small group named in the singular meets: it has people to speak
    klein = _losse_tegenstanders(naam="Gebedsgroep", aantal=25, meervoud=False)
    assert not zonder_woordvoerder(Belanghebbende(**klein))


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_no_case_promises_a_direct_talk_to_a_group_without_a_spokesperson(pad: Path) -> None:
    advies, v, _ = rapport_gegevens(pad, DATUM)
    for p in v.belanghebbenden:
        if zonder_woordvoerder(p):
            zinnen = _zinnen_over(advies, p.naam)
            assert not any(_DIRECT in z for z in zinnen), (pad.stem, p.naam, zinnen)


_VAST = "één vast aanspreekpunt en een persoonlijk gesprek"


def _bezoekers(**extra: Any) -> dict[str, Any]:
    return {
        "naam": "Bezoekers van de opvang",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "bereikbaarheid": "moeilijk",
        "meervoud": True,
        "via": "de medewerkers van de opvang, met een korte vragenlijst, zonder naam",
        **extra,
    }


def _met_zorg(groep: dict[str, Any]) -> Any:
    zorg = {"zorg": "Word ik herkend als ik daar binnenga?", "van": [groep["naam"]]}
    return advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"], groep], zorgen=[zorg]))


def test_people_who_must_stay_unknown_answer_without_a_name_first() -> None:
    groep = _bezoekers()
    assert anoniem(Belanghebbende(**groep))
    advies = _met_zorg(groep)
    stappen = [m for m in advies.mix if groep["naam"] in m.voor]
    assert stappen
    assert not any(_VAST in m.waarom for m in stappen), [m.waarom for m in stappen]
    assert any("zonder naam" in m.waarom and "zelf om vraagt" in m.waarom for m in stappen)
    # the same worry of people who may be known: the contact person is offered
    bekend = _bezoekers(via="de medewerkers van de opvang")
    assert not anoniem(Belanghebbende(**bekend))
    assert any(_VAST in m.waarom for m in _met_zorg(bekend).mix)


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_no_case_offers_a_contact_person_to_people_who_must_stay_unknown(pad: Path) -> None:
    advies, v, _ = rapport_gegevens(pad, DATUM)
    onbekend = {p.naam for p in v.belanghebbenden if anoniem(p)}
    for m in advies.mix:
        if onbekend & set(m.voor):
            assert _VAST not in m.waarom, (pad.stem, m.naam, m.waarom)


_AANBIEDER = {
    "naam": "Stichting Welzijn Teststad",
    "soort": "maatschappelijke_organisatie",
    "invloed": "middel",
    "belang": "hoog",
    "houding": "tegen",
    "meervoud": False,
}


def _jongeren(via: str) -> dict[str, Any]:
    return {
        "naam": "Jongeren op hangplekken",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "bereikbaarheid": "moeilijk",
        "kenmerken": ["jongeren"],
        "meervoud": True,
        "via": via,
    }


def _bewaking(advies: Any) -> list[str]:
    return [m.waarom for m in advies.mix if "zelf belang bij het besluit" in m.waarom]


def test_a_gatekeeper_with_a_stake_of_its_own_does_not_lead_the_talk() -> None:
    jong = _jongeren("de jongerenwerkers van Stichting Welzijn Teststad")
    advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"], _AANBIEDER, jong]))
    teksten = _bewaking(advies)
    assert len(teksten) == 1
    assert "Stichting Welzijn Teststad" in teksten[0]
    assert "de gemeente voert het gesprek zelf" in teksten[0].lower()
    # the same organisation without a stake against the plan is a plain route
    neutraal = {**_AANBIEDER, "houding": "neutraal"}
    advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"], neutraal, jong]))
    assert not _bewaking(advies)


def test_a_body_of_members_on_the_route_is_the_groups_own_voice() -> None:
    # a residents' association against the plan speaks for its residents: no guard
    vereniging = {**_AANBIEDER, "naam": "Bewonersvereniging Teststad"}
    buren = {**_jongeren("de Bewonersvereniging Teststad"), "kenmerken": []}
    advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"], vereniging, buren]))
    assert not _bewaking(advies)


_BEERZELO = "review53/leerlingenvervoer-verordening-beerzelo"


def _reactieronde_draagt(a: Any) -> bool:
    return any(
        p.uitleg is not None
        and p.uitleg.sleutel == "FASE.reactie"
        and "toegezegd" in p.uitleg.waarden
        for p in a.planning
    )


def test_a_promise_to_hard_to_reach_people_stays_where_they_are_reached() -> None:
    """Review 55d (Beerzelo): the raad promised overloaded parents that they advise; the
    advice moved to the written round for everyone ('elke reactie krijgt antwoord in de
    reactienota'), the form those parents do not use."""
    v = casus(_BEERZELO)
    a = advies_voor(v)
    assert not _reactieronde_draagt(a)
    (drager,) = [m for m in a.mix if any(r.sleutel == "MIX-TOEZEGGING" for r in m.redenen)]
    assert any(
        p.bereikbaarheid.value == "moeilijk" and p.naam in drager.voor for p in v.belanghebbenden
    )
    # the same promise to people who are easy to reach: the round for everyone carries it
    data = v.model_dump(mode="json", exclude_none=True)
    for p in data["belanghebbenden"]:
        if p["soort"] == "inwoners":
            p["bereikbaarheid"] = "goed"
    assert _reactieronde_draagt(advies_voor(type(v).model_validate(data)))


def test_a_counted_set_of_households_with_children_is_reached_at_home() -> None:
    """Review 61a (ligplaatsen): four households that must move their boats, kenmerk kinderen
    and easy to reach, were said not to be reached by the kitchen-table talks and sent 'via de
    school ... met toestemming van de ouders'. The household is reached at its own table."""
    from pionieren.analysis.mix.bereik import eigen_kenmerken
    from pionieren.analysis.stakeholders import kinderen_onder_hen

    huishoudens = {
        "naam": "De vier huishoudens aan de Lage Kade",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "houding": "tegen",
        "bereikbaarheid": "goed",
        "kenmerken": ["kinderen"],
        "aantal": 11,
        "meervoud": True,
    }
    groep = Belanghebbende(**huishoudens)
    assert kinderen_onder_hen(groep) and not eigen_kenmerken(groep)
    # children named as such stay children
    kinderen = Belanghebbende(**{**huishoudens, "naam": "Kinderen uit gezinnen met weinig geld"})
    assert eigen_kenmerken(kinderen)
    advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"], huishoudens]))
    teksten = " ".join(
        [*(m.waarom for m in advies.mix), *(str(b.waarden) for b in advies.bevindingen)]
    )
    assert "toestemming van de ouders" not in teksten


def test_who_speaks_only_in_confidence_is_not_in_an_associations_meeting() -> None:
    """Review 61a (ligplaatsen): the residents of six tolerated boats, 'een eerste gesprek aan
    boord, niet op een bijeenkomst', sat in the klankbordgroep the boat owners' association
    proposed, as if they were its members. They get a form of their own; the case could still
    name them for the meeting itself."""
    vereniging = {
        "naam": "Vereniging Woonbootbewoners",
        "soort": "maatschappelijke_organisatie",
        "invloed": "hoog",
        "belang": "hoog",
        "houding": "tegen",
    }
    gedoogd = {
        "naam": "Bewoners van de gedoogde woonboten",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "houding": "tegen",
        "bereikbaarheid": "moeilijk",
        "aantal": 9,
        "meervoud": True,
        "via": "de Vereniging Woonbootbewoners en een gesprek aan boord, niet op een bijeenkomst",
    }
    bord = {
        "id": "klankbordgroep",
        "status": "voorgesteld",
        "door": "Vereniging Woonbootbewoners",
        "voor": "de eisen en de maten van de woonboten",
    }
    groepen = [*BASIS["belanghebbenden"], vereniging, gedoogd]
    advies = advies_voor(maak(belanghebbenden=groepen, werkvormen=[bord]))
    (kbg,) = [m for m in advies.mix if m.werkvorm == "klankbordgroep"]
    assert gedoogd["naam"] not in kbg.voor
    assert any(gedoogd["naam"] in m.voor for m in advies.mix if m.werkvorm != "terugkoppeling")
    # named by the case for this meeting, they stay: the case chose it
    genoemd = {**bord, "voor": "de bewoners van de gedoogde woonboten"}
    advies = advies_voor(maak(belanghebbenden=groepen, werkvormen=[genoemd]))
    (kbg,) = [m for m in advies.mix if m.werkvorm == "klankbordgroep"]
    assert gedoogd["naam"] in kbg.voor

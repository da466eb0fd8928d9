"""Roles that follow the case: who made a toezegging and how it is watched (ROL-RAAD,
ROL-GRIFFIE, ROL-COLLEGE), executing parties (ROL-UITVOERDERS) and blocking partners first
(MIX-PARTNERS-EERST). Review 33 and 32b."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor, check_invariants, maak

from pionieren.analysis.result import Advies, Rol

BRANDWEER = {"naam": "Brandweer", "soort": "overheid", "invloed": "hoog", "belang": "laag"}


def _taken(advies: Advies) -> dict[Rol, str]:
    return {t.rol: t.taak for t in advies.rolverdeling}


def _besluit(door: str, toezegging: dict[str, Any] | None = None) -> dict[str, Any]:
    besluit: dict[str, Any] = {"door": door}
    if toezegging is not None:
        besluit["toezegging"] = toezegging
    return besluit


# ------------------------------------------------------------- the toezegging in the roles


def test_a_raad_toezegging_the_college_must_keep_is_watched_by_the_raad() -> None:
    """Heuvelrade: the raad itself promised advice; the college decides."""
    toezegging = {"door": "raad", "trede": "adviseren", "tekst": "Bewoners geven advies."}
    advies = advies_voor(maak(besluit=_besluit("college", toezegging)))
    taken = _taken(advies)
    assert "controleert achteraf het proces" not in taken[Rol.raad]
    assert "bewaakt in de commissie zijn eigen toezegging" in taken[Rol.raad]
    assert (
        "eigen toezegging van de raad op de lijst van moties en toezeggingen"
        in (taken[Rol.griffie])
    )
    assert "hoe het de toezegging nakwam" in taken[Rol.college]


def test_a_wethouders_toezegging_in_the_commissie_goes_on_the_toezeggingenlijst() -> None:
    """Eemvliet: the wethouder promised in the raadscommissie."""
    toezegging = {
        "door": "college",
        "trede": "raadplegen",
        "tekst": "De wethouder zegde in de raadscommissie toe dat iedereen antwoord krijgt.",
    }
    taken = _taken(advies_voor(maak(besluit=_besluit("college", toezegging))))
    assert (
        "bewaakt in de commissie de toezegging van de wethouder die daar is gedaan"
        in (taken[Rol.raad])
    )
    assert taken[Rol.griffie].startswith("Zet de toezegging van de wethouder op de")
    # said once, in the decision, not twice
    assert taken[Rol.college].count("toezegging") == 1


def test_a_college_toezegging_without_a_wethouder_or_commissie_names_the_college() -> None:
    toezegging = {"door": "college", "trede": "adviseren", "tekst": "Wij nemen het advies over."}
    taken = _taken(advies_voor(maak(besluit=_besluit("college", toezegging))))
    assert taken[Rol.raad].endswith("bewaakt in de commissie de toezegging van het college.") or (
        "bewaakt in de commissie de toezegging van het college" in taken[Rol.raad]
    )
    assert "die daar is gedaan" not in taken[Rol.raad]


def test_the_raad_that_decides_keeps_its_own_toezegging() -> None:
    toezegging = {"door": "raad", "trede": "adviseren"}
    advies = advies_voor(maak(besluit=_besluit("raad", toezegging)))
    taken = _taken(advies)
    assert "houdt zich bij het besluit aan zijn eigen toezegging" in taken[Rol.raad]
    assert "zegt bij het voorstel hoe het de toezegging nakwam" in taken[Rol.college]
    check_invariants(maak(besluit=_besluit("raad", toezegging)), advies)


def test_a_motie_without_a_toezegging_is_on_the_motielijst() -> None:
    v = maak(
        besluit=_besluit("college"),
        aanleiding="De raad nam in maart een motie aan die om een nieuw plein vraagt.",
    )
    taken = _taken(advies_voor(v))
    assert "motielijst" in taken[Rol.griffie]
    assert "controleert achteraf het proces" in taken[Rol.raad]


def test_no_toezegging_and_no_motie_keeps_the_general_roles() -> None:
    taken = _taken(advies_voor(maak(besluit=_besluit("college"))))
    assert "toezegging" not in taken[Rol.raad] and "toezegging" not in taken[Rol.griffie]
    # the college decides: the raad does not discuss it, it reads a raadsinformatiebrief
    # (review 50a: 'zet de bespreking in de planning van de raad')
    assert taken[Rol.griffie].startswith(
        "Zorgt dat de raadsinformatiebrief van het college alle raadsleden bereikt; de raad "
        "besluit hier niet"
    )
    assert "bespreking" not in taken[Rol.griffie]
    burgemeester = _taken(advies_voor(maak(besluit=_besluit("burgemeester"))))
    assert "raadsinformatiebrief van de burgemeester" in burgemeester[Rol.griffie]
    assert "toezegging" not in taken[Rol.college]


def test_a_bestuurscommissie_toezegging_is_not_on_the_raads_list() -> None:
    toezegging = {"door": "bestuurscommissie", "trede": "adviseren"}
    taken = _taken(advies_voor(maak(besluit=_besluit("bestuurscommissie", toezegging))))
    assert "toezeggingenlijst" not in taken[Rol.griffie]


# ------------------------------------------------------------------- executing parties


def _volledig(p: dict[str, Any]) -> dict[str, Any]:
    return {"invloed": "hoog", "belang": "middel", **p}


def _met(*partijen: dict[str, Any], **meer: Any) -> Advies:
    basis = maak().model_dump(mode="json", exclude_none=True)["belanghebbenden"]
    return advies_voor(maak(belanghebbenden=[*basis, *map(_volledig, partijen)], **meer))


def test_a_concessiehouder_gets_a_role_and_a_place_before_the_decision() -> None:
    """Eemvliet: the concessiehouder had no role and no place in the design."""
    laadnet = {
        "naam": "Concessiehouder Laadnet Midden",
        "soort": "ondernemers",
        "invloed": "hoog",
        "belang": "hoog",
    }
    advies = _met(laadnet)
    taken = _taken(advies)
    assert (
        "Concessiehouder Laadnet Midden voert uit volgens de afspraken in de concessie"
        in (taken[Rol.uitvoerders])
    )
    assert any(
        "Concessiehouder Laadnet Midden" in m.voor
        and m.fase.value in ("voorbereiden", "ophalen", "verdiepen", "toetsen")
        for m in advies.mix
    )


def test_a_netbeheerder_is_in_the_first_overleg_and_says_so() -> None:
    net = {"naam": "Netbeheerder Voltanet", "soort": "ondernemers", "invloed": "hoog"}
    advies = _met(net)
    assert (
        "Netbeheerder Voltanet beslist zelf over aansluitingen op het net"
        in (_taken(advies)[Rol.uitvoerders])
    )
    assert "in het eerste overleg, vóór de brede ronde" in _taken(advies)[Rol.uitvoerders]


def test_a_party_deciding_an_open_point_stays_with_the_other_parties() -> None:
    net = {"naam": "Netbeheerder Voltanet", "soort": "ondernemers", "invloed": "hoog"}
    punt = {"onderwerp": "De volgorde van aansluiten.", "door": "anders"}
    punt["partij"] = "Netbeheerder Voltanet"
    advies = _met(net, kaders_open=["De indeling van het plein.", punt])
    assert Rol.uitvoerders not in _taken(advies)
    assert "Netbeheerder Voltanet" in _taken(advies)[Rol.anderen]


def test_neighbours_and_a_grantor_are_no_executing_parties() -> None:
    """A zorgaanbieder next to a coffeeshop is a neighbour; huurders are inwoners; the provincie
    grants the concession; a 'vervoerder' later in a name is not the operator."""
    partijen = [
        {
            "naam": "Zorgaanbieder Peelzorg",
            "soort": "maatschappelijke_organisatie",
            "belang": "hoog",
        },
        {"naam": "Huurders van Woonstichting De Terp", "soort": "inwoners"},
        {"naam": "Provincie als concessieverlener", "soort": "overheid"},
        {"naam": "ProRail en vervoerder", "soort": "anders"},
        {"naam": "Woningcorporatie Kempenhuis", "soort": "maatschappelijke_organisatie"},
    ]
    assert Rol.uitvoerders not in _taken(_met(*partijen))


def test_a_zorgaanbieder_in_a_care_case_carries_it_out() -> None:
    zorg = {"naam": "Zorgaanbieders Wmo", "soort": "ondernemers", "belang": "hoog"}
    advies = _met(zorg, omschrijving="Hoe kopen we de Wmo-ondersteuning opnieuw in?")
    assert "Zorgaanbieders Wmo voeren de zorg uit" in _taken(advies)[Rol.uitvoerders]


# ---------------------------------------------------------------- blocking partners first


def _overleg(advies: Advies) -> Any:
    return next(m for m in advies.mix if m.werkvorm == "partneroverleg")


def test_hulpdiensten_and_the_bus_are_met_before_the_broad_round() -> None:
    """Ringdorp: police, hulpdiensten and the bus came in March, after the broad round."""
    bus = {"naam": "Busvervoerder Regiolijn", "soort": "ondernemers", "invloed": "hoog"}
    politie = {"naam": "Politie, basisteam", "soort": "overheid", "invloed": "hoog"}
    advies = _met(bus, politie, besluit={"door": "college", "procedure": "verkeersbesluit"})
    overleg = _overleg(advies)
    assert overleg.fase.value == "voorbereiden"
    assert {"Brandweer", "Busvervoerder Regiolijn", "Politie, basisteam"} <= set(overleg.voor)
    # it starts before any round with inwoners, and its pitfall of coming too late is answered
    eerste = min(
        m.start for m in advies.mix if m.fase.value in ("ophalen", "verdiepen") and m.start
    )
    assert overleg.start is not None and overleg.start < eerste
    assert not any("te laat" in v for v in overleg.valkuilen)
    assert "MIX-PARTNERS-EERST" in overleg.regels


def test_the_police_outside_a_verkeersbesluit_is_not_moved_first() -> None:
    politie = {"naam": "Politie, basisteam", "soort": "overheid", "invloed": "hoog"}
    basis = [
        p for p in maak().model_dump(mode="json")["belanghebbenden"] if p["naam"] != "Brandweer"
    ]
    advies = advies_voor(maak(belanghebbenden=[*basis, _volledig(politie)]))
    assert all("MIX-PARTNERS-EERST" not in m.regels for m in advies.mix)
    overleg = _overleg(advies)
    assert overleg.fase.value != "voorbereiden"


def test_the_preparation_is_not_longer_for_the_overleg() -> None:
    """The overleg starts in the preparation; the calendar of the rounds does not move."""
    zonder = [
        p for p in maak().model_dump(mode="json")["belanghebbenden"] if p["naam"] != "Brandweer"
    ]
    met = advies_voor(maak())
    kaal = advies_voor(maak(belanghebbenden=zonder))
    eind = {p.fase: p.eind for p in met.planning}
    eind_kaal = {p.fase: p.eind for p in kaal.planning}
    assert eind[met.planning[0].fase] == eind_kaal[kaal.planning[0].fase]


def test_police_named_with_the_hulpdiensten_comes_first_also_outside_traffic() -> None:
    """Vuurwerk: 'Brandweer, ambulancedienst en politie' is a hulpdienst partner."""
    samen = {"naam": "Brandweer, ambulancedienst en politie", "soort": "overheid"}
    basis = [
        p for p in maak().model_dump(mode="json")["belanghebbenden"] if p["naam"] != "Brandweer"
    ]
    advies = advies_voor(maak(belanghebbenden=[*basis, _volledig(samen)]))
    assert _overleg(advies).fase.value == "voorbereiden"


def test_a_partner_that_advises_is_asked_what_can_not_said_to_co_decide() -> None:
    """Review 50a: 'Veiligheidsregio … bepaalt mee wat kan': a veiligheidsregio or the
    hulpdiensten advise on safety and access; they do not co-decide the gemeente's policy."""
    regio = {"naam": "Veiligheidsregio Noord", "soort": "overheid", "invloed": "hoog"}
    tekst = _overleg(_met(regio)).model_dump_json()
    assert "Veiligheidsregio Noord" in tekst and "wat kan en wat niet" in tekst
    assert "bepaalt mee" not in tekst and "bepalen mee" not in tekst

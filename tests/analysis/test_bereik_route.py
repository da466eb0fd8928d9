"""Each form reaches the group it is for, by a route that group can use (review 33): parents
are not pupils, care-home residents are reached through the home, a form an organisation
proposed is first for the group it speaks for, no online route for who is not online."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from helpers import BASIS, advies_voor, maak

from pionieren.analysis.mix.bereik import bedient, eigen_kenmerken
from pionieren.analysis.result import Advies
from pionieren.analysis.stakeholders import drempels, route_kenmerken
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Kenmerk

CASES = Path(__file__).resolve().parents[1] / "cases"


def _groep(naam: str, **extra: Any) -> dict[str, Any]:
    return {"naam": naam, "soort": "inwoners", "invloed": "laag", "belang": "hoog", **extra}


def _case(naam: str) -> tuple[Any, Advies]:
    pad = CASES / f"{naam}.yaml"
    vraagstuk = load_vraagstuk(pad, pad.name)
    return vraagstuk, advies_voor(vraagstuk)


def _met(groep: dict[str, Any]) -> list[dict[str, Any]]:
    partijen = copy.deepcopy(BASIS["belanghebbenden"])
    return [p for p in partijen if p["naam"] != "Jongeren"] + [groep]


def _bevinding(advies: Advies, regel: str) -> str:
    return " ".join(b.tekst for b in advies.bevindingen if b.regel == regel)


def test_parents_are_not_reached_by_a_school_project_but_at_the_school_gate() -> None:
    school = builtin().werkvorm("scholenproject")
    ouders = Belanghebbende(**_groep("Ouders van basisschool De Regenboog", kenmerken=["kinderen"]))
    leerlingen = Belanghebbende(**_groep("Leerlingen van De Regenboog", kenmerken=["kinderen"]))
    assert not bedient(school, ouders)
    assert bedient(school, leerlingen)
    assert eigen_kenmerken(ouders) == set()
    assert drempels(ouders) == ["ouders"]
    assert route_kenmerken(ouders) == ["ouders"]
    # families named by their children are reached through the parents (review 38)
    gezinnen = Belanghebbende(
        **_groep("Gezinnen met jonge kinderen aan het Vennegoor", kenmerken=["kinderen"])
    )
    assert eigen_kenmerken(gezinnen) == set() and drempels(gezinnen) == ["ouders"]
    laag = Belanghebbende(**_groep("Gezinnen met een laag inkomen", kenmerken=["kinderen"]))
    assert eigen_kenmerken(laag) == {Kenmerk.kinderen}  # no certainty: left as the case says
    # parents and children together stay a group with children
    samen = Belanghebbende(**_groep("Ouders en kinderen uit de buurt", kenmerken=["kinderen"]))
    assert eigen_kenmerken(samen) == {Kenmerk.kinderen}
    # parents of children in care: their obstacle is the dependence on that care
    zorg = Belanghebbende(
        **_groep("Ouders van kinderen in de jeugdhulp", kenmerken=["kinderen", "clienten"])
    )
    assert drempels(zorg) == ["clienten"]
    assert route_kenmerken(zorg) == ["clienten"]


def test_the_school_project_in_heuvelrade_is_not_for_the_parents() -> None:
    _, advies = _case("heuvelrade-stationsweg")
    for m in advies.mix:
        if m.werkvorm == "scholenproject":
            assert "Ouders van basisschool De Regenboog" not in m.voor
    rij = next(p for p in advies.belanghebbenden if p.naam.startswith("Ouders van"))
    assert "schoolhek" in rij.aanpak and "toestemming van de ouders" not in rij.aanpak


def test_care_home_residents_are_reached_through_the_home_not_the_mosque() -> None:
    groep = _groep(
        "Ouderen in zorgcentrum De Hofstee",
        bereikbaarheid="moeilijk",
        kenmerken=["ouderen", "digitaal_minder_vaardig"],
    )
    tekst = _bevinding(advies_voor(maak(belanghebbenden=_met(groep))), "BELANG-ROUTE")
    assert "activiteitenbegeleiding" in tekst and "cliëntenraad" in tekst
    assert "kerk" not in tekst and "ouderenbond" not in tekst


def test_a_church_or_mosque_only_for_a_group_defined_by_culture() -> None:
    ouderen = _groep("Ouderen in de wijk", bereikbaarheid="moeilijk", kenmerken=["ouderen"])
    tekst = _bevinding(advies_voor(maak(belanghebbenden=_met(ouderen))), "BELANG-ROUTE")
    assert "ouderenbond" in tekst and "kerk" not in tekst
    nieuw = _groep("Nieuwkomers", bereikbaarheid="moeilijk", kenmerken=["migratieachtergrond"])
    tekst = _bevinding(advies_voor(maak(belanghebbenden=_met(nieuw))), "BELANG-ROUTE")
    assert "kerk of moskee" in tekst
    # an independent route beside the landlord: no church for tenants as such
    huurders = _groep("Huurders", bereikbaarheid="moeilijk", via="hun verhuurder")
    tekst = _bevinding(advies_voor(maak(belanghebbenden=_met(huurders))), "BELANG-AFHANKELIJK")
    assert "zelforganisatie" in tekst and "kerk" not in tekst
    migranten = {**huurders, "kenmerken": ["migratieachtergrond"]}
    tekst = _bevinding(advies_voor(maak(belanghebbenden=_met(migranten))), "BELANG-AFHANKELIJK")
    assert "kerk of moskee" in tekst


def test_no_online_route_for_people_with_a_disability() -> None:
    groep = _groep(
        "Mensen met een visuele beperking", bereikbaarheid="matig", kenmerken=["beperking"]
    )
    advies = advies_voor(maak(belanghebbenden=_met(groep)))
    rij = next(p for p in advies.belanghebbenden if p.naam == groep["naam"])
    assert "toegankelijk" in rij.aanpak and "online" not in rij.aanpak


def test_a_form_proposed_by_an_advisory_body_is_first_for_the_group_it_speaks_for() -> None:
    _, advies = _case("laadpalen-plankaart-eemvliet")
    (schouw,) = [m for m in advies.mix if m.werkvorm == "schouw"]
    assert schouw.voor[0] == "Mensen met een visuele of lichamelijke beperking"
    assert "MIX-ACHTERBAN" in schouw.regels
    assert "voor mensen met een visuele of lichamelijke beperking" in schouw.waarom
    # an ouderenbond (KBO) proposes kitchen-table talks: first for the older people
    _, advies = _case("dorpshuis-bergenhout")
    (keuken,) = [m for m in advies.mix if m.werkvorm == "keukentafelgesprek"]
    assert "Ouderen die 't Trefpunt gebruiken" in keuken.voor[:2]


def test_a_form_the_college_proposed_has_no_group_of_its_own() -> None:
    # 'college' in the route of the pupils of the Wilgecollege is no organisation speaking
    _, advies = _case("burgerberaad-mobiliteit-wilgendam")
    for m in advies.mix:
        assert "MIX-ACHTERBAN" not in m.regels


def test_feedback_also_on_paper_where_people_are_not_online() -> None:
    _, advies = _case("laadpalen-plankaart-eemvliet")
    (terug,) = [m for m in advies.mix if m.werkvorm == "terugkoppeling"]
    assert any(r.sleutel == "MIX-TERUGKOPPELING.papier" for r in terug.redenen)
    assert "op papier" in terug.waarom
    _, advies = _case("dertig-kilometer-ringdorp")
    (terug,) = [m for m in advies.mix if m.werkvorm == "terugkoppeling"]
    assert not any(r.sleutel == "MIX-TERUGKOPPELING.papier" for r in terug.redenen)


def test_the_budget_names_the_costs_of_taking_part() -> None:
    _, advies = _case("mantelzorgbeleid-lingehoven")
    assert "vervangende zorg voor mantelzorgers" in advies.middelen.kosten_inclusie
    nieuw = _groep("Nieuwkomers", bereikbaarheid="moeilijk", kenmerken=["migratieachtergrond"])
    advies = advies_voor(maak(belanghebbenden=_met(nieuw)))
    assert advies.middelen.kosten_inclusie == ["een tolk of vertaling"]
    # no such group, no such cost
    assert advies_voor(maak()).middelen.kosten_inclusie == []


def test_young_carers_through_school_and_a_faith_group_through_its_church() -> None:
    jong = Belanghebbende(**_groep("Jonge mantelzorgers", kenmerken=["jongeren"]))
    assert route_kenmerken(jong) == ["jonge_mantelzorgers"]
    kerk = _groep(
        "Oud-parochianen met een graf op het kerkhof",
        bereikbaarheid="moeilijk",
        kenmerken=["ouderen"],
    )
    tekst = _bevinding(advies_voor(maak(belanghebbenden=_met(kerk))), "BELANG-ROUTE")
    assert "hun kerk of geloofsgemeenschap" in tekst
    groep = _groep("Jonge mantelzorgers", bereikbaarheid="moeilijk", kenmerken=["jongeren"])
    tekst = _bevinding(advies_voor(maak(belanghebbenden=_met(groep))), "BELANG-ROUTE")
    assert "zorgcoördinator" in tekst and "sportclub" not in tekst

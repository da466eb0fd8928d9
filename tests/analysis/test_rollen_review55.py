"""Roles and legal hooks a griffier checks (reviews 55b-d): the griffie serves only its own
raad, eigen bezit under another body, leges are the raad's, the presidium does not bind the
raad, money beyond the begroting goes via the raad, and a weight is no 'zelf kiezen'."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    BASIS,
    DATUM,
    ONTWIKKELCASUSSEN,
    advies_voor,
    casus,
    check_invariants,
    maak,
    rapport_gegevens,
)

from pionieren.analysis.law import sluitstuk, sluitstuk_bezit
from pionieren.analysis.mix.toezegging import gewicht
from pionieren.analysis.result import Advies, Rol
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Onderwerp, Vraagstuk
from pionieren.vocabulary import Beslisser, Trede

WATERSCHAP = "het algemeen bestuur van Waterschap De Lage Venen"
AB_LEDEN: dict[str, Any] = {
    "naam": "Leden van het algemeen bestuur van het waterschap",
    "soort": "politiek",
    "invloed": "hoog",
    "belang": "middel",
    "meervoud": True,
}


def _taak(advies: Advies, rol: Rol) -> str:
    return next((t.taak for t in advies.rolverdeling if t.rol is rol), "")


def test_the_griffie_does_not_serve_another_bodys_bestuur() -> None:
    v = maak(
        initiatiefnemer="andere_overheid",
        besluit={"door": "anders", "procedure": "anders", "orgaan": WATERSCHAP},
        belanghebbenden=[*BASIS["belanghebbenden"], AB_LEDEN],
        vakantieregio="midden",
        momenten=[
            {
                "wat": "De commissie bespreekt de zienswijze van de gemeente",
                "datum": "2027-06-10",
                "door": "commissie",
            }
        ],
    )
    advies = advies_voor(v)
    check_invariants(v, advies)
    # the griffie serves its own raad; the waterschap's members hear from their own body
    assert "algemeen bestuur" not in _taak(advies, Rol.griffie)
    leden = next(b for b in advies.belanghebbenden if b.naam == AB_LEDEN["naam"])
    assert [d.sleutel for d in leden.aanpak_delen] == ["BELANG-AANPAK.ander_bestuur"]
    # and no raadsinformatiebijeenkomst is planned for them
    assert not [m for m in advies.mix if m.werkvorm == "raadsinformatiebijeenkomst"]
    # a fractie of the raad still goes through the griffie
    fractie = {**AB_LEDEN, "naam": "Fracties in de gemeenteraad"}
    advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"], fractie]))
    assert "hoorzitting of werkbezoek" in _taak(advies, Rol.griffie)


# ------------------------------------------------- eigen bezit a project needs: houses too

WONINGEN = "De aankoop van de woningen die moeten wijken en de afspraken met elke eigenaar."


def test_the_houses_that_must_make_way_have_onteigening_behind_them() -> None:
    # review 55b, Ravenheide: 'Ook beslist: elk huishouden zelf' on the houses a variant removes
    assert sluitstuk(Onderwerp(onderwerp=WONINGEN, eigen_bezit=True, door="college")) == (
        "onteigening"
    )
    assert sluitstuk_bezit(Onderwerp(onderwerp=WONINGEN, eigen_bezit=True)) == "woning"
    # the owner's own house that no project takes stays his own
    eigen = "Welke aanpassingen elke eigen woning nodig heeft voor het warmtenet."
    assert sluitstuk(Onderwerp(onderwerp=eigen, eigen_bezit=True)) is None
    v = maak(
        besluit={"door": "raad", "procedure": "beleid"},
        kaders_open=[
            {"onderwerp": "Welke variant er komt.", "ruimte": "middel"},
            {"onderwerp": WONINGEN, "ruimte": "middel", "door": "college", "eigen_bezit": True},
        ],
    )
    advies = advies_voor(v)
    check_invariants(v, advies)
    (b,) = [b for b in advies.bevindingen if b.regel == "WET-SLUITSTUK"]
    # who decides the onteigening, and that the bestuursrechter confirms it (review 58b)
    assert "de gemeenteraad beslist, de rechter bekrachtigt" in b.tekst
    # whether a house must go follows from the omgevingsplan, not from the talk (art. 11.6 Ow)
    assert "als het omgevingsplan of projectbesluit dat nodig maakt (art. 11.6" in b.tekst
    assert "omgevingswet-11-6" in b.bronnen
    punt = next(o for o in advies.trede.onderwerpen if o.onderwerp.startswith("De aankoop"))
    assert punt.toezegging_deel is not None
    assert punt.toezegging_deel.waarden["bezit"] == "woning"


#: Words that say a project takes the owner's property (independent of the rule's own list).
_PROJECT_NEEMT = re.compile(r"\b(?:aankoop|wijken|onteigen\w*|verwerving)\b", re.IGNORECASE)


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_no_household_decides_on_property_a_project_takes(pad: Path) -> None:
    """Property: on eigen bezit a project needs (bought, making way), the report never names
    'elk huishouden' as the decider."""
    v = load_vraagstuk(pad, pad.name)
    punten = [p for p in v.kaders.open if p.eigen_bezit and _PROJECT_NEEMT.search(p.onderwerp)]
    if not punten:
        return
    _, _, data = rapport_gegevens(pad, DATUM)
    for p in punten:
        (rij,) = [r for r in data["per_onderwerp"] if p.onderwerp.startswith(r["onderwerp"])]
        assert "huishouden" not in rij["beslisser"] and "huishouden" not in rij["wie"], rij


# ------------------------------------------- eigen bezit within another body's scheme

MAATREGELEN = "Welke maatregelen elk melkveebedrijf op de eigen percelen neemt."


def _maatregelen(partij: str) -> tuple[Advies, dict[str, Any]]:
    v = maak(
        kaders_open=[
            {"onderwerp": "De indeling van het plein.", "ruimte": "middel"},
            {
                "onderwerp": MAATREGELEN,
                "ruimte": "groot",
                "door": "anders",
                "partij": partij,
                "eigen_bezit": True,
            },
        ],
    )
    advies = advies_voor(v)
    check_invariants(v, advies)
    from pionieren.knowledge.load import builtin
    from pionieren.report.data import report_data

    data = report_data(advies, v, builtin(), "x.yaml")
    return advies, data


def test_each_owner_decides_within_another_bodys_scheme_the_gemeente_informs() -> None:
    # review 55c, Broekerveen: 'coproduceren - werkgroep van bewoners en ambtenaren -
    # Provincie Zuid-Holland (veenweideregeling), met een afspraak per huishouden'
    advies, data = _maatregelen("Provincie Noord-Holland (veenweideregeling)")
    punt = next(o for o in advies.trede.onderwerpen if o.onderwerp == MAATREGELEN)
    assert punt.trede is Trede.informeren
    assert punt.toezegging_deel is not None
    assert punt.toezegging_deel.sleutel == "TREDE-EIGEN-BEZIT.regeling"
    assert "binnen de regeling van Provincie Noord-Holland" in punt.toezegging
    (rij,) = [r for r in data["per_onderwerp"] if MAATREGELEN.startswith(r["onderwerp"])]
    assert rij["beslisser"] == "elke eigenaar zelf"
    assert "huishouden" not in rij["wie"]
    # the gemeente's own promise, not one asked of the province
    (z,) = [z for z in data["toezeggingen"] if z["wie"].startswith("Provincie")]
    assert z["gemeente"]
    # another body that does the work on each house itself (no scheme) keeps the agreement per
    # household, which the report asks that body to promise
    advies, data = _maatregelen("de Nationaal Coördinator Groningen")
    punt = next(o for o in advies.trede.onderwerpen if o.onderwerp == MAATREGELEN)
    assert punt.trede is Trede.meebeslissen
    assert punt.toezegging_deel is not None
    assert punt.toezegging_deel.sleutel == "TREDE-EIGEN-BEZIT.toezegging"


# ------------------------------------------------------------- leges are the raad's

GRATIS = "Voor wie het thuisbezorgen van een rijbewijs gratis is, en wat anderen betalen."
ONTHEFFING = "Wie een ontheffing krijgt voor de autovrije straat."


def test_leges_and_who_pays_for_a_service_are_the_raads_even_when_the_college_decides() -> None:
    # review 55c, Oosterweide: 'Voor wie thuisbezoek ... gratis is | Het college' and 'Meer kan
    # pas als het college eerst de kaders verruimt'
    v = maak(
        besluit={"door": "college", "procedure": "uitvoering"},
        kaders_open=[
            {"onderwerp": "Welke hulp er in de wijk blijft.", "ruimte": "middel"},
            {"onderwerp": GRATIS, "ruimte": "klein"},
            {"onderwerp": ONTHEFFING, "ruimte": "middel"},
        ],
    )
    advies = advies_voor(v)
    check_invariants(v, advies)
    door = {o.onderwerp: o.door for o in advies.trede.onderwerpen if o.open}
    assert door[GRATIS] is Beslisser.raad
    # an exemption is no levy: it stays with the college
    assert door[ONTHEFFING] is Beslisser.college
    (b,) = [b for b in advies.bevindingen if b.regel == "BESLUIT-TARIEF"]
    assert "beslist de gemeenteraad" in b.tekst and "229" in b.tekst
    assert not any(
        "college van B en W eerst de kaders verruimt" in b.tekst for b in advies.bevindingen
    )
    # a point the case gives to the college itself (a tarieventabel left to it) stays there
    v = maak(
        besluit={"door": "college", "procedure": "uitvoering"},
        kaders_open=[{"onderwerp": GRATIS, "ruimte": "klein", "door": "college"}],
    )
    advies = advies_voor(v)
    assert advies.trede.onderwerpen[0].door is Beslisser.college
    assert not [b for b in advies.bevindingen if b.regel == "BESLUIT-TARIEF"]


# ------------------------------------------------------ the presidium does not bind the raad


def test_the_presidium_sets_the_agenda_the_raad_decides_how_it_weighs() -> None:
    # review 55c, Scheldevoorde: 'Het presidium stelt vast hoe de raad de uitkomst van de
    # peiling weegt' and 'het presidium stelt het participatieplan vast'
    weegt = "Het presidium stelt vast hoe de raad de uitkomst van de peiling weegt"
    v = maak(
        initiatiefnemer="raad",
        besluit={"door": "raad", "procedure": "verordening"},
        vakantieregio="zuid",
        momenten=[{"wat": weegt, "datum": "2027-03-11", "door": "raad"}],
    )
    advies = advies_voor(v)
    check_invariants(v, advies)
    (b,) = [b for b in advies.bevindingen if b.regel == "ROL-PRESIDIUM"]
    assert weegt in b.tekst and "besluit de raad zelf" in b.tekst
    assert b.bronnen == ["gemeentewet-16"]
    griffie = _taak(advies, Rol.griffie)
    assert "de raad stelt het vast" in griffie and "presidium stelt het vast" not in griffie
    # the presidium setting the agenda is its own work: no finding
    agenda = "Het presidium stelt de agenda van de raadsvergadering vast"
    v = maak(
        momenten=[{"wat": agenda, "datum": "2027-03-11", "door": "raad"}], vakantieregio="zuid"
    )
    assert not [b for b in advies_voor(v).bevindingen if b.regel == "ROL-PRESIDIUM"]


# ------------------------------------------- money beyond the begroting goes via the raad

PEILVAK = "Of het dorp een eigen peilvak krijgt (1,4 miljoen euro), en wie wat betaalt."


def test_the_gemeentes_share_in_another_bodys_project_needs_the_raads_budget() -> None:
    # review 55c, Broekerveen: 'Gemeenteraad: Beslist hier niet zelf' while the college would
    # pay a share of 1,4 miljoen
    def raad_taak(punt: dict[str, Any]) -> str:
        v = maak(
            initiatiefnemer="andere_overheid",
            besluit={"door": "anders", "procedure": "anders", "orgaan": WATERSCHAP},
            kaders_open=[{"onderwerp": "Hoe hoog het peil wordt.", "ruimte": "middel"}, punt],
        )
        advies = advies_voor(v)
        check_invariants(v, advies)
        return _taak(advies, Rol.raad)

    taak = raad_taak({"onderwerp": PEILVAK, "ruimte": "middel", "door": "college"})
    assert "budgetrecht, art. 189 Gemeentewet" in taak
    # no private-law act (an agreement, a sale) for the share is named: no wensen en
    # bedenkingen (art. 169 lid 4 is for such acts only; review 65b)
    assert "wensen en bedenkingen" not in taak
    assert not taak.startswith("Beslist hier niet zelf")
    # a point of the college that costs the gemeente nothing: the raad does not decide here
    taak = raad_taak(
        {"onderwerp": "Waar de peilbuizen komen.", "ruimte": "groot", "door": "college"}
    )
    assert "budgetrecht" not in taak and taak.startswith("Beslist hier niet zelf")


# ------------------------------------------------------ a weight is no 'zelf kiezen'


def test_a_promised_weight_is_a_share_in_the_decision_not_choosing_alone() -> None:
    # review 55b, Marnewold: a jury worth 20 % of the quality score, the college awards, read
    # 'doet wat het college toezegde: zelf kiezen, binnen de kaders'
    assert gewicht("Hun oordeel telt voor 20 procent van de kwaliteitsscore.")
    assert gewicht("Twee jongeren zitten met een gelijke stem in de commissie.")
    assert not gewicht("Inwoners kiezen zelf de inrichting, binnen het budget.")
    naam = "review54/jongerenwerk-aanbesteding-marnewold"
    v = casus(naam)
    teksten = [m.waarom for m in advies_voor(v).mix if m.werkvorm == "jongerenjury"]
    assert any(
        "beslissen inwoners mee met het gewicht dat het college toezegde" in t for t in teksten
    )
    assert not any("zelf kiezen" in t for t in teksten)
    # the same promise without a weight: they choose themselves, within the kaders
    data = v.model_dump(mode="json", exclude_none=True)
    data["besluit"]["toezegging"]["tekst"] = (
        "Jongeren beoordelen mee wie de opdracht krijgt: twee jongeren zitten in de"
        " beoordelingscommissie, en een jury van tien jongeren beoordeelt de presentaties van"
        " de inschrijvers."
    )
    teksten = [
        m.waarom
        for m in advies_voor(Vraagstuk.model_validate(data)).mix
        if m.werkvorm == "jongerenjury"
    ]
    assert any("zelf kiezen, binnen de kaders" in t for t in teksten)


def test_the_raden_of_other_gemeenten_are_not_served_by_this_griffie() -> None:
    anderen = {**AB_LEDEN, "naam": "Gemeenteraden van de andere twaalf gemeenten in de regio"}
    v = maak(
        besluit={"door": "raad", "procedure": "beleid"},
        belanghebbenden=[*BASIS["belanghebbenden"], anderen],
    )
    advies = advies_voor(v)
    assert "twaalf gemeenten" not in _taak(advies, Rol.griffie)
    leden = next(b for b in advies.belanghebbenden if b.naam == anderen["naam"])
    assert [d.sleutel for d in leden.aanpak_delen] == ["BELANG-AANPAK.ander_bestuur"]

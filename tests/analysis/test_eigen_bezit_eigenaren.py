"""The talk per household on the eigen bezit is for the households whose own house or land is
at stake, costed for them, and no budget cut takes it away from them or puts it in a group
(rule MIX-EIGEN-BEZIT, MIX-APART, MIX-BUDGET; review 54a, the stationsomgeving)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor, check_invariants, maak

from pionieren.analysis.mix.budget import BEZOEK
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk

ROOT = Path(__file__).resolve().parents[2]
DAG = date(2026, 12, 1)
AFSPRAAK = "afspraak-per-huishouden"
EIGENAREN = "Eigenaren van de woningen die moeten wijken"
AANKOOP = "De aankoop van de woningen die moeten wijken en de afspraak met elke eigenaar."

PARTIJEN: list[dict[str, Any]] = [
    {
        "naam": EIGENAREN,
        "soort": "inwoners",
        "invloed": "middel",
        "belang": "hoog",
        "houding": "tegen",
        "aantal": 13,
        "meervoud": True,
    },
    {
        "naam": "Omwonenden aan beide kanten van het spoor",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "aantal": 1400,
        "meervoud": True,
    },
    {
        "naam": "Huurders in de flats aan de Parallelweg",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "aantal": 140,
        "meervoud": True,
    },
    {
        "naam": "Inwoners met een beperking",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "kenmerken": ["beperking"],
        "aantal": 600,
        "meervoud": True,
    },
]


def _advies(**meer: Any) -> Advies:
    meer.setdefault("schaal", "kern")
    v = maak(
        ambitie="adviseren",
        belanghebbenden=PARTIJEN,
        kaders_beinvloedingsruimte="middel",
        kaders_open=[
            {"onderwerp": AANKOOP, "ruimte": "middel", "eigen_bezit": True},
            {"onderwerp": "De inrichting van het stationsplein.", "ruimte": "groot"},
        ],
        **meer,
    )
    advies = advies_voor(v, datum=DAG)
    check_invariants(v, advies)
    return advies


def test_the_talk_per_household_is_for_the_owners_the_point_names() -> None:
    (afspraak,) = [m for m in _advies().mix if m.werkvorm == AFSPRAAK]
    # not the 1,400 neighbours, the tenants of other homes or the people with a disability:
    # their stake is the plan, not the house of another
    assert afspraak.voor == [EIGENAREN]


def test_a_short_budget_keeps_the_owners_talk_and_no_group_form_carries_their_house() -> None:
    advies = _advies(kaders_budget_euro=3000)
    (afspraak,) = [m for m in advies.mix if m.werkvorm == AFSPRAAK]
    assert EIGENAREN in afspraak.voor
    assert AANKOOP in afspraak.onderwerpen
    for m in advies.mix:
        if m.werkvorm != AFSPRAAK:
            # the owner's own house is not talked over in a visit or a group
            assert AANKOOP not in m.onderwerpen, m.werkvorm
            assert not (m.naam == BEZOEK and EIGENAREN in m.voor)


def _case(*pad: str) -> Advies:
    return advies_voor(load_vraagstuk(ROOT.joinpath("tests", "cases", *pad)), datum=DAG)


def test_stationsomgeving_the_owners_keep_their_talk_within_the_budget() -> None:
    advies = _case("review54", "stationsomgeving-ravenheide.yaml")
    (afspraak,) = [m for m in advies.mix if m.werkvorm == AFSPRAAK]
    assert afspraak.voor == ["Eigenaren en bewoners van de woningen die moeten wijken"]
    # costed for thirteen households, not for the neighbours and travellers
    assert afspraak.kosten_euro[1] < 20_000
    # no cut replaced the talks with the owners by a visit of own staff
    assert not any(
        b.regel == "MIX-BUDGET" and "vervangt de keukentafelgesprekken" in b.tekst
        for b in advies.bevindingen
    )


def test_owners_against_the_plan_stay_in_their_own_talk_next_to_tenants_with_a_disability() -> None:
    # herstructurering: the owners of the koopwoningen (against, with influence) were taken out
    # of their own talk per household because tenants with a disability shared that form
    advies = _case("herstructurering-molenakker-wolderveen.yaml")
    (afspraak,) = [m for m in advies.mix if m.werkvorm == AFSPRAAK]
    assert "Eigenaar-bewoners van de koopwoningen" in afspraak.voor


def _gesprek(open_: list[dict[str, Any]]) -> str:
    v = maak(
        ambitie="adviseren",
        schaal="kern",
        belanghebbenden=PARTIJEN,
        kaders_beinvloedingsruimte="middel",
        kaders_open=open_,
    )
    advies = advies_voor(v, datum=DAG)
    (afspraak,) = [m for m in advies.mix if m.werkvorm == AFSPRAAK]
    return " ".join(r.sleutel + str(r.waarden) for r in afspraak.redenen)


def test_no_offer_before_the_choice_that_decides_whether_the_house_must_go() -> None:
    # review 56c, Ravenheide: 'hij krijgt een aanbod' fourteen months before the raad chose the
    # variant that decides which houses must go
    aankoop = {"onderwerp": AANKOOP, "ruimte": "middel", "eigen_bezit": True, "door": "college"}
    keuze = {
        "onderwerp": "Welke spoorkruising er komt.",
        "ruimte": "middel",
        "keuze": True,
        "opties": ["een tunnel", "een brug"],
    }
    met = _gesprek([aankoop, keuze])
    assert "'eerst': 'Welke spoorkruising er komt.'" in met
    # without such a choice the talk is the negotiation itself
    zonder = _gesprek([aankoop, {"onderwerp": "De inrichting van het plein.", "ruimte": "groot"}])
    assert "'eerst': ''" in zonder

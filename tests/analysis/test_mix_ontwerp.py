"""The design per question, not a sum of the catalogue (review 27): a survey only for a large
group (min_aantal), a dorpsraad at its own meeting, a pilot for its proefwijk, a neutral survey."""

from __future__ import annotations

from typing import Any

from helpers import DATUM, advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.adviesorgaan import bewonersorgaan
from pionieren.analysis.mix.bereik import bedient, te_klein
from pionieren.analysis.mix.instrument import met_belang
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin

KENNIS = builtin()


def groep(aantal: int | None, **extra: Any) -> dict[str, Any]:
    return {
        "naam": "Bewoners van de Dorpsstraat",
        "soort": "inwoners",
        "invloed": "middel",
        "belang": "hoog",
        "meervoud": True,
        **({"aantal": aantal} if aantal is not None else {}),
        **extra,
    }


def test_a_survey_is_not_for_a_small_known_group() -> None:
    enquete = KENNIS.werkvorm("enquete")
    assert enquete.min_aantal == 500
    assert te_klein(enquete, Belanghebbende.model_validate(groep(90)))
    assert not bedient(enquete, Belanghebbende.model_validate(groep(90)))
    assert bedient(enquete, Belanghebbende.model_validate(groep(2000)))
    # a group without a number may still get one
    assert bedient(enquete, Belanghebbende.model_validate(groep(None)))


def test_no_survey_in_a_design_whose_groups_are_all_small_and_known() -> None:
    klein = maak(schaal="gemeente", belanghebbenden=[groep(90), groep(240, naam="Vrijwilligers")])
    ids = {m.werkvorm for m in advies_voor(klein).mix}
    assert not {"enquete", "burgerpanel", "digitaal-platform", "burgertop"} & ids

    groot = maak(schaal="gemeente", belanghebbenden=[groep(90), groep(5000, naam="Inwoners")])
    survey = [m for m in advies_voor(groot).mix if m.werkvorm == "enquete"]
    assert [m.voor for m in survey] == [["Inwoners"]]


def orgaan(naam: str) -> dict[str, Any]:
    return {"naam": naam, "soort": "adviesorgaan", "invloed": "middel", "belang": "middel"}


def test_a_dorpsraad_advises_at_its_own_meeting_not_as_a_formal_adviesraad() -> None:
    assert bewonersorgaan(Belanghebbende.model_validate(orgaan("Dorpsraad Velderen")))
    assert bewonersorgaan(Belanghebbende.model_validate(orgaan("Wijkplatform De Kolk")))
    assert bewonersorgaan(Belanghebbende.model_validate(orgaan("Plaatselijk Belang Oosterend")))
    assert not bewonersorgaan(Belanghebbende.model_validate(orgaan("Adviesraad Sociaal Domein")))
    assert not bewonersorgaan(Belanghebbende.model_validate(orgaan("Cliëntenraad Werk en Inkomen")))

    v = maak(
        schaal="gemeente",
        belanghebbenden=[groep(2000), orgaan("Dorpsraad Velderen"), orgaan("Adviesraad Wmo")],
    )
    voor = {m.werkvorm: m.voor for m in advies_voor(v).mix}
    assert "Dorpsraad Velderen" in voor["eigen-vergadering"]
    assert voor["clientenraad"] == ["Adviesraad Wmo"]


def test_a_trial_in_one_neighbourhood_is_for_the_people_who_live_there() -> None:
    v = maak(
        omschrijving="Hoe zamelen we restafval in? In de proefwijk Hofkamp loopt het al.",
        schaal="gemeente",
        belanghebbenden=[
            groep(40000, naam="Inwoners van Lindemeer"),
            groep(1800, naam="Bewoners van Hofkamp"),
            {"naam": "Meerafval", "soort": "ondernemers", "invloed": "hoog", "belang": "hoog"},
        ],
        werkvormen=[{"id": "pilot", "status": "besloten", "door": "college"}],
    )
    pilot = next(m for m in advies_voor(v).mix if m.werkvorm == "pilot")
    assert "Bewoners van Hofkamp" in pilot.voor
    assert "Inwoners van Lindemeer" not in pilot.voor
    assert "Meerafval" in pilot.voor


def test_a_survey_proposed_by_a_party_with_a_stake_is_kept_neutral() -> None:
    bedrijf = {"naam": "Afvalbedrijf Meerafval", "soort": "ondernemers", "invloed": "hoog"}
    v = maak(
        schaal="gemeente",
        belanghebbenden=[groep(40000, naam="Inwoners"), {**bedrijf, "belang": "hoog"}],
        werkvormen=[{"id": "enquete", "status": "voorgesteld", "door": "Meerafval"}],
    )
    f = Feiten(vraagstuk=v, kennis=KENNIS, datum=DATUM)
    assert met_belang(f, "Meerafval", KENNIS.werkvorm("enquete"))
    assert not met_belang(f, "de gemeente", KENNIS.werkvorm("enquete"))
    # a talk at a party's own meeting is no measurement of others' views
    assert not met_belang(f, "Meerafval", KENNIS.werkvorm("eigen-vergadering"))
    redenen = [r for m in advies_voor(v).mix if m.werkvorm == "enquete" for r in m.redenen]
    assert [r.waarden["belang"] for r in redenen if r.sleutel == "MIX-INSTRUMENT.genoemd"] == [True]


def test_a_point_with_room_about_places_per_buurt_gets_the_map_form() -> None:
    def ontwerp(ruimte: str) -> list[str]:
        v = maak(
            omschrijving="Waar komen de ondergrondse containers voor restafval?",
            schaal="gemeente",
            ambitie="adviseren",
            kaders={
                "beinvloedingsruimte": "middel",
                "vast": ["Omgekeerd inzamelen komt er."],
                "open": [
                    {
                        "onderwerp": "De plek van de containers in elke buurt.",
                        "ruimte": ruimte,
                    }
                ],
                "budget_euro": 50000,
                "besluit_uiterlijk": "2027-09-01",
                "raad_kaders_gesteld": True,
            },
            belanghebbenden=[groep(40000, naam="Inwoners")],
        )
        return [m.werkvorm for m in advies_voor(v).mix]

    assert "plekken-op-de-kaart" in ontwerp("groot")
    # with little room, inwoners are only asked: no map of places to choose from
    assert "plekken-op-de-kaart" not in ontwerp("klein")

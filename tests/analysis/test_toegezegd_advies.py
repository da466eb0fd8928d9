"""The promised advice on the concept is a dated step (rule PLAN-TOEGEZEGD-ADVIES; review 48e,
worst fault 3: 'De kerntoezegging van elke casus wordt geen stap met een datum'), and an
owner's land or the cables through it get the promise of a negotiation, not 'in principe over'
(rule WET-SLUITSTUK)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor, casus, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.adviesvraag import adviesvraag
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise
from pionieren.teksten import Wording

ROOT = Path(__file__).resolve().parents[2]
OLDENMARKE = (
    ROOT / "tests" / "cases" / "beoordeling" / "stoppende-boeren-lege-stallen-oldenmarke.yaml"
)
DATUM = date(2026, 11, 30)


def _oldenmarke(**besluit_tekst: Any) -> Vraagstuk:
    data = load_vraagstuk(OLDENMARKE).model_dump(mode="json", exclude_none=True)
    if "tekst" in besluit_tekst:
        data["besluit"]["toezegging"]["tekst"] = besluit_tekst["tekst"]
    if "moment" in besluit_tekst:
        data["momenten"].append(besluit_tekst["moment"])
    return Vraagstuk.model_validate(data)


def _stappen(v: Vraagstuk) -> list[Any]:
    return [
        p
        for p in advies_voor(v, datum=DATUM).planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.toegezegd_advies"
    ]


def test_the_promised_advice_on_the_concept_is_one_dated_step_before_the_papers() -> None:
    (stap,) = _stappen(_oldenmarke())
    assert stap.uitleg is not None
    wie = stap.uitleg.waarden["wie"]
    assert "Dorpsraden van de zes kernen" in wie and "LTO-afdeling Oldenmarke" in wie
    assert "Stichting Landschap Oldenmarke" not in wie  # not named in the promise
    assert stap.start is not None and stap.eind is not None
    assert (stap.eind - stap.start).days >= 11  # two weeks to read and advise
    # in before the papers of the commissie that discusses the concept and the advices
    assert stap.eind < date.fromisoformat(stap.uitleg.waarden["stukken"]) < date(2028, 3, 21)
    # the LTO-afdeling adopts its advice at its ledenavond of 17 January 2028: the concept is
    # with it by that meeting's papers, so the meeting falls in the step
    assert stap.start <= date(2028, 1, 3) and date(2028, 1, 17) < stap.eind
    assert not stap.uitleg.waarden["ongewijzigd"]  # the promise does not say so
    assert "ongewijzigd mee" not in stap.toelichting


def test_unchanged_with_the_proposal_only_when_promised() -> None:
    tekst = (
        "De wethouder heeft toegezegd dat de LTO-afdeling en de dorpsraden schriftelijk advies "
        "geven op het concept, en dat die adviezen ongewijzigd bij het raadsvoorstel gaan."
    )
    (stap,) = _stappen(_oldenmarke(tekst=tekst))
    assert "De adviezen gaan ongewijzigd mee met het voorstel." in stap.toelichting


def test_no_step_without_a_promised_advice_on_a_concept() -> None:
    tekst = "De wethouder heeft toegezegd dat het raadsvoorstel zegt wat met de inbreng gebeurde."
    assert _stappen(_oldenmarke(tekst=tekst)) == []


def test_no_second_step_when_a_moment_of_the_case_holds_every_advice() -> None:
    moment = {
        "wat": "De dorpsraden van de zes kernen leveren hun advies op de conceptnota in",
        "datum": "2028-01-24",
        "door": "anders",
    }
    assert _stappen(_oldenmarke(moment=moment)) == []


def test_the_dorpen_and_the_besturen_name_the_dorpsraden_and_the_foundations() -> None:
    partijen = [
        {
            "naam": "Dorpsraad Oosterend",
            "soort": "adviesorgaan",
            "invloed": "middel",
            "belang": "hoog",
        },
        {
            "naam": "Stichting Speeltuin De Bult",
            "soort": "maatschappelijke_organisatie",
            "invloed": "middel",
            "belang": "hoog",
        },
        {"naam": "Omwonenden", "soort": "inwoners", "invloed": "laag", "belang": "hoog"},
    ]
    tekst = (
        "Geen speeltuin sluit zonder dat de besturen en de dorpen de scenario's hebben gezien en "
        "er advies over gaven. Hun advies gaat letterlijk mee naar de raad."
    )
    v = maak(
        belanghebbenden=partijen,
        besluit={
            "door": "raad",
            "procedure": "beleid",
            "toezegging": {"door": "college", "trede": "adviseren", "tekst": tekst},
        },
    )
    vraag = adviesvraag(Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM))
    assert vraag is not None and vraag.ongewijzigd
    assert vraag.wie == ["Dorpsraad Oosterend", "Stichting Speeltuin De Bult"]
    # the inwoners at large are no body that is asked for a written advice
    alleen = maak(
        belanghebbenden=partijen[2:],
        besluit={
            "door": "raad",
            "procedure": "beleid",
            "toezegging": {
                "door": "college",
                "trede": "adviseren",
                "tekst": "Omwonenden geven advies op het concept.",
            },
        },
    )
    assert adviesvraag(Feiten(vraagstuk=alleen, kennis=builtin(), datum=DATUM)) is None


# ----------------------------------------------------------------------------- WET-SLUITSTUK

STROOK = (
    "Welke strook grond per perceel nodig is voor het fietspad en wat de eigenaar ervoor krijgt."
)
TUIN = "Hoe elke tuin na de sanering terugkomt (gras, tegels, beplanting)."


def _bodemsanering(onderwerp: str, **meer: Any) -> tuple[Any, str]:
    data = casus("bodemsanering-vennegoor").model_dump(mode="json", exclude_none=True)
    data["kaders"]["open"][0] = {"onderwerp": onderwerp, "ruimte": "groot", **meer}
    v = Vraagstuk.model_validate(data)
    punt = next(
        o for o in advies_voor(v, datum=DATUM).trede.onderwerpen if o.onderwerp == onderwerp
    )
    return punt, advise(v, datum=DATUM).rapport.decode("utf-8")


def test_an_owners_land_gets_a_negotiation_not_in_principle_followed_advice() -> None:
    punt, rapport = _bodemsanering(STROOK, eigen_bezit=True, door="college")
    assert punt.toezegging_deel is not None
    assert punt.toezegging_deel.sleutel == "WET-SLUITSTUK.toezegging"
    # even with large room, the owner does not decide along: he signs or not
    assert punt.trede.value == "adviseren"
    assert "in principe over" not in punt.toezegging
    assert "Per eigenaar: ‘Met elke eigenaar voeren wij" in rapport
    assert "een aanbod op papier" in rapport


def test_each_household_still_decides_on_its_own_garden() -> None:
    punt, rapport = _bodemsanering(TUIN, eigen_bezit=True)
    assert punt.toezegging_deel is not None
    assert punt.toezegging_deel.sleutel == "TREDE-EIGEN-BEZIT.toezegging"
    assert "Per eigenaar: ‘" not in rapport


def test_the_talk_per_owner_is_a_negotiation_about_his_land_not_advice() -> None:
    wording = Wording(builtin().teksten)
    grond = wording.render(
        "MIX-EIGEN-BEZIT.gekozen", {"trede": "adviseren", "middel": "onteigening"}
    )
    assert "onderhandelt hier over zijn eigen grond" in grond
    assert "advies" not in grond
    kabels = wording.render(
        "MIX-EIGEN-BEZIT.gekozen", {"trede": "adviseren", "middel": "gedoogplicht"}
    )
    assert "de kabels door zijn grond" in kabels
    tuin = wording.render("MIX-EIGEN-BEZIT.gekozen", {"trede": "adviseren", "middel": ""})
    assert "advies over het eigen deel" in tuin

"""Availability and paper deadlines are hard limits for every round (review 47a: the
toets round on the buurtbus ran past the ledenvergadering that fixed the route; the ontwerp for
the kamerverhuur lay open from 5 July although the case said 'niet in de zomer'; a false
'eerder kan niet' with 25 weeks of slack in Oldenmarke. Review 47b: the round on the tourist
tax ran 12–23 July, in the verhuurders' season)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.analysis.planning_beschikbaar import venster_van
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk

DATA = Path(__file__).parents[1] / "cases" / "beoordeling"
DATUM = date(2026, 11, 30)


def _case(naam: str, wijzig: Any = None) -> Vraagstuk:
    data = load_vraagstuk(DATA / f"{naam}.yaml").model_dump(mode="json", exclude_none=True)
    if wijzig is not None:
        wijzig(data)
    return Vraagstuk.model_validate(data)


def _maanden(via: str) -> list[int]:
    gevonden = venster_van(via)
    assert gevonden is not None, via
    return [m for m in range(1, 13) if gevonden[1](date(2027, m, 15))]


def test_a_group_s_window_in_words() -> None:
    assert _maanden("de telers, alleen van augustus tot november") == [8, 9, 10]
    assert _maanden("de telers, alleen in de oogsttijd") == [8, 9, 10]
    assert _maanden("studieverenigingen; weg in juli en augustus") == [
        1,
        2,
        3,
        4,
        5,
        6,
        9,
        10,
        11,
        12,
    ]
    assert _maanden("de club, niet in de zomer") == [1, 2, 3, 4, 5, 9, 10, 11, 12]
    assert _maanden("LTO, alleen in de winter en na het avondmelken") == [1, 2, 3, 11, 12]
    assert _maanden("de VVV; van Pasen tot de herfstvakantie te druk") == [1, 2, 3, 11, 12]
    studenten = venster_van("studieverenigingen, in de tentamenweken niet")
    assert studenten is not None and "naar schatting" in studenten[0]
    assert not studenten[1](date(2027, 1, 25)) and studenten[1](date(2027, 3, 1))


def test_no_window_where_the_road_says_none() -> None:
    assert venster_van("de mentoren en een groepsapp van de leerlingenraad") is None
    assert venster_van("in de zomervakantie op het strand") is None  # not 'in de zomer'
    assert venster_van("na de tentamens via de studievereniging") is None


def _later(a: Advies) -> list[Any]:
    return [b for b in a.bevindingen if b.sleutel == "PLAN-BESCHIKBAAR" and b.waarden["rondes"]]


def test_a_later_round_outside_a_group_s_window_names_that_group_once() -> None:
    a = advies_voor(_case("toeristische-verhuur-walduin"), datum=DATUM)
    (b,) = _later(a)
    assert b.waarden["groep"] == "Particuliere verhuurders die zelf in Walduin wonen"
    assert b.waarden["via"] == "het register, de dorpsraden en de VVV-balie"
    # a group with a smaller stake (seizoenswerkers, middel) gets no such line


def test_no_later_line_without_a_window() -> None:
    def zonder(data: dict[str, Any]) -> None:
        for b in data["belanghebbenden"]:
            if b["naam"].startswith("Particuliere verhuurders"):
                b["via"] = "het register, de dorpsraden en de VVV-balie"

    assert _later(advies_voor(_case("toeristische-verhuur-walduin", zonder), datum=DATUM)) == []


def _stukken(a: Advies) -> list[Any]:
    return [b for b in a.bevindingen if b.regel == "PLAN-STUKKEN"]


def test_a_round_moves_earlier_when_the_slack_allows_it() -> None:
    a = advies_voor(_case("stoppende-boeren-lege-stallen-oldenmarke"), datum=DATUM)
    assert _stukken(a) == []  # no false 'eerder kan niet'
    (reactie,) = [
        p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie"
    ]
    # before the papers of the provincie's vooroverleg on the concept (15 February 2028)
    (provincie,) = [
        p
        for p in a.planning
        if p.uitleg is not None
        and p.uitleg.sleutel == "FASE.moment"
        and p.start == date(2028, 2, 15)
    ]
    assert provincie.uitleg is not None
    stukken = date.fromisoformat(provincie.uitleg.waarden["stukken"])
    assert reactie.eind is not None and reactie.eind < stukken
    assert not (
        reactie.eind.month == 12 and reactie.eind.day >= 21
    )  # not in the days before Christmas


def test_eerder_kan_niet_only_when_true() -> None:
    # the ramadan and the rounds before it leave no earlier window: the line stays
    a = advies_voor(_case("islamitisch-begraafvak-lindenoord"), datum=DATUM)
    assert [b for b in _stukken(a) if b.waarden["naam"] == "De reactieronde"]


def test_a_round_that_runs_past_a_deciding_meeting_is_named() -> None:
    a = advies_voor(_case("buurtbus-kreekdorpen-schelderode"), datum=DATUM)
    assert any(b.waarden["datum"] == "2027-03-11" for b in _stukken(a))

    def bespreekt(data: dict[str, Any]) -> None:
        data["momenten"][0]["wat"] = "De ledenvergadering bespreekt de route, zonder te besluiten"

    b = advies_voor(_case("buurtbus-kreekdorpen-schelderode", bespreekt), datum=DATUM)
    assert not any(x.waarden["datum"] == "2027-03-11" for x in _stukken(b))


def _zienswijze(a: Advies) -> Any:
    (p,) = [p for p in a.planning if "zienswijze" in p.werkvormen]
    return p


def test_niet_in_de_zomer_keeps_the_ontwerp_out_of_july_and_august() -> None:
    a = advies_voor(_case("kamerverhuur-woningdelen-brederwijk"), datum=DATUM)
    p = _zienswijze(a)
    assert p.start is not None and p.eind is not None
    # at most the Monday a six-week term runs on to (Algemene termijnenwet), no week of summer
    assert p.eind <= date(2027, 7, 5) or p.start >= date(2027, 9, 1), (p.start, p.eind)
    assert not any(b.sleutel == "PLAN-KALENDER.termijn_in_vakantie" for b in a.bevindingen)


def test_niet_in_de_zomer_is_read_from_the_case_only() -> None:
    from pionieren.analysis.planning_stukken import _NIET_ZOMER

    assert _NIET_ZOMER.search("en ligt het ontwerp niet in de zomer ter inzage")
    assert not _NIET_ZOMER.search("de zomer is druk op de camping")


def test_the_window_sentence_agrees_with_a_plural_werkvorm_name() -> None:
    from pionieren.knowledge.load import builtin
    from pionieren.teksten import Wording

    def zin(werkvormen: list[str], rondes: list[dict[str, Any]] | None = None) -> str:
        return Wording(builtin().teksten).render(
            "PLAN-BESCHIKBAAR",
            {
                "groep": "Arbeidsmigranten",
                "wanneer": "van augustus tot november",
                "werkvormen": werkvormen,
                "rondes": rondes or [],
                "via": "het uitzendbureau",
                "daarna": "",
            },
        )

    # 'Gesprekken via sleutelfiguren' is plural; 'Enquête (online en op papier)' is not,
    # although its name holds 'en' (review 48: 'Gesprekken ... valt daarbuiten')
    assert "Gesprekken via sleutelfiguren vallen in een tijd" in zin(
        ["Gesprekken via sleutelfiguren"]
    )
    assert "Enquête (online en op papier) valt in een tijd" in zin(
        ["Enquête (online en op papier)"]
    )
    assert "vallen in een tijd" in zin(["Enquête", "Avond over de keuzes"])
    # one sentence for the steps before and the rounds after the decision (review 48e: four
    # near-equal warnings in a row); never 'daarbuiten' after 'kunnen alleen buiten ...'
    ronde = {"onderwerpen": ["De verlichting"], "van": "2027-11-01", "tot": "2027-11-19"}
    tekst = zin(["Omgevingsraad"], [ronde])
    assert "Omgevingsraad en de ronde na het besluit over ‘de verlichting’" in tekst
    assert "vallen in een tijd dat zij niet kunnen" in tekst and "daarbuiten" not in tekst
    assert zin([], [ronde]).count("De ronde na het besluit") == 1
    assert "De rondes na het besluit over ‘de verlichting’ (1–19 november 2027) en ‘" in zin(
        [], [ronde, ronde]
    )


def test_a_period_the_road_says_they_are_busy_is_never_their_only_time() -> None:
    # review 48a: 'van april tot en met oktober zijn zij op het land' was read as 'they can
    # only come from April to October'
    label, venster = venster_van(
        "de LTO-afdeling en de ledenavond in januari; van april tot en met oktober zijn zij op "
        "het land"
    ) or ("", lambda d: True)
    assert label == "van november tot april"
    assert [m for m in range(1, 13) if venster(date(2027, m, 15))] == [1, 2, 3, 11, 12]
    label, venster = venster_van(
        "het vrijwilligersoverleg; in de lammertijd (maart en april) en in de zomervakantie "
        "hebben zij geen tijd voor bijeenkomsten"
    ) or ("", lambda d: True)
    assert label == "buiten maart, april, juli en augustus"
    assert not venster(date(2027, 3, 20)) and not venster(date(2027, 7, 20))
    assert venster(date(2027, 5, 20))


def test_a_period_without_busy_words_stays_the_time_they_can() -> None:
    gevonden = venster_van("de fruittelers; alleen van augustus tot november")
    assert gevonden is not None and gevonden[0] == "van augustus tot november"
    # a clause with 'niet' but no period says nothing about time
    assert venster_van("de buurtapp; niet iedereen is online") is None

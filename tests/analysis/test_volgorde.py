"""First the main choice, then the details within it (review 35/36, VCP: the klankbordgroep
advised on the exact knips before the choice between the three scenarios opened): rule
MIX-VOLGORDE, with the main choice at least at its details' level (rule TREDE-KEUZE)."""

from __future__ import annotations

from pathlib import Path

from helpers import DATUM

from pionieren.analysis.engine import analyse
from pionieren.analysis.hoofdkeuze import volgorde
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Onderwerp, Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Beslisser, Procesfase, Trede

SCENARIO = (
    "Welk van de drie scenario's (knips, eenrichtingsverkeer of een autoluwe kern) de basis wordt."
)
KNIPS = "Waar de knips precies komen en welke straten eenrichtingsverkeer krijgen."
VENSTER = "De venstertijden voor laden en lossen."
SINGELS = "Maatregelen op de singels tegen het verkeer dat daarheen verschuift."


def _punten(*teksten: str) -> list[Onderwerp]:
    return [Onderwerp(onderwerp=t) for t in teksten]


def _case(naam: str) -> Vraagstuk:
    pad = Path(__file__).resolve().parents[1] / "cases" / f"{naam}.yaml"
    return load_vraagstuk(pad, pad.name)


def _advies(v: Vraagstuk) -> Advies:
    return analyse(v, builtin(), DATUM)


def test_one_choice_between_alternatives_with_details_is_the_main_choice() -> None:
    v = volgorde(_punten(SINGELS, KNIPS, SCENARIO, VENSTER), Beslisser.raad)
    assert v is not None
    assert v.hoofd == SCENARIO
    assert v.details == [KNIPS, VENSTER]  # the singels are neither
    for keuze in (
        "Of de weekmarkt terugkeert op het Plein.",
        "Welke variant van het ontwerp wordt uitgevoerd.",
        "De keuze tussen de twee locaties voor het trapveld.",
    ):
        w = volgorde(_punten(keuze, "De inrichting van het plein."), Beslisser.raad)
        assert w is not None and w.hoofd == keuze


def test_without_certainty_the_order_stays() -> None:
    # no point that works out details
    assert volgorde(_punten(SCENARIO, SINGELS), Beslisser.raad) is None
    # two choices between alternatives: which one is the main choice is not certain
    twee = "Welke van de twee varianten voor de Markt wordt gekozen."
    assert volgorde(_punten(SCENARIO, twee, KNIPS), Beslisser.raad) is None
    # a choice another party makes, or details worked out after the decision
    ander = Onderwerp(onderwerp=SCENARIO, door=Beslisser.anders, partij="Provincie Utrecht")
    assert volgorde([ander, *_punten(KNIPS)], Beslisser.raad) is None
    assert volgorde(_punten(SCENARIO, KNIPS), Beslisser.raad, later=[KNIPS]) is None


def test_the_vcp_weighs_the_scenarios_before_the_knips_and_tests_the_worked_out_plan() -> None:
    advies = _advies(_case("verkeerscirculatieplan-binnenstad"))
    (verdiepen,) = [p for p in advies.planning if p.fase is Procesfase.verdiepen]
    assert verdiepen.uitleg.sleutel == "FASE.volgorde"
    assert verdiepen.start is not None and verdiepen.eind is not None
    tot = verdiepen.uitleg.waarden["tot"]
    assert verdiepen.start.isoformat() < tot < verdiepen.eind.isoformat()
    # the holiday the phase leaves out is still said
    assert verdiepen.uitleg.waarden["vakanties"]
    assert "Eerst, tot" in verdiepen.toelichting and "uitwerking" in verdiepen.toelichting
    (toets,) = [p for p in advies.planning if p.fase is Procesfase.toetsen]
    assert toets.uitleg.waarden.get("uitgewerkt") is True
    assert "uitgewerkte plan" in toets.toelichting
    assert verdiepen.eind < toets.start  # type: ignore[operator]
    assert "MIX-VOLGORDE" in advies.regels_toegepast
    # the main choice gets at least the level of its details (not raadplegen)
    (scenario,) = [o for o in advies.trede.onderwerpen if "scenario" in o.onderwerp]
    assert scenario.trede is Trede.adviseren


def test_a_case_without_a_main_choice_keeps_its_order() -> None:
    advies = _advies(_case("skatepark-markdonk"))
    assert not any(
        p.uitleg is not None and p.uitleg.sleutel == "FASE.volgorde" for p in advies.planning
    )
    assert not any(
        p.uitleg is not None and p.uitleg.waarden.get("uitgewerkt") for p in advies.planning
    )

"""The one-page summary for bestuurders over all development cases (review 58a fault 3,
review 57e fault 2, review 57c fault 3): no topic is cut inside a clause, a choice between
two shows both options."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from helpers import ONTWIKKELCASUSSEN, rapport_gegevens

from pionieren.analysis.engine import analyse  # noqa: F401  (loads the analysis in order)
from pionieren.analysis.planning_stukken import _BESPREEKT_VOORSTEL as _BESPREEKT
from pionieren.report.data import _zelfde_moment
from pionieren.report.templates import INGEKORT, _kort_onderwerp

DATUM = date(2026, 12, 1)

#: Where a topic may end when it is shortened: a dash, colon, semicolon or bracket, or a comma
#: before a word that opens a new clause.
_GRENS = re.compile(
    r"(?:\s[-–]\s|[:;]\s|\s\(|,\s(?:en\s+(?:wat|wie|hoe|of|welke|waar|wanneer|waarom|hoeveel)"
    r"|zodat|omdat|want|maar|naast|waarbij|waardoor|terwijl|zoals|bijvoorbeeld|onder andere"
    r"|met name|ook|inclusief|dus)\b)",
    re.IGNORECASE,
)


def _labels(pad: Path) -> list[tuple[str, str]]:
    _, _, data = rapport_gegevens(pad, DATUM)
    return [
        (onderwerp, _kort_onderwerp(onderwerp))
        for r in data["tabelrijen"]
        for onderwerp in [r["onderwerp"], *r["ook"]]
    ]


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_every_summary_topic_is_whole_or_cut_at_a_clause_boundary(pad: Path) -> None:
    for heel, label in _labels(pad):
        if label == heel:
            continue
        # shortened: marked so, and what is left is the topic up to a clause boundary
        assert label.endswith(INGEKORT), (heel, label)
        voor = label.removesuffix(INGEKORT)
        assert heel.startswith(voor), (heel, label)
        assert _GRENS.match(heel[len(voor) :]), (heel, label)
        # a choice between two keeps its second option
        if heel.casefold().startswith("of ") and re.search(r",\s+of\s", heel):
            assert re.search(r",\s+of\s", voor), (heel, label)


def test_a_clause_is_not_cut_at_a_list_comma() -> None:
    # review 58a: 'Wat de gemeente doet als een fixer tocht' (tocht, vocht of schimmel)
    heel = (
        "Wat de gemeente doet als een fixer tocht, vocht of schimmel vindt in een woning van "
        "een particuliere verhuurder die niets doet"
    )
    assert _kort_onderwerp(heel) == heel
    # a second question after 'en wat' may go, and the label says it is shortened
    assert _kort_onderwerp(
        "Wat er in het standaardpakket van de energiefixer zit, en wat de fixer aan huis mag doen"
    ) == ("Wat er in het standaardpakket van de energiefixer zit" + INGEKORT)


def test_a_choice_between_two_shows_both_options() -> None:
    # review 58a: 'Of de 300.000 euro … naar vloer- en dakisolatie … gaat', the other option gone
    heel = (
        "Of de 300.000 euro voor grotere maatregelen naar isolatie van koopwoningen gaat, of "
        "naar het ruilen van oude koelkasten en wasmachines"
    )
    assert _kort_onderwerp(heel) == heel


def _vertegenwoordigd(advies: object, gekozen: list[int], i: int) -> bool:
    """Step ``i`` stands in the summary: itself, or a chosen step on the same day, or the
    same moment of another body (each raad's zienswijze on the same draft)."""
    plan = advies.planning  # type: ignore[attr-defined]
    return i in gekozen or any(
        plan[j].start == plan[i].start or _zelfde_moment(plan[i].toelichting, plan[j].toelichting)
        for j in gekozen
    )


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_the_key_steps_hold_every_moment_and_the_promised_step(pad: Path) -> None:
    # review 57c: the commissie that discusses the proposal was left out; review 58b: the jury
    # the college promised and the owner visits were not among the steps
    advies, _, data = rapport_gegevens(pad, DATUM)
    plan = advies.planning
    gekozen = data["kernstappen"]
    assert gekozen == sorted(gekozen)
    toekomst = [i for i, p in enumerate(plan) if p.start is not None and p.start > DATUM]
    for i in toekomst:
        if plan[i].uitleg is not None and plan[i].uitleg.sleutel == "FASE.moment":
            assert _vertegenwoordigd(advies, gekozen, i), plan[i].toelichting
    beloofd = {m.werkvorm for m in advies.mix if "MIX-TOEZEGGING" in m.regels}
    besluit = [i for i, p in enumerate(plan) if p.fase.value == "besluit"]
    stappen = [
        i
        for i in toekomst
        if beloofd & set(plan[i].werkvormen)
        and plan[i].fase.value != "besluit"
        and (not besluit or i < besluit[-1])
    ]
    if stappen:
        assert _vertegenwoordigd(advies, gekozen, stappen[0]), plan[stappen[0]].toelichting


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_the_proposal_is_ready_before_the_meeting_that_discusses_it(pad: Path) -> None:
    # review 57c, Oosterweide: 'Voorstel klaar uiterlijk 15 juni 2027' after the commissie of
    # 8 June that discusses the college's proposal
    advies, _, _ = rapport_gegevens(pad, DATUM)
    besluit = next((p for p in advies.planning if p.fase.value == "besluit"), None)
    if besluit is None or besluit.uitleg is None or not besluit.uitleg.waarden.get("stukken"):
        return
    klaar = date.fromisoformat(besluit.uitleg.waarden["stukken"])
    for p in advies.planning:
        if p.uitleg is None or p.uitleg.sleutel != "FASE.moment" or p.start is None:
            continue
        wat = str(p.uitleg.waarden.get("wat", ""))
        if p.start > DATUM and p.start <= besluit.eind and _BESPREEKT.search(wat):
            assert klaar < p.start, (wat, klaar)


@pytest.mark.parametrize(
    "stem",
    ["sportpark-de-kampen-oosterbeemd", "marktplein", "zondagsopenstelling-winkels-scheldevoorde"],
)
def test_the_report_tells_no_one_to_find_out_what_it_could_say(stem: str) -> None:
    # review 57c: 'Ga na welke inspraak en termijnen de participatieverordening hier eist',
    # 'Wie de antwoorden geeft, staat nog niet vast: vraag dat in het eerste gesprek'
    from pionieren.knowledge.load import builtin
    from pionieren.pipeline import advise_file

    pad = next(p for p in ONTWIKKELCASUSSEN if p.stem == stem)
    tekst = advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")
    assert "participatieverordening hier eist" not in tekst
    assert "staat nog niet vast: vraag dat in het eerste gesprek" not in tekst

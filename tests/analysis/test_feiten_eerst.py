"""Rule PLAN-FEITEN-EERST: a joint fact-finding's outcome is public before the public rounds
that ask opinions on the choice (review 54b, Hunsewold: the inloopavond and the street
interviews ran in January, the fact-finding 'dat iedereen dezelfde cijfers kent voordat er
gekozen wordt' only from February)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import DATUM, ONTWIKKELCASUSSEN, rapport_gegevens

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import Geplaatst, Plan
from pionieren.analysis.planning_feiten import feiten_eerst
from pionieren.analysis.result import Advies
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import Modus, Organisator, Procesfase, Reikwijdte, Trede

CASES = Path(__file__).resolve().parents[1] / "cases"
HUNSEWOLD = CASES / "review53" / "brandweerpost-dekkingsplan-hunsewold.yaml"
CATALOGUS = {w.id: w for w in builtin().werkvormen}


def _onderzoek(w: Werkvorm | None) -> bool:
    return (
        w is not None
        and w.organisator is Organisator.onafhankelijk
        and w.verbreding_of_verdieping is Reikwijdte.verdieping
        and Modus.denken in w.modi
        and bool(w.signalen)
    )


def _mening(w: Werkvorm | None) -> bool:
    """A broad public round where people give their opinion (an inloopavond, street
    interviews, an evening on the options), not a letter that only informs, nor a talk with one
    group in its own circle."""
    return (
        w is not None
        and w.maakt_openbaar
        and Modus.denken in w.modi
        and not set(w.treden) <= {Trede.informeren}
        and (w.verbreding_of_verdieping is Reikwijdte.verbreding or w.afwegen)
        and w.organisator is not Organisator.griffie
        and not _onderzoek(w)
    )


def _eigen_data(v: Vraagstuk) -> set[str]:
    """The werkvormen on dates the case fixes itself: the planner does not move them."""
    return {g.id for g in v.werkvormen if g.periode is not None}


def _te_vroeg(advies: Advies, v: Vraagstuk) -> list[tuple[str, date, date]]:
    """The opinion rounds, placed by the planner, that end before the fact-finding's outcome."""
    onderzoek = [
        p.eind
        for p in advies.planning
        for w in p.werkvormen
        if _onderzoek(CATALOGUS.get(w)) and w not in _eigen_data(v) and p.eind is not None
    ]
    if not onderzoek:
        return []
    klaar = max(onderzoek)
    return [
        (w, p.start, p.eind)
        for p in advies.planning
        if p.fase in (Procesfase.ophalen, Procesfase.verdiepen)
        and p.start is not None
        and p.eind is not None
        and p.start > advies.datum
        and p.eind < klaar
        for w in p.werkvormen
        if _mening(CATALOGUS.get(w)) and w not in _eigen_data(v)
    ]


def test_the_fact_finding_comes_before_the_inloopavond_in_hunsewold() -> None:
    advies, _, _ = rapport_gegevens(HUNSEWOLD, DATUM)
    eind = {w: p.eind for p in advies.planning for w in p.werkvormen}
    start = {w: p.start for p in advies.planning for w in p.werkvormen}
    # the open rounds that weigh the options come after the facts (the budget may leave out
    # the inloopavond and the street interviews; the evening on the choices always stays)
    assert "keuzeavond" in start
    for ronde in ("inloopavond", "straatinterviews", "keuzeavond"):
        if ronde in start:
            assert eind["joint-fact-finding"] < start[ronde], ronde
    # the inquiry starts with the first round, not after it
    assert start["joint-fact-finding"] <= start["eigen-vergadering"]
    # and in the table it stands first among the rounds
    ids = [m.werkvorm for m in advies.mix]
    assert ids.index("joint-fact-finding") < ids.index("keuzeavond")
    assert not any(b.sleutel == "PLAN-FEITEN-EERST" for b in advies.bevindingen)


def test_a_fixed_round_before_any_outcome_is_told_plainly() -> None:
    """The group's own meeting on the case's dates (12–26 January) is long before the inquiry
    can be done: no 'is de uitkomst er niet vóór', which suggests it might be."""
    advies, _, _ = rapport_gegevens(HUNSEWOLD, DATUM)
    (jff,) = [m for m in advies.mix if m.werkvorm == "joint-fact-finding"]
    (reden,) = [r for r in jff.redenen if r.sleutel == "MIX-VOORSTEL.feiten"]
    assert reden.waarden["nooit"] is True
    assert "is de uitkomst er nog niet" in jff.waarom
    assert "Is de uitkomst er niet" not in jff.waarom


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_no_opinion_round_ends_before_the_shared_facts(pad: Path) -> None:
    """In every development case: when the design has a joint fact-finding, no public round
    that asks opinions ends before its outcome, unless the advice names that conflict."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    if any(b.sleutel == "PLAN-FEITEN-EERST" for b in advies.bevindingen):
        return
    assert _te_vroeg(advies, v) == []


def _plan(inloop: tuple[date, date], onderzoek: tuple[date, date]) -> Plan:
    return Plan(
        [
            Geplaatst(Procesfase.ophalen, *inloop, ["inloopavond"], None),
            Geplaatst(Procesfase.verdiepen, *onderzoek, ["joint-fact-finding", "rondetafel"], None),
        ],
        0,
        None,
        True,
        [],
    )


def test_with_room_the_inquiry_starts_first_and_the_inloop_follows() -> None:
    _, v, _ = rapport_gegevens(HUNSEWOLD, DATUM)
    f = Feiten(v, builtin(), DATUM)
    uit = feiten_eerst(
        f,
        _plan((date(2027, 1, 4), date(2027, 2, 12)), (date(2027, 2, 15), date(2027, 5, 28))),
        {"joint-fact-finding"},
    )
    waar = {w: g for g in uit.fasen for w in g.werkvormen}
    assert waar["joint-fact-finding"].start == date(2027, 1, 4)
    assert waar["joint-fact-finding"].eind < waar["inloopavond"].start
    assert waar["inloopavond"].eind <= date(2027, 5, 28)
    # a round with organisations is no broad round: it stays where it was
    assert waar["rondetafel"].start == date(2027, 2, 15)
    assert not uit.bevindingen


def test_without_room_the_order_is_a_choice_for_the_bestuur() -> None:
    """Eight weeks hold no inquiry of ten and a broad round after it: the rounds stay, and the
    advice names the conflict once."""
    _, v, _ = rapport_gegevens(HUNSEWOLD, DATUM)
    f = Feiten(v, builtin(), DATUM)
    uit = feiten_eerst(
        f,
        _plan((date(2027, 2, 1), date(2027, 2, 26)), (date(2027, 3, 1), date(2027, 3, 26))),
        {"joint-fact-finding"},
    )
    (b,) = uit.bevindingen
    assert b.sleutel == "PLAN-FEITEN-EERST"
    assert b.waarden["werkvormen"] == ["Inloopavond of informatiemarkt"]
    waar = {w: g for g in uit.fasen for w in g.werkvormen}
    assert waar["inloopavond"].start == date(2027, 2, 1)

"""A round on a later decision without a date of its own comes in a group's own time, also
after its current papers, and the papers follow the round (rule PLAN-BESCHIKBAAR; review 50a,
Walduin: the round on enforcement ran 6 September - 1 October, the verhuurders can only between
November and Easter)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import advies_voor, check_invariants

from pionieren.analysis.planning import VERWERK_WERKDAGEN, _werkdagen_tussen, vakantieweken
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin

_CASES = Path(__file__).resolve().parents[1] / "cases"
_PADEN = sorted(
    [
        *_CASES.glob("*.yaml"),
        *_CASES.glob("beoordeling/*.yaml"),
        *_CASES.glob("wachtrij/*.yaml"),
        *(Path(__file__).resolve().parents[2] / "vraagstukken").glob("*.yaml"),
    ]
)
WALDUIN = _CASES / "beoordeling" / "toeristische-verhuur-walduin.yaml"
DATUM = date(2026, 12, 1)


@pytest.mark.parametrize("pad", _PADEN, ids=lambda p: p.stem)
def test_a_later_round_without_a_date_of_its_own_is_answered_before_its_papers(pad: Path) -> None:
    """Over all dev cases: the papers of a later decision without a date of its own come after
    its round, with two working weeks to answer the reactions."""
    v = load_vraagstuk(pad)
    a = advies_voor(v, datum=DATUM)
    vrij = vakantieweken(builtin().vakanties, v.vakantieregio)
    zuid = v.vakantieregio is not None and v.vakantieregio.value == "zuid"
    for p in a.planning:
        u = p.uitleg
        if u is None or u.sleutel != "FASE.later_besluit" or u.waarden.get("datum"):
            continue
        if not u.waarden.get("stukken") or u.waarden.get("uitvoering"):
            continue
        stukken = date.fromisoformat(u.waarden["stukken"])
        assert p.eind < stukken, (p.start, p.eind, stukken)
        assert _werkdagen_tussen(p.eind, stukken, vrij, zuid) >= VERWERK_WERKDAGEN - 1


def test_walduin_s_round_on_enforcement_comes_in_the_verhuurders_time() -> None:
    v = load_vraagstuk(WALDUIN)
    a = advies_voor(v, datum=DATUM)
    check_invariants(v, a)
    (ronde,) = [
        p
        for p in a.planning
        if p.uitleg is not None
        and p.uitleg.sleutel == "FASE.later_besluit"
        and not p.uitleg.waarden.get("datum")
    ]
    # between November and Easter
    assert ronde.start >= date(2027, 11, 1) or ronde.eind <= date(2027, 3, 26)
    stukken = date.fromisoformat(ronde.uitleg.waarden["stukken"])
    assert stukken > ronde.eind
    verhuurders = [
        b
        for b in a.bevindingen
        if b.sleutel == "PLAN-BESCHIKBAAR" and b.waarden.get("groep", "").startswith("Particuliere")
    ]
    # warned only for the round on a decision with a date of its own (the tourist tax)
    for b in verhuurders:
        assert all(r["van"] != ronde.start.isoformat() for r in b.waarden["rondes"])

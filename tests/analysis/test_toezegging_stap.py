"""Rules MIX-TOEZEGGING and PLAN-TOEZEGGING-REACTIE: the promised advice is given in one step,
the step where inwoners (or the advisers the promise names) actually give it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATUM

from pionieren.analysis.engine import analyse
from pionieren.analysis.result import Advies, MixOnderdeel
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin

_ROOT = Path(__file__).resolve().parents[2]
_CASES = sorted(
    [
        *(_ROOT / "tests" / "cases").glob("*.yaml"),
        *(_ROOT / "tests" / "cases" / "beoordeling").glob("*.yaml"),
        *(_ROOT / "vraagstukken").glob("*.yaml"),
    ]
)


def _advies(pad: Path) -> Advies:
    return analyse(load_vraagstuk(pad, str(pad)), builtin(), DATUM)


def _dragers(a: Advies) -> list[str]:
    return [m.werkvorm for m in a.mix if any(r.sleutel == "MIX-TOEZEGGING" for r in m.redenen)]


def _drager(a: Advies) -> list[MixOnderdeel]:
    """The steps that carry the promise (a visit to one group's meeting is its own row, also
    when another group's meeting is visited in the same design)."""
    return [m for m in a.mix if any(r.sleutel == "MIX-TOEZEGGING" for r in m.redenen)]


def _in_reactie(a: Advies) -> bool:
    return any(
        p.uitleg is not None
        and p.uitleg.sleutel == "FASE.reactie"
        and "toegezegd" in p.uitleg.waarden
        for p in a.planning
    )


@pytest.mark.parametrize("pad", _CASES, ids=lambda p: p.stem)
def test_the_promised_advice_is_given_in_one_step(pad: Path) -> None:
    """Review: 'Hier geven inwoners het advies dat het college toezegde' stood at the first
    gesprekken via sleutelfiguren and again at the avond over de keuzes."""
    a = _advies(pad)
    assert len(_dragers(a)) + int(_in_reactie(a)) <= 1


def test_the_advice_on_the_choice_carries_the_promise_not_the_first_round() -> None:
    a = _advies(_ROOT / "vraagstukken" / "bibliotheek.yaml")
    punten = {p.onderwerp for p in a.trede.onderwerpen if p.toegezegd}
    op_punt = [m for m in a.mix if punten & set(m.onderwerpen) and m.start and m.eind]
    assert len(op_punt) > 1
    (stap,) = [m for m in a.mix if m.werkvorm in _dragers(a)]
    assert stap.start == max(m.start for m in op_punt if m.start)
    assert "MIX-AFWEGEN" in stap.regels


def test_dorpsraden_the_promise_names_give_the_advice_at_their_own_meeting() -> None:
    """The wethouder promised that the dorpsraden advise which playgrounds stay: their own
    meeting carries the promise and the point, not the keukentafelgesprekken of neighbours."""
    a = _advies(_ROOT / "tests" / "cases" / "speelruimteplan-bramerveen.yaml")
    (stap,) = _drager(a)
    assert stap.voor[0].startswith("Dorpsraden")
    punt = next(p.onderwerp for p in a.trede.onderwerpen if p.toegezegd)
    assert punt in stap.onderwerpen
    (r,) = [r for r in stap.redenen if r.sleutel == "MIX-TOEZEGGING"]
    assert r.waarden["advies"] == [stap.voor[0]]


def test_a_form_for_one_group_gives_way_to_the_round_where_everyone_reacts() -> None:
    """The promise to the inwoners of two villages was said at the gesprekken via sleutelfiguren
    for the Taalhuis; the concept on that point lies open for everyone later."""
    a = _advies(_ROOT / "tests" / "cases" / "bibliotheek-dorpsvestigingen-vlietlanden.yaml")
    assert _dragers(a) == []
    assert _in_reactie(a)

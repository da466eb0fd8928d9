"""The level and the form per open point follow its room (reviews 43c and 43d: 'alleen de
ronde voor iedereen' on a point with large room)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.analysis import level
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Reikwijdte, Ruimte, Trede

CASES = Path(__file__).parents[1] / "cases"


def _kessenrade(**wijzig: Any) -> Any:
    v = load_vraagstuk(CASES / "kerk-herbestemming-kessenrade.yaml")
    return v.model_copy(update=wijzig) if wijzig else v


def _punt(advies: Any, begin: str) -> Any:
    return next(o for o in advies.trede.onderwerpen if o.onderwerp.startswith(begin))


def test_initiators_point_with_large_room_gets_at_least_adviseren() -> None:
    """The gemeente's ambition (raadplegen) does not hold the initiator's own point with large
    room (the dorpskamer) at an opinion only; its point with middle room keeps the ambition."""
    advies = advies_voor(_kessenrade())
    assert _punt(advies, "Hoe de dorpskamer").trede is Trede.adviseren
    assert _punt(advies, "Voorrang voor dorpsgenoten").trede is Trede.raadplegen
    # the gemeente's own point keeps its explicit lower ambition
    assert _punt(advies, "Hoeveel woningen").trede is Trede.raadplegen
    assert "TREDE-RUIMTE-INITIATIEFNEMER" in advies.trede.regels
    # and the point has a form of its own, not only the round for everyone
    assert any("Hoe de dorpskamer" in o for m in advies.mix for o in m.onderwerpen)


def test_a_lower_promise_of_the_decider_stays_the_limit() -> None:
    assert level.ruimte_initiatiefnemer(Trede.raadplegen, Trede.raadplegen, Ruimte.groot) is (
        Trede.raadplegen
    )
    assert level.ruimte_initiatiefnemer(Trede.meebeslissen, Trede.raadplegen, Ruimte.groot) is (
        Trede.adviseren
    )
    assert level.ruimte_initiatiefnemer(Trede.adviseren, Trede.raadplegen, Ruimte.middel) is (
        Trede.raadplegen
    )


def test_opinion_point_with_large_room_uses_a_deepening_form_already_in_the_design() -> None:
    """'Of de scores van de drie plekken kloppen' (large room, raadplegen) is carried by the
    joint fact-finding already in the design, not only by the round for everyone."""
    advies = advies_voor(load_vraagstuk(CASES / "beschermd-wonen-plus-dijkmeer.yaml"))
    punt = _punt(advies, "Of de scores").onderwerp
    dragers = [m for m in advies.mix if punt in m.onderwerpen]
    assert "joint-fact-finding" in [m.werkvorm for m in dragers]
    # besides it, only the own talk of a hard-to-reach group the point concerns (rule
    # MIX-INCLUSIE), never the round for everyone
    kennis = {w.id: w for w in builtin().werkvormen}
    assert all(
        kennis[m.werkvorm].verbreding_of_verdieping is not Reikwijdte.verbreding for m in dragers
    )

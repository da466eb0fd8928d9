"""MIX-POLARISATIE: a project with children in the class needs no independent chair; the
teacher leads and the sides of the conflict are not in the room (review 62c: 'Project op
scholen. Ook hier een onafhankelijke gespreksleider')."""

from __future__ import annotations

from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.mix.polarisatie import gespreksleider_nodig
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Kenmerk, Modus, Trede


def _keuze(werkvorm_id: str) -> Keuze:
    w = next(w for w in builtin().werkvormen if w.id == werkvorm_id)
    return Keuze(w, Modus.denken, Trede.raadplegen)


def test_no_independent_chair_for_a_class_or_a_childrens_session() -> None:
    kinderen = [
        w.id for w in builtin().werkvormen if Kenmerk.kinderen in w.bereikt and w.bijeenkomst
    ]
    assert "scholenproject" in kinderen
    for werkvorm_id in kinderen:
        assert not gespreksleider_nodig(_keuze(werkvorm_id)), werkvorm_id


def test_an_open_evening_still_needs_one() -> None:
    assert gespreksleider_nodig(_keuze("inloopavond"))
    assert gespreksleider_nodig(_keuze("rondetafel"))

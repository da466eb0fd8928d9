"""Time to process a round before a moment's papers, and a formal advice after the options
are public (review 50a/50b: 'the tool finds its own scheduling conflicts and prints them
instead of fixing them')."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import advies_voor

from pionieren.analysis.planning import (
    VERWERK_WERKDAGEN,
    _werkdagen_tussen,
    vakantieweken,
    werkweken,
)
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Vakantieregio

_CASES = Path(__file__).resolve().parents[1] / "cases"
_PADEN = sorted(
    [
        *_CASES.glob("*.yaml"),
        *_CASES.glob("beoordeling/*.yaml"),
        *_CASES.glob("wachtrij/*.yaml"),
        *(Path(__file__).resolve().parents[2] / "vraagstukken").glob("*.yaml"),
    ]
)
#: Rounds whose outcome the gemeente must write into the next paper itself.
_BERAAD = {"burgerjury", "burgerberaad", "burgertop", "cocreatie-werkgroep", "ontwerpatelier"}


@pytest.mark.parametrize("pad", _PADEN, ids=lambda p: p.stem)
def test_a_deliberative_round_ends_two_working_weeks_before_a_moments_papers(pad: Path) -> None:
    """A burgerjury, burgerberaad or werkgroep that feeds a moment's paper ends at least ten
    working days before it (review 50b, Vechtstede: the burgerjury ended on 6 September, the
    papers were due on 7 September)."""
    v = load_vraagstuk(pad)
    advies = advies_voor(v)
    eigen = {w.id for w in v.werkvormen if w.periode is not None}
    vrij = vakantieweken(builtin().vakanties, v.vakantieregio)
    zuid = v.vakantieregio is Vakantieregio.zuid
    papieren = [
        date.fromisoformat(p.uitleg.waarden["stukken"])
        for p in advies.planning
        if p.uitleg and p.uitleg.sleutel == "FASE.moment" and p.uitleg.waarden.get("stukken")
    ]
    for p in advies.planning:
        if not set(p.werkvormen) & _BERAAD or set(p.werkvormen) & eigen:
            continue
        for stuk in papieren:
            if p.start < stuk and p.eind < stuk:
                assert _werkdagen_tussen(p.eind, stuk, vrij, zuid) >= VERWERK_WERKDAGEN, (
                    p.werkvormen,
                    p.eind,
                    stuk,
                )


def test_vechtstede_burgerjury_leaves_time_for_the_commissions_papers() -> None:
    advies = advies_voor(load_vraagstuk(_CASES / "wachtrij" / "hoogbouwvisie-vechtstede.yaml"))
    (jury,) = [p for p in advies.planning if "burgerjury" in p.werkvormen]
    (m,) = [
        p
        for p in advies.planning
        if p.uitleg and p.uitleg.sleutel == "FASE.moment" and p.start == date(2027, 10, 5)
    ]
    assert jury.eind < date.fromisoformat(m.uitleg.waarden["stukken"])
    # the round closes before the summer holiday: its note no longer names that holiday
    assert not (jury.uitleg and "vakanties" in jury.uitleg.waarden)


@pytest.mark.parametrize("pad", _PADEN, ids=lambda p: p.stem)
def test_a_formal_advice_comes_after_the_options_are_public(pad: Path) -> None:
    """A body's written advice (schriftelijk advies van een adviesraad) is not planned before
    the reaction round that makes the options public, unless a fixed moment in between uses it
    (review 50a, Harwoude: the marktcommissie advised before 'Op 3 mei 2027 komen de
    mogelijkheden openbaar')."""
    v = load_vraagstuk(pad)
    if any(w.id == "clientenraad" and w.periode is not None for w in v.werkvormen):
        return
    advies = advies_voor(v)
    rondes = [p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie"]
    if not rondes or rondes[0].fase.value == "uitwerken":
        return
    ronde = rondes[0]
    for p in advies.planning:
        if "clientenraad" not in p.werkvormen or p.eind >= ronde.start:
            continue
        tussen = [
            m
            for m in advies.planning
            if m.uitleg and m.uitleg.sleutel == "FASE.moment" and p.start <= m.start < ronde.start
        ]
        assert tussen, (p.start, p.eind, ronde.start)


def _consultatie(advies: object) -> tuple[date, date]:
    (p,) = [
        p
        for p in advies.planning  # type: ignore[attr-defined]
        if p.uitleg and p.uitleg.sleutel == "FASE.reactie"
    ]
    return p.start, p.eind


def test_the_reaction_round_is_as_long_as_the_verordening_requires() -> None:
    """besluit.reactietermijn_weken: the round is never shorter than the weeks the case's
    participatieverordening asks (review 50b, Vechtstede: six weeks asked, 29 November - 24
    December planned); without the field the planner keeps its own, shorter round."""
    v = load_vraagstuk(_CASES / "wachtrij" / "hoogbouwvisie-vechtstede.yaml")
    assert v.besluit is not None and v.besluit.reactietermijn_weken == 6
    vrij = vakantieweken(builtin().vakanties, v.vakantieregio)
    start, eind = _consultatie(advies_voor(v))
    assert werkweken(start, eind, vrij) >= 6
    zonder = v.model_copy(
        update={"besluit": v.besluit.model_copy(update={"reactietermijn_weken": None})}
    )
    start, eind = _consultatie(advies_voor(zonder))
    assert werkweken(start, eind, vrij) < 6

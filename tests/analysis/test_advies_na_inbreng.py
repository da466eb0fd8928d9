"""Property over every development case (rule PLAN-ADVIES-OP-CONCEPT): the promised advice of a
body in its own meeting ends after the rounds in which the groups it advises on are heard, when
the calendar leaves a working week for it before the proposal (review 58a: the dorpsraden of
Geuldaal advised in January, before the neighbours of the sites were heard in March; the
dorpsraad of Hoenwijk before the businesses' round table the same promise covers)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import DATUM, ONTWIKKELCASUSSEN, advies_voor

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.plan import belofte_aan
from pionieren.analysis.planning import vakantieweken, werkweken
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Procesfase, Trede

_RONDES = (Procesfase.ophalen, Procesfase.verdiepen)
_DAG = timedelta(days=1)


def _maandag_na(d: date) -> date:
    return d + timedelta(days=7 - d.weekday())


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_promised_advice_ends_after_the_rounds_it_advises_on(pad: Path) -> None:
    v = load_vraagstuk(pad)
    belofte = v.besluit.toezegging if v.besluit else None
    if belofte is None or belofte.trede is not Trede.adviseren or not belofte.tekst:
        return
    vergaderingen = [
        w for w in v.werkvormen if w.id == "eigen-vergadering" and w.van is None and w.tot is None
    ]
    if not vergaderingen:
        return
    kennis = builtin()
    advies = advies_voor(v, kennis)
    f = Feiten(v, kennis, DATUM)
    if not any(
        belofte_aan(f, belofte.tekst, n) for w in vergaderingen for n in (w.voor, w.door) if n
    ):
        return
    (fase,) = [p for p in advies.planning if "eigen-vergadering" in p.werkvormen] or [None]
    if fase is None or fase.start is None or fase.eind is None:
        return
    sleutels = {p.uitleg.sleutel for p in advies.planning if p.uitleg is not None}
    if fase.uitleg is not None and fase.uitleg.sleutel == "FASE.moment":
        return  # on the date the case fixes for the body's meeting
    if "FASE.toegezegd_advies" in sleutels:
        return  # the promised advice has a step of its own, on the concept
    voorstel = min(
        (
            p.start
            for p in advies.planning
            if p.fase in (Procesfase.toetsen, Procesfase.besluit)
            and p.start is not None
            and "eigen-vergadering" not in p.werkvormen
        ),
        default=None,
    )
    if voorstel is None:
        return
    rondes = [
        p
        for p in advies.planning
        if p.fase in _RONDES
        and p.werkvormen
        and "eigen-vergadering" not in p.werkvormen
        and p.eind is not None
        and p.eind < voorstel
    ]
    vrij = vakantieweken(kennis.vakanties, v.vakantieregio)
    # rounds that start with or after the meeting and end before the proposal, with a working
    # week left after them: the meeting should have come after them
    te_vroeg = [
        p
        for p in rondes
        if p.eind > fase.eind and werkweken(_maandag_na(p.eind), voorstel - _DAG, vrij) >= 1
    ]
    assert not te_vroeg, [(p.werkvormen, p.start, p.eind, fase.start, fase.eind) for p in te_vroeg]

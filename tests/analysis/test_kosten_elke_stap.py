"""Every step of the design has a cost line, and the total the advice names is the sum of the
rows it pays (review 56c, Marnewold: "De kosten van jongerenjury en marktconsultatie ... tellen
niet mee", a total that left out the case's own steps)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ONTWIKKELCASUSSEN, advies_voor

from pionieren.analysis.mix.kosten import met_onvoorzien, raming
from pionieren.input.load import load_vraagstuk


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.name)
def test_every_step_is_costed_and_the_total_is_the_sum(pad: Path) -> None:
    v = load_vraagstuk(pad)
    advies = advies_voor(v)
    for m in advies.mix:
        assert m.kosten_euro[1] > 0, (pad.name, m.werkvorm)
        assert m.schatting_euro == raming(*m.kosten_euro), (pad.name, m.werkvorm)
    samen = v.kaders.betaler == "beide"
    betaald = {"gemeente", "initiatiefnemer"} if samen else {"gemeente"}
    if v.kaders.betaler == "initiatiefnemer":
        return
    rijen = [m for m in advies.mix if m.betaald_door in betaald]
    laag = sum(m.kosten_euro[0] for m in rijen)
    hoog = sum(m.kosten_euro[1] for m in rijen)
    assert advies.middelen.schatting_euro == met_onvoorzien(laag, hoog), pad.name

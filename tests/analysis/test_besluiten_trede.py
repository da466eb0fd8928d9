"""The sentence of the form where inwoners make choices follows the level of the open points
it carries: 'inwoners maken zelf keuzes in het plan' only where they decide on those points
(review 51a: an ontwerpatelier carrying points where inwoners advise)."""

from __future__ import annotations

from pathlib import Path

from helpers import advies_voor

from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.teksten import Wording
from pionieren.vocabulary import Trede

CASES = Path(__file__).parents[1] / "cases"


def test_the_choice_sentence_follows_the_level_of_the_points_it_carries() -> None:
    gezien = 0
    for pad in [
        CASES / "review51" / "herinrichting-hoofdstraat-ommerwolde.yaml",
        CASES / "review51" / "loting-starterswoningen-beekloon.yaml",
    ]:
        advies = advies_voor(load_vraagstuk(pad))
        treden = {o.onderwerp: o.trede for o in advies.trede.onderwerpen if o.open}
        for m in advies.mix:
            for r in m.redenen:
                if r.sleutel != "MIX-BESLUITEN.gekozen" or r.waarden.get("loting"):
                    continue
                gezien += 1
                hoogste = max(
                    (treden[o] for o in m.onderwerpen if o in treden),
                    key=lambda t: t.rang,
                    default=None,
                )
                tekst = Wording(builtin().teksten).render(r.sleutel, r.waarden)
                if hoogste is not None and hoogste.rang < Trede.meebeslissen.rang:
                    assert "zelf keuzes" not in tekst, (m.werkvorm, hoogste)
                    assert "het bestuur beslist" in tekst
    assert gezien

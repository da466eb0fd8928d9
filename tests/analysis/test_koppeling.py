"""Groups, points and werkvormen linked right (review 50): what a row says about whom it
reaches and at what level follows from that werkvorm and that group, never from another row."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATUM, rapport_gegevens

from pionieren.analysis.mix.bereik import alleen_jeugd, eigen_kenmerken, over_jeugd
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Kenmerk, Niveau, Trede

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
ALLE = (
    sorted(CASES.glob("*.yaml"))
    + sorted((CASES / "beoordeling").glob("*.yaml"))
    + sorted((CASES / "wachtrij").glob("*.yaml"))
    + sorted((ROOT / "vraagstukken").glob("*.yaml"))
)
CATALOGUS = {w.id: w for w in builtin().werkvormen}
JEUGD = {Kenmerk.kinderen, Kenmerk.jongeren}


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_a_form_for_children_goes_above_adviseren_only_on_their_own_place(pad: Path) -> None:
    """Children's drawings are no coproduction of a plan that is not theirs (review 50: a
    night shelter whose entrance point names the schoolyard): above adviseren only for a point
    about them, when a group of them has a large stake."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    for m in advies.mix:
        w = CATALOGUS.get(m.werkvorm)
        if w is None or not alleen_jeugd(w) or m.trede.rang <= Trede.adviseren.rang:
            continue
        voor = set(w.alleen_voor or w.bereikt) & JEUGD
        assert any(
            p.belang is Niveau.hoog and eigen_kenmerken(p) & voor for p in v.belanghebbenden
        ), (m.werkvorm, m.trede)
        punten = [o.onderwerp for o in advies.trede.onderwerpen if o.open]
        assert any(over_jeugd(o) for o in m.onderwerpen + punten), m.werkvorm


def test_childrens_drawings_at_a_shelter_are_advice_not_coproduction() -> None:
    advies, _, _ = rapport_gegevens(
        CASES / "wachtrij" / "opvang-kantoor-kieldiep-veendijk.yaml", DATUM
    )
    kind = next(m for m in advies.mix if m.werkvorm == "kinderparticipatie")
    assert kind.trede.rang <= Trede.adviseren.rang
    # on a playground that is theirs they still design along
    advies, _, _ = rapport_gegevens(CASES / "klaverveld-speelnatuur.yaml", DATUM)
    kind = next(m for m in advies.mix if m.werkvorm == "kinderparticipatie")
    assert kind.trede is Trede.coproduceren

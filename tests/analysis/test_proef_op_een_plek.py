"""Review 64b (Klinkerwijk): the case's own trial in one street shows how something works there.
It does not carry a choice between options for the whole area, nor a point another party
decides (rule MIX-ONDERWERP, :func:`proef_op_een_plek`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.input.load import load_vraagstuk
from pionieren.pipeline import advise

CASES = Path(__file__).parents[2] / "tests" / "cases"
DATUM = date(2026, 12, 1)


def _pilot(pad: Path) -> tuple[list[str], list[str]]:
    r = advise(pad, datum=DATUM)
    pilot = next(m for m in r.advies.mix if m.werkvorm == "pilot")
    keuzes = [o.onderwerp for o in r.advies.trede.onderwerpen if o.keuze]
    return pilot.onderwerpen, keuzes


def test_proef_in_een_straat_weegt_geen_keuze_voor_de_wijk() -> None:
    punten, keuzes = _pilot(
        CASES / "review57" / "energiearmoede-energiefixers-klinkerwijk-veenmarke.yaml"
    )
    assert keuzes
    assert not set(punten) & set(keuzes)
    assert not any(p.startswith("Wat de woonstichting") for p in punten)
    # what a trial in one street can show stays with it
    assert any(p.startswith("Wat er in het standaardpakket") for p in punten)


def test_proef_in_de_hele_wijk_mag_wegen() -> None:
    pad = CASES / "review57" / "energiearmoede-energiefixers-klinkerwijk-veenmarke.yaml"
    v = load_vraagstuk(pad)
    werkvormen = [
        w.model_copy(update={"voor": "de hele Klinkerwijk"}) if w.id == "pilot" else w
        for w in v.werkvormen
    ]
    r = advise(v.model_copy(update={"werkvormen": werkvormen}), datum=DATUM)
    pilot = next(m for m in r.advies.mix if m.werkvorm == "pilot")
    keuzes = {o.onderwerp for o in r.advies.trede.onderwerpen if o.keuze}
    assert set(pilot.onderwerpen) & keuzes

"""Rule PLAN-VOLGORDE-VAST: when the case's own dates put a standing body's advice before the
input it advises on, or a round past the papers it feeds, the report says so in one line for
the bestuur and never says there is ample time (review 57b, Mergelrode: the Adviesraad advised
until 15 September on the panel's work that ran until 24 September, after the commissie's
papers of 21 September, under 'Er is ruim tijd')."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk

CASE = (
    Path(__file__).parents[1]
    / "cases"
    / "review56"
    / "inclusieagenda-ervaringsdeskundigen-mergelrode.yaml"
)
PANEL = "denktank-ervaringsdeskundigen"


def _met_panel_tot(tot: str | None) -> Vraagstuk:
    data = load_vraagstuk(CASE).model_dump(mode="json", exclude_none=True)
    if tot is not None:
        data["werkvormen"] = [
            {**w, "tot": tot} if w["id"] == PANEL else w for w in data["werkvormen"]
        ]
    return Vraagstuk.model_validate(data)


def _bevindingen(v: Vraagstuk) -> tuple[list[Any], list[Any]]:
    advies = advies_voor(v)
    volgorde = [b for b in advies.bevindingen if b.regel == "PLAN-VOLGORDE-VAST"]
    ruim = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.ruim"]
    return volgorde, ruim


def test_fixed_advice_before_the_panel_is_named_and_time_is_not_ample() -> None:
    v = _met_panel_tot(None)
    (panel,) = [w for w in v.werkvormen if w.id == PANEL]
    (raad,) = [w for w in v.werkvormen if w.id == "clientenraad"]
    assert panel.tot is not None and raad.tot is not None and raad.tot < panel.tot
    volgorde, ruim = _bevindingen(v)
    assert len(volgorde) == 1
    (b,) = volgorde
    assert b.waarden["paren"] and b.waarden["laat"]
    assert "bestuur" in b.tekst
    assert ruim and all("ruim tijd" not in r.tekst for r in ruim)


def test_the_same_dates_in_the_right_order_say_nothing() -> None:
    """The panel closes before the Adviesraad's advice and before the papers: nothing to say,
    and the ample time may be said."""
    volgorde, ruim = _bevindingen(_met_panel_tot("2027-08-27"))
    assert not volgorde
    assert ruim and all("ruim tijd" in r.tekst for r in ruim)

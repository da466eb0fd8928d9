"""A form that recruits by lot (a burgerjury, a burgerberaad) never reads 'wie zich meldt'."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.vocabulary import Werving

CASES = Path(__file__).parents[1] / "cases"
DATUM = date(2026, 12, 1)
VECHTSTEDE = CASES / "wachtrij" / "hoogbouwvisie-vechtstede.yaml"


def test_a_form_by_lot_without_groups_says_who_takes_part() -> None:
    kennis = builtin()
    geloot = {w.naam for w in kennis.werkvormen if w.werving is Werving.loting}
    uit = advise_file(VECHTSTEDE, VECHTSTEDE.name, kennis, DATUM, "md")
    rijen = [
        r
        for r in uit.rapport.decode("utf-8").splitlines()
        if r.startswith("| ") and any(f"| {naam} |" in r for naam in geloot)
    ]
    # review 50: 'Burgerjury … wie zich meldt' while the text promises stratified lot
    assert rijen
    for rij in rijen:
        assert "wie zich meldt" not in rij
        assert "geloot" in rij or "gelote" in rij

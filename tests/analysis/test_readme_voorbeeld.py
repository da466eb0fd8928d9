"""The field example in the README is one coherent calendar: the advice on it has no warning
about its own dates (found by a new-user try: the application date ended the legal term before
the decision, and the trial ran on past it)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from helpers import advies_voor

from pionieren.analysis.result import Ernst
from pionieren.input.load import read_vraagstuk

ROOT = Path(__file__).resolve().parents[2]


def _voorbeeld(tmp_path: Path) -> Path:
    readme = (ROOT / "README.md").read_text("utf-8")
    blokken = re.findall(r"```yaml\n(.*?)```", readme, flags=re.S)
    (veld,) = [b for b in blokken if b.startswith("titel: ")]
    pad = tmp_path / "voorbeeld.yaml"
    pad.write_text(veld, "utf-8")
    return pad


def test_the_readme_field_example_has_a_coherent_calendar(tmp_path: Path) -> None:
    vraagstuk, _ = read_vraagstuk(_voorbeeld(tmp_path), "voorbeeld.yaml")
    # every date field is filled in, so the calendar is the example's own
    k = vraagstuk.kaders
    assert vraagstuk.besluit is not None and vraagstuk.besluit.aanvraag is not None
    assert k.inbreng_uiterlijk and k.uitvoering_van and k.uitvoering_tot
    advies = advies_voor(vraagstuk, datum=date(2026, 11, 29))
    kalender = [
        b.sleutel
        for b in advies.bevindingen
        if b.regel in ("PLAN-KALENDER", "MIX-INSTRUMENT") and b.ernst is Ernst.waarschuwing
    ]
    assert kalender == []

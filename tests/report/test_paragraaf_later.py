"""Review 65b (kinderboerderij): 'Uitwerken na het besluit (...): wat daarna speelt, samen
uitwerken' said nothing. A round before a later decision on its own point names that point in
the paragraaf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.pipeline import advise

CASES = Path(__file__).parents[2] / "tests" / "cases"
DATUM = date(2026, 12, 1)


def test_latere_ronde_noemt_haar_onderwerp() -> None:
    par = advise(
        CASES / "blind65" / "kinderboerderij-de-hooiberg-meersloot.yaml",
        datum=DATUM,
        formaat="paragraaf",
    ).tekst
    rijen = [r for r in par.splitlines() if r.startswith("- Uitwerken na het besluit")]
    assert rijen
    assert all("wat daarna speelt" not in r for r in rijen)
    assert any(
        "een eigen ronde vóór het besluit over de voorwaarden voor een overdracht" in r
        for r in rijen
    )

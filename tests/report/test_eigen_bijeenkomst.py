"""Review 42d: the volleyball club's own evening, where it hands its petition to raadsleden,
says how raad and griffie deal with it, and cites a source that carries the petition's route."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

CASES = Path(__file__).parents[1] / "cases"


@pytest.mark.parametrize("formaat", ["md", "html"])
def test_de_eigen_avond_van_de_club_zegt_hoe_de_petitie_bij_de_raad_komt(formaat: str) -> None:
    pad = CASES / "sporthallen-ommerlo.yaml"
    tekst = advise_file(pad, pad.name, builtin(), date(2026, 11, 30), formaat).rapport.decode()
    alinea = tekst.split("Dit is de eigen bijeenkomst van Volleybalvereniging VV Ommerlo", 1)[1]
    alinea = alinea.split("\n", 1)[0]
    assert "de gemeente neemt dat niet over" in alinea
    assert "De petitie gaat via de griffie naar de raad" in alinea
    assert "(Gemeente Heerde z.j.)" in alinea
    assert "Deze werkvorm is voorgesteld door" not in alinea
    assert "heerde.nl" in tekst.split("Bronnen", 1)[1]

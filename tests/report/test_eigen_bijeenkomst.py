"""Review 42d: the volleyball club's own evening, where it hands its petition to raadsleden,
says how raad and griffie deal with it, and cites a source that carries the petition's route."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import maak

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise, advise_file

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


def test_een_eigen_tafel_met_eigen_publiek_heet_niet_naar_een_groep() -> None:
    """A new case (sessie 40): the ondernemers proposed a rondetafel 'for winkeliers, personeel
    en de vakbonden'; only the vakbonden stayed in it (the others have forms of their own), and
    the heading became 'Eigen gesprek met Vakbonden FNV en CNV' above the case's own audience."""
    v = maak(
        schaal="gemeente",
        omschrijving="Mogen winkels op zondag open?",
        kaders={"beinvloedingsruimte": "klein", "open": ["Of winkels op zondag open mogen."]},
        werkvormen=[
            {
                "id": "rondetafel",
                "status": "voorgesteld",
                "door": "Ondernemersvereniging Centrum",
                "voor": "het personeel en de vakbonden",
            }
        ],
        belanghebbenden=[
            {
                "naam": "Vakbonden FNV en CNV",
                "soort": "maatschappelijke_organisatie",
                "invloed": "middel",
                "belang": "hoog",
            },
            {
                "naam": "Ondernemersvereniging Centrum",
                "soort": "ondernemers",
                "invloed": "middel",
                "belang": "hoog",
            },
        ],
    )
    rapport = advise(v, datum=date(2026, 12, 1)).rapport.decode("utf-8")
    assert "Eigen gesprek met Vakbonden" not in rapport
    assert "Rondetafelgesprek met belanghebbenden" in rapport

"""The report names the body of a gemeenschappelijke regeling that decides and adopts the plan
(review 44a: 'een ander orgaan dan de gemeente', 'noem haar in het participatieplan', 'het
college stelt het participatieplan vast')."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

CASES = Path(__file__).parents[1] / "cases"


@pytest.mark.parametrize("formaat", ["md", "html"])
def test_de_regeling_heeft_een_naam_en_stelt_het_plan_vast(formaat: str) -> None:
    pad = CASES / "diftar-afvalschap-lingemaas.yaml"
    tekst = advise_file(pad, pad.name, builtin(), date(2026, 11, 30), formaat).rapport.decode(
        "utf-8"
    )
    assert "noem haar in het participatieplan" not in tekst
    assert "een andere partij dan de gemeente" not in tekst.lower()
    assert "het college het participatieplan" not in tekst
    # no 'Daarom stelt het dagelijks bestuur … vast' as if the Wgr said so (review 53a)
    assert "Daarom stelt het dagelijks bestuur" not in tekst
    assert "spreek met de regio af wie haar organiseert" in tekst
    assert "participatieverordening van uw gemeente" not in tekst

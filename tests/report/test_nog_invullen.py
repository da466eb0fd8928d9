"""Review 25a: notes about filling in the vraagstuk stay out of the summary for bestuurders; the
report lists them apart at the end, and the JSON keeps them as findings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.data import INVOER_REGELS

CASUS = Path(__file__).parents[1] / "cases" / "omgekeerd-inzamelen-lindemeer.yaml"
DATUM = date(2026, 11, 29)


@pytest.mark.parametrize("formaat", ["md", "html"])
def test_input_notes_are_listed_apart_not_in_the_summary(formaat: str) -> None:
    advies = advise_file(CASUS, CASUS.name, builtin(), DATUM, "json").advies
    invoer = [b for b in advies.bevindingen if b.regel in INVOER_REGELS]
    # the case names a date in its text that no field gives, and the design runs past it
    assert any(b.regel == "PLAN-TUSSENDATUM" and b.ernst.value == "waarschuwing" for b in invoer)
    tekst = advise_file(CASUS, CASUS.name, builtin(), DATUM, formaat).rapport.decode("utf-8")
    kop = "Nog in te vullen in het vraagstuk"
    assert kop in tekst
    samenvatting, _, rest = tekst.partition("Invloed van inwoners")
    voor_de_lijst, _, lijst = rest.partition(kop)
    for b in invoer:
        zin = b.tekst.split(".")[0].replace("_", "\\_" if formaat == "md" else "_")
        assert zin not in samenvatting and zin not in voor_de_lijst, b.regel
        assert zin in lijst, b.regel
    assert "kaders.inbreng" not in samenvatting

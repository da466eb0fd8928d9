"""The documented limits on the number of stakeholders (SECURITY.md): 10,000 per vraagstuk, and
500 in a report that lays out pages (PDF, Word)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.errors import InvoerFout, UserError
from pionieren.input.model import MAX_BELANGHEBBENDEN, MAX_BELANGHEBBENDEN_OPGEMAAKT
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

KOP = """titel: Veel groepen
gemeente: Voorbeeldstad
omschrijving: Een vraagstuk met heel veel groepen.
initiatiefnemer: gemeente
fase: beleidsvorming
schaal: gemeente
kaders:
  beinvloedingsruimte: middel
belanghebbenden:
"""


def _bestand(tmp_path: Path, aantal: int) -> Path:
    regels = [
        f"  - {{naam: Groep {i}, soort: inwoners, invloed: laag, belang: hoog}}"
        for i in range(aantal)
    ]
    pad = tmp_path / "veel.yaml"
    pad.write_text(KOP + "\n".join(regels) + "\n", encoding="utf-8")
    return pad


def test_more_than_the_limit_is_refused_with_its_position(tmp_path: Path) -> None:
    pad = _bestand(tmp_path, MAX_BELANGHEBBENDEN + 1)
    with pytest.raises(InvoerFout) as info:
        advise_file(pad, pad.name, builtin(), date(2026, 11, 28), "json")
    (probleem,) = info.value.problemen
    assert "hoogstens 10000" in probleem.melding or "hoogstens 10.000" in probleem.melding


def test_a_pdf_or_word_report_has_its_own_limit(tmp_path: Path) -> None:
    pad = _bestand(tmp_path, MAX_BELANGHEBBENDEN_OPGEMAAKT + 1)
    for formaat in ("pdf", "docx"):
        with pytest.raises(UserError, match="hoogstens 500 belanghebbenden tonen"):
            advise_file(pad, pad.name, builtin(), date(2026, 11, 28), formaat)
    # the same file as Markdown is fine
    assert advise_file(pad, pad.name, builtin(), date(2026, 11, 28), "md").rapport

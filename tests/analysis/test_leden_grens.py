"""An association's members' meeting carries no more influence than what that association
decides itself (rule MIX-INSTRUMENT)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from helpers import advies_voor

from pionieren.input.model import Vraagstuk
from pionieren.vocabulary import Trede

CASES = Path(__file__).resolve().parents[1] / "cases"


def _leden(data: dict[str, Any]) -> tuple[Trede, str]:
    advies = advies_voor(Vraagstuk.model_validate(data))
    (m,) = [m for m in advies.mix if m.werkvorm == "ledenvergadering"]
    tekst = " ".join(b.tekst for b in advies.bevindingen if b.regel == "MIX-INSTRUMENT")
    return m.trede, tekst


def test_members_decide_only_what_their_association_decides() -> None:
    """Review 45a (Ter Heyde): an owners' association's ledenvergadering was 'meebeslissen' on
    the raad's decision, while the association decided no point of its own."""
    data = yaml.safe_load((CASES / "hofje-schoolkavel-schoonderwoude.yaml").read_text("utf-8"))
    # the initiating association decides its own design: its members decide
    trede, _ = _leden(data)
    assert trede.rang >= Trede.meebeslissen.rang
    # the same meeting of an association that decides nothing here: its members advise
    for w in data["werkvormen"]:
        if w["id"] == "ledenvergadering":
            w["door"] = "Dorpsraad Schoonderwoude"
    trede, tekst = _leden(data)
    assert trede.rang <= Trede.adviseren.rang
    assert "want Dorpsraad Schoonderwoude beslist hier niet zelf" in tekst

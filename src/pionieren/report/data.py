"""The plain data that report templates receive (dicts, lists and strings only)."""

from __future__ import annotations

from typing import Any

from pionieren.analysis.registry import REGELS, THEMAS
from pionieren.analysis.result import Advies
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.catalogue import KENMERK_LABELS
from pionieren.knowledge.load import Kennis

LABELS: dict[str, dict[str, str]] = {
    "kwadrant": {
        "sleutelspeler": "sleutelspeler",
        "tevreden_houden": "tevreden houden",
        "op_de_hoogte_houden": "op de hoogte houden",
        "monitoren": "monitoren",
    },
    "rol": {
        "raad": "Gemeenteraad",
        "college": "College van B en W",
        "burgemeester": "Burgemeester",
        "ambtelijke_organisatie": "Ambtelijke organisatie",
        "griffie": "Griffie",
        "inwoners": "Inwoners",
        "initiatiefnemer": "Initiatiefnemer",
    },
    "ernst": {"waarschuwing": "Waarschuwing", "let_op": "Let op", "info": "Ter informatie"},
    "modus": {"denken": "samen denken", "besluiten": "samen besluiten", "doen": "samen doen"},
    "niveau": {"laag": "laag", "middel": "middel", "hoog": "hoog"},
    "kenmerk": {k.value: v for k, v in KENMERK_LABELS.items()},
}


def report_data(
    advies: Advies,
    vraagstuk: Vraagstuk,
    kennis: Kennis,
    bestand: str,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything a template may show; it decides nothing itself."""
    gebruikt = {m.werkvorm for m in advies.mix}
    return {
        "advies": advies.model_dump(mode="json"),
        "vraagstuk": vraagstuk.model_dump(mode="json"),
        "werkvormen": {
            w.id: {**w.model_dump(mode="json"), "herkomst": kennis.herkomst.get(w.id, "")}
            for w in kennis.werkvormen
            if w.id in gebruikt
        },
        "bronnen": [kennis.bronnen[b].model_dump(mode="json") for b in advies.bronnen],
        "regels": [
            {
                "id": r,
                "titel": REGELS[r].titel,
                "thema": THEMAS[REGELS[r].thema],
                "uitleg": REGELS[r].uitleg,
                "bronnen": list(REGELS[r].bronnen),
            }
            for r in advies.regels_toegepast
        ],
        "ladder": [t.model_dump(mode="json") for t in kennis.ladder.treden],
        "labels": LABELS,
        "invoer": bestand,
        "instellingen": extra or {},
    }

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


_NIVEAU_INDEX = {"laag": 0, "middel": 1, "hoog": 2}


def stakeholder_map(vraagstuk: Vraagstuk) -> list[dict[str, Any]]:
    """Positions (0..1) on the invloed x belang map; parties in one cell are spread out."""
    cellen: dict[tuple[int, int], list[int]] = {}
    for index, partij in enumerate(vraagstuk.belanghebbenden):
        cel = (_NIVEAU_INDEX[partij.belang.value], _NIVEAU_INDEX[partij.invloed.value])
        cellen.setdefault(cel, []).append(index)
    punten = []
    for (x, y), leden in sorted(cellen.items()):
        kolommen = min(len(leden), 4)
        rijen = (len(leden) + kolommen - 1) // kolommen
        for i, index in enumerate(leden):
            kolom, rij = i % kolommen, i // kolommen
            partij = vraagstuk.belanghebbenden[index]
            punten.append(
                {
                    "nummer": index + 1,
                    "naam": partij.naam,
                    "x": round((x + (kolom + 1) / (kolommen + 1)) / 3, 4),
                    "y": round((y + (rij + 1) / (rijen + 1)) / 3, 4),
                    "houding": partij.houding.value,
                }
            )
    return sorted(punten, key=lambda p: p["nummer"])


def timeline(advies: Advies) -> dict[str, Any]:
    """Bars per werkvorm in weeks, and the week of the decision, for the timeline picture."""
    einde = max([m.eind_week for m in advies.mix] + [advies.middelen.weken_beschikbaar or 0, 1])
    return {
        "weken": einde,
        "besluit": advies.middelen.weken_beschikbaar,
        "balken": [
            {
                "naam": m.naam,
                "modus": m.modus.value,
                "start": m.start_week,
                "eind": max(m.eind_week, m.start_week + 1),
            }
            for m in advies.mix
        ],
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
        "kaart": stakeholder_map(vraagstuk),
        "tijdlijn": timeline(advies),
        "instellingen": extra or {},
    }

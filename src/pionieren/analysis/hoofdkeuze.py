"""The main choice of a case and the points that work out its details (rule MIX-VOLGORDE).

An adviser first opens the choice between alternatives (scenarios, variants, places, 'of ...
of ...'), and only then works out the details within the chosen one. This module only tells
which open point is that main choice and which points are details; when the case does not let
it tell with certainty, it finds none, and the order stays as it was.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pionieren.input.model import Onderwerp
from pionieren.vocabulary import Beslisser

#: An open point that chooses between alternatives: 'welk van de drie scenario's', a variant,
#: 'kiezen tussen', the choice of a place, a whether-question ('Of de markt terugkeert').
_ALTERNATIEVEN = re.compile(
    r"\bwelke?\s+van\s+de\s+(?:twee|drie|vier|vijf|zes|\d+)\b"
    r"|\bscenario'?s?\b|\bvariant(?:en)?\b"
    r"|\bkiezen\s+tussen\b|\bkeuze\s+tussen\b"
    r"|\b(?:locatie|plek)keuze\b"
    r"|^\s*of\s",
    re.IGNORECASE,
)
#: An open point that works out details within a choice: where exactly, the layout, which
#: streets, the time windows.
_DETAIL = re.compile(
    r"\bprecies\b|\buitwerking\b|\buitgewerkt\b|\binrichting\b|\bingericht\b"
    r"|\bwelke\s+straten\b|\bvenstertijden\b|\bdetails?\b",
    re.IGNORECASE,
)


class Volgorde(NamedTuple):
    """The main choice and the points that work out its details."""

    hoofd: str
    details: list[str]


def volgorde(
    open_: list[Onderwerp], door: Beslisser | None, later: list[str] | None = None
) -> Volgorde | None:
    """The main choice among ``open_`` and its detail points, all decided in the main
    decision (by ``door``, not worked out after it: ``later``). None when there is not
    exactly one choice between alternatives, or no point that works out details: then the
    order is not certain."""
    na = set(later or [])
    mee = [
        p
        for p in open_
        if p.onderwerp not in na and p.na_besluit is not True and (p.door is None or p.door is door)
    ]
    keuzes = [p for p in mee if _ALTERNATIEVEN.search(p.onderwerp)]
    if len(keuzes) != 1:
        return None
    hoofd = keuzes[0]
    details = [p.onderwerp for p in mee if p is not hoofd and _DETAIL.search(p.onderwerp)]
    if not details:
        return None
    return Volgorde(hoofd.onderwerp, details)

"""What the design costs, and who pays: the gemeente, the initiator, or the project."""

from __future__ import annotations

from typing import NamedTuple

from pionieren.analysis.facts import Feiten
from pionieren.analysis.kosten import VRIJWILLIGERS, scaled
from pionieren.analysis.mix.ontwerp import Keuze, fase_van
from pionieren.analysis.mix.organisator import organisator
from pionieren.vocabulary import Betaler, Initiatiefnemer, Organisator, Procesfase


class Kosten(NamedTuple):
    """The least and most a design costs, apart for each one who pays."""

    gemeente_min: int
    gemeente_max: int
    initiatiefnemer_min: int
    initiatiefnemer_max: int
    uitvoering_min: int
    uitvoering_max: int


def betaalt_gemeente(f: Feiten, organisator: Organisator) -> bool:
    if organisator is Organisator.initiatiefnemer:
        return False
    return f.vraagstuk.kaders.betaler is not Betaler.initiatiefnemer


def kosten_van(f: Feiten, k: Keuze) -> tuple[int, int]:
    """What this choice costs: the catalogue's amount at the case's schaal, and a share of it
    when inwoners run it themselves as initiator (no staff or bureau; see MIX-KOSTEN-SCHAAL)."""
    if (
        f.vraagstuk.initiatiefnemer is Initiatiefnemer.inwoners
        and organisator(f, k) is Organisator.initiatiefnemer
    ):
        return scaled(k.werkvorm.kosten_euro, VRIJWILLIGERS)
    return k.werkvorm.kosten_euro


def kosten(f: Feiten, keuzes: list[Keuze]) -> Kosten:
    """What the gemeente, the initiator and the works pay for these choices.

    Why: the participation budget pays for asking and deciding together. What the initiator
    runs is the initiator's cost; what runs during the works (bouwcommunicatie, a pilot) belongs
    to the project, and is shown apart instead of pushing the design over its budget.
    """
    g = [0, 0]
    i = [0, 0]
    u = [0, 0]
    for k in keuzes:
        if not betaalt_gemeente(f, organisator(f, k)):
            doel = i
        elif fase_van(k) is Procesfase.uitvoering:
            doel = u
        else:
            doel = g
        laag, hoog = kosten_van(f, k)
        doel[0] += laag
        doel[1] += hoog
    return Kosten(g[0], g[1], i[0], i[1], u[0], u[1])

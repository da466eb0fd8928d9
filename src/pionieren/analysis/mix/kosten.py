"""What the design costs, and who pays: the gemeente, the initiator, or the project."""

from __future__ import annotations

from typing import Literal, NamedTuple

from pionieren.analysis.facts import Feiten
from pionieren.analysis.kosten import VRIJWILLIGERS, scaled
from pionieren.analysis.mix.ontwerp import Keuze, fase_van
from pionieren.analysis.mix.organisator import organisator
from pionieren.safe_text import comparable_name
from pionieren.vocabulary import (
    Betaler,
    Initiatiefnemer,
    Organisator,
    Procesfase,
    SoortBelanghebbende,
    Status,
)


class Kosten(NamedTuple):
    """The least and most a design costs, apart for each one who pays."""

    gemeente_min: int
    gemeente_max: int
    initiatiefnemer_min: int
    initiatiefnemer_max: int
    uitvoering_min: int
    uitvoering_max: int
    anderen_min: int = 0
    anderen_max: int = 0


def betaalt_gemeente(f: Feiten, organisator: Organisator) -> bool:
    if organisator is Organisator.initiatiefnemer:
        return False
    if organisator is Organisator.griffie:
        # the raad's own moments are the raad's: never on the initiator's bill (review 27)
        return True
    return f.vraagstuk.kaders.betaler is not Betaler.initiatiefnemer


def van_een_ander(f: Feiten, k: Keuze) -> bool:
    """Does another organisation run this werkvorm on its own means? The vraagstuk names it as
    already decided by a party on its map that is not the gemeente, the raad or the initiator
    (a wijkplatform's wijkbudget, the jongerenwerk's street talks).

    Why: what another party already runs and pays is no cost to the participation budget;
    counting it pushes a small budget over and makes the design shrink for nothing."""
    if not k.genoemd:
        return False
    partijen = {
        comparable_name(naam)
        for p in f.vraagstuk.belanghebbenden
        if not p.initiatiefnemer
        and p.soort not in (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)
        # "Stichting Jong Vlietburg (jongerenwerk)" is also named "Stichting Jong Vlietburg"
        for naam in (p.naam, p.naam.split(" (", 1)[0])
    }
    return any(
        g.id == k.werkvorm.id
        and g.status is Status.besloten
        and g.door is not None
        and comparable_name(g.door) in partijen
        for g in f.vraagstuk.werkvormen
    )


PROJECT_ZELF = frozenset({"pilot"})
"""Werkvormen that are the project itself once decided: a trial of the measure (its
containers, staff and rules) is a way of carrying it out, not a way of asking inwoners."""


def van_het_project(f: Feiten, k: Keuze) -> bool:
    """Is this werkvorm part of the project itself? A trial the case names as decided (a pilot
    the college already runs in one neighbourhood) is paid by the project, not by the
    participation budget.

    Why: counting a decided trial of € 10,000 or more as participation makes the budget look
    spent on asking inwoners when it is spent on the measure; the participation around it
    (asking the experiences, the evaluation) keeps its own werkvormen and costs."""
    return (
        k.genoemd
        and k.werkvorm.id in PROJECT_ZELF
        and any(
            g.id == k.werkvorm.id and g.status is Status.besloten for g in f.vraagstuk.werkvormen
        )
    )


def kosten_van(f: Feiten, k: Keuze) -> tuple[int, int]:
    """What this choice costs: the catalogue's amount at the case's schaal, and a share of it
    when inwoners run it themselves as initiator (no staff or bureau; see MIX-KOSTEN-SCHAAL)."""
    if (
        f.vraagstuk.initiatiefnemer is Initiatiefnemer.inwoners
        and organisator(f, k) is Organisator.initiatiefnemer
    ):
        return scaled(k.werkvorm.kosten_euro, VRIJWILLIGERS)
    return k.werkvorm.kosten_euro


Betaald = Literal["gemeente", "initiatiefnemer", "project", "anderen"]


def betaald_door(f: Feiten, k: Keuze) -> Betaald:
    """Who pays this choice: another organisation, the project, the initiator or the
    gemeente's participation budget (the order of :func:`kosten`)."""
    if van_een_ander(f, k):
        return "anderen"
    if fase_van(k) is Procesfase.uitvoering or van_het_project(f, k):
        return "project"
    if not betaalt_gemeente(f, organisator(f, k)):
        return "initiatiefnemer"
    return "gemeente"


def kosten(f: Feiten, keuzes: list[Keuze]) -> Kosten:
    """What the gemeente, the initiator and the works pay for these choices.

    Why: the participation budget pays for asking and deciding together. What the initiator
    runs before the decision is the initiator's cost; what runs during the works
    (bouwcommunicatie, a pilot, also the initiator's own) belongs to the project, and is shown
    apart instead of pushing the design over its budget; so does a trial the case already
    decided (see :func:`van_het_project`). What another organisation already
    runs on its own means is shown apart too (see :func:`van_een_ander`).
    """
    g = [0, 0]
    i = [0, 0]
    u = [0, 0]
    a = [0, 0]
    potten = {"gemeente": g, "initiatiefnemer": i, "project": u, "anderen": a}
    for k in keuzes:
        doel = potten[betaald_door(f, k)]
        laag, hoog = kosten_van(f, k)
        doel[0] += laag
        doel[1] += hoog
    return Kosten(g[0], g[1], i[0], i[1], u[0], u[1], a[0], a[1])

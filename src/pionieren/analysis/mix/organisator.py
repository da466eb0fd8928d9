"""Who runs a werkvorm: the gemeente, the griffie, or the initiator of a plan."""

from __future__ import annotations

from pionieren.analysis.decision import gemeente_beslist_door
from pionieren.analysis.facts import REFERENDUM, Feiten
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.regel import Thema, regel
from pionieren.vocabulary import Beslisser, Organisator, Werving


def _door_initiatiefnemer(f: Feiten, id: str) -> bool:
    """Was this werkvorm chosen or proposed by the party that takes the initiative?"""
    initiatiefnemers = {p.naam for p in f.vraagstuk.belanghebbenden if p.initiatiefnemer}
    return any(g.id == id and g.door in initiatiefnemers for g in f.vraagstuk.werkvormen)


def _alleen_eigen_punten(f: Feiten, k: Keuze) -> bool:
    """Is this werkvorm only about points a body of the gemeente decides itself (a path of the
    gemeente next to a waterschap's dike)? Then the gemeente runs it, not the other government."""
    eigen = {
        p.onderwerp
        for p in f.vraagstuk.kaders.open
        if p.door is not None and gemeente_beslist_door(p.door)
    }
    return bool(k.onderwerpen) and set(k.onderwerpen) <= eigen


_VAN_HET_BEVOEGD_GEZAG = frozenset({"zienswijze", *REFERENDUM})
"""Formal steps the gemeente itself runs, also on an initiator's application."""


@regel(
    "MIX-INITIATIEFNEMER",
    Thema.mix,
    "Participatie door de initiatiefnemer",
    """Neemt een ondernemer of een groep inwoners het initiatief voor een plan onder de
    Omgevingswet, dan organiseert de initiatiefnemer zelf het gesprek met de omgeving. De
    gemeente geeft daarvoor een handreiking en weegt het verslag bij de aanvraag. Neemt een
    andere overheid (provincie, waterschap, Rijk) het initiatief en beslist zij zelf, dan
    organiseert en betaalt zij de participatie over haar besluit, niet de gemeente.""",
    ["pelsrijcken-aanvraagvereiste", "hia-impactmeter", "vng-participatie-omgevingswet"],
)
def organisator(f: Feiten, k: Keuze) -> Organisator:
    """Who runs it: in an initiative of others, the initiator runs its own conversation."""
    w = k.werkvorm
    if k.door_gemeente:
        return Organisator.gemeente
    if w.organisator is not Organisator.gemeente:
        return w.organisator
    if (
        k.genoemd
        and w.organisator is Organisator.gemeente
        and _door_initiatiefnemer(f, w.id)
        and w.id not in _VAN_HET_BEVOEGD_GEZAG
    ):
        # the initiator proposed its own conversation (an omgevingsraad): it runs and pays it
        return Organisator.initiatiefnemer
    if (
        w.id in ("terugkoppeling", "leerarena")
        or w.id in _VAN_HET_BEVOEGD_GEZAG
        or k.genoemd
        or w.werving is Werving.loting
    ):
        return w.organisator
    beslist_zelf = (
        f.vraagstuk.besluit is not None and f.vraagstuk.besluit.door is Beslisser.initiatiefnemer
    )
    # another government that decides its own plan runs (and pays) the participation for it
    initiatief = (
        f.aanvraag_van_ander
        or (f.initiatief_van_anderen and beslist_zelf)
        or (f.initiatief_van_overheid and beslist_zelf and not _alleen_eigen_punten(f, k))
    )
    return Organisator.initiatiefnemer if initiatief else Organisator.gemeente

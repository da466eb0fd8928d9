"""A binding vote on a fixed package in the design: a veto, not advice (rule MIX-STEMMING)."""

from __future__ import annotations

from typing import Any

from pionieren.analysis.facts import bevinding
from pionieren.analysis.mix.ontwerp import Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst
from pionieren.vocabulary import Houding, SoortBelanghebbende, Trede


@regel(
    "MIX-STEMMING",
    Thema.mix,
    "Een bindende stemming over een vast pakket",
    """Bij een bedrijveninvesteringszone (BIZ) stemmen de ondernemers die de BIZ-bijdrage gaan
    betalen, voor of tegen (de draagvlakmeting). Het college houdt die stemming. Er is pas genoeg
    steun als minstens de helft van hen stemt, twee derde van de stemmen voor is en de
    voorstemmers samen meer WOZ-waarde hebben dan de tegenstemmers. Zij stemmen over een pakket
    dat vooraf vastligt: het gebied, de bijdrage en het plan. De uitslag is dus geen advies,
    maar een veto: in het ontwerp staat de stemming op meebeslissen, over het pakket als geheel
    en over geen enkel open punt apart. Het advies zegt dat het pakket vóór de stemming wordt
    gevormd, samen met de ondernemers die tegen zijn, en dat zij vóór de stemming horen wat er
    met hun inbreng is gedaan. Noemt een BIZ-zaak de draagvlakmeting niet, maar moet de
    verordening nog komen, dan zet pionieren de stemming in het ontwerp: de wet vraagt haar.
    Een 'draagvlakmeting' buiten een BIZ (een peiling van steun voor een plan) blijft de eigen
    werkvorm van de zaak, en een referendum houdt zijn eigen regels.""",
    ["wet-biz-4", "wet-biz-5"],
)
def stemming(o: Ontwerp) -> None:
    """Put a vote on a fixed package at meebeslissen, on no open point, and say what it is."""
    for k in o.keuzes:
        if not k.werkvorm.vast_pakket:
            continue
        # the law gives the vote its weight: not capped by the advice's level (MIX-PLAFOND)
        k.trede = Trede.meebeslissen
        k.redenen = [r for r in k.redenen if r.sleutel != "MIX-PLAFOND"]
        if "MIX-STEMMING" not in k.regels:
            k.regels.append("MIX-STEMMING")
        # everyone who will pay votes, not only those the werkvorm's channel reaches; the
        # initiator's board is no group of payers of its own
        betalers = [
            p.naam
            for p in o.f.vraagstuk.belanghebbenden
            if p.soort is SoortBelanghebbende.ondernemers and not p.initiatiefnemer
        ]
        k.add(betalers, None, "MIX-STEMMING")
        tegen = [
            p.naam
            for p in o.f.vraagstuk.belanghebbenden
            if p.houding is Houding.tegen and p.soort is SoortBelanghebbende.ondernemers
        ]
        waarden: dict[str, Any] = {"tegen": tegen}
        if k.periode is not None:
            waarden["van"] = k.periode[0]
        o.bevindingen.append(
            bevinding("MIX-STEMMING", Ernst.waarschuwing, "MIX-STEMMING.veto", **waarden)
        )

"""A binding vote on a fixed package: the draagvlakmeting of a bedrijveninvesteringszone (BIZ).

The ondernemers who will pay the BIZ-bijdrage vote for or against it (art. 4 Wet op de
bedrijveninvesteringszones); without enough support (art. 5) there is no BIZ. They vote on a
package laid down beforehand: the area, the contribution and the plan. The vote is a veto, not
advice: what inwoners say about the area or the contribution must go into the package before
the vote, and after it the package does not change."""

from __future__ import annotations

import re

from pionieren.analysis.facts import Feiten
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Tekstdeel, deel
from pionieren.input.model import Onderwerp
from pionieren.vocabulary import Beslisser, Procedure, Trede

DRAAGVLAKMETING = "draagvlakmeting-biz"
"""The catalogue's vote on a BIZ."""

_NAMEN = frozenset({"draagvlakmeting", DRAAGVLAKMETING})
"""The ids a case may name for it. 'draagvlakmeting' alone is also a word for a survey of
support (a wind farm, a plan): it is the BIZ vote only in a BIZ case."""

_BIZ = re.compile(
    r"\bbedrijveninvesteringszone\w*|\bbedrijfsinvesteringszone\w*|\bBI-?Z(?:-\w+)?\b"
    r"|\bBIZ-\w+",
)
"""A bedrijveninvesteringszone by its name or its abbreviation (in capitals: 'biz' is no
word of its own)."""


def is_biz(f: Feiten) -> bool:
    """Is the case about setting up (or renewing) a bedrijveninvesteringszone?"""
    v = f.vraagstuk
    tekst = " ".join([v.titel, v.omschrijving, *v.kaders.vast, *(b.titel for b in v.bronnen)])
    return _BIZ.search(tekst) is not None


def pakket_id(f: Feiten, id: str) -> str:
    """The catalogue id for a werkvorm the case names: its 'draagvlakmeting' is the BIZ vote
    in a BIZ case, and stays the case's own werkvorm otherwise."""
    return DRAAGVLAKMETING if id in _NAMEN and is_biz(f) else id


def stemt_over_pakket(f: Feiten) -> bool:
    """Do those who will pay vote on a fixed package before it takes effect: a BIZ case that
    names the draagvlakmeting, or whose verordening is still to be made (the law asks for the
    vote then)?"""
    if not is_biz(f):
        return False
    v = f.vraagstuk
    if any(g.id in _NAMEN for g in v.werkvormen):
        return True
    return f.procedure is Procedure.verordening and not v.kaders.besluit_al_genomen


@regel(
    "TREDE-PAKKET",
    Thema.trede,
    "Advies over een pakket waarover daarna wordt gestemd",
    """Stemmen de ondernemers die de BIZ-bijdrage gaan betalen daarna ja of nee over een vast
    pakket (het gebied, de bijdrage en het plan), dan kan wie beslist geen advies 'in principe
    overnemen' ná die stemming: het pakket ligt dan vast, en de raad kan het niet meer wezenlijk
    veranderen. Op adviseren zegt pionieren daarom toe dat het advies in het pakket wordt
    verwerkt en dat vóór de stemming bekend is wat ermee is gedaan. Dat geldt voor de open
    punten waarover de gemeente beslist, niet voor wat pas na het besluit wordt uitgewerkt. Een
    toezegging die al gedaan is, blijft staan.""",
    ["wet-biz-4", "wet-biz-5", "ombudsman-inspraak-2009"],
)
def pakket_toezegging(f: Feiten, punt: Onderwerp, trede: Trede, later: bool) -> Tekstdeel | None:
    """The commitment on a point at adviseren that goes into the package voted on; None where
    there is no such vote, the point is worked out after the decision or another party
    decides it."""
    if trede is not Trede.adviseren or later or not stemt_over_pakket(f):
        return None
    if punt.door not in (None, Beslisser.raad, Beslisser.college):
        return None
    return deel("TREDE-PAKKET.toezegging")

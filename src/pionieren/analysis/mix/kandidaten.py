"""The werkvormen the mix may choose for a case, and how it ranks them."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from pionieren.analysis.facts import Feiten
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import Trede


class Voorkeur(StrEnum):
    """What an attempt at the mix prefers, in the order the attempts are made: quality first,
    then cheap werkvormen when the budget demands it, then fast ones when time does."""

    kwaliteit = "kwaliteit"
    goedkoop = "goedkoop"
    snel = "snel"


KORT = 4
"""Weeks (preparation and running) within which a werkvorm counts as short when time is tight."""


class Kandidaten:
    """The werkvormen the analysis may choose for this case, with a deterministic ranking.

    A ranking key has three parts: ``moet`` (what a slot must not give up, such as serving the
    advised trede), the preference of this attempt (quality, cost or speed) and ``wens`` (what
    the slot prefers). Ties are broken by id.
    """

    def __init__(self, f: Feiten, advies: Trede, voorkeur: Voorkeur) -> None:
        self.f = f
        self.advies = advies
        self.voorkeur = voorkeur
        v = f.vraagstuk
        alle = [
            w
            for w in f.kennis.werkvormen
            if w.kiesbaar
            and w.trede_tot(advies) is not None
            and set(w.vereist_kader) <= f.wettelijke_kaders
            and (f.domein is None or f.domein in w.domeinen)
        ]
        self.lijst = alle
        self.op_schaal = [w for w in alle if v.schaal in w.schalen] or alle

    def past_niet(self, w: Werkvorm, breed: bool = False) -> int:
        """How many of the case's polarisation and complexity the werkvorm cannot carry. A
        broad round (``breed``) only collects views: its complexity does not count, and
        how far the polarisation goes past the form's limit does."""
        v = self.f.vraagstuk
        polarisatie = int((v.polarisatie or 1) > w.polarisatie_max)
        if breed:
            # open to everyone: the further the case is past what the form carries, the worse
            # (an informal afternoon on the spot after an evening that got out of hand)
            return max(0, (v.polarisatie or 1) - w.polarisatie_max)
        return polarisatie + int((v.complexiteit or 1) > w.complexiteit_max)

    def niveau(self, w: Werkvorm) -> int:
        """How many steps below the advice this werkvorm serves (0 is best)."""
        trede = w.trede_tot(self.advies)
        assert trede is not None
        return self.advies.rang - trede.rang

    def key(
        self, w: Werkvorm, moet: tuple[int, ...], wens: tuple[int, ...], breed: bool = False
    ) -> tuple[object, ...]:
        kosten, weken = w.kosten_euro[0], w.weken[0]
        if self.voorkeur is Voorkeur.goedkoop:
            return (*moet, kosten, self.past_niet(w, breed), *wens, weken, w.id)
        if self.voorkeur is Voorkeur.snel:
            # only forms that take long are traded for faster ones; among short forms (a few
            # weeks) the better one stays, so a rush does not swap a buurtmiddag for
            # straatinterviews to win one week
            return (
                *moet,
                max(0, weken - KORT),
                self.past_niet(w, breed),
                *wens,
                kosten,
                weken,
                w.id,
            )
        return (*moet, self.past_niet(w, breed), *wens, kosten, weken, w.id)

    def best(
        self,
        test: Callable[[Werkvorm], bool],
        moet: Callable[[Werkvorm], tuple[int, ...]] = lambda w: (),
        wens: Callable[[Werkvorm], tuple[int, ...]] = lambda w: (),
        schaal: bool = False,
        breed: bool = False,
    ) -> Werkvorm | None:
        """The best werkvorm that passes ``test``. With ``schaal``, only werkvormen made for the
        schaal of the vraagstuk (for forms that address everyone); without, any schaal (a
        conversation with one group works in a regional project too). With ``breed``, the
        complexity of the case does not count against a form (it collects views)."""
        passend = [w for w in (self.op_schaal if schaal else self.lijst) if test(w)]
        if not passend:
            return None
        return min(passend, key=lambda w: self.key(w, moet(w), wens(w), breed))

"""Which texts of a vraagstuk are about the same thing: shared content words.

A promise ("het college stelt de voorwaarden van de garantstelling pas vast na advies van het
dorp") names the open point it is about ("De voorwaarden van de gemeentelijke garantstelling").
A fixed point that rests on a contract ("De blokken aan de Orionstraat zijn al aanbesteed")
blocks only the open points it shares words with. The match is deliberately strict: words of
at least six letters that are not common Dutch or generic policy words, equal or one a compound
ending or beginning with the other ("herindicatie" names "indicatie").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WOORD = re.compile(r"[a-zà-ÿ]+")
_MINSTE = 6

# Words of six letters or more that say nothing about the subject: function words, and the
# words every promise or fixed point uses (who promises, what they do with advice).
_ALGEMENE_WOORDEN = """
    aanpassen aanpast aantal achter advies adviseert adviseren adviezen afspraak afspraken afwijken
    afwijkt alleen altijd andere anders besluit besluiten beslissen beslist besproken bespreekt
    betrekken betrekt binnen blijft blijven bovendien buiten burgemeester college daarbij
    daarna daarom daarop daarover dagelijks doordat eerder eerste elkaar erover gebeuren
    gebeurt gedaan gegeven gemeente gemeenteraad gemeentelijke gesproken geweest gezegd heeft
    hebben hierover iedereen inbreng inwoners jaarlijks kunnen laatste later legt leggen moeten
    mogelijk nadat neemt nemen nieuwe omdat onderwerp onderwerpen overneemt overnemen per
    precies rekening samen schreef schrijft straks tegen telkens toegezegd toezegging
    toezeggingen tussen uitkomst uitleg uitlegt uitleggen vaststelt vaststellen vooraf voordat
    vragen waarom waarin waarop wanneer welke wethouder worden zullen zouden zodat zegde
    zegt zeggen
"""
_ALGEMEEN = frozenset(_ALGEMENE_WOORDEN.split())


def kernwoorden(tekst: str) -> frozenset[str]:
    """The content words of a text: long, not generic, in lower case."""
    return frozenset(
        w for w in _WOORD.findall(tekst.casefold()) if len(w) >= _MINSTE and w not in _ALGEMEEN
    )


def _hetzelfde(a: str, b: str) -> bool:
    """Equal, or a compound that begins or ends with the other word."""
    if a == b:
        return True
    kort, lang = (a, b) if len(a) <= len(b) else (b, a)
    return lang.startswith(kort) or lang.endswith(kort)


def gedeeld(a: Iterable[str], b: Iterable[str]) -> int:
    """How many content words of ``a`` also occur (as themselves or in a compound) in ``b``."""
    bs = list(b)
    return sum(1 for w in a if any(_hetzelfde(w, x) for x in bs))


_ZIN = re.compile(r"(?<=[.;!?])\s+")
# 'een regeling voor wie het afval niet zelf kan wegbrengen' names a group, negates nothing
_WIE = re.compile(r"\bwie\b[^,.;:]*")
_ONTKENNING = frozenset({"niet", "niets", "geen", "nooit", "noch"})


def over(tekst: str, onderwerpen: Iterable[str], minstens: int = 1) -> list[int]:
    """The positions of the subjects that the text names: that share at least ``minstens``
    content words with one sentence of it that is not negated ("Over de hoogte van de subsidie
    is niets beloofd" names no subsidy)."""
    zinnen = [
        kernwoorden(z)
        for z in _ZIN.split(tekst)
        if not _ONTKENNING.intersection(_WOORD.findall(_WIE.sub("", z.casefold())))
    ]
    return [
        i
        for i, o in enumerate(onderwerpen)
        if any(gedeeld(kernwoorden(o), zin) >= minstens for zin in zinnen)
    ]

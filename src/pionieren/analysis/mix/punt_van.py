"""Which open point a werkvorm of the case itself is for, read from its own ``voor`` text."""

from __future__ import annotations

import re

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.bereik import noemt_mensen
from pionieren.input.model import GenoemdeWerkvorm

#: Words of four letters or more that say nothing about a subject.
_LEEG = frozenset(
    {
        "onder",
        "boven",
        "elke",
        "ieder",
        "iedere",
        "voor",
        "over",
        "naar",
        "door",
        "rond",
        "rondom",
        "deze",
        "zijn",
        "wordt",
        "worden",
        "komt",
        "komen",
        "welke",
        "waar",
        "niet",
        "alle",
        "eigen",
        "hoeveel",
        "wanneer",
        "tussen",
        "nieuwe",
        "twee",
        "drie",
        "vier",
        "vijf",
        "acht",
        "tien",
        "twaalf",
        "twintig",
        "veertien",
        "honderd",
        "duizend",
    }
)

#: Words that name people rather than a subject ('de ondernemers van de BIZ', 'de 14
#: huishoudens', 'een steekproef van 6.000 inwoners', 'de gebiedscommissie').
_MENSEN = re.compile(
    r"(?:ondernemer|mensen|huishoud|inwoner|bewoner|commissie|\braad\b|\braden\b|\bleden\b"
    r"|jongeren|kinderen|ouders|deelnemer|eigenaar|eigenaren|vrijwillig|medewerker|personeel"
    r"|organisatie|vereniging|partner|bezoeker|gebruiker|klanten|panel|jury|groep|steekproef"
    r"|deskundig|winkelier|boeren|bedrijven)",
    re.IGNORECASE,
)


def _woorden(tekst: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", tekst.casefold()) if w not in _LEEG}


def _kop(tekst: str) -> str:
    """The head of a subject in the text: its first telling word. A Dutch noun phrase puts
    its head first and what narrows it down after ('de indeling van de stroken per straat' is
    about the indeling, not about the street).

    Why: review 58: the schouw the case holds 'for de indeling van de stroken per straat' was
    given the point about what happens to the returned strips in each street, which shares
    two later words with it, instead of the point about the indeling of a strip."""
    return next((w for w in re.findall(r"[^\W\d_]{4,}", tekst.casefold()) if w not in _LEEG), "")


def _zelfde(voor: str, punt: str) -> bool:
    """The same word, or the word of ``voor`` the start of the point's (at least five letters:
    'spoor' in 'spoorkruising'; not 'station' of the point in 'stationsplein')."""
    return voor == punt or (len(voor) >= 5 and punt.startswith(voor))


def punt_van(f: Feiten, g: GenoemdeWerkvorm) -> str | None:
    """The open point (its ``onderwerp``) that the case's own werkvorm ``g`` is for, when its
    ``voor`` names a subject rather than people ('het effect van elke variant op de houten
    palen', 'het videoloket in buurthuis De Kroon'): the one point whose words and options
    share the most words with it; None when it names people, names no point, or two points
    equally.

    Why: review 56b/56c: the fact-finding on the effect of each variant on the wooden piles
    was said to serve 'waar de gemeente peilbuizen plaatst', the trial of the videoloket the
    place of the inloop of the sociaal raadslieden, the atelier for the stationsplein the
    choice between crossings."""
    if not g.voor or _MENSEN.search(g.voor) or noemt_mensen(f.vraagstuk.belanghebbenden, g.voor):
        return None
    voor = _woorden(g.voor)
    if not voor:
        return None
    kop = _kop(g.voor)
    scores: list[tuple[tuple[bool, int], str]] = []
    for p in f.vraagstuk.kaders.open:
        tekst = " ".join([p.onderwerp, *(p.opties or [])])
        woorden = _woorden(tekst)
        score = sum(1 for w in voor if any(_zelfde(w, x) for x in woorden))
        if score:
            # the point that has the head of the text comes first, then the most words
            scores.append(((any(_zelfde(kop, x) for x in woorden), score), p.onderwerp))
    if not scores:
        return None
    scores.sort(key=lambda s: s[0], reverse=True)
    if len(scores) > 1 and scores[1][0] == scores[0][0]:
        return None
    return scores[0][1]


def eigen_punt(f: Feiten, werkvorm_id: str) -> str | None:
    """The open point the case's own entry for this werkvorm names (:func:`punt_van`), when
    the case names it once."""
    genoemd = [g for g in f.vraagstuk.werkvormen if g.id == werkvorm_id]
    if len(genoemd) != 1:
        return None
    return punt_van(f, genoemd[0])

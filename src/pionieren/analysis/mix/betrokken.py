"""Who an open point is about: the groups it names by name or by kind, and, for a point about
allocation or rights, the groups the plan is for. They hold the stake on that point; a group
that opposes the plan for them does not decide over their rights."""

from __future__ import annotations

import re

from pionieren.analysis.facts import Feiten
from pionieren.analysis.result import OnderwerpAdvies
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import Houding, Kenmerk, Niveau, SoortBelanghebbende

#: A point about who gets a home, a pitch or a place, or about someone's rights.
RECHTEN = re.compile(
    r"\b(?:toewijz\w*|toegewezen|voorrang\w*|wachtlijst\w*|urgentie\w*|woonruimteverdeling"
    r"|huisvestingsverordening|toelating\w*|rechten)\b",
    re.IGNORECASE,
)

#: Words in a point that name a kind of people, and the kenmerk of a group of that kind.
_SOORT_WOORDEN: tuple[tuple[re.Pattern[str], Kenmerk], ...] = (
    (re.compile(r"\b(?:ouderen|senioren)\b", re.IGNORECASE), Kenmerk.ouderen),
    (re.compile(r"\b(?:beperking\w*|rolstoel\w*)", re.IGNORECASE), Kenmerk.beperking),
    (re.compile(r"\b(?:kinderen|kind|leerlingen|scholieren)\b", re.IGNORECASE), Kenmerk.kinderen),
    (re.compile(r"\b(?:jongeren|jeugd)\b", re.IGNORECASE), Kenmerk.jongeren),
)

#: A point for "the buurt" (the neighbours, those living around it).
_BUURT = re.compile(r"\b(?:buurt|buren|omwonenden|aanwonenden)\b", re.IGNORECASE)
#: A group that is the buurt by the first word of its name (not the buurt's children or
#: dog owners: they are a group of their own).
_BUURT_NAAM = re.compile(
    r"^(?:omwonend\w*|aanwonend\w*|buren|buurtbewoners|buurt(?:vereniging|groep|comit|raad)\w*)\b",
    re.IGNORECASE,
)

#: Words of a group's name that say nothing about who they are ("buurt" is a kind of its own:
#: see _BUURT_NAAM).
_LEEG = frozenset(
    {
        "bewoners",
        "inwoners",
        "mensen",
        "groep",
        "groepen",
        "leden",
        "huishoudens",
        "gemeente",
        "andere",
        "overige",
        "nieuwe",
        "buurt",
    }
)
_WOORD = re.compile(r"[a-zà-ÿ]{5,}", re.IGNORECASE)


def _stam(woord: str) -> str:
    w = woord.lower()
    for eind in ("en", "s"):
        if len(w) > 6 and w.endswith(eind):
            return w[: -len(eind)]
    return w


def _zelfde(naamwoord: str, woord: str) -> bool:
    """Do these two words name the same thing: the same stem of six letters ("standplaats",
    "standplaatsen"), or the word is the tail of a compound in the name ("locaties" in
    "woonwagenlocaties")?"""
    a, b = _stam(naamwoord), _stam(woord)
    if a == b:
        return True
    if len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6]:
        return True
    return len(b) >= 7 and a.endswith(b)


def _naamwoorden(f: Feiten, p: Belanghebbende) -> list[str]:
    """The words of a group's name that say who they are: not a proper name (a place, a
    street: capitalised after the first word) and not a word that says nothing."""
    gemeente = f.vraagstuk.gemeente.lower()
    woorden = p.naam.split()
    return [
        w
        for i, woord in enumerate(woorden)
        for w in _WOORD.findall(woord)
        if w.lower() not in _LEEG and w.lower() != gemeente and (i == 0 or not woord[0].isupper())
    ]


def noemt(f: Feiten, tekst: str, p: Belanghebbende) -> bool:
    """Does ``tekst`` name this group by a telling word of its name?"""
    woorden = _WOORD.findall(tekst)
    return any(_zelfde(n, w) for n in _naamwoorden(f, p) for w in woorden)


def noemt_kop(f: Feiten, tekst: str, p: Belanghebbende) -> bool:
    """Does ``tekst`` name this group by the head of its name, its first telling word
    ('Scholen' in 'Scholen voor speciaal onderwijs'), not only by a word that qualifies it?"""
    kop = [_stam(n) for n in _naamwoorden(f, p)[:1]]
    # the same word ('ouders', 'leerlingen'), not one that only begins alike ('advies' is no
    # 'adviesraad')
    return any(n == _stam(w) for n in kop for w in _WOORD.findall(tekst))


def plan_is_voor(f: Feiten, p: Belanghebbende) -> bool:
    """Does the title or the description say the plan is for this group: a word of its name
    follows "voor" ("standplaatsen voor woonwagens" for the residents of the woonwagen
    sites)?"""
    v = f.vraagstuk
    for tekst in (v.titel, v.omschrijving):
        for m in re.finditer(r"\bvoor\b([^.;:]{0,60})", tekst, re.IGNORECASE):
            if noemt(f, m.group(1), p):
                return True
    return False


def _kan_betrokken(p: Belanghebbende) -> bool:
    return not p.initiatiefnemer and p.soort in (
        SoortBelanghebbende.inwoners,
        SoortBelanghebbende.maatschappelijke_organisatie,
        SoortBelanghebbende.ondernemers,
    )


def over_rechten(punt: OnderwerpAdvies) -> bool:
    """Is this point about who gets a home or a place, or about someone's rights?"""
    return bool(RECHTEN.search(punt.onderwerp))


def _algemeen(f: Feiten, woord: str) -> bool:
    """Is this word the case's own theme rather than what sets one point apart: it is in the
    title, or in more than half of the open points ('energie' in a case on energy fixers)?"""
    v = f.vraagstuk
    if any(_zelfde(woord, w) for w in _WOORD.findall(v.titel)):
        return True
    punten = [q.onderwerp for q in v.kaders.open]
    mee = sum(any(_zelfde(woord, w) for w in _WOORD.findall(q)) for q in punten)
    return 2 * mee > len(punten)


def _verband(f: Feiten, punt: OnderwerpAdvies, p: Belanghebbende, eigen: bool) -> bool:
    """Is this point about this group (:func:`betrokkenen`)? With ``eigen``, a word of the
    group's name counts only where it sets the point apart from the case (:func:`_algemeen`)."""
    tekst = punt.onderwerp
    if not _kan_betrokken(p):
        return False
    if eigen:
        genoemd = any(
            _zelfde(n, w) and not _algemeen(f, w)
            for n in _naamwoorden(f, p)
            for w in _WOORD.findall(tekst)
        )
    else:
        genoemd = noemt(f, tekst, p)
    soorten = {k for patroon, k in _SOORT_WOORDEN if patroon.search(tekst)}
    return (
        genoemd
        or (p.soort is SoortBelanghebbende.inwoners and bool(soorten & set(p.kenmerken)))
        or (bool(_BUURT.search(tekst)) and bool(_BUURT_NAAM.search(p.naam)))
        or (over_rechten(punt) and plan_is_voor(f, p))
    )


def betrokkenen(f: Feiten, punt: OnderwerpAdvies) -> list[Belanghebbende]:
    """The groups this point is about: the point names them (a word of their name, their kind:
    "ouderen", "leerlingen", "de buurt"), or it is about allocation or rights and the case
    says the plan is for them."""
    return [p for p in f.vraagstuk.belanghebbenden if _verband(f, punt, p, eigen=False)]


def tegenstanders_van(f: Feiten, punt: OnderwerpAdvies) -> list[Belanghebbende]:
    """The groups against the plan who are not the people a point about rights or allocation
    is about: they may give their view, but never more than raadplegen on that point."""
    if not over_rechten(punt):
        return []
    wie = betrokkenen(f, punt)
    if not wie:
        return []
    namen = {p.naam for p in wie}
    return [
        p for p in f.vraagstuk.belanghebbenden if p.houding is Houding.tegen and p.naam not in namen
    ]


def _eigennamen(f: Feiten, p: Belanghebbende) -> list[str]:
    """The proper names in a group's name (a village, a road, a landlord: capitalised after
    the first word), of five letters or more, not the gemeente."""
    gemeente = f.vraagstuk.gemeente.lower()
    woorden = p.naam.split()
    return [
        w
        for woord in woorden[1:]
        if woord[:1].isupper()
        for w in _WOORD.findall(woord)
        if w.lower() != gemeente
    ]


def _noemt_naam(naam: str, tekst: str) -> bool:
    """Does ``tekst`` carry this proper name, also as an adjective ('Ossenwaardse' for
    'Ossenwaard')?"""
    stam = naam.lower()
    return any(w.lower().startswith(stam) for w in _WOORD.findall(tekst))


def eigen_plek(f: Feiten, punt: OnderwerpAdvies, p: Belanghebbende) -> bool:
    """Does this point name the place or party of the group's name that sets this point apart
    from the rest of the case: a proper name of the group ('Ossenwaard' in 'Bewoners van
    Ossenwaard langs de Polderweg') in the point, but not in the title, nor in most open points
    (then it is the case's own place, said everywhere)?"""
    v = f.vraagstuk
    punten = [q.onderwerp for q in v.kaders.open]
    for naam in _eigennamen(f, p):
        if not _noemt_naam(naam, punt.onderwerp) or _noemt_naam(naam, v.titel):
            continue
        if 2 * sum(_noemt_naam(naam, q) for q in punten) <= len(punten):
            return True
    return False


def belang_bij(f: Feiten, punt: OnderwerpAdvies) -> list[Belanghebbende]:
    """The groups with a large stake in this point itself: the point names them (by a word of
    their name that sets the point apart, or their kind, as in :func:`betrokkenen`; or by the place in their name that sets this
    point apart, :func:`eigen_plek`), and their stake in the case is large. They bear what is
    chosen on this point: they belong where it is weighed.

    Why: review 57 (Hoenwijk): the choice on the Ossenwaardse Polderweg was weighed at a table
    of the companies, without the people of Ossenwaard whose road it is."""
    return [
        p
        for p in f.vraagstuk.belanghebbenden
        if _kan_betrokken(p)
        and p.belang is Niveau.hoog
        and (_verband(f, punt, p, eigen=True) or eigen_plek(f, punt, p))
    ]

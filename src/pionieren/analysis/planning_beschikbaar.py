"""When a group can take part, as a hard window: 'in de zomer', 'tussen november en Pasen'."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.planning import (
    MOMENT_STUKKEN,
    VOOR_BESLUIT,
    WEEK,
    Geplaatst,
    Plan,
    vakantieweken,
    werkweken,
)
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst
from pionieren.knowledge.feestdagen import pasen, werkdag_na, werkdag_voor
from pionieren.vocabulary import Orgaan, Vakantieregio

Venster = Callable[[date], bool]


def _zomer(d: date) -> bool:
    return 6 <= d.month <= 8


def _winter(d: date) -> bool:
    return d.month >= 11 or d.month <= 3


def _buiten_seizoen(d: date) -> bool:
    # from November to Easter: Easter to the autumn holiday is the season
    return d.month >= 11 or d < pasen(d.year)


#: A group's road that says when it can take part, and the days that fits.
_VENSTERS: tuple[tuple[re.Pattern[str], str, Venster], ...] = (
    (re.compile(r"\bin\s+de\s+zomer\b", re.IGNORECASE), "in de zomer", _zomer),
    (re.compile(r"\bin\s+de\s+winter\b", re.IGNORECASE), "in de winter", _winter),
    (
        re.compile(
            r"\btussen\s+november\s+en\s+pasen\b|\bbuiten\s+het\s+(?:toeristisch\s+)?seizoen\b"
            r"|\bvan\s+pasen\s+tot\s+(?:de\s+)?herfst(?:vakantie)?\b[^.;]*\bdruk",
            re.IGNORECASE,
        ),
        "tussen november en Pasen",
        _buiten_seizoen,
    ),
)


def vensters(f: Feiten) -> dict[str, tuple[str, Venster]]:
    """Per group: when it can take part, as its road (``via``) says."""
    uit: dict[str, tuple[str, Venster]] = {}
    for b in f.vraagstuk.belanghebbenden:
        for patroon, wanneer, venster in _VENSTERS:
            if b.via and patroon.search(b.via):
                uit[b.naam] = (wanneer, venster)
                break
    return uit


def _open_week(van: date, tot: date, venster: Venster, vrij: list[tuple[date, date, str]]) -> bool:
    """Is there a working week from ``van`` to ``tot`` in the window?"""
    d = van - timedelta(days=van.weekday())
    while d + timedelta(days=4) <= tot:
        if (
            venster(d)
            and venster(d + timedelta(days=4))
            and werkweken(d, d + timedelta(days=4), vrij)
        ):
            return True
        d += WEEK
    return False


def _eerste_weken(
    begin: date,
    grens: date,
    venster: Venster,
    momenten: list[tuple[date, date]],
    vrij: list[tuple[date, date, str]],
    zuid: bool,
) -> tuple[date, date]:
    """The first run of working weeks (at most four) in the window from ``begin`` that ends
    before ``grens`` and does not run past a fixed moment's papers; ``grens`` when none."""
    start = begin - timedelta(days=begin.weekday())
    while start < grens:
        if venster(start) and werkweken(start, start + timedelta(days=4), vrij):
            eind = start
            while (
                eind + WEEK < grens
                and venster(eind + WEEK + timedelta(days=4))
                # (up to a holiday, not through it)
                and werkweken(eind + WEEK, eind + WEEK + timedelta(days=4), vrij) == 1
                and werkweken(start, eind + WEEK + timedelta(days=4), vrij) < 4
            ):
                eind += WEEK
            eind = min(eind + timedelta(days=4), grens - timedelta(days=1))
            for dag, papieren in momenten:
                if start < dag and eind >= papieren:
                    eind = werkdag_voor(papieren - timedelta(days=1), zuid)
                    break
            if werkweken(start, eind, vrij) >= 1:
                return start, eind
        start += WEEK
    return grens, grens


@regel(
    "PLAN-BESCHIKBAAR",
    Thema.mix,
    "Wanneer een groep kan",
    """Zegt de weg naar een groep wanneer zij kan ('in de zomer' voor seizoenswerkers, 'tussen
    november en Pasen' voor verhuurders, 'in de winter' voor boeren), dan is dat een harde grens.
    Valt de stap voor die groep helemaal buiten die tijd, dan zet pionieren hem in de eerste
    weken die wel passen, vóór het voorstel en vóór de stukken van een vast moment. Kan dat niet,
    omdat er vóór het voorstel geen week in die tijd valt of omdat de werkvorm ook andere groepen
    dient, dan zegt pionieren dat één keer.""",
    ["pharos-bereiken"],
)
def beschikbaar(f: Feiten, uit: Plan, werkvormen: dict[str, list[str]]) -> Plan:
    """Move a step for a group with a window into that window (changes ``uit`` in place)."""
    groepen = vensters(f)
    if not groepen or f.vraagstuk.kaders.besluit_al_genomen:
        return uit
    v = f.vraagstuk
    zuid = v.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    namen = {w.id: w.naam for w in f.kennis.werkvormen}
    besluit = min((g.start for g in uit.fasen if g.fase.value == "besluit"), default=None)
    rondes = [
        g
        for g in uit.fasen
        if g.fase in VOOR_BESLUIT and not g.op_datum and (besluit is None or g.start < besluit)
    ]
    if not rondes:
        return uit
    begin = max(f.datum, min(g.start for g in rondes))
    grens = besluit or max(g.eind for g in rondes)
    momenten = sorted(
        (m.datum, werkdag_voor(m.datum - MOMENT_STUKKEN[m.door] * WEEK, zuid))
        for m in v.momenten
        if m.door in (Orgaan.commissie, Orgaan.raad, Orgaan.anders) and f.datum < m.datum < grens
    )
    for naam, (wanneer, venster) in groepen.items():
        daar = [g for g in rondes if any(naam in werkvormen.get(w, []) for w in g.werkvormen)]
        buiten = [g for g in daar if not _open_week(g.start, g.eind, venster, vrij)]
        if not buiten:
            continue
        # the first working weeks in the window before the proposal and a moment's papers
        start, eind = _eerste_weken(begin, grens, venster, momenten, vrij, zuid)
        past = start < grens and werkweken(start, eind, vrij) >= 1
        vast: list[str] = []
        for g in buiten:
            eigen = [
                w
                for w in g.werkvormen
                if naam in werkvormen.get(w, [])
                and all(n in groepen and groepen[n][0] == wanneer for n in werkvormen[w])
            ]
            vast += [w for w in g.werkvormen if naam in werkvormen.get(w, []) and w not in eigen]
            if not past or not eigen:
                vast += eigen
                continue
            g.werkvormen = [w for w in g.werkvormen if w not in eigen]
            if not g.werkvormen and g.toelichting is None:
                uit.fasen = [x for x in uit.fasen if x is not g]
            uit.fasen.append(Geplaatst(g.fase, werkdag_na(start, zuid), eind, eigen, None))
        daarna = grens - timedelta(days=grens.weekday())
        for _ in range(53):
            if venster(daarna) and werkweken(daarna, daarna + timedelta(days=4), vrij):
                break
            daarna += WEEK
        if vast:
            uit.bevindingen.append(
                bevinding(
                    "PLAN-BESCHIKBAAR",
                    Ernst.let_op,
                    bronnen=[],
                    groep=naam,
                    wanneer=wanneer,
                    werkvormen=[namen.get(w, w) for w in dict.fromkeys(vast)],
                    stukken=grens.isoformat(),
                    van=werkdag_na(start, zuid).isoformat() if past else "",
                    tot=eind.isoformat() if past else "",
                    daarna=werkdag_na(max(daarna, grens), zuid).isoformat(),
                )
            )
    uit.fasen.sort(key=lambda g: g.start)
    return uit

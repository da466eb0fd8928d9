"""Fixed dates in the wrong order: a formal advice before the input it advises on, or a round
that runs on past the papers of the moment it feeds (rule PLAN-VOLGORDE-VAST)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.level import noemt
from pionieren.analysis.planning import (
    _OVER_CONCEPT,
    TUSSENSTAND,
    Geplaatst,
    Plan,
    moment_papieren,
    vakantieweken,
)
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst
from pionieren.vocabulary import (
    Orgaan,
    Organisator,
    Procesfase,
    SoortBelanghebbende,
    Vakantieregio,
)

#: The advice of a standing body (an adviesraad, a cliëntenraad, a dorpsraad in its meeting).
ADVIESROUTE = frozenset({"eigen-vergadering", "adviesraad", "clientenraad", "jongerenraad"})
#: A written advice of an adviesraad or cliëntenraad: always a standing body's advice.
_FORMEEL = frozenset({"adviesraad", "clientenraad"})
_ADVIESORGAAN = SoortBelanghebbende.adviesorgaan
_RONDES = (Procesfase.ophalen, Procesfase.verdiepen)
#: A moment that discusses the choices themselves (the options, variants or scenarios), not
#: only a concept: a deepening round on them feeds that discussion.
_OVER_KEUZES = re.compile(r"\bkeuzes?\b|\bopties\b|\bvarianten\b|\bscenario", re.IGNORECASE)


def _naam(f: Feiten, g: Geplaatst) -> str:
    """Who the fixed step is for, as the case says it, else the werkvorm's name."""
    for w in f.vraagstuk.werkvormen:
        if w.id in g.werkvormen and (w.voor or w.door):
            return str(w.voor or w.door)
    namen = {w.id: w.naam for w in f.kennis.werkvormen}
    return namen.get(g.werkvormen[0], g.werkvormen[0]).lower()


def _namen(f: Feiten, g: Geplaatst) -> list[str]:
    """The names of a planned step's own rounds with the groups, in lower case: not a
    standing body's advice and not the raad's own meeting (the griffie organises it)."""
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    return [
        w.naam.lower()
        for id in g.werkvormen
        if (w := catalogus.get(id)) is not None
        and id not in ADVIESROUTE
        and w.organisator is not Organisator.griffie
    ]


def _voedt_nog(f: Feiten, na: date, vrij: list[tuple[date, date, str]], zuid: bool) -> date | None:
    """The first moment input that is ready on ``na`` can still feed: the next fixed moment of
    the commissie, the raad or the college whose papers are due after it, else the decision."""
    besluit = f.vraagstuk.kaders.besluit_uiterlijk
    volgende = [
        m.datum
        for m in f.vraagstuk.momenten
        if m.door in (Orgaan.commissie, Orgaan.raad, Orgaan.college)
        and not TUSSENSTAND.search(m.wat)
        and (besluit is None or m.datum < besluit)
        and moment_papieren(f, m, vrij, zuid) > na
    ]
    return min(volgende, default=besluit)


def _formeel(f: Feiten, g: Geplaatst) -> bool:
    """Is this step the advice of a standing advisory body: an adviesraad or cliëntenraad, or
    the meeting of a party the case names as an adviesorgaan (a dorpsraad, a wijkraad)? Not a
    club's or an association's own meeting."""
    if set(g.werkvormen) & _FORMEEL:
        return True
    organen = [p.naam for p in f.vraagstuk.belanghebbenden if p.soort is _ADVIESORGAAN]
    return any(
        w.id in g.werkvormen
        and w.id in ADVIESROUTE
        and any(noemt(wie, n) for wie in (w.voor, w.door) if wie for n in organen)
        for w in f.vraagstuk.werkvormen
    )


def _van_de_raad(f: Feiten, g: Geplaatst) -> bool:
    """The raad's own hearing (the griffie organises it): it feeds the raad, not the papers."""
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    return all(
        (w := catalogus.get(id)) is not None and w.organisator is Organisator.griffie
        for id in g.werkvormen
    )


@regel(
    "PLAN-VOLGORDE-VAST",
    Thema.mix,
    "Vaste data in de verkeerde volgorde",
    """Een vaste adviesraad of dorpsraad adviseert over wat de groepen zelf inbrachten: zijn
    advies komt na hun ronde. En een ronde die een stuk voedt, is klaar vóór de stukken voor dat
    moment. Liggen de data van het vraagstuk zelf zo vast dat dit niet kan (het advies sluit
    terwijl de ronde van de groepen nog loopt, of een ronde loopt door na de stukken voor een
    commissie of de raad), dan kan pionieren ze niet verschuiven. Het zegt dat dan in één zin
    voor het bestuur, en zegt niet dat er ruim tijd is. Komt het vaste advies van een adviesraad
    of dorpsraad pas na de stukken voor een commissie of de raad die het concept bespreekt, dan
    zegt pionieren dat het te laat is voor die bespreking en welk later moment het nog kan
    voeden.""",
    ["ombudsman-inspraak-2009"],
)
def volgorde_vast(f: Feiten, uit: Plan) -> Plan:
    """Name the fixed steps in the wrong order (changes ``uit`` in place). Why: review 57b,
    Mergelrode: the Adviesraad advised until 15 September on a panel's work that ran until 24
    September, after the commissie's papers (21 September), while the report said 'Er is ruim
    tijd'."""
    v = f.vraagstuk
    besluit = v.kaders.besluit_uiterlijk
    vast = [
        g
        for g in uit.fasen
        if g.op_datum
        and g.werkvormen
        and g.fase in (*_RONDES, Procesfase.toetsen)
        and (besluit is None or g.eind < besluit)
    ]
    adviezen = [g for g in vast if _formeel(f, g)]
    organen = [p.naam for p in v.belanghebbenden if p.soort is _ADVIESORGAAN]
    inbreng = [
        g
        for g in vast
        if g.fase in _RONDES
        and not set(g.werkvormen) & ADVIESROUTE
        and not _van_de_raad(f, g)
        # the standing body's own klankbordgroep runs on beside its advice: that is no input of
        # other groups it advises on (review 59a, Hoeverzeel: the bewonerscommissie)
        and not any(noemt(_naam(f, g), n) for n in organen)
    ]
    paren = [
        [_naam(f, a), a.eind.isoformat(), _naam(f, i), i.eind.isoformat()]
        for a in adviezen
        for i in inbreng
        if i.start < a.eind < i.eind
    ]
    zuid = v.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    laat: list[list[str]] = []
    na_stukken: list[list[Any]] = []
    verdiept: list[list[Any]] = []
    for m in sorted(v.momenten, key=lambda m: m.datum):
        if m.door not in (Orgaan.commissie, Orgaan.raad) or TUSSENSTAND.search(m.wat):
            continue
        if m.datum <= f.datum or (besluit is not None and m.datum >= besluit):
            continue
        papieren: date = moment_papieren(f, m, vrij, zuid)
        laat += [
            [_naam(f, g), g.eind.isoformat(), m.datum.isoformat(), papieren.isoformat()]
            for g in inbreng
            if g.start < papieren < g.eind < m.datum
        ]
        # a planned deepening round on the choices this moment discusses that ends after its
        # papers: the discussion goes without it. Why: review 61 (Veenvliet): the klankbordgroep
        # ran from 22 March, after the commissie discussed the same choices on 16 March
        if _OVER_KEUZES.search(m.wat) or _OVER_CONCEPT.search(m.wat):
            verdiept += [
                [namen, m.datum.isoformat(), papieren.isoformat()]
                for g in uit.fasen
                if g.fase is Procesfase.verdiepen
                and g.werkvormen
                and not g.op_datum
                and not _van_de_raad(f, g)
                and papieren < g.eind
                and (besluit is None or g.eind < besluit)
                for namen in [_namen(f, g)]
                if namen and not any(x[0] == namen for x in verdiept)
            ]
        # a standing body's fixed advice on the concept that comes after the papers: the
        # commissie discusses the concept without it. Why: review 57 (Klinkerwijk): the
        # bewonersvereniging advised on 3 March, the commissie's papers were due 8 February
        if _OVER_CONCEPT.search(m.wat):
            na_stukken += [
                [_naam(f, a), a.eind.isoformat(), m.datum.isoformat(), papieren.isoformat(), nog]
                for a in adviezen
                if papieren < a.eind < m.datum
                for nog in [_voedt_nog(f, a.eind, vrij, zuid)]
                if nog is not None
                and nog > m.datum
                and not any(x[0] == _naam(f, a) for x in na_stukken)
            ]
    if not paren and not laat and not na_stukken and not verdiept:
        return uit
    # only when there is one: the other findings of this rule keep their data as they were
    extra: dict[str, Any] = {}
    if verdiept:
        extra["verdiept"] = verdiept[:1]
    if na_stukken:
        extra["na_stukken"] = [[*x[:4], x[4].isoformat(), x[4] == besluit] for x in na_stukken]
    uit.bevindingen.append(
        bevinding(
            "PLAN-VOLGORDE-VAST",
            Ernst.let_op,
            paren=paren,
            laat=laat[:1],
            bronnen=[],
            **extra,
        )
    )
    # a step that ends after the papers it feeds: the time is not ample
    for b in uit.bevindingen:
        if b.sleutel == "PLAN-KALENDER.ruim":
            b.waarden["krap"] = True
    return uit

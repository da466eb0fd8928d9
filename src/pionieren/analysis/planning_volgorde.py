"""Fixed dates in the wrong order: a formal advice before the input it advises on, or a round
that runs on past the papers of the moment it feeds (rule PLAN-VOLGORDE-VAST)."""

from __future__ import annotations

from datetime import date

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.level import noemt
from pionieren.analysis.planning import (
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


def _naam(f: Feiten, g: Geplaatst) -> str:
    """Who the fixed step is for, as the case says it, else the werkvorm's name."""
    for w in f.vraagstuk.werkvormen:
        if w.id in g.werkvormen and (w.voor or w.door):
            return str(w.voor or w.door)
    namen = {w.id: w.naam for w in f.kennis.werkvormen}
    return namen.get(g.werkvormen[0], g.werkvormen[0]).lower()


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
    voor het bestuur, en zegt niet dat er ruim tijd is.""",
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
    if not paren and not laat:
        return uit
    uit.bevindingen.append(
        bevinding("PLAN-VOLGORDE-VAST", Ernst.let_op, paren=paren, laat=laat[:1], bronnen=[])
    )
    # a step that ends after the papers it feeds: the time is not ample
    for b in uit.bevindingen:
        if b.sleutel == "PLAN-KALENDER.ruim":
            b.waarden["krap"] = True
    return uit

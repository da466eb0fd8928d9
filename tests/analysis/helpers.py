"""Helpers for analysis tests: build vraagstukken and check the invariants of an Advies."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from pionieren.analysis.engine import analyse
from pionieren.analysis.facts import Feiten
from pionieren.analysis.level import openbare_ruimte
from pionieren.analysis.mix.bereik import eigen_kenmerken
from pionieren.analysis.mix.budget import fractie_met_eigen_moment
from pionieren.analysis.mix.plan import GEKOZEN_PLEK
from pionieren.analysis.pakket import pakket_id
from pionieren.analysis.planning import MOMENT_STUKKEN, TUSSENSTAND, VOORBEREIDEN_BODEM, WEEK
from pionieren.analysis.registry import REGELS
from pionieren.analysis.result import Advies, Ernst, Kwadrant
from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.knowledge.feestdagen import werkdag_voor
from pionieren.knowledge.load import Kennis, builtin
from pionieren.teksten import in_tabel
from pionieren.text import kop, vraagvorm
from pionieren.vocabulary import (
    Bereikbaarheid,
    Beslisser,
    Modus,
    Niveau,
    Procedure,
    Ruimte,
    SoortBelanghebbende,
    Trede,
)

DATUM = date(2026, 11, 28)

_ROOT = Path(__file__).resolve().parents[2]
#: Every development case: tests/cases, beoordeling, the review rounds and vraagstukken/.
ONTWIKKELCASUSSEN = (
    sorted((_ROOT / "tests" / "cases").glob("*.yaml"))
    + sorted((_ROOT / "tests" / "cases" / "beoordeling").glob("*.yaml"))
    + sorted((_ROOT / "tests" / "cases").glob("review[0-9]*/*.yaml"))
    + sorted((_ROOT / "vraagstukken").glob("*.yaml"))
)


def moeilijke_groep(naam: str, via: str | None = None, **meer: Any) -> Belanghebbende:
    """A hard-to-reach group of inwoners with much at stake (the reach-limit tests)."""
    return Belanghebbende(
        naam=naam,
        soort=SoortBelanghebbende.inwoners,
        invloed=Niveau.laag,
        belang=Niveau.hoog,
        bereikbaarheid=Bereikbaarheid.moeilijk,
        meervoud=True,
        via=via,
        **meer,
    )


_GEMEENTE = ("raad", "college", "burgemeester", "bestuurscommissie")
_VERGUNNING = (
    Procedure.omgevingsvergunning_binnenplans,
    Procedure.omgevingsvergunning_buitenplans,
)

BASIS: dict[str, Any] = {
    "titel": "Herinrichting Dorpsplein",
    "gemeente": "Teststad",
    "omschrijving": "Hoe richten we het dorpsplein opnieuw in? Wij willen het samen bepalen.",
    "initiatiefnemer": "gemeente",
    "fase": "beleidsvorming",
    "schaal": "wijk",
    "kaders": {
        "beinvloedingsruimte": "middel",
        "vast": ["Het budget voor de inrichting is 1 miljoen euro."],
        "open": ["De indeling van het plein."],
        "budget_euro": 50000,
        "besluit_uiterlijk": "2027-09-01",
        "raad_kaders_gesteld": True,
    },
    "belanghebbenden": [
        {"naam": "Omwonenden", "soort": "inwoners", "invloed": "laag", "belang": "hoog"},
        {
            "naam": "Winkeliers",
            "soort": "ondernemers",
            "invloed": "hoog",
            "belang": "hoog",
            "houding": "voor",
        },
        {
            "naam": "Jongeren",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "middel",
            "kenmerken": ["jongeren"],
            "bereikbaarheid": "moeilijk",
        },
        {
            "naam": "Buurtvereniging",
            "soort": "maatschappelijke_organisatie",
            "invloed": "middel",
            "belang": "middel",
            "houding": "neutraal",
        },
        {"naam": "Brandweer", "soort": "overheid", "invloed": "hoog", "belang": "laag"},
    ],
}


def maak(**wijzigingen: Any) -> Vraagstuk:
    """A valid vraagstuk; keyword arguments replace top-level keys, ``kaders_x`` kaders keys."""
    data = copy.deepcopy(BASIS)
    for sleutel, waarde in wijzigingen.items():
        if sleutel.startswith("kaders_"):
            data["kaders"][sleutel.removeprefix("kaders_")] = waarde
        elif waarde is None:
            data.pop(sleutel, None)
        else:
            data[sleutel] = waarde
    return Vraagstuk.model_validate(data)


def advies_voor(vraagstuk: Vraagstuk, kennis: Kennis | None = None, datum: date = DATUM) -> Advies:
    return analyse(vraagstuk, kennis or builtin(), datum)


def check_invariants(vraagstuk: Vraagstuk, advies: Advies, kennis: Kennis | None = None) -> None:
    """What must hold for every vraagstuk (the promises in issue 4)."""
    kennis = kennis or builtin()
    t = advies.trede
    # never above the cap; the ambitie is followed up to the cap
    assert t.advies.rang <= t.maximaal.rang
    toezegging = vraagstuk.besluit.toezegging if vraagstuk.besluit else None
    verlaagd = any(b.regel == "TREDE-BUDGET" for b in advies.bevindingen)
    # (unless only another party's points are open, or a point is set by its own rule: a
    # divided choice the raad makes, the neighbours' objections to an initiative)
    eigen_punten = [p for p in vraagstuk.kaders.open if p.door is None or p.door.value in _GEMEENTE]
    eigen_regel = any(o.toezegging_deel is not None for o in t.onderwerpen)
    # (a point on each household's own property does not set the case's level; when only such
    # points are open, their level is the case's: rule TREDE-EIGEN-BEZIT)
    eigen_punten = [p for p in eigen_punten if not p.eigen_bezit]
    if (
        vraagstuk.ambitie is not None
        and toezegging is None
        and not verlaagd
        and (eigen_punten or not vraagstuk.kaders.open)
        and not eigen_regel
    ):
        verwacht = min(vraagstuk.ambitie, t.maximaal, key=lambda x: x.rang)
        # (on points the initiatiefnemer decides, when that is not a group of inwoners, the
        # inwoners co-decide at most: rule TREDE-PLAFOND; found by exploring in session 40)
        open_punten = [o for o in t.onderwerpen if o.open]
        if (
            open_punten
            and all(o.door is Beslisser.initiatiefnemer for o in open_punten)
            and vraagstuk.initiatiefnemer.value != "inwoners"
        ):
            verwacht = min(verwacht, Trede.meebeslissen, key=lambda x: x.rang)
        assert t.advies == verwacht
    if verlaagd and (eigen_punten or not vraagstuk.kaders.open):
        # the budget cannot carry more: the advice says so and stays at adviseren (the
        # points of another party who pays for its own participation are not capped by it)
        assert t.advies.rang <= Trede.adviseren.rang
    # per onderwerp: never above its room, never above the ambition or a commitment made;
    # exactly the commitment on the points it is marked for
    gemarkeerd = any(p.toegezegd for p in vraagstuk.kaders.open)
    for o in t.onderwerpen:
        assert o.trede.rang <= o.maximaal.rang, o
        if not o.open:
            assert o.trede.value == "informeren"
        punt = next((p for p in vraagstuk.kaders.open if p.onderwerp == o.onderwerp), None)
        if punt is not None and punt.toegezegd:
            assert toezegging is not None and o.trede is toezegging.trede, o
            continue
        ander = punt is not None and punt.door not in (
            None,
            Beslisser.raad,
            Beslisser.college,
            Beslisser.burgemeester,
            Beslisser.bestuurscommissie,
        )
        # (a commitment already made on the point is kept above a lower ambition)
        beloofd = toezegging is not None and o.toegezegd and o.trede is toezegging.trede
        # (each household decides on its own property up to meebeslissen, whatever the
        # ambition, never above the room: rule TREDE-EIGEN-BEZIT)
        bezit = punt is not None and punt.eigen_bezit
        assert o.eigen_bezit is bezit, o
        if bezit:
            assert o.trede.rang <= Trede.meebeslissen.rang, o
        if vraagstuk.ambitie is not None and not ander and not beloofd and not bezit:
            assert o.trede.rang <= vraagstuk.ambitie.rang
        # a commitment binds the points of whoever made it (the raad's promise does not cap a
        # point the initiator decides, a college's promise not what the raad decides)
        # (nor, when the raad decides, a college promise about its proposal to the raad the
        # college's own later points)
        wie = (punt.door if punt else None) or advies.besluit.door
        voorstel = (
            toezegging is not None
            and toezegging.door is Beslisser.college
            and advies.besluit.door is Beslisser.raad
            and punt is not None
            and punt.door is Beslisser.college
        )
        # (nor a promise on the plan what each household decides about its own house)
        if (
            toezegging is not None
            and not gemarkeerd
            and wie in (None, toezegging.door)
            and not voorstel
            and not bezit
            # nor a point another named party decides: the promise is not that party's
            and not (punt is not None and punt.partij)
        ):
            assert o.trede.rang <= toezegging.trede.rang
        # the college never promises to co-produce or decide along on the content of a plan an
        # initiator other than the gemeente decides (an applicant's permit, an initiative)
        # (unless the college made that promise itself, in the case: then it is quoted)
        if (
            o.open
            and o.door is Beslisser.college
            and punt is not None
            and punt.door is None
            and not o.toegezegd
            # the public road is the gemeente's as wegbeheerder (rule TREDE-WEGBEHEERDER)
            and not openbare_ruimte(o.onderwerp)
        ):
            assert not (
                advies.besluit.procedure in _VERGUNNING
                and vraagstuk.initiatiefnemer.value not in ("gemeente", "raad")
            ), o
    assert len([o for o in t.onderwerpen if o.open]) == len(vraagstuk.kaders.open)
    eigen_ruimte = any(p.ruimte not in (None, Ruimte.geen) for p in vraagstuk.kaders.open)
    if vraagstuk.kaders.besluit_al_genomen and not gemarkeerd and not eigen_ruimte:
        assert t.advies.value == "informeren"
    # per group never above the advice
    for b in advies.belanghebbenden:
        assert b.trede.rang <= t.advies.rang
    # mix: catalogue ids, never above the advice, the werkvorm can serve that step
    ids = set(kennis.ids())
    eigen = {g.id for g in vraagstuk.werkvormen} - ids  # the case's own, outside the catalogue
    # the highest level on any open point (a point the initiator decides may be higher than
    # the level the gemeente designs for; only the case's own instruments serve it)
    hoogste = max([o.maximaal.rang for o in t.onderwerpen if o.open] + [t.advies.rang])
    trede_van = {o.onderwerp: o.trede.rang for o in t.onderwerpen if o.open}
    for m in advies.mix:
        assert m.werkvorm in ids or (m.werkvorm in eigen and m.genoemd)
        # a werkvorm about an open point may go up to that point's level (MIX-ONDERWERP); a
        # doing form the case's own words ask for, up to its lowest level within the points
        plafond = max([t.advies.rang] + [trede_van[o] for o in m.onderwerpen])
        if m.genoemd or "MIX-DOEN" in m.regels:
            plafond = max(plafond, hoogste)
        if "MIX-STEMMING" in m.regels:
            # a binding vote on a fixed package is a veto by law (rule MIX-STEMMING)
            plafond = max(plafond, Trede.meebeslissen.rang)
        assert m.trede.rang <= plafond, m
    # never promise and warn at once: a point promised meebeslissen without a form where people
    # decide is promised lower (rule TREDE-WERKVORM), unless the promise was made already
    for o in t.onderwerpen:
        if o.open and not o.toegezegd and (o.toezegging_deel is None or o.eigen_bezit):
            assert not (
                o.trede.rang >= Trede.meebeslissen.rang
                and any(
                    b.regel == "MIX-ONDERWERP"
                    and b.sleutel == "MIX-ONDERWERP"
                    and b.waarden.get("onderwerp") == o.onderwerp
                    and b.waarden.get("beslissen")
                    for b in advies.bevindingen
                )
            ), f"belofte zonder werkvorm: {o.onderwerp}"
        if o.verlaagd_van is not None:
            assert o.verlaagd_van.rang > o.trede.rang >= Trede.adviseren.rang, o
    # every open point at adviseren or more has a werkvorm about it at its level (where people
    # decide, from meebeslissen up), or the advice says it has none (rule MIX-ONDERWERP)
    for o in t.onderwerpen:
        if not o.open or o.trede.rang < Trede.adviseren.rang:
            continue
        over = [m for m in advies.mix if o.onderwerp in m.onderwerpen]
        eigen_ronde = any(
            p.uitleg is not None
            and p.uitleg.sleutel in ("FASE.later_besluit", "FASE.na_keuze")
            and o.onderwerp.rstrip(".") in p.uitleg.waarden.get("onderwerpen", [])
            for p in advies.planning
        )
        if not over and eigen_ronde:
            continue  # its own round (rules PLAN-NA-BESLUIT, PLAN-NA-KEUZE)
        if not over and any(
            b.regel == "MIX-ROUTE" and b.waarden.get("onderwerp") == o.onderwerp
            for b in advies.bevindingen
        ):
            continue  # its werkvorm came too late or reached others: said (rule MIX-ROUTE)
        if not over:
            assert any(
                b.regel == "MIX-ONDERWERP" and vraagvorm(kop(o.onderwerp)) in b.tekst
                for b in advies.bevindingen
            ), f"onderwerp zonder werkvorm en zonder melding: {o.onderwerp}"
            continue
        nodig = min(o.trede.rang, Trede.meebeslissen.rang)
        assert any(m.trede.rang >= nodig for m in over), (o, over)
        if nodig == Trede.meebeslissen.rang:
            assert any(
                Modus.besluiten in kennis.werkvorm(m.werkvorm).modi
                or Trede.zelfbeheer in kennis.werkvorm(m.werkvorm).treden
                for m in over
                if m.werkvorm in ids
            ), (o, over)
        if m.werkvorm in eigen:
            continue
        assert m.trede in kennis.werkvorm(m.werkvorm).treden or any(
            b.regel == "MIX-INSTRUMENT" for b in advies.bevindingen
        )
        # a reason, or a row in the table that already names all its groups: then the
        # werkvorm gets no paragraph repeating them (review 41, in_tabel)
        assert m.waarom or (m.voor and in_tabel(m) == list(m.voor)), m
    assert any(m.werkvorm == "terugkoppeling" for m in advies.mix)
    gediend = {naam for m in advies.mix for naam in m.voor}
    initiatiefnemers = {p.naam for p in vraagstuk.belanghebbenden if p.initiatiefnemer}
    regels_gevonden = {b.regel for b in advies.bevindingen}
    # a late calendar is said by PLAN-KALENDER, or, for a zienswijze that must follow the
    # choice it is about and so falls after the decision, by that finding itself
    if any(b.sleutel == "PLAN-SAMENHANG.zienswijze_na_keuze" for b in advies.bevindingen):
        regels_gevonden = regels_gevonden | {"PLAN-KALENDER"}
    for b in advies.belanghebbenden:
        if b.kwadrant is Kwadrant.sleutelspeler and b.naam not in initiatiefnemers:
            # the advice says so, also when a short budget made the design leave it out (a
            # description such as 'fracties in de gemeenteraad' in small letters mid-sentence)
            assert (
                b.naam in gediend
                or any(
                    (
                        x.regel == "MIX-VERDIEPING"
                        or x.sleutel in ("MIX-BUDGET.kleiner", "MIX-BUDGET.grens")
                    )
                    and b.naam.casefold() in x.tekst.casefold()
                    for x in advies.bevindingen
                )
                or fractie_met_eigen_moment(vraagstuk, b.naam)
            ), f"sleutelspeler {b.naam} niet bediend en niet gemeld"
    from pionieren.analysis.facts import vraagt_inclusie

    for partij in vraagstuk.belanghebbenden:
        if vraagt_inclusie(partij):
            assert partij.naam in gediend or any(
                b.regel == "MIX-INCLUSIE" and partij.naam in b.tekst for b in advies.bevindingen
            ), f"{partij.naam} niet bediend en niet gemeld"
    # reach: no werkvorm is "for" a group it cannot reach, and none is about a place when
    # the question is about policy (feedback goes to everyone; the case's own instruments are
    # judged in their own finding)
    partijen = {p.naam: p for p in vraagstuk.belanghebbenden}
    for m in advies.mix:
        if m.werkvorm in eigen or m.genoemd or m.werkvorm == "terugkoppeling":
            continue
        w = kennis.werkvorm(m.werkvorm)
        # the neighbours of the chosen place stand for the neighbours of the candidate places
        for naam in [n for x in m.voor for n in (m.gekozen_plek if x == GEKOZEN_PLEK else [x])]:
            p = partijen[naam]
            if p.soort.value != "inwoners":
                continue
            # parents are adults: their kenmerk kinderen says for whom they speak
            kenmerken = eigen_kenmerken(p)
            assert not set(w.ongeschikt_voor) & kenmerken, (m.werkvorm, naam)
            assert not w.alleen_voor or set(w.alleen_voor) & kenmerken, (m.werkvorm, naam)
    procedure = vraagstuk.besluit.procedure if vraagstuk.besluit else None
    if procedure is not None and procedure.value in ("beleid", "verordening", "begroting"):
        for m in advies.mix:
            if not m.genoemd and m.werkvorm not in eigen:
                assert "beleid" in kennis.werkvorm(m.werkvorm).domeinen, m.werkvorm
    # budget and time: respected, or said in a finding
    md = advies.middelen
    if md.past_in_budget is False:
        assert any(
            b.regel == "MIX-BUDGET" and b.ernst is Ernst.waarschuwing for b in advies.bevindingen
        )
    if md.budget_euro is not None and md.past_in_budget:
        assert md.kosten_min_euro <= md.budget_euro
    if md.past_in_tijd is False and (md.weken_beschikbaar or 0) > 0:
        assert "PLAN-KALENDER" in regels_gevonden
    assert (
        md.kosten_min_euro
        + md.kosten_initiatiefnemer_min_euro
        + md.kosten_uitvoering_min_euro
        + md.kosten_anderen_min_euro
        == sum(m.kosten_euro[0] for m in advies.mix)
    )
    # the calendar: phases before the decision end by the decision (or it is said);
    # terugkoppeling never before the decision
    besluit = vraagstuk.kaders.besluit_uiterlijk
    if besluit is not None and besluit > advies.datum:
        # a werkvorm on the case's own dates sits where the case puts it (a standing walk-in
        # hour may run on after the decision); the advice warns when that is too late
        feiten = Feiten(vraagstuk, kennis, advies.datum)
        # (a BIZ case's 'draagvlakmeting' is the catalogue's vote, rule MIX-STEMMING)
        vaste_data = {pakket_id(feiten, g.id) for g in vraagstuk.werkvormen if g.periode}
        voor = [
            p
            for p in advies.planning
            if p.fase.value in ("voorbereiden", "ophalen", "verdiepen", "toetsen")
            and not (p.werkvormen and set(p.werkvormen) <= vaste_data)
        ]
        if md.past_in_tijd:
            assert all(p.eind is not None and p.eind <= besluit for p in voor), advies.planning
        else:
            assert "PLAN-KALENDER" in regels_gevonden
        # the papers date the decision phase states: no round of the participation ends after
        # it (a formal round, a werkvorm on the case's own dates and the elaboration after
        # the decision keep their own dates; a too-late date is said in a finding)
        for p in advies.planning:
            stukken = p.uitleg.waarden.get("stukken") if p.uitleg else None
            if p.fase.value != "besluit" or not stukken or p.uitleg.sleutel != "FASE.besluit":
                continue
            papieren = date.fromisoformat(str(stukken))
            if papieren <= advies.datum:
                continue
            # (unless the preparation reaches the papers or leaves less than a working week
            # before them, too little for a round: no round starts in the preparation, and the
            # calendar says the time is short; the preparation already holds the two weeks to
            # invite, so a round of one week after it is the planner's shortest, see
            # PLAN-KALENDER and min_weken)
            # (the planner counts weeks from the Monday of the report's week: the shortest
            # preparation ends on the Friday of its last week; found by hypothesis in
            # session 40: a Tuesday report date counted that Friday as the next Tuesday)
            maandag = advies.datum - timedelta(days=advies.datum.weekday())
            voorbereid = max(
                [q.eind for q in advies.planning if q.fase.value == "voorbereiden" and q.eind]
                + [maandag + VOORBEREIDEN_BODEM * WEEK - timedelta(days=3)],
            )
            if voorbereid > papieren - WEEK:
                assert "PLAN-KALENDER" in regels_gevonden
                continue
            # a step the report says runs on past the papers keeps the end it names (one date
            # in the text and the table, review 52a)
            doorlopend = {
                b.waarden.get("eind")
                for b in advies.bevindingen
                if b.sleutel == "PLAN-KALENDER.termijn_past_niet"
            }
            for q in advies.planning:
                if (
                    q in voor
                    and q.werkvormen != []
                    and "zienswijze" not in q.werkvormen
                    and q.start is not None
                    and q.start <= p.eind  # type: ignore[operator]
                    and not (q.eind is not None and q.eind.isoformat() in doorlopend)
                ):
                    assert q.eind is not None and q.eind <= papieren, (papieren, q)
        # a round that feeds a commissie or raad moment before the decision ends before that
        # moment's papers date, or starts after the moment; else a finding says it comes late
        te_laat = {
            b.waarden.get("datum") for b in advies.bevindingen if b.sleutel == "PLAN-REACTIE.moment"
        }
        for m in vraagstuk.momenten:
            if m.door.value not in ("commissie", "raad") or not advies.datum < m.datum < besluit:
                continue
            if TUSSENSTAND.search(m.wat):
                continue  # the interim state: a round runs on through it
            zuid = vraagstuk.vakantieregio.value == "zuid"
            papieren = werkdag_voor(m.datum - MOMENT_STUKKEN[m.door] * WEEK, zuid)
            if papieren <= advies.datum:
                continue
            # the paper closes later when an input comes in after the usual date and still
            # goes out with the agenda (rule PLAN-STUKKEN): the date the plan states counts
            papieren = next(
                (
                    date.fromisoformat(p.uitleg.waarden["stukken"])
                    for p in advies.planning
                    if p.uitleg is not None
                    and p.uitleg.sleutel == "FASE.moment"
                    and p.start == m.datum
                    and p.uitleg.waarden.get("stukken")
                ),
                papieren,
            )
            gemeld = m.datum.isoformat() in {
                b.waarden.get("datum") for b in advies.bevindingen if b.regel == "PLAN-STUKKEN"
            }
            for q in voor:
                sleutel = q.uitleg.sleutel if q.uitleg is not None else ""
                reactie = sleutel == "FASE.reactie"
                if (reactie and m.datum.isoformat() in te_laat) or gemeld:
                    continue
                # (a fixed moment, and a werkvorm at it or ending on it, keep the case's own
                # date: a standing body's advice on the date the case fixes, round 58)
                if (
                    (reactie or q.werkvormen)
                    and sleutel != "FASE.moment"
                    and q.eind not in {x.datum for x in vraagstuk.momenten}
                    and not set(q.werkvormen)
                    & {
                        "zienswijze",
                        "hoorzitting-raad",
                    }
                ):
                    assert q.start is not None and q.eind is not None, q
                    assert q.eind < papieren or q.start >= m.datum, (m, papieren, q)
        # a date for the outcome: the participation's own rounds end before it
        inbreng = vraagstuk.kaders.inbreng_uiterlijk
        if md.past_in_tijd and inbreng is not None and advies.datum < inbreng <= besluit:
            # the raad's own hearing feeds its moment on the draft, after the input
            formeel = {"zienswijze", "hoorzitting-raad"} | vaste_data
            for p in voor:
                moment = p.uitleg is not None and p.uitleg.sleutel == "FASE.moment"
                if (
                    p.fase.value != "voorbereiden"
                    and not set(p.werkvormen) & formeel
                    and not moment
                ):
                    assert p.eind is not None and p.eind < inbreng, (inbreng, p)
        # a trial the case names is evaluated before the decision that follows it: this one
        # when the trial ends before it, else the decision on going on at the trial's end
        proef = Feiten(vraagstuk, kennis, advies.datum).proef
        evaluaties = [p for p in advies.planning if p.fase.value == "evaluatie"]
        if proef is not None and evaluaties:
            volgend = besluit if proef[1] <= besluit else proef[1]
            if md.past_in_tijd and volgend > advies.datum:
                assert any(p.eind is not None and p.eind <= volgend for p in evaluaties), (
                    proef,
                    evaluaties,
                )
        uitvoering_van = vraagstuk.kaders.uitvoering_van
        uitrol = proef is not None and proef[1] <= besluit and uitvoering_van is not None
        uitrol = uitrol and uitvoering_van >= besluit  # type: ignore[operator]
        for p in advies.planning:
            if p.fase.value == "evaluatie" and proef is not None and p.werkvormen and not uitrol:
                continue
            na = p.fase.value in ("terugkoppeling", "evaluatie") or (
                p.fase.value == "uitvoering" and not vraagstuk.kaders.uitvoering_van
            )
            if na and p.werkvormen and not set(p.werkvormen) <= vaste_data:
                assert p.start is not None and p.start >= besluit, p
    # every finding names a known rule and known sources
    for b in advies.bevindingen:
        assert b.regel in REGELS
        # a finding about the input itself (a hint, the case's own werkvorm), the tool's own
        # budget sum and a question for a lawyer about the case cite nothing (review 27)
        assert (
            b.bronnen
            # the design itself has no step for this worry: the tool's own reckoning
            or b.sleutel == "MIX-ZORGEN.geen_stap"
            or b.regel
            in (
                "INVOER-INSTRUMENT",
                "MIX-INSTRUMENT",
                "PLAN-TUSSENDATUM",
                "MIX-BUDGET",
                "WET-ANDERS",
                "PLAN-REACTIE",  # a time limit is the tool's own reckoning (review 30)
                "PLAN-NA-BESLUIT",  # so is a sum of weeks after the decision (bronnen2)
                "BELANG-VERTROUWEN",  # no source says how to repair trust in these words
                "MIX-KANTEN",  # treating both sides alike is the tool's own reasoning
                "PLAN-VERWERKEN",  # two weeks to process reactions: the tool's own reckoning
                "PLAN-LATER-BESLUIT",  # so are the weeks of a later step
                "KADER-STUKKEN",  # the case's own papers first: plain practice (review 42d)
                "WET-PEILDATUM",  # saying who a cut-off leaves out: the tool's own reasoning
                "PLAN-STUKKEN",  # a paper closing before an input: the tool's own calendar reckoning
            )
            or b.sleutel
            in (
                "BESLUIT-WIE.onbekend",
                "BESLUIT-ADVIES.door",  # a question about the input
                "PLAN-KALENDER.buiten_in_winter",
                "PLAN-KALENDER.ruim",  # the tool's own planning, no holiday page
                # planning sums are the tool's own reckoning, not the ombudsman's (bronnen2)
                "PLAN-KALENDER.aanvraag_ingediend",
                "PLAN-KALENDER.zonder_toets",
                "PLAN-KALENDER.inbreng_te_kort",
                "PLAN-KALENDER.vast_te_kort",
                "PLAN-KALENDER.te_kort",
                "PLAN-KALENDER.toets_na_anker",
                "PLAN-KALENDER.termijn_past_niet",
                "PLAN-KALENDER.na_aanvraag_te_laat",
                "PLAN-KALENDER.anker_te_laat",
                "PLAN-KALENDER.anker_krap",
                # the planner's rounds against the case's own first dated step (review 59)
                "PLAN-KALENDER.informeren_eerst",
                "PLAN-SAMENHANG.ingekort",
                "PLAN-BESCHIKBAAR",  # the tool's own calendar against the case's own window
                # that window against the publication of the ontwerp: the same reckoning
                "PLAN-BESCHIKBAAR.na_ontwerp",
                "POORT-FASE.evaluatie",  # the ombudsman is not on evaluating policy
                "WET-CLIENTENPARTICIPATIE.bereik",  # no source on reaching via the provider
                "WET-KADER.oorlogsgraven",  # no page of the stichting carries it
            )
        ), b
        assert all(x in kennis.bronnen for x in b.bronnen)
    for r in advies.regels_toegepast:
        assert r in REGELS
    assert all(x in kennis.bronnen for x in advies.bronnen)
    assert advies.referentiekader
    # every group hears the answer to its worry exactly once, or the advice says that no step
    # has it (MIX-ZORGEN)
    gezegd = [
        (zorg, naam)
        for m in advies.mix
        for r in m.redenen
        if r.sleutel == "MIX-ZORGEN"
        for _, lijst in r.waarden["door"]
        for zorg, van, _ in lijst
        for naam in van or [""]
    ] + [
        (b.waarden["zorg"], naam)
        for b in advies.bevindingen
        if b.sleutel == "MIX-ZORGEN.geen_stap"
        for naam in b.waarden["van"] or [""]
    ]
    verwacht = [(z.zorg.rstrip("."), naam) for z in vraagstuk.zorgen for naam in z.van or [""]]
    assert sorted(gezegd) == sorted(verwacht), gezegd


@cache
def rapport_gegevens(pad: Path, datum: date) -> tuple[Advies, Vraagstuk, dict[str, Any]]:
    """The analysis of a case file and the data its report is rendered from (cached: several
    report tests walk all cases)."""
    from pionieren.input.load import load_vraagstuk
    from pionieren.report.data import report_data

    kennis = builtin()
    v = load_vraagstuk(pad, pad.name)
    advies = analyse(v, kennis, datum)
    return advies, v, report_data(advies, v, kennis, pad.name)


def casus(naam: str, **wijzig: Any) -> Vraagstuk:
    """A development case from tests/cases, with some top-level fields replaced."""
    from pionieren.input.load import load_vraagstuk

    v = load_vraagstuk(Path(__file__).resolve().parents[1] / "cases" / f"{naam}.yaml")
    data = v.model_dump(mode="json", exclude_none=True)
    data.update(wijzig)
    return Vraagstuk.model_validate(data)


def vaste_budgetten(paden: list[Path]) -> Iterator[tuple[Path, Vraagstuk, Advies, int]]:
    """Each case with a budget the gemeente holds (not the initiator's alone), its advice and
    the estimate with a fifth for the unforeseen that the report weighs against it."""
    from pionieren.analysis.mix.kosten import met_onvoorzien
    from pionieren.input.load import load_vraagstuk

    for pad in paden:
        v = load_vraagstuk(pad)
        if v.kaders.budget_euro is None or v.kaders.betaler == "initiatiefnemer":
            continue
        advies = advies_voor(v)
        m = advies.middelen
        samen = v.kaders.betaler == "beide"
        laag = m.kosten_min_euro + (m.kosten_initiatiefnemer_min_euro if samen else 0)
        hoog = m.kosten_max_euro + (m.kosten_initiatiefnemer_max_euro if samen else 0)
        yield pad, v, advies, met_onvoorzien(laag, hoog)


def partij(naam: str, **extra: Any) -> Belanghebbende:
    """A stakeholder for a test: inwoners with little influence and a large stake, unless
    ``extra`` says otherwise."""
    velden: dict[str, Any] = {"soort": "inwoners", "invloed": "laag", "belang": "hoog"}
    velden.update(extra)
    return Belanghebbende(naam=naam, **velden)


def voorbeelden(standaard: int) -> int:
    """How many examples a property test draws: ``standaard``, or PIONIEREN_VOORBEELDEN when
    set (with HYPOTHESIS_PROFILE=verkennen, to look for new failing examples; conftest.py)."""
    import os

    return int(os.environ.get("PIONIEREN_VOORBEELDEN", standaard))

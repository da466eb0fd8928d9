"""Inclusion: every hard-to-reach group with a real stake is served by a werkvorm that
reaches it."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date
from typing import Any

from pionieren.analysis.facts import Feiten, bevinding, groep_van_een_ander, zorgthema
from pionieren.analysis.mix.bereik import (
    andere_dag,
    bereikt,
    eigen_kenmerken,
    eigen_stem,
    in_gesprek,
    niet_via,
    noemt_plek,
    route_past,
    spreekt_hen,
    uitvoerder,
    vreest,
)
from pionieren.analysis.mix.betrokken import betrokkenen, noemt
from pionieren.analysis.mix.kanaal import poortwachters
from pionieren.analysis.mix.kandidaten import schoolroute
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp, voor_het_besluit, vooraf
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst, OnderwerpAdvies, Tekstdeel, deel
from pionieren.analysis.stakeholders import (
    jonge_kenmerken,
    jongvolwassen,
    spreekt_weinig_nederlands,
)
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Groepen,
    Kenmerk,
    Modus,
    SoortBelanghebbende,
    Status,
    Trede,
    Voorwaarde,
    Werving,
)

#: Not the audience of a point: the authorities and the raad have their own route.
_GEEN_PUBLIEK = (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)


def _bedien(
    o: Ontwerp,
    groepen: list[Belanghebbende],
    past: Callable[[Werkvorm, Belanghebbende], bool],
    school: bool = False,
) -> list[Belanghebbende]:
    """Serve each group by a form already chosen that ``past`` it before the decision, else by
    the best candidate that fits the most of the groups still open. Returns those left. With
    ``school``, pupils reached through their school get the form made with the school."""
    f, advies, kandidaten = o.f, o.advies, o.kandidaten
    v = f.vraagstuk
    past = _niet_geloot(_niet_via_groep_van_een_ander(f, _niet_in_eigen_vorm_van_anderen(o, past)))
    open_groepen = []
    for partij in groepen:
        # a form that only informs does not reach a group the advice asks more of
        bestaand = [
            k
            for k in o.keuzes
            if voor_het_besluit(k)
            and past(k.werkvorm, partij)
            and (k.trede is not Trede.informeren or advies is Trede.informeren)
        ]
        # of the forms that reach them, the one whose reach is theirs: the school's
        # drawing session for a school with its pupils, not the evening café that also admits
        # them (review 50: 'Wereldcafé … Dit bereikt ook CBS De Wierde en de ouders')
        bestaand.sort(key=lambda k: _hoe_eigen(k.werkvorm, partij))
        if bestaand:
            bestaand[0].add([partij.naam], None, "MIX-INCLUSIE")
            if partij.naam not in bestaand[0].inclusie:
                bestaand[0].inclusie.append(partij.naam)
        else:
            open_groepen.append(partij)
    while open_groepen:
        groepen = list(open_groepen)
        bereik = kandidaten.best(
            lambda w, groepen=groepen: any(past(w, p) for p in groepen),  # type: ignore[misc]
            # reached while they can still shape the decision: a pilot or works communication
            # only when nothing before the decision reaches them
            moet=lambda w: (int(not vooraf(w)),),
            wens=lambda w, groepen=groepen: (  # type: ignore[misc]
                # in a polarised case vulnerable groups need a safe, private setting first
                int((v.polarisatie or 1) > w.polarisatie_max),
                -sum(past(w, p) for p in groepen),
                # a group whose route (via) leads to where this form meets them
                -sum(route_past(w, p) for p in groepen if past(w, p)),
                # pupils reached through their school: the form made with the school
                sum(
                    school and schoolroute(p) and Voorwaarde.school not in w.alleen_als
                    for p in groepen
                    if past(w, p)
                ),
                -sum(len(set(w.bereikt) & set(p.kenmerken)) for p in groepen),
            ),
        )
        if bereik is None:
            break
        gedekt = [p for p in open_groepen if past(bereik, p)]
        modus = Modus.denken if Modus.denken in bereik.modi else bereik.modi[0]
        keuze = o.kies(bereik, modus)
        for partij in gedekt:
            keuze.add([partij.naam], None, "MIX-INCLUSIE")
            keuze.inclusie.append(partij.naam)
        gedekte_namen = {p.naam for p in gedekt}
        open_groepen = [p for p in open_groepen if p.naam not in gedekte_namen]
    return open_groepen


def _hoe_eigen(w: Werkvorm, partij: Belanghebbende) -> int:
    """How much a form that reaches a group is theirs, best first: the catalogue says it
    reaches what marks them (a drawing session for a school that speaks for its pupils)."""
    eigen = set(w.bereikt) | set(w.alleen_voor)
    return int(not eigen & eigen_kenmerken(partij))


def _niet_geloot(
    past: Callable[[Werkvorm, Belanghebbende], bool],
) -> Callable[[Werkvorm, Belanghebbende], bool]:
    """``past``, but never by a form that recruits by lot (a burgerberaad, a burgerjury): the
    lot decides who sits in it, so it is no way to a named group (review 50)."""
    return lambda w, p: w.werving is not Werving.loting and past(w, p)


def _niet_in_eigen_vorm_van_anderen(
    o: Ontwerp, past: Callable[[Werkvorm, Belanghebbende], bool]
) -> Callable[[Werkvorm, Belanghebbende], bool]:
    """``past``, but never by a form of the case for the groups it names (a dorpsraad's own
    meeting, the adviser's visit to the owners): that is no way in for another group (review
    45a: the flats 'reached' by the dorpsraden's meeting via the mosque)."""
    publiek = {k.werkvorm.id: k.publiek for k in o.keuzes if k.publiek}
    partijen = o.f.vraagstuk.belanghebbenden
    # the party that runs a form of the case itself: no route to a group outside it (review 46a)
    anderen = {
        g.id: (ander, g.status is Status.besloten)
        for g in o.f.vraagstuk.werkvormen
        if (ander := uitvoerder(partijen, g.door)) is not None
    }
    if not publiek and not anderen:
        return past
    return lambda w, p: (
        past(w, p)
        and (w.id not in publiek or p.naam in publiek[w.id])
        and (w.id not in anderen or not niet_via(p, anderen[w.id][0], w, anderen[w.id][1]))
    )


def _niet_via_groep_van_een_ander(
    f: Feiten, past: Callable[[Werkvorm, Belanghebbende], bool]
) -> Callable[[Werkvorm, Belanghebbende], bool]:
    """``past``, but never by a closed group another party runs (the provincie's
    klankbordgroep): that is no way in for a group that does not sit in it, for the gemeente
    does not choose its members."""

    def zonder(w: Werkvorm, partij: Belanghebbende) -> bool:
        return past(w, partij) and not groep_van_een_ander(f, w.id)

    return zonder


def langs_route(o: Ontwerp) -> Callable[[Werkvorm, Belanghebbende], bool]:
    """Does this werkvorm reach the group, and, when the route the case names for it (via) leads
    to a form that meets them there (:func:`route_past`: a visit at the church, a talk at the
    car park, a question on Instagram), is it such a form? A survey handed out at the church is
    no talk with the group. When no such form fits (a case too divided for it), the forms that
    reach them stay (:func:`inclusie`)."""
    lijst = o.kandidaten.lijst

    def past(w: Werkvorm, partij: Belanghebbende) -> bool:
        if not bereikt(w, partij):
            return False
        if route_past(w, partij):
            return True
        return not any(route_past(x, partij) and bereikt(x, partij) for x in lijst)

    return past


@regel(
    "MIX-INCLUSIE",
    Thema.mix,
    "Werkvormen voor moeilijk bereikbare groepen",
    """Elke moeilijk bereikbare groep met een echt belang wordt bediend door een werkvorm die
    hen goed bereikt (zie de kenmerken in de catalogus). Is een groep moeilijk bereikbaar, dan
    moet de werkvorm bovendien naar hen toe gaan: op uitnodiging en in persoon. Staat zo'n
    werkvorm er al in, dan telt die mee; anders voegt pionieren de goedkoopste passende werkvorm
    toe. Vindt pionieren er geen, dan zegt het dat, in plaats van de groep stil te laten
    vallen, met een concrete weg naar hen: de weg die het vraagstuk noemt (via), of anders de
    kanalen die bij hun kenmerken passen (kinderen via school, sport- en cultuurfondsen en het
    wijkteam, met toestemming van de ouders). Een groep inwoners met een groot belang en weinig
    invloed praat bovendien in persoon mee, niet alleen in een enquête of brief: in een gesprek
    dat bij hen past. Kinderen en jongeren komen niet naar een open avond met volwassenen; voor
    hen gaat het gesprek naar hen toe, is het voor hen gemaakt of is het buiten op de plek.
    Scholieren die via hun school bereikt worden, krijgen een project op hun school. Noemt het
    vraagstuk als weg (via) een plek of kanaal waar een werkvorm hen treft (de kerk of de soos:
    een bezoek aan hun eigen bijeenkomst; de parkeerplaats of de sportclub: een gesprek op de
    plek; Instagram: een korte vraag online), dan krijgt de groep die werkvorm. Een vragenlijst
    die in de kerk alleen wordt uitgedeeld, telt dan niet als hun werkvorm. Een besloten groep
    die een andere partij al instelde en leidt (de klankbordgroep van de provincie), is geen weg
    naar een groep die er niet in zit: wie erin zit, kiest de gemeente niet. De
    initiatiefnemer is nooit zo'n groep: met haar praat de gemeente direct. Heeft een moeilijk
    bereikbare groep een eigen gesprek, dan komen daar ook de open onderwerpen aan bod die over
    haar gaan (het onderwerp noemt haar, of het vraagstuk gaat over de plek of voorziening waar
    zij naar heet) en die een andere werkvorm zonder haar behandelt: er komt geen werkvorm bij.
    Verdwijnt de woonplek van zo'n groep misschien (haar naam zegt waar zij woont, en het
    vraagstuk zegt dat die plek wordt gesloopt of bebouwd), dan krijgt zij dezelfde persoonlijke
    uitleg als andere bewoners, in haar eigen taal: niet alleen een vertaalde uitnodiging.""",
    ["movisie-moeilijk-bereikbaar", "pharos-bereiken", "loketgezondleven-jongeren"],
)
def inclusie(o: Ontwerp) -> None:
    """Serve every hard-to-reach group with a real stake: by a werkvorm already chosen that
    reaches it before the decision, else by the best werkvorm that reaches the most of the
    groups still open, else a finding per group."""
    v = o.f.vraagstuk
    open_groepen = _bedien(o, o.f.inclusiegroepen, langs_route(o))
    open_groepen = _bedien(o, open_groepen, bereikt)
    for partij in open_groepen:
        # who keeps silent out of fear (rule MIX-VOORWAARDEN, review 58b)
        angst: dict[str, Any] = {"angst": True} if vreest(partij) else {}
        o.bevindingen.append(
            bevinding(
                "MIX-INCLUSIE",
                Ernst.waarschuwing,
                naam=partij.naam,
                via=partij.via or "",
                kenmerken=jonge_kenmerken(partij),
                in_werkvormen=[],
                meervoud=partij.meervoud is not False,
                zorg=zorgthema(v.beleidsveld),
                **angst,
            )
        )


def eigen_gesprek(o: Ontwerp) -> None:
    """Part of MIX-INCLUSIE, run after the later steps: a hard-to-reach group with a large
    stake and little influence (:func:`eigen_stem`) also talks in person, in a form that suits
    it (:func:`spreekt_hen`), not only in a survey. A form chosen before counts; else the best
    candidate is added. When no such form reaches them, the forms that do stay."""
    groepen = [
        p
        for p in o.f.inclusiegroepen
        if eigen_stem(p)
        # already seated in a talk in person that suits them
        and not any(
            k.serves(p.naam) and voor_het_besluit(k) and spreekt_hen(k.werkvorm, p)
            for k in o.keuzes
        )
    ]
    daar = langs_route(o)
    _bedien(o, groepen, lambda w, p: daar(w, p) and spreekt_hen(w, p), school=True)


def inclusie_nagaan(o: Ontwerp) -> None:
    """Part of MIX-INCLUSIE, run after the later steps: a group that a werkvorm chosen later
    (for an open point, a gathering of its own) does reach is no gap; a group seated in a form
    that does not reach it by itself is told apart from one that sits nowhere. The advice never
    says no werkvorm reaches a group that sits in one."""
    gaten = {b.waarden.get("naam") for b in o.bevindingen if b.regel == "MIX-INCLUSIE"}
    gedekt = set()
    for partij in o.f.inclusiegroepen:
        if partij.naam not in gaten:
            continue
        for k in o.keuzes:
            if k.serves(partij.naam) and voor_het_besluit(k) and bereikt(k.werkvorm, partij):
                gedekt.add(partij.naam)
                if partij.naam not in k.inclusie:
                    k.inclusie.append(partij.naam)
                break
    o.bevindingen = [
        b
        for b in o.bevindingen
        if not (b.regel == "MIX-INCLUSIE" and b.waarden.get("naam") in gedekt)
    ]
    for b in o.bevindingen:
        if b.regel == "MIX-INCLUSIE" and "in_werkvormen" in b.waarden:
            # seated in a form that does not reach them by itself: say so, not "no werkvorm"
            b.waarden["in_werkvormen"] = [
                k.werkvorm.naam.lower()
                for k in o.keuzes
                if k.serves(b.waarden["naam"]) and voor_het_besluit(k)
            ]


def taalhulp(partij: Belanghebbende) -> list[str]:
    """What a group needs to take part in its language, by what it is (keys of the text
    MIX-INCLUSIE.bereikt): translation and an interpreter only for people with a migration
    background for whom Dutch is an obstacle (:func:`spreekt_weinig_nederlands`; for children
    and young people: their parents); plain spoken language and pictures for people who read
    little, and for those among them who also speak little Dutch a tolk in person, not a
    translated letter they cannot read either (review 38). A migration background alone gets
    no language help (review 36)."""
    kenmerken = partij.kenmerken
    hulp = []
    if Kenmerk.laaggeletterd in kenmerken:
        hulp.append("beeld")
    if spreekt_weinig_nederlands(partij):
        # children and young people went to school here: a translated letter is for their
        # parents, not an interpreter for them (review 27: a tolk for the youths of a wijk)
        jong = Kenmerk.kinderen in kenmerken or Kenmerk.jongeren in kenmerken
        if jong and not jongvolwassen(partij):
            hulp.append("ouders")
        elif Kenmerk.laaggeletterd in kenmerken:
            # a translated letter does not help who reads little: a tolk at the table does
            hulp.append("tolk")
        else:
            hulp.append("vertaling")
    return hulp


_WONEN_IN = re.compile(r"\b(?:in|op|bij)\s+((?:het|de)\s+(?:\w+\s+){0,3}\w+)\s*$", re.IGNORECASE)
"""Where a group lives, by its name: 'Arbeidsmigranten in het oude stationshotel'."""
_WEG = re.compile(
    r"\b(?:sloop\w*|gesloopt|afgebroken|afbr\w+|verdwijn\w*|verdwenen|moet(?:en)?\s+wijken|"
    r"wijken|vrijkom\w*|herontwikkel\w*|bouwplek\w*|gaat\s+dicht|sluit\w*)\b",
    re.IGNORECASE,
)
"""Words that say a place goes: demolished, it disappears, it must make way, the site is free
to build on ('het terrein van het oude stationshotel')."""


_GEBIED = re.compile(
    r"gebied\w*$|wijk\w*$|buurt\w*$|dorp\w*$|kern\w*$|straat$|stad$|gemeente$|regio$|"
    r"polder\w*$|centrum$",
    re.IGNORECASE,
)


def woonplek_weg(f: Feiten, partij: Belanghebbende) -> bool:
    """Does the home of this group of inwoners go: its name says where they live ('in het oude
    stationshotel') and the case says that place goes or is built on ('wat er op het terrein van
    het oude stationshotel wordt gebouwd')?"""
    if partij.soort is not SoortBelanghebbende.inwoners:
        return False
    m = _WONEN_IN.search(partij.naam.strip())
    if m is None:
        return False
    if _GEBIED.search(m.group(1).split()[-1]):
        # an area (the buitengebied, a wijk) does not go; a building or a site does
        return False
    plek = re.escape(m.group(1).lower())
    v = f.vraagstuk
    teksten = [v.omschrijving, *v.kaders.vast, *(o.onderwerp for o in v.kaders.open)]
    # the place itself goes: 'het terrein van <plek>', or '<plek> wordt gesloopt' in a few words
    gaat = re.compile(
        rf"\bterrein\s+van\s+{plek}\b|\b{plek}\b(?:\s+\S+){{0,4}}?\s+(?:{_WEG.pattern})",
        re.IGNORECASE,
    )
    return any(gaat.search(t) for t in teksten)


def inclusie_reden(
    f: Feiten,
    namen: list[str],
    taal_gezegd: Collection[str] = (),
    periode: tuple[date, date] | None = None,
    w: Werkvorm | None = None,
) -> list[Tekstdeel]:
    """One sentence for all hard-to-reach groups a werkvorm serves; with the language help each
    of them needs (said once per group in a design: ``taal_gezegd`` holds who had it). A route
    that names another weekday than the one fixed day of the form is not its route (review 44a:
    'via de marktmeester op donderdagochtend' under a schouw on a Saturday); nor is a route
    through others under a form that meets people where they happen to be (``ter_plekke``),
    unless it names such a place. A form held at
    each group's own meeting (a visit) meets them apart: 'een apart bezoek bij', not 'dit
    bereikt ook', which read as if the shopkeepers' own meeting reached the older people
    (review 50)."""
    if not namen:
        return []
    gezocht = set(namen)
    partijen = [p for p in f.vraagstuk.belanghebbenden if p.naam in gezocht]
    # the groups that need the same help together: [[names], [help]]
    per: dict[tuple[str, ...], list[str]] = {}
    for p in partijen:
        if p.naam not in taal_gezegd and (hulp := taalhulp(p)):
            per.setdefault(tuple(hulp), []).append(p.naam)
    taal = [[groep, list(hulp)] for hulp, groep in per.items()]
    # the route the vraagstuk names for a group (via its physiotherapists, via the teachers)
    # and only under a form that goes that way: a talk on the street meets whoever is there,
    # so a route through others (the employers, the waiting list) does not lead to it (review
    # 50: 'via de woonruimteverdeling' under street interviews)
    # a route through a party with a stake of its own is not said here: rule MIX-KANAAL says
    # the neutral way once (review 58b: 'via de jongerenwerkers van' the likely bidder)
    routes = [
        [p.naam, p.via]
        for p in partijen
        if p.via
        and not andere_dag(periode, p)
        and (w is None or not w.ter_plekke or noemt_plek(w, p.via))
        and not poortwachters(f, p)
    ]
    hulp = [h for h in ("vertaling", "tolk", "ouders", "beeld") if any(h in t[1] for t in taal)]
    # a group whose home goes hears in person what it means for them, as the other residents
    # do, in their own language: more than a translated invitation (review 58b, Ravenheide)
    weg = [p.naam for p in partijen if woonplek_weg(f, p)]
    eigen_taal = [p for p in partijen if p.naam in weg and taalhulp(p)]
    if eigen_taal and all(n in weg for t in taal if "vertaling" in t[1] for n in t[0]):
        hulp = [h for h in hulp if h != "vertaling"]
    apart = w is not None and w.groepen is Groepen.georganiseerd
    return [
        deel(
            "MIX-INCLUSIE.bereikt",
            namen=namen,
            taal=taal,
            hulp=hulp,
            routes=routes,
            **({"apart": True} if apart else {}),
            **({"weg": weg, "weg_taal": bool(eigen_taal)} if weg else {}),
        )
    ]


def eigen_onderwerpen(f: Feiten, keuzes: list[Keuze], punten: list[OnderwerpAdvies]) -> None:
    """Part of composing the design, after the budget cut (rule MIX-INCLUSIE): a hard-to-reach
    group that has a talk of its own (the talks via key figures, a visit) is asked there about
    the open points that concern it and that another form carries without it: the point names
    the group (its kind, a word of its name), or the case is about the place or service the
    group is named after (the visitors of the shelter, in a case about that shelter). No form
    is added and none is cut: the point goes on the group's own form too.

    Why: the group the house rules, the opening hours and the waiting area concern most cannot
    sit in the werkgroep that works them out, so its own talk asks it (review 50: the shelter's
    visitors absent from every point about the shelter)."""
    titel = f.vraagstuk.titel
    for p in f.inclusiegroepen:
        if p.soort is not SoortBelanghebbende.inwoners:
            continue
        eigen = [
            k
            for k in keuzes
            if k.serves(p.naam)
            and voor_het_besluit(k)
            and in_gesprek(k.werkvorm)
            and k.trede is not Trede.informeren
            and bereikt(k.werkvorm, p)
            # the agreement per household is about its own house or land, not a talk that asks
            # about the other points (review 64a: the approach per building block went onto the
            # owners' agreement talks, which then stayed before the regeling they depend on)
            and Voorwaarde.eigen_bezit not in k.werkvorm.alleen_als
        ]
        if not eigen:
            continue
        k = min(eigen, key=lambda k: len(k.voor))
        hun_zaak = noemt(f, titel, p)
        for punt in punten:
            if not punt.open or punt.onderwerp in k.onderwerpen:
                continue
            if punt.feiten:
                # a dispute over facts is checked per case, not talked over in a group's own
                # talk (rule MIX-FEITENTOETS)
                continue
            dragers = [x for x in keuzes if punt.onderwerp in x.onderwerpen]
            if (
                not dragers
                or any(x.serves(p.naam) for x in dragers)
                or not any(voor_het_besluit(x) for x in dragers)
            ):
                continue
            if punt.trede.rang >= Trede.meebeslissen.rang > k.trede.rang and any(
                x.voor_tekst and x.trede.rang >= Trede.meebeslissen.rang for x in dragers
            ):
                # where the case's own closed group decides (a jury's score) a talk cannot
                # stand in for it (review 54a: the jury's judgement of the bids in the street
                # interviews); a point a body decides in its own meeting (the leden of a hofje
                # on opening its garden to the buurt) is still asked of those it names
                continue
            wie = [q for q in betrokkenen(f, punt) if q.soort not in _GEEN_PUBLIEK]
            genoemd = any(q.naam == p.naam for q in wie)
            if wie and not genoemd:
                # a point about other groups is not this group's matter, even in a case about
                # their street (rule MIX-ROUTE; review 58a: the choice on another village's
                # polder road went to the seasonal workers' talk in Hoenwijk)
                continue
            if punt.eigen_bezit and not genoemd:
                # another's own house or land is not this group's matter, whatever the case is
                # about (review 54a: the owners' compensation on the migrants' doorstep talk)
                continue
            if hun_zaak or genoemd:
                k.onderwerpen.append(punt.onderwerp)

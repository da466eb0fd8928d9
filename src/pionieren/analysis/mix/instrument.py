"""The case's own instruments first: what the vraagstuk names, and what its procedure brings."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from pionieren.analysis.decision import BESLISSER_NAAM, regeling_orgaan
from pionieren.analysis.facts import REFERENDUM, VERGUNNING, Feiten, bevinding
from pionieren.analysis.kosten import SCHAALFACTOR, kosten_schaal, scaled
from pionieren.analysis.mix.bereik import (
    anoniem,
    buiten_kring,
    eigen_publiek,
    genoemde_groep,
    kan_voor,
    niet_via,
    noemt_mensen,
    uitvoerder,
    vertrouwelijk,
)
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp, Voorstel, fase_op_datum, fase_van
from pionieren.analysis.mix.politiek import (
    eigen_bijeenkomst,
    evenwicht,
    partij_van,
    raadsinformatie,
    raadsmoment,
    via_de_griffie,
)
from pionieren.analysis.pakket import DRAAGVLAKMETING, pakket_id, stemt_over_pakket
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import BesluitAdvies, Ernst, deel
from pionieren.input.model import GenoemdeWerkvorm, Toezegging
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Beslisser,
    Betaler,
    Domein,
    Fase,
    Groepen,
    Houding,
    Kanaal,
    Modus,
    Niveau,
    Orgaan,
    Organisator,
    Procedure,
    Procesfase,
    Reikwijdte,
    Schaal,
    SoortBelanghebbende,
    Status,
    Trede,
    Voorwaarde,
    WettelijkKader,
)


def met_belang(f: Feiten, door: str | None, w: Werkvorm | None) -> bool:
    """Was this werkvorm for asking inwoners' views chosen or proposed by a party on the map
    with a stake in the outcome: for or against the plan, or a company ('Meerafval' for
    'Afvalbedrijf Meerafval')? Not the initiator of its own plan.

    Why: a survey written and analysed by the waste company whose contract depends on it is not
    neutral (review 27). The advice keeps it only when the gemeente sets the questions and
    analyses the answers itself."""
    if (
        w is None
        or Modus.denken not in w.modi
        # only a form that measures the views of many (a survey, street talks), whose questions
        # and counting steer the outcome; not a meeting or a talk in the party's own circle
        or w.bijeenkomst
        or w.verbreding_of_verdieping is not Reikwijdte.verbreding
    ):
        return False
    p = partij_van(f, door)
    # the initiator of someone else's plan runs its own conversation by law; the gemeente
    # tests its report (rule MIX-INSTRUMENT, omgevingsgesprek)
    return (
        p is not None
        and not p.initiatiefnemer
        and (
            p.houding in (Houding.voor, Houding.tegen) or p.soort is SoortBelanghebbende.ondernemers
        )
    )


KAART = re.compile(
    r"\b(?:honden|uitlaat|losloop|zone|zonering|gebieds|bomen|speelplekken)kaart\w*",
    re.IGNORECASE,
)
"""A decision that is itself a map of places: a hondenkaart, a zonekaart, a map of the areas
where something may or may not happen. Its core form is choosing places on the map."""


def voorstellen(
    f: Feiten, besluit: BesluitAdvies, catalogus: dict[str, Werkvorm]
) -> list[Voorstel]:
    """The instruments the case brings, in order: the werkvormen it names, then what its
    procedure implies, then the raad's own instruments."""
    v = f.vraagstuk
    rij: list[Voorstel] = []
    for naam in v.werkvormen:
        if naam.id == "zienswijze" and regeling_orgaan(f)[0]:
            # under a gemeenschappelijke regeling the zienswijze on the draft is the raden's,
            # no public inspraak: inwoners speak to the raad before it gives its zienswijze
            # (review 53a: 'ter inzage' and a Gemeenteblad notice served to inwoners)
            rij.append(Voorstel("hoorzitting-raad", deel("MIX-INSTRUMENT.zienswijze_raden"), False))
            continue
        # a party's own meeting or evening stays its own (rule MIX-POLITIEK)
        eigen = eigen_bijeenkomst(f, besluit, naam, catalogus.get(naam.id))
        rij.append(
            Voorstel(
                pakket_id(f, naam.id),
                eigen
                or deel(
                    "MIX-INSTRUMENT.genoemd",
                    gekozen=naam.status is Status.besloten,
                    door=naam.door or "",
                    belang=met_belang(f, naam.door, catalogus.get(naam.id)),
                ),
                True,
            )
        )
    if stemt_over_pakket(f):
        # the law asks for the vote of those who will pay before a BIZ starts
        rij.append(Voorstel(DRAAGVLAKMETING, deel("MIX-STEMMING.wet"), False))
    if f.procedure is Procedure.uitdaagrecht_verzoek:
        rij.append(Voorstel("uitdaagrecht", deel("MIX-INSTRUMENT.uitdaagrecht"), False))
    if f.procedure is Procedure.herindeling:
        rij.append(Voorstel("zienswijze", deel("MIX-INSTRUMENT.herindeling"), False))
    if f.procedure is Procedure.omgevingsplan and not v.kaders.besluit_al_genomen:
        rij.append(Voorstel("zienswijze", deel("MIX-INSTRUMENT.omgevingsplan"), False))
    if (
        f.procedure is Procedure.omgevingsvergunning_buitenplans
        and besluit.raad_bindend_advies
        and not v.kaders.besluit_al_genomen
    ):
        rij.append(Voorstel("zienswijze", deel("MIX-INSTRUMENT.bindend_advies"), False))
    if f.initiatief_van_anderen and (
        f.procedure in VERGUNNING
        or (f.procedure is None and WettelijkKader.omgevingswet in f.wettelijke_kaders)
    ):
        rij.append(Voorstel("omgevingsgesprek", deel("MIX-INSTRUMENT.omgevingsgesprek"), False))
    if _reactie_na_aanvraag(f, besluit, catalogus):
        rij.append(Voorstel("zienswijze", deel("MIX-INSTRUMENT.na_aanvraag"), False))
    if KAART.search(v.omschrijving):
        rij.append(Voorstel("plekken-op-de-kaart", deel("MIX-INSTRUMENT.kaart"), False))
    if uitvoering_in_openbare_ruimte(f):
        rij.append(Voorstel("bouwcommunicatie", deel("MIX-INSTRUMENT.bouwcommunicatie"), False))
    rij += via_de_griffie(v.belanghebbenden)
    moment = raadsmoment(f, besluit)
    if moment is not None:
        rij.append(moment)
    return rij


def _kopnaam(w: Werkvorm) -> str:
    """The werkvorm's name without the words in brackets: 'Burgerinitiatief (agendarecht)'
    is 'Burgerinitiatief'."""
    return re.sub(r"\s*\(.*?\)", "", w.naam).strip()


def agenda_datum(f: Feiten, w: Werkvorm) -> date | None:
    """The date of the case's own commissie or raad meeting that has this instrument of the
    raad (organised by the griffie) on its agenda: a moment after today, not after the
    decision, whose text names the werkvorm ('De commissie bespreekt het burgerinitiatief').
    None for a werkvorm the raad does not hold itself, or that no moment names.

    Why: review 65b (De Hooiberg): the burgerinitiatief was handed in and on the commissie's
    agenda of 16 February; the table planned it again at the decision, 27 May - 8 July."""
    if w.organisator is not Organisator.griffie:
        return None
    woorden = {_kopnaam(w).lower(), w.id.replace("-", " ")}
    besluit = f.vraagstuk.kaders.besluit_uiterlijk
    for m in sorted(f.vraagstuk.momenten, key=lambda x: x.datum):
        if m.door not in (Orgaan.commissie, Orgaan.raad) or m.datum <= f.datum:
            continue
        if besluit is not None and m.datum > besluit:
            continue
        if any(x and re.search(rf"\b{re.escape(x)}\b", m.wat, re.IGNORECASE) for x in woorden):
            return m.datum
    return None


@regel(
    "MIX-INSTRUMENT",
    Thema.mix,
    "Het eigen instrument van de zaak eerst",
    """Het ontwerp begint bij de werkvormen die het vraagstuk zelf noemt (al besloten of
    voorgesteld) en bij wat de procedure meebrengt: bij een verzoek onder het uitdaagrecht de
    toets en de overeenkomst, bij een herindeling de zienswijze (onder een gemeenschappelijke
    regeling is de zienswijze van de raden: inwoners spreken in bij de raad, vóór diens
    zienswijze, zonder terinzagelegging voor iedereen), bij een vergunning voor het plan
    van een ander het omgevingsgesprek door de initiatiefnemer, bij de uitvoering van werk in de
    openbare ruimte bouwcommunicatie met een omgevingsmanager (niet bij een besluit over alleen
    regels, zoals regels voor kamerverhuur in het omgevingsplan of een verordening: daar wordt
    niets gebouwd). Wat bij een instrument hoort
    (samen_met in de catalogus, zoals neutrale voorlichting bij een referendum), komt mee. De
    toets van een verzoek is de weg naar het besluit zelf: hij loopt tot de stukken voor dat
    besluit klaar zijn. Een eigen werkvorm die niet in de tijd, het budget of de ruimte past,
    maakt pionieren eerst kleiner: korter (niet een wettelijke termijn), een lichtere vorm van
    dezelfde soort, of op de trede die de ruimte toelaat. Gaat hij verder dan een toezegging
    die al gedaan is, dan houdt het ontwerp de toezegging aan, en zegt het advies wie om een
    ruimere toezegging te vragen. Alleen als dat niet kan, of als de
    wet of de rolverdeling hem uitsluit (een stap van de raad bij een besluit van het college,
    tenzij de raad eerst zelf over een punt beslist, zoals zijn zienswijze), neemt pionieren hem
    niet over, en zegt het waarom in de termen van de zaak. Een
    voorgestelde stemming (een wijkbudget, een referendum) naast een stemming waartoe al is
    besloten (een burgerbegroting) neemt pionieren ook niet over: twee stemmingen over dezelfde
    vraag maken onduidelijk wie beslist. Stelde een
    partij met belang bij de uitkomst (voor of tegen, of een bedrijf) een werkvorm voor om
    meningen op te halen, dan zegt het advies dat de gemeente de vragen opstelt en de antwoorden
    zelf verwerkt. Beslist of beoordeelt een eigen jury of panel mee, en vraagt een vast kader
    dat wie beoordeelt geen belang heeft bij een inschrijver of aanbieder, dan zegt het advies
    hoe die jury onafhankelijk blijft: wie een band heeft met een inschrijver (werk, bestuur,
    familie) meldt dat en doet niet mee, en hoe de leden gekozen worden ligt vooraf vast en is
    openbaar. Een eigen werkvorm houdt het publiek en het onderwerp die het vraagstuk hem geeft:
    noemt de route van een groep (via) de werkvorm zelf ('de schouw in hun straat'), dan is hij
    voor die groep; noemt zijn 'voor' een onderwerp ('de indeling van de stroken per straat'),
    dan gaat hij over het open punt met het hoofdwoord daarvan (de indeling), niet over een
    punt dat alleen de woorden erna deelt (de straat). Een eigen werkvorm met data houdt die
    data; een besloten instrument van de raad (een burgerinitiatief) dat een moment van het
    vraagstuk al op de agenda van de commissie of de raad zet, staat op die dag en wordt niet
    later opnieuw gepland.""",
    ["pionieren-2017", "vng-handreiking-participatie", "oecd-deliberatie-2020"],
)
def instrumenten(o: Ontwerp) -> None:
    """Put the case's own instruments in the mix, with what belongs to them.

    ``o.hoogste`` is the highest level on any open point, also on points another party decides
    (an initiator's fund): an instrument for such a point is not refused for its level."""
    f, advies, besluit = o.f, o.advies, o.besluit
    v = f.vraagstuk
    hoogste, ruimte = o.hoogste, o.ruimte
    partijen = o.partijen
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    budget = v.kaders.budget_euro

    gezien: set[str] = set()
    wachtrij = voorstellen(f, besluit, catalogus)
    while wachtrij:
        id, reden, genoemd = wachtrij.pop(0)
        if id in gezien:
            continue
        gezien.add(id)
        w = catalogus.get(id)
        if w is None:
            if not genoemd:
                continue
            w = eigen_werkvorm(id, advies, SCHAALFACTOR[kosten_schaal(v)])
            catalogus[id] = w
            o.bevindingen.append(
                bevinding(
                    "MIX-INSTRUMENT", Ernst.let_op, "MIX-INSTRUMENT.eigen", bronnen=[], naam=w.naam
                )
            )
        if not genoemd and w.laagste_trede.rang > advies.rang and not w.vast_pakket:
            continue
        if w.id == "zienswijze" and f.procedure is Procedure.herindeling:
            # the herindelingsontwerp lies open for eight weeks (art. 5 Wet arhi)
            w = w.model_copy(update={"weken": (8, max(8, w.weken[1]))})
        genoemde = next((g for g in v.werkvormen if pakket_id(f, g.id) == id), None)
        status = genoemde.status if genoemde else Status.besloten
        bezwaren: dict[str, Any] = {}
        kleiner: dict[str, Any] = {}
        if w.id in REFERENDUM and f.procedure is Procedure.begroting:
            bezwaren["uitgesloten"] = True
        al = _al_een_stemming(f, w, catalogus)
        if genoemd and status is Status.voorgesteld and al is not None:
            bezwaren["dubbel"] = al
        over = _weken_over(f, w, besluit)
        te_kort = (
            genoemd and status is Status.voorgesteld and over is not None and over < w.weken[0]
        )
        if te_kort and over is not None and 2 * over >= w.weken[0] and w.id not in VASTE_DUUR:
            # a proposal too long for a fixed decision date is made shorter first
            kleiner.update(naam=w.naam, weken=over, minstens=w.weken[0])
            w = w.model_copy(update={"weken": (over, over)})
            te_kort = False
        if v.schaal not in w.schalen and not genoemd:
            bezwaren["schaal"] = v.schaal.value
        duur = (
            budget is not None
            and w.kosten_euro[0] > budget
            and v.kaders.betaler is not Betaler.initiatiefnemer
            # what runs during the works is paid from the project, not the participation budget
            and w.procesfase is not Procesfase.uitvoering
            # what another party decided and runs on its own means is not the gemeente's cost
            and not _door_een_ander(f, w.id)
        )
        if duur and not genoemd:
            bezwaren["kosten"] = w.kosten_euro[0]
        elif duur or te_kort:
            # the case's own instrument is made smaller before it is let go: a lighter form
            # of the same kind that fits the money and the weeks
            kleinere = kleinere_vorm(f, w, catalogus, budget, over if te_kort else None)
            if kleinere is not None:
                kleiner.update(naam=w.naam, vorm=kleinere.naam)
                id, w = kleinere.id, kleinere
                gezien.add(id)
            else:
                if te_kort:
                    bezwaren.update(tijd=w.weken[0], over=max(over or 0, 0))
                    bezwaren["datum"] = v.kaders.besluit_uiterlijk
                if duur:
                    bezwaren.update(kosten=w.kosten_euro[0], budget=budget)
        if w.id in STAP_VAN_DE_RAAD and not raad_weegt_mee(f, besluit):
            # the raad hears people before its own decision; where the raad has no say, it is
            # kept informed instead (and can hold the decision-maker to account)
            bezwaren["raad"] = BESLISSER_NAAM[besluit.door]  # type: ignore[index]
            wachtrij.append(raadsinformatie())
        # an association's members decide only what the association itself decides
        leden = _leden_grens(o, w, genoemde.door if genoemde else None)
        if leden is not None and w.laagste_trede.rang > leden.rang:
            kleiner.update(
                naam=w.naam,
                trede=w.laagste_trede.value,
                ruimte=leden.value,
                vereniging=genoemde.door if genoemde else "",
            )
        else:
            leden = None
        # a binding vote on a fixed package has the level the law gives it (rule MIX-STEMMING)
        ingeperkt = leden is None and w.laagste_trede.rang > ruimte.rang and not w.vast_pakket
        if ingeperkt and not genoemd:
            # refused only when the room on every open point is below the werkvorm, not when
            # the ambition is: the case's own choice then shows what the ambition should be
            bezwaren["trede"] = w.laagste_trede.value
            bezwaren["ruimte"] = ruimte.value
        elif ingeperkt:
            # the case's own instrument is used at the level the room allows, and says so
            kleiner.update(naam=w.naam, trede=w.laagste_trede.value, ruimte=ruimte.value)
        if genoemd and status is Status.voorgesteld and bezwaren:
            o.bevindingen.append(
                bevinding(
                    "MIX-INSTRUMENT",
                    Ernst.let_op,
                    "MIX-INSTRUMENT.niet_overgenomen",
                    naam=w.naam,
                    **bezwaren,
                )
            )
            continue
        if bezwaren and genoemd:
            o.bevindingen.append(
                bevinding(
                    "MIX-INSTRUMENT",
                    Ernst.waarschuwing,
                    "MIX-INSTRUMENT.gekozen_past_niet",
                    naam=w.naam,
                    **bezwaren,
                )
            )
        if kleiner:
            o.bevindingen.append(
                bevinding("MIX-INSTRUMENT", Ernst.let_op, "MIX-INSTRUMENT.kleiner", **kleiner)
            )
        modus = (
            Modus.besluiten
            if Modus.besluiten in w.modi and Modus.denken not in w.modi
            else (Modus.denken if Modus.denken in w.modi else w.modi[0])
        )
        keuze = o.kies(w, modus)
        keuze.genoemd = keuze.genoemd or genoemd
        if ingeperkt and genoemd:
            keuze.trede = ruimte
        periode = next(
            (g.periode for g in v.werkvormen if pakket_id(f, g.id) == id and g.periode), None
        )
        uiterlijk = v.kaders.besluit_uiterlijk
        if periode is None and w.eindigt_met_besluit and uiterlijk is not None:
            # the toets of a request runs from now until the papers for the decision on it
            # are due, alongside the conversations: it is the road to that decision
            klaar = uiterlijk - timedelta(weeks=besluit.stukken_weken)
            if klaar > f.datum:
                keuze.periode = (f.datum, klaar)
        if genoemd and periode is None and status is Status.besloten:
            # an instrument of the raad that the case already has on a meeting's agenda (a
            # burgerinitiatief handed in, in the commissie on 16 February) is held that day
            op = agenda_datum(f, w)
            periode = (op, op) if op is not None else None
        if genoemd and periode is not None:
            keuze.periode = periode
            keuze.fase = fase_op_datum(fase_van(keuze), periode, uiterlijk, w)
        elif genoemd and periode is None and _na_het_besluit(f, id):
            # the case says this step comes after the decision: it is worked out there
            keuze.fase = Procesfase.uitwerken
        if leden is not None:
            keuze.trede = leden
        elif genoemd and bindende_meting(f, genoemde):
            # the promise makes this vote binding: here inwoners decide (review 59a)
            keuze.trede = Trede.meebeslissen
            keuze.redenen = [r for r in keuze.redenen if r.sleutel != "MIX-PLAFOND"]
        elif keuze.trede not in w.treden and w.trede_tot(hoogste) is not None:
            # an instrument for a point another party decides works at that point's level
            keuze.trede = w.trede_tot(hoogste) or keuze.trede
            keuze.redenen = [r for r in keuze.redenen if r.sleutel != "MIX-PLAFOND"]
        elif keuze.trede not in w.treden and _boven_toezegging(f, w, hoogste):
            # a promise already made caps the points: the instrument runs at the promise's
            # level (its outcome is advice), and a wider promise is an option to ask for
            # (review 44a: the village's choice was raised to meebeslissen over the
            # wethouder's 'adviseren')
            belofte = v.besluit.toezegging if v.besluit else None
            assert belofte is not None
            keuze.trede = belofte.trede
            keuze.redenen = [r for r in keuze.redenen if r.sleutel != "MIX-PLAFOND"]
            # an association's members vote on the association's own point: a wider promise
            # from the gemeente is no route to that vote (review 46a: 'past bij meer invloed
            # (meebeslissen)' at two football clubs' vote on their merger)
            eigen_leden = w.id == "ledenvergadering" and genoemde is not None and genoemde.door
            o.bevindingen.extend(
                []
                if eigen_leden
                else [
                    bevinding(
                        "MIX-INSTRUMENT",
                        Ernst.let_op,
                        "MIX-INSTRUMENT.boven_toezegging",
                        # a check of the design against its own promise: the NGB book says
                        # nothing this specific (review 45a), no source
                        bronnen=[],
                        naam=w.naam,
                        trede=w.laagste_trede.value,
                        toezegging=belofte.trede.value,
                        wie=_belover(belofte),
                    )
                ]
            )
        elif keuze.trede not in w.treden and w.trede_tot(ruimte) is not None:
            # the case chose an instrument above its own ambition, within the room: keep it
            # and say that the ambition on that point should follow
            keuze.trede = w.laagste_trede
            keuze.redenen = [r for r in keuze.redenen if r.sleutel != "MIX-PLAFOND"]
            o.bevindingen.append(
                bevinding(
                    "MIX-INSTRUMENT",
                    Ernst.let_op,
                    "MIX-INSTRUMENT.boven_ambitie",
                    # a check of the design against its own promise: the NGB book says
                    # nothing this specific (review 45a), no source
                    bronnen=[],
                    naam=w.naam,
                    trede=w.laagste_trede.value,
                    ambitie=hoogste.value,
                )
            )
        uitvoerend = uitvoerder(partijen, genoemde.door) if genoemde else None
        if uitvoerend is not None and w.groepen is Groepen.georganiseerd:
            # a party's own meeting does not reach the groups named for standing outside it
            # (review 51a: the BIZ's evening 'for' the small shops that seldom come)
            keuze.buiten = frozenset(
                p.naam for p in partijen if buiten_kring(p, uitvoerend, v.gemeente)
            )
        # who must stay unknown is not in the audience of a form in the street, at home or at a
        # meeting, even one the case decided for everyone (review 57: the energy fixers'
        # visits 'voor alle huishoudens' took in the households with arrears, kenmerk anoniem)
        geen_vorm = w.ter_plekke or w.adres_nodig or w.bijeenkomst
        # nor who speaks only in confidence, at a gathering or in the street, unless the case
        # names that group itself for this form (review 61a: the residents of tolerated boats,
        # 'een eerste gesprek aan boord, niet op een bijeenkomst', sat in the association's
        # klankbordgroep as its members)
        binnen = [
            p
            for p in partijen
            if p.naam not in keuze.buiten
            and not (geen_vorm and anoniem(p))
            and not (
                (w.ter_plekke or w.bijeenkomst)
                and vertrouwelijk(p)
                and not (genoemde and genoemde.voor and genoemde_groep([p], genoemde.voor))
            )
        ]
        publiek = (
            [
                p.naam
                for p in (
                    # the audience the case gives its own form (review 47b)
                    genoemde_groep(binnen, genoemde.voor) if genoemde.voor else []
                )
                or eigen_publiek(
                    binnen,
                    w,
                    genoemde.door,
                    genoemde.status is Status.besloten,
                    v.gemeente,
                    onderwerp=bool(genoemde.voor),
                )
            ]
            if genoemde
            else []
        )
        if genoemd and publiek and not keuze.voor:
            # the case's own form keeps the audience the case gives it (review 45a)
            keuze.publiek = frozenset(publiek)
        if (
            genoemd
            and genoemde is not None
            and genoemde.voor
            and not keuze.voor
            and (genoemde_groep(binnen, genoemde.voor) or noemt_mensen(binnen, genoemde.voor))
        ):
            # ... and when the case names people for it, only that audience (review 54a); a
            # 'voor' that names a subject ('het stationsplein') says what it is about, not whom
            keuze.voor_tekst = genoemde.voor
        voor = (
            [p.naam for p in partijen if p.naam in keuze.publiek]
            if keuze.publiek
            else [
                p.naam
                for p in partijen
                if kan_voor(w, p)
                # another party's own form is no route to a group outside it (review 46a)
                and (
                    uitvoerend is None or not niet_via(p, uitvoerend, w, status is Status.besloten)
                )
                and (
                    p.soort is not SoortBelanghebbende.politiek
                    or w.organisator is Organisator.griffie
                )
                # a body that advises (a wijkraad, an adviescommissie) meets in its own
                # meeting, not in the gathering another party runs for its members
                and not (
                    p.soort is SoortBelanghebbende.adviesorgaan
                    and uitvoerend is not None
                    and w.groepen is Groepen.georganiseerd
                    and uitvoerend.naam != p.naam
                )
                # a talk per household about its own home is for the households with a large
                # stake, not for the neighbours around (rule MIX-EIGEN-BEZIT; review 43a)
                and (Voorwaarde.eigen_bezit not in w.alleen_als or p.belang is Niveau.hoog)
            ]
        )
        if w.organisator is Organisator.griffie:
            keuze.add(voor, reden, "MIX-POLITIEK")
        elif reden.sleutel == "MIX-POLITIEK.eigen_bijeenkomst":
            # a party's own gathering: what raad, wethouder and griffie do, after the rest
            keuze.add(voor, reden, "MIX-POLITIEK")
            keuze.add([], evenwicht(reden), "MIX-POLITIEK")
        else:
            keuze.add(voor, reden, "MIX-INSTRUMENT")
        for ander in w.samen_met:
            wachtrij.append(Voorstel(ander, deel("MIX-INSTRUMENT.hoort_bij", naam=w.naam), False))


#: A fixed frame that asks the judges to have no stake in a bidder: 'wie in de
#: beoordelingscommissie zit, mag geen belang hebben bij een inschrijver'.
_GEEN_BELANG = re.compile(
    r"\b(?:geen|zonder)\s+(?:\w+\s+){0,2}belang\w*\b[^.;]{0,60}?"
    r"\b(?:inschrijver|aanbieder|aanvrager)\w*|\bbelangenverstrengeling\b|"
    r"\bonafhankelijk\w*\s+(?:\w+\s+){0,3}(?:jury|beoordel\w*|commissie)",
    re.IGNORECASE,
)


def onafhankelijk(f: Feiten, keuzes: list[Keuze]) -> None:
    """Part of rule MIX-INSTRUMENT, once the levels are final (after the budget cut): the
    case's own werkvorm where people decide or judge (``keuzes``: those at meebeslissen or
    more in the design) says how its members stay independent, when a vast kader asks."""
    for k in keuzes:
        if k.genoemd and onafhankelijk_nodig(f, k):
            k.add([], deel("MIX-INSTRUMENT.onafhankelijk"), "MIX-INSTRUMENT")


def onafhankelijk_nodig(f: Feiten, k: Keuze) -> bool:
    """Does this werkvorm of the case decide or judge (meebeslissen or more) in a case whose
    fixed frame asks the judges to have no stake in a bidder? Then the advice says how its
    members stay independent.

    Why: review 54a (Marnewold): the jury of young people scores the bids, the vast kader says
    that no judge may have a stake in a bidder, and the report said nothing on how the jury
    stays independent."""
    return k.trede.rang >= Trede.meebeslissen.rang and any(
        _GEEN_BELANG.search(tekst) for tekst in f.vraagstuk.kaders.vast
    )


def _na_het_besluit(f: Feiten, id: str) -> bool:
    """See :func:`pionieren.analysis.mix.kosten.na_het_besluit_genoemd` (imported here, as
    kosten imports the modules that import this one)."""
    from pionieren.analysis.mix.kosten import na_het_besluit_genoemd

    return na_het_besluit_genoemd(f, id)


_DREMPEL = re.compile(r"\b\d{1,3}\s*(?:procent|%)", re.IGNORECASE)
#: The word for a vote or count: the draagvlakmeting, a stemming, a peiling, a referendum.
_TELLING = re.compile(r"\w*(?:meting|stemming|peiling|referendum|raadpleging)")


def bindende_meting(f: Feiten, genoemde: GenoemdeWerkvorm | None) -> bool:
    """Does a promise to let inwoners decide make this case werkvorm's outcome binding: the
    promise (trede meebeslissen) names the step by a word of its ``voor`` ('de
    draagvlakmeting onder de huurders') and sets a threshold ('als minder dan 70 procent')?

    Why: review 59a (Hoeverzeel): the director promised not to demolish if fewer than 70
    percent of the tenants were for it in the draagvlakmeting; the advice kept that vote at
    raadplegen and said no step let inwoners really decide."""
    belofte = f.vraagstuk.besluit.toezegging if f.vraagstuk.besluit else None
    if genoemde is None or not genoemde.voor or belofte is None or not belofte.tekst:
        return False
    if belofte.trede is not Trede.meebeslissen or not _DREMPEL.search(belofte.tekst):
        return False
    tekst = belofte.tekst.lower()
    woorden = {w for w in re.findall(r"[a-zà-ÿ]+", genoemde.voor.lower()) if _TELLING.fullmatch(w)}
    return any(re.search(rf"\b{re.escape(w)}\b", tekst) for w in woorden)


def _leden_grens(o: Ontwerp, w: Werkvorm, door: str | None) -> Trede | None:
    """The highest level an association's members' meeting the case names (``door``: the
    association) can carry: the room on the points the association decides itself; on no such
    point, at most adviseren (the members advise on another's decision). None for any other
    form.

    Why: review 45a: the ledenvergadering of an owners' association was 'meebeslissen' on the
    raad's decision on a woonbestemming, with the room small."""
    if w.id != "ledenvergadering" or not door:
        return None
    naam = door.casefold()
    eigen = [
        p.maximaal for p in o.onderwerpen if p.open and p.partij and naam in p.partij.casefold()
    ]
    if eigen:
        return max(eigen, key=lambda t: t.rang)
    return o.advies if o.advies.rang < Trede.adviseren.rang else Trede.adviseren


def _al_een_stemming(f: Feiten, w: Werkvorm, catalogus: dict[str, Werkvorm]) -> str | None:
    """The name of another vote the case already decided on, when ``w`` is a vote too (a
    wijkbudget proposed next to the burgerbegroting the raad chose): two votes on the same
    question leave it unclear who decides."""
    if w.id not in STEMMING:
        return None
    for g in f.vraagstuk.werkvormen:
        id = pakket_id(f, g.id)
        if g.status is Status.besloten and id in STEMMING and id != w.id and id in catalogus:
            return catalogus[id].naam
    return None


def _reactie_na_aanvraag(f: Feiten, besluit: BesluitAdvies, catalogus: dict[str, Werkvorm]) -> bool:
    """Does a decision on an application still to come need a round in which those affected
    react to the draft decision and its conditions?

    Why: when everything is asked before the application, nobody reacts to the real request
    (review: a coffeeshop's location, with conditions after the Bibob check). Permits and
    uitdaagrecht requests have their own procedure, and a subsidy concerns its applicant; they
    are left out here."""
    v = f.vraagstuk
    aanvraag = v.besluit.aanvraag if v.besluit else None
    uiterlijk = v.kaders.besluit_uiterlijk
    if aanvraag is None or uiterlijk is None or not f.datum < aanvraag < uiterlijk:
        return False
    if besluit.door not in (Beslisser.burgemeester, Beslisser.college):
        return False
    if f.procedure in (*VERGUNNING, Procedure.uitdaagrecht_verzoek, Procedure.subsidie):
        return False  # their own procedures; a subsidy concerns the applicant, not the street
    return not any(
        g.id in catalogus and catalogus[g.id].procesfase is Procesfase.toetsen for g in v.werkvormen
    )


def _weken_over(f: Feiten, w: Werkvorm, besluit: BesluitAdvies) -> int | None:
    """The weeks left for this werkvorm before the papers for a fixed decision date are due;
    None when no fixed date limits it.

    Why: the toets of a request is the road to the decision itself (the uitdaagrecht: the
    college decides on the request within the term of the participatieverordening, art. 150
    Gemeentewet); it runs up to the decision and ends with it, so it is never too late for
    it. Work during the execution runs after the decision."""
    uiterlijk = f.vraagstuk.kaders.besluit_uiterlijk
    if (
        uiterlijk is None
        or not besluit.termijn_vast
        or w.procesfase is Procesfase.uitvoering
        or w.eindigt_met_besluit
    ):
        return None
    return (uiterlijk - f.datum).days // 7 - besluit.stukken_weken


def kleinere_vorm(
    f: Feiten,
    w: Werkvorm,
    catalogus: dict[str, Werkvorm],
    budget: int | None,
    weken: int | None,
) -> Werkvorm | None:
    """A lighter form of the same kind as ``w`` that fits the budget (and the weeks left):
    the same way of recruiting, depth, phase and ways of working, a level in common, fit for
    the scale and for the same groups. None when none does.

    Why: a proposed instrument is made smaller, not dropped, when the money is short (a
    burgerjury instead of a burgerberaad): the case's own choice keeps its purpose."""
    kaders = set(f.wettelijke_kaders)
    passend = [
        c
        for c in catalogus.values()
        if c.id != w.id
        and c.kiesbaar
        and not c.alleen_voor
        and set(c.doelgroepen) >= set(w.doelgroepen)
        and c.werving is w.werving
        and c.verbreding_of_verdieping is w.verbreding_of_verdieping
        and c.procesfase is w.procesfase
        and c.modi == w.modi
        and set(c.treden) & set(w.treden)
        and c.kosten_euro[0] < w.kosten_euro[0]
        and (budget is None or c.kosten_euro[0] <= budget)
        and (weken is None or c.weken[0] <= weken)
        and f.vraagstuk.schaal in c.schalen
        and set(c.vereist_kader) <= kaders
    ]
    # the form that runs longest is closest to a standing one (a klankbordgroep for an
    # omgevingsraad); then the richest
    return max(passend, key=lambda c: (c.weken[1], c.kosten_euro[0], c.id), default=None)


VASTE_DUUR = REFERENDUM | {"zienswijze"}
"""Werkvormen whose length a law or a regulation sets: they cannot be made shorter."""

STEMMING = REFERENDUM | {"burgerbegroting", "wijkbudget", "draagvlakmeting-biz"}
"""Werkvormen in which inwoners vote or share out money: one per case, or it is unclear who
decides."""

STAP_VAN_DE_RAAD = frozenset({"hoorzitting-raad"})
"""Werkvormen in which the raad hears people before it takes or advises on the decision."""


def raad_weegt_mee(f: Feiten, besluit: BesluitAdvies) -> bool:
    """Does the raad have a say in this decision: it decides, gives a binding advice, can give
    wensen en bedenkingen (a private-law act of the college), decides a point of its own before
    the main decision (its zienswijze to the body that decides), or who decides is not known?

    Why: a raad that adopts its own zienswijze on a veiligheidsregio's begroting hears inwoners
    first; its hoorzitting was called 'een stap voor een besluit van de raad, maar hier beslist
    een ander orgaan' (review 41)."""
    return (
        besluit.door is None
        or besluit.door is Beslisser.raad
        or besluit.raad_bindend_advies
        or (besluit.door is Beslisser.college and f.wensen_en_bedenkingen)
        or any(p.door is Beslisser.raad and not p.na_besluit for p in f.vraagstuk.kaders.open)
    )


EIGEN_WERKVORM_EURO = (1000, 6000)
"""What a step of the case's own design costs at the size of a whole gemeente, when the
catalogue does not know it: preparing it, one to three meetings with a chair, a room, a
report and the answers to the participants, some 10 to 50 hours at about € 100 with
material. A rough estimate, sized like the catalogue (rule MIX-KOSTEN-SCHAAL)."""


def eigen_werkvorm(id: str, advies: Trede, aandeel: float = 1.0) -> Werkvorm:
    """A werkvorm the vraagstuk names but the catalogue lacks: kept in the design, with a rough
    estimate of its cost (:data:`EIGEN_WERKVORM_EURO` at the case's size, ``aandeel``).

    Why: the case's own instrument must be in the design, also when it is the gemeente's own
    invention. It reaches whom the vraagstuk says; nothing else is assumed. Review 56c
    (Marnewold): at a cost of 0 the design 'fitted' a budget of € 9.000 while the jury and
    the marktconsultatie "tellen niet mee": a total that leaves out steps is no total.
    """
    return Werkvorm(
        id=id,
        naam=id.replace("-", " ").replace("_", " ").capitalize(),
        omschrijving="Eigen werkvorm uit het vraagstuk.",
        modi=[Modus.denken],
        treden=[t for t in Trede if t.rang <= advies.rang] or [Trede.informeren],
        deelnemers=(1, 1000),
        kosten_euro=scaled(EIGEN_WERKVORM_EURO, aandeel),
        weken=(2, 6),
        kanaal=Kanaal.hybride,
        verbreding_of_verdieping=Reikwijdte.beide,
        valkuilen=["Kosten en bereik zijn een ruwe schatting; spreek ze vooraf af."],
        bronnen=["eigen"],
        doelgroepen=list(SoortBelanghebbende),
    )


def uitvoering_in_openbare_ruimte(f: Feiten) -> bool:
    """Works in public space that need an omgevingsmanager: not a few weeks of work in one
    street or buurt (a letter to the neighbours does that)."""
    v = f.vraagstuk
    werk = v.fase is Fase.uitvoering or v.kaders.uitvoering_van or v.kaders.uitvoering_tot
    van, tot = v.kaders.uitvoering_van, v.kaders.uitvoering_tot
    klein = v.schaal in (Schaal.straat, Schaal.buurt) and (
        van is not None and tot is not None and (tot - van).days < 8 * 7
    )
    # a vision or a policy is carried out in projects of their own, each with its own works
    beleid = f.procedure is Procedure.omgevingsvisie or f.domein is Domein.beleid
    # 'uitvoering' alone can be a service (a library bus, a social programme): only works
    # in the street need an omgevingsmanager
    tekst = " ".join(
        [v.titel, v.omschrijving, *v.kaders.vast, *(p.onderwerp for p in v.kaders.open)]
    )
    # a decision about rules (the rules for room letting in the omgevingsplan, a verordening)
    # has no works of its own: no building site, no omgevingsmanager (review 47a). What the
    # case builds shows in its title, description or open points, not in what it rules out
    # ('het bouwen van nieuwe woningen valt buiten dit besluit')
    eigen = " ".join([v.titel, v.omschrijving, *(p.onderwerp for p in v.kaders.open)])
    regels = (
        f.procedure in (Procedure.omgevingsplan, Procedure.verordening)
        and _BOUWWERK.search(eigen) is None
    )
    return (
        bool(werk)
        and not klein
        and not beleid
        and not regels
        and (
            WettelijkKader.omgevingswet in f.wettelijke_kaders
            or (f.procedure is Procedure.uitvoering and _BOUWWERK.search(tekst) is not None)
        )
    )


_BOUWWERK = re.compile(
    # 'begraafplaats' is a place, not works: its 'graaf' is not digging in the street
    r"(?<!\w)(?!begraaf)(?:\w*(?:bouw|renovat|riool|bestrating|asfalt|herinricht|sloop|sloopt|graaf|"
    r"aanleg|aangelegd|wegwerk|werkzaamheden))",
    re.IGNORECASE,
)


def _door_een_ander(f: Feiten, werkvorm: str) -> bool:
    """Another party decided this werkvorm and runs it on its own means: no cost to the
    gemeente's budget (imported here: kosten imports this module through onderwerpen)."""
    from pionieren.analysis.mix.kosten import door_een_ander

    return door_een_ander(f, werkvorm)


def _boven_toezegging(f: Feiten, w: Werkvorm, hoogste: Trede) -> bool:
    """Is the case's own instrument above a promise already made that caps the design (no
    point is higher than the promise)? Then the promise holds, not the instrument's level."""
    belofte = f.vraagstuk.besluit.toezegging if f.vraagstuk.besluit else None
    return (
        belofte is not None
        and belofte.trede.rang < w.laagste_trede.rang
        and hoogste.rang <= belofte.trede.rang
    )


def _belover(belofte: Toezegging) -> str:
    """Who to ask for a wider promise: the wethouder the promise names, or its body."""
    if re.search(r"\bwethouder\b", belofte.tekst or "", re.IGNORECASE):
        return "de wethouder"
    return BESLISSER_NAAM[belofte.door].replace("het college van B en W", "het college")

"""The mix of werkvormen (advice 3): denken, besluiten and doen, as this case needs.

How the choice is made, in order:
1. candidates: werkvormen the analysis may choose (``kiesbaar``) that can serve a step at or
   below the advised trede, on this schaal;
2. slots: broad reach (verbreding) and depth (verdieping) for denken; a werkvorm for besluiten
   and for doen when the case needs them; every sleutelspeler and every hard-to-reach group with
   a real stake must be served by at least one werkvorm (``voor`` names them);
3. always a terugkoppeling and a leerarena;
4. budget and time: if the mix does not fit, the same slots are filled preferring cheap or
   fast werkvormen; if it still does not fit, a finding says so. Groups are never dropped.
Every choice is deterministic (ties are broken by id) and explained in ``waarom``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import Any

from pionieren.analysis.decision import BESLISSER_NAAM, gemeente_beslist
from pionieren.analysis.facts import (
    REFERENDUM,
    VERGUNNING,
    Feiten,
    bevinding,
    hoog_of_middel,
)
from pionieren.analysis.planning import Anker, Blok, Plan, plan
from pionieren.analysis.registry import registreer
from pionieren.analysis.result import (
    BelanghebbendeAdvies,
    BesluitAdvies,
    Bevinding,
    Ernst,
    Kwadrant,
    Middelen,
    MixOnderdeel,
    PlanFase,
    Tekstdeel,
    deel,
)
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Bereikbaarheid,
    Beslisser,
    Betaler,
    Domein,
    Fase,
    Houding,
    Initiatiefnemer,
    Kanaal,
    Kenmerk,
    Modus,
    Niveau,
    Organisator,
    Procedure,
    Procesfase,
    Reikwijdte,
    Schaal,
    Soort,
    SoortBelanghebbende,
    Status,
    Trede,
    Werving,
    WettelijkKader,
)

Voorkeur = str  # "kwaliteit" | "goedkoop" | "snel"


@dataclass
class Keuze:
    werkvorm: Werkvorm
    modus: Modus
    trede: Trede
    voor: list[str] = field(default_factory=list)
    redenen: list[Tekstdeel] = field(default_factory=list)
    regels: list[str] = field(default_factory=list)
    genoemd: bool = False
    organisator: Organisator | None = None
    inclusie: list[str] = field(default_factory=list)
    periode: tuple[date, date] | None = None
    """The dates the vraagstuk fixes for this werkvorm (a trial, a polling day)."""
    fase: Procesfase | None = None
    """The phase those dates put it in, when it differs from the catalogue's."""
    _gezien: set[str] = field(default_factory=set, repr=False, compare=False)
    """The names in ``voor``, to look one up in constant time (a case may have thousands)."""

    def add(self, namen: list[str], reden: Tekstdeel | None, regel_id: str) -> None:
        for naam in namen:
            if naam not in self._gezien:
                self._gezien.add(naam)
                self.voor.append(naam)
        if reden and reden not in self.redenen:
            self.redenen.append(reden)
        if regel_id not in self.regels:
            self.regels.append(regel_id)

    def serves(self, naam: str) -> bool:
        return naam in self._gezien


registreer(
    "MIX-VERBREDING",
    "mix",
    "Breed ophalen",
    """Elke mix begint met een werkvorm die veel mensen bereikt (verbreding), zodat niet alleen
    de vaste gezichten worden gehoord. Bij informeren is dat een goede informatiebrief.""",
    ["nplw-methoden", "aardgasvrij-participatieroute", "iap2-technieken"],
)


registreer(
    "MIX-VERDIEPING",
    "mix",
    "Verdiepen met sleutelspelers",
    """Naast verbreding is verdieping nodig: een kleinere groep die echt met elkaar in gesprek
    gaat. Sleutelspelers (veel invloed, groot belang) en invloedrijke tegenstanders krijgen zo
    vroeg een direct gesprek, organisaties in een vorm voor organisaties en inwoners in een vorm
    voor inwoners. Organisaties met een groot belang schuiven ook aan. Elke sleutelspeler wordt
    door minstens één werkvorm bediend.""",
    ["nplw-methoden", "communicatiekompas-macht", "kcbr-krachtenveld"],
)


registreer(
    "MIX-INCLUSIE",
    "mix",
    "Werkvormen voor moeilijk bereikbare groepen",
    """Elke moeilijk bereikbare groep met een echt belang wordt bediend door een werkvorm die
    hen goed bereikt (zie de kenmerken in de catalogus). Is een groep moeilijk bereikbaar, dan
    moet de werkvorm bovendien naar hen toe gaan: op uitnodiging en in persoon. Staat zo'n
    werkvorm er al in, dan telt die mee; anders voegt pionieren de goedkoopste passende werkvorm
    toe. Vindt pionieren er geen, dan zegt het dat, in plaats van de groep stil te laten
    vallen.""",
    ["movisie-moeilijk-bereikbaar", "pharos-bereiken", "loketgezondleven-jongeren"],
)


registreer(
    "MIX-ADVIESORGAAN",
    "mix",
    "Formeel advies van een vaste adviesraad",
    """Een vaste adviesraad of cliëntenraad (soort adviesorgaan) geeft formeel advies, in een eigen
    stap: op tijd gevraagd, met genoeg tijd en een schriftelijke reactie. Zo'n raad zit niet aan
    tafel met aanbieders of andere partijen, en spreekt niet namens de bewoners van een buurt. In
    het sociaal domein moet de gemeente cliënten bij beleid betrekken (art. 47 Participatiewet).""",
    ["clientenparticipatie-movisie", "participatiewet-47"],
)


registreer(
    "MIX-BESLUITEN",
    "mix",
    "Samen besluiten",
    """Bij coproduceren of hoger, en bij een complex of verdeeld vraagstuk op gemeentelijke of
    regionale schaal, hoort een werkvorm voor samen besluiten in de mix. Bij een complex of
    exploratief vraagstuk past een gelote, afwegende groep; bij een maakbaar en eenvoudig
    vraagstuk past stemmen over plannen. Een gelote groep die het vraagstuk niet zelf noemt,
    stelt pionieren alleen voor als de gemeente zelf afweegt (niet bij een vergunning of een
    verzoek onder het uitdaagrecht) en als het budget hem kan dragen.""",
    ["oecd-deliberatie-2020", "gemeente-nu-burgerberaad", "citizenlab-burgerbegroting"],
)


registreer(
    "MIX-DOEN",
    "mix",
    "Samen doen",
    """Als inwoners zelf iets gaan doen (zelfbeheer, een initiatief van inwoners, het
    uitdaagrecht, of coproduceren in de uitvoering), hoort een werkvorm voor samen doen in de
    mix.""",
    ["rob-loslaten-2012", "right-to-challenge", "subsidies-betere-buurt"],
)


registreer(
    "MIX-PLAFOND",
    "mix",
    "Geen werkvorm boven de geadviseerde trede",
    """Een werkvorm wordt nooit ingezet op een hogere trede dan het advies. Kan een werkvorm
    ook hoger, dan staat erbij op welke trede hij hier wordt ingezet, zodat niemand meer
    verwacht dan er kan.""",
    ["ombudsman-inspraak-2009", "movisie-participatieladder"],
)


registreer(
    "MIX-TERUGKOPPELING",
    "mix",
    "Altijd terugkoppelen",
    """Elk proces eindigt met terugkoppeling: iedereen die meedeed hoort wat er met de inbreng
    is gedaan en waarom. Geen terugkoppeling is de meest genoemde klacht over participatie.""",
    ["ombudsman-inspraak-2009", "oecd-richtlijnen-2022"],
)


registreer(
    "MIX-LEERARENA",
    "mix",
    "Altijd een leerarena",
    """Advies 5 uit het boek: richt een leerarena in. Raad, college, ambtenaren en inwoners
    kijken samen terug op het proces en nemen de lessen mee naar het volgende vraagstuk.""",
    ["pionieren-2017", "berenschot-leeratelier", "oecd-evaluatie-2021"],
)


registreer(
    "MIX-INITIATIEFNEMER",
    "mix",
    "Participatie door de initiatiefnemer",
    """Neemt een ondernemer of een groep inwoners het initiatief voor een plan onder de
    Omgevingswet, dan organiseert de initiatiefnemer zelf het gesprek met de omgeving. De
    gemeente geeft daarvoor een handreiking en weegt het verslag bij de aanvraag.""",
    ["pelsrijcken-aanvraagvereiste", "hia-impactmeter", "vng-participatie-omgevingswet"],
)


registreer(
    "MIX-BUDGET",
    "mix",
    "Past de mix in het budget?",
    """De minimale kosten van alle werkvormen samen moeten binnen het budget voor participatie
    passen. Past het niet, dan kiest pionieren goedkopere werkvormen die hetzelfde doen. Past het
    dan nog niet, dan blijft de mix staan en zegt pionieren hoeveel er tekortkomt: groepen
    worden niet stilletjes geschrapt.""",
    ["vng-handreiking-participatie", "oecd-voorwaarden-2022", "vpng-tools"],
)


registreer(
    "MIX-TIJD",
    "mix",
    "Past de mix in de tijd?",
    """De werkvormen voor samen denken lopen naast elkaar, samen besluiten volgt daarna, en de
    terugkoppeling komt voor het besluit. Die minimale doorlooptijd moet passen voor de datum
    van het besluit. Past het niet, dan kiest pionieren snellere werkvormen; past het dan nog
    niet, dan zegt pionieren hoeveel weken er tekortkomen.""",
    ["ombudsman-goed-begin-2019", "oecd-voorwaarden-2022", "involve-planning"],
)


registreer(
    "MIX-POLARISATIE",
    "mix",
    "Werkvormen die een verdeeld vraagstuk aankunnen",
    """Bij een verdeeld (polarisatie 4 of 5) of complex vraagstuk kiest pionieren werkvormen die
    dat aankunnen (Participedia: level of polarization and complexity). Een open debat laat dan
    vooral de hardste stemmen horen; een onafhankelijke gespreksleider is nodig.""",
    ["afwegingskader-burgerparticipatie", "oecd-deliberatie-2020"],
)


registreer(
    "MIX-INSTRUMENT",
    "mix",
    "Het eigen instrument van de zaak eerst",
    """Het ontwerp begint bij de werkvormen die het vraagstuk zelf noemt (al besloten of
    voorgesteld) en bij wat de procedure meebrengt: bij een verzoek onder het uitdaagrecht de
    toets en de overeenkomst, bij een herindeling de zienswijze, bij een vergunning voor het plan
    van een ander het omgevingsgesprek door de initiatiefnemer, bij de uitvoering van werk in de
    openbare ruimte bouwcommunicatie met een omgevingsmanager. Wat bij een instrument hoort
    (samen_met in de catalogus, zoals neutrale voorlichting bij een referendum), komt mee. Een
    voorgestelde werkvorm die niet past (schaal, budget, trede), neemt pionieren niet over, en
    het zegt waarom.""",
    ["pionieren-2017", "vng-handreiking-participatie", "oecd-deliberatie-2020"],
)


registreer(
    "MIX-POLITIEK",
    "mix",
    "Raad en fracties via de griffie",
    """Raadsleden en fracties zitten niet als belanghebbende aan tafel met inwoners en
    actiegroepen. Zij ontmoeten inwoners via de eigen instrumenten van de raad, die de griffie
    organiseert: een raadsinformatiebijeenkomst of werkbezoek, en een hoorzitting of
    rondetafelgesprek voordat de raad besluit.""",
    ["griffie-raad-participatie", "bzk-raad-burgerparticipatie"],
)


def leerarena_met_raad(f: Feiten, besluit: BesluitAdvies) -> bool:
    """A leerarena with the raad fits when the raad decides or the case is municipality-wide."""
    return besluit.door is Beslisser.raad or f.vraagstuk.schaal in (Schaal.gemeente, Schaal.regio)


def _uitvoering_in_openbare_ruimte(f: Feiten) -> bool:
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
    return (
        bool(werk)
        and not klein
        and not beleid
        and (
            WettelijkKader.omgevingswet in f.wettelijke_kaders
            or (f.procedure is Procedure.uitvoering and _BOUWWERK.search(tekst) is not None)
        )
    )


_BOUWWERK = re.compile(
    r"(?<!\w)(?:\w*(?:bouw|renovat|riool|bestrating|asfalt|herinricht|sloop|sloopt|graaf|"
    r"aanleg|aangelegd|wegwerk|werkzaamheden))",
    re.IGNORECASE,
)


def _instrumenten(
    f: Feiten,
    advies: Trede,
    besluit: BesluitAdvies,
    kies: Callable[[Werkvorm, Modus], Keuze],
    partijen: list[Belanghebbende],
    hoogste: Trede,
    ruimte: Trede | None = None,
) -> list[Bevinding]:
    """Put the case's own instruments in the mix, with what belongs to them.

    ``hoogste`` is the highest level on any open point, also on points another party decides
    (an initiator's fund): an instrument for such a point is not refused for its level."""
    v = f.vraagstuk
    ruimte = ruimte or hoogste
    bevindingen: list[Bevinding] = []
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    budget = v.kaders.budget_euro
    rij: list[tuple[str, Tekstdeel, bool]] = []  # (id, reason, named)
    for naam in v.werkvormen:
        rij.append(
            (
                naam.id,
                deel(
                    "MIX-INSTRUMENT.genoemd",
                    gekozen=naam.status is Status.besloten,
                    door=naam.door or "",
                ),
                True,
            )
        )
    if f.procedure is Procedure.uitdaagrecht_verzoek:
        rij.append(("uitdaagrecht", deel("MIX-INSTRUMENT.uitdaagrecht"), False))
    if f.procedure is Procedure.herindeling:
        rij.append(("zienswijze", deel("MIX-INSTRUMENT.herindeling"), False))
    if f.procedure is Procedure.omgevingsplan and not v.kaders.besluit_al_genomen:
        rij.append(("zienswijze", deel("MIX-INSTRUMENT.omgevingsplan"), False))
    if (
        f.procedure is Procedure.omgevingsvergunning_buitenplans
        and besluit.raad_bindend_advies
        and not v.kaders.besluit_al_genomen
    ):
        rij.append(("zienswijze", deel("MIX-INSTRUMENT.bindend_advies"), False))
    if f.initiatief_van_anderen and (
        f.procedure in VERGUNNING
        or (f.procedure is None and WettelijkKader.omgevingswet in f.wettelijke_kaders)
    ):
        rij.append(("omgevingsgesprek", deel("MIX-INSTRUMENT.omgevingsgesprek"), False))
    if _reactie_na_aanvraag(f, besluit, catalogus):
        rij.append(("zienswijze", deel("MIX-INSTRUMENT.na_aanvraag"), False))
    if _uitvoering_in_openbare_ruimte(f):
        rij.append(("bouwcommunicatie", deel("MIX-INSTRUMENT.bouwcommunicatie"), False))
    if [p for p in partijen if p.soort is SoortBelanghebbende.politiek]:
        rij.append(("raadsinformatiebijeenkomst", deel("MIX-POLITIEK"), False))
    if (besluit.door is Beslisser.raad or besluit.raad_bindend_advies) and (
        v.polarisatie or 1
    ) >= 4:
        rij.append(("hoorzitting-raad", deel("MIX-INSTRUMENT.hoorzitting"), False))

    gezien: set[str] = set()
    wachtrij = list(rij)
    while wachtrij:
        id, reden, genoemd = wachtrij.pop(0)
        if id in gezien:
            continue
        gezien.add(id)
        w = catalogus.get(id)
        if w is None:
            if not genoemd:
                continue
            w = _eigen_werkvorm(id, advies)
            catalogus[id] = w
            bevindingen.append(
                bevinding(
                    "MIX-INSTRUMENT", Ernst.let_op, "MIX-INSTRUMENT.eigen", bronnen=[], naam=w.naam
                )
            )
        if not genoemd and w.laagste_trede.rang > advies.rang:
            continue
        if w.id == "zienswijze" and f.procedure is Procedure.herindeling:
            # the herindelingsontwerp lies open for eight weeks (art. 5 Wet arhi)
            w = w.model_copy(update={"weken": (8, max(8, w.weken[1]))})
        status = next((g.status for g in v.werkvormen if g.id == id), Status.besloten)
        bezwaren: dict[str, Any] = {}
        if w.id in REFERENDUM and f.procedure is Procedure.begroting:
            bezwaren["uitgesloten"] = True
        if genoemd and status is Status.voorgesteld and _te_laat(f, w, besluit):
            # a proposal that cannot end before a fixed decision date is not taken over
            bezwaren["tijd"] = w.weken[0]
        if v.schaal not in w.schalen and not genoemd:
            bezwaren["schaal"] = v.schaal.value
        if (
            budget is not None
            and w.kosten_euro[0] > budget
            and v.kaders.betaler is not Betaler.initiatiefnemer
            # what runs during the works is paid from the project, not the participation budget
            and w.procesfase is not Procesfase.uitvoering
        ):
            bezwaren["kosten"] = w.kosten_euro[0]
        if w.id in _STAP_VAN_DE_RAAD and not _raad_weegt_mee(besluit):
            # the raad hears people before its own decision; where the raad has no say, it is
            # kept informed instead (and can hold the decision-maker to account)
            bezwaren["raad"] = BESLISSER_NAAM[besluit.door]  # type: ignore[index]
            wachtrij.append(("raadsinformatiebijeenkomst", deel("MIX-POLITIEK"), False))
        if w.laagste_trede.rang > ruimte.rang:
            # refused only when the room on every open point is below the werkvorm, not when
            # the ambition is: the case's own choice then shows what the ambition should be
            bezwaren["trede"] = w.laagste_trede.value
            bezwaren["ruimte"] = ruimte.value
        if genoemd and status is Status.voorgesteld and bezwaren:
            bevindingen.append(
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
            bevindingen.append(
                bevinding(
                    "MIX-INSTRUMENT",
                    Ernst.waarschuwing,
                    "MIX-INSTRUMENT.gekozen_past_niet",
                    naam=w.naam,
                    **bezwaren,
                )
            )
        modus = (
            Modus.besluiten
            if Modus.besluiten in w.modi and Modus.denken not in w.modi
            else (Modus.denken if Modus.denken in w.modi else w.modi[0])
        )
        keuze = kies(w, modus)
        keuze.genoemd = keuze.genoemd or genoemd
        periode = next((g.periode for g in v.werkvormen if g.id == id and g.periode), None)
        if genoemd and periode is not None:
            keuze.periode = periode
            keuze.fase = _fase_op_datum(fase_van(keuze), periode, v.kaders.besluit_uiterlijk)
        if keuze.trede not in w.treden and w.trede_tot(hoogste) is not None:
            # an instrument for a point another party decides works at that point's level
            keuze.trede = w.trede_tot(hoogste) or keuze.trede
            keuze.redenen = [r for r in keuze.redenen if r.sleutel != "MIX-PLAFOND"]
        elif keuze.trede not in w.treden and w.trede_tot(ruimte) is not None:
            # the case chose an instrument above its own ambition, within the room: keep it
            # and say that the ambition on that point should follow
            keuze.trede = w.laagste_trede
            keuze.redenen = [r for r in keuze.redenen if r.sleutel != "MIX-PLAFOND"]
            bevindingen.append(
                bevinding(
                    "MIX-INSTRUMENT",
                    Ernst.let_op,
                    "MIX-INSTRUMENT.boven_ambitie",
                    naam=w.naam,
                    trede=w.laagste_trede.value,
                    ambitie=hoogste.value,
                )
            )
        voor = [
            p.naam
            for p in partijen
            if kan_voor(w, p)
            and (
                p.soort is not SoortBelanghebbende.politiek or w.organisator is Organisator.griffie
            )
        ]
        if w.organisator is Organisator.griffie:
            keuze.add(voor, reden, "MIX-POLITIEK")
        else:
            keuze.add(voor, reden, "MIX-INSTRUMENT")
        for ander in w.samen_met:
            wachtrij.append((ander, deel("MIX-INSTRUMENT.hoort_bij", naam=w.naam), False))
    return bevindingen


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


def _te_laat(f: Feiten, w: Werkvorm, besluit: BesluitAdvies) -> bool:
    """Does this werkvorm need more weeks than there are before the papers for a fixed
    decision date are due?"""
    uiterlijk = f.vraagstuk.kaders.besluit_uiterlijk
    if uiterlijk is None or not besluit.termijn_vast or w.procesfase is Procesfase.uitvoering:
        return False
    weken = (uiterlijk - f.datum).days // 7 - besluit.stukken_weken
    return weken < w.weken[0]


_STAP_VAN_DE_RAAD = frozenset({"hoorzitting-raad"})
"""Werkvormen in which the raad hears people before it takes or advises on the decision."""


def _raad_weegt_mee(besluit: BesluitAdvies) -> bool:
    """Does the raad have a say in this decision: it decides, gives a binding advice, can give
    wensen en bedenkingen (a private-law act of the college), or who decides is not known?"""
    return (
        besluit.door is None
        or besluit.door is Beslisser.raad
        or besluit.raad_bindend_advies
        or (besluit.door is Beslisser.college and besluit.procedure is Procedure.privaatrechtelijk)
    )


def _eigen_werkvorm(id: str, advies: Trede) -> Werkvorm:
    """A werkvorm the vraagstuk names but the catalogue lacks: kept in the design, costs unknown.

    Why: the case's own instrument must be in the design, also when it is the gemeente's own
    invention. Its cost is 0 (unknown, shown as such in the report) and it reaches whom the
    vraagstuk says; nothing else is assumed.
    """
    return Werkvorm(
        id=id,
        naam=id.replace("-", " ").replace("_", " ").capitalize(),
        omschrijving="Eigen werkvorm uit het vraagstuk.",
        modi=[Modus.denken],
        treden=[t for t in Trede if t.rang <= advies.rang] or [Trede.informeren],
        deelnemers=(1, 1000),
        kosten_euro=(0, 0),
        weken=(2, 6),
        kanaal=Kanaal.hybride,
        verbreding_of_verdieping=Reikwijdte.beide,
        valkuilen=["Kosten en bereik zijn niet bekend; spreek ze vooraf af."],
        bronnen=["eigen"],
        doelgroepen=list(SoortBelanghebbende),
    )


_SCHAAL_RANG = {s: i for i, s in enumerate(Schaal)}


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

    def past_niet(self, w: Werkvorm) -> int:
        v = self.f.vraagstuk
        return int((v.polarisatie or 1) > w.polarisatie_max) + int(
            (v.complexiteit or 1) > w.complexiteit_max
        )

    def niveau(self, w: Werkvorm) -> int:
        """How many steps below the advice this werkvorm serves (0 is best)."""
        trede = w.trede_tot(self.advies)
        assert trede is not None
        return self.advies.rang - trede.rang

    def key(self, w: Werkvorm, moet: tuple[int, ...], wens: tuple[int, ...]) -> tuple[object, ...]:
        kosten, weken = w.kosten_euro[0], w.weken[0]
        if self.voorkeur == "goedkoop":
            return (*moet, kosten, self.past_niet(w), *wens, weken, w.id)
        if self.voorkeur == "snel":
            return (*moet, weken, self.past_niet(w), *wens, kosten, w.id)
        return (*moet, self.past_niet(w), *wens, kosten, weken, w.id)

    def best(
        self,
        test: Callable[[Werkvorm], bool],
        moet: Callable[[Werkvorm], tuple[int, ...]] = lambda w: (),
        wens: Callable[[Werkvorm], tuple[int, ...]] = lambda w: (),
        schaal: bool = False,
    ) -> Werkvorm | None:
        """The best werkvorm that passes ``test``. With ``schaal``, only werkvormen made for the
        schaal of the vraagstuk (for forms that address everyone); without, any schaal (a
        conversation with one group works in a regional project too)."""
        passend = [w for w in (self.op_schaal if schaal else self.lijst) if test(w)]
        if not passend:
            return None
        return min(passend, key=lambda w: self.key(w, moet(w), wens(w)))


_MIN_BEREIK = {
    Schaal.straat: 20,
    Schaal.buurt: 50,
    Schaal.wijk: 300,
    Schaal.kern: 300,
    Schaal.gemeente: 1000,
    Schaal.regio: 1000,
}


def _gaat_erheen(w: Werkvorm) -> bool:
    """Outreach: in person and by invitation, so the gemeente goes to people."""
    return w.werving is Werving.gericht and w.kanaal.value == "fysiek"


def bedient(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Can this werkvorm be "for" this party at all? (soort, kenmerken; politics via the griffie)

    Why: a werkvorm is only placed for a group where the catalogue says it reaches that kind of
    group: no jury for children, no house visits for visitors, no school project for adults.
    """
    if partij.soort is SoortBelanghebbende.politiek:
        return w.organisator is Organisator.griffie
    if partij.initiatiefnemer:
        # the initiator runs its own conversation; it is not a target group of one
        return False
    if (
        partij.soort is SoortBelanghebbende.maatschappelijke_organisatie
        and w.alleen_voor
        and set(w.alleen_voor) & set(partij.kenmerken)
    ):
        return True  # a school brings its pupils to a project made for children
    if partij.soort not in w.doelgroepen:
        return False
    if partij.soort is not SoortBelanghebbende.inwoners:
        # an organisation is reached through its own people; its kenmerken say whom it speaks
        # for (a school: children), not who sits at the table
        return True
    if w.alleen_voor and not set(w.alleen_voor) & set(partij.kenmerken):
        return False
    if set(w.ongeschikt_voor) & set(partij.kenmerken):
        return False
    if Kenmerk.kinderen in partij.kenmerken and w.werving is Werving.loting:
        return False
    return not (partij.bereikbaarheid is Bereikbaarheid.moeilijk and w.werving is Werving.loting)


def _bereikt(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Does this werkvorm reach this hard-to-reach group?

    The werkvorm must be meant for this kind of party and reach its kenmerken. A group that is
    hard to reach (bereikbaarheid moeilijk), or that has no kenmerken but is not easily reached,
    also needs outreach: the gemeente goes to them.
    """
    if not bedient(w, partij):
        return False
    if partij.soort is not SoortBelanghebbende.inwoners:
        return w.verbreding_of_verdieping is not Reikwijdte.verbreding
    if partij.kenmerken and not set(w.bereikt) & set(partij.kenmerken):
        return False
    if partij.bereikbaarheid is Bereikbaarheid.moeilijk or not partij.kenmerken:
        return _gaat_erheen(w)
    return True


def kan_voor(w: Werkvorm, partij: Belanghebbende) -> bool:
    """May the design put this werkvorm "for" this party?

    Inwoners with kenmerken the werkvorm does not reach (a panel for people in therapy), or
    who are hard to reach when it does not go to them (a survey for the working poor), are
    not listed for it: they get an outreach form of their own or a named gap."""
    if not bedient(w, partij):
        return False
    if Modus.doen in w.modi and Modus.denken not in w.modi and partij.houding is Houding.tegen:
        # taking over a task (the uitdaagrecht, a maintenance contract) is for those who want
        # to do it, not for the neighbours who oppose the plan
        return False
    if partij.soort is not SoortBelanghebbende.inwoners:
        return True
    if not partij.kenmerken and partij.bereikbaarheid is not Bereikbaarheid.moeilijk:
        return True
    return _bereikt(w, partij)


def _loting_past(f: Feiten, w: Werkvorm) -> bool:
    """May the analysis propose a lottery form (burgerberaad, burgerjury) the case did not name?

    Why: a gelote groep is a heavy instrument. It fits a question the gemeente itself weighs,
    not a permit that an initiator asks for or a request under the uitdaagrecht, and only when
    the budget can carry it. Otherwise a case gets a burgerjury it never asked for.
    """
    if w.werving is not Werving.loting:
        return True
    if f.procedure in VERGUNNING or f.procedure is Procedure.uitdaagrecht_verzoek:
        return False
    budget = f.vraagstuk.kaders.budget_euro
    return budget is None or w.kosten_euro[0] <= budget


def _besluiten_nodig(f: Feiten, advies: Trede) -> bool:
    v = f.vraagstuk
    if advies is Trede.zelfbeheer:
        return False
    if advies.rang >= Trede.coproduceren.rang:
        return True
    groot = _SCHAAL_RANG[v.schaal] >= _SCHAAL_RANG[Schaal.gemeente]
    zwaar = (v.complexiteit or 1) >= 4 or (v.polarisatie or 1) >= 4
    return advies is Trede.adviseren and groot and zwaar


def _doen_nodig(f: Feiten, advies: Trede) -> bool:
    v = f.vraagstuk
    if advies.rang < Trede.coproduceren.rang:
        return False
    return (
        advies is Trede.zelfbeheer
        or WettelijkKader.uitdaagrecht in f.wettelijke_kaders
        or v.initiatiefnemer
        in (Initiatiefnemer.inwoners, Initiatiefnemer.maatschappelijke_organisatie)
        or v.fase is Fase.uitvoering
    )


def _namen(partijen: list[Belanghebbende]) -> list[str]:
    return [p.naam for p in partijen]


def _build(
    f: Feiten,
    advies: Trede,
    analyse: list[BelanghebbendeAdvies],
    voorkeur: Voorkeur,
    besluit: BesluitAdvies,
    hoogste: Trede | None = None,
    ruimte: Trede | None = None,
) -> tuple[list[Keuze], list[Bevinding]]:
    v = f.vraagstuk
    kandidaten = Kandidaten(f, advies, voorkeur)
    kwadrant = {a.naam: a.kwadrant for a in analyse}
    partijen = v.belanghebbenden
    niet_politiek = [p.naam for p in partijen if p.soort is not SoortBelanghebbende.politiek]
    inwoners = [p for p in partijen if p.soort is SoortBelanghebbende.inwoners]
    keuzes: list[Keuze] = []
    bevindingen: list[Bevinding] = []

    def kies(w: Werkvorm, modus: Modus) -> Keuze:
        for k in keuzes:
            if k.werkvorm.id == w.id:
                return k
        trede = w.trede_tot(advies) or advies
        keuze = Keuze(werkvorm=w, modus=modus, trede=trede)
        keuzes.append(keuze)
        if w.treden[-1].rang > trede.rang:
            keuze.add([], deel("MIX-PLAFOND", trede=trede.value), "MIX-PLAFOND")
        return keuze

    # 0. the case's own instruments: named in the vraagstuk or implied by its procedure
    bevindingen += _instrumenten(f, advies, besluit, kies, partijen, hoogste or advies, ruimte)
    # only what happens before the decision can stand in for asking and deepening: works
    # communication, a vote after the decision or a formal zienswijze do not
    instrument = [
        k for k in keuzes if (k.genoemd or "MIX-INSTRUMENT" in k.regels) and voor_het_besluit(k)
    ]

    # a vote or referendum of the case in the test round is its way of deciding together, and
    # its broad round: nothing on top of it
    stemming = [
        k
        for k in keuzes
        if (k.genoemd or "MIX-INSTRUMENT" in k.regels)
        and fase_van(k) is Procesfase.toetsen
        and Modus.besluiten in k.werkvorm.modi
    ]

    def heeft(test: Callable[[Werkvorm], bool]) -> bool:
        return any(test(k.werkvorm) for k in instrument + stemming)

    # 1. verbreding: open to everyone, large enough for the schaal, as inclusive as possible,
    #    and asking for input (raadplegen) whenever the advice allows it
    nodig = _MIN_BEREIK[v.schaal]
    ophalen = min(advies.rang, Trede.raadplegen.rang)
    # an instrument counts as the broad round only when it asks for input at the level the
    # advice allows (an information letter that comes with a formal zienswijze does not)
    breed = (
        None
        if any(
            k.werkvorm.verbreding_of_verdieping is not Reikwijdte.verdieping
            and k.werkvorm.werving is Werving.open
            and SoortBelanghebbende.inwoners in k.werkvorm.doelgroepen
            and k.trede.rang >= ophalen
            for k in instrument + stemming
        )
        else kandidaten.best(
            lambda w: (
                Modus.denken in w.modi
                and _vooraf(w)
                and w.verbreding_of_verdieping is not Reikwijdte.verdieping
                and SoortBelanghebbende.inwoners in w.doelgroepen
            ),
            schaal=True,
            moet=lambda w: (int(advies.rang - kandidaten.niveau(w) < ophalen),),
            wens=lambda w: (
                int(w.deelnemers[1] < nodig),
                int(w.werving is not Werving.open),
                int(w.verbreding_of_verdieping is not Reikwijdte.verbreding),
                -len(w.bereikt),
                -w.deelnemers[1],
            ),
        )
    )
    if breed is not None:
        bereikt = [p for p in inwoners if kan_voor(breed, p)]
        kies(breed, Modus.denken).add(
            _namen(bereikt),
            deel("MIX-VERBREDING", van=breed.deelnemers[0], tot=breed.deelnemers[1]),
            "MIX-VERBREDING",
        )

    # 2. verdieping: a direct conversation with sleutelspelers and influential opponents,
    #    organisations and inwoners each in a form that suits them
    sleutel = [p for p in partijen if kwadrant[p.naam] is Kwadrant.sleutelspeler]
    tegen = [p for p in partijen if p.houding.value == "tegen" and hoog_of_middel(p.invloed)]
    # Names are unique in a vraagstuk, so a party is found by its name (not by comparing
    # models, which is slow and makes these lists quadratic in the number of parties).
    sleutel_namen = {p.naam for p in sleutel}
    tegen_namen = {p.naam for p in tegen}
    vroeg = sleutel + [p for p in tegen if p.naam not in sleutel_namen]
    vroeg_namen = {p.naam for p in vroeg}
    buiten = (
        SoortBelanghebbende.inwoners,
        SoortBelanghebbende.politiek,
        SoortBelanghebbende.adviesorgaan,
    )
    # authorities (the police, the COA, a ministry) are met in bestuurlijk or ambtelijk overleg,
    # not at one table with an action group
    aan_tafel_niet = (*buiten, SoortBelanghebbende.overheid)
    organisaties = [p for p in vroeg if p.soort not in aan_tafel_niet and not p.initiatiefnemer] + [
        p
        for p in partijen
        if p.naam not in vroeg_namen
        and p.soort not in aan_tafel_niet
        and not p.initiatiefnemer
        and p.belang is Niveau.hoog
    ]
    bewoners = [p for p in vroeg if p.soort is SoortBelanghebbende.inwoners] or (
        [] if vroeg else [p for p in inwoners if hoog_of_middel(p.belang)]
    )
    if heeft(
        lambda w: (
            w.verbreding_of_verdieping is not Reikwijdte.verbreding
            and SoortBelanghebbende.inwoners in w.doelgroepen
        )
    ):
        bewoners = [p for p in bewoners if not any(bedient(k.werkvorm, p) for k in instrument)]
    for groep in (organisaties, bewoners):
        if not groep:
            continue
        soorten = {p.soort for p in groep}
        diep = kandidaten.best(
            lambda w, soorten=soorten, groep=groep: (
                Modus.denken in w.modi  # type: ignore[misc]
                and _vooraf(w)
                and w.verbreding_of_verdieping is not Reikwijdte.verbreding
                and bool(soorten & set(w.doelgroepen))
                and any(bedient(w, p) for p in groep)
            ),
            moet=lambda w: (kandidaten.niveau(w),),
            wens=lambda w, soorten=soorten: (  # type: ignore[misc]
                len(soorten - set(w.doelgroepen)),
                int(w.werving is Werving.open),
            ),
        )
        if diep is None:
            if keuzes:
                keuzes[0].add(_namen(groep), deel("MIX-VERDIEPING.informeren"), "MIX-VERDIEPING")
            continue
        gedekt = [p for p in groep if bedient(diep, p)]
        reden = deel(
            "MIX-VERDIEPING.gekozen",
            organisaties=groep is organisaties,
            sleutelspelers=_namen([p for p in gedekt if p.naam in sleutel_namen]),
            tegen=_namen([p for p in gedekt if p.naam in tegen_namen]),
        )
        kies(diep, Modus.denken).add(_namen(gedekt), reden, "MIX-VERDIEPING")

    # 2b. a standing advisory body gives formal advice, in its own step, not at a table with
    #     providers or other parties
    organen = [p for p in partijen if p.soort is SoortBelanghebbende.adviesorgaan]
    formeel = next(
        (f.kennis.werkvorm(i) for i in ("clientenraad", "adviesraad") if i in f.kennis.ids()),
        None,
    )
    if organen and formeel is not None and formeel.trede_tot(advies) is not None:
        kies(formeel, Modus.denken).add(
            _namen(organen), deel("MIX-ADVIESORGAAN", namen=_namen(organen)), "MIX-ADVIESORGAAN"
        )

    # 3. besluiten
    # an instrument of the case that already works at the advised level in depth (an
    # omgevingsraad, joint fact finding) is the deliberation; no second one on top
    verdiept = any(
        k.trede.rang >= advies.rang
        and k.werkvorm.verbreding_of_verdieping is not Reikwijdte.verbreding
        and k.werkvorm.organisator is not Organisator.griffie
        for k in instrument
    )
    if (
        _besluiten_nodig(f, advies)
        and gemeente_beslist(besluit) is not False
        and not heeft(lambda w: Modus.besluiten in w.modi)
        and not verdiept
    ):
        afwegen = (v.complexiteit or 1) >= 4 or v.soort is Soort.exploratief
        beslis = kandidaten.best(
            lambda w: Modus.besluiten in w.modi and _loting_past(f, w),
            schaal=True,
            moet=lambda w: (kandidaten.niveau(w), int(afwegen != (w.werving is Werving.loting))),
        )
        if beslis is not None:
            reden = deel("MIX-BESLUITEN.gekozen", loting=beslis.werving is Werving.loting)
            kies(beslis, Modus.besluiten).add(
                _namen([p for p in inwoners if bedient(beslis, p)]), reden, "MIX-BESLUITEN"
            )
        else:
            bevindingen.append(
                bevinding("MIX-BESLUITEN", Ernst.let_op, trede=advies.value, schaal=v.schaal.value)
            )

    # 4. doen (unless a chosen werkvorm already lets inwoners do)
    if _doen_nodig(f, advies) and not any(Modus.doen in k.werkvorm.modi for k in keuzes):
        uitdagen = WettelijkKader.uitdaagrecht in f.wettelijke_kaders
        doe = kandidaten.best(
            lambda w: Modus.doen in w.modi,
            moet=lambda w: (
                int(uitdagen and WettelijkKader.uitdaagrecht not in w.vereist_kader),
                kandidaten.niveau(w),
            ),
        )
        if doe is not None:
            dragers = [
                p
                for p in partijen
                if p.houding.value == "voor" and hoog_of_middel(p.belang) and bedient(doe, p)
            ] or [p for p in inwoners if bedient(doe, p)]
            reden = deel(
                "MIX-DOEN.gekozen", uitdaagrecht=WettelijkKader.uitdaagrecht in doe.vereist_kader
            )
            kies(doe, Modus.doen).add(_namen(dragers), reden, "MIX-DOEN")
    for k in keuzes:
        if Modus.doen in k.werkvorm.modi and "MIX-DOEN" not in k.regels and _doen_nodig(f, advies):
            k.add([], deel("MIX-DOEN.ook"), "MIX-DOEN")

    # 6. every sleutelspeler is served
    for partij in sleutel:
        if partij.soort is SoortBelanghebbende.overheid:
            continue  # an authority is met in bestuurlijk or ambtelijk overleg (its approach)
        if not any(k.serves(partij.naam) for k in keuzes):
            passend = [k for k in keuzes if bedient(k.werkvorm, partij)]
            if passend:
                passend[0].add([partij.naam], None, "MIX-VERDIEPING")
            elif not partij.initiatiefnemer:
                bevindingen.append(bevinding("MIX-VERDIEPING", Ernst.let_op, naam=partij.naam))

    # 7. inclusion: every hard-to-reach group with a real stake
    open_groepen = []
    for partij in f.inclusiegroepen:
        # a form that only informs does not reach a group the advice asks more of
        bestaand = [
            k
            for k in keuzes
            if voor_het_besluit(k)
            and _bereikt(k.werkvorm, partij)
            and (k.trede is not Trede.informeren or advies is Trede.informeren)
        ]
        if bestaand:
            bestaand[0].add([partij.naam], None, "MIX-INCLUSIE")
            bestaand[0].inclusie.append(partij.naam)
        else:
            open_groepen.append(partij)
    while open_groepen:
        groepen = list(open_groepen)
        bereik = kandidaten.best(
            lambda w, groepen=groepen: any(_bereikt(w, p) for p in groepen),  # type: ignore[misc]
            # reached while they can still shape the decision: a pilot or works communication
            # only when nothing before the decision reaches them
            moet=lambda w: (int(not _vooraf(w)),),
            wens=lambda w, groepen=groepen: (  # type: ignore[misc]
                # in a polarised case vulnerable groups need a safe, private setting first
                int((v.polarisatie or 1) > w.polarisatie_max),
                -sum(_bereikt(w, p) for p in groepen),
                -sum(len(set(w.bereikt) & set(p.kenmerken)) for p in groepen),
            ),
        )
        if bereik is None:
            for partij in open_groepen:
                bevindingen.append(bevinding("MIX-INCLUSIE", Ernst.waarschuwing, naam=partij.naam))
            break
        gedekt = [p for p in open_groepen if _bereikt(bereik, p)]
        modus = Modus.denken if Modus.denken in bereik.modi else bereik.modi[0]
        keuze = kies(bereik, modus)
        for partij in gedekt:
            keuze.add([partij.naam], None, "MIX-INCLUSIE")
            keuze.inclusie.append(partij.naam)
        gedekte_namen = {p.naam for p in gedekt}
        open_groepen = [p for p in open_groepen if p.naam not in gedekte_namen]

    # 8. a note on werkvormen that handle this polarisation less well
    #    (said in full once; the next ones refer back to it)
    polarisatie = v.polarisatie or 1
    eerder = False
    for k in keuzes:
        # a standing advisory body gives its advice in writing, in its own step: no meeting
        if polarisatie > k.werkvorm.polarisatie_max and "MIX-ADVIESORGAAN" not in k.regels:
            k.add(
                [],
                deel("MIX-POLARISATIE", polarisatie=polarisatie, eerder=eerder),
                "MIX-POLARISATIE",
            )
            eerder = True

    # 9. always feedback and a learning arena
    for id, regel_id in (("terugkoppeling", "MIX-TERUGKOPPELING"), ("leerarena", "MIX-LEERARENA")):
        try:
            w = f.kennis.werkvorm(id)
        except KeyError:
            continue
        al = next((k for k in keuzes if k.werkvorm.id == id), None)
        if al is not None:
            # an instrument already brought it along; one feedback round, one evaluation
            al.add(
                niet_politiek if id == "terugkoppeling" else [],
                None,
                regel_id,
            )
            continue
        reden = deel(regel_id, met_raad=leerarena_met_raad(f, besluit))
        keuze = Keuze(werkvorm=w, modus=Modus.denken, trede=w.trede_tot(advies) or advies)
        keuze.add(
            niet_politiek if id == "terugkoppeling" else [],
            reden,
            regel_id,
        )
        keuzes.append(keuze)
    return keuzes, bevindingen


_TAAL = (Kenmerk.migratieachtergrond, Kenmerk.laaggeletterd)


def _inclusie_reden(f: Feiten, namen: list[str], taal_gezegd: bool = False) -> list[Tekstdeel]:
    """One sentence for all hard-to-reach groups a werkvorm serves; with language access when
    one of them reads little Dutch (said once in a design, at the first werkvorm)."""
    if not namen:
        return []
    gezocht = set(namen)
    partijen = [p for p in f.vraagstuk.belanghebbenden if p.naam in gezocht]
    taal = not taal_gezegd and any(set(_TAAL) & set(p.kenmerken) for p in partijen)
    # the route the vraagstuk names for a group (via its physiotherapists, via the teachers)
    routes = [[p.naam, p.via] for p in partijen if p.via]
    return [deel("MIX-INCLUSIE.bereikt", namen=namen, taal=taal, routes=routes)]


_VOLGORDE = {Modus.denken: 0, Modus.besluiten: 1, Modus.doen: 3}
_FASE_ORDE = {fase: i for i, fase in enumerate(Procesfase)}


def _fase_op_datum(
    fase: Procesfase, periode: tuple[date, date], besluit: date | None
) -> Procesfase:
    """The phase of a werkvorm on fixed dates: a trial that ends before the decision is its
    test round; a sounding board that starts after the decision belongs to the works."""
    if besluit is None:
        return fase
    if periode[1] <= besluit and fase not in (*_VOOR_HET_BESLUIT, Procesfase.toetsen):
        return Procesfase.toetsen
    if periode[0] > besluit and fase in (*_VOOR_HET_BESLUIT, Procesfase.toetsen):
        return Procesfase.uitvoering
    return fase


def fase_van(k: Keuze) -> Procesfase:
    """The phase a werkvorm belongs to: from the catalogue, or from its mode and reach."""
    if k.fase is not None:
        return k.fase
    w = k.werkvorm
    if w.procesfase is not None:
        return w.procesfase
    if w.id == "terugkoppeling":
        return Procesfase.terugkoppeling
    if w.id == "leerarena":
        return Procesfase.evaluatie
    if k.modus is Modus.doen:
        return Procesfase.uitvoering
    if k.modus is Modus.besluiten:
        return Procesfase.toetsen
    if w.verbreding_of_verdieping is Reikwijdte.verbreding:
        return Procesfase.ophalen
    return Procesfase.verdiepen


_VOOR_HET_BESLUIT = (Procesfase.voorbereiden, Procesfase.ophalen, Procesfase.verdiepen)


def _vooraf(w: Werkvorm) -> bool:
    """Can this werkvorm gather input before the decision? (a pilot or works communication
    runs during the works and cannot be the broad round or the deepening)"""
    return w.procesfase is None or w.procesfase in _VOOR_HET_BESLUIT


def voor_het_besluit(k: Keuze) -> bool:
    """Does this werkvorm run while inwoners can still shape the decision?"""
    return fase_van(k) in _VOOR_HET_BESLUIT


def _door_initiatiefnemer(f: Feiten, id: str) -> bool:
    """Was this werkvorm chosen or proposed by the party that takes the initiative?"""
    initiatiefnemers = {p.naam for p in f.vraagstuk.belanghebbenden if p.initiatiefnemer}
    return any(g.id == id and g.door in initiatiefnemers for g in f.vraagstuk.werkvormen)


_VAN_HET_BEVOEGD_GEZAG = frozenset({"zienswijze", *REFERENDUM})
"""Formal steps the gemeente itself runs, also on an initiator's application."""


def _organisator(f: Feiten, k: Keuze) -> Organisator:
    """Who runs it: in an initiative of others, the initiator runs its own conversation."""
    w = k.werkvorm
    if w.organisator is not Organisator.gemeente:
        return w.organisator
    if (
        k.genoemd
        and w.organisator is Organisator.gemeente
        and _door_initiatiefnemer(f, w.id)
        and w.id not in _VAN_HET_BEVOEGD_GEZAG
    ):
        # the initiator proposed its own conversation (an omgevingsraad): it runs and pays it
        return Organisator.initiatiefnemer
    if (
        w.id in ("terugkoppeling", "leerarena")
        or w.id in _VAN_HET_BEVOEGD_GEZAG
        or k.genoemd
        or w.werving is Werving.loting
    ):
        return w.organisator
    initiatief = f.initiatief_van_anderen and (
        f.procedure in VERGUNNING
        or (
            f.vraagstuk.besluit is not None
            and f.vraagstuk.besluit.door is Beslisser.initiatiefnemer
        )
    )
    return Organisator.initiatiefnemer if initiatief else Organisator.gemeente


def _betaalt_gemeente(f: Feiten, organisator: Organisator) -> bool:
    if organisator is Organisator.initiatiefnemer:
        return False
    return f.vraagstuk.kaders.betaler is not Betaler.initiatiefnemer


def _blokken(
    keuzes: list[Keuze], fasen: dict[str, Procesfase]
) -> tuple[list[Blok], list[Blok], Blok | None]:
    def blok(fase: Procesfase, weglaatbaar: bool = False) -> Blok:
        # a werkvorm on dates of its own is placed on those dates, outside the blocks
        hier = [k for k in keuzes if fasen[k.werkvorm.id] is fase and k.periode is None]
        return Blok(
            fase,
            [k.werkvorm.id for k in hier],
            max((k.werkvorm.weken[0] for k in hier), default=0),
            max((k.werkvorm.weken[1] for k in hier), default=0),
            # the case's own instruments and what comes with them are never left out
            weglaatbaar and not any(k.genoemd or "MIX-INSTRUMENT" in k.regels for k in hier),
            vast=any(k.genoemd or "MIX-INSTRUMENT" in k.regels for k in hier),
            namen=[k.werkvorm.naam for k in hier],
            blijft=[k.werkvorm.id for k in hier if k.werkvorm.organisator is Organisator.griffie],
        )

    voor = [Blok(Procesfase.voorbereiden, [], 1, 3)]
    voor += [blok(Procesfase.ophalen), blok(Procesfase.verdiepen), blok(Procesfase.toetsen, True)]
    na = [blok(Procesfase.terugkoppeling), blok(Procesfase.uitvoering)]
    evaluatie = blok(Procesfase.evaluatie)
    return (
        [b for b in voor if b.werkvormen or b.fase is Procesfase.voorbereiden],
        [b for b in na if b.werkvormen],
        evaluatie if evaluatie.werkvormen else None,
    )


def _kosten(f: Feiten, keuzes: list[Keuze]) -> tuple[int, int, int, int, int, int]:
    """(gemeente min, max, initiatiefnemer min, max, uitvoering min, max).

    Why: the participation budget pays for asking and deciding together. What the initiator
    runs is the initiator's cost; what runs during the works (bouwcommunicatie, a pilot) belongs
    to the project, and is shown apart instead of pushing the design over its budget.
    """
    g = [0, 0]
    i = [0, 0]
    u = [0, 0]
    for k in keuzes:
        if not _betaalt_gemeente(f, _organisator(f, k)):
            doel = i
        elif fase_van(k) is Procesfase.uitvoering:
            doel = u
        else:
            doel = g
        doel[0] += k.werkvorm.kosten_euro[0]
        doel[1] += k.werkvorm.kosten_euro[1]
    return g[0], g[1], i[0], i[1], u[0], u[1]


def _maak_plan(f: Feiten, keuzes: list[Keuze], besluit: BesluitAdvies) -> Plan:
    fasen = {k.werkvorm.id: fase_van(k) for k in keuzes}
    voor, na, evaluatie = _blokken(keuzes, fasen)
    ankers = [
        Anker(fasen[k.werkvorm.id], k.werkvorm.id, k.werkvorm.naam, *k.periode)
        for k in keuzes
        if k.periode is not None
    ]
    # the raad's own hearing on the proposal, between the papers and the decision
    bij_besluit = [
        k.werkvorm.id
        for k in keuzes
        if fasen[k.werkvorm.id] is Procesfase.besluit and k.periode is None
    ]
    return plan(
        f,
        voor,
        na,
        besluit.stukken_weken,
        evaluatie,
        besluit.termijn_vast,
        besluit.door,
        ankers,
        bij_besluit,
    )


def _fits(keuzes: list[Keuze], f: Feiten, besluit: BesluitAdvies) -> tuple[bool, bool]:
    budget = f.vraagstuk.kaders.budget_euro
    kosten = _kosten(f, keuzes)[0]
    return (budget is None or kosten <= budget, _maak_plan(f, keuzes, besluit).past is not False)


def _inkrimpen(f: Feiten, keuzes: list[Keuze]) -> tuple[list[Keuze], list[Keuze], list[Modus]]:
    """Leave out what the budget cannot carry, but never a group that was served.

    Why: a short budget should lead to a smaller design, not to "raise the budget". Every group
    that a werkvorm served before the decision must still be served before the decision by the
    smaller design; the case's own instruments, the forms that reach hard-to-reach groups, the
    feedback, the evaluation and the work during the execution always stay. Among the smaller
    designs that fit the budget, the one that loses the fewest ways of working (samen besluiten,
    samen doen) and keeps the most is chosen; when none fits, the cheapest one, and the advice
    names the shortfall. A lost way of working is said, so the gemeente promises less instead of
    asking for more money.
    """
    budget = f.vraagstuk.kaders.budget_euro
    if budget is None or _kosten(f, keuzes)[0] <= budget:
        return keuzes, [], []

    def blijft(k: Keuze) -> bool:
        return bool(
            k.genoemd
            or {"MIX-INSTRUMENT", "MIX-POLITIEK"} & set(k.regels)
            or k.werkvorm.id in ("terugkoppeling", "leerarena")
            or not _betaalt_gemeente(f, _organisator(f, k))
            or k.inclusie
            or fase_van(k) is Procesfase.uitvoering
        )

    vrij = [k for k in keuzes if not blijft(k)][:12]  # at most 4,096 designs to compare
    gediend = {n for k in keuzes if voor_het_besluit(k) for n in k.voor}
    modi = {k.modus for k in keuzes}

    def beoordeel(weg: tuple[Keuze, ...]) -> tuple[object, ...] | None:
        over = [k for k in keuzes if k not in weg]
        nog = {n for k in over if voor_het_besluit(k) for n in k.voor}
        if not gediend <= nog:
            return None  # a group that was served before the decision would be dropped
        verloren = len(modi - {k.modus for k in over})
        kosten = _kosten(f, over)[0]
        past = kosten <= budget
        # within budget: lose as few ways of working as possible, then keep the richest design;
        # otherwise: the cheapest design that still serves every group
        return (0, verloren, -kosten) if past else (1, kosten, verloren)

    beste: tuple[tuple[object, ...], tuple[Keuze, ...]] | None = None
    for aantal in range(len(vrij) + 1):
        for weg in combinations(vrij, aantal):
            score = beoordeel(weg)
            if score is None:
                continue
            sleutel_ = (score, sorted(k.werkvorm.id for k in weg))
            if beste is None or sleutel_ < (beste[0], sorted(k.werkvorm.id for k in beste[1])):
                beste = (score, weg)
    weg_ = list(beste[1]) if beste else []
    over = [k for k in keuzes if k not in weg_]
    verloren = [m for m in Modus if m in modi and m not in {k.modus for k in over}]
    return over, sorted(weg_, key=lambda k: k.werkvorm.id), verloren


def compose_mix(
    f: Feiten,
    advies: Trede,
    analyse: list[BelanghebbendeAdvies],
    besluit: BesluitAdvies,
    hoogste: Trede | None = None,
    ruimte: Trede | None = None,
) -> tuple[list[MixOnderdeel], list[PlanFase], Middelen, list[Bevinding]]:
    """Choose the mix; prefer quality, then cheap or fast variants when budget or time demand."""
    pogingen = {}
    gekozen = None
    for voorkeur in ("kwaliteit", "goedkoop", "snel"):
        pogingen[voorkeur] = _build(f, advies, analyse, voorkeur, besluit, hoogste, ruimte)
        if all(_fits(pogingen[voorkeur][0], f, besluit)):
            gekozen = voorkeur
            break
    if gekozen is None:
        budget_ok, _ = _fits(pogingen["goedkoop"][0], f, besluit)
        gekozen = "goedkoop" if not budget_ok else "snel"
    keuzes, bevindingen = pogingen[gekozen]
    bevindingen = list(bevindingen)
    keuzes, weggelaten, verloren = _inkrimpen(f, keuzes)
    if weggelaten:
        bevindingen.append(
            bevinding(
                "MIX-BUDGET",
                Ernst.waarschuwing if verloren else Ernst.let_op,
                "MIX-BUDGET.weggelaten",
                weggelaten=[k.werkvorm.naam for k in weggelaten],
                verloren=[m.value for m in verloren],
                # what the design with those werkvormen would cost the gemeente at the least
                met=_kosten(f, keuzes + weggelaten)[0],
            )
        )

    planning = _maak_plan(f, keuzes, besluit)
    bevindingen += planning.bevindingen
    kosten_min, kosten_max, init_min, init_max, uit_min, uit_max = _kosten(f, keuzes)
    budget = f.vraagstuk.kaders.budget_euro
    weken = f.weken_beschikbaar
    past_budget = None if budget is None else kosten_min <= budget
    past_tijd = planning.past

    eerste = pogingen["kwaliteit"][0]
    eerste_budget_ok, _ = _fits(eerste, f, besluit)
    if gekozen != "kwaliteit" and not eerste_budget_ok and past_budget:
        bevindingen.append(
            bevinding(
                "MIX-BUDGET",
                Ernst.let_op,
                "MIX-BUDGET.goedkoper",
                eerste=_kosten(f, eerste)[0],
                budget=budget or 0,
            )
        )
    if past_budget is False and budget is not None:
        duurste = sorted(
            (
                k
                for k in keuzes
                if _betaalt_gemeente(f, _organisator(f, k))
                and fase_van(k) is not Procesfase.uitvoering  # paid from the project
            ),
            key=lambda k: (-k.werkvorm.kosten_euro[0], k.werkvorm.id),
        )[:2]
        bevindingen.append(
            bevinding(
                "MIX-BUDGET",
                Ernst.waarschuwing,
                "MIX-BUDGET.tekort",
                kosten=kosten_min,
                budget=budget,
                duurste=[k.werkvorm.naam for k in duurste],
            )
        )

    datum_van = {id: (g.start, g.eind) for g in planning.fasen for id in g.werkvormen}
    onderdelen = []
    taal_gezegd = False
    for keuze in sorted(
        keuzes,
        key=lambda k: (_FASE_ORDE[fase_van(k)], _VOLGORDE[k.modus], k.werkvorm.id),
    ):
        w = keuze.werkvorm
        fase = fase_van(keuze)
        inclusie = _inclusie_reden(f, keuze.inclusie, taal_gezegd)
        taal_gezegd = taal_gezegd or any(d.waarden.get("taal") for d in inclusie)
        start, eind = datum_van.get(w.id, (None, None))
        naam = w.naam
        if w.id == "leerarena" and not leerarena_met_raad(f, besluit):
            naam = "Evaluatie met deelnemers en projectteam"
        onderdelen.append(
            MixOnderdeel(
                werkvorm=w.id,
                naam=naam,
                modus=keuze.modus,
                trede=keuze.trede,
                voor=keuze.voor,
                redenen=[*keuze.redenen, *inclusie],
                waarom="",
                kosten_euro=w.kosten_euro,
                weken=w.weken,
                start_week=max(0, (start - f.datum).days // 7) if start else 0,
                eind_week=max(0, (eind - f.datum).days // 7) if eind else 0,
                valkuilen=list(w.valkuilen),
                regels=keuze.regels,
                fase=fase,
                organisator=_organisator(f, keuze),
                start=start,
                eind=eind,
                genoemd=keuze.genoemd,
                onderdelen=list(w.onderdelen),
            )
        )
    fasen_uit = [
        PlanFase(
            fase=g.fase,
            start=g.start,
            eind=g.eind,
            werkvormen=g.werkvormen,
            uitleg=g.toelichting or deel(f"FASE.{g.fase.value}"),
            toelichting="",
        )
        for g in planning.fasen
    ]
    middelen = Middelen(
        kosten_min_euro=kosten_min,
        kosten_max_euro=kosten_max,
        budget_euro=budget,
        past_in_budget=past_budget,
        weken_nodig=planning.weken_nodig,
        weken_beschikbaar=weken,
        past_in_tijd=past_tijd,
        kosten_initiatiefnemer_min_euro=init_min,
        kosten_initiatiefnemer_max_euro=init_max,
        kosten_uitvoering_min_euro=uit_min,
        kosten_uitvoering_max_euro=uit_max,
    )
    return onderdelen, fasen_uit, middelen, bevindingen

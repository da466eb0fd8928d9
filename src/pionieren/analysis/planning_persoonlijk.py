"""Order as a hard constraint: who hears it personally first, before anything goes public."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.mix.bereik import genoemde_groep
from pionieren.analysis.planning import (
    VOOR_BESLUIT,
    WEEK,
    Geplaatst,
    Plan,
    _noten,
    moment_papieren,
    vakantieweken,
    verder,
    werkweken,
)
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst, deel
from pionieren.knowledge.feestdagen import werkdag_na, werkdag_voor
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Orgaan,
    Organisator,
    Procesfase,
    SoortBelanghebbende,
    Vakantieregio,
    Werving,
)

#: A text that puts a step before the moment the plan becomes public: 'vóór de plek openbaar
#: wordt', 'voordat het voorstel naar buiten gaat'.
_VOOR_OPENBAAR = re.compile(
    r"\b(?:vóór|voor|voordat|vóórdat)\b[^.;]{0,80}?\b(?:openbaar|naar\s+buiten|bekend\s+wordt"
    r"|(?:de\s+)?eerste\s+\w*(?:bijeenkomst|avond|inloop)\w*)",
    re.IGNORECASE,
)
#: The same order told the other way round: 'eerst een brief ...; pas daarna gaat het naar buiten'.
_EERST_DAN_OPENBAAR = re.compile(
    r"\beerst\b[^.]*?(?:\bopenbaar|\bnaar\s+buiten|\bpas\s+daarna\b)", re.IGNORECASE
)
#: A road to a group that is personal: a letter and then a visit or a talk.
_PERSOONLIJK = re.compile(
    r"\bbrief\b[^.;]*\b(?:bezoek|gesprek)\w*|\b(?:bezoek|gesprek)\w*[^.;]*\bbrief\b",
    re.IGNORECASE,
)
#: The long holidays a moved round does not run into.
_LANG = ("zomervakantie", "kerstvakantie")
#: Weeks for the personal step: the letters, then the visits.
PERSOONLIJK_WEKEN = 2


def eerst_persoonlijk_groepen(f: Feiten) -> list[str]:
    """The groups the case says hear it personally before it goes public: their road (``via``)
    or the answer to their concern says 'vóór ... openbaar', or what is different now says
    'eerst ..., pas daarna openbaar' and their road is a letter and a visit or talk."""
    v = f.vraagstuk
    anders = v.voorgeschiedenis.wat_nu_anders if v.voorgeschiedenis else None
    eerst = bool(anders and _EERST_DAN_OPENBAAR.search(anders))
    uit: list[str] = []
    for b in v.belanghebbenden:
        via = b.via or ""
        if _VOOR_OPENBAAR.search(via) or (eerst and _PERSOONLIJK.search(via)):
            uit.append(b.naam)
    uit += [n for n in _in_de_tekst(f) if n not in uit]
    for z in v.zorgen:
        if z.antwoord_door and _VOOR_OPENBAAR.search(z.antwoord_door):
            uit += [
                n for n in z.van if n not in uit and any(b.naam == n for b in v.belanghebbenden)
            ]
    return uit


#: 'Before it is public' in the case's own story: also a map on the internet or the website.
_VOOR_BEKEND = re.compile(
    r"\b(?:vóór|voor|voordat|vóórdat)\b[^.;]{0,100}?\b(?:openbaar|naar\s+buiten|bekend\s+wordt"
    r"|op\s+internet|op\s+de\s+website|(?:de\s+)?pers\b|(?:de\s+)?krant|(?:de\s+)?media\b"
    r"|(?:het\s+|een\s+)?persbericht)",
    re.IGNORECASE,
)
#: 'eerst', or 'als eerste(n)': 'horen omwonenden van elke plek het als eersten, vóór de pers'.
_EERST = re.compile(r"\beerst\b|\bals\s+eersten?\b", re.IGNORECASE)
#: A visit at home: 'de directe buren worden eerst thuis bezocht' puts that visit before the
#: rest as firmly as 'voordat het openbaar wordt' does.
_AAN_HUIS = re.compile(r"\b(?:thuis|aan\s+huis)\b", re.IGNORECASE)
_ZIN_EINDE = re.compile(r"(?<=[.!?])\s+")
_VERWIJST = re.compile(r"^(?:zij|ze)\b", re.IGNORECASE)


def _in_de_tekst(f: Feiten) -> list[str]:
    """The groups the case's own story says hear it first, before it is public: a sentence of
    the omschrijving, the aanleiding or what is different now with 'eerst' and 'voordat ...
    openbaar' ('Veertien grondeigenaren ... Zij willen eerst thuis horen ..., voordat er een
    kaart op internet staat'), or with 'eerst' and a visit at home ('De directe buren worden
    eerst thuis bezocht'). The group is the one the sentence names, or, when it starts with
    'zij', the one the sentence before names; never a fractie, a government or an advisory body.

    Why: review 48a/48c: in three cases the story promised a visit first, and a public round
    started before it."""
    v = f.vraagstuk
    anders = v.voorgeschiedenis.wat_nu_anders if v.voorgeschiedenis else None
    partijen = [
        b
        for b in v.belanghebbenden
        if b.soort
        not in (
            SoortBelanghebbende.politiek,
            SoortBelanghebbende.overheid,
            SoortBelanghebbende.adviesorgaan,
        )
    ]
    uit: list[str] = []
    for tekst in (v.omschrijving, v.aanleiding or "", anders or ""):
        zinnen = _ZIN_EINDE.split(" ".join(tekst.split()))
        for i, zin in enumerate(zinnen):
            if not (_EERST.search(zin) and (_VOOR_BEKEND.search(zin) or _AAN_HUIS.search(zin))):
                continue
            groep = genoemde_groep(partijen, zin)
            if not groep and i and _VERWIJST.match(zin):
                groep = genoemde_groep(partijen, zinnen[i - 1])
            uit += [b.naam for b in groep if b.naam not in uit]
    return uit


def _openbaar(w: Werkvorm | None) -> bool:
    """A step that shows the plan or the options to people outside the closed circle (the
    catalogue's ``maakt_openbaar``: an inloopavond, an enquête, straatinterviews, a schouw, a
    visit to a club): from then on the plan is public. Not whether anyone can sign up: people
    stopped in the street were recruited, and still the plan is out (review 49). The council's
    own steps (griffie) keep the council's calendar."""
    return w is not None and w.maakt_openbaar and w.organisator is not Organisator.griffie


def _vakantie_noot(f: Feiten, fasen: list[Geplaatst], vrij: list[tuple[date, date, str]]) -> None:
    """A moved round names the school holidays in its new weeks, as every round does (its old
    note, for its old weeks, goes)."""
    for g in fasen:
        if g.toelichting is not None and g.toelichting.sleutel == "FASE.noot_vakantie":
            g.toelichting = None
    _noten(f, fasen, vrij, None, None)


def _maandag_na(dag: date, vrij: list[tuple[date, date, str]], zuid: bool) -> date:
    d = dag + timedelta(days=1)
    d += timedelta(days=(7 - d.weekday()) % 7)
    while any(a <= d <= b for a, b, _ in vrij):
        d += WEEK
    return werkdag_na(d, zuid)


@regel(
    "PLAN-EERST-PERSOONLIJK",
    Thema.mix,
    "Eerst persoonlijk, dan openbaar",
    """Zegt het vraagstuk dat een groep het eerst persoonlijk hoort, vóór het plan openbaar
    wordt (in de weg naar die groep, 'een bezoek aan huis vóór de plek openbaar wordt' of 'vóór
    de eerste buurtbijeenkomst'; in het antwoord op haar zorg; of in wat nu anders is, 'eerst een
    brief en een gesprek, pas daarna naar buiten', bij een groep die per brief en bezoek wordt
    bereikt; of in een zin van de omschrijving, de aanleiding of wat nu anders is met 'eerst' en
    'voordat ... openbaar', 'op internet' of een bezoek thuis ('de buren worden eerst thuis
    bezocht'), die de groep noemt of met 'zij' naar de zin ervoor wijst; nooit een fractie, een
    overheid of een adviesorgaan), dan is dat een harde volgorde. Ook een openbare stap van de
    voorbereiding (een inloopavond) wacht dan, en het advies zegt niet meer 'begin het brede
    gesprek nu' of 'maak de mogelijkheden bekend bij de uitnodiging'. De persoonlijke stap voor die groep (een gesprek aan huis, een keukentafelgesprek
    alleen voor haar) is klaar vóór de eerste openbare stap: een inloopavond, een enquête voor
    iedereen, een projectpagina, een openbare avond. pionieren zet die stap vooraan, in de eerste
    twee weken van de eerste ronde, en laat de openbare stappen daarna beginnen. Heeft de groep
    geen eigen werkvorm, dan noemt de planning de stap met de weg die het vraagstuk noemt. Ligt
    de persoonlijke stap op vaste data, dan schuiven de openbare stappen naar daarna, als dat
    vóór het voorstel nog past; anders zegt pionieren dat één keer. Welke stap het plan
    openbaar maakt, zegt de werkvormencatalogus (maakt_openbaar): ook straatinterviews, een
    schouw, een bezoek aan een vereniging of gesprekken via sleutelfiguren, niet alleen een stap
    waar iedereen zich voor kan melden. Staat zo'n stap op data die het vraagstuk zelf noemt,
    binnen de persoonlijke stap, dan blijven die data en zegt pionieren één keer wat te doen:
    de datum opschuiven, of de groep vóór die datum persoonlijk spreken.""",
    ["ombudsman-excuses-2011"],
)
def eerst_persoonlijk(f: Feiten, uit: Plan, werkvormen: dict[str, list[str]]) -> Plan:
    """Put the personal step for the groups that hear it first before the first public step
    (changes ``uit`` in place). ``werkvormen`` maps each werkvorm id of the design to the
    groups it serves."""
    groepen = eerst_persoonlijk_groepen(f)
    if not groepen or f.vraagstuk.kaders.besluit_al_genomen:
        return uit
    # no advice to start the broad talk now or to show the options with the first invitation:
    # the personal talks come first (review 48a)
    for b in uit.bevindingen:
        if b.sleutel in ("PLAN-KALENDER.ruim", "PLAN-REACTIE"):
            b.waarden["persoonlijk"] = True
    v = f.vraagstuk
    zuid = v.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    eigen = set(groepen)
    persoonlijk = {
        id
        for id, voor in werkvormen.items()
        if voor
        and set(voor) <= eigen
        and (w := catalogus.get(id)) is not None
        and w.werving is not Werving.open
        and w.organisator is not Organisator.griffie
    }
    besluit = min((g.start for g in uit.fasen if g.fase is Procesfase.besluit), default=None)
    rondes = [
        g
        for g in uit.fasen
        if g.fase in VOOR_BESLUIT and (besluit is None or g.start < besluit) and g.eind > f.datum
    ]
    if not rondes:
        return uit
    vast = [g for g in rondes if g.op_datum and set(g.werkvormen) & persoonlijk]
    # (a personal talk already in the preparation is before every round)
    los = [
        id
        for id in persoonlijk
        if not any(id in g.werkvormen for g in vast)
        and any(id in g.werkvormen for g in rondes if not g.op_datum)
    ]
    zonder = [n for n in groepen if not any(n in werkvormen.get(id, []) for id in persoonlijk)]

    def publiek(g: Geplaatst) -> list[str]:
        return [w for w in g.werkvormen if _openbaar(catalogus.get(w)) and w not in persoonlijk]

    if vast:
        eind = max(g.eind for g in vast)
    else:
        if not los and not zonder:
            return uit  # the personal talk is in the preparation, before every round
        begin = min(g.start for g in rondes)
        # the public steps on dates of their own stay: the personal step ends before them; when
        # that leaves no time, it keeps its weeks and the advice names the fixed step (below)
        vaste_publiek = [g.start for g in rondes if g.op_datum and publiek(g) and g.start >= begin]
        eind = verder(begin, PERSOONLIJK_WEKEN, vrij)
        if vaste_publiek and min(vaste_publiek) <= eind:
            kort = werkdag_voor(min(vaste_publiek) - timedelta(days=1), zuid)
            if kort >= begin + timedelta(days=3):
                eind = kort
        leeg = set()
        for g in rondes:
            if not g.op_datum and set(g.werkvormen) & set(los):
                g.werkvormen = [w for w in g.werkvormen if w not in los]
                if not g.werkvormen and g.toelichting is None:
                    leeg.add(id(g))
        uit.fasen = [g for g in uit.fasen if id(g) not in leeg]
        rondes = [g for g in rondes if id(g) not in leeg]
        openbaar = min(
            [g.start for g in rondes if publiek(g) and g.start > eind]
            + [_maandag_na(eind, vrij, zuid)]
        )
        uit.fasen.append(
            Geplaatst(
                Procesfase.ophalen,
                begin,
                eind,
                sorted(los),
                deel(
                    "FASE.eerst_persoonlijk",
                    wie=[n for n in groepen if n in zonder or any(n in werkvormen[w] for w in los)],
                    via=[
                        {"naam": n, "via": b.via}
                        for n in zonder
                        for b in v.belanghebbenden
                        if b.naam == n and b.via
                    ],
                    openbaar=openbaar.isoformat(),
                ),
            )
        )
    # the public steps that would start before the personal step is done move after it
    grens = besluit or max(g.eind for g in rondes)
    momenten = [
        (m.datum, moment_papieren(f, m, vrij, zuid))
        for m in v.momenten
        if m.door in (Orgaan.commissie, Orgaan.raad, Orgaan.anders) and f.datum < m.datum < grens
    ]
    blijft: list[str] = []
    verschoven: list[Geplaatst] = []
    # a public step of the preparation (an inloopavond) waits for the personal step too
    # (review 48a: an inloopavond before the promised visits)
    voorbereiding = [g for g in uit.fasen if g.fase is Procesfase.voorbereiden and g.eind > f.datum]
    # a public step on the case's own dates inside the personal round keeps its dates; the
    # advice says so once, with what to do (review 49)
    vaste = [
        g
        for g in list(rondes) + voorbereiding
        if g.op_datum and g.start <= eind and g.eind > f.datum and publiek(g)
    ]
    for g in list(rondes) + voorbereiding:
        if g.op_datum or g.start > eind:
            continue
        weg = publiek(g)
        if not weg:
            continue
        start = _maandag_na(eind, vrij, zuid)
        lengte = max(1, werkweken(g.start, g.eind, vrij))
        # a shorter round when its own end still leaves a week; else as long as it was
        nieuw_eind = g.eind if werkweken(start, g.eind, vrij) >= 1 else verder(start, lengte, vrij)
        for dag, papieren in sorted(momenten):
            if start < dag and nieuw_eind >= papieren:
                if werkweken(start, papieren - timedelta(days=1), vrij) >= 1:
                    nieuw_eind = werkdag_voor(papieren - timedelta(days=1), zuid)
                    break
                start = _maandag_na(dag, vrij, zuid)
                nieuw_eind = verder(start, lengte, vrij)
        # not into the summer or Christmas holiday when a week fits before it
        lang = next((a for a, b, naam in vrij if naam in _LANG and start < a <= nieuw_eind), None)
        if lang is not None and werkweken(start, lang - timedelta(days=1), vrij) >= 1:
            nieuw_eind = werkdag_voor(lang - timedelta(days=1), zuid)
        nieuw_eind = min(nieuw_eind, grens - timedelta(days=1))
        if werkweken(start, nieuw_eind, vrij) < 1:
            blijft += weg
            continue
        g.werkvormen = [w for w in g.werkvormen if w not in weg]
        # the preparation itself stays, even without a werkvorm: it holds the first step
        if not g.werkvormen and g.fase is not Procesfase.voorbereiden:
            uit.fasen = [x for x in uit.fasen if x is not g]
        fase = Procesfase.ophalen if g.fase is Procesfase.voorbereiden else g.fase
        verschoven.append(Geplaatst(fase, start, nieuw_eind, weg, None))
        uit.fasen.append(verschoven[-1])
    if blijft:
        uit.bevindingen.append(
            bevinding(
                "PLAN-EERST-PERSOONLIJK",
                Ernst.let_op,
                wie=groepen,
                eind=eind.isoformat(),
                werkvormen=[catalogus[w].naam for w in dict.fromkeys(blijft)],
            )
        )
    _vakantie_noot(f, verschoven, vrij)
    if vaste:
        eerste = min(vaste, key=lambda g: g.start)
        uit.bevindingen.append(
            bevinding(
                "PLAN-EERST-PERSOONLIJK",
                Ernst.let_op,
                "PLAN-EERST-PERSOONLIJK.vast",
                wie=groepen,
                eind=eind.isoformat(),
                start=eerste.start.isoformat(),
                werkvormen=[
                    catalogus[w].naam for w in dict.fromkeys(w for g in vaste for w in publiek(g))
                ],
            )
        )
    uit.fasen.sort(
        key=lambda g: (
            g.start,
            g.toelichting is None or g.toelichting.sleutel != "FASE.eerst_persoonlijk",
        )
    )
    return uit


def kiest(w: Werkvorm | None) -> bool:
    """A public round where people weigh the options or say which they prefer (an avond over de
    keuzes, plekken kiezen op de kaart): it needs the input of the broad round first."""
    return _openbaar(w) and w is not None and w.afwegen


def keuze_na_ophalen(f: Feiten, uit: Plan) -> Plan:
    """A public round that asks which option people prefer starts after the broad round that
    collects the input has closed (changes ``uit`` in place). It keeps its own end when a week
    is left after that round; else the weeks the two share are split, the input first and the
    choice in the last third. Steps on the case's own dates keep them (review 49: a preference
    on the concept was asked while the broad round still ran)."""
    v = f.vraagstuk
    if v.kaders.besluit_al_genomen:
        return uit
    zuid = v.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    besluit = min((g.start for g in uit.fasen if g.fase is Procesfase.besluit), default=None)

    def moment(g: Geplaatst) -> bool:
        return g.toelichting is not None and g.toelichting.sleutel == "FASE.moment"

    for r in list(uit.fasen):
        keuze = [w for w in r.werkvormen if kiest(catalogus.get(w))]
        if (
            not keuze
            or r.op_datum
            or moment(r)
            or r.fase is not Procesfase.verdiepen
            or r.start <= f.datum
            or (besluit is not None and r.start >= besluit)
        ):
            continue
        ophalen = [
            g
            for g in uit.fasen
            if g.fase is Procesfase.ophalen
            and not moment(g)
            and g.start <= r.start <= g.eind
            and any(_openbaar(catalogus.get(w)) for w in g.werkvormen)
        ]
        if not ophalen:
            continue
        start = _maandag_na(max(g.eind for g in ophalen), vrij, zuid)
        if werkweken(start, r.eind, vrij) < 1:
            # split the shared weeks: the broad round first, the choice in the last third
            if any(g.op_datum for g in ophalen):
                continue
            samen = werkweken(max(g.start for g in ophalen), r.eind, vrij)
            weken = max(1, samen // 3)
            if samen - weken < 1:
                continue
            start = r.eind
            while werkweken(start, r.eind, vrij) < weken:
                start -= WEEK
            start -= timedelta(days=start.weekday())
            sluit = werkdag_voor(start - timedelta(days=1), zuid)
            if any(werkweken(g.start, sluit, vrij) < 1 for g in ophalen):
                continue
            for g in ophalen:
                g.eind = min(g.eind, sluit)
        if keuze == r.werkvormen:
            r.start = start
            _vakantie_noot(f, [r, *ophalen], vrij)
        else:
            r.werkvormen = [w for w in r.werkvormen if w not in keuze]
            nieuw = Geplaatst(r.fase, start, r.eind, keuze, None)
            uit.fasen.append(nieuw)
            _vakantie_noot(f, [nieuw, *ophalen], vrij)
    uit.fasen.sort(
        key=lambda g: (
            g.start,
            g.toelichting is None or g.toelichting.sleutel != "FASE.eerst_persoonlijk",
        )
    )
    return uit

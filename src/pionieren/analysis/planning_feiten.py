"""Order as a constraint: the shared facts come before the rounds that ask opinions."""

from __future__ import annotations

from datetime import timedelta

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.planning import (
    VOOR_BESLUIT,
    Geplaatst,
    Plan,
    vakantieweken,
    verder,
    werkweken,
)
from pionieren.analysis.planning_persoonlijk import _maandag_na, _openbaar, _vakantie_noot
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst
from pionieren.knowledge.feestdagen import werkdag_voor
from pionieren.vocabulary import Modus, Procesfase, Reikwijdte, Trede, Vakantieregio


def _vrij_te_schuiven(g: Geplaatst, f: Feiten) -> bool:
    """A round the planner placed itself (not on the case's own dates, not a moment of the raad,
    not a personal step), still to come, before the decision."""
    t = g.toelichting
    return (
        g.fase in VOOR_BESLUIT
        and not g.op_datum
        and g.start > f.datum
        and g.werkvormen != []
        and (t is None or t.sleutel in ("FASE.ophalen", "FASE.verdiepen", "FASE.noot_vakantie"))
    )


@regel(
    "PLAN-FEITEN-EERST",
    Thema.mix,
    "Eerst dezelfde feiten, dan de meningen",
    """Staat in het ontwerp een gezamenlijk of onafhankelijk feitenonderzoek, dan is de
    uitkomst daarvan openbaar vóór de rondes waarin inwoners hun mening geven over de keuze (een
    inloopavond, straatinterviews, een vragenlijst, een avond over de keuzes). Anders geven mensen hun mening op cijfers die nog niet kloppen of die zij
    niet vertrouwen, en kent niet iedereen dezelfde feiten als er gekozen wordt. pionieren laat
    het onderzoek daarom beginnen bij de eerste ronde en zet de openbare rondes waarin mensen hun
    mening geven na de uitkomst, binnen dezelfde tijd vóór het besluit. Een gesprek met een
    groep in haar eigen kring (een eigen gesprek, gesprekken via sleutelfiguren, een rondetafel),
    een brief die alleen informeert en de stappen van de raad blijven waar ze waren, net als een stap op data die het vraagstuk zelf noemt. Is er te weinig
    tijd om beide na elkaar te doen, dan blijft de volgorde zoals hij was en noemt het advies dat
    als een keuze voor het bestuur: later besluiten, het onderzoek kleiner maken, of de rondes
    vóór de uitkomst houden en daar zeggen dat de feiten nog komen. Het advies van een vaste
    adviesraad, cliëntenraad, panel of dorpsraad over de keuze van het onderzoek (of over de hele
    vraag, of het advies dat is toegezegd) komt ook na de uitkomst: die groep adviseert op de
    feiten, niet ervoor. Het begint de week na de uitkomst, duurt zo lang als die werkvorm
    minstens vraagt als dat past, en is klaar vóór het voorstel. Past er geen werkweek meer,
    dan blijft het waar het stond. Een advies op data die het vraagstuk zelf noemt, schuift
    niet.""",
    ["joint-fact-finding"],
)
def feiten_eerst(f: Feiten, uit: Plan, onderzoek: set[str], advies: set[str] | None = None) -> Plan:
    """Start the fact-finding (``onderzoek``: its werkvorm ids) at the first round and move the
    public rounds that ask opinions after its outcome; then the advice of a standing body on
    the same choice (``advies``: its werkvorm ids) after that outcome too (changes ``uit`` in
    place)."""
    uit = _meningen_na_feiten(f, uit, onderzoek)
    return _advies_na_feiten(f, uit, onderzoek, advies or set())


def _advies_na_feiten(f: Feiten, uit: Plan, onderzoek: set[str], advies: set[str]) -> Plan:
    """Move the advice of a standing body on the choice of the fact-finding (``advies``) out of
    a round that ends before the outcome, to the working weeks after it, before the proposal
    (the first test round or the decision). It keeps the catalogue's shortest length where it
    fits, and at least one working week; when no week fits, it stays where it was."""
    v = f.vraagstuk
    if not onderzoek or not advies or v.kaders.besluit_al_genomen:
        return uit
    feiten = [g for g in uit.fasen if set(g.werkvormen) & onderzoek and g.fase in VOOR_BESLUIT]
    if not feiten:
        return uit
    klaar = max(g.eind for g in feiten)
    voorstel = min(
        (
            g.start
            for g in uit.fasen
            if g.fase in (Procesfase.toetsen, Procesfase.besluit) and g.start > klaar
        ),
        default=None,
    )
    if voorstel is None:
        return uit
    # the advice steps the planner placed itself that end before the facts are in
    vroeg = [
        g
        for g in uit.fasen
        if _vrij_te_schuiven(g, f)
        and g.eind <= klaar
        and g.fase in (Procesfase.ophalen, Procesfase.verdiepen)
        and set(g.werkvormen) & advies
        and not set(g.werkvormen) & onderzoek
    ]
    # or run beside the fact-finding in the same round
    naast = [
        g
        for g in uit.fasen
        if _vrij_te_schuiven(g, f) and set(g.werkvormen) & onderzoek and set(g.werkvormen) & advies
    ]
    ids = list(dict.fromkeys(w for g in [*vroeg, *naast] for w in g.werkvormen if w in advies))
    if not ids:
        return uit
    zuid = v.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    na = _maandag_na(klaar, vrij, zuid)
    grens = werkdag_voor(voorstel - timedelta(days=1), zuid)
    ruimte = werkweken(na, grens, vrij)
    if ruimte < 1:
        return uit
    weken = min(ruimte, max(catalogus[w].weken[0] for w in ids if w in catalogus))
    eind = min(werkdag_voor(verder(na, weken, vrij), zuid), grens)
    # each advice keeps its phase (the table and the paragraph name it there), on new dates
    per_fase: dict[Procesfase, list[str]] = {}
    for g in [*vroeg, *naast]:
        per_fase.setdefault(g.fase, []).extend(w for w in g.werkvormen if w in ids)
        g.werkvormen = [w for w in g.werkvormen if w not in ids]
    weg = {id(g) for g in vroeg}
    uit.fasen = [g for g in uit.fasen if g.werkvormen or id(g) not in weg]
    nieuw = [
        Geplaatst(fase, na, eind, list(dict.fromkeys(werkvormen)), None)
        for fase, werkvormen in per_fase.items()
    ]
    uit.fasen += nieuw
    _vakantie_noot(f, nieuw, vrij)
    uit.fasen.sort(key=lambda g: g.start)
    return uit


def _meningen_na_feiten(f: Feiten, uit: Plan, onderzoek: set[str]) -> Plan:
    """The opinion rounds after the outcome of the fact-finding (see :func:`feiten_eerst`)."""
    v = f.vraagstuk
    if not onderzoek or v.kaders.besluit_al_genomen:
        return uit
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    r = next(
        (g for g in uit.fasen if _vrij_te_schuiven(g, f) and set(g.werkvormen) & onderzoek), None
    )
    if r is None:
        return uit
    ids = [w for w in r.werkvormen if w in onderzoek]

    def mening(w: str) -> bool:
        x = catalogus.get(w)
        # (a letter that only informs is no opinion round: it may say the inquiry is coming)
        return (
            w not in onderzoek
            and _openbaar(x)
            and x is not None
            and Modus.denken in x.modi
            and not set(x.treden) <= {Trede.informeren}
            # a broad round, or the evening where people weigh the options; a talk with one
            # group in its own circle stays (the most affected group hears it first)
            and (x.verbreding_of_verdieping is Reikwijdte.verbreding or x.afwegen)
        )

    # the rounds with opinion steps that end before the outcome, from the first round on
    rondes = [
        g
        for g in uit.fasen
        if _vrij_te_schuiven(g, f)
        and g.start <= r.eind
        and g.fase in (Procesfase.ophalen, Procesfase.verdiepen)
        and any(mening(w) for w in g.werkvormen)
    ]
    if not rondes:
        return uit
    zuid = v.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    # the inquiry starts with the first round, also when the only opinion step to move is in
    # its own later phase (review 57e, Hunsewold: the broad rounds were cut for the budget and
    # the joint fact-finding began in week 10)
    eerste = [g for g in uit.fasen if _vrij_te_schuiven(g, f) and g.fase is Procesfase.ophalen]
    begin = min(g.start for g in [*rondes, r, *eerste])
    eind = r.eind
    verplaatst = [w for g in rondes for w in g.werkvormen if mening(w)]
    # the broad rounds, then the step where people weigh the options (keuze_na_ophalen puts it
    # after them): both after the outcome
    breed = max((catalogus[w].weken[0] for w in verplaatst if not catalogus[w].afwegen), default=0)
    afwegen = max((catalogus[w].weken[0] for w in verplaatst if catalogus[w].afwegen), default=0)
    nodig = breed + afwegen
    lengte = werkweken(r.start, r.eind, vrij)
    minst = max(catalogus[w].weken[0] for w in ids)
    ruimte = werkweken(begin, eind, vrij) - nodig
    if ruimte < minst:
        uit.bevindingen.append(
            bevinding(
                "PLAN-FEITEN-EERST",
                Ernst.let_op,
                onderzoek=catalogus[ids[0]].naam,
                klaar=r.eind.isoformat(),
                werkvormen=[catalogus[w].naam for w in dict.fromkeys(verplaatst)],
            )
        )
        return uit
    lengte = min(lengte, ruimte)
    klaar = werkdag_voor(verder(begin, lengte, vrij), zuid)
    na = _maandag_na(klaar, vrij, zuid)
    if werkweken(na, eind, vrij) < nodig:
        return uit
    # the inquiry is the first round now: it stands there in the table too
    nieuw: list[Geplaatst] = [Geplaatst(Procesfase.ophalen, begin, klaar, ids, None)]
    per_fase: dict[Procesfase, list[str]] = {}
    for g in rondes:
        for w in g.werkvormen:
            if mening(w):
                per_fase.setdefault(g.fase, []).append(w)
    # the broad rounds leave the weighing step its shortest run after them
    tot = eind
    if afwegen and breed:
        tot = min(eind, verder(na, max(breed, werkweken(na, eind, vrij) - afwegen), vrij))
    for fase, werkvormen in per_fase.items():
        nieuw.append(
            Geplaatst(
                fase,
                na,
                tot if fase is Procesfase.ophalen else eind,
                list(dict.fromkeys(werkvormen)),
                None,
            )
        )
    weg = set(ids) | set(verplaatst)
    for g in [*rondes, r]:
        g.werkvormen = [w for w in g.werkvormen if w not in weg]
    oud = {id(g) for g in [*rondes, r]}
    uit.fasen = [g for g in uit.fasen if g.werkvormen or id(g) not in oud]
    uit.fasen += nieuw
    _vakantie_noot(f, nieuw, vrij)
    uit.fasen.sort(key=lambda g: g.start)
    return uit

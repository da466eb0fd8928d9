"""Order as a constraint: the shared facts come before the rounds that ask opinions."""

from __future__ import annotations

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
    vóór de uitkomst houden en daar zeggen dat de feiten nog komen.""",
    ["joint-fact-finding"],
)
def feiten_eerst(f: Feiten, uit: Plan, onderzoek: set[str]) -> Plan:
    """Start the fact-finding (``onderzoek``: its werkvorm ids) at the first round and move the
    public rounds that ask opinions after its outcome (changes ``uit`` in place)."""
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

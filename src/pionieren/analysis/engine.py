"""Run the analysis over a vraagstuk and assemble the Advies.

The analysis is a pipeline of stages in the order of the register
(:data:`pionieren.analysis.registry.REGISTER`): the gate, who decides, the level, the
stakeholders, the roles, the mix, the legal frames, and then the parts one rule makes as a whole
(the first conversation, lessons, dilemmas, the leerarena). Each stage is a theme's function that
applies the rules of that theme; each needs what the stages before it made, so they are called
here in turn. The engine keeps no list of rule ids: which rules produced something
(``regels_toegepast``) follows from the advice itself
(:func:`pionieren.analysis.registry.toegepast`).
"""

from __future__ import annotations

from datetime import date

from pionieren import __version__
from pionieren.analysis import gate, level, voorwaarden
from pionieren.analysis.conversation import herstart, referentiekader, stukken
from pionieren.analysis.decision import advies as advies_aan_ander
from pionieren.analysis.decision import (
    bopa,
    buiten_gemeente,
    decide,
    punt_beslissers,
    tarief_beslissers,
)
from pionieren.analysis.ervaring import Ervaring, adjust_kennis, similar_cases
from pionieren.analysis.facts import Feiten
from pionieren.analysis.keuzeontwerp import met_keuze, ontworpen
from pionieren.analysis.kosten import kosten_schaal, op_schaal
from pionieren.analysis.law import legal_hooks, voorschriften
from pionieren.analysis.lessons import dilemmas, leerarena, lessen
from pionieren.analysis.mix import compose_mix, verloren_door_budget
from pionieren.analysis.mix.budget import belofte
from pionieren.analysis.planning import datum_in_tekst
from pionieren.analysis.planning_perioden import met_perioden
from pionieren.analysis.registry import REGELS, toegepast
from pionieren.analysis.result import Advies, Bevinding, Ernst, Rol
from pionieren.analysis.roles import (
    divide_roles,
    inwoners,
    raadsmoment_in_rollen,
    uitvoerders,
    van_partners,
)
from pionieren.analysis.stakeholders import analyse_stakeholders, mede_initiatief
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import Kennis
from pionieren.teksten import formulate
from pionieren.vocabulary import Trede

_ERNST_ORDE = {Ernst.waarschuwing: 0, Ernst.let_op: 1, Ernst.info: 2}


def rest_budget(vraagstuk: Vraagstuk) -> tuple[Vraagstuk, int]:
    """The case as the design sees it when part of the participation budget is already
    committed (kaders.budget_vastgelegd): the budget is what is left, and the commitments are
    taken out; and the committed sum. The same case and 0 when nothing is committed."""
    k = vraagstuk.kaders
    vast = sum(v.euro for v in k.budget_vastgelegd)
    if not k.budget_vastgelegd:
        return vraagstuk, 0
    rest = None if k.budget_euro is None else max(0, k.budget_euro - vast)
    # the commitments stay in the case, so the input checks (budget_hints) see them filled in
    # and give no tip to fill them in; analyse() takes them off only once (afgetrokken)
    kaders = k.model_copy(update={"budget_euro": rest})
    return vraagstuk.model_copy(update={"kaders": kaders}), vast if k.budget_euro is not None else 0


def analyse(
    vraagstuk: Vraagstuk,
    kennis: Kennis,
    datum: date,
    *,
    verlaagd_van: Trede | None = None,
    nodig: int = 0,
    ervaring: Ervaring | None = None,
    afgetrokken: bool = False,
) -> Advies:
    """The advice for this case (see :func:`_analyse`), with the design fitted into the part of
    the participation budget that is not yet committed (kaders.budget_vastgelegd).

    Why: review 64a (funderingsherstel): € 14,000 of a € 32,000 budget was already promised to
    an independent adviser, yet the design was set against the whole € 32,000."""
    rest, vast = (vraagstuk, 0) if afgetrokken else rest_budget(vraagstuk)
    advies = _analyse(
        rest, kennis, datum, verlaagd_van=verlaagd_van, nodig=nodig, ervaring=ervaring
    )
    if not vast:
        return advies
    middelen = advies.middelen.model_copy(update={"budget_vastgelegd_euro": vast})
    return advies.model_copy(update={"middelen": middelen})


def _analyse(
    vraagstuk: Vraagstuk,
    kennis: Kennis,
    datum: date,
    *,
    verlaagd_van: Trede | None = None,
    nodig: int = 0,
    ervaring: Ervaring | None = None,
) -> Advies:
    """The advice for one vraagstuk. Pure: same input, same output; no I/O, no clock.

    When the budget cannot carry deciding or doing together, the advice is made again with the
    ambition lowered to adviseren (``verlaagd_van`` is then the ambition the case asked for), so
    that promises and design agree.

    ``ervaring`` is what earlier evaluaties in this gemeente say (``--leerarena``): it adjusts
    the knowledge the rules get where local evidence is strong enough, and adds the section
    with similar earlier processes (see :mod:`pionieren.analysis.ervaring`).
    """
    bevindingen: list[Bevinding] = []
    # the catalogue's costs are for a whole gemeente: size them to this case first, so that
    # local evidence (absolute amounts from earlier processes) still replaces them
    bijgesteld = met_perioden(op_schaal(kennis, kosten_schaal(vraagstuk)), vraagstuk)
    geschaald = {
        w.id for w in bijgesteld.werkvormen if w.kosten_euro != kennis.werkvorm(w.id).kosten_euro
    }
    if ervaring is not None:
        bijgesteld, aanpassingen = adjust_kennis(bijgesteld, ervaring)
        bevindingen += aanpassingen
    oorspronkelijk = vraagstuk
    f = Feiten(vraagstuk=vraagstuk, kennis=bijgesteld, datum=datum)
    # a partner the omschrijving names in the initiator's plan is an initiator too
    f, uit = mede_initiatief(f)
    bevindingen += uit
    vraagstuk = f.vraagstuk
    if verlaagd_van is not None:
        bevindingen += level.budget_verlaagd(f, verlaagd_van, nodig)
    for voorwaarde in gate.VOORWAARDEN:
        bevindingen += voorwaarde(f)
    besluit, uit = decide(f)
    bevindingen += uit
    bevindingen += bopa(f, besluit) + buiten_gemeente(f, besluit) + advies_aan_ander(f, besluit)
    # a point whose decider the case text names for certain is treated as if the case said so
    afgeleid, uit = punt_beslissers(f, besluit)
    bevindingen += uit
    # leges and tarieven are the raad's by law, whoever takes the main decision
    tarieven, uit = tarief_beslissers(f, besluit)
    bevindingen += uit
    if any(afgeleid) or any(tarieven):
        k = vraagstuk.kaders
        open_ = [
            p if (wie or wet) is None else p.model_copy(update={"door": wie or wet})
            for p, wie, wet in zip(k.open, afgeleid, tarieven, strict=True)
        ]
        vraagstuk = vraagstuk.model_copy(update={"kaders": k.model_copy(update={"open": open_})})
        f = Feiten(vraagstuk=vraagstuk, kennis=bijgesteld, datum=datum)
    trede, uit = level.advise(f, besluit)
    bevindingen += uit
    if any(afgeleid):
        # derived only when the text gives the point to another body than the main decider
        # the case names: the raad that the case says decides is no inference (review 40:
        # 'De gemeenteraad (volgens de omschrijving)' with besluit.door: raad)
        onderwerpen = [
            o.model_copy(update={"door_afgeleid": True})
            if i < len(afgeleid) and afgeleid[i] is not None and afgeleid[i] is not besluit.door
            else o
            for i, o in enumerate(trede.onderwerpen)
        ]
        trede = trede.model_copy(update={"onderwerpen": onderwerpen})
    belanghebbenden, uit = analyse_stakeholders(f, trede.advies)
    bevindingen += uit
    # the case's hard conditions: who takes no part, a proposed form called inaccessible
    f_mix, uit = voorwaarden.deelnemers(f)
    bevindingen += uit
    in_mix = {p.naam for p in f_mix.vraagstuk.belanghebbenden}
    voor_mix = len(bevindingen)
    while True:
        rolverdeling, overheidsrol, uit = divide_roles(f, trede.advies, besluit, trede.onderwerpen)
        bevindingen += uit
        # on a point the initiator decides itself, the gemeente's own step is to leave it the
        # regie (its room), whatever inwoners get within it: facilitating the initiative fits
        hoogste = max(
            [
                o.maximaal if o.door is not None and level.eigen_domein(f, o.door) else o.trede
                for o in trede.onderwerpen
                if o.open
            ]
            + [trede.advies],
            key=lambda t: t.rang,
        )
        ruimte = max(
            [o.maximaal for o in trede.onderwerpen if o.open] + [hoogste], key=lambda t: t.rang
        )
        mix, planning, middelen, uit = compose_mix(
            f_mix,
            trede.advies,
            [b for b in belanghebbenden if b.naam in in_mix],
            besluit,
            hoogste,
            ruimte,
            trede.onderwerpen,
        )
        bevindingen += uit
        # no promise without a werkvorm: a point the design cannot carry at its level is
        # promised one step lower, and the design is made again (rule TREDE-WERKVORM)
        verlaagd = level.zonder_werkvorm(f, trede.onderwerpen, uit)
        if verlaagd is None:
            break
        trede = trede.model_copy(
            update={
                "onderwerpen": verlaagd,
                "regels": [*trede.regels, "TREDE-WERKVORM"]
                if "TREDE-WERKVORM" not in trede.regels
                else trede.regels,
            }
        )
        del bevindingen[voor_mix:]
    # a level that only a table of organisations carries is theirs, not the inwoners' (rule
    # ROL-INWONERS; review 64d: the sporttafel's meebeslissen read as 'Inwoners beslissen mee')
    trede = trede.model_copy(update={"onderwerpen": van_partners(f, trede.onderwerpen, mix)})
    if any(o.alleen_partners for o in trede.onderwerpen):
        rolverdeling = [
            inwoners(f, trede.advies, trede.onderwerpen) if t.rol is Rol.inwoners else t
            for t in rolverdeling
        ]
    rolverdeling = raadsmoment_in_rollen(rolverdeling, mix)
    # who carries out what is decided, and when it is at the table (rule ROL-UITVOERDERS)
    uitvoer = uitvoerders(f, trede.onderwerpen, mix)
    if uitvoer is not None:
        rolverdeling = [*rolverdeling, uitvoer]
    mix = [
        m.model_copy(update={"regels": [*m.regels, op_schaal.id]}) if m.werkvorm in geschaald else m
        for m in mix
    ]
    met = verloren_door_budget(uit)
    ambitie = vraagstuk.ambitie or trede.advies
    if (
        met is not None
        and verlaagd_van is None
        and ambitie.rang > Trede.adviseren.rang
        # a level the raad or college already promised is not lowered for money: the design
        # was made smaller instead, and the advice names the choice (MIX-BUDGET.kleiner)
        and belofte(f) is None
    ):
        lager = oorspronkelijk.model_copy(update={"ambitie": Trede.adviseren})
        advies = analyse(
            lager,
            kennis,
            datum,
            verlaagd_van=ambitie,
            nodig=met,
            ervaring=ervaring,
            afgetrokken=True,
        )
        return advies.model_copy(
            update={"trede": advies.trede.model_copy(update={"gevraagd": vraagstuk.ambitie})}
        )
    bevindingen += gate.instrument_in_tekst(f, {m.werkvorm for m in mix})
    bevindingen += datum_in_tekst(f, planning)
    bevindingen += legal_hooks(f, trede.advies, planning)
    bevindingen += voorschriften(f, trede.onderwerpen)
    if verlaagd_van is not None:
        # the ambition was lowered here, not by the gemeente: no advice to raise it again
        bevindingen = [b for b in bevindingen if b.regel != level.onder_ruimte.id]
    # the start of the design: what went wrong before, the shared facts (advice 1)
    bevindingen += herstart(f) + stukken(f)
    vragen = referentiekader(f, trede, belanghebbenden, besluit)
    gekozen_lessen = lessen(f, mix)
    gekozen_dilemmas = dilemmas(f, trede, mix, middelen)
    plan = leerarena(f, mix, middelen, besluit)
    ervaringen = None
    if ervaring is not None:
        ervaringen = similar_cases(vraagstuk, ervaring)

    # stable order: most serious first, then in the order the rules ran
    bevindingen = [
        b for _, b in sorted(enumerate(bevindingen), key=lambda p: (_ERNST_ORDE[p[1].ernst], p[0]))
    ]
    # the choice design of every point the case marks as a choice (review 44a)
    trede = trede.model_copy(update={"onderwerpen": met_keuze(f, trede.onderwerpen, mix)})
    planning = ontworpen(planning, trede.onderwerpen)
    advies = Advies(
        titel=vraagstuk.titel,
        gemeente=vraagstuk.gemeente,
        datum=datum,
        versie=__version__,
        besluit=besluit,
        trede=trede,
        belanghebbenden=belanghebbenden,
        rolverdeling=rolverdeling,
        overheidsrol=overheidsrol,
        mix=mix,
        planning=planning,
        middelen=middelen,
        bevindingen=bevindingen,
        vragen=vragen,
        referentiekader=[],
        lessen=gekozen_lessen,
        dilemmas=gekozen_dilemmas,
        leerarena=plan,
        regels_toegepast=[],
        bronnen=[],
        ervaringen=ervaringen,
    )
    regels = toegepast(advies)
    bronnen = sorted(
        {b for r in regels for b in REGELS[r].bronnen}
        | {b for x in bevindingen for b in x.bronnen}
        | {b for les in gekozen_lessen for b in les.bronnen}
        | {b for d in gekozen_dilemmas for b in d.bronnen}
        | {b for w in bijgesteld.werkvormen if w.id in {m.werkvorm for m in mix} for b in w.bronnen}
    )
    advies = advies.model_copy(update={"regels_toegepast": regels, "bronnen": bronnen})
    return formulate(advies, kennis.wording)

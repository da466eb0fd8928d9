"""Depth (verdieping): a direct conversation with sleutelspelers and influential opponents, and
every sleutelspeler served by at least one werkvorm."""

from __future__ import annotations

from pionieren.analysis.facts import bevinding, hoog_of_middel
from pionieren.analysis.mix.bereik import bedient, namen, zonder_woordvoerder
from pionieren.analysis.mix.budget import fractie_met_eigen_moment
from pionieren.analysis.mix.ontwerp import Ontwerp, fase_van, vooraf
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst, Kwadrant, deel
from pionieren.analysis.stakeholders import gegadigde_bij_verkoop, gelijke_partijen
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Houding,
    Modus,
    Niveau,
    Procesfase,
    Reikwijdte,
    SoortBelanghebbende,
    Trede,
    Werving,
)

_BUITEN = (
    SoortBelanghebbende.inwoners,
    SoortBelanghebbende.politiek,
    SoortBelanghebbende.adviesorgaan,
)
# authorities (the police, the COA, a ministry) are met in bestuurlijk or ambtelijk overleg,
# not at one table with an action group
_AAN_TAFEL_NIET = (*_BUITEN, SoortBelanghebbende.overheid)


def sleutelspelers(o: Ontwerp) -> list[Belanghebbende]:
    """The sleutelspelers, without a candidate in the gemeente's sale or tender: that party gets
    what every candidate gets, no talk of its own (rule WET-DIDAM)."""
    return [
        p
        for p in o.partijen
        if o.kwadrant[p.naam] is Kwadrant.sleutelspeler and not gegadigde_bij_verkoop(o.f, p)
    ]


def _niveau_tegen(w: Werkvorm, advies: Trede) -> int:
    """For opponents of the plan: how far the werkvorm is from a direct conversation in which
    they give their advice (adviseren, or the advice when that is lower).

    Why: opponents are spoken with early and directly; they do not design what another group
    was promised (review 25 and 26: a design atelier for the neighbours who oppose a JOP whose
    inrichting the youths choose)."""
    doel = advies if advies.rang < Trede.adviseren.rang else Trede.adviseren
    trede = w.trede_tot(doel)
    return 99 if trede is None else doel.rang - trede.rang


@regel(
    "MIX-VERDIEPING",
    Thema.mix,
    "Verdiepen met sleutelspelers",
    """Naast verbreding is verdieping nodig: een kleinere groep die echt met elkaar in gesprek
    gaat. Sleutelspelers (veel invloed, groot belang) en invloedrijke tegenstanders krijgen zo
    vroeg een direct gesprek, organisaties in een vorm voor organisaties en inwoners in een vorm
    voor inwoners. Tegenstanders spreekt de gemeente in een gesprek waarin zij advies geven, niet
    in een ontwerpvorm voor wat een andere groep is beloofd. Een gesprek alleen met
    tegenstanders begint bij de voorbereiding, vóór de ronde voor iedereen, niet erna.
    Organisaties met een groot belang schuiven ook aan. Elke sleutelspeler wordt door minstens
    één werkvorm bediend. Een losse groep die moeilijk te bereiken is, zonder woordvoerder en
    zonder bekende route, krijgt geen 'eigen gesprek' beloofd: de gemeente bereikt haar via wie
    haar komst organiseert, de kanalen die zij zelf gebruikt en een openbare oproep. Een eigen
    werkvorm waarvoor het vraagstuk het publiek noemt (de tafel van de ondernemers met
    winkeliers, personeel en vakbonden), houdt dat publiek: het wordt geen direct gesprek met
    andere partijen.""",
    ["nplw-methoden", "communicatiekompas-macht", "kcbr-krachtenveld"],
)
def verdieping(o: Ontwerp) -> None:
    """A direct conversation with sleutelspelers and influential opponents: organisations and
    inwoners each in a form that suits them. (The check that every sleutelspeler is served
    comes later, in :func:`sleutelspelers_bediend`, once besluiten and doen have chosen.)"""
    partijen, kandidaten = o.partijen, o.kandidaten
    sleutel = sleutelspelers(o)
    tegen = [
        p
        for p in partijen
        if p.houding is Houding.tegen
        and hoog_of_middel(p.invloed)
        and not gegadigde_bij_verkoop(o.f, p)
    ]
    # Names are unique in a vraagstuk, so a party is found by its name (not by comparing
    # models, which is slow and makes these lists quadratic in the number of parties).
    sleutel_namen = {p.naam for p in sleutel}
    tegen_namen = {p.naam for p in tegen}
    gelijk_namen = {n for groep in gelijke_partijen(o.f) for n in groep}
    vroeg = sleutel + [p for p in tegen if p.naam not in sleutel_namen]
    vroeg_namen = {p.naam for p in vroeg}
    organisaties = [
        p for p in vroeg if p.soort not in _AAN_TAFEL_NIET and not p.initiatiefnemer
    ] + [
        p
        for p in partijen
        if p.naam not in vroeg_namen
        and p.soort not in _AAN_TAFEL_NIET
        and not p.initiatiefnemer
        and p.belang is Niveau.hoog
    ]
    bewoners = [p for p in vroeg if p.soort is SoortBelanghebbende.inwoners] or (
        [] if vroeg else [p for p in o.inwoners if hoog_of_middel(p.belang)]
    )
    if o.heeft(
        lambda w: (
            w.verbreding_of_verdieping is not Reikwijdte.verbreding
            and SoortBelanghebbende.inwoners in w.doelgroepen
        )
    ):
        eigen = o.eigen()
        bewoners = [p for p in bewoners if not any(bedient(k.werkvorm, p) for k in eigen)]
    # the case's own form with the audience the case gives it (the ondernemers' table 'voor
    # winkeliers, personeel en de vakbonden') keeps that audience: it is no direct talk with
    # other parties (review 56b: it became 'Kerken ... en zelfstandige winkeliers: een eigen,
    # direct gesprek')
    vast = {k.werkvorm.id: k.publiek for k in o.keuzes if k.voor_tekst}

    def past(w: Werkvorm, p: Belanghebbende) -> bool:
        return w.id not in vast or p.naam in vast[w.id]

    for groep in (organisaties, bewoners):
        rest = list(groep)
        while rest:
            soorten = {p.soort for p in rest}
            diep = kandidaten.best(
                lambda w, soorten=soorten, rest=rest: (  # type: ignore[misc]
                    Modus.denken in w.modi
                    and vooraf(w)
                    and w.verbreding_of_verdieping is not Reikwijdte.verbreding
                    # a form made for one question (places on a map) is no general talk
                    and not w.signalen
                    and bool(soorten & set(w.doelgroepen))
                    and any(bedient(w, p) for p in rest)
                ),
                # opponents are spoken directly also when the budget is tight: the form that
                # best stands a conflict comes before the cheaper one via go-betweens
                moet=lambda w, rest=rest: (  # type: ignore[misc]
                    (_niveau_tegen(w, kandidaten.advies), -w.polarisatie_max)
                    if all(p.naam in tegen_namen for p in rest)
                    else (kandidaten.niveau(w), 0)
                ),
                wens=lambda w, soorten=soorten, rest=rest: (  # type: ignore[misc]
                    # with opponents: the form that best stands a conflict (one by one, at
                    # the kitchen table, rather than via go-betweens or in a hall)
                    -w.polarisatie_max if all(p.naam in tegen_namen for p in rest) else 0,
                    len(soorten - set(w.doelgroepen)),
                    # one table for as many of them as it fits (a council at its own meeting,
                    # the others at a table of their own)
                    -sum(bedient(w, p) for p in rest),
                    int(w.werving is Werving.open),
                ),
            )
            if diep is None:
                # nothing at all for this group: they are kept informed; what is left after a
                # table was found is met in the sleutelspelers check below
                # (only those the first form can reach: no letter "for" children)
                bereikbaar = [p for p in rest if o.keuzes and bedient(o.keuzes[0].werkvorm, p)]
                if bereikbaar and len(rest) == len(groep):
                    o.keuzes[0].add(
                        namen(bereikbaar), deel("MIX-VERDIEPING.informeren"), "MIX-VERDIEPING"
                    )
                break
            # not a party's own meeting for the groups outside that party (review 51a)
            buiten = next((k.buiten for k in o.keuzes if k.werkvorm.id == diep.id), frozenset())
            bereikt = [p for p in rest if bedient(diep, p) and p.naam not in buiten]
            if not bereikt:
                break
            gedekt = [p for p in bereikt if past(diep, p)]
            # no one speaks for a loose crowd: no 'direct talk' with it (review 55d)
            los = [p.naam for p in gedekt if zonder_woordvoerder(p)]
            reden = deel(
                "MIX-VERDIEPING.gekozen",
                organisaties=groep is organisaties,
                sleutelspelers=namen([p for p in gedekt if p.naam in sleutel_namen]),
                tegen=namen([p for p in gedekt if p.naam in tegen_namen]),
                # rivals on one choice: each its own talk, in the same way (BELANG-GELIJK)
                gelijk=[p.naam for p in gedekt if p.naam in gelijk_namen],
                **({"los": los} if los else {}),
            )
            if gedekt:
                o.kies(diep, Modus.denken).add(namen(gedekt), reden, "MIX-VERDIEPING")
            # the others this best table would reach are not promised a talk at it; the
            # sleutelspelers check and the worries meet them
            gedekt_namen = {p.naam for p in bereikt}
            rest = [p for p in rest if p.naam not in gedekt_namen]


def sleutelspelers_bediend(o: Ontwerp) -> None:
    """Rule MIX-VERDIEPING, once every slot is filled: each sleutelspeler is served by at least
    one werkvorm that can serve it, or a finding names the gap. An authority is met in its own
    bestuurlijk or ambtelijk overleg; an initiator runs its own conversation."""
    for partij in sleutelspelers(o):
        if partij.soort is SoortBelanghebbende.overheid:
            continue  # an authority is met in bestuurlijk or ambtelijk overleg (its approach)
        if fractie_met_eigen_moment(o.f.vraagstuk, partij.naam):
            continue  # its own moment in the plan is its step (review 56b)
        if not any(k.serves(partij.naam) for k in o.keuzes):
            passend = [
                k for k in o.keuzes if bedient(k.werkvorm, partij) and partij.naam not in k.buiten
            ]
            if passend:
                passend[0].add([partij.naam], None, "MIX-VERDIEPING")
            elif not partij.initiatiefnemer:
                o.bevindingen.append(bevinding("MIX-VERDIEPING", Ernst.let_op, naam=partij.naam))


def tegen_eerst(o: Ontwerp) -> None:
    """Rule MIX-VERDIEPING, once every slot is filled: a direct talk that in the end serves
    only influential opponents starts in the preparation, before the round for everyone, not
    after it (it does not make the preparation longer: it starts there).

    Why: the summary says to speak them early and directly (BELANG-KRACHTENVELD); review 43c:
    'het eigen gesprek met de stichting komt pas na de ophaalronde, terwijl de samenvatting
    zegt: Spreek hen vroeg en direct'. A table where others sit too (the weighing of both
    sides) stays where it is."""
    tegen = {p.naam for p in o.partijen if p.houding is Houding.tegen and hoog_of_middel(p.invloed)}
    for k in o.keuzes:
        if (
            k.voor
            and set(k.voor) <= tegen
            and k.periode is None
            and not k.eigen
            and "MIX-VERDIEPING" in k.regels
            and fase_van(k) is Procesfase.verdiepen
        ):
            k.fase = Procesfase.voorbereiden

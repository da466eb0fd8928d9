"""Deciding together (samen besluiten): when the case needs it, and which form."""

from __future__ import annotations

from pionieren.analysis.decision import gemeente_beslist
from pionieren.analysis.facts import VERGUNNING, Feiten, bevinding
from pionieren.analysis.mix.bereik import bedient, eigen_groep, namen
from pionieren.analysis.mix.kandidaten import Voorkeur
from pionieren.analysis.mix.ontwerp import Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst, deel
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Modus,
    Organisator,
    Procedure,
    Reikwijdte,
    Schaal,
    Soort,
    SoortBelanghebbende,
    Trede,
    Werving,
)

_SCHAAL_RANG = {s: i for i, s in enumerate(Schaal)}


def besluiten_nodig(f: Feiten, advies: Trede) -> bool:
    """From coproduceren up, and at adviseren for a complex or divided case on the scale of
    the gemeente or the region; never at zelfbeheer (inwoners decide themselves)."""
    v = f.vraagstuk
    if advies is Trede.zelfbeheer:
        return False
    if advies.rang >= Trede.coproduceren.rang:
        return True
    groot = _SCHAAL_RANG[v.schaal] >= _SCHAAL_RANG[Schaal.gemeente]
    zwaar = (v.complexiteit or 1) >= 4 or (v.polarisatie or 1) >= 4
    return advies is Trede.adviseren and groot and zwaar


def loting_past(f: Feiten, w: Werkvorm) -> bool:
    """May the analysis propose a lottery form (burgerberaad, burgerjury) the case did not name?

    Why: a gelote groep is a heavy instrument. It fits a question the gemeente itself weighs,
    not a permit that an initiator asks for or a request under the uitdaagrecht, and only when
    the budget can carry it. Otherwise a case gets a burgerjury it never asked for.
    """
    if w.werving is not Werving.loting:
        return True
    if f.procedure in VERGUNNING or f.procedure is Procedure.uitdaagrecht_verzoek:
        return False
    if te_weinig_om_te_loten(f, w):
        return False
    budget = f.vraagstuk.kaders.budget_euro
    return budget is None or w.kosten_euro[0] <= budget


def te_weinig_om_te_loten(f: Feiten, w: Werkvorm) -> bool:
    """Are there too few inwoners to draw a gelote groep from? The largest group of inwoners
    with a known number is smaller than the catalogue's ``min_aantal`` for the form.

    Why: for 12 to 24 seats spread by age and neighbourhood a gemeente invites hundreds to
    thousands of people; in a village of 1,100 that is almost everyone, and a lottery adds
    cost without adding anyone (review 29a: a burgerjury of € 12,500 in Wapserveen). An open
    form with the village's own council fits there. Without any known number the form may
    still be proposed."""
    if w.min_aantal is None:
        return False
    aantallen = [
        p.aantal
        for p in f.vraagstuk.belanghebbenden
        if p.soort is SoortBelanghebbende.inwoners and p.aantal
    ]
    return bool(aantallen) and max(aantallen) < w.min_aantal


@regel(
    "MIX-BESLUITEN",
    Thema.mix,
    "Samen besluiten",
    """Bij coproduceren of hoger, en bij een complex of verdeeld vraagstuk op gemeentelijke of
    regionale schaal, hoort een werkvorm voor samen besluiten in de mix. Bij een complex of
    exploratief vraagstuk past een gelote, afwegende groep; bij een maakbaar en eenvoudig
    vraagstuk past stemmen over plannen. Een gelote groep die het vraagstuk niet zelf noemt,
    stelt pionieren alleen voor als de gemeente zelf afweegt (niet bij een vergunning of een
    verzoek onder het uitdaagrecht), als het budget hem kan dragen en als er genoeg inwoners
    zijn om uit te loten (niet in een dorp van 1.000 tot 2.000 inwoners). Past er geen, dan zegt
    pionieren dat, behalve als de punten op die trede alleen over het eigen bezit van elk
    huishouden gaan (dat beslist elk huishouden zelf) of allemaal al toegezegd zijn: dan zegt de
    regel over dat toegezegde punt wat er ontbreekt.""",
    [
        "oecd-deliberatie-2020",
        "gemeente-nu-burgerberaad",
        "citizenlab-burgerbegroting",
        "schiedam-participatieladder",
    ],
)
def besluiten(o: Ontwerp) -> None:
    """A form for deciding together, unless the case's own instruments already decide or
    already deliberate at the advised level in depth (an omgevingsraad, joint fact finding),
    or the gemeente does not decide. A finding when no form fits."""
    f, advies, kandidaten = o.f, o.advies, o.kandidaten
    v = f.vraagstuk
    verdiept = any(
        k.trede.rang >= advies.rang
        and k.werkvorm.verbreding_of_verdieping is not Reikwijdte.verbreding
        and k.werkvorm.organisator is not Organisator.griffie
        for k in o.eigen()
    )
    if (
        not besluiten_nodig(f, advies)
        or gemeente_beslist(o.besluit) is False
        or o.heeft(lambda w: Modus.besluiten in w.modi)
        or verdiept
    ):
        return
    afwegen = (v.complexiteit or 1) >= 4 or v.soort is Soort.exploratief

    def vorm(w: Werkvorm) -> tuple[int, ...]:
        return (int(afwegen != (w.werving is Werving.loting)),)

    # when the budget is short, the gelote groep is a wish, not a must: a cheaper open form that
    # still lets inwoners decide together keeps the promise (review 29a: a burgerjury pushed a
    # village of 1,100 over its budget and the advice lowered the ambition)
    goedkoop = kandidaten.voorkeur is Voorkeur.goedkoop
    beslis = kandidaten.best(
        lambda w: Modus.besluiten in w.modi and loting_past(f, w),
        schaal=True,
        moet=lambda w: (kandidaten.niveau(w), *(() if goedkoop else vorm(w))),
        wens=vorm if goedkoop else lambda w: (),
    )
    if beslis is not None:
        reden = deel("MIX-BESLUITEN.gekozen", loting=beslis.werving is Werving.loting)
        toezegging = v.besluit.toezegging if v.besluit else None
        o.kies(beslis, Modus.besluiten).add(
            namen(
                eigen_groep(
                    beslis,
                    [p for p in o.inwoners if bedient(beslis, p)],
                    toezegging.tekst if toezegging else None,
                )
            ),
            reden,
            "MIX-BESLUITEN",
        )
    elif advies.rang >= Trede.coproduceren.rang:
        # at adviseren a deciding form only deepens the advice: without one the promise holds
        from pionieren.analysis.mix.budget import belofte

        # the points at that level that a group decides: each household's own property is
        # decided per household (MIX-EIGEN-BEZIT), not together (review 64a)
        hoog = [
            p
            for p in o.onderwerpen
            if p.open and p.trede.rang >= Trede.coproduceren.rang and not p.eigen_bezit
        ]
        if o.onderwerpen and not hoog:
            return
        # a promise about some points only is about those points, not the whole case: the rules
        # on the promised point say what it lacks (MIX-TOEZEGGING, MIX-ONDERWERP; review 64a,
        # funderingsherstel: the promise on choosing the adviser read as one for all points)
        if o.onderwerpen and all(p.toegezegd for p in hoog):
            return

        # a level the raad or college already promised is not taken back here (review 31b: "of
        # beloof adviseren" next to a motie that asked to work "samen met" the village)
        o.bevindingen.append(
            bevinding(
                "MIX-BESLUITEN",
                Ernst.let_op,
                # 'the gemeente takes over what inwoners work out' is what the ladder promises
                # at coproduceren (Schiedam), not what the OECD says of deliberation (review 42d)
                bronnen=["schiedam-participatieladder"],
                trede=advies.value,
                schaal=v.schaal.value,
                belofte=belofte(f) is not None,
            )
        )

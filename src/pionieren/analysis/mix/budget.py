"""The budget: a design that fits, a smaller one that still serves every group, or the
shortfall said out loud."""

from __future__ import annotations

from itertools import combinations

from pionieren.analysis.facts import Feiten, bevinding, samen_meervoud
from pionieren.analysis.mix.kandidaten import Voorkeur
from pionieren.analysis.mix.kosten import betaalt_gemeente, kosten
from pionieren.analysis.mix.ontwerp import Keuze, fase_van, voor_het_besluit
from pionieren.analysis.mix.organisator import organisator
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst
from pionieren.vocabulary import Modus, Niveau, Procesfase, Reikwijdte, SoortBelanghebbende


def blijft(f: Feiten, k: Keuze) -> bool:
    """Does this choice stay in any smaller design? The case's own instruments, the raad's,
    the feedback and the evaluation, what another party pays, the forms that reach
    hard-to-reach groups and the work during the execution always stay."""
    return bool(
        k.genoemd
        or {"MIX-INSTRUMENT", "MIX-POLITIEK"} & set(k.regels)
        or k.werkvorm.id in ("terugkoppeling", "leerarena")
        or not betaalt_gemeente(f, organisator(f, k))
        or k.inclusie
        or fase_van(k) is Procesfase.uitvoering
    )


def kleinste_verlies(f: Feiten, keuzes: list[Keuze]) -> tuple[list[Keuze], list[str]] | None:
    """When even the smallest design that serves every group does not fit the budget: the
    werkvormen to leave out so that it fits, losing as few groups as possible (then as few
    werkvormen, then the cheapest cut), and the groups that then no longer take part before
    the decision. None when no such cut fits.

    Why: a shortfall alone makes the gemeente choose blind; the advice names the one choice
    that costs the least participation, so the gemeente can take it openly or find the money.
    Forms that reach hard-to-reach groups are never cut."""
    budget = f.vraagstuk.kaders.budget_euro
    if budget is None:
        return None
    vrij = [k for k in keuzes if not blijft(f, k)][:12]
    gediend = {n for k in keuzes if voor_het_besluit(k) for n in k.voor}
    beste: tuple[tuple[object, ...], tuple[Keuze, ...], list[str]] | None = None
    for aantal in range(1, len(vrij) + 1):
        for weg in combinations(vrij, aantal):
            over = [k for k in keuzes if k not in weg]
            prijs = kosten(f, over).gemeente_min
            if prijs > budget:
                continue
            nog = {n for k in over if voor_het_besluit(k) for n in k.voor}
            kwijt = sorted(gediend - nog)
            score = (len(kwijt), aantal, -prijs, sorted(k.werkvorm.id for k in weg))
            if beste is None or score < beste[0]:
                beste = (score, weg, kwijt)
    if beste is None:
        return None
    return sorted(beste[1], key=lambda k: k.werkvorm.id), beste[2]


def past_in_budget(f: Feiten, keuzes: list[Keuze]) -> bool:
    """Does the gemeente's least cost of these choices fit the budget? (No budget: yes.)"""
    budget = f.vraagstuk.kaders.budget_euro
    return budget is None or kosten(f, keuzes).gemeente_min <= budget


@regel(
    "MIX-BUDGET",
    Thema.mix,
    "Past de mix in het budget?",
    """De minimale kosten van alle werkvormen samen moeten binnen het budget voor participatie
    passen. Past het niet, dan kiest pionieren goedkopere werkvormen die hetzelfde doen, en laat
    het werkvormen weg waarvan de groepen ook elders aan bod komen. Dat kleinere ontwerp staat in
    het advies. Past ook het kleinste ontwerp dat elke belangrijke groep bedient niet, dan zegt
    pionieren hoeveel er tekortkomt en welke werkvorm het minst kost om weg te laten, met de
    groepen die dan niet meer aan bod komen: zo kiest de gemeente openlijk, en vallen groepen
    niet stilletjes weg. Een werkvorm die een moeilijk bereikbare groep bereikt, valt nooit
    weg, en een kleiner ontwerp houdt voor elk open onderwerp een werkvorm die erover
    gaat. Is het budget juist vier keer de sobere kosten of meer, dan is het ontwerp
    waarschijnlijk te dun voor wat de zaak vraagt: pionieren zegt dan waarvoor de ruimte dient
    (het spoor waarin inwoners zelf meedoen, diepgang voor de groepen met het grootste
    belang).""",
    ["vng-handreiking-participatie", "oecd-voorwaarden-2022", "vpng-tools"],
)
def inkrimpen(f: Feiten, keuzes: list[Keuze]) -> tuple[list[Keuze], list[Bevinding]]:
    """Leave out what the budget cannot carry, but never a group that was served; a finding
    says what was left out.

    Why: a short budget should lead to a smaller design, not to "raise the budget". Every group
    that a werkvorm served before the decision must still be served before the decision by the
    smaller design, and every open point must keep a werkvorm about it; the case's own instruments, the forms that reach hard-to-reach groups, the
    feedback, the evaluation and the work during the execution always stay. Among the smaller
    designs that fit the budget, the one that loses the fewest ways of working (samen besluiten,
    samen doen) and keeps the most is chosen; when none fits, the cheapest one, and the advice
    names the shortfall. A lost way of working is said, so the gemeente promises less instead of
    asking for more money.
    """
    budget = f.vraagstuk.kaders.budget_euro
    if budget is None or kosten(f, keuzes).gemeente_min <= budget:
        return keuzes, []

    vrij = [k for k in keuzes if not blijft(f, k)][:12]  # at most 4,096 designs to compare
    gediend = {n for k in keuzes if voor_het_besluit(k) for n in k.voor}
    punten = {p for k in keuzes for p in k.onderwerpen}
    modi = {k.modus for k in keuzes}

    def beoordeel(weg: tuple[Keuze, ...]) -> tuple[object, ...] | None:
        over = [k for k in keuzes if k not in weg]
        nog = {n for k in over if voor_het_besluit(k) for n in k.voor}
        if not gediend <= nog:
            return None  # a group that was served before the decision would be dropped
        if not punten <= {p for k in over for p in k.onderwerpen}:
            return None  # an open point would lose the only werkvorm about it (MIX-ONDERWERP)
        verloren = len(modi - {k.modus for k in over})
        prijs = kosten(f, over).gemeente_min
        past = prijs <= budget
        # within budget: lose as few ways of working as possible, then keep the richest design;
        # otherwise: the cheapest design that still serves every group
        return (0, verloren, -prijs) if past else (1, prijs, verloren)

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
    if not weg_:
        return over, []
    weggelaten = sorted(weg_, key=lambda k: k.werkvorm.id)
    verloren = [m for m in Modus if m in modi and m not in {k.modus for k in over}]
    return over, [
        bevinding(
            "MIX-BUDGET",
            Ernst.waarschuwing if verloren else Ernst.let_op,
            "MIX-BUDGET.weggelaten",
            weggelaten=[k.werkvorm.naam for k in weggelaten],
            verloren=[m.value for m in verloren],
            # what the design with those werkvormen would cost the gemeente at the least
            met=kosten(f, over + weggelaten).gemeente_min,
        )
    ]


def uitkomst(
    f: Feiten, keuzes: list[Keuze], eerste: list[Keuze], voorkeur: Voorkeur
) -> list[Bevinding]:
    """What the advice says about the budget of the design ``keuzes``, chosen with
    ``voorkeur``: that cheaper werkvormen were chosen than the first attempt (``eerste``), or
    how much is short and which werkvormen cost the most."""
    budget = f.vraagstuk.kaders.budget_euro
    if budget is None:
        return []
    prijs = kosten(f, keuzes).gemeente_min
    if prijs <= budget:
        # a gemeente that pays nothing itself here (the initiator runs the talks) has no thin
        # design of its own to read from its budget
        ruim = ruimte_over(f, keuzes, prijs, budget) if prijs and budget >= RUIM * prijs else None
        if ruim is not None:
            return [ruim]
        if voorkeur is not Voorkeur.kwaliteit and not past_in_budget(f, eerste):
            return [
                bevinding(
                    "MIX-BUDGET",
                    Ernst.let_op,
                    "MIX-BUDGET.goedkoper",
                    eerste=kosten(f, eerste).gemeente_min,
                    budget=budget,
                )
            ]
        return []
    snede = kleinste_verlies(f, keuzes)
    weg, kwijt = snede if snede is not None else ([], [])
    return [
        bevinding(
            "MIX-BUDGET",
            Ernst.waarschuwing,
            "MIX-BUDGET.tekort",
            kosten=prijs,
            budget=budget,
            weg=[[k.werkvorm.naam, list(k.voor)] for k in weg],
            bespaard=prijs - kosten(f, [k for k in keuzes if k not in weg]).gemeente_min,
            kwijt=kwijt,
            meervoud=samen_meervoud([p for p in f.vraagstuk.belanghebbenden if p.naam in kwijt]),
        )
    ]


RUIM = 4
"""A budget this many times the sober cost of the design or more says the design is probably
too thin for what the case needs, not that all is well."""


def ruimte_over(f: Feiten, keuzes: list[Keuze], prijs: int, budget: int) -> Bevinding | None:
    """The budget is far larger than the sober design (and than its full version): what the
    room is for in this case. The doing forms of the design, and depth for the inwoners with a
    large stake whom only broad forms reach before the decision. None when the design has
    neither to give more to: then the budget is simply enough."""
    if kosten(f, keuzes).gemeente_max > budget:
        return None
    diep = {
        n
        for k in keuzes
        if voor_het_besluit(k) and k.werkvorm.verbreding_of_verdieping is not Reikwijdte.verbreding
        for n in k.voor
    }
    dun = [
        p.naam
        for p in f.vraagstuk.belanghebbenden
        if p.soort is SoortBelanghebbende.inwoners
        and p.belang is Niveau.hoog
        and p.naam not in diep
    ]
    doen = [k.werkvorm.naam for k in keuzes if k.modus is Modus.doen]
    if not doen and not dun:
        return None
    return bevinding(
        "MIX-BUDGET",
        Ernst.waarschuwing,
        "MIX-BUDGET.ruim",
        kosten=prijs,
        budget=budget,
        doen=doen,
        dun=dun,
    )


def verloren_door_budget(bevindingen: list[Bevinding]) -> int | None:
    """What the design would cost the gemeente with the werkvormen the budget made it leave
    out, when that lost a way of working (samen besluiten or samen doen); None otherwise.

    Why: the advice must not promise a level its design cannot carry (rule TREDE-BUDGET)."""
    for b in bevindingen:
        if b.sleutel == "MIX-BUDGET.weggelaten" and b.waarden.get("verloren"):
            return int(b.waarden.get("met", 0))
    return None

"""A last repair of the calendar: no round that feeds the decision starts after it.

The planner places rounds around fixed moments (a members' meeting, a holiday, carnival) and a
round can still land after the decision it is meant to feed (review 50: a rondetafel and an
overleg with partners in the week after the burgemeester decided). Such a round loses its own
place: its werkvormen join the last round before the papers, and the short-calendar finding
says so once. A round on dates the case fixes is never moved; a round for a later decision
(the elaboration) is no round before the decision.
"""

from __future__ import annotations

from dataclasses import replace

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.planning import LABEL_FASE, LABEL_RONDE, VOOR_BESLUIT, Geplaatst, Plan
from pionieren.analysis.result import Ernst
from pionieren.vocabulary import Procesfase


def geen_ronde_na_besluit(f: Feiten, plan: Plan) -> Plan:
    """The calendar with every round before the decision that starts after the decision day
    merged into the last round that ends before the papers (see the module)."""
    if f.vraagstuk.kaders.besluit_al_genomen:
        return plan
    besluiten = [g for g in plan.fasen if g.fase is Procesfase.besluit]
    if not besluiten:
        return plan
    eerste = min(besluiten, key=lambda g: g.start)
    stukken, dag = eerste.start, eerste.eind
    gedateerd = {w.id for w in f.vraagstuk.werkvormen if w.van is not None or w.tot is not None}
    # the case's own instruments and the formal zienswijze keep their round: the planner says
    # when they run past the decision (PLAN-KALENDER.anker_te_laat), it does not hide them
    eigen = {w.id for w in f.vraagstuk.werkvormen} | {"zienswijze"}
    te_laat = [
        g
        for g in plan.fasen
        if g.fase in VOOR_BESLUIT
        and not g.op_datum
        and g.start > dag
        and any(w not in gedateerd for w in g.werkvormen)
        and not eigen & set(g.werkvormen)
    ]
    if not te_laat:
        return plan
    fasen = list(plan.fasen)
    weg: list[str] = []
    doel_fase: Procesfase | None = None
    for g in te_laat:
        doel = max(
            (
                x
                for x in fasen
                if x.fase in VOOR_BESLUIT
                and x.werkvormen
                and not x.op_datum
                and x.eind <= stukken
                and x.start >= f.datum
            ),
            key=lambda x: x.eind,
            default=None,
        )
        if doel is None:
            continue  # nothing to join: the final check names it
        mee = [w for w in g.werkvormen if w not in doel.werkvormen]
        samen: Geplaatst = replace(doel, werkvormen=[*doel.werkvormen, *mee])
        fasen = [samen if x is doel else x for x in fasen if x is not g]
        weg.append(LABEL_FASE.get(g.fase, LABEL_RONDE.get(g.fase, g.fase.value)))
        doel_fase = doel.fase
    if not weg or doel_fase is None:
        return plan
    bevindingen = list(plan.bevindingen)
    kort = next(
        (
            b
            for b in bevindingen
            if b.sleutel == "PLAN-KALENDER.vast_te_kort" and not b.waarden.get("weg")
        ),
        None,
    )
    waarden: dict[str, object] = {
        "weg": list(dict.fromkeys(weg)),
        "in_ronde": LABEL_RONDE.get(doel_fase, ""),
    }
    if kort is not None:
        kort.waarden.update(waarden)
    else:
        bevindingen.append(
            bevinding(
                "PLAN-KALENDER",
                Ernst.let_op,
                "PLAN-KALENDER.samengevoegd",
                weg=waarden["weg"],
                in_ronde=waarden["in_ronde"],
            )
        )
    return replace(plan, fasen=fasen, bevindingen=bevindingen)

"""The rule register: every rule of the analysis, once, in the order the analysis applies them.

Why: a burgemeester or raadslid must be able to see why the advice says what it says. Every
statement in an Advies names the rule that produced it, and ``pionieren regels`` lists every
rule like an entry in a public algorithm register. The register is one explicit tuple (as
yamllint's ``_RULES``): importing this module gives every rule, also when only a saved advice
is rendered, and a new rule is one line here plus its :class:`~pionieren.analysis.regel.Regel`
in the theme's module. Nothing registers itself when a module is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from pionieren.analysis import (
    conversation,
    decision,
    ervaring,
    gate,
    kosten,
    law,
    lessons,
    level,
    pakket,
    planning,
    planning_beschikbaar,
    planning_feiten,
    planning_keuze,
    planning_perioden,
    planning_persoonlijk,
    planning_stukken,
    planning_volgorde,
    roles,
    stakeholders,
    voorwaarden,
)
from pionieren.analysis.mix import (
    adviesorgaan,
    adviesvraag,
    afwegen,
    belofte,
    besluiten,
    breed,
    budget,
    dekking,
    doen,
    drempel,
    gelijk,
    groepen,
    inclusie,
    instrument,
    kanaal,
    kandidaten,
    kwetsbaar,
    onderwerpen,
    ontwerp,
    organisator,
    partners,
    plan,
    polarisatie,
    politiek,
    route,
    stemming,
    terugkoppeling,
    toezegging,
    verdieping,
    voorstel,
    zicht,
    zorgen,
)
from pionieren.analysis.mix import feiten as mix_feiten
from pionieren.analysis.mix import kosten as mix_kosten
from pionieren.analysis.regel import Regel, Thema
from pionieren.analysis.result import Advies
from pionieren.vocabulary import Procesfase

REGISTER: tuple[Regel[..., Any], ...] = (
    # local experience adjusts the catalogue first (--leerarena)
    ervaring.adjust_reach,
    ervaring.adjust_costs,
    ervaring.adjust_weeks,
    # the gate: is participation meaningful here?
    gate.besluit_genomen,
    gate.geen_ruimte,
    gate.tijd,
    gate.budget,
    gate.kaders_helder,
    gate.fase,
    # who decides, and by which procedure
    decision.decide,
    decision.bopa,
    decision.buiten_gemeente,
    decision.advies,
    decision.punt_beslissers,
    decision.tarief_beslissers,
    # the level per point and overall
    level.plafond_voor,
    level.zonder_ambitie,
    level.bezwaren_als_voorwaarde,
    level.zonder_werkvorm,
    level.wegbeheerder,
    level.in_verkeersbesluit,
    level.keuze_verdeelt,
    level.geen_binding,
    level.eigen_bezit_trede,
    level.feiten_toezegging,
    level.ruimte_initiatiefnemer,
    pakket.pakket_toezegging,
    level.criteria_toezegging,
    level.ander_orgaan_toezegging,
    level.zienswijze_toezegging,
    level.wegen_toezegging,
    level.onafhankelijk_bestuur,
    level.toezegging_vooraf,
    level.toezegging_botst,
    level.boven_plafond,
    level.onder_ruimte,
    level.budgetrecht,
    level.kaders_raad,
    level.toezegging,
    level.toets,
    level.budget_verlaagd,
    # the stakeholders
    stakeholders.kwadrant,
    stakeholders.gelijke_partijen,
    stakeholders.kaart,
    stakeholders.krachtenveld,
    stakeholders.vertrouwen,
    stakeholders.inclusie,
    stakeholders.route,
    stakeholders.drempels,
    stakeholders.toegankelijk,
    stakeholders.plekken,
    stakeholders.afhankelijk,
    stakeholders.inschrijver,
    stakeholders.mede_initiatief,
    voorwaarden.deelnemers,
    # the roles
    roles.overheidsrol,
    roles.raad,
    roles.college,
    roles.burgemeester,
    roles.driehoek,
    roles.ambtelijk,
    roles.griffie,
    roles.presidium,
    roles.inwoners,
    roles.initiatiefnemer,
    roles.anderen,
    roles.uitvoerders,
    # the mix, in the order its steps run (analysis.mix.samenstellen.STAPPEN), then budget and
    # time, and the calendar; the costs are sized to the case before the mix is made
    kosten.op_schaal,
    ontwerp.plafond,
    kandidaten.voldoet,
    instrument.instrumenten,
    stemming.stemming,
    politiek.via_de_griffie,
    breed.verbreding,
    verdieping.verdieping,
    adviesorgaan.adviesorgaan,
    besluiten.besluiten,
    doen.doen,
    inclusie.inclusie,
    groepen.georganiseerd_bediend,
    groepen.kanten,
    kwetsbaar.via_gemeente,
    onderwerpen.feitentoets,
    onderwerpen.onderwerpen,
    onderwerpen.per_huishouden,
    onderwerpen.per_straat,
    zicht.schouw_met_wie_niet_ziet,
    onderwerpen.rechten,
    afwegen.afwegen,
    route.routeren,
    mix_feiten.feiten,
    groepen.afspraak,
    dekking.dekking,
    partners.partners_eerst,
    voorstel.voorgesteld,
    voorstel.ontwerp_buren,
    voorstel.voorgesteld_voor_achterban,
    kwetsbaar.alle_kanten,
    kwetsbaar.apart,
    kwetsbaar.gescheiden,
    gelijk.gelijk,
    polarisatie.polarisatie,
    terugkoppeling.terugkoppeling,
    terugkoppeling.aangepast_plan,
    toezegging.toezegging,
    drempel.drempel,
    zorgen.zorgen,
    belofte.beloften_nagaan,
    terugkoppeling.leerarena,
    organisator.organisator,
    mix_kosten.kosten_van,
    budget.inkrimpen,
    kanaal.kanaal,
    budget.inclusiekosten,
    plan.past_in_tijd,
    plan.na_het_besluit,
    plan.kandidaat_buren,
    plan.levertijd,
    plan.eerst_de_keuze,
    plan.advies_op_concept,
    adviesvraag.toegezegd_advies,
    toezegging.toezegging_in_reactie,
    planning_feiten.feiten_eerst,
    planning_persoonlijk.eerst_persoonlijk,
    planning_beschikbaar.beschikbaar,
    planning_volgorde.volgorde_vast,
    planning_perioden.met_perioden,
    planning.plan,
    planning.samenhang,
    planning.reactieronde,
    planning.verwerken,
    planning.later_besluit,
    planning_stukken.stukken_na_inbreng,
    planning_keuze.na_de_keuze,
    # what the text names but the fields do not, once the design is known
    gate.instrument_in_tekst,
    planning.datum_in_tekst,
    # the legal frames
    law.omgevingswet,
    law.ruimtelijk,
    law.participatieverordening,
    law.regeling,
    law.grondverkoop,
    law.didam,
    law.huisvesting,
    law.peildatum,
    law.wetfeiten,
    law.terras,
    law.gezondheidsgegevens,
    law.clientenparticipatie,
    law.referendum,
    law.uitdaagrecht,
    law.renovatie,
    law.verkeersbesluit,
    law.aanwijzing,
    law.subsidie,
    law.bezwaar,
    law.sluitstukken,
    law.begroting,
    law.kaders,
    law.anders,
    law.heffing,
    law.voorschriften,
    # the first conversation, lessons and dilemmas, the leerarena, earlier processes
    conversation.referentiekader,
    conversation.herstart,
    conversation.stukken,
    lessons.lessen,
    lessons.dilemmas,
    lessons.leerarena,
    ervaring.similar_cases,
)


def _op_id(regels: tuple[Regel[..., Any], ...]) -> Mapping[str, Regel[..., Any]]:
    uit: dict[str, Regel[..., Any]] = {}
    for r in regels:
        if r.id in uit:
            raise ValueError(f"rule id {r.id!r} registered twice")
        uit[r.id] = r
    return MappingProxyType(uit)


REGELS: Mapping[str, Regel[..., Any]] = _op_id(REGISTER)
"""Every rule by its id: for the report, ``pionieren regels`` and an advice read from JSON."""


def per_thema() -> list[Regel[..., Any]]:
    """The rules as ``pionieren regels`` lists them: by theme, then by id."""
    themas = list(Thema)
    return sorted(REGISTER, key=lambda r: (themas.index(r.thema), r.id))


ONDERDELEN: tuple[tuple[Regel[..., Any], Callable[[Advies], bool]], ...] = (
    (conversation.referentiekader, lambda a: bool(a.vragen)),
    (lessons.leerarena, lambda a: a.leerarena is not None),
    (planning.plan, lambda a: bool(a.planning)),
    (
        planning.reactieronde,
        lambda a: any(
            p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie" for p in a.planning
        ),
    ),
    (
        plan.na_het_besluit,
        lambda a: any(p.fase is Procesfase.uitwerken for p in a.planning),
    ),
    (
        plan.eerst_de_keuze,
        lambda a: any(
            p.uitleg is not None and p.uitleg.sleutel == "FASE.volgorde" for p in a.planning
        ),
    ),
    (
        plan.advies_op_concept,
        lambda a: any(
            p.uitleg is not None and p.uitleg.sleutel == "FASE.advies_op_concept"
            for p in a.planning
        ),
    ),
    (
        adviesvraag.toegezegd_advies,
        lambda a: any(
            p.uitleg is not None and p.uitleg.sleutel == "FASE.toegezegd_advies" for p in a.planning
        ),
    ),
    (
        toezegging.toezegging_in_reactie,
        lambda a: any(
            p.uitleg is not None
            and p.uitleg.sleutel == "FASE.reactie"
            and "toegezegd" in p.uitleg.waarden
            for p in a.planning
        ),
    ),
    (
        planning_persoonlijk.eerst_persoonlijk,
        lambda a: any(
            p.uitleg is not None and p.uitleg.sleutel == "FASE.eerst_persoonlijk"
            for p in a.planning
        ),
    ),
    (
        planning_perioden.met_perioden,
        lambda a: any(
            x.get("naam") in planning_perioden.PERIODEN
            for p in a.planning
            if p.uitleg is not None
            for x in p.uitleg.waarden.get("vakanties") or []
            if isinstance(x, dict)
        ),
    ),
    (lessons.lessen, lambda a: bool(a.lessen)),
    (lessons.dilemmas, lambda a: bool(a.dilemmas)),
    (ervaring.similar_cases, lambda a: a.ervaringen is not None),
)
"""The parts of an advice that one rule makes as a whole, in the order the account names
them, with the test whether the rule produced that part."""


def toegepast(advies: Advies) -> list[str]:
    """The ids of the rules that produced something in ``advies``, each once, in the order of
    its account: who decides, the level, the stakeholders, the roles, the mix, the findings
    (most serious first), then the parts one rule makes as a whole (:data:`ONDERDELEN`).

    Why: the list follows from the advice itself, so a rule that produced nothing is not
    named and no list of ids is kept by hand."""
    ids = [
        decision.decide.id,  # the decision model is always made
        *advies.trede.regels,
        *(r for b in advies.belanghebbenden for r in b.regels),
        *(r for t in advies.rolverdeling for r in t.regels),
        *(r for m in advies.mix for r in m.regels),
        *(b.regel for b in advies.bevindingen),
        *(regel.id for regel, gemaakt in ONDERDELEN if gemaakt(advies)),
    ]
    return list(dict.fromkeys(ids))


def rules_markdown() -> str:
    """The rule register as a Markdown page (docs/regels.md), like an algorithm register."""
    regels = per_thema()
    uit = [
        "# Regels van de analyse",
        "",
        "<!-- Gemaakt met `pionieren regels --formaat md`; niet met de hand bewerken. -->",
        "",
        f"De analyse van pionieren bestaat uit {len(regels)} regels. Elke uitspraak in een advies "
        "noemt de regel waar zij uit volgt. De bronnen staan in het bronnenregister "
        "(`pionieren bronnen`).",
    ]
    thema = None
    for r in regels:
        if r.thema != thema:
            thema = r.thema
            uit += ["", f"## {thema.titel}"]
        uit += [
            "",
            f"### {r.id}: {r.titel}",
            "",
            r.uitleg,
            "",
            f"Bronnen: {', '.join(f'`{b}`' for b in r.bronnen)}",
        ]
    return "\n".join(uit) + "\n"

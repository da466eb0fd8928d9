"""The mix from start to end: the steps in order, the attempts for budget and time, and the
design as the advice shows it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.adviesorgaan import adviesorgaan
from pionieren.analysis.mix.adviesvraag import toegezegd_advies
from pionieren.analysis.mix.afwegen import aan_tafel, afwegen, bezoek_los
from pionieren.analysis.mix.belofte import beloften_nagaan
from pionieren.analysis.mix.besluiten import besluiten
from pionieren.analysis.mix.breed import verbreding
from pionieren.analysis.mix.budget import (
    FORMEEL_ADVIES,
    betaalde_leider_terug,
    inclusiekosten,
    inkrimpen,
    kwijt_nagaan,
    minstens_initiatiefnemer,
    past_in_budget,
    uitkomst,
)
from pionieren.analysis.mix.dekking import dekking
from pionieren.analysis.mix.didam import gelijke_kans
from pionieren.analysis.mix.doen import doen
from pionieren.analysis.mix.drempel import drempel
from pionieren.analysis.mix.feiten import feiten
from pionieren.analysis.mix.gelijk import gelijk
from pionieren.analysis.mix.groepen import afspraak, georganiseerd_bediend, kanten
from pionieren.analysis.mix.inclusie import (
    eigen_gesprek,
    eigen_onderwerpen,
    inclusie,
    inclusie_nagaan,
    inclusie_reden,
)
from pionieren.analysis.mix.instrument import instrumenten, onafhankelijk
from pionieren.analysis.mix.kanaal import kanaal
from pionieren.analysis.mix.kandidaten import Voorkeur, signaal
from pionieren.analysis.mix.kosten import (
    aantallen,
    betaald_door,
    kosten,
    kosten_van,
    met_onvoorzien,
    raming,
    schatting,
    uit_het_budget,
)
from pionieren.analysis.mix.kwetsbaar import alle_kanten, apart, gescheiden, scheiden, via_gemeente
from pionieren.analysis.mix.onderwerpen import (
    nodig,
    onderwerpen,
    per_straat,
    rechten,
    vervangt_bezoek,
)
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp, fase_van
from pionieren.analysis.mix.organisator import organisator
from pionieren.analysis.mix.partners import partners_eerst
from pionieren.analysis.mix.plan import (
    _feitenonderzoek,
    gekozen_plek,
    kandidaat_buren,
    maak_plan,
    past_in_tijd,
)
from pionieren.analysis.mix.polarisatie import polarisatie
from pionieren.analysis.mix.route import routeren
from pionieren.analysis.mix.stemming import stemming
from pionieren.analysis.mix.terugkoppeling import (
    aangepast_plan,
    leerarena,
    leerarena_met_raad,
    niet_na_de_aanvraag,
    terugkoppeling,
)
from pionieren.analysis.mix.toezegging import (
    toezegging,
    toezegging_in_reactie,
    toezegging_na_krimp,
)
from pionieren.analysis.mix.verdieping import sleutelspelers_bediend, tegen_eerst, verdieping
from pionieren.analysis.mix.voorstel import ontwerp_buren, voorgesteld, voorgesteld_voor_achterban
from pionieren.analysis.mix.zicht import schouw_met_wie_niet_ziet
from pionieren.analysis.mix.zorgen import zorgen, zorgen_nagaan
from pionieren.analysis.planning import Geplaatst
from pionieren.analysis.planning_datums import op_werkdagen
from pionieren.analysis.planning_herstel import geen_ronde_na_besluit
from pionieren.analysis.planning_keuze import na_de_keuze
from pionieren.analysis.planning_stukken import reactie_moment_nagaan, stukken_na_inbreng
from pionieren.analysis.result import (
    BelanghebbendeAdvies,
    BesluitAdvies,
    Bevinding,
    Middelen,
    MixOnderdeel,
    OnderwerpAdvies,
    PlanFase,
    Tekstdeel,
    deel,
)
from pionieren.knowledge.feestdagen import werkdag_voor
from pionieren.vocabulary import (
    Betaler,
    Initiatiefnemer,
    Kenmerk,
    Modus,
    Procesfase,
    Reikwijdte,
    Ruimte,
    SoortBelanghebbende,
    Trede,
    Vakantieregio,
)

STAPPEN: tuple[Callable[[Ontwerp], None], ...] = (
    instrumenten,  # MIX-INSTRUMENT (with MIX-POLITIEK; MIX-PLAFOND on every choice)
    stemming,  # MIX-STEMMING: a binding vote on a fixed package is a veto, on no point
    verbreding,  # MIX-VERBREDING
    verdieping,  # MIX-VERDIEPING
    adviesorgaan,  # MIX-ADVIESORGAAN
    besluiten,  # MIX-BESLUITEN
    doen,  # MIX-DOEN
    sleutelspelers_bediend,  # MIX-VERDIEPING: every sleutelspeler served
    inclusie,  # MIX-INCLUSIE
    georganiseerd_bediend,  # MIX-GEORGANISEERD
    kanten,  # MIX-KANTEN: every organised side the text counts is on the map
    via_gemeente,  # MIX-KWETSBAAR
    onderwerpen,  # MIX-ONDERWERP: every open point at adviseren or more has a werkvorm
    per_straat,  # MIX-STRAAT: a point decided per straat gets a form in the street
    schouw_met_wie_niet_ziet,  # MIX-SCHOUW-ZICHT: blind inwoners walk the place together
    rechten,  # MIX-RECHTEN: opponents capped on others' rights; those concerned at the hearing
    afwegen,  # MIX-AFWEGEN: inwoners weigh the options on every point they advise on
    feiten,  # MIX-FEITEN: the sides research a disputed fact together before the choice
    bezoek_los,  # MIX-ONDERWERP: a visit to reach one group no longer carries a point others do
    afspraak,  # MIX-AFSPRAAK: every party at an agreement or a trial
    dekking,  # MIX-DEKKING: every party with a stake has a place before the decision
    partners_eerst,  # MIX-PARTNERS-EERST: blocking partners in the first phase
    eigen_gesprek,  # MIX-INCLUSIE: a large stake and little influence: a talk in person
    voorgesteld,  # MIX-VOORSTEL: a proposed werkvorm is judged, not adopted as is
    ontwerp_buren,  # MIX-ONTWERP-BUREN: opponents take part in the design
    voorgesteld_voor_achterban,  # MIX-ACHTERBAN: a proposed form first for the proposer's group
    vervangt_bezoek,  # MIX-EIGEN-BEZIT: the agreement per household replaces an ordinary visit
    alle_kanten,  # MIX-ALLE-KANTEN: both sides of the conflict at a joint fact-finding
    apart,  # MIX-APART: vulnerable groups not in a gathering with opponents
    gescheiden,  # MIX-GESCHEIDEN: confidential groups and opposing sides not in one form
    gelijk,  # MIX-GELIJK: the neighbours of every candidate place get the same forms
    inclusie_nagaan,  # MIX-INCLUSIE: no gap named for a group a later werkvorm reaches
    polarisatie,  # MIX-POLARISATIE
    terugkoppeling,  # MIX-TERUGKOPPELING
    aangepast_plan,  # MIX-AANGEPAST-PLAN: the initiator shows the adjusted plan before applying
    toezegging,  # MIX-TOEZEGGING: the promised point has an owner and an answer moment
    drempel,  # MIX-DREMPEL: a vote with a threshold gets its counting rules beforehand
    zorgen,  # MIX-ZORGEN: every worry its own step early, and a word in the feedback
    tegen_eerst,  # MIX-VERDIEPING: a talk only with opponents starts in the preparation
    leerarena,  # MIX-LEERARENA
)
"""The steps of one attempt at the mix, in the order they run: each fills its slot in the
design so far. Order matters: a later step counts what an earlier one chose."""


def bouw(
    f: Feiten,
    advies: Trede,
    analyse: list[BelanghebbendeAdvies],
    voorkeur: Voorkeur,
    besluit: BesluitAdvies,
    hoogste: Trede | None = None,
    ruimte: Trede | None = None,
    punten: list[OnderwerpAdvies] | None = None,
) -> tuple[list[Keuze], list[Bevinding]]:
    """One attempt at the mix, preferring ``voorkeur``: every step in turn."""
    o = Ontwerp.begin(f, advies, analyse, besluit, voorkeur, hoogste, ruimte, punten)
    for stap in STAPPEN:
        stap(o)
    return o.keuzes, o.bevindingen


_VOLGORDE = {Modus.denken: 0, Modus.besluiten: 1, Modus.doen: 3}
_FASE_ORDE = {fase: i for i, fase in enumerate(Procesfase)}


def compose_mix(
    f: Feiten,
    advies: Trede,
    analyse: list[BelanghebbendeAdvies],
    besluit: BesluitAdvies,
    hoogste: Trede | None = None,
    ruimte: Trede | None = None,
    punten: list[OnderwerpAdvies] | None = None,
) -> tuple[list[MixOnderdeel], list[PlanFase], Middelen, list[Bevinding]]:
    """Choose the mix; prefer quality, then cheap or fast variants when budget or time demand."""
    pogingen: dict[Voorkeur, tuple[list[Keuze], list[Bevinding]]] = {}
    gekozen = None
    for voorkeur in Voorkeur:
        pogingen[voorkeur] = bouw(f, advies, analyse, voorkeur, besluit, hoogste, ruimte, punten)
        poging = pogingen[voorkeur][0]
        if past_in_budget(f, poging) and past_in_tijd(f, poging, besluit, advies):
            gekozen = voorkeur
            break
    if gekozen is None:
        budget_ok = past_in_budget(f, pogingen[Voorkeur.goedkoop][0])
        gekozen = Voorkeur.goedkoop if not budget_ok else Voorkeur.snel
    keuzes, bevindingen = pogingen[gekozen]
    voor_krimp = list(keuzes)
    keuzes, weggelaten = inkrimpen(f, keuzes)
    bevindingen = [*bevindingen, *weggelaten]
    # the promised step the cut took out: the step that now carries its points says it
    toezegging_na_krimp(f, voor_krimp, keuzes)
    # a jury that judges bids stays independent, when the case asks for it (MIX-INSTRUMENT)
    onafhankelijk(
        f, [k for k in keuzes if _trede_van(k, punten or []).rang >= Trede.meebeslissen.rang]
    )
    # a group whose route is a meeting or a visit is reached there (rule MIX-KANAAL)
    kanaal(f, keuzes)
    # a hard-to-reach group is asked on its own form about the points that concern it
    eigen_onderwerpen(f, keuzes, punten or [])
    # a smaller design may bring groups together that must stay apart (rule MIX-GESCHEIDEN)
    keuzes = scheiden(f, keuzes)

    planning = maak_plan(f, keuzes, besluit, advies, punten)
    # a last pass once the calendar is made: every paper closes after its inputs
    planning = stukken_na_inbreng(f, planning, keuzes)
    # a round that no longer fits before the moment that fixes its topic went (PLAN-STUKKEN)
    vervallen = {
        id
        for b in planning.bevindingen
        if b.sleutel == "PLAN-STUKKEN.na_vaststelling"
        for id in b.waarden.get("vervallen", [])
    } - {id for g in planning.fasen for id in g.werkvormen}
    keuzes = [k for k in keuzes if k.werkvorm.id not in vervallen]
    # what depends on a choice before the decision comes after that choice (PLAN-NA-KEUZE)
    planning = na_de_keuze(f, planning, keuzes)
    # the promised advice on the concept, dated against those papers (PLAN-TOEGEZEGD-ADVIES)
    planning = toegezegd_advies(f, planning, keuzes)
    # the promised advice in the round where everyone reacts (PLAN-TOEZEGGING-REACTIE)
    planning = toezegging_in_reactie(f, planning, keuzes)
    # nothing that feeds the decision after it: a last repair of the calendar
    planning = geen_ronde_na_besluit(f, planning)
    # the dates last: none before the report's date, none on a public holiday (PLAN-KALENDER)
    planning = op_werkdagen(f, planning)
    # a note that a reaction round misses a moment's papers, read against the final calendar
    planning = reactie_moment_nagaan(f, planning)
    keuzes = niet_na_de_aanvraag(keuzes, planning.fasen)
    # no point on a werkvorm that ends after the moment that fixes it (rule MIX-ROUTE)
    bevindingen += routeren(
        f,
        keuzes,
        punten or [],
        {id: (g.start, g.eind) for g in planning.fasen for id in g.werkvormen},
        advies,
    )
    # every choice weighed with the groups it concerns most, or a word on who is missing
    # (rule MIX-AFWEGEN); on the final design, as the planning still moves points
    aan_tafel(f, keuzes, punten or [])
    # no candidate buyer at a closed table that shapes a sale of the gemeente's own property
    # (rule WET-DIDAM)
    gelijke_kans(f, keuzes)
    # every worry answered exactly once in the design that is left (rule MIX-ZORGEN)
    bevindingen += zorgen_nagaan(f, keuzes)
    # a group a promise names and no step reaches: said plainly in the summary (MIX-BELOFTE)
    bevindingen += beloften_nagaan(f, keuzes)
    bevindingen += planning.bevindingen
    # a paid chair a cut made a colleague comes back when the final design has room for it
    terug = betaalde_leider_terug(f, keuzes)
    if terug != keuzes:
        keuzes = terug
        for b in [*weggelaten, *bevindingen]:
            if b.regel == "MIX-BUDGET" and b.waarden.get("collega"):
                b.waarden["collega"] = False
    budget_ = f.vraagstuk.kaders.budget_euro
    for b in weggelaten:
        if b.sleutel in ("MIX-BUDGET.kleiner", "MIX-BUDGET.grens") and budget_ is not None:
            # the design the report costs: one amount and one shortfall (review 42d)
            b.waarden["kosten"] = schatting(f, keuzes)
            b.waarden["tekort"] = max(0, b.waarden["kosten"] - budget_)
        if b.sleutel == "MIX-BUDGET.kleiner":
            # a group said to lose its talk, read against the final design (review 55d)
            kwijt_nagaan(f, keuzes, b)
    if not any(b.sleutel == "MIX-BUDGET.kleiner" for b in weggelaten):
        bevindingen += uitkomst(f, keuzes, pogingen[Voorkeur.kwaliteit][0], gekozen)
    prijs = kosten(f, keuzes)
    budget = f.vraagstuk.kaders.budget_euro

    datum_van = {id: (g.start, g.eind) for g in planning.fasen for id in g.werkvormen}
    # a body's advice on the concept, moved after the rounds that make it (rule
    # PLAN-ADVIES-OP-CONCEPT), and a formal advice moved after the options are public (rule
    # PLAN-STUKKEN), stand in the phase the calendar gives them
    verplaatst = {
        id: g.fase
        for g in planning.fasen
        if (g.toelichting is not None and g.toelichting.sleutel == "FASE.advies_op_concept")
        or (g.fase is Procesfase.toetsen and not g.op_datum and g.werkvormen == [FORMEEL_ADVIES])
        or (g.toelichting is not None and g.toelichting.sleutel == "FASE.reactie")
        for id in g.werkvormen
    }

    # a joint fact-finding the calendar starts in the first round stands there (rule
    # PLAN-FEITEN-EERST)
    onderzoek = {k.werkvorm.id for k in keuzes if _feitenonderzoek(k)}
    eerst = {
        id
        for g in planning.fasen
        if g.fase is Procesfase.ophalen
        for id in g.werkvormen
        if id in onderzoek
    }
    verplaatst |= dict.fromkeys(eerst, Procesfase.ophalen)
    openbaar = _voor_iedereen(f, planning.fasen)
    inbreng = openbaar is not None and openbaar == f.vraagstuk.kaders.inbreng_uiterlijk

    def fase_in_plan(k: Keuze) -> Procesfase:
        return verplaatst.get(k.werkvorm.id, fase_van(k))

    onderdelen = []
    taal_gezegd: set[str] = set()
    for keuze in sorted(
        keuzes,
        # the adjusted plan closes the talks before the application: last in its phase
        key=lambda k: (
            _FASE_ORDE[fase_in_plan(k)],
            k.werkvorm.id not in eerst,
            "MIX-AANGEPAST-PLAN" in k.regels,
            _VOLGORDE[k.modus],
            k.werkvorm.id,
        ),
    ):
        w = keuze.werkvorm
        fase = fase_in_plan(keuze)
        inclusie = inclusie_reden(f, keuze.inclusie, taal_gezegd, keuze.periode, keuze.werkvorm)
        taal_gezegd |= {n for d in inclusie for t in d.waarden.get("taal", []) for n in t[0]}
        start, eind = datum_van.get(w.id, (None, None))
        naam = w.naam
        if w.id == "leerarena" and not leerarena_met_raad(f, besluit):
            naam = "Evaluatie met deelnemers en projectteam"
        onderdelen.append(
            MixOnderdeel(
                werkvorm=w.id,
                naam=naam,
                modus=keuze.modus,
                trede=_trede_van(keuze, punten or [], keuzes),
                voor=keuze.voor,
                voor_tekst=keuze.voor_tekst,
                redenen=[
                    *(
                        _met_trede(
                            _met_datum(r, eind, openbaar, planning.fasen, inbreng),
                            keuze,
                            punten or [],
                        )
                        for r in keuze.redenen
                    ),
                    *inclusie,
                ],
                waarom="",
                kosten_euro=kosten_van(f, keuze),
                schatting_euro=raming(*kosten_van(f, keuze)),
                weken=w.weken,
                start_week=max(0, (start - f.datum).days // 7) if start else 0,
                eind_week=max(0, (eind - f.datum).days // 7) if eind else 0,
                valkuilen=valkuilen(f, keuze, keuzes),
                regels=keuze.regels,
                fase=fase,
                organisator=organisator(f, keuze),
                betaald_door=betaald_door(f, keuze),
                start=start,
                eind=eind,
                genoemd=keuze.genoemd,
                onderdelen=list(w.onderdelen),
                onderwerpen=list(keuze.onderwerpen),
            )
        )
    onderdelen = gekozen_plek(onderdelen, kandidaat_buren(f, besluit))
    fasen_uit = [
        PlanFase(
            fase=g.fase,
            start=g.start,
            eind=g.eind,
            werkvormen=g.werkvormen,
            # a werkvorm of the case on its own dates in the decision phase (a hearing on a set
            # day) has no account of the decision itself: that is in the decision phase
            uitleg=g.toelichting
            or deel("FASE.op_datum" if g.fase is Procesfase.besluit else f"FASE.{g.fase.value}"),
            toelichting="",
        )
        for g in planning.fasen
    ]
    minstens = set(minstens_initiatiefnemer(f, keuzes))
    middelen = Middelen(
        kosten_min_euro=prijs.gemeente_min,
        kosten_max_euro=prijs.gemeente_max,
        schatting_euro=met_onvoorzien(prijs.initiatiefnemer_min, prijs.initiatiefnemer_max)
        if f.vraagstuk.kaders.betaler is Betaler.initiatiefnemer and budget is not None
        else met_onvoorzien(*uit_het_budget(f, prijs)),
        budget_euro=budget,
        past_in_budget=None if budget is None else uit_het_budget(f, prijs)[0] <= budget,
        weken_nodig=planning.weken_nodig,
        weken_beschikbaar=f.weken_beschikbaar,
        past_in_tijd=planning.past,
        kosten_initiatiefnemer_min_euro=prijs.initiatiefnemer_min,
        kosten_initiatiefnemer_max_euro=prijs.initiatiefnemer_max,
        kosten_uitvoering_min_euro=prijs.uitvoering_min,
        kosten_uitvoering_max_euro=prijs.uitvoering_max,
        kosten_anderen_min_euro=prijs.anderen_min,
        kosten_anderen_max_euro=prijs.anderen_max,
        # in the order of the table of the design
        minstens_initiatiefnemer=[o.naam for o in onderdelen if o.naam in minstens],
        kosten_aantallen=aantallen(f, keuzes),
        kosten_inclusie=inclusiekosten(f, keuzes),
    )
    return onderdelen, fasen_uit, middelen, bevindingen


#: A pitfall that warns the outcome is already fixed ("het ontwerp ligt eigenlijk al vast"):
#: true where the room is small, a contradiction where the case leaves real room.
_AL_VAST = ("eigenlijk al vast", "eigenlijk al een besluit")


def bereikt(f: Feiten, keuze: Keuze, groep: SoortBelanghebbende | Kenmerk) -> bool:
    """Does this form let ``groep`` take part (at raadplegen or higher)? A soort of belanghebbende
    when a group of that soort is named at it, or when it is broad and open to that soort; a
    kenmerk when the catalogue says the form reaches people with it."""
    w = keuze.werkvorm
    if keuze.trede.rang < Trede.raadplegen.rang:
        return False
    if isinstance(groep, Kenmerk):
        return groep in w.bereikt
    soort = {p.naam: p.soort for p in f.vraagstuk.belanghebbenden}
    if any(soort.get(n) is groep for n in keuze.voor):
        return True
    return w.verbreding_of_verdieping is Reikwijdte.verbreding and groep in w.doelgroepen


def valkuilen(f: Feiten, keuze: Keuze, keuzes: list[Keuze] | None = None) -> list[str]:
    """The werkvorm's pitfalls, the one the report shows first. A pitfall that says a group is
    missing goes when the design reaches that group: a kenmerk through another form, individual
    inwoners through any form (review 36: "alleen georganiseerde belangen zitten aan tafel"
    next to a survey open to all and kitchen-table talks). A pitfall that says the outcome
    is already fixed goes when the points this form carries (or, without points, the case)
    have room middel or groot: there it contradicts the kaders (review 29: "het ontwerp ligt
    eigenlijk al vast" next to open roads and measures). A pitfall goes for a form only for
    groups it does not apply to (``valkuil_niet_voor``: no working people among the elderly)."""
    w = keuze.werkvorm
    if w.id == "ledenvergadering" and f.vraagstuk.initiatiefnemer is Initiatiefnemer.gemeente:
        # the members of an association decide their own matter in a process the gemeente
        # runs: nobody joins a club to have a say in the gemeente's decision (review 46a)
        return []
    if w.signalen and signaal(f, w) is None:
        # a form made for one domain (advice at home on disconnecting rainwater), here because
        # the case named it for another: its pitfalls and their sources are from that domain,
        # and would be cited for this one (review 45a: an 'afkoppelcoach' at a monument visit)
        return []
    alle = [
        v
        for v in w.valkuilen
        if not w.ontbreekt(v)
        or not all(
            any(
                bereikt(f, k, g)
                for k in keuzes or []
                if k is not keuze or isinstance(g, SoortBelanghebbende)
            )
            for g in w.ontbreekt(v)
        )
    ]
    kenmerken = {p.naam: set(p.kenmerken) for p in f.vraagstuk.belanghebbenden}
    if keuze.voor:
        # a pitfall that does not apply to the groups the form is for (working people are not
        # at home in the day, said at a visit to older people; review 43c)
        alle = [
            v
            for v in alle
            if not all(kenmerken.get(n, set()) & set(w.niet_voor(v)) for n in keuze.voor)
        ]
    if keuze.trede is Trede.meebeslissen:
        # a vote in which inwoners decide (the tenants' draagvlakmeting the promise makes
        # binding) counts every voter of a known group: it is no sample, and 'wie zelf invult,
        # is geen afspiegeling' misreads it (review 62b, Hoeverzeel)
        alle = [v for v in alle if "afspiegeling" not in v.casefold()]
    if "MIX-PARTNERS-EERST" in keuze.regels:
        # the overleg comes first now: the pitfall of coming too late is answered
        alle = [v for v in alle if "te laat" not in v.casefold()]
    if not any(t in v for v in alle for t in _AL_VAST):
        return alle
    kaders = f.vraagstuk.kaders
    ruimtes = [
        p.ruimte or kaders.beinvloedingsruimte
        for p in kaders.open
        if p.onderwerp in keuze.onderwerpen
    ] or [kaders.beinvloedingsruimte]
    if any(r in (Ruimte.middel, Ruimte.groot) for r in ruimtes):
        # untrue where the case leaves real room (review 44b: the atelier of an open plan)
        return [v for v in alle if not any(t in v for t in _AL_VAST)]
    return alle


def _voor_iedereen(f: Feiten, fasen: list[Geplaatst]) -> date | None:
    """The day the plan's reaction round for everyone opens, before the main decision; without
    one, the day the proposal's papers are due. None when the plan has neither."""
    besluit = next((g for g in fasen if g.fase is Procesfase.besluit), None)
    rondes = [
        g.start
        for g in fasen
        if g.toelichting is not None
        and g.toelichting.sleutel == "FASE.reactie"
        and g.start > f.datum
        and (besluit is None or g.start < besluit.start)
    ]
    uit: date | None = None
    if rondes:
        zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
        uit = werkdag_voor(min(rondes) - timedelta(days=1), zuid)
    else:
        stukken = (
            besluit.toelichting.waarden.get("stukken") if besluit and besluit.toelichting else None
        )
        uit = date.fromisoformat(stukken) if stukken else None
    # the participation's outcome is due earlier (kaders.inbreng_uiterlijk): so is what it
    # needs (review 54b, Hunsewold: the inquiry's outcome 'uiterlijk 17 juni 2027', the
    # gemeente's input due on 31 May)
    inbreng = f.vraagstuk.kaders.inbreng_uiterlijk
    if uit is not None and inbreng is not None and f.datum < inbreng < uit:
        return inbreng
    return uit


def _moment_na(
    fasen: list[Geplaatst], eind: date | None, openbaar: date
) -> tuple[date, date] | None:
    """The first fixed moment with papers after ``eind`` whose papers are due before
    ``openbaar``: (the moment, its papers' date)."""
    if eind is None:
        return None
    for g in sorted(fasen, key=lambda x: x.start):
        if g.toelichting is None or g.toelichting.sleutel != "FASE.moment":
            continue
        stukken = g.toelichting.waarden.get("stukken")
        if g.start > eind and stukken and eind <= date.fromisoformat(stukken) < openbaar:
            return g.start, date.fromisoformat(stukken)
    return None


def _met_datum(
    r: Tekstdeel,
    eind: date | None,
    openbaar: date | None = None,
    fasen: list[Geplaatst] | None = None,
    inbreng: bool = False,
) -> Tekstdeel:
    """The promised step says by when its advice goes to the promiser (rule MIX-TOEZEGGING):
    the end of the werkvorm, known once it is planned. A joint inquiry into the facts says by
    when its outcome is public: the day the reaction round for everyone opens, or else the
    papers' date, as the calendar has them (``openbaar``; review 50b, Veendijk: the inquiry
    named 4 May, the calendar's papers were due 22 April)."""
    if r.sleutel == "MIX-VOORSTEL.feiten" and r.waarden.get("klaar") and openbaar is not None:
        moment = _moment_na(fasen or [], eind, openbaar)
        if moment is not None:
            # the inquiry feeds a fixed moment before that (a commissie on the concept): its
            # outcome is public before that moment's papers (review 52a, Oosterzande: 'uiterlijk
            # 25 mei', six weeks after the commissie of 13 April it should feed)
            return deel(
                r.sleutel,
                **{**r.waarden, "klaar": moment[1].isoformat(), "moment": moment[0].isoformat()},
            )
        extra = {"inbreng": True} if inbreng else {}
        return deel(r.sleutel, **{**r.waarden, "klaar": openbaar.isoformat(), **extra})
    if r.sleutel != "MIX-TOEZEGGING" or eind is None:
        return r
    return deel(r.sleutel, **r.waarden, datum=eind)


def _met_trede(r: Tekstdeel, k: Keuze, punten: list[OnderwerpAdvies]) -> Tekstdeel:
    """The sentence of the form where inwoners make choices follows the level of the open
    points it carries: 'inwoners maken zelf keuzes' only where they decide on them (review 51a:
    an ontwerpatelier for points where they advise)."""
    if r.sleutel != "MIX-BESLUITEN.gekozen":
        return r
    treden = [p.trede for p in punten if p.open and p.onderwerp in k.onderwerpen]
    if not treden:
        return r
    hoogste = max(treden, key=lambda t: t.rang)
    return deel(r.sleutel, **{**r.waarden, "trede": hoogste.value})


def _trede_van(k: Keuze, punten: list[OnderwerpAdvies], keuzes: list[Keuze] | None = None) -> Trede:
    """The level a werkvorm shows: never above what is promised on the open points it carries,
    so the table and the summary say the same (review 31c: a convenant 'coproduceren' in the
    table and 'adviseren' in the summary)."""
    treden = [p.trede for p in punten if p.open and p.onderwerp in k.onderwerpen]
    if not treden and k.werkvorm.bronnen == ["eigen"] and punten:
        # the case's own form the catalogue lacks, on no open point (a market consultation of
        # possible bidders): it gathers views, it decides nothing here (review 56c)
        return min(k.trede, Trede.raadplegen, key=lambda t: t.rang)
    if not treden:
        return k.trede
    hoogste = max(treden, key=lambda t: t.rang)
    if hoogste.rang >= k.trede.rang:
        return k.trede
    # only a level the form itself can carry, and never below the promise: the lowest level of
    # the form at or above it (a convenant goes down to adviseren; a zelfbeheer contract or the
    # uitdaagrecht stays at its own level; found by the property test)
    kan = [t for t in k.werkvorm.treden if hoogste.rang <= t.rang <= k.trede.rang]
    if kan and min(kan, key=lambda t: t.rang) is not hoogste and keuzes is not None:
        # the form has no level equal to its points' (a buurtmiddag: raadplegen or
        # coproduceren, on points at adviseren): it shows its level below theirs when every
        # point has another form at its level, never a level no point allows (rule
        # MIX-ROUTE; review 58b: a buurtmiddag 'coproduceren' on points at most adviseren)
        lager = [t for t in k.werkvorm.treden if t.rang < hoogste.rang]
        gedragen = all(
            any(
                a is not k and p.onderwerp in a.onderwerpen and a.trede.rang >= nodig(p).rang
                for a in keuzes
            )
            for p in punten
            if p.open and p.onderwerp in k.onderwerpen
        )
        if lager and gedragen:
            return max(lager, key=lambda t: t.rang)
    return min(kan, key=lambda t: t.rang) if kan else k.trede

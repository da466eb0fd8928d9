"""The budget: a design that fits, a smaller one that still serves every group, or a smaller
one still that says what it gives up."""

from __future__ import annotations

import dataclasses
import re
from itertools import combinations, product

from pionieren.analysis.facts import (
    MOTIE,
    REFERENDUM,
    Feiten,
    bevinding,
    hoog_of_middel,
    samen_meervoud,
)
from pionieren.analysis.mix.belofte import beloofd_aan
from pionieren.analysis.mix.bereik import (
    _route_patroon,
    alleen_persoonlijk,
    alleen_via,
    georganiseerd,
    route_past,
    vergadert,
    vertrouwelijk,
)
from pionieren.analysis.mix.kandidaten import Voorkeur
from pionieren.analysis.mix.kosten import (
    _BEDRAG,
    ONVOORZIEN,
    aantal_van,
    betaald_door,
    betaalt_gemeente,
    budget_min,
    eigen_aantal,
    eigen_besluit,
    kosten,
    kosten_van,
    met_onvoorzien,
    raming,
    schatting,
    uit_het_budget,
    van_een_ander,
    vergoeding_van,
    wettelijk_advies,
)
from pionieren.analysis.mix.kwetsbaar import kwetsbaar, per_huishouden
from pionieren.analysis.mix.onderwerpen import mag_zitten
from pionieren.analysis.mix.ontwerp import Keuze, fase_van, voor_het_besluit
from pionieren.analysis.mix.organisator import organisator
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst, deel
from pionieren.analysis.stakeholders import spreekt_weinig_nederlands
from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.knowledge.models import Werkvorm
from pionieren.text import euro, meervoudig
from pionieren.vocabulary import (
    Bereikbaarheid,
    Beslisser,
    Betaler,
    Groepen,
    Houding,
    Kenmerk,
    Modus,
    Niveau,
    Orgaan,
    Organisator,
    Procesfase,
    Reikwijdte,
    SoortBelanghebbende,
    Status,
    Trede,
    Werving,
)
from pionieren.woorden import gedeeld, kernwoorden


def blijft(f: Feiten, k: Keuze) -> bool:
    """Does this choice stay in any smaller design? The case's own instruments, the raad's,
    the feedback and the evaluation, what another party pays, the forms that reach
    hard-to-reach groups and the work during the execution always stay. (The evaluation may
    still go in a design that is tight (:func:`krap`) or smaller still (:func:`onmisbaar`).)"""
    return bool(
        k.genoemd
        or {"MIX-INSTRUMENT", "MIX-POLITIEK"} & set(k.regels)
        or k.werkvorm.id in ("terugkoppeling", "leerarena")
        or not betaalt_gemeente(f, organisator(f, k))
        or van_een_ander(f, k)
        or eigen_besluit(f, k)
        or k.inclusie
        or fase_van(k) is Procesfase.uitvoering
        or draagt_belofte(f, k)
        # the step where inwoners weigh the options on a point already promised (rule
        # MIX-AFWEGEN): the promise is never lowered
        or afweging_beloofd(f, k)
        or k.eerst_apart
        # the step that answers a worry of the case (rule MIX-ZORGEN)
        or "MIX-ZORGEN" in k.regels
    )


def afweging_beloofd(f: Feiten, k: Keuze) -> bool:
    """Is this the step where inwoners weigh a point whose level was promised (rule
    MIX-AFWEGEN)? When the case marks the points the promise is about (``toegezegd``), only a
    step about one of those.

    Why: review 42d: a promise about the hours of the sports clubs kept a serious game about
    the school gym lessons as the dearest part of a budget it ran over by half."""
    if not k.afweging_toegezegd:
        return False
    gemarkeerd = {p.onderwerp for p in f.vraagstuk.kaders.open if p.toegezegd}
    return not gemarkeerd or bool(gemarkeerd & set(k.onderwerpen))


def draagt_belofte(f: Feiten, k: Keuze) -> bool:
    """Does this choice carry the way of working (samen besluiten, samen doen) of a level the
    raad or college already promised (:func:`belofte`)? Then no budget cut takes it out."""
    return k.modus is not Modus.denken and belofte(f) is not None


_WETTELIJK = frozenset({"zienswijze", *REFERENDUM})
"""Formal steps the law prescribes once their procedure applies: never cut for the budget."""


def onmisbaar(f: Feiten, k: Keuze) -> bool:
    """Does this choice stay even in the smallest design? What the case names itself, the forms
    that reach hard-to-reach groups, the feedback, what costs this budget
    nothing, the evaluation in its least form (review 50b; a fuller evaluation may shrink to it), a formal step of the procedure, the raad's own meeting when the raad decides, and
    what the procedure brings. A part that a named instrument only brings along (the toets of
    an uitdaagrecht that nobody has asked for yet) and a meeting for the raad when the raad
    decides nothing may go."""
    if (
        k.genoemd
        or k.inclusie
        or k.werkvorm.id in ("terugkoppeling", FORMEEL_ADVIES, *_WETTELIJK)
        or (k.werkvorm.id == "leerarena" and proef(f))
        # the least evaluation stays: it costs next to nothing (review 50b)
        or kort_geevalueerd(k)
        or not betaalt_gemeente(f, organisator(f, k))
        or van_een_ander(f, k)
        or eigen_besluit(f, k)
        or fase_van(k) is Procesfase.uitvoering
        # a conversation at a group's own meeting costs next to nothing, and a form added so
        # that a party has a place at all (MIX-DEKKING) is the least that party gets: cutting
        # them saves little and leaves a party unheard before the decision (review 28: the
        # football club dropped to save € 50)
        or k.werkvorm.id == AANSLUITEN
        or "MIX-DEKKING" in k.regels
        or draagt_belofte(f, k)
        # the weighing step of a promised point: the promise is never lowered (MIX-AFWEGEN)
        or afweging_beloofd(f, k)
        or k.eerst_apart
        # the joint look at disputed facts answers the case's own question: cutting it for
        # the budget left a promise of a trusted expert without a step (review 43b)
        or "MIX-FEITEN" in k.regels
        # the talk with each owner about his own house or land (review 54a)
        or per_huishouden(k)
        # the raad's own hearing before its formal zienswijze: inwoners give no zienswijze
        # themselves, so it is their only way to that moment (review 57e: 'Voor het budget
        # vallen weg: hoorzitting of rondetafelgesprek van de raad', for € 100)
        or any(r.sleutel == "MIX-INSTRUMENT.zienswijze_raden" for r in k.redenen)
    ):
        return True
    if "MIX-POLITIEK" in k.regels:
        besluit = f.vraagstuk.besluit
        return besluit is None or besluit.door is Beslisser.raad
    if "MIX-INSTRUMENT" in k.regels:
        if not any(r.sleutel == "MIX-INSTRUMENT.hoort_bij" for r in k.redenen):
            return True
        # a part of an instrument the case has decided on (the broad test of the recommendations
        # of a burgerberaad the raad chose) comes with that instrument
        besloten = {g.id for g in f.vraagstuk.werkvormen if g.status is Status.besloten}
        return any(k.werkvorm.id in w.samen_met for w in f.kennis.werkvormen if w.id in besloten)
    return False


def minstens_initiatiefnemer(f: Feiten, keuzes: list[Keuze]) -> list[str]:
    """The werkvormen the initiator pays that the agreement with the initiator must at least
    hold: a formal step of the procedure, the route to a group that is hard to reach, the first
    talk apart with an opponent, and the feedback.

    Why: review 43d (Kessenrade): the developer pays, and the summary named only the € 600 the
    gemeente pays, not what the college must agree with the developer."""
    moeilijk = {
        p.naam for p in f.vraagstuk.belanghebbenden if p.bereikbaarheid is Bereikbaarheid.moeilijk
    }
    return [
        k.werkvorm.naam
        for k in keuzes
        if betaald_door(f, k) == "initiatiefnemer"
        and (
            moeilijk & set(k.inclusie)
            or k.eerst_apart
            or k.werkvorm.id in ("terugkoppeling", *_WETTELIJK)
        )
    ]


def tegenspelers(f: Feiten) -> set[str]:
    """The opponents with much at stake or much influence: each keeps a step of its own before
    the decision in every smaller design (:func:`kleiner`, :func:`grens`), as a group hard to
    reach keeps its way in.

    Why: review 53a/53b: "Voor het budget krijgt Gebedsgroep ... vóór het besluit geen eigen
    gesprek" and "Voor het budget krijgen deze groepen vóór het besluit geen eigen gesprek:
    Stichting Schone Lucht" next to a table for the other side. A conversation with an
    opponent costs mostly staff hours; without it the process hears one side."""
    return {
        p.naam
        for p in f.vraagstuk.belanghebbenden
        if p.houding is Houding.tegen
        and p.soort is not SoortBelanghebbende.politiek
        and (p.belang is Niveau.hoog or p.invloed is Niveau.hoog)
    }


def eigen_gesprek(f: Feiten, keuzes: list[Keuze]) -> set[tuple[str, str]]:
    """The direct talks before the decision (:func:`functies`) these choices hold with the
    opponents of :func:`tegenspelers`: a smaller design keeps each of them."""
    tegen = tegenspelers(f)
    return {(soort, n) for soort, n in functies(f, keuzes) if soort == "direct" and n in tegen}


def raad_beslist(f: Feiten) -> bool:
    """Does the raad decide (or is that not known)? Only then is a meeting for its fracties a
    step towards the decision."""
    besluit = f.vraagstuk.besluit
    return besluit is None or besluit.door is Beslisser.raad


def telt(f: Feiten, naam: str) -> bool:
    """Does losing this group before the decision weigh in the cut? Not a fractie when the raad
    decides nothing here: it hears the outcome and can ask its own questions."""
    p = next((p for p in f.vraagstuk.belanghebbenden if p.naam == naam), None)
    return p is None or p.soort is not SoortBelanghebbende.politiek or raad_beslist(f)


def functies(f: Feiten, keuzes: list[Keuze]) -> set[tuple[str, str]]:
    """What these choices do in this case beyond serving a group somewhere: the direct talk
    (not a broad form) before the decision with each opponent who has influence, and the
    meeting at the place itself with each group met there.

    Why: a short budget must cut what has no function in this case first (a broad stock form
    whose groups are also met elsewhere), not the one form where the opponents are spoken
    directly (BELANG-KRACHTENVELD: speak them early and directly) or the moment at the place
    the case is about (review 25: the cut removed the moment on the field and kept a meeting
    for a raad that did not decide)."""
    tegen = {
        p.naam
        for p in f.vraagstuk.belanghebbenden
        if p.houding is Houding.tegen and hoog_of_middel(p.invloed) and telt(f, p.naam)
    }
    uit: set[tuple[str, str]] = set()
    for k in keuzes:
        if not voor_het_besluit(k):
            continue
        if k.werkvorm.verbreding_of_verdieping is not Reikwijdte.verbreding:
            uit |= {("direct", n) for n in k.voor if n in tegen}
            if k.werkvorm.groepen is Groepen.georganiseerd or not k.werkvorm.bijeenkomst:
                # the separate first talk with an opponent before the weighing (MIX-AFWEGEN)
                uit |= {("apart", n) for n in k.voor if n in tegen}
        if k.werkvorm.buiten:
            uit |= {("plek", n) for n in k.voor}
        if k.afweging:
            # the step where inwoners weigh the options goes after a form that only collects
            # views (rule MIX-AFWEGEN)
            uit |= {("afweging", p) for p in k.onderwerpen}
    return uit


FORMEEL_ADVIES = "clientenraad"
"""The written advice of an adviesraad or cliëntenraad: its own step, asked in time and answered
in writing. A visit to its meeting is not the same thing (the adviesraad's right to advise is in
its own verordening), so a short budget never swaps it for one (participatieverordening)."""

AANSLUITEN = "eigen-vergadering"
"""The light form of the same kind: a conversation in a meeting or place the group already
has (the koffieochtend, the soos, the training), run by own staff."""


def route(f: Feiten, naam: str) -> str | None:
    """Where a group can be met without a form of its own: the way the vraagstuk names (its
    ``via``), or its own meeting when it is a body that meets. None when neither is known."""
    for p in f.vraagstuk.belanghebbenden:
        if p.naam == naam:
            if p.via:
                return "via " + p.via.strip().rstrip(".")
            return "in de eigen vergadering" if vergadert(p) else None
    return None


_OR = re.compile(r"\bondernemingsraad\b|\bOR\b", re.IGNORECASE)
_NIET_HIER = re.compile(
    r"geen onderwerp|niet (?:in|bij|van) (?:deze|de) participatie|buiten (?:deze|de) participatie",
    re.IGNORECASE,
)


def buiten_de_participatie(f: Feiten, k: Keuze) -> bool:
    """Is this the advice of an ondernemingsraad while the case says its subject (the staff and
    their positions) is no subject of this participation? Then it is no step of the design.

    Why: review 48e (Voorwolde): "the consequences for the two keepers the gemeente discusses
    with them and the ondernemingsraad; that is no subject of the participation", and still
    the design held a written advice of the ondernemingsraad in its budget of € 4,500."""
    return (
        wettelijk_advies(k)
        and all(_OR.search(n) for n in k.voor)
        and any(_OR.search(t) and _NIET_HIER.search(t) for t in f.vraagstuk.kaders.vast)
    )


def zonder_wettelijk(f: Feiten, keuzes: list[Keuze]) -> list[Keuze]:
    """The design without an ondernemingsraad's advice the case puts outside the participation
    (:func:`buiten_de_participatie`): the step goes, and the feedback is not for that body."""
    weg = [k for k in keuzes if buiten_de_participatie(f, k)]
    if not weg:
        return keuzes
    organen = {n for k in weg for n in k.voor}
    over = [k for k in keuzes if k not in weg]
    for k in over:
        for n in organen:
            k.remove(n)
    return over


_PLEK_IN_NAAM = re.compile(r"\b(?:aan|van|in|bij|op)\s+(?:de|het)\s+(\w+)", re.IGNORECASE)
"""Where a group's name says it gathers: the participants "aan de dagbesteding"."""


def ter_plekke(w: Werkvorm, p: Belanghebbende) -> bool:
    """Can this form meet the group where it already is: its route (``via``) leads there
    (:func:`route_past`), or its own name says where it gathers (the participants of a day
    care, the visitors of a soos)?

    Why: review 48e (Voorwolde): the eight participants of the day care on the farm got
    "gesprekken met ervaringsdeskundigen" of € 2,500-8,000 in a budget of € 4,500, while the
    case said to meet them there, with their carers and pictures."""
    if route_past(w, p):
        return True
    if p.soort is not SoortBelanghebbende.inwoners or p.via is None:
        return False
    # whole route words after "aan de", "van de", "in het" ...: not "*kerk" in "Zeekerke"
    woorden = tuple(r for r in w.routes if not r.startswith("*"))
    patroon = _route_patroon(woorden)
    plek = _PLEK_IN_NAAM.search(p.naam)
    return (
        patroon is not None
        and plek is not None
        and not _STRAATNAAM.search(plek.group(1))
        and bool(patroon.match(plek.group(1)))
    )


_STRAATNAAM = re.compile(
    r"(?:straat|laan|weg|plein|markt|kade|singel|dijk|gracht|steeg|pad|dreef|hof|park|buurt|wijk)$",
    re.IGNORECASE,
)
"""A street or place name: 'de Kerkstraat' is no church, 'het Verenigingsplein' no club (review
50: the residents 'van de Kerkstraat' were visited 'at their own gathering')."""


def lichter(f: Feiten, k: Keuze) -> Keuze | None:
    """A lighter form of the same kind for a conversation of the gemeente's own choosing:
    joining the meeting or place where each of its groups can already be met (:func:`route`),
    when that is cheaper and allows the level. Not for what the case names itself, its
    instrument or the raad's meeting. None when there is none."""
    if (
        k.genoemd
        or {"MIX-INSTRUMENT", "MIX-POLITIEK"} & set(k.regels)
        or k.werkvorm.id in (AANSLUITEN, FORMEEL_ADVIES)
        # an owner's own house is not talked over at a group's meeting (review 54a)
        or per_huishouden(k)
        or afweging_beloofd(f, k)
        or not voor_het_besluit(k)
        or k.modus is not Modus.denken
        or not k.voor
        or not all(route(f, n) for n in k.voor)
    ):
        return None
    licht = next((w for w in f.kennis.werkvormen if w.id == AANSLUITEN), None)
    if licht is None or licht.kosten_euro[0] >= k.werkvorm.kosten_euro[0]:
        return None
    partijen = {p.naam: p for p in f.vraagstuk.belanghebbenden}
    if any(n in partijen and alleen_persoonlijk(partijen[n]) for n in k.voor):
        # the case rules the group's meeting out ('alleen in een persoonlijk gesprek'; review
        # 63a: former Q-koorts patients moved from kitchen-table talks to a group meeting)
        return None
    if not all(
        n in partijen and (georganiseerd(partijen[n]) or ter_plekke(licht, partijen[n]))
        for n in k.voor
    ):
        # only where the group's route leads to a gathering of its own (a club, a church, a
        # soos), not a side job, a school mentor or Instagram (review 38)
        return None
    if k.trede not in licht.treden:
        return None
    return dataclasses.replace(
        k,
        werkvorm=licht,
        regels=[*k.regels, "MIX-BUDGET"],
        # a meeting of one group is not open to everyone: the broad round's words do not move
        redenen=[r for r in k.redenen if r.sleutel not in ("MIX-PLAFOND", "MIX-VERBREDING")],
        periode=None,
        fase=None,
        _gezien=set(k.voor),
    )


EVALUATIE_KORT = "Korte evaluatie door eigen mensen"
"""The least evaluation: own staff ask those who took part what went well, after the end."""

TERUGKOPPELING_KORT = "Terugkoppeling per brief, e-mail en website"
"""The cheapest feedback: what was done with what people said, in writing, no meeting."""

WEEK_GESPREKKEN = 8
"""About as many one-by-one talks as own staff hold in one week: the smaller series of a form
priced per talk (keukentafelgesprekken) when a fixed budget is short."""


def zuiniger_vorm(f: Feiten, k: Keuze) -> tuple[Keuze, str, str] | None:
    """A cheaper form of the same step that keeps its function, with the words for "X in
    plaats van Y": the feedback in writing (letter, e-mail, website) instead of a form with a
    meeting; the evaluation as a short round by own staff after the end; a series of talks
    priced per talk held over one week (:data:`WEEK_GESPREKKEN`). None when the step has no
    cheaper form or is one already, when it evaluates a trial a later decision rests on, or
    when the case names the series of talks itself.

    Why: review 50b: a short fixed budget cut the cheap evaluation first and kept a meeting for
    the feedback and twenty kitchen-table talks; an adviser makes each step cheaper before
    any step goes, and keeps a minimal evaluation and the feedback."""
    wie = betaald_door(f, k)
    if k.kap or not (
        wie == "gemeente"
        or (f.vraagstuk.kaders.betaler is Betaler.beide and wie == "initiatiefnemer")
    ):
        return None  # only what the estimate against the budget counts (:func:`schatting`)
    laag, hoog = kosten_van(f, k)
    nu = raming(laag, hoog)
    wid = k.werkvorm.id
    if wid == "terugkoppeling":
        # the same row, in writing only: the budget line says how
        kap, oud = laag, "een ruimere terugkoppeling"
        return _zuiniger(k, k.werkvorm.naam, kap, nu, TERUGKOPPELING_KORT.lower(), oud)
    if wid == "leerarena" and not proef(f):
        naam, kap = EVALUATIE_KORT, max(50, laag // 10 // 50 * 50)
        oud = (k.werkvorm.naam.split(" (")[0]).lower()
    else:
        eenheid = k.werkvorm.eenheid
        aantal = aantal_van(f, k)
        if (
            k.genoemd
            or eenheid is None
            or eenheid.per != "gesprek"
            or not eenheid.hoogstens
            or eenheid.hoogstens > 50
            or aantal is None
            or aantal[0] <= WEEK_GESPREKKEN
        ):
            return None
        n = WEEK_GESPREKKEN
        week = raming(
            int(eenheid.vast_euro[0] + n * eenheid.euro[0]),
            int(eenheid.vast_euro[1] + n * eenheid.euro[1]),
        )
        kap = max(50, week // 50 * 50)
        meer = k.werkvorm.naam.split(" (")[0].lower()
        naam = k.werkvorm.naam  # the same form, fewer talks: the budget line says how many
        oud = f"{aantal[0]} {meer}"
        return _zuiniger(k, naam, kap, nu, f"{n} {meer} in één week, niet {aantal[0]}", oud)
    return _zuiniger(k, naam, kap, nu, naam.lower(), oud)


KLEINER_HOOGSTENS = 3
"""The dearest step may shrink by at most this part of itself (a third) to close a gap before
the feedback and the evaluation get their cheaper forms (:func:`duurste_kleiner`)."""


def duurste_kleiner(
    f: Feiten, keuzes: list[Keuze], budget: int
) -> tuple[list[Keuze], list[str]] | None:
    """The design with its dearest optional step held smaller by the gap (rounded up to € 500),
    when that closes it and the step keeps at least two thirds of its usual estimate; and the pair [new, old]
    that says it. Optional: what the budget pays and no budget must keep as it is (the case's
    own instrument, the law, a formal advice, the feedback, the evaluation: :func:`_eigen_of_wet`;
    a step that carries a promise). None when the gap is larger, or no such step exists.

    Why: review 51 (Beekloon): "korte evaluatie door eigen mensen (€ 100, was € 1.400)" next to
    a serious game of € 8.750 for a gap of about € 1.200. A modest gap comes off the biggest
    discretionary item first; the feedback and the evaluation are not cut to a token for it."""
    moeilijk = {
        p.naam for p in f.vraagstuk.belanghebbenden if p.bereikbaarheid is Bereikbaarheid.moeilijk
    }
    kandidaten = [
        k
        for k in keuzes
        if pot(f, k)
        and not k.kap
        and k.werkvorm.id != "leerarena"
        and not _eigen_of_wet(f, k)
        # a step that is the way in for a group hard to reach is not thinned out
        and not (moeilijk & set(k.inclusie) or (k.voor and set(k.voor) <= moeilijk))
    ]
    if not kandidaten:
        return None
    k = max(kandidaten, key=lambda x: (raming(*kosten_van(f, x)), x.werkvorm.id))
    nu = raming(*kosten_van(f, k))
    ondergrens = nu - nu // KLEINER_HOOGSTENS
    # the cut leaves room for a tolk or a fee when it can (:func:`ruimte_inclusie`)
    for opzij in dict.fromkeys((ruimte_inclusie(f, keuzes), 0)):
        # in steps of € 500, at least € 500 less: a smaller form of a step, not a rounding
        kap = (nu - 500) // 500 * 500
        while kap >= ondergrens:
            klein = dataclasses.replace(
                k, kap=kap, regels=[*k.regels, "MIX-BUDGET"], _gezien=set(k.voor)
            )
            nieuw = [klein if x is k else x for x in keuzes]
            if schatting(f, nieuw) <= budget - opzij:
                naam = k.werkvorm.naam.split(" (")[0].lower()
                return nieuw, [
                    f"{naam} in een kleinere opzet ({euro(kap)}, was {euro(nu)})",
                    f"{naam} ({euro(nu)})",
                ]
            kap -= 500
    return None


def _zuiniger(
    k: Keuze, naam: str, kap: int, nu: int, nieuw: str, oud: str
) -> tuple[Keuze, str, str] | None:
    if not 0 < kap < nu:
        return None
    if naam == k.werkvorm.naam:
        # the same form, smaller: a fixed amount the budget line explains
        klein = dataclasses.replace(
            k, kap=kap, regels=[*k.regels, "MIX-BUDGET"], _gezien=set(k.voor)
        )
        return klein, f"{nieuw} ({euro(kap)}, was {euro(nu)})", f"{oud} ({euro(nu)})"
    klein = dataclasses.replace(
        k,
        werkvorm=k.werkvorm.model_copy(update={"naam": naam}),
        kap=kap,
        regels=[*k.regels, "MIX-BUDGET"],
        _gezien=set(k.voor),
    )
    # the new form with both amounts, the old form apart (in the data): one short clause
    return klein, f"{nieuw} ({euro(kap)}, was {euro(nu)})", f"{oud} ({euro(nu)})"


def zuiniger(
    f: Feiten, keuzes: list[Keuze], budget: int, per_keuze: dict[int, list[str]] | None = None
) -> tuple[list[Keuze], list[list[str]]]:
    """The design with its steps in their cheaper form (:func:`zuiniger_vorm`), one kind at a
    time in the adviser's order (the feedback, then the evaluation, then the series of talks),
    until the estimate fits; and the pairs [new, old] that say each change once."""
    paren: list[list[str]] = []
    for soort in ("terugkoppeling", "leerarena", None):
        if schatting(f, keuzes) <= budget:
            break
        nieuw = []
        for k in keuzes:
            if (
                (k.werkvorm.id == soort)
                if soort
                else k.werkvorm.id
                not in (
                    "terugkoppeling",
                    "leerarena",
                )
            ):
                z = zuiniger_vorm(f, k)
                if z is not None:
                    nieuw.append(z[0])
                    paren.append([z[1], z[2]])
                    if per_keuze is not None:
                        per_keuze[id(z[0])] = paren[-1]
                    continue
            nieuw.append(k)
        keuzes = nieuw
    return keuzes, paren


def kort_geevalueerd(k: Keuze) -> bool:
    """Is this the least evaluation (:data:`EVALUATIE_KORT`)? It stays in every design."""
    return k.werkvorm.id == "leerarena" and bool(k.kap) and k.werkvorm.naam == EVALUATIE_KORT


def eigen_gespreksleider(f: Feiten, k: Keuze, *, hard: bool = False) -> Keuze:
    """The weighing table without the paid chair, when the budget is short and the case asks
    for a chair only because it is polarised (3): a chair who is no party, from the gemeente's
    own staff outside the project. Not in a divided case (4 or 5), and not when an opponent
    with much influence sits at the table: then the chair stays paid (rule MIX-AFWEGEN). With
    ``hard`` (a budget that will not grow, :func:`binnen_vast`) always: the design must fit.

    Why: a paid chair at a table of a mildly polarised case pushed out the form for the raad
    and the route to groups that are hard to reach (maaibeleid: € 1.100 short)."""
    if not k.gespreksleider or ((f.vraagstuk.polarisatie or 1) >= 4 and not hard):
        return k
    invloed = {p.naam: p.invloed for p in f.vraagstuk.belanghebbenden}
    redenen = []
    for r in k.redenen:
        if r.sleutel == "MIX-AFWEGEN.samen":
            if not hard and any(invloed.get(n) is Niveau.hoog for n in r.waarden.get("tegen", [])):
                return k
            r = deel(r.sleutel, **{**r.waarden, "leider": False, "collega": True})
        redenen.append(r)
    return dataclasses.replace(
        k,
        gespreksleider=False,
        redenen=redenen,
        regels=[*k.regels, "MIX-BUDGET"],
        _gezien=set(k.voor),
    )


def samen_aansluiten(keuzes: list[Keuze]) -> list[Keuze]:
    """The design with every conversation at a group's own meeting as one choice: one row for
    the groups met where they already are, at the highest level among them. A meeting the case
    names itself (the ledenvergadering of one association, its instrument) stays its own row:
    the visits to other groups are not held at that meeting.

    Why: the visits to residents and to tenants of rooms above the shops were merged into the
    ledenvergadering of the horeca association the case named, which then listed the residents
    as its audience and not the association itself (review 50)."""
    aansluiten = [
        k
        for k in keuzes
        if k.werkvorm.id == AANSLUITEN and not k.genoemd and "MIX-INSTRUMENT" not in k.regels
    ]
    if len(aansluiten) < 2:
        return keuzes
    eerste, *rest = aansluiten
    samen = dataclasses.replace(
        eerste,
        voor=list(eerste.voor),
        redenen=list(eerste.redenen),
        regels=list(eerste.regels),
        inclusie=list(eerste.inclusie),
        onderwerpen=list(eerste.onderwerpen),
        _gezien=set(eerste.voor),
    )
    for k in rest:
        samen.add(k.voor, None, "MIX-BUDGET")
        samen.redenen += [r for r in k.redenen if r not in samen.redenen]
        samen.regels += [r for r in k.regels if r not in samen.regels]
        samen.inclusie += [n for n in k.inclusie if n not in samen.inclusie]
        samen.onderwerpen += [o for o in k.onderwerpen if o not in samen.onderwerpen]
        samen.trede = max(samen.trede, k.trede, key=lambda t: t.rang)
    return [samen if k is eerste else k for k in keuzes if k not in rest]


def aanschuiven(f: Feiten, over: list[Keuze], gediend: set[str]) -> list[str]:
    """Let a group the smaller design no longer meets before the decision join the step where
    inwoners weigh the options (rule MIX-AFWEGEN), where it may sit: a seat at a meeting that
    runs anyway costs nothing extra. Returns the names that joined.

    Why: a short budget cut the round table with the school and the library foundation, while
    the evening where the options are weighed stayed (bibliotheek): they lost their only moment
    before the decision although a chair at that evening was free."""
    tafel = next(
        (
            k
            for k in over
            if k.afweging
            and voor_het_besluit(k)
            and k.werkvorm.bijeenkomst
            and Modus.denken in k.werkvorm.modi
        ),
        None,
    )
    if tafel is None:
        return []
    nog = {n for k in over if voor_het_besluit(k) for n in k.voor}
    erbij = [
        p.naam
        for p in f.vraagstuk.belanghebbenden
        if p.naam in gediend - nog
        and telt(f, p.naam)
        and p.soort not in (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)
        and mag_zitten(tafel.werkvorm, p)
    ]
    if erbij:
        tafel.add(erbij, deel("MIX-BUDGET.aanschuiven", namen=erbij), "MIX-BUDGET")
    return erbij


MAX_WEG = 10
"""At most this many werkvormen to leave out are compared (2 ** 10 designs, times the swaps)."""


def kleiner(f: Feiten, keuzes: list[Keuze], eerder: list[Keuze]) -> tuple[list[Keuze], Bevinding]:
    """The design made smaller still when even the one that serves every group does not fit:
    leave out what is not indispensable (:func:`onmisbaar`) and join existing meetings instead
    of a form of its own, losing as few open points, ways of working and groups as possible.
    ``eerder`` are the werkvormen already left out. The finding says what the design gives up.

    Why: a short budget leads to a smaller design, not to "ask for more money" (rubric:
    haalbaarheid). The full design stays an option for whoever sets the budget, never the
    advice."""
    budget = f.vraagstuk.kaders.budget_euro or 0
    alles = keuzes + eerder
    vol = schatting(f, alles)
    weg_naar = eigen_weg(f, keuzes)
    weg_kan = [k for k in keuzes if not onmisbaar(f, k) and id(k) not in weg_naar]
    licht = {id(k): v for k in keuzes if id(k) not in weg_naar and (v := lichter(f, k)) is not None}
    ruil = [k for k in keuzes if id(k) in licht]
    weg_kan, ruil = weg_kan[:MAX_WEG], ruil[: max(0, 12 - len(weg_kan[:MAX_WEG]))]
    gediend = {n for k in alles if voor_het_besluit(k) for n in k.voor}
    telbaar = {n for n in gediend if telt(f, n)}
    # a group hard to reach keeps its own way in (review 42d: the only route to the migrant
    # workers went, and they were seated at a sounding board instead)
    moeilijk = {
        p.naam
        for p in f.vraagstuk.belanghebbenden
        if p.bereikbaarheid is Bereikbaarheid.moeilijk and p.naam in gediend
    }
    # an opponent with much at stake or much influence keeps its own step before the decision
    # (:func:`tegenspelers`), when the design it is cut from has one for it
    moeilijk |= tegenspelers(f) & {n for k in keuzes if voor_het_besluit(k) for n in k.voor}
    # ... and when it had a direct talk (not only a broad round), that weighs first
    direct = eigen_gesprek(f, keuzes)
    punten = {p for k in keuzes for p in k.onderwerpen}
    niveau = niveaus(keuzes)
    modi = {k.modus for k in keuzes}
    functie = functies(f, keuzes)
    beste: tuple[tuple[object, ...], list[Keuze], tuple[Keuze, ...], tuple[Keuze, ...]] | None
    beste = None
    zuinig = vol  # the least a design costs that keeps every way of working
    duur = {id(k) for k in weg_kan if duur_verdiepend(f, k)}
    open_ = {id(k) for k in weg_kan if open_ronde(k)}
    for weg in (c for n in range(len(weg_kan) + 1) for c in combinations(weg_kan, n)):
        for keus in product((False, True), repeat=len(ruil)):
            geruild = tuple(k for k, ja in zip(ruil, keus, strict=True) if ja)
            over = samen_aansluiten(
                [licht[id(k)] if k in geruild else k for k in keuzes if k not in weg]
            )
            # the estimate with a fifth for the unforeseen must fit: a budget is a limit
            prijs = schatting(f, over)
            minst = budget_min(f, over)
            if prijs > budget and all(id(k) in duur for k in weg) and krimpt(f, over, budget):
                # a smaller form of its dear part of depth makes it fit, no other step going
                prijs = budget
            if not punten <= {p for k in over for p in k.onderwerpen}:
                continue  # every open point keeps a werkvorm about it (MIX-ONDERWERP)
            if niveaus(over) != niveau:
                continue  # nor may an open point lose the only form at its level
            if not moeilijk <= {n for k in over if voor_het_besluit(k) for n in k.voor}:
                continue
            kwijt_m = len(modi - {k.modus for k in over})
            if not kwijt_m:
                zuinig = min(zuinig, prijs)
            kwijt_f = len(functie - functies(f, over))
            # the direct talk with an opponent with much at stake weighs first (review 53a/53b)
            kwijt_d = len(direct - functies(f, over))
            kwijt_g = len(telbaar - {n for k in over if voor_het_besluit(k) for n in k.voor})
            # the evaluation goes last, not first (review 42c)
            kwijt_e = sum(k.werkvorm.id == "leerarena" for k in weg)
            # a dear form of depth going or shrinking counts as no loss of a step: it goes
            # before a cheap step that reaches many (review 47a/47b)
            stappen = sum(id(k) not in duur for k in weg) + len(geruild)
            # a cheap round open to everyone stays before a dear form of depth's function
            kwijt_o = sum(id(k) in open_ and id(k) not in duur for k in weg)
            # within budget: keep the promise (ways of working), then what carries this case
            # (functies), then the groups and the evaluation, then as many forms as possible,
            # the dearest forms that repeat what others do going first (:func:`waarde`)
            # When no design fits the estimate, the one that fits at its least cost with the
            # fewest losses: cutting all that can go for a design that still does not fit
            # harms the case and saves too little (the advice names the shortfall instead).
            score: tuple[object, ...] = (
                (0, kwijt_m, kwijt_d, kwijt_o, kwijt_e, kwijt_f, kwijt_g, stappen, -prijs)
                if prijs <= budget
                else (1, kwijt_m, kwijt_d, kwijt_o, kwijt_e, kwijt_f, kwijt_g, stappen, prijs)
                if minst <= budget
                # what does not fit anyway is as small as it gets: the evaluation long after
                # the decision goes before a step the case needs (review 45a)
                else (2, minst, kwijt_m, kwijt_d, kwijt_f, kwijt_g, kwijt_e)
            )
            sleutel_ = (score, sorted(k.werkvorm.id for k in weg + geruild))
            if beste is None or sleutel_ < (
                beste[0],
                sorted(k.werkvorm.id for k in beste[2] + beste[3]),
            ):
                beste = (score, over, weg, geruild)
    assert beste is not None  # the empty cut is always a candidate
    _, over, weg, geruild = beste
    weggelaten = [*eerder, *weg]
    if any(k.werkvorm.id == AANSLUITEN for k in over):
        # a conversation at a group's own meeting left out earlier joins the one that stays:
        # the same row, at no extra cost
        terug = [k for k in weggelaten if k.werkvorm.id == AANSLUITEN]
        over = [*over, *terug]
        weggelaten = [k for k in weggelaten if k not in terug]
    over = samen_aansluiten(over)
    aanschuiven(f, over, gediend)
    weggelaten = sorted(weggelaten, key=lambda k: k.werkvorm.id)
    nog = {n for k in over if voor_het_besluit(k) for n in k.voor}
    kwijt = [p.naam for p in f.vraagstuk.belanghebbenden if p.naam in gediend - nog]
    verloren = [m for m in Modus if m in modi and m not in {k.modus for k in over}]
    prijs = schatting(f, over)
    duurste, plafond_ = plafond(f, over, budget)
    # what that part costs in its usual form, so the cap reads as the smaller form it is
    # (the table's amount of that row: one amount per form, review 51b)
    gewoon = max((raming(*kosten_van(f, k)) for k in over if k.werkvorm.naam == duurste), default=0)
    return over, bevinding(
        "MIX-BUDGET",
        Ernst.waarschuwing,
        "MIX-BUDGET.kleiner",
        bronnen=[],  # own arithmetic: no source carries it
        vol=vol,
        budget=budget,
        kosten=prijs,
        samen=f.vraagstuk.kaders.betaler is Betaler.beide,
        weggelaten=[k.werkvorm.naam for k in weggelaten],
        elders=elders(weggelaten, over),
        groepen_elders=any(k.voor for k in weggelaten) and not kwijt,
        geruild=[[k.werkvorm.naam, [[n, route(f, n)] for n in k.voor]] for k in geruild],
        kwijt=kwijt,
        # the groups lose their talk by the swap only when the swapped steps were theirs; a
        # talk lost to another cut is not "daardoor" (review 56c: "Dat vervangt de
        # inloopavond. Daardoor krijgen fracties ... geen eigen gesprek")
        door_ruil=bool(kwijt) and set(kwijt) <= {n for k in geruild for n in k.voor},
        meervoud=samen_meervoud([p for p in f.vraagstuk.belanghebbenden if p.naam in kwijt]),
        verloren=[m.value for m in verloren],
        hoger=boven_adviseren(f),
        met=zuinig,
        belofte=belofte_naam(f),
        tekort=max(0, prijs - budget),
        nodig=nodig_voor(f, over),
        duurste=duurste,
        plafond=plafond_,
        gewoon=gewoon,
        gekapt=False,  # set by :func:`kappen` when the design holds its dearest part smaller
    )


_NODIG = (
    "wat het vraagstuk zelf noemt",
    "de wet",
    "een formeel advies",
    "wat is toegezegd",
    "het moment van de raad",
    "de partners die mee besluiten",
    "een ronde voor iedereen",
    "een moeilijk bereikbare groep",
    "de terugkoppeling",
)


NODIG_MAX = 3
"""At most this many reasons, the weightiest first (the order of ``_NODIG``)."""


def nodig_voor(f: Feiten, keuzes: list[Keuze]) -> list[str]:
    """Why the steps this budget still pays stay, in plain words, each reason once and only the
    ones that hold in this design: what the case names, the law, a formal advice, a promise,
    the raad's own moment, the partners, the one round open to everyone, a group hard to reach,
    the feedback; the first :data:`NODIG_MAX` of them.

    Why: review 48e (Voorwolde): "Kleiner kan niet: de rest is nodig voor wet, belofte,
    terugkoppeling, een ronde voor iedereen of een moeilijk bereikbare groep" in every short
    design, also where no law or promise was in it: a stock list a bestuurder cannot check."""
    moeilijk = {
        p.naam for p in f.vraagstuk.belanghebbenden if p.bereikbaarheid is Bereikbaarheid.moeilijk
    }
    rondes = [k for k in keuzes if open_ronde(k)]
    uit: set[str] = set()
    for k in keuzes:
        if budget_min(f, [k]) == 0:
            continue
        if k.genoemd or "MIX-INSTRUMENT" in k.regels:
            uit.add(_NODIG[0])
        if k.werkvorm.id in _WETTELIJK:
            uit.add(_NODIG[1])
        if k.werkvorm.id == FORMEEL_ADVIES:
            uit.add(_NODIG[2])
        if (
            draagt_belofte(f, k)
            or afweging_beloofd(f, k)
            or ("MIX-TOEZEGGING" in k.regels and voor_het_besluit(k))
        ):
            uit.add(_NODIG[3])
        if "MIX-POLITIEK" in k.regels and raad_beslist(f):
            uit.add(_NODIG[4])
        if k.werkvorm.id == PARTNERS:
            uit.add(_NODIG[5])
        if rondes == [k]:
            uit.add(_NODIG[6])
        if voor_het_besluit(k) and (k.inclusie or moeilijk & set(k.voor)):
            uit.add(_NODIG[7])
        if k.werkvorm.id == "terugkoppeling":
            uit.add(_NODIG[8])
    # the weightiest few: a list of all nine reasons is no sentence a bestuurder reads
    return [n for n in _NODIG if n in uit][:NODIG_MAX]


def _eigen_of_wet(f: Feiten, k: Keuze) -> bool:
    """What every budget keeps: the case's own instrument (a werkvorm it names or chose, or its
    decided instrument), what the law asks, a formal advice, the feedback and the least
    evaluation, what this budget does not pay (free, or the works themselves), and the talk
    with each household whose own house or land is at stake (:func:`per_huishouden`).

    Why: review 54a (stationsomgeving): a budget cut turned the talks per household with the
    thirteen owners whose houses must go into a visit by own staff and a group meeting. What
    each owner agrees about his own house is never negotiated in a group, and a smaller budget
    does not take that talk away."""
    return bool(
        k.genoemd
        or per_huishouden(k)
        or "MIX-INSTRUMENT" in k.regels
        or (k.werkvorm.id == "leerarena" and proef(f))
        or kort_geevalueerd(k)
        or k.werkvorm.id in ("terugkoppeling", FORMEEL_ADVIES, *_WETTELIJK, AANSLUITEN, PARTNERS)
        or budget_min(f, [k]) == 0
        or fase_van(k) is Procesfase.uitvoering
    )


def vereist(f: Feiten, k: Keuze) -> bool:
    """Does this choice belong to the least a fixed budget must still hold (:func:`grens`)?
    The case's own decided instrument, what the law or a promise requires, the feedback, the
    written advice of an adviesraad, the raad's own moment when the raad decides, the first
    talk apart with an opponent, and what costs this budget nothing. (The round open to
    everyone and the way in for each group that is hard to reach are kept as conditions on
    the whole design, not per step.)"""
    return bool(
        # the case's own instrument, the law, a formal advice, the feedback, the least
        # evaluation, what this budget does not pay
        _eigen_of_wet(f, k)
        or draagt_belofte(f, k)
        or afweging_beloofd(f, k)
        or k.eerst_apart
        or ("MIX-TOEZEGGING" in k.regels and voor_het_besluit(k))
        or ("MIX-POLITIEK" in k.regels and raad_beslist(f))
        # the joint look at disputed facts the case asks for (review 43b)
        or "MIX-FEITEN" in k.regels
    )


PARTNERS = "partneroverleg"
"""The talk with the public partners that carry the decision with the gemeente (politie, a
waterschap): their work, not a round of participation a budget can drop."""


def open_ronde(k: Keuze) -> bool:
    """Is this a round open to everyone before the decision (anyone may come or answer)?"""
    w = k.werkvorm
    return (
        voor_het_besluit(k)
        and w.werving is Werving.open
        and w.groepen is not Groepen.georganiseerd
        and k.trede is not Trede.informeren
    )


def brede_ronde(k: Keuze) -> bool:
    """Is this a broad round open to everyone before the decision (:func:`open_ronde` in a form
    of breadth: the inloopavond, the survey)? An evening where the few who come weigh the
    options in small groups is open too, but it is no broad round."""
    return open_ronde(k) and k.werkvorm.verbreding_of_verdieping is Reikwijdte.verbreding


def _klasse(f: Feiten, k: Keuze, over: list[Keuze]) -> int:
    """The order in which a fixed budget drops a step: the evaluation long after the decision
    first, then a second round (testing the concept, or a step after the decision), then a
    form of depth whose groups all have another step, then the rest; last the only step of a
    way of working (samen doen, samen besluiten) or the only one about an open point."""
    if k.werkvorm.id == "leerarena":
        return 5  # the evaluation stays as long as anything else can go (review 47a/47b)
    rest = [x for x in over if x is not k]
    if k.modus not in {x.modus for x in rest} or not set(k.onderwerpen) <= {
        p for x in rest for p in x.onderwerpen
    }:
        return 4  # the only step of a way of working, or about an open point: last
    if not voor_het_besluit(k) or fase_van(k) is Procesfase.toetsen:
        return 1
    anders = {n for x in over if x is not k and voor_het_besluit(x) for n in x.voor}
    if k.werkvorm.verbreding_of_verdieping is Reikwijdte.verdieping and set(k.voor) <= anders:
        return 2
    return 3


DUUR = 8000
"""A form of depth whose least cost is this much or more is dear: when the budget is short it
shrinks or goes before a cheap step that reaches many (a burgerjury, a denktank, ateliers)."""


def duur_verdiepend(f: Feiten, k: Keuze) -> bool:
    """Is this a dear form of depth the case does not require (:data:`DUUR`)?"""
    return (
        k.werkvorm.verbreding_of_verdieping is Reikwijdte.verdieping
        and budget_min(f, [k]) >= DUUR
        and not vereist(f, k)
    )


def krimpt(f: Feiten, keuzes: list[Keuze], budget: int) -> bool:
    """Does a smaller form of the dearest part make these choices fit, that part being a dear
    form of depth (:func:`duur_verdiepend`)? Then it shrinks (:func:`plafond`) before a cheap
    step that reaches many goes (the brief of review 47a/47b: a denktank of € 8,000 stayed while
    the survey went)."""
    naam, kap = plafond(f, keuzes, budget)
    return bool(kap) and any(k.werkvorm.naam == naam and duur_verdiepend(f, k) for k in keuzes)


def komt_naar(f: Feiten, design: list[Keuze]) -> set[str]:
    """The groups of inwoners that are hard to reach (bereikbaarheid moeilijk) which a step of
    this design before the decision goes out to: a form the mix added for them
    (MIX-INCLUSIE), a talk where they are (``ter_plekke``), talks one by one or via people
    they trust (no meeting, no open call), their own meeting, or a form their route (via)
    leads to. A meeting they are invited to (a klankbordgroep, a denktank) is no such step,
    nor the formal zienswijze.

    Why: review 61 (Veenvliet): "Er komen geen straatinterviews en ophaalgesprekken; oudere
    bewoners van oude woonarken ... praten mee in de klankbordgroep". A cut never moves a
    group that is hard to reach into a meeting form it cannot reach."""
    moeilijk = {
        p.naam: p
        for p in f.vraagstuk.belanghebbenden
        if p.bereikbaarheid is Bereikbaarheid.moeilijk and p.soort is SoortBelanghebbende.inwoners
    }
    uit: set[str] = set()
    for k in design:
        w = k.werkvorm
        if not voor_het_besluit(k) or w.id in _WETTELIJK or Modus.denken not in w.modi:
            continue
        for n in k.voor:
            p = moeilijk.get(n)
            if p is not None and (
                n in k.inclusie
                or w.ter_plekke
                or (not w.bijeenkomst and w.werving is not Werving.open)
                or w.groepen is Groepen.georganiseerd
                or route_past(w, p)
            ):
                uit.add(n)
    return uit


def grens(f: Feiten, over: list[Keuze], gezegd: Bevinding) -> tuple[list[Keuze], Bevinding | None]:
    """A fixed budget is a limit: when the smaller design of :func:`kleiner` still does not fit
    and no smaller form of its dearest part makes it fit, drop steps in a stated order
    (:func:`_klasse`, the dearest first within a class) until the estimate fits, and put back
    what fits again. Never a step the case requires (:func:`vereist`), the last round open to
    everyone, nor the last way in before the decision for a group that is hard to reach. The
    finding names each dropped step and who loses what; when even the least does not fit, it
    says so once, with the amount.

    Why: review 46a/46b: designs 1.5 to 2.8 times a fixed budget ("er komt geen geld bij"),
    "Wat er nu in staat, is nodig", and the cut handed back to the college. The tool can make
    the choice, so it makes it and says what it costs whom."""
    budget = f.vraagstuk.kaders.budget_euro
    if budget is None or schatting(f, over) <= budget or gezegd.waarden.get("plafond"):
        return over, None
    moeilijk = (
        {p.naam for p in f.vraagstuk.belanghebbenden if p.bereikbaarheid is Bereikbaarheid.moeilijk}
        # and each opponent with much at stake or influence keeps its own step (review 53b)
        | tegenspelers(f)
    ) & {n for k in over if voor_het_besluit(k) for n in k.voor}
    breed = any(open_ronde(k) for k in over)
    # a broad round stays when there was one: an evening to weigh the options where the
    # groups of every option sit (MIX-AFWEGEN) does not replace it (the sportpark's
    # inloopavond)
    breedst = any(brede_ronde(k) for k in over)
    niveau = niveaus(over)
    direct = eigen_gesprek(f, over)
    # a group hard to reach that a step goes out to keeps such a step (review 61)
    uitreik = komt_naar(f, over)

    def plekken(design: list[Keuze]) -> set[str]:
        # where a party is heard before the decision (not only informed, not afterwards)
        return {
            n
            for k in design
            if voor_het_besluit(k) and Modus.denken in k.werkvorm.modi
            for n in k.voor
        }

    # every group of inwoners, and every other party with a stake or a say, keeps a place
    # before the decision (rule MIX-DEKKING): the cut never takes a party's only step (the
    # youth work's only table before the decision, jop-de-kolk)
    met_belang = {
        p.naam
        for p in f.vraagstuk.belanghebbenden
        if p.soort is not SoortBelanghebbende.politiek
        and (
            p.soort is SoortBelanghebbende.inwoners
            or hoog_of_middel(p.belang)
            or hoog_of_middel(p.invloed)
        )
    } & plekken(over)

    def mag(design: list[Keuze]) -> bool:
        nog = {n for k in design if voor_het_besluit(k) for n in k.voor}
        return (
            moeilijk <= nog
            and met_belang <= plekken(design)
            and (not breed or any(open_ronde(k) for k in design))
            and (not breedst or any(brede_ronde(k) for k in design))
            # every open point keeps a step about it at its level (MIX-ONDERWERP)
            and niveaus(design) == niveau
            # each opponent with much at stake keeps its direct talk (review 53a/53b)
            and direct <= functies(f, design)
            and uitreik <= komt_naar(f, design)
        )

    nu = list(over)
    weg: list[Keuze] = []
    elders_ = {
        id(k): set(k.voor)
        <= {n for x in over if x is not k and voor_het_besluit(x) for n in x.voor}
        for k in over
    }
    # within a class: first the steps whose groups all have another step, the dearest first
    weg_naar = eigen_weg(f, over)
    kandidaten = sorted(
        (k for k in over if not vereist(f, k) and id(k) not in weg_naar),
        key=lambda k: (
            # a dear form of depth goes before a cheap step that reaches everyone
            not duur_verdiepend(f, k),
            # a step that answers a worry of the case goes last (MIX-ZORGEN)
            "MIX-ZORGEN" in k.regels,
            _klasse(f, k, over),
            not elders_[id(k)],
            -budget_min(f, [k]),
            k.werkvorm.id,
        ),
    )

    def past(design: list[Keuze]) -> bool:
        # it fits, or a smaller form of its dearest part makes it fit: shrink rather than drop
        return schatting(f, design) <= budget or bool(plafond(f, design, budget)[1])

    for k in kandidaten:
        if past(nu):
            break
        proef_ = [x for x in nu if x is not k]
        if mag(proef_):
            nu, weg = proef_, [*weg, k]
    if not past(nu):
        # even so it does not fit: the least design that keeps the required steps, a round for
        # everyone and a way in for each group hard to reach, from the cheapest routes
        kaal = [k for k in over if k not in kandidaten]
        for k in sorted(kandidaten, key=lambda k: (budget_min(f, [k]), k.werkvorm.id)):
            if mag(kaal):
                break
            nodig_ = (
                (moeilijk - {n for x in kaal if voor_het_besluit(x) for n in x.voor}) & set(k.voor)
                if voor_het_besluit(k)
                else set()
            )
            if (
                nodig_
                # the last step that goes out to a group hard to reach (review 61)
                or (uitreik - komt_naar(f, kaal)) & komt_naar(f, [k])
                or (breed and open_ronde(k) and not any(open_ronde(x) for x in kaal))
                or (breedst and brede_ronde(k) and not any(brede_ronde(x) for x in kaal))
            ):
                kaal.append(k)
        kaal = [k for k in over if k in kaal]  # the design's order
        if mag(kaal) and schatting(f, kaal) < schatting(f, nu):
            nu, weg = kaal, [k for k in kandidaten if k not in kaal]
    # put back, in the reverse order, what fits again (a cheap step dropped too early)
    for k in reversed(list(weg)):
        terug = [x for x in over if x in nu or x is k]
        if schatting(f, terug) <= budget:
            nu, weg = terug, [x for x in weg if x is not k]
    if not weg:
        # nothing to drop: the smaller design names the shortfall (MIX-BUDGET.kleiner)
        return over, None
    # even the least design does not fit: the design IS that least design, and the advice
    # names once what it costs and the shortfall (review 50b/Walduin: a fixed budget of
    # € 9,500 kept a design of € 22,100 whose least part alone cost € 13,000; the bestuur
    # chooses between the shortfall and a narrower question, not the tool by keeping more)
    gebleven = {n for k in nu if voor_het_besluit(k) for n in k.voor}
    per_stap = []
    al: set[str] = set()  # a group two dropped steps served is named once
    for k in weg:
        # every group that loses its last step before the decision is named, at that step,
        # also a fractie when the raad decides nothing (:func:`telt` weighs the cut, it does
        # not silence it: a key player left out is said, as MIX-BUDGET.kleiner does)
        kwijt = [n for n in k.voor if voor_het_besluit(k) and n not in gebleven and n not in al]
        al |= set(kwijt)
        # the one step where all its groups still talk, and that can hold them (review 56c,
        # Duinmonde: "die groepen praten mee in de keukentafelgesprekken", visits to 14
        # addresses for a neighbourhood)
        waar = next(
            (
                x.werkvorm.naam
                for x in nu
                if voor_het_besluit(x)
                and set(k.voor) <= set(x.voor)
                and x.werkvorm.id != "zienswijze"
                and vangt_op(f, x, k.voor)
            ),
            "",
        )
        per_stap.append(
            {
                "naam": k.werkvorm.naam,
                "mv": meervoudig(k.werkvorm.naam.split(" (")[0]),
                "evaluatie": k.werkvorm.id == "leerarena",
                "zorg": "MIX-ZORGEN" in k.regels,
                "kwijt": kwijt,
                "meervoud": samen_meervoud(
                    [p for p in f.vraagstuk.belanghebbenden if p.naam in kwijt]
                )
                or len(kwijt) > 1,
                "waar": waar
                if not kwijt and voor_het_besluit(k) and set(k.voor) <= gebleven
                else "",
                # the groups named, so the reader can check the step holds them (review 56c)
                "groepen": list(k.voor) if len(k.voor) <= 2 else [],
                "groepen_mv": samen_meervoud(
                    [p for p in f.vraagstuk.belanghebbenden if p.naam in k.voor]
                )
                or len(k.voor) > 1,
                "punten": [p for p in k.onderwerpen if not any(p in x.onderwerpen for x in nu)],
            }
        )
    prijs = schatting(f, nu)
    for sleutel in ("weggelaten", "elders"):
        gezegd.waarden[sleutel] = [
            n for n in gezegd.waarden.get(sleutel, []) if n not in {k.werkvorm.naam for k in weg}
        ]
    gezegd.waarden["kosten"] = prijs
    gezegd.waarden["tekort"] = max(0, prijs - budget)
    duurste, plafond_ = plafond(f, nu, budget) if prijs > budget else ("", 0)
    gezegd.waarden["duurste"], gezegd.waarden["plafond"] = duurste, plafond_
    gezegd.waarden["grens"] = True
    return nu, bevinding(
        "MIX-BUDGET",
        Ernst.waarschuwing,
        "MIX-BUDGET.grens",
        bronnen=[],  # own arithmetic: no source carries it
        stappen=per_stap,
        budget=budget,
        kosten=prijs,
        tekort=max(0, prijs - budget),
        plafond=plafond_,
    )


def kappen(f: Feiten, keuzes: list[Keuze], gezegd: Bevinding) -> list[Keuze]:
    """The design with its dearest part at the most it may cost (:func:`plafond`), when the
    smaller design still does not fit and that cap makes it fit: the part is held smaller
    (fewer places, questions or participants) and costs that amount, in the table, the
    estimate and the JSON alike. ``gezegd`` (MIX-BUDGET.kleiner) gets the part's usual estimate
    (``gewoon``) and ``gekapt``, so the advice says the cut once.

    Why: review 49: the advice named the cap ("maak ... kleiner, hoogstens € 2.500") but kept
    the part at its full price, so the design it showed stayed above the budget in 22 of 100
    cases; a short budget leads to a smaller design, and the design shown is that design."""
    budget = f.vraagstuk.kaders.budget_euro
    duurste, kap = gezegd.waarden.get("duurste"), gezegd.waarden.get("plafond")
    if budget is None or not kap or schatting(f, keuzes) <= budget:
        return keuzes
    k = next((k for k in keuzes if k.werkvorm.naam == duurste and pot(f, k)), None)
    if k is None:
        return keuzes
    klein = dataclasses.replace(
        k, kap=int(kap), regels=[*k.regels, "MIX-BUDGET"], _gezien=set(k.voor)
    )
    nieuw = [klein if x is k else x for x in keuzes]
    if schatting(f, nieuw) > budget:
        return keuzes
    gezegd.waarden["gewoon"] = raming(*kosten_van(f, k))
    gezegd.waarden["gekapt"] = True
    gezegd.waarden["kosten"] = schatting(f, nieuw)
    gezegd.waarden["tekort"] = 0
    return nieuw


def elders(weg: list[Keuze], over: list[Keuze]) -> list[str]:
    """The werkvormen that stay and deal with the open points of the ones left out, in order:
    where what the dropped form was for still comes up before the decision (review 42d: 'de
    keuze tussen de twee varianten komt aan bod in ...'). Empty when the dropped forms had no
    open point."""
    punten = {p for k in weg for p in k.onderwerpen}
    return list(
        dict.fromkeys(
            k.werkvorm.naam
            for k in over
            if voor_het_besluit(k) and punten & set(k.onderwerpen) and k.werkvorm.id != "zienswijze"
        )
    )[:2]


def niveaus(keuzes: list[Keuze]) -> dict[str, int]:
    """The highest level at which each open point is carried in these choices (the rank of
    the trede). A cut for the budget keeps it: the only form where inwoners advise on a point
    does not go for a cheaper one where they are only asked (review 42d)."""
    uit: dict[str, int] = {}
    for k in keuzes:
        for p in k.onderwerpen:
            uit[p] = max(uit.get(p, 0), k.trede.rang)
    return uit


INCLUSIE_RUIMTE = 500
"""What a step held smaller for the budget leaves for the costs of inclusion the case has (a
tolk or vertaling, a fee for ervaringsdeskundigen, replacement care): a few hours of a tolk
or one translated letter, not a token."""


def ruimte_inclusie(f: Feiten, keuzes: list[Keuze]) -> int:
    """The room a cut leaves for the costs of inclusion (:func:`inclusiekosten`,
    :data:`INCLUSIE_RUIMTE`); 0 when the case has none.

    Why: review 53a (Beerzelo): the cut held a step smaller until the design fitted to the
    euro, and the advice said "Reken ook op een tolk of vertaling: daarvoor blijft € 20 over"."""
    return INCLUSIE_RUIMTE if inclusiekosten(f, keuzes) else 0


def plafond(f: Feiten, keuzes: list[Keuze], budget: int) -> tuple[str, int]:
    """The most expensive part the gemeente pays in a design that does not fit, and the most it
    may then cost: so much that the estimate of the design with a fifth for the unforeseen
    (:func:`~pionieren.analysis.mix.kosten.met_onvoorzien`) fits, rounded down to € 500. (Name and 0 when even that leaves nothing; empty when no part costs
    the gemeente anything.)

    Why: review 32a: a design € 2,000 over budget said "doe alles met eigen medewerkers" and
    left its € 30,000 fact-finding untouched. A short budget shrinks or caps its most expensive
    part first, and says so.

    A cut first holds a part smaller that is not the way in for a group hard to reach, and
    leaves room for the costs of inclusion (:func:`ruimte_inclusie`); only when that finds no
    smaller form does it do without either (review 53a, Beerzelo: "daarvoor blijft € 20
    over")."""
    prijzen = [(budget_min(f, [k]), k) for k in keuzes]
    prijzen = [(p, k) for p, k in prijzen if p > 0]
    if not prijzen:
        return "", 0
    niet_ingang = [(p, k) for p, k in prijzen if not k.inclusie]
    reserve = ruimte_inclusie(f, keuzes)
    pogingen = [(niet_ingang, reserve), (prijzen, reserve), (niet_ingang, 0), (prijzen, 0)]
    for delen, opzij in pogingen:
        if delen:
            naam, kap = _plafond(f, keuzes, budget - opzij, delen)
            if kap:
                return naam, kap
    return _plafond(f, keuzes, budget, prijzen)


def _plafond(
    f: Feiten, keuzes: list[Keuze], budget: int, prijzen: list[tuple[int, Keuze]]
) -> tuple[str, int]:
    """The dearest of ``prijzen`` and the most it may cost (:func:`plafond`)."""
    duur, k = max(prijzen, key=lambda x: (x[0], x[1].werkvorm.id))
    laag, hoog = uit_het_budget(f, kosten(f, [x for x in keuzes if x is not k]))
    # the most that part may cost at a fixed price while the estimate, with a fifth for the
    # unforeseen, still fits (review 42d: the budget is a limit, not a wish)
    ruimte = budget * 100 // (100 + ONVOORZIEN) - raming(laag, hoog)
    kap = max(0, ruimte // 500 * 500)
    while kap and met_onvoorzien(laag + kap, hoog + kap) > budget:
        kap -= 500
    if kap * 2 < duur:
        # less than half its least cost is no smaller form of it, but another thing (review
        # 42c: a survey 'of at most € 500 instead of € 5,000')
        kap = 0
    return k.werkvorm.naam, kap


def proef(f: Feiten, keuzes: list[Keuze] | None = None) -> bool:
    """Does the case hold a trial (a pilot it names, or one in the design)? Then its
    evaluation is what the later decision rests on, and no budget cut takes it out (review 18:
    the JOP's trial is evaluated before the college decides whether it stays)."""
    return any(g.id == "pilot" for g in f.vraagstuk.werkvormen) or any(
        k.werkvorm.id == "pilot" for k in keuzes or []
    )


BUFFER = 10
"""A design that leaves less than this percentage of the budget for the unforeseen is tight."""


def krap(f: Feiten, keuzes: list[Keuze], budget: int) -> tuple[list[Keuze], list[Bevinding]]:
    """A design that fits with (almost) nothing left: the leerarena (the evaluation) becomes
    its least form first (:data:`EVALUATIE_KORT`), so that some room stays for the unforeseen,
    and the advice says so. Not when the
    case names the leerarena itself, the raad asked for it, or it evaluates a trial.

    Why: review 30: a budget used to the last euro has no room for anything unforeseen; the
    evaluation is the part to drop first, by own staff asking those who took part."""
    prijs = budget_min(f, keuzes)
    if prijs * 100 <= budget * (100 - BUFFER):  # whole numbers: any budget, no overflow
        return keuzes, []
    if proef(f, keuzes):
        return keuzes, []
    kort = {
        id(k): z[0]
        for k in keuzes
        if k.werkvorm.id == "leerarena"
        and not onmisbaar(f, k)
        and (z := zuiniger_vorm(f, k)) is not None
    }
    if not kort:
        return keuzes, []
    # the evaluation is kept in its least form, not dropped (review 50b)
    over = [kort.get(id(k), k) for k in keuzes]
    nu = budget_min(f, over)
    if nu >= prijs:
        return keuzes, []  # it cost this budget nothing: dropping it makes no room
    return over, [
        bevinding(
            "MIX-BUDGET",
            Ernst.let_op,
            "MIX-BUDGET.krap",
            bronnen=[],  # own arithmetic: no source carries it
            kosten=prijs,
            budget=budget,
            ruimte=budget - nu,
        )
    ]


def past_in_budget(f: Feiten, keuzes: list[Keuze]) -> bool:
    """Does the gemeente's least cost of these choices fit the budget? (No budget: yes.) Only
    then is a whole design of cheaper werkvormen tried; a design that fits at its least cost
    but not on the estimate is made smaller form by form (:func:`inkrimpen`).

    Why: review 40: switching the whole design to cheaper forms on the estimate swapped a
    survey of permit holders for street interviews and left a third of the budget unused."""
    budget = f.vraagstuk.kaders.budget_euro
    return budget is None or budget_min(f, keuzes) <= budget


@regel(
    "MIX-BUDGET",
    Thema.mix,
    "Past de mix in het budget?",
    """Het ontwerp moet binnen het budget voor participatie passen op de schatting: de ondergrens
    van elke werkvorm plus een tiende van de bandbreedte (sober, met eigen mensen), met 20 procent
    voor onvoorzien. Past de schatting
    niet, dan laat pionieren eerst werkvormen weg waarvan de groepen ook elders aan bod komen,
    zodat de schatting past of zo dicht mogelijk bij het budget komt; daarna noemt het de
    werkvormen die sober moeten blijven en pas dan het tekort. Betalen gemeente en initiatiefnemer samen uit één budget, dan telt het hele ontwerp
    van beiden, en zegt het advies dat zij vooraf afspreken wie wat betaalt. Past het niet, dan kiest pionieren goedkopere werkvormen die hetzelfde doen. Een betaalde
    gespreksleider bij polarisatie 3, zonder tegenstander met veel invloed aan tafel, valt eerder
    weg dan een werkvorm: dan leidt een ervaren collega van buiten het project het gesprek. Is
    het tekort dan klein, dan wordt eerst het duurste deel dat niet vastligt precies zoveel
    kleiner (hoogstens een derde; niet de terugkoppeling, de evaluatie, het eigen instrument of
    de weg naar een moeilijk bereikbare groep). Anders
    krijgt elke stap eerst zijn goedkopere vorm, één soort tegelijk tot het past, en zegt het
    advies dat één keer ("Voor het budget: X (€ ..., was € ...)"): de terugkoppeling per brief,
    e-mail en website; de evaluatie als korte evaluatie door eigen mensen (vraag na afloop wie
    meedeed wat goed ging); een reeks gesprekken per persoon in één week (acht gesprekken). Dan laat
    het werkvormen weg waarvan de groepen ook elders aan bod komen. Past ook dat niet, dan wordt
    het ontwerp toch kleiner, en vraagt het advies niet om meer geld: eerst vallen weg de
    onderdelen die geen moeilijk bereikbare groep bereiken en die de zaak niet zelf noemt of de
    wet niet voorschrijft (een toets bij een instrument waar niemand om vroeg, een bijeenkomst
    voor de raad als de raad niet beslist). Het schriftelijke advies van een adviesraad blijft
    altijd: dat is een eigen stap, geen gesprek dat een bezoek aan de vergadering kan vervangen. Een werkvorm met een eigen functie in de zaak blijft
    daarbij vóór een brede werkvorm die alleen herhaalt: het enige directe gesprek met
    tegenstanders die invloed hebben, of het enige moment op de plek zelf. Daarna spreekt de
    gemeente groepen in een
    bijeenkomst die zij al hebben of op de plek waar zij al samenkomen (de dagbesteding), in
    plaats van in een eigen werkvorm. Het advies van een ondernemingsraad of een ROCOV geven zij
    volgens hun eigen wet: het participatiebudget betaalt dat niet. Zet het vraagstuk het
    personeel buiten de participatie, dan is het advies van de ondernemingsraad geen stap van
    het ontwerp. Een groep die zo geen
    eigen moment meer heeft, schuift aan bij de stap waarin inwoners de keuzes afwegen, als
    zij daar mag zitten: dat kost niets extra. Het advies zegt wat het
    kleinere ontwerp opgeeft: welke groepen en onderwerpen niet meer apart aan bod komen, en wat
    de gemeente dan nog mag beloven. Het volle ontwerp blijft een keuze voor wie het budget
    vaststelt, geen voorwaarde. Een werkvorm die een moeilijk bereikbare groep bereikt, valt
    nooit weg. Wat een andere organisatie al zelf doet en betaalt (een wijkbudget van een
    wijkplatform, een schouw van de veiligheidsregio), telt niet mee voor het budget, en bij een gedeeld budget ook niet wat de
    initiatiefnemer zelf al besloot: dat betaalt hij zelf (behalve als zijn eigen geld al in het
    budget zit: dat telt niet twee keer). Geen bedrag "erbij": een gegeven budget is een grens.
    Elke rij van het ontwerp kost een rond bedrag van € 50 of meer. Een proef die al vaststaat, betaalt
    het project. Betaalt de initiatiefnemer, dan noemt het advies het bedrag dat het college met
    hem afspreekt en wat daar minstens in zit: de wettelijke stap, de route naar een moeilijk
    bereikbare groep, het eerste gesprek apart met een tegenstander en de terugkoppeling. Past het ontwerp maar net (minder dan 10 procent over voor onvoorzien), of is het
    budget te klein, dan wordt de aparte evaluatiebijeenkomst eerst een korte evaluatie door
    eigen mensen, behalve als die een proef evalueert waarop een later besluit rust. Die korte
    evaluatie valt nooit weg. Het budget is een grens: past de schatting
    met 20 procent onvoorzien niet, dan laat pionieren ook werkvormen weg waarvan de groepen
    elders aan bod komen, of een dure werkvorm waarvan de onderwerpen ook in een andere
    werkvorm aan bod komen (een spel over twee bekende varianten), tot de schatting past. Nooit
    een wettelijke stap, de terugkoppeling, de enige route naar een moeilijk bereikbare groep
    of de enige werkvorm waarin een open punt zijn trede krijgt; de evaluatie gaat pas als
    laatste (in haar korte vorm blijft zij). Past ook het kleinste ontwerp niet, dan
    krijgt het duurste deel een plafond zodat de schatting past, maar nooit minder dan de helft
    van de ondergrens. Het ontwerp rekent dan met dat kleinere deel (minder plekken, vragen of
    deelnemers), in de tabel en in de schatting, en het advies zegt het één keer: "Voor het
    budget: ... voor hoogstens ... in plaats van ...". Past het dan nog niet, dan noemt het
    advies één keer wat het kleinste ontwerp kost, het tekort en de duurste stap; het vraagt
    niet om meer geld. Zegt een kader dat er voor de participatie geen geld bij komt, dan moet
    het ontwerp passen: een collega van buiten het project leidt het gesprek, het duurste deel
    wordt kleiner (tot een derde), en de enige betaalde plek van een groep wordt een bezoek door
    eigen medewerkers. Een stap waarin inwoners een beloofd punt afwegen, wordt eerst kleiner
    (minder bijeenkomsten) en valt pas als laatste weg. Een brede werkvorm waar ieder zelf op af
    komt (een enquête, inloopavond of panel) die iemand alleen voorstelde (niet besloten) en die
    geen moeilijk bereikbare groep nodig heeft, wordt daarbij als eerste kleiner of valt af, met
    één zin die zegt waarom; de wegen naar moeilijk bereikbare groepen gaan voor. Een groep die
    moeilijk te bereiken is en een stap had die naar haar toe gaat (op straat, aan huis, via
    vertrouwde mensen), houdt zo'n stap: de bezuiniging zet haar nooit in een bijeenkomst als de
    klankbordgroep. Een bezoek door eigen medewerkers komt er niet voor een groep die volgens
    het vraagstuk alleen via mensen die zij al kent benaderd mag worden. Past het dan nog niet, dan noemt het
    advies het tekort als bedrag dat erbij moet, en wat als eerste vervalt als dat geld er niet
    komt; het stelt nooit voor om open onderwerpen uit de
    participatie te halen, en nooit om het tekort te aanvaarden. Zo gaat het ook zonder zo'n kader als het ontwerp na de gewone stappen nog
    meer dan een kwart boven het budget ligt: dan maakt pionieren het kleiner tot het past en
    noemt het wat wegviel; een stap waarin inwoners mee besluiten of mee doen blijft dan. Alleen
    een tekort van hoogstens een kwart blijft een keuze van het bestuur. Het onvoorziene is precies 20 procent van de rijen. Het zegt dan waarvoor wat overblijft vooral nodig is:
    hoogstens drie redenen die in dit ontwerp gelden, de zwaarste eerst (wat het vraagstuk noemt, de wet, een formeel advies,
    een toezegging, het moment van de raad, de partners, de enige ronde voor iedereen, een
    moeilijk bereikbare groep, de terugkoppeling). Pionieren zet het budget af tegen een schatting: de ondergrens van elke
    werkvorm plus een tiende van de bandbreedte. Dekt het budget die schatting met 20 procent marge en ruim
    2.500 euro meer, dan zegt pionieren waar de rest heen gaat, naar wat de zaak het meest
    mist: eerst het bereiken van een moeilijk bereikbare groep die nog geen werkvorm bereikt;
    bij een keuze tussen mogelijkheden waarover groepen verdeeld zijn dan een onafhankelijke
    gespreksleider; dan meer tijd voor de
    gesprekken één voor één met inwoners met een groot belang (zoals keukentafelgesprekken),
    dan (zonder zo'n keuze) een onafhankelijke
    gespreksleider (bij polarisatie 4 of 5 of tegenstanders met invloed, als die nog niet in de
    kosten zit), een ontwerper voor
    varianten (bij een open punt over de inrichting), post op papier aan huis (voor groepen die
    papier beter bereikt, als geen werkvorm hen al thuis bereikt), het bereiken van groepen die
    moeilijk te bereiken zijn, en een vergoeding voor deelnemers alleen waar een werkvorm veel
    uren vraagt (de catalogus noemt de vergoeding als voorwaarde, zoals bij een burgerberaad of
    jury) of een kwetsbare groep vraagt mee te doen. Laat pionieren een werkvorm weg die het zelf koos, zonder dat er een belofte
    wegvalt, dan zegt het alleen dat het ontwerp kleiner is en elke groep nog aan bod komt. Is het budget juist twee keer de schatting
    of meer, dan zegt pionieren hoeveel er overblijft en waarvoor: de gesprekken één voor één
    (bij een gedeeld budget eerst die de initiatiefnemer nu zelf betaalt), het spoor waarin
    inwoners zelf meedoen, diepgang voor inwoners met een groot belang die het ontwerp alleen
    breed bereikt (niet de initiatiefnemer zelf); is er zo'n gat niet, dan zegt het niets. Is
    het budget te krap, dan betaalt het budget van een later besluit met een eigen datum (zoals
    een omgevingsprogramma) de stappen na het besluit die alleen dat latere besluit
    voorbereiden: zij blijven in het ontwerp, buiten dit budget. De samenvatting noemt één
    bedrag, de schatting, en zegt in één zin wat wegviel en waar de onderwerpen nog aan bod
    komen. De tabel van het ontwerp toont per werkvorm ook één bedrag, de schatting; die
    bedragen met de regel voor onvoorzien tellen op tot het bedrag in de samenvatting. De
    bandbreedte staat alleen in de gegevens (JSON).""",
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
    # the advice of an ondernemingsraad on what the case puts outside the participation is no
    # step of it, with a budget or without
    keuzes = zonder_wettelijk(f, keuzes)
    budget = f.vraagstuk.kaders.budget_euro
    if budget is None:
        return keuzes, []
    if schatting(f, keuzes) <= budget:
        return krap(f, keuzes, budget)
    # the work after the decision for a later decision of its own goes to that one's budget
    keuzes, naar_later = later_betaald(f, keuzes)
    if schatting(f, keuzes) <= budget:
        over, krap_ = krap(f, keuzes, budget)
        return over, [*naar_later, *krap_]
    # a paid chair goes before any form with its groups: a colleague from outside the project
    keuzes = [eigen_gespreksleider(f, k) for k in keuzes]
    if schatting(f, keuzes) <= budget:
        over, krap_ = krap(f, keuzes, budget)
        return over, [*naar_later, *krap_]
    # a small gap: the dearest step that is no one's must shrinks by it, before the feedback
    # and the evaluation become a token (review 51: Beekloon)
    duurst = duurste_kleiner(f, keuzes, budget)
    if duurst is not None:
        keuzes, paar = duurst
        zuinig_ = bevinding(
            "MIX-BUDGET",
            Ernst.let_op,
            "MIX-BUDGET.zuiniger",
            bronnen=[],  # own arithmetic: no source carries it
            paren=[paar],
        )
        over, krap_ = krap(f, keuzes, budget)
        return over, [*naar_later, zuinig_, *krap_]
    # then each step in its cheaper form, before any step goes (review 50b)
    voor_zuinig = keuzes
    per_keuze: dict[int, list[str]] = {}
    keuzes, paren = zuiniger(f, keuzes, budget, per_keuze)
    zuinig_ = bevinding(
        "MIX-BUDGET",
        Ernst.let_op,
        "MIX-BUDGET.zuiniger",
        bronnen=[],  # own arithmetic: no source carries it
        paren=paren,
    )
    if paren:
        naar_later = [*naar_later, zuinig_]
    if schatting(f, keuzes) <= budget:
        over, krap_ = krap(f, keuzes, budget)
        return over, [*naar_later, *krap_]
    vrij = [k for k in keuzes if not blijft(f, k)][:12]  # at most 4,096 designs to compare
    gediend = {n for k in keuzes if voor_het_besluit(k) for n in k.voor}
    punten = {p for k in keuzes for p in k.onderwerpen}
    modi = {k.modus for k in keuzes}
    functie = functies(f, keuzes)
    zuinig = [schatting(f, keuzes)]  # the least estimate of a design that keeps every way

    def beoordeel(weg: tuple[Keuze, ...]) -> tuple[object, ...] | None:
        over = [k for k in keuzes if k not in weg]
        nog = {n for k in over if voor_het_besluit(k) for n in k.voor}
        if not gediend <= nog:
            return None  # a group that was served before the decision would be dropped
        if not punten <= {p for k in over for p in k.onderwerpen}:
            return None  # an open point would lose the only werkvorm about it (MIX-ONDERWERP)
        verloren = len(modi - {k.modus for k in over})
        kwijt_f = len(functie - functies(f, over))
        prijs = budget_min(f, over)
        raming_ = schatting(f, over)
        if not verloren:
            zuinig[0] = min(zuinig[0], raming_)
        if raming_ <= budget and not verloren and not kwijt_f:
            # the estimate fits without losing a way of working or a function: the richest
            return (0, -raming_)
        if prijs <= budget and not verloren and not kwijt_f:
            # the estimate does not fit yet: leave out all that can go without a loss, so that
            # the shortfall on the estimate is as small as it gets (review 40)
            return (1, raming_)
        if prijs <= budget:
            # within budget only with a loss: lose as few ways of working and functions as
            # possible, then keep the richest design
            return (2, verloren, kwijt_f, -prijs)
        # otherwise: the cheapest design that still serves every group
        return (3, prijs, verloren, kwijt_f)

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
    if (
        schatting(f, over) <= budget
        and any(not duur_verdiepend(f, k) for k in weg_)
        and krimpt(f, keuzes, budget)
    ):
        # a smaller form of a dear form of depth makes it fit: that goes before a cheap step
        # that reaches many (review 47a/47b), also after the cheaper forms
        kleinste, gezegd = kleiner(f, keuzes, [])
        if not gezegd.waarden.get("weggelaten"):
            return kappen(f, kleinste, gezegd), [*naar_later, gezegd]
    if schatting(f, over) <= budget and paren:
        # a step left out made room: a cheaper form that is then not needed goes back to the
        # form it had, the last one first
        eerst = {id(n): o for n, o in zip(keuzes, voor_zuinig, strict=True) if n is not o}
        for i in reversed(range(len(over))):
            oud = eerst.get(id(over[i]))
            terug = [*over[:i], oud, *over[i + 1 :]] if oud is not None else over
            if oud is not None and schatting(f, terug) <= budget:
                paar = per_keuze[id(over[i])]
                over = terug
                paren[:] = [p for p in paren if p is not paar]
        if not paren:
            naar_later = [b for b in naar_later if b is not zuinig_]
    if schatting(f, over) > budget:
        # even the design that serves every group does not fit (on the estimate with a fifth
        # for the unforeseen: the budget is a limit, review 42d): smaller still, said openly,
        # chosen again from the whole design (a cheap form with a function left out for the
        # groups may come back in place of one without), unless that is too many to compare
        opnieuw = sum(not onmisbaar(f, k) for k in keuzes) <= MAX_WEG
        kleinste, gezegd = kleiner(f, keuzes, []) if opnieuw else kleiner(f, over, weg_)
        # a fixed budget is a limit: the tool drops steps itself (review 46a)
        kleinste, hard = grens(f, kleinste, gezegd)
        kleinste = kappen(f, kleinste, gezegd)
        # a budget that will not grow: smaller still until it fits (review 51b)
        voor_vast = {id(k) for k in kleinste}
        kleinste, vast = binnen_vast(f, kleinste)
        if vast is not None:
            # a cheaper form of a step that is now a visit or gone is no longer said
            vervallen = [
                per_keuze[i] for i in voor_vast - {id(k) for k in kleinste} if i in per_keuze
            ]
            paren[:] = [p for p in paren if not any(p is o for o in vervallen)]
            # only a modest gap on a budget that may grow is still the bestuur's to accept
            gezegd.waarden["vast"] = not vast.waarden["aanvaarden"]
            # a step that is now a visit by own staff is where the groups of a dropped step
            # talk along, by that name
            _naar_bezoek(vast.waarden["bezocht"], gezegd, hard)
            if vast.waarden["gekapt"]:
                gezegd.waarden["duurste"] = ""  # its ceiling is said once, with the cuts
            gezegd.waarden["kosten"] = vast.waarden["kosten"]
            gezegd.waarden["tekort"] = vast.waarden["tekort"]
        kleinste = _terug_wat_past(f, keuzes, kleinste, budget, [gezegd, hard, vast])
        if hard is not None and not hard.waarden["stappen"]:
            hard = None  # every step it dropped came back
        extra = [b for b in (hard, vast) if b is not None]
        return kleinste, [*naar_later, gezegd, *extra]
    over, krap_ = krap(f, over, budget)
    if not weg_:
        return over, [*naar_later, *krap_]
    weggelaten = sorted(weg_, key=lambda k: k.werkvorm.id)
    verloren = [m for m in Modus if m in modi and m not in {k.modus for k in over}]
    raming_ = schatting(f, over)
    return over, [
        bevinding(
            "MIX-BUDGET",
            # a form pionieren chose itself and left out again is no loss to name, unless a
            # promise goes with it: then the design only stays sober
            Ernst.waarschuwing if verloren and boven_adviseren(f) else Ernst.info,
            "MIX-BUDGET.weggelaten",
            bronnen=[],  # own arithmetic: no source carries it
            weggelaten=[k.werkvorm.naam for k in weggelaten],
            elders=elders(weggelaten, over),
            groepen_elders=any(k.voor for k in weggelaten),
            verloren=[m.value for m in verloren],
            hoger=boven_adviseren(f),
            # the least estimate of a design that keeps every way of working (one kind of
            # amount in the report: the estimate, review 42d)
            met=zuinig[0],
            budget=budget,
            raming=raming_,
            tekort=max(0, raming_ - budget),
        ),
        *naar_later,
        *krap_,
    ]


def _terug_wat_past(
    f: Feiten,
    eerder: list[Keuze],
    nu: list[Keuze],
    budget: int,
    gezegd: list[Bevinding | None],
) -> list[Keuze]:
    """After all cuts, the steps the case named (decided or proposed) that were dropped and fit
    in the money that is left come back, the cheapest first, in the design's order; the findings no longer name them (changes the
    findings in ``gezegd`` in place). A step a visit by own staff replaced stays replaced: that
    visit reaches the same groups.

    Why: review 64a (geitenhouderij): the raad's hearing and information meeting (€ 100 each)
    and the proposed evening of the dorpsraad were dropped while € 4,980 of a € 9,000 budget
    was left: 'het ontwerp is kleiner gemaakt terwijl er geld over is'."""
    bezocht = {n for b in gezegd if b is not None for n in b.waarden.get("bezocht", [])}
    ids = {k.werkvorm.id for k in nu}
    kandidaten = sorted(
        (
            k
            for k in eerder
            if k.werkvorm.id not in ids
            and k.werkvorm.naam not in bezocht
            # what the case itself named or a party proposed: its absence is what a reader
            # misses; a step the tool chose itself stays out, so the calendar of the smaller
            # design holds (Ravenstede: the raad's information meeting put back moved the
            # overleg after the commissie's papers)
            and k.genoemd
        ),
        key=lambda k: (schatting(f, [k]), k.werkvorm.id),
    )
    terug: list[Keuze] = []
    for k in kandidaten:
        if schatting(f, [*nu, *terug, k]) <= budget:
            terug.append(k)
    if not terug:
        return nu
    namen = {k.werkvorm.naam for k in terug}
    uit = [*nu]
    for k in terug:
        # in the design's order: after the step that came before it in the first design
        plek = eerder.index(k)
        voor = [x.werkvorm.id for x in eerder[:plek]]
        i = max((j + 1 for j, x in enumerate(uit) if x.werkvorm.id in voor), default=0)
        uit.insert(i, k)
    prijs = schatting(f, uit)
    for b in gezegd:
        if b is None:
            continue
        w = b.waarden
        for sleutel in ("weggelaten", "elders"):
            if sleutel in w:
                w[sleutel] = [n for n in w[sleutel] if n not in namen]
        if "stappen" in w:
            w["stappen"] = [s for s in w["stappen"] if s["naam"] not in namen]
        if "voorgesteld" in w:
            w["voorgesteld"] = [v for v in w["voorgesteld"] if v["naam"] not in namen]
        if "kosten" in w:
            w["kosten"] = prijs
        if "tekort" in w:
            w["tekort"] = max(0, prijs - budget)
    return uit


def later_besluit(f: Feiten, k: Keuze) -> str:
    """The open point this step after the decision prepares, when that point has a later
    decision of its own (its ``uiterlijk`` after the decision of this case, or a date while this
    case has none): every point of the step must. Empty otherwise.

    Why: review 44b (Hunzeloo): talks per kern for the omgevingsprogramma, a decision of the
    college half a year after the visie, were the only step the short budget of the visie could
    not lose, and the advice asked for € 11,600 more although "er komt geen extra geld bij". Work
    for a later decision belongs to the budget of that decision."""
    if fase_van(k) is not Procesfase.uitwerken or not k.onderwerpen:
        return ""
    kaders = f.vraagstuk.kaders
    datum = {p.onderwerp: p.uiterlijk for p in kaders.open}
    if not all(
        (d := datum.get(o)) is not None
        and (kaders.besluit_uiterlijk is None or d > kaders.besluit_uiterlijk)
        for o in k.onderwerpen
    ):
        return ""
    return k.onderwerpen[0]


_KOP = re.compile(r"^((?:het|de)\s+[^,(]+?)(?:\s+(?:met|voor|over|van|in|op|per)\s|[,(.]|$)", re.I)


def kort_punt(onderwerp: str) -> str:
    """The head of an open point as a noun for a sentence ('Het eerste omgevingsprogramma met
    de projecten per kern' → 'het eerste omgevingsprogramma'); empty when the point does not
    start with one (then the text says 'dat latere besluit')."""
    m = _KOP.match(onderwerp.strip())
    if m is None or len(m.group(1).split()) > 5:
        return ""
    kop = m.group(1)
    return kop[0].lower() + kop[1:]


def later_betaald(f: Feiten, keuzes: list[Keuze]) -> tuple[list[Keuze], list[Bevinding]]:
    """The design whose steps after the decision for a later decision of its own
    (:func:`later_besluit`) are paid from that decision's budget, when the participation budget
    is short; a finding names them. The steps stay in the design."""
    uit = [
        dataclasses.replace(k, later=punt, _gezien=set(k.voor))
        if (punt := later_besluit(f, k)) and betaald_door(f, k) == "gemeente"
        else k
        for k in keuzes
    ]
    verplaatst = [k for k in uit if k.later]
    if not verplaatst:
        return keuzes, []
    return uit, [
        bevinding(
            "MIX-BUDGET",
            Ernst.info,
            "MIX-BUDGET.later",
            bronnen=[],  # own arithmetic: no source carries it
            namen=[k.werkvorm.naam for k in verplaatst],
            besluit=kort_punt(verplaatst[0].later),
        )
    ]


def uitkomst(
    f: Feiten, keuzes: list[Keuze], eerste: list[Keuze], voorkeur: Voorkeur
) -> list[Bevinding]:
    """What the advice says about the budget of the design ``keuzes``, chosen with
    ``voorkeur``, when it fits: that the budget leaves much room, what the rest is for, or that
    cheaper werkvormen were chosen than the first attempt (``eerste``); and which werkvormen to
    keep sober when their upper bounds run far over the budget (:func:`sober`). A design that
    does not fit has its own note (MIX-BUDGET.kleiner)."""
    budget = f.vraagstuk.kaders.budget_euro
    if budget is None:
        return []
    sober_ = sober(f, keuzes, budget)
    if f.vraagstuk.kaders.betaler is Betaler.initiatiefnemer:
        # the initiator pays: the budget is the initiator's, not the gemeente's to spend
        return [sober_] if sober_ else []
    prijs = budget_min(f, keuzes)
    if prijs > budget:
        return []
    # a gemeente that pays nothing itself here (the initiator runs the talks; the raad's own
    # moments are the griffie's) has no thin design of its own to read from its budget
    eigen = uit_het_budget(
        f, kosten(f, [k for k in keuzes if organisator(f, k) is not Organisator.griffie])
    )
    schatting_ = schatting(f, keuzes)
    ruim = (
        ruimte_over(f, keuzes, prijs, budget) if eigen[0] and budget >= RUIM * schatting_ else None
    )
    if ruim is not None:
        return [ruim]
    rest_ = rest(f, keuzes, prijs, budget)
    if rest_ is not None:
        return [rest_]
    extra = [sober_] if sober_ is not None else []
    if voorkeur is not Voorkeur.kwaliteit and not past_in_budget(f, eerste):
        return [
            bevinding(
                "MIX-BUDGET",
                Ernst.let_op,
                "MIX-BUDGET.goedkoper",
                bronnen=[],  # own arithmetic: no source carries it
                eerste=budget_min(f, eerste),
                budget=budget,
            ),
            *extra,
        ]
    return extra


def pot(f: Feiten, k: Keuze) -> bool:
    """Does the participation budget pay this choice? The gemeente's own forms, the initiator's
    too when the budget is shared, only the initiator's when the initiator pays."""
    wie = betaald_door(f, k)
    betaler = f.vraagstuk.kaders.betaler
    if betaler is Betaler.initiatiefnemer:
        return wie == "initiatiefnemer"
    return wie == "gemeente" or (betaler is Betaler.beide and wie == "initiatiefnemer")


def sober(f: Feiten, keuzes: list[Keuze], budget: int) -> Bevinding | None:
    """The werkvormen to keep sober when the estimate of what the budget pays, with a fifth for
    the unforeseen (:func:`~pionieren.analysis.mix.kosten.met_onvoorzien`), is still above
    the budget after the design was made smaller: the ones with the widest range first, until
    the estimate with those at their lower bound fits; at most two. Never a form that reaches a
    hard-to-reach group, nor the one-by-one talks with the inwoners with a large stake. None
    when the estimate fits, or the least cost does not fit either (then MIX-BUDGET.kleiner
    speaks).

    Why: review 38: upper bounds of about € 48,000 against a budget of € 12,000, and "the rest
    is for the unforeseen". Review 40: "Alles ruim uitgevoerd kost tot € X" is a number no
    bestuurder needs; the advice names the shortfall on the estimate and which forms to keep
    sober."""
    eigen = [k for k in keuzes if pot(f, k)]
    prijzen = [(k, kosten_van(f, k)) for k in eigen]
    laag = sum(p[0] for _, p in prijzen)
    hoog = sum(p[1] for _, p in prijzen)
    raming_ = met_onvoorzien(laag, hoog)
    if budget <= 0 or laag > budget or raming_ <= budget:
        return None
    namen: list[str] = []
    kern = set(een_voor_een(f, keuzes))  # the core talks keep their money (MIX-BUDGET.rest)
    kandidaten = sorted(
        (
            (k, p)
            for k, p in prijzen
            if not k.inclusie and k.werkvorm.naam not in kern and p[1] > p[0]
        ),
        key=lambda x: (-(x[1][1] - x[1][0]), x[0].werkvorm.id),
    )
    nu = hoog
    for k, (lo, hi) in kandidaten:
        if met_onvoorzien(laag, nu) <= budget or len(namen) == 2:
            break
        if k.werkvorm.naam not in namen:
            namen.append(k.werkvorm.naam)
        nu -= hi - lo
    return bevinding(
        "MIX-BUDGET",
        Ernst.info,
        "MIX-BUDGET.sober",
        bronnen=[],  # own arithmetic: no source carries it
        raming=raming_,
        budget=budget,
        tekort=raming_ - budget,
        namen=namen,
        past=met_onvoorzien(laag, nu) <= budget,
    )


REST_MIN = 2500
"""Less room than this beyond the sober design and its reserve buys no extra part worth naming
(an independent gespreksleider costs about this for a few evenings)."""

RUIM_PER_DEEL = 4
"""A rest of more than this many times :data:`REST_MIN` per part named is more than those parts
use: the advice says it need not be spent, rather than sending it all to them."""

_VORM = re.compile(
    r"\b(?:(?:her)?inricht\w*|(?:her)?ingericht|ontwerp\w*|variant\w*|vormgev\w*|indeling|profiel|drempel\w*|plateau\w*|oversteek\w*|versmalling\w*)\b",
    re.I,
)
"""An open point about how a place or street will look: a designer can draw variants of it."""

_PAPIER = frozenset({Kenmerk.ouderen, Kenmerk.digitaal_minder_vaardig, Kenmerk.laaggeletterd})
"""Groups that a letter on paper at home reaches better than a link."""

_OP_PAPIER = frozenset(
    {
        "enquete",
        "informatiebrief",
        "huis-aan-huis",
        "keukentafelgesprek",
        "schriftelijke-consultatie",
        "advies-aan-huis",
    }
)
"""Werkvormen that already reach people at home or on paper."""


def _vergoeding_nodig(w: Werkvorm) -> bool:
    """Does the catalogue make a fee for the participants a condition of this form?"""
    return any("vergoeding" in r.lower() for r in w.randvoorwaarden)


DUN = 500
"""A step of depth estimated below this (€) is funded at its least: a few hours of one
colleague (:func:`dun_bedeeld`)."""


def dun_bedeeld(f: Feiten, keuzes: list[Keuze]) -> list[str]:
    """The steps of depth before the decision that reach a group hard to reach (inclusion, or
    a group marked hard to reach) and that this budget funds at less than :data:`DUN`: the
    first places money left over goes to (more visits, a tolk, more time).

    Why: review 57c (Oosterweide): "Gesprek bij een bestaande groep ... Kerkgangers zonder
    internet en Winkelpersoneel ... € 150" next to "Er blijft € 16.400 over; dat hoeft niet
    op"."""
    moeilijk = {
        p.naam
        for p in f.vraagstuk.belanghebbenden
        if p.bereikbaarheid is Bereikbaarheid.moeilijk and p.soort is SoortBelanghebbende.inwoners
    }
    return list(
        dict.fromkeys(
            k.werkvorm.naam
            for k in keuzes
            if voor_het_besluit(k)
            and pot(f, k)
            and k.werkvorm.verbreding_of_verdieping is not Reikwijdte.verbreding
            and (k.inclusie or moeilijk & set(k.voor))
            and 0 < raming(*kosten_van(f, k)) < DUN
        )
    )


def rest(f: Feiten, keuzes: list[Keuze], prijs: int, budget: int) -> Bevinding | None:
    """A budget that covers the sober design with a fifth for the unforeseen and more: what the
    rest buys in this case, in order. An independent gespreksleider when the case is divided
    (polarisatie 4 or 5) or opponents with influence must be spoken directly; a designer for
    variants when an open point is about how something will look; a letter and survey on paper
    at home when a group is reached better on paper and no form of the design goes there yet; a vergoeding for inwoners who give many
    evenings (a form of depth at adviseren or higher). None when nothing applies.

    Why: review 33: "the report does not say what the other € 20,000 is for"; the sober design
    priced the gespreksleider at the lowest price while the report asked for an independent
    one (review 32b)."""
    laag, hoog = uit_het_budget(f, kosten(f, keuzes))
    schat = raming(laag, hoog)
    reserve = met_onvoorzien(laag, hoog)  # a fifth more, rounded up to € 100
    if prijs <= 0 or budget < reserve + REST_MIN:
        return None
    v = f.vraagstuk
    tegen = any(p.houding is Houding.tegen and hoog_of_middel(p.invloed) for p in v.belanghebbenden)
    wat: list[str] = []
    gesprekken = een_voor_een(f, keuzes)
    betaald = any(k.gespreksleider for k in keuzes) and not any(
        "MIX-POLARISATIE" in k.regels for k in keuzes
    )
    # a chair the budget made a colleague from outside the project (:func:`eigen_gespreksleider`)
    # and the final design could not pay back (:func:`betaalde_leider_terug`): the rest is too
    # small to pay one and is not offered for it (review 55c, Oosterweide: "het budget
    # laat geen betaalde toe" next to "Er blijft € 2.640 over voor onafhankelijke
    # gespreksleiding")
    collega = any(
        r.sleutel == "MIX-AFWEGEN.samen" and r.waarden.get("collega")
        for k in keuzes
        for r in k.redenen
    )
    leider = ((v.polarisatie or 0) >= 4 or tegen) and not betaald and not collega
    # a choice between options that divides the groups needs a chair no party doubts before it
    # needs more time for the talks one by one (review 48e: Oudeschoor's € 14,400 went to
    # "meer tijd voor de keukentafelgesprekken" while three villages weighed three sites)
    keuze = any(p.keuze and not p.na_besluit for p in v.kaders.open)
    if leider and keuze:
        wat.append("gespreksleider")
    if gesprekken:
        wat.append("kern")
    if leider and not keuze:
        # not when the design's only chair is in its cost already (rule MIX-AFWEGEN)
        wat.append("gespreksleider")
    if any(_VORM.search(p.onderwerp) for p in v.kaders.open):
        wat.append("ontwerper")
    aan_huis = {k.werkvorm.id for k in keuzes} & _OP_PAPIER
    if not aan_huis and any(_PAPIER & set(p.kenmerken) for p in v.belanghebbenden):
        wat.append("papier")
    inwoners = [p for p in v.belanghebbenden if p.soort is SoortBelanghebbende.inwoners]
    # a group hard to reach that no form before the decision reaches yet
    onbereikt = [
        p.naam
        for p in inwoners
        if p.bereikbaarheid is Bereikbaarheid.moeilijk
        and not any(k.serves(p.naam) and voor_het_besluit(k) for k in keuzes)
    ]
    if onbereikt:
        # a group hard to reach that nothing reaches yet is what the case lacks most: first
        wat.insert(0, "bereik")
    # a step of depth for a group hard to reach that the design funds at its least: topped up
    # before anything else is added (review 57c: "Er blijft € 16.400 over; dat hoeft niet op"
    # next to a talk with two hard-to-reach groups at € 150)
    dun = dun_bedeeld(f, keuzes)
    if dun:
        # after a group nothing reaches yet and the chair a divided choice needs first
        plek = 0
        while plek < len(wat) and wat[plek] in ("bereik", "gespreksleider"):
            plek += 1
        wat.insert(plek, "dun")
    # a fee where the form asks many hours of its members (the catalogue names the fee as a
    # condition: a citizens' assembly, a jury) or asks a vulnerable group; not by default
    # for everyone who comes to an evening (review 41)
    kwetsbaar_ = {p.naam for p in inwoners if kwetsbaar(p)}
    # a fee the case promises is in the cost of its step already (:func:`vergoeding_van`)
    if not any(vergoeding_van(f, k)[1] for k in keuzes) and any(
        k.werkvorm.verbreding_of_verdieping is not Reikwijdte.verbreding
        and k.trede.rang >= Trede.adviseren.rang
        and voor_het_besluit(k)
        and (
            (_vergoeding_nodig(k.werkvorm) and {p.naam for p in inwoners} & set(k.voor))
            or kwetsbaar_ & set(k.voor)
        )
        for k in keuzes
    ):
        wat.append("vergoeding")
    # each part named costs about REST_MIN: a small rest names only the first few
    wat = wat[: min(3, max(1, (budget - reserve) // REST_MIN))]  # three at most: one sentence
    if not wat:
        return None
    return bevinding(
        "MIX-BUDGET",
        Ernst.info,
        "MIX-BUDGET.rest",
        bronnen=[],  # own arithmetic: no source carries it
        rest=budget - reserve,
        # far more than the parts named can use: it need not be spent (review 53b: "Er blijft
        # € 86.720 over voor vergoedingen voor deelnemers")
        ruim=(ruim := budget - reserve > RUIM_PER_DEEL * REST_MIN * len(wat)),
        # money far beyond the parts named goes first to the broad step the decision rests on
        # (review 55c: a survey of 6,000 people at € 6.500 next to "€ 16.160 hoeft niet op")
        # (not a talk one by one the rest already gives more time: "kern")
        drager=d if ruim and not dun and (d := dragende_stap(f, keuzes)) not in gesprekken else "",
        wat=wat,
        dun=dun,
        onbereikt=onbereikt,
        gesprekken=gesprekken,
        laag=laag,
        hoog=hoog,
        raming=schat,
        reserve=reserve,
    )


def een_voor_een(f: Feiten, keuzes: list[Keuze]) -> list[str]:
    """The one-by-one conversations of the design (a price per conversation) that the budget
    pays, before the decision, with inwoners who have a high stake: the core of the case, where
    extra money goes first.

    Why: review 38 (bodemsanering): the rest went to a generic list while "the money belongs
    to the bewonersbegeleiding", the talk with each household."""
    hoog = {
        p.naam
        for p in f.vraagstuk.belanghebbenden
        if p.soort is SoortBelanghebbende.inwoners and p.belang is Niveau.hoog
    }
    return [
        k.werkvorm.naam
        for k in keuzes
        if k.werkvorm.eenheid is not None
        and k.werkvorm.eenheid.per == "gesprek"
        and pot(f, k)
        and voor_het_besluit(k)
        and hoog & set(k.voor)
    ]


RUIM = 2
"""A budget this many times the estimate of the design (:func:`schatting`) or more says
the design is probably too thin for what the case needs, not that all is well."""


def ruimte_over(f: Feiten, keuzes: list[Keuze], prijs: int, budget: int) -> Bevinding | None:
    """The budget is far larger than the sober design (and than its full version): what the
    room is for in this case. The doing forms of the design, and depth for the inwoners with a
    large stake whom only broad forms reach before the decision. None when the design has
    neither to give more to: then the budget is simply enough."""
    laag, hoog = uit_het_budget(f, kosten(f, keuzes))
    if hoog > budget:
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
        # the initiator is no gap of the design: it runs the process (review 44a: the surplus
        # went to "meer diepgang met Vereniging Hof", the initiator itself)
        and not p.initiatiefnemer
    ]
    doen = [k.werkvorm.naam for k in keuzes if k.modus is Modus.doen]
    gesprekken = een_voor_een(f, keuzes)
    # the talks the initiator decided and pays itself while the budget is of both: the part of
    # the budget that is the initiator's may pay them (review 44b: Molenakker)
    eigen = [
        k.werkvorm.naam
        for k in keuzes
        if eigen_besluit(f, k)
        and k.werkvorm.eenheid is not None
        and k.werkvorm.eenheid.per == "gesprek"
    ]
    wie = next((p.naam for p in f.vraagstuk.belanghebbenden if p.initiatiefnemer), "")
    if not doen and not dun and not gesprekken:
        return None
    return bevinding(
        "MIX-BUDGET",
        Ernst.waarschuwing,
        "MIX-BUDGET.ruim",
        bronnen=[],  # own arithmetic: no source carries it
        kosten=prijs,
        hoog=hoog,
        raming=met_onvoorzien(laag, hoog),
        budget=budget,
        doen=doen,
        dun=dun,
        gesprekken=gesprekken,
        eigen=eigen,
        wie=wie,
        rest=budget - met_onvoorzien(laag, hoog),
    )


def boven_adviseren(f: Feiten) -> bool:
    """Does the case promise more than adviseren (its ambition, or a commitment already made)?
    Only then does losing a deciding or doing form lower a promise."""
    v = f.vraagstuk
    toezegging = v.besluit.toezegging if v.besluit else None
    treden = [t for t in (v.ambitie, toezegging.trede if toezegging else None) if t is not None]
    return any(t.rang > Trede.adviseren.rang for t in treden)


_MOTIE_SAMEN = re.compile(
    r"[^.]*\bmotie\b[^.]*\bsamen met\b[^.]*|[^.]*\bsamen met\b[^.]*\bmotie\b[^.]*",
    re.IGNORECASE,
)
"""A sentence in which a motie asks to work 'samen met' inwoners ('een motie die het college
vraagt samen met het dorp een plan te maken')."""


def belofte_naam(f: Feiten) -> str:
    """The promised level as a word for the texts ('coproduceren'), or empty."""
    trede = belofte(f)
    return trede.value if trede is not None else ""


def belofte(f: Feiten) -> Trede | None:
    """The level above adviseren that the raad or college already promised, which no budget may
    lower: the trede of a toezegging in the file, or the case's ambition when an adopted motie
    asks to work 'samen met' inwoners. None when no such promise is known (a toezegging at
    adviseren or lower is no promise above it).

    Why: review 29a: the advice lowered coproduceren to adviseren for money, against a motie
    that asked the college to make a plan together with the village. Only the raad can take
    back its own motie; the advice makes the design smaller and names the choice."""
    v = f.vraagstuk
    toezegging = v.besluit.toezegging if v.besluit else None
    if toezegging is not None:
        return toezegging.trede if toezegging.trede.rang > Trede.adviseren.rang else None
    if v.ambitie is None or v.ambitie.rang <= Trede.adviseren.rang:
        return None
    tekst = " ".join([v.aanleiding or "", v.omschrijving, *v.kaders.vast])
    for zin in _MOTIE_SAMEN.findall(tekst):
        if MOTIE.search(zin):
            return v.ambitie
    return None


def verloren_door_budget(bevindingen: list[Bevinding]) -> int | None:
    """What the design would cost the gemeente with the werkvormen the budget made it leave
    out, when that lost a way of working (samen besluiten or samen doen); None otherwise.

    Why: the advice must not promise a level its design cannot carry (rule TREDE-BUDGET)."""
    for b in bevindingen:
        if b.sleutel in ("MIX-BUDGET.weggelaten", "MIX-BUDGET.kleiner") and b.waarden.get(
            "verloren"
        ):
            return int(b.waarden.get("met", 0))
    return None


_MANTELZORG = re.compile(r"mantelzorg", re.IGNORECASE)
_TOLK = re.compile(r"\btolk\w*|\bvertal\w*|\bvertaling\w*", re.IGNORECASE)
_ERVARING = frozenset({"ervaringsdeskundigen", "denktank-ervaringsdeskundigen"})
"""Werkvormen in which people speak from their own experience of care, poverty or a disability:
their time and expertise are paid for."""


@regel(
    "MIX-BUDGET-INCLUSIE",
    Thema.mix,
    "Geld voor wie anders niet mee kan doen",
    """Wie anders niet mee kan doen, kost de gemeente iets extra. pionieren noemt die kosten bij
    het budget, alleen als het vraagstuk de groep noemt: een tolk of vertaling voor inwoners
    met een migratieachtergrond voor wie het Nederlands een drempel is (zie BELANG-DREMPEL) of
    een route met een tolk; een vergoeding voor
    ervaringsdeskundigen in een werkvorm waarin zij uit eigen ervaring spreken; vervangende zorg
    voor mantelzorgers, die anders geen tijd hebben. Bedragen noemt pionieren hier niet: die
    hangen af van het aantal gesprekken en de afspraken van de gemeente. Past het ontwerp maar
    net (minder dan 2.500 euro over), dan zegt het advies hoeveel er voor die kosten overblijft
    en dat wat meer kost van het onvoorziene afgaat.""",
    ["movisie-moeilijk-bereikbaar", "pharos-bereiken"],
)
def inclusiekosten(f: Feiten, keuzes: list[Keuze]) -> list[str]:
    """The costs for inclusion the budget must hold, in plain words."""
    inwoners = [p for p in f.vraagstuk.belanghebbenden if p.soort is SoortBelanghebbende.inwoners]
    uit = []
    if any(spreekt_weinig_nederlands(p) or _TOLK.search(p.via or "") for p in inwoners):
        uit.append("een tolk of vertaling")
    if any(k.werkvorm.id in _ERVARING and not vergoeding_van(f, k)[1] for k in keuzes):
        uit.append("een vergoeding voor ervaringsdeskundigen")
    if any(_MANTELZORG.search(p.naam) for p in inwoners):
        uit.append("vervangende zorg voor mantelzorgers")
    return uit


_GEEN_GELD = re.compile(
    r"geen\s+(?:extra\s+|ander\s+)?geld\s+(?:meer\s+)?bij|meer\s+(?:geld\s+)?is\s+er\s+niet"
    r"|vast\s+budget|budget\s+is\s+vast|niet\s+meer\s+geld|geen\s+(?:extra\s+)?budget\s+bij",
    re.IGNORECASE,
)
_OVER_PARTICIPATIE = re.compile(r"participatie", re.IGNORECASE)


def vast_budget(f: Feiten) -> bool:
    """Does a fixed frame say the participation budget will not grow ("er komt geen geld bij",
    "meer is er niet", "vast budget")? Only a sentence about this budget counts: one that
    names the participation or the budget's own amount, not the credit of the works ("het
    krediet is 2,4 miljoen euro en meer is er niet").

    Why: review 51b (Walduin): against "Voor de participatie is 9.500 euro beschikbaar; er komt
    geen geld bij" the advice offered the bestuur to "accept the shortfall"."""
    budget = f.vraagstuk.kaders.budget_euro
    if budget is None:
        return False
    for zin in f.vraagstuk.kaders.vast:
        if not _GEEN_GELD.search(zin):
            continue
        bedragen = {int((a or b).replace(".", "")) for a, b in _BEDRAG.findall(zin)}
        if _OVER_PARTICIPATIE.search(zin) or budget in bedragen:
            return True
    return False


def _hard_nodig(f: Feiten, k: Keuze) -> bool:
    """What even a fixed budget that does not fit keeps as it is: the case's own instrument,
    the law, a formal advice, the feedback and the least evaluation, the raad's own moment when
    the raad decides, and what this budget does not pay."""
    return _eigen_of_wet(f, k) or ("MIX-POLITIEK" in k.regels and raad_beslist(f))


def _plekken(design: list[Keuze]) -> set[str]:
    """Where a party is heard before the decision (not only informed, not afterwards)."""
    return {
        n for k in design if voor_het_besluit(k) and Modus.denken in k.werkvorm.modi for n in k.voor
    }


BEZOEK = "Bezoek door eigen medewerkers"
"""The cheapest place before the decision: own staff visit the group where it meets or at home."""


def bezoek(f: Feiten, k: Keuze) -> Keuze | None:
    """The cheapest way that still reaches the groups of this step before the decision: own
    staff visit them where they already meet or at home, or join the partner's own meeting
    (:data:`AANSLUITEN`). None when that is not cheaper."""
    licht = next((w for w in f.kennis.werkvormen if w.id == AANSLUITEN), None)
    if licht is None or not k.voor or not voor_het_besluit(k):
        return None
    if any(vertrouwelijk(p) for p in f.vraagstuk.belanghebbenden if p.naam in k.voor):
        # who must stay unknown, or speaks only in confidence, is asked only through the route
        # the case names, never visited by own staff with others (review 53a, 54a)
        return None
    if any(zonder_plek(p) for p in f.vraagstuk.belanghebbenden if p.naam in k.voor):
        # nobody knows where they meet: a visit finds them nowhere (review 56c)
        return None
    if any(alleen_via(p) for p in f.vraagstuk.belanghebbenden if p.naam in k.voor):
        # the case says to approach them only through people they already know: own staff
        # are no such people (review 61, Lindeweerd)
        return None
    nieuw = dataclasses.replace(
        k,
        werkvorm=licht.model_copy(update={"naam": BEZOEK}),
        trede=k.trede if k.trede in licht.treden else Trede.raadplegen,
        regels=[*k.regels, "MIX-BUDGET"],
        redenen=[r for r in k.redenen if r.sleutel not in ("MIX-PLAFOND", "MIX-VERBREDING")],
        gespreksleider=False,
        kap=0,
        periode=None,
        fase=None,
        _gezien=set(k.voor),
    )
    return nieuw if budget_min(f, [nieuw]) < budget_min(f, [k]) else None


def zonder_plek(p: Belanghebbende) -> bool:
    """Is this a group of inwoners that is hard to reach, with much or some at stake, with no
    route the case names (via) and no meeting of its own? Then own staff cannot visit it "where it already meets or at
    home": the step that was found for it (a project at school, talks via key figures) is its
    only way in, and a short budget does not swap it for a visit.

    Why: review 56c (Marnewold): "Eigen medewerkers spreken ... meiden van 12 tot 18 jaar ...
    waar zij al samenkomen of thuis", for girls of whom "niemand weet nog waar zij wel
    samenkomen"; the project at school, their only route, was cut for it."""
    return (
        p.soort is SoortBelanghebbende.inwoners
        and p.bereikbaarheid is Bereikbaarheid.moeilijk
        # with much at stake: the rest of a town with little at stake has the round for all
        and hoog_of_middel(p.belang)
        and not (p.via or "").strip()
        and not vergadert(p)
    )


def vangt_op(f: Feiten, k: Keuze, namen: list[str]) -> bool:
    """Can step ``k`` hold these groups: no group is larger than the number of people or
    addresses the case gives it (:func:`pionieren.analysis.mix.kosten.eigen_aantal`), nor than
    its werkvorm can take (``max_aantal``)?"""
    grens_ = eigen_aantal(f, k) or k.werkvorm.max_aantal
    if grens_ is None:
        return True
    return all(
        p.aantal is None or p.aantal <= grens_
        for p in f.vraagstuk.belanghebbenden
        if p.naam in namen
    )


def eigen_weg(f: Feiten, keuzes: list[Keuze]) -> set[int]:
    """The steps that are the own way in of a group without a known place (:func:`zonder_plek`):
    for each such group the step before the decision that serves the fewest groups besides it
    (the project at school for the girls, not the game for seven groups). A short budget keeps
    these steps, as it keeps a way in for every group hard to reach: a generic step where the
    group is one name among many does not find it.

    Why: review 56c (Marnewold): "Er komt geen project op scholen; die groepen praten mee in de
    gesprekken via sleutelfiguren", while nobody knew where the girls meet; the cut fell on the
    only route to them while cheaper generic steps stayed."""
    uit: set[int] = set()
    for p in f.vraagstuk.belanghebbenden:
        if not zonder_plek(p):
            continue
        stappen = [k for k in keuzes if voor_het_besluit(k) and p.naam in k.voor]
        if stappen:
            uit.add(id(min(stappen, key=lambda k: (len(k.voor), budget_min(f, [k])))))
    return uit


TE_VEEL = 25
"""How far (percent of the budget) the estimate may be over before the design is cut further
until it fits (:func:`binnen_vast`); a smaller gap is the bestuur's to accept or not."""


def ver_over(prijs: int, budget: int) -> bool:
    """Is this estimate clearly over the budget (more than :data:`TE_VEEL` percent)?"""
    return prijs * 100 > budget * (100 + TE_VEEL)


def _trede_blijft(k: Keuze, b: Keuze, design: list[Keuze]) -> bool:
    """Does every point of step ``k`` keep a step at its level when ``b`` (a visit) replaces
    it? A visit may give less influence than the step it replaces: then another step must
    carry that level for the point, or the promise per point would have no channel."""
    if b.trede.rang >= k.trede.rang:
        return True
    return all(
        any(x is not k and p in x.onderwerpen and x.trede.rang >= k.trede.rang for x in design)
        for p in k.onderwerpen
    )


def _voor_iedereen(k: Keuze) -> bool:
    """Is this step the round for everyone before the decision: the broad form the mix chose
    (MIX-VERBREDING), or a form anyone may join, at raadplegen or more, with no points of its
    own (the same test as the report's)?"""
    w = k.werkvorm
    return voor_het_besluit(k) and (
        any(r.sleutel == "MIX-VERBREDING" for r in k.redenen)
        or (
            w.werving is Werving.open
            and w.groepen is not Groepen.georganiseerd
            and k.trede is not Trede.informeren
            and not k.onderwerpen
        )
    )


def _vorm_blijft(k: Keuze, design: list[Keuze]) -> bool:
    """May step ``k`` become a visit without leaving the public without a round? When it is
    the round for everyone, another such round must stay: a visit keeps the points of the step
    it replaces, but not the public round that carries the points without a form of their own.
    Why: review 52 (Ellemeer): the cuts turned the only inloopavond into a visit and both open
    points read 'nog geen werkvorm'."""
    rest = [x for x in design if x is not k and x.werkvorm.naam != BEZOEK]
    return not _voor_iedereen(k) or any(_voor_iedereen(x) for x in rest)


def _naar_bezoek(bezocht: list[str], gezegd: Bevinding, hard: Bevinding | None) -> None:
    """Say :data:`BEZOEK` where the findings name a step that became a visit as the place
    where the groups or points of a dropped step still come up."""
    if not bezocht:
        return
    gezegd.waarden["elders"] = list(
        dict.fromkeys(BEZOEK if n in bezocht else n for n in gezegd.waarden.get("elders") or [])
    )
    for stap in (hard.waarden.get("stappen") or []) if hard is not None else []:
        if stap.get("waar") in bezocht:
            stap["waar"] = BEZOEK


def enige_plek_beloofd(f: Feiten, k: Keuze, design: list[Keuze]) -> bool:
    """Is step ``k`` the only place before the decision of a group a toezegging or motie names
    (:func:`pionieren.analysis.mix.belofte.beloofd_aan`)? A short budget then does not swap it
    for a visit: the form was chosen to reach that group, and a visit by own staff need not
    reach it (review 53a, Beerzelo: the pupils in their own class)."""
    if not voor_het_besluit(k):
        return False
    namen = {p.naam for p in beloofd_aan(f)} & set(k.voor)
    return any(
        not any(x is not k and voor_het_besluit(x) and n in x.voor for x in design) for n in namen
    )


def _beloofd_kleiner(
    f: Feiten, nu: list[Keuze], weg: list[Keuze], gekapt: list[str], budget: int
) -> tuple[list[Keuze], list[Keuze], list[str]]:
    """The last cut of :func:`binnen_vast`: a step where inwoners weigh a promised point
    (:func:`afweging_beloofd`) is held at its least cost (fewer sessions, a colleague as chair)
    before it goes; it goes only when even that does not fit and its points and groups have
    another place before the decision. Other steps go or shrink first.

    Why: round 56 (Heuvelrade): on a fixed € 3.000 the promised evening about the choices was
    the first step dropped, while cheaper cuts elsewhere made the design fit."""
    for k in [x for x in nu if afweging_beloofd(f, x) and not _hard_nodig(f, x)]:
        if schatting(f, nu) <= budget:
            break
        laag = budget_min(f, [k])
        gewoon = raming(*kosten_van(f, k))
        if 0 < laag < gewoon and not k.kap:
            klein = dataclasses.replace(
                k, kap=laag, regels=[*k.regels, "MIX-BUDGET"], _gezien=set(k.voor)
            )
            nu = [klein if x is k else x for x in nu]
            if not gekapt:
                gekapt = [k.werkvorm.naam, euro(laag), euro(gewoon)]
            k = klein
        if schatting(f, nu) <= budget:
            break
        rest = [x for x in nu if x is not k]
        if (
            _plekken(nu) <= _plekken(rest)
            and {p for x in nu for p in x.onderwerpen} <= {p for x in rest for p in x.onderwerpen}
            and _vorm_blijft(k, nu)
        ):
            nu, weg = rest, [*weg, k]
    return nu, weg, gekapt


def voorgesteld_breed(f: Feiten, k: Keuze) -> bool:
    """Is this a broad, self-selecting form (anyone may answer or come: an enquête, an
    inloopavond, a panel) that someone only proposed (``status: voorgesteld``, none decided)
    and that no group hard to reach depends on? Such a form is no decided instrument of the
    case: when the money is short it shrinks or goes before the routes to the groups that are
    hard to reach (:func:`voorgesteld_eerst`).

    Why: review 61 (Lindeweerd): the sportraad's proposed survey among club members kept its
    € 3.300 while the cut swapped the routes to children from poor families for a visit and
    ended with "Er is dus € 3.900 meer nodig"."""
    w = k.werkvorm
    if not k.genoemd or not voor_het_besluit(k):
        return False
    statussen = {g.status for g in f.vraagstuk.werkvormen if g.id == w.id}
    if statussen != {Status.voorgesteld}:
        return False
    moeilijk = {
        p.naam for p in f.vraagstuk.belanghebbenden if p.bereikbaarheid is Bereikbaarheid.moeilijk
    }
    return (
        w.werving is Werving.open
        and w.groepen is not Groepen.georganiseerd
        and w.verbreding_of_verdieping is Reikwijdte.verbreding
        and not k.inclusie
        and not moeilijk & set(k.voor)
        and not per_huishouden(k)
        and not draagt_belofte(f, k)
        and not afweging_beloofd(f, k)
    )


def voorgesteld_eerst(
    f: Feiten, nu: list[Keuze], budget: int
) -> tuple[list[Keuze], list[dict[str, object]]]:
    """The first cut of :func:`binnen_vast`: a proposed broad form (:func:`voorgesteld_breed`)
    is held smaller, to no less than a third of its estimate, when that makes the design fit;
    otherwise it goes, when its groups and points have another place before the decision.
    Returns the design and, per form, what happened to it (for one sentence that argues it).

    Why: review 61 (Lindeweerd): a form someone proposed is not untouchable; a self-selecting
    round that mostly reaches who already takes part goes before the routes to the groups
    that are hard to reach (issue 8, point 7)."""
    gezegd: list[dict[str, object]] = []
    for k in sorted(
        (x for x in nu if voorgesteld_breed(f, x) and pot(f, x) and budget_min(f, [x]) > 0),
        key=lambda x: (-budget_min(f, [x]), x.werkvorm.id),
    ):
        if schatting(f, nu) <= budget:
            break
        door = next(
            (g.door for g in f.vraagstuk.werkvormen if g.id == k.werkvorm.id and g.door), None
        )
        moeilijk_elders = any(
            voor_het_besluit(x)
            and any(
                p.naam in x.voor and p.bereikbaarheid is Bereikbaarheid.moeilijk
                for p in f.vraagstuk.belanghebbenden
            )
            for x in nu
            if x is not k
        )
        stap = {
            "naam": k.werkvorm.naam,
            "door": door or "",
            "kap": "",
            "gewoon": "",
            "moeilijk": moeilijk_elders,
            "mv": meervoudig(k.werkvorm.naam.split(" (")[0]),
        }
        gewoon = raming(*kosten_van(f, k))
        laag, hoog = uit_het_budget(f, kosten(f, [x for x in nu if x is not k]))
        ruimte = budget * 100 // (100 + ONVOORZIEN) - raming(laag, hoog) - ruimte_inclusie(f, nu)
        kap = ruimte // 50 * 50
        if gewoon // 3 <= kap < gewoon and not k.kap:
            klein = dataclasses.replace(
                k, kap=kap, regels=[*k.regels, "MIX-BUDGET"], _gezien=set(k.voor)
            )
            nu = [klein if x is k else x for x in nu]
            gezegd.append({**stap, "kap": euro(kap), "gewoon": euro(gewoon)})
            continue
        rest = [x for x in nu if x is not k]
        if _plekken(nu) <= _plekken(rest) and {p for x in nu for p in x.onderwerpen} <= {
            p for x in rest for p in x.onderwerpen
        }:
            nu = rest
            gezegd.append(stap)
    return nu, gezegd


def eerst_laten(f: Feiten, nu: list[Keuze]) -> dict[str, object] | None:
    """What to drop first when the money a too small budget still needs does not come: the
    dearest step this budget pays that no law, promise or decided instrument requires, whose
    groups keep a place before the decision and whose groups that are hard to reach keep a
    step that goes out to them (:func:`komt_naar`). A step whose open points also come up
    elsewhere goes before one that is the only step about a point. None when there is none.

    Why: review 61 (Lindeweerd): "Er is dus € 3.900 meer nodig. Leg dat vóór de start aan het
    bestuur voor", and nothing about what goes if the bestuur says no (issue 8, point 7)."""
    punten = {p for k in nu for p in k.onderwerpen}
    plekken_ = _plekken(nu)
    bereikt = komt_naar(f, nu)
    kandidaten: list[tuple[bool, int, str, Keuze, list[Keuze]]] = []
    for k in nu:
        if (
            not pot(f, k)
            or budget_min(f, [k]) == 0
            or _hard_nodig(f, k)
            or afweging_beloofd(f, k)
            or draagt_belofte(f, k)
            or enige_plek_beloofd(f, k, nu)
            or k.eerst_apart
            or not voor_het_besluit(k)
        ):
            continue
        rest = [x for x in nu if x is not k]
        if not (plekken_ <= _plekken(rest) and bereikt <= komt_naar(f, rest)):
            continue
        verlies = not punten <= {p for x in rest for p in x.onderwerpen}
        kandidaten.append((verlies, -budget_min(f, [k]), k.werkvorm.id, k, rest))
    if not kandidaten:
        return None
    verlies, _, _, k, rest = min(kandidaten, key=lambda t: t[:3])
    waar = next(
        (
            x.werkvorm.naam
            for x in rest
            if voor_het_besluit(x) and set(k.voor) <= set(x.voor) and x.werkvorm.id != "zienswijze"
        ),
        "",
    )
    kwijt = [p for p in k.onderwerpen if not any(p in x.onderwerpen for x in rest)]
    return {
        "naam": k.werkvorm.naam,
        "mv": meervoudig(k.werkvorm.naam.split(" (")[0]),
        "waar": waar,
        "groepen": list(k.voor) if len(k.voor) <= 2 else [],
        "groepen_mv": samen_meervoud([p for p in f.vraagstuk.belanghebbenden if p.naam in k.voor])
        or len(k.voor) > 1,
        "punten": [kort_punt(p) or f"‘{p[:1].lower()}{p[1:].rstrip('.')}’" for p in kwijt][:2],
        "verlies": verlies,
    }


def binnen_vast(f: Feiten, keuzes: list[Keuze]) -> tuple[list[Keuze], Bevinding | None]:
    """A fixed budget ("er komt geen geld bij", :func:`vast_budget`), or any budget the design
    is clearly over (:func:`ver_over`), the design must fit:
    after the cheaper forms and the cuts of :func:`grens`, further, step by step until the
    estimate fits: a paid chair becomes a colleague from outside the project; a step whose
    groups and points all have another place before the decision goes (the dearest first);
    then a group's only paid place becomes the cheapest route that still reaches it: own staff
    visit it at its own meeting or at home (:func:`bezoek`). The finding names that once, and
    when even the least does not fit, it names the gap as money still needed: never "accept
    the shortfall", and never taking the case's open points out of the participation (review
    58b, Marnewold: "Haal ... uit de participatie" named the very points the case is about).
    A promised weighing step is held smaller before it goes, and goes last
    (:func:`_beloofd_kleiner`).

    Why: review 51b (Walduin): a design of € 20.900 against a fixed € 9.500 and "Het bestuur
    kiest: dat tekort aanvaarden of de vraag smaller maken". An adviser makes it fit. Review
    52a (Hoolterveen): the same answer for a design twice its € 3.500 without such a frame:
    "cut the design until it fits and name what was dropped"; only a modest gap that is left
    goes to the bestuur as a choice."""
    budget = f.vraagstuk.kaders.budget_euro
    if budget is None or schatting(f, keuzes) <= budget:
        return keuzes, None
    vast = vast_budget(f)
    vol = schatting(f, keuzes)
    if not vast and not ver_over(vol, budget):
        return keuzes, None  # a modest gap: the bestuur may choose to accept it
    nu = [eigen_gespreksleider(f, k, hard=True) for k in keuzes]
    collega = any(
        a.gespreksleider and not b.gespreksleider for a, b in zip(keuzes, nu, strict=True)
    )
    # a broad form someone only proposed shrinks or goes first, before any route to a group
    # that is hard to reach becomes a visit (review 61, Lindeweerd)
    nu, voorgesteld = voorgesteld_eerst(f, nu, budget)
    weg: list[Keuze] = []
    punten = {p for k in nu for p in k.onderwerpen}
    groepen = _plekken(nu)
    # a party's second place goes, the dearest first; never a group's own way in
    weg_naar = eigen_weg(f, nu)
    uitreik = komt_naar(f, nu)
    for k in sorted(nu, key=lambda k: (-budget_min(f, [k]), k.werkvorm.id)):
        if schatting(f, nu) <= budget:
            break
        if _hard_nodig(f, k) or id(k) in weg_naar or afweging_beloofd(f, k):
            continue
        rest = [x for x in nu if x is not k]
        if (
            groepen <= _plekken(rest)
            # never a group hard to reach moved into a meeting it cannot reach (review 61)
            and uitreik <= komt_naar(f, rest)
            and punten <= {p for x in rest for p in x.onderwerpen}
            and _vorm_blijft(k, nu)
        ):
            nu, weg = rest, [*weg, k]
    # then the dearest part the design keeps is held smaller, to no less than a third of its
    # estimate (a survey online with paper on request, fewer places)
    duurst = max(
        (
            k
            for k in nu
            if pot(f, k) and not k.kap and budget_min(f, [k]) > 0 and not per_huishouden(k)
        ),
        key=lambda k: (raming(*kosten_van(f, k)), k.werkvorm.id),
        default=None,
    )
    gekapt: list[str] = []
    if duurst is not None and schatting(f, nu) > budget:
        gewoon = raming(*kosten_van(f, duurst))
        laag, hoog = uit_het_budget(f, kosten(f, [x for x in nu if x is not duurst]))
        # leave room for a tolk or a fee the case has (:func:`ruimte_inclusie`)
        ruimte = budget * 100 // (100 + ONVOORZIEN) - raming(laag, hoog) - ruimte_inclusie(f, nu)
        kap = min(gewoon - 50, max(gewoon // 3, ruimte)) // 50 * 50
        if 0 < kap < gewoon:
            klein = dataclasses.replace(
                duurst, kap=kap, regels=[*duurst.regels, "MIX-BUDGET"], _gezien=set(duurst.voor)
            )
            nu = [klein if x is duurst else x for x in nu]
            gekapt = [duurst.werkvorm.naam, euro(kap), euro(gewoon)]
    # then a group's only paid place becomes a visit by own staff: when one visit makes it fit,
    # the one that leaves the most of the design; otherwise the dearest first, the step where
    # inwoners weigh the options last. Without a fixed frame a step that carries a way of
    # working of its own (deciding or doing together) stays: that loss is the bestuur's to
    # weigh, not a saving to make quietly.
    bezocht: list[Keuze] = []
    bezoeken: list[Keuze] = []
    while schatting(f, nu) > budget:
        paren = [
            (k, b)
            for k in nu
            if not _hard_nodig(f, k)
            # the promised weighing step is shrunk, not swapped for a visit (below)
            and not afweging_beloofd(f, k)
            and not enige_plek_beloofd(f, k, nu)
            and (vast or k.modus is Modus.denken)
            and (b := bezoek(f, k)) is not None
            and _trede_blijft(k, b, nu)
            and _vorm_blijft(k, nu)
        ]
        if not paren:
            break
        passend = [
            (schatting(f, [b if x is k else x for x in nu]), k, b)
            for k, b in paren
            if schatting(f, [b if x is k else x for x in nu]) <= budget
        ]
        if passend:
            _, k, b = max(passend, key=lambda t: (-t[1].afweging, t[0], t[1].werkvorm.id))
        else:
            k, b = min(
                paren, key=lambda p: (p[0].afweging, -budget_min(f, [p[0]]), p[0].werkvorm.id)
            )
        nu = [b if x is k else x for x in nu]
        bezocht.append(k)
        bezoeken.append(b)
        if k.kap and gekapt:
            gekapt = []  # the step held smaller is now a visit: its ceiling is not said
    # a promised weighing step comes last: it is shrunk first (fewer sessions, at its least
    # cost), and only when even that does not fit does it go, when its points and groups have
    # another place before the decision
    nu, weg, gekapt = _beloofd_kleiner(f, nu, weg, gekapt, budget)
    # a visit that is not needed for the fit goes back to the step it replaced, the last first
    for k, b in reversed(list(zip(bezocht, bezoeken, strict=True))):
        terug = [k if x is b else x for x in nu]
        if schatting(f, terug) <= budget:
            nu = terug
            bezocht.remove(k)
    nu = samen_aansluiten(nu)
    prijs = schatting(f, nu)
    if not (collega or weg or bezocht or gekapt or voorgesteld) and prijs <= budget:
        return keuzes, None
    # the points the dearest steps left are about: what a narrower question would leave out
    duur = sorted(
        (k for k in nu if k.onderwerpen and not _hard_nodig(f, k)),
        key=lambda k: -budget_min(f, [k]),
    )
    smaller = list(dict.fromkeys(p for k in duur for p in k.onderwerpen))[:2]
    return (
        nu,
        bevinding(
            "MIX-BUDGET",
            # cuts to a budget that may grow are said once, in the budget paragraph; a fixed
            # budget that still does not fit is a point to act on
            Ernst.waarschuwing if vast or prijs > budget else Ernst.info,
            "MIX-BUDGET.vast",
            bronnen=[],  # own arithmetic: no source carries it
            budget=budget,
            vol=vol,
            kosten=prijs,
            tekort=max(0, prijs - budget),
            vast=vast,
            # what is still short after the cuts: only a modest gap on a budget that may grow is
            # the bestuur's to accept
            aanvaarden=not vast and not ver_over(prijs, budget),
            collega=collega,
            gekapt=gekapt,
            gekapt_mv=bool(gekapt) and meervoudig(gekapt[0].split(" (")[0]),
            weggelaten=[k.werkvorm.naam for k in weg],
            voorgesteld=voorgesteld,
            # what goes first when the money still needed does not come (review 61)
            eerst=eerst_laten(f, nu) if prijs > budget else None,
            bezocht=[k.werkvorm.naam for k in bezocht],
            groepen=list(dict.fromkeys(n for k in bezocht for n in k.voor)),
            # a point without a short head is named in its own words (review 56c: "Haal
            # bijvoorbeeld en uit de participatie")
            smaller=[kort_punt(p) or f"‘{p[:1].lower()}{p[1:].rstrip('.')}’" for p in smaller],
        ),
    )


def toch_bereikt(f: Feiten, keuzes: list[Keuze], naam: str) -> bool:
    """Does the final design (after the cuts, the planning moves and the steps added later)
    still give this group a say before the decision? A step before the decision is for it; it
    runs a werkvorm of the case that stays in the design (the buurtvaders who hold the talks
    with the young people); or, for a fractie, a moment of the raad or a commissie before the
    decision (the commissie that discusses the concept) is its own moment.

    Why: review 55d (Ravenstede, Duinmonde): 'Voor het budget krijgen deze groepen vóór het
    besluit geen eigen gesprek: ... fracties in de gemeenteraad', while the commissie discussed
    the concept before the decision; 'Stichting Buurtvaders' got no talk of its own, while it
    ran one of the design's werkvormen. A warning is read against the design the report
    prints, not against a state before the last passes."""
    if any(voor_het_besluit(k) and naam in k.voor for k in keuzes):
        return True
    v = f.vraagstuk
    blijft = {k.werkvorm.id for k in keuzes if voor_het_besluit(k)}
    if any(w.door == naam and w.id in blijft for w in v.werkvormen):
        return True
    return fractie_met_eigen_moment(v, naam)


#: words that name members, not the body they sit in: 'Leden van het algemeen bestuur'
_LEDEN_WOORDEN = frozenset({"leden", "lid", "fracties", "fractie"})


def fractie_met_eigen_moment(v: Vraagstuk, naam: str) -> bool:
    """Is this group a fractie whose raad or commissie has a moment of the case before the
    decision (the commissie that discusses the concept), or the members of another body whose
    own moment the case names (the waterschap's commissie that discusses the variants)? That
    moment is its own step (review 56b: 'Geen werkvorm in de mix past bij Leden van het
    algemeen bestuur' while their commissie Watersysteem stood in the plan)."""
    p = next((p for p in v.belanghebbenden if p.naam == naam), None)
    besluit = v.kaders.besluit_uiterlijk
    if p is None or p.soort is not SoortBelanghebbende.politiek:
        return False
    lichaam = kernwoorden(p.naam) - _LEDEN_WOORDEN
    return any(
        (besluit is None or m.datum < besluit)
        and (
            m.door in (Orgaan.raad, Orgaan.commissie)
            or (m.door is Orgaan.anders and gedeeld(lichaam, kernwoorden(m.wat)) > 0)
        )
        for m in v.momenten
    )


def kwijt_nagaan(f: Feiten, keuzes: list[Keuze], b: Bevinding) -> None:
    """The groups a smaller design said to lose their talk (MIX-BUDGET.kleiner), read again
    against the final design (:func:`toch_bereikt`): a group it still reaches is not named."""
    kwijt = [n for n in b.waarden.get("kwijt") or [] if not toch_bereikt(f, keuzes, n)]
    if kwijt == b.waarden.get("kwijt"):
        return
    b.waarden["kwijt"] = kwijt
    # the groups of the dropped steps now all have a step elsewhere
    b.waarden["groepen_elders"] = not kwijt
    b.waarden["meervoud"] = samen_meervoud(
        [p for p in f.vraagstuk.belanghebbenden if p.naam in kwijt]
    )


def betaalde_leider_terug(f: Feiten, keuzes: list[Keuze]) -> list[Keuze]:
    """The paid chair a cut made a colleague from outside the project comes back when the final
    design (after the other cuts) leaves room for it within the budget: the report never says
    both "het budget laat geen betaalde toe" and that money is left for gespreksleiding.

    Why: review 55c (Oosterweide): the weighing evening got a colleague "(het budget laat geen
    betaalde toe)", and the budget paragraph said "Er blijft € 2.640 over voor onafhankelijke
    gespreksleiding"."""
    budget = f.vraagstuk.kaders.budget_euro
    if budget is None:
        return keuzes
    for k in list(keuzes):
        if k.gespreksleider or not any(
            r.sleutel == "MIX-AFWEGEN.samen" and r.waarden.get("collega") for r in k.redenen
        ):
            continue
        redenen = [
            deel(r.sleutel, **{**r.waarden, "leider": True, "collega": False})
            if r.sleutel == "MIX-AFWEGEN.samen"
            else r
            for r in k.redenen
        ]
        betaald = dataclasses.replace(k, gespreksleider=True, redenen=redenen, _gezien=set(k.voor))
        proef = [betaald if x is k else x for x in keuzes]
        if schatting(f, proef) <= budget:
            keuzes = proef
    return keuzes


def dragende_stap(f: Feiten, keuzes: list[Keuze]) -> str:
    """The broad step before the decision that carries it: the dearest form for everyone (a
    survey, a peiling, an evening for all) that the gemeente pays and no cut made smaller. Money left far beyond the parts named goes there first, so it is wide enough
    for everyone it concerns. Empty when the design has none.

    Why: review 55c (Scheldevoorde): a survey for 6,000 people at € 6.500, while "Er blijft
    € 16.160 over; dat hoeft niet op"."""
    kandidaten = [
        k
        for k in keuzes
        if voor_het_besluit(k)
        and k.werkvorm.verbreding_of_verdieping is Reikwijdte.verbreding
        and betaald_door(f, k) == "gemeente"
        and not k.kap
    ]
    if not kandidaten or any(
        voor_het_besluit(k) and k.werkvorm.werving is Werving.loting for k in keuzes
    ):
        # a drawn group (a burgerberaad) carries the decision, not the broad round beside it
        return ""
    return max(kandidaten, key=lambda k: (raming(*kosten_van(f, k)), k.werkvorm.id)).werkvorm.naam

"""A weighing step for every point where inwoners advise: after the broad round, inwoners weigh
the options and their consequences themselves; on a real choice, and in a divided case, both
sides at one table."""

from __future__ import annotations

from pionieren.analysis.decision import gemeente_beslist_door
from pionieren.analysis.facts import Feiten, bevinding, hoog_of_middel, samen_meervoud
from pionieren.analysis.level import is_hoofdkeuze, is_keuze
from pionieren.analysis.mix.bereik import in_gesprek, kan_voor
from pionieren.analysis.mix.betrokken import belang_bij, tegenstanders_van
from pionieren.analysis.mix.kosten import GESPREKSLEIDER_EURO
from pionieren.analysis.mix.kwetsbaar import in_eigen_taal, kwetsbaar, per_huishouden
from pionieren.analysis.mix.onderwerpen import (
    _alleen_bezoek,
    _mag,
    dekt,
    kan_dekken,
    kies_voor,
    mag_zitten,
    nodig,
    over_punt,
    punt_trede,
    tegen_aan_tafel,
    voor_ander_punt,
)
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp, fase_van, voor_het_besluit
from pionieren.analysis.mix.plan import na_het_besluit, schuift
from pionieren.analysis.mix.route import te_laat, zienswijze_start
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst, OnderwerpAdvies, deel
from pionieren.analysis.stakeholders import gegadigde_bij_verkoop
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Groepen,
    Houding,
    Kenmerk,
    Modus,
    Niveau,
    Procesfase,
    Reikwijdte,
    Ruimte,
    SoortBelanghebbende,
    Trede,
    Werving,
)

VERDEELD = 4
"""From this polarisation on, the weighing form seats both sides on every point."""

SPANNING = 3
"""From this polarisation on, the sides at one table have an independent chair."""

#: Who sits at the weighing table as a side: not an authority, the raad or an advisory body
#: (they have their own route), nor the initiator (it runs its own conversation).
_GEEN_KANT = (
    SoortBelanghebbende.overheid,
    SoortBelanghebbende.politiek,
    SoortBelanghebbende.adviesorgaan,
)

#: The forms for a separate first talk with an opposed party, in order of preference: a group
#: that meets, at its own meeting; inwoners, at the kitchen table.
APART = ("eigen-vergadering", "keukentafelgesprek")


def weegt(k: Keuze, later: list[str]) -> bool:
    """Do inwoners weigh options themselves in this choice, after the broad round and before
    the decision? Not a form the planning moves after the decision, where it works out the
    points ``later`` (rule PLAN-NA-BESLUIT)."""
    return (
        k.werkvorm.afwegen
        and voor_het_besluit(k)
        and not schuift(k, later)
        and fase_van(k) not in (Procesfase.voorbereiden, Procesfase.ophalen)
    )


def telt_mee(o: Ontwerp, punt: OnderwerpAdvies) -> bool:
    """Does this point need a weighing step: open, at adviseren or coproduceren (a point where
    people decide already has a form where they decide, rule MIX-ONDERWERP), or a real choice
    with room middel or groot at raadplegen (``keuze: true``), and decided by the gemeente (another party weighs
    on its own)?

    Why the choice at raadplegen: where the raad makes a contested choice, the advice promises
    raadplegen (rule TREDE-KEUZE); with only the formal zienswijze after the concept, the three
    open choices of an omgevingsvisie were the only points without a form before the concept,
    while the deep forms carried the easy points (review 42a)."""
    if not punt.open or nodig(punt) is Trede.meebeslissen:
        return False
    if punt.door is not None and not gemeente_beslist_door(punt.door):
        return False
    if punt.eigen_bezit and any(
        per_huishouden(k) and punt.onderwerp in k.onderwerpen for k in o.keuzes
    ):
        # each household's own house is settled in its own talk, not weighed in a group
        # (review 54a: the owners' compensation in an ontwerpatelier of the shopkeepers)
        return False
    if punt.trede.rang >= Trede.adviseren.rang:
        return True
    invoer = next((p for p in o.f.vraagstuk.kaders.open if p.onderwerp == punt.onderwerp), None)
    return (
        punt.trede is Trede.raadplegen
        and punt.ruimte in (Ruimte.middel, Ruimte.groot)
        # the case marks it a choice itself: a whether-question in its wording ('Of de scores
        # kloppen') may be a check of facts, not a choice between sides
        and invoer is not None
        and invoer.keuze is True
    )


def echte_keuze(o: Ontwerp, punt: OnderwerpAdvies) -> bool:
    """Is this open point a real choice between options, where what the one side wins the
    other loses: the field keuze or its wording (:func:`~pionieren.analysis.level.is_keuze`),
    or the case's main choice (rule MIX-VOLGORDE)?"""
    invoer = next((p for p in o.f.vraagstuk.kaders.open if p.onderwerp == punt.onderwerp), None)
    return invoer is not None and (is_keuze(invoer) or is_hoofdkeuze(o.f, invoer, o.besluit))


def _beschermd(p: Belanghebbende) -> bool:
    """A group that is not seated opposite organised parties of the other side: people in
    care, with a disability or hard to reach, a group that needs its own accessible form, and
    children (rule MIX-APART)."""
    return kwetsbaar(p) or in_eigen_taal(p) or Kenmerk.kinderen in p.kenmerken


def _georganiseerd(p: Belanghebbende) -> bool:
    return hoog_of_middel(p.invloed) and not _beschermd(p)


def kanten(o: Ontwerp, punt: OnderwerpAdvies) -> tuple[list[Belanghebbende], list[Belanghebbende]]:
    """The parties for and against with a stake that can sit at a weighing table on this
    point: on a real choice (:func:`echte_keuze`), and on every point of a divided case. Not
    for a point on the rights of others (opponents of the people it is about never decide on
    it, rule MIX-RECHTEN). A vulnerable group or children do not sit opposite organised
    parties of the other side: they have a form of their own (rule MIX-APART)."""
    if tegenstanders_van(o.f, punt) or (
        (o.f.vraagstuk.polarisatie or 1) < VERDEELD and not echte_keuze(o, punt)
    ):
        return [], []
    kunnen = [
        _als_partij(o, p)
        for p in o.partijen
        if p.soort not in _GEEN_KANT and (not p.initiatiefnemer or o.f.verzoek_in_verdeelde_zaak)
    ]
    voor = [p for p in kunnen if p.houding is Houding.voor and hoog_of_middel(p.belang)]
    tegen = [p for p in kunnen if p.houding is Houding.tegen and hoog_of_middel(p.belang)]
    if any(_georganiseerd(p) for p in tegen):
        voor = [p for p in voor if not _beschermd(p)]
    if any(_georganiseerd(p) for p in voor):
        tegen = [p for p in tegen if not _beschermd(p)]
    return voor, tegen


def gespreksleider(o: Ontwerp, tegen: list[Belanghebbende]) -> bool:
    """Do the sides at one table need an independent chair: a polarised case (3 or more), or
    an opponent at the table with much influence (it could steer the talk)?"""
    return (o.f.vraagstuk.polarisatie or 1) >= SPANNING or any(
        p.invloed is Niveau.hoog for p in tegen
    )


def _als_partij(o: Ontwerp, p: Belanghebbende) -> Belanghebbende:
    """The party as it sits at a table: the initiator that asked for a decision in a divided
    case is one of the parties, not the one who runs the conversation
    (:attr:`~pionieren.analysis.facts.Feiten.verzoek_in_verdeelde_zaak`), so it sits at the
    joint table like any side.

    Why: review 36 (a street name): the working group that asked for a new name sat in no
    werkvorm at all, while the gemeente ran the conversation."""
    if p.initiatiefnemer and o.f.verzoek_in_verdeelde_zaak:
        return p.model_copy(update={"initiatiefnemer": False})
    return p


def _apart(o: Ontwerp, p: Belanghebbende, weging: Keuze) -> Keuze | None:
    """Is this opposed party already spoken with on its own before the weighing: in a form
    before the decision without the others (a group at its own meeting, talks one by one, a
    form only for those against)?"""
    tegen = {q.naam for q in o.partijen if q.houding is Houding.tegen}
    for k in o.keuzes:
        if (
            k is weging
            or not k.serves(p.naam)
            or not voor_het_besluit(k)
            # a broad form (a survey, street interviews) is no talk with them
            or k.werkvorm.verbreding_of_verdieping is Reikwijdte.verbreding
        ):
            continue
        w = k.werkvorm
        if (w.groepen is Groepen.georganiseerd or not w.bijeenkomst) or (
            k.voor and all(n in tegen for n in k.voor)
        ):
            return k
    return None


def _eerste_gesprek(o: Ontwerp, p: Belanghebbende) -> Keuze | None:
    """A separate first talk with an opposed party: the first form of :data:`APART` that may
    hold it. None for a candidate in the gemeente's sale or tender (rule WET-DIDAM)."""
    if gegadigde_bij_verkoop(o.f, p):
        return None
    for id in APART:
        w: Werkvorm | None = next((w for w in o.f.kennis.werkvormen if w.id == id), None)
        if w is None or not mag_zitten(w, p):
            continue
        keuze = o.kies(w, Modus.denken)
        keuze.add([p.naam], deel("MIX-AFWEGEN.apart", naam=p.naam), "MIX-AFWEGEN")
        return keuze
    return None


def _samen(o: Ontwerp, punt: OnderwerpAdvies, k: Keuze) -> None:
    """Every opposed party with influence at the weighing table is first spoken with on its
    own; on a real choice or in a divided case both sides sit at that table, with an
    independent chair when :func:`gespreksleider` says so."""
    if k.werkvorm.werving is Werving.loting or Modus.denken not in k.werkvorm.modi:
        # a drawn panel hears the sides as speakers; where a promised group chooses (between
        # designs), those against react beforehand (rule MIX-ONTWERP-BUREN)
        return
    voor, tegen = kanten(o, punt)
    voor = [p for p in voor if mag_zitten(k.werkvorm, p)]
    tegen = [p for p in tegen if mag_zitten(k.werkvorm, p)]
    samen = bool(voor and tegen)
    if samen:
        k.add([p.naam for p in voor + tegen], None, "MIX-AFWEGEN")
    for p in o.partijen:
        if p.houding is Houding.tegen and hoog_of_middel(p.invloed) and k.serves(p.naam):
            eerst = _apart(o, p, k) or _eerste_gesprek(o, p)
            if eerst is not None and k.afweging_toegezegd:
                eerst.eerst_apart = True
    if not samen:
        return
    leider = k.gespreksleider or gespreksleider(o, tegen)
    vorig = next((r for r in k.redenen if r.sleutel == "MIX-AFWEGEN.samen"), None)
    namen = [*(vorig.waarden["tegen"] if vorig else []), *(p.naam for p in tegen)]
    reden = deel(
        "MIX-AFWEGEN.samen",
        tegen=list(dict.fromkeys(namen)),
        kosten=list(GESPREKSLEIDER_EURO),
        leider=leider,
    )
    if vorig is not None:
        k.redenen[k.redenen.index(vorig)] = reden
    else:
        k.redenen.append(reden)
    k.gespreksleider = leider


_TEGENOVER = {Houding.voor: Houding.tegen, Houding.tegen: Houding.voor}


def _eerder_gesprek(keuzes: list[Keuze], p: Belanghebbende, weging: Keuze) -> Keuze | None:
    """A talk in person with this group before the decision, other than the weighing itself:
    where they can be asked about the choice first."""
    return next(
        (
            k
            for k in keuzes
            if k is not weging
            and k.serves(p.naam)
            and voor_het_besluit(k)
            and in_gesprek(k.werkvorm)
            and fase_van(k) is not Procesfase.uitvoering
            # before the weighing, where the calendar dates both
            and (k.periode is None or weging.periode is None or k.periode[0] < weging.periode[0])
        ),
        None,
    )


def grote_belangen(f: Feiten, punt: OnderwerpAdvies) -> list[Belanghebbende]:
    """The groups with a large stake in this choice: those the point itself names
    (:func:`~pionieren.analysis.mix.betrokken.belang_bij`), and every other group outside the
    initiator and the governments with a large stake in the case."""
    genoemd = belang_bij(f, punt)
    return genoemd + [
        p
        for p in f.vraagstuk.belanghebbenden
        if p.belang is Niveau.hoog
        and not p.initiatiefnemer
        and p.soort is not SoortBelanghebbende.overheid
        and p not in genoemd
    ]


def _voor_doelgroep(f: Feiten, k: Keuze) -> bool:
    """Is this form for one target group only: one group with kenmerken of its own (clients
    of a care home, people with a disability, children)?"""
    groepen = [p for p in f.vraagstuk.belanghebbenden if k.serves(p.naam)]
    return len(groepen) == 1 and bool(groepen[0].kenmerken)


def _breder(f: Feiten, keuzes: list[Keuze], punt: OnderwerpAdvies, k: Keuze | None) -> Keuze | None:
    """A weighing or deepening form before the decision that seats more of the groups with a large stake in
    this choice than the form that weighs it now (at least two of them), at the point's level:
    the choice goes there too, when the form that weighs it now is for one target group only.
    A form the case names itself is not taken."""
    if k is None or not _voor_doelgroep(f, k):
        # only a form for one target group gives the choice away; a form made for weighing, or
        # one for the people around, stays the place (review 57: not to a table of companies)
        return None
    if punt.trede.rang < Trede.adviseren.rang:
        return None  # collecting views on a choice with little room needs no weighing
    groepen = grote_belangen(f, punt)

    def zitten(x: Keuze) -> int:
        return sum(1 for p in groepen if x.serves(p.naam))

    kandidaten = [
        x
        for x in keuzes
        if voor_het_besluit(x)
        and fase_van(x) not in (Procesfase.voorbereiden, Procesfase.ophalen)
        and (x.werkvorm.afwegen or x.werkvorm.verbreding_of_verdieping is Reikwijdte.verdieping)
        and punt.trede in x.werkvorm.treden
        and punt.onderwerp not in x.onderwerpen
        # a form the case names for its own purpose carries only what it names
        and not x.genoemd
    ]
    best = max(kandidaten, key=zitten, default=None)
    if best is None or zitten(best) < 2 or (k is not None and zitten(best) <= zitten(k)):
        return None
    return best


def _weging(f: Feiten, keuzes: list[Keuze], onderwerp: str) -> Keuze | None:
    """The form where a choice is weighed, as the report names it: a weighing form after the
    gathering round that deals with the point, else any form after that round that does."""
    over = [k for k in keuzes if onderwerp in k.onderwerpen and voor_het_besluit(k)]
    later = [k for k in over if fase_van(k) not in (Procesfase.voorbereiden, Procesfase.ophalen)]
    weegt = [k for k in later if k.werkvorm.afwegen]
    gevonden = weegt or later
    return gevonden[0] if gevonden else None


def _met_belang(f: Feiten, keuzes: list[Keuze], punt: OnderwerpAdvies, k: Keuze) -> None:
    """Seat at the weighing of this choice every group with a large stake in the point itself
    (:func:`~pionieren.analysis.mix.betrokken.belang_bij`), where the werkvorm can reach them
    (the catalogue's reach data) and may seat them; a vulnerable group is not seated opposite
    organised parties of the other side (rule MIX-APART). Who cannot sit there is named, with
    how they are heard before the weighing: in their own talk before it, or apart."""
    if k.werkvorm.werving is Werving.loting:
        return  # a drawn panel hears the groups as speakers
    partijen = f.vraagstuk.belanghebbenden
    aan_tafel = [q for q in partijen if k.serves(q.naam)]
    erbij: list[str] = []
    missen: list[Belanghebbende] = []
    for p in belang_bij(f, punt):
        if k.serves(p.naam) or gegadigde_bij_verkoop(f, p):
            continue
        tegenover = _beschermd(p) and any(
            _georganiseerd(q) and q.houding is _TEGENOVER.get(p.houding) for q in aan_tafel
        )
        if not tegenover and kan_voor(k.werkvorm, p) and mag_zitten(k.werkvorm, p):
            k.add([p.naam], None, "MIX-AFWEGEN")
            if k.serves(p.naam):
                erbij.append(p.naam)
                continue
        missen.append(p)
    if not erbij and not missen:
        return
    eerder = [_eerder_gesprek(keuzes, p, k) for p in missen]
    gesprek = next((e for e in eerder if e is not None), None)
    apart = [p for p, e in zip(missen, eerder, strict=True) if e is None]
    # before the form's own reasons: a later 'Bereik hen via ...' is about the form's groups
    plek = sum(1 for r in k.redenen[:1] if r.sleutel == "MIX-PLAFOND")
    k.redenen.insert(
        plek,
        deel(
            "MIX-AFWEGEN.belang",
            onderwerp=punt.onderwerp,
            erbij=erbij,
            missen=[p.naam for p in missen],
            meer=samen_meervoud(missen),
            eerder=gesprek.werkvorm.naam if gesprek is not None and not apart else "",
            via=apart[0].via or "" if len(apart) == 1 else "",
        ),
    )
    if "MIX-AFWEGEN" not in k.regels:
        k.regels.append("MIX-AFWEGEN")


def aan_tafel(f: Feiten, keuzes: list[Keuze], punten: list[OnderwerpAdvies]) -> None:
    """Part of MIX-AFWEGEN, run on the final design: for every open point the case marks as a
    choice, the form that weighs it seats the groups with a large stake in that point, or says
    who is missing and how they are heard before it.

    Why: review 57: the choice on the Ossenwaardse Polderweg was weighed at a table of the
    companies, the € 300.000 for the homes of low-income owners at an evening of the tenants
    of the corporation; the people whose road and homes it was were not there. Run last,
    because the planning and the budget still move points between forms."""
    invoer = {p.onderwerp: p for p in f.vraagstuk.kaders.open}
    for punt in punten:
        p = invoer.get(punt.onderwerp)
        if not punt.open or p is None or not (p.keuze is True or (p.opties and p.keuze is None)):
            continue
        k = _weging(f, keuzes, punt.onderwerp)
        breder = _breder(f, keuzes, punt, k)
        if breder is not None:
            # the choice is weighed where most of the groups with a large stake sit, not in a
            # form for one target group (review 65b: the choice of the forest 'afgewogen' in
            # talks with the clients of a care home; the actiegroep and the farmers sat at a
            # round table that carried no point)
            breder.onderwerpen.append(punt.onderwerp)
            k = breder
        if k is not None:
            _met_belang(f, keuzes, punt, k)


def _toegezegd(o: Ontwerp, punt: OnderwerpAdvies) -> bool:
    """Is this point's level already promised: by a toezegging on the point, or by one in the
    file at adviseren or more for the case (the raad promised advice on the inrichting)?"""
    toezegging = o.f.vraagstuk.besluit.toezegging if o.f.vraagstuk.besluit else None
    return punt.toegezegd or (
        toezegging is not None and toezegging.trede.rang >= Trede.adviseren.rang
    )


def _draagt(o: Ontwerp, k: Keuze, punt: OnderwerpAdvies) -> bool:
    """Does this weighing choice deal with the point: as a form for it (rule MIX-ONDERWERP),
    or as the case's own weighing instrument for the whole question (a burgerberaad) at the
    point's level?"""
    if dekt(o, k, punt):
        # a form where a promised group only chooses (between designs) is not where others
        # weigh a point they advise on
        return Modus.denken in k.werkvorm.modi or k.eigen
    return (
        k.eigen
        and k.trede.rang >= nodig(punt).rang
        and over_punt(o, k.werkvorm, punt)
        and not voor_ander_punt(o, k, punt)
        # not after the moment that fixes the point (rule MIX-ROUTE)
        and not te_laat(
            o.f, k, punt, k.periode[1] if k.periode else None, zienswijze_start(o.keuzes)
        )
    )


@regel(
    "MIX-AFWEGEN",
    Thema.mix,
    "Inwoners wegen zelf af",
    """Mogen inwoners adviseren of meewerken over een open onderwerp waarover de gemeente
    beslist, dan hoort er vóór het besluit een stap bij waarin zij zelf keuzes afwegen: na het
    ophalen, met de mogelijkheden en de gevolgen van elk. Bijvoorbeeld een ontwerpatelier met
    varianten, kiezen uit ontwerpen, plekken kiezen op de kaart of een panel dat afweegt. Alleen
    inbreng ophalen (een enquête, gesprekken) is geen advies; overleg met partners kan ernaast
    staan, maar vervangt die stap niet. Is het punt een echte keuze, waarbij wat de ene groep
    wint de andere verliest (zoals 'Of de Markt een parkeerplein blijft', of de hoofdkeuze
    tussen scenario's), dan zitten de groepen die voor en die tegen zijn daar samen aan tafel;
    bij een verdeeld vraagstuk (polarisatie 4 of 5) op elk punt. Een kwetsbare groep of
    kinderen zitten daar niet tegenover georganiseerde partijen van de andere kant: zij hebben
    een eigen werkvorm (regel MIX-APART). Bij polarisatie 3 of meer, of als een tegenstander
    aan tafel veel invloed heeft, leidt een onafhankelijke gespreksleider het gesprek (die kost
    ongeveer € 1.500 tot € 4.000). Wie tegen is en invloed heeft, spreekt de gemeente eerst
    apart: in de eigen vergadering of aan de keukentafel. Bij een open keuze (keuze: true of
    opties) zitten de groepen met veel belang bij dat punt zelf aan de tafel waar het wordt
    afgewogen: het punt noemt hen, of de plek uit hun naam die het punt onderscheidt (de weg
    van hun dorp). Niet een woord dat in de titel of in de meeste punten staat: dat is het
    onderwerp van de hele zaak. Kan die werkvorm hen niet bereiken, dan zegt het advies dat,
    en hoe zij vóór de afweging over die keuze gehoord worden. Een werkvorm voor één doelgroep
    (gesprekken met cliënten van een zorginstelling, met kinderen) weegt zo'n keuze niet alleen:
    is er vóór het besluit een verdiepende werkvorm waar meer groepen met veel belang zitten
    (minstens twee), dan gaat de keuze daar ook heen, en noemt het advies die als de plek van de
    afweging. Ontbreekt zo'n stap, dan zegt het
    advies dat; is de invloed op dat punt al toegezegd, dan vraagt het die stap en stelt het
    nooit een lagere belofte voor. Is het budget krap,
    dan blijft deze stap voor een toegezegd punt staan; een extra werkvorm om op te halen valt
    eerder weg. Bij raadplegen volstaat ophalen, behalve bij een punt dat het vraagstuk een
    keuze noemt (keuze: true) met middelgrote of grote ruimte: dat gaat vóór het concept naar
    de tafel waar al wordt afgewogen, of anders naar een gesprek dat al over de punten gaat,
    nooit alleen naar een enquête of een andere ronde voor iedereen. Een punt waarover een andere partij beslist,
    en een initiatief van anderen, weegt die partij zelf af. Een proef vóór het besluit is zelf
    de afweging in de praktijk.""",
    ["ombudsman-inspraak-2009", "oecd-deliberatie-2020", "movisie-participatieladder"],
)
def afwegen(o: Ontwerp) -> None:
    """Give every point at adviseren or coproduceren that the gemeente decides a form where
    inwoners weigh the options (one that deals with it already, one that can, or the best
    one); in a divided case seat both sides there; else a finding."""
    if o.f.initiatief_van_anderen and not o.f.verzoek_in_verdeelde_zaak:
        # the initiator runs its own conversation (rule MIX-ONDERWERP); not when it asked the
        # gemeente for a decision in a divided case: then the gemeente runs it
        return
    if any(k.werkvorm.id == "pilot" and fase_van(k) is Procesfase.toetsen for k in o.keuzes):
        return  # a trial before the decision is where the options are weighed in practice
    later = na_het_besluit(o.f, o.besluit)
    # the points where inwoners advise first: a choice at raadplegen then joins the weighing
    # form they have, before a new one is added for it
    for punt in sorted(o.onderwerpen, key=lambda p: p.trede.rang < Trede.adviseren.rang):
        if not telt_mee(o, punt) or punt.onderwerp in later:
            continue  # a point worked out after the decision is weighed then
        gekozen = next((k for k in o.keuzes if weegt(k, later) and _draagt(o, k, punt)), None)
        if gekozen is None:
            kunnen = [
                k
                for k in o.keuzes
                if weegt(k, later)
                and kan_dekken(k.werkvorm, punt)
                and not k.eigen
                and _mag(o, k, punt)
            ]
            if kunnen:
                gekozen = kunnen[0]
                gekozen.verhoog(punt_trede(gekozen.werkvorm, punt))
                gekozen.add([], None, "MIX-AFWEGEN")
        if gekozen is None and punt.trede.rang < Trede.adviseren.rang:
            # a choice at raadplegen goes to the table where the sides already weigh other
            # points; else to a form before the concept where points are already discussed,
            # not a broad round (a survey on a contested choice is won by who mobilises most)
            gekozen = next(
                (
                    k
                    for k in o.keuzes
                    if weegt(k, later)
                    and Modus.denken in k.werkvorm.modi
                    and over_punt(o, k.werkvorm, punt)
                    # not a form the case names for another point (the atelier for the
                    # stationsplein does not weigh the crossings; review 56c)
                    and not voor_ander_punt(o, k, punt)
                    and not tegen_aan_tafel(o, k, punt)
                ),
                None,
            )
            al = sorted(
                (
                    k
                    for k in o.keuzes
                    if gekozen is None
                    and voor_het_besluit(k)
                    # a form where points are already discussed, not one chosen only to reach
                    # one group (a walk with the farmers is no place for the raad's question)
                    and k.onderwerpen
                    and not _alleen_bezoek(k)
                    and not set(k.voor) <= set(k.inclusie)
                    and k.werkvorm.verbreding_of_verdieping is not Reikwijdte.verbreding
                    and dekt(o, k, punt)
                ),
                key=lambda k: o.keuzes.index(k),
            )
            if al:
                if punt.onderwerp not in al[0].onderwerpen:
                    al[0].onderwerpen.append(punt.onderwerp)
                al[0].add([], None, "MIX-AFWEGEN")
            if gekozen is None:
                # no new evening for it: in a short budget it would push out the forms that
                # answer the worries (found on the zienswijze of a veiligheidsregio)
                continue
        if gekozen is None:
            gekozen = kies_voor(o, punt, afweging=True)
        if gekozen is None:
            # a level already promised is a floor: the finding asks for the step that makes
            # the promised advice real, never for a lower promise (review 45a: 'beloof op dit
            # punt raadplegen' about the wethouder's promised advice)
            o.bevindingen.append(
                bevinding(
                    "MIX-AFWEGEN",
                    Ernst.waarschuwing,
                    onderwerp=punt.onderwerp,
                    toegezegd=_toegezegd(o, punt),
                )
            )
            continue
        if punt.onderwerp not in gekozen.onderwerpen:
            gekozen.onderwerpen.append(punt.onderwerp)
        gekozen.afweging = True
        gekozen.afweging_toegezegd = gekozen.afweging_toegezegd or _toegezegd(o, punt)
        _samen(o, punt, gekozen)


def bezoek_los(o: Ontwerp) -> None:
    """Part of MIX-ONDERWERP, run after this weighing step: a visit to one group's own meeting,
    chosen only to reach that group, carried a point because no other form fitted then. Once
    another form deals with the point, the visit no longer carries it (review 40: the table
    per onderwerp named the visit as where inwoners advise on a choice between scenarios). The
    visit stays, for the group it was chosen for, before the decision: a point left on it that
    is worked out after the decision has its own round then, and does not move the visit."""
    later = na_het_besluit(o.f, o.besluit)
    for k in o.keuzes:
        if not k.onderwerpen or not _alleen_bezoek(k):
            continue
        elders = {
            p for a in o.keuzes if a is not k and not _alleen_bezoek(a) for p in a.onderwerpen
        }
        eerst, voor = schuift(k, later), list(k.onderwerpen)
        k.onderwerpen = [p for p in k.onderwerpen if p not in elders]
        if not eerst and schuift(k, later):
            # what is left is decided later: a point with a later decision of its own gets
            # its own round before it (rule PLAN-NA-BESLUIT); else the visit keeps its points
            k.onderwerpen = [] if all(_eigen_ronde(o, p) for p in k.onderwerpen) else voor
        if not k.onderwerpen:
            k.redenen = [r for r in k.redenen if not r.sleutel.startswith("MIX-ONDERWERP.")]


def _eigen_ronde(o: Ontwerp, onderwerp: str) -> bool:
    """Does this point have a later decision of its own, by the gemeente, after the main one:
    the planning gives it its own round before that decision."""
    v = o.f.vraagstuk
    punt = next((p for p in v.kaders.open if p.onderwerp == onderwerp), None)
    hoofd = v.kaders.besluit_uiterlijk
    return (
        punt is not None
        and punt.uiterlijk is not None
        and hoofd is not None
        and punt.uiterlijk > hoofd
        and (punt.door or o.besluit.door) is not None
        and gemeente_beslist_door(punt.door or o.besluit.door)  # type: ignore[arg-type]
    )

"""Every open point with real influence gets a werkvorm that deals with it; what the case's
own text asks inwoners to do or decide themselves is recognised from the catalogue's signals."""

from __future__ import annotations

import re
from collections.abc import Callable

from pionieren.analysis.decision import gemeente_beslist_door
from pionieren.analysis.facts import VERGUNNING, bevinding, hoog_of_middel
from pionieren.analysis.geschil import over_eigendom
from pionieren.analysis.law import sluitstuk, sluitstuk_bezit
from pionieren.analysis.level import is_keuze
from pionieren.analysis.mix.bereik import (
    alleen_jeugd,
    bedient,
    eigen_bijeenkomst_van,
    eigen_groep,
    georganiseerd,
    hoort_bij,
    hun_plek,
    kan_voor,
    namen,
    over_jeugd,
    voor_jeugd,
)
from pionieren.analysis.mix.betrokken import betrokkenen, noemt, over_rechten, tegenstanders_van
from pionieren.analysis.mix.inclusie import taalhulp
from pionieren.analysis.mix.instrument import STAP_VAN_DE_RAAD, bindende_meting
from pionieren.analysis.mix.kandidaten import Kandidaten, over_geld, signaal_in
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp, fase_van, voor_het_besluit, vooraf
from pionieren.analysis.mix.organisator import organisator
from pionieren.analysis.mix.plan import na_het_besluit
from pionieren.analysis.mix.punt_van import eigen_punt
from pionieren.analysis.mix.route import te_laat, zienswijze_start
from pionieren.analysis.pakket import stemt_over_pakket
from pionieren.analysis.planning import per_gebied
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst, OnderwerpAdvies, deel
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.models import Werkvorm
from pionieren.safe_text import comparable_name
from pionieren.vocabulary import (
    Beslisser,
    Domein,
    Groepen,
    Houding,
    Kenmerk,
    Modus,
    Niveau,
    Organisator,
    Procedure,
    Procesfase,
    Reikwijdte,
    Ruimte,
    Schaal,
    SoortBelanghebbende,
    Status,
    Trede,
    Voorwaarde,
    Werving,
)


def beslist(w: Werkvorm) -> bool:
    """Do people really decide in this werkvorm: a vote, a mandate within kaders, a budget, a
    zelfbeheer- or beheerafspraak? Not only a conversation."""
    return Modus.besluiten in w.modi or Trede.zelfbeheer in w.treden


def nodig(o: OnderwerpAdvies) -> Trede:
    """The level a werkvorm must reach for this point: its own, and for meebeslissen or more
    at least meebeslissen in a form where people decide."""
    return min(o.trede, Trede.meebeslissen, key=lambda t: t.rang)


def _voor_inwoners(o: Ontwerp, k: Keuze) -> bool:
    """Does the werkvorm reach inwoners (when the case has any)? A table of organisations does
    not let inwoners advise on their street."""
    inwoners = {p.naam for p in o.inwoners}
    if not inwoners:
        return True
    if stemt_over_pakket(o.f) and any(
        p.soort is SoortBelanghebbende.ondernemers and p.naam in k.voor
        for p in o.f.vraagstuk.belanghebbenden
    ):
        # in a BIZ the ondernemers who will pay shape the package, not the inwoners
        return True
    if not k.voor:
        return SoortBelanghebbende.inwoners in k.werkvorm.doelgroepen
    return any(n in inwoners for n in k.voor)


MET_AMBTENAREN = "cocreatie-werkgroep"
"""The werkvorm in which inwoners and civil servants make the plan together."""


def over_punt(o: Ontwerp, w: Werkvorm, punt: OnderwerpAdvies) -> bool:
    """Can this werkvorm be about this point? A werkvorm with signal words in the catalogue is
    about one matter (an agreement, a plan of the village, the management of a room): about
    this point only when the point names it, or when the whole question does. Civil servants
    do not make an applicant's plan with the neighbours when the gemeente grants the permit
    for it: the gemeente that judges the plan cannot also design it (review 37b)."""
    if (
        w.id == MET_AMBTENAREN
        and punt.door is Beslisser.initiatiefnemer
        and o.f.procedure in VERGUNNING
    ):
        return False
    if Voorwaarde.feiten in w.alleen_als:
        # a check of facts per case is about a dispute over facts only (rule MIX-FEITENTOETS)
        return punt.feiten
    if Voorwaarde.eigen_bezit in w.alleen_als and not punt.eigen_bezit and per_deel(o, punt):
        # a point decided street by street is the street's together, not one household's:
        # no agreement per household carries it (review 58: what happens to the returned
        # strips in each street went to the talks per household)
        return False
    if not w.signalen:
        return True
    return bool(signaal_in(punt.onderwerp, w) or signaal_in(o.f.vraagstuk.omschrijving, w))


def _open_voor(o: Ontwerp, k: Keuze) -> list[str]:
    """Inwoners with a stake whom a werkvorm open to everyone (an atelier, a village evening)
    can also be for, when it is not for inwoners yet."""
    if k.werkvorm.werving is not Werving.open or _voor_inwoners(o, k) or k.voor_tekst:
        # (not a form the case gives its own audience: the market consultation 'voor de
        # organisaties die kunnen inschrijven' is not where inwoners weigh where the youth
        # work should be; review 56c, Marnewold)
        return []
    return [p.naam for p in o.inwoners if hoog_of_middel(p.belang) and kan_voor(k.werkvorm, p)]


#: A point decided for each part of the area on its own (the place of the containers in every
#: buurt): 'per buurt', 'in elke wijk', 'in ieder dorp'.
_PER_DEEL = re.compile(
    r"\b(?:per|in (?:elke|iedere?))\s+(straat|buurt|wijk|kern|dorp|dorpskern)\b", re.IGNORECASE
)
_DEEL = {
    "straat": Schaal.straat,
    "buurt": Schaal.buurt,
    "wijk": Schaal.wijk,
    "kern": Schaal.kern,
    "dorp": Schaal.kern,
    "dorpskern": Schaal.kern,
}
_RANG = {s: i for i, s in enumerate(Schaal)}


def per_deel(o: Ontwerp, punt: OnderwerpAdvies) -> tuple[str, Schaal] | None:
    """The part of the area a point is decided for, one by one ('buurt' in 'in elke buurt'),
    when that part is smaller than the case; else None."""
    m = _PER_DEEL.search(punt.onderwerp)
    if m is None:
        return None
    woord = m.group(1).lower()
    schaal = _DEEL[woord]
    if _RANG[schaal] >= _RANG[o.f.vraagstuk.schaal]:
        return None
    return woord, schaal


def op_schaal(o: Ontwerp, w: Werkvorm, punt: OnderwerpAdvies) -> bool:
    """Is this werkvorm held at the scale of the point? For a point decided per buurt, a form
    made for a buurt (an atelier, a walk, a kitchen-table talk), held in each buurt; a form for
    the whole gemeente (a survey, a table of organisations, a trial in one district) does not let
    each buurt speak about its own place."""
    deel_ = per_deel(o, punt)
    if deel_ is None:
        return True
    schaal = deel_[1]
    grootste = max(_RANG[s] for s in w.schalen)
    return schaal in w.schalen and (
        o.f.vraagstuk.schaal not in w.schalen or grootste <= _RANG[Schaal.kern]
    )


def na_het_hoofdbesluit(o: Ontwerp, k: Keuze, punt: OnderwerpAdvies) -> bool:
    """Is this a form the case puts after the main decision (worked out there, no dates of its
    own), for a point that the main decision itself settles? Such a point is no longer open
    when the form runs: it cannot carry it.

    Why: review 59 (snippergroen, Aldervenne): the personal talks after the college's
    uitvoeringsplan were offered 'ook over' the terms and the low-income regulation, which
    that plan had already fixed, as if they were still open."""
    if k.periode is not None or fase_van(k) is not Procesfase.uitwerken:
        return False
    if punt.eigen_bezit or punt.onderwerp in na_het_besluit(o.f, o.besluit):
        return False
    door = punt.door or o.besluit.door
    return door is not None and (door is o.besluit.door or gemeente_beslist_door(door))


def _mag(o: Ontwerp, k: Keuze, punt: OnderwerpAdvies) -> bool:
    return (
        fase_van(k) not in (Procesfase.terugkoppeling, Procesfase.evaluatie)
        and not na_het_hoofdbesluit(o, k, punt)
        # a vote on a fixed package decides the whole, no point apart (rule MIX-STEMMING)
        and not k.werkvorm.vast_pakket
        and over_punt(o, k.werkvorm, punt)
        and op_schaal(o, k.werkvorm, punt)
        and (_voor_inwoners(o, k) or bool(_open_voor(o, k)))
        and not _initiatiefnemer_over_gemeente(o, k, punt)
        and _past_bij_punt(
            k.werkvorm,
            punt,
            besloten=besloten(o, k, punt),
            hun_plek=hun_plek(k.werkvorm, o.f.vraagstuk.belanghebbenden),
        )
        and not tegen_aan_tafel(o, k, punt)
        and not _te_hoog_voor_tegen(o, k)
        and not _leden_over_ander(k, punt)
        and not voor_ander_punt(o, k, punt)
        and not proef_op_een_plek(o, k, punt)
        # not a form on dates of its own after the moment that fixes the point (rule MIX-ROUTE:
        # a tender's jury in June scores bids, it does not weigh what the leidraad of April
        # fixed; review 58b, Marnewold)
        and not te_laat(
            o.f, k, punt, k.periode[1] if k.periode else None, zienswijze_start(o.keuzes)
        )
    )


#: A part of the area a trial runs in, by the word its name ends in ('de Klaverstraat').
_PLEK_DEEL = re.compile(
    r"(?P<straat>straat|laan|weg|plein|kade|singel|gracht)\b|\b(?P<buurt>buurt)\b",
    re.IGNORECASE,
)


def proef_op_een_plek(o: Ontwerp, k: Keuze, punt: OnderwerpAdvies) -> bool:
    """Is this the case's own trial in one part of the area ('voor de Klaverstraat'), and the
    point a choice for the whole area or a point another party decides? A trial in one street
    shows how something works there; it does not weigh a choice between options for the whole
    case (which streets go first, where the money goes), nor what another party decides.

    Why: review 64b (Klinkerwijk): the coöperatie's proposed trial in one street carried six
    points, among them the split of € 300,000 and what the housing corporation does."""
    if k.werkvorm.id != "pilot" or not k.genoemd:
        return False
    genoemd = [g for g in o.f.vraagstuk.werkvormen if g.id == k.werkvorm.id]
    if len(genoemd) != 1 or not genoemd[0].voor:
        return False
    voor = str(genoemd[0].voor)
    if any(p.naam.casefold() in voor.casefold() for p in o.f.vraagstuk.belanghebbenden):
        return False  # for a group, not a place
    m = _PLEK_DEEL.search(voor)
    if m is None:
        return False
    deel_ = Schaal.straat if m.group("straat") else Schaal.buurt
    if _RANG[deel_] >= _RANG[o.f.vraagstuk.schaal]:
        return False  # the trial covers the whole area of the case
    ander = punt.door is not None and punt.door is not o.besluit.door
    eigen = next((p for p in o.f.vraagstuk.kaders.open if p.onderwerp == punt.onderwerp), None)
    keuze = punt.keuze or (eigen is not None and (is_keuze(eigen) or bool(eigen.opties)))
    return keuze or ander


def voor_ander_punt(o: Ontwerp, k: Keuze, punt: OnderwerpAdvies) -> bool:
    """Does the case name this werkvorm of its own for another open point, by its ``voor``
    (the atelier 'voor het stationsplein', the trial 'voor het videoloket')? Then it deals with
    that point only, as a form for one matter does (review 56b/56c: the atelier the shopkeepers
    proposed for the stationsplein weighed the choice between crossings)."""
    if not k.genoemd:
        return False
    eigen = eigen_punt(o.f, k.werkvorm.id)
    return eigen is not None and eigen.rstrip(".") != punt.onderwerp.rstrip(".")


def _leden_over_ander(k: Keuze, punt: OnderwerpAdvies) -> bool:
    """Is this the members' own meeting of an association, for a point the association does
    not decide? Its members decide what it decides, not a corporation's allocation of its
    homes (review 44a: Lekstede's point was 'besluit in de ledenvergadering')."""
    return k.werkvorm.id == LEDEN and punt.door is not Beslisser.initiatiefnemer


def _grens_tegen(o: Ontwerp) -> tuple[set[str], Trede]:
    """The groups against the plan for the people a point on rights is about, and the
    highest level they may have anywhere: that of the other open points, at least
    raadplegen."""
    punten = [p for p in o.onderwerpen if p.open]
    tegen = {q.naam for punt in punten for q in tegenstanders_van(o.f, punt)}
    overig = [p.trede for p in punten if not over_rechten(p)]
    return tegen, max([Trede.raadplegen, *overig], key=lambda t: t.rang)


def _te_hoog_voor_tegen(o: Ontwerp, k: Keuze) -> bool:
    """Does this choice seat such opponents in a form that cannot go as low as their level?"""
    tegen, grens = _grens_tegen(o)
    return (
        bool(tegen)
        and k.werkvorm.laagste_trede.rang > grens.rang
        and any(k.serves(n) for n in tegen)
    )


def tegen_aan_tafel(o: Ontwerp, k: Keuze, punt: OnderwerpAdvies) -> bool:
    """Does this choice seat a group that opposes the plan for the people a point about
    allocation or rights is about? Then it cannot be where that point is decided on."""
    return any(k.serves(p.naam) for p in tegenstanders_van(o.f, punt))


def mag_zitten(w: Werkvorm, p: Belanghebbende) -> bool:
    """May this group sit in this werkvorm: it serves them, and taking over a task is not
    for the neighbours who oppose the plan. (How to reach a hard-to-reach group there is
    rule MIX-INCLUSIE.)"""
    if not bedient(w, p) or (w.groepen is Groepen.georganiseerd and not georganiseerd(p)):
        return False
    return not (Modus.doen in w.modi and Modus.denken not in w.modi and p.houding is Houding.tegen)


def besloten(o: Ontwerp, k: Keuze, punt: OnderwerpAdvies) -> bool:
    """Is this choice an instrument the case itself already decided on (``status: besloten``
    under werkvormen) on the level of this point (a vote for a point where inwoners decide),
    for a point the main decision settles (not one worked out after it)?"""
    return (
        k.genoemd
        and nodig(punt) in k.werkvorm.treden
        and punt.onderwerp not in na_het_besluit(o.f, o.besluit)
        and any(
            g.id == k.werkvorm.id and g.status is Status.besloten for g in o.f.vraagstuk.werkvormen
        )
    )


def _past_bij_punt(
    w: Werkvorm, punt: OnderwerpAdvies, besloten: bool = False, hun_plek: bool = True
) -> bool:
    """Is this werkvorm a place where this point can be decided on? The raad's own moments (a
    hearing, the agenda right of a burgerinitiatief) only for a point the raad decides, and a
    burgerinitiatief never: it is the petitioners' instrument. A form made for children or
    young people only for a point about them, when the place is theirs (``hun_plek``: a group
    of them has a large stake; review 50: children's drawings 'coproduceren' on where a
    shelter's entrance comes, because the point names the schoolyard); a form the case already
    decided on that merely reaches young people well (a burgerbegroting from 12 years) is not
    made for them (review 41: the decided vote showed as 'nog geen werkvorm')."""
    if w.id == "burgerinitiatief":
        return False
    if w.organisator is Organisator.griffie and punt.door is not Beslisser.raad:
        return False
    jeugd = alleen_jeugd(w) if besloten else voor_jeugd(w)
    return not jeugd or (
        over_jeugd(punt.onderwerp) and (besloten or hun_plek or not alleen_jeugd(w))
    )


def _initiatiefnemer_over_gemeente(o: Ontwerp, k: Keuze, punt: OnderwerpAdvies) -> bool:
    """A point the gemeente itself decides (its guarantee, its land, its rules) is not served
    by a conversation the initiator runs: the party that gains by the decision would collect
    the advice on it."""
    return (
        punt.door is not None
        and gemeente_beslist_door(punt.door)
        and organisator(o.f, k) is Organisator.initiatiefnemer
    )


def dekt(o: Ontwerp, k: Keuze, punt: OnderwerpAdvies) -> bool:
    """Does this choice deal with this open point: at its level, in a form where people decide
    when the point asks for that, about this matter, and with inwoners?"""
    trede = nodig(punt)
    if k.trede.rang < trede.rang:
        return False
    if trede is Trede.meebeslissen and not beslist(k.werkvorm):
        return False
    return _mag(o, k, punt)


def kan_dekken(w: Werkvorm, punt: OnderwerpAdvies) -> bool:
    """Can this werkvorm deal with this open point at all (its levels, its mode)?"""
    trede = nodig(punt)
    hoogst = w.trede_tot(punt.trede)
    if hoogst is None or hoogst.rang < trede.rang:
        return False
    if w.vast_pakket:
        return False  # a vote on a fixed package decides the whole (rule MIX-STEMMING)
    if trede is Trede.meebeslissen:
        return beslist(w)
    return (Modus.denken in w.modi or Modus.besluiten in w.modi) and vooraf(w)


#: An open point about the design of a place: a form made for places (an atelier, a walk on
#: the spot) serves it better than a talk at the kitchen table.
_ONTWERP = re.compile(
    r"\b(?:her)?inricht\w*|\bontwerp\w*|\bvormgev\w*|\bindeling\b|\bde vorm van\b",
    re.IGNORECASE,
)


def over_ontwerp(onderwerp: str) -> bool:
    """Is this open point about the design of a place or a building?"""
    return bool(_ONTWERP.search(onderwerp))


def _niet_voor_plek(w: Werkvorm, punt: OnderwerpAdvies) -> int:
    """1 when the point is about the design of a place and the werkvorm is not made for one."""
    return int(bool(_ONTWERP.search(punt.onderwerp)) and w.domeinen != [Domein.fysiek])


def _alleen_bezoek(k: Keuze) -> bool:
    """Is this choice only a visit to the own meeting or place of the groups it was chosen to
    reach (rule MIX-INCLUSIE: the Molukse kerk, the koffieochtend of the elderly)? Not the
    case's own or a proposed form."""
    # an opposed party spoken with apart first at its own meeting (rule MIX-AFWEGEN) does not
    # make the visit the place where the point is advised: that is the weighing form
    apart = {str(r.waarden.get("naam")) for r in k.redenen if r.sleutel == "MIX-AFWEGEN.apart"}
    return (
        k.werkvorm.groepen is Groepen.georganiseerd
        and not k.eigen
        and not k.genoemd
        and bool(k.voor)
        and set(k.voor) <= set(k.inclusie) | apart
    )


def verdieping_nodig(o: Ontwerp, punt: OnderwerpAdvies) -> bool:
    """Does this open point need a deepening form of its own (rule MIX-ONDERWERP): large room,
    or middle room on a choice, on a point the gemeente or the initiator decides, where people
    give at least their opinion? Not each household's own property (a talk at home) nor a point
    another party decides."""
    invoer = next((p for p in o.f.vraagstuk.kaders.open if p.onderwerp == punt.onderwerp), None)
    if (
        invoer is None
        or punt.eigen_bezit
        or invoer.door is Beslisser.anders
        or invoer.partij is not None
        or punt.trede.rang < Trede.raadplegen.rang
    ):
        return False
    return punt.ruimte is Ruimte.groot or (punt.ruimte is Ruimte.middel and is_keuze(invoer))


def verdiepend(w: Werkvorm) -> bool:
    """Is this a form where the groups that care about a point work on it together (a
    werkgroep, an atelier, a round table)? Not a form for breadth, one that meets people one
    by one, a visit to one group's own meeting or a moment of the raad."""
    return (
        w.verbreding_of_verdieping is not Reikwijdte.verbreding
        and w.groepen is Groepen.beide
        and w.organisator is not Organisator.griffie
    )


def _volgorde(o: Ontwerp, punt: OnderwerpAdvies) -> Callable[[Keuze], tuple[int, ...]]:
    """Which of the choices that deal with a point the advice names: the one its words point
    to, then one made for places when the point is about the design of a place, then a
    deepening form, then the one closest to the point's level, then the first; a visit chosen
    only to reach one group (:func:`_alleen_bezoek`) after all others."""

    def sleutel(k: Keuze) -> tuple[int, ...]:
        w = k.werkvorm
        return (
            int(signaal_in(punt.onderwerp, w) is None),
            # a visit chosen to reach one group is no place to settle a point for all
            int(_alleen_bezoek(k)),
            # the case's central choice is weighed where its groups sit together, not in
            # talks one by one (review 52b: three alternatives for a dike, only kitchen-table
            # talks, while the village council's atelier went to a bike path)
            # (before the decision: a trial after it is no place to weigh the choice; and a
            # form for all its sides, not one that reaches only the young)
            int(punt.kern and not (verdiepend(w) and voor_het_besluit(k) and not voor_jeugd(w))),
            _niet_voor_plek(w, punt),
            int(w.verbreding_of_verdieping is Reikwijdte.verbreding),
            k.trede.rang - nodig(punt).rang,
            o.keuzes.index(k),
        )

    return sleutel


def _alleen_als(o: Ontwerp, voorwaarde: Voorwaarde) -> list[Werkvorm]:
    """The catalogue's forms only for cases with this condition (alleen_als) that fit the
    case's scale and domain, by id."""
    return sorted(
        (
            w
            for w in o.f.kennis.werkvormen
            if voorwaarde in w.alleen_als
            and o.f.vraagstuk.schaal in w.schalen
            and (o.f.domein is None or o.f.domein in w.domeinen)
        ),
        key=lambda w: w.id,
    )


@regel(
    "MIX-FEITENTOETS",
    Thema.mix,
    "Een feitentoets per geval voor een geschil over feiten",
    """Is een open punt een geschil over feiten of rechten (regel TREDE-FEITEN: de indeling
    van een strook die volgens de bewoner niet klopt, eigendom, verjaring, een meting of een
    taxatie), dan gaat het niet naar een enquête of een avond waar meningen worden gewogen. Het
    krijgt een feitentoets per geval: de bewoner levert zijn feiten aan, een onafhankelijke
    deskundige toetst ze, de gemeente beslist per geval met redenen, en bezwaar of de rechter
    blijft open. De feitentoets is voor de huishoudens om wier eigen geval het gaat. Noemt het
    vraagstuk zelf een werkvorm voor dit punt (een schouw voor de indeling van de stroken),
    dan gaat die er ook over: daar komen fouten in de kaart boven.""",
    ["nationale-ombudsman-behoorlijkheid", "kadaster-grensreconstructie"],
)
def feitentoets(o: Ontwerp, punt: OnderwerpAdvies) -> Keuze | None:
    """The correction route per case for a point that is a dispute over facts, for the
    households whose own case it is; the case's own form for the point carries it too. None
    when the catalogue has no such form for this case.

    Why: review 58 (snippergroen, Aldervenne): the strip's category that a resident contests
    with facts went to 'alleen de ronde voor iedereen: enquête', with 'de uitkomst bindt ons
    niet'."""
    for k in o.keuzes:
        eigen = eigen_punt(o.f, k.werkvorm.id) if k.genoemd else None
        if eigen is not None and eigen.rstrip(".") == punt.onderwerp.rstrip("."):
            # the case's own form for this point keeps its own audience: only the point
            if punt.onderwerp not in k.onderwerpen:
                k.onderwerpen.append(punt.onderwerp)
            if "MIX-FEITENTOETS" not in k.regels:
                k.regels.append("MIX-FEITENTOETS")
    vormen = _alleen_als(o, Voorwaarde.feiten)
    for w in vormen:
        voor = huishoudens(o, w, punt)
        if not voor:
            continue
        keuze = o.kies(w, Modus.denken)
        keuze.add(
            [p.naam for p in voor],
            deel(
                "MIX-FEITENTOETS",
                onderwerp=punt.onderwerp.rstrip("."),
                # a private-law act (selling or renting land) is no besluit: no bezwaar, only
                # the civil court (review 64c: 'Bezwaar of de rechter blijft daarna open')
                privaat=o.besluit.procedure is Procedure.privaatrechtelijk,
                eigendom=over_eigendom(
                    punt.onderwerp, *(p.naam for p in o.f.vraagstuk.belanghebbenden)
                ),
            ),
            "MIX-FEITENTOETS",
        )
        if punt.onderwerp not in keuze.onderwerpen:
            keuze.onderwerpen.append(punt.onderwerp)
        return keuze
    return None


@regel(
    "MIX-ONDERWERP",
    Thema.mix,
    "Een werkvorm voor elk onderwerp met echte invloed",
    """Elk open onderwerp waarop inwoners adviseren of meer, krijgt minstens één werkvorm die
    erover gaat, op die trede en met inwoners (een tafel met alleen organisaties telt niet). Bij
    meebeslissen of meer moet dat een werkvorm zijn waarin mensen echt beslissen: een stemming,
    een mandaat binnen kaders, een budget of een beheer- of zelfbeheerafspraak, niet alleen een
    gesprek. Een werkvorm voor één zaak (een convenant, een beheerafspraak) telt alleen voor het
    onderwerp dat die zaak noemt; zo ook een eigen werkvorm die het vraagstuk voor één
    onderwerp noemt (een atelier voor het stationsplein weegt niet de spoorkruising), en een
    eigen werkvorm voor een ander publiek dan inwoners (een marktconsultatie van mogelijke
    inschrijvers) draagt geen punt van inwoners. Een werkvorm die pas na het besluit komt (de
    gesprekken per huishouden na het plan) draagt geen punt dat dat besluit zelf vastlegt: dat
    punt is dan niet meer open. Een afspraak per huishouden draagt geen punt dat per straat of
    buurt wordt beslist (wat er met de teruggegeven stroken in elke straat gebeurt): dat is van
    de straat samen, niet van één huishouden. Noemt een gedane toezegging een besloten eigen werkvorm met de
    woorden van het vraagstuk ('wat de partners aan de sporttafel afspreken' voor het
    rondetafelgesprek met de partners aan de sporttafel), dan draagt die werkvorm het
    toegezegde punt op de toegezegde trede. Een eigen proef in één straat of buurt laat zien
    hoe iets daar werkt; zij weegt geen keuze tussen mogelijkheden voor het hele gebied en niet
    wat een andere partij beslist. Een
    onderwerp waarover de gemeente zelf beslist (haar garantie, haar grond) krijgt geen werkvorm die de initiatiefnemer organiseert. Past een
    werkvorm al, dan telt die (niet de momenten van de raad voor een punt dat de raad niet
    beslist, nooit het burgerinitiatief van een ander, en een werkvorm voor kinderen of jongeren
    alleen voor een punt over hen, niet voor wat er na schooltijd mag), zo nodig op de trede van
    het onderwerp (een bezoek aan de eigen plek van één groep, gekozen om die groep te
    bereiken, pas als geen andere werkvorm past); anders voegt pionieren de best passende toe, bij voorkeur een die bij de
    woorden van het onderwerp hoort (bij een onderwerp met middelgrote of grote ruimte ook als
    een andere werkvorm het al raakt: plekken per buurt kiezen op de kaart), en bij de inrichting van een plek een werkvorm die voor
    plekken is gemaakt (een ontwerpatelier, een schouw). Een onderwerp met grote ruimte, of
    middelgrote ruimte bij een keuze, waarop inwoners hun mening geven, blijft niet alleen aan
    de ronde voor iedereen: staat er al een verdiepende werkvorm in het ontwerp waarin de groepen
    samen aan tafel zitten (een gezamenlijk feitenonderzoek, een schouw), dan draagt die het
    onderwerp. De centrale keuze van het vraagstuk (de open keuze tussen alternatieven waarbij het
    meest op het spel staat voor de meeste groepen, niet de eerste in het bestand) krijgt een
    werkvorm waarin haar groepen samen afwegen, niet alleen gesprekken één voor één, en staat
    bovenaan de samenvatting. Het advies noemt per onderwerp de
    werkvorm. Vindt pionieren
    er geen, dan zegt het dat: een belofte zonder werkvorm is schijnparticipatie.""",
    ["ombudsman-inspraak-2009", "movisie-participatieladder", "dorpshuizen-beheer"],
)
def onderwerpen(o: Ontwerp) -> None:
    """Serve every open point at adviseren or more: by a choice that already deals with it, by
    a choice whose werkvorm can go up to the point's level, or by the best werkvorm that can;
    else a finding."""
    for punt in o.onderwerpen:
        if not punt.open:
            continue
        if punt.feiten and feitentoets(o, punt) is not None:
            continue  # a dispute over facts: checked per case, not weighed (MIX-FEITENTOETS)
        passend = sorted((k for k in o.keuzes if dekt(o, k, punt)), key=_volgorde(o, punt))
        if punt.trede.rang < Trede.adviseren.rang:
            # a point with real room where people give their opinion is not left to the round
            # for everyone alone: a deepening form already in the design, where its groups
            # work together, carries it; none is added for it (the budget stays as it is)
            diep = [k for k in passend if verdiepend(k.werkvorm)]
            if diep and verdieping_nodig(o, punt):
                _koppel(o, punt, diep[0])
            continue
        gekozen = passend[0] if passend else None
        belofte = _belofte_vorm(o, punt) if gekozen is None else None
        if belofte is not None:
            # the case's own werkvorm that the promise names is where the promise is kept
            _koppel(o, punt, belofte)
            continue
        # each household decides on its own garden or house: a talk at home that ends in a
        # signed agreement, not a form for the whole group (rule MIX-EIGEN-BEZIT); a vote or a
        # budget of the whole group never decides one household's own property
        huis = per_huishouden(o, punt) if punt.eigen_bezit else None
        zoeken = huis is None and not (punt.eigen_bezit and nodig(punt) is Trede.meebeslissen)
        if not zoeken:
            passend = [huis] if huis is not None else []
            gekozen = huis
        bezoek = None
        if passend and all(_alleen_bezoek(k) for k in passend):
            # a visit to one group's own meeting, chosen to reach that group, is no place to
            # settle a point for everyone: another form for the point first, if one fits
            bezoek, gekozen = gekozen, None
        if (
            zoeken
            and punt.ruimte in (Ruimte.middel, Ruimte.groot)
            and not any(k.eigen or k.genoemd for k in passend)
            and not any(signaal_in(punt.onderwerp, k.werkvorm) for k in passend)
        ):
            # a point with real room gets the form made for its question (choosing places on
            # a map per buurt), not only a talk that also touches it; the case's own
            # instrument for the point (the uitdaagrecht) is that form already
            gekozen = kies_voor(o, punt, eigen_vraag=True) or gekozen
        if gekozen is None and zoeken:
            # a choice that can go up to this point's level deals with it at that level; not
            # the case's own instrument, which stays where the case put it
            kunnen = [
                k
                for k in o.keuzes
                if kan_dekken(k.werkvorm, punt)
                and not k.eigen
                and not _alleen_bezoek(k)
                and _mag(o, k, punt)
            ]
            if kunnen:
                gekozen = sorted(kunnen, key=_volgorde(o, punt))[0]
                gekozen.verhoog(punt_trede(gekozen.werkvorm, punt))
        if gekozen is None and zoeken:
            gekozen = kies_voor(o, punt)
        if gekozen is None and zoeken:
            gekozen = ledenvergadering(o, punt)
        if gekozen is None:
            gekozen = bezoek
        if gekozen is None:
            o.bevindingen.append(
                bevinding(
                    "MIX-ONDERWERP",
                    Ernst.waarschuwing,
                    onderwerp=punt.onderwerp,
                    beslissen=nodig(punt) is Trede.meebeslissen,
                    # a promise already made is never withdrawn: the advice adds, not cuts
                    toegezegd=punt.toegezegd,
                )
            )
            continue
        _koppel(o, punt, gekozen)


def _in_belofte(voor: str, woorden: set[str]) -> bool:
    """Does the promise use a distinctive word (eight letters or more, not a common word for
    people) of the case's own words for a form's audience?"""
    eigen = {w.casefold() for w in re.findall(r"\w{8,}", voor)} - _GEWONE_WOORDEN
    return bool(eigen & woorden)


#: Words too common to tie a promise to one form.
_GEWONE_WOORDEN = frozenset(
    {"inwoners", "bewoners", "deelnemers", "iedereen", "belanghebbenden", "organisaties"}
)


def _belofte_vorm(o: Ontwerp, punt: OnderwerpAdvies) -> Keuze | None:
    """The werkvorm the case already decided on that its promise names ('een jury van tien
    jongeren' names the jongerenjury), at the promised level: the place where a promised point
    is dealt with, also when the catalogue does not know the form.

    Why: review 54a (Marnewold): 'Het ontwerp heeft geen werkvorm waarin inwoners echt
    beslissen over het oordeel van jongeren', while the college's own jury was that form."""
    belofte = o.f.vraagstuk.besluit.toezegging if o.f.vraagstuk.besluit else None
    if not punt.toegezegd or belofte is None or not belofte.tekst:
        return None
    woorden = {w.casefold() for w in re.findall(r"\w{4,}", belofte.tekst)}
    besloten_ = {g.id for g in o.f.vraagstuk.werkvormen if g.status is Status.besloten}
    for k in o.keuzes:
        if k.werkvorm.id not in besloten_:
            continue
        # the promise names the decided form by the case's own words for it ('wat de partners
        # aan de sporttafel samen afspreken' for the rondetafel 'voor de partners aan de
        # sporttafel'): that form carries the promised level, whatever the catalogue's usual
        # ceiling (review 62a, Lindeweerd: 'geen werkvorm waarin inwoners echt beslissen')
        eigen = next(
            (
                g
                for g in o.f.vraagstuk.werkvormen
                if g.id == k.werkvorm.id and g.status is Status.besloten and g.voor
            ),
            None,
        )
        if (
            eigen is not None
            and eigen.voor
            # a broad form (a survey) decides only as a vote the promise binds (below)
            and k.werkvorm.verbreding_of_verdieping is not Reikwijdte.verbreding
            and _in_belofte(eigen.voor, woorden)
        ):
            if k.trede.rang < nodig(punt).rang:
                k.trede = nodig(punt)
            return k
        if k.trede.rang < nodig(punt).rang:
            continue
        delen = [d.casefold() for d in re.split(r"[-_\s]+", k.werkvorm.id) if d]
        if any(d == w or d.endswith(w) for d in delen for w in woorden):
            return k
        # the vote the promise makes binding, named by the case's own words ('de
        # draagvlakmeting'; review 59a, Hoeverzeel)
        genoemde = next((g for g in o.f.vraagstuk.werkvormen if g.id == k.werkvorm.id), None)
        if bindende_meting(o.f, genoemde):
            return k
    return None


def _koppel(o: Ontwerp, punt: OnderwerpAdvies, gekozen: Keuze) -> None:
    """Tie a point to the choice that deals with it, with the people it is about."""
    # an open form about this point is for the inwoners too, not only the organisations;
    # and the people the point is about sit where it is decided on (rule MIX-RECHTEN)
    gekozen.add(_open_voor(o, gekozen), None, "MIX-ONDERWERP")
    zitten = [
        p.naam
        for p in betrokkenen(o.f, punt)
        if mag_zitten(gekozen.werkvorm, p) and not gekozen.serves(p.naam)
    ]
    if zitten:
        gekozen.add(zitten, None, "MIX-RECHTEN")
    genoemd = [
        r.waarden["onderwerp"]
        for r in gekozen.redenen
        if r.sleutel == "MIX-ONDERWERP.gekozen" and "onderwerp" in r.waarden
    ]
    if (
        genoemd
        and punt.ruimte in (Ruimte.middel, Ruimte.groot)
        and punt.onderwerp.rstrip(".") not in genoemd
    ):
        # the text names the point this form was chosen for; a second point with real
        # room is named too, so that no reader thinks it has no form
        gekozen.redenen.append(deel("MIX-ONDERWERP.ook", onderwerp=punt.onderwerp.rstrip(".")))
    if punt.onderwerp not in gekozen.onderwerpen:
        gekozen.onderwerpen.append(punt.onderwerp)
    if "MIX-ONDERWERP" not in gekozen.regels:
        gekozen.regels.append("MIX-ONDERWERP")


#: A word that names owners ('eigenaar', 'Eigenaren', 'Eigenaar-bewoners', 'grondeigenaren').
EIGENAAR = re.compile(r"eigena(?:ar|ren)", re.IGNORECASE)


def huishoudens(o: Ontwerp, w: Werkvorm, punt: OnderwerpAdvies) -> list[Belanghebbende]:
    """The groups of residents whose own property a point is about: groups of inwoners (many
    people, not one association) with a large stake whom the werkvorm reaches at home; else
    the inwoners with a stake it reaches. A passer-by has no garden here. When the point names
    some of those groups (a word of their name: 'de woningen die moeten wijken', 'elke
    koopwoning'), only they: the neighbours, the travellers or the tenants of other homes have a
    stake in the plan, not in the house of another. When the point speaks of owners and names
    groups of owners, only the owners (not the tenants of their chalets).

    Why: review 54a (stationsomgeving): the talks per household on the purchase of thirteen
    houses went to every group with a large stake, 1,400 neighbours among them, and were
    costed per household (€ 399,600); the budget then cut them for the owners too."""
    eigen = [
        p
        for p in o.inwoners
        if p.meervoud and p.belang is Niveau.hoog and not georganiseerd(p) and kan_voor(w, p)
    ]
    genoemd = [p for p in eigen if noemt(o.f, punt.onderwerp, p)]
    eigenaren = [p for p in genoemd if EIGENAAR.search(p.naam)]
    if eigenaren and EIGENAAR.search(punt.onderwerp):
        return eigenaren
    if genoemd:
        return genoemd
    # the point is about the property of another kind of group it names ('elk melkveebedrijf
    # op de eigen percelen'): theirs, never the residents' by default (a new case, sessie 40:
    # the talks per household on the farms' land went to 340 owners of houses on wooden piles)
    anderen = [
        p
        for p in o.partijen
        if p.soort is not SoortBelanghebbende.inwoners
        and p.meervoud
        and not georganiseerd(p)
        and noemt(o.f, punt.onderwerp, p)
    ]
    if anderen:
        return [p for p in anderen if kan_voor(w, p)]
    return eigen or [p for p in o.inwoners if hoog_of_middel(p.belang) and kan_voor(w, p)]


@regel(
    "MIX-EIGEN-BEZIT",
    Thema.mix,
    "Een afspraak per huishouden over het eigen bezit",
    """Gaat een open punt over het eigen bezit van elke bewoner (eigen_bezit: true), dan
    draagt een keukentafelgesprek met een afspraak per huishouden dat punt: één vaste
    bewonersbegeleider gaat bij elk huishouden langs, en het gesprek eindigt met een afspraak
    op papier (zoals een tuinplan) die beide tekenen. Dat is voor de groepen bewoners met een
    groot belang, niet voor wie er alleen langskomt. Deze gesprekken komen in de plaats van
    gewone keukentafelgesprekken met dezelfde huishoudens: niemand krijgt twee keer bezoek.
    Andere punten die die gewone gesprekken droegen (zoals de volgorde van het werk), gaan mee
    naar het gesprek per huishouden. Was de gewone vorm voorgesteld, dan zegt het advies dat
    dit die gesprekken zijn, nu met een afspraak per huishouden. Gaat het om grond of een
    woning die een project nodig heeft, en beslist het besluit nog over een keuze (welke
    variant, welke route), dan is het gesprek vóór dat besluit een eigen gesprek zonder aanbod:
    het aanbod komt pas als vaststaat dat de grond of woning nodig is.""",
    ["energieparticipatie-keukentafel", "platform31-renoveren"],
)
def per_huishouden(o: Ontwerp, punt: OnderwerpAdvies) -> Keuze | None:
    """The talk at home with a signed agreement per household for a point about each
    household's own property, for the households it is about; None when the catalogue has
    none that fits the point's level and the case's scale, or no household is reachable."""
    v = o.f.vraagstuk
    vormen = [w for w in _alleen_als(o, Voorwaarde.eigen_bezit) if kan_dekken(w, punt)]
    for w in vormen:
        voor = huishoudens(o, w, punt)
        if not voor:
            continue
        beslissen = nodig(punt) is Trede.meebeslissen
        keuze = o.kies(w, Modus.besluiten if beslissen else Modus.denken)
        keuze.verhoog(punt_trede(w, punt))
        # his land or the cables through it: he negotiates, he does not advise (WET-SLUITSTUK)
        eigen = next((p for p in v.kaders.open if p.onderwerp == punt.onderwerp), None)
        middel = sluitstuk(eigen) if eigen is not None else None
        # before the decision on the case's choice (which variant, which route), nobody knows
        # yet whose house or land is needed: a personal talk without an offer, the offer after
        # that decision (review 56c, Ravenheide: 'hij krijgt een aanbod' fourteen months
        # before the raad chose the variant that decides whether the house must go)
        eerst = next(
            (
                p.onderwerp
                for p in v.kaders.open
                if p.keuze and not p.na_besluit and p.door is None and not p.eigen_bezit
            ),
            "",
        )
        keuze.add(
            [p.naam for p in voor],
            deel(
                "MIX-EIGEN-BEZIT.gekozen",
                trede=punt_trede(w, punt).value,
                middel=middel or "",
                bezit=sluitstuk_bezit(eigen) if eigen is not None else "grond",
                eerst=eerst if middel and voor_het_besluit(keuze) else "",
            ),
            "MIX-EIGEN-BEZIT",
        )
        return keuze
    return None


def vervangt_bezoek(o: Ontwerp) -> None:
    """Part of MIX-EIGEN-BEZIT, run after the later steps that seat groups: the talk with an
    agreement per household takes the place of an ordinary visit at home (a kitchen-table talk)
    for the same households; the points that visit carried go with them when the talk can carry
    them. A visit left for nobody and carrying nothing goes; the case's own decided instrument
    stays."""
    besloten = {g.id for g in o.f.vraagstuk.werkvormen if g.status is Status.besloten}
    for a in [k for k in o.keuzes if Voorwaarde.eigen_bezit in k.werkvorm.alleen_als]:
        for k in list(o.keuzes):
            w = k.werkvorm
            if (
                k is a
                # the case's own decided instrument stays; a proposed one is judged
                or w.id in besloten
                or (k.eigen and not k.genoemd)
                or not w.adres_nodig
                or w.groepen is not Groepen.los
                or Modus.besluiten in w.modi
                or w.alleen_als
                or not voor_het_besluit(k)
            ):
                continue
            zelfde = [n for n in k.voor if a.serves(n)]
            if not zelfde:
                continue
            for naam in zelfde:
                if naam in k.inclusie and naam not in a.inclusie:
                    a.inclusie.append(naam)
                k.remove(naam)
            if k.voor:
                continue  # still the visit for others (its points stay with it)
            for onderwerp in list(k.onderwerpen):
                punt = next((p for p in o.onderwerpen if p.onderwerp == onderwerp), None)
                if punt is None or not kan_dekken(a.werkvorm, punt):
                    continue
                if not over_punt(o, a.werkvorm, punt):
                    # a point per street is the street's, not one household's: it stays with
                    # the form in the street that carries it (review 58)
                    if any(onderwerp in x.onderwerpen for x in o.keuzes if x not in (a, k)):
                        k.onderwerpen.remove(onderwerp)
                    continue
                if na_het_hoofdbesluit(o, a, punt):
                    # the talk after the decision cannot carry what that decision settles; a
                    # point another form already carries needs no empty visit for it
                    if any(onderwerp in x.onderwerpen for x in o.keuzes if x not in (a, k)):
                        k.onderwerpen.remove(onderwerp)
                    continue
                a.verhoog(punt_trede(a.werkvorm, punt))
                if onderwerp not in a.onderwerpen:
                    a.onderwerpen.append(onderwerp)
                    a.redenen.append(deel("MIX-ONDERWERP.ook", onderwerp=onderwerp.rstrip(".")))
                k.onderwerpen.remove(onderwerp)
            if k.genoemd:
                door = next(
                    (g.door for g in o.f.vraagstuk.werkvormen if g.id == w.id and g.door), ""
                )
                a.redenen.append(
                    deel("MIX-EIGEN-BEZIT.voorgesteld", naam=w.naam.lower(), door=door or "")
                )
            if not k.voor and not k.onderwerpen:
                o.keuzes.remove(k)
        if "MIX-EIGEN-BEZIT" not in a.regels:
            a.regels.append("MIX-EIGEN-BEZIT")


LEDEN = "ledenvergadering"


def ledenvergadering(o: Ontwerp, punt: OnderwerpAdvies) -> Keuze | None:
    """For a point where people decide, decided by an initiator that is a vereniging or
    coöperatie (its name says so): its members decide in their own ledenvergadering. None
    for any other point or decider.

    Why: the members of an association decide what it offers (BW 2:40); the advice names that
    meeting as the form that carries the point, instead of handing the gap back (review 28b:
    'Kies er een' for what a zorgcoöperatie offers). Not for a point about spending money (an
    omgevingsfonds for the area): those it is for share it out, not the members alone."""
    if nodig(punt) is not Trede.meebeslissen or not punt.partij:
        return None
    if over_geld(punt.onderwerp):
        # money for others (a fund for the area) is shared out with those it is for, not by
        # the members alone
        return None
    partij = next((p for p in o.partijen if p.naam == punt.partij), None)
    if partij is None or not partij.initiatiefnemer or not _VERENIGING.search(partij.naam):
        return None
    if any(
        p.houding is Houding.tegen
        and p.belang is Niveau.hoog
        and p.soort is SoortBelanghebbende.inwoners
        for p in o.partijen
    ):
        # inwoners with much at stake are against the initiator: its members' vote is not their
        # decision, so it cannot carry a promise of meebeslissen to them (review 35: a nature
        # association's members "deciding" for a village that opposes the burial ground)
        return None
    w = next((w for w in o.f.kennis.werkvormen if w.id == LEDEN), None)
    if w is None:
        return None
    keuze = o.kies(w, Modus.besluiten)
    keuze.verhoog(punt_trede(w, punt))
    keuze.add([partij.naam], deel("MIX-ONDERWERP.leden", naam=partij.naam), "MIX-ONDERWERP")
    return keuze


#: The name of an association whose members decide in a general meeting.
_VERENIGING = re.compile(r"co[oö]peratie|vereniging|\bcoop\b", re.IGNORECASE)


def punt_trede(w: Werkvorm, punt: OnderwerpAdvies) -> Trede:
    """The level a werkvorm is used at for this point: the point's own, as far as the werkvorm
    goes."""
    return w.trede_tot(punt.trede) or w.laagste_trede


def kies_voor(
    o: Ontwerp,
    punt: OnderwerpAdvies,
    eigen_vraag: bool = False,
    afweging: bool = False,
) -> Keuze | None:
    """The best werkvorm for an open point no choice deals with yet, chosen at the point's own
    level; None when none fits. With ``eigen_vraag``, only a werkvorm whose signal words the
    point names (the form made for its question); with ``afweging``, only one where inwoners
    weigh the options themselves, after the broad round (rule MIX-AFWEGEN)."""
    f = o.f
    kandidaten = Kandidaten(f, punt.trede, o.kandidaten.voorkeur, afweging=afweging)
    # not a form where opponents of the people a point on rights is about already sit, and
    # not for those opponents
    bezet = {
        k.werkvorm.id
        for k in o.keuzes
        # the case's own trial in one street is taken, not a new one (:func:`proef_op_een_plek`)
        if tegen_aan_tafel(o, k, punt) or proef_op_een_plek(o, k, punt)
    }
    buiten = {p.naam for p in tegenstanders_van(f, punt)}
    wie = {p.naam for p in betrokkenen(f, punt)}
    mogelijk = [p for p in o.inwoners if p.naam not in buiten]
    deel_ = per_deel(o, punt)
    # a form made for children goes above adviseren only for a point about their own place
    # (review 50: children's drawings 'coproduceren' on the agreements between a shelter and
    # its neighbours)
    niet_hun_plek = punt.trede.rang > Trede.adviseren.rang and not over_jeugd(punt.onderwerp)
    # the people the point is about first; else the inwoners with a stake (or all, when none
    # has one)
    rijen = [
        [p for p in mogelijk if p.naam in wie],
        [p for p in mogelijk if hoog_of_middel(p.belang)] or mogelijk,
    ]
    v = f.vraagstuk

    def toegelaten(w: Werkvorm, partijen: list[Belanghebbende]) -> list[Belanghebbende]:
        # a party's own meeting (the case's visit to a dorpsraad, a members' evening) is for
        # its members only, whatever words their route shares with the catalogue (review 50:
        # young people 'via de voetbalclub' in the ondernemersvereniging's annual meeting)
        eigenaar = eigen_bijeenkomst_van(v.belanghebbenden, v.werkvormen, w)
        if eigenaar is None:
            return partijen
        return [p for p in partijen if hoort_bij(p, eigenaar, v.gemeente)]

    w, inwoners = None, mogelijk
    for inwoners in [r for r in rijen if r] or [mogelijk]:
        w = kandidaten.best(
            lambda w, inwoners=inwoners: (  # type: ignore[misc]
                kan_dekken(w, punt)
                and over_punt(o, w, punt)
                and op_schaal(o, w, punt)
                # a gelote groep is a design choice of its own (rule MIX-BESLUITEN), not a
                # werkvorm for one point
                and w.werving is not Werving.loting
                and not (
                    alleen_jeugd(w)
                    and punt.trede.rang > Trede.adviseren.rang
                    and (niet_hun_plek or not hun_plek(w, f.vraagstuk.belanghebbenden))
                )
                and w.id not in bezet
                and (not eigen_vraag or signaal_in(punt.onderwerp, w) is not None)
                and (not afweging or (w.afwegen and w.procesfase is not Procesfase.ophalen))
                # the weighing is for whoever comes: a hard-to-reach group has its own route
                # to it (rule MIX-INCLUSIE), so the form need only serve them
                and (
                    not o.inwoners
                    or any(
                        (bedient if afweging else kan_voor)(w, p) for p in toegelaten(w, inwoners)
                    )
                )
            ),
            # a form for each buurt is not made for the scale of the whole case; the form the
            # point's own words name (a map for a dog map of the gemeente) is held in each part
            schaal=deel_ is None and not eigen_vraag,
            wens=lambda w, inwoners=inwoners: (  # type: ignore[misc]
                int(signaal_in(punt.onderwerp, w) is None),
                _niet_voor_plek(w, punt),
                int(w.verbreding_of_verdieping is Reikwijdte.verbreding),
                -sum(kan_voor(w, p) for p in inwoners),
            ),
        )
        if w is not None:
            break
    if w is None:
        return None
    beslissen = nodig(punt) is Trede.meebeslissen
    modus = (
        Modus.besluiten if beslissen else (Modus.denken if Modus.denken in w.modi else w.modi[0])
    )
    keuze = o.kies(w, modus)
    keuze.verhoog(punt_trede(w, punt))
    # a form for a chosen group (the youths who pick their JOP's design) is for that group
    voor = eigen_groep(w, [p for p in toegelaten(w, inwoners) if kan_voor(w, p)])
    # decided and done area by area over more than a year: before the decision only the
    # first area, the others each before their own works (rule PLAN-KALENDER)
    gefaseerd = per_gebied(f)
    eerst = bool(deel_ and gefaseerd and gefaseerd[0] == deel_[0].lower())
    keuze.add(
        namen(voor),
        deel(
            "MIX-AFWEGEN.gekozen" if afweging else "MIX-ONDERWERP.gekozen",
            trede=punt_trede(w, punt).value,
            **(
                {"per": deel_[0], "onderwerp": punt.onderwerp.rstrip("."), "eerst": eerst}
                if deel_
                else {}
            ),
        ),
        "MIX-AFWEGEN" if afweging else "MIX-ONDERWERP",
    )
    return keuze


@regel(
    "MIX-RECHTEN",
    Thema.mix,
    "Wie het over hen gaat, zit aan tafel",
    """Per open onderwerp bepaalt pionieren over wie het gaat: de groepen die het onderwerp
    noemt, bij naam of bij soort ("ouderen", "leerlingen", "de buurt"), en bij een onderwerp
    over toewijzing of rechten (voorrang, een wachtlijst, een verordening) ook de groepen voor
    wie het plan is volgens de tekst ("standplaatsen voor woonwagens"). Zij zitten in de
    werkvorm waarin dat onderwerp aan bod komt, op de trede van het onderwerp. Een groep die
    tegen het plan voor een andere groep is, krijgt over de rechten of de toewijzing van die
    groep nooit meer dan raadplegen: zij mag haar zorgen over haar eigen omgeving inbrengen,
    maar beslist niet mee over wie er mag wonen. Een werkvorm waarin zo'n groep zit, gaat dan
    niet hoger dan de andere onderwerpen toelaten. En hoort de raad zelf inwoners, dan horen
    de mensen over wie het besluit gaat daar altijd bij. Die hoorzitting staat open voor
    iedereen: geen groep valt erbuiten. Heeft een groep hulp nodig bij taal of om te komen,
    dan zegt het advies welke hulp er bij de hoorzitting moet zijn.""",
    ["vng-wegwijzer-woonwagens", "ombudsman-inspraak-2009"],
)
def rechten(o: Ontwerp) -> None:
    """Cap every form that seats opponents of the people a point on rights is about at the
    level the other points allow; seat the people the points are about at the raad's
    hearing."""
    punten = [p for p in o.onderwerpen if p.open]
    tegen, grens = _grens_tegen(o)
    if tegen:
        for k in o.keuzes:
            if k.trede.rang <= grens.rang or not any(k.serves(n) for n in tegen):
                continue
            trede = k.werkvorm.trede_tot(grens)
            if trede is None:
                # a form that cannot go that low and carries no point of its own is not theirs
                # (they have their say elsewhere)
                if not k.onderwerpen:
                    for naam in tegen:
                        k.remove(naam)
                    if "MIX-RECHTEN" not in k.regels:
                        k.regels.append("MIX-RECHTEN")
                continue
            k.trede = trede
            k.redenen = [r for r in k.redenen if r.sleutel != "MIX-PLAFOND"]
            if k.werkvorm.treden[-1].rang > trede.rang:
                k.redenen.insert(0, deel("MIX-PLAFOND", trede=trede.value))
            if "MIX-RECHTEN" not in k.regels:
                k.regels.append("MIX-RECHTEN")
    o.keuzes = [k for k in o.keuzes if k.voor or k.eigen or "MIX-RECHTEN" not in k.regels]
    wie: dict[str, Belanghebbende] = {}
    for punt in punten:
        for p in betrokkenen(o.f, punt):
            wie.setdefault(p.naam, p)
    for k in o.keuzes:
        if k.werkvorm.id not in STAP_VAN_DE_RAAD:
            continue
        erbij = [p.naam for p in wie.values() if bedient(k.werkvorm, p)]
        if erbij:
            k.add(erbij, None, "MIX-RECHTEN")
        open_voor_iedereen(o, k)


_KOMEN = frozenset({Kenmerk.beperking})

#: Words that say a group keeps its situation private and does not come to a public meeting
#: (shame, an intimate condition): help to get to the hearing misses the point; it answers
#: privately, along its own route (review 44a: incontinence at a public hoorzitting).
_PRIVE = re.compile(
    r"schaam|schamen|anoniem|privé|\bprive\b|incontinent|stoma\b|komen niet|komt niet",
    re.IGNORECASE,
)


def prive(o: Ontwerp, p: Belanghebbende) -> bool:
    """Does the case say this group keeps its situation private (its name, its route or its
    worries)?"""
    zorgen = [
        z.zorg
        for z in o.f.vraagstuk.zorgen
        if any(comparable_name(n) == comparable_name(p.naam) for n in z.van)
    ]
    return any(_PRIVE.search(t) for t in [p.naam, p.via or "", *zorgen])


def hulp_bij_de_raad(p: Belanghebbende) -> str | None:
    """The help a group needs to speak at the raad's meeting, by what it is: a tolk for who
    speaks little Dutch, plain words and where needed a tolk for a group of whom many also
    read little; a begeleider and pictures for people in care who also read little
    (people with a cognitive disability need someone with them, not a language course:
    review 42d); plain words and pictures for who reads little; help to get there for people
    with a disability. Young people went to school here: no help of their own."""
    hulp = set(taalhulp(p))
    if "tolk" in hulp:
        # some read little, some speak little Dutch: plain words first, a tolk where needed
        return "woorden"
    if "vertaling" in hulp:
        return "tolk"
    if _KOMEN & set(p.kenmerken):
        return "begeleiding" if "beeld" in hulp else "komen"
    if "beeld" in hulp:
        return "beeld"
    return None


def open_voor_iedereen(o: Ontwerp, k: Keuze) -> None:
    """The raad's hearing is open to everyone: no group is left off it. A group that needs help
    to take part and that will come (much is at stake for it) gets the help that fits it (:func:`hulp_bij_de_raad`), said by name; not a group with
    little at stake that takes part elsewhere (review 42d: language help for farm workers at
    a commissie on an omgevingsvisie)."""
    w = k.werkvorm
    # the report says "iedereen die wil inspreken"; the groups the design places there stay
    # as they are, so that no other step counts the hearing as their route
    hulp: dict[str, list[str | list[str]]] = {}
    for p in o.partijen:
        if not bedient(w, p) or kan_voor(w, p):
            continue
        if not hoog_of_middel(p.belang):
            continue  # little at stake: it takes part where it already is, not at the raad
        if prive(o, p):
            hulp.setdefault("prive", []).append([p.naam, p.via or ""])
        elif soort := hulp_bij_de_raad(p):
            hulp.setdefault(soort, []).append(p.naam)
    k.redenen = [r for r in k.redenen if r.sleutel != "MIX-RECHTEN.hulp"]
    if hulp:
        k.redenen.append(deel("MIX-RECHTEN.hulp", **hulp))


def _ter_plekke(o: Ontwerp, w: Werkvorm) -> bool:
    """A form held outside, in the street itself, for people of one street (a walk past the
    street with its residents), in the domain of the case (not for a policy or a
    verordening: which streets join a permit area is not shown on a walk)."""
    return (
        (o.f.domein is None or o.f.domein in w.domeinen)
        and w.kiesbaar
        and w.buiten
        and Schaal.straat in w.schalen
        and Modus.denken in w.modi
        and SoortBelanghebbende.inwoners in w.doelgroepen
    )


def _eigen_ander_punt(o: Ontwerp, w: Werkvorm, punt: OnderwerpAdvies) -> bool:
    """Is ``w`` a form the case names itself, for another open point (its ``voor``)? It keeps
    that point and its own audience; the street point gets a form of its own.

    Why: review 58: the schouw the college chose 'for de indeling van de stroken per straat'
    was turned into a walk about what happens to the returned strips, for the neighbours
    without a strip."""
    eigen = eigen_punt(o.f, w.id)
    return eigen is not None and eigen.rstrip(".") != punt.onderwerp.rstrip(".")


@regel(
    "MIX-STRAAT",
    Thema.mix,
    "Een werkvorm in de straat voor een keuze per straat",
    """Wordt een open punt met middelgrote of grote ruimte per straat beslist (welke
    maatregelen er per straat komen), dan hoort er een werkvorm bij die in die straat zelf
    plaatsvindt: een schouw met de bewoners van de straat. Een werkvorm die het vraagstuk zelf
    voor een ander punt noemt (een schouw voor de indeling van de stroken), houdt dat punt en
    zijn eigen publiek: het punt per straat krijgt dan een eigen werkvorm ter plekke. Een
    atelier of een enquête voor de hele gemeente laat de bewoners van één straat niet wijzen op
    wat zij daar zien. Gaat al
    een werkvorm ter plekke over het punt, dan is dat genoeg. De schouw haalt op wat de straat
    ziet; het advies zelf geven de bewoners in de werkvorm die het punt draagt.""",
    ["gemert-bakel-wijkschouw", "pijnacker-nootdorp-wijkschouw"],
)
def per_straat(o: Ontwerp) -> None:
    """Add a form in the street for every open point with room middel or groot that is decided
    street by street, when no form on the spot carries it yet."""
    for punt in o.onderwerpen:
        if not punt.open or punt.ruimte not in (Ruimte.middel, Ruimte.groot):
            continue
        deel_ = per_deel(o, punt)
        if deel_ is None or deel_[1] is not Schaal.straat:
            continue
        if any(k.werkvorm.buiten and punt.onderwerp in k.onderwerpen for k in o.keuzes):
            continue
        vormen = sorted(
            (
                w
                for w in o.f.kennis.werkvormen
                if _ter_plekke(o, w) and not _eigen_ander_punt(o, w, punt)
            ),
            key=lambda w: (w.verbreding_of_verdieping is Reikwijdte.verbreding, w.id),
        )
        if not vormen:
            continue
        w = vormen[0]
        keuze = o.kies(w, Modus.denken)
        keuze.verhoog(punt_trede(w, punt))
        voor = [p.naam for p in o.inwoners if hoog_of_middel(p.belang) and kan_voor(w, p)]
        keuze.add(
            voor,
            deel("MIX-STRAAT", per=deel_[0], onderwerp=punt.onderwerp.rstrip(".")),
            "MIX-STRAAT",
        )
        if punt.onderwerp not in keuze.onderwerpen:
            keuze.onderwerpen.append(punt.onderwerp)

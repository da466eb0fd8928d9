"""A promised step gets an owner and an answer moment: the werkvorm that carries a point the
raad or college already promised is run by the gemeente and says when the promiser answers."""

from __future__ import annotations

import re
from typing import Any

from pionieren.analysis.facts import COLLEGE_PEN, Feiten
from pionieren.analysis.mix.bereik import bedient, kan_voor
from pionieren.analysis.mix.betrokken import noemt, noemt_kop
from pionieren.analysis.mix.budget import open_ronde
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp, fase_van, voor_het_besluit
from pionieren.analysis.planning import Geplaatst, Plan
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import (
    Bereikbaarheid,
    Beslisser,
    Initiatiefnemer,
    Procesfase,
    SoortBelanghebbende,
    Trede,
)

#: the promisers who are the gemeente: their promise is the gemeente's to keep
_GEMEENTE = frozenset({Beslisser.raad, Beslisser.college, Beslisser.burgemeester})


@regel(
    "MIX-TOEZEGGING",
    Thema.mix,
    "Een toezegging krijgt een eigen stap met een eigenaar",
    """Heeft de raad of het college al toegezegd dat inwoners over een punt mogen adviseren
    (besluit.toezegging, met toegezegd: true bij dat punt), dan moet het ontwerp die belofte
    dragen: de werkvorm over dat punt zegt dat dit de toegezegde stap is, dat het advies aan het
    eind ervan naar wie de toezegging deed gaat, en dat die vóór het besluit zegt wat hij met
    het advies deed en waarom. Neemt een ander dan de gemeente het initiatief, dan organiseert de
    gemeente zelf een werkvorm die alleen over zo'n punt gaat: de belofte is van haar. Noemt de
    toezegging wie meedoet ('de clubs maken samen met de gemeente de nieuwe verdeling'), dan
    zitten die partijen in de werkvorm over dat punt, ook als die na het besluit komt. Komt het
    toegezegde punt pas na het besluit, dan geldt de hogere trede alleen daar: een werkvorm
    vóór het besluit (een rondetafelgesprek) gaat niet hoger dan de punten die dan open zijn.
    Belooft de toezegging een gewicht of een stem (een jury die voor 20 procent telt, twee
    stemmen in een commissie), dan beslissen inwoners mee met dat aandeel; de werkvorm zegt dan
    niet dat zij zelf kiezen.""",
    ["ombudsman-inspraak-2009", "vng-handreiking-participatie"],
)
def toezegging(o: Ontwerp) -> None:
    """Mark the werkvormen before the decision that carry a promised point; the parties the
    promise names take part in every werkvorm that carries it."""
    v = o.f.vraagstuk
    belofte = v.besluit.toezegging if v.besluit else None
    if belofte is None:
        return
    punten = {p.onderwerp for p in v.kaders.open if p.toegezegd}
    if not punten:
        return
    genoemd = _in_belofte(o, belofte.tekst or "")
    _voor_het_besluit_niet_hoger(o)
    groep = _eigen_groep(o, belofte.tekst or "", genoemd)
    stap = _waar_het_advies_komt(o, punten, genoemd)
    for k in o.keuzes:
        over = punten.intersection(k.onderwerpen)
        if not over and k is not stap:
            continue
        # review 42c: the clubs promised to share out the hours were not in the werkgroep
        erbij = [
            p.naam for p in genoemd if over and not k.serves(p.naam) and kan_voor(k.werkvorm, p)
        ]
        if erbij:
            k.add(erbij, None, "MIX-TOEZEGGING")
            # those the promise is made to, missing from its own table, come first there
            namen = [p.naam for p in genoemd if k.serves(p.naam)]
            k.voor = namen + [n for n in k.voor if n not in namen]
        if not voor_het_besluit(k):
            continue
        if (
            belofte.door in _GEMEENTE
            and v.initiatiefnemer not in (Initiatiefnemer.gemeente, Initiatiefnemer.raad)
            and set(k.onderwerpen) <= punten
        ):
            k.door_gemeente = True
        if k is not stap:
            # an earlier round on the point gathers input; the promised advice is given once,
            # in the step where it is given (review: the promise on the first gesprekken
            # via sleutelfiguren, while the advice was on the choice later)
            k.add([], None, "MIX-TOEZEGGING")
            continue
        wie = [p.naam for p in genoemd if _adviseur(p) and k.serves(p.naam)]
        wie = wie if belofte.trede is Trede.adviseren and _eigen(o, k, wie) else []
        if groep is not None and k.voor and k.voor[0] == groep:
            # the promise names the group of inwoners that gives the advice: its own group
            wie = [groep]
        if k.onderwerpen or wie:
            # the step where the advice is given carries the promised points (not a round
            # for everyone on no point of its own: that round stays the one for every point)
            k.onderwerpen += [p for p in sorted(punten) if p not in k.onderwerpen]
        k.add(
            [],
            deel(
                "MIX-TOEZEGGING",
                door=belofte.door.value,
                advies=wie,
                trede=belofte.trede.value,
                **route(belofte.tekst or ""),
                gewicht=gewicht(belofte.tekst or ""),
                **_partners(o, k),
            ),
            "MIX-TOEZEGGING",
        )


def _partners(o: Ontwerp, k: Keuze) -> dict[str, str]:
    """Who does what was promised in this step, when they are organisations and no group of
    inwoners: the text then names them, not 'inwoners'. Why: review 64d (Lindeweerd): the
    wethouder promised the partners at the sporttafel that what they agree is carried out; the
    step read 'Hier doen inwoners wat het college toezegde: zelf kiezen'."""
    soorten = {p.naam: p.soort for p in o.f.vraagstuk.belanghebbenden}
    if not k.voor or any(
        soorten.get(n, SoortBelanghebbende.inwoners) is SoortBelanghebbende.inwoners for n in k.voor
    ):
        return {}
    return {"deelnemers": "de partners aan tafel"}


#: Where a promise says the advice goes: to the raad, with the raadsvoorstel, unchanged.
_NAAR_RAAD = re.compile(r"\bnaar de (?:gemeente)?raad\b", re.I)
_MET_VOORSTEL = re.compile(r"\b(?:met|bij) het (?:raads)?voorstel\b", re.I)
_ONGEWIJZIGD = re.compile(r"\b(?:ongewijzigd|onveranderd|ongeschonden)\b", re.I)
#: A promise of a share in a decision others take: a weight ('telt voor 20 procent'), a vote
#: in a committee ('met een gelijke stem in de beoordelingscommissie').
_GEWICHT = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:procent|%)|\bgewicht\w*|\bweegt\b|\bstem(?:men)?\b"
    r"|\bzetels?\b|\btelt\b[^.;]*\bmee\b",
    re.I,
)


def route(tekst: str) -> dict[str, bool]:
    """Where the promised advice goes, in the promise's own words: to the raad (with the
    raadsvoorstel), unchanged. The report then says that, not 'naar het college' (review 51a:
    'ongewijzigd met het raadsvoorstel naar de raad' printed as 'gaat naar het college')."""
    return {
        "naar_raad": bool(_NAAR_RAAD.search(tekst)),
        "met_voorstel": bool(_MET_VOORSTEL.search(tekst)),
        "ongewijzigd": bool(_ONGEWIJZIGD.search(tekst)),
        # a motie that gives the college the pen: the college answers in its raadsvoorstel
        # (review 56a: 'de raad zegt vóór het besluit wat het ermee deed')
        "pen_college": bool(COLLEGE_PEN.search(tekst)),
    }


def gewicht(tekst: str) -> bool:
    """Does a promise give a weight or a vote in a decision others take? That is meebeslissen
    with a share, not choosing alone (review 55b: a jury worth 20 % of the quality score read
    'zelf kiezen, binnen de kaders')."""
    return bool(_GEWICHT.search(tekst))


#: A promise that a group of inwoners gives advice ('een groep starters geeft advies'): the
#: words after 'groep' name the group.
_GROEP_ADVIES = re.compile(r"\bgroep\b([^.;:]{0,80}?)\b(?:advie[sz]|adviseer\w*)", re.I)
#: The forms where a fixed group of inwoners advises through the process.
_GROEPSVORMEN = ("klankbordgroep",)


def _eigen_groep(o: Ontwerp, tekst: str, genoemd: list[Belanghebbende]) -> str | None:
    """The group of inwoners a promise says gives the advice itself ('een groep starters uit de
    vier kernen geeft advies'): it leads the design's advisory group before the decision, so
    that advice is theirs (review 51a: the promised starters' advice was given in a mixed game
    with five other groups). Returns its name, or None when the promise names no such group or
    the design has no advisory group to carry it."""
    belofte = o.f.vraagstuk.besluit.toezegging if o.f.vraagstuk.besluit else None
    m = _GROEP_ADVIES.search(tekst)
    if belofte is None or belofte.trede is not Trede.adviseren or m is None:
        return None
    groepen = [
        p for p in genoemd if p.soort is SoortBelanghebbende.inwoners and noemt(o.f, m.group(1), p)
    ]
    if len(groepen) != 1:
        return None
    groep = groepen[0]
    drager = next(
        (
            k
            for k in o.keuzes
            # the group the promise names is recruited for it (from its list or its club):
            # a form it can take part in at all is enough
            if k.werkvorm.id in _GROEPSVORMEN and voor_het_besluit(k) and bedient(k.werkvorm, groep)
        ),
        None,
    )
    if drager is None:
        return None
    punten = [p.onderwerp for p in o.f.vraagstuk.kaders.open if p.toegezegd]
    drager.add([] if drager.serves(groep.naam) else [groep.naam], None, "MIX-TOEZEGGING")
    drager.voor = [groep.naam] + [n for n in drager.voor if n != groep.naam]
    drager.onderwerpen += [p for p in punten if p not in drager.onderwerpen]
    _alleen_de_groep(o, drager, groep.naam)
    return groep.naam


def _alleen_de_groep(o: Ontwerp, drager: Keuze, groep: str) -> None:
    """The promised group gives its advice alone: the other groups leave its step where
    another step before the decision still has them (review 52b: the starters' promised advice
    group also held 'werkers in zorg en onderwijs van buiten de gemeente'). A group the case
    itself names for the step, or that has no other place, stays."""
    weg = {
        n
        for n in drager.voor
        if n != groep
        and n not in drager.publiek
        and any(k is not drager and voor_het_besluit(k) and k.serves(n) for k in o.keuzes)
    }
    if not weg:
        return
    for n in weg:
        drager.remove(n)

    def zonder(waarde: Any) -> Any:
        if not isinstance(waarde, list):
            return waarde
        return [
            x
            for x in waarde
            if not (isinstance(x, str) and x in weg)
            and not (isinstance(x, list | tuple) and x and x[0] in weg)
        ]

    redenen = []
    for r in drager.redenen:
        waarden = {s: zonder(w) for s, w in r.waarden.items()}
        if r.sleutel == "MIX-INCLUSIE.bereikt" and not waarden.get("namen"):
            continue
        redenen.append(deel(r.sleutel, **waarden) if waarden != r.waarden else r)
    drager.redenen = redenen


def _adviseur(p: Belanghebbende) -> bool:
    """A body or organisation that gives advice of its own (an adviesraad, a dorpsraad, a
    club), not the inwoners at large."""
    return p.soort is not SoortBelanghebbende.inwoners


def _eigen(o: Ontwerp, k: Keuze, adviseurs: list[str]) -> bool:
    """Is this the own step of an adviser the promise names: it comes first in it (an
    adviesraad in writing, dorpsraden at their own meeting), with no group of inwoners in it?"""
    inwoners = {
        p.naam for p in o.f.vraagstuk.belanghebbenden if p.soort is SoortBelanghebbende.inwoners
    }
    return bool(k.voor) and k.voor[0] in adviseurs and not inwoners.intersection(k.voor)


def _waar_het_advies_komt(
    o: Ontwerp, punten: set[str], genoemd: list[Belanghebbende]
) -> Keuze | None:
    """The one werkvorm before the decision where the promised advice is given: the own
    step of an adviser the promise names (its advice at its own meeting, or in writing), else
    the weighing of the options, else the latest step on the promised points; a form that
    only reaches one group (via sleutelfiguren, a visit) comes after a step for all."""
    belofte = o.f.vraagstuk.besluit.toezegging if o.f.vraagstuk.besluit else None
    if all(p.na_besluit for p in o.f.vraagstuk.kaders.open if p.onderwerp in punten):
        # every promised point is settled after the main decision: its advice is given there,
        # not in a round before it (review 59a, Hessenveld: the promised advice on the chosen
        # site's green edge 'gaat uiterlijk 12 februari 2027 naar het college', before the raad
        # had chosen the site)
        return None
    # the bodies a promise to advise names (a promise to decide along names no advisers)
    adviseurs = (
        [p.naam for p in genoemd if _adviseur(p)]
        if belofte is not None and belofte.trede is Trede.adviseren
        else []
    )
    # a group of inwoners the promise says gives the advice, leading an advisory group
    groep = next(
        (
            k.voor[0]
            for k in o.keuzes
            if k.werkvorm.id in _GROEPSVORMEN
            and k.voor
            and any(p.naam == k.voor[0] and not _adviseur(p) for p in genoemd)
            and "MIX-TOEZEGGING" in k.regels
        ),
        None,
    )
    kandidaten = [
        k
        for k in o.keuzes
        if voor_het_besluit(k)
        and (punten & set(k.onderwerpen) or any(k.serves(n) for n in adviseurs))
        and k.trede.rang >= Trede.raadplegen.rang
    ]
    if not kandidaten:
        return None
    orde = list(Procesfase)

    def gewicht(k: Keuze) -> tuple[int, int, int, int, int, int, int]:
        return (
            int(_eigen(o, k, adviseurs) or (groep is not None and k.voor[:1] == [groep])),
            int(bool(punten & set(k.onderwerpen))),
            int(k.afweging and bool(punten & set(k.onderwerpen))),
            orde.index(fase_van(k)),
            int(not k.inclusie),
            k.trede.rang,
            len(k.voor),
        )

    beste = max(kandidaten, key=gewicht)
    if not smal(beste) or _eigen(o, beste, adviseurs) or beste.voor[:1] == [groep]:
        return beste
    # a promise to the inwoners at large is not kept in a form that reaches one group: a
    # round open to everyone before the decision, at the promised level, is that step
    open_ = [
        k
        for k in o.keuzes
        if voor_het_besluit(k)
        and open_ronde(k)
        and not smal(k)
        and belofte is not None
        and k.trede.rang >= belofte.trede.rang
    ]
    return max(open_, key=gewicht) if open_ else beste


def smal(k: Keuze) -> bool:
    """Does this werkvorm only reach one group: a route to a group that is hard to reach (via
    sleutelfiguren, a visit), or a step for one group alone?"""
    return bool(k.inclusie) or len(k.voor) <= 1


@regel(
    "PLAN-TOEZEGGING-REACTIE",
    Thema.mix,
    "Het toegezegde advies in de ronde waarin iedereen reageert",
    """Staat het toegezegde advies (regel MIX-TOEZEGGING) alleen bij een werkvorm die één groep
    bereikt (gesprekken via sleutelfiguren, een bezoek), en ligt het concept of de keuze over
    dat punt later open voor iedereen? Dan geven inwoners het toegezegde advies in die ronde,
    niet in het eerste gesprek met één groep: de planning zegt het daar, één keer. Noemt de
    toezegging zelf inwoners die moeilijk te bereiken zijn, en bereikt de werkvorm hen, dan
    blijft het advies daar: een schriftelijke ronde voor iedereen bereikt hen niet. Die
    werkvorm komt dan wel pas als de mogelijkheden openbaar zijn (bij de eerste stap waarin
    inwoners ze afwegen, of anders de reactieronde): in de weken van de reactieronde, niet
    ervoor. Een werkvorm op eigen data van het vraagstuk blijft staan.""",
    ["ombudsman-inspraak-2009"],
)
def toezegging_in_reactie(f: Feiten, uit: Plan, keuzes: list[Keuze]) -> Plan:
    """Move the promised step from a form for one group to the round where everyone reacts on
    the promised points (changes ``uit`` and ``keuzes`` in place)."""
    v = f.vraagstuk
    belofte = v.besluit.toezegging if v.besluit else None
    if belofte is None:
        return uit
    punten = {p.onderwerp.rstrip(".") for p in v.kaders.open if p.toegezegd}
    drager = next(
        (k for k in keuzes if any(r.sleutel == "MIX-TOEZEGGING" for r in k.redenen)), None
    )
    if drager is None or not punten or not smal(drager):
        return uit
    ronde = _ronde_over(uit, punten)
    moeilijk = [
        p.naam
        for p in in_belofte(f, belofte.tekst or "")
        if p.soort is SoortBelanghebbende.inwoners and p.bereikbaarheid is Bereikbaarheid.moeilijk
    ]
    eigen_advies = any(
        r.sleutel == "MIX-TOEZEGGING" and r.waarden.get("advies") for r in drager.redenen
    )
    if moeilijk and not eigen_advies and not any(drager.serves(n) for n in moeilijk):
        # the promise names hard-to-reach people and the step that carries it is for others
        # (a smaller design put the avond over de keuzes there): a step before the decision
        # that reaches them on the promised points carries it (review 58, Beerzelo: the
        # parents' promise went to the written round for everyone)
        ander = next(
            (
                k
                for k in keuzes
                if k is not drager
                and voor_het_besluit(k)
                and {o.rstrip(".") for o in k.onderwerpen} & punten
                and any(k.serves(n) for n in moeilijk)
            ),
            None,
        )
        if ander is not None:
            reden = [r for r in drager.redenen if r.sleutel == "MIX-TOEZEGGING"]
            drager.redenen = [r for r in drager.redenen if r.sleutel != "MIX-TOEZEGGING"]
            ander.redenen += reden
            if "MIX-TOEZEGGING" not in ander.regels:
                ander.regels.append("MIX-TOEZEGGING")
            drager = ander
    if any(drager.serves(n) for n in moeilijk):
        # the promise names hard-to-reach people and this step reaches them: a written round
        # for everyone does not (review 55d: overloaded parents 'moe van formulieren'); but
        # they advise on the options, so in the weeks those are public, not before
        if ronde is not None:
            _in_de_ronde(uit, drager, ronde, {k.werkvorm.id for k in keuzes if k.werkvorm.afwegen})
        return uit
    if eigen_advies:
        # the promise names the group that gives the advice in its own step (a klankbordgroep
        # of starters): that step stays where the advice is given, not the round for everyone
        return uit
    if ronde is None or ronde.toelichting is None:
        return uit
    drager.redenen = [r for r in drager.redenen if r.sleutel != "MIX-TOEZEGGING"]
    ronde.toelichting = deel(
        "FASE.reactie", **{**ronde.toelichting.waarden, "toegezegd": belofte.door.value}
    )
    return uit


def _ronde_over(uit: Plan, punten: set[str]) -> Geplaatst | None:
    """The reaction round before the decision in which the options or the concept on the
    promised points are public."""
    return next(
        (
            g
            for g in uit.fasen
            if g.toelichting is not None
            and g.toelichting.sleutel == "FASE.reactie"
            and punten
            & {
                *g.toelichting.waarden.get("keuzes", []),
                *g.toelichting.waarden.get("concepten", []),
            }
        ),
        None,
    )


def _in_de_ronde(uit: Plan, drager: Keuze, ronde: Geplaatst, afwegen: set[str]) -> None:
    """The step where the promised advice is given moves out of a round that closes before the
    options or the concept are public into the weeks of the reaction round on them: advice is
    given on options that exist, with their consequences. A step on the case's own dates stays.
    Why: review 56d, Beerzelo: parents advised 4-29 January, the options came out on 22
    March."""
    id = drager.werkvorm.id
    # the options are public from the first step where inwoners weigh them (an avond over de
    # keuzes), else from the reaction round
    open_ = min([ronde.start, *(g.start for g in uit.fasen if afwegen & set(g.werkvormen))])
    eerder = [
        g
        for g in uit.fasen
        if id in g.werkvormen and g is not ronde and not g.op_datum and g.eind < open_
    ]
    if not eerder or any(id in g.werkvormen and g.op_datum for g in uit.fasen):
        return
    for g in eerder:
        g.werkvormen = [w for w in g.werkvormen if w != id]
        if not g.werkvormen and g.toelichting is None:
            uit.fasen.remove(g)
    if id not in ronde.werkvormen:
        ronde.werkvormen.append(id)


def _voor_het_besluit_niet_hoger(o: Ontwerp) -> None:
    """A promise on a point after the decision ('de clubs maken samen met de gemeente de
    verdeling') raises the advice, but only there: a werkvorm before the decision about none
    of those points goes no higher than the points open before it (review 42d: a rondetafel
    before the raad's choice was 'coproduceren')."""
    na = {p.onderwerp for p in o.f.vraagstuk.kaders.open if p.na_besluit}
    if not any(p.toegezegd and p.onderwerp in na for p in o.f.vraagstuk.kaders.open):
        return
    ervoor = [t.trede for t in o.onderwerpen if t.open and t.onderwerp not in na]
    if not ervoor:
        return
    grens = max(ervoor, key=lambda t: t.rang)
    for k in o.keuzes:
        if k.trede.rang <= grens.rang or not voor_het_besluit(k) or na & set(k.onderwerpen):
            continue
        trede = k.werkvorm.trede_tot(grens)
        if trede is None:
            continue
        k.trede = trede
        k.redenen = [r for r in k.redenen if r.sleutel != "MIX-PLAFOND"]
        if k.werkvorm.treden[-1].rang > trede.rang:
            k.redenen.insert(0, deel("MIX-PLAFOND", trede=trede.value))
        if "MIX-TOEZEGGING" not in k.regels:
            k.regels.append("MIX-TOEZEGGING")


#: Sports clubs and associations named as a kind ('de clubs', 'de verenigingen').
_CLUBS = re.compile(r"\b(?:sport)?(?:clubs?|verenigingen?)\b", re.IGNORECASE)
_CLUB_NAAM = re.compile(r"club|vereniging", re.IGNORECASE)


def _in_belofte(o: Ontwerp, tekst: str) -> list[Belanghebbende]:
    """The parties the promise names (:func:`in_belofte`)."""
    return in_belofte(o.f, tekst)


def in_belofte(f: Feiten, tekst: str) -> list[Belanghebbende]:
    """The parties the promise names by a word of their name, or as 'de clubs'. Names some
    party the head of its name ('ouders', 'leerlingen'), then only such parties: a word that
    only qualifies ('speciaal onderwijs' in 'ouders van leerlingen in het speciaal onderwijs')
    does not make the schools the promise's advisers (review 53a)."""
    clubs = bool(_CLUBS.search(tekst))
    kandidaten = [
        p
        for p in f.vraagstuk.belanghebbenden
        if not p.initiatiefnemer
        and p.soort not in (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)
        and (noemt(f, tekst, p) or (clubs and bool(_CLUB_NAAM.search(p.naam))))
    ]
    kop = [p for p in kandidaten if noemt_kop(f, tekst, p)]
    return kop or kandidaten


def toezegging_na_krimp(f: Feiten, voor: list[Keuze], na: list[Keuze]) -> None:
    """Part of rule MIX-TOEZEGGING, after the budget cut: when the cut took out the step that
    said it was the promised step, the step before the decision that now carries the promised
    points says it (changes ``na`` in place).

    Why: review 53b (Beerzelo): the evening on the choices carried the raad's promise that
    ouders and leerlingen advise; the budget cut it, and no step said any more where the
    promised advice comes in, although the talks via key figures carried those points."""
    if any(r.sleutel == "MIX-TOEZEGGING" for k in na for r in k.redenen):
        return
    reden = next(
        (r for k in voor if k not in na for r in k.redenen if r.sleutel == "MIX-TOEZEGGING"),
        None,
    )
    punten = {p.onderwerp for p in f.vraagstuk.kaders.open if p.toegezegd}
    if reden is None or not punten:
        return
    drager = max(
        (k for k in na if voor_het_besluit(k) and punten.intersection(k.onderwerpen)),
        key=lambda k: len(punten.intersection(k.onderwerpen)),
        default=None,
    )
    if drager is None:
        return
    drager.redenen.append(reden)
    if "MIX-TOEZEGGING" not in drager.regels:
        drager.regels.append("MIX-TOEZEGGING")

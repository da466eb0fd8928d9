"""Every worry of the case gets its own step early in the design: who answers it, and where."""

from __future__ import annotations

import re

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.law import antwoord_op
from pionieren.analysis.mix.bereik import HANDHAVERS, anoniem, bedient, bereikt, vreest
from pionieren.analysis.mix.bereik import vertrouwelijk as in_vertrouwen
from pionieren.analysis.mix.kosten import van_een_ander
from pionieren.analysis.mix.kwetsbaar import beschermd, plan_met_tegenstanders
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp, fase_van, voor_het_besluit
from pionieren.analysis.mix.organisator import organisator
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst, Tekstdeel, deel
from pionieren.analysis.voorwaarden import sluit_uit, zonder_erbij
from pionieren.input.model import Belanghebbende, Zorg
from pionieren.knowledge.models import Werkvorm
from pionieren.safe_text import comparable_name
from pionieren.vocabulary import (
    Bereikbaarheid,
    Houding,
    Modus,
    Organisator,
    Procesfase,
    SoortBelanghebbende,
    Trede,
    Werving,
)

#: the information meeting where experts answer the questions of inwoners
AVOND = "inloopavond"
#: a conversation with a group that is not inwoners: fracties, organisations, partners
GESPREK = {SoortBelanghebbende.politiek: "raadsinformatiebijeenkomst"}
OVERLEG = "partneroverleg"


def _groepen(o: Ontwerp, z: Zorg) -> list[Belanghebbende]:
    namen = {comparable_name(n) for n in z.van}
    return [p for p in o.partijen if comparable_name(p.naam) in namen]


def _keuze(o: Ontwerp, id: str) -> Keuze | None:
    w = next((w for w in o.f.kennis.werkvormen if w.id == id), None)
    if w is None:
        return None
    nieuw = not any(k.werkvorm.id == id for k in o.keuzes)
    keuze = o.kies(w, Modus.denken)
    if nieuw and keuze.periode is None and id != AVOND:
        # new for this worry: it comes first, before inwoners are asked to think along
        # (a talk with a group that is not inwoners: no invitation to the public needed)
        keuze.fase = Procesfase.voorbereiden
    # an evening for inwoners is public: it opens the first round, once the plan is adopted
    # and people are invited, not in the weeks of the preparation (review 51: 'In die weken
    # ook: inloopavond' from 1 December in every report)
    return keuze


def _avond(o: Ontwerp) -> Werkvorm | None:
    return next((w for w in o.f.kennis.werkvormen if w.id == AVOND), None)


def _avond_mist(avond: Werkvorm, p: Belanghebbende) -> bool:
    """An evening is not for this group of inwoners, or does not reach it where it is hard to
    reach (organisations come to the evening as before)."""
    if p.soort is not SoortBelanghebbende.inwoners:
        return False
    if not bedient(avond, p):
        return True
    return p.bereikbaarheid is Bereikbaarheid.moeilijk and not bereikt(avond, p)


def _elders(
    o: Ontwerp,
    z: Zorg,
    groepen: list[Belanghebbende],
    per_keuze: dict[int, tuple[Keuze, bool, list[tuple[str, list[str], str, str]]]],
) -> list[str]:
    """Put the worry of each group an evening misses in the form before the decision that
    already serves that group and suits it; return the names left for the evening (an
    evening that is not for a group at all, children, never gets it)."""
    avond = _avond(o)
    if avond is None:
        return [p.naam for p in groepen]
    blijven: list[str] = []
    for p in groepen:
        if not _avond_mist(avond, p):
            blijven.append(p.naam)
            continue
        elders = next(
            (
                k
                for k in o.keuzes
                if voor_het_besluit(k) and k.serves(p.naam) and bedient(k.werkvorm, p)
            ),
            None,
        )
        if elders is None:
            if bedient(avond, p):
                blijven.append(p.naam)  # only not reached: the evening still answers it
            continue
        elders.add([p.naam], None, "MIX-ZORGEN")
        per_keuze.setdefault(id(elders), (elders, True, []))[2].append(
            (z.zorg.rstrip("."), [p.naam], z.antwoord_door or "", antwoord_op(o.f, z.zorg))
        )
    return blijven


_VERTROUWELIJK = re.compile(
    r"vertrouwelijk\w*|\bin\s+vertrouwen\b|\bniet\s+openbaar\b|\bniet\s+openlijk\b|"
    r"\banoniem\w*|\bdiscre(?:et|te|tie)\b",
    re.IGNORECASE,
)
"""Words that make a worry confidential: its answerer works 'vertrouwelijk', it is said 'in
vertrouwen', it must stay 'niet openbaar' or anonymous."""


def vertrouwelijk(z: Zorg) -> bool:
    """Is this worry confidential (its text or who answers it says so)?"""
    return bool(_VERTROUWELIJK.search(f"{z.zorg} {z.antwoord_door or ''}"))


def openbaar(w: Werkvorm) -> bool:
    """Is this a public werkvorm, open to anyone who comes (a schouw, an inloop, an enquête)?"""
    return w.werving is Werving.open


def veilig_voor_bang(f: Feiten, k: Keuze, z: Zorg | None = None) -> bool:
    """May people who keep silent out of fear of reprisals (:func:`vreest`) hear the answer to
    worry ``z`` in step ``k``: a talk one by one, not in public, in a group or in the street, and
    not led or answered by the police, the wijkagent or others who enforce?

    Why: review 58b (Duinmonde): their worry 'word ik een doelwit?' was answered at the
    wijkagent's kitchen-table talks. Who is seen with the police may be the next target."""
    w = k.werkvorm
    if openbaar(w) or w.bijeenkomst or w.ter_plekke:
        return False
    if z is not None and HANDHAVERS.search(z.antwoord_door or ""):
        return False
    return not any(g.id == w.id and HANDHAVERS.search(g.door or "") for g in f.vraagstuk.werkvormen)


def _besloten(o: Ontwerp, groepen: list[Belanghebbende]) -> Keuze | None:
    """The closed, personal form before the decision for a confidential worry: one that
    already serves the groups and where people do not meet in a group; else such a form the
    case itself chose, first one without naming for whom ('keukentafelgesprekken' for 'wie zich
    meldt'). None: the worry goes where it would go anyway."""
    persoonlijk = [
        k
        for k in o.keuzes
        if voor_het_besluit(k) and not openbaar(k.werkvorm) and not k.werkvorm.bijeenkomst
    ]
    eigen = sorted((k for k in persoonlijk if k.genoemd), key=lambda k: bool(k.voor))
    return next(
        (k for k in persoonlijk if all(k.serves(p.naam) for p in groepen)),
        eigen[0] if eigen else None,
    )


def _uit_openbaar(o: Ontwerp, namen: set[str]) -> None:
    """Take the groups of a confidential worry out of the public forms before the decision
    (not the raad's hearing, open to all by law), when a closed form serves them."""
    from pionieren.analysis.mix.kwetsbaar import _niet_meer_genoemd

    for naam in namen:
        for k in o.keuzes:
            if (
                k.serves(naam)
                and voor_het_besluit(k)
                and openbaar(k.werkvorm)
                and k.werkvorm.organisator is not Organisator.griffie
            ):
                k.remove(naam)
                _niet_meer_genoemd(k, naam)


def _in_stap(
    o: Ontwerp,
    per_keuze: dict[int, tuple[Keuze, bool, list[tuple[str, list[str], str, str]]]],
    stap: Keuze,
    groepen: list[Belanghebbende],
    z: Zorg,
) -> None:
    """Answer worry ``z`` of ``groepen`` in the closed step ``stap`` (they join it)."""
    stap.add([p.naam for p in groepen], None, "MIX-ZORGEN")
    inw = any(p.soort is SoortBelanghebbende.inwoners for p in groepen)
    _, al, lijst = per_keuze.setdefault(id(stap), (stap, inw, []))
    per_keuze[id(stap)] = (stap, al or inw, lijst)
    lijst.append(
        (
            z.zorg.rstrip("."),
            [p.naam for p in groepen],
            z.antwoord_door or "",
            antwoord_op(o.f, z.zorg),
        )
    )


@regel(
    "MIX-ZORGEN",
    Thema.mix,
    "Elke zorg een eigen stap, vroeg in het proces",
    """Hebben groepen zorgen (over hun gezondheid, de waarde van hun huis, of 'altijd dezelfde
    mensen'), dan praten zij pas mee als die zorg een antwoord krijgt. Elke zorg uit het
    vraagstuk (veld zorgen) krijgt daarom een eigen stap aan het begin: bij zorgen van inwoners
    een informatieavond waar de deskundige uit antwoord_door de vragen beantwoordt, met daarna
    een vast aanspreekpunt en een persoonlijk gesprek voor wie dat wil (moeten zij onbekend
    blijven, dan reageren zij eerst zonder naam, en een gesprek alleen op hun eigen verzoek); bij
    zorgen van fracties
    of organisaties een gesprek met die groep, waarin de zorg een eis aan het ontwerp wordt. De
    gemeente zegt eerlijk wat zij wel en niet doet. Noemt het vraagstuk geen deskundige, dan
    antwoordt de gemeente; staat het antwoord nog niet in het vraagstuk, dan zegt het advies dat
    het nog ontbreekt en vraagt de gemeente in het eerste gesprek wie het geeft. De
    terugkoppeling zegt per zorg wat ermee gedaan is. De zorg van mensen die zorg krijgen of
    een beperking hebben en voor het plan zijn, krijgt antwoord in hun eigen werkvorm, niet op
    een avond met wie tegen is. Een zorg in vertrouwen (wie antwoordt werkt vertrouwelijk, of
    de zorg mag niet openbaar worden) krijgt antwoord in een persoonlijke werkvorm zonder
    publiek, zoals de keukentafelgesprekken van het vraagstuk, nooit op een schouw, inloop of
    enquête; die groep staat dan ook niet bij zo'n open werkvorm. Als laatste, als het ontwerp
    af is (ook na het budget), kijkt de regel alles nog eens na: elke groep hoort het antwoord
    op haar zorg precies één keer, en een zorg van meer groepen staat in een stap één keer, met
    alle groepen erbij. Viel de stap van een groep weg voor het budget, dan komt haar zorg in de
    eerste stap vóór het besluit die de gemeente zelf organiseert en waar die groep nog bij is
    (liever een bijeenkomst dan een enquête of een brief). Is er zo'n stap niet, dan zegt het
    advies dat eerlijk: de brief bij de start zegt wat de gemeente over de zorg weet en doet, en
    de terugkoppeling wat ermee gedaan is.""",
    ["rivm-ggd-richtlijn-communicatie", "ombudsman-inspraak-2009"],
)
def zorgen(o: Ontwerp) -> None:
    """A step for every worry: an existing form before the decision that already serves the
    group, else an information meeting (inwoners) or a talk with the group. The text says the
    feedback tells what was done with each worry."""
    per_keuze: dict[int, tuple[Keuze, bool, list[tuple[str, list[str], str, str]]]] = {}
    # the groups of a worry said in confidence, and the closed, personal form where all their
    # worries are answered (review 47a: the stoppers' worry at a public schouw)
    geheim: dict[str, Keuze] = {}
    for z in o.f.vraagstuk.zorgen:
        groepen = _groepen(o, z)
        if groepen and vertrouwelijk(z) and (besloten := _besloten(o, groepen)) is not None:
            geheim.update((p.naam, besloten) for p in groepen if p.naam not in geheim)
            continue
        # a group that speaks only in confidence hears the answer to its worry in a closed,
        # personal step that already serves it, never only at a public evening (rule
        # MIX-VOORWAARDEN; review 56a, Zuiderveld: the camera worry only at the inloopavond)
        stil = [p for p in groepen if in_vertrouwen(p) and p.naam not in geheim]
        eigen_stap = next(
            (
                k
                for k in o.keuzes
                if voor_het_besluit(k)
                and not openbaar(k.werkvorm)
                and not k.werkvorm.bijeenkomst
                and not k.werkvorm.ter_plekke
                and all(k.serves(p.naam) for p in stil)
            ),
            None,
        )
        if stil and eigen_stap is not None:
            geheim.update((p.naam, eigen_stap) for p in stil)
    for z in o.f.vraagstuk.zorgen:
        groepen = _groepen(o, z)
        # who keeps silent out of fear hears it only in a safe step (rule MIX-VOORWAARDEN),
        # else the last pass says how they get the answer without their name
        bang = {p.naam for p in groepen if vreest(p)}
        for besloten in {
            id(geheim[p.naam]): geheim[p.naam] for p in groepen if p.naam in geheim
        }.values():
            hier = [
                p
                for p in groepen
                if geheim.get(p.naam) is besloten
                and (p.naam not in bang or veilig_voor_bang(o.f, besloten, z))
            ]
            if hier:
                _in_stap(o, per_keuze, besloten, hier, z)
        if groepen and all(p.naam in geheim or p.naam in bang for p in groepen):
            continue
        if (
            groepen
            and eigen_bezit(z.zorg)
            and all(persoonlijke_route(p) for p in groepen)
            and (besloten := _besloten(o, groepen)) is not None
        ):
            # a worry about one's own situation of people the case meets one by one is
            # answered there, not in public (rule MIX-VOORWAARDEN; review 56c, Ravenheide:
            # 'Moet mijn huis weg' at ProRail's inloopavond)
            _in_stap(o, per_keuze, besloten, groepen, z)
            continue
        groepen = [p for p in groepen if p.naam not in geheim and p.naam not in bang]
        inwoners = not groepen or any(p.soort is SoortBelanghebbende.inwoners for p in groepen)
        namen = [p.naam for p in groepen]
        # a worry of vulnerable groups only is answered where they are reached along their
        # own route, not at the evening where opponents sit (review 41c)
        eigen = (
            next(
                (
                    k
                    for k in o.keuzes
                    if voor_het_besluit(k)
                    and all(k.serves(n) for n in namen)
                    and not any(plan_met_tegenstanders(o, k, p) for p in groepen)
                ),
                None,
            )
            if groepen
            and all(beschermd(p) and p.houding is Houding.voor for p in groepen)
            and any(q.houding is Houding.tegen for q in o.partijen)
            else None
        )
        keuze: Keuze | None
        if eigen is None and inwoners and groepen:
            # a group an evening cannot serve (children) or does not reach (hard to reach) hears
            # the answer where the design already meets it (review 42: children at an evening)
            namen = _elders(o, z, groepen, per_keuze)
        if eigen is not None:
            keuze = eigen
        elif inwoners and not namen and groepen:
            continue
        elif inwoners:
            keuze = _keuze(o, AVOND)
            if (
                keuze is not None
                and keuze.voor_tekst
                and namen
                and not any(keuze.serves(n) for n in namen)
            ):
                # an evening the case holds for other groups (a village's own inloop) is not
                # where this group hears the answer: a step that reaches them, when there is
                # one (rule MIX-ROUTE; review 58a: the Dorpsstraat's worry on enforcement at
                # the evening for Ossenwaard)
                keuze = next(
                    (
                        k
                        for k in o.keuzes
                        if voor_het_besluit(k)
                        and Modus.denken in k.werkvorm.modi
                        and k.trede.rang >= Trede.raadplegen.rang
                        and any(k.serves(n) for n in namen)
                    ),
                    keuze,
                )
        else:
            keuze = next(
                (k for k in o.keuzes if voor_het_besluit(k) and any(k.serves(n) for n in namen)),
                None,
            ) or _keuze(o, GESPREK.get(groepen[0].soort, OVERLEG))
        if keuze is None:
            continue
        keuze.add(namen, None, "MIX-ZORGEN")
        _, al_inwoners, lijst = per_keuze.setdefault(id(keuze), (keuze, inwoners, []))
        per_keuze[id(keuze)] = (keuze, al_inwoners or inwoners, lijst)
        lijst.append((z.zorg.rstrip("."), namen, z.antwoord_door or "", antwoord_op(o.f, z.zorg)))
    _uit_openbaar(o, set(geheim))
    # the stock advice (ask who the expert is, say honestly what the gemeente does, one
    # contact person, the feedback per worry) is said once, at the first step in the report
    # that needs it, not under every worry (review 44a)
    fasen = list(Procesfase)
    stappen = sorted(
        per_keuze.values(),
        key=lambda s: (fasen.index(fase_van(s[0])), o.keuzes.index(s[0])),
    )
    gezegd: set[str] = set()

    for keuze, inwoners, lijst in stappen:
        # one sentence per one who answers, the gemeente (no expert named) last
        door: dict[str, list[tuple[str, list[str], str]]] = {}
        for zorg, namen, wie, antwoord in lijst:
            door.setdefault(wie, []).append((zorg, namen, antwoord))
        zelf = any(persoonlijk(z) for z, _, _, _ in lijst)
        zonder_naam = _anoniem(o.f, [n for _, namen, _, _ in lijst for n in namen])
        deel_ = _zorgdeel(keuze, door, inwoners, zelf, len(lijst) > 1, gezegd, zonder_naam)
        keuze.add([], _met_apart(o.f, keuze, deel_), "MIX-ZORGEN")


def _met_apart(f: Feiten, keuze: Keuze, reden: Tekstdeel) -> Tekstdeel:
    """The worries' part, with who answers later and apart (:func:`_niet_erbij`)."""
    apart = _niet_erbij(f, keuze, [wie for wie, _ in reden.waarden["door"]])
    return deel(reden.sleutel, **reden.waarden, apart=apart) if apart else reden


def _niet_erbij(f: Feiten, keuze: Keuze, wie: list[str]) -> dict[str, str]:
    """Who answers a worry but may not sit in this step: the case says of the werkvorm, or of
    a group it serves, 'zonder X erbij' (rule MIX-VOORWAARDEN). Their answer comes later and
    apart; per one who answers, the party the condition names.

    Why: review 56c (Duinmonde): the buurtvaders' talks 'zonder politie erbij', yet 'Hier
    krijgt deze zorg een antwoord van de teamchef van de politie'."""
    teksten = [w.voorwaarde or "" for w in f.vraagstuk.werkvormen if w.id == keuze.werkvorm.id]
    teksten += [
        f"{p.via or ''} {p.voorwaarde or ''}"
        for p in f.vraagstuk.belanghebbenden
        if keuze.serves(p.naam)
    ]
    uit: dict[str, str] = {}
    for w in wie:
        for t in teksten:
            x = next((x for x in zonder_erbij(t) if sluit_uit(f"zonder {x} erbij", w)), None)
            if w and x:
                uit[w] = x
                break
    return uit


def _anoniem(f: Feiten, namen: list[str]) -> bool:
    """Must one of these groups stay unknown (:func:`bereik.anoniem`)? Then the step offers
    a way to answer without a name, and a person only to whoever asks for one.

    Why: review 55d (Ravenstede): 'Wie dat wil, krijgt één vast aanspreekpunt en een
    persoonlijk gesprek' for clinic visitors who do not want to be recognised."""
    sleutels = {comparable_name(n) for n in namen}
    return any(
        anoniem(p) for p in f.vraagstuk.belanghebbenden if comparable_name(p.naam) in sleutels
    )


#: Words of a worry about one's own situation ('mijn huis', 'kan ik nog slapen'): its answer
#: differs per household, so it needs one contact person and a personal talk.
_IK = re.compile(r"\b(?:ik|mijn|mij|me)\b", re.IGNORECASE)


_PERSOONLIJKE_ROUTE = re.compile(
    r"\bpersoonlijk\w*\s+(?:bezoek|gesprek|contact)\w*|\bhuisbezoek\w*|\bbezoek\s+(?:aan\s+)?huis\b|"
    r"\baan\s+de\s+keukentafel\b|\bgesprek\w*\s+thuis\b|\bper\s+(?:huis|huishouden|adres)\b|"
    r"\b(?:een\s+voor\s+een|één\s+voor\s+één)\b",
    re.IGNORECASE,
)
"""Words in a group's route or condition that say the case meets its people one by one: 'een
persoonlijk bezoek van de wethouder', 'aan de keukentafel', 'een gesprek thuis'."""


def persoonlijke_route(p: Belanghebbende) -> bool:
    """Does the case meet this group one by one, in person (its route or its condition)? Then
    a worry about one's own situation ('moet mijn huis weg') is answered there, not in public.

    Why: review 56c (Ravenheide): the owners' 'Moet mijn huis weg, wat krijg ik ervoor' was
    answered at ProRail's public inloopavond, though the case visits each owner in person."""
    return bool(_PERSOONLIJKE_ROUTE.search(f"{p.via or ''} {p.voorwaarde or ''}"))


_EIGEN_BEZIT = re.compile(
    r"\bmijn\s+(?:eigen\s+)?(?:huis|woning|bedrijf|grond|erf|boerderij|winkel|pand|perceel)\b|"
    r"\bwat\s+krijg\s+ik\b|\bmoet\s+ik\s+(?:hier\s+)?(?:weg|verhuizen)\b",
    re.IGNORECASE,
)
"""Words of a worry about one's own house, land or money: 'Moet mijn huis weg, wat krijg ik
ervoor'. Its answer differs per owner and is not for a public room."""


def eigen_bezit(zorg: str) -> bool:
    """Is the worry about the speaker's own house, land or compensation?"""
    return bool(_EIGEN_BEZIT.search(zorg))


def persoonlijk(zorg: str) -> bool:
    """Is the worry about the speaker's own, individual situation?"""
    return bool(_IK.search(zorg))


def _in_volgorde(keuzes: list[Keuze]) -> list[Keuze]:
    fasen = list(Procesfase)
    return sorted(keuzes, key=lambda k: (fasen.index(fase_van(k)), keuzes.index(k)))


def _van_inwoners(f: Feiten, z: Zorg) -> bool:
    """Is the worry one of inwoners (or of no one named)?"""
    namen = {comparable_name(n) for n in z.van}
    soorten = [p.soort for p in f.vraagstuk.belanghebbenden if comparable_name(p.naam) in namen]
    return not soorten or SoortBelanghebbende.inwoners in soorten


#: A visit to a group's own meeting: the place for that group's worry (rule MIX-ZORGEN puts it
#: there), the last choice for the worry of another group it also visits.
_BEZOEK = "eigen-vergadering"


def zorgen_nagaan(f: Feiten, keuzes: list[Keuze]) -> list[Bevinding]:
    """The last pass once the design is final (after the budget cuts): every group hears the
    answer to its worry exactly once, and a step quotes a worry once, with all the groups that
    hear it there. A group whose step the budget cut hears it where the worry already stands,
    else at the first step before the decision that the gemeente runs and that still meets the
    group (a meeting before a survey or a letter); a worry no step meets is said openly.

    Why: review 47a: a worry quoted twice in one step (once per group), and the worries of
    buurtbewoners and ouderen gone with the information evening the budget cut. A group that
    is met elsewhere (children, review 42) still hears it there."""
    if not f.vraagstuk.zorgen:
        return []
    volgorde = _in_volgorde(keuzes)
    # per worry: the step where each group hears it now, in the order of the report
    waar: dict[str, dict[str, Keuze]] = {}
    for k in volgorde:
        for r in k.redenen:
            if r.sleutel != "MIX-ZORGEN":
                continue
            for _, lijst in r.waarden.get("door", []):
                for zorg, van, *_ in lijst:
                    for naam in van or [""]:
                        waar.setdefault(zorg, {}).setdefault(comparable_name(naam), k)
    per_keuze: dict[int, list[tuple[Zorg, list[str]]]] = {}
    uit: list[Bevinding] = []
    bang = {p.naam for p in f.vraagstuk.belanghebbenden if vreest(p)}
    for z in f.vraagstuk.zorgen:
        tekst = z.zorg.rstrip(".")
        staat = waar.get(tekst, {})
        plek: dict[int, tuple[Keuze, list[str]]] = {}
        los: list[str] = []
        for naam in z.van or [""]:
            al = staat.get(comparable_name(naam)) or next(iter(staat.values()), None)
            if naam in bang and al is not None and not veilig_voor_bang(f, al, z):
                al = None
            if al is None:
                los.append(naam)
            else:
                plek.setdefault(id(al), (al, []))[1].append(naam)
        if los:
            namen = {comparable_name(n) for n in los}
            nieuw = next(
                (
                    k
                    for k in sorted(
                        volgorde,
                        key=lambda k: (k.werkvorm.id == _BEZOEK, not k.werkvorm.bijeenkomst),
                    )
                    if voor_het_besluit(k)
                    and k.werkvorm.id != "terugkoppeling"
                    and organisator(f, k) is Organisator.gemeente
                    and not van_een_ander(f, k)  # not another party's own meeting
                    and (not z.van or any(comparable_name(n) in namen for n in k.voor))
                    and (not bang.intersection(los) or veilig_voor_bang(f, k, z))
                ),
                None,
            )
            if nieuw is None:
                uit.append(
                    bevinding(
                        "MIX-ZORGEN",
                        Ernst.let_op,
                        "MIX-ZORGEN.geen_stap",
                        bronnen=[],  # the design itself: no source carries it
                        zorg=tekst,
                        van=[n for n in los if n],
                        wie=z.antwoord_door or "",
                        antwoord=antwoord_op(f, z.zorg),
                        **({"angst": True} if bang.intersection(los) else {}),
                    )
                )
            else:
                plek.setdefault(id(nieuw), (nieuw, []))[1].extend(los)
        for k, namen_ in plek.values():
            per_keuze.setdefault(id(k), []).append((z, [n for n in z.van if n in namen_]))
    # one part per step, the stock advice said once, at the first step that needs it
    gezegd: set[str] = set()

    for k in volgorde:
        waar_ = next((i for i, r in enumerate(k.redenen) if r.sleutel == "MIX-ZORGEN"), None)
        k.redenen = [r for r in k.redenen if r.sleutel != "MIX-ZORGEN"]
        eigen = per_keuze.get(id(k), [])
        if not eigen:
            k.regels = [r for r in k.regels if r != "MIX-ZORGEN"]
            continue
        inwoners = any(_van_inwoners(f, z) for z, _ in eigen)
        door: dict[str, list[tuple[str, list[str], str]]] = {}
        for z, van in eigen:
            door.setdefault(z.antwoord_door or "", []).append(
                (z.zorg.rstrip("."), van, antwoord_op(f, z.zorg))
            )
        reden = _zorgdeel(
            k,
            door,
            inwoners,
            any(persoonlijk(z.zorg) for z, _ in eigen),
            len(eigen) > 1,
            gezegd,
            _anoniem(f, [n for _, van in eigen for n in van]),
        )
        reden = _met_apart(f, k, reden)
        k.redenen.insert(len(k.redenen) if waar_ is None else waar_, reden)
        k.add([], None, "MIX-ZORGEN")
    return uit


def _zorgdeel(
    keuze: Keuze,
    door: dict[str, list[tuple[str, list[str], str]]],
    inwoners: bool,
    eigen: bool,
    meer: bool,
    gezegd: set[str],
    zonder_naam: bool = False,
) -> Tekstdeel:
    """The worries one step answers, one sentence per one who answers (the gemeente last); the
    stock advice (an expert, honesty, a personal talk, feedback) only at the first step that
    needs it, which ``gezegd`` remembers over the steps."""

    def eerst(wat: str, nodig: bool) -> bool:
        if not nodig or wat in gezegd:
            return False
        gezegd.add(wat)
        return True

    return deel(
        "MIX-ZORGEN",
        door=sorted(door.items(), key=lambda d: d[0] == ""),
        inwoners=inwoners,
        deskundige=eerst("deskundige", inwoners and "" in door),
        eerlijk=eerst("eerlijk", inwoners),
        # people who must stay unknown answer without a name first (review 55d)
        persoonlijk=eerst(
            "persoonlijk-anoniem" if zonder_naam else "persoonlijk", inwoners and eigen
        ),
        anoniem=zonder_naam,
        terug=eerst("terug", True),
        vroeg=fase_van(keuze) is Procesfase.voorbereiden
        or (keuze.werkvorm.id == AVOND and fase_van(keuze) is Procesfase.ophalen),
        meer=meer,
    )

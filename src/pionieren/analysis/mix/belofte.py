"""A group the raad or college promised a say gets a step that reaches it: else the summary
says plainly that the promise is not kept yet, and what the bestuur must decide."""

from __future__ import annotations

import re

from pionieren.analysis.facts import MOTIE, Feiten, bevinding
from pionieren.analysis.mix.bereik import bereikt, kan_voor
from pionieren.analysis.mix.betrokken import _WOORD, _naamwoorden, _zelfde
from pionieren.analysis.mix.instrument import STAP_VAN_DE_RAAD
from pionieren.analysis.mix.ontwerp import Keuze, voor_het_besluit
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import SoortBelanghebbende

_ZIN = re.compile(r"[^.!?]+[.!?]?")


def _belofte_tekst(f: Feiten) -> str:
    """The text of the promise: the toezegging in the file, and the sentences of the case
    about a motie the raad adopted."""
    v = f.vraagstuk
    teksten = []
    if v.besluit is not None and v.besluit.toezegging is not None:
        teksten.append(v.besluit.toezegging.tekst or "")
    for tekst in (v.omschrijving, v.aanleiding or ""):
        teksten += [z for z in _ZIN.findall(tekst) if MOTIE.search(z)]
    return " ".join(t for t in teksten if t)


def zelfde_soort(
    f: Feiten, p: Belanghebbende, beloofd: list[Belanghebbende]
) -> list[Belanghebbende]:
    """The promised groups whose step keeps the promise to ``p``: ``p`` itself, and when the
    promise names only the kind ('jongeren beoordelen mee': the head of its name, no further
    word of it), every promised group whose name begins with that word. A promise to the kind
    is made to the kind, not to each group of it: a step that reaches one of them keeps it.

    Why: review 54a (Marnewold): the college promised that 'jongeren' judge the bids, in its
    own jury; the report said that the promise to the young people with a licht verstandelijke
    beperking was not kept, while the college had promised them nothing of their own."""
    woorden = _naamwoorden(f, p)
    in_tekst = _WOORD.findall(_belofte_tekst(f))
    if not woorden or any(_zelfde(n, w) for n in woorden[1:] for w in in_tekst):
        return [p]  # named by more than its head: a promise to this group itself
    kop = woorden[0].casefold()
    return [p] + [
        q
        for q in beloofd
        if q is not p and (k := _naamwoorden(f, q)[:1]) and k[0].casefold() == kop
    ]


def beloofd_aan(f: Feiten) -> list[Belanghebbende]:
    """The groups a promise names: the toezegging in the file (besluit.toezegging.tekst), or a
    sentence of the case about a motie the raad adopted, names them by the first telling word
    of their name, the word that says who they are ('Leerlingen in het speciaal onderwijs':
    leerlingen), not a word further on ('... die in hun kern willen blijven wonen' is not named
    by 'de commissie Wonen'). Not the initiatiefnemer, not the overheid or the politiek (the
    promisers)."""
    v = f.vraagstuk
    tekst = _belofte_tekst(f)
    if not tekst:
        return []
    woorden = _WOORD.findall(tekst)
    return [
        p
        for p in v.belanghebbenden
        if not p.initiatiefnemer
        and p.soort not in (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)
        and (kern := _naamwoorden(f, p)[:1])
        and any(_zelfde(kern[0], w) for w in woorden)
    ]


def bereikt_door(f: Feiten, k: Keuze, p: Belanghebbende) -> bool:
    """Does this step, before the decision, serve the group with a form that can reach it?
    A werkvorm of the case's own that the case gives this group (``publiek``) does: the case
    chose it (a new case, sessie 40: the advice of a wijkraad in its own meeting, the very step
    the wethouder promised, was said not to reach it)."""
    if k.serves(p.naam) and voor_het_besluit(k) and p.naam in k.publiek:
        return True
    if k.serves(p.naam) and k.werkvorm.id in STAP_VAN_DE_RAAD and p not in f.inclusiegroepen:
        # the raad hears them itself before it decides (its hearing sits in the decision's
        # phase): a promise of the raad to consult them is kept there (a new case, sessie 40:
        # the churches and the ondernemers at the raad's hearing were said not to be reached)
        return True
    if not (k.serves(p.naam) and voor_het_besluit(k) and kan_voor(k.werkvorm, p)):
        return False
    return p not in f.inclusiegroepen or bereikt(k.werkvorm, p)


@regel(
    "MIX-BELOFTE",
    Thema.mix,
    "Een beloofde groep krijgt een stap die haar bereikt",
    """Noemt een toezegging van de raad of het college (besluit.toezegging), of een motie die de
    raad aannam, een groep die meepraat ('ouders en de leerlingen zelf geven advies'), dan krijgt
    die groep vóór het besluit een stap met een datum en kosten, in een werkvorm die haar kan
    bereiken. Lukt dat niet (geen werkvorm bereikt haar, of het budget liet haar stap vallen),
    dan zegt de samenvatting dat de belofte nog niet is ingelost en wat het bestuur moet
    beslissen: een eigen stap betalen, via de weg die het vraagstuk noemt, of de raad vooraf
    zeggen waarom het niet kan.""",
    ["ombudsman-inspraak-2009", "vng-handreiking-participatie"],
)
def beloften_nagaan(f: Feiten, keuzes: list[Keuze]) -> list[Bevinding]:
    """The last pass once the design is final (after the budget cuts): a finding for the
    groups a promise names that no step before the decision reaches.

    Why: review 53a (Beerzelo): the pupils the raad's motie names got no step and no money,
    only a line deep in a chapter that no werkvorm reaches them."""
    beloofd = beloofd_aan(f)
    bereikt_ = {p.naam for p in beloofd if any(bereikt_door(f, k, p) for k in keuzes)}
    open_ = [p for p in beloofd if not any(q.naam in bereikt_ for q in zelfde_soort(f, p, beloofd))]
    if not open_:
        return []
    v = f.vraagstuk
    belofte = v.besluit.toezegging if v.besluit is not None else None
    return [
        bevinding(
            "MIX-BELOFTE",
            Ernst.waarschuwing,
            namen=[p.naam for p in open_],
            routen=[p.via.rstrip(".") for p in open_ if p.via],
            door=belofte.door.value if belofte is not None else "raad",
            meervoud=len(open_) > 1 or open_[0].meervoud is not False,
        )
    ]

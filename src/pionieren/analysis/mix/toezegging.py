"""A promised step gets an owner and an answer moment: the werkvorm that carries a point the
raad or college already promised is run by the gemeente and says when the promiser answers."""

from __future__ import annotations

import re

from pionieren.analysis.mix.bereik import kan_voor
from pionieren.analysis.mix.betrokken import noemt
from pionieren.analysis.mix.ontwerp import Ontwerp, voor_het_besluit
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import Beslisser, Initiatiefnemer, SoortBelanghebbende

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
    vóór het besluit (een rondetafelgesprek) gaat niet hoger dan de punten die dan open zijn.""",
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
    for k in o.keuzes:
        over = punten.intersection(k.onderwerpen)
        if not over:
            continue
        # review 42c: the clubs promised to share out the hours were not in the werkgroep
        erbij = [p.naam for p in genoemd if not k.serves(p.naam) and kan_voor(k.werkvorm, p)]
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
        k.add([], deel("MIX-TOEZEGGING", door=belofte.door.value), "MIX-TOEZEGGING")


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
    """The parties the promise names by a word of their name, or as 'de clubs'."""
    clubs = bool(_CLUBS.search(tekst))
    return [
        p
        for p in o.f.vraagstuk.belanghebbenden
        if not p.initiatiefnemer
        and p.soort not in (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)
        and (noemt(o.f, tekst, p) or (clubs and bool(_CLUB_NAAM.search(p.naam))))
    ]

"""A group that already exists and meets (a council, a club, a vereniging) is met at its own
meeting."""

from __future__ import annotations

import re

from pionieren.analysis.facts import bevinding, hoog_of_middel
from pionieren.analysis.mix.bereik import bedient, georganiseerd
from pionieren.analysis.mix.betrokken import betrokkenen
from pionieren.analysis.mix.kwetsbaar import kwetsbaar
from pionieren.analysis.mix.ontwerp import Ontwerp, voor_het_besluit
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst, deel
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import Groepen, Houding, Modus, Niveau, SoortBelanghebbende


@regel(
    "MIX-GEORGANISEERD",
    Thema.mix,
    "Een groep die zelf vergadert, spreekt u in de eigen vergadering",
    """Een groep die al bestaat en zelf vergadert, zoals een dorps- of wijkraad, een
    jongerenraad, een vereniging of een club, bereikt u door aan te schuiven bij haar eigen
    vergadering, niet met straatinterviews of een enquête: die zijn voor losse mensen. Een
    organisatie of adviesraad is altijd zo'n groep; een groep inwoners als de naam het zegt
    (Jongerenraad, Actiecomité, Buurtvereniging) of als het een kleine groep is met een naam in
    het enkelvoud. Komt zo'n groep met een echt belang in geen andere werkvorm vóór het besluit
    aan bod, dan voegt pionieren een gesprek in haar eigen vergadering toe. Dat kost weinig: een
    korte vraag op papier, een medewerker die aanschuift en een schriftelijke reactie.""",
    ["movisie-moeilijk-bereikbaar", "clientenparticipatie-movisie"],
)
def georganiseerd_bediend(o: Ontwerp) -> None:
    """Every organised group of inwoners with a real stake that no werkvorm before the decision
    serves gets a talk at its own meeting. (Organisations are served in the deepening; an
    advisory body gives formal advice in its own step.)"""
    groepen = [
        p
        for p in o.inwoners
        if georganiseerd(p)
        and hoog_of_middel(p.belang)
        and not p.initiatiefnemer
        and not any(k.serves(p.naam) for k in o.keuzes if voor_het_besluit(k))
    ]
    if not groepen:
        return
    vergadering = o.kandidaten.best(
        lambda w: (
            Modus.denken in w.modi
            and w.groepen is Groepen.georganiseerd
            and SoortBelanghebbende.inwoners in w.doelgroepen
            and any(bedient(w, p) for p in groepen)
        ),
        moet=lambda w: (o.kandidaten.niveau(w),),
    )
    if vergadering is None:
        return
    gedekt = [p.naam for p in groepen if bedient(vergadering, p)]
    o.kies(vergadering, Modus.denken).add(
        gedekt, deel("MIX-GEORGANISEERD", namen=gedekt), "MIX-GEORGANISEERD"
    )


def partij_bij_afspraak(p: Belanghebbende) -> bool:
    """Is this party one of the parties to an agreement or a trial about the matter: a real
    stake (high, or middle with influence), or against the plan with a real stake? Not the
    raad (through the griffie), not an advisory body (it advises in its own step), not the
    initiator (it runs its own conversation), and not a vulnerable group, which the gemeente
    speaks apart (rule MIX-APART)."""
    if p.initiatiefnemer or p.soort in (
        SoortBelanghebbende.politiek,
        SoortBelanghebbende.adviesorgaan,
    ):
        return False
    if kwetsbaar(p):
        return False
    if p.belang is Niveau.hoog:
        return True
    return hoog_of_middel(p.belang) and (hoog_of_middel(p.invloed) or p.houding is Houding.tegen)


PROEVEN = frozenset({"pilot"})
"""Werkvormen that try a measure out in one place."""

_PROEFGEBIED = re.compile(
    r"\bproef(?:wijk|gebied|buurt|straat|locatie|dorp|kern)(?:en)?\s+"
    r"((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*)",
)
_PROEF_IN_NAAM = re.compile(r"\b(?:proef|pilot)\w*", re.IGNORECASE)


def proefgroepen(o: Ontwerp) -> set[str]:
    """The inwoners of the place where a trial runs: a group named after the trial ('Bewoners
    van de proefwijk Hofkamp'), or after the place the case calls the proefwijk ('In de
    proefwijk Hofkamp loopt het systeem al'). Empty when the case names no such group.

    Why: a pilot in one neighbourhood is tested by the people who live with it; seating every
    group of the gemeente at it promises a say that the trial cannot give (review 27)."""
    v = o.f.vraagstuk
    tekst = " ".join([v.omschrijving, v.aanleiding or ""])
    plekken = {m.group(1).lower() for m in _PROEFGEBIED.finditer(tekst)}
    return {
        p.naam
        for p in o.inwoners
        if _PROEF_IN_NAAM.search(p.naam)
        or any(re.search(rf"\b{re.escape(plek)}\b", p.naam.lower()) for plek in plekken)
    }


@regel(
    "MIX-AFSPRAAK",
    Thema.mix,
    "Aan een afspraak of proef zitten alle partijen",
    """Een werkvorm waarin partijen samen een afspraak maken of samen een proef toetsen (een
    convenant, een gebruikersgroep met beheerafspraak, een proef met evaluatie) werkt alleen als
    alle partijen erin zitten, vooral wie tegen is. Anders bindt de afspraak maar één kant. Dus
    zit elke partij met een groot belang erin, en elke partij met een middelgroot belang die
    invloed heeft of tegen is: bewoners, ondernemers, organisaties en diensten als de politie.
    Niet de raad (die heeft eigen momenten), niet een adviesraad (die geeft formeel advies), en
    een kwetsbare groep alleen als een open onderwerp over haar gaat (de hulpregeling voor
    ouderen): dan hoort haar ervaring bij de toets. Anders spreekt de gemeente haar apart
    (regel MIX-APART). Loopt een proef op één plek (een proefwijk), dan toetsen van de inwoners
    alleen zij die daar wonen; de anderen horen de uitkomst.""",
    ["jop-convenant", "pilot-experimenteren"],
)
def afspraak(o: Ontwerp) -> None:
    """Seat every party to the agreement at each chosen form with ``alle_partijen``; a
    vulnerable group with a stake only when an open point is about it."""
    over_hen = {p.naam for punt in o.onderwerpen if punt.open for p in betrokkenen(o.f, punt)}
    partijen = [
        p.naam
        for p in o.partijen
        if partij_bij_afspraak(p)
        or (kwetsbaar(p) and hoog_of_middel(p.belang) and p.naam in over_hen)
    ]
    volgorde = {p.naam: i for i, p in enumerate(o.partijen)}
    proef = proefgroepen(o)
    inwoners = {p.naam for p in o.inwoners}
    for k in o.keuzes:
        if k.werkvorm.alle_partijen and partijen and not k.publiek:
            # (a table the case proposes for named parties seats those parties; the others
            # get their own route, review 52a)
            k.add(partijen, None, "MIX-AFSPRAAK")
        if k.werkvorm.id in PROEVEN and proef:
            # a trial in one place is for the inwoners who live there, not for everyone
            for naam in [n for n in k.voor if n in inwoners and n not in proef]:
                k.remove(naam)
        if k.werkvorm.alle_partijen:
            # in the order of the case's map, so the parties it names first are shown first
            k.voor.sort(key=lambda n: volgorde.get(n, len(volgorde)))


_TAL = {"twee": 2, "beide": 2, "drie": 3, "vier": 4, "vijf": 5}
#: the stems a name of that kind holds; a village's own association ('Dorpsbelangen
#: Hoogbroek', 'Plaatselijk Belang') counts as its dorpsraad (review 48c: 'twee dorpsraden'
#: with Dorpsraad Wetering and Vereniging Dorpsbelangen Hoogbroek on the map)
_GROEPEN: dict[str, tuple[str, ...]] = {
    "actiecomités": ("comit",),
    "comités": ("comit",),
    "actiegroepen": ("actiegroep",),
    "bewonersgroepen": ("bewonersgroep",),
    "dorpsraden": ("dorpsraad", "belang"),
    "wijkraden": ("wijkraad",),
    "buurtverenigingen": ("buurtvereniging",),
    "dorpsbelangen": ("belang", "dorpsraad"),
}
_GETELD = re.compile(
    rf"\b({'|'.join(_TAL)})\s+({'|'.join(_GROEPEN)})\b",
    re.IGNORECASE,
)


@regel(
    "MIX-KANTEN",
    Thema.mix,
    "Elke georganiseerde kant op de kaart",
    """Noemt het vraagstuk meer georganiseerde groepen van één soort dan de kaart van
    belanghebbenden (twee actiecomités, maar er staat er één op de kaart), dan zegt pionieren
    dat. In een conflict moet elke kant op dezelfde manier aan bod komen: een gesprek in de eigen
    vergadering voor de ene kant en niets voor de andere maakt het proces oneerlijk. Zet ze er
    dus allemaal op.""",
    ["ombudsman-inspraak-2009"],
)
def kanten(o: Ontwerp) -> None:
    """A finding when the text counts more organised groups of a kind than the map names."""
    v = o.f.vraagstuk
    tekst = " ".join([v.omschrijving, v.aanleiding or ""])
    for m in _GETELD.finditer(tekst):
        aantal = _TAL[m.group(1).lower()]
        stammen = _GROEPEN[m.group(2).lower()]
        genoemd = [p.naam for p in o.partijen if any(s in p.naam.lower() for s in stammen)]
        keer = sum(max(p.naam.lower().count(s) for s in stammen) for p in o.partijen)
        if keer < aantal:
            o.bevindingen.append(
                bevinding(
                    "MIX-KANTEN",
                    Ernst.let_op,
                    bronnen=[],  # equal treatment of both sides is own reasoning, no source
                    woorden=m.group(0),
                    namen=genoemd,
                )
            )
            return

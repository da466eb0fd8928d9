"""Partners who can block the design are met first: before the broad round, not after it."""

from __future__ import annotations

import re

from pionieren.analysis.facts import meervoud
from pionieren.analysis.law import verkeersbesluit_genoemd
from pionieren.analysis.mix.dekking import OVERLEG, _catalogus, telt
from pionieren.analysis.mix.ontwerp import Ontwerp, fase_van
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.analysis.stakeholders import hulpdienst
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import Modus, Procesfase

_POLITIE = re.compile(r"\bpolitie\b", re.IGNORECASE)
#: a bus operator or the one that grants its concession (not a taxi for leerlingenvervoer)
_BUS = re.compile(
    r"\bbus(?:vervoer\w*|maatschappij|bedrijf|lijn\w*)?\b|\bov-?(?:bedrijf|vervoerder)|"
    r"\bopenbaar[- ]vervoer\w*|\bconcessieverlen\w*|\bvervoerregio",
    re.IGNORECASE,
)
_NETBEHEERDER = re.compile(r"\bnetbeheer\w*", re.IGNORECASE)
#: another road authority: Rijkswaterstaat, or a provincie named as the manager of a road
_WEGBEHEERDER = re.compile(
    r"\brijkswaterstaat|\bwegbeheer\w*|\bprovincie\b[^.;]*\bweg\b", re.IGNORECASE
)
#: the phases a werkvorm moves out of: the rounds that hear people before the decision
_RONDES = (Procesfase.ophalen, Procesfase.verdiepen, Procesfase.toetsen)


def blokkeert(o: Ontwerp, p: Belanghebbende) -> bool:
    """Has this party legal or factual power over what the design can hold: the police over a
    verkeersbesluit (art. 24 BABW), the hulpdiensten (aanrijtijden), the bus operator or its
    concessieverlener (routes, timetable), the netbeheerder (connections), another road
    authority (its own road)? Only what the name and the case make certain."""
    naam = p.naam
    if (
        hulpdienst(naam)
        or _BUS.search(naam)
        or _NETBEHEERDER.search(naam)
        or _WEGBEHEERDER.search(naam)
    ):
        return True
    # the police alone (not 'politie en brandweer'): only over a verkeersbesluit
    return bool(_POLITIE.search(naam)) and verkeersbesluit_genoemd(o.f)


@regel(
    "MIX-PARTNERS-EERST",
    Thema.mix,
    "Partners die het ontwerp kunnen tegenhouden, eerst",
    """Sommige partners begrenzen wat er kan, met een advies of met een eigen besluit. Zij
    adviseren: de politie bij een verkeersbesluit (overleg verplicht, art. 24 BABW), de
    hulpdiensten en de veiligheidsregio (veiligheid, aanrijtijden); zij beslissen niet mee over
    het besluit van de gemeente. Zij beslissen over hun eigen deel: de busvervoerder en de
    provincie of vervoerregio die de concessie verleent (routes en dienstregeling), de
    netbeheerder (aansluitingen), en een andere wegbeheerder zoals Rijkswaterstaat of de
    provincie. pionieren zegt daarom: vraag hen eerst wat kan en wat niet. Komen zij
    pas na de brede ronde, dan kan hun advies of nee het ontwerp nog tegenhouden, en hebben inwoners
    meegedacht over iets wat niet kan. pionieren zet het overleg met hen daarom in de eerste
    fase (voorbereiden), vóór de brede ronde. Zitten zij al in een andere werkvorm, dan komen
    zij daarnaast in dat eerste overleg. pionieren herkent zo'n partner aan zijn naam; de politie
    alleen als het besluit een verkeersbesluit is.""",
    ["babw-24", "vng-handreiking-participatie"],
)
def partners_eerst(o: Ontwerp) -> None:
    """Put every blocking partner (:func:`blokkeert`) in the overleg with partners, and that
    overleg in the first phase, before the broad round."""
    # imported here: roles imports the mix (for the raad's own step), so a module-level import
    # would make importing pionieren.analysis.roles on its own fail
    from pionieren.analysis.roles import uitvoerder_soort

    namen = [p.naam for p in o.partijen if not p.initiatiefnemer and blokkeert(o, p)]
    # a party that carries out what is decided (ROL-UITVOERDERS) and is in no werkvorm yet
    # by name is at the table in the overleg too (review 33: a concessiehouder nowhere)
    uitvoerend = [
        p.naam
        for p in o.partijen
        if not p.initiatiefnemer
        and p.naam not in namen
        and uitvoerder_soort(o.f, p) is not None
        and not any(p.naam in k.voor and telt(k) for k in o.keuzes)
    ]
    if not (namen or uitvoerend):
        return
    overleg = next((k for k in o.keuzes if k.werkvorm.id == OVERLEG), None)
    if overleg is None:
        w = _catalogus(o, OVERLEG)
        if w is None:
            return
        overleg = o.kies(w, Modus.denken)
    if overleg.periode is not None or fase_van(overleg) not in (
        *_RONDES,
        Procesfase.voorbereiden,
    ):
        return
    overleg.add(uitvoerend, None, "MIX-DEKKING")
    if namen:
        overleg.add(namen, None, "MIX-PARTNERS-EERST")
        # the names stand in the table already; they are said again only next to others
        alleen = set(overleg.voor) <= set(namen)
        overleg.add(
            [],
            deel(
                "MIX-PARTNERS-EERST",
                namen=[] if alleen else namen,
                meer=len(namen) > 1 or any(meervoud(p) for p in o.partijen if p.naam in namen),
            ),
            "MIX-PARTNERS-EERST",
        )
        overleg.fase = Procesfase.voorbereiden

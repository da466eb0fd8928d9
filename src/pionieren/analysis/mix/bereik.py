"""Reach: which werkvormen can be "for" which party, and which reach a hard-to-reach group."""

from __future__ import annotations

import functools
import re
from datetime import date

from pionieren.analysis.ontkenning import bevestigd
from pionieren.analysis.stakeholders import kinderen_onder_hen, ouders
from pionieren.analysis.voorwaarden import later_bekend
from pionieren.input.hints import ANONIEM_WOORDEN, VERTROUWELIJK_WOORDEN
from pionieren.input.model import Belanghebbende, GenoemdeWerkvorm
from pionieren.knowledge.models import Werkvorm
from pionieren.safe_text import comparable_name
from pionieren.vocabulary import (
    Bereikbaarheid,
    Groepen,
    Houding,
    Kanaal,
    Kenmerk,
    Modus,
    Niveau,
    Organisator,
    Reikwijdte,
    SoortBelanghebbende,
    Voorwaarde,
    Werving,
    WettelijkKader,
)

BEPERKEND = frozenset({Kenmerk.beperking, Kenmerk.laaggeletterd, Kenmerk.clienten})
"""Kenmerken that shut people out of a werkvorm that does not reach them in particular (a
disability, reading little, being in care); other kenmerken need only one that is reached."""


_ORGAAN = re.compile(
    r"(?:raad|raden|comit[eé]|commissie|commissies|vereniging|verenigingen|club|clubs|platform|"
    r"werkgroep|actiegroep|initiatiefgroep|bewonersgroep|collectief|co[oö]peratie|bond|overleg|"
    r"genootschap|dorpsbelang|dorpsbelangen)$",
    re.IGNORECASE,
)
"""The end of a word that makes a group one body that meets: a Jongerenraad, an Actiecomité,
a Buurtvereniging, a Bewonerscommissie, Dorps- en wijkraden."""

_GELOOF = re.compile(
    r"^(?:protestantse|hervormde|gereformeerde|katholieke|evangelische|doopsgezinde|"
    r"remonstrantse|lutherse|joodse|christelijke|islamitische)\s+(?:gemeente|gemeenschap)\b"
    r"|\b(?:parochie|kerkgenootschap|moskeevereniging)\b",
    re.IGNORECASE,
)
"""A congregation (de Protestantse gemeente Hollandsveen, een parochie): its council meets."""

#: The head of the name of one person who advises, not a body that meets.
_PERSOON = re.compile(
    r"(?:de\s+)?(?:functionaris|ombuds\w*|adviseur|deskundige|toezichthouder|"
    r"commissaris|kinderombuds\w*)\b",
    re.IGNORECASE,
)

_KOP_EINDE = re.compile(r"\s(?:van|die|uit|in|op|rond|bij|aan|met|voor)\s|\(", re.IGNORECASE)

SCHOOL = re.compile(
    r"(?:school|scholen|scholier\w*|leerling\w*|schoolbestuur\w*|lyceum|gymnasium|atheneum|"
    r"kindcentrum)\b|\b(?:ikc|mbo|vmbo|havo|vwo|roc)\b|college\b(?! van)",
    re.IGNORECASE,
)
"""Words that name a school or its pupils: 'Basisschool De Klimop', 'Peel College', 'de
leerlingenraad van het Vlietcollege'. Not 'de oude schoollocatie': a demolished school is no
school in the case."""

KLEINE_GROEP = 50
"""A named group of inwoners of at most this many, written in the singular, is one body."""


_EIGEN_VERGADERING = re.compile(
    r"\b(?:de|haar|zijn|hun) (?:eigen )?(?:\w*ledenvergadering|\w*jaarvergadering|ledenavond|"
    r"algemene vergadering|vergadering)\b",
    re.IGNORECASE,
)


def vergadert(partij: Belanghebbende) -> bool:
    """Is this party a body of members or volunteers that meets: a council, a club, a
    vereniging, a committee (its name says so), an advisory body, or a small group of inwoners
    named in the singular (``meervoud: false``)? Not a professional organisation (a school, a
    housing corporation), which is met in a conversation of its own."""
    if partij.soort is SoortBelanghebbende.adviesorgaan:
        # a body that advises meets; one person who advises (the functionaris
        # gegevensbescherming, an ombudsman) is met in a talk of his own, not at a meeting
        return not _PERSOON.match(partij.naam.strip())
    if partij.soort in (SoortBelanghebbende.politiek, SoortBelanghebbende.overheid):
        return False
    if partij.via and _EIGEN_VERGADERING.search(partij.via):
        # its own route is its members' meeting: 'via het bestuur en de ledenvergadering in
        # januari' (review 50: a horeca association's own meeting was 'for' the residents)
        return True
    if _GELOOF.search(partij.naam):
        return True
    kop = _KOP_EINDE.split(partij.naam, maxsplit=1)[0]
    if any(_ORGAAN.search(woord.strip(",.")) for woord in kop.split()):
        return True
    return (
        partij.soort is SoortBelanghebbende.inwoners
        and partij.meervoud is False
        and partij.aantal is not None
        and partij.aantal <= KLEINE_GROEP
    )


@functools.cache
def _route_patroon(routes: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a werkvorm's route words: a word counts at the start of a word, and with
    a leading ``*`` anywhere in one (the end of a compound: *club, voetbalclub)."""
    delen = [
        re.escape(r[1:]) if r.startswith("*") else r"\b" + re.escape(r)
        for r in routes
        if r.strip("*")
    ]
    return re.compile("|".join(delen), re.IGNORECASE) if delen else None


def route_past(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Does the route the case names for these inwoners (via) lead to where this werkvorm meets
    them (its ``routes`` in the catalogue): the car park or the sports club for a talk on the
    spot, the church or the soos for a visit to their own gathering, Instagram for a short
    question online?

    Why: the route decides the form. A visit to 'the meeting of a group' does not reach young
    people with a side job who have no meeting, while a talk at the sports club or a question
    on the Instagram of the youth work does (review 38)."""
    if partij.soort is not SoortBelanghebbende.inwoners or not partij.via:
        return False
    patroon = _route_patroon(tuple(w.routes))
    # 'niet via de school' does not lead to the school
    return patroon is not None and bevestigd(patroon, partij.via)


def noemt_plek(w: Werkvorm, via: str) -> bool:
    """Does a route (via) name a place or channel where this werkvorm meets people (its
    ``routes`` in the catalogue), for any kind of group: 'de portiers van de clubs' for a talk
    on the spot at night?"""
    patroon = _route_patroon(tuple(w.routes))
    return patroon is not None and bevestigd(patroon, via)


def mensen(partij: Belanghebbende) -> bool:
    """Is this party of kind ``anders`` (or a singular name) really a crowd of people: it has
    kenmerken of people (jongeren, bezoekers, ...) or a number above a small group?"""
    return bool(partij.kenmerken) or (partij.aantal is not None and partij.aantal > KLEINE_GROEP)


def soort_van(partij: Belanghebbende) -> SoortBelanghebbende:
    """The kind of party as a werkvorm sees it: a crowd of kind ``anders`` (:func:`mensen`) is
    reached as inwoners are."""
    if partij.soort is SoortBelanghebbende.anders and mensen(partij):
        return SoortBelanghebbende.inwoners
    return partij.soort


def georganiseerd(partij: Belanghebbende) -> bool:
    """Is this party reached as a group, not person by person: an organisation, an advisory
    body, or a body that meets (:func:`vergadert`)?

    Why: such a group is reached through its board or at its own meeting, not by stopping its
    members in the street or sending them a survey."""
    een_organisatie = (
        partij.meervoud is False
        and partij.soort
        in (
            SoortBelanghebbende.ondernemers,
            SoortBelanghebbende.overheid,
            SoortBelanghebbende.anders,
        )
        # a crowd named in the singular ('Uitgaanspubliek', 4,000 young visitors) is people,
        # not one body (review 50: it got the 'overleg met partners' of the police)
        and not mensen(partij)
    )  # one company or authority (the waste firm, the police): its management, not a survey
    return (
        partij.soort
        in (
            SoortBelanghebbende.maatschappelijke_organisatie,
            SoortBelanghebbende.adviesorgaan,
        )
        or een_organisatie
        or vergadert(partij)
    )


def past_bij_groep(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Does the werkvorm fit how the party is organised? A form for loose people (a survey,
    a talk in the street) does not reach a council or club; a talk at a group's own meeting
    is only for a body that meets (rule MIX-GEORGANISEERD)."""
    if w.groepen is Groepen.los:
        return not georganiseerd(partij)
    if w.groepen is Groepen.georganiseerd:
        # a visit at the group's own meeting, or at the gathering the case names as its route
        return vergadert(partij) or route_past(w, partij)
    return True


def te_klein(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Is the party a known group smaller than the werkvorm needs (a survey for 90 households)?

    Why: a survey for a small known group gives too few answers to say anything about it, and
    that group can be spoken to in person (review 27: an enquête for 90 households and for 240
    volunteers). A group without a number may still get it."""
    return w.min_aantal is not None and partij.aantal is not None and partij.aantal < w.min_aantal


def te_groot(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Is the party a group not easily reached, known to be larger than the werkvorm can take
    (``max_aantal``: talks at the kitchen table for 300 walkers)?

    Why: some twenty talks at home reach a small group, or a sample of residents the gemeente
    finds at their address (the omwonenden of a wind farm); they miss most of a large group
    that is hard to find at home, which is met where it already is (review 38: kitchen-table
    talks for 300 walkers and dog owners, and for sixty Taalhuis participants). A group
    without a number may still get it."""
    return (
        w.max_aantal is not None
        and partij.aantal is not None
        and partij.aantal > w.max_aantal
        and partij.bereikbaarheid is not Bereikbaarheid.goed
        # the route the case names leads to them (the wijkverpleging knows the addresses of the
        # 240 older people living alone): the talks are held with a sample found that way, in
        # rounds as needed (review 56d, Hunsewold)
        and not route_past(w, partij)
    )


_ONBEKEND = re.compile(
    r"\bzonder\s+(?:bekende?|vaste?|adres)\b|\bonbekend\w*|\bniet\s+bekend\b|\bdakloz\w*",
    re.IGNORECASE,
)


def adres_onbekend(partij: Belanghebbende) -> bool:
    """Does the gemeente not know where these people live: a group of inwoners that is hard to
    reach, with no route to them (``via``), whose name says they are not known ('Nabestaanden
    zonder bekende rechthebbende', 'Eigenaren onbekend', 'Dak- en thuislozen')?

    Why: a form that goes to people's homes cannot reach them; they learn of the matter at the
    place itself and from the local media (review 28a: house visits for relatives whose address
    nobody has). A group with a route or a known address keeps the forms that go to it."""
    return (
        partij.soort is SoortBelanghebbende.inwoners
        and partij.bereikbaarheid is Bereikbaarheid.moeilijk
        and not partij.via
        and bool(_ONBEKEND.search(partij.naam))
    )


def zonder_woordvoerder(partij: Belanghebbende) -> bool:
    """Is there no one to talk to for this group as a group: a loose crowd of people (not a
    body that meets, not an organisation), hard to reach, and the case names no route (via)?

    Why: review 55d (Ravenstede): 'Demonstranten van buiten de gemeente: een eigen, direct
    gesprek' for demonstrators from all over the country with no contact person. A talk 'with
    the group' cannot be held; they are reached through whoever organises or announces their
    coming, the channels they use themselves, and a public notice."""
    return (
        soort_van(partij) is SoortBelanghebbende.inwoners
        and partij.meervoud is not False
        and partij.bereikbaarheid is Bereikbaarheid.moeilijk
        and not partij.via
        and not georganiseerd(partij)
    )


def eigen_kenmerken(partij: Belanghebbende) -> set[Kenmerk]:
    """The kenmerken of the people themselves: for a group of parents without the kinderen or
    jongeren it speaks for (parents are adults; a school project does not reach them, a talk at
    the school gate does); for adults with children among them ('De vier huishoudens aan de
    Lage Kade') without the kinderen: a talk at the kitchen table reaches the household (review
    61a: 'bereik hen via de school, met toestemming van de ouders')."""
    # anoniem limits the form; it is no trait a form reaches
    if ouders(partij):
        return set(partij.kenmerken) - {Kenmerk.kinderen, Kenmerk.jongeren, Kenmerk.anoniem}
    if kinderen_onder_hen(partij):
        return set(partij.kenmerken) - {Kenmerk.kinderen, Kenmerk.anoniem}
    return set(partij.kenmerken) - {Kenmerk.anoniem}


def gaat_erheen(w: Werkvorm) -> bool:
    """Outreach: in person and by invitation, so the gemeente goes to people."""
    return w.werving is Werving.gericht and w.kanaal is Kanaal.fysiek


def bedient(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Can this werkvorm be "for" this party at all? (soort, kenmerken; politics via the griffie)

    Why: a werkvorm is only placed for a group where the catalogue says it reaches that kind of
    group: no jury for children, no house visits for visitors, no school project for adults,
    also not for the parents of the pupils (whose kenmerk kinderen says for whom they speak),
    no series of meetings over months for people who are here only a short while
    (:func:`kort_hier`, :func:`lang_traject`), no talk in the village street for who lives
    elsewhere or on scattered addresses (:func:`woont_elders`, :func:`woont_verspreid`), no
    door-to-door round or visit at home for who lives elsewhere, no panels or drawings for who cannot see
    (:func:`ziet_slecht`, catalogue field ``op_zicht``).
    """
    if partij.initiatiefnemer:
        # the initiator runs its own conversation; it is not a target group of one
        return False
    if partij.soort is SoortBelanghebbende.politiek:
        return w.organisator is Organisator.griffie
    if not past_bij_groep(w, partij):
        return False
    zonder_adres = adres_onbekend(partij)
    if (w.adres_nodig and zonder_adres) or (w.zonder_adres and not zonder_adres):
        # a form at people's homes is not for a group whose address nobody knows; a notice at
        # the place is only for such a group
        return False
    if te_klein(w, partij) or te_groot(w, partij):
        return False
    if (
        partij.soort is SoortBelanghebbende.maatschappelijke_organisatie
        and w.alleen_voor
        and set(w.alleen_voor) & set(partij.kenmerken)
    ):
        return True  # a school brings its pupils to a project made for children
    soort = soort_van(partij)
    if soort not in w.doelgroepen:
        return False
    if soort is not SoortBelanghebbende.inwoners:
        # an organisation is reached through its own people; its kenmerken say whom it speaks
        # for (a school: children), not who sits at the table
        return True
    # a school project reaches the pupils, not their parents (review 33): see eigen_kenmerken
    kenmerken = eigen_kenmerken(partij)
    if w.alleen_voor and not set(w.alleen_voor) & kenmerken:
        return False
    if (
        Voorwaarde.school in w.alleen_als
        and Kenmerk.kinderen not in kenmerken
        and partij.via
        and not bevestigd(SCHOOL, f"{partij.naam} {partij.via}")
    ):
        # young people whose own route goes elsewhere (the leegstandbeheerder) are not reached
        # at a school: young tenants are no pupils (children always are)
        return False
    if set(w.ongeschikt_voor) & kenmerken:
        return False
    if w.woonbuurt and woont_elders(partij):
        # a spreekuur in the buurthuis or a buurtmiddag is for who lives there, not for who
        # comes from elsewhere (review 53a: a wijkspreekuur for demonstrators from all over the
        # country)
        return False
    if kort_hier(partij) and lang_traject(w):
        return False
    if w.op_zicht and ziet_slecht(partij):
        # panels, maps and drawings are not for who cannot see them: walk the place together
        return False
    if (
        w.ter_plekke
        and (woont_elders(partij) or woont_verspreid(partij))
        and not noemt_plek(w, partij.via or "")
    ):
        # a talk in the street or a notice at the place does not reach who lives elsewhere,
        # nor who lives on scattered farms in the buitengebied (there is no street to stand in)
        return False
    if vertrouwelijk(partij) and (
        w.ter_plekke or w.bijeenkomst or (w.adres_nodig and not partij.via)
    ):
        # people who keep silent out of fear, victims, or who must first be spoken in person
        # are asked one by one, via someone they trust: never in the street or at a gathering
        # where others see them (review 54a: street interviews for 'Bewoners die uit angst
        # voor represailles zwijgen' and for victims); nor at their door when the case names
        # nobody they trust to come along (a knock on the door singles them out)
        return False
    if alleen_persoonlijk(partij) and (w.bijeenkomst or w.groepen is Groepen.georganiseerd):
        # 'alleen in een persoonlijk gesprek': not at a gathering, nor at a group's own meeting
        # (review 63a: former Q-koorts patients in a 'Gesprek bij een bestaande groep')
        return False
    if anoniem(partij) and (w.ter_plekke or w.adres_nodig or w.bijeenkomst):
        # people who must stay unknown are asked only by whom the case names (via), without
        # their name: never in the street, at home or at a meeting where others see them
        # (review 53a: clinic visitors spoken to "waar zij al samenkomen of thuis")
        return False
    if w.adres_nodig and later_bekend(partij):
        # who will live here is only known later (future residents, statushouders now in an
        # azc): no address to knock on (rule MIX-VOORWAARDEN; review 56a, Rijnhorst)
        return False
    if w.adres_nodig and woont_elders(partij):
        # a door-to-door round or a visit at home in the gemeente does not find who lives
        # elsewhere (review 53a: door to door for demonstrators from all over the country)
        return False
    if Kenmerk.kinderen in kenmerken and w.werving is Werving.loting:
        return False
    return not (partij.bereikbaarheid is Bereikbaarheid.moeilijk and w.werving is Werving.loting)


_KORT_HIER = re.compile(
    r"arbeidsmigrant\w*|seizoen\w*|uitzendkracht\w*|\buitzendbureau\w*|tijdelijke?\s+(?:bewoner|"
    r"huurder|werknemer|werker|arbeid)\w*|short[\s-]?stay\w*|toerist\w*|vakantie\w*|"
    r"recreant\w*|camping\w*|kampeer\w*|kampeerder\w*|\bpension\b|(?:hotel|bad|zomer)gasten\b",
    re.IGNORECASE,
)
"""Words in a group's name or route for people who are here for a short while and change every
few weeks or months: labour migrants in a pension or through an agency, seasonal workers,
campers, tourists, guests of a holiday park, temporary tenants."""

_BLIJFT = re.compile(
    r"\b(?:al\s+(?:jaren|lang)|blijven|gevestigd\w*|vaste?\s+(?:bewoner|woning|adres)\w*|"
    r"gezinnen|ingeschreven|eigenaar\w*|eigenaren)\b",
    re.IGNORECASE,
)
"""Words that say such a group stays: labour migrants 'die hier al jaren wonen', families."""


def kort_hier(partij: Belanghebbende) -> bool:
    """Are these people here only for a short while, and do they change (labour migrants in a
    pension, seasonal workers, campers, tourists), says their name or their route (via)?"""
    if soort_van(partij) is not SoortBelanghebbende.inwoners:
        return False
    tekst = f"{partij.naam} {partij.via or ''}"
    return bool(_KORT_HIER.search(tekst)) and not _BLIJFT.search(partij.naam)


_ELDERS = re.compile(
    r"vertrokk\w*|weggetrokk\w*|\bverhuisd\w*|oud-(?:inwoner|bewoner|dorpsgeno)\w*|"
    r"\b(?:wonen|woont|wonend)\s+(?:elders|ergens\s+anders|niet\s+(?:meer\s+)?in)\b|"
    r"\bbuiten\s+(?-i:[A-Z])\w*(?:[\s-](?-i:[A-Z])\w*)*\s+(?:wonen|woont)\b|"
    r"\bdie\s+elders\s+wonen\b|\bnaar\s+(?:de\s+)?(?:stad|elders)\s+(?:getrokken|verhuisd)\b|"
    r"\b(?:van|uit)\s+buiten\s+(?:de|het|onze|hun)\s+(?:gemeente|stad|dorp|kern|regio)\b|"
    r"\buit\s+(?:het\s+hele|heel\s+het)\s+land\b|\buit\s+heel\s+nederland\b",
    re.IGNORECASE,
)
"""Words in a group's name or route that say its people live elsewhere: young people who moved
away, former residents, owners 'die buiten Walduin wonen', 'want zij wonen elders',
demonstrators 'van buiten de gemeente' or 'uit het hele land'."""

_VERSPREID = re.compile(
    r"\bbuitengebied\w*|\bafgelegen\b|\bverspreide?\b|\blintbebouwing\b|\bbuurtschap\w*",
    re.IGNORECASE,
)
"""Words in a group's name or route that say its people live far apart, outside the village
centre: 'Alleenwonende ouderen in het buitengebied', 'op verspreide erven'."""


def woont_elders(partij: Belanghebbende) -> bool:
    """Do these people live elsewhere and seldom come here, says their name or their route
    (via)? Visitors (kenmerk bezoekers) do come: they are met at the place.

    Why: a talk in the street or a notice at the place in the village (``ter_plekke``) reaches
    who is there; young people who moved to the city are not (review 51a: street interviews
    for 'Jongeren die uit Beekloon vertrokken')."""
    if soort_van(partij) is not SoortBelanghebbende.inwoners:
        return False
    if Kenmerk.bezoekers in partij.kenmerken:
        return False
    return bool(_ELDERS.search(f"{partij.naam} {partij.via or ''}"))


def anoniem(partij: Belanghebbende) -> bool:
    """Must these people stay unknown, says their name or their route (via)? Then only the
    route the case names may ask them anything, without their name.

    Why: visitors of a clinic, victims, people in a shelter are harmed when the gemeente seeks
    them out; the case says who may ask them (review 53a, Ravenstede). The kenmerk ``anoniem``
    says it; the words ('zonder naam', 'anoniem') are the fallback, with a hint in valideer."""
    if Kenmerk.anoniem in partij.kenmerken:
        return True
    return bool(
        ANONIEM_WOORDEN.search(f"{partij.naam} {partij.via or ''} {partij.voorwaarde or ''}")
    )


def vertrouwelijk(partij: Belanghebbende) -> bool:
    """Do these people speak only in confidence, one by one via someone they trust: they must
    stay unknown (:func:`anoniem`), they keep silent out of fear, they are victims, or the case
    says they are first spoken in person and not at a gathering?

    Why: review 54a (Duinmonde): 'Straatinterviews ... (bewoners die uit angst voor represailles
    zwijgen). Dit bereikt ook Getroffen huishoudens': who fears being seen talking is harmed by
    a talk in the street or a gathering, and by sharing a form with other groups. The kenmerk
    ``anoniem`` says it; these words are the fallback, with a hint in valideer."""
    if soort_van(partij) is not SoortBelanghebbende.inwoners:
        return False
    return anoniem(partij) or bool(
        VERTROUWELIJK_WOORDEN.search(f"{partij.naam} {partij.via or ''} {partij.voorwaarde or ''}")
    )


_PERSOONLIJK = re.compile(
    r"\b(?:alleen|uitsluitend|enkel)\s+(?:in\s+)?(?:een\s+)?(?:persoonlijk|individueel|"
    r"eigen)\w*\s+gesprek\w*|\balleen\s+een\s+voor\s+een\b|\bonder\s+vier\s+ogen\b",
    re.IGNORECASE,
)
"""Words in a group's condition (voorwaarde) that allow only a talk in person: 'alleen in een
persoonlijk gesprek', 'alleen een voor een', 'onder vier ogen'."""


def alleen_persoonlijk(partij: Belanghebbende) -> bool:
    """Does the case's condition for this group allow only a talk in person? Then no gathering
    and no meeting of a group serves it, also not its own association's meeting.

    Why: review 63a (Hoogmeerle): the condition 'alleen in een persoonlijk gesprek, niet op een
    bijeenkomst waar de geitenhouder of andere boeren bij zijn' was met with a 'Gesprek bij een
    bestaande groep', which the budget cut made their only route."""
    return bool(_PERSOONLIJK.search(partij.voorwaarde or ""))


_ALLEEN_VIA = re.compile(
    r"\b(?:alleen|uitsluitend)\s+(?:contact\s+)?via\b|"
    r"\b(?:niet|nooit)\s+(?:apart|zelf|rechtstreeks|direct)\s+(?:uit)?(?:nodigen|benaderen|aanspreken)\b",
    re.IGNORECASE,
)
"""Words in a group's condition (voorwaarde) that say it is approached only through the people
it already knows: 'nooit apart uitnodigen ...; alleen via mensen die zij al kennen', 'contact
alleen via het sociaal team'."""


def alleen_via(partij: Belanghebbende) -> bool:
    """Does the case's condition for this group say it is approached only through its route
    (via), never by the gemeente directly? Then no form may reach it in another way: not a
    visit by own staff, not a meeting it is invited to.

    Why: review 61 (Lindeweerd): a short budget made 'Eigen medewerkers spreken kinderen uit
    gezinnen met weinig geld ... waar zij al samenkomen of thuis' the cheap replacement, while
    the case's condition said 'nooit apart uitnodigen ...; alleen via mensen die zij al
    kennen'. A condition holds for every form that serves the group, also the cheapest."""
    return bool(_ALLEEN_VIA.search(partij.voorwaarde or ""))


_ANGST = re.compile(
    r"\buit\s+angst\b|\bangst\s+voor\s+(?:represailles|wraak|de\s+daders)\b|\brepresaille\w*|"
    r"\bbedreigd\w*|\bge[iï]ntimideerd\w*|\bbang\s+voor\s+(?:wraak|represailles|de\s+daders)\b",
    re.IGNORECASE,
)
"""Words in a group's name, route or condition that say its people keep silent out of fear of
reprisals: 'die uit angst voor represailles zwijgen', 'bedreigd'."""

HANDHAVERS = re.compile(
    r"\bpolitie\w*|\bwijkagent\w*|\bagent(?:en)?\b|\bboa'?s?\b|\bhandhav\w*|"
    r"\bopenbaar\s+ministerie\b|\bofficier\s+van\s+justitie\b|\bjustitie\b",
    re.IGNORECASE,
)
"""Words for the police and the others who enforce and investigate: politie, wijkagent, boa's,
handhaving, the Openbaar Ministerie."""


def vreest(partij: Belanghebbende) -> bool:
    """Do these people keep silent out of fear of reprisals, says their name, route or
    condition, and does the case not name the police as someone they trust (their route runs
    through the wijkagent)?

    Why: review 58b (Duinmonde): the worry of 'bewoners die uit angst voor represailles zwijgen'
    was answered at the wijkagent's kitchen-table talks, and the round for everyone was in the
    street. Who is seen talking, or talks to the police, may be the next target."""
    if soort_van(partij) is not SoortBelanghebbende.inwoners:
        return False
    if not _ANGST.search(f"{partij.naam} {partij.via or ''} {partij.voorwaarde or ''}"):
        return False
    return not bevestigd(HANDHAVERS, partij.via or "")


_KLAS = re.compile(
    r"\bleerkracht\w*|\bjuf\b|\bmeester\b|\b(?:eigen\s+)?klas(?:sen)?\b",
    re.IGNORECASE,
)
"""Words in a route for the pupils' own class and its teachers (not a mentor or a school
alone: older pupils with a mentor are also met in other ways)."""


def eigen_klas(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Is this a form held at school (``alleen_als: school``) for pupils whose route the case
    names as their own teachers or class ('de leerkrachten en mentoren, in hun eigen klas, met
    pictogrammen')? Then their teachers reach them also with a disability, in the way they know.

    Why: review 53a (Beerzelo): 'Geen bekende werkvorm bereikt Leerlingen in het speciaal
    onderwijs', though a motie of the raad promised that these pupils advise."""
    return (
        Voorwaarde.school in w.alleen_als
        and bool(partij.via)
        and bevestigd(_KLAS, partij.via or "")
    )


def woont_verspreid(partij: Belanghebbende) -> bool:
    """Do these inwoners live far apart in the buitengebied, says their name or their route?

    Why: a talk in the street or on the square meets who passes by in a village or a
    neighbourhood; alone on a farm or an outlying address nobody passes (review 53a: street
    interviews for 'Alleenwonende ouderen in het buitengebied')."""
    if soort_van(partij) is not SoortBelanghebbende.inwoners:
        return False
    return bool(_VERSPREID.search(f"{partij.naam} {partij.via or ''}"))


_ZICHT = re.compile(
    r"\bblind\w*|slechtziend\w*|visue(?:el|le)\w*\s+beperk\w*|oogvereniging\w*|\bvisio\b|"
    r"bartim[eé]us|geleidehond\w*|\btaststok\w*",
    re.IGNORECASE,
)
"""Words in a group's name or route for people who cannot see well: blind and partially sighted
people, reached through the Oogvereniging, Visio or Bartiméus."""


def ziet_slecht(partij: Belanghebbende) -> bool:
    """Are these people blind or partially sighted, says their name or their route (via)?"""
    return soort_van(partij) is SoortBelanghebbende.inwoners and bool(
        _ZICHT.search(f"{partij.naam} {partij.via or ''}")
    )


def lang_traject(w: Werkvorm) -> bool:
    """Is this werkvorm a series of meetings over months with the same people, for depth or to
    make the plan together (a klankbordgroep, a denktank, a werkgroep, an atelier, a jury)? A
    form the catalogue says reaches visitors (a trial) is not one.

    Why: a group that is here for a few weeks or months has left before such a series ends,
    and the next people start without what was said; they are met briefly where they are (at
    the pension, the camping, the work), in their language (review 51a: a denktank that
    coproduces for the labour migrants in a pension, months after the decision)."""
    return (
        w.verbreding_of_verdieping is not Reikwijdte.verbreding
        and w.bijeenkomst
        and w.weken[0] >= 6
        and Kenmerk.bezoekers not in w.bereikt
    )


def bereikt(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Does this werkvorm reach this hard-to-reach group?

    The werkvorm must be meant for this kind of party and reach its kenmerken: at least one,
    and every limiting one (:data:`BEPERKEND`). A group that is
    hard to reach (bereikbaarheid moeilijk), or that has no kenmerken but is not easily reached,
    also needs outreach: the gemeente goes to them.
    """
    if not bedient(w, partij):
        return False
    if w.groepen is Groepen.georganiseerd:
        return True  # the group is met at its own meeting, in its own way
    if soort_van(partij) is not SoortBelanghebbende.inwoners:
        return w.verbreding_of_verdieping is not Reikwijdte.verbreding
    kenmerken = eigen_kenmerken(partij)
    if kenmerken and not set(w.bereikt) & kenmerken:
        return False
    if kenmerken & BEPERKEND - set(w.bereikt) and not eigen_klas(w, partij):
        # an evening that suits older people does not reach those among them who cannot come
        # or read: a limiting kenmerk must itself be reached, unless the route the case names
        # is the pupils' own teachers in their own class, for a form at school
        return False
    if adres_onbekend(partij):
        # nobody knows where they live: only a notice at the place and in the local media
        return w.zonder_adres
    if route_past(w, partij):
        # the route the case names leads to where this form meets them
        return True
    if partij.bereikbaarheid is Bereikbaarheid.moeilijk or not kenmerken:
        return gaat_erheen(w)
    return True


_DAG = re.compile(r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)", re.IGNORECASE)
_DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def andere_dag(periode: tuple[date, date] | None, partij: Belanghebbende) -> bool:
    """Is the form held on one fixed day, while the route the case names for this group (via)
    names only other weekdays ('de marktmeester op donderdagochtend' for a Saturday schouw)?

    Why: the group is not where the form is on that day; the route does not lead there (review
    44a). A route without a weekday, or a form without one fixed day, says nothing."""
    if periode is None or periode[0] != periode[1] or not partij.via:
        return False
    dagen = {_DAGEN.index(d.lower()) for d in _DAG.findall(partij.via)}
    return bool(dagen) and periode[0].weekday() not in dagen


def eigen_stem(partij: Belanghebbende) -> bool:
    """Does this group need a form where it talks in person: inwoners with a large stake and
    little influence, whose address or meeting place is known?

    Why: a survey lets them tick boxes, but the group the matter is about (the pupils who were
    hit on their school route) must be heard in their own words (review 30)."""
    return (
        partij.soort is SoortBelanghebbende.inwoners
        and partij.belang is Niveau.hoog
        and partij.invloed is Niveau.laag
        and not adres_onbekend(partij)
    )


def in_gesprek(w: Werkvorm) -> bool:
    """Do people talk in person here: a talk on the spot, at home or at a table, or a meeting
    to which people are invited (not a survey, a letter, a website or a vote)?"""
    return Modus.denken in w.modi and (
        w.kanaal is Kanaal.fysiek or (w.bijeenkomst and w.werving is Werving.gericht)
    )


def spreekt_hen(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Is this werkvorm a talk in person that suits this group? Children and young people do
    not come to an open evening with adults (BELANG-DREMPEL): for them the form goes to them,
    is made for them (targeted recruitment), or is held outside on the spot."""
    if not in_gesprek(w):
        return False
    if eigen_kenmerken(partij) & _JEUGD_KENMERKEN:
        return w.werving is Werving.gericht or w.buiten
    return True


def verdeelt_of_neemt_over(w: Werkvorm) -> bool:
    """Do people decide in this werkvorm without talking first (a budget, an agreement on who
    manages), or take over a task under the uitdaagrecht?"""
    return (Modus.besluiten in w.modi and Modus.denken not in w.modi) or (
        WettelijkKader.uitdaagrecht in w.vereist_kader
    )


def kan_voor(w: Werkvorm, partij: Belanghebbende) -> bool:
    """May the design put this werkvorm "for" this party?

    Inwoners with kenmerken the werkvorm does not reach (a panel for people in therapy), or
    who are hard to reach when it does not go to them (a survey for the working poor), are
    not listed for it: they get an outreach form of their own or a named gap."""
    if not bedient(w, partij):
        return False
    if Modus.doen in w.modi and Modus.denken not in w.modi and partij.houding is Houding.tegen:
        # taking over a task (the uitdaagrecht, a maintenance contract) is for those who want
        # to do it, not for the neighbours who oppose the plan
        return False
    if soort_van(partij) is not SoortBelanghebbende.inwoners:
        # deciding on money or taking over a task (a wijkbudget, the uitdaagrecht) is for an
        # organisation only when the matter is its own (a large stake): a school next to the
        # field is asked, it does not share out the buurt's budget
        return not verdeelt_of_neemt_over(w) or partij.belang is Niveau.hoog
    if not partij.kenmerken and partij.bereikbaarheid is not Bereikbaarheid.moeilijk:
        return True
    return bereikt(w, partij)


#: Words that show a point is about children or young people: only then a form made for them
#: (a school project, a drawing session, a youth council) can carry the advice on it.
JEUGD_WOORDEN = re.compile(
    r"\b(?:kind|kinder|speel|spelen|school|leerling|jeugd|jonger|JOP)\w*", re.IGNORECASE
)


#: The time outside school: a point about it ("wat er na schooltijd mag") is about the use by
#: others (the buurt), not by the pupils.
_BUITEN_SCHOOLTIJD = re.compile(r"\b(?:na|buiten)\s+(?:schooltijd|school)\b", re.IGNORECASE)


def over_jeugd(tekst: str) -> bool:
    """Is this text (an open point) about children or young people? Not for the time after
    school, which is about what others do there."""
    return bool(JEUGD_WOORDEN.search(_BUITEN_SCHOOLTIJD.sub(" ", tekst)))


_JEUGD_KENMERKEN = frozenset({Kenmerk.kinderen, Kenmerk.jongeren})


def hun_plek(w: Werkvorm, partijen: list[Belanghebbende]) -> bool:
    """Is the matter the place of the children or young people this form is made for: a group
    of them (or speaking for them, a school or a pupils' council) has a large stake in it?

    Why: children only make the plan together with the designer when the place is theirs (a
    playground, their schoolyard). A point that names the schoolyard as where nobody should
    wait for the night shelter does not make the children's drawings coproduction (review 50:
    'Kinderparticipatie … coproduceren' at a shelter for the homeless)."""
    voor = set(w.alleen_voor or w.bereikt) & _JEUGD_KENMERKEN
    return any(
        p.belang is Niveau.hoog and bool(eigen_kenmerken(p) & voor)
        for p in partijen
        if p.soort is not SoortBelanghebbende.politiek
    )


def voor_jeugd(w: Werkvorm) -> bool:
    """Does this werkvorm reach, of all groups it reaches well, only children or young people
    (a drawing session, a youth council, a choice between designs for the youths whose place
    it is)?"""
    return bool(w.bereikt) and set(w.bereikt) - {Kenmerk.migratieachtergrond} <= _JEUGD_KENMERKEN


def alleen_jeugd(w: Werkvorm) -> bool:
    """Is this werkvorm only for children or young people (a drawing session, a school
    project, a youth council)?"""
    return bool(w.alleen_voor) and set(w.alleen_voor) <= _JEUGD_KENMERKEN


def namen(partijen: list[Belanghebbende]) -> list[str]:
    return [p.naam for p in partijen]


_JEUGD_KIEST = re.compile(r"\b(?:kind|kinder|leerling|scholier|jeugd|jonger)\w*", re.IGNORECASE)
"""Words that show a promise gives the choice to children or young people."""

_JEUGD = frozenset({Kenmerk.kinderen, Kenmerk.jongeren})


def eigen_groep(
    w: Werkvorm, partijen: list[Belanghebbende], toezegging: str | None = None
) -> list[Belanghebbende]:
    """The groups a werkvorm with targeted recruitment is for: those with the kenmerken it is
    made for (the youths who choose their JOP's design), when the case has such groups; else
    all it was given. An open form stays for everyone it reaches.

    A promise that gives the choice to others (the wethouder wrote "als de buurt tot een keuze
    komt") keeps everyone it was given: a form made for children does not narrow a choice the
    gemeente promised the whole street to its children alone."""
    if w.werving is not Werving.gericht or not w.bereikt:
        return partijen
    if toezegging and set(w.bereikt) <= _JEUGD and not _JEUGD_KIEST.search(toezegging):
        return partijen
    eigen = [p for p in partijen if set(p.kenmerken) & set(w.bereikt)]
    return eigen or partijen


def naamdelen(naam: str) -> list[str]:
    """The ways a text may name an organisation: its whole name, the name before a part in
    brackets, and that part ('Welzijn Bramerveen (jongerenwerk)': also 'jongerenwerk')."""
    heel = comparable_name(naam)
    delen = [heel]
    if m := re.fullmatch(r"(.+?)\s*\((.+)\)", heel):
        delen += [m.group(1).strip(), m.group(2).strip()]
    return [d for d in delen if len(d) >= 5]


def noemt(via: str, naam: str) -> bool:
    """Does the route ``via`` run through the organisation ``naam`` (by name)?"""
    tekst = comparable_name(via)
    return any(re.search(rf"\b{re.escape(d)}\b", tekst) for d in naamdelen(naam))


_BEZOEK = re.compile(r"\b(?:huis)?bezoek\w*\s+(?:aan|bij\s+\w+)\s+huis\b|\bhuisbezoek", re.I)
"""A route that is itself a visit at home: 'een bezoek aan huis', 'huisbezoeken'."""


def noemt_werkvorm(w: Werkvorm, via: str) -> bool:
    """Does a route (via) name this werkvorm itself, by its one-word id at the end of a word
    ('de schouw in hun straat', 'de wijkschouw')? Not a hyphenated id, which is no word."""
    if "-" in w.id or len(w.id) < 5:
        return False
    return bevestigd(re.compile(rf"{re.escape(w.id)}\b", re.IGNORECASE), via)


def noemt_lid(via: str, naam: str, gemeente: str) -> bool:
    """Does the route ``via`` run through the organisation ``naam``, also when it leaves out
    the gemeente's name ('de LTO-afdeling' for 'LTO-afdeling Oldenmarke')?"""
    if noemt(via, naam):
        return True
    kort = re.sub(rf"\s+{re.escape(gemeente)}$", "", naam.strip()) if gemeente else naam
    return kort != naam.strip() and noemt(via, kort)


def eigen_publiek(
    partijen: list[Belanghebbende],
    w: Werkvorm,
    door: str | None,
    besloten: bool = True,
    gemeente: str = "",
    onderwerp: bool = False,
) -> list[Belanghebbende]:
    """The groups a werkvorm of the case itself is meant for, as the case says it: the groups
    whose own route (via) runs through it, and for a party's own meeting that party. Empty when
    the case does not say; the design then chooses the groups as for any werkvorm. A route
    counts for a form at home only when it is itself a visit at home.

    Why: the case's own form keeps its audience. The monument adviser's visit is for the owners
    whose route is 'a letter and then a visit at home', not for the tenants and all inhabitants;
    the youth worker's walk is for the young people reached via the youth work (review 45a).
    A party's own members' meeting reaches its members only (the party, and the groups whose
    route runs through it), not the neighbours, the dorpsraden or the young people around
    (review 47a: an LTO ledenavond 'for' neighbours, dorpsraden and young people).
    ``onderwerp``: the case gives the form a subject (its ``voor`` names no people)."""
    if w.alle_kanten or w.alle_partijen:
        return []  # a form that brings every side together keeps them all
    organisatie = uitvoerder(partijen, door)
    # a body that meets (a dorpsraad, a vereniging) asked the gemeente to its own meeting
    eigen_vergadering = (
        organisatie is not None and w.groepen is Groepen.georganiseerd and vergadert(organisatie)
    )
    # an organisation holding such a meeting itself, with groups the case reaches through it:
    # its members' evening, for it and them (review 47a: an LTO ledenavond)
    leden_avond = (
        organisatie is not None
        and not eigen_vergadering
        and w.groepen is Groepen.georganiseerd
        and organisatie.soort is SoortBelanghebbende.maatschappelijke_organisatie
    )
    uit: list[Belanghebbende] = []
    for p in partijen:
        if p is organisatie:
            if eigen_vergadering or leden_avond:
                uit.append(p)  # its own meeting is for its own members
            continue
        if p.soort is SoortBelanghebbende.politiek or not p.via:
            continue
        if organisatie is not None and noemt_lid(p.via, organisatie.naam, gemeente):
            uit.append(p)
        elif onderwerp and (organisatie is None or besloten) and noemt_werkvorm(w, p.via):
            # the case gives the form a subject and no people, and a group's route names this
            # very form ('de schouw in hun straat'): the case meant it for them (review 58: the
            # college's schouw for the indeling went to the neighbours without a strip, not to
            # the owners whose route is that schouw). A form without a subject of its own is
            # only one of the routes to that group, not a form for it alone.
            uit.append(p)
        elif (organisatie is None or besloten) and w.adres_nodig and _BEZOEK.search(p.via):
            # a visit at home is for the households whose route is a visit at home (not one
            # another party only proposes: the gemeente visits them); the route
            # words of the catalogue (the wijkverpleging, a mosque) say where a form can reach
            # a group, not whom the case meant it for
            uit.append(p)
    if leden_avond and uit == [organisatie]:
        return []  # the case names none of its members: the design chooses as for any form
    return uit


_GEEN_NAAMWOORD = frozenset({"inwoners", "bewoners", "mensen", "groep", "groepen", "leden"})

_GEEN_KOP = frozenset({"andere", "overige", "alle", "enkele", "sommige", "diverse"})
"""Words at the start of a name that say which of a kind, not who ('Andere welzijnsorganisaties
die kunnen inschrijven'): the head is the word after them."""


_LIJST = re.compile(r",\s*|\s+(?:en|of)\s+")
"""Where a list of parties splits: 'a, b en c'."""


def _naamwoorden(p: Belanghebbende) -> list[str]:
    """The telling words of a group's name, lower case; an acronym is a telling word however
    short ('de ondernemers van de BIZ')."""
    return [
        w.casefold()
        for w in re.findall(r"\w+", p.naam)
        if (len(w) >= 4 or (len(w) >= 3 and w.isupper())) and w.casefold() not in _GEEN_NAAMWOORD
    ]


def _kop(p: Belanghebbende) -> str:
    """The head of a group's name: its first telling word that says who they are."""
    return next((w for w in _naamwoorden(p) if w not in _GEEN_KOP), "")


def _alleen_kop(p: Belanghebbende) -> bool:
    """Does the name say nothing besides its head and proper names ('Moslims in Lindenoord')?"""
    kop = _kop(p)
    woorden = re.findall(r"\w+", p.naam)
    return bool(kop) and all(
        w.casefold() == kop or (i > 0 and w[0].isupper()) or w.casefold() not in _naamwoorden(p)
        for i, w in enumerate(woorden)
    )


def _kop_in(p: Belanghebbende, woorden: list[str]) -> bool:
    kop = _kop(p)
    return bool(kop) and any(t.startswith(kop[: max(4, len(kop) - 2)]) for t in woorden)


def noemt_mensen(partijen: list[Belanghebbende], tekst: str) -> bool:
    """Does the ``voor`` of a werkvorm of the case name people, by the head of a group's name
    ('een jury van tien jongeren'), rather than a subject ('het stationsplein')? Then it says
    whom the werkvorm is for, also when it names no single group."""
    woorden = re.findall(r"\w+", tekst.casefold())
    return any(_kop_in(p, woorden) for p in partijen if p.soort is not SoortBelanghebbende.politiek)


def genoemde_groep(partijen: list[Belanghebbende], tekst: str) -> list[Belanghebbende]:
    """The groups the case names as the audience of its own werkvorm (``voor``): those named in
    full; else the group whose number the text gives; else the group with the most telling
    words of its name in the text, and of those the one whose name says least besides (then the
    smallest).

    Why: review 47b: the mosques' kitchen-table talks for the 85 families with a grave in vak G
    went to the 2,300 nabestaanden with a grave on the same cemetery."""
    kandidaten = [p for p in partijen if p.soort is not SoortBelanghebbende.politiek]
    heel = [p for p in kandidaten if noemt(tekst, p.naam)]
    if heel:
        return heel
    if "," in tekst:
        # a list of parties ('de veertien comités, de brandweer en de gemeente'): each part
        # names its own party (review 52a: the comités' table went to everyone but one group)
        uit: list[Belanghebbende] = []
        for deel_ in _LIJST.split(tekst):
            for p in genoemde_groep(kandidaten, deel_) if deel_.strip() else []:
                if p not in uit:
                    uit.append(p)
        if len(uit) > 1:
            return uit
    getallen = {int(g) for g in re.findall(r"\d+", tekst.replace(".", ""))}
    op_aantal = [p for p in kandidaten if p.aantal is not None and p.aantal in getallen]
    if op_aantal:
        return op_aantal
    woorden = re.findall(r"\w+", tekst.casefold())

    naam = _naamwoorden

    def score(p: Belanghebbende) -> int:
        return sum(any(t.startswith(w[: max(4, len(w) - 2)]) for t in woorden) for w in naam(p))

    # the head of a name, the word that says who they are ('Ouders van jongeren': ouders), is
    # in the text: a group that only shares a word further on is not named (review 54a: a
    # jury of young people went to 'Ouders van jongeren')
    kandidaten = [p for p in kandidaten if not _kop(p) or _kop_in(p, woorden)]
    beste = max((score(p) for p in kandidaten), default=0)
    if beste == 0:
        return []
    if beste == 1 and sum(score(p) == 1 and bool(naam(p)) for p in kandidaten) > 1:
        # each named by the head of its name only: a head that one group has names that
        # group ('omwonenden en reizigers'); a head several groups share ('een jury van tien
        # jongeren') names the kind, not one of them, and not the smallest one by chance
        # (a group whose name is only that head and a place, 'Moslims in Lindenoord', is the
        # kind itself)
        koppen = [_kop(p) for p in kandidaten if score(p) == 1]
        return [
            p
            for p in kandidaten
            if score(p) == 1 and (koppen.count(_kop(p)) == 1 or _alleen_kop(p))
        ]
    # of the names with the most words in the text, the one closest to it, then the smallest
    return [
        min(
            (p for p in kandidaten if score(p) == beste),
            key=lambda p: (len(naam(p)) - beste, p.aantal if p.aantal is not None else 10**9),
        )
    ]


def uitvoerder(partijen: list[Belanghebbende], door: str | None) -> Belanghebbende | None:
    """The party of the case that runs a werkvorm of the case itself (its ``door``): an
    organisation or group, not the gemeente, the raad or another government body."""
    return next(
        (
            p
            for p in partijen
            if door
            and comparable_name(p.naam) == comparable_name(door)
            and p.soort not in (SoortBelanghebbende.politiek, SoortBelanghebbende.overheid)
        ),
        None,
    )


def eigen_bijeenkomst_van(
    partijen: list[Belanghebbende], werkvormen: list[GenoemdeWerkvorm], w: Werkvorm
) -> Belanghebbende | None:
    """The party whose own meeting the werkvorm ``w`` is: a form of the case that meets
    organised groups at their own gathering (``groepen: georganiseerd``: a visit to a meeting,
    a members' evening) and that a party of the case runs itself (its ``door``). None when the
    case names no such form.

    Why: a party's own meeting is for its own members. The gemeente does not seat other groups
    in it; they get their own form (review 50: young people 'in' the ondernemersvereniging's
    annual meeting because their route names a football club)."""
    if w.groepen is not Groepen.georganiseerd:
        return None
    for g in werkvormen:
        if g.id == w.id and (partij := uitvoerder(partijen, g.door)) is not None:
            return partij
    return None


def hoort_bij(partij: Belanghebbende, eigenaar: Belanghebbende, gemeente: str = "") -> bool:
    """Does this group belong in ``eigenaar``'s own meeting: it is that party, or its own route
    (via) runs through it ('via de ledenavond van de LTO-afdeling'), and its name does not put
    it outside that party (:func:`buiten_kring`)?"""
    return partij.naam == eigenaar.naam or bool(
        partij.via
        and noemt_lid(partij.via, eigenaar.naam, gemeente)
        and not buiten_kring(partij, eigenaar, gemeente)
    )


_NIET_VAN = re.compile(r"\b(?:buiten|niet|geen|zonder)\b(.*)$", re.IGNORECASE)
"""The part of a group's name after a word that puts it outside something: 'Kleine
ondernemers buiten de kring van de BIZ', 'Boeren die geen lid zijn van de LTO'."""

_GEEN_KENWOORD = frozenset(
    {"stichting", "vereniging", "afdeling", "de", "het", "een", "van", "en", "voor", "in", "aan"}
)


def buiten_kring(partij: Belanghebbende, eigenaar: Belanghebbende, gemeente: str = "") -> bool:
    """Is this group named for standing outside ``eigenaar`` ('buiten de kring van de BIZ',
    'niet bij de moskee', 'geen lid van de vereniging'): a word of its name after 'buiten',
    'niet', 'geen' or 'zonder' is a telling word of that party's name (not the gemeente's)?

    Why: a group that does not come to a body's meetings is not reached at that body's own
    meeting (review 51a: the BIZ's evening 'for' the small shops that seldom come to it)."""
    if partij.naam == eigenaar.naam or not (m := _NIET_VAN.search(partij.naam)):
        return False
    rest = set(re.findall(r"\w+", m.group(1).casefold()))
    kenwoorden = {
        w
        for w in re.findall(r"\w+", eigenaar.naam.casefold())
        if len(w) >= 3 and w not in _GEEN_KENWOORD and w != gemeente.casefold()
    }
    return bool(rest & kenwoorden)


_BUITEN = re.compile(
    r"\b(?:niet|nergens|nooit)\s+(?:bij|in|naar|lid)\b|\bgeen\s+lid\b"
    r"|\bbuiten\s+(?:de|het|een)\s+(?:\w+\s+)?(?:club|vereniging|kerk|moskee|organisatie)\w*",
    re.IGNORECASE,
)
"""A group named for not belonging: 'Moslims die niet bij een moskee horen', 'Inwoners die
geen lid zijn', 'Jongeren die buiten de clubs sporten'."""


def niet_via(
    partij: Belanghebbende, organisatie: Belanghebbende, w: Werkvorm, besloten: bool = True
) -> bool:
    """Is a werkvorm that another party runs no route to this group of inwoners: its own
    closed gathering (not open to all) for a group named for not belonging to such a body, or
    talks at home it only proposes (not ``besloten``) for a group the case visits at home ('een
    bezoek aan huis'), unless the group's route (via) names that party?

    Why: the group defined by not coming to the mosque is not reached at the mosques' own
    meeting, and the neighbours of the plan are visited by the gemeente, which decides on
    their point, not by the initiator (review 46a: Lindenoord). An open form of the party (a
    buurtmiddag) stays open to them."""
    if partij is organisatie:
        return False
    if w.werving is not Werving.open and buiten_kring(partij, organisatie):
        return True
    if partij.soort is not SoortBelanghebbende.inwoners:
        return False
    if partij.via and noemt(partij.via, organisatie.naam):
        return False
    if _BUITEN.search(partij.naam) and w.werving is not Werving.open:
        return True
    return not besloten and w.adres_nodig and bool(partij.via and _BEZOEK.search(partij.via))

"""Belanghebbenden: Mendelow quadrant, krachtenveld (houding) and inclusion."""

from __future__ import annotations

import re
from typing import NamedTuple

from pionieren.analysis.facts import (
    Feiten,
    ander_bestuur,
    bestuurder,
    bevinding,
    hoog_of_middel,
    meervoud,
    moeilijk_bereikbaar,
    naam_meervoud,
    samen_meervoud,
    zorgthema,
)
from pionieren.analysis.ontkenning import (
    bevestigd,
    eigen_tekst,
    geen_schoolhek,
    geen_werkgever,
    ontkend,
)
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import (
    BelanghebbendeAdvies,
    Bevinding,
    Ernst,
    Kwadrant,
    deel,
)
from pionieren.input.hints import ontbrekende_plekken
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import (
    Bereikbaarheid,
    Houding,
    Initiatiefnemer,
    Kenmerk,
    Niveau,
    SoortBelanghebbende,
    Trede,
)


@regel(
    "BELANG-KWADRANT",
    Thema.belanghebbenden,
    "Invloed en belang (Mendelow)",
    """Elke belanghebbende krijgt een plek op invloed × belang: sleutelspeler (veel invloed, groot
    belang), tevreden houden (veel invloed, klein belang), actief betrekken (weinig invloed, groot
    belang: de groep om wie het vaak gaat, en die niet vanzelf aan tafel zit) en monitoren. 'Middel' telt bij belang als hoog: wie echt geraakt wordt, hoort
    betrokken te worden. 'Middel' telt bij invloed als laag: macht alleen geeft geen extra plek
    aan tafel, met één uitzondering: wie tegen is en middelgrote invloed heeft met een groot
    belang, is een sleutelspeler (een actiegroep die het proces kan stilleggen). Wie een groot of
    middelgroot belang heeft, krijgt de geadviseerde trede; wie vooral invloed heeft, wordt
    geraadpleegd; de rest wordt geïnformeerd.""",
    ["mendelow-matrix", "kcbr-krachtenveld", "ombudsman-inspraak-2009"],
)
def kwadrant(partij: Belanghebbende) -> Kwadrant:
    groot_belang = hoog_of_middel(partij.belang)
    veel_invloed = partij.invloed is Niveau.hoog or (
        partij.invloed is Niveau.middel
        and partij.houding is Houding.tegen
        and partij.belang is Niveau.hoog
    )
    if veel_invloed and groot_belang:
        return Kwadrant.sleutelspeler
    if veel_invloed:
        return Kwadrant.tevreden_houden
    if groot_belang:
        return Kwadrant.op_de_hoogte_houden
    return Kwadrant.monitoren


#: Parties that are met as one of a kind, never as rivals for a point: the raad, authorities
#: and formal advisory councils have roles of their own.
_GEEN_TEGENSPELER = (
    SoortBelanghebbende.politiek,
    SoortBelanghebbende.overheid,
    SoortBelanghebbende.adviesorgaan,
)
_RANG_KWADRANT = {
    Kwadrant.sleutelspeler: 3,
    Kwadrant.tevreden_houden: 2,
    Kwadrant.op_de_hoogte_houden: 1,
    Kwadrant.monitoren: 0,
}


@regel(
    "BELANG-GELIJK",
    Thema.belanghebbenden,
    "Partijen die tegenover elkaar staan, gelijk behandelen",
    """Gaat een open punt over een keuze (wat de ene partij wint, verliest de andere) en staan
    daar partijen van dezelfde soort met een groot belang tegenover elkaar, dan behandelt de
    gemeente hen gelijk. Dat geldt voor twee of meer initiatiefnemers (aanvragers) van dezelfde
    soort, en, als de gemeente alleen advies geeft aan een ander orgaan (procedure advies), ook
    voor een partij die voor en een die tegen is: de gemeente adviseert dan onpartijdig. Gelijk:
    elk krijgt dezelfde plek op de kaart, hetzelfde soort gesprek en de kans te reageren op wat
    de ander zegt (hoor en wederhoor). Een partij die tegen is, krijgt dus niet als enige een
    eigen gesprek. Fracties, overheden en adviesraden tellen niet mee: zij hebben een eigen
    rol.""",
    ["ombudsman-inspraak-2009", "kcbr-krachtenveld"],
)
def gelijke_partijen(f: Feiten) -> list[list[str]]:
    """Groups of two or more parties that stand against each other on a choice: same soort,
    a high stake, and opposite positions (voor and tegen) or both the initiator; [] when the
    case has no open point that is a choice."""
    from pionieren.analysis.level import is_keuze

    v = f.vraagstuk
    if not any(is_keuze(p) for p in v.kaders.open):
        return []
    per_soort: dict[SoortBelanghebbende, list[Belanghebbende]] = {}
    for p in v.belanghebbenden:
        if p.soort in _GEEN_TEGENSPELER or p.belang is not Niveau.hoog:
            continue
        if p.houding in (Houding.voor, Houding.tegen) or p.initiatiefnemer:
            per_soort.setdefault(p.soort, []).append(p)
    groepen = []
    for leden in per_soort.values():
        houdingen = {p.houding for p in leden}
        # opposite positions count where the gemeente only advises on them, as an impartial
        # adviser between applicants; where it decides itself, for and against are sides of
        # its own weighing (BELANG-KRACHTENVELD), not rivals for one and the same thing
        tegenover = f.advies and {Houding.voor, Houding.tegen} <= houdingen
        aanvragers = sum(p.initiatiefnemer for p in leden) >= 2
        if len(leden) >= 2 and (tegenover or aanvragers):
            groepen.append([p.naam for p in leden])
    return groepen


def gelijk_kwadrant(f: Feiten) -> dict[str, Kwadrant]:
    """Per party in a group of :func:`gelijke_partijen`: the highest quadrant in its group, so
    that rivals get the same place on the map (and the same conversation)."""
    partijen = {p.naam: p for p in f.vraagstuk.belanghebbenden}
    uit: dict[str, Kwadrant] = {}
    for groep in gelijke_partijen(f):
        hoogste = max((kwadrant(partijen[n]) for n in groep), key=_RANG_KWADRANT.__getitem__)
        uit.update(dict.fromkeys(groep, hoogste))
    return uit


def trede_voor(soort: Kwadrant, advies: Trede) -> Trede:
    if soort in (Kwadrant.sleutelspeler, Kwadrant.op_de_hoogte_houden):
        return advies
    if soort is Kwadrant.tevreden_houden:
        return min(advies, Trede.raadplegen, key=lambda t: t.rang)
    return Trede.informeren


@regel(
    "BELANG-KRACHTENVELD",
    Thema.belanghebbenden,
    "Houding van invloedrijke partijen",
    """Een partij met invloed die tegen is, verdient vroeg een direct gesprek, liefst met een
    onafhankelijke gespreksleider: niet pas op de inloopavond. Van een invloedrijke partij met
    een onbekende houding moet de gemeente eerst de houding verkennen. Een partij die voor is,
    kan helpen anderen te bereiken.""",
    ["communicatiekompas-macht", "kcbr-krachtenveld", "nspoh-krachtenveld"],
)
def krachtenveld(f: Feiten) -> list[Bevinding]:
    uit = []
    tegen_partijen = [
        p
        for p in f.vraagstuk.belanghebbenden
        if p.houding is Houding.tegen
        and hoog_of_middel(p.invloed)
        and p.soort is not SoortBelanghebbende.politiek
        # a candidate in the gemeente's sale gets what every candidate gets (rule WET-DIDAM)
        and not gegadigde_bij_verkoop(f, p)
    ]
    onbekend_partijen = [
        p
        for p in f.vraagstuk.belanghebbenden
        if p.houding is Houding.onbekend and p.invloed is Niveau.hoog
    ]
    tegen = [p.naam for p in tegen_partijen]
    onbekend = [p.naam for p in onbekend_partijen]
    veel = samen_meervoud(tegen_partijen)
    # the rivals of an opponent on the same choice are spoken with in the same way
    gelijk = [
        n
        for groep in gelijke_partijen(f)
        if set(groep) & set(tegen)
        for n in groep
        if n not in tegen
    ]
    if tegen:
        uit.append(
            bevinding(
                "BELANG-KRACHTENVELD",
                Ernst.waarschuwing,
                "BELANG-KRACHTENVELD.tegen",
                namen=tegen,
                meervoud=veel,
                gelijk=gelijk,
            )
        )
    if onbekend:
        uit.append(
            bevinding(
                "BELANG-KRACHTENVELD",
                Ernst.let_op,
                "BELANG-KRACHTENVELD.onbekend",
                namen=onbekend,
                meervoud=samen_meervoud(onbekend_partijen),
            )
        )
    return uit


@regel(
    "BELANG-INCLUSIE",
    Thema.belanghebbenden,
    "Moeilijk bereikbare groepen met een echt belang",
    """Groepen met kenmerken als laaggeletterdheid, een migratieachtergrond, een beperking, of
    die moeilijk bereikbaar zijn, doen niet vanzelf mee. Hebben zij een echt belang (middel of
    hoog), dan moet de mix een werkvorm bevatten die hen bereikt: naar hen toe gaan, op een
    vertrouwde plek, langs de weg die het vraagstuk noemt (via). Noemt het vraagstuk geen weg,
    dan vraagt pionieren wie zij vertrouwen, in plaats van een lege formule.""",
    ["movisie-moeilijk-bereikbaar", "pharos-bereiken", "loketgezondleven-jongeren"],
)
def inclusie(f: Feiten) -> list[Bevinding]:
    # a group without a known route is named, more concretely, by BELANG-ROUTE
    namen = [partij.naam for partij in f.inclusiegroepen if not zonder_route(partij)]
    if not namen:
        return []
    return [bevinding("BELANG-INCLUSIE", Ernst.let_op, namen=namen)]


_WANTROUWEN = re.compile(
    r"\bwantrouw\w*"
    r"|\bvertrouwen\b[^.;:]{0,50}\b(?:niet meer|kwijt|geschaad|beschadigd|verloren|weg)\b"
    r"|\bteleurgesteld\w*|\bteleurstelling\w*"
    r"|\bgebroken\s+(?:belofte|beloftes|beloften|toezeggingen)\b"
    r"|\b(?:eerdere?|vorige)\s+(?:plannen|beloften|beloftes|toezeggingen|processen|trajecten)\b"
    r"[^.;]{0,100}\b(?:ingetrokken|niet nagekomen|mislukt|gestrand|afgeblazen|in de la)",
    re.IGNORECASE,
)
#: Distrust or disappointment alone ('wantrouwt de berekeningen') names no earlier
#: experience: only with words for an earlier process or a time before, or with the field
#: voorgeschiedenis, does the report ask the gemeente to say first what went wrong then
#: (review 51a: a dijk whose calculations residents distrust, nothing had gone wrong before).
_ALLEEN = re.compile(r"\bwantrouw\w*|\bteleurgesteld\w*|\bteleurstelling\w*", re.IGNORECASE)
_EERDER = re.compile(
    r"\beerder\w*|\bvorige?\b|\bdestijds\b|\btoen\b|\bvroeger\b|\bopnieuw\b|\bsindsdien\b"
    r"|\bin (?:19|20)\d\d\b|\bna (?:het|de) (?:vorige|eerste|mislukte)\b",
    re.IGNORECASE,
)
#: A party disappointed about what it loses now ('het wijkplatform is teleurgesteld dat het
#: zijn rol kwijtraakt') is a party against the plan, not distrust after earlier experiences
#: (review 41a: the report had the gemeente publicly 'erkennen wat misging').
_VERLIES = re.compile(
    r"\bteleurgesteld\w*\s+(?:dat|over|omdat)\b[^.;]{0,80}"
    r"\b(?:kwijtraakt|kwijt\s+raakt|verliest|kwijtraken|verliezen|inlevert|inleveren|niet\s+meer\s+mag)\b",
    re.IGNORECASE,
)
#: People who said the outcome was fixed before they were asked: the risk of sham
#: participation ('velen zeiden dat het ontwerp al klaar leek'; review 41a).
_AL_KLAAR = re.compile(
    r"\b(?:al|allang|toch\s+al)\s+(?:klaar|rond|besloten|beslist|vast)\s+(?:leek|leken|lijkt|lijken|was|waren|is|stond|stonden)\b"
    r"|\b(?:leek|leken|lijkt|lijken)\s+(?:al|allang)\s+(?:klaar|rond|besloten|beslist|vast\s+te\s+liggen)\b"
    r"|\bschijn(?:participatie|inspraak)\b",
    re.IGNORECASE,
)


@regel(
    "BELANG-VERTROUWEN",
    Thema.belanghebbenden,
    "Wantrouwen door eerdere ervaringen",
    """Noemt het vraagstuk wantrouwen of teleurstelling na eerdere plannen of beloften, dan
    werkt een nieuwe uitnodiging pas als de gemeente eerst erkent wat er misging en wat nu anders
    is. pionieren zegt dan: begin met dat gesprek, beloof alleen wat zeker is en doe wat u
    belooft, laat snel iets zichtbaars gebeuren, en laat een onafhankelijke partij het proces
    begeleiden. Zeggen mensen dat alles al klaar leek, dan is het risico schijnparticipatie:
    zeg dan bij elke uitnodiging wat nog open is en wat vastligt, en laat na elke ronde zien wat
    de inbreng veranderde. Teleurstelling van een partij over wat zij nu verliest (een rol, een
    plek) is geen wantrouwen door eerdere ervaringen: die partij is tegen het plan. Noemt de
    tekst alleen wantrouwen of teleurstelling, zonder een eerder proces of een tijd ervoor (en
    zonder voorgeschiedenis), dan vraagt pionieren niet te zeggen wat er toen misging, maar te
    laten zien waarop de keuzes rusten.""",
    ["ombudsman-inspraak-2009"],
)
def vertrouwen(f: Feiten) -> list[Bevinding]:
    v = f.vraagstuk
    teksten = (v.omschrijving, v.aanleiding or "", *v.kaders.vast)
    for tekst in teksten:
        m = _AL_KLAAR.search(tekst)
        if m is not None:
            return [
                bevinding(
                    "BELANG-VERTROUWEN",
                    Ernst.waarschuwing,
                    "BELANG-VERTROUWEN.al_klaar",
                    woord=m.group(0),
                )
            ]
    for tekst in teksten:
        m = next(
            (m for m in _WANTROUWEN.finditer(tekst) if not _VERLIES.match(tekst, m.start())),
            None,
        )
        if m is not None:
            eerder = (
                not _ALLEEN.fullmatch(m.group(0))
                or v.voorgeschiedenis is not None
                or any(_EERDER.search(z) for z in _zinnen_met(tekst, m.start(), m.end()))
            )
            return [
                bevinding(
                    "BELANG-VERTROUWEN",
                    Ernst.waarschuwing,
                    None if eerder else "BELANG-VERTROUWEN.nu",
                    # no source carries repairing trust after a broken promise in these words
                    bronnen=[],
                    woord=m.group(0),
                )
            ]
    return []


def _zinnen_met(tekst: str, begin: int, eind: int) -> list[str]:
    """The sentence that holds text[begin:eind], and the one before it."""
    start = max(tekst.rfind(".", 0, begin), tekst.rfind(";", 0, begin))
    vorige = max(tekst.rfind(".", 0, max(start, 0)), tekst.rfind(";", 0, max(start, 0)))
    stop = min((i for i in (tekst.find(".", eind), tekst.find(";", eind)) if i >= 0), default=-1)
    return [tekst[vorige + 1 : start + 1], tekst[start + 1 : stop if stop >= 0 else None]]


@regel(
    "BELANG-KAART",
    Thema.belanghebbenden,
    "Is de kaart van belanghebbenden compleet?",
    """Een goede krachtenveldanalyse telt ongeveer 8 tot 22 partijen. Minder dan 5 is vaak te
    smal; meer dan 22 vraagt om fasering. En bijna elk vraagstuk raakt inwoners: een kaart zonder
    inwoners mist de belangrijkste groep.""",
    ["nspoh-krachtenveld", "involve-planning"],
)
def kaart(f: Feiten) -> list[Bevinding]:
    uit = []
    partijen = f.vraagstuk.belanghebbenden
    if not f.inwoners:
        uit.append(bevinding("BELANG-KAART", Ernst.waarschuwing, "BELANG-KAART.geen_inwoners"))
    if len(partijen) < 5:
        uit.append(
            bevinding("BELANG-KAART", Ernst.let_op, "BELANG-KAART.smal", aantal=len(partijen))
        )
    elif len(partijen) > 22:
        uit.append(
            bevinding("BELANG-KAART", Ernst.let_op, "BELANG-KAART.breed", aantal=len(partijen))
        )
    return uit


_AFHANKELIJK = re.compile(
    r"\b(?:werkgevers?|uitzendbureaus?|uitzenders?|verhuurders?|huisbaas|huisbazen|"
    r"(?:hun|zijn|haar) baas)\b|\bwaar (?:zij|ze|hij|zij nu) werken\b",
    re.IGNORECASE,
)
"""Words in a route that name a party the group depends on for work or a home."""

_KOP_EINDE = re.compile(r"[\s,(]")


def _kop(naam: str) -> str:
    """The first word of a name, without a plural ending: 'tuinbouwbedrijv' for
    'Tuinbouwbedrijven rond Velderen', so that 'de tuinbouwbedrijven waar zij werken' and
    'het tuinbouwbedrijf' both name it."""
    kop = _KOP_EINDE.split(naam.strip(), maxsplit=1)[0].lower()
    for einde in ("en", "s"):
        if kop.endswith(einde) and len(kop) - len(einde) >= 5:
            return kop[: -len(einde)]
    return kop


def namen_meervoud(f: Feiten, namen: list[str]) -> bool:
    """Do these names, as one subject, take a plural verb? Two or more do; one does when its
    stakeholder (or, for a name in free text, its wording) is plural. 'Die heeft zelf belang'
    for 'Waterschap Waal en Linge' (review 51b: 'Die hebben')."""
    if len(namen) != 1:
        return len(namen) > 1
    return next(
        (meervoud(p) for p in f.vraagstuk.belanghebbenden if p.naam == namen[0]),
        naam_meervoud(namen[0]),
    )


def _zelfde_soort(woord: str, naam: str) -> bool:
    """Does the group's own name carry the word of the party it would depend on ('verhuurders'
    in 'Particuliere verhuurders'), so that the group is that party itself? A name that is
    about the relation ('Huurders van particuliere verhuurders') is not."""
    stam = woord.lower().rstrip("s")
    if stam.startswith(("hun ", "zijn ", "haar ", "waar ")) or len(stam) < 5:
        return False
    eerste = re.split(r"\s+(?:van|bij|met|in|uit|die|zonder)\s+", naam.lower(), maxsplit=1)[0]
    return stam in eerste


_WEG_DELEN = re.compile(r",\s*|;\s*|\s+en\s+(?=(?:de|het|hun|via)\s)", re.IGNORECASE)
"""Where a route (``via``) splits into its parts: commas, and 'en' before a new noun phrase
('... in de Sint-Jozefkerk en de uitzendbureaus'), not inside one ('een Poolse en een Roemeense
sleutelfiguur')."""


_ONAFHANKELIJK = re.compile(
    r"sleutel(?:figu|perso)\w*|zelforganisatie\w*|kerk\w*|moskee\w*|\w*mis\b|tempel\w*|"
    r"synago\w*|gemeenschap\w*|vereniging\w*|vakbond\w*|steunpunt\w*|buurtwerk\w*|"
    r"welzijn\w*|taalcaf\w*|bibliothe\w*|huurteam\w*|wijkteam\w*|sociaal team|"
    r"jongerenraad\w*|jongerenwerk\w*|buurtcentrum\w*|buurthuis\w*|ervaringsdeskundig\w*",
    re.IGNORECASE,
)
"""A part of a route that is an independent route by its kind: a community, a self-organisation,
a key person, a neighbourhood or welfare worker. An employer's canteen, 'de fruittelers' or 'met
een folder' are not."""


def andere_wegen(partij: Belanghebbende, partijen: list[str]) -> list[str]:
    """The parts of the group's own route that do not run via a party with a stake: the
    independent routes the case already names. Why: review 62c, 'Zoek een onafhankelijke weg
    erbij: een zelforganisatie, sleutelpersonen, een kerk of moskee' for seasonal workers whose
    route already named two sleutelfiguren and the Polish mass next to the uitzendbureaus."""
    koppen = [_kop(q).lower() for q in partijen if len(_kop(q)) >= 5]
    uit = []
    for stuk in _WEG_DELEN.split(partij.via or ""):
        stuk = stuk.strip().rstrip(".")
        stuk = re.sub(r"^(?:en|of|samen met|ook)\s+", "", stuk, flags=re.IGNORECASE)
        if not stuk or _AFHANKELIJK.search(stuk) or any(k in stuk.lower() for k in koppen):
            continue
        if _ONAFHANKELIJK.search(stuk) and not re.match(r"(?:met|zonder|in|na|op)\s", stuk):
            uit.append(stuk)
    return uit


def afhankelijk_van(f: Feiten, partij: Belanghebbende) -> list[str]:
    """The parties in this group's route (``via``) that have a stake in the outcome or on whom
    the group depends: the initiator, a business that is for the plan, or an employer or
    landlord the route names in words. Only what the case makes certain: the route names the
    party (by the first word of its name) or the word itself, and not with a negation in the
    same clause ('niet via de werkgever, wel via de kerk' does not run via the employer)."""
    if not partij.via:
        return []
    uit: list[str] = []
    for q in f.vraagstuk.belanghebbenden:
        if q is partij:
            continue
        belang = q.initiatiefnemer or (
            q.soort is SoortBelanghebbende.ondernemers and q.houding is Houding.voor
        )
        kop = _kop(q.naam)
        if (
            belang
            and len(kop) >= 5
            and bevestigd(re.compile(rf"\b{re.escape(kop)}\w*", re.I), partij.via)
        ):
            uit.append(q.naam)
    if uit:
        return uit  # the parties by name say more than the words
    for m in _AFHANKELIJK.finditer(partij.via):
        if ontkend(partij.via, m.start()):
            continue  # 'niet via de werkgever': the case rules that route out
        if _zelfde_soort(m.group(0), partij.naam):
            # the group is of that kind itself: 'Particuliere verhuurders' reached 'via de drie
            # grote verhuurders direct' depend on no one (review 62c: 'die naar particuliere
            # verhuurders via hun verhuurders. Die hebben zelf belang')
            continue
        woord = m.group(0).lower()
        woord = "hun werkgever" if woord.startswith("waar ") else woord
        woord = woord if woord.startswith(("hun ", "zijn ", "haar ")) else f"hun {woord}"
        if woord not in uit:
            uit.append(woord)
    return uit


_GELOOFSGROEP = re.compile(
    r"\bkerk\w*|\w+kerk\b|moskee\w*|\bmoslim\w*|\bislam\w*|christen\w*|gelovig\w*|"
    r"parochi\w*|geloof\w*|synago\w*|\bjood\w*|\bjoodse\b|hindoe\w*|tempel\w*|gebed\w*",
    re.IGNORECASE,
)
"""Words in a group's name or route that point to a religious community."""

_GEEN_GELOOFSGROEP = re.compile(
    r"\bniet\s+(?:bij|naar|in)\s+(?:een|de|hun)\s+(?:kerk|moskee|geloofsgemeenschap)",
    re.IGNORECASE,
)
"""A group named for not belonging to one ('die niet bij een moskee horen')."""


def geloofsgemeenschap(partij: Belanghebbende) -> bool:
    """Does the group's name or route point to a religious community, so that a church or a
    mosque is a route to it? Not by default for migrants or seasonal workers (review 47a:
    'een kerk of moskee' for Eastern European seasonal workers), and not for a group named
    for not belonging to one."""
    tekst = f"{partij.naam} {partij.via or ''}"
    return bool(_GELOOFSGROEP.search(tekst)) and not _GEEN_GELOOFSGROEP.search(tekst)


@regel(
    "BELANG-AFHANKELIJK",
    Thema.belanghebbenden,
    "Niet alleen via wie belang heeft of over hen gaat",
    """Loopt de weg naar een moeilijk bereikbare groep via een partij met belang bij de uitkomst
    (de initiatiefnemer, een bedrijf dat voor het plan is) of via een partij van wie de groep
    afhankelijk is (de werkgever, het uitzendbureau, de verhuurder of huisbaas), dan zeggen
    mensen daar niet vrijuit wat zij denken. pionieren vraagt dan een onafhankelijke weg erbij
    (een zelforganisatie, sleutelpersonen, en een kerk of moskee alleen als naam of weg van de
    groep naar een geloofsgemeenschap wijst) en een onafhankelijke gespreksleider. Noemt de weg
    zelf ook een onafhankelijke route (een sleutelfiguur, een kerkdienst, een steunpunt, het
    buurtwerk), dan zegt pionieren: gebruik vooral die. Een groep die zelf zo'n partij is
    (verhuurders die u via verhuurders bereikt), is niet afhankelijk. Is een ondernemer de initiatiefnemer, dan bereikt de gemeente die groep
    zelf. pionieren ziet zo'n partij alleen als de weg (via) haar noemt: met de eerste woorden
    van haar naam, of met een woord als werkgever of verhuurder.""",
    ["pharos-bereiken", "movisie-moeilijk-bereikbaar"],
)
def afhankelijk(f: Feiten) -> list[Bevinding]:
    # One warning for all groups whose route runs via a party with a stake: the advice (an
    # independent route, an independent chair) is the same for each, so it is said once, with
    # each group and its route named (issue 9); groups with the same route share one name list.
    # A church or mosque is named only for the groups whose name or route points to one.
    per_weg: dict[tuple[str, ...], list[str]] = {}
    geloof: list[str] = []
    anders: list[dict[str, object]] = []
    for partij in f.inclusiegroepen:
        partijen = afhankelijk_van(f, partij)
        if partijen:
            per_weg.setdefault(tuple(partijen), []).append(partij.naam)
            eigen = andere_wegen(partij, partijen)
            if eigen:
                anders.append({"naam": partij.naam, "wegen": eigen})
            elif geloofsgemeenschap(partij):
                geloof.append(partij.naam)
    if not per_weg:
        return []
    alle = list(dict.fromkeys(q for partijen in per_weg for q in partijen))
    namen = [n for groep in per_weg.values() for n in groep]
    return [
        bevinding(
            "BELANG-AFHANKELIJK",
            Ernst.waarschuwing,
            naam=namen[0],
            partijen=alle,
            wegen=[{"namen": groep, "partijen": list(p)} for p, groep in per_weg.items()],
            meervoud=namen_meervoud(f, alle),
            gemeente=f.vraagstuk.initiatiefnemer is Initiatiefnemer.ondernemers,
            # every group points to a religious community, or only some (named)
            geloof=bool(geloof) and len(geloof) + len(anders) == len(namen),
            geloof_namen=geloof if len(geloof) + len(anders) < len(namen) else [],
            # the groups whose own route already has an independent part: use that one
            anders=anders,
        )
    ]


_ROUTE_KENMERKEN = frozenset(Kenmerk) - {Kenmerk.bezoekers}
"""The kenmerken for which the texts name candidates for a route (BELANG-ROUTE)."""


ZORGHUIS = re.compile(
    r"\b(?:zorgcentrum|woonzorgcentrum|verzorgingshuis|verpleeghuis|zorgcentra|woonzorg\w*|"
    r"verpleeghuizen|zorglocatie|hospice)\b",
    re.IGNORECASE,
)
"""Words in a group's name that say its people live in a care home (zorgcentrum De Hofstee)."""

OUDERS = re.compile(
    r"^\s*(?:de\s+)?(?:ouders\b(?!\s+en\s)"
    r"|(?:gezinnen|families|huishoudens)\s+met\s+(?:\w+\s+)?kinderen\b"
    r"|(?:grote|jonge)\s+gezinnen\b(?!\s+en\s+kinderen))",
    re.IGNORECASE,
)
"""A group named as parents ('Ouders van basisschool De Regenboog') or as families with
children ('Gezinnen met jonge kinderen aan het Vennegoor', 'Grote gezinnen'), not parents and
children side by side: its kenmerk kinderen says for whom they speak, and the talk is with the
parents (review 38: "op school of de club, met toestemming van de ouders" for families; review
44a: a school project for large families on a waste tariff)."""


GEGADIGDE = re.compile(
    r"\bbieders?\b|\bgegadigden?\b|\bmogelijke\s+(?:kopers?|bieders?)\b"
    r"|\binschrijvers?\b|\bgeen\s+apart\s+overleg\b",
    re.IGNORECASE,
)
"""Words in a party's name or condition that make it a candidate in a sale or tender of the
gemeente's property ('Mogelijke kopers', 'is een mogelijke bieder'): every candidate gets the
same information at the same time (Didam)."""


def gegadigde(partij: Belanghebbende) -> bool:
    """Is this party a candidate buyer in the gemeente's sale or tender, says its name or its
    condition (voorwaarde)? Then it gets no talk of its own about the tender: only what every
    candidate gets (review 61a: 'Eerst apart met Coöperatie Ons Raadhuis Oosterhem', a bidder
    the case said may get no head start)."""
    return bool(GEGADIGDE.search(f"{partij.naam} {partij.voorwaarde or ''}"))


_DIDAM = re.compile(r"\bdidam\b", re.IGNORECASE)
#: The gemeente sells or puts out its own property: a sale, a tender, a lease in erfpacht.
_VERKOOP = re.compile(
    r"\b(?:verkoop|verkopen|verkoopt|maatschappelijke\s+tender|selectieleidraad|erfpacht)\b",
    re.IGNORECASE,
)
#: ... of its own: the gemeente (or its college) in the same sentence as the sale.
_VAN_DE_GEMEENTE = re.compile(
    r"\b(?:(?:de\s+gemeente|het\s+college)\s+(?:\w+\s+)?verko(?:opt|pen|cht)"
    r"|verkoopt\s+(?:de\s+gemeente|het\s+college)|gemeentegrond|gemeentehuis|raadhuis"
    r"|grond\s+van\s+de\s+gemeente|gemeentelijk\w*\s+(?:vastgoed|gebouw\w*|pand\w*|grond)"
    r"|(?:haar|zijn)\s+(?:eigen\s+)?(?:grond|gebouw|pand|kavels?|vastgoed))\b",
    re.IGNORECASE,
)
#: Another owner who sells (a church board, a private owner): no sale of the gemeente's.
_ANDERE_VERKOPER = re.compile(
    r"\b(?:kerkbestuur|parochie|eigenaars?|eigenaren|particulier\w*)\b", re.IGNORECASE
)


def verkoopt_eigen_vastgoed(f: Feiten) -> bool:
    """Does the case say that the gemeente sells (or tenders, or gives in erfpacht) its own
    property: one sentence of the title, the description, the fixed or the open points with a
    sale and the gemeente, and no other owner who sells? Or does it name the Didam ruling?"""
    v = f.vraagstuk
    delen = [v.titel, v.omschrijving, *v.kaders.vast, *(p.onderwerp for p in v.kaders.open)]
    if any(_DIDAM.search(d) for d in delen):
        return True
    zinnen = [z for d in delen for z in re.split(r"(?<=[.;:])\s+", d)]
    return any(
        _VERKOOP.search(z) and _VAN_DE_GEMEENTE.search(z) and not _ANDERE_VERKOPER.search(z)
        for z in zinnen
    )


def gegadigde_bij_verkoop(f: Feiten, partij: Belanghebbende) -> bool:
    """Is this party a candidate buyer in a sale of the gemeente's own property (rule
    WET-DIDAM)? Only then it gets no talk of its own: a bidder in a tender for a service, or a
    party called 'gegadigde' in a case without a sale, keeps its talk."""
    return gegadigde(partij) and verkoopt_eigen_vastgoed(f)


def ouders(partij: Belanghebbende) -> bool:
    """Is this group the parents of children, named so?"""
    return partij.soort is SoortBelanghebbende.inwoners and bool(OUDERS.search(partij.naam))


GELOOF = re.compile(
    r"\b(?:\w*parochian\w*|parochie\w*|kerkgangers?|kerkleden|gelovig\w*|moskee\w*|"
    r"gemeenteleden)\b",
    re.IGNORECASE,
)
"""Words in a group's name that define it by its faith: the own church or mosque is its route."""


_MINDERJARIG = re.compile(
    r"scholier\w*|leerling\w*|kinder\w*|\bkind\b|jeugd\w*|tiener\w*|\bpubers?\b|"
    r"basisschool\w*|middelbare|\bschool\w*|mentor\w*|onder\s+de\s+18",
    re.IGNORECASE,
)
"""Words in a group's name or route that say its young people are minors: pupils, children,
teenagers, the school and its mentors."""

_VOLWASSEN = re.compile(
    r"student\w*|\bstarters?\b|werkende?n?\b|werknemer\w*|\bwerkers?\b|seizoen\w*|"
    r"arbeid\w*|werkgever\w*|uitzendbureau\w*|vluchteling\w*|statushouder\w*|"
    r"asielzoeker\w*|jongvolwassen\w*|woningzoekend\w*|(?:willen|blijven|zelfstandig)\s+wonen|"
    r"\been\s+(?:eigen\s+)?(?:huis|woning)\b|\b18\s*(?:\+|jaar\s+en\s+ouder)|"
    # who moved away or lives on their own address: no child moves or rents alone
    r"vertrokk\w*|weggetrokk\w*|verhuisd\w*|terug\s+(?:willen|wil|komen|keren)\b|"
    r"oud-inwoner\w*|\bhuurders?\b|huishoudens?\b|\bbewoners\b|bovenwoning\w*|"
    # women and men, not girls and boys; staff (review 64a: 'niet op een avond met
    # volwassenen' for women cycling home from a late shift)
    r"\bvrouwen\b|\bmannen\b|\bmoeders?\b|\bvaders?\b|personeel\w*|"
    # who build their own house together (a CPO group)
    r"\bcpo\b|bouwgroep\w*|zelfbouw\w*|samen\s+bouw\w*",
    re.IGNORECASE,
)
"""Words in a group's name or route that say its young people are adults: students, starters
looking for a house, young workers and seasonal workers, refugees, those who moved away, and
tenants, households and residents of an address of their own (review 51a: 'Jongeren die uit
Beekloon vertrokken' and 'Bewoners boven de winkels' are no teenagers)."""


_MET_OUDERS = re.compile(r"\bouders\b", re.IGNORECASE)
"""A group of children named together with their parents ('Jeugdleden en hun ouders', 'Ouders
en kinderen uit de buurt'): the parents are at the table themselves."""


_JONG_IN_NAAM = re.compile(r"\bjonger\w*|\bjongens\b|\bmeisjes\b|\bbaby\w*|\bpeuter\w*", re.I)
"""Words in a group's name, besides those of :data:`_MINDERJARIG`, that say it is young."""


def kinderen_onder_hen(partij: Belanghebbende) -> bool:
    """Are there children among this group of adults, not a group of children? The kenmerk
    kinderen on a group whose name names no child, pupil or young person, nor parents or
    families ('Omwonenden in Zandvoorde' with children among the 420).

    Why: review 52a: 'overdag, op school of de club, met toestemming van de ouders' for 420
    adult residents; the tips for minors hold for the children among them only."""
    return (
        Kenmerk.kinderen in partij.kenmerken
        and not _MINDERJARIG.search(partij.naam)
        and not _JONG_IN_NAAM.search(partij.naam)
        and not ouders(partij)
        and not _MET_OUDERS.search(partij.naam)
    )


def jongvolwassen(partij: Belanghebbende) -> bool:
    """Are the young people of this group adults (students, starters who want a house, seasonal
    workers), not minors? Only a group with the kenmerk jongeren and without kinderen; its name
    says so, or, when the name is silent, its route does (via the student union, the employers).
    A word for minors (scholieren, de school) wins: then the tips for minors hold.

    Why: 'niet op een avond met volwassenen' and 'met toestemming van de ouders' are for minors;
    for students and young people looking for a house they are wrong (review 47a, 47b)."""
    if Kenmerk.jongeren not in partij.kenmerken or Kenmerk.kinderen in partij.kenmerken:
        return False
    if _MINDERJARIG.search(partij.naam):
        return False
    if _VOLWASSEN.search(partij.naam):
        return True
    via = partij.via or ""
    return bool(_VOLWASSEN.search(via)) and not _MINDERJARIG.search(via)


def jonge_kenmerken(partij: Belanghebbende) -> list[str]:
    """The kenmerken of a group as keys of the texts, with 'jongvolwassenen' for the kenmerk
    jongeren of a group of young adults (:func:`jongvolwassen`)."""
    volwassen = jongvolwassen(partij)
    return [
        "jongvolwassenen" if volwassen and k is Kenmerk.jongeren else k.value
        for k in partij.kenmerken
    ]


def jonge_mantelzorgers(partij: Belanghebbende) -> bool:
    """Young carers: they do not call themselves carers, so nobody can pick them out in the
    street; the mentor or the care coordinator at school knows them."""
    return "jonge_mantelzorgers" in drempels(partij)


def route_kenmerken(partij: Belanghebbende, tekst: tuple[str, str] = ("", "")) -> list[str]:
    """The keys of the text BELANG-ROUTE for this group: residents of a care home are reached
    through the home (its activity staff, its cliëntenraad), not through the ouderenbond or a
    church; parents at the school. ``tekst`` is what the case says about the group
    (:func:`~pionieren.analysis.ontkenning.eigen_tekst`): a stock route it rules out is not
    proposed (:func:`_zonder_uitgesloten`)."""
    return _zonder_uitgesloten(_route_kenmerken(partij), tekst)


def _zonder_uitgesloten(sleutels: list[str], tekst: tuple[str, str]) -> list[str]:
    """The keys of a stock route or obstacle, with the variant without the route the case
    rules out: no school gate for children who go by leerlingenvervoer or to a school
    elsewhere, no employer when the case says 'niet via de werkgever' (review 50)."""
    if not any(tekst):
        return sleutels
    vervang = {}
    if geen_schoolhek(*tekst):
        vervang["ouders"] = "ouders_zonder_schoolhek"
    if geen_werkgever(*tekst):
        vervang["jongvolwassenen"] = "jongvolwassenen_zonder_werkgever"
        vervang["werkenden"] = "werkenden_zonder_werkgever"
    return [vervang.get(k, k) for k in sleutels]


def _route_kenmerken(partij: Belanghebbende) -> list[str]:
    if ZORGHUIS.search(partij.naam):
        return ["zorghuis"]
    if jonge_mantelzorgers(partij):
        return ["jonge_mantelzorgers"]
    if GELOOF.search(partij.naam) and not _GEEN_GELOOFSGROEP.search(partij.naam):
        return ["geloof", *jonge_kenmerken(partij)]
    if ouders(partij):
        if Kenmerk.clienten not in partij.kenmerken:
            return ["ouders"]
        return [k.value for k in partij.kenmerken if k not in (Kenmerk.kinderen, Kenmerk.jongeren)]
    return jonge_kenmerken(partij)


def zonder_route(partij: Belanghebbende) -> bool:
    """A hard-to-reach group of inwoners whose route the case does not name, with a kenmerk
    that tells where to look."""
    return (
        not partij.via
        and partij.soort is SoortBelanghebbende.inwoners
        and partij.bereikbaarheid in (Bereikbaarheid.moeilijk, Bereikbaarheid.matig)
        and hoog_of_middel(partij.belang)
        and bool(_ROUTE_KENMERKEN & set(partij.kenmerken))
    )


@regel(
    "BELANG-ROUTE",
    Thema.belanghebbenden,
    "Eerst een route vinden",
    """Is een groep moeilijk of matig bereikbaar en noemt het vraagstuk geen weg naar hen
    (via), dan is 'route vinden' het eerste wat de gemeente regelt: een uitnodiging alleen
    bereikt hen niet. pionieren noemt kandidaten die bij hun kenmerken passen: voor jongeren
    de school en mentoren, de sportclub, het jongerenwerk, zelforganisaties en jongeren als
    peer-onderzoekers; voor ouderen de ouderenbond, de buurtvereniging en het buurthuis, en
    alleen bij een vraag over zorg of welzijn ook de wijkverpleging en de huisarts (geen route
    naar ouderen over een JOP of een straat); voor wie weinig leest het Taalhuis in de bibliotheek en het Wmo-loket; voor
    mensen met een migratieachtergrond zelforganisaties en sleutelpersonen;
    voor mensen met een beperking de cliëntenraad of een belangenorganisatie. Wonen zij in een
    zorgcentrum of verpleeghuis, dan loopt de route via het huis: de activiteitenbegeleiding en
    de cliëntenraad. Ouders bereikt u via de school: bij het hek bij halen en brengen, en via de
    ouderraad. Jonge mantelzorgers via de mentor en de zorgcoördinator op school. De kerk of
    moskee alleen voor een groep die naar haar geloof heet (parochianen: de eigen kerk), niet
    vanzelf bij een migratieachtergrond. Jongvolwassenen (studenten, starters, seizoenswerkers)
    niet via de school maar via hun vereniging, werkgevers en het jongerenwerk. Wie anoniem wil
    blijven, via een hulpverlener of vertrouwenspersoon die zij al kennen, of een anonieme
    vragenlijst. De lijst staat in
    de teksten (BELANG-ROUTE) en een gemeente kan haar aanvullen.""",
    ["movisie-moeilijk-bereikbaar", "pharos-bereiken", "loketgezondleven-jongeren"],
)
def route(f: Feiten) -> list[Bevinding]:
    groepen = [
        [p.naam, route_kenmerken(p, eigen_tekst(f, p))]
        for p in f.vraagstuk.belanghebbenden
        if zonder_route(p)
    ]
    if not groepen:
        return []
    return [
        bevinding(
            "BELANG-ROUTE",
            Ernst.waarschuwing,
            groepen=groepen,
            zorg=zorgthema(f.vraagstuk.beleidsveld),
        )
    ]


_NIEUWKOMER = re.compile(
    r"arbeidsmigrant\w*|seizoen\w*arbeid\w*|statushouder\w*|nieuwkomer\w*|asielzoeker\w*|"
    r"vluchteling\w*|gevlucht\w*|expat\w*|seizoen\w*|internationale\s+student\w*",
    re.IGNORECASE,
)
"""Words for people who came to the Netherlands recently: most of them still learn Dutch."""

_TAAL = re.compile(
    r"\btaal\w*|\btolk\w*|vertal\w*|\bnederlands\b|\bpoolse?\b|\broemeens\w*|\bbulgaars\w*|"
    r"\bin\s+het\s+engels\b",
    re.IGNORECASE,
)
"""Words in a group's name or route that say language is in play: an interpreter, a
translation, a taalcafé, 'die weinig Nederlands lezen', a Polish church service."""


def spreekt_weinig_nederlands(partij: Belanghebbende) -> bool:
    """Is language an obstacle for this group with a migration background: they also read
    little (laaggeletterd), they came here recently (arbeidsmigranten, statushouders), or their
    name or route names a language, a translation or an interpreter?

    Why: a migration background is not a language barrier (review 36: the Indische and
    Molukse community of a street got a translated invitation and an interpreter). Most people
    with a migration background were born here or have lived here for decades; for them the
    obstacle is trust, not Dutch."""
    if Kenmerk.migratieachtergrond not in partij.kenmerken:
        return False
    return (
        Kenmerk.laaggeletterd in partij.kenmerken
        or bool(_NIEUWKOMER.search(partij.naam))
        or bool(_TAAL.search(partij.naam))
        or bool(_TAAL.search(partij.via or ""))
    )


_DREMPEL_NAAM = (
    ("mantelzorgers", re.compile(r"mantelzorg", re.IGNORECASE)),
    ("werkenden", re.compile(r"\bwerkende?n?\b|\bforens\w*", re.IGNORECASE)),
)
"""Words in a group's name that tell what keeps it away (keys of the text BELANG-DREMPEL)."""

_DREMPEL_KENMERK = (
    Kenmerk.kinderen,
    Kenmerk.jongeren,
    Kenmerk.ouderen,
    Kenmerk.beperking,
    Kenmerk.migratieachtergrond,
    Kenmerk.laaggeletterd,
    Kenmerk.digitaal_minder_vaardig,
    Kenmerk.clienten,
    Kenmerk.bezoekers,
)
MAX_DREMPELS = 1
"""One obstacle per group, not yet said for another group: one short line, not a list."""


@regel(
    "BELANG-DREMPEL",
    Thema.belanghebbenden,
    "De echte drempel per groep, en wat daartegen helpt",
    """Bij elke groep inwoners die de gemeente zelf moet opzoeken, noemt pionieren in één korte
    regel wat hen echt tegenhoudt en wat daartegen helpt. Dat volgt uit hun kenmerken en uit hun
    naam: mantelzorgers hebben geen tijd door de zorg (bied vervangende zorg of oppas aan);
    werkenden zijn overdag aan het werk (de avond, online, via werkgevers); jonge mantelzorgers
    noemen zich geen mantelzorger (kort en anoniem, via mentoren en de zorgcoördinator);
    minderjarige jongeren komen niet naar een avond met volwassenen (studenten, starters en
    seizoenswerkers zijn geen minderjarigen: voor hen kort, online of waar zij al komen, buiten
    werk- en studietijd; bij kinderen die samen met hun ouders de groep vormen, geen
    toestemming van de ouders maar samen met hen; bij een groep volwassenen met kinderen onder
    hen, zoals omwonenden, alleen voor die kinderen apart, op school of de club); ouderen willen
    het persoonlijk en op
    papier; mensen met een beperking hebben een toegankelijke plek nodig en uitleg die niet
    alleen online of op een scherm staat; ouders van leerlingen bereikt u bij het schoolhek en
    via de ouderraad; wie een andere taal spreekt, kent ook de ambtelijke woorden vaak niet.
    Een migratieachtergrond alleen is geen taaldrempel: taal telt pas als de groep ook weinig
    leest, hier pas kort woont (arbeidsmigranten, statushouders) of als naam of weg een taal of
    tolk noemt. Anders is vertrouwen de drempel: een vertrouwde plek en een gespreksleider die
    de groep en het onderwerp kent. De
    teksten staan in BELANG-DREMPEL en een gemeente kan ze aanpassen. De weg die het vraagstuk
    zelf noemt (via) blijft de weg; de drempel zegt hoe u die gebruikt.""",
    ["movisie-moeilijk-bereikbaar", "pharos-bereiken", "loketgezondleven-jongeren"],
)
def drempels(partij: Belanghebbende, tekst: tuple[str, str] = ("", "")) -> list[str]:
    """The obstacles of a group of inwoners, from its name and its kenmerken, first the one
    its name tells; without a stock route that what the case says about the group (``tekst``)
    rules out. A group whose route the case names (via) gets no stock place to meet it (the
    school gate, the place itself): the case's own route is the way (review 53a: 'bij het
    schoolhek' for parents reached through school social work, whose children go by taxi)."""
    from pionieren.analysis.mix.bereik import vertrouwelijk  # (bereik reads this module)

    uit = _zonder_uitgesloten(_drempels(partij), tekst)
    if partij.via and vertrouwelijk(partij):
        # who speaks only in confidence is reached only along the route the case names: no
        # stock time, place or channel beside it (review 54b: 'kort, online of waar zij al
        # komen' for clinic visitors reachable only through the clinic, without their name)
        return []
    if partij.via:
        uit = [k for k in uit if k not in _PLEK_DREMPELS]
    return uit


_PLEK_DREMPELS = frozenset({"ouders", "ouders_zonder_schoolhek", "bezoekers"})
"""The keys of BELANG-DREMPEL that name a place to meet the group rather than what holds it
back; a route the case names (via) replaces them."""


def _drempels(partij: Belanghebbende) -> list[str]:
    if partij.soort is not SoortBelanghebbende.inwoners:
        return []
    uit = [sleutel for sleutel, woord in _DREMPEL_NAAM if woord.search(partij.naam)]
    uit += [k.value for k in _DREMPEL_KENMERK if k in partij.kenmerken]
    if ouders(partij):
        # parents: their kenmerk kinderen says for whom they speak; parents of pupils are
        # reached at the school gate, not in class (in care: the care is their obstacle)
        uit = [k for k in uit if k not in ("kinderen", "jongeren")]
        if Kenmerk.clienten not in partij.kenmerken:
            uit = ["ouders", *uit]
    if "mantelzorgers" in uit and (Kenmerk.jongeren.value in uit or Kenmerk.kinderen.value in uit):
        # young carers do not call themselves carers: that, not time, is what keeps them away
        uit = ["jonge_mantelzorgers"] + [
            k for k in uit if k not in ("mantelzorgers", "jongeren", "kinderen")
        ]
    if "kinderen" in uit and _MET_OUDERS.search(partij.naam):
        # the children come with their parents ('Jeugdleden en hun ouders'): no permission of
        # the parents to ask from the parents themselves (review 47b)
        uit = [k for k in uit if k not in ("kinderen", "jongeren")] + ["kinderen_met_ouders"]
    if kinderen_onder_hen(partij):
        # adults with children among them: the tips for minors are for those children only,
        # by a route of their own; the adults keep their own obstacles (review 52a)
        uit = [k for k in uit if k != Kenmerk.kinderen.value] + ["kinderen_onder_hen"]
    if jongvolwassen(partij):
        # students, starters, seasonal workers: adults, no tips for minors (review 47a)
        uit = ["jongvolwassenen" if k == Kenmerk.jongeren.value else k for k in uit]
        if not spreekt_weinig_nederlands(partij):
            uit = ["vertrouwen" if k == Kenmerk.migratieachtergrond.value else k for k in uit]
    elif (
        Kenmerk.kinderen in partij.kenmerken and not kinderen_onder_hen(partij)
    ) or Kenmerk.jongeren in partij.kenmerken:
        # they went to school here: the language is their parents' obstacle (MIX-INCLUSIE)
        uit = [k for k in uit if k != Kenmerk.migratieachtergrond.value]
    elif not spreekt_weinig_nederlands(partij):
        # a migration background without a sign of language: trust is the obstacle
        uit = ["vertrouwen" if k == Kenmerk.migratieachtergrond.value else k for k in uit]
    return uit


_FYSIEK = re.compile(
    r"\bverkeersdrempels?\b|\bdrempels\b(?!\s+(?:voor|om|bij|weg))|\bplateaus\b|"
    r"\boversteek\w*|\boversteken\b|\bzebrapad\w*|"
    r"\bversmalling\w*|\btrottoirs?\b|\bstoep(?:en)?\b|\b(?:voet|fiets|wandel|loop)pad\w*|"
    r"\blooproute\w*|\bbankjes\b|\bzitbank\w*|\bbushalte\w*",
    re.IGNORECASE,
)
"""Physical measures in public space that older people and people with a disability meet on
foot, with a walker or in a wheelchair: speed bumps, crossings, narrowings, pavements, paths,
benches, bus stops. Not 'drempels voor' or 'drempels om' (a barrier to taking part)."""

_VOOR_TOEGANKELIJK = re.compile(
    r"ouderen|senioren|beperking|gehandicapt\w*|rolstoel\w*|rollator\w*|slechtziend\w*|"
    r"blind\w*|doof\w*|toegankelijk\w*|mantelzorg\w*|adviesraad|cli[eë]ntenraad|"
    r"ouderenbond|zorg",
    re.IGNORECASE,
)
"""A stakeholder who speaks for older people or people with a disability."""


@regel(
    "BELANG-TOEGANKELIJK",
    Thema.belanghebbenden,
    "Ouderen en mensen met een beperking bij maatregelen op straat",
    """Gaat de vraag of een open punt over maatregelen in de openbare ruimte waar mensen te voet,
    met een rollator of in een rolstoel mee te maken krijgen (drempels, plateaus, oversteken,
    versmallingen, stoepen, paden, bankjes, bushaltes), en staat er geen groep bij de
    belanghebbenden die voor ouderen of mensen met een beperking spreekt (zo'n kenmerk, of een
    naam als adviesraad, cliëntenraad, ouderenbond of gehandicaptenplatform), dan vraagt
    pionieren in het eerste gesprek of zij mee moeten praten, via de adviesraad sociaal domein
    of het gehandicaptenplatform. Het is een vraag: pionieren weet niet wie er in de gemeente
    is.""",
    ["vng-handreiking-participatie", "movisie-moeilijk-bereikbaar"],
)
def toegankelijk(f: Feiten) -> list[str]:
    """The words of the case (its question and open points) that name such measures, when no
    stakeholder speaks for older people or people with a disability; else none."""
    v = f.vraagstuk
    for p in v.belanghebbenden:
        if {Kenmerk.ouderen, Kenmerk.beperking} & set(p.kenmerken) or _VOOR_TOEGANKELIJK.search(
            p.naam
        ):
            return []
    woorden: list[str] = []
    for tekst in [v.omschrijving, *(o.onderwerp for o in v.kaders.open)]:
        for m in _FYSIEK.finditer(tekst):
            woord = m.group().casefold()
            if woord not in woorden:
                woorden.append(woord)
    return woorden[:2]


@regel(
    "BELANG-PLEKKEN",
    Thema.belanghebbenden,
    "Omwonenden van elke plek die de vraag noemt",
    """Vraagt de omschrijving om de omwonenden van elke plek ('omwonenden van beide plekken') en
    noemt zij die plekken ('twee zoeklocaties: het grasveld en het parkeerterrein'), dan kijkt
    pionieren of bij de belanghebbenden iemand staat voor elke plek. Ontbreekt er een, dan geeft
    ‘pionieren valideer’ een tip, en vraagt het eerste gesprek wie daar woont. Een lijst plekken
    alleen is niet genoeg: dat kunnen ook varianten zijn zonder eigen buren.""",
    ["vng-handreiking-participatie"],
)
def plekken(f: Feiten) -> list[str]:
    """The places whose neighbours no stakeholder stands for (:func:`ontbrekende_plekken`)."""
    return [p.plek for p in ontbrekende_plekken(f.vraagstuk)]


_OPDRACHT = re.compile(
    r"\b\w*(?:subsidie|opdracht|contract|concessie)\w*|\b(?:aanbest|gegund|gunning)\w*",
    re.IGNORECASE,
)
_NIEUWE_OPDRACHT = re.compile(
    r"\baanbest\w*|\bnieuwe \w*opdracht|\bopnieuw (?:gegund|gunnen|aanbesteden)|"
    r"\bsubsidie\w*[^.]*\b(?:afbouw\w*|afgebouwd|beëindig\w*|stopt|stoppen|lager|verlaagd|"
    r"verlagen|gekort|korten|minder|vervalt)\b|"
    r"\b(?:afbouw|bezuiniging|beëindiging|verlaging|korting)\w* (?:van|op) (?:de |het )?\w*subsidie",
    re.IGNORECASE,
)
_ZIN = re.compile(r"(?<=[.;])\s+(?=[A-Z])")
#: a sentence that says a party holds its subsidy or opdracht now: in the present or since the
#: past ('geeft nu subsidie aan', 'wordt nu met subsidie gedaan door', 'krijgen al tien jaar
#: subsidie', 'sinds 2015', 'de huidige aanbieder')
_NU = re.compile(
    r"\b(?:nu|sinds|momenteel|huidige?|thans|tot nu toe|al (?:meer dan |ruim |bijna )?"
    r"(?:\w+ )?ja(?:ar|ren)|al lang)\b",
    re.IGNORECASE,
)
#: a sentence about a choice, a proposal or the future: a party named there does not hold the
#: subsidy or opdracht now ('De raad kiest tussen drie wegen: ... overdragen aan Stichting X met
#: een subsidie die afbouwt'; 'X krijgt straks subsidie')
_NIET_NU = re.compile(
    r"\b(?:straks|zal|zullen|zou|zouden|kiest|kiezen|keuze|opties?|varianten?|scenario'?s|"
    r"voorstel\w*|voorgesteld|overdragen|mogelijk|(?:twee|drie|vier|vijf|\d+) wegen)\b",
    re.IGNORECASE,
)
#: the subsidy is periodic or has run for years: only then does art. 4:51 Awb apply
_MEERJARIG = re.compile(
    r"\b(?:per jaar|jaarlijks\w*|elk jaar|ieder jaar|meerjarig\w*|structure(?:el|le)|jaren"
    r"|sinds \d{4}|al (?:meer dan |ruim |bijna )?\w+ jaar)\b",
    re.IGNORECASE,
)
#: the case is about an opdracht or a tender: only then are tender words (inschrijver) right
_OPDRACHT_WOORD = re.compile(
    r"\b\w*opdracht\w*|\baanbest\w*|\bgegund|\bgunning|\bconcessie\w*|\bcontract\w*",
    re.IGNORECASE,
)


def _teksten_nu(f: Feiten) -> list[str]:
    """The sentences of the omschrijving, the aanleiding and the fixed frame (kaders.vast):
    where a case says what is so now. Open points and their options are not."""
    v = f.vraagstuk
    return [z for t in (v.omschrijving, v.aanleiding or "", *v.kaders.vast) for z in _ZIN.split(t)]


def houdt_nu(zin: str) -> bool:
    """Does this sentence say that someone holds a subsidy or opdracht now (present or since
    the past), not in a choice, a proposal or the future?"""
    return bool(_OPDRACHT.search(zin) and _NU.search(zin) and not _NIET_NU.search(zin))


def opdracht_zinnen(f: Feiten, naam: str) -> list[str]:
    """The sentences of the omschrijving, aanleiding and kaders.vast that name this
    organisation as holding its subsidy or opdracht now: what it holds and runs now ('… wordt
    nu gedaan door Stichting X: jongerencentrum De Loods …'). A party named only in an option
    ('overdragen aan Stichting X met een subsidie die afbouwt') holds nothing yet (review 65b)."""
    return [z for z in _teksten_nu(f) if naam.lower() in z.lower() and houdt_nu(z)]


class DubbeleRol(NamedTuple):
    """The organisations with a dual role (:func:`dubbele_rol`) and what the text says of it."""

    #: the organisations that now hold the subsidy or opdracht
    namen: list[str]
    #: what they hold now is a subsidy
    subsidie: bool = False
    #: that subsidy is periodic or has run for years (art. 4:51 Awb)
    meerjarig: bool = False
    #: the case is about an opdracht or a tender: they may become inschrijver
    opdracht: bool = False
    #: the opdracht may be tendered (Aanbestedingswet 2012)
    aanbesteding: bool = False


def dubbele_rol(f: Feiten) -> DubbeleRol:
    """The organisations that now hold the subsidy or the opdracht the case is about, and may
    compete for the new one; whether that is a subsidy, whether art. 4:51 Awb protects it
    (periodic or running for years, per the text), whether the case is about an opdracht or a
    tender (only then is the organisation a possible inschrijver) and whether it may be
    tendered.

    Certain only when the case is about a new or reduced opdracht or subsidy, and names the
    organisation in a sentence that says it holds its subsidy or opdracht now."""
    v = f.vraagstuk
    teksten = [
        v.omschrijving,
        v.aanleiding or "",
        *v.kaders.vast,
        *(o.onderwerp for o in v.kaders.open),
    ]
    tekst = " ".join(teksten)
    if not _NIEUWE_OPDRACHT.search(tekst):
        return DubbeleRol([])
    namen, subsidie = [], False
    for q in v.belanghebbenden:
        if q.initiatiefnemer or q.soort not in (
            SoortBelanghebbende.maatschappelijke_organisatie,
            SoortBelanghebbende.ondernemers,
        ):
            continue
        if over := opdracht_zinnen(f, q.naam):
            namen.append(q.naam)
            subsidie = subsidie or any("subsidie" in z.lower() for z in over)
    if not namen:
        return DubbeleRol([])
    anderen = [q.naam.lower() for q in v.belanghebbenden if q.naam not in namen]
    meerjarig = subsidie and any(
        "subsidie" in z.lower()
        and houdt_nu(z)
        and _MEERJARIG.search(z)
        and (any(n.lower() in z.lower() for n in namen) or not any(a in z.lower() for a in anderen))
        for z in _teksten_nu(f)
    )
    return DubbeleRol(
        namen,
        subsidie,
        meerjarig,
        bool(_OPDRACHT_WOORD.search(tekst)),
        bool(re.search(r"\baanbest", tekst, re.IGNORECASE)),
    )


@regel(
    "BELANG-DUBBELE-ROL",
    Thema.belanghebbenden,
    "Belanghebbende én mogelijke inschrijver of aanvrager",
    """Gaat het vraagstuk over een nieuwe of kleinere opdracht of subsidie, en zegt de
    omschrijving, de aanleiding of wat vastligt dat een organisatie die subsidie of opdracht nu
    heeft ('geeft nu subsidie aan', 'wordt sinds 2015 gedaan door'), dan is zij belanghebbende
    én mogelijk straks inschrijver (gaat het om een opdracht of aanbesteding) of aanvrager (gaat
    het alleen om subsidie). pionieren zegt dan: leg hun inbreng apart en openbaar vast, laat
    hen de opdracht of de subsidievoorwaarden niet mee schrijven en geef alle mogelijke
    aanbieders of aanvragers dezelfde informatie. Kan de opdracht worden aanbesteed, dan noemt
    het de plicht om alle inschrijvers gelijk te behandelen (art. 1.8 Aanbestedingswet 2012).
    Krijgen zij de subsidie volgens de tekst elk jaar of al jaren, dan noemt het de redelijke
    termijn als een subsidie van drie jaar of langer stopt of daalt (art. 4:51 Awb). De toekomst
    van hun personeel is geen onderwerp van participatie, maar verdient een eerlijke uitleg.
    Een organisatie die alleen in een keuze, een voorstel of de toekomst een subsidie krijgt
    ('overdragen aan Stichting X met een subsidie die afbouwt', 'krijgt straks'), of die alleen
    in een open punt staat, heeft nu niets: dan zegt pionieren dit niet (review 65b).""",
    ["awb-4-51", "aanbestedingswet-1-8"],
)
def inschrijver(f: Feiten) -> list[Bevinding]:
    rol = dubbele_rol(f)
    if not rol.namen:
        return []
    bronnen = (["awb-4-51"] if rol.meerjarig else []) + (
        ["aanbestedingswet-1-8"] if rol.aanbesteding else []
    )
    return [
        bevinding(
            "BELANG-DUBBELE-ROL",
            Ernst.waarschuwing,
            bronnen=bronnen,
            namen=rol.namen,
            subsidie=rol.subsidie,
            meerjarig=rol.meerjarig,
            opdracht=rol.opdracht,
            aanbesteding=rol.aanbesteding,
            meervoud=len(rol.namen) > 1,
        )
    ]


#: the gemeente's own staff: its boa's, handhaving or a department, not another authority
_EIGEN_DIENST = re.compile(
    r"\b(?:van|bij) de gemeente\b|\bgemeentelijke (?:boa|handhav|afdeling|toezicht|buitendienst)"
    r"|^(?:de )?afdeling\b",
    re.IGNORECASE,
)
#: a bus operator or public-transport company (not a taxi for leerlingenvervoer)
_BUSVERVOER = re.compile(
    r"\bbus(?:vervoer\w*|maatschappij|bedrijf|lijn\w*)?\b|\bov-?(?:bedrijf|vervoerder)|"
    r"\bopenbaar[- ]vervoer\w*",
    re.IGNORECASE,
)
#: the one that grants the bus concession (or the gemeente itself), not the operator
_CONCESSIEVERLENER = re.compile(
    r"\bprovincie|\bvervoerregio|\bconcessieverlen\w*|\bgemeente\b", re.IGNORECASE
)
#: fire brigade, ambulance or the veiligheidsregio itself
_HULPDIENSTEN = re.compile(
    r"\bhulpdienst\w*|\bbrandweer|\bambulance\w*|\bveiligheidsregio|\bRAV\b", re.IGNORECASE
)
#: people around the service, not the service: its volunteers, their employers, their union
_ROND_DE_DIENST = re.compile(
    r"vrijwillig\w*|werkgever\w*|medewerker\w*|personeel\w*|vakverenig\w*|\bbond\b|"
    r"ondernemingsraad|bewoners|omwonend\w*",
    re.IGNORECASE,
)


def hulpdienst(naam: str) -> bool:
    """Is this party the emergency service itself (the brandweer, the ambulance service, the
    veiligheidsregio)? Not the people around it: 'Werkgevers van
    brandweervrijwilligers' or 'Vakvereniging Brandweervrijwilligers' do not give advice on
    response times (review 54b, Hunsewold: 'Werkgevers van brandweervrijwilligers: vraag de
    veiligheidsregio om advies over de aanrijtijden')."""
    return bool(_HULPDIENSTEN.search(naam)) and not _ROND_DE_DIENST.search(naam)


def analyse_stakeholders(
    f: Feiten, advies: Trede
) -> tuple[list[BelanghebbendeAdvies], list[Bevinding]]:
    from pionieren.analysis.mix.bereik import vertrouwelijk  # (bereik reads this module)
    from pionieren.analysis.mix.kanaal import neutrale_route
    from pionieren.analysis.voorwaarden import geen_deelnemer

    resultaat = []
    rol = dubbele_rol(f)
    inschrijvers = rol.namen
    verkoop = verkoopt_eigen_vastgoed(f)
    gezegd: set[str] = set()
    gelijk = gelijk_kwadrant(f)
    for partij in f.vraagstuk.belanghebbenden:
        soort = gelijk.get(partij.naam) or kwadrant(partij)
        aanpak = [deel(f"BELANG-AANPAK.{soort.value}")]
        regels = ["BELANG-KWADRANT"] + (["BELANG-GELIJK"] if partij.naam in gelijk else [])
        if partij.soort is SoortBelanghebbende.politiek and partij.initiatiefnemer:
            # a raadswerkgroep writing an initiatiefvoorstel meets inwoners itself
            aanpak = [deel("BELANG-AANPAK.politiek_initiatiefnemer")]
        elif bestuurder(partij):
            # a wethouder is no raadslid: not through the griffie (review 38)
            aanpak = [deel("BELANG-AANPAK.bestuurder")]
        elif ander_bestuur(partij):
            # members of another government's bestuur hear from their own body, not from the
            # gemeente's griffie (review 55c)
            aanpak = [deel("BELANG-AANPAK.ander_bestuur")]
        elif partij.soort is SoortBelanghebbende.politiek:
            # fracties take part through the griffie and the raad's own instruments
            aanpak = [deel("BELANG-AANPAK.politiek")]
        elif partij.soort is SoortBelanghebbende.adviesorgaan:
            aanpak = [deel("BELANG-AANPAK.adviesorgaan")]
        elif partij.houding is Houding.tegen and hoog_of_middel(partij.invloed):
            aanpak.append(deel("BELANG-AANPAK.tegen"))
            regels.append("BELANG-KRACHTENVELD")
        if partij.soort is SoortBelanghebbende.overheid:
            # the gemeente's own staff (its boa's, a department) is no partner for bestuurlijk
            # overleg (review 29a); an authority of its own is
            eigen = bool(_EIGEN_DIENST.search(partij.naam))
            aanpak.append(deel("BELANG-AANPAK.eigen_dienst" if eigen else "BELANG-AANPAK.overheid"))
        if _BUSVERVOER.search(partij.naam) and not _CONCESSIEVERLENER.search(partij.naam):
            # a bus operator runs the service under a concession: the provincie or vervoerregio
            # decides on routes and timetable (review 29b/30)
            aanpak.append(deel("BELANG-AANPAK.bus"))
        if hulpdienst(partij.naam):
            aanpak.append(deel("BELANG-AANPAK.hulpdiensten"))
        if partij.naam in inschrijvers:
            aanpak.append(deel("BELANG-AANPAK.inschrijver", opdracht=rol.opdracht))
            regels.append("BELANG-DUBBELE-ROL")
        elif verkoop and gegadigde(partij):
            # a candidate in the gemeente's sale: no talk apart (rule WET-DIDAM; review 62a:
            # 'Mogelijke kopers' listed under 'apart spreken')
            aanpak.append(deel("BELANG-AANPAK.gegadigde"))
            regels.append("WET-DIDAM")
        bereikbaar_moeilijk = moeilijk_bereikbaar(partij)
        if geen_deelnemer(partij):
            # no participant: one line, the route outside the participation (rule
            # MIX-VOORWAARDEN; review 56a: the evicted family's children 'op school of de club')
            aanpak = [deel("BELANG-AANPAK.geen_deelnemer", via=(partij.via or "").strip())]
            regels.append("MIX-VOORWAARDEN")
        elif bereikbaar_moeilijk and hoog_of_middel(partij.belang):
            if partij.soort is not SoortBelanghebbende.maatschappelijke_organisatie:
                # each obstacle said once in a report, at the first group it holds back; it
                # says how to go to them, so "naar hen toe" goes
                drempel = [d for d in drempels(partij, eigen_tekst(f, partij)) if d not in gezegd][
                    :MAX_DREMPELS
                ]
                gezegd.update(drempel)
                aanpak.append(
                    deel(
                        "BELANG-AANPAK.naar_hen_toe",
                        # never through a party with a stake of its own (rule MIX-KANAAL)
                        via=neutrale_route(f, partij),
                        route=zonder_route(partij),
                        afhankelijk=afhankelijk_van(f, partij),
                        drempel=bool(drempel),
                        # (only when it holds: the other groups' data stay as they were)
                        **({"vertrouwelijk": True} if vertrouwelijk(partij) else {}),
                    )
                )
                if drempel:
                    aanpak.append(deel("BELANG-DREMPEL", drempels=drempel))
                    regels.append("BELANG-DREMPEL")
                if zonder_route(partij):
                    regels.append("BELANG-ROUTE")
                if afhankelijk_van(f, partij):
                    regels.append("BELANG-AFHANKELIJK")
            else:
                # an organisation is reached through its board and its own meetings
                aanpak.append(deel("BELANG-AANPAK.via_bestuur", via=partij.via or ""))
            regels.append("BELANG-INCLUSIE")
        resultaat.append(
            BelanghebbendeAdvies(
                naam=partij.naam,
                kwadrant=soort,
                trede=trede_voor(soort, advies),
                houding=partij.houding.value,
                aanpak_delen=aanpak,
                aanpak="",
                moeilijk_bereikbaar=bereikbaar_moeilijk,
                regels=regels,
            )
        )
    bevindingen = (
        route(f)
        + afhankelijk(f)
        + inschrijver(f)
        + kaart(f)
        + krachtenveld(f)
        + vertrouwen(f)
        + inclusie(f)
    )
    return resultaat, bevindingen


#: 'samen met' and at most three words before the other party's name ('samen met exploitant
#: Rustwoud Natuurbegraven').
_SAMEN_MET = r"\bsamen\s+met\s+(?:[\w-]+\s+){0,3}?"
_ZIN = re.compile(r"(?<=[.!?])\s+")


def mede_initiatiefnemers(f: Feiten) -> list[str]:
    """The parties the omschrijving names as the initiator's partner in its plan ('Vereniging
    X wil samen met exploitant Y ... aanleggen'), not marked as initiator themselves. Only
    where certain: an organisation or company that is for the plan, named right after 'samen
    met' in a sentence that names a marked initiator."""
    v = f.vraagstuk
    gemarkeerd = [p.naam for p in v.belanghebbenden if p.initiatiefnemer]
    if not gemarkeerd or not f.initiatief_van_anderen:
        return []
    zinnen = [z for z in _ZIN.split(" ".join(v.omschrijving.split())) if "samen met" in z]
    namen = []
    for p in v.belanghebbenden:
        if (
            # a party the case marks itself (true or false) is as the case says
            "initiatiefnemer" in p.model_fields_set
            or p.houding is not Houding.voor
            or p.soort
            not in (
                SoortBelanghebbende.ondernemers,
                SoortBelanghebbende.maatschappelijke_organisatie,
            )
        ):
            continue
        na = re.compile(_SAMEN_MET + re.escape(p.naam) + r"\b", re.IGNORECASE)
        for zin in zinnen:
            m = na.search(zin)
            if m and any(zin.find(n) != -1 and zin.find(n) < m.start() for n in gemarkeerd):
                namen.append(p.naam)
                break
    return namen


@regel(
    "BELANG-MEDE-INITIATIEF",
    Thema.belanghebbenden,
    "Een mede-initiatiefnemer is geen doelgroep",
    """Noemt de omschrijving een organisatie of bedrijf als partner van de initiatiefnemer
    ('de vereniging wil samen met exploitant X een natuurbegraafplaats aanleggen'), en is die
    partij vóór het plan, dan is zij mede-initiatiefnemer. pionieren behandelt haar als
    initiatiefnemer: zij voert het gesprek mee en zit niet als doelgroep in de werkvormen. Het
    advies zegt dat, zodat de gebruiker het kan rechtzetten met initiatiefnemer: true of
    false.""",
    ["ombudsman-inspraak-2009"],
)
def mede_initiatief(f: Feiten) -> tuple[Feiten, list[Bevinding]]:
    """The case with its co-initiators marked as initiator, and the finding that says so."""
    namen = mede_initiatiefnemers(f)
    if not namen:
        return f, []
    v = f.vraagstuk
    partijen = [
        p.model_copy(update={"initiatiefnemer": True}) if p.naam in namen else p
        for p in v.belanghebbenden
    ]
    nieuw = v.model_copy(update={"belanghebbenden": partijen})
    return (
        Feiten(vraagstuk=nieuw, kennis=f.kennis, datum=f.datum),
        [
            bevinding(
                "BELANG-MEDE-INITIATIEF",
                Ernst.info,
                namen=namen,
                meervoud=len(namen) > 1,
            )
        ],
    )

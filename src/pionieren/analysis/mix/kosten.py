"""What the design costs, and who pays: the gemeente, the initiator, or the project."""

from __future__ import annotations

import math
import re
from typing import Literal, NamedTuple

from pionieren.analysis.facts import Feiten
from pionieren.analysis.kosten import VRIJWILLIGERS, rond, scaled
from pionieren.analysis.mix.onderwerpen import _DEEL  # the words for a part of the area
from pionieren.analysis.mix.ontwerp import Keuze, fase_van
from pionieren.analysis.mix.organisator import organisator
from pionieren.analysis.planning_ritme import aantal_momenten
from pionieren.analysis.regel import Thema, regel
from pionieren.safe_text import comparable_name
from pionieren.text import TELWOORD
from pionieren.vocabulary import (
    Betaler,
    Initiatiefnemer,
    Organisator,
    Procesfase,
    Schaal,
    SoortBelanghebbende,
    Status,
    Voorwaarde,
)


class Kosten(NamedTuple):
    """The least and most a design costs, apart for each one who pays."""

    gemeente_min: int
    gemeente_max: int
    initiatiefnemer_min: int
    initiatiefnemer_max: int
    uitvoering_min: int
    uitvoering_max: int
    anderen_min: int = 0
    anderen_max: int = 0


def betaalt_gemeente(f: Feiten, organisator: Organisator) -> bool:
    if organisator is Organisator.initiatiefnemer:
        return False
    if organisator is Organisator.griffie:
        # the raad's own moments are the raad's: never on the initiator's bill (review 27)
        return True
    return f.vraagstuk.kaders.betaler is not Betaler.initiatiefnemer


def van_een_ander(f: Feiten, k: Keuze) -> bool:
    """Does another organisation run this werkvorm on its own means? The vraagstuk names it as
    already decided by a party on its map that is not the gemeente, the raad or the initiator
    (a wijkplatform's wijkbudget, the jongerenwerk's street talks).

    Why: what another party already runs and pays is no cost to the participation budget;
    counting it pushes a small budget over and makes the design shrink for nothing."""
    return k.genoemd and door_een_ander(f, k.werkvorm.id)


def door_een_ander(f: Feiten, werkvorm: str) -> bool:
    """Does the vraagstuk name this werkvorm as decided by a party on its map that is not the
    gemeente, the raad or the initiator (see :func:`van_een_ander`)?"""
    partijen = {
        _zonder_lidwoord(naam)
        for p in f.vraagstuk.belanghebbenden
        if not p.initiatiefnemer
        and p.soort is not SoortBelanghebbende.politiek
        # another government body (a veiligheidsregio, a provincie) pays its own steps; the
        # case's own body (its gemeente, or the waterschap that runs the case) does not
        and (p.soort is not SoortBelanghebbende.overheid or andere_overheid(f, p.naam))
        # "Stichting Jong Vlietburg (jongerenwerk)" is also named "Stichting Jong Vlietburg"
        for naam in (p.naam, p.naam.split(" (", 1)[0])
    }
    return any(
        g.id == werkvorm
        and g.status is Status.besloten
        and g.door is not None
        and _zonder_lidwoord(g.door) in partijen
        for g in f.vraagstuk.werkvormen
    )


_LIDWOORD = re.compile(r"^(?:de|het|een)\s+")


def _zonder_lidwoord(naam: str) -> str:
    """A party's name as people compare it, without a leading article: "door: de Nationaal
    Coördinator Groningen" is the party "Nationaal Coördinator Groningen" on the map.

    Why: review 53b (Tjamsterhuizen): the NCG's keukentafelgesprekken, "besloten door: de
    Nationaal Coördinator Groningen", cost the gemeente € 43.300 of its budget."""
    return _LIDWOORD.sub("", comparable_name(naam))


_EIGEN_ORGAAN = re.compile(
    r"\b(?:gemeente\w*|college|wethouders?|burgemeester|raad|griffie|ambtena\w*|team)\b",
    re.IGNORECASE,
)


def andere_overheid(f: Feiten, naam: str) -> bool:
    """Is this government party on the map another body than the one that runs the case? Not
    when its name is part of the case's own body ("Waterschap Waal en Linge, met de gemeente
    Waalhoven") or names one of the gemeente's own organs (college, raad, a team).

    Why: review 52a (Hoolterveen): the brandweer's own schouw of the fire sites, decided by
    the veiligheidsregio, was charged to the gemeente's € 3.500 as "de ronde voor iedereen"."""
    eigen = comparable_name(f.vraagstuk.gemeente)
    kaal = comparable_name(naam.split(" (", 1)[0])
    if not kaal or kaal in eigen:
        return False
    return not _EIGEN_ORGAAN.search(naam)


_BEDRAG = re.compile(r"€\s*(\d[\d.]*\d|\d)|(\d[\d.]*\d|\d)\s*euro\b", re.IGNORECASE)


def bijdrage_in_budget(f: Feiten) -> bool:
    """Is the budget the sum of the parts a fixed frame names, the initiator's own money among
    them ("De gemeente betaalt 4.500 euro; Dorpsbelang legt zelf 1.000 euro bij", budget
    5.500)? Then what the initiator decided itself is paid from its part of this budget.

    Why: review 50b (Meerwierum): Dorpsbelang's € 1.000 was inside the € 5.500, and the advice
    still said the initiator paid its own survey "buiten dit budget": counted twice."""
    budget = f.vraagstuk.kaders.budget_euro
    if not budget:
        return False
    for zin in f.vraagstuk.kaders.vast:
        bedragen = [int((a or b).replace(".", "")) for a, b in _BEDRAG.findall(zin)]
        if len(bedragen) >= 2 and sum(bedragen) == budget:
            return True
    return False


def eigen_besluit(f: Feiten, k: Keuze) -> bool:
    """Did the initiator itself decide this werkvorm (the vraagstuk names it as ``besloten``
    ``door`` the initiator), while gemeente and initiator share one budget (betaler: beide)?
    Then the initiator runs and pays it on its own means: it is not in the shared budget.

    Why: review 43d (Molenakker): the corporation decided and pays a talk with every household;
    counting it in the shared budget made the design € 123,000 short and the advice asked the
    gemeente for money "vooral voor keukentafelgesprekken" it does not pay."""
    if not k.genoemd or f.vraagstuk.kaders.betaler is not Betaler.beide:
        return False
    if bijdrage_in_budget(f):
        return False  # its own money is already in the budget: not counted again outside it
    initiatiefnemers = {
        comparable_name(naam)
        for p in f.vraagstuk.belanghebbenden
        if p.initiatiefnemer
        for naam in (p.naam, p.naam.split(" (", 1)[0], "initiatiefnemer")
    } or {"initiatiefnemer"}
    return any(
        g.id == k.werkvorm.id
        and g.status is Status.besloten
        and g.door is not None
        and comparable_name(g.door) in initiatiefnemers
        for g in f.vraagstuk.werkvormen
    )


PROJECT_ZELF = frozenset({"pilot"})
"""Werkvormen that are the project itself once decided: a trial of the measure (its
containers, staff and rules) is a way of carrying it out, not a way of asking inwoners."""


ANDER_BUDGET = re.compile(
    r"\bniet (?:uit|van|ten laste van) (?:het|ons|dit) participatiebudget"
    r"|\b(?:betaald|bekostigd|gefinancierd|gedekt) (?:uit|van|door) (?:het|een|de) "
    r"(?!participatie)\w*(?:budget|krediet|project)",
    re.IGNORECASE,
)
"""A sentence in the case's fixed frame that says a cost is carried by another budget than
participation ('betaald uit het projectbudget grondgebruik, niet uit het participatiebudget')."""

_ALGEMEEN = frozenset({"gemeente", "inwoners", "bewoners", "medewerkers", "betaald", "budget"})


def _naamwoorden(naam: str) -> set[str]:
    """The content words of a werkvorm's name (six letters or more, not a generic word)."""
    return {w for w in re.findall(r"[a-zà-ÿ]+", naam.lower()) if len(w) >= 6} - _ALGEMEEN


def _noemt(zin: str, naam: str) -> bool:
    """Does this sentence name the werkvorm: one of its words is (part of) a word of the
    name ('gesprekken' in 'Keukentafelgesprekken met een afspraak per huishouden')?"""
    woorden = _naamwoorden(naam)
    return any(
        len(z) >= 6 and z not in _ALGEMEEN and any(z in n for n in woorden)
        for z in re.findall(r"[a-zà-ÿ]+", zin.lower())
    )


_INKOOP = re.compile(
    r"\bmarkt\s*consultatie|\bmarktverkenning|\bmarktpartij\w*|\binschrijv\w*|\bbieders?\b",
    re.IGNORECASE,
)
"""A step of the procurement itself: a market consultation with the parties that may bid. The
inkoop budget pays it, not participation."""


def ander_budget(f: Feiten, werkvorm_id: str) -> bool:
    """Does the case pay this werkvorm from another budget than participation? Either its
    ``betaald_uit`` says so, or one sentence of ``kaders.vast`` says a cost is paid elsewhere
    and names exactly one of the case's werkvormen: this one.

    Why: review 59a (snippergroen): the case said the 585 personal talks after the decision are
    paid from the project budget for land use, "niet uit het participatiebudget"; the advice
    counted them anyway and showed the design € 178,200 short of a € 24,000 budget."""
    v = f.vraagstuk
    if any(g.id == werkvorm_id and g.betaald_uit for g in v.werkvormen):
        return True
    # the procurement's own market consultation (review 59c, Marnewold: charged to a
    # participation budget of € 9,000 that it pushed over)
    if f.gunning and any(
        g.id == werkvorm_id and _INKOOP.search(f"{g.id} {g.voor or ''}") for g in v.werkvormen
    ):
        return True
    return vaste_zin_over(f, werkvorm_id, ANDER_BUDGET)


def vaste_zin_over(f: Feiten, werkvorm_id: str, patroon: re.Pattern[str]) -> bool:
    """Does one sentence of ``kaders.vast`` match ``patroon`` and name exactly one of the
    case's werkvormen: this one (see :func:`_noemt`)?"""
    v = f.vraagstuk
    ids = list(dict.fromkeys(g.id for g in v.werkvormen))
    if werkvorm_id not in ids:
        return False
    for zin in v.kaders.vast:
        if not patroon.search(zin):
            continue
        namen = {w.id: w.naam for w in f.kennis.werkvormen}
        genoemd = [i for i in ids if i in namen and _noemt(zin, namen[i])]
        if genoemd == [werkvorm_id]:
            return True
    return False


NA_HET_BESLUIT = re.compile(
    r"\bna (?:het|dat|dit) (?:raads|college)?besluit\b|\bna de vaststelling\b", re.IGNORECASE
)
"""A fixed sentence that says a step comes after the decision ('de persoonlijke gesprekken
voeren twee medewerkers, na het besluit')."""


def na_het_besluit_genoemd(f: Feiten, werkvorm_id: str) -> bool:
    """Does the case's fixed frame say this werkvorm of the case comes after the decision?

    Why: review 59a (snippergroen): the personal talks with 585 households that the case put
    after the college's decision were planned in March, before it."""
    return vaste_zin_over(f, werkvorm_id, NA_HET_BESLUIT)


def van_het_project(f: Feiten, k: Keuze) -> bool:
    """Is this werkvorm part of the project itself? A trial the case names as decided (a pilot
    the college already runs in one neighbourhood) is paid by the project, not by the
    participation budget.

    Why: counting a decided trial of € 10,000 or more as participation makes the budget look
    spent on asking inwoners when it is spent on the measure; the participation around it
    (asking the experiences, the evaluation) keeps its own werkvormen and costs."""
    if k.genoemd and ander_budget(f, k.werkvorm.id):
        return True
    return (
        k.genoemd
        and k.werkvorm.id in PROJECT_ZELF
        and any(
            g.id == k.werkvorm.id and g.status is Status.besloten for g in f.vraagstuk.werkvormen
        )
    )


PERSONEN_PER_HUISHOUDEN = 2.1
"""The average size of a Dutch household (CBS): people to households for a letter to each."""

INWONERS_PER_DEEL: dict[Schaal, int] = {
    Schaal.straat: 100,
    Schaal.buurt: 1500,
    Schaal.wijk: 5000,
    Schaal.kern: 4000,
}
"""About how many inwoners live in one part of the area, to estimate the number of parts when
the case does not say it (a Dutch buurt has some 1,300 to 1,500 inwoners, CBS)."""

_MEERVOUD = {
    Schaal.straat: ("straten", "straten"),
    Schaal.buurt: ("buurten", "buurten"),
    Schaal.wijk: ("wijken", "wijken"),
    Schaal.kern: ("kernen", "kernen|dorpen|dorpskernen"),
}
_TELWOORD = TELWOORD
_RANG = {s: i for i, s in enumerate(Schaal)}


def genoemd_aantal(f: Feiten, deel: Schaal) -> int | None:
    """How many parts the case names in its text ('de vier kernen', '12 buurten'); None when
    it names no number (or two different ones)."""
    v = f.vraagstuk
    tekst = " ".join([v.titel, v.omschrijving, *(o.onderwerp for o in v.kaders.open)])
    woorden = "|".join(_TELWOORD)
    patroon = re.compile(rf"\b(\d+|{woorden})\s+(?:{_MEERVOUD[deel][1]})\b", re.IGNORECASE)
    gevonden = {
        int(m.group(1)) if m.group(1).isdigit() else _TELWOORD[m.group(1).lower()]
        for m in patroon.finditer(tekst)
    }
    return gevonden.pop() if len(gevonden) == 1 and min(gevonden) >= 2 else None


def delen(f: Feiten, deel: Schaal) -> int | None:
    """In how many parts a form held in each ``deel`` is held: the number the case names, or
    estimated from its largest group of inwoners; None when neither is known or the case is
    not larger than one part."""
    if _RANG[deel] >= _RANG[f.vraagstuk.schaal] or deel not in INWONERS_PER_DEEL:
        return None
    genoemd = genoemd_aantal(f, deel)
    if genoemd is not None:
        return genoemd
    inwoners = [
        p.aantal
        for p in f.vraagstuk.belanghebbenden
        if p.soort is SoortBelanghebbende.inwoners and p.aantal
    ]
    if not inwoners:
        return None
    return max(2, round(max(inwoners) / INWONERS_PER_DEEL[deel]))


def deel_van(f: Feiten, k: Keuze) -> Schaal | None:
    """The part of the area this choice is held in apart: the one the catalogue gives the
    werkvorm (a map evening per buurt), or the one an open point it is chosen for is decided
    per ('in elke kern')."""
    eenheid = k.werkvorm.eenheid
    if eenheid is None or eenheid.per != "deel":
        return None
    if eenheid.deel is not None:
        return eenheid.deel
    for r in k.redenen:
        woord = r.waarden.get("per") if r.sleutel == "MIX-ONDERWERP.gekozen" else None
        if isinstance(woord, str) and woord.lower() in _DEEL:
            return _DEEL[woord.lower()]
    return None


def _eerst(k: Keuze) -> bool:
    """Is this choice held only in the first area before the decision?"""
    return any(
        r.sleutel == "MIX-ONDERWERP.gekozen" and r.waarden.get("eerst") is True for r in k.redenen
    )


def weken_van(f: Feiten, k: Keuze) -> tuple[int, int, int | None]:
    """The shortest and longest duration of this choice in working weeks, and the number of
    units that set them (None when the catalogue's weeks hold): a form with a pace per week (a
    talk at each address) lasts as long as its units in this case demand, never shorter than
    the catalogue says.

    Why: review 59 (snippergroen, Aldervenne): 585 talks, one per household, were planned in
    the five weeks between the decision and the works; a team does some 25 a week."""
    kort, lang = k.werkvorm.weken
    eenheid = k.werkvorm.eenheid
    aantal = aantal_van(f, k) if eenheid is not None and eenheid.per_werkweek else None
    if eenheid is None or eenheid.per_werkweek is None or aantal is None:
        return kort, lang, None
    nodig = math.ceil(aantal[0] / eenheid.per_werkweek)
    if nodig <= lang:
        return kort, lang, None
    return max(kort, nodig), nodig, aantal[0]


def aantal_van(f: Feiten, k: Keuze) -> tuple[int, str] | None:
    """How many units of its catalogue price this choice has in this case, and what they are
    ('gesprekken', 'huishoudens', 'kernen'): the people it is for, their households, or the
    parts of the area it is held in. None when the case does not say (then the catalogue's
    range holds). For groups of which one may hold the other (all inwoners and the inwoners
    of one buurt), the largest group counts, never the sum."""
    eenheid = k.werkvorm.eenheid
    if eenheid is None:
        return None
    if eenheid.per == "deel":
        deel = deel_van(f, k)
        n = delen(f, deel) if deel is not None else None
        if n and deel is not None and _eerst(k):
            # only the first area before the decision; the others come with their own works
            # (rule PLAN-KALENDER), paid from their own budget
            return 1, _MEERVOUD[deel][0]
        return (n, _MEERVOUD[deel][0]) if n and deel is not None else None
    if eenheid.per == "partij":
        # one seat (one or two people) for each group it is for; a table of one party is a
        # conversation of a few hours (review 46a: € 2,000-10,000 for one farmer)
        partijen = max(1, len(k.voor))
        return min(partijen, eenheid.hoogstens or partijen), "partijen"
    if (eigen := eigen_aantal(f, k)) is not None:
        # the size the case itself gives its own instrument: no sample of the catalogue's
        return eigen, "adressen" if eenheid.per == "huishouden" else "gesprekken"
    groepen = set(k.voor)
    aantallen = [
        p.aantal
        for p in f.vraagstuk.belanghebbenden
        if p.naam in groepen and p.aantal and p.soort is SoortBelanghebbende.inwoners
    ]
    if not aantallen:
        return None
    if eenheid.per == "huishouden":
        huishoudens = huishoudens_van(max(aantallen))
        if eenheid.hoogstens and huishoudens > eenheid.hoogstens:
            return eenheid.hoogstens, "huishoudens"  # a sample of the addresses
        return huishoudens, "huishoudens"
    n = max(aantallen)
    return (min(n, eenheid.hoogstens) if eenheid.hoogstens else n), "gesprekken"


_EIGEN_AANTAL = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)\s+(?!uur\b|jaar\b|procent\b|%)[a-zà-ÿ]"
)


def eigen_aantal(f: Feiten, k: Keuze) -> int | None:
    """The number of people, addresses or companies the case itself gives its own werkvorm
    in its audience (werkvormen[].voor: "een steekproef van 6.000 inwoners", "de 46
    melkveebedrijven"); None when it names none or more than one.

    Why: review 56b: the case's own peiling "voor een steekproef van 6.000 inwoners" was
    priced as the catalogue's sample of 3,000 addresses (€ 6.500), and LTO's visits to "de 46
    melkveebedrijven" as a few talks (€ 1.000). The case decided the size of its instrument;
    its cost follows that size."""
    if not k.genoemd:
        return None
    teksten = (
        {k.voor_tekst}
        if k.voor_tekst
        else {g.voor for g in f.vraagstuk.werkvormen if g.id == k.werkvorm.id and g.voor}
    )
    if len(teksten) != 1:
        return None
    gevonden = {int(m.group(1).replace(".", "")) for m in _EIGEN_AANTAL.finditer(teksten.pop())}
    if len(gevonden) != 1:
        return None
    n = gevonden.pop()
    return n if n >= 2 else None


def huishoudens_van(inwoners: int) -> int:
    """About how many households so many inwoners form (2.1 a household); an estimate, so a
    round number above a thousand."""
    huishoudens = math.ceil(inwoners / PERSONEN_PER_HUISHOUDEN)
    return round(huishoudens, -2) if huishoudens >= 1000 else huishoudens


def _getal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def herkomst(f: Feiten, k: Keuze) -> str:
    """Where the number of units of this choice comes from, in plain words for the reader: the
    inwoners it was counted from, a sample, or the number the case names. Empty when the case
    does not say how many (then the catalogue's range holds).

    Why: review 29a: "Gerekend met 524 huishoudens" without saying why 524 is a number a
    reader cannot check."""
    eenheid = k.werkvorm.eenheid
    aantal = aantal_van(f, k)
    if eenheid is None or aantal is None:
        return ""
    n = aantal[0]
    if eenheid.per == "partij":
        return "één plek per groep aan tafel"
    if eigen_aantal(f, k) is not None:
        return "het aantal uit het vraagstuk"
    if eenheid.per == "deel":
        deel = deel_van(f, k)
        if deel is not None and genoemd_aantal(f, deel) is not None:
            return "het aantal uit het vraagstuk"
        per = INWONERS_PER_DEEL[deel] if deel is not None else 0
        return f"geschat op ongeveer {_getal(per)} inwoners per {deel.value if deel else 'deel'}"
    inwoners = max(
        p.aantal
        for p in f.vraagstuk.belanghebbenden
        if p.naam in set(k.voor) and p.aantal and p.soort is SoortBelanghebbende.inwoners
    )
    if eenheid.per == "huishouden":
        alle = huishoudens_van(inwoners)
        if n < alle:
            return f"een steekproef uit ongeveer {_getal(alle)}"
        return f"{_getal(inwoners)} inwoners, gemiddeld 2,1 per huishouden"
    return "een steekproef" if n < inwoners else "één per persoon"


def per_stuk(f: Feiten, k: Keuze) -> tuple[int, int] | None:
    """The cost from the catalogue's price per unit, when the case says how many: the fixed
    part plus the number times the price per unit."""
    eenheid = k.werkvorm.eenheid
    aantal = aantal_van(f, k)
    if eenheid is None or aantal is None:
        return None
    n = aantal[0]
    laag = rond(eenheid.vast_euro[0] + n * eenheid.euro[0])
    hoog = rond(eenheid.vast_euro[1] + n * eenheid.euro[1])
    return laag, max(laag, hoog)


def aantallen(f: Feiten, keuzes: list[Keuze]) -> list[tuple[int, str]]:
    """The numbers the gemeente's costs count with, each kind once (the largest): the
    assumption the advice states next to the budget."""
    grootste: dict[str, tuple[int, str]] = {}
    for k in keuzes:
        if betaald_door(f, k) != "gemeente" or (a := aantal_van(f, k)) is None:
            continue
        if a[1] == "partijen":
            continue  # the table shows its groups: no number to explain
        if a[1] not in grootste or a[0] > grootste[a[1]][0]:
            grootste[a[1]] = (a[0], herkomst(f, k))
    # the unit with where its number comes from: '524 huishoudens (1.100 inwoners, gemiddeld
    # 2,1 per huishouden)'
    return [(n, f"{wat} ({uitleg})" if uitleg else wat) for wat, (n, uitleg) in grootste.items()]


@regel(
    "MIX-KOSTEN-AANTAL",
    Thema.mix,
    "De kosten naar het aantal gesprekken, huishoudens en buurten",
    """Een werkvorm die per persoon, per huishouden of per buurt wordt gehouden, kost meer
    naarmate het om meer gaat. Zegt het vraagstuk om hoeveel mensen het gaat, dan rekent
    pionieren met een prijs per stuk uit de catalogus plus vaste kosten: een gesprek aan de
    deur of aan de keukentafel voor elke persoon (keukentafelgesprekken hoogstens twintig, een
    steekproef), een brief met drukwerk en porto voor elk huishouden bij een enquête (2,1
    personen per huishouden; hoogstens een steekproef van 3.000 adressen), en een avond of atelier in elke buurt of kern als de werkvorm daar apart
    wordt gehouden. Geeft het vraagstuk zelf de omvang van een eigen werkvorm ("een steekproef
    van 6.000 inwoners", "de 46 melkveebedrijven"), dan rekent pionieren met dat aantal, ook
    boven die steekproef. Belooft het vraagstuk de deelnemers hun tijd te vergoeden (een motie:
    "het college vergoedt hun tijd"), dan hoort die vergoeding bij de werkvorm die veel uren
    vraagt: € 25 tot 50 per deelnemer per bijeenkomst, één bijeenkomst per maand. Het aantal
    buurten of kernen komt uit de tekst ("de vier kernen"); anders
    schat pionieren het uit het aantal inwoners (ongeveer 1.500 per buurt, 4.000 per kern, 5.000
    per wijk). Een rondetafelgesprek kost per partij aan tafel: met één partij is het een
    gesprek van een paar uur, geen bijeenkomst van duizenden euro's. Hoort een groep bij een andere (alle inwoners en de bewoners van één buurt), dan
    telt de grootste, niet de som. Het advies zegt met welke aantallen het rekende en waar ze
    vandaan komen (het aantal inwoners, een steekproef, het aantal uit het vraagstuk). Zegt het
    vraagstuk het aantal niet, dan geldt het bedrag uit de catalogus (regel
    MIX-KOSTEN-SCHAAL).""",
    ["vng-handreiking-participatie"],
)
def kosten_van(f: Feiten, k: Keuze) -> tuple[int, int]:
    """What this choice costs: by the price per unit when the case gives the number
    (:func:`per_stuk`), else the catalogue's amount at the case's schaal; a share of it when inwoners run it themselves as initiator (no
    staff or bureau; see MIX-KOSTEN-SCHAAL)."""
    return op_vijftig(*_kosten_van(f, k))


def op_vijftig(laag: int, hoog: int) -> tuple[int, int]:
    """A cost range whose estimate (:func:`raming`) is a whole € 50 and at least € 50: the
    lower bound to € 50, the width of the range to € 500 (a tenth of it is then a whole € 50).
    A free choice stays free. Every row of the design then shows a round amount, and the rows
    add up to the estimate of the whole design (the sum of such ranges is such a range).

    Why: review 50b: rows of "€ 85" or "€ 1.015" read as a precision the estimate does not
    have, and rounding only the shown rows would make the table not add up."""
    if not hoog:
        return 0, 0
    breed = (max(0, hoog - laag) + 250) // 500 * 500
    laag = (laag + 25) // 50 * 50
    if laag + breed // 10 < 50:
        laag = 50 - breed // 10
    return laag, laag + breed


def _kosten_van(f: Feiten, k: Keuze) -> tuple[int, int]:
    """The cost of this choice before rounding (:func:`kosten_van`)."""
    if k.kap:
        # the smaller form a short budget leaves of it: a fixed amount (rule MIX-BUDGET)
        return k.kap, k.kap
    bedrag = per_stuk(f, k) or k.werkvorm.kosten_euro
    if k.werkvorm.id == "terugkoppeling":
        # the feedback the case promises on a rhythm is as many letters as moments (rule
        # PLAN-KALENDER): each costs what one does (review 56a: one for € 100, promised
        # every two months)
        keer = aantal_momenten(f.vraagstuk)
        bedrag = (bedrag[0] * keer, bedrag[1] * keer)
    if k.gespreksleider:
        # an independent, experienced chair for one or two evenings, with the preparation and
        # the talks beforehand: some 12 to 30 hours at about € 125 (rule MIX-AFWEGEN)
        bedrag = (bedrag[0] + GESPREKSLEIDER_EURO[0], bedrag[1] + GESPREKSLEIDER_EURO[1])
    if (
        f.vraagstuk.initiatiefnemer is Initiatiefnemer.inwoners
        and organisator(f, k) is Organisator.initiatiefnemer
    ):
        return scaled(bedrag, VRIJWILLIGERS)
    vergoeding = vergoeding_van(f, k)
    return bedrag[0] + vergoeding[0], bedrag[1] + vergoeding[1]


VERGOEDING_BIJEENKOMST = (25, 50)
"""The fee for one participant for one meeting when the case promises to pay their time: a
volunteer's fee of some € 25 to 50 a meeting (within the tax-free volunteer allowance, so it
does not cut an uitkering)."""

_VERGOED = re.compile(
    r"\bvergoed(?:t|en|ing)\b[^.]*\b(?:tijd|inzet|deelnemers|ervaringsdeskundig\w*)|"
    r"\b(?:tijd|inzet)\b[^.]*\bvergoed",
    re.IGNORECASE,
)


def vergoeding_beloofd(f: Feiten) -> bool:
    """Does the case promise to pay the participants' time (a motie, a toezegging or a fixed
    frame: "het college ... vergoedt hun tijd")?"""
    v = f.vraagstuk
    belofte = v.besluit.toezegging if v.besluit is not None else None
    teksten = [v.aanleiding or "", *v.kaders.vast, (belofte.tekst or "") if belofte else ""]
    return any(_VERGOED.search(t) for t in teksten)


def vergoeding_van(f: Feiten, k: Keuze) -> tuple[int, int]:
    """The promised fee for the members of a form that asks many hours of them (the catalogue
    makes a fee a condition of it): each participant, each meeting (one a month of the step's
    dates, at least two). (0, 0) when the case promises none.

    Why: review 56a (Mergelrode): the motie "vergoedt hun tijd", and the advice paid the fee
    from "what is left" ("Er blijft € 12.060 over: ... dan voor vergoedingen"). A fee a motie
    requires is part of the step's cost."""
    w = k.werkvorm
    if not vergoeding_beloofd(f) or not any("vergoeding" in r.lower() for r in w.randvoorwaarden):
        return 0, 0
    weken = (k.periode[1] - k.periode[0]).days // 7 if k.periode else w.weken[1]
    keer = max(2, weken // 4)
    return (
        w.deelnemers[0] * keer * VERGOEDING_BIJEENKOMST[0],
        w.deelnemers[1] * keer * VERGOEDING_BIJEENKOMST[1],
    )


GESPREKSLEIDER_EURO = (1500, 4000)
"""An independent chair for the weighing step of a divided case (rule MIX-AFWEGEN)."""


Betaald = Literal["gemeente", "initiatiefnemer", "project", "anderen", "later"]


WETTELIJK_ORGAAN = re.compile(
    r"\bondernemingsraad\b|\bOR\b|\bROCOV\b|reizigersoverleg", re.IGNORECASE
)
"""A body that advises under its own law, not as a step of this participation: an
ondernemingsraad (Wet op de ondernemingsraden) or a consumer council for public transport
(ROCOV, Wet personenvervoer 2000)."""


def wettelijk_advies(k: Keuze) -> bool:
    """Is this the written advice of a body that advises under its own law (an OR, a ROCOV)?
    That advice is asked and answered anyway; the participation budget does not pay it.

    Why: review 48e (Voorwolde): the advice of the gemeente's own ondernemingsraad stood as a
    participation step of € 250-2,000 in a design of € 4,500 that did not fit."""
    return (
        k.werkvorm.id == "clientenraad"
        and bool(k.voor)
        and all(WETTELIJK_ORGAAN.search(n) for n in k.voor)
    )


def uitvoering_regeling(f: Feiten, k: Keuze) -> bool:
    """Is this the talk with an agreement per household on what each owner does under a regeling
    the decision sets (a verordening or subsidieregeling)? That talk is the service of the
    regeling (a loket, a bewonersbegeleider), paid by its execution, not by the participation
    budget: it comes after the decision (rule PLAN-NA-BESLUIT).

    Why: review 64a (funderingsherstel): € 51,400 of one-to-one agreement talks with each owner
    under the new verordening counted as participation and pushed the design € 37,600 over a
    budget of € 32,000."""
    from pionieren.analysis.mix.plan import REGELING  # circular: plan imports kosten

    v = f.vraagstuk
    if v.besluit is None or v.besluit.procedure not in REGELING or v.kaders.besluit_al_genomen:
        return False
    if Voorwaarde.eigen_bezit not in k.werkvorm.alleen_als or not k.onderwerpen:
        return False
    hoofd = v.kaders.besluit_uiterlijk
    eigen = {p.onderwerp for p in v.kaders.open if p.eigen_bezit and p.na_besluit is not False}
    # the other points it carries are also worked out after the decision
    later = {
        p.onderwerp
        for p in v.kaders.open
        if p.na_besluit or (hoofd is not None and p.uiterlijk is not None and p.uiterlijk > hoofd)
    }
    return bool(set(k.onderwerpen) & eigen) and set(k.onderwerpen) <= eigen | later


def betaald_door(f: Feiten, k: Keuze) -> Betaald:
    """Who pays this choice: another organisation, the project, the initiator or the
    gemeente's participation budget (the order of :func:`kosten`)."""
    if van_een_ander(f, k) or wettelijk_advies(k):
        return "anderen"
    if k.later:
        return "later"
    if fase_van(k) is Procesfase.uitvoering or van_het_project(f, k) or uitvoering_regeling(f, k):
        return "project"
    if eigen_besluit(f, k):
        return "anderen"
    if not betaalt_gemeente(f, organisator(f, k)):
        return "initiatiefnemer"
    return "gemeente"


def kosten(f: Feiten, keuzes: list[Keuze]) -> Kosten:
    """What the gemeente, the initiator and the works pay for these choices.

    Why: the participation budget pays for asking and deciding together. What the initiator
    runs before the decision is the initiator's cost; what runs during the works
    (bouwcommunicatie, a pilot, also the initiator's own) belongs to the project, and is shown
    apart instead of pushing the design over its budget; so does a trial the case already
    decided (see :func:`van_het_project`). What another organisation already
    runs on its own means is shown apart too (see :func:`van_een_ander`), and so is what the
    initiator decided itself when the budget is shared (see :func:`eigen_besluit`).
    """
    g = [0, 0]
    i = [0, 0]
    u = [0, 0]
    a = [0, 0]
    # what a later decision's own budget pays is shown apart, like another party's
    potten = {"gemeente": g, "initiatiefnemer": i, "project": u, "anderen": a, "later": a}
    for k in keuzes:
        doel = potten[betaald_door(f, k)]
        laag, hoog = kosten_van(f, k)
        doel[0] += laag
        doel[1] += hoog
    return Kosten(g[0], g[1], i[0], i[1], u[0], u[1], a[0], a[1])


def uit_het_budget(f: Feiten, prijs: Kosten) -> tuple[int, int]:
    """The least and most of these costs that the participation budget carries: the gemeente's
    part, or both parts when the gemeente and the initiator share one budget (betaler: beide).

    Why: review 38 (bibliotheek): a budget of both parties together was set against the
    gemeente's part only, so the advice showed € 10,900 free while the whole design already
    cost € 11,400."""
    if f.vraagstuk.kaders.betaler is Betaler.beide:
        return (
            prijs.gemeente_min + prijs.initiatiefnemer_min,
            prijs.gemeente_max + prijs.initiatiefnemer_max,
        )
    return prijs.gemeente_min, prijs.gemeente_max


def budget_min(f: Feiten, keuzes: list[Keuze]) -> int:
    """The least these choices cost the participation budget (see :func:`uit_het_budget`)."""
    return uit_het_budget(f, kosten(f, keuzes))[0]


def raming(laag: int, hoog: int) -> int:
    """A realistic estimate of a cost range for a gemeente that runs the process with its own
    staff: the lower bound plus a tenth of the range (0 for no cost). Not rounded: the estimate
    of a design is the sum of the estimates of its rows, so the table of the design adds up to
    the amount the advice names (the amounts of the catalogue are whole fifties, so a tenth of
    a range is a whole five).

    Why: review 38: the budget was set against the bare least the design costs, so a budget
    well within the range read as 'far too much'. Then the midpoint: review 41 found that it
    called 54 of 78 realistic budgets short by up to three times, because the upper bounds of
    the catalogue are for a large city with an outside bureau. A sober process with some room,
    and a fifth on top for the unforeseen (:func:`met_onvoorzien`), is what a gemeente plans.
    Review 49: a table of ranges that summed to "€ 6.300–31.500" next to an estimate of
    € 10.500 confused readers; each row now shows this estimate of its own range."""
    return laag + (hoog - laag) // 10 if hoog else 0


ONVOORZIEN = 20
"""The percentage for the unforeseen on top of the estimate (:func:`raming`)."""


def schatting(f: Feiten, keuzes: list[Keuze]) -> int:
    """What the participation budget should hold for these choices: the estimate of their range
    (:func:`raming`) with a fifth for the unforeseen (:func:`met_onvoorzien`). This is the one
    number the advice sets against the budget.

    Why: review 40: a design whose least cost just fits a budget does not fit a real process;
    the design must be made smaller until this number fits, not kept 'sober' at the lower
    bounds of every form."""
    return met_onvoorzien(*uit_het_budget(f, kosten(f, keuzes)))


def met_onvoorzien(laag: int, hoog: int) -> int:
    """The estimate of a cost range (:func:`raming`) with exactly a fifth for the unforeseen
    (whole numbers: the report shows the same amount the analysis used). The rows are whole
    € 50 (:func:`op_vijftig`), so a fifth of their sum is a whole € 10 and the row
    "Onvoorzien (20 %)" is exactly that percentage.

    Why: review 51a/51b: rounding the total up to € 100 made the row "Onvoorzien (20 %)"
    € 3.550 where 20 % of the rows was € 3.470 (Walduin) and € 6.250 for € 6.190 (Beekloon):
    the stated percentage was not the one used."""
    r = raming(laag, hoog)
    return r + -(-r * ONVOORZIEN // 100)

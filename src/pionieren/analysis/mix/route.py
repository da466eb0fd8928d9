"""Which werkvorm may carry an open point: one that ends before the moment that fixes the
point, and one whose audience includes the groups the point is about (rule MIX-ROUTE)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.mix.bereik import over_jeugd, voor_jeugd
from pionieren.analysis.mix.betrokken import betrokkenen
from pionieren.analysis.mix.ontwerp import Keuze, voor_het_besluit
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst, OnderwerpAdvies
from pionieren.vocabulary import Beslisser, Niveau, SoortBelanghebbende, Trede

#: A moment that fixes a tender's documents: the leidraad, the bestek, the award criteria.
_AANBESTEDINGSSTUK = re.compile(
    r"\b(?:aanbestedingsleidraad|leidraad|bestek|aanbestedingsdocument\w*|gunningscriteri\w*)",
    re.IGNORECASE,
)

#: A point about scoring the bids themselves ('het oordeel van jongeren over de plannen van
#: de inschrijvers'): that is done after the leidraad, on its published criteria.
_OORDEEL = re.compile(r"\b(?:oordeel|beoordel\w*|scor\w*|punten\s+geven)\b", re.IGNORECASE)
_BIEDING = re.compile(r"\b(?:inschrijv\w*|bieding\w*|offerte\w*|aanbieding\w*)", re.IGNORECASE)

#: The formal round on the ontwerp(besluit): from its start the ontwerp is fixed.
ZIENSWIJZE = "zienswijze"

#: Who is no audience of a point: the authorities and the raad have their own route.
_GEEN_PUBLIEK = (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)


def over_biedingen(onderwerp: str) -> bool:
    """Is this point the scoring of the bids (after the leidraad), not what the leidraad asks?"""
    return (
        bool(_OORDEEL.search(onderwerp))
        and bool(_BIEDING.search(onderwerp))
        and not _AANBESTEDINGSSTUK.search(onderwerp)
    )


def _vast_met_hoofdbesluit(f: Feiten, punt: OnderwerpAdvies) -> bool:
    """Does the main decision's document settle this point: not a point worked out after the
    decision, with a date of its own, or decided by another body than the main decider?"""
    invoer = next((p for p in f.vraagstuk.kaders.open if p.onderwerp == punt.onderwerp), None)
    if invoer is None or invoer.na_besluit or invoer.uiterlijk is not None or invoer.partij:
        return False
    hoofd = f.vraagstuk.besluit.door if f.vraagstuk.besluit else None
    door = punt.door or invoer.door
    return door is None or door is hoofd or (door is Beslisser.anders and hoofd is door)


def vastgelegd(
    f: Feiten, punt: OnderwerpAdvies, zienswijze_start: date | None = None
) -> tuple[date, str] | None:
    """The date and the name of the moment that fixes this open point, when the case has one:
    in a tender, the moment that fixes the leidraad (every point the leidraad settles; not the
    scoring of the bids); else the start of the formal zienswijze on the ontwerp(besluit)
    (``zienswijze_start``), for a point the main decision settles. None otherwise."""
    if not punt.open or not _vast_met_hoofdbesluit(f, punt):
        return None
    if f.gunning:
        if over_biedingen(punt.onderwerp):
            return None
        leidraad = sorted(
            (m.datum, m.wat) for m in f.vraagstuk.momenten if _AANBESTEDINGSSTUK.search(m.wat)
        )
        if leidraad:
            return leidraad[0]
    if zienswijze_start is not None:
        return zienswijze_start, "de zienswijze op het ontwerp"
    return None


def zienswijze_start(
    keuzes: list[Keuze], data: dict[str, tuple[date, date]] | None = None
) -> date | None:
    """The first day the ontwerp lies open for zienswijzen: the planned dates, or the dates the
    case fixes for its formal round."""
    for k in keuzes:
        if k.werkvorm.id != ZIENSWIJZE:
            continue
        if data is not None and k.werkvorm.id in data:
            return data[k.werkvorm.id][0]
        if k.periode is not None:
            return k.periode[0]
    return None


def te_laat(
    f: Feiten,
    k: Keuze,
    punt: OnderwerpAdvies,
    eind: date | None,
    zienswijze: date | None = None,
) -> bool:
    """Does this werkvorm end after the moment that fixes the point (its known end ``eind``)?
    The formal round on the ontwerp itself is where the ontwerp is reacted to."""
    if eind is None or k.werkvorm.id == ZIENSWIJZE:
        return False
    vast = vastgelegd(f, punt, zienswijze)
    return vast is not None and eind > vast[0]


def publiek_van(f: Feiten, punt: OnderwerpAdvies) -> set[str]:
    """The groups the point is about, who can be an audience (not an authority or the raad)."""
    return {p.naam for p in betrokkenen(f, punt) if p.soort not in _GEEN_PUBLIEK}


def bereikt_publiek(f: Feiten, k: Keuze, punt: OnderwerpAdvies) -> bool:
    """Does this werkvorm reach the groups the point is about? A werkvorm for named groups
    only (its ``voor``) reaches them when one of them is there; a point that names no group,
    and a werkvorm for no group in particular, are not judged."""
    publiek = publiek_van(f, punt)
    if not publiek or not k.voor:
        return True
    return bool(publiek & set(k.voor))


def buiten_publiek(f: Feiten, k: Keuze, punt: OnderwerpAdvies) -> bool:
    """Is this a werkvorm chosen only to reach particular groups (a talk via key figures, a
    visit; rule MIX-INCLUSIE), for a point about other groups and not about them? A seasonal
    workers' talk is no place to weigh a road in another village."""
    bereikt = set(k.inclusie) | {
        str(n)
        for r in k.redenen
        if r.sleutel == "MIX-INCLUSIE.bereikt"
        for n in r.waarden.get("namen", [])
    }
    keuze = punt.keuze or any(
        o.onderwerp == punt.onderwerp and (o.keuze or o.opties) for o in f.vraagstuk.kaders.open
    )
    if keuze and _zwaar_geraakt(f, k):
        # a real choice weighs on everyone with a high stake: the people a form reaches keep
        # their say on it there (review 59, Dijkmeer: the future residents lost their say on
        # the site of their own home)
        return False
    return bool(k.voor) and set(k.voor) <= bereikt and not bereikt_publiek(f, k, punt)


def _zwaar_geraakt(f: Feiten, k: Keuze) -> bool:
    """Are the inwoners this form is for among those with a high stake in the case?"""
    hoog = {
        p.naam
        for p in f.vraagstuk.belanghebbenden
        if p.soort is SoortBelanghebbende.inwoners and p.belang is Niveau.hoog
    }
    return bool(set(k.voor) & hoog)


@regel(
    "MIX-ROUTE",
    Thema.mix,
    "Elk onderwerp naar een werkvorm die op tijd is en de juiste mensen bereikt",
    """Een open onderwerp gaat alleen naar een werkvorm die eindigt vóór het moment dat het
    onderwerp vastlegt. Bij een aanbesteding legt de aanbestedingsleidraad de doelen, eisen en
    gunningscriteria vast: daarna praat de gemeente met inschrijvers alleen via de vragenronde,
    en een beoordelingsjury scoort de inschrijvingen alleen op de vooraf bekende criteria
    (Aanbestedingswet 2012: gelijke behandeling en transparantie). Keuzes van beleid gaan dus
    naar stappen vóór de leidraad; de jury krijgt alleen het beoordelen van de inschrijvingen.
    Zo ook bij een ontwerpbesluit: wat het ontwerp vastlegt, wegen inwoners af vóór het
    ontwerp, niet in een gesprek dat pas na het begin van de zienswijze loopt. Een werkvorm
    voor bepaalde groepen draagt alleen een onderwerp dat over (een van) die groepen gaat: een
    gesprek met seizoenarbeiders is niet de plek voor een keuze over een andere polderweg.
    Houdt een onderwerp zo geen werkvorm meer, dan zegt het advies dat.""",
    ["aanbestedingswet-1-8", "ombudsman-inspraak-2009"],
)
def routeren(
    f: Feiten,
    keuzes: list[Keuze],
    punten: list[OnderwerpAdvies],
    data: dict[str, tuple[date, date]],
    advies: Trede | None = None,
) -> list[Bevinding]:
    """After the calendar is made (``data``: the planned dates per werkvorm id): take every
    open point off a werkvorm that ends after the moment that fixes it, and give it to a
    werkvorm before that moment that can carry it, for the groups it is about; say it once
    when there is none. A talk chosen to reach other groups than the point is about gives the
    point up only when another werkvorm carries it at its level (the groups a point is about
    are read from its words, which may miss some). A werkvorm left without points goes back
    to the advised level (``advies``)."""
    from pionieren.analysis.mix.onderwerpen import nodig

    uit: list[Bevinding] = []
    zienswijze = zienswijze_start(keuzes, data)

    def eind(k: Keuze) -> date | None:
        return data.get(k.werkvorm.id, (None, None))[1]

    def zonder(weg: list[Keuze], punt: OnderwerpAdvies) -> None:
        for k in weg:
            # a new list: a split werkvorm (rule MIX-GESCHEIDEN) may share it with its twin
            k.onderwerpen = [p for p in k.onderwerpen if p != punt.onderwerp]
            if not k.onderwerpen and advies is not None:
                _terug(k, advies)

    for punt in punten:
        if not punt.open:
            continue
        dragers = [k for k in keuzes if punt.onderwerp in k.onderwerpen]
        laat = [k for k in dragers if te_laat(f, k, punt, eind(k), zienswijze)]
        anders = [k for k in dragers if k not in laat and buiten_publiek(f, k, punt)]
        if anders:
            blijft = [
                k
                for k in dragers
                if k not in laat and k not in anders and k.trede.rang >= nodig(punt).rang
            ]
            nieuw = None if blijft else _op_tijd(f, keuzes, punt, eind, zienswijze)
            if blijft or nieuw is not None:
                zonder(anders, punt)
                if nieuw is not None and not laat:
                    _erbij(nieuw, punt)
        if not laat:
            continue
        zonder(laat, punt)
        if any(punt.onderwerp in k.onderwerpen for k in keuzes):
            continue
        nieuw = _op_tijd(f, keuzes, punt, eind, zienswijze)
        if nieuw is not None:
            _erbij(nieuw, punt)
            continue
        vast = vastgelegd(f, punt, zienswijze)
        assert vast is not None
        uit.append(
            bevinding(
                "MIX-ROUTE",
                Ernst.waarschuwing,
                "MIX-ROUTE.te_laat",
                bronnen=["aanbestedingswet-1-8"] if f.gunning else ["ombudsman-inspraak-2009"],
                onderwerp=punt.onderwerp,
                moment=vast[1],
                datum=vast[0].isoformat(),
                namen=[k.werkvorm.naam for k in laat],
            )
        )
    return uit


def _erbij(k: Keuze, punt: OnderwerpAdvies) -> None:
    if punt.onderwerp not in k.onderwerpen:
        k.onderwerpen = [*k.onderwerpen, punt.onderwerp]
    if "MIX-ROUTE" not in k.regels:
        k.regels.append("MIX-ROUTE")


def _terug(k: Keuze, advies: Trede) -> None:
    """A werkvorm that no longer carries a point is used at the advised level: the highest of
    its own levels up to it (else its lowest), never higher than it was."""
    onder = [t for t in k.werkvorm.treden if t.rang <= min(advies.rang, k.trede.rang)]
    if onder:
        k.trede = max(onder, key=lambda t: t.rang)


def _op_tijd(
    f: Feiten,
    keuzes: list[Keuze],
    punt: OnderwerpAdvies,
    eind: Callable[[Keuze], date | None],
    zienswijze: date | None,
) -> Keuze | None:
    """The werkvorm that can carry the point instead: before the decision and ending before
    the moment that fixes the point, at the point's level, not made for the young only (for a
    point not about them) and reaching the groups the point is about; the one that reaches
    most of them first."""
    from pionieren.analysis.mix.onderwerpen import kan_dekken, nodig

    publiek = publiek_van(f, punt)
    kunnen = [
        k
        for k in keuzes
        if k.werkvorm.id != ZIENSWIJZE
        and voor_het_besluit(k)
        and eind(k) is not None
        and not te_laat(f, k, punt, eind(k), zienswijze)
        and k.trede.rang >= nodig(punt).rang
        and kan_dekken(k.werkvorm, punt)
        and (not voor_jeugd(k.werkvorm) or over_jeugd(punt.onderwerp))
        and bool(k.voor)
        and bereikt_publiek(f, k, punt)
        and not buiten_publiek(f, k, punt)
    ]
    if not kunnen:
        return None
    return max(kunnen, key=lambda k: (len(publiek & set(k.voor)), -keuzes.index(k)))

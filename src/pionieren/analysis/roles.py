"""Rolverdeling: what raad, college, burgemeester, organisation, griffie and inwoners do here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pionieren import text
from pionieren.analysis.decision import (
    BESLISSER_NAAM,
    advies_bronnen,
    alleen_bijdrage,
    gemeente_beslist_door,
    regeling_orgaan,
    vastgoed_van_gemeente,
)
from pionieren.analysis.facts import (
    COLLEGE_PEN,
    MOTIE,
    NOEMT_WENSEN_EN_BEDENKINGEN,
    OPENBARE_MAATREGEL,
    PRIVAATRECHTELIJK_INGRIJPEND,
    VERGUNNING,
    Feiten,
    bevinding,
    fractie,
    hoog_of_middel,
    meervoud,
    naam_meervoud,
)
from pionieren.analysis.law import sluitstuk
from pionieren.analysis.level import ONDERMIJNING, bezuiniging
from pionieren.analysis.mix.instrument import STAP_VAN_DE_RAAD
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import (
    BesluitAdvies,
    Bevinding,
    Ernst,
    MixOnderdeel,
    OnderwerpAdvies,
    Rol,
    Taak,
    Tekstdeel,
    deel,
)
from pionieren.analysis.stakeholders import gelijke_partijen
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import (
    Beslisser,
    Betaler,
    Houding,
    Initiatiefnemer,
    Niveau,
    Orgaan,
    Overheidsrol,
    Procedure,
    Ruimte,
    Schaal,
    SoortBelanghebbende,
    Trede,
    WettelijkKader,
)

RAAD_BRONNEN = ["bzk-raad-burgerparticipatie", "griffie-raad-participatie", "aan-de-slag-ow-bopa"]
_SCHRIFTELIJKE_VRAGEN = re.compile(r"\bschriftelijke vragen", re.IGNORECASE)
_GARANTIE = re.compile(r"\bgarant\w*|\blening\w*", re.IGNORECASE)
_WETHOUDER = re.compile(r"\bwethouder", re.IGNORECASE)
_COMMISSIE = re.compile(r"\bcommissie\b|\braadscommissie", re.IGNORECASE)
#: a promise made to the raad (in the raad or a commissie, on a motie, at the begroting, to
#: questions of raadsleden): only that one is on the griffie's list
_AAN_RAAD = re.compile(
    r"\b(?:gemeente)?raad\b|\braads(?:leden|vergadering|debat|vragen)|\b(?:raads)?commissie\b"
    r"|\bmoties?\b|\bbegrotingsbehandeling|\bvragenuur|\bschriftelijke vragen|\bfracties?\b",
    re.IGNORECASE,
)
#: who can make a toezegging the raad watches: the raad itself, the college (a wethouder) or the
#: burgemeester; a bestuurscommissie or another party answers to a body of its own
_TOEZEGGERS = (Beslisser.raad, Beslisser.college, Beslisser.burgemeester)


def toezegger(f: Feiten) -> dict[str, str] | None:
    """Who made the toezegging the raad watches (``wie``: raad, college, wethouder or
    burgemeester) and whether it was made in a commissie; None without one."""
    b = f.vraagstuk.besluit
    t = b.toezegging if b else None
    if t is None or t.door not in _TOEZEGGERS:
        return None
    tekst = t.tekst or ""
    wie = t.door.value
    if t.door is Beslisser.college and _WETHOUDER.search(tekst):
        wie = "wethouder"
    return {"wie": wie, "commissie": "ja" if _COMMISSIE.search(tekst) else ""}


def aan_de_raad(f: Feiten) -> bool:
    """Was the toezegging made to the raad (its own, or one made in the raad or a commissie)?
    Only such a promise goes on the griffie's toezeggingenlijst (review 44a: a wethouder's
    promise to a dorpsraad is not the griffie's to list)."""
    b = f.vraagstuk.besluit
    t = b.toezegging if b else None
    if t is None:
        return False
    return t.door is Beslisser.raad or bool(_AAN_RAAD.search(t.tekst or ""))


#: A point on what the gemeente pays: its share, a contribution, a credit or an investment.
_BETAALT = re.compile(
    r"\bwie wat betaalt\b|\bmeebeta\w*|\bbijdrage\w*|\bkrediet\w*|\binvestering\w*",
    re.IGNORECASE,
)


#: a private-law act of the gemeente about its money or property: only such an act gets the
#: raad's wensen en bedenkingen (art. 169 lid 4 Gemeentewet); a subsidy or another beschikking
#: does not (review 65b: 'kan wensen en bedenkingen geven' for a subsidy to a foundation)
_PRIVAAT_GELD = re.compile(r"\b\w*overeenkomst\w*|\bovereen te komen\b", re.IGNORECASE)
#: the case says the money is not yet in the begroting: the raad decides on it (art. 189)
_NIET_BEGROOT = re.compile(
    r"\bniet (?:in|op) de begroting\b|\b(?:nog )?niet begroot\b|\bbegrotingswijziging\w*|"
    r"\bgeen dekking\b|\bniet gedekt\b|\bnog (?:geen|niet) (?:geld|budget|dekking)\b",
    re.IGNORECASE,
)


def geld_wensen(f: Feiten, punten: list[str]) -> bool:
    """Does the gemeente's share in another body's project rest on a private-law act of the
    gemeente (an agreement, a sale, a guarantee) that the case names, so that the raad may give
    wensen en bedenkingen (art. 169 lid 4 Gemeentewet)? A contribution paid as a subsidy is a
    beschikking (public law): then the raad's hook is the budget, not wensen en bedenkingen.
    Counted: the money points themselves, and a sentence of the case that names the gemeente
    with an agreement or such an act (not the project's own sale of its wood)."""
    v = f.vraagstuk
    if any(_PRIVAAT_GELD.search(p) or PRIVAATRECHTELIJK_INGRIJPEND.search(p) for p in punten):
        return True
    zinnen = [
        z
        for t in (v.omschrijving, v.aanleiding or "", *v.kaders.vast)
        for z in re.split(r"(?<=[.;:])\s+", t)
    ]
    return any(
        re.search(r"\bgemeent\w*", z, re.IGNORECASE)
        and (_PRIVAAT_GELD.search(z) or PRIVAATRECHTELIJK_INGRIJPEND.search(z))
        for z in zinnen
    )


def niet_begroot(f: Feiten) -> bool:
    """Does the case say the money is not yet in the begroting?"""
    v = f.vraagstuk
    tekst = " ".join(
        [v.omschrijving, v.aanleiding or "", *v.kaders.vast, *(p.onderwerp for p in v.kaders.open)]
    )
    return bool(_NIET_BEGROOT.search(tekst))


def geld_punten(f: Feiten, besluit: BesluitAdvies) -> list[str]:
    """The college's own points on the gemeente's money (its share, a contribution) where
    another body takes the main decision: the raad decides the budget for them."""
    if besluit.door in (None, Beslisser.raad, Beslisser.college, Beslisser.burgemeester):
        return []
    return [
        p.onderwerp.rstrip(".")
        for p in f.vraagstuk.kaders.open
        if p.door is Beslisser.college and _BETAALT.search(p.onderwerp)
    ]


@regel(
    "ROL-RAAD",
    Thema.rollen,
    "De rol van de gemeenteraad",
    """De raad is volksvertegenwoordigend, kaderstellend en controlerend. Bij participatie stelt
    de raad vooraf de kaders (wat vastligt, wat open is, wat hij met de uitkomst doet), neemt
    het besluit en controleert of het proces is gegaan zoals afgesproken. Onder de Omgevingswet
    kan de raad gevallen aanwijzen waarin participatie verplicht is (art. 16.55 lid 7). Het
    rapport noemt bij de raad de bron waarop zijn rol in dit vraagstuk rust: wensen en
    bedenkingen (art. 169 Gemeentewet), bindend advies (art. 16.15a Omgevingswet), de Wet arhi,
    of, als de burgemeester beslist, zijn verantwoording aan de raad (art. 180 Gemeentewet).
    Noemen de kaders een verkoop, verhuur, overdracht of erfpacht naast een ander besluit (zoals
    een vergunning op grond van de gemeente), dan zegt het rapport dat de raad vóór het
    besluit van het college wensen en bedenkingen kan geven, als hij daarom vraagt of de gevolgen
    ingrijpend zijn (art. 169 lid 4); niet als een ander (een kerkbestuur, een corporatie, een
    eigenaar) verkoopt of verhuurt. Alleen als het vraagstuk zelf zegt dat de raad wensen en
    bedenkingen geeft, zegt het rapport dat als feit. Beslist het college, maar de raad zelf
    over een open punt (zoals de subsidie), dan zegt de rij van de raad dat, in plaats van
    'beslist hier niet zelf'. Beslist het algemeen bestuur van een gemeenschappelijke regeling
    en geven de raden een zienswijze, dan zegt de rij dat elke raad zijn eigen zienswijze
    vaststelt en zijn lid van het algemeen bestuur vraagt hoe dat stemde (Wet gemeenschappelijke
    regelingen); de rij van het college zegt dat meestal de wethouder daar namens de gemeente
    stemt. Beslist een andere overheid die het initiatief nam, dan kan de raad zijn standpunt
    meegeven via het college of met een motie. Nam de raad hierover al een motie aan, of deed hij
    zelf de toezegging over de uitkomst, dan zegt het rapport niet dat hij nog geen kaders
    stelde. Geeft het vraagstuk de raad een open punt over de toekomst van een gebouw van de
    gemeente (verkoop, verhuur, overdracht), dan wijst het rapport erop dat dat een bevoegdheid
    van het college is (art. 160 lid 1 onder e Gemeentewet); de raad stelt de kaders of geeft
    vooraf wensen en bedenkingen (art. 169 lid 4). Beslist een andere overheid, maar het college
    over het deel dat de gemeente betaalt (een bijdrage aan het project van die overheid), dan
    zegt de rij van de raad niet 'beslist hier niet zelf': geld dat niet in de begroting staat,
    geeft de raad (budgetrecht, art. 189 Gemeentewet); zegt het vraagstuk dat het geld nog niet
    in de begroting staat, dan zegt de rij dat als feit. Wensen en bedenkingen vooraf (art. 169
    lid 4) noemt de rij daar alleen als het vraagstuk voor dat geld een privaatrechtelijke
    handeling noemt (een overeenkomst, verkoop of garantstelling); een bijdrage als subsidie is
    een beschikking, daar horen geen wensen en bedenkingen bij (review 65b).""",
    [
        *RAAD_BRONNEN,
        "gemeentewet-169",
        "omgevingswet-16-15a",
        "wet-arhi",
        "gemeentewet-180",
        "wgr",
        "gemeentewet-160",
        "gemeentewet-189",
    ],
)
def raad(f: Feiten, advies: Trede, besluit: BesluitAdvies) -> tuple[Taak, list[Bevinding]]:
    v = f.vraagstuk
    delen = []
    # the gemeente's share in another body's project, decided by the college: the money is the
    # raad's (review 55c: 'Gemeenteraad: Beslist hier niet zelf' next to a share of 1,4 mln)
    geld = geld_punten(f, besluit)
    # the raad asked for this by motie: it gets to see how the motie was carried out
    motie = bool(MOTIE.search(" ".join([v.aanleiding or "", v.omschrijving, *v.kaders.vast])))
    evaluatie = v.kaders.uitvoering_tot is not None or any(w.id == "pilot" for w in v.werkvormen)
    if v.initiatiefnemer is Initiatiefnemer.raad:
        delen.append(deel("ROL-RAAD.opdrachtgever"))
    door = besluit.door
    if door is Beslisser.raad or door is None:
        als = door is None
        if f.raad_kaders_gesteld:
            delen.append(deel("ROL-RAAD.kaders_gesteld", als=als))
        else:
            delen.append(deel("ROL-RAAD.kaders_stellen", als=als))
        if advies.rang >= Trede.coproduceren.rang:
            # with a formal zienswijze round he weighs every zienswijze (art. 3:4 Awb): no
            # binding beforehand to one group's outcome (review 52a: Tjamsterhuizen)
            delen.append(
                deel(
                    "ROL-RAAD.zich_verbinden",
                    trede=advies.value,
                    zienswijze=f.formele_zienswijze,
                    # a motie that gives the college the pen binds the college to explain
                    # deviations, not the raad to the outcome (review 56a)
                    pen=door is Beslisser.raad and college_heeft_de_pen(f),
                )
            )
        if f.referendum:
            delen.append(deel("ROL-RAAD.referendum"))
        if f.advies and door is Beslisser.raad:
            # the raad adopts its advice; another body decides (rule BESLUIT-ADVIES)
            delen.append(deel("ROL-RAAD.advies", aan=f.advies_aan))
        else:
            delen.append(deel("ROL-RAAD.besluit"))
        if motie and evaluatie:
            # its own proposal shows how the motie was carried out; the evaluation comes later
            delen.append(deel("ROL-RAAD.motie", evaluatie=evaluatie))
        if door is None:
            delen.append(deel("ROL-RAAD.als_college"))
    elif door is Beslisser.college and f.advies:
        delen.append(deel("ROL-RAAD.college_adviseert", aan=f.advies_aan))
    elif door is Beslisser.college:
        klein = v.schaal in (Schaal.straat, Schaal.buurt) and (v.polarisatie or 1) <= 2
        # the raad decides points of its own next to the college's decision (the subsidy at
        # the begroting): the row says so instead of 'beslist hier niet zelf' (review 45a)
        from pionieren.analysis.law import planwijziging_genoemd

        # the change of the omgevingsplan has a part of its own below (ROL-RAAD.omgevingsplan)
        plan = bool(planwijziging_genoemd(f))
        eigen_raad = [
            p.onderwerp.rstrip(".")
            for p in v.kaders.open
            if p.door is Beslisser.raad
            and not (plan and _OMGEVINGSPLAN.search(p.onderwerp))
            and not vastgoed_van_gemeente(p.onderwerp)
        ]
        delen.append(
            deel(
                "ROL-RAAD.college_beslist",
                eigen=eigen_raad,
                plan=plan,
                # a binding advice can block the permit: the raad is no bystander here
                bindend=besluit.procedure is Procedure.omgevingsvergunning_buitenplans
                and bool(besluit.raad_bindend_advies),
                klein=klein and not motie,
                motie=motie,
                evaluatie=evaluatie,
            )
        )
        # the binding advice and the mandatory participation (art. 16.15a, 16.55 lid 7) are said
        # once, under Aandachtspunten (BESLUIT-BOPA); the row says only that the advice binds,
        # with the article as its source (issue 9: the law stood in the row and the point)
        if f.wensen_en_bedenkingen:
            delen.append(
                deel(
                    "ROL-RAAD.wensen_bedenkingen",
                    voor=v.kaders.besluit_uiterlijk.isoformat()
                    if v.kaders.besluit_uiterlijk
                    else "",
                    naast=besluit.procedure is not Procedure.privaatrechtelijk,
                    # art. 169 lid 4: only when the raad asks or the effects are far-reaching;
                    # certain only when the case itself says the raad gives them (review 28b)
                    zeker=bool(
                        NOEMT_WENSEN_EN_BEDENKINGEN.search(
                            " ".join([v.omschrijving, v.aanleiding or "", *v.kaders.vast])
                        )
                    ),
                )
            )
        elif f.gunning:
            # the award follows the leidraad's criteria: the raad's say is before (review 54a)
            delen.append(deel("ROL-RAAD.gunning"))
        elif besluit.procedure is Procedure.privaatrechtelijk:
            delen.append(deel("ROL-RAAD.overeenkomst"))
        elif handeling_van_gemeente(f):
            # a sale, lease or transfer next to the decision is a private-law act of the college
            delen.append(deel("ROL-RAAD.wensen_bedenkingen_ook"))
    elif door is Beslisser.wetgever:
        delen.append(deel("ROL-RAAD.wetgever"))
    elif door is Beslisser.bestuurscommissie:
        delen.append(deel("ROL-RAAD.bestuurscommissie"))
    elif door is Beslisser.initiatiefnemer and not f.initiatief_van_overheid:
        delen.append(deel("ROL-RAAD.initiatiefnemer"))
    elif door is Beslisser.burgemeester:
        delen.append(deel("ROL-RAAD.burgemeester"))
        if motie:
            delen.append(deel("ROL-RAAD.motie", evaluatie=evaluatie))
    elif regeling_orgaan(f)[0]:
        # a gemeenschappelijke regeling of several gemeenten decides: each raad gives its own
        # zienswijze and holds its member of the algemeen bestuur to account (review 45b)
        delen.append(deel("ROL-RAAD.regeling", orgaan=regeling_orgaan(f)[0]))
    else:
        delen.append(deel("ROL-RAAD.ander", geld=bool(geld)))
    if geld:
        delen.append(
            deel(
                "ROL-RAAD.budgetrecht",
                onderwerpen=geld,
                niet_begroot=niet_begroot(f),
                wensen=geld_wensen(f, geld),
            )
        )
    if (
        (f.initiatief_van_overheid or f.verzoek_aan_andere_overheid)
        and door is not None
        and not gemeente_beslist_door(door)
        and not regeling_orgaan(f)[0]
    ):
        # another government decides: the raad gives its view through the college or a motie;
        # under a gemeenschappelijke regeling it gives its own zienswijze (the part above)
        delen.append(deel("ROL-RAAD.overheid"))
    if any(b.bron == "gemeentewet-151c" for b in bevoegdheden(f)):
        delen.append(deel("ROL-RAAD.camera"))
    from pionieren.analysis.law import planwijziging_genoemd

    if planwijziging_genoemd(f):
        delen.append(deel("ROL-RAAD.omgevingsplan"))
    grond = f.grondverkoop
    if grond is not None:
        # the sale of land next to the main decision (rule WET-GRONDVERKOOP)
        datum = grond[1].isoformat() if grond[1] else ""
        delen.append(deel("ROL-RAAD.wensen_grond", datum=datum))
    eigen = [p for p in eigen_punten(f, Beslisser.raad, besluit) if not vastgoed_van_gemeente(p)]
    # the future of the gemeente's own building is the college's act (art. 160 lid 1 sub e
    # Gemeentewet): the raad sets kaders or gives wensen en bedenkingen (review 54b)
    vastgoed = [
        p.onderwerp.rstrip(".")
        for p in v.kaders.open
        if p.door is Beslisser.raad and vastgoed_van_gemeente(p.onderwerp)
    ]
    if vastgoed:
        delen.append(deel("ROL-RAAD.vastgoed_deel", onderwerpen=vastgoed))
    if regeling_orgaan(f)[0]:
        # the zienswijze is in the part above
        eigen = [p for p in eigen if not _ZIENSWIJZE.search(p)]
    if eigen:
        # the raad's own later decision the case names (the begroting), review 38
        delen.append(deel("ROL-RAAD.eigen_punt", onderwerpen=eigen))
    wie = toezegger(f)
    if wie is not None:
        # who made the toezegging and how the raad watches it (review 33), not stock text
        delen.append(deel("ROL-RAAD.toezegging", zelf_beslist=door is Beslisser.raad, **wie))
    else:
        delen.append(deel("ROL-RAAD.controleert"))
    bevindingen = []
    # at coproduceren and up TREDE-KADERS-RAAD already warns, more strongly: say it once
    if (
        not f.raad_kaders_gesteld
        and door in (Beslisser.raad, None)
        and advies.rang < Trede.coproduceren.rang
    ):
        bevindingen.append(bevinding("ROL-RAAD", Ernst.let_op))
    if vastgoed:
        bevindingen.append(
            bevinding(
                "ROL-RAAD",
                Ernst.let_op,
                "ROL-RAAD.vastgoed",
                bronnen=["gemeentewet-169", "gemeentewet-160"],
                onderwerpen=vastgoed,
            )
        )
    taak = _taak(Rol.raad, delen, "ROL-RAAD")
    bronnen = _bronnen_raad(f, besluit)
    if vastgoed:
        bronnen = [*bronnen, "gemeentewet-160"]
    if geld:
        bronnen = [*bronnen, "gemeentewet-189"]
    if any(b.bron == "gemeentewet-151c" for b in bevoegdheden(f)):
        # the camera power the raad gives in the APV rests on the article, not on a brochure
        bronnen = [*bronnen, "gemeentewet-151c"]
    return taak.model_copy(update={"bronnen": bronnen}), bevindingen


#: a party other than the gemeente that sells, lets or transfers (the kerkbestuur that sells
#: its church, the corporatie that lets its homes): its act is no private-law act of the college
_ANDERE_PARTIJ = re.compile(
    r"\b(?:\w*corporatie|woonstichting|kerkbestuur|parochie|eigenaa?r\w*|ontwikkelaar\w*|"
    r"initiatiefnemer\w*|vereniging\w*|stichting\w*|zorgaanbieder\w*|b\.v\.)",
    re.IGNORECASE,
)
_ZIENSWIJZE = re.compile(r"\bzienswijze", re.IGNORECASE)
_OMGEVINGSPLAN = re.compile(r"\bomgevingsplan", re.IGNORECASE)
_GEMEENTE_ZELF = re.compile(r"\bgemeente\w*|\bcollege\b", re.IGNORECASE)
_ZIN_GRENS = re.compile(r"(?<=[.;!?])\s+")


def handeling_van_gemeente(f: Feiten) -> bool:
    """Does the case name a sale, lease or transfer by the gemeente itself next to the
    decision? A sentence counts if it names the gemeente or no other party as the one who acts.

    Why: the kerkbestuur that wants to sell its church, a corporatie that lets or sells its own
    homes, got the raad's wensen en bedenkingen on a sale by the gemeente (art. 169 lid 4
    Gemeentewet; review 45a)."""
    v = f.vraagstuk
    # the proper names of the parties that are not a government ('Thuisbaat', 'Kerkbestuur')
    eigen = {
        w
        for p in v.belanghebbenden
        if p.soort is not SoortBelanghebbende.overheid
        for w in re.findall(r"\b[A-ZÀ-Ý][\w-]{3,}", p.naam)
    }
    zinnen = [
        z
        for t in [v.omschrijving, *v.kaders.vast, *(p.onderwerp for p in v.kaders.open)]
        for z in _ZIN_GRENS.split(t)
    ]
    for zin in zinnen:
        if not PRIVAATRECHTELIJK_INGRIJPEND.search(zin):
            continue
        if _GEMEENTE_ZELF.search(zin):
            return True
        ander = _ANDERE_PARTIJ.search(zin) or any(
            re.search(rf"\b{re.escape(w)}\b", zin) for w in eigen
        )
        if not ander:
            return True
    return False


def _bronnen_raad(f: Feiten, besluit: BesluitAdvies) -> list[str]:
    """The source for what the raad does in this case: the article its role rests on."""
    if f.advies and besluit.door is Beslisser.raad and advies_bronnen(f):
        return advies_bronnen(f)
    if f.gunning:
        return ["aanbestedingswet-1-8"]
    if f.wensen_en_bedenkingen or f.grondverkoop is not None:
        return ["gemeentewet-169"]
    if (
        besluit.procedure is Procedure.omgevingsvergunning_buitenplans
        and besluit.raad_bindend_advies
    ):
        return ["omgevingswet-16-15a"]
    if besluit.door is Beslisser.wetgever:
        return ["wet-arhi"] if besluit.procedure is Procedure.herindeling else RAAD_BRONNEN
    if besluit.door is Beslisser.burgemeester:
        return ["gemeentewet-180"]
    if regeling_orgaan(f)[0]:
        return ["wgr"]
    return RAAD_BRONNEN[:1]


#: The prestatieafspraken of gemeente, corporation and huurdersorganisatie (Woningwet).
_PRESTATIEAFSPRAKEN = re.compile(r"\bprestatieafspra\w*", re.IGNORECASE)


def _case_tekst(f: Feiten) -> str:
    """The case's own words: its description, occasion, fixed points, open points and moments."""
    v = f.vraagstuk
    return " ".join(
        [
            v.omschrijving,
            v.aanleiding or "",
            *v.kaders.vast,
            *(p.onderwerp for p in v.kaders.open),
            *(m.wat for m in v.momenten),
        ]
    )


@regel(
    "ROL-COLLEGE",
    Thema.rollen,
    "De rol van het college",
    """Het college organiseert de participatie meestal en is verantwoordelijk voor de uitvoering.
    Het houdt zich aan de toezegging van de geadviseerde trede. Bij een initiatief van anderen
    kiest het college een passende rol op de overheidsparticipatietrap. Schrijven raadsleden zelf
    een initiatiefvoorstel (art. 147a Gemeentewet), dan geeft het college zijn reactie en
    ambtelijke hulp; vraagt de raad met een motie om een voorstel, dan schrijft het college het.
    Stelde een raadslid of fractie al schriftelijke vragen (art. 155 Gemeentewet), dan
    beantwoordt het college die en informeert het de hele raad. Beslist een andere overheid die
    het initiatief nam, of vragen inwoners een andere overheid om een besluit dat zij zelf neemt
    (een verkeersbesluit van de provincie), dan geeft het college namens de gemeente een
    zienswijze of advies op haar ontwerpbesluit en stemt het de eigen besluiten daarop af. Noemt een punt van het college
    het sluiten van een pand of woning, dan zegt de rij dat dat aan de burgemeester is (art. 13b
    Opiumwet, art. 174 en 174a Gemeentewet), niet aan het college. Beslist het college over de
    bijdrage van de gemeente aan wat een ander besluit, dan zegt de rij dat het geld daarvoor in
    de begroting moet staan, die de raad vaststelt (art. 189 Gemeentewet). Neemt een
    woningcorporatie het besluit over haar eigen complex en noemt het vraagstuk de
    prestatieafspraken, dan zegt de rij dat het college daar haar partner is en de bijdrage van
    de gemeente afspreekt.""",
    [
        "bzk-raad-burgerparticipatie",
        "rob-loslaten-2012",
        "gemeentewet-147a",
        "gemeentewet-155",
        "opiumwet-13b",
        "gemeentewet-174a",
        "gemeentewet-189",
    ],
)
def college(
    f: Feiten, advies: Trede, overheidsrol: Overheidsrol | None, besluit: BesluitAdvies
) -> Taak:
    door = besluit.door
    delen = []
    toezegging = toezegger(f) is not None
    if door is Beslisser.college and f.advies:
        delen.append(deel("ROL-COLLEGE.advies", aan=f.advies_aan))
    elif door is Beslisser.college:
        delen.append(deel("ROL-COLLEGE.beslist", toezegging=toezegging))
    elif door is Beslisser.raad and f.initiatiefvoorstel:
        delen.append(deel("ROL-COLLEGE.initiatiefvoorstel"))
    elif door is Beslisser.raad:
        delen.append(deel("ROL-COLLEGE.raadsvoorstel", advies=f.advies))
    elif door is Beslisser.wetgever:
        delen.append(deel("ROL-COLLEGE.wetgever"))
    elif door is Beslisser.burgemeester:
        # the college's own points next to the burgemeester's decision: it does decide those
        # (review 53a: 'Beslist hier niet zelf' next to 'Ook beslist: het college')
        delen.append(
            deel(
                "ROL-COLLEGE.burgemeester",
                onderwerpen=[
                    p.onderwerp.rstrip(".")
                    for p in f.vraagstuk.kaders.open
                    if p.door is Beslisser.college
                ],
                # sound at a demonstration is the burgemeester's, in his voorschriften (art. 5
                # Wom), also where the case gives a point on it to the college (review 56d)
                wom_geluid=wom_geluid_bij_college(f),
            )
        )
    elif regeling_orgaan(f)[0]:
        # each college sends a member to the algemeen bestuur that decides (review 45b)
        # the algemeen bestuur of a veiligheidsregio is the burgemeesters (art. 11 Wvr), not a
        # wethouder (review 53a); elsewhere the regeling says who sits there
        delen.append(
            deel(
                "ROL-COLLEGE.regeling",
                orgaan=regeling_orgaan(f)[0],
                veiligheidsregio=veiligheidsregio_beslist(f, besluit),
            )
        )
    else:
        delen.append(deel("ROL-COLLEGE.verantwoordelijk"))
    if (
        (f.initiatief_van_overheid or f.verzoek_aan_andere_overheid)
        and door is not None
        and not gemeente_beslist_door(door)
        # the raden give the zienswijze on a gemeenschappelijke regeling's draft (art. 35 Wgr),
        # not the college (review 53a: a veiligheidsregio's dekkingsplan)
        and not regeling_orgaan(f)[0]
    ):
        # another government decides its own plan: the college speaks for the gemeente there
        # as a body (a zienswijze or advice on the draft), it does not run that participation
        delen.append(deel("ROL-COLLEGE.zienswijze", naam=f.bevoegd_gezag))
    if f.referendum:
        delen.append(deel("ROL-COLLEGE.referendum"))
    v = f.vraagstuk
    vragen = bool(_SCHRIFTELIJKE_VRAGEN.search(f"{v.aanleiding or ''} {v.omschrijving}"))
    if vragen:
        delen.append(deel("ROL-COLLEGE.vragen"))
    eigen = eigen_punten(f, Beslisser.college, besluit)
    if eigen:
        # the college decides a point of its own (the subsidy agreements) and answers the
        # advice; on a point whose question the other party decides, only the gemeente's share
        bijdrage = [alleen_bijdrage(p, Beslisser.college, besluit) for p in eigen]
        delen.append(
            deel(
                "ROL-COLLEGE.eigen_punt",
                onderwerpen=[p for p, b in zip(eigen, bijdrage, strict=True) if not b],
                bijdrage=[b for b in bijdrage if b],
                orgaan=text.orgaan_kop(besluit.ander_orgaan or f.bevoegd_gezag or ""),
                # the college's share needs money the raad gives in the begroting (art. 189
                # Gemeentewet); review 57c: the college's decision on a share of a peilvak
                # read as final
                budget=bool(geld_punten(f, besluit)),
            )
        )
    if pand_sluiten_bij_college(f):
        delen.append(deel("ROL-COLLEGE.pand_burgemeester"))
    partner = f.besluit_van_private_partij and bool(_PRESTATIEAFSPRAKEN.search(_case_tekst(f)))
    if partner:
        # a corporation decides its own complex; the gemeente is its partner in the
        # prestatieafspraken the case names, where it settles its own contribution (review of
        # session 44, Hoeverzeel: the roles named no such partner role)
        delen.append(
            deel(
                "ROL-COLLEGE.prestatieafspraken",
                naam=_initiatiefnemers(f) or text.organisatie_van(v.besluit.orgaan or "")
                if v.besluit
                else "",
            )
        )
    if overheidsrol:
        if not partner:
            # (a partner in the prestatieafspraken: that names the relation, not the ladder)
            delen.append(deel("ROL-COLLEGE.overheidsrol", rol=overheidsrol))
    elif (
        door is not Beslisser.burgemeester
        and not f.initiatiefvoorstel
        # the dagelijks bestuur of a gemeenschappelijke regeling adopts it (rule WET-REGELING)
        and not (regeling_orgaan(f)[0] and not eigen_deel_bij_regeling(f, besluit))
        # the raad's own advice: the college prepares the proposal, the raad sets its kaders
        and not (f.advies and door is Beslisser.raad)
    ):
        # with a toezegging on record, the college says with its proposal how it kept it; the
        # plan of a process the raad started is the raad's (rule ROL-GRIFFIE), not the college's
        # (review 41)
        if regeling_orgaan(f)[0]:
            # the regeling's bestuur sets out the participation on its own decision; the
            # gemeente's own part (its measures, its building) is the college's (review 54b)
            delen.append(deel("ROL-COLLEGE.deel_plan", naam=regeling_orgaan(f)[1]))
        elif (
            (f.initiatief_van_overheid or f.verzoek_aan_andere_overheid)
            and door is not None
            and not gemeente_beslist_door(door)
        ):
            # another government runs the procedure on its own decision: that body sets its
            # participation plan; the college adopts only the gemeente's own part (review 51a)
            delen.append(deel("ROL-COLLEGE.deel_plan", naam=f.bevoegd_gezag))
        else:
            delen.append(
                deel(
                    "ROL-COLLEGE.toezegging" if raad_eigenaar(f) else "ROL-COLLEGE.plan",
                    toezegging=toezegging,
                    gezegd=toezegging and door is Beslisser.college,
                )
            )
    taak = _taak(Rol.college, delen, "ROL-COLLEGE")
    if door is Beslisser.raad and f.initiatiefvoorstel:
        return taak.model_copy(update={"bronnen": ["gemeentewet-147a"]})
    if vragen:
        return taak.model_copy(update={"bronnen": ["gemeentewet-155"]})
    return taak


def raad_eigenaar(f: Feiten) -> bool:
    """Is the process the raad's own: the raad started it (initiatiefnemer raad) and runs it
    itself? Then the griffie prepares the participation plan and the raad adopts it (the
    presidium puts it on the agenda), not the college. A raad that asked by motie for a proposal it will adopt does not run the
    process: when the college decides, or the college (a wethouder) made the promise on it,
    the college prepares the raadsvoorstel and adopts the plan (review 51a: 'het presidium
    stelt het participatieplan vast' for a college raadsvoorstel)."""
    v = f.vraagstuk
    if v.initiatiefnemer is not Initiatiefnemer.raad or f.initiatiefvoorstel:
        return False
    besluit = v.besluit
    if besluit is None:
        return True
    if besluit.door is Beslisser.college:
        return False
    toezegging = besluit.toezegging
    if toezegging is not None and toezegging.door is Beslisser.college:
        return False
    # a motie that gives the college the pen ('het college schrijft de agenda ... en legt haar
    # voor'): the college runs the process and brings the raadsvoorstel; the raad decides on
    # it (review 56a, Mergelrode: 'Griffie schrijft het participatieplan; de raad stelt het vast')
    return not college_heeft_de_pen(f)


def college_heeft_de_pen(f: Feiten) -> bool:
    """Does the raad's motie or promise give the college the pen: the college writes the plan
    or the proposal and brings it to the raad? (In the promise itself, or in a sentence of the
    aanleiding that names the motie.)"""
    v = f.vraagstuk
    t = v.besluit.toezegging if v.besluit else None
    teksten = [t.tekst] if t is not None and t.tekst else []
    teksten += [
        z
        for z in re.split(r"(?<=[.;])\s+", f"{v.aanleiding or ''} {v.omschrijving}")
        if "motie" in z.casefold()
    ]
    return any(COLLEGE_PEN.search(z) for z in teksten)


def eigen_deel_bij_regeling(f: Feiten, besluit: BesluitAdvies) -> bool:
    """Under a gemeenschappelijke regeling, does the gemeente decide points of its own beside
    the raad's zienswijze (extra measures of the college, its own building)? Then the college
    adopts the plan for that part; the regeling's bestuur only for its own decision.

    Why: 'het dagelijks bestuur van de veiligheidsregio stelt het participatieplan vast' where
    the college's extra measures and the gemeente's building were open too (review 54b)."""
    eigen = [
        p
        for wie in (Beslisser.college, Beslisser.raad)
        for p in eigen_punten(f, wie, besluit)
        if not _ZIENSWIJZE.search(p)
    ]
    return bool(eigen)


def eigen_punten(f: Feiten, wie: Beslisser, besluit: BesluitAdvies) -> list[str]:
    """The open points the case gives to this body of the gemeente while a party outside the
    gemeente takes the main decision: its own decisions (the college's subsidy agreements, the
    raad's begroting), said in its row of the role table."""
    if besluit.door is None or gemeente_beslist_door(besluit.door):
        # the gemeente takes the main decision: its rows already say what it decides
        return []
    return [p.onderwerp.rstrip(".") for p in f.vraagstuk.kaders.open if p.door is wie]


@regel(
    "ROL-BURGEMEESTER",
    Thema.rollen,
    "De burgemeester: hoeder van het proces, en soms zelf bevoegd",
    """Artikel 170 lid 1 onder c van de Gemeentewet zegt dat de burgemeester de kwaliteit van
    procedures voor burgerparticipatie bevordert. Zo noemt pionieren zijn rol, zonder er taken
    bij te verzinnen: hij is hoeder van het proces, niet eigenaar van de inhoud. Alleen waar
    bij een verdeeld vraagstuk de openbare orde in het geding is, noemt het ook zijn zorg
    daarvoor (art. 172 Gemeentewet). Raakt het vraagstuk een eigen bevoegdheid van de burgemeester (de
    openbare orde, art. 172 Gemeentewet; cameratoezicht, art. 151c; een drugspand sluiten,
    art. 13b Opiumwet; de exploitatievergunning van een coffeeshop of horecazaak onder de APV en
    het toezicht op openbare inrichtingen, art. 174, met de Bibob-toets; evenementen, APV), of
    beslist hij over een open punt, dan noemt het advies die bevoegdheid: daar kunnen inwoners
    meedenken, maar beslist de burgemeester zelf. Beslist het bestuur van een veiligheidsregio,
    dan zit de burgemeester in het algemeen bestuur dat beslist (art. 11 Wet veiligheidsregio's):
    hij stemt daar, en geeft de raad inlichtingen en legt uit hoe hij de inbreng meenam en hoe
    hij stemde (art. 16 en 17 Wet gemeenschappelijke regelingen); de openbare orde is dan niet
    in het geding.""",
    [
        "bzk-burgemeester-hoeder",
        "pionieren-2017",
        "gemeentewet-170",
        "gemeentewet-172",
        "gemeentewet-151c",
        "gemeentewet-174",
        "wet-bibob",
        "opiumwet-13b",
        "wvr-11",
        "wgr-16",
        "wom-2",
        "wom-5",
    ],
)
def burgemeester(f: Feiten, besluit: BesluitAdvies | None = None) -> Taak:
    beslist = besluit is not None and besluit.door is Beslisser.burgemeester
    eigen = bevoegdheden(f)
    onderwerpen = [
        text.klein(p.onderwerp.rstrip("."))
        for p in f.vraagstuk.kaders.open
        if p.door is Beslisser.burgemeester
    ]
    if beslist:
        delen = [deel("ROL-BURGEMEESTER.beslist", bevoegdheden=[b.tekst for b in eigen])]
    elif eigen or onderwerpen:
        delen = [
            deel(
                "ROL-BURGEMEESTER.bevoegd",
                bevoegdheden=[b.tekst for b in eigen],
                onderwerpen=onderwerpen if not eigen else [],
                # his fight against crime: inwoners are informed, not asked (TREDE-PLAFOND)
                informeren=not eigen
                and bool(onderwerpen)
                and all(ONDERMIJNING.search(o) for o in onderwerpen),
            )
        ]
    else:
        # he votes on the content in the algemeen bestuur of a veiligheidsregio (review 53a)
        stemt = besluit is not None and veiligheidsregio_beslist(f, besluit)
        delen = [deel("ROL-BURGEMEESTER.hoeder", stemt=stemt)]
    orde = False
    regio = besluit is not None and veiligheidsregio_beslist(f, besluit)
    # the regio's plan for the brandweer is no matter of openbare orde: there he sits in its
    # algemeen bestuur, and accounts to the raad under the Wgr (review 56d, Hunsewold)
    if (f.vraagstuk.polarisatie or 0) >= 4 and not regio:
        # the openbare orde only where it is at stake (public space and safety, unrest), and
        # not twice where his own power over it is already named (review 29a: a dorpsschool)
        orde = "gemeentewet-172" not in {b.bron for b in eigen} and openbare_orde_in_het_geding(f)
        if orde:
            # a 'veilig gesprek' is no duty the law gives him (review 51b); the openbare orde is
            delen.append(deel("ROL-BURGEMEESTER.verdeeld"))
    if regio:
        delen.append(deel("ROL-BURGEMEESTER.veiligheidsregio"))
    # 'vraagt na of stille groepen gehoord zijn' is no task art. 170 gives him (review 51b)
    taak = _taak(Rol.burgemeester, delen, "ROL-BURGEMEESTER")
    bronnen = [
        *(b.bron for b in eigen if b.bron),
        *(o for b in eigen for o in b.ook),
        *(["gemeentewet-172"] if orde else []),
        *(["wvr-11", "wgr-16"] if regio else []),
    ]
    # the article itself is the source of the hoeder's role; the brochure stays with the rule
    bronnen.append("gemeentewet-170")
    return taak.model_copy(update={"bronnen": list(dict.fromkeys(bronnen))})


_VEILIGHEIDSREGIO = re.compile(r"\bveiligheidsregio", re.IGNORECASE)


_GELUID = re.compile(r"\bgeluid\w*|\bversterk\w*|\bmuziek\b|\bspandoek\w*", re.IGNORECASE)


_PAND_SLUITEN = re.compile(
    r"\bsluit(?:en|ing) van (?:een |het |de )?(?:drugs)?(?:pand|panden|woning\w*|lokalen|lokaal)\b"
    r"|\b(?:drugs)?(?:pand|panden|woning|woningen) (?:te )?sluiten\b|\b13b\b|\b174a\b",
    re.IGNORECASE,
)


def pand_sluiten_bij_college(f: Feiten) -> bool:
    """Does the case give the college a point that names closing premises? Closing a pand or a
    woning is the burgemeester's own power (art. 13b Opiumwet, art. 174 and 174a Gemeentewet),
    not the college's: its row says so (review 58b: the college row 'beslist zelf over' a
    point that included 'het sluiten van panden')."""
    return any(
        p.door is Beslisser.college and _PAND_SLUITEN.search(p.onderwerp)
        for p in f.vraagstuk.kaders.open
    )


_PRESIDIUM_MOMENT = re.compile(r"\bpresidium|\bagendacommissie|\bseniorenconvent", re.IGNORECASE)


def wom_geluid_bij_college(f: Feiten) -> bool:
    """Does the case give the college a point that names sound, while demonstrations under the
    Wom are at stake? The sound of a demonstration is regulated by the burgemeester with
    voorschriften (art. 5 Wom), not by the college: the report says so."""
    if not any(b.bron == "wom-5" for b in bevoegdheden(f)):
        return False
    return any(
        p.door is Beslisser.college and _GELUID.search(p.onderwerp) for p in f.vraagstuk.kaders.open
    )


def veiligheidsregio_beslist(f: Feiten, besluit: BesluitAdvies) -> bool:
    """Does the bestuur of a veiligheidsregio take the main decision (the body the gemeente
    advises, or the other body that decides)? Its algemeen bestuur is made of the burgemeesters
    of the region (art. 11 Wet veiligheidsregio's): the burgemeester votes there.

    Why: the burgemeester who sits in the algemeen bestuur that decides was given only his
    hoeder's role (review 41, zienswijze on a veiligheidsregio's begroting)."""
    if besluit.door is not Beslisser.anders and not besluit.advies_aan:
        return False
    namen = [
        besluit.ander_orgaan,
        *(
            p.partij or ""
            for p in f.vraagstuk.kaders.open
            if p.door is Beslisser.anders and not p.na_besluit
        ),
    ]
    return any(_VEILIGHEIDSREGIO.search(n) for n in namen)


_ORDE_IN_GEDING = re.compile(
    r"\bopenbare[ -]orde|(?<!externe )\bveiligheid\b|\bonrust\w*|\brellen?\b|\bbedreig\w*|"
    r"\bdemonstra\w*|\bintimid\w*|\bagressi\w*|\bgeweld\w*|\bvandalisme",
    re.IGNORECASE,
)


def openbare_orde_in_het_geding(f: Feiten) -> bool:
    """Do the case's words about what happens (its field, title, description, reason and open
    points) speak of public order or safety, unrest or threats? Not the fixed technical rules
    (external safety of a solar park)."""
    v = f.vraagstuk
    tekst = " ".join(
        [v.beleidsveld or "", v.titel, v.omschrijving, v.aanleiding or ""]
        + [p.onderwerp for p in v.kaders.open]
    )
    return bool(_ORDE_IN_GEDING.search(tekst))


@dataclass(frozen=True)
class Bevoegdheid:
    """A power the law or the APV gives the burgemeester himself, recognised in the case text."""

    patroon: re.Pattern[str]
    tekst: str
    bron: str | None
    #: further articles the power rests on
    ook: tuple[str, ...] = ()


#: The burgemeester's own powers that participation cases touch. Participation can inform these
#: decisions, never take them over; the report says so instead of calling him only the hoeder.
BEVOEGDHEDEN = (
    Bevoegdheid(
        # the burgemeester's cameras for the openbare orde, not a traffic camera at a gate
        re.compile(r"\bcameratoezicht|\bcamerabewaking", re.IGNORECASE),
        "waar en hoe lang er camera's hangen, binnen wat de raad in de APV toestaat",
        "gemeentewet-151c",
    ),
    Bevoegdheid(
        re.compile(r"\bopenbare[ -]orde|\bdriehoek\b|\bordeverstoring", re.IGNORECASE),
        "de handhaving van de openbare orde",
        "gemeentewet-172",
    ),
    Bevoegdheid(
        # the burgemeester oversees public establishments (art. 174 Gemeentewet); the APV makes
        # a coffeeshop or horeca business need his exploitatievergunning
        re.compile(r"\bcoffeeshop|\bexploitatievergunning", re.IGNORECASE),
        "de exploitatievergunning (APV) en het gedogen van de coffeeshop",
        "gemeentewet-174",
    ),
    Bevoegdheid(
        # demonstrations: the burgemeester sets the place, times and rules after the
        # kennisgeving, only for the reasons in art. 2 Wom (review 53a: the Wom not cited)
        re.compile(r"\bdemonstrati|\bmanifestatie|\bbetoging|\bWom\b|\bdemonstrant", re.IGNORECASE),
        "de voorschriften en beperkingen bij demonstraties (art. 5 Wet openbare manifestaties),"
        " alleen voor de gezondheid, het verkeer of tegen wanordelijkheden (art. 2)",
        "wom-5",
        ("wom-2",),
    ),
    Bevoegdheid(
        re.compile(r"\bbibob\b", re.IGNORECASE),
        "de Bibob-toets",
        "wet-bibob",
    ),
    Bevoegdheid(
        re.compile(
            r"\bdrugspand|\b13b\b|\bpand (?:te )?sluiten|\bsluiting van (?:een|het) pand",
            re.IGNORECASE,
        ),
        "het sluiten van een pand bij drugshandel",
        "opiumwet-13b",
    ),
    Bevoegdheid(
        # a case about events or their permits, not one that only spends money on events
        # (a BIZ fund for "sfeerverlichting, evenementen en promotie"; review 34a)
        re.compile(
            r"\bevenementenvergunning|\bevenementenbeleid|\bevenemententerrein|\bfestival"
            r"|\bregels voor [\w, ]*evenementen|\bvergunning voor (?:een |het )?evenement",
            re.IGNORECASE,
        ),
        "evenementenvergunningen (APV)",
        None,
    ),
)


def bevoegdheden(f: Feiten) -> list[Bevoegdheid]:
    """The burgemeester's own powers this case touches, from its title, description and kaders."""
    v = f.vraagstuk
    tekst = " ".join(
        [
            v.titel,
            v.omschrijving,
            v.aanleiding or "",
            *v.kaders.vast,
            *(p.onderwerp for p in v.kaders.open),
        ]
    )
    return [b for b in BEVOEGDHEDEN if b.patroon.search(tekst)]


@regel(
    "ROL-AMBTELIJK",
    Thema.rollen,
    "De rol van de ambtelijke organisatie",
    """Ambtenaren ontwerpen het proces, voeren het uit en verwerken de inbreng. Zij zorgen dat
    moeilijk bereikbare groepen worden opgezocht en dat iedereen hoort wat er met de inbreng is
    gedaan. Bij een initiatief van inwoners is één vast aanspreekpunt het belangrijkste. Neemt
    een private partij (een woningcorporatie, een vereniging) het besluit zelf, buiten een
    procedure van de gemeente, dan zijn ambtenaren haar aanspreekpunt, brengen zij de eigen
    punten van de gemeente in en bereiden zij die besluiten voor; het verslag van de
    participatie toetsen zij pas bij een latere aanvraag voor een vergunning of een wijziging
    van het omgevingsplan, als het vraagstuk die noemt. Voert
    een andere overheid de participatie over haar eigen besluit, dan brengen ambtenaren lokale
    kennis en contacten in, voeren zij het gesprek over de eigen punten van de gemeente en zorgen
    zij dat inwoners weten waar zij zelf kunnen reageren.""",
    ["vng-handreiking-participatie", "plaatsengids-burgerinitiatief", "ombudsman-inspraak-2009"],
)
def ambtelijk(f: Feiten, besluit: BesluitAdvies) -> Taak:
    if f.verzoek_in_verdeelde_zaak or f.advies:
        # the gemeente decides a divided request itself, or gives its own advice on what
        # others asked another body: it runs the conversation, it is no initiator's contact
        delen = [deel("ROL-AMBTELIJK.proces")]
    elif f.initiatief_van_overheid or f.verzoek_aan_andere_overheid:
        # another government runs the participation for its own decision: the gemeente's
        # officials bring local knowledge and contacts and run only the gemeente's own part
        delen = [deel("ROL-AMBTELIJK.overheid", naam=f.overheid_initiatiefnemer)]
    elif f.besluit_van_private_partij:
        # a corporation or club decides its own plan, outside any gemeente procedure: the
        # officials are its contact and bring in the gemeente's own points; a participation
        # report is only tested with a later permit or omgevingsplan change the case names
        # (review of session 44, Hoeverzeel: 'toetst daarna het verslag' of a corporation's
        # own choice to renovate or demolish)
        delen = [
            deel(
                "ROL-AMBTELIJK.partner",
                naam=_initiatiefnemers(f) or text.organisatie_van(f.vraagstuk.besluit.orgaan or "")
                if f.vraagstuk.besluit
                else "",
                later=f.later_besluit_gemeente,
            )
        ]
    elif f.initiatief_van_anderen:
        delen = [deel("ROL-AMBTELIJK.aanspreekpunt")]
        if f.procedure in VERGUNNING:
            delen.append(deel("ROL-AMBTELIJK.vergunning"))
    elif f.initiatiefvoorstel:
        delen = [deel("ROL-AMBTELIJK.bijstand")]
    else:
        delen = [deel("ROL-AMBTELIJK.proces")]
    # how the hard-to-reach groups are reached is said per group (BELANG-DREMPEL), not here
    delen.append(deel("ROL-AMBTELIJK.terugkoppeling"))
    return _taak(Rol.ambtelijke_organisatie, delen, "ROL-AMBTELIJK")


_FRACTIEWOORDEN = frozenset(
    [
        "de",
        "in",
        "uit",
        "van",
        "alle",
        "politieke",
        "partijen",
        "fractie",
        "fracties",
        "raad",
        "gemeenteraad",
        "raadsfracties",
        "raadsleden",
    ]
)


def _alle_fracties(naam: str) -> bool:
    """Does a group's name only say 'the fracties of the raad' (no particular fractie)?"""
    woorden = re.findall(r"\w+", naam.casefold())
    return bool(woorden) and all(w in _FRACTIEWOORDEN for w in woorden)


@regel(
    "ROL-GRIFFIE",
    Thema.rollen,
    "De rol van de griffie",
    """De griffie ondersteunt de raad. Zij helpt de raad bij het stellen van kaders en bij zijn
    eigen contact met inwoners, en ondersteunt de raad als die zijn eigen rol in het proces
    evalueert (bij een besluit van de raad); de evaluatie met inwoners zelf organiseert de
    ambtelijke organisatie. Als de raad zelf
    een initiatiefvoorstel schrijft (art. 147a Gemeentewet), ondersteunt de griffie het proces
    namens de raad. Begon de raad het proces zelf (initiatiefnemer raad), dan schrijft de griffie
    het participatieplan en stelt de raad het vast, niet het college; het presidium zet het op
    de agenda. Zij dient de hele
    raad, nooit één fractie: beslist de raad, dan organiseert
    zij voor de hele raad een moment met inwoners (hoorzitting of werkbezoek); beslist het
    college, dan volgt een fractie het proces met vragen aan het college (art. 155 Gemeentewet)
    en de informatie die de hele raad krijgt. De raad op de hoogte houden is de plicht van het
    college (art. 169 Gemeentewet), niet van de griffie. Beslist het college of de burgemeester,
    dan bespreekt de raad het besluit niet: de griffie zorgt dat de raadsinformatiebrief alle
    raadsleden bereikt. Een wethouder is geen raadslid: de griffie dient hem niet. Leden van
    het bestuur van een andere overheid (het algemeen bestuur van een waterschap, provinciale
    staten) dient zij evenmin: zij krijgen informatie van hun eigen bestuur. Een eigen
    moment van de raad of een commissie vóór het besluit (momenten) bereidt zij op de agenda
    voor; de agenda stelt het presidium of de voorzitter vast. Een toezegging aan
    de raad of in een commissie zet zij op de toezeggingenlijst; een toezegging aan anderen
    (een dorpsraad, ouders) hoort daar niet. Voert een andere overheid het proces over haar eigen
    besluit en heeft de raad daarin geen eigen punt, toezegging, moment of fractie, dan heeft de
    griffie geen rol.""",
    ["pionieren-2017", "berenschot-leeratelier", "gemeentewet-155", "gemeentewet-169"],
)
def griffie(f: Feiten, besluit: BesluitAdvies) -> Taak | None:
    delen = []
    if f.initiatiefvoorstel:
        delen.append(deel("ROL-GRIFFIE.opdrachtgever"))
    elif besluit.door in (Beslisser.raad, None):
        delen.append(deel("ROL-GRIFFIE.kaders"))
    if raad_eigenaar(f):
        # the raad started it: its griffie holds the plan, the raad adopts it (review 41; the
        # presidium only puts it on the agenda, review 55c)
        delen.append(deel("ROL-GRIFFIE.plan"))
    wie = toezegger(f)
    v = f.vraagstuk
    if wie is not None and aan_de_raad(f):
        # the griffie keeps the raad's lists of toezeggingen and moties (review 33), of the
        # promises made to the raad only
        delen.append(deel("ROL-GRIFFIE.toezegging", wie=wie["wie"]))
    elif MOTIE.search(" ".join([v.aanleiding or "", v.omschrijving, *v.kaders.vast])):
        delen.append(deel("ROL-GRIFFIE.motie"))
    # the case's own moment of the raad or a commissie (a concept discussed): on its agenda
    momenten = [
        deel(
            "ROL-GRIFFIE.moment",
            datum=m.datum.isoformat(),
            raad=m.door is Orgaan.raad,
            # a meeting of the presidium is no raad meeting (review 57c, Scheldevoorde)
            presidium=bool(_PRESIDIUM_MOMENT.search(m.wat)),
        )
        for m in v.momenten
        if m.door in (Orgaan.raad, Orgaan.commissie) and m.datum > f.datum
    ]
    # a wethouder among the stakeholders is no raadslid: the griffie does not serve him
    fracties = [p.naam for p in f.vraagstuk.belanghebbenden if fractie(p)]
    if (
        f.initiatief_van_overheid
        and not delen
        and not momenten
        and not fracties
        and not any(p.door is Beslisser.raad for p in v.kaders.open)
    ):
        # another government's process in which the raad has no part: no role for the griffie
        return None
    if not delen and not momenten:
        # the college (or the burgemeester) decides: the raad does not discuss it, it gets a
        # raadsinformatiebrief (review 50a: 'zet de bespreking in de planning van de raad')
        van = "de burgemeester" if besluit.door is Beslisser.burgemeester else "het college"
        niet_raad = besluit.door in (
            Beslisser.college,
            Beslisser.burgemeester,
            Beslisser.initiatiefnemer,
            Beslisser.bestuurscommissie,
        )
        delen.append(deel("ROL-GRIFFIE.informeren", van=van, niet_raad=niet_raad))
    delen += momenten
    if momenten:
        # the griffie prepares the agenda; the presidium or the chair sets it (review 50a)
        delen.append(deel("ROL-GRIFFIE.agenda"))
    if fracties:
        # the griffie serves the whole raad: it organises no moment for one fractie; where the
        # college decides, a fractie follows the process through questions to the college
        raad = besluit.door in (Beslisser.raad, None)
        # 'fracties in de gemeenteraad' says nothing the sentence does not already say
        eigen = [n for n in fracties if not _alle_fracties(n)]
        delen.append(deel("ROL-GRIFFIE.fracties", namen=eigen, raad=raad))
    elif besluit.door is Beslisser.raad:
        delen.append(deel("ROL-GRIFFIE.eigen_moment"))
    if besluit.door is Beslisser.raad:
        # the griffie serves the raad: it owns the leerarena of a raad decision, not of one the
        # college takes (review 29a: a hondenkaart the college decides)
        delen.append(deel("ROL-GRIFFIE.leerarena"))
    return _taak(Rol.griffie, delen, "ROL-GRIFFIE")


#: Who a level belongs to when only a table of organisations carries the point.
PARTNERS = "de partners aan tafel"


def van_partners(
    f: Feiten, onderwerpen: list[OnderwerpAdvies], mix: list[MixOnderdeel]
) -> list[OnderwerpAdvies]:
    """The open points whose level only forms for organisations carry (a table of partners,
    a sporttafel): that level is the partners', not the inwoners' (part of rule ROL-INWONERS).
    A point no form carries, or that a form with inwoners carries at its level, stays as it is.

    Why: review 64d (sportakkoord): the partners at the sporttafel decide on the budget, and the
    report said 'Inwoners beslissen mee over 1 onderwerp'."""
    soort = {p.naam: p.soort for p in f.vraagstuk.belanghebbenden}
    uit = []
    for o in onderwerpen:
        dragers = [m for m in mix if o.onderwerp in m.onderwerpen and m.trede.rang >= o.trede.rang]
        alleen = (
            o.open
            and o.trede.rang > Trede.adviseren.rang
            and bool(dragers)
            and all(
                m.voor
                and not m.voor_tekst
                and all(soort.get(n) not in (None, SoortBelanghebbende.inwoners) for n in m.voor)
                for m in dragers
            )
        )
        uit.append(o.model_copy(update={"alleen_partners": True}) if alleen else o)
    return uit


@regel(
    "ROL-INWONERS",
    Thema.rollen,
    "De rol van inwoners",
    """De rol van inwoners volgt uit de geadviseerde trede: van goed geïnformeerd worden bij
    informeren tot zelf beslissen bij zelfbeheer. pionieren noemt die rol, zodat inwoners weten wat er van hen wordt
    gevraagd en wat zij mogen verwachten. Neemt een vereniging, coöperatie of stichting van
    inwoners het initiatief, dan beslissen over haar eigen punten haar leden (of haar bestuur),
    niet de inwoners om haar heen: die punten staan apart.""",
    ["vng-handreiking-participatie", "movisie-participatieladder"],
)
def inwoners(f: Feiten, advies: Trede, onderwerpen: list[OnderwerpAdvies] | None = None) -> Taak:
    open_ = [o for o in onderwerpen or [] if o.open]
    # a point another party decides (a foundation's own programme) is named with that party;
    # its level is still the one the summary gives it, so the counts here are the counts there
    # (review 38: 'adviseren over 1' here, four levels in the summary). Not when the inwoners
    # are the initiator themselves
    anderen: dict[str, int] = {}
    # an association of inwoners that initiates decides in its own bodies: what it decides
    # itself is its members' say, not that of the inwoners around (review 44a: 'Beslissen zelf
    # over 2 onderwerpen' for the points the vereniging's ALV decides)
    lichaam = _lichaam(f)
    leden = []
    if lichaam is not None:
        leden = [
            o
            for o in open_
            if o.door is Beslisser.initiatiefnemer
            and not o.eigen_bezit
            and o.trede.rang > Trede.adviseren.rang
        ]
        open_ = [o for o in open_ if o not in leden]
    if f.vraagstuk.initiatiefnemer is not Initiatiefnemer.inwoners or lichaam is not None:
        for o in open_:
            # each household decides on its own house, not the initiator (TREDE-EIGEN-BEZIT)
            if o.door is Beslisser.initiatiefnemer and not o.eigen_bezit:
                wie = o.partij or BESLISSER_NAAM[o.door]
                anderen[wie] = anderen.get(wie, 0) + 1
    # the role per step of all open points, highest first, when the steps differ: one blanket
    # role would promise more (or less) than the summary on some point
    per: dict[Trede, list[str]] = {}
    bron: dict[Trede, list[str]] = {}
    # a dispute over facts is no step of the ladder: its facts are checked (TREDE-FEITEN;
    # review 58: 'geven hun mening over' the category of a strip contested with facts)
    feiten = [o for o in open_ if o.feiten]
    # a level only the partners at a table carry is theirs (:func:`van_partners`)
    partners = [o for o in open_ if o.alleen_partners]
    if partners:
        anderen[PARTNERS] = len(partners)
    for o in sorted(open_, key=lambda o: -o.trede.rang):
        if o.feiten or o.alleen_partners:
            continue
        kort = re.sub(r"\s*\([^)]*\)", "", o.onderwerp).rstrip(".")
        per.setdefault(o.trede, []).append(text.klein(kort))
        bron.setdefault(o.trede, []).append(o.onderwerp)
    treden = (
        # 'bron': the points as the case writes them, so that the report can leave out a point
        # it shows as decided elsewhere (its counts are the table's)
        [{"trede": t.value, "onderwerpen": punten, "bron": bron[t]} for t, punten in per.items()]
        + (
            [
                {
                    "trede": "feiten",
                    "onderwerpen": [o.onderwerp for o in feiten],
                    "bron": [o.onderwerp for o in feiten],
                }
            ]
            if feiten
            else []
        )
        if len(per) + bool(feiten) > 1 or (per and anderen)
        else []
    )
    # one step on every open point: that step's role, not the advice's overall one
    trede = f.kennis.ladder.trede(next(iter(per)) if len(per) == 1 else advies)
    delen = [
        deel(
            "ROL-INWONERS",
            rol=trede.rol_inwoners,
            trede=trede.id.value,
            treden=treden,
            anderen=[
                # the initiators together (a co-initiator too) decide: 'beslissen'
                {
                    "wie": w,
                    "aantal": n,
                    "meer": w == PARTNERS or (w == _initiatiefnemers(f) and _meer(f)),
                }
                for w, n in anderen.items()
            ],
            eigen=len(open_) - sum(anderen.values()),
            alle=len(open_),
            # an advice to another body: inwoners give their input on the advice (BESLUIT-ADVIES)
            advies=f.advies,
            leden={**lichaam, "aantal": len(leden)} if lichaam and leden else None,
        )
    ]
    return _taak(Rol.inwoners, delen, "ROL-INWONERS")


#: The name of a body with members (a vereniging, a coöperatie) or a foundation.
_LEDEN = re.compile(r"vereniging|co[oö]peratie|\bcoop\b", re.IGNORECASE)
_STICHTING = re.compile(r"\bstichting\b", re.IGNORECASE)


def _lichaam(f: Feiten) -> dict[str, Any] | None:
    """The one initiator of inwoners that is a body of its own (a vereniging, a coöperatie, a
    stichting), as the subject that decides its own points: 'de leden van X' for a body with
    members, its name for a foundation; None for a group of inwoners or another initiator."""
    if f.vraagstuk.initiatiefnemer is not Initiatiefnemer.inwoners:
        return None
    namen = [p.naam for p in f.vraagstuk.belanghebbenden if p.initiatiefnemer]
    if len(namen) != 1:
        return None
    if _LEDEN.search(namen[0]):
        return {"wie": f"de leden van {namen[0]}", "meer": True}
    if _STICHTING.search(namen[0]):
        return {"wie": namen[0], "meer": False}
    return None


_INITIATIEFNEMER = {
    Initiatiefnemer.inwoners: "De initiatiefnemers (inwoners)",
    Initiatiefnemer.ondernemers: "De initiatiefnemer (ondernemer)",
    Initiatiefnemer.maatschappelijke_organisatie: "De initiatiefnemer (organisatie)",
    Initiatiefnemer.andere_overheid: "De initiatiefnemer (andere overheid)",
}


@regel(
    "ROL-INITIATIEFNEMER",
    Thema.rollen,
    "De rol van een initiatiefnemer buiten de gemeente",
    """Ligt het initiatief bij inwoners, ondernemers of een maatschappelijke organisatie, dan is
    die initiatiefnemer eigenaar van het plan. Onder de Omgevingswet meldt de initiatiefnemer bij
    de aanvraag of, en hoe, er participatie was en wat die opleverde (aanvraagvereiste). Dat is
    geen plicht om te participeren, tenzij de raad dat voor het geval heeft bepaald. Vraagt de
    initiatiefnemer de gemeente om een besluit dat zij zelf neemt, in een verdeeld vraagstuk of
    over een verordening (regels voor iedereen), dan voert de gemeente het gesprek: wie beslist,
    organiseert. Beslist de initiatiefnemer dan zelf over open punten (een corporatie over
    sloop en het sociaal plan, moskeeën over de indeling van hun vak), dan noemt de rol alleen
    die punten, met een eigen toezegging en eigen gesprekken. Een woningcorporatie vraagt als verhuurder eerst advies aan de
    huurdersorganisatie en de bewonerscommissie (art. 5 Overlegwet). Is de initiatiefnemer een
    andere overheid (provincie, waterschap, Rijk), dan neemt zij het besluit over haar plan,
    organiseert en betaalt zij de participatie daarover en zegt zij bij het besluit hoe die ging
    (bij een projectbesluit: art. 5.47 Omgevingswet); een aanvraag doet zij dan niet.""",
    ["pelsrijcken-aanvraagvereiste", "aan-de-slag-ow-bopa", "rob-loslaten-2012", "overlegwet-5"],
)
def initiatiefnemer(f: Feiten, besluit: BesluitAdvies) -> Taak | None:
    v = f.vraagstuk
    if f.initiatief_van_overheid:
        # another government: it owns its decision and the participation for it, and pays
        # that participation; no application or permit duties of a private initiator
        naam = f.overheid_initiatiefnemer or _INITIATIEFNEMER[v.initiatiefnemer]
        # who pays as the case states it (review 53a: 'betaalt' while both pay)
        betaler = v.kaders.betaler.value if v.kaders.betaler else ""
        delen = [deel("ROL-INITIATIEFNEMER.overheid", naam=naam, betaler=betaler)]
        return _taak(Rol.initiatiefnemer, delen, "ROL-INITIATIEFNEMER")
    if not f.initiatief_van_anderen:
        return None
    wie = [p.naam for p in v.belanghebbenden if p.initiatiefnemer]
    naam = text.opsomming(wie) if wie else _INITIATIEFNEMER[v.initiatiefnemer]
    if f.advies:
        # the applicants ask another body; the gemeente advises on them, all alike
        gelijk = gelijke_partijen(f)
        if not wie and gelijk:
            naam = text.opsomming(gelijk[0])
        delen = [
            deel(
                "ROL-INITIATIEFNEMER.aanvrager",
                naam=naam,
                aan=f.advies_aan,
                meer=len(wie) > 1 or (not wie and bool(gelijk)) or _meer(f),
                gelijk=bool(gelijk),
            )
        ]
        return _taak(Rol.initiatiefnemer, delen, "ROL-INITIATIEFNEMER")
    # a divided case where the initiator decides points itself (not each household's own
    # house): its own decision, its own promise and its own talks, not only a request to the
    # gemeente (review 43d)
    eigen = [
        p.onderwerp.rstrip(".")
        for p in v.kaders.open
        if p.door is Beslisser.initiatiefnemer and not p.eigen_bezit
    ]
    if eigen and f.verzoek_in_verdeelde_zaak:
        delen = [
            deel(
                "ROL-INITIATIEFNEMER.beslist",
                naam=naam,
                over=text.over([text.klein(text.kop(p)) for p in eigen]),
                meer=_meer(f),
            )
        ]
        verhuurder = bool(wie) and all(_CORPORATIE.search(n) for n in wie)
        if verhuurder:
            delen.append(deel("ROL-INITIATIEFNEMER.overlegwet"))
        if v.kaders.betaler in (Betaler.initiatiefnemer, Betaler.beide):
            delen.append(deel("ROL-INITIATIEFNEMER.betaalt"))
        taak = _taak(Rol.initiatiefnemer, delen, "ROL-INITIATIEFNEMER")
        # a corporation's own decisions rest on the Overlegwet: the row cites it
        return taak.model_copy(update={"bronnen": ["overlegwet-5"]}) if verhuurder else taak
    besluit_v = v.besluit
    if (
        f.procedure in OPENBARE_MAATREGEL
        and besluit_v is not None
        and besluit_v.door is Beslisser.anders
        and v.initiatiefnemer is not Initiatiefnemer.ondernemers
    ):
        # inwoners asked another government for a public measure (a verkeersbesluit of the
        # province): that government decides and holds the conversation (review 57a)
        orgaan = f.bevoegd_gezag
        delen = [
            deel(
                "ROL-INITIATIEFNEMER.verzoeker_ander",
                naam=naam,
                orgaan=orgaan,
                meer=len(wie) > 1 or (not wie and v.initiatiefnemer is Initiatiefnemer.inwoners),
                orgaan_meer=bool(orgaan) and text.meervoud_orgaan(orgaan),
            )
        ]
        return _taak(Rol.initiatiefnemer, delen, "ROL-INITIATIEFNEMER")
    if f.verzoek_in_verdeelde_zaak:
        delen = [deel("ROL-INITIATIEFNEMER.verzoeker", naam=naam)]
        if v.kaders.betaler in (Betaler.initiatiefnemer, Betaler.beide):
            delen.append(deel("ROL-INITIATIEFNEMER.betaalt"))
        return _taak(Rol.initiatiefnemer, delen, "ROL-INITIATIEFNEMER")
    delen = [deel("ROL-INITIATIEFNEMER.eigenaar", naam=naam)]
    from pionieren.analysis.law import vergunning_genoemd

    if (
        f.procedure in VERGUNNING
        or vergunning_genoemd(f)
        or (
            f.procedure is None
            and WettelijkKader.omgevingswet in f.wettelijke_kaders
            and v.initiatiefnemer is Initiatiefnemer.ondernemers
        )
    ):
        delen.append(deel("ROL-INITIATIEFNEMER.aanvraag"))
        if besluit.participatie_verplicht:
            delen.append(deel("ROL-INITIATIEFNEMER.verplicht"))
    if f.procedure is Procedure.uitdaagrecht_verzoek or (
        f.procedure is None and WettelijkKader.uitdaagrecht in f.wettelijke_kaders
    ):
        delen.append(deel("ROL-INITIATIEFNEMER.uitdaagrecht"))
    if v.kaders.betaler in (Betaler.initiatiefnemer, Betaler.beide):
        delen.append(deel("ROL-INITIATIEFNEMER.betaalt"))
    delen.append(deel("ROL-INITIATIEFNEMER.afstemmen"))
    return _taak(Rol.initiatiefnemer, delen, "ROL-INITIATIEFNEMER")


#: A housing corporation (a verhuurder under the Overlegwet), by its name.
_CORPORATIE = re.compile(
    r"\b(?:woningcorporatie|wooncorporatie|woonstichting|woningstichting|woningbouwvereniging)\b",
    re.IGNORECASE,
)

_SUBSIDIE = re.compile(r"\bsubsidie\w*", re.IGNORECASE)


@regel(
    "ROL-OVERHEIDSPARTICIPATIE",
    Thema.rollen,
    "De rol van de gemeente bij een initiatief van anderen",
    """Bij een initiatief van anderen kiest de gemeente een rol op de overheidsparticipatietrap
    van de Rob. Bij een commercieel initiatief (ondernemers) is de gemeente bevoegd gezag en
    reguleert zij: zij toetst het plan en de participatie. Dat doet zij ook bij een omstreden
    vergunning voor het plan van een vereniging of stichting (polarisatie 3 of meer, of
    tegenstanders met invloed): wie de vergunning verleent, kiest geen kant. Bij een initiatief van inwoners of een
    maatschappelijke organisatie faciliteert de gemeente; staat zij garant of verstrekt zij een
    lening, dan stimuleert zij: zij draagt risico en wil dat het initiatief slaagt. Bij een
    klein, rustig en eenvoudig initiatief met grote ruimte kan zij loslaten. Verlaagt de
    gemeente een subsidie en legt zij zelf de subsidieafspraken vast, dan reguleert zij: zij
    stelt de voorwaarden waarbinnen de organisatie werkt. Vragen anderen
    de gemeente om een besluit dat zij zelf neemt (geen vergunning voor hun eigen plan), en is
    het vraagstuk verdeeld (polarisatie 4 of 5), dan regisseert de gemeente: zij voert het
    gesprek en brengt de partijen samen; wie om het besluit vraagt, doet mee als een van de
    partijen en is geen eigenaar van het gesprek. Vragen inwoners een andere overheid (de
    provincie, het waterschap) om een besluit dat die zelf neemt, zoals een verkeersbesluit of
    een verordening, dan voeren zij geen eigen plan uit: de gemeente kiest dan geen trede, maar
    geeft haar zienswijze en beslist over haar eigen punten.""",
    ["rob-loslaten-2012", "plaatsengids-burgerinitiatief", "montesquieu-loslaten"],
)
def overheidsrol(f: Feiten) -> Overheidsrol | None:
    v = f.vraagstuk
    if not f.initiatief_van_anderen or f.advies or f.verzoek_aan_andere_overheid:
        # an advice to another body: the initiative is that body's to judge; the gemeente
        # only advises on it and takes no step on the ladder of the initiative itself; so too
        # where inwoners ask another government for its own public decision (review 58a)
        return None
    if bezuiniging(f) and any(
        p.door is not None and gemeente_beslist_door(p.door) and _SUBSIDIE.search(p.onderwerp)
        for p in v.kaders.open
    ):
        # the gemeente cuts a subsidy and sets the subsidy agreements itself: it sets the
        # conditions the initiative works within, it does not only support it (review 38)
        return Overheidsrol.reguleren
    if f.verzoek_in_verdeelde_zaak:
        # a divided request the gemeente decides itself: it runs the process and brings the
        # parties together (review 35), it does not only support the party that asks
        return Overheidsrol.regisseren
    if v.initiatiefnemer is Initiatiefnemer.ondernemers:
        return Overheidsrol.reguleren
    if f.procedure in VERGUNNING and (
        (v.polarisatie or 1) >= 3
        or any(p.houding is Houding.tegen and hoog_of_middel(p.invloed) for p in v.belanghebbenden)
    ):
        # a contested permit: the gemeente that grants it judges the plan and its
        # participation, it does not take the initiator's side (review 37b)
        return Overheidsrol.reguleren
    if f.procedure is Procedure.privaatrechtelijk and _GARANTIE.search(
        " ".join([v.titel, v.omschrijving, *(p.onderwerp for p in v.kaders.open)])
    ):
        # a guarantee or a loan: the gemeente carries risk and wants the initiative to succeed
        return Overheidsrol.stimuleren
    rustig = (v.polarisatie or 1) <= 2 and (v.complexiteit or 1) <= 2
    if v.kaders.beinvloedingsruimte is Ruimte.groot and rustig and not f.inclusiegroepen:
        return Overheidsrol.loslaten
    return Overheidsrol.faciliteren


#: The police and the OM act on the openbare orde: the case names them, or the driehoek.
_POLITIE = re.compile(
    r"\bpolitie\b|\bboa'?s?\b|\bofficier van justitie\b|\bdriehoek\b|\bwijkagent", re.IGNORECASE
)
_WIJKAGENT = re.compile(r"\bwijkagent", re.IGNORECASE)
_BOA = re.compile(r"\bboa'?s?\b|\bhandhavers?\b", re.IGNORECASE)


@regel(
    "ROL-DRIEHOEK",
    Thema.rollen,
    "De driehoek: burgemeester, politie en officier van justitie",
    """Raakt het vraagstuk de openbare orde of cameratoezicht van de burgemeester, en spelen
    politie, boa's of het OM een rol, dan krijgt de lokale driehoek (burgemeester, politie en
    officier van justitie) een eigen plek in de rolverdeling. Daar spreken zij af hoe de politie
    optreedt (art. 13 Politiewet 2012); deelnemers aan de participatie beslissen daar niet over.
    Boa's vallen niet onder dat artikel: over hun inzet beslist hun werkgever (vaak de gemeente),
    en bij opsporing werken zij onder gezag van de officier van justitie; noemt het vraagstuk
    boa's, dan zegt het advies dat apart. Noemt het
    vraagstuk de wijkagent, dan zegt het advies dat hij meepraat in de wijk en inbrengt wat hij
    hoort.""",
    ["politiewet-13", "gemeentewet-172", "gemeentewet-151c"],
)
def driehoek(f: Feiten) -> Taak | None:
    v = f.vraagstuk
    orde = {"gemeentewet-172", "gemeentewet-151c"} & {b.bron for b in bevoegdheden(f)}
    tekst = " ".join(
        [
            v.titel,
            v.omschrijving,
            v.aanleiding or "",
            *v.kaders.vast,
            *(p.onderwerp for p in v.kaders.open),
            *(p.naam for p in v.belanghebbenden),
        ]
    )
    if not orde or not _POLITIE.search(tekst):
        return None
    wijkagent = bool(_WIJKAGENT.search(tekst))
    # boa's are no part of the driehoek (art. 13 Politiewet 2012 is about the politie): their
    # employer and the OM decide on them (review 54a)
    boa = bool(_BOA.search(tekst))
    taak = _taak(Rol.driehoek, [deel("ROL-DRIEHOEK", wijkagent=wijkagent, boa=boa)], "ROL-DRIEHOEK")
    # the driehoek rests on the Politiewet, not on the burgemeester's openbare orde alone
    return taak.model_copy(update={"bronnen": ["politiewet-13"]})


def raadsmoment_in_rollen(taken: list[Taak], mix: list[MixOnderdeel]) -> list[Taak]:
    """The griffie's task names the raad's own hearing the mix holds, with its dates: a
    concrete moment before the decision, not one "where the raad wants it" (rule ROL-GRIFFIE).
    It names no evaluation the budget left out of the mix (review 42c: the summary said the
    evaluation goes, the griffie still 'organiseert' it)."""
    moment = next((m for m in mix if m.werkvorm in STAP_VAN_DE_RAAD), None)
    if moment is not None and (moment.start is None or moment.eind is None):
        moment = None
    evaluatie = any(m.werkvorm == "leerarena" for m in mix)
    if moment is None and evaluatie:
        return taken
    uit = []
    for t in taken:
        if t.rol is Rol.griffie:
            delen = []
            for d in t.delen:
                if d.sleutel == "ROL-GRIFFIE.leerarena" and not evaluatie:
                    continue
                if moment is not None and (
                    d.sleutel == "ROL-GRIFFIE.eigen_moment"
                    or (d.sleutel == "ROL-GRIFFIE.fracties" and d.waarden.get("raad"))
                ):
                    assert moment.start is not None and moment.eind is not None
                    d = deel(
                        "ROL-GRIFFIE.hoorzitting",
                        van=moment.start.isoformat(),
                        tot=moment.eind.isoformat(),
                        namen=d.waarden.get("namen", []),
                    )
                delen.append(d)
            t = t.model_copy(update={"delen": delen})
        uit.append(t)
    return uit


def _taak(rol: Rol, delen: list[Tekstdeel], regel_id: str) -> Taak:
    """A task as data; its sentence is written from the parts by the wording layer."""
    return Taak(rol=rol, delen=delen, taak="", regels=[regel_id])


@regel(
    "ROL-ANDEREN",
    Thema.rollen,
    "Andere partijen die zelf over een onderwerp beslissen",
    """Beslist een andere partij dan de gemeente zelf over een open onderwerp (de provincie over
    haar weg, een waterschap, een woningcorporatie, een kerkbestuur), dan krijgt die partij een
    eigen plek in de rolverdeling: zij doet haar eigen toezegging aan inwoners, en de gemeente
    stemt de planning en de terugkoppeling met haar af. Zo weten inwoners vooraf wie waarover
    gaat, ook als dat niet de gemeente is. Een punt over het eigen bezit van elk huishouden (de
    eigen tuin of woning) staat daar niet: daarover beslist elk huishouden zelf.""",
    ["ombudsman-inspraak-2009", "bzk-raad-burgerparticipatie"],
)
def anderen(onderwerpen: list[OnderwerpAdvies], f: Feiten | None = None) -> Taak | None:
    per_partij: dict[str, list[str]] = {}
    punten = {p.onderwerp: p for p in f.vraagstuk.kaders.open} if f is not None else {}
    for o in onderwerpen:
        punt = punten.get(o.onderwerp)
        if o.eigen_bezit and (punt is None or sluitstuk(punt) is None):
            # each household decides on its own garden or house (rule TREDE-EIGEN-BEZIT), as
            # the summary and the table say; not 'het waterschap beslist zelf' (review 51a)
            continue
        if o.open and o.door is Beslisser.anders:
            per_partij.setdefault(o.partij, []).append(o.onderwerp.rstrip("."))
    if not per_partij:
        return None
    partijen = [
        {
            # the name opens a sentence: without a clause on how it decides
            "partij": text.hoofdletter(text.orgaan_kop(partij)),
            "onderwerpen": punten,
            "meervoud": next(
                (meervoud(p) for p in f.vraagstuk.belanghebbenden if p.naam == partij),
                naam_meervoud(partij),
            )
            if f is not None
            else naam_meervoud(partij),
        }
        for partij, punten in sorted(per_partij.items(), key=lambda x: (x[0] == "", x[0]))
    ]
    # the placeholder 'noem haar in het participatieplan' only when the case names no
    # authority or organisation at all (review 44a/b: it stood next to a named bestuur)
    genoemd = f is not None and any(
        p.soort in (SoortBelanghebbende.overheid, SoortBelanghebbende.maatschappelijke_organisatie)
        for p in f.vraagstuk.belanghebbenden
    )
    return _taak(
        Rol.anderen,
        [deel("ROL-ANDEREN.beslist", partijen=partijen, genoemd=genoemd)],
        "ROL-ANDEREN",
    )


def _trede_van_raad(
    f: Feiten, advies: Trede, besluit: BesluitAdvies, onderwerpen: list[OnderwerpAdvies] | None
) -> Trede:
    """The highest level on the points the raad itself decides: a promise to keep to the
    outcome on a point the college decides is the college's (review 42a: the wethouder's
    promise on the zaaluren read as the raad binding itself). A point the college already
    promised on is the college's promise too, even where the raad decides it: the raad did not
    bind itself (review 53b: 'belooft vooraf de uitkomst (coproduceren) over te nemen' for the
    college's Dorpsafspraak)."""
    if onderwerpen is None:
        return advies
    vooraf = f.vraagstuk.besluit.toezegging if f.vraagstuk.besluit else None
    van_ander = vooraf is not None and vooraf.door is not Beslisser.raad
    # an unknown decider may be the raad: the row then says 'als de raad beslist'
    eigen = [
        o.trede
        for o in onderwerpen
        if o.open
        and (o.door if o.door is not None else besluit.door) in (Beslisser.raad, None)
        and not (o.toegezegd and van_ander)
    ]
    return max(eigen, key=lambda t: t.rang, default=Trede.informeren)


#: A sentence in which the presidium decides something: 'het presidium stelt vast hoe de raad
#: de uitkomst weegt', 'het presidium beslist over het plan'.
_PRESIDIUM_BESLUIT = re.compile(
    r"\bpresidium\b[^.;]*?\b(?:stelt\b[^.;]*\bvast|beslist|bepaalt|besluit|legt\b[^.;]*\bvast|kiest)\b",
    re.IGNORECASE,
)
_AGENDA = re.compile(r"\bagend\w*|\bvergaderschema\b|\bvergaderdat\w*", re.IGNORECASE)


@regel(
    "ROL-PRESIDIUM",
    Thema.rollen,
    "Het presidium bindt de raad niet",
    """Het presidium (of de agendacommissie) bereidt de agenda en de werkwijze van de raad voor,
    volgens het reglement van orde dat de raad zelf vaststelt (art. 16 Gemeentewet). Het kan de
    raad niet binden op de inhoud. Zegt het vraagstuk dat het presidium iets anders vaststelt
    dan de agenda (hoe de raad de uitkomst van een peiling weegt, het participatieplan), dan
    zegt het advies dat de raad dat zelf besluit, bijvoorbeeld met een procedurebesluit; het
    presidium zet het op de agenda. Ook een participatieplan van de raad stelt de raad zelf
    vast.""",
    ["gemeentewet-16"],
)
def presidium(f: Feiten) -> list[Bevinding]:
    """The case's sentences in which the presidium decides on more than the agenda."""
    v = f.vraagstuk
    zinnen = [m.wat for m in v.momenten] + list(v.kaders.vast)
    zinnen += re.split(r"(?<=[.!?])\s+", " ".join([v.omschrijving, v.aanleiding or ""]))
    gevonden = [
        z.strip().rstrip(".")
        for z in zinnen
        if _PRESIDIUM_BESLUIT.search(z) and not _AGENDA.search(z)
    ]
    if not gevonden:
        return []
    return [bevinding("ROL-PRESIDIUM", Ernst.let_op, zin=gevonden[0], bronnen=["gemeentewet-16"])]


def divide_roles(
    f: Feiten,
    advies: Trede,
    besluit: BesluitAdvies,
    onderwerpen: list[OnderwerpAdvies] | None = None,
) -> tuple[list[Taak], Overheidsrol | None, list[Bevinding]]:
    rol = overheidsrol(f)
    raad_taak, bevindingen = raad(f, _trede_van_raad(f, advies, besluit, onderwerpen), besluit)
    bevindingen += presidium(f)
    griffie_taak = griffie(f, besluit)
    taken = [
        raad_taak,
        college(f, advies, rol, besluit),
        burgemeester(f, besluit),
        ambtelijk(f, besluit),
        *([griffie_taak] if griffie_taak is not None else []),
        inwoners(f, advies, onderwerpen),
    ]
    eigen = initiatiefnemer(f, besluit)
    if eigen is not None:
        taken.append(eigen)
    ander = anderen(onderwerpen or [], f)
    if ander is not None:
        taken.append(ander)
    orde = driehoek(f)
    if orde is not None:
        # next to the burgemeester, who sits in it
        taken.insert(next(i for i, t in enumerate(taken) if t.rol is Rol.burgemeester) + 1, orde)
    if rol is not None:
        beschrijving = next(
            r.omschrijving for r in f.kennis.ladder.overheidsparticipatie if r.id == rol
        )
        taken = [
            t.model_copy(update={"regels": [*t.regels, "ROL-OVERHEIDSPARTICIPATIE"]})
            if t.rol is Rol.college
            else t
            for t in taken
        ]
        bevindingen.append(
            bevinding(
                "ROL-OVERHEIDSPARTICIPATIE",
                Ernst.info,
                rol=rol,
                beschrijving=" ".join(beschrijving.split()),
            )
        )
    return taken, rol, bevindingen


@dataclass(frozen=True)
class Uitvoerder:
    """A kind of party that carries out (part of) what is decided, recognised by its name."""

    soort: str
    patroon: re.Pattern[str]


#: Parties that carry out what the gemeente decides, or decide on their own part of it, by
#: the word their name starts with (a 'vervoerder' further in a name may be a neighbour). Most
#: specific first. The netbeheerder and a concessiehouder are certain anywhere in the name.
UITVOERDERS = (
    Uitvoerder("concessiehouder", re.compile(r"\bconcessiehouder", re.IGNORECASE)),
    Uitvoerder("netbeheerder", re.compile(r"\bnetbeheerder", re.IGNORECASE)),
    Uitvoerder(
        "vervoerder",
        re.compile(r"^(?:bus|ov-?)?vervoerder\b|^bus(?:maatschappij|bedrijf)\b", re.IGNORECASE),
    ),
    Uitvoerder("aannemer", re.compile(r"^aannemer\w*", re.IGNORECASE)),
    Uitvoerder("corporatie", re.compile(r"^(?:woningcorporatie|woonstichting)\b", re.IGNORECASE)),
    Uitvoerder("zorgaanbieder", re.compile(r"^zorgaanbieder\w*|^zorggroep\b", re.IGNORECASE)),
    Uitvoerder(
        "inzamelaar", re.compile(r"^(?:afvalbedrijf|afvalinzamelaar|inzamelaar)\b", re.IGNORECASE)
    ),
)
#: the one that grants a concession is no executing party; it decides (ROL-ANDEREN, overleg)
_VERLENER = re.compile(r"\bprovincie|\bvervoerregio|\bconcessieverlen\w*", re.IGNORECASE)
#: a zorgaanbieder carries out the gemeente's care only in a case about that care; elsewhere
#: (a coffeeshop next to a care home) it is a neighbour
_ZORG = re.compile(
    r"\bwmo\b|\bjeugdhulp|\bjeugdzorg|\bzorg\b|\bondersteuning|\bbeschermd wonen|\bdagbesteding",
    re.IGNORECASE,
)
#: parties that are people or the raad, not an executing organisation
_GEEN_UITVOERDER = (
    SoortBelanghebbende.inwoners,
    SoortBelanghebbende.politiek,
    SoortBelanghebbende.adviesorgaan,
)


def uitvoerder_soort(f: Feiten, p: Belanghebbende) -> str | None:
    """The kind of executing party this stakeholder certainly is, or None."""
    if p.soort in _GEEN_UITVOERDER or p.initiatiefnemer or _VERLENER.search(p.naam):
        return None
    soort = next((u.soort for u in UITVOERDERS if u.patroon.search(p.naam.strip())), None)
    if soort in ("corporatie", "zorgaanbieder") and p.belang is not Niveau.hoog:
        # a corporatie or zorgaanbieder with a smaller stake is a partner, not the one who
        # carries the plan out (a corporatie that signals debts in an armoedebeleid)
        return None
    if soort == "zorgaanbieder":
        v = f.vraagstuk
        if not _ZORG.search(" ".join([v.beleidsveld or "", v.titel, v.omschrijving])):
            return None
    return soort


@regel(
    "ROL-UITVOERDERS",
    Thema.rollen,
    "Partijen die uitvoeren of over hun eigen deel beslissen",
    """Noemt het vraagstuk een partij die uitvoert wat besloten wordt, of over haar eigen deel
    beslist (een concessiehouder, een busvervoerder, de netbeheerder, een aannemer, een
    woningcorporatie, een zorgaanbieder, een afvalbedrijf), dan krijgt die partij een regel in
    de rolverdeling: wat zij doet of beslist, en wanneer zij aan tafel zit. Een partij die het
    ontwerp kan tegenhouden, zit in het eerste overleg, vóór de brede ronde (regel
    MIX-PARTNERS-EERST); een andere zit aan tafel voordat het ontwerp vastligt, zodat het
    uitvoerbaar is. pionieren herkent zo'n partij aan haar naam. Beslist zij zelf over een open
    onderwerp, dan staat zij al bij de andere partijen (regel ROL-ANDEREN).""",
    ["vng-handreiking-participatie", "babw-24"],
)
def uitvoerders(
    f: Feiten, onderwerpen: list[OnderwerpAdvies], mix: list[MixOnderdeel]
) -> Taak | None:
    al = {o.partij for o in onderwerpen if o.open and o.door is Beslisser.anders and o.partij}
    voor = ("voorbereiden", "ophalen", "verdiepen", "toetsen")
    partijen: list[dict[str, object]] = []
    plekken: set[tuple[bool, str]] = set()
    for p in f.vraagstuk.belanghebbenden:
        soort = uitvoerder_soort(f, p)
        if soort is None or p.naam in al:
            continue
        # where it is at the table: the first overleg (MIX-PARTNERS-EERST), else the werkvormen
        # before the decision that name it
        eerst = any(
            m.werkvorm == "partneroverleg" and m.fase.value == "voorbereiden" and p.naam in m.voor
            for m in mix
        )
        # a form that only informs is no seat at the table
        bij = (
            []
            if eerst
            else [
                m.naam
                for m in mix
                if m.fase.value in voor and p.naam in m.voor and m.trede is not Trede.informeren
            ]
        )
        plekken.add((eerst, bij[0] if bij else ""))
        partijen.append(
            {
                "naam": p.naam,
                "soort": soort,
                "eerst": eerst,
                "bij": bij[:1],
                "meervoud": meervoud(p),
            }
        )
    if not partijen:
        return None
    # the same place for all: said once, after the parties
    samen = len(plekken) == 1
    return _taak(
        Rol.uitvoerders,
        [deel("ROL-UITVOERDERS", partijen=partijen, samen=samen)],
        "ROL-UITVOERDERS",
    )


def _initiatiefnemers(f: Feiten) -> str:
    """The initiators by name, as the points they decide name them."""
    return text.opsomming([p.naam for p in f.vraagstuk.belanghebbenden if p.initiatiefnemer])


def _meer(f: Feiten) -> bool:
    """Does the plan have more than one initiator (a co-initiator)?"""
    return sum(p.initiatiefnemer for p in f.vraagstuk.belanghebbenden) > 1

"""Who decides, by which procedure, and which legal hooks follow (the decision model).

Why: the advice must never name the wrong decision-maker. pionieren takes the decision-maker
from the vraagstuk (``besluit.door``), or infers it from the procedure only where the law leaves
no doubt (a permit is granted by the college; a verordening is made by the raad). Otherwise it
says that it does not know, asks in the referentiekader, and keeps the advice conditional.
"""

from __future__ import annotations

import re

from pionieren.analysis.facts import VERGUNNING, Feiten, bevinding
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import BesluitAdvies, Bevinding, Ernst, Herkomst
from pionieren.vocabulary import Beslisser, Procedure

#: The decision-maker that the law fixes for a procedure; absent: it depends on the case.
ZEKER: dict[Procedure, Beslisser] = {
    Procedure.omgevingsvergunning_binnenplans: Beslisser.college,
    Procedure.omgevingsvergunning_buitenplans: Beslisser.college,
    Procedure.omgevingsplan: Beslisser.raad,
    Procedure.omgevingsvisie: Beslisser.raad,
    Procedure.verordening: Beslisser.raad,
    Procedure.begroting: Beslisser.raad,
    Procedure.uitdaagrecht_verzoek: Beslisser.college,
    Procedure.subsidie: Beslisser.college,
    Procedure.privaatrechtelijk: Beslisser.college,
    # art. 18 lid 1 onder d Wegenverkeerswet 1994: the college, for the gemeente's own roads;
    # a provincial road's section is a point the provincie decides (door: anders)
    Procedure.verkeersbesluit: Beslisser.college,
    Procedure.herindeling: Beslisser.wetgever,
}

#: The article that says who decides under each procedure: a finding about the decider cites
#: it, not a source on participation (review 27).
BRON_BESLISSER: dict[Procedure, list[str]] = {
    Procedure.omgevingsvergunning_binnenplans: ["omgevingswet-5-8"],
    Procedure.omgevingsvergunning_buitenplans: ["omgevingswet-5-8"],
    Procedure.omgevingsplan: ["omgevingswet-2-4"],
    Procedure.omgevingsvisie: ["omgevingswet-3-1"],
    Procedure.verordening: ["gemeentewet-147"],
    Procedure.begroting: ["gemeentewet-189"],
    Procedure.uitdaagrecht_verzoek: ["gemeentewet-150"],
    Procedure.subsidie: ["gemeentewet-160"],
    Procedure.privaatrechtelijk: ["gemeentewet-160"],
    Procedure.verkeersbesluit: ["wvw-18"],
    Procedure.herindeling: ["wet-arhi"],
}


@regel(
    "BESLUIT-WIE",
    Thema.rollen,
    "Wie beslist, en volgens welke procedure",
    """pionieren neemt de beslisser uit het vraagstuk (besluit.door). Staat die er niet, dan leidt
    pionieren hem alleen af als de wet geen twijfel laat: een omgevingsvergunning verleent het
    college; een omgevingsplan, omgevingsvisie, verordening of begroting stelt de raad vast; een
    verzoek onder het uitdaagrecht, een subsidie, een privaatrechtelijke handeling (zoals de
    verkoop van grond) of een verkeersbesluit over een weg van de gemeente is aan het college
    (over een weg van de provincie beslist de provincie); een herindeling beslist de wetgever. In alle andere
    gevallen noemt pionieren geen beslisser, maar vraagt het ernaar. Vraagt een initiatief van
    anderen geld van de gemeente (een subsidie of bijdrage), dan doet het een voorstel om na te
    gaan: over die bijdrage beslist waarschijnlijk het college.""",
    [
        "gemeentewet-147",
        "gemeentewet-160",
        "gemeentewet-189",
        "omgevingswet-5-8",
        "omgevingswet-2-4",
        "omgevingswet-3-1",
        "gemeentewet-150",
        "wet-arhi",
        "wvw-18",
    ],
)
def decide(f: Feiten) -> tuple[BesluitAdvies, list[Bevinding]]:
    v = f.vraagstuk
    opgegeven = v.besluit.door if v.besluit else None
    procedure = v.besluit.procedure if v.besluit else None
    wettelijk = ZEKER.get(procedure) if procedure else None
    bevindingen: list[Bevinding] = []
    if opgegeven is Beslisser.initiatiefnemer and wettelijk is Beslisser.college:
        # both are true: the initiator decides on its own plan, the college on the permit,
        # subsidy or agreement that the plan needs from the gemeente
        bevindingen.append(
            bevinding(
                "BESLUIT-WIE",
                Ernst.info,
                "BESLUIT-WIE.initiatiefnemer_en_college",
                bronnen=BRON_BESLISSER[procedure],  # type: ignore[index]
                procedure=procedure.value,  # type: ignore[union-attr]
            )
        )
        door: Beslisser | None = wettelijk
        herkomst = Herkomst.wet
    elif opgegeven is not None and wettelijk is not None and opgegeven is not wettelijk:
        bevindingen.append(
            bevinding(
                "BESLUIT-WIE",
                Ernst.waarschuwing,
                "BESLUIT-WIE.gecorrigeerd",
                bronnen=BRON_BESLISSER[procedure],  # type: ignore[index]
                opgegeven=_wie(opgegeven),
                procedure=procedure.value.replace("_", " "),  # type: ignore[union-attr]
                wettelijk=_wie(wettelijk),
            )
        )
        door = wettelijk
        herkomst = Herkomst.wet
    elif opgegeven is not None:
        door, herkomst = opgegeven, Herkomst.vraagstuk
    elif wettelijk is not None:
        door, herkomst = wettelijk, Herkomst.wet
    else:
        door, herkomst = None, Herkomst.onbekend
        bevindingen.append(
            bevinding(
                "BESLUIT-WIE",
                Ernst.let_op,
                "BESLUIT-WIE.onbekend",
                # a question about the case; where a subsidy is asked for, the article that
                # makes the college the likely decider
                bronnen=["gemeentewet-160"] if _vraagt_bijdrage(f) else [],
                subsidie=_vraagt_bijdrage(f),
            )
        )
    return (
        BesluitAdvies(
            door=door,
            procedure=procedure,
            herkomst=herkomst,
            raad_bindend_advies=bool(v.besluit and v.besluit.raad_bindend_advies),
            participatie_verplicht=bool(v.besluit and v.besluit.participatie_verplicht),
            stukken_weken=_stukken_weken(f, door),
            termijn_vast=_termijn_vast(f),
        ),
        bevindingen,
    )


_BIJDRAGE = re.compile(r"\b(?:subsidie\w*|bijdrage\w*|draagt\s+\w*\s*bij)", re.IGNORECASE)


def _vraagt_bijdrage(f: Feiten) -> bool:
    """Is this an initiative of others that asks the gemeente for money (a subsidy or a
    contribution)? Then the college most likely decides on that money (art. 160 Gemeentewet,
    titel 4.2 Awb), unless the raad kept it for itself: a proposal to check, not a fact.

    Why: 'Dat staat nog niet vast' with no likely decider left the reader guessing (review 26,
    schoolplein)."""
    v = f.vraagstuk
    if v.initiatiefnemer.value == "gemeente":
        return False
    tekst = " ".join([v.omschrijving, v.aanleiding or "", *v.kaders.vast])
    return bool(_BIJDRAGE.search(tekst))


def _termijn_vast(f: Feiten) -> bool:
    """A statutory decision period (permits) or one from the verordening (uitdaagrecht) is hard."""
    v = f.vraagstuk
    if v.besluit and v.besluit.termijn_vast is not None:
        return v.besluit.termijn_vast
    # a referendum the case already set on a date (an election day) fixes the calendar around it
    referendum = any(w.id.startswith("referendum") and w.periode for w in v.werkvormen)
    return f.procedure in VERGUNNING or f.procedure is Procedure.uitdaagrecht_verzoek or referendum


def _stukken_weken(f: Feiten, door: Beslisser | None) -> int:
    """Weeks before the decision that the proposal must be ready."""
    v = f.vraagstuk
    if v.besluit and v.besluit.stukken_weken is not None:
        return v.besluit.stukken_weken
    if door is Beslisser.raad:
        return 6
    if door is Beslisser.wetgever or f.procedure in VERGUNNING:
        # a permit: the participation is done before the application, and the college decides
        # within the statutory period of eight weeks (art. 16.64 Omgevingswet); that also leaves
        # room for the raad's wensen en bedenkingen on a lease that goes with it
        return 8
    if door is Beslisser.college and f.wensen_en_bedenkingen:
        # before the college signs, the raad can give wensen en bedenkingen (art. 169 lid 4
        # Gemeentewet): the draft goes to the raad in its own cycle
        return 6
    return 2


def _wie(door: Beslisser) -> str:
    return BESLISSER_NAAM[door]


BESLISSER_NAAM = {
    Beslisser.raad: "de gemeenteraad",
    Beslisser.college: "het college van B en W",
    Beslisser.burgemeester: "de burgemeester",
    Beslisser.bestuurscommissie: "de bestuurscommissie (stadsdeel- of gebiedscommissie)",
    Beslisser.initiatiefnemer: "de initiatiefnemer",
    Beslisser.wetgever: "de wetgever (regering en parlement)",
    Beslisser.anders: "een ander orgaan dan de gemeente",
}


GEMEENTE = (Beslisser.raad, Beslisser.college, Beslisser.burgemeester, Beslisser.bestuurscommissie)


def gemeente_beslist_door(door: Beslisser) -> bool:
    """Is this a body of the gemeente?"""
    return door in GEMEENTE


def gemeente_beslist(besluit: BesluitAdvies) -> bool | None:
    """True when a gemeente body decides, False when not, None when unknown."""
    if besluit.door is None:
        return None
    return gemeente_beslist_door(besluit.door)


@regel(
    "BESLUIT-BOPA",
    Thema.wet,
    "Buitenplanse omgevingsplanactiviteit: bindend advies en verplichte participatie",
    """Bij een omgevingsvergunning voor een buitenplanse omgevingsplanactiviteit beslist het
    college, maar de raad kan gevallen aanwijzen waarin hij bindend adviseert (art. 16.15a
    Omgevingswet) en waarin participatie door de aanvrager verplicht is (art. 16.55 lid 7). Bij
    een binnenplanse vergunning kan dat niet: daar is participatie een aanvraagvereiste zonder
    weigeringsgrond.""",
    ["omgevingswet-16-15a", "omgevingswet-16-55", "omgevingsregeling-7-4"],
)
def bopa(f: Feiten, besluit: BesluitAdvies) -> list[Bevinding]:
    if besluit.procedure is Procedure.omgevingsvergunning_buitenplans:
        return [
            bevinding(
                "BESLUIT-BOPA",
                Ernst.let_op,
                "BESLUIT-BOPA.buitenplans",
                bindend_advies=besluit.raad_bindend_advies,
                verplicht=besluit.participatie_verplicht,
            )
        ]
    if besluit.procedure is Procedure.omgevingsvergunning_binnenplans:
        return [bevinding("BESLUIT-BOPA", Ernst.info, "BESLUIT-BOPA.binnenplans")]
    return []


@regel(
    "BESLUIT-BUITEN-GEMEENTE",
    Thema.wet,
    "Als niet de gemeente beslist",
    """Beslist de wetgever (zoals bij een herindeling) of de initiatiefnemer zelf, dan kan de
    gemeente geen invloed beloven die zij niet heeft. De gemeente zegt dan wat zij wel doet:
    een zienswijze, een advies of een herindelingsadvies vaststellen, of het initiatief
    faciliteren. Een referendum of peiling is dan een mening, geen besluit.""",
    ["wet-arhi", "rob-loslaten-2012", "ombudsman-inspraak-2009"],
)
def buiten_gemeente(f: Feiten, besluit: BesluitAdvies) -> list[Bevinding]:
    if besluit.door is Beslisser.wetgever:
        return [
            bevinding(
                "BESLUIT-BUITEN-GEMEENTE", Ernst.waarschuwing, "BESLUIT-BUITEN-GEMEENTE.wetgever"
            )
        ]
    if besluit.door is Beslisser.initiatiefnemer:
        return [
            bevinding(
                "BESLUIT-BUITEN-GEMEENTE", Ernst.info, "BESLUIT-BUITEN-GEMEENTE.initiatiefnemer"
            )
        ]
    return []

"""Who decides, by which procedure, and which legal hooks follow (the decision model).

Why: the advice must never name the wrong decision-maker. pionieren takes the decision-maker
from the vraagstuk (``besluit.door``), or infers it from the procedure only where the law leaves
no doubt (a permit is granted by the college; a verordening is made by the raad). Otherwise it
says that it does not know, asks in the referentiekader, and keeps the advice conditional.
"""

from __future__ import annotations

from pionieren.analysis.facts import VERGUNNING, Feiten, bevinding
from pionieren.analysis.registry import regel
from pionieren.analysis.result import BesluitAdvies, Bevinding, Ernst
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
    Procedure.herindeling: Beslisser.wetgever,
}


@regel(
    "BESLUIT-WIE",
    "rollen",
    "Wie beslist, en volgens welke procedure",
    """pionieren neemt de beslisser uit het vraagstuk (besluit.door). Staat die er niet, dan leidt
    pionieren hem alleen af als de wet geen twijfel laat: een omgevingsvergunning verleent het
    college; een omgevingsplan, omgevingsvisie, verordening of begroting stelt de raad vast; een
    verzoek onder het uitdaagrecht, een subsidie of een privaatrechtelijke handeling (zoals de
    verkoop van grond) is aan het college; een herindeling beslist de wetgever. In alle andere
    gevallen noemt pionieren geen beslisser, maar vraagt het ernaar.""",
    ["gemeentewet-150", "gemeentewet-169", "omgevingswet-16-15a", "wet-arhi"],
)
def decide(f: Feiten) -> tuple[BesluitAdvies, list[Bevinding]]:
    v = f.vraagstuk
    opgegeven = v.besluit.door if v.besluit else None
    procedure = v.besluit.procedure if v.besluit else None
    wettelijk = ZEKER.get(procedure) if procedure else None
    bevindingen: list[Bevinding] = []
    if opgegeven is not None and wettelijk is not None and opgegeven is not wettelijk:
        bevindingen.append(
            bevinding(
                "BESLUIT-WIE",
                Ernst.waarschuwing,
                f"Het vraagstuk zegt dat {_wie(opgegeven)} beslist, maar bij de procedure "
                f"‘{procedure.value.replace('_', ' ')}’ beslist volgens de wet "  # type: ignore[union-attr]
                f"{_wie(wettelijk)}. Dit advies gaat uit van {_wie(wettelijk)}. Klopt dat niet, "
                "leg dan uit waarom (bijvoorbeeld een delegatie of mandaat).",
            )
        )
        door: Beslisser | None = wettelijk
        herkomst = "wet"
    elif opgegeven is not None:
        door, herkomst = opgegeven, "vraagstuk"
    elif wettelijk is not None:
        door, herkomst = wettelijk, "wet"
    else:
        door, herkomst = None, "onbekend"
        bevindingen.append(
            bevinding(
                "BESLUIT-WIE",
                Ernst.let_op,
                "Nog niet duidelijk is wie het besluit neemt en via welke procedure. Het advies "
                "noemt daarom geen beslisser. Spreek het af en leg het vast in het vraagstuk "
                "(onder besluit); dan worden de rolverdeling en de planning preciezer.",
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


def _termijn_vast(f: Feiten) -> bool:
    """A statutory decision period (permits) or one from the verordening (uitdaagrecht) is hard."""
    v = f.vraagstuk
    if v.besluit and v.besluit.termijn_vast is not None:
        return v.besluit.termijn_vast
    return f.procedure in VERGUNNING or f.procedure is Procedure.uitdaagrecht_verzoek


def _stukken_weken(f: Feiten, door: Beslisser | None) -> int:
    """Weeks before the decision that the proposal must be ready."""
    v = f.vraagstuk
    if v.besluit and v.besluit.stukken_weken is not None:
        return v.besluit.stukken_weken
    if door is Beslisser.raad:
        return 6
    if door is Beslisser.wetgever or f.procedure in VERGUNNING:
        # a permit: the participation is done before the application, and the college decides
        # within the statutory period of eight weeks (art. 16.64 Omgevingswet)
        return 8
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
    "wet",
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
        delen = [
            "Dit is een buitenplanse omgevingsplanactiviteit: het college beslist over de "
            "vergunning."
        ]
        if besluit.raad_bindend_advies:
            delen.append(
                "De raad heeft dit soort gevallen aangewezen voor zijn bindend advies (art. 16.15a "
                "Omgevingswet): het college legt de aanvraag met het verslag van de participatie "
                "eerst aan de raad voor."
            )
        else:
            delen.append(
                "Ga na of de raad dit soort gevallen heeft aangewezen voor bindend advies "
                "(art. 16.15a Omgevingswet); dan moet de raad vóór het besluit adviseren."
            )
        if besluit.participatie_verplicht:
            delen.append(
                "De raad heeft participatie voor dit soort aanvragen verplicht gesteld (art. 16.55 "
                "lid 7 Omgevingswet): zonder participatie is de aanvraag niet compleet."
            )
        return [bevinding("BESLUIT-BOPA", Ernst.let_op, " ".join(delen))]
    if besluit.procedure is Procedure.omgevingsvergunning_binnenplans:
        return [
            bevinding(
                "BESLUIT-BOPA",
                Ernst.info,
                "Dit is een binnenplanse vergunning: het college toetst de aanvraag aan het "
                "omgevingsplan. De aanvrager meldt of en hoe er participatie was (art. 7.4 "
                "Omgevingsregeling), maar ontbrekende participatie is geen reden om te weigeren. "
                "Bindend advies van de raad en verplichte participatie gelden hier niet.",
            )
        ]
    return []


@regel(
    "BESLUIT-BUITEN-GEMEENTE",
    "wet",
    "Als niet de gemeente beslist",
    """Beslist de wetgever (zoals bij een herindeling) of de initiatiefnemer zelf, dan kan de
    gemeente geen invloed beloven die zij niet heeft. De gemeente zegt dan wat zij wel doet:
    een zienswijze, een advies of een herindelingsadvies vaststellen, of het initiatief
    faciliteren. Een referendum of peiling is dan een mening, geen besluit.""",
    ["wet-arhi", "rob-loslaten-2012", "ombudsman-spelregels-2009"],
)
def buiten_gemeente(f: Feiten, besluit: BesluitAdvies) -> list[Bevinding]:
    if besluit.door is Beslisser.wetgever:
        return [
            bevinding(
                "BESLUIT-BUITEN-GEMEENTE",
                Ernst.waarschuwing,
                "Het besluit ligt bij de wetgever, niet bij de gemeente. De raad stelt een advies of "
                "ontwerp vast (bij een herindeling: het herindelingsontwerp en -advies, Wet arhi) en "
                "inwoners kunnen een zienswijze geven. Beloof inwoners daarom alleen invloed op wat "
                "de raad zelf vaststelt; een peiling of referendum is een mening die de raad "
                "meeweegt.",
            )
        ]
    if besluit.door is Beslisser.initiatiefnemer:
        return [
            bevinding(
                "BESLUIT-BUITEN-GEMEENTE",
                Ernst.info,
                "De initiatiefnemer beslist zelf over het plan. De gemeente beslist alleen over wat "
                "een vergunning, subsidie of afspraak vraagt; daar gaat haar rol over.",
            )
        ]
    return []

"""The result of an analysis: the Advies with its Bevindingen.

Why: one model that the CLI prints, the JSON output dumps and the report templates show. The
report decides nothing; everything it shows is in here. Its JSON Schema documents the output.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from pionieren.vocabulary import (
    Beslisser,
    Modus,
    Organisator,
    Procedure,
    Procesfase,
    Ruimte,
    Trede,
)


class Ernst(StrEnum):
    info = "info"
    let_op = "let_op"
    waarschuwing = "waarschuwing"


class Kwadrant(StrEnum):
    """Mendelow: where a stakeholder stands on invloed x belang."""

    sleutelspeler = "sleutelspeler"
    tevreden_houden = "tevreden_houden"
    op_de_hoogte_houden = "op_de_hoogte_houden"
    monitoren = "monitoren"


class Rol(StrEnum):
    raad = "raad"
    college = "college"
    burgemeester = "burgemeester"
    ambtelijke_organisatie = "ambtelijke_organisatie"
    griffie = "griffie"
    inwoners = "inwoners"
    initiatiefnemer = "initiatiefnemer"
    anderen = "anderen"
    driehoek = "driehoek"
    uitvoerders = "uitvoerders"


class Uitvoer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Tekstdeel(Uitvoer):
    """A piece of text as data: a key in teksten.yaml and the values it fills in."""

    sleutel: str = Field(description="Sleutel van de tekst in teksten.yaml (de woordlaag).")
    waarden: dict[str, Any] = Field(default_factory=dict)


def deel(sleutel: str, **waarden: Any) -> Tekstdeel:
    return Tekstdeel(sleutel=sleutel, waarden=waarden)


class Bevinding(Uitvoer):
    regel: str = Field(description="Id van de regel (zie `pionieren regels`).")
    ernst: Ernst
    sleutel: str = Field(
        default="", description="Sleutel van de tekst in teksten.yaml (de woordlaag)."
    )
    waarden: dict[str, Any] = Field(
        default_factory=dict, description="De waarden die de tekst invult (namen, data, treden)."
    )
    tekst: str = Field(description="De tekst, geschreven uit sleutel en waarden.")
    bronnen: list[str] = Field(description="Ids uit het bronnenregister (`pionieren bronnen`).")


class Herkomst(StrEnum):
    """Where the decision-maker of an advice comes from."""

    vraagstuk = "vraagstuk"
    wet = "wet"
    """Inferred from the procedure, where the law leaves no doubt."""
    onbekend = "onbekend"


class BesluitAdvies(Uitvoer):
    door: Beslisser | None = Field(description="Wie beslist; leeg als dat niet zeker is.")
    procedure: Procedure | None
    # a Herkomst, kept as text in the model so that the published advice schema stays the same
    herkomst: str = Field(description="vraagstuk, wet (afgeleid uit de procedure) of onbekend.")
    raad_bindend_advies: bool
    participatie_verplicht: bool
    stukken_weken: int = Field(description="Weken voor het besluit dat het voorstel klaar is.")
    termijn_vast: bool = Field(
        default=False, description="De besluitdatum ligt vast; het ontwerp past zich aan."
    )
    advies_aan: str = Field(
        default="",
        description="Bij procedure advies: wie na het advies van de gemeente beslist; leeg: "
        "niet genoemd of geen advies.",
    )
    ander_orgaan: str = Field(
        default="",
        description="Beslist een ander orgaan dan de gemeente: dat orgaan bij naam, zoals het "
        "vraagstuk het noemt (besluit.advies_aan, de overheid die initiatiefnemer is, of de "
        "partij van de open punten in het besluit); leeg: niet genoemd.",
    )


class OnderwerpAdvies(Uitvoer):
    onderwerp: str
    open: bool = Field(description="false: dit ligt vast (informeren).")
    ruimte: Ruimte
    maximaal: Trede = Field(description="De hoogste trede die de ruimte op dit punt toelaat.")
    trede: Trede = Field(description="De trede die pionieren op dit punt adviseert.")
    toezegging: str = Field(description="Wat wie beslist op dit punt toezegt.")
    door: Beslisser | None = Field(
        default=None, description="Wie op dit punt beslist en de toezegging doet; leeg: onbekend."
    )
    toegezegd: bool = Field(
        default=False,
        description="true: de toezegging is al gedaan (uit het vraagstuk); false: een voorstel.",
    )
    door_afgeleid: bool = Field(
        default=False,
        description="true: wie op dit punt beslist, staat niet bij het punt maar volgt uit de "
        "omschrijving of aanleiding (regel BESLUIT-PUNT).",
    )
    partij: str = Field(
        default="",
        description="Wie buiten de gemeente op dit punt beslist, bij naam (de provincie, een "
        "corporatie, de initiatiefnemer); leeg: niet bekend of een orgaan van de gemeente.",
    )
    toezegging_deel: Tekstdeel | None = Field(
        default=None,
        description="Een eigen toezegging voor dit punt, als gegevens (geschreven in `toezegging`).",
    )
    alleen_partners: bool = Field(
        default=False,
        description="true: alleen een werkvorm met organisaties (de partners aan tafel) draagt "
        "dit punt op deze trede; die trede is dan van hen, niet van inwoners.",
    )
    eigen_bezit: bool = Field(
        default=False,
        description="true: het punt gaat over het eigen bezit van elke bewoner; ieder "
        "huishouden beslist zelf, binnen de kaders (regel TREDE-EIGEN-BEZIT).",
    )
    feiten: bool = Field(
        default=False,
        description="true: het punt is een geschil over feiten of rechten (een indeling, "
        "eigendom, verjaring, een meting of taxatie); het krijgt een correctieroute: de bewoner "
        "levert feiten aan, een onafhankelijke deskundige toetst, de gemeente beslist per geval "
        "met redenen (regel TREDE-FEITEN).",
    )
    budgetrecht: bool = Field(
        default=False,
        description="true: een bindende toezegging over geld; over geld buiten de begroting "
        "beslist de raad (regel TREDE-BUDGETRECHT).",
    )
    buiten_besluit: bool = Field(
        default=False,
        description="true: de gemeente beslist over dit punt buiten het hoofdbesluit (als "
        "wegbeheerder, in haar verkeersbesluiten; of bij een vergunning onder een eigen "
        "verordening of als eigenaar, buiten de aanvraag).",
    )
    verlaagd_van: Trede | None = Field(
        default=None,
        description="De trede die de ruimte toeliet, maar waarvoor geen werkvorm past; het "
        "advies belooft daarom `trede` (regel TREDE-WERKVORM). Leeg: niet verlaagd.",
    )
    keuze: bool = Field(
        default=False,
        description="true: het vraagstuk noemt dit punt een keuze tussen mogelijkheden "
        "(keuze: true of opties); het advies geeft er een keuzeontwerp bij (keuzeontwerp).",
    )
    kern: bool = Field(
        default=False,
        description="true: de centrale keuze van het vraagstuk, de open keuze waarbij het meest "
        "op het spel staat voor de meeste groepen; zij krijgt de werkvorm waarin de groepen samen "
        "afwegen, de ronde voor iedereen en de eerste regel van de samenvatting (kernkeuze).",
    )
    opties: list[str] = Field(
        default_factory=list,
        description="De mogelijkheden van de keuze, uit het vraagstuk; leeg: het advies vraagt "
        "twee of drie varianten uit te werken.",
    )
    gekozen_in: str | None = Field(
        default=None,
        description="Bij een keuze: id van de werkvorm uit mix waarin inwoners de mogelijkheden "
        "afwegen (een werkvorm om af te wegen, anders een na het ophalen die over dit punt gaat). "
        "Leeg: geen werkvorm.",
    )
    noot: str = Field(
        default="",
        description="Bij wat vastligt: een wettelijk feit dat de woorden van het punt "
        "rechtzet (de Zondagswet regelt geen winkeltijden). Leeg: geen.",
    )


class TredeAdvies(Uitvoer):
    advies: Trede = Field(description="De trede die pionieren adviseert.")
    gevraagd: Trede | None = Field(description="De ambitie uit het vraagstuk, als die er is.")
    maximaal: Trede = Field(description="De hoogste trede die de kaders toelaten.")
    toezegging: str = Field(description="Wat de gemeente op de geadviseerde trede toezegt.")
    iap2: str
    waarom_deel: Tekstdeel | None = Field(
        default=None, description="Waarom deze trede, als gegevens."
    )
    waarom: str = Field(description="Waarom deze trede, geschreven uit `waarom_deel`.")
    regels: list[str]
    onderwerpen: list[OnderwerpAdvies] = Field(
        default_factory=list, description="De trede per onderwerp: open punten en wat vastligt."
    )
    toets_deel: Tekstdeel | None = Field(
        default=None,
        description="Wat het bevoegd gezag toezegt over de toets van de participatie van een "
        "ander (een aanvraag), als gegevens.",
    )
    toets: str = Field(default="", description="Die toezegging, geschreven uit `toets_deel`.")
    toezegging_vooraf: str | None = Field(
        default=None, description="De toezegging die raad of college al deed (uit het vraagstuk)."
    )


class BelanghebbendeAdvies(Uitvoer):
    naam: str
    kwadrant: Kwadrant
    trede: Trede = Field(description="De trede voor deze groep; nooit hoger dan het advies.")
    houding: str
    aanpak_delen: list[Tekstdeel] = Field(
        default_factory=list, description="Hoe de gemeente deze partij betrekt, als gegevens."
    )
    aanpak: str = Field(description="Hoe de gemeente deze partij betrekt.")
    moeilijk_bereikbaar: bool
    regels: list[str]


class Taak(Uitvoer):
    rol: Rol
    delen: list[Tekstdeel] = Field(
        default_factory=list, description="De taak als gegevens (teksten.yaml)."
    )
    taak: str = Field(description="De taak, geschreven uit `delen`.")
    regels: list[str]
    bronnen: list[str] = Field(
        default_factory=list,
        description="De bronnen voor deze taak in dit vraagstuk (leeg: die van de regel).",
    )


class MixOnderdeel(Uitvoer):
    werkvorm: str = Field(description="Id uit de werkvormencatalogus.")
    naam: str
    modus: Modus
    trede: Trede = Field(description="De trede waarop deze werkvorm hier wordt ingezet.")
    voor: list[str] = Field(
        description="Namen van de belanghebbenden die deze werkvorm bedient. Na de keuze van "
        "een plek staat 'Omwonenden van de gekozen plek' voor de omwonenden van de plekken "
        "waartussen gekozen werd (zie gekozen_plek)."
    )
    voor_tekst: str = Field(
        default="",
        description="Voor wie het vraagstuk zelf deze eigen werkvorm bedoelt (werkvormen[].voor), "
        "letterlijk. Dan is de werkvorm alleen voor die groep; het rapport noemt haar zo.",
    )
    gekozen_plek: list[str] = Field(
        default_factory=list,
        description="De belanghebbenden (omwonenden van elke plek waaruit het besluit kiest) "
        "voor wie hier 'Omwonenden van de gekozen plek' staat: na het besluit gaat het alleen "
        "om de buren van de plek die gekozen is.",
    )
    redenen: list[Tekstdeel] = Field(
        default_factory=list, description="Waarom deze werkvorm, als gegevens (teksten.yaml)."
    )
    waarom: str
    kosten_euro: tuple[int, int]
    schatting_euro: int = Field(
        default=0,
        description="De schatting van de kosten: de ondergrens plus een tiende van de "
        "bandbreedte. Het rapport toont dit bedrag; de schattingen van het budget tellen op tot "
        "het totaal (met 20 % onvoorzien) in middelen.schatting_euro.",
    )
    weken: tuple[int, int]
    start_week: int = Field(description="Week (vanaf de start, 0) waarin deze werkvorm begint.")
    eind_week: int = Field(description="Week waarin deze werkvorm (minimaal) klaar is.")
    valkuilen: list[str]
    regels: list[str]
    fase: Procesfase = Procesfase.ophalen
    organisator: Organisator = Organisator.gemeente
    start: date | None = Field(default=None, description="Geplande begindatum.")
    eind: date | None = Field(default=None, description="Geplande einddatum.")
    genoemd: bool = Field(
        default=False, description="De werkvorm staat in het vraagstuk (al gekozen of voorgesteld)."
    )
    onderdelen: list[str] = Field(default_factory=list, description="Wat er onmisbaar bij hoort.")
    onderwerpen: list[str] = Field(
        default_factory=list,
        description="De open onderwerpen (uit kaders.open) waarover deze werkvorm gaat.",
    )
    betaald_door: Literal["gemeente", "initiatiefnemer", "project", "anderen", "later"] = Field(
        default="gemeente",
        description="Wie deze werkvorm betaalt: het budget voor participatie van de gemeente, de "
        "initiatiefnemer, het project (de uitvoering, een proef die al vaststaat), een andere "
        "organisatie of het budget van een later besluit (een stap na het besluit die een eigen, "
        "later besluit voorbereidt, als het budget te krap is). Alleen 'gemeente' telt mee voor "
        "het budget.",
    )


class PlanFase(Uitvoer):
    """One phase of the process on the calendar."""

    fase: Procesfase
    start: date | None
    eind: date | None
    werkvormen: list[str] = Field(description="Ids van de werkvormen in deze fase.")
    uitleg: Tekstdeel | None = Field(
        default=None, description="Wat er in deze fase gebeurt, als gegevens (teksten.yaml)."
    )
    toelichting: str = Field(description="Wat er in deze fase gebeurt, geschreven uit `uitleg`.")


class Middelen(Uitvoer):
    kosten_min_euro: int = Field(description="Som van de minimale kosten van de mix.")
    kosten_max_euro: int
    schatting_euro: int = Field(
        default=0,
        description="De schatting van wat het budget betaalt (de gemeente, of beide partijen "
        "als zij één budget delen, of de initiatiefnemer als die betaalt): de som van de "
        "schattingen van die werkvormen met 20 % onvoorzien, naar boven afgerond op 100 euro. "
        "Dit ene bedrag zet het advies tegen het budget.",
    )
    budget_euro: int | None = Field(
        description="Het budget voor dit ontwerp: het participatiebudget min wat daarvan al "
        "vastligt (budget_vastgelegd_euro); leeg: geen budget."
    )
    budget_vastgelegd_euro: int = Field(
        default=0,
        description="Wat van het participatiebudget al vastligt vóór dit ontwerp (kaders."
        "budget_vastgelegd); het ontwerp past in wat overblijft.",
    )
    past_in_budget: bool | None
    weken_nodig: int = Field(description="Minimale weken tot het besluit (denken, dan besluiten).")
    weken_beschikbaar: int | None
    past_in_tijd: bool | None
    kosten_initiatiefnemer_min_euro: int = Field(
        default=0, description="Kosten die de initiatiefnemer draagt (niet in het budget)."
    )
    kosten_initiatiefnemer_max_euro: int = 0
    kosten_uitvoering_min_euro: int = Field(
        default=0,
        description="Werkvormen tijdens de uitvoering (zoals bouwcommunicatie): projectkosten, "
        "niet uit het participatiebudget.",
    )
    kosten_uitvoering_max_euro: int = 0
    kosten_anderen_min_euro: int = Field(
        default=0,
        description="Werkvormen die een andere organisatie al zelf doet en betaalt (een "
        "wijkbudget van een wijkplatform), of die de initiatiefnemer zelf besloot als gemeente en "
        "initiatiefnemer samen een budget hebben: niet uit het participatiebudget.",
    )
    kosten_anderen_max_euro: int = 0
    minstens_initiatiefnemer: list[str] = Field(
        default_factory=list,
        description="De werkvormen die de initiatiefnemer betaalt en die de afspraak met de "
        "initiatiefnemer minstens moet bevatten: de wettelijke stap, de route naar een moeilijk "
        "bereikbare groep, het eigen gesprek met een tegenstander en de terugkoppeling.",
    )
    kosten_aantallen: list[tuple[int, str]] = Field(
        default_factory=list,
        description="Met welke aantallen de kosten rekenen (gesprekken, huishoudens, kernen): "
        "de aanname achter de prijs per stuk (regel MIX-KOSTEN-AANTAL).",
    )
    kosten_inclusie: list[str] = Field(
        default_factory=list,
        description="Kosten om groepen mee te laten doen die het budget ook moet dragen: een "
        "tolk, een vergoeding voor ervaringsdeskundigen, vervangende zorg (regel "
        "MIX-BUDGET-INCLUSIE).",
    )


class Les(Uitvoer):
    id: str
    modus: Modus
    tekst: str
    bronnen: list[str]


class Dilemma(Uitvoer):
    id: str
    titel: str
    tekst: str
    bronnen: list[str]


class Leerarena(Uitvoer):
    meten_delen: list[Tekstdeel] = Field(default_factory=list)
    momenten_delen: list[Tekstdeel] = Field(default_factory=list)
    terugkoppeling_delen: list[Tekstdeel] = Field(default_factory=list)
    meten: list[str] = Field(description="Wat we meten, geschreven uit `meten_delen`.")
    momenten: list[str] = Field(description="Wanneer we terugkijken.")
    terugkoppeling: list[str] = Field(description="Hoe deelnemers terughoren.")


class ErvaringLes(Uitvoer):
    """Een les uit een eerder proces in deze gemeente (uit de evaluatie)."""

    modus: Modus
    les: str


class EerderGeval(Uitvoer):
    """Een eerder proces in deze gemeente dat op dit vraagstuk lijkt (``--leerarena``)."""

    bestand: str = Field(description="Het evaluatiebestand, vanaf de map van --leerarena.")
    titel: str
    overeenkomst: list[str] = Field(
        description="Wat overeenkomt: beleidsveld, schaal, initiatiefnemer en/of ruimte."
    )
    overeenkomst_delen: list[Tekstdeel] = Field(
        default_factory=list, description="Wat overeenkomt, als gegevens (teksten.yaml)."
    )
    uitleg: str = Field(description="Wat overeenkomt, geschreven uit `overeenkomst_delen`.")
    uitkomst_delen: list[Tekstdeel] = Field(
        default_factory=list,
        description="Wat goed of mis ging (terugkoppeling, besluit, gemiste groepen), als gegevens.",
    )
    uitkomsten: list[str] = Field(description="Wat goed of mis ging, geschreven.")
    lessen: list[ErvaringLes]


class Ervaringen(Uitvoer):
    """Het hoofdstuk 'Ervaringen in deze gemeente'; alleen bij ``--leerarena MAP``."""

    map: str = Field(description="De map met evaluaties (--leerarena).")
    evaluaties: int = Field(description="Evaluaties die meetellen.")
    niet_meegeteld: list[str] = Field(
        default_factory=list, description="Bestanden in de map die niet te lezen waren."
    )
    eigen_evaluaties: int = Field(
        default=0, description="Evaluaties van dit vraagstuk zelf; die tellen niet mee."
    )
    gevallen: list[EerderGeval] = Field(description="De eerdere processen die het meest lijken.")


class Advies(Uitvoer):
    """Everything pionieren advises for one vraagstuk."""

    titel: str
    gemeente: str
    datum: date = Field(description="De datum waarop het advies is gemaakt (--datum).")
    versie: str = Field(description="De versie van pionieren.")
    besluit: BesluitAdvies
    trede: TredeAdvies
    belanghebbenden: list[BelanghebbendeAdvies]
    rolverdeling: list[Taak]
    overheidsrol: str | None = Field(
        description="Rol van de gemeente bij een initiatief van anderen (Rob): reguleren … loslaten."
    )
    mix: list[MixOnderdeel]
    planning: list[PlanFase] = Field(default_factory=list, description="De fasen op de kalender.")
    middelen: Middelen
    bevindingen: list[Bevinding]
    vragen: list[Tekstdeel] = Field(
        default_factory=list, description="De vragen voor het eerste gesprek, als gegevens."
    )
    referentiekader: list[str] = Field(
        description="De vragen voor het eerste gesprek, geschreven uit `vragen`."
    )
    lessen: list[Les]
    dilemmas: list[Dilemma]
    leerarena: Leerarena
    regels_toegepast: list[str] = Field(description="Ids van alle regels die iets opleverden.")
    bronnen: list[str] = Field(description="Ids van alle bronnen die het advies noemt.")
    ervaringen: Ervaringen | None = Field(
        default=None,
        description="Ervaringen in deze gemeente (alleen met --leerarena): eerdere processen "
        "die lijken. Zonder --leerarena staat dit veld niet in de JSON.",
    )

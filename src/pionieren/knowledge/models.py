"""Models of the knowledge files: werkvormen, ladder and sources."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    StrictBool,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from pionieren.input.model import Datum, Model, Tekst
from pionieren.safe_text import bron_url_probleem
from pionieren.vocabulary import (
    Domein,
    Groepen,
    Kanaal,
    Kenmerk,
    Modus,
    Organisator,
    Overheidsrol,
    Procedure,
    Procesfase,
    Reikwijdte,
    Schaal,
    SoortBelanghebbende,
    Trede,
    Voorwaarde,
    Werving,
    WettelijkKader,
)


def _min_max(waarde: tuple[int, int]) -> tuple[int, int]:
    if waarde[0] > waarde[1]:
        raise PydanticCustomError(
            "waarde",
            "min larger than max",
            {
                "melding": f"de eerste waarde ({waarde[0]}) is groter dan de tweede ({waarde[1]}); "
                "schrijf [minimum, maximum]"
            },
        )
    return waarde


Getal = Annotated[int, Field(strict=True, ge=0)]
MinMax = Annotated[tuple[Getal, Getal], AfterValidator(_min_max)]
Id = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]
Niveau15 = Annotated[int, Field(strict=True, ge=1, le=5)]


def _sorted_unique(waarde: list[str]) -> list[str]:
    return list(dict.fromkeys(waarde))


Bedrag = Annotated[float, Field(ge=0)]


class Eenheid(Model):
    """What a werkvorm costs per unit, when the case says how many units there are: per
    conversation (one for each person it is for), per household (a letter and a paper form to
    every household) or per part of the area (an evening in each buurt or kern)."""

    per: Literal["gesprek", "huishouden", "deel", "partij"] = Field(
        description="Waarvoor de prijs per stuk geldt: een gesprek (per persoon voor wie de "
        "werkvorm is), een huishouden (drukwerk en porto), een deel van het gebied (een avond "
        "in elke buurt of kern) of een partij aan tafel (per groep voor wie de werkvorm is: een "
        "gesprek met één partij kost uren, geen duizenden euro's)."
    )
    euro: tuple[Bedrag, Bedrag] = Field(description="[minimum, maximum] euro per stuk.")
    vast_euro: MinMax = Field(
        default=(0, 0),
        description="[minimum, maximum] vaste kosten, hoeveel stuks het ook zijn (voorbereiding, "
        "verslag).",
    )
    hoogstens: int | None = Field(
        default=None,
        ge=1,
        description="Hoogstens zoveel stuks: meer gesprekken voegen niets toe (een steekproef).",
    )
    per_werkweek: int | None = Field(
        default=None,
        ge=1,
        description="Zoveel stuks haalt het team in een werkweek (een gesprek aan elk adres): "
        "meer stuks vragen meer weken dan 'weken' zegt.",
    )
    deel: Schaal | None = Field(
        default=None,
        description="Het deel van het gebied waarin de werkvorm altijd apart wordt gehouden "
        "(een avond per buurt); anders alleen als een open punt per deel wordt besloten.",
    )

    @model_validator(mode="after")
    def _oplopend(self) -> Eenheid:
        if self.euro[0] > self.euro[1]:
            raise ValueError("euro: het minimum is groter dan het maximum")
        return self


class Werkvorm(Model):
    """One working method, with what it costs, whom it reaches and what can go wrong."""

    id: Id = Field(description="Vaste naam in kleine letters met streepjes, zoals 'burgerberaad'.")
    naam: Tekst
    omschrijving: Tekst
    modi: Annotated[list[Modus], Field(min_length=1), AfterValidator(_sorted_unique)]
    treden: Annotated[list[Trede], Field(min_length=1), AfterValidator(_sorted_unique)]
    deelnemers: MinMax = Field(description="[minimum, maximum] aantal deelnemers.")
    kosten_euro: MinMax = Field(description="[minimum, maximum] kosten in euro's.")
    eenheid: Eenheid | None = Field(
        default=None,
        description="De kosten per gesprek, huishouden of deel van het gebied; alleen gebruikt "
        "als het vraagstuk zegt om hoeveel het gaat (anders geldt kosten_euro).",
    )
    kosten_omvat: Tekst | None = Field(
        default=None,
        description="Wat de kosten dekken (uren van medewerkers, zaal, drukwerk, vergoedingen), "
        "als dat niet vanzelf spreekt.",
    )
    weken: MinMax = Field(description="[minimum, maximum] weken voorbereiding plus uitvoering.")
    kanaal: Kanaal
    buiten: bool = Field(
        default=False,
        description="De werkvorm speelt zich buiten af (op straat, op de plek zelf): in de winter "
        "is het koud en vroeg donker.",
    )
    ter_plekke: bool = Field(
        default=False,
        description="De werkvorm treft mensen waar zij op dat moment zijn (op straat, bij de "
        "supermarkt, op de plek zelf), zonder uitnodiging vooraf. Een weg naar een groep (via) "
        "die langs anderen loopt (de werkgever, de wachtlijst, de dorpsraad), leidt er dus niet "
        "heen: het rapport noemt bij deze werkvorm alleen een weg die zo'n plek noemt "
        "(zie 'routes').",
    )
    opent: StrictBool = Field(
        default=False,
        description="De werkvorm informeert en opent de rondes (een inloopavond waar de "
        "plannen en onderzoeken op tafel liggen): zet het vraagstuk hem op eigen data als "
        "eerste stap, dan vragen de andere rondes pas daarna om meningen.",
    )
    op_zicht: bool = Field(
        default=False,
        description="De werkvorm leunt op kijken: panelen, kaarten, tekeningen of ontwerpen op "
        "papier of een scherm. Zij is niet 'voor' blinde en slechtziende mensen; met hen loopt "
        "de gemeente de plek samen af (een schouw).",
    )
    feestelijk: bool = Field(
        default=False,
        description="Een informele, feestelijke opzet (koffie, iets te doen voor kinderen). Die "
        "kiest de analyse niet zelf bij rouw en verlies, zoals het ruimen van graven.",
    )
    bereikt: Annotated[list[Kenmerk], AfterValidator(_sorted_unique)] = Field(default_factory=list)
    verbreding_of_verdieping: Reikwijdte
    werving: Werving = Werving.open
    polarisatie_max: Niveau15 = 3
    complexiteit_max: Niveau15 = 3
    min_aantal: Annotated[int, Field(strict=True, ge=1)] | None = Field(
        default=None,
        description="Het kleinste aantal mensen in een groep waarvoor de werkvorm zin heeft "
        "(een enquête pas vanaf zo'n 500 mensen). Een groep met een bekend kleiner aantal krijgt "
        "een persoonlijke werkvorm; een groep zonder aantal kan de werkvorm wel krijgen.",
    )
    max_aantal: Annotated[int, Field(strict=True, ge=1)] | None = Field(
        default=None,
        description="Het grootste aantal mensen in een moeilijk of matig bereikbare groep "
        "waarvoor de werkvorm past (gesprekken aan de keukentafel: zo'n 50). Zo'n groep met een "
        "bekend groter aantal krijgt hem niet, maar een werkvorm die hen treft waar ze zijn; "
        "goed bereikbare bewoners op hun adres en een groep zonder aantal kunnen hem wel krijgen.",
    )
    routes: list[Tekst] = Field(
        default_factory=list,
        description="Woorden in de weg naar een groep (via) die laten zien dat deze werkvorm "
        "de groep daar bereikt: 'parkeerplaats' of 'supermarkt' voor een gesprek op de plek, "
        "'vereniging' of 'kerk' voor een bezoek aan de eigen bijeenkomst, 'instagram' voor een "
        "korte vraag online. Een woord telt ook als begin van een langer woord, en ook midden "
        "in een samengesteld woord ('voetbalclub').",
    )
    schalen: Annotated[list[Schaal], Field(min_length=1), AfterValidator(_sorted_unique)] = Field(
        default_factory=lambda: list(Schaal)
    )
    valkuilen: list[Tekst] = Field(min_length=1)
    randvoorwaarden: list[Tekst] = Field(default_factory=list)
    bronnen: Annotated[list[Id], Field(min_length=1)]
    valkuil_bronnen: list[Id | None] | None = Field(
        default=None,
        description="Per valkuil, in dezelfde volgorde, de bron die haar draagt (een id uit "
        "'bronnen'), of null als geen bron haar draagt: dan staat er in het rapport geen bron "
        "achter. Leeg: de eerste bron hoort bij de eerste valkuil, de andere valkuilen "
        "krijgen geen bron.",
    )
    valkuil_ontbreekt: list[list[SoortBelanghebbende | Kenmerk] | None] | None = Field(
        default=None,
        description="Per valkuil, in dezelfde volgorde, de groepen die volgens haar ontbreken "
        "(een soort belanghebbende zoals 'inwoners', of een kenmerk zoals 'ouderen'), of null. "
        "Bereikt een andere werkvorm in hetzelfde ontwerp die groepen al, dan laat het rapport "
        "de valkuil weg.",
    )
    valkuil_niet_voor: list[list[Kenmerk] | None] | None = Field(
        default=None,
        description="Per valkuil, in dezelfde volgorde, de kenmerken van groepen voor wie zij "
        "niet geldt (zoals 'ouderen' bij 'overdag treft u werkenden niet'), of null. Is de "
        "werkvorm alleen voor groepen met zo'n kenmerk, dan laat het rapport de valkuil weg.",
    )
    doelgroepen: Annotated[
        list[SoortBelanghebbende], Field(min_length=1), AfterValidator(_sorted_unique)
    ] = Field(
        default_factory=lambda: [SoortBelanghebbende.inwoners],
        description="Voor welke soorten belanghebbenden de werkvorm bedoeld is.",
    )
    vereist_kader: list[WettelijkKader] = Field(
        default_factory=list,
        description="De analyse kiest deze werkvorm alleen als het vraagstuk dit wettelijk kader "
        "noemt (bijvoorbeeld het uitdaagrecht).",
    )
    alleen_voor: Annotated[list[Kenmerk], AfterValidator(_sorted_unique)] = Field(
        default_factory=list,
        description="Als dit niet leeg is, bedient de werkvorm alleen groepen met een van deze "
        "kenmerken (een project op scholen: kinderen en jongeren).",
    )
    ongeschikt_voor: Annotated[list[Kenmerk], AfterValidator(_sorted_unique)] = Field(
        default_factory=list,
        description="Groepen met een van deze kenmerken bereikt de werkvorm niet, of doet hij "
        "geen recht (geen burgerjury voor kinderen).",
    )
    domeinen: Annotated[list[Domein], Field(min_length=1), AfterValidator(_sorted_unique)] = Field(
        default_factory=lambda: list(Domein),
        description="Waarover de werkvorm gaat: fysiek (een plek, gebouw of ontwerp) en/of "
        "beleid (regels, geld, zorg). Een ontwerpatelier past niet bij een kadernota.",
    )
    procesfase: Procesfase | None = Field(
        default=None,
        description="In welke fase van het proces de werkvorm hoort; leeg: pionieren leidt het af "
        "uit modi en reikwijdte.",
    )
    organisator: Organisator = Field(
        default=Organisator.gemeente,
        description="Wie de werkvorm organiseert: de gemeente (ambtelijk), de griffie (voor de "
        "raad), de initiatiefnemer of een onafhankelijke partij.",
    )
    samen_met: Annotated[list[Id], AfterValidator(_sorted_unique)] = Field(
        default_factory=list,
        description="Werkvormen die bij deze werkvorm horen en mee in het ontwerp komen "
        "(bij een referendum: neutrale voorlichting).",
    )
    onderdelen: list[Tekst] = Field(
        default_factory=list,
        description="Wat er onmisbaar bij hoort om de werkvorm goed te doen.",
    )
    groepen: Groepen = Field(
        default=Groepen.beide,
        description="Wie de werkvorm bereikt: 'los' (mensen een voor een: een enquête, gesprekken "
        "op straat of aan de deur), 'georganiseerd' (een groep die al bestaat en zelf vergadert, "
        "zoals een dorpsraad, jongerenraad of vereniging, in de eigen vergadering) of 'beide'.",
    )
    bijeenkomst: StrictBool = Field(
        default=True,
        description="false: de deelnemers komen niet samen (een enquête, een schriftelijke "
        "reactie, gesprekken een voor een of via vertrouwde personen, een recht zoals het "
        "burgerinitiatief). Een verdeeld vraagstuk vraagt daar geen onafhankelijke gespreksleider.",
    )
    alle_partijen: StrictBool = Field(
        default=False,
        description="true: de partijen maken hier samen een afspraak of toetsen samen een "
        "proef, zoals een convenant of een proef op straat. Dan zit elke partij met een echt "
        "belang of met invloed erin, ook wie tegen is; niet alleen de groep voor wie de "
        "werkvorm gemaakt is.",
    )
    eindigt_met_besluit: StrictBool = Field(
        default=False,
        description="true: de werkvorm is de weg naar het besluit zelf, zoals de toets van een "
        "verzoek onder het uitdaagrecht. Hij loopt tot de besluitdatum en eindigt met het "
        "besluit; hij hoeft dus niet klaar te zijn voordat de stukken voor het besluit klaar "
        "zijn.",
    )
    alleen_als: Annotated[list[Voorwaarde], AfterValidator(_sorted_unique)] = Field(
        default_factory=list,
        description="De analyse kiest deze werkvorm alleen als het vraagstuk dit heeft: 'geld' "
        "(een open punt gaat over het besteden of verdelen van geld), 'school' (er zit een "
        "school in het vraagstuk), 'lang' (een jaar of meer tot het besluit, of een uitvoering "
        "van een jaar of meer), 'eigen_bezit' (alleen voor een punt over ieders eigen bezit) of "
        "'feiten' (alleen voor een punt dat een geschil over feiten of rechten is).",
    )
    signalen: list[Tekst] = Field(
        default_factory=list,
        description="Woorden in de omschrijving, het doel of een open punt van een vraagstuk "
        "die laten zien dat deze werkvorm nodig is, omdat inwoners zelf iets moeten doen of "
        "zelf beslissen ('afkoppelen', 'convenant', 'dorpsplan'). Een woord telt ook als begin "
        "van een langer woord.",
    )
    adres_nodig: StrictBool = Field(
        default=False,
        description="true: de werkvorm gaat naar mensen thuis (aan de deur, aan de "
        "keukentafel, advies aan huis). Dan werkt hij niet voor een groep van wie de gemeente "
        "de adressen niet kent, zoals nabestaanden zonder bekende rechthebbende.",
    )
    woonbuurt: StrictBool = Field(
        default=False,
        description="true: de werkvorm hoort bij de buurt of het dorp waar mensen wonen (een "
        "vast spreekuur in het buurthuis, een buurtmiddag, een wijkbudget, een dorpsplan). Hij is "
        "niet voor een groep die elders woont (van buiten de gemeente, oud-inwoners): die bereikt "
        "u via wie hen kent of organiseert (via), of bij hun eigen groep.",
    )
    doorlopend: StrictBool = Field(
        default=False,
        description="true: een vaste dienst die doorloopt (een wekelijks spreekuur of een "
        "vaste inloop). Wat die tot de stukken hoort, gaat mee in het voorstel; dat hij daarna "
        "doorloopt, is geen reden om het besluit op te schuiven.",
    )
    zonder_adres: StrictBool = Field(
        default=False,
        description="true: de werkvorm is gemaakt voor mensen van wie de gemeente geen adres "
        "kent (een oproep op de plek en in de lokale media). Hij is alleen voor zo'n groep, en "
        "zo'n groep bereikt u alleen zo.",
    )
    afwegen: StrictBool = Field(
        default=False,
        description="true: inwoners wegen hier zelf keuzes tegen elkaar af, met de gevolgen van "
        "elk (varianten of ontwerpen, een panel dat afweegt), na het ophalen en vóór het "
        "besluit. Een open punt waarop inwoners adviseren, krijgt zo'n werkvorm (regel "
        "MIX-AFWEGEN).",
    )
    maakt_openbaar: StrictBool = Field(
        default=True,
        description="true: de werkvorm laat het plan of de mogelijkheden zien aan mensen buiten "
        "een besloten kring (een enquête, straatinterviews, een schouw, een inloopavond, een "
        "brief of pagina, een bezoek aan een vereniging): vanaf dan is het plan openbaar. false: "
        "een besloten gesprek met wie er al bij hoort (aan de keukentafel, een klankbordgroep, "
        "een overleg met partners). Een stap die het plan openbaar maakt, wacht op de "
        "persoonlijke gesprekken die het vraagstuk eerst belooft (regel PLAN-EERST-PERSOONLIJK).",
    )
    alle_kanten: StrictBool = Field(
        default=False,
        description="true: de werkvorm zet de partijen van een conflict bij elkaar (zoals "
        "gezamenlijk feitenonderzoek: samen de vragen en de deskundige kiezen). Wie tegen is, "
        "blijft erin, ook als de werkvorm toegankelijk is gemaakt voor een kwetsbare groep; die "
        "groep krijgt dan een eigen vorm.",
    )
    vast_pakket: StrictBool = Field(
        default=False,
        description="true: een bindende stemming, ja of nee, over een pakket dat vooraf "
        "vastligt (de draagvlakmeting bij een BIZ). Zij gaat over geen enkel open punt: die "
        "punten worden vóór de stemming in het pakket gevormd. De uitslag is een veto, geen "
        "advies; na de stemming verandert het pakket niet meer wezenlijk.",
    )
    kiesbaar: StrictBool = Field(
        default=True,
        description="false: de analyse kiest deze werkvorm niet zelf; een regel voegt hem toe "
        "als hij past (zoals terugkoppeling), of het is een recht of procedure en geen keuze.",
    )

    @model_validator(mode="after")
    def _valkuil_bronnen(self) -> Werkvorm:
        if self.valkuil_bronnen is None:
            return self
        if len(self.valkuil_bronnen) != len(self.valkuilen):
            raise ValueError("valkuil_bronnen: geef voor elke valkuil één bron of null")
        for bron in self.valkuil_bronnen:
            if bron is not None and bron not in self.bronnen:
                raise ValueError(f"valkuil_bronnen: de bron '{bron}' staat niet in 'bronnen'")
        return self

    @model_validator(mode="after")
    def _valkuil_ontbreekt(self) -> Werkvorm:
        if self.valkuil_ontbreekt is not None and len(self.valkuil_ontbreekt) != len(
            self.valkuilen
        ):
            raise ValueError("valkuil_ontbreekt: geef voor elke valkuil een lijst of null")
        if self.valkuil_niet_voor is not None and len(self.valkuil_niet_voor) != len(
            self.valkuilen
        ):
            raise ValueError("valkuil_niet_voor: geef voor elke valkuil een lijst of null")
        return self

    def ontbreekt(self, valkuil: str) -> list[SoortBelanghebbende | Kenmerk]:
        """The groups this pitfall says are missing (empty when it says no such thing)."""
        if self.valkuil_ontbreekt is None or valkuil not in self.valkuilen:
            return []
        return self.valkuil_ontbreekt[self.valkuilen.index(valkuil)] or []

    def niet_voor(self, valkuil: str) -> list[Kenmerk]:
        """The kenmerken of groups this pitfall does not apply to (empty: it applies to all)."""
        if self.valkuil_niet_voor is None or valkuil not in self.valkuilen:
            return []
        return self.valkuil_niet_voor[self.valkuilen.index(valkuil)] or []

    def valkuil_bron(self, valkuil: str) -> str | None:
        """The source that carries this pitfall, or None when no source carries it.

        Why: a source stands behind a sentence in the report only when its content supports
        that sentence; without ``valkuil_bronnen`` only the first source goes with the first
        pitfall (a second source is no claim about the second pitfall).
        """
        if valkuil not in self.valkuilen:
            return None
        index = self.valkuilen.index(valkuil)
        if self.valkuil_bronnen is None:
            return self.bronnen[0] if index == 0 else None
        return self.valkuil_bronnen[index]

    @field_validator("treden")
    @classmethod
    def _ladder_order(cls, waarde: list[Trede]) -> list[Trede]:
        return sorted(waarde, key=lambda t: t.rang)

    @property
    def laagste_trede(self) -> Trede:
        return self.treden[0]

    def trede_tot(self, plafond: Trede) -> Trede | None:
        """The highest step of this werkvorm that does not exceed ``plafond``, if any."""
        passend = [t for t in self.treden if t.rang <= plafond.rang]
        return passend[-1] if passend else None


def _url(waarde: str) -> str:
    probleem = bron_url_probleem(waarde)
    if probleem:
        raise PydanticCustomError("waarde", "invalid url", {"melding": probleem})
    return waarde


class Bron(Model):
    """A public source that the catalogue, the ladder or a rule cites."""

    id: Id
    titel: Tekst
    uitgever: Tekst
    jaar: Annotated[int, Field(strict=True, ge=1900, le=2100)] | None = Field(
        description="Jaar van uitgave; null als het niet bekend is."
    )
    url: Annotated[str, AfterValidator(_url)]
    via: Tekst | None = Field(
        default=None,
        description="Waar de link heen gaat als dat niet de site van de uitgever zelf is "
        "(zoals 'de site van Kennisknooppunt Participatie'); leeg: de eigen site.",
    )
    voorbeeld: bool = Field(
        default=False,
        description="true als de bron een voorbeeld uit de praktijk is (de eigen pagina van één "
        "gemeente, ontwikkelaar of project), geen richtlijn of onderzoek; het rapport citeert "
        "haar dan als 'voorbeeld: ...'.",
    )


class Bronnenlijst(Model):
    bronnen: list[Bron] = Field(min_length=1)


class LadderTrede(Model):
    id: Trede
    naam: Tekst
    omschrijving: Tekst
    toezegging: Tekst = Field(description="Wat de gemeente op deze trede toezegt.")
    rol_inwoners: Tekst
    iap2: Literal["inform", "consult", "involve", "collaborate", "empower"]
    bronnen: list[Id] = Field(min_length=1)


class OverheidsRol(Model):
    id: Overheidsrol
    naam: Tekst
    omschrijving: Tekst
    bronnen: list[Id] = Field(min_length=1)


class Ladder(Model):
    treden: list[LadderTrede]
    overheidsparticipatie: list[OverheidsRol]

    @field_validator("treden")
    @classmethod
    def _all_steps_in_order(cls, waarde: list[LadderTrede]) -> list[LadderTrede]:
        if [t.id for t in waarde] != list(Trede):
            raise PydanticCustomError(
                "waarde",
                "ladder incomplete",
                {"melding": "de ladder moet alle treden bevatten, van informeren tot zelfbeheer"},
            )
        return waarde

    def trede(self, trede: Trede) -> LadderTrede:
        return self.treden[trede.rang]


class Catalogus(Model):
    werkvormen: list[Werkvorm] = Field(min_length=1)


class EigenCatalogus(Model):
    """A gemeente's own file: extra sources and werkvormen (new ones, or changes to ours)."""

    bronnen: list[Bron] = Field(default_factory=list)
    werkvormen: list[dict[str, object]] = Field(default_factory=list)


class Les(Model):
    id: Id
    modus: Modus
    tekst: Tekst
    bronnen: list[Id] = Field(min_length=1)


class Dilemma(Model):
    id: Id
    titel: Tekst
    tekst: Tekst
    bronnen: list[Id] = Field(min_length=1)


Sleutel = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]*(\.[a-z0-9_]+)?$")]


class Teksten(Model):
    """The wording layer: per key (rule id, optionally with '.variant') a Jinja2 text."""

    teksten: dict[Sleutel, Annotated[str, StringConstraints(min_length=1)]] = Field(min_length=1)


class Lessen(Model):
    lessen: list[Les] = Field(min_length=1)
    dilemmas: list[Dilemma] = Field(min_length=1)


def _regex(waarde: str) -> str:
    try:
        re.compile(waarde, re.IGNORECASE)
    except re.error as fout:
        raise PydanticCustomError(
            "regex", "geen geldige reguliere expressie: {fout}", {"fout": str(fout)}
        ) from None
    return waarde


Patroon = Annotated[str, StringConstraints(min_length=1), AfterValidator(_regex)]


class Wetfeit(Model):
    """One legal fact, checked against the law text: one sentence with its article. It is used
    only when the case's own words are about that law (``herken``); with ``zorg`` it answers a
    worry of the case that matches, without it it is a procedure note among the legal notes."""

    id: Id
    wet: Tekst
    """The law as a case names it ('Huisvestingswet 2014'): a case naming it needs no lawyer."""
    kort: Tekst
    """The short citation after the sentence: 'Wlb art. 28'."""
    bronnen: list[Id] = Field(min_length=1)
    """The law text on wetten.overheid.nl (bronnen.yaml) that carries the sentence."""
    herken: Patroon
    """Words in the case (title, description, reason, kaders) that make the law certain."""
    niet: Patroon | None = None
    """Words in the case that rule the fact out (the gemeente's own land for kostenverhaal)."""
    zorg: Patroon | None = None
    """Words of a worry this fact answers; without it the fact is a procedure note."""
    bij: Literal["planwijziging_op_verzoek"] | None = None
    """Only where another party than the gemeente asks the raad to change the omgevingsplan."""
    vast: Patroon | None = None
    """Words of a fixed point (kaders.vast) that this fact sets right: the report adds the
    fact to that point in 'Wat vastligt' (a time limit for shops called a Zondagswet rule)."""
    tekst: Tekst


class Wetfeiten(Model):
    feiten: list[Wetfeit] = Field(min_length=1)


class Grondslag(Model):
    """A specific law that is the basis of a decision of some kinds when the case names it: it
    replaces the generic article (art. 3 Winkeltijdenwet for koopzondagen, not only art. 147
    Gemeentewet)."""

    wet: Tekst
    kort: Tekst
    """The short citation: 'art. 3 Winkeltijdenwet'."""
    herken: Patroon
    """Words in the case (title, description, reason, kaders) or in a verordening's name."""
    procedures: list[Procedure] = Field(min_length=1)
    """The decision kinds this law is the basis of."""
    bronnen: list[Id] = Field(min_length=1)
    """The law text on wetten.overheid.nl (bronnen.yaml)."""


class ProcedureGrondslag(Model):
    procedure: Procedure
    bronnen: list[Id] = Field(min_length=1)
    """The article that says who decides under this procedure."""


class Grondslagen(Model):
    """The legal basis per decision kind (grondslagen.yaml)."""

    procedures: list[ProcedureGrondslag]
    wetten: list[Grondslag]

    def voor(self, procedure: Procedure) -> list[str]:
        """The article that says who decides under this procedure, or []."""
        return next((list(p.bronnen) for p in self.procedures if p.procedure is procedure), [])


class Vakantie(Model):
    """One school holiday, per region (first and last day, both included)."""

    naam: Literal[
        "herfstvakantie", "kerstvakantie", "voorjaarsvakantie", "meivakantie", "zomervakantie"
    ]
    schooljaar: Annotated[str, Field(pattern=r"^\d{4}-\d{4}$")]
    noord: tuple[Datum, Datum]
    midden: tuple[Datum, Datum]
    zuid: tuple[Datum, Datum]


class Vakanties(Model):
    bron: Id
    vakanties: list[Vakantie] = Field(min_length=1)

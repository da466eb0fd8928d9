"""The vraagstuk: what a civil servant writes, as a validated model.

Why: the format is a contract. Later features and users' own files rely on these names, so
fields may be added (optional) but never renamed. Every model forbids unknown keys: an unknown
key is nearly always a typo, and a typo that is silently ignored loses the user's data.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from pionieren.safe_text import bron_url_probleem, comparable_name, forbidden_character
from pionieren.vocabulary import (
    Bereikbaarheid,
    Beslisser,
    Betaler,
    Fase,
    Houding,
    Initiatiefnemer,
    Kenmerk,
    Maand,
    Niveau,
    Orgaan,
    Procedure,
    Ruimte,
    Schaal,
    Soort,
    SoortBelanghebbende,
    SoortStuk,
    Status,
    Trede,
    Vakantieregio,
    WettelijkKader,
)


class Model(BaseModel):
    """Base of every model users write: unknown keys are refused, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


_ISO_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date_only(waarde: Any) -> Any:
    """Accept a date or text in the form JJJJ-MM-DD; refuse numbers and other forms.

    Why: pydantic would read the number 20270630 as seconds since 1970, a silent wrong date.
    """
    if isinstance(waarde, date) or (isinstance(waarde, str) and _ISO_DATUM.match(waarde)):
        return waarde
    raise PydanticCustomError("datum_vorm", "date must be written as YYYY-MM-DD")


def _clean_text(waarde: str) -> str:
    """Refuse control characters, NUL and lone surrogates in a text.

    Why: they are invisible in an editor, can steer a terminal (escape sequences), break Word
    and PDF, and a lone surrogate cannot even be written as UTF-8.
    """
    teken = forbidden_character(waarde)
    if teken is not None:
        soort = "een losse surrogaatcode" if "D800" <= teken[2:] <= "DFFF" else "een stuurteken"
        raise PydanticCustomError(
            "waarde",
            "forbidden character",
            {
                "melding": f"in deze tekst staat een onzichtbaar teken dat niet mag ({teken}, "
                f"{soort}). Haal het weg of typ de tekst opnieuw"
            },
        )
    return waarde


Tekst = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000),
    AfterValidator(_clean_text),
]
MAX_BELANGHEBBENDEN = 10_000
"""At most 10,000 stakeholders: a vraagstuk names groups, not people. The analysis is linear in
their number (10,000 take about 3 seconds to HTML); 100,000 are refused at once."""
MAX_BELANGHEBBENDEN_OPGEMAAKT = 500
"""At most 500 stakeholders in a PDF or Word report: laying out more pages than that takes
longer than a user waits (1,000 as PDF took 8 seconds)."""
EERSTE_JAAR = 1900
LAATSTE_JAAR = 2200


def _plausible_year(waarde: date) -> date:
    """Refuse a year that cannot be meant (0001, 9999): the planning counts weeks from today."""
    if not EERSTE_JAAR <= waarde.year <= LAATSTE_JAAR:
        raise PydanticCustomError(
            "waarde",
            "year out of range",
            {
                "melding": f"het jaar {waarde.year} kan niet kloppen. Geef een datum tussen "
                f"{EERSTE_JAAR} en {LAATSTE_JAAR} in de vorm JJJJ-MM-DD, zoals 2027-06-30"
            },
        )
    return waarde


Datum = Annotated[date, BeforeValidator(_iso_date_only), AfterValidator(_plausible_year)]
Aantal = Annotated[int, Field(strict=True, ge=0)]
Schaal15 = Annotated[int, Field(strict=True, ge=1, le=5)]


def _text_as(sleutel: str) -> Any:
    """Let a list item be plain text, short for ``{sleutel: text}``."""

    def omzetten(waarde: Any) -> Any:
        if isinstance(waarde, str):
            return {sleutel: waarde}
        return waarde

    return BeforeValidator(omzetten)


#: The first word of a piece of an option list that only continues the piece before it: a
#: YAML flow list ``[a, inclusief b]`` cuts one option at its comma.
_VERVOLG = re.compile(
    r"(?:(?:inclusief|exclusief|behalve|uitgezonderd|met uitzondering|maar|dus|bijvoorbeeld|"
    r"zoals|ook|plus)\b|incl\.|excl\.)"
)


class Onderwerp(Model):
    """One open point, with its own room for influence."""

    onderwerp: Tekst = Field(description="Waarover inwoners nog invloed hebben.")
    ruimte: Ruimte | None = Field(
        default=None,
        description="Hoeveel ruimte er op dit punt is: geen, klein, middel of groot. Leeg: de "
        "beinvloedingsruimte van het hele vraagstuk.",
    )
    door: Beslisser | None = Field(
        default=None,
        description="Wie over dit punt beslist, als dat een ander is dan bij het hele besluit "
        "(bijvoorbeeld de initiatiefnemer over zijn eigen omgevingsfonds). Die doet dan ook de "
        "toezegging op dit punt.",
    )
    partij: Tekst | None = Field(
        default=None,
        description="Niet verplicht: de naam van wie over dit punt beslist, als dat niet de "
        "gemeente is (door: anders of initiatiefnemer), zoals 'Provincie Gelderland' of "
        "'Woonkracht'. Het advies noemt die partij dan bij naam. Leeg bij initiatiefnemer: de "
        "belanghebbende met initiatiefnemer: true.",
    )
    keuze: StrictBool | None = Field(
        default=None,
        description="Niet verplicht: is dit punt een keuze tussen groepen, waarbij wat de ene "
        "wint de andere verliest (welk van twee zwembaden openblijft)? Leeg: pionieren leidt het "
        "af uit de tekst ('welk van de twee', 'kiezen tussen', 'Of ...', een tarief).",
    )
    opties: (
        Annotated[
            list[Annotated[Tekst, StringConstraints(max_length=200)]],
            Field(min_length=2, max_length=5),
        ]
        | None
    ) = Field(
        default=None,
        description="Niet verplicht, alleen bij een keuze: de mogelijkheden waartussen "
        "gekozen wordt, 2 tot 5 korte teksten (drie schetsen, twee plekken, een vast of "
        "variabel tarief). Het advies zet ze in het keuzeontwerp en vraagt bij elke mogelijkheid "
        "de gevolgen uit te werken. Leeg: het advies vraagt twee of drie varianten.",
    )
    toegezegd: StrictBool = Field(
        default=False,
        description="Gaat de toezegging die al gedaan is (besluit.toezegging) over dit punt? Dan "
        "houdt het advies op dit punt precies die trede aan, ook als de ruimte kleiner lijkt, en "
        "geldt de toezegging niet als grens voor de andere punten.",
    )
    na_besluit: StrictBool | None = Field(
        default=None,
        description="Niet verplicht: wordt dit punt pas na het hoofdbesluit uitgewerkt, omdat "
        "het van dat besluit afhangt (de inrichting van een plek die het besluit kiest)? Dan "
        "plant pionieren de werkvormen die alleen over dit punt gaan na het besluit, vóór de "
        "uitvoering. Leeg: pionieren leidt het af als een ander open punt de keuze van de plek "
        "is ('Op welke van de twee locaties ... komt') en dit punt over de inrichting, het "
        "ontwerp, het beheer of de afspraken (een convenant) gaat.",
    )
    eigen_bezit: StrictBool = Field(
        default=False,
        description="Gaat dit punt over het eigen bezit van elke bewoner, zoals de eigen tuin na "
        "de werkzaamheden, de eigen voordeur bij een renovatie of de eigen aansluiting op een "
        "warmtenet? Dan beslist ieder huishouden daar zelf over, binnen de kaders, en legt de "
        "gemeente de afspraak per huishouden vast. Niet hoger dan de ruimte van het punt.",
    )
    uiterlijk: Datum | None = Field(
        default=None,
        description="Niet verplicht: de datum van een eigen, later besluit over dit punt (het "
        "uitvoeringsplan na de verordening). Ligt die na kaders.besluit_uiterlijk, dan wordt het "
        "punt na het hoofdbesluit uitgewerkt, klaar vóór de stukken voor dat eigen besluit.",
    )

    @field_validator("opties", mode="before")
    @classmethod
    def _opties_heel(cls, waarde: Any) -> Any:
        """An option that a YAML flow list cut at its comma (``[vaste ritten elk uur, inclusief
        7.05 uur, op afroep]``) is joined again: a piece that starts with a word that only
        continues the piece before it ('inclusief', 'behalve') is no option of its own.

        Why: review 47a (buurtbus): the report offered ‘inclusief 7.05 uur’ as an option."""
        if not isinstance(waarde, list) or not all(isinstance(o, str) for o in waarde):
            return waarde
        heel: list[str] = []
        for optie in waarde:
            if heel and _VERVOLG.match(optie.strip()):
                heel[-1] = f"{heel[-1]}, {optie.strip()}"
            else:
                heel.append(optie)
        return heel

    @model_validator(mode="after")
    def _opties_vragen_keuze(self) -> Onderwerp:
        if self.opties is not None and self.keuze is False:
            raise PydanticCustomError(
                "opties_zonder_keuze",
                "opties only go with a choice: remove keuze: false or the opties",
            )
        if self.opties is not None and len({o.casefold() for o in self.opties}) < len(self.opties):
            raise PydanticCustomError("opties_dubbel", "opties must differ from each other")
        return self

    @model_validator(mode="after")
    def _partij_vraagt_ander(self) -> Onderwerp:
        if self.partij is not None and self.door not in (
            Beslisser.anders,
            Beslisser.initiatiefnemer,
        ):
            raise PydanticCustomError(
                "partij_zonder_ander",
                "partij needs door: anders or initiatiefnemer",
                {"door": self.door.value if self.door else ""},
            )
        return self


class Toezegging(Model):
    """What the raad or college already promised about the outcome."""

    door: Beslisser = Field(description="Wie de toezegging deed: meestal raad of college.")
    trede: Trede = Field(description="De trede die bij de toezegging hoort.")
    tekst: Tekst | None = Field(default=None, description="De toezegging in eigen woorden.")


class Zorg(Model):
    """A worry a group has about the case: it gets its own step in the design."""

    zorg: Tekst = Field(
        description="De zorg in eigen woorden ('kunnen de kinderen nog in de tuin spelen?')."
    )
    van: list[Tekst] = Field(
        default_factory=list,
        description="Niet verplicht: wie deze zorg heeft, met de naam uit belanghebbenden.",
    )
    antwoord_door: Tekst | None = Field(
        default=None,
        description="Niet verplicht: wie de zorg met kennis van zaken kan beantwoorden (de GGD, "
        "de omgevingsdienst). Leeg: de gemeente antwoordt, en vraagt in het eerste gesprek wie de "
        "juiste deskundige is.",
    )


class Moment(Model):
    """A fixed moment of the case itself before the decision (a commissie that discusses a
    concept, a college that chooses a direction).

    Why: an adviser plans towards such a moment: the piece is ready before its papers, and the
    participants hear afterwards what was discussed (review 41: a moment named only in the
    text vanished from the design).
    """

    wat: Tekst = Field(
        description="Wat er dan gebeurt, in eigen woorden ('De raadscommissie bespreekt de "
        "conceptvisie, zonder te besluiten')."
    )
    datum: Datum = Field(description="De datum (JJJJ-MM-DD) van het moment.")
    door: Orgaan = Field(
        default=Orgaan.anders,
        description="Wie het moment heeft: raad, commissie, college of anders. Bepaalt wanneer "
        "het stuk klaar moet zijn: 6 weken vooraf bij de raad, 4 bij een commissie, 2 bij het "
        "college en bij anders.",
    )


class Besluit(Model):
    """Who takes the decision, and by which procedure."""

    door: Beslisser | None = Field(
        default=None,
        description="Wie het besluit neemt: raad, college, burgemeester, bestuurscommissie, "
        "initiatiefnemer, wetgever of anders.",
    )
    procedure: Procedure | None = Field(
        default=None,
        description="De procedure waarin het besluit valt (‘advies’: de gemeente geeft alleen "
        "advies of een zienswijze aan een ander orgaan).",
    )
    advies_aan: Tekst | None = Field(
        default=None,
        description="Alleen bij procedure ‘advies’: het orgaan dat na het advies beslist, bij "
        "naam (bijvoorbeeld ‘Commissariaat voor de Media’, ‘het algemeen bestuur van de "
        "veiligheidsregio’, ‘Provinciale Staten van Gelderland’).",
    )
    orgaan: Tekst | None = Field(
        default=None,
        description="Alleen bij door ‘anders’ of ‘bestuurscommissie’: het orgaan dat beslist, "
        "bij naam (bijvoorbeeld ‘het algemeen bestuur van Afvalschap Linge en Maas’, "
        "‘Gedeputeerde Staten van Gelderland’, ‘de stadsdeelcommissie Noord’).",
    )
    raad_bindend_advies: StrictBool = Field(
        default=False,
        description="Heeft de raad bepaald dat hij bij dit soort aanvragen bindend adviseert "
        "(art. 16.15a Omgevingswet)?",
    )
    participatie_verplicht: StrictBool = Field(
        default=False,
        description="Heeft de raad participatie voor dit soort aanvragen verplicht gesteld "
        "(art. 16.55 lid 7 Omgevingswet)?",
    )
    toezegging: Toezegging | None = Field(
        default=None, description="Wat de raad of het college al heeft toegezegd."
    )
    stukken_weken: Annotated[int, Field(strict=True, ge=0, le=26)] | None = Field(
        default=None,
        description="Hoeveel weken voor het besluit het voorstel klaar moet zijn (raadscyclus). "
        "Leeg: 6 weken bij de raad, 2 weken bij het college (6 bij een privaatrechtelijk besluit, "
        "voor wensen en bedenkingen van de raad).",
    )
    reactietermijn_weken: Annotated[int, Field(strict=True, ge=1, le=26)] | None = Field(
        default=None,
        description="Hoeveel weken een reactieronde of ter-inzagelegging minstens duurt, als de "
        "participatieverordening of de wet dat voorschrijft (‘zes weken’). Leeg: zes weken bij "
        "een formele zienswijze (afdeling 3.4 Awb); anders kiest pionieren de duur.",
    )
    termijn_vast: StrictBool | None = Field(
        default=None,
        description="Ligt de besluitdatum vast (een wettelijke beslistermijn, een termijn uit de "
        "verordening, een verkiezingsdag)? Dan schuift het advies de datum niet op, maar past "
        "het ontwerp in de tijd. Leeg: vast bij een vergunning en een uitdaagrechtverzoek.",
    )
    aanvraag: Datum | None = Field(
        default=None,
        description="Wanneer de aanvraag is of wordt ingediend (vergunning, subsidie, verzoek "
        "onder het uitdaagrecht). De participatie van de initiatiefnemer hoort daarvóór klaar "
        "te zijn; ligt de datum al achter ons, dan zegt het advies wat nog kan.",
    )


class GenoemdeWerkvorm(Model):
    """A werkvorm that someone already chose or proposed for this case."""

    id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)] = (
        Field(description="Id uit de werkvormencatalogus (pionieren werkvormen).")
    )
    status: Status = Field(
        default=Status.besloten, description="besloten (al gekozen) of voorgesteld."
    )
    door: Tekst | None = Field(default=None, description="Wie de werkvorm koos of voorstelde.")
    voor: Tekst | None = Field(
        default=None,
        description="Niet verplicht: voor wie deze werkvorm is, met de naam van een "
        "belanghebbende of in eigen woorden (‘de 85 families met een graf in vak G’). De "
        "werkvorm is dan voor die groep, niet voor een grotere groep met een woord gemeen.",
    )
    van: Datum | None = Field(
        default=None,
        description="Niet verplicht: de datum (JJJJ-MM-DD) waarop deze werkvorm begint, als die "
        "al vastligt (een proef, een stemdag, een lopende zienswijzetermijn). Alleen 'van': één dag.",
    )
    tot: Datum | None = Field(
        default=None,
        description="Niet verplicht: de datum (JJJJ-MM-DD) waarop deze werkvorm eindigt. Alleen "
        "'tot': één dag.",
    )
    voorwaarde: Tekst | None = Field(
        default=None,
        description="Niet verplicht: een harde voorwaarde of bezwaar bij deze werkvorm, in eigen "
        "woorden (‘zonder politie erbij’, ‘het panel van ervaringsdeskundigen vindt dit niet "
        "toegankelijk’). Het advies houdt zich eraan.",
    )
    betaald_uit: Tekst | None = Field(
        default=None,
        description="Niet verplicht: uit welk ander budget deze werkvorm betaald wordt, als dat "
        "niet het participatiebudget is (‘projectbudget grondgebruik’, ‘de aanbesteding’). Het "
        "advies rekent de kosten dan apart.",
    )

    @model_validator(mode="after")
    def _van_voor_tot(self) -> GenoemdeWerkvorm:
        if self.van and self.tot and self.tot < self.van:
            raise PydanticCustomError(
                "datum_volgorde", "tot is before van", {"van": str(self.van), "tot": str(self.tot)}
            )
        return self

    @property
    def periode(self) -> tuple[date, date] | None:
        """The fixed dates of this werkvorm, if the vraagstuk gives them."""
        if self.van is None and self.tot is None:
            return None
        van = self.van or self.tot
        tot = self.tot or self.van
        assert van is not None and tot is not None
        return van, tot


class Vastgelegd(Model):
    """Money of the participation budget that is already committed, before this design."""

    wat: Tekst = Field(
        description="Waarvoor het geld al vastligt (‘de onafhankelijke adviseur voor de bewoners’)."
    )
    euro: Aantal = Field(description="Hoeveel euro daarvoor al vastligt, in hele euro's.")


class Kaders(Model):
    """The frame set in advance: what can still change, and within which limits."""

    beinvloedingsruimte: Ruimte = Field(
        description="Hoeveel inwoners nog kunnen veranderen: geen, klein, middel of groot."
    )
    vast: list[Tekst] = Field(
        default_factory=list, description="Wat vastligt en niet meer open is."
    )
    open: list[Annotated[Onderwerp, _text_as("onderwerp")]] = Field(
        default_factory=list,
        description="Wat open is voor invloed: tekst, of {onderwerp: ..., ruimte: ...}.",
    )
    budget_euro: Aantal | None = Field(
        default=None, description="Budget voor het participatieproces in hele euro's (zonder punt)."
    )
    budget_vastgelegd: list[Vastgelegd] = Field(
        default_factory=list,
        description="Niet verplicht: geld uit dat budget dat al vastligt, met waarvoor "
        "({wat: ..., euro: ...}), zoals een adviseur die al is toegezegd. Het ontwerp past dan in "
        "wat overblijft.",
    )
    besluit_uiterlijk: Datum | None = Field(
        default=None, description="Datum (JJJJ-MM-DD) waarop het besluit uiterlijk valt."
    )
    inbreng_uiterlijk: Datum | None = Field(
        default=None,
        description="Niet verplicht: de datum (JJJJ-MM-DD) waarop de uitkomst van de "
        "participatie uiterlijk klaar moet zijn, als die vóór het besluit ligt (bijvoorbeeld: het "
        "dorpsplan ligt uiterlijk 30 april bij het college). Ophalen, verdiepen en toetsen eindigen "
        "daarvoor; formele stappen daarna (een zienswijze op eigen data, het besluit) blijven "
        "waar ze zijn.",
    )
    raad_kaders_gesteld: StrictBool = Field(
        default=False, description="Heeft de gemeenteraad de kaders voor dit vraagstuk al gesteld?"
    )
    besluit_al_genomen: StrictBool = Field(
        default=False, description="Is het besluit eigenlijk al genomen?"
    )
    betaler: Betaler | None = Field(
        default=None,
        description="Wie de participatie betaalt: gemeente, initiatiefnemer of beide.",
    )
    uitvoering_van: Datum | None = Field(
        default=None, description="Datum (JJJJ-MM-DD) waarop de uitvoering begint."
    )
    uitvoering_tot: Datum | None = Field(
        default=None, description="Datum (JJJJ-MM-DD) waarop de uitvoering klaar is."
    )


class Aanwezig(Model):
    """The months a group is in the area at all (seasonal workers, campers, students)."""

    van: Maand = Field(description="De eerste maand dat de groep er is, zoals april.")
    tot: Maand = Field(
        description="De laatste maand dat de groep er is (tot en met), zoals november."
    )

    @field_validator("van", "tot", mode="before")
    @classmethod
    def _kleine_letters(cls, waarde: Any) -> Any:
        """'April' is april: a month name with a capital is no other month."""
        return waarde.strip().lower() if isinstance(waarde, str) else waarde


class Belanghebbende(Model):
    """A party with a stake in the vraagstuk."""

    naam: Tekst = Field(description="Naam van de groep of organisatie; uniek in dit vraagstuk.")
    soort: SoortBelanghebbende
    invloed: Niveau = Field(description="Hoeveel macht of invloed de partij heeft.")
    belang: Niveau = Field(description="Hoe groot het belang van de partij is.")
    houding: Houding = Houding.onbekend
    bereikbaarheid: Bereikbaarheid = Bereikbaarheid.goed
    kenmerken: list[Kenmerk] = Field(
        default_factory=list, description="Kenmerken die om een aangepaste aanpak vragen."
    )
    aantal: Aantal | None = Field(default=None, description="Om hoeveel mensen het ongeveer gaat.")
    initiatiefnemer: StrictBool = Field(
        default=False, description="Is deze partij de initiatiefnemer van het plan?"
    )
    meervoud: StrictBool | None = Field(
        default=None,
        description="Is de naam een meervoud ('Omwonenden')? Leeg: pionieren leidt het af.",
    )
    via: Tekst | None = Field(
        default=None,
        description="Niet verplicht: langs welke weg u deze groep bereikt, als u die weet "
        "('de fysiotherapeuten en de zorgaanbieder', 'de leerkrachten, met een tolk'). Het advies "
        "noemt die weg bij de werkvormen voor deze groep.",
    )
    voorwaarde: Tekst | None = Field(
        default=None,
        description="Niet verplicht: een harde voorwaarde voor hoe deze groep benaderd mag "
        "worden, in eigen woorden (‘geen deelnemer; contact alleen via het sociaal team’, ‘niet "
        "in het openbaar’, ‘zonder politie erbij’, ‘pas bekend in het najaar van 2027’). Het "
        "advies houdt zich eraan bij de keuze van de werkvormen.",
    )
    aanwezig: Aanwezig | None = Field(
        default=None,
        description="Niet verplicht: in welke maanden de groep hier is, als dat niet het hele "
        "jaar is ({van: april, tot: november} voor seizoenswerkers, {van: april, tot: oktober} "
        "voor campinggasten; 'tot' is tot en met). Pionieren plant de werkvormen voor deze "
        "groep dan alleen in die maanden, of zegt hoe u hen anders bereikt.",
    )


def _bron_url(waarde: str) -> str:
    """A source's link: a usable address on the publisher's own site, never a mirror."""
    probleem = bron_url_probleem(waarde)
    if probleem:
        raise PydanticCustomError("waarde", "invalid url", {"melding": probleem})
    return waarde


MAX_BRONNEN = 50


class VraagstukBron(Model):
    """A source the case itself names (the gemeente's own policy paper, counts, a law it uses).

    Why: the design puts these papers on the table at the start, as the shared facts of the
    first phase (rule KADER-STUKKEN), and the report lists them under their own heading. It
    never puts one behind a claim of its own: pionieren has not read it, so it cannot say what
    it carries.
    """

    titel: Tekst = Field(description="De titel van het stuk.")
    url: Annotated[str, AfterValidator(_bron_url)] | None = Field(
        default=None,
        description="Niet verplicht: de link, op de site van de uitgever zelf (geen site die "
        "documenten van anderen overneemt).",
    )
    uitgever: Tekst | None = Field(
        default=None,
        description="Niet verplicht: wie het uitgaf ('Gemeente Ringdorp', 'CROW').",
    )
    soort: SoortStuk | None = Field(
        default=None,
        description="Niet verplicht: feiten (tellingen, een onderzoek, een visie, een "
        "handreiking) of regel (een wet, verordening of bindend raadsbesluit). Leeg: een stuk "
        "op wetten.overheid.nl of lokaleregelgeving.overheid.nl, of met 'Wet' of 'verordening' "
        "vooraan in de titel, is een regel; de rest feiten.",
    )


class Voorgeschiedenis(Model):
    """An earlier plan or process on the same question that went wrong.

    Why: a restart after a withdrawn plan or a failed vote begins by saying what went wrong and
    what is different now; without that, people expect the same outcome (reviews 35 and 36).
    """

    wat_misging: Tekst = Field(
        description="Wat er eerder misging, in één of twee zinnen ('Het eerste plan werd in "
        "2026 ingetrokken na protest; bewoners waren er niet bij betrokken')."
    )
    wat_nu_anders: Tekst | None = Field(
        default=None,
        description="Niet verplicht: wat er nu anders is ('Nu beginnen we met de stad, vóór er "
        "een plan ligt').",
    )


class Vraagstuk(Model):
    """One question a gemeente wants to work on with inwoners."""

    titel: Tekst
    gemeente: Tekst
    omschrijving: Tekst = Field(description="Wat is de vraag?")
    aanleiding: Tekst | None = None
    initiatiefnemer: Initiatiefnemer
    fase: Fase
    soort: Soort | None = Field(
        default=None, description="exploratief (de oplossing is nog open) of maakbaar."
    )
    schaal: Schaal
    beleidsveld: Tekst | None = None
    wettelijk_kader: list[WettelijkKader] = Field(default_factory=list)
    polarisatie: Schaal15 | None = Field(
        default=None, description="1 (rustig) tot 5 (zeer verdeeld)."
    )
    complexiteit: Schaal15 | None = Field(
        default=None, description="1 (eenvoudig) tot 5 (zeer complex)."
    )
    kaders: Kaders
    ambitie: Trede | None = Field(
        default=None, description="De trede op de participatieladder die de gemeente wil bereiken."
    )
    belanghebbenden: list[Belanghebbende] = Field(
        min_length=1,
        max_length=MAX_BELANGHEBBENDEN,
        description="De partijen met een belang: minstens 1, hoogstens 10.000 (noem groepen, "
        "geen losse personen).",
    )
    besluit: Besluit | None = Field(
        default=None, description="Wie het besluit neemt en volgens welke procedure."
    )
    werkvormen: list[Annotated[GenoemdeWerkvorm, _text_as("id")]] = Field(
        default_factory=list,
        description="Werkvormen die al gekozen of voorgesteld zijn (ids uit de catalogus).",
    )
    vakantieregio: Vakantieregio | None = Field(
        default=None,
        description="De schoolvakantieregio van de gemeente: noord, midden of zuid.",
    )
    bronnen: list[VraagstukBron] = Field(
        default_factory=list,
        max_length=MAX_BRONNEN,
        description="Niet verplicht: eigen stukken van het vraagstuk (beleidsstukken van de "
        "gemeente, tellingen, een richtlijn, een wet of verordening), elk met titel en zo "
        "mogelijk url en uitgever. Het ontwerp legt ze aan het begin op tafel; het rapport noemt "
        "ze in de bronnenlijst onder 'Stukken uit het vraagstuk'.",
    )
    voorgeschiedenis: Annotated[Voorgeschiedenis, _text_as("wat_misging")] | None = Field(
        default=None,
        description="Niet verplicht: een eerder plan of proces over dezelfde vraag dat misging "
        "(ingetrokken, weggestemd). Gewoon tekst mag: dat is wat er misging. Of met "
        "wat_misging en wat_nu_anders. Het ontwerp begint dan met erkennen wat misging.",
    )

    zorgen: list[Annotated[Zorg, _text_as("zorg")]] = Field(
        default_factory=list,
        description="Niet verplicht: de zorgen van groepen over het vraagstuk (gezondheid, de "
        "waarde van het huis, 'altijd dezelfde mensen'). Gewoon tekst mag: dat is de zorg. Elke "
        "zorg krijgt vroeg in het ontwerp een eigen stap: wie haar beantwoordt en waar.",
    )

    momenten: list[Moment] = Field(
        default_factory=list,
        description="Niet verplicht: vaste momenten vóór het besluit, zoals een commissie die "
        "een concept bespreekt ({wat, datum, door}). Het stuk is klaar vóór de stukken voor dat "
        "moment, de rondes die het voeden sluiten dan, en daarna horen de deelnemers wat er "
        "besproken is.",
    )

    @model_validator(mode="after")
    def _moment_voor_besluit(self) -> Vraagstuk:
        besluit = self.kaders.besluit_uiterlijk
        for index, moment in enumerate(self.momenten):
            if besluit is not None and moment.datum >= besluit:
                raise PydanticCustomError(
                    "moment_na_besluit",
                    "a moment must come before the decision",
                    {"index": index, "datum": str(moment.datum), "besluit": str(besluit)},
                )
        return self

    @model_validator(mode="after")
    def _zorg_van_bestaat(self) -> Vraagstuk:
        namen = {comparable_name(p.naam) for p in self.belanghebbenden}
        for index, zorg in enumerate(self.zorgen):
            for plek, naam in enumerate(zorg.van):
                if comparable_name(naam) not in namen:
                    raise PydanticCustomError(
                        "zorg_van_onbekend",
                        "zorgen.van must name a stakeholder",
                        {"index": index, "plek": plek, "naam": naam},
                    )
        return self

    @model_validator(mode="after")
    def _toegezegd_vraagt_toezegging(self) -> Vraagstuk:
        if self.besluit is None or self.besluit.toezegging is None:
            for index, punt in enumerate(self.kaders.open):
                if punt.toegezegd:
                    raise PydanticCustomError(
                        "toegezegd_zonder_toezegging",
                        "toegezegd needs besluit.toezegging",
                        {"index": index},
                    )
        return self

    @field_validator("belanghebbenden")
    @classmethod
    def _unique_names(cls, waarde: list[Belanghebbende]) -> list[Belanghebbende]:
        gezien: dict[str, int] = {}
        paren: list[tuple[int, int]] = []
        for index, partij in enumerate(waarde):
            sleutel = comparable_name(partij.naam)
            if sleutel in gezien:
                paren.append((gezien[sleutel], index))
            else:
                gezien[sleutel] = index
        if paren:
            raise PydanticCustomError(
                "dubbele_naam", "stakeholder names must be unique", {"paren": paren}
            )
        return waarde

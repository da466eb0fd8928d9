"""Dutch descriptions for the JSON Schema of a vraagstuk file.

Why: an editor shows a field's description while a civil servant types, so it must be plain
Dutch. The models' docstrings are English (they explain the code) and pydantic would put them in
the schema; this table says in Dutch what each part of the file is. A test checks that every
field and every definition in the schema has a description.
"""

from __future__ import annotations

from typing import Any

VRAAGSTUK = (
    "Een vraagstuk: een vraag waarover de gemeente met inwoners in gesprek wil. pionieren "
    "controleert dit bestand en maakt er een participatieadvies van."
)

# Definitions (models and lists of choices) -> their description.
DEFINITIES: dict[str, str] = {
    "Belanghebbende": "Een partij met een belang bij het vraagstuk: een groep of organisatie.",
    "Bereikbaarheid": "Hoe goed de partij te bereiken is: goed, matig of moeilijk.",
    "Beslisser": (
        "Wie het besluit neemt: raad, college, burgemeester, bestuurscommissie, "
        "initiatiefnemer, wetgever of anders."
    ),
    "Besluit": "Wie het besluit neemt en volgens welke procedure.",
    "Betaler": "Wie de participatie betaalt: gemeente, initiatiefnemer of beide.",
    "Fase": (
        "In welke fase het vraagstuk is: verkenning, beleidsvorming, besluitvorming, "
        "uitvoering of evaluatie."
    ),
    "GenoemdeWerkvorm": "Een werkvorm die al gekozen of voorgesteld is voor dit vraagstuk.",
    "Houding": "Hoe de partij tegenover het plan staat: voor, neutraal, tegen of onbekend.",
    "Initiatiefnemer": (
        "Wie het initiatief nam: gemeente, raad, inwoners, ondernemers, een "
        "maatschappelijke organisatie of een andere overheid (provincie, waterschap, Rijk)."
    ),
    "Kaders": "Wat vooraf vastligt: wat nog kan veranderen, en binnen welke grenzen.",
    "Kenmerk": "Een kenmerk van een groep dat om een aangepaste aanpak vraagt.",
    "Maand": "Een maand, voluit in het Nederlands: januari tot en met december.",
    "Niveau": "Laag, middel of hoog.",
    "Onderwerp": "Eén punt dat open is, met een eigen ruimte voor invloed.",
    "Procedure": "De procedure waarin het besluit valt.",
    "Ruimte": "Hoeveel inwoners nog kunnen veranderen: geen, klein, middel of groot.",
    "Schaal": "Over welk gebied het gaat: straat, buurt, wijk, kern, gemeente of regio.",
    "Soort": "Exploratief (de oplossing is nog open) of maakbaar (de oplossing is bekend).",
    "SoortBelanghebbende": (
        "Wat voor partij het is: inwoners, ondernemers, een maatschappelijke organisatie, "
        "overheid, politiek, een adviesorgaan of anders."
    ),
    "SoortStuk": (
        "Wat een eigen stuk is: feiten om op tafel te leggen, of een regel om uit te leggen."
    ),
    "Status": "Hoe vast een genoemde werkvorm ligt: besloten of voorgesteld.",
    "Toezegging": "Wat de raad of het college al heeft beloofd over de uitkomst.",
    "Trede": (
        "Een trede op de participatieladder, van laag naar hoog: informeren, raadplegen, "
        "adviseren, coproduceren, meebeslissen, zelfbeheer."
    ),
    "Aanwezig": (
        "De maanden dat een groep hier is, als dat niet het hele jaar is: de eerste (van) en "
        "de laatste (tot, tot en met)."
    ),
    "Moment": (
        "Een vast moment vóór het besluit, zoals een commissie die een concept bespreekt: wat, "
        "de datum en wie. Het stuk is op tijd klaar en daarna horen deelnemers wat er "
        "besproken is."
    ),
    "Orgaan": "Wie het moment heeft: raad, commissie, college of anders.",
    "Vastgelegd": (
        "Geld uit het participatiebudget dat al vastligt: waarvoor (wat) en hoeveel euro (euro). "
        "Het ontwerp past in wat overblijft."
    ),
    "Vakantieregio": "De regio voor de schoolvakanties: noord, midden of zuid.",
    "Voorgeschiedenis": (
        "Een eerder plan of proces over dezelfde vraag dat misging: wat misging, en zo mogelijk "
        "wat nu anders is. Het ontwerp begint met erkennen wat misging."
    ),
    "VraagstukBron": (
        "Een eigen stuk van het vraagstuk, zoals een beleidsstuk of tellingen van de gemeente, "
        "of een wet. Het ontwerp legt het aan het begin op tafel; het rapport zegt niet wat "
        "erin staat."
    ),
    "WettelijkKader": "Een wet of regel die voor de participatie geldt.",
    "Zorg": (
        "Een zorg van een groep over het vraagstuk, met wie haar heeft en wie haar kan "
        "beantwoorden. Elke zorg krijgt vroeg in het ontwerp een eigen stap."
    ),
}

# (definition, field) -> description, for fields that have none in the model. "" is the
# vraagstuk itself.
VELDEN: dict[tuple[str, str], str] = {
    ("", "titel"): "Een korte titel van het vraagstuk, zoals 'Herinrichting Marktplein'.",
    ("", "gemeente"): "De naam van de gemeente.",
    ("", "aanleiding"): "Niet verplicht: waarom het vraagstuk nu speelt.",
    ("", "initiatiefnemer"): "Wie het initiatief nam.",
    ("", "fase"): "In welke fase het vraagstuk nu is.",
    ("", "schaal"): "Over welk gebied het gaat.",
    ("", "beleidsveld"): "Niet verplicht: het beleidsveld, in eigen woorden (zoals 'ruimte').",
    ("", "wettelijk_kader"): "Niet verplicht: de wetten en regels die voor de participatie gelden.",
    ("", "kaders"): "Wat vastligt, wat open is, het budget en de datum van het besluit.",
    ("Belanghebbende", "soort"): "Wat voor partij het is.",
    ("Belanghebbende", "houding"): "Hoe de partij tegenover het plan staat (standaard onbekend).",
    ("Belanghebbende", "bereikbaarheid"): "Hoe goed de partij te bereiken is (standaard goed).",
}


def add_descriptions(schema: dict[str, Any]) -> dict[str, Any]:
    """Give the schema of a vraagstuk Dutch descriptions; the schema is changed in place."""
    schema["description"] = VRAAGSTUK
    definities = schema.get("$defs", {})
    for naam, tekst in DEFINITIES.items():
        if naam in definities:
            definities[naam]["description"] = tekst
    for (definitie, veld), tekst in VELDEN.items():
        ouder = schema if not definitie else definities.get(definitie, {})
        eigenschap = ouder.get("properties", {}).get(veld)
        if eigenschap is not None and "description" not in eigenschap:
            eigenschap["description"] = tekst
    return schema


ADVIES = (
    "Het advies van pionieren voor één vraagstuk, als gegevens (pionieren analyse --formaat json)."
)

# The definitions of the advice schema -> their description. The fields of the advice have
# their own descriptions in the model where they have one.
ADVIES_DEFINITIES: dict[str, str] = {
    "BelanghebbendeAdvies": "Een belanghebbende met zijn positie en de aanpak die erbij past.",
    "Beslisser": DEFINITIES["Beslisser"],
    "BesluitAdvies": "Wie beslist, volgens welke procedure, en wanneer.",
    "Bevinding": "Een aandachtspunt of waarschuwing, met de regel waar het uit volgt.",
    "Dilemma": "Een keuze die het bestuur bewust moet maken.",
    "Ernst": "Hoe zwaar een bevinding weegt: info, let_op of waarschuwing.",
    "Kwadrant": "De positie van een belanghebbende op invloed en belang.",
    "Leerarena": "Hoe de gemeente na afloop samen terugkijkt en leert.",
    "Les": "Een les voor samen denken, samen besluiten of samen doen.",
    "Middelen": "De kosten van het ontwerp tegen het budget.",
    "MixOnderdeel": "Een werkvorm in het ontwerp: wanneer, op welke trede, voor wie en waarom.",
    "Modus": "Samen denken, samen besluiten of samen doen.",
    "OnderwerpAdvies": "Eén onderwerp met de invloed die inwoners erop hebben.",
    "Organisator": "Wie een werkvorm organiseert: gemeente, griffie, initiatiefnemer of onafhankelijk.",
    "PlanFase": "Eén fase van het proces in de planning.",
    "Procedure": DEFINITIES["Procedure"],
    "Procesfase": "De fasen van een participatieproces, op volgorde.",
    "Rol": "Wie een rol heeft in het proces, zoals raad, college of inwoners.",
    "Ruimte": DEFINITIES["Ruimte"],
    "Taak": "Wat een rol in dit proces doet.",
    "Tekstdeel": "Een stuk tekst als gegevens: een sleutel uit teksten.yaml en de waarden erin.",
    "Trede": DEFINITIES["Trede"],
    "TredeAdvies": "De geadviseerde trede, de gevraagde trede en wat de kaders toelaten.",
}


def describe(schema: dict[str, Any], geheel: str, definities: dict[str, str]) -> dict[str, Any]:
    """Give a schema Dutch descriptions for the whole and for the definitions in ``definities``."""
    schema["description"] = geheel
    for naam, definitie in schema.get("$defs", {}).items():
        if naam in definities:
            definitie["description"] = definities[naam]
    return schema


def add_advice_descriptions(schema: dict[str, Any]) -> dict[str, Any]:
    """Give the schema of the JSON advice Dutch descriptions for the whole and its parts."""
    return describe(schema, ADVIES, ADVIES_DEFINITIES)


EVALUATIE = (
    "Een evaluatie: hoe een participatieproces is gegaan, gekoppeld aan het vraagstukbestand. "
    "pionieren leerarena telt alle evaluaties in een map op; pionieren verslag maakt er het "
    "participatieverslag van."
)

EVALUATIE_DEFINITIES: dict[str, str] = {
    "Periode": "Wanneer het proces liep; zonder 'tot' loopt het nog.",
    "GebruikteWerkvorm": "Een werkvorm die echt is gebruikt, met deelnemers, kosten en weken.",
    "NietGedaan": "Een geplande werkvorm die niet doorging, en waarom.",
    "BereikteGroep": "Een belanghebbende uit het vraagstuk, en of die is bereikt.",
    "Terugkoppeling": "Of de deelnemers hoorden wat er met hun inbreng is gedaan, en wanneer.",
    "BesluitUitkomst": "Het besluit, en of het de uitkomst van de participatie volgde.",
    "Tevredenheid": "Tevredenheid van 1 (zeer ontevreden) tot 5 (zeer tevreden).",
    "OnderwerpUitkomst": "Eén onderwerp: wat deelnemers inbrachten en wat ermee is gedaan.",
    "Les": "Een les voor samen denken, samen besluiten of samen doen.",
    "JaDeelsNee": "ja, deels of nee.",
    "Modus": ADVIES_DEFINITIES["Modus"],
}


def add_evaluatie_descriptions(schema: dict[str, Any]) -> dict[str, Any]:
    """Give the schema of an evaluatie file Dutch descriptions for the whole and its parts."""
    return describe(schema, EVALUATIE, EVALUATIE_DEFINITIES)

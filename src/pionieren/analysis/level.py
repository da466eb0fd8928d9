"""Scope and ladder level: the highest step the kaders allow, and the step pionieren advises."""

from __future__ import annotations

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.registry import regel
from pionieren.analysis.result import Bevinding, Ernst, TredeAdvies
from pionieren.vocabulary import Ruimte, Soort, Trede

PLAFOND = {
    Ruimte.geen: Trede.informeren,
    Ruimte.klein: Trede.raadplegen,
    Ruimte.middel: Trede.adviseren,
    Ruimte.groot: Trede.meebeslissen,
}


@regel(
    "TREDE-PLAFOND",
    "trede",
    "De hoogste trede die de kaders toelaten",
    """De beïnvloedingsruimte bepaalt de hoogste trede: geen → informeren, klein → raadplegen,
    middel → adviseren, groot → meebeslissen. Zelfbeheer kan alleen bij een grote ruimte en als
    het initiatief bij inwoners, ondernemers of een maatschappelijke organisatie ligt. Is het
    besluit al genomen, dan is het plafond informeren. Zo belooft de gemeente nooit meer invloed
    dan de kaders toelaten.""",
    ["movisie-participatieladder", "schiedam-participatieladder", "ombudsman-inspraak-2009"],
)
def plafond(f: Feiten) -> Trede:
    kaders = f.vraagstuk.kaders
    if kaders.besluit_al_genomen:
        return Trede.informeren
    if kaders.beinvloedingsruimte is Ruimte.groot and f.initiatief_van_anderen:
        return Trede.zelfbeheer
    return PLAFOND[kaders.beinvloedingsruimte]


@regel(
    "TREDE-ZONDER-AMBITIE",
    "trede",
    "Een passende trede als er geen ambitie is",
    """Geeft het vraagstuk geen ambitie, dan kiest pionieren wat bij het vraagstuk past: de
    hoogste trede die de kaders toelaten, want ruimte die er is maar niet wordt gegeven, voelt
    voor inwoners als achterhouden. Bij een maakbaar vraagstuk op de trede meebeslissen, door de
    gemeente zelf gestart, adviseert pionieren coproduceren: de oplossing ligt dan in grote
    lijnen vast en samen uitwerken past beter dan stemmen.""",
    ["vng-handreiking-participatie", "movisie-participatieladder"],
)
def zonder_ambitie(f: Feiten, maximaal: Trede) -> Trede:
    if (
        maximaal is Trede.meebeslissen
        and f.vraagstuk.soort is Soort.maakbaar
        and not f.initiatief_van_anderen
    ):
        return Trede.coproduceren
    return maximaal


@regel(
    "TREDE-BOVEN-PLAFOND",
    "trede",
    "De ambitie is hoger dan de kaders toelaten",
    """Wil de gemeente hoger op de ladder dan de beïnvloedingsruimte toelaat, dan volgt pionieren
    de kaders en waarschuwt het. Er zijn twee eerlijke wegen: de raad verruimt de kaders, of de
    gemeente stelt de ambitie bij en zegt dat open. Meer beloven dan waargemaakt kan worden is de
    meest genoemde fout in participatie.""",
    ["ombudsman-inspraak-2009", "ombudsman-spelregels-2009", "bzk-raad-burgerparticipatie"],
)
def boven_plafond(f: Feiten, maximaal: Trede) -> list[Bevinding]:
    ambitie = f.vraagstuk.ambitie
    if ambitie is None or ambitie.rang <= maximaal.rang:
        return []
    reden = (
        "het besluit al genomen is"
        if f.vraagstuk.kaders.besluit_al_genomen
        else f"de beïnvloedingsruimte {f.vraagstuk.kaders.beinvloedingsruimte.value} is"
    )
    return [
        bevinding(
            "TREDE-BOVEN-PLAFOND",
            Ernst.waarschuwing,
            f"De ambitie is {ambitie.value}, maar omdat {reden} kan de gemeente niet meer waarmaken "
            f"dan {maximaal.value}. Het advies is daarom {maximaal.value}. Wilt u toch "
            f"{ambitie.value}? Vraag de raad dan eerst de kaders te verruimen. Anders: stel de "
            "ambitie bij en zeg dat open tegen inwoners.",
        )
    ]


@regel(
    "TREDE-KADERS-RAAD",
    "trede",
    "Bindende treden vragen kaders van de raad",
    """Bij coproduceren en meebeslissen verbindt de gemeente zich aan de uitkomst. Dat kan alleen
    als de raad vooraf de kaders heeft gesteld; anders kan de raad de uitkomst later terzijde
    leggen, en dat ervaren deelnemers als verraad. pionieren waarschuwt als de raad de kaders nog
    niet heeft gesteld.""",
    ["bzk-raad-burgerparticipatie", "van-ostaaijen-2016", "gemeente-nu-representatief"],
)
def kaders_raad(f: Feiten, advies: Trede) -> list[Bevinding]:
    if f.vraagstuk.kaders.raad_kaders_gesteld or advies.rang < Trede.coproduceren.rang:
        return []
    return [
        bevinding(
            "TREDE-KADERS-RAAD",
            Ernst.waarschuwing,
            f"Op de trede {advies.value} verbindt de gemeente zich aan de uitkomst, maar de raad "
            "heeft de kaders nog niet gesteld. Leg de kaders (wat vastligt, wat open is, het "
            "budget en wat de raad met de uitkomst doet) eerst aan de raad voor, voordat inwoners "
            "worden uitgenodigd.",
        )
    ]


@regel(
    "TREDE-TOEZEGGING",
    "trede",
    "Wat de gemeente toezegt",
    """Bij elke trede hoort een toezegging: wat de gemeente belooft te doen met de inbreng.
    pionieren noemt die toezegging bij het advies, zodat iedereen vooraf weet waar hij aan toe
    is.""",
    ["schiedam-participatieladder", "iap2-spectrum"],
)
def toezegging(f: Feiten, advies: Trede) -> list[Bevinding]:
    trede = f.kennis.ladder.trede(advies)
    return [
        bevinding(
            "TREDE-TOEZEGGING",
            Ernst.info,
            f"Het advies is {advies.value}. De gemeente zegt daarmee toe: ‘{' '.join(trede.toezegging.split())}’",
        )
    ]


def advise(f: Feiten) -> tuple[TredeAdvies, list[Bevinding]]:
    """Decide the ladder step and the findings that go with it."""
    maximaal = plafond(f)
    regels = ["TREDE-PLAFOND"]
    ambitie = f.vraagstuk.ambitie
    if ambitie is None:
        advies = zonder_ambitie(f, maximaal)
        regels.append("TREDE-ZONDER-AMBITIE")
        waarom = (
            f"Er is geen ambitie opgegeven. De kaders laten tot {maximaal.value} toe; "
            f"pionieren adviseert {advies.value}."
        )
    elif ambitie.rang > maximaal.rang:
        advies = maximaal
        regels.append("TREDE-BOVEN-PLAFOND")
        waarom = (
            f"De ambitie ({ambitie.value}) is hoger dan de kaders toelaten; het advies blijft op "
            f"de hoogste trede die kan: {maximaal.value}."
        )
    else:
        advies = ambitie
        waarom = f"De ambitie ({ambitie.value}) past binnen de kaders (hoogstens {maximaal.value})."
    bevindingen = boven_plafond(f, maximaal) + kaders_raad(f, advies) + toezegging(f, advies)
    trede = f.kennis.ladder.trede(advies)
    regels += [b.regel for b in bevindingen if b.regel not in regels]
    return (
        TredeAdvies(
            advies=advies,
            gevraagd=ambitie,
            maximaal=maximaal,
            toezegging=trede.toezegging.strip(),
            iap2=trede.iap2,
            waarom=waarom,
            regels=regels,
        ),
        bevindingen,
    )

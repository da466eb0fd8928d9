"""Rolverdeling: what raad, college, burgemeester, organisation, griffie and inwoners do here."""

from __future__ import annotations

from pionieren import text
from pionieren.analysis.facts import VERGUNNING, Feiten, bevinding
from pionieren.analysis.registry import regel
from pionieren.analysis.result import BesluitAdvies, Bevinding, Ernst, Rol, Taak
from pionieren.vocabulary import (
    Beslisser,
    Betaler,
    Initiatiefnemer,
    Procedure,
    Ruimte,
    Schaal,
    SoortBelanghebbende,
    Trede,
    WettelijkKader,
)

RAAD_BRONNEN = ["bzk-raad-burgerparticipatie", "griffie-raad-participatie", "aan-de-slag-ow-bopa"]


@regel(
    "ROL-RAAD",
    "rollen",
    "De rol van de gemeenteraad",
    """De raad is volksvertegenwoordigend, kaderstellend en controlerend. Bij participatie stelt
    de raad vooraf de kaders (wat vastligt, wat open is, wat hij met de uitkomst doet), neemt
    het besluit en controleert of het proces is gegaan zoals afgesproken. Onder de Omgevingswet
    kan de raad gevallen aanwijzen waarin participatie verplicht is (art. 16.55 lid 7).""",
    RAAD_BRONNEN,
)
def raad(f: Feiten, advies: Trede, besluit: BesluitAdvies) -> tuple[Taak, list[Bevinding]]:
    v = f.vraagstuk
    delen = []
    if v.initiatiefnemer is Initiatiefnemer.raad:
        delen.append("Is zelf opdrachtgever: formuleert de vraag en de opdracht aan het proces")
    door = besluit.door
    if door is Beslisser.raad or door is None:
        als = "" if door is Beslisser.raad else "Als de raad beslist: "
        if v.kaders.raad_kaders_gesteld:
            delen.append(f"{als}heeft de kaders gesteld en bewaakt die")
        else:
            delen.append(
                f"{als}stelt vooraf de kaders vast: wat ligt vast, wat is open, welk budget, en "
                "wat doet de raad met de uitkomst"
            )
        if advies.rang >= Trede.coproduceren.rang:
            delen.append(
                f"spreekt vooraf uit zich te houden aan de uitkomst op de trede "
                f"{advies.value}, binnen de kaders"
            )
        delen.append("neemt het besluit, en legt daarbij uit wat er met de inbreng is gedaan")
        if door is None:
            delen.append(
                "als het college beslist: stelt de raad de algemene kaders (de "
                "participatieverordening) en wordt hij actief geïnformeerd"
            )
    elif door is Beslisser.college:
        delen.append(
            "Beslist hier niet zelf: het college neemt het besluit. De raad stelde de algemene "
            "kaders in de participatieverordening (art. 150 Gemeentewet) en wordt actief "
            "geïnformeerd, bijvoorbeeld met een raadsinformatiebrief bij de start en na het "
            "besluit"
        )
        if besluit.procedure is Procedure.omgevingsvergunning_buitenplans:
            if besluit.raad_bindend_advies:
                delen.append(
                    "geeft bindend advies over de vergunning, omdat de raad dit soort gevallen "
                    "daarvoor heeft aangewezen (art. 16.15a Omgevingswet)"
                )
            else:
                delen.append(
                    "kan dit soort gevallen aanwijzen voor zijn bindend advies (art. 16.15a "
                    "Omgevingswet) en voor verplichte participatie (art. 16.55 lid 7)"
                )
        if besluit.procedure is Procedure.privaatrechtelijk:
            delen.append(
                "krijgt de kans wensen en bedenkingen te geven voordat het college besluit "
                "(art. 169 lid 4 Gemeentewet)"
            )
    elif door is Beslisser.wetgever:
        delen.append(
            "Beslist niet zelf: de wetgever beslist. De raad stelt het ontwerp en het advies "
            "vast (bij een herindeling volgens de Wet arhi) en weegt daarin wat inwoners "
            "inbrachten"
        )
    elif door is Beslisser.bestuurscommissie:
        delen.append(
            "Heeft de bevoegdheid aan de bestuurscommissie gegeven (art. 83 Gemeentewet) en "
            "controleert hoe zij die gebruikt"
        )
    elif door is Beslisser.initiatiefnemer:
        delen.append(
            "Beslist niet over het plan zelf; stelt wel het beleid en de regels vast waarbinnen "
            "initiatieven passen"
        )
    else:
        delen.append("Beslist hier niet zelf; volgt het proces en wordt geïnformeerd")
    delen.append("controleert achteraf of het proces is gegaan zoals afgesproken")
    bevindingen = []
    if not v.kaders.raad_kaders_gesteld and door in (Beslisser.raad, None):
        bevindingen.append(bevinding("ROL-RAAD", Ernst.let_op))
    return Taak(rol=Rol.raad, taak=_zinnen(delen), regels=["ROL-RAAD"]), bevindingen


@regel(
    "ROL-COLLEGE",
    "rollen",
    "De rol van het college",
    """Het college organiseert de participatie meestal en is verantwoordelijk voor de uitvoering.
    Het houdt zich aan de toezegging van de geadviseerde trede. Bij een initiatief van anderen
    kiest het college een passende rol op de overheidsparticipatietrap.""",
    ["bzk-raad-burgerparticipatie", "rob-loslaten-2012"],
)
def college(f: Feiten, advies: Trede, overheidsrol: str | None, besluit: BesluitAdvies) -> Taak:
    door = besluit.door
    delen = []
    if door is Beslisser.college:
        delen.append("Neemt het besluit en legt uit wat er met de inbreng is gedaan")
    elif door is Beslisser.raad:
        delen.append(
            "Bereidt het raadsvoorstel voor en legt de uitkomst met een eerlijke weging voor aan de raad"
        )
    elif door is Beslisser.wetgever:
        delen.append("Bereidt het ontwerp en het advies voor de raad voor")
    else:
        delen.append("Is bestuurlijk verantwoordelijk voor de rol van de gemeente in dit vraagstuk")
    if overheidsrol:
        delen.append(
            f"neemt bij dit initiatief de rol '{overheidsrol}' aan en doet niet meer "
            "dan die rol vraagt"
        )
    else:
        delen.append(
            "stelt het participatieplan vast en houdt zich aan de toezegging per onderwerp"
        )
    return Taak(rol=Rol.college, taak=_zinnen(delen), regels=["ROL-COLLEGE"])


@regel(
    "ROL-BURGEMEESTER",
    "rollen",
    "De burgemeester als hoeder van het proces",
    """Artikel 170 van de Gemeentewet geeft de burgemeester de zorg voor de kwaliteit van
    procedures voor burgerparticipatie. De burgemeester is daarom hoeder van het proces, niet
    eigenaar van de inhoud. Bij een verdeeld vraagstuk let de burgemeester extra op een eerlijk
    en veilig gesprek.""",
    ["bzk-burgemeester-hoeder", "pionieren-2017"],
)
def burgemeester(f: Feiten) -> Taak:
    delen = ["Bewaakt de kwaliteit van het proces, niet de inhoud (art. 170 Gemeentewet)"]
    if (f.vraagstuk.polarisatie or 0) >= 4:
        delen.append(
            "let bij dit verdeelde vraagstuk op een veilig en respectvol gesprek, en "
            "spreekt partijen aan die het gesprek verstoren"
        )
    if f.inclusiegroepen:
        namen = [p.naam for p in f.inclusiegroepen][:3]
        delen.append(f"vraagt na of {text.opsomming(namen)} echt aan bod komen")
    return Taak(rol=Rol.burgemeester, taak=_zinnen(delen), regels=["ROL-BURGEMEESTER"])


@regel(
    "ROL-AMBTELIJK",
    "rollen",
    "De rol van de ambtelijke organisatie",
    """Ambtenaren ontwerpen het proces, voeren het uit en verwerken de inbreng. Zij zorgen dat
    moeilijk bereikbare groepen worden opgezocht en dat iedereen hoort wat er met de inbreng is
    gedaan. Bij een initiatief van inwoners is één vast aanspreekpunt het belangrijkste.""",
    ["vng-handreiking-participatie", "plaatsengids-burgerinitiatief", "ombudsman-spelregels-2009"],
)
def ambtelijk(f: Feiten, besluit: BesluitAdvies) -> Taak:
    if f.initiatief_van_anderen:
        delen = [
            "Is één vast aanspreekpunt voor de initiatiefnemer, zegt vooraf wat de gemeente van "
            "de participatie verwacht, en toetst daarna het plan en het verslag van de "
            "participatie"
        ]
        if f.procedure in VERGUNNING:
            delen.append("bereidt het besluit over de vergunning voor")
    else:
        delen = ["Ontwerpt en voert het proces uit en verwerkt de inbreng zichtbaar"]
    if f.inclusiegroepen:
        delen.append("zoekt moeilijk bereikbare groepen op, met welzijn en zelforganisaties")
    delen.append("verzorgt na het besluit de terugkoppeling")
    return Taak(rol=Rol.ambtelijke_organisatie, taak=_zinnen(delen), regels=["ROL-AMBTELIJK"])


@regel(
    "ROL-GRIFFIE",
    "rollen",
    "De rol van de griffie",
    """De griffie ondersteunt de raad. Zij helpt de raad bij het stellen van kaders en bij zijn
    eigen contact met inwoners, en is een logische eigenaar van de leerarena. Als de raad zelf
    initiatiefnemer is, ondersteunt de griffie het proces namens de raad.""",
    ["pionieren-2017", "berenschot-leeratelier"],
)
def griffie(f: Feiten, besluit: BesluitAdvies) -> Taak:
    delen = []
    if f.vraagstuk.initiatiefnemer is Initiatiefnemer.raad:
        delen.append(
            "Ondersteunt het proces namens de raad als opdrachtgever, en bewaakt de "
            "onafhankelijkheid ervan"
        )
    elif besluit.door in (Beslisser.raad, None):
        delen.append("Helpt de raad bij het stellen van kaders en bij het volgen van het proces")
    else:
        delen.append("Zorgt dat de raad op de hoogte blijft van het proces")
    fracties = [
        p.naam for p in f.vraagstuk.belanghebbenden if p.soort is SoortBelanghebbende.politiek
    ]
    if fracties:
        delen.append(
            f"organiseert voor {text.opsomming(fracties)} een eigen moment (informatiebijeenkomst "
            "of werkbezoek): fracties zitten niet aan tafel met belanghebbenden"
        )
    elif besluit.door is Beslisser.raad:
        delen.append(
            "organiseert, waar de raad dat wil, een eigen moment waarop raadsleden inwoners spreken"
        )
    if besluit.door is Beslisser.raad or f.vraagstuk.schaal in (Schaal.gemeente, Schaal.regio):
        delen.append("is eigenaar van de leerarena en bewaart de lessen")
    return Taak(rol=Rol.griffie, taak=_zinnen(delen), regels=["ROL-GRIFFIE"])


@regel(
    "ROL-INWONERS",
    "rollen",
    "De rol van inwoners",
    """De rol van inwoners volgt uit de geadviseerde trede: van toehoorder bij informeren tot
    eigenaar bij zelfbeheer. pionieren noemt die rol, zodat inwoners weten wat er van hen wordt
    gevraagd en wat zij mogen verwachten.""",
    ["movisie-participatieladder", "schiedam-participatieladder"],
)
def inwoners(f: Feiten, advies: Trede) -> Taak:
    trede = f.kennis.ladder.trede(advies)
    return Taak(
        rol=Rol.inwoners,
        taak=_zinnen(
            [
                f"Zijn {trede.rol_inwoners} (trede {advies.value}); hun invloed per onderwerp "
                "en de toezegging staan in de samenvatting"
            ]
        ),
        regels=["ROL-INWONERS"],
    )


_INITIATIEFNEMER = {
    Initiatiefnemer.inwoners: "De initiatiefnemers (inwoners)",
    Initiatiefnemer.ondernemers: "De initiatiefnemer (ondernemer)",
    Initiatiefnemer.maatschappelijke_organisatie: "De initiatiefnemer (organisatie)",
}


@regel(
    "ROL-INITIATIEFNEMER",
    "rollen",
    "De rol van een initiatiefnemer buiten de gemeente",
    """Ligt het initiatief bij inwoners, ondernemers of een maatschappelijke organisatie, dan is
    die initiatiefnemer eigenaar van het plan. Onder de Omgevingswet meldt de initiatiefnemer bij
    de aanvraag of, en hoe, er participatie was en wat die opleverde (aanvraagvereiste). Dat is
    geen plicht om te participeren, tenzij de raad dat voor het geval heeft bepaald.""",
    ["pelsrijcken-aanvraagvereiste", "aan-de-slag-ow-bopa", "rob-loslaten-2012"],
)
def initiatiefnemer(f: Feiten, besluit: BesluitAdvies) -> Taak | None:
    v = f.vraagstuk
    if not f.initiatief_van_anderen:
        return None
    wie = [p.naam for p in v.belanghebbenden if p.initiatiefnemer]
    naam = text.opsomming(wie) if wie else _INITIATIEFNEMER[v.initiatiefnemer]
    delen = [f"{naam}: eigenaar van het plan en van het gesprek met de omgeving"]
    if f.procedure in VERGUNNING or (
        f.procedure is None
        and WettelijkKader.omgevingswet in f.wettelijke_kaders
        and v.initiatiefnemer is Initiatiefnemer.ondernemers
    ):
        delen.append(
            "meldt als aanvrager bij de aanvraag of en hoe er participatie was en wat die "
            "opleverde (art. 7.4 Omgevingsregeling)"
        )
        if besluit.participatie_verplicht:
            delen.append(
                "moet hier participeren, omdat de raad dat voor dit soort aanvragen heeft bepaald "
                "(art. 16.55 lid 7 Omgevingswet)"
            )
    if f.procedure is Procedure.uitdaagrecht_verzoek or (
        f.procedure is None and WettelijkKader.uitdaagrecht in f.wettelijke_kaders
    ):
        delen.append(
            "laat bij het verzoek onder het uitdaagrecht zien dat zij de taak minstens "
            "zo goed kunnen uitvoeren"
        )
    if v.kaders.betaler in (Betaler.initiatiefnemer, Betaler.beide):
        delen.append("betaalt de participatie die zij zelf organiseert")
    delen.append("houdt de gemeente op de hoogte en spreekt af wat zij van de gemeente nodig heeft")
    return Taak(rol=Rol.initiatiefnemer, taak=_zinnen(delen), regels=["ROL-INITIATIEFNEMER"])


@regel(
    "ROL-OVERHEIDSPARTICIPATIE",
    "rollen",
    "De rol van de gemeente bij een initiatief van anderen",
    """Bij een initiatief van anderen kiest de gemeente een rol op de overheidsparticipatietrap
    van de Rob. Bij een commercieel initiatief (ondernemers) is de gemeente bevoegd gezag en
    reguleert zij: zij toetst het plan en de participatie. Bij een initiatief van inwoners of een
    maatschappelijke organisatie faciliteert de gemeente; bij een klein, rustig en eenvoudig
    initiatief met grote ruimte kan zij loslaten.""",
    ["rob-loslaten-2012", "plaatsengids-burgerinitiatief", "montesquieu-loslaten"],
)
def overheidsrol(f: Feiten) -> str | None:
    v = f.vraagstuk
    if not f.initiatief_van_anderen:
        return None
    if v.initiatiefnemer is Initiatiefnemer.ondernemers:
        return "reguleren"
    rustig = (v.polarisatie or 1) <= 2 and (v.complexiteit or 1) <= 2
    if v.kaders.beinvloedingsruimte is Ruimte.groot and rustig and not f.inclusiegroepen:
        return "loslaten"
    return "faciliteren"


def _zinnen(delen: list[str]) -> str:
    tekst = text.punten(delen)
    return tekst[0].upper() + tekst[1:]


def divide_roles(
    f: Feiten, advies: Trede, besluit: BesluitAdvies
) -> tuple[list[Taak], str | None, list[Bevinding]]:
    rol = overheidsrol(f)
    raad_taak, bevindingen = raad(f, advies, besluit)
    taken = [
        raad_taak,
        college(f, advies, rol, besluit),
        burgemeester(f),
        ambtelijk(f, besluit),
        griffie(f, besluit),
        inwoners(f, advies),
    ]
    eigen = initiatiefnemer(f, besluit)
    if eigen is not None:
        taken.append(eigen)
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

"""Poort: is participation meaningful here? (OECD preconditions, Involve scope checklist)."""

from __future__ import annotations

from collections.abc import Collection

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.level import is_keuze, is_of_vraag
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst
from pionieren.input.hints import (
    budget_hints,
    instrument_hints,
    plek_hints,
    voorgeschiedenis_hints,
    werkvorm_hints,
)
from pionieren.input.model import Onderwerp
from pionieren.vocabulary import Betaler, Fase, Initiatiefnemer, Ruimte, Status, Trede


@regel(
    "POORT-BESLUIT-GENOMEN",
    Thema.poort,
    "Het besluit is al genomen",
    """Als het besluit al genomen is, valt er niets meer te beïnvloeden. Dan adviseert pionieren
    alleen informeren, en zegt het dat hardop: inwoners laten meepraten over iets wat al vastligt,
    is schijnparticipatie. Wel kan de gemeente vragen hoe de uitvoering het best kan.""",
    ["ombudsman-inspraak-2009", "oecd-voorwaarden-2022", "afwegingskader-burgerparticipatie"],
)
def besluit_genomen(f: Feiten) -> list[Bevinding]:
    if not f.vraagstuk.kaders.besluit_al_genomen:
        return []
    k = f.vraagstuk.kaders
    heeft_toezegging = f.vraagstuk.besluit is not None and f.vraagstuk.besluit.toezegging
    # a point with a room of its own, or with a promise made, stays open after the decision
    eigen = [
        o.onderwerp
        for o in k.open
        if o.ruimte not in (None, Ruimte.geen) or (o.toegezegd and heeft_toezegging)
    ]
    open_ = [o.onderwerp for o in k.open]
    return [bevinding("POORT-BESLUIT-GENOMEN", Ernst.waarschuwing, open=open_, eigen=eigen)]


@regel(
    "POORT-GEEN-RUIMTE",
    Thema.poort,
    "Geen beïnvloedingsruimte",
    """Als inwoners niets kunnen veranderen (beïnvloedingsruimte 'geen'), is participatie niet
    zinvol. Dan adviseert pionieren informeren: goed uitleggen wat er gebeurt en waarom.""",
    ["oecd-voorwaarden-2022", "afwegingskader-burgerparticipatie", "ombudsman-inspraak-2009"],
)
def geen_ruimte(f: Feiten) -> list[Bevinding]:
    if f.vraagstuk.kaders.beinvloedingsruimte is not Ruimte.geen:
        return []
    return [bevinding("POORT-GEEN-RUIMTE", Ernst.waarschuwing)]


@regel(
    "POORT-TIJD",
    Thema.poort,
    "Genoeg tijd tot het besluit",
    """Participatie vraagt tijd: voorbereiden, uitvoeren, verwerken en terugkoppelen. Minder dan
    zes weken tot het besluit is te kort voor zinvolle participatie. Een datum die al voorbij is,
    wijst op een fout in het vraagstuk of op een besluit dat al vastligt.""",
    ["oecd-voorwaarden-2022", "ombudsman-goed-begin-2019", "involve-planning"],
)
def tijd(f: Feiten) -> list[Bevinding]:
    weken = f.weken_beschikbaar
    besluit = f.vraagstuk.kaders.besluit_uiterlijk
    if weken is None or besluit is None:
        return [bevinding("POORT-TIJD", Ernst.let_op, "POORT-TIJD.geen_datum")]
    if besluit <= f.datum:
        return [
            bevinding(
                "POORT-TIJD",
                Ernst.waarschuwing,
                "POORT-TIJD.voorbij",
                besluit=besluit.isoformat(),
                advies=f.datum.isoformat(),
            )
        ]
    if weken < 6:
        return [
            bevinding(
                "POORT-TIJD",
                Ernst.waarschuwing,
                "POORT-TIJD.te_kort",
                weken=weken,
                besluit=besluit.isoformat(),
            )
        ]
    return []


@regel(
    "POORT-BUDGET",
    Thema.poort,
    "Budget voor participatie",
    """Zonder geld en menskracht wordt participatie een formaliteit. pionieren noemt het als er
    geen budget is opgegeven, of als het budget nul is terwijl er meer dan informeren kan (niet
    als de initiatiefnemer de participatie betaalt).""",
    ["oecd-voorwaarden-2022", "ombudsman-goed-begin-2019"],
)
def budget(f: Feiten) -> list[Bevinding]:
    bedrag = f.vraagstuk.kaders.budget_euro
    if bedrag is None:
        return [bevinding("POORT-BUDGET", Ernst.let_op, "POORT-BUDGET.geen")]
    # € 0 of the gemeente's own money is fine when the initiator pays the participation
    betaalt_ander = f.vraagstuk.kaders.betaler is Betaler.initiatiefnemer
    if (
        bedrag == 0
        and f.vraagstuk.kaders.beinvloedingsruimte is not Ruimte.geen
        and not betaalt_ander
    ):
        return [bevinding("POORT-BUDGET", Ernst.waarschuwing, "POORT-BUDGET.nul")]
    return []


@regel(
    "POORT-KADERS-HELDER",
    Thema.poort,
    "Heldere keuzes vooraf",
    """De Nationale ombudsman vraagt om heldere keuzes vooraf: wat ligt vast en wat is open. Als
    dat niet beschreven is, of als er ruimte is maar niet staat waarvoor, weten deelnemers niet
    waar ze over gaan.""",
    ["ombudsman-inspraak-2009", "vpng-podcast-think"],
)
def kaders_helder(f: Feiten) -> list[Bevinding]:
    kaders = f.vraagstuk.kaders
    uit = []
    if not kaders.vast:
        uit.append(bevinding("POORT-KADERS-HELDER", Ernst.let_op, "POORT-KADERS-HELDER.vast"))
    if not kaders.open and kaders.beinvloedingsruimte is not Ruimte.geen:
        uit.append(bevinding("POORT-KADERS-HELDER", Ernst.let_op, "POORT-KADERS-HELDER.open"))
    return uit


def _of_open(f: Feiten, punt: Onderwerp) -> bool:
    """Is this open point a question of whether on which inwoners really weigh in? Not when
    its room is small (inwoners give only their opinion), nor when another body than the main
    decider decides it (the burgemeester on cameratoezicht, review 27)."""
    v = f.vraagstuk
    ruimte = punt.ruimte or v.kaders.beinvloedingsruimte
    hoofd = v.besluit.door if v.besluit else None
    if punt.door is not None and punt.door is not hoofd:
        return False
    if is_of_vraag(punt):
        return ruimte in (Ruimte.middel, Ruimte.groot)
    # a choice between options the decider still makes (which of two sites) is open too, also
    # where inwoners only give their opinion on it (review 41: 'alleen bij het fietspad nog over
    # of' while the choice of the site was open)
    return is_keuze(punt)


def _beslissen_besloten(f: Feiten) -> bool:
    """Has the case already decided on an instrument in which inwoners decide themselves (a
    burgerbegroting, a binding vote)? Then participation is not too late to be about whether:
    the inwoners decide (review 41: a wijkbegroting with a decided vote)."""
    ids = set(f.kennis.ids())
    return any(
        g.status is Status.besloten
        and g.id in ids
        and f.kennis.werkvorm(g.id).laagste_trede.rang >= Trede.meebeslissen.rang
        for g in f.vraagstuk.werkvormen
    )


@regel(
    "POORT-FASE",
    Thema.poort,
    "Het moment van participatie",
    """Participatie die pas komt als de keuzes al gemaakt zijn ('koekoeksklokparticipatie') leidt
    tot teleurstelling. In de fase besluitvorming of uitvoering kan het nog wel gaan over hoe iets
    wordt uitgevoerd, maar meestal niet meer over of het gebeurt. Is een open punt zelf een
    vraag over of (een punt dat begint met 'Of') met echte ruimte (middel of groot) waarover het
    hoofdbesluit gaat, dan zegt pionieren dat dat punt nog open is, in plaats van 'niet meer over
    of'. Dat geldt ook voor een keuze tussen mogelijkheden die nog open is (welke van twee
    plekken), ook als inwoners daarover alleen hun mening geven. Een of-vraag met weinig ruimte,
    of een punt dat een ander orgaan beslist (de burgemeester over cameratoezicht), telt daarvoor
    niet. Een uitzondering is een proef (pilot)
    die vóór het besluit loopt: het besluit over of het blijft, komt dan pas na de proef. Ook
    als het vraagstuk al een werkvorm besloot waarin inwoners zelf beslissen (een
    burgerbegroting), zegt pionieren dit niet: dan beslissen inwoners.""",
    # the report cites the first: the ombudsman's rules for participation, not an opinion blog
    ["ombudsman-inspraak-2009", "ruimtemaker-2018"],
)
def fase(f: Feiten) -> list[Bevinding]:
    v = f.vraagstuk
    besluit = v.kaders.besluit_uiterlijk
    # a trial the case names that runs before the decision: the decision on whether it stays
    # still comes after it, so participation is not too late to be about whether
    proef_eerst = f.proef is not None and besluit is not None and f.proef[0] < besluit
    if (
        v.fase in (Fase.besluitvorming, Fase.uitvoering)
        and not proef_eerst
        and not _beslissen_besloten(f)
        and not f.initiatief_van_anderen
        and (v.ambitie is not None and v.ambitie.rang >= Trede.adviseren.rang)
    ):
        return [
            bevinding(
                "POORT-FASE",
                Ernst.let_op,
                "POORT-FASE.laat",
                fase=v.fase.value,
                ambitie=v.ambitie.value,
                # open points that are themselves about whether: the gate cannot say 'not whether'
                of=[p.onderwerp for p in v.kaders.open if _of_open(f, p)],
            )
        ]
    if v.fase is Fase.evaluatie:
        return [
            bevinding(
                "POORT-FASE",
                Ernst.info,
                "POORT-FASE.evaluatie",
                # the ombudsman is on involving people on time, not on evaluating policy
                bronnen=[],
            )
        ]
    if v.initiatiefnemer is Initiatiefnemer.raad and v.fase is Fase.verkenning:
        return [bevinding("POORT-FASE", Ernst.info, "POORT-FASE.raad_verkenning")]
    return []


@regel(
    "INVOER-INSTRUMENT",
    Thema.poort,
    "Het instrument uit de tekst staat ook in de velden",
    """Het advies begint bij het eigen instrument van de zaak, maar pionieren kan alleen lezen wat
    in de velden werkvormen en besluit staat. Noemt de titel, de omschrijving, de aanleiding of een
    punt onder kaders een instrument (zoals een referendum, burgerberaad, loting, uitdaagrecht,
    klankbordgroep of pilot) of een procedure (zoals een buitenplanse omgevingsplanactiviteit) dat
    die velden niet noemen, dan zegt pionieren welk veld u kunt invullen, en met welke waarde. Het
    is een tip, geen fout: misschien hoort het woord niet bij dit proces. pionieren zoekt alleen
    hele woorden en slaat een woord over na 'geen', 'niet' of 'zonder' en in een zin die over het
    verleden gaat. De opdracht ‘pionieren valideer’ geeft dezelfde tips; in het advies
    vervalt een tip over een werkvorm die al in het ontwerp staat. Zo'n tip komt er ook voor een
    plek waarvan de omwonenden niet bij de belanghebbenden staan (BELANG-PLEKKEN), en voor een
    werkvorm onder werkvormen die bijna zo heet als een werkvorm uit de catalogus (‘enqete’):
    anders telt die als eigen werkvorm, zonder kosten uit de catalogus.""",
    ["pionieren-2017", "vng-handreiking-participatie"],
)
def instrument_in_tekst(f: Feiten, ontwerp: Collection[str]) -> list[Bevinding]:
    """The hints of ``pionieren valideer`` as findings. ``ontwerp``: the werkvormen in the mix.

    Runs after the mix: a hint that only suggests a werkvorm the design already contains would
    contradict the report, so it is left out here (``valideer`` still shows it).
    """
    uit = []
    # with the places whose neighbours are not on the map (BELANG-PLEKKEN)
    catalogus = set(f.kennis.ids())
    hints = [
        *werkvorm_hints(f.vraagstuk, catalogus),
        *instrument_hints(f.vraagstuk, catalogus),
        *plek_hints(f.vraagstuk),
        *voorgeschiedenis_hints(f.vraagstuk),
        *budget_hints(f.vraagstuk),
    ]
    for hint in hints:
        if (
            hint.code != "werkvorm"
            and all(s.veld == "werkvormen" for s in hint.suggesties)
            and any(s.waarde in ontwerp for s in hint.suggesties)
        ):
            continue
        uit.append(bevinding("INVOER-INSTRUMENT", Ernst.let_op, bronnen=[], melding=hint.melding))
    return uit


VOORWAARDEN = (besluit_genomen, geen_ruimte, tijd, budget, kaders_helder, fase)
"""The preconditions, checked first and in this order (``instrument_in_tekst`` runs after the
mix)."""

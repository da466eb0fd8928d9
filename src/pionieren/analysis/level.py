"""Scope and ladder level: the highest step the kaders allow, and the step pionieren advises."""

from __future__ import annotations

import re

from pionieren import text
from pionieren.analysis.decision import (
    BESLISSER_NAAM,
    gemeente_beslist,
    gemeente_beslist_door,
    vastgoed_van_gemeente,
)
from pionieren.analysis.facts import PRIVAATRECHTELIJK_INGRIJPEND, VERGUNNING, Feiten, bevinding
from pionieren.analysis.geschil import feitengeschil
from pionieren.analysis.hoofdkeuze import volgorde
from pionieren.analysis.law import sluitstuk, sluitstuk_bezit
from pionieren.analysis.pakket import pakket_toezegging
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import (
    BesluitAdvies,
    Bevinding,
    Ernst,
    OnderwerpAdvies,
    Tekstdeel,
    TredeAdvies,
    deel,
)
from pionieren.input.model import Onderwerp, Toezegging
from pionieren.vocabulary import (
    Beslisser,
    Houding,
    Initiatiefnemer,
    Niveau,
    Procedure,
    Ruimte,
    Soort,
    SoortBelanghebbende,
    Trede,
)
from pionieren.woorden import gedeeld, kernwoorden, over

PLAFOND = {
    Ruimte.geen: Trede.informeren,
    Ruimte.klein: Trede.raadplegen,
    Ruimte.middel: Trede.adviseren,
    Ruimte.groot: Trede.meebeslissen,
}


@regel(
    "TREDE-ZONDER-AMBITIE",
    Thema.trede,
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


_NIET_VERRUIMBAAR = ("contract", "overeenkomst", "aanbesteding", "aanbesteed", "wet ", "wettelijk")


def kan_verruimen(
    f: Feiten, besluit: BesluitAdvies, onderwerpen: list[OnderwerpAdvies] | None = None
) -> bool:
    """Can the gemeente itself widen the kaders (on these points)? See
    :func:`niet_verruimbaar`."""
    return not niet_verruimbaar(f, besluit, onderwerpen)


#: a regulation of the gemeente's own, named on a point: 'binnen de huisvestingsverordening'
_EIGEN_REGELING = re.compile(r"verordening\b|\bAPV\b", re.IGNORECASE)


def buiten_aanvraag(f: Feiten, punt: Onderwerp) -> bool:
    """Under a permit for an applicant's plan, does a body of the gemeente decide this point,
    by the case's own word, outside the aanvraag: under a regulation of its own (voorrang in
    the huisvestingsverordening) or as owner in a private-law act (a huurovereenkomst, an
    opstalrecht)? Such a point is not what the permit decides, and not the applicant's plan
    (review 56a, Rijnhorst: 'Dit besluit gaat over de vraag of ... met voorrang ...')."""
    return (
        f.procedure in VERGUNNING
        and punt.door is not None
        and gemeente_beslist_door(punt.door)
        and not punt.partij
        and bool(
            _EIGEN_REGELING.search(punt.onderwerp)
            or PRIVAATRECHTELIJK_INGRIJPEND.search(punt.onderwerp)
        )
    )


def onder_verordening(f: Feiten, punt: Onderwerp) -> bool:
    """Does this point fall under a verordening of the gemeente outside the main decision (the
    raad sets it, art. 147 Gemeentewet): only the raad can widen its room."""
    return (
        f.vraagstuk.besluit is not None
        and f.vraagstuk.besluit.procedure is not Procedure.verordening
        and bool(_EIGEN_REGELING.search(punt.onderwerp))
        and buiten_aanvraag(f, punt)
    )


def _eigen_besluit(f: Feiten, besluit: BesluitAdvies, o: OnderwerpAdvies) -> bool:
    """Does a body of the gemeente decide this point in a decision of its own: on its own date
    (the college chooses the site before the permit is asked), or, outside a permit, as
    another body than the main decider (the raad on its own money for a province's road)?"""
    punt = next((p for p in f.vraagstuk.kaders.open if p.onderwerp == o.onderwerp), None)
    # only the case's own word on the point counts, not a decider derived for it
    if punt is None or punt.door is None or not gemeente_beslist_door(punt.door) or o.partij:
        return False
    if buiten_aanvraag(f, punt):
        return True
    eigen_datum = (
        punt.uiterlijk is not None and punt.uiterlijk != f.vraagstuk.kaders.besluit_uiterlijk
    )
    return eigen_datum or (punt.door is not besluit.door and f.procedure not in VERGUNNING)


def niet_verruimbaar(
    f: Feiten, besluit: BesluitAdvies, onderwerpen: list[OnderwerpAdvies] | None = None
) -> str:
    """Why the gemeente cannot widen the kaders itself (on these points), or '' when it can:
    'genomen' (the decision is taken), 'aanvraag' (the plan is an applicant's), 'ander'
    (another body or party decides), 'burgemeester' (his own power), 'contract', 'wet' or
    'gebonden' (both) (a fixed point resting on a contract or a law is about it: shares its
    content words; without points: any such). A point a body of the gemeente decides in a
    decision of its own (:func:`_eigen_besluit`) is its own to widen, also when another body
    takes the main decision (review 41: 'een ander beslist' on the raad's own money). Why: the
    report names only the cause that holds."""
    if f.vraagstuk.kaders.besluit_al_genomen:
        return "genomen"
    gebonden = [
        v
        for v in f.vraagstuk.kaders.vast
        if any(w in v.casefold() + " " for w in _NIET_VERRUIMBAAR)
    ]
    # first the cause on the point itself, then the one of the whole decision
    for o in onderwerpen or []:
        if o.door is not None and not gemeente_beslist_door(o.door):
            return "ander"
        if o.door is Beslisser.burgemeester:
            # his own powers (terrassen, openbare orde, cameratoezicht) and his own policy on
            # them: not 'een contract of de wet' (review 45b: the terrace policy)
            return "burgemeester"
        bindt = [v for v in gebonden if gedeeld(kernwoorden(o.onderwerp), kernwoorden(v))]
        if bindt:
            return _bron_van(bindt)
    eigen = bool(onderwerpen) and all(_eigen_besluit(f, besluit, o) for o in onderwerpen or [])
    if not eigen:
        if f.procedure in VERGUNNING:  # the gemeente judges an application; the plan is not hers
            return "aanvraag"
        if gemeente_beslist(besluit) is False or f.advies:
            # the kaders of another body's decision are not the gemeente's to widen
            return "ander"
    if onderwerpen is None:
        return _bron_van(gebonden) if gebonden else ""
    return ""


_CONTRACT = ("contract", "overeenkomst", "aanbesteding", "aanbesteed")


def _bron_van(vast: list[str]) -> str:
    """What binds these fixed points: 'contract', 'wet', or 'gebonden' when they name both."""
    soorten = {"contract" if any(w in v.casefold() for w in _CONTRACT) else "wet" for v in vast}
    return soorten.pop() if len(soorten) == 1 else "gebonden"


@regel(
    "TREDE-BOVEN-PLAFOND",
    Thema.trede,
    "De ambitie is hoger dan de kaders toelaten",
    """Wil de gemeente op een onderwerp hoger op de ladder dan de ruimte op dat onderwerp
    toelaat, dan volgt pionieren de ruimte en waarschuwt het. Er zijn twee eerlijke wegen: de
    gemeente stelt de ambitie bij en zegt dat open, of, als de gemeente zelf beslist en geen
    contract of wet in de weg staat, verruimt de raad of het college de kaders. Kan dat niet,
    dan noemt pionieren alleen de redenen die op die punten gelden (een ander beslist, de eigen
    bevoegdheid van de burgemeester, een contract, de wet, een aanvraag). Meer beloven dan waargemaakt kan worden is de meest genoemde fout
    in participatie. Heeft wie beslist de ambitie al toegezegd, op de uitkomst als geheel en
    bindend (coproduceren of meer), dan
    is die toezegging de ondergrens: dan zegt pionieren niet dat de kaders eerst ruimer moeten,
    maar dat de gemeente niet minder belooft en in de uitnodiging zegt wat de toezegging op de
    onderwerpen met minder ruimte betekent.""",
    # first the source on who sets the room (the report cites it after 'vergroot daar de
    # ruimte'), then the one on promising no more than the room allows
    ["bzk-raad-burgerparticipatie", "ombudsman-inspraak-2009"],
)
def boven_plafond(
    f: Feiten, onderwerpen: list[OnderwerpAdvies], besluit: BesluitAdvies
) -> list[Bevinding]:
    ambitie = f.vraagstuk.ambitie
    if ambitie is None:
        return []
    # the ambition binds every point but one another party decides by the case's own word
    # (an initiator's fund); the points of an applicant's plan carry the gemeente's ambition
    # a point where a commitment already made meets the kaders has its own, first warning
    strijdig = {o.onderwerp for o in in_strijd_met_toezegging(f, onderwerpen, besluit)}
    te_hoog = [
        o
        for o, punt in zip(onderwerpen, f.vraagstuk.kaders.open, strict=False)
        if ambitie.rang > o.maximaal.rang
        and not _van_een_ander(punt)
        and not bezwaren_als_voorwaarde(f, punt)  # its cap is the gemeente's condition
        and o.onderwerp not in strijdig
    ]
    if not te_hoog:
        return []
    vloer = toezegging_als_vloer(f, besluit)
    if vloer is not None and all(o.door is vloer.door for o in te_hoog):
        # the decider already promised the ambition on the whole outcome: that promise is the
        # floor, not 'meer kan pas als de raad de kaders verruimt' (review 51b, Meerwierum)
        return [
            bevinding(
                "TREDE-BOVEN-PLAFOND",
                Ernst.waarschuwing,
                "TREDE-BOVEN-PLAFOND.toegezegd",
                bronnen=["ombudsman-inspraak-2009", "bzk-raad-burgerparticipatie"],
                ambitie=ambitie.value,
                wie=BESLISSER_NAAM[vloer.door],
                trede=vloer.trede.value,
                onderwerpen=[o.onderwerp.rstrip(".") for o in te_hoog],
                hoogste=_hoogste(te_hoog).value,
                ruimer=[],
            )
        ]
    open_ = [o for o in onderwerpen if o.open]
    # widening is advised only on the points the gemeente itself can widen
    verruimbaar = [o for o in te_hoog if kan_verruimen(f, besluit, [o])]
    # the cause that holds when none can be widened (review 41: 'een ander beslist, of een
    # contract of de wet' where the college decides itself)
    redenen = {niet_verruimbaar(f, besluit, [o]) for o in te_hoog} - {""}
    if {"contract", "wet"} <= redenen:
        redenen = (redenen - {"contract", "wet"}) | {"gebonden"}
    # only a body certain to decide every such point is named: points of different bodies (the
    # raad's spelregels and the college's own points, review 42b) name none
    # a point under a verordening of the gemeente: the raad that sets it widens its room
    punten = {p.onderwerp: p for p in f.vraagstuk.kaders.open}
    doors = {
        Beslisser.raad
        if o.onderwerp in punten and onder_verordening(f, punten[o.onderwerp])
        else o.door
        for o in verruimbaar
    }
    wie = doors.pop() if len(doors) == 1 else None
    return [
        bevinding(
            "TREDE-BOVEN-PLAFOND",
            Ernst.waarschuwing,
            # where the room can be widened, the source on who sets it; where it cannot, the
            # one on saying openly that the ambition is lower
            bronnen=None
            if verruimbaar
            else ["ombudsman-inspraak-2009", "bzk-raad-burgerparticipatie"],
            ambitie=ambitie.value,
            genomen=f.vraagstuk.kaders.besluit_al_genomen,
            alle=len(te_hoog) == len(open_),
            hoogste=_hoogste(te_hoog).value,
            onderwerpen=[o.onderwerp.rstrip(".") for o in te_hoog],
            kan_verruimen=len(verruimbaar) == len(te_hoog),
            verruimbaar=len(verruimbaar),
            # every cause that holds, in a fixed order (review 45b: not the stock 'een ander
            # beslist, of een contract of de wet' where one of them holds)
            redenen=[r for r in _REDENEN if r in redenen],
            # only the body that decides a point can widen the room on it
            wie=BESLISSER_NAAM[wie] if wie is not None and gemeente_beslist_door(wie) else "",
            ruimer=[],
        )
    ]


def toezegging_als_vloer(f: Feiten, besluit: BesluitAdvies) -> Toezegging | None:
    """The promise the main decider already made on the whole outcome (no point marked or
    named in it) to keep to it (coproduceren or more), at or above the case's ambition; None
    otherwise. It is the floor: the report does not say that more needs wider kaders first,
    nor promise less than it. (A promise to weigh the advice binds no outcome: there the
    points with less room keep the usual warning.)"""
    v = f.vraagstuk
    t = v.besluit.toezegging if v.besluit else None
    if t is None or v.ambitie is None or t.trede.rang < v.ambitie.rang:
        return None
    if t.trede.rang < Trede.coproduceren.rang:
        return None
    if t.door is not besluit.door or not gemeente_beslist_door(t.door):
        return None
    if any(p.toegezegd for p in v.kaders.open) or genoemd_in_toezegging(f, besluit):
        return None
    return t


_REDENEN = ("genomen", "aanvraag", "ander", "burgemeester", "contract", "wet", "gebonden")


def _van_een_ander(punt: Onderwerp) -> bool:
    """Does the case itself say another party than the gemeente decides this point?"""
    return punt.door is not None and not gemeente_beslist_door(punt.door)


def _hoogste(onderwerpen: list[OnderwerpAdvies]) -> Trede:
    return max((o.maximaal for o in onderwerpen), key=lambda t: t.rang)


@regel(
    "TREDE-BUDGET",
    Thema.trede,
    "Het budget bepaalt wat de gemeente kan beloven",
    """Kan het budget geen werkvorm dragen waarin inwoners samen besluiten of samen doen, dan
    belooft het advies dat ook niet: het gaat uit van adviseren en zegt dat. Zo kloppen de
    toezegging per onderwerp en het ontwerp met elkaar. Meer budget is de andere weg; die kiest
    de gemeente zelf. (De analyse maakt het advies dan opnieuw, op adviseren.) Het bedrag dat
    het advies noemt, is het kleinste ontwerp dat samen besluiten of doen nog houdt. Heeft de
    raad of het college die trede al beloofd (een toezegging, of een aangenomen motie die
    vraagt 'samen met' inwoners te werken), dan verlaagt pionieren haar niet: het ontwerp wordt
    kleiner, en past ook dat niet, dan zegt het advies hoeveel geld erbij moet of dat de
    ambitie omlaag moet; die keuze is aan wie het budget vaststelt.""",
    ["ombudsman-inspraak-2009"],
)
def budget_verlaagd(f: Feiten, gevraagd: Trede, nodig: int) -> list[Bevinding]:
    """The finding for an advice made again at adviseren: the budget (``nodig`` is what the
    design with samen besluiten or samen doen would cost) cannot carry the ambition ``gevraagd``."""
    return [
        bevinding(
            "TREDE-BUDGET",
            Ernst.waarschuwing,
            ambitie=gevraagd.value,
            budget=f.vraagstuk.kaders.budget_euro or 0,
            nodig=nodig,
        )
    ]


@regel(
    "TREDE-ONDER-RUIMTE",
    Thema.trede,
    "De ambitie blijft ver onder de ruimte",
    """Laten de kaders op een onderwerp twee of meer treden meer toe dan de ambitie, dan zegt
    pionieren dat. Ruimte die er is maar niet wordt gegeven, voelt voor inwoners als achterhouden;
    soms is een lagere trede verstandig (weinig tijd, een verdeeld vraagstuk), maar leg dat dan
    uit.""",
    ["vng-handreiking-participatie", "movisie-participatieladder"],
)
def onder_ruimte(f: Feiten, onderwerpen: list[OnderwerpAdvies]) -> list[Bevinding]:
    ambitie = f.vraagstuk.ambitie
    if ambitie is None or (f.vraagstuk.besluit and f.vraagstuk.besluit.toezegging):
        return []
    # what the advice gives, not the ambition: a point that already gets its room (another
    # party's point, which the ambition does not bind) is not held back
    ruim = [
        o
        for o, punt in zip(onderwerpen, f.vraagstuk.kaders.open, strict=False)
        if o.maximaal.rang - o.trede.rang >= 2
        and not _van_een_ander(punt)
        # a choice or a condition has its own reason; the college's weighing wording under a
        # raad decision (rule TREDE-WEGEN) is none: its own point may still get more room
        and not (_eigen_reden(o) and not _college_weegt(o))
    ]
    if not ruim:
        return []
    return [
        bevinding(
            "TREDE-ONDER-RUIMTE",
            Ernst.let_op,
            ambitie=ambitie.value,
            onderwerpen=[
                {"onderwerp": o.onderwerp.rstrip("."), "tot": o.maximaal.value} for o in ruim
            ],
        )
    ]


@regel(
    "TREDE-TOEZEGGING-VOORAF",
    Thema.trede,
    "De toezegging die raad of college al deed",
    """Heeft de raad of het college al gezegd wat er met de uitkomst gebeurt, dan neemt pionieren
    die toezegging over en belooft het nooit meer. Gaat de ambitie verder dan de toezegging, dan
    zegt pionieren dat: inwoners houden de gemeente aan wat zij vooraf zei.""",
    ["ombudsman-inspraak-2009", "bzk-raad-burgerparticipatie"],
)
def toezegging_vooraf(
    f: Feiten, onderwerpen: list[OnderwerpAdvies], gezag: BesluitAdvies | None = None
) -> list[Bevinding]:
    besluit = f.vraagstuk.besluit
    if besluit is None or besluit.toezegging is None:
        return []
    t = besluit.toezegging
    wie = BESLISSER_NAAM[t.door]
    if t.door is besluit.door and besluit.orgaan and t.door is Beslisser.anders:
        # the body the case names (besluit.orgaan), review 44a; in a sentence without the
        # clause on how it decides (text.orgaan_kop)
        wie = text.orgaan_kop(besluit.orgaan)
    # a college promise about its proposal to the raad leaves the college's own later points
    genoemd = genoemd_in_toezegging(f, gezag)
    voorstel = [
        p.onderwerp.rstrip(".")
        for i, p in enumerate(f.vraagstuk.kaders.open)
        if gezag is not None
        and i not in genoemd
        and not any(q.toegezegd for q in f.vraagstuk.kaders.open)
        and voorstel_aan_raad(gezag, t.door, p.door)
    ]
    gemarkeerd_ = [p.onderwerp.rstrip(".") for p in f.vraagstuk.kaders.open if p.toegezegd]
    uit = [
        bevinding(
            "TREDE-TOEZEGGING-VOORAF",
            Ernst.info,
            "TREDE-TOEZEGGING-VOORAF.gedaan",
            wie=wie,
            tekst=t.tekst.rstrip(".") if t.tekst else "",
            trede=t.trede.value,
            punten=gemarkeerd_
            or [f.vraagstuk.kaders.open[i].onderwerp.rstrip(".") for i in genoemd],
            # named in the promise's words, not marked: ask to mark them (toegezegd: true)
            genoemd=not gemarkeerd_ and bool(genoemd),
            voorstel=[text.klein(p) for p in voorstel],
        )
    ]
    open_ = f.vraagstuk.kaders.open
    strijdig = in_strijd_met_toezegging(f, onderwerpen, gezag)
    if strijdig:
        # the promise names a point the kaders keep lower: settle that first, say it openly
        uit.append(
            bevinding(
                "TREDE-TOEZEGGING-VOORAF",
                Ernst.waarschuwing,
                "TREDE-TOEZEGGING-VOORAF.strijdig",
                wie=wie,
                trede=t.trede.value,
                onderwerpen=[o.onderwerp.rstrip(".") for o in strijdig],
                maximaal=_hoogste(strijdig).value,
                kan_verruimen=gezag is not None and kan_verruimen(f, gezag, strijdig),
            )
        )
    ambitie = f.vraagstuk.ambitie
    gemarkeerd = any(p.toegezegd for p in f.vraagstuk.kaders.open)
    # the warning holds only where the promise binds a point (or there are no points)
    gebonden = not open_ or any(
        (p.door or (gezag.door if gezag else None)) in (None, t.door)
        and not (gezag is not None and voorstel_aan_raad(gezag, t.door, p.door))
        for p in open_
    )
    if ambitie is not None and ambitie.rang > t.trede.rang and not gemarkeerd and gebonden:
        uit.append(
            bevinding(
                "TREDE-TOEZEGGING-VOORAF",
                Ernst.waarschuwing,
                "TREDE-TOEZEGGING-VOORAF.ambitie_hoger",
                ambitie=ambitie.value,
                wie=wie,
                trede=t.trede.value,
            )
        )
    return uit


def in_strijd_met_toezegging(
    f: Feiten, onderwerpen: list[OnderwerpAdvies], besluit: BesluitAdvies | None
) -> list[OnderwerpAdvies]:
    """The points a commitment already made names, where the kaders allow less than it."""
    t = f.vraagstuk.besluit.toezegging if f.vraagstuk.besluit else None
    if t is None:
        return []
    return [
        onderwerpen[i]
        for i in genoemd_in_toezegging(f, besluit)
        if onderwerpen[i].maximaal.rang < t.trede.rang
    ]


#: A promise that nobody loses something: 'geen club raakt haar uren kwijt', 'niemand verliest
#: zijn plek', 'niets gaat minder'.
_NIETS_KWIJT = re.compile(
    r"\b(?:geen|niemand|niets)\b[^,;:.]*?\b(?:kwijt\w*|verlie\w+|inlever\w*|minder)\b[^,;:.]*",
    re.IGNORECASE,
)
#: What an option takes away: 'met minder uren', 'minder openingstijden'.
_MINDER = re.compile(r"\bminder\s+(\w{4,})", re.IGNORECASE)
#: A fixed cut: 'geeft elk jaar 310.000 euro minder uit', 'een bezuiniging van'.
_VASTE_BEZUINIGING = re.compile(
    r"\bbezuinig\w*|\bminder\s+(?:geld\s+)?uit\b|\beuro\s+minder\b|\bminder\s+geld\b",
    re.IGNORECASE,
)


def _zelfde_ding(woord: str, tekst: str) -> bool:
    """Does the text name the thing (as a word or the end of a compound: 'uren', 'zaaluren')?"""
    w = woord.casefold()
    return any(
        x == w or (x.endswith(w) and len(w) >= 4) for x in re.findall(r"\w+", tekst.casefold())
    )


def _mogelijkheid(onderwerp: str, plek: int) -> str:
    """The option of a choice that holds the words at ``plek``: the part between ', of '
    ('Of de gemeente beide hallen openhoudt, met minder uren, of De Vlasakker sluit')."""
    begin = onderwerp.rfind(", of ", 0, plek)
    eind = onderwerp.find(", of ", plek)
    deel_ = onderwerp[begin + 5 if begin >= 0 else 0 : eind if eind >= 0 else len(onderwerp)]
    deel_ = deel_.strip().rstrip(".")
    # a choice written as a question ('Of de gemeente ...') reads as 'de mogelijkheid dat ...'
    vraag = re.match(r"^of\s+", deel_, flags=re.IGNORECASE)
    return f"dat {text.klein(deel_[vraag.end() :])}" if vraag else f"‘{deel_}’"


@regel(
    "TREDE-TOEZEGGING-BOTST",
    Thema.trede,
    "Een toezegging die botst met een mogelijkheid of een vast punt",
    """Belooft een toezegging dat niemand iets kwijtraakt ('geen club raakt haar uren kwijt'),
    dan legt pionieren haar naast elke open mogelijkheid en elk vast punt. Neemt een
    mogelijkheid juist dat weg ('met minder uren'), of ligt er een bezuiniging vast, dan zegt het
    rapport dat hardop: wie de toezegging deed, zoekt vóór de uitnodiging uit of hij haar in elke
    mogelijkheid kan houden, en zegt het anders nu, aan deelnemers en aan wie beslist. Een
    belofte die later niet blijkt te kloppen, kost meer vertrouwen dan een eerlijk nee vooraf.""",
    ["ombudsman-inspraak-2009", "bzk-raad-burgerparticipatie"],
)
def toezegging_botst(f: Feiten, besluit: BesluitAdvies | None = None) -> list[Bevinding]:
    v = f.vraagstuk
    t = v.besluit.toezegging if v.besluit else None
    if t is None or not t.tekst:
        return []
    belofte = _NIETS_KWIJT.search(t.tekst)
    if belofte is None:
        return []
    zin = belofte.group(0).strip()
    mogelijkheden = [
        _mogelijkheid(p.onderwerp, m.start())
        for p in v.kaders.open
        for m in _MINDER.finditer(p.onderwerp)
        if _zelfde_ding(m.group(1), zin)
    ]
    bezuinigingen = [text.kort(x) for x in v.kaders.vast if _VASTE_BEZUINIGING.search(x)]
    if not mogelijkheden and not bezuinigingen:
        return []
    beslist = besluit.door if besluit is not None else None
    return [
        bevinding(
            "TREDE-TOEZEGGING-BOTST",
            Ernst.waarschuwing,
            wie=BESLISSER_NAAM[t.door],
            belofte=zin,
            mogelijkheden=mogelijkheden[:1],
            vast=bezuinigingen[:1],
            beslist=BESLISSER_NAAM[beslist]
            if beslist is not None and beslist is not t.door and gemeente_beslist_door(beslist)
            else "",
        )
    ]


@regel(
    "TREDE-KADERS-RAAD",
    Thema.trede,
    "Bindende treden vragen kaders van de raad",
    """Bij coproduceren en meebeslissen verbindt de gemeente zich aan de uitkomst. Dat kan alleen
    als de raad vooraf de kaders heeft gesteld; anders kan de raad de uitkomst later terzijde
    leggen, en dat ervaren deelnemers als verraad. pionieren waarschuwt als de raad de kaders nog
    niet heeft gesteld. Een motie van de raad hierover, of een eigen toezegging van de raad over
    wat hij met de uitkomst doet, telt als gesteld.""",
    ["bzk-raad-burgerparticipatie", "griffie-raad-participatie", "gemeente-nu-representatief"],
)
def kaders_raad(f: Feiten, advies: Trede, besluit: BesluitAdvies) -> list[Bevinding]:
    if f.raad_kaders_gesteld or advies.rang < Trede.coproduceren.rang:
        return []
    if besluit.door is not None and besluit.door is not Beslisser.raad:
        return []
    return [bevinding("TREDE-KADERS-RAAD", Ernst.waarschuwing, trede=advies.value)]


@regel(
    "TREDE-TOEZEGGING",
    Thema.trede,
    "Wat de gemeente toezegt",
    """Bij elke trede hoort een toezegging: wat de gemeente belooft te doen met de inbreng.
    pionieren noemt die toezegging bij het advies, zodat iedereen vooraf weet waar hij aan toe
    is. Beslist een ander over een onderwerp, dan doet die ander de toezegging. pionieren noemt
    hem bij naam: de partij die het vraagstuk bij het onderwerp noemt, de initiatiefnemer, of de
    ene organisatie of overheid die in de tekst van het onderwerp staat.""",
    ["vng-handreiking-participatie", "iap2-spectrum"],
)
def toezegging(f: Feiten, advies: Trede) -> list[Bevinding]:
    trede = f.kennis.ladder.trede(advies)
    return [
        bevinding(
            "TREDE-TOEZEGGING",
            Ernst.info,
            trede=advies.value,
            toezegging=" ".join(trede.toezegging.split()),
        )
    ]


def genoemd_in_toezegging(f: Feiten, besluit: BesluitAdvies | None) -> list[int]:
    """The open points a commitment made without marks names by a word of their own (one no
    other open point has: 'losloopgebied'), in a sentence that is not negated. A promise of
    zelfbeheer is about what the initiator decides itself; any other step about the points of
    whoever made it. A promise that names every point names none in particular."""
    v = f.vraagstuk
    t = v.besluit.toezegging if v.besluit else None
    open_ = v.kaders.open
    if t is None or not t.tekst or any(p.toegezegd for p in open_):
        return []
    woorden = [kernwoorden(p.onderwerp) for p in open_]
    eigen = [
        " ".join(
            w
            for w in ws
            if not any(gedeeld([w], andere) for j, andere in enumerate(woorden) if j != i)
        )
        for i, ws in enumerate(woorden)
    ]
    genoemd = over(_zonder_namen(f, t.tekst), eigen)
    if len(genoemd) == len(open_):
        return []
    uit = []
    for i in genoemd:
        punt = open_[i]
        if t.trede is Trede.zelfbeheer:
            if eigen_domein(f, punt.door):
                uit.append(i)
            continue
        # a promise that names a point by its own words binds it, also when the college
        # promised it on a point it decides itself after the raad's decision (review 27)
        wie = punt.door or (besluit.door if besluit else None)
        if wie in (None, t.door) and not van_eigen_partij(punt):
            uit.append(i)
    return uit


def _zonder_namen(f: Feiten, tekst: str) -> str:
    """The promise without the names of the organisations it names: 'Dorpsraad Wetering' or
    'de afdeling Markenveld van de Fietsersbond' is whom the promise asks, not a point it is
    about (review 48e: the college's promise to ask Dorpsraad Wetering for advice on the route
    was printed as 'al gedaan' on the later point about the village streets of Wetering, and
    'Fietsersbond' on the point about farmers and cyclists)."""
    namen = [
        p.naam for p in f.vraagstuk.belanghebbenden if p.soort is not SoortBelanghebbende.inwoners
    ]
    for naam in sorted(namen, key=len, reverse=True):
        tekst = re.sub(re.escape(naam), " ", tekst, flags=re.IGNORECASE)
    woorden = {w for naam in namen for w in re.findall(r"\b[A-Z][\w-]+", naam)}
    # a capitalised word of such a name (a place, the union) that still stands, not at the
    # start of a sentence
    return re.sub(
        r"(?<![.!?(]\s)(?<!^)\b[A-Z][\w-]+",
        lambda m: " " if m.group(0) in woorden else m.group(0),
        tekst,
    )


def van_eigen_partij(punt: Onderwerp) -> bool:
    """Does a party of its own (``partij``) decide this point? A promise names no party: it is
    the promise of the main decider (or of the gemeente body that made it), so it neither binds
    nor covers a point another named party decides (review 44a: the afvalschap's promise was
    printed as the corporations' and the colleges' 'al gedaan'). That party is asked for a
    promise of its own."""
    return punt.partij is not None


def beslist_over(punt: Onderwerp) -> Beslisser | None:
    """Who decides this open point, as every place of the report names it: the body the case
    gives, corrected where the law gives the power to another. The future of the gemeente's own
    building (sale, lease, transfer) is the college's act (art. 160 lid 1 onder e Gemeentewet),
    also when the case says the raad decides; the raad gives wensen en bedenkingen (rule
    ROL-RAAD).

    Why: review 55d (Hunsewold): the body said the college decides on the kazernegebouw, the
    summary table still read 'De gemeenteraad, 6 juli 2028'."""
    if punt.door is Beslisser.raad and vastgoed_van_gemeente(punt.onderwerp):
        return Beslisser.college
    return punt.door


def _onderwerpen(f: Feiten, besluit: BesluitAdvies) -> list[OnderwerpAdvies]:
    """The level per open point, and informeren for what is fixed.

    A commitment already made is kept: on the points marked ``toegezegd`` at exactly its step
    (a promise made is the room, whatever the room seemed); without marks it caps the points
    of whoever made it, and is quoted where the advice lands on its step."""
    v = f.vraagstuk
    k = v.kaders
    ambitie = v.ambitie
    vooraf = v.besluit.toezegging if v.besluit else None
    gemarkeerd = any(p.toegezegd for p in k.open)
    genoemd = genoemd_in_toezegging(f, besluit)
    uit = []
    for i, punt in enumerate(k.open):
        ruimte = punt.ruimte or k.beinvloedingsruimte
        maximaal = plafond_voor(f, ruimte, besluit, eigen_ruimte=punt.ruimte is not None)
        if vooraf is not None and punt.toegezegd:
            uit.append(
                OnderwerpAdvies(
                    onderwerp=punt.onderwerp,
                    open=True,
                    ruimte=ruimte,
                    maximaal=max(maximaal, vooraf.trede, key=lambda t: t.rang),
                    trede=vooraf.trede,
                    toezegging=_toezegging_tekst(f, vooraf.trede, vooraf.door, eigen=True),
                    # who decides on the point, not who made the promise (review 51a: a
                    # wethouder's promise on points the raad decides named the college)
                    door=beslist_over(punt) or besluit.door,
                    toegezegd=bool(vooraf.tekst),
                    # another body by name, as on the points it did not promise (review 55c:
                    # 'Een partij buiten de gemeente beslist zelf over' the peil the AB decides)
                    partij=_partij(f, punt, punt.door or besluit.door),
                )
            )
            continue
        if punt.door is Beslisser.burgemeester and ONDERMIJNING.search(punt.onderwerp):
            # his fight against crime (drug labs in empty barns, ondermijning): what the police
            # and the owners do stays out of a public round; inwoners hear what happens, the
            # partners are consulted (review 47a: a public enquête on policing drug labs)
            maximaal = Trede.informeren
        voorwaarde = bezwaren_als_voorwaarde(f, punt)
        door = (
            Beslisser.college
            if voorwaarde or in_verkeersbesluit(f, punt, besluit)
            else (beslist_over(punt) or wegbeheerder(f, punt, _wie_zegt_toe(f, besluit)))
        )
        # a point another party decides (the initiator's fund, a covenant with the neighbours,
        # the content of an applicant's plan)
        ander = door is not None and not gemeente_beslist_door(door)
        if ander and not eigen_domein(f, door):
            # where a company or a third body decides, inwoners can at most decide along
            maximaal = _min(maximaal, Trede.meebeslissen)
        if voorwaarde or in_verkeersbesluit(f, punt, besluit):
            # the gemeente sets how the initiators weigh the neighbours' objections; the
            # college weighs the interests in each verkeersbesluit itself
            maximaal = _min(maximaal, Trede.adviseren)
        if onafhankelijk_bestuur(f, punt, door):
            # a school board or an independent regulator decides by its own route: inwoners
            # are heard there, they do not advise it in this process (rule TREDE-ONAFHANKELIJK)
            maximaal = _min(maximaal, Trede.raadplegen)
        grens = maximaal
        if ander and eigen_domein(f, door) and v.initiatiefnemer is not Initiatiefnemer.inwoners:
            # a foundation or a school board decides its own point: the room is its regie
            # (zelfbeheer, not lowered); inwoners decide at most along, as it lets them
            grens = _min(grens, Trede.meebeslissen)
        # a commitment binds the points of whoever made it, not a point another party decides
        # (the raad's promise on its advice does not cap the initiator's fund)
        # (and a college's promise does not cap what the raad may give when the raad decides,
        # nor, being about the proposal to the raad, the college's own later decisions)
        wie = punt.door or besluit.door
        geldt = (
            vooraf is not None
            and not gemarkeerd
            and (wie is None or vooraf.door is wie)
            and not van_eigen_partij(punt)
            and not voorstel_aan_raad(besluit, vooraf.door, punt.door)
        )
        if (
            vooraf is not None
            and geldt
            and vooraf.trede.rang < grens.rang
            # a promise on the plan does not cap what each household decides about its own
            # house (review 43d: the owner 'advised' the corporation about selling his house)
            and not (punt.eigen_bezit and i not in genoemd)
        ):
            grens = vooraf.trede
        # a point the case gives to another party gets no more than the case's ambition,
        # unless that party promised more itself (rule TREDE-PLAFOND); the inwoners'
        # own initiative on its own point keeps what its room allows (zelfbeheer)
        eigen_punt = (
            _van_een_ander(punt)
            and eigen_domein(f, punt.door)
            and (v.initiatiefnemer is Initiatiefnemer.inwoners)
        )
        hoogst = ambitie
        if (
            ambitie is not None
            and vooraf is not None
            and _van_een_ander(punt)
            and vooraf.door is door
            and vooraf.trede.rang > ambitie.rang
        ):
            hoogst = vooraf.trede
        trede = zonder_ambitie(f, grens) if hoogst is None or eigen_punt else _min(hoogst, grens)
        if punt.door is Beslisser.initiatiefnemer and punt.partij is None:
            trede = ruimte_initiatiefnemer(grens, trede, ruimte)
        middel = sluitstuk(punt)
        regeling = punt.eigen_bezit and middel is None and regeling_van_ander(punt, door)
        if regeling:
            # each owner decides on his own land within another body's scheme (a province's
            # regeling): the gemeente informs, refers and reports back; it makes no agreement
            # it is no party to (rule TREDE-EIGEN-BEZIT; review 55c: 'coproduceren' on the
            # farms' own measures under the provincial veenweideregeling)
            trede = _min(Trede.informeren, grens)
        elif punt.eigen_bezit and middel is None:
            # each household decides on its own garden or house, within the kaders: not the
            # case's ambition, never above the room of the point (rule TREDE-EIGEN-BEZIT)
            trede = eigen_bezit_trede(grens)
        elif middel is not None:
            # his land or the cables through it: the owner negotiates, another decides, with
            # the law's last resort behind it; he gives no advice that is 'in principle'
            # followed (rule WET-SLUITSTUK; review 48e)
            trede = _min(Trede.adviseren, grens)
        deel_: Tekstdeel | None = None
        binding = geen_binding(f, punt, door, trede, besluit, vooraf)
        if binding is not None:
            trede = Trede.adviseren
            deel_ = binding
        elif voorwaarde:
            deel_ = deel("TREDE-VOORWAARDE.toezegging", procedure=f.procedure or "")
        elif not punt.eigen_bezit and keuze_verdeelt(
            f,
            punt,
            besluit,
            geldt,
            # the decider's own promise at this level stands on a point that is no choice
            belofte=vooraf is not None
            and vooraf.trede is trede
            and (wie is None or vooraf.door is wie),
        ):
            # the raad that makes a choice in a strongly divided case hears everyone; whoever
            # else decides a choice asks advice on criteria known beforehand
            # not the case's main choice, that the other points work out (rule MIX-VOLGORDE):
            # it gets at least the level of its details, not less
            omlaag = (
                is_keuze(punt)
                and _raad_kiest(f, punt, besluit)
                and trede.rang > Trede.raadplegen.rang
                and not is_hoofdkeuze(f, punt, besluit)
            )
            if omlaag or trede is Trede.adviseren:
                trede = Trede.raadplegen if omlaag else trede
                deel_ = deel(
                    "TREDE-KEUZE.toezegging",
                    door=(wie or Beslisser.raad).value,
                    advies=trede is Trede.adviseren,
                )
        if (
            vooraf is not None
            and i in genoemd
            and deel_ is None
            and trede.rang < vooraf.trede.rang <= grens.rang
        ):
            # a promise made on this point is kept where its room allows it; where the room
            # does not, TREDE-TOEZEGGING-VOORAF names the conflict first
            trede = vooraf.trede
        if vooraf is not None and i in genoemd and punt.door is None and deel_ is None:
            # whoever promised something on a point the case leaves open, decides it
            door = vooraf.door
        eigen = (
            deel_ is None
            and vooraf is not None
            and not gemarkeerd
            and bool(vooraf.tekst)
            and vooraf.trede is trede
            and not van_eigen_partij(punt)
            and (
                i in genoemd
                or (
                    door in (None, vooraf.door)
                    and not voorstel_aan_raad(besluit, vooraf.door, punt.door)
                )
            )
        )
        if middel is not None and deel_ is None:
            deel_ = deel("WET-SLUITSTUK.toezegging", middel=middel, bezit=sluitstuk_bezit(punt))
        # a dispute over facts or rights is checked case by case, not weighed as an opinion
        # (rule TREDE-FEITEN)
        feiten = feitengeschil(punt.onderwerp) and not punt.eigen_bezit
        if feiten and deel_ is None:
            deel_ = feiten_toezegging(besluit)
        if regeling and deel_ is None:
            deel_ = deel("TREDE-EIGEN-BEZIT.regeling", orgaan=_partij(f, punt, door))
        if punt.eigen_bezit and deel_ is None and trede is Trede.meebeslissen:
            deel_ = deel("TREDE-EIGEN-BEZIT.toezegging")
            if (door or besluit.door) is Beslisser.raad:
                # the raad signs no agreement with a household and promises nothing on its own
                # decision: the college, which carries out what the raad decides, makes the
                # agreement with each household (rule TREDE-EIGEN-BEZIT; review 65a: 'Laat de
                # gemeenteraad toezeggen. Meebeslissen: Elk huishouden beslist zelf')
                door = Beslisser.college
        if deel_ is None and not eigen:
            # the point goes into a package voted on afterwards: the answer comes before the
            # vote (rule TREDE-PAKKET)
            deel_ = pakket_toezegging(f, punt, trede, punt.onderwerp in _later(f, besluit))
        if deel_ is None and not eigen:
            # fixed criteria bind this point: the advice is weighed against them
            deel_ = criteria_toezegging(f, punt, trede, punt.onderwerp in _later(f, besluit))
        orgaan = None if eigen else ander_orgaan_toezegging(f, punt, trede, door)
        if orgaan is not None and (deel_ is None or deel_.sleutel in _NAMENS_ANDER):
            # the gemeente promises no weighing on another body's behalf: what it can do
            # itself (rule TREDE-ANDER-ORGAAN)
            deel_ = orgaan
        if deel_ is None and not eigen:
            # a decision with a formal zienswijze round: the outcome is taken over unless a
            # zienswijze gives reason to differ, with reasons (rule TREDE-ZIENSWIJZE)
            deel_ = zienswijze_toezegging(f, trede, door, besluit)
        if deel_ is None and not eigen:
            # a decider outside the gemeente, or a raad that weighs many interests: no 'in
            # principe over' (rule TREDE-WEGEN)
            deel_ = wegen_toezegging(f, trede, door)
        uit.append(
            OnderwerpAdvies(
                onderwerp=punt.onderwerp,
                open=True,
                ruimte=ruimte,
                maximaal=maximaal,
                trede=trede,
                toezegging=_toezegging_tekst(f, trede, door, eigen=eigen),
                door=door,
                toegezegd=eigen,
                eigen_bezit=punt.eigen_bezit,
                feiten=feiten,
                budgetrecht=deel_ is None and not eigen and budgetrecht(punt, trede, door),
                partij=_partij(f, punt, door),
                toezegging_deel=deel_,
                # the college as wegbeheerder or in its verkeersbesluiten, not as the body of
                # the main decision: derived, and not part of that decision
                buiten_besluit=not voorwaarde
                and (
                    in_verkeersbesluit(f, punt, besluit)
                    or buiten_aanvraag(f, punt)
                    or (
                        punt.door is None
                        and wegbeheerder(f, punt, _wie_zegt_toe(f, besluit))
                        is not _wie_zegt_toe(f, besluit)
                    )
                ),
            )
        )
    from pionieren.analysis.law import noot_bij_vast

    for vast in k.vast:
        uit.append(
            OnderwerpAdvies(
                onderwerp=vast,
                noot=noot_bij_vast(f, vast),
                open=False,
                ruimte=Ruimte.geen,
                maximaal=Trede.informeren,
                trede=Trede.informeren,
                toezegging=" ".join(f.kennis.ladder.trede(Trede.informeren).toezegging.split()),
                door=besluit.door,
            )
        )
    return uit


def eigen_domein(f: Feiten, door: Beslisser | None) -> bool:
    """Is this a point the initiator decides itself, an initiator of society (inwoners, a
    foundation, an association)? Its own domain is not the gemeente's to lower: there the
    gemeente's step is to leave the regie to it (zelfbeheer, as far as the room goes)."""
    if door is Beslisser.anders:
        return f.vraagstuk.initiatiefnemer is Initiatiefnemer.inwoners
    return door is Beslisser.initiatiefnemer and f.vraagstuk.initiatiefnemer in (
        Initiatiefnemer.inwoners,
        Initiatiefnemer.maatschappelijke_organisatie,
    )


def voorstel_aan_raad(
    besluit: BesluitAdvies, maker: Beslisser, punt_door: Beslisser | None
) -> bool:
    """Is this a college commitment about its proposal to the raad, on a point the college
    decides itself later? When the raad decides, what the college promised is about how it
    prepares the raad's decision; its own later decisions (the points marked door: college)
    are outside it, unless the case marks them toegezegd."""
    return (
        maker is Beslisser.college
        and besluit.door is Beslisser.raad
        and punt_door is Beslisser.college
    )


#: Promises the decider makes on its own weighing: not the gemeente's to make for another body.
_NAMENS_ANDER = frozenset(
    {
        "TREDE-KEUZE.toezegging",
        "TREDE-CRITERIA.toezegging",
        "TREDE-PAKKET.toezegging",
        "TREDE-GEEN-BINDING.toezegging",
    }
)


def _partij(f: Feiten, punt: Onderwerp, door: Beslisser | None) -> str:
    """The other party by name: the case's own word, or the initiator the case names."""
    if punt.partij:
        return punt.partij
    if door is Beslisser.initiatiefnemer:
        namen = [p.naam for p in f.vraagstuk.belanghebbenden if p.initiatiefnemer]
        return text.opsomming(namen) if namen else ""
    orgaan = f.vraagstuk.besluit.orgaan if f.vraagstuk.besluit else None
    if orgaan and door is Beslisser.anders and punt.door is None:
        return orgaan  # the body the case names as the one that decides (besluit.orgaan)
    if door is Beslisser.anders and punt.door is None:
        # the point follows the main decision of another body: that body is the one authority
        # the case marks as initiator (the province that rebuilds its road); a word the point
        # shares with a stakeholder's name ('langs de Dorpsstraat') does not make that
        # stakeholder the decider
        namen = [
            p.naam
            for p in f.vraagstuk.belanghebbenden
            if p.initiatiefnemer and p.soort is SoortBelanghebbende.overheid
        ]
        return namen[0] if len(namen) == 1 else ""
    if door is Beslisser.anders:
        # the one organisation or authority the onderwerp itself names ('het provinciale stuk'
        # and 'Provincie Gelderland'); none when it names no party or more than one
        genoemd = [
            p.naam
            for p in f.vraagstuk.belanghebbenden
            if p.soort not in (SoortBelanghebbende.inwoners, SoortBelanghebbende.politiek)
            and noemt(punt.onderwerp, p.naam)
        ]
        if len(genoemd) == 1:
            return genoemd[0]
        if not genoemd:
            # the one party the case names as running its own form on this point (the
            # wijkplatform that runs the wijkbudget the point is about)
            naam_van = {p.naam.casefold(): p.naam for p in f.vraagstuk.belanghebbenden}
            woorden = kernwoorden(punt.onderwerp)
            lopen = {
                naam_van[w.door.casefold()]
                for w in f.vraagstuk.werkvormen
                if w.door
                and w.door.casefold() in naam_van
                and gedeeld(woorden, kernwoorden(w.id.replace("-", " ")))
            }
            return lopen.pop() if len(lopen) == 1 else ""
    return ""


#: Words in a party's name that do not tell which party it is.
_ALGEMEEN = frozenset(
    {
        "gemeente",
        "bewoners",
        "inwoners",
        "omwonenden",
        "vereniging",
        "stichting",
        "organisatie",
        "ondernemers",
        "wonen",
        "buurt",
        "dorpen",
        "wijk",
    }
)


def noemt(onderwerp: str, naam: str) -> bool:
    """Does the onderwerp name this party: a telling word of its name, also as the start of a
    longer word ('provinciale' for 'Provincie')?"""
    woorden = re.findall(r"[a-zà-ÿ]+", onderwerp.lower())
    for woord in re.findall(r"[a-zà-ÿ]+", naam.lower()):
        if len(woord) < 5 or woord in _ALGEMEEN:
            continue
        stam = woord[: max(5, len(woord) - 2)]
        if any(w.startswith(stam) for w in woorden):
            return True
    return False


_KEUZE = re.compile(
    r"\bwelke? van de (?:twee|drie|vier|\d+)\b|\bkiezen tussen\b|\bkeuze tussen\b"
    # a whether-question ('Of de markt terugkeert'): yes or no is a choice between two outcomes
    r"|^\s*of\s"
    # a tariff: what the one pays, the other receives
    r"|\b\w*tarie[fv]\w*",
    re.IGNORECASE,
)


def is_keuze(punt: Onderwerp) -> bool:
    """Is this open point a choice between options (the field keuze, or its wording)?"""
    return punt.keuze if punt.keuze is not None else bool(_KEUZE.search(punt.onderwerp))


def is_of_vraag(punt: Onderwerp) -> bool:
    """Is this open point itself about whether something happens ('Of de markt terugkeert')?"""
    return bool(re.match(r"\s*of\s", punt.onderwerp, re.IGNORECASE))


def verdeeld(f: Feiten) -> bool:
    """Is the case divided: strongly polarised (4 or 5), or polarised (3) with parties both for
    and against?"""
    pol = f.vraagstuk.polarisatie or 0
    houdingen = {p.houding for p in f.vraagstuk.belanghebbenden}
    return pol >= 4 or (pol >= 3 and {Houding.voor, Houding.tegen} <= houdingen)


def _raad_kiest(f: Feiten, punt: Onderwerp, besluit: BesluitAdvies) -> bool:
    """Does the raad make this choice in a strongly divided case (polarisatie 4 or 5)?"""
    return (f.vraagstuk.polarisatie or 0) >= 4 and (punt.door or besluit.door) is Beslisser.raad


def is_hoofdkeuze(f: Feiten, punt: Onderwerp, besluit: BesluitAdvies) -> bool:
    """Is this point the case's main choice, with other points that work out its details
    (rule MIX-VOLGORDE)?"""
    v = volgorde(f.vraagstuk.kaders.open, besluit.door)
    return v is not None and v.hoofd == punt.onderwerp


@regel(
    "TREDE-KEUZE",
    Thema.trede,
    "Een keuze tussen groepen in een verdeeld vraagstuk",
    """Is een open punt een keuze waarbij wat de ene groep wint, de andere verliest (welk van
    twee zwembaden openblijft, of de markt terugkeert, de hoogte van een tarief), en is het
    vraagstuk verdeeld (polarisatie 4 of 5, of 3 met zowel voor- als tegenstanders), dan kan
    wie beslist geen advies 'in principe overnemen': elke groep geeft een ander advies. Op
    adviseren zegt pionieren daarom toe dat de criteria vooraf bekend zijn, dat het besluit per
    standpunt laat zien hoe het is gewogen en dat het aantal voor- of tegenstanders niet
    beslist. Een keuze tussen twee of meer genoemde opties (keuze met opties: welke plek, welk
    tracé) en een punt dat voor- en tegenstanders delen, krijgen die belofte ook in een rustig
    vraagstuk: de mensen bij elke optie adviseren tegen 'hun' optie. Maakt de raad die keuze in een sterk verdeeld vraagstuk, dan adviseert pionieren
    raadplegen met dezelfde belofte, behalve bij de hoofdkeuze waarvan andere punten de details
    uitwerken (regel MIX-VOLGORDE): die blijft adviseren met die belofte, want wie over de
    details adviseert, adviseert ook over de keuze zelf. Heeft wie beslist al iets anders
    toegezegd, dan geldt dat.
    Op meebeslissen of hoger (een burgerberaad, een eigen budget) blijft de trede staan: dan
    beslist de groep samen. De andere punten houden de trede die hun eigen ruimte toelaat. Een
    keuze herkent pionieren aan het veld keuze, of aan de tekst ('welk van de twee', 'kiezen
    tussen', een punt dat begint met 'Of', een tarief). Dezelfde belofte (niet het lagere
    raadplegen) geldt voor een punt dat iets schaars over mensen verdeelt (voorrang, de
    toewijzing van woningen), ook als een vereniging of een bedrijf erover beslist, en voor een
    punt dat voor- en tegenstanders delen: de naam van een groep die voor is en van een groep
    die tegen is (belang middel of hoog) noemt elk een eigen woord van het punt, zoals eigenaren
    die tegen zijn en heemkundekringen die voor zijn bij welke panden op de lijst komen. In een
    sterk verdeeld vraagstuk (polarisatie 4 of 5) geldt die belofte voor elk punt op adviseren:
    daar geven groepen op elk punt een ander advies, ook waar het punt geen keuze noemt. Niet
    waar vaste eisen het punt binden of waar het pas na het besluit wordt uitgewerkt: daar
    noemt de belofte die eisen en wanneer het antwoord komt (regel TREDE-CRITERIA).""",
    ["ombudsman-inspraak-2009", "gemeente-nu-representatief", "movisie-participatieladder"],
)
def keuze_verdeelt(
    f: Feiten, punt: Onderwerp, besluit: BesluitAdvies, toegezegd: bool, belofte: bool = False
) -> bool:
    """Is this point a zero-sum choice in a divided case, without a commitment that says
    otherwise (``toegezegd``: a commitment applies to the point)? Also a point that hands out
    something scarce (priority, the allocation of homes), and one the parties for and against
    share (:func:`tegenover`): their advice will be split. In a strongly divided case every
    point, unless the decider's own promise at this level already stands (``belofte``)."""
    if toegezegd:
        return False
    # a choice between named options, or a point that parties for and against share, splits
    # the advice also in a calm case: the people of each option advise against 'their' option
    # (review 48e: 'in principe over' on which of three sites or routes)
    if (is_keuze(punt) and len(punt.opties or []) >= 2) or tegenover(f, punt):
        return True
    if not verdeeld(f):
        return False
    # strongly divided (polarisation 4 or 5): groups advise the opposite on every point, not
    # only on a choice (review 46a: 'in principe over' on the rules for holiday rental, where
    # the village councils and the entrepreneurs will advise opposite things)
    # (not a point fixed criteria bind, or one worked out after the decision: those promises
    # name the criterion and when the answer comes, rule TREDE-CRITERIA)
    sterk = (
        (f.vraagstuk.polarisatie or 0) >= 4
        and not belofte
        and not punt.na_besluit
        and not vaste_eisen(f, punt)
    )
    return sterk or is_keuze(punt) or verdeling(punt) or tegenover(f, punt)


#: A point that hands out something scarce to people: priority, the allocation of homes.
_VERDELING = re.compile(r"\bvoorrang\b|\btoewijz\w*|\btoegewezen\b", re.IGNORECASE)


def verdeling(punt: Onderwerp) -> bool:
    """Does this point hand out something scarce to people (who gets priority for a home, how
    places are allocated)? Not the order of things ('Welke problemen voorrang krijgen')."""
    return bool(_VERDELING.search(punt.onderwerp)) and not re.match(
        r"\s*welke?\b", punt.onderwerp, re.IGNORECASE
    )


def tegenover(f: Feiten, punt: Onderwerp) -> bool:
    """Do parties on opposite sides share this point: a party for and a party against, each
    with a stake (belang middel or hoog), whose names share a content word with the point
    ('de 12 panden die de heemkundekringen voordroegen': the owners against, the
    heemkundekringen for)? Not the initiator or the party that decides the point, and not a
    fractie (its position is on the whole plan).

    Why: review 45a: 'Wij nemen uw advies in principe over' was promised to owners against
    and heemkundekringen for, on which buildings go on the list: they advise the opposite."""
    woorden = kernwoorden(punt.onderwerp)
    kanten: dict[Houding, set[str]] = {Houding.voor: set(), Houding.tegen: set()}
    for p in f.vraagstuk.belanghebbenden:
        if (
            p.houding in kanten
            and not p.initiatiefnemer
            and p.soort is not SoortBelanghebbende.politiek
            and p.belang is not Niveau.laag
            # the party that decides the point is no side of the advice on it
            and p.naam.casefold() not in (punt.partij or "").casefold()
        ):
            naam = kernwoorden(p.naam)
            kanten[p.houding] |= {w for w in woorden if gedeeld([w], naam)}
    # each side by a word of its own: owners who live in their chalet (for) and owners who
    # holiday in it (against) are both 'eigenaren' of a point about all owners, not its sides
    voor, tegen = kanten[Houding.voor], kanten[Houding.tegen]
    return bool(voor - tegen) and bool(tegen - voor)


#: A fixed cut: 'bezuiniging', or money that goes down ('de subsidie gaat omlaag').
_BEZUINIGING = re.compile(
    r"\bbezuinig\w*|\b(?:subsidie|budget|bijdrage|geld)\w*\b[^.;]*\b(?:omlaag|verlaagd|"
    r"minder|lager|gekort)\b|\b(?:verlaging|korting|afbouw)\w* (?:van|op) (?:de |het )?\w*"
    r"(?:subsidie|budget|bijdrage)",
    re.IGNORECASE,
)


def bezuiniging(f: Feiten) -> bool:
    """Does the case fix a cut (in kaders.vast)?"""
    return any(_BEZUINIGING.search(vast) for vast in f.vraagstuk.kaders.vast)


def twijfelende_fracties(f: Feiten) -> list[str]:
    """The fracties the case names as against, or as doubting ('fracties die twijfelen'); a
    fractie without a stated position (neutraal, onbekend) is not divided."""
    return [
        p.naam
        for p in f.vraagstuk.belanghebbenden
        if p.soort is SoortBelanghebbende.politiek
        and not p.initiatiefnemer
        and re.search(r"fractie|raadsle|partij", p.naam, re.IGNORECASE)
        and (
            p.houding is Houding.tegen
            or (
                p.houding is not Houding.voor
                and re.search(r"twijfel|scepti|sceptis|kritisch|verdeeld", p.naam, re.IGNORECASE)
            )
        )
    ]


@regel(
    "TREDE-GEEN-BINDING",
    Thema.trede,
    "Geen bindende belofte van wie verdeeld is of moet bezuinigen",
    """Bij coproduceren en meebeslissen belooft wie beslist dat hij zich houdt aan wat samen is
    gekozen. Dat kan een partij buiten de gemeente (een bibliotheek, een corporatie, een
    stichting) niet beloven als zij in hetzelfde vraagstuk moet bezuinigen: wat samen gekozen
    wordt, moet ook te betalen zijn. En een gemeenteraad kan het niet beloven als fracties
    twijfelen en de raad de kaders nog niet heeft gesteld: de meerderheid kan de uitkomst later
    terzijde leggen. pionieren adviseert daar adviseren, met een eerlijke toezegging, en zegt
    wat eerst nodig is voordat meer kan: het geld voor dit punt vastleggen, of een besluit van
    de raad over de kaders. Heeft die partij zelf al meer toegezegd, dan geldt dat.""",
    ["ombudsman-inspraak-2009", "bzk-raad-burgerparticipatie", "movisie-participatieladder"],
)
def geen_binding(
    f: Feiten,
    punt: Onderwerp,
    door: Beslisser | None,
    trede: Trede,
    besluit: BesluitAdvies,
    vooraf: Toezegging | None,
) -> Tekstdeel | None:
    """The promise for a binding level the deciding body cannot give (it must cut, or it is a
    divided raad without kaders); None when the level may stay."""
    if trede.rang < Trede.coproduceren.rang or trede is Trede.zelfbeheer:
        return None
    wie = door or besluit.door
    if vooraf is not None and vooraf.door is wie and vooraf.trede.rang >= trede.rang:
        return None
    basis = " ".join(f.kennis.ladder.trede(Trede.adviseren).toezegging.split()).rstrip(".")
    # the weaker honest promise where no 'in principe over' fits (rule TREDE-WEGEN)
    wegen = wegen_toezegging(f, Trede.adviseren, wie) is not None
    if wie is not None and not gemeente_beslist_door(wie) and bezuiniging(f):
        return deel("TREDE-GEEN-BINDING.toezegging", basis=basis, reden="bezuiniging", wegen=wegen)
    if wie is Beslisser.raad and not f.raad_kaders_gesteld and twijfelende_fracties(f):
        return deel("TREDE-GEEN-BINDING.toezegging", basis=basis, reden="raad", wegen=wegen)
    return None


#: A fixed point that sets a condition or a limit: a criterion, a norm, a budget.
_EIS = re.compile(
    r"\b(?:alleen|mits|moet\w*|voldo\w*|criteri\w*|eis\w*|voorwaarde\w*|norm\w*|maximaal"
    r"|hoogstens|minstens|ten minste|niet meer dan|beschikbaar|budget\w*)\b|€",
    re.IGNORECASE,
)
#: A quantity with its unit ('50 km/u', '2 meter'): a fixed point and an open point that name
#: the same one are about the same thing.
_MAAT = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:km/u|km/h|km|meter|m|procent|%)", re.IGNORECASE)


def _maten(tekst: str) -> set[str]:
    return {re.sub(r"\s+", "", m.group(0).lower()) for m in _MAAT.finditer(tekst)}


def vaste_eisen(f: Feiten, punt: Onderwerp) -> list[str]:
    """The fixed points (``kaders.vast``) that set a condition or a limit on this open point:
    they share a content word or a quantity with it ('maatregelen' and the budget for the
    measures; '50 km/u' and when a road may keep 50 km/u), and they say 'alleen', 'moet', a
    norm, a budget."""
    woorden = kernwoorden(punt.onderwerp)
    maten = _maten(punt.onderwerp)
    uit = []
    for v in f.vraagstuk.kaders.vast:
        # the word and the condition must be in the same clause: 'voor aanschaf en inrichting
        # is 25000 euro beschikbaar; voor extra jongerenwerk ...' binds the layout, not every
        # point that names the youth work
        for deel_ in " ".join(v.split()).split(";"):
            if _PARTICIPATIEGELD.search(deel_):
                # the money for the participation itself binds the process, not the advice on
                # a point (review 50a: 'Wij toetsen uw advies aan wat vastligt (voor de
                # participatie is 55.000 euro beschikbaar)')
                continue
            if _EIS.search(deel_) and (
                gedeeld(woorden, kernwoorden(deel_)) or maten & _maten(deel_)
            ):
                # quoted short: without what is in brackets
                uit.append(re.sub(r"\s*\([^)]*\)", "", deel_).strip().rstrip("."))
                break
    return uit


_PARTICIPATIEGELD = re.compile(
    r"\b(?:voor|van) (?:de|het|dit) (?:participatie\w*|proces|inspraak)\b|\bparticipatiebudget",
    re.IGNORECASE,
)


@regel(
    "TREDE-CRITERIA",
    Thema.trede,
    "Advies dat wordt gewogen tegen vaste eisen",
    """'Wij nemen uw advies in principe over' past alleen waar niets anders het besluit op dat
    punt bindt. Legt een vast punt van de kaders een eis of een grens op dit open punt (een weg
    houdt alleen 50 km/u als dat veilig kan; voor de maatregelen is een vast bedrag), dan kan
    wie beslist het advies niet zomaar overnemen. Op adviseren zegt pionieren dan toe dat het
    advies wordt gewogen tegen die eisen, noemt ze, en belooft uit te leggen wat er met het
    advies is gedaan. Een vast punt hoort bij een open punt als ze een inhoudswoord of een maat
    ('50 km/u') delen en het vaste punt in dezelfde zin een eis stelt ('alleen', 'moet', een
    norm, een budget). Wordt het punt pas na het besluit uitgewerkt, dan belooft pionieren het
    antwoord bij de uitwerking, niet in het besluit.""",
    ["movisie-participatieladder", "ombudsman-inspraak-2009"],
)
def criteria_toezegging(
    f: Feiten, punt: Onderwerp, trede: Trede, na: bool = False
) -> Tekstdeel | None:
    """The commitment on a point at adviseren that fixed criteria bind: the advice is weighed
    against them; None where no fixed point binds it or the level is another. With ``na`` the
    point is worked out after the decision: the answer comes then, not in the decision."""
    if trede is not Trede.adviseren:
        return None
    eisen = vaste_eisen(f, punt)
    if not eisen:
        return None
    # a criterion short enough to quote in a promise is named; a long one is in 'Wat vastligt'
    kort = [e for e in eisen if len(e.split()) <= _KORT][:1]
    return deel("TREDE-CRITERIA.toezegging", eisen=kort, na=na)


_KORT = 20


@regel(
    "TREDE-ANDER-ORGAAN",
    Thema.trede,
    "Wat de gemeente belooft over wat een andere partij beslist",
    """Beslist een andere partij dan de gemeente over een open punt, dan kan de gemeente niet
    namens die partij iets beloven. Dat kan een ander bestuursorgaan zijn (de provincie, een
    waterschap, een toezichthouder), maar ook een organisatie die zelf over haar eigen zaken
    beslist (een schoolbestuur, een corporatie, een stichting); zo'n organisatie is geen orgaan
    van de gemeente of van de overheid. Een toezichthouder of waterschap doet geen belofte aan
    een plaatselijk proces. pionieren zegt daarom wat de gemeente wel kan beloven: zij brengt de
    inbreng naar die partij, bij naam, zegt inwoners waar zij daar zelf kunnen reageren, en laat
    na het besluit van die partij weten wat ermee is gedaan. Dat geldt ook als de
    initiatiefnemer een andere overheid is en zelf beslist. Heeft die partij zelf al iets
    toegezegd, dan geldt dat. Gaat het punt over het eigen huis of de eigen tuin van elk
    huishouden, dan maakt elk huishouden de afspraak zelf met die partij: de gemeente is daar
    geen boodschapper, maar zegt waar en bij wie, en helpt wie dat wil.""",
    ["ombudsman-inspraak-2009", "bzk-raad-burgerparticipatie"],
)
def ander_orgaan_toezegging(
    f: Feiten, punt: Onderwerp, trede: Trede, door: Beslisser | None
) -> Tekstdeel | None:
    """The gemeente's own promise on a point another body decides (door: anders, or the
    initiator when that is another government), at raadplegen or adviseren; None elsewhere."""
    ander = door is Beslisser.anders or (
        door is Beslisser.initiatiefnemer and f.initiatief_van_overheid
    )
    if not ander or trede not in (Trede.raadplegen, Trede.adviseren):
        return None
    return deel(
        "TREDE-ANDER-ORGAAN.toezegging",
        # the name inside a sentence: without a clause on how it decides (text.orgaan_kop)
        orgaan=text.orgaan_kop(_partij(f, punt, door)),
        advies=trede is Trede.adviseren,
        # each household settles its own house with that body itself: the gemeente is no
        # messenger there (review 53b: 'Wij brengen uw advies naar de NCG' on the own house)
        eigen_bezit=punt.eigen_bezit,
    )


@regel(
    "TREDE-WEGEN",
    Thema.trede,
    "Geen 'in principe over' van wie niet de gemeente is of veel belangen weegt",
    """'Wij nemen uw advies in principe over' is een sterke belofte. Een stichting, een
    corporatie, een bedrijf of een andere initiatiefnemer die zelf beslist, kan die niet
    namens zichzelf laten doen door de gemeente; en een gemeenteraad die bij zijn besluit de
    belangen van veel groepen weegt (voor- en tegenstanders, of vier of meer groepen met een
    middel of groot belang), volgt niet één advies; het college dat een eigen punt bij zo'n
    raadsbesluit beslist, weegt dezelfde belangen. Daar belooft pionieren op adviseren de
    eerlijke, zwakkere toezegging: wij wegen uw advies en zeggen in het besluit wat wij ermee
    deden en waarom. Zegt het vraagstuk zelf een sterkere toezegging, dan geldt die.""",
    ["ombudsman-inspraak-2009", "movisie-participatieladder"],
)
def wegen_toezegging(f: Feiten, trede: Trede, door: Beslisser | None) -> Tekstdeel | None:
    """The weaker honest promise at adviseren for a decider outside the gemeente, or a raad
    that weighs many interests; None where 'in principe over' may stand."""
    if trede is not Trede.adviseren or door is None:
        return None
    if not gemeente_beslist_door(door):
        return deel("TREDE-WEGEN.toezegging")
    # the college's own point under a raad decision weighs the same many interests (review
    # 53a: the college's 'in principe over' next to a verordening the raad adopts)
    raad = door is Beslisser.raad or (door is Beslisser.college and _raad_beslist(f))
    if raad and veel_belangen(f):
        return deel("TREDE-WEGEN.toezegging")
    return None


def _college_weegt(o: OnderwerpAdvies) -> bool:
    """Is this the college's point with only the weighing promise of rule TREDE-WEGEN?"""
    return (
        o.door is Beslisser.college
        and o.toezegging_deel is not None
        and o.toezegging_deel.sleutel == "TREDE-WEGEN.toezegging"
    )


def _raad_beslist(f: Feiten) -> bool:
    """Does the raad take the case's main decision?"""
    return f.vraagstuk.besluit is not None and f.vraagstuk.besluit.door is Beslisser.raad


@regel(
    "TREDE-ZIENSWIJZE",
    Thema.trede,
    "Geen binding vooraf aan één uitkomst als daarna nog iedereen een zienswijze geeft",
    """Komt het besluit tot stand met een formele ronde waarin iedereen een zienswijze kan
    geven (een omgevingsplan, afdeling 3.4 Awb), dan moet wie beslist alle zienswijzen wegen
    (art. 3:4 Awb). De raad of het college kan zich dan niet vooraf binden aan de uitkomst van
    één groep: dat maakt de zienswijzen van alle anderen leeg. De sterkste eerlijke belofte bij
    coproduceren of meebeslissen is: de uitkomst komt in het ontwerp en wij nemen haar over,
    tenzij een zienswijze reden geeft om af te wijken; dan zeggen wij in het besluit waarom.
    Zegt het vraagstuk zelf een toezegging, dan geldt die.""",
    ["awb-3-4", "awb-3-18", "ombudsman-inspraak-2009"],
)
def zienswijze_toezegging(
    f: Feiten, trede: Trede, door: Beslisser | None, besluit: BesluitAdvies
) -> Tekstdeel | None:
    """The promise at coproduceren or meebeslissen on a point of a decision that still has a
    formal zienswijze round: taken over unless a zienswijze gives reason to differ."""
    if trede not in (Trede.coproduceren, Trede.meebeslissen):
        return None
    if door is None or door is not besluit.door or not f.formele_zienswijze:
        return None
    return deel(_ZIENSWIJZE, trede=trede.value)


def _eigen_reden(o: OnderwerpAdvies) -> bool:
    """Has the point a promise of its own reason (a choice, a condition, another body)? The
    zienswijze round only words the level's promise: it is no reason of its own."""
    return o.toezegging_deel is not None and o.toezegging_deel.sleutel != _ZIENSWIJZE


def _zienswijze_lager(o: OnderwerpAdvies, lager: Trede) -> Tekstdeel | None:
    """A point lowered one step keeps its own promise; the zienswijze wording follows the new
    level (none below coproduceren)."""
    if o.toezegging_deel is None or o.toezegging_deel.sleutel != _ZIENSWIJZE:
        return o.toezegging_deel
    if lager not in (Trede.coproduceren, Trede.meebeslissen):
        return None
    return deel(_ZIENSWIJZE, trede=lager.value)


_ZIENSWIJZE = "TREDE-ZIENSWIJZE.toezegging"


def veel_belangen(f: Feiten) -> bool:
    """Does the decision weigh the interests of many groups: parties for and against, or four
    or more groups (not fracties or authorities) with a middle or large stake?"""
    groepen = [
        p
        for p in f.vraagstuk.belanghebbenden
        if p.soort not in (SoortBelanghebbende.politiek, SoortBelanghebbende.overheid)
        and not p.initiatiefnemer
        and p.belang is not Niveau.laag
    ]
    houdingen = {p.houding for p in groepen}
    return {Houding.voor, Houding.tegen} <= houdingen or len(groepen) >= 4


#: A body that decides independently by its own route: a school board, a regulator or
#: inspectorate, a court.
_ONAFHANKELIJK = re.compile(
    r"\bschoolbestu\w*|\bbevoegd gezag van de school|\bstichting\b[^,;]*\bonderwijs\b"
    r"|\bonderwijs\w*\b[^,;]*\bstichting\b|\bautoriteit\b|\bACM\b|\binspectie\b"
    r"|\btoezichthouder\w*|\bcommissariaat\b|\brechtbank\b|\bRaad van State\b",
    re.IGNORECASE,
)


@regel(
    "TREDE-ONAFHANKELIJK",
    Thema.trede,
    "Geen advies aan een onafhankelijk bestuur dat er niet om vroeg",
    """Beslist een onafhankelijk bestuur over een open punt (een schoolbestuur, een
    toezichthouder zoals de ACM of een inspectie), dan adviseren inwoners dat bestuur niet via
    het proces van de gemeente: dat bestuur heeft een eigen route (de medezeggenschapsraad,
    een eigen consultatie). Daar gaat de invloed niet hoger dan raadplegen, via die route.
    Vroeg dat bestuur zelf om het advies (het is de initiatiefnemer, of het deed zelf een
    toezegging), dan geldt dit niet.""",
    ["ombudsman-inspraak-2009", "movisie-participatieladder"],
)
def onafhankelijk_bestuur(f: Feiten, punt: Onderwerp, door: Beslisser | None) -> bool:
    """Does an independent board (a school board, a regulator) that did not ask for the advice
    decide this point?"""
    naam = _partij(f, punt, door) if door is Beslisser.anders else ""
    if not naam or not _ONAFHANKELIJK.search(naam):
        return False
    vooraf = f.vraagstuk.besluit.toezegging if f.vraagstuk.besluit else None
    if vooraf is not None and vooraf.door is Beslisser.anders and punt.toegezegd:
        return False
    naam = naam.casefold()
    return not any(
        p.initiatiefnemer and (p.naam.casefold() in naam or naam in p.naam.casefold())
        for p in f.vraagstuk.belanghebbenden
    )


def _later(f: Feiten, besluit: BesluitAdvies) -> list[str]:
    """The open points worked out after the decision (rule PLAN-NA-BESLUIT)."""
    from pionieren.analysis.mix.plan import na_het_besluit  # the plan builds on this module

    return na_het_besluit(f, besluit)


#: What the gemeente gives an initiator and can attach a condition to (rule TREDE-VOORWAARDE).
_GEEFT = (Procedure.privaatrechtelijk, Procedure.subsidie)
_BEZWAREN = re.compile(r"\b(?:bezwa\w*|overlast|hinder|klacht\w*)", re.IGNORECASE)
_DERDEN = re.compile(r"\b(?:omwonend\w*|buren|buurtbewoners|de buurt|naaste)", re.IGNORECASE)


@regel(
    "TREDE-VOORWAARDE",
    Thema.trede,
    "Bezwaren van buren bij een initiatief van anderen",
    """Bij een initiatief van inwoners of een organisatie beslist de initiatiefnemer over het
    eigen plan. Maar hoe de bezwaren van direct omwonenden worden meegewogen, is niet aan de
    initiatiefnemer alleen: dan zou wie tegen is geen invloed hebben. De gemeente legt dat vast
    als voorwaarde in wat zij geeft (de overeenkomst, zoals een bruikleen, of de subsidie), en
    zegt de omwonenden zelf toe dat zij hun advies in principe volgt. Geeft de gemeente niets
    waaraan zij zo'n voorwaarde kan verbinden (een vergunning die zij toetst, een wijziging van
    het omgevingsplan), dan geldt dit niet: dan beslist wie het vraagstuk noemt, en vraagt de
    gemeente die partij om een eigen toezegging.""",
    ["rob-loslaten-2012", "ombudsman-inspraak-2009"],
)
def bezwaren_als_voorwaarde(f: Feiten, punt: Onderwerp) -> bool:
    """Is this the point of how the neighbours' objections to another's initiative are weighed,
    which the gemeente sets as a condition of what it gives (not a permit it only tests)?"""
    # only where the gemeente gives something it can attach the condition to: an agreement (a
    # bruikleen) or a subsidy; not a permit or a change of the omgevingsplan, where the party
    # the case names decides (review 48e: building traffic 'door: initiatiefnemer' became the
    # college's, with 'Wij leggen in de afspraken vast ...' that no afspraak carried)
    if not f.initiatief_van_anderen or f.procedure not in _GEEFT:
        return False
    if punt.door is not None and gemeente_beslist_door(punt.door):
        return False
    return bool(_BEZWAREN.search(punt.onderwerp) and _DERDEN.search(punt.onderwerp))


#: A point about public space: a named street or road (the Esveldseweg, the Kerkstraat), or
#: the public road or space by name. Not a dike (the waterschap) and not a road of the province
#: or the state: their own manager decides those.
_STRAATNAAM = re.compile(r"\b[A-Z][\w-]*(?:weg|straat|laan|steeg|plein|singel|kade)\b")
_OPENBAAR = re.compile(
    r"\bopenbare\s+(?:weg|wegen|ruimte|grond)\b|\bparkeren\s+op\s+(?:straat|de\s+(?:openbare\s+)?weg)\b"
    r"|\b(?:stoep|stoepen|trottoir|trottoirs)\b",
    re.IGNORECASE,
)
_ANDERE_BEHEERDER = re.compile(
    r"(?i:\bprovinci\w*|\brijksweg\w*|\bwaterschap\w*|\bdijk\w*)|\bN\d{2,3}\b|\bA\d{1,2}\b"
)


def openbare_ruimte(onderwerp: str) -> bool:
    """Is this point about the public road or space the gemeente manages (a named street, 'de
    openbare ruimte', parking on the street)? Not when it names another manager (the province,
    the state, the waterschap)."""
    if _ANDERE_BEHEERDER.search(onderwerp):
        return False
    return bool(_STRAATNAAM.search(onderwerp) or _OPENBAAR.search(onderwerp))


@regel(
    "TREDE-WEGBEHEERDER",
    Thema.trede,
    "Over de openbare weg beslist de gemeente, niet de initiatiefnemer",
    """Noemt een open punt van het plan van een ander de openbare weg of ruimte (een straat of
    weg bij naam, de openbare ruimte, parkeren op straat), en zegt het vraagstuk niet wie
    erover beslist? Dan beslist de gemeente daarover als wegbeheerder, niet de
    initiatiefnemer. Het college doet op dat punt de toezegging. Een weg van de provincie, het
    Rijk of het waterschap (een dijk) valt hier buiten: daar beslist die beheerder.""",
    ["wegenwet-15", "ombudsman-inspraak-2009"],
)
def wegbeheerder(f: Feiten, punt: Onderwerp, door: Beslisser | None) -> Beslisser | None:
    """The college for a point on public space that would otherwise fall to the initiator."""
    if punt.door is None and door is Beslisser.initiatiefnemer and openbare_ruimte(punt.onderwerp):
        return Beslisser.college
    return door


#: Where a traffic measure comes: a closure (a 'knip', an 'afsluiting'), one-way traffic, a
#: ban on entering or parking.
_VERKEERSMAATREGEL = re.compile(
    r"\b(?:knip\w*|afsluiting\w*|eenrichting\w*|inrijverbod\w*|parkeerverbod\w*)",
    re.IGNORECASE,
)
_VERKEERSBESLUIT = re.compile(r"\bverkeersbesluit", re.IGNORECASE)
_PLEK = re.compile(
    r"\bwaar\b|\bwelke (?:straten|wegen|plekken)\b|\bplek\w*|\blocatie\w*", re.IGNORECASE
)


@regel(
    "TREDE-VERKEERSBESLUIT",
    Thema.trede,
    "Over de plek van een verkeersmaatregel zegt het college toe",
    """Stelt de raad een plan vast (een verkeerscirculatieplan) en zegt het vraagstuk dat het
    college daarna de verkeersbesluiten neemt? Dan legt pas dat verkeersbesluit vast waar een
    knip, een afsluiting of eenrichtingsverkeer precies komt, met een eigen afweging en bezwaar.
    Op een open punt over die plekken, zonder eigen beslisser, doet daarom het college de
    toezegging, niet de raad. Het college moet bij elk verkeersbesluit de belangen afwegen: op
    zo'n punt belooft het advies daarom hoogstens adviseren. Zegt het vraagstuk niets over
    verkeersbesluiten, of gaat het punt over de keuze tussen hele scenario's, dan blijft het
    punt bij wie het plan vaststelt.""",
    ["wvw-18"],
)
def in_verkeersbesluit(f: Feiten, punt: Onderwerp, besluit: BesluitAdvies) -> bool:
    """Is this a point on where traffic measures come, fixed later in the college's
    verkeersbesluiten that the case names (an open point by the college about them)?"""
    return (
        punt.door is None
        and besluit.door is Beslisser.raad
        # where the measures come, not the choice between whole scenarios (the raad's)
        and not is_keuze(punt)
        and bool(_PLEK.search(punt.onderwerp))
        and bool(_VERKEERSMAATREGEL.search(punt.onderwerp))
        and not _VERKEERSBESLUIT.search(punt.onderwerp)
        and any(
            p.door is Beslisser.college and _VERKEERSBESLUIT.search(p.onderwerp)
            for p in f.vraagstuk.kaders.open
        )
    )


def _wie_zegt_toe(f: Feiten, besluit: BesluitAdvies) -> Beslisser | None:
    """Who can promise something on an open point, when the case does not say.

    The wetgever promises nothing to inwoners; the raad does, in the advice it adopts. Under a
    binnenplanse vergunning the college must grant what fits the omgevingsplan, so only the
    initiator can agree on more with the neighbours. Under any permit for another's plan, the
    plan's content is the applicant's: the college tests it (``TREDE-TOETS``).
    """
    if besluit.door is Beslisser.wetgever:
        return Beslisser.raad
    if besluit.procedure is Procedure.omgevingsvergunning_binnenplans:
        return Beslisser.initiatiefnemer
    if f.aanvraag_van_ander:
        # the content of an applicant's plan is the applicant's: the college tests the
        # application and the participation report, it cannot promise to co-produce the design
        return Beslisser.initiatiefnemer
    return besluit.door


def _toezegging_tekst(f: Feiten, trede: Trede, door: Beslisser | None, *, eigen: bool) -> str:
    """What is promised on a point: the commitment the case already made, in its own words,
    when it applies to this point (``eigen``); otherwise the ladder's standard commitment.
    Under the uitdaagrecht, control passes only once the request is granted."""
    vooraf = f.vraagstuk.besluit.toezegging if f.vraagstuk.besluit else None
    if eigen and vooraf is not None and vooraf.tekst:
        return " ".join(vooraf.tekst.split())
    tekst = " ".join(f.kennis.ladder.trede(trede).toezegging.split())
    if f.procedure is Procedure.uitdaagrecht_verzoek and trede.rang >= Trede.coproduceren.rang:
        tekst = tekst.rstrip(".") + ". Dit geldt zodra het verzoek is toegewezen."
    return tekst


_GELD = re.compile(
    r"\b\w*(?:bijdrage|subsidie|geld|budget|vergoeding|fonds|lening|garantstelling|premie)\w*",
    re.IGNORECASE,
)


@regel(
    "TREDE-BUDGETRECHT",
    Thema.trede,
    "Een bindende toezegging over geld en het budgetrecht van de raad",
    """Belooft het college of de burgemeester op een punt over geld (een bijdrage, een
    regeling, een fonds) zich te houden aan wat inwoners samen kiezen of besluiten, dan kan dat
    alleen binnen het geld dat de raad al beschikbaar stelde. De raad stelt de begroting vast
    (art. 189 Gemeentewet). pionieren zegt dat in de toezegging zelf, zodat niemand een
    belofte hoort die het college alleen niet kan waarmaken.""",
    ["gemeentewet-189", "ombudsman-inspraak-2009"],
)
def budgetrecht(punt: Onderwerp, trede: Trede, door: Beslisser | None) -> bool:
    """Does this binding promise on a point about money need the raad's budget?"""
    return (
        trede.rang >= Trede.coproduceren.rang
        and door in (Beslisser.college, Beslisser.burgemeester, Beslisser.bestuurscommissie)
        and bool(_GELD.search(punt.onderwerp))
    )


def _min(a: Trede, b: Trede) -> Trede:
    return a if a.rang <= b.rang else b


#: Words of a scheme another party runs for the owner's own measures: a regeling, a subsidy, a
#: compensation, a fund or a loan.
_REGELING_WOORD = re.compile(
    r"\bregeling\w*|\w+regeling\b|\bsubsidie\w*|\bvergoeding\w*|\bfonds\w*|\blening\w*",
    re.IGNORECASE,
)


def regeling_van_ander(punt: Onderwerp, door: Beslisser | None) -> bool:
    """Is this owner's own property (``eigen_bezit``) under a scheme another party runs (the
    point names the party and a regeling, subsidy or compensation)? Then each owner decides
    within it, and the gemeente only informs and refers."""
    if not punt.eigen_bezit or door is None or gemeente_beslist_door(door):
        return False
    return bool(_REGELING_WOORD.search(f"{punt.partij or ''} {punt.onderwerp}"))


@regel(
    "TREDE-EIGEN-BEZIT",
    Thema.trede,
    "Over het eigen bezit beslist elk huishouden zelf",
    """Gaat een open punt over het eigen bezit van elke bewoner (eigen_bezit: true), zoals hoe
    de eigen tuin terugkomt na een sanering, de eigen voordeur bij een renovatie of de eigen
    aansluiting op een warmtenet, dan beslist ieder huishouden daar zelf over, binnen de vaste
    kaders. Het advies belooft daar meebeslissen per huishouden, ook als de ambitie voor het
    hele vraagstuk lager is, en ook als wie het plan maakt (een corporatie) op het plan een
    lagere toezegging deed: die gaat niet over ieders eigen huis. Nooit hoger dan de ruimte op
    het punt toelaat: bij weinig ruimte blijft het lager. De toezegging zegt dat de afspraak per huishouden wordt opgeschreven en
    door beide wordt ondertekend. Dit punt telt niet mee voor de trede van het hele vraagstuk:
    het gaat om ieders eigen deel, niet om een besluit voor iedereen. Neemt een private partij
    (een woningcorporatie) het hoofdbesluit zelf, dan beslist zij niet over het huis van een
    eigenaar: de eigenaar beslist, met die partij als de andere kant van de afspraak. Alleen
    een overheid met eigen bevoegdheid (een waterschap met zijn projectbesluit, de Nationaal
    Coördinator Groningen) beslist, met een afspraak per huishouden. Valt dat eigen deel onder
    de regeling van een andere partij (een provinciale regeling, een subsidie of vergoeding van
    een ander), dan beslist elke eigenaar zelf binnen die regeling, en die partij over zijn
    aanvraag. De gemeente is geen partij bij die afspraak: zij informeert, verwijst door naar
    wie de regeling uitvoert en laat weten wat er met vragen gebeurde (informeren), en belooft
    daar geen meebeslissen of coproduceren. Beslist de gemeenteraad het hoofdbesluit (een
    verordening), dan maakt het college de afspraak met elk huishouden: de raad tekent geen
    afspraak en belooft niets vooraf over zijn eigen besluit. In de tabel en de paragraaf heet
    zo'n punt 'eigen keuze', niet een trede van de ladder met de gemeente.""",
    ["energieparticipatie-keukentafel", "platform31-renoveren"],
)
def eigen_bezit_trede(grens: Trede) -> Trede:
    """The level on a point about each household's own property: meebeslissen, never above
    what the room (and a promise made) allows."""
    return _min(Trede.meebeslissen, grens)


@regel(
    "TREDE-FEITEN",
    Thema.trede,
    "Een geschil over feiten krijgt een correctieroute, geen mening",
    """Gaat een open punt over feiten of rechten die een bewoner betwist (in welke categorie
    zijn strook valt als de indeling niet klopt, van wie de grond is, verjaring, een meting of
    een taxatie), dan is dat geen mening die de gemeente meeweegt. Het advies belooft daar een
    correctieroute: de bewoner levert zijn feiten aan, een onafhankelijke deskundige (zoals een
    landmeter van het Kadaster) toetst ze, de gemeente beslist per geval en zegt waarom, en de
    weg naar bezwaar of de rechter blijft open. De toezegging 'de uitkomst bindt ons niet' hoort
    daar niet bij. Een woord als 'indeling' alleen is geen geschil: de indeling van een plein is
    een ontwerpvraag.""",
    ["nationale-ombudsman-behoorlijkheid", "kadaster-grensreconstructie", "awb-3-2"],
)
def feiten_toezegging(besluit: BesluitAdvies) -> Tekstdeel:
    """The promise on a dispute over facts or rights: the resident's facts are checked by an
    independent expert, the gemeente decides each case with its reasons, and the way to a
    bezwaar or the court stays open (the civil court for a private-law act, which has no
    bezwaar).

    Why: review 58 (snippergroen, Aldervenne): a strip's category contested with facts was
    given 'raadplegen' in a survey, with 'the outcome does not bind us'."""
    return deel(
        "TREDE-FEITEN.toezegging",
        privaat=besluit.procedure is Procedure.privaatrechtelijk,
    )


@regel(
    "TREDE-RUIMTE-INITIATIEFNEMER",
    Thema.trede,
    "Grote ruimte op een punt van de initiatiefnemer",
    """Beslist de initiatiefnemer zelf over een open punt met grote ruimte (hoe een ruimte in
    zijn gebouw wordt gebruikt en wie die beheert), dan adviseren inwoners daar minstens, ook
    als de ambitie van het vraagstuk lager is. Die ambitie is van de gemeente, voor haar eigen
    besluit; op het eigen punt van de initiatiefnemer zou alleen een mening vragen ruimte
    achterhouden die er is. Meer dan adviseren vraagt pionieren daar niet boven de ambitie: de
    gemeente belooft niets namens de initiatiefnemer, zij vraagt hem om deze toezegging. Een
    lagere toezegging die al gedaan is, blijft de grens.""",
    ["vng-handreiking-participatie", "movisie-participatieladder"],
)
def ruimte_initiatiefnemer(grens: Trede, trede: Trede, ruimte: Ruimte) -> Trede:
    """The level on the initiator's own point: at least adviseren when its room is large,
    never above ``grens`` (the room and a promise already made)."""
    if ruimte is Ruimte.groot and trede.rang < Trede.adviseren.rang:
        return _min(Trede.adviseren, grens)
    return trede


ONDERMIJNING = re.compile(
    r"ondermijn\w*|crimin\w*|drugs\w*|drugslab\w*|hennep\w*|witwas\w*", re.IGNORECASE
)
"""Words of a point on fighting crime (ondermijning, drug labs, criminals in empty barns):
under the burgemeester, no public round on it."""


@regel(
    "TREDE-PLAFOND",
    Thema.trede,
    "De hoogste trede die de kaders toelaten",
    """De beïnvloedingsruimte bepaalt de hoogste trede: geen → informeren, klein → raadplegen,
    middel → adviseren, groot → meebeslissen. Zelfbeheer kan alleen bij een grote ruimte en als
    het initiatief bij inwoners, ondernemers of een maatschappelijke organisatie ligt. Is het
    besluit al genomen, dan is het plafond informeren, behalve op een open punt met een eigen
    ruimte (zoals de uitvoering van een besluit dat al viel). Op een punt waarover een andere
    partij dan inwoners beslist (een schoolbestuur, een bedrijf), kunnen inwoners hoogstens
    meebeslissen. Beslist een andere partij dan de gemeente over een punt (een organisatie,
    de initiatiefnemer, de provincie), dan vraagt pionieren haar niet meer te beloven dan de
    ambitie van het vraagstuk, tenzij zij zelf al meer toezegde. Alleen op het eigen punt van
    een initiatief van inwoners geldt wat de ruimte toelaat. Geeft de gemeente alleen advies of
    een zienswijze aan een ander orgaan (procedure advies), of beslist de wetgever, dan adviseren
    inwoners hoogstens: over het advies, want het besluit is niet aan de gemeente. Zo belooft de
    gemeente nooit meer invloed dan de kaders toelaten. Een punt van de burgemeester over de
    aanpak van criminaliteit (ondermijning, drugslabs, hennep) blijft op informeren: wat politie
    en eigenaren doen, hoort niet in een open ronde; de partners overlegt hij apart.""",
    ["vng-handreiking-participatie", "ombudsman-inspraak-2009"],
)
def plafond_voor(
    f: Feiten, ruimte: Ruimte, besluit: BesluitAdvies, eigen_ruimte: bool = False
) -> Trede:
    """The ceiling for one point: its room, lowered when another body decides.

    When the decision is taken, only a point with a room of its own (``eigen_ruimte``: the
    case says how much can still change there, such as parking during works already decided)
    stays open; the rest is informeren."""
    if f.vraagstuk.kaders.besluit_al_genomen and not eigen_ruimte:
        return Trede.informeren
    if ruimte is Ruimte.groot and f.initiatief_van_anderen and not f.verzoek_in_verdeelde_zaak:
        # not where others only ask the gemeente for a decision it takes itself (review 35:
        # "tot zelfbeheer" over a street name the college fixes)
        trede = Trede.zelfbeheer
    else:
        trede = PLAFOND[ruimte]
    if besluit.door is Beslisser.wetgever or (
        f.advies and (besluit.door is None or gemeente_beslist_door(besluit.door))
    ):
        # inwoners advise on what the gemeente sends on: an advice is not the decision
        trede = _min(trede, Trede.adviseren)
    return trede


@regel(
    "TREDE-TOETS",
    Thema.trede,
    "Wat het college toezegt bij de aanvraag van een ander",
    """Vraagt een ander dan de gemeente een vergunning aan, dan is het plan van die aanvrager.
    De toezegging op de inhoud (zoals samen het ontwerp maken) doet de aanvrager, niet het
    college: het college toetst de aanvraag, en bij een buitenplanse activiteit adviseert de raad
    soms bindend. Het college doet een eigen toezegging: het toetst het participatieverslag bij
    de aanvraag (wie zijn betrokken, hoe, wat het opleverde en wat de aanvrager ermee deed;
    art. 7.4 Omgevingsregeling), kijkt of de participatie is gedaan die de raad verplicht stelde
    (art. 16.55 lid 7 Omgevingswet), en weegt de uitkomst mee in zijn besluit. Past het plan in
    het omgevingsplan (een binnenplanse vergunning), dan is het besluit gebonden: ontbrekende of
    kritische participatie is geen reden om te weigeren. Dan zegt het college dat eerlijk en
    belooft het alleen dat het laat zien wat de aanvrager met de inbreng deed.""",
    ["omgevingsregeling-7-4", "omgevingswet-16-55", "omgevingswet-16-15a"],
)
def toets(f: Feiten, besluit: BesluitAdvies) -> Tekstdeel | None:
    """The college's own commitment on another's application: how it tests the participation."""
    if not f.aanvraag_van_ander:
        return None
    if besluit.door is not Beslisser.college:
        return None
    namen = [p.naam for p in f.vraagstuk.belanghebbenden if p.initiatiefnemer]
    return deel(
        "TREDE-TOETS.toezegging",
        naam=text.opsomming(namen) if namen else "",
        verplicht=besluit.participatie_verplicht,
        bindend=besluit.raad_bindend_advies,
        gebonden=besluit.procedure is Procedure.omgevingsvergunning_binnenplans,
    )


def _per_onderwerp(boven: list[Bevinding], onder: list[Bevinding]) -> list[Bevinding]:
    """One report never says both 'the room is too small' and 'give more' without saying on
    which point which holds: the points with more room join the warning about less."""
    if not boven or not onder:
        return boven + onder
    (eerste,) = boven
    ruimer = onder[0].waarden["onderwerpen"]
    bronnen = [*eerste.bronnen, *(b for b in onder[0].bronnen if b not in eerste.bronnen)]
    return [
        bevinding(
            "TREDE-BOVEN-PLAFOND",
            eerste.ernst,
            eerste.sleutel,
            bronnen=bronnen,
            **{**eerste.waarden, "ruimer": ruimer},
        )
    ]


def advise(f: Feiten, besluit: BesluitAdvies) -> tuple[TredeAdvies, list[Bevinding]]:
    """Decide the ladder step per onderwerp, the overall step, and the findings with them."""
    from pionieren.analysis.kernkeuze import kernkeuze  # the mix package imports this module

    onderwerpen = _onderwerpen(f, besluit)
    kern = kernkeuze(f, onderwerpen)
    if kern is not None:
        onderwerpen = [
            o.model_copy(update={"kern": True}) if o.onderwerp == kern else o for o in onderwerpen
        ]
    open_ = [o for o in onderwerpen if o.open]
    v = f.vraagstuk
    ambitie = v.ambitie
    toegezegd = v.besluit.toezegging if v.besluit else None
    if open_:
        # the gemeente's own level: points another party decides (an initiator's fund) do not
        # raise what the gemeente designs for, unless nothing else is open
        # (an applicant's plan, whose points carry the gemeente's ambition, does count)
        # nor do the points each household decides on its own property (rule TREDE-EIGEN-BEZIT)
        eigen = [
            o
            for o, punt in zip(open_, v.kaders.open, strict=True)
            if not _van_een_ander(punt) and not punt.eigen_bezit
        ] or open_
        maximaal = max((o.maximaal for o in eigen), key=lambda t: t.rang)
        advies = max((o.trede for o in eigen), key=lambda t: t.rang)
    else:
        maximaal = plafond_voor(f, v.kaders.beinvloedingsruimte, besluit)
        grens = maximaal if toegezegd is None else _min(maximaal, toegezegd.trede)
        advies = zonder_ambitie(f, grens) if ambitie is None else _min(ambitie, grens)
    regels = ["TREDE-PLAFOND"]
    if any(
        punt.door is None
        and o.door is Beslisser.college
        and _wie_zegt_toe(f, besluit) is Beslisser.initiatiefnemer
        and openbare_ruimte(punt.onderwerp)
        for o, punt in zip(open_, v.kaders.open, strict=True)
    ):
        regels.append("TREDE-WEGBEHEERDER")
    if any(in_verkeersbesluit(f, punt, besluit) for punt in v.kaders.open):
        regels.append("TREDE-VERKEERSBESLUIT")
    if ambitie is not None and any(
        punt.door is Beslisser.initiatiefnemer
        and punt.partij is None
        and o.ruimte is Ruimte.groot
        and o.trede is Trede.adviseren
        and ambitie.rang < Trede.adviseren.rang
        for o, punt in zip(open_, v.kaders.open, strict=True)
    ):
        regels.append("TREDE-RUIMTE-INITIATIEFNEMER")
    if ambitie is None:
        regels.append("TREDE-ZONDER-AMBITIE")
    waarom = deel(
        "TREDE-PLAFOND",
        ambitie=ambitie.value if ambitie else "",
        hoger=bool(ambitie and ambitie.rang > advies.rang),
        maximaal=maximaal.value,
        advies=advies.value,
        verschilt=len({o.trede for o in open_}) > 1,
    )
    bevindingen = (
        toezegging_vooraf(f, onderwerpen, besluit)
        + toezegging_botst(f, besluit)
        + _per_onderwerp(boven_plafond(f, onderwerpen, besluit), onder_ruimte(f, onderwerpen))
        + kaders_raad(f, advies, besluit)
        + toezegging(f, advies)
    )
    trede = f.kennis.ladder.trede(advies)
    regels += [b.regel for b in bevindingen if b.regel not in regels]
    gezag = toets(f, besluit)
    if gezag is not None:
        regels.append("TREDE-TOETS")
    if any(o.budgetrecht for o in open_):
        regels.append("TREDE-BUDGETRECHT")
    for o in open_:
        if o.toezegging_deel is not None:
            regel_id = o.toezegging_deel.sleutel.split(".")[0]
            if regel_id not in regels:
                regels.append(regel_id)
    return (
        TredeAdvies(
            advies=advies,
            gevraagd=ambitie,
            maximaal=maximaal,
            toezegging=" ".join(trede.toezegging.split()),
            iap2=trede.iap2,
            waarom_deel=waarom,
            waarom="",
            regels=regels,
            onderwerpen=onderwerpen,
            toets_deel=gezag,
            toezegging_vooraf=(toegezegd.tekst or toegezegd.trede.value) if toegezegd else None,
        ),
        bevindingen,
    )


@regel(
    "TREDE-WERKVORM",
    Thema.trede,
    "Geen belofte zonder werkvorm",
    """Laat de ruimte op een onderwerp meebeslissen toe, maar vindt pionieren geen werkvorm
    waarin inwoners daar echt over beslissen (een stemming, een keuze uit ontwerpen, een budget,
    een beheerafspraak) die past bij de groep, de schaal en het onderwerp? Dan belooft het advies
    daar niet meebeslissen, maar één trede lager, tot er een werkvorm is die het draagt (niet
    lager dan adviseren). De samenvatting zegt dat in één zin. Zo staat er nooit een belofte
    naast de waarschuwing dat het middel ontbreekt. Een toezegging die al gedaan is, blijft
    staan: dan noemt het advies het gat.""",
    ["ombudsman-inspraak-2009", "movisie-participatieladder"],
)
def zonder_werkvorm(
    f: Feiten, onderwerpen: list[OnderwerpAdvies], bevindingen: list[Bevinding]
) -> list[OnderwerpAdvies] | None:
    """The points one step lower where the design has no werkvorm for the level promised
    (rule MIX-ONDERWERP found none), above adviseren and not promised already; None when
    there are none."""
    zonder = {
        b.waarden.get("onderwerp")
        for b in bevindingen
        if b.regel == "MIX-ONDERWERP" and b.sleutel == "MIX-ONDERWERP"
    }
    punten = {p.onderwerp: p for p in f.vraagstuk.kaders.open}
    nieuw: list[OnderwerpAdvies] = []
    veranderd = False
    for o in onderwerpen:
        if (
            not o.open
            or o.toegezegd
            or o.onderwerp not in zonder
            or o.trede.rang <= Trede.adviseren.rang
            # a point's own promise has its own reason; a household's own property is lowered
            # like any other point (its promise is for meebeslissen only)
            or (_eigen_reden(o) and not o.eigen_bezit)
        ):
            nieuw.append(o)
            continue
        lager = list(Trede)[o.trede.rang - 1]
        punt = punten.get(o.onderwerp)
        nieuw.append(
            o.model_copy(
                update={
                    "trede": lager,
                    "toezegging": _toezegging_tekst(f, lager, o.door, eigen=False),
                    "verlaagd_van": o.verlaagd_van or o.trede,
                    "budgetrecht": punt is not None and budgetrecht(punt, lager, o.door),
                    "toezegging_deel": None
                    if o.eigen_bezit
                    else _zienswijze_lager(o, lager)
                    or (
                        (ander_orgaan_toezegging(f, punt, lager, o.door) if punt else None)
                        or wegen_toezegging(f, lager, o.door)
                    ),
                }
            )
        )
        veranderd = True
    return nieuw if veranderd else None

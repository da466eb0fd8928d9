"""The chosen werkvormen as phases on the calendar (via :mod:`pionieren.analysis.planning`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from pionieren.analysis.decision import gemeente_beslist_door
from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.hoofdkeuze import volgorde
from pionieren.analysis.level import genoemd_in_toezegging, is_keuze, kaders_raad, noemt
from pionieren.analysis.mix.bereik import noemt as naam_in
from pionieren.analysis.mix.ontwerp import Keuze, fase_van
from pionieren.analysis.mix.punt_van import punt_van
from pionieren.analysis.planning import (
    MOMENT_STUKKEN,
    ONTWERP_WEKEN,
    REACTIE_WERKVORMEN,
    TUSSENSTAND,
    VERWERK_WERKDAGEN,
    WEEK,
    Anker,
    Blok,
    Geplaatst,
    LaterPunt,
    Plan,
    Voorleggen,
    _werkdagen_terug,
    concept_beloofd,
    in_ontwerp,
    later_besluit,
    moment_papieren,
    plan,
    vakantieweken,
    verder,
    werkweken,
)
from pionieren.analysis.planning_beschikbaar import beschikbaar
from pionieren.analysis.planning_feiten import feiten_eerst
from pionieren.analysis.planning_persoonlijk import (
    _maandag_na,
    _vakantie_noot,
    eerst_persoonlijk,
    keuze_na_ophalen,
)
from pionieren.analysis.planning_volgorde import volgorde_vast
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import (
    BesluitAdvies,
    Bevinding,
    Ernst,
    MixOnderdeel,
    OnderwerpAdvies,
    deel,
)
from pionieren.input.hints import plekkenlijsten
from pionieren.input.model import Moment
from pionieren.knowledge.feestdagen import werkdag_na, werkdag_voor
from pionieren.vocabulary import (
    Beslisser,
    Modus,
    Orgaan,
    Organisator,
    Procedure,
    Procesfase,
    Reikwijdte,
    SoortBelanghebbende,
    Status,
    Trede,
    Vakantieregio,
    Voorwaarde,
    Werving,
)

#: Working weeks the college needs to write the kaders for the raad, before its papers cycle.
KADERS_WEKEN = 2

#: The shortest half of a deepening round split into the main choice and the details
#: (rule MIX-VOLGORDE).
VOLGORDE_MIN_WEKEN = 3

VOORBEREIDEN_MIN_WEKEN = 3
"""The shortest preparation: the plan adopted (a week or two) and people invited (two weeks)
before the first meeting (the summary dates the plan two weeks before the first round,
report/data.py). Why: review 32b: plan adopted on 4 December, the first meeting with inwoners
on 7 December; nobody can be invited in three days. Review 51: 'het college stelt het plan deze
week vast' with the first round two weeks after the report."""

#: An open point that is the choice of the place where the thing comes ('Op welke van de twee
#: zoeklocaties de JOP komt', 'de keuze tussen de locaties', 'de locatiekeuze'). Not a list of
#: places that each get something ('welke plekken een vuurwerkvrije zone worden') and not the
#: layout within a site ('waar de uitrit komt').
_PLEKKEUZE = re.compile(
    r"\bwelke\s+(?:van\s+de\s+\w+\s+)?(?:zoek)?(?:locaties?|plek(?:ken)?|kavels?)\b[^.;]*"
    r"\bkom(?:t|en)\b"
    r"|\b(?:locatie|plek)keuze\b"
    r"|\bkeuze\s+(?:tussen|van|voor)\s+(?:de\s+|het\s+|een\s+)?(?:\w+\s+)?(?:zoek)?"
    r"(?:locaties?|plek(?:ken)?)\b",
    re.IGNORECASE,
)
#: What is worked out for a place once it is chosen: its design and layout, its management, the
#: agreements on its use.
_UITWERKING = re.compile(
    r"\b(?:inrichting|ingericht|ontwerp|convenant|beheer\w*|gebruiksafspraken|gebruiksregels"
    r"|huisregels)\b",
    re.IGNORECASE,
)


#: Decisions that set a regeling households then use (what the gemeente pays, lends or offers):
#: a household's own choice under it can only be made once the regeling exists.
REGELING = frozenset({Procedure.verordening, Procedure.subsidie})


@regel(
    "PLAN-NA-BESLUIT",
    Thema.mix,
    "Wat pas na het besluit kan",
    """Sommige open punten kunnen pas worden uitgewerkt als een ander punt is besloten. Is een
    open punt de keuze van de plek (op welke van de locaties iets komt), dan hangen de inrichting,
    het ontwerp, het beheer en de afspraken over het gebruik (een convenant) van díe plek af: wie
    de buren zijn, wat er past. pionieren plant de werkvormen die alleen over zulke punten gaan
    daarom na het besluit, in een eigen fase 'Uitwerken na het besluit', klaar vóór de
    uitvoering begint. Een werkvorm die ook over de plek gaat, blijft vóór het besluit. Krijgen
    inwoners over zo'n punt een keuze of concept ter reactie, dan ligt dat stuk open aan het
    eind van het uitwerken, niet vóór het besluit. Een werkvorm die vóór het besluit
    samenkomt, gaat niet over zo'n punt: dat komt aan bod in een eigen ronde vóór het latere
    besluit, of in de werkvorm die na het besluit uitwerkt. In het
    vraagstuk zet u dit per punt vast met na_besluit; leeg leidt pionieren het alleen af uit dit
    patroon. Een gesprek aan elk adres (een afspraak per huishouden) duurt zo lang als het
    aantal adressen vraagt: een team haalt er zo'n 25 per week. Past dat niet vóór de
    uitvoering, dan lopen de gesprekken door in de uitvoering, tot het eind ervan: elk
    huishouden begint aan zijn deel als zijn afspraak op papier staat, en de evaluatie komt na
    de gesprekken. Past het ook dan niet, dan zegt pionieren hoeveel weken er zijn en wat kan:
    meer vaste begeleiders, of later klaar. Stelt het besluit een regeling vast (een verordening
    of subsidieregeling) en gaat een open punt over wat elk huishouden zelf met zijn eigen huis
    of grond doet (eigen_bezit), dan komt die keuze ook na het besluit: een afspraak per
    huishouden over een regeling die er nog niet is, kan niet. Vóór het besluit praten die
    huishoudens mee over de regeling zelf.""",
    ["ombudsman-inspraak-2009"],
)
def na_het_besluit(f: Feiten, besluit: BesluitAdvies) -> list[str]:
    """The open points worked out only after the main decision: those the vraagstuk marks with
    ``na_besluit`` or with a date of their own after the main decision (``uiterlijk``), and,
    when it does not say, the design, management or agreements of a place when another open
    point is the choice of that place, made in the main decision."""
    k = f.vraagstuk.kaders
    if k.besluit_al_genomen:
        return []
    hoofd = k.besluit_uiterlijk
    plekkeuze = [
        p
        for p in k.open
        if p.na_besluit is not True
        and _PLEKKEUZE.search(p.onderwerp)
        and (p.door is None or p.door is besluit.door)
    ]
    uit = []
    for p in k.open:
        if p.na_besluit is not None:
            if p.na_besluit:
                uit.append(p.onderwerp)
        elif p.uiterlijk is not None and hoofd is not None and p.uiterlijk > hoofd:
            uit.append(p.onderwerp)  # decided on its own, later date
        elif plekkeuze and not _PLEKKEUZE.search(p.onderwerp) and _UITWERKING.search(p.onderwerp):
            uit.append(p.onderwerp)
        elif p.eigen_bezit and p.door in (None, besluit.door) and besluit.procedure in REGELING:
            uit.append(p.onderwerp)  # each household's choice under a regeling still being made
    return uit


#: A choice between named places ('Welke van de drie plekken de raad kiest'), also when it does
#: not say that the thing comes there.
_KEUZE_PLEKKEN = re.compile(
    r"\bwelke?\s+van\s+de\s+(?:twee|drie|vier|vijf|[2-5])\s+(?:zoek)?"
    r"(?:locaties|plekken|kavels|percelen|terreinen)\b",
    re.IGNORECASE,
)
#: A stakeholder that stands for the neighbours of one place ('Omwonenden van Veld K'), not the
#: inhabitants of a village or a district ('Bewoners van Heiveld').
_BUREN = re.compile(r"^\s*(?:directe?\s+)?(?:omwonenden|aanwonenden|buren)\b", re.IGNORECASE)
#: What a form serves after the choice of place: the neighbours of that one place.
GEKOZEN_PLEK = "Omwonenden van de gekozen plek"
#: The phases after the main decision, when the place is known.
_NA_KEUZE = (Procesfase.uitwerken, Procesfase.uitvoering)


@regel(
    "PLAN-GEKOZEN-PLEK",
    Thema.mix,
    "Na de keuze van de plek: de buren van die plek",
    """Kiest het besluit één plek uit meer plekken (een open punt 'welke van de drie plekken'),
    dan doen vóór het besluit de omwonenden van elke plek mee: het besluit raakt hen allemaal.
    Na het besluit is er één plek over. Wat dan komt (het ontwerp, het beheer, de afspraken, de
    uitvoering) is voor de omwonenden van de gekozen plek, niet voor de buren van de plekken die
    afvielen. pionieren noemt daar daarom één groep: de omwonenden van de gekozen plek. Het gaat
    alleen om belanghebbenden die de omwonenden of buren van een plek zijn die het punt noemt;
    bewoners van een dorp of wijk blijven staan.""",
    ["ombudsman-inspraak-2009"],
)
def kandidaat_buren(f: Feiten, besluit: BesluitAdvies) -> list[str]:
    """The stakeholders that are the neighbours of one of the places the main decision chooses
    between: an open point is the choice of a place (decided in the main decision, not after
    it) and names a telling word of the stakeholder's name. Empty without such a point or when
    the decision is already taken."""
    k = f.vraagstuk.kaders
    if k.besluit_al_genomen:
        return []
    keuzes = [
        p.onderwerp
        for p in k.open
        if p.na_besluit is not True
        and (_PLEKKEUZE.search(p.onderwerp) or _KEUZE_PLEKKEN.search(p.onderwerp))
        and (p.door is None or p.door is besluit.door)
    ]
    if not keuzes:
        return []
    # the places: as the point names them, or as the text lists them ('twee zoeklocaties: A en B')
    plekken = [*keuzes, *plekkenlijsten(f.vraagstuk)]
    return [
        b.naam
        for b in f.vraagstuk.belanghebbenden
        if _BUREN.match(b.naam) and any(noemt(p, _BUREN.sub("", b.naam)) for p in plekken)
    ]


def _vouw(namen: list[str], buren: set[str]) -> list[str]:
    """``namen`` with the neighbours of the candidate places as one group, where the first was."""
    uit: list[str] = []
    for n in namen:
        n = GEKOZEN_PLEK if n in buren else n
        if n not in uit:
            uit.append(n)
    return uit


def _vouw_waarde(waarde: Any, buren: set[str]) -> Any:
    if isinstance(waarde, str):
        return GEKOZEN_PLEK if waarde in buren else waarde
    if isinstance(waarde, list) and all(isinstance(n, str) for n in waarde):
        return _vouw(waarde, buren)
    return waarde


def gekozen_plek(onderdelen: list[MixOnderdeel], buren: list[str]) -> list[MixOnderdeel]:
    """The forms after the main decision serve the neighbours of the chosen place, not those of
    every candidate place (rule PLAN-GEKOZEN-PLEK): in those forms the neighbours of the
    candidate places become one group, also in the reasons that name them."""
    if not buren:
        return onderdelen
    groep = set(buren)
    uit = []
    for m in onderdelen:
        if m.fase not in _NA_KEUZE or not groep & set(m.voor):
            uit.append(m)
            continue
        redenen = [
            r.model_copy(
                update={"waarden": {s: _vouw_waarde(v, groep) for s, v in r.waarden.items()}}
            )
            for r in m.redenen
        ]
        uit.append(
            m.model_copy(
                update={
                    "voor": _vouw(m.voor, groep),
                    "gekozen_plek": [n for n in buren if n in m.voor],
                    "redenen": redenen,
                    "regels": [*m.regels, "PLAN-GEKOZEN-PLEK"],
                }
            )
        )
    return uit


def naar_uitwerken(keuzes: list[Keuze], later: list[str]) -> None:
    """Put the werkvormen that carry only points worked out after the decision in the phase
    after it (changes ``keuzes`` in place; doing it twice changes nothing). A werkvorm on dates
    of its own, or one that also carries a point decided now, stays where it is."""
    for k in keuzes:
        if schuift(k, later):
            k.fase = Procesfase.uitwerken


def schuift(k: Keuze, later: list[str]) -> bool:
    """Will the planning put this werkvorm after the decision (:func:`naar_uitwerken`): it
    carries only points worked out after the decision and has no dates of its own?"""
    return bool(
        later
        and k.periode is None
        and k.onderwerpen
        and set(k.onderwerpen) <= set(later)
        and fase_van(k) in (Procesfase.ophalen, Procesfase.verdiepen, Procesfase.toetsen)
        and not _feitenonderzoek(k)
    )


def _feitenonderzoek(k: Keuze) -> bool:
    """A joint inquiry into the facts (an independent party, deepening, on the signals of a
    conflict about facts): it serves the facts under the decision and runs before it, also when
    the points it carries are worked out later (review 43d, Heikamp: the inquiry the neighbours
    asked for was planned after the permit, while its outcome was due before the zienswijze)."""
    w = k.werkvorm
    return (
        w.organisator is Organisator.onafhankelijk
        and w.verbreding_of_verdieping is Reikwijdte.verdieping
        and Modus.denken in w.modi
        and bool(w.signalen)
    )


def blokken(
    keuzes: list[Keuze],
    fasen: dict[str, Procesfase],
    kaders_weken: int = 0,
    weken: dict[str, tuple[int, int, int | None]] | None = None,
) -> tuple[list[Blok], list[Blok], Blok | None]:
    """The phases before the decision, after it, and the evaluation, with their werkvormen.
    With ``kaders_weken`` the preparation holds the raad's kaders and lasts that long;
    ``weken`` gives a werkvorm's duration in this case when its volume sets it (the talks at
    each address), else the catalogue's weeks hold."""
    duur = weken or {}

    def _duur(k: Keuze) -> tuple[int, int, int | None]:
        return duur.get(k.werkvorm.id, (*k.werkvorm.weken, None))

    def blok(fase: Procesfase, weglaatbaar: bool = False) -> Blok:
        # a werkvorm on dates of its own is placed on those dates, outside the blocks
        hier = [k for k in keuzes if fasen[k.werkvorm.id] is fase and k.periode is None]
        traagste = max(hier, key=lambda k: _duur(k)[0], default=None)
        aantal = _duur(traagste)[2] if traagste is not None else None
        return Blok(
            fase,
            [k.werkvorm.id for k in hier],
            max((_duur(k)[0] for k in hier), default=0),
            max((_duur(k)[1] for k in hier), default=0),
            # the case's own instruments and what comes with them are never left out
            weglaatbaar and not any(k.eigen for k in hier),
            vast=any(k.eigen for k in hier),
            namen=[k.werkvorm.naam for k in hier],
            blijft=[k.werkvorm.id for k in hier if k.werkvorm.organisator is Organisator.griffie],
            aantal=aantal,
            # each household's part follows its own agreement: the talks may go on in the works
            doorlopen=traagste is not None
            and aantal is not None
            and Voorwaarde.eigen_bezit in traagste.werkvorm.alleen_als,
        )

    # the overleg with partners who can block the design starts in the preparation (rule
    # MIX-PARTNERS-EERST); it does not make that phase longer: it starts there
    eerst = blok(Procesfase.voorbereiden)
    voor = [
        Blok(
            Procesfase.voorbereiden,
            eerst.werkvormen,
            kaders_weken or VOORBEREIDEN_MIN_WEKEN,
            kaders_weken or 3,
            vast=bool(kaders_weken),
            namen=eerst.namen,
        )
    ]
    voor += [blok(Procesfase.ophalen), blok(Procesfase.verdiepen), blok(Procesfase.toetsen, True)]
    na = [
        blok(Procesfase.terugkoppeling),
        blok(Procesfase.uitwerken),
        blok(Procesfase.uitvoering),
    ]
    evaluatie = blok(Procesfase.evaluatie)
    return (
        [b for b in voor if b.werkvormen or b.fase is Procesfase.voorbereiden],
        [b for b in na if b.werkvormen],
        evaluatie if evaluatie.werkvormen else None,
    )


def voor_te_leggen(
    f: Feiten,
    besluit: BesluitAdvies,
    punten: list[OnderwerpAdvies],
    later: list[str] | None = None,
) -> list[Voorleggen]:
    """The open points on which the gemeente puts a piece on the table (rule PLAN-REACTIE): a
    choice between options, or a commitment to advise or give a view on it. Only where people
    give their view or advise (higher up they make or decide it themselves) and where a body of
    the gemeente decides (another party lays its own pieces on the table)."""
    advies = {p.onderwerp: p for p in punten}
    genoemd = set(genoemd_in_toezegging(f, besluit))
    zelf = initiatiefnemer_beslist(f, besluit)
    geheel, al = eigen_ronde(f, besluit, {p.onderwerp for p in punten if p.kern})
    if geheel:
        return []
    concept = concept_beloofd(f) is not None
    uit = []
    for i, p in enumerate(f.vraagstuk.kaders.open):
        a = advies.get(p.onderwerp)
        if a is None or not a.open or a.trede not in (Trede.raadplegen, Trede.adviseren):
            continue
        if p.onderwerp in al:
            continue  # the case's own instrument for this point gathers the views on it
        if p.onderwerp in (later or []):
            continue  # worked out after the decision: not on the table before it
        door = p.door or besluit.door
        # the case promises the concept of the main decision is shown before it is adopted:
        # its points lie open in that round, also when another party (the initiator) decides
        # them (review 65b, Ruiterbeek: 'het bestuur stelt het plan pas vast nadat de omgeving
        # het heeft gezien', and no round on the concept before 15 June)
        beloofd = concept and door is besluit.door and p.uiterlijk is None
        # another party lays its own pieces on the table; but when the body that runs this
        # process takes the main decision itself (a waterschap on its alternatives), the
        # points of that decision are this process's own (review 52b: the one round for
        # everyone was on the gemeente's bike path, not on the three dike alternatives)
        if (
            door is not None
            and not gemeente_beslist_door(door)
            and not (p.door is None and zelf)
            and not beloofd
        ):
            continue
        if is_keuze(p):
            uit.append(Voorleggen(p.onderwerp, True, a.kern))
        elif p.toegezegd or i in genoemd or beloofd:
            uit.append(Voorleggen(p.onderwerp, False))
    # the case's central choice first: the round is named after it (see kernkeuze)
    return sorted(uit, key=lambda v: not v.kern)


#: The case's own ways to ask the views of many in a controlled way (a survey, a panel): they
#: are that only for a drawn sample or a panel by lot.
_PEILING = frozenset({"enquete", "burgerpanel", "deliberatieve-peiling"})
_STEEKPROEF = re.compile(r"\bsteekproef|\bgeloot|\bloting|\baselect", re.IGNORECASE)
#: The advice of a representative body in its own meeting or as an advisory council.
_ADVIESROUTE = frozenset({"eigen-vergadering", "adviesraad", "clientenraad", "jongerenraad"})
#: The formal round on the draft of this decision (afdeling 3.4 Awb).
_ZIENSWIJZE = "zienswijze"


def eigen_ronde(
    f: Feiten, besluit: BesluitAdvies | None, kern: set[str] | None = None
) -> tuple[bool, set[str]]:
    """Does the case's own, decided instrument already gather the views on its question before
    the decision, in a controlled or formal way: a survey among a drawn sample, the advice of
    the body the promise is made to (a wijkraad, an adviesraad), or the zienswijzen on the
    draft of this decision? Then rule PLAN-REACTIE adds no open reaction round of its own: on
    the whole question (True), or only on the points whose words the instrument's ``voor``
    names (the set); a body's advice only on the points the promise is about, unless one of
    them is the case's central choice (``kern``): then on the whole question. Not when the
    case itself asks for an open consultation on the concept.

    Why: review 56b: an open round after a controlled sample survey in the most polarised
    case reopened what went wrong in 2018 (the best-organised camp wins); the options went
    public six days after the wijkraad had given its advice on the same question."""
    v = f.vraagstuk
    if any(g.id in REACTIE_WERKVORMEN for g in v.werkvormen):
        return False, set()
    belofte = v.besluit.toezegging.tekst if v.besluit and v.besluit.toezegging else ""
    beslist = v.kaders.besluit_uiterlijk
    genoemd = set(genoemd_in_toezegging(f, besluit))
    beloofd_over = [p.onderwerp for i, p in enumerate(v.kaders.open) if p.toegezegd or i in genoemd]
    geheel, punten = False, set()
    for g in v.werkvormen:
        if g.status is not Status.besloten or (beslist and g.van and g.van > beslist):
            continue
        w = next((x for x in f.kennis.werkvormen if x.id == g.id), None)
        peiling = g.id in _PEILING and (
            (w is not None and w.werving is Werving.loting)
            or bool(_STEEKPROEF.search(g.voor or ""))
        )
        route = g.id in _ADVIESROUTE and bool(
            g.voor and belofte and belofte_aan(f, belofte, g.voor)
        )
        formeel = g.id == _ZIENSWIJZE and bool(beslist and g.tot and g.tot <= beslist)
        if not (peiling or route or formeel):
            continue
        punt = punt_van(f, g)
        beloofd = set(beloofd_over) if route else set()
        if punt is not None:
            punten.add(punt)
        elif beloofd and not beloofd & (kern or set()):
            punten |= beloofd  # the advice on the promised points only (accessibility)
        else:
            geheel = True
    return geheel, punten


def initiatiefnemer_beslist(f: Feiten, besluit: BesluitAdvies) -> bool:
    """Is this advice written for an initiator that takes the main decision itself, as another
    body than the gemeente (the waterschap that reinforces its own dike and whose algemeen
    bestuur chooses the alternative)? Its name is in the case's gemeente (who the advice is
    for) and in the name of the deciding body. Not where the gemeente only advises that body:
    its own advice is what this process makes (review 41, N826)."""
    orgaan = (besluit.ander_orgaan or "").casefold()
    voor = f.vraagstuk.gemeente.casefold()
    return (
        besluit.door is Beslisser.anders
        and besluit.procedure is not Procedure.advies
        and bool(orgaan)
        and any(
            p.initiatiefnemer and p.naam.casefold() in orgaan and p.naam.casefold() in voor
            for p in f.vraagstuk.belanghebbenden
        )
    )


def kaders_eerst(f: Feiten, besluit: BesluitAdvies, advies: Trede | None) -> int:
    """Working weeks the preparation needs when the raad must set the kaders before inwoners
    are invited (rule TREDE-KADERS-RAAD): the college writes them, then the raad's cycle. 0
    when that is not needed."""
    if advies is None or not kaders_raad(f, advies, besluit):
        return 0
    return KADERS_WEKEN + besluit.stukken_weken


def maak_plan(
    f: Feiten,
    keuzes: list[Keuze],
    besluit: BesluitAdvies,
    advies: Trede | None = None,
    punten: list[OnderwerpAdvies] | None = None,
) -> Plan:
    """The calendar for these choices (rule PLAN-KALENDER), with the raad's kaders first when
    they are needed, and the reaction round on the options or the concept (rule
    PLAN-REACTIE)."""
    later = na_het_besluit(f, besluit)
    uit = _plan_met(f, keuzes, besluit, advies, punten, later)
    waarschuwing = levertijd(f, uit, later, punten or [])
    if waarschuwing:
        # rule PLAN-LEVERTIJD: when there is room, the choice is made before the decision, so
        # the decision holds it; only when it cannot fit, the warning stays
        vroeg = set(te_laat(f, uit, later, punten or []))
        later_zonder = [p for p in later if p not in vroeg]
        nu = {k.werkvorm.id: k.fase for k in keuzes}
        for k in keuzes:
            # put back only what this calendar moved after the decision (a werkvorm on dates
            # of its own keeps the phase those dates give it)
            if k.periode is None and k.fase is Procesfase.uitwerken and set(k.onderwerpen) & vroeg:
                k.fase = None
        alt = _plan_met(f, keuzes, besluit, advies, punten, later_zonder)
        if _ervoor(alt, keuzes, vroeg):
            niet_ervoor(f, alt, keuzes, later_zonder)
            return _persoonlijk(
                f,
                advies_op_concept(f, eerst_de_keuze(f, alt, keuzes, besluit, later_zonder), keuzes),
                keuzes,
            )
        for k in keuzes:
            k.fase = nu[k.werkvorm.id]
    uit.bevindingen += waarschuwing
    niet_ervoor(f, uit, keuzes, later)
    return _persoonlijk(
        f, advies_op_concept(f, eerst_de_keuze(f, uit, keuzes, besluit, later), keuzes), keuzes
    )


def advies_op_de_feiten(f: Feiten, keuzes: list[Keuze]) -> set[str]:
    """The werkvormen in which a standing body or panel advises (an adviesraad, a cliëntenraad,
    a dorpsraad or wijkraad in its own meeting) on the choice a joint fact-finding in the mix
    is about: its points include that choice, it has no points of its own (it advises on the
    whole question), or the promise names the body (it advises on the decision the facts
    serve). Not a step on the case's own dates. Rule PLAN-FEITEN-EERST puts them after the
    outcome of the fact-finding.

    Why: review 65b (Veldersum): the dorpsraad advised from 4 to 22 January, before the joint
    fact-finding on the three sites (25 January - 10 February), while the wethouder promised
    to choose only once the village could compare the sites with the same facts."""
    keuzen = {p for k in keuzes if _feitenonderzoek(k) for p in k.onderwerpen}
    if not keuzen:
        return set()
    v = f.vraagstuk
    belofte = (v.besluit.toezegging.tekst if v.besluit and v.besluit.toezegging else "") or ""
    organen = {p.naam for p in v.belanghebbenden if p.soort is SoortBelanghebbende.adviesorgaan}
    uit = set()
    for k in keuzes:
        if k.werkvorm.id not in _ADVIESROUTE or k.periode is not None:
            continue
        if k.trede is not Trede.adviseren:
            continue
        orgaan = [n for n in k.voor if n in organen]
        if not orgaan:
            continue
        beloofd = bool(belofte) and any(belofte_aan(f, belofte, n) for n in orgaan)
        if not k.onderwerpen or set(k.onderwerpen) & keuzen or beloofd:
            uit.add(k.werkvorm.id)
    return uit


def _persoonlijk(f: Feiten, uit: Plan, keuzes: list[Keuze]) -> Plan:
    """Rules PLAN-EERST-PERSOONLIJK and PLAN-BESCHIKBAAR on the finished calendar: a step
    moved into a group's window comes after the personal step, its input (review 48e)."""
    voor = {k.werkvorm.id: list(k.voor) for k in keuzes}
    # the shared facts first (rule PLAN-FEITEN-EERST), then who hears it personally first
    uit = feiten_eerst(
        f,
        uit,
        {k.werkvorm.id for k in keuzes if _feitenonderzoek(k)},
        advies_op_de_feiten(f, keuzes),
    )
    uit = beschikbaar(f, keuze_na_ophalen(f, eerst_persoonlijk(f, uit, voor)), voor)
    # what the case's own dates put in the wrong order is said, not moved (PLAN-VOLGORDE-VAST)
    uit = volgorde_vast(f, uit)
    uit.bevindingen += informeren_eerst(f, uit, keuzes)
    return uit


def belofte_aan(f: Feiten, tekst: str, door: str) -> bool:
    """Does the promise ``tekst`` go to the body ``door``: a telling word of its name, and not
    only a word of another party the promise names in full (the club boards' 'Brummertse' is
    not the promise to 'Dorpsbelang Brummert'; review 47b: the clubs' showing of the sketches
    before their June vote was moved to November as the promised advice on the concept)."""
    if not noemt(tekst, door):
        return False
    if naam_in(tekst, door):
        return True
    return not any(
        naam_in(tekst, p.naam) and not naam_in(door, p.naam) for p in f.vraagstuk.belanghebbenden
    )


#: The advising body's own meeting, where it gives its advice.
_EIGEN_VERGADERING = "eigen-vergadering"
#: Who meets at a moment of another body that discusses the piece: a commissie of the provincie
#: or the waterschap, Provinciale Staten, a raad ('de Statencommissie Mobiliteit bespreekt de
#: varianten'). Not a dorpsraad or a wijkraad: their meeting is an advice, not a discussion.
_BESPREKEND = re.compile(r"commissie|\bstaten\b|\bgemeenteraad|\braad\b", re.IGNORECASE)
_ADVIES_WOORD = re.compile(r"\badvie", re.IGNORECASE)
_BESLIST_WOORD = re.compile(r"\bbeslis\w*|\bbesluit\b|\bkiest\b|\bstemt\b", re.IGNORECASE)
_NIET_BESLIST = re.compile(r"\b(?:zonder|niet)\s+(?:te\s+)?beslui", re.IGNORECASE)


def bespreekt_stuk(m: Moment) -> bool:
    """Does this fixed moment discuss the piece the advice is on, so the advice belongs in its
    papers: a commissie or the raad, or another body's commissie or Staten that discuss without
    deciding; not a moment on the interim state, not another body's advice, not a talk with the
    police. Why: review 57 (Hoenwijk): the dorpsraad advised on the variants from 5 to 16 April,
    while the papers for the Statencommissie on 19 April were due on 5 April."""
    if TUSSENSTAND.search(m.wat):
        return False
    if m.door in (Orgaan.commissie, Orgaan.raad):
        return True
    if m.door is not Orgaan.anders or _ADVIES_WOORD.search(m.wat):
        return False
    woorden = m.wat.split()
    wie = " ".join(woorden[:4])
    beslist = bool(_BESLIST_WOORD.search(m.wat)) and not _NIET_BESLIST.search(m.wat)
    return bool(_BESPREKEND.search(wie)) and not beslist


#: The most weeks the body's meeting on the concept is planned over.
ADVIES_MAX_WEKEN = 3


@regel(
    "PLAN-ADVIES-OP-CONCEPT",
    Thema.mix,
    "Een advies op het concept komt na het concept",
    """Geeft een vaste groep (een dorpsraad, een adviesraad) in haar eigen vergadering advies
    over een open punt, en maken andere rondes of vaste momenten vóór het voorstel het concept
    waarover zij adviseert (een verdieping, een project op scholen, een kinderraad die de eerste
    kaart bespreekt), dan komt die vergadering ná die rondes en momenten. Zij sluit vóór het
    volgende vaste moment dat het advies gebruikt (een commissie, ook een commissie van de
    provincie of Provinciale Staten die het stuk bespreekt) en vóór het voorstel. Een
    advies vooraf, vóór er een concept is, gaat over uitgangspunten, niet over het concept
    zelf. Dat geldt ook als een ander (het college, de provincie) de vergadering voor die groep
    houdt. Een vast moment waarvoor de stukken al klaar moeten zijn voordat de groepen gehoord
    zijn, wacht niet op dat advies: het rapport zegt dan bij die vergadering dat het advies na
    de stukken voor dat moment komt, en dat de stukken moeten zeggen wanneer het komt. Komt er een ontwerp met een zienswijzetermijn, dan staat het
    advies in dat ontwerp: het sluit de weken vóór de terinzagelegging die nodig zijn om het
    ontwerp te schrijven. Past er tussen de rondes en de stukken voor zo'n moment geen werkweek
    meer, dan komt het advies toch na de rondes, vóór het voorstel, en zegt het rapport dat het
    na de stukken voor dat moment komt. Past er ook vóór het voorstel geen werkweek meer, dan
    blijft de vergadering waar zij stond.""",
    ["ombudsman-inspraak-2009"],
)
def advies_op_concept(f: Feiten, uit: Plan, keuzes: list[Keuze]) -> Plan:
    """Move the advising body's own meeting out of an early round to after the rounds and
    moments that make the concept, and before the next moment (a commissie) or the proposal
    (changes ``uit`` in place). Why: review 45a, Bramerveen: the dorpsraden's promised advice
    on which plekken stay sat in the first round, before the school project and before the
    kinderraad saw the first map."""
    v = f.vraagstuk
    belofte = v.besluit.toezegging if v.besluit else None
    if belofte is None or belofte.trede is not Trede.adviseren or not belofte.tekst:
        return uit
    # the meeting of a body the promise names: there it gives the promised advice. The body is
    # the one the meeting is for, or the one that holds it (review 58a, Geuldaal and Hoenwijk:
    # the college and the provincie organise the meeting 'voor' the dorpsraden, and the advice
    # stayed in the first round, before the neighbours and the businesses were heard)
    eigen = {
        naam
        for w in v.werkvormen
        if w.id == _EIGEN_VERGADERING
        for naam in [
            next((n for n in (w.voor, w.door) if n and belofte_aan(f, belofte.tekst, n)), None)
        ]
        if naam
    }
    drager = next(
        (
            k
            for k in keuzes
            if k.werkvorm.id == _EIGEN_VERGADERING
            and k.periode is None
            and k.trede is Trede.adviseren
            and k.onderwerpen
            and eigen
            and fase_van(k) in (Procesfase.ophalen, Procesfase.verdiepen)
        ),
        None,
    )
    if drager is None:
        return uit
    thuis = next(
        (g for g in uit.fasen if drager.werkvorm.id in g.werkvormen and not g.op_datum), None
    )
    if thuis is None:
        return uit
    # the proposal: the first round on it, or its decision; the draft a formal round is on
    # holds the advice, so it is written first (review 58a, Hoenwijk: the promised advice goes
    # into the ontwerp-verkeersbesluit)
    voorstel = min(
        (
            g.start - ONTWERP_WEKEN * WEEK if _ZIENSWIJZE in g.werkvormen else g.start
            for g in uit.fasen
            if g.fase in (Procesfase.toetsen, Procesfase.besluit)
        ),
        default=None,
    )
    if voorstel is None:
        return uit
    momenten = {m.datum: m for m in v.momenten}
    # the rounds of the groups the advice is about, before the proposal: the advice comes after
    # them, so a moment whose papers are due before they end does not wait for the advice
    # (review 58a, Geuldaal: a raadsinformatiebijeenkomst in March kept the dorpsraden's advice
    # on the sites in January, before the neighbours of the sites were heard)
    # the formal advice of another standing body (the adviesraad on the concept) runs beside
    # this advice: it does not make the concept, and neither does the date it is due on
    # (Geuldaal: the Adviesraad Sociaal Domein's advice on 8 April kept the dorpsraden's
    # promised advice in January, before the neighbours of the sites were heard)
    naast = [
        g
        for g in uit.fasen
        if g is not thuis and g.werkvormen and set(g.werkvormen) <= _ADVIESROUTE
    ]
    naast_eind = {g.eind for g in naast}
    gehoord = max(
        (
            g.eind
            for g in uit.fasen
            if g is not thuis
            and g not in naast
            and g.werkvormen
            and g.fase in (Procesfase.ophalen, Procesfase.verdiepen)
            and thuis.eind < g.eind < voorstel
        ),
        default=thuis.eind,
    )
    gebruikt = [d for d, m in momenten.items() if bespreekt_stuk(m) and thuis.eind < d <= voorstel]
    # the advice is in the papers for that moment: it closes before they are due, not before
    # the meeting itself (review 46b, Bramerveen: advice until 7 May, the commissie's papers
    # due 13 April)
    zuid = v.vakantieregio is Vakantieregio.zuid
    papieren = [werkdag_voor(d - MOMENT_STUKKEN[momenten[d].door] * WEEK, zuid) for d in gebruikt]
    grens = min([voorstel, *[p for p in papieren if p > gehoord]])
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)

    def plek(grens: date) -> tuple[date, int] | None:
        """The start and working weeks of the meeting before ``grens``, after the rounds and
        moments that make the concept; None when nothing makes it after the meeting's round."""
        # the rounds and moments that make the concept, after the round the meeting sits in
        rondes = [
            g
            for g in uit.fasen
            if g is not thuis
            and g.fase in (Procesfase.ophalen, Procesfase.verdiepen)
            and g.eind > thuis.eind
            and g.eind < grens
        ]
        moment = [
            g.eind
            for g in rondes
            if not g.werkvormen
            and g.toelichting is not None
            and g.toelichting.sleutel == "FASE.moment"
            and g.start not in gebruikt
            and g.start not in naast_eind
        ]
        gemaakt = [g.eind for g in rondes if g.werkvormen and g not in naast]
        if not gemaakt and not moment:
            return None

        def weken_na(dag: date) -> tuple[date, int]:
            na = dag + timedelta(days=1)
            start = na + timedelta(days=(7 - na.weekday()) % 7)  # the Monday after
            while any(a <= start <= b for a, b, _ in vrij):
                start += WEEK
            start = werkdag_na(start, zuid)  # not on Easter Monday
            return start, min(ADVIES_MAX_WEKEN, werkweken(start, grens - timedelta(days=1), vrij))

        start, weken = weken_na(max([*gemaakt, *moment]))
        if weken < 1 and gemaakt and moment:
            # no week between the last moment on the first draft (a kinderraad) and the
            # papers: the meeting advises on that same draft beside it, after the rounds
            # that made it
            start, weken = weken_na(max(gemaakt))
        return start, weken

    gevonden = plek(grens)
    if (gevonden is None or gevonden[1] < 1) and grens < voorstel:
        # no working week between the rounds and a moment's papers: the advice still comes
        # after the rounds, before the proposal, and the report says it misses that moment
        # (review 57, Hoenwijk: the advice stayed in the first round, before the businesses
        # were heard, or ran past the papers for the Statencommissie unsaid)
        grens = voorstel
        gevonden = plek(grens)
    if gevonden is None or gevonden[1] < 1:
        return uit
    start, weken = gevonden
    eind = min(verder(start, weken, vrij), grens - timedelta(days=1))
    # a moment whose papers the advice made in its early round, and no longer makes: said in
    # plain words, and the earlier note that the advice is needed for it goes (review 57,
    # Geuldaal: 'de uitkomst is nodig voor de bespreking van 4 maart' while the dorpsraden
    # advised from 30 March)
    gemist = sorted(
        d
        for d, m in momenten.items()
        if bespreekt_stuk(m)
        and f.datum < d < grens
        and thuis.eind < werkdag_voor(d - MOMENT_STUKKEN[m.door] * WEEK, zuid) < eind
    )
    if gemist:
        naam = drager.werkvorm.naam
        for b in list(uit.bevindingen):
            if b.sleutel != "PLAN-SAMENHANG.te_kort_voor_moment" or naam not in b.waarden.get(
                "namen", []
            ):
                continue
            rest = [n for n in b.waarden["namen"] if n != naam]
            if rest:
                b.waarden["namen"] = rest
            else:
                uit.bevindingen.remove(b)
    thuis.werkvormen = [w for w in thuis.werkvormen if w != drager.werkvorm.id]
    if not thuis.werkvormen:
        uit.fasen.remove(thuis)
    wie = sorted(eigen)
    uit.fasen.append(
        Geplaatst(
            Procesfase.toetsen,
            start,
            eind,
            [drager.werkvorm.id],
            deel(
                "FASE.advies_op_concept",
                wie=wie,
                voor=grens.isoformat(),
                **({"na_moment": gemist[0].isoformat()} if gemist else {}),
            ),
        )
    )
    uit.fasen.sort(key=lambda g: g.start)
    if "PLAN-ADVIES-OP-CONCEPT" not in drager.regels:
        drager.regels.append("PLAN-ADVIES-OP-CONCEPT")
    return uit


#: The phases that meet before the main decision.
_ERVOOR = (Procesfase.voorbereiden, Procesfase.ophalen, Procesfase.verdiepen, Procesfase.toetsen)


def niet_ervoor(f: Feiten, uit: Plan, keuzes: list[Keuze], later: list[str]) -> None:
    """Part of rule PLAN-NA-BESLUIT: a werkvorm that meets before the main decision does not
    carry a point worked out only after it (changes ``keuzes`` in place; doing it twice changes
    nothing). Such a point is talked about in its own round before its later decision, or else
    in the werkvorm that works out points after the decision. Why: review 42b/42d: the future
    of a building after the hall closes was 'advised on' from April to July, the decision in
    November; the building phase of a road in the klankbordgroep a year before the design."""
    if not later:
        return
    hoofd = f.vraagstuk.kaders.besluit_uiterlijk
    eigen = {
        str(o).rstrip(".")
        for g in uit.fasen
        if g.toelichting is not None and g.toelichting.sleutel == "FASE.later_besluit"
        for o in g.toelichting.waarden.get("onderwerpen", [])
    }
    erna = [k for k in keuzes if k.periode is None and fase_van(k) is Procesfase.uitwerken]
    for k in keuzes:
        if k.periode is None:
            ervoor = fase_van(k) in _ERVOOR
        else:
            ervoor = hoofd is not None and k.periode[1] < hoofd
        weg = [p for p in k.onderwerpen if p in later] if ervoor else []
        # a point with neither its own round nor a werkvorm after the decision stays where it is
        weg = [p for p in weg if p.rstrip(".") in eigen or erna]
        if not weg:
            continue
        k.onderwerpen = [p for p in k.onderwerpen if p not in weg]
        if not k.onderwerpen:
            k.redenen = [r for r in k.redenen if not r.sleutel.startswith("MIX-ONDERWERP.")]
        for p in weg:
            if p.rstrip(".") not in eigen and not any(p in a.onderwerpen for a in erna):
                erna[0].onderwerpen.append(p)


@regel(
    "MIX-VOLGORDE",
    Thema.mix,
    "Eerst de hoofdkeuze, dan de uitwerking",
    """Is één open punt een keuze tussen mogelijkheden (welk van de drie scenario's, een
    variant, een locatie, of iets wel of niet gebeurt), en werken andere open punten details
    uit binnen die keuze (waar precies, de inrichting, welke straten, de venstertijden), dan
    komt eerst de hoofdkeuze. In de verdieping wegen de deelnemers eerst de mogelijkheden en
    hun gevolgen af; pas daarna werken zij de details uit binnen de gekozen mogelijkheid. Over
    de details van een mogelijkheid die later afvalt, praat dan niemand voor niets. Het
    uitgewerkte plan komt daarna één keer terug bij iedereen, in een korte reactieronde vóór
    het voorstel (regel PLAN-REACTIE). De hoofdkeuze krijgt minstens de trede van haar
    details: wie over de details adviseert, adviseert ook over de keuze zelf (regel
    TREDE-KEUZE). Is er meer dan één zulke keuze, of geen punt dat details uitwerkt, dan is de
    volgorde niet zeker en blijft die zoals hij was. Een punt dat pas na het besluit wordt
    uitgewerkt, volgt al na het besluit (regel PLAN-NA-BESLUIT).""",
    ["ombudsman-inspraak-2009", "oecd-deliberatie-2020"],
)
def eerst_de_keuze(
    f: Feiten, uit: Plan, keuzes: list[Keuze], besluit: BesluitAdvies, later: list[str]
) -> Plan:
    """Split the deepening round: first the main choice, then the details within it; the
    reaction round before the proposal is then on the worked-out plan (changes ``uit`` in
    place). Unchanged without a certain main choice, or when no form of the deepening round
    carries it or a detail."""
    v = volgorde(f.vraagstuk.kaders.open, besluit.door, later)
    if v is None:
        return uit
    verdiepen = next(
        (
            g
            for g in uit.fasen
            if g.fase is Procesfase.verdiepen
            and g.werkvormen
            and not g.op_datum
            and (g.toelichting is None or g.toelichting.sleutel == "FASE.noot_vakantie")
        ),
        None,
    )
    if verdiepen is None:
        return uit
    daar = [k for k in keuzes if k.werkvorm.id in verdiepen.werkvormen]
    if not any(v.hoofd in k.onderwerpen for k in daar) or not any(
        set(v.details) & set(k.onderwerpen) for k in daar
    ):
        return uit
    vrij = vakantieweken(f.kennis.vakanties, f.vraagstuk.vakantieregio)
    weken = werkweken(verdiepen.start, verdiepen.eind, vrij)
    if weken < 2 * VOLGORDE_MIN_WEKEN:
        return uit  # too short to do one after the other
    tot = verder(verdiepen.start, weken // 2, vrij)
    # the holidays the phase leaves out stay with it (the summary says them in brackets)
    noot = verdiepen.toelichting.waarden if verdiepen.toelichting else {}
    verdiepen.toelichting = deel(
        "FASE.volgorde", **noot, hoofd=v.hoofd.rstrip("."), tot=tot.isoformat()
    )
    for g in uit.fasen:
        t = g.toelichting
        if (
            g.fase is Procesfase.toetsen
            and t is not None
            and t.sleutel == "FASE.reactie"
            and v.hoofd.rstrip(".") in t.waarden.get("keuzes", [])
        ):
            # the worked-out plan, with the choice made and its details, comes back once
            t.waarden.update(keuzes=[], concepten=[], uitgewerkt=True)
    return uit


def _gemeente(door: Beslisser | None) -> bool:
    return door is not None and gemeente_beslist_door(door)


def _ervoor(uit: Plan, keuzes: list[Keuze], onderwerpen: set[str]) -> bool:
    """Does this plan fit, with every werkvorm on these points in a round before the
    decision?"""
    if uit.past is not True:
        return False
    voor = {
        id
        for g in uit.fasen
        if g.fase in (Procesfase.ophalen, Procesfase.verdiepen, Procesfase.toetsen)
        for id in g.werkvormen
    }
    ids = [k.werkvorm.id for k in keuzes if set(k.onderwerpen) & onderwerpen]
    return bool(ids) and all(id in voor for id in ids)


def _na_het_informeren(
    f: Feiten,
    uit: Plan,
    rondes: list[Geplaatst],
    tot: date,
    mening: Callable[[str], bool],
) -> date | None:
    """Move the opinion steps of ``rondes`` to the weeks after the informing step that ends on
    ``tot`` (changes ``uit`` in place), when they still close, in their shortest run or up to
    their old length, before the papers of every fixed moment after their old start and
    before the proposal. Else the day they would have to close by: then the report says it. Why: review
    58 (Hessenveld): the panel asked for views in January, the inloopavonden with the traffic
    and noise studies came in late March; the report only flagged it while the panel fitted in
    the two weeks between the evenings and the papers for the raad's meeting in June."""
    v = f.vraagstuk
    zuid = v.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    besluit = v.kaders.besluit_uiterlijk
    begin = min(g.start for g in rondes)
    voorstel = min(
        (g.start for g in uit.fasen if g.fase is Procesfase.besluit), default=besluit or date.max
    )
    papieren = [
        moment_papieren(f, m, vrij, zuid)
        for m in v.momenten
        if m.door in (Orgaan.commissie, Orgaan.raad, Orgaan.college)
        and not TUSSENSTAND.search(m.wat)
        and begin < m.datum
        and (besluit is None or m.datum < besluit)
    ]
    # what the rounds gave is written into those papers: they close two working weeks before
    # (rule PLAN-VERWERKEN)
    grens = _werkdagen_terug(min([voorstel, *papieren]), VERWERK_WERKDAGEN, vrij, zuid)
    ids = list(dict.fromkeys(w for g in rondes for w in g.werkvormen if mening(w)))
    nodig = max(catalogus[w].weken[0] for w in ids)
    oud = max(werkweken(g.start, g.eind, vrij) for g in rondes)
    start = _maandag_na(tot, vrij, zuid)
    ruimte = werkweken(start, grens - timedelta(days=1), vrij)
    if ruimte < nodig:
        return grens
    eind = min(verder(start, min(oud, ruimte), vrij), grens - timedelta(days=1))
    eind = werkdag_voor(eind, zuid)
    for g in rondes:
        g.werkvormen = [w for w in g.werkvormen if w not in ids]
    weg = {id(g) for g in rondes if not g.werkvormen}
    uit.fasen = [g for g in uit.fasen if id(g) not in weg]
    nieuw = Geplaatst(Procesfase.ophalen, start, eind, ids, None)
    uit.fasen.append(nieuw)
    _vakantie_noot(f, [nieuw], vrij)
    uit.fasen.sort(key=lambda g: g.start)
    return None


def informeren_eerst(f: Feiten, uit: Plan, keuzes: list[Keuze]) -> list[Bevinding]:
    """A note when the planner's rounds ask inwoners for their opinion before the case's own
    informing start (rule PLAN-KALENDER): a step of the case on dates of its own that opens
    the rounds (the catalogue's ``opent``: an evening with the plans and studies on the
    table), the first dated step with inwoners before the decision. The note names the rounds
    and says what to do; a personal talk or a letter that only informs is no such round.

    Why: review 59 (Hessenveld): the panel, the school project and the talks via key figures
    ran in January and February, the college's inloopavond with the studies in late March:
    people were asked before they were informed. Moving the rounds after it did not fit
    before the raad's information meeting in June, and moved personal talks and the letter
    announcing the evening after it in other cases; so the report says it. Review 57/58 asked
    to move, not only flag: the opinion rounds (not the personal talks, not the letter) move
    after the informing step when they still fit (:func:`_na_het_informeren`); only when they
    do not, the note stays."""
    besluit = f.vraagstuk.kaders.besluit_uiterlijk
    eigen = [
        k
        for k in keuzes
        if k.periode is not None
        and k.genoemd
        and k.werkvorm.organisator is not Organisator.griffie
        and fase_van(k) in (Procesfase.ophalen, Procesfase.verdiepen, Procesfase.toetsen)
        and (besluit is None or k.periode[0] < besluit)
    ]
    if not eigen:
        return []
    eerste = min(eigen, key=lambda k: k.periode or (date.max, date.max))
    if (
        not eerste.werkvorm.opent
        or eerste.periode is None
        or any(k.periode and k.periode[0] <= eerste.periode[0] for k in eigen if k is not eerste)
    ):
        return []
    van, tot = eerste.periode
    catalogus = {w.id: w for w in f.kennis.werkvormen}

    def mening(id_: str) -> bool:
        w = catalogus.get(id_)
        return (
            w is not None
            and id_ != eerste.werkvorm.id
            and w.maakt_openbaar
            and w.organisator is not Organisator.griffie
            and Modus.denken in w.modi
            and not set(w.treden) <= {Trede.informeren}
            # a broad round or the evening where people weigh the options; a talk with one
            # group in its own circle may come first (as in rule PLAN-FEITEN-EERST)
            and (w.verbreding_of_verdieping is Reikwijdte.verbreding or w.afwegen)
        )

    rondes = [
        g
        for g in uit.fasen
        if g.fase in (Procesfase.ophalen, Procesfase.verdiepen)
        and not g.op_datum
        and f.datum <= g.start < van
        and any(mening(id_) for id_ in g.werkvormen)
    ]
    eerder = [catalogus[id_].naam for g in rondes for id_ in g.werkvormen if mening(id_)]
    if not eerder:
        return []
    klaar = _na_het_informeren(f, uit, rondes, tot, mening)
    if klaar is None:
        return []
    return [
        bevinding(
            "PLAN-KALENDER",
            Ernst.let_op,
            "PLAN-KALENDER.informeren_eerst",
            bronnen=[],
            naam=eerste.werkvorm.naam,
            van=van.isoformat(),
            tot=tot.isoformat(),
            rondes=list(dict.fromkeys(eerder)),
            klaar=klaar.isoformat(),
        )
    ]


def _plan_met(
    f: Feiten,
    keuzes: list[Keuze],
    besluit: BesluitAdvies,
    advies: Trede | None,
    punten: list[OnderwerpAdvies] | None,
    later: list[str],
) -> Plan:
    """The calendar with these points worked out after the decision."""
    naar_uitwerken(keuzes, later)
    fasen = {k.werkvorm.id: fase_van(k) for k in keuzes}
    from pionieren.analysis.mix.kosten import weken_van  # circular: kosten imports plan

    kaders = kaders_eerst(f, besluit, advies)
    voor, na, evaluatie = blokken(
        keuzes, fasen, kaders, {k.werkvorm.id: weken_van(f, k) for k in keuzes}
    )
    ankers = [
        Anker(fasen[k.werkvorm.id], k.werkvorm.id, k.werkvorm.naam, *k.periode)
        for k in keuzes
        if k.periode is not None
    ]
    # the raad's own hearing on the proposal, between the papers and the decision
    bij_besluit = [
        k.werkvorm.id
        for k in keuzes
        if fasen[k.werkvorm.id] is Procesfase.besluit and k.periode is None
    ]
    uit = plan(
        f,
        voor,
        na,
        besluit.stukken_weken,
        evaluatie,
        besluit.termijn_vast,
        besluit.door,
        ankers,
        bij_besluit,
        # a formal round on the draft (a zienswijze) is already the moment the piece is public
        []
        if any(k.werkvorm.id == "zienswijze" for k in keuzes)
        else voor_te_leggen(f, besluit, punten or [], later),
        # the piece on a point worked out after the decision lies open at the end of that work
        [p for p in voor_te_leggen(f, besluit, punten or []) if p.onderwerp in later],
        # and that work is done by the papers for the earliest own decision on such a point
        min(
            (
                p.uiterlijk - besluit.stukken_weken * WEEK
                for p in f.vraagstuk.kaders.open
                if p.onderwerp in later and p.uiterlijk is not None
            ),
            default=None,
        ),
    )
    # a later decision on points the advice promises a level on, that no werkvorm works out
    # after the decision, gets its own step (rule PLAN-LATER-BESLUIT)
    uitgewerkt = {o for k in keuzes if k.fase is Procesfase.uitwerken for o in k.onderwerpen}
    per_punt = {p.onderwerp: p for p in punten or []}
    hoofd = f.vraagstuk.kaders.besluit_uiterlijk
    toezegging = f.vraagstuk.besluit.toezegging if f.vraagstuk.besluit else None
    belofte = toezegging.tekst or "" if toezegging is not None else ""
    eigen = [
        LaterPunt(
            p.onderwerp,
            p.door,
            p.uiterlijk if p.uiterlijk and hoofd and p.uiterlijk > hoofd else None,
            per_punt[p.onderwerp].trede.value,
            # the point, or the promise about it, says the advice goes into the draft
            in_ontwerp(p.onderwerp) or (p.toegezegd is True and in_ontwerp(belofte)),
        )
        for p in f.vraagstuk.kaders.open
        if p.onderwerp in later
        and p.onderwerp not in uitgewerkt
        and p.onderwerp in per_punt
        and per_punt[p.onderwerp].open
        and per_punt[p.onderwerp].trede in (Trede.raadplegen, Trede.adviseren, Trede.meebeslissen)
        # the gemeente's own decision, or the body the whole process already advises (the
        # gemeente's advice on the provincie's building plan, after its design decision), or
        # the initiator's on a point the case puts after the decision (its building traffic)
        and (
            _gemeente(p.door or besluit.door)
            or (p.door or besluit.door) is besluit.door
            or (p.na_besluit is True and p.door is Beslisser.initiatiefnemer)
        )
    ]
    # (a round that already works out points after the decision, such as a werkgroep, is where
    # the later points are talked about too)
    al_uitgewerkt = any(g.fase is Procesfase.uitwerken and g.werkvormen for g in uit.fasen)
    if not f.vraagstuk.kaders.besluit_al_genomen and not al_uitgewerkt:
        stappen, gemeld = later_besluit(f, eigen, hoofd, besluit.door)
        uit.fasen = sorted([*uit.fasen, *stappen], key=lambda x: x.start)
        uit.bevindingen += gemeld
    if kaders:
        for g in uit.fasen:
            if g.fase is Procesfase.voorbereiden and g.toelichting is None:
                g.toelichting = deel("FASE.kaders_raad", raad=g.eind.isoformat(), naast=False)
                break
    return uit


#: A point about something that must be made, bought or placed before it can be used: a
#: design, a layout, furniture or a shelter.
_TE_MAKEN = re.compile(
    r"\b(?:her)?inricht\w*|\bontwerp\w*|\baanschaf\w*|\bmeubilair\b|\boverkapping\w*"
    r"|\bspeeltoestel\w*|\bbouw\w*",
    re.IGNORECASE,
)


@regel(
    "PLAN-LEVERTIJD",
    Thema.mix,
    "Tijd tussen de keuze en de uitvoering",
    """Kiezen inwoners pas na het besluit hoe iets wordt ingericht of gemaakt (zij
    coproduceren of beslissen mee), en begint de uitvoering vlak na die keuze, dan is er geen
    tijd om te bestellen, te maken en te plaatsen. Dan komt het te laat, of vult de gemeente
    het zelf in, en breekt zij haar woord. Is er vóór het besluit nog ruimte, dan plant
    pionieren die keuze vóór het besluit, zodat het besluit haar al bevat. Past dat niet, dan
    zegt pionieren het in één zin: laat de keuze toch eerder maken, of vraag na hoe lang
    bestellen en plaatsen duurt en begin zo nodig later. Een aantal weken noemt pionieren niet: de
    levertijd verschilt per zaak. 'Vlak na' is: de uitvoering begint in de week na het eind
    van het uitwerken.""",
    ["ombudsman-inspraak-2009"],
)
def levertijd(
    f: Feiten, uit: Plan, later: list[str], punten: list[OnderwerpAdvies]
) -> list[Bevinding]:
    """A warning when a choice of inwoners on what must be made is worked out after the
    decision and the works start the week after."""
    wat = [p.rstrip(".") for p in te_laat(f, uit, later, punten)]
    if not wat:
        return []
    return [
        bevinding(
            "PLAN-LEVERTIJD",
            Ernst.waarschuwing,
            onderwerpen=wat,
            uitvoering=str(f.vraagstuk.kaders.uitvoering_van),
        )
    ]


def te_laat(f: Feiten, uit: Plan, later: list[str], punten: list[OnderwerpAdvies]) -> list[str]:
    """The open points on what must be made that inwoners choose after the decision, when
    the works start the week after that work ends (rule PLAN-LEVERTIJD)."""
    start = f.vraagstuk.kaders.uitvoering_van
    if start is None or not later:
        return []
    eind = max((g.eind for g in uit.fasen if g.fase is Procesfase.uitwerken), default=None)
    if eind is None or eind > start or start - eind > WEEK:
        return []
    return [
        p.onderwerp
        for p in punten
        if p.open
        and p.onderwerp in later
        and p.trede.rang >= Trede.coproduceren.rang
        and _TE_MAKEN.search(p.onderwerp)
    ]


@regel(
    "MIX-TIJD",
    Thema.mix,
    "Past de mix in de tijd?",
    """De werkvormen voor samen denken lopen naast elkaar, samen besluiten volgt daarna, en de
    terugkoppeling komt voor het besluit. Die minimale doorlooptijd moet passen voor de datum
    van het besluit. Past het niet, dan kiest pionieren snellere werkvormen; past het dan nog
    niet, dan zegt pionieren hoeveel weken er tekortkomen.""",
    ["ombudsman-goed-begin-2019", "oecd-voorwaarden-2022", "involve-planning"],
)
def past_in_tijd(
    f: Feiten, keuzes: list[Keuze], besluit: BesluitAdvies, advies: Trede | None = None
) -> bool:
    """Do these choices fit before the decision? (Unknown counts as fitting; what is short is
    said by the calendar, rule PLAN-KALENDER.)"""
    return maak_plan(f, keuzes, besluit, advies).past is not False

"""The case's own channel: a group whose route (via) is itself a meeting or a visit is reached
there, in the step meant for it, with that moment and place named."""

from __future__ import annotations

import re

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.bereik import andere_dag, gaat_erheen, in_gesprek, noemt, vergadert
from pionieren.analysis.mix.ontwerp import Keuze, voor_het_besluit
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.analysis.stakeholders import dubbele_rol, opdracht_zinnen
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import Groepen, Houding, Niveau, Organisator, Werving

_MOMENT = re.compile(
    r"\b(?:\w*bezoek\w*|\w*vergadering\w*|\w*overleg\w*|ledenavond\w*|\w*bijeenkomst\w*|"
    r"\w*spreekuur\w*|op het erf|aan de keukentafel|aan huis)\b",
    re.IGNORECASE,
)
"""Words that make a route a moment where people meet (a visit, a meeting, a members' evening,
a consultation hour, on the farmyard) rather than a medium (a newsletter, a website)."""


def moment(via: str) -> bool:
    """Is this route (via) itself a meeting or a visit, not only a medium?"""
    return bool(_MOMENT.search(via))


def _genoemd(keuzes: list[Keuze], via: str) -> bool:
    """Does a reason of the design already name this route?"""
    return any(via in str(r.waarden) for k in keuzes for r in k.redenen)


def _eigen_gesprek(k: Keuze, partij: Belanghebbende) -> bool:
    """Does the gemeente itself meet this group here, by invitation and in person: a talk one
    by one (at the kitchen table, on the spot), a visit to the group's own meeting, or its own
    direct talk as a key player at a round table? Not a standing body (a klankbordgroep), a
    joint fact-finding under an independent chair, an open evening, the raad's own meeting or
    the initiator's talk."""
    w = k.werkvorm
    if w.werving is not Werving.gericht or w.organisator is not Organisator.gemeente:
        return False
    if not w.bijeenkomst or w.groepen is Groepen.georganiseerd:
        return True
    return any(partij.naam in r.waarden.get("sleutelspelers", ()) for r in k.redenen)


def _stap(keuzes: list[Keuze], partij: Belanghebbende) -> Keuze | None:
    """The talk before the decision where the gemeente meets this group itself
    (:func:`_eigen_gesprek`), in person before online, then the one with the fewest other
    groups: the step meant for it."""
    stappen = [
        k
        for k in keuzes
        if k.serves(partij.naam)
        and voor_het_besluit(k)
        and in_gesprek(k.werkvorm)
        and _eigen_gesprek(k, partij)
        and not andere_dag(k.periode, partij)
    ]
    return min(stappen, key=lambda k: (not gaat_erheen(k.werkvorm), len(k.voor)), default=None)


@regel(
    "MIX-KANAAL",
    Thema.mix,
    "Het eigen moment van een groep",
    """Noemt het vraagstuk als weg naar een groep (via) zelf een moment waarop mensen elkaar
    zien, zoals een bezoek, een vergadering, een ledenavond, het overleg van de vrijwilligers
    of een bezoek op het erf, dan is dat de manier waarop de gemeente die groep spreekt. Het
    rapport zegt dat bij het gesprek dat voor die groep bedoeld is, met dat moment en die plek:
    de groep hoeft dan niet naar een avond of gesprek die de gemeente zelf bedenkt. Een weg die
    alleen een middel is (de nieuwsbrief, de dorpskrant, een website), blijft een middel. Een
    moeilijk bereikbare groep krijgt haar weg al bij de werkvorm die haar bereikt (regel
    MIX-INCLUSIE); de hoorzitting van de raad is geen eigen moment van een groep. Loopt de weg
    via een organisatie die zelf een groot belang bij het besluit heeft en ertegen is (een
    aanbieder die straks kan inschrijven), terwijl de groep zelf geen kant koos, dan is die
    organisatie niet de weg naar de groep. Dat geldt altijd voor de organisatie die nu de
    subsidie of opdracht heeft en straks kan inschrijven (regel BELANG-DUBBELE-ROL), ook als de
    weg haar niet bij naam noemt maar een plek die zij nu runt (haar jongerencentrum) of haar
    eigen medewerkers (de jongerenwerkers). Het rapport noemt dan de rest van de weg die geen
    belang heeft, of vraagt een weg zonder eigen belang; de gemeente voert het gesprek zelf,
    zonder medewerkers van die organisatie erbij. Vraagt de groep zelf om haar eigen begeleider
    (voorwaarde: 'met hun eigen begeleider'), dan blijft die begeleider erbij.""",
    ["movisie-moeilijk-bereikbaar", "communicatiekompas-macht"],
)
def kanaal(f: Feiten, keuzes: list[Keuze]) -> None:
    """Part of composing the design, after the budget cut: every group whose route is a
    meeting or a visit, and whose route no reason names yet, is reached there in the first talk
    in person before the decision that serves it."""
    inclusie = {n for k in keuzes if voor_het_besluit(k) for n in k.inclusie}
    for partij in f.vraagstuk.belanghebbenden:
        via = (partij.via or "").strip().rstrip(".")
        if (
            not via
            or not moment(via)
            or partij.naam in inclusie
            or _genoemd(keuzes, via)
            # a route through a party with a stake: its own line says the way (below)
            or poortwachters(f, partij)
        ):
            continue
        stap = _stap(keuzes, partij)
        if stap is not None:
            stap.add([], deel("MIX-KANAAL", naam=partij.naam, via=via), "MIX-KANAAL")
    _poortwachters(f, keuzes)


_DELEN = re.compile(r"\s*(?:,|;|\ben\b|\bof\b)\s*")
"""Where a route (via) names a next way: 'de jongerenwerkers van X en de boa's'."""
_EIGENNAAM = re.compile(r"(?:\b(?:De|Het)\s+)?\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
"""A proper name in a route: 'De Loods', 'Marne College'."""
_PLAATS = re.compile(r"\b(?:in|uit|te|naar|rond|om|buiten)\s+$", re.IGNORECASE)
"""The words before a place name: 'in Marnum'."""
_VAN = re.compile(r"\b(?:van|bij)\s+\S", re.IGNORECASE)


def route_delen(via: str) -> list[str]:
    """The ways a route (via) names, each on its own."""
    return [d.strip().rstrip(".") for d in _DELEN.split(via) if d and d.strip(" .")]


def belang_bij_besluit(f: Feiten) -> list[Belanghebbende]:
    """The parties with a stake of their own in the decision: the organisation that now holds
    the subsidy or opdracht and may bid for the new one (rule BELANG-DUBBELE-ROL), whatever its
    attitude."""
    namen = dubbele_rol(f).namen
    return [q for q in f.vraagstuk.belanghebbenden if q.naam in namen]


def _personeel(f: Feiten, q: Belanghebbende) -> list[str]:
    """The job words of this organisation's own staff, from a group the case names after them
    ('Jongerenwerkers van Stichting X': 'jongerenwerkers')."""
    uit = []
    for r in f.vraagstuk.belanghebbenden:
        m = re.fullmatch(
            rf"(.+?)\s+(?:van|bij)\s+(?:de\s+|het\s+)?{re.escape(q.naam)}", r.naam.strip(), re.I
        )
        if m:
            uit.append(m.group(1).split()[-1].lower())
    return uit


def _loopt_via(f: Feiten, deel_: str, q: Belanghebbende) -> bool:
    """Does this one way (a part of a route) run through the party ``q``: it names q, or a
    place or service q runs now (a proper name in q's own sentence about its subsidy), or q's
    staff by their job without naming anyone else ('de ambulante jongerenwerkers')?"""
    if noemt(deel_, q.naam):
        return True
    zinnen = opdracht_zinnen(f, q.naam)
    gemeente = f.vraagstuk.gemeente
    for m in _EIGENNAAM.finditer(deel_):
        naam = m.group(0).strip()
        if naam in (gemeente, "De", "Het") or len(naam) < 4 or _PLAATS.search(deel_[: m.start()]):
            continue
        # a place (a village, a kern: 'in Marnum') is no place q runs
        if any(
            (z_m := re.search(rf"\b{re.escape(naam)}\b", z))
            and not _PLAATS.search(z[: z_m.start()])
            for z in zinnen
        ):
            return True
    woorden = _personeel(f, q)
    return (
        bool(woorden)
        and not _VAN.search(deel_)
        and any(re.search(rf"\b{re.escape(w)}\b", deel_, re.I) for w in woorden)
    )


def poortwachters(f: Feiten, partij: Belanghebbende) -> list[Belanghebbende]:
    """The parties on this group's route (via) that have a stake of their own in the decision:
    the organisation that now holds the subsidy or opdracht and may bid for the new one
    (:func:`belang_bij_besluit`), named by name, by a place it runs or by its staff; or an
    organisation (not a body of members that speaks for the group) with a large stake that is
    against the plan, while the group itself took no side against it.

    Why: review 55b (Marnewold): young people reached 'via de ambulante jongerenwerkers van
    Stichting Welzijn Marnewold', the likely bidder; review 58b: also 'via de jongerenwerkers
    van De Loods', the bidder's youth centre, for young people who are against the plan. Such a
    gatekeeper steers what the group says and breaks the level playing field; a residents'
    association or a dorpsraad on the route is the group's own voice and stays."""
    if not partij.via:
        return []
    delen = route_delen(partij.via)
    bieders = [q for q in belang_bij_besluit(f) if q.naam != partij.naam]
    uit = [q for q in bieders if any(_loopt_via(f, d, q) for d in delen)]
    if partij.houding is not Houding.tegen:
        uit += [
            q
            for q in f.vraagstuk.belanghebbenden
            if q.naam != partij.naam
            and q not in uit
            and q.houding is Houding.tegen
            and q.belang is Niveau.hoog
            and not vergadert(q)
            and noemt(partij.via, q.naam)
        ]
    return uit


def neutrale_route(f: Feiten, partij: Belanghebbende) -> str:
    """The group's route (via) without the ways that run through a party with a stake of its
    own in the decision (:func:`poortwachters`); empty when none is left. A route without such a
    party stays as it is."""
    via = (partij.via or "").strip()
    wie = poortwachters(f, partij)
    if not wie:
        return via
    delen = [
        d for d in route_delen(via) if not any(_loopt_via(f, d, q) or noemt(d, q.naam) for q in wie)
    ]
    if not delen:
        return ""
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


#: A group's condition that its own begeleider is with it ('met hun eigen begeleider').
_MET_BEGELEIDER = re.compile(r"\bmet\s+(?:hun|haar|zijn|de)\s+(?:eigen\s+)?begeleid", re.IGNORECASE)


def _poortwachters(f: Feiten, keuzes: list[Keuze]) -> None:
    """Rule MIX-KANAAL: the first step before the decision that serves a group whose route
    runs through a party with a stake of its own says who leads the talk."""
    for partij in f.vraagstuk.belanghebbenden:
        wie = poortwachters(f, partij)
        # 'Jongerenwerkers van Stichting X' are X's own staff: X is named once
        wie = [q for q in wie if not any(r is not q and noemt(q.naam, r.naam) for r in wie)]
        stap = next((k for k in keuzes if k.serves(partij.naam) and voor_het_besluit(k)), None)
        if not wie or stap is None:
            continue
        meervoud = len(wie) > 1 or bool(wie[0].meervoud)
        stap.add(
            [],
            deel(
                "MIX-KANAAL.belang",
                naam=partij.naam,
                wie=[q.naam for q in wie],
                meervoud=meervoud,
                neutraal=neutrale_route(f, partij),
                # the group's own condition wins: 'met hun eigen begeleider' keeps that
                # begeleider in the talk (review 65b, kinderboerderij)
                begeleider=bool(_MET_BEGELEIDER.search(partij.voorwaarde or "")),
            ),
            "MIX-KANAAL",
        )

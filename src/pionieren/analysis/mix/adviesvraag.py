"""The promised written advice of named organisations on the concept is one dated step: who is
asked, the date the concept goes to them, the date their advice is due (before the papers that
use it), and whether it goes unchanged with the proposal (review 48e, worst fault 3: 'De
kerntoezegging van elke casus wordt geen stap met een datum')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.adviesorgaan import bewonersorgaan
from pionieren.analysis.mix.bereik import noemt_lid
from pionieren.analysis.mix.betrokken import noemt
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.planning import MOMENT_STUKKEN, WEEK, Geplaatst, Plan
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.feestdagen import werkdag_voor
from pionieren.vocabulary import Orgaan, Procesfase, SoortBelanghebbende, Vakantieregio

#: The piece the advice is about: a concept, the scenarios, the comparison of the options.
_CONCEPT = re.compile(r"\bconcept\w*|\bscenario\w*|\bvergelijking\b", re.IGNORECASE)
_ADVIES = re.compile(r"\badvie[sz]\w*|\badviseren\b", re.IGNORECASE)
#: The advice goes with the proposal as it is: 'ongewijzigd', 'letterlijk', 'als bijlage'.
_ONGEWIJZIGD = re.compile(r"\bongewijzigd\b|\bletterlijk\b|\bals bijlage\b", re.IGNORECASE)
#: Bodies named as a kind: 'de dorpen', 'de dorpsraden'; 'de besturen' of the foundations.
_DORPEN = re.compile(r"\bdorpen\b|\bdorpsraden\b|\bkernen\b", re.IGNORECASE)
_BESTUREN = re.compile(r"\bbesturen\b", re.IGNORECASE)
_STICHTING = re.compile(r"^(?:stichting|vereniging)\b", re.IGNORECASE)
#: The fewest weeks between the concept and the advice: at least two weeks to read it.
MIN_WEKEN = 2
#: The most weeks the bodies get: a monthly meeting falls in it.
MAX_WEKEN = 6


@dataclass
class Adviesvraag:
    wie: list[str]
    ongewijzigd: bool


def _organisatie(p: Belanghebbende) -> bool:
    return not p.initiatiefnemer and p.soort in (
        SoortBelanghebbende.adviesorgaan,
        SoortBelanghebbende.maatschappelijke_organisatie,
        SoortBelanghebbende.anders,
        SoortBelanghebbende.ondernemers,
        SoortBelanghebbende.inwoners,
    )


def _kopwoord(tekst: str, p: Belanghebbende) -> bool:
    """Does the text name the first word of the party's name ('de afdeling Markenveld van de
    Fietsersbond' for 'Fietsersbond afdeling Markenveld'; not 'Natuurvereniging De Kanaalzoom'
    for 'Vereniging Dorpsbelangen')?"""
    kop = re.split(r"[\s(]+", p.naam.strip(), maxsplit=1)[0]
    return bool(kop) and re.search(rf"\b{re.escape(kop)}\b", tekst, re.IGNORECASE) is not None


def adviesvraag(f: Feiten) -> Adviesvraag | None:
    """The promise that named organisations advise on the concept, with who they are; None
    when the promise names no one, is not about advice, or not about a concept."""
    v = f.vraagstuk
    belofte = v.besluit.toezegging if v.besluit else None
    tekst = belofte.tekst if belofte is not None else None
    if not tekst or not _ADVIES.search(tekst) or not _CONCEPT.search(tekst):
        return None
    wie = [
        p.naam
        for p in v.belanghebbenden
        if _organisatie(p)
        and (
            noemt_lid(tekst, p.naam, v.gemeente)
            or (noemt(f, tekst, p) and _kopwoord(tekst, p))
            or (_DORPEN.search(tekst) is not None and bewonersorgaan(p))
            or (
                _BESTUREN.search(tekst) is not None
                and p.soort is SoortBelanghebbende.maatschappelijke_organisatie
                and _STICHTING.search(p.naam) is not None
            )
        )
    ]
    # organisations, not only the inwoners at large: a named body or group is asked
    if not any(
        p.naam in wie and p.soort is not SoortBelanghebbende.inwoners for p in v.belanghebbenden
    ):
        return None
    return Adviesvraag(wie, bool(_ONGEWIJZIGD.search(tekst)))


def _eigen_moment(f: Feiten, uit: Plan, wie: list[str]) -> bool:
    """Does a moment of the case already hold the advice of every body asked ('De dorpsraden en
    de ondernemersvereniging leveren hun advies op de conceptverordening in')?"""
    v = f.vraagstuk
    gedekt: set[str] = set()
    for m in v.momenten:
        if m.door in (Orgaan.commissie, Orgaan.raad) or not _ADVIES.search(m.wat):
            continue
        gedekt |= {p.naam for p in v.belanghebbenden if p.naam in wie and noemt(f, m.wat, p)}
    return set(wie) <= gedekt


@regel(
    "PLAN-TOEGEZEGD-ADVIES",
    Thema.mix,
    "Het toegezegde advies op het concept is een stap met een datum",
    """Is toegezegd dat genoemde organisaties (twee dorpsraden, een afdeling van de
    Fietsersbond, de besturen van de stichtingen) schriftelijk advies geven op het concept of
    de scenario's, dan staat dat als één stap in de planning: wie om advies gevraagd wordt,
    waarover, op welke dag het concept naar hen gaat en vóór welke dag het advies binnen is.
    Dat is vóór de stukken van het eerste moment dat het advies gebruikt (een commissie) of
    vóór het voorstel. Het concept gaat pas uit na de rondes die het maken. Is toegezegd dat de
    adviezen ongewijzigd of letterlijk meegaan, dan zegt de stap dat ook. Staat zo'n stap er al
    (het advies in de eigen vergadering) of houdt een moment van het vraagstuk al het advies
    van alle genoemde organisaties, dan komt er geen tweede bij.""",
    ["ombudsman-inspraak-2009"],
)
def toegezegd_advies(f: Feiten, uit: Plan, keuzes: list[Keuze]) -> Plan:
    """Add or complete the step of the promised advice on the concept (changes ``uit`` in
    place)."""
    vraag = adviesvraag(f)
    if vraag is None:
        return uit
    bestaand = next(
        (
            g
            for g in uit.fasen
            if g.toelichting is not None and g.toelichting.sleutel == "FASE.advies_op_concept"
        ),
        None,
    )
    if bestaand is not None:
        # the body's own meeting on the concept is the step: it says the rest of the promise
        waarden = dict(bestaand.toelichting.waarden) if bestaand.toelichting else {}
        bestaand.toelichting = deel(
            "FASE.advies_op_concept",
            **{**waarden, "wie": vraag.wie, "ongewijzigd": vraag.ongewijzigd},
        )
        return uit
    if _eigen_moment(f, uit, vraag.wie):
        return uit
    v = f.vraagstuk
    voorstel = min(
        (g.start for g in uit.fasen if g.fase is Procesfase.besluit),
        default=None,
    )
    if voorstel is None:
        return uit
    zuid = v.vakantieregio is Vakantieregio.zuid
    besluit = v.kaders.besluit_uiterlijk
    # the papers for a commissie or the raad, as the calendar states them at the moment
    gezet = {
        g.start: str(g.toelichting.waarden.get("stukken") or "")
        for g in uit.fasen
        if g.toelichting is not None and g.toelichting.sleutel == "FASE.moment"
    }
    papieren = [
        date.fromisoformat(gezet[m.datum])
        if gezet.get(m.datum)
        else werkdag_voor(m.datum - MOMENT_STUKKEN[m.door] * WEEK, zuid)
        for m in v.momenten
        if m.door in (Orgaan.commissie, Orgaan.raad)
        and f.datum < m.datum
        and (besluit is None or m.datum < besluit)
    ]
    door = {k.werkvorm.id: k for k in keuzes}

    def maakt(g: Geplaatst) -> bool:
        # a round where inwoners or organisations work on the points: it makes the concept
        return any(
            (k := door.get(w)) is not None
            and bool(k.onderwerpen)
            and any(
                p.naam in k.voor
                and p.soort not in (SoortBelanghebbende.overheid, SoortBelanghebbende.politiek)
                for p in v.belanghebbenden
            )
            for w in g.werkvormen
        )

    rondes = [
        g for g in uit.fasen if g.fase in (Procesfase.ophalen, Procesfase.verdiepen) and maakt(g)
    ]
    eerste = min((g.start for g in rondes), default=None)
    # the first papers after the first round that make the concept: they carry the advice
    grens = min([voorstel, *[p for p in papieren if eerste is not None and p > eerste]])
    eind = werkdag_voor(grens - timedelta(days=1), zuid)
    # the concept: after the rounds that end in time to make it
    klaar = [g.eind for g in rondes if g.eind <= eind - MIN_WEKEN * WEEK]
    if not klaar:
        return uit
    na = max(klaar) + timedelta(days=1)
    start = na + timedelta(days=(7 - na.weekday()) % 7)  # the Monday after the rounds
    # at most six weeks: the concept goes out when it is close to final
    vroegst = eind - MAX_WEKEN * WEEK
    if start < vroegst:
        start = vroegst + timedelta(days=(7 - vroegst.weekday()) % 7)
    # a named body that gives its advice at a meeting of its own (a ledenavond that adopts
    # its advice) has the concept by that meeting's papers: the step begins by then
    for m in v.momenten:
        if (
            m.door in (Orgaan.commissie, Orgaan.raad)
            or not _ADVIES.search(m.wat)
            or not f.datum < m.datum < eind
            or not any(p.naam in vraag.wie and noemt(f, m.wat, p) for p in v.belanghebbenden)
        ):
            continue
        klaar_op = date.fromisoformat(gezet[m.datum]) if gezet.get(m.datum) else m.datum - WEEK
        start = min(start, klaar_op - timedelta(days=klaar_op.weekday()))
    if eind - start < MIN_WEKEN * WEEK:
        # at the latest two weeks before it is due (the concept goes out with the round
        # on the options)
        vroeg = eind - MIN_WEKEN * WEEK
        start = vroeg - timedelta(days=vroeg.weekday())
    uit.fasen.append(
        Geplaatst(
            Procesfase.toetsen,
            start,
            eind,
            [],
            deel(
                "FASE.toegezegd_advies",
                wie=vraag.wie,
                concept=start.isoformat(),
                voor=eind.isoformat(),
                stukken=grens.isoformat(),
                ongewijzigd=vraag.ongewijzigd,
            ),
        )
    )
    uit.fasen.sort(key=lambda g: g.start)
    return uit

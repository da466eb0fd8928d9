"""Feedback the case promises on a rhythm, and a measure that is decided again after its term.

Two facts from the case's own words that the calendar (rule PLAN-KALENDER) and the costs
(rule MIX-KOSTEN-AANTAL) both use:

- a promise that people hear 'elke twee maanden' or 'elk kwartaal' what happens: that many
  feedback moments within the term of the measure, not one;
- a decision that the case says is taken again when its term ends (an aanwijzing extended
  every six months, a camera that is 'verlengd' or not): the evaluation comes before that next
  decision, not after the term it evaluates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pionieren.input.model import Vraagstuk

#: 'elke twee maanden', 'iedere drie maanden', 'elk kwartaal', 'elke maand', 'maandelijks',
#: 'per kwartaal': the months between two moments.
_RITME = re.compile(
    r"\b(?:elke|iedere)\s+(maand|twee\s+maanden|drie\s+maanden|vier\s+maanden|zes\s+maanden)\b"
    r"|\b(?:elk|ieder|per)\s+(kwartaal|half\s+jaar)\b|\b(maandelijks|driemaandelijks)\b",
    re.IGNORECASE,
)
_MAANDEN = {
    "maand": 1,
    "maandelijks": 1,
    "twee maanden": 2,
    "drie maanden": 3,
    "driemaandelijks": 3,
    "kwartaal": 3,
    "vier maanden": 4,
    "zes maanden": 6,
    "half jaar": 6,
}
#: The sentence is about telling people what happens (not about a meeting or a measurement).
_HOREN = re.compile(
    r"\bhoren\b|\bhoort\b|terugkoppel\w*|\bbericht\w*|\binformeer\w*|\binformeren\b"
    r"|\bweten\b|\bnieuwsbrief\w*|\bvertel\w*|\bupdate\w*",
    re.IGNORECASE,
)
#: The most feedback moments planned on a rhythm: beyond that the rhythm is part of the works.
MAX_MOMENTEN = 6
#: Without an end of the measure, the rhythm is planned over the first year after the decision.
RITME_STANDAARD_WEKEN = 52


def _beloften(v: Vraagstuk) -> list[str]:
    """The case's sentences that can hold a promise to the participants."""
    teksten = [v.omschrijving, v.aanleiding]
    if v.voorgeschiedenis is not None:
        teksten.append(v.voorgeschiedenis.wat_nu_anders)
    if v.besluit is not None and v.besluit.toezegging is not None:
        teksten.append(v.besluit.toezegging.tekst)
    teksten += list(v.kaders.vast)
    zinnen: list[str] = []
    for t in teksten:
        if t:
            zinnen += re.split(r"(?<=[.;])\s+", str(t))
    return zinnen


def ritme_maanden(v: Vraagstuk) -> int | None:
    """The months between the feedback moments the case promises ('horen bewoners elke twee
    maanden wat er met de meldingen gebeurt' gives 2); None when it promises no rhythm."""
    for zin in _beloften(v):
        m = _RITME.search(zin)
        if m is not None and _HOREN.search(zin):
            woord = re.sub(r"\s+", " ", next(g for g in m.groups() if g).lower())
            return _MAANDEN[woord]
    return None


def ritme_woorden(maanden: int) -> str:
    """The rhythm in words: 'elke maand', 'elk kwartaal', 'elke twee maanden'."""
    if maanden == 1:
        return "elke maand"
    if maanden == 3:
        return "elk kwartaal"
    woorden = {2: "twee", 4: "vier", 6: "zes"}
    return f"elke {woorden.get(maanden, str(maanden))} maanden"


def maanden_later(d: date, maanden: int) -> date:
    jaar, maand = divmod(d.month - 1 + maanden, 12)
    dag = min(d.day, 28)
    return date(d.year + jaar, maand + 1, dag)


def ritme_data(v: Vraagstuk, eerste: date) -> list[date]:
    """The Mondays of the feedback moments after the first one (``eerste``, right after the
    decision), every so many months as the case promises, within the term of the measure
    (``kaders.uitvoering_tot``, else the first year): the rest of the promise, not the first."""
    maanden = ritme_maanden(v)
    if maanden is None:
        return []
    tot = v.kaders.uitvoering_tot or eerste + timedelta(weeks=RITME_STANDAARD_WEKEN)
    uit: list[date] = []
    d = eerste
    while len(uit) < MAX_MOMENTEN - 1:
        d = maanden_later(d, maanden)
        maandag = d - timedelta(days=d.weekday())
        if maandag + timedelta(days=4) > tot:
            break
        uit.append(maandag)
    return uit


def aantal_momenten(v: Vraagstuk) -> int:
    """How many feedback moments the design has: one after the decision, plus the ones the
    promised rhythm adds (an estimate from the decision date, for the costs)."""
    besluit = v.kaders.besluit_uiterlijk
    if besluit is None or ritme_maanden(v) is None:
        return 1
    return 1 + len(ritme_data(v, besluit + timedelta(days=7)))


#: The case's decision is taken again when its term ends: 'verlengen', 'verlenging'.
_VERLENG = re.compile(r"\bverleng\w*", re.IGNORECASE)


def opnieuw_besloten(v: Vraagstuk) -> bool:
    """Does the case say its decision is about extending a measure with a term (the title, an
    open point or its options, or the promise), so that the next decision on it comes when
    the new term ends? A rule that lets people extend something of their own (a grave right)
    is in the fixed frame, and does not count."""
    teksten: list[str | None] = [v.titel]
    for p in v.kaders.open:
        teksten.append(p.onderwerp)
        teksten += list(p.opties or [])
    if v.besluit is not None and v.besluit.toezegging is not None:
        teksten.append(v.besluit.toezegging.tekst)
    return any(t and _VERLENG.search(str(t)) for t in teksten)


def lopende_maatregel(v: Vraagstuk) -> bool:
    """Is what the decision starts a measure that is looked at again before its term ends (it
    is extended or not, or people hear how it goes on a rhythm)? Then its evaluation comes
    before that end, while it can still change what follows."""
    return v.kaders.uitvoering_tot is not None and (
        opnieuw_besloten(v) or ritme_maanden(v) is not None
    )

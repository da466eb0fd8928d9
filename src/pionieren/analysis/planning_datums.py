"""The last pass over the calendar's dates, after every step has its place: nothing starts
before the report's date, and no step starts, ends or falls on a public holiday (a review
found a round dated 30 November in a report of 1 December, and a deadline on Easter Monday:
later passes, such as the papers after their inputs or the round after a choice, placed steps
after the planning's own working-day pass had run)."""

from __future__ import annotations

from datetime import date

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import Plan, _werkdagen, door_planner
from pionieren.analysis.result import Advies
from pionieren.knowledge.feestdagen import vrije_dag, werkdag_na
from pionieren.text import datum as _datum
from pionieren.vocabulary import Vakantieregio


def eerste_werkdag(f: Feiten) -> date:
    """The first working day on or after the report's date: the earliest a step can start."""
    return werkdag_na(f.datum, f.vraagstuk.vakantieregio is Vakantieregio.zuid)


def op_werkdagen(f: Feiten, uit: Plan) -> Plan:
    """Every step starts on or after the first working day of the report (a step of the case
    that already runs keeps its own dates: the report says it runs), and no
    step starts or ends on a public holiday (rule PLAN-KALENDER; changes ``uit`` in place).
    A one-day step on a holiday moves to the next working day."""
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    eerste = eerste_werkdag(f)
    lopend = al_lopend(f)
    for g in uit.fasen:
        if g.start < eerste <= g.eind and not (g.werkvormen and set(g.werkvormen) <= lopend):
            g.start = eerste
    _werkdagen(f, uit.fasen)
    for g in uit.fasen:
        if g.op_datum or not door_planner(g):
            continue
        if g.start == g.eind and vrije_dag(g.start, zuid) not in ("", "weekend"):
            g.start = g.eind = werkdag_na(g.start, zuid)
    uit.fasen.sort(key=lambda g: g.start)
    return uit


def _eigen_data(f: Feiten) -> set[str]:
    """The werkvormen on dates the case itself gives (a trial, a polling day): the plan shows
    them as given."""
    uit = {w.id for w in f.vraagstuk.werkvormen if w.periode is not None}
    if f.proef is not None:
        uit.add("pilot")
    return uit


def al_lopend(f: Feiten) -> set[str]:
    """The werkvormen of the case that already run on the report's date (a trial, a standing
    walk-in hour since September): the plan shows them from that date on."""
    eerste = eerste_werkdag(f)
    uit = {w.id for w in f.vraagstuk.werkvormen if w.periode is not None and w.periode[0] < eerste}
    if f.proef is not None and f.proef[0] < eerste:
        uit.add("pilot")
    return uit


def te_vroeg(f: Feiten, advies: Advies) -> list[str]:
    """The steps of the finished calendar (and rows of the design) that start before the
    first working day of the report, as plain Dutch sentences (a step of the case that already
    runs is no new step)."""
    eerste = eerste_werkdag(f)
    lopend = al_lopend(f)
    uit = [
        f"{_naam(f, p.werkvormen)} begint op {_datum(p.start)}, vóór de datum van dit advies "
        f"({_datum(f.datum)})."
        for p in advies.planning
        if p.start is not None
        and p.start < eerste
        and not (p.werkvormen and set(p.werkvormen) <= lopend)
    ]
    uit += [
        f"{m.naam} begint op {_datum(m.start)}, vóór de datum van dit advies ({_datum(f.datum)})."
        for m in advies.mix
        if m.start is not None and m.start < eerste and m.werkvorm not in lopend
    ]
    return uit


def op_feestdag(f: Feiten, advies: Advies) -> list[str]:
    """The planned steps that start or end on a public holiday (or, in the south, on carnival),
    as plain Dutch sentences; the case's own dates, its moments, the decision and the works
    stay as the case gives them."""
    zuid = f.vraagstuk.vakantieregio is Vakantieregio.zuid
    eigen = _eigen_data(f)
    uit = []
    for p in advies.planning:
        if p.start is None or p.eind is None:
            continue
        if not door_planner(p):
            continue
        if (p.werkvormen and set(p.werkvormen) <= eigen) or (
            p.uitleg is not None and p.uitleg.sleutel == "FASE.moment"
        ):
            continue
        for dag in dict.fromkeys((p.start, p.eind)):
            naam = vrije_dag(dag, zuid)
            if naam not in ("", "weekend"):
                uit.append(f"{_naam(f, p.werkvormen)} valt op {_datum(dag)}: {naam}.")
    return uit


def _naam(f: Feiten, werkvormen: list[str]) -> str:
    namen = {w.id: w.naam for w in f.kennis.werkvormen}
    return namen.get(werkvormen[0], werkvormen[0]) if werkvormen else "Een stap van de planning"

"""The choice design for every open point the case marks as a choice (``keuze: true`` or
``opties``): its options, and the werkvorm where inwoners weigh them.

Why: review 44a: none of three reports designed the question the case flagged as the key
choice (tariff scenarios with example bills, three parking sketches, a choice between two
sites). The report gives each such point a short design: the options and their consequences,
who chooses where and when, and how the result feeds the decision.
"""

from __future__ import annotations

from pionieren.analysis.facts import Feiten
from pionieren.analysis.result import MixOnderdeel, OnderwerpAdvies, PlanFase, Tekstdeel
from pionieren.vocabulary import Niveau, Procesfase

#: Phases where inwoners only gather input; the weighing comes after them.
_OPHALEN = (Procesfase.voorbereiden, Procesfase.ophalen)


def met_keuze(
    f: Feiten, onderwerpen: list[OnderwerpAdvies], mix: list[MixOnderdeel]
) -> list[OnderwerpAdvies]:
    """The points with ``keuze``, ``opties`` and ``gekozen_in`` filled in for every open point
    the case itself marks as a choice (not one derived from its wording: the design asks the
    case's own options)."""
    afwegen = {w.id for w in f.kennis.werkvormen if w.afwegen}
    punten = {p.onderwerp: p for p in f.vraagstuk.kaders.open}
    uit: list[OnderwerpAdvies] = []
    for o in onderwerpen:
        p = punten.get(o.onderwerp)
        if not o.open or p is None or not (p.keuze is True or (p.opties and p.keuze is None)):
            uit.append(o)
            continue
        over = [m for m in mix if o.onderwerp in m.onderwerpen]
        weegt = [m for m in over if m.werkvorm in afwegen and m.fase not in _OPHALEN]
        # else a form after the gathering round that deals with it; a gathering round (a
        # walk, a survey) is no place to weigh options
        verder = [m for m in over if m.fase not in _OPHALEN]
        # of several, the one that seats most groups with a large stake (review 65b: not the
        # talks with the clients of a care home when the actiegroep sits at a round table)
        hoog = {q.naam for q in f.vraagstuk.belanghebbenden if q.belang is Niveau.hoog}
        kandidaten = weegt or verder
        gekozen = (
            max(kandidaten, key=lambda m: sum(1 for n in m.voor if n in hoog))
            if kandidaten
            else None
        )
        uit.append(
            o.model_copy(
                update={
                    "keuze": True,
                    "opties": list(p.opties or []),
                    "gekozen_in": gekozen.werkvorm if gekozen else None,
                }
            )
        )
    return uit


def ontworpen(planning: list[PlanFase], onderwerpen: list[OnderwerpAdvies]) -> list[PlanFase]:
    """The round where the options go public no longer names a choice that has its own choice
    design under the table of points, nor says that each option comes with its consequences:
    that design says both already (value ``ontworpen``)."""
    met = {o.onderwerp.rstrip(".") for o in onderwerpen if o.keuze}
    uit: list[PlanFase] = []
    for p in planning:
        u = p.uitleg
        if (
            u is not None
            and u.sleutel == "FASE.reactie"
            and {str(k).rstrip(".") for k in u.waarden.get("keuzes", [])} & met
        ):
            p = p.model_copy(
                update={
                    "uitleg": Tekstdeel(sleutel=u.sleutel, waarden={**u.waarden, "ontworpen": True})
                }
            )
        uit.append(p)
    return uit

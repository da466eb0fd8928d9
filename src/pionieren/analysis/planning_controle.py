"""A last check over the finished calendar: the order the case asks for, the inputs a step
needs, the groups' own time and the papers of the decision (review 48e: the planning filled
fixed phase boxes and printed warnings instead of following these)."""

from __future__ import annotations

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import VOOR_BESLUIT, vakantieweken
from pionieren.analysis.planning_beschikbaar import _open_week, vensters
from pionieren.analysis.planning_datums import al_lopend, op_feestdag, te_vroeg
from pionieren.analysis.planning_keuze import keuzemoment, na_de_keuze_punten
from pionieren.analysis.planning_persoonlijk import _openbaar, eerst_persoonlijk_groepen
from pionieren.analysis.result import Advies
from pionieren.text import datum as _datum
from pionieren.vocabulary import Procesfase

#: The phases whose rounds are a later round's input.
_EERDER = {
    Procesfase.verdiepen: (Procesfase.ophalen,),
    Procesfase.toetsen: (Procesfase.ophalen,),
}


def controleer(f: Feiten, advies: Advies) -> list[str]:
    """What the finished calendar still breaks: at most one plain Dutch sentence (the first
    check that fails); empty when it holds. Checks: no step starts before the report's date
    or starts or ends on a public holiday; nothing public before the personal round the case asks for; no round
    that ends before the first round it builds on has ended; no step for a group in the time
    that group says it cannot (unless the advice already says so, once, for that group); every
    round before the decision closes before the decision's papers; no step before the choice of
    the place is about what depends on it."""
    # 0. no step before the report's date, none on a public holiday (also when the decision is
    # already taken: the steps after it are dated as well)
    uit: list[str] = [*te_vroeg(f, advies), *op_feestdag(f, advies)]
    v = f.vraagstuk
    if v.kaders.besluit_al_genomen:
        return uit[:1]
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    namen = {w.id: w.naam for w in f.kennis.werkvormen}
    voor = {m.werkvorm: set(m.voor) for m in advies.mix}
    fasen = [p for p in advies.planning if p.start is not None and p.eind is not None]
    besluit = min(
        (p.start for p in fasen if p.fase is Procesfase.besluit and p.start), default=None
    )
    lopend = al_lopend(f)
    rondes = [
        p
        for p in fasen
        if p.fase in VOOR_BESLUIT
        and p.werkvormen
        and p.start
        and p.start > f.datum
        and not set(p.werkvormen) <= lopend
        and (besluit is None or p.start < besluit)
    ]
    # 1. the personal round first
    persoonlijk = [
        p for p in fasen if p.uitleg is not None and p.uitleg.sleutel == "FASE.eerst_persoonlijk"
    ]
    if persoonlijk and eerst_persoonlijk_groepen(f):
        eind = max(p.eind for p in persoonlijk if p.eind)
        eigen = set().union(*(set(p.werkvormen) for p in persoonlijk))
        for p in rondes:
            assert p.start is not None
            open_ = [
                w
                for w in p.werkvormen
                if w not in eigen and _openbaar(catalogus.get(w)) and p.start <= eind
            ]
            if open_:
                uit.append(
                    f"{namen.get(open_[0], open_[0])} begint op {_datum(p.start)}, vóór de "
                    f"persoonlijke gesprekken klaar zijn ({_datum(eind)})."
                )
                break
    # 2. no step before its inputs
    for p in rondes:
        nodig = _EERDER.get(p.fase, ())
        eerste = [q.eind for q in rondes if q.fase in nodig and q.eind]
        if eerste and p.eind is not None and p.eind < min(eerste):
            uit.append(
                f"{namen.get(p.werkvormen[0], p.werkvormen[0])} is klaar op {_datum(p.eind)}, "
                f"voordat de eerste ronde waarop het voortbouwt klaar is ({_datum(min(eerste))})."
            )
            break
    # 3. a group's own time
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    gemeld = {b.waarden.get("groep") for b in advies.bevindingen if b.regel == "PLAN-BESCHIKBAAR"}
    for naam, (wanneer, venster) in vensters(f).items():
        if naam in gemeld:
            continue
        for p in rondes:
            if p.uitleg is not None and p.uitleg.sleutel == "FASE.moment":
                continue
            mis = [w for w in p.werkvormen if naam in voor.get(w, set())]
            assert p.start is not None and p.eind is not None
            if mis and not _open_week(p.start, p.eind, venster, vrij):
                uit.append(
                    f"{namen.get(mis[0], mis[0])} ({_datum(p.start)} tot {_datum(p.eind)}) valt "
                    f"in een tijd dat {naam[0].lower() + naam[1:]} niet kunnen: zij kunnen "
                    f"alleen {wanneer}."
                )
                break
    # 4. closed before the papers
    if besluit is not None:
        # (the formal zienswijze keeps the term the law gives it)
        laat = [
            p
            for p in rondes
            if p.eind is not None and p.eind > besluit and "zienswijze" not in p.werkvormen
        ]
        if laat:
            p = laat[0]
            assert p.eind is not None
            uit.append(
                f"{namen.get(p.werkvormen[0], p.werkvormen[0])} loopt tot {_datum(p.eind)}, "
                f"na de datum waarop het voorstel klaar moet zijn ({_datum(besluit)})."
            )
    # 5. what depends on the choice of the place comes after that choice
    dag = keuzemoment(f, besluit) if besluit is not None else None
    punten = set(na_de_keuze_punten(f)) if dag is not None else set()
    for m in advies.mix:
        if dag is not None and m.eind is not None and m.eind <= dag and punten & set(m.onderwerpen):
            uit.append(
                f"{m.naam} ({_datum(m.eind)}) gaat over wat van de keuze afhangt, maar die "
                f"keuze valt pas op {_datum(dag)}."
            )
            break
    return uit[:1]

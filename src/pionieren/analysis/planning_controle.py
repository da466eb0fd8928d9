"""A last check over the finished calendar: the order the case asks for, the inputs a step
needs, the groups' own time and the papers of the decision (review 48e: the planning filled
fixed phase boxes and printed warnings instead of following these)."""

from __future__ import annotations

from datetime import date

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import VOOR_BESLUIT, vakantieweken
from pionieren.analysis.planning_beschikbaar import _open_week, vensters
from pionieren.analysis.planning_datums import al_lopend, op_feestdag, te_vroeg
from pionieren.analysis.planning_keuze import keuzemoment, na_de_keuze_punten
from pionieren.analysis.planning_persoonlijk import _openbaar, eerst_persoonlijk_groepen, kiest
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
    the place is about what depends on it; no round that feeds the decision after it (unless
    the case dates it); the evaluation after the decision and after a trial that still runs
    at the decision; no public round that asks a preference while the broad round that
    collects the input still runs."""
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
        # the report's own moment: 'vóór de eerste openbare stap (...)'
        openbaar = min(
            (
                date.fromisoformat(str(p.uitleg.waarden["openbaar"]))
                for p in persoonlijk
                if p.uitleg is not None and p.uitleg.waarden.get("openbaar")
            ),
            default=None,
        )
        eigen = set().union(*(set(p.werkvormen) for p in persoonlijk))
        # a step on the case's own dates the advice already names (PLAN-EERST-PERSOONLIJK.vast)
        genoemd = {
            naam
            for b in advies.bevindingen
            if b.sleutel == "PLAN-EERST-PERSOONLIJK.vast"
            for naam in b.waarden.get("werkvormen", [])
        }
        voorbereiding = [
            p
            for p in fasen
            if p.fase is Procesfase.voorbereiden and p.werkvormen and p.eind and p.eind > f.datum
        ]
        for p in rondes + voorbereiding:
            assert p.start is not None
            voor_de_tijd = p.start <= eind or (openbaar is not None and p.start < openbaar)
            open_ = [
                w
                for w in p.werkvormen
                if w not in eigen
                and _openbaar(catalogus.get(w))
                and voor_de_tijd
                and namen.get(w) not in genoemd
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
        # (the formal zienswijze keeps the term the law gives it; a step the report itself
        # says runs on past the papers, with that end date, is said already: review 52a)
        gezegd = {
            b.waarden.get("eind")
            for b in advies.bevindingen
            if b.sleutel == "PLAN-KALENDER.termijn_past_niet"
        }
        laat = [
            p
            for p in rondes
            if p.eind is not None
            and p.eind > besluit
            and "zienswijze" not in p.werkvormen
            and p.eind.isoformat() not in gezegd
        ]
        if laat:
            p = laat[0]
            assert p.eind is not None
            uit.append(
                f"{namen.get(p.werkvormen[0], p.werkvormen[0])} loopt tot {_datum(p.eind)}, "
                f"na de datum waarop het voorstel klaar moet zijn ({_datum(besluit)})."
            )
    # 5. a public round that asks which option people prefer starts after the broad round
    # that collects the input (the case's own dates stay)
    eigen_data = {w.id for w in v.werkvormen if w.periode is not None}
    ophaal = [
        p
        for p in rondes
        if p.fase is Procesfase.ophalen
        and (p.uitleg is None or p.uitleg.sleutel != "FASE.moment")
        and any(_openbaar(catalogus.get(w)) for w in p.werkvormen)
    ]
    for p in rondes:
        assert p.start is not None
        keuze = [w for w in p.werkvormen if kiest(catalogus.get(w)) and w not in eigen_data]
        nog_open = [
            q for q in ophaal if q is not p and q.start and q.eind and q.start <= p.start <= q.eind
        ]
        if p.fase is Procesfase.verdiepen and keuze and nog_open:
            q = nog_open[0]
            assert q.eind is not None
            uit.append(
                f"{namen.get(keuze[0], keuze[0])} begint op {_datum(p.start)}, terwijl de ronde "
                f"die de inbreng ophaalt nog loopt (tot {_datum(q.eind)})."
            )
            break
    # 6. what depends on the choice of the place comes after that choice
    dag = keuzemoment(f, besluit) if besluit is not None else None
    punten = set(na_de_keuze_punten(f)) if dag is not None else set()
    for m in advies.mix:
        if dag is not None and m.eind is not None and m.eind <= dag and punten & set(m.onderwerpen):
            uit.append(
                f"{m.naam} ({_datum(m.eind)}) gaat over wat van de keuze afhangt, maar die "
                f"keuze valt pas op {_datum(dag)}."
            )
            break
    # 6. nothing that feeds the decision after it
    besluiten = [p for p in fasen if p.fase is Procesfase.besluit]
    dag = min(besluiten, key=lambda p: p.start or f.datum).eind if besluiten else None
    gedateerd = {w.id for w in v.werkvormen if w.van is not None or w.tot is not None}
    if dag is not None:
        for p in fasen:
            na = [w for w in p.werkvormen if w not in gedateerd]
            if p.fase in VOOR_BESLUIT and na and p.start is not None and p.start > dag:
                uit.append(
                    f"{namen.get(na[0], na[0])} begint op {_datum(p.start)}, na het besluit "
                    f"({_datum(dag)}) waarvoor het bedoeld is."
                )
                break
    # 7. looking back comes after the decision, and after a trial still running at it
    proef = f.proef
    if dag is not None:
        for p in fasen:
            if p.fase is not Procesfase.evaluatie or not p.werkvormen or p.start is None:
                continue
            klaar = dag
            # a trial that runs at the case's own decision date feeds it: look back after the
            # trial. A decision the calendar had to move past the start of a trial (too little
            # time) does not make the trial one that feeds it (the planner reads it so too)
            gevraagd: date = v.kaders.besluit_uiterlijk or dag
            if proef is not None and proef[0] < dag and proef[0] < gevraagd and dag < proef[1]:
                klaar = proef[1]
            if p.start <= klaar:
                uit.append(
                    f"{namen.get(p.werkvormen[0], p.werkvormen[0])} begint op "
                    f"{_datum(p.start)}, vóór {'het eind van de proef' if klaar != dag else 'het besluit'} "
                    f"({_datum(klaar)}): terugkijken kan pas als het gedaan is."
                )
                break
    return uit[:1]

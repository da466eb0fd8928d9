"""Inclusion: every hard-to-reach group with a real stake is served by a werkvorm that
reaches it."""

from __future__ import annotations

from collections.abc import Collection

from pionieren.analysis.facts import Feiten, bevinding, zorgthema
from pionieren.analysis.mix.bereik import bereikt
from pionieren.analysis.mix.ontwerp import Ontwerp, voor_het_besluit, vooraf
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Ernst, Tekstdeel, deel
from pionieren.vocabulary import Kenmerk, Modus, Trede


@regel(
    "MIX-INCLUSIE",
    Thema.mix,
    "Werkvormen voor moeilijk bereikbare groepen",
    """Elke moeilijk bereikbare groep met een echt belang wordt bediend door een werkvorm die
    hen goed bereikt (zie de kenmerken in de catalogus). Is een groep moeilijk bereikbaar, dan
    moet de werkvorm bovendien naar hen toe gaan: op uitnodiging en in persoon. Staat zo'n
    werkvorm er al in, dan telt die mee; anders voegt pionieren de goedkoopste passende werkvorm
    toe. Vindt pionieren er geen, dan zegt het dat, in plaats van de groep stil te laten
    vallen, met een concrete weg naar hen: de weg die het vraagstuk noemt (via), of anders de
    kanalen die bij hun kenmerken passen (kinderen via school, sport- en cultuurfondsen en het
    wijkteam, met toestemming van de ouders).""",
    ["movisie-moeilijk-bereikbaar", "pharos-bereiken", "loketgezondleven-jongeren"],
)
def inclusie(o: Ontwerp) -> None:
    """Serve every hard-to-reach group with a real stake: by a werkvorm already chosen that
    reaches it before the decision, else by the best werkvorm that reaches the most of the
    groups still open, else a finding per group."""
    f, advies, kandidaten = o.f, o.advies, o.kandidaten
    v = f.vraagstuk
    open_groepen = []
    for partij in f.inclusiegroepen:
        # a form that only informs does not reach a group the advice asks more of
        bestaand = [
            k
            for k in o.keuzes
            if voor_het_besluit(k)
            and bereikt(k.werkvorm, partij)
            and (k.trede is not Trede.informeren or advies is Trede.informeren)
        ]
        if bestaand:
            bestaand[0].add([partij.naam], None, "MIX-INCLUSIE")
            bestaand[0].inclusie.append(partij.naam)
        else:
            open_groepen.append(partij)
    while open_groepen:
        groepen = list(open_groepen)
        bereik = kandidaten.best(
            lambda w, groepen=groepen: any(bereikt(w, p) for p in groepen),  # type: ignore[misc]
            # reached while they can still shape the decision: a pilot or works communication
            # only when nothing before the decision reaches them
            moet=lambda w: (int(not vooraf(w)),),
            wens=lambda w, groepen=groepen: (  # type: ignore[misc]
                # in a polarised case vulnerable groups need a safe, private setting first
                int((v.polarisatie or 1) > w.polarisatie_max),
                -sum(bereikt(w, p) for p in groepen),
                -sum(len(set(w.bereikt) & set(p.kenmerken)) for p in groepen),
            ),
        )
        if bereik is None:
            for partij in open_groepen:
                o.bevindingen.append(
                    bevinding(
                        "MIX-INCLUSIE",
                        Ernst.waarschuwing,
                        naam=partij.naam,
                        via=partij.via or "",
                        kenmerken=[k.value for k in partij.kenmerken],
                        in_werkvormen=[],
                        meervoud=partij.meervoud is not False,
                        zorg=zorgthema(v.beleidsveld),
                    )
                )
            break
        gedekt = [p for p in open_groepen if bereikt(bereik, p)]
        modus = Modus.denken if Modus.denken in bereik.modi else bereik.modi[0]
        keuze = o.kies(bereik, modus)
        for partij in gedekt:
            keuze.add([partij.naam], None, "MIX-INCLUSIE")
            keuze.inclusie.append(partij.naam)
        gedekte_namen = {p.naam for p in gedekt}
        open_groepen = [p for p in open_groepen if p.naam not in gedekte_namen]


def inclusie_nagaan(o: Ontwerp) -> None:
    """Part of MIX-INCLUSIE, run after the later steps: a group that a werkvorm chosen later
    (for an open point, a gathering of its own) does reach is no gap; a group seated in a form
    that does not reach it by itself is told apart from one that sits nowhere. The advice never
    says no werkvorm reaches a group that sits in one."""
    gaten = {b.waarden.get("naam") for b in o.bevindingen if b.regel == "MIX-INCLUSIE"}
    gedekt = set()
    for partij in o.f.inclusiegroepen:
        if partij.naam not in gaten:
            continue
        for k in o.keuzes:
            if k.serves(partij.naam) and voor_het_besluit(k) and bereikt(k.werkvorm, partij):
                gedekt.add(partij.naam)
                if partij.naam not in k.inclusie:
                    k.inclusie.append(partij.naam)
                break
    o.bevindingen = [
        b
        for b in o.bevindingen
        if not (b.regel == "MIX-INCLUSIE" and b.waarden.get("naam") in gedekt)
    ]
    for b in o.bevindingen:
        if b.regel == "MIX-INCLUSIE" and "in_werkvormen" in b.waarden:
            # seated in a form that does not reach them by itself: say so, not "no werkvorm"
            b.waarden["in_werkvormen"] = [
                k.werkvorm.naam.lower()
                for k in o.keuzes
                if k.serves(b.waarden["naam"]) and voor_het_besluit(k)
            ]


def taalhulp(kenmerken: list[Kenmerk]) -> list[str]:
    """What a group needs to take part in its language, by what it is (keys of the text
    MIX-INCLUSIE.bereikt): translation and an interpreter only for people with a migration
    background who may not read Dutch (for children and young people: their parents); plain spoken language and
    pictures for people who read little."""
    hulp = []
    if Kenmerk.laaggeletterd in kenmerken:
        hulp.append("beeld")
    if Kenmerk.migratieachtergrond in kenmerken:
        # children and young people went to school here: a translated letter is for their
        # parents, not an interpreter for them (review 27: a tolk for the youths of a wijk)
        jong = Kenmerk.kinderen in kenmerken or Kenmerk.jongeren in kenmerken
        hulp.append("ouders" if jong else "vertaling")
    return hulp


def inclusie_reden(
    f: Feiten, namen: list[str], taal_gezegd: Collection[str] = ()
) -> list[Tekstdeel]:
    """One sentence for all hard-to-reach groups a werkvorm serves; with the language help each
    of them needs (said once per group in a design: ``taal_gezegd`` holds who had it)."""
    if not namen:
        return []
    gezocht = set(namen)
    partijen = [p for p in f.vraagstuk.belanghebbenden if p.naam in gezocht]
    # the groups that need the same help together: [[names], [help]]
    per: dict[tuple[str, ...], list[str]] = {}
    for p in partijen:
        if p.naam not in taal_gezegd and (hulp := taalhulp(p.kenmerken)):
            per.setdefault(tuple(hulp), []).append(p.naam)
    taal = [[groep, list(hulp)] for hulp, groep in per.items()]
    # the route the vraagstuk names for a group (via its physiotherapists, via the teachers)
    routes = [[p.naam, p.via] for p in partijen if p.via]
    hulp = [h for h in ("vertaling", "ouders", "beeld") if any(h in t[1] for t in taal)]
    return [deel("MIX-INCLUSIE.bereikt", namen=namen, taal=taal, hulp=hulp, routes=routes)]

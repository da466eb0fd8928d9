"""Lessons and dilemmas (advice 4) and the leerarena with its evaluation plan (advice 5)."""

from __future__ import annotations

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix import leerarena_met_raad
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import (
    BesluitAdvies,
    Dilemma,
    Leerarena,
    Les,
    Middelen,
    MixOnderdeel,
    TredeAdvies,
    deel,
)
from pionieren.vocabulary import Beslisser, Modus, Schaal, Trede, Werving, WettelijkKader


@regel(
    "LES-MODUS",
    Thema.lessen,
    "Lessen voor de modi in de mix",
    """Advies 4 uit het boek: volg de lessen voor samen denken, samen besluiten en samen doen.
    pionieren toont de lessen voor elke modus die in de mix voorkomt. De lessen staan als data
    in het pakket (lessen.yaml), elk met hun bronnen.""",
    ["pionieren-2017", "ombudsman-inspraak-2009", "rob-loslaten-2012"],
)
def lessen(f: Feiten, mix: list[MixOnderdeel]) -> list[Les]:
    modi = {m.modus for m in mix}
    gekozen = [
        Les(id=les.id, modus=les.modus, tekst=" ".join(les.tekst.split()), bronnen=les.bronnen)
        for les in f.kennis.lessen.lessen
        if les.modus in modi and _past(f, les.id)
    ]
    # the lessons for deciding and doing together are the ones this case adds; show them first
    return sorted(gekozen, key=lambda les: les.modus is Modus.denken)


def _past(f: Feiten, id: str) -> bool:
    """Whether a built-in lesson says something about this case (unknown ids always do)."""
    v = f.vraagstuk
    voorwaarden = {
        "denken-naar-mensen-toe": bool(f.inclusiegroepen),
        "denken-verbreden-verdiepen": v.schaal in (Schaal.gemeente, Schaal.regio),
        "denken-terugkoppelen": (v.polarisatie or 1) >= 3
        or f.weken_beschikbaar is None
        or (f.weken_beschikbaar or 0) > 26,
        "doen-uitdaagrecht-regels": WettelijkKader.uitdaagrecht in f.wettelijke_kaders,
    }
    return voorwaarden.get(id, True)


@regel(
    "DILEMMA",
    Thema.lessen,
    "Dilemma's die dit vraagstuk oproept",
    """pionieren noemt de dilemma's die bij dit vraagstuk horen: representatieve tegenover
    participatieve legitimiteit (vanaf adviseren), de vaste gezichten (bij open werkvormen),
    een verdeeld veld (polarisatie 4 of 5), tempo tegenover zorgvuldigheid (krappe tijd of een
    complex vraagstuk), loslaten (bij een initiatief van anderen of zelfbeheer), afschuiven naar
    de initiatiefnemer (Omgevingswet) en verwachtingen tegenover werkelijke ruimte (als de
    ambitie hoger is dan de kaders of het besluit al genomen is).""",
    [
        "gemeente-nu-representatief",
        "ruimtemaker-2018",
        "wbgl-genoeg-geluisterd",
        "montesquieu-loslaten",
    ],
)
def dilemmas(
    f: Feiten, trede: TredeAdvies, mix: list[MixOnderdeel], middelen: Middelen
) -> list[Dilemma]:
    v = f.vraagstuk
    catalogus = {w.id: w for w in f.kennis.werkvormen}
    open_vormen = any(
        m.werkvorm in catalogus
        and catalogus[m.werkvorm].werving is Werving.open
        and m.modus is not Modus.doen
        for m in mix
        if m.werkvorm in catalogus and catalogus[m.werkvorm].kiesbaar
    )
    krap = (
        middelen.weken_beschikbaar is not None
        and middelen.weken_beschikbaar < middelen.weken_nodig * 3 // 2
    )
    gelden = {
        # the raad's dilemma only where the raad decides (or may: the decider is not known)
        "representatief-participatief": trede.advies.rang >= Trede.adviseren.rang
        and (v.besluit is None or v.besluit.door in (None, Beslisser.raad)),
        "usual-suspects": open_vormen,
        "polarisatie": (v.polarisatie or 1) >= 4,
        "tempo-zorgvuldigheid": krap or (v.complexiteit or 1) >= 4,
        "loslaten": f.initiatief_van_anderen or trede.advies is Trede.zelfbeheer,
        "afschuiven": f.initiatief_van_anderen
        and WettelijkKader.omgevingswet in f.wettelijke_kaders,
        "verwachtingen": v.kaders.besluit_al_genomen
        or (trede.gevraagd is not None and trede.gevraagd.rang > trede.maximaal.rang),
    }
    return [
        Dilemma(id=d.id, titel=d.titel, tekst=" ".join(d.tekst.split()), bronnen=d.bronnen)
        for d in f.kennis.lessen.dilemmas
        if gelden.get(d.id, False)
    ]


@regel(
    "LEERARENA-PLAN",
    Thema.leerarena,
    "Wat meten, wanneer terugkijken, hoe terugkoppelen",
    """Advies 5 uit het boek: richt een leerarena in. pionieren maakt een evaluatieplan: meten
    wie er meededen tegenover de kaart van belanghebbenden, wat er met de inbreng gebeurde, hoe
    deelnemers het proces ervoeren en of de terugkoppeling op tijd kwam; terugkijken na elke
    ronde, na het besluit en een half jaar tot een jaar later. Dat volgt de evaluatieprincipes
    van de OECD en het evaluatiekader van Involve.""",
    ["pionieren-2017", "oecd-evaluatie-2021", "involve-planning", "berenschot-leeratelier"],
)
def leerarena(
    f: Feiten, mix: list[MixOnderdeel], middelen: Middelen, besluit: BesluitAdvies
) -> Leerarena:
    v = f.vraagstuk
    meten = [
        deel("LEERARENA.meten_bereik", namen=[p.naam for p in f.inclusiegroepen]),
        deel("LEERARENA.meten_invloed"),
        deel("LEERARENA.meten_ervaring"),
        deel("LEERARENA.meten_terugkoppeling"),
        deel("LEERARENA.meten_kosten", van=middelen.kosten_min_euro, tot=middelen.kosten_max_euro),
    ]
    evaluatie = next((m for m in mix if m.werkvorm == "leerarena"), None)
    momenten = [
        deel(
            "LEERARENA.moment_evaluatie",
            # a leerarena the budget left out is a short evaluation by own staff (MIX-BUDGET)
            met_raad=evaluatie is not None and leerarena_met_raad(f, besluit),
            vanaf=evaluatie.start.isoformat() if evaluatie and evaluatie.start else "",
        ),
        deel(
            "LEERARENA.moment_terugblik",
            oplevering=v.kaders.uitvoering_tot.isoformat() if v.kaders.uitvoering_tot else "",
        ),
    ]
    terugkoppeling = [deel("LEERARENA.terug_ronde"), deel("LEERARENA.terug_besluit")]
    if any(m.modus is Modus.doen for m in mix):
        terugkoppeling.append(deel("LEERARENA.terug_uitvoering"))
    return Leerarena(
        meten_delen=meten,
        momenten_delen=momenten,
        terugkoppeling_delen=terugkoppeling,
        meten=[],
        momenten=[],
        terugkoppeling=[],
    )

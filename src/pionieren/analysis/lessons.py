"""Lessons and dilemmas (advice 4) and the leerarena with its evaluation plan (advice 5)."""

from __future__ import annotations

from pionieren import text
from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix import leerarena_met_raad
from pionieren.analysis.registry import regel
from pionieren.analysis.result import (
    BesluitAdvies,
    Dilemma,
    Leerarena,
    Les,
    Middelen,
    MixOnderdeel,
    TredeAdvies,
)
from pionieren.vocabulary import Beslisser, Modus, Schaal, Trede, Werving, WettelijkKader


@regel(
    "LES-MODUS",
    "lessen",
    "Lessen voor de modi in de mix",
    """Advies 4 uit het boek: volg de lessen voor samen denken, samen besluiten en samen doen.
    pionieren toont de lessen voor elke modus die in de mix voorkomt. De lessen staan als data
    in het pakket (lessen.yaml), elk met hun bronnen.""",
    ["pionieren-2017", "ombudsman-spelregels-2009", "rob-loslaten-2012"],
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
    "lessen",
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
    "leerarena",
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
    moeilijk = [p.naam for p in f.inclusiegroepen]
    meten = [
        "Bereik: hoeveel mensen deden mee, per groep op de kaart van belanghebbenden"
        + (f", met aparte aandacht voor {text.opsomming(moeilijk)}" if moeilijk else "")
        + ".",
        "Invloed: wat is er in het plan of besluit veranderd door de inbreng, en wat niet en "
        "waarom.",
        "Ervaring: vonden deelnemers het proces eerlijk en duidelijk (een korte vragenlijst na "
        "elke bijeenkomst).",
        "Terugkoppeling: kregen alle deelnemers op de afgesproken datum te horen wat er met hun "
        "inbreng is gedaan.",
        "Kosten en tijd: wat kostte het, vergeleken met de raming "
        f"({text.euro(middelen.kosten_min_euro)}–{text.getal(middelen.kosten_max_euro)}).",
    ]
    momenten: list[str] = []
    evaluatie = next((m for m in mix if m.werkvorm == "leerarena"), None)
    met_raad = leerarena_met_raad(f, besluit)
    wie = (
        "de leerarena met raad, college, ambtenaren en deelnemers"
        if met_raad
        else ("een korte evaluatie met de deelnemers en het projectteam")
    )
    if evaluatie is not None and evaluatie.start is not None:
        momenten.append(f"Vanaf {text.datum(evaluatie.start)}: {wie}.")
    else:
        momenten.append(f"Na het besluit: {wie}.")
    if v.kaders.uitvoering_tot:
        momenten.append(
            f"Na de oplevering ({text.datum(v.kaders.uitvoering_tot)}): wat is er van het besluit "
            "terechtgekomen, en wat leren we voor het volgende vraagstuk?"
        )
    else:
        momenten.append(
            "Een half jaar tot een jaar na het besluit: wat is ervan terechtgekomen, en wat "
            "leren we voor het volgende vraagstuk?"
        )
    terugkoppeling = [
        "Na elke ronde: wat we hoorden, binnen twee weken, via de kanalen waarmee mensen meededen.",
        "Na het besluit: wat er met de inbreng is gedaan en waarom, per onderwerp.",
    ]
    if any(m.modus is Modus.doen for m in mix):
        terugkoppeling.append(
            "Tijdens de uitvoering: regelmatig laten zien wat er gebeurt en wie wat doet."
        )
    return Leerarena(meten=meten, momenten=momenten, terugkoppeling=terugkoppeling)

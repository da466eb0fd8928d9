"""The plain data that report templates receive (dicts, lists and strings only)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from datetime import date, timedelta
from typing import Any

from pionieren import text
from pionieren.analysis.decision import (
    BESLISSER_NAAM,
    GEMEENTE,
    alleen_bijdrage,
    begrotingsmoment,
    samen_met_gemeenten,
)
from pionieren.analysis.facts import (
    besluit_van_private_partij,
    groep_van_een_ander_in,
    meervoud,
    naam_meervoud,
    publiek_orgaan,
)
from pionieren.analysis.law import sluitstuk
from pionieren.analysis.level import ONDERMIJNING
from pionieren.analysis.mix.budget import BEZOEK
from pionieren.analysis.planning import KERST, RAAD_STUKKEN_WEKEN, VASTSTELLEN, plan_vastgesteld
from pionieren.analysis.planning_stukken import BESTAAND_OVERLEG
from pionieren.analysis.result import Advies, Bevinding, Ernst
from pionieren.input.model import Toezegging, Vraagstuk
from pionieren.knowledge.catalogue import KENMERK_LABELS
from pionieren.knowledge.feestdagen import werkdag_na, werkdag_voor
from pionieren.knowledge.load import Kennis
from pionieren.safe_text import comparable_name
from pionieren.teksten import zinnen
from pionieren.vocabulary import (
    Beslisser,
    Groepen,
    Initiatiefnemer,
    Procedure,
    SoortBelanghebbende,
    Trede,
    Werving,
)

#: Findings about filling in the vraagstuk itself (a field to fill in, a date in the text that no
#: field gives): they are for whoever makes the advice, not for the bestuur. The report lists
#: them apart at the end ('Nog in te vullen in het vraagstuk'); the JSON keeps them as findings.
INVOER_REGELS = (
    "INVOER-INSTRUMENT",
    "PLAN-TUSSENDATUM",
    "POORT-KADERS-HELDER",
    # who decides a point according to the omschrijving: the report says it under 'Wie beslist'
    # ('volgens de omschrijving'); the tip to fill in the field is for whoever makes the advice
    "BESLUIT-PUNT",
)

#: Findings that name what must happen before the process starts (the raad sets its kaders, a
#: budget is agreed). The summary puts them first under 'Eerst regelen', whatever their weight
#: (review 27: the startnotitie for the raad stood at the bottom among the aandachtspunten).
#: ROL-RAAD stays among the aandachtspunten when TREDE-KADERS-RAAD already says it up there.
EERST_REGELS = ("ROL-RAAD", "POORT-BUDGET")

#: The planner's own checks it could not solve by moving a step (a round that runs until the
#: proposal is due, no weeks left for a reaction round): see :func:`planning_noten`.
PLANNING_REGELS = ("PLAN-REACTIE", "PLAN-VERWERKEN", "PLAN-STUKKEN")

#: Findings that open the design: what went wrong before, and the case's own papers on the
#: table (advice 1, a shared frame). The summary shows them as the start of 'Het ontwerp'.
START_REGELS = ("KADER-HERSTART", "KADER-STUKKEN")

#: Lessons whose whole message the summary already gives: who decides ('Wie beslist'), how much
#: the outcome binds (the influence per onderwerp) and the commitment to ask for beforehand. The
#: report shows them no second time under 'Lessen'; the JSON keeps them.
IN_SAMENVATTING_LESSEN = ("besluiten-vooraf-binding", "besluiten-raad-verbindt-zich")

LABELS: dict[str, dict[str, str]] = {
    "kwadrant": {
        # a middle interest counts as large, a middle influence as small (stakeholders.kwadrant):
        # the label says so, or a group of belang middel reads as 'groot belang' (review 41b)
        "sleutelspeler": "veel invloed, groot of middel belang",
        "tevreden_houden": "veel invloed, klein belang",
        "op_de_hoogte_houden": "groot of middel belang, minder invloed",
        "monitoren": "klein belang, minder invloed",
    },
    "kwadrant_aanpak": {
        "sleutelspeler": "apart spreken",
        "tevreden_houden": "raadplegen over hun belang",
        "op_de_hoogte_houden": "inbreng vragen",
        "monitoren": "informeren",
    },
    "rol": {
        "raad": "Gemeenteraad",
        "college": "College van B en W",
        "burgemeester": "Burgemeester",
        "ambtelijke_organisatie": "Ambtelijke organisatie",
        "griffie": "Griffie",
        "inwoners": "Inwoners",
        "initiatiefnemer": "Initiatiefnemer",
        "anderen": "Andere partijen",
        "driehoek": "Driehoek (burgemeester, politie, OM)",
        "uitvoerders": "Uitvoerende partijen",
    },
    "ernst": {"waarschuwing": "Waarschuwing", "let_op": "Let op", "info": "Ter informatie"},
    "modus": {"denken": "samen denken", "besluiten": "samen besluiten", "doen": "samen doen"},
    "niveau": {"laag": "laag", "middel": "middel", "hoog": "hoog"},
    "kenmerk": {k.value: v for k, v in KENMERK_LABELS.items()},
    "fase": {
        "voorbereiden": "Voorbereiden",
        "ophalen": "Ophalen",
        "verdiepen": "Verdiepen",
        "toetsen": "Toetsen",
        "besluit": "Besluit",
        "terugkoppeling": "Terugkoppelen",
        "uitwerken": "Uitwerken na het besluit",
        "uitvoering": "Uitvoeren",
        "evaluatie": "Evalueren",
    },
    "organisator": {
        "gemeente": "de gemeente",
        "griffie": "de griffie, voor de raad",
        "initiatiefnemer": "de initiatiefnemer",
        "onafhankelijk": "een onafhankelijke partij",
    },
    "beslisser": {b.value: t for b, t in BESLISSER_NAAM.items()},
    "overheidsrol": {
        "reguleren": "de gemeente stelt de regels, toetst het plan en de participatie, en "
        "neemt de besluiten die het plan nodig heeft",
        "regisseren": "de gemeente houdt de regie: zij brengt de partijen samen en bewaakt de "
        "samenhang",
        "stimuleren": "de gemeente moedigt het initiatief aan (met geld, kennis of aandacht) en "
        "laat de uitvoering aan anderen",
        "faciliteren": "de gemeente ondersteunt wat anderen doen (een contactpersoon, ruimte, "
        "regels op maat of geld), zonder het over te nemen",
        "loslaten": "de gemeente laat het initiatief aan de initiatiefnemers en blijft alleen "
        "bereikbaar als dat nodig is",
    },
    "procedure": {
        "omgevingsvergunning_binnenplans": "een omgevingsvergunning (past in het omgevingsplan)",
        "omgevingsvergunning_buitenplans": "een omgevingsvergunning (past niet in het "
        "omgevingsplan)",
        "omgevingsplan": "een wijziging van het omgevingsplan",
        "omgevingsvisie": "de omgevingsvisie",
        "programma": "een programma",
        "verordening": "een verordening",
        "begroting": "de begroting",
        "beleid": "een beleidsbesluit",
        "uitvoering": "een besluit over de uitvoering",
        "subsidie": "een subsidiebesluit",
        "verkeersbesluit": "een verkeersbesluit",
        "aanwijzingsbesluit": "een aanwijzingsbesluit (plekken aanwijzen op grond van een "
        "verordening, zoals de APV)",
        "privaatrechtelijk": "een privaatrechtelijk besluit (zoals een overeenkomst, bruikleen, "
        "huur, verkoop of een garantstelling)",
        "uitdaagrecht_verzoek": "een besluit op een verzoek onder het uitdaagrecht",
        "herindeling": "een herindelingswet (Wet arhi)",
        "evaluatie": "een evaluatie",
        "advies": "een advies of zienswijze aan een ander orgaan",
        "anders": "een andere procedure",
    },
}


_WETTEN = (
    "Aanbestedingswet",
    "Alcoholwet",
    "Jeugdwet",
    "Gemeentewet",
    "Omgevingswet",
    "Omgevingsregeling",
    "Omgevingsbesluit",
    "Participatiewet",
    "Jeugdwet",
    "Wmo",
    "Opiumwet",
    "Wet",
    "Wmo",
    "Internationaal",
)


#: The kinds of private-law act a case may name, each with the words that name it; the first
#: one named counts (a sale of the gemeente's land comes before the rent a developer charges).
_PRIVAAT_SOORT = (
    ("een verkoop", re.compile(r"\bverk(?:oop|oopt|open|ocht)\b", re.IGNORECASE)),
    ("een bruikleen", re.compile(r"\bbruikleen\b", re.IGNORECASE)),
    ("een garantstelling", re.compile(r"\bgarant\w*", re.IGNORECASE)),
    ("een erfpacht", re.compile(r"\berfpacht\w*", re.IGNORECASE)),
    ("een huurovereenkomst", re.compile(r"\b(?:ver)?hu(?:ur|urt|ren)\w*", re.IGNORECASE)),
)


def _labels(vraagstuk: Vraagstuk) -> dict[str, dict[str, str]]:
    """The labels, with the budget moment the case names for a decision at the kadernota or
    voorjaarsnota: 'via de kadernota', not 'via de begroting' (review 48e)."""
    moment = begrotingsmoment(vraagstuk)
    procedure = dict(LABELS["procedure"])
    if moment is not None:
        procedure["begroting"] = f"de {moment}"
    tekst = " ".join([vraagstuk.titel, vraagstuk.omschrijving, *vraagstuk.kaders.vast])
    if _BELEIDSREGEL.search(tekst):
        # the case names a beleidsregel: that is what is adopted, and it is published (review
        # 53a: 'via een beleidsbesluit' for the burgemeester's beleidsregel on demonstrations)
        procedure["beleid"] = (
            "een beleidsregel (art. 4:81 Awb), bekendgemaakt in het gemeenteblad (art. 3:42 Awb)"
        )
    if vraagstuk.besluit is not None and vraagstuk.besluit.procedure is Procedure.privaatrechtelijk:
        # only the kind of act the case names, not the stock list of every kind (review 65b:
        # '(zoals een overeenkomst, bruikleen, huur, verkoop of een garantstelling)' for the
        # sale of a plot)
        soorten = [naam for naam, patroon in _PRIVAAT_SOORT if patroon.search(tekst)]
        procedure["privaatrechtelijk"] = "een privaatrechtelijk besluit" + (
            f" ({soorten[0]})" if soorten else ""
        )
    if procedure == LABELS["procedure"]:
        return LABELS
    return {**LABELS, "procedure": procedure}


_BELEIDSREGEL = re.compile(r"\bbeleidsregel", re.IGNORECASE)


def verwijzing(bron: Any) -> str:
    """A short reference for in the text: 'Gemeentewet art. 170' or 'Movisie z.j.'."""
    titel = str(bron.titel)
    if titel.startswith("Burgerlijk Wetboek"):
        artikel = re.search(r"art\. \d+:\d+\w*", titel)
        return f"BW {artikel.group(0)}" if artikel else "Burgerlijk Wetboek"
    if titel.startswith("Algemene wet bestuursrecht"):
        # 'Awb art. 4:51': the colon in the article number is kept
        rest = titel.split(" (")[0].removeprefix("Algemene wet bestuursrecht").lstrip(", ")
        return f"Awb {rest.split(' en ')[0]}".strip()
    eu = re.match(r"(?:Verordening|Richtlijn) \(EU\) \d{4}/\d+", titel)
    if eu and str(bron.uitgever).startswith("EUR-Lex"):
        # EU law is cited by its number: 'Verordening (EU) 2024/1028', never as 'EUR-Lex 2024'
        return eu.group(0)
    if titel.split(" ")[0].rstrip(",") in _WETTEN or str(bron.uitgever).startswith(
        "Wetten.overheid.nl"
    ):
        # a law on wetten.overheid.nl is cited by its name and article, never as the site
        return titel.split(" (")[0].split(":")[0].replace(", art.", " art.")
    uitgever = str(bron.uitgever).split(" (")[0].split(",")[0].split(" en ")[0]
    return f"{uitgever} {bron.jaar if bron.jaar is not None else 'z.j.'}"


_NIVEAU_INDEX = {"laag": 0, "middel": 1, "hoog": 2}


def stakeholder_map(vraagstuk: Vraagstuk) -> list[dict[str, Any]]:
    """Positions (0..1) on the invloed x belang map; parties in one cell are spread out."""
    cellen: dict[tuple[int, int], list[int]] = {}
    for index, partij in enumerate(vraagstuk.belanghebbenden):
        cel = (_NIVEAU_INDEX[partij.belang.value], _NIVEAU_INDEX[partij.invloed.value])
        cellen.setdefault(cel, []).append(index)
    punten = []
    for (x, y), leden in sorted(cellen.items()):
        kolommen = min(len(leden), 4)
        rijen = (len(leden) + kolommen - 1) // kolommen
        for i, index in enumerate(leden):
            kolom, rij = i % kolommen, i // kolommen
            partij = vraagstuk.belanghebbenden[index]
            punten.append(
                {
                    "nummer": index + 1,
                    "naam": partij.naam,
                    "x": round((x + (kolom + 1) / (kolommen + 1)) / 3, 4),
                    "y": round((y + (rij + 1) / (rijen + 1)) / 3, 4),
                    "houding": partij.houding.value,
                }
            )
    return sorted(punten, key=lambda p: p["nummer"])


def timeline(advies: Advies) -> dict[str, Any]:
    """Bars per phase in days from the date of the advice, for the timeline picture."""
    fasen = [p for p in advies.planning if p.start is not None and p.eind is not None]
    besluit = next((p for p in advies.planning if p.fase.value == "besluit"), None)
    balken = [
        {
            "naam": LABELS["fase"][p.fase.value],
            "fase": p.fase.value,
            "start": (p.start - advies.datum).days,
            "eind": max((p.eind - advies.datum).days, (p.start - advies.datum).days + 3),
            "van": p.start.isoformat(),
            "tot": p.eind.isoformat(),
        }
        for p in fasen
        if p.start is not None and p.eind is not None
    ]
    einde = max([b["eind"] for b in balken] + [7])
    return {
        "dagen": einde,
        "besluit": (besluit.eind - advies.datum).days
        if besluit is not None and besluit.eind is not None
        else None,
        "besluit_datum": besluit.eind.isoformat()
        if besluit is not None and besluit.eind is not None
        else None,
        "balken": balken,
    }


def report_data(
    advies: Advies,
    vraagstuk: Vraagstuk,
    kennis: Kennis,
    bestand: str,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything a template may show; it decides nothing itself."""
    # the register loads every rule of the analysis: only when an advice is shown, not for the
    # labels that the verslag and the leerarena take from this module
    from pionieren.analysis.registry import REGELS

    gebruikt = {m.werkvorm for m in advies.mix}
    data = advies.model_dump(mode="json")
    for o in data["trede"]["onderwerpen"]:
        o["door"] = o["door"] or ""  # templates group by it; "" sorts, None does not
    catalogus = {w.id: w for w in kennis.werkvormen}
    # who the case says holds or proposed a werkvorm: the body whose own meeting it is
    eigen = {w.id: w.door for w in vraagstuk.werkvormen if w.door}
    # the phase a form stands in within the plan: the table of section 1 names the same phase
    # as the planning, not the catalogue's (review 48e: an inloopavond under 'Voorbereiden' in
    # the table and under 'Ophalen' in the plan)
    in_plan: dict[str, str] = {}
    for p in advies.planning:
        for w_id in p.werkvormen:
            in_plan.setdefault(w_id, p.fase.value)
    for m in data["mix"]:
        m["fase_in_plan"] = in_plan.get(m["werkvorm"], m["fase"])
        w = catalogus.get(m["werkvorm"])
        # the report cites a source behind the pitfall it shows first: only the source that
        # carries that pitfall, or none (the analysis may show another pitfall first)
        if w is None:
            # a form of the case's own: its unknown cost and reach stand once, under the
            # attention points (rule MIX-INSTRUMENT), not again as a pitfall here
            m["valkuilen"] = []
        elif m["organisator"] != "griffie":
            # the report shows a pitfall only where a source carries it: a stock caution
            # without one read as template text (reviews 38 and 39), and cost words
            m["valkuilen"] = [v for v in m["valkuilen"] if w.valkuil_bron(v)]
        bron = w.valkuil_bron(m["valkuilen"][0]) if w and m["valkuilen"] else None
        if w and m["organisator"] == "griffie":  # the report shows no pitfall, cites the form
            bron = w.bronnen[0]
        # a reason that rests on a source of its own names it (a petition goes via the griffie)
        bron = bron or next(
            (b for r in m["redenen"] for b in r["waarden"].get("bronnen", [])), None
        )
        m["bronnen"] = [bron] if bron else []
        # only the row that is the case's own form bears its body's name: another visit with
        # the same catalogue form (a separate visit to a group, rule MIX-INCLUSIE) is not that
        # body's meeting (review 51a: 'Bijeenkomst van Stichting BIZ' for blind inwoners), and a
        # visit by own staff for a fixed budget is no meeting of that body either
        eigen_rij = m["genoemd"] and m["naam"] != BEZOEK
        door = str(eigen.get(m["werkvorm"]) or "") if eigen_rij else ""
        # (a form whose audience the case gives in its own words keeps the catalogue name: 'a
        # rondetafel for winkeliers, personeel en de vakbonden' is no 'Eigen gesprek met de
        # vakbonden' because the other two have forms of their own; a new case, sessie 40)
        kop_voor = [] if m.get("voor_tekst") else m["voor"]
        m["naam"] = text.werkvorm_kop(m["werkvorm"], m["naam"], kop_voor, door=door)
        if (
            not m["genoemd"]
            and m["naam"] != BEZOEK
            and eigen.get(m["werkvorm"])
            and m["werkvorm"] == "eigen-vergadering"
        ):
            m["naam"] = "Bezoek aan de groep zelf"  # beside that body's meeting, not under it
        # the round for everyone: the broad form the mix chose (MIX-VERBREDING), or a form
        # anyone may join, at raadplegen or more, that is not chosen for points of its own
        m["voor_iedereen"] = any(r["sleutel"] == "MIX-VERBREDING" for r in m["redenen"]) or (
            w is not None
            and w.werving is Werving.open
            and w.groepen is not Groepen.georganiseerd
            and m["trede"] != Trede.informeren.value
            and not m["onderwerpen"]
        )
        # a deliberative form recruits by lot: nobody 'signs up' for a burgerjury (review 50)
        m["geloot"] = w is not None and w.werving is Werving.loting
    eenmaal_route(data, vraagstuk, [b.tekst for b in voor_uitnodiging(advies)])
    rollen = {"raad": "BESLUIT-WIE", "burgemeester": "ROL-BURGEMEESTER"}
    data["bron_rol"] = {rol: list(REGELS[regel].bronnen) for rol, regel in rollen.items()}
    for taak in advies.rolverdeling:
        if taak.bronnen:  # the article this role rests on in this case
            data["bron_rol"][taak.rol.value] = list(taak.bronnen)
    # a form the griffie organises with nothing but its name has no paragraph in section 1: its
    # source (ProDemos on the griffier's role) stands behind the griffie's row instead
    kaal = [
        b
        for m in data["mix"]
        if m["organisator"] == "griffie" and not m["waarom"] and not m["onderdelen"]
        for b in m["bronnen"]
    ]
    if kaal and "griffie" not in data["bron_rol"]:
        data["bron_rol"]["griffie"] = list(dict.fromkeys(kaal))
    data["bron_trede"] = list(REGELS["TREDE-PLAFOND"].bronnen)
    data["bron_plan"] = list(REGELS["PLAN-KALENDER"].bronnen)
    rijen = per_onderwerp(
        advies,
        vraagstuk,
        data["mix"],
        {m.werkvorm for m in advies.mix if groep_van_een_ander_in(vraagstuk, kennis, m.werkvorm)},
    )
    buiten_tabel(data, [r["bron"] for r in rijen if r["elders"]], kennis)
    return {
        "advies": data,
        "vraagstuk": vraagstuk.model_dump(mode="json"),
        "werkvormen": {
            w.id: {**w.model_dump(mode="json"), "herkomst": kennis.herkomst.get(w.id, "")}
            for w in kennis.werkvormen
            if w.id in gebruikt
        },
        "bronregister": {
            id_: {**bron, "kort": verwijzing(kennis.bronnen[id_])}
            for id_, bron in kennis.bronnen_als_data.items()
        },
        "regels": [
            {
                "id": r,
                "titel": REGELS[r].titel,
                "thema": REGELS[r].thema.titel,
                "uitleg": REGELS[r].uitleg,
                "bronnen": list(REGELS[r].bronnen),
            }
            for r in advies.regels_toegepast
        ],
        "ladder": [t.model_dump(mode="json") for t in kennis.ladder.treden],
        "labels": _labels(vraagstuk),
        "invoer": bestand,
        "invoer_regels": list(INVOER_REGELS),
        "eerst": eerst_regelen(advies),
        "start": list(START_REGELS),
        "in_samenvatting_lessen": list(IN_SAMENVATTING_LESSEN),
        # the college's row already says the gemeente's role in the initiative: the line
        # 'Rol van de gemeente bij dit initiatief' below the table would say it again
        "overheidsrol_in_rol": any(
            d.sleutel == "ROL-COLLEGE.overheidsrol" for t in advies.rolverdeling for d in t.delen
        ),
        "eerste_stap": eerste_stap(advies, data["mix"]),
        "kernstappen": kernstappen(advies),
        "vakantie_in_tabel": vakantie_in_tabel(advies, data["mix"]),
        "per_onderwerp": rijen,
        "tabelrijen": tabelrijen(rijen),
        "keuzes": keuzeontwerpen(data, rijen, vraagstuk),
        "andere_beslissers": andere_beslissers(
            rijen, advies.besluit.door, advies.besluit.ander_orgaan or hoofd_naam(vraagstuk, advies)
        ),
        "hoofd_naam": hoofd_naam(vraagstuk, advies),
        "toezeggingen": toezeggingen(
            advies,
            [r["bron"] for r in rijen if r["elders"]],
            vraagstuk.besluit.toezegging if vraagstuk.besluit else None,
        ),
        "in_samenvatting": in_samenvatting(advies),
        "planning_noten": planning_noten(advies),
        # the planning warnings a bestuur must decide on (a formal term that ends after the
        # papers): they stand in the summary, not among the points to arrange first
        # with the promise to a group no step reaches: a decision for the bestuur now
        "planning_regels": [*PLANNING_REGELS, "MIX-BELOFTE"],
        "kaart": stakeholder_map(vraagstuk),
        "kader": paragraaf_kader(advies, vraagstuk),
        "tijdlijn": timeline(advies),
        "instellingen": extra or {},
    }


def kader_soort(advies: Advies, vraagstuk: Vraagstuk) -> str:
    """Whose decision the participation serves, as the participatieparagraaf frames it:
    ``raad`` (a raadsvoorstel; also the raad's herindelingsadvies when the wetgever decides),
    ``college``, ``burgemeester``, ``bestuurscommissie``, ``andere_overheid`` (the college's
    zienswijze or inbreng to another government), ``privaat`` (a private party decides; the
    paragraaf covers the gemeente's own part and its role as partner), ``anders`` (another,
    unnamed party) or ``onbekend``.

    Why: review 57/58: every paragraaf was labelled 'voor het raadsvoorstel', also where the
    college, Gedeputeerde Staten or a woningcorporatie decides."""
    door = advies.besluit.door
    if door is None:
        return "onbekend"
    if door in (Beslisser.raad, Beslisser.wetgever):
        return "raad"
    if door in (Beslisser.college, Beslisser.burgemeester, Beslisser.bestuurscommissie):
        return door.value
    if vraagstuk.initiatiefnemer is Initiatiefnemer.andere_overheid:
        return "andere_overheid"
    if door is Beslisser.initiatiefnemer:
        namen = [p.naam for p in vraagstuk.belanghebbenden if p.initiatiefnemer]
        return "andere_overheid" if any(publiek_orgaan(n) for n in namen) else "privaat"
    orgaan = advies.besluit.ander_orgaan
    if not orgaan:
        return "anders"
    return "andere_overheid" if publiek_orgaan(orgaan) else "privaat"


def paragraaf_kader(advies: Advies, vraagstuk: Vraagstuk) -> dict[str, Any]:
    """The frame of the participatieparagraaf: whose decision it serves (:func:`kader_soort`),
    the deciding body by its short name, and each other party that decides open points by its
    short name and number (a plural body takes a plural verb: 'Gedeputeerde Staten beslissen')."""
    partijen = {o.partij for o in advies.trede.onderwerpen if o.open and o.partij}
    gemeente = comparable_name(vraagstuk.gemeente)
    orgaan = text.orgaan_kop(advies.besluit.ander_orgaan)
    if not orgaan and advies.besluit.door is Beslisser.initiatiefnemer:
        # the initiators decide themselves: by name, not 'de initiatiefnemer'
        orgaan = text.opsomming([p.naam for p in vraagstuk.belanghebbenden if p.initiatiefnemer])
    partner = text.organisatie_van(orgaan)
    return {
        "soort": kader_soort(advies, vraagstuk),
        "orgaan": orgaan,
        # the organisation the gemeente is partner of, when the case names an office in it
        # ('de directeur-bestuurder van Woonstichting De Zeven Akkers'); '' otherwise, so that no
        # sentence reads 'partner van de partners van het akkoord samen, door te tekenen'
        "partner": partner if partner != orgaan else "",
        # the gemeente itself on the map ('Gemeente Heiselaar' where the case is the
        # corporation's, 'met de gemeente Heiselaar'): 'wij' do not speak with ourselves
        "eigen_namen": [
            p.naam
            for p in vraagstuk.belanghebbenden
            if p.soort is SoortBelanghebbende.overheid
            and (naam := comparable_name(p.naam.split(" (", 1)[0])).startswith("gemeente ")
            and re.search(rf"(?<!\w){re.escape(naam)}(?!\w)", gemeente)
        ],
        "partijen": {
            p: {
                "naam": text.orgaan_kop(p),
                "meervoud": naam_meervoud(text.orgaan_kop(p)),
                # a private party has no power over an owner's house (review 64c)
                "publiek": publiek_orgaan(p),
            }
            for p in sorted(partijen)
        },
    }


#: Who sets the participatieplan, by the part of the role that says so.
_PLAN_VASTGESTELD = {
    "ROL-COLLEGE.plan": "het college",
    "ROL-COLLEGE.deel_plan": "",
    "ROL-GRIFFIE.plan": "de raad",
    "ROL-BURGEMEESTER.beslist": "de burgemeester",
}


#: Less time than this from today to the adoption of the plan is tight for a college (the
#: planning gives the preparation this time when the calendar has weeks to spare).
KRAP = VASTSTELLEN


def _apart_genoemd(namen: list[str]) -> str:
    """Who the first step speaks apart: one short name, or else 'de tegenstanders'
    (the summary names them above; a list of five made a sentence of 29 words)."""
    if not namen:
        return ""
    genoemd = text.namen(namen)
    return genoemd if len(namen) == 1 and len(genoemd.split()) <= 6 else "de tegenstanders"


def eerste_stap(advies: Advies, mix: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The first step of the plan for the summary: until when the preparation runs, who sets
    the participatieplan, and the first round with inwoners after it (when, which forms, for
    whom). Why: a bestuurder acts on one concrete next step, not on a stock sentence (review
    29a/30). Only what the plan itself says; None when the plan does not start with preparing.
    A round that already runs before today (the parkregisseur's weekly hours since September)
    does not hide the first step (review 45a: Ter Heyde had none)."""
    nummer = next(
        (
            i
            for i, p in enumerate(advies.planning)
            if p.start is None or p.start >= advies.datum or p.fase.value == "voorbereiden"
        ),
        None,
    )
    if nummer is not None and advies.planning[nummer].fase.value != "voorbereiden":
        # a procedure that starts on the same day as the preparation (the toets of an
        # uitdaagrecht request from the day the request is in) runs beside it: the plan still
        # starts with preparing
        start = advies.planning[nummer].start
        nummer = next(
            (
                i
                for i, p in enumerate(advies.planning[nummer + 1 :], nummer + 1)
                if p.fase.value == "voorbereiden" and start is not None and p.start == start
            ),
            None,
        )
    if nummer is None:
        return None
    voorbereiden = advies.planning[nummer]
    if voorbereiden.eind is None:
        return None
    vaststeller = next(
        (
            # another body's procedure: that body sets out its participation, the gemeente
            # plans only the college's own part (review 51b, 52a)
            _PLAN_VASTGESTELD[d.sleutel] or "het college"
            for t in advies.rolverdeling
            for d in t.delen
            if d.sleutel in _PLAN_VASTGESTELD
        ),
        # the dagelijks bestuur of a gemeenschappelijke regeling (rule WET-REGELING)
        next(
            (str(b.waarden["bestuur"]) for b in advies.bevindingen if b.regel == "WET-REGELING"), ""
        ),
    )
    # the first round after the preparation: not a procedure that runs from today (the toets
    # of an uitdaagrecht request: review 42a, 'Vanaf 30 november 2026' in a report of that day)
    volgende = next(
        (
            p
            for p in advies.planning[nummer + 1 :]
            if p.werkvormen
            and p.start is not None
            and p.start > advies.datum
            # an overleg that exists already meets without an invitation (review 54b)
            and not set(p.werkvormen) <= BESTAAND_OVERLEG
        ),
        None,
    )
    vormen = [m for m in mix if volgende is not None and m["werkvorm"] in volgende.werkvormen]
    voor: list[str] = []
    for m in vormen:
        voor += [n for n in m["voor"] if n not in voor]
    apart = [
        m
        for m in mix
        if m.get("fase") == "voorbereiden"
        and m["werkvorm"] in voorbereiden.werkvormen
        and any(r["sleutel"] == "MIX-VERDIEPING.gekozen" for r in m["redenen"])
    ]
    tot = voorbereiden.eind
    if volgende is not None and volgende.start is not None:
        # the plan is adopted two weeks before the first round, so that people can be invited
        # (review 32b: adopted on 4 December, the first meeting on 7 December)
        # never today: at the earliest the next working day (review 39a: 'uiterlijk 30 november
        # 2026' in a report of 30 November)
        morgen = werkdag_na(advies.datum + timedelta(days=1))
        tot = min(tot, max(morgen, plan_vastgesteld(volgende.start)))
        kerst = date(tot.year, *KERST[0])
        if tot >= kerst and werkdag_voor(kerst - timedelta(days=1)) >= morgen:
            # no college adopts a plan in the days around Christmas: the last working day
            # before them (review 52a: 'uiterlijk 24 december 2026', in the kerstvakantie)
            tot = werkdag_voor(kerst - timedelta(days=1))
    raad_later = vaststeller == "de raad" and (tot - advies.datum) < timedelta(
        weeks=RAAD_STUKKEN_WEKEN
    )
    return {
        # the preparation's place in the plan: the summary lists the other phases
        "nummer": nummer,
        "tot": tot.isoformat(),
        # the overleg with partners who can block the design runs now (MIX-PARTNERS-EERST)
        "overleg": any(m["werkvorm"] in voorbereiden.werkvormen for m in mix if _overleg(m)),
        # another round of the preparation is named, not called an overleg (review 45a)
        "ook": [
            m["naam"]
            for m in mix
            if m["werkvorm"] in voorbereiden.werkvormen and m not in apart and not _overleg(m)
        ],
        # a talk only with opponents starts now, before the round for everyone (MIX-VERDIEPING)
        "apart": _apart_genoemd([n for m in apart for n in m["voor"]]),
        # the college must adopt the plan within three weeks of today: say that it is tight
        # (review 33: between 29 November and 18 December, not named)
        "krap": bool(vaststeller) and (tot - advies.datum) < KRAP,
        # due within a week of today: the calendar has no week to spare. Say so, and what must
        # be decided this week, not a due date of tomorrow (reviews 39a, 42a)
        "direct": (tot - advies.datum) < timedelta(days=7),
        "vaststeller": vaststeller,
        # a raad cannot adopt a plan within its own cycle of papers (six weeks): the griffie puts
        # it before the next meeting, and the work starts as planned (review 56b: 'Uiterlijk
        # 18 december 2026: ... de raad stelt het participatieplan vast', in a report of
        # 1 December)
        "raad_later": raad_later,
        # the first day the raad can adopt it: its own cycle of papers from today, after its
        # Christmas recess (review 56a/56b: a raad decision 'uiterlijk 18 december' or 8 January)
        "raad_vanaf": raad_vanaf(advies.datum).isoformat() if raad_later else None,
        # what the college adopts in another body's procedure: the plan for the gemeente's own
        # part, not its own later decision on that part (review 56b: 'het college stelt het
        # eigen deel van de gemeente vast' by 18 December, while it decides in September)
        "plan": "het participatieplan voor het deel van de gemeente"
        if any(d.sleutel == "ROL-COLLEGE.deel_plan" for t in advies.rolverdeling for d in t.delen)
        else "het participatieplan",
        "vanaf": volgende.start.isoformat() if volgende and volgende.start else None,
        # the first round's place in the plan: a key step of the summary names it already
        "ronde": advies.planning.index(volgende) if volgende is not None else None,
        "werkvormen": [m["naam"] for m in vormen][:2],
        "voor": voor,
    }


def raad_vanaf(vandaag: date) -> date:
    """The first working day a raad can decide on a proposal written from today: its own cycle
    of papers (presidium, commissie, raad: RAAD_STUKKEN_WEKEN) and not in its Christmas recess."""
    dag = werkdag_na(vandaag + timedelta(weeks=RAAD_STUKKEN_WEKEN))
    for jaar in (dag.year - 1, dag.year):
        van, tot = date(jaar, *KERST[0]), date(jaar + 1, *KERST[1])
        if van <= dag <= tot:
            dag = werkdag_na(tot + timedelta(days=1))
    return dag


def _overleg(m: dict[str, Any]) -> bool:
    """Is this werkvorm of the preparation the overleg with partners (MIX-PARTNERS-EERST)?"""
    return m["werkvorm"] == "partneroverleg" or "MIX-PARTNERS-EERST" in m.get("regels", [])


def voor_uitnodiging(advies: Advies) -> list[Bevinding]:
    """The points of 'Vóór de uitnodiging regelen' at the top of hoofdstuk 1, in their order:
    the findings of the rules to arrange first (no warning), then the warnings that are not
    about the input, not already said by the summary and not about the planning (the planner's
    own notes stand under the design's planning, a formal term that ends after the papers is a
    decision for the bestuur and stands in the summary). The same selection as ``ernstig`` in
    the templates (a test holds the two together)."""
    eerst = eerst_regelen(advies)
    samen = set(in_samenvatting(advies))
    noten = set(planning_noten(advies))
    return [
        b for b in advies.bevindingen if b.regel in eerst and b.ernst is not Ernst.waarschuwing
    ] + [
        b
        for b in advies.bevindingen
        if b.ernst is Ernst.waarschuwing
        and b.regel not in INVOER_REGELS
        and b.sleutel not in samen
        and b.tekst not in noten
        and b.regel not in PLANNING_REGELS
    ]


def eerst_regelen(advies: Advies) -> list[str]:
    """The rules whose findings stand under 'Eerst regelen' although they are no warning."""
    regels = {b.regel for b in advies.bevindingen}
    return [
        r
        for r in EERST_REGELS
        if r in regels and not (r == "ROL-RAAD" and "TREDE-KADERS-RAAD" in regels)
    ]


#: Forms that report back or look back: they carry no onderwerp of their own.
_GEEN_ONDERWERP = {"terugkoppeling", "evaluatie", "leerarena"}


#: The formal round on the main decision's draft: it carries no point another body decides
#: (review 39c: a zienswijze on which buildings the developer buys).
_FORMEEL = {"zienswijze"}


def _breed(mix: list[dict[str, Any]], hoofdbesluit: bool = True) -> list[dict[str, Any]]:
    """The round for everyone before the decision (the broad forms): where inwoners give
    their opinion on a point that has no form of its own. A point another body decides is not
    carried by the formal round on the main decision (``hoofdbesluit`` False)."""
    return [
        m
        for m in mix
        if m.get("fase") in ("ophalen", "verdiepen", "toetsen")
        and m.get("voor_iedereen")
        and (hoofdbesluit or m["werkvorm"] not in _FORMEEL)
        and m.get("organisator") != "griffie"
        and m.get("start")
    ]


def _groep_mist(onderwerp: str, vraagstuk: Vraagstuk, rondes: list[dict[str, Any]]) -> str:
    """The one group a point names ('Of en hoe lang de arbeidsmigranten op het park blijven
    wonen': Arbeidsmigranten op Ter Heyde) when the round for everyone does not reach it; else
    ''. A group is named when the first word of its name, and of no other group's, stands in
    the point. Only a group of people named in the plural: 'of een stichting het bad overneemt'
    is not about Stichting Sportbedrijf Reggedal."""
    woorden = set(re.findall(r"\w+", onderwerp.casefold()))
    kop = {p.naam: p.naam.casefold().split()[0] for p in vraagstuk.belanghebbenden if p.naam}
    mensen = {p.naam for p in vraagstuk.belanghebbenden if p.naam and meervoud(p)}
    groepen = [
        naam
        for naam, w in kop.items()
        if naam in mensen and len(w) >= 6 and w in woorden and list(kop.values()).count(w) == 1
    ]
    if not rondes or len(groepen) != 1 or any(groepen[0] in m["voor"] for m in rondes):
        return ""
    return groepen[0]


def _eigen_ronde(advies: Advies, onderwerp: str) -> dict[str, Any] | None:
    """The own round before a later, separate decision on this point (FASE.later_besluit)."""
    for p in advies.planning:
        if (
            p.uitleg is not None
            and p.uitleg.sleutel in ("FASE.later_besluit", "FASE.na_keuze")
            and onderwerp.rstrip(".")
            in [str(x).rstrip(".") for x in p.uitleg.waarden.get("onderwerpen", [])]
            and p.start is not None
            and p.eind is not None
        ):
            return {
                "naam": "Het ontwerp zes weken ter inzage (zienswijzen)"
                if p.uitleg.waarden.get("ter_inzage")
                else "Een eigen ronde vóór dat besluit"
                if p.uitleg.sleutel == "FASE.later_besluit"
                else "Een eigen ronde na de keuze",
                "start": p.start,
                "eind": p.eind,
                "datum": p.uitleg.waarden.get("datum") or None,
                "vroegst": p.uitleg.waarden.get("vroegst") or None,
            }
    return None


#: What a row of the summary table shows besides its topic: rows alike in all of it are one.
_RIJ_GELIJK = (
    "trede",
    "hoe",
    "eigen_ronde",
    "breed",
    "bereikt_niet",
    "wie",
    "uiterlijk",
    "vroegst",
    "afgeleid",
    "hoofd",
    "eigen_vorm",
)


def tabelrijen(rijen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of the summary table: topics with the same level, the same forms and the same
    decider share one row ('Hoe diftar werkt; een regeling voor huishoudens met veel luiers'),
    the others in ``ook``. The case's central choice keeps a row of its own, on top.

    Why: issue 9, a one-page summary. Rows that differ only in their topic repeated the level,
    the forms and the decider word for word (up to ten rows in one table); every topic stays
    in the table (cut where it turns to the detail; whole in hoofdstuk 3)."""
    uit: list[dict[str, Any]] = []
    for r in rijen:
        if r["elders"]:
            continue
        sleutel = tuple(str(r.get(k)) for k in _RIJ_GELIJK)
        gelijk = next(
            (
                u
                for u in uit
                if not u["kern"]
                and not r["kern"]
                and tuple(str(u.get(k)) for k in _RIJ_GELIJK) == sleutel
            ),
            None,
        )
        if gelijk is not None:
            gelijk["ook"].append(r["onderwerp"])
        else:
            uit.append({**r, "ook": []})
    # the round for everyone is named where it first stands (as in :func:`per_onderwerp`)
    gezien: list[list[str]] = []
    for r in uit:
        r["breed_eerder"] = bool(r["breed"]) and r["breed"] in gezien
        if r["breed"]:
            gezien.append(r["breed"])
    return uit


def per_onderwerp(
    advies: Advies,
    vraagstuk: Vraagstuk,
    mix: list[dict[str, Any]],
    van_anderen: Collection[str] = (),
) -> list[dict[str, Any]]:
    """One row per open onderwerp for the summary: the level, the forms that deal with it,
    when they run, who decides and by when. Why: the summary, the role table and the design
    table showed other levels for the same points (review 38); a bestuurder sees one level per
    onderwerp here, taken from the same advice as the rest of the report. Under 'hoe' only the
    forms the design ties to the point (its own form, its weighing form, its own round before a
    later decision); a point without one says so, with the round for everyone when there is
    one, never a form borrowed from another point (review 40: two points in one row, a visit
    named as where inwoners advise on a choice between scenarios). A closed group another
    party runs (``van_anderen``: the provincie's klankbordgroep) is not named for a point the
    gemeente decides after that group has ended (review 41): the gemeente cannot promise advice
    through a group that is gone by then."""

    open_ = [o for o in advies.trede.onderwerpen if o.open]
    punten = list(vraagstuk.kaders.open)
    hoofd = advies.besluit.door
    privaat = besluit_van_private_partij(vraagstuk)
    rijen: list[dict[str, Any]] = []
    for i, o in enumerate(open_):
        punt = punten[i] if i < len(punten) and punten[i].onderwerp == o.onderwerp else None
        vormen = [
            m
            for m in mix
            if o.onderwerp in m["onderwerpen"]
            and m["werkvorm"] not in _GEEN_ONDERWERP
            and not _na_groep_van_ander(m, punt, o, van_anderen, vraagstuk)
        ]
        ronde = _eigen_ronde(advies, o.onderwerp)
        hoofddatum = vraagstuk.kaders.besluit_uiterlijk
        if ronde is not None and punt is not None and punt.na_besluit and hoofddatum:
            # a point worked out after the decision, in a round of its own: that round is when
            # (review 44a: building traffic 'January - March 2027', two years before the works)
            vormen = [m for m in vormen if not m.get("eind") or m["eind"] > str(hoofddatum)]
        perioden = [
            (date.fromisoformat(m["start"]), date.fromisoformat(m["eind"]))
            for m in vormen
            if m.get("start") and m.get("eind")
        ]
        hoe = [m["naam"] for m in vormen]
        if ronde is not None and not (hoe and ronde["naam"] == "Een eigen ronde na de keuze"):
            hoe.append(ronde["naam"])
            perioden.append((ronde["start"], ronde["eind"]))
        breed: list[str] = []
        mist = ""
        # a point on fighting crime stays out of any public round (rule TREDE-PLAFOND)
        geheim = o.trede is Trede.informeren and bool(ONDERMIJNING.search(o.onderwerp))
        if not hoe and o.trede.rang < Trede.adviseren.rang and not geheim:
            # a point where inwoners give their opinion has no form of its own: the round for
            # everyone carries it, and the table says that it is only that round
            rondes = _breed(mix, hoofdbesluit=(o.door or hoofd) is hoofd and not o.partij)
            breed = [m["naam"] for m in rondes]
            # the point is about one group, and the round for everyone does not reach that
            # group: the table says so, so that it does not seem to carry the point for them
            # (review 45a: the migrants' own question read 'alleen de ronde voor iedereen:
            # buurtmiddag', while the text sent them via sleutelfiguren). Not for a point
            # another government decides.
            mist = "" if o.door is Beslisser.anders else _groep_mist(o.onderwerp, vraagstuk, rondes)
            perioden += [
                (date.fromisoformat(m["start"]), date.fromisoformat(m["eind"]))
                for m in rondes
                if m.get("eind")
            ]
        door = o.door or hoofd
        wie = o.partij or (BESLISSER_NAAM[door] if door is not None else "")
        # who decides, as 'Wie beslist' names it next to the main decider
        beslisser = wie
        if o.eigen_bezit and punt is not None and sluitstuk(punt) is not None:
            # cables through his land or a strip of it: the party the case names decides, the
            # owner only whether he signs (rule WET-SLUITSTUK; review 48e: 'elk huishouden zelf'
            # on a netbeheerder's cable route)
            wie += ", met een overeenkomst per eigenaar" if wie else ""
        elif (
            o.eigen_bezit
            and o.toezegging_deel is not None
            and o.toezegging_deel.sleutel == "TREDE-EIGEN-BEZIT.regeling"
        ):
            # each owner decides on his own land within another body's scheme (rule
            # TREDE-EIGEN-BEZIT; review 55c: the province named as if it agreed per household)
            beslisser = "elke eigenaar zelf"
            wie = beslisser + (f", binnen de regeling van {wie}" if wie else "")
        elif (
            o.eigen_bezit
            and door is Beslisser.anders
            and wie
            and not (privaat and (not o.partij or o.partij == advies.besluit.ander_orgaan))
        ):
            # another body decides on the house or garden (the point names it, or it is the
            # body whose decision this is): that body decides, each household within it
            # (review 52a: 'elk huishouden zelf' where the NCG decides; 51b: the gardens in
            # the waterschap's projectbesluit)
            wie += ", met een afspraak per huishouden"
        elif o.eigen_bezit:
            # each household decides on its own house or garden (rule TREDE-EIGEN-BEZIT); the
            # gemeente or corporation signs the agreement with it (review 43d). A private
            # party that takes the main decision (a corporation) has no power over an owner's
            # house: the owner decides, the corporation is the other side of the agreement
            # (review of session 44, Hoeverzeel: 'De directeur-bestuurder, met een afspraak
            # per huishouden'); the agreement is with the organisation, not its director
            beslisser = "elk huishouden zelf"
            # the gemeente's side of an agreement is the gemeente, never the raad, which
            # signs no agreement with a household (review 63a: 'Elk huishouden zelf, met de
            # gemeenteraad' on each owner's foundation repair)
            partner = "de gemeente" if door in GEMEENTE else text.organisatie_van(wie)
            wie = beslisser + (f", met {partner}" if wie else "")
        if (
            not o.partij
            and advies.besluit.ander_orgaan
            and alleen_bijdrage(o.onderwerp, o.door, advies.besluit)
        ):
            # whether it comes is the other party's, in its own decision; the gemeente decides
            # only its share (review 56b: the peilvak set in the peilbesluit, 'Het college')
            orgaan = text.orgaan_kop(advies.besluit.ander_orgaan)
            wie = f"{orgaan}, {wie} alleen over de bijdrage van de gemeente"
        elif not o.partij and door is not None and door in GEMEENTE:
            samen = samen_met_gemeenten(vraagstuk, o.onderwerp)
            if samen:
                # decided together with other gemeenten: one college cannot commit alone
                wie += f", samen met {samen}"
        procedure = advies.besluit.procedure
        eigen_besluit = punt is not None and bool(punt.na_besluit) and punt.uiterlijk is not None
        if (
            door is hoofd
            and door is not None
            and not o.partij
            and procedure is Procedure.advies
            # a later decision of its own (buying back a building) is no advice (review 41)
            and not eigen_besluit
        ):
            # the gemeente only advises: its advice is what inwoners influence here
            wie += " (advies)"
        uiterlijk = punt.uiterlijk if punt is not None and punt.uiterlijk else None
        # one decision date per point: a later decision with its own round has the date that
        # round plans for (review 41: 'Het college, 24 juni 2027' in the table, 'niet vóór 15
        # oktober 2027' in the design)
        vroegst = ronde["vroegst"] if ronde is not None and uiterlijk is None else None
        later = vroegst is not None or (punt is not None and bool(punt.na_besluit))
        # the main decider answers by the main decision; another body's date is not known
        if (
            uiterlijk is None
            and not later
            and door is hoofd
            # an owner's own agreement with the private party is not due by that party's
            # decision (review of session 44, Hoeverzeel)
            and not (privaat and beslisser == "elk huishouden zelf")
            and (
                not o.partij
                or door is not Beslisser.anders
                # the body the case names as the main decider (besluit.orgaan) decides by then
                or o.partij == advies.besluit.ander_orgaan
            )
        ):
            uiterlijk = vraagstuk.kaders.besluit_uiterlijk
        rijen.append(
            {
                "onderwerp": text.kop(o.onderwerp),
                # a dispute over facts is no opinion on the ladder: its facts are checked
                # (rule TREDE-FEITEN; review 58: 'raadplegen (mening geven)')
                "trede": FEITEN if o.feiten else (EIGEN_KEUZE if eigen_keuze(o) else o.trede.value),
                # only a table of organisations carries this level: theirs, not the inwoners'
                "partners": o.alleen_partners,
                "hoe": hoe,
                # a round of its own before this point's decision: never 'als hierboven'
                "eigen_ronde": ronde is not None and ronde["naam"] in hoe,
                "breed": breed,
                "bereikt_niet": mist,
                "wanneer": _wanneer(perioden, None if later else uiterlijk, advies.datum),
                # the full name stands under 'Wie beslist'; in the table the short one
                "wie": wie.replace("het college van B en W", "het college"),
                "beslisser": beslisser,
                "uiterlijk": uiterlijk.isoformat() if uiterlijk else None,
                "vroegst": vroegst,
                "afgeleid": o.door_afgeleid,
                # decided in the main decision, named under 'Wie beslist' with its date
                "hoofd": door is hoofd
                and door is not None
                and not o.door_afgeleid
                and uiterlijk == vraagstuk.kaders.besluit_uiterlijk
                and (not o.partij or door is not Beslisser.anders),
                # an open point with a level above informeren and no form: say so
                "eigen_vorm": o.trede.rang >= Trede.raadplegen.rang,
                # another government decides it outside this process, and no form here is
                # about it: the report only informs and refers (review 42a/d: the waterschap's
                # peilbesluit in the influence table, 'Vraag Provincie Drenthe om deze
                # toezegging')
                # (review 43c: a survey of the gemeente 'raadplegen' on the waterschap's
                # peilbesluit; only the round for everyone touches it: that is informing)
                "elders": _besluit_elders(o, hoofd)
                # a members' vote is the association's own decision, not the inwoners' route
                # to it (review 46a: inwoners 'adviseren' on a club merger)
                and (not hoe or bool(_LEDEN.search(o.partij)))
                # (not where the gemeente's advice on that decision is the process itself)
                and procedure is not Procedure.advies
                and (not breed or o.door is Beslisser.anders),
                "bron": o.onderwerp,
                "kern": o.kern,
            }
        )
    # the case's central choice leads the table (review 52b: a bike path read as the case's
    # main question); the others keep their order
    rijen.sort(key=lambda r: not r["kern"])
    # the round for everyone is named where it first stands; below, the same round by its name
    gezien: list[list[str]] = []
    for r in rijen:
        r["breed_eerder"] = bool(r["breed"]) and r["breed"] in gezien
        if r["breed"]:
            gezien.append(r["breed"])
    return rijen


def keuzeontwerpen(
    advies: dict[str, Any], rijen: list[dict[str, Any]], vraagstuk: Vraagstuk
) -> list[dict[str, Any]]:
    """One short choice design per open point the case marks as a choice: its options (or a
    request to work out two or three), the consequences to set beside each, the werkvorm where
    inwoners weigh them and when, and who decides by when (review 44a: no report designed the
    key choice the case flagged). Not for a point decided elsewhere: no influence is promised
    there."""
    mix = {m["werkvorm"]: m for m in advies["mix"]}
    rij = {r["bron"]: r for r in rijen}
    uit: list[dict[str, Any]] = []
    for o in advies["trede"]["onderwerpen"]:
        r = rij.get(o["onderwerp"])
        if not o["keuze"] or r is None or r["elders"]:
            continue
        m = mix.get(o["gekozen_in"] or "")
        uit.append(
            {
                "onderwerp": text.kort(o["onderwerp"]),
                "opties": o["opties"],
                "vast": bool(vraagstuk.kaders.vast),
                "vorm": m["naam"] if m else "",
                "wanneer": text.periode(
                    date.fromisoformat(m["start"]), date.fromisoformat(m["eind"])
                )
                if m and m.get("start") and m.get("eind")
                else "",
                "wie": r["wie"] or "wie beslist",
                "uiterlijk": r["uiterlijk"],
            }
        )
    return uit


def hoofd_naam(vraagstuk: Vraagstuk, advies: Advies) -> str:
    """The name of the initiator that takes the main decision, when the case names exactly one:
    'Wie beslist' says 'Stichting Het Zandlandschap', not 'De initiatiefnemer' with the same
    foundation again among the other deciders (review 65b). Empty otherwise."""
    if advies.besluit.door is not Beslisser.initiatiefnemer or advies.besluit.ander_orgaan:
        return ""
    namen = [q.naam for q in vraagstuk.belanghebbenden if q.initiatiefnemer]
    return namen[0] if len(namen) == 1 else ""


def andere_beslissers(
    rijen: list[dict[str, Any]], hoofd: Beslisser | None, naam: str | None = None
) -> list[dict[str, Any]]:
    """Who else decides open points, each with its points (and a date of its own), in the
    order they first stand in the table: 'Wie beslist' names every decider, not only the body of
    the main decision (review 43d: the college alone, while demolition, the sociaal plan and the
    flats lay with the corporation). A point decided elsewhere, outside this process, is not
    among them: the line 'Besluit elders' just below names it with its body (issue 9: the
    same body and point stood twice in the summary)."""
    eigen = {BESLISSER_NAAM[hoofd] if hoofd is not None else "", (naam or "").casefold()}
    per: dict[str, dict[str, Any]] = {}
    for r in rijen:
        wie = r["beslisser"]
        if not wie or wie in eigen or wie.casefold() in eigen or r.get("elders"):
            continue
        # the full name stands just before, in the main decision: here the short one
        kort = wie.replace("het college van B en W", "het college")
        groep = per.setdefault(wie, {"wie": kort, "punten": [], "uiterlijk": None})
        groep["punten"].append(r["onderwerp"])
        if r["uiterlijk"] and len(groep["punten"]) == 1:
            groep["uiterlijk"] = r["uiterlijk"]
    return list(per.values())


_ZIN_EIND = re.compile(r"(?<=[.!?])\s+")


#: A body of members: an association's members decide in their own meeting.
_LEDEN = re.compile(r"\bleden(?:vergadering\w*)?\b|\balgemene vergadering\b", re.IGNORECASE)


def _besluit_elders(o: Any, hoofd: Beslisser | None) -> bool:
    """Does a named body outside the gemeente decide this point, in a process the gemeente
    runs (its own body takes the main decision)?"""
    return (
        bool(o.partij)
        and (o.door is None or o.door not in GEMEENTE)
        and hoofd is not None
        and hoofd in GEMEENTE
    )


def _na_groep_van_ander(
    m: dict[str, Any], punt: Any, o: Any, van_anderen: Collection[str], vraagstuk: Vraagstuk
) -> bool:
    """Does the gemeente decide this point only after this group of another party ends?"""
    if m["werkvorm"] not in van_anderen or punt is None or o.partij:
        return False
    if o.door is not None and o.door not in GEMEENTE:
        return False
    einde = [g.tot for g in vraagstuk.werkvormen if g.id == m["werkvorm"] and g.tot]
    datum = punt.uiterlijk or (vraagstuk.kaders.besluit_uiterlijk if punt.na_besluit else None)
    return bool(einde) and datum is not None and datum > max(einde)


def buiten_tabel(data: dict[str, Any], elders: Collection[str], kennis: Kennis) -> None:
    """The inwoners' role counts the points the influence table shows: a point decided
    elsewhere (shown below the table, with no level) is not counted as one they give their
    view on.

    Why: review 47a: 'Adviseren over 4 onderwerpen en geven hun mening over 2' against a
    table with four and one; the second was the provincie's own decision."""
    if not elders:
        return
    for taak in data["rolverdeling"]:
        delen = taak["delen"]
        geraakt = False
        for d in delen:
            w = d["waarden"]
            if d["sleutel"] != "ROL-INWONERS" or not w.get("treden"):
                continue
            treden = []
            weg = 0
            for t in w["treden"]:
                houd = [i for i, b in enumerate(t.get("bron", [])) if b not in elders]
                weg += len(t.get("bron", [])) - len(houd)
                if houd:
                    treden.append(
                        {
                            **t,
                            "onderwerpen": [t["onderwerpen"][i] for i in houd],
                            "bron": [t["bron"][i] for i in houd],
                        }
                    )
            if weg:
                geraakt = True
                w["treden"] = treden
                w["alle"] -= weg
                w["eigen"] -= weg
        if geraakt:
            taak["taak"] = zinnen(
                [kennis.wording.render(d["sleutel"], d["waarden"]) for d in delen]
            )


#: The core of a promise, whatever its words: two sentences with the same core make the same
#: promise (review 48e: 'Uw advies daarover nemen wij in principe over. Wij nemen uw advies in
#: principe over.' in one quote).
BELOFTE_KERN = re.compile(
    r"in principe over|vooraf bekende criteria|bindt ons niet|houden u op de hoogte"
    r"|beslist zelf over het eigen deel|wegen uw advies met de andere belangen|brengen uw \w+ naar",
    re.IGNORECASE,
)


def _kern(zin: str) -> str:
    gevonden = BELOFTE_KERN.search(zin)
    return gevonden.group(0).lower() if gevonden else zin.rstrip(".")


def _samen(teksten: list[str]) -> str:
    """Two promise texts for one level as one: each sentence once, in order, and each promise
    once, however it is worded (the first wording stays). A sentence that only extends an
    earlier one ('In het besluit zeggen wij wat wij ermee deden' and '... deden en waarom')
    takes its place: the promise once, in its fuller wording (issue 9, review 53a: the same
    sentence twice in one quote)."""
    zinnen: list[str] = []
    for tekst in teksten:
        for zin in _ZIN_EIND.split(tekst.strip()):
            zin = zin.strip()
            if not zin or _kern(zin) in [_kern(z) for z in zinnen]:
                continue
            zin = zin if zin.endswith((".", "!", "?")) else zin + "."
            kort = next((i for i, z in enumerate(zinnen) if _verlengt(zin, z)), None)
            if kort is not None:
                zinnen[kort] = zin
            elif not any(_verlengt(z, zin) for z in zinnen):
                zinnen.append(zin)
    return " ".join(zinnen).rstrip(".")


def _verlengt(lang: str, kort: str) -> bool:
    """Whether sentence ``lang`` says all of ``kort`` and more: it starts with ``kort``'s words."""
    a, b = lang.rstrip(".!?").split(), kort.rstrip(".!?").split()
    return len(a) > len(b) >= 4 and a[: len(b)] == b


#: The gemeente's own promise on what another body decides (TREDE-ANDER-ORGAAN), or on what
#: each owner decides within another body's scheme (TREDE-EIGEN-BEZIT): not asked of that body.
_GEMEENTE_BELOOFT = frozenset({"TREDE-ANDER-ORGAAN.toezegging", "TREDE-EIGEN-BEZIT.regeling"})


def _sluitstuk(o: Any) -> bool:
    return o.toezegging_deel is not None and o.toezegging_deel.sleutel == "WET-SLUITSTUK.toezegging"


_WETHOUDER = re.compile(r"\bwethouder", re.IGNORECASE)


def toezegger(gedaan: Toezegging | None) -> tuple[str, str]:
    """Who made the promise the case already has (``besluit.toezegging``): the body
    (``door``) and its name. A wethouder the text names is the college's member: 'de
    wethouder'. Another party the case does not name is no name to give: ('', '') and the
    report says 'toegezegd' without a maker."""
    if gedaan is None or gedaan.door is Beslisser.anders:
        return "", ""
    if gedaan.door is Beslisser.college and _WETHOUDER.search(gedaan.tekst or ""):
        return gedaan.door.value, "de wethouder"
    return gedaan.door.value, BESLISSER_NAAM[gedaan.door]


def _gedaan_apart(regels: list[dict[str, Any]], gedaan: Toezegging | None) -> list[dict[str, Any]]:
    """A promise already made stands as the promise of whoever made it, on a line of its own,
    not under another decider's 'Laat ... toezeggen' (review 52: 'Laat de gemeenteraad
    toezeggen. Coproduceren (al gedaan): ... zegde het college toe'). The decider's line keeps
    only what it must still promise; a line left with nothing goes."""
    door, naam = toezegger(gedaan)
    uit: list[dict[str, Any]] = []
    eigen: dict[str, Any] | None = None
    for r in regels:
        al = [n for n in r["niveaus"] if n["al"]]
        if not al or (door and r["door"] == door and r["wie"] == naam and not r["regie"]):
            uit.append(r)
            continue
        if eigen is None:
            eigen = {
                "door": door,
                "wie": naam,
                "gedaan": True,
                "niveaus": [],
                "regie": False,
                "gemeente": False,
            }
            uit.append(eigen)
        for n in al:
            if all(m["al"] != n["al"] for m in eigen["niveaus"]):
                eigen["niveaus"].append(
                    {
                        **n,
                        "tekst": "",
                        "keuze_tekst": "",
                        "grond_tekst": "",
                        "zelfde_als": "",
                        "verlaagd_van": "",
                        "budgetrecht": False,
                    }
                )
        rest = [
            {**n, "al": ""}
            for n in r["niveaus"]
            if n["tekst"] or n["keuze_tekst"] or n["grond_tekst"]
        ]
        if rest:
            uit.append({**r, "niveaus": rest, "gedaan": False})
    return uit


def toezeggingen(
    advies: Advies, elders: Collection[str] = (), vooraf: Toezegging | None = None
) -> list[dict[str, Any]]:
    """The promises under the table: one line per decider, one text per level (two texts for
    one level merged into one quote). A text another decider already gave is named as theirs,
    not 'as above' (review 40: two 'Adviseren' for the raad, one 'zoals hierboven' that pointed
    at the college's line). A point decided elsewhere (``elders``) gets no promise: this process
    promises no influence on it. The promise the case already made (``vooraf``) is its
    maker's (:func:`_gedaan_apart`)."""
    open_ = [o for o in advies.trede.onderwerpen if o.open and o.onderwerp not in elders]
    beslissers: dict[tuple[str, str], list[Any]] = {}
    for o in sorted(open_, key=lambda o: (o.door.value if o.door else "", o.partij)):
        beslissers.setdefault((o.door.value if o.door else "", o.partij), []).append(o)
    gegeven: dict[tuple[str, str], str] = {}
    regels: list[dict[str, Any]] = []
    for (door, partij), punten in beslissers.items():
        # 'Vraag ... om deze toezegging': the name without a clause on how it decides
        wie = text.orgaan_kop(partij) or (BESLISSER_NAAM[Beslisser(door)] if door else "")
        niveaus: dict[Trede, list[Any]] = {}
        for o in sorted(punten, key=lambda o: -o.trede.rang):
            if not o.feiten and not eigen_keuze(o):
                niveaus.setdefault(o.trede, []).append(o)
        regel_: list[dict[str, Any]] = []
        for trede, groep in niveaus.items():
            # a promise already made and a proposed one on the same level: one label, the
            # made one first
            al = _samen(list(dict.fromkeys(o.toezegging for o in groep if o.toegezegd)))
            open_groep = [o for o in groep if not o.toegezegd]
            # an owner's land or the cables through it: negotiated per owner, a promise of its
            # own, never merged into 'in principe over' (rule WET-SLUITSTUK; review 48e)
            grond = [o for o in open_groep if _sluitstuk(o)]
            open_groep = [o for o in open_groep if not _sluitstuk(o)]
            # a choice between options gets its own promise (weighed against known criteria):
            # merged with 'in principe over' for the other points it read as if both applied to
            # the contested choice (review 41b); then the choice's promise stands apart
            keuze = [o for o in open_groep if _bij_keuze(o)]
            rest = [o for o in open_groep if not _bij_keuze(o)]
            apart = bool(keuze and rest) and {o.toezegging for o in keuze} != {
                o.toezegging for o in rest
            }
            tekst = _samen(
                list(dict.fromkeys(o.toezegging for o in (rest if apart else open_groep)))
            )
            keuze_tekst = _samen(list(dict.fromkeys(o.toezegging for o in keuze))) if apart else ""
            verlaagd = next((o.verlaagd_van for o in groep if o.verlaagd_van), None)
            regel_.append(
                {
                    "trede": trede.value,
                    "al": al,
                    "tekst": tekst,
                    "keuze_tekst": keuze_tekst,
                    "grond_tekst": _samen(list(dict.fromkeys(o.toezegging for o in grond))),
                    # the same promise another decider already gave: name whose it is
                    "zelfde_als": gegeven.get((trede.value, tekst), "") if tekst else "",
                    # the promise for a choice another decider already gave in full: named as
                    # theirs (review 55d, Hunsewold: 'Wij wegen elk standpunt langs vooraf
                    # bekende criteria' quoted for the college and again for the raad)
                    "keuze_zelfde_als": gegeven.get((trede.value, keuze_tekst), "")
                    if keuze_tekst
                    else "",
                    "verlaagd_van": verlaagd.value if verlaagd else "",
                    "budgetrecht": any(o.budgetrecht for o in groep),
                    # the points this promise covers (review 47a: which ones was unclear)
                    "punten": [o.onderwerp for o in groep],
                }
            )
            if keuze_tekst:
                gegeven.setdefault(
                    (trede.value, keuze_tekst), "hierboven" if wie.startswith("een ") else wie
                )
            if tekst:
                # an unnamed body ('een ander orgaan dan de gemeente') is no name to point
                # back to: 'dezelfde toezegging als hierboven' (review 43c)
                gegeven.setdefault(
                    (trede.value, tekst), "hierboven" if wie.startswith("een ") else wie
                )
        feiten = [o for o in punten if o.feiten]
        if feiten:
            # a dispute over facts has its own promise, never merged into 'de uitkomst bindt
            # ons niet' of an opinion (rule TREDE-FEITEN)
            regel_.append(_eigen_niveau(FEITEN, [], feiten))
        eigen = [o for o in punten if eigen_keuze(o)]
        if eigen:
            # each household's own choice on its own house or land: its own promise, under
            # its own label, not a step of the ladder (rule TREDE-EIGEN-BEZIT; review 65a)
            regel_.append(
                _eigen_niveau(
                    EIGEN_KEUZE,
                    [o for o in eigen if o.toegezegd],
                    [o for o in eigen if not o.toegezegd],
                )
            )
        regel_ = _advies_en_mening(regel_)
        gedaan = all(o.toegezegd for o in punten)
        if door == Beslisser.initiatiefnemer.value and any(
            n["trede"] == Trede.zelfbeheer.value for n in regel_
        ):
            # the initiator's own regie is the gemeente's promise to it, asked of the gemeente;
            # the initiator's promises to others stand on a line of their own (review 44a:
            # 'Vraag de vereniging om deze toezeggingen. Zelfbeheer: ... de gemeente zegt toe')
            regie = [n for n in regel_ if n["trede"] == Trede.zelfbeheer.value]
            regels.append(
                {
                    "door": door,
                    "wie": wie,
                    "gedaan": gedaan,
                    "niveaus": regie,
                    "regie": True,
                    "gemeente": False,
                }
            )
            regel_ = [n for n in regel_ if n not in regie]
            if not regel_:
                continue
        regels.append(
            {
                "door": door,
                "wie": wie,
                "gedaan": gedaan,
                "niveaus": regel_,
                "regie": False,
                # the gemeente's own promise on what another body decides (TREDE-ANDER-ORGAAN)
                # (a point that body already promised itself stands apart, as 'al gedaan')
                "gemeente": any(not o.toegezegd for o in punten)
                and all(
                    o.toezegging_deel is not None and o.toezegging_deel.sleutel in _GEMEENTE_BELOOFT
                    for o in punten
                    if not o.toegezegd
                ),
            }
        )
    return _samengevoegd(_gedaan_apart(regels, vooraf), advies)


def _advies_en_mening(niveaus: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One decider's promise for 'adviseren' and for 'raadplegen' that differ only in 'uw
    advies' and 'uw mening' are one promise: '**Adviseren en raadplegen**: ‘Wij brengen uw
    advies of mening naar ...’'. Why: issue 9, the same two sentences stood twice in a row
    (the gemeente's promise on what another body decides)."""
    adv = next((n for n in niveaus if n["trede"] == Trede.adviseren.value), None)
    raad = next((n for n in niveaus if n["trede"] == Trede.raadplegen.value), None)
    if adv is None or raad is None or "uw mening" not in raad["tekst"]:
        return niveaus
    alleen_tekst = all(
        not n[k] for n in (adv, raad) for k in ("al", "keuze_tekst", "grond_tekst", "zelfde_als")
    )
    if (
        not alleen_tekst
        or raad["verlaagd_van"]
        or adv["budgetrecht"] != raad["budgetrecht"]
        or raad["tekst"].replace("uw mening", "uw advies") != adv["tekst"]
    ):
        return niveaus
    samen = {
        **adv,
        "trede": f"{Trede.adviseren.value} en {Trede.raadplegen.value}",
        "tekst": adv["tekst"].replace("uw advies", "uw advies of mening"),
        "punten": [*adv["punten"], *raad["punten"]],
    }
    return [samen if n is adv else n for n in niveaus if n is not raad]


def _samengevoegd(regels: list[dict[str, Any]], advies: Advies) -> list[dict[str, Any]]:
    """Deciders that make the very same promises share one line: 'Laat het college van B en W
    en de gemeenteraad toezeggen. Vraag Lambertus Wonen B.V. om dezelfde toezegging.' Why:
    review 43b-d: a line per decider with 'dezelfde toezegging als het college' under it read
    as a confusing chain."""

    def vorm(r: dict[str, Any]) -> tuple[Any, ...]:
        niveaus = tuple(
            tuple(
                sorted(
                    (k, str(v))
                    for k, v in n.items()
                    if k not in ("zelfde_als", "keuze_zelfde_als", "punten")
                )
            )
            for n in r["niveaus"]
        )
        return (r["gedaan"], niveaus)

    def vraag(r: dict[str, Any]) -> bool:
        return r["door"] in ("initiatiefnemer", "anders")

    b = advies.besluit
    advies_door = b.door.value if b.door and b.procedure is Procedure.advies else None
    groepen: list[list[dict[str, Any]]] = []
    for r in regels:
        doel = next(
            (
                g
                for g in groepen
                if r["door"]
                and not r["gedaan"]
                and all(e["door"] and e["door"] != advies_door for e in [*g, r])
                # 'zelfbeheer' names the initiatiefnemer in its own sentence
                and not any(n["trede"] == "zelfbeheer" for n in r["niveaus"])
                and vorm(g[0]) == vorm(r)
            ),
            None,
        )
        if doel is None:
            groepen.append([r])
        else:
            doel.append(r)
    uit: list[dict[str, Any]] = []
    # 'noem': a level that stands in more than one line covers some of the table's points in
    # each (review 47a). The built-in templates no longer print the count ('Adviseren (3
    # punten)' read as a code, review 48e): each line names its decider, as the table does.
    regels_per_trede = Counter(n["trede"] for g in groepen for n in g[0]["niveaus"])
    for g in groepen:
        laat = [e for e in g if not vraag(e)]
        gevraagd = [e for e in g if vraag(e)]
        hoofd = laat or gevraagd
        niveaus = [
            {
                **n,
                "punten": list(
                    dict.fromkeys(
                        p
                        for e in g
                        for m in e["niveaus"]
                        if m["trede"] == n["trede"]
                        for p in m["punten"]
                    )
                ),
                "noem": regels_per_trede[n["trede"]] > 1,
            }
            for n in g[0]["niveaus"]
        ]
        uit.append(
            {
                **hoofd[0],
                # the first line's texts: a later one's 'zelfde_als' may point into this line
                "niveaus": niveaus,
                "wie": text.opsomming([e["wie"] for e in hoofd]),
                "ook_vraag": text.opsomming([e["wie"] for e in gevraagd]) if laat else "",
            }
        )
    return uit


def _eigen_niveau(trede: str, al: list[Any], open_: list[Any]) -> dict[str, Any]:
    """The promise of a point with a label of its own instead of a ladder step (a dispute over
    facts, each household's own choice): the promise already made (``al``) and the one to
    make (``open_``), for the points it covers."""
    return {
        "trede": trede,
        "al": _samen(list(dict.fromkeys(o.toezegging for o in al))),
        "tekst": _samen(list(dict.fromkeys(o.toezegging for o in open_))),
        "keuze_tekst": "",
        "grond_tekst": "",
        "zelfde_als": "",
        "keuze_zelfde_als": "",
        "verlaagd_van": "",
        "budgetrecht": False,
        "punten": [o.onderwerp for o in [*al, *open_]],
    }


FEITEN = "feiten laten toetsen"
"""The label of a point that is a dispute over facts, in place of a step of the ladder (rule
TREDE-FEITEN): its facts are checked per case, it is no opinion that is weighed."""

EIGEN_KEUZE = "eigen keuze"
"""The label of a point on each household's own house or land, in place of a step of the
ladder (rule TREDE-EIGEN-BEZIT): each household decides itself, the gemeente helps and signs
the agreement; 'meebeslissen ... met de gemeente' read as if the gemeente decided along
(review 65a)."""


def eigen_keuze(o: Any) -> bool:
    """Is this open point each household's own choice on its own house or land (the promise
    TREDE-EIGEN-BEZIT.toezegging)?"""
    return (
        o.toezegging_deel is not None
        and o.toezegging_deel.sleutel == "TREDE-EIGEN-BEZIT.toezegging"
    )


def _bij_keuze(o: Any) -> bool:
    """Does this point carry the promise for a choice between options (rule TREDE-KEUZE)?"""
    return o.toezegging_deel is not None and o.toezegging_deel.sleutel == "TREDE-KEUZE.toezegging"


#: Forms the report shows without their own paragraph in section 1.
_ZONDER_ALINEA = {"terugkoppeling", "leerarena"}


def eenmaal_route(data: dict[str, Any], vraagstuk: Vraagstuk, vooraf: Collection[str] = ()) -> None:
    """Each group's route stands once: at the werkvorm that reaches them ('Dit bereikt ook X (via
    ...)'), not again under 'Belanghebbenden' (review 40: every route was said twice). The
    approach there keeps what the werkvorm does not say (the threshold, 'naar hen toe'); the
    JSON keeps the whole approach. A route that a point of 'Vóór de uitnodiging regelen'
    (``vooraf``, at the top of hoofdstuk 1) already names stands there alone: not again at the
    werkvorm nor under 'Belanghebbenden', neither in brackets nor as a sentence of its own
    ('Bereik hen via ...')."""
    via = {b.naam: b.via.strip().rstrip(".") for b in vraagstuk.belanghebbenden if b.via}
    eerder = " ".join(vooraf)
    # two werkvormen that reach the same group: the route stands at the first of them; a route
    # the points to arrange first already name is seen before any werkvorm
    gezien: set[str] = {r for r in via.values() if f"via {r}" in eerder}
    for m in data["mix"]:
        if m["werkvorm"] in _ZONDER_ALINEA or not m.get("waarom"):
            continue
        for route in dict.fromkeys(via.values()):
            stuk = f" (via {route})"
            # a route said as a sentence of its own ('Bereik hen via ...'): a step that became
            # a visit for the budget, while the budget point atop hoofdstuk 1 already names it
            zin = re.compile(rf"\s*Bereik [^.]*? via {re.escape(route)}\.")
            if stuk in m["waarom"] or zin.search(m["waarom"]):
                if route in gezien:
                    m["waarom"] = zin.sub("", m["waarom"].replace(stuk, ""))
                gezien.add(route)
    teksten = " ".join(
        [m.get("waarom") or "" for m in data["mix"] if m["werkvorm"] not in _ZONDER_ALINEA]
        + [eerder]
    )
    for b in data["belanghebbenden"]:
        weg = via.get(b["naam"])
        if not weg or not b.get("aanpak") or f"via {weg}" not in teksten:
            continue
        aanpak = b["aanpak"]
        for stuk in (f", via {weg}", f"via {weg}; ", f"via {weg}"):
            aanpak = aanpak.replace(stuk, "")
        b["aanpak"] = aanpak.strip(" ;,")


def _wanneer(
    perioden: list[tuple[date, date]], besluit: date | None, vandaag: date | None = None
) -> str:
    """When inwoners can take part on a point: from its first round to its last, but never past
    the decision on it (review 46b, Ter Heyde: a walk-in hour that runs on made '1 september
    2026 – 30 juni 2028' for a decision of 24 February 2028). A round that already runs on the
    report's date reads 'loopt al, tot …': nothing in the plan starts before the report."""
    if not perioden:
        return ""
    van, tot = min(p[0] for p in perioden), max(p[1] for p in perioden)
    if besluit is not None and van < besluit < tot:
        tot = besluit
    if vandaag is not None and van < vandaag <= tot:
        return f"loopt al, tot {text.datum(tot)}"
    return text.periode(van, tot)


#: Steps a bestuurder needs in the summary, by kind (the sleutel of the step's uitleg), in
#: order of priority after the decision itself: the personal round before anything is public,
#: the moments where the mogelijkheden or a concept go out for reaction or advice, and the
#: case's own dated moments (a meeting, a commissie).
_KERN_SOORTEN = (
    ("FASE.eerst_persoonlijk", "FASE.per_huishouden"),
    ("FASE.reactie", "FASE.advies_op_concept"),
    ("FASE.moment",),
    # the week the participants hear an earlier decision is theirs, not the bestuur's agenda:
    # after the meetings of the bodies that decide (review 55d, three key steps)
    ("FASE.tussenbesluit",),
)
#: At most this many steps in the summary besides the case's own moments and the promised step,
#: which always stand there; the rest is in hoofdstuk 1 (issue 9: the summary's list of 8-15
#: steps repeated the table of hoofdstuk 1 and made it two pages; review 55d).
KERN_MAX = 3
#: At least this many, when the plan has them: the decision alone tells a bestuurder too little.
KERN_MIN = 3
#: The steps the tool adds (the personal round, a reaction round, the week participants hear an
#: earlier decision) fill the list up to this many; only the case's own instrument and its own
#: fixed moments reach KERN_MAX.
KERN_TOEGEVOEGD = 3
#: Forms of the case that are no key step of their own: an overleg that meets anyway, feedback
#: and looking back.
_GEEN_KERN = BESTAAND_OVERLEG | {"terugkoppeling", "evaluatie", "leerarena"}


def _zelfde_moment(een: str, ander: str) -> bool:
    """Do two moments say the same thing of another body: the same first sentence but for
    its subject ('De raad van Varikhoven stelt zijn zienswijze op het ontwerp vast')?"""
    a, b = (text._zinnen(t)[0].split() if t else [] for t in (een, ander))
    return len(a) >= 6 and a[-5:] == b[-5:]


def _eigen_instrument(advies: Advies) -> list[str]:
    """The werkvormen the case itself names (decided ones first, then proposed ones), without
    an overleg that meets anyway, feedback or looking back: the instrument the case is built
    around (the peiling, the fact-finding)."""
    genoemd = [m for m in advies.mix if m.genoemd and m.werkvorm not in _GEEN_KERN]

    def gekozen(m: Any) -> bool:
        return any(
            r.sleutel == "MIX-INSTRUMENT.genoemd" and r.waarden.get("gekozen") for r in m.redenen
        )

    return [
        m.werkvorm for m in sorted(genoemd, key=lambda m: (not gekozen(m), m.start or date.max))
    ]


def kernstappen(advies: Advies) -> list[int]:
    """The 3-5 key steps of the plan for the summary, as places in ``advies.planning``: the
    decision, the personal round, the reaction or advice rounds and the case's own moments
    before the decision, in the plan's order. Every other step is listed in hoofdstuk 1 only,
    so that each step and date appears once in the report."""
    plan = advies.planning

    def soort(p: Any) -> str:
        return p.uitleg.sleutel if p.uitleg is not None else ""

    besluit = [i for i, p in enumerate(plan) if p.fase.value == "besluit"]
    gekozen = list(besluit)
    # first the case's own decisive moments: its own instrument and the moments the case fixed
    # (the wijkraad's advice, the commissie, the zienswijze) before the decision; not only the
    # steps the tool added (review 56b: Scheldevoorde's summary left out the peiling and the
    # raad's weighting; review 56d: Hunsewold's the fact-finding and the zienswijze)
    einde = besluit[-1] if besluit else len(plan)
    instrument = _eigen_instrument(advies)
    eigen = sorted(
        (min(instrument.index(w) for w in p.werkvormen if w in instrument), i)
        for i, p in enumerate(plan[:einde])
        if p.start is not None
        and p.start > advies.datum
        and p.fase.value != "besluit"
        and set(p.werkvormen) & set(instrument)
    )
    momenten: list[int] = []
    for i, p in enumerate(plan):
        if soort(p) != "FASE.moment" or p.start is None or p.start <= advies.datum:
            continue
        # the same moment of another body (each raad's zienswijze on the same draft) is one
        # key step: the first; hoofdstuk 1 lists the others
        if any(_zelfde_moment(p.toelichting, plan[j].toelichting) for j in momenten):
            continue
        momenten.append(i)
    # the step that keeps the promise (rule MIX-TOEZEGGING: the jury the college promised, the
    # owners spoken in person): what the bestuur promised stands on its page (review 58b)
    beloofd = {m.werkvorm for m in advies.mix if "MIX-TOEZEGGING" in m.regels}
    belofte = [
        i
        for i, p in enumerate(plan[:einde])
        if p.start is not None
        and p.start > advies.datum
        and p.fase.value != "besluit"
        and beloofd & set(p.werkvormen)
    ][:1]
    # the personal round with the households whose own home or land is at stake (the owner
    # visits the raad asked for): the most sensitive step comes first (review 58b)
    persoonlijk = [
        i
        for i, p in enumerate(plan[:einde])
        if soort(p) in _KERN_SOORTEN[0] and p.start is not None and p.start > advies.datum
    ][:1]
    # every bestuurlijk moment of the case, the promised step, the personal round and the
    # case's own instrument stand in the summary, in the plan's order (review 57c: the
    # commissie that discusses the proposal was left out); then the steps the tool adds
    for i in momenten + belofte + persoonlijk + [i for _, i in eigen[:1]]:
        # a moment on the day of a chosen step (the hoorzitting and its meeting) is said there
        if i not in gekozen and all(plan[i].start != plan[j].start for j in gekozen):
            gekozen.append(i)
    volgorde = [(i, KERN_MAX) for _, i in eigen[:1]]
    for i, grens in volgorde + [(i, KERN_TOEGEVOEGD) for _, i in eigen[1:]]:
        # a moment on the day of a chosen step (the hoorzitting and its meeting) is said there
        if (
            len(gekozen) < grens
            and i not in gekozen
            and all(plan[i].start != plan[j].start for j in gekozen)
        ):
            gekozen.append(i)
    # the first open round is not among them: the first step below the list names it, and its
    # date is in the table of hoofdstuk 1
    kandidaten = [i for i, p in enumerate(plan) if soort(p) in _KERN_SOORTEN[0]]
    for soorten in _KERN_SOORTEN[1:]:
        kandidaten += [
            i
            for i, p in enumerate(plan)
            if soort(p) in soorten and (not besluit or i < besluit[-1] or soort(p) != "FASE.moment")
        ]
    # fewer than three: the formal inspraak, then the open rounds in the plan's order
    vooraf = [
        i
        for i, p in enumerate(plan)
        if p.werkvormen
        and p.fase.value in ("ophalen", "verdiepen", "toetsen")
        and p.start is not None
        and p.start > advies.datum
    ]
    # an overleg that exists already is not the first open round (review 54b)
    vooraf.sort(key=lambda i: set(plan[i].werkvormen) <= BESTAAND_OVERLEG)
    aanvulling = [i for i in vooraf if "zienswijze" in plan[i].werkvormen] + vooraf
    if vooraf and not any(soort(plan[i]) in _KERN_SOORTEN[0] for i in kandidaten):
        # no personal round before the rest: the first open round stands in its place
        kandidaten.insert(0, vooraf[0])
    for i in kandidaten:
        if len(gekozen) >= KERN_TOEGEVOEGD:
            break
        if i not in gekozen:
            gekozen.append(i)
    for i in aanvulling:
        if len(gekozen) >= KERN_MIN:
            break
        if i not in gekozen:
            gekozen.append(i)
    return sorted(gekozen)


#: Steps whose own text says more than the names of their werkvormen (kept in the list of steps).
TOEGELICHT = (
    "FASE.volgorde",
    "FASE.moment",
    "FASE.advies_op_concept",
    "FASE.eerst_persoonlijk",
    "FASE.per_huishouden",
    "FASE.noot_vakantie",
)


def vakantie_in_tabel(advies: Advies, mix: list[dict[str, Any]]) -> dict[str, str]:
    """The school holidays a round of werkvormen leaves out, as a note for the first of its rows
    in the table of hoofdstuk 1 ('zonder carnavalsweek 6-14 februari 2027'), by werkvorm id.
    The step itself (its dates and werkvormen) is then the table's row, not a line repeating
    the names below it; each holiday is named once."""
    noten: dict[str, str] = {}
    gezien: list[str] = []
    # OCW only advises the dates of the voorjaars- and herfstvakantie: the first note that names
    # one says once to check the school calendar, unless a finding already says it (review 58b)
    nagekeken = any(
        b.sleutel == "PLAN-KALENDER.raad_in_vakantie" and b.waarden.get("advies")
        for b in advies.bevindingen
    )
    for p in advies.planning:
        u = p.uitleg
        if not p.werkvormen or u is None:
            continue
        if p.fase.value == "besluit" and u.sleutel != "FASE.besluit":
            continue
        # the raad's hearing in the weeks before its decision names its holiday in the table only
        alle = u.waarden.get("raad_vakanties") if p.fase.value == "besluit" else None
        if alle is None and (u.sleutel in TOEGELICHT[:-1] or "vakanties" not in u.waarden):
            continue
        if alle is None:
            alle = u.waarden["vakanties"]
        vakanties = [v for v in alle or [] if v["naam"] not in gezien]
        overige = bool(u.waarden.get("overige"))
        if not vakanties and not overige and alle:
            continue
        gezien += [v["naam"] for v in vakanties]
        delen = [
            f"{v['naam']} {text.periode(date.fromisoformat(v['van']), date.fromisoformat(v['tot']))}"
            for v in vakanties
        ]
        if overige or not alle:
            delen.append(("andere " if delen else "") + "schoolvakanties")
        eerste = next((m["werkvorm"] for m in mix if m["werkvorm"] in p.werkvormen), None)
        if eerste is not None and eerste not in noten:
            noten[eerste] = f"zonder {text.opsomming(delen)}"
            if not nagekeken and any(
                w in v["naam"] for v in vakanties for w in ("voorjaarsvakantie", "herfstvakantie")
            ):
                noten[eerste] += "; controleer de schoolkalender"
                nagekeken = True
    return noten


def planning_noten(advies: Advies) -> list[str]:
    """The texts of the warnings that are the planner's own unsolved checks, not a decision
    for the bestuur: a reaction round that no longer fits, a step of the plan that runs until
    the proposal is due and can start earlier. They stand once, under the design's planning in
    chapter 1, not in the summary (review 45a, Bramerveen: three planning messages in the
    bestuurderssamenvatting). A formal term that ends after the papers stays in the summary:
    the application or the decision date must move, and that is for the bestuur."""
    return [
        b.tekst
        for b in advies.bevindingen
        if b.ernst is Ernst.waarschuwing
        and b.regel in PLANNING_REGELS
        and not b.waarden.get("formeel")
        and not b.waarden.get("verlengen")
        and not b.waarden.get("aanvraag")
    ]


def in_samenvatting(advies: Advies) -> list[str]:
    """Findings whose whole message the summary already gives: they do not stand again under
    the attention points. 'Het ontwerp blijft sober, binnen het budget' repeated the budget
    paragraph, which names what falls away to stay within the budget (review 40: the same thing
    said twice)."""
    sleutels = {b.sleutel for b in advies.bevindingen}
    kleiner = [
        b.sleutel
        for b in advies.bevindingen
        # the budget paragraph names what falls away and the shortfall: the note itself only
        # stands for what it adds (a route instead of a form, a group or a promise)
        if b.sleutel == "MIX-BUDGET.kleiner"
        and not b.waarden.get("geruild")
        and not b.waarden.get("kwijt")
        and not (b.waarden.get("verloren") and b.waarden.get("hoger"))
        and not (b.waarden.get("tekort") and b.waarden.get("belofte"))
    ]
    # the budget paragraph gives the step a later decision pays
    later = ["MIX-BUDGET.later"] if "MIX-BUDGET.later" in sleutels else []
    # the budget paragraph gives the steps a fixed budget dropped
    later += ["MIX-BUDGET.grens"] if "MIX-BUDGET.grens" in sleutels else []
    # and what a budget the design had to fit made smaller (issue 9: the same sentences stood
    # under 'Vóór de uitnodiging regelen' and in the budget paragraph a few lines below)
    if (
        "MIX-BUDGET.vast" in sleutels
        and advies.middelen.budget_euro is not None
        and advies.middelen.kosten_max_euro
    ):
        later.append("MIX-BUDGET.vast")
    return (
        kleiner
        + later
        + [
            b.sleutel
            for b in advies.bevindingen
            if b.sleutel == "MIX-BUDGET.weggelaten"
            and not (b.waarden.get("verloren") and b.waarden.get("hoger"))
            and b.waarden.get("weggelaten")
            and "MIX-BUDGET.rest" not in sleutels
            and advies.middelen.budget_euro is not None
            and advies.middelen.budget_euro >= advies.middelen.kosten_min_euro
        ]
    )

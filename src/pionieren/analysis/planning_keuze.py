"""What depends on a choice comes after it: the fit of the chosen place, the extras around it
(review 48e: in Oudeschoor the landscape fit and the village extras were discussed in January,
five months before the college chose the place)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pionieren.analysis.facts import Feiten
from pionieren.analysis.level import is_keuze
from pionieren.analysis.mix.ontwerp import Keuze, fase_van
from pionieren.analysis.planning import (
    ONTWERP_WEKEN,
    REACTIE_MIN_WEKEN,
    VOOR_BESLUIT,
    WEEK,
    Geplaatst,
    Plan,
    vakantieweken,
    werkweken,
)
from pionieren.analysis.planning_beschikbaar import _eerste_weken, vensters
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.knowledge.feestdagen import werkdag_na, werkdag_voor
from pionieren.vocabulary import Procesfase, Vakantieregio

#: A moment at which a body makes the choice: 'Het college kiest een voorkeurslocatie'; not a
#: meeting that only discusses it ('bespreekt … de keuze, zonder te besluiten').
_KIEST = re.compile(r"\bkie(?:st|zen)\b|\bstelt\s+\w*\s*voorkeurs\w+\s+vast\b", re.IGNORECASE)
_ZONDER = re.compile(r"\bzonder\s+te\s+beslui|\bbespreekt\b", re.IGNORECASE)
#: An open point about what the choice has chosen: its fit in the landscape, what happens on or
#: around the chosen place, route or plan.
_NA_KEUZE = re.compile(
    r"\b(?:ingepast|inpassing)\b"
    r"|\bgekozen\s+(?:plek|locatie|tracé|route|variant|plan|ontwerp|kavel|terrein)\b",
    re.IGNORECASE,
)
#: A place, route or option chosen from several: the choice itself, not what follows it.
_KEUZE_WOORD = re.compile(
    r"\bwelke?\s+van\s+de\b|\b(?:welk|welke)\s+(?:plek|locatie|tracé|route|variant)\b"
    r"|\bop\s+welke\b",
    re.IGNORECASE,
)
#: Working weeks after the choice to draw the chosen place and invite people.
SCHETS_WEKEN = 4


def keuzemoment(f: Feiten, besluit: date) -> date | None:
    """The day the place, route or option is chosen, before the main decision: a moment of
    the case at which a body chooses, or the date of the open point that is the choice."""
    v = f.vraagstuk
    dagen = [
        m.datum
        for m in v.momenten
        if f.datum < m.datum < besluit and _KIEST.search(m.wat) and not _ZONDER.search(m.wat)
    ]
    dagen += [
        p.uiterlijk
        for p in v.kaders.open
        if p.uiterlijk is not None and f.datum < p.uiterlijk < besluit and _keuze(p.onderwerp, p)
    ]
    return min(dagen, default=None)


def _keuze(tekst: str, p: object) -> bool:
    return bool(_KEUZE_WOORD.search(tekst)) or (getattr(p, "keuze", None) is True)


def na_de_keuze_punten(f: Feiten) -> list[str]:
    """The open points that depend on the choice: their wording names the fit or the chosen
    place; not the choice itself, and not a point the case already puts after the decision."""
    v = f.vraagstuk
    if not any(is_keuze(p) or _KEUZE_WOORD.search(p.onderwerp) for p in v.kaders.open):
        return []
    return [
        p.onderwerp
        for p in v.kaders.open
        if _NA_KEUZE.search(p.onderwerp)
        and not _KEUZE_WOORD.search(p.onderwerp)
        and p.keuze is not True
        and p.na_besluit is not True
        and (p.ruimte is None or p.ruimte.value != "geen")
    ]


@regel(
    "PLAN-NA-KEUZE",
    Thema.mix,
    "Wat van de keuze afhangt, komt na de keuze",
    """Kiest een orgaan vóór het hoofdbesluit een plek, tracé of variant (een moment in het
    vraagstuk waarop het college kiest, of de datum van het open punt dat die keuze is), dan
    praten inwoners pas daarna over wat van die keuze afhangt: hoe het op de gekozen plek wordt
    ingepast, en wat er op of bij de gekozen plek gebeurt. Daarover gaat dan een eigen ronde na
    de keuze: na vier werkweken om de gekozen plek uit te tekenen en uit te nodigen, buiten de
    lange vakanties en in de tijd van de groepen van de werkvormen die meegaan, en klaar vóór de
    volgende formele stap (drie werkweken vóór het ontwerp ter inzage gaat, of twee vóór de
    stukken van het besluit). Een werkvorm die alleen over zulke punten gaat en geen eigen data
    heeft, gaat mee naar die ronde; een werkvorm die vóór de keuze begint, houdt alleen de
    andere punten. Past de ronde niet, dan blijft alles staan.""",
    ["ombudsman-inspraak-2009"],
)
def na_de_keuze(f: Feiten, uit: Plan, keuzes: list[Keuze]) -> Plan:
    """Move what depends on the choice after the choice (changes ``uit`` and the points of
    ``keuzes`` in place)."""
    v = f.vraagstuk
    if v.kaders.besluit_al_genomen:
        return uit
    besluit = min((g.start for g in uit.fasen if g.fase is Procesfase.besluit), default=None)
    punten = na_de_keuze_punten(f)
    if besluit is None or not punten:
        return uit
    dag = keuzemoment(f, besluit)
    if dag is None:
        return uit
    zuid = v.vakantieregio is Vakantieregio.zuid
    vrij = vakantieweken(f.kennis.vakanties, v.vakantieregio)
    # the next formal step after the choice: the draft goes on display, or the papers
    formeel = [
        g.start - ONTWERP_WEKEN * WEEK
        for g in uit.fasen
        if "zienswijze" in g.werkvormen and g.start > dag
    ]
    grens = min([*formeel, besluit - 2 * WEEK])
    datum = {id: (g.start, g.eind) for g in uit.fasen for id in g.werkvormen}
    mee = [
        k
        for k in keuzes
        if k.periode is None
        and k.onderwerpen
        and set(k.onderwerpen) <= set(punten)
        and fase_van(k) in VOOR_BESLUIT
        and k.werkvorm.id in datum
        and datum[k.werkvorm.id][1] <= dag
    ]
    # in the time of the groups the moving forms serve, when that fits; else outside the holidays
    groepen = vensters(f)
    eigen = [groepen[n][1] for k in mee for n in k.voor if n in groepen]
    vanaf = dag + timedelta(days=1) + SCHETS_WEKEN * WEEK
    start, eind = _eerste_weken(vanaf, grens, lambda d: all(w(d) for w in eigen), [], vrij, zuid)
    if start >= grens or werkweken(start, eind, vrij) < REACTIE_MIN_WEKEN:
        return uit  # no round fits (in the groups' time): nothing moves
    ids = [k.werkvorm.id for k in mee]
    for g in list(uit.fasen):
        if set(ids) & set(g.werkvormen):
            g.werkvormen = [w for w in g.werkvormen if w not in ids]
            if not g.werkvormen and g.toelichting is None:
                uit.fasen.remove(g)
    # a form before the choice keeps only the other points
    for k in keuzes:
        if k not in mee and k.werkvorm.id in datum and datum[k.werkvorm.id][0] <= dag:
            k.onderwerpen = [o for o in k.onderwerpen if o not in punten]
    van = werkdag_na(start, zuid)
    uit.fasen.append(
        Geplaatst(
            Procesfase.verdiepen,
            van,
            eind,
            ids,
            deel(
                "FASE.na_keuze",
                keuze=dag.isoformat(),
                onderwerpen=[p.rstrip(".") for p in punten],
                sluit=eind.isoformat(),
                grens=werkdag_voor(grens + ONTWERP_WEKEN * WEEK, zuid).isoformat()
                if formeel and grens == min(formeel)
                else "",
                stukken=werkdag_voor(besluit, zuid).isoformat(),
            ),
        )
    )
    uit.fasen.sort(key=lambda g: g.start)
    return uit

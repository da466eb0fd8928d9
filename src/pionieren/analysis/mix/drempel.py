"""A vote with a threshold gets its counting rules before it is held (rule MIX-DREMPEL).

Why: review 62b. A corporation promised not to demolish unless 70 percent of the tenants voted
for it in a draagvlakmeting. The report handled the vote as an ordinary enquête: it never said
whether the 70 percent counts over all 72 tenants or over the votes cast, what a tenant who does
not vote counts as, what happens when no option passes, and it sent the result only to 'wie de
toezegging deed', not to the tenants who voted."""

from __future__ import annotations

import math
import re

from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel

#: words that make a promise or a form a vote: a draagvlakmeting, a stemming, a stemronde
_STEM = re.compile(
    r"\b(?:draagvlakmeting\w*|stemming\w*|stemronde\w*|stembiljet\w*|stemmen|stemt)\b", re.I
)
#: the threshold: '70 procent', '70%', 'twee derde', 'een meerderheid'
_PROCENT = re.compile(r"\b(\d{1,3})\s*(?:procent|%)", re.I)
_MEERDERHEID = re.compile(r"\b(?:twee derde|meerderheid|helft)\b", re.I)
#: who may vote, with their number: 'onder de 72 huurders', 'van alle 140 huishoudens'
_KIEZERS = re.compile(r"\b(?:onder|van|voor)\s+(?:de|alle)\s+(\d{2,6})\s+([a-zé-]+)", re.I)
#: the base is the votes cast: 'van wie reageert', 'de huishoudens die reageren', 'uitgebrachte'
_UITGEBRACHT = re.compile(
    r"\b(?:die|wie)\s+(?:reageer\w*|reageren|stem\w*|meedo\w*)|\buitgebracht\w*|\bvan de stemmen\b",
    re.I,
)
#: the base is everyone entitled: 'van alle huurders', 'van het totaal'
_ALLEN = re.compile(r"\bvan\s+alle\b|\bvan het totaal\b|\bvan iedereen\b", re.I)
#: a turnout rule: 'een respons van minstens 40 procent', 'opkomst'
_OPKOMST = re.compile(r"\b(?:respons|opkomst)\b", re.I)
#: one vote per household or address
_PER = re.compile(r"\b(?:per|elk|ieder)\s+(?:huishouden|adres|woning)\b|\béén stem\b", re.I)
#: an independent count: a notary, a commission
_TELLER = re.compile(r"\b(?:notaris|onafhankelijk\w*|stembureau\w*|telt\s+de\s+stemmen)\b", re.I)
#: what happens when the threshold is not met: 'dan wordt het renoveren', 'anders'
_TERUGVAL = re.compile(
    r"\b(?:dan\s+(?:wordt|gaat|kiest|blijft)|anders\b|zo\s+niet|alleen\b[^.;]{0,40}?\b(?:als|waar|bij)\b)",
    re.I,
)
#: a referendum has its own rules (the verordening), a BIZ vote the law's (rule MIX-STEMMING)
_EIGEN_REGELS = ("referendum", "draagvlakmeting-biz")
#: the forms a vote can be held with
_PEILING = frozenset({"enquete", "digitaal-platform", "burgerpanel"})


def _drager(o: Ontwerp, tekst: str) -> Keuze | None:
    """The form in the design that holds the vote: the case's own form whose audience names a
    vote, else the step that carries the promise (rule MIX-TOEZEGGING)."""
    kandidaten = [
        k
        for k in o.keuzes
        if not k.werkvorm.vast_pakket
        and not any(k.werkvorm.id.startswith(e) for e in _EIGEN_REGELS)
    ]
    eigen = [k for k in kandidaten if k.voor_tekst and _STEM.search(k.voor_tekst)]
    if eigen:
        return eigen[0]
    if not _STEM.search(tekst):
        return None
    belofte = [k for k in kandidaten if any(r.sleutel == "MIX-TOEZEGGING" for r in k.redenen)]
    # else the case's own survey: the promise's draagvlakmeting is held with it (a parking
    # nota's 'draagvlakmeting per straat' with the enquête the raad decided on)
    eigen_peiling = [k for k in kandidaten if k.genoemd and k.werkvorm.id in _PEILING]
    gevonden = belofte or eigen_peiling
    return gevonden[0] if gevonden else None


def stemregels(tekst: str, voor: str) -> dict[str, object] | None:
    """What a vote's own words leave open, from the promise (``tekst``) and the audience the case
    gives the form (``voor``); None when they name no threshold, so this is no vote with a
    threshold (a vote where most votes win, as in a wijkbegroting, needs none of this)."""
    beide = f"{tekst} {voor}"
    m = _PROCENT.search(tekst) or _PROCENT.search(voor)
    if m is None and not _MEERDERHEID.search(beide):
        return None
    procent = int(m.group(1)) if m else 0
    if procent > 100:
        return None
    kiezers = _KIEZERS.search(voor) or _KIEZERS.search(tekst)
    aantal = int(kiezers.group(1)) if kiezers else 0
    wie = kiezers.group(2).lower() if kiezers else ""
    uitgebracht = bool(_UITGEBRACHT.search(tekst))
    basis_open = not uitgebracht and not _ALLEN.search(tekst)
    waarden: dict[str, object] = {
        "procent": procent,
        "aantal": aantal,
        "wie": wie,
        # over all who may vote, this many votes in favour are needed
        "nodig": math.ceil(procent * aantal / 100) if procent and aantal else 0,
        "basis": basis_open,
        "opkomst": uitgebracht and not _OPKOMST.search(tekst),
        "per_huishouden": not _PER.search(beide),
        "teller": not _TELLER.search(beide),
        "terugval": not _TERUGVAL.search(tekst),
    }
    return waarden


@regel(
    "MIX-DREMPEL",
    Thema.mix,
    "Een stemming met een drempel krijgt vooraf haar regels",
    """Beloven het vraagstuk of een werkvorm een stemming of draagvlakmeting met een drempel
    ('niet slopen als minder dan 70 procent van de huurders daarvoor is'), dan zegt het advies bij
    die werkvorm welke regels vóór de stemming vast moeten liggen en bekend moeten zijn, voor zover
    de belofte ze niet al noemt: telt de drempel over iedereen die mag stemmen (met het aantal
    stemmen dat dan nodig is) of over wie stemt, en hoeveel mensen dan minstens moeten stemmen;
    wat het betekent als iemand niet stemt; één stem per huishouden; wie onafhankelijk telt; en wat
    er gebeurt als geen keuze de drempel haalt. De uitslag, met de aantallen, gaat op dezelfde dag
    naar iedereen die mocht stemmen, niet alleen naar wie de toezegging deed. Zo regelt de wet
    dat ook voor de stemming over een bedrijveninvesteringszone (opkomst en drempel vooraf
    vast). Een referendum en een BIZ-stemming houden hun eigen regels; een stemming waarin de
    meeste stemmen winnen (een wijkbegroting) heeft geen drempel.""",
    ["ombudsman-inspraak-2009", "wet-biz-5"],
)
def drempel(o: Ontwerp) -> None:
    """Say, at the form that holds a vote with a threshold, which counting rules must be fixed."""
    v = o.f.vraagstuk
    belofte = v.besluit.toezegging if v.besluit else None
    tekst = (belofte.tekst or "") if belofte else ""
    k = _drager(o, tekst)
    if k is None:
        return
    regels = stemregels(tekst if _STEM.search(tekst) else "", k.voor_tekst)
    if regels is None:
        return
    k.add([], deel("MIX-DREMPEL", **regels), "MIX-DREMPEL")

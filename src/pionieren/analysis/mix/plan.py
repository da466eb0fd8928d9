"""The chosen werkvormen as phases on the calendar (via :mod:`pionieren.analysis.planning`)."""

from __future__ import annotations

from pionieren.analysis.decision import gemeente_beslist_door
from pionieren.analysis.facts import Feiten
from pionieren.analysis.level import genoemd_in_toezegging, is_keuze, kaders_raad
from pionieren.analysis.mix.ontwerp import Keuze, fase_van
from pionieren.analysis.planning import (
    Anker,
    Blok,
    Plan,
    Voorleggen,
    plan,
)
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import BesluitAdvies, OnderwerpAdvies, deel
from pionieren.vocabulary import Organisator, Procesfase, Trede

#: Working weeks the college needs to write the kaders for the raad, before its papers cycle.
KADERS_WEKEN = 2


def blokken(
    keuzes: list[Keuze], fasen: dict[str, Procesfase], kaders_weken: int = 0
) -> tuple[list[Blok], list[Blok], Blok | None]:
    """The phases before the decision, after it, and the evaluation, with their werkvormen.
    With ``kaders_weken`` the preparation holds the raad's kaders and lasts that long."""

    def blok(fase: Procesfase, weglaatbaar: bool = False) -> Blok:
        # a werkvorm on dates of its own is placed on those dates, outside the blocks
        hier = [k for k in keuzes if fasen[k.werkvorm.id] is fase and k.periode is None]
        return Blok(
            fase,
            [k.werkvorm.id for k in hier],
            max((k.werkvorm.weken[0] for k in hier), default=0),
            max((k.werkvorm.weken[1] for k in hier), default=0),
            # the case's own instruments and what comes with them are never left out
            weglaatbaar and not any(k.eigen for k in hier),
            vast=any(k.eigen for k in hier),
            namen=[k.werkvorm.naam for k in hier],
            blijft=[k.werkvorm.id for k in hier if k.werkvorm.organisator is Organisator.griffie],
        )

    voor = [
        Blok(Procesfase.voorbereiden, [], kaders_weken, kaders_weken, vast=True)
        if kaders_weken
        else Blok(Procesfase.voorbereiden, [], 1, 3)
    ]
    voor += [blok(Procesfase.ophalen), blok(Procesfase.verdiepen), blok(Procesfase.toetsen, True)]
    na = [blok(Procesfase.terugkoppeling), blok(Procesfase.uitvoering)]
    evaluatie = blok(Procesfase.evaluatie)
    return (
        [b for b in voor if b.werkvormen or b.fase is Procesfase.voorbereiden],
        [b for b in na if b.werkvormen],
        evaluatie if evaluatie.werkvormen else None,
    )


def voor_te_leggen(
    f: Feiten, besluit: BesluitAdvies, punten: list[OnderwerpAdvies]
) -> list[Voorleggen]:
    """The open points on which the gemeente puts a piece on the table (rule PLAN-REACTIE): a
    choice between options, or a commitment to advise or give a view on it. Only where people
    give their view or advise (higher up they make or decide it themselves) and where a body of
    the gemeente decides (another party lays its own pieces on the table)."""
    advies = {p.onderwerp: p for p in punten}
    genoemd = set(genoemd_in_toezegging(f, besluit))
    uit = []
    for i, p in enumerate(f.vraagstuk.kaders.open):
        a = advies.get(p.onderwerp)
        if a is None or not a.open or a.trede not in (Trede.raadplegen, Trede.adviseren):
            continue
        door = p.door or besluit.door
        if door is not None and not gemeente_beslist_door(door):
            continue
        if is_keuze(p):
            uit.append(Voorleggen(p.onderwerp, True))
        elif p.toegezegd or i in genoemd:
            uit.append(Voorleggen(p.onderwerp, False))
    return uit


def kaders_eerst(f: Feiten, besluit: BesluitAdvies, advies: Trede | None) -> int:
    """Working weeks the preparation needs when the raad must set the kaders before inwoners
    are invited (rule TREDE-KADERS-RAAD): the college writes them, then the raad's cycle. 0
    when that is not needed."""
    if advies is None or not kaders_raad(f, advies, besluit):
        return 0
    return KADERS_WEKEN + besluit.stukken_weken


def maak_plan(
    f: Feiten,
    keuzes: list[Keuze],
    besluit: BesluitAdvies,
    advies: Trede | None = None,
    punten: list[OnderwerpAdvies] | None = None,
) -> Plan:
    """The calendar for these choices (rule PLAN-KALENDER), with the raad's kaders first when
    they are needed, and the reaction round on the options or the concept (rule
    PLAN-REACTIE)."""
    fasen = {k.werkvorm.id: fase_van(k) for k in keuzes}
    kaders = kaders_eerst(f, besluit, advies)
    voor, na, evaluatie = blokken(keuzes, fasen, kaders)
    ankers = [
        Anker(fasen[k.werkvorm.id], k.werkvorm.id, k.werkvorm.naam, *k.periode)
        for k in keuzes
        if k.periode is not None
    ]
    # the raad's own hearing on the proposal, between the papers and the decision
    bij_besluit = [
        k.werkvorm.id
        for k in keuzes
        if fasen[k.werkvorm.id] is Procesfase.besluit and k.periode is None
    ]
    uit = plan(
        f,
        voor,
        na,
        besluit.stukken_weken,
        evaluatie,
        besluit.termijn_vast,
        besluit.door,
        ankers,
        bij_besluit,
        # a formal round on the draft (a zienswijze) is already the moment the piece is public
        []
        if any(k.werkvorm.id == "zienswijze" for k in keuzes)
        else voor_te_leggen(f, besluit, punten or []),
    )
    if kaders:
        for g in uit.fasen:
            if g.fase is Procesfase.voorbereiden and g.toelichting is None and not g.werkvormen:
                g.toelichting = deel("FASE.kaders_raad", raad=g.eind.isoformat())
                break
    return uit


@regel(
    "MIX-TIJD",
    Thema.mix,
    "Past de mix in de tijd?",
    """De werkvormen voor samen denken lopen naast elkaar, samen besluiten volgt daarna, en de
    terugkoppeling komt voor het besluit. Die minimale doorlooptijd moet passen voor de datum
    van het besluit. Past het niet, dan kiest pionieren snellere werkvormen; past het dan nog
    niet, dan zegt pionieren hoeveel weken er tekortkomen.""",
    ["ombudsman-goed-begin-2019", "oecd-voorwaarden-2022", "involve-planning"],
)
def past_in_tijd(
    f: Feiten, keuzes: list[Keuze], besluit: BesluitAdvies, advies: Trede | None = None
) -> bool:
    """Do these choices fit before the decision? (Unknown counts as fitting; what is short is
    said by the calendar, rule PLAN-KALENDER.)"""
    return maak_plan(f, keuzes, besluit, advies).past is not False

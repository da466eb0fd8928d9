"""The chosen werkvormen as phases on the calendar (via :mod:`pionieren.analysis.planning`)."""

from __future__ import annotations

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.ontwerp import Keuze, fase_van
from pionieren.analysis.planning import Anker, Blok, Plan, plan
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import BesluitAdvies
from pionieren.vocabulary import Organisator, Procesfase


def blokken(
    keuzes: list[Keuze], fasen: dict[str, Procesfase]
) -> tuple[list[Blok], list[Blok], Blok | None]:
    """The phases before the decision, after it, and the evaluation, with their werkvormen."""

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

    voor = [Blok(Procesfase.voorbereiden, [], 1, 3)]
    voor += [blok(Procesfase.ophalen), blok(Procesfase.verdiepen), blok(Procesfase.toetsen, True)]
    na = [blok(Procesfase.terugkoppeling), blok(Procesfase.uitvoering)]
    evaluatie = blok(Procesfase.evaluatie)
    return (
        [b for b in voor if b.werkvormen or b.fase is Procesfase.voorbereiden],
        [b for b in na if b.werkvormen],
        evaluatie if evaluatie.werkvormen else None,
    )


def maak_plan(f: Feiten, keuzes: list[Keuze], besluit: BesluitAdvies) -> Plan:
    """The calendar for these choices (rule PLAN-KALENDER)."""
    fasen = {k.werkvorm.id: fase_van(k) for k in keuzes}
    voor, na, evaluatie = blokken(keuzes, fasen)
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
    return plan(
        f,
        voor,
        na,
        besluit.stukken_weken,
        evaluatie,
        besluit.termijn_vast,
        besluit.door,
        ankers,
        bij_besluit,
    )


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
def past_in_tijd(f: Feiten, keuzes: list[Keuze], besluit: BesluitAdvies) -> bool:
    """Do these choices fit before the decision? (Unknown counts as fitting; what is short is
    said by the calendar, rule PLAN-KALENDER.)"""
    return maak_plan(f, keuzes, besluit).past is not False

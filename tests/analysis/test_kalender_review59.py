"""The calendar and the points of the talks after the decision (review 59, area kalender):
Aldervenne's personal talks per address after the college's plan."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from helpers import advies_voor

from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk

CASES = Path(__file__).resolve().parents[1] / "cases"
DAG = date(2026, 12, 1)
SNIPPERGROEN = CASES / "review58" / "snippergroen-grondgebruik-esmarken-aldervenne.yaml"


@cache
def _advies(pad: Path) -> Advies:
    return advies_voor(load_vraagstuk(pad), datum=DAG)


def test_the_talks_after_the_decision_carry_no_point_that_decision_settles() -> None:
    """Review 59 (Aldervenne): the talks per household after the college's uitvoeringsplan
    were offered 'ook over' the terms and the low-income regulation that plan fixes; they
    carry the household's own choice and what is worked out after the decision."""
    v = load_vraagstuk(SNIPPERGROEN)
    advies = _advies(SNIPPERGROEN)
    talk = next(k for k in advies.mix if k.werkvorm == "afspraak-per-huishouden")
    punten = {p.onderwerp: p for p in v.kaders.open}
    for onderwerp in talk.onderwerpen:
        p = punten[onderwerp]
        assert p.eigen_bezit or p.na_besluit or (p.door is not None and p.door.value == "anders")
    assert any(punten[o].eigen_bezit for o in talk.onderwerpen)
    # the settled points keep the forms before the decision
    for onderwerp, p in punten.items():
        if p.toegezegd:
            assert any(onderwerp in k.onderwerpen for k in advies.mix if k is not talk)


def _talks(advies: Advies) -> tuple[date, date]:
    fase = next(g for g in advies.planning if "afspraak-per-huishouden" in g.werkvormen)
    return fase.start, fase.eind


def test_talks_at_each_address_take_the_weeks_their_number_needs() -> None:
    """Review 59 (Aldervenne): 585 talks, one per household, were squeezed into the five weeks
    between the decision and the works. A team does some 25 a week (the catalogue's pace):
    they take about 24 working weeks and go on into the works, as the report says; the look
    back on the process comes after them."""
    from pionieren.analysis.planning import vakantieweken, werkweken
    from pionieren.knowledge.load import builtin

    v = load_vraagstuk(SNIPPERGROEN)
    advies = _advies(SNIPPERGROEN)
    start, eind = _talks(advies)
    vrij = vakantieweken(builtin().vakanties, v.vakantieregio)
    assert werkweken(start, eind, vrij) >= 585 // 25
    assert v.kaders.uitvoering_van is not None and eind > v.kaders.uitvoering_van
    assert v.kaders.uitvoering_tot is not None and eind < v.kaders.uitvoering_tot
    noot = next(b for b in advies.bevindingen if b.sleutel == "PLAN-NA-BESLUIT.doorlopen")
    assert noot.ernst.value == "let_op"
    assert "585 gesprekken" in noot.tekst and "lopen dus door" in noot.tekst
    evaluatie = next(g for g in advies.planning if g.fase.value == "evaluatie")
    assert evaluatie.start > eind


def test_talks_that_do_not_fit_before_the_works_end_are_said_with_what_to_do() -> None:
    """When the works end before the talks can, the report says how many weeks there are and
    what to do (more begeleiders, or a later end), instead of a shorter round."""
    v = load_vraagstuk(SNIPPERGROEN)
    data = v.model_dump(mode="json", exclude_none=True)
    data["kaders"]["uitvoering_tot"] = "2028-01-28"
    advies = advies_voor(type(v).model_validate(data), datum=DAG)
    waarschuwing = next(b for b in advies.bevindingen if b.sleutel == "PLAN-NA-BESLUIT.doorlopen")
    assert waarschuwing.ernst.value == "waarschuwing"
    assert "meer vaste begeleiders" in waarschuwing.tekst
    assert "laat de uitvoering later eindigen" in waarschuwing.tekst


def test_a_few_addresses_keep_the_catalogue_weeks() -> None:
    """The pace only adds weeks when the number of addresses asks for more than the catalogue's
    longest duration: forty households take the catalogue's weeks, 585 take 24."""
    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.mix.kosten import weken_van
    from pionieren.analysis.mix.ontwerp import Keuze
    from pionieren.knowledge.load import builtin
    from pionieren.vocabulary import Modus, Trede

    kennis = builtin()
    w = next(w for w in kennis.werkvormen if w.id == "afspraak-per-huishouden")
    assert w.eenheid is not None and w.eenheid.per_werkweek == 25
    v = load_vraagstuk(SNIPPERGROEN)
    groep = next(p for p in v.belanghebbenden if p.aantal and p.soort.value == "inwoners")

    def duur(aantal: int) -> tuple[int, int, int | None]:
        ander = v.model_copy(
            update={"belanghebbenden": [groep.model_copy(update={"aantal": aantal})]}
        )
        k = Keuze(werkvorm=w, modus=Modus.besluiten, trede=Trede.meebeslissen, voor=[groep.naam])
        return weken_van(Feiten(ander, kennis, DAG), k)

    assert duur(40) == (*w.weken, None)
    assert duur(585) == (24, 24, 585)

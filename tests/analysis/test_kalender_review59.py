"""The calendar and the points of the talks after the decision (review 59, area kalender):
Aldervenne's personal talks per address after the college's plan."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from pathlib import Path

from helpers import advies_voor, rapport_gegevens

from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk

CASES = Path(__file__).resolve().parents[1] / "cases"
DAG = date(2026, 12, 1)
WEEK_ = timedelta(weeks=1)
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


HESSENVELD = CASES / "review58" / "milieustraat-gemeentewerf-hessenveld.yaml"


def _later_stap(advies: Advies) -> tuple[date, date, dict[str, object]]:
    stap = next(
        g
        for g in advies.planning
        if g.uitleg is not None
        and g.uitleg.sleutel == "FASE.later_besluit"
        and g.uitleg.waarden.get("datum") == "2028-07-06"
    )
    assert stap.uitleg is not None
    return stap.start, stap.eind, stap.uitleg.waarden


def test_a_round_that_feeds_a_draft_ends_before_the_draft_lies_open() -> None:
    """Review 59 (Hessenveld): the wethouder promised that the neighbours' advice on the layout
    goes into the ontwerp of the omgevingsplan, which lies open six weeks before the raad
    decides on 6 July 2028; the round ran 3 April - 10 May, after the ontwerp had to be out.
    The round now ends before the draft is written and published."""
    from pionieren.analysis.planning import ONTWERP_WEKEN, TER_INZAGE_WEKEN, WEEK

    _, eind, waarden = _later_stap(_advies(HESSENVELD))
    ontwerp = date.fromisoformat(str(waarden["ontwerp"]))
    assert eind + ONTWERP_WEKEN * WEEK <= ontwerp
    stukken = date(2028, 7, 6) - 6 * WEEK
    assert ontwerp + TER_INZAGE_WEKEN * WEEK <= stukken
    _, _, data = rapport_gegevens(HESSENVELD, DAG)
    assert "Wat daaruit komt, gaat in het ontwerp; dat ligt vanaf 27 maart 2028" in str(data)


def test_a_promise_without_a_draft_keeps_the_round_before_the_papers() -> None:
    """The same promise without the draft (the college decides the layout itself) keeps the
    round up to the papers: only a formal draft moves it forward."""
    v = load_vraagstuk(HESSENVELD)
    assert v.besluit is not None and v.besluit.toezegging is not None
    tekst = (v.besluit.toezegging.tekst or "").replace(
        "in het ontwerp van het omgevingsplan", "in het inrichtingsplan"
    )
    data = v.model_dump(mode="json", exclude_none=True)
    data["besluit"]["toezegging"]["tekst"] = tekst
    advies = advies_voor(type(v).model_validate(data), datum=DAG)
    _, eind, waarden = _later_stap(advies)
    assert "ontwerp" not in waarden
    assert eind > date(2028, 7, 6) - 10 * WEEK_


def test_a_broad_round_before_the_cases_informing_start_is_said() -> None:
    """Review 59 (Hessenveld): the panel asked all inwoners in January, before the college's
    inloopavond with the studies in March, the first step the case dates. The report says so
    and what to do; a talk in a group's own circle may come first and is not named."""
    noot = next(
        b for b in _advies(HESSENVELD).bevindingen if b.sleutel == "PLAN-KALENDER.informeren_eerst"
    )
    assert noot.ernst.value == "let_op"
    assert noot.waarden["rondes"] == ["Vast burgerpanel"]
    assert noot.waarden["van"] == "2027-03-22"
    assert "vóór de inloopavond of informatiemarkt (22 maart – 8 april 2027)" in noot.tekst


def test_no_note_when_the_informing_step_is_not_the_cases_first() -> None:
    """A second information evening after other steps of the case (a klankbordgroep of the
    provincie from January) is no start: nothing is said."""
    advies = _advies(CASES / "beoordeling" / "n-weg-doortocht-zwiepveld.yaml")
    assert not any(b.sleutel == "PLAN-KALENDER.informeren_eerst" for b in advies.bevindingen)
    v = load_vraagstuk(HESSENVELD)
    data = v.model_dump(mode="json", exclude_none=True)
    data["werkvormen"] = [w for w in data["werkvormen"] if w["id"] != "inloopavond"]
    zonder = advies_voor(type(v).model_validate(data), datum=DAG)
    assert not any(b.sleutel == "PLAN-KALENDER.informeren_eerst" for b in zonder.bevindingen)

"""Rule PLAN-NA-KEUZE and the rounds after the decision (review 48e): what depends on the
choice of a place comes after that choice; an own round after the decision grows with its
points and its papers follow it; a reaction round that is not held is not said to run late."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from helpers import DATUM, advies_voor, casus, check_invariants

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import Geplaatst, Voorleggen, later_weken, reactieronde
from pionieren.analysis.planning_keuze import keuzemoment, na_de_keuze_punten
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Procesfase

CASE = Path(__file__).resolve().parents[1] / "cases" / "beoordeling" / "skaeve-huse-oldenhove.yaml"
INPASSING = "Hoe de woningen op de gekozen plek worden ingepast, met groen en een haag."
KEUZE = date(2027, 3, 23)  # the college chooses the place (the open point's own date)


def _case(punt: str = INPASSING, keuzedatum: bool = True) -> Vraagstuk:
    data: dict[str, Any] = load_vraagstuk(CASE).model_dump(mode="json", exclude_none=True)
    data["kaders"]["open"].append({"onderwerp": punt, "ruimte": "groot", "door": "college"})
    # a later decision, so that a round fits between the choice and the papers
    data["kaders"].update(
        besluit_uiterlijk="2027-10-14", uitvoering_van="2028-02-07", uitvoering_tot="2028-06-30"
    )
    if not keuzedatum:
        data["kaders"]["open"][0].pop("uiterlijk")
    return Vraagstuk.model_validate(data)


def test_the_fit_of_the_chosen_place_is_discussed_after_the_choice() -> None:
    v = _case()
    a = advies_voor(v, datum=DATUM)
    check_invariants(v, a)
    (ronde,) = [p for p in a.planning if p.uitleg and p.uitleg.sleutel == "FASE.na_keuze"]
    (besluit,) = [p for p in a.planning if p.fase is Procesfase.besluit]
    assert ronde.start is not None and ronde.eind is not None and besluit.start is not None
    # four weeks to draw the chosen place, and closed before the papers
    assert date(2027, 4, 20) <= ronde.start and ronde.eind < besluit.start
    assert INPASSING.rstrip(".") in ronde.uitleg.waarden["onderwerpen"]
    # no step that runs before the choice still carries the point
    for m in a.mix:
        if m.start is not None and m.start <= KEUZE:
            assert INPASSING not in m.onderwerpen, m.werkvorm


def test_without_a_choice_before_the_decision_nothing_moves() -> None:
    a = advies_voor(_case(keuzedatum=False), datum=DATUM)
    assert not any(p.uitleg and p.uitleg.sleutel == "FASE.na_keuze" for p in a.planning)
    assert any(INPASSING in m.onderwerpen for m in a.mix)


def test_a_point_that_does_not_name_the_chosen_place_stays() -> None:
    punt = "Hoe de woningen worden ingericht, met groen en een haag."
    v = _case(punt)
    assert na_de_keuze_punten(Feiten(v, builtin(), DATUM)) == []
    a = advies_voor(v, datum=DATUM)
    assert not any(p.uitleg and p.uitleg.sleutel == "FASE.na_keuze" for p in a.planning)


def test_a_moment_that_only_discusses_the_choice_is_not_the_choice() -> None:
    data: dict[str, Any] = _case(keuzedatum=False).model_dump(mode="json", exclude_none=True)
    data["momenten"] = [
        {
            "wat": "De raadscommissie bespreekt de keuze van de plek, zonder te besluiten",
            "datum": "2027-04-13",
            "door": "commissie",
        }
    ]
    f = Feiten(Vraagstuk.model_validate(data), builtin(), DATUM)
    assert keuzemoment(f, date(2027, 10, 1)) is None
    data["momenten"][0]["wat"] = "Het college kiest de plek voor de woningen"
    f = Feiten(Vraagstuk.model_validate(data), builtin(), DATUM)
    assert keuzemoment(f, date(2027, 10, 1)) == date(2027, 4, 13)


def test_an_own_round_after_the_decision_grows_with_its_points() -> None:
    assert later_weken(1) == later_weken(2) == 4
    assert later_weken(4) == 6
    assert later_weken(20) == 8


def test_a_moved_later_round_takes_its_papers_along() -> None:
    # the neighbours can only in the summer: the round on the building traffic moves into the
    # summer, and the papers of that decision follow it, not the works months later
    data: dict[str, Any] = casus("windpark-heikamp-peelhoven").model_dump(
        mode="json", exclude_none=True
    )
    eerder = _later(Vraagstuk.model_validate(data))
    for b in data["belanghebbenden"]:
        if b["naam"].startswith("Buren"):
            b["via"] = "een brief en daarna een bezoek aan huis, in de zomer"
    (ronde,) = _later(Vraagstuk.model_validate(data))
    assert ronde.eind is not None and ronde.eind < eerder[0].start
    stukken = date.fromisoformat(ronde.uitleg.waarden["stukken"])
    assert ronde.eind < stukken <= ronde.eind + timedelta(days=21)


def _later(v: Vraagstuk) -> list[Any]:
    a = advies_voor(v, datum=DATUM)
    return [p for p in a.planning if p.uitleg and p.uitleg.sleutel == "FASE.later_besluit"]


def test_a_reaction_round_that_is_not_held_is_not_said_to_run_late() -> None:
    # the first round ends late and the papers come soon after: no two weeks fit, and the
    # commissie's papers come before that; one sentence says the round does not fit
    data: dict[str, Any] = casus("dorpsplein-velderhout").model_dump(mode="json", exclude_none=True)
    data["momenten"] = [
        {
            "wat": "De raadscommissie Ruimte stelt haar advies over het ontwerp vast",
            "datum": "2027-03-09",
            "door": "commissie",
        }
    ]
    f = Feiten(Vraagstuk.model_validate(data), builtin(), DATUM)
    fasen = [
        Geplaatst(Procesfase.ophalen, date(2027, 1, 4), date(2027, 2, 19), ["inloopavond"], None)
    ]
    uit = reactieronde(
        f, fasen, [Voorleggen("Hoe het plein wordt ingericht", True)], date(2027, 3, 12)
    )
    assert [b.sleutel for b in uit] == ["PLAN-REACTIE"]
    assert not any(g.fase is Procesfase.toetsen for g in fasen)


def test_the_final_check_finds_a_step_on_the_chosen_place_before_the_choice() -> None:
    from pionieren.analysis.planning_controle import controleer

    v = _case()
    a = advies_voor(v, datum=DATUM)
    f = Feiten(v, builtin(), a.datum)
    assert controleer(f, a) == []
    (i,) = [i for i, m in enumerate(a.mix) if m.werkvorm == "keukentafelgesprek"]
    a.mix[i] = a.mix[i].model_copy(update={"onderwerpen": [*a.mix[i].onderwerpen, INPASSING]})
    (zin,) = controleer(f, a)
    assert "pas op 23 maart 2027" in zin

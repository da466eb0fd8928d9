"""Input after the moment it feeds is said, or moved (review 57, Klinkerwijk, Geuldaal,
Hoenwijk): a standing body's fixed advice on the concept that comes after the papers of the
commissie that discusses the concept is named, with the later moment it can still feed."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor, casus

KLINKERWIJK = "review57/energiearmoede-energiefixers-klinkerwijk-veenmarke"


def _volgorde(**wijzig: Any) -> list[Any]:
    advies = advies_voor(casus(KLINKERWIJK, **wijzig))
    return [b for b in advies.bevindingen if b.regel == "PLAN-VOLGORDE-VAST"]


def test_fixed_advice_after_the_commissie_papers_is_named_with_what_it_still_feeds() -> None:
    (b,) = _volgorde()
    ((naam, eind, moment, stukken, nog, besluit),) = b.waarden["na_stukken"]
    assert naam == "Bewonersvereniging Klinkerwijk"
    assert (eind, moment, nog) == ("2027-03-03", "2027-03-08", "2027-03-23")
    assert stukken < eind and besluit is True
    assert "zonder dat advies" in b.tekst and "het besluit van 23 maart 2027" in b.tekst


def test_the_advice_before_the_papers_says_nothing() -> None:
    """The same advice a month earlier, before the commissie's papers: nothing to say."""
    v = casus(KLINKERWIJK)
    data = v.model_dump(mode="json", exclude_none=True)
    werkvormen = [
        {**w, "van": "2027-02-01"} if w["id"] == "eigen-vergadering" else w
        for w in data["werkvormen"]
    ]
    momenten = [
        {**m, "datum": "2027-02-01"} if m["datum"] == "2027-03-03" else m for m in data["momenten"]
    ]
    assert not [
        b for b in _volgorde(werkvormen=werkvormen, momenten=momenten) if b.waarden["na_stukken"]
    ]


GEULDAAL = "review57/woonzorgvisie-kernen-geuldaal"
HOENWIJK = "review57/vrachtwagenverbod-dorpsstraat-hoenwijk-kromwaarde"


def _advies_op_concept(advies: Any) -> Any:
    (g,) = [
        g
        for g in advies.planning
        if g.uitleg is not None and g.uitleg.sleutel == "FASE.advies_op_concept"
    ]
    return g


def test_advice_moved_past_a_moment_says_so_and_drops_the_note_it_was_needed_there() -> None:
    """Geuldaal: the dorpsraden advise after the neighbours were heard (30 March - 9 April), so
    after the papers for the raad's meeting of 4 March: the step says it, and the note that
    their outcome 'is nodig voor de bespreking van 4 maart' goes."""
    advies = advies_voor(casus(GEULDAAL))
    g = _advies_op_concept(advies)
    assert g.uitleg.waarden["na_moment"] == "2027-03-04"
    assert "na de stukken voor de bespreking van 4 maart 2027" in g.toelichting
    assert not [b for b in advies.bevindingen if b.sleutel == "PLAN-SAMENHANG.te_kort_voor_moment"]


def test_advice_before_another_bodys_commissie_is_said_when_no_week_fits() -> None:
    """Hoenwijk: the Statencommissie discusses the variants on 19 April (papers 5 April); the
    round table runs until the papers, so the dorpsraad's advice comes after it and the step
    says it comes after those papers."""
    g = _advies_op_concept(advies_voor(casus(HOENWIJK)))
    assert g.uitleg.waarden["na_moment"] == "2027-04-19"
    assert "na de stukken voor de bespreking van 19 april 2027" in g.toelichting


def test_a_step_in_the_groups_own_time_after_the_ontwerp_is_said() -> None:
    """Hoenwijk: the seasonal workers are here from July; their talks come after the ontwerp
    was published and the zienswijze term closed: said, with what it still feeds."""
    advies = advies_voor(casus(HOENWIJK))
    (b,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-BESCHIKBAAR.na_ontwerp"]
    assert b.waarden["groep"].startswith("Seizoenarbeiders")
    assert b.waarden["ontwerp"] == "2027-05-17" and b.waarden["gesloten"] == "2027-06-28"
    assert "verandert het ontwerp niet meer" in b.tekst


def test_a_step_in_the_groups_own_time_before_the_ontwerp_says_nothing() -> None:
    """The same workers here from March: their talks fit before the ontwerp; nothing to say."""
    v = casus(HOENWIJK)
    data = v.model_dump(mode="json", exclude_none=True)
    data["belanghebbenden"] = [
        {**b, "aanwezig": {"van": "maart", "tot": "oktober"}} if "aanwezig" in b else b
        for b in data["belanghebbenden"]
    ]
    advies = advies_voor(casus(HOENWIJK, belanghebbenden=data["belanghebbenden"]))
    assert not [b for b in advies.bevindingen if b.sleutel == "PLAN-BESCHIKBAAR.na_ontwerp"]


HESSENVELD = "review58/milieustraat-gemeentewerf-hessenveld"


def _hessenveld_met_inloop(van: str, tot: str) -> Any:
    data = casus(HESSENVELD).model_dump(mode="json", exclude_none=True)
    werkvormen = [
        {**w, "van": van, "tot": tot} if w["id"] == "inloopavond" else w for w in data["werkvormen"]
    ]
    return advies_voor(casus(HESSENVELD, werkvormen=werkvormen))


def test_the_panel_moves_after_the_informing_evening_when_it_still_fits() -> None:
    """Hessenveld with the inloopavonden in early February: the panel that asks for views
    starts after them (and ends before the papers it feeds), not before; nothing to flag."""
    advies = _hessenveld_met_inloop("2027-02-01", "2027-02-12")
    (panel,) = [g for g in advies.planning if "burgerpanel" in g.werkvormen]
    assert panel.start is not None and panel.start.isoformat() > "2027-02-12"
    assert not [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.informeren_eerst"]


def test_the_panel_that_cannot_move_after_the_evening_is_flagged() -> None:
    """The case's own dates (evenings late March - 8 April, the college's decision on 18 May
    with its papers): the panel does not fit after the evenings, so the report says it."""
    advies = advies_voor(casus(HESSENVELD))
    (b,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.informeren_eerst"]
    assert b.waarden["klaar"] < "2027-04-26"
    assert "past deze ronde niet meer" in b.tekst and "als dat nog past" not in b.tekst

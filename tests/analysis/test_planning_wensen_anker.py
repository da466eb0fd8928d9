"""The case's own wensen en bedenkingen of the raad is the raad's one step on a college
decision, and a decision date tied to it or to a third party's deadline stays: the rounds end
before the raad's papers and the design gets smaller (review 65b, Veldersum: 'Schuif het
besluit op naar op zijn vroegst 28 mei 2027', a second W&B step in May beside the one of 25
March, and a reaction round after the raad's W&B)."""

from __future__ import annotations

from datetime import date
from typing import Any

from helpers import advies_voor, check_invariants, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import besluit_is_anker
from pionieren.analysis.result import Advies
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Beslisser

DAG = date(2026, 12, 1)
BESLUIT = date(2027, 4, 13)
WENSEN = date(2027, 3, 25)
#: the raad's papers for its W&B: stukken_weken (2) before 25 March
PAPIEREN = date(2027, 3, 11)

MOMENT = {
    "wat": "De raad geeft zijn wensen en bedenkingen bij de voorgenomen keuze van de kavel",
    "datum": WENSEN.isoformat(),
    "door": "raad",
}


def _kavel(**meer: Any) -> Any:
    velden: dict[str, Any] = {
        "omschrijving": (
            "Het college kiest welke kavel het verkoopt voor een gezondheidscentrum, nadat de "
            "raad zijn wensen en bedenkingen heeft kunnen geven."
        ),
        "vakantieregio": "noord",
        "kaders_besluit_uiterlijk": BESLUIT.isoformat(),
        "kaders_raad_kaders_gesteld": False,
        "kaders_open": [
            {
                "onderwerp": "Op welke kavel het gezondheidscentrum komt.",
                "ruimte": "middel",
                "door": "college",
                "keuze": True,
                "opties": ["het trapveld", "de oude gemeentewerf", "de parkeerplaats"],
            }
        ],
        "besluit": {"door": "college", "procedure": "privaatrechtelijk", "stukken_weken": 2},
        "werkvormen": [{"id": "joint-fact-finding", "status": "voorgesteld"}],
    }
    velden.update(meer)
    return maak(**velden)


def _besluit_uitleg(a: Advies) -> dict[str, Any]:
    (p,) = [p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.besluit"]
    assert p.uitleg is not None
    return dict(p.uitleg.waarden)


def test_the_case_s_own_wensen_moment_is_the_only_raad_step() -> None:
    v = _kavel(momenten=[MOMENT])
    a = advies_voor(v, datum=DAG)
    check_invariants(v, a)
    uitleg = _besluit_uitleg(a)
    # the decision phase names the case's moment, not a draft 'naar de raad' of its own
    assert uitleg["wensen_op"] == WENSEN.isoformat()
    assert uitleg["stukken"] <= PAPIEREN.isoformat()
    # the decision stays on its date
    assert not any(b.sleutel == "PLAN-KALENDER.te_kort" for b in a.bevindingen)
    (besluit,) = [p for p in a.planning if p.fase == "besluit"]
    assert besluit.eind == BESLUIT


def test_rounds_on_the_choice_end_before_the_raads_papers() -> None:
    a = advies_voor(_kavel(momenten=[MOMENT]), datum=DAG)
    for p in a.planning:
        if p.fase in ("ophalen", "verdiepen", "toetsen") and p.werkvormen:
            assert p.eind <= PAPIEREN, (p.fase, p.start, p.eind)
    # never a reaction round that opens after the raad's wensen en bedenkingen
    for p in a.planning:
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie":
            assert p.eind <= PAPIEREN, (p.start, p.eind)
            assert "na_moment" not in p.uitleg.waarden
    # the papers of the raad's moment follow the case's two weeks, not the raad's usual six
    for p in a.planning:
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.moment" and p.start == WENSEN:
            assert p.uitleg.waarden["stukken"] == PAPIEREN.isoformat()


def test_a_fixed_anchor_shrinks_the_design_instead_of_moving_the_decision() -> None:
    a = advies_voor(_kavel(momenten=[MOMENT]), datum=DAG)
    sleutels = {b.sleutel for b in a.bevindingen}
    assert "PLAN-KALENDER.te_kort" not in sleutels
    (kort,) = [b for b in a.bevindingen if b.sleutel == "PLAN-KALENDER.vast_te_kort"]
    assert kort.waarden["moment"] == WENSEN.isoformat()
    assert "De prijs" in kort.tekst and "Schuif" not in kort.tekst


def test_the_decision_date_is_an_anchor_only_when_the_case_ties_it() -> None:
    kennis = builtin()

    def anker(**meer: Any) -> bool:
        return besluit_is_anker(Feiten(_kavel(**meer), kennis, DAG), Beslisser.college)

    assert anker(momenten=[MOMENT])
    assert anker(
        aanleiding=(
            "De zorgverzekeraar geeft een bijdrage; daarvoor moeten de huisartsen en de "
            "ontwikkelaar in mei 2027 weten op welke kavel zij bouwen."
        )
    )
    assert not anker()
    assert not anker(aanleiding="De huisartsen willen graag weten waar zij komen.")
    # a raad moment that only hears how far the participation is does not fix the date
    tussenstand = {**MOMENT, "wat": "De raad hoort de tussenstand van de participatie"}
    assert not anker(momenten=[tussenstand])


def test_without_an_anchor_the_tool_still_says_when_the_decision_can_be() -> None:
    # the same short calendar without the raad's moment or a tied deadline: moving the
    # decision stays the advice (the existing behaviour)
    a = advies_voor(
        _kavel(besluit={"door": "college", "procedure": "privaatrechtelijk", "stukken_weken": 2}),
        datum=DAG,
    )
    assert not any(b.sleutel == "PLAN-KALENDER.vast_te_kort" for b in a.bevindingen)

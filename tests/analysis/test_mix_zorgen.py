"""MIX-ZORGEN: every worry of the case gets its own step early in the design (review 38,
fault 1: "de kern van de vraag krijgt geen eigen stap"); and the hint to fill in ``zorgen``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import advies_voor, casus
from pydantic import ValidationError

from pionieren.input.hints import zorgen_hints
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.teksten import Wording
from pionieren.vocabulary import Procesfase

ROOT = Path(__file__).resolve().parents[2]


def _case(naam: str, **wijzig: Any) -> Vraagstuk:
    return casus(naam, **wijzig)


def _tekst(stap: Any) -> str:
    w = Wording(builtin().teksten)
    return " ".join(w.render(r.sleutel, r.waarden) for r in stap.redenen)


def _stap(advies: Any) -> Any:
    return [m for m in advies.mix if "MIX-ZORGEN" in m.regels]


def test_worries_of_inwoners_get_an_evening_with_the_expert_before_the_broad_round() -> None:
    advies = advies_voor(_case("bodemsanering-vennegoor"))
    (stap,) = _stap(advies)
    assert stap.werkvorm == "inloopavond"
    # a public evening opens the first round, once the plan is adopted and people are invited
    # (review 51: not in the weeks of the preparation)
    assert stap.fase is Procesfase.ophalen
    (voorbereid,) = [p.eind for p in advies.planning if p.fase is Procesfase.voorbereiden]
    assert stap.start is not None and voorbereid is not None and stap.start > voorbereid
    tekst = _tekst(stap)
    assert "GGD" in tekst and "minder waard" in tekst
    assert "Gezinnen met jonge kinderen aan het Vennegoor" in stap.voor
    # it comes before every form that asks inwoners to think along, and says so
    eerste = min(m.start for m in advies.mix if m.fase is Procesfase.ophalen and m.start)
    assert stap.start <= eerste
    assert tekst.startswith("Eerst, vóór het meedenken,")


def test_without_worries_no_such_step() -> None:
    advies = advies_voor(_case("bodemsanering-vennegoor", zorgen=[]))
    assert _stap(advies) == []


def test_a_worry_of_fracties_becomes_a_demand_on_the_design_in_a_talk_with_them() -> None:
    advies = advies_voor(_case("jongerenraad-dommelrode"))
    (stap,) = _stap(advies)
    assert "Fracties die twijfelen over een jongerenraad" in stap.voor
    assert stap.werkvorm != "inloopavond"
    assert "eis aan het ontwerp" in _tekst(stap)


def test_without_an_expert_the_gemeente_answers_and_asks_who_can() -> None:
    zorg = {"zorg": "Wordt mijn huis minder waard?"}
    advies = advies_voor(_case("bodemsanering-vennegoor", zorgen=[zorg]))
    (stap,) = _stap(advies)
    tekst = _tekst(stap)
    # without promising an answer of "de gemeente" without content (review 47a); the line
    # that sent the reader to find out who answers went in round 58 (review 57c: a to-do the
    # tool hands back)
    assert "komt deze zorg aan bod" in tekst and "Zeg eerlijk wat de gemeente" in tekst
    assert "een antwoord van de gemeente:" not in tekst


def test_van_must_name_a_stakeholder_and_plain_text_is_the_worry() -> None:
    with pytest.raises(ValidationError, match=r"stakeholder"):
        _case("bodemsanering-vennegoor", zorgen=[{"zorg": "x", "van": ["Niemand"]}])
    v = _case("bodemsanering-vennegoor", zorgen=["Is de grond veilig?"])
    assert v.zorgen[0].zorg == "Is de grond veilig?" and v.zorgen[0].van == []


def test_hint_when_the_text_speaks_of_worries_and_the_field_is_empty() -> None:
    v = _case("bodemsanering-vennegoor", zorgen=[])
    (hint,) = zorgen_hints(v)
    assert hint.code == "zorgen"
    assert zorgen_hints(_case("bodemsanering-vennegoor")) == []
    # 'zorgen voor' is a verb, not a worry
    rustig = _case(
        "bodemsanering-vennegoor",
        zorgen=[],
        omschrijving="Wij zorgen voor schone grond in de tuinen.",
        aanleiding="Het bodemonderzoek is klaar.",
    )
    assert zorgen_hints(rustig) == []


def test_the_promised_point_has_its_own_step_run_by_the_gemeente_with_a_date() -> None:
    v = _case("bibliotheek-dorpsvestigingen-vlietlanden")
    advies = advies_voor(v)
    stappen = [m for m in advies.mix if "MIX-TOEZEGGING" in m.regels]
    assert stappen
    # the promise is said once: at the step where the advice is given, or (here: the only
    # step on the point reaches one group) in the round where everyone reacts on the concept
    gezegd = [m for m in stappen if any(r.sleutel == "MIX-TOEZEGGING" for r in m.redenen)]
    for stap in gezegd:
        tekst = _tekst(stap)
        assert "naar het college" in tekst and "uiterlijk" in tekst
    in_ronde = [
        p
        for p in advies.planning
        if p.uitleg is not None and "toegezegd" in p.uitleg.waarden and "college" in p.toelichting
    ]
    assert len(gezegd) + len(in_ronde) == 1
    assert any(m.organisator.value == "gemeente" for m in stappen)
    # without the promise there is no such step
    data = v.model_dump(mode="json", exclude_none=True)
    del data["besluit"]["toezegging"]
    for p in data["kaders"]["open"]:
        p.pop("toegezegd", None)
    zonder = advies_voor(Vraagstuk.model_validate(data))
    assert not [m for m in zonder.mix if "MIX-TOEZEGGING" in m.regels]


def test_an_expert_written_in_lower_case_reads_well_in_its_sentence() -> None:
    """The answer sentence needs no verb that agrees with the expert: "De wijkagent en de
    zorgaanbieder, met ervaringen elders beantwoordt" read wrong (review 41)."""
    zorg = {
        "zorg": "Komt er meer verkeer door onze straten?",
        "van": ["Oudere bewoners die er al sinds de jaren zeventig wonen"],
        "antwoord_door": "een onafhankelijk verkeersbureau",
    }
    (stap,) = _stap(advies_voor(_case("bodemsanering-vennegoor", zorgen=[zorg])))
    tekst = _tekst(stap)
    assert "een antwoord van een onafhankelijk verkeersbureau:" in tekst
    assert ". een " not in tekst and "beantwoordt" not in tekst


def test_a_worry_of_children_or_hard_to_reach_youth_is_answered_where_they_are_met() -> None:
    """Review 42: children and youths the evening cannot serve or reach sat at an inloopavond;
    their worry is answered in the form before the decision that already meets them."""
    advies = advies_voor(_case("pannaveld-weverspark-geldermolen"))
    kinderen = "Kinderen die 's middags op het veld spelen"
    jongeren = "Jongeren die 's avonds in het park zijn"
    avond = [m for m in advies.mix if m.werkvorm == "inloopavond"]
    assert all(kinderen not in m.voor and jongeren not in m.voor for m in avond)
    for groep in (kinderen, jongeren):
        (stap,) = [m for m in _stap(advies) if groep in m.voor and "waar kunnen wij" in _tekst(m)]
        assert stap.werkvorm != "inloopavond"
    # a worry of the elderly next door still gets the evening with the wijkagent
    assert any("wijkagent" in _tekst(m) for m in avond)

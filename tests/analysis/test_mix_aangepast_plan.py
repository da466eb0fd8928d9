"""MIX-AANGEPAST-PLAN: an initiator who talks with the surroundings before a permit application
ends those talks by showing the adjusted plan to those who took part, before applying (review
38, natuurbegraafplaats: "vóór de aanvraag krijgt het dorp het aangepaste plan niet te zien")."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.analysis.result import Advies, MixOnderdeel
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.teksten import Wording
from pionieren.vocabulary import Organisator, Procesfase

ROOT = Path(__file__).resolve().parents[2]


def _case(naam: str, **wijzig: Any) -> Vraagstuk:
    v = load_vraagstuk(ROOT / "tests" / "cases" / f"{naam}.yaml")
    data = v.model_dump(mode="json", exclude_unset=True)
    for sleutel, waarde in wijzig.items():
        if isinstance(waarde, dict):
            data[sleutel] = {**data.get(sleutel, {}), **waarde}
        else:
            data[sleutel] = waarde
    return Vraagstuk.model_validate(data)


def _stappen(advies: Advies) -> list[MixOnderdeel]:
    return [m for m in advies.mix if "MIX-AANGEPAST-PLAN" in m.regels]


def _tekst(stap: MixOnderdeel) -> str:
    w = Wording(builtin().teksten)
    return " ".join(w.render(r.sleutel, r.waarden) for r in stap.redenen)


def test_the_initiator_shows_the_adjusted_plan_before_the_application() -> None:
    advies = advies_voor(_case("natuurbegraafplaats-esveld"))
    (stap,) = _stappen(advies)
    assert stap.werkvorm == "aangepast-plan"
    assert stap.organisator is Organisator.initiatiefnemer
    assert stap.betaald_door == "initiatiefnemer"
    # before the application (5 April 2027), in the last phase of talks before it
    assert stap.fase is Procesfase.verdiepen
    assert stap.eind is not None and stap.eind < date(2027, 4, 5)
    tekst = _tekst(stap)
    assert "5 april 2027" in tekst and "wat niet" in tekst and "waarom" in tekst
    assert "verslag bij de aanvraag" in tekst
    # shown to those who took part; not to the initiators themselves, nor to the fracties
    assert "Plaatselijk Belang Esveld" in stap.voor
    assert "Bewoners van de Bosrand en de Esveldseweg" in stap.voor
    assert "Vereniging Natuurbehoud Noord" not in stap.voor
    assert "Rustwoud Natuurbegraven" not in stap.voor
    assert "Fracties in de gemeenteraad" not in stap.voor
    # it closes its phase: listed after the other talks of that phase
    fase = [m.werkvorm for m in advies.mix if m.fase is stap.fase]
    assert fase[-1] == "aangepast-plan"
    # the feedback after the decision stays
    assert any(m.werkvorm == "terugkoppeling" for m in advies.mix)


def test_a_permit_without_a_date_for_the_application_still_gets_the_step() -> None:
    advies = advies_voor(_case("windpark-herberekening"))
    (stap,) = _stappen(advies)
    assert stap.fase is Procesfase.verdiepen
    assert "De laatste stap vóór de aanvraag:" in _tekst(stap)


def test_no_step_when_the_application_is_already_in() -> None:
    assert _stappen(advies_voor(_case("supermarkt-uitbreiding"))) == []
    laat = _case("natuurbegraafplaats-esveld", besluit={"aanvraag": "2026-11-01"})
    assert _stappen(advies_voor(laat)) == []


def test_no_step_in_a_plan_of_the_gemeente() -> None:
    v = _case("natuurbegraafplaats-esveld", initiatiefnemer="gemeente")
    assert _stappen(advies_voor(v)) == []


def test_no_step_without_a_permit() -> None:
    # a subsidy application: the talks there are not the initiator's before a permit
    assert _stappen(advies_voor(_case("dorpshuis-bergenhout"))) == []
    # a change of the omgevingsplan: the gemeente runs the talks and motivates the decision
    v = _case("natuurbegraafplaats-esveld", besluit={"procedure": "omgevingsplan", "door": "raad"})
    assert _stappen(advies_voor(v)) == []


def test_no_step_when_the_decision_is_already_taken() -> None:
    v = _case("natuurbegraafplaats-esveld", kaders={"besluit_al_genomen": True})
    assert _stappen(advies_voor(v)) == []


def test_no_step_when_the_calendar_has_no_time_before_the_application() -> None:
    # the decision is due in February: the formal round starts in two weeks, so the
    # application is due now and a step "before the application" would land after it
    v = load_vraagstuk(ROOT / "vraagstukken" / "windpark.yaml")
    advies = advies_voor(v, datum=date(2026, 11, 28))
    assert _stappen(advies) == []
    assert all("aangepast-plan" not in p.werkvormen for p in advies.planning)

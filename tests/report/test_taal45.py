"""Review 45a/b (Taal, Bruikbaarheid): stilted or unclear phrasings, a double full stop after
'B.V.', a plural party with a singular verb, the first step hidden by a round that already runs,
moments labelled with a phase they do not belong to, and the influence table naming a round
that does not reach the group a point is about."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.knowledge.load import builtin
from pionieren.report.render import _markdown_text, html_document
from pionieren.teksten import Wording

ROOT = Path(__file__).resolve().parents[2]


def _w(sleutel: str, waarden: dict[str, object]) -> str:
    return Wording(builtin().teksten).render(sleutel, waarden)


def test_a_name_ending_in_bv_gets_one_full_stop_in_every_text_format() -> None:
    regel = "Raadplegen: dezelfde toezegging als Ter Heyde Vastgoed B.V.."
    assert _markdown_text(regel).decode().strip().endswith("Vastgoed B.V.")
    # an ellipsis stays
    assert "wacht..." in _markdown_text("wacht... ja").decode()


def test_the_html_report_has_no_double_full_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    import pionieren.report.render as render

    monkeypatch.setattr(
        render, "render_template", lambda *_: "<p>Vraag Ter Heyde Vastgoed B.V.. Ook</p>"
    )
    assert html_document("x", {}, None).decode().strip() == (
        "<p>Vraag Ter Heyde Vastgoed B.V. Ook</p>"
    )


def test_a_plural_host_invites_in_the_plural() -> None:
    veel = _w(
        "MIX-POLITIEK.eigen_bijeenkomst",
        {"partij": "Dorpsraden van Hoogmeer en Zandlo", "meervoud": True, "gekozen": False},
    )
    assert "als die doorgaat: zij nodigen uit en zitten voor" in veel
    een = _w(
        "MIX-POLITIEK.eigen_bijeenkomst",
        {"partij": "Volleybalvereniging VV Ommerlo", "meervoud": False, "gekozen": True},
    )
    assert "zij nodigt uit en zit voor" in een


def test_the_agreement_per_household_says_who_signs() -> None:
    for trede in ("meebeslissen", "adviseren"):
        tekst = _w("MIX-EIGEN-BEZIT.gekozen", {"trede": trede})
        assert "beide" not in tekst
        assert "het huishouden en de bewonersbegeleider tekenen" in tekst


def test_groups_left_out_for_the_budget_are_named_after_a_short_sentence() -> None:
    tekst = _w(
        "MIX-BUDGET.kleiner",
        {
            "geruild": [],
            "kwijt": ["Speeltuinvereniging Hoogmeer", "Basisscholen in Bramerveen"],
            "meervoud": True,
            "verloren": [],
            "hoger": False,
            "kosten": 100,
            "budget": 200,
            "belofte": None,
            "tekort": 0,
            "weggelaten": [],
        },
    )
    assert tekst.startswith(
        "Voor het budget krijgen deze groepen vóór het besluit geen eigen gesprek: "
        "Speeltuinvereniging Hoogmeer en "
    )
    assert "niet meer apart aan bod" not in tekst


def test_a_step_that_ends_on_the_day_the_proposal_is_due_says_so() -> None:
    tekst = _w(
        "PLAN-VERWERKEN.na_stukken",
        {
            "naam": "Plekken voorstellen en kiezen op de kaart, per buurt",
            "eind": date(2027, 5, 25),
            "stukken": date(2027, 5, 25),
            "formeel": False,
            "vroeger": date(2027, 4, 26),
            "sluit": date(2027, 5, 4),
            "besluit_vast": True,
            "aanvraag": None,
            "vakantie": None,
            "verlengen": None,
            "nieuw": None,
            "besluit": None,
        },
    )
    assert tekst.startswith(
        "‘Plekken voorstellen en kiezen op de kaart, per buurt’ eindigt pas op de dag dat het "
        "voorstel klaar moet zijn (25 mei 2027)."
    )
    assert "maar het voorstel moet al op" not in tekst


def _rapport(naam: str) -> str:
    from typer.testing import CliRunner

    from pionieren.cli import app

    pad = ROOT / "tests" / "cases" / f"{naam}.yaml"
    uit = CliRunner().invoke(app, ["analyse", str(pad), "--datum", "2026-11-30", "-o", "-"])
    assert uit.exit_code == 0, uit.output
    return uit.output


def test_a_round_that_already_runs_does_not_hide_the_first_step() -> None:
    # the pilot in the proefwijk runs since before today; the plan still starts with preparing
    tekst = _rapport("omgekeerd-inzamelen-lindemeer")
    samenvatting = tekst.split("## 1.")[0]
    assert "**Eerste stap.** Uiterlijk " in samenvatting
    assert "- Voorbereiden (" not in samenvatting


def test_another_round_of_the_preparation_is_named_not_called_an_overleg() -> None:
    # a public evening no longer runs in the preparation (review 51: it opens the first round,
    # once the plan is adopted and people are invited): the first step lists none
    tekst = _rapport("sociale-teams-heerdervelde")
    stap = tekst.split("**Eerste stap.**")[1].split("\n")[0]
    assert "inloopavond" not in stap
    # a werkvorm that does run in the preparation is named by its name (review 45a), the
    # overleg with partners is not listed as another round
    from helpers import rapport_gegevens

    from pionieren.report.data import eerste_stap

    pad = ROOT / "tests" / "cases" / "sociale-teams-heerdervelde.yaml"
    advies, _, _ = rapport_gegevens(pad, date(2026, 11, 30))
    mix = advies.model_dump(mode="json")["mix"]
    avond = next(m for m in mix if m["werkvorm"] == "inloopavond")
    planning = [
        p.model_copy(update={"werkvormen": [*p.werkvormen, "inloopavond"]})
        if p.fase.value == "voorbereiden"
        else p
        for p in advies.planning
    ]
    assert any("partneroverleg" in p.werkvormen for p in planning)
    stap = eerste_stap(advies.model_copy(update={"planning": planning}), mix)
    assert stap is not None and stap["ook"] == [avond["naam"]]


def test_a_moment_of_a_body_stands_on_its_date_without_a_phase_label() -> None:
    # (with three key steps in the summary, this moment stands in the steps of hoofdstuk 1)
    tekst = _rapport("sociale-teams-heerdervelde")
    assert "- 8 juni 2027: De Adviesraad Sociaal Domein stelt zijn advies" in tekst
    assert "- Verdiepen (8 juni 2027)" not in tekst


def test_a_point_about_one_group_does_not_claim_the_round_that_misses_it() -> None:
    # the point is about ondernemers; the survey for everyone does not reach them
    tekst = _rapport("bedrijventerrein-spoorhaven-aamstede")
    rij = next(r for r in tekst.splitlines() if r.startswith("| Welke panden in het westelijk"))
    # (the summary names the werkvorm without its note in brackets: round 44 of issue 9)
    assert "alleen de ronde voor iedereen: enquête; die bereikt ondernemers" in rij

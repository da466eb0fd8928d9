"""Issue 9, round 6 (review 55d): a promise is quoted once, and no template fragment or internal
label of a werkvorm reaches the reader."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).resolve().parents[2]
HUNSEWOLD = ROOT / "tests" / "cases" / "review53" / "brandweerpost-dekkingsplan-hunsewold.yaml"


@cache
def _rapport(pad: Path, formaat: str = "md") -> str:
    return advise_file(pad, pad.name, builtin(), date(2026, 11, 28), formaat).rapport.decode(
        "utf-8"
    )


def test_the_promise_for_a_choice_is_quoted_once_and_then_named_as_its_givers() -> None:
    """Hunsewold: 'Wij wegen elk standpunt langs vooraf bekende criteria' stood for the college
    and again for the raad 'waar groepen het oneens zijn'."""
    for formaat in ("md", "html"):
        tekst = _rapport(HUNSEWOLD, formaat)
        assert tekst.count("Wij wegen elk standpunt langs vooraf bekende criteria") == 1, formaat
        # the second giver names the first (the whole promise, or only the part for a choice)
        assert "dezelfde toezegging als het college" in tekst


def test_a_later_step_is_named_by_its_dates_not_by_a_label() -> None:
    """'1–5 november 2027, verder: Dat besluit ...' and 'Bij ‘gesprek bij een bestaande groep’
    (12–26 januari 2027)', a name the table did not use (there: 'Bijeenkomst van ...')."""
    tekst = _rapport(HUNSEWOLD)
    assert ", verder:" not in tekst
    assert "‘gesprek bij een bestaande groep’" not in tekst
    assert "In de ronde van 12–26 januari 2027 is de uitkomst er nog niet" in tekst
    # the rest of a key step in hoofdstuk 1 starts with its dates, as every other step
    assert "- 1 juli 2027: De stukken daarvoor zijn uiterlijk 17 juni 2027 klaar." in tekst


def _samenvatting(tekst: str) -> str:
    return tekst.split("## Samenvatting voor bestuurders", 1)[1].split("\n## ", 1)[0]


def test_a_later_decision_with_a_round_of_its_own_is_named_once() -> None:
    """Walduin: the decision step said 'Daarna een apart besluit over X (uiterlijk D)' right
    above the round 'Een eigen ronde vóór het latere besluit (uiterlijk D). Het gaat over X'."""
    tekst = _rapport(ROOT / "tests" / "cases" / "beoordeling" / "toeristische-verhuur-walduin.yaml")
    assert "Een eigen ronde vóór het latere besluit (uiterlijk 11 november 2027)" in tekst
    assert "Daarna een apart besluit" not in tekst
    # without a round of its own the decision step still names it (hoofdstuk 1 only)
    hunzeloo = _rapport(ROOT / "tests" / "cases" / "omgevingsvisie-hunzeloo.yaml")
    assert "Daarna een apart besluit" in hunzeloo
    assert "Daarna een apart besluit" not in _samenvatting(hunzeloo)


def test_the_summary_names_a_long_decider_once_for_rows_in_a_row() -> None:
    """Esveld: 'Vereniging Natuurbehoud Noord en Rustwoud Natuurbegraven' in three rows after
    each other; the second and third read 'als hierboven', as the forms already did."""
    tekst = _samenvatting(_rapport(ROOT / "tests" / "cases" / "natuurbegraafplaats-esveld.yaml"))
    rijen = [r for r in tekst.splitlines() if r.startswith("| ") and "---" not in r][1:]
    besluit = [r.rstrip(" |").rsplit(" | ", 1)[-1] for r in rijen]
    assert besluit[0] == "Vereniging Natuurbehoud Noord en Rustwoud Natuurbegraven"
    assert besluit[1:3] == ["als hierboven", "als hierboven"]
    assert "Het college" in besluit  # a short or another decider stays itself


def test_the_summary_has_three_key_steps_and_a_feedback_week_names_no_topic_again() -> None:
    """The longest summaries were longer than a page (review 55d): three key steps, and the
    week in which participants hear an earlier decision gives its date, not its topic again
    (the table above names the topic with that date)."""
    tekst = _samenvatting(
        _rapport(ROOT / "tests" / "cases" / "pannaveld-weverspark-geldermolen.yaml")
    )
    stappen = tekst.split("**De belangrijkste stappen.**", 1)[1].split("\n**", 1)[0]
    assert len([r for r in stappen.splitlines() if r.startswith("- ")]) <= 3
    # the case's own instrument now comes first among the key steps (review 56b); the feedback
    # week, when it is a key step, gives its date and not its topic again
    if "horen het besluit" in stappen:
        assert "Wie meededen, horen het besluit (uiterlijk 26 februari 2027)" in stappen
    assert "De burgemeester, 26 februari 2027" in tekst


def test_the_gemeentes_own_part_points_to_the_table_once() -> None:
    """'De gemeente beslist alleen over haar eigen deel (zie de tabel) … Ook beslissen (zie de
    tabel): …' pointed to the table twice in two sentences."""
    tekst = _samenvatting(_rapport(ROOT / "tests" / "cases" / "diftar-afvalschap-lingemaas.yaml"))
    assert tekst.count("(zie de tabel)") == 1
    assert "Ook beslissen (zie de tabel): de gemeenteraad" in tekst

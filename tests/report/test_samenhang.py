"""The report does not contradict itself (review 41), over every development case, the cases
judged blind and the examples: one decision date per point, a later decision's own round after
the main decision, the calendar's end point, the level statements and who holds the
participation plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import advies_voor, maak, rapport_gegevens

from pionieren.analysis.result import Advies
from pionieren.input.model import Vraagstuk

ROOT = Path(__file__).parents[2]

BESTANDEN = (
    sorted((ROOT / "tests" / "cases").glob("*.yaml"))
    + sorted((ROOT / "tests" / "cases" / "beoordeling").glob("*.yaml"))
    + sorted((ROOT / "vraagstukken").glob("*.yaml"))
)
DATUM = date(2026, 11, 30)


def _gegevens(pad: Path) -> tuple[Advies, Vraagstuk, dict[str, Any]]:
    return rapport_gegevens(pad, DATUM)


def _eigen_rondes(advies: Advies) -> dict[str, Any]:
    """Per point, the own round before its later decision (FASE.later_besluit)."""
    uit = {}
    for p in advies.planning:
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.later_besluit":
            for o in p.uitleg.waarden["onderwerpen"]:
                uit[str(o).rstrip(".")] = p
    return uit


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.stem)
def test_one_decision_date_per_point(pad: Path) -> None:
    """The table's date for a point is the date its own round plans for; a point decided after
    the main decision never carries the main decision's date (review 41: 'Het college, 24 juni
    2027' in the table, 'niet vóór 15 oktober 2027' in the design)."""
    advies, v, data = _gegevens(pad)
    rondes = _eigen_rondes(advies)
    # in the table's order: the case's central choice first, then as in the advice
    open_ = sorted((o for o in advies.trede.onderwerpen if o.open), key=lambda o: not o.kern)
    punten = {p.onderwerp: p for p in v.kaders.open}
    for o, r in zip(open_, data["per_onderwerp"], strict=True):
        ronde = rondes.get(o.onderwerp.rstrip("."))
        punt = punten.get(o.onderwerp)
        if ronde is not None:
            w = ronde.uitleg.waarden
            assert r["uiterlijk"] == (w["datum"] or None), o.onderwerp
            assert r["vroegst"] == (w["vroegst"] or None), o.onderwerp
        if punt is not None and punt.na_besluit and not punt.uiterlijk:
            assert r["uiterlijk"] is None, o.onderwerp


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.stem)
def test_a_point_after_the_decision_is_not_carried_before_it(pad: Path) -> None:
    """A point worked out only after the main decision (na_besluit) is not talked about in a
    werkvorm that ends before it, when it has its own round or a werkvorm after the decision
    (review 42b/42d: the future of a hall's building 'advised on' in April–July, the decision
    in November; the building phase of a road in the klankbordgroep a year early)."""
    advies, v, _ = _gegevens(pad)
    hoofd = v.kaders.besluit_uiterlijk
    if hoofd is None or v.kaders.besluit_al_genomen:
        return
    rondes = _eigen_rondes(advies)
    later = [p.onderwerp for p in v.kaders.open if p.na_besluit]
    erna = [m for m in advies.mix if m.fase.value == "uitwerken" and m.eind]
    for punt in later:
        if punt.rstrip(".") not in rondes and not erna:
            continue
        for m in advies.mix:
            if punt in m.onderwerpen and m.eind is not None:
                assert m.eind >= hoofd, (punt, m.werkvorm, m.eind)


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.stem)
def test_later_decision_rounds_follow_the_main_decision(pad: Path) -> None:
    """A point worked out after the main decision has its own round after that decision."""
    advies, v, _ = _gegevens(pad)
    besluit = v.kaders.besluit_uiterlijk
    if besluit is None:
        return
    punten = {p.onderwerp.rstrip("."): p for p in v.kaders.open}
    for onderwerp, ronde in _eigen_rondes(advies).items():
        punt = punten.get(onderwerp)
        if punt is not None and punt.na_besluit and ronde.start is not None:
            assert ronde.start > besluit, onderwerp


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.stem)
def test_the_plan_of_a_raad_process_is_not_the_colleges(pad: Path) -> None:
    """A process the raad started and runs itself: the college does not adopt its participation
    plan. A raad that asked the college by motie for a proposal, where the college decides or the
    college made the promise, does not run the process itself (review 51a)."""
    advies, v, data = _gegevens(pad)
    if v.initiatiefnemer is None or v.initiatiefnemer.value != "raad":
        return
    besluit = v.besluit
    if besluit is not None and (
        besluit.door == "college"
        or (besluit.toezegging is not None and besluit.toezegging.door == "college")
    ):
        sleutels = {d.sleutel for t in advies.rolverdeling for d in t.delen}
        assert "ROL-COLLEGE.plan" in sleutels or "ROL-COLLEGE.toezegging" in sleutels
        return
    sleutels = {d.sleutel for t in advies.rolverdeling for d in t.delen}
    assert "ROL-COLLEGE.plan" not in sleutels
    if data["eerste_stap"] is not None:
        assert data["eerste_stap"]["vaststeller"] != "het college"


def test_the_calendar_counts_to_the_anchor_only_when_it_is_the_end_point() -> None:
    """'39 werkweken tot klankbordgroep begint' for a group that begins in seven weeks: the
    weeks ran to the papers, so the sentence names the papers (review 41)."""
    advies, _, _ = _gegevens(
        ROOT / "tests" / "cases" / "beoordeling" / "n-weg-doortocht-zwiepveld.yaml"
    )
    (ruim,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.ruim"]
    assert ruim.waarden["anker"] == ""
    assert "tot het voorstel klaar moet zijn" in ruim.tekst


def test_an_open_choice_counts_as_still_open_when_it_is_late() -> None:
    """Late in the process, an open choice between two sites is named as still open, also
    when inwoners only give their opinion on it (review 41)."""
    advies = advies_voor(
        maak(
            fase="besluitvorming",
            ambitie="adviseren",
            kaders_open=[
                {"onderwerp": "Op welke van de twee plekken het plein komt.", "ruimte": "klein"},
                {"onderwerp": "De indeling van het plein.", "ruimte": "middel"},
            ],
        )
    )
    (laat,) = [b for b in advies.bevindingen if b.sleutel == "POORT-FASE.laat"]
    assert "op welke van de twee plekken het plein komt" in laat.tekst
    assert "niet meer over of" not in laat.tekst


def test_a_raad_point_in_another_bodys_decision_can_be_widened_by_the_raad() -> None:
    """The raad decides its own money while the province decides the road: 'een ander
    beslist' is not the cause there (review 41)."""
    advies = advies_voor(
        maak(
            ambitie="adviseren",
            besluit={"door": "anders", "procedure": "anders"},
            kaders_open=[
                {"onderwerp": "De inrichting van het plein.", "ruimte": "middel"},
                {
                    "onderwerp": "Het geld van de gemeente voor het plein.",
                    "ruimte": "klein",
                    "door": "raad",
                    "uiterlijk": "2027-11-01",
                },
            ],
        )
    )
    (w,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "Meer kan pas als de gemeenteraad eerst de kaders verruimt" in w.tekst
    assert "een ander beslist" not in w.tekst


def test_only_the_cause_that_holds_is_named() -> None:
    """A point bound by a contract: the report says the contract, not 'een ander beslist'."""
    advies = advies_voor(
        maak(
            ambitie="adviseren",
            kaders_vast=["De aannemer legt de bestrating aan volgens het contract."],
            kaders_open=[
                {"onderwerp": "De indeling van het plein.", "ruimte": "middel"},
                {"onderwerp": "De bestrating van het plein.", "ruimte": "klein"},
            ],
        )
    )
    (w,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "Ruimer maken kan niet: een contract legt het vast." in w.tekst
    assert "een ander beslist" not in w.tekst and "de wet" not in w.tekst


def test_the_mayors_own_power_is_named_not_a_contract_or_the_law() -> None:
    """Review 45b: the terraces are small room by the burgemeester's own power and policy;
    'een contract of de wet legt het vast' named a cause that did not hold."""
    advies = advies_voor(
        maak(
            ambitie="adviseren",
            kaders_open=[
                {"onderwerp": "De indeling van het plein.", "ruimte": "middel"},
                {
                    "onderwerp": "Waar de terrassen komen.",
                    "ruimte": "klein",
                    "door": "burgemeester",
                },
            ],
        )
    )
    (w,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "de burgemeester beslist met een eigen bevoegdheid" in w.tekst
    assert "contract" not in w.tekst and "de wet" not in w.tekst


def test_two_causes_are_both_named_without_or() -> None:
    """Points bound by the mayor's power and by a law: both causes, not the stock 'een ander
    beslist, of een contract of de wet legt het vast'."""
    advies = advies_voor(
        maak(
            ambitie="adviseren",
            kaders_vast=["De Wegenverkeerswet legt de snelheid op de Dorpsweg vast."],
            kaders_open=[
                {"onderwerp": "De indeling van het plein.", "ruimte": "middel"},
                {"onderwerp": "De snelheid op de Dorpsweg.", "ruimte": "klein"},
                {"onderwerp": "De terrassen.", "ruimte": "klein", "door": "burgemeester"},
            ],
        )
    )
    (w,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert (
        "Ruimer maken kan niet: de burgemeester beslist met een eigen bevoegdheid; de wet "
        "legt het vast." in w.tekst
    )
    assert ", of een" not in w.tekst


def test_a_raad_process_has_its_plan_at_the_griffie() -> None:
    """The raad started it: the griffie writes the plan, the presidium adopts it (review 41)."""
    advies = advies_voor(maak(initiatiefnemer="raad", besluit={"door": "raad"}))
    sleutels = {d.sleutel for t in advies.rolverdeling for d in t.delen}
    assert "ROL-GRIFFIE.plan" in sleutels
    assert "ROL-COLLEGE.plan" not in sleutels

"""Every step has a date, none before the report's date, none on a public holiday, and an action
for the reader says whether it comes before the decision or after it (review: rows with an
empty date cell, a round dated 30 November in a report of 1 December, a deadline on Easter
Monday, 'spreek hen vanaf …' months after the decision)."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import DATUM, advies_voor

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning import Geplaatst, Plan
from pionieren.analysis.planning_datums import eerste_werkdag, op_feestdag, op_werkdagen, te_vroeg
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.feestdagen import vrije_dag
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.templates import _periode
from pionieren.teksten import Wording
from pionieren.vocabulary import Procesfase

ROOT = Path(__file__).resolve().parents[2]
ONTWIKKEL = (
    sorted((ROOT / "tests" / "cases").glob("*.yaml"))
    + sorted((ROOT / "tests" / "cases" / "beoordeling").glob("*.yaml"))
    + sorted((ROOT / "vraagstukken").glob("*.yaml"))
)


def _laatste_datum(v: Vraagstuk) -> date:
    """A report date well before the case's own first date: later, the case's own facts lie in
    the past and the case is no longer one to plan."""
    k = v.kaders
    dagen = [
        k.besluit_uiterlijk,
        k.uitvoering_van,
        k.inbreng_uiterlijk,
        *(m.datum for m in v.momenten),
        *(w.periode[0] for w in v.werkvormen if w.periode),
        *(p.uiterlijk for p in k.open),
    ]
    bekend = [d for d in dagen if d is not None]
    return min(bekend) - timedelta(weeks=10) if bekend else date(2027, 12, 31)


def _datums(pad: Path) -> list[date]:
    """The reviewer's date (a Tuesday), the goldens' date (a Saturday) and one random date per
    case (fixed seed) between September 2026 and ten weeks before the case's first own date."""
    v = load_vraagstuk(pad)
    van, tot = date(2026, 9, 1), _laatste_datum(v)
    rnd = random.Random(pad.stem)
    extra = [van + timedelta(days=rnd.randrange((tot - van).days))] if tot > van else []
    return [date(2026, 12, 1), DATUM, *extra]


@pytest.mark.parametrize("pad", ONTWIKKEL, ids=[p.stem for p in ONTWIKKEL])
def test_no_step_before_the_report_and_none_on_a_public_holiday(pad: Path) -> None:
    v = load_vraagstuk(pad)
    for datum in _datums(pad):
        a = advies_voor(v, datum=datum)
        f = Feiten(v, builtin(), a.datum)
        assert te_vroeg(f, a) == [], datum
        assert op_feestdag(f, a) == [], datum
        # the latest day a draft goes on display is a working day too
        for b in a.bevindingen:
            if b.waarden.get("inzage"):
                dag = date.fromisoformat(b.waarden["inzage"])
                assert vrije_dag(dag) in ("", "weekend"), (datum, b.sleutel, dag)


def test_a_step_that_started_last_monday_starts_on_the_report_s_date() -> None:
    # the report of Tuesday 1 December 2026: the round of that week starts then, not on Monday
    # 30 November; a report on a Saturday starts on the Monday after
    v = load_vraagstuk(ROOT / "vraagstukken" / "marktplein.yaml")
    for datum, eerste in ((date(2026, 12, 1), date(2026, 12, 1)), (DATUM, date(2026, 11, 30))):
        f = Feiten(v, builtin(), datum)
        assert eerste_werkdag(f) == eerste
        plan = Plan(
            [Geplaatst(Procesfase.voorbereiden, date(2026, 11, 23), date(2026, 12, 18), [], None)],
            0,
            None,
            None,
            [],
        )
        (g,) = op_werkdagen(f, plan).fasen
        assert g.start == eerste and g.eind == date(2026, 12, 18)


def test_a_one_day_step_on_easter_monday_moves_to_the_next_working_day() -> None:
    v = load_vraagstuk(ROOT / "vraagstukken" / "marktplein.yaml")
    f = Feiten(v, builtin(), DATUM)
    paasmaandag = date(2027, 3, 29)
    plan = Plan(
        [Geplaatst(Procesfase.ophalen, paasmaandag, paasmaandag, ["inloopavond"], None)],
        0,
        None,
        None,
        [],
    )
    (g,) = op_werkdagen(f, plan).fasen
    assert g.start == g.eind == date(2027, 3, 30)


def test_the_raad_s_hearing_does_not_open_on_whit_monday() -> None:
    # the hearing before the first raad moment opened on the Monday after the papers: 17 May
    # 2027, Whit Monday
    v = load_vraagstuk(ROOT / "tests" / "cases" / "diftar-afvalschap-lingemaas.yaml")
    a = advies_voor(v)
    (p,) = [p for p in a.planning if "hoorzitting-raad" in p.werkvormen]
    assert p.start is not None and vrije_dag(p.start, zuid=True) == ""


def test_a_step_that_already_runs_reads_so() -> None:
    assert _periode("2026-07-01", "2027-03-31", "2026-12-01") == "loopt al, tot 31 maart 2027"
    assert _periode("2026-12-01", "2027-03-31", "2026-12-01") == "1 december 2026 – 31 maart 2027"
    assert _periode("2026-07-01", "2027-03-31") == "1 juli 2026 – 31 maart 2027"


@pytest.mark.parametrize(
    "pad",
    [
        ROOT / "vraagstukken" / "marktplein.yaml",
        ROOT / "tests" / "cases" / "bedrijventerrein-spoorhaven-aamstede.yaml",
        ROOT / "tests" / "cases" / "omgekeerd-inzamelen-lindemeer.yaml",
    ],
    ids=lambda p: p.stem,
)
def test_every_row_of_the_design_table_has_its_own_date(pad: Path) -> None:
    md = advise_file(pad, pad.name, builtin(), date(2026, 12, 1), "md").rapport.decode()
    tabel = md.split("| wanneer | werkvorm |", 1)[1].split("\n\n", 1)[0]
    rijen = [
        r
        for r in tabel.splitlines()[2:]
        if r.startswith("|") and "**Samen" not in r and "| Onvoorzien" not in r
    ]
    assert len(rijen) > 3
    for r in rijen:
        wanneer = r.split("|")[1].strip()
        assert re.search(r"\d", wanneer), r  # a date or period in every row
        assert "30 november" not in wanneer, r


def _beschikbaar(daarna: str, besluit: str) -> str:
    return Wording(builtin().teksten).render(
        "PLAN-BESCHIKBAAR",
        {
            "groep": "Seizoenswerkers",
            "wanneer": "in de zomer",
            "werkvormen": ["Straatinterviews en ophaalgesprekken"],
            "rondes": [],
            "via": "de werkgevers",
            "daarna": daarna,
            "besluit": besluit,
        },
    )


def test_speaking_a_group_in_its_own_time_says_before_or_after_the_decision() -> None:
    na = _beschikbaar("2027-09-06", "2027-06-22")
    assert "Spreek hen na het besluit (22 juni 2027), vanaf 6 september 2027" in na
    voor = _beschikbaar("2027-06-07", "2027-07-08")
    assert "spreek hen vanaf 7 juni 2027" in voor
    assert "vóór het besluit (8 juli 2027) mee aan wie beslist" in voor
    assert "na het besluit" not in voor

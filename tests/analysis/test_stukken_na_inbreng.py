"""Rule PLAN-STUKKEN: a last pass over the calendar once it is made. Every paper closes after
the inputs it must contain; a zienswijze lies open six weeks, not two months; a round before a
later decision does not run across the summer; an agreement with every household gets the
weeks those visits take; the table never gives a period past the decision (reviews 46a, 46b:
Walduin, Lindenoord, Bramerveen, Kempenrade, Ter Heyde)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.analysis.planning import werkweken
from pionieren.analysis.result import Advies, PlanFase
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.report.data import report_data
from pionieren.vocabulary import Procesfase

DATA = Path(__file__).parent / "data"
CASES = Path(__file__).parents[1] / "cases"
DATUM = date(2026, 11, 30)


def _case(pad: Path, **wijzig: Any) -> Vraagstuk:
    data = load_vraagstuk(pad).model_dump(mode="json", exclude_none=True)
    data.update(wijzig)
    return Vraagstuk.model_validate(data)


def _moment(a: Advies, dag: date) -> PlanFase:
    (p,) = [
        p
        for p in a.planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.moment" and p.start == dag
    ]
    return p


def _stuk(a: Advies, dag: date) -> date:
    p = _moment(a, dag)
    assert p.uitleg is not None
    return date.fromisoformat(p.uitleg.waarden["stukken"])


def test_the_dorpsraden_advise_before_the_commissie_paper_closes() -> None:
    """Bramerveen: the dorpsraden advised until 7 May on the concept whose commissie papers
    (11 May) closed on 13 April. Their round is cut back to end before the meivakantie, and
    the paper closes after it, still a week before the commissie."""
    a = advies_voor(_case(DATA / "speelruimte-dorpsraden.yaml"), datum=DATUM)
    (advies,) = [p for p in a.planning if "eigen-vergadering" in p.werkvormen]
    stuk = _stuk(a, date(2027, 5, 11))
    assert advies.eind is not None and advies.eind < stuk
    assert stuk <= date(2027, 5, 4)
    assert advies.start is not None and werkweken(advies.start, advies.eind, []) >= 2


def test_the_commissie_paper_closes_after_the_advice_on_a_fixed_date() -> None:
    """Walduin: the dorpsraden's advice on 23 March, the commissie that discusses the concept
    and the advices on 6 April: its paper closed on 9 March. It now closes after the advice."""
    v = _case(
        DATA / "speelruimte-dorpsraden.yaml",
        momenten=[
            {
                "wat": "De dorpsraden leveren hun advies op het conceptplan in",
                "datum": "2027-03-23",
                "door": "anders",
            },
            {
                "wat": "De commissie Leefomgeving bespreekt het conceptplan en de adviezen, "
                "zonder te besluiten",
                "datum": "2027-04-06",
                "door": "commissie",
            },
        ],
    )
    a = advies_voor(v, datum=DATUM)
    stuk = _stuk(a, date(2027, 4, 6))
    assert date(2027, 3, 23) < stuk <= date(2027, 3, 30)
    assert "uiterlijk 24 maart 2027" in _moment(a, date(2027, 4, 6)).toelichting


def test_a_meeting_that_does_not_discuss_advices_keeps_its_paper_date() -> None:
    """An advice on another piece is not an input: the commissie on the concept (no word of
    advices) keeps its usual paper date, four weeks before (Molenakker: the huurders'
    advice on the sociaal plan is not in the paper on the stedenbouwkundig plan)."""
    v = _case(
        DATA / "speelruimte-dorpsraden.yaml",
        momenten=[
            {
                "wat": "De huurdersvereniging stelt haar advies over het sociaal plan vast",
                "datum": "2027-03-23",
                "door": "anders",
            },
            {
                "wat": "De commissie Leefomgeving bespreekt het conceptplan, zonder te besluiten",
                "datum": "2027-04-06",
                "door": "commissie",
            },
        ],
    )
    a = advies_voor(v, datum=DATUM)
    assert _stuk(a, date(2027, 4, 6)) == date(2027, 3, 9)


def test_a_zienswijze_lies_open_six_weeks_outside_the_holidays() -> None:
    """Kempenrade: the zienswijze ran from 6 September to 5 November, through the
    herfstvakantie. It lies open six weeks (afdeling 3.4 Awb), without a holiday week."""
    v = load_vraagstuk(CASES / "gemeentelijke-monumenten-kempenrade.yaml")
    a = advies_voor(v, datum=DATUM)
    (z,) = [p for p in a.planning if "zienswijze" in p.werkvormen]
    assert z.start is not None and z.eind is not None
    assert 40 <= (z.eind - z.start).days <= 44
    assert not any(b.sleutel == "PLAN-KALENDER.termijn_in_vakantie" for b in a.bevindingen)


def test_a_round_before_a_later_decision_does_not_run_across_the_summer() -> None:
    """Bramerveen: the round on the speeltuinverenigingen's subsidy ran from 5 July to 16
    September, the summer holiday between."""
    v = load_vraagstuk(CASES / "speelruimteplan-bramerveen.yaml")
    a = advies_voor(v, datum=DATUM)
    later = [
        p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.later_besluit"
    ]
    assert later
    for p in later:
        assert p.start is not None and p.eind is not None
        assert not (p.start < date(2027, 7, 10) and p.eind > date(2027, 8, 22)), p


def test_an_agreement_with_every_household_gets_the_weeks_it_takes() -> None:
    """Ter Heyde: keukentafelgesprekken with a signed agreement per household fitted into nine
    days. With two begeleiders and five households a week each, the plan gives the weeks that
    takes, and says that assumption."""
    v = load_vraagstuk(CASES / "vakantiepark-ter-heyde-sprengenlo.yaml")
    a = advies_voor(v, datum=DATUM)
    (p,) = [p for p in a.planning if "afspraak-per-huishouden" in p.werkvormen]
    assert p.uitleg is not None and p.uitleg.sleutel == "FASE.per_huishouden"
    n = p.uitleg.waarden["aantal"]
    assert p.start is not None and p.eind is not None
    assert werkweken(p.start, p.eind, []) >= -(-n // 10) or not p.uitleg.waarden["past"]
    assert "twee begeleiders" in p.toelichting
    assert p.werkvormen == ["afspraak-per-huishouden"]
    assert p.fase is Procesfase.verdiepen


def test_the_table_gives_no_period_past_the_decision() -> None:
    """Ter Heyde: a walk-in hour that runs on to June 2028 made the table say '1 september
    2026 – 30 juni 2028' for a decision of 24 February 2028."""
    v = load_vraagstuk(CASES / "vakantiepark-ter-heyde-sprengenlo.yaml")
    a = advies_voor(v, datum=DATUM)
    data = report_data(a, v, builtin(), "ter-heyde.yaml")
    rijen = [r for r in data["per_onderwerp"] if r.get("uiterlijk") == "2028-02-24"]
    assert rijen
    for r in rijen:
        assert "30 juni 2028" not in r["wanneer"], r


def test_the_report_does_not_instruct_itself() -> None:
    """The report advises people; it does not tell itself to add a step or have a lawyer
    check what it could say (review 46a, Walduin)."""
    teksten = (Path(__file__).parents[2] / "src/pionieren/knowledge/teksten.yaml").read_text(
        encoding="utf-8"
    )
    for zin in ("voeg die stap toe", "Laat een jurist nagaan", "voeg er een toe"):
        assert zin not in teksten

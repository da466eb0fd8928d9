"""Hard conditions in the vraagstuk bind the design: who is no participant, who must not be
seen in public, and a confidential moment (review 56a and 56c, worst fault 1)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import DATUM, advies_voor, maak

from pionieren.analysis.planning import vertrouwelijk_moment
from pionieren.input.model import Moment
from pionieren.knowledge.load import builtin
from pionieren.report.data import report_data
from pionieren.report.render import write_markdown
from pionieren.vocabulary import Orgaan


@pytest.mark.parametrize(
    ("wat", "vertrouwelijk"),
    [
        ("De driehoek (burgemeester, officier van justitie, politie) bespreekt het plan", True),
        ("Het driehoeksoverleg bespreekt het concept", True),
        ("Het college bespreekt het concept in een besloten vergadering", True),
        ("De commissie bespreekt het concept vertrouwelijk", True),
        ("Het college heeft besloten het concept te bespreken met de raad", False),
        ("De commissie bespreekt het concept, zonder te besluiten", False),
    ],
)
def test_a_confidential_moment_is_recognised(wat: str, vertrouwelijk: bool) -> None:
    m = Moment(wat=wat, datum=date(2027, 3, 4), door=Orgaan.anders)
    assert vertrouwelijk_moment(m) is vertrouwelijk


def test_after_the_driehoek_participants_hear_only_what_it_means_for_the_plan() -> None:
    v = maak(
        momenten=[
            {
                "wat": "De driehoek (burgemeester, politie, officier van justitie) bespreekt het concept",
                "datum": "2027-06-03",
                "door": "anders",
            }
        ]
    )
    advies = advies_voor(v, datum=DATUM)
    gegevens = report_data(advies, v, builtin(), "test.yaml")
    rapport = write_markdown(advies, gegevens, None).decode("utf-8")
    regels = [r for r in rapport.splitlines() if r.startswith("- 3 juni 2027")]
    assert regels
    assert not [r for r in regels if "wat er besproken is" in r]
    assert [r for r in regels if "vertrouwelijk" in r]

"""Rule PLAN-EERST-PERSOONLIJK: a group the case says hears it personally first gets its step
before the first public one (review 46a/46b: the Kampenweg households and the monument owners
were visited after, or in the same weeks as, the public inloopavond)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor, check_invariants

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning_persoonlijk import eerst_persoonlijk_groepen
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin

DATA = Path(__file__).parent / "data"
SPORTPARK = DATA / "sportpark-eerst-persoonlijk.yaml"
MONUMENTEN = DATA / "monumenten-eerst-persoonlijk.yaml"
DATUM = date(2026, 11, 30)


def _laad(pad: Path, **via: str) -> Vraagstuk:
    data = load_vraagstuk(pad).model_dump(mode="json", exclude_none=True)
    for b in data["belanghebbenden"]:
        if b["naam"] in via:
            b["via"] = via[b["naam"]]
    return Vraagstuk.model_validate(data)


def _fasen(v: Vraagstuk, id: str) -> list[Any]:
    return [p for p in advies_voor(v, datum=DATUM).planning if id in p.werkvormen]


def test_the_households_that_hear_it_first_are_visited_before_the_inloopavond() -> None:
    v = _laad(SPORTPARK)
    check_invariants(v, advies_voor(v, datum=DATUM))
    (bezoek,) = _fasen(v, "keukentafelgesprek")
    (inloop,) = _fasen(v, "inloopavond")
    assert bezoek.uitleg is not None and bezoek.uitleg.sleutel == "FASE.eerst_persoonlijk"
    assert "Bewoners van de Kampenweg" in bezoek.toelichting
    assert bezoek.eind is not None and inloop.start is not None
    assert bezoek.eind < inloop.start


def test_without_that_wish_the_visits_run_beside_the_inloopavond() -> None:
    v = _laad(
        SPORTPARK,
        **{
            "Bewoners van de Kampenweg": "een bezoek aan huis",
            "Melkveehouder die De Kampen pacht": "een gesprek op het erf met de wethouder",
        },
    )
    planning = advies_voor(v, datum=DATUM).planning
    assert not any(
        p.uitleg is not None and p.uitleg.sleutel == "FASE.eerst_persoonlijk" for p in planning
    )
    (bezoek,) = _fasen(v, "keukentafelgesprek")
    (inloop,) = _fasen(v, "inloopavond")
    assert bezoek is inloop or bezoek.start == inloop.start


def test_the_groups_come_from_the_road_the_concern_or_what_is_different_now() -> None:
    kennis = builtin()
    sport = Feiten(vraagstuk=_laad(SPORTPARK), kennis=kennis, datum=DATUM)
    assert eerst_persoonlijk_groepen(sport) == [
        "Melkveehouder die De Kampen pacht",
        "Bewoners van de Kampenweg",
    ]
    # 'eerst een brief en een bezoek ... vóórdat de ontwerplijst openbaar wordt', for the group
    # reached by a letter and then a visit; not for the farmers reached through their union
    monumenten = Feiten(vraagstuk=_laad(MONUMENTEN), kennis=kennis, datum=DATUM)
    assert eerst_persoonlijk_groepen(monumenten) == ["Eigenaren van de voorgedragen panden"]


def test_public_steps_wait_for_visits_on_the_case_s_own_dates() -> None:
    """The owners' visits run on the case's dates (15 February – 28 May): the inloopavond and
    the project page come after them, not in January, and not into the summer holiday."""
    v = _laad(MONUMENTEN)
    check_invariants(v, advies_voor(v, datum=DATUM))
    (bezoek,) = _fasen(v, "advies-aan-huis")
    for id in ("inloopavond", "informatiebrief"):
        (p,) = _fasen(v, id)
        assert p.start is not None and p.eind is not None and bezoek.eind is not None
        assert p.start > bezoek.eind
        assert p.eind < date(2027, 7, 24)  # the summer holiday in the south

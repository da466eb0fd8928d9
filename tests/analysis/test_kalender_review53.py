"""The planner's dates follow the logic of the decision (review 53a)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest
from helpers import advies_voor

from pionieren.analysis.planning import vakantieweken, werkweken
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Orgaan, Procedure

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
DAG = date(2026, 12, 1)
ONTWIKKEL = sorted(
    [
        *CASES.glob("*.yaml"),
        *CASES.glob("beoordeling/*.yaml"),
        *CASES.glob("review[0-9]*/*.yaml"),
        *(ROOT / "vraagstukken").glob("*.yaml"),
    ]
)


@cache
def _advies(pad: Path) -> Advies:
    return advies_voor(load_vraagstuk(pad), datum=DAG)


BEERZELO = CASES / "review53" / "leerlingenvervoer-verordening-beerzelo.yaml"
RAVENSTEDE = CASES / "review53" / "demonstraties-kliniek-ravenstede.yaml"


def test_the_carnival_week_is_the_one_spring_holiday_in_the_south() -> None:
    # Beerzelo (zuid): 'zonder carnavals- en voorjaarsvakantie 6–21 februari 2027' blocked two
    # weeks; the schools there take the carnival week (6-14 February), not the advised week too
    a = advies_voor(load_vraagstuk(BEERZELO), datum=DAG)
    genoemd = [
        x
        for p in a.planning
        if p.uitleg is not None
        for x in p.uitleg.waarden.get("vakanties", [])
        if "voorjaars" in x["naam"] or "carnaval" in x["naam"]
    ]
    assert genoemd
    assert {(x["van"], x["tot"]) for x in genoemd} == {("2027-02-06", "2027-02-14")}


@pytest.mark.parametrize("pad", ONTWIKKEL, ids=[p.stem for p in ONTWIKKEL])
def test_a_commissie_on_the_raadsvoorstel_has_it_in_its_papers(pad: Path) -> None:
    # Beerzelo: the commissie papers were due 11 May, the raadsvoorstel they discuss only on
    # 13 May. A commissie that prepares the raad's decision gets the proposal as its papers:
    # the proposal is ready by then
    v = load_vraagstuk(pad)
    if v.besluit is None or v.besluit.door is None or v.besluit.door.value != "raad":
        pytest.skip("not a raad decision")
    a = _advies(pad)
    besluit = [p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.besluit"]
    if not besluit or not besluit[0].uitleg.waarden.get("stukken"):  # type: ignore[union-attr]
        pytest.skip("no proposal date")
    voorstel = date.fromisoformat(besluit[0].uitleg.waarden["stukken"])  # type: ignore[union-attr]
    einde = besluit[0].eind
    commissies = {m.datum for m in v.momenten if m.door is Orgaan.commissie}
    for p in a.planning:
        if p.uitleg is None or p.uitleg.sleutel != "FASE.moment" or p.start not in commissies:
            continue
        stukken = p.uitleg.waarden.get("stukken")
        if stukken and einde is not None and voorstel < p.start < einde:  # type: ignore[operator]
            assert date.fromisoformat(stukken) >= voorstel, (p.start, stukken, voorstel)


def _besluit(v: object) -> dict[str, object]:
    a = advies_voor(v, datum=DAG)  # type: ignore[arg-type]
    (p,) = [p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.besluit"]
    assert p.uitleg is not None
    return p.uitleg.waarden


def test_a_beleidsregel_is_published_before_it_must_apply() -> None:
    # Ravenstede: the burgemeester's beleidsregel must apply from Aswoensdag (10 February
    # 2027); it binds only once it is in the gemeenteblad (art. 3:42 Awb), a step the plan
    # did not name
    v = load_vraagstuk(RAVENSTEDE)
    waarden = _besluit(v)
    assert waarden["beleidsregel"] is True
    assert waarden["geldt"] == v.kaders.uitvoering_van.isoformat()  # type: ignore[union-attr]
    # another kind of decision (a verordening of the raad) gets no such line
    assert v.besluit is not None
    anders = v.model_copy(
        update={"besluit": v.besluit.model_copy(update={"procedure": Procedure.verordening})}
    )
    assert _besluit(anders)["beleidsregel"] is False


@pytest.mark.parametrize("pad", ONTWIKKEL, ids=[p.stem for p in ONTWIKKEL])
def test_no_round_lies_wholly_in_a_school_holiday(pad: Path) -> None:
    # Ravenstede: the talks that feed the concept were pulled to 19-23 December, a Saturday
    # in the kerstvakantie, while 4-20 January was free: a round of a week or more keeps at
    # least one working week
    v = load_vraagstuk(pad)
    vrij = vakantieweken(builtin().vakanties, v.vakantieregio)
    for p in _advies(pad).planning:
        if p.fase.value not in ("ophalen", "verdiepen", "toetsen") or not p.werkvormen:
            continue
        if p.start is None or p.eind is None or p.eind - p.start < timedelta(days=4):
            continue
        assert werkweken(p.start, p.eind, vrij) >= 1, (p.start, p.eind, p.werkvormen)


def test_partner_talks_on_the_concept_come_before_the_commissie() -> None:
    # Ravenstede: the overleg with the kliniek, the police and the OM came on 25-29 January,
    # after the commissie of 21 January discussed the concept
    a = _advies(RAVENSTEDE)
    v = load_vraagstuk(RAVENSTEDE)
    (commissie,) = [m.datum for m in v.momenten if m.door is Orgaan.commissie]
    (overleg,) = [p for p in a.planning if "partneroverleg" in p.werkvormen]
    assert overleg.eind is not None and overleg.eind < commissie
    # and the rounds before it are in January, not in the kerstvakantie
    for p in a.planning:
        if p.fase.value == "ophalen" and p.werkvormen and p.start is not None:
            assert p.start >= date(2027, 1, 4), p

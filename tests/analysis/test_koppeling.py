"""Groups, points and werkvormen linked right (review 50): what a row says about whom it
reaches and at what level follows from that werkvorm and that group, never from another row."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATUM, rapport_gegevens

from pionieren.analysis.engine import analyse
from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.bereik import (
    alleen_jeugd,
    bereikt,
    eigen_bijeenkomst_van,
    eigen_kenmerken,
    hoort_bij,
    in_gesprek,
    noemt_plek,
    over_jeugd,
)
from pionieren.analysis.mix.betrokken import betrokkenen
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import (
    Groepen,
    Kenmerk,
    Niveau,
    Procesfase,
    SoortBelanghebbende,
    Trede,
    Werving,
)

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
ALLE = (
    sorted(CASES.glob("*.yaml"))
    + sorted((CASES / "beoordeling").glob("*.yaml"))
    + sorted((CASES / "wachtrij").glob("*.yaml"))
    + sorted((ROOT / "vraagstukken").glob("*.yaml"))
)
CATALOGUS = {w.id: w for w in builtin().werkvormen}
JEUGD = {Kenmerk.kinderen, Kenmerk.jongeren}


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_a_form_for_children_goes_above_adviseren_only_on_their_own_place(pad: Path) -> None:
    """Children's drawings are no coproduction of a plan that is not theirs (review 50: a
    night shelter whose entrance point names the schoolyard): above adviseren only for a point
    about them, when a group of them has a large stake."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    for m in advies.mix:
        w = CATALOGUS.get(m.werkvorm)
        if w is None or not alleen_jeugd(w) or m.trede.rang <= Trede.adviseren.rang:
            continue
        voor = set(w.alleen_voor or w.bereikt) & JEUGD
        assert any(
            p.belang is Niveau.hoog and eigen_kenmerken(p) & voor for p in v.belanghebbenden
        ), (m.werkvorm, m.trede)
        punten = [o.onderwerp for o in advies.trede.onderwerpen if o.open]
        assert any(over_jeugd(o) for o in m.onderwerpen + punten), m.werkvorm


def test_childrens_drawings_at_a_shelter_are_advice_not_coproduction() -> None:
    advies, _, _ = rapport_gegevens(
        CASES / "wachtrij" / "opvang-kantoor-kieldiep-veendijk.yaml", DATUM
    )
    kind = next(m for m in advies.mix if m.werkvorm == "kinderparticipatie")
    assert kind.trede.rang <= Trede.adviseren.rang
    # on a playground that is theirs they still design along
    advies, _, _ = rapport_gegevens(CASES / "klaverveld-speelnatuur.yaml", DATUM)
    kind = next(m for m in advies.mix if m.werkvorm == "kinderparticipatie")
    assert kind.trede is Trede.coproduceren


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_reach_text_belongs_to_the_form_it_stands_under(pad: Path) -> None:
    """'Dit bereikt ook …' stands only where that form reaches the group: never under a form
    by lot (the lot decides who sits in it), and under a visit to one group's own meeting as
    a visit of its own, not as if that meeting reached the others (review 50, Harwoude: the
    shopkeepers' meeting 'reached' older pedestrians)."""
    advies, _, data = rapport_gegevens(pad, DATUM)
    for m, d in zip(advies.mix, data["advies"]["mix"], strict=True):
        w = CATALOGUS.get(m.werkvorm)
        if w is None:
            continue
        bereikt = [r for r in m.redenen if r.sleutel == "MIX-INCLUSIE.bereikt"]
        if w.werving is Werving.loting:
            assert not bereikt, m.werkvorm
        if w.groepen is Groepen.georganiseerd:
            assert "Dit bereikt ook" not in d["waarom"], d["waarom"]


def test_a_school_with_its_pupils_is_reached_by_the_form_made_for_children() -> None:
    """A school that speaks for its pupils is reached where the pupils are (its drawing
    session), not 'also' by the evening café of the village (review 50, Meerwierum)."""
    advies, v, _ = rapport_gegevens(CASES / "dorpsvisie-meerwierum.yaml", DATUM)
    school = next(p for p in v.belanghebbenden if Kenmerk.kinderen in p.kenmerken)
    waar = [
        m.werkvorm
        for m in advies.mix
        for r in m.redenen
        if r.sleutel == "MIX-INCLUSIE.bereikt" and school.naam in r.waarden["namen"]
    ]
    assert waar == ["kinderparticipatie"]


def _walduin_met(**jongeren: str) -> Vraagstuk:
    """Walduin, where the ondernemersvereniging holds its own annual meeting, with the young
    people's route changed and an open point about them added."""
    v = load_vraagstuk(CASES / "beoordeling" / "toeristische-verhuur-walduin.yaml")
    data = v.model_dump(mode="json", exclude_none=True)
    for p in data["belanghebbenden"]:
        if p["naam"].startswith("Jongeren"):
            p.update(jongeren)
    data["kaders"]["open"].append(
        {
            "onderwerp": "Of jongeren uit de kernen voorrang krijgen bij een woning.",
            "ruimte": "middel",
        }
    )
    return Vraagstuk.model_validate(data)


def test_a_point_does_not_seat_a_group_in_another_partys_own_meeting() -> None:
    """A party's own meeting is for its members: choosing a form for an open point never seats
    another group in it because its route shares a word with the catalogue (review 50: young
    people 'via de voetbalclub' in the ondernemersvereniging's annual meeting)."""
    v = _walduin_met(via="de voetbalclub en de jeugdsoos")
    advies = analyse(v, builtin(), DATUM)
    eigen = next(m for m in advies.mix if m.werkvorm == "eigen-vergadering")
    eigenaar = eigen_bijeenkomst_van(v.belanghebbenden, v.werkvormen, CATALOGUS[eigen.werkvorm])
    assert eigenaar is not None and eigenaar.naam == "Ondernemersvereniging Kust Walduin"
    jongeren = next(p for p in v.belanghebbenden if p.naam.startswith("Jongeren"))
    assert jongeren.naam not in eigen.voor
    # a group whose own route runs through that party does belong there
    assert hoort_bij(
        jongeren.model_copy(
            update={"via": "de jaarvergadering van de Ondernemersvereniging Kust Walduin"}
        ),
        eigenaar,
        v.gemeente,
    )
    assert not hoort_bij(jongeren, eigenaar, v.gemeente)


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_a_route_through_others_is_not_shown_under_a_talk_on_the_spot(pad: Path) -> None:
    """A talk on the street meets whoever is there: a group's route (via) stands under it only
    when it names such a place, never a route through others (review 50: 'via de
    woonruimteverdeling' under street interviews)."""
    advies, _, _ = rapport_gegevens(pad, DATUM)
    for m in advies.mix:
        w = CATALOGUS.get(m.werkvorm)
        if w is None or not w.ter_plekke:
            continue
        for r in m.redenen:
            if r.sleutel == "MIX-INCLUSIE.bereikt":
                for _, via in r.waarden["routes"]:
                    assert noemt_plek(w, via), (m.werkvorm, via)


def test_the_shelters_visitors_are_asked_about_the_points_on_their_shelter() -> None:
    """The visitors of a shelter cannot sit in the werkgroep on its house rules, opening hours,
    waiting area and neighbourhood agreements; their own talk asks them about those points
    (review 50, Veendijk), without a form more or a euro more."""
    advies, _, _ = rapport_gegevens(
        CASES / "wachtrij" / "opvang-kantoor-kieldiep-veendijk.yaml", DATUM
    )
    bezoekers = "Bezoekers van de nacht- en dagopvang"
    hun = [m for m in advies.mix if bezoekers in m.voor and m.werkvorm != "terugkoppeling"]
    punten = {o for m in hun for o in m.onderwerpen}
    for woord in ("huisregels", "openingstijden", "wachtruimte", "afspraken met de buurt"):
        assert any(woord in o for o in punten), woord


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_a_hard_to_reach_group_is_asked_about_the_points_that_name_it(pad: Path) -> None:
    """A hard-to-reach group with a talk of its own is asked there about every open point that
    names it and that a form before the decision carries without it."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    for p in f.inclusiegroepen:
        if p.soort is not SoortBelanghebbende.inwoners:
            continue
        eigen = [
            m
            for m in advies.mix
            if p.naam in m.voor
            and (w := CATALOGUS.get(m.werkvorm)) is not None
            and in_gesprek(w)
            and bereikt(w, p)
            and m.trede is not Trede.informeren
            and m.werkvorm != "terugkoppeling"
        ]
        if not eigen:
            continue
        for punt in advies.trede.onderwerpen:
            if not punt.open or p.naam not in {q.naam for q in betrokkenen(f, punt)}:
                continue
            voor_besluit = (Procesfase.voorbereiden, Procesfase.ophalen, Procesfase.verdiepen)
            if any(punt.onderwerp in m.onderwerpen and m.fase in voor_besluit for m in advies.mix):
                assert any(
                    punt.onderwerp in m.onderwerpen for m in advies.mix if p.naam in m.voor
                ), (
                    p.naam,
                    punt.onderwerp,
                )

"""The case's own fixed moments (``momenten``) and its decided instruments (review 41, the
worst fault: "the design is not anchored on the case's own decisions and fixed moments")."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import advies_voor

from pionieren.errors import InvoerFout
from pionieren.input.hints import moment_hints
from pionieren.input.load import load_vraagstuk, read_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.vocabulary import Procesfase

ROOT = Path(__file__).resolve().parents[2]
VOOR = (Procesfase.ophalen, Procesfase.verdiepen, Procesfase.toetsen)


def _case(naam: str, **wijzig: Any) -> Vraagstuk:
    pad = ROOT / "tests" / "cases" / f"{naam}.yaml"
    if not pad.exists():
        pad = ROOT / "tests" / "cases" / "beoordeling" / f"{naam}.yaml"
    v = load_vraagstuk(pad)
    data = v.model_dump(mode="json", exclude_none=True)
    data.update(wijzig)
    return Vraagstuk.model_validate(data)


def test_a_round_that_feeds_the_commissie_closes_before_its_papers_and_feedback_follows() -> None:
    v = _case("centrumvisie-markewolde")
    (moment,) = v.momenten
    advies = advies_voor(v)
    stukken = moment.datum - timedelta(weeks=4)  # a commissie: about a month before
    for fase in advies.planning:
        if fase.fase in VOOR and fase.werkvormen and fase.start and fase.eind:
            # no round runs across the papers date and the moment itself
            assert not (fase.start < moment.datum and fase.eind > stukken), fase
    (na,) = [f for f in advies.planning if f.uitleg and f.uitleg.sleutel == "FASE.moment"]
    # the moment stands on its own date in the phase where it falls, not under feedback
    assert na.fase in VOOR and na.start == na.eind == moment.datum
    assert (
        "18 mei 2027" in na.toelichting and "Binnen een week horen de deelnemers" in na.toelichting
    )
    assert "besproken" in na.toelichting  # 'zonder te besluiten': discussed, not decided
    griffie = next(t for t in advies.rolverdeling if t.rol == "griffie")
    # the griffie prepares the agenda; the presidium or the chair sets it (review 50a)
    assert "bereidt de agenda voor de bespreking van 15 juni 2027 in de commissie" in griffie.taak
    assert "presidium" in griffie.taak and "zet de bespreking" not in griffie.taak


def test_without_the_moment_the_deeper_round_runs_past_it() -> None:
    """The test above fails without the rule: the same case without momenten keeps its round
    running into July."""
    advies = advies_voor(_case("centrumvisie-markewolde", momenten=[]))
    assert not any(f.uitleg and f.uitleg.sleutel == "FASE.moment" for f in advies.planning)
    assert any(
        f.fase is Procesfase.verdiepen and f.eind and f.eind > date(2027, 6, 15)
        for f in advies.planning
    )


def test_a_moment_on_or_after_the_decision_is_refused_in_dutch(tmp_path: Path) -> None:
    tekst = (ROOT / "tests" / "cases" / "centrumvisie-markewolde.yaml").read_text("utf-8")
    pad = tmp_path / "v.yaml"
    pad.write_text(tekst.replace("datum: 2027-06-15", "datum: 2027-12-01"), "utf-8")
    with pytest.raises(InvoerFout) as fout:
        read_vraagstuk(pad, "v.yaml")
    melding = str(fout.value.problemen[0])
    assert "valt niet vóór het besluit (2027-11-11)" in melding
    assert "momenten" in melding


def test_valideer_hints_at_a_commissie_in_a_month_when_momenten_is_empty() -> None:
    (hint,) = moment_hints(_case("centrumvisie-markewolde", momenten=[]), date(2026, 11, 30))
    assert hint.woord == "juni 2027" and hint.code == "momenten"
    assert "raadscommissie" in hint.melding and "momenten" in hint.melding
    # filled in: no hint; the month of the decision itself and a past meeting: none either
    assert moment_hints(_case("centrumvisie-markewolde"), date(2026, 11, 30)) == []
    verleden = _case(
        "centrumvisie-markewolde",
        momenten=[],
        omschrijving="De raadscommissie besprak in juni 2027 een conceptvisie.",
    )
    assert moment_hints(verleden, date(2026, 11, 30)) == []
    for pad in sorted([*ROOT.glob("vraagstukken/*.yaml"), *ROOT.glob("tests/cases/*.yaml")]):
        assert moment_hints(load_vraagstuk(pad), date(2026, 11, 30)) == [], pad.name


def test_a_decided_vote_serves_the_point_where_inwoners_decide() -> None:
    """The burgerbegroting the raad decided is the form for the point the vote is about: no
    'nog geen werkvorm', no 'geen werkvorm waarin inwoners echt beslissen' and no 'zo laat ...
    hoe, niet meer over of' (review 41)."""
    advies = advies_voor(_case("wijkbegroting-oosterpark-ravensweerd"))
    (stemming,) = [m for m in advies.mix if m.werkvorm == "burgerbegroting"]
    assert any(o.startswith("Welke plannen bewoners indienen") for o in stemming.onderwerpen)
    regels = {(b.regel, b.sleutel) for b in advies.bevindingen}
    assert ("MIX-ONDERWERP", "MIX-ONDERWERP") not in regels
    assert ("POORT-FASE", "POORT-FASE.laat") not in regels


def test_a_werkvorm_of_the_case_takes_place_at_its_meeting() -> None:
    """The dorpsraad's choice between the sketches takes place at its jaarvergadering, and the
    raden's own hoorzitting comes before the first raad that adopts its zienswijze (review
    44a). Without the rule the choice ran weeks before and the hoorzitting months after."""
    dorp = advies_voor(_case("dorpsplein-velderhout"))
    (jaar,) = [p for p in dorp.planning if p.start == date(2027, 2, 25)]
    assert jaar.werkvormen == ["keuze-uit-ontwerpen"] and jaar.fase in VOOR
    assert "Dat gebeurt hier: de jaarvergadering" in jaar.toelichting
    assert not any("keuze-uit-ontwerpen" in p.werkvormen for p in dorp.planning if p is not jaar)
    diftar = advies_voor(_case("diftar-afvalschap-lingemaas"))
    (hoor,) = [p for p in diftar.planning if "hoorzitting-raad" in p.werkvormen]
    assert hoor.eind is not None and hoor.eind < date(2027, 6, 24)
    # a meeting with business of its own keeps the proposer's werkvorm where it was
    molen = advies_voor(_case("herstructurering-molenakker-wolderveen"))
    assert not any(
        p.werkvormen for p in molen.planning if p.uitleg and p.uitleg.sleutel == "FASE.moment"
    )


def _reactie(advies: Any) -> Any:
    (r,) = [p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie"]
    return r


def _commissie(wat: str, datum: str, door: str = "commissie") -> list[dict[str, str]]:
    return [{"wat": wat, "datum": datum, "door": door}]


def test_a_reaction_round_that_feeds_a_commissie_closes_before_its_papers() -> None:
    """Review 44a (Velderhout): the round ran on past the papers date of the commissie that
    discussed the piece. Without the moment the round runs to 12 May 2028."""
    naam = "wijkuitvoeringsplan-warmte"
    assert _reactie(advies_voor(_case(naam))).eind == date(2028, 5, 12)
    v = _case(naam, momenten=_commissie("De raadscommissie bespreekt het concept", "2028-05-23"))
    advies = advies_voor(v)
    stukken = date(2028, 4, 25)  # four weeks before the commissie
    assert _reactie(advies).eind < stukken
    assert not any(b.sleutel == "PLAN-REACTIE.moment" for b in advies.bevindingen)


def test_a_round_that_cannot_feed_a_moment_that_only_discusses_starts_after_it() -> None:
    wat = "De raadscommissie bespreekt het concept, zonder te besluiten"
    v = _case("wijkuitvoeringsplan-warmte", momenten=_commissie(wat, "2028-04-11"))
    r = _reactie(advies_voor(v))
    assert r.start > date(2028, 4, 11)  # it would open on 10 April
    assert "begint na de bespreking in de raadscommissie (11 april 2028)" in r.toelichting


def test_a_round_that_runs_past_a_deciding_moment_moves_before_its_papers() -> None:
    """Review 47a: with 63 weeks of slack a reaction round need not run past the raad that
    fixes the concept; it closes before that meeting's papers, and no note says otherwise
    (when no earlier window exists, the note stays: test_seizoen, Lindenoord)."""
    wat = "De gemeenteraad stelt het concept vast"
    v = _case("wijkuitvoeringsplan-warmte", momenten=_commissie(wat, "2028-04-11", "raad"))
    advies = advies_voor(v)
    assert _reactie(advies).eind < date(2028, 2, 29)
    assert not [b for b in advies.bevindingen if b.sleutel == "PLAN-REACTIE.moment"]


def test_velderhout_says_the_reactions_come_too_late_for_the_commissie() -> None:
    advies = advies_voor(_case("dorpsplein-velderhout"))
    (b,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-REACTIE.moment"]
    assert "23 maart 2027" in b.tekst and "(23 februari 2027)" in b.tekst
    assert "komen dus niet in dat stuk" in b.tekst


def _rondes_om(wat: str) -> tuple[Any, Any]:
    """A broad round in January and February and a deeper round from late March to mid-May,
    around a moment on 7 April 2027; the proposal is due on 25 May."""
    from helpers import DATUM, maak

    from pionieren.analysis import planning
    from pionieren.analysis.facts import Feiten
    from pionieren.knowledge.load import builtin

    v = maak(momenten=[{"wat": wat, "datum": "2027-04-07"}], vakantieregio="noord")
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    vrij = planning.vakantieweken(f.kennis.vakanties, v.vakantieregio)
    ophalen = planning.Geplaatst(
        Procesfase.ophalen, date(2027, 1, 4), date(2027, 2, 12), ["enquete"], None
    )
    verdiepen = planning.Geplaatst(
        Procesfase.verdiepen, date(2027, 3, 29), date(2027, 5, 14), ["rondetafel"], None
    )
    planning._momenten(f, [ophalen, verdiepen], date(2027, 5, 25), date(2027, 6, 8), vrij)
    return ophalen, verdiepen


def test_a_round_that_shapes_the_concept_comes_before_the_moment_not_into_the_papers() -> None:
    """Review 45a (Bramerveen): the map round was moved past the kinderraad that sees 'de
    eerste kaart' and ran until the proposal was due (18-25 May, proposal 25 May), beside the
    test round. It shapes the concept: it now runs after the broad round and closes before the
    moment's papers (two weeks before 7 April)."""
    _, verdiepen = _rondes_om("De kinderraad bespreekt de eerste conceptkaart")
    assert date(2027, 2, 15) <= verdiepen.start
    assert verdiepen.eind < date(2027, 3, 24)


def test_a_round_after_a_moment_not_on_the_concept_still_starts_after_it() -> None:
    """Without a concept on the table the moment does not need the round first: it moves past
    the moment, as before."""
    _, verdiepen = _rondes_om("De kinderraad vergadert over de speelplekken")
    assert verdiepen.start > date(2027, 4, 7)


def test_a_way_out_never_starts_or_ends_in_a_short_holiday_or_on_koningsdag() -> None:
    """Review 45a (Bramerveen): 'Begin de stap dan uiterlijk 26 april 2027; dan eindigt hij op
    4 mei 2027', in the meivakantie and over Koningsdag. The start moves a week earlier until
    neither date falls in one."""
    from pionieren.analysis import planning
    from pionieren.knowledge.load import builtin
    from pionieren.vocabulary import Vakantieregio

    vrij = planning.vakantieweken(builtin().vakanties, Vakantieregio.noord)
    uit = planning._eerder_beginnen(
        date(2027, 5, 3), date(2027, 5, 11), date(2027, 5, 4), vrij, date(2026, 11, 30)
    )
    van, tot = date.fromisoformat(uit["vroeger"]), date.fromisoformat(uit["sluit"])
    assert tot - van == timedelta(days=8)
    mei = [(a, b) for a, b, naam in vrij if naam == "meivakantie" and a.year == 2027]
    for d in (van, tot):
        assert d != date(2027, 4, 27)
        assert not any(a <= d <= b for a, b in mei), (d, mei)

"""An input step ends before the papers of the moment that fixes its topic: the planner moves
it earlier, runs it alongside the rounds before it or lets an overleg that exists already meet
sooner, and only says once which input a paper misses when even that is too late (rule
PLAN-STUKKEN; reviews 54a and 54b: Duinmonde, Ravenstede)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import DATUM, ONTWIKKELCASUSSEN, advies_voor, maak, rapport_gegevens

from pionieren.analysis.result import Advies, PlanFase
from pionieren.knowledge.load import builtin

CATALOGUS = {w.id: w for w in builtin().werkvormen}
VOOR_BESLUIT = ("ophalen", "verdiepen", "toetsen")


def _momenten(a: Advies) -> list[tuple[date, date]]:
    """(meeting day, papers date) of every fixed moment with papers."""
    uit = []
    for p in a.planning:
        if p.uitleg is None or p.uitleg.sleutel != "FASE.moment" or p.start is None:
            continue
        if p.uitleg.waarden.get("stukken"):
            uit.append((p.start, date.fromisoformat(p.uitleg.waarden["stukken"])))
    return uit


def _inbreng(p: PlanFase, vast: set[str]) -> bool:
    """Does the step gather input that must be written into the next paper?"""
    if p.fase.value not in VOOR_BESLUIT or p.start is None or p.eind is None:
        return False
    if p.uitleg is not None and p.uitleg.sleutel in ("FASE.moment", "FASE.advies_op_concept"):
        return False
    if vast & set(p.werkvormen):
        return False  # on dates the case fixes: never moved
    for id in p.werkvormen:
        w = CATALOGUS.get(id)
        if w is None or w.eindigt_met_besluit or w.organisator.value == "griffie":
            continue
        if [t.value for t in w.treden] != ["informeren"]:
            return True
    return False


def _genoemd(a: Advies, p: PlanFase) -> bool:
    assert p.start is not None and p.eind is not None
    for b in a.bevindingen:
        if b.sleutel == "PLAN-STUKKEN" and b.waarden.get("van") == p.start.isoformat():
            return True
        if b.sleutel.startswith("PLAN-REACTIE.moment"):
            return True  # rule PLAN-REACTIE names the reaction round with its own dates
    return False


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_every_input_step_ends_before_the_papers_it_feeds(pad: Path) -> None:
    """Property over all development cases: a step that gathers input and ends between a
    moment's papers date and the moment itself closes before those papers, or a finding names
    the conflict once."""
    a, v, _ = rapport_gegevens(pad, DATUM)
    vast = {w.id for w in v.werkvormen if w.van or w.tot}
    for dag, stukken in _momenten(a):
        for p in a.planning:
            if not _inbreng(p, vast):
                continue
            assert p.start is not None and p.eind is not None
            # a step ending on a date the case fixes (a body's advice) keeps that date
            if p.eind in {m.datum for m in v.momenten}:
                continue
            if p.start < dag and stukken <= p.eind < dag:
                assert _genoemd(a, p), (pad.stem, p.werkvormen, p.start, p.eind, stukken)


def _krap(**meer: Any) -> Advies:
    """A short case: the driehoek meets on 4 February, its papers close two weeks before, the
    mayor decides on 16 February with a week for the papers."""
    v = maak(
        momenten=[
            {
                "wat": "De driehoek bespreekt de evaluatie en het voorstel",
                "datum": "2027-02-04",
                "door": "anders",
            }
        ],
        kaders_besluit_uiterlijk="2027-02-16",
        besluit={
            "door": "burgemeester",
            "procedure": "aanwijzingsbesluit",
            "stukken_weken": 1,
            "termijn_vast": True,
        },
        werkvormen=[
            {"id": "partneroverleg", "status": "besloten"},
            {"id": "eigen-vergadering", "status": "besloten"},
        ],
        **meer,
    )
    return advies_voor(v, datum=date(2026, 12, 1))


def test_a_round_that_feeds_a_close_paper_runs_alongside_instead_of_after() -> None:
    """Duinmonde: the rondetafel with the partners ran 25 January - 3 February, after the
    driehoek's papers of 21 January, with 'eerder kan niet'. It now runs alongside the first
    round and closes before those papers, and no finding says the input misses them."""
    a = _krap()
    momenten = _momenten(a)
    assert momenten
    _, stukken = momenten[0]
    (ronde,) = [p for p in a.planning if "rondetafel" in p.werkvormen]
    assert ronde.start is not None and ronde.eind is not None
    assert ronde.eind < stukken, (ronde.start, ronde.eind, stukken)
    assert not [b for b in a.bevindingen if b.sleutel == "PLAN-STUKKEN"]


def test_a_step_on_the_cases_dates_that_must_begin_earlier_is_planned_there() -> None:
    """Beerzelo: 'Begin daarom uiterlijk 22 maart 2027' while the table kept the case's '29
    maart - 23 april 2027'. When the step can still begin earlier, the plan uses those earlier
    dates, and the finding gives the same ones. (A step the case did not fix, a walk-in round;
    a body's written advice goes with the papers as it is, and a fixed step keeps its dates:
    test_anker_ander.py.)"""
    v = maak(
        werkvormen=[
            {"id": "inloopavond", "status": "voorgesteld", "van": "2027-04-19", "tot": "2027-04-23"}
        ],
        kaders_besluit_uiterlijk="2027-05-25",
        besluit={"door": "college", "procedure": "beleid", "stukken_weken": 2},
    )
    a = advies_voor(v, datum=date(2026, 12, 1))
    (krap,) = [b for b in a.bevindingen if b.sleutel == "PLAN-KALENDER.anker_krap"]
    assert krap.waarden["vroeger"]
    (stap,) = [p for p in a.planning if "inloopavond" in p.werkvormen]
    assert stap.start == date.fromisoformat(krap.waarden["vroeger"])
    assert stap.eind == date.fromisoformat(krap.waarden["sluit"])
    assert stap.eind < date(2027, 4, 23)


def test_no_advice_round_after_the_tender_documents_are_fixed() -> None:
    """Marnewold: the jongerenraad advised on the concept-leidraad from 12 April, after the
    college fixed the leidraad on 6 April. An advice round now closes before that moment's
    papers; after it, the leidraad is not open for advice any more."""
    v = maak(
        momenten=[
            {
                "wat": "Het college stelt de aanbestedingsleidraad vast",
                "datum": "2027-04-06",
                "door": "college",
            }
        ],
        kaders_besluit_uiterlijk="2027-07-06",
        werkvormen=[{"id": "jongerenraad", "status": "besloten"}],
    )
    a = advies_voor(v, datum=date(2026, 12, 1))
    ((dag, stukken),) = _momenten(a)
    (raad,) = [p for p in a.planning if "jongerenraad" in p.werkvormen]
    assert raad.eind is not None and raad.eind < stukken < dag


def test_a_terinzagelegging_the_case_fixes_is_the_later_decisions_round() -> None:
    """Ravenheide: the case fixes the zienswijze on the omgevingsplan on 8 June - 19 July
    2028; the round before that later decision got a second window, 4 September - 19 October.
    It now lies on the case's own dates."""
    v = maak(
        kaders_besluit_uiterlijk="2028-03-23",
        kaders_open=[
            {"onderwerp": "De inrichting van het plein."},
            {
                "onderwerp": "De regels in het omgevingsplan voor de nieuwbouw.",
                "uiterlijk": "2028-12-14",
            },
        ],
        werkvormen=[{"id": "zienswijze", "van": "2028-06-08", "tot": "2028-07-19"}],
    )
    a = advies_voor(v, datum=date(2027, 6, 1))
    (later,) = [
        p for p in a.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.later_besluit"
    ]
    assert (later.start, later.eind) == (date(2028, 6, 8), date(2028, 7, 19))


def test_a_later_round_across_a_short_school_holiday_names_it() -> None:
    """Hunsewold: the round on the building ran 3 April - 10 May 2028, across the meivakantie,
    without a word. The step now names the holiday, as the rounds before the decision do."""
    from pionieren.analysis.planning import Geplaatst, Plan, vakantieweken
    from pionieren.analysis.planning_stukken import _later_buiten_vakantie
    from pionieren.analysis.result import deel
    from pionieren.vocabulary import Procesfase, Vakantieregio

    vrij = vakantieweken(builtin().vakanties, Vakantieregio.noord)
    ronde = Geplaatst(
        Procesfase.uitwerken,
        date(2028, 4, 3),
        date(2028, 5, 10),
        [],
        deel("FASE.later_besluit", onderwerpen=["Het gebouw"], sluit="2028-05-10"),
    )
    _later_buiten_vakantie(Plan([ronde], 0, None, None, []), vrij)
    assert ronde.toelichting is not None
    assert [v["naam"] for v in ronde.toelichting.waarden["door_vakantie"]] == ["meivakantie"]


def test_an_overleg_that_exists_already_meets_before_the_papers() -> None:
    """Ravenstede: the monthly overleg of the burgemeester with the kliniek and the politie was
    planned 11-20 January, after the commissie's papers (11 January), with 'eerder kan niet'.
    An overleg that exists needs no invitation round: it meets before those papers, with time
    to write its result in, and the summary's first round is still the round for everyone."""
    from helpers import casus

    from pionieren.report.data import kernstappen

    v = casus("review53/demonstraties-kliniek-ravenstede")
    a = advies_voor(v, datum=date(2026, 12, 1))
    ((_, stukken),) = _momenten(a)
    (overleg,) = [
        p
        for p in a.planning
        if p.werkvormen == ["partneroverleg"] and p.fase.value != "voorbereiden"
    ]
    assert overleg.eind is not None and overleg.eind < stukken
    assert not [b for b in a.bevindingen if b.sleutel == "PLAN-STUKKEN"]
    assert all(a.planning[i].werkvormen != ["partneroverleg"] for i in kernstappen(a))


def test_the_inquiry_outcome_is_due_by_the_input_deadline() -> None:
    """Hunsewold: the joint inquiry's outcome was due 'uiterlijk 17 juni 2027', the papers of a
    later moment, while the gemeente's input was due on 31 May (kaders.inbreng_uiterlijk)."""
    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.mix.samenstellen import _voor_iedereen
    from pionieren.analysis.planning import Geplaatst
    from pionieren.analysis.result import deel
    from pionieren.vocabulary import Procesfase

    v = maak(kaders_besluit_uiterlijk="2028-02-10", kaders_inbreng_uiterlijk="2027-05-31")
    f = Feiten(v, builtin(), date(2026, 12, 1))
    besluit = Geplaatst(
        Procesfase.besluit,
        date(2028, 1, 13),
        date(2028, 2, 10),
        [],
        deel("FASE.besluit", stukken="2028-01-13"),
    )
    assert _voor_iedereen(f, [besluit]) == date(2027, 5, 31)

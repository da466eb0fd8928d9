"""The calendar moves rounds where an adviser would, instead of only warning (review 40):
the rounds of the plan itself end two working weeks before the papers, also when that makes
them shorter, and a look at the concept never falls in a holiday week."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor, voorbeelden
from hypothesis import HealthCheck, given, settings
from test_properties import vraagstukken

from pionieren.analysis.planning import (
    VERWERK_WERKDAGEN,
    _werkdagen_tussen,
    beantwoord,
    vakantieweken,
)
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Procesfase

CASES = Path(__file__).resolve().parents[1] / "cases"
_RONDES = (Procesfase.ophalen, Procesfase.verdiepen, Procesfase.toetsen)
#: Findings that say plainly what does not fit before the papers (or what was made shorter).
_GEZEGD = {
    "PLAN-VERWERKEN.krap",
    "PLAN-VERWERKEN.na_stukken",
    "PLAN-VERWERKEN.korter",
    "PLAN-KALENDER.te_kort",
    "PLAN-KALENDER.vast_te_kort",
    "PLAN-KALENDER.inbreng_te_kort",
    "PLAN-KALENDER.termijn_past_niet",
    "PLAN-KALENDER.toets_na_anker",
    # a werkvorm the case fixed on a date after the papers: the report says its outcome cannot
    # be in the proposal (found by hypothesis: an inloopavond fixed in July, papers in July)
    "PLAN-KALENDER.anker_te_laat",
    # the same, ending just before the papers: no time to answer the reactions (hypothesis:
    # an inloopavond fixed nine working days before a decision without a papers term)
    "PLAN-KALENDER.anker_krap",
    "PLAN-SAMENHANG.ingekort",
}


def _werkdagen_na_laatste_ronde(v: Vraagstuk, advies: Advies) -> int | None:
    """Working days between the end of the last round with inwoners before the decision that
    asks for reactions and the papers date (the start of the decision phase); None when there
    is no such round."""
    kennis = builtin()
    catalogus = {w.id: w for w in kennis.werkvormen}

    def vraagt(id: str) -> bool:
        # a vote, a form where inwoners decide or the raad's own hearing has no reactions for
        # the gemeente to answer (see planning.beantwoord)
        w = catalogus.get(id)
        return w is None or beantwoord(w)

    besluit = next((p for p in advies.planning if p.fase is Procesfase.besluit), None)
    if besluit is None or besluit.start is None or besluit.start <= advies.datum:
        return None
    eind = [
        p.eind
        for p in advies.planning
        if p.fase in _RONDES
        and p.eind is not None
        and p.start is not None
        and p.start >= advies.datum
        and p.eind <= besluit.start
        and any(vraagt(w) for w in p.werkvormen)
    ]
    if not eind:
        return None
    vrij = vakantieweken(kennis.vakanties, v.vakantieregio)
    zuid = v.vakantieregio is not None and v.vakantieregio.value == "zuid"
    return _werkdagen_tussen(max(eind), besluit.start, vrij, zuid)


def test_a_round_that_leaves_no_time_to_process_is_shortened_and_said() -> None:
    """Review 40: the design atelier ended on 12 March, the proposal was due on 16 March. The
    deepening round now ends two working weeks before, and the report says it is shorter."""
    v = load_vraagstuk(CASES / "buurtmoestuin-de-akker.yaml")
    advies = advies_voor(v, datum=date(2026, 11, 30))
    sleutels = {b.sleutel for b in advies.bevindingen}
    assert "PLAN-VERWERKEN.korter" in sleutels
    assert "PLAN-VERWERKEN.krap" not in sleutels
    dagen = _werkdagen_na_laatste_ronde(v, advies)
    assert dagen is not None and dagen >= VERWERK_WERKDAGEN
    # the decision date stays as asked
    besluit = next(p for p in advies.planning if p.fase is Procesfase.besluit)
    assert besluit.eind == v.kaders.besluit_uiterlijk


def test_no_look_at_the_concept_in_a_holiday_week() -> None:
    """The short look at the concept before the papers is not planned in a week that a school
    holiday takes (it was placed on 22-26 February, in the voorjaarsvakantie)."""
    kennis = builtin()
    for pad in sorted(CASES.glob("*.yaml")):
        v = load_vraagstuk(pad)
        vrij = vakantieweken(kennis.vakanties, v.vakantieregio)
        advies = advies_voor(v, kennis, datum=date(2026, 11, 30))
        for p in advies.planning:
            if p.fase is not Procesfase.toetsen or p.werkvormen or p.uitleg is None:
                continue
            if p.uitleg.sleutel != "FASE.toetsen_buffer" or p.start is None or p.eind is None:
                continue
            dagen = [
                p.start.toordinal() + i
                for i in range(p.eind.toordinal() - p.start.toordinal() + 1)
                if date.fromordinal(p.start.toordinal() + i).weekday() < 5
            ]
            vrije = [d for d in dagen if any(a <= date.fromordinal(d) <= b for a, b, _ in vrij)]
            assert len(vrije) < len(dagen), (pad.stem, p.start, p.eind)


@settings(
    max_examples=voorbeelden(150), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(vraagstukken())
def test_time_to_process_before_the_papers_or_the_report_says_so(v: Vraagstuk) -> None:
    """Property: the last round before the decision ends at least VERWERK_WERKDAGEN working
    days before the papers, or the report says what does not fit or what was made shorter."""
    advies = advies_voor(v)
    dagen = _werkdagen_na_laatste_ronde(v, advies)
    if dagen is None or dagen >= VERWERK_WERKDAGEN:
        return
    sleutels = {b.sleutel for b in advies.bevindingen}
    assert sleutels & _GEZEGD, (dagen, [(p.fase, p.start, p.eind) for p in advies.planning])


def test_the_reaction_round_on_a_point_with_an_earlier_decision_ends_before_that_decision() -> None:
    """New case (skaeve huse): the college chooses the location in March and decides on the
    permit in June. The options for the location went public a week after the college had
    chosen. The round now closes before the papers for the location decision are due (two
    weeks before it, for the college)."""
    from helpers import maak

    plek = {
        "onderwerp": "Op welke van de twee plekken de woningen komen.",
        "ruimte": "klein",
        "keuze": True,
        "door": "college",
        "uiterlijk": "2027-03-23",
    }
    v = maak(
        ambitie="raadplegen",
        kaders_open=[plek, {"onderwerp": "De inrichting van het terrein.", "ruimte": "middel"}],
        kaders_besluit_uiterlijk="2027-06-24",
        besluit={"door": "college", "procedure": "beleid"},
    )
    advies = advies_voor(v, datum=date(2026, 11, 30))
    (ronde,) = [
        p for p in advies.planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie"
    ]
    assert ronde.eind is not None and ronde.eind <= date(2027, 3, 9)


def test_an_evening_fixed_just_before_a_decision_without_papers_term_is_said() -> None:
    """Hypothesis found it: no papers term (stukken_weken 0), an inloopavond the case fixed on
    25 January, the decision on 5 February. Nine working days is too short to answer every
    reaction, and the report now says so."""
    from helpers import maak

    v = maak(
        werkvormen=[{"id": "inloopavond", "van": "2027-01-25", "tot": "2027-01-25"}],
        kaders_besluit_uiterlijk="2027-02-05",
        besluit={"door": "college", "procedure": "beleid", "stukken_weken": 0},
    )
    advies = advies_voor(v, datum=date(2026, 11, 30))
    dagen = _werkdagen_na_laatste_ronde(v, advies)
    assert dagen is not None and dagen < VERWERK_WERKDAGEN
    (krap,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.anker_krap"]
    assert "minder dan twee werkweken" in krap.tekst


def test_a_round_just_before_a_decision_without_papers_term_is_said() -> None:
    """Hypothesis found it: no papers term (stukken_weken 0), input until Saturday 6 November,
    the raad decides on Monday 8 November; the working group on the initiator's fund ran until
    the Friday before, one working day to process it, and the report did not say so."""
    v = Vraagstuk.model_validate(
        {
            "titel": "Vraagstuk",
            "gemeente": "Teststad",
            "omschrijving": "Een vraag.",
            "initiatiefnemer": "gemeente",
            "fase": "verkenning",
            "schaal": "straat",
            "kaders": {
                "beinvloedingsruimte": "geen",
                "open": [
                    {"onderwerp": "De inrichting."},
                    {"onderwerp": "Het fonds.", "ruimte": "groot", "door": "initiatiefnemer"},
                ],
                "besluit_uiterlijk": "2027-11-08",
                "inbreng_uiterlijk": "2027-11-06",
            },
            "belanghebbenden": [
                {"naam": "Partij 1", "soort": "inwoners", "invloed": "laag", "belang": "laag"}
            ],
            "besluit": {"door": "raad", "procedure": "omgevingsplan", "stukken_weken": 0},
        }
    )
    advies = advies_voor(v)
    dagen = _werkdagen_na_laatste_ronde(v, advies)
    assert dagen is not None and dagen < VERWERK_WERKDAGEN
    assert {b.sleutel for b in advies.bevindingen} & _GEZEGD

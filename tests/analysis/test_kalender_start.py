"""A realistic start (review 51a/b): between the report and the first public step lie the
adoption of the participatieplan and two weeks to invite people; the inloopavond that answers
a worry opens the first round instead of running in the preparation."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import advies_voor

from pionieren.analysis.mix.plan import VOORBEREIDEN_MIN_WEKEN
from pionieren.analysis.planning import VOORBEREIDEN_BODEM
from pionieren.input.load import load_vraagstuk

_CASES = Path(__file__).resolve().parents[1] / "cases"
_PADEN = sorted(
    [
        *_CASES.glob("*.yaml"),
        *_CASES.glob("beoordeling/*.yaml"),
        *_CASES.glob("wachtrij/*.yaml"),
        *_CASES.glob("review51/*.yaml"),
    ]
)
DATUM = date(2026, 12, 1)
#: Three working weeks from a Tuesday: the first public round starts on the Monday after the
#: third week at the earliest (a week to adopt the plan, two to invite).
VROEGST = date(2026, 12, 21)
#: The Christmas holiday of 2026 (all regions).
KERST_EIND = date(2027, 1, 3)

#: Not public: talks with partners or bodies, and a procedure that runs from the request. (A
#: round of keukentafelgesprekken is by invitation too: it waits for the plan, review 51
#: Walduin; a talk with opponents in the preparation itself is not a round and is not checked.)
_NIET_OPENBAAR = {
    "partneroverleg",
    "raadsinformatiebijeenkomst",
    "uitdaagrecht-toets",
}


def test_the_preparation_is_never_shorter_than_adopting_and_inviting() -> None:
    assert VOORBEREIDEN_MIN_WEKEN >= 3
    assert VOORBEREIDEN_BODEM >= 3


@pytest.mark.parametrize("pad", _PADEN, ids=lambda p: p.stem)
def test_no_public_step_before_the_plan_is_adopted_and_people_are_invited(pad: Path) -> None:
    """No public werkvorm of the plan's own making starts in the first weeks after the report
    (a step on the case's own dates keeps them); and no public round of the plan starts in the
    December weeks before Christmas when the first round could start in January."""
    vraagstuk = load_vraagstuk(pad)
    eigen = {g.id for g in vraagstuk.werkvormen if g.periode}
    advies = advies_voor(vraagstuk, datum=DATUM)
    for m in advies.mix:
        if m.start is None or m.werkvorm in eigen or m.werkvorm in _NIET_OPENBAAR:
            continue
        if m.fase is not None and m.fase.value not in ("ophalen", "verdiepen", "toetsen"):
            continue
        if m.start < DATUM:  # a step of the case that already runs
            continue
        assert m.start >= VROEGST, (m.werkvorm, m.start)
        assert not (date(2026, 12, 5) <= m.start <= KERST_EIND), (m.werkvorm, m.start)


@pytest.mark.parametrize("pad", _PADEN, ids=lambda p: p.stem)
def test_a_worry_evening_opens_the_first_round(pad: Path) -> None:
    """Ommerwolde (review 51a): 'Inloopavond of informatiemarkt | 1–11 december 2026' in the
    preparation. An evening that answers a worry (MIX-ZORGEN) opens the first round, after the
    plan is adopted and people are invited; no inloopavond runs in the preparation."""
    advies = advies_voor(load_vraagstuk(pad), datum=DATUM)
    for m in advies.mix:
        if m.werkvorm != "inloopavond" or not any(
            r.sleutel.startswith("MIX-ZORGEN") for r in m.redenen
        ):
            continue
        assert m.fase is not None and m.fase.value == "ophalen", pad.stem
        assert m.start is not None and m.start >= DATUM + timedelta(weeks=3), pad.stem
    assert not any(
        "inloopavond" in p.werkvormen for p in advies.planning if p.fase.value == "voorbereiden"
    ), pad.stem


def test_some_development_case_has_a_worry_evening() -> None:
    """The property above is not empty: at least one development case answers a worry with an
    inloopavond."""
    gevonden = [
        pad.stem
        for pad in _PADEN
        if any(
            m.werkvorm == "inloopavond"
            and any(r.sleutel.startswith("MIX-ZORGEN") for r in m.redenen)
            for m in advies_voor(load_vraagstuk(pad), datum=DATUM).mix
        )
    ]
    assert gevonden


def test_a_round_runs_on_through_a_moment_on_the_interim_state() -> None:
    """Veendijk: the commissie hears the tussenstand of the participation; the co-design round
    is neither cut to the weeks before its papers nor moved after it onto the reaction round
    (review 51: joint fact-finding and the atelier together in 22 March – 2 April)."""
    advies = advies_voor(
        load_vraagstuk(_CASES / "wachtrij" / "opvang-kantoor-kieldiep-veendijk.yaml"),
        datum=DATUM,
    )
    (moment,) = [p for p in advies.planning if p.start == p.eind == date(2027, 3, 16)]
    verdiepen = [p for p in advies.planning if p.fase.value == "verdiepen" and p.werkvormen]
    assert verdiepen
    for p in verdiepen:
        assert p.start is not None and p.eind is not None
        assert p.start < moment.start < p.eind, (p.werkvormen, p.start, p.eind)


def test_the_raads_own_meeting_is_no_statutory_term() -> None:
    """Windpark (report on 28 November, papers on 18 December): the raad's information meeting
    after the papers was said to be 'een wettelijke termijn (zoals een zienswijzetermijn)'."""
    from pionieren.knowledge.load import builtin
    from pionieren.vocabulary import Organisator

    raad = {w.naam for w in builtin().werkvormen if w.organisator is Organisator.griffie} | {
        w.id for w in builtin().werkvormen if w.organisator is Organisator.griffie
    }
    advies = advies_voor(
        load_vraagstuk(_CASES.parent.parent / "vraagstukken" / "windpark.yaml"),
        datum=date(2026, 11, 28),
    )
    termijnen = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.termijn_past_niet"]
    assert termijnen  # the zienswijze still does not fit, and that is said
    for b in termijnen:
        assert not set(b.waarden["namen"]) <= raad, b.waarden["namen"]


def test_only_a_formal_round_is_called_a_statutory_term() -> None:
    """Bomenkap (report on 28 November, papers on 12 January): the wijkschouw the case asks for
    no longer fits after the three weeks of preparation, and was called 'een wettelijke termijn
    (zoals een zienswijzetermijn)'. That is said only of a formal round."""
    advies = advies_voor(
        load_vraagstuk(_CASES / "bomenkap-kastanjelaan.yaml"), datum=date(2026, 11, 28)
    )
    (b,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.termijn_past_niet"]
    assert "wijkschouw" in b.tekst.lower() and "wettelijke termijn" not in b.tekst
    windpark = advies_voor(
        load_vraagstuk(_CASES.parent.parent / "vraagstukken" / "windpark.yaml"),
        datum=date(2026, 11, 28),
    )
    assert any(
        "wettelijke termijn" in b.tekst
        for b in windpark.bevindingen
        if b.sleutel == "PLAN-KALENDER.termijn_past_niet"
    )


def test_papers_within_the_preparation_leave_no_round_to_close_before_them() -> None:
    """Found by hypothesis (session 37): a raad decision whose papers fall sixteen days after the
    report date. The three weeks of preparation leave no room for a round before the papers; the
    round starts after the Christmas holiday, and the calendar says the time is short."""
    from helpers import check_invariants

    from pionieren.input.model import Vraagstuk

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
                "besluit_uiterlijk": date(2027, 2, 8),
                "inbreng_uiterlijk": date(2026, 11, 30),
            },
            "belanghebbenden": [
                {"naam": "Partij 1", "soort": "inwoners", "invloed": "laag", "belang": "laag"}
            ],
            "besluit": {"door": "raad", "procedure": "omgevingsvergunning_binnenplans"},
        }
    )
    advies = advies_voor(v, datum=date(2026, 11, 28))
    assert all(
        p.start is None or p.start >= date(2026, 12, 19)
        for p in advies.planning
        if p.fase.value == "ophalen"
    )
    check_invariants(v, advies)

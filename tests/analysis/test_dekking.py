"""The design covers what the advice promises (reviews 25a and 25b): the moment the options or
the concept are on the table before the decision (rule PLAN-REACTIE), a form per buurt for a
point decided per buurt (rule MIX-ONDERWERP), and the raad's kaders in the plan before the
first invitation when the advice asks for them (rule TREDE-KADERS-RAAD)."""

from __future__ import annotations

from datetime import date, timedelta

from helpers import DATUM, advies_voor, check_invariants, maak
from test_mix_onderwerp import punt, tekst
from test_mix_regels import feiten, keuze, ontwerp

from pionieren.analysis.decision import decide
from pionieren.analysis.mix.onderwerpen import onderwerpen
from pionieren.analysis.mix.plan import voor_te_leggen
from pionieren.analysis.result import Advies, PlanFase
from pionieren.vocabulary import Trede

KEUZE = "Welk van de twee pleinen een markt krijgt."
VOORWAARDEN = "De voorwaarden van de subsidie voor de buurthuizen."


def _reactie(advies: Advies) -> list[PlanFase]:
    return [p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie"]


def _stukken(advies: Advies) -> date:
    (besluit,) = [p for p in advies.planning if p.fase.value == "besluit"]
    assert besluit.start is not None
    return besluit.start


# ------------------------------------------------------------------------ PLAN-REACTIE


def test_a_choice_between_options_is_published_with_a_reaction_term_before_the_papers() -> None:
    v = maak(kaders_open=[KEUZE, "De indeling van het plein."])
    advies = advies_voor(v)
    check_invariants(v, advies)
    (fase,) = _reactie(advies)
    assert fase.start is not None and fase.eind is not None
    # two working weeks for the reactienota before the papers, after the broad round
    assert fase.eind <= _stukken(advies) - timedelta(days=14)
    ophalen = [p.eind for p in advies.planning if p.fase.value == "ophalen" and p.eind]
    assert all(fase.start > e for e in ophalen)
    assert "de vraag welk van de twee pleinen een markt krijgt" in fase.toelichting
    assert "Bij elke mogelijkheid staan de gevolgen" in fase.toelichting
    # no procedure given, so no formal inspraak: the answers go in the report with the proposal
    # (a reactienota belongs to a formal inspraak or zienswijze procedure; review 65b)
    assert "elke reactie krijgt antwoord in het verslag" in fase.toelichting
    assert "PLAN-REACTIE" in advies.regels_toegepast
    # the generic buffer line gives way to the concrete piece
    assert not any(p.uitleg and p.uitleg.sleutel == "FASE.toetsen_buffer" for p in advies.planning)


def test_a_promise_to_advise_on_a_point_puts_its_concept_on_the_table() -> None:
    v = maak(
        kaders_open=[{"onderwerp": VOORWAARDEN, "toegezegd": True}],
        besluit={"door": "college", "toezegging": {"door": "college", "trede": "adviseren"}},
        ambitie="adviseren",
    )
    (fase,) = _reactie(advies_voor(v))
    assert "het concept openbaar, over de voorwaarden van de subsidie voor de buurthuizen" in (
        fase.toelichting
    )


def test_no_reaction_round_without_a_choice_or_promise_or_where_inwoners_decide() -> None:
    assert _reactie(advies_voor(maak())) == []
    # where the inwoners choose or make it themselves, no concept is laid before them
    v = maak(kaders_open=[KEUZE])
    f = feiten(v)
    besluit, _ = decide(f)
    assert voor_te_leggen(f, besluit, [punt(KEUZE, Trede.meebeslissen)]) == []
    assert voor_te_leggen(f, besluit, [punt(KEUZE, Trede.coproduceren)]) == []
    (p,) = voor_te_leggen(f, besluit, [punt(KEUZE, Trede.adviseren)])
    assert p.keuze
    # nor on a point another party decides: it lays its own pieces on the table
    anders = maak(kaders_open=[{"onderwerp": KEUZE, "door": "anders", "partij": "Provincie"}])
    f = feiten(anders)
    besluit, _ = decide(f)
    assert voor_te_leggen(f, besluit, [punt(KEUZE, Trede.adviseren)]) == []


def test_no_room_for_a_reaction_term_is_said() -> None:
    v = maak(kaders_open=[KEUZE], kaders_besluit_uiterlijk="2027-01-08")
    advies = advies_voor(v)
    assert _reactie(advies) == []
    (b,) = [b for b in advies.bevindingen if b.regel == "PLAN-REACTIE"]
    assert "welk van de twee pleinen" in b.tekst
    assert "reactietermijn" not in b.tekst and "Advies:" in b.tekst


# ----------------------------------------------------------- MIX-ONDERWERP: per buurt

BUURT = "De plek van de containers in elke buurt."


def test_a_point_decided_per_buurt_gets_a_form_held_in_each_buurt() -> None:
    v = maak(kaders_open=[BUURT], schaal="gemeente")
    o = ontwerp(v, Trede.adviseren, onderwerpen=[punt(BUURT, Trede.adviseren)])
    # a form for the whole gemeente at the right level does not count for each buurt
    keuze(o, "klankbordgroep", "Omwonenden").trede = Trede.adviseren
    onderwerpen(o)
    (over,) = [k for k in o.keuzes if BUURT in k.onderwerpen]
    assert over.werkvorm.id != "klankbordgroep"
    assert "buurt" in [s.value for s in over.werkvorm.schalen]
    assert "gemeente" not in [s.value for s in over.werkvorm.schalen]
    assert any("In elke buurt apart" in tekst(r) for r in over.redenen)


TIJDEN = "De tijden van de inzameling in elke buurt."


def test_per_buurt_in_a_buurt_case_asks_nothing_more() -> None:
    # a point whose words name no form of its own (the places of the containers have one: the
    # map per buurt, see test_mix_ontwerp)
    v = maak(kaders_open=[TIJDEN], schaal="buurt")
    o = ontwerp(v, Trede.adviseren, onderwerpen=[punt(TIJDEN, Trede.adviseren)])
    keuze(o, "klankbordgroep", "Omwonenden").trede = Trede.adviseren
    onderwerpen(o)
    (over,) = [k for k in o.keuzes if TIJDEN in k.onderwerpen]
    assert over.werkvorm.id == "klankbordgroep"


# ------------------------------------------------------- TREDE-KADERS-RAAD in the plan


def test_the_raad_sets_the_kaders_before_the_first_invitation() -> None:
    v = maak(
        kaders_raad_kaders_gesteld=False,
        ambitie="coproduceren",
        kaders_beinvloedingsruimte="groot",
        besluit={"door": "raad", "stukken_weken": 6},
    )
    advies = advies_voor(v)
    assert any(b.regel == "TREDE-KADERS-RAAD" for b in advies.bevindingen)
    (voor,) = [p for p in advies.planning if p.fase.value == "voorbereiden"]
    assert voor.uitleg is not None and voor.uitleg.sleutel == "FASE.kaders_raad"
    assert voor.eind is not None and "de kaders vast" in voor.toelichting
    # the raad's cycle (six weeks) plus two weeks to write them: no inwoner round before that
    eerste = min(
        p.start for p in advies.planning if p.fase.value in ("ophalen", "verdiepen") and p.start
    )
    assert eerste > voor.eind and (voor.eind - DATUM).days >= 7 * 8 - 7
    gesteld = advies_voor(maak(ambitie="coproduceren", kaders_beinvloedingsruimte="groot"))
    assert not any(p.uitleg and p.uitleg.sleutel == "FASE.kaders_raad" for p in gesteld.planning)


def test_the_options_are_published_after_a_trial_that_ends_before_the_papers() -> None:
    """Review 27 (Lindemeer): the options opened on 22 March, before the running trial ended on
    31 March; they build on how the trial went."""
    v = maak(
        kaders_open=[KEUZE],
        kaders_besluit_uiterlijk="2027-05-27",
        werkvormen=[
            {"id": "pilot", "status": "besloten", "van": "2026-07-01", "tot": "2027-03-31"}
        ],
    )
    (fase,) = _reactie(advies_voor(v, datum=date(2026, 11, 29)))
    assert fase.start is not None and fase.start > date(2027, 3, 31)
    # without the trial the piece is on the table earlier
    (eerder,) = _reactie(
        advies_voor(
            maak(kaders_open=[KEUZE], kaders_besluit_uiterlijk="2027-05-27"),
            datum=date(2026, 11, 29),
        )
    )
    assert eerder.start is not None and eerder.start < date(2027, 3, 31)

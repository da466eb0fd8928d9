"""Each open point on its own clock (review 27, worst error 1): what can only be worked out once
the place is chosen comes after the decision (rule PLAN-NA-BESLUIT), and the reaction round
takes its own weeks instead of running alongside the deeper round (rule PLAN-REACTIE)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from helpers import advies_voor, check_invariants, maak
from test_mix_regels import feiten

from pionieren.analysis.decision import decide
from pionieren.analysis.mix.plan import na_het_besluit, voor_te_leggen
from pionieren.analysis.result import Advies, PlanFase
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.vocabulary import Procesfase

PLEK = "Op welke van de twee zoeklocaties de JOP komt."
INRICHTING = "De inrichting van de JOP (zitplekken, verlichting)."
CONVENANT = "De gebruiksafspraken en tijden in het convenant."
EVALUATIE = "Hoe de proef wordt geëvalueerd."


def _case(naam: str) -> Vraagstuk:
    pad = Path(__file__).resolve().parents[1] / "cases" / f"{naam}.yaml"
    return load_vraagstuk(pad, pad.name)


def _later(v: Vraagstuk) -> list[str]:
    f = feiten(v)
    besluit, _ = decide(f)
    return na_het_besluit(f, besluit)


def _besluit(advies: Advies) -> date:
    (besluit,) = [p for p in advies.planning if p.fase is Procesfase.besluit]
    assert besluit.eind is not None
    return besluit.eind


def _fase(advies: Advies, fase: Procesfase) -> list[PlanFase]:
    return [p for p in advies.planning if p.fase is fase]


# ------------------------------------------------------------------------ the points


def test_the_design_and_agreements_of_a_place_wait_for_the_choice_of_the_place() -> None:
    v = maak(kaders_open=[PLEK, INRICHTING, CONVENANT, EVALUATIE])
    assert _later(v) == [INRICHTING, CONVENANT]
    # other wordings of the same choice
    for keuze in (
        "De keuze tussen de twee locaties voor het trapveld.",
        "De locatiekeuze voor het nieuwe buurthuis.",
        "Welke locatie het nieuwe zwembad krijgt en waar het komt.",
    ):
        assert _later(maak(kaders_open=[keuze, "Het ontwerp van het gebouw."])) == [
            "Het ontwerp van het gebouw."
        ]


def test_without_a_choice_of_place_nothing_waits() -> None:
    # places that each get something, the research of search locations, the layout of a site
    for plek in (
        "Welke plekken een vuurwerkvrije zone worden.",
        "De eisen aan een derde locatie en welke zoeklocaties verder worden onderzocht.",
        "Waar de in- en uitrit en het parkeren komen.",
        "Op welke tijden de jongerenplek open is.",
    ):
        assert _later(maak(kaders_open=[plek, "Het beheer van de bestaande locaties."])) == []
    # a point that is itself the choice of the place does not wait for itself
    assert _later(maak(kaders_open=["De locatiekeuze en de inrichting van het veld."])) == []
    # a decision already taken: there is no later decision to wait for
    assert _later(maak(kaders_open=[PLEK, INRICHTING], kaders_besluit_al_genomen=True)) == []


def test_the_field_na_besluit_says_it_either_way() -> None:
    v = maak(
        kaders_open=[
            PLEK,
            {"onderwerp": INRICHTING, "na_besluit": False},
            {"onderwerp": "De openingstijden.", "na_besluit": True},
        ]
    )
    assert _later(v) == ["De openingstijden."]
    # and the point that waits is not laid on the table before the decision
    f = feiten(v)
    besluit, _ = decide(f)
    from test_mix_onderwerp import punt

    from pionieren.vocabulary import Trede

    tijden = punt("De openingstijden.", Trede.adviseren)
    assert voor_te_leggen(f, besluit, [tijden], ["De openingstijden."]) == []


def test_old_files_stay_valid_and_the_field_is_strict() -> None:
    assert maak(kaders_open=[PLEK]).kaders.open[0].na_besluit is None
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        maak(kaders_open=[{"onderwerp": PLEK, "na_besluit": "ja"}])


# ------------------------------------------------------------------------ the plan


def test_jop_designs_and_agrees_after_the_college_chose_the_place() -> None:
    """Review 27, case 2: the young people chose the design and the convenant was closed before
    the college chose where the JOP comes."""
    v = _case("jop-de-kolk")
    advies = advies_voor(v, datum=date(2026, 11, 15))  # three weeks to adopt the plan and invite
    check_invariants(v, advies)
    besluit = _besluit(advies)
    fase = {m.werkvorm: m for m in advies.mix}
    m = fase["afsprakentafel"]
    assert m.fase is Procesfase.uitwerken
    assert m.start is not None and m.start > besluit
    assert m.eind is not None and m.eind < date(2027, 4, 1)  # before the trial starts
    # review 31: the layout must be bought and placed by 1 April; there is room before the
    # decision, so the young people choose it then and the decision holds it (PLAN-LEVERTIJD)
    m = fase["keuze-uit-ontwerpen"]
    assert m.eind is not None and m.eind < besluit
    # what also carries the choice of the place stays before the decision
    voor = [m for m in advies.mix if PLEK.rstrip(".") in " ".join(m.onderwerpen)]
    assert voor and all(m.eind is not None and m.eind < besluit for m in voor)
    (uitwerken,) = _fase(advies, Procesfase.uitwerken)
    assert set(uitwerken.werkvormen) == {"afsprakentafel"}
    assert "PLAN-NA-BESLUIT" in advies.regels_toegepast


def test_the_elaboration_ends_before_the_works_or_says_it_does_not_fit() -> None:
    jop = _case("jop-de-kolk")

    def met_start(van: date | None) -> Advies:
        kaders = jop.kaders.model_copy(update={"uitvoering_van": van, "uitvoering_tot": None})
        return advies_voor(jop.model_copy(update={"kaders": kaders}), datum=date(2026, 11, 22))

    # no start of the works: within twelve working weeks of the decision
    for advies in (met_start(None), met_start(date(2027, 12, 1))):
        (uitwerken,) = _fase(advies, Procesfase.uitwerken)
        assert uitwerken.start is not None and uitwerken.eind is not None
        assert uitwerken.start > _besluit(advies)
        assert uitwerken.eind - uitwerken.start <= 14 * timedelta(days=7)
        assert not any(b.regel == "PLAN-NA-BESLUIT" for b in advies.bevindingen)
    # the works start a week after the decision: said, not hidden
    krap = met_start(date(2027, 3, 3))
    (melding,) = [b for b in krap.bevindingen if b.regel == "PLAN-NA-BESLUIT"]
    assert melding.waarden["nodig"] > melding.waarden["beschikbaar"]
    assert "Besluit eerder, of begin later met de uitvoering" in melding.tekst


# ------------------------------------------------------------------------ no overlap


def _overlapt(a: PlanFase, b: PlanFase) -> bool:
    assert a.start and a.eind and b.start and b.eind
    return a.start <= b.eind and b.start <= a.eind


def test_the_reaction_round_does_not_run_alongside_the_deeper_round() -> None:
    """Review 27, case 2: the test round (11-22 January) overlapped the deeper round."""
    for naam in ("jop-de-kolk", "zwembaden-reggedal", "wateroverlast-componistenbuurt"):
        advies = advies_voor(_case(naam), datum=date(2026, 11, 29))
        reactie = [p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie"]
        verdiepen = [
            p
            for p in _fase(advies, Procesfase.verdiepen)
            if not set(p.werkvormen) & {"pilot", "burgerberaad", "burgerjury"}
        ]
        for r in reactie:
            assert not any(_overlapt(r, d) for d in verdiepen), naam
    # the JOP has no weeks for it after the deeper round: that is said, not overlapped
    jop = advies_voor(_case("jop-de-kolk"), datum=date(2026, 11, 29))
    assert any(b.regel == "PLAN-REACTIE" for b in jop.bevindingen)


# ------------------------------------------------------------------------ the raad's meetings


def test_a_binding_advice_of_the_raad_is_given_in_dated_meetings() -> None:
    """Art. 16.15a Omgevingswet: the raad advises in a meeting, first on the draft decision,
    then definitively after the zienswijzen; the plan dates both moments."""
    v = _case("arbeidsmigranten-hoeve")
    advies = advies_voor(v, datum=date(2026, 11, 29))
    (besluit,) = _fase(advies, Procesfase.besluit)
    (inzage,) = [p for p in advies.planning if "zienswijze" in p.werkvormen]
    assert inzage.start is not None and inzage.eind is not None and besluit.eind is not None
    w = besluit.uitleg.waarden
    assert w["ontwerpadvies"] == inzage.start.isoformat()
    # after the term and the summer recess, two weeks before the college decides
    assert date.fromisoformat(w["advies_van"]) > inzage.eind
    assert date.fromisoformat(w["advies_van"]) >= date(2027, 9, 1)
    assert w["advies_tot"] == (besluit.eind - timedelta(days=14)).isoformat()
    assert "raadsvergadering vóór" in besluit.toelichting
    assert "raadsvergadering tussen" in besluit.toelichting
    # without a binding advice the raad has no meeting on it
    assert v.besluit is not None
    zonder = v.model_copy(
        update={"besluit": v.besluit.model_copy(update={"raad_bindend_advies": False})}
    )
    (b,) = _fase(advies_voor(zonder, datum=date(2026, 11, 29)), Procesfase.besluit)
    assert "raadsvergadering" not in b.toelichting


def test_the_piece_on_a_point_after_the_decision_lies_open_in_its_elaboration() -> None:
    """A choice that waits for the decision gets its reaction round after it, within the
    elaboration; the one before the decision no longer names it."""
    from pionieren.input.model import Onderwerp
    from pionieren.text import vraagvorm

    jop = _case("jop-de-kolk")
    later = "Welk van de twee ontwerpen voor de overkapping er komt."
    extra = Onderwerp(onderwerp=later, ruimte="middel", na_besluit=True)
    kaders = jop.kaders.model_copy(update={"open": [*jop.kaders.open, extra]})
    advies = advies_voor(jop.model_copy(update={"kaders": kaders}), datum=date(2026, 11, 29))
    (uitwerken,) = _fase(advies, Procesfase.uitwerken)
    reacties = [p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie"]
    kern = vraagvorm(later)  # the round names the point in a sentence: "de vraag welk …"
    (reactie,) = [p for p in reacties if kern in p.toelichting]
    assert uitwerken.start and uitwerken.eind and reactie.start and reactie.eind
    assert uitwerken.start < reactie.start and reactie.eind < uitwerken.eind
    assert reactie.start > _besluit(advies)
    voor = [b for b in advies.bevindingen if b.regel == "PLAN-REACTIE"]
    assert all(later.rstrip(".") not in b.tekst for b in voor)


def test_a_point_with_its_own_later_decision_is_worked_out_by_its_papers() -> None:
    """Review 27, worst error 1: a point decided later (the college's plan after the raad's
    regulation) gets its own timeline after the main decision, ending by its own papers."""
    v = maak(
        kaders_open=[
            "De hoogte van het tarief.",
            {"onderwerp": "Welke maatregelen in het uitvoeringsplan komen.", "ruimte": "groot"},
        ],
        kaders_besluit_uiterlijk="2027-06-30",
    )
    assert _later(v) == []
    eigen = date(2027, 10, 15)
    open_ = [
        "De hoogte van het tarief.",
        {
            "onderwerp": "Welke maatregelen in het uitvoeringsplan komen.",
            "ruimte": "groot",
            "uiterlijk": eigen.isoformat(),
        },
    ]
    later = maak(kaders_open=open_, kaders_besluit_uiterlijk="2027-06-30")
    assert _later(later) == ["Welke maatregelen in het uitvoeringsplan komen."]
    # the JOP's design decided on its own date: done by its papers (two weeks before it;
    # a week earlier than the golden date, for the three weeks to adopt the plan and invite)
    jop = _case("jop-de-kolk")
    for eigen, past in ((date(2027, 4, 23), True), (date(2027, 3, 12), False)):
        o = [
            p.model_copy(update={"uiterlijk": eigen}) if p.onderwerp.startswith("De inr") else p
            for p in jop.kaders.open
        ]
        # (without a start of the works, which would be the earlier limit)
        kaders = jop.kaders.model_copy(
            update={"open": o, "uitvoering_van": None, "uitvoering_tot": None}
        )
        advies = advies_voor(jop.model_copy(update={"kaders": kaders}), datum=date(2026, 11, 22))
        (u,) = _fase(advies, Procesfase.uitwerken)
        meldingen = [b for b in advies.bevindingen if b.regel == "PLAN-NA-BESLUIT"]
        assert u.eind is not None
        if past:
            assert u.eind < eigen - timedelta(days=14) and not meldingen
        else:
            (m,) = meldingen
            assert m.waarden["eigen"] and "het eigen besluit" in m.tekst
    # an own date before the main decision does not move the point
    eerder = [open_[0], {**open_[1], "uiterlijk": "2027-03-01"}]  # type: ignore[dict-item]
    assert _later(maak(kaders_open=eerder, kaders_besluit_uiterlijk="2027-06-30")) == []


def test_heikamp_the_joint_fact_finding_runs_before_the_decision() -> None:
    """Review 43d: the joint fact-finding the neighbours asked for was planned 'Uitwerken na het
    besluit (27 maart – 23 juni 2028)', while its own text said its outcome must be public before
    the zienswijze round. A fact-finding that serves the decision runs before it."""
    pad = Path(__file__).resolve().parents[1] / "cases" / "windpark-heikamp-peelhoven.yaml"
    v = load_vraagstuk(pad, pad.name)
    advies = advies_voor(v, datum=date(2026, 11, 30))
    (jff,) = [p for p in advies.planning if "joint-fact-finding" in p.werkvormen]
    assert jff.fase is not Procesfase.uitwerken
    zienswijze = [p for p in advies.planning if "zienswijze" in p.werkvormen]
    assert zienswijze and jff.eind is not None
    assert all(z.start is not None and jff.eind < z.start for z in zienswijze)

"""Review 64a (funderingsherstel): the agreement with each household under a regeling.

- Each owner's own choice under a regeling that the decision sets (a verordening, a
  subsidieregeling) comes after that decision (rule PLAN-NA-BESLUIT), and the talks with an
  agreement per household are the service of that regeling: paid by its execution, not by the
  participation budget (``uitvoering_regeling``).
- Those talks carry no other point: a hard-to-reach group is asked about the other points in
  its own talk, not on the agreement about its house (rule MIX-INCLUSIE).
- Money of the participation budget that is already committed (``kaders.budget_vastgelegd``) is
  taken off before the design is fitted, and the report says so once.
- ``pionieren valideer`` hints at that field when a fixed point says it in words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pionieren.analysis.decision import decide
from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.plan import na_het_besluit
from pionieren.input.hints import budget_hints
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vastgelegd, Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise
from pionieren.vocabulary import Procedure

ROOT = Path(__file__).parents[2]
FUNDERING = ROOT / "tests" / "cases" / "blind63" / "funderingsherstel-kronenveen.yaml"
DATUM = date(2026, 12, 1)


def _case(**kaders: object) -> Vraagstuk:
    v = load_vraagstuk(FUNDERING)
    return v.model_copy(update={"kaders": v.kaders.model_copy(update=kaders)})


def _met_procedure(v: Vraagstuk, procedure: Procedure) -> Vraagstuk:
    assert v.besluit is not None
    return v.model_copy(update={"besluit": v.besluit.model_copy(update={"procedure": procedure})})


def _eigen(v: Vraagstuk) -> str:
    return next(p.onderwerp for p in v.kaders.open if p.eigen_bezit)


def _later(v: Vraagstuk) -> list[str]:
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    besluit, _ = decide(f)
    return na_het_besluit(f, besluit)


def test_eigen_keuze_onder_een_regeling_komt_na_het_besluit() -> None:
    v = _case()
    assert _eigen(v) in _later(v)
    assert _eigen(v) in _later(_met_procedure(v, Procedure.subsidie))


@pytest.mark.parametrize("procedure", [Procedure.uitvoering, Procedure.beleid])
def test_zonder_regeling_geen_afleiding(procedure: Procedure) -> None:
    # a works plan or a policy: the talk about each house may belong before the decision
    v = _met_procedure(_case(), procedure)
    assert _eigen(v) not in _later(v)


def test_het_vraagstuk_beslist_zelf() -> None:
    v = _case()
    open_ = [
        p.model_copy(update={"na_besluit": False}) if p.eigen_bezit else p for p in v.kaders.open
    ]
    v = v.model_copy(update={"kaders": v.kaders.model_copy(update={"open": open_})})
    assert _eigen(v) not in _later(v)


def test_afspraak_per_huishouden_na_het_besluit_en_uit_de_uitvoering() -> None:
    r = advise(FUNDERING, datum=DATUM, formaat="json")
    a = r.advies
    besluit = r.vraagstuk.kaders.besluit_uiterlijk
    assert besluit is not None
    afspraak = next(m for m in a.mix if m.werkvorm == "afspraak-per-huishouden")
    assert afspraak.betaald_door == "project"
    # it carries only the owners' own choice (and what is worked out after the decision)
    eigen = {p.onderwerp for p in r.vraagstuk.kaders.open if p.eigen_bezit}
    later = {p.onderwerp for p in r.vraagstuk.kaders.open if p.uiterlijk and p.uiterlijk > besluit}
    assert set(afspraak.onderwerpen) & eigen
    assert set(afspraak.onderwerpen) <= eigen | later
    start = next(g.start for g in a.planning if "afspraak-per-huishouden" in g.werkvormen)
    assert start is not None and start >= besluit


def test_vastgelegd_geld_gaat_eerst_af() -> None:
    r = advise(FUNDERING, datum=DATUM, formaat="md")
    md = r.advies.middelen
    assert md.budget_vastgelegd_euro == 14000
    assert md.budget_euro == 32000 - 14000
    tekst = " ".join(r.tekst.split())
    assert "Van het budget van € 32.000 ligt € 14.000 al vast" in tekst
    assert tekst.count("ligt € 14.000 al vast") == 1


def test_zonder_vastgelegd_het_hele_budget() -> None:
    v = _case(budget_vastgelegd=[])
    r = advise(v, datum=DATUM, formaat="md")
    assert r.advies.middelen.budget_euro == 32000
    assert r.advies.middelen.budget_vastgelegd_euro == 0
    assert "al vast (" not in r.tekst


def test_meer_vastgelegd_dan_budget() -> None:
    v = _case(budget_vastgelegd=[Vastgelegd(wat="een adviseur", euro=40000)])
    r = advise(v, datum=DATUM, formaat="json")
    assert r.advies.middelen.budget_euro == 0


def test_tip_voor_vastgelegd_geld_in_woorden() -> None:
    v = _case(budget_vastgelegd=[])
    hints = budget_hints(v)
    assert [h.code for h in hints] == ["budget_vastgelegd"]
    assert "euro: 14000" in hints[0].melding
    assert budget_hints(_case()) == []
    zonder_bedrag = [t.replace("(14.000 van de 32.000 euro)", "") for t in v.kaders.vast]
    assert budget_hints(_case(budget_vastgelegd=[], vast=zonder_bedrag)) == []


def test_geen_tip_als_vastgelegd_al_ingevuld() -> None:
    """The analysis sees the case with the commitment filled in: no tip to fill it in, and the
    commitment is taken off once, also when the level is lowered for money."""
    r = advise(FUNDERING, datum=DATUM, formaat="md")
    assert "kaders.budget_vastgelegd" not in r.tekst
    assert r.advies.middelen.budget_euro == 32000 - 14000
    laag = _case(budget_euro=20000)
    r2 = advise(laag, datum=DATUM, formaat="json")
    assert r2.advies.middelen.budget_euro == 20000 - 14000
    assert r2.advies.middelen.budget_vastgelegd_euro == 14000

"""Review 64c (Hessenveld): 'omwonenden horen het als eersten, vóór de pers' is the same hard
order as 'eerst ... voordat het openbaar wordt': the personal step for those neighbours comes
before the first public step (rule PLAN-EERST-PERSOONLIJK)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.analysis import engine  # noqa: F401  (loads the planning modules in order)
from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning_persoonlijk import _in_de_tekst
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin

PAD = (
    Path(__file__).parents[2]
    / "tests"
    / "cases"
    / "review58"
    / "milieustraat-gemeentewerf-hessenveld.yaml"
)
BUREN = "Omwonenden van bedrijventerrein De Veldkamp in de wijk Veldzicht"


def _groepen(v: Vraagstuk) -> list[str]:
    return _in_de_tekst(Feiten(vraagstuk=v, kennis=builtin(), datum=date(2026, 12, 1)))


def _met_anders(tekst: str) -> Vraagstuk:
    v = load_vraagstuk(PAD)
    assert v.voorgeschiedenis is not None
    vg = v.voorgeschiedenis.model_copy(update={"wat_nu_anders": tekst})
    return v.model_copy(update={"voorgeschiedenis": vg})


def test_als_eersten_voor_de_pers() -> None:
    assert BUREN in _groepen(load_vraagstuk(PAD))


def test_eerst_voor_het_persbericht() -> None:
    v = _met_anders(
        "Nu krijgen de omwonenden van bedrijventerrein De Veldkamp eerst een brief, voor het persbericht."
    )
    assert BUREN in _groepen(v)


def test_zonder_volgorde_geen_groep() -> None:
    v = _met_anders(
        "Nu horen de omwonenden van bedrijventerrein De Veldkamp het tegelijk met de pers."
    )
    assert BUREN not in _groepen(v)

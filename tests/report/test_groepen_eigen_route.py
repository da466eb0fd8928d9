"""Review 55d (Beerzelo, fault 1): a step that reaches hard-to-reach groups each along its own
route names them all in the table, never 'X, Y en 2 andere groepen'."""

from __future__ import annotations

from pathlib import Path

from pionieren.pipeline import advise

CASUS = (
    Path(__file__).parents[1] / "cases" / "review53" / "leerlingenvervoer-verordening-beerzelo.yaml"
)


def _rijen(naam: str) -> list[str]:
    rapport = advise(CASUS, datum="2026-12-01").rapport
    tekst = rapport if isinstance(rapport, str) else rapport.decode()
    return [r for r in tekst.splitlines() if r.startswith("|") and f"| {naam} |" in r]


def test_groups_reached_each_by_their_own_route_are_all_named() -> None:
    (rij,) = _rijen("Gesprekken via sleutelfiguren en zelforganisaties")
    assert "andere groepen" not in rij
    assert "Ouders van leerlingen in het speciaal onderwijs" in rij

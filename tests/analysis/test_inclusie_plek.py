"""MIX-INCLUSIE: a route that names the group's own meeting place is a place for a talk
there (review 36, finding 2); MIX-AFWEGEN: in a divided case the initiator that asked for the
decision sits at the joint table (review 36, finding 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.analysis.mix.bereik import route_past
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.knowledge.load import builtin

ROOT = Path(__file__).resolve().parents[2]
W = {w.id: w for w in builtin().werkvormen}
STRAAT = "Indische en Molukse gemeenschap in Oostervaart"


def _groep(naam: str, **extra: Any) -> Belanghebbende:
    return Belanghebbende(
        naam=naam,
        soort="inwoners",
        invloed="laag",
        belang="hoog",
        kenmerken=["migratieachtergrond", "ouderen"],
        **extra,
    )


def _straatnaam() -> Vraagstuk:
    return load_vraagstuk(ROOT / "tests" / "cases" / "straatnaam-van-rheestlaan.yaml")


def test_a_route_to_the_groups_own_place_is_a_place_for_a_talk() -> None:
    kerk = _groep("Molukse gemeenschap", via="de Molukse kerk en de Indische soos")
    assert route_past(W["eigen-vergadering"], kerk)
    # a visit at the place, not a survey handed out there
    assert not route_past(W["enquete"], kerk)
    # a body that speaks for them, or no route: no place of their own
    raad = _groep("Cliënten", via="de cliëntenraad van de zorggroep")
    assert not route_past(W["eigen-vergadering"], raad)
    zonder = _groep("Molukse gemeenschap")
    assert not any(route_past(w, zonder) for w in W.values())
    organisatie = Belanghebbende(
        naam="Stichting",
        soort="maatschappelijke_organisatie",
        invloed="laag",
        belang="hoog",
        via="het buurthuis",
    )
    assert not route_past(W["eigen-vergadering"], organisatie)


def test_the_community_is_visited_at_its_church_and_soos_not_only_surveyed() -> None:
    advies = advies_voor(_straatnaam())
    vormen = [m.werkvorm for m in advies.mix if STRAAT in m.voor]
    assert "eigen-vergadering" in vormen
    taal = " ".join(m.waarom for m in advies.mix if STRAAT in m.waarom)
    assert "Vertaal" not in taal and "tolk" not in taal
    # without the route the visit is not given to them
    data = _straatnaam().model_dump(mode="json", exclude_none=True)
    for p in data["belanghebbenden"]:
        if p["naam"] == STRAAT:
            del p["via"]
    zonder = advies_voor(Vraagstuk.model_validate(data))
    assert "eigen-vergadering" not in [m.werkvorm for m in zonder.mix if STRAAT in m.voor]


def test_in_a_divided_case_the_asker_meets_the_others_with_an_independent_chair() -> None:
    advies = advies_voor(_straatnaam())
    werkgroep = "Werkgroep Gedeeld Verleden"
    samen = [m for m in advies.mix if werkgroep in m.voor and m.werkvorm != "terugkoppeling"]
    assert samen, "the werkgroep asked for the decision and sits in no werkvorm"
    tegen = "Bewoners van de Generaal Van Rheestlaan"
    assert any(tegen in m.voor and "onafhankelijke gespreksleider" in m.waarom for m in samen)
    # the opponents are first spoken with on their own
    assert any(m.voor == [tegen] for m in advies.mix)


def test_below_polarisation_four_the_initiator_runs_its_own_conversation() -> None:
    data = _straatnaam().model_dump(mode="json", exclude_none=True)
    data["polarisatie"] = 3
    advies = advies_voor(Vraagstuk.model_validate(data))
    vormen = [m.werkvorm for m in advies.mix if "Werkgroep Gedeeld Verleden" in m.voor]
    assert vormen in ([], ["terugkoppeling"])  # it hears back what was done with it


def test_a_visit_chosen_to_reach_a_group_does_not_carry_a_point_for_all() -> None:
    """Side effect of the visit: in Zoutekerke the elderly and the young are visited at the
    koffieochtend and the jeugdsoos; the points for the whole village (where beach visitors
    park, where to build) stay with the dorpsplan that all inwoners make, not that visit."""
    advies = advies_voor(load_vraagstuk(ROOT / "tests" / "cases" / "dorpsplan-zoutekerke.yaml"))
    bezoek = [k for k in advies.mix if k.werkvorm == "eigen-vergadering"]
    assert bezoek, "the visit itself stays: it reaches the two groups"
    assert all(not k.onderwerpen for k in bezoek)
    plan = next(k for k in advies.mix if k.werkvorm == "dorpsplan")
    assert any("strandgasten" in o for o in plan.onderwerpen)

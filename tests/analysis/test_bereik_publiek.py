"""Whom a form is for (review 50): a crowd named in the singular is people, not one body; an
association whose route is its own members' meeting meets; a street name is no gathering place;
a meeting the case names itself keeps its own audience."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pionieren.analysis.mix.bereik import (
    georganiseerd,
    kan_voor,
    mensen,
    soort_van,
    vergadert,
)
from pionieren.analysis.mix.budget import ter_plekke
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import SoortBelanghebbende

W = {w.id: w for w in builtin().werkvormen}
ROOT = Path(__file__).resolve().parents[2]


def _partij(naam: str, **extra: Any) -> Belanghebbende:
    velden: dict[str, Any] = {"soort": "inwoners", "invloed": "laag", "belang": "hoog"}
    velden.update(extra)
    return Belanghebbende(naam=naam, **velden)


def test_a_crowd_named_in_the_singular_is_people_not_a_body() -> None:
    publiek = _partij(
        "Uitgaanspubliek",
        soort="anders",
        meervoud=False,
        kenmerken=["jongeren", "bezoekers"],
        aantal=4000,
        bereikbaarheid="moeilijk",
        via="de portiers en de sociale media van de clubs",
    )
    assert mensen(publiek) and soort_van(publiek) is SoortBelanghebbende.inwoners
    assert not georganiseerd(publiek)
    # a talk between partner organisations does not reach 4,000 young visitors; the street does
    assert not kan_voor(W["partneroverleg"], publiek)
    assert kan_voor(W["straatinterviews"], publiek)
    # one company or authority of kind 'anders' stays one body
    politie = _partij("Politie basisteam", soort="anders", meervoud=False)
    assert not mensen(politie) and georganiseerd(politie)
    assert kan_voor(W["partneroverleg"], politie)


def test_an_association_whose_route_is_its_members_meeting_meets() -> None:
    khn = _partij(
        "Koninklijke Horeca Nederland, afdeling Maasbergen",
        soort="ondernemers",
        meervoud=False,
        via="het bestuur en de ledenvergadering in januari",
    )
    assert vergadert(khn)
    zonder = _partij(
        "Horecabedrijf De Kroon", soort="ondernemers", meervoud=False, via="de eigenaar"
    )
    assert not vergadert(zonder)


def test_a_street_name_is_no_gathering_place() -> None:
    bezoek = W["eigen-vergadering"]
    straat = _partij("Bewoners van de Kerkstraat en de Markt", via="een brief en de wijkagent")
    assert not ter_plekke(bezoek, straat)
    # a group named after where it gathers still is met there
    soos = _partij("Bezoekers van de soos", via="de beheerder van de soos")
    assert ter_plekke(bezoek, soos)


def test_a_meeting_the_case_names_keeps_its_own_audience() -> None:
    """An association's own meeting (`eigen-vergadering` proposed by that association) is for
    the association, not for the residents the budget moved to visits of their own."""
    from datetime import date

    from pionieren.analysis.engine import analyse
    from pionieren.input.load import load_vraagstuk

    pad = ROOT / "tests" / "cases" / "buurtbus-kreekdorpen-schelderode.yaml"
    if not pad.exists():
        pad = ROOT / "tests" / "cases" / "beoordeling" / "buurtbus-kreekdorpen-schelderode.yaml"
    advies = analyse(load_vraagstuk(pad), builtin(), date(2026, 12, 1))
    eigen = [m for m in advies.mix if m.werkvorm == "eigen-vergadering" and m.genoemd]
    assert eigen
    for m in eigen:
        assert "Dorpsraden van Brouwershoek, Sint-Annadijk, Zoutelinge en Kapelledorp" not in m.voor

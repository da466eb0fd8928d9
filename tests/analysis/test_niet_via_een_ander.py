"""Another party's own form reaches only the groups whose route runs through it (review 46a,
Lindenoord): not a group named for not belonging to such a body, and not the neighbours the
case visits at home, which the gemeente does; groups reached through the party stay."""

from __future__ import annotations

from typing import Any

from helpers import DATUM, maak, partij

from pionieren.analysis.engine import analyse
from pionieren.analysis.mix.bereik import eigen_publiek, niet_via
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin

W = {w.id: w for w in builtin().werkvormen}


def _partij(naam: str, **extra: Any) -> Belanghebbende:
    return partij(naam, **extra)


STICHTING = _partij(
    "Stichting Samenwerkende Moskeeën Oord",
    soort="maatschappelijke_organisatie",
    invloed="hoog",
    initiatiefnemer=True,
    meervoud=False,
    via="de besturen van de drie moskeeën, na het vrijdaggebed",
)
LEDEN = _partij(
    "Moslims in Oord",
    kenmerken=["migratieachtergrond"],
    bereikbaarheid="matig",
    aantal=6500,
    via="de moskeeën en de vrouwengroepen",
)
BUITEN = _partij(
    "Moslims die niet bij een moskee horen",
    kenmerken=["jongeren", "migratieachtergrond"],
    bereikbaarheid="moeilijk",
    aantal=1200,
    via="VluchtelingenWerk, de studentenvereniging en sleutelfiguren",
)
BUREN = _partij(
    "Bewoners van de Esweg",
    invloed="middel",
    kenmerken=["ouderen"],
    aantal=14,
    via="een bezoek aan huis vóór de plekken openbaar worden",
)


def test_the_partys_own_forms_reach_its_members_not_those_outside_or_the_neighbours() -> None:
    vergadering, thuis = W["eigen-vergadering"], W["keukentafelgesprek"]
    assert not niet_via(LEDEN, STICHTING, vergadering)
    assert niet_via(BUITEN, STICHTING, vergadering)
    assert niet_via(BUREN, STICHTING, thuis, besloten=False)
    # a visit the party already committed to keeps the households it visits
    assert not niet_via(BUREN, STICHTING, thuis)
    assert not niet_via(LEDEN, STICHTING, thuis)
    # an open form of the party stays open to those outside it
    assert not niet_via(BUITEN, STICHTING, W["buurtactiviteit"])
    # a route that names the party runs through it, whatever the group is called
    genoemd = _partij(
        "Jongeren die niet bij een moskee horen",
        via="de jongerenwerker van Stichting Samenwerkende Moskeeën Oord",
    )
    assert not niet_via(genoemd, STICHTING, vergadering)


def test_a_visit_at_home_by_the_initiator_is_not_for_the_neighbours() -> None:
    partijen = [STICHTING, BUREN]
    assert eigen_publiek(partijen, W["keukentafelgesprek"], STICHTING.naam, besloten=False) == []
    # the gemeente's own visit is
    assert eigen_publiek(partijen, W["keukentafelgesprek"], "college") == [BUREN]


def _tabel(advies: Any) -> dict[str, list[str]]:
    return {m.werkvorm: list(m.voor) for m in advies.mix}


def test_the_mosques_meeting_and_talks_do_not_serve_outsiders_or_neighbours() -> None:
    v = maak(
        omschrijving="Een islamitisch vak op de begraafplaats, met graven voor onbepaalde tijd.",
        belanghebbenden=[
            p.model_dump(exclude_none=True) for p in (STICHTING, LEDEN, BUITEN, BUREN)
        ],
        werkvormen=[
            {"id": "eigen-vergadering", "status": "besloten", "door": STICHTING.naam},
            {"id": "keukentafelgesprek", "status": "voorgesteld", "door": STICHTING.naam},
        ],
    )
    voor = _tabel(analyse(v, builtin(), DATUM))
    assert LEDEN.naam in voor["eigen-vergadering"]
    assert BUITEN.naam not in voor["eigen-vergadering"]
    assert BUREN.naam not in voor.get("keukentafelgesprek", [])
    # the group outside the mosques still gets a form of its own
    assert any(BUITEN.naam in namen for namen in voor.values())


def test_a_place_outside_the_area_is_no_group_outside_the_party() -> None:
    ver = _partij("Inwoners van Oord buiten de directe omgeving", via="de dorpskrant")
    clubloos = _partij("Jongeren die buiten de clubs sporten", via="het trapveld")
    assert not niet_via(ver, STICHTING, W["eigen-vergadering"])
    assert niet_via(clubloos, STICHTING, W["eigen-vergadering"])

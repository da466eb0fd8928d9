"""The case's own werkvorm keeps its audience (review 45a): a group is at a werkvorm of the case
when its own route (via) runs through it, or through the organisation that proposed it; a
party's own meeting is for that party, not for the groups reached via a mosque or a school. A
form made for one domain, named in a case of another, cites no source from its own domain."""

from __future__ import annotations

from typing import Any

from helpers import DATUM, maak, partij

from pionieren.analysis.engine import analyse
from pionieren.analysis.mix.bereik import eigen_publiek
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin

W = {w.id: w for w in builtin().werkvormen}


def _groep(naam: str, **extra: Any) -> Belanghebbende:
    return partij(naam, **extra)


EIGENAREN = _groep(
    "Eigenaren van de panden",
    houding="tegen",
    aantal=31,
    via="een brief en daarna een bezoek aan huis",
)
HUURDERS = _groep(
    "Huurders aan de Kerkstraat",
    bereikbaarheid="moeilijk",
    kenmerken=["ouderen"],
    via="de bewonerscommissie en de huismeester",
)
INWONERS = _groep("Inwoners van de kernen", belang="middel")


def test_a_visit_at_home_is_for_the_group_whose_route_is_that_visit() -> None:
    partijen = [EIGENAREN, HUURDERS, INWONERS]
    assert eigen_publiek(partijen, W["advies-aan-huis"], "college") == [EIGENAREN]
    # without such a route the case does not say: the design chooses as for any form
    assert eigen_publiek([HUURDERS, INWONERS], W["advies-aan-huis"], "college") == []


def test_a_form_proposed_by_the_youth_work_is_for_who_is_reached_via_the_youth_work() -> None:
    welzijn = _groep("Welzijn Oord (jongerenwerk)", soort="maatschappelijke_organisatie")
    jongeren = _groep(
        "Jongeren van 12 tot 16 jaar",
        kenmerken=["jongeren"],
        bereikbaarheid="moeilijk",
        via="het jongerenwerk en het pannaveld",
    )
    ouders = _groep("Ouders van jonge kinderen", via="het consultatiebureau")
    publiek = eigen_publiek([welzijn, jongeren, ouders], W["plekken-op-de-kaart"], welzijn.naam)
    assert publiek == [jongeren]


def test_a_village_councils_own_meeting_does_not_reach_the_flats_via_the_mosque() -> None:
    raden = _groep(
        "Dorpsraden van Oord en Veld", soort="maatschappelijke_organisatie", invloed="middel"
    )
    flats = _groep(
        "Gezinnen in de flats",
        bereikbaarheid="moeilijk",
        kenmerken=["migratieachtergrond"],
        via="het taalcafé, de moskee en de huismeester",
    )
    assert eigen_publiek([raden, flats], W["eigen-vergadering"], raden.naam) == [raden]


def test_the_named_visit_goes_to_the_owners_without_a_source_from_rainwater() -> None:
    v = maak(
        omschrijving="Welke panden worden gemeentelijk monument? Eigenaren praten mee.",
        belanghebbenden=[p.model_dump(exclude_none=True) for p in (EIGENAREN, HUURDERS, INWONERS)],
        werkvormen=[{"id": "advies-aan-huis", "status": "besloten", "door": "college"}],
    )
    advies = analyse(v, builtin(), DATUM)
    bezoek = next(m for m in advies.mix if m.werkvorm == "advies-aan-huis")
    assert bezoek.voor == [EIGENAREN.naam]
    # the form's pitfalls (and with them the afkoppelcoach source) are for rainwater only
    assert bezoek.valkuilen == []
    assert not any("afkoppel" in o.casefold() or "klussen" in o for o in bezoek.onderdelen)


def test_the_village_councils_meeting_is_no_way_in_for_children_via_their_schools() -> None:
    raden = {
        "naam": "Dorpsraden van Oord en Veld",
        "soort": "maatschappelijke_organisatie",
        "invloed": "middel",
        "belang": "hoog",
    }
    kinderen = {
        "naam": "Kinderen van 4 tot 12 jaar",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "kenmerken": ["kinderen"],
        "bereikbaarheid": "moeilijk",
        "via": "de basisscholen en de jeugdclubs van de sportverenigingen",
    }
    v = maak(
        omschrijving="Welke speelplekken blijven er in elk dorp? Dorpsraden en kinderen praten mee.",
        belanghebbenden=[raden, kinderen],
        werkvormen=[{"id": "eigen-vergadering", "status": "voorgesteld", "door": raden["naam"]}],
    )
    advies = analyse(v, builtin(), DATUM)
    vergadering = next(m for m in advies.mix if m.werkvorm == "eigen-vergadering")
    assert vergadering.voor == [raden["naam"]]
    # the children have a place of their own before the decision
    assert any(kinderen["naam"] in m.voor for m in advies.mix if m.werkvorm != "eigen-vergadering")

"""A group's route and traits are hard limits on the werkvorm (review 53a, worst fault 1): who
must stay unknown is never sought out in the street, at home or at a meeting; who lives
elsewhere gets no door-to-door round in the gemeente; who lives scattered in the buitengebied
is not met in the street; a route the case names replaces a stock place like the school gate."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATUM, ONTWIKKELCASUSSEN, moeilijke_groep, rapport_gegevens

from pionieren.analysis.mix.bereik import (
    anoniem,
    bedient,
    bereikt,
    noemt_plek,
    woont_elders,
    woont_verspreid,
)
from pionieren.analysis.stakeholders import drempels
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Kenmerk

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
ALLE = ONTWIKKELCASUSSEN
CATALOGUS = {w.id: w for w in builtin().werkvormen}
RAVENSTEDE = CASES / "review53" / "demonstraties-kliniek-ravenstede.yaml"
HUNSEWOLD = CASES / "review53" / "brandweerpost-dekkingsplan-hunsewold.yaml"
BEERZELO = CASES / "review53" / "leerlingenvervoer-verordening-beerzelo.yaml"


_inwoners = moeilijke_groep


@pytest.mark.parametrize(
    ("naam", "via", "verwacht"),
    [
        ("Bezoeksters van de kliniek", "de maatschappelijk werkers, na afloop, zonder naam", True),
        ("Slachtoffers van huiselijk geweld", "de opvang, anoniem", True),
        ("Bezoekers van de markt", "de marktmeester", False),
        ("Inwoners zonder auto", None, False),
    ],
)
def test_who_must_stay_unknown(naam: str, via: str | None, verwacht: bool) -> None:
    assert anoniem(_inwoners(naam, via)) is verwacht


@pytest.mark.parametrize(
    ("naam", "verwacht"),
    [
        ("Demonstranten van buiten de gemeente", True),
        ("Bezoekers uit het hele land", True),
        ("Demonstranten uit de wijk", False),
    ],
)
def test_who_comes_from_outside_the_gemeente_lives_elsewhere(naam: str, verwacht: bool) -> None:
    assert woont_elders(_inwoners(naam)) is verwacht


@pytest.mark.parametrize(
    ("naam", "verwacht"),
    [
        ("Alleenwonende ouderen in het buitengebied", True),
        ("Boeren op verspreide erven", True),
        ("Inwoners van het dorp", False),
    ],
)
def test_who_lives_scattered(naam: str, verwacht: bool) -> None:
    assert woont_verspreid(_inwoners(naam)) is verwacht


def test_no_street_home_or_meeting_for_who_must_stay_unknown() -> None:
    groep = _inwoners("Bezoeksters van de kliniek", "de kliniek, zonder naam").model_copy(
        update={"kenmerken": [Kenmerk.bezoekers]}
    )
    for id_ in ("straatinterviews", "huis-aan-huis", "focusgroep", "inloopavond"):
        assert not bedient(CATALOGUS[id_], groep), id_


def test_no_door_to_door_for_who_lives_elsewhere() -> None:
    assert not bedient(CATALOGUS["huis-aan-huis"], _inwoners("Demonstranten van buiten de stad"))
    assert bedient(CATALOGUS["huis-aan-huis"], _inwoners("Bewoners aan de Kanaalweg"))


def test_a_named_route_replaces_the_school_gate() -> None:
    ouders = _inwoners("Ouders die weinig Nederlands spreken")
    assert "ouders" in drempels(ouders)
    met_route = ouders.model_copy(update={"via": "het schoolmaatschappelijk werk, met een tolk"})
    assert "ouders" not in drempels(met_route)


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_no_form_a_groups_traits_rule_out(pad: Path) -> None:
    """Property over all development cases: no step is for a group whose traits rule its form
    out (unknown people: no street, home or meeting; who lives elsewhere: no door-to-door; who
    lives elsewhere or scattered: no talk in the street, unless the route names the place)."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    groepen = {p.naam: p for p in v.belanghebbenden}
    for m in advies.mix:
        w = CATALOGUS.get(m.werkvorm)
        if w is None:
            continue
        for n in m.voor:
            p = groepen.get(n)
            if p is None:
                continue
            if anoniem(p):
                assert not (w.ter_plekke or w.adres_nodig or w.bijeenkomst), (pad.stem, w.id, n)
            if w.adres_nodig or w.woonbuurt:
                # no door-to-door round, no spreekuur or buurtmiddag for who lives elsewhere
                assert not woont_elders(p), (pad.stem, w.id, n)
            if w.ter_plekke and not noemt_plek(w, p.via or ""):
                assert not (woont_elders(p) or woont_verspreid(p)), (pad.stem, w.id, n)


def test_ravenstede_visitors_are_asked_only_through_the_clinic() -> None:
    advies, _, _ = rapport_gegevens(RAVENSTEDE, DATUM)
    bezoeksters = "Bezoeksters van de kliniek en hun begeleiders"
    for m in advies.mix:
        if bezoeksters in m.voor:
            assert m.werkvorm not in ("straatinterviews", "huis-aan-huis", "eigen-vergadering")
        if "Demonstranten van buiten de gemeente" in m.voor:
            assert m.werkvorm != "huis-aan-huis"


def test_hunsewold_scattered_elderly_not_in_the_street() -> None:
    advies, _, _ = rapport_gegevens(HUNSEWOLD, DATUM)
    straat = [m for m in advies.mix if m.werkvorm == "straatinterviews"]
    assert all("Alleenwonende ouderen in het buitengebied" not in m.voor for m in straat)


def test_beerzelo_parents_with_their_own_route_not_at_the_school_gate() -> None:
    advies, _, _ = rapport_gegevens(BEERZELO, DATUM)
    groep = next(
        b for b in advies.belanghebbenden if b.naam == "Ouders die weinig Nederlands spreken"
    )
    assert "via het schoolmaatschappelijk werk" in groep.aanpak
    assert "schoolhek" not in groep.aanpak


def test_a_named_route_to_the_class_reaches_pupils_with_a_disability() -> None:
    """Review 53a (Beerzelo): 'Geen bekende werkvorm bereikt Leerlingen in het speciaal
    onderwijs', though the case names their teachers, in their own class, as the route."""
    leerlingen = _inwoners("Leerlingen in het speciaal onderwijs").model_copy(
        update={"kenmerken": [Kenmerk.kinderen, Kenmerk.jongeren, Kenmerk.beperking]}
    )
    project = CATALOGUS["scholenproject"]
    assert not bereikt(project, leerlingen)
    via = leerlingen.model_copy(update={"via": "de leerkrachten en mentoren, in hun eigen klas"})
    assert bereikt(project, via)


def test_beerzelo_pupils_the_motie_names_get_a_costed_step() -> None:
    advies, _, _ = rapport_gegevens(BEERZELO, DATUM)
    leerlingen = "Leerlingen in het speciaal onderwijs"
    stappen = [m for m in advies.mix if leerlingen in m.voor and m.werkvorm != "terugkoppeling"]
    assert stappen, [m.werkvorm for m in advies.mix]
    assert not any(b.regel == "MIX-INCLUSIE" and leerlingen in b.tekst for b in advies.bevindingen)

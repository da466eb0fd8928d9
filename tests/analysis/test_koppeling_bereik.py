"""A werkvorm only for a group it really reaches (reviews 51a and 51b): a party's own meeting
is not the route to a group that stands outside that party, and a row bears the name of a
body's meeting only when it is that meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATUM, rapport_gegevens

from pionieren.analysis.mix.bereik import (
    buiten_kring,
    eigen_bijeenkomst_van,
    kort_hier,
    lang_traject,
    noemt_plek,
    woont_elders,
    ziet_slecht,
)
from pionieren.analysis.mix.zicht import over_toegang
from pionieren.analysis.stakeholders import jongvolwassen
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Kenmerk, Niveau, SoortBelanghebbende

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
ALLE = (
    sorted(CASES.glob("*.yaml"))
    + sorted((CASES / "beoordeling").glob("*.yaml"))
    + sorted((CASES / "wachtrij").glob("*.yaml"))
    + sorted((CASES / "review51").glob("*.yaml"))
    + sorted((ROOT / "vraagstukken").glob("*.yaml"))
)
CATALOGUS = {w.id: w for w in builtin().werkvormen}


def _groep(
    naam: str, soort: SoortBelanghebbende = SoortBelanghebbende.ondernemers
) -> Belanghebbende:
    return Belanghebbende(
        naam=naam, soort=soort, invloed=Niveau.laag, belang=Niveau.hoog, meervoud=True
    )


@pytest.mark.parametrize(
    ("groep", "eigenaar", "buiten"),
    [
        ("Kleine ondernemers buiten de kring van de BIZ", "Stichting BIZ Hoofdstraat", True),
        ("Moslims die niet bij de moskee komen", "Moskee Al-Fath", True),
        ("Boeren die geen lid zijn van de LTO", "LTO-afdeling Oldenmarke", True),
        ("Ondernemers van de BIZ", "Stichting BIZ Hoofdstraat", False),
        ("Boeren buiten de bebouwde kom", "LTO-afdeling Oldenmarke", False),
        ("Jongeren die niet sporten", "Voetbalvereniging Oldenmarke", False),
    ],
)
def test_a_group_named_for_standing_outside_a_party(
    groep: str, eigenaar: str, buiten: bool
) -> None:
    assert buiten_kring(_groep(groep), _groep(eigenaar), "Oldenmarke") is buiten


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_a_partys_own_meeting_is_no_route_to_groups_outside_it(pad: Path) -> None:
    """Review 51a: 'Bijeenkomst van Stichting BIZ | Kleine ondernemers buiten de kring van de
    BIZ', the very group that seldom comes to it."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    for m in advies.mix:
        w = CATALOGUS.get(m.werkvorm)
        if w is None or not m.genoemd:
            continue
        eigenaar = eigen_bijeenkomst_van(v.belanghebbenden, v.werkvormen, w)
        if eigenaar is None:
            continue
        groepen = {p.naam: p for p in v.belanghebbenden}
        buiten = [
            n for n in m.voor if n in groepen and buiten_kring(groepen[n], eigenaar, v.gemeente)
        ]
        assert not buiten, (pad.stem, m.naam, buiten)


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_only_the_bodys_own_meeting_bears_its_name(pad: Path) -> None:
    """Review 51a: a separate visit to blind inwoners stood under 'Bijeenkomst van Stichting
    BIZ ...': another row with the same catalogue form keeps its own label."""
    _, _, data = rapport_gegevens(pad, DATUM)
    koppen = [m["naam"] for m in data["advies"]["mix"] if m["naam"].startswith("Bijeenkomst van ")]
    assert len(koppen) == len(set(koppen)), (pad.stem, koppen)
    for m in data["advies"]["mix"]:
        if m["naam"].startswith("Bijeenkomst van "):
            assert m["genoemd"], (pad.stem, m["naam"], m["voor"])


def test_the_biz_evening_is_for_the_biz_not_for_the_shops_that_do_not_come() -> None:
    pad = CASES / "review51" / "herinrichting-hoofdstraat-ommerwolde.yaml"
    advies, _, _ = rapport_gegevens(pad, DATUM)
    eigen = [m for m in advies.mix if m.werkvorm == "eigen-vergadering" and m.genoemd]
    assert eigen
    assert "Kleine ondernemers buiten de kring van de BIZ" not in eigen[0].voor
    assert eigen[0].voor  # it keeps an audience: the BIZ itself ('de ondernemers van de BIZ')


@pytest.mark.parametrize(
    ("naam", "volwassen"),
    [
        ("Jongeren die uit Beekloon vertrokken en terug willen", True),
        ("Bewoners boven de winkels", True),
        ("Tijdelijke huurders", True),
        ("Jongerengroep Samen Bouwen Heikant", True),
        ("Jongeren van Sterrenkamp", False),
        ("Scholieren die naar het Ringcollege fietsen", False),
        # review 64a: women cycling home from a late shift are adults; girls are not
        ("Vrouwen die 's avonds laat alleen naar huis fietsen", True),
        ("Meisjes van 12 tot 18 jaar", False),
    ],
)
def test_young_people_who_moved_away_or_rent_are_adults(naam: str, volwassen: bool) -> None:
    """Review 51a: 'via school en mentoren ... niet op een avond met volwassenen' for young
    people who left the village, and for the tenants above the shops."""
    groep = _groep(naam, SoortBelanghebbende.inwoners).model_copy(
        update={"kenmerken": [Kenmerk.jongeren]}
    )
    assert jongvolwassen(groep) is volwassen


def test_the_young_people_who_left_get_no_school_route() -> None:
    pad = CASES / "review51" / "loting-starterswoningen-beekloon.yaml"
    _, _, data = rapport_gegevens(pad, DATUM)
    tekst = str(data)
    assert "niet op een avond met volwassenen" not in tekst
    assert "via school en mentoren" not in tekst


@pytest.mark.parametrize(
    ("naam", "via", "kort"),
    [
        ("Arbeidsmigranten in het pension aan de Dijkstraat", None, True),
        ("Seizoenswerkers in de horeca", None, True),
        ("Gasten van camping De Waalkribbe", None, True),
        ("Toeristen in het centrum", None, True),
        ("Werknemers van de kassen", "het uitzendbureau, met een folder in het Pools", True),
        ("Arbeidsmigranten die hier al jaren wonen", None, False),
        ("Eigenaren van vakantiewoningen", None, False),
        ("Bewoners van de Dijkstraat", None, False),
    ],
)
def test_who_is_here_only_a_short_while(naam: str, via: str | None, kort: bool) -> None:
    groep = _groep(naam, SoortBelanghebbende.inwoners).model_copy(update={"via": via})
    assert kort_hier(groep) is kort


def test_a_long_series_of_meetings_is_known_from_the_catalogue() -> None:
    assert lang_traject(CATALOGUS["denktank-ervaringsdeskundigen"])
    assert lang_traject(CATALOGUS["klankbordgroep"])
    assert not lang_traject(CATALOGUS["sleutelfiguren"])
    assert not lang_traject(CATALOGUS["straatinterviews"])
    assert not lang_traject(CATALOGUS["pilot"])  # a trial reaches visitors while it runs


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_who_is_here_briefly_gets_no_long_series_of_meetings(pad: Path) -> None:
    """Review 51a: 'Denktank van ervaringsdeskundigen | coproduceren | Arbeidsmigranten in het
    pension', months after the decision: they have left before such a series ends."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    kort = {p.naam for p in v.belanghebbenden if kort_hier(p)}
    for m in advies.mix:
        w = CATALOGUS.get(m.werkvorm)
        if w is not None and lang_traject(w):
            assert not kort & set(m.voor), (pad.stem, m.naam, kort & set(m.voor))


@pytest.mark.parametrize(
    ("naam", "via", "elders"),
    [
        ("Jongeren die uit Beekloon vertrokken en terug willen", None, True),
        ("Oud-inwoners van Heikant", None, True),
        ("Eigenaren van chalets", "een brief naar het woonadres, want zij wonen elders", True),
        ("Jongeren uit Beekloon", None, False),
        ("Starters uit de vier kernen", None, False),
    ],
)
def test_who_lives_elsewhere(naam: str, via: str | None, elders: bool) -> None:
    groep = _groep(naam, SoortBelanghebbende.inwoners).model_copy(update={"via": via})
    assert woont_elders(groep) is elders


def test_visitors_are_met_at_the_place_though_they_live_elsewhere() -> None:
    groep = _groep("Bezoekers die elders wonen", SoortBelanghebbende.inwoners).model_copy(
        update={"kenmerken": [Kenmerk.bezoekers]}
    )
    assert not woont_elders(groep)


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_who_lives_elsewhere_is_not_met_in_the_village_street(pad: Path) -> None:
    """Review 51a: street interviews for 'Jongeren die uit Beekloon vertrokken'."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    groepen = {p.naam: p for p in v.belanghebbenden}
    for m in advies.mix:
        w = CATALOGUS.get(m.werkvorm)
        if w is None or not w.ter_plekke:
            continue
        elders = [
            n
            for n in m.voor
            if n in groepen and woont_elders(groepen[n]) and not noemt_plek(w, groepen[n].via or "")
        ]
        assert not elders, (pad.stem, m.naam, elders)


@pytest.mark.parametrize(
    ("naam", "via", "ziet"),
    [
        ("Blinde en slechtziende inwoners", None, True),
        ("Mensen met een visuele beperking", None, True),
        ("Inwoners met een beperking", "de regionale afdeling van de Oogvereniging", True),
        ("Ouderen met een rollator", None, False),
    ],
)
def test_who_cannot_see_well(naam: str, via: str | None, ziet: bool) -> None:
    groep = _groep(naam, SoortBelanghebbende.inwoners).model_copy(update={"via": via})
    assert ziet_slecht(groep) is ziet


def test_panels_and_drawings_are_marked_in_the_catalogue() -> None:
    assert CATALOGUS["inloopavond"].op_zicht
    assert CATALOGUS["ontwerpatelier"].op_zicht
    assert not CATALOGUS["schouw"].op_zicht


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_who_cannot_see_walks_the_place_instead_of_looking_at_panels(pad: Path) -> None:
    """Review 51a: 'Inloopavond of informatiemarkt | Blinde en slechtziende inwoners', while
    the point was about guide lines and walking routes: walk them together in a schouw."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    blind = {p.naam for p in v.belanghebbenden if ziet_slecht(p)}
    for m in advies.mix:
        w = CATALOGUS.get(m.werkvorm)
        if w is not None and w.op_zicht:
            assert not blind & set(m.voor), (pad.stem, m.naam, blind & set(m.voor))
    inwoners = {p.naam for p in v.belanghebbenden if p.soort is SoortBelanghebbende.inwoners}
    if not blind & inwoners or not any(
        o.open and over_toegang(o.onderwerp) for o in advies.trede.onderwerpen
    ):
        return
    buiten = set().union(
        *(
            set(m.voor)
            for m in advies.mix
            if m.werkvorm in CATALOGUS and CATALOGUS[m.werkvorm].buiten
        )
    )
    assert blind & inwoners <= buiten, pad.stem

"""The limit 'must stay unknown' is explicit data (kenmerk anoniem), with the words in the name
or route as a fallback and a valideer hint; forms tied to where people live (catalogue field
woonbuurt) are not for a group that lives elsewhere (review 53a, Ravenstede)."""

from __future__ import annotations

from pathlib import Path

from helpers import DATUM, moeilijke_groep, rapport_gegevens

from pionieren.analysis.mix.bereik import anoniem, bedient, bereikt, woont_elders
from pionieren.input.hints import anoniem_hints
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Kenmerk

ROOT = Path(__file__).resolve().parents[2]
RAVENSTEDE = ROOT / "tests" / "cases" / "review53" / "demonstraties-kliniek-ravenstede.yaml"
CATALOGUS = {w.id: w for w in builtin().werkvormen}


def _groep(
    naam: str, via: str | None = None, kenmerken: list[Kenmerk] | None = None
) -> Belanghebbende:
    return moeilijke_groep(naam, via, kenmerken=kenmerken or [])


def test_the_kenmerk_anoniem_says_it_without_words() -> None:
    zonder = _groep("Cliënten van de opvang", "de opvang")
    assert not anoniem(zonder)
    met = _groep("Cliënten van de opvang", "de opvang", [Kenmerk.anoniem])
    assert anoniem(met)
    for id_ in ("straatinterviews", "huis-aan-huis", "inloopavond"):
        assert not bedient(CATALOGUS[id_], met), id_


def test_the_kenmerk_and_the_words_set_the_same_limit() -> None:
    """The kenmerk anoniem limits the forms exactly as the words did: it takes forms away and
    is no trait a form must reach (a group marked anoniem is not left without any form)."""
    soort = [Kenmerk.bezoekers, Kenmerk.jongeren, Kenmerk.migratieachtergrond]
    woorden = _groep("Bezoeksters van de kliniek", "de kliniek, na afloop, zonder naam", soort)
    kenmerk = _groep(
        "Bezoeksters van de kliniek", "de kliniek, na afloop", [*soort, Kenmerk.anoniem]
    )
    vrij = _groep("Bezoeksters van de kliniek", "de kliniek, na afloop", soort)
    for past in (bereikt, bedient):
        met_woorden = {i for i, w in CATALOGUS.items() if past(w, woorden)}
        met_kenmerk = {i for i, w in CATALOGUS.items() if past(w, kenmerk)}
        zonder = {i for i, w in CATALOGUS.items() if past(w, vrij)}
        assert met_kenmerk == met_woorden
        assert met_kenmerk < zonder
    assert {i for i, w in CATALOGUS.items() if bedient(w, kenmerk)}


def test_valideer_suggests_the_kenmerk_for_the_words() -> None:
    v = load_vraagstuk(RAVENSTEDE, RAVENSTEDE.name)
    hints = anoniem_hints(v)
    assert [h.woord for h in hints] == ["zonder naam"]
    assert "anoniem" in hints[0].suggesties[0].waarde
    assert hints[0].code == "anoniem"
    # with the kenmerk set, no hint
    groepen = [
        b.model_copy(update={"kenmerken": [*b.kenmerken, Kenmerk.anoniem]})
        if b.naam.startswith("Bezoeksters")
        else b
        for b in v.belanghebbenden
    ]
    assert not anoniem_hints(v.model_copy(update={"belanghebbenden": groepen}))


def test_no_form_of_the_neighbourhood_for_who_lives_elsewhere() -> None:
    elders = _groep("Demonstranten van buiten de gemeente")
    assert woont_elders(elders)
    buurt = [w for w in CATALOGUS.values() if w.woonbuurt]
    assert {w.id for w in buurt} >= {"spreekuur", "buurtactiviteit"}
    for w in buurt:
        assert not bedient(w, elders), w.id
    assert bedient(CATALOGUS["spreekuur"], _groep("Bewoners aan de Kanaalweg"))


def test_ravenstede_demonstrators_from_elsewhere_get_no_wijkspreekuur() -> None:
    advies, _, _ = rapport_gegevens(RAVENSTEDE, DATUM)
    for m in advies.mix:
        if "Demonstranten van buiten de gemeente" in m.voor:
            assert not CATALOGUS[m.werkvorm].woonbuurt if m.werkvorm in CATALOGUS else True, m

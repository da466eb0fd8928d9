"""A direct talk only with influential opponents starts in the preparation, before the round
for everyone (review 43c: 'Het eigen gesprek met de stichting komt pas na de ophaalronde,
terwijl de samenvatting zegt: Spreek hen vroeg en direct')."""

from __future__ import annotations

from pathlib import Path

from helpers import advies_voor

from pionieren.input.load import load_vraagstuk
from pionieren.vocabulary import Procesfase

ROOT = Path(__file__).resolve().parents[2]


def test_the_talk_with_an_opposing_foundation_comes_before_the_broad_round() -> None:
    advies = advies_voor(
        load_vraagstuk(ROOT / "tests" / "cases" / "kerk-herbestemming-kessenrade.yaml")
    )
    stichting = "Stichting Vrienden van de Lambertus"
    assert any(
        b.sleutel == "BELANG-KRACHTENVELD.tegen" and stichting in b.waarden["namen"]
        for b in advies.bevindingen
    )
    (gesprek,) = [m for m in advies.mix if m.voor == [stichting] and "MIX-VERDIEPING" in m.regels]
    assert gesprek.fase is Procesfase.voorbereiden
    breed = [m for m in advies.mix if m.fase is Procesfase.ophalen and m.start]
    assert breed and gesprek.start is not None
    assert all(gesprek.start < m.start for m in breed if m.start)


def test_a_table_where_others_sit_too_stays_in_the_deepening() -> None:
    """A round table for opponents and others is no talk with the opponents alone."""
    advies = advies_voor(
        load_vraagstuk(ROOT / "tests" / "cases" / "jeugdhulp-wmo-inkoop-lingestreek.yaml")
    )
    (tafel,) = [m for m in advies.mix if m.werkvorm == "rondetafel"]
    assert len(tafel.voor) > 1
    assert tafel.fase is Procesfase.verdiepen


def test_the_first_step_names_who_is_spoken_apart() -> None:
    from pionieren.report.data import eerste_stap

    advies = advies_voor(
        load_vraagstuk(ROOT / "tests" / "cases" / "kerk-herbestemming-kessenrade.yaml")
    )
    stap = eerste_stap(advies, [m.model_dump(mode="json") for m in advies.mix])
    assert stap is not None
    assert stap["apart"] == "Stichting Vrienden van de Lambertus"
    assert not stap["overleg"]  # no partners' overleg: only the talk with the foundation

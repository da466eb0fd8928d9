"""A dispute over facts or rights is no opinion: it gets a correction route per case, not
'raadplegen' in a survey with 'de uitkomst bindt ons niet' (review 58, snippergroen in De
Esmarken: the category of a strip that the resident contests with facts)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor, check_invariants, maak

from pionieren.analysis.geschil import feitengeschil
from pionieren.input.load import load_vraagstuk

CASE = (
    Path(__file__).parents[1]
    / "cases"
    / "review58"
    / "snippergroen-grondgebruik-esmarken-aldervenne.yaml"
)
GESCHIL = (
    "In welke categorie (kopen, huren of teruggeven) een strook valt als de bewoner met feiten "
    "laat zien dat de indeling niet klopt."
)


def test_a_dispute_is_found_by_a_contested_fact_not_by_a_word_alone() -> None:
    assert feitengeschil(GESCHIL)
    assert feitengeschil("Of de grond van een bewoner door verjaring van hem is geworden.")
    assert feitengeschil(
        "Welke oppervlakte geldt als de eigenaar aantoont dat de meting onjuist is."
    )
    # the indeling of a square, a measurement after a year: design and monitoring questions
    assert not feitengeschil("De indeling van het plein.")
    assert not feitengeschil("Wat er na een jaar gemeten wordt, en bij welke uitkomst.")
    assert not feitengeschil("Hoe het lokaal eigendom wordt ingericht.")


def test_the_case_point_gets_a_correction_route_and_its_own_promise() -> None:
    advies = advies_voor(load_vraagstuk(CASE), datum=date(2026, 12, 1))
    (punt,) = [o for o in advies.trede.onderwerpen if o.onderwerp == GESCHIL]
    assert punt.feiten
    assert punt.toezegging_deel is not None
    assert punt.toezegging_deel.sleutel == "TREDE-FEITEN.toezegging"
    # a private-law act: no bezwaar, the civil court
    assert punt.toezegging_deel.waarden["privaat"] is True
    dragers = [m for m in advies.mix if GESCHIL in m.onderwerpen]
    assert "feitentoets" in [m.werkvorm for m in dragers]
    # the schouw the college chose for the indeling carries it too; no survey does
    assert "schouw" in [m.werkvorm for m in dragers]
    assert not [m for m in dragers if m.werkvorm in ("enquete", "inloopavond", "klankbordgroep")]
    # the check per case carries no opinion question
    (toets,) = [m for m in advies.mix if m.werkvorm == "feitentoets"]
    assert toets.onderwerpen == [GESCHIL]


def test_a_collective_point_per_street_gets_no_talk_per_household() -> None:
    advies = advies_voor(load_vraagstuk(CASE), datum=date(2026, 12, 1))
    (thuis,) = [m for m in advies.mix if m.werkvorm == "afspraak-per-huishouden"]
    assert not any(o.startswith("Wat er met de teruggegeven stroken") for o in thuis.onderwerpen)


def test_an_opinion_question_keeps_its_forms() -> None:
    gewoon = maak()
    advies = advies_voor(gewoon)
    assert not any(o.feiten for o in advies.trede.onderwerpen)
    assert "feitentoets" not in [m.werkvorm for m in advies.mix]
    check_invariants(gewoon, advies)


def test_a_dispute_in_another_case_gets_the_check_with_bezwaar() -> None:
    v = maak(
        kaders_open=[
            "De indeling van het plein.",
            {
                "onderwerp": "Welke grens van de tuin geldt als de eigenaar aantoont dat de meting "
                "van de gemeente onjuist is.",
                "ruimte": "klein",
            },
        ]
    )
    advies = advies_voor(v)
    (punt,) = [o for o in advies.trede.onderwerpen if o.feiten]
    assert punt.toezegging_deel is not None
    assert punt.toezegging_deel.waarden["privaat"] is False
    assert "feitentoets" in [m.werkvorm for m in advies.mix]
    check_invariants(v, advies)
    (toets,) = [r for m in advies.mix for r in m.redenen if r.sleutel == "MIX-FEITENTOETS"]
    assert toets.waarden["privaat"] is False and toets.waarden["eigendom"] is False


def test_a_private_law_check_promises_no_bezwaar_and_warns_claimants_before_they_sign() -> None:
    """Review 64c (Aldervenne): 'Bezwaar of de rechter blijft daarna open' for the sale of
    municipal land, which is no besluit; and residents who claim a strip by verjaring were
    sent to sign agreements without a warning that signing recognises the gemeente as owner."""
    from pionieren.analysis.engine import analyse
    from pionieren.knowledge.load import builtin
    from pionieren.teksten import Wording

    kennis = builtin()
    advies = analyse(load_vraagstuk(CASE, CASE.name), kennis, date(2026, 12, 1))
    (toets,) = [r for m in advies.mix for r in m.redenen if r.sleutel == "MIX-FEITENTOETS"]
    tekst = Wording(kennis.teksten).render(toets.sleutel, toets.waarden)
    assert "Bezwaar" not in tekst and "Daarna blijft de weg naar de rechter open." in tekst
    assert "wie tekent, erkent dat de gemeente eigenaar is" in tekst

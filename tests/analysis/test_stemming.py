"""A binding vote on a fixed package: the BIZ draagvlakmeting (rules MIX-STEMMING, TREDE-PAKKET)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import advies_voor, check_invariants, maak

from pionieren.input.hints import werkvorm_hints
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Beslisser, Trede

BIZ = Path(__file__).resolve().parents[1] / "cases" / "biz-binnenstad-beekmonde.yaml"


def _biz(**wijzigingen: Any):  # type: ignore[no-untyped-def]
    """A small BIZ case: the raad makes the verordening, grens and tarief are open."""
    basis: dict[str, Any] = {
        "titel": "Bedrijveninvesteringszone bedrijventerrein De Vaart",
        "omschrijving": (
            "De ondernemersvereniging vraagt om een BIZ voor het bedrijventerrein. Hoe praten "
            "de ondernemers mee over het gebied en de bijdrage?"
        ),
        "initiatiefnemer": "ondernemers",
        "kaders_open": [
            "De grens van het gebied.",
            "De hoogte van de bijdrage per WOZ-klasse.",
        ],
        "ambitie": "adviseren",
        "besluit": {"door": "raad", "procedure": "verordening"},
        "belanghebbenden": [
            {
                "naam": "Vereniging De Vaart",
                "soort": "ondernemers",
                "invloed": "hoog",
                "belang": "hoog",
                "houding": "voor",
                "initiatiefnemer": True,
            },
            {
                "naam": "Transportbedrijven",
                "soort": "ondernemers",
                "invloed": "middel",
                "belang": "hoog",
                "houding": "tegen",
                "meervoud": True,
                "aantal": 30,
            },
            {
                "naam": "Kleine bedrijven",
                "soort": "ondernemers",
                "invloed": "laag",
                "belang": "hoog",
                "houding": "neutraal",
                "meervoud": True,
                "aantal": 60,
            },
        ],
    }
    basis.update(wijzigingen)
    return maak(**basis)


def test_the_biz_case_names_a_draagvlakmeting_and_gets_the_binding_vote() -> None:
    vraagstuk = load_vraagstuk(BIZ, BIZ.name)
    advies = advies_voor(vraagstuk)
    check_invariants(vraagstuk, advies)
    (stem,) = [m for m in advies.mix if m.werkvorm == "draagvlakmeting-biz"]
    assert stem.trede is Trede.meebeslissen and stem.genoemd
    # the vote is on the package, not on the area or the contribution apart
    assert not stem.onderwerpen
    veto = [b for b in advies.bevindingen if b.regel == "MIX-STEMMING"]
    assert veto and "geen advies" in veto[0].tekst and "Singel" in veto[0].tekst
    # the area and the contribution are shaped where the ondernemers who are against sit
    tafels = [m for m in advies.mix if any(p.startswith("De grens") for p in m.onderwerpen)]
    assert tafels and any(
        "Kantoorhouders en dienstverleners aan de Singel" in m.voor for m in tafels
    )
    # no own werkvorm with unknown costs, and no hint to rename it
    assert not any(b.sleutel == "MIX-INSTRUMENT.eigen" for b in advies.bevindingen)
    assert not any(b.regel == "INVOER-INSTRUMENT" for b in advies.bevindingen)


def test_advice_on_grens_and_tarief_goes_into_the_package_before_the_vote() -> None:
    advies = advies_voor(load_vraagstuk(BIZ, BIZ.name))
    punten = [
        o
        for o in advies.trede.onderwerpen
        if o.open and o.trede is Trede.adviseren and o.door in (None, Beslisser.raad)
    ]
    assert len(punten) == 2  # the grens and the tarief, which the raad's verordening fixes
    for o in punten:
        assert o.toezegging_deel is not None
        assert o.toezegging_deel.sleutel == "TREDE-PAKKET.toezegging"
        assert "in principe" not in o.toezegging


def test_a_biz_verordening_without_a_named_vote_gets_it_by_law() -> None:
    vraagstuk = _biz()
    advies = advies_voor(vraagstuk)
    check_invariants(vraagstuk, advies)
    (stem,) = [m for m in advies.mix if m.werkvorm == "draagvlakmeting-biz"]
    assert stem.trede is Trede.meebeslissen and not stem.genoemd
    # everyone who pays votes, also those against; the initiator's board is no payer group
    assert "Transportbedrijven" in stem.voor and "Vereniging De Vaart" not in stem.voor
    # also where no inwoners are on the map, the vote covers no point apart
    assert not stem.onderwerpen
    assert any(b.regel == "MIX-STEMMING" for b in advies.bevindingen)


def test_an_existing_biz_whose_verordening_is_taken_gets_no_new_vote() -> None:
    vraagstuk = _biz(kaders_besluit_al_genomen=True)
    advies = advies_voor(vraagstuk)
    assert not any(m.werkvorm == "draagvlakmeting-biz" for m in advies.mix)
    assert not any(b.regel == "MIX-STEMMING" for b in advies.bevindingen)
    assert all(
        o.toezegging_deel is None or o.toezegging_deel.sleutel != "TREDE-PAKKET.toezegging"
        for o in advies.trede.onderwerpen
    )


def test_a_draagvlakmeting_outside_a_biz_stays_the_cases_own_werkvorm() -> None:
    """A survey of support for a plan is no binding vote on a package."""
    vraagstuk = maak(
        werkvormen=[{"id": "draagvlakmeting", "status": "besloten"}],
        besluit={"door": "raad", "procedure": "verordening"},
    )
    advies = advies_voor(vraagstuk)
    assert any(m.werkvorm == "draagvlakmeting" for m in advies.mix)
    assert not any(m.werkvorm == "draagvlakmeting-biz" for m in advies.mix)
    assert not any(b.regel == "MIX-STEMMING" for b in advies.bevindingen)
    assert not any(
        o.toezegging_deel is not None and o.toezegging_deel.sleutel == "TREDE-PAKKET.toezegging"
        for o in advies.trede.onderwerpen
    )
    # and no hint that it is a typo of the BIZ vote
    assert not werkvorm_hints(vraagstuk, set(builtin().ids()))


def test_the_catalogue_vote_covers_no_open_point() -> None:
    w = next(w for w in builtin().werkvormen if w.id == "draagvlakmeting-biz")
    assert w.vast_pakket and w.treden == [Trede.meebeslissen] and not w.kiesbaar
    assert {"wet-biz-4", "wet-biz-5"} <= set(w.bronnen)

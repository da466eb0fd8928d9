"""Procedure profiles: the decider by the name the case gives it, and the legal hooks of a
gemeenschappelijke regeling, a sale of land, local priority in social rent, terraces decided by
the burgemeester and health data (review 44a)."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor, maak


def _teksten(advies: Any, regel: str) -> list[str]:
    return [b.tekst for b in advies.bevindingen if b.regel == regel]


_ZIENSWIJZE_MOMENT = {
    "wat": "De raad van Heukelom stelt zijn zienswijze op het ontwerp vast",
    "datum": "2027-06-24",
    "door": "raad",
}


def _regeling(**besluit: Any) -> Any:
    return maak(
        besluit={"door": "anders", "procedure": "verordening", **besluit},
        momenten=[_ZIENSWIJZE_MOMENT],
    )


def test_the_named_body_decides_and_no_party_is_left_unnamed() -> None:
    advies = advies_voor(_regeling(orgaan="het algemeen bestuur van Afvalschap Linge en Maas"))
    assert advies.besluit.ander_orgaan == "het algemeen bestuur van Afvalschap Linge en Maas"
    assert {o.partij for o in advies.trede.onderwerpen if o.open} == {
        "het algemeen bestuur van Afvalschap Linge en Maas"
    }
    (anderen,) = [
        d for t in advies.rolverdeling for d in t.delen if d.sleutel == "ROL-ANDEREN.beslist"
    ]
    assert all(p["partij"] for p in anderen.waarden["partijen"])  # never 'noem haar ...'
    # without a name the body stays unnamed (and the report asks for it)
    naamloos = advies_voor(_regeling())
    assert naamloos.besluit.ander_orgaan == ""


def test_a_gemeenschappelijke_regeling_adopts_its_own_plan() -> None:
    advies = advies_voor(_regeling(orgaan="het algemeen bestuur van Afvalschap Linge en Maas"))
    (tekst,) = _teksten(advies, "WET-REGELING")
    # the Wgr has no rule that the dagelijks bestuur adopts the plan (review 53a): the regio
    # arranges it; the gemeente's own points fall under its own verordening (art. 150)
    assert "Daarom stelt" not in tekst
    assert "kijk wat de regeling daarover zegt" in tekst
    assert "eigen participatieverordening (art. 150 Gemeentewet)" in tekst
    assert not _teksten(advies, "WET-PARTICIPATIEVERORDENING")
    sleutels = {d.sleutel for t in advies.rolverdeling for d in t.delen}
    assert "ROL-COLLEGE.plan" not in sleutels
    # no zienswijze of the raden, or no name: the gemeente's own verordening, as before
    zonder = advies_voor(
        maak(
            besluit={
                "door": "anders",
                "procedure": "verordening",
                "orgaan": "Gedeputeerde Staten van Gelderland",
            }
        )
    )
    assert not _teksten(zonder, "WET-REGELING")
    assert _teksten(zonder, "WET-PARTICIPATIEVERORDENING")
    assert not _teksten(advies_voor(_regeling()), "WET-REGELING")


def test_a_sale_of_land_next_to_the_omgevingsplan_brings_wensen_en_bedenkingen() -> None:
    moment = {
        "wat": "Het college besluit over de reservering van de grond",
        "datum": "2027-03-16",
        "door": "college",
    }
    advies = advies_voor(
        maak(besluit={"door": "raad", "procedure": "omgevingsplan"}, momenten=[moment])
    )
    (tekst,) = _teksten(advies, "WET-GRONDVERKOOP")
    assert "wensen en bedenkingen" in tekst and "16 maart 2027" in tekst
    raad = next(t for t in advies.rolverdeling if t.rol.value == "raad")
    assert any(d.sleutel == "ROL-RAAD.wensen_grond" for d in raad.delen)
    assert "gemeentewet-169" in raad.bronnen
    # a moment of the vereniging about its own land, or no land at all: nothing
    ander = {**moment, "door": "anders"}
    for momenten in ([ander], []):
        geen = advies_voor(
            maak(besluit={"door": "raad", "procedure": "omgevingsplan"}, momenten=momenten)
        )
        assert not _teksten(geen, "WET-GRONDVERKOOP")


def test_local_priority_in_social_rent_rests_on_the_huisvestingsverordening() -> None:
    punt = {
        "onderwerp": "Of ouderen uit het dorp voorrang krijgen bij de tien sociale huurwoningen.",
        "door": "anders",
        "partij": "Lekstede Wonen",
    }
    advies = advies_voor(maak(kaders_open=[punt]))
    (tekst,) = _teksten(advies, "WET-HUISVESTING")
    assert "huisvestingsverordening" in tekst and "Lekstede Wonen" in tekst
    koop = {"onderwerp": "Wie een koopwoning krijgt, en of dorpsgenoten voorrang krijgen."}
    assert not _teksten(advies_voor(maak(kaders_open=[koop])), "WET-HUISVESTING")


def test_terraces_the_burgemeester_decides_name_the_apv() -> None:
    punt = {"onderwerp": "Waar en hoe groot de terrassen worden.", "door": "burgemeester"}
    (tekst,) = _teksten(advies_voor(maak(kaders_open=[punt])), "WET-TERRAS")
    assert "APV" in tekst and "burgemeester" in tekst
    college = {"onderwerp": "Waar en hoe groot de terrassen worden.", "door": "college"}
    assert not _teksten(advies_voor(maak(kaders_open=[college])), "WET-TERRAS")


def test_a_regeling_for_a_health_condition_names_the_avg() -> None:
    punt = {"onderwerp": "Een regeling voor huishoudens met incontinentiemateriaal."}
    (tekst,) = _teksten(advies_voor(maak(kaders_open=[punt])), "WET-GEZONDHEIDSGEGEVENS")
    assert "art. 9 AVG" in tekst
    # a regeling without a health condition, or a condition without a regeling: nothing
    zonder = {"onderwerp": "Een regeling voor grote gezinnen."}
    assert not _teksten(advies_voor(maak(kaders_open=[zonder])), "WET-GEZONDHEIDSGEGEVENS")
    alleen = {"onderwerp": "Waar de containers komen voor mensen met incontinentie."}
    assert not _teksten(advies_voor(maak(kaders_open=[alleen])), "WET-GEZONDHEIDSGEGEVENS")


def test_priority_for_a_group_cites_art_12_and_binding_art_14() -> None:
    """Review 58a: voorrang for older people was cited as art. 14 Huisvestingswet 2014, which is
    about a binding with the place; and 'kan alleen' forgot that a corporation can label homes."""
    groep = {"onderwerp": "Of ouderen voorrang krijgen bij vrijkomende sociale huurwoningen."}
    (b,) = [
        b
        for b in advies_voor(maak(kaders_open=[groep])).bevindingen
        if b.regel == "WET-HUISVESTING"
    ]
    assert "art. 12" in b.tekst and "art. 14" not in b.tekst and "labelen" in b.tekst
    assert b.bronnen == ["huisvestingswet-12"]
    binding = {"onderwerp": "Of woningzoekenden uit de gemeente voorrang krijgen bij sociale huur."}
    (b,) = [
        b
        for b in advies_voor(maak(kaders_open=[binding])).bevindingen
        if b.regel == "WET-HUISVESTING"
    ]
    assert "art. 14" in b.tekst and "art. 12" not in b.tekst
    assert b.bronnen == ["huisvestingswet-14"]


def test_priority_for_a_group_from_a_named_place_is_the_binding_of_art_14() -> None:
    """Review 59d (Rijnhorst): 'voorrang naar jongeren uit Vogelzang (lokaal maatwerk)' is a
    binding with the place, art. 14, not a category of woningzoekenden under art. 12."""
    punt = {
        "onderwerp": "Of een deel van de 32 woningen met voorrang naar jongeren uit Vogelzang "
        "gaat (lokaal maatwerk binnen de huisvestingsverordening)."
    }
    (b,) = [
        b for b in advies_voor(maak(kaders_open=[punt])).bevindingen if b.regel == "WET-HUISVESTING"
    ]
    assert "art. 14" in b.tekst and "art. 12" not in b.tekst

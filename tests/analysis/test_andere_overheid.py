"""Another government (a provincie, a waterschap, the Rijk) as initiator: it owns and pays the
participation for its own decision; the gemeente brings local knowledge, decides its own points
and promises only what it can do about the other government's points."""

from __future__ import annotations

import copy

import pytest
from helpers import BASIS, advies_voor, maak
from pydantic import ValidationError

from pionieren.analysis.result import Advies, Rol
from pionieren.input.model import Vraagstuk
from pionieren.vocabulary import Initiatiefnemer, Organisator

WATERSCHAP = "Waterschap Rivierenland"
DIJK = "Hoe de dijk eruitziet bij het dorp."
FIETSPAD = "Het fietspad van de gemeente aan de voet van de dijk."


def _dijk(initiatiefnemer: str) -> Vraagstuk:
    partijen = [
        *copy.deepcopy(BASIS["belanghebbenden"]),
        {
            "naam": WATERSCHAP,
            "soort": "overheid",
            "invloed": "hoog",
            "belang": "hoog",
            "houding": "voor",
            "initiatiefnemer": True,
        },
    ]
    return maak(
        titel="Dijkversterking langs het dorp",
        omschrijving="Het waterschap versterkt de dijk langs het dorp en neemt daarover een "
        "projectbesluit.",
        initiatiefnemer=initiatiefnemer,
        belanghebbenden=partijen,
        kaders_open=[
            {"onderwerp": DIJK, "ruimte": "middel", "door": "initiatiefnemer"},
            {"onderwerp": FIETSPAD, "ruimte": "middel", "door": "college"},
        ],
        besluit={"door": "initiatiefnemer", "procedure": "anders"},
    )


def _rollen(advies: Advies) -> dict[Rol, str]:
    return {t.rol: t.taak for t in advies.rolverdeling}


def test_model_accepts_andere_overheid_and_rejects_a_typo() -> None:
    assert _dijk("andere_overheid").initiatiefnemer is Initiatiefnemer.andere_overheid
    with pytest.raises(ValidationError):
        _dijk("provincie")


def test_other_government_owns_its_process_and_the_gemeente_supports() -> None:
    rollen = _rollen(advies_voor(_dijk("andere_overheid")))
    eigen = rollen[Rol.initiatiefnemer]
    assert eigen.startswith(f"{WATERSCHAP}: neemt het besluit")
    assert "organiseert de participatie" in eigen and "betaalt die participatie" in eigen
    # no duties of a private applicant
    assert "aanvraag" not in eigen and "Omgevingsregeling" not in eigen
    ambtelijk = rollen[Rol.ambtelijke_organisatie]
    assert not ambtelijk.startswith("Voert het proces uit")
    assert "lokale kennis en contacten" in ambtelijk and WATERSCHAP in ambtelijk
    assert f"zienswijze of advies op het ontwerpbesluit van {WATERSCHAP}" in rollen[Rol.college]
    assert "via het college of met een motie" in rollen[Rol.raad]
    assert "regels vast waarbinnen initiatieven passen" not in rollen[Rol.raad]
    # the raad has no point, promise or moment of its own here: no row for the griffie
    assert Rol.griffie not in rollen


def test_same_case_with_the_gemeente_as_initiator_keeps_its_own_roles() -> None:
    rollen = _rollen(advies_voor(_dijk("gemeente")))
    assert Rol.initiatiefnemer not in rollen
    assert Rol.griffie in rollen
    assert "lokale kennis" not in rollen[Rol.ambtelijke_organisatie]


def test_promise_on_the_other_governments_point_is_what_the_gemeente_can_do() -> None:
    advies = advies_voor(_dijk("andere_overheid"))
    punten = {o.onderwerp: o for o in advies.trede.onderwerpen}
    assert punten[DIJK].toezegging.startswith(f"Wij brengen uw advies naar {WATERSCHAP}")
    assert "in principe over" not in punten[DIJK].toezegging
    # the gemeente's own point keeps the gemeente's own promise
    assert "in principe over" in punten[FIETSPAD].toezegging
    buiten = [b.tekst for b in advies.bevindingen if b.regel == "BESLUIT-BUITEN-GEMEENTE"]
    assert buiten and buiten[0].startswith(f"{WATERSCHAP} beslist zelf over het plan")
    assert "subsidie" not in buiten[0]


def test_other_governments_participation_is_not_on_the_gemeentes_budget() -> None:
    overheid = advies_voor(_dijk("andere_overheid"))
    gemeente = advies_voor(_dijk("gemeente"))
    # the werkvormen about the waterschap's decision are the waterschap's to run and pay
    assert overheid.middelen.kosten_initiatiefnemer_max_euro > 0
    assert gemeente.middelen.kosten_initiatiefnemer_max_euro == 0
    assert overheid.middelen.kosten_max_euro < gemeente.middelen.kosten_max_euro
    for o in overheid.mix:
        if o.onderwerpen and set(o.onderwerpen) <= {FIETSPAD}:
            # a werkvorm only about the gemeente's own path stays the gemeente's
            assert o.organisator is Organisator.gemeente
            assert o.betaald_door == "gemeente"


def test_a_government_that_applies_for_a_permit_is_an_applicant() -> None:
    """A waterschap that asks the gemeente for an omgevingsvergunning: the content of its plan
    is its own, as for any applicant; the college tests the participation, it does not promise
    to decide the dike's design together with inwoners."""
    v = maak(
        initiatiefnemer="andere_overheid",
        besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans"},
        kaders_beinvloedingsruimte="groot",
        ambitie="coproduceren",
    )
    advies = advies_voor(v)
    punt = next(o for o in advies.trede.onderwerpen if o.open)
    assert punt.door is not None and punt.door.value == "initiatiefnemer"

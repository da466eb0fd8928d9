"""Promises per onderwerp: no promise without a werkvorm, who promises on the public road, the
raad's binding advice and a co-initiator (reviews 35 and 36)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import BASIS, DATUM, advies_voor, check_invariants, maak

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.level import openbare_ruimte, zonder_werkvorm
from pionieren.analysis.result import Ernst, OnderwerpAdvies, Rol
from pionieren.analysis.stakeholders import mede_initiatiefnemers
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Beslisser, Ruimte, Trede

CASES = Path(__file__).parents[1] / "cases"


def _punt(trede: Trede, **extra: Any) -> OnderwerpAdvies:
    return OnderwerpAdvies(
        onderwerp="De groene buffer en de paden.",
        open=True,
        ruimte=Ruimte.groot,
        maximaal=Trede.meebeslissen,
        trede=trede,
        toezegging="x",
        door=Beslisser.initiatiefnemer,
        **extra,
    )


def _zonder(onderwerp: str = "De groene buffer en de paden.") -> Any:
    return bevinding("MIX-ONDERWERP", Ernst.waarschuwing, onderwerp=onderwerp, beslissen=True)


def test_a_promise_without_a_werkvorm_is_lowered_one_step() -> None:
    f = Feiten(vraagstuk=maak(), kennis=builtin(), datum=DATUM)
    [lager] = zonder_werkvorm(f, [_punt(Trede.meebeslissen)], [_zonder()]) or []
    assert lager.trede is Trede.coproduceren
    assert lager.verlaagd_van is Trede.meebeslissen
    # the promise follows the new step: no 'binnen de kaders beslist u' any more
    assert lager.toezegging == " ".join(
        f.kennis.ladder.trede(Trede.coproduceren).toezegging.split()
    )
    # lowered again, it keeps the step the room allowed
    [nog] = zonder_werkvorm(f, [lager], [_zonder()]) or []
    assert nog.trede is Trede.adviseren and nog.verlaagd_van is Trede.meebeslissen


def test_no_lowering_without_a_gap_a_promise_made_or_below_adviseren() -> None:
    f = Feiten(vraagstuk=maak(), kennis=builtin(), datum=DATUM)
    assert zonder_werkvorm(f, [_punt(Trede.meebeslissen)], []) is None
    assert zonder_werkvorm(f, [_punt(Trede.meebeslissen)], [_zonder("Iets anders.")]) is None
    assert zonder_werkvorm(f, [_punt(Trede.adviseren)], [_zonder()]) is None
    # a promise already made is never withdrawn: the advice names the gap instead
    gedaan = _punt(Trede.meebeslissen, toegezegd=True)
    assert zonder_werkvorm(f, [gedaan], [_zonder()]) is None


def test_the_burial_ground_promises_what_its_design_carries() -> None:
    """Review 36: 'Meebeslissen' on the buffer, the paths and the dogs next to 'Het ontwerp
    heeft geen werkvorm waarin inwoners echt beslissen'."""
    v = load_vraagstuk(CASES / "natuurbegraafplaats-esveld.yaml")
    advies = advies_voor(v)
    check_invariants(v, advies)
    buffer = next(o for o in advies.trede.onderwerpen if o.onderwerp.startswith("De groene"))
    # review 38: the applicant's point gets no more than the case's ambition (adviseren), so
    # no werkvorm for deciding is needed (rule TREDE-PLAFOND)
    assert buffer.trede is Trede.adviseren
    assert not any(
        b.regel == "MIX-ONDERWERP" and b.waarden.get("beslissen") for b in advies.bevindingen
    )
    # a werkvorm carries the point at its step
    assert any(buffer.onderwerp in m.onderwerpen for m in advies.mix)


def test_public_space_is_recognised() -> None:
    assert openbare_ruimte("Uitwijkplaatsen op de Esveldseweg en het parkeren.")
    assert openbare_ruimte("Het parkeren op straat bij uitvaarten.")
    assert openbare_ruimte("Hoe de openbare ruimte rond de school wordt ingericht.")
    # not the initiator's own ground, and not a road of another manager
    assert not openbare_ruimte("De wandelpaden in het bos en het parkeerterrein.")
    assert not openbare_ruimte("Een fietsstrook langs de N348.")
    assert not openbare_ruimte("Uitwijkplaatsen op de provinciale Zuiderweg.")
    assert not openbare_ruimte("Het pad over de Lekdijk.")


def _aanvraag(*open_: Any, **besluit: Any) -> Any:
    return maak(
        initiatiefnemer="ondernemers",
        kaders_beinvloedingsruimte="middel",
        kaders_open=list(open_),
        belanghebbenden=[
            *BASIS["belanghebbenden"],
            {
                "naam": "Bouwbedrijf Noord",
                "soort": "ondernemers",
                "invloed": "hoog",
                "belang": "hoog",
                "initiatiefnemer": True,
            },
        ],
        besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans", **besluit},
    )


def test_the_gemeente_promises_on_the_public_road_not_the_initiator() -> None:
    """Review 36: the association 'decided' on passing places on a public road."""
    advies = advies_voor(
        _aanvraag(
            "Uitwijkplaatsen op de Molenstraat.",
            "De inrichting van het terrein.",
            "Het parkeren langs de N348.",
            {"onderwerp": "Het parkeren op straat.", "door": "initiatiefnemer"},
        )
    )
    door = {o.onderwerp: o.door for o in advies.trede.onderwerpen if o.open}
    assert door["Uitwijkplaatsen op de Molenstraat."] is Beslisser.college
    assert door["De inrichting van het terrein."] is Beslisser.initiatiefnemer
    assert door["Het parkeren langs de N348."] is Beslisser.initiatiefnemer
    # what the case says itself stands
    assert door["Het parkeren op straat."] is Beslisser.initiatiefnemer
    assert "TREDE-WEGBEHEERDER" in advies.regels_toegepast
    # the college decides the road as wegbeheerder, not in the permit (review 36: "Dit besluit
    # gaat over uitwijkplaatsen op de Esveldseweg")
    buiten = {o.onderwerp: o.buiten_besluit for o in advies.trede.onderwerpen if o.open}
    assert buiten["Uitwijkplaatsen op de Molenstraat."]
    assert not buiten["De inrichting van het terrein."]


def _raad(advies: Any) -> str:
    return next(t.taak for t in advies.rolverdeling if t.rol is Rol.raad)


def test_a_raad_with_binding_advice_is_not_a_bystander() -> None:
    """Review 36: 'Beslist hier niet zelf' while a negative binding advice blocks the permit."""
    bindend = _raad(advies_voor(_aanvraag("De inrichting.", raad_bindend_advies=True)))
    assert "Beslist hier niet zelf" not in bindend
    assert "advies bindt" in bindend and "weigert het college de vergunning" in bindend
    gewoon = _raad(advies_voor(_aanvraag("De inrichting.", raad_bindend_advies=False)))
    assert gewoon.startswith("Beslist hier niet zelf")


def _samen(**partner: Any) -> Any:
    return maak(
        initiatiefnemer="maatschappelijke_organisatie",
        omschrijving="Stichting Groen wil samen met exploitant Rustpark een begraafplaats "
        "aanleggen. De vraag is hoe zij het dorp betrekken.",
        belanghebbenden=[
            *BASIS["belanghebbenden"],
            {
                "naam": "Stichting Groen",
                "soort": "maatschappelijke_organisatie",
                "invloed": "hoog",
                "belang": "hoog",
                "houding": "voor",
                "initiatiefnemer": True,
            },
            {
                "naam": "Rustpark",
                "soort": "ondernemers",
                "invloed": "hoog",
                "belang": "hoog",
                "houding": "voor",
                **partner,
            },
        ],
    )


def _feiten(v: Any) -> Feiten:
    return Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)


def test_a_co_initiator_named_in_the_omschrijving_is_an_initiator() -> None:
    """Review 36: Rustwoud, co-initiator, was a target group of almost every werkvorm."""
    v = _samen()
    assert mede_initiatiefnemers(_feiten(v)) == ["Rustpark"]
    advies = advies_voor(v)
    assert any(b.regel == "BELANG-MEDE-INITIATIEF" for b in advies.bevindingen)
    # it is where the initiator is (the feedback to everyone), never a target group alone
    assert all("Stichting Groen" in m.voor for m in advies.mix if "Rustpark" in m.voor)
    zonder = advies_voor(_samen(initiatiefnemer=False))
    assert any("Rustpark" in m.voor and "Stichting Groen" not in m.voor for m in zonder.mix)
    # only where certain: a party against the plan, or one the case marks itself, is not
    assert mede_initiatiefnemers(_feiten(_samen(houding="tegen"))) == []
    assert mede_initiatiefnemers(_feiten(_samen(initiatiefnemer=False))) == []
    # and not a party merely named somewhere else in the text
    anders = maak(
        initiatiefnemer="maatschappelijke_organisatie",
        omschrijving="Stichting Groen wil een begraafplaats. Rustpark werkt samen met anderen.",
        belanghebbenden=v.model_dump()["belanghebbenden"],
    )
    assert mede_initiatiefnemers(_feiten(anders)) == []


def _vcp(*open_: Any) -> Any:
    return maak(
        besluit={"door": "raad", "procedure": "beleid"},
        kaders_beinvloedingsruimte="middel",
        ambitie="adviseren",
        kaders_open=list(open_),
    )


_KNIPS = {
    "onderwerp": "Waar de knips precies komen en welke straten eenrichtingsverkeer krijgen.",
    "ruimte": "groot",
}
_BESLUITEN = {
    "onderwerp": "De verkeersbesluiten per maatregel.",
    "ruimte": "klein",
    "door": "college",
}
_SCENARIO = {
    "onderwerp": "Welk scenario (knips of eenrichtingsverkeer) de basis wordt.",
    "keuze": True,
}


def test_the_college_promises_where_its_verkeersbesluiten_put_the_measures() -> None:
    """Review 36: the raad promised to follow the advice on the places of the knips, which the
    college's later verkeersbesluiten fix."""
    advies = advies_voor(_vcp(_KNIPS, _BESLUITEN, _SCENARIO))
    per = {o.onderwerp: o for o in advies.trede.onderwerpen if o.open}
    knips = per[_KNIPS["onderwerp"]]
    assert knips.door is Beslisser.college
    # the college weighs the interests in each verkeersbesluit: no more than adviseren
    assert knips.maximaal.rang <= Trede.adviseren.rang
    # the choice between whole scenarios stays the raad's
    assert per[_SCENARIO["onderwerp"]].door is not Beslisser.college
    assert "TREDE-VERKEERSBESLUIT" in advies.trede.regels
    # without verkeersbesluiten in the case, the point stays with the raad's plan
    zonder = advies_voor(_vcp(_KNIPS, _SCENARIO))
    assert (
        next(o for o in zonder.trede.onderwerpen if o.onderwerp == _KNIPS["onderwerp"]).door
        is not Beslisser.college
    )


def test_the_initiators_together_decide_in_the_plural() -> None:
    data = _samen().model_dump(mode="json", exclude_unset=True)
    data["kaders"]["open"] = [
        {"onderwerp": "De paden.", "door": "initiatiefnemer"},
        "De indeling van het plein.",
    ]
    v = Vraagstuk.model_validate(data)
    taak = next(t.taak for t in advies_voor(v).rolverdeling if t.rol is Rol.inwoners)
    assert "beslissen Stichting Groen en Rustpark" in taak


def test_the_gemeente_that_grants_a_contested_permit_does_not_design_the_plan() -> None:
    """Review 37b: for the natuurbegraafplaats the college 'steunt het initiatief' and civil
    servants designed the buffer with the neighbours in a werkgroep, while the same college
    must judge the permit. A contested permit: the gemeente reguleert, and no werkvorm with
    civil servants makes the applicant's plan."""
    advies = advies_voor(load_vraagstuk(CASES / "natuurbegraafplaats-esveld.yaml"))
    assert advies.overheidsrol == "reguleren"
    assert all(m.werkvorm != "cocreatie-werkgroep" for m in advies.mix)


def test_a_calm_initiative_of_inwoners_is_still_facilitated() -> None:
    advies = advies_voor(load_vraagstuk(CASES / "buurtmoestuin-de-akker.yaml"))
    assert advies.overheidsrol != "reguleren"


def test_an_initiators_own_decision_does_not_cite_the_herindeling_law() -> None:
    """Review 37a: the library that decides itself got 'Wet arhi' (herindeling) as its source."""
    advies = advies_voor(load_vraagstuk(CASES / "bibliotheek-dorpsvestigingen-vlietlanden.yaml"))
    zelf = [b for b in advies.bevindingen if b.sleutel == "BESLUIT-BUITEN-GEMEENTE.initiatiefnemer"]
    assert zelf and all("wet-arhi" not in b.bronnen for b in zelf)

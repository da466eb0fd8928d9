"""Who promises what, per open point (review 44a): a promise belongs to the party that made it,
caps the design where it covers a point, is only on the griffie's list when made to the raad,
and the initiator's own points are its members' say, not the inwoners'."""

from __future__ import annotations

from pathlib import Path

from helpers import DATUM, advies_voor, rapport_gegevens

from pionieren.analysis.result import Rol
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.vocabulary import Beslisser, Trede

CASES = Path(__file__).parents[1] / "cases"


def _laad(naam: str) -> Vraagstuk:
    return load_vraagstuk(CASES / f"{naam}.yaml", f"{naam}.yaml")


def _taak(advies: object, rol: Rol) -> str:
    return next(t.taak for t in advies.rolverdeling if t.rol is rol)  # type: ignore[attr-defined]


def test_a_promise_does_not_cover_the_points_of_another_named_party() -> None:
    # the afvalschap's promise (door: anders) is not the corporations' nor the colleges'
    advies, v, data = rapport_gegevens(CASES / "diftar-afvalschap-lingemaas.yaml", DATUM)
    eigen = {p.onderwerp for p in v.kaders.open if p.partij}
    assert eigen
    for o in advies.trede.onderwerpen:
        if o.onderwerp in eigen:
            assert o.door is Beslisser.anders and not o.toegezegd, o.onderwerp
    tekst = v.besluit.toezegging.tekst  # type: ignore[union-attr]
    for z in data["toezeggingen"]:
        if "Woonstichting" in z["wie"] or "colleges" in z["wie"]:
            assert not z["gedaan"]
            assert all(tekst.rstrip(".") not in (n["al"] or "") for n in z["niveaus"])


def test_the_case_own_instrument_stays_at_the_promise_made() -> None:
    # the wethouder promised adviseren: the village's choice from the sketches is advice, and a
    # wider promise is an option to ask for, not an ambition to raise
    advies = advies_voor(_laad("dorpsplein-velderhout"))
    keuze = next(m for m in advies.mix if m.werkvorm == "keuze-uit-ontwerpen")
    assert keuze.trede is Trede.adviseren
    sleutels = {b.sleutel for b in advies.bevindingen}
    assert "MIX-INSTRUMENT.boven_toezegging" in sleutels
    assert "MIX-INSTRUMENT.boven_ambitie" not in sleutels
    tekst = next(
        b.tekst for b in advies.bevindingen if b.sleutel == "MIX-INSTRUMENT.boven_toezegging"
    )
    assert "vraag de wethouder dan eerst een ruimere toezegging" in tekst


def test_the_griffie_lists_only_a_promise_made_to_the_raad() -> None:
    v = _laad("dorpsplein-velderhout")
    griffie = _taak(advies_voor(v), Rol.griffie)
    assert "toezeggingenlijst" not in griffie
    # the same promise, made in the commissie, is the griffie's to list
    t = v.besluit.toezegging  # type: ignore[union-attr]
    in_commissie = t.model_copy(  # type: ignore[union-attr]
        update={"tekst": "De wethouder zegde in de commissie toe dat het dorp mag kiezen."}
    )
    v2 = v.model_copy(
        update={"besluit": v.besluit.model_copy(update={"toezegging": in_commissie})}  # type: ignore[union-attr]
    )
    assert "toezeggingenlijst" in _taak(advies_voor(v2), Rol.griffie)


def test_the_initiators_own_points_are_its_members_not_the_inwoners() -> None:
    advies, v, data = rapport_gegevens(CASES / "hofje-schoolkavel-schoonderwoude.yaml", DATUM)
    inwoners = _taak(advies, Rol.inwoners)
    assert "Beslissen zelf" not in inwoners
    assert "beslissen de leden van Vereniging Hof van Schoonderwoude zelf" in inwoners
    # the initiator is no group to reach
    namen = {str(b.waarden.get("naam")) for b in advies.bevindingen if b.regel == "MIX-INCLUSIE"}
    assert "Vereniging Hof van Schoonderwoude" not in namen
    assert all("Vereniging Hof" not in str(d.waarden) for d in advies.vragen)
    # the members' meeting does not carry the corporation's point
    leden = [m for m in advies.mix if m.werkvorm == "ledenvergadering"]
    lekstede = next(p.onderwerp for p in v.kaders.open if p.partij == "Lekstede Wonen")
    assert all(lekstede not in m.onderwerpen for m in leden)
    # the regie is the gemeente's promise to the initiator, on a line of its own
    regie = [z for z in data["toezeggingen"] if z["regie"]]
    assert [n["trede"] for z in regie for n in z["niveaus"]] == ["zelfbeheer"]
    eigen = [z for z in data["toezeggingen"] if z["door"] == "initiatiefnemer" and not z["regie"]]
    assert all(n["trede"] != "zelfbeheer" for z in eigen for n in z["niveaus"])

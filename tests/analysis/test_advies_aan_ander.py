"""Procedure 'advies': the gemeente gives an advice or a zienswijze to another body that decides
(rule BESLUIT-ADVIES), and rivals on one choice are treated alike (rule BELANG-GELIJK).

Why: review of lokale-omroep-kreekdijk: the report said the raad 'beslist', the college
'steers', one applicant got a talk of its own while the other did not, and the commitment to
inwoners did not say that the Commissariaat voor de Media takes the decision."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from helpers import DATUM, advies_voor, check_invariants, maak

from pionieren.analysis.result import Kwadrant, Rol
from pionieren.input.load import load_vraagstuk
from pionieren.vocabulary import Procedure, Trede

ROOT = Path(__file__).resolve().parents[2]
OMROEP = ROOT / "tests" / "cases" / "lokale-omroep-kreekdijk.yaml"
AAN = "het algemeen bestuur van de veiligheidsregio"


def _zienswijze(door: str = "raad", **besluit: Any) -> Any:
    """The raad's zienswijze on the draft begroting of a gemeenschappelijke regeling."""
    return maak(
        titel="Zienswijze op de ontwerpbegroting van de veiligheidsregio",
        omschrijving="De veiligheidsregio, een gemeenschappelijke regeling, stuurt haar "
        "ontwerpbegroting. Wat vinden inwoners van de plannen voor de brandweerposten?",
        kaders_beinvloedingsruimte="groot",
        besluit={"door": door, "procedure": "advies", "advies_aan": AAN, **besluit},
    )


def _taak(advies: Any, rol: Rol) -> str:
    return next(t.taak for t in advies.rolverdeling if t.rol is rol)


def test_the_raad_adopts_its_advice_and_another_body_decides() -> None:
    v = _zienswijze()
    advies = advies_voor(v)
    check_invariants(v, advies)
    assert advies.besluit.procedure is Procedure.advies
    assert advies.besluit.advies_aan == AAN
    raad = _taak(advies, Rol.raad)
    assert f"stelt zijn advies aan {AAN} vast" in raad
    assert f"het besluit neemt {AAN}" in raad
    assert "neemt het besluit" not in raad
    college = _taak(advies, Rol.college)
    assert "raadsvoorstel met het advies" in college
    assert "stuurt het proces" not in college
    assert "over het advies" in _taak(advies, Rol.inwoners)
    # the Wgr article is cited for the raad's zienswijze
    gevonden = [b for b in advies.bevindingen if b.regel == "BESLUIT-ADVIES"]
    assert gevonden and gevonden[0].bronnen == ["wgr-35"]
    assert AAN in gevonden[0].tekst


def test_inwoners_advise_at_most_and_the_kaders_are_not_the_gemeentes_to_widen() -> None:
    advies = advies_voor(_zienswijze())
    assert all(o.maximaal.rang <= Trede.adviseren.rang for o in advies.trede.onderwerpen)
    teksten = " ".join(b.tekst for b in advies.bevindingen)
    assert "verruim" not in teksten and "tot meebeslissen" not in teksten


def test_the_college_gives_the_advice_when_it_is_the_college() -> None:
    advies = advies_voor(_zienswijze(door="college"))
    assert f"Stelt het advies aan {AAN} vast" in _taak(advies, Rol.college)
    assert "Geeft het advies niet zelf" in _taak(advies, Rol.raad)


def test_who_decides_after_the_advice_must_be_a_body_of_the_gemeente_in_door() -> None:
    advies = advies_voor(_zienswijze(door="anders"))
    assert any(
        b.regel == "BESLUIT-ADVIES" and b.sleutel == "BESLUIT-ADVIES.door"
        for b in advies.bevindingen
    )


def test_rival_applicants_get_the_same_place_and_the_same_talk() -> None:
    advies = advies_voor(load_vraagstuk(OMROEP))
    kwadrant = {b.naam: b.kwadrant for b in advies.belanghebbenden}
    assert kwadrant["Stichting Omroep Kreekdijk"] is Kwadrant.sleutelspeler
    assert kwadrant["Streekomroep Kreekland in oprichting"] is Kwadrant.sleutelspeler
    tafel = [
        m
        for m in advies.mix
        if "Stichting Omroep Kreekdijk" in m.voor
        and "Streekomroep Kreekland in oprichting" in m.voor
    ]
    assert tafel, "both applicants at the same kind of table"
    tegen = next(b for b in advies.bevindingen if b.sleutel == "BELANG-KRACHTENVELD.tegen")
    assert "Streekomroep Kreekland in oprichting op dezelfde manier" in tegen.tekst
    initiatief = _taak(advies, Rol.initiatiefnemer)
    assert "vragen het Commissariaat voor de Media om een besluit" in initiatief
    assert "met dezelfde kansen" in initiatief
    assert "de gemeente beslist zelf" not in initiatief
    assert advies.overheidsrol is None


def test_two_initiators_of_the_same_kind_on_one_choice_are_rivals_in_any_procedure() -> None:
    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.stakeholders import gelijke_partijen
    from pionieren.knowledge.load import builtin

    partijen = [
        {
            "naam": "Vereniging A",
            "soort": "maatschappelijke_organisatie",
            "invloed": "middel",
            "belang": "hoog",
            "initiatiefnemer": True,
        },
        {
            "naam": "Vereniging B",
            "soort": "maatschappelijke_organisatie",
            "invloed": "laag",
            "belang": "hoog",
            "initiatiefnemer": True,
        },
        {"naam": "Omwonenden", "soort": "inwoners", "invloed": "laag", "belang": "hoog"},
    ]
    keuze = [{"onderwerp": "Welke van de twee verenigingen het veld krijgt.", "keuze": True}]
    v = maak(
        initiatiefnemer="maatschappelijke_organisatie", belanghebbenden=partijen, kaders_open=keuze
    )
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    assert gelijke_partijen(f) == [["Vereniging A", "Vereniging B"]]
    # without a choice they are no rivals
    zonder = v.model_copy(update={"kaders": v.kaders.model_copy(update={"open": []})})
    assert gelijke_partijen(Feiten(vraagstuk=zonder, kennis=builtin(), datum=f.datum)) == []


def test_for_and_against_are_no_rivals_where_the_gemeente_decides_itself(tmp_path: Path) -> None:
    data = yaml.safe_load(OMROEP.read_text("utf-8"))
    data["besluit"]["procedure"] = "anders"
    del data["besluit"]["advies_aan"]
    pad = tmp_path / "omroep-anders.yaml"
    pad.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    advies = advies_voor(load_vraagstuk(pad))
    kwadrant = {b.naam: b.kwadrant for b in advies.belanghebbenden}
    assert kwadrant["Streekomroep Kreekland in oprichting"] is not Kwadrant.sleutelspeler
    assert not any(b.regel == "BESLUIT-ADVIES" for b in advies.bevindingen)

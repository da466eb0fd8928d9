"""Promises by a decider that is not the gemeente, and the role table (review 38)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import advies_voor, check_invariants, maak

from pionieren.analysis.result import Advies, Rol
from pionieren.input.load import load_vraagstuk
from pionieren.vocabulary import Overheidsrol, Trede

CASES = Path(__file__).parents[1] / "cases"

_BIEB = {
    "naam": "Bibliotheek",
    "soort": "maatschappelijke_organisatie",
    "invloed": "hoog",
    "belang": "hoog",
    "houding": "voor",
    "initiatiefnemer": True,
}


def _punt(advies: Advies, begin: str) -> Any:
    return next(o for o in advies.trede.onderwerpen if o.onderwerp.startswith(begin))


def _organisatie(**extra: Any) -> Any:
    return maak(
        initiatiefnemer="maatschappelijke_organisatie",
        belanghebbenden=[*maak().model_dump(mode="json")["belanghebbenden"], _BIEB],
        kaders_beinvloedingsruimte="groot",
        kaders_open=[
            {
                "onderwerp": "Welke diensten er blijven.",
                "ruimte": "groot",
                "door": "initiatiefnemer",
            }
        ],
        **extra,
    )


def test_another_deciders_point_gets_no_more_than_the_ambition() -> None:
    """'Vraag Bibliotheek Veen en Vliet om deze toezegging: Wij houden ons aan de oplossing die
    we samen kiezen' while the ambitie was adviseren."""
    v = _organisatie(ambitie="adviseren")
    advies = advies_voor(v)
    check_invariants(v, advies)
    assert _punt(advies, "Welke diensten").trede is Trede.adviseren
    # without an ambition the room decides
    zonder = advies_voor(_organisatie(ambitie=None))
    assert _punt(zonder, "Welke diensten").trede.rang > Trede.adviseren.rang


def test_its_own_promise_may_say_more_than_the_ambition() -> None:
    v = _organisatie(
        ambitie="adviseren",
        besluit={
            "door": "initiatiefnemer",
            "toezegging": {"door": "initiatiefnemer", "trede": "coproduceren"},
        },
    )
    advies = advies_voor(v)
    assert _punt(advies, "Welke diensten").trede is Trede.coproduceren


def test_a_party_that_must_cut_is_not_asked_for_a_binding_promise() -> None:
    v = _organisatie(
        ambitie="meebeslissen",
        kaders_vast=["De subsidie aan de bibliotheek gaat vanaf 2028 met 85000 euro omlaag."],
    )
    advies = advies_voor(v)
    check_invariants(v, advies)
    punt = _punt(advies, "Welke diensten")
    assert punt.trede is Trede.adviseren
    assert punt.toezegging_deel is not None
    assert punt.toezegging_deel.sleutel == "TREDE-GEEN-BINDING.toezegging"
    tekst = advies.trede.onderwerpen[0].toezegging
    assert "bezuinigen" in tekst
    # the same case without the cut keeps the binding step its room allows
    zonder = advies_voor(_organisatie(ambitie="meebeslissen"))
    assert _punt(zonder, "Welke diensten").trede.rang >= Trede.coproduceren.rang


def test_a_raad_with_doubting_fracties_and_no_kaders_promises_advice() -> None:
    """Jongerenraad: 'Laat de gemeenteraad toezeggen: Wij houden ons aan de oplossing'."""
    fractie = {
        "naam": "Fracties die twijfelen",
        "soort": "politiek",
        "invloed": "hoog",
        "belang": "middel",
        "houding": "neutraal",
    }
    basis = maak().model_dump(mode="json")["belanghebbenden"]
    velden: dict[str, Any] = {
        "ambitie": "coproduceren",
        "kaders_beinvloedingsruimte": "groot",
        "kaders_raad_kaders_gesteld": False,
        "besluit": {"door": "raad"},
    }
    v = maak(belanghebbenden=[*basis, fractie], **velden)
    advies = advies_voor(v)
    punt = advies.trede.onderwerpen[0]
    assert punt.trede is Trede.adviseren
    assert punt.toezegging_deel is not None
    assert "kaders" in advies.trede.onderwerpen[0].toezegging
    # kaders set by the raad, or no doubting fracties: the step stays
    gesteld = maak(
        belanghebbenden=[*basis, fractie], **{**velden, "kaders_raad_kaders_gesteld": True}
    )
    assert advies_voor(gesteld).trede.onderwerpen[0].trede is Trede.coproduceren
    geen = maak(**velden)
    assert advies_voor(geen).trede.onderwerpen[0].trede is Trede.coproduceren
    # a fractie without a stated position is not divided
    neutraal = {**fractie, "naam": "Fracties in de gemeenteraad"}
    rustig = maak(belanghebbenden=[*basis, neutraal], **velden)
    assert advies_voor(rustig).trede.onderwerpen[0].trede is Trede.coproduceren


def test_the_library_case_roles() -> None:
    """Review 38: faciliteren for a library the gemeente cuts; the college's subsidy agreements
    and the raad's begroting missing from the role table."""
    v = load_vraagstuk(CASES / "bibliotheek-dorpsvestigingen-vlietlanden.yaml")
    advies = advies_voor(v)
    assert advies.overheidsrol == Overheidsrol.reguleren
    taken = {t.rol: t.taak for t in advies.rolverdeling}
    assert "subsidieafspraken" in taken[Rol.college]
    assert "begroting 2028" in taken[Rol.raad]
    assert not any(o.trede.rang > Trede.adviseren.rang for o in advies.trede.onderwerpen)


def test_a_wethouder_is_no_raadslid() -> None:
    v = load_vraagstuk(CASES / "jongerenraad-dommelrode.yaml")
    advies = advies_voor(v)
    wethouder = next(b for b in advies.belanghebbenden if b.naam == "Wethouder jeugd")
    assert "griffie" not in wethouder.aanpak.replace("niet via de griffie", "")
    griffie = next(t.taak for t in advies.rolverdeling if t.rol is Rol.griffie)
    assert "Wethouder" not in griffie


def test_the_griffie_does_not_keep_the_raad_informed() -> None:
    """Keeping the raad informed is the college's duty (art. 169 Gemeentewet)."""
    v = load_vraagstuk(CASES / "bodemsanering-vennegoor.yaml")
    griffie = next(t.taak for t in advies_voor(v).rolverdeling if t.rol is Rol.griffie)
    assert "Zorgt dat de raad op de hoogte blijft" not in griffie
    assert "het college" in griffie


def test_under_a_permit_the_initiator_speaks_a_group_apart() -> None:
    """Without their route (a talk at the car park), the walkers get a form of their own."""
    import yaml

    from pionieren.input.model import Vraagstuk

    data = yaml.safe_load((CASES / "natuurbegraafplaats-esveld.yaml").read_text("utf-8"))
    for p in data["belanghebbenden"]:
        if p["naam"].startswith("Wandelaars"):
            p.pop("via", None)
    advies = advies_voor(Vraagstuk.model_validate(data))
    zinnen = [m.waarom for m in advies.mix if "apart, niet samen" in m.waarom]
    assert zinnen
    assert all("De initiatiefnemer spreekt" in z for z in zinnen)
    assert not any("De gemeente spreekt wandelaars" in z for z in zinnen)

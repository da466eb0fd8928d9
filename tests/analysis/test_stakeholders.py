"""Belanghebbenden: Mendelow with 'middel', krachtenveld, inclusion, the map itself."""

from __future__ import annotations

import pytest
from helpers import BASIS, advies_voor, maak

from pionieren import text
from pionieren.analysis.result import Kwadrant
from pionieren.analysis.stakeholders import kwadrant, trede_voor
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import Trede


@pytest.mark.parametrize(
    ("invloed", "belang", "verwacht"),
    [
        ("hoog", "hoog", Kwadrant.sleutelspeler),
        ("hoog", "middel", Kwadrant.sleutelspeler),
        ("hoog", "laag", Kwadrant.tevreden_houden),
        ("middel", "hoog", Kwadrant.op_de_hoogte_houden),
        ("laag", "middel", Kwadrant.op_de_hoogte_houden),
        ("middel", "laag", Kwadrant.monitoren),
        ("laag", "laag", Kwadrant.monitoren),
    ],
)
def test_quadrant_and_how_middel_falls(invloed: str, belang: str, verwacht: Kwadrant) -> None:
    partij = Belanghebbende(naam="x", soort="inwoners", invloed=invloed, belang=belang)
    assert kwadrant(partij) is verwacht


def test_level_per_group_never_above_advice() -> None:
    assert trede_voor(Kwadrant.sleutelspeler, Trede.adviseren) is Trede.adviseren
    assert trede_voor(Kwadrant.tevreden_houden, Trede.adviseren) is Trede.raadplegen
    assert trede_voor(Kwadrant.tevreden_houden, Trede.informeren) is Trede.informeren
    assert trede_voor(Kwadrant.monitoren, Trede.meebeslissen) is Trede.informeren


def test_powerful_opponent_gets_early_direct_conversation() -> None:
    partijen = [dict(p) for p in BASIS["belanghebbenden"]]
    partijen[1]["houding"] = "tegen"
    advies = advies_voor(maak(belanghebbenden=partijen))
    (b,) = [
        b
        for b in advies.bevindingen
        if b.regel == "BELANG-KRACHTENVELD" and b.ernst == "waarschuwing"
    ]
    assert b.ernst == "waarschuwing" and "Winkeliers" in b.tekst
    winkeliers = next(x for x in advies.belanghebbenden if x.naam == "Winkeliers")
    # the early conversation is said once, in the warning; the approach keeps it as data
    assert "vroeg en direct" in b.tekst
    assert "BELANG-AANPAK.tegen" in [d.sleutel for d in winkeliers.aanpak_delen]
    verdieping = [
        m for m in advies.mix if "Winkeliers" in m.voor and m.werkvorm != "terugkoppeling"
    ]
    assert verdieping
    # a round table with one party is headed 'Eigen gesprek met winkeliers': the heading says it
    # and the reasons do not name the group again (review 35)
    kop = text.werkvorm_kop(verdieping[0].werkvorm, verdieping[0].naam, verdieping[0].voor)
    if kop != verdieping[0].naam:
        assert kop == "Eigen gesprek met winkeliers" and "Winkeliers" not in verdieping[0].waarom
    else:
        assert "Winkeliers: een eigen, direct gesprek" in verdieping[0].waarom


def test_unknown_attitude_of_powerful_party() -> None:
    advies = advies_voor(maak())
    teksten = [b.tekst for b in advies.bevindingen if b.regel == "BELANG-KRACHTENVELD"]
    assert any("Brandweer" in t and "onbekend" in t for t in teksten)


def test_inclusion_finding_for_hard_to_reach_with_stake() -> None:
    partijen = [dict(p) for p in BASIS["belanghebbenden"]]
    partijen[2]["via"] = "het jongerenwerk"  # without a route BELANG-ROUTE names them
    advies = advies_voor(maak(belanghebbenden=partijen))
    teksten = [b.tekst for b in advies.bevindingen if b.regel == "BELANG-INCLUSIE"]
    assert len(teksten) == 1 and "mee: jongeren" in teksten[0]


def test_map_without_inwoners_or_too_small() -> None:
    alleen_org = [p for p in BASIS["belanghebbenden"] if p["soort"] != "inwoners"]
    advies = advies_voor(maak(belanghebbenden=alleen_org))
    teksten = [b for b in advies.bevindingen if b.regel == "BELANG-KAART"]
    assert any(b.ernst == "waarschuwing" and "geen inwoners" in b.tekst for b in teksten)
    assert any("te smal" in b.tekst for b in teksten)
    veel = [
        {"naam": f"Groep {i}", "soort": "inwoners", "invloed": "laag", "belang": "laag"}
        for i in range(23)
    ]
    advies = advies_voor(maak(belanghebbenden=veel))
    assert any("fases" in b.tekst for b in advies.bevindingen if b.regel == "BELANG-KAART")


def test_verb_agrees_with_a_plural_name() -> None:

    def tekst(naam: str, meervoud: bool | None = None) -> str:
        partij = {
            "naam": naam,
            "soort": "ondernemers",
            "invloed": "hoog",
            "belang": "hoog",
            "houding": "tegen",
        }
        if meervoud is not None:
            partij["meervoud"] = meervoud
        advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"][:1], partij]))
        return next(b.tekst for b in advies.bevindingen if b.regel == "BELANG-KRACHTENVELD")

    assert "Winkeliers Marktplein zijn tegen en hebben invloed" in tekst("Winkeliers Marktplein")
    assert "Supermarkt De Hoek is tegen en heeft invloed" in tekst("Supermarkt De Hoek")
    # the user's own flag wins over the guess
    assert "Team Noord zijn tegen" in tekst("Team Noord", meervoud=True)


def test_the_route_a_vraagstuk_names_for_a_group_is_used() -> None:
    """A group the gemeente reaches via its physiotherapists: the approach and the werkvorm
    that reaches it name that route, not a generic 'vertrouwde personen'."""
    partijen = [dict(p) for p in BASIS["belanghebbenden"]] + [
        {
            "naam": "Deelnemers aangepast zwemmen",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "bereikbaarheid": "moeilijk",
            "kenmerken": ["beperking", "ouderen"],
            "via": "de fysiotherapeuten en de zorgaanbieder",
        }
    ]
    advies = advies_voor(maak(belanghebbenden=partijen))
    groep = next(x for x in advies.belanghebbenden if x.naam == "Deelnemers aangepast zwemmen")
    assert "via de fysiotherapeuten en de zorgaanbieder" in groep.aanpak
    assert "vertrouwde personen" not in groep.aanpak
    waarom = " ".join(m.waarom for m in advies.mix if "Deelnemers aangepast zwemmen" in m.voor)
    assert "deelnemers aangepast zwemmen (via de fysiotherapeuten" in waarom


def test_distrust_after_earlier_plans_gets_a_first_step() -> None:
    """Review (wijkvernieuwing): plans announced and withdrawn in 2009 and 2016 left residents
    distrustful, and the advice had no measure for it."""
    advies = advies_voor(
        maak(
            aanleiding="In 2009 en 2016 zijn eerder plannen voor sloop aangekondigd en daarna "
            "ingetrokken; veel bewoners vertrouwen de gemeente niet meer."
        )
    )
    (b,) = [b for b in advies.bevindingen if b.regel == "BELANG-VERTROUWEN"]
    assert b.ernst == "waarschuwing" and "onafhankelijke partij" in b.tekst
    rustig = advies_voor(maak(aanleiding="Wij vertrouwen op een goede samenwerking."))
    assert not [b for b in rustig.bevindingen if b.regel == "BELANG-VERTROUWEN"]


def test_a_party_disappointed_about_its_own_loss_is_no_distrust() -> None:
    """Review 41a (wijkbegroting): 'het wijkplatform is teleurgesteld dat het zijn rol
    kwijtraakt' made the gemeente publicly 'erkennen wat misging'; that party is against the
    plan, residents did not lose trust."""
    advies = advies_voor(
        maak(aanleiding="Het wijkplatform is teleurgesteld dat het zijn rol kwijtraakt.")
    )
    assert not [b for b in advies.bevindingen if b.regel == "BELANG-VERTROUWEN"]
    eerder = advies_voor(maak(aanleiding="Bewoners zijn teleurgesteld na het vorige plan."))
    assert [b for b in eerder.bevindingen if b.regel == "BELANG-VERTROUWEN"]


def test_distrust_without_an_earlier_process_asks_no_story_of_what_went_wrong() -> None:
    """Review 51a (dijk): 'de bewonersvereniging wantrouwt de berekeningen' became 'wantrouwen
    door eerdere ervaringen … zeg eerst wat er toen misging', while nothing had gone wrong
    before."""
    nu = advies_voor(
        maak(aanleiding="De bewonersvereniging wantrouwt de berekeningen en vraagt een toets.")
    )
    (b,) = [b for b in nu.bevindingen if b.regel == "BELANG-VERTROUWEN"]
    assert b.sleutel == "BELANG-VERTROUWEN.nu"
    assert "eerdere ervaringen" not in b.tekst and "misging" not in b.tekst
    # an earlier process named in the sentence, or a voorgeschiedenis, keeps the first step
    toen = advies_voor(
        maak(aanleiding="Na de mislukte inspraak van 2019 wantrouwen bewoners de gemeente.")
    )
    (c,) = [c for c in toen.bevindingen if c.regel == "BELANG-VERTROUWEN"]
    assert "wat er toen misging" in c.tekst
    historie = advies_voor(
        maak(
            aanleiding="De bewonersvereniging wantrouwt de berekeningen.",
            voorgeschiedenis={"wat_misging": "Het eerste plan werd ingetrokken na protest."},
        )
    )
    (d,) = [d for d in historie.bevindingen if d.regel == "BELANG-VERTROUWEN"]
    assert "wat er toen misging" in d.tekst


def test_people_who_found_the_design_ready_get_the_sham_participation_risk() -> None:
    """Review 41a (n-weg): 'velen zeiden dat het ontwerp al klaar leek' was not named."""
    advies = advies_voor(
        maak(aanleiding="Op de eerste avond zeiden velen dat het ontwerp al klaar leek.")
    )
    (b,) = [b for b in advies.bevindingen if b.regel == "BELANG-VERTROUWEN"]
    assert "schijnparticipatie" in b.tekst and "wat nog open is" in b.tekst
    assert b.sleutel == "BELANG-VERTROUWEN.al_klaar"

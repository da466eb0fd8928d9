"""The catalogue's costs sized to the schaal of the case (rule MIX-KOSTEN-SCHAAL)."""

from __future__ import annotations

from helpers import advies_voor, maak

from pionieren.analysis.kosten import SCHAALFACTOR, factor, op_schaal, rond, scaled
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Schaal


def test_round_amounts() -> None:
    assert rond(374) == 350 and rond(376) == 400
    assert rond(1120) == 1000 and rond(1130) == 1250
    assert rond(12_400) == 12_500
    assert rond(3) == 50  # never an estimate of a few euros


def test_a_neighbourhood_pays_a_quarter_of_a_city_wide_process() -> None:
    kennis = builtin()
    enquete = kennis.werkvorm("enquete")
    assert factor(enquete, Schaal.buurt) == 0.25
    assert factor(enquete, Schaal.gemeente) == 1.0
    klein = op_schaal(kennis, Schaal.buurt).werkvorm("enquete")
    assert klein.kosten_euro == scaled(enquete.kosten_euro, 0.25)
    assert klein.kosten_euro[1] < enquete.kosten_euro[1]
    # the gemeente's own scale leaves the catalogue as it is
    assert op_schaal(kennis, Schaal.gemeente) is kennis


def test_a_form_made_for_the_whole_gemeente_costs_what_it_costs_there() -> None:
    kennis = builtin()
    burgerberaad = kennis.werkvorm("burgerberaad")
    assert burgerberaad.schalen == [Schaal.gemeente, Schaal.regio]
    assert factor(burgerberaad, Schaal.buurt) == SCHAALFACTOR[Schaal.gemeente] == 1.0
    assert op_schaal(kennis, Schaal.buurt).werkvorm("burgerberaad").kosten_euro == (
        burgerberaad.kosten_euro
    )


def test_the_advice_for_a_neighbourhood_is_costed_at_its_scale() -> None:
    buurt = advies_voor(maak(schaal="buurt", kaders_budget_euro=None))
    gemeente = advies_voor(maak(schaal="gemeente", kaders_budget_euro=None))
    assert "MIX-KOSTEN-SCHAAL" in buurt.regels_toegepast
    assert buurt.middelen.kosten_max_euro < gemeente.middelen.kosten_max_euro


def test_a_werkvorm_of_the_gemeente_keeps_its_own_amounts() -> None:
    import dataclasses

    kennis = builtin()
    eigen = dataclasses.replace(kennis, herkomst={**kennis.herkomst, "enquete": "aangepast"})
    geschaald = op_schaal(eigen, Schaal.buurt)
    assert geschaald.werkvorm("enquete").kosten_euro == kennis.werkvorm("enquete").kosten_euro
    assert (
        geschaald.werkvorm("inloopavond").kosten_euro != kennis.werkvorm("inloopavond").kosten_euro
    )


def test_the_raads_own_moments_are_never_on_the_initiators_bill() -> None:
    """Review 27 (FlexHuis): the griffie's raadsinformatiebijeenkomst was a cost of the
    initiator ('€ 100–1.250 (initiatiefnemer)'). The raad pays its own moments."""
    partijen = [
        {"naam": "Omwonenden", "soort": "inwoners", "invloed": "middel", "belang": "hoog",
         "houding": "tegen"},
        {"naam": "Raadsfracties", "soort": "politiek", "invloed": "hoog", "belang": "middel"},
        {"naam": "Ontwikkelaar", "soort": "ondernemers", "invloed": "hoog", "belang": "hoog",
         "initiatiefnemer": True},
    ]  # fmt: skip
    advies = advies_voor(
        maak(
            initiatiefnemer="ondernemers",
            belanghebbenden=partijen,
            polarisatie=4,
            besluit={"door": "raad"},
            kaders_betaler="initiatiefnemer",
        )
    )
    van_de_raad = [m for m in advies.mix if m.organisator == "griffie"]
    assert van_de_raad and all(m.betaald_door == "gemeente" for m in van_de_raad)


def test_op_vijftig_geeft_ronde_schattingen_die_optellen() -> None:
    from pionieren.analysis.mix.kosten import op_vijftig, raming

    rijen = [op_vijftig(*r) for r in [(120, 450), (900, 6150), (0, 300), (1015, 1015), (0, 0)]]
    assert rijen[-1] == (0, 0)
    for laag, hoog in rijen[:-1]:
        assert raming(laag, hoog) % 50 == 0 and raming(laag, hoog) >= 50
    # the estimate of the sum is the sum of the estimates: the table adds up
    som = (sum(r[0] for r in rijen), sum(r[1] for r in rijen))
    assert raming(*som) == sum(raming(*r) for r in rijen)

"""The costs by the number of conversations, households and parts of the area (rule
MIX-KOSTEN-AANTAL): reviews 27 and 28 found a door-to-door round with 270 people for € 1,500,
four ateliers for € 8,000 and a paper survey for a whole gemeente for € 2,000."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest
from helpers import BASIS

from pionieren.analysis.facts import Feiten
from pionieren.analysis.kosten import op_schaal
from pionieren.analysis.mix.kosten import (
    aantal_van,
    aantallen,
    delen,
    genoemd_aantal,
    herkomst,
    kosten,
    kosten_van,
)
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.result import deel
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.knowledge.models import Eenheid
from pionieren.vocabulary import Modus, Schaal, Trede


def feiten(schaal: str = "gemeente", aantal: int | None = 270, **anders: Any) -> Feiten:
    data = copy.deepcopy(BASIS)
    data["schaal"] = schaal
    data.update(anders)
    if aantal is not None:
        data["belanghebbenden"][0]["aantal"] = aantal
    v = Vraagstuk.model_validate(data)
    return Feiten(vraagstuk=v, kennis=op_schaal(builtin(), v.schaal), datum=date(2026, 11, 28))


def keuze(f: Feiten, id_: str, voor: list[str], per: str | None = None) -> Keuze:
    k = Keuze(f.kennis.werkvorm(id_), Modus.denken, Trede.adviseren)
    redenen = [deel("MIX-ONDERWERP.gekozen", trede="adviseren", per=per)] if per else []
    k.add(voor, redenen[0] if redenen else None, "MIX-ONDERWERP")
    return k


def test_a_door_to_door_round_counts_a_conversation_for_each_person() -> None:
    f = feiten(schaal="wijk")
    k = keuze(f, "huis-aan-huis", ["Omwonenden"])
    assert aantal_van(f, k) == (270, "gesprekken")
    eenheid = f.kennis.werkvorm("huis-aan-huis").eenheid
    assert eenheid is not None
    laag, hoog = kosten_van(f, k)
    assert laag >= 270 * eenheid.euro[0] and hoog >= 270 * eenheid.euro[1]
    # more people, more cost
    g = feiten(schaal="wijk", aantal=540)
    assert kosten_van(g, keuze(g, "huis-aan-huis", ["Omwonenden"]))[0] > laag


def test_kitchen_table_talks_are_a_sample() -> None:
    f = feiten(schaal="wijk", aantal=5000)
    assert aantal_van(f, keuze(f, "keukentafelgesprek", ["Omwonenden"])) == (20, "gesprekken")
    klein = feiten(schaal="wijk", aantal=8)
    assert aantal_van(klein, keuze(klein, "keukentafelgesprek", ["Omwonenden"])) == (
        8,
        "gesprekken",
    )


def test_a_paper_survey_counts_the_households() -> None:
    f = feiten(aantal=1100)
    k = keuze(f, "enquete", ["Omwonenden", "Jongeren"])
    assert aantal_van(f, k) == (524, "huishoudens")
    laag, hoog = kosten_van(f, k)
    # print, post, a reply envelope and entering the answers: at least one euro a household,
    # up to four for a paper form with a reply envelope (review 30: 11,000 for € 4,750)
    assert laag >= 524 * 1 and hoog >= 524 * 4
    assert laag > f.kennis.werkvorm("enquete").kosten_euro[0]
    assert herkomst(f, k) == "1.100 inwoners, gemiddeld 2,1 per huishouden"


def test_a_survey_of_a_large_gemeente_is_a_sample_of_addresses() -> None:
    f = feiten(aantal=41000)
    k = keuze(f, "enquete", ["Omwonenden", "Jongeren"])
    eenheid = f.kennis.werkvorm("enquete").eenheid
    assert eenheid is not None and eenheid.hoogstens is not None
    assert aantal_van(f, k) == (eenheid.hoogstens, "huishoudens")
    assert herkomst(f, k) == "een steekproef uit ongeveer 19.500"
    # a sample, still a letter to each address in it
    assert kosten_van(f, k)[0] >= eenheid.hoogstens * eenheid.euro[0]


def test_without_a_number_the_catalogue_range_holds() -> None:
    f = feiten(aantal=None)
    k = keuze(f, "huis-aan-huis", ["Omwonenden"])
    assert aantal_van(f, k) is None
    assert kosten_van(f, k) == f.kennis.werkvorm("huis-aan-huis").kosten_euro
    # a group that is not inwoners (an organisation) gives no conversations to count
    assert aantal_van(f, keuze(f, "keukentafelgesprek", ["Winkeliers"])) is None


def test_nested_groups_count_the_largest_not_the_sum() -> None:
    data = copy.deepcopy(BASIS)
    data["belanghebbenden"][2]["aantal"] = 100
    data["belanghebbenden"][0]["aantal"] = 300
    v = Vraagstuk.model_validate(data)
    f = Feiten(vraagstuk=v, kennis=op_schaal(builtin(), v.schaal), datum=date(2026, 11, 28))
    assert aantal_van(f, keuze(f, "huis-aan-huis", ["Omwonenden", "Jongeren"])) == (
        300,
        "gesprekken",
    )


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Welke wegen houden 50 km/u in de vier kernen van de gemeente?", 4),
        ("Het gaat om 12 kernen en dorpen.", 12),
        ("Het gaat om de dorpen van de gemeente.", None),
        ("Twee kernen hier, drie kernen daar.", None),  # two numbers: not certain
    ],
)
def test_the_number_of_parts_comes_from_the_text(tekst: str, verwacht: int | None) -> None:
    f = feiten(omschrijving=tekst)
    assert genoemd_aantal(f, Schaal.kern) == verwacht


def test_an_atelier_in_each_kern_costs_each_atelier() -> None:
    f = feiten(omschrijving="Welke wegen in elke kern 50 km/u houden, in de vier kernen.")
    een = keuze(f, "ontwerpatelier", ["Omwonenden"])
    vier = keuze(f, "ontwerpatelier", ["Omwonenden"], per="kern")
    assert aantal_van(f, een) is None  # one atelier for the whole: the catalogue holds
    assert aantal_van(f, vier) == (4, "kernen")
    eenheid = f.kennis.werkvorm("ontwerpatelier").eenheid
    assert eenheid is not None
    assert kosten_van(f, vier)[0] >= eenheid.vast_euro[0] + 4 * eenheid.euro[0]
    assert kosten_van(f, vier)[0] > kosten_van(f, een)[0]


def test_parts_are_estimated_from_the_inwoners_and_never_in_one_part() -> None:
    f = feiten(aantal=41000)
    assert delen(f, Schaal.buurt) == round(41000 / 1500)
    # a map evening per buurt in a case about one buurt is one evening
    assert delen(feiten(schaal="buurt", aantal=41000), Schaal.buurt) is None
    assert delen(feiten(aantal=None), Schaal.buurt) is None
    k = keuze(f, "plekken-op-de-kaart", ["Omwonenden"])
    assert aantal_van(f, k) == (27, "buurten")


def test_the_sums_and_the_stated_numbers_agree() -> None:
    f = feiten(aantal=41000)
    keuzes = [keuze(f, "enquete", ["Omwonenden"]), keuze(f, "plekken-op-de-kaart", ["Omwonenden"])]
    assert kosten(f, keuzes).gemeente_min == sum(kosten_van(f, k)[0] for k in keuzes)
    assert aantallen(f, keuzes) == [
        (3000, "huishoudens (een steekproef uit ongeveer 19.500)"),
        (27, "buurten (geschat op ongeveer 1.500 inwoners per buurt)"),
    ]
    genoemd = feiten(aantal=41000, omschrijving="Welke wegen in elke kern, in de vier kernen.")
    vier = keuze(genoemd, "ontwerpatelier", ["Omwonenden"], per="kern")
    assert aantallen(genoemd, [vier]) == [(4, "kernen (het aantal uit het vraagstuk)")]


def test_the_fixed_part_is_sized_to_the_schaal() -> None:
    gemeente = builtin().werkvorm("enquete").eenheid
    wijk = op_schaal(builtin(), Schaal.wijk).werkvorm("enquete").eenheid
    assert gemeente is not None and wijk is not None
    assert wijk.vast_euro[0] < gemeente.vast_euro[0]
    assert wijk.euro == gemeente.euro  # a letter costs what it costs


def test_an_eenheid_range_runs_upwards() -> None:
    with pytest.raises(ValueError, match="minimum"):
        Eenheid(per="gesprek", euro=(50, 20))


def _eigen(f: Feiten, id_: str, voor: str, groepen: list[str]) -> Keuze:
    """The case's own werkvorm with the audience the case gives it."""
    k = keuze(f, id_, groepen)
    k.genoemd = True
    k.voor_tekst = voor
    return k


@pytest.mark.parametrize(
    ("id_", "voor", "aantal", "eenheid"),
    [
        ("enquete", "een steekproef van 6.000 inwoners vanaf 16 jaar", 6000, "adressen"),
        ("keukentafelgesprek", "de 46 melkveebedrijven", 46, "gesprekken"),
    ],
)
def test_the_size_the_case_gives_its_own_instrument_is_costed(
    id_: str, voor: str, aantal: int, eenheid: str
) -> None:
    """Review 56b: the case's own peiling of 6,000 coded letters cost € 6.500 (the catalogue's
    sample of 3,000 addresses), and visits to 46 farms € 1.000 (no number for a group of
    companies): the size the case decided sets the cost, above the catalogue's sample."""
    f = feiten(aantal=30000)
    k = _eigen(f, id_, voor, ["Omwonenden"])
    assert aantal_van(f, k) == (aantal, eenheid)
    assert herkomst(f, k) == "het aantal uit het vraagstuk"
    prijs = f.kennis.werkvorm(id_).eenheid
    assert prijs is not None
    assert kosten_van(f, k)[0] >= aantal * prijs.euro[0]
    # a werkvorm the case did not name keeps the catalogue's sample
    k.genoemd = False
    assert aantal_van(f, k) != (aantal, eenheid)


def test_a_fee_the_case_promises_is_in_the_cost_of_its_step() -> None:
    """Review 56a (Mergelrode): the motie "vergoedt hun tijd", and the fee was paid from what
    was left of the budget. It is part of the cost of the step that asks the hours."""
    zonder = feiten(aanleiding="De raad wil een agenda samen met ervaringsdeskundigen.")
    met = feiten(aanleiding="De raad nam een motie aan: het college vergoedt hun tijd en inzet.")
    k_zonder = keuze(zonder, "denktank-ervaringsdeskundigen", ["Omwonenden"])
    k_met = keuze(met, "denktank-ervaringsdeskundigen", ["Omwonenden"])
    assert kosten_van(met, k_met)[0] > kosten_van(zonder, k_zonder)[0]
    # a form that asks no hours of its members gets no fee
    k_avond = keuze(met, "inloopavond", ["Omwonenden"])
    assert kosten_van(met, k_avond) == kosten_van(
        zonder, keuze(zonder, "inloopavond", ["Omwonenden"])
    )

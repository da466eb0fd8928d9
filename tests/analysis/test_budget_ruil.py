"""Review 48e (Voorwolde): € 14,400 against a budget of € 4,500. The budget is a limit: before
it names what does not fit, it swaps a dear form for the cheapest one that meets the same group
where it already is, and it does not pay the advice a body gives under its own law (an
ondernemingsraad, a ROCOV); an ondernemingsraad's advice on staff the case puts outside the
participation is no step at all (rule MIX-BUDGET)."""

from __future__ import annotations

import copy
from typing import Any

from helpers import BASIS, DATUM, builtin, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.budget import inkrimpen, lichter
from pionieren.analysis.mix.kosten import betaald_door, budget_min, schatting
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.vocabulary import Modus, Trede

OR = "Ondernemingsraad van de gemeente Teststad"
BUITEN = (
    "De gevolgen voor het personeel bespreekt de gemeente met de ondernemingsraad; dat is geen "
    "onderwerp van de participatie."
)
DAGBESTEDING = "Deelnemers aan de dagbesteding in het buurthuis"


def _feiten(budget: int | None, vast: list[str] | None = None) -> Feiten:
    groepen: list[dict[str, Any]] = copy.deepcopy(BASIS["belanghebbenden"])
    groepen += [
        {"naam": OR, "soort": "adviesorgaan", "invloed": "middel", "belang": "laag"},
        {
            "naam": DAGBESTEDING,
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "bereikbaarheid": "moeilijk",
            "kenmerken": ["beperking"],
            "via": "hun begeleiders, op de plek zelf en met plaatjes",
        },
    ]
    v = maak(
        belanghebbenden=groepen,
        kaders_budget_euro=budget,
        kaders_vast=vast if vast is not None else BASIS["kaders"]["vast"],
    )
    return Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)


def _keuze(f: Feiten, werkvorm: str, voor: list[str], trede: Trede = Trede.adviseren) -> Keuze:
    k = Keuze(werkvorm=f.kennis.werkvorm(werkvorm), modus=Modus.denken, trede=trede, voor=[])
    k.add(voor, None, "MIX-TEST")
    return k


def test_the_budget_does_not_pay_the_advice_of_an_ondernemingsraad() -> None:
    f = _feiten(4_500)
    advies = _keuze(f, "clientenraad", [OR])
    assert betaald_door(f, advies) == "anderen"
    assert budget_min(f, [advies]) == 0
    # a cliëntenraad Wmo is a step of the participation: the budget pays it
    wmo = _keuze(f, "clientenraad", ["Cliëntenraad Wmo"])
    assert betaald_door(f, wmo) == "gemeente"


def test_an_or_advice_on_staff_outside_the_participation_is_no_step() -> None:
    f = _feiten(None, vast=[BUITEN])
    terug = _keuze(f, "terugkoppeling", ["Omwonenden", OR], Trede.informeren)
    keuzes, _ = inkrimpen(f, [_keuze(f, "clientenraad", [OR]), terug])
    assert [k.werkvorm.id for k in keuzes] == ["terugkoppeling"]
    assert OR not in keuzes[0].voor
    # without that line in the case, the advice stays (outside the budget)
    f = _feiten(None)
    keuzes, _ = inkrimpen(f, [_keuze(f, "clientenraad", [OR])])
    assert [k.werkvorm.id for k in keuzes] == ["clientenraad"]


def test_a_group_named_after_its_gathering_is_met_there() -> None:
    f = _feiten(4_500)
    k = _keuze(f, "ervaringsdeskundigen", [DAGBESTEDING])
    licht = lichter(f, k)
    assert licht is not None
    assert licht.werkvorm.id == "eigen-vergadering"
    assert licht.voor == [DAGBESTEDING]


def test_a_tight_budget_now_fits_by_swapping() -> None:
    f = _feiten(3_000, vast=[BUITEN])
    keuzes = [
        _keuze(f, "ervaringsdeskundigen", [DAGBESTEDING]),
        _keuze(f, "clientenraad", [OR]),
        _keuze(f, "terugkoppeling", ["Omwonenden", DAGBESTEDING, OR], Trede.informeren),
    ]
    # as chosen, the estimate is more than the budget
    assert schatting(f, keuzes) > 3_000
    over, bevindingen = inkrimpen(f, keuzes)
    assert schatting(f, over) <= 3_000
    assert {k.werkvorm.id for k in over} == {"eigen-vergadering", "terugkoppeling"}
    # the group hard to reach is still met before the decision, where it already is
    (plek,) = [k for k in over if k.werkvorm.id == "eigen-vergadering"]
    assert DAGBESTEDING in plek.voor
    assert not any(b.sleutel == "MIX-BUDGET.grens" for b in bevindingen)


def test_an_ample_budget_swaps_nothing() -> None:
    f = _feiten(50_000, vast=[BUITEN])
    keuzes = [
        _keuze(f, "ervaringsdeskundigen", [DAGBESTEDING]),
        _keuze(f, "terugkoppeling", ["Omwonenden", DAGBESTEDING], Trede.informeren),
    ]
    over, bevindingen = inkrimpen(f, keuzes)
    assert [k.werkvorm.id for k in over] == ["ervaringsdeskundigen", "terugkoppeling"]
    assert not [b for b in bevindingen if b.sleutel.startswith("MIX-BUDGET.")]


def test_a_place_name_inside_a_word_is_no_gathering() -> None:
    # "*kerk" (a church) is not in "Zeekerke", a village
    f = _feiten(4_500)
    groepen = [*f.vraagstuk.belanghebbenden]
    bewoners = groepen[0].model_copy(
        update={"naam": "Vaste bewoners van Zeekerke", "via": "de dorpskrant", "aantal": 30}
    )
    v = f.vraagstuk.model_copy(update={"belanghebbenden": [bewoners, *groepen[1:]]})
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    assert lichter(f, _keuze(f, "keukentafelgesprek", [bewoners.naam])) is None

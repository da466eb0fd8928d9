"""A short fixed budget first makes each step cheaper, then drops steps (rule MIX-BUDGET), and
the costs follow the size of the case (rule MIX-KOSTEN-SCHAAL). Review 50b: the cheap
evaluation was cut first, twenty kitchen-table talks and a meeting for the feedback stayed, and
a volunteer werkgroep in a village of 1,450 inwoners cost as much as in a kern of 4,000."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from helpers import BASIS

from pionieren.analysis.facts import Feiten
from pionieren.analysis.kosten import KLEINE_KERN, kosten_schaal, op_schaal
from pionieren.analysis.mix.budget import (
    EVALUATIE_KORT,
    TERUGKOPPELING_KORT,
    WEEK_GESPREKKEN,
    krap,
    onmisbaar,
    zuiniger,
    zuiniger_vorm,
)
from pionieren.analysis.mix.kosten import budget_min, kosten_van, raming, schatting
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Modus, Schaal, Trede


def _feiten(schaal: str = "gemeente", aantal: int = 270, **anders: Any) -> Feiten:
    data = copy.deepcopy(BASIS)
    data["schaal"] = schaal
    data.update(anders)
    data["belanghebbenden"][0]["aantal"] = aantal
    v = Vraagstuk.model_validate(data)
    return Feiten(vraagstuk=v, kennis=op_schaal(builtin(), v.schaal), datum=date(2026, 11, 28))


def _keuze(f: Feiten, id_: str) -> Keuze:
    k = Keuze(f.kennis.werkvorm(id_), Modus.denken, Trede.adviseren)
    k.add([f.vraagstuk.belanghebbenden[0].naam], None, "MIX-ONDERWERP")
    return k


def _prijs(f: Feiten, k: Keuze) -> int:
    return raming(*kosten_van(f, k))


def test_each_step_has_a_cheaper_form_that_keeps_it() -> None:
    f = _feiten(schaal="wijk", aantal=300)
    for id_, naam in (("terugkoppeling", TERUGKOPPELING_KORT), ("leerarena", EVALUATIE_KORT)):
        k = _keuze(f, id_)
        z = zuiniger_vorm(f, k)
        assert z is not None
        klein, nieuw, oud = z
        # the feedback keeps its row's name; the evaluation's row says it is the short one
        assert klein.werkvorm.id == id_ and klein.kap
        assert klein.werkvorm.naam == (naam if id_ == "leerarena" else k.werkvorm.naam)
        assert 0 < _prijs(f, klein) < _prijs(f, k)
        assert nieuw.startswith(naam.lower()) and oud.endswith(")")
        assert zuiniger_vorm(f, klein) is None  # no cheaper form of the cheaper form


def test_a_series_of_talks_shrinks_to_one_week() -> None:
    f = _feiten(schaal="wijk", aantal=300)
    k = _keuze(f, "keukentafelgesprek")
    z = zuiniger_vorm(f, k)
    assert z is not None and _prijs(f, z[0]) < _prijs(f, k)
    assert f"{WEEK_GESPREKKEN} keukentafelgesprekken in één week" in z[1]
    # already a week's worth of talks: nothing to shrink
    weinig = _feiten(schaal="wijk", aantal=WEEK_GESPREKKEN)
    assert zuiniger_vorm(weinig, _keuze(weinig, "keukentafelgesprek")) is None


def test_the_least_evaluation_is_never_dropped() -> None:
    f = _feiten(schaal="wijk", aantal=300)
    gewoon = _keuze(f, "leerarena")
    z = zuiniger_vorm(f, gewoon)
    assert z is not None
    assert not onmisbaar(f, gewoon) and onmisbaar(f, z[0])


def test_the_cheaper_forms_go_in_order_until_it_fits() -> None:
    f = _feiten(schaal="wijk", aantal=300)
    keuzes = [_keuze(f, i) for i in ("keukentafelgesprek", "terugkoppeling", "leerarena")]
    vol = schatting(f, keuzes)
    # a budget just below the full estimate: the feedback in writing is enough
    over, paren = zuiniger(f, keuzes, vol - 100)
    assert [k.werkvorm.id for k in over if k.kap] == ["terugkoppeling"]
    assert len(paren) == 1 and schatting(f, over) <= vol - 100
    # a budget far too small: every step in its cheaper form, none dropped
    over, paren = zuiniger(f, keuzes, 100)
    assert len(over) == 3 and all(k.kap for k in over) and len(paren) == 3


def test_a_tight_budget_shrinks_the_evaluation_instead_of_dropping_it() -> None:
    f = _feiten(schaal="wijk", aantal=300)
    keuzes = [_keuze(f, i) for i in ("keukentafelgesprek", "leerarena")]
    over, bevindingen = krap(f, keuzes, budget_min(f, keuzes))
    assert [k.werkvorm.naam for k in over if k.werkvorm.id == "leerarena"] == [EVALUATIE_KORT]
    assert [b.sleutel for b in bevindingen] == ["MIX-BUDGET.krap"]


def test_a_small_village_costs_as_a_buurt() -> None:
    klein = _feiten(schaal="kern", aantal=1450).vraagstuk
    groot = _feiten(schaal="kern", aantal=KLEINE_KERN * 2).vraagstuk
    assert kosten_schaal(klein) is Schaal.buurt
    assert kosten_schaal(groot) is Schaal.kern
    # a gemeente-wide case is never made smaller by one small group
    assert kosten_schaal(_feiten(schaal="gemeente", aantal=300).vraagstuk) is Schaal.gemeente

"""Rule PLAN-FEITEN-EERST: the advice of a standing body or panel on the choice of a joint
fact-finding comes after its outcome (review 65b, Veldersum: the dorpsraad advised from 4 to 22
January, before the fact-finding on the three sites of 25 January - 10 February, while the
wethouder promised to choose only once the village could compare them with the same facts)."""

from __future__ import annotations

from datetime import date

from helpers import maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.mix.plan import advies_op_de_feiten
from pionieren.analysis.planning import Geplaatst, Plan
from pionieren.analysis.planning_feiten import feiten_eerst
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Modus, Procesfase, Trede

KENNIS = builtin()
PLEK = "Op welke plek het centrum komt."
ROUTE = "Hoe mensen er lopend komen."


def _feiten(toezegging: str | None = None) -> Feiten:
    partijen = [
        {
            "naam": "Dorpsraad Veldhoven",
            "soort": "adviesorgaan",
            "invloed": "middel",
            "belang": "hoog",
        },
        {"naam": "Patiëntenpanel", "soort": "adviesorgaan", "invloed": "middel", "belang": "hoog"},
        {"naam": "Omwonenden", "soort": "inwoners", "invloed": "laag", "belang": "hoog"},
    ]
    extra = {}
    if toezegging:
        extra["besluit"] = {
            "door": "college",
            "toezegging": {"door": "college", "trede": "adviseren", "tekst": toezegging},
        }
    return Feiten(maak(belanghebbenden=partijen, **extra), KENNIS, date(2026, 12, 1))


def _keuze(id: str, voor: list[str], onderwerpen: list[str]) -> Keuze:
    return Keuze(
        KENNIS.werkvorm(id), Modus.denken, Trede.adviseren, voor=voor, onderwerpen=onderwerpen
    )


def _plan() -> Plan:
    return Plan(
        [
            Geplaatst(
                Procesfase.ophalen,
                date(2027, 1, 4),
                date(2027, 1, 22),
                ["eigen-vergadering"],
                None,
            ),
            Geplaatst(
                Procesfase.verdiepen,
                date(2027, 1, 25),
                date(2027, 2, 10),
                ["clientenraad", "joint-fact-finding"],
                None,
            ),
            Geplaatst(Procesfase.besluit, date(2027, 4, 12), date(2027, 4, 26), [], None),
        ],
        0,
        None,
        True,
        [],
    )


def test_the_advice_of_a_standing_body_follows_the_outcome_of_the_facts() -> None:
    f = _feiten()
    uit = feiten_eerst(f, _plan(), {"joint-fact-finding"}, {"eigen-vergadering", "clientenraad"})
    waar = {w: g for g in uit.fasen for w in g.werkvormen}
    feiten = waar["joint-fact-finding"]
    assert (feiten.start, feiten.eind) == (date(2027, 1, 25), date(2027, 2, 10))
    for advies in ("eigen-vergadering", "clientenraad"):
        assert waar[advies].start > feiten.eind
        assert waar[advies].eind < date(2027, 4, 12)
        # each keeps its own phase: the table and the paragraph name it there
    assert waar["eigen-vergadering"].fase is Procesfase.ophalen
    assert waar["clientenraad"].fase is Procesfase.verdiepen


def test_without_a_week_before_the_proposal_the_advice_stays() -> None:
    f = _feiten()
    plan = _plan()
    plan.fasen[-1] = Geplaatst(Procesfase.besluit, date(2027, 2, 12), date(2027, 2, 26), [], None)
    uit = feiten_eerst(f, plan, {"joint-fact-finding"}, {"eigen-vergadering"})
    waar = {w: g for g in uit.fasen for w in g.werkvormen}
    assert waar["eigen-vergadering"].start == date(2027, 1, 4)


def test_which_advice_is_on_the_choice_of_the_facts() -> None:
    feiten = _keuze("joint-fact-finding", ["Omwonenden"], [PLEK])
    dorpsraad = _keuze("eigen-vergadering", ["Dorpsraad Veldhoven"], [ROUTE])
    panel = _keuze("clientenraad", ["Patiëntenpanel"], [])
    # a body's advice on another point only: not moved, unless the promise names the body
    assert advies_op_de_feiten(_feiten(), [feiten, dorpsraad, panel]) == {"clientenraad"}
    belofte = "Wij nemen het advies van de dorpsraad mee."
    assert advies_op_de_feiten(_feiten(belofte), [feiten, dorpsraad, panel]) == {
        "clientenraad",
        "eigen-vergadering",
    }
    # without a fact-finding there is nothing to come after
    assert advies_op_de_feiten(_feiten(belofte), [dorpsraad, panel]) == set()

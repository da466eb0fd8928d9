"""Properties of the summary table per onderwerp and the promises below it, over every
development case and example (review 40): one row per open point, only forms the design ties
to that point, one line per decider with one text per level, a route stated once."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import rapport_gegevens

from pionieren import text
from pionieren.analysis.result import Advies
from pionieren.input.model import Vraagstuk
from pionieren.report.data import EIGEN_KEUZE, FEITEN, eenmaal_route, eigen_keuze, voor_uitnodiging
from pionieren.report.render import write_markdown

ROOT = Path(__file__).parents[2]
BESTANDEN = sorted((ROOT / "tests" / "cases").glob("*.yaml")) + sorted(
    (ROOT / "vraagstukken").glob("*.yaml")
)
DATUM = date(2026, 11, 30)


def _gegevens(pad: Path) -> tuple[Advies, Vraagstuk, dict[str, Any]]:
    return rapport_gegevens(pad, DATUM)


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.stem)
def test_every_open_point_has_exactly_one_row(pad: Path) -> None:
    advies, _, data = _gegevens(pad)
    # in the table's order: the case's central choice first, then as in the advice
    open_ = sorted((o for o in advies.trede.onderwerpen if o.open), key=lambda o: not o.kern)
    rijen = data["per_onderwerp"]
    assert len(rijen) == len(open_)
    for o, r in zip(open_, rijen, strict=True):
        assert r["onderwerp"] == text.kop(o.onderwerp)
        # a dispute over facts and each household's own choice have a label of their own
        # (rules TREDE-FEITEN, TREDE-EIGEN-BEZIT)
        verwacht = FEITEN if o.feiten else (EIGEN_KEUZE if eigen_keuze(o) else o.trede.value)
        assert r["trede"] == verwacht


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.stem)
def test_no_row_names_a_form_that_does_not_deal_with_its_point(pad: Path) -> None:
    advies, _, data = _gegevens(pad)
    # in the table's order: the case's central choice first, then as in the advice
    open_ = sorted((o for o in advies.trede.onderwerpen if o.open), key=lambda o: not o.kern)
    mix = data["advies"]["mix"]
    for o, r in zip(open_, data["per_onderwerp"], strict=True):
        eigen = {m["naam"] for m in mix if o.onderwerp in m["onderwerpen"]}
        for naam in r["hoe"]:
            # a form the design ties to this point, or its own round before a later decision
            assert naam in eigen or naam in (
                "Een eigen ronde vóór dat besluit",
                "Het ontwerp zes weken ter inzage (zienswijzen)",
            ), (o.onderwerp, naam)
        if r["breed"]:
            # the round for everyone only where the point has no form of its own, and never a
            # form chosen for other points
            assert not r["hoe"]
            vormen = [m for m in mix if m["naam"] in r["breed"]]
            assert all(m["voor_iedereen"] for m in vormen)
            assert all(
                not m["onderwerpen"] or any(x["sleutel"] == "MIX-VERBREDING" for x in m["redenen"])
                for m in vormen
            )


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.stem)
def test_one_line_per_decider_and_one_text_per_level(pad: Path) -> None:
    advies, _, data = _gegevens(pad)
    rapport = write_markdown(advies, data, None).decode("utf-8")
    samenvatting = rapport.split("**Het ontwerp.**")[0]
    assert "zoals hierboven" not in samenvatting
    # (the initiator's regie is the gemeente's promise to it, on a line of its own)
    # (a promise already made stands as its maker's, on a line of its own)
    wie = [z["wie"] for z in data["toezeggingen"] if not z["regie"] and not z["gedaan"]]
    assert len(wie) == len(set(wie))
    for z in data["toezeggingen"]:
        niveaus = [n["trede"] for n in z["niveaus"]]
        assert len(niveaus) == len(set(niveaus))
    for regel in samenvatting.splitlines():
        if regel.startswith("- ") and "toezeg" in regel.lower():
            labels = re.findall(r"\*\*([A-Z][a-z]+)\*\*(?: \(al gedaan\))?:", regel)
            assert len(labels) == len(set(labels)), regel


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.stem)
def test_a_route_is_stated_once(pad: Path) -> None:
    advies, v, data = _gegevens(pad)
    rapport = write_markdown(advies, data, None).decode("utf-8")
    delen = rapport.split("## 1.")[1].split("## 4.")[0]
    for b in v.belanghebbenden:
        if b.via:
            assert delen.count(f"via {b.via.strip().rstrip('.')}") <= 1, b.naam


def test_a_visit_to_reach_one_group_is_not_where_a_choice_is_advised_on() -> None:
    """Review 40: 'op bezoek bij een groep' (at its own meeting) as how inwoners advise on
    the choice between scenarios; the evening where they weigh the choices deals with it."""
    pad = ROOT / "tests" / "cases" / "centrumvisie-markewolde.yaml"
    advies, _, data = _gegevens(pad)
    bezoek = next(m for m in advies.mix if m.werkvorm == "eigen-vergadering")
    assert not bezoek.onderwerpen
    # the visit stays for the group it was chosen for, before the decision
    assert bezoek.voor and bezoek.fase.value == "ophalen"
    scenario = data["per_onderwerp"][0]
    assert scenario["hoe"] == ["Avond over de keuzes"]
    # the point with a later decision of its own names that round and its dates
    programma = data["per_onderwerp"][-1]
    assert programma["hoe"] == ["Een eigen ronde vóór dat besluit"]
    assert "2028" in programma["wanneer"]


def test_the_main_decider_the_case_names_is_not_said_to_be_inferred() -> None:
    """Review 40: 'De gemeenteraad (volgens de omschrijving)' while besluit.door is raad."""
    pad = ROOT / "tests" / "cases" / "centrumvisie-markewolde.yaml"
    advies, _, data = _gegevens(pad)
    rapport = write_markdown(advies, data, None).decode("utf-8")
    assert "volgens de omschrijving" not in rapport
    assert not any(o.door_afgeleid for o in advies.trede.onderwerpen)
    # another body the text names is still said to be inferred
    pad = ROOT / "tests" / "cases" / "omgekeerd-inzamelen-lindemeer.yaml"
    advies, _, data = _gegevens(pad)
    assert any(r["afgeleid"] for r in data["per_onderwerp"])


def test_two_texts_for_one_level_are_one_quote() -> None:
    pad = ROOT / "tests" / "cases" / "centrumvisie-markewolde.yaml"
    _, _, data = _gegevens(pad)
    raad = next(z for z in data["toezeggingen"] if z["door"] == "raad")
    # one label for the level; the promise on the choices stands apart within it (below)
    assert [n["trede"] for n in raad["niveaus"]] == ["adviseren"]


def test_the_same_promise_of_another_decider_is_named_as_theirs() -> None:
    pad = ROOT / "tests" / "cases" / "beschermd-wonen-plus-dijkmeer.yaml"
    advies, _, data = _gegevens(pad)
    rapport = write_markdown(advies, data, None).decode("utf-8")
    # review 43: the same promises share one line, no 'dezelfde toezegging als' chain
    # the gemeente promises what it can itself on what the care provider decides: no line
    # that asks the provider for the gemeente's 'in principe over' (TREDE-ANDER-ORGAAN)
    assert "Zorggroep Baken beslist hierover; de gemeente belooft wat zij zelf kan." in rapport
    assert "zegt de gemeente toe" not in rapport
    assert "Vraag Zorggroep Baken" not in rapport
    assert "dezelfde toezegging als Zorggroep Baken" not in rapport


def test_the_budget_sentence_stands_once() -> None:
    """The attention point 'Het ontwerp blijft sober, binnen het budget' repeated the budget
    paragraph of the summary, which names what falls away."""
    pad = ROOT / "tests" / "cases" / "bomenkap-kastanjelaan.yaml"
    advies, _, data = _gegevens(pad)
    rapport = write_markdown(advies, data, None).decode("utf-8")
    # (one form or more falls away: 'komt er geen' or 'vallen weg')
    assert "Voor het budget vallen weg: " in rapport or "Voor het budget komt er geen " in rapport
    assert "Het ontwerp blijft sober, binnen het budget" not in rapport
    # review 42d: the note that the design is smaller stands in the budget line only
    assert "kleiner gemaakt voor het budget" not in rapport
    assert any(
        b.sleutel in ("MIX-BUDGET.weggelaten", "MIX-BUDGET.kleiner") for b in advies.bevindingen
    )


def test_a_holiday_is_named_once_in_the_design() -> None:
    pad = ROOT / "tests" / "cases" / "bomenkap-kastanjelaan.yaml"
    # a report of 21 November: the rounds after three weeks of preparation cross Christmas (from
    # 30 November they start after it, and no holiday is named)
    advies, _, data = rapport_gegevens(pad, date(2026, 11, 21))
    rapport = write_markdown(advies, data, None).decode("utf-8")
    # the summary's key steps, and the table and steps of section 1 (issue 9)
    kern = rapport.split("**De belangrijkste stappen.**")[1].split("**Budget.**")[0]
    ontwerp = rapport.split("\n## 1.")[1].split("\n## 2.")[0]
    assert kern.count("kerstvakantie") + ontwerp.count("kerstvakantie") <= 2
    assert ontwerp.count("kerstvakantie") == 1


def test_the_promise_on_a_choice_stands_apart_from_the_promise_on_other_points() -> None:
    """Review 41b (centrumvisie): the raad's 'in principe overnemen' for the other points and
    'langs vooraf bekende criteria' for the contested choices stood in one quote, as if the
    raad would adopt the advice on the Markt as well. The choice's promise stands apart."""
    from pionieren.report.data import toezeggingen

    pad = ROOT / "tests" / "cases" / "centrumvisie-markewolde.yaml"
    advies, _, _ = _gegevens(pad)
    (raad,) = [z for z in toezeggingen(advies) if z["door"] == "raad"]
    (niveau,) = raad["niveaus"]
    assert "criteria" in niveau["keuze_tekst"] and "criteria" not in niveau["tekst"]
    # a raad that weighs many interests promises to weigh, not 'in principe over' (TREDE-WEGEN)
    assert "wegen uw advies met de andere belangen" in niveau["tekst"]
    assert "in principe" not in niveau["tekst"] and "in principe" not in niveau["keuze_tekst"]


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.stem)
def test_the_points_to_arrange_first_are_the_list_atop_hoofdstuk_1(pad: Path) -> None:
    """The route of a group stands once (test above) because the report data knows which
    points 'Vóór de uitnodiging regelen' lists: that selection and the templates' agree."""
    advies, _, data = _gegevens(pad)
    rapport = write_markdown(advies, data, None).decode("utf-8")
    ontwerp = rapport.split("\n## 1.", 1)[1].split("\n## 2.", 1)[0]
    punten = [b.tekst for b in voor_uitnodiging(advies)]
    if not punten:
        assert "**Vóór de uitnodiging regelen.**" not in ontwerp
        return
    lijst = ontwerp.split("**Vóór de uitnodiging regelen.**", 1)[1].split("\n\n**", 1)[0]
    regels = [r[2:] for r in lijst.splitlines() if r.startswith("- ")]
    assert len(regels) == len(punten)
    for regel, tekst in zip(regels, punten, strict=True):
        assert regel.startswith(tekst)


def test_a_route_named_in_the_points_to_arrange_first_is_not_repeated_at_the_werkvorm() -> None:
    """Issue 9: with 'Vóór de uitnodiging regelen' atop hoofdstuk 1, the route it names ('gaat
    de gemeente zelf naar X via Y') stood again a few lines below ('Dit bereikt ook X (via Y)')."""
    gezien: list[str] = []
    for naam in ("wmo-huishoudelijke-hulp", "klaverveld", "speelruimteplan"):
        pad = next((ROOT / "tests" / "cases").glob(f"{naam}*.yaml"))
        advies, v, data = _gegevens(pad)
        vooraf = " ".join(b.tekst for b in voor_uitnodiging(advies))
        routes = [b.via.strip().rstrip(".") for b in v.belanghebbenden if b.via]
        genoemd = [r for r in routes if f"via {r}" in vooraf]
        gezien += genoemd
        for m in data["advies"]["mix"]:
            for r in genoemd:
                assert f"(via {r})" not in (m.get("waarom") or ""), m["werkvorm"]
    # the cause: eenmaal_route counts the points as said before any werkvorm
    r = next(b.via for b in v.belanghebbenden if b.via).strip().rstrip(".")
    for vooraf_ in ([], [f"Ga zelf naar hen via {r}."]):
        mix = [{"werkvorm": "eigen-vergadering", "waarom": f"Dit bereikt ook hen (via {r})."}]
        eenmaal_route({"mix": mix, "belanghebbenden": []}, v, vooraf_)
        assert (f"(via {r})" in mix[0]["waarom"]) == (not vooraf_)


def test_a_route_said_as_a_sentence_of_its_own_is_not_repeated_either() -> None:
    """A step that became a visit for the budget says its route as a sentence ('Bereik hen via
    ...'), while the budget point atop hoofdstuk 1 ('Om geld te sparen gaat de gemeente zelf
    naar X via ...') already names it: the route stands there alone."""
    pad = ROOT / "tests" / "cases" / "zienswijze-veiligheidsregio-ellemeer.yaml"
    _, v, _ = _gegevens(pad)
    b = next(b for b in v.belanghebbenden if b.via)
    r = b.via.strip().rstrip(".")
    for vooraf_ in ([], [f"Om geld te sparen gaat de gemeente zelf naar hen via {r}."]):
        for zin in (f"Bereik hen via {r}.", f"Bereik {b.naam.lower()} via {r}."):
            mix = [{"werkvorm": "eigen-vergadering", "waarom": f"Een eigen gesprek. {zin}"}]
            eenmaal_route({"mix": mix, "belanghebbenden": []}, v, vooraf_)
            assert (f"via {r}" in mix[0]["waarom"]) == (not vooraf_)
            assert mix[0]["waarom"].startswith("Een eigen gesprek.")

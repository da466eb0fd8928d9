"""Rule MIX-AFWEGEN: inwoners weigh the options on every point they advise on, after the
broad round; in a divided case both sides sit at that table with an independent chair, after
a separate first talk with those against."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from helpers import DATUM, advies_voor

from pionieren.analysis.mix.afwegen import weegt
from pionieren.analysis.mix.kosten import GESPREKSLEIDER_EURO, kosten_van
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.result import Advies
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Modus, Trede

CASES = Path(__file__).resolve().parents[1] / "cases"
KENNIS = builtin()
HEUVELRADE = "heuvelrade-stationsweg"
ONDERNEMERS = "Ondernemersvereniging Stationskwartier"


def _data(naam: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CASES / f"{naam}.yaml").read_text("utf-8"))
    return data


def _advies(data: dict[str, Any]) -> Advies:
    return advies_voor(Vraagstuk.model_validate(data))


def _weging(advies: Advies) -> list[Any]:
    return [m for m in advies.mix if "MIX-AFWEGEN" in m.regels and m.fase.value == "verdiepen"]


def test_a_point_at_adviseren_gets_a_weighing_step_not_only_collecting() -> None:
    """Review 33 (Heuvelrade): inwoners advise on drempels and oversteekplaatsen, but the
    deepening was only partner talks. Now a form where they weigh the options carries it."""
    advies = _advies(_data(HEUVELRADE))
    weging = _weging(advies)
    assert weging
    (m,) = weging
    assert KENNIS.werkvorm(m.werkvorm).afwegen
    assert any("drempels" in o for o in m.onderwerpen)
    assert m.trede is Trede.adviseren
    # partner talks may stand next to it, not in its place
    assert m.werkvorm != "partneroverleg"


def test_in_a_divided_case_both_sides_sit_together_with_an_independent_chair() -> None:
    advies = _advies(_data(HEUVELRADE))
    (m,) = _weging(advies)
    assert ONDERNEMERS in m.voor  # against
    assert "Bewonersvereniging Stationskwartier" in m.voor  # for
    assert any(r.sleutel == "MIX-AFWEGEN.samen" for r in m.redenen)
    # the chair is in the cost of the form: the catalogue's amount plus the chair
    w = KENNIS.werkvorm(m.werkvorm)
    assert m.kosten_euro[0] >= GESPREKSLEIDER_EURO[0]
    assert m.kosten_euro[1] > w.kosten_euro[0] // 2 + GESPREKSLEIDER_EURO[0]
    # the opposed party has a named separate talk before the weighing
    eerst = [
        x
        for x in advies.mix
        if ONDERNEMERS in x.voor and x is not m and x.fase.value in ("ophalen", "verdiepen")
    ]
    assert any(x.werkvorm in ("eigen-vergadering", "keukentafelgesprek") for x in eerst)


def test_not_divided_no_chair_and_no_sides_added() -> None:
    data = _data(HEUVELRADE)
    data["polarisatie"] = 2
    advies = _advies(data)
    (m,) = _weging(advies)
    assert not any(r.sleutel == "MIX-AFWEGEN.samen" for r in m.redenen)


def test_raadplegen_only_needs_no_weighing_step() -> None:
    data = _data(HEUVELRADE)
    data["ambitie"] = "raadplegen"
    data["besluit"]["toezegging"]["trede"] = "raadplegen"
    advies = _advies(data)
    assert not [m for m in advies.mix if "MIX-AFWEGEN" in m.regels]
    assert not [b for b in advies.bevindingen if b.regel == "MIX-AFWEGEN"]


def test_a_marked_choice_at_raadplegen_is_weighed_before_the_concept() -> None:
    """Review 42a (Hunzeloo): three open choices (keuze: true, ruimte middel) got raadplegen and
    were carried only by the formal zienswijze after the concept, while the deep forms carried
    the easy points. A choice the case marks, with real room, goes to the table where the sides
    weigh the other points, before the decision, and keeps its own level; a choice with little
    room does not."""
    data = _data(MARKEWOLDE)
    data["polarisatie"] = 4  # the raad makes a contested choice: raadplegen (TREDE-KEUZE)
    advies = _advies(data)
    punten = {p.onderwerp: p for p in advies.trede.onderwerpen}
    markt = next(o for o in punten if o.startswith("Of de Markt"))
    assert punten[markt].trede is Trede.raadplegen
    (m,) = _weging(advies)
    assert markt in m.onderwerpen
    assert any(o.startswith("Welk van de drie scenario's") for o in m.onderwerpen)
    # a choice with little room: collecting views is enough
    for p in data["kaders"]["open"]:
        if isinstance(p, dict) and p["onderwerp"].startswith("Of de Markt"):
            p["ruimte"] = "klein"
    advies = _advies(data)
    assert next(p for p in advies.trede.onderwerpen if p.onderwerp == markt).trede.rang <= 1
    assert not any(markt in x.onderwerpen for x in advies.mix if "MIX-AFWEGEN" in x.regels)


def test_a_point_another_party_decides_gets_no_weighing_step() -> None:
    advies = _advies(_data(HEUVELRADE))
    for m in _weging(advies):
        assert not any("dienstregeling" in o for o in m.onderwerpen)


def test_an_initiative_of_others_is_left_to_the_initiator() -> None:
    advies = advies_voor(
        Vraagstuk.model_validate(_data("uitdaagrecht-buurthuis")),
    )
    assert not [m for m in advies.mix if "MIX-AFWEGEN" in m.regels]


def test_the_weighing_step_comes_after_the_broad_round() -> None:
    w = KENNIS.werkvorm("keuzeavond")
    assert w.afwegen and not w.kiesbaar
    k = Keuze(werkvorm=w, modus=Modus.denken, trede=Trede.adviseren)
    assert weegt(k, [])
    schouw = Keuze(werkvorm=KENNIS.werkvorm("schouw"), modus=Modus.denken, trede=Trede.raadplegen)
    assert not weegt(schouw, [])  # collecting on the spot is no weighing


def test_the_chair_is_costed() -> None:
    from pionieren.analysis.facts import Feiten

    f = Feiten(vraagstuk=Vraagstuk.model_validate(_data(HEUVELRADE)), kennis=KENNIS, datum=DATUM)
    k = Keuze(werkvorm=KENNIS.werkvorm("keuzeavond"), modus=Modus.denken, trede=Trede.adviseren)
    zonder = kosten_van(f, k)
    k.gespreksleider = True
    met = kosten_van(f, k)
    assert met == (zonder[0] + GESPREKSLEIDER_EURO[0], zonder[1] + GESPREKSLEIDER_EURO[1])
    assert GESPREKSLEIDER_EURO[0] >= 1000  # a professional chair, not a token amount


def test_a_short_budget_keeps_the_promised_weighing_step() -> None:
    data = _data(HEUVELRADE)
    data["kaders"]["budget_euro"] = 3000
    advies = _advies(data)
    assert _weging(advies)  # the promise is never lowered


MARKEWOLDE = "centrumvisie-markewolde"
MARKT = "Of de Markt een parkeerplein blijft"
VERENIGING = "Ondernemersvereniging Centrum Markewolde"
BEWONERS = "Bewoners van het centrum"


def _markt(advies: Advies) -> Any:
    (m,) = [x for x in _weging(advies) if any(o.startswith(MARKT) for o in x.onderwerpen)]
    return m


def _samen(m: Any) -> Any:
    return next((r for r in m.redenen if r.sleutel == "MIX-AFWEGEN.samen"), None)


def test_a_real_choice_seats_both_sides_together_below_a_divided_case() -> None:
    """Blind review (Markewolde, polarisatie 3): the choice about the Markt set the
    ondernemersvereniging against the bewoners of the centrum, but the weighing evening was for
    the bewoners only. On a real choice both sides sit at that table, with an independent chair
    (polarisatie 3), after a separate first talk with the influential opponent."""
    advies = _advies(_data(MARKEWOLDE))
    m = _markt(advies)
    assert VERENIGING in m.voor and BEWONERS in m.voor
    reden = _samen(m)
    assert reden is not None and reden.waarden["leider"] and VERENIGING in reden.waarden["tegen"]
    assert m.kosten_euro[0] >= GESPREKSLEIDER_EURO[0]
    # the scenario choice is weighed at the same table: one form that deals with both
    assert any(o.startswith("Welk van de drie scenario's") for o in m.onderwerpen)
    eerst = [x for x in advies.mix if VERENIGING in x.voor and x is not m]
    assert any(x.werkvorm in ("eigen-vergadering", "keukentafelgesprek") for x in eerst)
    # children are not seated opposite the organised opponents: they have their own form
    assert "Jonge ouders en kinderen" not in m.voor


def test_a_real_choice_without_polarisation_has_no_paid_chair_unless_opponents_have_power() -> None:
    data = _data(MARKEWOLDE)
    data["polarisatie"] = 1
    m = _markt(_advies(data))
    assert VERENIGING in m.voor and BEWONERS in m.voor
    assert _samen(m).waarden["leider"]  # the opponent has much influence
    for p in data["belanghebbenden"]:
        if p["naam"] == VERENIGING:
            p["invloed"] = "middel"
    m = _markt(_advies(data))
    assert VERENIGING in m.voor and BEWONERS in m.voor
    assert not _samen(m).waarden["leider"]
    assert m.kosten_euro[0] < GESPREKSLEIDER_EURO[0]


def test_a_point_that_is_no_choice_seats_no_sides_below_a_divided_case() -> None:
    data = _data(MARKEWOLDE)
    for p in data["kaders"]["open"]:
        if isinstance(p, dict):
            p["keuze"] = False
            p.pop("opties", None)  # options only go with a choice
    advies = _advies(data)
    assert not any(_samen(m) for m in _weging(advies))


def test_a_vulnerable_group_is_not_seated_opposite_its_organised_opponents() -> None:
    """Vuurwerk (polarisatie 5): the people for whom loud bangs are hard (PTSS, autism) sat at
    the weighing evening opposite the fireworks sellers; they keep their own form."""
    advies = _advies(_data("vuurwerk-apv-dinkelmark"))
    naam = next(
        p["naam"]
        for p in _data("vuurwerk-apv-dinkelmark")["belanghebbenden"]
        if p["naam"].startswith("Inwoners voor wie harde knallen")
    )
    for m in _weging(advies):
        if _samen(m):
            assert naam not in m.voor
    assert any(naam in m.voor and m.fase.value in ("ophalen", "verdiepen") for m in advies.mix)


def test_a_short_budget_drops_the_paid_chair_before_a_form() -> None:
    """Maaibeleid (polarisatie 3, € 6.500): the paid chair at the weighing table pushed the
    design over budget and took the raad's meeting out. A colleague from outside the project
    chairs instead. (The budget keeps the only broad round open to everyone before a meeting
    for a raad that does not decide: test_budget_tegenspelers.)"""
    advies = _advies(_data("maaibeleid-heidonk"))
    (m,) = _weging(advies)
    reden = _samen(m)
    assert reden is not None and not reden.waarden["leider"] and reden.waarden["collega"]
    assert (
        not m.kosten_euro[0] >= GESPREKSLEIDER_EURO[0] + KENNIS.werkvorm(m.werkvorm).kosten_euro[0]
    )


def test_the_rest_of_the_budget_is_not_for_a_chair_already_in_the_cost() -> None:
    data = _data(MARKEWOLDE)
    # room left after the joint fact-finding (rule MIX-FEITEN), and a point on the design of
    # the Markt, so that the rest names something
    data["kaders"]["budget_euro"] = 90000
    data["kaders"]["open"][4]["onderwerp"] = "De inrichting van het centrum met groen en bankjes."
    advies = _advies(data)
    rest = [b for b in advies.bevindingen if "wat" in b.waarden]
    assert rest
    assert all("gespreksleider" not in b.waarden["wat"] for b in rest)


def test_a_promised_level_is_a_floor_the_missing_step_is_asked_for_not_a_lower_promise() -> None:
    """Review 45a (Bramerveen): the wethouder promised the dorpsraden advice on which play
    spaces stay; the report offered 'beloof op dit punt raadplegen'. A promise made is a floor:
    the finding asks for the step that makes the advice real."""
    from pionieren.teksten import Wording

    tekst = Wording(KENNIS.teksten)
    punt = "Welke speelplekken blijven."
    beloofd = tekst.render("MIX-AFWEGEN", {"onderwerp": punt, "toegezegd": True})
    assert "raadplegen" not in beloofd
    assert "al toegezegd: plan die stap vóór het advies" in beloofd
    open_ = tekst.render("MIX-AFWEGEN", {"onderwerp": punt, "toegezegd": False})
    assert "of beloof op dit punt raadplegen" in open_

"""Rule PLAN-EERST-PERSOONLIJK: a group the case says hears it personally first gets its step
before the first public one (review 46a/46b: the Kampenweg households and the monument owners
were visited after, or in the same weeks as, the public inloopavond)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import advies_voor, check_invariants

from pionieren.analysis.facts import Feiten
from pionieren.analysis.planning_persoonlijk import eerst_persoonlijk_groepen
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin

DATA = Path(__file__).parent / "data"
SPORTPARK = DATA / "sportpark-eerst-persoonlijk.yaml"
MONUMENTEN = DATA / "monumenten-eerst-persoonlijk.yaml"
DATUM = date(2026, 11, 30)


def _laad(pad: Path, **via: str) -> Vraagstuk:
    data = load_vraagstuk(pad).model_dump(mode="json", exclude_none=True)
    for b in data["belanghebbenden"]:
        if b["naam"] in via:
            b["via"] = via[b["naam"]]
    return Vraagstuk.model_validate(data)


def _fasen(v: Vraagstuk, id: str) -> list[Any]:
    return [p for p in advies_voor(v, datum=DATUM).planning if id in p.werkvormen]


def test_the_households_that_hear_it_first_are_visited_before_the_inloopavond() -> None:
    v = _laad(SPORTPARK)
    check_invariants(v, advies_voor(v, datum=DATUM))
    (bezoek,) = _fasen(v, "keukentafelgesprek")
    (inloop,) = _fasen(v, "inloopavond")
    assert bezoek.uitleg is not None and bezoek.uitleg.sleutel == "FASE.eerst_persoonlijk"
    assert "Bewoners van de Kampenweg" in bezoek.toelichting
    assert bezoek.eind is not None and inloop.start is not None
    assert bezoek.eind < inloop.start


def test_without_that_wish_the_visits_run_beside_the_inloopavond() -> None:
    v = _laad(
        SPORTPARK,
        **{
            "Bewoners van de Kampenweg": "een bezoek aan huis",
            "Melkveehouder die De Kampen pacht": "een gesprek op het erf met de wethouder",
        },
    )
    planning = advies_voor(v, datum=DATUM).planning
    assert not any(
        p.uitleg is not None and p.uitleg.sleutel == "FASE.eerst_persoonlijk" for p in planning
    )
    (bezoek,) = _fasen(v, "keukentafelgesprek")
    (inloop,) = _fasen(v, "inloopavond")
    assert bezoek is inloop or bezoek.start == inloop.start


def test_the_groups_come_from_the_road_the_concern_or_what_is_different_now() -> None:
    kennis = builtin()
    sport = Feiten(vraagstuk=_laad(SPORTPARK), kennis=kennis, datum=DATUM)
    assert eerst_persoonlijk_groepen(sport) == [
        "Melkveehouder die De Kampen pacht",
        "Bewoners van de Kampenweg",
    ]
    # 'eerst een brief en een bezoek ... vóórdat de ontwerplijst openbaar wordt', for the group
    # reached by a letter and then a visit; not for the farmers reached through their union
    monumenten = Feiten(vraagstuk=_laad(MONUMENTEN), kennis=kennis, datum=DATUM)
    assert eerst_persoonlijk_groepen(monumenten) == ["Eigenaren van de voorgedragen panden"]


def test_public_steps_wait_for_visits_on_the_case_s_own_dates() -> None:
    """The owners' visits run on the case's dates (15 February – 28 May): the inloopavond and
    the project page come after them, not in January, and not into the summer holiday."""
    v = _laad(MONUMENTEN)
    check_invariants(v, advies_voor(v, datum=DATUM))
    (bezoek,) = _fasen(v, "advies-aan-huis")
    for id in ("inloopavond", "informatiebrief"):
        (p,) = _fasen(v, id)
        assert p.start is not None and p.eind is not None and bezoek.eind is not None
        assert p.start > bezoek.eind
        assert p.eind < date(2027, 7, 24)  # the summer holiday in the south


def _verhaal(aanleiding: str) -> list[str]:
    data = _laad(SPORTPARK).model_dump(mode="json", exclude_none=True)
    data["aanleiding"] = aanleiding
    v = Vraagstuk.model_validate(data)
    return eerst_persoonlijk_groepen(Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM))


def test_the_story_that_promises_a_talk_first_names_the_group() -> None:
    # review 48a/48c: 'Veertien grondeigenaren ... Zij willen eerst thuis horen ..., voordat er
    # een kaart op internet staat' stood only in the aanleiding, and a public round came first
    groep = "Vrijwilligers in de kantines en op de velden"
    assert groep not in _verhaal("De clubs zijn bezorgd over de kantines.")
    assert groep in _verhaal(
        "De vrijwilligers in de kantines en op de velden maken zich zorgen. Zij willen eerst "
        "zelf horen wat het plan voor hun werk betekent, voordat er een kaart op internet staat."
    )


def test_a_story_without_first_or_about_the_raad_names_no_group() -> None:
    groep = "Vrijwilligers in de kantines en op de velden"
    # no 'eerst': only when the plan is public, nothing about an order
    assert groep not in _verhaal(
        "De vrijwilligers in de kantines en op de velden horen het plan voordat het openbaar wordt."
    )
    # a fractie or an advisory body hearing it first is no personal step for inwoners
    voor = _verhaal(
        "De fracties in de gemeenteraad willen eerst een brief, voordat het openbaar wordt."
    )
    assert "Fracties in de gemeenteraad" not in voor


def test_the_advice_waits_for_the_personal_talks_before_the_broad_talk() -> None:
    from pionieren.knowledge.load import builtin as kennis_
    from pionieren.teksten import Wording

    tekst = Wording(kennis_().teksten).render(
        "PLAN-KALENDER.ruim",
        {
            "anker": "",
            "inbreng": "",
            "vroeg": True,
            "beschikbaar": 39,
            "nodig": 29,
            "uiterlijk": "2027-03-01",
            "persoonlijk": True,
        },
    )
    assert "begin nu met de persoonlijke gesprekken" in tekst
    assert "begin het brede gesprek nu" not in tekst
    reactie = Wording(kennis_().teksten).render(
        "PLAN-REACTIE",
        {"onderwerpen": ["Welk tracé"], "stukken": "2027-05-27", "persoonlijk": True},
    )
    assert "bij de uitnodiging" not in reactie and "na de persoonlijke gesprekken" in reactie


def test_an_inloopavond_of_the_preparation_waits_for_the_personal_step() -> None:
    # review 48a: an inloopavond before 18 December while the visits came in January
    pad = Path(__file__).parents[1] / "cases" / "herstructurering-molenakker-wolderveen.yaml"
    v = load_vraagstuk(pad)
    voor = [p for p in advies_voor(v, datum=DATUM).planning if "inloopavond" in p.werkvormen]
    # (since review 51 a worry evening opens the first round instead of the preparation)
    assert voor and voor[0].fase in ("voorbereiden", "ophalen")
    data = v.model_dump(mode="json", exclude_none=True)
    groep = next(b["naam"] for b in data["belanghebbenden"] if b["soort"] == "inwoners")
    data["aanleiding"] = (
        f"{data.get('aanleiding', '')} {groep} maken zich zorgen. Zij willen eerst thuis horen "
        "wat het plan voor hen betekent, voordat het openbaar wordt."
    )
    advies = advies_voor(Vraagstuk.model_validate(data), datum=DATUM)
    eerst = [
        p
        for p in advies.planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.eerst_persoonlijk"
    ]
    persoonlijk_eind = max(p.eind for p in eerst) if eerst else None
    inloop = [p for p in advies.planning if "inloopavond" in p.werkvormen]
    assert inloop and persoonlijk_eind is not None
    assert all(p.start > persoonlijk_eind for p in inloop), (inloop, persoonlijk_eind)
    # the preparation stays, without the inloopavond: it holds the report's first step
    assert any(p.fase == "voorbereiden" for p in advies.planning)


BEOORDELING = Path(__file__).parents[1] / "cases" / "beoordeling"


def _eerst(planning: list[Any]) -> Any:
    (p,) = [
        p for p in planning if p.uitleg is not None and p.uitleg.sleutel == "FASE.eerst_persoonlijk"
    ]
    return p


def test_every_step_that_shows_the_plan_waits_for_the_personal_round() -> None:
    # review 49: straatinterviews (recruited in the street, so not 'open') and a visit to the
    # clubs started during the kitchen-table talks with the Kampenweg households and before the
    # report's own 'eerste openbare stap'. Whether a step makes the plan public is the
    # catalogue's maakt_openbaar, not whether anyone can sign up.
    v = load_vraagstuk(BEOORDELING / "sportpark-de-kampen-oosterbeemd.yaml")
    a = advies_voor(v, datum=DATUM)
    check_invariants(v, a)
    catalogus = {w.id: w for w in builtin().werkvormen}
    eerst = _eerst(a.planning)
    openbaar = date.fromisoformat(eerst.uitleg.waarden["openbaar"])
    publiek = [
        (w, p)
        for p in a.planning
        if p.fase.value in ("ophalen", "verdiepen", "toetsen") and p is not eerst
        for w in p.werkvormen
        if catalogus[w].maakt_openbaar
        and catalogus[w].organisator.value != "griffie"
        and p.uitleg is not None
        and p.uitleg.sleutel != "FASE.moment"
    ]
    assert {w for w, _ in publiek} >= {"straatinterviews", "inloopavond"}
    for w, p in publiek:
        assert p.start > eerst.eind and p.start >= openbaar, (w, p.start)


def test_a_public_step_on_the_case_s_own_dates_keeps_them_and_is_named_once() -> None:
    # the case itself puts a wijkschouw in the first week of the personal round: its date
    # stays, and the advice says once what to do (move it, or tell them first)
    data = load_vraagstuk(BEOORDELING / "sportpark-de-kampen-oosterbeemd.yaml").model_dump(
        mode="json", exclude_none=True
    )
    data["werkvormen"].append({"id": "schouw", "van": "2027-01-07", "tot": "2027-01-07"})
    v = Vraagstuk.model_validate(data)
    a = advies_voor(v, datum=DATUM)
    (schouw,) = [p for p in a.planning if "schouw" in p.werkvormen]
    assert schouw.start == date(2027, 1, 7)
    eerst = _eerst(a.planning)
    assert eerst.start <= schouw.start <= eerst.eind
    (b,) = [b for b in a.bevindingen if b.sleutel == "PLAN-EERST-PERSOONLIJK.vast"]
    assert "7 januari 2027" in b.tekst and "bewoners van de Kampenweg" in b.tekst
    assert "Schuif" in b.tekst and "PLAN-" not in b.tekst
    # the finished calendar's check does not name it a second time
    from pionieren.analysis.planning_controle import controleer

    assert controleer(Feiten(v, builtin(), a.datum), a) == []


def test_the_catalogue_says_of_every_werkvorm_whether_it_makes_the_plan_public() -> None:
    import yaml

    pad = Path(__file__).parents[2] / "src" / "pionieren" / "knowledge" / "werkvormen.yaml"
    ruw = yaml.safe_load(pad.read_text(encoding="utf-8"))["werkvormen"]
    zonder = [w["id"] for w in ruw if "maakt_openbaar" not in w]
    assert zonder == []
    catalogus = {w.id: w for w in builtin().werkvormen}
    # recruited, yet public: people in the street, a club's members, a community's network
    for id in ("straatinterviews", "eigen-vergadering", "sleutelfiguren", "schouw", "enquete"):
        assert catalogus[id].maakt_openbaar, id
    # a closed circle
    for id in ("keukentafelgesprek", "klankbordgroep", "partneroverleg", "focusgroep"):
        assert not catalogus[id].maakt_openbaar, id


def test_a_preference_is_asked_after_the_broad_round_has_closed() -> None:
    # review 49: the avond over de keuzes ran in the same weeks as the inloopavond that
    # collects the input (after the owners' visits, just before the summer holiday). The
    # choice now comes in the last weeks, after the broad round has closed.
    v = load_vraagstuk(
        Path(__file__).parents[1] / "cases" / "gemeentelijke-monumenten-kempenrade.yaml"
    )
    # the order, not the budget: without a budget the design holds both rounds (with it, the
    # direct talk with the opposing owners and the parish goes before the evening, test
    # test_budget_tegenspelers)
    v = v.model_copy(update={"kaders": v.kaders.model_copy(update={"budget_euro": None})})
    a = advies_voor(v, datum=DATUM)
    check_invariants(v, a)
    (keuze,) = [p for p in a.planning if "keuzeavond" in p.werkvormen]
    (inloop,) = [p for p in a.planning if "inloopavond" in p.werkvormen]
    assert inloop.eind is not None and keuze.start is not None
    assert inloop.eind < keuze.start
    from pionieren.analysis.planning_controle import controleer

    assert controleer(Feiten(v, builtin(), a.datum), a) == []
    # the check finds it when the two run side by side again
    i = a.planning.index(keuze)
    a.planning[i] = keuze.model_copy(update={"start": inloop.start})
    (zin,) = controleer(Feiten(v, builtin(), a.datum), a)
    assert zin.startswith("Avond over de keuzes") and "ophaalt nog loopt" in zin


def test_a_road_before_the_first_meeting_or_a_visit_at_home_first_names_the_group() -> None:
    # review 50b, Veendijk: 'een bezoek aan huis ..., vóór de eerste buurtbijeenkomst' and
    # 'De directe buren worden eerst thuis bezocht' did not count as 'first', and an
    # inloopavond came a month before the visits
    groep = "Bewoners van de Kampenweg"
    kennis = builtin()
    zonder = _laad(SPORTPARK, **{groep: "een bezoek aan huis"})
    assert groep not in eerst_persoonlijk_groepen(Feiten(zonder, kennis, DATUM))
    for via in (
        "een bezoek aan huis, vóór de eerste buurtbijeenkomst",
        "een brief en een gesprek voor de eerste inloopavond",
    ):
        v = _laad(SPORTPARK, **{groep: via})
        assert groep in eerst_persoonlijk_groepen(Feiten(v, kennis, DATUM)), via
    # a first meeting of their own, after which nothing is said about order, is no order
    v = _laad(SPORTPARK, **{groep: "een bezoek aan huis; de eerste bijeenkomst is in maart"})
    assert groep not in eerst_persoonlijk_groepen(Feiten(v, kennis, DATUM))
    data = zonder.model_dump(mode="json", exclude_none=True)
    data["aanleiding"] = "De bewoners van de Kampenweg worden eerst thuis bezocht."
    v = Vraagstuk.model_validate(data)
    assert groep in eerst_persoonlijk_groepen(Feiten(v, kennis, DATUM))
    # 'eerst' without a visit at home or a public moment says nothing about order
    data["aanleiding"] = "De bewoners van de Kampenweg zijn eerst boos."
    v = Vraagstuk.model_validate(data)
    assert groep not in eerst_persoonlijk_groepen(Feiten(v, kennis, DATUM))


def test_veendijk_visits_the_direct_neighbours_before_any_public_step() -> None:
    v = load_vraagstuk(Path(__file__).parents[1] / "cases" / "wachtrij" / VEENDIJK)
    a = advies_voor(v, datum=date(2026, 12, 1))
    check_invariants(v, a)
    eerst = _eerst(a.planning)
    assert "Directe buren aan het Kieldiep en de Hofsteestraat" in eerst.uitleg.waarden["wie"]
    catalogus = {w.id: w for w in builtin().werkvormen}
    publiek = [
        (w, p)
        for p in a.planning
        if p is not eerst and p.start is not None and p.start >= eerst.start
        for w in p.werkvormen
        if catalogus[w].maakt_openbaar and catalogus[w].organisator.value != "griffie"
    ]
    # (public steps there are: the order is tested, not which broad forms time and budget
    # leave; since the three-week preparation of review 51 the werkgroep no longer fits, the
    # faster design is chosen and the budget keeps the schouw, not the inloopavond)
    assert {w for w, _ in publiek} & {"inloopavond", "straatinterviews", "schouw"}
    for w, p in publiek:
        assert p.start > eerst.eind, (w, p.start, eerst.eind)
    # nothing public before the visits either (the inloopavond was in December)
    assert not [
        (w, p.start)
        for p in a.planning
        if p.start is not None and p.start < eerst.start
        for w in p.werkvormen
        if catalogus[w].maakt_openbaar
    ]


VEENDIJK = "opvang-kantoor-kieldiep-veendijk.yaml"

_CASES = Path(__file__).parents[1] / "cases"
_PADEN = sorted(
    [
        *_CASES.glob("*.yaml"),
        *_CASES.glob("beoordeling/*.yaml"),
        *_CASES.glob("wachtrij/*.yaml"),
        *(Path(__file__).parents[2] / "vraagstukken").glob("*.yaml"),
    ]
)


@pytest.mark.parametrize("pad", _PADEN, ids=lambda p: p.stem)
def test_no_public_step_starts_before_the_personal_round_ends(pad: Path) -> None:
    """Over all dev cases: when the case says a group hears it first, a public step that is not
    on the case's own dates starts after the personal round (or the case's visits) ends."""
    v = load_vraagstuk(pad)
    kennis = builtin()
    if not eerst_persoonlijk_groepen(Feiten(v, kennis, DATUM)) or v.kaders.besluit_al_genomen:
        pytest.skip("no group hears it first")
    a = advies_voor(v, datum=DATUM)
    eerst = [
        p
        for p in a.planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.eerst_persoonlijk"
    ]
    if not eerst:
        return  # the personal talk is on the case's own dates or in the preparation
    (stap,) = eerst
    eigen = {w.id for w in v.werkvormen if w.van is not None or w.tot is not None}
    catalogus = {w.id: w for w in kennis.werkvormen}
    besluit = min((p.start for p in a.planning if p.fase.value == "besluit"), default=None)
    vroeg = [
        (w, p.start)
        for p in a.planning
        if p is not stap
        and p.start is not None
        and p.start <= stap.eind
        and p.eind is not None
        and p.eind > DATUM
        and (besluit is None or p.start < besluit)
        and (p.uitleg is None or p.uitleg.sleutel != "FASE.moment")
        for w in p.werkvormen
        if w not in eigen
        and catalogus[w].maakt_openbaar
        and catalogus[w].organisator.value != "griffie"
    ]
    assert not vroeg, (vroeg, stap.start, stap.eind)

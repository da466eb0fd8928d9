"""A plan an adviser would sign: a short budget caps its most expensive part, an ample one says
what the rest buys, and people are invited before the first meeting (reviews 32a, 32b, 33)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import DATUM, advies_voor, builtin, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.budget import plafond, rest
from pionieren.analysis.mix.kosten import met_onvoorzien
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.planning import UITNODIGEN_WEKEN, VOORBEREIDEN_BODEM, Blok, _krimp
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.report.data import eerste_stap
from pionieren.report.render import render
from pionieren.teksten import Wording
from pionieren.text import euro
from pionieren.vocabulary import Modus, Procesfase, Trede

CASES = Path(__file__).resolve().parents[1] / "cases"


def _keuze(f: Feiten, werkvorm: str, voor: list[str], trede: Trede = Trede.adviseren) -> Keuze:
    w = next(w for w in f.kennis.werkvormen if w.id == werkvorm)
    return Keuze(werkvorm=w, modus=Modus.denken, trede=trede, voor=voor)


def test_a_short_budget_caps_its_most_expensive_part() -> None:
    """Review 32a: € 38,000 against a € 30,000 fact-finding: the advice said 'do it all with own
    staff'; now it caps the fact-finding so that the rest and a tenth for the unforeseen fit.
    Since review 38 the case's own € 38,000 just covers the sober design; at € 34,000 it does
    not."""
    v = load_vraagstuk(CASES / "beschermd-wonen-plus-dijkmeer.yaml")
    v = v.model_copy(update={"kaders": v.kaders.model_copy(update={"budget_euro": 34_000})})
    advies = advies_voor(v)
    (b,) = [b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.kleiner"]
    assert "eigen medewerkers" not in b.tekst
    assert b.waarden["duurste"].startswith("Gezamenlijk feitenonderzoek")
    # review 34b: the cap read as below the part's own minimum; it says so
    # since review 49 the part's usual estimate (30,000 + a tenth of its range), which the
    # design no longer holds: it holds the cap
    assert int(b.waarden["gewoon"]) > 30_000 and b.waarden["gekapt"]
    plafond_ = int(b.waarden["plafond"])
    assert 0 < plafond_ < 30_000
    assert plafond_ % 500 == 0
    # review 42d: the cap makes the estimate with a fifth for the unforeseen fit, not only
    # the least cost
    m = advies.middelen
    (deel,) = [x for x in advies.mix if x.naam == b.waarden["duurste"]]
    assert deel.kosten_euro == (plafond_, plafond_)  # the design holds the smaller part
    assert met_onvoorzien(m.kosten_min_euro, m.kosten_max_euro) == m.schatting_euro <= 34_000
    regel = " ".join(
        r.split("**Budget.** ", 1)[1]
        for r in _rapport(advies, v).splitlines()
        if r.startswith("**Budget.** ")
    )
    gewoon = euro(int(b.waarden["gewoon"]))
    assert f"voor hoogstens {euro(plafond_)} in plaats van {gewoon}" in regel
    assert "te weinig" not in regel


def _rapport(advies: Advies, v: Vraagstuk) -> str:
    return render(advies, v, builtin(), "md", "v.yaml", None, {}).decode()


def test_the_cap_is_zero_when_even_without_the_part_nothing_fits() -> None:
    f = Feiten(vraagstuk=maak(), kennis=builtin(), datum=DATUM)
    keuzes = [_keuze(f, "joint-fact-finding", ["Bewoners"]), _keuze(f, "inloopavond", ["Bewoners"])]
    naam, bedrag = plafond(f, keuzes, 100)
    assert naam == "Gezamenlijk feitenonderzoek"
    assert bedrag == 0


def test_an_ample_budget_says_what_the_rest_buys_in_order() -> None:
    """Review 33: € 25,000 against € 5,500; the rest goes to an independent gespreksleider
    (divided case), a designer (an open point about the layout), in that order. Review 48e:
    a group hard to reach that no form reaches yet comes before both."""
    v = maak(polarisatie=4, kaders_open=["De inrichting van de straat"], kaders_budget_euro=25_000)
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    # the evening reaches the Jongeren (hard to reach) too: nothing unreached
    avond = _keuze(f, "inloopavond", [], Trede.raadplegen)
    avond.add(["Bewoners", "Jongeren"], None, "MIX-BEREIK")
    bereikt = [avond]
    b = rest(f, bereikt, 1_000, 25_000)
    assert b is not None
    assert b.waarden["wat"][:2] == ["gespreksleider", "ontwerper"]
    # without them, reaching the Jongeren comes first
    keuzes = [_keuze(f, "inloopavond", ["Bewoners"], Trede.raadplegen)]
    b = rest(f, keuzes, 1_000, 25_000)
    assert b is not None
    assert b.waarden["wat"][:3] == ["bereik", "gespreksleider", "ontwerper"]
    assert b.waarden["onbereikt"] == ["Jongeren"]
    # review 38: the reserve is a fifth on top of the estimate (midpoint of the range), not
    # on top of the least cost
    assert b.waarden["raming"] > 1_000
    assert b.waarden["reserve"] >= b.waarden["raming"] * 1.2
    assert b.waarden["rest"] == 25_000 - b.waarden["reserve"]
    tekst = Wording(builtin().teksten).render(b.sleutel, b.waarden)
    assert tekst.startswith(
        f"Er blijft {euro(b.waarden['rest'])} over: eerst voor het bereiken van jongeren; "
        "dan voor onafhankelijke gespreksleiding en "
    )


def test_a_budget_just_above_the_reserve_names_no_rest() -> None:
    v = maak(polarisatie=5, kaders_open=["De inrichting"], kaders_budget_euro=1_500)
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    keuzes = [_keuze(f, "inloopavond", ["Bewoners"], Trede.raadplegen)]
    assert rest(f, keuzes, 1_000, 1_500) is None


def test_a_calm_case_without_layout_or_depth_names_no_rest() -> None:
    v = maak(polarisatie=1, kaders_open=["De openingstijden"], kaders_budget_euro=50_000)
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    keuzes = [_keuze(f, "informatiebrief", ["Bewoners"], Trede.informeren)]
    b = rest(f, keuzes, 1_000, 50_000)
    assert b is None or "gespreksleider" not in b.waarden["wat"]


def test_the_preparation_is_shrunk_last_and_never_below_the_invitations() -> None:
    """Review 32b: the plan adopted on 4 December, the first meeting on 7 December."""
    blokken = [
        Blok(Procesfase.voorbereiden, [], 4, 4),
        Blok(Procesfase.ophalen, ["enquete"], 4, 6),
        Blok(Procesfase.verdiepen, ["focusgroep"], 3, 4),
    ]
    lengtes = _krimp(blokken, 8)
    assert lengtes[Procesfase.voorbereiden] == 4  # the other phases give way first
    assert sum(lengtes.values()) == 8
    # never below a week to adopt the plan and two to invite (review 51: the plan adopted
    # 'deze week' and the first round two weeks after the report)
    krap = _krimp(blokken, 3)
    assert krap[Procesfase.voorbereiden] == VOORBEREIDEN_BODEM == UITNODIGEN_WEKEN + 1


def test_the_first_meeting_is_two_weeks_after_the_plan_and_a_tight_college_is_named() -> None:
    for naam in ("jop-de-kolk", "heuvelrade-stationsweg", "bomenkap-kastanjelaan"):
        v = load_vraagstuk(CASES / f"{naam}.yaml")
        advies = advies_voor(v)
        stap = eerste_stap(advies, [])
        assert stap is not None
        assert stap["vanaf"] is not None
        tot, vanaf = date.fromisoformat(stap["tot"]), date.fromisoformat(stap["vanaf"])
        assert (vanaf - tot).days >= 14, naam
        assert stap["krap"] == (bool(stap["vaststeller"]) and (tot - advies.datum).days < 21)


def test_a_fixed_reaction_term_partly_in_a_school_holiday_is_named() -> None:
    """Review 33: the plankaart (18 January – 26 February) closes in the voorjaarsvakantie."""
    v = load_vraagstuk(CASES / "laadpalen-plankaart-eemvliet.yaml")
    advies = advies_voor(v)
    (b,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.vast_in_vakantie"]
    assert b.waarden["vakantie"] == "voorjaarsvakantie"
    assert "een week extra" in b.tekst


def test_a_fixed_term_outside_the_holidays_is_not_named() -> None:
    v = maak(werkvormen=[{"id": "plekken-op-de-kaart", "van": "2027-03-08", "tot": "2027-04-02"}])
    advies = advies_voor(v)
    assert not [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.vast_in_vakantie"]


def test_a_group_cut_by_the_budget_joins_the_weighing_evening() -> None:
    """The bibliotheek: the budget cut the round table with the school and the library
    foundation while the evening where the options are weighed stayed; they join it instead of
    losing their moment before the decision. The raad's fracties never join an inwoners table."""
    from pionieren.analysis.mix.budget import aanschuiven

    v = load_vraagstuk(Path(__file__).resolve().parents[2] / "vraagstukken" / "bibliotheek.yaml")
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    organisaties = [
        p.naam for p in v.belanghebbenden if p.soort.value == "maatschappelijke_organisatie"
    ]
    politiek = [p.naam for p in v.belanghebbenden if p.soort.value == "politiek"]
    assert organisaties and politiek
    avond = _keuze(f, "keuzeavond", [])
    avond.afweging = True
    erbij = aanschuiven(f, [avond], set(organisaties + politiek))
    assert set(erbij) == set(organisaties)
    assert set(organisaties) <= set(avond.voor) and not set(politiek) & set(avond.voor)
    (reden,) = [r for r in avond.redenen if r.sleutel == "MIX-BUDGET.aanschuiven"]
    assert reden.waarden["namen"] == erbij
    # without a weighing step there is no table to join
    tafel = _keuze(f, "keuzeavond", [])
    assert aanschuiven(f, [tafel], set(organisaties)) == [] and not tafel.voor


def test_the_bibliotheek_keeps_the_school_before_the_decision() -> None:
    v = load_vraagstuk(Path(__file__).resolve().parents[2] / "vraagstukken" / "bibliotheek.yaml")
    advies = advies_voor(v)
    (b,) = [b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.kleiner"]
    school = next(p.naam for p in v.belanghebbenden if "school" in p.naam.lower())
    assert school not in b.waarden["kwijt"]


def test_a_short_budget_never_swaps_the_written_advice_of_an_adviesraad() -> None:
    """Participatieverordening: the budget was € 100 short and the written advice of the
    adviesraad became a visit to its meeting; its right to advise is its own step."""
    from pionieren.analysis.mix.budget import lichter

    v = load_vraagstuk(CASES / "participatieverordening-herziening.yaml")
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    raad = next(p.naam for p in v.belanghebbenden if p.soort.value == "adviesorgaan")
    advies = _keuze(f, "clientenraad", [raad])
    gesprek = _keuze(f, "rondetafel", [raad])
    assert lichter(f, advies) is None
    assert lichter(f, gesprek) is not None  # the swap itself still works for other forms
    ontwerp = advies_voor(v)
    assert any(m.werkvorm == "clientenraad" for m in ontwerp.mix)

"""The budget is a limit, not a wish (review 42d): the composer leaves out or shrinks the least
useful werkvormen until the estimate with a fifth for the unforeseen fits, and says the
shortfall honestly when that cannot be done without a step the case needs."""

from __future__ import annotations

from pathlib import Path

from helpers import DATUM, advies_voor, builtin, maak, vaste_budgetten
from test_mix_regels import KENNIS, keuze, met_partijen, ontwerp

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.budget import afweging_beloofd, kleiner, niveaus, plafond
from pionieren.analysis.mix.kosten import met_onvoorzien
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.input.load import load_vraagstuk
from pionieren.vocabulary import Modus, Trede

ROOT = Path(__file__).resolve().parents[2]
ALLE = sorted((ROOT / "tests" / "cases").glob("*.yaml")) + sorted(
    (ROOT / "vraagstukken").glob("*.yaml")
)


def test_every_design_fits_its_estimate_or_names_the_shortfall() -> None:
    """Never 'houd ... sober' above a budget that is fixed: the design the report shows fits
    the estimate with a fifth for the unforeseen, or MIX-BUDGET.kleiner names the shortfall
    on exactly that estimate."""
    for pad, v, advies, schatting in vaste_budgetten(ALLE):
        budget = v.kaders.budget_euro
        assert budget is not None
        assert not [b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.sober"], pad.name
        if schatting <= budget:
            continue
        (b,) = [b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.kleiner"]
        assert b.waarden["tekort"] == schatting - budget, pad.name


def test_a_costly_game_about_known_options_goes_and_the_report_says_where_they_come_up() -> None:
    """Sporttarieven (€ 18,000): the serious game goes; its open points still come up in a
    form that stays, and the summary says so in one sentence with one amount."""
    from pionieren.pipeline import advise

    pad = ROOT / "tests" / "cases" / "sporttarieven-kadernota.yaml"
    resultaat = advise(pad, datum=DATUM.isoformat())
    advies = resultaat.advies
    ids = {m.werkvorm for m in advies.mix}
    assert "serious-game" not in ids
    # the smaller design (MIX-BUDGET.kleiner) or the budget as a limit (MIX-BUDGET.grens) drops it
    weg = [
        *(
            n
            for b in advies.bevindingen
            if b.sleutel == "MIX-BUDGET.kleiner"
            for n in b.waarden["weggelaten"]
        ),
        *(
            s["naam"]
            for b in advies.bevindingen
            if b.sleutel == "MIX-BUDGET.grens"
            for s in b.waarden["stappen"]
        ),
    ]
    assert "Keuzespel of rollenspel" in weg
    regel = " ".join(
        r.split("**Budget.** ", 1)[1]
        for r in resultaat.tekst.splitlines()
        if r.startswith("**Budget.** ")
    )
    # the line says where its groups still come up, and the design fits (a smaller part at most)
    # ... naming its groups, so the reader can check (review 56c)
    assert (
        "geen keuzespel of rollenspel; jeugdleden en hun ouders praten mee in de jongerenraad"
        in regel
    )
    assert "te weinig" not in regel and "Voor het budget: " in regel
    # one amount: the estimate, in the summary only once
    assert resultaat.tekst.count("naar schatting") == 1
    # a form left out is not mentioned elsewhere: not the evaluation in the griffie's task
    if "leerarena" not in ids:
        rollen = resultaat.tekst.split("## 2. Wie doet wat", 1)[1].split("\n## ", 1)[0]
        assert "evalueert" not in rollen


def test_an_open_point_keeps_the_only_form_at_its_level() -> None:
    """Cutting the one form where inwoners advise on a point for a cheaper one where they are
    only asked would lower the point's level: the cut leaves it."""
    o = ontwerp(maak(kaders_budget_euro=500), Trede.adviseren)
    punt = "De inrichting van het plein"
    duur = keuze(o, "klankbordgroep", "Bewoners")
    duur.trede = Trede.adviseren
    duur.onderwerpen.append(punt)
    goedkoop = keuze(o, "straatinterviews", "Bewoners")
    goedkoop.trede = Trede.raadplegen
    goedkoop.onderwerpen.append(punt)
    assert niveaus(o.keuzes) == {punt: Trede.adviseren.rang}
    over, b = kleiner(o.f, o.keuzes, [])
    assert duur.werkvorm.id in {k.werkvorm.id for k in over}
    assert b.waarden["tekort"] > 0  # said honestly, not hidden


def test_only_a_weighing_step_of_a_marked_promised_point_is_kept_for_the_promise() -> None:
    """Review 42d: a promise about the hours of the clubs kept a serious game about the gym
    lessons. When the case marks what the promise is about, only that point's step is kept."""
    open_ = [
        {"onderwerp": "De verdeling van de zaaluren", "ruimte": "middel", "toegezegd": True},
        {"onderwerp": "De gymlessen", "ruimte": "middel"},
    ]
    v = met_partijen(
        kaders_open=open_,
        besluit={"door": "college", "toezegging": {"door": "college", "trede": "coproduceren"}},
    )
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    spel = Keuze(
        werkvorm=KENNIS.werkvorm("serious-game"),
        modus=Modus.denken,
        trede=Trede.adviseren,
        voor=[],
        onderwerpen=["De gymlessen"],
        afweging=True,
        afweging_toegezegd=True,
    )
    assert not afweging_beloofd(f, spel)
    spel.onderwerpen = ["De verdeling van de zaaluren"]
    assert afweging_beloofd(f, spel)


def test_a_cap_far_below_the_least_cost_is_no_smaller_form() -> None:
    """Review 42c: 'hoogstens € 500 in plaats van € 5.000' is another thing, not a smaller
    survey: below half its least cost the advice names the shortfall instead."""
    f = Feiten(vraagstuk=maak(), kennis=builtin(), datum=DATUM)

    def k(id_: str) -> Keuze:
        return Keuze(werkvorm=KENNIS.werkvorm(id_), modus=Modus.denken, trede=Trede.adviseren)

    keuzes = [k("joint-fact-finding"), k("inloopavond")]
    minst = KENNIS.werkvorm("joint-fact-finding").kosten_euro[0]
    naam, bedrag = plafond(f, keuzes, minst)  # room for about four fifths of it
    assert naam.startswith("Gezamenlijk feitenonderzoek") and bedrag * 2 >= minst
    naam, bedrag = plafond(f, keuzes, minst // 2)  # room for a third: no cap
    assert bedrag == 0


def test_a_short_budget_never_asks_for_more_money() -> None:
    """Review 45a (Bramerveen): 'Kleiner kan niet …: met € 9.500 erbij betaalt u vooral …' is
    the 'verhoog het budget' the rubric rules out. When even the indispensable parts do not
    fit, the advice names the dearest step at risk and what the college must choose; only a
    promise already made (a motie, a toezegging above adviseren) is left to whoever sets the
    budget."""
    from pionieren.pipeline import advise

    for pad in ALLE:
        v = load_vraagstuk(pad)
        if v.kaders.budget_euro is None:
            continue
        resultaat = advise(pad, datum=DATUM.isoformat())
        regel = " ".join(
            r.split("**Budget.** ", 1)[1]
            for r in resultaat.tekst.splitlines()
            if r.startswith("**Budget.** ")
        )
        assert "erbij betaalt u" not in regel, pad.name
        assert "Spreek dat af met wie het budget vaststelt" not in regel, pad.name


def test_a_dear_form_of_depth_shrinks_before_a_cheap_broad_step_goes() -> None:
    """Review 47a/47b (Lingehoven, € 20,000): the € 8,000 denktank stayed while the survey for
    every mantelzorger and the evaluation went. A dear form of depth shrinks or goes first; the
    survey and the evaluation stay, and the line says how small the denktank must be."""
    from pionieren.pipeline import advise

    pad = ROOT / "tests" / "cases" / "mantelzorgbeleid-lingehoven.yaml"
    resultaat = advise(pad, datum=DATUM.isoformat())
    ids = {m.werkvorm for m in resultaat.advies.mix}
    assert {"enquete", "leerarena", "denktank-ervaringsdeskundigen"} <= ids
    regel = " ".join(
        r.split("**Budget.** ", 1)[1]
        for r in resultaat.tekst.splitlines()
        if r.startswith("**Budget.** ")
    )
    # the design holds the smaller denktank, and says so once (review 49)
    assert "denktank van ervaringsdeskundigen voor hoogstens" in regel
    assert regel.count("Voor het budget") == 1, regel
    assert "te weinig" not in regel
    (denktank,) = [m for m in resultaat.advies.mix if m.werkvorm == "denktank-ervaringsdeskundigen"]
    assert denktank.kosten_euro[0] == denktank.kosten_euro[1] < 8000


def test_steps_are_not_dropped_for_a_design_that_does_not_fit_anyway() -> None:
    """Sporthallen (€ 12,000): dropping the school project and the street interviews still
    left the design € 3,000 short, and the pupils and the neighbours lost their place for
    nothing. The limit drops steps only when the design then fits."""
    naam = "sporthallen-ommerlo.yaml"
    v = load_vraagstuk(ROOT / "tests" / "cases" / naam)
    advies = advies_voor(v)
    m = advies.middelen
    if met_onvoorzien(m.kosten_min_euro, m.kosten_max_euro) > (v.kaders.budget_euro or 0):
        assert not [b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.grens"]


def test_a_plural_step_left_out_reads_as_plural() -> None:
    from pionieren.text import meervoudig

    assert meervoudig("Gesprekken met ervaringsdeskundigen")
    assert meervoudig("Straatinterviews en ophaalgesprekken")
    assert not meervoudig("Keuzespel of rollenspel")
    assert not meervoudig("Evaluatie met raad, college en inwoners")

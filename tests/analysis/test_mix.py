"""The mix: key players and hard-to-reach groups served, cap, budget, time, feedback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import BASIS, advies_voor, check_invariants, maak

from pionieren import text
from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Modus, Trede


def test_basic_mix_has_breadth_depth_feedback_and_learning() -> None:
    vraagstuk = maak()
    advies = advies_voor(vraagstuk)
    check_invariants(vraagstuk, advies)
    regels = {r for m in advies.mix for r in m.regels}
    assert {"MIX-VERBREDING", "MIX-VERDIEPING", "MIX-TERUGKOPPELING", "MIX-LEERARENA"} <= regels
    assert advies.mix[-1].werkvorm == "leerarena"


def test_hard_to_reach_group_is_served_by_a_form_that_reaches_it() -> None:
    advies = advies_voor(maak())
    voor_jongeren = [m for m in advies.mix if "Jongeren" in m.voor]
    assert voor_jongeren
    from pionieren.knowledge.load import builtin

    assert any("jongeren" in builtin().werkvorm(m.werkvorm).bereikt for m in voor_jongeren)


def test_no_werkvorm_above_the_advice_even_if_it_can_go_higher() -> None:
    advies = advies_voor(maak(kaders_beinvloedingsruimte="klein"))
    assert all(m.trede.rang <= Trede.raadplegen.rang for m in advies.mix)


def test_deciding_together_at_coproduceren_and_higher() -> None:
    advies = advies_voor(
        maak(
            kaders_beinvloedingsruimte="groot",
            kaders_budget_euro=400000,  # a gelote groep only where the budget can carry it
            ambitie="meebeslissen",
            schaal="gemeente",
            complexiteit=4,
        )
    )
    besluiten = [m for m in advies.mix if m.modus is Modus.besluiten]
    assert besluiten and besluiten[0].trede is Trede.meebeslissen
    assert "gelote groep" in besluiten[0].waarom


@pytest.mark.parametrize(
    "extra",
    [
        {"kaders_budget_euro": 20000},
        {"besluit": {"door": "college", "procedure": "omgevingsvergunning_buitenplans"}},
    ],
    ids=["budget te klein", "vergunning"],
)
def test_no_lottery_group_the_case_did_not_ask_for(extra: dict[str, object]) -> None:
    vraagstuk = maak(
        kaders_beinvloedingsruimte="groot",
        ambitie="meebeslissen",
        schaal="gemeente",
        complexiteit=4,
        **extra,
    )
    advies = advies_voor(vraagstuk)
    check_invariants(vraagstuk, advies)
    kennis = {w.id: w for w in builtin().werkvormen}
    assert not [m.werkvorm for m in advies.mix if kennis[m.werkvorm].werving == "loting"]


def test_small_budget_is_said_not_hidden() -> None:
    vraagstuk = maak(kaders_budget_euro=1000)
    advies = advies_voor(vraagstuk)
    check_invariants(vraagstuk, advies)
    # a design far over the budget is cut (review 52a), and says so: what went, and what own
    # staff do instead; it never asks for the difference. Since round 56 the route to a
    # hard-to-reach group is not cut first, so a small shortfall may stay: it is named.
    kleiner = [b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.kleiner"]
    (b,) = kleiner
    assert "€ 1.000" in b.tekst
    if not advies.middelen.past_in_budget:
        assert "te weinig" in b.tekst
    assert "vraag het verschil" not in b.tekst
    (vast,) = [b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.vast"]
    assert vast.waarden["bezocht"] and "vraag het verschil" not in vast.tekst
    assert any("Jongeren" in m.voor for m in advies.mix)  # no hard-to-reach group dropped


def test_short_budget_first_leaves_out_what_others_cover() -> None:
    """A smaller design before a shortfall: a form goes only when its groups stay served."""
    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "schoolplein-groen.yaml"
    geladen = load_vraagstuk(pad, pad.name)

    def met_budget(euro: int) -> Vraagstuk:
        return geladen.model_copy(
            update={"kaders": geladen.kaders.model_copy(update={"budget_euro": euro})}
        )

    ruim = advies_voor(met_budget(500000))
    # a third of what the full design needs at least: the design must shrink
    vraagstuk = met_budget(ruim.middelen.kosten_min_euro // 3)
    krap = advies_voor(vraagstuk)
    notes = [
        b for b in krap.bevindingen if b.sleutel in ("MIX-BUDGET.weggelaten", "MIX-BUDGET.kleiner")
    ]
    for note in notes:
        assert note.waarden["weggelaten"]
        # the most expensive part stays, capped: it is not among the parts left out
        assert not [m.naam for m in krap.mix if m.naam in note.waarden["weggelaten"]]
        if note.waarden.get("duurste"):
            assert note.waarden["duurste"] in [m.naam for m in krap.mix]
    # when the budget cannot carry deciding or doing together, the whole advice says so and
    # promises adviseren, so that promise and design agree
    if not notes:
        (lager,) = [b for b in krap.bevindingen if b.regel == "TREDE-BUDGET"]
        assert krap.trede.advies == "adviseren" and "coproduceren" in lager.tekst
        # the advice says what the design with deciding or doing together would cost at least
        nodig = lager.waarden["nodig"]
        assert nodig > (vraagstuk.kaders.budget_euro or 0) and text.euro(nodig) in lager.tekst
        assert all(o.trede.rang <= 2 for o in krap.trede.onderwerpen)
    voor_besluit = ("voorbereiden", "ophalen", "verdiepen")
    bediend = {n for m in krap.mix if m.fase in voor_besluit for n in m.voor}
    # a group the smaller design no longer serves apart is named in its note
    gezegd = {n for b in notes for n in b.waarden.get("kwijt", [])}
    politiek = {p.naam for p in vraagstuk.belanghebbenden if p.soort == "politiek"}
    assert {n for m in ruim.mix if m.fase in voor_besluit for n in m.voor} <= (
        bediend | gezegd | politiek
    )
    assert krap.middelen.kosten_min_euro < ruim.middelen.kosten_min_euro


def test_tight_budget_chooses_cheaper_forms() -> None:
    ruim = advies_voor(
        maak(
            kaders_budget_euro=500000,
            kaders_beinvloedingsruimte="groot",
            ambitie="meebeslissen",
            schaal="gemeente",
            complexiteit=4,
        )
    )
    krap_v = maak(
        kaders_budget_euro=30000,
        kaders_beinvloedingsruimte="groot",
        ambitie="meebeslissen",
        schaal="gemeente",
        complexiteit=4,
    )
    krap = advies_voor(krap_v)
    check_invariants(krap_v, krap)
    assert krap.middelen.kosten_min_euro < ruim.middelen.kosten_min_euro


def test_too_little_time_is_said() -> None:
    vraagstuk = maak(
        kaders_beinvloedingsruimte="groot",
        ambitie="meebeslissen",
        schaal="gemeente",
        complexiteit=5,
        kaders_besluit_uiterlijk="2027-01-20",
        kaders_budget_euro=500000,
    )
    advies = advies_voor(vraagstuk)
    check_invariants(vraagstuk, advies)
    assert advies.middelen.past_in_tijd is False
    assert any(b.regel == "PLAN-KALENDER" and b.ernst == "waarschuwing" for b in advies.bevindingen)


def test_uitdaagrecht_only_when_the_case_names_it() -> None:
    basis = {
        "initiatiefnemer": "inwoners",
        "kaders_beinvloedingsruimte": "groot",
        "ambitie": "zelfbeheer",
        "schaal": "buurt",
    }
    zonder = advies_voor(maak(**basis))
    assert "uitdaagrecht" not in {m.werkvorm for m in zonder.mix}
    assert any(m.modus is Modus.doen for m in zonder.mix)
    met = advies_voor(maak(**basis, wettelijk_kader=["uitdaagrecht"]))
    assert "uitdaagrecht" in {m.werkvorm for m in met.mix}


def test_initiatiefnemer_runs_own_conversation_under_omgevingswet() -> None:
    advies = advies_voor(maak(initiatiefnemer="ondernemers", wettelijk_kader=["omgevingswet"]))
    assert "omgevingsgesprek" in {m.werkvorm for m in advies.mix}


def test_every_key_player_is_served() -> None:
    partijen = [dict(p) for p in BASIS["belanghebbenden"]]
    partijen.append(
        {"naam": "Waterschap", "soort": "overheid", "invloed": "hoog", "belang": "hoog"}
    )
    partijen.append(
        {
            "naam": "Bewonerscomité",
            "soort": "inwoners",
            "invloed": "hoog",
            "belang": "hoog",
            "houding": "tegen",
        }
    )
    vraagstuk = maak(belanghebbenden=partijen)
    advies = advies_voor(vraagstuk)
    check_invariants(vraagstuk, advies)


def test_plan_runs_thinking_then_deciding_then_feedback() -> None:
    advies = advies_voor(
        maak(kaders_beinvloedingsruimte="groot", ambitie="meebeslissen", schaal="gemeente")
    )
    fasen = [p.fase.value for p in advies.planning]
    assert fasen.index("ophalen") < fasen.index("besluit") < fasen.index("terugkoppeling")
    besluiten = [m for m in advies.mix if m.modus is Modus.besluiten]
    ophalen = [m for m in advies.mix if m.fase.value == "ophalen"]
    assert besluiten and all(b.start > o.eind for b in besluiten for o in ophalen if b.start)
    terug = next(m for m in advies.mix if m.werkvorm == "terugkoppeling")
    besluit = next(p for p in advies.planning if p.fase.value == "besluit")
    assert terug.start is not None and besluit.eind is not None
    assert terug.start > besluit.eind


def test_summer_holiday_weeks_do_not_count() -> None:
    from datetime import date

    from pionieren.analysis.planning import vakantieweken, werkweken
    from pionieren.knowledge.load import builtin
    from pionieren.vocabulary import Vakantieregio

    vrij = vakantieweken(builtin().vakanties, Vakantieregio.midden)
    # June to September 2027: the summer holiday of region midden (six weeks) is left out
    zonder = werkweken(date(2027, 6, 7), date(2027, 9, 24), [])
    met = werkweken(date(2027, 6, 7), date(2027, 9, 24), vrij)
    assert zonder - met == 6


def test_every_school_holiday_week_is_lost_carnaval_in_the_south_too() -> None:
    from datetime import date

    from pionieren.analysis.planning import vakantieweken, werkweken
    from pionieren.knowledge.load import builtin
    from pionieren.vocabulary import Vakantieregio

    # February to May 2027: voorjaarsvakantie (zuid: the carnival week 8-12 Feb, carnaval
    # 7-9 Feb, not the advised 15-19 Feb as well) and meivakantie
    vrij = vakantieweken(builtin().vakanties, Vakantieregio.zuid)
    zonder = werkweken(date(2027, 2, 1), date(2027, 5, 28), [])
    assert zonder - werkweken(date(2027, 2, 1), date(2027, 5, 28), vrij) == 2
    # one week of holiday, a different week in the north
    noord = vakantieweken(builtin().vakanties, Vakantieregio.noord)
    assert werkweken(date(2027, 2, 8), date(2027, 2, 12), vrij) == 0
    assert werkweken(date(2027, 2, 8), date(2027, 2, 12), noord) == 1


def test_hard_to_reach_group_gets_outreach() -> None:
    from pionieren.knowledge.load import builtin

    advies = advies_voor(maak())
    for m in advies.mix:
        if "Jongeren" in m.voor and "MIX-INCLUSIE" in m.regels:
            w = builtin().werkvorm(m.werkvorm)
            assert w.werving == "gericht" and w.kanaal == "fysiek" and "jongeren" in w.bereikt
            break
    else:
        raise AssertionError("Jongeren (moeilijk bereikbaar) niet bediend met outreach")


def test_organisations_with_a_large_stake_are_served() -> None:
    advies = advies_voor(
        maak(
            belanghebbenden=[
                *BASIS["belanghebbenden"],
                {
                    "naam": "Voedselbank",
                    "soort": "maatschappelijke_organisatie",
                    "invloed": "laag",
                    "belang": "hoog",
                },
            ]
        )
    )
    assert any("Voedselbank" in m.voor for m in advies.mix if m.werkvorm != "terugkoppeling")


def test_budget_note_names_the_first_choice_and_the_budget() -> None:
    ruim = advies_voor(maak(kaders_budget_euro=100000)).middelen.kosten_min_euro
    # a budget just below the first design (costed at the kern of this case) fits a cheaper one;
    # it keeps a form in which inwoners advise on the open point (rule MIX-ONDERWERP)
    # (review 42d: on the estimate with a fifth for the unforeseen, so € 6,000, not € 3,500)
    advies = advies_voor(maak(kaders_budget_euro=6000))
    assert advies.middelen.past_in_budget and advies.middelen.kosten_min_euro < ruim
    (note,) = [b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.goedkoper"]
    assert note.ernst == "let_op" and "€ 6.000" in note.tekst and "goedkopere" in note.tekst


def test_no_phase_starts_in_the_christmas_holiday() -> None:
    from datetime import date

    advies = advies_voor(maak(vakantieregio="midden"), datum=date(2026, 12, 15))
    for fase in advies.planning:
        if fase.fase.value in ("ophalen", "verdiepen") and fase.start is not None:
            assert not date(2026, 12, 19) <= fase.start <= date(2027, 1, 3), fase


def _dev_cases() -> list[Path]:
    cases = Path(__file__).resolve().parents[1] / "cases"
    return sorted(cases.glob("*.yaml")) + sorted((cases / "beoordeling").glob("*.yaml"))


@pytest.mark.parametrize("pad", _dev_cases(), ids=lambda p: p.stem)
def test_the_case_names_its_instrument_and_the_design_has_it(pad: Path) -> None:
    """A chosen instrument is always in the design; a proposed one is in it or argued against."""
    from pionieren.input.load import load_vraagstuk

    vraagstuk = load_vraagstuk(pad, pad.name)
    advies = advies_voor(vraagstuk)
    check_invariants(vraagstuk, advies)
    ids = {m.werkvorm for m in advies.mix}
    uitleg = " ".join(b.tekst for b in advies.bevindingen if b.regel == "MIX-INSTRUMENT")
    for genoemd in vraagstuk.werkvormen:
        if genoemd.id in ids:
            continue
        if genoemd.id == "draagvlakmeting" and "draagvlakmeting-biz" in ids:
            continue  # in a BIZ case it is the catalogue's vote (rule MIX-STEMMING)
        assert genoemd.status == "voorgesteld", f"{genoemd.id} is chosen but not in the design"
        # a proposed form may live on in the per-household form that replaces it (eigen_bezit)
        vervangen = any(
            d.sleutel == "MIX-EIGEN-BEZIT.voorgesteld" for m in advies.mix for d in m.redenen
        )
        # or a short budget drops it first, with the sentence that argues against it (review
        # 61: a proposed open round goes before the routes to the hard-to-reach)
        naam = builtin().werkvorm(genoemd.id).naam.lower()
        budget = " ".join(b.tekst for b in advies.bevindingen if b.regel == "MIX-BUDGET")
        afgevallen = f"voorgestelde {naam}" in budget.lower() and "valt af, omdat" in budget
        assert "Dit advies neemt dat niet over" in uitleg or vervangen or afgevallen


def test_an_own_werkvorm_outside_the_catalogue_stays_in_the_design() -> None:
    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "bomenkap-kastanjelaan.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    (eigen,) = [m for m in advies.mix if m.werkvorm == "wijkschouw"]
    # since round 56 a rough estimate sized to the case, not € 0 (review 56c: 'tellen niet mee')
    assert eigen.genoemd and eigen.kosten_euro[0] > 0
    assert any("eigen werkvorm" in b.tekst for b in advies.bevindingen)


def test_a_fixed_decision_date_is_kept_and_the_design_shrinks() -> None:
    """With a hard date (a statutory period) the advice never moves the decision."""
    kort = {"kaders_besluit_uiterlijk": "2026-12-11", "schaal": "gemeente"}
    los = advies_voor(maak(**kort))
    vast = advies_voor(maak(**kort, besluit={"door": "college", "termijn_vast": True}))
    besluit_los = next(p for p in los.planning if p.fase == "besluit")
    besluit_vast = next(p for p in vast.planning if p.fase == "besluit")
    assert besluit_los.eind is not None and besluit_los.eind.isoformat() > "2026-12-11"
    assert besluit_vast.eind is not None and besluit_vast.eind.isoformat() == "2026-12-11"
    (tekst,) = [b.tekst for b in vast.bevindingen if b.regel == "PLAN-KALENDER"]
    assert "ligt vast" in tekst and "op zijn vroegst" not in tekst


def test_a_standing_advisory_body_gives_formal_advice_in_its_own_step() -> None:
    partijen = [dict(p) for p in BASIS["belanghebbenden"]] + [
        {
            "naam": "Adviesraad Sociaal Domein",
            "soort": "adviesorgaan",
            "invloed": "middel",
            "belang": "hoog",
        },
        {"naam": "Zorgaanbieders", "soort": "ondernemers", "invloed": "hoog", "belang": "hoog"},
    ]
    vraagstuk = maak(belanghebbenden=partijen, kaders_beinvloedingsruimte="middel")
    advies = advies_voor(vraagstuk)
    check_invariants(vraagstuk, advies)
    met_raad = [
        m
        for m in advies.mix
        if "Adviesraad Sociaal Domein" in m.voor and m.werkvorm != "terugkoppeling"
    ]
    assert [m.werkvorm for m in met_raad] == ["clientenraad"]
    assert met_raad[0].voor == ["Adviesraad Sociaal Domein"]  # not at a table with providers
    raad = next(b for b in advies.belanghebbenden if b.naam == "Adviesraad Sociaal Domein")
    assert "BELANG-AANPAK.adviesorgaan" in [d.sleutel for d in raad.aanpak_delen]
    # the werkvorm says how ('Formeel advies, in een eigen stap: op tijd gevraagd'); the written
    # approach does not say it again (review 41)
    assert "op tijd gevraagd" in met_raad[0].waarom
    assert "formeel om advies vragen" not in raad.aanpak


def test_a_referendum_of_the_case_is_its_broad_round_and_its_way_of_deciding() -> None:
    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "referendum-hotel-havenkop.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    ids = {m.werkvorm for m in advies.mix}
    assert "referendum-raadplegend" in ids
    kennis = {w.id: w for w in builtin().werkvormen}
    # no lottery group and no standing panel on top of the referendum
    assert not [i for i in ids if kennis[i].werving == "loting"]
    assert "burgerpanel" not in ids


def test_an_application_already_filed_is_said_and_an_upcoming_one_ends_the_conversation() -> None:
    ingediend = advies_voor(
        maak(
            besluit={
                "door": "college",
                "procedure": "omgevingsvergunning_binnenplans",
                "aanvraag": "2026-11-01",
            }
        )
    )
    assert any(b.sleutel == "PLAN-KALENDER.aanvraag_ingediend" for b in ingediend.bevindingen)
    # a request for a wijkbudget carried out by the college has no decision term that runs
    budget = advies_voor(
        maak(besluit={"door": "college", "procedure": "uitvoering", "aanvraag": "2026-10-12"})
    )
    assert not any(b.sleutel == "PLAN-KALENDER.aanvraag_ingediend" for b in budget.bevindingen)
    komend = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-09-30",
            besluit={
                "door": "college",
                "procedure": "omgevingsvergunning_binnenplans",
                "aanvraag": "2027-05-03",
            },
        )
    )
    voor_aanvraag = [p for p in komend.planning if p.fase in ("ophalen", "verdiepen", "toetsen")]
    assert voor_aanvraag and all(
        p.eind is not None and p.eind.isoformat() <= "2027-05-03" for p in voor_aanvraag
    )


def test_groups_that_read_little_dutch_get_language_access() -> None:
    partijen = [dict(p) for p in BASIS["belanghebbenden"]] + [
        {
            "naam": "Nieuwkomers",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "bereikbaarheid": "moeilijk",
            "kenmerken": ["migratieachtergrond"],
        }
    ]
    advies = advies_voor(maak(belanghebbenden=partijen))
    met = [m for m in advies.mix if "Nieuwkomers" in m.voor and m.werkvorm != "terugkoppeling"]
    assert met and any("Vertaal de uitnodiging." in m.waarom for m in met)


def test_the_case_instrument_on_a_fixed_date_ends_before_the_proposal_is_due(
    tmp_path: Path,
) -> None:
    """Without a polling day of its own, the referendum is planned to end before the proposal
    is due (with its own date, it sits on that date: see the test on anchors)."""
    from pionieren.input.load import load_vraagstuk

    bron = Path(__file__).resolve().parents[1] / "cases" / "referendum-hotel-havenkop.yaml"
    tekst = bron.read_text("utf-8").replace(", van: 2027-03-17}", "}")
    pad = tmp_path / "referendum.yaml"
    pad.write_text(tekst, "utf-8")
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    besluit = next(p for p in advies.planning if p.fase == "besluit")
    (ronde,) = [p for p in advies.planning if "referendum-raadplegend" in p.werkvormen]
    assert ronde.eind is not None and besluit.start is not None
    # never moved after the decision it shapes: it ends before the proposal is due, or, when
    # its own term cannot be that short, the advice says the date does not hold
    past_niet = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.termijn_past_niet"]
    assert ronde.eind <= besluit.start or past_niet
    assert ronde.start is not None and ronde.start < besluit.start


def test_a_hearing_of_the_raad_is_not_taken_over_where_the_raad_has_no_say() -> None:
    """A fractie proposes a hoorzitting, but the burgemeester decides: the design keeps the raad
    informed (raadsinformatiebijeenkomst) and says why it does not take the hearing over."""
    voorstel = [{"id": "hoorzitting-raad", "status": "voorgesteld", "door": "een fractie"}]
    advies = advies_voor(maak(polarisatie=5, besluit={"door": "burgemeester"}, werkvormen=voorstel))
    ids = [m.werkvorm for m in advies.mix]
    assert "hoorzitting-raad" not in ids and "raadsinformatiebijeenkomst" in ids
    (b,) = [b for b in advies.bevindingen if b.sleutel == "MIX-INSTRUMENT.niet_overgenomen"]
    assert "hier beslist de burgemeester" in b.tekst
    # where the raad decides, the same proposal is taken over
    raad = advies_voor(maak(polarisatie=5, besluit={"door": "raad"}, werkvormen=voorstel))
    assert "hoorzitting-raad" in [m.werkvorm for m in raad.mix]


def test_a_formal_round_after_the_application_is_the_only_test_phase() -> None:
    """With a buitenplanse permit and a known application date, the zienswijze runs after the
    application; no second, empty 'toetsen' buffer phase comes before it."""
    advies = advies_voor(
        maak(
            polarisatie=4,
            kaders_besluit_uiterlijk="2027-12-01",
            besluit={
                "door": "college",
                "procedure": "omgevingsvergunning_buitenplans",
                "raad_bindend_advies": True,
                "aanvraag": "2027-06-01",
            },
            werkvormen=["zienswijze"],
        )
    )
    toetsen = [p for p in advies.planning if p.fase == "toetsen"]
    assert len(toetsen) == 1 and "zienswijze" in toetsen[0].werkvormen
    assert toetsen[0].start is not None and toetsen[0].start.isoformat() >= "2027-06-01"


def test_hard_to_reach_groups_are_reached_before_the_decision() -> None:
    """A budget choice about a theatre (development case): its audience, visitors from around,
    is reached by a form that runs while the raad can still be swayed, never by a pilot that
    would run after the decision."""
    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "voorjaarsnota-voorzieningen.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    publiek = "Publiek en vrijwilligers van De Kleine Komedie"
    voor_publiek = [m for m in advies.mix if publiek in m.voor and m.werkvorm != "terugkoppeling"]
    assert voor_publiek and "pilot" not in [m.werkvorm for m in advies.mix]
    assert all(m.fase.value in ("ophalen", "verdiepen", "toetsen", "besluit") for m in voor_publiek)


def test_a_trial_on_its_own_dates_is_placed_there_and_the_talk_comes_first() -> None:
    """The vraagstuk fixes a trial before the decision: the plan puts it on those dates, as the
    test round, and asks and deepens before it starts (the criteria before the trial)."""
    advies = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-10-26",
            besluit={"door": "college"},
            werkvormen=[{"id": "pilot", "van": "2027-03-01", "tot": "2027-07-09"}],
        )
    )
    (proef,) = [p for p in advies.planning if "pilot" in p.werkvormen]
    assert proef.fase.value == "toetsen"
    assert (proef.start.isoformat(), proef.eind.isoformat()) == ("2027-03-01", "2027-07-09")
    (mix,) = [m for m in advies.mix if m.werkvorm == "pilot"]
    assert mix.start == proef.start and mix.eind == proef.eind
    eerder = [p for p in advies.planning if p.fase.value in ("ophalen", "verdiepen")]
    assert eerder and all(p.eind is not None and p.eind < proef.start for p in eerder)
    # the plan stays in calendar order
    starts = [p.start for p in advies.planning if p.start]
    assert starts == sorted(starts)


def test_a_vote_after_the_proposal_is_due_is_a_warning() -> None:
    advies = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-04-13",
            besluit={"door": "raad", "stukken_weken": 4},
            werkvormen=[{"id": "referendum-raadplegend", "van": "2027-03-17"}],
        )
    )
    (b,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.anker_te_laat"]
    assert b.ernst == "waarschuwing"
    assert "is op 17 maart 2027" in b.tekst and "16 maart 2027" in b.tekst
    (stem,) = [p for p in advies.planning if "referendum-raadplegend" in p.werkvormen]
    assert stem.start == stem.eind and stem.start.isoformat() == "2027-03-17"


def test_a_sounding_board_after_the_decision_belongs_to_the_works() -> None:
    advies = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-06-07",
            besluit={"door": "burgemeester"},
            werkvormen=[{"id": "klankbordgroep", "van": "2027-09-01", "tot": "2028-09-01"}],
        )
    )
    (kbg,) = [m for m in advies.mix if m.werkvorm == "klankbordgroep"]
    assert kbg.fase.value == "uitvoering" and kbg.start.isoformat() == "2027-09-01"
    assert not [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.anker_te_laat"]


def test_the_raads_own_moment_stays_before_its_decision() -> None:
    """When the deepening round cannot fit before a fixed date and moves to the elaboration, the
    raad's information meeting does not move with it (development case: the referendum)."""
    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "referendum-hotel-havenkop.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    besluit = advies.planning[[p.fase.value for p in advies.planning].index("besluit")]
    (raad,) = [m for m in advies.mix if m.werkvorm == "raadsinformatiebijeenkomst"]
    assert raad.eind is not None and besluit.eind is not None and raad.eind < besluit.eind
    assert any(b.sleutel == "PLAN-KALENDER.anker_te_laat" for b in advies.bevindingen)


def test_a_statutory_term_is_never_cut_short_to_fit() -> None:
    """Herindeling (development case): the herindelingsontwerp lies open for eight weeks (art. 5
    Wet arhi). When that does not fit before the proposal is due, the plan keeps the eight
    weeks and says that the date does not hold, instead of shortening the term."""
    from datetime import timedelta

    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "herindeling-valkenrade.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    (ronde,) = [p for p in advies.planning if "zienswijze" in p.werkvormen]
    assert ronde.start is not None and ronde.eind is not None
    assert ronde.eind - ronde.start >= timedelta(weeks=8) - timedelta(days=3)
    (b,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.termijn_past_niet"]
    assert b.ernst == "waarschuwing" and "kan niet korter" in b.tekst
    (z,) = [m for m in advies.mix if m.werkvorm == "zienswijze"]
    assert z.weken[0] == 8


def test_a_standing_walk_in_hour_through_the_decision_is_not_too_late() -> None:
    """A walk-in hour on fixed dates that runs all year feeds the proposal and goes on after the
    decision: no warning that it ends too late (a trial or a vote that ends late does get one)."""
    advies = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-07-01",
            besluit={"door": "raad"},
            werkvormen=[{"id": "spreekuur", "van": "2027-01-04", "tot": "2027-12-17"}],
        )
    )
    assert not [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.anker_te_laat"]
    (uur,) = [m for m in advies.mix if m.werkvorm == "spreekuur"]
    assert uur.start is not None and uur.start.isoformat() == "2027-01-04"


def test_a_formal_term_in_a_school_holiday_is_said() -> None:
    """A zienswijze on fixed dates that runs into the summer holiday: the advice says to lay
    it down after the holiday: a statutory term is moved, not extended (review 53b)."""
    advies = advies_voor(
        maak(
            vakantieregio="noord",
            kaders_besluit_uiterlijk="2027-11-01",
            werkvormen=[
                {"id": "zienswijze", "status": "besloten", "van": "2027-07-05", "tot": "2027-08-15"}
            ],
        )
    )
    (b,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.termijn_in_vakantie"]
    assert "zomervakantie" in b.tekst and "na de vakantie ter inzage" in b.tekst
    assert "verleng" not in b.tekst.lower()
    # a case without a formal round gets no such note
    geen = advies_voor(maak())
    assert not [b for b in geen.bevindingen if b.sleutel == "PLAN-KALENDER.termijn_in_vakantie"]


def test_the_zienswijze_on_a_permit_follows_the_application_and_the_draft() -> None:
    """Review (solar park): the zienswijze began one week after the application, before there
    was a draft decision or a draft advice of the raad. It now waits for both, and the
    summer holiday."""
    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "zonnepark-de-strengen.yaml"
    vraagstuk = load_vraagstuk(pad, pad.name)
    advies = advies_voor(vraagstuk)
    assert vraagstuk.besluit is not None and vraagstuk.besluit.aanvraag is not None
    (toets,) = [p for p in advies.planning if p.fase == "toetsen"]
    assert toets.start is not None
    assert (toets.start - vraagstuk.besluit.aanvraag).days >= 7 * 7  # 3 weeks + 4 for the raad


def test_a_few_weeks_of_work_in_a_buurt_need_no_omgevingsmanager_and_cost_the_project() -> None:
    """Six weeks of work on a playground in one buurt: no works communication with an
    omgevingsmanager; and what runs during the works is not held against the participation
    budget (that is the project's money)."""
    klein = advies_voor(
        maak(
            schaal="buurt",
            wettelijk_kader=["omgevingswet"],
            kaders_budget_euro=1500,
            kaders_uitvoering_van="2027-04-12",
            kaders_uitvoering_tot="2027-05-21",
            werkvormen=["pilot"],
        )
    )
    assert "bouwcommunicatie" not in [m.werkvorm for m in klein.mix]
    assert not [
        b
        for b in klein.bevindingen
        if b.sleutel == "MIX-INSTRUMENT.gekozen_past_niet" and "meer dan het budget" in b.tekst
    ]
    groot = advies_voor(
        maak(
            schaal="wijk",
            wettelijk_kader=["omgevingswet"],
            kaders_uitvoering_van="2027-04-12",
            kaders_uitvoering_tot="2028-05-21",
        )
    )
    assert "bouwcommunicatie" in [m.werkvorm for m in groot.mix]


def test_a_vision_gets_no_works_communication() -> None:
    """An omgevingsvisie with dates for its carrying out (development case): the visie is carried
    out in projects of their own, so the design has no omgevingsmanager for 'works'."""
    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "burgerberaad-mobiliteit-wilgendam.yaml"
    vraagstuk = load_vraagstuk(pad, pad.name)
    assert vraagstuk.kaders.uitvoering_van is not None
    assert "bouwcommunicatie" not in [m.werkvorm for m in advies_voor(vraagstuk).mix]


def test_authorities_do_not_sit_at_one_table_with_an_action_group() -> None:
    """Reception centre (development case): the COA and the police are met in bestuurlijk
    overleg; the action group gets its own conversation, not a table with them."""
    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "opvang-asielzoekers.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    overheden = {"COA", "Politie en boa's"}
    for m in advies.mix:
        if m.werkvorm not in ("terugkoppeling", "leerarena", "zienswijze", "partneroverleg"):
            assert not (overheden & set(m.voor)), m
    # they have a place of their own: the overleg with partners (rule MIX-DEKKING)
    overleg = next(m for m in advies.mix if m.werkvorm == "partneroverleg")
    assert overheden <= set(overleg.voor)
    coa = next(b for b in advies.belanghebbenden if b.naam == "COA")
    assert "bestuurlijk of ambtelijk overleg" in coa.aanpak


def test_a_referendum_without_a_date_does_not_fix_the_decision_date() -> None:
    """Only a polling day the case gives fixes the calendar; a named referendum alone does not."""
    zonder = advies_voor(maak(besluit={"door": "raad"}, werkvormen=["referendum-raadplegend"]))
    assert zonder.besluit.termijn_vast is False
    met = advies_voor(
        maak(
            besluit={"door": "raad"},
            werkvormen=[{"id": "referendum-raadplegend", "van": "2027-03-17"}],
        )
    )
    assert met.besluit.termijn_vast is True


def test_the_raads_hearing_is_on_the_proposal_between_the_papers_and_the_decision() -> None:
    """A hearing of the raad is about the proposal: it comes after the papers are out and
    before the raad decides, inside the decision phase (review: 'the hearing comes before the
    proposal it should be about')."""
    advies = advies_voor(
        maak(
            polarisatie=4,
            kaders_besluit_uiterlijk="2027-10-07",
            besluit={"door": "raad"},
        )
    )
    (besluit,) = [p for p in advies.planning if p.fase.value == "besluit"]
    (hoorzitting,) = [m for m in advies.mix if m.werkvorm == "hoorzitting-raad"]
    assert "hoorzitting-raad" in besluit.werkvormen
    assert hoorzitting.start == besluit.start and hoorzitting.eind == besluit.eind
    assert "Daarbij: hoorzitting" not in besluit.toelichting  # the report adds it, not the data


def test_no_bouwcommunicatie_for_a_service_without_works() -> None:
    """Review: a library closing with a bus service got 'bouwcommunicatie met een
    omgevingsmanager'. 'uitvoering' alone is not works in the street."""
    dienst = maak(
        titel="Bibliotheekbus na sluiting van de vestiging",
        omschrijving="Welke haltes en tijden krijgt de bibliotheekbus?",
        schaal="wijk",
        wettelijk_kader=["participatieverordening"],
        besluit={"door": "college", "procedure": "uitvoering"},
        kaders_uitvoering_van="2027-05-03",
        kaders_uitvoering_tot="2027-12-20",
    )
    assert "bouwcommunicatie" not in [m.werkvorm for m in advies_voor(dienst).mix]
    werk = maak(
        titel="Herinrichting van de Dorpsstraat",
        omschrijving="Hoe houden we de Dorpsstraat bereikbaar tijdens de werkzaamheden?",
        schaal="wijk",
        wettelijk_kader=["participatieverordening"],
        besluit={"door": "college", "procedure": "uitvoering"},
        kaders_uitvoering_van="2027-05-03",
        kaders_uitvoering_tot="2027-12-20",
    )
    assert "bouwcommunicatie" in [m.werkvorm for m in advies_voor(werk).mix]


def test_a_cemetery_is_not_works_in_the_street() -> None:
    """'begraafplaats' holds 'graaf' (dig): clearing graves on it is no reason for
    bouwcommunicatie with hinder letters to 'bewoners en ondernemers'; a renovation of the same
    cemetery still is works."""
    ruimen = maak(
        titel="Ruimen van graven op de begraafplaats aan de Oudeweg",
        omschrijving="Welke graven op de begraafplaats blijven om hun geschiedenis staan?",
        schaal="kern",
        wettelijk_kader=["anders"],
        besluit={"door": "college", "procedure": "uitvoering"},
        kaders_uitvoering_van="2027-10-01",
        kaders_uitvoering_tot="2028-06-30",
    )
    assert "bouwcommunicatie" not in [m.werkvorm for m in advies_voor(ruimen).mix]
    herinrichting = ruimen.model_copy(
        update={"titel": "Herinrichting van de begraafplaats aan de Oudeweg"}
    )
    assert "bouwcommunicatie" in [m.werkvorm for m in advies_voor(herinrichting).mix]


def test_a_test_round_never_comes_before_the_advice_it_tests() -> None:
    """Review (burgerberaad Wilgendam): the draft lay open for zienswijzen before the
    burgerberaad had finished. The round now follows the advice and the drafting, and the
    advice says plainly that it then ends after the papers are due."""
    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "burgerberaad-mobiliteit-wilgendam.yaml"
    vraagstuk = load_vraagstuk(pad, pad.name)
    advies = advies_voor(vraagstuk)
    beraad = next(w for w in vraagstuk.werkvormen if w.id == "burgerberaad")
    toetsen = [p for p in advies.planning if p.fase == "toetsen"]
    assert toetsen
    for toets in toetsen:
        assert beraad.tot is not None and toets.start is not None and toets.start > beraad.tot
    assert [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.toets_na_anker"]


def test_an_inwoner_round_beside_a_zienswijze_ends_by_the_papers_date() -> None:
    """Review (burgerberaad Wilgendam, review21): the broad test of the burgerberaad's advice
    was planned in one phase with the zienswijze and ran past the papers date with it. The
    zienswijze keeps its legal term; the inwoner round ends when the proposal is due."""
    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "burgerberaad-mobiliteit-wilgendam.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    (besluit,) = [p for p in advies.planning if p.fase == "besluit"]
    stukken = date(2027, 7, 16)  # the papers date the report names, before the summer holiday
    assert "16 juli 2027" in (besluit.toelichting or "")
    (breed,) = [p for p in advies.planning if "burgerberaad-toets" in p.werkvormen]
    assert breed.eind is not None and breed.eind <= stukken
    assert "zienswijze" not in breed.werkvormen
    (formeel,) = [p for p in advies.planning if "zienswijze" in p.werkvormen]
    assert formeel.eind is not None and formeel.eind > stukken  # its term is not cut short


def test_papers_due_in_the_summer_holiday_are_due_before_it() -> None:
    advies = advies_voor(
        maak(
            vakantieregio="midden",
            kaders_besluit_uiterlijk="2027-09-01",
            besluit={"door": "college", "stukken_weken": 3},
        )
    )
    (b,) = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.stukken_in_vakantie"]
    assert "zomervakantie" in b.tekst
    (besluit,) = [p for p in advies.planning if p.fase == "besluit"]
    assert besluit.start is not None and besluit.start.month == 7  # before the holiday


def test_the_evaluation_waits_for_what_runs_on_after_the_decision() -> None:
    """Review (coffeeshop): the evaluation fell before the end of the klankbordgroep that runs
    for a year after the opening."""
    advies = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-06-01",
            werkvormen=[
                {
                    "id": "klankbordgroep",
                    "status": "besloten",
                    "van": "2027-09-01",
                    "tot": "2028-09-01",
                }
            ],
        )
    )
    (evaluatie,) = [p for p in advies.planning if p.fase == "evaluatie"]
    assert evaluatie.start is not None and evaluatie.start > date(2028, 9, 1)


def test_a_werkvorm_is_not_listed_for_a_group_it_does_not_reach() -> None:
    """Review: a burgerpanel 'for' people in therapy, a survey 'for' the working poor, a school
    project 'for' the customers of a coffeeshop."""
    from pionieren.analysis.mix import kan_voor

    werkvormen = {w.id: w for w in builtin().werkvormen}

    def groep(**velden: object) -> Belanghebbende:
        basis = {"naam": "Groep", "soort": "inwoners", "invloed": "laag", "belang": "hoog"}
        return Belanghebbende.model_validate(basis | velden)

    therapie = groep(kenmerken=["beperking", "ouderen"], bereikbaarheid="moeilijk")
    assert not kan_voor(werkvormen["burgerpanel"], therapie)
    werkend_arm = groep(bereikbaarheid="moeilijk")
    assert not kan_voor(werkvormen["enquete"], werkend_arm)
    klanten = groep(kenmerken=["jongeren", "bezoekers"])
    assert not kan_voor(werkvormen["scholenproject"], klanten)
    assert kan_voor(werkvormen["scholenproject"], groep(kenmerken=["jongeren"]))
    assert kan_voor(werkvormen["enquete"], groep())  # an ordinary group: a survey will do
    # taking over a task is not "for" the neighbours who oppose the plan (review round 15)
    assert not kan_voor(werkvormen["uitdaagrecht"], groep(houding="tegen"))
    assert kan_voor(werkvormen["uitdaagrecht"], groep(houding="voor"))


def test_a_proposed_instrument_that_cannot_end_before_a_fixed_date_is_not_taken_over() -> None:
    """Review (herindeling): a proposed referendum ran until after the fixed decision date."""
    advies = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-02-15",
            besluit={"door": "raad", "termijn_vast": True, "stukken_weken": 6},
            werkvormen=[{"id": "referendum-raadgevend", "status": "voorgesteld"}],
        )
    )
    assert "referendum-raadgevend" not in {m.werkvorm for m in advies.mix}
    (b,) = [b for b in advies.bevindingen if b.sleutel == "MIX-INSTRUMENT.niet_overgenomen"]
    assert "tot de stukken voor het besluit van 15 februari 2027" in b.tekst


def test_a_decision_on_an_application_gets_a_reaction_round_after_it() -> None:
    """Review (coffeeshop): everything was asked before the application, so nobody could react
    to the real request and its conditions."""
    vraagstuk = maak(
        kaders_besluit_uiterlijk="2027-06-07",
        besluit={"door": "burgemeester", "procedure": "anders", "aanvraag": "2027-02-15"},
    )
    advies = advies_voor(vraagstuk)
    assert "zienswijze" in {m.werkvorm for m in advies.mix}
    (toets,) = [p for p in advies.planning if p.fase == "toetsen"]
    assert toets.start is not None and toets.start > date(2027, 2, 15)
    # a permit has its own procedure; an application already in needs no such round
    vergunning = maak(
        kaders_besluit_uiterlijk="2027-06-07",
        besluit={
            "door": "college",
            "procedure": "omgevingsvergunning_binnenplans",
            "aanvraag": "2027-02-15",
        },
    )
    assert "zienswijze" not in {m.werkvorm for m in advies_voor(vergunning).mix}


def test_a_limiting_kenmerk_must_itself_be_reached() -> None:
    """An evening that suits older people does not reach those among them with a disability."""
    from pionieren.analysis.mix.bereik import bereikt

    kennis = builtin()
    woonzorg = Belanghebbende.model_validate(
        {
            "naam": "Bewoners van het woonzorgcomplex",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "bereikbaarheid": "matig",
            "kenmerken": ["ouderen", "beperking"],
        }
    )
    assert "beperking" not in kennis.werkvorm("inloopavond").bereikt
    assert not bereikt(kennis.werkvorm("inloopavond"), woonzorg)
    assert bereikt(kennis.werkvorm("huis-aan-huis"), woonzorg)


def test_inwoners_running_their_own_werkvorm_pay_a_share_of_it() -> None:
    advies = advies_voor(
        maak(
            initiatiefnemer="inwoners",
            schaal="buurt",
            kaders_betaler="initiatiefnemer",
            ambitie="zelfbeheer",
            kaders_beinvloedingsruimte="groot",
        )
    )
    kennis = builtin()
    for m in advies.mix:
        if m.organisator.value == "initiatiefnemer":
            catalogus = kennis.werkvorm(m.werkvorm).kosten_euro
            # a quarter for the buurt, then 30 % for volunteers: far below the catalogue
            assert m.kosten_euro[1] <= catalogus[1] * 0.25 * 0.3 + 50, m


def test_a_raadswerkgroep_that_writes_the_proposal_gets_no_raadsinformatieavond() -> None:
    werkgroep = {
        "naam": "Raadswerkgroep",
        "soort": "politiek",
        "invloed": "hoog",
        "belang": "hoog",
        "initiatiefnemer": True,
        "meervoud": False,
    }
    partijen = [*BASIS["belanghebbenden"], werkgroep]
    advies = advies_voor(
        maak(
            initiatiefnemer="raad",
            besluit={"door": "raad", "procedure": "verordening"},
            belanghebbenden=partijen,
        )
    )
    assert "raadsinformatiebijeenkomst" not in {m.werkvorm for m in advies.mix}
    assert not any("Raadswerkgroep" in m.voor for m in advies.mix)


def test_a_rush_keeps_the_better_short_form() -> None:
    """When time is short, only long forms are traded for faster ones."""
    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.mix.kandidaten import Kandidaten, Voorkeur

    f = Feiten(vraagstuk=maak(schaal="buurt"), kennis=builtin(), datum=date(2026, 11, 28))
    snel = Kandidaten(f, Trede.coproduceren, Voorkeur.snel)
    kort, lang = f.kennis.werkvorm("buurtactiviteit"), f.kennis.werkvorm("cocreatie-werkgroep")
    assert snel.key(kort, (), (0,))[0] == 0  # two weeks: no penalty for time
    assert snel.key(lang, (), (0,))[0] > 0  # twelve weeks: traded when time is short


def test_a_polarised_case_gets_no_informal_afternoon_as_its_broad_round() -> None:
    """After an evening that got out of hand (polarisation 5), the broad round is the form that
    carries the most polarisation, not a buurtmiddag on the spot."""
    advies = advies_voor(maak(schaal="buurt", polarisatie=5))
    breed = [m for m in advies.mix if "MIX-VERBREDING" in m.regels]
    kennis = builtin()
    assert breed and all(kennis.werkvorm(m.werkvorm).polarisatie_max >= 4 for m in breed)


def test_the_advice_says_how_a_proposed_instrument_was_made_smaller() -> None:
    """Review 20: the case's own instrument is made smaller, and the advice says how."""
    advies = advies_voor(
        maak(
            kaders_besluit_uiterlijk="2027-01-16",
            besluit={"door": "college", "termijn_vast": True, "stukken_weken": 2},
            werkvormen=[{"id": "klankbordgroep", "status": "voorgesteld"}],
        )
    )
    assert "klankbordgroep" in {m.werkvorm for m in advies.mix}
    (b,) = [b for b in advies.bevindingen if b.sleutel == "MIX-INSTRUMENT.kleiner"]
    assert "blijft in het ontwerp, maar kleiner: in 5 weken in plaats van minstens 8" in b.tekst


def test_a_pitfall_that_says_all_is_fixed_is_not_shown_where_the_room_is_real() -> None:
    """Review 29: 'het ontwerp ligt eigenlijk al vast' stood next to open roads and measures
    with room middel and groot. Shown first only where the room is small."""
    from pionieren.analysis.mix.ontwerp import Keuze
    from pionieren.analysis.mix.samenstellen import valkuilen

    kennis = builtin()
    atelier = kennis.werkvorm("ontwerpatelier")
    assert "eigenlijk al vast" in atelier.valkuilen[0]
    for ruimte, eerst_vast in (("groot", False), ("middel", False), ("klein", True)):
        v = maak(
            kaders_beinvloedingsruimte=ruimte,
            kaders_open=[{"onderwerp": "Het ontwerp van het plein.", "ruimte": ruimte}],
        )
        from pionieren.analysis.facts import Feiten

        keuze = Keuze(atelier, Modus.denken, Trede.adviseren)
        keuze.onderwerpen.append("Het ontwerp van het plein.")
        getoond = valkuilen(Feiten(v, kennis, date(2026, 11, 28)), keuze)
        assert ("eigenlijk al vast" in getoond[0]) is eerst_vast, ruimte
        # where the room is real the pitfall is untrue and goes (review 44b)
        assert any("eigenlijk al vast" in g for g in getoond) is eerst_vast, ruimte
        assert set(getoond) <= set(atelier.valkuilen)

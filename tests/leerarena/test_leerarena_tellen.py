"""The leerarena's figures: checked by hand against the example files, and as sums (Hypothesis)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pionieren.input.evaluatie import Evaluatie
from pionieren.input.load import GelezenEvaluatie
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.leerarena import aggregate, terugkoppeling_status
from pionieren.leerarena.folder import read_folder

ROOT = Path(__file__).resolve().parents[2]
MAP = ROOT / "vraagstukken"
DATUM = date(2026, 11, 29)


def _example():
    kennis = builtin()
    inhoud = read_folder(MAP, kennis)
    return aggregate(
        inhoud.evaluaties,
        {w.id: w for w in kennis.werkvormen},
        datum=DATUM,
        zonder_evaluatie=inhoud.zonder_evaluatie(),
    )


def _raw() -> list[dict]:
    """The example evaluaties as plain YAML, read without pionieren's models."""
    return [
        yaml.safe_load(p.read_text("utf-8"))
        for p in sorted((MAP / "evaluaties").glob("*.evaluatie.yaml"))
    ]


def test_example_figures_checked_by_hand() -> None:
    """The numbers a reader can count in vraagstukken/evaluaties/ with a pencil."""
    la = _example()
    assert (la.evaluaties, la.afgerond, la.lopend) == (7, 6, 1)
    assert la.zonder_evaluatie == []
    # terugkoppeling: marktplein, dorpsbudget and windpark on time; bibliotheek (28 May, after
    # the end on 16 April) and omgevingsvisie (19 May 2028, 7 weeks after the decision) late;
    # speeltuin none; burgerberaad-klimaat still running
    tk = la.terugkoppeling
    assert (tk.afgerond, tk.op_tijd, tk.lopend) == (6, 3, 1)
    assert [t.bestand.split("/")[-1] for t in tk.te_laat] == [
        "bibliotheek.evaluatie.yaml",
        "omgevingsvisie.evaluatie.yaml",
    ]
    assert [t.weken_na_besluit for t in tk.te_laat] == [8, 7]
    assert [p.titel for p in tk.ontbreekt] == ["Buurtspeeltuin De Rode Beuk in eigen beheer"]
    b = la.besluiten
    assert (b.met_besluit, b.ja, b.deels, b.nee) == (6, 3, 2, 1)
    per_id = {w.werkvorm: w for w in la.werkvormen}
    straat = per_id["straatinterviews"]  # marktplein 210, dorpsbudget 85, omgevingsvisie 40
    assert (straat.keer, straat.deelnemers, straat.deelnemers_gepland) == (3, 335, 150)
    assert (straat.onder_plan, straat.kosten_euro, straat.niet_gedaan) == (1, 6900, 1)
    atelier = per_id["ontwerpatelier"]  # € 34.000 against at most € 30.000
    assert (atelier.keer, atelier.boven_schatting_kosten, atelier.kosten_euro) == (1, 1, 34000)
    assert per_id["burgerberaad"].boven_schatting_weken == 1  # 44 weeks against at most 40
    assert per_id["inloopavond"].onder_plan == 1  # 22 at the bibliotheek, at least 30 planned
    assert sorted(g.naam for g in la.gemist) == [
        "Buurgemeente Dommeldal",
        "Jongeren die 's avonds bij de speeltuin zijn",
        "Ondernemers op bedrijventerreinen",
        "Recreanten en dagjesmensen",
        "Statushouders en nieuwkomers",
        "Taalcafé en cursisten Nederlands",
    ]
    tevreden = {t.wie: t for t in la.tevredenheid}
    assert tevreden["deelnemers"].verdeling == [0, 1, 2, 2, 1]  # 4, 3, 2, 5, 4, 3
    assert tevreden["deelnemers"].gemiddelde == 3.5
    assert tevreden["raad"].aantal == 5  # the speeltuin gave no score for the raad
    assert [len(la.lessen[m]) for m in ("denken", "besluiten", "doen")] == [8, 7, 3]
    soorten = [p.soort for p in la.agenda]
    assert soorten[:2] == ["terugkoppeling", "besluit"]
    assert {"groep", "werkvorm_bereik", "werkvorm_kosten", "werkvorm_niet_gedaan"} <= set(soorten)
    # over budget: marktplein (€ 54.500 of € 40.000), omgevingsvisie, speeltuin and windpark
    budget = next(p for p in la.agenda if p.soort == "budget").waarden
    assert (budget["boven"], budget["met_budget"]) == (4, 7)


def test_example_totals_equal_sums_over_the_raw_files() -> None:
    la = _example()
    ruw = _raw()
    gebruikt = [w for e in ruw for w in e.get("werkvormen", [])]
    assert sum(w.keer for w in la.werkvormen) == len(gebruikt)
    assert sum(w.deelnemers for w in la.werkvormen) == sum(w["deelnemers"] for w in gebruikt)
    assert sum(w.kosten_euro for w in la.werkvormen) == sum(w["kosten_euro"] for w in gebruikt)
    assert sum(w.weken for w in la.werkvormen) == sum(w["weken"] for w in gebruikt)
    assert sum(p.kosten_euro for p in la.processen) == sum(w["kosten_euro"] for w in gebruikt)
    nee = [g for e in ruw for g in e.get("belanghebbenden", []) if g["bereikt"] == "nee"]
    assert len(la.gemist) == len(nee)
    lessen = [les for e in ruw for les in e.get("lessen", [])]
    assert sum(len(v) for v in la.lessen.values()) == len(lessen)


# ------------------------------------------------------------------ property tests

_VRAAGSTUK = Vraagstuk.model_validate(
    {
        "titel": "Plein",
        "gemeente": "Stad",
        "omschrijving": "Wat doen we met het plein?",
        "initiatiefnemer": "gemeente",
        "fase": "evaluatie",
        "schaal": "buurt",
        "kaders": {"beinvloedingsruimte": "middel"},
        "belanghebbenden": [
            {"naam": "Buren", "soort": "inwoners", "invloed": "laag", "belang": "hoog"},
            {
                "naam": "Jongeren",
                "soort": "inwoners",
                "invloed": "laag",
                "belang": "middel",
                "kenmerken": ["jongeren"],
            },
            {"naam": "Winkeliers", "soort": "ondernemers", "invloed": "hoog", "belang": "hoog"},
        ],
    }
)
_IDS = ["inloopavond", "enquete", "ontwerpatelier", "eigen-vorm"]
_ANTWOORD = st.sampled_from(["ja", "deels", "nee"])


@st.composite
def evaluaties(draw: st.DrawFn) -> GelezenEvaluatie:
    van = date(2027, 1, 1) + timedelta(days=draw(st.integers(0, 300)))
    tot = draw(st.none() | st.integers(0, 300).map(lambda d: van + timedelta(days=d)))
    gegeven = draw(st.booleans())
    data = {
        "vraagstuk": "plein.yaml",
        "periode": {"van": van, "tot": tot},
        "werkvormen": draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "id": st.sampled_from(_IDS),
                        "deelnemers": st.integers(0, 5000),
                        "kosten_euro": st.integers(0, 100_000),
                        "weken": st.integers(0, 60),
                    }
                ),
                max_size=5,
            )
        ),
        "belanghebbenden": [
            {"naam": naam, "bereikt": draw(_ANTWOORD)}
            for naam in draw(
                st.lists(st.sampled_from(["Buren", "Jongeren", "Winkeliers"]), unique=True)
            )
        ],
        "terugkoppeling": {
            "gegeven": gegeven,
            "datum": van + timedelta(days=draw(st.integers(0, 400))) if gegeven else None,
        },
        "besluit": draw(
            st.none()
            | st.fixed_dictionaries(
                {
                    "volgt_uitkomst": st.just("ja"),
                    "datum": st.none() | st.just(van + timedelta(days=30)),
                }
            )
        ),
        "tevredenheid": {"deelnemers": draw(st.none() | st.integers(1, 5))},
    }
    e = Evaluatie.model_validate(data)
    return GelezenEvaluatie(f"e{draw(st.integers(0, 10**6))}.yaml", e, "plein.yaml", _VRAAGSTUK)


@settings(max_examples=60, deadline=None)
@given(st.lists(evaluaties(), max_size=12), st.randoms(use_true_random=False))
def test_aggregates_are_sums_over_the_files(
    lijst: list[GelezenEvaluatie], rnd: random.Random
) -> None:
    catalogus = {w.id: w for w in builtin().werkvormen}
    la = aggregate(lijst, catalogus, datum=DATUM)
    gebruikt = [w for g in lijst for w in g.evaluatie.werkvormen]
    assert sum(w.keer for w in la.werkvormen) == len(gebruikt)
    assert sum(w.deelnemers for w in la.werkvormen) == sum(w.deelnemers for w in gebruikt)
    assert sum(w.kosten_euro for w in la.werkvormen) == sum(w.kosten_euro for w in gebruikt)
    for w in la.werkvormen:
        assert 0 <= w.onder_plan <= w.keer and 0 <= w.boven_schatting_kosten <= w.keer
        assert w.in_catalogus == (w.werkvorm != "eigen-vorm")
    tk = la.terugkoppeling
    assert tk.op_tijd + len(tk.te_laat) + len(tk.ontbreekt) == tk.afgerond + sum(
        1 for g in lijst if not g.evaluatie.afgerond and g.evaluatie.terugkoppeling.gegeven
    )
    assert tk.afgerond + tk.lopend <= len(lijst) and la.afgerond + la.lopend == len(lijst)
    b = la.besluiten
    assert b.ja + b.deels + b.nee == b.met_besluit == sum(1 for g in lijst if g.evaluatie.besluit)
    # every stakeholder of every vraagstuk is counted once under its soort
    soorten = {g.groep: g for g in la.groepen if not g.is_kenmerk}
    if lijst:
        assert soorten["inwoners"].totaal == 2 * len(lijst)
        assert soorten["ondernemers"].totaal == len(lijst)
    # the order of the files changes no figure
    geschud = list(lijst)
    rnd.shuffle(geschud)
    ander = aggregate(geschud, catalogus, datum=DATUM)
    assert {w.werkvorm: (w.keer, w.deelnemers, w.kosten_euro) for w in ander.werkvormen} == {
        w.werkvorm: (w.keer, w.deelnemers, w.kosten_euro) for w in la.werkvormen
    }
    assert ander.groepen == la.groepen and ander.tevredenheid == la.tevredenheid


def test_late_means_after_the_period_or_six_weeks_after_the_decision() -> None:
    def status(tot: str | None, datum: str | None, besluit: str | None) -> str:
        e = Evaluatie.model_validate(
            {
                "vraagstuk": "plein.yaml",
                "periode": {"van": "2027-01-04", "tot": tot},
                "terugkoppeling": {"gegeven": datum is not None, "datum": datum},
                "besluit": {"volgt_uitkomst": "ja", "datum": besluit} if besluit else None,
            }
        )
        return terugkoppeling_status(GelezenEvaluatie("e.yaml", e, "plein.yaml", _VRAAGSTUK))[0]

    assert status("2027-06-30", "2027-06-30", None) == "op_tijd"
    assert status("2027-06-30", "2027-07-01", None) == "te_laat"
    assert status("2027-12-31", "2027-07-13", "2027-06-01") == "op_tijd"  # exactly 6 weeks
    assert status("2027-12-31", "2027-07-14", "2027-06-01") == "te_laat"
    assert status("2027-12-31", None, "2027-06-01") == "ontbreekt"
    assert status(None, None, None) == "lopend"
    assert status(None, "2027-02-01", None) == "op_tijd"

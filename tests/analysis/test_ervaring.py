"""Local experience in the advice (``--leerarena``): similarity and the adjustment rules."""

from __future__ import annotations

from datetime import date
from typing import Any

from helpers import BASIS, DATUM, maak

from pionieren.analysis import ervaring as erv
from pionieren.analysis.engine import analyse
from pionieren.analysis.ervaring import (
    EerderProces,
    Ervaring,
    Inzet,
    adjust_costs,
    adjust_kennis,
    adjust_reach,
    adjust_weeks,
    same_beleidsveld,
    similar_cases,
)
from pionieren.analysis.result import ErvaringLes
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Kenmerk, Modus


def proces(bestand: str, **extra: Any) -> EerderProces:
    velden: dict[str, Any] = {
        "bestand": bestand,
        "vraagstuk_bestand": f"/ergens/{bestand}",
        "titel": bestand.split(".")[0].capitalize(),
        "van": date(2026, 1, 1),
        "beleidsveld": None,
        "schaal": "regio",
        "initiatiefnemer": "ondernemers",
        "beinvloedingsruimte": "geen",
        "werkvormen": [],
        "bereikt_kenmerken": [],
        "gemist_kenmerken": [],
        "gemist": [],
        "terugkoppeling": "op_tijd",
        "besluit": None,
        "besluit_waarom": None,
        "lessen": [],
    }
    velden.update(extra)
    return EerderProces.model_validate(velden)


def ervaring(*processen: EerderProces) -> Ervaring:
    return Ervaring(map="evaluaties", processen=list(processen))


def werkvormen() -> dict[str, Any]:
    return {w.id: w for w in builtin().werkvormen}


# ----------------------------------------------------------------------- similarity


def test_beleidsveld_matches_when_equal_or_contained_as_whole_words() -> None:
    assert same_beleidsveld("Openbare ruimte", "openbare ruimte")
    assert same_beleidsveld("openbare ruimte", "jeugd en openbare ruimte")
    assert not same_beleidsveld("ruimte", "ruimtelijke ordening")
    assert not same_beleidsveld(None, "ruimte")


def test_a_case_needs_two_matching_features_and_says_which_in_words() -> None:
    v = maak()  # wijk, gemeente, middel, no beleidsveld
    twee = proces("a.yaml", initiatiefnemer="gemeente", beinvloedingsruimte="middel")
    een = proces("b.yaml", initiatiefnemer="gemeente")
    naast = proces("c.yaml", schaal="buurt", initiatiefnemer="gemeente")
    uit = similar_cases(v, ervaring(een, twee, naast))
    assert [g.bestand for g in uit.gevallen] == ["a.yaml", "c.yaml"]
    assert uit.gevallen[0].overeenkomst == ["initiatiefnemer", "ruimte"]
    assert uit.gevallen[1].overeenkomst == ["schaal", "initiatiefnemer"]
    advies = analyse(v, builtin(), DATUM, ervaring=ervaring(een, twee, naast))
    assert advies.ervaringen is not None
    assert advies.ervaringen.gevallen[1].uitleg == (
        "bijna dezelfde schaal (buurt; hier wijk) en dezelfde initiatiefnemer (gemeente)"
    )


def test_at_most_three_cases_exact_matches_first_then_the_newest() -> None:
    v = maak()
    oud = proces("oud.yaml", schaal="wijk", initiatiefnemer="gemeente", van=date(2020, 1, 1))
    nieuw = proces("nieuw.yaml", schaal="wijk", initiatiefnemer="gemeente", van=date(2025, 1, 1))
    beste = proces(
        "beste.yaml", schaal="wijk", initiatiefnemer="gemeente", beinvloedingsruimte="middel"
    )
    naast = proces("naast.yaml", schaal="kern", initiatiefnemer="gemeente", van=date(2026, 6, 1))
    uit = similar_cases(v, ervaring(oud, naast, nieuw, beste))
    assert [g.bestand for g in uit.gevallen] == ["beste.yaml", "nieuw.yaml", "oud.yaml"]
    assert erv.MAX_GEVALLEN == 3


def test_what_went_well_or_wrong_and_the_lessons_are_shown() -> None:
    v = maak()
    p = proces(
        "a.yaml",
        schaal="wijk",
        initiatiefnemer="gemeente",
        terugkoppeling="te_laat",
        besluit="deels",
        besluit_waarom="Er was geen geld",
        gemist=["Jongeren"],
        lessen=[ErvaringLes(modus=Modus.doen, les="Plan een extra avond.")],
    )
    advies = analyse(v, builtin(), DATUM, ervaring=ervaring(p))
    assert advies.ervaringen is not None
    geval = advies.ervaringen.gevallen[0]
    assert geval.uitkomsten == [
        "Mis: de terugkoppeling aan de deelnemers kwam te laat.",
        "Het besluit volgde de uitkomst maar deels. Waarom: Er was geen geld.",
        "Niet bereikt: Jongeren.",
    ]
    assert geval.lessen[0].les == "Plan een extra avond."
    assert "ERVARING-VERGELIJKBAAR" in advies.regels_toegepast


def test_the_evaluatie_of_the_vraagstuk_itself_does_not_count() -> None:
    e = ervaring(proces("a.yaml"), proces("b.yaml"))
    zonder = e.zonder("/ergens/a.yaml")
    assert [p.bestand for p in zonder.processen] == ["b.yaml"]
    assert zonder.eigen_evaluaties == 1
    assert e.zonder("/elders.yaml") is e


# ----------------------------------------------------------------------- ERVARING-BEREIK


def _gebruikt(id_: str) -> list[Inzet]:
    return [Inzet(werkvorm=id_, kosten_euro=0, weken=0)]


def test_a_werkvorm_that_missed_a_group_twice_no_longer_reaches_it() -> None:
    assert Kenmerk.laaggeletterd in werkvormen()["sleutelfiguren"].bereikt
    gemist = {"werkvormen": _gebruikt("sleutelfiguren"), "gemist_kenmerken": ["laaggeletterd"]}
    uit, bevindingen = adjust_reach(
        werkvormen(), ervaring(proces("a.yaml", **gemist), proces("b.yaml", **gemist))
    )
    assert Kenmerk.laaggeletterd not in uit["sleutelfiguren"].bereikt
    assert Kenmerk.migratieachtergrond in uit["sleutelfiguren"].bereikt
    assert [b.regel for b in bevindingen] == ["ERVARING-BEREIK"]
    assert bevindingen[0].waarden["evaluaties"] == ["A (a.yaml)", "B (b.yaml)"]


def test_one_miss_is_not_enough() -> None:
    gemist = {"werkvormen": _gebruikt("sleutelfiguren"), "gemist_kenmerken": ["laaggeletterd"]}
    uit, bevindingen = adjust_reach(werkvormen(), ervaring(proces("a.yaml", **gemist)))
    assert Kenmerk.laaggeletterd in uit["sleutelfiguren"].bereikt and bevindingen == []
    assert erv.MIN_EVALUATIES_GEMIST == 2


def test_a_group_reached_once_keeps_the_werkvorm_reaching_it() -> None:
    gemist = {"werkvormen": _gebruikt("sleutelfiguren"), "gemist_kenmerken": ["laaggeletterd"]}
    bereikt = {"werkvormen": _gebruikt("sleutelfiguren"), "bereikt_kenmerken": ["laaggeletterd"]}
    e = ervaring(
        proces("a.yaml", **gemist), proces("b.yaml", **gemist), proces("c.yaml", **bereikt)
    )
    uit, bevindingen = adjust_reach(werkvormen(), e)
    assert Kenmerk.laaggeletterd in uit["sleutelfiguren"].bereikt and bevindingen == []


def test_misses_in_processes_without_the_werkvorm_do_not_count() -> None:
    gemist = {"werkvormen": _gebruikt("enquete"), "gemist_kenmerken": ["laaggeletterd"]}
    uit, bevindingen = adjust_reach(
        werkvormen(), ervaring(proces("a.yaml", **gemist), proces("b.yaml", **gemist))
    )
    assert Kenmerk.laaggeletterd in uit["sleutelfiguren"].bereikt and bevindingen == []


# ------------------------------------------------------------ ERVARING-KOSTEN and -WEKEN


def _inzet(id_: str, kosten: int, weken: int) -> dict[str, Any]:
    return {"werkvormen": [Inzet(werkvorm=id_, kosten_euro=kosten, weken=weken)]}


def test_local_costs_replace_the_estimate_from_two_evaluaties_rounded_outwards() -> None:
    e = ervaring(
        proces("a.yaml", **_inzet("straatinterviews", 1450, 2)),
        proces("b.yaml", **_inzet("straatinterviews", 2610, 3)),
    )
    uit, bevindingen = adjust_costs(werkvormen(), e)
    assert uit["straatinterviews"].kosten_euro == (1400, 2700)
    assert bevindingen[0].regel == "ERVARING-KOSTEN"
    assert bevindingen[0].waarden["catalogus"] == list(werkvormen()["straatinterviews"].kosten_euro)
    assert erv.MIN_EVALUATIES_KOSTEN == 2 and erv.KOSTEN_AFRONDEN == 100


def test_one_evaluatie_or_zero_costs_do_not_replace_the_estimate() -> None:
    e = ervaring(
        proces("a.yaml", **_inzet("straatinterviews", 1450, 2)),
        proces("b.yaml", **_inzet("straatinterviews", 0, 0)),
    )
    uit, bevindingen = adjust_costs(werkvormen(), e)
    assert uit["straatinterviews"] == werkvormen()["straatinterviews"] and bevindingen == []
    assert adjust_weeks(werkvormen(), e)[1] == []


def test_local_weeks_replace_the_estimate_from_two_evaluaties() -> None:
    e = ervaring(
        proces("a.yaml", **_inzet("enquete", 2000, 5)),
        proces("b.yaml", **_inzet("enquete", 3000, 7)),
    )
    uit, bevindingen = adjust_weeks(werkvormen(), e)
    assert uit["enquete"].weken == (5, 7)
    assert [b.regel for b in bevindingen] == ["ERVARING-WEKEN"]
    assert erv.MIN_EVALUATIES_WEKEN == 2


def test_the_advice_uses_the_adjusted_knowledge_and_names_the_evaluaties() -> None:
    v = maak()
    kennis = builtin()
    zonder = analyse(v, kennis, DATUM)
    gebruikt = {m.werkvorm for m in zonder.mix}
    id_ = next(w for w in sorted(gebruikt) if w in werkvormen() and werkvormen()[w].kosten_euro[1])
    e = ervaring(
        proces("a.yaml", **_inzet(id_, 123, 1)),
        proces("b.yaml", **_inzet(id_, 456, 1)),
    )
    met = analyse(v, kennis, DATUM, ervaring=e)
    onderdeel = next(m for m in met.mix if m.werkvorm == id_)
    # the adjusted catalogue range (100, 500), as every row of the design shows it: on € 50
    from pionieren.analysis.mix.kosten import op_vijftig

    assert onderdeel.kosten_euro == op_vijftig(100, 500)
    kosten = next(b for b in met.bevindingen if b.regel == "ERVARING-KOSTEN")
    assert "A (a.yaml)" in kosten.tekst and "B (b.yaml)" in kosten.tekst
    # the knowledge itself is not changed: the next advice without experience is as before
    assert analyse(v, kennis, DATUM) == zonder


def test_no_evidence_leaves_the_knowledge_as_it_is() -> None:
    kennis = builtin()
    assert adjust_kennis(kennis, ervaring(proces("a.yaml"))) == (kennis, [])


def test_without_experience_the_advice_has_no_section() -> None:
    advies = analyse(maak(), builtin(), DATUM)
    assert advies.ervaringen is None
    assert not any(r.startswith("ERVARING") for r in advies.regels_toegepast)
    assert BASIS["schaal"] == "wijk"

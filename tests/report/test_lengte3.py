"""Issue 9, a one-page summary: the same thing is not said twice, in the summary table, in a
promise or in a werkvorm's paragraph (reviews 53a/53b: 'fewer words, each one meant')."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.analysis.result import deel
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.data import _samen, tabelrijen
from pionieren.teksten import _apart_samen

ROOT = Path(__file__).resolve().parents[2]


def _rij(onderwerp: str, **anders: object) -> dict[str, object]:
    rij: dict[str, object] = {
        "onderwerp": onderwerp,
        "trede": "raadplegen",
        "hoe": [],
        "eigen_ronde": False,
        "breed": ["Enquête"],
        "bereikt_niet": "",
        "wie": "het algemeen bestuur",
        "uiterlijk": None,
        "vroegst": None,
        "afgeleid": False,
        "hoofd": True,
        "eigen_vorm": True,
        "elders": False,
        "kern": False,
    }
    return {**rij, **anders}


def test_topics_alike_in_all_but_their_name_share_a_row() -> None:
    rijen = [
        _rij("De kern", kern=True),
        _rij("Hoe diftar werkt"),
        _rij("Een regeling voor luiers"),
        _rij("Waar de containers komen", trede="adviseren"),
        _rij("Een besluit van een ander", elders=True),
    ]
    uit = tabelrijen(rijen)
    # the central choice keeps its own row, on top; a point decided elsewhere is no row
    assert [r["onderwerp"] for r in uit] == [
        "De kern",
        "Hoe diftar werkt",
        "Waar de containers komen",
    ]
    assert uit[1]["ook"] == ["Een regeling voor luiers"]
    assert uit[0]["ook"] == [] and uit[2]["ook"] == []
    # the round for everyone is named in full once, the first time it stands
    assert [r["breed_eerder"] for r in uit] == [False, True, True]
    # the rows of the data stay one per topic
    assert "ook" not in rijen[1]


def test_a_promise_sentence_that_extends_an_earlier_one_takes_its_place() -> None:
    tekst = _samen(
        [
            "Wij toetsen uw advies aan de vaste eisen. In het besluit zeggen wij wat wij ermee deden",
            "Wij wegen uw advies met de andere belangen. In het besluit zeggen wij wat wij "
            "ermee deden en waarom",
        ]
    )
    assert tekst.count("In het besluit zeggen wij") == 1
    assert tekst == (
        "Wij toetsen uw advies aan de vaste eisen. In het besluit zeggen wij wat wij ermee "
        "deden en waarom. Wij wegen uw advies met de andere belangen"
    )
    # the shorter one after the longer one adds nothing
    assert _samen(
        ["Wij zeggen wat wij ermee deden en waarom", "Wij zeggen wat wij ermee deden"]
    ) == ("Wij zeggen wat wij ermee deden en waarom")


def test_separate_first_talks_of_one_werkvorm_are_one_sentence() -> None:
    a = deel("MIX-AFWEGEN.apart", naam="Bewonersvereniging Hemmerik")
    b = deel("MIX-AFWEGEN.apart", naam="Natuurvereniging De Waalsprong")
    c = deel("MIX-PLAFOND", trede="adviseren")
    uit = _apart_samen([a, c, b])
    assert len(uit) == 2 and uit[1] == c
    assert uit[0].waarden["naam"] == (
        "Bewonersvereniging Hemmerik en met Natuurvereniging De Waalsprong"
    )
    assert _apart_samen([a, c]) == [a, c]


def _rapport(pad: Path) -> str:
    return advise_file(pad, pad.name, builtin(), date(2026, 11, 28), "md").rapport.decode("utf-8")


def test_the_deadline_note_is_short_in_the_summary_and_whole_in_hoofdstuk_1() -> None:
    tekst = _rapport(ROOT / "tests" / "cases" / "windpark-heikamp-peelhoven.yaml")
    samenvatting = tekst.split("## Samenvatting voor bestuurders", 1)[1].split("\n## ", 1)[0]
    ontwerp = tekst.split("\n## 1.", 1)[1].split("\n## ", 1)[0]
    noot = samenvatting.split("**Nu beslissen.**", 1)[1].split("\n\n**", 1)[0]
    assert "loopt tot" in noot and "Hoofdstuk 1 zegt wat kan." in noot
    assert len(noot.split()) <= 40
    # the ways out, with their dates, once: in hoofdstuk 1
    planning = ontwerp.split("**Let op bij de planning.**", 1)[1]
    assert "Of maak het voorstel pas op" in planning
    assert tekst.count("Of maak het voorstel pas op") == 1
    # a werkvorm fixed before is said in a few words, the decider named
    assert "Deze werkvorm staat al vast (besloten door:" not in tekst
    assert "Energiecoöperatie LieshorstWind koos deze werkvorm al." in tekst
    assert "De wet (afdeling 3.4 Awb) schrijft deze werkvorm voor." in tekst
    # a promise says its sentence once
    for regel in ontwerp.splitlines():
        assert regel.count("In het besluit zeggen wij wat wij ermee deden") <= 1, regel

"""Other bodies' roles and the grammar of their names (review 51b, 52a): a plural body takes a
plural verb, a proper name keeps its capitals, and a household decides on its own house only
when no other body is named as the decider."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pionieren.analysis.facts import naam_meervoud
from pionieren.text import is_meervoud, klein, meervoud_orgaan, partij

ROOT = Path(__file__).resolve().parents[2]
CASES = {
    "oosterzande": ROOT / "tests/cases/review52/hoogspanningsstation-oosterzande.yaml",
    "tjamsterhuizen": ROOT
    / "tests/cases/review52/dorpsvernieuwing-versterking-tjamsterhuizen.yaml",
    "hemmerik": ROOT / "tests/cases/review51/dijkversterking-hemmerik-waalhoven.yaml",
    "vennegoor": ROOT / "tests/cases/bodemsanering-vennegoor.yaml",
}
#: A proper name with a capital inside it: 'TenneT', 'Stut-en-Steun', 'VluchtelingenWerk'.
NAAM_MET_HOOFDLETTER = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[a-z]+)*-?[A-Z]\w*")


@pytest.fixture(scope="module")
def rapporten(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from typer.testing import CliRunner

    from pionieren.cli import app

    map_ = tmp_path_factory.mktemp("overheid")
    uit: dict[str, str] = {}
    for naam, pad in CASES.items():
        doel = map_ / f"{naam}.md"
        r = CliRunner().invoke(
            app, ["analyse", str(pad), "--datum", "2026-12-01", "--uitvoer", str(doel)]
        )
        assert doel.exists(), r.output
        uit[naam] = " ".join(doel.read_text("utf-8").split())
    return uit


def kleine_namen(yaml_tekst: str, rapport: str) -> list[str]:
    """The proper names of the case with an inner capital that the report writes with a small
    first letter ('tenneT')."""
    fout = []
    for n in sorted(set(NAAM_MET_HOOFDLETTER.findall(yaml_tekst))):
        klein_ = n[0].lower() + n[1:]
        if re.search(rf"(?<![\w-]){re.escape(klein_)}", rapport):
            fout.append(klein_)
    return fout


def test_klein_keeps_a_name_with_a_capital_inside() -> None:
    assert klein("TenneT en de geluidsdeskundige") == "TenneT en de geluidsdeskundige"
    assert klein("Stut-en-Steun en de GGD") == "Stut-en-Steun en de GGD"
    assert klein("Oost-Europese seizoenwerkers") == "Oost-Europese seizoenwerkers"
    assert partij("TenneT en de gemeente") == "TenneT en de gemeente"
    # an ordinary word or a name with an article still goes small inside a sentence
    assert klein("De provincie") == "de provincie"
    assert klein("Bewoners van de Esweg") == "bewoners van de Esweg"
    assert klein("A-locatie") == "a-locatie"


def test_plural_bodies_are_plural() -> None:
    for naam in (
        "Gedeputeerde Staten van Zeeland",
        "Provinciale Staten",
        "de Gedeputeerde Staten van Gelderland",
        "Burgemeester en wethouders",
        "GS",
    ):
        assert meervoud_orgaan(naam), naam
        assert is_meervoud(naam), naam
        assert naam_meervoud(naam), naam
    for naam in (
        "Het college van B en W",
        "Waterschap Waal en Linge",
        "Dorpsraad Kruisweg",
        "het algemeen bestuur van het waterschap",
        "TenneT",
    ):
        assert not meervoud_orgaan(naam), naam
        assert not is_meervoud(naam), naam
        assert not naam_meervoud(naam), naam


def test_verbs_agree_with_the_body(rapporten: dict[str, str]) -> None:
    r = rapporten["oosterzande"]
    assert "Gedeputeerde Staten van Zeeland beslissen hierover" in r
    assert "Gedeputeerde Staten van Zeeland beslissen uiterlijk" in r
    assert "Gedeputeerde Staten van Zeeland beslist" not in r
    assert "Dorpsraad Kruisweg kiest de vragen" in r
    assert "Dorpsraad Kruisweg kiezen" not in r
    h = rapporten["hemmerik"]
    # two routes share one warning (issue 9): 'Die hebben' for the waterschap and the uitzendbureau
    assert "loopt via Waterschap Waal en Linge; die naar " in h
    assert "via hun uitzendbureau. Die hebben zelf belang" in h
    assert "Gedeputeerde Staten van Gelderland beslissen zelf" in h


def test_no_proper_name_loses_its_capital(rapporten: dict[str, str]) -> None:
    for naam, pad in CASES.items():
        assert not kleine_namen(pad.read_text("utf-8"), rapporten[naam]), naam
    assert "TenneT" in rapporten["oosterzande"]


def test_a_household_decides_on_its_own_house_only_when_no_other_body_does(
    rapporten: dict[str, str],
) -> None:
    # the point names the NCG as decider: the NCG decides, with each household
    t = rapporten["tjamsterhuizen"]
    assert "elk huishouden zelf" not in t.casefold()
    assert "De Nationaal Coördinator Groningen, met een afspraak per huishouden |" in t
    assert re.search(r"Ook beslissen[^.]*: de Nationaal Coördinator Groningen", t)
    # the gardens fall in the waterschap's own decision
    h = rapporten["hemmerik"]
    assert "elk huishouden zelf" not in h.casefold()
    # (the summary's table names the main decider short once the summary has named it whole,
    # lengte5, sessie 40)
    assert "Het algemeen bestuur, met een afspraak per huishouden" in h
    assert "Waterschap Waal en Linge" in h.split("**Invloed van inwoners.**")[0]
    # where the gemeente decides the main decision, each household decides its own garden
    assert "elk huishouden zelf" in rapporten["vennegoor"].casefold()


def test_the_draft_decision_and_the_participation_are_the_deciding_bodys(
    rapporten: dict[str, str],
) -> None:
    # an initiator (TenneT) takes no draft decision and sets no participation plan
    r = rapporten["oosterzande"]
    assert "ontwerpbesluit van Gedeputeerde Staten van Zeeland" in r
    assert "ontwerpbesluit van TenneT" not in r
    assert "TenneT (het college" not in r
    assert "de aanpak van de participatie voor het besluit zelf is van Gedeputeerde Staten" in r
    # the gemeente plans only its own part as its first step, not another body's plan
    for naam in ("oosterzande", "hemmerik"):
        stap = rapporten[naam].split("**Eerste stap.**")[1].split("**")[0]
        assert (
            "het college stelt het participatieplan voor het deel van de gemeente vast" in stap
        ), naam
        assert "stelt het participatieplan vast" not in stap, naam
    # the gemeente's own decision: the college still adopts the whole plan
    assert "het college stelt het participatieplan vast" in rapporten["vennegoor"]


def test_the_deciding_bodys_own_verordening(rapporten: dict[str, str]) -> None:
    h = rapporten["hemmerik"]
    assert "geldt de participatieverordening van het waterschap" in h
    assert "Waterschapswet art. 79" in h
    assert "Gemeentewet art. 150" not in h.split("## Bronnen")[0]
    o = rapporten["oosterzande"]
    assert "geldt de participatieverordening van de provincie" in o
    assert "Provinciewet art. 147" in o
    assert "Gemeentewet art. 150" in rapporten["vennegoor"]

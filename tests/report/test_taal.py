"""Phrasings the reviews (29a, 29b, 30) found hard to read may not come back in any report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pionieren.text import haakjes, kort

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted((ROOT / "tests" / "cases").glob("*.yaml")) + sorted(
    (ROOT / "vraagstukken").glob("*.yaml")
)

VERBODEN = [
    "laat de ruimte minder toe",
    "laat de ruimte hoogstens",
    "kan verruimen niet",
    "of zeg open dat de ambitie daar lager ligt",
    "in plaats van in ",
    "ook fracties in de gemeenteraad",
    "op de kaart behalve",
    "groepen op de kaart",
    "(andere partij)",
    "past geen reactietermijn",
    "leerarena",
    "sobere uitvoering",
    "participatieladder (",
    "die pionieren niet",
    "pionieren weet niet",
]
_GENEST = re.compile(r"\([^()\n<>\[\]|]*\([^()\n<>\[\]|]*\)[^()\n<>\[\]|]*\)")


@pytest.fixture(scope="module")
def rapporten(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from typer.testing import CliRunner

    from pionieren.cli import app

    map_ = tmp_path_factory.mktemp("taal")
    uit: dict[str, str] = {}
    runner = CliRunner()
    for pad in CASES:
        doel = map_ / f"{pad.stem}.md"
        r = runner.invoke(
            app,
            [
                "analyse",
                str(pad),
                "--datum",
                "2026-11-29",
                "--formaat",
                "md",
                "--uitvoer",
                str(doel),
            ],
        )
        assert doel.exists(), r.output
        uit[pad.stem] = doel.read_text("utf-8")
    return uit


def test_no_bad_phrasing_in_any_report(rapporten: dict[str, str]) -> None:
    for naam, tekst in rapporten.items():
        advies = tekst.split("## Bronnen")[0]
        for fout in VERBODEN:
            assert fout.casefold() not in advies.casefold(), (naam, fout)
        assert not _GENEST.search(advies), (naam, _GENEST.search(advies))


def test_every_report_with_a_preparation_phase_ends_its_summary_with_a_first_step(
    rapporten: dict[str, str],
) -> None:
    for naam, tekst in rapporten.items():
        samenvatting = tekst.split("## 1.")[0]
        if "- Voorbereiden (" in samenvatting:
            continue  # no first step: the plan starts otherwise, so the phase stays listed
        if "**Eerste stap.**" not in samenvatting:
            continue
        stap = samenvatting.split("**Eerste stap.**")[1]
        assert re.search(r"Uiterlijk \d+ \w+ \d{4}: de ambtelijke organisatie", stap), naam


def test_a_meeting_of_one_group_is_not_called_open_to_everyone(
    rapporten: dict[str, str],
) -> None:
    for naam, tekst in rapporten.items():
        assert "eigen vergadering van een groep**. Breed: open voor iedereen" not in tekst, naam
        assert "Gesprek in de eigen vergadering van een groep. Breed" not in tekst, naam


def test_brackets_inside_brackets_become_commas() -> None:
    assert haakjes("via school (jonge mantelzorgers (12 tot 24 jaar)); x") == (
        "via school (jonge mantelzorgers, 12 tot 24 jaar); x"
    )
    assert haakjes("(besloten door: de wet (afdeling 3.4 Awb))") == (
        "(besloten door: de wet, afdeling 3.4 Awb)"
    )
    assert haakjes("(via werkgevers (twee bedrijven) en een sleutelfiguur)") == (
        "(via werkgevers, twee bedrijven, en een sleutelfiguur)"
    )
    # links and single brackets stay as they are
    assert haakjes("[x](https://a.nl/(b))") == "[x](https://a.nl/(b))"
    assert haakjes("Stichting (jongerenwerk) (voor)") == "Stichting (jongerenwerk) (voor)"


def test_the_head_of_an_onderwerp() -> None:
    assert kort("Welke maatregelen er per straat komen (drempels, borden).") == (
        "Welke maatregelen er per straat komen"
    )
    assert kort("De tijden; hoe de proef wordt geëvalueerd") == "De tijden"


def test_kop_keeps_a_short_list_whole_and_cuts_a_long_apposition() -> None:
    from pionieren.text import kop

    # review 31a: 'Wie beslist' read "de afspraken in het beheerplan tussen buurt."
    assert (
        kop(
            "De afspraken in het beheerplan tussen buurt, zorgaanbieders en gemeente, zoals een "
            "aanspreekpunt dag en nacht."
        )
        == "De afspraken in het beheerplan tussen buurt, zorgaanbieders en gemeente"
    )
    assert (
        kop(
            "Welke van de drie plekken de raad kiest, Veld K aan de Kievitsweg, het voormalige "
            "depot aan de Zuidervaart of het perceel aan de Hoge Wieden."
        )
        == "Welke van de drie plekken de raad kiest"
    )
    assert kop("De kleur (rood of blauw); de maat.") == "De kleur"

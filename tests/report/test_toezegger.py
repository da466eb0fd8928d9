"""A promise the case already made is its maker's: the college's or the wethouder's promise is
not printed under 'Laat de gemeenteraad toezeggen' (review 52a Tjamsterhuizen, 52b Beekloon)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from helpers import rapport_gegevens

from pionieren.report.render import write_markdown

ROOT = Path(__file__).parents[2]
DATUM = date(2026, 12, 1)
BEEKLOON = ROOT / "tests/cases/review51/loting-starterswoningen-beekloon.yaml"
TJAMSTERHUIZEN = ROOT / "tests/cases/review52/dorpsvernieuwing-versterking-tjamsterhuizen.yaml"


def _samenvatting(pad: Path) -> tuple[list[dict[str, Any]], list[str]]:
    advies, _, data = rapport_gegevens(pad, DATUM)
    rapport = write_markdown(advies, data, None).decode("utf-8")
    regels = [r for r in rapport.split("**Het ontwerp.**")[0].splitlines() if r.startswith("- ")]
    return data["toezeggingen"], regels


def _met_maker(pad: Path, tmp_path: Path, door: str) -> Path:
    data = yaml.safe_load(pad.read_text(encoding="utf-8"))
    data["besluit"]["toezegging"]["door"] = door
    uit = tmp_path / pad.name
    uit.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return uit


def test_a_college_promise_stands_as_the_college_s_not_under_the_raad() -> None:
    lijnen, regels = _samenvatting(TJAMSTERHUIZEN)
    gedaan = [z for z in lijnen if z["gedaan"]]
    assert [z["wie"] for z in gedaan] == ["het college van B en W"]
    regel = next(r for r in regels if "Dorpsafspraak" in r)
    assert regel.startswith("- Toezegging van het college van B en W (al gedaan).")
    # the raad's line keeps what it must still promise, and no promise already made
    raad = next(r for r in regels if r.startswith("- Laat de gemeenteraad toezeggen"))
    assert "al gedaan" not in raad and "Dorpsafspraak" not in raad


def test_a_wethouder_the_promise_names_is_its_maker() -> None:
    _, regels = _samenvatting(BEEKLOON)
    regel = next(r for r in regels if "zegde de wethouder toe" in r)
    assert regel.startswith("- Toezegging van de wethouder (al gedaan).")
    assert not any(r.startswith("- Laat") and "zegde de wethouder" in r for r in regels)


def test_a_promise_by_an_unnamed_party_is_said_neutrally(tmp_path: Path) -> None:
    _, regels = _samenvatting(_met_maker(BEEKLOON, tmp_path, "anders"))
    regel = next(r for r in regels if "zegde de wethouder toe" in r)
    assert regel.startswith("- Toezegging (al gedaan).")


def test_the_raad_s_own_promise_stays_on_its_line(tmp_path: Path) -> None:
    lijnen, regels = _samenvatting(_met_maker(BEEKLOON, tmp_path, "raad"))
    assert not any(z["gedaan"] and z["wie"] != "de gemeenteraad" for z in lijnen)
    regel = next(r for r in regels if "zegde de wethouder toe" in r)
    assert "gemeenteraad" in regel

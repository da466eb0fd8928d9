"""The vraagstuk's own sources (field ``bronnen``): listed apart, never cited, never a mirror."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from pionieren.errors import InvoerFout
from pionieren.input.load import parse_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.knowledge.models import Bron
from pionieren.pipeline import advise_file

ROOT = Path(__file__).resolve().parents[2]
RINGDORP = ROOT / "tests" / "cases" / "dertig-kilometer-ringdorp.yaml"

# a shipped example without own sources: every old file stays valid
MINIMAAL = (ROOT / "vraagstukken" / "speeltuin.yaml").read_text("utf-8")


def test_zonder_bronnen_blijft_een_oud_bestand_geldig() -> None:
    assert parse_vraagstuk(MINIMAAL).bronnen == []


def test_alleen_de_titel_is_verplicht() -> None:
    v = parse_vraagstuk(
        MINIMAAL
        + "bronnen:\n  - titel: Beleidsnota Pleinen\n"
        + "  - {titel: Richtlijn, uitgever: CROW, url: 'https://www.crow.nl/x'}\n"
    )
    assert [(b.titel, b.uitgever, b.url) for b in v.bronnen] == [
        ("Beleidsnota Pleinen", None, None),
        ("Richtlijn", "CROW", "https://www.crow.nl/x"),
    ]


@pytest.mark.parametrize(
    "url",
    ["https://nl.scribd.com/document/123/nota", "https://www.5dok.net/x", "https://issuu.com/a"],
)
def test_een_spiegelsite_wordt_geweigerd_met_een_nederlandse_melding(url: str) -> None:
    with pytest.raises(InvoerFout) as info:
        parse_vraagstuk(MINIMAAL + f"bronnen:\n  - {{titel: Nota, url: '{url}'}}\n")
    (probleem,) = info.value.problemen
    assert "documenten van anderen overneemt" in probleem.melding
    assert "uitgever zelf" in probleem.melding


def test_een_kapotte_link_wordt_geweigerd() -> None:
    with pytest.raises(InvoerFout) as info:
        parse_vraagstuk(MINIMAAL + "bronnen:\n  - {titel: Nota, url: 'javascript:alert(1)'}\n")
    (probleem,) = info.value.problemen
    assert "geen bruikbaar webadres" in probleem.melding


def test_het_register_en_een_eigen_catalogus_weigeren_dezelfde_sites() -> None:
    goed = {"id": "x", "titel": "T", "uitgever": "U", "jaar": None, "url": "https://vng.nl/x"}
    assert Bron.model_validate(goed)
    with pytest.raises(ValidationError) as info:
        Bron.model_validate({**goed, "url": "https://www.docplayer.nl/123-nota.html"})
    (fout,) = info.value.errors()
    assert "documenten van anderen overneemt" in fout["ctx"]["melding"]


def _rapport(formaat: str, pad: Path = RINGDORP) -> str:
    uit = advise_file(pad, pad.name, builtin(), date(2026, 11, 29), formaat)
    return uit.rapport.decode("utf-8")


def test_het_ontwerp_legt_ze_op_tafel_en_de_lijst_noemt_ze_apart() -> None:
    md = _rapport("md")
    lijst = md.split("## Bronnen", 1)[1].split("\n## ", 1)[0]
    eigen = lijst.split("**Stukken uit het vraagstuk** (het ontwerp legt ze op tafel):", 1)[1]
    assert "- CROW: *Afwegingskader 30 km/h (november 2021)*" in eigen
    assert "<https://vvn.nl/als-gemeente-van-50-naar-30>" in eigen
    assert "steunt er niet op" not in md
    # the design (hoofdstuk 1) opens with them as the shared facts, by title (KADER-STUKKEN)
    ontwerp = md.split("\n## 1.", 1)[1].split("\n## 2.", 1)[0]
    assert "**Start.** Leg de feiten op tafel, voor iedereen dezelfde: ‘Afwegingskader" in ontwerp
    # no claim rests on them: the publisher and the link stand only in the list
    tekst = md.split("## Bronnen", 1)[0]
    for woord in ("CROW", "Veilig Verkeer Nederland", "vvn.nl"):
        assert woord not in tekst, f"{woord} staat achter een zin in het rapport"
    html = _rapport("html")
    assert "<strong>Stukken uit het vraagstuk</strong>" in html
    assert "<p><strong>Start.</strong> Leg de feiten op tafel" in html
    assert '<a href="https://vvn.nl/als-gemeente-van-50-naar-30">' in html


def test_zonder_eigen_bronnen_geen_kopje(tmp_path: Path) -> None:
    tekst = RINGDORP.read_text("utf-8").split("\nbronnen:\n", 1)[0] + "\n"
    pad = tmp_path / "ringdorp.yaml"
    pad.write_text(tekst, "utf-8")
    md = _rapport("md", pad)
    assert "Stukken uit het vraagstuk" not in md
    assert "- Start:" not in md

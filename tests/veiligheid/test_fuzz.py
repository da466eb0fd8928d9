"""Fuzzing with Hypothesis (fixed seed): the loader, the analysis and every text renderer.

What must hold for any input: no exception but our own errors; every report is safe (no raw
``<script``, no control character, every Markdown table row keeps its cells, JSON parses); and
on a failure nothing is written.
"""

from __future__ import annotations

import contextlib
import json
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, event, given, seed, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pionieren.analysis.engine import analyse
from pionieren.cli import app
from pionieren.errors import PionierenError
from pionieren.input.load import parse_vraagstuk
from pionieren.input.yamlread import decode
from pionieren.knowledge.load import builtin
from pionieren.report.render import render

ROOT = Path(__file__).resolve().parents[2]
VOORBEELD = (ROOT / "vraagstukken" / "marktplein.yaml").read_text("utf-8")
BASIS: dict[str, Any] = yaml.safe_load(VOORBEELD)
DATUM = date(2026, 11, 28)
SEED = 20261128
STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
PIJP = re.compile(r"(?<!\\)\|")
runner = CliRunner()

FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Every character, also control characters, line separators and lone surrogates.
alle_tekens = st.characters(codec=None, exclude_categories=())
vijandig = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[a](javascript:b)",
        "# kop",
        "| x |",
        "\u2028",
        "\u2029",
        "\x85",
        "\t",
        "[/]",
        "[link=x]",
        "{{ 7 * 7 }}",
        "\u200b",
        "1. ",
        "---",
        "`",
        "*",
        "\\",
        "&lt;",
        "\r\n",
    ]
)
# Text for a field: characters a report may show and hostile pieces, so that most examples
# reach the renderers (the loader test above feeds every character, control characters too).
toegestaan = st.characters(codec=None, exclude_categories=("Cs", "Cc"))
tekst = (
    st.lists(
        st.one_of(
            st.text(toegestaan, max_size=12),
            vijandig,
        ),
        max_size=6,
    )
    .map("".join)
    .map(lambda t: t if t.strip() else f"leeg{t}")
)


def _check_markdown(md: str) -> None:
    assert not re.search(r"(?<!\\)<script", md)
    assert not STUURTEKENS.search(md)
    for regel in md.split("\n"):
        assert not regel.startswith(("<script", "# kop"))
    tabel: list[str] = []
    for regel in [*md.split("\n"), ""]:
        if regel.startswith("|"):
            tabel.append(regel)
            continue
        if tabel:
            aantallen = {len(PIJP.findall(r)) for r in tabel}
            assert len(aantallen) == 1, tabel
            tabel = []


def _check_all_formats(vraagstuk: Any) -> None:
    kennis = builtin()
    advies = analyse(vraagstuk, kennis, DATUM)
    for formaat in ("md", "paragraaf"):
        _check_markdown(render(advies, vraagstuk, kennis, formaat, "x.yaml").decode("utf-8"))
    html = render(advies, vraagstuk, kennis, "html", "x.yaml").decode("utf-8")
    assert "<script" not in html and not STUURTEKENS.search(html)
    json.loads(render(advies, vraagstuk, kennis, "json", "x.yaml"))


def _load_and_check(yaml_tekst: str) -> None:
    """Our own error, or a vraagstuk whose report is safe in every text format."""
    try:
        vraagstuk = parse_vraagstuk(yaml_tekst, "x.yaml")
    except PionierenError:
        event("geweigerd")
        return
    event("gerenderd")
    _check_all_formats(vraagstuk)


@seed(SEED)
@FUZZ
@given(
    st.binary(max_size=400)
    | st.text(alle_tekens, max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_loader_never_raises_a_foreign_exception(ruw: bytes) -> None:
    with contextlib.suppress(PionierenError):
        parse_vraagstuk(decode(ruw, "x.yaml"), "x.yaml")


@st.composite
def _mutated(draw: st.DrawFn) -> str:
    """The example file with random cuts, insertions and replacements."""
    tekst_ = VOORBEELD
    for _ in range(draw(st.integers(1, 4))):
        plek = draw(st.integers(0, len(tekst_)))
        soort = draw(st.sampled_from(["in", "uit", "vervang"]))
        stuk = draw(
            st.one_of(
                vijandig,
                st.text(alle_tekens, max_size=8),
                st.sampled_from([": ", "\n  - ", "&a ", "*a", "!!", "'", '"', "0x1", "040", "1:3"]),
            )
        )
        if soort == "in":
            tekst_ = tekst_[:plek] + stuk + tekst_[plek:]
        elif soort == "uit":
            tekst_ = tekst_[:plek] + tekst_[plek + draw(st.integers(1, 40)) :]
        else:
            tekst_ = tekst_[:plek] + stuk + tekst_[plek + len(stuk) :]
    return tekst_


@seed(SEED)
@FUZZ
@given(_mutated())
def test_mutated_yaml_gives_our_error_or_a_safe_report(tekst_: str) -> None:
    _load_and_check(tekst_)


@seed(SEED)
@settings(FUZZ, max_examples=60)
@given(
    titel=tekst,
    gemeente=tekst,
    omschrijving=tekst,
    aanleiding=tekst,
    beleidsveld=tekst,
    namen=st.lists(tekst, min_size=1, max_size=3),
    vast=tekst,
    onderwerp=tekst,
    door=tekst,
)
def test_random_unicode_in_every_text_field_through_every_format(
    titel: str,
    gemeente: str,
    omschrijving: str,
    aanleiding: str,
    beleidsveld: str,
    namen: list[str],
    vast: str,
    onderwerp: str,
    door: str,
) -> None:
    data = json.loads(json.dumps(BASIS, default=str))
    data.update(titel=titel, gemeente=gemeente, omschrijving=omschrijving, aanleiding=aanleiding)
    data["beleidsveld"] = beleidsveld
    data["kaders"]["vast"] = [vast]
    data["kaders"]["open"][0]["onderwerp"] = onderwerp
    data["werkvormen"][0]["door"] = door
    for partij, naam in zip(data["belanghebbenden"], namen, strict=False):
        partij["naam"] = naam
    _load_and_check(json.dumps(data, ensure_ascii=True))  # JSON is YAML; \\u escapes for all


@seed(SEED)
@settings(max_examples=40, deadline=None, database=None)
@given(_mutated())
def test_nothing_is_written_on_failure(tekst_: str) -> None:
    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / "plein.yaml"
        pad.write_bytes(tekst_.encode("utf-8", "surrogatepass"))
        uitslag = runner.invoke(
            app, ["analyse", str(pad), "--datum", "2026-11-28"], env={"NO_COLOR": "1"}
        )
        assert uitslag.exit_code in (0, 1), uitslag.output
        bestanden = sorted(p.name for p in Path(map_).iterdir())
        if uitslag.exit_code == 0:
            assert bestanden == ["plein.advies.md", "plein.yaml"]
        else:
            assert bestanden == ["plein.yaml"]


@seed(SEED)
@settings(FUZZ, max_examples=15)
@given(titel=tekst, naam=tekst)
def test_random_unicode_through_word(titel: str, naam: str) -> None:
    data = json.loads(json.dumps(BASIS, default=str))
    data["titel"] = titel
    data["belanghebbenden"][0]["naam"] = naam
    try:
        vraagstuk = parse_vraagstuk(json.dumps(data), "x.yaml")
    except PionierenError:
        return
    kennis = builtin()
    advies = analyse(vraagstuk, kennis, DATUM)
    assert render(advies, vraagstuk, kennis, "docx", "x.yaml").startswith(b"PK")

"""Safe text: user text is shown, never read as Markdown, HTML, Rich markup or terminal codes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.errors import InvoerFout
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.safe_text import (
    comparable_name,
    is_safe_url,
    markdown_safe,
    rich_safe,
    terminal_safe,
)

runner = CliRunner()
VOORBEELD = Path(__file__).resolve().parents[2] / "vraagstukken" / "marktplein.yaml"


def vraagstuk_tekst() -> str:
    return VOORBEELD.read_text("utf-8")


DATUM = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("invoer", "uit"),
    [
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>"),
        ("[klik](javascript:alert(1))", "\\[klik\\](javascript:alert(1))"),
        ("# Kop", "\\# Kop"),
        ("1. een lijst", "1\\. een lijst"),
        ("a | b", "a \\| b"),
        ("regel\u2028# kop", "regel # kop"),
        ("regel\x85- item", "regel - item"),
        ("regel\u2029twee\r\ndrie\vvier", "regel twee drie vier"),
        ("nul\x00byte", "nul\ufffdbyte"),
        ("\x1b[2Jweg", "\ufffd\\[2Jweg"),
        ("`code`", "\\`code\\`"),
        ("**vet**", "\\*\\*vet\\*\\*"),
        ("gewone tekst, met komma's en 0.1.0", "gewone tekst, met komma's en 0.1.0"),
        ("\n", "\n"),
    ],
)
def test_markdown_safe(invoer: str, uit: str) -> None:
    assert markdown_safe(invoer) == uit


def test_terminal_safe_makes_controls_visible() -> None:
    assert terminal_safe("a\x1b[2Jb") == "a\\u001b[2Jb"
    assert terminal_safe("a\nb") == "a\\u000ab"
    assert terminal_safe("a\nb", regels=True) == "a\nb"
    assert terminal_safe("a\u2028b\x85c\u202ed") == "a\\u2028b\\u0085c\\u202ed"
    assert terminal_safe("x\ud800") == "x\\ud800"
    assert terminal_safe("\U000e0001") == "\\udb40\\udc01"
    # JSON output stays valid JSON with every such character in it
    assert (
        json.loads(terminal_safe(json.dumps("\x7f\xad\x85\u2028\U000e0001", ensure_ascii=False)))
        == "\x7f\xad\x85\u2028\U000e0001"
    )
    assert rich_safe("[/] [link=https://x]y") == "\\[/] \\[link=https://x]y"


@pytest.mark.parametrize(
    ("url", "goed"),
    [
        ("https://www.movisie.nl/artikel/participatie_ladder?x=1#a", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("https://x.nl/a>b", False),
        ('https://x.nl/"onmouseover=', False),
        ("https://x.nl/a b", False),
        ("https://x.nl/a'b", False),
        ("file:///etc/passwd", False),
        ("data:text/html,<script>", False),
        ("https://", False),
    ],
)
def test_url_allowlist(url: str, goed: bool) -> None:
    assert is_safe_url(url) is goed


def test_names_compared_after_normalisation() -> None:
    assert comparable_name("Buurt\u200bvereniging") == comparable_name("buurtvereniging")
    assert comparable_name("Café") == comparable_name("Cafe\u0301")
    assert comparable_name("ﬁets  club") == comparable_name("fiets club")


def test_injection_in_names_stays_text_in_markdown(maak: Callable[..., Path]) -> None:
    pad = maak(
        titel='titel: "<script>alert(1)</script>\\n# Geen kop"',
        naam='naam: "Winkeliers [klik](javascript:alert(1)) | x\\u2028y\\x85z"',
    )
    md = advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")
    assert not re.search(r"(?<!\\)<script", md)
    assert "](javascript:" not in md.replace("\\](javascript:", "")
    assert "\n# Geen kop" not in md
    for regel in md.splitlines():  # every table row keeps its cells
        if regel.startswith("| ") and "Winkeliers" in regel:
            assert len(re.findall(r"(?<!\\)\|", regel)) in (5, 6, 7)
    assert "\u2028" not in md and "\x85" not in md


@pytest.mark.parametrize(
    ("waarde", "code"),
    [('"a\\ud800b"', "U+D800"), ('"a\\0b"', "U+0000"), ('"a\\e[2Jb"', "U+001B")],
)
def test_forbidden_characters_refused_with_position(
    maak: Callable[..., Path], waarde: str, code: str
) -> None:
    pad = maak(gemeente=f"gemeente: {waarde}")
    with pytest.raises(InvoerFout) as info:
        load_vraagstuk(pad)
    (probleem,) = info.value.problemen
    assert (probleem.regel, probleem.pad) == (3, "gemeente")
    assert code in probleem.melding


def test_rich_markup_in_a_name_is_text(
    maak: Callable[..., Path], runner_env: dict[str, str]
) -> None:
    pad = maak(titel='titel: "Plein [/] [link=https://kwaad.example]klik[/link] [bold]x"')
    uitslag = runner.invoke(
        app,
        ["analyse", str(pad), "--datum", "2026-11-28", "-o", str(pad.with_suffix(".md"))],
        env=runner_env,
    )
    assert uitslag.exit_code == 0, uitslag.output
    assert "[/] [link=https://kwaad.example]klik[/link] [bold]x" in uitslag.stdout


def test_escape_sequences_never_reach_the_terminal(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    pad = tmp_path / "plein.yaml"
    pad.write_text('titel: "x"\nonbekend\x1b: "\\e[2J\\n✓ in orde"\n', "utf-8")
    uitslag = runner.invoke(app, ["valideer", str(pad)], env=runner_env)
    assert uitslag.exit_code == 1
    assert "\x1b" not in uitslag.output


def test_duplicate_names_with_invisible_characters(tmp_path: Path) -> None:
    pad = tmp_path / "plein.yaml"
    for andere in (
        "Winkeliers\u200b Marktplein",
        "Winkeliers\u00a0Marktplein",
        "Winkeliers Marktplein\u200d",
    ):
        pad.write_text(
            vraagstuk_tekst().replace("naam: Marktkooplieden weekmarkt", f"naam: {andere}"),
            "utf-8",
        )
        with pytest.raises(InvoerFout) as info:
            load_vraagstuk(pad)
        (probleem,) = info.value.problemen
        assert "komt twee keer voor" in probleem.melding


def test_json_surrogate_pairs_become_one_character(tmp_path: Path) -> None:
    pad = tmp_path / "plein.yaml"
    pad.write_text(
        vraagstuk_tekst().replace(
            "titel: Herinrichting Marktplein", 'titel: "Plein \\ud83c\\udf33"'
        ),
        "utf-8",
    )
    assert load_vraagstuk(pad).titel == "Plein \U0001f333"

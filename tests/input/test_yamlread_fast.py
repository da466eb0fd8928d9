"""libyaml composes, pure Python is the reference: both must give exactly the same result.

Why: the C composer makes reading many times faster, but a civil servant must get the same
values, positions and messages whichever composer ran.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pionieren.errors import InvoerFout
from pionieren.input import yamlread
from pionieren.input.yamlread import Resolver, read_text

ROOT = Path(__file__).resolve().parents[2]
BESTANDEN = sorted(
    [
        *(ROOT / "vraagstukken").glob("*.yaml"),
        *(ROOT / "tests" / "cases").glob("*.yaml"),
        *(ROOT / "tests" / "golden" / "fouten").glob("*.yaml"),
        *(ROOT / "src" / "pionieren" / "knowledge").glob("*.yaml"),
    ]
)

pytestmark = pytest.mark.skipif(yamlread.FastLoader is None, reason="PyYAML without libyaml")


def _read(tekst: str, pure: bool) -> Any:
    """Everything a reader gives: the data with all positions, or the problems."""
    try:
        if pure:
            geladen = yamlread._read_pure(tekst, "x.yaml", posities=True)
        else:
            geladen = read_text(tekst, "x.yaml")
    except InvoerFout as e:
        return ("fout", e.problemen)
    return (geladen.data, geladen.posities, geladen.sleutels, geladen.bron, geladen.problemen)


def _variants(tekst: str) -> list[str]:
    return [tekst, tekst.replace("\n", "\r\n"), re.sub(r"(?m)^(\w+): ", r"\1: Ünï😀 ", tekst)]


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.name)
def test_same_result_as_the_pure_python_reader(pad: Path) -> None:
    try:
        tekst = pad.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8 (a golden error file)")
    for variant in _variants(tekst):
        assert _read(variant, pure=False) == _read(variant, pure=True)


_YAMLISH = st.lists(
    st.sampled_from(
        [
            *("a", "b: ", "- ", "  ", "\n", "\n  ", "\n- ", ":", "[", "]", "{", "}", ",", "?"),
            *("&x ", "*x", "'", '"', "#", " # c\n", "yes", "12", "0x1F", "2027-01-01", "~"),
            *("!!str ", "!x ", "!", "? ", "|", ">", "|-", ">+", "|2\n  x", "é", "\t", "---"),
            *("...", "%YAML 1.1\n", "@", "`", "%", "\\", "a:b", "[a?]", "k: {a: 1}"),
            *("\x07", "\x85", "\ufeff", "\u2028", "\r\n", "\r"),
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_YAMLISH)
def test_same_result_on_any_yaml_like_text(tekst: str) -> None:
    assert _read(tekst, pure=False) == _read(tekst, pure=True)


def test_very_deep_nesting_is_left_to_the_pure_python_reader() -> None:
    diep = "a: " + "[" * 150 + "]" * 150 + "\n"
    assert _read(diep, pure=False) == _read(diep, pure=True)


def test_without_libyaml_the_pure_python_reader_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    tekst = (ROOT / "vraagstukken" / "speeltuin.yaml").read_text(encoding="utf-8")
    verwacht = _read(tekst, pure=True)
    monkeypatch.setattr(yamlread, "FastLoader", None)
    assert _read(tekst, pure=False) == verwacht


def test_one_resolver_serves_both_composers(monkeypatch: pytest.MonkeyPatch) -> None:
    # A rule added to Resolver (say, YAML 1.2 integers) must hold for libyaml as well.
    monkeypatch.setattr(
        Resolver, "yaml_implicit_resolvers", copy.deepcopy(Resolver.yaml_implicit_resolvers)
    )
    Resolver.add_implicit_resolver("tag:yaml.org,2002:null", re.compile("^niets$"), list("n"))
    assert read_text("a: niets\n", "x").data == {"a": None}
    assert yamlread._read_pure("a: niets\n", "x", posities=True).data == {"a": None}


def test_without_positions_the_data_is_the_same() -> None:
    tekst = (ROOT / "src" / "pionieren" / "knowledge" / "werkvormen.yaml").read_text("utf-8")
    zonder = read_text(tekst, "x", posities=False)
    assert zonder.data == read_text(tekst, "x").data
    assert not zonder.posities and not zonder.bron


@pytest.mark.parametrize("tekst", ["b: a\nb: [a?]", "b: a\nb: {x: [a?]}", "b: a\nb:\n"])
def test_a_duplicate_key_whose_value_libyaml_reads_differently(tekst: str) -> None:
    """Found by the property test: the value of a duplicate key is not built, so its '?' in a
    flow list went unchecked and libyaml's reading won over pure Python's syntax error."""
    assert _read(tekst, pure=False) == _read(tekst, pure=True)

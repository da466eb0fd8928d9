"""The YAML reader: positions, duplicate keys, booleans, dates, tags, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pionieren.errors import InvoerFout
from pionieren.input.load import parse_vraagstuk
from pionieren.input.yamlread import Positie, decode, pad_tekst, read_file, read_text


def test_positions_of_values_and_keys() -> None:
    geladen = read_text("titel: Plein\nkaders:\n  vast:\n    - a\n    - b\n", "x.yaml")
    assert geladen.posities[("titel",)] == Positie(1, 8)
    assert geladen.sleutels[("kaders", "vast")] == Positie(3, 3)
    assert geladen.posities[("kaders", "vast", 1)] == Positie(5, 7)
    assert geladen.positie(("kaders", "bestaat_niet")) == Positie(3, 3)


def test_yes_no_on_off_stay_text_and_true_false_are_booleans() -> None:
    data = read_text("a: yes\nb: No\nc: on\nd: off\ne: true\nf: False\n", "x").data
    assert data == {"a": "yes", "b": "No", "c": "on", "d": "off", "e": True, "f": False}


def test_dates_stay_text_and_numbers_are_numbers() -> None:
    data = read_text("d: 2027-06-30\ni: 12\nf: 1.5\nn: ~\n", "x").data
    assert data == {"d": "2027-06-30", "i": 12, "f": 1.5, "n": None}


def test_duplicate_key_keeps_first_and_names_both_lines() -> None:
    geladen = read_text("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert geladen.data == {"a": 1, "b": 2}
    (p,) = geladen.problemen
    assert (p.regel, p.kolom, p.pad, p.code) == (3, 1, "a", "dubbele_sleutel")
    assert "regel 1" in p.melding and "regel 3" in p.melding


def test_path_text_counts_list_items_from_one() -> None:
    assert pad_tekst(("belanghebbenden", 0, "invloed")) == "belanghebbenden[1].invloed"
    assert pad_tekst(()) == ""


def test_utf8_bom_is_fine() -> None:
    assert decode("\ufefftitel: é".encode(), "x") == "titel: é"


def test_latin1_is_refused_with_position_and_guess() -> None:
    with pytest.raises(InvoerFout) as info:
        decode("titel: Caf\xe9\n".encode("latin-1"), "x.yaml")
    (p,) = info.value.problemen
    assert (p.regel, p.kolom) == (1, 11)
    assert "UTF-8" in p.melding and "'é'" in p.melding


def test_recursive_alias_is_refused() -> None:
    geladen = read_text("a: &x\n  b: *x\n", "x.yaml")
    assert any(p.code == "lus" for p in geladen.problemen)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InvoerFout, match="1 probleem"):
        read_file(tmp_path / "niet-daar.yaml")
    with pytest.raises(InvoerFout) as info:
        read_file(tmp_path)
    assert "map" in info.value.problemen[0].melding


def test_too_large_file_is_refused(tmp_path: Path) -> None:
    groot = tmp_path / "groot.yaml"
    groot.write_bytes(b"# " + b"x" * (3 * 1024 * 1024))
    with pytest.raises(InvoerFout) as info:
        read_file(groot)
    assert info.value.problemen[0].code == "te_groot"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_result_or_dutch_problems_never_a_crash(tekst: str) -> None:
    try:
        parse_vraagstuk(tekst, "willekeurig.yaml")
    except InvoerFout as e:
        assert e.problemen
        for p in e.problemen:
            assert p.bestand == "willekeurig.yaml"
            assert p.melding


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_never_crash(ruw: bytes) -> None:
    try:
        parse_vraagstuk(decode(ruw, "b.yaml"), "b.yaml")
    except InvoerFout as e:
        assert e.problemen


def test_ten_thousand_stakeholders_fit_within_the_limits() -> None:
    regels = ["belanghebbenden:"] + [
        f"  - {{naam: Partij {i}, soort: inwoners, invloed: laag, belang: hoog, "
        f"kenmerken: [jongeren], bereikbaarheid: moeilijk}}"
        for i in range(10_000)
    ]
    geladen = read_text("\n".join(regels) + "\n", "groot.yaml")
    assert len(geladen.data["belanghebbenden"]) == 10_000
    assert not geladen.problemen

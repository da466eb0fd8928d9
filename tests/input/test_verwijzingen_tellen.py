"""A file whose references (``*naam``) expand to too many values is refused before anything
is built, at the same place the builder would stop.

Why: a "billion laughs" file of 8 lines took seconds to refuse, because 250,000 values were
built first (twice: libyaml, then pure Python for the message). Counting the expanded size
over the shared nodes takes as long as the file is long.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pionieren.errors import InvoerFout
from pionieren.input import yamlread
from pionieren.input.yamlread import read_text


def _compose(tekst: str) -> yaml.Node:
    wortel = yaml.compose(tekst)
    assert wortel is not None
    return wortel


def _lachen(niveaus: int, breed: int = 9) -> str:
    regels = ["a0: &a0 [" + ", ".join(['"x"'] * breed) + "]"]
    for i in range(1, niveaus):
        regels.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * breed) + "]")
    return "\n".join(regels) + "\n"


def _naief(node: Any) -> int:
    """The expanded size, by writing every reference out (only for small graphs)."""
    return 1 + sum(_naief(kind) for kind in yamlread._children(node))


def _volgorde(node: Any) -> list[Any]:
    """All values in reading order, references written out (only for small graphs)."""
    uit = [node]
    for kind in yamlread._children(node):
        uit += _volgorde(kind)
    return uit


def test_miljard_lachen_bouwt_niets(monkeypatch: pytest.MonkeyPatch) -> None:
    gebouwd = 0
    echt = yamlread._Builder.build

    def tel(self: Any, *args: Any) -> Any:
        nonlocal gebouwd
        gebouwd += 1
        return echt(self, *args)

    monkeypatch.setattr(yamlread._Builder, "build", tel)
    with pytest.raises(InvoerFout) as info:
        read_text(_lachen(12), "lachen.yaml")  # 9^12 values written out
    assert gebouwd == 0
    assert info.value.problemen[0].code == "te_groot"


def test_zelfde_plek_als_de_bouwer(monkeypatch: pytest.MonkeyPatch) -> None:
    tekst = _lachen(4)  # 820 + 91 + 10 + 1 values
    monkeypatch.setattr(yamlread, "MAX_NODES", 500)
    with pytest.raises(InvoerFout) as vooraf:
        read_text(tekst, "x.yaml")
    # the builder alone (no count beforehand) stops at the same value
    monkeypatch.setattr(yamlread._Builder, "check_size", lambda self, wortel: None)
    with pytest.raises(InvoerFout) as bouwer:
        read_text(tekst, "x.yaml")
    assert vooraf.value.problemen == bouwer.value.problemen


def test_gewoon_bestand_met_verwijzingen_blijft_leesbaar() -> None:
    geladen = read_text("a: &x [1, 2]\nb: *x\nc: *x\n", "x.yaml")
    assert geladen.data == {"a": [1, 2], "b": [1, 2], "c": [1, 2]}


def test_lus_wordt_niet_geteld_maar_gemeld() -> None:
    wortel = _compose("a: &x\n  b: *x\n")
    assert yamlread._expanded_sizes(wortel) is None
    assert any(p.code == "lus" for p in read_text("a: &x\n  b: *x\n", "x.yaml").problemen)


@settings(max_examples=60, deadline=None)
@given(niveaus=st.integers(1, 4), breed=st.integers(1, 4), n=st.integers(1, 400))
def test_telling_en_plek_kloppen(niveaus: int, breed: int, n: int) -> None:
    wortel = _compose(_lachen(niveaus, breed))
    maten = yamlread._expanded_sizes(wortel)
    assert maten is not None
    assert maten[id(wortel)] == _naief(wortel)
    alle = _volgorde(wortel)
    if n <= len(alle):
        assert yamlread._nth_value(wortel, n, maten) is alle[n - 1]

"""The built-in knowledge is read without positions; a broken file still gets full messages."""

from __future__ import annotations

from typing import Any

import pytest

from pionieren.errors import InvoerFout
from pionieren.input import yamlread
from pionieren.knowledge import load


def test_builtin_is_read_without_positions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIONIEREN_CACHE_DIR", "")  # read the files, not the cache
    gelezen: list[bool] = []
    origineel = yamlread.read_text

    def read_text(tekst: str, naam: str, *, posities: bool = True) -> Any:
        gelezen.append(posities)
        return origineel(tekst, naam, posities=posities)

    monkeypatch.setattr(load, "read_text", read_text)
    load.builtin.__wrapped__()
    assert gelezen and not any(gelezen)


def test_a_broken_builtin_file_is_reported_with_positions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PIONIEREN_CACHE_DIR", "")
    origineel = yamlread.read_text

    def read_text(tekst: str, naam: str, *, posities: bool = True) -> Any:
        if naam.endswith("ladder.yaml"):
            tekst = tekst.replace("treden:", "treden: []\ntreden:", 1)
        return origineel(tekst, naam, posities=posities)

    monkeypatch.setattr(load, "read_text", read_text)
    with pytest.raises(InvoerFout) as info:
        load.builtin.__wrapped__()
    probleem = next(p for p in info.value.problemen if p.code == "dubbele_sleutel")
    assert probleem.bestand == "pionieren/knowledge/ladder.yaml"
    assert "op regel" in probleem.melding and probleem.regel > 1

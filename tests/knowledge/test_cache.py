"""The built-in knowledge kept as compact JSON in the user's cache folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from pionieren import cache
from pionieren.knowledge import load


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PIONIEREN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_knowledge_from_the_cache_equals_knowledge_from_the_files(map_: Path) -> None:
    vers = load.builtin.__wrapped__()
    assert len(list(map_.glob("kennis-*.json"))) == 1
    assert load.builtin.__wrapped__() == vers


def test_the_cache_is_used_and_not_the_files(map_: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load.builtin.__wrapped__()

    def niet_lezen(*args: object, **kwargs: object) -> None:
        raise AssertionError("the files are read again")

    monkeypatch.setattr(load, "_load_builtin", niet_lezen)
    assert load.builtin.__wrapped__().werkvormen


def test_changed_knowledge_gets_another_entry() -> None:
    bestanden = load._package_files()
    anders = {**bestanden, "ladder.yaml": bestanden["ladder.yaml"] + b"\n# anders\n"}
    assert load._cache_key(anders) != load._cache_key(bestanden)


def test_a_damaged_entry_is_made_again(map_: Path) -> None:
    vers = load.builtin.__wrapped__()
    (entry,) = map_.glob("kennis-*.json")
    entry.write_text("{kapot", encoding="utf-8")
    assert load.builtin.__wrapped__() == vers
    assert entry.read_text(encoding="utf-8").startswith("{")
    assert entry.stat().st_size > 1000


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_folder_others_can_write_in_is_not_used(map_: Path) -> None:
    map_.mkdir(mode=0o777)
    map_.chmod(0o777)
    assert load.builtin.__wrapped__().werkvormen
    assert not list(map_.iterdir())


def test_an_unusable_folder_never_stops_pionieren(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bestand = tmp_path / "geen-map"
    bestand.write_text("", encoding="utf-8")
    monkeypatch.setenv("PIONIEREN_CACHE_DIR", str(bestand / "cache"))
    assert load.builtin.__wrapped__().werkvormen
    monkeypatch.setenv("PIONIEREN_CACHE_DIR", "")
    assert cache.folder() is None
    assert load.builtin.__wrapped__().werkvormen


@pytest.mark.skipif(sys.platform == "win32", reason="Windows uses LOCALAPPDATA")
def test_no_home_folder_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PIONIEREN_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def geen_thuismap() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", geen_thuismap)
    assert cache.folder() is None
    assert load.builtin.__wrapped__().werkvormen

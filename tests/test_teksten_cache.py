"""The compiled texts in the user's cache folder give exactly the texts compiled on the spot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment

from pionieren.knowledge.load import builtin
from pionieren.teksten import Wording, WordingError


def test_cached_texts_render_the_same(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PIONIEREN_CACHE_DIR", str(tmp_path))
    teksten = builtin().teksten
    Wording(teksten).compiled_from_cache()  # fills the cache
    gecompileerd = 0
    origineel = Environment.compile

    def compile(self: Environment, *args: Any, **kwargs: Any) -> Any:
        nonlocal gecompileerd
        gecompileerd += 1
        return origineel(self, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", compile)
    uit_cache = Wording(teksten).compiled_from_cache()
    assert gecompileerd == 0
    monkeypatch.setattr(Environment, "compile", origineel)
    vers = Wording(teksten)
    for sleutel in teksten:
        try:
            verwacht: object = vers.render(sleutel, {})
        except WordingError as e:
            verwacht = str(e)
        try:
            gekregen: object = uit_cache.render(sleutel, {})
        except WordingError as e:
            gekregen = str(e)
        assert gekregen == verwacht


def test_a_text_that_does_not_compile_fails_as_before(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PIONIEREN_CACHE_DIR", str(tmp_path))
    teksten = {"goed": "Hallo {{ naam }}.", "fout": "Hallo {{ naam }"}
    for _ in range(2):  # filling the cache, then from the cache
        wording = Wording(teksten).compiled_from_cache()
        assert wording.render("goed", {"naam": "Ria"}) == "Hallo Ria."
        with pytest.raises(WordingError) as fout:
            wording.render("fout", {"naam": "Ria"})
        with pytest.raises(WordingError) as zonder_cache:
            Wording(teksten).render("fout", {"naam": "Ria"})
        assert str(fout.value) == str(zonder_cache.value)

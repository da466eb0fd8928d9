"""Shared helpers for the security tests: the example vraagstuk with values replaced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VOORBEELD = ROOT / "vraagstukken" / "marktplein.yaml"


def vraagstuk(**vervang: str) -> str:
    """The example vraagstuk with whole lines replaced: ``titel='titel: "x"'``."""
    regels = VOORBEELD.read_text("utf-8").splitlines()
    for sleutel, nieuw in vervang.items():
        kop = f"{sleutel.replace('__', ' ')}:"
        for i, regel in enumerate(regels):
            if regel.strip().startswith(kop):
                inspringing = regel[: len(regel) - len(regel.lstrip())]
                regels[i] = inspringing + nieuw
                break
        else:  # pragma: no cover - a mistake in the test itself
            raise KeyError(sleutel)
    return "\n".join(regels) + "\n"


@pytest.fixture
def maak(tmp_path: Path) -> Callable[..., Path]:
    """Write the example with some lines replaced to ``tmp_path/<naam>`` and return the path."""

    def schrijf(naam: str = "plein.yaml", **vervang: str) -> Path:
        pad = tmp_path / naam
        pad.parent.mkdir(parents=True, exist_ok=True)
        pad.write_text(vraagstuk(**vervang), "utf-8")
        return pad

    return schrijf

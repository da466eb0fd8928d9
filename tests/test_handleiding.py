"""The user guide (docs/handleiding.md) stays true: its commands run, and it names every field.

Why: a guide that shows a command which fails, or misses a field that users can write, sends a
new user the wrong way. Commands in ```sh blocks are run in order, as a reader would, in a copy
of the examples; commands that only exist in a later version stand in ```text blocks.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from pydantic import BaseModel

from pionieren.input.model import Vraagstuk
from pionieren.input.problems import type_at
from subprocess_helpers import run_commands_in_order, sh_lines

ROOT = Path(__file__).resolve().parent.parent
HANDLEIDING = ROOT / "docs" / "handleiding.md"


def test_every_command_in_the_guide_works_as_written(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "vraagstukken", tmp_path / "vraagstukken")
    opdrachten = sh_lines(HANDLEIDING)
    assert len(opdrachten) >= 15
    assert all(o.startswith("pionieren ") for o in opdrachten), opdrachten
    run_commands_in_order(opdrachten, tmp_path)
    assert (tmp_path / "voorbeeld.advies.md").is_file()
    assert (tmp_path / "voorbeeld.paragraaf.md").is_file()


def _fields(model: type[BaseModel], gezien: set[type[BaseModel]]) -> set[str]:
    namen = set()
    gezien.add(model)
    for naam in model.model_fields:
        namen.add(naam)
        for pad in ((naam,), (naam, 0)):
            tp = type_at(model, pad)
            if isinstance(tp, type) and issubclass(tp, BaseModel) and tp not in gezien:
                namen |= _fields(tp, gezien)
    return namen


def test_the_guide_names_every_field_of_a_vraagstuk() -> None:
    tekst = HANDLEIDING.read_text("utf-8")
    ontbreekt = sorted(v for v in _fields(Vraagstuk, set()) if f"`{v}" not in tekst)
    assert not ontbreekt, f"niet in docs/handleiding.md: {ontbreekt}"

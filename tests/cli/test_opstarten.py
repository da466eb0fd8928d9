"""Start-up: ``--version`` loads no Typer, ``--help`` loads no Markdown renderer or analysis.

Why: pionieren runs in pre-commit hooks and by hand many times a day. No timing here: the test
looks at which modules a fresh process has loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

_ZWAAR = ("jinja2", "pydantic", "yaml", "markdown_it", "pygments", "rich.markdown")


def _modules(*argumenten: str) -> tuple[set[str], str]:
    code = (
        "import sys, json, io, contextlib\n"
        f"sys.argv = ['pionieren', *{list(argumenten)!r}]\n"
        "from pionieren.cli import main\n"
        "uit = io.StringIO()\n"
        "try:\n"
        "    with contextlib.redirect_stdout(uit):\n"
        "        main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.__stdout__.write(json.dumps([sorted(sys.modules), uit.getvalue()]))\n"
    )
    resultaat = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"COLUMNS": "100", "NO_COLOR": "1", "PATH": ""},
    )
    modules, uitvoer = json.loads(resultaat.stdout)
    return set(modules), uitvoer


@pytest.mark.parametrize("optie", ["--version", "--versie"])
def test_version_loads_no_typer(optie: str) -> None:
    modules, uitvoer = _modules(optie)
    assert uitvoer.startswith("pionieren ")
    assert not {m for m in modules if m.split(".")[0] in ("typer", "rich", *_ZWAAR)}


def test_help_loads_no_markdown_renderer_nor_analysis() -> None:
    modules, uitvoer = _modules("--help")
    assert "Advies" in uitvoer and "analyse" in uitvoer  # the commands, in their panels
    eigen = ("pionieren.analysis", "pionieren.leerarena", "pionieren.input", "pionieren.report.")
    zwaar = {
        m
        for m in modules
        if m.startswith(_ZWAAR) or (m.startswith(eigen) and m != "pionieren.report.formats")
    }
    assert not zwaar


def test_a_stand_in_gives_the_real_class_when_used() -> None:
    from rich.markdown import Markdown
    from rich.traceback import Traceback

    from pionieren.cli.nl import _stand_in

    assert isinstance(_stand_in("rich.markdown", "Markdown")("*tekst*"), Markdown)
    assert _stand_in("rich.traceback", "Traceback").from_exception == Traceback.from_exception

"""``pionieren --help`` from the cache: the same bytes as Typer draws, without loading Typer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_CODE = (
    "import json, sys\n"
    "sys.argv = ['pionieren', '--help']\n"
    "from pionieren.cli import main\n"
    "code = 0\n"
    "try:\n"
    "    main()\n"
    "except SystemExit as e:\n"
    "    code = e.code or 0\n"
    "sys.stdout.flush()\n"
    "sys.stderr.write(json.dumps([code, sorted(sys.modules)]))\n"
)


def _help(cache: str, columns: str = "100") -> tuple[bytes, int, set[str]]:
    uit = subprocess.run(
        [sys.executable, "-c", _CODE],
        capture_output=True,
        check=True,
        env={"COLUMNS": columns, "NO_COLOR": "1", "PATH": "", "PIONIEREN_CACHE_DIR": cache},
    )
    code, modules = json.loads(uit.stderr)
    return uit.stdout, code, set(modules)


def test_the_second_help_comes_from_the_cache_and_is_the_same(tmp_path: Path) -> None:
    zonder, code_zonder, modules_zonder = _help("")
    assert "typer" in modules_zonder and not list(tmp_path.iterdir())
    eerste, code_eerste, _ = _help(str(tmp_path))
    assert [p.name.split("-")[0] for p in tmp_path.iterdir()] == ["hulp"]
    tweede, code_tweede, modules = _help(str(tmp_path))
    assert eerste == tweede == zonder and b"Gebruik: pionieren" in tweede
    assert code_zonder == code_eerste == code_tweede == 0
    assert not {m for m in modules if m.split(".")[0] in ("typer", "rich", "click")}


def test_another_width_is_drawn_again(tmp_path: Path) -> None:
    _help(str(tmp_path))
    smal, _, modules = _help(str(tmp_path), columns="60")
    assert "typer" in modules
    assert smal == _help("", columns="60")[0]
    assert max(len(regel) for regel in smal.decode("utf-8").splitlines()) <= 60

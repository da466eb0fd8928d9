"""Shared test helpers: golden files and a CLI runner with a fixed width and no colour."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests (Hypothesis) draw the same examples on every run: the README's test command
# and CI give the same result on the same code. To look for new failing examples, run them with
# HYPOTHESIS_PROFILE=verkennen (random draws) and, for more draws per test,
# PIONIEREN_VOORBEELDEN=1000 (see tests/analysis/helpers.py: voorbeelden).
settings.register_profile("vast", derandomize=True, database=None)
settings.register_profile("verkennen", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "vast"))

# The tests never write in the developer's own cache folder (see pionieren.cache).
if "PIONIEREN_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="pionieren-test-cache-")
    os.environ["PIONIEREN_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
VRAAGSTUKKEN = sorted((ROOT / "vraagstukken").glob("*.yaml"))
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="Schrijf de golden files opnieuw in plaats van ze te vergelijken.",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """Compare text with a golden file; rewrite it with ``pytest --update-goldens``."""
    update = request.config.getoption("--update-goldens")

    def check(pad: Path, tekst: str) -> None:
        if update or not pad.exists():
            pad.parent.mkdir(parents=True, exist_ok=True)
            pad.write_text(tekst, encoding="utf-8", newline="\n")
            if not update:
                pytest.fail(f"golden file {pad.name} bestond niet; nu aangemaakt, controleer hem")
        assert tekst == pad.read_text(encoding="utf-8"), f"verschil met {pad}"

    return check


@pytest.fixture
def runner_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = {"COLUMNS": "100", "NO_COLOR": "1", "TERMINAL_WIDTH": "100"}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    return env

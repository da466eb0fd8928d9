"""The CI recipe in docs/ci.md, followed literally in a fresh git repository.

Why: a recipe that fails when followed is worse than none. This test reads the commands from
the page itself (the local steps, the CI check, and the run steps of the GitHub Actions and
GitLab CI jobs), runs them with a shell, and checks that CI passes, also on another day, and
fails after a change that the reports do not show yet.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from subprocess_helpers import run_command

ROOT = Path(__file__).resolve().parents[2]
PAGINA = (ROOT / "docs" / "ci.md").read_text("utf-8")


def _blocks(taal: str) -> list[str]:
    return re.findall(rf"```{taal}\n(.*?)```", PAGINA, flags=re.S)


def _local_steps() -> list[str]:
    return [regel for regel in _blocks("sh")[0].splitlines() if regel.strip()]


def _ci_steps() -> list[list[str]]:
    """The CI check of the page, as written in the sh block and in both CI jobs."""
    los = [regel for regel in _blocks("sh")[1].splitlines() if regel.strip()]
    github = yaml.safe_load(_blocks("yaml")[0])
    stappen = github["jobs"]["controleer"]["steps"]
    github_run = [s["run"] for s in stappen if "run" in s and "pip install" not in s["run"]]
    gitlab = yaml.safe_load(_blocks("yaml")[1])["pionieren"]["script"]
    return [los, github_run, gitlab]


class _Uitslag:
    def __init__(self, uit: subprocess.CompletedProcess[bytes]) -> None:
        self.returncode = uit.returncode
        self.stdout = uit.stdout.decode("utf-8")
        self.stderr = uit.stderr.decode("utf-8")


def _shell(opdracht: str, map_: Path, env: dict[str, str]) -> _Uitslag:
    return _Uitslag(run_command(["bash", "-c", opdracht], env, map_))


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    if shutil.which("git") is None or shutil.which("bash") is None:
        pytest.skip("git en bash zijn nodig")
    map_ = tmp_path / "gemeente"
    (map_ / "vraagstukken").mkdir(parents=True)
    for naam in ("marktplein.yaml", "speeltuin.yaml"):
        shutil.copy(ROOT / "vraagstukken" / naam, map_ / "vraagstukken" / naam)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    env.pop("SOURCE_DATE_EPOCH", None)
    assert _shell("git init -q", map_, env).returncode == 0
    return map_, env


def test_the_ci_recipe_passes_when_followed_literally(repo: tuple[Path, dict[str, str]]) -> None:
    map_, env = repo
    for stap in _local_steps():
        uit = _shell(stap, map_, env)
        assert uit.returncode == 0, (stap, uit.stdout, uit.stderr)
    assert (map_ / "vraagstukken" / "marktplein.advies.md").is_file()
    assert _shell("git status --porcelain", map_, env).stdout == ""
    # CI runs later, on another day and with SOURCE_DATE_EPOCH set by the platform.
    later = {**env, "SOURCE_DATE_EPOCH": "1830297600"}  # 2028-01-01
    for stappen in _ci_steps():
        for stap in stappen:
            uit = _shell(stap, map_, later)
            assert uit.returncode == 0, (stap, uit.stdout, uit.stderr)


def test_the_ci_check_fails_after_a_change_the_reports_do_not_show(
    repo: tuple[Path, dict[str, str]],
) -> None:
    map_, env = repo
    for stap in _local_steps():
        assert _shell(stap, map_, env).returncode == 0
    plein = map_ / "vraagstukken" / "marktplein.yaml"
    plein.write_text(plein.read_text("utf-8").replace("budget_euro: 40000", "budget_euro: 4000"))
    _shell("git commit -qam 'Minder budget'", map_, env)
    controle = _ci_steps()[0][0]
    uit = _shell(controle, map_, env)
    assert uit.returncode == 1
    assert "marktplein.advies.md: verschilt" in uit.stderr and "4.000" in uit.stdout

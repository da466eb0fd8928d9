"""Running pionieren (or a shell) as a user does, for the tests that need a real process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path


def run_command(
    args: list[str], env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run a program as a user does: stdout and stderr are pipes, not a terminal; stdin is
    empty, so a command that asks questions in a terminal (``pionieren nieuw``) never waits."""
    return subprocess.run(
        args,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def run_commands_in_order(opdrachten: list[str], cwd: Path) -> None:
    """Run command lines from the docs one after the other, as a reader would, with the
    pionieren of this test run first on PATH. Each must end with exit code 0."""
    bin_ = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_}{os.pathsep}{os.environ.get('PATH', '')}"}
    for opdracht in opdrachten:
        uit = run_command(["bash", "-c", opdracht], env, cwd)
        assert uit.returncode == 0, (opdracht, uit.stderr.decode("utf-8", "replace"))


def sh_lines(pad: Path) -> list[str]:
    """The command lines in the ```sh blocks of a Markdown file, without their comments."""
    regels = []
    for blok in re.findall(r"```sh\n(.*?)```", pad.read_text("utf-8"), flags=re.S):
        for regel in blok.splitlines():
            opdracht = regel.split("  #")[0].strip()
            if opdracht:
                regels.append(opdracht)
    return regels

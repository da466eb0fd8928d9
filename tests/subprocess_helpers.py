"""Running pionieren (or a shell) as a user does, for the tests that need a real process."""

from __future__ import annotations

import subprocess
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

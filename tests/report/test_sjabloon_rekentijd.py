"""The time limit of a municipality's own templates counts processor time, not wall time.

Why: on a busy machine (a CI runner with other jobs) a wall clock stops a template earlier
than on a quiet one, so the same template could give "te lang" one time and "te groot" the
next. Processor time gives the same template the same amount of work everywhere.
"""

from __future__ import annotations

import signal
import time

import pytest

from pionieren.report import templates

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "setitimer"), reason="setitimer bestaat alleen op Unix"
)


def test_rekenwerk_wordt_gestopt() -> None:
    with pytest.raises(templates.TemplateLimit, match="te lang"), templates._alarm(0.2):
        eind = time.monotonic() + 30
        while time.monotonic() < eind:  # busy: uses the processor
            pass


def test_wachten_telt_niet_mee() -> None:
    # Sleeping uses no processor time: a wall clock would stop here, processor time does not.
    with templates._alarm(0.1):
        time.sleep(0.4)


def test_klok_van_de_sandbox_is_processortijd() -> None:
    env = templates._Sandbox()
    env.deadline = time.process_time() + 0.1
    time.sleep(0.3)
    env.check_time()  # no processor time was used: no error
    env.deadline = time.process_time() - 1
    with pytest.raises(templates.TemplateLimit):
        env.check_time()

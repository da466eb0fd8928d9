"""Benchmark: how fast is pionieren on realistic and on large inputs?

Run: .venv/bin/python benchmarks/bench.py
Prints median times (ms) for: CLI start-up (--help), loading + validating each example,
analysing each example, rendering md/html, and a large case (500 belanghebbenden). Also the peak
memory of the large case. Numbers depend on the machine; compare runs on the same machine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pionieren.analysis.engine import analyse  # noqa: E402
from pionieren.input.load import load_vraagstuk  # noqa: E402
from pionieren.input.model import Vraagstuk  # noqa: E402
from pionieren.knowledge.load import builtin  # noqa: E402
from pionieren.report.render import render  # noqa: E402

DATUM = date(2026, 11, 28)


def median_ms(functie, keer: int = 7) -> float:
    tijden = []
    for _ in range(keer):
        start = time.perf_counter()
        functie()
        tijden.append((time.perf_counter() - start) * 1000)
    return statistics.median(tijden)


def main() -> None:
    kennis = builtin()
    start = [
        median_ms(lambda: subprocess.run([sys.executable, "-m", "pionieren", "--help"],
                                         capture_output=True, check=True), 5)
    ]
    print(f"start-up (python -m pionieren --help): {start[0]:.0f} ms")
    for pad in sorted((ROOT / "vraagstukken").glob("*.yaml")):
        vraagstuk = load_vraagstuk(pad)
        laden = median_ms(lambda pad=pad: load_vraagstuk(pad))
        advies = analyse(vraagstuk, kennis, DATUM)
        analyseren = median_ms(lambda v=vraagstuk: analyse(v, kennis, DATUM))
        md = median_ms(lambda a=advies, v=vraagstuk: render(a, v, kennis, "md", pad.name))
        html = median_ms(lambda a=advies, v=vraagstuk: render(a, v, kennis, "html", pad.name))
        print(f"{pad.stem:22} laden {laden:6.1f}  analyse {analyseren:6.1f}  md {md:6.1f}  "
              f"html {html:6.1f} ms")
    groot = load_vraagstuk(ROOT / "vraagstukken" / "omgevingsvisie.yaml").model_dump()
    soorten = ["inwoners", "ondernemers", "maatschappelijke_organisatie", "overheid"]
    niveaus = ["laag", "middel", "hoog"]
    groot["belanghebbenden"] = [
        {"naam": f"Partij {i}", "soort": soorten[i % 4], "invloed": niveaus[i % 3],
         "belang": niveaus[(i // 3) % 3], "kenmerken": [["jongeren"], [], ["ouderen"]][i % 3],
         "bereikbaarheid": ["goed", "moeilijk"][i % 2]}
        for i in range(500)
    ]
    vraagstuk = Vraagstuk.model_validate(groot)
    tracemalloc.start()
    advies = analyse(vraagstuk, kennis, DATUM)
    render(advies, vraagstuk, kennis, "html", "groot.yaml")
    _, piek = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    tijd = median_ms(lambda: analyse(vraagstuk, kennis, DATUM), 3)
    print(f"groot (500 belanghebbenden): analyse {tijd:.0f} ms, piekgeheugen analyse+html "
          f"{piek / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()

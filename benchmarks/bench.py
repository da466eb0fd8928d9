"""Benchmark: pionieren side by side with a bare script that does the least possible work.

Run: .venv/bin/python benchmarks/bench.py [--paren N] [--readme] [--alleen-leerarena]

Every measurement is a whole process, as a user starts it, so import time counts. Each pair runs
pionieren and its floor right after each other (alternating which goes first); the table shows
the median of the per-pair ratios with their minimum and maximum, and the medians of the times.

- (a) ``pionieren analyse <voorbeeld> --formaat html`` against ``vloer.py`` (libyaml load +
  pydantic validation with the same model + a Jinja2 template as large as the report's);
- (b) ``pionieren --help`` against ``python -c "import typer"``; for comparison also without
  pionieren's cache, and Typer's own floor: an app with one empty command, ``--help``;
- (c) one ``pionieren analyse`` over 200 vraagstukken (``--uitvoer MAP``) against one process
  running the floor over the same files; pionieren uses every core it may (see
  ``PIONIEREN_WERKERS``), and for comparison one process (``PIONIEREN_WERKERS=1``);
- (d) time and peak memory against the number of belanghebbenden (10 … 10,000);
- (e) time and peak memory of ``pionieren leerarena`` against the number of evaluaties in one
  folder (10 … 10,000); ``--alleen-leerarena`` measures only this and replaces only its table.

It writes the table to ``benchmarks/resultaten.md``; with ``--readme`` it also replaces the
table in README.md (between the ``bench:begin``/``bench:end`` markers). Numbers depend on the
machine and on how busy it is; compare runs on the same machine. This is not part of the tests.
Python may write bytecode (``PYTHONDONTWRITEBYTECODE`` is unset for the runs), as in a normal
installation. To measure another version of the code with the same benchmark, put its ``src``
first: ``PYTHONPATH=/elders/src .venv/bin/python benchmarks/bench.py``.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HIER = ROOT / "benchmarks"
DATUM = "2026-11-28"
VOORBEELD = ROOT / "vraagstukken" / "omgevingsvisie.yaml"
BATCH = 200
GROOTTES = (10, 100, 1_000, 10_000)
# The floor of Typer's own help: an app with one command that does nothing.
LEGE_APP = (
    "import typer\n"
    "app = typer.Typer()\n"
    "@app.command()\n"
    "def opdracht(naam: str = '') -> None:\n"
    "    pass\n"
    "app()\n"
)


def _pionieren() -> list[str]:
    script = Path(sys.executable).with_name("pionieren")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pionieren"]


@dataclass(frozen=True)
class Meting:
    wall: float
    cpu: float
    piek_mb: float
    fout: str = ""


def run(
    opdracht: Sequence[str], mag_falen: bool = False, env: dict[str, str] | None = None
) -> Meting:
    """Run one process; its wall time, CPU time (user + system) and peak memory (RSS).

    A failing process stops the benchmark, unless ``mag_falen``: then its first message is kept.
    """
    start = time.perf_counter()
    proces = subprocess.Popen(
        opdracht,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**_env(), **(env or {})},
    )
    assert proces.stderr is not None
    fout = proces.stderr.read()
    _, status, gebruik = os.wait4(proces.pid, 0)
    wall = time.perf_counter() - start
    proces.returncode = os.waitstatus_to_exitcode(status)
    melding = ""
    if proces.returncode:
        melding = f"exitcode {proces.returncode}: {fout.decode().splitlines()[0]}"
        if not mag_falen:
            raise SystemExit(f"{' '.join(opdracht)} gaf {melding}")
    return Meting(wall, gebruik.ru_utime + gebruik.ru_stime, gebruik.ru_maxrss / 1024, melding)


def _env() -> dict[str, str]:
    env = dict(os.environ, CI="1", NO_COLOR="1", COLUMNS="100")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # An installed package has its bytecode (.pyc); without it every run would compile
    # pionieren's source again, which no user pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass(frozen=True)
class Paar:
    naam: str
    ons: list[Meting]
    vloer: list[Meting]

    def ratios(self, veld: str) -> list[float]:
        return [
            getattr(a, veld) / getattr(b, veld) for a, b in zip(self.ons, self.vloer, strict=True)
        ]


def pairs(
    naam: str,
    ons: Sequence[str],
    vloer: Sequence[str],
    keer: int,
    mag_falen: bool = False,
    env: dict[str, str] | None = None,
) -> Paar:
    """Run both commands ``keer`` times, alternating which one goes first.

    One run of each goes before, to warm the file system cache (and pionieren's own cache).
    """
    run(ons, mag_falen, env), run(vloer)
    a: list[Meting] = []
    b: list[Meting] = []
    for i in range(keer):
        if i % 2:
            b.append(run(vloer))
            a.append(run(ons, mag_falen, env))
        else:
            a.append(run(ons, mag_falen, env))
            b.append(run(vloer))
    return Paar(naam, a, b)


def _med(waarden: list[float]) -> float:
    return statistics.median(waarden)


def _nl(getal: float, decimalen: int = 0) -> str:
    """A number as Dutch readers write it: 1.234,5."""
    return f"{getal:,.{decimalen}f}".translate(str.maketrans(",.", ".,"))


def _ratio(waarden: list[float]) -> str:
    return f"{_nl(_med(waarden), 2)}× ({_nl(min(waarden), 2)}–{_nl(max(waarden), 2)})"


def _s(seconden: float) -> str:
    return f"{_nl(seconden, 2 if seconden < 10 else 1)} s"


def write_large(pad: Path, aantal: int) -> None:
    """The omgevingsvisie example with ``aantal`` belanghebbenden of every kind."""
    tekst = VOORBEELD.read_text(encoding="utf-8")
    kop = tekst[: tekst.index("\nbelanghebbenden:")]
    staart_begin = re.search(r"\n[a-z_]+:", tekst[tekst.index("\nbelanghebbenden:") + 1 :])
    staart = ""
    if staart_begin:
        staart = tekst[tekst.index("\nbelanghebbenden:") + 1 + staart_begin.start() :]
    soorten = ["inwoners", "ondernemers", "maatschappelijke_organisatie", "overheid"]
    niveaus = ["laag", "middel", "hoog"]
    kenmerken = ["[jongeren]", "[]", "[ouderen]"]
    regels = [kop, "\nbelanghebbenden:"]
    for i in range(aantal):
        regels.append(
            f"\n  - {{naam: Partij {i + 1}, soort: {soorten[i % 4]}, invloed: {niveaus[i % 3]}, "
            f"belang: {niveaus[(i // 3) % 3]}, kenmerken: {kenmerken[i % 3]}, "
            f"bereikbaarheid: {['goed', 'moeilijk'][i % 2]}}}"
        )
    pad.write_text("".join(regels) + staart, encoding="utf-8")


def batch_files(map_: Path) -> list[Path]:
    """200 vraagstukken: the examples and the development cases, over and over."""
    bronnen = sorted((ROOT / "vraagstukken").glob("*.yaml")) + sorted(
        (ROOT / "tests" / "cases").glob("*.yaml")
    )
    uit = []
    for i in range(BATCH):
        bron = bronnen[i % len(bronnen)]
        doel = map_ / f"{i:03d}-{bron.name}"
        shutil.copyfile(bron, doel)
        uit.append(doel)
    return uit


def write_evaluaties(map_: Path, aantal: int) -> None:
    """``aantal`` evaluaties of the example vraagstukken (copied into ``map_``), each naming
    every stakeholder of its vraagstuk, three werkvormen and two lessons, with varied outcomes."""
    import yaml

    voorbeelden = sorted((ROOT / "vraagstukken").glob("*.yaml"))
    namen = []
    for bron in voorbeelden:
        shutil.copyfile(bron, map_ / bron.name)
        data = yaml.safe_load(bron.read_text(encoding="utf-8"))
        namen.append((bron.name, [b["naam"] for b in data["belanghebbenden"]]))
    ids = ["inloopavond", "enquete", "straatinterviews", "keukentafelgesprek", "ontwerpatelier"]
    antwoorden = ["ja", "ja", "deels", "nee"]
    evaluaties = map_ / "evaluaties"
    evaluaties.mkdir()
    for i in range(aantal):
        vraagstuk, partijen = namen[i % len(namen)]
        regels = [
            f"vraagstuk: ../{vraagstuk}",
            f"periode: {{van: 2027-01-04, tot: 2027-0{1 + i % 9}-28}}",
            "werkvormen:",
        ]
        for j in range(3):
            regels.append(
                f"  - {{id: {ids[(i + j) % len(ids)]}, deelnemers: {20 + (i * 7 + j) % 300}, "
                f"kosten_euro: {1000 + (i * 131 + j) % 20000}, weken: {1 + (i + j) % 8}}}"
            )
        regels.append("belanghebbenden:")
        for j, naam in enumerate(partijen):
            regels.append(f"  - naam: {json.dumps(naam, ensure_ascii=False)}")
            regels.append(f"    bereikt: {antwoorden[(i + j) % len(antwoorden)]}")
        gegeven = i % 5 != 0
        regels.append(
            f"terugkoppeling: {{gegeven: {'true' if gegeven else 'false'}"
            + (f", datum: 2027-0{1 + (i + 3) % 9}-15}}" if gegeven else "}")
        )
        volgt = antwoorden[i % 3]
        waarom = ", waarom: Het budget liet het niet toe." if volgt != "ja" else ""
        regels.append(f"besluit: {{datum: 2027-01-20, volgt_uitkomst: {volgt}{waarom}}}")
        regels.append(f"tevredenheid: {{deelnemers: {1 + i % 5}, raad: {1 + (i + 2) % 5}}}")
        regels.append("lessen:")
        regels.append(f"  - {{les: Les {i} over het denken., modus: denken}}")
        regels.append(f"  - {{les: Les {i} over het doen., modus: doen}}")
        (evaluaties / f"{i:05d}.evaluatie.yaml").write_text(
            "\n".join(regels) + "\n", encoding="utf-8"
        )


def measure(keer: int) -> str:
    pionieren = _pionieren()
    vloer = [sys.executable, str(HIER / "vloer.py")]
    regels = [
        f"Gemeten op {platform.machine()} met {os.cpu_count()} kernen, Python "
        f"{platform.python_version()}, {keer} paren per vergelijking (c: "
        f"{max(3, keer // 3)}). Verhouding = pionieren / vloer per paar: mediaan (min–max).",
        "",
        "| meting | pionieren | vloer | verhouding tijd | verhouding CPU | doel | gehaald |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    with tempfile.TemporaryDirectory(prefix="pionieren-bench-") as tmp:
        map_ = Path(tmp)

        def row(paar: Paar, doel: float, ondertekst: str) -> None:
            tijd = paar.ratios("wall")
            cpu = paar.ratios("cpu")
            gehaald = "ja" if _med(tijd) <= doel else "nee"
            if ondertekst == "(ter vergelijking)":
                gehaald = "–"
            regels.append(
                f"| {paar.naam} | {_s(_med([m.wall for m in paar.ons]))} | "
                f"{_s(_med([m.wall for m in paar.vloer]))} | {_ratio(tijd)} | {_ratio(cpu)} | "
                f"{ondertekst} | {gehaald} |"
            )

        analyse_cmd = [
            *pionieren,
            "analyse",
            str(VOORBEELD),
            "-f",
            "html",
            "--datum",
            DATUM,
            "--uitvoer",
            str(map_ / "a.html"),
        ]
        vloer_cmd = [*vloer, str(VOORBEELD), "--uitvoer", str(map_ / "v.html")]
        analyse = pairs(
            "(a) analyse voorbeeld → HTML",
            analyse_cmd,
            vloer_cmd,
            keer,
        )
        row(analyse, 1.3, "≤ 1,3×")
        zonder_cache = pairs(
            "(a′) idem, zonder cache (`PIONIEREN_CACHE_DIR=`)",
            analyse_cmd,
            vloer_cmd,
            keer,
            env={"PIONIEREN_CACHE_DIR": ""},
        )
        row(zonder_cache, 1.3, "(ter vergelijking)")
        hulp = pairs(
            "(b) `pionieren --help` / `import typer`",
            [*pionieren, "--help"],
            [sys.executable, "-c", "import typer"],
            keer,
        )
        row(hulp, 1.5, "≤ 1,5×")
        hulp_zonder_cache = pairs(
            "(b′) idem, zonder cache (`PIONIEREN_CACHE_DIR=`)",
            [*pionieren, "--help"],
            [sys.executable, "-c", "import typer"],
            keer,
            env={"PIONIEREN_CACHE_DIR": ""},
        )
        row(hulp_zonder_cache, 1.5, "(ter vergelijking)")
        typer_hulp = pairs(
            "(b″) een Typer-app met één lege opdracht, `--help` / `import typer`",
            [sys.executable, "-c", LEGE_APP, "--help"],
            [sys.executable, "-c", "import typer"],
            keer,
        )
        row(typer_hulp, 1.5, "(ter vergelijking)")
        invoer = map_ / "batch"
        invoer.mkdir()
        bestanden = [str(p) for p in batch_files(invoer)]
        (map_ / "uit-ons").mkdir()
        (map_ / "uit-vloer").mkdir()
        batch_cmd = [
            *pionieren,
            "analyse",
            *bestanden,
            "-f",
            "html",
            "--datum",
            DATUM,
            "--uitvoer",
            str(map_ / "uit-ons"),
        ]
        batch = pairs(
            f"(c) {BATCH} vraagstukken in één opdracht (alle kernen)",
            batch_cmd,
            [*vloer, *bestanden, "--uitvoer", str(map_ / "uit-vloer")],
            max(3, keer // 3),
        )

        def batch_row(paar: Paar, doel: str) -> None:
            tijd = paar.ratios("wall")
            per_ons = _med([m.wall for m in paar.ons]) / BATCH * 1000
            per_vloer = _med([m.wall for m in paar.vloer]) / BATCH * 1000
            gehaald = ("ja" if _med(tijd) <= 1.0 else "nee") if doel.startswith("doorvoer") else "–"
            regels.append(
                f"| {paar.naam} | {_s(_med([m.wall for m in paar.ons]))} ({_nl(per_ons)} ms per "
                f"stuk) | {_s(_med([m.wall for m in paar.vloer]))} ({_nl(per_vloer)} ms per "
                f"stuk) | {_ratio(tijd)} | {_ratio(paar.ratios('cpu'))} | {doel} | {gehaald} |"
            )

        batch_row(batch, "doorvoer ≥ 1,0× vloer (verhouding tijd ≤ 1,0×)")
        een_kern = pairs(
            "(c′) idem, in één proces (`PIONIEREN_WERKERS=1`)",
            batch_cmd,
            [*vloer, *bestanden, "--uitvoer", str(map_ / "uit-vloer")],
            max(3, keer // 3),
            env={"PIONIEREN_WERKERS": "1"},
        )
        batch_row(een_kern, "(ter vergelijking)")
        piek = _med([m.piek_mb for m in analyse.ons])
        regels += [
            "",
            f"Piekgeheugen (RSS) van één analyse (a): {_nl(piek)} MB (vloer "
            f"{_nl(_med([m.piek_mb for m in analyse.vloer]))} MB; doel < 80 MB: "
            f"{'gehaald' if piek < 80 else 'niet gehaald'}).",
            "",
            "| belanghebbenden | pionieren tijd | CPU | piekgeheugen | ms per partij | vloer tijd "
            "| vloer piekgeheugen | doel | gehaald |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
        ]
        for aantal in GROOTTES:
            groot = map_ / f"groot-{aantal}.yaml"
            write_large(groot, aantal)
            paar = pairs(
                str(aantal),
                [
                    *pionieren,
                    "analyse",
                    str(groot),
                    "-f",
                    "html",
                    "--datum",
                    DATUM,
                    "--uitvoer",
                    str(map_ / "groot.html"),
                ],
                [*vloer, str(groot), "--uitvoer", str(map_ / "groot-vloer.html")],
                3 if aantal < 10_000 else 1,
                mag_falen=True,
            )
            wall = _med([m.wall for m in paar.ons])
            doel = {1_000: 1.0, 10_000: 10.0}.get(aantal)
            if paar.ons[0].fout:
                regels.append(
                    f"| {_nl(aantal)} | geweigerd na {_s(wall)}: "
                    f"{paar.ons[0].fout.rsplit(': ', 1)[-1]} | | | | "
                    f"{_s(_med([m.wall for m in paar.vloer]))} | "
                    f"{_nl(_med([m.piek_mb for m in paar.vloer]))} MB | "
                    f"{f'< {doel:.0f} s' if doel else ''} | nee |"
                )
                continue
            regels.append(
                f"| {_nl(aantal)} | {_s(wall)} | {_s(_med([m.cpu for m in paar.ons]))} | "
                f"{_nl(_med([m.piek_mb for m in paar.ons]))} MB | {_nl(wall / aantal * 1000, 2)} | "
                f"{_s(_med([m.wall for m in paar.vloer]))} | "
                f"{_nl(_med([m.piek_mb for m in paar.vloer]))} MB | "
                f"{f'< {doel:.0f} s' if doel else ''} | "
                f"{('ja' if wall < doel else 'nee') if doel else ''} |"
            )
    return "\n".join(regels) + "\n\n" + measure_leerarena()


LEERARENA_KOP = "Leerarena: `pionieren leerarena MAP -f html` over gemaakte evaluaties"


def measure_leerarena() -> str:
    """(e) time and peak memory of one leerarena against the number of evaluaties in a folder.

    The evaluaties are made by :func:`write_evaluaties`: each names every stakeholder of one of
    the example vraagstukken, three werkvormen and two lessons. No floor: no other tool does
    this work.
    """
    pionieren = _pionieren()
    regels = [
        f"{LEERARENA_KOP} (elk een van de voorbeeldvraagstukken, met al zijn belanghebbenden, "
        "drie werkvormen en twee lessen; mediaan van 3 runs, 1 bij 10.000):",
        "",
        "| evaluaties | tijd | CPU | piekgeheugen | ms per evaluatie | doel | gehaald |",
        "| ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    with tempfile.TemporaryDirectory(prefix="pionieren-bench-leerarena-") as tmp:
        for aantal in GROOTTES:
            map_ = Path(tmp) / str(aantal)
            map_.mkdir()
            write_evaluaties(map_, aantal)
            opdracht = [
                *pionieren,
                "leerarena",
                str(map_),
                "-f",
                "html",
                "--datum",
                DATUM,
                "--uitvoer",
                str(Path(tmp) / f"leerarena-{aantal}.html"),
            ]
            run(opdracht)  # warm the file system cache
            metingen = [run(opdracht) for _ in range(3 if aantal < 10_000 else 1)]
            wall = _med([m.wall for m in metingen])
            doel = {1_000: "< 10 s (vereist)", 10_000: "< 10 s (doel)"}.get(aantal, "")
            regels.append(
                f"| {_nl(aantal)} | {_s(wall)} | {_s(_med([m.cpu for m in metingen]))} | "
                f"{_nl(_med([m.piek_mb for m in metingen]))} MB | "
                f"{_nl(wall / aantal * 1000, 2)} | {doel} | "
                f"{('ja' if wall < 10 else 'nee') if doel else ''} |"
            )
    return "\n".join(regels) + "\n"


def replace_leerarena(tekst: str, tabel: str) -> str:
    """The text with its leerarena table (from :data:`LEERARENA_KOP` to the end) replaced."""
    voor, kop, _ = tekst.partition(LEERARENA_KOP)
    if not kop:
        return tekst.rstrip("\n") + "\n\n" + tabel
    return voor + tabel


def update_readme(tabel: str, alleen_leerarena: bool = False) -> None:
    readme = ROOT / "README.md"
    tekst = readme.read_text(encoding="utf-8")
    begin, eind = "<!-- bench:begin -->\n", "<!-- bench:end -->"
    voor, _, rest = tekst.partition(begin)
    oud, _, na = rest.partition(eind)
    if not rest:
        raise SystemExit("README.md heeft geen <!-- bench:begin --> en <!-- bench:end -->")
    if alleen_leerarena:
        tabel = replace_leerarena(oud, tabel)
    readme.write_text(voor + begin + tabel + eind + na, encoding="utf-8")


def main(argv: list[str]) -> int:
    keer = int(argv[argv.index("--paren") + 1]) if "--paren" in argv else 9
    resultaten = HIER / "resultaten.md"
    alleen_leerarena = "--alleen-leerarena" in argv
    if alleen_leerarena:
        tabel = measure_leerarena()
        resultaten.write_text(
            replace_leerarena(resultaten.read_text(encoding="utf-8"), tabel), encoding="utf-8"
        )
    else:
        tabel = measure(keer)
        resultaten.write_text(tabel, encoding="utf-8")
    if "--readme" in argv:
        update_readme(tabel, alleen_leerarena)
    print(tabel, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

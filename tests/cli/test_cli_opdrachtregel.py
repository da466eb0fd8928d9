"""The command line as a new user meets it: pipes, legacy encodings, --uitvoer, exit codes.

Tests that need a real pipe or a real console encoding run ``python -m pionieren`` in a
subprocess; the rest use CliRunner at a fixed width without colour.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app
from subprocess_helpers import run_command, run_commands_in_order, sh_lines

ROOT = Path(__file__).resolve().parents[2]
VOORBEELD = ROOT / "vraagstukken" / "marktplein.yaml"
DATUM = ["--datum", "2026-11-28"]
runner = CliRunner()


def _pionieren(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run pionieren as a user does, with stdout and stderr a pipe (not a terminal)."""
    omgeving = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "TERMINAL_WIDTH")}
    omgeving.update(env or {})
    return run_command([sys.executable, "-m", "pionieren", *args], omgeving, cwd)


@pytest.fixture
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(VOORBEELD, tmp_path / "plein.yaml")
    shutil.copy(ROOT / "vraagstukken" / "windpark.yaml", tmp_path / "windpark.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- pipes and files ------------------------------------------------------------------------


def test_piped_werkvormen_keeps_every_column_and_no_trailing_spaces() -> None:
    uit = _pionieren("werkvormen")
    assert uit.returncode == 0, uit.stderr
    tekst = uit.stdout.decode("utf-8")
    kop = next(regel for regel in tekst.splitlines() if "werkvorm (id" in regel)
    for kolom in ("modi", "treden", "kosten", "weken"):
        assert kolom in kop
    assert not [regel for regel in tekst.splitlines() if regel != regel.rstrip()]
    assert "…" not in tekst  # nothing truncated
    # Every werkvorm's name is on one line: nothing wrapped.
    namen = json.loads(_pionieren("werkvormen", "-f", "json").stdout)
    for werkvorm in namen:
        assert werkvorm["naam"] in tekst


def test_piped_bronnen_keep_urls_whole() -> None:
    tekst = _pionieren("bronnen").stdout.decode("utf-8")
    regels = [r.strip() for r in tekst.splitlines()]
    for bron in json.loads(_pionieren("bronnen", "-f", "json").stdout):
        if bron.get("url"):
            assert bron["url"] in regels


def test_piped_copy_paste_command_stays_on_one_line(tmp_path: Path) -> None:
    doel = tmp_path / "een-heel-lange-mapnaam-voor-de-sjablonen-van-de-gemeente-voorbeeldstad"
    uit = _pionieren("sjablonen", "--naar", str(doel))
    assert uit.returncode == 0
    regels = uit.stdout.decode("utf-8").splitlines()
    assert f"pionieren analyse BESTAND --sjablonen {doel}" in regels[-1]
    assert not [regel for regel in regels if regel != regel.rstrip()]


def test_piped_help_has_no_trailing_spaces() -> None:
    for args in (["--help"], ["analyse", "--help"]):
        uit = _pionieren(*args)
        assert uit.returncode == 0
        regels = uit.stdout.decode("utf-8").splitlines()
        assert "Gebruik: pionieren" in "\n".join(regels)
        assert not [regel for regel in regels if regel != regel.rstrip()], args


def test_piped_werkvorm_is_plain_markdown() -> None:
    tekst = _pionieren("werkvorm", "burgerberaad").stdout.decode("utf-8")
    assert tekst.startswith("# Burgerberaad")
    assert "\x1b" not in tekst


def test_broken_pipe_exits_quietly_with_zero() -> None:
    for args in (["bronnen"], ["werkvormen"], ["regels"]):
        proces = subprocess.Popen(
            [sys.executable, "-m", "pionieren", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proces.stdout is not None and proces.stderr is not None
        proces.stdout.readline()
        proces.stdout.close()  # what `| head -1` does
        fout = proces.stderr.read()
        proces.stderr.close()
        assert proces.wait(timeout=60) == 0, (args, fout)
        assert fout == b"", (args, fout)


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "cp1252"}, {"LANG": "C", "LC_ALL": "C"}])
def test_a_legacy_console_encoding_never_crashes(env: dict[str, str], tmp_path: Path) -> None:
    goed = _pionieren("valideer", str(VOORBEELD), env=env)
    assert goed.returncode == 0, goed.stderr
    assert b"Traceback" not in goed.stderr and b"in orde" in goed.stdout
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("titel: Plein “oost” – één\ngemeente: [\n", "utf-8")
    fout = _pionieren("valideer", str(kapot), env=env)
    assert fout.returncode == 1  # the same code as without the encoding problem
    assert b"Traceback" not in fout.stderr and b"UnicodeEncodeError" not in fout.stderr
    for args in (["werkvormen"], ["ladder"], ["werkvorm", "burgerberaad"], ["bronnen"]):
        uit = _pionieren(*args, env=env)
        assert uit.returncode == 0 and b"Traceback" not in uit.stderr, (args, uit.stderr)


def test_cp1252_gets_readable_ascii_stand_ins() -> None:
    uit = _pionieren("valideer", str(VOORBEELD), env={"PYTHONIOENCODING": "cp1252"})
    assert uit.stdout.decode("cp1252").startswith("OK ")
    from pionieren.cli.terminal import ascii_fallback

    assert ascii_fallback("✓ week 0–3 → klaar", "ascii") == "OK week 0-3 -> klaar"
    assert ascii_fallback("coöperatie", "ascii") == "cooperatie"
    assert ascii_fallback("coöperatie €", "cp1252") == "coöperatie €"


# --- --uitvoer ------------------------------------------------------------------------------


def _analyse(*args: str) -> tuple[int, str]:
    uitslag = runner.invoke(
        app, ["analyse", *args, *DATUM], env={"COLUMNS": "100", "NO_COLOR": "1"}
    )
    assert "Interne fout" not in uitslag.output, uitslag.output
    return uitslag.exit_code, uitslag.output


def test_uitvoer_extension_gives_the_format(werkmap: Path) -> None:
    code, _ = _analyse("plein.yaml", "-o", "rapport.html")
    assert code == 0 and (werkmap / "rapport.html").read_text("utf-8").startswith("<!DOCTYPE")
    code, _ = _analyse("plein.yaml", "-o", "rapport.json")
    assert code == 0 and json.loads((werkmap / "rapport.json").read_text("utf-8"))


def test_uitvoer_with_trailing_slash_is_a_new_folder(werkmap: Path) -> None:
    code, uit = _analyse("plein.yaml", "-o", "out2/")
    assert code == 0, uit
    assert (werkmap / "out2").is_dir()
    assert (werkmap / "out2" / "plein.advies.md").is_file()


def test_uitvoer_existing_folder_with_one_input_writes_inside(werkmap: Path) -> None:
    (werkmap / "rapporten").mkdir()
    code, uit = _analyse("plein.yaml", "-o", "rapporten", "-f", "html")
    assert code == 0, uit
    assert (werkmap / "rapporten" / "plein.advies.html").is_file()


def test_uitvoer_one_input_and_a_new_name_without_extension_asks(werkmap: Path) -> None:
    code, uit = _analyse("plein.yaml", "-o", "rapporten")
    assert code == 2 and "rapporten/" in uit and "rapporten.md" in uit
    assert not (werkmap / "rapporten").exists()


def test_uitvoer_two_inputs_and_a_file_name_is_a_usage_error(werkmap: Path) -> None:
    code, uit = _analyse("plein.yaml", "windpark.yaml", "-o", "both.md")
    assert code == 2 and "both/" in uit
    assert not (werkmap / "both.md").exists()
    code, uit = _analyse("plein.yaml", "windpark.yaml", "-o", "beide")
    assert code == 0 and (werkmap / "beide" / "windpark.advies.md").is_file()


def test_a_report_edited_by_hand_is_not_replaced_silently(werkmap: Path) -> None:
    assert _analyse("plein.yaml")[0] == 0
    code, uit = _analyse("plein.yaml")
    assert code == 0 and "vervangen" not in uit  # the same bytes: nothing to say
    rapport = werkmap / "plein.advies.md"
    rapport.write_text(rapport.read_text("utf-8") + "\nMijn eigen aantekening.\n", "utf-8")
    code, uit = _analyse("plein.yaml", "--controleer")
    assert code == 1 and "Mijn eigen aantekening" in uit
    code, uit = _analyse("plein.yaml")
    assert code == 0 and "vervangen: het bestaande bestand was anders" in uit


# --- exit codes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["analyse", "plein.yaml", "--datum", "2026-13-01"],
        ["analyse", "plein.yaml", "windpark.yaml", "-o", "-"],
        ["analyse", "weg.yaml"],
        ["valideer", "weg.yaml"],
        ["analyse", "plein.yaml", "--formaat", "pdf", "-o", "rapport.html"],
        ["werkvorm", "burgerberaat"],
        ["analyse", "plein.yaml", "--werkvormen", "weg.yaml"],
        ["analyse", "plein.yaml", "--sjablonen", "wegmap"],
        ["analyse", "plein.yaml", "--sjablonen", "windpark.yaml"],
        ["werkvormen", "--werkvormen", "weg.yaml"],
        ["analyse", "--onbekend", "plein.yaml"],
    ],
)
def test_usage_errors_exit_2(werkmap: Path, args: list[str]) -> None:
    uitslag = runner.invoke(app, args, env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert uitslag.exit_code == 2, uitslag.output
    assert "Traceback" not in uitslag.output
    assert not list(werkmap.glob("*.advies.*"))


def test_sjablonen_into_a_folder_with_templates_is_a_usage_error(tmp_path: Path) -> None:
    env = {"COLUMNS": "100", "NO_COLOR": "1"}
    assert runner.invoke(app, ["sjablonen", "--naar", str(tmp_path)], env=env).exit_code == 0
    assert runner.invoke(app, ["sjablonen", "--naar", str(tmp_path)], env=env).exit_code == 2


def test_problems_go_to_stderr_in_valideer_and_analyse(werkmap: Path) -> None:
    kapot = werkmap / "kapot.yaml"
    kapot.write_text(VOORBEELD.read_text("utf-8").replace("schaal: wijk", "schaal: wijkk"), "utf-8")
    for opdracht in ("valideer", "analyse"):
        uitslag = runner.invoke(app, [opdracht, "kapot.yaml"], env={"COLUMNS": "100"})
        assert uitslag.exit_code == 1
        assert "'wijkk' is geen toegestane waarde" in uitslag.stderr, opdracht
        assert "wijkk" not in uitslag.stdout, opdracht


# --- folders as arguments -------------------------------------------------------------------


def test_a_folder_takes_every_vraagstuk_and_skips_other_yaml(werkmap: Path) -> None:
    map_ = werkmap / "map"
    (map_ / "sub").mkdir(parents=True)
    shutil.copy(VOORBEELD, map_ / "plein.yaml")
    shutil.copy(VOORBEELD, map_ / "sub" / "plein-twee.yml")
    (map_ / "eigen-werkvormen.yaml").write_text("werkvormen: []\n", "utf-8")
    (map_ / ".verborgen").mkdir()
    (map_ / ".verborgen" / "x.yaml").write_text("kaders: {}\n", "utf-8")
    uitslag = runner.invoke(app, ["valideer", "map"], env={"COLUMNS": "100"})
    assert uitslag.exit_code == 0, uitslag.output
    assert "2 bestanden gecontroleerd: 2 in orde" in uitslag.stdout
    assert "map/eigen-werkvormen.yaml: overgeslagen, geen vraagstuk" in uitslag.stderr
    assert ".verborgen" not in uitslag.output
    code, uit = _analyse("map", "-o", "rapporten/")
    assert code == 0, uit
    assert sorted(p.name for p in (werkmap / "rapporten").iterdir()) == [
        "plein-twee.advies.md",
        "plein.advies.md",
    ]
    # the Jongeren of the plein have no known route: finding one is a warning (BELANG-ROUTE)
    # Each file's warning count, and a summary that adds them up: no warning lost in a batch.
    # (the fourth: the budget is a limit, and the design says which step it leaves out)
    assert "map/plein.yaml: advies coproduceren, 4 waarschuwingen, rapport" in uit
    assert "2 bestanden: 2 in orde, 0 met problemen; 8 waarschuwingen" in uit


def test_valideer_the_example_folder() -> None:
    uitslag = runner.invoke(app, ["valideer", str(ROOT / "vraagstukken")], env={"COLUMNS": "100"})
    assert uitslag.exit_code == 0
    # the seven vraagstukken and their seven evaluaties
    assert "14 bestanden gecontroleerd: 14 in orde" in uitslag.stdout


# --- the date -------------------------------------------------------------------------------


def test_the_report_date_is_the_local_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """At 00:30 in Amsterdam it is still yesterday in UTC; the report says today."""
    import time
    from zoneinfo import ZoneInfo

    from pionieren import dates

    nu = datetime(2026, 11, 28, 23, 30, tzinfo=UTC)  # 29 november, 00:30 in Amsterdam

    class Klok(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def,override]
            return nu.astimezone(tz) if tz else nu.astimezone(ZoneInfo("Europe/Amsterdam"))

    monkeypatch.setattr(dates, "datetime", Klok)
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    time.tzset()
    try:
        assert dates.report_date(environ={}) == date(2026, 11, 29)
    finally:
        monkeypatch.undo()
        time.tzset()


# --- Ctrl-C -----------------------------------------------------------------------------------


def test_ctrl_c_exits_130_and_leaves_no_partial_file(tmp_path: Path) -> None:
    import signal
    import time

    bron = tmp_path / "in"
    bron.mkdir()
    tekst = (ROOT / "vraagstukken" / "windpark.yaml").read_text("utf-8")
    for i in range(200):  # enough that the run is still busy when the signal comes
        # each file its own title: identical files could be served from a cache at once
        eigen = tekst.replace("titel: Windpark Hoge Veld", f"titel: Windpark Hoge Veld {i}", 1)
        (bron / f"w{i}.yaml").write_text(eigen, "utf-8")
    uit = tmp_path / "uit"
    proces = subprocess.Popen(
        [sys.executable, "-m", "pionieren", "analyse", str(bron), "-o", f"{uit}/", "-f", "html"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    eind = time.monotonic() + 120
    while not (uit.is_dir() and any(uit.iterdir())) and time.monotonic() < eind:
        if proces.poll() is not None:
            break
        time.sleep(0.05)
    proces.send_signal(signal.SIGINT)
    _, fout = proces.communicate(timeout=120)
    namen = sorted(p.name for p in uit.iterdir()) if uit.is_dir() else []
    if proces.returncode == 0 and len(namen) == 200:
        pytest.skip("de run was klaar voordat het signaal kwam")
    assert proces.returncode == 130, (proces.returncode, fout[-2000:], len(namen))
    assert b"Traceback" not in fout
    assert all(n.endswith(".advies.html") for n in namen), namen


# --- the README, as written -------------------------------------------------------------------


def _readme_commands() -> list[str]:
    regels = []
    for opdracht in sh_lines(ROOT / "README.md"):
        # The quick start installs first ('... && .venv/bin/pionieren analyse ...'): here
        # the installed pionieren of the test run does the last step.
        opdracht = opdracht.split(" && ")[-1].removeprefix(".venv/bin/")
        # Lines that install software or change the user's shell setup are not run here.
        if opdracht.startswith("pionieren ") and ">" not in opdracht:
            regels.append(opdracht)
    return regels


def test_readme_commands_work_as_written(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "vraagstukken", tmp_path / "vraagstukken")
    opdrachten = _readme_commands()
    assert len(opdrachten) >= 8
    run_commands_in_order(opdrachten, tmp_path)


def test_readme_windows_lines_are_written_for_powershell_and_cmd() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    blok = re.search(r"```bat\n(.*?)```", readme, flags=re.S)
    assert blok is not None
    regels = blok.group(1).splitlines()
    assert regels[0] == "py -m venv .venv"
    assert all("/" not in regel and "'" not in regel and "&&" not in regel for regel in regels)
    assert all(r.startswith(".venv\\Scripts\\") for r in regels[1:])
    assert '.venv\\Scripts\\pip install -e ".[test]"' in readme
    assert "pipx install ." in readme


# --- no English in any message ------------------------------------------------------------------

ENGELS = (
    "No such file",
    "Errno",
    "has no attribute",
    "is undefined",
    "Traceback",
    "Usage:",
    "Error",
    "Invalid value",
    "Missing argument",
    "No such option",
    "is not one of",
    "Aborted",
)


@pytest.mark.parametrize(
    "args",
    [
        ["analyse"],
        ["analyse", "weg.yaml"],
        ["analyse", "plein.yaml", "-o", "/proc/geen/map/x.md"],
        ["analyse", "project/plein.yaml"],
        ["analyse", "plein.yaml", "--sjablonen", "kapot"],
        ["analyse", "plein.yaml", "--formaat", "odt"],
        ["analyse", "plein.yaml", "--onbekend"],
        ["werkvormen", "--modus", "zingen"],
        ["werkvormen", "--max-kosten", "veel"],
        ["schema", "--soort", "advi"],
        ["sjablonen", "--naar", "/proc/geen/map"],
        ["valideer", "kapot.yaml"],
        ["bestaatniet"],
    ],
)
def test_no_english_in_messages(werkmap: Path, args: list[str]) -> None:
    (werkmap / "project").mkdir()
    shutil.copy(VOORBEELD, werkmap / "project" / "plein.yaml")
    (werkmap / "project" / "pionieren.toml").write_text(
        'werkvormen = "weg.yaml"\nlogo = "weg.svg"\nformaat = "pfd"\n', "utf-8"
    )
    (werkmap / "kapot").mkdir()
    (werkmap / "kapot" / "rapport.md").write_text("{{ advies.x.y }}\n", "utf-8")
    (werkmap / "kapot.yaml").write_text("titel: [\n", "utf-8")
    uitslag = runner.invoke(app, args, env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert uitslag.exit_code in (1, 2, 3), uitslag.output
    for engels in ENGELS:
        assert engels not in uitslag.output, (args, engels, uitslag.output)

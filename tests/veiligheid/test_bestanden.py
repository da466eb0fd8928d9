"""Never lose a file: output only to regular files, never to an input, unique batch names."""

from __future__ import annotations

import os
import shutil
import signal
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.errors import UserError
from pionieren.files import read_limited, write_atomic
from pionieren.report.copy import copy_templates

ROOT = Path(__file__).resolve().parents[2]
VOORBEELD = ROOT / "vraagstukken" / "marktplein.yaml"
DATUM = ["--datum", "2026-11-28"]
runner = CliRunner()


@pytest.fixture
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(VOORBEELD, tmp_path / "plein.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _analyse(*args: str, env: dict[str, str]) -> tuple[int, str]:
    uitslag = runner.invoke(app, ["analyse", *args, *DATUM], env=env)
    assert "Interne fout" not in uitslag.output, uitslag.output
    return uitslag.exit_code, uitslag.output


def test_a_fifo_as_target_is_refused_and_stays(werkmap: Path, runner_env: dict[str, str]) -> None:
    pijp = werkmap / "pijp.md"
    os.mkfifo(pijp)
    code, uit = _analyse("plein.yaml", "-o", str(pijp), env=runner_env)
    assert code == 1 and "pijp (FIFO)" in uit and "--uitvoer -" in uit
    assert stat.S_ISFIFO(pijp.lstat().st_mode)


def test_a_device_as_target_is_refused(werkmap: Path, runner_env: dict[str, str]) -> None:
    code, uit = _analyse("plein.yaml", "-o", "/dev/null", env=runner_env)
    assert code == 1 and "apparaat" in uit
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


@pytest.mark.parametrize("dangling", [False, True])
def test_a_symlink_as_target_is_refused(
    werkmap: Path, runner_env: dict[str, str], dangling: bool
) -> None:
    doel = werkmap / "elders.md"
    if not dangling:
        doel.write_text("niet aanraken\n", "utf-8")
    link = werkmap / "rapport.md"
    link.symlink_to(doel)
    code, uit = _analyse("plein.yaml", "-o", str(link), env=runner_env)
    assert code == 1 and "symbolische link" in uit
    assert link.is_symlink()
    assert (doel.read_text("utf-8") == "niet aanraken\n") if not dangling else not doel.exists()


def test_never_writes_over_an_input_of_the_run(werkmap: Path, runner_env: dict[str, str]) -> None:
    eigen = werkmap / "eigen.md"
    eigen.write_text("werkvormen: []\n", "utf-8")
    (werkmap / "pionieren.toml").write_text('werkvormen = "eigen.md"\n', "utf-8")
    for doel in ("eigen.md", "pionieren.toml"):
        voor = (werkmap / doel).read_bytes()
        code, uit = _analyse("plein.yaml", "-o", doel, "-f", "md", env=runner_env)
        assert code in (1, 2) and ("invoerbestand" in uit or ".toml-bestand" in uit), uit
        assert (werkmap / doel).read_bytes() == voor
    code, uit = _analyse("plein.yaml", "--werkvormen", "eigen.md", "-o", "eigen.md", env=runner_env)
    assert code == 1 and "invoerbestand" in uit


def test_never_writes_into_the_template_folder(werkmap: Path, runner_env: dict[str, str]) -> None:
    (werkmap / "sj").mkdir()
    code, uit = _analyse("plein.yaml", "--sjablonen", "sj", "-o", "sj/rapport.md", env=runner_env)
    assert code == 1 and "sjablonenmap" in uit
    assert not (werkmap / "sj" / "rapport.md").exists()


def test_batch_collisions_are_found_before_anything_is_written(
    werkmap: Path, runner_env: dict[str, str]
) -> None:
    for map_ in ("a", "b"):
        (werkmap / map_).mkdir()
        shutil.copy(VOORBEELD, werkmap / map_ / "plein.yaml")
    shutil.copy(VOORBEELD, werkmap / "plein.yml")
    code, uit = _analyse("a/plein.yaml", "b/plein.yaml", "-o", "uit", env=runner_env)
    assert code == 2 and "hetzelfde rapport" in uit and "Er is niets geschreven" in uit
    assert not (werkmap / "uit").exists()
    code, uit = _analyse("plein.yaml", "plein.yml", env=runner_env)
    assert code == 2 and "plein.advies.md" in uit
    assert not (werkmap / "plein.advies.md").exists()


def test_a_bad_file_in_a_batch_never_stops_the_rest(
    werkmap: Path, runner_env: dict[str, str]
) -> None:
    (werkmap / "kapot.yaml").write_text("titel: [\n", "utf-8")
    (werkmap / "map.yaml").mkdir()
    geen = werkmap / "geen.yaml"
    geen.write_text("titel: x\n", "utf-8")
    geen.chmod(0)
    bestanden = ["kapot.yaml", "map.yaml", "geen.yaml", "plein.yaml"]
    code, uit = _analyse(*bestanden, env=runner_env)
    # A folder named like a file is a folder: it holds no vraagstuk, and pionieren says so.
    assert code == 1 and "1 in orde, 2 met problemen" in uit
    assert "map.yaml: overgeslagen, geen vraagstukken in deze map" in uit
    assert (werkmap / "plein.advies.md").exists()
    assert "Error" not in uit


def test_a_missing_file_is_a_usage_error_before_any_work(
    werkmap: Path, runner_env: dict[str, str]
) -> None:
    code, uit = _analyse("plein.yaml", "weg.yaml", env=runner_env)
    assert code == 2 and "weg.yaml" in uit and "Er is niets gedaan" in uit
    assert not (werkmap / "plein.advies.md").exists()


def test_controleer_with_a_folder_is_a_user_error(
    werkmap: Path, runner_env: dict[str, str]
) -> None:
    (werkmap / "map").mkdir()
    code, uit = _analyse("plein.yaml", "--controleer", "-o", "map", env=runner_env)
    assert code == 1 and "map" in uit


def test_an_unwritable_folder_is_a_user_error(werkmap: Path, runner_env: dict[str, str]) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    dicht = werkmap / "dicht"
    dicht.mkdir()
    dicht.chmod(0o500)
    try:
        code, uit = _analyse("plein.yaml", "-o", "dicht/rapport.md", env=runner_env)
    finally:
        dicht.chmod(0o700)
    assert code == 1 and "kan hier niet schrijven" in uit


def test_no_temporary_file_is_left_after_a_signal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fsync(_fd: int) -> None:
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(SystemExit) as info:
        write_atomic(tmp_path / "rapport.md", b"x")
    assert info.value.code == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_sjablonen_naar_never_writes_through_a_link(tmp_path: Path) -> None:
    naar = tmp_path / "sj"
    naar.mkdir()
    (naar / "stijl.css").symlink_to(tmp_path / "buiten.css")  # dangling
    with pytest.raises(UserError, match="symbolische link"):
        copy_templates(naar, overschrijven=True)
    assert not (tmp_path / "buiten.css").exists()
    assert [p.name for p in naar.iterdir()] == ["stijl.css"]
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "elders")
    with pytest.raises(UserError, match="symbolische link"):
        copy_templates(link)
    assert not (tmp_path / "elders").exists()


def test_reads_are_bounded_before_reading(tmp_path: Path) -> None:
    pijp = tmp_path / "pijp.yaml"
    os.mkfifo(pijp)
    with pytest.raises(UserError, match="pijp"):
        read_limited(pijp, 100)  # would block forever if it opened and read
    with pytest.raises(UserError, match="apparaat"):
        read_limited(Path("/dev/zero"), 100)
    groot = tmp_path / "groot.yaml"
    groot.write_bytes(b"a" * 101)
    with pytest.raises(UserError, match="groter dan"):
        read_limited(groot, 100)
    link = tmp_path / "link.yaml"
    link.symlink_to(groot)
    with pytest.raises(UserError, match="symbolische link"):
        read_limited(link, 1000, links=False)


def test_batch_output_that_is_a_file_is_a_usage_error(
    werkmap: Path, runner_env: dict[str, str]
) -> None:
    shutil.copy(VOORBEELD, werkmap / "tweede.yaml")
    (werkmap / "bestand").write_text("x", "utf-8")
    code, uit = _analyse("plein.yaml", "tweede.yaml", "-o", "bestand", env=runner_env)
    assert code == 2 and "Geef een map" in uit
    assert (werkmap / "bestand").read_text("utf-8") == "x"


def test_system_errors_are_told_in_dutch(werkmap: Path, runner_env: dict[str, str]) -> None:
    (werkmap / "bestand").write_text("x", "utf-8")
    code, uit = _analyse("plein.yaml", "-o", "bestand/rapport.md", env=runner_env)
    assert code == 1 and "is een bestand, geen map" in uit
    assert "Not a directory" not in uit and "File exists" not in uit

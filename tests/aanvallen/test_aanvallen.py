"""The attack corpus: hostile vraagstukken, werkvormen files, templates and project settings.

Each case runs ``pionieren analyse`` as a user would. Its exit code and everything it prints
(with the temporary folder written as ``<map>``) are compared with a golden file under
``verwacht/`` (rewrite them with ``pytest --update-goldens``). For every case, whatever it is:

* no traceback and no exit code 70 (every hostile input is a user error, never a bug);
* nothing is written but the report itself, and no temporary file is left;
* a report holds no raw ``<script``, no control character, no local file and nothing from
  the network; a PDF has no attachment;
* every run ends in well under 10 seconds (templates stop after their time limit).

Cases: ``invoer/*.yaml`` (a vraagstuk), ``werkvormen/*.yaml`` (with ``--werkvormen``),
``sjablonen/*/`` (with ``--sjablonen``) and ``projecten/*/`` (a folder with pionieren.toml). In
a folder, ``LEESMIJ.txt`` says what is attacked, the format, and the links and pipes to make
(``link: naam -> doel``, ``fifo: naam``): those cannot live in git.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.report import templates

HIER = Path(__file__).resolve().parent
ROOT = HIER.parents[1]
VOORBEELD = ROOT / "vraagstukken" / "marktplein.yaml"
VERWACHT = HIER / "verwacht"
DATUM = ["--datum", "2026-11-28"]
GEHEIM = ("root:x:0:0", "geheim-wachtwoord", "kwaad.example/nep")
STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
runner = CliRunner()


def _cases() -> list[tuple[str, Path]]:
    uit = [("invoer", p) for p in sorted((HIER / "invoer").glob("*.yaml"))]
    uit += [("werkvormen", p) for p in sorted((HIER / "werkvormen").glob("*.yaml"))]
    uit += [("sjablonen", p) for p in sorted((HIER / "sjablonen").iterdir()) if p.is_dir()]
    uit += [("projecten", p) for p in sorted((HIER / "projecten").iterdir()) if p.is_dir()]
    return uit


def _leesmij(map_: Path) -> dict[str, list[str]]:
    regels: dict[str, list[str]] = {}
    for regel in (map_ / "LEESMIJ.txt").read_text("utf-8").splitlines():
        sleutel, _, waarde = regel.partition(": ")
        regels.setdefault(sleutel, []).append(waarde)
    return regels


def _prepare(soort: str, bron: Path, tmp: Path) -> tuple[list[str], Path]:
    """Copy the case into ``tmp``; return the arguments of ``pionieren analyse`` and the report."""
    uit = tmp / "uit"
    if soort == "invoer":
        shutil.copy(bron, tmp / bron.name)
        doel = uit / "rapport.md"
        return [str(tmp / bron.name), "-o", str(doel)], doel
    shutil.copy(VOORBEELD, tmp / "plein.yaml")
    if soort == "werkvormen":
        shutil.copy(bron, tmp / bron.name)
        doel = uit / "rapport.md"
        return [
            str(tmp / "plein.yaml"),
            "--werkvormen",
            str(tmp / bron.name),
            "-o",
            str(doel),
        ], doel
    leesmij = _leesmij(bron)
    formaat = leesmij["formaat"][0]
    map_ = tmp / "project" if soort == "projecten" else tmp / "sjablonen"
    shutil.copytree(bron, map_)
    for regel in leesmij.get("link", []):
        naam, _, doel_ = regel.partition(" -> ")
        (map_ / naam).symlink_to(doel_)
    for naam in leesmij.get("fifo", []):
        os.mkfifo(map_ / naam)
    doel = uit / f"rapport.{formaat}"
    if soort == "projecten":
        shutil.move(tmp / "plein.yaml", map_ / "plein.yaml")
        return [str(map_ / "plein.yaml"), "-o", str(doel)], doel
    return [str(tmp / "plein.yaml"), "--sjablonen", str(map_), "-o", str(doel)], doel


def _files(map_: Path) -> set[Path]:
    return {p for p in map_.rglob("*") if not p.is_dir() or p.is_symlink()}


def _check_report(doel: Path) -> None:
    inhoud = doel.read_bytes()
    if doel.suffix == ".pdf":
        assert b"/EmbeddedFile" not in inhoud and b"/FileAttachment" not in inhoud
        for geheim in GEHEIM:
            assert geheim.encode() not in inhoud
        return
    tekst = inhoud.decode("utf-8")
    assert not STUURTEKENS.search(tekst), "een stuurteken in het rapport"
    for geheim in GEHEIM:
        assert geheim not in tekst
    if doel.suffix == ".md":
        assert not re.search(r"(?<!\\)<(script|img|a |!--)", tekst), "rauwe HTML in Markdown"
        assert "](javascript:" not in tekst.replace("\\](javascript:", "")
        for regel in tekst.splitlines():
            assert not regel.startswith("# Nep kop")
    if doel.suffix == ".html":
        assert "<script" not in tekst


@pytest.mark.parametrize(("soort", "bron"), _cases(), ids=lambda w: getattr(w, "name", w))
def test_attack(
    soort: str,
    bron: Path,
    tmp_path: Path,
    golden,
    runner_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(templates, "MAX_SECONDS", 1.0, raising=False)  # 5 s in real use
    monkeypatch.chdir(tmp_path)
    args, doel = _prepare(soort, bron, tmp_path)
    voor = _files(tmp_path)
    begin = time.monotonic()
    uitslag = runner.invoke(app, ["analyse", *args, *DATUM], env=runner_env)
    duur = time.monotonic() - begin
    uitvoer = uitslag.output.replace(str(tmp_path), "<map>")
    assert uitslag.exit_code in (0, 1, 2, 3), uitvoer
    assert not isinstance(uitslag.exception, Exception) or isinstance(
        uitslag.exception, SystemExit
    ), repr(uitslag.exception)
    assert "Traceback" not in uitvoer and "Interne fout" not in uitvoer
    assert "\x1b" not in uitslag.output
    for geheim in GEHEIM:
        assert geheim not in uitvoer, "de inhoud van een bestand staat in een melding"
    assert duur < 10, f"{duur:.1f} s"
    na = _files(tmp_path)
    nieuw = na - voor
    assert nieuw <= {doel}, f"geschreven: {sorted(map(str, nieuw))}"
    assert not [p for p in na if p.name.endswith(".tmp")]
    if uitslag.exit_code == 0:
        assert doel.exists()
        _check_report(doel)
    else:
        assert not doel.exists(), "een rapport bij een fout"
    golden(
        VERWACHT / f"{soort}-{bron.stem}.txt",
        f"exitcode {uitslag.exit_code}\n{_kern(uitslag.exit_code, uitvoer)}",
    )


def _kern(exitcode: int, uitvoer: str) -> str:
    """What the golden keeps of the terminal output. After an error: all of it (the message is
    the point). After a success: the title line, every line that shows user text made safe
    (escaped markup, visible control characters) and the report line; not the advice itself,
    which changes with the analysis and says nothing about the attack."""
    if exitcode != 0:
        return uitvoer
    regels = uitvoer.splitlines()
    houden = [
        r
        for i, r in enumerate(regels)
        if i == 0
        or r.startswith("Rapport:")
        or any(t in r for t in ("[", "\\", "<", "&", "\ufffd"))
    ]
    return "\n".join(houden) + "\n"


def test_corpus_is_large_enough() -> None:
    assert len(_cases()) >= 60

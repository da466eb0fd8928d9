"""CLI: the format from --formaat, the name at --uitvoer or pionieren.toml; paragraaf and Word."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.report.formats import FORMATEN

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()
DATUM = ["--datum", "2026-11-28"]


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "vraagstukken" / "marktplein.yaml", tmp_path / "plein.yaml")
    return tmp_path


def _analyse(werkmap: Path, *opties: str):
    return runner.invoke(app, ["analyse", str(werkmap / "plein.yaml"), *opties, *DATUM])


def _soort(pad: Path) -> str:
    inhoud = pad.read_bytes()
    if inhoud.startswith(b"PK"):
        return "docx"
    if inhoud.startswith(b"%PDF-"):
        return "pdf"
    if inhoud.startswith(b"<!DOCTYPE html>"):
        return "html"
    if inhoud.startswith(b"{"):
        return "json"
    if inhoud.startswith(b"<!-- Participatieparagraaf"):
        return "paragraaf"
    assert inhoud.startswith(b"# Participatieadvies"), inhoud[:40]
    return "md"


def test_help_lists_the_formats_from_the_table(runner_env: dict[str, str]) -> None:
    uitslag = runner.invoke(app, ["analyse", "--help"], env={**runner_env, "COLUMNS": "200"})
    assert uitslag.exit_code == 0
    tekst = " ".join(uitslag.stdout.split())
    # Every format in the help text, and no internal '<md|html|...>' type label.
    assert f"<{'|'.join(FORMATEN)}>" not in tekst
    assert "--formaat -f FORMAAT" in tekst
    for naam in FORMATEN:
        assert f"{naam} (" in tekst
    assert "pionieren[docx]" in uitslag.stdout and "paragraaf" in uitslag.stdout


@pytest.mark.parametrize(
    ("naam", "verwacht"),
    [
        ("rapport.docx", "docx"),
        ("rapport.html", "html"),
        ("advies.json", "json"),
        ("plein.paragraaf.md", "paragraaf"),
        ("rapport.md", "md"),
        ("rapport.txt", "md"),
    ],
)
def test_format_from_the_extension(
    werkmap: Path, runner_env: dict[str, str], naam: str, verwacht: str
) -> None:
    uitslag = _analyse(werkmap, "-o", str(werkmap / naam))
    assert uitslag.exit_code == 0, uitslag.output
    assert _soort(werkmap / naam) == verwacht


def test_pdf_from_the_extension(werkmap: Path, runner_env: dict[str, str]) -> None:
    uitslag = _analyse(werkmap, "--uitvoer", str(werkmap / "rapport.pdf"))
    assert uitslag.exit_code == 0, uitslag.output
    assert _soort(werkmap / "rapport.pdf") == "pdf"


@pytest.mark.parametrize(
    ("opties", "melding"),
    [
        (["-f", "pdf", "-o", "rapport.html"], "--formaat pdf past niet bij --uitvoer"),
        (["-f", "docx", "-o", "rapport.md"], "hoort bij formaat md"),
        (["-f", "md", "-o", "rapport.docx"], "kies een naam die eindigt op .md"),
        (["-o", "ander.yaml"], "geen rapport naar een .yaml-bestand"),
    ],
)
def test_mismatch_is_a_usage_error(
    werkmap: Path, runner_env: dict[str, str], opties: list[str], melding: str
) -> None:
    opties = [
        str(werkmap / o) if o.endswith((".html", ".md", ".docx", ".yaml")) else o for o in opties
    ]
    uitslag = _analyse(werkmap, *opties)
    assert uitslag.exit_code == 2, uitslag.output
    assert melding in uitslag.output and uitslag.output.startswith("Fout: ")
    assert sorted(p.name for p in werkmap.iterdir()) == ["plein.yaml"]


def test_paragraaf_may_be_named_md(werkmap: Path, runner_env: dict[str, str]) -> None:
    doel = werkmap / "raadsvoorstel-participatie.md"
    uitslag = _analyse(werkmap, "-f", "paragraaf", "-o", str(doel))
    assert uitslag.exit_code == 0, uitslag.output
    assert _soort(doel) == "paragraaf"
    assert "\n## Participatie\n" in doel.read_text("utf-8")


def test_default_names_per_format(werkmap: Path, runner_env: dict[str, str]) -> None:
    for formaat in ("paragraaf", "docx"):
        uitslag = _analyse(werkmap, "-f", formaat)
        assert uitslag.exit_code == 0, uitslag.output
    assert _soort(werkmap / "plein.paragraaf.md") == "paragraaf"
    assert _soort(werkmap / "plein.advies.docx") == "docx"
    assert f"Rapport: {werkmap / 'plein.advies.docx'}" in uitslag.stdout


def test_batch_into_a_folder(werkmap: Path, runner_env: dict[str, str]) -> None:
    shutil.copy(ROOT / "vraagstukken" / "speeltuin.yaml", werkmap / "speeltuin.yaml")
    uit = werkmap / "uit"
    uitslag = runner.invoke(
        app,
        [
            "analyse",
            str(werkmap / "plein.yaml"),
            str(werkmap / "speeltuin.yaml"),
            "-f",
            "paragraaf",
            "-o",
            str(uit),
            *DATUM,
        ],
        env=runner_env,
    )
    assert uitslag.exit_code == 0, uitslag.output
    assert sorted(p.name for p in uit.iterdir()) == ["plein.paragraaf.md", "speeltuin.paragraaf.md"]


def test_settings_format_applies_only_when_nothing_else_says(
    werkmap: Path, runner_env: dict[str, str]
) -> None:
    (werkmap / "pionieren.toml").write_text('formaat = "html"\n', "utf-8")
    assert _analyse(werkmap).exit_code == 0
    assert _soort(werkmap / "plein.advies.html") == "html"
    assert _analyse(werkmap, "-o", str(werkmap / "a.md")).exit_code == 0
    assert _soort(werkmap / "a.md") == "md"  # the extension wins
    assert _analyse(werkmap, "-o", str(werkmap / "a.txt")).exit_code == 0
    assert _soort(werkmap / "a.txt") == "html"  # .txt says nothing
    assert _analyse(werkmap, "-f", "json", "-o", str(werkmap / "b.txt")).exit_code == 0
    assert _soort(werkmap / "b.txt") == "json"
    (werkmap / "pionieren.toml").write_text('formaat = "docx"\n', "utf-8")
    assert _analyse(werkmap).exit_code == 0
    assert _soort(werkmap / "plein.advies.docx") == "docx"


def test_settings_refuse_an_unknown_format_and_list_the_choices(
    werkmap: Path, runner_env: dict[str, str]
) -> None:
    (werkmap / "pionieren.toml").write_text('formaat = "word"\n', "utf-8")
    uitslag = _analyse(werkmap)
    assert uitslag.exit_code == 1
    assert (
        "pionieren.toml:1:1: formaat: 'word' is geen toegestane waarde. Kies uit: "
        f"{', '.join(FORMATEN)}." in uitslag.output
    )


@pytest.mark.parametrize(
    ("waarde", "melding"),
    [
        ('"groen"', "'groen' is geen kleur die pionieren kent"),
        ('"#05a31"', 'zoals kleur = "#005a31"'),
        ('"#ffcc00"', "'#ffcc00' is te licht"),
        ('"#767676"', "contrast 4,5:1, nodig is minstens 5:1"),
    ],
)
def test_settings_colour_is_checked(
    werkmap: Path, runner_env: dict[str, str], waarde: str, melding: str
) -> None:
    (werkmap / "pionieren.toml").write_text(f'gemeente = "X"\nkleur = {waarde}\n', "utf-8")
    uitslag = _analyse(werkmap)
    assert uitslag.exit_code == 1
    assert "pionieren.toml:2:1: kleur: " in uitslag.output and melding in uitslag.output


def test_settings_colour_and_name_reach_word_and_html(
    werkmap: Path, runner_env: dict[str, str]
) -> None:
    import docx

    (werkmap / "pionieren.toml").write_text(
        'gemeente = "Gemeente Land aan Zee"\nkleur = "#005A31"\n', "utf-8"
    )
    assert _analyse(werkmap, "-o", str(werkmap / "a.docx")).exit_code == 0
    document = docx.Document(str(werkmap / "a.docx"))
    assert str(document.styles["Heading 2"].font.color.rgb) == "005A31"
    assert document.sections[0].header.paragraphs[0].text == "Gemeente Land aan Zee"
    assert _analyse(werkmap, "-o", str(werkmap / "a.html")).exit_code == 0
    assert "--pionieren-kleur-primair: #005a31;" in (werkmap / "a.html").read_text("utf-8")


def test_controleer_a_word_file(werkmap: Path, runner_env: dict[str, str]) -> None:
    doel = werkmap / "plein.docx"
    assert _analyse(werkmap, "-o", str(doel)).exit_code == 0
    gelijk = _analyse(werkmap, "-o", str(doel), "--controleer")
    assert gelijk.exit_code == 0 and "ongewijzigd" in gelijk.stdout
    doel.write_bytes(doel.read_bytes()[:-10] + b"0123456789")
    anders = _analyse(werkmap, "-o", str(doel), "--controleer")
    assert anders.exit_code == 1 and "verschilt" in anders.output
    assert "@@" not in anders.output  # no text diff of a zip file


def test_word_to_the_screen_is_the_same_file(werkmap: Path, runner_env: dict[str, str]) -> None:
    scherm = _analyse(werkmap, "-f", "docx", "-o", "-")
    assert scherm.exit_code == 0
    assert _analyse(werkmap, "-o", str(werkmap / "a.docx")).exit_code == 0
    assert scherm.stdout_bytes == (werkmap / "a.docx").read_bytes()


def test_word_without_the_extra(
    werkmap: Path, runner_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    uitslag = _analyse(werkmap, "-f", "docx")
    assert uitslag.exit_code == 1
    assert "pip install 'pionieren[docx]'" in uitslag.output
    assert not (werkmap / "plein.advies.docx").exists()


def test_screen_output_needs_one_file(werkmap: Path, runner_env: dict[str, str]) -> None:
    shutil.copy(werkmap / "plein.yaml", werkmap / "tweede.yaml")
    uitslag = runner.invoke(
        app, ["analyse", str(werkmap / "plein.yaml"), str(werkmap / "tweede.yaml"), "-o", "-"]
    )
    assert uitslag.exit_code == 2 and "kan alleen met één invoerbestand" in uitslag.output

"""The leerarena report: golden files for every text format, determinism and own templates."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from pionieren.errors import TemplateError, UsageError
from pionieren.leerarena.folder import leerarena

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "leerarena"
DATUM = "2026-11-29"


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository, so the report names 'vraagstukken' as a user would see it."""
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("formaat", ["md", "html", "json"])
def test_golden_report(formaat: str, golden, in_root: None) -> None:
    uit = leerarena("vraagstukken", datum=DATUM, formaat=formaat)
    golden(GOLDEN / f"leerarena.{formaat}", uit.rapport.decode("utf-8"))


def test_same_input_same_bytes_and_source_date_epoch(
    in_root: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    een = leerarena("vraagstukken", datum=DATUM, formaat="html").rapport
    assert een == leerarena("vraagstukken", datum=DATUM, formaat="html").rapport
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795910400")  # 29 November 2026
    assert leerarena("vraagstukken", formaat="html").rapport == een


def test_word_document_is_made_from_the_markdown(in_root: None) -> None:
    pytest.importorskip("docx")
    uit = leerarena("vraagstukken", datum=DATUM, formaat="docx").rapport
    with zipfile.ZipFile(io.BytesIO(uit)) as z:
        tekst = z.read("word/document.xml").decode("utf-8")
    assert "Agenda voor de volgende leerarena" in tekst and "Taalcafé" in tekst
    assert uit == leerarena("vraagstukken", datum=DATUM, formaat="docx").rapport


def test_pdf_is_made(in_root: None) -> None:
    pytest.importorskip("weasyprint")
    assert leerarena("vraagstukken", datum=DATUM, formaat="pdf").rapport.startswith(b"%PDF")


def test_own_template_replaces_one_block(tmp_path: Path, in_root: None) -> None:
    (tmp_path / "leerarena.md").write_text(
        '{% extends "leerarena-basis.md" %}\n'
        "{% block agenda %}## Onze agenda\n\nEigen vragen.\n{% endblock %}\n",
        encoding="utf-8",
    )
    tekst = leerarena("vraagstukken", datum=DATUM, sjablonen=tmp_path).rapport.decode()
    assert "## Onze agenda\n\nEigen vragen." in tekst
    assert "## Agenda voor de volgende leerarena" not in tekst
    assert "## De processen" in tekst


def test_own_template_with_an_error_names_file_and_line(tmp_path: Path, in_root: None) -> None:
    (tmp_path / "leerarena.md").write_text("{{ leerarena.bestaat_niet }}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"leerarena\.md:1: .*bestaat niet"):
        leerarena("vraagstukken", datum=DATUM, sjablonen=tmp_path)


def test_broken_file_is_left_out_and_named(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "vraagstukken", tmp_path / "v")
    kapot = tmp_path / "v" / "evaluaties" / "kapot.yaml"
    kapot.write_text("vraagstuk: ../marktplein.yaml\nperiode: {van: 2027-13-01}\n", "utf-8")
    uit = leerarena(tmp_path / "v", datum=DATUM)
    assert uit.leerarena.evaluaties == 7
    assert uit.leerarena.niet_meegeteld == [str(kapot)]
    teksten = [p.als_tekst() for f in uit.map.fouten for p in f.problemen]
    assert any(t.startswith(f"{kapot}:2:") and "2027-13-01" in t for t in teksten)
    assert "**Niet meegeteld**: 1 bestand met fouten" in uit.rapport.decode()


def test_vraagstuk_without_evaluatie_is_on_the_agenda(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "vraagstukken", tmp_path / "v")
    (tmp_path / "v" / "evaluaties" / "speeltuin.evaluatie.yaml").unlink()
    uit = leerarena(tmp_path / "v", datum=DATUM)
    assert uit.leerarena.zonder_evaluatie == [str(tmp_path / "v" / "speeltuin.yaml")]
    assert uit.leerarena.agenda[-1].soort == "zonder_evaluatie"


def test_a_folder_without_evaluaties_is_a_usage_error(tmp_path: Path) -> None:
    shutil.copy(ROOT / "vraagstukken" / "marktplein.yaml", tmp_path)
    with pytest.raises(UsageError, match="geen evaluatie"):
        leerarena(tmp_path, datum=DATUM)
    with pytest.raises(UsageError, match="geen map"):
        leerarena(tmp_path / "marktplein.yaml", datum=DATUM)

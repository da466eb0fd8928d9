"""A hard condition written as a YAML comment binds nothing: `valideer` says so and names the
field to use (``voorwaarde``). Review 56a: the conditions of the new cases stood in comments."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.input.hints import commentaar_hints
from pionieren.input.load import read_vraagstuk

ROOT = Path(__file__).resolve().parents[2]
DIFTAR = ROOT / "tests" / "cases" / "diftar-afvalschap-lingemaas.yaml"
COMMENTAAR = "  # Schamen zich vaak; melden zich niet op een bijeenkomst.\n"
GROEP = "  - naam: Inwoners met incontinentie of een stoma\n"


def _hints(tmp_path: Path, tekst: str) -> list:
    pad = tmp_path / "vraagstuk.yaml"
    pad.write_text(tekst, encoding="utf-8")
    _, geladen = read_vraagstuk(pad, pad.name)
    return commentaar_hints(geladen)


def test_a_condition_in_a_comment_gets_a_hint_on_the_group_below(tmp_path: Path) -> None:
    tekst = DIFTAR.read_text(encoding="utf-8")
    assert COMMENTAAR in tekst and GROEP in tekst
    hints = _hints(tmp_path, tekst)
    assert [h.woord for h in hints] == ["niet op een bijeenkomst"]
    hint = hints[0]
    assert hint.code == "voorwaarde"
    assert hint.pad[0] == "belanghebbenden"
    regel = tekst.splitlines().index(COMMENTAAR.rstrip("\n")) + 1
    assert f"regel {regel}" in hint.melding
    assert "voorwaarde:" in hint.melding
    # the group below the comment is the one the hint points at
    index = hint.pad[1]
    assert isinstance(index, int)
    assert tekst.split("\n  - naam: ")[index + 1].startswith("Inwoners met incontinentie")


def test_no_hint_once_the_condition_stands_in_the_field(tmp_path: Path) -> None:
    tekst = DIFTAR.read_text(encoding="utf-8").replace(
        GROEP, GROEP + "    voorwaarde: niet op een bijeenkomst\n"
    )
    assert not _hints(tmp_path, tekst)


def test_a_comment_without_a_condition_gets_no_hint(tmp_path: Path) -> None:
    tekst = DIFTAR.read_text(encoding="utf-8").replace(
        COMMENTAAR, "  # Deze groep is in 2025 ook gesproken.\n"
    )
    assert not _hints(tmp_path, tekst)


def test_a_route_named_in_a_comment_is_no_condition(tmp_path: Path) -> None:
    tekst = DIFTAR.read_text(encoding="utf-8").replace(
        COMMENTAAR, "  # Een medewerker van Slachtofferhulp gaat mee.\n"
    )
    assert not _hints(tmp_path, tekst)


def test_a_condition_outside_the_lists_gets_no_hint(tmp_path: Path) -> None:
    tekst = DIFTAR.read_text(encoding="utf-8").replace(COMMENTAAR, "")
    tekst = "# Dit vraagstuk is geen deelnemer aan iets.\n" + tekst
    assert not _hints(tmp_path, tekst)


def test_a_comment_at_the_end_of_a_list_belongs_to_the_item_above(tmp_path: Path) -> None:
    tekst = DIFTAR.read_text(encoding="utf-8")
    kop = "\nzorgen:" if "\nzorgen:" in tekst else None
    if kop is None:  # the belanghebbenden are the last list: append at the end
        tekst = tekst.rstrip("\n") + "\n  # Zij zijn geen deelnemer.\n"
    else:
        tekst = tekst.replace(kop, "\n  # Zij zijn geen deelnemer." + kop, 1)
    hints = [h for h in _hints(tmp_path, tekst) if h.woord == "geen deelnemer"]
    assert len(hints) == 1
    groepen = tekst.split("\nbelanghebbenden:")[1].split("\n  - naam: ")
    assert hints[0].pad == ("belanghebbenden", len(groepen) - 2)


def test_valideer_prints_the_hint_with_its_line(tmp_path: Path) -> None:
    pad = tmp_path / "vraagstuk.yaml"
    pad.write_text(DIFTAR.read_text(encoding="utf-8"), encoding="utf-8")
    uit = CliRunner().invoke(app, ["valideer", str(pad)], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert uit.exit_code == 0, uit.output
    assert "Het commentaar op regel" in uit.output
    assert "‘voorwaarde:’" in uit.output

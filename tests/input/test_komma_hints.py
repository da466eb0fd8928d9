"""A decimal comma in a list between brackets splits an option in two: `valideer` says so and
asks to quote it (``opties: [3,5 meter, 4 meter]`` reads as '3', '5 meter' and '4 meter')."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.input.hints import komma_hints
from pionieren.input.load import read_vraagstuk

ROOT = Path(__file__).resolve().parents[2]
AAMSTEDE = ROOT / "tests" / "cases" / "bedrijventerrein-spoorhaven-aamstede.yaml"
OPTIES = "      opties: [via de Rivierenbuurt, een nieuwe aansluiting op de Havenweg, beide]\n"


def _met(tmp_path: Path, opties: str) -> Path:
    tekst = AAMSTEDE.read_text(encoding="utf-8")
    assert OPTIES in tekst
    pad = tmp_path / "vraagstuk.yaml"
    pad.write_text(tekst.replace(OPTIES, f"      opties: {opties}\n"), encoding="utf-8")
    return pad


def _hints(pad: Path) -> list:
    _, geladen = read_vraagstuk(pad, pad.name)
    return komma_hints(geladen)


def test_a_decimal_comma_in_a_flow_list_gets_a_hint(tmp_path: Path) -> None:
    hints = _hints(_met(tmp_path, "[een pad van 3,5 meter, € 2,50 per maand]"))
    assert [h.woord for h in hints] == ["een pad van 3,5 meter", "€ 2,50 per maand"]
    assert hints[0].code == "komma"
    assert "‘een pad van 3’ en ‘5 meter’" in hints[0].melding
    assert '"een pad van 3,5 meter"' in hints[0].melding
    assert hints[0].suggesties[0].veld == "kaders.open[2].opties"


def test_items_written_with_a_space_after_the_comma_are_meant_apart(tmp_path: Path) -> None:
    assert not _hints(_met(tmp_path, "[breedte 3, 5 jaar onderhoud]"))


def test_a_quoted_decimal_comma_gets_no_hint(tmp_path: Path) -> None:
    assert not _hints(_met(tmp_path, '["een pad van 3,5 meter", een pad van 4 meter]'))


def test_every_development_case_is_quiet() -> None:
    for pad in sorted((ROOT / "tests" / "cases").rglob("*.yaml")):
        if "wachtrij" in pad.parts:
            continue
        assert not _hints(pad), pad


def test_valideer_prints_the_hint_with_its_line(tmp_path: Path) -> None:
    pad = _met(tmp_path, "[een pad van 3,5 meter, een pad van 4 meter]")
    uit = CliRunner().invoke(app, ["valideer", str(pad)], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert uit.exit_code == 0
    regel = (
        pad.read_text(encoding="utf-8")
        .splitlines()
        .index("      opties: [een pad van 3,5 meter, een pad van 4 meter]")
    )
    assert f"{pad}:{regel + 1}:" in uit.output
    assert "Bedoelt u ‘een pad van 3,5 meter’?" in uit.output

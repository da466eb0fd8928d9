"""``pionieren evalueer``: a pre-filled evaluatie that loads once filled in, never overwritten."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from pionieren.cli import app
from pionieren.errors import InvoerFout
from pionieren.input.load import read_evaluatie
from pionieren.input.yamlread import read_text
from pionieren.knowledge.load import builtin
from pionieren.leerarena.prefill import yaml_text

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "evalueer"
runner = CliRunner()
DATUM = ["--datum", "2026-11-29"]

_INVULLING = {
    "van": "2027-01-04",
    "deelnemers": "40",
    "kosten_euro": "5000",
    "weken": "3",
    "bereikt": "deels",
    "gegeven": "true",
    "datum": "2027-07-01",
    "volgt_uitkomst": "ja",
    "gedaan": "Overgenomen.",
    "les": "Begin eerder.",
    "modus": "denken",
}


def fill_in(tekst: str) -> str:
    """What a user does: a value at every 'invullen'; optional empty values stay empty."""

    def vervang(m: re.Match[str]) -> str:
        sleutel = m["sleutel"]
        if sleutel not in _INVULLING or (sleutel == "datum" and "besluit" in m["uitleg"]):
            return m[0] if sleutel != "datum" else f"{m['begin']}{sleutel}: 2027-06-30"
        return f"{m['begin']}{sleutel}: {_INVULLING[sleutel]}"

    return re.sub(
        r"^(?P<begin>[ -]*)(?P<sleutel>[a-z_]+):\s+# (?P<uitleg>invullen[^\n]*)$",
        vervang,
        tekst,
        flags=re.MULTILINE,
    )


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "schema", tmp_path / "schema")
    (tmp_path / "vraagstukken").mkdir()
    shutil.copy(ROOT / "vraagstukken" / "marktplein.yaml", tmp_path / "vraagstukken")
    return tmp_path / "vraagstukken"


def test_writes_a_file_that_loads_once_filled_in(
    werkmap: Path, runner_env: dict[str, str], golden
) -> None:
    uitslag = runner.invoke(
        app, ["evalueer", str(werkmap / "marktplein.yaml"), *DATUM], env=runner_env
    )
    assert uitslag.exit_code == 0, uitslag.output
    doel = werkmap / "evaluaties" / "marktplein.evaluatie.yaml"
    assert f"Evaluatie om in te vullen: {doel}" in uitslag.stdout
    tekst = doel.read_text("utf-8")
    golden(GOLDEN / "marktplein.evaluatie.yaml", tekst)
    assert tekst.startswith("# yaml-language-server: $schema=../../schema/evaluatie.schema.json\n")
    # not filled in: an error at every required empty value, never counted by accident
    with pytest.raises(InvoerFout) as info:
        read_evaluatie(doel, catalogus=builtin().ids())
    meldingen = [p.als_tekst() for p in info.value.problemen]
    assert any(":9:" in m and "periode.van" in m for m in meldingen), meldingen
    assert any("werkvormen[1].deelnemers" in m for m in meldingen)
    # filled in: it loads, with every name and werkvorm known
    doel.write_text(fill_in(tekst), encoding="utf-8")
    gelezen = read_evaluatie(doel, catalogus=builtin().ids())
    assert gelezen.waarschuwingen == []
    assert gelezen.vraagstuk.titel == "Herinrichting Marktplein"
    assert len(gelezen.evaluatie.belanghebbenden) == 8
    # the overleg with the hulpdiensten comes first (MIX-PARTNERS-EERST)
    assert [w.id for w in gelezen.evaluatie.werkvormen][:3] == [
        "partneroverleg",
        "buurtactiviteit",
        "enquete",
    ]


def test_never_overwrites_without_overschrijf(werkmap: Path, runner_env: dict[str, str]) -> None:
    doel = werkmap / "evaluaties" / "marktplein.evaluatie.yaml"
    doel.parent.mkdir()
    doel.write_text("mijn invulling\n", encoding="utf-8")
    uitslag = runner.invoke(
        app, ["evalueer", str(werkmap / "marktplein.yaml"), *DATUM], env=runner_env
    )
    assert uitslag.exit_code == 2
    melding = " ".join(uitslag.stderr.split())
    assert "bestaat al" in melding and "--overschrijven" in melding
    assert doel.read_text("utf-8") == "mijn invulling\n"
    uitslag = runner.invoke(
        app, ["evalueer", str(werkmap / "marktplein.yaml"), "--overschrijf", *DATUM], env=runner_env
    )
    assert uitslag.exit_code == 0 and doel.read_text("utf-8").startswith("# yaml-language")


def test_refuses_a_symlink_and_the_vraagstuk_itself(
    werkmap: Path, tmp_path: Path, runner_env: dict[str, str]
) -> None:
    elders = tmp_path / "elders.yaml"
    elders.write_text("x\n", encoding="utf-8")
    link = werkmap / "link.yaml"
    link.symlink_to(elders)
    vraagstuk = str(werkmap / "marktplein.yaml")
    uitslag = runner.invoke(
        app, ["evalueer", vraagstuk, "-o", str(link), "--overschrijf", *DATUM], env=runner_env
    )
    assert uitslag.exit_code == 1 and "symbolische link" in uitslag.stderr
    assert elders.read_text("utf-8") == "x\n"
    uitslag = runner.invoke(
        app, ["evalueer", vraagstuk, "-o", vraagstuk, "--overschrijf", *DATUM], env=runner_env
    )
    assert uitslag.exit_code == 1 and "invoerbestand" in uitslag.stderr
    uitslag = runner.invoke(app, ["evalueer", vraagstuk, "-o", "x.md", *DATUM], env=runner_env)
    assert uitslag.exit_code == 2 and ".yaml" in uitslag.stderr


def test_to_the_screen(werkmap: Path, runner_env: dict[str, str], monkeypatch) -> None:
    monkeypatch.chdir(werkmap)
    uitslag = runner.invoke(app, ["evalueer", "marktplein.yaml", "-o", "-", *DATUM], env=runner_env)
    assert uitslag.exit_code == 0
    assert "\nvraagstuk: marktplein.yaml\n" in uitslag.stdout


def test_invalid_vraagstuk_gives_its_messages(tmp_path: Path, runner_env: dict[str, str]) -> None:
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("titel: x\nkaders: {}\n", encoding="utf-8")
    uitslag = runner.invoke(app, ["evalueer", str(kapot), *DATUM], env=runner_env)
    assert uitslag.exit_code == 1 and f"{kapot}:" in uitslag.stderr
    assert not (tmp_path / "evaluaties").exists()


@given(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1)
)
def test_a_text_reads_back_as_itself(tekst: str) -> None:
    gelezen = read_text(f"naam: {yaml_text(tekst)}\n", "t.yaml")
    if not gelezen.problemen:
        assert gelezen.data["naam"] == tekst


@pytest.mark.parametrize("tekst", [".0", ".5e3", ".inf", ".NaN", ".5 uur"])
def test_a_text_yaml_reads_as_a_number_is_quoted(tekst: str) -> None:
    # Found by hypothesis: '.0' was written plain and read back as the number 0.0.
    assert read_text(f"naam: {yaml_text(tekst)}\n", "t.yaml").data["naam"] == tekst


@pytest.mark.parametrize("tekst", ["\ufffe", "a\ufffe", "\uffff", "\x80b", "x\x85y", "a\u2028b"])
def test_a_text_yaml_cannot_print_is_escaped_and_reads_back(tekst: str) -> None:
    # Found by hypothesis: a noncharacter was written raw and the reader refused the file.
    assert read_text(f"naam: {yaml_text(tekst)}\n", "t.yaml").data["naam"] == tekst


_ALLE = sorted((ROOT / "vraagstukken").glob("*.yaml")) + sorted(
    (ROOT / "tests" / "cases").glob("*.yaml")
)


@pytest.mark.parametrize("pad", _ALLE, ids=[p.stem for p in _ALLE])
def test_every_case_gives_an_evaluatie_that_loads_once_filled_in(pad: Path, tmp_path: Path) -> None:
    from pionieren.leerarena.prefill import prefill_file

    doel = tmp_path / "e.yaml"
    doel.write_text(fill_in(prefill_file(pad, doel, datum="2026-11-29")), encoding="utf-8")
    gelezen = read_evaluatie(doel, catalogus=builtin().ids())
    assert gelezen.waarschuwingen == []
    assert len(gelezen.evaluatie.belanghebbenden) == len(gelezen.vraagstuk.belanghebbenden)

"""The library API: pionieren.advise and pionieren.run, as a script calls them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import pionieren
from pionieren.errors import InvoerFout, UsageError
from pionieren.input.load import load_vraagstuk
from pionieren.pipeline import Status, compare

ROOT = Path(__file__).resolve().parents[1]
VOORBEELD = ROOT / "vraagstukken" / "marktplein.yaml"
GOLDEN = ROOT / "tests" / "golden" / "rapporten"


def test_advise_a_path_gives_the_golden_report() -> None:
    uitkomst = pionieren.advise(VOORBEELD, datum="2026-11-28")
    assert uitkomst.formaat == "md"
    assert uitkomst.advies.titel == "Herinrichting Marktplein"
    assert uitkomst.tekst.startswith("# Participatieadvies")
    golden = GOLDEN / "marktplein.md"
    if golden.exists():
        assert uitkomst.tekst == golden.read_text("utf-8")


def test_advise_a_vraagstuk_object_and_other_formats() -> None:
    vraagstuk = load_vraagstuk(VOORBEELD)
    uitkomst = pionieren.advise(vraagstuk, datum=date(2026, 11, 28), formaat="json")
    assert uitkomst.vraagstuk is vraagstuk
    assert '"titel": "Herinrichting Marktplein"' in uitkomst.tekst
    assert pionieren.advise(str(VOORBEELD), datum="2026-11-28", formaat="html").tekst.startswith(
        "<!DOCTYPE"
    )


def test_advise_raises_library_errors_and_never_exits(tmp_path: Path) -> None:
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("titel: [\n", "utf-8")
    with pytest.raises(InvoerFout) as info:
        pionieren.advise(kapot, datum="2026-11-28")
    assert info.value.problemen[0].regel > 0
    with pytest.raises(UsageError):
        pionieren.advise(VOORBEELD, datum="28-11-2026")
    with pytest.raises(UsageError):
        pionieren.advise(VOORBEELD, formaat="odt")


def test_run_a_folder_writes_and_compares(tmp_path: Path) -> None:
    map_ = tmp_path / "vraagstukken"
    map_.mkdir()
    shutil.copy(VOORBEELD, map_ / "plein.yaml")
    shutil.copy(ROOT / "vraagstukken" / "speeltuin.yaml", map_ / "speeltuin.yaml")
    uitvoer = tmp_path / "rapporten"
    batch = pionieren.run([map_], uitvoer=f"{uitvoer}/", datum="2026-11-28")
    assert len(batch) == 2
    uitkomsten = list(batch)
    assert [u.status for u in uitkomsten] == [Status.geschreven, Status.geschreven]
    assert (uitvoer / "plein.advies.md").is_file()
    gecontroleerd = list(
        pionieren.run([map_], uitvoer=f"{uitvoer}/", datum="2026-11-28", controleer=True)
    )
    assert {u.status for u in gecontroleerd} == {Status.ongewijzigd}
    anders = list(pionieren.run([map_], uitvoer=f"{uitvoer}/", datum="2027-01-05", controleer=True))
    assert {u.status for u in anders} == {Status.verschilt}
    assert (
        anders[0].vergelijking is not None and "5 januari 2027" in anders[0].vergelijking.verschil
    )


def test_run_plans_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        pionieren.run([VOORBEELD, tmp_path / "weg.yaml"])
    with pytest.raises(UsageError):
        pionieren.run([VOORBEELD, VOORBEELD.with_name("windpark.yaml")], uitvoer="beide.md")
    with pytest.raises(UsageError):
        pionieren.run([VOORBEELD], uitvoer="-", controleer=True)


def test_compare_says_why_there_is_nothing_to_compare(tmp_path: Path) -> None:
    vergelijking = compare(tmp_path / "weg.md", b"x")
    assert not vergelijking.gelijk and "bestaat nog niet" in vergelijking.melding
    (tmp_path / "a.md").write_bytes(b"x\n")
    assert compare(tmp_path / "a.md", b"x\n").gelijk


def test_import_pionieren_stays_light() -> None:
    code = (
        "import sys, pionieren; "
        "print(any(m.startswith(('pydantic', 'jinja2', 'pionieren.analysis')) for m in sys.modules))"
    )
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "False"


@pytest.mark.parametrize("formaat", ["md", "html", "paragraaf", "json"])
def test_every_procedure_and_decider_renders(formaat: str) -> None:
    """Each procedure and each decider a vraagstuk may name gives a report, in every text format.

    A procedure without a label once crashed every report for a verkeersbesluit (exit 3).
    """
    from pionieren.input.model import Beslisser, Besluit, Procedure

    basis = load_vraagstuk(VOORBEELD)
    for procedure in Procedure:
        for door in Beslisser:
            besluit = {"door": door, "procedure": procedure}
            vraagstuk = basis.model_copy(update={"besluit": Besluit(**besluit)})
            uitkomst = pionieren.advise(vraagstuk, datum="2026-11-28", formaat=formaat)
            assert uitkomst.tekst, (procedure, door)

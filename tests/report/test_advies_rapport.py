"""The report for an advice to another body (procedure advies): the summary says who gives the
advice by when and who decides after it; an old file with procedure 'anders' keeps its report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).resolve().parents[2]
DATUM = date(2026, 11, 30)
OMROEP = ROOT / "tests" / "cases" / "lokale-omroep-kreekdijk.yaml"


def _rapport(pad: Path, formaat: str = "md") -> str:
    return advise_file(pad, pad.name, builtin(), DATUM, formaat).rapport.decode("utf-8")


def test_the_summary_names_who_advises_by_when_and_who_decides_after() -> None:
    md = _rapport(OMROEP)
    assert (
        "**Wie beslist.** De gemeenteraad geeft uiterlijk 15 april 2027 advies aan het "
        "Commissariaat voor de Media. Daarna beslist het Commissariaat voor de Media." in md
    )
    assert "Laat de gemeenteraad toezeggen, over het advies." in md
    assert "| De gemeenteraad (advies) |" in md
    assert "voordat hij adviseert" in md
    # the legal hook, on the publisher's own site
    assert "Mediawet 2008 art. 2.62" in md
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0025028&artikel=2.62" in md
    assert "stuurt het proces" not in md and "kaders te verruimen" not in md
    html = _rapport(OMROEP, "html")
    assert "advies aan het Commissariaat voor de Media. Daarna beslist" in html


def test_an_old_file_with_procedure_anders_keeps_its_summary(tmp_path: Path) -> None:
    data = yaml.safe_load(OMROEP.read_text("utf-8"))
    data["besluit"]["procedure"] = "anders"
    del data["besluit"]["advies_aan"]
    pad = tmp_path / "omroep-anders.yaml"
    pad.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    md = _rapport(pad)
    # nothing uncertain is inferred: the raad is the decider the file names
    assert "**Wie beslist.** De gemeenteraad, uiterlijk 15 april 2027." in md
    assert "Daarna beslist" not in md and "(advies)" not in md

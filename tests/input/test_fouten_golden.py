"""Golden pairs: a broken file and the exact messages a user sees for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pionieren.errors import InvoerFout
from pionieren.input.load import load_vraagstuk

FOUTEN = Path(__file__).resolve().parent.parent / "golden" / "fouten"
GEVALLEN = sorted(FOUTEN.glob("*.yaml"))


@pytest.mark.parametrize("pad", GEVALLEN, ids=[p.stem for p in GEVALLEN])
def test_broken_file_gives_expected_messages(pad: Path, golden) -> None:
    with pytest.raises(InvoerFout) as info:
        load_vraagstuk(pad, pad.name)
    problemen = info.value.problemen
    assert problemen, "een kapot bestand moet minstens één probleem geven"
    for p in problemen:
        assert p.bestand == pad.name
        assert p.melding and not p.melding[0].isupper(), p.melding
    golden(pad.with_suffix(".txt"), "\n".join(p.als_tekst() for p in problemen) + "\n")


def test_there_are_enough_golden_cases() -> None:
    assert len(GEVALLEN) >= 15

"""Every message to the user ends with a full stop (or a question or exclamation mark): the
errors of a file, the errors of a command, the warnings and tips, and the findings of the advice.

Found by a new-user try: 'het verplichte veld ... ontbreekt in het bestand' and 'Schrijf true of
false' stopped mid-air, other messages ended with a full stop."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from pionieren.analysis.engine import analyse
from pionieren.errors import Probleem, zin
from pionieren.input.hints import datum_hints, instrument_hints, plek_hints, werkvorm_hints
from pionieren.input.load import read_vraagstuk
from pionieren.knowledge.load import builtin

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
EINDE = (".", "?", "!", ".’", ".”", '."', "?’")


def _af(tekst: str) -> bool:
    return tekst.rstrip().endswith(EINDE)


def test_zin_adds_a_full_stop_only_where_one_is_missing() -> None:
    assert zin("Schrijf true of false") == "Schrijf true of false."
    assert zin("Bedoelde u 'enquete'?") == "Bedoelde u 'enquete'?"
    assert zin("Er is niets gedaan. ") == "Er is niets gedaan."
    assert zin("") == ""


def test_a_problem_always_ends_with_a_full_stop() -> None:
    p = Probleem("v.yaml", 1, 1, "titel", "het verplichte veld 'titel' ontbreekt")
    assert p.melding == "het verplichte veld 'titel' ontbreekt."
    assert p.als_tekst().endswith("ontbreekt.")
    assert Probleem("v.yaml", 1, 1, "", "klopt dat?").melding == "klopt dat?"


GOLDEN = sorted(
    [
        *(TESTS / "golden" / "fouten").glob("*.txt"),
        *(TESTS / "golden" / "evaluatie-fouten").glob("*.txt"),
    ]
)


@pytest.mark.parametrize("pad", GOLDEN, ids=[f"{p.parent.name}/{p.stem}" for p in GOLDEN])
def test_every_golden_error_message_ends_with_a_full_stop(pad: Path) -> None:
    regels = [r for r in pad.read_text("utf-8").splitlines() if r]
    assert regels
    assert [r for r in regels if not _af(r)] == []


# A message line of an attack case: a problem at a place ('<map>/x.yaml:3:1: ...'), an error
# of the command ('Fout: ...'), a tip or a 'Let op'. The other lines are the summary of the
# advice (title, key players, 'Rapport: ...'), which lists and does not tell.
_MELDING = re.compile(r"^(Fout: |Let op|Tip: |<map>/\S+:\d+:\d+: |\S+\.ya?ml:\d+:\d+: )")
AANVALLEN = sorted((TESTS / "aanvallen" / "verwacht").glob("*.txt"))


def test_every_message_of_the_attack_cases_ends_with_a_full_stop() -> None:
    meldingen = [
        (pad.name, regel)
        for pad in AANVALLEN
        for regel in pad.read_text("utf-8").splitlines()
        if _MELDING.match(regel)
    ]
    assert len(meldingen) >= 30
    assert [m for m in meldingen if not _af(m[1])] == []


CASES = sorted([*(TESTS / "cases").glob("*.yaml"), *(ROOT / "vraagstukken").glob("*.yaml")])


def test_every_finding_and_hint_ends_with_a_full_stop() -> None:
    kennis = builtin()
    catalogus = set(kennis.ids())
    open_ = []
    for pad in CASES:
        vraagstuk, _ = read_vraagstuk(pad, pad.name)
        teksten = [
            h.melding
            for h in (
                *instrument_hints(vraagstuk, catalogus),
                *plek_hints(vraagstuk),
                *datum_hints(vraagstuk),
                *werkvorm_hints(vraagstuk, catalogus),
            )
        ]
        for datum in (date(2026, 11, 29), date(2027, 9, 1)):
            teksten += [b.tekst for b in analyse(vraagstuk, kennis, datum).bevindingen]
        open_ += [(pad.name, t[-60:]) for t in teksten if not _af(t)]
    assert len(CASES) >= 60
    assert open_ == []

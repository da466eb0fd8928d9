"""The one-page summary for bestuurders over all development cases (review 58a fault 3,
review 57e fault 2, review 57c fault 3): no topic is cut inside a clause, a choice between
two shows both options."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from pionieren.report.templates import INGEKORT, _kort_onderwerp
from helpers import ONTWIKKELCASUSSEN, rapport_gegevens

DATUM = date(2026, 12, 1)

#: Where a topic may end when it is shortened: a dash, colon, semicolon or bracket, or a comma
#: before a word that opens a new clause.
_GRENS = re.compile(
    r"(?:\s[-–]\s|[:;]\s|\s\(|,\s(?:en\s+(?:wat|wie|hoe|of|welke|waar|wanneer|waarom|hoeveel)"
    r"|zodat|omdat|want|maar|naast|waarbij|waardoor|terwijl|zoals|bijvoorbeeld|onder andere"
    r"|met name|ook|inclusief|dus)\b)",
    re.IGNORECASE,
)


def _labels(pad: Path) -> list[tuple[str, str]]:
    _, _, data = rapport_gegevens(pad, DATUM)
    return [
        (onderwerp, _kort_onderwerp(onderwerp))
        for r in data["tabelrijen"]
        for onderwerp in [r["onderwerp"], *r["ook"]]
    ]


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_every_summary_topic_is_whole_or_cut_at_a_clause_boundary(pad: Path) -> None:
    for heel, label in _labels(pad):
        if label == heel:
            continue
        # shortened: marked so, and what is left is the topic up to a clause boundary
        assert label.endswith(INGEKORT), (heel, label)
        voor = label.removesuffix(INGEKORT)
        assert heel.startswith(voor), (heel, label)
        assert _GRENS.match(heel[len(voor) :]), (heel, label)
        # a choice between two keeps its second option
        if heel.casefold().startswith("of ") and re.search(r",\s+of\s", heel):
            assert re.search(r",\s+of\s", voor), (heel, label)


def test_a_clause_is_not_cut_at_a_list_comma() -> None:
    # review 58a: 'Wat de gemeente doet als een fixer tocht' (tocht, vocht of schimmel)
    heel = (
        "Wat de gemeente doet als een fixer tocht, vocht of schimmel vindt in een woning van "
        "een particuliere verhuurder die niets doet"
    )
    assert _kort_onderwerp(heel) == heel
    # a second question after 'en wat' may go, and the label says it is shortened
    assert _kort_onderwerp(
        "Wat er in het standaardpakket van de energiefixer zit, en wat de fixer aan huis mag doen"
    ) == ("Wat er in het standaardpakket van de energiefixer zit" + INGEKORT)


def test_a_choice_between_two_shows_both_options() -> None:
    # review 58a: 'Of de 300.000 euro … naar vloer- en dakisolatie … gaat', the other option gone
    heel = (
        "Of de 300.000 euro voor grotere maatregelen naar isolatie van koopwoningen gaat, of "
        "naar het ruilen van oude koelkasten en wasmachines"
    )
    assert _kort_onderwerp(heel) == heel

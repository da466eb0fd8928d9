"""The summary's key steps hold the case's own decisive moments (review 56b runners-up, review
56d 'what to change' 6): its own instrument (the peiling, the fact-finding) and the moments the
case fixed before the decision (the wijkraad's advice, the commissie, the zienswijze), not only
the steps the tool adds (an inloopavond, a reaction round)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import ONTWIKKELCASUSSEN

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.data import KERN_TOEGEVOEGD, kernstappen

DATUM = date(2026, 12, 1)


def _kern(stem: str) -> list[str]:
    pad = next(p for p in ONTWIKKELCASUSSEN if p.stem == stem)
    tekst = advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")
    blok = tekst.split("**De belangrijkste stappen.**", 1)[1].split("\n**", 1)[0]
    return [r[2:] for r in blok.splitlines() if r.startswith("- ")]


@pytest.mark.parametrize(
    ("stem", "verwacht"),
    [
        # the steekproef peiling and the raad's weighting decision (review 56b)
        (
            "zondagsopenstelling-winkels-scheldevoorde",
            ["10 mei – 4 juni 2027: Enquête", "11 maart 2027: Het presidium"],
        ),
        # the wijkraad's advice and the commissie (review 56b)
        (
            "wijkservicepunt-oosterweide-eemsterhaven",
            ["12 mei 2027: De wijkraad"],
        ),
        # the fact-finding (review 56d)
        ("brandweerpost-dekkingsplan-hunsewold", ["Gezamenlijk feitenonderzoek"]),
    ],
)
def test_the_key_steps_hold_the_case_s_own_moments(stem: str, verwacht: list[str]) -> None:
    kern = _kern(stem)
    # the case's own moments and instrument always stand there, also past KERN_MAX (review 57c)
    for stuk in verwacht:
        assert any(stuk in r for r in kern), (stuk, kern)


def test_steps_the_tool_adds_fill_no_more_than_three() -> None:
    """A case without its own instrument or moments keeps to the steps the tool adds, at most
    three (the summary must fit on a page)."""
    from pionieren.analysis.engine import analyse
    from pionieren.input.load import load_vraagstuk

    for pad in ONTWIKKELCASUSSEN[:40]:
        advies = analyse(load_vraagstuk(pad), builtin(), DATUM)
        if any(m.genoemd for m in advies.mix) or any(
            p.uitleg is not None and p.uitleg.sleutel == "FASE.moment" for p in advies.planning
        ):
            continue
        assert len(kernstappen(advies)) <= KERN_TOEGEVOEGD, pad.stem

"""The budget never cuts the own conversation of an opponent with much at stake or influence
(review 53a/53b): such a conversation costs mostly staff hours, and without it the process
hears one side ("Voor het budget krijgt Gebedsgroep ... vóór het besluit geen eigen gesprek")."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATUM

from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.vocabulary import Houding, Niveau, SoortBelanghebbende

ROOT = Path(__file__).resolve().parents[2]
KRAP = [
    ROOT / "tests" / "cases" / "review53" / "demonstraties-kliniek-ravenstede.yaml",
    ROOT / "tests" / "cases" / "review52" / "paasvuren-hoolterveen.yaml",
]


def _advies(pad: Path) -> Advies:
    from pionieren.pipeline import advise

    return advise(pad, datum=DATUM.isoformat()).advies


def _tegenspelers(pad: Path) -> set[str]:
    v = load_vraagstuk(pad)
    return {
        p.naam
        for p in v.belanghebbenden
        if p.houding is Houding.tegen
        and p.soort is not SoortBelanghebbende.politiek
        and Niveau.hoog in (p.belang, p.invloed)
    }


@pytest.mark.parametrize("pad", KRAP, ids=lambda p: p.stem)
def test_a_short_budget_keeps_the_own_conversation_of_each_opponent(pad: Path) -> None:
    tegen = _tegenspelers(pad)
    assert tegen, pad.name  # the case has such an opponent
    advies = _advies(pad)
    # the budget was cut in this case: the rule had something to decide
    assert any(b.sleutel in ("MIX-BUDGET.kleiner", "MIX-BUDGET.grens") for b in advies.bevindingen)
    kwijt = {
        n
        for b in advies.bevindingen
        if b.sleutel == "MIX-BUDGET.kleiner"
        for n in b.waarden.get("kwijt", [])
    } | {
        n
        for b in advies.bevindingen
        if b.sleutel == "MIX-BUDGET.grens"
        for s in b.waarden.get("stappen", [])
        for n in s["kwijt"]
    }
    assert not tegen & kwijt, pad.name
    # each keeps a step of its own before the decision that is not only the round for everyone
    for naam in tegen:
        assert any(
            naam in m.voor and m.werkvorm not in ("inloopavond", "informatiebrief", "zienswijze")
            for m in advies.mix
            if m.trede not in ("informeren", None)
        ), (pad.name, naam)


BREED = [
    ROOT / "tests" / "cases" / "beoordeling" / "sportpark-de-kampen-oosterbeemd.yaml",
    ROOT / "tests" / "cases" / "maaibeleid-heidonk.yaml",
]


@pytest.mark.parametrize("pad", BREED, ids=lambda p: p.stem)
def test_a_short_budget_keeps_the_only_broad_round_for_everyone(pad: Path) -> None:
    """The evening where the groups of every option weigh the choice (MIX-AFWEGEN) is open,
    but it does not replace the broad round where anyone can give a view (the sportpark's
    inloopavond went once every side sat at that evening; maaibeleid lost both its inloopavond
    and its survey)."""
    from pionieren.knowledge.load import builtin
    from pionieren.vocabulary import Groepen, Reikwijdte, Werving

    kennis = {w.id: w for w in builtin().werkvormen}
    advies = _advies(pad)
    assert any(b.regel == "MIX-BUDGET" for b in advies.bevindingen)  # the budget is short
    breed = [
        m
        for m in advies.mix
        if m.werkvorm in kennis
        and kennis[m.werkvorm].verbreding_of_verdieping is Reikwijdte.verbreding
        and kennis[m.werkvorm].werving is Werving.open
        and kennis[m.werkvorm].groepen is not Groepen.georganiseerd
        and m.trede != "informeren"
        and m.fase.value in ("ophalen", "verdiepen", "toetsen")
    ]
    assert breed, pad.name

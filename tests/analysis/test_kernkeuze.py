"""The case's central choice drives the design (review 52b, worst fault 1): of the open choices
between alternatives, the one with the most at stake gets the form where its groups weigh the
options together, leads the round in which everyone reacts, and leads the summary; never the
order of the points in the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATUM, advies_voor, maak, rapport_gegevens

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.onderwerpen import verdiepend
from pionieren.analysis.mix.plan import initiatiefnemer_beslist
from pionieren.analysis.result import Advies, OnderwerpAdvies
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.report.data import per_onderwerp

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
ALLE = sorted(
    [
        *CASES.glob("*.yaml"),
        *(CASES / "beoordeling").glob("*.yaml"),
        *(CASES / "review51").glob("*.yaml"),
        *(CASES / "review52").glob("*.yaml"),
        *(ROOT / "vraagstukken").glob("*.yaml"),
    ]
)
HEMMERIK = CASES / "review51" / "dijkversterking-hemmerik-waalhoven.yaml"


def _kern(advies: Advies) -> OnderwerpAdvies | None:
    kern = [o for o in advies.trede.onderwerpen if o.kern]
    assert len(kern) <= 1, [o.onderwerp for o in kern]
    return kern[0] if kern else None


def _reactie(advies: Advies) -> list[dict[str, object]]:
    return [
        dict(p.uitleg.waarden)
        for p in advies.planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie"
    ]


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_the_central_choice_has_its_form_leads_the_round_and_the_summary(pad: Path) -> None:
    advies, v, data = rapport_gegevens(pad, DATUM)
    kern = _kern(advies)
    if kern is None:
        return
    naam = kern.onderwerp.rstrip(".")
    # a form that deals with it, at its level, where people advise on it or more
    if kern.trede.rang >= 3:  # adviseren
        vormen = [m for m in advies.mix if kern.onderwerp in m.onderwerpen]
        assert any(m.trede.rang >= kern.trede.rang for m in vormen), (pad.name, naam)
    # the first row of the summary's influence table
    rijen = per_onderwerp(advies, v, data["advies"]["mix"])
    assert rijen[0]["bron"] == kern.onderwerp, (pad.name, rijen[0]["bron"])
    # the round for everyone names it first, and by name when it is on several points
    for w in _reactie(advies):
        keuzes = list(w.get("keuzes") or [])  # type: ignore[call-overload]
        if naam in keuzes:
            assert keuzes[0] == naam, (pad.name, keuzes)
            if len(keuzes) > 1:
                assert w.get("kern") == naam, pad.name


def _twee_keuzes(omgekeerd: bool = False) -> dict[str, object]:
    punten: list[dict[str, object]] = [
        {
            "onderwerp": "Of er een fietspad langs het plein komt.",
            "ruimte": "middel",
            "keuze": True,
        },
        {
            "onderwerp": "Welk van de drie ontwerpen voor het plein de basis wordt.",
            "ruimte": "middel",
            "opties": ["een groen plein", "een marktplein", "een speelplein"],
        },
    ]
    return {"kaders_open": list(reversed(punten)) if omgekeerd else punten}


@pytest.mark.parametrize("omgekeerd", [False, True])
def test_the_choice_between_alternatives_is_central_not_the_first_in_the_file(
    omgekeerd: bool,
) -> None:
    """A whether-question named first does not lead: the choice between three designs does,
    in either order of the file."""
    v = maak(**_twee_keuzes(omgekeerd))
    advies = advies_voor(v)
    kern = _kern(advies)
    assert kern is not None
    assert kern.onderwerp.startswith("Welk van de drie ontwerpen")


def test_a_whether_question_alone_is_no_central_choice() -> None:
    """A bare 'Of ...' without alternatives and not called a choice by the case is not made
    the case's instrument."""
    v = maak(
        kaders_open=[{"onderwerp": "Of er een fietspad langs het plein komt.", "ruimte": "middel"}]
    )
    assert _kern(advies_voor(v)) is None


def test_hemmerik_the_three_alternatives_get_the_atelier_and_lead_the_public_round() -> None:
    """Review 52b: 'Welk van de drie alternatieven … | adviseren | keukentafelgesprekken', and
    the one public round was about the bike path. The dorpsraad's ontwerpatelier, where the
    groups of the dike weigh the alternatives together, now carries the choice, and the round
    in which everyone reacts is on the alternatives first."""
    advies, _, _ = rapport_gegevens(HEMMERIK, DATUM)
    kern = _kern(advies)
    assert kern is not None and kern.onderwerp.startswith("Welk van de drie alternatieven")
    kennis = {w.id: w for w in builtin().werkvormen}
    vormen = [m.werkvorm for m in advies.mix if kern.onderwerp in m.onderwerpen]
    assert vormen and all(verdiepend(kennis[w]) for w in vormen), vormen
    rondes = _reactie(advies)
    assert rondes and rondes[0]["keuzes"][0] == kern.onderwerp.rstrip(".")  # type: ignore[index]


def test_the_initiator_that_decides_itself_lays_its_own_options_on_the_table() -> None:
    """The waterschap runs the process and its algemeen bestuur decides: its alternatives are
    this process's own. Where the gemeente only advises another body (the provincie's N-weg),
    that body's pieces stay its own."""
    kennis = builtin()
    hemmerik = load_vraagstuk(HEMMERIK)
    advies = advies_voor(hemmerik, kennis)
    assert initiatiefnemer_beslist(Feiten(hemmerik, kennis, DATUM), advies.besluit)
    nweg = load_vraagstuk(CASES / "beoordeling" / "n-weg-doortocht-zwiepveld.yaml")
    advies = advies_voor(nweg, kennis)
    assert not initiatiefnemer_beslist(Feiten(nweg, kennis, DATUM), advies.besluit)

"""Every worry of the case is answered exactly once, also after the budget cut the step that
answered it (review 47a: a worry quoted twice, once per group; the worries of buurtbewoners and
ouderen gone with the evening the budget left out); an option list cut at a comma is whole
again (review 47a: ‘inclusief 7.05 uur’ as an option of its own)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor, casus

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.zorgen import zorgen_nagaan
from pionieren.input.model import Onderwerp, Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.teksten import Wording

ROOT = Path(__file__).resolve().parents[2]


def _case(naam: str, **wijzig: Any) -> Vraagstuk:
    return casus(naam, **wijzig)


def _beantwoord(advies: Any) -> Counter[tuple[str, str]]:
    """How often each group hears the answer to each worry in the design, or is said to have
    no step for it."""
    n: Counter[tuple[str, str]] = Counter()
    for m in advies.mix:
        for r in m.redenen:
            if r.sleutel == "MIX-ZORGEN":
                for _, lijst in r.waarden["door"]:
                    n.update((zorg, naam) for zorg, van, _ in lijst for naam in van or [""])
    for b in advies.bevindingen:
        if b.sleutel == "MIX-ZORGEN.geen_stap":
            n.update((b.waarden["zorg"], naam) for naam in b.waarden["van"] or [""])
    return n


def _verwacht(v: Vraagstuk) -> set[tuple[str, str]]:
    return {(z.zorg.rstrip("."), naam) for z in v.zorgen for naam in z.van or [""]}


def test_a_worry_of_several_groups_is_quoted_once_with_all_of_them() -> None:
    zorg = {
        "zorg": "Wordt mijn huis minder waard?",
        "van": [
            "Gezinnen met jonge kinderen aan het Vennegoor",
            "Oudere bewoners die er al sinds de jaren zeventig wonen",
        ],
    }
    advies = advies_voor(_case("bodemsanering-vennegoor", zorgen=[zorg]))
    assert _beantwoord(advies) == Counter(
        {("Wordt mijn huis minder waard?", naam): 1 for naam in zorg["van"]}
    )
    (stap,) = [m for m in advies.mix if "MIX-ZORGEN" in m.regels]
    (reden,) = [r for r in stap.redenen if r.sleutel == "MIX-ZORGEN"]
    ((_, lijst),) = reden.waarden["door"]
    ((_, van, _),) = lijst
    assert van == zorg["van"]


def test_a_worry_whose_step_the_budget_cut_is_answered_where_its_group_still_is() -> None:
    """With a budget too small for the evening, the worry moves to a step that still meets
    the group, or the report says that no step has it; it never just disappears."""
    ruim = _case("bodemsanering-vennegoor")
    krap = ruim.model_copy(update={"kaders": ruim.kaders.model_copy(update={"budget_euro": 500})})
    for v in (ruim, krap):
        advies = advies_voor(v)
        assert set(_beantwoord(advies)) == _verwacht(v)
        assert all(n == 1 for n in _beantwoord(advies).values())


def test_a_worry_no_step_meets_is_said_openly() -> None:
    v = _case("bodemsanering-vennegoor")
    # a design without any step before the decision: every worry is said to have none
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=date(2026, 11, 30))
    uit = zorgen_nagaan(f, [])
    assert [b.waarden["zorg"] for b in uit] == [z.zorg.rstrip(".") for z in v.zorgen]
    assert all(b.sleutel == "MIX-ZORGEN.geen_stap" for b in uit)
    tekst = Wording(builtin().teksten).render(uit[0].sleutel, uit[0].waarden)
    assert tekst.startswith("Voor deze zorg is in dit ontwerp geen stap: ‘")


def test_an_option_list_cut_at_a_comma_is_joined_again() -> None:
    p = Onderwerp.model_validate(
        {
            "onderwerp": "Of de buurtbus vaste ritten rijdt",
            "ruimte": "middel",
            "keuze": True,
            "opties": [
                "vaste ritten elk uur",
                "inclusief 7.05 uur",
                "op afroep tussen 9 en 17 uur",
                "Ook op zaterdag",
            ],
        }
    )
    assert p.opties == [
        "vaste ritten elk uur, inclusief 7.05 uur",
        "op afroep tussen 9 en 17 uur",
        "Ook op zaterdag",
    ]

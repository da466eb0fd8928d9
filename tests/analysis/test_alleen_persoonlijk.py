"""A group whose condition allows only a talk in person ('alleen in een persoonlijk gesprek')
meets in no gathering and no group meeting, also not after a budget cut (review 63a: former
Q-koorts patients moved from kitchen-table talks to a 'Gesprek bij een bestaande groep')."""

from __future__ import annotations

from datetime import date

from helpers import BASIS, moeilijke_groep

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.bereik import alleen_persoonlijk, kan_voor
from pionieren.analysis.mix.budget import AANSLUITEN, lichter
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Modus, Trede

_VOORWAARDE = "alleen in een persoonlijk gesprek, niet op een bijeenkomst waar de boeren bij zijn"


def _groep(voorwaarde: str | None) -> Belanghebbende:
    return moeilijke_groep(
        "Oud-patiënten en hun naasten",
        via="de patiëntenvereniging en de huisarts",
        voorwaarde=voorwaarde,
    )


def test_the_condition_is_read() -> None:
    assert alleen_persoonlijk(_groep(_VOORWAARDE))
    assert alleen_persoonlijk(_groep("onder vier ogen, thuis"))
    assert not alleen_persoonlijk(_groep("niet in de zomer"))
    assert not alleen_persoonlijk(_groep(None))


def test_no_gathering_and_no_group_meeting_serves_them() -> None:
    kennis = builtin()
    groep = _groep(_VOORWAARDE)
    for w in kennis.werkvormen:
        if w.bijeenkomst or w.groepen.value == "georganiseerd":
            assert not kan_voor(w, groep), w.id
    assert kan_voor(kennis.werkvorm("keukentafelgesprek"), groep)
    # without the condition their association's meeting is a route to them
    assert kan_voor(kennis.werkvorm(AANSLUITEN), _groep(None))


def test_a_budget_cut_does_not_swap_their_talk_for_a_group_meeting() -> None:
    kennis = builtin()
    data = {**BASIS, "belanghebbenden": [*BASIS["belanghebbenden"]]}
    for voorwaarde, verwacht in ((_VOORWAARDE, False), (None, True)):
        groep = _groep(voorwaarde)
        data["belanghebbenden"] = [*BASIS["belanghebbenden"], groep.model_dump(exclude_none=True)]
        f = Feiten(vraagstuk=Vraagstuk.model_validate(data), kennis=kennis, datum=date(2026, 12, 1))
        k = Keuze(kennis.werkvorm("keukentafelgesprek"), Modus.denken, Trede.raadplegen)
        k.voor = [groep.naam]
        assert (lichter(f, k) is not None) is verwacht, voorwaarde

"""The design per question, not a sum of the catalogue (review 27): a survey only for a large
group or one of unknown size (MIX-VERBREDING, min_aantal in the catalogue)."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor, maak

from pionieren.analysis.mix.bereik import bedient, te_klein
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin

KENNIS = builtin()


def groep(aantal: int | None, **extra: Any) -> dict[str, Any]:
    return {
        "naam": "Bewoners van de Dorpsstraat",
        "soort": "inwoners",
        "invloed": "middel",
        "belang": "hoog",
        "meervoud": True,
        **({"aantal": aantal} if aantal is not None else {}),
        **extra,
    }


def test_a_survey_is_not_for_a_small_known_group() -> None:
    enquete = KENNIS.werkvorm("enquete")
    assert enquete.min_aantal == 500
    assert te_klein(enquete, Belanghebbende.model_validate(groep(90)))
    assert not bedient(enquete, Belanghebbende.model_validate(groep(90)))
    assert bedient(enquete, Belanghebbende.model_validate(groep(2000)))
    # a group without a number may still get one
    assert bedient(enquete, Belanghebbende.model_validate(groep(None)))


def test_no_survey_in_a_design_whose_groups_are_all_small_and_known() -> None:
    klein = maak(schaal="gemeente", belanghebbenden=[groep(90), groep(240, naam="Vrijwilligers")])
    ids = {m.werkvorm for m in advies_voor(klein).mix}
    assert not {"enquete", "burgerpanel", "digitaal-platform", "burgertop"} & ids

    groot = maak(schaal="gemeente", belanghebbenden=[groep(90), groep(5000, naam="Inwoners")])
    survey = [m for m in advies_voor(groot).mix if m.werkvorm == "enquete"]
    assert [m.voor for m in survey] == [["Inwoners"]]

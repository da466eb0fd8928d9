"""The library behind ``pionieren nieuw``: commented YAML from answers, and the example.

Why: whatever a user answers (and the questions accept), the file must load and validate to
the same vraagstuk. The property test checks that for every combination Hypothesis generates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pionieren.input.load import parse_vraagstuk
from pionieren.input.model import Belanghebbende, Kaders, Vraagstuk
from pionieren.input.nieuw import (
    SCHEMA_REGEL,
    check_field,
    choices,
    description,
    voorbeeld_yaml,
    vraagstuk_yaml,
)
from pionieren.safe_text import comparable_name, forbidden_character
from pionieren.vocabulary import (
    Bereikbaarheid,
    Beslisser,
    Fase,
    Houding,
    Initiatiefnemer,
    Kenmerk,
    Niveau,
    Procedure,
    Ruimte,
    Schaal,
    SoortBelanghebbende,
    Trede,
)

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "nieuw"

# Texts a user may type: words with YAML's special characters, look-alikes of other types
# (yes, 12, 2027-01-01, null), accents, quotes and line breaks.
_LASTIG = st.sampled_from(
    [
        "yes",
        "no",
        "ja",
        "null",
        "~",
        "12",
        "1.5",
        "2027-01-01",
        "true",
        "- lijst",
        "# geen commentaar",
        "a: b",
        "'enkel'",
        '"dubbel"',
        "@ &anker *ster !tag %pct `tick` |pijp >groter",
        "café Één",
        "regel één\nregel twee",
        "tab\there",
        "{accolade}",
        "[haak]",
        "0o17",
        "0x1F",
        "1_000",
        "Het college wil dat inwoners meedenken over de inrichting van het plein aan de haven. "
        * 3,
    ]
)
_VRIJ = st.text(min_size=1, max_size=60).filter(
    lambda t: t.strip() != "" and forbidden_character(t) is None
)
TEKST = st.one_of(_LASTIG, _VRIJ)
DATUM = st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31))


def _optional(strategie: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategie)


def _without_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


@st.composite
def _belanghebbenden(draw: st.DrawFn) -> list[dict[str, Any]]:
    namen = draw(
        st.lists(TEKST, min_size=1, max_size=4, unique_by=lambda t: comparable_name(t.strip()))
    )
    return [
        _without_none(
            {
                "naam": naam,
                "soort": draw(st.sampled_from(SoortBelanghebbende)),
                "invloed": draw(st.sampled_from(Niveau)),
                "belang": draw(st.sampled_from(Niveau)),
                "houding": draw(_optional(st.sampled_from(Houding))),
                "bereikbaarheid": draw(_optional(st.sampled_from(Bereikbaarheid))),
                "kenmerken": draw(_optional(st.lists(st.sampled_from(Kenmerk), max_size=3))),
                "aantal": draw(_optional(st.integers(0, 10**9))),
                "initiatiefnemer": draw(_optional(st.booleans())),
            }
        )
        for naam in namen
    ]


@st.composite
def antwoorden(draw: st.DrawFn) -> dict[str, Any]:
    """What the questions of ``pionieren nieuw`` can collect, as the dict they build."""
    open_ = draw(
        st.lists(
            st.one_of(
                TEKST,
                st.fixed_dictionaries(
                    {"onderwerp": TEKST}, optional={"ruimte": st.sampled_from(Ruimte)}
                ),
            ),
            max_size=3,
        )
    )
    kaders = _without_none(
        {
            "beinvloedingsruimte": draw(st.sampled_from(Ruimte)),
            "vast": draw(_optional(st.lists(TEKST, max_size=3))),
            "open": open_ or None,
            "budget_euro": draw(_optional(st.integers(0, 10**9))),
            "besluit_uiterlijk": draw(_optional(DATUM)),
            "raad_kaders_gesteld": draw(_optional(st.booleans())),
            "besluit_al_genomen": draw(_optional(st.booleans())),
        }
    )
    besluit = draw(
        _optional(
            st.fixed_dictionaries(
                {},
                optional={
                    "door": st.sampled_from(Beslisser),
                    "procedure": st.sampled_from(Procedure),
                },
            )
        )
    )
    return _without_none(
        {
            "titel": draw(TEKST),
            "gemeente": draw(TEKST),
            "omschrijving": draw(TEKST),
            "aanleiding": draw(_optional(TEKST)),
            "initiatiefnemer": draw(st.sampled_from(Initiatiefnemer)),
            "fase": draw(st.sampled_from(Fase)),
            "schaal": draw(st.sampled_from(Schaal)),
            "kaders": kaders,
            "ambitie": draw(_optional(st.sampled_from(Trede))),
            "belanghebbenden": draw(_belanghebbenden()),
            "besluit": besluit,
        }
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(antwoorden())
def test_every_answer_gives_a_file_that_loads_to_the_same_vraagstuk(data: dict[str, Any]) -> None:
    vraagstuk = Vraagstuk.model_validate(data)
    tekst = vraagstuk_yaml(vraagstuk)
    assert tekst.startswith(SCHEMA_REGEL + "\n")
    assert parse_vraagstuk(tekst, "nieuw.yaml") == vraagstuk


def test_the_example_is_valid_and_equals_its_golden_file(golden) -> None:  # type: ignore[no-untyped-def]
    tekst = voorbeeld_yaml("vraagstuk.yaml")
    vraagstuk = parse_vraagstuk(tekst, "vraagstuk.yaml")
    assert len(vraagstuk.belanghebbenden) >= 3
    assert vraagstuk.besluit is not None and vraagstuk.besluit.door is not None
    golden(GOLDEN / "voorbeeld.yaml", tekst)


def test_every_written_field_is_explained_once() -> None:
    tekst = voorbeeld_yaml()
    # The text of the model, not a copy: change it there and the file follows.
    assert f"# {Kaders.model_fields['budget_euro'].description}" in tekst
    assert tekst.count("# Naam van de groep of organisatie") == 1
    assert "Kies uit: laag, middel of hoog." in description(Belanghebbende, "invloed")


def test_choices_and_descriptions_come_from_the_model() -> None:
    assert choices(Kaders, "beinvloedingsruimte") == ["geen", "klein", "middel", "groot"]
    assert choices(Belanghebbende, "kenmerken")[0] == "jongeren"
    assert choices(Vraagstuk, "titel") == []
    # A field without a description in the model gets the one the JSON Schema gets.
    assert description(Vraagstuk, "titel").startswith("Een korte titel")


def test_check_field_speaks_the_words_of_valideer() -> None:
    assert check_field(Kaders, "budget_euro", 40000) == []
    assert check_field(Kaders, "besluit_uiterlijk", "2027-06-30") == []
    (melding,) = check_field(Kaders, "besluit_uiterlijk", "30-06-2027")
    assert "JJJJ-MM-DD" in melding
    (melding,) = check_field(Kaders, "besluit_uiterlijk", "2027-02-30")
    assert "geen bestaande datum" in melding
    (melding,) = check_field(Vraagstuk, "initiatiefnemer", "gemeent")
    assert "Bedoelde u 'gemeente'?" in melding
    (melding,) = check_field(Vraagstuk, "titel", "   ")
    assert "leeg" in melding
    (melding,) = check_field(Kaders, "budget_euro", -5)
    assert "minstens 0" in melding

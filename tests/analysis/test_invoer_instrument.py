"""INVOER-INSTRUMENT: the hints of ``valideer`` as findings in the advice."""

from __future__ import annotations

from helpers import DATUM, advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.gate import instrument_in_tekst
from pionieren.analysis.regel import Thema
from pionieren.analysis.registry import REGELS, rules_markdown
from pionieren.knowledge.load import builtin


def _teksten(advies) -> list[tuple[str, str]]:
    return [(b.ernst, b.tekst) for b in advies.bevindingen if b.regel == "INVOER-INSTRUMENT"]


def test_rule_is_registered_under_poort() -> None:
    regel = REGELS["INVOER-INSTRUMENT"]
    assert regel.thema is Thema.poort
    assert regel.toepassen is instrument_in_tekst.toepassen
    assert "### INVOER-INSTRUMENT:" in rules_markdown()


def test_hint_becomes_a_finding() -> None:
    advies = advies_voor(
        maak(omschrijving="Bewoners willen de speeltuin overnemen met het uitdaagrecht.")
    )
    ((ernst, tekst),) = _teksten(advies)
    assert ernst == "let_op"
    assert "besluit.procedure in met ‘uitdaagrecht_verzoek’" in tekst
    assert "INVOER-INSTRUMENT" in advies.regels_toegepast
    bevinding = next(b for b in advies.bevindingen if b.regel == "INVOER-INSTRUMENT")
    assert bevinding.bronnen == []  # a hint about the input rests on no source


def test_no_finding_when_the_fields_say_it() -> None:
    advies = advies_voor(
        maak(
            omschrijving="Het college stelt een klankbordgroep in.",
            werkvormen=["klankbordgroep"],
        )
    )
    assert _teksten(advies) == []
    assert "INVOER-INSTRUMENT" not in advies.regels_toegepast


def test_no_finding_for_a_werkvorm_the_design_already_has() -> None:
    f = Feiten(
        vraagstuk=maak(omschrijving="We houden een enquête en een klankbordgroep."),
        kennis=builtin(),
        datum=DATUM,
    )
    alle = instrument_in_tekst(f, set())
    assert len(alle) == 2
    (over,) = instrument_in_tekst(f, {"enquete"})
    assert "klankbordgroep" in over.waarden["melding"]  # the rule gives data; text comes later
    # a hint that also asks for a field other than werkvormen stays, whatever the mix holds
    f = Feiten(
        vraagstuk=maak(omschrijving="Bewoners gebruiken het uitdaagrecht."),
        kennis=builtin(),
        datum=DATUM,
    )
    assert len(instrument_in_tekst(f, {"uitdaagrecht"})) == 1


def _plain_run(patroon: str) -> str:
    """The longest run of plain characters that every match of ``patroon`` holds (lower case),
    found with Python's own regex parser; '' when there is none or it is not ASCII."""
    import re
    from re import _constants, _parser  # type: ignore[attr-defined]

    langste = run = ""
    for op, waarde in _parser.parse(patroon, re.IGNORECASE):
        if op is _constants.LITERAL:
            run += chr(waarde)
            continue
        langste, run = max(langste, run, key=len), ""
    langste = max(langste, run, key=len)
    return langste.lower() if langste.isascii() else ""


def test_the_word_table_of_the_instruments_follows_their_patterns() -> None:
    """hints._SPOREN lets a text skip an instrument's search: each word must be in every match.

    After changing a pattern in INSTRUMENTEN, copy the table this test prints."""
    from pionieren.input.hints import _SPOREN, INSTRUMENTEN

    verwacht: dict[str, tuple[str, ...] | None] = {}
    for instrument in INSTRUMENTEN:
        woorden = tuple(_plain_run(p) for p in instrument.patronen)
        verwacht[instrument.sleutel] = woorden if all(woorden) else None
    assert verwacht == _SPOREN, "\n".join(f"    {k!r}: {v!r}," for k, v in verwacht.items())


def test_a_misspelt_werkvorm_id_gets_a_suggestion() -> None:
    """Found by a new-user try: 'enqete' under werkvormen became an own werkvorm, silently."""
    from pionieren.input.hints import werkvorm_hints

    catalogus = set(builtin().ids())
    v = maak(werkvormen=["enqete", {"id": "pilott", "status": "voorgesteld"}, "enquete"])
    hints = werkvorm_hints(v, catalogus)
    assert [(h.woord, h.pad, h.suggesties[0].waarde) for h in hints] == [
        ("enqete", ("werkvormen", 0), "enquete"),
        ("pilott", ("werkvormen", 1), "pilot"),
    ]
    assert "Bedoelt u ‘enquete’?" in hints[0].melding and hints[0].melding.endswith(".")
    # an own werkvorm with a name of its own is no typo, and a catalogue id needs no hint
    assert werkvorm_hints(maak(werkvormen=["buurtbarbecue", "enquete"]), catalogus) == []
    # a catalogue that does know the id (a gemeente's own file) gives no hint either
    assert werkvorm_hints(v, catalogus | {"enqete", "pilott"}) == []
    # in the advice too, also when the mix holds the right werkvorm as well
    teksten = [t for _, t in _teksten(advies_voor(v))]
    assert any("‘enqete’" in t for t in teksten)

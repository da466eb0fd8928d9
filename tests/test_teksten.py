"""The wording layer: every finding's text lives in teksten.yaml, and a gemeente can replace it."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from pionieren.errors import InvoerFout, TemplateError
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.teksten import Wording, WordingError

ROOT = Path(__file__).resolve().parents[1]
ANALYSE = ROOT / "src" / "pionieren" / "analysis"
VOORBEELD = ROOT / "vraagstukken" / "bibliotheek.yaml"
DATUM = date(2026, 11, 28)


def _bron() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted(ANALYSE.rglob("*.py")))


def test_every_text_is_used_and_every_key_in_the_code_has_a_text() -> None:
    teksten = builtin().teksten
    bron = _bron()
    # keys built from an enum value, such as f"FASE.{fase.value}", count for every variant
    voorvoegsels = set(re.findall(r'f"([A-Z][A-Z0-9-]+)\.\{', bron))
    for sleutel in teksten:
        gebruikt = f'"{sleutel}"' in bron or sleutel.split(".")[0] in voorvoegsels
        assert gebruikt, f"ongebruikte tekst {sleutel}"
    for sleutel in re.findall(r'"([A-Z][A-Z0-9-]+\.[a-z0-9_]+)"', bron):
        assert sleutel in teksten, f"geen tekst voor {sleutel}"


def test_every_enum_variant_has_a_text() -> None:
    from pionieren.analysis.result import Kwadrant
    from pionieren.vocabulary import Procesfase

    teksten = builtin().teksten
    assert all(f"FASE.{f.value}" in teksten for f in Procesfase)
    assert all(f"BELANG-AANPAK.{k.value}" in teksten for k in Kwadrant)


def test_every_text_compiles() -> None:
    wording = Wording(builtin().teksten)
    for sleutel in wording.teksten:
        wording.check(sleutel)


def test_findings_carry_key_and_values_and_the_text_is_written_from_them() -> None:
    kennis = builtin()
    advies = advise_file(VOORBEELD, VOORBEELD.name, kennis, DATUM, "json").advies
    wording = Wording(kennis.teksten)
    assert advies.bevindingen
    for b in advies.bevindingen:
        assert b.sleutel in kennis.teksten
        assert b.tekst == wording.render(b.sleutel, b.waarden)
        json.dumps(b.waarden)  # data, not objects


def test_plural_and_singular_agree_with_the_names() -> None:
    wording = Wording(builtin().teksten)
    een = wording.render("BELANG-KRACHTENVELD.tegen", {"namen": ["De buurman"], "meervoud": False})
    veel = wording.render("BELANG-KRACHTENVELD.tegen", {"namen": ["A", "B"], "meervoud": True})
    assert "De buurman is tegen en heeft invloed" in een
    assert "A en B zijn tegen en hebben invloed" in veel
    # the pronoun agrees too (a new-user try: "Ondernemersvereniging … is tegen … Spreek hen")
    assert "Spreek die partij vroeg" in een and "hen" not in een
    assert "Spreek hen vroeg" in veel


def test_an_unknown_key_or_a_missing_value_is_an_error() -> None:
    wording = Wording(builtin().teksten)
    with pytest.raises(WordingError, match="geen tekst"):
        wording.render("BESTAAT-NIET", {})
    with pytest.raises(WordingError, match="past niet"):
        wording.render("POORT-TIJD.te_kort", {})


def _eigen(tmp_path: Path, inhoud: str) -> Path:
    map_ = tmp_path / "mijn-sjablonen"
    map_.mkdir()
    (map_ / "teksten.yaml").write_text(inhoud, encoding="utf-8")
    return map_


def test_a_gemeente_replaces_one_text_in_every_format(tmp_path: Path) -> None:
    kennis = builtin()
    map_ = _eigen(
        tmp_path,
        "teksten:\n  POORT-BESLUIT-GENOMEN: >-\n    Het besluit ligt vast; wij informeren u.\n",
    )
    for formaat in ("md", "json"):
        rapport = advise_file(VOORBEELD, VOORBEELD.name, kennis, DATUM, formaat, map_).rapport
        assert "Het besluit ligt vast; wij informeren u." in rapport.decode("utf-8")
    standaard = advise_file(VOORBEELD, VOORBEELD.name, kennis, DATUM, "md").rapport
    assert "Het besluit ligt vast; wij informeren u." not in standaard.decode("utf-8")


def test_an_unknown_key_in_the_gemeente_file_is_refused_with_a_suggestion(tmp_path: Path) -> None:
    map_ = _eigen(tmp_path, "teksten:\n  POORT-BESLUIT-GENOMN: Tekst.\n")
    with pytest.raises(InvoerFout) as fout:
        advise_file(VOORBEELD, VOORBEELD.name, builtin(), DATUM, "md", map_)
    (probleem,) = fout.value.problemen
    assert probleem.regel == 2
    assert "bedoelt u 'POORT-BESLUIT-GENOMEN'" in probleem.melding


def test_a_broken_or_hostile_text_is_refused(tmp_path: Path) -> None:
    kapot = _eigen(tmp_path, "teksten:\n  POORT-BESLUIT-GENOMEN: 'Tekst {% if %}'\n")
    with pytest.raises(InvoerFout) as fout:
        advise_file(VOORBEELD, VOORBEELD.name, builtin(), DATUM, "md", kapot)
    assert "geen geldig sjabloon" in fout.value.problemen[0].melding
    (kapot / "teksten.yaml").write_text(
        "teksten:\n  POORT-BESLUIT-GENOMEN: '{{ open.__class__.__mro__ }}'\n", encoding="utf-8"
    )
    with pytest.raises(TemplateError):
        advise_file(VOORBEELD, VOORBEELD.name, builtin(), DATUM, "md", kapot)


@pytest.mark.parametrize(
    ("van", "tot", "verwacht"),
    [
        (date(2027, 1, 4), date(2027, 1, 22), "4–22 januari 2027"),
        (date(2026, 11, 30), date(2026, 12, 18), "30 november – 18 december 2026"),
        (date(2026, 12, 14), date(2027, 2, 19), "14 december 2026 – 19 februari 2027"),
        (date(2027, 3, 5), date(2027, 3, 5), "5 maart 2027"),
    ],
)
def test_a_period_reads_in_as_few_words_as_needed(van: date, tot: date, verwacht: str) -> None:
    from pionieren import text

    assert text.periode(van, tot) == verwacht


def test_group_names_inside_a_sentence_start_small_unless_they_are_names() -> None:
    from pionieren import text

    assert text.namen(["Ouders van De Klimop", "Stichting De Linde", "COA"]) == (
        "ouders van De Klimop, Stichting De Linde en COA"
    )
    assert text.namen(["Omwonenden aan de Dorpsstraat", "Jongeren"], begin=True) == (
        "Omwonenden aan de Dorpsstraat en jongeren"
    )

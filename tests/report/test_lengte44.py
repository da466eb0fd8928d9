"""Issue 9, round 44 (the long reports): each fact once between the summary, hoofdstuk 1 and
the paragraphs per werkvorm, and no stock sentence twice in one report."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

from helpers import advies_voor, maak

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
TER_HEYDE = CASES / "vakantiepark-ter-heyde-sprengenlo.yaml"
HEIKAMP = CASES / "windpark-heikamp-peelhoven.yaml"
WALDUIN = CASES / "beoordeling" / "toeristische-verhuur-walduin.yaml"
HEMMERIK = CASES / "review51" / "dijkversterking-hemmerik-waalhoven.yaml"


@cache
def _rapport(pad: Path, formaat: str = "md") -> str:
    return advise_file(pad, pad.name, builtin(), date(2026, 11, 28), formaat).rapport.decode(
        "utf-8"
    )


def _samenvatting(tekst: str) -> str:
    return tekst.split("## Samenvatting voor bestuurders", 1)[1].split("\n## ", 1)[0]


def _alinea(tekst: str, kop: str) -> str:
    (regel,) = [r for r in tekst.splitlines() if r.startswith(f"**{kop}**")]
    return regel


def test_long_topics_held_below_the_ambition_are_counted_not_quoted_again() -> None:
    """Ter Heyde: 'De kaders laten hier minder toe: of Ter Heyde een woonbestemming krijgt; wat
    de particuliere eigenaren bijdragen aan een nieuw riool, ...' repeated two rows of the
    summary's table word for word at the top of hoofdstuk 1."""
    tekst = _rapport(TER_HEYDE)
    ontwerp = tekst.split("\n## 1.", 1)[1].split("\n## ", 1)[0]
    assert "op twee onderwerpen minder toe (zie de samenvatting)" in ontwerp
    assert "De kaders laten hier minder toe: of Ter Heyde" not in ontwerp
    # the topics themselves stand in the summary's table, with their level
    assert "| Of Ter Heyde een woonbestemming krijgt" in _samenvatting(tekst)


def test_a_short_topic_held_below_the_ambition_is_still_named() -> None:
    advies = advies_voor(
        maak(
            ambitie="adviseren",
            besluit={"door": "college"},
            kaders_open=[
                {"onderwerp": "Het ontwerp van het plein.", "ruimte": "groot"},
                {"onderwerp": "De regels na schooltijd.", "ruimte": "klein"},
            ],
        )
    )
    (w,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "De kaders laten hier minder toe: de regels na schooltijd." in w.tekst


def test_a_second_round_before_a_later_decision_does_not_repeat_how_and_who_pays() -> None:
    """Ter Heyde and Hemmerik: 'Vraag advies op het concept' and 'dat betaalt het budget van dat
    besluit, niet dit budget' under every round before a later decision."""
    for pad in (TER_HEYDE, HEMMERIK):
        tekst = _rapport(pad)
        rondes = [r for r in tekst.splitlines() if "ronde vóór het latere besluit" in r]
        assert len(rondes) >= 2, pad.name
        assert tekst.count("dat betaalt het budget van dat besluit, niet dit budget") == 1
        assert tekst.count("Vraag advies op het concept") == 1
        tweede = rondes[1]
        assert "Net zo'n ronde vóór het latere besluit" in tweede
        # what the round is about, when its answers come and what it costs stay
        assert "Elke reactie krijgt antwoord vóór" in tweede
        assert re.search(
            r"Reken op ongeveer € [\d.]+, ook uit het budget van dat besluit\.", tweede
        )


def test_a_round_for_reactions_after_one_for_advice_keeps_its_own_words() -> None:
    """Walduin: a round for reactions and a round for advice are no 'net zo'n ronde'."""
    tekst = _rapport(WALDUIN)
    assert "Net zo'n ronde" not in tekst
    assert "Vraag reacties op het concept" in tekst and "Vraag advies op het concept" in tekst


def test_no_sentence_stands_twice_in_the_paragraph_of_a_werkvorm() -> None:
    """Walduin: '**Bezoek door eigen medewerkers**. Hier geven inwoners advies. In elke kern
    apart, over ‘…’. Hier geven inwoners advies.'"""
    regel = _alinea(_rapport(WALDUIN), "Bezoek door eigen medewerkers")
    assert regel.count("Hier geven inwoners advies.") == 1
    assert "In elke kern apart" in regel


def test_what_belongs_to_a_werkvorm_is_said_once_and_without_stock_lists() -> None:
    """The bouwcommunicatie said 'één aanspreekpunt en tijdige informatie over hinder' and then
    'Hoort erbij: een omgevingsmanager als vast aanspreekpunt ...; een brief ... ruim voor elke
    vorm van hinder'; the zienswijze listed three official papers of which one applies."""
    tekst = _rapport(TER_HEYDE)
    bouw = _alinea(tekst, "Bouwcommunicatie met een omgevingsmanager")
    assert bouw.count("aanspreekpunt") == 1 and bouw.count("hinder") == 1
    assert "Hoort erbij: een omgevingsmanager als vast aanspreekpunt" in bouw
    inspraak = _alinea(tekst, "Inspraak en zienswijze (formeel)")
    assert "Waterschapsblad" not in inspraak
    assert "een kennisgeving in het officiële blad van wie besluit" in inspraak


def test_a_key_step_names_where_inwoners_have_a_say_not_the_letter() -> None:
    """Heikamp: '4 januari – 12 maart 2027: Gesprek bij een bestaande groep; informatiebrief en
    projectpagina en andere werkvormen.' The letter is in the table of hoofdstuk 1."""
    samenvatting = _samenvatting(_rapport(HEIKAMP))
    assert "informatiebrief" not in samenvatting.casefold()
    assert "Gesprek bij een bestaande groep en andere werkvormen." in samenvatting
    # at most two werkvormen, without their notes in brackets: all of them are in the table
    for regel in samenvatting.splitlines():
        if regel.startswith("- ") and "werkvormen." in regel:
            assert regel.count(";") <= 1 and "(" not in regel.split(": ", 1)[1], regel
    html = _rapport(HEIKAMP, "html").split("Samenvatting voor bestuurders", 1)[1]
    html = html.split("<h2", 1)[0]
    assert "Gesprek bij een bestaande groep en andere werkvormen." in html
    assert "informatiebrief" not in html.casefold()


def test_the_summary_table_names_a_werkvorm_without_its_note_in_brackets() -> None:
    """Hemmerik: 'alleen de ronde voor iedereen: enquête (online en op papier) en meer'."""
    tekst = _rapport(HEMMERIK)
    samenvatting = _samenvatting(tekst)
    assert "alleen de ronde voor iedereen: enquête en meer" in samenvatting
    assert "enquête (online en op papier)" not in samenvatting
    html = _rapport(HEMMERIK, "html").split("Samenvatting voor bestuurders", 1)[1]
    assert "alleen de ronde voor iedereen: enquête en meer" in html.split("<h2", 1)[0]
    # hoofdstuk 1 keeps the whole name
    assert "Enquête (online en op papier)" in tekst.split("\n## 1.", 1)[1]


def test_the_decision_step_of_the_summary_starts_with_the_raad() -> None:
    """Ter Heyde: 'De aanvraag komt op 1 juli 2027. Het raadsvoorstel is klaar uiterlijk 24
    december 2027; daarna commissie en raad.' The date of the application stays in hoofdstuk 1."""
    tekst = _rapport(TER_HEYDE)
    samenvatting = _samenvatting(tekst)
    assert "2028: Het raadsvoorstel is klaar uiterlijk 24 december 2027; daarna" in samenvatting
    assert "De aanvraag komt op 1 juli 2027" not in samenvatting
    assert "De aanvraag komt op 1 juli 2027" in tekst


def test_who_pays_a_later_round_is_said_once_whatever_its_kind() -> None:
    """Walduin: a round for reactions and then one for advice each said 'dat betaalt het budget
    van dat besluit, niet dit budget'."""
    tekst = _rapport(WALDUIN)
    assert tekst.count("dat betaalt het budget van dat besluit, niet dit budget") == 1
    assert re.search(r"Reken op ongeveer € [\d.]+, ook uit het budget van dat besluit\.", tekst)


def test_two_parties_that_chose_a_werkvorm_take_a_plural_verb() -> None:
    """Componistenbuurt: 'Gemeente en waterschap koos deze werkvorm al.'"""
    tekst = _rapport(CASES / "wateroverlast-componistenbuurt.yaml")
    assert "Gemeente en waterschap koos" not in tekst
    assert "Gemeente en waterschap kozen deze werkvorm al." in tekst


def test_the_other_topics_of_a_werkvorm_stand_in_one_sentence_and_whole() -> None:
    """Esmarken: 'Ook over ‘A’. Ook over ‘B’. Ook over ‘C’. Ook over ‘D’.' under the
    keukentafelgesprekken; each topic keeps the words the case gave it."""
    pad = CASES / "review58" / "snippergroen-grondgebruik-esmarken-aldervenne.yaml"
    regel = _alinea(_rapport(pad), "Keukentafelgesprekken met een afspraak per huishouden")
    assert regel.count("Ook over") == 1
    # (the points the decision itself settles are no longer carried after it: rule MIX-ONDERWERP;
    # the point decided per street has a collective form of its own since review 58: MIX-STRAAT)
    assert "‘Wat er met de teruggegeven stroken in elke straat gebeurt" not in regel
    assert (
        "Ook over ‘Of Woonstichting Drentse Esch de stroken bij haar huurwoningen koopt of huurt, "
        "of dat huurders zelf een huurcontract met de gemeente sluiten’." in regel
    )
    assert re.search(r"Ook over ‘[^’]+’(?:(?:; | en )‘[^’]+’)*\.", regel)

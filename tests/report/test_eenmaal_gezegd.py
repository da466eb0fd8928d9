"""Review 41 and the limit on the report's length: what the report already says in one place it
does not say again in other words elsewhere, and a source stands only behind a claim it carries."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

from pionieren.analysis.engine import analyse
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.teksten import in_tabel

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
DATUM = date(2026, 11, 28)


@cache
def _rapport(naam: str) -> str:
    pad = CASES / f"{naam}.yaml"
    return advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")


def _deel(tekst: str, kop: str, volgende: str) -> str:
    return tekst.split(kop, 1)[1].split(volgende, 1)[0]


def test_a_group_the_table_names_is_not_named_again_below_it_without_a_route() -> None:
    """'Dit bereikt ook woningzoekenden uit Oudervliet' under a werkvorm whose row in the table
    already reads 'Woningzoekenden uit Oudervliet' said nothing new."""
    tekst = _rapport("woningbouw-sportpark")
    ontwerp = _deel(tekst, "## 1.", "## 2.")
    assert "| Straatinterviews en ophaalgesprekken | raadplegen | Woningzoekenden uit" in ontwerp
    assert "Dit bereikt ook woningzoekenden uit Oudervliet" not in ontwerp
    # with nothing left to add to its row, the werkvorm gets no paragraph of its own
    assert "**Straatinterviews en ophaalgesprekken**." not in ontwerp


def test_a_route_the_case_gives_still_stands_with_the_group() -> None:
    tekst = _rapport("straatnaam-van-rheestlaan")
    assert (
        # a visit to the group's own gathering: a visit of its own (review 50)
        "Een apart bezoek bij Indische en Molukse gemeenschap in Oostervaart (via de Molukse kerk"
        in tekst
    )


def test_in_tabel_is_every_group_of_a_short_row_and_none_of_a_long_one() -> None:
    v = load_vraagstuk(CASES / "straatnaam-van-rheestlaan.yaml")
    advies = analyse(v, builtin(), DATUM)
    for m in advies.mix:
        verwacht = [] if len(m.voor) > 3 or m.werkvorm == "terugkoppeling" else m.voor
        assert in_tabel(m) == verwacht, m.werkvorm


def test_the_formal_advice_is_described_once() -> None:
    """'formeel om advies vragen, op tijd en met een schriftelijke reactie' under Belanghebbenden
    repeated 'Formeel advies, in een eigen stap: op tijd gevraagd en schriftelijk beantwoord' at
    the werkvorm; and 'Let op: vraag het advies vroeg' repeated it a third time, behind a source
    that does not say so."""
    tekst = _rapport("straatnaam-van-rheestlaan")
    assert "Formeel advies, in een eigen stap: op tijd gevraagd" in tekst
    assert "formeel om advies vragen" not in tekst
    assert "vraag het advies vroeg" not in tekst.casefold()


def test_a_dorpsraad_is_not_asked_formally_and_informally_at_once() -> None:
    tekst = _rapport("dertig-dorpscentrum-hemmerden")
    assert "Het is geen formele adviesraad" in tekst
    assert "formeel om advies vragen" not in tekst


def test_the_moment_for_the_raad_stands_at_the_werkvorm_not_again_on_the_map() -> None:
    tekst = _rapport("woningbouw-sportpark")
    # the form stands in the table of section 1; the griffie's row in section 2 carries its
    # source, without a paragraph that only repeats its name (review 48e)
    assert "| Raadsinformatiebijeenkomst of werkbezoek | informeren | Fracties" in tekst
    assert "**Raadsinformatiebijeenkomst of werkbezoek**" not in tekst
    assert re.search(r"^\| Griffie \|.*\(ProDemos 2020\) \|$", tekst, re.M)
    belang = _deel(tekst, "### Belanghebbenden", "###")
    assert "Fracties in de gemeenteraad (neutraal)" in belang
    assert "via de griffie, met een eigen moment voor de raad" not in belang


def test_the_gemeentes_role_in_an_initiative_stands_once() -> None:
    tekst = _rapport("woningbouw-sportpark")
    assert "steunt het initiatief met een contactpersoon" in tekst  # the college's row
    assert "Rol van de gemeente bij dit initiatief" not in tekst


def test_the_lesson_the_summary_already_gives_is_not_repeated() -> None:
    """'Leg vooraf vast of de uitkomst bindend of adviserend is, en wie het formele besluit
    neemt' is what 'Wie beslist' and the influence per onderwerp say; no other lesson takes its
    place (a lesson on drawing lots read oddly under a referendum)."""
    for naam in ("zwembaden-reggedal", "referendum-hotel-havenkop"):
        lessen = _deel(_rapport(naam), "## 5.", "**Terugkijken.**")
        assert "- " not in lessen, naam


def test_a_route_the_case_gives_for_clients_is_not_followed_by_the_general_one() -> None:
    """The case says how to reach the swimmers in care (via their physiotherapists); the stock
    'Bereik hen via de zorgaanbieder, hun cliëntenraad of een vertrouwde hulpverlener' added
    nothing."""
    tekst = _rapport("zwembaden-reggedal")
    assert "(via de fysiotherapeuten" in tekst
    assert "mensen die zorg of ondersteuning krijgen" not in tekst


def test_the_source_on_promising_stands_behind_the_promise_not_behind_another_decider() -> None:
    """'Ruimer maken kan niet: een ander beslist, of een contract of de wet legt het vast' is a
    fact of the case; the ombudsman cited right behind it read as if he said so (review 41).
    The fact comes first, the promise the source carries last."""
    gezien = False
    for pad in sorted(CASES.glob("*.yaml")):
        for regel in _rapport(pad.stem).splitlines():
            if "Ruimer maken kan niet" in regel:
                gezien = True
                # the cause ends before the promise ('een ander beslist.', 'legt het vast.')
                oorzaak, _, rest = regel.partition("Ruimer maken kan niet")
                assert "Beloof" not in oorzaak and ". Beloof" in rest, (pad.stem, regel)
                assert not re.search(r"(?:beslist|vast|meer|aanvrager)\. \(", rest), (
                    pad.stem,
                    regel,
                )
    assert gezien


def test_the_planners_own_unsolved_checks_stand_in_the_design_not_in_the_summary() -> None:
    """Review 45a (Bramerveen): the bestuurderssamenvatting carried the tool's planning
    messages. A reaction round that no longer fits is no decision for the bestuur: it stands
    once, in chapter 1. A formal term that ends after the papers (the application or the
    decision date must move) stays in the summary, in its first sentences; the ways out (an
    earlier application, a longer term) stand once, in chapter 1 (issue 9: a note of 100
    words was the longest block of the summary)."""
    rapport = _rapport("bomenkap-kastanjelaan")
    samenvatting = _deel(rapport, "## Samenvatting voor bestuurders", "## 1.")
    ontwerp = _deel(rapport, "## 1.", "## 2.")
    zin = "Iedereen moet op de keuzes kunnen reageren"
    assert zin not in samenvatting
    assert "**Let op bij de planning.**" in ontwerp and rapport.count(zin) == 1
    formeel = _rapport("natuurbegraafplaats-esveld")
    samenvatting = _deel(formeel, "## Samenvatting voor bestuurders", "## 1.")
    assert "Inspraak en zienswijze (formeel)’ loopt tot" in samenvatting
    noot = samenvatting.split("**Nu beslissen.**", 1)[1].split("\n\n**", 1)[0]
    assert len(noot.split()) <= 40 and "Hoofdstuk 1 zegt wat kan." in noot, noot
    ontwerp = _deel(formeel, "## 1.", "## 2.")
    planning = ontwerp.split("**Let op bij de planning.**", 1)[1]
    assert "Vraag de aanvraag dan uiterlijk" in planning
    assert formeel.count("Vraag de aanvraag dan uiterlijk") == 1

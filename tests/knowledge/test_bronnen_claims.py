"""A source is cited only for what it says itself (review 42d: art. 189 Gemeentewet behind the
kadernota)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import pionieren
from pionieren.analysis.registry import REGELS

TEKSTEN = Path(pionieren.__file__).parent / "knowledge" / "teksten.yaml"
KENNIS = Path(pionieren.__file__).parent / "knowledge"
CASES = Path(__file__).parents[1] / "cases"
BRONNEN: dict[str, dict[str, object]] = {
    str(b["id"]): b
    for b in yaml.safe_load((KENNIS / "bronnen.yaml").read_text(encoding="utf-8"))["bronnen"]
}


def _advies(naam: str) -> Any:
    from datetime import date

    from pionieren.knowledge.load import builtin
    from pionieren.pipeline import advise_file

    pad = CASES / f"{naam}.yaml"
    return advise_file(pad, pad.name, builtin(), date(2026, 11, 29), "json").advies


def test_the_kadernota_is_cited_to_a_page_about_the_kadernota_not_the_budget_article() -> None:
    # the report cites the first source of the finding: art. 189 only says the raad adopts
    # the budget, not that new spending must first be in a kadernota
    assert REGELS["WET-BEGROTING"].bronnen[0] != "gemeentewet-189"
    teksten = yaml.safe_load(TEKSTEN.read_text(encoding="utf-8"))
    assert "klaar is (art. 189" not in " ".join(str(teksten).split())


# Review 42d and task bronnen: an audit of every source against the sentences the reports
# print behind it. Each pair below was found wrong; the test keeps it from coming back.


def _bron(id_: str) -> Any:
    from pionieren.knowledge.load import builtin

    return builtin().bronnen[id_]


def _werkvorm(id_: str) -> Any:
    from pionieren.knowledge.load import builtin

    (w,) = [w for w in builtin().werkvormen if w.id == id_]
    return w


#: a source that is a vendor's homepage carries no claim at all (Ludopolis behind 'de
#: spelregels sturen de uitkomst')
VERKOPER = frozenset({"ludopolis-serious-games"})


@pytest.mark.parametrize("bron", list(BRONNEN.values()), ids=lambda b: str(b["id"]))
def test_geen_homepage_als_bron(bron: dict[str, object]) -> None:
    """A homepage says what a site is about, not what a sentence claims: a source links to
    the page that says it."""
    from urllib.parse import urlsplit

    assert bron["id"] not in VERKOPER
    assert urlsplit(str(bron["url"])).path.strip("/"), f"{bron['id']}: {bron['url']}"


def test_de_spelregels_van_een_serious_game_rusten_op_geen_bron() -> None:
    w = _werkvorm("serious-game")
    assert not VERKOPER & set(w.bronnen)
    # no source on hand says that the rules of a game steer its outcome: no 'Let op' with a
    # borrowed source; the werkvorm itself rests on a page of Democratie in Actie (BZK, VNG)
    assert all(w.valkuil_bron(v) is None for v in w.valkuilen)
    assert _bron(w.bronnen[0]).uitgever.startswith("Democratie in Actie")


def test_sleutelfiguren_rusten_niet_op_een_pagina_over_clientenparticipatie() -> None:
    # the Movisie page on hard-to-reach groups sits under 'cliëntenparticipatie vernieuwen':
    # it says how to reach people, not that key figures do not speak for everyone
    w = _werkvorm("sleutelfiguren")
    for valkuil in w.valkuilen:
        bron = w.valkuil_bron(valkuil)
        assert bron is None or not bron.startswith(("movisie", "clientenparticipatie")), valkuil


def test_samen_uitwerken_overnemen_rust_op_de_ladder_niet_op_de_oecd() -> None:
    # 'spreek vooraf af dat de gemeente overneemt wat inwoners samen uitwerken' is what the
    # ladder promises at coproduceren (Schiedam); the OECD report is about deliberation
    gezien = 0
    for naam in ("dorpsschool-wapserveen", "woonwagenstandplaatsen-eesveen"):
        for b in _advies(naam).bevindingen:
            if b.regel == "MIX-BESLUITEN" and "overneemt wat inwoners samen" in b.tekst:
                gezien += 1
                assert b.bronnen[0] == "schiedam-participatieladder", b.bronnen
                assert "oecd-deliberatie-2020" not in b.bronnen
    assert gezien == 2


def test_elk_artikel_van_het_omgevingsbesluit_een_eigen_bron() -> None:
    """Review 42d: 'Omgevingsbesluit art. 10.2, 10.7 en 5.3' stood behind three instruments at
    once. Each source names one article, and the finding cites the article of its plan."""
    for id_, b in BRONNEN.items():
        titel = str(b["titel"])
        if titel.startswith("Omgevingsbesluit"):
            kop = titel.split(" (")[0]
            assert len(re.findall(r"\d+\.\d+", kop)) == 1, f"{id_}: {kop}"
    from datetime import date

    from pionieren.knowledge.load import builtin
    from pionieren.pipeline import advise_file

    pad = Path(__file__).parents[2] / "vraagstukken" / "omgevingsvisie.yaml"
    advies = advise_file(pad, pad.name, builtin(), date(2026, 11, 29), "json").advies
    (b,) = [b for b in advies.bevindingen if b.sleutel == "WET-OMGEVINGSWET.gemeente"]
    assert b.bronnen == ["omgevingsbesluit-10-7"]
    # art. 10.7 asks the motivering only; a kennisgeving on participation is a duty for the
    # omgevingsplan (art. 10.2), not for the omgevingsvisie
    assert "motiveringsplicht" in b.tekst and "kennisgeving" not in b.tekst


def test_het_omgevingsplan_citeert_artikel_10_2() -> None:
    from pionieren.analysis.law import _MOTIVERING
    from pionieren.input.model import Procedure

    assert _MOTIVERING[Procedure.omgevingsplan] == "omgevingsbesluit-participatie"
    assert str(BRONNEN["omgevingsbesluit-participatie"]["url"]).endswith("&artikel=10.2")
    assert str(BRONNEN["omgevingsbesluit-10-7"]["url"]).endswith("&artikel=10.7")
    assert str(BRONNEN["omgevingsbesluit-10-8"]["url"]).endswith("&artikel=10.8")
    assert _MOTIVERING[Procedure.programma] == "omgevingsbesluit-10-8"


def test_de_eigen_stukken_rusten_niet_op_het_boek() -> None:
    # 'Leg de feiten op tafel, voor iedereen dezelfde' is plain practice; the book's shared
    # frame of reference is not about the facts of one case
    for b in _advies("sporttarieven-kadernota").bevindingen + _advies("jop-de-kolk").bevindingen:
        if b.regel == "KADER-STUKKEN":
            assert not b.bronnen, b.bronnen


@pytest.mark.parametrize(
    ("id_", "uitgever"),
    [
        ("wijkkompas-klankbordgroep", "Stroomversnelling"),
        ("right-to-challenge", "Netwerk Right to Challenge"),
    ],
)
def test_uitgever_duidelijk_genoemd(id_: str, uitgever: str) -> None:
    # a product or a domain name is not a publisher: the report cites 'Stroomversnelling z.j.'
    from pionieren.report.data import verwijzing

    assert str(BRONNEN[id_]["uitgever"]).startswith(uitgever)
    assert verwijzing(_bron(id_)).startswith(uitgever)


def test_klankbordgroep_zegt_wat_het_wijkkompas_zegt() -> None:
    # the Wijkkompas says: a group accepted as the voice of the whole wijk, while not every
    # resident feels represented by it; it says nothing about 'mondige inwoners'
    w = _werkvorm("klankbordgroep")
    assert w.valkuil_bron(w.valkuilen[0]) == "wijkkompas-klankbordgroep"
    assert "mondige" not in w.valkuilen[0] and "vertegenwoordigd" in w.valkuilen[0]


@pytest.mark.parametrize(
    "bron",
    [b for b in BRONNEN.values() if "regelgeving.overheid.nl" in str(b.get("url") or "")],
    ids=lambda b: str(b["id"]),
)
def test_een_lokale_regeling_noemt_haar_gemeente(bron: dict[str, object]) -> None:
    """Review 56b: 'Lokale regelgeving z.j.: Referendumverordening', a link to one gemeente's
    verordening without its name, read as the verordening of the gemeente of the case. A local
    regulation is an example from one gemeente, and says which."""
    assert str(bron["uitgever"]).startswith("Gemeente "), bron["id"]

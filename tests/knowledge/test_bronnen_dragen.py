"""A cited source must carry the sentence it stands behind (reviews 22 and 24).

The report prints each werkvorm with its first valkuil and its first source: 'Let op: ...
(Bron)'. That source is read as the ground for the warning, so it may not be a news item (trade
news about a supplier, an announcement), and an experience claim about who takes part ('vooral',
'alleen') may not rest on a law text, a verordening or a Kamerstuk: those say what must happen,
not what happens in practice."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

KENNIS = Path(__file__).parents[2] / "src" / "pionieren" / "knowledge"

#: a news item or announcement, not a dossier page of a publisher
NIEUWS = re.compile(r"/nieuws/(?!dossier/)|/news/|nieuwsbericht", re.IGNORECASE)
#: law, regulation and parliamentary papers on the government's own sites
REGELGEVING = re.compile(
    r"wetten\.overheid\.nl|lokaleregelgeving\.overheid\.nl|zoek\.officielebekendmakingen\.nl",
    re.IGNORECASE,
)
#: an experience claim about who takes part or how often it goes wrong
ERVARING = re.compile(r"\bvooral\b|\balleen\b|\bvaak\b|\bmeestal\b", re.IGNORECASE)


def _laad(naam: str, sleutel: str) -> list[dict[str, object]]:
    with (KENNIS / naam).open(encoding="utf-8") as f:
        return yaml.safe_load(f)[sleutel]


BRONNEN = {str(b["id"]): b for b in _laad("bronnen.yaml", "bronnen")}
WERKVORMEN = _laad("werkvormen.yaml", "werkvormen")


def test_patronen() -> None:
    assert NIEUWS.search("https://www.ruimtevoorbewegen.nl/nieuws/kompan-en-eibe")
    assert NIEUWS.search("https://www.nationaleombudsman.nl/nieuws/nieuwsbericht/2019/x")
    assert not NIEUWS.search("https://www.nationaleombudsman.nl/nieuws/dossier/inspraak")
    assert REGELGEVING.search("https://lokaleregelgeving.overheid.nl/CVDR697619/1")
    assert ERVARING.search("Een hoge drempel; vooral mondige groepen gebruiken het.")


@pytest.mark.parametrize("werkvorm", WERKVORMEN, ids=lambda w: str(w["id"]))
def test_let_op_bron_draagt_de_waarschuwing(werkvorm: dict[str, object]) -> None:
    bron = BRONNEN[str(werkvorm["bronnen"][0])]  # type: ignore[index]
    url = str(bron["url"])
    assert not NIEUWS.search(url), f"{werkvorm['id']}: de eerste bron is een nieuwsbericht"
    valkuil = str(werkvorm["valkuilen"][0])  # type: ignore[index]
    if ERVARING.search(valkuil):
        assert not REGELGEVING.search(url), (
            f"{werkvorm['id']}: een ervaring ('{valkuil}') rust niet op een wet of verordening"
        )


# Review 27: sources cited for claims they do not carry. The report cites the first source of a
# finding after its text ('... (VNG 2023)'), and up to four after a role's task.

#: a page on values and levels of participation (IAP2 'pillars') or an opinion blog: it carries
#: no pitfall of a technique and no rule of the process
GEEN_DRAGER = frozenset({"iap2-spectrum", "iap2-technieken", "ruimtemaker-2018"})
#: 'art. 151c Gemeentewet', 'art. 2.1.3 Wmo 2015', 'art. 4:51 Awb', 'Gemeentewet art. 170'
ARTIKEL = re.compile(r"\bart\. \d+[\w.:]*")
#: a text that is the tool's own sum or look at the calendar
EIGEN_REKENWERK = ("MIX-BUDGET", "PLAN-KALENDER.buiten_in_winter")
CASES = Path(__file__).parents[1] / "cases"
#: the four cases of review 27, and cases with a camera, the Wmo and the Participatiewet
GEVALLEN = [
    "arbeidsmigranten-hoeve",
    "jop-de-kolk",
    "omgekeerd-inzamelen-lindemeer",
    "welzijnsopdracht-noordwaard",
    "coffeeshop-verplaatsing",
    "wmo-huishoudelijke-hulp",
    "armoedebeleid-minima",
    "schoolplein-groen",
    "sporttarieven-kadernota",
]


def test_patronen_artikel() -> None:
    assert ARTIKEL.search("in de APV de bevoegdheid tot cameratoezicht (art. 151c Gemeentewet)")
    assert ARTIKEL.search("(art. 2.1.3 Wmo 2015, art. 2.10 Jeugdwet)")
    assert ARTIKEL.search("bezwaar open (art. 6:7 Awb)")
    assert not ARTIKEL.search("de participatieverordening vraagt een plan vooraf")


@pytest.mark.parametrize("bron", list(BRONNEN.values()), ids=lambda b: str(b["id"]))
def test_wetslink_gaat_naar_het_artikel(bron: dict[str, object]) -> None:
    """A law source that names an article links to that article (a JCI link), not to the
    whole law; one that names a section links to the section."""
    url, titel = str(bron["url"]), str(bron["titel"])
    if "wetten.overheid.nl" not in url:
        return
    kop = titel.split(" (")[0]
    if " art. " in kop or kop.startswith("art. "):
        assert "/jci1.3:c:" in url and "&artikel=" in url, f"{bron['id']}: {url}"
        eerste = re.search(r"art\. (?:\d+:)?(\d+[\w.]*?)(?:,| |$)", kop)
        assert eerste is not None
        nummer = url.split("&artikel=")[1]
        assert nummer.endswith(eerste.group(1)), f"{bron['id']}: link naar {nummer}, titel {kop}"
    elif "afdeling" in kop:
        assert "&afdeling=" in url, f"{bron['id']}: {url}"


@pytest.mark.parametrize("werkvorm", WERKVORMEN, ids=lambda w: str(w["id"]))
def test_let_op_rust_niet_op_een_kader_of_blog(werkvorm: dict[str, object]) -> None:
    eerste = str(werkvorm["bronnen"][0])  # type: ignore[index]
    assert eerste not in GEEN_DRAGER, (
        f"{werkvorm['id']}: '{werkvorm['valkuilen'][0]}' rust op {eerste}"  # type: ignore[index]
    )


def _advies(naam: str) -> Any:
    from datetime import date

    from pionieren.knowledge.load import builtin
    from pionieren.pipeline import advise_file

    pad = CASES / f"{naam}.yaml"
    return advise_file(pad, pad.name, builtin(), date(2026, 11, 29), "json").advies


@pytest.mark.parametrize("naam", GEVALLEN)
def test_bewering_en_bron_passen(naam: str) -> None:
    advies = _advies(naam)
    for b in advies.bevindingen:
        eerste = b.bronnen[0] if b.bronnen else None
        if b.regel in EIGEN_REKENWERK or b.sleutel in EIGEN_REKENWERK:
            assert not b.bronnen, f"{b.sleutel}: eigen rekenwerk van pionieren, geen bron"
            continue
        assert eerste not in GEEN_DRAGER, f"{b.sleutel}: '{b.tekst[:60]}' rust op {eerste}"
        if "Vergroot daar de ruimte" in b.tekst:
            # who may widen the room is said by the source on the raad's role, not the ombudsman
            assert eerste == "bzk-raad-burgerparticipatie", b.sleutel
        if eerste and ARTIKEL.search(b.tekst):
            # a legal claim cites the article, not a brochure about it
            assert REGELGEVING.search(str(BRONNEN[eerste]["url"])), (
                f"{b.sleutel}: '{b.tekst[:80]}' noemt een artikel maar citeert {eerste}"
            )
    for taak in advies.rolverdeling:
        if "cameratoezicht" in taak.taak:
            geciteerd = taak.bronnen[:4]
            assert "gemeentewet-151c" in geciteerd, f"{taak.rol}: camera zonder art. 151c"


def test_wmo_en_jeugdwet_rusten_op_het_artikel() -> None:
    (b,) = [
        b
        for b in _advies("welzijnsopdracht-noordwaard").bevindingen
        if b.sleutel == "WET-CLIENTENPARTICIPATIE"
    ]
    assert "Wmo 2015" in b.tekst and "Jeugdwet" in b.tekst
    assert b.bronnen[:2] == ["wmo-2-1-3", "jeugdwet-2-10"]


LESSEN = _laad("lessen.yaml", "lessen") + _laad("lessen.yaml", "dilemmas")


@pytest.mark.parametrize("les", LESSEN, ids=lambda les: str(les["id"]))
def test_les_rust_niet_op_een_kader_of_blog(les: dict[str, object]) -> None:
    eerste = str(les["bronnen"][0])  # type: ignore[index]
    assert eerste not in GEEN_DRAGER, f"{les['id']}: '{les['tekst']}' rust op {eerste}"


def test_wie_beslist_rust_op_het_artikel_van_de_procedure() -> None:
    from pionieren.analysis.decision import ZEKER
    from pionieren.knowledge.load import builtin

    # every procedure whose decider the law fixes names the article that fixes it
    # (grondslagen.yaml), and so does every specific law that replaces it: on wetten.overheid.nl
    grondslagen = builtin().grondslagen
    assert {p.procedure for p in grondslagen.procedures} == set(ZEKER)
    for bronnen in [p.bronnen for p in grondslagen.procedures] + [
        w.bronnen for w in grondslagen.wetten
    ]:
        assert all(REGELGEVING.search(str(BRONNEN[b]["url"])) for b in bronnen), bronnen
        assert all(
            re.search(r"wetten\.overheid\.nl/.*BWBR\d+", str(BRONNEN[b]["url"])) for b in bronnen
        )

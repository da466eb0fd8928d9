"""A cited source must carry the sentence it stands behind (reviews 22 and 24).

The report prints each werkvorm with its first valkuil and its first source: 'Let op: ...
(Bron)'. That source is read as the ground for the warning, so it may not be a news item (trade
news about a supplier, an announcement), and an experience claim about who takes part ('vooral',
'alleen') may not rest on a law text, a verordening or a Kamerstuk: those say what must happen,
not what happens in practice."""

from __future__ import annotations

import re
from pathlib import Path

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

"""The source register points to publishers' own pages, never to mirror or scraper sites."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from pionieren.safe_text import spiegelsite as host_geweigerd

BRONNEN = Path(__file__).parents[2] / "src" / "pionieren" / "knowledge" / "bronnen.yaml"


def _bronnen() -> list[dict[str, object]]:
    with BRONNEN.open(encoding="utf-8") as f:
        return yaml.safe_load(f)["bronnen"]


def test_hostcontrole_herkent_spiegelsites() -> None:
    assert host_geweigerd("https://5dok.net/x")
    assert host_geweigerd("https://www.docplayer.nl/y")
    assert host_geweigerd("http://miweblink2.metro-inet.us/RVPublic/0/doc/1/Page1.aspx")
    assert host_geweigerd("https://NL.Scribd.com/document/1")
    assert not host_geweigerd("https://wetten.overheid.nl/x")
    assert not host_geweigerd("https://www.nationaleombudsman.nl/nieuws")
    # only whole domain labels count: a publisher whose name merely ends in a blocked name passes
    assert not host_geweigerd("https://my5dok.net/x")


@pytest.mark.parametrize("bron", _bronnen(), ids=lambda b: str(b["id"]))
def test_geen_spiegelsite(bron: dict[str, object]) -> None:
    url = str(bron["url"])
    assert not host_geweigerd(url), f"{bron['id']}: {url} is een spiegel- of scrapersite"


@pytest.mark.parametrize("bron", _bronnen(), ids=lambda b: str(b["id"]))
def test_https(bron: dict[str, object]) -> None:
    url = str(bron["url"])
    delen = urlsplit(url)
    assert delen.scheme == "https", f"{bron['id']}: {url} is geen https"
    assert delen.hostname, f"{bron['id']}: {url} heeft geen host"


def test_ids_uniek() -> None:
    ids = [b["id"] for b in _bronnen()]
    dubbel = sorted({i for i in ids if ids.count(i) > 1})
    assert not dubbel, f"dubbele ids: {dubbel}"

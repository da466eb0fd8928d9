"""The source register points to publishers' own pages, never to mirror or scraper sites."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

BRONNEN = Path(__file__).parents[2] / "src" / "pionieren" / "knowledge" / "bronnen.yaml"

# Sites that copy other people's documents (PDF mirrors, document scrapers, upload platforms).
# A host is refused when it is one of these or a subdomain of one of them.
GEWEIGERDE_HOSTS = frozenset(
    {
        "5dok.net",
        "5dok.org",
        "fdocuments.nl",
        "fdocuments.net",
        "fdocuments.in",
        "vdocuments.mx",
        "vdocuments.net",
        "docplayer.nl",
        "docplayer.net",
        "adoc.pub",
        "pdffox.com",
        "pdfslide.tips",
        "pdfslide.net",
        "pdfcoffee.com",
        "dokumen.pub",
        "dokumen.tips",
        "1library.net",
        "1library.co",
        "9lib.org",
        "9lib.net",
        "studylib.net",
        "studylibnl.com",
        "studylibfr.com",
        "scribd.com",
        "yumpu.com",
        "issuu.com",
        "academia.edu",
        "slideshare.net",
        "slideplayer.nl",
        "slideplayer.com",
        "korta.info",
        "ogpvietnam.org",
        "participedia.xyz",
        "metro-inet.us",
        "toponderzoek.nl",
    }
)


def host_geweigerd(url: str) -> bool:
    """True if the url's host, or one of its parent domains, is a known mirror or scraper."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    delen = host.split(".")
    return any(".".join(delen[i:]) in GEWEIGERDE_HOSTS for i in range(len(delen)))


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

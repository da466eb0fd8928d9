"""Every golden HTML report in headless Chromium with axe-core (WCAG 2.1 A and AA): 0 violations.

Uses Debian's Chromium at /usr/bin/chromium through Python Playwright (no browser download).
Skipped, with the reason, when Chromium or Playwright is missing; .ci/run installs both.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "rapporten"
RAPPORTEN = sorted(GOLDEN.glob("*.html"))
# the other reports: the leerarena and the participatieverslag
ANDERE = sorted((GOLDEN.parent / "leerarena").glob("*.html")) + sorted(
    (GOLDEN.parent / "ervaring").glob("*.html")
)
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium niet gevonden (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.mark.parametrize("pad", RAPPORTEN + ANDERE, ids=[p.stem for p in RAPPORTEN + ANDERE])
def test_no_axe_violations_and_no_external_requests(browser, pad: Path) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page()
    verzoeken: list[str] = []
    page.on("request", lambda r: verzoeken.append(r.url))
    page.goto(pad.as_uri())
    resultaat = Axe().run(page, options=WCAG)
    schendingen = resultaat.response["violations"]
    assert schendingen == [], resultaat.generate_report()
    assert [u for u in verzoeken if not u.startswith(("file:", "data:"))] == []
    page.close()


def test_every_example_has_a_golden_html() -> None:
    assert len(RAPPORTEN) >= 6


def test_axe_check_can_fail(browser, tmp_path: Path) -> None:
    """The check above is real: a page without lang and with an image without alt fails."""
    from axe_playwright_python.sync_playwright import Axe

    slecht = tmp_path / "slecht.html"
    slecht.write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body><main>"
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>',
        "utf-8",
    )
    page = browser.new_page()
    page.goto(slecht.as_uri())
    ids = {v["id"] for v in Axe().run(page, options=WCAG).response["violations"]}
    page.close()
    assert {"html-has-lang", "image-alt"} <= ids

"""The writers of the text formats and PDF, ``render(...) -> bytes``, and atomic writing.

Which formats exist, with their extension, writer and optional extra, is in
:mod:`pionieren.report.formats`; each writer here has the same signature
``(advies, data, sjablonen) -> bytes``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pionieren import text
from pionieren.analysis.result import Advies
from pionieren.errors import TemplateError, UserError
from pionieren.files import read_limited
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import Kennis
from pionieren.report import formats
from pionieren.report.data import report_data
from pionieren.report.templates import MAX_TEMPLATE_FILE, builtin_dir, render_template


def write_json(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    # Without --leerarena the field is left out, so the JSON is the same as before it existed.
    weglaten = {"ervaringen"} if advies.ervaringen is None else None
    return (advies.model_dump_json(indent=2, exclude=weglaten) + "\n").encode("utf-8")


def _markdown_text(tekst: str) -> bytes:
    # no double full stop after a name such as 'Ter Heyde Vastgoed B.V.', wherever a template
    # puts a full stop after a name (review 45a: 'dezelfde toezegging als … B.V..')
    regels = [text.punt(text.haakjes(regel.rstrip())) for regel in tekst.splitlines()]
    # collapse runs of blank lines that optional blocks leave behind
    schoon: list[str] = []
    for regel in regels:
        if regel or (schoon and schoon[-1]):
            schoon.append(regel)
    return ("\n".join(schoon).strip("\n") + "\n").encode("utf-8")


def write_markdown(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    return markdown_document("rapport.md", data, sjablonen)


def markdown_document(sjabloon: str, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    """Any Markdown report from its template, with the same clean-up as the advice report."""
    return _markdown_text(render_template(sjabloon, data, sjablonen))


def html_document(sjabloon: str, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    """Any HTML report from its template: no trailing spaces, no empty lines."""
    tekst = render_template(sjabloon, data, sjablonen)
    regels = [text.punt(text.haakjes(regel.rstrip())) for regel in tekst.splitlines()]
    return ("\n".join(r for r in regels if r).strip("\n") + "\n").encode("utf-8")


def write_paragraaf(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    """The participatieparagraaf for the proposal of whoever decides (template ``paragraaf.md``)."""
    return markdown_document("paragraaf.md", data, sjablonen)


def write_html(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    return html_document("rapport.html", data, sjablonen)


def write_pdf(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    """PDF from the HTML report (WeasyPrint, the optional extra ``pionieren[pdf]``)."""
    html = write_html(advies, data, sjablonen).decode("utf-8")
    return html_pdf(html, sjablonen, f"pionieren-{advies.titel}")


def html_pdf(html: str, sjablonen: Path | None, kenmerk: str) -> bytes:
    """A PDF of one of pionieren's HTML reports; the same HTML always gives the same bytes."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError):
        raise UserError(
            "voor PDF is WeasyPrint nodig. Installeer het met: pip install 'pionieren[pdf]' "
            "(WeasyPrint heeft ook de systeembibliotheek Pango nodig). Of maak HTML met "
            "--formaat html en druk dat af als PDF."
        ) from None
    document = HTML(string=html, url_fetcher=pdf_fetcher(sjablonen)).render()
    document.metadata.created = None
    document.metadata.modified = None
    # No file attachments, whatever a template asks for (<link rel="attachment">, <a rel=...>).
    document.metadata.attachments = []
    for pagina in document.pages:
        pagina.links = [link for link in pagina.links if link[0] != "attachment"]
    pdf = document.write_pdf(identifier=kenmerk.encode()[:64])
    assert isinstance(pdf, bytes)
    return pdf


def pdf_fetcher(sjablonen: Path | None) -> Any:
    """What WeasyPrint may load while it makes a PDF: data: URLs, and files inside the
    template folders (the gemeente's and the built-in one). No other file, no network.

    Why: a template or an SVG logo could otherwise make the PDF embed any local file
    (``file:///etc/passwd``) or fetch a URL. A refused address is left out of the PDF.
    """
    from weasyprint.urls import URLFetcher

    mappen = [m.resolve() for m in (sjablonen, builtin_dir()) if m is not None]

    class BeperkteFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            schema = url.split(":", 1)[0].lower()
            if schema == "data":
                return super().fetch(url, headers)
            if schema == "file":
                from urllib.parse import unquote, urlsplit

                from weasyprint.urls import URLFetcherResponse

                pad = Path(unquote(urlsplit(url).path))
                echt = pad.resolve()
                if any(echt.is_relative_to(m) for m in mappen):
                    inhoud = read_limited(echt, MAX_TEMPLATE_FILE, str(pad), links=False)
                    return URLFetcherResponse(url, inhoud)
            raise ValueError(f"pionieren laadt dit adres niet in een PDF: {url[:80]}")

    return BeperkteFetcher(allowed_protocols=("data", "file"), allow_redirects=False)


def render(
    advies: Advies,
    vraagstuk: Vraagstuk,
    kennis: Kennis,
    formaat: str,
    bestand: str,
    sjablonen: Path | None = None,
    instellingen: dict[str, Any] | None = None,
) -> bytes:
    """The report in ``formaat``; the same input always gives the same bytes.

    ``instellingen`` are presentation settings from pionieren.toml: ``gemeente`` (the name in
    the header), ``logo`` (a data: URL) and ``kleur`` (a hex colour such as ``#005a31``).
    """
    soort = formats.get(formaat)
    advies = own_wording(advies, kennis, sjablonen)
    data = report_data(
        advies,
        vraagstuk,
        kennis,
        bestand,
        {"gemeente": None, "logo": None, "kleur": None, **(instellingen or {})},
    )
    return soort.write(advies, data, sjablonen)


def own_wording(advies: Advies, kennis: Kennis, sjablonen: Path | None) -> Advies:
    """The advice in the gemeente's own words, when its templates folder has a teksten.yaml."""
    eigen = sjablonen / "teksten.yaml" if sjablonen is not None else None
    if eigen is None or not eigen.is_file():
        return advies
    from pionieren.knowledge.load import load_teksten
    from pionieren.teksten import Wording, WordingError, formulate

    teksten = load_teksten(eigen, kennis.teksten)
    try:
        return formulate(advies, Wording(teksten))
    except WordingError as e:
        raise TemplateError(f"{eigen}: {e}") from None

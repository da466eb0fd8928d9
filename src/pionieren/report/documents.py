"""Reports other than the advice (the leerarena report, the participatieverslag) in every format.

Why: these reports use the same machinery as the advice: the format table (``--formaat`` and
the extension of ``--uitvoer``), templates a gemeente can override (``--sjablonen``), the
sandbox, PDF from the HTML and Word from the Markdown. A report is named by its template stem:
``leerarena`` renders ``leerarena.md`` or ``leerarena.html``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pionieren.errors import UsageError
from pionieren.report import formats
from pionieren.report.formats import DOCUMENT_FORMATEN, Formaat
from pionieren.report.word import Eigenschappen


def choose_format(
    formaat: str | None, uitvoer: str | None, standaard: str | None = None
) -> Formaat:
    """Like :func:`pionieren.report.formats.choose`, limited to :data:`DOCUMENT_FORMATEN`."""
    gekozen = formats.choose(formaat, uitvoer, standaard)
    if gekozen.naam not in DOCUMENT_FORMATEN:
        raise UsageError(
            f"--formaat {gekozen.naam} bestaat alleen voor het advies; kies uit "
            f"{', '.join(DOCUMENT_FORMATEN)}."
        )
    return gekozen


def file_name(stam: str, formaat: Formaat) -> str:
    """``leerarena`` and Markdown -> ``leerarena.md``."""
    return f"{stam}.{formaat.bestandstype}"


def output_path(uitvoer: str | None, standaard: Path) -> Path | None:
    """Where one report goes: ``standaard`` without ``--uitvoer``, None for the screen ('-'),
    the report's own name inside a folder, or the file that ``--uitvoer`` names."""
    from pionieren.pipeline import output_folder

    if uitvoer == "-":
        return None
    if uitvoer is None:
        return standaard
    map_ = output_folder(uitvoer, meerdere=False)
    return map_ / standaard.name if map_ is not None else Path(uitvoer)


def render_document(
    sjabloon: str,
    formaat: str,
    data: dict[str, Any],
    gegevens: Callable[[], str],
    eigenschappen: Eigenschappen,
    sjablonen: Path | None = None,
) -> bytes:
    """The report ``sjabloon`` in ``formaat``; ``gegevens`` makes its JSON form (for json)."""
    from pionieren.report.render import html_document, html_pdf, markdown_document

    if formaat == "json":
        return gegevens().encode("utf-8")
    if formaat == "md":
        return markdown_document(f"{sjabloon}.md", data, sjablonen)
    if formaat == "html":
        return html_document(f"{sjabloon}.html", data, sjablonen)
    if formaat == "pdf":
        html = html_document(f"{sjabloon}.html", data, sjablonen).decode("utf-8")
        return html_pdf(html, sjablonen, f"pionieren-{eigenschappen.titel}")
    if formaat == "docx":
        from pionieren.report.word import markdown_docx

        markdown = markdown_document(f"{sjabloon}.md", data, sjablonen).decode("utf-8")
        return markdown_docx(markdown, eigenschappen, data.get("instellingen") or {}, sjablonen)
    raise UsageError(f"onbekend formaat '{formaat}'; kies uit {', '.join(DOCUMENT_FORMATEN)}.")

"""The writers of the text formats and PDF, ``render(...) -> bytes``, and atomic writing.

Which formats exist, with their extension, writer and optional extra, is in
:mod:`pionieren.report.formats`; each writer here has the same signature
``(advies, data, sjablonen) -> bytes``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from pionieren.analysis.result import Advies
from pionieren.errors import TemplateError, UserError
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import Kennis
from pionieren.report import formats
from pionieren.report.data import report_data
from pionieren.report.templates import render_template


def write_json(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    return (advies.model_dump_json(indent=2) + "\n").encode("utf-8")


def _markdown_text(tekst: str) -> bytes:
    regels = [regel.rstrip() for regel in tekst.splitlines()]
    # collapse runs of blank lines that optional blocks leave behind
    schoon: list[str] = []
    for regel in regels:
        if regel or (schoon and schoon[-1]):
            schoon.append(regel)
    return ("\n".join(schoon).strip("\n") + "\n").encode("utf-8")


def write_markdown(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    return _markdown_text(render_template("rapport.md", data, sjablonen))


def write_paragraaf(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    """The participatieparagraaf for the raadsvoorstel (template ``paragraaf.md``)."""
    return _markdown_text(render_template("paragraaf.md", data, sjablonen))


def write_html(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    tekst = render_template("rapport.html", data, sjablonen)
    regels = [regel.rstrip() for regel in tekst.splitlines()]
    return ("\n".join(r for r in regels if r).strip("\n") + "\n").encode("utf-8")


def write_pdf(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    """PDF from the HTML report (WeasyPrint, the optional extra ``pionieren[pdf]``)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError):
        raise UserError(
            "voor PDF is WeasyPrint nodig. Installeer het met: pip install 'pionieren[pdf]' "
            "(WeasyPrint heeft ook de systeembibliotheek Pango nodig). Of maak HTML met "
            "--formaat html en druk dat af als PDF."
        ) from None
    html = write_html(advies, data, sjablonen).decode("utf-8")
    document = HTML(string=html).render()
    document.metadata.created = None
    document.metadata.modified = None
    pdf = document.write_pdf(identifier=f"pionieren-{advies.titel}".encode()[:64])
    assert isinstance(pdf, bytes)
    return pdf


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


def write_atomic(
    pad: Path,
    inhoud: bytes,
    niet_overschrijven: list[Path] | None = None,
    beschermd: frozenset[Path] = frozenset(),
) -> None:
    """Write via a temporary file in the same folder, then rename into place.

    An error never leaves a half-written or empty report, and the input is never overwritten:
    not a file in ``niet_overschrijven``, nor one in ``beschermd`` (paths already resolved, so
    a batch resolves its inputs once instead of once per report).
    """
    doel = pad.resolve()
    if doel in beschermd or any(bron.resolve() == doel for bron in niet_overschrijven or []):
        raise UserError(
            f"{pad}: dit is het invoerbestand; dat overschrijft pionieren niet. "
            "Kies een andere naam met --uitvoer."
        )
    if pad.is_dir():
        raise UserError(
            f"{pad} is een map; geef een bestandsnaam, of gebruik meerdere "
            "invoerbestanden om in een map te schrijven."
        )
    map_ = doel.parent
    try:
        map_.mkdir(parents=True, exist_ok=True)
        fd, tijdelijk = tempfile.mkstemp(prefix=f".{doel.name}.", suffix=".tmp", dir=map_)
    except OSError as e:
        raise UserError(f"{pad}: kan hier niet schrijven ({e.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(inhoud)
            f.flush()
            os.fsync(f.fileno())
        tijdelijk_pad = Path(tijdelijk)
        tijdelijk_pad.chmod(doel.stat().st_mode & 0o777 if doel.exists() else 0o644)
        tijdelijk_pad.replace(doel)
    except OSError as e:
        Path(tijdelijk).unlink(missing_ok=True)
        raise UserError(f"{pad}: kan het rapport niet schrijven ({e.strerror})") from None
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise

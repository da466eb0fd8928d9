"""The report as a Word document (DOCX), made from the Markdown report.

Why: gemeenten edit an advice in Word before it goes to the raad. We do not keep a second set
of templates for Word: the writer renders the Markdown report (the built-in ``rapport.md`` or
the gemeente's own) and turns it into Word, so the Word file always has the same sections in
the same order. Headings become Word heading styles (the navigation pane works), tables become
real tables, lists real lists. On top of that: the stakeholder map as a picture, the gemeente's
name in the header, page numbers in the footer, and the colour from ``pionieren.toml``.

A gemeente can put its own Word file ``huisstijl.docx`` in its template folder: its styles,
page size, header and footer are then used (the body is replaced by the report).

Reproducible: fixed metadata (author 'pionieren', dates from the report date) and a zip file
written with fixed entry dates, so the same input gives the same bytes. python-docx and Pillow
are the optional extra ``pionieren[docx]``.
"""

from __future__ import annotations

import base64
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pionieren.errors import TemplateError, UserError

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from pionieren.analysis.result import Advies

HUISSTIJL = "huisstijl.docx"
MAX_HUISSTIJL = 20 * 1024 * 1024
"""The largest huisstijl.docx that pionieren reads (20 MB)."""
STANDAARD_KLEUR = "#154273"
"""The main colour of the HTML report, used for headings when pionieren.toml sets none."""

KAARTBREEDTE_CM = 16
TEKSTBREEDTE_CM = 16.0
"""The width of the text on an A4 page with margins of 2.5 cm."""
LETTERTYPE = "Calibri"


# ---------------------------------------------------------------- Markdown, a small subset


@dataclass
class Kop:
    niveau: int
    tekst: str


@dataclass
class Alinea:
    tekst: str


@dataclass
class Lijst:
    genummerd: bool
    items: list[str] = field(default_factory=list)


@dataclass
class Tabel:
    kop: list[str]
    rijen: list[list[str]]


Blok = Kop | Alinea | Lijst | Tabel

_KOP = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_OPSOMMING = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_NUMMER = re.compile(r"^\s{0,3}\d{1,9}[.)]\s+(.*)$")
_SCHEIDING = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LIJN = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def _cells(regel: str) -> list[str]:
    binnen = regel.strip()
    binnen = binnen.removeprefix("|")
    if binnen.endswith("|") and not binnen.endswith("\\|"):
        binnen = binnen[:-1]
    return [cel.strip().replace("\\|", "|") for cel in re.split(r"(?<!\\)\|", binnen)]


def _starts_block(regels: list[str], i: int) -> bool:
    regel = regels[i]
    return bool(
        _KOP.match(regel)
        or _OPSOMMING.match(regel)
        or _NUMMER.match(regel)
        or regel.lstrip().startswith("<!--")
        or _LIJN.match(regel)
        or (
            regel.lstrip().startswith("|")
            and i + 1 < len(regels)
            and _SCHEIDING.match(regels[i + 1])
        )
    )


def parse_markdown(tekst: str) -> list[Blok]:
    """Headings, paragraphs, lists and tables: what the report templates write.

    HTML comments and horizontal rules are left out. Inline markup (bold, italic, code, links)
    stays in the text; :func:`_add_inline` handles it.
    """
    regels = tekst.splitlines()
    blokken: list[Blok] = []
    i = 0
    while i < len(regels):
        regel = regels[i]
        if not regel.strip() or _LIJN.match(regel):
            i += 1
            continue
        if regel.lstrip().startswith("<!--"):
            while i < len(regels) and "-->" not in regels[i]:
                i += 1
            i += 1
            continue
        kop = _KOP.match(regel)
        if kop:
            blokken.append(Kop(len(kop[1]), kop[2]))
            i += 1
            continue
        if (
            regel.lstrip().startswith("|")
            and i + 1 < len(regels)
            and _SCHEIDING.match(regels[i + 1])
        ):
            kopcellen = _cells(regel)
            rijen = []
            i += 2
            while i < len(regels) and regels[i].lstrip().startswith("|"):
                rijen.append(_cells(regels[i]))
                i += 1
            blokken.append(Tabel(kopcellen, rijen))
            continue
        item = _OPSOMMING.match(regel) or _NUMMER.match(regel)
        if item:
            genummerd = _NUMMER.match(regel) is not None
            lijst = Lijst(genummerd)
            patroon = _NUMMER if genummerd else _OPSOMMING
            while i < len(regels):
                gevonden = patroon.match(regels[i])
                if gevonden:
                    lijst.items.append(gevonden[1].strip())
                    i += 1
                elif regels[i].strip() and regels[i].startswith((" ", "\t")) and lijst.items:
                    lijst.items[-1] += " " + regels[i].strip()  # a continuation line
                    i += 1
                elif not regels[i].strip():
                    # a blank line between items keeps the list together ('loose' list)
                    volgende = i + 1
                    while volgende < len(regels) and not regels[volgende].strip():
                        volgende += 1
                    if volgende < len(regels) and patroon.match(regels[volgende]):
                        i = volgende
                    else:
                        break
                else:
                    break
            blokken.append(lijst)
            continue
        delen = [regel.strip()]
        i += 1
        while i < len(regels) and regels[i].strip() and not _starts_block(regels, i):
            delen.append(regels[i].strip())
            i += 1
        blokken.append(Alinea(" ".join(delen)))
    return blokken


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~=])")
_INLINE = re.compile(
    r"(?P<code>`(?P<codetekst>[^`]+)`)"
    r"|(?P<autolink><(?P<adres>(?:https?|mailto):[^>\s]+)>)"
    r"|(?P<link>\[(?P<linktekst>[^\]]+)\]\((?P<url>[^)\s]+)\))"
    r"|(?P<beide>\*\*\*(?P<beidetekst>.+?)\*\*\*)"
    r"|(?P<vet>\*\*(?P<vettekst>.+?)\*\*)"
    r"|(?P<schuin>\*(?P<schuintekst>[^*\s](?:[^*]*?[^*\s])?)\*)"
    r"|(?P<schuin2>(?<!\w)_(?P<schuin2tekst>[^_\s](?:[^_]*?[^_\s])?)_(?!\w))"
)
# Escaped characters are hidden in the Unicode private use area while the markup is read.
_VERBORGEN = 0xE000


def _hide_escapes(tekst: str) -> str:
    return _ESCAPE.sub(lambda m: chr(_VERBORGEN + ord(m[1])), tekst)


def _show_escapes(tekst: str) -> str:
    return re.sub(r"[\ue000-\ue0ff]", lambda m: chr(ord(m[0]) - _VERBORGEN), tekst)


@dataclass(frozen=True)
class Stuk:
    """A piece of inline text with its markup."""

    tekst: str
    vet: bool = False
    schuin: bool = False
    code: bool = False
    url: str | None = None


def parse_inline(tekst: str, vet: bool = False, schuin: bool = False) -> list[Stuk]:
    """Bold, italic, code and links in one line of Markdown, as pieces of text."""
    tekst = _hide_escapes(tekst)
    return _inline(tekst, vet, schuin)


def _inline(tekst: str, vet: bool, schuin: bool) -> list[Stuk]:
    stukken: list[Stuk] = []
    positie = 0
    for m in _INLINE.finditer(tekst):
        if m.start() > positie:
            stukken.append(Stuk(_show_escapes(tekst[positie : m.start()]), vet, schuin))
        if m["code"]:
            stukken.append(Stuk(_show_escapes(m["codetekst"]), vet, schuin, code=True))
        elif m["autolink"]:
            adres = _show_escapes(m["adres"])
            stukken.append(Stuk(adres, vet, schuin, url=adres))
        elif m["link"]:
            url = _show_escapes(m["url"])
            stukken.extend(
                Stuk(s.tekst, s.vet, s.schuin, s.code, url)
                for s in _inline(m["linktekst"], vet, schuin)
            )
        elif m["beide"]:
            stukken.extend(_inline(m["beidetekst"], True, True))
        elif m["vet"]:
            stukken.extend(_inline(m["vettekst"], True, schuin))
        elif m["schuin"]:
            stukken.extend(_inline(m["schuintekst"], vet, True))
        else:
            stukken.extend(_inline(m["schuin2tekst"], vet, True))
        positie = m.end()
    if positie < len(tekst):
        stukken.append(Stuk(_show_escapes(tekst[positie:]), vet, schuin))
    return [s for s in stukken if s.tekst]


def plain_text(tekst: str) -> str:
    """The text of one line of Markdown without its markup."""
    return "".join(s.tekst for s in parse_inline(tekst))


# ---------------------------------------------------------------- Word


def write_docx(advies: Advies, data: dict[str, Any], sjablonen: Path | None) -> bytes:
    """The full report as a Word document."""
    _need_docx()
    from pionieren.report.render import write_markdown

    markdown = write_markdown(advies, data, sjablonen).decode("utf-8")
    return markdown_docx(
        markdown,
        Eigenschappen(
            titel=f"Participatieadvies: {advies.titel}",
            onderwerp=f"Participatieadvies voor {advies.gemeente}",
            trefwoorden="participatie; participatieadvies",
            gemeente=advies.gemeente,
            versie=advies.versie,
            datum=advies.datum,
        ),
        data.get("instellingen") or {},
        sjablonen,
        data.get("kaart"),
    )


def _need_docx() -> None:
    try:
        import docx  # noqa: F401
        import PIL  # noqa: F401
    except ImportError:
        raise UserError(
            "voor Word (DOCX) zijn python-docx en Pillow nodig. Installeer ze met: "
            "pip install 'pionieren[docx]'. Of maak HTML met --formaat html en open dat in Word."
        ) from None


@dataclass(frozen=True)
class Eigenschappen:
    """What a Word document says about itself (fixed, so the same input gives the same file)."""

    titel: str
    onderwerp: str
    trefwoorden: str
    gemeente: str
    versie: str
    datum: date


def markdown_docx(
    markdown: str,
    eigenschappen: Eigenschappen,
    instellingen: dict[str, Any],
    sjablonen: Path | None,
    kaart: list[dict[str, Any]] | None = None,
) -> bytes:
    """A Word document from a Markdown report (any of pionieren's reports).

    With ``kaart`` (the stakeholder map of an advice) the map goes under the first heading about
    belanghebbenden.
    """
    _need_docx()
    kleur = instellingen.get("kleur") or STANDAARD_KLEUR
    document, huisstijl = _base_document(sjablonen)
    _set_styles(document, kleur)
    if not huisstijl:
        _set_font(document)
    _set_page(
        document,
        instellingen.get("gemeente") or eigenschappen.gemeente,
        instellingen,
        kleur,
        huisstijl,
    )
    _set_properties(document, eigenschappen)
    schrijver = _Schrijver(document, kleur)
    blokken = parse_markdown(markdown)
    kaart_na = _map_position(blokken) if kaart is not None else -1
    for index, blok in enumerate(blokken):
        if index == kaart_na:
            schrijver.add_map(kaart or [], instellingen.get("kleur"))
        schrijver.add_block(blok)
    if kaart is not None and kaart_na == len(blokken):
        schrijver.add_map(kaart, instellingen.get("kleur"))
    uit = io.BytesIO()
    document.save(uit)
    return _repack(uit.getvalue(), eigenschappen.datum)


def _map_position(blokken: list[Blok]) -> int:
    """Where the stakeholder map goes: right after the first heading about belanghebbenden.

    A gemeente's own template decides the place by its heading; without such a heading the map
    comes before the sources (or at the end).
    """
    for index, blok in enumerate(blokken):
        if isinstance(blok, Kop) and "belanghebbenden" in blok.tekst.casefold():
            return index + 1
    for index, blok in enumerate(blokken):
        if isinstance(blok, Kop) and "bronnen" in blok.tekst.casefold():
            return index
    return len(blokken)


def _base_document(sjablonen: Path | None) -> tuple[Document, bool]:
    """The built-in empty document, or the gemeente's ``huisstijl.docx`` with an empty body.

    The second value says whether it is the gemeente's own file.
    """
    import docx

    if sjablonen is None or not (sjablonen / HUISSTIJL).is_file():
        return docx.Document(), False
    eigen = sjablonen / HUISSTIJL
    if not eigen.resolve().is_relative_to(sjablonen.resolve()):
        raise TemplateError(
            f"{eigen}: verwijst naar een bestand buiten de sjablonenmap; dat is niet toegestaan"
        )
    import io

    from pionieren.files import ReadError, read_limited

    try:
        inhoud = read_limited(eigen, MAX_HUISSTIJL, str(eigen), "de huisstijl")
    except ReadError as e:
        raise TemplateError(str(e)) from None
    try:
        document = docx.Document(io.BytesIO(inhoud))
    except Exception as e:  # python-docx raises several kinds of errors for a broken file
        raise TemplateError(
            f"{eigen}: dit Word-bestand is niet te gebruiken als huisstijl ({type(e).__name__}). "
            "Sla het in Word opnieuw op als .docx-document."
        ) from None
    body = document.element.body
    for kind in list(body):
        if not kind.tag.endswith("}sectPr"):
            body.remove(kind)
    return document, True


def _rgb(kleur: str) -> Any:
    from docx.shared import RGBColor

    return RGBColor.from_string(kleur.lstrip("#").upper())


def _has_style(document: Document, naam: str) -> bool:
    return any(s.name == naam for s in document.styles)


def _set_styles(document: Document, kleur: str) -> None:
    """Dutch as the language (for the spelling checker) and the colour for headings."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    standaard = document.styles.element.find(qn("w:docDefaults"))
    if standaard is not None:
        rpr = standaard.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            taal = rpr.find(qn("w:lang"))
            if taal is None:
                taal = OxmlElement("w:lang")
                rpr.append(taal)
            taal.set(qn("w:val"), "nl-NL")
    for niveau in range(1, 7):
        naam = f"Heading {niveau}"
        if _has_style(document, naam):
            document.styles[naam].font.color.rgb = _rgb(kleur)


def _set_font(document: Document) -> None:
    """One plain sans-serif font for text and headings (not for a gemeente's huisstijl)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    for naam in ["Normal", "Title", *(f"Heading {n}" for n in range(1, 7))]:
        if not _has_style(document, naam):
            continue
        stijl = document.styles[naam]
        stijl.font.name = LETTERTYPE
        letters = stijl.element.rPr.rFonts if stijl.element.rPr is not None else None
        if letters is not None:
            for thema in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                letters.attrib.pop(qn(thema), None)
    document.styles["Normal"].font.size = Pt(11)


def _field(paragraaf: Paragraph, instructie: str, voorlopig: str) -> None:
    """A Word field such as PAGE; Word and LibreOffice fill in the value when they show it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def teken(soort: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), soort)
        paragraaf.add_run()._r.append(element)

    teken("begin")
    opdracht = OxmlElement("w:instrText")
    opdracht.set(qn("xml:space"), "preserve")
    opdracht.text = f" {instructie} "
    paragraaf.add_run()._r.append(opdracht)
    teken("separate")
    paragraaf.add_run(voorlopig)
    teken("end")


def _logo_png_or_jpeg(logo: str | None) -> bytes | None:
    """The logo from pionieren.toml, when Word can show it (not SVG)."""
    if not logo:
        return None
    gevonden = re.match(r"data:image/(png|jpeg);base64,(.*)", logo, re.S)
    return base64.b64decode(gevonden[2]) if gevonden else None


def _set_page(
    document: Document,
    gemeente: str,
    instellingen: dict[str, Any],
    kleur: str,
    huisstijl: bool,
) -> None:
    """A4, the gemeente's name (and logo) in the header, 'Pagina 1 van 5' in the footer.

    A gemeente's huisstijl keeps its page size, and its header or footer when it has one.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    for sectie in document.sections:
        if not huisstijl:
            sectie.page_width, sectie.page_height = Cm(21), Cm(29.7)
            sectie.left_margin = sectie.right_margin = Cm(2.5)
            sectie.top_margin = sectie.bottom_margin = Cm(2.5)
        kop = sectie.header
        if not any(p.text.strip() for p in kop.paragraphs):
            alinea = kop.paragraphs[0]
            logo = _logo_png_or_jpeg(instellingen.get("logo"))
            if logo is not None:
                alinea.add_run().add_picture(io.BytesIO(logo), height=Cm(1.2))
                alinea.add_run("  ")
            naam = alinea.add_run(gemeente)
            naam.bold = True
            naam.font.color.rgb = _rgb(kleur)
        voet = sectie.footer
        if not any(p.text.strip() for p in voet.paragraphs):
            alinea = voet.paragraphs[0]
            alinea.alignment = WD_ALIGN_PARAGRAPH.CENTER
            alinea.add_run("Pagina ")
            _field(alinea, "PAGE", "1")
            alinea.add_run(" van ")
            _field(alinea, "NUMPAGES", "1")
            for run in alinea.runs:
                run.font.size = Pt(9)


def _moment(datum: date) -> datetime:
    return datetime(datum.year, datum.month, datum.day)


def _set_properties(document: Document, over: Eigenschappen) -> None:
    """Fixed metadata: the same input gives the same file."""
    eigenschappen = document.core_properties
    eigenschappen.title = over.titel
    eigenschappen.subject = over.onderwerp
    eigenschappen.author = "pionieren"
    eigenschappen.last_modified_by = "pionieren"
    eigenschappen.comments = f"Gemaakt met pionieren {over.versie}."
    eigenschappen.keywords = over.trefwoorden
    eigenschappen.category = ""
    eigenschappen.content_status = ""
    eigenschappen.identifier = ""
    eigenschappen.language = "nl-NL"
    eigenschappen.version = over.versie
    eigenschappen.revision = 1
    eigenschappen.created = _moment(over.datum)
    eigenschappen.modified = _moment(over.datum)
    eigenschappen.last_printed = _moment(over.datum)
    # The empty template's preview picture would show a blank page in file browsers.
    relaties = document.part.package.rels
    for rid, relatie in list(relaties.items()):
        if relatie.reltype.endswith("/metadata/thumbnail"):
            relaties.pop(rid)


class _Schrijver:
    """Writes the blocks of the Markdown report into the Word document, in order."""

    def __init__(self, document: Document, kleur: str) -> None:
        self.document = document
        self.kleur = kleur

    def _style(self, naam: str) -> str | None:
        return naam if _has_style(self.document, naam) else None

    def add_block(self, blok: Blok) -> None:
        if isinstance(blok, Kop):
            alinea = self.document.add_paragraph(style=self._style(f"Heading {blok.niveau}"))
            self.add_inline(alinea, blok.tekst)
        elif isinstance(blok, Alinea):
            self.add_inline(self.document.add_paragraph(), blok.tekst)
        elif isinstance(blok, Lijst):
            self.add_list(blok)
        else:
            self.add_table(blok)

    def add_inline(self, alinea: Paragraph, tekst: str, vet: bool = False) -> None:
        from docx.shared import RGBColor

        for stuk in parse_inline(tekst, vet=vet):
            if stuk.url:
                self.add_link(alinea, stuk)
                continue
            run = alinea.add_run(stuk.tekst)
            run.bold = stuk.vet or None
            run.italic = stuk.schuin or None
            if stuk.code:
                run.font.name = "Consolas"
                run.font.color.rgb = RGBColor(0x1A, 0x1A, 0x1A)

    def add_link(self, alinea: Paragraph, stuk: Stuk) -> None:
        """A clickable link (python-docx has no function for it, so we write the XML)."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        assert stuk.url is not None
        rid = alinea.part.relate_to(stuk.url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        koppeling = OxmlElement("w:hyperlink")
        koppeling.set(qn("r:id"), rid)
        run = OxmlElement("w:r")
        opmaak = OxmlElement("w:rPr")
        kleur = OxmlElement("w:color")
        kleur.set(qn("w:val"), self.kleur.lstrip("#").upper())
        onderstreept = OxmlElement("w:u")
        onderstreept.set(qn("w:val"), "single")
        opmaak.append(kleur)
        opmaak.append(onderstreept)
        if stuk.vet:
            opmaak.append(OxmlElement("w:b"))
        if stuk.schuin:
            opmaak.append(OxmlElement("w:i"))
        run.append(opmaak)
        tekst = OxmlElement("w:t")
        tekst.set(qn("xml:space"), "preserve")
        tekst.text = stuk.tekst
        run.append(tekst)
        koppeling.append(run)
        alinea._p.append(koppeling)

    def add_list(self, lijst: Lijst) -> None:
        stijl = self._style("List Number" if lijst.genummerd else "List Bullet")
        nummering = self._restart_numbering(stijl) if lijst.genummerd and stijl else None
        for nummer, item in enumerate(lijst.items, start=1):
            alinea = self.document.add_paragraph(style=stijl)
            if nummering is not None:
                numpr = alinea._p.get_or_add_pPr().get_or_add_numPr()
                numpr.get_or_add_ilvl().val = 0
                numpr.get_or_add_numId().val = nummering
            elif stijl is None:  # a huisstijl without list styles
                alinea.add_run(f"{nummer}. " if lijst.genummerd else "• ")
            self.add_inline(alinea, item)

    def _restart_numbering(self, stijl: str) -> int | None:
        """A numbered list starts at 1, also when an earlier list in the document used the style."""
        element = self.document.styles[stijl].element
        if element.pPr is None or element.pPr.numPr is None or element.pPr.numPr.numId is None:
            return None
        nummering = self.document.part.numbering_part.element
        bestaand = nummering.num_having_numId(element.pPr.numPr.numId.val)
        nieuw = nummering.add_num(bestaand.abstractNumId.val)
        nieuw.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(nieuw.numId)

    @staticmethod
    def _column_widths(wt: Table, rijen: list[list[str]], kolommen: int) -> None:
        """Widths by content: a column is about as wide as its longest word, or wider.

        Word fits the columns to the content itself ('autofit'), but LibreOffice takes the
        widths as they are, and equal widths break words in narrow columns.
        """
        from docx.shared import Cm

        gewicht, minimum = [], []
        for kolom in range(kolommen):
            teksten = [plain_text(r[kolom]) for r in rijen if kolom < len(r)]
            woord = max((len(w) for tekst in teksten for w in tekst.split()), default=4)
            lengte = max((len(tekst) for tekst in teksten), default=4)
            minimum.append(min(woord, 12) * 0.17 + 0.55)
            gewicht.append(min(max(lengte, woord), 60) ** 0.75)
        if sum(minimum) >= TEKSTBREEDTE_CM:  # too many columns: share the page by minimum
            breedtes = [TEKSTBREEDTE_CM * m / sum(minimum) for m in minimum]
        else:
            breedtes = [TEKSTBREEDTE_CM * g / sum(gewicht) for g in gewicht]
            for _ in range(kolommen):  # widen what is too narrow, take it from the rest
                tekort = sum(max(m - b, 0) for m, b in zip(minimum, breedtes, strict=True))
                if tekort <= 0.01:
                    break
                over = sum(b - m for m, b in zip(minimum, breedtes, strict=True) if b > m)
                breedtes = [
                    max(m, b - tekort * (b - m) / over) if b > m else m
                    for m, b in zip(minimum, breedtes, strict=True)
                ]
            breedtes = [b * TEKSTBREEDTE_CM / sum(breedtes) for b in breedtes]
        wt.autofit = True
        for kolom, breedte in enumerate(breedtes):
            wt.columns[kolom].width = Cm(round(breedte, 2))
            for cel in wt.columns[kolom].cells:
                cel.width = Cm(round(breedte, 2))

    def add_table(self, tabel: Tabel) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt

        kolommen = max([len(tabel.kop), *(len(r) for r in tabel.rijen)])
        wt: Table = self.document.add_table(rows=1 + len(tabel.rijen), cols=kolommen)
        stijl = self._style("Table Grid")
        if stijl:
            wt.style = stijl
        for rij_index, cellen in enumerate([tabel.kop, *tabel.rijen]):
            rij = wt.rows[rij_index]
            for kolom in range(kolommen):
                cel = rij.cells[kolom]
                tekst = cellen[kolom] if kolom < len(cellen) else ""
                alinea = cel.paragraphs[0]
                self.add_inline(alinea, tekst, vet=rij_index == 0)
                for run in alinea.runs:
                    run.font.size = Pt(9 if kolommen >= 5 else 9.5)
                if rij_index == 0:
                    arcering = OxmlElement("w:shd")
                    arcering.set(qn("w:val"), "clear")
                    arcering.set(qn("w:color"), "auto")
                    arcering.set(qn("w:fill"), "F3F3F3")
                    cel._tc.get_or_add_tcPr().append(arcering)
        self._column_widths(wt, [tabel.kop, *tabel.rijen], kolommen)
        # the header row repeats on every page, and screen readers know it is a header
        kopregel = wt.rows[0]._tr.get_or_add_trPr()
        herhaal = OxmlElement("w:tblHeader")
        herhaal.set(qn("w:val"), "true")
        kopregel.append(herhaal)
        self.document.add_paragraph()

    def add_map(self, kaart: list[dict[str, Any]], kleur: str | None) -> None:
        """The stakeholder map as a picture, with a caption and the numbers as text."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm

        from pionieren.report.picture import stakeholder_map_png

        if not kaart:
            return
        legenda = "; ".join(f"{p['nummer']} {p['naam']} ({p['houding']})" for p in kaart)
        alinea = self.document.add_paragraph()
        alinea.alignment = WD_ALIGN_PARAGRAPH.CENTER
        vorm = alinea.add_run().add_picture(
            io.BytesIO(stakeholder_map_png(kaart, kleur)), width=Cm(KAARTBREEDTE_CM)
        )
        vorm._inline.docPr.set("name", "Kaart van belanghebbenden")
        vorm._inline.docPr.set(
            "descr",
            "Kaart van belanghebbenden: invloed (verticaal) tegenover belang (horizontaal). "
            f"Nummers: {legenda}.",
        )
        onderschrift = self.document.add_paragraph(style=self._style("Caption"))
        onderschrift.add_run(
            "Kaart van belanghebbenden: invloed tegenover belang. Wit: voor; gekleurd: "
            "neutraal; grijs: onbekend; grijs met stippelrand: tegen. Nummers: "
        )
        onderschrift.add_run(legenda + ".")


def _repack(inhoud: bytes, datum: date) -> bytes:
    """The same zip, with fixed dates and attributes on every entry (python-docx uses the clock)."""
    moment = (max(datum.year, 1980), datum.month, datum.day, 0, 0, 0)
    uit = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(inhoud)) as bron,
        zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel,
    ):
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=moment)
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            nieuw.create_system = 0
            nieuw.external_attr = 0
            doel.writestr(nieuw, bron.read(info.filename), compresslevel=6)
    return uit.getvalue()

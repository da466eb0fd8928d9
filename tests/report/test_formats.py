"""The format table, the participatieparagraaf and the Word report."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from pionieren.errors import UsageError, UserError
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file, default_output
from pionieren.report import formats
from pionieren.report.word import Alinea, Kop, Lijst, Stuk, Tabel, parse_inline, parse_markdown

ROOT = Path(__file__).resolve().parents[2]
VOORBEELD = ROOT / "vraagstukken" / "marktplein.yaml"
ALLE = sorted((ROOT / "vraagstukken").glob("*.yaml")) + sorted(
    (ROOT / "tests" / "cases").glob("*.yaml")
)
DATUM = date(2026, 11, 28)
REGELCODE = re.compile(r"\b[A-Z]{3,}(?:-[A-Z0-9]+)+\b")


def _rapport(
    formaat: str,
    pad: Path = VOORBEELD,
    sjablonen: Path | None = None,
    instellingen: dict[str, str | None] | None = None,
) -> bytes:
    return advise_file(pad, pad.name, builtin(), DATUM, formaat, sjablonen, instellingen).rapport


# ---------------------------------------------------------------- the table of formats


def test_every_format_has_a_writer_and_its_own_names() -> None:
    assert set(formats.FORMATEN) == {"md", "html", "pdf", "json", "docx", "paragraaf"}
    assert [f.value for f in formats.FormaatNaam] == list(formats.FORMATEN)
    achtervoegsels = [f.achtervoegsel for f in formats.FORMATEN.values()]
    assert len(set(achtervoegsels)) == len(achtervoegsels)
    for naam, f in formats.FORMATEN.items():
        assert f.naam == naam and f.omschrijving
        assert callable(formats.load_writer(f.writer)), naam
        assert formats.from_filename(f"rapport{f.achtervoegsel}") is f
        assert all(e.startswith(".") and e == e.lower() for e in f.extensies)
        assert f.binair == (naam in ("pdf", "docx"))
    assert formats.FORMATEN["pdf"].extra == "pdf" and formats.FORMATEN["docx"].extra == "docx"


@pytest.mark.parametrize(
    ("formaat", "uitvoer", "standaard", "verwacht"),
    [
        (None, None, None, "md"),
        (None, None, "html", "html"),
        (None, "-", "json", "json"),
        ("pdf", None, "html", "pdf"),
        (None, "rapport.pdf", None, "pdf"),
        (None, "RAPPORT.PDF", "html", "pdf"),
        (None, "map/rapport.docx", None, "docx"),
        (None, "rapport.htm", None, "html"),
        (None, "plein.paragraaf.md", None, "paragraaf"),
        (None, "plein.md", "html", "md"),
        (None, "rapport.txt", None, "md"),
        (None, "rapport.txt", "html", "html"),
        (None, "rapport", "docx", "docx"),
        ("paragraaf", "raadsvoorstel.md", None, "paragraaf"),
        ("md", "plein.paragraaf.md", None, "md"),
        ("json", "advies.txt", None, "json"),
        ("html", "rapport.HTML", None, "html"),
    ],
)
def test_choose_format(
    formaat: str | None, uitvoer: str | None, standaard: str | None, verwacht: str
) -> None:
    assert formats.choose(formaat, uitvoer, standaard).naam == verwacht


@pytest.mark.parametrize(
    ("formaat", "uitvoer", "melding"),
    [
        ("pdf", "rapport.html", "--formaat pdf past niet bij --uitvoer rapport.html"),
        ("docx", "rapport.md", "eindigt op .md hoort bij formaat md"),
        ("paragraaf", "rapport.docx", "kies een naam die eindigt op .paragraaf.md"),
        (None, "plein.yaml", "geen rapport naar een .yaml-bestand"),
        ("md", "pionieren.toml", "Kies een naam als pionieren.advies.md"),
        (None, "x.YML", "geen rapport naar een .YML-bestand"),
        ("word", None, "onbekend formaat 'word'"),
    ],
)
def test_choose_refuses_what_does_not_fit(
    formaat: str | None, uitvoer: str | None, melding: str
) -> None:
    with pytest.raises(UsageError, match=re.escape(melding)) as fout:
        formats.choose(formaat, uitvoer)
    assert fout.value.exit_code == 2


def test_default_names() -> None:
    invoer = Path("vraagstukken/plein.yaml")
    assert default_output(invoer, "md") == Path("vraagstukken/plein.advies.md")
    assert default_output(invoer, "paragraaf") == Path("vraagstukken/plein.paragraaf.md")
    assert default_output(invoer, "docx") == Path("vraagstukken/plein.advies.docx")


def test_help_text_names_every_format_and_extra() -> None:
    tekst = formats.help_text()
    for f in formats.FORMATEN.values():
        assert f"{f.naam} (" in tekst
    assert "pionieren[pdf]" in tekst and "pionieren[docx]" in tekst


# ---------------------------------------------------------------- participatieparagraaf


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_paragraaf_reads_like_a_raadsvoorstel(pad: Path) -> None:
    tekst = _rapport("paragraaf", pad).decode("utf-8")
    commentaar, _, rest = tekst.partition("-->\n")
    assert commentaar.startswith("<!-- Participatieparagraaf") and "pionieren" in commentaar
    assert rest.lstrip().startswith("## Participatie\n")
    woorden = len(rest.split())
    # about half a page; each open point beyond five adds a line with its level and promise
    open_punten = len(load_vraagstuk(pad).kaders.open)
    # and each phase line beyond twelve about a line more (a fact-finding that runs first is a
    # line of its own: rule PLAN-FEITEN-EERST, sessie 40)
    # (a fixed moment of the case stands as its own dated line: '- 16 maart 2027: ...')
    # (and the one line on the feedback after each round)
    fasen = len(
        re.findall(
            r"^- (?:[A-Z][^(\n:]* \(|\d{1,2} \w+ \d{4}: |Terugkoppelen: )", rest, re.MULTILINE
        )
    )
    # (a dated moment line says what happens, about fifteen words: '- 13 april 2027: De
    # jaarvergadering van Dorpsraad Lieshorst bespreekt ...')
    # (a round before a later decision names its point: about fifteen words more than the
    # stock 'wat daarna speelt, samen uitwerken' it replaced, review 65b)
    later = rest.count("een eigen ronde vóór het besluit over")
    grens = 600 + 60 * max(0, open_punten - 5) + 15 * max(0, fasen - 12) + 15 * later
    assert 200 <= woorden <= grens, (woorden, grens)
    assert not REGELCODE.search(rest), REGELCODE.search(rest)
    for woord in ("involve", "consult", "empower", "collaborate", "stakeholders?", "None"):
        assert not re.search(rf"\b{woord}\b", rest), woord
    assert "{{" not in rest and "{%" not in rest
    assert "\n\n\n" not in tekst and tekst.endswith(".\n")
    # every step on the ladder and every phase is a line of its own, not glued to the last one
    assert not re.search(r"[.’]- [A-Z]", rest), re.search(r".{40}[.’]- [A-Z].{20}", rest)
    advies = advise_file(pad, pad.name, builtin(), DATUM, "json").advies
    treden = {o.trede.value for o in advies.trede.onderwerpen if o.open}
    hoogste_open = treden - {"informeren"}
    for onderwerp in advies.trede.onderwerpen:
        if onderwerp.open and onderwerp.door is not None and onderwerp.door.value == "anders":
            # another body decides it: named, with its own promise, not the gemeente's (a
            # plural body takes a plural verb: 'Gedeputeerde Staten beslissen zelf over')
            assert re.search(r"beslis(?:t|sen) (?:ook )?zelf over", rest), onderwerp.onderwerp
        elif onderwerp.open and onderwerp.trede.value in hoogste_open:
            assert onderwerp.toezegging.rstrip(".").split(".")[0] in rest, onderwerp.onderwerp
    assert "raad" in rest
    assert ("neemt het besluit" in rest) or ("ligt bij" in rest) or ("[vul in" in rest)


def test_paragraaf_dates_and_deterministic() -> None:
    eerste = _rapport("paragraaf")
    assert eerste == _rapport("paragraaf")
    tekst = eerste.decode("utf-8")
    assert re.search(r"\n- Voorbereiden \(\d+ \w+ (\d{4} )?– \d+ \w+ \d{4}\): ", tekst)


def test_paragraaf_follows_the_gemeentes_own_template(tmp_path: Path) -> None:
    (tmp_path / "paragraaf.md").write_text(
        "## Participatie\n\nWij vragen {{ advies.trede.onderwerpen | selectattr('open') "
        "| list | length }} dingen aan inwoners van {{ advies.gemeente }}.\n",
        "utf-8",
    )
    tekst = _rapport("paragraaf", sjablonen=tmp_path).decode("utf-8")
    assert tekst == "## Participatie\n\nWij vragen 4 dingen aan inwoners van Voorbeeldstad.\n"


# ---------------------------------------------------------------- Markdown for Word


def test_markdown_subset() -> None:
    tekst = (
        "<!-- een opmerking\nover twee regels -->\n"
        "# Titel\n\nEen alinea\nover twee regels.\n\n"
        "- een\n\n- twee\n  loopt door\n\n1. eerste\n2. tweede\n\n"
        "| kop | b |\n| --- | --- |\n| a \\| b | *c* |\n\n---\n### Klein\n"
    )
    assert parse_markdown(tekst) == [
        Kop(1, "Titel"),
        Alinea("Een alinea over twee regels."),
        Lijst(False, ["een", "twee loopt door"]),
        Lijst(True, ["eerste", "tweede"]),
        Tabel(["kop", "b"], [["a | b", "*c*"]]),
        Kop(3, "Klein"),
    ]


def test_inline_markup() -> None:
    assert parse_inline("**Vet.** Zie *dit* en `code`, <https://a.nl/x> of [b](https://b.nl)") == [
        Stuk("Vet.", vet=True),
        Stuk(" Zie "),
        Stuk("dit", schuin=True),
        Stuk(" en "),
        Stuk("code", code=True),
        Stuk(", "),
        Stuk("https://a.nl/x", url="https://a.nl/x"),
        Stuk(" of "),
        Stuk("b", url="https://b.nl"),
    ]
    assert parse_inline(r"5 \* 3 en een_naam_met_streepjes") == [
        Stuk("5 * 3 en een_naam_met_streepjes")
    ]
    assert parse_inline("***beide***") == [Stuk("beide", vet=True, schuin=True)]


# ---------------------------------------------------------------- Word


def test_docx_is_byte_identical_across_runs() -> None:
    eerste = _rapport("docx")
    assert eerste[:2] == b"PK"
    assert eerste == _rapport("docx")
    with zipfile.ZipFile(io.BytesIO(eerste)) as zip_:
        assert {i.date_time for i in zip_.infolist()} == {(2026, 11, 28, 0, 0, 0)}
        assert zip_.namelist()[0] == "[Content_Types].xml"
        assert not [n for n in zip_.namelist() if "thumbnail" in n]


def test_docx_round_trip_headings_tables_map_and_page_numbers() -> None:
    import docx

    markdown = _rapport("md").decode("utf-8")
    blokken = parse_markdown(markdown)
    document = docx.Document(io.BytesIO(_rapport("docx", instellingen={"gemeente": "Gemeente X"})))

    koppen = [
        (int(p.style.name.split()[-1]), p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith("Heading")
    ]
    assert koppen == [
        (b.niveau, "".join(s.tekst for s in parse_inline(b.tekst)))
        for b in blokken
        if isinstance(b, Kop)
    ]
    tabellen = [b for b in blokken if isinstance(b, Tabel)]
    assert len(document.tables) == len(tabellen) >= 2
    for tabel, wt in zip(tabellen, document.tables, strict=True):
        assert [c.text for c in wt.rows[0].cells] == tabel.kop
        assert len(wt.rows) == 1 + len(tabel.rijen)
        assert wt.rows[0]._tr.xpath("./w:trPr/w:tblHeader")
    assert len(document.inline_shapes) == 1
    kaart = document.inline_shapes[0]
    assert "Kaart van belanghebbenden" in kaart._inline.docPr.get("descr")
    plaatje = document.part.related_parts[kaart._inline.graphic.graphicData.pic.blipFill.blip.embed]
    assert plaatje.blob.startswith(b"\x89PNG\r\n\x1a\n")
    sectie = document.sections[0]
    assert abs(sectie.page_width.cm - 21) < 0.01 and abs(sectie.page_height.cm - 29.7) < 0.01
    assert "Gemeente X" in sectie.header.paragraphs[0].text
    velden = " ".join(sectie.footer._element.xpath(".//w:instrText/text()"))
    assert "PAGE" in velden and "NUMPAGES" in velden
    eigenschappen = document.core_properties
    assert eigenschappen.author == "pionieren" and eigenschappen.last_modified_by == "pionieren"
    assert eigenschappen.created.date() == DATUM == eigenschappen.modified.date()
    assert eigenschappen.revision == 1 and eigenschappen.language == "nl-NL"
    assert eigenschappen.title == "Participatieadvies: Herinrichting Marktplein"
    lijsten = [p for p in document.paragraphs if p.style is not None and "List" in p.style.name]
    assert len(lijsten) >= 5


def test_docx_links_are_clickable() -> None:
    import docx

    document = docx.Document(io.BytesIO(_rapport("docx")))
    adressen = [
        r.target_ref for r in document.part.rels.values() if r.reltype.endswith("/hyperlink")
    ]
    markdown = _rapport("md").decode("utf-8")
    assert sorted(set(adressen)) == sorted(set(re.findall(r"<(https?://[^>\s]+)>", markdown)))


def test_docx_uses_the_colour_from_the_settings() -> None:
    import docx

    document = docx.Document(io.BytesIO(_rapport("docx", instellingen={"kleur": "#005a31"})))
    assert str(document.styles["Heading 1"].font.color.rgb) == "005A31"
    standaard = docx.Document(io.BytesIO(_rapport("docx")))
    assert str(standaard.styles["Heading 1"].font.color.rgb) == "154273"


def test_docx_follows_the_markdown_override(tmp_path: Path) -> None:
    import docx

    (tmp_path / "rapport.md").write_text(
        '{% extends "basis.md" %}\n{% block colofon %}\n## Colofon\n\nTeam **Participatie**.\n'
        "{% endblock %}\n",
        "utf-8",
    )
    document = docx.Document(io.BytesIO(_rapport("docx", sjablonen=tmp_path)))
    assert document.paragraphs[-1].text == "Team Participatie."
    assert [r.bold for r in document.paragraphs[-1].runs] == [None, True, None]
    assert document.paragraphs[-2].style.name == "Heading 2"


def test_docx_with_the_gemeentes_huisstijl(tmp_path: Path) -> None:
    import docx
    from docx.shared import Pt

    huisstijl = docx.Document()
    huisstijl.add_paragraph("Deze tekst verdwijnt.")
    huisstijl.styles["Normal"].font.name = "Verdana"
    huisstijl.styles["Normal"].font.size = Pt(10)
    huisstijl.sections[0].header.paragraphs[0].text = "Gemeente Huisstijl · Team Participatie"
    huisstijl.save(str(tmp_path / "huisstijl.docx"))
    document = docx.Document(io.BytesIO(_rapport("docx", sjablonen=tmp_path)))
    assert document.styles["Normal"].font.name == "Verdana"
    assert (
        document.sections[0].header.paragraphs[0].text == "Gemeente Huisstijl · Team Participatie"
    )
    assert "Deze tekst verdwijnt." not in [p.text for p in document.paragraphs]
    assert document.paragraphs[0].text.startswith("Participatieadvies")
    velden = " ".join(document.sections[0].footer._element.xpath(".//w:instrText/text()"))
    assert "PAGE" in velden


def test_docx_without_the_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(UserError, match=re.escape("pip install 'pionieren[docx]'")):
        _rapport("docx")


def test_stakeholder_map_png_is_deterministic() -> None:
    from PIL import Image

    from pionieren.input.load import load_vraagstuk
    from pionieren.report.data import stakeholder_map
    from pionieren.report.picture import stakeholder_map_png

    kaart = stakeholder_map(load_vraagstuk(VOORBEELD, VOORBEELD.name))
    eerste = stakeholder_map_png(kaart)
    assert eerste == stakeholder_map_png(kaart) != stakeholder_map_png(kaart, "#005a31")
    beeld = Image.open(io.BytesIO(eerste))
    assert beeld.format == "PNG" and beeld.size == (1280, 880)


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_libreoffice_converts_the_docx_to_pdf(tmp_path: Path) -> None:
    bron = tmp_path / "rapport.docx"
    bron.write_bytes(_rapport("docx", ROOT / "vraagstukken" / "windpark.yaml"))
    soffice = _soffice()
    assert soffice is not None
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profiel'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(bron),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = (tmp_path / "rapport.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and len(pdf) > 20_000


# ---------------------------------------------------------------- colour in HTML


def test_html_takes_the_colour_from_the_settings() -> None:
    html = _rapport("html", instellingen={"kleur": "#005a31"}).decode("utf-8")
    assert ":root { --pionieren-kleur-primair: #005a31; }" in html
    assert "--pionieren-kleur-primair: #005a31" not in _rapport("html").decode("utf-8")

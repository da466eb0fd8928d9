"""Templates: overrides, sandbox, escaping, determinism, formats."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from pionieren.errors import TemplateError, UserError
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.copy import SJABLONEN, copy_templates

ROOT = Path(__file__).resolve().parents[2]
VOORBEELD = ROOT / "vraagstukken" / "marktplein.yaml"
DATUM = date(2026, 11, 28)


def _render(
    formaat: str,
    sjablonen: Path | None = None,
    pad: Path = VOORBEELD,
    instellingen: dict[str, str | None] | None = None,
) -> str:
    uit = advise_file(pad, pad.name, builtin(), DATUM, formaat, sjablonen, instellingen)
    return uit.rapport.decode("utf-8")


def test_copy_out_and_override_one_block(tmp_path: Path) -> None:
    kopie = tmp_path / "sjablonen"
    assert [p.name for p in copy_templates(kopie)] == list(SJABLONEN)
    with pytest.raises(UserError, match="--overschrijven"):
        copy_templates(kopie)
    (kopie / "rapport.md").write_text(
        '{% extends "basis.md" %}\n{% block colofon %}\nOpgesteld door team Participatie.\n'
        "{% endblock %}\n",
        "utf-8",
    )
    tekst = _render("md", kopie)
    assert tekst.rstrip().endswith("Opgesteld door team Participatie.")
    assert "## Samenvatting voor bestuurders" in tekst


def test_override_colours_in_html(tmp_path: Path) -> None:
    (tmp_path / "rapport.html").write_text(
        '{% extends "basis.html" %}\n{% block thema %}:root { --pionieren-kleur-primair: '
        "#005a31; }{% endblock %}\n",
        "utf-8",
    )
    html = _render("html", tmp_path)
    assert "--pionieren-kleur-primair: #005a31;" in html


def test_sandbox_refuses_python_internals(tmp_path: Path) -> None:
    (tmp_path / "rapport.md").write_text("{{ advies.__class__.__mro__ }}\n", "utf-8")
    with pytest.raises(TemplateError, match="interne onderdelen van Python"):
        _render("md", tmp_path)
    (tmp_path / "rapport.md").write_text("{{ ''.__class__.__base__.__subclasses__() }}\n", "utf-8")
    with pytest.raises(TemplateError, match="niet toegestaan") as fout:
        _render("md", tmp_path)
    # in Dutch only: Jinja's English "access to attribute ... is unsafe" stays out
    assert "unsafe" not in str(fout.value) and "access to" not in str(fout.value)


def test_templates_cannot_read_outside_their_folder(tmp_path: Path) -> None:
    geheim = tmp_path / "geheim.txt"
    geheim.write_text("wachtwoord", "utf-8")
    map_ = tmp_path / "sjablonen"
    map_.mkdir()
    (map_ / "rapport.md").write_text('{% include "../geheim.txt" %}\n', "utf-8")
    with pytest.raises(TemplateError, match="buiten de sjablonenmap"):
        _render("md", map_)
    (map_ / "link.txt").symlink_to(geheim)
    (map_ / "rapport.md").write_text('{% include "link.txt" %}\n', "utf-8")
    with pytest.raises(TemplateError, match="buiten de sjablonenmap"):
        _render("md", map_)


def test_template_errors_name_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "rapport.md").write_text("regel 1\n{% if %}\n", "utf-8")
    with pytest.raises(TemplateError) as info:
        _render("md", tmp_path)
    assert "rapport.md:2:" in str(info.value)
    (tmp_path / "rapport.md").write_text("een\ntwee {{ advies.bestaat_niet }}\n", "utf-8")
    with pytest.raises(TemplateError) as info:
        _render("md", tmp_path)
    assert "rapport.md:2:" in str(info.value) and "niet bestaat" in str(info.value)
    with pytest.raises(TemplateError, match="bestaat niet"):
        _render("md", tmp_path / "weg")


def test_yaml_text_is_data_not_template_code_and_is_escaped(tmp_path: Path) -> None:
    tekst = VOORBEELD.read_text("utf-8").replace(
        "titel: Herinrichting Marktplein",
        "titel: \"<script>alert('x')</script> {{ 7 * 7 }} {% if true %}ja{% endif %}\"",
    )
    pad = tmp_path / "plein.yaml"
    pad.write_text(tekst, "utf-8")
    html = _render("html", pad=pad)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "{{ 7 * 7 }}" in html and "49" not in html.split("<title>")[1].split("</title>")[0]
    md = _render("md", pad=pad)
    # Markdown shows the characters: '<' and '*' are escaped, the template code stays text.
    assert "\\<script\\>alert('x')\\</script\\> {{ 7 \\* 7 }} {% if true %}ja{% endif %}" in md
    assert "<script" not in md.replace("\\<script", "")


def test_same_input_same_bytes_for_every_format() -> None:
    for formaat in ("md", "html", "json", "pdf"):
        eerste = advise_file(VOORBEELD, VOORBEELD.name, builtin(), DATUM, formaat).rapport
        tweede = advise_file(VOORBEELD, VOORBEELD.name, builtin(), DATUM, formaat).rapport
        assert eerste == tweede, formaat


def test_html_is_self_contained_and_accessible_in_structure() -> None:
    html = _render("html")
    assert html.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert html.count("<h1>") == 1
    assert "http://" not in html.split("<body>")[0] and "<script" not in html
    assert "<link " not in html and "@import" not in html
    assert '<svg viewBox="0 0 640 440"' in html and 'role="img"' in html
    assert "<caption>" in html and 'scope="col"' in html
    assert "@media print" in html and "size: A4" in html
    assert "besluit" in html.split('id="tijdlijn-titel"')[1]


def test_logo_and_gemeente_name_from_settings(tmp_path: Path) -> None:
    logo = "data:image/svg+xml;base64,PHN2Zy8+"
    html = _render("html", instellingen={"gemeente": "Gemeente Voorbeeldstad", "logo": logo})
    assert f'<img src="{logo}" alt="Logo Gemeente Voorbeeldstad">' in html


def test_pdf_is_a_pdf() -> None:
    pytest.importorskip("weasyprint")
    pdf = advise_file(VOORBEELD, VOORBEELD.name, builtin(), DATUM, "pdf").rapport
    assert pdf.startswith(b"%PDF-") and len(pdf) > 20000


def test_builtin_templates_are_shipped_in_one_place() -> None:
    for naam in SJABLONEN:
        assert (ROOT / "sjablonen" / naam).is_file()


def test_copied_templates_render_identically(tmp_path: Path) -> None:
    kopie = tmp_path / "s"
    copy_templates(kopie)
    for formaat in ("md", "html"):
        assert _render(formaat, kopie) == _render(formaat)
    shutil.rmtree(kopie)


def test_pdf_without_weasyprint_gives_a_dutch_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    echte_import = builtins.__import__

    def zonder_weasyprint(naam: str, *args, **kwargs):
        if naam.startswith("weasyprint"):
            raise ImportError("geen weasyprint")
        return echte_import(naam, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", zonder_weasyprint)
    with pytest.raises(UserError, match=r"pip install 'pionieren\[pdf\]'"):
        advise_file(VOORBEELD, VOORBEELD.name, builtin(), DATUM, "pdf")


def test_a_saved_advice_renders_without_running_the_analysis() -> None:
    """An advice read back from JSON renders in a fresh process (rules are found on demand)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    code = (
        "from datetime import date; from pathlib import Path\n"
        "from pionieren.analysis.result import Advies\n"
        "from pionieren.input.load import load_vraagstuk\n"
        "from pionieren.knowledge.load import builtin\n"
        "from pionieren.report.render import render\n"
        f"root = Path({str(root)!r})\n"
        "advies = Advies.model_validate_json("
        "(root / 'tests/golden/rapporten/marktplein.json').read_text('utf-8'))\n"
        "v = load_vraagstuk(root / 'vraagstukken/marktplein.yaml', 'marktplein.yaml')\n"
        "print(render(advies, v, builtin(), 'md', 'marktplein.yaml').decode(), end='')\n"
    )
    uit = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert uit == (root / "tests/golden/rapporten/marktplein.md").read_text("utf-8")


@pytest.mark.parametrize(
    ("sjabloon", "verwacht"),
    [
        ("{{ advies.bestaatniet }}", "'bestaatniet' bestaat niet in een groep gegevens"),
        ("{{ advies.titel.x }}", "'x' bestaat niet in een tekst"),
        ("{{ nergens.iets }}", "de naam 'nergens' bestaat niet"),
        ("{% foo %}", "de opdracht {% foo %} bestaat niet"),
        ("{{ advies.titel | kapot }}", "er is geen filter 'kapot'"),
        ("{% if x %}", "het blok {% if %} is niet gesloten; zet er {% endif %} achter"),
    ],
)
def test_template_errors_are_dutch(tmp_path: Path, sjabloon: str, verwacht: str) -> None:
    (tmp_path / "rapport.md").write_text(sjabloon + "\n", "utf-8")
    with pytest.raises(TemplateError) as info:
        advise_file(VOORBEELD, VOORBEELD.name, builtin(), DATUM, "md", tmp_path)
    melding = str(info.value)
    assert verwacht in melding
    for engels in ("object", "has no attribute", "is undefined", "No filter", "Encountered"):
        assert engels not in melding


def test_a_round_table_with_one_party_is_called_a_conversation_with_it() -> None:
    """Review: 'rondetafels met één partij'. The report names it for what it is."""
    pad = ROOT / "tests" / "cases" / "dagontmoeting-oudehaven.yaml"
    tekst = advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode()
    assert "Eigen gesprek met Zorggroep Kust" in tekst
    assert "Rondetafelgesprek met belanghebbenden" not in tekst


def test_a_constant_source_list_is_cited_in_every_report(tmp_path: Path) -> None:
    """Jinja folds a filter on a constant when it compiles a template; a template that is
    compiled while a report renders (an include, a parent) must still cite into that report."""
    (tmp_path / "rapport.md").write_text(
        '{% extends "basis.md" %}\n{% block titel %}{% include "kop.md" %}{% endblock %}\n',
        encoding="utf-8",
    )
    (tmp_path / "kop.md").write_text(
        '# Titel ({{ ["oecd-evaluatie-2021"] | citeer }})\n\n', encoding="utf-8"
    )
    for _ in range(2):  # the second report uses the compiled template
        tekst = _render("md", tmp_path)
        assert "# Titel (OECD 2021)" in tekst
        assert "**OECD 2021**" in tekst.split("## Bronnen", 1)[1]


def test_bron_titel_keeps_a_title_with_several_notes_whole() -> None:
    """A title such as 'Wet, art. 1 (a), art. 2 (b)' is not cut at its first bracket."""
    from pionieren.report.templates import _bron_titel

    titel = "Omgevingsbesluit, art. 10.2 (omgevingsplan), art. 10.7 (omgevingsvisie)"
    assert _bron_titel({"titel": titel, "kort": "Omgevingsbesluit art. 10.2"}) == titel + "."
    enkel = "Gemeentewet, art. 150 (participatieverordening en uitdaagrecht)"
    assert _bron_titel({"titel": enkel, "kort": "Gemeentewet art. 150"}) == (
        "participatieverordening en uitdaagrecht."
    )


def test_every_role_of_the_gemeente_has_plain_words() -> None:
    """The report and the paragraaf explain each overheidsrol; none may be missing."""
    from pionieren.report.data import LABELS
    from pionieren.vocabulary import Overheidsrol

    assert set(LABELS["overheidsrol"]) == {r.value for r in Overheidsrol}


def test_every_enum_value_in_the_report_has_a_label() -> None:
    """A value the vraagstuk may hold must never crash the report for want of a label.

    'verkeersbesluit' once had no label: every report for a verkeersbesluit stopped with
    exit code 3. Each labelled vocabulary must cover its whole enum.
    """
    from pionieren.input.model import (
        Beslisser,
        Kenmerk,
        Niveau,
        Procedure,
    )
    from pionieren.report.data import LABELS

    for sleutel, enum in {
        "procedure": Procedure,
        "beslisser": Beslisser,
        "kenmerk": Kenmerk,
        "niveau": Niveau,
    }.items():
        assert set(LABELS[sleutel]) >= {w.value for w in enum}, sleutel

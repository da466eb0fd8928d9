"""The main job: ``pionieren analyse``, and ``pionieren regels`` (the rule register)."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pionieren.cli.base import app, console, echo, echo_problem, fouten_afhandelen
from pionieren.cli.kennis import WerkvormenOptie
from pionieren.report.formats import FormaatNaam, help_text
from pionieren.safe_text import rich_safe, terminal_safe

if TYPE_CHECKING:
    from rich.progress import Progress

    from pionieren.advise import Resultaat


def _summary(resultaat: Resultaat, doel: str) -> None:
    from pionieren.analysis.result import Ernst, Kwadrant

    a = resultaat.advies
    uit = console()
    uit.print(f"[bold]{rich_safe(a.titel)}[/bold] ({rich_safe(a.gemeente)})", highlight=False)
    trede = f"Advies: [bold]{a.trede.advies.value}[/bold]"
    if a.trede.gevraagd and a.trede.gevraagd != a.trede.advies:
        trede += (
            f" (gevraagd: {a.trede.gevraagd.value}; kaders laten toe: {a.trede.maximaal.value})"
        )
    uit.print(trede, highlight=False)
    sleutel = [b.naam for b in a.belanghebbenden if b.kwadrant is Kwadrant.sleutelspeler]
    if sleutel:
        uit.print(terminal_safe(f"Sleutelspelers: {', '.join(sleutel)}"), markup=False)
    uit.print("Mix:", markup=False)
    for m in a.mix:
        uit.print(
            terminal_safe(
                f"  - {m.naam} ({m.modus.value}, {m.trede.value}, week {m.start_week}–{m.eind_week})"
            ),
            markup=False,
        )
    md = a.middelen
    kosten = f"Kosten: minstens € {md.kosten_min_euro:,}".replace(",", ".")
    if md.budget_euro is not None:
        kosten += f" (budget € {md.budget_euro:,})".replace(",", ".")
    uit.print(kosten, markup=False)
    for b in a.bevindingen:
        if b.ernst is Ernst.waarschuwing:
            uit.print(f"[red]Waarschuwing[/red] ({b.regel}): {rich_safe(b.tekst)}", highlight=False)
    let_op = sum(1 for b in a.bevindingen if b.ernst is Ernst.let_op)
    if let_op:
        uit.print(f"{let_op} punten om op te letten staan in het rapport.", markup=False)
    uit.print(terminal_safe(f"Rapport: {doel}"), markup=False, soft_wrap=True)


def _in_ci() -> bool:
    """No progress bar in CI or when the output is not a terminal."""
    return bool(os.environ.get("CI")) or not sys.stdout.isatty() or not sys.stderr.isatty()


def _progress(totaal: int) -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    voortgang = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console(stderr=True),
        transient=True,
    )
    voortgang.add_task("", total=totaal)
    voortgang.start()
    return voortgang


@app.command()
def analyse(
    bestanden: Annotated[
        list[Path],
        typer.Argument(
            help="Een of meer vraagstukbestanden (YAML).", show_default=False, metavar="BESTAND..."
        ),
    ],
    formaat: Annotated[
        FormaatNaam | None,
        typer.Option(
            "--formaat",
            "-f",
            show_default=False,
            # (escape '[' for Rich markup: 'pionieren[pdf]')
            help=help_text().replace("[", "\\[")
            + ". Zonder deze optie volgt het formaat uit de naam bij "
            "--uitvoer (rapport.pdf, rapport.docx, rapport.paragraaf.md), anders uit "
            "'formaat' in pionieren.toml, anders md.",
        ),
    ] = None,
    uitvoer: Annotated[
        str | None,
        typer.Option(
            "--uitvoer",
            "-o",
            show_default=False,
            metavar="PAD",
            help="Waar het rapport komt: een bestand, '-' voor het scherm, of een map "
            "bij meerdere bestanden. Zonder deze optie: naast het invoerbestand, als "
            "<naam>.advies.<formaat> (de paragraaf als <naam>.paragraaf.md).",
        ),
    ] = None,
    datum: Annotated[
        str | None,
        typer.Option(
            "--datum",
            show_default=False,
            metavar="JJJJ-MM-DD",
            help="De datum in het rapport. Zonder deze optie: SOURCE_DATE_EPOCH, anders vandaag.",
        ),
    ] = None,
    controleer: Annotated[
        bool,
        typer.Option(
            "--controleer",
            help="Maak het rapport en vergelijk het met het bestaande "
            "bestand; schrijf niets. Exitcode 0 als ze gelijk zijn, 1 met de "
            "verschillen als ze dat niet zijn.",
        ),
    ] = False,
    sjablonen: Annotated[
        Path | None,
        typer.Option(
            "--sjablonen",
            show_default=False,
            metavar="MAP",
            help="Een map met eigen sjablonen die voor de ingebouwde gaan.",
        ),
    ] = None,
    eigen: WerkvormenOptie = None,
) -> None:
    """Analyseer een vraagstuk en maak een onderbouwd participatieadvies.

    Toont een korte samenvatting en schrijft het rapport. Bij meerdere bestanden gaat
    pionieren door na een fout bestand, meldt alle fouten en eindigt met exitcode 1.
    """
    from pionieren.advise import advise_file, plan
    from pionieren.dates import report_date
    from pionieren.errors import InvoerFout, PionierenError, UsageError
    from pionieren.files import write_atomic
    from pionieren.knowledge.load import Kennis, load_kennis
    from pionieren.report import formats

    with fouten_afhandelen():
        dag = report_date(datum)
        meerdere = len(bestanden) > 1
        if uitvoer == "-" and meerdere:
            raise UsageError("'--uitvoer -' kan alleen met één invoerbestand.")
        gevraagd = formaat.value if formaat else None
        # With one input, --uitvoer names the file, and its extension may tell the format.
        # Check it before any file is read: a clash with --formaat is a usage error.
        formats.choose(gevraagd, uitvoer if not meerdere else None)
        if controleer and uitvoer == "-":
            raise UsageError(
                "--controleer heeft een bestand nodig om mee te vergelijken; geef --uitvoer PAD."
            )
        # Every report file is known (and checked for clashes) before anything is written.
        opdrachten = plan(list(bestanden), gevraagd, uitvoer, eigen, sjablonen)
        invoer = [p for o in opdrachten for p in o.inputs()]
        fouten = 0
        geladen_kennis: dict[Path | None, Kennis] = {}
        voortgang = _progress(len(bestanden)) if meerdere and not _in_ci() else None
        for opdracht in opdrachten:
            naam = opdracht.naam
            if voortgang is not None:
                voortgang.update(voortgang.task_ids[0], description=rich_safe(naam))
            try:
                if opdracht.fout is not None:
                    raise opdracht.fout
                gekozen = opdracht.formaat
                assert gekozen is not None
                werkvormen = opdracht.werkvormen
                if werkvormen not in geladen_kennis:  # once per file, not once per vraagstuk
                    geladen_kennis[werkvormen] = load_kennis(
                        werkvormen, str(werkvormen) if werkvormen else None
                    )
                kennis = geladen_kennis[werkvormen]
                resultaat = advise_file(
                    opdracht.pad,
                    naam,
                    kennis,
                    dag,
                    gekozen.naam,
                    opdracht.sjablonen,
                    opdracht.project.presentatie(),
                )
                doel = opdracht.doel
                if controleer:
                    assert doel is not None
                    if not _same(doel, resultaat.rapport, gekozen.binair):
                        fouten += 1
                    continue
                if doel is None:
                    sys.stdout.buffer.write(resultaat.rapport)
                    sys.stdout.flush()
                    continue
                mappen = [opdracht.sjablonen] if opdracht.sjablonen is not None else []
                write_atomic(doel, resultaat.rapport, invoer, mappen)
                if meerdere:
                    echo(f"{naam}: advies {resultaat.advies.trede.advies.value}, rapport {doel}")
                else:
                    _summary(resultaat, str(doel))
            except InvoerFout as e:
                if not meerdere:
                    raise
                fouten += 1
                for p in e.problemen:
                    echo_problem(p)
            except PionierenError as e:
                if not meerdere:
                    raise
                fouten += 1
                echo(f"Fout: {naam}: {e}", err=True)
            finally:
                if voortgang is not None:
                    voortgang.advance(voortgang.task_ids[0])
        if voortgang is not None:
            voortgang.stop()
        if meerdere:
            echo(
                f"{len(bestanden)} bestanden: {len(bestanden) - fouten} in orde, "
                f"{fouten} met problemen",
                err=True,
            )
        if fouten:
            raise typer.Exit(1)


def _same(doel: Path, nieuw: bytes, binair: bool = False) -> bool:
    """Compare with the file on disk; print a unified diff when they differ (text formats)."""
    import difflib

    from pionieren.errors import UserError
    from pionieren.files import read_limited

    if not doel.exists() and not doel.is_symlink():
        echo(f"{doel}: bestaat nog niet; maak het eerst zonder --controleer.", err=True)
        return False
    try:
        oud = read_limited(doel, max(len(nieuw) * 2, 1024 * 1024), wat="het bestaande rapport")
    except UserError as e:
        echo(f"{e}", err=True)
        return False
    if oud == nieuw:
        echo(f"{doel}: ongewijzigd")
        return True
    if binair:
        echo(f"{doel}: verschilt van wat pionieren nu maakt", err=True)
        return False
    verschil = difflib.unified_diff(
        oud.decode("utf-8", errors="replace").splitlines(keepends=True),
        nieuw.decode("utf-8", errors="replace").splitlines(keepends=True),
        fromfile=f"{doel} (bestaand)",
        tofile=f"{doel} (nieuw)",
    )
    echo("".join(verschil), nl=False, regels=True)
    echo(f"{doel}: verschilt van wat pionieren nu maakt", err=True)
    return False


class RegelsFormaat(StrEnum):
    tekst = "tekst"
    json = "json"
    md = "md"


@app.command()
def regels(
    formaat: Annotated[
        RegelsFormaat, typer.Option("--formaat", "-f", help="tekst, json of md (Markdown).")
    ] = RegelsFormaat.tekst,
) -> None:
    """Toon elke regel van de analyse met uitleg en bronnen, als in een algoritmeregister."""
    from pionieren.analysis.registry import THEMAS, alle

    with fouten_afhandelen():
        lijst = sorted(alle().values(), key=lambda r: (list(THEMAS).index(r.thema), r.id))
        if formaat is RegelsFormaat.md:
            from pionieren.analysis.registry import rules_markdown

            typer.echo(rules_markdown(), nl=False)
            return
        if formaat is RegelsFormaat.json:
            typer.echo(
                json.dumps(
                    [
                        {
                            "id": r.id,
                            "thema": r.thema,
                            "titel": r.titel,
                            "uitleg": r.uitleg,
                            "bronnen": list(r.bronnen),
                        }
                        for r in lijst
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return
        uit = console()
        thema = None
        for r in lijst:
            if r.thema != thema:
                thema = r.thema
                uit.print(f"\n[bold]{THEMAS[thema]}[/bold]")
            uit.print(f"[bold]{r.id}[/bold]: {r.titel}", highlight=False)
            uit.print(f"  {r.uitleg}", markup=False)
            uit.print(f"  Bronnen: {', '.join(r.bronnen)}", markup=False)
        uit.print(f"\n{len(lijst)} regels", markup=False)

"""The main job: ``pionieren analyse``, and ``pionieren regels`` (the rule register)."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pionieren.cli.base import app, console, fouten_afhandelen
from pionieren.cli.kennis import WerkvormenOptie
from pionieren.report.formats import FormaatNaam, help_text

if TYPE_CHECKING:
    from rich.progress import Progress

    from pionieren.advise import Resultaat


def _summary(resultaat: Resultaat, doel: str) -> None:
    from pionieren.analysis.result import Ernst, Kwadrant

    a = resultaat.advies
    uit = console()
    uit.print(f"[bold]{a.titel}[/bold] ({a.gemeente})", highlight=False)
    trede = f"Advies: [bold]{a.trede.advies.value}[/bold]"
    if a.trede.gevraagd and a.trede.gevraagd != a.trede.advies:
        trede += (
            f" (gevraagd: {a.trede.gevraagd.value}; kaders laten toe: {a.trede.maximaal.value})"
        )
    uit.print(trede, highlight=False)
    sleutel = [b.naam for b in a.belanghebbenden if b.kwadrant is Kwadrant.sleutelspeler]
    if sleutel:
        uit.print(f"Sleutelspelers: {', '.join(sleutel)}", markup=False)
    uit.print("Mix:", markup=False)
    for m in a.mix:
        uit.print(
            f"  - {m.naam} ({m.modus.value}, {m.trede.value}, week {m.start_week}–{m.eind_week})",
            markup=False,
        )
    md = a.middelen
    kosten = f"Kosten: minstens € {md.kosten_min_euro:,}".replace(",", ".")
    if md.budget_euro is not None:
        kosten += f" (budget € {md.budget_euro:,})".replace(",", ".")
    uit.print(kosten, markup=False)
    for b in a.bevindingen:
        if b.ernst is Ernst.waarschuwing:
            uit.print(f"[red]Waarschuwing[/red] ({b.regel}): {b.tekst}", highlight=False)
    let_op = sum(1 for b in a.bevindingen if b.ernst is Ernst.let_op)
    if let_op:
        uit.print(f"{let_op} punten om op te letten staan in het rapport.", markup=False)
    uit.print(f"Rapport: {doel}", markup=False, soft_wrap=True)


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
    from pionieren.advise import advise_file, default_output
    from pionieren.config import load_project
    from pionieren.dates import report_date
    from pionieren.errors import InvoerFout, PionierenError, UsageError, UserError
    from pionieren.knowledge.load import Kennis, load_kennis
    from pionieren.report import formats
    from pionieren.report.render import write_atomic

    with fouten_afhandelen():
        dag = report_date(datum)
        meerdere = len(bestanden) > 1
        if uitvoer == "-" and meerdere:
            raise UsageError("'--uitvoer -' kan alleen met één invoerbestand.")
        gevraagd = formaat.value if formaat else None
        # With one input, --uitvoer names the file, and its extension may tell the format.
        # Check it before any file is read: a clash with --formaat is a usage error.
        bestandsnaam = uitvoer if not meerdere else None
        formats.choose(gevraagd, bestandsnaam)
        fouten = 0
        invoer = _resolved(bestanden)  # never overwritten
        geladen_kennis: dict[Path | None, Kennis] = {}
        voortgang = _progress(len(bestanden)) if meerdere and not _in_ci() else None
        for pad in bestanden:
            naam = str(pad)
            if voortgang is not None:
                voortgang.update(voortgang.task_ids[0], description=naam)
            try:
                project = load_project(pad)
                gekozen = formats.choose(gevraagd, bestandsnaam, project.formaat)
                soort = gekozen.naam
                werkvormen = eigen or project.werkvormen
                if werkvormen not in geladen_kennis:  # once per file, not once per vraagstuk
                    geladen_kennis[werkvormen] = load_kennis(
                        werkvormen, str(werkvormen) if werkvormen else None
                    )
                kennis = geladen_kennis[werkvormen]
                resultaat = advise_file(
                    pad,
                    naam,
                    kennis,
                    dag,
                    soort,
                    sjablonen or project.sjablonen,
                    project.presentatie(),
                )
                if uitvoer == "-":
                    doel = None
                elif uitvoer is None:
                    doel = default_output(pad, soort)
                elif meerdere:
                    doel = Path(uitvoer) / default_output(pad, soort).name
                else:
                    doel = Path(uitvoer)
                if controleer:
                    if doel is None:
                        raise UserError(
                            "--controleer heeft een bestand nodig om mee te "
                            "vergelijken; geef --uitvoer PAD."
                        )
                    if not _same(doel, resultaat.rapport, gekozen.binair):
                        fouten += 1
                    continue
                if doel is None:
                    sys.stdout.buffer.write(resultaat.rapport)
                    sys.stdout.flush()
                    continue
                write_atomic(doel, resultaat.rapport, beschermd=invoer)
                if meerdere:
                    typer.echo(
                        f"{naam}: advies {resultaat.advies.trede.advies.value}, rapport {doel}"
                    )
                else:
                    _summary(resultaat, str(doel))
            except InvoerFout as e:
                fouten += 1
                for p in e.problemen:
                    typer.echo(p.als_tekst(), err=True)
            except PionierenError as e:
                if not meerdere:
                    raise
                fouten += 1
                typer.echo(f"Fout: {naam}: {e}", err=True)
            finally:
                if voortgang is not None:
                    voortgang.advance(voortgang.task_ids[0])
        if voortgang is not None:
            voortgang.stop()
        if meerdere:
            typer.echo(
                f"{len(bestanden)} bestanden: {len(bestanden) - fouten} in orde, "
                f"{fouten} met problemen",
                err=True,
            )
        if fouten:
            raise typer.Exit(1)


def _resolved(paden: list[Path]) -> frozenset[Path]:
    """The real paths of the inputs, found once for the whole batch (a broken one is skipped:
    reading it fails with its own message)."""
    uit = set()
    for pad in paden:
        try:
            uit.add(pad.resolve())
        except (OSError, RuntimeError):
            continue
    return frozenset(uit)


def _same(doel: Path, nieuw: bytes, binair: bool = False) -> bool:
    """Compare with the file on disk; print a unified diff when they differ (text formats)."""
    import difflib

    try:
        oud = doel.read_bytes()
    except FileNotFoundError:
        typer.echo(f"{doel}: bestaat nog niet; maak het eerst zonder --controleer.", err=True)
        return False
    if oud == nieuw:
        typer.echo(f"{doel}: ongewijzigd")
        return True
    if binair:
        typer.echo(f"{doel}: verschilt van wat pionieren nu maakt", err=True)
        return False
    verschil = difflib.unified_diff(
        oud.decode("utf-8", errors="replace").splitlines(keepends=True),
        nieuw.decode("utf-8", errors="replace").splitlines(keepends=True),
        fromfile=f"{doel} (bestaand)",
        tofile=f"{doel} (nieuw)",
    )
    typer.echo("".join(verschil), nl=False)
    typer.echo(f"{doel}: verschilt van wat pionieren nu maakt", err=True)
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

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
from pionieren.cli.kennis import SjablonenOptie, WerkvormenOptie
from pionieren.report.formats import FormaatNaam, help_text
from pionieren.safe_text import rich_safe, terminal_safe

if TYPE_CHECKING:
    from rich.progress import Progress

    from pionieren.analysis.result import Middelen
    from pionieren.pipeline import Batch, Resultaat, Uitkomst


def _kosten(md: Middelen) -> str:
    """The cost line of the summary: the same estimate as the report (the sober estimate with
    a fifth for the unforeseen), for the gemeente and, apart, for the initiator. Why: 'Kosten:
    minstens € 200 (budget € 62.000)' for a windpark whose initiator pays € 17,400 (session 29)."""
    from pionieren.analysis.mix.kosten import ONVOORZIEN, met_onvoorzien
    from pionieren.text import euro

    delen = []
    if md.kosten_max_euro or not md.kosten_initiatiefnemer_max_euro:
        delen.append(
            f"{euro(met_onvoorzien(md.kosten_min_euro, md.kosten_max_euro))} voor de gemeente"
        )
    if md.kosten_initiatiefnemer_max_euro:
        schatting = met_onvoorzien(
            md.kosten_initiatiefnemer_min_euro, md.kosten_initiatiefnemer_max_euro
        )
        delen.append(f"{euro(schatting)} voor de initiatiefnemer")
    regel = f"Kosten: naar schatting {' en '.join(delen)} (met {ONVOORZIEN} % onvoorzien"
    if md.budget_euro is not None:
        regel += f"; budget {euro(md.budget_euro)}"
        if md.budget_vastgelegd_euro:
            # what is left after the money already committed (kaders.budget_vastgelegd)
            regel += f", na {euro(md.budget_vastgelegd_euro)} dat al vastligt"
    return regel + ")"


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
                f"  - {m.naam} ({m.modus.value}, {m.trede.value}, week {m.start_week}"
                f"{'' if m.eind_week == m.start_week else f'–{m.eind_week}'})"
            ),
            markup=False,
        )
    md = a.middelen
    uit.print(_kosten(md), markup=False)
    from pionieren.report.data import INVOER_REGELS

    for b in a.bevindingen:
        if b.regel in INVOER_REGELS:
            # a tip about the input file: for whoever makes the advice, not in the report
            uit.print(
                f"[yellow]Tip voor het vraagstuk[/yellow] ({b.regel}): {rich_safe(b.tekst)}",
                highlight=False,
            )
        elif b.ernst is Ernst.waarschuwing:
            uit.print(f"[red]Waarschuwing[/red] ({b.regel}): {rich_safe(b.tekst)}", highlight=False)
    let_op = sum(
        1 for b in a.bevindingen if b.ernst is Ernst.let_op and b.regel not in INVOER_REGELS
    )
    if let_op:
        zin = (
            "1 punt om op te letten staat in het rapport."
            if let_op == 1
            else f"{let_op} punten om op te letten staan in het rapport."
        )
        uit.print(zin, markup=False)
    if a.ervaringen is not None:
        regels = ("ERVARING-BEREIK", "ERVARING-KOSTEN", "ERVARING-WEKEN")
        bijgesteld = sorted({b.waarden["werkvorm"] for b in a.bevindingen if b.regel in regels})
        in_mix = [m.naam for m in a.mix if m.werkvorm in bijgesteld]
        regel = (
            f"Ervaring uit {a.ervaringen.evaluaties} evaluaties: "
            f"{len(a.ervaringen.gevallen)} eerdere processen lijken hierop"
        )
        if bijgesteld:
            regel += f"; {len(bijgesteld)} werkvormen bijgesteld"
            if in_mix:
                regel += f", in dit ontwerp: {', '.join(in_mix)}"
        uit.print(terminal_safe(regel + " (zie het rapport)."), markup=False)
    uit.print(terminal_safe(f"Rapport: {doel}"), markup=False, soft_wrap=True)


def _in_ci() -> bool:
    """No progress bar in CI or when the output is not a terminal."""
    return bool(os.environ.get("CI")) or not sys.stdout.isatty() or not sys.stderr.isatty()


def _workers() -> int:
    """How many processes a batch may use: PIONIEREN_WERKERS, else one per available core."""
    gezet = os.environ.get("PIONIEREN_WERKERS", "").strip()
    if gezet.isdigit() and int(gezet) > 0:
        return int(gezet)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


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
            help="Een of meer vraagstukbestanden (YAML), of een map met vraagstukken.",
            show_default=False,
            metavar="BESTAND...",
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
            help="Waar het rapport komt: een bestand (het formaat volgt uit de naam), '-' voor "
            "het scherm, of een map: een naam die eindigt op / (de map wordt gemaakt) of een "
            "map die al bestaat; bij meerdere bestanden altijd een map (een nieuwe naam zonder "
            "extensie bij één bestand is een fout: map of bestand?). In een map, en zonder "
            "deze optie naast het invoerbestand, heet het rapport <naam>.advies.<formaat> (de "
            "paragraaf <naam>.paragraaf.md).",
        ),
    ] = None,
    datum: Annotated[
        str | None,
        typer.Option(
            "--datum",
            show_default=False,
            metavar="JJJJ-MM-DD",
            help="De datum in het rapport. Zonder deze optie: SOURCE_DATE_EPOCH, anders vandaag "
            "(de plaatselijke datum). Zet hem vast als u rapporten in CI controleert.",
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
    sjablonen: SjablonenOptie = None,
    eigen: WerkvormenOptie = None,
    leerarena: Annotated[
        Path | None,
        typer.Option(
            "--leerarena",
            show_default=False,
            metavar="MAP",
            help="Een map met evaluaties van eerdere processen (zoals bij pionieren leerarena). "
            "Het rapport krijgt dan 'Ervaringen in deze gemeente': de eerdere processen die het "
            "meest lijken, met hun lessen. Waar genoeg evaluaties hetzelfde laten zien, past het "
            "advies zich aan (bereik, kosten, weken) en zegt het waarom. Een kapotte evaluatie "
            "telt niet mee. Zonder deze optie: 'leerarena' in pionieren.toml.",
        ),
    ] = None,
) -> None:
    """Analyseer een vraagstuk en maak een onderbouwd participatieadvies.

    Toont een korte samenvatting en schrijft het rapport. Een map neemt elk vraagstuk erin
    mee. Bij meerdere bestanden gaat pionieren door na een fout bestand, meldt alle fouten
    en eindigt met exitcode 1.

    Voorbeelden:

    \b
      pionieren analyse vraagstukken/marktplein.yaml
      pionieren analyse plein.yaml -o rapport.pdf
      pionieren analyse plein.yaml --formaat paragraaf
      pionieren analyse vraagstukken/ -o rapporten/
      pionieren analyse plein.yaml --controleer --datum 2026-11-28
      pionieren analyse plein.yaml --leerarena vraagstukken/
    """
    from pionieren.pipeline import Status, run

    with fouten_afhandelen():
        batch = run(
            bestanden,
            formaat=formaat.value if formaat else None,
            uitvoer=uitvoer,
            datum=datum,
            controleer=controleer,
            werkvormen=eigen,
            sjablonen=sjablonen,
            leerarena=leerarena,
            werkers=_workers(),
        )
        for pad, reden in batch.overgeslagen:
            echo(f"{pad}: overgeslagen, {reden}", err=True)
        meerdere = len(batch) > 1
        fouten = 0
        waarschuwingen = 0
        voortgang = None
        for uitkomst in batch:
            # started after the first outcome: by then the batch has started its worker
            # processes, which must not inherit the progress bar's thread
            if voortgang is None and meerdere and not _in_ci():
                voortgang = _progress(len(batch))
            if voortgang is not None:
                voortgang.update(voortgang.task_ids[0], description=rich_safe(uitkomst.naam))
                voortgang.advance(voortgang.task_ids[0])
            if uitkomst.fout is not None:
                if not meerdere:
                    raise uitkomst.fout
                fouten += 1
                _show_error(uitkomst.naam, uitkomst.fout)
                continue
            if uitkomst.status is Status.scherm:
                resultaat = uitkomst.resultaat
                assert resultaat is not None
                sys.stdout.buffer.write(resultaat.rapport)
                sys.stdout.flush()
                continue
            if uitkomst.vergelijking is not None:
                _show_comparison(uitkomst)
                if not uitkomst.vergelijking.gelijk:
                    fouten += 1
                continue
            doel = str(uitkomst.doel)
            if uitkomst.status is Status.vervangen:
                doel += " (vervangen: het bestaande bestand was anders)"
            if meerdere:
                samenvatting = uitkomst.samenvatting
                assert samenvatting is not None
                aantal = samenvatting.waarschuwingen
                waarschuwingen += aantal
                echo(
                    f"{uitkomst.naam}: advies {samenvatting.advies}, "
                    f"{aantal} {'waarschuwing' if aantal == 1 else 'waarschuwingen'}, "
                    f"rapport {doel}"
                )
            else:
                assert uitkomst.resultaat is not None
                _summary(uitkomst.resultaat, doel)
        if voortgang is not None:
            voortgang.stop()
        _show_uncounted(batch)
        if meerdere:
            regel = f"{len(batch)} bestanden: {len(batch) - fouten} in orde, {fouten} met problemen"
            if waarschuwingen:
                regel += (
                    f"; {waarschuwingen} "
                    f"{'waarschuwing' if waarschuwingen == 1 else 'waarschuwingen'} "
                    "(zie de rapporten)"
                )
            echo(regel, err=True)
        if fouten:
            raise typer.Exit(1)


def _show_uncounted(batch: Batch) -> None:
    """--leerarena: a broken evaluatie is named with its problems, but does not stop the advice."""
    for map_, gelezen in batch.ervaringen.items():
        for fout in gelezen.fouten:
            for p in fout.problemen:
                echo_problem(p)
        if gelezen.fouten:
            aantal = len(gelezen.ervaring.niet_meegeteld)
            echo(
                f"--leerarena {map_}: {aantal} {'bestand telt' if aantal == 1 else 'bestanden tellen'}"
                " niet mee (zie hierboven); het advies gebruikt de andere evaluaties.",
                err=True,
            )


def _show_error(naam: str, fout: Exception) -> None:
    from pionieren.errors import InvoerFout, zin

    if isinstance(fout, InvoerFout):
        for p in fout.problemen:
            echo_problem(p)
    else:
        echo(f"Fout: {naam}: {zin(str(fout))}", err=True)


def _show_comparison(uitkomst: Uitkomst) -> None:
    """--controleer: 'ongewijzigd' on stdout; the diff on stdout and the verdict on stderr."""
    vergelijking = uitkomst.vergelijking
    assert vergelijking is not None
    doel = uitkomst.doel
    if vergelijking.gelijk:
        echo(f"{doel}: ongewijzigd")
    elif vergelijking.melding:
        echo(f"{doel}: {vergelijking.melding}", err=True)
    else:
        if vergelijking.verschil:
            echo(vergelijking.verschil, nl=False, regels=True)
        echo(f"{doel}: verschilt van wat pionieren nu maakt", err=True)


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
    from pionieren.analysis.registry import per_thema, rules_markdown

    with fouten_afhandelen():
        lijst = per_thema()
        if formaat is RegelsFormaat.md:
            typer.echo(rules_markdown(), nl=False)
            return
        if formaat is RegelsFormaat.json:
            typer.echo(
                json.dumps(
                    [
                        {
                            "id": r.id,
                            "thema": r.thema.value,
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
                uit.print(f"\n[bold]{thema.titel}[/bold]")
            uit.print(f"[bold]{r.id}[/bold]: {r.titel}", highlight=False)
            uit.print(f"  {r.uitleg}", markup=False)
            uit.print(f"  Bronnen: {', '.join(r.bronnen)}", markup=False)
        uit.print(f"\n{len(lijst)} regels", markup=False)

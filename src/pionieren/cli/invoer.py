"""Commands about input files: ``valideer`` and ``schema``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pionieren.cli.base import app, console, echo, echo_problem, fouten_afhandelen
from pionieren.safe_text import rich_safe, terminal_safe


class ValideerFormaat(StrEnum):
    tekst = "tekst"
    json = "json"
    github = "github"


def _github_escape(tekst: str, eigenschap: bool = False) -> str:
    tekst = tekst.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if eigenschap:
        tekst = tekst.replace(":", "%3A").replace(",", "%2C")
    return tekst


@app.command()
def valideer(
    bestanden: Annotated[
        list[Path],
        typer.Argument(
            help="Een of meer vraagstuk- of evaluatiebestanden (YAML), of een map.",
            show_default=False,
            metavar="BESTAND...",
        ),
    ],
    formaat: Annotated[
        ValideerFormaat,
        typer.Option(
            "--formaat",
            "-f",
            help="tekst (voor mensen), json, of github (voor annotaties in GitHub Actions).",
        ),
    ] = ValideerFormaat.tekst,
) -> None:
    """Controleer of vraagstuk- en evaluatiebestanden kloppen. Noemt elk probleem met bestand, regel en kolom.

    Een map neemt elk vraagstuk en elke evaluatie erin mee (*.yaml en *.yml, ook in
    submappen); van een evaluatie ook de koppeling met het vraagstuk ('Let op' verandert de
    exitcode niet). Noemt de tekst een instrument (zoals een referendum of klankbordgroep) dat de velden niet
    noemen, een datum die geen datumveld noemt, of de omwonenden van een plek die niet bij de
    belanghebbenden staan, dan volgt een tip met het veld om in te vullen. Exitcode 0 als alle bestanden
    kloppen (ook met tips), 1 als er een probleem is.
    """
    from pionieren.dates import report_date
    from pionieren.errors import InvoerFout, Probleem
    from pionieren.input.hints import (
        aanwezig_hints,
        anoniem_hints,
        budget_hints,
        commentaar_hints,
        datum_hints,
        eigen_bezit_hints,
        instrument_hints,
        komma_hints,
        moment_hints,
        plek_hints,
        positie,
        vertrouwelijk_hints,
        voorgeschiedenis_hints,
        werkvorm_hints,
        zorgen_hints,
    )
    from pionieren.input.load import VraagstukCache, read_evaluatie, read_vraagstuk
    from pionieren.knowledge.load import builtin
    from pionieren.pipeline import expand_inputs, kind_of_file

    uitslagen: list[tuple[str, list[Probleem]]] = []
    tips: list[list[dict[str, object]]] = []  # per file, in the order of uitslagen
    waarschuwingen: dict[str, list[Probleem]] = {}  # 'Let op' in an evaluatie, per file
    with fouten_afhandelen():
        # A gemeente's own werkvormen file only adds werkvormen, so the built-in ids suffice.
        catalogus = set(builtin().ids())
        invoer = expand_inputs(bestanden, evaluaties=True)
        for overgeslagen, reden in invoer.overgeslagen:
            echo(f"{overgeslagen}: overgeslagen, {reden}", err=True)
        cache: VraagstukCache = {}
        for pad in invoer.bestanden:
            naam = str(pad)
            tips.append([])
            if kind_of_file(pad) == "evaluatie":
                try:
                    waarschuwingen[naam] = read_evaluatie(
                        pad, naam, catalogus, cache
                    ).waarschuwingen
                except InvoerFout as e:
                    uitslagen.append((naam, e.problemen))
                    continue
                uitslagen.append((naam, []))
                continue
            try:
                vraagstuk, geladen = read_vraagstuk(pad, naam)
            except InvoerFout as e:
                uitslagen.append((naam, e.problemen))
                continue
            uitslagen.append((naam, []))
            # a date in the text before today is history, not a date to plan towards
            vandaag = report_date()
            for hint in [
                *werkvorm_hints(vraagstuk, catalogus),
                *instrument_hints(vraagstuk, catalogus),
                *plek_hints(vraagstuk),
                *voorgeschiedenis_hints(vraagstuk),
                *zorgen_hints(vraagstuk),
                *eigen_bezit_hints(vraagstuk),
                *budget_hints(vraagstuk),
                *aanwezig_hints(vraagstuk),
                *anoniem_hints(vraagstuk),
                *vertrouwelijk_hints(vraagstuk),
                *commentaar_hints(geladen),
                *komma_hints(geladen),
                *datum_hints(vraagstuk, vandaag),
                *moment_hints(vraagstuk, vandaag),
            ]:
                plek = positie(hint, geladen)
                tips[-1].append(
                    {"bestand": naam, "regel": plek.regel, "kolom": plek.kolom, **hint.als_dict()}
                )

    fout = any(problemen for _, problemen in uitslagen)
    aantal_tips = sum(len(t) for t in tips)
    if formaat is ValideerFormaat.json:
        data = {
            "geldig": not fout,
            "bestanden": [
                {
                    "bestand": naam,
                    "geldig": not problemen,
                    "problemen": [p.als_dict() for p in problemen],
                    "tips": tips_bestand,
                    "waarschuwingen": [w.als_dict() for w in waarschuwingen.get(naam, [])],
                }
                for (naam, problemen), tips_bestand in zip(uitslagen, tips, strict=True)
            ],
        }
        echo(json.dumps(data, ensure_ascii=False, indent=2), regels=True)
    elif formaat is ValideerFormaat.github:
        for _naam, problemen in uitslagen:
            for p in problemen:
                eig = f"file={_github_escape(p.bestand, True)}"
                if p.regel:
                    eig += f",line={p.regel},col={p.kolom}"
                titel = _github_escape(p.pad or "pionieren", True)
                tekst = _github_escape(f"{p.pad + ': ' if p.pad else ''}{p.melding}")
                echo(f"::error {eig},title={titel}::{tekst}")
        for lijst in tips:
            for tip in lijst:
                eig = f"file={_github_escape(str(tip['bestand']), True)}"
                eig += f",line={tip['regel']},col={tip['kolom']}"
                echo(f"::notice {eig},title=Tip::{_github_escape(str(tip['melding']))}")
        for lijst_w in waarschuwingen.values():
            for w in lijst_w:
                eig = f"file={_github_escape(w.bestand, True)},line={w.regel},col={w.kolom}"
                echo(f"::warning {eig},title=Let op::{_github_escape(w.melding)}")
    else:
        uit = console()
        for (naam, problemen), tips_bestand in zip(uitslagen, tips, strict=True):
            if not problemen:
                uit.print(f"[green]✓[/green] {rich_safe(naam)}: in orde", highlight=False)
                for tip in tips_bestand:
                    echo(f"{naam}:{tip['regel']}:{tip['kolom']}: Tip: {tip['melding']}")
                for w in waarschuwingen.get(naam, []):
                    echo(w.als_tekst())
            else:
                # Problems go to stderr, as with every command; the verdict to stdout.
                for p in problemen:
                    echo_problem(p)
        slecht = sum(1 for _, problemen in uitslagen if problemen)
        totaal = sum(len(problemen) for _, problemen in uitslagen)
        if len(uitslagen) > 1 or fout:
            regel = (
                f"{len(uitslagen)} {'bestand' if len(uitslagen) == 1 else 'bestanden'} "
                f"gecontroleerd: {len(uitslagen) - slecht} in orde, {slecht} met problemen"
            )
            if totaal:
                regel += f" ({totaal} {'probleem' if totaal == 1 else 'problemen'})"
            if aantal_tips:
                regel += f"; {aantal_tips} {'tip' if aantal_tips == 1 else 'tips'}"
            uit.print(terminal_safe(regel), markup=False)
    if fout:
        raise typer.Exit(1)


class SchemaSoort(StrEnum):
    vraagstuk = "vraagstuk"
    evaluatie = "evaluatie"
    advies = "advies"


@app.command()
def schema(
    soort: Annotated[
        SchemaSoort,
        typer.Option(
            "--soort",
            help="vraagstuk (het invoerbestand), evaluatie (hoe een proces ging; voor "
            "pionieren leerarena en verslag) of advies (de JSON-uitvoer van pionieren analyse "
            "--formaat json).",
        ),
    ] = SchemaSoort.vraagstuk,
) -> None:
    """Toon het JSON Schema van een vraagstukbestand, een evaluatiebestand of het advies in JSON."""
    from pionieren.input.schema import schema_text

    with fouten_afhandelen():
        typer.echo(schema_text(soort.value), nl=False)

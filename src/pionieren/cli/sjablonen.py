"""``pionieren sjablonen --naar MAP``: copy the built-in templates out for editing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pionieren.cli.base import app, console, fouten_afhandelen
from pionieren.safe_text import terminal_safe


@app.command()
def sjablonen(
    naar: Annotated[
        Path,
        typer.Option(
            "--naar",
            show_default=False,
            metavar="MAP",
            help="De map waarin de sjablonen komen (wordt aangemaakt).",
        ),
    ],
    overschrijven: Annotated[
        bool,
        typer.Option("--overschrijven", "--overschrijf", help="Bestaande bestanden vervangen."),
    ] = False,
) -> None:
    """Kopieer de ingebouwde sjablonen naar een map, om ze aan te passen.

    Gebruik de map met --sjablonen MAP of met 'sjablonen = "MAP"' in pionieren.toml.

    Tip: pas liever één blok aan in rapport.md of rapport.html dan de hele basislayout.

    Het Word-rapport volgt rapport.md; een eigen huisstijl.docx in de map geeft het uw stijlen.

    paragraaf.md is de participatieparagraaf voor het raads- of collegevoorstel, of voor de
    inbreng van de gemeente als een ander beslist.
    """
    from pionieren.report.copy import copy_templates

    with fouten_afhandelen():
        gekopieerd = copy_templates(naar, overschrijven)
        uit = console()
        for pad in gekopieerd:
            uit.print(terminal_safe(f"  {pad}"), markup=False)
        uit.print(
            terminal_safe(
                f"{len(gekopieerd)} sjablonen gekopieerd naar {naar}. Gebruik ze met: "
                f"pionieren analyse BESTAND --sjablonen {naar}"
            ),
            markup=False,
        )

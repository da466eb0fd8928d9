"""Commands about finished processes: ``leerarena`` (and ``evalueer`` and ``verslag``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pionieren.cli.base import app, echo, echo_problem, fouten_afhandelen
from pionieren.cli.kennis import SjablonenOptie, WerkvormenOptie
from pionieren.report.formats import DocumentFormaatNaam

if TYPE_CHECKING:
    from pionieren.errors import InvoerFout

_FORMATEN = "md (Markdown), html (webpagina), pdf, docx (Word) of json"

FormaatOptie = Annotated[
    DocumentFormaatNaam | None,
    typer.Option(
        "--formaat",
        "-f",
        show_default=False,
        help=f"{_FORMATEN}. Zonder deze optie volgt het formaat uit de naam bij --uitvoer, "
        "anders uit 'formaat' in pionieren.toml, anders md. (pdf en docx hebben "
        "pionieren\\[pdf] of pionieren\\[docx] nodig.)",
    ),
]
DatumOptie = Annotated[
    str | None,
    typer.Option(
        "--datum",
        show_default=False,
        metavar="JJJJ-MM-DD",
        help="De datum in het rapport. Zonder deze optie: SOURCE_DATE_EPOCH, anders vandaag.",
    ),
]


def _uitvoer_optie(standaard: str) -> object:
    return typer.Option(
        "--uitvoer",
        "-o",
        show_default=False,
        metavar="PAD",
        help=f"Waar het rapport komt: een bestand (het formaat volgt uit de naam), '-' voor het "
        f"scherm, of een map (een naam die eindigt op /). Zonder deze optie: {standaard}.",
    )


def _show_errors(fouten: list[InvoerFout]) -> None:
    for fout in fouten:
        for probleem in fout.problemen:
            echo_problem(probleem)


def _write(rapport: bytes, doel: Path | None, invoer: list[Path], sjablonen: Path | None) -> str:
    """Write the report (or show it for '-'); what to say about it."""
    from pionieren.pipeline import Status, write_report

    if doel is None:
        sys.stdout.buffer.write(rapport)
        sys.stdout.flush()
        return ""
    status = write_report(doel, rapport, invoer, [sjablonen] if sjablonen else [])
    if status is Status.vervangen:
        return f"{doel} (vervangen: het bestaande bestand was anders)"
    return str(doel)


@app.command()
def leerarena(
    map_: Annotated[
        Path,
        typer.Argument(
            help="Een map met evaluaties (en vraagstukken); ook de mappen daaronder.",
            show_default=False,
            metavar="MAP",
        ),
    ],
    formaat: FormaatOptie = None,
    uitvoer: Annotated[str | None, _uitvoer_optie("leerarena.<formaat> in MAP")] = None,
    datum: DatumOptie = None,
    sjablonen: SjablonenOptie = None,
    eigen: WerkvormenOptie = None,
) -> None:
    """Maak het leerarenarapport: wat leverde de participatie op, over alle evaluaties in een map.

    Per werkvorm hoe vaak en hoe goed (bereik, kosten en weken tegen de catalogus,
    tevredenheid), hoe vaak de terugkoppeling te laat kwam of ontbrak, hoe vaak het besluit
    afweek van de uitkomst, welke groepen bereikt en gemist zijn, de lessen, en een agenda voor
    de volgende leerarena. Een kapot bestand stopt de rest niet: pionieren noemt het met alle
    problemen, telt het niet mee, maakt het rapport en eindigt met exitcode 1.

    Voorbeelden:

    \b
      pionieren leerarena vraagstukken/
      pionieren leerarena evaluaties/ -o leerarena.html
      pionieren leerarena evaluaties/ --formaat json -o -
    """
    from pionieren.config import load_project
    from pionieren.files import check_option_paths
    from pionieren.leerarena.folder import leerarena as maak
    from pionieren.report.documents import choose_format, file_name, output_path

    with fouten_afhandelen():
        check_option_paths(eigen, sjablonen)
        project = load_project(map_) if map_.is_dir() else None
        standaard_formaat = project.formaat if project else None
        gekozen = choose_format(formaat.value if formaat else None, uitvoer, standaard_formaat)
        doel = output_path(uitvoer, map_ / file_name("leerarena", gekozen))
        sjablonen = sjablonen or (project.sjablonen if project else None)
        resultaat = maak(
            map_,
            datum=datum,
            formaat=gekozen.naam,
            werkvormen=eigen or (project.werkvormen if project else None),
            sjablonen=sjablonen,
            instellingen=project.presentatie() if project else None,
        )
        inhoud = resultaat.map
        for pad, reden in inhoud.overgeslagen:
            echo(f"{pad}: overgeslagen, {reden}", err=True)
        for waarschuwing in inhoud.waarschuwingen:
            echo_problem(waarschuwing)
        _show_errors(inhoud.fouten)
        geschreven = _write(resultaat.rapport, doel, inhoud.inputs(), sjablonen)
        la = resultaat.leerarena
        regel = (
            f"Leerarena: {la.evaluaties} {'evaluatie' if la.evaluaties == 1 else 'evaluaties'} "
            f"({la.afgerond} afgerond, {la.lopend} lopend)"
        )
        if la.zonder_evaluatie:
            regel += f", {len(la.zonder_evaluatie)} vraagstuk(ken) zonder evaluatie"
        if la.niet_meegeteld:
            regel += f"; {len(la.niet_meegeteld)} niet meegeteld (zie de meldingen hierboven)"
        echo(regel, err=doel is None)
        if geschreven:
            echo(f"Rapport: {geschreven}")
        if inhoud.fouten:
            raise typer.Exit(1)

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


def _argument(uitleg: str, metavar: str) -> object:
    return typer.Argument(help=uitleg, show_default=False, metavar=metavar)


def _uitvoer_optie(
    standaard: str, wat: str = "het rapport", bestand: str = "het formaat volgt uit de naam"
) -> object:
    return typer.Option(
        "--uitvoer",
        "-o",
        show_default=False,
        metavar="PAD",
        help=f"Waar {wat} komt: een bestand ({bestand}), '-' voor het scherm, of een map (een "
        f"naam die eindigt op /). Zonder deze optie: {standaard}.",
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
        Path, _argument("Een map met evaluaties (en vraagstukken); ook de mappen daaronder.", "MAP")
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


@app.command()
def evalueer(
    bestand: Annotated[
        Path, _argument("Het vraagstukbestand (YAML) van het proces dat u evalueert.", "VRAAGSTUK")
    ],
    uitvoer: Annotated[
        str | None,
        _uitvoer_optie(
            "evaluaties/<naam>.evaluatie.yaml naast het vraagstuk", "het evaluatiebestand", ".yaml"
        ),
    ] = None,
    overschrijf: Annotated[
        bool,
        typer.Option(
            "--overschrijven",
            "--overschrijf",
            help="Vervang een evaluatiebestand dat al bestaat (met uw invulling).",
        ),
    ] = False,
    datum: DatumOptie = None,
    eigen: WerkvormenOptie = None,
) -> None:
    """Maak een evaluatiebestand om in te vullen, uit het advies voor een vraagstuk.

    De geadviseerde werkvormen, de belanghebbenden en de open onderwerpen staan er al in; wat
    alleen u weet (deelnemers, kosten, weken, wie bereikt is, terugkoppeling, besluit) staat
    leeg met '# invullen' en de schatting of planning erbij. Een leeg verplicht veld is een
    fout bij het lezen, dus een half ingevuld bestand telt nooit ongemerkt mee. pionieren
    overschrijft een bestaand bestand alleen met --overschrijven.

    Voorbeelden:

    \b
      pionieren evalueer vraagstukken/marktplein.yaml
      pionieren evalueer plein.yaml -o evaluaties/plein-2027.yaml
    """
    from pionieren.errors import UsageError
    from pionieren.files import check_option_paths, write_atomic
    from pionieren.leerarena.prefill import default_target, prefill_file
    from pionieren.report.documents import output_path

    with fouten_afhandelen():
        check_option_paths(eigen)
        if not bestand.exists() and not bestand.is_symlink():
            raise UsageError(f"dit bestand bestaat niet: {bestand}. Controleer de naam en de map.")
        doel = output_path(uitvoer, default_target(bestand))
        if doel is not None and doel.suffix.casefold() not in (".yaml", ".yml"):
            raise UsageError(
                f"--uitvoer {uitvoer}: een evaluatie is een YAML-bestand; kies een naam die "
                f"eindigt op .yaml, zoals {doel.stem}.evaluatie.yaml."
            )
        if doel is not None and (doel.exists() or doel.is_symlink()) and not overschrijf:
            raise UsageError(
                f"{doel} bestaat al; misschien heeft u het al ingevuld. Er is niets geschreven. "
                "Kies een andere naam met --uitvoer, of vervang het met --overschrijven."
            )
        tekst = prefill_file(bestand, doel, datum=datum, werkvormen=eigen)
        if doel is None:
            echo(tekst, nl=False, regels=True)
            return
        write_atomic(doel, tekst.encode("utf-8"), [bestand])
        echo(f"Evaluatie om in te vullen: {doel}")
        echo(
            f"Vul elke plek met 'invullen' in; controleer het daarna met: pionieren valideer {doel}",
            err=True,
        )


@app.command()
def verslag(
    bestand: Annotated[Path, _argument("Het evaluatiebestand (YAML) van het proces.", "EVALUATIE")],
    formaat: FormaatOptie = None,
    uitvoer: Annotated[
        str | None, _uitvoer_optie("<naam>.verslag.<formaat> naast de evaluatie")
    ] = None,
    datum: DatumOptie = None,
    sjablonen: SjablonenOptie = None,
    eigen: WerkvormenOptie = None,
) -> None:
    """Maak het participatieverslag van een evaluatie, voor de raad of bij een aanvraag.

    Wat gepland was en wat is gedaan, wie meededen en wie niet, wat er per onderwerp met de
    inbreng is gedaan en waarom, het besluit, en wat wanneer is teruggekoppeld. Onder de
    Omgevingswet geeft een aanvrager aan of en hoe er participatie was (het aanvraagvereiste):
    dit verslag geeft dat antwoord. Elk getal komt uit de evaluatie.

    Voorbeelden:

    \b
      pionieren verslag vraagstukken/evaluaties/marktplein.evaluatie.yaml
      pionieren verslag plein.evaluatie.yaml -o verslag.docx
    """
    from pionieren.config import load_project
    from pionieren.errors import UsageError
    from pionieren.files import check_option_paths
    from pionieren.leerarena.verslag import default_name
    from pionieren.leerarena.verslag import verslag as maak
    from pionieren.report.documents import choose_format, file_name, output_path

    with fouten_afhandelen():
        check_option_paths(eigen, sjablonen)
        if not bestand.exists() and not bestand.is_symlink():
            raise UsageError(f"dit bestand bestaat niet: {bestand}. Controleer de naam en de map.")
        project = load_project(bestand)
        gekozen = choose_format(formaat.value if formaat else None, uitvoer, project.formaat)
        doel = output_path(uitvoer, bestand.with_name(file_name(default_name(bestand), gekozen)))
        sjablonen = sjablonen or project.sjablonen
        resultaat = maak(
            bestand,
            datum=datum,
            formaat=gekozen.naam,
            werkvormen=eigen or project.werkvormen,
            sjablonen=sjablonen,
            instellingen=project.presentatie(),
        )
        for waarschuwing in resultaat.gelezen.waarschuwingen:
            echo_problem(waarschuwing)
        invoer = [bestand, Path(resultaat.gelezen.vraagstuk_bestand)]
        geschreven = _write(resultaat.rapport, doel, invoer, sjablonen)
        if geschreven:
            echo(f"Verslag: {geschreven}")

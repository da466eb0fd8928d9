"""Commands about the knowledge: ``werkvormen``, ``werkvorm``, ``bronnen``, ``ladder`` and ``teksten``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pionieren.cli.base import app, console, echo, fouten_afhandelen
from pionieren.safe_text import rich_safe, terminal_safe
from pionieren.vocabulary import Kanaal, Kenmerk, Modus, Trede

if TYPE_CHECKING:
    from pionieren.knowledge.load import Kennis


class CatalogusFormaat(StrEnum):
    tekst = "tekst"
    json = "json"
    md = "md"


class TekstOfJson(StrEnum):
    tekst = "tekst"
    json = "json"


WerkvormenOptie = Annotated[
    Path | None,
    typer.Option(
        "--werkvormen",
        metavar="BESTAND",
        help="Een eigen werkvormenbestand (YAML) dat werkvormen toevoegt of aanpast. Zonder "
        "deze optie geldt 'werkvormen' uit pionieren.toml, als die er is.",
        show_default=False,
    ),
]

SjablonenOptie = Annotated[
    Path | None,
    typer.Option(
        "--sjablonen",
        show_default=False,
        metavar="MAP",
        help="Een map met eigen sjablonen die voor de ingebouwde gaan.",
    ),
]


def laad_kennis(werkvormen: Path | None, start: Path) -> Kennis:
    """The knowledge with the gemeente's own file: the option first, then pionieren.toml."""
    from pionieren.config import load_project
    from pionieren.files import check_option_paths
    from pionieren.knowledge.load import load_kennis

    check_option_paths(werkvormen)
    if werkvormen is None:
        werkvormen = load_project(start).werkvormen
    return load_kennis(werkvormen, str(werkvormen) if werkvormen else None)


def _json(data: object) -> None:
    echo(json.dumps(data, ensure_ascii=False, indent=2), regels=True)


@app.command()
def werkvormen(
    modus: Annotated[
        list[Modus] | None,
        typer.Option(
            "--modus", help="Alleen werkvormen voor deze modus. Mag vaker.", show_default=False
        ),
    ] = None,
    trede: Annotated[
        list[Trede] | None,
        typer.Option(
            "--trede",
            help="Alleen werkvormen die deze trede kunnen dienen. Mag vaker.",
            show_default=False,
        ),
    ] = None,
    bereikt: Annotated[
        list[Kenmerk] | None,
        typer.Option(
            "--bereikt",
            metavar="GROEP...",
            help="Alleen werkvormen die deze groep goed bereiken. Mag vaker.",
            show_default=False,
        ),
    ] = None,
    kanaal: Annotated[
        list[Kanaal] | None,
        typer.Option(
            "--kanaal", help="Alleen werkvormen met dit kanaal. Mag vaker.", show_default=False
        ),
    ] = None,
    max_kosten: Annotated[
        int | None,
        typer.Option(
            "--max-kosten",
            min=0,
            metavar="EURO",
            help="Alleen werkvormen waarvan de minimale kosten (euro) hier binnen blijven.",
            show_default=False,
        ),
    ] = None,
    formaat: Annotated[
        CatalogusFormaat, typer.Option("--formaat", "-f", help="tekst, json of md (Markdown).")
    ] = CatalogusFormaat.tekst,
    eigen: WerkvormenOptie = None,
) -> None:
    """Toon de werkvormencatalogus, eventueel gefilterd.

    Filters combineren: een werkvorm moet aan elk gegeven filter voldoen. Geeft u een filter
    vaker (--modus denken --modus doen), dan is één van de waarden genoeg.
    """
    from pionieren import text
    from pionieren.knowledge.catalogue import catalogus_markdown, filter_werkvormen, treden_tekst

    with fouten_afhandelen():
        kennis = laad_kennis(eigen, Path.cwd())
        lijst = filter_werkvormen(
            kennis.werkvormen,
            modi=modus or [],
            treden=trede or [],
            bereikt=bereikt or [],
            kanalen=kanaal or [],
            max_kosten=max_kosten,
        )
        if formaat is CatalogusFormaat.json:
            _json([{**w.model_dump(mode="json"), "herkomst": kennis.herkomst[w.id]} for w in lijst])
            return
        if formaat is CatalogusFormaat.md:
            echo(catalogus_markdown(lijst, kennis), nl=False, regels=True)
            return
        from rich.table import Table

        uit = console()
        if not lijst:
            uit.print("Geen werkvormen gevonden met deze filters.")
            return
        from rich import box

        tabel = Table(
            title=f"Werkvormen ({len(lijst)} van {len(kennis.werkvormen)})",
            title_justify="left",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
        )
        tabel.add_column("werkvorm (id · kanaal)", min_width=26)
        tabel.add_column("modi", no_wrap=True)
        tabel.add_column("treden")
        tabel.add_column("kosten", justify="right")
        tabel.add_column("weken", justify="right", no_wrap=True)
        for w in lijst:
            eigen_teken = " *" if kennis.herkomst[w.id] != "ingebouwd" else ""
            tabel.add_row(
                f"{rich_safe(w.naam)}{eigen_teken}\n[dim]{w.id} · {w.kanaal.value}[/dim]",
                "\n".join(m.value for m in w.modi),
                treden_tekst(w),
                text.euro_bereik(*w.kosten_euro),
                text.bereik(*w.weken),
            )
        uit.print(tabel)
        if any(kennis.herkomst[w.id] != "ingebouwd" for w in lijst):
            uit.print("* uit uw eigen werkvormenbestand (toegevoegd of aangepast)")
        uit.print("Meer over één werkvorm: pionieren werkvorm ID")


@app.command()
def werkvorm(
    id: Annotated[
        str,
        typer.Argument(
            help="De id van de werkvorm, zoals 'burgerberaad'.", show_default=False, metavar="ID"
        ),
    ],
    formaat: Annotated[
        CatalogusFormaat, typer.Option("--formaat", "-f", help="tekst, json of md (Markdown).")
    ] = CatalogusFormaat.tekst,
    eigen: WerkvormenOptie = None,
) -> None:
    """Toon één werkvorm volledig: omschrijving, kosten, valkuilen, randvoorwaarden en bronnen."""
    from pionieren.errors import UsageError
    from pionieren.input.problems import suggest
    from pionieren.knowledge.catalogue import werkvorm_markdown

    with fouten_afhandelen():
        kennis = laad_kennis(eigen, Path.cwd())
        try:
            gekozen = kennis.werkvorm(id)
        except KeyError:
            hint = suggest(id, kennis.ids())
            raise UsageError(
                f"de werkvorm '{id}' bestaat niet."
                + (f" Bedoelde u '{hint}'?" if hint else "")
                + " Alle werkvormen toont ‘pionieren werkvormen’."
            ) from None
        if formaat is CatalogusFormaat.json:
            _json(
                {
                    **gekozen.model_dump(mode="json"),
                    "herkomst": kennis.herkomst[gekozen.id],
                    "bronnen_volledig": [
                        kennis.bronnen[b].model_dump(mode="json") for b in gekozen.bronnen
                    ],
                }
            )
            return
        tekst = werkvorm_markdown(gekozen, kennis, niveau=1)
        import sys

        from pionieren.cli.terminal import is_terminal

        if formaat is CatalogusFormaat.md or not is_terminal(sys.stdout):
            # In a pipe or file the Markdown itself reads best (no centred headings, no wrap).
            echo(tekst, nl=False, regels=True)
            return
        from rich.markdown import Markdown

        console().print(Markdown(tekst))


@app.command()
def bronnen(
    formaat: Annotated[
        TekstOfJson, typer.Option("--formaat", "-f", help="tekst of json.")
    ] = TekstOfJson.tekst,
    eigen: WerkvormenOptie = None,
) -> None:
    """Toon het bronnenregister: elke bron die de catalogus, de ladder of een regel noemt."""
    with fouten_afhandelen():
        kennis = laad_kennis(eigen, Path.cwd())
        lijst = sorted(kennis.bronnen.values(), key=lambda b: b.id)
        if formaat is TekstOfJson.json:
            _json([b.model_dump(mode="json") for b in lijst])
            return
        uit = console()
        for bron in lijst:
            jaar = bron.jaar if bron.jaar is not None else "z.j."
            uit.print(f"[bold]{bron.id}[/bold]")
            uit.print(terminal_safe(f"  {bron.uitgever} ({jaar}). {bron.titel}."), markup=False)
            uit.print(terminal_safe(f"  {bron.url}"), markup=False, soft_wrap=True)
        uit.print(f"{len(lijst)} bronnen", markup=False)


@app.command()
def ladder(
    formaat: Annotated[
        TekstOfJson, typer.Option("--formaat", "-f", help="tekst of json.")
    ] = TekstOfJson.tekst,
) -> None:
    """Toon de participatieladder: per trede wat de gemeente toezegt."""
    from pionieren.knowledge.load import builtin

    with fouten_afhandelen():
        kennis = builtin()
        if formaat is TekstOfJson.json:
            _json(kennis.ladder.model_dump(mode="json"))
            return
        from rich.table import Table

        tabel = Table(title="Participatieladder", title_justify="left", show_lines=True)
        tabel.add_column("trede", no_wrap=True)
        tabel.add_column("wat de gemeente toezegt")
        tabel.add_column("IAP2", no_wrap=True)
        for trede in kennis.ladder.treden:
            tabel.add_row(trede.naam, trede.toezegging, trede.iap2)
        uit = console()
        uit.print(tabel)
        uit.print("Bij initiatieven van inwoners: de rol van de gemeente (Rob 2012)")
        for rol in kennis.ladder.overheidsparticipatie:
            uit.print(f"- {rol.naam}: {rol.omschrijving}", markup=False)


@app.command()
def teksten() -> None:
    """Toon de teksten van de aandachtspunten en waarschuwingen (teksten.yaml).

    Wilt u een tekst anders: zet in uw sjablonenmap een teksten.yaml met alleen die sleutels,
    onder 'teksten:', en gebruik --sjablonen.
    """
    import sys
    from importlib import resources

    with fouten_afhandelen():
        tekst = resources.files("pionieren.knowledge").joinpath("teksten.yaml").read_text("utf-8")
        sys.stdout.write(tekst)

"""Reading a folder for the leerarena, and making its report: the library behind the command.

Why: :func:`pionieren.leerarena.aggregate` counts and knows no files; this module finds the
evaluaties and vraagstukken in a folder tree, reads each one once, and renders the report
through the same templates and format table as the advice. Nothing here prints or exits.

A broken file does not stop the run: it is left out of the figures, named with every problem
in :attr:`Map.fouten` (the command shows them and ends with exit code 1), and the report says
how many files were not counted. The figures are then still right for the files that were read.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pionieren.errors import InvoerFout, Probleem, UsageError
from pionieren.input.load import GelezenEvaluatie, VraagstukCache, read_evaluatie
from pionieren.knowledge.load import Kennis
from pionieren.leerarena import Leerarena, aggregate


@dataclass
class Map:
    """What a folder holds for the leerarena."""

    evaluaties: list[GelezenEvaluatie] = field(default_factory=list)
    vraagstukken: list[Path] = field(default_factory=list)
    fouten: list[InvoerFout] = field(default_factory=list)
    overgeslagen: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def waarschuwingen(self) -> list[Probleem]:
        return [w for e in self.evaluaties for w in e.waarschuwingen]

    def inputs(self) -> list[Path]:
        """Every file read: never a place to write the report."""
        return [Path(e.bestand) for e in self.evaluaties] + self.vraagstukken

    def zonder_evaluatie(self) -> list[str]:
        """Vraagstukken in the folder that no evaluatie (that could be read) links to."""
        gekoppeld = {os.path.realpath(p) for p in {e.vraagstuk_bestand for e in self.evaluaties}}
        return [str(p) for p in self.vraagstukken if os.path.realpath(p) not in gekoppeld]

    def niet_meegeteld(self) -> list[str]:
        return sorted({p.bestand for fout in self.fouten for p in fout.problemen})


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while many files are read, counted and shown.

    Why: 10,000 evaluaties make millions of small objects that all live until the report is
    made; the collector would scan them over and over and find nothing (more than a third of
    the time). Reference counting still frees everything; the collector runs again afterwards.
    """
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aan:
            gc.enable()


def read_folder(map_: Path, kennis: Kennis) -> Map:
    """Every evaluatie and vraagstuk in ``map_`` and the folders below it (hidden ones left out).

    Each vraagstuk is read once, however many evaluaties link to it. Raises
    :class:`UsageError` when ``map_`` is not a folder or holds no evaluatie at all.
    """
    from pionieren.pipeline import kind_of_file, yaml_files

    if not map_.exists():
        raise UsageError(f"de map {map_} bestaat niet. Controleer de naam.")
    if not map_.is_dir() or map_.is_symlink():
        raise UsageError(
            f"{map_} is geen map. Geef de map met evaluaties (pionieren leerarena leest alle "
            "evaluaties en vraagstukken erin, ook in de mappen daaronder)."
        )
    inhoud = Map()
    catalogus = set(kennis.ids())
    cache: VraagstukCache = {}
    for pad in yaml_files(map_):
        soort = kind_of_file(pad)
        if soort == "vraagstuk":
            inhoud.vraagstukken.append(pad)
        elif soort == "evaluatie":
            try:
                inhoud.evaluaties.append(read_evaluatie(pad, str(pad), catalogus, cache))
            except InvoerFout as e:
                inhoud.fouten.append(e)
        else:
            inhoud.overgeslagen.append((pad, "geen evaluatie en geen vraagstuk"))
    if not inhoud.evaluaties and not inhoud.fouten:
        raise UsageError(
            f"in {map_} staat geen evaluatie (een YAML-bestand dat begint met 'vraagstuk: "
            "PAD'). Maak er een met: pionieren evalueer VRAAGSTUK.yaml"
        )
    return inhoud


LEERARENA_LABELS: dict[str, dict[str, str]] = {
    "soort": {
        "inwoners": "inwoners",
        "ondernemers": "ondernemers",
        "maatschappelijke_organisatie": "maatschappelijke organisaties",
        "overheid": "andere overheden",
        "politiek": "politiek",
        "adviesorgaan": "adviesorganen",
        "anders": "andere partijen",
    },
    "wie": {"deelnemers": "Deelnemers", "raad": "Gemeenteraad", "organisatie": "Organisatie"},
    "terugkoppeling": {
        "op_tijd": "op tijd",
        "te_laat": "te laat",
        "ontbreekt": "niet gegeven",
        "lopend": "loopt nog",
    },
}


def template_data(
    leerarena: Leerarena, instellingen: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Plain data for the templates (dicts, lists, strings); they decide nothing."""
    from pionieren.report.data import LABELS

    return {
        "leerarena": leerarena.model_dump(mode="json"),
        "labels": {**LABELS, **LEERARENA_LABELS},
        "instellingen": {"gemeente": None, "logo": None, "kleur": None, **(instellingen or {})},
        "bronregister": {},
    }


def prepare(datum: date | str | None, werkvormen: Path | str | None) -> tuple[date, Kennis]:
    """The date of a report (``--datum``, SOURCE_DATE_EPOCH, today) and the catalogue with a
    gemeente's own werkvormen file."""
    from pionieren.dates import report_date
    from pionieren.knowledge.load import load_kennis

    dag = datum if isinstance(datum, date) else report_date(datum)
    eigen = Path(werkvormen) if werkvormen is not None else None
    return dag, load_kennis(eigen, str(eigen) if eigen else None)


@dataclass(frozen=True)
class LeerarenaResultaat:
    """The leerarena of one folder: the figures, the folder's content and the report's bytes."""

    leerarena: Leerarena
    map: Map
    rapport: bytes
    formaat: str


def leerarena(
    map_: Path | str,
    *,
    datum: date | str | None = None,
    formaat: str = "md",
    werkvormen: Path | str | None = None,
    sjablonen: Path | str | None = None,
    instellingen: dict[str, Any] | None = None,
) -> LeerarenaResultaat:
    """Read a folder and make the leerarena report; write nothing.

    ``datum`` as in :func:`pionieren.advise` (``--datum``, else SOURCE_DATE_EPOCH, else today).
    """
    from pionieren.report.documents import render_document
    from pionieren.report.word import Eigenschappen

    dag, kennis = prepare(datum, werkvormen)
    pad = Path(map_)
    with fewer_collections():
        inhoud = read_folder(pad, kennis)
        uitkomst = aggregate(
            inhoud.evaluaties,
            {w.id: w for w in kennis.werkvormen},
            datum=dag,
            map_=str(map_),
            zonder_evaluatie=inhoud.zonder_evaluatie(),
            niet_meegeteld=inhoud.niet_meegeteld(),
        )
        gemeenten = sorted({p.gemeente for p in uitkomst.processen})
        gemeente = (instellingen or {}).get("gemeente") or (
            gemeenten[0] if len(gemeenten) == 1 else "pionieren"
        )
        rapport = render_document(
            "leerarena",
            formaat,
            template_data(uitkomst, instellingen),
            lambda: (
                json.dumps(uitkomst.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
            ),
            Eigenschappen(
                titel=f"Leerarena: {pad.resolve().name or map_}",
                onderwerp="Wat de participatie opleverde, over alle evaluaties",
                trefwoorden="participatie; leerarena; evaluatie",
                gemeente=str(gemeente),
                versie=uitkomst.versie,
                datum=dag,
            ),
            Path(sjablonen) if sjablonen is not None else None,
        )
    return LeerarenaResultaat(uitkomst, inhoud, rapport, formaat)

"""From a vraagstuk file to a rendered report: the library behind ``pionieren analyse``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pionieren import text
from pionieren.analysis.engine import analyse
from pionieren.analysis.result import Advies
from pionieren.config import Project, load_project
from pionieren.errors import PionierenError, UsageError, UserError
from pionieren.files import same_file
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import Kennis
from pionieren.report import formats
from pionieren.report.formats import Formaat
from pionieren.report.render import render


@dataclass(frozen=True)
class Resultaat:
    bestand: str
    vraagstuk: Vraagstuk
    advies: Advies
    rapport: bytes


def advise_file(
    pad: Path,
    naam: str,
    kennis: Kennis,
    datum: date,
    formaat: str,
    sjablonen: Path | None = None,
    instellingen: dict[str, str | None] | None = None,
) -> Resultaat:
    """Load, validate, analyse and render one vraagstuk. Raises on any problem; writes nothing."""
    vraagstuk = load_vraagstuk(pad, naam)
    _check_size_for_format(vraagstuk, formaat, naam)
    advies = analyse(vraagstuk, kennis, datum)
    rapport = render(
        advies, vraagstuk, kennis, formaat, Path(naam).name, sjablonen, dict(instellingen or {})
    )
    return Resultaat(bestand=naam, vraagstuk=vraagstuk, advies=advies, rapport=rapport)


def _check_size_for_format(vraagstuk: Vraagstuk, formaat: str, naam: str) -> None:
    """A PDF or Word report lays out every stakeholder: refuse one that would take too long."""
    from pionieren.input.model import MAX_BELANGHEBBENDEN_OPGEMAAKT

    aantal = len(vraagstuk.belanghebbenden)
    if formaat in ("pdf", "docx") and aantal > MAX_BELANGHEBBENDEN_OPGEMAAKT:
        raise UserError(
            f"{naam}: een {formaat.upper()}-rapport kan hoogstens "
            f"{MAX_BELANGHEBBENDEN_OPGEMAAKT} belanghebbenden tonen; dit vraagstuk heeft er "
            f"{text.getal(aantal)}. Kies md, html of json, of voeg groepen met hetzelfde belang "
            "samen."
        )


def default_output(invoer: Path, formaat: str) -> Path:
    """``vraagstukken/plein.yaml`` -> ``vraagstukken/plein.advies.md`` (or ``plein.paragraaf.md``)."""
    return invoer.with_name(formats.default_name(invoer.stem, formaat))


@dataclass(frozen=True)
class Opdracht:
    """One input of ``pionieren analyse`` and where its report goes, decided before any work.

    ``fout`` is set when the settings for this input cannot be read; the batch reports it and
    goes on with the other files.
    """

    pad: Path
    naam: str
    project: Project
    formaat: Formaat | None
    doel: Path | None
    werkvormen: Path | None
    sjablonen: Path | None
    fout: PionierenError | None = None

    def inputs(self) -> list[Path]:
        """Every file this run reads for this input: never a place to write a report."""
        paden = [self.pad, self.project.bestand, self.werkvormen, self.project.logo]
        return [p for p in paden if p is not None]


def plan(
    bestanden: list[Path],
    formaat: str | None,
    uitvoer: str | None,
    werkvormen: Path | None = None,
    sjablonen: Path | None = None,
) -> list[Opdracht]:
    """Decide for every input its settings, format and report file; write nothing.

    Raises :class:`UsageError` (exit 2) when two inputs would write the same report (such as
    ``a/plein.yaml`` and ``b/plein.yaml`` into one folder, or ``plein.yaml`` and ``plein.yml``),
    and :class:`UserError` when a report would overwrite a file that this run reads (the
    vraagstuk, the werkvormen file, pionieren.toml, the logo). Then nothing is written at all,
    so no report is lost. Names are compared as the file system may compare them: without
    regard to case.
    """
    meerdere = len(bestanden) > 1
    bestandsnaam = uitvoer if not meerdere else None
    if (
        meerdere
        and uitvoer not in (None, "-")
        and Path(uitvoer).exists()
        and not Path(uitvoer).is_dir()
    ):
        raise UsageError(
            f"--uitvoer {uitvoer}: bij meerdere invoerbestanden is dit de map voor de "
            "rapporten, maar het is een bestand. Geef een map."
        )
    opdrachten = []
    for pad in bestanden:
        naam = str(pad)
        try:
            project = load_project(pad)
            gekozen = formats.choose(formaat, bestandsnaam, project.formaat)
        except PionierenError as e:
            opdrachten.append(Opdracht(pad, naam, Project(), None, None, None, None, e))
            continue
        if uitvoer == "-":
            doel = None
        elif uitvoer is None:
            doel = default_output(pad, gekozen.naam)
        elif meerdere:
            doel = Path(uitvoer) / default_output(pad, gekozen.naam).name
        else:
            doel = Path(uitvoer)
        opdrachten.append(
            Opdracht(
                pad,
                naam,
                project,
                gekozen,
                doel,
                werkvormen or project.werkvormen,
                sjablonen or project.sjablonen,
            )
        )
    _check_targets(opdrachten)
    return opdrachten


def _check_targets(opdrachten: list[Opdracht]) -> None:
    per_doel: dict[str, list[Opdracht]] = {}
    for opdracht in opdrachten:
        if opdracht.doel is not None:
            sleutel = os.path.normcase(opdracht.doel.absolute()).casefold()
            per_doel.setdefault(sleutel, []).append(opdracht)
    botsingen = [lijst for lijst in per_doel.values() if len(lijst) > 1]
    if botsingen:
        regels = [
            f"{lijst[0].doel} (uit {', '.join(o.naam for o in lijst)})" for lijst in botsingen
        ]
        raise UsageError(
            "deze invoerbestanden krijgen hetzelfde rapport, zodat het ene het andere zou "
            f"overschrijven: {'; '.join(regels)}. Er is niets geschreven. Geef de bestanden een "
            "eigen naam, of maak hun rapporten apart met elk een eigen --uitvoer."
        )
    invoer = [p for o in opdrachten for p in o.inputs()]
    for opdracht in opdrachten:
        if opdracht.doel is None:
            continue
        for bron in invoer:
            if same_file(opdracht.doel, bron):
                raise UserError(
                    f"{opdracht.doel}: dit is het invoerbestand {bron} van deze opdracht; dat "
                    "overschrijft pionieren niet. Er is niets geschreven. Kies een andere naam "
                    "met --uitvoer."
                )

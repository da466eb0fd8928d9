"""From a vraagstuk file to a rendered report: the library behind ``pionieren analyse``.

Why: everything ``pionieren analyse`` decides lives here, so a script can do the same without
the command line: which files a folder holds (:func:`expand_inputs`), where each report goes
(:func:`plan`), the batch itself (:func:`run`) and the ``--controleer`` comparison
(:func:`compare`). The public entry point for one vraagstuk is :func:`pionieren.advise`
(:func:`advise`). Nothing here prints or exits; problems are raised as :mod:`pionieren.errors`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from pionieren import text
from pionieren.analysis.engine import analyse
from pionieren.analysis.result import Advies
from pionieren.config import Project, load_project
from pionieren.errors import PionierenError, UsageError, UserError
from pionieren.files import Invoerbestanden, check_option_paths
from pionieren.input.load import file_kind, load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import Kennis
from pionieren.report import formats
from pionieren.report.formats import Formaat
from pionieren.report.render import render

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from pionieren.analysis.ervaring import Ervaring
    from pionieren.leerarena.ervaring import GelezenErvaring


@dataclass(frozen=True)
class Resultaat:
    """One vraagstuk, analysed and rendered: what :func:`pionieren.advise` returns.

    ``rapport`` holds the bytes of the report in ``formaat`` (UTF-8 text, or a PDF or Word
    file); ``advies`` is the structured advice (a pydantic model, ``advies.model_dump()``).
    """

    bestand: str
    vraagstuk: Vraagstuk
    advies: Advies
    rapport: bytes
    formaat: str = "md"

    @property
    def tekst(self) -> str:
        """The report as text (for md, html, paragraaf and json)."""
        return self.rapport.decode("utf-8")


def advise_file(
    pad: Path,
    naam: str,
    kennis: Kennis,
    datum: date,
    formaat: str,
    sjablonen: Path | None = None,
    instellingen: dict[str, str | None] | None = None,
    ervaring: Ervaring | None = None,
) -> Resultaat:
    """Load, validate, analyse and render one vraagstuk. Raises on any problem; writes nothing.

    ``ervaring`` is the local experience (``--leerarena``); evaluaties of this vraagstuk file
    itself are left out of it."""
    vraagstuk = load_vraagstuk(pad, naam)
    _check_size_for_format(vraagstuk, formaat, naam)
    if ervaring is not None:
        ervaring = ervaring.zonder(os.path.realpath(pad))
    advies = analyse(vraagstuk, kennis, datum, ervaring=ervaring)
    rapport = render(
        advies, vraagstuk, kennis, formaat, Path(naam).name, sjablonen, dict(instellingen or {})
    )
    return Resultaat(
        bestand=naam, vraagstuk=vraagstuk, advies=advies, rapport=rapport, formaat=formaat
    )


def advise(
    bron: Path | str | Vraagstuk,
    *,
    datum: date | str | None = None,
    formaat: str = "md",
    werkvormen: Path | str | None = None,
    sjablonen: Path | str | None = None,
    instellingen: dict[str, str | None] | None = None,
    leerarena: Path | str | None = None,
) -> Resultaat:
    """Analyse one vraagstuk and render its report; write nothing.

    ``bron`` is a vraagstuk file (YAML) or a :class:`~pionieren.input.model.Vraagstuk`.
    ``datum`` is the date in the report (a :class:`datetime.date` or ``"JJJJ-MM-DD"``); without
    it SOURCE_DATE_EPOCH, else today's local date. ``formaat`` is md, html, pdf, docx,
    paragraaf or json. ``werkvormen`` is a gemeente's own werkvormen file, ``sjablonen`` a
    folder of own templates. Settings from a ``pionieren.toml`` are not read: pass them
    yourself (``instellingen={"gemeente": ..., "logo": ...}``). ``leerarena`` is a folder
    with evaluaties of earlier processes (as ``--leerarena``): the advice then shows the most
    similar ones and uses local evidence (see :mod:`pionieren.analysis.ervaring`); a broken
    evaluatie there is not counted (the report says how many).

    Raises :class:`~pionieren.errors.InvoerFout` for an invalid file (``.problemen`` lists
    every problem with file, line and column), :class:`~pionieren.errors.UsageError` for a
    wrong argument and :class:`~pionieren.errors.TemplateError` for a template that cannot be
    used; all are :class:`~pionieren.errors.PionierenError`.
    """
    from pionieren.dates import report_date
    from pionieren.knowledge.load import load_kennis

    dag = datum if isinstance(datum, date) else report_date(datum)
    gekozen = formats.get(formaat).naam
    eigen = Path(werkvormen) if werkvormen is not None else None
    kennis = load_kennis(eigen, str(eigen) if eigen else None)
    map_ = Path(sjablonen) if sjablonen is not None else None
    ervaring = None
    if leerarena is not None:
        from pionieren.leerarena.ervaring import read_ervaring

        ervaring = read_ervaring(Path(leerarena), kennis).ervaring
    if isinstance(bron, Vraagstuk):
        naam = "vraagstuk"
        advies = analyse(bron, kennis, dag, ervaring=ervaring)
        rapport = render(advies, bron, kennis, gekozen, naam, map_, dict(instellingen or {}))
        return Resultaat(naam, bron, advies, rapport, gekozen)
    pad = Path(bron)
    return advise_file(pad, str(pad), kennis, dag, gekozen, map_, instellingen, ervaring)


_YAML = (".yaml", ".yml")
_EVALUATIE_OVERGESLAGEN = (
    "een evaluatie, geen vraagstuk (pionieren verslag en pionieren leerarena lezen die)"
)


@dataclass(frozen=True)
class Invoer:
    """The files to work on, after folders are opened, and the files skipped with a reason."""

    bestanden: list[Path]
    overgeslagen: list[tuple[Path, str]] = field(default_factory=list)


def expand_inputs(paden: Sequence[Path], evaluaties: bool = False) -> Invoer:
    """Every vraagstuk that the arguments name: a file as it is, a folder recursively.

    In a folder: every ``*.yaml`` and ``*.yml`` (sorted, hidden folders such as ``.git`` left
    out) that looks like a vraagstuk (with ``evaluaties``: or like an evaluatie); other YAML
    files are skipped with a reason, as a linter does. A file named directly is always taken.
    Raises :class:`UsageError` (exit 2) when an argument does not exist, before any work.
    """
    ontbreekt = [str(p) for p in paden if not p.exists() and not p.is_symlink()]
    if ontbreekt:
        woord = "dit bestand bestaat" if len(ontbreekt) == 1 else "deze bestanden bestaan"
        raise UsageError(
            f"{woord} niet: {', '.join(ontbreekt)}. Controleer de naam en de map. "
            "Er is niets gedaan."
        )
    bestanden: list[Path] = []
    overgeslagen: list[tuple[Path, str]] = []
    for pad in paden:
        if not pad.is_dir() or pad.is_symlink():
            if not evaluaties and kind_of_file(pad) == "evaluatie":
                overgeslagen.append((pad, _EVALUATIE_OVERGESLAGEN))
            else:
                bestanden.append(pad)
            continue
        gevonden = yaml_files(pad)
        if not gevonden:
            overgeslagen.append((pad, "geen vraagstukken in deze map"))
        for kandidaat in gevonden:
            soort = kind_of_file(kandidaat)
            if soort == "vraagstuk" or (evaluaties and soort == "evaluatie"):
                bestanden.append(kandidaat)
            elif soort == "evaluatie":
                overgeslagen.append((kandidaat, _EVALUATIE_OVERGESLAGEN))
            else:
                overgeslagen.append(
                    (kandidaat, "geen vraagstuk (geen 'kaders' of 'belanghebbenden')")
                )
    return Invoer(bestanden, overgeslagen)


def yaml_files(map_: Path) -> list[Path]:
    """Every ``*.yaml`` and ``*.yml`` in a folder tree, sorted; hidden folders (such as
    ``.git``) and symbolic links left out."""
    return sorted(
        p
        for p in map_.rglob("*")
        if p.suffix.casefold() in _YAML
        and not any(deel.startswith(".") for deel in p.relative_to(map_).parts)
        and p.is_file()
        and not p.is_symlink()
    )


def kind_of_file(pad: Path) -> str | None:
    """'vraagstuk', 'evaluatie' or None (another YAML file), from the file's top-level keys.

    Only a regular file is opened (a pipe would block); anything else is None, and the reader
    that follows says what is wrong with it.
    """
    if not pad.is_file():
        return None
    try:
        with pad.open(encoding="utf-8", errors="replace") as f:
            begin = f.read(2 * 1024 * 1024)
    except OSError:
        begin = ""
    return file_kind(begin)


def output_folder(uitvoer: str | None, meerdere: bool) -> Path | None:
    """The folder that ``--uitvoer`` names, or None when it names a file (or the screen).

    A name that ends in ``/`` (or ``\\`` on Windows) or an existing folder is a folder, also
    with one input (the report gets its usual name inside it; the folder is made when needed).
    With one input, a new name without an extension could be either, so it is a
    :class:`UsageError` that asks which one.
    With several inputs ``--uitvoer`` must be a folder: an existing file, or a new name that
    ends like a report (``both.md``), is a :class:`UsageError`; any other new name is a folder.
    """
    if uitvoer is None or uitvoer == "-":
        return None
    pad = Path(uitvoer)
    if uitvoer.endswith(("/", os.sep)) or (pad.is_dir() and not pad.is_symlink()):
        return pad
    if not meerdere:
        if not pad.suffix and not pad.exists() and not pad.is_symlink():
            raise UsageError(
                f"--uitvoer {uitvoer}: is dit een map of een bestand? Schrijf {uitvoer}/ voor een "
                f"map (die pionieren maakt), of een naam met een extensie, zoals {pad.name}.md, "
                "voor een bestand."
            )
        return None
    if pad.exists() or pad.is_symlink():
        raise UsageError(
            f"--uitvoer {uitvoer}: bij meerdere invoerbestanden is dit de map voor de "
            "rapporten, maar het is een bestand. Geef een map."
        )
    if formats.from_filename(pad.name) is not None:
        raise UsageError(
            f"--uitvoer {uitvoer}: bij meerdere invoerbestanden komt elk rapport apart in een "
            f"map, maar deze naam lijkt op één bestand. Geef een map (zoals {pad.stem}/), of "
            "maak de rapporten een voor een."
        )
    return pad


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
    leerarena: Path | None = None

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
    leerarena: Path | None = None,
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
    if uitvoer == "-" and meerdere:
        raise UsageError("'--uitvoer -' kan alleen met één invoerbestand.")
    map_ = output_folder(uitvoer, meerdere)
    bestandsnaam = uitvoer if map_ is None else None
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
        elif map_ is not None:
            doel = map_ / default_output(pad, gekozen.naam).name
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
                leerarena=leerarena or project.leerarena,
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
    invoer = Invoerbestanden(p for o in opdrachten for p in o.inputs())
    for opdracht in opdrachten:
        if opdracht.doel is None:
            continue
        bron = invoer.zoek(opdracht.doel)
        if bron is not None:
            raise UserError(
                f"{opdracht.doel}: dit is het invoerbestand {bron} van deze opdracht; dat "
                "overschrijft pionieren niet. Er is niets geschreven. Kies een andere naam "
                "met --uitvoer."
            )


class Status(StrEnum):
    """What happened to one input of a batch."""

    geschreven = "geschreven"  # a new report file
    vervangen = "vervangen"  # an existing report with other content was replaced
    scherm = "scherm"  # the report is for the screen (``--uitvoer -``): the caller shows it
    ongewijzigd = "ongewijzigd"  # --controleer: the file on disk is the same
    verschilt = "verschilt"  # --controleer: the file on disk differs or is missing
    fout = "fout"  # the input or its settings or template had a problem


@dataclass(frozen=True)
class Vergelijking:
    """The ``--controleer`` comparison of a new report with the file on disk."""

    gelijk: bool
    verschil: str = ""  # a unified diff (text formats only)
    melding: str = ""  # why there is nothing to compare with (missing, unreadable, binary)


@dataclass(frozen=True)
class Samenvatting:
    """What a batch shows about one advice on its line: the advised rung and the warnings."""

    advies: str
    waarschuwingen: int

    @classmethod
    def van(cls, resultaat: Resultaat) -> Samenvatting:
        from pionieren.analysis.result import Ernst

        return cls(
            resultaat.advies.trede.advies.value,
            sum(1 for b in resultaat.advies.bevindingen if b.ernst is Ernst.waarschuwing),
        )


@dataclass(frozen=True)
class Uitkomst:
    """One input of a batch: its report file, what happened, and the result or the error.

    ``samenvatting`` is there whenever the vraagstuk was analysed. ``resultaat`` is there too,
    except when the batch ran in several processes (``werkers``): the advice then stays in the
    process that made it, and only its summary comes back.
    """

    naam: str
    doel: Path | None
    status: Status
    resultaat: Resultaat | None = None
    fout: PionierenError | None = None
    vergelijking: Vergelijking | None = None
    samenvatting: Samenvatting | None = None


def compare(doel: Path, nieuw: bytes, binair: bool = False) -> Vergelijking:
    """Compare a new report with the file on disk; reads, never writes."""
    from pionieren.files import read_limited

    if not doel.exists() and not doel.is_symlink():
        return Vergelijking(False, melding="bestaat nog niet; maak het eerst zonder --controleer.")
    try:
        oud = read_limited(doel, max(len(nieuw) * 2, 1024 * 1024), wat="het bestaande rapport")
    except UserError as e:
        return Vergelijking(False, melding=str(e))
    if oud == nieuw:
        return Vergelijking(True)
    if binair:
        return Vergelijking(False)
    import difflib

    verschil = difflib.unified_diff(
        oud.decode("utf-8", errors="replace").splitlines(keepends=True),
        nieuw.decode("utf-8", errors="replace").splitlines(keepends=True),
        fromfile=f"{doel} (bestaand)",
        tofile=f"{doel} (nieuw)",
    )
    return Vergelijking(False, verschil="".join(verschil))


def write_report(
    doel: Path,
    rapport: bytes,
    invoer: Iterable[Path] | Invoerbestanden = (),
    mappen: Sequence[Path] = (),
) -> Status:
    """Write a report atomically (see :func:`pionieren.files.write_atomic`) and say what happened.

    A report that exists with other content (edited by hand, or an older report) is replaced,
    and the caller says so: never silently.
    """
    from pionieren.files import write_atomic

    status = Status.geschreven
    if doel.is_file() and not doel.is_symlink():
        gelijk = compare(doel, rapport, binair=True).gelijk
        status = Status.ongewijzigd if gelijk else Status.vervangen
    write_atomic(doel, rapport, invoer, mappen)
    return status


@dataclass(frozen=True)
class Batch:
    """The work of one ``pionieren analyse``: planned in full, done when iterated.

    Iterating analyses, renders and writes (or compares) one input at a time and yields an
    :class:`Uitkomst` for each, in the order of the inputs; a problem with one input is in its
    ``fout`` and the batch goes on.

    With ``werkers`` above 1 (and a system that can fork, such as Linux) a larger batch without
    PDF reports uses that many processes: the first input is done here, so the knowledge and
    the compiled templates are loaded once and shared; the others are divided over the
    processes. The outcomes come in the same order with the same content, but without
    ``resultaat`` (see :class:`Uitkomst`).
    """

    opdrachten: list[Opdracht]
    datum: date
    controleer: bool = False
    overgeslagen: list[tuple[Path, str]] = field(default_factory=list)
    werkers: int = 1
    ervaringen: dict[Path, GelezenErvaring] = field(default_factory=dict)
    """Per ``--leerarena`` folder: what it holds, read once per run (also the broken files)."""

    def __len__(self) -> int:
        return len(self.opdrachten)

    def __iter__(self) -> Iterator[Uitkomst]:
        werk = _Werk(self)
        rest = range(1, len(self.opdrachten))
        if not self.opdrachten:
            return
        eerste = werk.doe(0)
        werkers = min(self.werkers, len(rest))
        # (a PDF is made by WeasyPrint with Pango, whose own threads a fork would not copy)
        pdf = any(o.formaat is not None and o.formaat.naam == "pdf" for o in self.opdrachten)
        if len(rest) < _MINSTENS_PER_WERKER * 2 or werkers < 2 or pdf or not _can_fork():
            yield eerste
            yield from (werk.doe(plek) for plek in rest)
            return
        # The workers start before the first outcome goes out, so before the caller can start
        # a thread of its own (such as a progress bar).
        pool, uitkomsten = _start_workers(werk, rest, werkers)
        try:
            yield eerste
            yield from uitkomsten
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            _HUIDIG.clear()


# A batch is divided over processes only when each gets at least this many inputs.
_MINSTENS_PER_WERKER = 4


class _Werk:
    """The shared state of one batch: the inputs to protect, and the knowledge per werkvormen
    file (read once per run)."""

    def __init__(self, batch: Batch) -> None:
        self.batch = batch
        self.invoer = Invoerbestanden(p for o in batch.opdrachten for p in o.inputs())
        self.geladen: dict[Path | None, Kennis] = {}

    def doe(self, plek: int) -> Uitkomst:
        """Analyse, render and write (or compare) input ``plek``."""
        from pionieren.knowledge.load import load_kennis

        opdracht = self.batch.opdrachten[plek]
        doel = opdracht.doel
        try:
            if opdracht.fout is not None:
                raise opdracht.fout
            gekozen = opdracht.formaat
            assert gekozen is not None
            werkvormen = opdracht.werkvormen
            if werkvormen not in self.geladen:
                self.geladen[werkvormen] = load_kennis(
                    werkvormen, str(werkvormen) if werkvormen else None
                )
            kennis = self.geladen[werkvormen]
            ervaring = None
            if opdracht.leerarena is not None:
                ervaringen = self.batch.ervaringen
                if opdracht.leerarena not in ervaringen:
                    from pionieren.leerarena.ervaring import read_ervaring

                    ervaringen[opdracht.leerarena] = read_ervaring(opdracht.leerarena, kennis)
                ervaring = ervaringen[opdracht.leerarena].ervaring
            resultaat = advise_file(
                opdracht.pad,
                opdracht.naam,
                kennis,
                self.batch.datum,
                gekozen.naam,
                opdracht.sjablonen,
                opdracht.project.presentatie(),
                ervaring,
            )
        except PionierenError as e:
            return Uitkomst(opdracht.naam, doel, Status.fout, fout=e)
        samenvatting = Samenvatting.van(resultaat)
        if doel is None:
            return Uitkomst(
                opdracht.naam, None, Status.scherm, resultaat, samenvatting=samenvatting
            )
        if self.batch.controleer:
            vergelijking = compare(doel, resultaat.rapport, gekozen.binair)
            status = Status.ongewijzigd if vergelijking.gelijk else Status.verschilt
            return Uitkomst(
                opdracht.naam, doel, status, resultaat, None, vergelijking, samenvatting
            )
        mappen = [opdracht.sjablonen] if opdracht.sjablonen is not None else []
        try:
            status = write_report(doel, resultaat.rapport, self.invoer, mappen)
        except PionierenError as e:
            return Uitkomst(
                opdracht.naam, doel, Status.fout, resultaat, e, samenvatting=samenvatting
            )
        return Uitkomst(opdracht.naam, doel, status, resultaat, samenvatting=samenvatting)


def _can_fork() -> bool:
    """Processes can share the loaded state by forking: Linux, and no other thread running
    (forking a process with threads can leave a lock held in the child)."""
    import sys
    import threading

    return sys.platform.startswith("linux") and threading.active_count() == 1


# The batch that forked worker processes work on (set before they start, read in them).
_HUIDIG: list[_Werk] = []


def _in_worker(plek: int) -> Uitkomst:
    import dataclasses

    return dataclasses.replace(_HUIDIG[0].doe(plek), resultaat=None)


def _quiet_worker() -> None:
    """Ctrl-C is for the main process: it stops the batch; a worker finishes its file."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start_workers(
    werk: _Werk, plekken: range, werkers: int
) -> tuple[ProcessPoolExecutor, Iterator[Uitkomst]]:
    """Fork the workers and hand them ``plekken``; the outcomes come in that order."""
    import gc
    import multiprocessing
    import signal
    from concurrent.futures import ProcessPoolExecutor

    _HUIDIG[:] = [werk]
    pool = None
    # Ctrl-C waits until the workers have started (a fork must not be interrupted halfway);
    # then it stops the batch as it always does: the files being written are finished, the
    # rest is not started.
    vorige = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        # What is loaded now is shared with the workers; kept out of the garbage collector's
        # sight, it is not copied into each of them when the collector walks it.
        gc.freeze()
        try:
            pool = ProcessPoolExecutor(
                werkers, mp_context=multiprocessing.get_context("fork"), initializer=_quiet_worker
            )
            uitkomsten = pool.map(_in_worker, plekken, chunksize=2)
        finally:
            gc.unfreeze()
            signal.pthread_sigmask(signal.SIG_SETMASK, vorige)  # a waiting Ctrl-C comes here
    except BaseException:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        _HUIDIG.clear()
        raise
    return pool, uitkomsten


def run(
    bestanden: Sequence[Path],
    *,
    formaat: str | None = None,
    uitvoer: str | None = None,
    datum: date | str | None = None,
    controleer: bool = False,
    werkvormen: Path | None = None,
    sjablonen: Path | None = None,
    leerarena: Path | None = None,
    werkers: int = 1,
) -> Batch:
    """Plan ``pionieren analyse`` for files and folders; iterate the result to do the work.

    ``werkers`` is the number of processes a larger batch may use (see :class:`Batch`).

    Every usage problem (a missing file, a bad date, ``--uitvoer -`` with several inputs, a
    format that does not fit the name, two inputs with one report) raises :class:`UsageError`
    here, before anything is read or written. ``leerarena`` is a folder of evaluaties (as
    ``--leerarena``): it is read here once, so a missing or empty folder stops the run before
    any report; a broken evaluatie in it is only left out (see :attr:`Batch.ervaringen`).
    """
    from pionieren.dates import report_date

    dag = datum if isinstance(datum, date) else report_date(datum)
    check_option_paths(werkvormen, sjablonen)
    invoer = expand_inputs(list(bestanden))
    if not invoer.bestanden:
        if len(bestanden) == 1 and len(invoer.overgeslagen) == 1 and Path(bestanden[0]).is_file():
            # one file that is no vraagstuk (an evaluatie): only why
            pad, reden = invoer.overgeslagen[0]
            raise UsageError(f"{pad}: {reden}.")
        redenen = "".join(f" {pad}: {reden}." for pad, reden in invoer.overgeslagen[:3])
        raise UsageError(
            f"in {', '.join(str(p) for p in bestanden)} staat geen vraagstuk (*.yaml of *.yml)."
            + redenen
        )
    meerdere = len(invoer.bestanden) > 1
    if uitvoer == "-" and meerdere:
        raise UsageError("'--uitvoer -' kan alleen met één invoerbestand.")
    if controleer and uitvoer == "-":
        raise UsageError(
            "--controleer heeft een bestand nodig om mee te vergelijken; geef --uitvoer PAD."
        )
    # With one input, --uitvoer may name the file, and its extension may tell the format.
    # Check it before any file is read: a clash with --formaat is a usage error.
    if output_folder(uitvoer, meerdere) is None:
        formats.choose(formaat, uitvoer if not meerdere else None)
    opdrachten = plan(invoer.bestanden, formaat, uitvoer, werkvormen, sjablonen, leerarena)
    ervaringen: dict[Path, GelezenErvaring] = {}
    if leerarena is not None:
        from pionieren.knowledge.load import load_kennis
        from pionieren.leerarena.ervaring import read_ervaring

        eigen = werkvormen
        ervaringen[leerarena] = read_ervaring(
            leerarena, load_kennis(eigen, str(eigen) if eigen else None)
        )
    return Batch(opdrachten, dag, controleer, invoer.overgeslagen, werkers, ervaringen)

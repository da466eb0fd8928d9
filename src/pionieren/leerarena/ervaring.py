"""From a folder of evaluaties to the :class:`~pionieren.analysis.ervaring.Ervaring` that the
analysis gets with ``pionieren analyse --leerarena MAP``.

Why: the analysis stays pure. Reading the folder happens here (as ``pionieren leerarena`` reads
it, with :func:`~pionieren.leerarena.folder.read_folder`); the counting is
:func:`~pionieren.leerarena.aggregate`; :func:`ervaring_from` only reshapes both into the small
model the rules need. A broken evaluatie is not counted and does not stop the advice: its name
is in :attr:`Ervaring.niet_meegeteld` and its problems in :attr:`GelezenErvaring.fouten`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pionieren.analysis.ervaring import EerderProces, Ervaring, Inzet
from pionieren.analysis.result import ErvaringLes
from pionieren.errors import InvoerFout, UsageError
from pionieren.input.load import GelezenEvaluatie
from pionieren.knowledge.load import Kennis
from pionieren.leerarena import aggregate
from pionieren.safe_text import comparable_name
from pionieren.vocabulary import JaDeelsNee, Kenmerk


@dataclass(frozen=True)
class GelezenErvaring:
    """The experience of a folder, and the files that could not be read (with their problems)."""

    ervaring: Ervaring
    fouten: list[InvoerFout] = field(default_factory=list)


def _relative(bestand: str, map_: Path) -> str:
    try:
        return Path(bestand).relative_to(map_).as_posix()
    except ValueError:
        return Path(bestand).name


def ervaring_from(
    evaluaties: Sequence[GelezenEvaluatie],
    kennis: Kennis,
    map_: Path,
    niet_meegeteld: Sequence[str] = (),
) -> Ervaring:
    """Pure: the evaluaties (in file order) as the analysis needs them."""
    telling = aggregate(
        evaluaties, {w.id: w for w in kennis.werkvormen}, datum=date.min, map_=str(map_)
    )
    processen = []
    for gelezen, proces in zip(evaluaties, telling.processen, strict=True):
        e, v = gelezen.evaluatie, gelezen.vraagstuk
        partijen = {comparable_name(b.naam): b for b in v.belanghebbenden}
        bereikt: set[Kenmerk] = set()
        for groep in e.belanghebbenden:
            partij = partijen.get(comparable_name(groep.naam))
            if partij is not None and groep.bereikt is JaDeelsNee.ja:
                bereikt.update(partij.kenmerken)
        processen.append(
            EerderProces(
                bestand=_relative(gelezen.bestand, map_),
                vraagstuk_bestand=os.path.realpath(gelezen.vraagstuk_bestand),
                titel=proces.titel,
                van=proces.van,
                beleidsveld=proces.beleidsveld,
                schaal=v.schaal,
                initiatiefnemer=v.initiatiefnemer,
                beinvloedingsruimte=v.kaders.beinvloedingsruimte,
                werkvormen=[
                    Inzet(werkvorm=w.id, kosten_euro=w.kosten_euro, weken=w.weken)
                    for w in e.werkvormen
                ],
                bereikt_kenmerken=sorted(bereikt),
                gemist_kenmerken=[Kenmerk(k) for k in proces.gemist_kenmerken],
                gemist=proces.gemist,
                terugkoppeling=proces.terugkoppeling,
                besluit=e.besluit.volgt_uitkomst if e.besluit else None,
                besluit_waarom=e.besluit.waarom if e.besluit else None,
                lessen=[ErvaringLes(modus=les.modus, les=les.les) for les in e.lessen],
            )
        )
    return Ervaring(
        map=map_.as_posix(),
        processen=processen,
        niet_meegeteld=[_relative(b, map_) for b in niet_meegeteld],
    )


def read_ervaring(map_: Path, kennis: Kennis) -> GelezenErvaring:
    """Read every evaluatie in ``map_`` (and below) for ``--leerarena``.

    Raises :class:`UsageError` (exit code 2) when the folder does not exist, is not a folder,
    or holds no evaluatie at all; a broken evaluatie is only left out.
    """
    from pionieren.leerarena.folder import read_folder

    try:
        inhoud = read_folder(map_, kennis)
    except UsageError as e:
        raise UsageError(f"--leerarena {map_}: {e}") from None
    return GelezenErvaring(
        ervaring_from(inhoud.evaluaties, kennis, map_, inhoud.niet_meegeteld()),
        inhoud.fouten,
    )

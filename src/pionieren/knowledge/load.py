"""Load the knowledge files and merge a gemeente's own werkvormen file into them.

Why: a gemeente must be able to add its own werkvormen and adjust ours (costs differ per
gemeente) without touching Python. Their file gets the same quality of messages as a vraagstuk:
file, line, field path, in Dutch. Every cited source must exist; a broken reference is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from pionieren import __version__, cache
from pionieren.errors import InvoerFout, Probleem
from pionieren.input.load import validate
from pionieren.input.yamlread import Geladen, Pad, pad_tekst, read_file, read_text
from pionieren.knowledge.models import (
    Bron,
    Bronnenlijst,
    Catalogus,
    EigenCatalogus,
    Grondslagen,
    Ladder,
    Lessen,
    Teksten,
    Vakantie,
    Vakanties,
    Werkvorm,
    Wetfeit,
    Wetfeiten,
)

if TYPE_CHECKING:
    from pionieren.teksten import Wording


@dataclass(frozen=True)
class Kennis:
    """Everything the analysis may use: werkvormen, sources and the ladder."""

    werkvormen: tuple[Werkvorm, ...]
    bronnen: dict[str, Bron]
    ladder: Ladder
    lessen: Lessen
    herkomst: dict[str, str] = field(default_factory=dict)
    """Per werkvorm id: 'ingebouwd', 'eigen' (added by the gemeente) or 'aangepast'."""
    vakanties: tuple[Vakantie, ...] = ()
    """School holidays per region (Rijksoverheid)."""
    teksten: dict[str, str] = field(default_factory=dict)
    """The wording layer: the Dutch text per key of a finding (teksten.yaml)."""
    wetfeiten: tuple[Wetfeit, ...] = ()
    """Legal facts per law, each with its article (wetfeiten.yaml)."""
    grondslagen: Grondslagen = field(default_factory=lambda: Grondslagen(procedures=[], wetten=[]))
    """The legal basis per decision kind, and the specific laws that replace it
    (grondslagen.yaml)."""

    def werkvorm(self, id: str) -> Werkvorm:
        return self._per_id[id]

    def ids(self) -> list[str]:
        return [w.id for w in self.werkvormen]

    @cached_property
    def _per_id(self) -> dict[str, Werkvorm]:
        per_id: dict[str, Werkvorm] = {}
        for werkvorm in self.werkvormen:
            per_id.setdefault(werkvorm.id, werkvorm)
        return per_id

    @cached_property
    def bronnen_als_data(self) -> dict[str, dict[str, Any]]:
        """Every source as plain data (``model_dump(mode="json")``), by id in sorted order: the
        same for every report made with this knowledge, so made once. Copy before changing."""
        return {id_: bron.model_dump(mode="json") for id_, bron in sorted(self.bronnen.items())}

    @cached_property
    def wording(self) -> Wording:
        """The texts, compiled once for every advice made with this knowledge."""
        from pionieren.teksten import Wording

        return Wording(self.teksten).compiled_from_cache()


_BESTANDEN = (
    "bronnen.yaml",
    "werkvormen.yaml",
    "ladder.yaml",
    "lessen.yaml",
    "schoolvakanties.yaml",
    "teksten.yaml",
    "wetfeiten.yaml",
    "grondslagen.yaml",
)


def _package_files() -> dict[str, bytes]:
    map_ = resources.files("pionieren.knowledge")
    return {naam: map_.joinpath(naam).read_bytes() for naam in _BESTANDEN}


def _package_file(bestanden: dict[str, bytes], naam: str, posities: bool) -> Geladen:
    # as a file opened as text would read it (universal newlines)
    tekst = bestanden[naam].decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    return read_text(tekst, f"pionieren/knowledge/{naam}", posities=posities)


class _Opgeslagen(BaseModel):
    """The built-in knowledge as it is kept in the cache (checked before it was kept)."""

    werkvormen: tuple[Werkvorm, ...]
    bronnen: dict[str, Bron]
    ladder: Ladder
    lessen: Lessen
    vakanties: tuple[Vakantie, ...]
    teksten: dict[str, str]
    wetfeiten: tuple[Wetfeit, ...]
    grondslagen: Grondslagen


def _cache_key(bestanden: dict[str, bytes]) -> str:
    """Everything the cached knowledge depends on: the files, and the code that reads them."""
    import pydantic

    from pionieren import vocabulary
    from pionieren.input import model, yamlread
    from pionieren.knowledge import models

    code = [cache.source(m.__file__) for m in (models, model, yamlread, vocabulary)]
    versies = f"{__version__} {pydantic.VERSION}".encode()
    return cache.key("kennis", versies, cache.source(__file__), *code, *bestanden.values())


def _problem(geladen: Geladen, pad: Pad, melding: str, code: str) -> Probleem:
    pos = geladen.positie(pad)
    return Probleem(geladen.bestand, pos.regel, pos.kolom, pad_tekst(pad), melding, code)


def _check_unique(geladen: Geladen, lijst: str, ids: list[str], soort: str) -> list[Probleem]:
    gezien: dict[str, int] = {}
    problemen = []
    for index, id in enumerate(ids):
        if id in gezien:
            eerste = geladen.positie((lijst, gezien[id], "id")).regel
            problemen.append(
                _problem(
                    geladen,
                    (lijst, index, "id"),
                    f"{soort} '{id}' staat twee keer in dit bestand (ook op regel {eerste})",
                    "dubbele_id",
                )
            )
        else:
            gezien[id] = index
    return problemen


def _check_sources(
    geladen: Geladen, pad: Pad, bronnen: list[str], bekend: dict[str, Bron]
) -> list[Probleem]:
    problemen = []
    for index, id in enumerate(bronnen):
        if id not in bekend:
            from pionieren.input.problems import suggest  # only when a source is unknown

            hint = suggest(id, sorted(bekend))
            extra = f" Bedoelde u '{hint}'?" if hint else ""
            problemen.append(
                _problem(
                    geladen,
                    (*pad, "bronnen", index),
                    f"de bron '{id}' staat niet in het bronnenregister.{extra} Voeg de bron toe "
                    "onder 'bronnen:' met id, titel, uitgever, jaar en url",
                    "onbekende_bron",
                )
            )
    return problemen


@lru_cache(maxsize=1)
def builtin() -> Kennis:
    """The knowledge shipped with pionieren (validated; cached for the process, and as compact
    JSON in the user's cache folder, see :mod:`pionieren.cache`).

    Why without positions: the files are valid (the tests check them with positions), and
    keeping the position of each of their thousands of values is half the work of reading them.
    Should a file be broken after all, it is read again with positions, so the messages are
    exactly those of any other file.
    """
    bestanden = _package_files()
    sleutel = _cache_key(bestanden)
    opgeslagen = cache.read(sleutel)
    if opgeslagen is not None:
        try:
            return _from_cache(_Opgeslagen.model_validate_json(opgeslagen))
        except ValidationError:
            pass  # damaged: read the files again
    try:
        kennis = _load_builtin(bestanden, posities=False)
    except InvoerFout:
        return _load_builtin(bestanden, posities=True)
    cache.write(
        sleutel,
        _Opgeslagen(
            werkvormen=kennis.werkvormen,
            bronnen=kennis.bronnen,
            ladder=kennis.ladder,
            lessen=kennis.lessen,
            vakanties=kennis.vakanties,
            teksten=kennis.teksten,
            wetfeiten=kennis.wetfeiten,
            grondslagen=kennis.grondslagen,
        )
        .model_dump_json()
        .encode("utf-8"),
    )
    return kennis


def _from_cache(opgeslagen: _Opgeslagen) -> Kennis:
    return Kennis(
        werkvormen=opgeslagen.werkvormen,
        bronnen=opgeslagen.bronnen,
        ladder=opgeslagen.ladder,
        lessen=opgeslagen.lessen,
        herkomst={w.id: "ingebouwd" for w in opgeslagen.werkvormen},
        vakanties=opgeslagen.vakanties,
        teksten=opgeslagen.teksten,
        wetfeiten=opgeslagen.wetfeiten,
        grondslagen=opgeslagen.grondslagen,
    )


def _load_builtin(bestanden: dict[str, bytes], posities: bool) -> Kennis:
    bronnen_bestand = _package_file(bestanden, "bronnen.yaml", posities)
    bronnen = validate(bronnen_bestand, Bronnenlijst).bronnen
    werkvormen_bestand = _package_file(bestanden, "werkvormen.yaml", posities)
    catalogus = validate(werkvormen_bestand, Catalogus)
    ladder_bestand = _package_file(bestanden, "ladder.yaml", posities)
    ladder = validate(ladder_bestand, Ladder)
    lessen_bestand = _package_file(bestanden, "lessen.yaml", posities)
    lessen = validate(lessen_bestand, Lessen)
    vakanties_bestand = _package_file(bestanden, "schoolvakanties.yaml", posities)
    vakanties = validate(vakanties_bestand, Vakanties)
    teksten = validate(_package_file(bestanden, "teksten.yaml", posities), Teksten)
    wetfeiten_bestand = _package_file(bestanden, "wetfeiten.yaml", posities)
    wetfeiten = validate(wetfeiten_bestand, Wetfeiten)
    grondslagen_bestand = _package_file(bestanden, "grondslagen.yaml", posities)
    grondslagen = validate(grondslagen_bestand, Grondslagen)

    bekend = {b.id: b for b in bronnen}
    problemen = _check_unique(bronnen_bestand, "bronnen", [b.id for b in bronnen], "de bron")
    problemen += _check_unique(
        werkvormen_bestand, "werkvormen", [w.id for w in catalogus.werkvormen], "de werkvorm"
    )
    catalogus_ids = {w.id for w in catalogus.werkvormen}
    for index, werkvorm in enumerate(catalogus.werkvormen):
        problemen += _check_sources(
            werkvormen_bestand, ("werkvormen", index), werkvorm.bronnen, bekend
        )
        for nummer, ander in enumerate(werkvorm.samen_met):
            if ander not in catalogus_ids:
                pad = ("werkvormen", index, "samen_met", nummer)
                pos = werkvormen_bestand.positie(pad)
                problemen.append(
                    Probleem(
                        werkvormen_bestand.bestand,
                        pos.regel,
                        pos.kolom,
                        pad_tekst(pad),
                        f"de werkvorm '{ander}' staat niet in de catalogus",
                        "onbekende_werkvorm",
                    )
                )
    problemen += _check_sources(vakanties_bestand, (), [vakanties.bron], bekend)
    problemen += _check_unique(
        wetfeiten_bestand, "feiten", [w.id for w in wetfeiten.feiten], "het feit"
    )
    for index, feit in enumerate(wetfeiten.feiten):
        problemen += _check_sources(wetfeiten_bestand, ("feiten", index), feit.bronnen, bekend)
    for index, per in enumerate(grondslagen.procedures):
        problemen += _check_sources(grondslagen_bestand, ("procedures", index), per.bronnen, bekend)
    for index, wet in enumerate(grondslagen.wetten):
        problemen += _check_sources(grondslagen_bestand, ("wetten", index), wet.bronnen, bekend)
    for index, trede in enumerate(ladder.treden):
        problemen += _check_sources(ladder_bestand, ("treden", index), trede.bronnen, bekend)
    for index, rol in enumerate(ladder.overheidsparticipatie):
        problemen += _check_sources(
            ladder_bestand, ("overheidsparticipatie", index), rol.bronnen, bekend
        )
    lessen_bronnen = {
        "lessen": [(les.id, les.bronnen) for les in lessen.lessen],
        "dilemmas": [(d.id, d.bronnen) for d in lessen.dilemmas],
    }
    for lijst, items in lessen_bronnen.items():
        problemen += _check_unique(lessen_bestand, lijst, [id for id, _ in items], "het item")
        for index, (_, ids) in enumerate(items):
            problemen += _check_sources(lessen_bestand, (lijst, index), ids, bekend)
    if problemen:
        raise InvoerFout(problemen)
    return Kennis(
        werkvormen=tuple(catalogus.werkvormen),
        bronnen=bekend,
        ladder=ladder,
        lessen=lessen,
        herkomst={w.id: "ingebouwd" for w in catalogus.werkvormen},
        vakanties=tuple(vakanties.vakanties),
        teksten=dict(teksten.teksten),
        wetfeiten=tuple(wetfeiten.feiten),
        grondslagen=grondslagen,
    )


def load_kennis(eigen: Path | None = None, naam: str | None = None) -> Kennis:
    """The built-in knowledge, with a gemeente's own werkvormen file merged in when given.

    An entry in the own file whose ``id`` matches a built-in werkvorm changes only the fields it
    names; an entry with a new ``id`` adds a werkvorm and must have every required field.
    """
    basis = builtin()
    if eigen is None:
        return basis
    geladen = read_file(eigen, naam)
    eigen_catalogus = validate(geladen, EigenCatalogus)

    problemen = _check_unique(
        geladen, "bronnen", [b.id for b in eigen_catalogus.bronnen], "de bron"
    )
    for index, bron in enumerate(eigen_catalogus.bronnen):
        if bron.id in basis.bronnen:
            problemen.append(
                _problem(
                    geladen,
                    ("bronnen", index, "id"),
                    f"de bron '{bron.id}' bestaat al in de ingebouwde bronnen; een eigen bestand "
                    "mag een ingebouwde bron niet vervangen (dan klopt een verwijzing in het "
                    "advies niet meer). Geef uw bron een eigen id, zoals "
                    f"'{bron.id}-eigen'",
                    "bron_bestaat",
                )
            )
    bronnen = {**basis.bronnen, **{b.id: b for b in eigen_catalogus.bronnen}}
    werkvormen = {w.id: w for w in basis.werkvormen}
    herkomst = dict(basis.herkomst)
    gezien: dict[str, int] = {}

    for index, invoer in enumerate(eigen_catalogus.werkvormen):
        pad: Pad = ("werkvormen", index)
        id = invoer.get("id")
        if not isinstance(id, str):
            problemen.append(
                _problem(
                    geladen,
                    pad,
                    "elke werkvorm heeft een 'id' nodig: de naam van een bestaande werkvorm om die "
                    "aan te passen, of een nieuwe naam (kleine letters en streepjes)",
                    "missing",
                )
            )
            continue
        if id in gezien:
            eerste = geladen.positie(("werkvormen", gezien[id], "id")).regel
            problemen.append(
                _problem(
                    geladen,
                    (*pad, "id"),
                    f"de werkvorm '{id}' staat twee keer in dit bestand (ook op regel {eerste})",
                    "dubbele_id",
                )
            )
            continue
        gezien[id] = index
        bestaand = werkvormen.get(id)
        samen: dict[str, Any] = {**bestaand.model_dump(), **invoer} if bestaand else dict(invoer)
        try:
            werkvorm = Werkvorm.model_validate(samen)
        except ValidationError as e:
            from pionieren.input.problems import translate

            problemen += translate(e, geladen, Werkvorm, prefix=pad)
            continue
        if "bronnen" in invoer or not bestaand:
            problemen += _check_sources(geladen, pad, werkvorm.bronnen, bronnen)
        werkvormen[id] = werkvorm
        herkomst[id] = "aangepast" if bestaand else "eigen"

    if problemen:
        raise InvoerFout(problemen)
    return Kennis(
        werkvormen=tuple(werkvormen.values()),
        bronnen=bronnen,
        ladder=basis.ladder,
        lessen=basis.lessen,
        herkomst=herkomst,
        vakanties=basis.vakanties,
        teksten=basis.teksten,
        wetfeiten=basis.wetfeiten,
        grondslagen=basis.grondslagen,
    )


def load_teksten(pad: Path, ingebouwd: dict[str, str]) -> dict[str, str]:
    """A gemeente's own ``teksten.yaml``: the built-in texts, with the keys it names replaced.

    Why: a gemeente words the advice in its own voice without touching the analysis. Every key
    must be a built-in key (a typo would silently change nothing), and every text must be a valid
    template; both are reported with file, line and column, like any input file.
    """
    from pionieren.teksten import Wording, WordingError

    geladen = read_file(pad, str(pad))
    eigen = validate(geladen, Teksten).teksten
    problemen: list[Probleem] = []
    for sleutel, tekst in eigen.items():
        plek: Pad = ("teksten", sleutel)
        if sleutel not in ingebouwd:
            from pionieren.input.problems import suggest

            bekend = suggest(sleutel, list(ingebouwd))
            melding = f"de sleutel '{sleutel}' bestaat niet" + (
                f"; bedoelt u '{bekend}'?" if bekend else ""
            )
            problemen.append(_problem(geladen, plek, melding, "onbekende_sleutel"))
            continue
        try:
            Wording({sleutel: tekst}).check(sleutel)
        except WordingError as e:
            problemen.append(_problem(geladen, plek, str(e), "ongeldige_tekst"))
    if problemen:
        raise InvoerFout(problemen)
    return {**ingebouwd, **eigen}

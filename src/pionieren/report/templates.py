"""The Jinja2 environment for reports.

Why: a gemeente overrides a whole template or one block from its own folder; that folder comes
first in the search path, the built-in templates after it. Templates are always rendered in an
immutable sandbox with StrictUndefined and with plain data (dicts, lists, strings), never Python
objects: a template cannot reach Python internals, and a typo in a template is an error, not an
empty spot in a report that goes to the raad. HTML is always autoescaped, so text from the YAML
is data, never markup.
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import (
    BytecodeCache,
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    select_autoescape,
)
from jinja2.bccache import Bucket
from jinja2.exceptions import (
    SecurityError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.exceptions import TemplateError as JinjaTemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

import pionieren
from pionieren import cache, text
from pionieren.errors import TemplateError


def builtin_dir() -> Path:
    """The built-in templates: inside the installed package, or ``sjablonen/`` in the repo."""
    geinstalleerd = Path(pionieren.__file__).parent / "sjablonen"
    if geinstalleerd.is_dir():
        return geinstalleerd
    return Path(pionieren.__file__).resolve().parents[2] / "sjablonen"


def _markdown_cell(waarde: object) -> str:
    return str(waarde).replace("|", "\\|").replace("\n", " ")


def _groep(namen: list[str], hoeveel: int = 3) -> str:
    """A long list of names, grouped: the first few and how many more."""
    if len(namen) <= hoeveel + 1:
        return text.opsomming(list(namen))
    rest = len(namen) - hoeveel
    return f"{', '.join(namen[:hoeveel])} en {rest} andere groepen"


def _met_houding(leden: list[dict[str, Any]]) -> str:
    """'Buren (tegen), Ouders (voor) en Team groen': names with their attitude when known."""
    return text.opsomming(
        [
            f"{lid['naam']} ({lid['houding']})" if lid.get("houding") != "onbekend" else lid["naam"]
            for lid in leden
        ]
    )


def _bron_titel(bron: dict[str, Any]) -> str:
    """The title of a source for the list, without what the short reference already says.

    'Gemeentewet, art. 150 (participatieverordening; ...)' under 'Gemeentewet art. 150' becomes
    'participatieverordening; ...'; a trailing '(rapport 2009/180, ...)' is left out.
    """
    titel = " ".join(str(bron.get("titel", "")).split())
    kort = str(bron.get("kort", ""))
    hoofd, haakje, rest = titel.partition(" (")
    toelichting = rest[:-1] if rest.endswith(")") else ""
    if kort and hoofd.replace(",", "").startswith(kort.split(" art.")[0]) and toelichting:
        return text.zin(toelichting)
    if haakje and rest.endswith(")") and len(hoofd) >= 12:
        return text.zin(hoofd)
    return text.zin(titel)


def _datum(waarde: str) -> str:
    from datetime import date

    return text.datum(date.fromisoformat(waarde))


class ConfinedLoader(FileSystemLoader):
    """A FileSystemLoader that refuses any file whose real path lies outside its folder.

    Why: Jinja already refuses '..' in template names, but a symbolic link inside a gemeente's
    template folder could still point anywhere on the disk.
    """

    def __init__(self, map_: Path) -> None:
        super().__init__(str(map_))
        self.wortel = map_.resolve()

    def get_source(self, environment: Any, template: str) -> Any:
        bron, bestand, actueel = super().get_source(environment, template)
        if bestand is not None and not Path(bestand).resolve().is_relative_to(self.wortel):
            raise SecurityError(
                f"'{template}' verwijst naar een bestand buiten de sjablonenmap {self.wortel}"
            )
        return bron, bestand, actueel


class CompiledTemplates(BytecodeCache):
    """Compiled templates in the user's cache folder (:mod:`pionieren.cache`).

    Why: compiling the report templates is a large part of a single run. Jinja names an entry
    by the template and checks the hash of its source and the Python version on loading, so a
    changed template is compiled again. Only a folder that is ours and that others cannot write
    in is used (an entry is code).
    """

    def load_bytecode(self, bucket: Bucket) -> None:
        inhoud = cache.read(self._naam(bucket))
        if inhoud is not None:
            try:
                bucket.bytecode_from_string(inhoud)
            except Exception:  # a damaged entry: compile again
                bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        cache.write(self._naam(bucket), bucket.bytecode_to_string())

    @staticmethod
    def _naam(bucket: Bucket) -> str:
        # this module sets up the environment (trim_blocks and so on): part of the key, since
        # Jinja itself only checks the template's source
        return cache.key(
            f"sjabloon_{bucket.key[:24]}",
            bucket.checksum.encode(),
            jinja2.__version__.encode(),
            cache.source(__file__),
            extensie=".bin",
        )


@lru_cache(maxsize=8)
def environment(eigen: Path | None = None) -> ImmutableSandboxedEnvironment:
    """The environment for the built-in templates, with a gemeente's own folder first.

    Why cached: compiling the templates is most of the work of a report; a batch of files
    compiles them once. Jinja notices when a template file changes and compiles it again. The
    citations of the report being rendered are reached through a context variable, so the
    shared environment is never changed while rendering.
    """
    mappen = [eigen] if eigen else []
    mappen.append(builtin_dir())
    env = ImmutableSandboxedEnvironment(
        loader=ChoiceLoader([ConfinedLoader(m) for m in mappen]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html", "htm"), default=False),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=CompiledTemplates(),
    )
    env.filters.update(
        datum=_datum,
        euro=text.euro,
        getal=text.getal,
        bereik=lambda paar, eenheid="": text.bereik(paar[0], paar[1], eenheid),
        euro_bereik=lambda paar: text.euro_bereik(paar[0], paar[1]),
        opsomming=text.opsomming,
        zin=text.zin,
        md=_markdown_cell,
        groep=_groep,
        met_houding=_met_houding,
        bron_titel=_bron_titel,
        hoofdletter=lambda waarde: str(waarde)[:1].upper() + str(waarde)[1:],
        klein=text.klein,
        citeer=lambda ids, hoeveel=1: _CITATIONS.get().cite(ids, hoeveel),
    )
    env.globals["geciteerd"] = lambda: _CITATIONS.get().listed()
    return env


class Citations:
    """The sources a report cites, in the order the template cites them.

    Why: the source list at the end of a report holds exactly the sources cited in its text,
    whatever blocks a gemeente leaves out or adds. The template cites with the filter
    ``citeer`` (a list of source ids -> 'Movisie z.j.') and lists them with ``geciteerd()``.
    A report is rendered twice: the first pass finds what is cited, so that two cited works
    with the same short reference get a letter ('Nationale ombudsman 2009a' and '2009b').
    """

    def __init__(self, register: dict[str, Any], korte: dict[str, str] | None = None) -> None:
        self.register = register
        self.korte = korte or {}
        self.ids: list[str] = []

    def kort(self, id_: str) -> str:
        return self.korte.get(id_) or str(self.register[id_].get("kort", id_))

    def cite(self, ids: object, hoeveel: int = 1) -> str:
        if isinstance(ids, str):
            ids = [ids]
        if not isinstance(ids, list | tuple):
            return ""
        gekozen = [b for b in ids if isinstance(b, str) and b in self.register][:hoeveel]
        for b in gekozen:
            if b not in self.ids:
                self.ids.append(b)
        return "; ".join(dict.fromkeys(self.kort(b) for b in gekozen))

    def listed(self) -> list[Any]:
        return sorted(
            ({**self.register[b], "kort": self.kort(b)} for b in self.ids),
            key=lambda b: (str(b["kort"]).casefold(), str(b["id"])),
        )

    def unique(self) -> dict[str, str]:
        """Short references for the cited works, with a letter where two would look alike."""
        per_kort: dict[str, list[str]] = {}
        for id_ in sorted(self.ids):
            per_kort.setdefault(self.kort(id_), []).append(id_)
        uit: dict[str, str] = {}
        for kort, ids in per_kort.items():
            for letter, id_ in zip("abcdefghijklmnopqrstuvwxyz", ids, strict=False):
                if len(ids) == 1:
                    uit[id_] = kort
                else:
                    uit[id_] = (
                        f"{kort}{letter}"
                        if kort[-1:].isdigit()
                        else f"{kort}-{letter}"
                        if kort.endswith("z.j.")
                        else f"{kort} ({letter})"
                    )
        return uit


_CITATIONS: ContextVar[Citations] = ContextVar("citations")


def render_template(naam: str, data: dict[str, Any], eigen: Path | None = None) -> str:
    """Render one template with plain data; every template problem becomes a Dutch error."""
    if eigen is not None and not eigen.is_dir():
        raise TemplateError(f"{eigen}: deze sjablonenmap bestaat niet")
    env = environment(eigen)
    register = data.get("bronregister", {})
    try:
        eerste = Citations(register)
        sjabloon = env.get_template(naam)
        tekst = _render(sjabloon, eerste, data)
        if not eerste.ids:
            return tekst
        return _render(sjabloon, Citations(register, eerste.unique()), data)
    except TemplateNotFound as e:
        if ".." in str(e.name) or str(e.name).startswith(("/", "\\")):
            raise TemplateError(
                f"{_location(e)}het sjabloon probeert '{e.name}' te lezen, buiten de "
                "sjablonenmap; dat is niet toegestaan"
            ) from None
        raise TemplateError(f"{_location(e)}het sjabloon '{e.name}' is niet gevonden") from None
    except TemplateSyntaxError as e:
        raise TemplateError(
            f"{e.filename or e.name}:{e.lineno}: fout in het sjabloon: {e.message}"
        ) from None
    except SecurityError as e:
        if "buiten de sjablonenmap" in str(e):
            raise TemplateError(f"{_location(e)}het sjabloon {e}; dat is niet toegestaan") from None
        raise TemplateError(
            f"{_location(e)}het sjabloon probeert bij interne onderdelen van Python te komen; "
            f"dat is niet toegestaan ({e})"
        ) from None
    except UndefinedError as e:
        if "'_" in str(e.message):
            raise TemplateError(
                f"{_location(e)}het sjabloon probeert bij interne onderdelen van Python te komen "
                f"({e.message}); dat is niet toegestaan"
            ) from None
        raise TemplateError(
            f"{_location(e)}het sjabloon gebruikt een waarde die niet bestaat ({e.message})"
        ) from None
    except JinjaTemplateError as e:
        raise TemplateError(f"{_location(e)}fout in het sjabloon: {e}") from None


def _render(sjabloon: Any, citaties: Citations, data: dict[str, Any]) -> str:
    token = _CITATIONS.set(citaties)
    try:
        return str(sjabloon.render(**data))
    finally:
        _CITATIONS.reset(token)


def _location(e: BaseException) -> str:
    """'file:line: ' of the template frame in the traceback, when there is one."""
    tb = e.__traceback__
    plek = ""
    while tb is not None:
        bestand = tb.tb_frame.f_code.co_filename
        if bestand.endswith((".md", ".html", ".htm", ".j2", ".txt")):
            plek = f"{bestand}:{tb.tb_lineno}: "
        tb = tb.tb_next
    return plek

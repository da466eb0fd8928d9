"""The Jinja2 environment for reports.

Why: a gemeente overrides a whole template or one block from its own folder; that folder comes
first in the search path, the built-in templates after it. Templates are always rendered in an
immutable sandbox with StrictUndefined and with plain data (dicts, lists, strings), never Python
objects: a template cannot reach Python internals, and a typo in a template is an error, not an
empty spot in a report that goes to the raad. HTML is always autoescaped, so text from the YAML
is data, never markup.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
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
from markupsafe import Markup
from markupsafe import escape as markupsafe_escape

import pionieren
from pionieren import cache, text
from pionieren.analysis.mix.kosten import met_onvoorzien, raming
from pionieren.errors import TemplateError
from pionieren.files import ReadError, read_limited
from pionieren.safe_text import MarkdownSafe, is_safe_url, markdown_safe, without_controls


def builtin_dir() -> Path:
    """The built-in templates: inside the installed package, or ``sjablonen/`` in the repo."""
    geinstalleerd = Path(pionieren.__file__).parent / "sjablonen"
    if geinstalleerd.is_dir():
        return geinstalleerd
    return Path(pionieren.__file__).resolve().parents[2] / "sjablonen"


def _groep(namen: list[str], hoeveel: int = 2, alle: list[str] | None = None) -> str:
    """A long list of names, grouped: the first few and how many more. With ``alle`` (every
    group on the map), a list that holds all of them, or all but one, says so in a few words."""
    if alle and len(namen) > hoeveel + 1:
        in_namen, in_alle = set(namen), set(alle)  # sets: a case may have thousands
        buiten = [n for n in alle if n not in in_namen]
        extra = [n for n in namen if n not in in_alle]
        ook = f", en {text.opsomming(extra)}" if extra else ""
        if not buiten:
            return f"alle belanghebbenden{ook}"
        if len(buiten) == 1:
            return f"alle belanghebbenden behalve {buiten[0]}{ook}"
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
    # One note in brackets at the end only: 'A (b), art. 2 (c)' is kept whole.
    een_noot = rest.endswith(")") and ")" not in rest[:-1]
    toelichting = rest[:-1] if een_noot else ""
    if kort and hoofd.replace(",", "").startswith(kort.split(" art.")[0]) and toelichting:
        return text.zin(toelichting)
    if haakje and een_noot and len(hoofd) >= 12:
        return text.zin(hoofd)
    return text.zin(titel)


#: A sentence that says who decides ('daarna besluit het college', 'Dan beslist de raad', and
#: the raad's 'Het raadsvoorstel is klaar ...; daarna commissie en raad').
#: Why: review of issue 9: the summary's decision step opened with 'De aanvraag komt op 1 juli
#: 2027.' before the raad's own sentence; that date stays in hoofdstuk 1.
_BESLIST = re.compile(r"\bbes(?:luit|list|lissen)\b|\bdaarna commissie en raad\b", re.IGNORECASE)
#: The sentence of a decision step about a later, separate decision (FASE.besluit 'later').
_LATER_BESLUIT = re.compile(r"^Daarna een apart besluit\b")


def _hooguit(
    tekst: object,
    woorden: int = 20,
    besluit: bool = False,
    rest: bool = False,
    streng: bool = False,
) -> str:
    """The first sentences of a text, as many as fit in ``woorden`` words (always the first).
    With ``besluit``, the text of a decision step starts at its first sentence that says who
    decides, when the first sentence does not ('De aanvraag komt binnen. ... Daarna beslist het
    college' -> 'Daarna beslist het college ...', not only the application).

    Why: a step in the summary for bestuurders is one short line (issue 9); the whole text of
    the step stays in hoofdstuk 1. With ``rest``: the sentences left out, for hoofdstuk 1, so
    that no sentence stands twice. With ``streng`` not even the first sentence when it alone is
    longer than ``woorden``: a step with werkvormen is named by them in the summary, its long
    explanation stays in hoofdstuk 1 (the summary must fit on one page)."""
    zinnen = text._zinnen(str(tekst))
    if besluit:
        # a later, separate decision is no part of this step's short line: the summary's
        # table names it with its date, hoofdstuk 1 keeps the sentence (issue 9, review 55d)
        zinnen = [z for z in zinnen if not _LATER_BESLUIT.match(z)] or zinnen
    if besluit and zinnen and not _BESLIST.search(zinnen[0]):
        i = next((i for i, z in enumerate(zinnen) if _BESLIST.search(z)), 0)
        zinnen = zinnen[i:]
    gekozen = zinnen[:1]
    if streng and gekozen and len(gekozen[0].split()) > woorden:
        gekozen = []
    for zin in zinnen[len(gekozen) :] if gekozen else []:
        if len(" ".join([*gekozen, zin]).split()) > woorden:
            break
        gekozen.append(zin)
    if rest:
        return " ".join(z for z in text._zinnen(str(tekst)) if z not in gekozen)
    return " ".join(gekozen)


#: Where a long topic string turns from its subject to the detail ('de fasering van het werk -
#: snel en in één keer, of in delen', 'de inrichting: bomen, bankjes en verlichting').
_ONDERWERP_KNIP = re.compile(r"\s[-–]\s|:\s|;\s|,\s|\s\(")
#: After a comma, the words that open a new clause: only there a topic may be cut ('Wat er in
#: het pakket zit, en wat de fixer mag doen'; 'herkenbaar zijn, zodat mensen ...'). A comma
#: before anything else is a list or part of a clause ('als een fixer tocht, vocht of schimmel
#: vindt'): cut there, the rest means something else (review 58a).
_NIEUWE_ZIN = re.compile(
    r"(?:en\s+(?:wat|wie|hoe|of|welke|waar|wanneer|waarom|hoeveel)|zodat|omdat|want|maar|naast"
    r"|waarbij|waardoor|terwijl|zoals|bijvoorbeeld|onder andere|met name|ook|inclusief|dus)\b",
    re.IGNORECASE,
)
#: The mark of a shortened topic in the summary: the whole topic stands in hoofdstuk 3.
INGEKORT = " …"


def _kort_onderwerp(tekst: object, woorden: int = 8) -> str:
    """A topic for the summary table: a long one up to where it turns to the detail, marked
    with ' …' as shortened.

    Why: the table in the summary repeated long topic strings of the case word for word
    (reviews 52a/52b); the whole topic stays in hoofdstuk 3. A topic of at most ``woorden``
    words, or one without a place to cut with at least four words before it, stays whole. A
    cut is only at a clause boundary (a dash, colon, semicolon or bracket, or a comma before a
    word that opens a new clause): never in a list ('Welke maatschappelijke, culturele …
    stromingen') or inside a clause ('Wat de gemeente doet als een fixer tocht', review 58a).
    A choice between two ('Of het geld naar A gaat, of naar B') keeps both options: the first
    alone reads as the proposal (review 58a)."""
    tekst = str(tekst).strip()
    if len(tekst.split()) <= woorden:
        return tekst
    keuze = tekst.casefold().startswith("of ")
    for m in _ONDERWERP_KNIP.finditer(tekst):
        voor, na = tekst[: m.start()].rstrip(), tekst[m.end() :]
        if len(voor.split()) < 4:
            continue
        if m.group().startswith(",") and not _NIEUWE_ZIN.match(na):
            continue
        if keuze and re.match(r"of\b", na, re.IGNORECASE):
            # the second option of the choice: the label keeps it
            continue
        if keuze and re.search(r"(?:^|,\s)of\s", na, re.IGNORECASE):
            # the second option comes after this cut
            continue
        return voor.rstrip(",;:") + INGEKORT
    return tekst


def _datum(waarde: str) -> str:
    from datetime import date

    return text.datum(date.fromisoformat(waarde))


def _periode(van: str, tot: str, vandaag: str | None = None) -> str:
    """A period; with the report's date, a step that already runs on that date reads 'loopt
    al, tot …' (nothing in the plan starts before the report)."""
    from datetime import date

    if vandaag is not None and van < vandaag <= tot:
        return f"loopt al, tot {text.datum(date.fromisoformat(tot))}"
    return text.periode(date.fromisoformat(van), date.fromisoformat(tot))


class ConfinedLoader(FileSystemLoader):
    """A FileSystemLoader that refuses any file whose real path lies outside its folder.

    Why: Jinja already refuses '..' in template names, but a symbolic link inside a gemeente's
    template folder could still point anywhere on the disk.
    """

    def __init__(self, map_: Path) -> None:
        super().__init__(str(map_))
        self.wortel = map_.resolve()

    def get_source(self, environment: Any, template: str) -> Any:
        from jinja2.loaders import split_template_path

        pad = Path(self.searchpath[0], *split_template_path(template))
        if not pad.exists() and not pad.is_symlink():
            raise TemplateNotFound(template)
        if not pad.resolve().is_relative_to(self.wortel):
            raise SecurityError(
                f"'{template}' verwijst naar een bestand buiten de sjablonenmap {self.wortel}"
            )
        # Checked before reading: a regular file of at most 1 MB (no pipe, no device).
        ruw = read_limited(pad, MAX_TEMPLATE_FILE, str(pad), "dit sjabloon")
        try:
            bron = ruw.decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateError(f"{pad}: dit sjabloon is niet in UTF-8 opgeslagen") from None
        return bron, str(pad), lambda: True


def _html_finalize(waarde: object) -> object:
    """No control character reaches a web page (autoescape does the rest)."""
    if isinstance(waarde, Markup):
        return Markup(without_controls(waarde))
    return without_controls(waarde) if isinstance(waarde, str) else waarde


def _safe_url(waarde: object) -> str:
    """A web address for a link in a report; an unsafe one is left out."""
    tekst = str(waarde)
    return MarkdownSafe(tekst) if is_safe_url(tekst) else MarkdownSafe("")


MAX_TEMPLATE_FILE = 1024 * 1024
"""The largest template file that pionieren reads (1 MB)."""
MAX_OUTPUT = 10 * 1024 * 1024
"""The largest text a template may make (10 million characters); a report is some 30,000."""
MAX_SECONDS = 5.0
"""How much processor time the templates of one report may use together; a report takes well under 1 s."""
MAX_VALUE = 1024 * 1024
"""The longest text or list that one operation in a template may make ('x' * n, 'x' ~ y)."""


class TemplateLimit(Exception):
    """A template went over its time or size limit."""


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with limits: ``*`` and ``**`` may not make huge values, and every
    call and operation checks the clock (so a loop that prints nothing still stops)."""

    intercepted_binops = frozenset({"*", "**", "+"})
    deadline = float("inf")

    def check_time(self) -> None:
        if time.process_time() > self.deadline:
            raise TemplateLimit(
                f"het sjabloon doet er te lang over (meer dan {MAX_SECONDS:g} seconden). Staat er "
                "een lus in die te vaak draait?"
            )

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.check_time()
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise TemplateLimit("het sjabloon rekent met een te grote macht (meer dan 64)")
        if operator == "*":
            for waarde, aantal in ((left, right), (right, left)):
                if (
                    isinstance(waarde, str | list | tuple)
                    and isinstance(aantal, int)
                    and len(waarde) * aantal > MAX_VALUE
                ):
                    raise TemplateLimit(
                        "het sjabloon maakt een te lange tekst of lijst (meer dan "
                        f"{MAX_VALUE:,} tekens)".replace(",", ".")
                    )
        uitkomst = super().call_binop(context, operator, left, right)
        if isinstance(uitkomst, str | list | tuple) and len(uitkomst) > MAX_VALUE:
            raise TemplateLimit("het sjabloon maakt een te lange tekst of lijst")
        return uitkomst

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self.check_time()
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.check_time()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.check_time()
        return super().getitem(obj, argument)


class _BuiltinSandbox(_Sandbox):
    """The sandbox for the built-in templates alone: they render without a time limit
    (:func:`render_template` sets none), so looking at the clock on every attribute, item and
    call is left out. The limits on ``*``, ``**`` and ``+`` stay."""

    getitem = ImmutableSandboxedEnvironment.getitem
    call = ImmutableSandboxedEnvironment.call

    def getattr(self, obj: Any, attribute: str) -> Any:
        # ``a.trede`` on the plain data: a dict has no such attribute, so the sandbox would try
        # the attribute, catch the AttributeError and then take the key. Same answer, directly.
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            if attribute in obj:
                return obj[attribute]
            return self.undefined(obj=obj, name=attribute)
        return ImmutableSandboxedEnvironment.getattr(self, obj, attribute)


_DICT_ATTRIBUTES = frozenset(dir(dict))


@contextmanager
def _alarm(seconden: float) -> Iterator[None]:
    """Stop a template that runs too long, also inside one long operation (Unix, main thread).

    The clock is the CPU time of this process (``ITIMER_PROF``), not the wall clock: a template
    that loops uses the processor, and on a busy machine the same template then gets the same
    amount of work done before it is stopped. So the same template always hits the same limit."""

    def stoppen(_nummer: int, _frame: Any) -> None:
        raise TemplateLimit(
            f"het sjabloon doet er te lang over (meer dan {MAX_SECONDS:g} seconden). Staat er een "
            "lus in die te vaak draait?"
        )

    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    vorige = signal.signal(signal.SIGPROF, stoppen)
    vorige_klok = signal.setitimer(signal.ITIMER_PROF, seconden)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, vorige)
        if vorige_klok[0]:  # someone else's timer (such as a profiler) runs on
            signal.setitimer(signal.ITIMER_PROF, *vorige_klok)


def _render_limited(sjabloon: Any, data: dict[str, Any]) -> str:
    """Render in pieces and stop as soon as the text is longer than :data:`MAX_OUTPUT`."""
    delen: list[str] = []
    lengte = 0
    for deel in sjabloon.generate(**data):
        lengte += len(deel)
        if lengte > MAX_OUTPUT:
            raise TemplateLimit(
                "het sjabloon maakt een te groot rapport (meer dan 10 miljoen tekens). Staat er "
                "een lus in die te vaak draait?"
            )
        delen.append(deel)
    return "".join(delen)


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


@lru_cache(maxsize=16)
def environment(eigen: Path | None = None, markdown: bool = False) -> ImmutableSandboxedEnvironment:
    """The sandbox for one kind of template.

    For Markdown (``markdown=True``) every ``{{ ... }}`` goes through
    :func:`pionieren.safe_text.markdown_safe`, just as HTML is autoescaped: user text is shown,
    never read as Markdown or HTML. A web address goes through the filter ``url``.

    Why cached: compiling the templates is most of the work of a report; a batch of files
    compiles them once. Jinja notices when a template file changes and compiles it again. The
    citations of the report being rendered are reached through a context variable, so the
    shared environment is never changed while rendering.
    """
    mappen = [eigen] if eigen else []
    mappen.append(builtin_dir())
    sandbox = _Sandbox if eigen else _BuiltinSandbox
    env = sandbox(
        loader=ChoiceLoader([ConfinedLoader(m) for m in mappen]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html", "htm"), default=False),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=markdown_safe if markdown else _html_finalize,
        bytecode_cache=CompiledTemplates(),
    )
    env.filters.update(
        datum=_datum,
        periode=_periode,
        euro=text.euro,
        getal=text.getal,
        bereik=lambda paar, eenheid="": text.bereik(paar[0], paar[1], eenheid),
        euro_bereik=lambda paar: text.euro_bereik(paar[0], paar[1]),
        raming=lambda paar: raming(paar[0], paar[1]),
        schatting=lambda paar: met_onvoorzien(paar[0], paar[1]),
        opsomming=text.opsomming,
        met_lidwoord=text.met_lidwoord,
        zin=text.zin,
        md=markdown_safe,
        url=_safe_url,
        groep=_groep,
        groepsnaam=text.groepsnaam,
        met_houding=_met_houding,
        bron_titel=_bron_titel,
        hoofdletter=text.hoofdletter,
        klein=text.klein,
        meervoud_orgaan=text.meervoud_orgaan,
        organisatie=text.organisatie_van,
        partij=text.partij,
        kort=text.kort,
        kop=text.kop,
        over=text.over,
        vraagvorm=text.vraagvorm,
        vraag=text.vraag,
        achtergrond=text.achtergrond,
        citeer=_citeer,
        hooguit=_hooguit,
        kort_onderwerp=_kort_onderwerp,
    )
    env.globals["geciteerd"] = lambda: _CITATIONS.get().listed()
    return env


@jinja2.pass_context
def _citeer(_context: Any, ids: object, hoeveel: int = 1) -> str:
    """The filter ``citeer``: cite sources in the report being rendered.

    Why ``pass_context``: Jinja evaluates a filter on a constant (``["gemeentewet-150"] |
    citeer``) once, when it compiles the template; the source would then be missing from the
    source list of every report. A filter that takes the context is never folded.
    """
    return _CITATIONS.get().cite(ids, hoeveel)


class Citations:
    """The sources a report cites, in the order the template cites them.

    Why: the source list at the end of a report holds exactly the sources cited in its text,
    whatever blocks a gemeente leaves out or adds. The template cites with the filter
    ``citeer`` (a list of source ids -> 'Movisie z.j.') and lists them with ``geciteerd()``.
    A report is rendered twice: the first pass finds what is cited, so that two cited works
    with the same short reference get a letter ('Nationale ombudsman 2009a' and '2009b').
    """

    def __init__(
        self,
        register: dict[str, Any],
        korte: dict[str, str] | None = None,
        uitstellen: bool = False,
    ) -> None:
        self.register = register
        self.korte = korte or {}
        self.ids: list[str] = []
        # With ``uitstellen`` each citation is a stand-in, filled in when the report is done
        # (see :func:`_render_once`): the works of each citation, in order.
        self.uitgesteld: list[list[str]] | None = [] if uitstellen else None
        self.gelijst = False  # geciteerd() was called
        self.na_lijst = False  # and a citation came after it

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
        if self.gelijst:
            self.na_lijst = True
        if self.uitgesteld is not None and gekozen:
            self.uitgesteld.append(gekozen)
            return f"{_MERK}{len(self.uitgesteld) - 1}{_MERK_EIND}"
        return self.tekst(gekozen)

    def tekst(self, gekozen: list[str]) -> str:
        """The citation of these works: 'Movisie z.j.; CBS z.j.'. A practice example (one
        developer's or gemeente's own page) is cited as an example, not as an authority
        (review 48e: a windpark developer's page behind an omgevingsraad)."""
        return "; ".join(
            dict.fromkeys(
                ("voorbeeld: " if self.register[b].get("voorbeeld") else "") + self.kort(b)
                for b in gekozen
            )
        )

    def listed(self) -> list[Any]:
        self.gelijst = True
        if self.uitgesteld is not None:
            # every citation came before this list (else the report is rendered twice)
            self.korte = Citations(self.register, None).unique_for(self.ids)
        return sorted(
            ({**self.register[b], "kort": self.kort(b)} for b in self.ids),
            key=lambda b: (str(b["kort"]).casefold(), str(b["id"])),
        )

    def unique(self) -> dict[str, str]:
        """Short references for the cited works, with a letter where two would look alike."""
        return Citations(self.register, None).unique_for(self.ids)

    def unique_for(self, ids: list[str]) -> dict[str, str]:
        per_kort: dict[str, list[str]] = {}
        for id_ in sorted(ids):
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
    env = environment(eigen, markdown=naam.endswith(".md"))
    register = data.get("bronregister", {})
    # The time limit guards against a gemeente's own templates (a loop that never ends); the
    # built-in templates are linear in the vraagstuk, which has its own size limits.
    begrensd = eigen is not None
    env.deadline = (  # type: ignore[attr-defined]
        time.process_time() + MAX_SECONDS if begrensd else float("inf")
    )
    try:
        with _alarm(MAX_SECONDS + 0.5) if begrensd else nullcontext():
            sjabloon = env.get_template(naam)
            if not begrensd:
                snel = _render_once(sjabloon, env, naam, register, data)
                if snel is not None:
                    return snel
            eerste = Citations(register)
            tekst = _render(sjabloon, eerste, data)
            if not eerste.ids:
                return tekst
            return _render(sjabloon, Citations(register, eerste.unique()), data)
    except TemplateLimit as e:
        raise TemplateError(f"{_location(e)}{e}") from None
    except TemplateError:
        raise
    except ReadError as e:
        raise TemplateError(str(e)) from None
    except TemplateNotFound as e:
        if ".." in str(e.name) or str(e.name).startswith(("/", "\\")):
            raise TemplateError(
                f"{_location(e)}het sjabloon probeert '{e.name}' te lezen, buiten de "
                "sjablonenmap; dat is niet toegestaan"
            ) from None
        raise TemplateError(f"{_location(e)}het sjabloon '{e.name}' is niet gevonden") from None
    except TemplateSyntaxError as e:
        raise TemplateError(
            f"{e.filename or e.name}:{e.lineno}: fout in het sjabloon: {jinja_dutch(e.message)}"
        ) from None
    except SecurityError as e:
        if "buiten de sjablonenmap" in str(e):
            raise TemplateError(f"{_location(e)}het sjabloon {e}; dat is niet toegestaan") from None
        # Jinja's own words are English ("access to attribute '__class__' of 'str' object is
        # unsafe"): name only the part, in Dutch
        onderdeel = re.search(r"attribute '([^']+)'", str(e))
        wat = f" (het onderdeel '{onderdeel.group(1)}')" if onderdeel else ""
        raise TemplateError(
            f"{_location(e)}het sjabloon probeert bij interne onderdelen van Python te komen"
            f"{wat}; dat is niet toegestaan"
        ) from None
    except UndefinedError as e:
        if "'_" in str(e.message):
            raise TemplateError(
                f"{_location(e)}het sjabloon probeert bij interne onderdelen van Python te komen "
                f"({e.message}); dat is niet toegestaan"
            ) from None
        raise TemplateError(
            f"{_location(e)}het sjabloon gebruikt een waarde die niet bestaat: "
            f"{jinja_dutch(e.message)}"
        ) from None
    except JinjaTemplateError as e:
        raise TemplateError(f"{_location(e)}fout in het sjabloon: {jinja_dutch(str(e))}") from None
    except (ArithmeticError, TypeError, ValueError, LookupError, RecursionError, MemoryError) as e:
        # A runtime error in a template (1 / 0, 'a' + 1, a list index that is not there).
        if eigen is None:
            raise  # the built-in templates: a bug in pionieren
        raise TemplateError(
            f"{_location(e)}fout in het sjabloon tijdens het maken van het rapport "
            f"({type(e).__name__}: {str(e)[:200]})"
        ) from None


# Stands in for a citation until the report is complete: a private-use character, a number
# that is new in every process (no text in a vraagstuk can guess it), the citation's place.
_MERK = f"\ue000{os.urandom(6).hex()}:"
_MERK_EIND = "\ue001"
_PLAATS = re.compile(re.escape(_MERK) + r"(\d+)" + _MERK_EIND)


def _render_once(
    sjabloon: Any, env: Any, naam: str, register: dict[str, Any], data: dict[str, Any]
) -> str | None:
    """The built-in templates in one pass instead of two; None when that cannot be done.

    Each citation is written as a stand-in; at the end, when every cited work is known, the
    stand-ins get the short references (with their letters) exactly as the second pass of
    :func:`render_template` would write them, through the same finalize and escaping. The
    built-in templates cite whatever the text of a citation is, and list the sources after the
    last citation; when a template cites after listing, or a stand-in is not found exactly
    once, the caller renders twice as before. Only for the built-in templates: a gemeente's own
    template may use a citation in other ways than printing it.
    """
    citaties = Citations(register, uitstellen=True)
    tekst = _render(sjabloon, citaties, data)
    if not citaties.ids:
        return tekst
    if citaties.na_lijst or citaties.uitgesteld is None:
        return None
    definitief = Citations(register, citaties.unique())
    schrijf = env.finalize
    escape = env.autoescape(naam) if callable(env.autoescape) else env.autoescape
    teksten = []
    for gekozen in citaties.uitgesteld:
        waarde = schrijf(definitief.tekst(gekozen))
        teksten.append(str(markupsafe_escape(waarde)) if escape else str(waarde))
    gevonden = [0] * len(teksten)

    def invullen(plek: re.Match[str]) -> str:
        nummer = int(plek[1])
        if nummer >= len(teksten):
            return plek[0]
        gevonden[nummer] += 1
        return teksten[nummer]

    klaar = _PLAATS.sub(invullen, tekst)
    if any(aantal != 1 for aantal in gevonden) or tekst.count(_MERK) != len(teksten):
        return None
    if len(klaar) > MAX_OUTPUT:
        return None  # the two passes say so, with their message
    return klaar


def _render(sjabloon: Any, citaties: Citations, data: dict[str, Any]) -> str:
    token = _CITATIONS.set(citaties)
    try:
        return _render_limited(sjabloon, data)
    finally:
        _CITATIONS.reset(token)


# Jinja's messages are English; a user reads what they mean in Dutch. The kind of value a
# template asked a field of, in words.
_SOORT_WAARDE = {
    "dict": "een groep gegevens",
    "str": "een tekst",
    "list": "een lijst",
    "int": "een getal",
    "float": "een getal",
    "NoneType": "een lege waarde",
    "bool": "ja of nee",
}
_TOKENS = {
    "end of statement block": "%}",
    "end of print statement": "}}",
    "begin of statement block": "{%",
    "begin of print statement": "{{",
    "end of template": "het einde van het sjabloon",
}


def _token(naam: str) -> str:
    return _TOKENS.get(naam, naam)


_JINJA: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"^'(\w+) object' has no attribute '(.+)'$"),
        lambda m: f"'{m[2]}' bestaat niet in {_SOORT_WAARDE.get(m[1], 'deze waarde')}",
    ),
    (
        re.compile(r"^'(\w+) object' has no element (.+)$"),
        lambda m: f"{m[2]} bestaat niet in {_SOORT_WAARDE.get(m[1], 'deze waarde')}",
    ),
    (re.compile(r"^'(.+)' is undefined$"), lambda m: f"de naam '{m[1]}' bestaat niet"),
    (re.compile(r"^No filter named '(.+)'\.?$", re.I), lambda m: f"er is geen filter '{m[1]}'"),
    (re.compile(r"^No test named '(.+)'\.?$", re.I), lambda m: f"er is geen test '{m[1]}'"),
    (
        re.compile(r"^Encountered unknown tag '(.+?)'\..*$", re.S),
        lambda m: f"de opdracht {{% {m[1]} %}} bestaat niet (of staat hier niet op zijn plaats)",
    ),
    (
        re.compile(r"^unexpected end of template.*closed is '(\w+)'.*$", re.S | re.I),
        lambda m: f"het blok {{% {m[1]} %}} is niet gesloten; zet er {{% end{m[1]} %}} achter",
    ),
    (
        re.compile(r"^unexpected end of template.*$", re.S | re.I),
        lambda m: "het sjabloon houdt op voordat een {% ... %}-blok of {{ ... }} is gesloten",
    ),
    (
        re.compile(r"^expected token '(.+?)', got '(.+?)'$", re.I),
        lambda m: f"hier hoort '{_token(m[1])}', maar er staat '{_token(m[2])}'",
    ),
    (
        re.compile(r"^expected an expression, got '(.+?)'$", re.I),
        lambda m: f"hier hoort een waarde, maar er staat '{_token(m[1])}'",
    ),
    (
        re.compile(r"^unexpected '(.+?)'$", re.I),
        lambda m: f"'{_token(m[1])}' staat hier niet op zijn plaats",
    ),
    (re.compile(r"^unexpected char '(.+?)'.*$"), lambda m: f"het teken '{m[1]}' kan hier niet"),
)


def jinja_dutch(bericht: str | None) -> str:
    """A Jinja message in Dutch; one we do not know keeps its text, marked as Jinja's."""
    tekst = (bericht or "").strip()
    for patroon, nederlands in _JINJA:
        gevonden = patroon.match(tekst)
        if gevonden:
            return nederlands(gevonden)
    return f"(melding van Jinja: {tekst})"


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

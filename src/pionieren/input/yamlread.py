"""Read YAML safely and remember where every value stands.

Why: a civil servant who writes a vraagstuk by hand must hear exactly where a problem is. Plain
PyYAML forgets positions, silently keeps the last of two equal keys, turns ``yes``/``no``/``on``/
``off`` into booleans and builds dates from anything that looks like one. We compose the node tree
with the safe loader and build the Python values ourselves, so none of that happens:

* only the standard YAML tags are allowed (no Python objects, no custom tags);
* a duplicate key is a problem that names both lines;
* ``yes/no/on/off/y/n`` stay text (only ``true``/``false`` are booleans);
* dates stay text, so the models check them strictly;
* numbers follow YAML 1.2: whole numbers are decimal only (``040000``, ``0x10``, ``0o17`` and
  ``1_000`` are refused with a hint) and ``1:30`` is text. This lives in the implicit resolvers
  (:func:`yaml12_numbers` on the shared :class:`Resolver`), so it works the same with the
  libyaml composer;
* every file is read with a size limit, and only when it is a regular file (never a pipe or a
  device), see :mod:`pionieren.files`;
* every value and every key gets a position (line and column, counted from 1);
* aliases are expanded with a limit, so a "billion laughs" file cannot exhaust memory.

Speed: the node tree is composed by libyaml (PyYAML's C extension) when it is there, which is
many times faster than PyYAML's pure-Python composer. Both share one :class:`Resolver`, so a
change to how plain scalars are typed holds for both. The C composer is only trusted where it
gives exactly what the pure-Python one gives: for text with tabs or unusual characters, for
text that libyaml refuses and for very deep nesting, the file is read again in pure Python, so
every message (its wording and its position) stays the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver as _BaseResolver
from yaml.scanner import Scanner

from pionieren.errors import InvoerFout, Probleem
from pionieren.files import ReadError, read_limited

Pad = tuple[str | int, ...]

MAX_BYTES = 2 * 1024 * 1024
MAX_NODES = 250_000  # room for 10,000 belanghebbenden; a "billion laughs" stops here
MAX_DEPTH = 50

_TAG = "tag:yaml.org,2002:"
_ALLOWED_SCALAR_TAGS = {f"{_TAG}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
_TRUE_FALSE = {"true": True, "false": False}


_INT = f"{_TAG}int"
_FLOAT = f"{_TAG}float"
# What looks like a whole number: decimal, and the YAML 1.1 forms we refuse with a hint
# (leading zero = octal, 0x, 0o, 0b, underscores). '1:30' (base 60) is not a number here.
_INT_LIKE = re.compile(r"^[-+]?(?:0[bBoOxX][0-9a-fA-F_]+|[0-9][0-9_]*)$")
_DECIMAL = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_FLOAT_LIKE = re.compile(
    r"^(?:[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)"
    r"|\.(?:nan|NaN|NAN))$"
)


def yaml12_numbers(loader: type[Any]) -> type[Any]:
    """Make a PyYAML loader class resolve numbers as YAML 1.2 does, not as YAML 1.1.

    Why: YAML 1.1 reads ``040000`` as octal (16384), ``1:30`` as base 60 (90) and ``0x10`` as
    hexadecimal. Here ``1:30`` stays text, and the other forms are still recognised as numbers
    so that :class:`_Builder` can refuse them and say how to write the number. This changes only
    the implicit resolvers, which the pure-Python loader and the libyaml loader (``CSafeLoader``)
    share, so it works with either.
    """
    resolvers = {
        teken: [(tag, regex) for tag, regex in lijst if tag not in (_INT, _FLOAT)]
        for teken, lijst in loader.yaml_implicit_resolvers.items()
    }
    loader.yaml_implicit_resolvers = resolvers
    loader.add_implicit_resolver(_INT, _INT_LIKE, list("-+0123456789"))
    loader.add_implicit_resolver(_FLOAT, _FLOAT_LIKE, list("-+0123456789."))
    return loader


def number_hint(waarde: str) -> str:
    """How to write a number that YAML 1.1 would read in another base or with underscores."""
    kaal = waarde.replace("_", "")
    teken = "-" if kaal.startswith("-") else ""
    cijfers = kaal.lstrip("+-")
    if cijfers[:2].lower() in ("0x", "0o", "0b"):
        voorbeeld = teken + str(int(cijfers, 0))
        uitleg = "in een ander talstelsel (0x, 0o of 0b)"
    elif "_" in waarde:
        voorbeeld = teken + (cijfers.lstrip("0") or "0")
        uitleg = "met liggende streepjes"
    else:
        voorbeeld = teken + (cijfers.lstrip("0") or "0")
        uitleg = "met een 0 vooraan (YAML 1.1 leest dat als een getal in het achttallig stelsel)"
    return (
        f"'{waarde}' is een getal {uitleg}. pionieren leest alleen gewone hele getallen: "
        f"schrijf {voorbeeld}. Is het een tekst, zet die dan tussen aanhalingstekens"
    )


@yaml12_numbers
class Resolver(_BaseResolver):
    """Which tag a plain scalar gets (``int``, ``bool``, ``str`` …), for both composers.

    Add or replace implicit resolvers on this class (``Resolver.add_implicit_resolver``): the
    libyaml composer calls back into it, so the rule holds whichever composer runs.
    """


class PureLoader(Reader, Scanner, Parser, Composer, Resolver):
    """PyYAML's pure-Python composer: the reference, and the source of every syntax message."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        Resolver.__init__(self)


try:
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    FastLoader: type[CParser] | None = None
else:

    class _FastLoader(CParser, Resolver):
        """libyaml's composer; it calls back into our resolver for every plain scalar."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Resolver.__init__(self)

    FastLoader = _FastLoader


def _compose(loader: PureLoader | CParser) -> Node | None:
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


#: Text that libyaml might read differently from the pure-Python reader (tabs, other line
#: breaks, a byte order mark inside the text, and below, characters YAML does not allow): read
#: it in pure Python.
_PURE_ONLY = re.compile(
    "[\t\x85\u2028\u2029\ufeff]"
    # a block scalar header with a comment right after it ('|#'), which libyaml accepts
    + r"|[|>][-+0-9]*#"
    # a tag with other characters than letters, digits, '-' and '_' ('!~', '!!python/…')
    + r"|(?:^|[\s\[{,])![\w!-]*[^\w!\s-]"
)
#: Deeper than this, the pure-Python composer decides (it may refuse the file as too deep).
_FAST_DEPTH = 100


class _Doubt(Exception):
    """The fast composer cannot promise the same result; read the text in pure Python."""


@dataclass(frozen=True)
class Positie:
    regel: int
    kolom: int


@dataclass
class Geladen:
    """The data of one YAML file plus the position of every key and value in it."""

    bestand: str
    data: Any
    posities: dict[Pad, Positie] = field(default_factory=dict)
    sleutels: dict[Pad, Positie] = field(default_factory=dict)
    bron: dict[Pad, str] = field(default_factory=dict)
    problemen: list[Probleem] = field(default_factory=list)
    tekst: str = ""  # the source text, to point at a word inside a value (input/hints.py)

    def positie(self, pad: Pad) -> Positie:
        """The position of the value at ``pad``, or of the nearest parent that has one."""
        while pad:
            if pad in self.posities:
                return self.posities[pad]
            pad = pad[:-1]
        return self.posities.get((), Positie(1, 1))


def pad_tekst(pad: Pad) -> str:
    """Show a path as people read it: ``belanghebbenden[2].invloed`` (lists count from 1)."""
    tekst = ""
    for deel in pad:
        if isinstance(deel, int):
            tekst += f"[{deel + 1}]"
        else:
            tekst += f".{deel}" if tekst else str(deel)
    return tekst


def read_file(pad: Path, naam: str | None = None, *, posities: bool = True) -> Geladen:
    """Read a YAML file from disk. ``naam`` is how the file is named in messages; for
    ``posities`` see :func:`read_text`."""
    naam = naam if naam is not None else str(pad)
    try:
        ruw = read_limited(pad, MAX_BYTES, naam)
    except ReadError as e:
        melding = e.melding
        if e.code == "te_groot":
            melding += " (de grens voor een invoerbestand is 2 MB)"
        raise InvoerFout([Probleem(naam, 0, 0, "", melding, e.code)]) from None
    return read_text(decode(ruw, naam), naam, posities=posities)


def _other_encoding(ruw: bytes) -> str | None:
    """'UTF-32' or 'UTF-16' (with or without a byte-order mark), or None for anything else."""
    if ruw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    begin = ruw[:64]
    if len(begin) >= 8 and begin.count(0) * 4 >= len(begin) * 3 - 4:
        return "UTF-32"
    if len(begin) >= 4 and begin.count(0) * 2 >= len(begin) - 2:
        return "UTF-16"
    return None


def decode(ruw: bytes, naam: str) -> str:
    """Decode UTF-8 (a UTF-8 BOM is fine); say clearly when a file is in another encoding."""
    soort = _other_encoding(ruw)
    if soort is not None:
        raise InvoerFout(
            [
                Probleem(
                    naam,
                    1,
                    1,
                    "",
                    f"dit bestand is opgeslagen als {soort}. Sla het op als UTF-8 "
                    "(in Kladblok: 'Opslaan als', dan bij 'Codering' kiezen voor UTF-8)",
                    "codering",
                )
            ]
        )
    try:
        return ruw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        voor = ruw[: e.start]
        regel = voor.count(b"\n") + 1
        kolom = len(voor[voor.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")) + 1
        byte = ruw[e.start : e.start + 1]
        gok = byte.decode("cp1252", errors="replace")
        hint = f" (waarschijnlijk het teken '{gok}')" if gok.isprintable() and gok.strip() else ""
        raise InvoerFout(
            [
                Probleem(
                    naam,
                    regel,
                    kolom,
                    "",
                    f"dit bestand is niet in UTF-8 opgeslagen: byte 0x{byte.hex().upper()} is geen "
                    f"UTF-8{hint}. Sla het bestand op als UTF-8 en probeer het opnieuw",
                    "codering",
                )
            ]
        ) from None


def read_text(tekst: str, naam: str, *, posities: bool = True) -> Geladen:
    """Parse YAML text into a :class:`Geladen`; raise :class:`InvoerFout` on any problem.

    With ``posities=False`` no positions are kept (for files that are known to be valid, such
    as the built-in knowledge); problems are still found, but only their first position.
    """
    if (
        FastLoader is not None
        and not _PURE_ONLY.search(tekst)
        and not Reader.NON_PRINTABLE.search(tekst)
    ):
        try:
            wortel = _compose(FastLoader(tekst))
        except Exception:  # any error: the pure-Python reader decides and gives the message
            wortel = None
        if wortel is not None:
            geladen = Geladen(bestand=naam, data=None, tekst=tekst)
            try:
                # also the parts that are not built (the value of a duplicate key, a block
                # with a refused tag) may hold a form libyaml reads differently
                _scan_doubt(wortel)
                snelle = _Builder(geladen, posities, snel=True)
                snelle.check_size(wortel)
                geladen.data = snelle.build(wortel, (), frozenset())
            except (_Doubt, InvoerFout):
                pass  # also a file that is too large: the message comes from pure Python
            else:
                return _check_root(geladen)
    return _read_pure(tekst, naam, posities)


def _scan_doubt(wortel: Node) -> None:
    """Raise _Doubt when any node holds a form libyaml reads differently from pure Python: a
    plain text with '?' in a flow list or block, or an empty plain value."""
    gezien: set[int] = set()
    stapel = [wortel]
    while stapel:
        node = stapel.pop()
        if id(node) in gezien:
            continue
        gezien.add(id(node))
        if isinstance(node, ScalarNode):
            if not node.value and not node.style:
                raise _Doubt
            continue
        if not isinstance(node, SequenceNode | MappingNode):
            continue
        kinderen = list(node.value if isinstance(node, SequenceNode) else chain(*node.value))
        if node.flow_style and any(
            isinstance(k, ScalarNode) and not k.style and "?" in k.value for k in kinderen
        ):
            raise _Doubt
        stapel.extend(kinderen)


def _read_pure(tekst: str, naam: str, posities: bool) -> Geladen:
    geladen = Geladen(bestand=naam, data=None, tekst=tekst)
    te_diep = InvoerFout(
        [
            Probleem(
                naam,
                1,
                1,
                "",
                f"dit bestand is te diep genest (meer dan {MAX_DEPTH} niveaus); een vraagstuk heeft er "
                "hooguit een paar",
                "te_diep",
            )
        ]
    )
    try:
        wortel = _compose(PureLoader(tekst))
    except RecursionError:
        raise te_diep from None
    except yaml.MarkedYAMLError as e:
        raise InvoerFout(_syntax_problems(e, tekst, naam)) from None
    except yaml.reader.ReaderError as e:
        regel, kolom = _line_col(tekst, e.position)
        raise InvoerFout(
            [
                Probleem(
                    naam,
                    regel,
                    kolom,
                    "",
                    f"hier staat een teken dat niet in YAML mag (code U+{e.character:04X}); "
                    "haal het weg of typ het opnieuw",
                    "syntaxis",
                )
            ]
        ) from None
    except yaml.YAMLError as e:  # pragma: no cover - every PyYAML error is one of the above
        raise InvoerFout([Probleem(naam, 0, 0, "", f"YAML-fout: {e}", "syntaxis")]) from None
    if wortel is None:
        raise InvoerFout(
            [
                Probleem(
                    naam,
                    1,
                    1,
                    "",
                    "het bestand is leeg. Begin met de velden, bijvoorbeeld 'titel: ...'",
                    "leeg",
                )
            ]
        )
    bouwer = _Builder(geladen, posities)
    bouwer.check_size(wortel)
    try:
        geladen.data = bouwer.build(wortel, (), frozenset())
    except RecursionError:  # pragma: no cover - MAX_DEPTH stops us long before this
        raise te_diep from None
    return _check_root(geladen)


def _check_root(geladen: Geladen) -> Geladen:
    """A file must hold fields (a mapping) at the top."""
    if not isinstance(geladen.data, dict) and not geladen.problemen:
        soort = _soort(geladen.data)
        pos = geladen.positie(())
        geladen.problemen.append(
            Probleem(
                geladen.bestand,
                pos.regel,
                pos.kolom,
                "",
                f"het bestand moet bestaan uit velden ('sleutel: waarde', zoals 'titel: ...'); "
                f"nu staat er {soort}",
                "geen_velden",
            )
        )
    return geladen


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _join_surrogate_pairs(waarde: str) -> str:
    """'\\ud83d\\ude00' (JSON's way to write an emoji) becomes the emoji itself.

    PyYAML reads each ``\\uXXXX`` on its own; a lone surrogate stays, and validation refuses it.
    """
    if not _SURROGATE.search(waarde):
        return waarde
    try:
        return waarde.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        return waarde


def _line_col(tekst: str, index: int) -> tuple[int, int]:
    voor = tekst[:index]
    return voor.count("\n") + 1, index - (voor.rfind("\n") + 1) + 1


_TAB_IN_INDENT = re.compile(r"^[ ]*\t")

_SYNTAX_HINTS: tuple[tuple[str, str], ...] = (
    (
        "mapping values are not allowed here",
        "hier staat een dubbele punt die YAML niet verwacht. Staat er een ':' in een tekst? "
        "Zet de hele tekst dan tussen aanhalingstekens. Of controleer de inspringing",
    ),
    (
        "could not find expected ':'",
        "YAML verwacht hier 'sleutel: waarde'. Ontbreekt er een dubbele punt, of is een tekst "
        "over meerdere regels niet goed ingesprongen?",
    ),
    (
        "found character '\\t' that cannot start any token",
        "hier staat een tab. Gebruik spaties om in te springen, geen tabs",
    ),
    (
        "found undefined alias",
        "hier staat een verwijzing (*naam) naar een anker (&naam) dat niet bestaat",
    ),
    (
        "while scanning a quoted scalar",
        "een aanhalingsteken is niet afgesloten. Zet aan het eind van de tekst hetzelfde "
        "aanhalingsteken als aan het begin",
    ),
    (
        "expected a single document in the stream",
        "dit bestand bevat meer dan één YAML-document (gescheiden door '---'). "
        "Zet één vraagstuk in één bestand",
    ),
    (
        "expected <block end>",
        "de inspringing klopt niet. Zet velden die bij elkaar horen precies even ver naar rechts",
    ),
    (
        "did not find expected '-' indicator",
        "de inspringing van deze lijst klopt niet. Zet elk '- ' even ver naar rechts",
    ),
    (
        "did not find expected key",
        "de inspringing klopt niet, of een regel begint met een teken dat hier niet mag",
    ),
    ("while parsing a flow", "een lijst met [ ] of een blok met { } is niet goed afgesloten"),
    (
        "found unknown escape character",
        "in een tekst tussen dubbele aanhalingstekens staat een '\\' die YAML niet kent. "
        "Gebruik enkele aanhalingstekens of schrijf '\\\\'",
    ),
    ("while scanning an alias", "na '*' moet de naam van een anker staan"),
    ("while scanning an anchor", "na '&' moet een naam staan"),
    (
        "found character '@'",
        "een waarde mag niet met '@' of '`' beginnen; zet de tekst tussen aanhalingstekens",
    ),
    (
        "found character '`'",
        "een waarde mag niet met '@' of '`' beginnen; zet de tekst tussen aanhalingstekens",
    ),
)


def _syntax_problems(e: yaml.MarkedYAMLError, tekst: str, naam: str) -> list[Probleem]:
    """Turn a PyYAML syntax error into Dutch problems; tabs get one problem per line."""
    regels = tekst.splitlines()
    tabs = [
        Probleem(
            naam,
            i + 1,
            regel.index("\t") + 1,
            "",
            "deze regel springt in met een tab. Gebruik spaties om in te springen, geen tabs",
            "tab",
        )
        for i, regel in enumerate(regels)
        if _TAB_IN_INDENT.match(regel)
    ]
    if tabs:
        return tabs
    mark = e.problem_mark or e.context_mark
    if e.context and ("quoted scalar" in e.context or "flow" in e.context) and e.context_mark:
        mark = e.context_mark  # point at the opening quote, not at the end of the file
    regel, kolom = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    beschrijving = f"{e.context or ''} {e.problem or ''}"
    for engels, nederlands in _SYNTAX_HINTS:
        if engels in beschrijving:
            uitleg = nederlands
            break
    else:
        uitleg = (
            "de YAML-opbouw klopt hier niet. Controleer de inspringing, de dubbele punten "
            f"en de aanhalingstekens (technische melding: {(e.problem or '').strip()})"
        )
    problemen = [Probleem(naam, regel, kolom, "", uitleg, "syntaxis")]
    # A Dutch value that starts with an elision ('t Trefpunt, 's avonds) opens a quoted text in
    # YAML, and the error shows up lines later: point at where it starts.
    for i, tekstregel in enumerate(regels[: max(regel, 1)]):
        begin = _ELISIE.match(tekstregel)
        if begin and i + 1 != regel:
            problemen.append(
                Probleem(
                    naam,
                    i + 1,
                    begin.end(1),
                    "",
                    "deze tekst begint met een weggelaten letter ('t, 's of 'n). YAML leest het "
                    "aanhalingsteken als het begin van een tekst tussen aanhalingstekens; dat kan "
                    f"de fout op regel {regel} geven. Zet de hele tekst tussen dubbele "
                    "aanhalingstekens",
                    "syntaxis",
                )
            )
    return problemen


_ELISIE = re.compile(r"^(?:\s*-\s+|[^#'\"]*?:\s+)(')(?:t|s|n)\s", re.IGNORECASE)


def _soort(waarde: object) -> str:
    if waarde is None:
        return "niets"
    if isinstance(waarde, bool):
        return "een ja/nee-waarde"
    if isinstance(waarde, int | float):
        return "een getal"
    if isinstance(waarde, str):
        return "een losse tekst"  # not the text itself: an error never shows a file's content
    if isinstance(waarde, list):
        return "een lijst"
    return "iets anders"


def _children(node: Node) -> list[Node]:
    """The nodes :meth:`_Builder.build` builds under ``node``: list items and mapping values."""
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [waarde for _sleutel, waarde in node.value]
    return []


def _expanded_sizes(wortel: Node) -> dict[int, int] | None:
    """How many values each node stands for once every reference is written out, by ``id``;
    None when a reference points back into itself (then :meth:`_Builder.build` reports that).

    A node that many references share is counted once, so this takes as long as the file is
    long, not as long as the expanded file would be."""
    maten: dict[int, int] = {}
    bezig: set[int] = set()
    stapel: list[tuple[Node, bool]] = [(wortel, False)]
    while stapel:
        node, klaar = stapel.pop()
        if klaar:
            bezig.discard(id(node))
            maten[id(node)] = 1 + sum(maten[id(kind)] for kind in _children(node))
            continue
        if id(node) in maten:
            continue
        if id(node) in bezig:
            return None
        bezig.add(id(node))
        stapel.append((node, True))
        stapel.extend((kind, False) for kind in _children(node) if id(kind) not in maten)
    return maten


def _nth_value(node: Node, n: int, maten: dict[int, int]) -> Node:
    """The ``n``-th value (from 1) in reading order under ``node``, references written out."""
    while n > 1:
        n -= 1
        for kind in _children(node):
            if n <= maten[id(kind)]:
                node = kind
                break
            n -= maten[id(kind)]
    return node


class _Builder:
    """Builds Python values from composed nodes and records positions on the way."""

    def __init__(self, geladen: Geladen, posities: bool = True, snel: bool = False) -> None:
        self.geladen = geladen
        self.posities = posities
        self.snel = snel
        """Nodes from libyaml: raise _Doubt where they might differ from pure Python."""
        self.nodes = 0
        self.constructor = SafeConstructor()
        # A surrogate in a value can only come from an escape (\uD83D) in the text
        tekst = geladen.tekst
        self.surrogaten = "\\u" in tekst or "\\U" in tekst or bool(_SURROGATE.search(tekst))

    def _problem(self, node: Node, pad: Pad, melding: str, code: str) -> None:
        self.geladen.problemen.append(
            Probleem(
                self.geladen.bestand,
                node.start_mark.line + 1,
                node.start_mark.column + 1,
                pad_tekst(pad),
                melding,
                code,
            )
        )

    def check_size(self, wortel: Node) -> None:
        """Refuse a file whose references (``*naam``) expand to more than :data:`MAX_NODES`
        values before building anything: a "billion laughs" then stops at once, at the same
        place :meth:`build` would stop (the value number ``MAX_NODES + 1`` in reading order)."""
        maten = _expanded_sizes(wortel)
        if maten is None or maten[id(wortel)] <= MAX_NODES:
            return
        raise self._too_large(_nth_value(wortel, MAX_NODES + 1, maten))

    def _too_large(self, node: Node) -> InvoerFout:
        return InvoerFout(
            [
                Probleem(
                    self.geladen.bestand,
                    node.start_mark.line + 1,
                    node.start_mark.column + 1,
                    "",
                    "dit bestand is te groot of gebruikt te veel verwijzingen (*naam) om te lezen",
                    "te_groot",
                )
            ]
        )

    def build(self, node: Node, pad: Pad, bezig: frozenset[int]) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self._too_large(node)
        if self.snel and len(pad) > _FAST_DEPTH:
            raise _Doubt
        if self.posities and pad not in self.geladen.posities:
            self.geladen.posities[pad] = Positie(
                node.start_mark.line + 1, node.start_mark.column + 1
            )
        if id(node) in bezig:
            self._problem(node, pad, "deze verwijzing (*naam) verwijst naar zichzelf", "lus")
            return None
        if isinstance(node, ScalarNode):
            return self._scalar(node, pad)
        bezig = bezig | {id(node)}
        if self.snel and isinstance(node, SequenceNode | MappingNode) and node.flow_style:
            self._check_flow(node)
        if isinstance(node, SequenceNode):
            if node.tag != f"{_TAG}seq":
                self._problem(node, pad, f"de tag '{node.tag}' is hier niet toegestaan", "tag")
                return None
            return [self.build(kind, (*pad, i), bezig) for i, kind in enumerate(node.value)]
        if isinstance(node, MappingNode):
            if node.tag != f"{_TAG}map":
                self._problem(node, pad, f"de tag '{node.tag}' is hier niet toegestaan", "tag")
                return None
            return self._mapping(node, pad, bezig)
        raise AssertionError(f"unknown node type {type(node)!r}")  # pragma: no cover

    def _mapping(self, node: MappingNode, pad: Pad, bezig: frozenset[int]) -> dict[str, Any]:
        resultaat: dict[str, Any] = {}
        for sleutel_node, waarde_node in node.value:
            if not isinstance(sleutel_node, ScalarNode):
                if self.snel:
                    raise _Doubt  # a list or block as a key: rare, and not worth the risk
                self._problem(
                    sleutel_node,
                    pad,
                    "een sleutel moet een gewoon woord zijn, geen lijst of blok",
                    "sleutel",
                )
                continue
            self._check_empty(sleutel_node)
            sleutel = str(sleutel_node.value)
            sleutel_pad = (*pad, sleutel)
            positie = Positie(sleutel_node.start_mark.line + 1, sleutel_node.start_mark.column + 1)
            if sleutel in resultaat:
                eerste = self.geladen.sleutels[sleutel_pad]
                self._problem(
                    sleutel_node,
                    sleutel_pad,
                    f"de sleutel '{sleutel}' staat twee keer in dit blok: op regel {eerste.regel} "
                    f"en op regel {positie.regel}. Houd er één over (de waarde van regel "
                    f"{positie.regel} is nu niet gebruikt)",
                    "dubbele_sleutel",
                )
                continue
            self.geladen.sleutels[sleutel_pad] = positie
            resultaat[sleutel] = self.build(waarde_node, sleutel_pad, bezig)
        return resultaat

    def _check_flow(self, node: SequenceNode | MappingNode) -> None:
        """In ``[...]`` or ``{...}`` pure Python ends a plain text at '?'; libyaml does not."""
        kinderen = node.value if isinstance(node, SequenceNode) else chain(*node.value)
        for kind in kinderen:
            if isinstance(kind, ScalarNode) and not kind.style and "?" in kind.value:
                raise _Doubt

    def _check_empty(self, node: ScalarNode) -> None:
        if self.snel and not node.value and not node.style:
            # an empty value ('sleutel:' with nothing after it): libyaml places it elsewhere
            raise _Doubt

    def _scalar(self, node: ScalarNode, pad: Pad) -> Any:
        self._check_empty(node)
        if self.posities:
            self.geladen.bron[pad] = node.value
        tag = node.tag
        if tag not in _ALLOWED_SCALAR_TAGS:
            self._problem(node, pad, f"de tag '{tag}' is hier niet toegestaan", "tag")
            return None
        if tag == f"{_TAG}bool":
            # YAML 1.1 reads yes/no/on/off as booleans; we keep them as text, so that a model
            # field that wants a boolean says clearly that it wants true or false.
            return _TRUE_FALSE.get(node.value.lower(), node.value)
        if tag == f"{_TAG}timestamp":
            return node.value
        if tag == f"{_TAG}null":
            return None
        if tag == _INT and not _DECIMAL.match(node.value):
            self._problem(node, pad, number_hint(node.value), "getal")
            return None
        try:
            if tag == _INT:
                return self.constructor.construct_yaml_int(node)
            if tag == f"{_TAG}float":
                return self.constructor.construct_yaml_float(node)
        except (ValueError, yaml.YAMLError):
            self._problem(node, pad, f"'{node.value}' is geen geldig getal", "getal")
            return None
        return _join_surrogate_pairs(node.value) if self.surrogaten else node.value

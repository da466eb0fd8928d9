"""Make user text safe for a Markdown report and for the terminal; check web addresses.

Why: text in a vraagstuk, a werkvormen file or pionieren.toml is data, never markup. In a
Markdown report a name such as ``<script>``, ``# Kop`` or ``[klik](javascript:...)`` must show as
those characters, not become HTML, a heading or a link; a line separator must not split a table
row. On the terminal a name must not be read as Rich markup (``[/]`` or ``[link=...]``) and an
escape sequence must not clear the screen. Each of those rules lives here, in one place.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

# Every character that some program reads as the end of a line (CommonMark, Python's
# str.splitlines, browsers): CR, LF, VT, FF, the file/group/record separators, NEL, U+2028, U+2029.
LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")

# Control characters (C0 but tab, LF and CR; DEL; C1 but NEL), lone surrogates and the Unicode
# non-characters U+FFFE/U+FFFF: nothing a report or a terminal should ever receive.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")

# Markdown characters that start HTML, links, code, emphasis or a table cell anywhere on a line.
_MD_INLINE = re.compile(r"[\\`*_\[\]<>|]")
# Markdown that changes the structure only at the start of a line: a heading (``# ``), a quote
# (``>``), a list item (``- ``, ``+ ``, ``1. ``, ``1) ``), a fence (``~~~``), and a line of only
# ``-`` or ``=`` (a thematic break, or the underline that turns the line above into a heading).
_MD_LINE_START = re.compile(
    r"^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|\d{1,9}(?=[.)](?:[ \t]|$))|~(?=~~)|[-=](?=[-= ]*$))"
)

# Characters that are invisible or that only steer the layout of text: zero-width space,
# joiner and non-joiner, word joiner, soft hyphen, byte-order mark, and the bidi controls.
_INVISIBLE = re.compile(r"[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


class MarkdownSafe(str):
    """Text that is already safe for Markdown (so the report does not escape it twice)."""

    __slots__ = ()


def forbidden_character(tekst: str) -> str | None:
    """The first character that no user text may hold (a control character, NUL, a lone
    surrogate), as ``U+XXXX``; None when the text is clean. Tab, LF, CR, NEL, U+2028 and U+2029
    are fine (they are line breaks or white space in a text over several lines)."""
    gevonden = _CONTROL.search(tekst)
    return f"U+{ord(gevonden.group()):04X}" if gevonden else None


def markdown_safe(waarde: object) -> MarkdownSafe:
    """User text as one line of Markdown that shows exactly these characters.

    Line breaks of every kind and tabs become a space; control characters, NUL and lone
    surrogates become U+FFFD (visible, and never in a report); the characters that start HTML,
    links, code, emphasis or a table cell get a backslash, and so does a character that would
    start a heading, quote or list at the start of a line. Text that is only white space is
    layout from the template (such as ``{{ "\\n" }}``) and stays as it is.
    """
    if isinstance(waarde, MarkdownSafe):
        return waarde
    tekst = str(waarde)
    if not tekst.strip():
        return MarkdownSafe(tekst)
    tekst = _LINE_BREAK.sub(" ", tekst).replace("\t", " ")
    tekst = _CONTROL.sub("\ufffd", tekst)
    tekst = _MD_INLINE.sub(r"\\\g<0>", tekst)
    inspringing = len(tekst) - len(tekst.lstrip(" "))
    tekst = tekst[:inspringing] + _MD_LINE_START.sub(_escape_start, tekst[inspringing:], count=1)
    return MarkdownSafe(tekst)


def _escape_start(gevonden: re.Match[str]) -> str:
    teken = gevonden.group()
    return f"{teken}\\" if teken.isdigit() else f"\\{teken}"


def without_controls(waarde: object) -> str:
    """Text with control characters, NUL and lone surrogates replaced by U+FFFD (for HTML)."""
    return _CONTROL.sub("\ufffd", str(waarde))


_URL = re.compile(
    r"https?://[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::[0-9]{1,5})?"
    r"(?:[/?#][A-Za-z0-9\-._~%!$&()*+,;=:@/?#]*)?"
)
MAX_URL = 2000


def is_safe_url(waarde: str) -> bool:
    """A web address that may stand in a report: http or https, a host name, and only the
    characters of RFC 3986 without quotes, angle brackets, backslashes or spaces."""
    return len(waarde) <= MAX_URL and _URL.fullmatch(waarde) is not None


#: Sites that copy other people's documents (PDF mirrors, document scrapers, upload platforms).
#: A source on such a host is refused, in the register, a gemeente's own catalogue and a
#: vraagstuk alike: a report points to the publisher's own page. A host is refused when it is
#: one of these or a subdomain of one of them.
SPIEGELSITES = frozenset(
    {
        "5dok.net",
        "5dok.org",
        "fdocuments.nl",
        "fdocuments.net",
        "fdocuments.in",
        "vdocuments.mx",
        "vdocuments.net",
        "docplayer.nl",
        "docplayer.net",
        "adoc.pub",
        "pdffox.com",
        "pdfslide.tips",
        "pdfslide.net",
        "pdfcoffee.com",
        "dokumen.pub",
        "dokumen.tips",
        "1library.net",
        "1library.co",
        "9lib.org",
        "9lib.net",
        "studylib.net",
        "studylibnl.com",
        "studylibfr.com",
        "scribd.com",
        "yumpu.com",
        "issuu.com",
        "academia.edu",
        "slideshare.net",
        "slideplayer.nl",
        "slideplayer.com",
        "korta.info",
        "ogpvietnam.org",
        "participedia.xyz",
        "metro-inet.us",
        "toponderzoek.nl",
    }
)


def spiegelsite(url: str) -> bool:
    """True if the url's host, or one of its parent domains, is a known mirror or scraper.

    Only whole domain labels count: ``my5dok.net`` is not ``5dok.net``.
    """
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    delen = host.split(".")
    return any(".".join(delen[i:]) in SPIEGELSITES for i in range(len(delen)))


def bron_url_probleem(waarde: str) -> str | None:
    """Why a source's web address cannot stand in a report (plain Dutch), or None if it can."""
    if not is_safe_url(waarde):
        return (
            f"'{waarde[:80]}' is geen bruikbaar webadres. Begin met https:// of http:// en gebruik "
            "geen spaties, aanhalingstekens of < >"
        )
    if spiegelsite(waarde):
        return (
            f"'{waarde[:80]}' staat op een site die documenten van anderen overneemt. Verwijs "
            "naar de pagina van de uitgever zelf (de gemeente, de wetgever, het kennisinstituut)"
        )
    return None


def terminal_safe(waarde: object, regels: bool = False) -> str:
    """Text for the terminal with every control character made visible.

    An escape character shows as ``\\u001b``, a NEL as ``\\u0085``, a lone surrogate as
    ``\\ud800`` (the JSON form, so JSON output stays valid): the text can neither steer the
    terminal nor hide itself. With ``regels`` the text may keep
    its own line feeds (for messages that pionieren itself writes over several lines).
    """
    tekst = str(waarde)
    uit = []
    for teken in tekst:
        if teken == "\n" and regels:
            uit.append(teken)
        elif teken == "\t":
            uit.append(" ")
        elif _needs_escape(teken):
            uit.append(_json_escape(teken))
        else:
            uit.append(teken)
    return "".join(uit)


def _json_escape(teken: str) -> str:
    """``\\u001b``: the same form as in JSON, so JSON output stays valid JSON."""
    code = ord(teken)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _needs_escape(teken: str) -> bool:
    if _CONTROL.match(teken) or teken in LINE_BREAKS:
        return True
    return unicodedata.category(teken) in ("Cf", "Co", "Cn") and teken != "\u200d"


def rich_safe(waarde: object) -> str:
    """:func:`terminal_safe`, then escaped for Rich markup (``[/]`` shows as ``[/]``)."""
    from rich.markup import escape

    return escape(terminal_safe(waarde))


@lru_cache(maxsize=4096)
def comparable_name(naam: str) -> str:
    """A name as people compare it: NFKC, invisible characters removed, case and spacing folded.

    Why: 'Buurtvereniging' and 'Buurt\\u200bvereniging' look the same on paper; they are one
    party. Cached: a leerarena compares the same few names in thousands of evaluaties.
    """
    tekst = unicodedata.normalize("NFKC", _INVISIBLE.sub("", naam))
    return " ".join(tekst.casefold().split())

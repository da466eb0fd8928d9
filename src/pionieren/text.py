"""Dutch formatting of amounts, ranges and dates, independent of the system locale.

Why: output must be the same bytes on every machine; the system locale must not change a
month name or a thousands separator.
"""

from __future__ import annotations

import re
from datetime import date

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def getal(n: int) -> str:
    """12500 -> '12.500' (Dutch thousands separator)."""
    teken = "-" if n < 0 else ""
    return teken + f"{abs(n):,}".replace(",", ".")


def euro(n: int) -> str:
    """12500 -> '€ 12.500'."""
    return f"€ {getal(n)}"


def bereik(laag: int, hoog: int, eenheid: str = "") -> str:
    """(3, 6) -> '3–6'; (5, 5) -> '5'."""
    tekst = getal(laag) if laag == hoog else f"{getal(laag)}–{getal(hoog)}"
    return f"{tekst} {eenheid}".rstrip()


def euro_bereik(laag: int, hoog: int) -> str:
    return euro(laag) if laag == hoog else f"€ {getal(laag)}–{getal(hoog)}"


def datum(d: date) -> str:
    """date(2027, 6, 30) -> '30 juni 2027'."""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def periode(van: date, tot: date) -> str:
    """A period in as few words as reads well: '4–22 januari 2027', '30 november – 18 december
    2026', '14 december 2026 – 19 februari 2027'; one day is just that day."""
    if van == tot:
        return datum(van)
    if van.year != tot.year:
        return f"{datum(van)} – {datum(tot)}"
    if van.month != tot.month:
        return f"{van.day} {MAANDEN[van.month - 1]} – {datum(tot)}"
    return f"{van.day}–{datum(tot)}"


def opsomming(items: list[str], laatste: str = "en") -> str:
    """['a', 'b', 'c'] -> 'a, b en c'."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {laatste} {items[-1]}"


def zin(tekst: str) -> str:
    """End a text with a full stop, unless it already ends with punctuation."""
    tekst = tekst.rstrip()
    return tekst if not tekst or tekst[-1] in ".?!:" else tekst + "."


def punten(items: list[str]) -> str:
    """['A is vast.', 'B ook.'] -> 'A is vast; B ook.' (for a list inside one sentence)."""
    return zin("; ".join(item.rstrip().rstrip(".") for item in items))


def citaten(items: list[str]) -> str:
    """['A is vast.', 'B ook.'] -> '‘A is vast’; ‘B ook’.' (quoted, so capitals read naturally)."""
    return "; ".join(f"‘{item.strip().rstrip('.')}’" for item in items) + "."


_SOORTNAMEN = frozenset(
    [
        "aanwonenden",
        "agrariërs",
        "alle",
        "alleenstaande",
        "andere",
        "arbeidsmigranten",
        "automobilisten",
        "bewoners",
        "bezoekers",
        "boeren",
        "buren",
        "buurtbewoners",
        "clienten",
        "cliënten",
        "deelnemers",
        "eigenaar-bewoners",
        "eigenaren",
        "fietsers",
        "forensen",
        "fracties",
        "gebruikers",
        "gezinnen",
        "hondenbezitters",
        "huishoudens",
        "huurders",
        "inwoners",
        "jeugdleden",
        "jonge",
        "jongeren",
        "kinderen",
        "klanten",
        "leden",
        "leerlingen",
        "lokale",
        "mantelzorgers",
        "medewerkers",
        "mensen",
        "nieuwe",
        "nieuwkomers",
        "omwonenden",
        "ondernemers",
        "oudere",
        "ouderen",
        "ouders",
        "overige",
        "particuliere",
        "patiënten",
        "pendelaars",
        "publiek",
        "reizigers",
        "scholieren",
        "sporters",
        "statushouders",
        "studenten",
        "supporters",
        "toekomstige",
        "vaste",
        "vrijwilligers",
        "werkende",
        "winkeliers",
        "woningzoekenden",
        "zzp'ers",
    ]
)
"""First words that make a stakeholder's name a description ('Bewoners van de Dorpsstraat'),
not a proper name ('Stichting De Linde'): inside a sentence it starts with a small letter."""


TELWOORD = {
    w: i
    for i, w in enumerate(
        [
            "nul",
            "een",
            "twee",
            "drie",
            "vier",
            "vijf",
            "zes",
            "zeven",
            "acht",
            "negen",
            "tien",
            "elf",
            "twaalf",
            "dertien",
            "veertien",
            "vijftien",
            "zestien",
            "zeventien",
            "achttien",
            "negentien",
            "twintig",
        ]
    )
}
"""Dutch number words up to twenty and their value (names of groups, counts in a text)."""

_TELWOORDEN = frozenset(TELWOORD) - {"nul", "een"} | {
    "alle",
    "beide",
    "enkele",
    "meerdere",
    "andere",
    "veel",
}
"""Number words that open a description ('Drie basisscholen in de oude wijk'; review 42d)."""

_MEERVOUD = (
    "ers",
    "aars",
    "ars",
    "ren",
    "den",
    "ten",
    "gen",
    "nen",
    "ies",
    "'s",
    "clubs",
    "scholen",
    "groepen",
    "teams",
)
"""Endings of a Dutch plural noun that names a kind of people or their bodies ('Spoedzoekers',
'Seizoenarbeiders', 'Woningzoekenden', 'Kwekers', 'Sportclubs', 'Basisscholen'; review 61a:
'Met Sportclubs spreken wij')."""


#: Prefixes of a compound that describes people, not a name: 'Oud-parochianen', 'Ex-bewoners'.
_VOORVOEGSELS = frozenset(["oud", "ex", "niet", "mede", "jong"])


def werkvorm_kop(werkvorm: str, naam: str, voor: list[str], door: str = "") -> str:
    """The heading of a werkvorm in the report: a round table with one party around it is a
    conversation with that party, and written advice from one body bears that body's name
    (review 36: "adviesraad of cliëntenraad" for a commissie naamgeving). The meeting of a body
    the case names (``door``) bears that body's name (:func:`eigen_bijeenkomst`)."""
    if werkvorm == "eigen-vergadering" and door and door.casefold() not in _ORGANEN:
        return eigen_bijeenkomst(door)
    if len(voor) == 1 and werkvorm == "rondetafel":
        return f"Eigen gesprek met {namen(voor)}"
    if len(voor) == 1 and werkvorm == "clientenraad":
        return f"Schriftelijk advies van {namen(voor)}"
    return naam


#: The parties that are no body with a meeting of its own: a werkvorm they decided is the
#: gemeente's step, not a visit to a group.
_ORGANEN = frozenset(["college", "raad", "gemeente", "gemeenteraad", "burgemeester", "griffie"])


def eigen_bijeenkomst(door: str) -> str:
    """The heading of the meeting of a body the case names ('door' of werkvorm
    eigen-vergadering): 'Bijeenkomst van Ondernemersvereniging Kust Walduin', 'Bijeenkomst van
    de dorpsraden van Hoogmeer', 'Bijeenkomst van de besturen van HSV'. Why: a board's own
    meeting under the catalogue's name 'Op bezoek bij een groep' read as machine text (review
    46a)."""
    door = door.strip()
    if door[:1].islower() or door.split(" ", 1)[0].casefold() in _LIDWOORDEN:
        return f"Bijeenkomst van {partij(door)}"
    if groepsnaam(door) != door:  # a description: 'Dorpsraden van ...' -> 'de dorpsraden van'
        return f"Bijeenkomst van de {groepsnaam(door)}"
    return f"Bijeenkomst van {door}"


def in_kop(werkvorm: str, naam: str, voor: list[str]) -> list[str]:
    """The groups the heading of a werkvorm already names."""
    return list(voor) if werkvorm_kop(werkvorm, naam, voor) != naam else []


def groepsnaam(naam: str) -> str:
    """'Ouders van De Klimop' -> 'ouders van De Klimop'; 'Stichting De Linde' stays.

    A name is a description, written small inside a sentence, when its first word is a known
    kind of people, or a plural noun that stands alone or is followed by a small word
    ('Spoedzoekers', 'Seizoenarbeiders op de fruitbedrijven', 'Dorps- en wijkraden'). A
    capitalised word after it makes it a proper name ('Brouwers Vastgoed', 'Jongerenraad
    Hunzewold' stay)."""
    woorden = naam.split()
    if not woorden:
        return naam
    eerste = woorden[0].casefold()
    volgend = woorden[1] if len(woorden) > 1 else ""
    beschrijving = (
        eerste in _SOORTNAMEN
        # 'Drie basisscholen in de oude wijk', 'Alle clubs': a number before a small word
        or (eerste in _TELWOORDEN and volgend[:1].islower())
        or (
            (eerste.endswith(_MEERVOUD) or eerste.endswith("-"))
            and not any(c.isupper() or c.isdigit() for c in woorden[0][1:])
            # 'Wmo-cliënten': a name in the compound; 'Oud-parochianen': a plain prefix
            and (
                "-" not in woorden[0].rstrip("-")
                or woorden[0].split("-")[0].casefold() in _VOORVOEGSELS
            )
            and (not volgend or volgend[:1].islower())
        )
        # 'Tijdelijke huurders', 'Oudere bewoners van de flat': an adjective before a plural
        or (
            # ... or a past participle: 'Getroffen huishoudens en bedrijven'
            (eerste.endswith("e") or (eerste.startswith("ge") and eerste.endswith("en")))
            and woorden[0][1:].islower()
            and volgend[:1].islower()
            # 'Agrarische bedrijven', 'Kleine kernen': any plural in -en after an adjective
            and volgend.endswith((*_MEERVOUD, "en", "ens"))
            and not any(w[:1].isupper() for w in woorden[2:3])
        )
    )
    return naam[:1].lower() + naam[1:] if beschrijving else naam


def namen(items: list[str], begin: bool = False) -> str:
    """Group names as a list inside a sentence: descriptions in small letters, proper names as
    written; with ``begin`` the list opens the sentence and its first name keeps its capital."""
    uit = [groepsnaam(str(n)) for n in items]
    if begin and uit:
        uit[0] = str(items[0])
    return opsomming(uit)


_GEEN = r"[^()\n<>\[\]|]"
_GENEST = re.compile(rf"\(({_GEEN}*?)\s\(({_GEEN}*)\)({_GEEN}*)\)")


def haakjes(tekst: str) -> str:
    """No brackets inside brackets: '(jonge mantelzorgers (12 tot 24 jaar))' becomes '(jonge
    mantelzorgers, 12 tot 24 jaar)'. Why: a name with its own brackets, put between brackets by
    a sentence, is hard to read (review 29a). Links, tags and table cells are left alone."""

    def vervang(m: re.Match[str]) -> str:
        voor, binnen, na = m.group(1).rstrip(), m.group(2).strip(), m.group(3)
        if na.strip() and na.lstrip()[0] not in ",;:.":
            na = ", " + na.strip()
        return f"({voor}, {binnen}{na.rstrip()})"

    vorige = None
    while vorige != tekst:
        vorige, tekst = tekst, _GENEST.sub(vervang, tekst)
    return tekst


def kort(onderwerp: object) -> str:
    """The head of an onderwerp for use inside a sentence: without what stands in brackets and
    without a second point after a semicolon ('De kleur (rood of blauw); de maat' -> 'De
    kleur'). Why: whole onderwerpen in quotes made sentences long and hard to read (review 30)."""
    tekst = str(onderwerp).split("; ")[0]
    tekst = re.sub(r"\s*\([^()]*\)", "", tekst)
    return tekst.strip().rstrip(".").strip()


#: An example tail of an onderwerp: ", zoals een moestuin", ", bijvoorbeeld ...".
_VOORBEELD = re.compile(
    r",\s+(?:zoals|bijvoorbeeld|bv\.|onder andere|met name)\b.*$", re.IGNORECASE
)
#: The most words a head keeps before it is cut at its first comma.
KOP_WOORDEN = 12


def _opsomming(tekst: str) -> bool:
    """Does the text after its first comma continue a list of short items ('gebruikstijden,
    verlichting, afval en een aanspreekpunt')? Then cutting at that comma would drop part of
    the list (review 33)."""
    delen = tekst.split(", ")
    return (
        len(delen) >= 3
        and all(len(d.split()) <= 3 for d in delen[1:-1])
        and bool(re.search(r"\b(en|of)\b", delen[-1]))
    )


def _lijst_begint(tekst: str) -> bool:
    """Is the first comma a list comma, the part after it closing the list with 'en' or 'of'
    ('Afspraken tussen jongeren, buren en gemeente over ...')? Cut there, the head names one
    of the parties ('Afspraken tussen jongeren'; review 42)."""
    tweede = tekst.split(", ")[1]
    return bool(re.search(r"\s(?:en|of)\s", tweede)) and not re.match(r"(?:en|of)\b", tweede)


#: A dash with spaces that opens an explanation or the choices of an onderwerp.
_STREEP = re.compile(r"\s[-–—]\s")
#: After a comma, the other half of a choice ('snel en in één keer, of in delen'): a cut
#: there loses the choice. A second question ('…, en of mantelzorgers meetellen') may go.
_ALTERNATIEF = re.compile(r"of\b", re.IGNORECASE)


def kop(onderwerp: object) -> str:
    """The shortest fair head of an onderwerp, for a list such as 'Wie beslist': ``kort``
    without an example tail; still long, then up to the first comma ('Welke van de drie
    plekken de raad kiest, Veld K, het depot of ...' -> 'Welke van de drie plekken de raad
    kiest'). A short head keeps its comma, so a list stays whole ('de afspraken tussen buurt,
    zorgaanbieders en gemeente'; review 31a: it was cut to 'tussen buurt')."""
    tekst = _VOORBEELD.sub("", kort(onderwerp))
    if len(tekst.split()) > KOP_WOORDEN and ", " in tekst:
        # a dash before the first comma opens the choices ('De fasering - snel en in één keer,
        # of in delen'): the head is what stands before the dash, never half of the choices
        # (review 51a: 'De fasering van het werk - snel en in één keer')
        streep = _STREEP.search(tekst)
        if streep is not None and streep.start() < tekst.index(", "):
            voor = tekst[: streep.start()]
            if _heel(voor):
                return voor.strip().rstrip(".").strip()
    if (
        len(tekst.split()) > KOP_WOORDEN
        and ", " in tekst
        and not _ALTERNATIEF.match(tekst.split(", ", 1)[1])
        and not _opsomming(tekst)
        and not _lijst_begint(tekst)
        and _heel(tekst.split(", ")[0])
    ):
        tekst = tekst.split(", ")[0]
    return tekst.strip().rstrip(".").strip()


#: A head that opens a subclause ('als de naam verandert, ...') is no head on its own.
_BIJZIN = re.compile(r"^(?:als|indien|wanneer|zodra|nadat|voordat|omdat|tenzij)\b", re.IGNORECASE)

#: The last word of a question cut at its first comma that is a verb (Dutch puts it last in
#: an indirect question: 'welke van de drie plekken de raad kiest').
_WERKWOORD_EIND = re.compile(
    r"\b(?:\w+(?:t|en)|is|mag|kan)$",
    re.IGNORECASE,
)


def _heel(deel: str) -> bool:
    """May an onderwerp be cut to this part before its first comma? Not when the part opens a
    subclause, and for a question only when the part ends in its verb: 'wat er op het
    uitlegbord' is half a question (review 34a: 'de vraag wat er op het uitlegbord')."""
    deel = deel.strip()
    if _BIJZIN.match(deel):
        return False
    return not is_vraag(deel) or bool(_WERKWOORD_EIND.search(deel))


def hoofdletter(waarde: object) -> str:
    """Uppercase the first letter, for a name or phrase that starts a sentence."""
    tekst = str(waarde)
    return tekst[:1].upper() + tekst[1:]


_LETTER = re.compile(r"[A-Z](?:[,:)]|\.\s|$)")


def klein(waarde: object) -> str:
    """Lowercase the first letter for use inside a sentence; keep acronyms and names such as
    'COA' or 'De Regenboog' mid-word untouched, and write 'Eén' as 'één'."""
    tekst = str(waarde)
    if tekst.startswith("Eén"):
        return "één" + tekst[3:]
    if len(tekst) > 1 and tekst[1].isupper():
        return tekst
    # a name with a capital inside its first word is a proper name: 'TenneT', 'Stut-en-Steun',
    # 'Oost-Europese' (review 52a: 'een antwoord van tenneT', 'stut-en-Steun')
    if any(c.isupper() for c in tekst.split(" ", 1)[0][1:]):
        return tekst
    # an option's letter stays a capital: 'A, aan de Broekweg', 'B: de rand' (review 49b)
    if _LETTER.match(tekst):
        return tekst
    return tekst[:1].lower() + tekst[1:]


_DUBBELE_PUNT = re.compile(r"(?<=\b[A-Za-z]\.[A-Za-z]\.)\.(?!\.)")


def punt(tekst: str) -> str:
    """One full stop after a name that ends in an abbreviation: 'Zonnewende Projecten B.V..'
    -> '… B.V.' (review 44b)."""
    return _DUBBELE_PUNT.sub("", tekst)


_LIDWOORDEN = frozenset(["de", "het", "een", "die", "dat", "deze"])


def partij(waarde: object) -> str:
    """A party's name inside a sentence: 'De provincie' -> 'de provincie', 'De GGD' -> 'de
    GGD', but a proper name of two capitalised words keeps its capital ('Lekstede Wonen',
    'Woonstichting Thuisbaat', 'Stichting Onderdak Oost'; review 44a: 'lekstede Wonen')."""
    tekst = str(waarde)
    woorden = tekst.split()
    if len(woorden) > 1 and woorden[0].casefold() not in _LIDWOORDEN and woorden[1][:1].isupper():
        return tekst
    return klein(tekst)


#: An onderwerp written as an indirect question: 'Of er ...', 'Welke plekken ...', 'In welke
#: volgorde ...'. Behind 'over' it needs 'de vraag' ('over de vraag of ...'; review 33).
_VRAAGWOORD = re.compile(
    r"^(?:(?:op|in|met|voor|bij|tot|door|naar|aan|uit|onder|van|vanaf|tegen)\s+)?"
    r"(?:of|welke?|hoe|hoeveel|hoelang|hoever|waar|waarom|waarop|waarmee|waarvoor|waardoor|"
    r"waaraan|waarheen|wanneer|wie|wiens|wat)\b",
    re.IGNORECASE,
)


def _vraag_voorop(tekst: str) -> str:
    """A question that opens with a subclause, with that subclause moved behind it: 'als de
    naam verandert, welke naam de straat krijgt' -> 'welke naam de straat krijgt, als de naam
    verandert', so that it reads behind 'de vraag' (review 34a)."""
    m = re.match(r"^((?:als|indien|wanneer|zodra)\s[^,]+),\s+(.+)$", tekst.strip(), re.IGNORECASE)
    if m and _VRAAGWOORD.match(m.group(2)):
        return f"{m.group(2)}, {klein(m.group(1))}"
    return tekst


def is_vraag(onderwerp: object) -> bool:
    """Whether an onderwerp is an indirect question ('Of er een laadplein komt'), also one that
    opens with a subclause ('Als de naam verandert, welke naam ...')."""
    return bool(_VRAAGWOORD.match(_vraag_voorop(str(onderwerp).strip())))


def vraagvorm(onderwerp: object) -> str:
    """An onderwerp as a noun phrase inside a sentence: 'de vraag of er een laadplein komt' for
    a question, else the onderwerp with a small first letter ('de kleur van de palen').

    Why: 'adviseren over of er ...' and 'over welke plekken ...' are not Dutch (review 33)."""
    tekst = klein(str(onderwerp).strip().rstrip("."))
    return f"de vraag {klein(_vraag_voorop(tekst))}" if is_vraag(tekst) else tekst


def over(onderwerpen: object) -> str:
    """'over' with one or more onderwerpen, each question behind 'de vraag' or, when all are
    questions, behind 'de vragen': 'over de vragen of ...; welke ...'."""
    items = [onderwerpen] if isinstance(onderwerpen, str) else list(onderwerpen)  # type: ignore[call-overload]
    items = [str(i).strip().rstrip(".") for i in items if str(i).strip()]
    if len(items) > 1 and all(is_vraag(i) for i in items):
        return "over de vragen " + "; ".join(klein(_vraag_voorop(i)) for i in items)
    return "over " + "; ".join(vraagvorm(i) for i in items)


# Abbreviations after which a '.' does not end the sentence ('art. 169 lid 4', 'nr. 3').
_AFKORTINGEN = ("art", "Art", "nr", "Nr", "ca", "bijv", "Bijv", "blz", "vgl", "Vgl", "zgn", "resp")

# A sentence ends at '.', '?' or '!' followed by a space and a capital (or the end): not inside
# '850.000', 'B.V. heeft' or 'art. 7:220', and not after an abbreviation ('(art. 169 lid 4').
_ZIN_EINDE = re.compile(
    "".join(rf"(?<!\b{a}\.)" for a in _AFKORTINGEN) + r"(?<=[.?!])\s+(?=[A-ZÀ-Ý0-9‘'\"(])"
)


# A sentence that states the question in words rather than with a question mark.
_VRAAGZIN = re.compile(r"^(De|Onze|Een) (kern)?vraag (is|luidt)\b|^Vraag is\b", re.IGNORECASE)
# Words that point back to the sentence before: a paragraph cannot open with them.
_VERWIJST = re.compile(
    r"^(Zij|Ze|Hij|Dat|Dit|Deze|Die|Daar\w*|Hier\w*|Het bedrijf|De stichting|De groep)\b"
)


def _zinnen(tekst: str) -> list[str]:
    return [z.strip() for z in _ZIN_EINDE.split(" ".join(tekst.split())) if z.strip()]


# A sentence that says what someone intends or must decide ('Het college wil ...', 'De raad
# besluit ...', 'Heideveen moet ...'): the core of a description that has no question in it.
_VOORNEMEN = re.compile(
    r"\b(wil|willen|wilde|gaat|gaan|moet|moeten|besluit|besluiten|beslist|kiest|kiezen|vraagt|"
    r"vragen|zoekt|zoeken|overweegt|overwegen|onderzoekt|stelt\b.*\bvoor|maakt|maken|"
    r"herziet|wijzigt|schrijft|sluit|sluiten|verplaatst|richt\b.*\bin|vervangt|bouwt|koopt)\b",
    re.IGNORECASE,
)


_WIJ = re.compile(r"\b(wij|we|ons|onze)\b", re.IGNORECASE)


def _eigen_woorden(zin: str, citeer: bool) -> str:
    """A question in the writer's own 'wij' form, quoted as theirs: 'De gestelde vraag: ‘Hoe
    wij ...’'. In an adviser's report an unquoted 'wij' reads as the adviser (review 49b); who
    'wij' is (the gemeente, a dorpsraad) the quote leaves to the writer."""
    if not citeer or not _WIJ.search(zin):
        return zin
    kern = re.sub(
        r"^(De|Onze|Een) (kern)?vraag (is|luidt):?\s+|^Vraag is:?\s+", "", zin, flags=re.I
    )
    return f"De gestelde vraag: ‘{kern[:1].upper()}{kern[1:]}’"


#: A question this long says on its own what the case is about ('De vraag is hoe waterschap en
#: gemeente de bewoners van het lint ... laten meepraten over het alternatief').
VRAAG_ZELFSTANDIG = 25
#: 'Waar het om gaat' in the summary: above this many words the scene-setting first sentence of
#: the description gives way to a question that stands on its own.
VRAAG_MAX = 50


def vraag(tekst: str, citeer: bool = False) -> str:
    """What a description is about, in two sentences at most: its first sentence and its last
    question (a sentence ending in '?', or one that opens with 'De vraag is'). A description
    without a question whose first sentence only sets the scene ('De zaterdagmarkt staat nu op
    de Markt.') gets its first sentence that says what someone intends or must decide ('Het
    college wil de markt blijvend verplaatsen.') instead of the question.

    Why: the summary for bestuurders states what the case is about and what is to be chosen in a
    line or two; the whole description stays in the analysis. A scene-setting sentence alone left
    the reader without the question (review 49b). A question of :data:`VRAAG_ZELFSTANDIG` words
    or more names its own subject: then the first sentence goes to the analysis when both
    together would pass :data:`VRAAG_MAX` words (the summary must fit on one page, issue 9)."""
    zinnen = _zinnen(tekst)
    if not zinnen:
        return tekst
    vragen = [z for z in zinnen if z.endswith("?") or _VRAAGZIN.match(z)]
    if vragen and vragen[-1] != zinnen[0]:
        lang = len(vragen[-1].split())
        if lang >= VRAAG_ZELFSTANDIG and lang + len(zinnen[0].split()) > VRAAG_MAX:
            return _eigen_woorden(vragen[-1], citeer)
        return f"{zinnen[0]} {_eigen_woorden(vragen[-1], citeer)}"
    if vragen:
        return _eigen_woorden(zinnen[0], citeer)
    if _VOORNEMEN.search(zinnen[0]):
        return zinnen[0]
    voornemen = next((z for z in zinnen[1:4] if _VOORNEMEN.search(z)), None)
    return f"{zinnen[0]} {voornemen}" if voornemen else zinnen[0]


def achtergrond(tekst: str) -> str:
    """The sentences of a description that :func:`vraag` leaves out (for the analysis).

    When the first of them points back ('Zij vroegen …', 'Daarvoor …'), the first sentence of the
    description stays in front of it, so the paragraph does not open with a loose pronoun."""
    gekozen = set(_ZIN_EINDE.split(vraag(tekst)))
    zinnen = _zinnen(tekst)
    rest = [z for z in zinnen if z not in gekozen]
    if rest and zinnen and rest[0] != zinnen[0] and _VERWIJST.match(rest[0]):
        rest.insert(0, zinnen[0])
    return " ".join(rest)


#: Last parts of a compound that take 'het' (Dutch has no rule for it): 'het ontwerpatelier',
#: 'het burgerpanel', 'het rondetafelgesprek', 'het wijkdebat'. Every other head takes 'de'.
_HET = (
    "gesprek",
    "atelier",
    "panel",
    "beraad",
    "referendum",
    "overleg",
    "advies",
    "onderzoek",
    "platform",
    "budget",
    "recht",
    "bezoek",
    "spreekuur",
    "debat",
    "café",
    "cafe",
    "plan",
    "forum",
    "programma",
    "traject",
    "netwerk",
    "project",
    "interview",
    "verslag",
    "lab",
    "uur",
    "huis",
    "spel",
    "festival",
    "college",
    "team",
    "ontbijt",
    "diner",
    "concept",
    "werkbezoek",
    "gesprek",
    "inloopuur",
    "feitenonderzoek",
    "bericht",
    "contact",
    "punt",
)
#: Words before the head that describe it ('Vast burgerpanel', 'Schriftelijk advies').
_BIJVOEGLIJK = re.compile(
    r"^(?:\w+(?:e|lijk|ig|isch|aal|eel|end|ief|baar)|vast|breed|open|klein|groot|eigen)$"
)
#: A name that opens with a preposition ('Op bezoek bij een groep') has no head to go with an
#: article.
_VOORZETSEL = frozenset(["op", "in", "met", "bij", "aan", "via", "naar", "voor", "door", "samen"])


def _meervoud(kern: str) -> bool:
    return kern.endswith("en") or (
        kern.endswith("s") and not kern.endswith(("ies", "is", "us", "as", "es", "ss"))
    )


def meervoudig(naam: object) -> bool:
    """Is a werkvorm's name plural ('keukentafelgesprekken', 'straatinterviews')? So a sentence
    says 'er komen geen keukentafelgesprekken', not 'er komt geen' (review 47a)."""
    lid = met_lidwoord(naam)
    if not lid.startswith("de ") or lid.startswith("de stap ‘"):
        return False
    woorden = [w for w in lid.split()[1:] if not _BIJVOEGLIJK.match(w.casefold())]
    return bool(woorden) and _meervoud(re.sub(r"[^\w]", "", woorden[0].casefold()))


def met_lidwoord(naam: object) -> str:
    """A werkvorm's name inside a sentence, with its article: 'de avond over de keuzes', 'het
    ontwerpatelier', 'de keukentafelgesprekken', 'het vaste burgerpanel'. A name without a noun
    up front stands in quotes behind 'de stap' ('de stap ‘op bezoek bij een groep’').

    Why: 'het meeste geld gaat naar avond over de keuzes', 'Maak enquête kleiner' (review 46a)."""
    tekst = klein(str(naam).strip())
    woorden = tekst.split()
    if not woorden or woorden[0].casefold() in _LIDWOORDEN:
        return tekst
    if woorden[0].casefold() in _VOORZETSEL or tekst[:1].isupper():
        return f"de stap ‘{tekst}’"
    i = 0
    while (
        i < len(woorden) - 1
        and _BIJVOEGLIJK.match(woorden[i].casefold())
        and woorden[i + 1][:1].islower()
    ):
        i += 1
    kern = re.sub(r"[^\w]", "", woorden[i].casefold())
    if woorden[i].endswith("-") and i + 2 < len(woorden):  # 'wijk- of dorpsbudget'
        kern = re.sub(r"[^\w]", "", woorden[i + 2].casefold())
    meervoud = _meervoud(kern)
    het = not meervoud and (kern.endswith(_HET) or kern.endswith("je"))
    if het and i > 0:  # 'het vaste burgerpanel': the adjective takes an -e behind 'het'
        woorden = [_verbuig(w) for w in woorden[:i]] + woorden[i:]
    return ("het " if het else "de ") + " ".join(woorden)


def _verbuig(woord: str) -> str:
    """'vast' -> 'vaste', 'schriftelijk' -> 'schriftelijke', 'digitaal' -> 'digitale'; 'eigen'
    and 'open' stay."""
    if woord.endswith(("e", "en")):
        return woord
    if re.search(r"[^aeiou](aa|ee|oo|uu)[^aeiou]$", woord):
        return woord[:-3] + woord[-3] + woord[-1] + "e"
    if woord.endswith(("lijk", "ig", "isch", "end", "ief", "baar")):
        return woord.replace("ief", "iev") + "e" if woord.endswith("ief") else woord + "e"
    if re.search(r"[^aeiou][aeiou]([^aeiouwy])$", woord) and not woord.endswith(("ig", "en")):
        return woord + woord[-1] + "e"
    return woord + "e"


#: Bodies whose name is a plural: 'Gedeputeerde Staten van Zeeland beslissen', not 'beslist'
#: (review 52a). 'Het college van B en W' is one body.
MEERVOUD_ORGAAN = re.compile(
    r"^(?:de\s+)?(?:gedeputeerde\s+staten|provinciale\s+staten|staten-generaal"
    r"|burgemeester\s+en\s+wethouders|b\s+en\s+w)\b",
    re.IGNORECASE,
)


#: After a comma in a body's name, the words that open a clause about how it decides ('de
#: directeur-bestuurder van X, na goedkeuring door de raad van commissarissen'), not a part of
#: its name ('Politie, basisteam Duinmonde') or a list ('de besturen van HSV, Brummertse Boys en
#: De Meeuwen').
_ORGAAN_BIJZIN = re.compile(
    r",\s+(?:na|nadat|met|onder|op\s+voorstel|in\s+overleg|bij|via|zodra|als|mits|tenzij|"
    r"gehoord|behoudens|nadien|daarna|waarbij|dat|die|wat)\b.*$",
    re.IGNORECASE | re.DOTALL,
)


def orgaan_kop(naam: object) -> str:
    """The name of a deciding body for use inside a sentence: without a clause the case adds
    after a comma on how it decides ('de directeur-bestuurder van Woonstichting De Zeven
    Akkers, na goedkeuring door de raad van commissarissen' -> 'de directeur-bestuurder van
    Woonstichting De Zeven Akkers'). The full name stands under 'Wie beslist'.

    Why: review of session 44 (Hoeverzeel): 'Vraag de directeur-bestuurder ..., na goedkeuring door de raad
    van commissarissen om deze toezeggingen' and 'Wij brengen uw advies naar ..., na goedkeuring
    door de raad van commissarissen en zeggen u': the clause broke the sentences it was pasted
    into."""
    return _ORGAAN_BIJZIN.sub("", str(naam)).strip()


#: An office or organ of an organisation at the start of a name ('de directeur-bestuurder van',
#: 'het bestuur van', 'de algemene ledenvergadering van').
_AMBT_VAN = re.compile(
    r"^(?:de|het)\s+(?:directeur(?:-bestuurder)?|directie|bestuur|raad\s+van\s+bestuur|"
    r"raad\s+van\s+commissarissen|raad\s+van\s+toezicht|college\s+van\s+bestuur|"
    r"(?:algemene\s+)?ledenvergadering)\s+van\s+(?=\S)",
    re.IGNORECASE,
)


def organisatie_van(naam: object) -> str:
    """The organisation itself, for the party to an agreement: a name without the office that
    decides in it ('de directeur-bestuurder van Woonstichting De Zeven Akkers, na goedkeuring
    ...' -> 'Woonstichting De Zeven Akkers'); a name without such an office stays as
    :func:`orgaan_kop` gives it.

    Why: review of session 44 (Hoeverzeel): an owner makes the agreement on his house with the
    corporation, not with its director."""
    kop_ = orgaan_kop(naam)
    return _AMBT_VAN.sub("", kop_) if _AMBT_VAN.match(kop_) else kop_


def meervoud_orgaan(naam: object) -> bool:
    """Is the name that of a body named in the plural ('Gedeputeerde Staten', 'Provinciale
    Staten van Utrecht', 'Burgemeester en wethouders', 'GS')?"""
    tekst = str(naam).strip()
    return bool(MEERVOUD_ORGAAN.match(tekst) or re.match(r"^(?:GS|PS)\b", tekst))


def is_meervoud(naam: object) -> bool:
    """Is a group's name plural ('Moslims in Lindenoord', 'Bewoners van de Esweg', 'Jeugdleden
    en hun ouders'), so that 'hen' may point back to it? 'Melkveehouder die De Kampen pacht' is
    one person (review 46a: 'Bereik hen' for a single farmer)."""
    tekst = str(naam).strip()
    woorden = tekst.casefold().split()
    if not woorden:
        return False
    eerste = re.sub(r"[^\w-]", "", woorden[0])
    return (
        meervoud_orgaan(tekst)
        or bool(re.search(r"\s(?:en|of)\s+[a-z]", tekst))
        or (eerste.endswith(("en", "s")) and not eerste.endswith(("ss", "is", "us", "ies")))
    )

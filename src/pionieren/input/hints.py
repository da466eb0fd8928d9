"""Hints: the text of a vraagstuk names an instrument that its structured fields do not.

Why: the advice starts from the case's own instrument (a referendum, a burgerberaad already
decided, a klankbordgroep, a pilot ...), but it can only see what stands in ``werkvormen`` and
``besluit``. Civil servants write the instrument in the omschrijving and forget the field. A hint
names the word, where it stands and the field to fill in, with a concrete value.

A hint is never an error: the text may mention an instrument that is not part of this process
(a negation, a past event, a wish of someone else). So every hint asks ("klopt dat?"), and the
matching is careful: whole words only, no hint after "geen", "niet" or "zonder" just before the
word, none in a clause that is clearly about the past ("op de inloopavond was het onrustig"), and
for words that in an open point usually name a subject (dorpsraden, a dorpsbudget) none there.

``besluit.procedure`` has no value ``referendum``: a referendum is suggested as a werkvorm
(``referendum-raadplegend`` or ``referendum-raadgevend``), never as a procedure.

The word table is a Python constant, not a data file, on purpose: its entries are regular
expressions and references to :class:`~pionieren.vocabulary.Procedure` and
:class:`~pionieren.vocabulary.Beslisser`, which mypy checks here and a YAML file could not;
it is part of checking the input, not knowledge a gemeente tailors (a gemeente's own werkvormen
file can only add werkvormen, so every id below stays valid); and so ``input`` needs no loader
and does not import ``knowledge``. A test checks that every werkvorm id in the table is in the
built-in catalogue. The catalogue ids come in as an argument, so a hint never suggests an id the
catalogue in use does not know.

Everything here is pure: no files, no printing. :func:`positie` turns a hint into a line and
column in the user's file when the loaded YAML (with its source text) is at hand.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date

from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.input.yamlread import Geladen, Pad, Positie, pad_tekst
from pionieren.text import MAANDEN
from pionieren.vocabulary import Beslisser, Kenmerk, Procedure


@dataclass(frozen=True)
class Instrument:
    """One entry of the word table: the words that name an instrument, and what covers it.

    ``patronen`` are regular expressions, matched case-insensitively as whole words (no letter
    or digit directly before or after). ``werkvormen`` are catalogue ids to suggest, in order;
    ``dekt`` are further ids that also count as covering the instrument (a referendum is covered
    by its voorlichting too). ``procedures`` are values of ``besluit.procedure`` to suggest when
    the procedure is empty (they also cover it; another procedure means the word is context,
    and then there is no hint at all); ``dekkende_procedures`` only cover
    it (the analysis brings the instrument in for that procedure). ``door``: suggest this
    ``besluit.door`` when it is empty. ``partijen``: the word names a party, covered when a
    stakeholder's name contains one of these fragments. ``in_open_punten``: false for words that
    in an open point name a subject ("zeggenschap van dorpen (dorpsraden, dorpsbudget)") rather
    than an instrument of this process. ``context``: the words are context and never give a
    hint; the entry only keeps a later entry from matching them. ``anders_in_zin``: a pattern
    that, in the same sentence, shows the word names something else (loting of houses, not of
    people); ``toch_in_zin`` overrides it (a gelote groep inwoners that talks about houses).
    """

    sleutel: str
    naam: str
    patronen: tuple[str, ...]
    werkvormen: tuple[str, ...] = ()
    toelichting: tuple[str, ...] = ()
    dekt: tuple[str, ...] = ()
    procedures: tuple[Procedure, ...] = ()
    dekkende_procedures: tuple[Procedure, ...] = ()
    door: Beslisser | None = None
    partijen: tuple[str, ...] = ()
    in_open_punten: bool = True
    vraag: str = "klopt dat?"
    context: bool = False
    anders_in_zin: str | None = None
    toch_in_zin: str | None = None


_VERGUNNING = (Procedure.omgevingsvergunning_binnenplans, Procedure.omgevingsvergunning_buitenplans)
_LOTING = ("burgerberaad", "burgerjury", "deliberatieve-peiling", "burgertop")
_REFERENDUM = (
    "referendum-raadplegend",
    "referendum-raadgevend",
    "referendum-voorlichting",
    "opkomstbevordering",
)

#: The word table, from specific to general: a word that an earlier entry matched is not
#: matched again by a later one ("deliberatieve peiling" is not also a "peiling"), and a later
#: entry whose instrument an earlier hint already suggests gives no second hint ("gelote" next to
#: "burgerberaad").
INSTRUMENTEN: tuple[Instrument, ...] = (
    Instrument(
        "referendum-raadgevend",
        "een raadgevend referendum",
        (r"raadgevende?\s+referend(?:um|a|ums)", r"correctieve?\s+referend(?:um|a|ums)"),
        werkvormen=("referendum-raadgevend",),
        dekt=_REFERENDUM,
    ),
    Instrument(
        "referendum-raadplegend",
        "een raadplegend referendum",
        (r"raadplegende?\s+referend(?:um|a|ums)",),
        werkvormen=("referendum-raadplegend",),
        dekt=_REFERENDUM,
    ),
    Instrument(
        "referendum",
        "een referendum",
        # compounds before the word (inwonersreferendum) and a few after it that presuppose
        # a referendum; not 'referendumverordening', which exists in most gemeenten anyway
        (r"\w*referend(?:um|a|ums)(?:commissie|vraag|uitslag|campagne)?",),
        werkvormen=("referendum-raadplegend", "referendum-raadgevend"),
        toelichting=("de raad schrijft het uit", "op verzoek van inwoners"),
        dekt=_REFERENDUM,
    ),
    Instrument(
        "burgerberaad",
        "een burgerberaad",
        (r"\w*burgerberad(?:en)?", r"\w*burgerberaad", r"burgerforum", r"burgerassemblee"),
        werkvormen=("burgerberaad",),
        dekt=("burgerberaad-toets",),
    ),
    Instrument(
        "burgertop",
        "een burgertop",
        (r"burgertop(?:pen)?", r"G-?1000"),
        werkvormen=("burgertop",),
    ),
    Instrument(
        "burgerjury",
        "een burgerjury",
        (r"burgerjury'?s?",),
        werkvormen=("burgerjury",),
    ),
    Instrument(
        "deliberatieve-peiling",
        "een deliberatieve peiling",
        (r"deliberatieve\s+peiling(?:en)?", r"deliberative\s+poll(?:ing)?"),
        werkvormen=("deliberatieve-peiling",),
    ),
    Instrument(
        "loting",
        "loting",
        (r"lotingen", r"loting", r"(?:in|uit)?gelo(?:ot|te)", r"steekproef\s+uit\s+de\s+brp"),
        werkvormen=("burgerberaad", "burgerjury"),
        toelichting=("een grote gelote groep met een eigen vraag", "een kleine gelote groep"),
        dekt=_LOTING,
        # in an open point loting is often the subject: how the members of a body are chosen
        # ("verkiezing op school, loting, aanmelden"), not a werkvorm of this process
        in_open_punten=False,
        # a lottery that hands out houses, plots or market stalls is the subject of the case,
        # not a way to choose the people who take part
        anders_in_zin=(
            r"woning|huizen|\bhuis|kavel|bouwgrond|koper|kopers|huurder|inschrijv|toewijz|"
            r"voorrang|binding|wachttijd|notaris|standplaats|ligplaats|schoolplaats|"
            r"parkeerplaats|vergunning|verde(?:el|len|lin)"
        ),
        toch_in_zin=(
            r"gelote\s+(?:groep|inwoners|bewoners|burgers|deelnemers|leden|jury)|"
            r"burgerberaad|burgerjury|burgerpanel|steekproef|\bbrp\b|uitnodiging"
        ),
    ),
    Instrument(
        "uitdaagrecht",
        "het uitdaagrecht",
        (r"\w*uitdaagrecht\w*", r"right\s+to\s+challenge"),
        werkvormen=("uitdaagrecht",),
        dekt=("uitdaagrecht-toets",),
        procedures=(Procedure.uitdaagrecht_verzoek,),
        vraag="gaat het om een verzoek onder het uitdaagrecht?",
    ),
    Instrument(
        "klankbordgroep",
        "een klankbordgroep",
        (r"\w*klankbordgroep(?:en)?", r"klankbord"),
        werkvormen=("klankbordgroep",),
    ),
    Instrument(
        "omgevingsraad",
        "een omgevingsraad",
        (r"omgevingsra(?:ad|den)",),
        werkvormen=("omgevingsraad",),
    ),
    Instrument(
        "joint-fact-finding",
        "gezamenlijk of onafhankelijk feitenonderzoek",
        (
            r"joint[\s-]+fact[\s-]+finding",
            r"gezamenlijke?\s+feitenonderzoek",
            r"onafhankelijke\s+(?:her)?berekening(?:en)?",
            r"herberekening(?:en)?",
            r"onafhankelijk\s+(?:laten\s+)?(?:door|her|na)rekenen",
            r"second\s+opinion",
            r"contra-?expertise",
        ),
        werkvormen=("joint-fact-finding",),
    ),
    Instrument(
        "denktank",
        "een denktank",
        (r"denktank(?:s)?",),
        werkvormen=("denktank-ervaringsdeskundigen",),
    ),
    Instrument(
        "ervaringsdeskundigen",
        "ervaringsdeskundigen",
        (r"ervaringsdeskundigen", r"ervaringsdeskundige"),
        werkvormen=("ervaringsdeskundigen", "denktank-ervaringsdeskundigen"),
        toelichting=("losse sessies", "een vaste groep die lang meedenkt"),
    ),
    Instrument(
        "clientenraad",
        "een adviesraad sociaal domein of cliëntenraad",
        (r"adviesraad\s+sociaal\s+domein", r"cli[ëe]ntenra(?:ad|den)", r"wmo-?ra(?:ad|den)"),
        werkvormen=("clientenraad",),
    ),
    Instrument(
        "adviesraad",
        "een adviesraad",
        (r"\w*adviesra(?:ad|den)", r"ouderenra(?:ad|den)"),
        werkvormen=("adviesraad",),
        dekt=("clientenraad",),
    ),
    Instrument(
        "pilot",
        "een proef of pilot",
        (
            r"pilot(?:s|project|projecten|periode|fase)?",
            r"proef(?:project|projecten|periode|opstelling)?",
        ),
        werkvormen=("pilot",),
    ),
    Instrument(
        "wijkbudget",
        "een wijk- of dorpsbudget",
        (r"(?:buurt|wijk|dorps|kern|kernen)budget(?:ten)?",),
        werkvormen=("wijkbudget",),
        dekt=("burgerbegroting",),
        in_open_punten=False,
    ),
    Instrument(
        "burgerbegroting",
        "een burgerbegroting",
        (
            r"burgerbegroting(?:en)?",
            r"(?:wijk|buurt|dorps)begroting(?:en)?",
            r"participatie[fv]e?\s+begrot(?:en|ing)",
        ),
        werkvormen=("burgerbegroting",),
        dekt=("wijkbudget",),
        in_open_punten=False,
    ),
    Instrument(
        "dorpsraad",
        "een wijk- of dorpsraad",
        (r"(?:wijk|dorps|buurt)ra(?:ad|den)",),
        vraag="is die een partij in dit vraagstuk?",
        partijen=(
            "dorpsraad",
            "dorpsraden",
            "wijkraad",
            "wijkraden",
            "buurtraad",
            "buurtraden",
            "dorpsbelang",
            "wijkbelang",
            "buurtbelang",
        ),
        in_open_punten=False,
    ),
    Instrument(
        "stadsdeel",
        "een stadsdeel of bestuurscommissie",
        (r"stadsdeelcommissies?", r"bestuurscommissies?", r"stadsdeelbestuur"),
        door=Beslisser.bestuurscommissie,
        vraag="neemt het dagelijks bestuur van het stadsdeel (de bestuurscommissie) het besluit?",
        in_open_punten=False,
    ),
    Instrument(
        "bewonersavond",
        "een inloop- of informatieavond",
        (
            r"(?:bewoners|informatie|inloop|buurt|wijk)avond(?:en)?",
            r"informatiebijeenkomst(?:en)?",
            r"informatiemarkt(?:en)?",
            r"inloopbijeenkomst(?:en)?",
        ),
        werkvormen=("inloopavond",),
    ),
    Instrument(
        "advies_aan",
        "een advies of zienswijze van de gemeente aan een ander orgaan",
        (
            r"zienswijze\s+(?:van|door)\s+de\s+(?:gemeente)?raad",
            r"(?:gemeente)?raad\s+(?:geeft|geven)\s+(?:zijn|haar|een)\s+(?:advies|zienswijze)",
            r"vraagt\s+de\s+(?:gemeente)?raad\s+(?:nu\s+)?(?:om\s+)?(?:een\s+)?advies",
        ),
        procedures=(Procedure.advies,),
        vraag="beslist een ander orgaan, en geeft de gemeente alleen advies? Vul dan ook "
        "besluit.advies_aan in.",
        in_open_punten=False,
    ),
    # The zienswijze of the raden of a gemeenschappelijke regeling on a draft of its algemeen
    # bestuur is their own step, not a zienswijze procedure for inwoners: the words are taken
    # here, with nothing to suggest, so that the entry below does not ask for one.
    Instrument(
        "zienswijze_raden",
        "de zienswijze van de raden",
        (
            r"zienswijzen?\s+(?:van|door)\s+de\s+(?:\w+\s+)?(?:gemeente)?raden",
            r"(?:gemeente)?raden\s+(?:\w+\s+){0,2}(?:hun|een)\s+(?:eigen\s+)?zienswijzen?",
        ),
        context=True,
    ),
    Instrument(
        "zienswijze",
        "zienswijzen",
        (r"zienswijzen?(?:procedure)?", r"ter\s+inzage", r"terinzagelegging"),
        werkvormen=("zienswijze",),
        dekkende_procedures=(Procedure.herindeling, Procedure.advies),
    ),
    Instrument(
        "inspraak",
        "inspraak",
        (r"inspraak(?:procedure|reacties?|termijn|avond)?",),
        werkvormen=("zienswijze",),
        toelichting=("de formele inspraak op een ontwerpbesluit",),
        vraag="gaat het om formele inspraak?",
        dekkende_procedures=(Procedure.herindeling,),
    ),
    Instrument(
        "omgevingsgesprek",
        "een omgevingsgesprek",
        (r"omgevingsgesprek(?:ken)?", r"omgevingsdialoog", r"participatieverslag(?:en)?"),
        werkvormen=("omgevingsgesprek",),
        dekkende_procedures=_VERGUNNING,
    ),
    Instrument(
        "bouwcommunicatie",
        "bouwcommunicatie",
        (r"bouwcommunicatie", r"omgevingsmanagers?"),
        werkvormen=("bouwcommunicatie",),
        dekkende_procedures=(Procedure.uitvoering,),
    ),
    Instrument(
        "enquete",
        "een enquête",
        (r"\w*enqu[êe]tes?", r"vragenlijst(?:en)?"),
        werkvormen=("enquete",),
        dekt=("burgerpanel",),
    ),
    Instrument(
        "peiling",
        "een peiling",
        (r"\w*peiling(?:en)?",),
        werkvormen=("enquete",),
        dekt=("burgerpanel", "deliberatieve-peiling", *_REFERENDUM),
    ),
    Instrument(
        "burgerpanel",
        "een burgerpanel",
        (r"(?:burger|inwoners|stads)panel(?:s)?",),
        werkvormen=("burgerpanel",),
    ),
    Instrument(
        "ontwerpatelier",
        "een ontwerpatelier",
        (r"ontwerpatelier(?:s)?", r"ontwerpsessies?", r"charr?ettes?"),
        werkvormen=("ontwerpatelier",),
    ),
    Instrument(
        "keukentafelgesprek",
        "keukentafelgesprekken",
        (r"keukentafelgesprek(?:ken)?",),
        werkvormen=("keukentafelgesprek",),
    ),
    Instrument(
        "energiecoaches",
        "energiecoaches",
        (r"energiecoach(?:es)?",),
        werkvormen=("energiecoaches",),
    ),
    Instrument(
        "hoorzitting",
        "een hoorzitting",
        (r"hoorzitting(?:en)?",),
        werkvormen=("hoorzitting-raad",),
    ),
    Instrument(
        "burgerinitiatief",
        "een burgerinitiatief",
        (r"burgerinitiatie(?:f|ven)", r"agendarecht"),
        werkvormen=("burgerinitiatief",),
        in_open_punten=False,
    ),
    Instrument(
        "herindeling",
        "een herindeling",
        (r"herindeling(?:en|sontwerp|sadvies)?",),
        procedures=(Procedure.herindeling,),
        in_open_punten=False,
    ),
    Instrument(
        "buitenplans",
        "een buitenplanse omgevingsplanactiviteit",
        (r"buitenplanse?",),
        procedures=(Procedure.omgevingsvergunning_buitenplans,),
        in_open_punten=False,
    ),
    Instrument(
        "binnenplans",
        "een binnenplanse omgevingsvergunning",
        (r"binnenplanse?",),
        procedures=(Procedure.omgevingsvergunning_binnenplans,),
        in_open_punten=False,
    ),
    Instrument(
        "omgevingsvisie",
        "een omgevingsvisie",
        (r"omgevingsvisie",),
        procedures=(Procedure.omgevingsvisie,),
        in_open_punten=False,
    ),
)


@dataclass(frozen=True)
class Suggestie:
    """What to fill in: a field and a value (``werkvormen``/``klankbordgroep``)."""

    veld: str
    waarde: str


@dataclass(frozen=True)
class Hint:
    """One hint: the word found, where, and what to fill in."""

    instrument: str
    woord: str
    pad: Pad
    begin: int
    suggesties: tuple[Suggestie, ...]
    melding: str
    code: str = field(default="instrument")

    @property
    def pad_tekst(self) -> str:
        return pad_tekst(self.pad)

    def als_dict(self) -> dict[str, object]:
        return {
            "instrument": self.instrument,
            "woord": self.woord,
            "pad": self.pad_tekst,
            "suggesties": [{"veld": s.veld, "waarde": s.waarde} for s in self.suggesties],
            "melding": self.melding,
            "code": self.code,
        }


def _compile(instrument: Instrument) -> re.Pattern[str]:
    of = "|".join(f"(?:{p})" for p in instrument.patronen)
    return re.compile(rf"(?<!\w)(?:{of})(?!\w)", re.IGNORECASE)


_GECOMPILEERD: dict[str, re.Pattern[str]] = {}


def _pattern(instrument: Instrument) -> re.Pattern[str]:
    """The instrument's pattern, compiled the first time a text may hold it.

    Why not all at once: compiling the 38 patterns is a good part of starting pionieren, and a
    vraagstuk names only a few instruments (see :data:`_SPOREN`).
    """
    patroon = _GECOMPILEERD.get(instrument.sleutel)
    if patroon is None:
        patroon = _GECOMPILEERD[instrument.sleutel] = _compile(instrument)
    return patroon


# Per instrument, per pattern: the longest run of plain characters that every match of that
# pattern holds, in lower case ('referend' for '\w*referend(?:um|a|ums)'). A text in lower case
# that holds none of an instrument's words cannot match it, so it is not searched. Why a table:
# working these out with Python's regex parser costs time at every start.
# tests/analysis/test_invoer_instrument.py checks the table against the patterns.
_SPOREN: dict[str, tuple[str, ...] | None] = {
    "referendum-raadgevend": ("raadgevend", "correctiev"),
    "referendum-raadplegend": ("raadplegend",),
    "referendum": ("referend",),
    "burgerberaad": ("burgerberad", "burgerberaad", "burgerforum", "burgerassemblee"),
    "burgertop": ("burgertop", "1000"),
    "burgerjury": ("burgerjury",),
    "deliberatieve-peiling": ("deliberatieve", "deliberative"),
    "loting": ("lotingen", "loting", "gelo", "steekproef"),
    "uitdaagrecht": ("uitdaagrecht", "challenge"),
    "klankbordgroep": ("klankbordgroep", "klankbord"),
    "omgevingsraad": ("omgevingsra",),
    "joint-fact-finding": (
        "finding",
        "feitenonderzoek",
        "onafhankelijke",
        "herberekening",
        "onafhankelijk",
        "opinion",
        "expertise",
    ),
    "denktank": ("denktank",),
    "ervaringsdeskundigen": ("ervaringsdeskundigen", "ervaringsdeskundige"),
    "clientenraad": ("adviesraad", "ntenra", "wmo"),
    "adviesraad": ("adviesra", "ouderenra"),
    "pilot": ("pilot", "proef"),
    "wijkbudget": ("budget",),
    "burgerbegroting": ("burgerbegroting", "begroting", "participatie"),
    "dorpsraad": ("ra",),
    "stadsdeel": ("stadsdeelcommissie", "bestuurscommissie", "stadsdeelbestuur"),
    "bewonersavond": ("avond", "informatiebijeenkomst", "informatiemarkt", "inloopbijeenkomst"),
    "advies_aan": ("zienswijze", "raad", "vraagt"),
    "zienswijze_raden": ("zienswijze", "zienswijze"),
    "zienswijze": ("zienswijze", "inzage", "terinzagelegging"),
    "inspraak": ("inspraak",),
    "omgevingsgesprek": ("omgevingsgesprek", "omgevingsdialoog", "participatieverslag"),
    "bouwcommunicatie": ("bouwcommunicatie", "omgevingsmanager"),
    "enquete": ("enqu", "vragenlijst"),
    "peiling": ("peiling",),
    "burgerpanel": ("panel",),
    "ontwerpatelier": ("ontwerpatelier", "ontwerpsessie", "char"),
    "keukentafelgesprek": ("keukentafelgesprek",),
    "energiecoaches": ("energiecoach",),
    "hoorzitting": ("hoorzitting",),
    "burgerinitiatief": ("burgerinitiatie", "agendarecht"),
    "herindeling": ("herindeling",),
    "buitenplans": ("buitenplans",),
    "binnenplans": ("binnenplans",),
    "omgevingsvisie": ("omgevingsvisie",),
}

# The only characters outside ASCII that IGNORECASE matches with an ASCII letter, or that
# str.lower() turns into one (checked over all of Unicode): a text with one of them is searched
# in full.
_ANDERS_GEVOUWEN = re.compile("[\u0130\u0131\u017f\u212a]")


def _lowered(tekst: str) -> str | None:
    """The text in lower case for the quick test of :data:`_SPOREN`, or None: search in full."""
    return None if _ANDERS_GEVOUWEN.search(tekst) else tekst.lower()


#: A negation just before the word ("geen referendum", "niet voor een burgerberaad").
_ONTKENNING = {"geen", "niet", "zonder", "nooit", "noch", "nee"}
_ONTKENNING_REEKS = re.compile(
    r"\b(?:in\s+plaats\s+van|i\.?p\.?v\.?)(?:\s+(?:een|de|het))?\s*$", re.IGNORECASE
)
#: Words that put a sentence in the past: the instrument was used before, not in this process.
_VERLEDEN = {
    "was",
    "waren",
    "werd",
    "werden",
    "hield",
    "hielden",
    "organiseerde",
    "organiseerden",
    "lag",
    "lagen",
    "kreeg",
    "kregen",
    "liep",
    "liepen",
    "vond",
    "vonden",
    "ging",
    "gingen",
    "destijds",
    "vorig",
    "vorige",
    # verbs that report what happened ("op de bewonersavond kwamen 230 mensen"); not the verbs
    # of a decision or a promise ("besloot tot", "zegde toe", "gaf opdracht voor", "koos"):
    # those start the instrument in this process
    "kwam",
    "kwamen",
    "stuurde",
    "stuurden",
    "deed",
    "deden",
    "sprak",
    "spraken",
    "bezocht",
    "bezochten",
}
_WOORD = re.compile(r"\w+", re.UNICODE)
#: The end of a clause: negation and tense are judged within the clause of the word.
_ZIN_EINDE = re.compile(r"[.;:!?,](?=\s|$)")


def _velden(v: Vraagstuk) -> Iterator[tuple[Pad, str]]:
    """The texts to search, in the order a hint prefers: omschrijving first."""
    yield ("omschrijving",), v.omschrijving
    if v.aanleiding:
        yield ("aanleiding",), v.aanleiding
    yield ("titel",), v.titel
    for i, tekst in enumerate(v.kaders.vast):
        yield ("kaders", "vast", i), tekst
    for i, punt in enumerate(v.kaders.open):
        yield ("kaders", "open", i), punt.onderwerp


def _zin(tekst: str, begin: int, eind: int) -> tuple[str, str]:
    """The part of the sentence before the match, and the whole sentence."""
    start = 0
    for m in _ZIN_EINDE.finditer(tekst, 0, begin):
        start = m.end()
    einde = _ZIN_EINDE.search(tekst, eind)
    return tekst[start:begin], tekst[start : einde.end() if einde else len(tekst)]


def _ontkend_of_verleden(tekst: str, begin: int, eind: int) -> bool:
    voor, zin = _zin(tekst, begin, eind)
    laatste = [w.casefold() for w in _WOORD.findall(voor)][-3:]
    if _ONTKENNING.intersection(laatste) or _ONTKENNING_REEKS.search(voor):
        return True
    return bool(_VERLEDEN.intersection(w.casefold() for w in _WOORD.findall(zin)))


def _vindplaats(
    tekst: str,
    patroon: re.Pattern[str],
    bezet: list[tuple[int, int]],
    instrument: Instrument | None = None,
) -> re.Match[str] | None:
    """The first match in this text that is neither taken, negated, in the past, nor (by the
    instrument's ``anders_in_zin``) about something else.

    Every match, also a negated one, takes its span, so a later, more general entry does not
    find the same words again.
    """
    gevonden = None
    for m in patroon.finditer(tekst):
        if any(m.start() < e and b < m.end() for b, e in bezet):
            continue
        bezet.append(m.span())
        if (
            gevonden is None
            and not _ontkend_of_verleden(tekst, m.start(), m.end())
            and not (instrument is not None and _anders_bedoeld(tekst, m, instrument))
        ):
            gevonden = m
    return gevonden


def _anders_bedoeld(tekst: str, m: re.Match[str], instrument: Instrument) -> bool:
    """Does the sentence around ``m`` show the word names something else than the instrument?"""
    if instrument.anders_in_zin is None:
        return False
    begin = max(tekst.rfind(teken, 0, m.start()) for teken in ".!?;\n") + 1
    eindes = [i for i in (tekst.find(teken, m.end()) for teken in ".!?;\n") if i >= 0]
    zin = tekst[begin : min(eindes, default=len(tekst))]
    if instrument.toch_in_zin is not None and re.search(instrument.toch_in_zin, zin, re.I):
        return False
    return re.search(instrument.anders_in_zin, zin, re.I) is not None


def plek(pad: Pad) -> str:
    """Where in the vraagstuk a text stands, in words ('Het vaste punt kaders.vast[1]')."""
    return _plek(pad)


def _plek(pad: Pad) -> str:
    if pad[0] == "kaders":
        soort = "vaste punt" if pad[1] == "vast" else "open punt"
        return f"Het {soort} {pad_tekst(pad)}"
    return {"omschrijving": "De omschrijving", "aanleiding": "De aanleiding", "titel": "De titel"}[
        str(pad[0])
    ]


def _melding(
    instrument: Instrument,
    pad: Pad,
    woord: str,
    werkvormen: list[tuple[str, str]],
    procedure: Procedure | None,
    door: Beslisser | None,
    partij: str | None,
) -> str:
    noemt = f"{_plek(pad)} noemt {instrument.naam}"
    if woord.casefold() not in instrument.naam.casefold():
        noemt += f" (‘{woord}’)"
    if partij is not None:
        return (
            f"{noemt}, maar bij belanghebbenden staat geen {partij} — {instrument.vraag} "
            "Zo ja: voeg hem toe onder belanghebbenden."
        )
    leeg = [
        veld
        for veld, waarde in (
            ("besluit.procedure", procedure),
            ("besluit.door", door),
            ("werkvormen", werkvormen),
        )
        if waarde
    ]
    zegt = f"{' en '.join(leeg)} {'zegt' if len(leeg) == 1 else 'zeggen'} daar niets over"
    doen = []
    if procedure is not None:
        doen.append(f"vul besluit.procedure in met ‘{procedure.value}’")
    if door is not None:
        doen.append(f"vul besluit.door in met ‘{door.value}’")
    if werkvormen:
        opties = " of ".join(
            f"‘{id}’" + (f" ({uitleg})" if uitleg else "") for id, uitleg in werkvormen
        )
        doen.append(
            f"zet {opties} onder werkvormen (status: voorgesteld als het nog maar een voorstel is)"
        )
    return f"{noemt}, maar {zegt} — {instrument.vraag} Zo ja: {', of '.join(doen)}."


def _proef_met_genoemd(tekst: str, m: re.Match[str], genoemd: set[str]) -> bool:
    """Is the proef one with an instrument the case already lists ('een proef met een
    wijkbegroting' next to werkvormen: burgerbegroting)? Then the proef is that instrument,
    and asking for a pilot besides it is a wrong hint (review 42)."""
    na = re.match(r"\s+met\s+(?:een|de|het)\s+(.{1,60})", tekst[m.end() :])
    if na is None:
        return False
    return any(
        set(ander.werkvormen) & genoemd and _pattern(ander).search(na.group(1))
        for ander in INSTRUMENTEN
        if ander.sleutel != "pilot"
    )


def instrument_hints(vraagstuk: Vraagstuk, catalogus: Collection[str]) -> list[Hint]:
    """Hints for instruments the text of ``vraagstuk`` names and its fields do not.

    ``catalogus`` holds the ids of the werkvormen catalogue in use; an id it lacks is never
    suggested. Pure: no files, no clock; the same input gives the same hints in the same order.
    """
    genoemd = {w.id for w in vraagstuk.werkvormen}
    besluit = vraagstuk.besluit
    procedure = besluit.procedure if besluit else None
    door = besluit.door if besluit else None
    namen = [p.naam.casefold() for p in vraagstuk.belanghebbenden]
    velden = list(_velden(vraagstuk))
    klein = [_lowered(tekst) for _, tekst in velden]
    bezet: dict[Pad, list[tuple[int, int]]] = {pad: [] for pad, _ in velden}
    voorgesteld: set[str] = set()
    hints: list[tuple[int, Hint]] = []

    for instrument in INSTRUMENTEN:
        sporen = _SPOREN.get(instrument.sleutel)
        eerste: tuple[int, Pad, re.Match[str]] | None = None
        for volgorde, (pad, tekst) in enumerate(velden):
            if pad[:2] == ("kaders", "open") and not instrument.in_open_punten:
                continue
            laag = klein[volgorde]
            if sporen is not None and laag is not None and not any(w in laag for w in sporen):
                continue  # no match possible: the search would find nothing and take nothing
            m = _vindplaats(tekst, _pattern(instrument), bezet[pad], instrument)
            if m is not None and eerste is None:
                eerste = (volgorde, pad, m)
        if eerste is None:
            continue
        volgorde, pad, m = eerste
        woord = " ".join(m.group().split())

        ids = {*instrument.werkvormen, *instrument.dekt}
        if ids & (genoemd | voorgesteld):
            continue
        if instrument.sleutel == "pilot" and _proef_met_genoemd(velden[volgorde][1], m, genoemd):
            continue
        if procedure is not None and procedure in (
            *instrument.procedures,
            *instrument.dekkende_procedures,
        ):
            continue
        if procedure is not None and instrument.procedures:
            # the user chose another procedure: the word is context ("het uitdaagrecht krijgt
            # een plek in de verordening"), not a missing field
            continue
        werkvormen = [
            (id, instrument.toelichting[i] if i < len(instrument.toelichting) else "")
            for i, id in enumerate(instrument.werkvormen)
            if id in catalogus
        ]
        nieuwe_procedure = instrument.procedures[0] if instrument.procedures else None
        nieuwe_door = instrument.door if instrument.door is not None and door is None else None
        partij = None
        if instrument.partijen:
            gedekt = any(deel in naam for naam in namen for deel in instrument.partijen)
            partij = None if gedekt else re.sub(r"raden$", "raad", woord.casefold())
        if not (werkvormen or nieuwe_procedure or nieuwe_door or partij):
            continue

        suggesties = (
            [Suggestie("besluit.procedure", nieuwe_procedure.value)] if nieuwe_procedure else []
        )
        if nieuwe_door is not None:
            suggesties.append(Suggestie("besluit.door", nieuwe_door.value))
        suggesties += [Suggestie("werkvormen", id) for id, _ in werkvormen]
        if partij:
            suggesties.append(Suggestie("belanghebbenden", partij))
        voorgesteld.update(id for id, _ in werkvormen)
        melding = _melding(
            instrument, pad, woord, werkvormen, nieuwe_procedure, nieuwe_door, partij
        )
        hint = Hint(instrument.sleutel, woord, pad, m.start(), tuple(suggesties), melding)
        hints.append((volgorde, hint))

    return [h for _, h in sorted(hints, key=lambda p: (p[0], p[1].begin))]


def positie(hint: Hint, geladen: Geladen) -> Positie:
    """Where the word of ``hint`` stands in the user's file (line and column, from 1).

    Searches the source text from the start of the field's value up to the next key or value,
    for the same occurrence of the word; falls back to the start of the value.
    """
    pad = (*hint.pad, "onderwerp") if hint.pad[:2] == ("kaders", "open") else hint.pad
    if hint.code == "werkvorm" and isinstance(_waarde(geladen.data, pad), dict):
        pad = (*pad, "id")  # {id: enqete, status: ...}: the id itself
    start = geladen.positie(pad)
    if not geladen.tekst:
        return start
    regels = geladen.tekst.split("\n")
    if start.regel > len(regels):
        return start

    def offset(p: Positie) -> int:
        return sum(len(r) + 1 for r in regels[: p.regel - 1]) + p.kolom - 1

    van = offset(start)
    later = [
        offset(p)
        for p in (*geladen.posities.values(), *geladen.sleutels.values())
        if (p.regel, p.kolom) > (start.regel, start.kolom) and p.regel <= len(regels)
    ]
    tot = min(later, default=len(geladen.tekst))
    zoek = re.compile(
        r"(?<!\w)" + r"\s+".join(map(re.escape, hint.woord.split())) + r"(?!\w)", re.IGNORECASE
    )
    tekst = _tekst_van(hint, geladen)
    keer = len(list(zoek.finditer(tekst, 0, hint.begin))) if tekst is not None else 0
    for i, m in enumerate(zoek.finditer(geladen.tekst, van, tot)):
        if i == keer:
            voor = geladen.tekst[: m.start()]
            return Positie(voor.count("\n") + 1, m.start() - (voor.rfind("\n") + 1) + 1)
    return start


def _waarde(data: object, pad: Pad) -> object:
    """The raw YAML value at ``pad``; None when the path does not lead anywhere."""
    waarde = data
    for deel in pad:
        if isinstance(deel, int) and isinstance(waarde, list) and deel < len(waarde):
            waarde = waarde[deel]
        elif isinstance(deel, str) and isinstance(waarde, dict):
            waarde = waarde.get(deel)
        else:
            return None
    return waarde


def _tekst_van(hint: Hint, geladen: Geladen) -> str | None:
    waarde = _waarde(geladen.data, hint.pad)
    if isinstance(waarde, dict):
        waarde = waarde.get("onderwerp")
    return waarde.strip() if isinstance(waarde, str) else None


#: A full date in a text: "30 april 2027", "1-7-2028" or "1/7/2028", "2027-04-30". A date without
#: a year ("1 april") is left alone: which year is meant is a guess.
_DATUM_IN_TEKST = re.compile(
    r"(?<![\w-])(?:(?P<dag>\d{1,2})\s+(?P<maand>" + "|".join(MAANDEN) + r")\s+(?P<jaar>\d{4})"
    r"|(?P<d>\d{1,2})[-/](?P<m>\d{1,2})[-/](?P<j>\d{4})"
    r"|(?P<iso_j>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2}))(?![\w-])",
    re.IGNORECASE,
)


def _als_datum(m: re.Match[str]) -> date | None:
    try:
        if m.group("maand"):
            maand = MAANDEN.index(m.group("maand").lower()) + 1
            return date(int(m.group("jaar")), maand, int(m.group("dag")))
        if m.group("d"):
            return date(int(m.group("j")), int(m.group("m")), int(m.group("d")))
        return date(int(m.group("iso_j")), int(m.group("iso_m")), int(m.group("iso_d")))
    except ValueError:
        return None  # 31 april: not a date


def velddata(vraagstuk: Vraagstuk) -> set[date]:
    """Every date the structured fields give: the decision, the outcome, the uitvoering, the
    application and the werkvormen on their own dates."""
    k = vraagstuk.kaders
    data = {k.besluit_uiterlijk, k.inbreng_uiterlijk, k.uitvoering_van, k.uitvoering_tot}
    if vraagstuk.besluit is not None:
        data.add(vraagstuk.besluit.aanvraag)
    for w in vraagstuk.werkvormen:
        data.update((w.van, w.tot))
    data.update(m.datum for m in vraagstuk.momenten)
    return {d for d in data if d is not None}


@dataclass(frozen=True)
class TekstDatum:
    """A date in the text of a vraagstuk that no field gives."""

    datum: date
    woord: str
    pad: Pad
    begin: int


def data_in_tekst(vraagstuk: Vraagstuk, vanaf: date | None = None) -> list[TekstDatum]:
    """Full dates in the omschrijving, the aanleiding and the fixed points that no date field
    gives, that lie before the decision (any date when it has none) and, with ``vanaf``, not
    before that day; none in a clause about the past or after a negation.

    Why: a hard date written only in prose ("het plan ligt uiterlijk 30 april 2027 bij het
    college") is invisible to the planning, which then plans past it. Its meaning is not
    guessed; the user is asked to put it in a field."""
    bekend = velddata(vraagstuk)
    besluit = vraagstuk.kaders.besluit_uiterlijk
    teksten: list[tuple[Pad, str]] = [(("omschrijving",), vraagstuk.omschrijving)]
    if vraagstuk.aanleiding:
        teksten.append((("aanleiding",), vraagstuk.aanleiding))
    teksten += [(("kaders", "vast", i), t) for i, t in enumerate(vraagstuk.kaders.vast)]
    uit = []
    gezien: set[date] = set()
    for pad, tekst in teksten:
        for m in _DATUM_IN_TEKST.finditer(tekst):
            d = _als_datum(m)
            if d is None or d in bekend or d in gezien:
                continue
            if (besluit is not None and d >= besluit) or (vanaf is not None and d < vanaf):
                continue
            if _ontkend_of_verleden(tekst, m.start(), m.end()):
                continue
            gezien.add(d)
            uit.append(TekstDatum(d, " ".join(m.group().split()), pad, m.start()))
    return uit


def datum_hints(vraagstuk: Vraagstuk, vanaf: date | None = None) -> list[Hint]:
    """Hints for the dates of :func:`data_in_tekst`: which field to fill in, never a guess."""
    return [
        Hint(
            "datum",
            t.woord,
            t.pad,
            t.begin,
            (Suggestie("kaders.inbreng_uiterlijk", t.datum.isoformat()),),
            f"{_plek(t.pad)} noemt de datum {t.woord}, maar geen datumveld noemt die. Moet de "
            "uitkomst van de participatie dan klaar zijn? Zo ja: vul kaders.inbreng_uiterlijk in "
            f"met ‘{t.datum.isoformat()}’. Is het een andere stap, gebruik dan het veld daarvan "
            "(besluit.aanvraag, kaders.uitvoering_van of van/tot bij een werkvorm).",
            code="datum",
        )
        for t in data_in_tekst(vraagstuk, vanaf)
    ]


#: A month with its year in a text ("juni 2027"), without a day before it.
_MAAND_JAAR = re.compile(
    r"(?<![\w-])(?<!\d\s)(?P<maand>" + "|".join(MAANDEN) + r")\s+(?P<jaar>\d{4})(?![\w-])",
    re.IGNORECASE,
)
#: A body of the gemeente that meets: the raad, a raadscommissie, the college (whole words, so
#: not a 'marktcommissie' or a 'bewonerscommissie').
_ORGAAN = re.compile(r"\b(?:gemeenteraad|raadscommissie|commissie|raad|college)\b", re.IGNORECASE)
_LIDWOORD = {"college": "het"}
#: Past-tense verbs of a meeting: what the raad did before is history, not a moment to plan.
_VERGADERD = {
    "stelde",
    "stelden",
    "nam",
    "namen",
    "besloot",
    "besloten",
    "gaf",
    "stemde",
    "koos",
    "vroeg",
    "zegde",
    "sprak",
    "bood",
    "kwam",
    "besprak",
    "heeft",
    "hebben",
}


def moment_hints(vraagstuk: Vraagstuk, vanaf: date | None = None) -> list[Hint]:
    """A hint to fill in ``momenten`` when the omschrijving or aanleiding names a meeting of
    the raad, a commissie or the college in a month and year before the decision's month
    ("In juni 2027 bespreekt de raadscommissie een conceptvisie"), and the field is empty.

    Why: a moment named only in prose is invisible to the planning (review 41). A month in the
    past (before ``vanaf``), in a clause about the past or after a negation, and the month of
    the decision itself, are left alone; the day is never guessed."""
    if vraagstuk.momenten:
        return []
    besluit = vraagstuk.kaders.besluit_uiterlijk
    # a month a date field already gives (a point's own later decision) is not a new moment
    bekend = {(d.year, d.month) for d in velddata(vraagstuk)}
    bekend |= {(p.uiterlijk.year, p.uiterlijk.month) for p in vraagstuk.kaders.open if p.uiterlijk}
    for pad, tekst in _velden(vraagstuk):
        if pad[0] not in ("omschrijving", "aanleiding"):
            continue
        for m in _MAAND_JAAR.finditer(tekst):
            maand = MAANDEN.index(m.group("maand").lower()) + 1
            jaar = int(m.group("jaar"))
            if (jaar, maand) in bekend:
                continue
            if besluit is not None and (jaar, maand) >= (besluit.year, besluit.month):
                continue
            if vanaf is not None and (jaar, maand) < (vanaf.year, vanaf.month):
                continue
            _, zin = _zin(tekst, m.start(), m.end())
            woorden = {w.casefold() for w in _WOORD.findall(zin)}
            orgaan = _ORGAAN.search(zin)
            if (
                orgaan is None
                or _ontkend_of_verleden(tekst, m.start(), m.end())
                or _VERGADERD & woorden
            ):
                continue
            woord = " ".join(m.group().split())
            return [
                Hint(
                    "momenten",
                    woord,
                    pad,
                    m.start(),
                    (Suggestie("momenten", f"{jaar:04d}-{maand:02d}-…"),),
                    f"{_plek(pad)} noemt een moment van {_LIDWOORD.get(orgaan.group().lower(), 'de')} "
                    f"{orgaan.group().lower()} in {woord}, "
                    "maar momenten is leeg. Is dat een vast moment vóór het besluit (een "
                    "bespreking van een concept)? Zet het dan onder momenten, met wat, de datum "
                    "(JJJJ-MM-DD) en door (raad, commissie, college of anders). De planning "
                    "zorgt dan dat het stuk op tijd klaar is en dat deelnemers horen wat er "
                    "besproken is.",
                    code="momenten",
                )
            ]
    return []


_EIGEN_WOORD = frozenset({"draagvlakmeting"})
"""Ids that are words of their own, not typos: a 'draagvlakmeting' is the BIZ vote in a BIZ
case (the analysis maps it, rule MIX-STEMMING) and a survey of support anywhere else."""


def werkvorm_hints(vraagstuk: Vraagstuk, catalogus: Collection[str]) -> list[Hint]:
    """Hints for an id under ``werkvormen`` that the catalogue lacks but nearly has ("enqete").

    Why: an unknown id is taken as the case's own werkvorm, with unknown costs, so a typo
    would silently drop the catalogue's estimate. Only a close match is suggested (the same
    cut-off as for a misspelt field); an own werkvorm with a name of its own gets no hint.
    """
    from pionieren.input.problems import suggest

    bekend = sorted(catalogus)
    uit = []
    for index, werkvorm in enumerate(vraagstuk.werkvormen):
        if werkvorm.id in catalogus or werkvorm.id in _EIGEN_WOORD:
            continue
        hint = suggest(werkvorm.id, bekend)
        if hint is None:
            continue
        uit.append(
            Hint(
                "werkvorm",
                werkvorm.id,
                ("werkvormen", index),
                0,
                (Suggestie("werkvormen", hint),),
                f"De werkvorm ‘{werkvorm.id}’ staat niet in de catalogus. Bedoelt u ‘{hint}’? "
                "Zo niet, dan telt pionieren hem als eigen werkvorm, met onbekende kosten.",
                code="werkvorm",
            )
        )
    return uit


# --- places whose neighbours are not on the map ------------------------------------------------

_ALLE_PLEKKEN = re.compile(
    r"\b(?:omwonenden|buurtbewoners|bewoners|buren)\s+(?:van|rond|bij)\s+(?:beide|alle|de\s+"
    r"(?:twee|drie|vier|vijf))\s+(?:zoek)?(?:plekken|locaties|terreinen|plaatsen)\b",
    re.IGNORECASE,
)
"""The text asks for the neighbours of every place: 'omwonenden van beide plekken'."""

_PLEKKEN_LIJST = re.compile(
    r"\b(?:twee|drie|vier|vijf)\s+(?:zoek)?(?:plekken|locaties|terreinen|plaatsen)\s*:\s*"
    r"(?P<lijst>[^.;:]+)",
    re.IGNORECASE,
)
"""The places themselves, listed after a colon: 'twee zoeklocaties: het grasveld achter
sporthal De Kolk en de hoek van het parkeerterrein bij het spoor'."""

_GEEN_KERN = frozenset(
    [
        "de",
        "het",
        "een",
        "van",
        "bij",
        "achter",
        "aan",
        "op",
        "in",
        "naast",
        "voor",
        "rond",
        "langs",
        "hoek",
        "rand",
        "kant",
        "zijde",
        "deel",
        "stuk",
        "strook",
        "eind",
        "einde",
    ]
)
"""Words of a place that do not name it (articles, prepositions, 'de hoek van')."""


def _kern(plek: str) -> str | None:
    """The word that names a place: 'parkeerterrein' in 'de hoek van het parkeerterrein bij het
    spoor'."""
    for m in re.finditer(r"[^\W\d_]+", plek):
        woord = m.group().casefold()
        if woord not in _GEEN_KERN and len(woord) >= 4:
            return woord
    return None


@dataclass(frozen=True)
class OntbrekendePlek:
    """A place the text names whose neighbours no stakeholder stands for."""

    plek: str
    kern: str
    pad: Pad
    begin: int


def plekkenlijsten(vraagstuk: Vraagstuk) -> list[str]:
    """The lists of places the text names after a colon ('twee zoeklocaties: A en B')."""
    teksten = [vraagstuk.omschrijving, vraagstuk.aanleiding or ""]
    return [m.group("lijst") for t in teksten for m in _PLEKKEN_LIJST.finditer(t)]


def ontbrekende_plekken(vraagstuk: Vraagstuk) -> list[OntbrekendePlek]:
    """The places of a text that asks for the neighbours of every place ('omwonenden van
    beide plekken') and lists them ('twee zoeklocaties: A en B'), whose name no stakeholder
    has. Only when the text says both: a list of places alone may be options, not places with
    neighbours of their own.

    Why: a group the question names but the map leaves out gets no werkvorm and no voice (review
    30: only the neighbours of one of the two JOP locations were listed)."""
    teksten = [(("omschrijving",), vraagstuk.omschrijving)]
    if vraagstuk.aanleiding:
        teksten.append((("aanleiding",), vraagstuk.aanleiding))
    if not any(_ALLE_PLEKKEN.search(tekst) for _, tekst in teksten):
        return []
    namen = " | ".join(p.naam.casefold() for p in vraagstuk.belanghebbenden)
    uit = []
    for pad, tekst in teksten:
        for m in _PLEKKEN_LIJST.finditer(tekst):
            begin = m.start("lijst")
            for deel_m in re.finditer(r"[^,]+?(?=,|\s+en\s+|$)", m.group("lijst")):
                plek = " ".join(deel_m.group().split()).removeprefix("en ").strip()
                kern = _kern(plek)
                if kern and kern not in namen:
                    op = begin + deel_m.start() + deel_m.group().casefold().index(kern)
                    uit.append(OntbrekendePlek(plek, tekst[op : op + len(kern)], pad, op))
    return uit


def plek_hints(vraagstuk: Vraagstuk) -> list[Hint]:
    """Hints for :func:`ontbrekende_plekken`: add the neighbours of that place."""
    return [
        Hint(
            "plekken",
            p.kern,
            p.pad,
            p.begin,
            (Suggestie("belanghebbenden", f"Omwonenden van {p.plek}"),),
            f"{_plek(p.pad)} vraagt om de omwonenden van elke plek, maar bij belanghebbenden "
            f"staat niemand voor ‘{p.plek}’ — klopt dat? Zo ja: voeg de omwonenden daarvan toe "
            "onder belanghebbenden.",
            code="belanghebbenden",
        )
        for p in ontbrekende_plekken(vraagstuk)
    ]


# the case text says for certain that an earlier plan or vote failed
_EERDER_MIS = re.compile(
    r"\bingetrokken\b|\btrok\w*\s+(?:het|de|haar|zijn)\s+(?:\w+\s+){0,2}in\b|"
    r"\btweede poging\b|\bopnieuw\s+(?:te\s+)?beginnen\b|\bopnieuw\s+begonnen\b|"
    r"\bweggestemd\b|\bhaalde\s+(?:te\s+)?weinig\s+(?:stemmen|draagvlak)\b|"
    r"\bte weinig draagvlak\b|\bafgeblazen\b",
    re.IGNORECASE,
)


def voorgeschiedenis_hints(vraagstuk: Vraagstuk) -> list[Hint]:
    """A hint to fill in ``voorgeschiedenis`` when the omschrijving or aanleiding says for
    certain that an earlier plan or vote failed, and the field is empty.

    Why: a restart opens with what went wrong (rule KADER-HERSTART). 'opnieuw' alone ('richt
    de straat opnieuw in') says nothing of a failure, so only firm words count, and not after
    'geen', 'niet' or 'zonder'."""
    if vraagstuk.voorgeschiedenis is not None:
        return []
    for pad, tekst in _velden(vraagstuk):
        if pad[0] not in ("omschrijving", "aanleiding"):
            continue
        for m in _EERDER_MIS.finditer(tekst):
            voor, _ = _zin(tekst, m.start(), m.end())
            laatste = [w.casefold() for w in _WOORD.findall(voor)][-3:]
            if _ONTKENNING.intersection(laatste):
                continue
            return [
                Hint(
                    "voorgeschiedenis",
                    m.group(),
                    pad,
                    m.start(),
                    (Suggestie("voorgeschiedenis", "wat er eerder misging"),),
                    f"{_plek(pad)} zegt ‘{m.group()}’: ging er eerder iets mis met dit plan? "
                    "Vul dan voorgeschiedenis in (wat misging en wat nu anders is). Het ontwerp "
                    "begint daar dan mee.",
                    code="voorgeschiedenis",
                )
            ]
    return []


#: words that say for certain that a group worries: 'zorgen' as a noun (not 'zorgen voor'),
#: 'ongerust', 'bang dat', 'vrezen'/'vreest'
_ZORG = re.compile(
    r"\b(?:hun|de|veel|grote|zijn|haar|onze)\s+zorgen\b(?!\s+(?:voor|dat|ervoor)\b)|"
    r"\bongerust\w*|\bbang\s+(?:dat|voor)\b|\bvre(?:zen|est|esden|esde)\b",
    re.IGNORECASE,
)


def zorgen_hints(vraagstuk: Vraagstuk) -> list[Hint]:
    """A hint to fill in ``zorgen`` when the omschrijving or aanleiding says a group worries,
    and the field is empty.

    Why: a worry gets its own step early in the design (rule MIX-ZORGEN), but only from the
    field: who has the worry and who can answer it are never guessed from the text."""
    if vraagstuk.zorgen:
        return []
    for pad, tekst in _velden(vraagstuk):
        if pad[0] not in ("omschrijving", "aanleiding"):
            continue
        for m in _ZORG.finditer(tekst):
            voor, _ = _zin(tekst, m.start(), m.end())
            laatste = [w.casefold() for w in _WOORD.findall(voor)][-2:]
            if _ONTKENNING.intersection(laatste):
                continue
            return [
                Hint(
                    "zorgen",
                    m.group(),
                    pad,
                    m.start(),
                    (Suggestie("zorgen", "de zorg, van wie, wie kan antwoorden"),),
                    f"{_plek(pad)} zegt ‘{m.group()}’: welke zorgen hebben groepen? Vul dan "
                    "zorgen in (de zorg, van wie, en wie kan antwoorden). Elke zorg krijgt dan "
                    "vroeg in het ontwerp een eigen stap.",
                    code="zorgen",
                )
            ]
    return []


#: words that say an open point is about each resident's own property: 'eigen tuin', 'elke
#: woning', 'iedere voordeur', 'per huishouden', 'elk huishouden'
_EIGEN_BEZIT = re.compile(
    r"\b(?:eigen|elke|iedere?)\s+(?:achter|voor|zij)?(?:tuin|woning|huis|voordeur|gevel|"
    r"aansluiting|erf|oprit|schuur|dak|perceel|badkamer|keuken)\w*|"
    r"\b(?:per|elk|ieder)\s+huishouden\b",
    re.IGNORECASE,
)
#: words before 'per huishouden' that make it a rule for everyone ('één vergunning per
#: huishouden'), not a choice of each household
_AANTAL = re.compile(
    r"\d|\b(?:een|één|eén|twee|drie|vier|hoogstens|maximaal|ten hoogste)\b", re.IGNORECASE
)


def eigen_bezit_hints(vraagstuk: Vraagstuk) -> list[Hint]:
    """A hint to set ``eigen_bezit: true`` on an open point whose text says it is about each
    resident's own property (the own garden, each house, per household), when it is not set.

    Why: over their own garden or front door each household decides itself, within the kaders
    (rule TREDE-EIGEN-BEZIT), but only from the field: a word in the text may also name a rule
    for everyone ('one permit per household'), so the hint asks."""
    uit = []
    for i, punt in enumerate(vraagstuk.kaders.open):
        if punt.eigen_bezit:
            continue
        tekst = punt.onderwerp
        for m in _EIGEN_BEZIT.finditer(tekst):
            voor, _ = _zin(tekst, m.start(), m.end())
            laatste = _WOORD.findall(voor)[-3:]
            if _ONTKENNING.intersection(w.casefold() for w in laatste):
                continue
            if m.group().lower().startswith("per") and _AANTAL.search(" ".join(laatste)):
                continue
            pad: Pad = ("kaders", "open", i)
            uit.append(
                Hint(
                    "eigen_bezit",
                    m.group(),
                    pad,
                    m.start(),
                    (Suggestie(pad_tekst((*pad, "eigen_bezit")), "true"),),
                    f"{_plek(pad)} zegt ‘{m.group()}’: gaat dit punt over het eigen bezit van "
                    "elke bewoner? Zet dan bij dit punt eigen_bezit: true. Dan beslist elk "
                    "huishouden daar zelf over, binnen de kaders, met een afspraak op papier.",
                    code="eigen_bezit",
                )
            )
            break
    return uit


#: a sentence that says part of the participation budget already pays for something: 'wordt
#: betaald uit het participatiebudget (14.000 van de 32.000 euro)', 'uit het
#: participatiebudget gaat 5.000 euro naar ...'
_UIT_BUDGET = re.compile(r"\bparticipatiebudget\b", re.IGNORECASE)
_BEDRAG = re.compile(r"(?:€\s*)?\b(\d{1,3}(?:\.\d{3})+|\d{4,})(?:\s*(?:euro|,-))?", re.IGNORECASE)


def budget_hints(vraagstuk: Vraagstuk) -> list[Hint]:
    """A hint to fill in ``kaders.budget_vastgelegd`` when a fixed or open point says that part
    of the participation budget already pays for something, with an amount, and the field is
    empty.

    Why: review 64a (funderingsherstel): 'De onafhankelijke adviseur wordt betaald uit het
    participatiebudget (14.000 van de 32.000 euro)' stood only in the text, so the design was
    set against the whole budget."""
    k = vraagstuk.kaders
    if k.budget_vastgelegd or k.budget_euro is None:
        return []
    teksten: list[tuple[Pad, str]] = [(("kaders", "vast", i), t) for i, t in enumerate(k.vast)]
    teksten += [(("kaders", "open", i), p.onderwerp) for i, p in enumerate(k.open)]
    uit = []
    for pad, tekst in teksten:
        m = _UIT_BUDGET.search(tekst)
        if m is None:
            continue
        bedragen = [
            int(b.group(1).replace(".", ""))
            for b in _BEDRAG.finditer(tekst)
            if int(b.group(1).replace(".", "")) < k.budget_euro
        ]
        if not bedragen:
            continue
        uit.append(
            Hint(
                "budget_vastgelegd",
                m.group(),
                pad,
                m.start(),
                (
                    Suggestie(
                        "kaders.budget_vastgelegd",
                        f"[{{wat: ..., euro: {bedragen[0]}}}]",
                    ),
                ),
                f"{_plek(pad)} zegt dat een deel van het participatiebudget al vastligt. Zet "
                "dat ook in kaders.budget_vastgelegd, met waarvoor en hoeveel: "
                f"[{{wat: ..., euro: {bedragen[0]}}}]. Dan past het ontwerp in wat overblijft.",
                code="budget_vastgelegd",
            )
        )
    return uit


_MAANDEN_OF = "|".join(MAANDEN)
#: words that say a group is here only part of the year: 'alleen van april tot oktober', 'van
#: april tot en met november', 'alleen in de zomer', 'in het seizoen', 'seizoenswerkers'
_SEIZOEN = re.compile(
    r"\bvan\s+(?P<van>" + _MAANDEN_OF + r")\s+tot\s+(?:en\s+met\s+)?(?P<tot>" + _MAANDEN_OF + r")\b"
    r"|\balleen\s+(?:in\s+de\s+|'s\s+)?(?:zomer|winter)s?\b(?!vakantie)"
    r"|\b(?:in\s+het\s+|alleen\s+in\s+het\s+)(?:toeristisch\s+|hoog)?seizoen\b"
    r"|\bseizoens(?:werk|arbeid|kracht|gast|bewoner)\w*",
    re.IGNORECASE,
)
#: words that make a period a time the group is busy, not away: 'van april tot oktober op het
#: land' (the planner reads that from the road itself)
_BEZIG = re.compile(
    r"\bgeen\s+tijd\b|\bdruk\b|\bop\s+het\s+land\b|\bniet\s+(?:beschikbaar|bereikbaar)\b",
    re.IGNORECASE,
)
#: words of a group's name too common to link a sentence to it
_ALGEMEEN = frozenset({"bewoners", "inwoners", "omwonenden", "gasten", "mensen", "groep"})


def _naamwoorden(naam: str) -> list[str]:
    """The words of a group's name that link a sentence to it: the first word and the common
    nouns after it ('Arbeidsmigranten', 'camping'), not a proper name ('De Kruishoeve')."""
    return [
        w.casefold()
        for i, w in enumerate(_WOORD.findall(naam))
        if len(w) >= 6 and (i == 0 or w[0].islower()) and w.casefold() not in _ALGEMEEN
    ]


ANONIEM_WOORDEN = re.compile(
    r"\banoniem\w*|\bzonder\s+(?:hun\s+|haar\s+|zijn\s+)?(?:naam|namen)\b|"
    r"\b(?:niet|nooit)\s+herkenbaar\b|\bonherkenbaar\b",
    re.IGNORECASE,
)
"""Words in a group's name or route that say its people must stay unknown: 'met een korte
vragenlijst na afloop, zonder naam', 'anoniem'. The kenmerk ``anoniem`` says it explicitly;
these words are the fallback (and the reason for :func:`anoniem_hints`)."""


def _naam_en_weg(i: int, b: Belanghebbende) -> list[tuple[Pad, str, str]]:
    """A group's name and its route (via), each with its place in the file and how a hint
    names it."""
    plekken: list[tuple[Pad, str, str]] = [
        (("belanghebbenden", i, "naam"), b.naam, f"De naam van ‘{b.naam}’"),
    ]
    if b.via:
        plekken.append((("belanghebbenden", i, "via"), b.via, f"De weg (via) naar ‘{b.naam}’"))
    return plekken


def anoniem_hints(vraagstuk: Vraagstuk) -> list[Hint]:
    """A hint to add the kenmerk ``anoniem`` to a group whose name or route (via) says it must
    stay unknown ('zonder naam', 'anoniem') while its kenmerken do not say so.

    Why: review 53a (Ravenstede): the words in the route were the only sign that visitors of a
    clinic must not be sought out; the kenmerk makes the limit explicit and sure."""
    uit: list[Hint] = []
    for i, b in enumerate(vraagstuk.belanghebbenden):
        if Kenmerk.anoniem in b.kenmerken:
            continue
        for pad, tekst, waar in _naam_en_weg(i, b):
            m = ANONIEM_WOORDEN.search(tekst)
            if m is None:
                continue
            voorbeeld = "[" + ", ".join([*(k.value for k in b.kenmerken), "anoniem"]) + "]"
            uit.append(
                Hint(
                    "anoniem",
                    m.group(),
                    pad,
                    m.start(),
                    (Suggestie(pad_tekst(("belanghebbenden", i, "kenmerken")), voorbeeld),),
                    f"{waar} zegt ‘{m.group()}’: moet deze groep onbekend blijven? Zet dan bij "
                    f"‘{b.naam}’ het kenmerk anoniem, zoals kenmerken: {voorbeeld}. Dan krijgt "
                    "deze groep geen gesprek op straat, aan huis of op een bijeenkomst, alleen de "
                    "weg die u noemt (via).",
                    code="anoniem",
                )
            )
            break
    return uit


VERTROUWELIJK_WOORDEN = re.compile(
    r"\buit\s+angst\b|\bangst\s+voor\s+(?:represailles|wraak)\b|\brepresaille\w*|"
    r"\bslachtoffer\w*|\bbedreigd\w*|\bge[iï]ntimideerd\w*|\beerst\s+persoonlijk\b|"
    r"\bvertrouwelijk\w*|\b(?:niet|nooit)\s+(?:op|in)\s+(?:een\s+)?(?:bijeenkomst|groep)\w*|"
    r"\b(?:niet|nooit)\s+in\s+het\s+openbaar\b|\b(?:niet|nooit)\s+(?:op\s+een\s+\w+\s+)?waar\s+"
    r"(?:iedereen|anderen|het\s+hele\s+\w+)\s+bij\s+(?:is|zijn)\b|"
    r"\b(?:niet|nooit)\s+(?:samen\s+)?gezien\s+(?:willen\s+)?worden\b|\bbang\s+(?:om\s+)?gezien\s+te\s+worden\b",
    re.IGNORECASE,
)
"""Words in a group's name or route that say its people speak only in confidence, one by one:
'die uit angst voor represailles zwijgen', victims ('via Slachtofferhulp'), 'eerst persoonlijk
en niet op een bijeenkomst', 'vertrouwelijk', 'niet in het openbaar', 'niet waar iedereen bij
is', 'bang om gezien te worden' (rule MIX-GESCHEIDEN; the reason for
:func:`vertrouwelijk_hints`)."""


GEEN_DEELNEMER_WOORDEN = re.compile(
    r"\bgeen\s+deelnemers?\b|\b(?:neemt|nemen)\s+niet\s+deel\b|\bdo(?:et|en)\s+niet\s+mee\b|"
    r"\bniet\s+(?:zelf\s+)?(?:te\s+)?benader(?:en|d)\b|\bbuiten\s+de\s+participatie\b",
    re.IGNORECASE,
)
"""Words in a group's route or condition that say the case does not approach it in the
participation: 'geen deelnemer', 'neemt niet deel', 'niet benaderen', 'buiten de
participatie' (contact runs via the sociaal team or the hulpverlening)."""

LATER_BEKEND_WOORDEN = re.compile(
    r"\b(?:nog\s+niet|pas\s+(?:later|(?:in|na|vanaf|rond)\s+(?:[\w-]+\s+){0,4}?))\s*bekend\b|"
    r"\bnog\s+onbekend\b",
    re.IGNORECASE,
)
"""Words in a group's name, route or condition that say who they are is only known later:
'pas in het najaar van 2027 bekend', 'nog niet bekend'. Not 'toekomstige bewoners' alone: the
future residents of a care home are known to their carers, who visit them at home."""

ZONDER_ERBIJ_WOORDEN = re.compile(
    r"\bzonder\s+(?:de\s+|het\s+|een\s+|hun\s+|haar\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+erbij\b",
    re.IGNORECASE,
)
"""'zonder politie erbij', 'zonder de wijkagent erbij': that party does not sit in."""

ONTOEGANKELIJK_WOORDEN = re.compile(
    r"\bniet\s+toegankelijk\b|\bontoegankelijk\b|\bniet\s+(?:goed\s+)?(?:te\s+)?"
    r"(?:gebruiken|bruikbaar)\b|\bonbruikbaar\b|\bniet\s+geschikt\s+voor\b",
    re.IGNORECASE,
)
"""Words in an objection to a werkvorm: another party finds it 'niet toegankelijk'."""


_SECTIES = {"belanghebbenden": "belanghebbende", "werkvormen": "werkvorm"}
_SECTIE = re.compile(r"^([A-Za-z_]+)\s*:")


def _voorwaarde_in(tekst: str) -> tuple[re.Match[str], re.Pattern[str]] | None:
    """The first hard condition in a comment, and the word list that found it. 'Slachtoffer'
    alone is not one: in a comment it names a route (Slachtofferhulp), not a condition."""
    for woorden in (
        GEEN_DEELNEMER_WOORDEN,
        LATER_BEKEND_WOORDEN,
        ZONDER_ERBIJ_WOORDEN,
        ONTOEGANKELIJK_WOORDEN,
        VERTROUWELIJK_WOORDEN,
        ANONIEM_WOORDEN,
    ):
        for m in woorden.finditer(tekst):
            if not m.group().lower().startswith("slachtoffer"):
                return m, woorden
    return None


def _al_gelezen(item: object, woorden: re.Pattern[str]) -> bool:
    """Does the item below the comment already carry the condition where pionieren reads it:
    a ``voorwaarde``, the same words in its name or route, or the kenmerk anoniem?"""
    if not isinstance(item, dict):
        return False
    if item.get("voorwaarde"):
        return True
    velden = " ".join(str(item.get(k) or "") for k in ("naam", "via", "voor"))
    vertrouwen = (VERTROUWELIJK_WOORDEN, ANONIEM_WOORDEN)
    familie = vertrouwen if woorden in vertrouwen else (woorden,)
    if any(w.search(velden) for w in familie):
        return True
    kenmerken = item.get("kenmerken")
    anoniem = isinstance(kenmerken, list) and "anoniem" in kenmerken
    return anoniem and woorden in vertrouwen


def commentaar_hints(geladen: Geladen) -> list[Hint]:
    """A hint for a YAML comment (``# ...``) among the belanghebbenden or werkvormen that
    states a hard condition ('geen deelnemer', 'zonder politie erbij', 'niet waar iedereen bij
    is', 'pas in het najaar bekend', 'niet toegankelijk'): pionieren does not read comments, so
    the condition binds nothing until it stands under ``voorwaarde:`` of that group or werkvorm.

    Why: review 56a. Writers put exactly these conditions in comments; the advice then put the
    evicted family in a group talk and the frightened residents on a public evening. The hint
    names the comment's line and the item below it (or above it, at the end of the list)."""
    regels = geladen.tekst.splitlines()
    items: dict[str, list[int]] = {}
    for pad, plek in geladen.posities.items():
        if len(pad) == 2 and pad[0] in _SECTIES and isinstance(pad[1], int):
            items.setdefault(str(pad[0]), []).append(plek.regel)
    uit: list[Hint] = []
    sectie: str | None = None
    blok: list[tuple[int, str]] = []

    def afsluiten() -> None:
        if not blok or sectie not in items:
            return
        tekst = " ".join(t for _, t in blok)
        gevonden = _voorwaarde_in(tekst)
        if gevonden is None:
            return
        m, woorden = gevonden
        eerste, laatste = blok[0][0], blok[-1][0]
        lijst = sorted(items[sectie])
        na = [i for i, r in enumerate(lijst) if r > laatste]
        index = na[0] if na else len(lijst) - 1
        lijst_data = geladen.data.get(sectie) if isinstance(geladen.data, dict) else None
        if (
            isinstance(lijst_data, list)
            and index < len(lijst_data)
            and _al_gelezen(lijst_data[index], woorden)
        ):
            return
        soort = _SECTIES[sectie]
        waar = f"regel {eerste}" if eerste == laatste else f"regels {eerste}–{laatste}"
        uit.append(
            Hint(
                "voorwaarde",
                m.group(),
                (sectie, index),
                0,
                (Suggestie(f"{sectie}[{index + 1}].voorwaarde", tekst.strip()),),
                f"Het commentaar op {waar} zegt ‘{m.group().strip()}’. pionieren leest "
                f"commentaar (#) niet, dus het advies houdt zich hier niet aan. Is het een harde "
                f"voorwaarde voor deze {soort} of voor een groep? Zet het dan onder "
                "‘voorwaarde:’, bij de groep of de werkvorm die het betreft.",
                code="voorwaarde",
            )
        )

    for nummer, regel in enumerate(regels, start=1):
        kop = _SECTIE.match(regel)
        if kop:
            afsluiten()
            blok = []
            sectie = kop.group(1) if kop.group(1) in _SECTIES else None
            continue
        kaal = regel.strip()
        if kaal.startswith("#") and sectie:
            blok.append((nummer, kaal.lstrip("#").strip()))
        elif kaal:
            afsluiten()
            blok = []
    afsluiten()
    return uit


#: the part before a decimal comma: it ends in a digit ('3', '€ 2', 'ongeveer 1')
_VOOR_KOMMA = re.compile(r"(?:^|\s|€)\d{1,4}$")


def komma_hints(geladen: Geladen) -> list[Hint]:
    """A hint for a number with a decimal comma in a list between brackets: YAML reads
    ``opties: [3,5 meter, 4 meter]`` as three options, '3', '5 meter' and '4 meter', because a
    comma separates the items of such a list. The hint names the two parts and the line, and
    asks to quote the option ("3,5 meter").

    Why: a writer of a Dutch case wrote the width of a path as '3,5 meter' in a flow list; the
    advice then offered '3' and '5 meter' as two options, and nothing said so. Only a comma
    directly between two digits counts ('3,5'); '[3, 5]' is two items as written."""
    uit: list[Hint] = []
    regels = geladen.tekst.splitlines()
    for pad, waarde in geladen.bron.items():
        if not pad or not isinstance(pad[-1], int) or not _VOOR_KOMMA.search(waarde):
            continue
        volgend = (*pad[:-1], pad[-1] + 1)
        na = geladen.bron.get(volgend)
        hier, daar = geladen.posities.get(pad), geladen.posities.get(volgend)
        if na is None or hier is None or daar is None or not na[:1].isdigit():
            continue
        if daar.regel != hier.regel or daar.kolom != hier.kolom + len(waarde) + 1:
            continue
        regel = regels[hier.regel - 1] if hier.regel - 1 < len(regels) else ""
        if regel[hier.kolom - 1 + len(waarde) : hier.kolom + len(waarde)] != ",":
            continue
        samen = f"{waarde},{na}"
        veld = pad_tekst(pad[:-1])
        uit.append(
            Hint(
                "komma",
                samen,
                pad,
                0,
                (Suggestie(veld, f'"{samen}"'),),
                f"In ‘{veld}’ op regel {hier.regel} staan ‘{waarde}’ en ‘{na}’ als twee "
                f"aparte punten: in een lijst tussen [ ] scheidt een komma de punten. Bedoelt u "
                f'‘{samen}’? Zet het dan tussen aanhalingstekens: "{samen}".',
                code="komma",
            )
        )
    return uit


def vertrouwelijk_hints(vraagstuk: Vraagstuk) -> list[Hint]:
    """A hint for a group whose name or route says it speaks only in confidence ('uit angst',
    'eerst persoonlijk'), without the kenmerk anoniem: pionieren reads the words and keeps the
    group out of the street, gatherings and shared forms; the hint says so, so a writer whose
    words meant something else can change them."""
    uit: list[Hint] = []
    for i, b in enumerate(vraagstuk.belanghebbenden):
        if Kenmerk.anoniem in b.kenmerken:
            continue
        for pad, tekst, waar in _naam_en_weg(i, b):
            m = VERTROUWELIJK_WOORDEN.search(tekst)
            if m is None or ANONIEM_WOORDEN.search(tekst):
                continue
            uit.append(
                Hint(
                    "vertrouwelijk",
                    m.group(),
                    pad,
                    m.start(),
                    (),
                    f"{waar} zegt ‘{m.group()}’. pionieren spreekt deze groep daarom alleen een "
                    "voor een en in vertrouwen: geen gesprek op straat, geen bijeenkomst en geen "
                    "werkvorm samen met andere groepen. Bedoelt u dat niet, pas dan de tekst aan.",
                    code="vertrouwelijk",
                )
            )
            break
    return uit


def aanwezig_hints(vraagstuk: Vraagstuk) -> list[Hint]:
    """A hint to fill in ``aanwezig`` for a group when its name or road (``via``), or a sentence
    of the omschrijving or aanleiding that names it, says it is here only part of the year
    ('alleen van april tot oktober', 'alleen in de zomer', 'seizoenswerkers'), and the field is
    empty.

    Why: review 52a: talks with seasonal workers planned in January, while they live here from
    April to November; the planner keeps a group's forms in its months only from the field."""
    uit: list[Hint] = []
    for i, b in enumerate(vraagstuk.belanghebbenden):
        if b.aanwezig is not None:
            continue
        woorden = _naamwoorden(b.naam)
        plekken: list[tuple[Pad, str, str]] = [
            (("belanghebbenden", i, "naam"), b.naam, f"De naam van ‘{b.naam}’"),
        ]
        if b.via:
            plekken.append((("belanghebbenden", i, "via"), b.via, f"De weg (via) naar ‘{b.naam}’"))
        for pad, tekst in _velden(vraagstuk):
            if pad[0] in ("omschrijving", "aanleiding"):
                plekken.append((pad, tekst, _plek(pad)))
        for pad, tekst, waar in plekken:
            m = _seizoen_voor(tekst, woorden if pad[0] != "belanghebbenden" else None, _kop(b.naam))
            if m is None:
                continue
            voorbeeld = (
                f"{{van: {m['van'].lower()}, tot: {m['tot'].lower()}}}"
                if m["van"]
                else "{van: april, tot: oktober}"
            )
            uit.append(
                Hint(
                    "aanwezig",
                    m.group(),
                    pad,
                    m.start(),
                    (Suggestie(pad_tekst(("belanghebbenden", i, "aanwezig")), voorbeeld),),
                    f"{waar} zegt ‘{m.group()}’: is deze groep hier alleen een deel van het "
                    f"jaar? Vul dan bij ‘{b.naam}’ aanwezig in, met de eerste en de laatste "
                    f"maand, zoals aanwezig: {voorbeeld}. Dan plant pionieren de werkvormen "
                    "voor deze groep in die maanden.",
                    code="aanwezig",
                )
            )
            break
    return uit


def _rond(tekst: str, m: re.Match[str], grenzen: str) -> str:
    """The part of ``tekst`` around the match up to the nearest of ``grenzen``, casefolded."""
    begin = max(tekst.rfind(t, 0, m.start()) for t in grenzen) + 1
    eindes = [j for j in (tekst.find(t, m.end()) for t in grenzen) if j >= 0]
    return tekst[begin : min(eindes, default=len(tekst))].casefold()


def _kop(naam: str) -> str:
    """The first word of a group's name, casefolded ('arbeidsmigranten')."""
    return next(iter(_WOORD.findall(naam)), "").casefold()


def _seizoen_voor(tekst: str, woorden: list[str] | None, kop: str = "") -> re.Match[str] | None:
    """The first season words in ``tekst`` that are not about being busy, nor negated; in a
    long text only in a sentence that names the group by its first word (``kop``), or a clause
    that names it by another word of its name (one of ``woorden``)."""
    for m in _SEIZOEN.finditer(tekst):
        _, zin = _zin(tekst, m.start(), m.end())
        if _BEZIG.search(zin) or _ontkend_of_verleden(tekst, m.start(), m.end()):
            continue
        # the group's first word anywhere in the sentence ('Arbeidsmigranten, die hier van
        # april tot oktober werken'), another word of its name only in the same clause: a
        # place in the name is no person ('alleen in de badplaats van april tot en met
        # oktober, en vier zondagen in het centrum' is not about 'Bewoners van het centrum')
        if woorden is not None and not any(
            w in _rond(tekst, m, ".!?\n" if w == kop else ".!?\n,;") for w in woorden
        ):
            continue
        return m
    return None

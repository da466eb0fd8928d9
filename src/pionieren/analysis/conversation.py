"""Referentiekader (advice 1): the questions for the opening conversation, for this case."""

from __future__ import annotations

import re

from pionieren import text
from pionieren.analysis.decision import (
    BESLISSER_NAAM,
    GEMEENTE,
    tegenspraak_beslisser,
    twijfel_punten,
)
from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.level import is_of_vraag, kan_verruimen, toezegging_als_vloer
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import (
    BelanghebbendeAdvies,
    BesluitAdvies,
    Bevinding,
    Ernst,
    Tekstdeel,
    TredeAdvies,
    deel,
)
from pionieren.analysis.stakeholders import plekken, toegankelijk, zonder_route
from pionieren.input.model import Onderwerp, VraagstukBron
from pionieren.vocabulary import Beslisser, Houding, Ruimte, SoortBelanghebbende, SoortStuk


@regel(
    "REFERENTIEKADER",
    Thema.referentiekader,
    "Vragen voor het eerste gesprek",
    """Advies 1 uit het boek: begin met een gesprek tussen raad, college, organisatie en
    inwoners, en maak samen een referentiekader. pionieren zet de vragen klaar, ingevuld voor dit
    vraagstuk: wat ligt vast, wat is open, wie beslist en wat gebeurt er met de uitkomst. Hoe en
    wanneer mensen terughoren, zet het ontwerp zelf op de kalender. Dat zijn ook de vier kernvragen van THiNK! en de 'heldere keuzes
    vooraf' van de Nationale ombudsman.""",
    ["pionieren-2017", "think-vpng", "ombudsman-inspraak-2009", "vpng-podcast-think"],
)
def referentiekader(
    f: Feiten, trede: TredeAdvies, analyse: list[BelanghebbendeAdvies], besluit: BesluitAdvies
) -> list[Tekstdeel]:
    v = f.vraagstuk
    k = v.kaders
    vragen = [
        deel("REFERENTIEKADER.vast", aantal=len(k.vast))
        if k.vast
        else deel("REFERENTIEKADER.vast_onbeschreven")
    ]
    if k.besluit_al_genomen:
        vragen.append(deel("REFERENTIEKADER.al_besloten"))
    elif k.open:
        # the open point with the least room is the one to test: is it a real choice? (a stock
        # question in every report said nothing of this case, review 56b)
        krap = [
            o.onderwerp.strip().rstrip(".")
            for o in k.open
            if o.ruimte is Ruimte.klein and o.door is None and len(o.onderwerp.split()) <= 12
        ]
        vragen.append(deel("REFERENTIEKADER.open", aantal=len(k.open), krap=krap[:1]))
    else:
        vragen.append(deel("REFERENTIEKADER.open_onbeschreven"))
    wanneer = k.besluit_uiterlijk.isoformat() if k.besluit_uiterlijk else ""
    if besluit.door is None:
        # the case's own words may name the decider where the fields do not: then it is no
        # open question, only one to confirm
        vragen.append(
            deel("REFERENTIEKADER.wie_onbekend", wanneer=wanneer, genoemd=beslisser_genoemd(f))
        )
    else:
        vragen.append(
            deel(
                "REFERENTIEKADER.wie",
                wanneer=wanneer,
                # the wetgever or another body decides: the date is the gemeente's own step
                buiten=besluit.door in (Beslisser.wetgever, Beslisser.anders),
                # inside a sentence: without a clause on how it decides
                orgaan=text.orgaan_kop(besluit.ander_orgaan),
                # the case says when the gemeente's input is due: no need to ask
                inbreng=bool(k.inbreng_uiterlijk),
                per_punt=any(
                    o.open and o.door is not None and o.door is not besluit.door
                    for o in trede.onderwerpen
                ),
                twijfel=twijfel_punten(f, besluit),
                tegenspraak=tegenspraak_beslisser(f),
            )
        )
    niet_op_tafel = [n] if (n := _niet_op_tafel(f, besluit)) is not None else []
    # who is missing from the map: the neighbours of a place the question names, older people
    # and people with a disability at measures on the street (BELANG-PLEKKEN,
    # BELANG-TOEGANKELIJK). These questions of this case come before the stock question on the
    # promise, so the report (which shows the first five) does not cut them.
    kaart = []
    if ontbreekt := plekken(f):
        kaart.append(deel("REFERENTIEKADER.plekken", plekken=ontbreekt))
    if maatregelen := toegankelijk(f):
        kaart.append(deel("REFERENTIEKADER.toegankelijk", woorden=maatregelen))
    # who must stand behind the promise: the gemeente's bodies that decide an open point, not a
    # stock 'raad en college' (review 56a: the burgemeester decides and promises in Zuiderveld)
    beslissers = [
        b
        for b in dict.fromkeys([besluit.door, *(o.door for o in trede.onderwerpen if o.open)])
        if b in GEMEENTE
    ]
    gedaan = [o for o in trede.onderwerpen if o.open and o.door in GEMEENTE]
    # the decider already promised (the besluit's own toezegging: then it is theirs to keep)
    al = v.besluit is not None and v.besluit.toezegging is not None
    # the promise is kept by whoever made it: a college (wethouder) promise binds the
    # raadsvoorstel, not the raad (review 58a: 'Houdt de gemeenteraad zich aan de toezegging?'
    # on the college's promise)
    gedaan_door = v.besluit.toezegging.door if v.besluit and v.besluit.toezegging else None
    if al and gedaan_door in GEMEENTE:
        beslissers = [gedaan_door]
    elif al and besluit.door in GEMEENTE:
        beslissers = [besluit.door]
    namen = [BESLISSER_NAAM[b].replace("het college van B en W", "het college") for b in beslissers]
    orgaan = v.besluit.orgaan if v.besluit else None
    if al and gedaan_door is not None and gedaan_door not in GEMEENTE and orgaan:
        # another body made the promise (a corporation's director): it keeps it, not the
        # college (review 59a, Hoeverzeel: 'Houdt het college zich aan de toezegging?')
        naam = text.orgaan_kop(orgaan)
        namen = ["de " + naam[3:] if naam.startswith("De ") else naam]
    uitkomst = [
        deel(
            "REFERENTIEKADER.uitkomst",
            wie=namen,
            al=al or (bool(gedaan) and all(o.toegezegd for o in gedaan)),
        )
    ]
    vragen += [*niet_op_tafel, *kaart, *uitkomst] if kaart else [*uitkomst, *niet_op_tafel]
    if trede.gevraagd and trede.gevraagd.rang > trede.advies.rang:
        # the decider already promised the ambition: its meaning is asked, not a lower one
        vloer = toezegging_als_vloer(f, besluit)
        vragen.append(
            deel(
                "REFERENTIEKADER.ambitie",
                ambitie=trede.gevraagd.value,
                maximaal=trede.maximaal.value,
                advies=trede.advies.value,
                toegezegd=BESLISSER_NAAM[vloer.door] if vloer is not None else "",
                kan_verruimen=kan_verruimen(
                    f,
                    besluit,
                    [o for o in trede.onderwerpen if o.open and o.trede.rang < trede.gevraagd.rang],
                ),
            )
        )
    if not f.raad_kaders_gesteld and besluit.door in (Beslisser.raad, None):
        vragen.append(deel("REFERENTIEKADER.kaders_raad"))
    # a group without a known route is already the first action (BELANG-ROUTE); a group with
    # its own route (via) has it; an organisation is reached through its board
    moeilijk = [
        p.naam
        for p in f.inclusiegroepen
        if not zonder_route(p)
        and not p.via
        and p.soort is not SoortBelanghebbende.maatschappelijke_organisatie
    ]
    if moeilijk:
        vragen.append(deel("REFERENTIEKADER.bereik", namen=moeilijk))
    # no question whether the budget is enough: the summary sets it against the estimate with
    # a fifth for the unforeseen and names the shortfall (review 40)
    if f.initiatief_van_anderen:
        vragen.append(deel("REFERENTIEKADER.initiatiefnemer"))
    # no stock question on looking back: the design plans the feedback after the decision
    # and the evaluation, with dates (section 5 of the report)
    return vragen


def _eigen_woorden(f: Feiten) -> str:
    v = f.vraagstuk
    return " ".join(
        [v.omschrijving, v.aanleiding or "", *v.kaders.vast, *(o.onderwerp for o in v.kaders.open)]
    )


_BESLISSER = re.compile(
    r"\b(?:de\s+(?:gemeente)?raad|het\s+college|de\s+burgemeester)\s+"
    r"(?:beslist|besluit|neemt\s+het\s+besluit|stelt\b[^.;]{0,60}\bvast)\b|"
    r"\bbesluit\s+van\s+(?:de\s+(?:gemeente)?raad|het\s+college)\b",
    re.IGNORECASE,
)
"""Words that name who decides: 'de raad besluit in juni', 'het college stelt het plan vast'."""


def beslisser_genoemd(f: Feiten) -> bool:
    """Does the case's own text name who decides, though ``besluit.door`` is empty?"""
    return bool(_BESLISSER.search(_eigen_woorden(f)))


# a fixed point that says the whether is settled: 'staat niet meer ter discussie', 'besloot'
_OF_VAST = re.compile(r"ter discussie|\bbesl(?:oot|oten)\b|\bbesloten\b|staat vast", re.IGNORECASE)


#: the part of a group's name that says what it wants ('Winkeliers die de parkeerplaatsen
#: willen houden', 'Bewoners tegen de nieuwe weg')
_WENS = re.compile(r"\b(?:die|tegen)\b(.*)$", re.IGNORECASE)
_GEEN_WENSWOORD = frozenset(
    {
        "willen",
        "houden",
        "behouden",
        "hebben",
        "blijven",
        "krijgen",
        "zien",
        "tegen",
        "minder",
        "meer",
        "zijn",
        "wonen",
        "nieuwe",
        "graag",
        "liever",
    }
)


def _wens_is_open(naam: str, open_: list[Onderwerp]) -> bool:
    """Is what an opposing group wants, as its name says it, itself one of the open points or
    options ('Winkeliers die de parkeerplaatsen willen houden', while 'alle 24 blijven' is an
    option on the open point about the parking places)? Then telling them 'het doorgaan
    vaststaat' is wrong: their wish is still on the table (review 51a)."""
    m = _WENS.search(naam)
    if m is None:
        return False
    woorden = {w for w in re.findall(r"\w{5,}", m.group(1).lower()) if w not in _GEEN_WENSWOORD}
    for p in open_:
        if (p.ruimte or Ruimte.middel) is Ruimte.geen:
            continue
        tekst = " ".join([p.onderwerp, *(p.opties or [])]).lower()
        if any(re.search(rf"\b{re.escape(w)}\b", tekst) for w in woorden):
            return True
    return False


def _niet_op_tafel(f: Feiten, besluit: BesluitAdvies) -> Tekstdeel | None:
    """The question to say plainly to opponents that whether it comes is not on the table:
    when they are there, no open point is itself a question of whether, and either
    the college decides on another's permit or a fixed point says the whether is settled.

    Why: the neighbours against a building heard nowhere that its coming was not up for
    discussion at this table (review 27)."""
    v = f.vraagstuk
    k = v.kaders
    tegen = [
        p.naam
        for p in v.belanghebbenden
        if p.houding is Houding.tegen and not _wens_is_open(p.naam, k.open)
    ]
    of_open = any(
        is_of_vraag(p) and (p.ruimte or k.beinvloedingsruimte) is not Ruimte.geen for p in k.open
    )
    vergunning = f.aanvraag_van_ander
    vast = any(_OF_VAST.search(x) for x in k.vast)
    if not tegen or of_open or k.besluit_al_genomen or not (vergunning or vast):
        return None
    return deel(
        "REFERENTIEKADER.niet_op_tafel",
        namen=tegen,
        vergunning=vergunning,
        wie=BESLISSER_NAAM[besluit.door] if besluit.door else "",
    )


# a paper that is a rule, not a fact: published as law or local regulation, or titled as one
# ('Wet op de bedrijveninvesteringszones', 'Verordening naamgeving', 'Participatieverordening
# 2024', 'APV'). Only what is certain: a 'Handreiking Wet ...' is a guide, not a law.
_REGEL_SITES = ("wetten.overheid.nl", "lokaleregelgeving.overheid.nl")
_REGEL_TITEL = re.compile(
    r"^(?:wet\b|algemene plaatselijke verordening\b|apv\b)|^\w*verordening\b", re.IGNORECASE
)


def is_regel(bron: VraagstukBron) -> bool:
    """Whether a paper of the case is a law or regulation (a frame to explain), not a fact:
    as the case says (``soort``), else by where it is published or its title."""
    if bron.soort is not None:
        return bron.soort is SoortStuk.regel
    site = (bron.url or "").split("//", 1)[-1].split("/", 1)[0].casefold()
    return site.removeprefix("www.") in _REGEL_SITES or bool(_REGEL_TITEL.search(bron.titel))


@regel(
    "KADER-STUKKEN",
    Thema.referentiekader,
    "De eigen stukken van het vraagstuk liggen eerst op tafel",
    """Advies 1 uit het boek is een gedeeld referentiekader: iedereen begint met dezelfde feiten.
    Noemt het vraagstuk eigen stukken (onder bronnen: tellingen, een onderzoek, een visie of nota
    van de gemeente, een handreiking), dan begint het ontwerp ermee: leg ze eerst op tafel, voor
    iedereen dezelfde. Een wet of verordening is geen feit maar een kader: die legt de gemeente
    uit. Dat staat bij het stuk (soort: feiten of regel); anders ziet pionieren het aan de plek
    waar het stuk staat (wetten.overheid.nl, lokaleregelgeving.overheid.nl) of aan de titel
    (Wet ..., ...verordening, APV). pionieren heeft
    de stukken niet gelezen en zegt dus niet wat erin staat.""",
    ["pionieren-2017", "ombudsman-inspraak-2009"],
)
def stukken(f: Feiten) -> list[Bevinding]:
    """The case's own papers as the shared facts at the start of the design."""
    bronnen = f.vraagstuk.bronnen
    if not bronnen:
        return []
    return [
        bevinding(
            "KADER-STUKKEN",
            Ernst.info,
            # plain practice: the book's shared frame of reference is about how bestuur and
            # inwoners see participation, not about the facts of one case (review 42d)
            bronnen=[],
            feiten=[b.titel for b in bronnen if not is_regel(b)],
            regels=[b.titel for b in bronnen if is_regel(b)],
        )
    ]


def _klein(tekst: str) -> str:
    """A user's sentence after a colon: first letter small unless a name or code, no end stop."""
    tekst = " ".join(tekst.split()).rstrip(" .")
    if len(tekst) > 1 and tekst[0].isupper() and tekst[1].islower() and " " in tekst:
        eerste = tekst.split(" ", 1)[0]
        if eerste.casefold() in _LIDWOORDEN:
            return tekst[0].lower() + tekst[1:]
    return tekst


# only a sentence that starts with a common word loses its capital: a name ('Goudwaard') keeps it
_LIDWOORDEN = frozenset(
    [
        "de",
        "het",
        "een",
        "er",
        "in",
        "bij",
        "na",
        "nu",
        "toen",
        "wij",
        "we",
        "bewoners",
        "inwoners",
        "ondernemers",
    ]
)


@regel(
    "KADER-HERSTART",
    Thema.referentiekader,
    "Een herstart begint met erkennen wat eerder misging",
    """Ging er eerder iets mis met dit plan of dit proces (het plan werd ingetrokken, een stemming
    mislukte), dan verwachten mensen dezelfde uitkomst. Het ontwerp begint daarom met erkennen wat
    misging en zeggen wat nu anders is. Dat staat in het veld voorgeschiedenis. Zegt de tekst van
    het vraagstuk zeker dat een eerder plan mislukte ('ingetrokken', 'tweede poging', 'haalde te
    weinig stemmen') en is het veld leeg, dan geeft pionieren een tip om het in te vullen. De
    Nationale ombudsman: een goed excuus herstelt vaak de geschade relatie tussen burger en
    overheid.""",
    ["ombudsman-excuses-2011", "ombudsman-inspraak-2009"],
)
def herstart(f: Feiten) -> list[Bevinding]:
    """Open the design with what went wrong and what is different now."""
    eerder = f.vraagstuk.voorgeschiedenis
    if eerder is None:
        return []
    return [
        bevinding(
            "KADER-HERSTART",
            Ernst.info,
            bronnen=["ombudsman-excuses-2011"],
            wat=_klein(eerder.wat_misging),
            anders=_klein(eerder.wat_nu_anders) if eerder.wat_nu_anders else "",
        )
    ]

"""The fixed vocabulary of pionieren: every choice a user or the catalogue can make.

Why: these are plain enums without pydantic, so the command line can use them for its options
without importing the heavy model code at start-up. The models import them from here.
"""

from __future__ import annotations

from enum import StrEnum


class Initiatiefnemer(StrEnum):
    gemeente = "gemeente"
    raad = "raad"
    inwoners = "inwoners"
    ondernemers = "ondernemers"
    maatschappelijke_organisatie = "maatschappelijke_organisatie"
    andere_overheid = "andere_overheid"
    """Een andere overheid (provincie, waterschap, Rijk): zij neemt het besluit over haar eigen
    plan en voert daarover de participatie; de gemeente doet mee met haar eigen punten."""


class Fase(StrEnum):
    verkenning = "verkenning"
    beleidsvorming = "beleidsvorming"
    besluitvorming = "besluitvorming"
    uitvoering = "uitvoering"
    evaluatie = "evaluatie"


class Soort(StrEnum):
    exploratief = "exploratief"
    maakbaar = "maakbaar"


class Schaal(StrEnum):
    straat = "straat"
    buurt = "buurt"
    wijk = "wijk"
    kern = "kern"
    gemeente = "gemeente"
    regio = "regio"


class WettelijkKader(StrEnum):
    omgevingswet = "omgevingswet"
    participatieverordening = "participatieverordening"
    referendumverordening = "referendumverordening"
    uitdaagrecht = "uitdaagrecht"
    anders = "anders"


class Ruimte(StrEnum):
    """Beïnvloedingsruimte: how much inwoners can still change."""

    geen = "geen"
    klein = "klein"
    middel = "middel"
    groot = "groot"


class Trede(StrEnum):
    """A step on the participatieladder (Edelenbos e.a. 1998), from low to high."""

    informeren = "informeren"
    raadplegen = "raadplegen"
    adviseren = "adviseren"
    coproduceren = "coproduceren"
    meebeslissen = "meebeslissen"
    zelfbeheer = "zelfbeheer"

    @property
    def rang(self) -> int:
        """0 for informeren up to 5 for zelfbeheer."""
        return _RANG[self]


_RANG = {trede: i for i, trede in enumerate(Trede)}


class Niveau(StrEnum):
    laag = "laag"
    middel = "middel"
    hoog = "hoog"


class SoortBelanghebbende(StrEnum):
    inwoners = "inwoners"
    ondernemers = "ondernemers"
    maatschappelijke_organisatie = "maatschappelijke_organisatie"
    overheid = "overheid"
    politiek = "politiek"
    adviesorgaan = "adviesorgaan"
    anders = "anders"


class Houding(StrEnum):
    voor = "voor"
    neutraal = "neutraal"
    tegen = "tegen"
    onbekend = "onbekend"


class Bereikbaarheid(StrEnum):
    goed = "goed"
    matig = "matig"
    moeilijk = "moeilijk"


class Kenmerk(StrEnum):
    jongeren = "jongeren"
    ouderen = "ouderen"
    laaggeletterd = "laaggeletterd"
    migratieachtergrond = "migratieachtergrond"
    beperking = "beperking"
    digitaal_minder_vaardig = "digitaal_minder_vaardig"
    kinderen = "kinderen"
    bezoekers = "bezoekers"
    clienten = "clienten"
    anoniem = "anoniem"
    """People who must stay unknown (visitors of a clinic, victims, people in a shelter): only
    the route the case names (via) asks them anything, without their name. A limit on the
    werkvorm, not a trait a werkvorm reaches."""


class Modus(StrEnum):
    """The three modes of participation in the book: samen denken, besluiten en doen."""

    denken = "denken"
    besluiten = "besluiten"
    doen = "doen"


class Kanaal(StrEnum):
    fysiek = "fysiek"
    digitaal = "digitaal"
    hybride = "hybride"


class Reikwijdte(StrEnum):
    """Broad reach (many people, little depth) or depth (few people, much depth)."""

    verbreding = "verbreding"
    verdieping = "verdieping"
    beide = "beide"


class Werving(StrEnum):
    """How participants are found (Participedia: open_limited, recruitment_method)."""

    open = "open"
    gericht = "gericht"
    loting = "loting"


class Groepen(StrEnum):
    """Whom a werkvorm reaches: loose people one by one (a survey, a talk at the door), a group
    that already exists and meets (a council, a club: at its own meeting), or both."""

    los = "los"
    georganiseerd = "georganiseerd"
    beide = "beide"


class Voorwaarde(StrEnum):
    """What the case must have before the analysis chooses a werkvorm itself."""

    geld = "geld"
    """An open point is about spending or dividing money (a wijkbudget, a burgerbegroting)."""
    school = "school"
    """A school is in the case: a stakeholder that is a school, or a group reached via one."""
    eigen_bezit = "eigen_bezit"
    """An open point is about each resident's own property (``eigen_bezit: true``): each
    household decides on its own garden or house, within the kaders."""
    feiten = "feiten"
    """An open point is a dispute over facts or rights (a classification, ownership, verjaring,
    a measurement or a valuation): a correction route per case (rule MIX-FEITENTOETS)."""
    lang = "lang"
    """The case runs long enough for a standing body: a year or more to the decision, or works
    that last a year or more (an omgevingsraad with a chair and rules, not a three-week round)."""


class Beslisser(StrEnum):
    """Who takes the decision the participation feeds into."""

    raad = "raad"
    college = "college"
    burgemeester = "burgemeester"
    bestuurscommissie = "bestuurscommissie"
    initiatiefnemer = "initiatiefnemer"
    wetgever = "wetgever"
    anders = "anders"


class Orgaan(StrEnum):
    """Who holds a fixed moment of the case itself (a commissie that discusses a concept)."""

    raad = "raad"
    commissie = "commissie"
    college = "college"
    anders = "anders"


class Procedure(StrEnum):
    """The procedure by which the decision is taken."""

    omgevingsvergunning_binnenplans = "omgevingsvergunning_binnenplans"
    omgevingsvergunning_buitenplans = "omgevingsvergunning_buitenplans"
    omgevingsplan = "omgevingsplan"
    omgevingsvisie = "omgevingsvisie"
    programma = "programma"
    verordening = "verordening"
    begroting = "begroting"
    beleid = "beleid"
    uitvoering = "uitvoering"
    subsidie = "subsidie"
    privaatrechtelijk = "privaatrechtelijk"
    verkeersbesluit = "verkeersbesluit"
    aanwijzingsbesluit = "aanwijzingsbesluit"
    uitdaagrecht_verzoek = "uitdaagrecht_verzoek"
    herindeling = "herindeling"
    evaluatie = "evaluatie"
    advies = "advies"
    """The gemeente gives an advice or a zienswijze to another body that decides (the
    Commissariaat voor de Media, a gemeenschappelijke regeling, the provincie, the Rijk)."""
    anders = "anders"


class Domein(StrEnum):
    """What a question is about: a place or design, or policy, rules, money and care."""

    fysiek = "fysiek"
    beleid = "beleid"


class Betaler(StrEnum):
    """Who pays for the participation."""

    gemeente = "gemeente"
    initiatiefnemer = "initiatiefnemer"
    beide = "beide"


class Vakantieregio(StrEnum):
    """The school holiday regions of the Rijksoverheid."""

    noord = "noord"
    midden = "midden"
    zuid = "zuid"


class Maand(StrEnum):
    """A month of the year, in Dutch: when a group is there (``aanwezig``)."""

    januari = "januari"
    februari = "februari"
    maart = "maart"
    april = "april"
    mei = "mei"
    juni = "juni"
    juli = "juli"
    augustus = "augustus"
    september = "september"
    oktober = "oktober"
    november = "november"
    december = "december"

    @property
    def nummer(self) -> int:
        """januari -> 1, december -> 12."""
        return list(Maand).index(self) + 1


class SoortStuk(StrEnum):
    """What a paper of the case is for the start of the design: facts to put on the table
    (counts, a study, a vision, a guide) or a rule to explain (a law, a verordening, a
    raadsbesluit that binds)."""

    feiten = "feiten"
    regel = "regel"


class Status(StrEnum):
    """How far a werkvorm that the vraagstuk names is settled."""

    besloten = "besloten"
    voorgesteld = "voorgesteld"


class Procesfase(StrEnum):
    """The phases of a participation process, in order."""

    voorbereiden = "voorbereiden"
    ophalen = "ophalen"
    verdiepen = "verdiepen"
    toetsen = "toetsen"
    besluit = "besluit"
    terugkoppeling = "terugkoppeling"
    uitwerken = "uitwerken"
    """After the decision: the points that can only be worked out once it is taken."""
    uitvoering = "uitvoering"
    evaluatie = "evaluatie"


class Overheidsrol(StrEnum):
    """The role of the gemeente in an initiative of others (Rob's overheidsparticipatietrap)."""

    reguleren = "reguleren"
    regisseren = "regisseren"
    stimuleren = "stimuleren"
    faciliteren = "faciliteren"
    loslaten = "loslaten"


class Organisator(StrEnum):
    """Who runs a werkvorm."""

    gemeente = "gemeente"
    griffie = "griffie"
    initiatiefnemer = "initiatiefnemer"
    onafhankelijk = "onafhankelijk"


class JaDeelsNee(StrEnum):
    """An answer in an evaluatie: was a group reached, did the decision follow the outcome."""

    ja = "ja"
    deels = "deels"
    nee = "nee"

"""Facts derived once from a vraagstuk, shared by the rules, and the helper to make findings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pionieren.analysis.result import Bevinding, Ernst
from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.knowledge.load import Kennis
from pionieren.safe_text import comparable_name
from pionieren.text import meervoud_orgaan, orgaan_kop
from pionieren.vocabulary import (
    Bereikbaarheid,
    Beslisser,
    Domein,
    Initiatiefnemer,
    Niveau,
    Procedure,
    Schaal,
    SoortBelanghebbende,
    Status,
    Werving,
    WettelijkKader,
)

_OMGEVINGSWET = (
    Procedure.omgevingsvergunning_binnenplans,
    Procedure.omgevingsvergunning_buitenplans,
    Procedure.omgevingsplan,
    Procedure.omgevingsvisie,
    Procedure.programma,
)
_FYSIEK = (
    Procedure.omgevingsvergunning_binnenplans,
    Procedure.omgevingsvergunning_buitenplans,
    Procedure.omgevingsplan,
    Procedure.verkeersbesluit,
    Procedure.aanwijzingsbesluit,
)
_BELEID = (
    Procedure.beleid,
    Procedure.verordening,
    Procedure.begroting,
    Procedure.evaluatie,
    Procedure.herindeling,
)
VERGUNNING = (Procedure.omgevingsvergunning_binnenplans, Procedure.omgevingsvergunning_buitenplans)
#: Private-law acts of the college with consequences the raad weighs (art. 169 lid 4 Gemeentewet):
#: a sale, lease, transfer or guarantee. A loan for use (bruikleen) of a field is not among them.
#: A transfer of property (the kantine, the land), not of a task or a budget.
OVERDRACHT_BEZIT = (
    r"\boverdracht\w*\s+(?:van\s+)?(?:de\s+|het\s+)?(?:grond|gebouw|pand|eigendom|vastgoed|"
    r"kantine|terrein|accommodatie|opstal)\w*"
)
PRIVAATRECHTELIJK_INGRIJPEND = re.compile(
    r"\b(?:verkoop|verkopen|verkocht|verhuur(?!ders?\b)\w*|huurovereenkomst\w*|erfpacht\w*|"
    r"grondhuur\w*|grondverkoop\w*|garantstell\w*)\b|" + OVERDRACHT_BEZIT,
    re.IGNORECASE,
)


#: A sale or issue of land by the gemeente: 'grondverkoop', 'de verkoop van de grond', 'de
#: reservering van de kavel', 'gronduitgifte'.
GRONDVERKOOP = re.compile(
    r"\bgrond(?:verkoop|uitgifte)\b|\b(?:verkoop|verkopen|uitgifte|uitgeven|reservering|"
    r"reserveren|levering)\s+van\s+(?:de\s+|het\s+)?(?:bouw)?(?:grond|kavel)\w*",
    re.IGNORECASE,
)
#: the raad asks the college to write or bring something: 'het college schrijft de agenda',
#: 'draagt het college op', 'verzoekt het college een voorstel te maken'
COLLEGE_PEN = re.compile(
    r"\bhet\s+college\s+(?:schrijft|maakt|stelt\b[^.;]{0,60}\bop|werkt\b[^.;]{0,60}\buit|"
    r"legt\b[^.;]{0,80}\bvoor|komt\b[^.;]{0,40}\bmet|bereidt\b[^.;]{0,60}\bvoor)\b"
    r"|\b(?:verzoekt|draagt)\s+het\s+college\b|\bhet\s+college\s+(?:wordt\s+)?"
    r"(?:verzocht|opgedragen)\b",
    re.IGNORECASE,
)


#: A motie the raad adopted (not one that fracties only submitted): "nam een motie aan", "motie
#: ..., aangenomen", "per motie", or an aanleiding that opens with the motie.
MOTIE = re.compile(
    r"\bnam\b[^.]{0,200}\bmotie\b|\b(?:een|de|die|deze) motie aan\b"
    r"|\bmotie\b[^.]{0,120}(?<!niet )\baangenomen\b|\bper motie\b|^\s*motie\b",
    re.IGNORECASE,
)


_RAAD_KADERS = re.compile(
    r"\b(?:gemeente)?raad\b[^.;]{0,80}\b(?:stelde|heeft|had|legde|gaf)\b[^.;]{0,80}"
    r"\b(?:kaders?|kaderbrief|kadernota|uitgangspunten|randvoorwaarden|vastgelegd|vastgesteld)\b|"
    r"\b(?:kaders?|uitgangspunten|randvoorwaarden)\b[^.;]{0,40}\b(?:van|door)\s+de\s+"
    r"(?:gemeente)?raad\b",
    re.IGNORECASE,
)
"""Words that say the raad already set the frame: 'De raad stelde in maart de kaders vast',
'De raad heeft in het beleid vastgelegd dat ...', 'binnen de uitgangspunten van de raad'."""


def _handeling_van_gemeente(tekst: str, *, van_gemeente: bool = False) -> bool:
    """Does this point name a far-reaching private-law act of the gemeente itself: a lease, sale
    or transfer in a sentence that names the gemeente, or in a point the college or raad decides
    (not a developer selling flats, nor a cooperative letting rooms to clubs)?"""
    for zin in re.split(r"(?<=[.;:])\s+", tekst):
        if re.search(OVERDRACHT_BEZIT, zin, re.IGNORECASE):
            return True
        if PRIVAATRECHTELIJK_INGRIJPEND.search(zin) and (
            van_gemeente or re.search(r"\bgemeent\w*", zin, re.IGNORECASE)
        ):
            return True
    return False


#: A public-law measure for everyone on a public road or area: never the plan of the inwoners who
#: asked for it (review 57a: the dorpsraad that asked for a ban on lorries was 'eigenaar van het
#: plan en van het gesprek' and 'betaalt de participatie').
OPENBARE_MAATREGEL = (Procedure.verkeersbesluit, Procedure.aanwijzingsbesluit)

#: The case itself says the raad gives wensen en bedenkingen (not 'geen wensen en ...').
NOEMT_WENSEN_EN_BEDENKINGEN = re.compile(
    r"(?<!\bgeen )\bwensen\s+en\s+bedenkingen\b", re.IGNORECASE
)
#: The referendum werkvormen of the catalogue (not the voorlichting that comes with them).
REFERENDUM = frozenset({"referendum-raadplegend", "referendum-raadgevend"})


def bevinding(
    regel_id: str,
    ernst: Ernst,
    sleutel: str | None = None,
    *,
    bronnen: list[str] | None = None,
    **waarden: Any,
) -> Bevinding:
    """A finding of a rule: a key into teksten.yaml and the values its text needs.

    The text itself is written at the end of the analysis (``pionieren.teksten``). Its sources
    are the rule's sources, or the ones that carry this particular claim (``bronnen``; an empty
    list for a finding about the input itself)."""
    # the register imports every theme, and the themes make findings: it is looked up when a
    # finding is made, not when this module is loaded
    from pionieren.analysis.registry import REGELS

    return Bevinding(
        regel=regel_id,
        ernst=ernst,
        sleutel=sleutel or regel_id,
        waarden=waarden,
        tekst="",
        bronnen=list(REGELS[regel_id].bronnen) if bronnen is None else bronnen,
    )


def hoog_of_middel(niveau: Niveau) -> bool:
    return niveau in (Niveau.hoog, Niveau.middel)


_ZORG = re.compile(
    r"sociaal domein|\bwmo\b|zorg|welzijn|gezondheid|ouderen|eenzaam\w*|maatschappelijke "
    r"ondersteuning|jeugdhulp|jeugdwet|dagbesteding",
    re.IGNORECASE,
)


def zorgthema(beleidsveld: str | None) -> bool:
    """Is the case about care or welfare (Wmo, mantelzorg, jeugdhulp, loneliness)?

    Why: care routes (the wijkverpleging, the huisarts, the thuiszorg) fit a question about
    care; they are no way to ask older residents about a JOP or a street (review 30)."""
    return bool(beleidsveld and _ZORG.search(beleidsveld))


def moeilijk_bereikbaar(partij: Belanghebbende) -> bool:
    """Needs outreach: inwoners or ondernemers with kenmerken that call for it, or who are hard
    (or not easily) reached; an organisation that speaks for such a group (a school for its
    pupils).

    Why: an organisation or an advisory council is not a hard-to-reach group. It is reached
    through its board or at its own meeting; its kenmerken say whom it speaks for. Only one
    whose kenmerken name a group (a school: children) is the way to reach that group. The
    initiatiefnemer is never one: it runs the process with the gemeente, and is no group to
    reach (review 44a: 'Geen bekende werkvorm bereikt Vereniging Hof van Schoonderwoude', the
    initiator itself); its kenmerken say whom it speaks for."""
    if partij.initiatiefnemer:
        return False
    if partij.soort in (
        SoortBelanghebbende.adviesorgaan,
        SoortBelanghebbende.politiek,
        SoortBelanghebbende.overheid,
    ):
        return False
    if partij.soort is SoortBelanghebbende.maatschappelijke_organisatie:
        return bool(partij.kenmerken)
    return bool(partij.kenmerken) or partij.bereikbaarheid is not Bereikbaarheid.goed


#: A member of the executive named as a stakeholder: a wethouder, the burgemeester, the college.
#: A public tender: the decision is the award of an opdracht after an aanbesteding.
_AANBESTEDING = re.compile(
    r"\baanbested\w*|\baanbesteedt\b|\bgegund\b|\bgunt\b|\bgunning\b|\bTenderNed\b",
    re.IGNORECASE,
)
_BESTUURDER = re.compile(r"\b(?:wethouder|burgemeester|college|portefeuillehouder)", re.IGNORECASE)


def bestuurder(partij: Belanghebbende) -> bool:
    """Is this political stakeholder a member of the college (a wethouder, the burgemeester),
    not a raadslid? The griffie serves the raad; a wethouder is not reached through it."""
    return partij.soort is SoortBelanghebbende.politiek and bool(_BESTUURDER.search(partij.naam))


#: Members of another government's own bestuur: a waterschap's or a regeling's algemeen
#: bestuur, provinciale staten, the Kamer, the raden of other gemeenten. Not this raad's: its
#: griffie does not serve them.
_ANDER_BESTUUR = re.compile(
    r"\b(?:algemeen|dagelijks) bestuur\b|\bwaterschap\w*|\bhoogheemraadschap\w*|\bwetterskip\b"
    r"|\bprovinciale staten\b|\bstatenle\w*|\bgedeputeerde\w*|\b(?:tweede|eerste) kamer\b"
    r"|\bkamerle\w*|\bveiligheidsregio\w*"
    # the raden of other gemeenten (a regeling's members): each has its own griffie
    r"|\bgemeenteraden\b|\b(?:raden|raad) van (?:de )?andere\b|\bandere (?:\w+ )?gemeenten\b",
    re.IGNORECASE,
)


def ander_bestuur(partij: Belanghebbende) -> bool:
    """Is this political stakeholder a member of another government's bestuur (the algemeen
    bestuur of a waterschap, provinciale staten)? It hears from its own body, not from the
    gemeente's griffie (review 55c: 'Griffie ... ook leden van het algemeen bestuur van het
    hoogheemraadschap')."""
    return partij.soort is SoortBelanghebbende.politiek and bool(_ANDER_BESTUUR.search(partij.naam))


def fractie(partij: Belanghebbende) -> bool:
    """Is this a raadslid or fractie among the stakeholders (political, not the initiator of
    an initiatiefvoorstel, not a member of the college, not of another government's bestuur)?"""
    return (
        partij.soort is SoortBelanghebbende.politiek
        and not partij.initiatiefnemer
        and not bestuurder(partij)
        and not ander_bestuur(partij)
    )


_MEERVOUD_EINDE = ("ers", "aars", "ars", "ers'", "en", "ies", "'s")


def meervoud(partij: Belanghebbende) -> bool:
    """Is the stakeholder's name a plural ('Omwonenden', 'Winkeliers Marktplein')?

    The ``meervoud`` field decides when the user filled it in; otherwise the first word of the
    name decides (common Dutch plural endings), or an 'en' joining two parties.
    """
    if partij.meervoud is not None:
        return partij.meervoud
    if meervoud_orgaan(partij.naam):
        return True
    woorden = partij.naam.casefold().split()
    return " en " in f" {partij.naam.casefold()} " or woorden[0].endswith(_MEERVOUD_EINDE)


def naam_meervoud(naam: str) -> bool:
    """Is a party named in free text plural ('de colleges van de vijf gemeenten', 'Parochie en
    bisdom')? Its first word after an article decides, or an 'en' joining two parties."""
    # 'hun uitzendbureaus': a possessive opens the name like an article (review 62c: 'Die
    # heeft zelf belang' after 'via hun uitzendbureaus')
    woorden = [w for w in naam.casefold().split() if w not in ("de", "het", "hun", "zijn", "haar")]
    return meervoud_orgaan(naam) or (
        bool(woorden)
        and (
            # 'Warmtebedrijf en netbeheerder'; not 'Waterschap Grift en Eem' (one name)
            bool(re.search(r"\sen\s+[a-z]", naam))
            # 'Politie en Openbaar Ministerie': one word before 'en' is a party of its own
            or bool(re.match(r"\S+\sen\s", naam))
            # 'Algemeen bestuur …': an -een word is no plural
            or (woorden[0].endswith((*_MEERVOUD_EINDE, "es")) and not woorden[0].endswith("een"))
            # 'bureaus', 'bedrijfsbureaus': a vowel before the s
            or bool(re.search(r"[^aeiou](?:eau|au)s$", woorden[0]))
        )
    )


def samen_meervoud(partijen: list[Belanghebbende]) -> bool:
    """Plural verb for these parties together: more than one, or one plural name."""
    return len(partijen) > 1 or (len(partijen) == 1 and meervoud(partijen[0]))


def vraagt_inclusie(partij: Belanghebbende) -> bool:
    """A hard-to-reach group with a real stake (belang middel or hoog)."""
    return moeilijk_bereikbaar(partij) and hoog_of_middel(partij.belang)


#: The name of a public body with powers of its own (a government, a toezichthouder, the NCG),
#: as opposed to a private organisation (a corporation, a club, a developer).
_PUBLIEK_ORGAAN = re.compile(
    r"\b(?:gemeente\w*|college(?!\s+van\s+bestuur)"
    r"|raad(?!\s+van\s+(?:commissarissen|toezicht|bestuur))|burgemeester|wethouders?"
    r"|provinci\w*|gedeputeerde|staten|waterschap\w*|hoogheemraadschap\w*|wetterskip"
    r"|minister\w*|rijk\w*|staatssecretaris|veiligheidsregio|ggd|omgevingsdienst"
    r"|nationaal\s+co(?:ö|o)rdinator|ncg|prorail|commissariaat|autoriteit|inspectie"
    r"|bestuurscommissie|(?:algemeen|dagelijks)\s+bestuur)\b",
    re.IGNORECASE,
)
#: Words of a later decision of the gemeente on the plan: a permit, a change of the
#: omgevingsplan (the participation for it is then asked of the applicant, art. 16.55 Ow).
_LATER_BESLUIT_GEMEENTE = re.compile(
    r"\b(?:omgevingsvergunning\w*|omgevingsplan\w*|bestemmingsplan\w*|vergunning\w*)",
    re.IGNORECASE,
)


def publiek_orgaan(naam: str) -> bool:
    """Is this the name of a public body (a government, a toezichthouder), not of a private
    organisation (a corporation, a club, a developer)? Judged on the name without a clause on
    how it decides (:func:`pionieren.text.orgaan_kop`)."""
    return bool(_PUBLIEK_ORGAAN.search(orgaan_kop(naam)))


def besluit_van_private_partij(v: Vraagstuk) -> bool:
    """Does a private initiator (a woningcorporatie, a club, a developer) take the main decision
    itself, outside any procedure of the gemeente? The case names the deciding body (besluit.door
    anders or initiatiefnemer), that body is no government, and no gemeente procedure (a permit,
    an omgevingsplan, a subsidy, a verordening) is the decision. The gemeente then is a partner
    with points of its own; it has no say over the private party's choice, nor over an owner's
    own house.

    Why: review of session 44 (Hoeverzeel): a corporation's choice to renovate or demolish got
    'met een afspraak per huishouden' under the corporation's director, a gemeente officer who
    'toetst daarna het verslag' and the note on the gemeente's participatieverordening."""
    if v.initiatiefnemer in (
        Initiatiefnemer.gemeente,
        Initiatiefnemer.raad,
        Initiatiefnemer.andere_overheid,
    ):
        return False
    besluit = v.besluit
    if besluit is None or besluit.door not in (Beslisser.anders, Beslisser.initiatiefnemer):
        return False
    if besluit.procedure not in (None, Procedure.anders):
        return False
    if besluit.door is Beslisser.initiatiefnemer:
        namen = [p.naam for p in v.belanghebbenden if p.initiatiefnemer]
        return not any(_PUBLIEK_ORGAAN.search(n) for n in namen)
    return bool(besluit.orgaan) and not _PUBLIEK_ORGAAN.search(orgaan_kop(besluit.orgaan))


def later_besluit_gemeente(v: Vraagstuk) -> bool:
    """Does the case say or imply that a decision of the gemeente on the plan follows (a permit,
    a change of the omgevingsplan)? Then the gemeente asks, with that application, how the
    participation went (art. 16.55 Omgevingswet); before it, there is no report to test."""
    teksten = [
        v.omschrijving,
        v.aanleiding or "",
        *v.kaders.vast,
        *(p.onderwerp for p in v.kaders.open),
        *(m.wat for m in v.momenten),
    ]
    return any(_LATER_BESLUIT_GEMEENTE.search(t) for t in teksten)


@dataclass(frozen=True)
class Feiten:
    """The case as the rules see it."""

    vraagstuk: Vraagstuk
    kennis: Kennis
    datum: date

    @property
    def weken_beschikbaar(self) -> int | None:
        besluit = self.vraagstuk.kaders.besluit_uiterlijk
        if besluit is None:
            return None
        return (besluit - self.datum).days // 7

    @property
    def wettelijke_kaders(self) -> set[WettelijkKader]:
        """The legal frames the vraagstuk lists, plus those its procedure implies."""
        v = self.vraagstuk
        kaders = set(v.wettelijk_kader)
        procedure = v.besluit.procedure if v.besluit else None
        # a 'programma' may be a social programme: only the Omgevingswet's own instruments
        # imply that law; a programma under the Omgevingswet says so in wettelijk_kader
        if procedure in _OMGEVINGSWET and procedure is not Procedure.programma:
            kaders.add(WettelijkKader.omgevingswet)
        if procedure is Procedure.uitdaagrecht_verzoek:
            kaders.add(WettelijkKader.uitdaagrecht)
        if self.referendum:
            kaders.add(WettelijkKader.referendumverordening)
        return kaders

    @property
    def referendum(self) -> bool:
        """Does the case hold a referendum (decided, not merely proposed)?"""
        return any(
            w.id in REFERENDUM and w.status is Status.besloten for w in self.vraagstuk.werkvormen
        )

    @property
    def proef(self) -> tuple[date, date] | None:
        """The dates of the trial the case itself names: the ``pilot`` under werkvormen, on its
        own dates, or else on the dates of the uitvoering. None without a named pilot or dates.

        Why only a named one: a trial changes the order of the whole plan (experiences are
        gathered during it, its evaluation comes before the decision that follows it), so it
        is never guessed from the text; the hint INVOER-INSTRUMENT asks for the field."""
        v = self.vraagstuk
        pilot = next((w for w in v.werkvormen if w.id == "pilot"), None)
        if pilot is None:
            return None
        if pilot.periode is not None:
            van, tot = pilot.periode
            return (van, tot) if tot > van else None
        if v.kaders.uitvoering_van and v.kaders.uitvoering_tot:
            return v.kaders.uitvoering_van, v.kaders.uitvoering_tot
        return None

    @property
    def procedure(self) -> Procedure | None:
        return self.vraagstuk.besluit.procedure if self.vraagstuk.besluit else None

    @property
    def formele_zienswijze(self) -> bool:
        """Is the gemeente's own decision prepared with a formal round in which everyone can
        give a zienswijze (afdeling 3.4 Awb: an omgevingsplan, a permit the raad advises on
        bindingly, a herindeling, or a zienswijze the case names)? Then the body that decides
        weighs every zienswijze (art. 3:4 Awb) and cannot bind itself to one group's outcome
        beforehand."""
        v = self.vraagstuk
        if v.kaders.besluit_al_genomen or self.procedure is Procedure.advies:
            return False
        return (
            self.procedure in (Procedure.omgevingsplan, Procedure.herindeling)
            or bool(
                self.procedure is Procedure.omgevingsvergunning_buitenplans
                and v.besluit
                and v.besluit.raad_bindend_advies
            )
            or any(w.id == "zienswijze" for w in v.werkvormen)
        )

    @property
    def reactienota(self) -> bool:
        """Is the decision prepared with a formal inspraak or zienswijze procedure, whose answer
        to every reaction is a reactienota (a zienswijzennota)? A formal zienswijze round
        (:attr:`formele_zienswijze`), or the inspraak the participatieverordening gives on the
        gemeente's own plans, policy and regulations (art. 150 Gemeentewet): an omgevingsvisie,
        a programma, an omgevingsplan, a verordening or beleid. A private-law act, a subsidy, a
        permit without a formal round, the begroting, an uitvoering or an advice to another body
        has no such procedure: its reactions are answered in the report that goes with the
        proposal (review 65b: 'een reactienota' for the choice of a plot on the gemeente's
        land)."""
        if self.vraagstuk.kaders.besluit_al_genomen:
            return False
        return self.formele_zienswijze or self.procedure in (
            Procedure.omgevingsvisie,
            Procedure.programma,
            Procedure.omgevingsplan,
            Procedure.verordening,
            Procedure.beleid,
        )

    @property
    def gunning(self) -> bool:
        """Is the college's decision the award (gunning) of a public tender? The award follows
        the criteria published in the aanbestedingsleidraad, every inschrijver is treated alike
        (art. 1.8 Aanbestedingswet 2012) and the bids are confidential: the raad's moment is
        before the leidraad (kaders, criteria), not wensen en bedenkingen on the award
        (review 54a)."""
        v = self.vraagstuk
        if self.procedure is not Procedure.privaatrechtelijk or v.besluit is None:
            return False
        if v.besluit.door is not Beslisser.college:
            return False
        tekst = " ".join([v.titel, v.omschrijving, *v.kaders.vast])
        return bool(_AANBESTEDING.search(tekst))

    @property
    def wensen_en_bedenkingen(self) -> bool:
        """Does the raad get to give wensen en bedenkingen before the college acts (art. 169
        lid 4 Gemeentewet)? Only for a private-law act with far-reaching consequences: a sale,
        lease, transfer or guarantee, or an act for the whole gemeente or region. Five years of
        bruikleen of a neighbourhood field is not that. Next to another procedure (a permit for
        a plan on the gemeente's land) it is certain when the kaders name the act."""
        v = self.vraagstuk
        if v.besluit and v.besluit.door not in (None, Beslisser.college, Beslisser.initiatiefnemer):
            return False
        eigen_tekst = " ".join(
            [
                v.omschrijving,
                v.aanleiding or "",
                *v.kaders.vast,
                *(p.onderwerp for p in v.kaders.open),
            ]
        )
        if NOEMT_WENSEN_EN_BEDENKINGEN.search(eigen_tekst) and (
            v.besluit is None or v.besluit.door is not Beslisser.initiatiefnemer
        ):
            return True  # the case says so itself: never contradict it
        if self.gunning:
            # a tender's award follows the published criteria: no wensen en bedenkingen on it
            return False
        if self.procedure is not Procedure.privaatrechtelijk:
            # next to another decision (a permit on the gemeente's land), the act is certain
            # only when the kaders themselves name it: a lease, sale or transfer as a point
            return bool(
                (v.besluit is None or v.besluit.door is not Beslisser.initiatiefnemer)
                and self.procedure not in (Procedure.verordening, Procedure.begroting)
                and (
                    any(_handeling_van_gemeente(t) for t in v.kaders.vast)
                    or any(
                        _handeling_van_gemeente(
                            p.onderwerp, van_gemeente=p.door in (Beslisser.college, Beslisser.raad)
                        )
                        for p in v.kaders.open
                    )
                )
            )
        tekst = " ".join(
            [v.titel, v.omschrijving, *v.kaders.vast, *(p.onderwerp for p in v.kaders.open)]
        )
        return bool(PRIVAATRECHTELIJK_INGRIJPEND.search(tekst)) or v.schaal in (
            Schaal.gemeente,
            Schaal.regio,
        )

    @property
    def grondverkoop(self) -> tuple[str, date | None] | None:
        """A sale or issue of the gemeente's land that a moment or an open point of the raad or
        the college names, next to a main decision that is not that sale: what it is and its
        date. The raad can give wensen en bedenkingen before the college sells (art. 169 lid 4
        Gemeentewet). None when the main decision already is that act (wensen_en_bedenkingen).

        Why: the raad's wensen en bedenkingen on the grondverkoop of 16 March were missing
        where the raad decides the omgevingsplan (review 44a, hofje on a school site)."""
        if self.wensen_en_bedenkingen:
            return None
        v = self.vraagstuk
        for m in v.momenten:
            if m.door.value in ("raad", "college") and GRONDVERKOOP.search(m.wat):
                return m.wat, m.datum
        for p in v.kaders.open:
            if p.door in (Beslisser.raad, Beslisser.college) and GRONDVERKOOP.search(p.onderwerp):
                return p.onderwerp, p.uiterlijk
        return None

    @property
    def advies(self) -> bool:
        """Does the gemeente give an advice or a zienswijze to another body that decides
        (``besluit.procedure: advies``)? Only when the vraagstuk says so: never inferred."""
        return self.procedure is Procedure.advies

    @property
    def advies_aan(self) -> str:
        """The body that decides after the gemeente's advice, as the case names it; ''."""
        b = self.vraagstuk.besluit
        return (b.advies_aan or "") if b and self.advies else ""

    @property
    def domein(self) -> Domein | None:
        """Fysiek or beleid when the procedure makes it certain; None when it can be both."""
        if self.procedure in _FYSIEK:
            return Domein.fysiek
        if self.procedure in _BELEID:
            return Domein.beleid
        return None

    @property
    def initiatiefvoorstel(self) -> bool:
        """Do raadsleden write the proposal themselves (art. 147a Gemeentewet)? Only when the
        raad took the initiative and the case says so: a raadswerkgroep or fractie marked as
        initiator, or the word 'initiatiefvoorstel'. A motie that asks the college for a
        proposal is an initiative of the raad too, but then the college writes it."""
        v = self.vraagstuk
        if v.initiatiefnemer is not Initiatiefnemer.raad:
            return False
        if any(
            p.soort is SoortBelanghebbende.politiek and p.initiatiefnemer for p in v.belanghebbenden
        ):
            return True
        tekst = " ".join([v.titel, v.omschrijving, v.aanleiding or ""])
        return bool(re.search(r"\binitiatiefvoorstel", tekst, re.IGNORECASE))

    @property
    def raad_kaders_gesteld(self) -> bool:
        """Has the raad already set the frame of this decision? The field says so, or the
        case's own words do ('De raad stelde in maart de kaders vast'), or the raad acted on
        it already: it adopted a motie on it, or made the promise on the outcome itself.

        Why: 'De raad heeft nog geen kaders gesteld' is wrong where the raad set its frame by
        motie, and a raad that promised what it does with the outcome has set that part
        (review 51b: Walduin, Meerwierum). A value the case gives for the field itself wins
        over every inference: ``raad_kaders_gesteld: false`` next to a motie means the motie
        asked for the work but set no kaders (review 52b: Beekloon read 'heeft de kaders
        gesteld' against the file)."""
        v = self.vraagstuk
        if "raad_kaders_gesteld" in v.kaders.model_fields_set:
            return v.kaders.raad_kaders_gesteld
        t = v.besluit.toezegging if v.besluit else None
        if t is not None and t.door is Beslisser.raad:
            return True
        eigen = " ".join(
            [
                v.omschrijving,
                v.aanleiding or "",
                *v.kaders.vast,
                *(o.onderwerp for o in v.kaders.open),
            ]
        )
        return bool(
            _RAAD_KADERS.search(eigen)
            or MOTIE.search(" ".join([eigen, t.tekst if t and t.tekst else ""]))
        )

    @property
    def initiatief_van_anderen(self) -> bool:
        """The initiative lies with inwoners, ondernemers or a maatschappelijke organisatie
        (a private initiator: an application, the Rob ladder of overheidsparticipatie). Not
        another government: see :attr:`initiatief_van_overheid`."""
        return self.vraagstuk.initiatiefnemer not in (
            Initiatiefnemer.gemeente,
            Initiatiefnemer.raad,
            Initiatiefnemer.andere_overheid,
        )

    @property
    def initiatief_van_overheid(self) -> bool:
        """Another government (a provincie, a waterschap, the Rijk) took the initiative: it
        decides on its own plan and runs the participation for that decision; the gemeente
        brings local knowledge and contacts, decides its own points and can give a zienswijze.

        Why: case writers put 'initiatiefnemer: gemeente' for a province's road and the advice
        then made the gemeente the owner of the process."""
        return self.vraagstuk.initiatiefnemer is Initiatiefnemer.andere_overheid

    @property
    def aanvraag_van_ander(self) -> bool:
        """Does an initiator outside the gemeente (private, or another government) apply for a
        permit the gemeente grants? Then the content of the plan is the applicant's and the
        applicant runs the talks before its application, whoever it is."""
        return self.procedure in VERGUNNING and (
            self.initiatief_van_anderen or self.initiatief_van_overheid
        )

    @property
    def overheid_initiatiefnemer(self) -> str:
        """The other government that took the initiative, by name: the one stakeholder of kind
        overheid marked initiator (else any marked initiator); '' when none or not that case."""
        if not self.initiatief_van_overheid:
            return ""
        gemarkeerd = [p for p in self.vraagstuk.belanghebbenden if p.initiatiefnemer]
        overheid = [p.naam for p in gemarkeerd if p.soort is SoortBelanghebbende.overheid]
        namen = overheid or [p.naam for p in gemarkeerd]
        return namen[0] if len(namen) == 1 else ""

    @property
    def bevoegd_gezag(self) -> str:
        """The other body that takes the decision in its own procedure, by name: the body the
        besluit names, else the government that took the initiative. An initiator (a
        netbeheerder) is not the bevoegd gezag: the draft decision and the participation
        approach in its kennisgeving are the deciding body's (review 52a: 'het ontwerpbesluit
        van TenneT', 'TenneT stelt het participatieplan vast', where Gedeputeerde Staten
        decide)."""
        besluit = self.vraagstuk.besluit
        if besluit is not None and besluit.door is Beslisser.anders and besluit.orgaan:
            return str(besluit.orgaan)
        return self.overheid_initiatiefnemer

    @property
    def verzoek_aan_andere_overheid(self) -> bool:
        """Inwoners or an organisation ask another government (a provincie, a waterschap) for a
        public decision it takes itself (a verkeersbesluit, a verordening): they carry out no
        plan of their own, so the gemeente has no step on the Rob ladder of their initiative;
        it gives its zienswijze and decides its own points.

        Why: review 58a (a provincial verkeersbesluit the dorp asked for): the college row said
        'steunt het initiatief met ... regels op maat' and the officials 'toetst daarna het
        verslag', roles of an Omgevingswet initiative."""
        besluit = self.vraagstuk.besluit
        return (
            self.initiatief_van_anderen
            and besluit is not None
            and besluit.door is Beslisser.anders
            and bool(besluit.orgaan)
            and self.procedure in (*OPENBARE_MAATREGEL, Procedure.verordening)
            and not self.advies
        )

    @property
    def besluit_van_private_partij(self) -> bool:
        """A private initiator decides itself, outside a gemeente procedure
        (:func:`besluit_van_private_partij`)."""
        return besluit_van_private_partij(self.vraagstuk)

    @property
    def later_besluit_gemeente(self) -> bool:
        """The case says a permit or omgevingsplan change of the gemeente follows
        (:func:`later_besluit_gemeente`)."""
        return later_besluit_gemeente(self.vraagstuk)

    @property
    def verzoek_in_verdeelde_zaak(self) -> bool:
        """Others ask the gemeente for a decision that the gemeente itself takes (not a permit
        for their own plan, not a decision they take themselves, not an uitdaagrecht request),
        in a divided case (polarisation 4 or 5) or on a verordening (rules for everyone, which
        the raad adopts), by inwoners or an organisation, outside the Omgevingswet: then the
        gemeente runs the conversation and the initiator is one of the parties.

        Why: review 35 (a street name): the working group that wants a new name was "owner of
        the plan and of the conversation" while the college decides and the residents of the
        street are against. A party for or against never owns the conversation. Review 46a: the
        mosque foundation that asked the raad for a change of the burial verordening was "owner
        of the plan and of the conversation", and held the talks with the neighbours about the
        raad's choice of the plot."""
        besluit = self.vraagstuk.besluit
        return (
            self.initiatief_van_anderen
            and (
                (self.vraagstuk.polarisatie or 1) >= 4
                or self.procedure in (Procedure.verordening, *OPENBARE_MAATREGEL)
            )
            and besluit is not None
            and besluit.door in (Beslisser.college, Beslisser.raad, Beslisser.burgemeester)
            # a company's or developer's own plan (a building project, a shop's permit) stays
            # the initiator's conversation under the Omgevingswet
            and self.vraagstuk.initiatiefnemer is not Initiatiefnemer.ondernemers
            and self.procedure not in _OMGEVINGSWET
            and self.procedure is not Procedure.uitdaagrecht_verzoek
            and WettelijkKader.uitdaagrecht not in self.wettelijke_kaders
            # an advice to another body: the applicants ask that body, not the gemeente
            and not self.advies
        )

    @property
    def inclusiegroepen(self) -> list[Belanghebbende]:
        return [p for p in self.vraagstuk.belanghebbenden if vraagt_inclusie(p)]

    @property
    def inwoners(self) -> list[Belanghebbende]:
        return [
            p for p in self.vraagstuk.belanghebbenden if p.soort is SoortBelanghebbende.inwoners
        ]


def groep_van_een_ander(f: Feiten, werkvorm: str) -> bool:
    """Is this a closed group (members found by invitation or lot, not open to all) that another
    government body on the map, or a party that decides open points itself, already decided and
    runs, such as the provincie's klankbordgroep? The gemeente does not choose who sits in it.
    (A developer's omgevingsgesprek or a foundation's talks are not meant: the gemeente can ask
    them whom to include.)

    Why: review 41 (N826) found the provincie's klankbordgroep named as the way to reach groups
    that do not sit in it."""
    return groep_van_een_ander_in(f.vraagstuk, f.kennis, werkvorm)


def groep_van_een_ander_in(v: Vraagstuk, kennis: Kennis, werkvorm: str) -> bool:
    """:func:`groep_van_een_ander` for a vraagstuk and a knowledge base (for the report)."""
    partijen = {
        comparable_name(naam)
        for p in v.belanghebbenden
        if p.soort is SoortBelanghebbende.overheid
        for naam in (p.naam, p.naam.split(" (", 1)[0])
    } | {
        comparable_name(p.partij) for p in v.kaders.open if p.door is Beslisser.anders and p.partij
    }
    catalogus = {w.id: w for w in kennis.werkvormen}
    return any(
        g.id == werkvorm
        and g.status is Status.besloten
        and g.door is not None
        and comparable_name(g.door) in partijen
        and g.id in catalogus
        and catalogus[g.id].werving is not Werving.open
        for g in v.werkvormen
    )

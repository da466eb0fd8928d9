"""The werkvormen the mix may choose for a case, and how it ranks them."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from functools import cache

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.bereik import SCHOOL, adres_onbekend
from pionieren.analysis.regel import Thema, regel
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Domein,
    Kenmerk,
    Reikwijdte,
    Ruimte,
    SoortBelanghebbende,
    Trede,
    Voorwaarde,
    Werving,
)


class Voorkeur(StrEnum):
    """What an attempt at the mix prefers, in the order the attempts are made: quality first,
    then cheap werkvormen when the budget demands it, then fast ones when time does."""

    kwaliteit = "kwaliteit"
    goedkoop = "goedkoop"
    snel = "snel"


KORT = 4
"""Weeks (preparation and running) within which a werkvorm counts as short when time is tight."""


_UITGEVEN = re.compile(
    r"\b(?:besteding\w*|besteden|besteedt|besteed|verdel\w*|verdeling\w*|verdeelt|"
    r"toeken\w*|toegekend|uitgeven|uitgegeven|uitgaven|krijg\w*|toewijz\w*|toegewezen|"
    r"uitker\w*|bestemm\w*)\b",
    re.IGNORECASE,
)
_GELD = re.compile(r"geld|budget|bedrag|euro|subsidie|fonds|middelen", re.IGNORECASE)
_EIGEN_BUDGET = re.compile(
    r"(?:wijk|dorps|buurt|bewoners)budget|burgerbegroting|initiatievenfonds|buurtfonds",
    re.IGNORECASE,
)


def over_geld(tekst: str) -> bool:
    """Is this text about spending or dividing money ('de besteding van het omgevingsfonds')?"""
    return bool(_EIGEN_BUDGET.search(tekst) or (_UITGEVEN.search(tekst) and _GELD.search(tekst)))


def geldvraag(f: Feiten) -> bool:
    """Is an open point about spending or dividing money ('De besteding van het bewonersdeel
    van het budget', 'het wijkbudget')? A design choice within a budget is not."""
    for o in f.vraagstuk.kaders.open:
        tekst = o.onderwerp
        if _EIGEN_BUDGET.search(tekst) or (_UITGEVEN.search(tekst) and _GELD.search(tekst)):
            return True
    return False


def schoolroute(partij: Belanghebbende) -> bool:
    """Is this group pupils, or reached through their school ('Scholieren die naar het
    Ringcollege fietsen', via 'de leerlingenraad van het Vlietcollege')?"""
    return bool(
        set(partij.kenmerken) & {Kenmerk.kinderen, Kenmerk.jongeren}
        and (SCHOOL.search(partij.naam) or (partij.via and SCHOOL.search(partij.via)))
    )


def school_in_zaak(f: Feiten) -> bool:
    """Is a school in the case: an organisation named as a school, or a group of inwoners named
    after pupils or reached via a school?"""
    for p in f.vraagstuk.belanghebbenden:
        if p.soort in (
            SoortBelanghebbende.maatschappelijke_organisatie,
            SoortBelanghebbende.anders,
        ):
            if SCHOOL.search(p.naam):
                return True
        elif p.soort is SoortBelanghebbende.inwoners and (
            SCHOOL.search(p.naam) or (p.via and SCHOOL.search(p.via))
        ):
            return True
    return False


def open_bijeenkomst_te_verdeeld(f: Feiten, w: Werkvorm) -> bool:
    """An open gathering (anyone can come: a buurtmiddag on the spot, an inloop) in a case at
    polarisation 4 or 5 that the form cannot carry (rule MIX-POLARISATIE)."""
    niveau = f.vraagstuk.polarisatie or 1
    return (
        niveau >= 4
        and w.bijeenkomst
        and w.werving is Werving.open
        and w.verbreding_of_verdieping is not Reikwijdte.verdieping
        and w.polarisatie_max < niveau
    )


_ROUW = re.compile(
    r"\bgra(?:f|ven)\b|\bgrafrecht\w*|\bbegraaf\w*|\bbegraven\b|\buitvaart\w*|\bcremat\w*|"
    r"\brouw(?:en|t|verwerking)?\b|\bnabestaand\w*",
    re.IGNORECASE,
)


def rouw(f: Feiten) -> bool:
    """Is the case about mourning and loss (graves, a cemetery, the bereaved)?"""
    v = f.vraagstuk
    tekst = " ".join(
        [v.beleidsveld or "", v.titel, v.omschrijving, *(o.onderwerp for o in v.kaders.open)]
    )
    return bool(_ROUW.search(tekst))


@cache
def _patroon(signaal: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(signaal) + r"\w*", re.IGNORECASE)


def signaal_in(tekst: str, w: Werkvorm) -> str | None:
    """The word in ``tekst`` that one of the werkvorm's signals begins ('afkoppelen' for
    'afkoppel'), or None."""
    for signaal in w.signalen:
        gevonden = _patroon(signaal).search(tekst)
        if gevonden:
            return gevonden.group(0)
    return None


def zaakteksten(f: Feiten) -> list[str]:
    """What the case says it is about: the question and its open points (not the history in
    the aanleiding, nor what is fixed)."""
    v = f.vraagstuk
    return [v.omschrijving, *(o.onderwerp for o in v.kaders.open)]


def signaal(f: Feiten, w: Werkvorm) -> str | None:
    """The word in the case's own text that shows this werkvorm is needed, if any."""
    for tekst in zaakteksten(f):
        woord = signaal_in(tekst, w)
        if woord:
            return woord
    return None


#: Words that name a physical place, building or space (a plein, a park, a hall, a field, a
#: plot, a route, a zone), also inside a compound ('sporthal', 'Stationsplein'), and the
#: design or building of one.
_PLEK = re.compile(
    r"\w*(?:plek|plekken|plaats|plaatsen|locaties?|pleinen|plein|straat|straten|laan|parken|"
    r"park|velden|veld|terreinen|terrein|gebouwen|gebouw|panden|pand|hallen|hal|tuinen|tuin|"
    r"buurten|buurt|wijken|wijk|zones?|gebieden|gebied|percelen|perceel|routes?|bruggen|brug|"
    r"haven|kade|centrum|kaart|school|scholen)\b|\w*(?<!\bt)huis\b|\b(?:her)?inricht\w*|"
    r"\bontwerp\w*|\bbouw\w*",
    re.IGNORECASE,
)


def over_een_plek(f: Feiten) -> bool:
    """Is the case about a physical place, building or space: its procedure says so, or its
    title, question or open points name one? A form made for places (a walk through the buurt,
    an afternoon on the spot, drawing a design) only fits such a case.

    Why: review 42c: a "wijkschouw, buiten in de winter" for the volunteers of a lokale
    omroep, whose question names no place at all."""
    if f.domein is not None:
        return f.domein is Domein.fysiek
    v = f.vraagstuk
    # the points with real room: a studio whose rent the college sets later is no place to
    # walk through
    ruim = [
        o.onderwerp
        for o in v.kaders.open
        if (o.ruimte or v.kaders.beinvloedingsruimte) in (Ruimte.middel, Ruimte.groot)
    ]
    return any(_PLEK.search(t) for t in [v.titel, v.omschrijving, *ruim])


LANG_WEKEN = 52
"""A standing body (an omgevingsraad with a chair and rules) needs a year or more: to the
decision, or of works it follows."""


def lang_genoeg(f: Feiten) -> bool:
    """Does the case run long enough for a standing body: a year or more to the decision, or
    works that last a year or more? Not known: no.

    Why: review 48e: an omgevingsraad of € 16,500-64,000 for a three-week advice round on a
    cycle route; a one-off table fits there."""
    k = f.vraagstuk.kaders
    tot_besluit = f.weken_beschikbaar
    if tot_besluit is not None and tot_besluit >= LANG_WEKEN:
        return True
    if k.uitvoering_van is not None and k.uitvoering_tot is not None:
        return (k.uitvoering_tot - k.uitvoering_van).days // 7 >= LANG_WEKEN
    return False


@regel(
    "MIX-VOORWAARDE",
    Thema.mix,
    "Een werkvorm alleen als de zaak erom vraagt",
    """Sommige werkvormen kiest pionieren alleen als de zaak erom vraagt. Een wijk- of
    dorpsbudget en een burgerbegroting laten inwoners geld verdelen: alleen als een open punt
    over het besteden of verdelen van geld gaat, niet als middel voor een ontwerpkeuze (zoals
    de inrichting van een plek). Een project op scholen alleen als er een school in de zaak zit:
    een school als belanghebbende, of een groep die via een school bereikt wordt, niet kinderen
    op de plek van een gesloopte school. Een werkvorm met signaalwoorden in de catalogus (een
    afsprakentafel voor een convenant, advies aan huis voor afkoppelen, een dorpsplan) alleen
    als de vraag of een open punt zo'n woord noemt. Een feestelijke werkvorm (een buurtmiddag
    met koffie en iets voor de kinderen) niet bij rouw en verlies: graven, een begraafplaats,
    nabestaanden. Een keukentafelgesprek met een afspraak per huishouden alleen voor een open
    punt over het eigen bezit van elke bewoner (regel MIX-EIGEN-BEZIT), een feitentoets per
    geval alleen voor een punt dat een geschil over feiten is (regel MIX-FEITENTOETS). Een
    werkvorm die voor
    plekken is gemaakt (een wijkschouw, een buurtmiddag op de plek, spelend ontwerpen) alleen
    als het vraagstuk over een plek, gebouw of ruimte gaat: de procedure zegt het, of de titel,
    de vraag of een open punt noemt er een. Een vaste raad met een voorzitter en een reglement
    (een omgevingsraad) alleen als de zaak lang loopt: een jaar of meer tot het besluit, of een
    uitvoering van een jaar of meer; voor een adviesronde van een paar weken past een werkvorm
    die één keer bijeenkomt. Noemt het vraagstuk zo'n werkvorm zelf, dan blijft
    hij.""",
    ["burgerbegrotingen-deventer", "loketgezondleven-jongeren", "vng-handreiking-participatie"],
)
def voldoet(f: Feiten, w: Werkvorm) -> bool:
    """Does the case have what the werkvorm needs before the analysis chooses it itself?"""
    if w.feestelijk and rouw(f):
        return False  # no 'gezellige' buurtmiddag at the clearing of graves (review 29b)
    if w.domeinen == [Domein.fysiek] and not over_een_plek(f):
        return False  # a form made for places, for a case about none (review 42c)
    for voorwaarde in w.alleen_als:
        if voorwaarde is Voorwaarde.geld and not geldvraag(f):
            return False
        if voorwaarde is Voorwaarde.school and not school_in_zaak(f):
            return False
        if voorwaarde is Voorwaarde.lang and not lang_genoeg(f):
            return False
        if voorwaarde is Voorwaarde.feiten:
            # only for a point that is a dispute over facts (rule MIX-FEITENTOETS)
            return False
        if voorwaarde is Voorwaarde.eigen_bezit:
            # only for the point about each household's own property (rule MIX-EIGEN-BEZIT),
            # never as a general talk for the case
            return False
    return not w.signalen or signaal(f, w) is not None


class Kandidaten:
    """The werkvormen the analysis may choose for this case, with a deterministic ranking.

    A ranking key has three parts: ``moet`` (what a slot must not give up, such as serving the
    advised trede), the preference of this attempt (quality, cost or speed) and ``wens`` (what
    the slot prefers). Ties are broken by id.
    """

    def __init__(
        self, f: Feiten, advies: Trede, voorkeur: Voorkeur, afweging: bool = False
    ) -> None:
        self.f = f
        self.advies = advies
        self.voorkeur = voorkeur
        v = f.vraagstuk
        alle = [
            w
            for w in f.kennis.werkvormen
            # a weighing form only rule MIX-AFWEGEN adds (the evening on the options) is a
            # candidate for that rule alone
            if (w.kiesbaar or (afweging and w.afwegen))
            and w.trede_tot(advies) is not None
            and set(w.vereist_kader) <= f.wettelijke_kaders
            and (f.domein is None or f.domein in w.domeinen)
            and voldoet(f, w)
            # no open gathering the polarisation of the case would overrun (MIX-POLARISATIE)
            and not open_bijeenkomst_te_verdeeld(f, w)
            # a notice for people without an address only when the case has such a group
            and (not w.zonder_adres or any(adres_onbekend(p) for p in v.belanghebbenden))
        ]
        self.lijst = alle
        self.op_schaal = [w for w in alle if v.schaal in w.schalen] or alle

    def past_niet(self, w: Werkvorm, breed: bool = False) -> int:
        """How many of the case's polarisation and complexity the werkvorm cannot carry. A
        broad round (``breed``) only collects views: its complexity does not count, and
        how far the polarisation goes past the form's limit does."""
        v = self.f.vraagstuk
        polarisatie = int((v.polarisatie or 1) > w.polarisatie_max)
        if breed:
            # open to everyone: the further the case is past what the form carries, the worse
            # (an informal afternoon on the spot after an evening that got out of hand)
            return max(0, (v.polarisatie or 1) - w.polarisatie_max)
        return polarisatie + int((v.complexiteit or 1) > w.complexiteit_max)

    def niveau(self, w: Werkvorm) -> int:
        """How many steps below the advice this werkvorm serves (0 is best)."""
        trede = w.trede_tot(self.advies)
        assert trede is not None
        return self.advies.rang - trede.rang

    def key(
        self, w: Werkvorm, moet: tuple[int, ...], wens: tuple[int, ...], breed: bool = False
    ) -> tuple[object, ...]:
        kosten, weken = w.kosten_euro[0], w.weken[0]
        if self.voorkeur is Voorkeur.goedkoop:
            return (*moet, kosten, self.past_niet(w, breed), *wens, weken, w.id)
        if self.voorkeur is Voorkeur.snel:
            # only forms that take long are traded for faster ones; among short forms (a few
            # weeks) the better one stays, so a rush does not swap a buurtmiddag for
            # straatinterviews to win one week
            return (
                *moet,
                max(0, weken - KORT),
                self.past_niet(w, breed),
                *wens,
                kosten,
                weken,
                w.id,
            )
        return (*moet, self.past_niet(w, breed), *wens, kosten, weken, w.id)

    def best(
        self,
        test: Callable[[Werkvorm], bool],
        moet: Callable[[Werkvorm], tuple[int, ...]] = lambda w: (),
        wens: Callable[[Werkvorm], tuple[int, ...]] = lambda w: (),
        schaal: bool = False,
        breed: bool = False,
    ) -> Werkvorm | None:
        """The best werkvorm that passes ``test``. With ``schaal``, only werkvormen made for the
        schaal of the vraagstuk (for forms that address everyone); without, any schaal (a
        conversation with one group works in a regional project too). With ``breed``, the
        complexity of the case does not count against a form (it collects views)."""
        passend = [w for w in (self.op_schaal if schaal else self.lijst) if test(w)]
        if not passend:
            return None
        return min(passend, key=lambda w: self.key(w, moet(w), wens(w), breed))

"""Hard conditions the case sets on how a group may be approached, read from the group's own
fields (via, voorwaarde) and from the werkvormen the case names: who is no participant, who
will only be known later, who must not sit in a werkvorm. They bind the design: they block
routes, not only add a remark (review 56a and 56c, worst fault 1)."""

from __future__ import annotations

import re

from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import Bevinding, Ernst
from pionieren.input.hints import GEEN_DEELNEMER_WOORDEN as _GEEN_DEELNEMER
from pionieren.input.hints import LATER_BEKEND_WOORDEN as _LATER_BEKEND
from pionieren.input.hints import ONTOEGANKELIJK_WOORDEN as _ONTOEGANKELIJK
from pionieren.input.hints import ZONDER_ERBIJ_WOORDEN as _ZONDER_ERBIJ
from pionieren.input.model import Belanghebbende, GenoemdeWerkvorm
from pionieren.safe_text import comparable_name
from pionieren.vocabulary import Status


def _tekst(p: Belanghebbende) -> str:
    return f"{p.via or ''} {p.voorwaarde or ''}"


def geen_deelnemer(p: Belanghebbende) -> bool:
    """Does the case say this party takes no part in the participation (its route or its
    condition: 'geen deelnemer', 'niet benaderen', 'buiten de participatie')? Then no werkvorm
    is for it, nor for the children among it.

    Why: review 56a (Zuiderveld): the family evicted from the closed drug house, 'geen
    deelnemer aan de straataanpak', sat in a talk with Dorpsbelangen, its children 'op school
    of de club'."""
    return bool(_GEEN_DEELNEMER.search(_tekst(p)))


def later_bekend(p: Belanghebbende) -> bool:
    """Will who these people are only be known later (future residents, statushouders who now
    live in an azc elsewhere)? Then no werkvorm that needs their address reaches them.

    Why: review 56a (Rijnhorst): 'Huis-aan-huisgesprekken' for statushouders who will only be
    known in the autumn of 2027."""
    return bool(_LATER_BEKEND.search(f"{p.naam} {_tekst(p)}"))


def zonder_erbij(tekst: str) -> list[str]:
    """The parties a condition says must not be there ('zonder politie erbij': ['politie'])."""
    return [m.group(1).strip() for m in _ZONDER_ERBIJ.finditer(tekst or "")]


def ontoegankelijk(w: GenoemdeWerkvorm) -> bool:
    """Does someone object that this werkvorm the case names is not accessible or not
    suitable ('het panel van ervaringsdeskundigen vindt dit niet toegankelijk')?"""
    return bool(_ONTOEGANKELIJK.search(w.voorwaarde or ""))


def sluit_uit(tekst: str, wie: str) -> bool:
    """Does a 'zonder X erbij' in ``tekst`` shut out ``wie`` (who answers a worry): a word of
    X that names it ('politie' in 'de teamchef van de politie')?"""
    sleutel = comparable_name(wie)
    return any(
        re.search(rf"\b{re.escape(comparable_name(x))}\b", sleutel) for x in zonder_erbij(tekst)
    )


@regel(
    "MIX-VOORWAARDEN",
    Thema.mix,
    "Harde voorwaarden van het vraagstuk",
    """Het vraagstuk kan zeggen hoe een groep wel of niet benaderd mag worden (bij de groep:
    via en voorwaarde; bij een werkvorm: voorwaarde). Die voorwaarden zijn bindend. Een partij
    die 'geen deelnemer' is (of 'niet benaderen', 'buiten de participatie') komt in geen enkele
    werkvorm, ook haar kinderen niet; het rapport zegt alleen langs welke weg het contact buiten
    de participatie loopt. Wie alleen in vertrouwen praat ('eerst persoonlijk', 'niet in het
    openbaar', 'niet waar iedereen bij is', uit angst, zonder naam), komt niet op een avond, een
    schouw of een andere open werkvorm, en een zorg van zo'n groep krijgt antwoord in een
    persoonlijke werkvorm. Staat er 'alleen in een persoonlijk gesprek' (of 'onder vier
    ogen'), dan ook niet in een vergadering van een groep, ook niet die van de eigen vereniging,
    en ook niet als het budget krap is. Wie uit angst voor represailles zwijgt, praat ook niet met de
    politie, de wijkagent of een handhaver, tenzij het vraagstuk hen als hun vertrouwde weg
    noemt (via): hun zorg krijgt geen antwoord in een gesprek dat zij leiden, en het rapport
    noemt een weg zonder naam (een vragenlijst zonder naam, via iemand die zij vertrouwen; Meld
    Misdaad Anoniem voor wie iets weet over daders). Wie pas later bekend is (toekomstige bewoners, 'pas in het najaar
    bekend'), krijgt geen werkvorm die een adres nodig heeft, zoals huis-aan-huisgesprekken:
    de gemeente bereikt hen via de organisatie die hen kent, of later. Zegt een voorwaarde
    'zonder X erbij', dan geeft X in die werkvorm geen antwoord: dat komt apart. Vindt een partij
    een voorgestelde werkvorm niet toegankelijk, dan neemt het ontwerp haar niet over; het
    rapport zegt dat in één zin tegen de bestuurder.""",
    ["movisie-moeilijk-bereikbaar", "ombudsman-inspraak-2009"],
)
def deelnemers(f: Feiten) -> tuple[Feiten, list[Bevinding]]:
    """The case as the design sees it: without the parties that take no part (and without
    them among the holders of a worry; a worry of theirs alone goes), and without a proposed
    werkvorm someone calls inaccessible, with the finding that says so to the bestuurder."""
    v = f.vraagstuk
    weg = [p.naam for p in v.belanghebbenden if geen_deelnemer(p)]
    bezwaar = [w for w in v.werkvormen if w.status is Status.voorgesteld and ontoegankelijk(w)]
    if not weg and not bezwaar:
        return f, []
    uit = [
        bevinding(
            "MIX-VOORWAARDEN",
            Ernst.waarschuwing,  # the bestuurder hears it: a proposal of the case left out
            "MIX-VOORWAARDEN.ontoegankelijk",
            bronnen=[],
            werkvorm=f.kennis.werkvorm(w.id).naam if _bekend(f, w.id) else w.id,
            door=w.door or "",
            bezwaar=(w.voorwaarde or "").strip().rstrip("."),
        )
        for w in bezwaar
    ]
    sleutels = {comparable_name(n) for n in weg}
    zorgen = []
    for z in v.zorgen:
        van = [n for n in z.van if comparable_name(n) not in sleutels]
        if z.van and not van:
            continue
        zorgen.append(z.model_copy(update={"van": van}) if van != z.van else z)
    nieuw = v.model_copy(
        update={
            "belanghebbenden": [p for p in v.belanghebbenden if p.naam not in weg],
            "zorgen": zorgen,
            "werkvormen": [w for w in v.werkvormen if w not in bezwaar],
        }
    )
    return Feiten(vraagstuk=nieuw, kennis=f.kennis, datum=f.datum), uit


def _bekend(f: Feiten, id: str) -> bool:
    return any(w.id == id for w in f.kennis.werkvormen)

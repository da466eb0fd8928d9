"""A divided or complex case: no open gathering it would overrun, and a note on the meetings
that need an independent chair."""

from __future__ import annotations

from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.vocabulary import Groepen, Kenmerk, Organisator


def gespreksleider_nodig(k: Keuze) -> bool:
    """Does this werkvorm bring people together in a way an independent chair must hold?

    Why: the note is about a meeting where the loudest voices can take over. It does not fit a
    survey or a written reaction, talks one by one or through trusted people (jongerenwerkers on
    the street, sleutelfiguren), a council or club at its own meeting with its own chair, or the
    raad's own moments (a hearing, the agenda right), which the raad's chair leads."""
    w = k.werkvorm
    return bool(
        w.bijeenkomst
        # a class or a children's session is led by the teacher or youth worker; the sides of
        # the conflict are not in the room (review 62c: 'Project op scholen. Ook hier een
        # onafhankelijke gespreksleider')
        and Kenmerk.kinderen not in w.bereikt
        and w.groepen is not Groepen.georganiseerd
        and w.organisator is not Organisator.griffie
        and "MIX-ADVIESORGAAN" not in k.regels
    )


@regel(
    "MIX-POLARISATIE",
    Thema.mix,
    "Werkvormen die een verdeeld vraagstuk aankunnen",
    """Bij een verdeeld (polarisatie 4 of 5) of complex vraagstuk kiest pionieren werkvormen die
    dat aankunnen (Participedia: level of polarization and complexity). Een open bijeenkomst
    waar iedereen kan binnenlopen, zoals een buurtmiddag op de plek of een inloopavond, kiest
    pionieren dan niet als die de polarisatie niet aankan; ook als de zaak er zelf een noemt,
    telt die niet als brede ronde. Breed ophalen gaat dan een voor een, schriftelijk of in
    kleine kring: een enquête, gesprekken aan de deur, gesprekken in kleine groepen, een
    schriftelijke reactie. Een bijeenkomst die de polarisatie minder goed aankan, vraagt een
    onafhankelijke gespreksleider en neutrale informatie. Dat geldt niet voor gesprekken een voor
    een of via vertrouwde personen (jongerenwerkers, sleutelfiguren), voor schriftelijke vormen,
    voor een groep in haar eigen vergadering, voor een project met kinderen in de klas of de
    club (daar leidt de leerkracht of de begeleider), en niet voor de eigen momenten van de
    raad.""",
    ["afwegingskader-burgerparticipatie", "oecd-deliberatie-2020"],
)
def polarisatie(o: Ontwerp) -> None:
    """A note on every chosen meeting that handles this polarisation less well: said in full
    once, the next ones refer back to it. (Choosing werkvormen that can handle it is part of
    the ranking, :meth:`pionieren.analysis.mix.kandidaten.Kandidaten.past_niet`, and open
    gatherings it would overrun are not candidates at all,
    :func:`pionieren.analysis.mix.kandidaten.open_bijeenkomst_te_verdeeld`.)"""
    niveau = o.f.vraagstuk.polarisatie or 1
    eerder = False
    for k in o.keuzes:
        if k.gespreksleider:
            continue  # its chair is said and costed already (rule MIX-AFWEGEN)
        if niveau > k.werkvorm.polarisatie_max and gespreksleider_nodig(k):
            k.add(
                [],
                deel("MIX-POLARISATIE", polarisatie=niveau, eerder=eerder),
                "MIX-POLARISATIE",
            )
            eerder = True

"""Referentiekader (advice 1): the questions for the opening conversation, for this case."""

from __future__ import annotations

import re

from pionieren.analysis.decision import BESLISSER_NAAM, twijfel_punten
from pionieren.analysis.facts import VERGUNNING, Feiten
from pionieren.analysis.level import is_of_vraag, kan_verruimen
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import (
    BelanghebbendeAdvies,
    BesluitAdvies,
    Tekstdeel,
    TredeAdvies,
    deel,
)
from pionieren.analysis.stakeholders import plekken, toegankelijk, zonder_route
from pionieren.vocabulary import Beslisser, Houding, Ruimte, SoortBelanghebbende


@regel(
    "REFERENTIEKADER",
    Thema.referentiekader,
    "Vragen voor het eerste gesprek",
    """Advies 1 uit het boek: begin met een gesprek tussen raad, college, organisatie en
    inwoners, en maak samen een referentiekader. pionieren zet de vragen klaar, ingevuld voor dit
    vraagstuk: wat ligt vast, wat is open, wie beslist, wat gebeurt er met de uitkomst, en hoe en
    wanneer horen mensen terug. Dat zijn ook de vier kernvragen van THiNK! en de 'heldere keuzes
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
        vragen.append(deel("REFERENTIEKADER.open", aantal=len(k.open)))
    else:
        vragen.append(deel("REFERENTIEKADER.open_onbeschreven"))
    wanneer = k.besluit_uiterlijk.isoformat() if k.besluit_uiterlijk else ""
    if besluit.door is None:
        vragen.append(deel("REFERENTIEKADER.wie_onbekend", wanneer=wanneer))
    else:
        vragen.append(
            deel(
                "REFERENTIEKADER.wie",
                wanneer=wanneer,
                # the wetgever or another body decides: the date is the gemeente's own step
                buiten=besluit.door in (Beslisser.wetgever, Beslisser.anders),
                per_punt=any(
                    o.open and o.door is not None and o.door is not besluit.door
                    for o in trede.onderwerpen
                ),
                twijfel=twijfel_punten(f, besluit),
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
    uitkomst = [deel("REFERENTIEKADER.uitkomst")]
    vragen += [*niet_op_tafel, *kaart, *uitkomst] if kaart else [*uitkomst, *niet_op_tafel]
    if trede.gevraagd and trede.gevraagd.rang > trede.advies.rang:
        vragen.append(
            deel(
                "REFERENTIEKADER.ambitie",
                ambitie=trede.gevraagd.value,
                maximaal=trede.maximaal.value,
                advies=trede.advies.value,
                kan_verruimen=kan_verruimen(
                    f,
                    besluit,
                    [o for o in trede.onderwerpen if o.open and o.trede.rang < trede.gevraagd.rang],
                ),
            )
        )
    if not k.raad_kaders_gesteld and besluit.door in (Beslisser.raad, None):
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
    if k.budget_euro is not None:
        vragen.append(deel("REFERENTIEKADER.budget", budget=k.budget_euro))
    if f.initiatief_van_anderen:
        vragen.append(deel("REFERENTIEKADER.initiatiefnemer"))
    vragen.append(deel("REFERENTIEKADER.terugkijken"))
    return vragen


# a fixed point that says the whether is settled: 'staat niet meer ter discussie', 'besloot'
_OF_VAST = re.compile(r"ter discussie|\bbesl(?:oot|oten)\b|\bbesloten\b|staat vast", re.IGNORECASE)


def _niet_op_tafel(f: Feiten, besluit: BesluitAdvies) -> Tekstdeel | None:
    """The question to say plainly to opponents that whether it comes is not on the table:
    when they are there, no open point is itself a question of whether, and either
    the college decides on another's permit or a fixed point says the whether is settled.

    Why: the neighbours against a building heard nowhere that its coming was not up for
    discussion at this table (review 27)."""
    v = f.vraagstuk
    k = v.kaders
    tegen = [p.naam for p in v.belanghebbenden if p.houding is Houding.tegen]
    of_open = any(
        is_of_vraag(p) and (p.ruimte or k.beinvloedingsruimte) is not Ruimte.geen for p in k.open
    )
    vergunning = f.procedure in VERGUNNING and f.initiatief_van_anderen
    vast = any(_OF_VAST.search(x) for x in k.vast)
    if not tegen or of_open or k.besluit_al_genomen or not (vergunning or vast):
        return None
    return deel(
        "REFERENTIEKADER.niet_op_tafel",
        namen=tegen,
        vergunning=vergunning,
        wie=BESLISSER_NAAM[besluit.door] if besluit.door else "",
    )

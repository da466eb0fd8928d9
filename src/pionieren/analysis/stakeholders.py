"""Belanghebbenden: Mendelow quadrant, krachtenveld (houding) and inclusion."""

from __future__ import annotations

import re

from pionieren.analysis.facts import (
    Feiten,
    bevinding,
    hoog_of_middel,
    moeilijk_bereikbaar,
    samen_meervoud,
)
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import (
    BelanghebbendeAdvies,
    Bevinding,
    Ernst,
    Kwadrant,
    deel,
)
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import Houding, Niveau, SoortBelanghebbende, Trede


@regel(
    "BELANG-KWADRANT",
    Thema.belanghebbenden,
    "Invloed en belang (Mendelow)",
    """Elke belanghebbende krijgt een plek op invloed × belang: sleutelspeler (veel invloed, groot
    belang), tevreden houden (veel invloed, klein belang), actief betrekken (weinig invloed, groot
    belang: de groep om wie het vaak gaat, en die niet vanzelf aan tafel zit) en monitoren. 'Middel' telt bij belang als hoog: wie echt geraakt wordt, hoort
    betrokken te worden. 'Middel' telt bij invloed als laag: macht alleen geeft geen extra plek
    aan tafel, met één uitzondering: wie tegen is en middelgrote invloed heeft met een groot
    belang, is een sleutelspeler (een actiegroep die het proces kan stilleggen). Wie een groot of
    middelgroot belang heeft, krijgt de geadviseerde trede; wie vooral invloed heeft, wordt
    geraadpleegd; de rest wordt geïnformeerd.""",
    ["mendelow-matrix", "kcbr-krachtenveld", "ombudsman-inspraak-2009"],
)
def kwadrant(partij: Belanghebbende) -> Kwadrant:
    groot_belang = hoog_of_middel(partij.belang)
    veel_invloed = partij.invloed is Niveau.hoog or (
        partij.invloed is Niveau.middel
        and partij.houding is Houding.tegen
        and partij.belang is Niveau.hoog
    )
    if veel_invloed and groot_belang:
        return Kwadrant.sleutelspeler
    if veel_invloed:
        return Kwadrant.tevreden_houden
    if groot_belang:
        return Kwadrant.op_de_hoogte_houden
    return Kwadrant.monitoren


def trede_voor(soort: Kwadrant, advies: Trede) -> Trede:
    if soort in (Kwadrant.sleutelspeler, Kwadrant.op_de_hoogte_houden):
        return advies
    if soort is Kwadrant.tevreden_houden:
        return min(advies, Trede.raadplegen, key=lambda t: t.rang)
    return Trede.informeren


@regel(
    "BELANG-KRACHTENVELD",
    Thema.belanghebbenden,
    "Houding van invloedrijke partijen",
    """Een partij met invloed die tegen is, verdient vroeg een direct gesprek, liefst met een
    onafhankelijke gespreksleider: niet pas op de inloopavond. Van een invloedrijke partij met
    een onbekende houding moet de gemeente eerst de houding verkennen. Een partij die voor is,
    kan helpen anderen te bereiken.""",
    ["communicatiekompas-macht", "kcbr-krachtenveld", "nspoh-krachtenveld"],
)
def krachtenveld(f: Feiten) -> list[Bevinding]:
    uit = []
    tegen_partijen = [
        p
        for p in f.vraagstuk.belanghebbenden
        if p.houding is Houding.tegen
        and hoog_of_middel(p.invloed)
        and p.soort is not SoortBelanghebbende.politiek
    ]
    onbekend_partijen = [
        p
        for p in f.vraagstuk.belanghebbenden
        if p.houding is Houding.onbekend and p.invloed is Niveau.hoog
    ]
    tegen = [p.naam for p in tegen_partijen]
    onbekend = [p.naam for p in onbekend_partijen]
    veel = samen_meervoud(tegen_partijen)
    if tegen:
        uit.append(
            bevinding(
                "BELANG-KRACHTENVELD",
                Ernst.waarschuwing,
                "BELANG-KRACHTENVELD.tegen",
                namen=tegen,
                meervoud=veel,
            )
        )
    if onbekend:
        uit.append(
            bevinding(
                "BELANG-KRACHTENVELD",
                Ernst.let_op,
                "BELANG-KRACHTENVELD.onbekend",
                namen=onbekend,
                meervoud=samen_meervoud(onbekend_partijen),
            )
        )
    return uit


@regel(
    "BELANG-INCLUSIE",
    Thema.belanghebbenden,
    "Moeilijk bereikbare groepen met een echt belang",
    """Groepen met kenmerken als laaggeletterdheid, een migratieachtergrond, een beperking, of
    die moeilijk bereikbaar zijn, doen niet vanzelf mee. Hebben zij een echt belang (middel of
    hoog), dan moet de mix een werkvorm bevatten die hen bereikt: naar hen toe gaan, op een
    vertrouwde plek, langs de weg die het vraagstuk noemt (via). Noemt het vraagstuk geen weg,
    dan vraagt pionieren wie zij vertrouwen, in plaats van een lege formule.""",
    ["movisie-moeilijk-bereikbaar", "pharos-bereiken", "loketgezondleven-jongeren"],
)
def inclusie(f: Feiten) -> list[Bevinding]:
    namen = [partij.naam for partij in f.inclusiegroepen]
    if not namen:
        return []
    return [bevinding("BELANG-INCLUSIE", Ernst.let_op, namen=namen)]


_WANTROUWEN = re.compile(
    r"\bwantrouw\w*"
    r"|\bvertrouwen\b[^.;:]{0,50}\b(?:niet meer|kwijt|geschaad|beschadigd|verloren|weg)\b"
    r"|\bteleurgesteld\w*|\bteleurstelling\w*"
    r"|\bgebroken\s+(?:belofte|beloftes|beloften|toezeggingen)\b"
    r"|\b(?:eerdere?|vorige)\s+(?:plannen|beloften|beloftes|toezeggingen|processen|trajecten)\b"
    r"[^.;]{0,100}\b(?:ingetrokken|niet nagekomen|mislukt|gestrand|afgeblazen|in de la)",
    re.IGNORECASE,
)


@regel(
    "BELANG-VERTROUWEN",
    Thema.belanghebbenden,
    "Wantrouwen door eerdere ervaringen",
    """Noemt het vraagstuk wantrouwen of teleurstelling na eerdere plannen of beloften, dan
    werkt een nieuwe uitnodiging pas als de gemeente eerst erkent wat er misging en wat nu anders
    is. pionieren zegt dan: begin met dat gesprek, beloof alleen wat zeker is en doe wat u
    belooft, laat snel iets zichtbaars gebeuren, en laat een onafhankelijke partij het proces
    begeleiden.""",
    ["ombudsman-inspraak-2009"],
)
def vertrouwen(f: Feiten) -> list[Bevinding]:
    v = f.vraagstuk
    for tekst in (v.omschrijving, v.aanleiding or "", *v.kaders.vast):
        m = _WANTROUWEN.search(tekst)
        if m is not None:
            return [bevinding("BELANG-VERTROUWEN", Ernst.waarschuwing, woord=m.group(0))]
    return []


@regel(
    "BELANG-KAART",
    Thema.belanghebbenden,
    "Is de kaart van belanghebbenden compleet?",
    """Een goede krachtenveldanalyse telt ongeveer 8 tot 22 partijen. Minder dan 5 is vaak te
    smal; meer dan 22 vraagt om fasering. En bijna elk vraagstuk raakt inwoners: een kaart zonder
    inwoners mist de belangrijkste groep.""",
    ["nspoh-krachtenveld", "involve-planning"],
)
def kaart(f: Feiten) -> list[Bevinding]:
    uit = []
    partijen = f.vraagstuk.belanghebbenden
    if not f.inwoners:
        uit.append(bevinding("BELANG-KAART", Ernst.waarschuwing, "BELANG-KAART.geen_inwoners"))
    if len(partijen) < 5:
        uit.append(
            bevinding("BELANG-KAART", Ernst.let_op, "BELANG-KAART.smal", aantal=len(partijen))
        )
    elif len(partijen) > 22:
        uit.append(
            bevinding("BELANG-KAART", Ernst.let_op, "BELANG-KAART.breed", aantal=len(partijen))
        )
    return uit


def analyse_stakeholders(
    f: Feiten, advies: Trede
) -> tuple[list[BelanghebbendeAdvies], list[Bevinding]]:
    resultaat = []
    for partij in f.vraagstuk.belanghebbenden:
        soort = kwadrant(partij)
        aanpak = [deel(f"BELANG-AANPAK.{soort.value}")]
        regels = ["BELANG-KWADRANT"]
        if partij.soort is SoortBelanghebbende.politiek and partij.initiatiefnemer:
            # a raadswerkgroep writing an initiatiefvoorstel meets inwoners itself
            aanpak = [deel("BELANG-AANPAK.politiek_initiatiefnemer")]
        elif partij.soort is SoortBelanghebbende.politiek:
            # fracties take part through the griffie and the raad's own instruments
            aanpak = [deel("BELANG-AANPAK.politiek")]
        elif partij.soort is SoortBelanghebbende.adviesorgaan:
            aanpak = [deel("BELANG-AANPAK.adviesorgaan")]
        elif partij.houding is Houding.tegen and hoog_of_middel(partij.invloed):
            aanpak.append(deel("BELANG-AANPAK.tegen"))
            regels.append("BELANG-KRACHTENVELD")
        if partij.soort is SoortBelanghebbende.overheid:
            aanpak.append(deel("BELANG-AANPAK.overheid"))
        bereikbaar_moeilijk = moeilijk_bereikbaar(partij)
        if bereikbaar_moeilijk and hoog_of_middel(partij.belang):
            if partij.soort is not SoortBelanghebbende.maatschappelijke_organisatie:
                aanpak.append(deel("BELANG-AANPAK.naar_hen_toe", via=partij.via or ""))
            else:
                # an organisation is reached through its board and its own meetings
                aanpak.append(deel("BELANG-AANPAK.via_bestuur", via=partij.via or ""))
            regels.append("BELANG-INCLUSIE")
        resultaat.append(
            BelanghebbendeAdvies(
                naam=partij.naam,
                kwadrant=soort,
                trede=trede_voor(soort, advies),
                houding=partij.houding.value,
                aanpak_delen=aanpak,
                aanpak="",
                moeilijk_bereikbaar=bereikbaar_moeilijk,
                regels=regels,
            )
        )
    bevindingen = kaart(f) + krachtenveld(f) + vertrouwen(f) + inclusie(f)
    return resultaat, bevindingen

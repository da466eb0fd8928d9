"""Doing together (samen doen): when inwoners carry out part of the work themselves."""

from __future__ import annotations

from pionieren.analysis.facts import Feiten, hoog_of_middel
from pionieren.analysis.mix.bereik import bedient, kan_voor, namen
from pionieren.analysis.mix.kandidaten import signaal, voldoet
from pionieren.analysis.mix.ontwerp import Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import Fase, Houding, Initiatiefnemer, Modus, Trede, WettelijkKader


def doen_nodig(f: Feiten, advies: Trede) -> bool:
    """From coproduceren up, when inwoners will do something themselves: zelfbeheer, the
    uitdaagrecht, an initiative of inwoners or an organisation, or the works phase."""
    v = f.vraagstuk
    if advies.rang < Trede.coproduceren.rang:
        return False
    return (
        advies is Trede.zelfbeheer
        or WettelijkKader.uitdaagrecht in f.wettelijke_kaders
        or v.initiatiefnemer
        in (Initiatiefnemer.inwoners, Initiatiefnemer.maatschappelijke_organisatie)
        or v.fase is Fase.uitvoering
    )


def gesignaleerd(o: Ontwerp) -> list[tuple[Werkvorm, str]]:
    """The doing forms the case's own text asks for: a werkvorm of the catalogue whose signal
    word is in the question or an open point ('afkoppelen', 'convenant', 'dorpsplan'), that the
    analysis may choose, at a level the open points allow, on this schaal. With the word."""
    f = o.f
    gevonden = []
    for w in f.kennis.werkvormen:
        if (
            not w.signalen
            or Modus.doen not in w.modi
            or not w.kiesbaar
            or w.trede_tot(o.hoogste) is None
            or f.vraagstuk.schaal not in w.schalen
            or not set(w.vereist_kader) <= f.wettelijke_kaders
            or not voldoet(f, w)
        ):
            continue
        woord = signaal(f, w)
        if woord:
            gevonden.append((w, woord))
    return gevonden


@regel(
    "MIX-DOEN",
    Thema.mix,
    "Samen doen",
    """Als inwoners zelf iets gaan doen (zelfbeheer, een initiatief van inwoners, het
    uitdaagrecht, of coproduceren in de uitvoering), hoort een werkvorm voor samen doen in de
    mix. Dat geldt ook als de zaak zelf zegt dat het alleen lukt als inwoners iets doen: een
    woord in de vraag of een open punt dat bij een werkvorm voor samen doen in de catalogus
    hoort (regenwater afkoppelen, een convenant tussen jongeren en buren, een dorpsplan dat het
    dorp zelf schrijft). Dan komt die werkvorm in de mix, ook als er al een andere is. Over een
    wijkbudget beslissen of een taak overnemen met het uitdaagrecht doet een organisatie alleen
    als het haar eigen zaak is (een groot belang); een school naast het veld wordt gehoord,
    maar verdeelt het budget van de buurt niet.""",
    ["rob-loslaten-2012", "right-to-challenge", "subsidies-betere-buurt", "afkoppelcoach"],
)
def doen(o: Ontwerp) -> None:
    """A form for doing together, unless a chosen werkvorm already lets inwoners do; a chosen
    werkvorm that lets them do says so. A doing form the case's own words ask for always
    comes in."""
    f, advies, kandidaten = o.f, o.advies, o.kandidaten
    for w, woord in gesignaleerd(o):
        keuze = o.kies(w, Modus.doen)
        if w.trede_tot(advies) is None:
            keuze.verhoog(w.laagste_trede)
        dragers = [p for p in o.partijen if hoog_of_middel(p.belang) and kan_voor(w, p)]
        keuze.add(namen(dragers), deel("MIX-DOEN.signaal", woord=woord.lower()), "MIX-DOEN")
    nodig = doen_nodig(f, advies)
    if nodig and not any(Modus.doen in k.werkvorm.modi for k in o.keuzes):
        uitdagen = WettelijkKader.uitdaagrecht in f.wettelijke_kaders
        doe = kandidaten.best(
            lambda w: Modus.doen in w.modi,
            moet=lambda w: (
                int(uitdagen and WettelijkKader.uitdaagrecht not in w.vereist_kader),
                kandidaten.niveau(w),
            ),
        )
        if doe is not None:
            dragers = [
                p
                for p in o.partijen
                if p.houding is Houding.voor and hoog_of_middel(p.belang) and bedient(doe, p)
            ] or [p for p in o.inwoners if bedient(doe, p)]
            reden = deel(
                "MIX-DOEN.gekozen", uitdaagrecht=WettelijkKader.uitdaagrecht in doe.vereist_kader
            )
            o.kies(doe, Modus.doen).add(namen(dragers), reden, "MIX-DOEN")
    for k in o.keuzes:
        if Modus.doen in k.werkvorm.modi and "MIX-DOEN" not in k.regels and nodig:
            k.add([], deel("MIX-DOEN.ook"), "MIX-DOEN")

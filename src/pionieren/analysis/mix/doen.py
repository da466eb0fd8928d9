"""Doing together (samen doen): when inwoners carry out part of the work themselves."""

from __future__ import annotations

from pionieren.analysis.facts import Feiten, hoog_of_middel
from pionieren.analysis.mix.bereik import bedient, namen
from pionieren.analysis.mix.ontwerp import Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
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


@regel(
    "MIX-DOEN",
    Thema.mix,
    "Samen doen",
    """Als inwoners zelf iets gaan doen (zelfbeheer, een initiatief van inwoners, het
    uitdaagrecht, of coproduceren in de uitvoering), hoort een werkvorm voor samen doen in de
    mix.""",
    ["rob-loslaten-2012", "right-to-challenge", "subsidies-betere-buurt"],
)
def doen(o: Ontwerp) -> None:
    """A form for doing together, unless a chosen werkvorm already lets inwoners do; a chosen
    werkvorm that lets them do says so."""
    f, advies, kandidaten = o.f, o.advies, o.kandidaten
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

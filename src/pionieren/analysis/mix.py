"""The mix of werkvormen (advice 3): denken, besluiten and doen, as this case needs.

How the choice is made, in order:
1. candidates: werkvormen the analysis may choose (``kiesbaar``) that can serve a step at or
   below the advised trede, on this schaal;
2. slots: broad reach (verbreding) and depth (verdieping) for denken; a werkvorm for besluiten
   and for doen when the case needs them; every sleutelspeler and every hard-to-reach group with
   a real stake must be served by at least one werkvorm (``voor`` names them);
3. always a terugkoppeling and a leerarena;
4. budget and time: if the mix does not fit, the same slots are filled preferring cheap or
   fast werkvormen; if it still does not fit, a finding says so. Groups are never dropped.
Every choice is deterministic (ties are broken by id) and explained in ``waarom``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pionieren import text
from pionieren.analysis.facts import Feiten, bevinding, hoog_of_middel
from pionieren.analysis.registry import registreer
from pionieren.analysis.result import (
    BelanghebbendeAdvies,
    Bevinding,
    Ernst,
    Kwadrant,
    Middelen,
    MixOnderdeel,
)
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.catalogue import KENMERK_LABELS
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Bereikbaarheid,
    Fase,
    Initiatiefnemer,
    Modus,
    Niveau,
    Reikwijdte,
    Schaal,
    Soort,
    SoortBelanghebbende,
    Trede,
    Werving,
    WettelijkKader,
)

Voorkeur = str  # "kwaliteit" | "goedkoop" | "snel"


@dataclass
class Keuze:
    werkvorm: Werkvorm
    modus: Modus
    trede: Trede
    voor: list[str] = field(default_factory=list)
    redenen: list[str] = field(default_factory=list)
    regels: list[str] = field(default_factory=list)

    def add(self, namen: list[str], reden: str | None, regel_id: str) -> None:
        for naam in namen:
            if naam not in self.voor:
                self.voor.append(naam)
        if reden and reden not in self.redenen:
            self.redenen.append(reden)
        if regel_id not in self.regels:
            self.regels.append(regel_id)


registreer(
    "MIX-VERBREDING",
    "mix",
    "Breed ophalen",
    """Elke mix begint met een werkvorm die veel mensen bereikt (verbreding), zodat niet alleen
    de vaste gezichten worden gehoord. Bij informeren is dat een goede informatiebrief.""",
    ["nplw-methoden", "aardgasvrij-participatieroute", "iap2-technieken"],
)


registreer(
    "MIX-VERDIEPING",
    "mix",
    "Verdiepen met sleutelspelers",
    """Naast verbreding is verdieping nodig: een kleinere groep die echt met elkaar in gesprek
    gaat. Sleutelspelers (veel invloed, groot belang) en invloedrijke tegenstanders krijgen zo
    vroeg een direct gesprek, organisaties in een vorm voor organisaties en inwoners in een vorm
    voor inwoners. Organisaties met een groot belang schuiven ook aan. Elke sleutelspeler wordt
    door minstens één werkvorm bediend.""",
    ["nplw-methoden", "communicatiekompas-macht", "kcbr-krachtenveld"],
)


registreer(
    "MIX-INCLUSIE",
    "mix",
    "Werkvormen voor moeilijk bereikbare groepen",
    """Elke moeilijk bereikbare groep met een echt belang wordt bediend door een werkvorm die
    hen goed bereikt (zie de kenmerken in de catalogus). Is een groep moeilijk bereikbaar, dan
    moet de werkvorm bovendien naar hen toe gaan: op uitnodiging en in persoon. Staat zo'n
    werkvorm er al in, dan telt die mee; anders voegt pionieren de goedkoopste passende werkvorm
    toe. Vindt pionieren er geen, dan zegt het dat, in plaats van de groep stil te laten
    vallen.""",
    ["movisie-moeilijk-bereikbaar", "pharos-bereiken", "loketgezondleven-jongeren"],
)


registreer(
    "MIX-BESLUITEN",
    "mix",
    "Samen besluiten",
    """Bij coproduceren of hoger, en bij een complex of verdeeld vraagstuk op gemeentelijke of
    regionale schaal, hoort een werkvorm voor samen besluiten in de mix. Bij een complex of
    exploratief vraagstuk past een gelote, afwegende groep; bij een maakbaar en eenvoudig
    vraagstuk past stemmen over plannen.""",
    ["oecd-deliberatie-2020", "gemeente-nu-burgerberaad", "citizenlab-burgerbegroting"],
)


registreer(
    "MIX-DOEN",
    "mix",
    "Samen doen",
    """Als inwoners zelf iets gaan doen (zelfbeheer, een initiatief van inwoners, het
    uitdaagrecht, of coproduceren in de uitvoering), hoort een werkvorm voor samen doen in de
    mix.""",
    ["rob-loslaten-2012", "right-to-challenge", "subsidies-betere-buurt"],
)


registreer(
    "MIX-PLAFOND",
    "mix",
    "Geen werkvorm boven de geadviseerde trede",
    """Een werkvorm wordt nooit ingezet op een hogere trede dan het advies. Kan een werkvorm
    ook hoger, dan staat erbij op welke trede hij hier wordt ingezet, zodat niemand meer
    verwacht dan er kan.""",
    ["ombudsman-inspraak-2009", "movisie-participatieladder"],
)


registreer(
    "MIX-TERUGKOPPELING",
    "mix",
    "Altijd terugkoppelen",
    """Elk proces eindigt met terugkoppeling: iedereen die meedeed hoort wat er met de inbreng
    is gedaan en waarom. Geen terugkoppeling is de meest genoemde klacht over participatie.""",
    ["ombudsman-inspraak-2009", "oecd-richtlijnen-2022"],
)


registreer(
    "MIX-LEERARENA",
    "mix",
    "Altijd een leerarena",
    """Advies 5 uit het boek: richt een leerarena in. Raad, college, ambtenaren en inwoners
    kijken samen terug op het proces en nemen de lessen mee naar het volgende vraagstuk.""",
    ["pionieren-2017", "berenschot-leeratelier", "oecd-evaluatie-2021"],
)


registreer(
    "MIX-INITIATIEFNEMER",
    "mix",
    "Participatie door de initiatiefnemer",
    """Neemt een ondernemer of een groep inwoners het initiatief voor een plan onder de
    Omgevingswet, dan organiseert de initiatiefnemer zelf het gesprek met de omgeving. De
    gemeente geeft daarvoor een handreiking en weegt het verslag bij de aanvraag.""",
    ["pelsrijcken-aanvraagvereiste", "hia-impactmeter", "vng-participatie-omgevingswet"],
)


registreer(
    "MIX-BUDGET",
    "mix",
    "Past de mix in het budget?",
    """De minimale kosten van alle werkvormen samen moeten binnen het budget voor participatie
    passen. Past het niet, dan kiest pionieren goedkopere werkvormen die hetzelfde doen. Past het
    dan nog niet, dan blijft de mix staan en zegt pionieren hoeveel er tekortkomt: groepen
    worden niet stilletjes geschrapt.""",
    ["ombudsman-goed-begin-2019", "oecd-voorwaarden-2022", "vpng-tools"],
)


registreer(
    "MIX-TIJD",
    "mix",
    "Past de mix in de tijd?",
    """De werkvormen voor samen denken lopen naast elkaar, samen besluiten volgt daarna, en de
    terugkoppeling komt voor het besluit. Die minimale doorlooptijd moet passen voor de datum
    van het besluit. Past het niet, dan kiest pionieren snellere werkvormen; past het dan nog
    niet, dan zegt pionieren hoeveel weken er tekortkomen.""",
    ["ombudsman-goed-begin-2019", "oecd-voorwaarden-2022", "involve-planning"],
)


registreer(
    "MIX-POLARISATIE",
    "mix",
    "Werkvormen die een verdeeld vraagstuk aankunnen",
    """Bij een verdeeld (polarisatie 4 of 5) of complex vraagstuk kiest pionieren werkvormen die
    dat aankunnen (Participedia: level of polarization and complexity). Een open debat laat dan
    vooral de hardste stemmen horen; een onafhankelijke gespreksleider is nodig.""",
    ["afwegingskader-burgerparticipatie", "oecd-deliberatie-2020"],
)


_SCHAAL_RANG = {s: i for i, s in enumerate(Schaal)}


class Kandidaten:
    """The werkvormen the analysis may choose for this case, with a deterministic ranking.

    A ranking key has three parts: ``moet`` (what a slot must not give up, such as serving the
    advised trede), the preference of this attempt (quality, cost or speed) and ``wens`` (what
    the slot prefers). Ties are broken by id.
    """

    def __init__(self, f: Feiten, advies: Trede, voorkeur: Voorkeur) -> None:
        self.f = f
        self.advies = advies
        self.voorkeur = voorkeur
        v = f.vraagstuk
        alle = [
            w
            for w in f.kennis.werkvormen
            if w.kiesbaar
            and w.trede_tot(advies) is not None
            and set(w.vereist_kader) <= set(v.wettelijk_kader)
        ]
        self.lijst = alle
        self.op_schaal = [w for w in alle if v.schaal in w.schalen] or alle

    def past_niet(self, w: Werkvorm) -> int:
        v = self.f.vraagstuk
        return int((v.polarisatie or 1) > w.polarisatie_max) + int(
            (v.complexiteit or 1) > w.complexiteit_max
        )

    def niveau(self, w: Werkvorm) -> int:
        """How many steps below the advice this werkvorm serves (0 is best)."""
        trede = w.trede_tot(self.advies)
        assert trede is not None
        return self.advies.rang - trede.rang

    def key(self, w: Werkvorm, moet: tuple[int, ...], wens: tuple[int, ...]) -> tuple[object, ...]:
        kosten, weken = w.kosten_euro[0], w.weken[0]
        if self.voorkeur == "goedkoop":
            return (*moet, kosten, self.past_niet(w), *wens, weken, w.id)
        if self.voorkeur == "snel":
            return (*moet, weken, self.past_niet(w), *wens, kosten, w.id)
        return (*moet, self.past_niet(w), *wens, kosten, weken, w.id)

    def best(
        self,
        test: Callable[[Werkvorm], bool],
        moet: Callable[[Werkvorm], tuple[int, ...]] = lambda w: (),
        wens: Callable[[Werkvorm], tuple[int, ...]] = lambda w: (),
        schaal: bool = False,
    ) -> Werkvorm | None:
        """The best werkvorm that passes ``test``. With ``schaal``, only werkvormen made for the
        schaal of the vraagstuk (for forms that address everyone); without, any schaal (a
        conversation with one group works in a regional project too)."""
        passend = [w for w in (self.op_schaal if schaal else self.lijst) if test(w)]
        if not passend:
            return None
        return min(passend, key=lambda w: self.key(w, moet(w), wens(w)))


_MIN_BEREIK = {
    Schaal.straat: 20,
    Schaal.buurt: 50,
    Schaal.wijk: 300,
    Schaal.kern: 300,
    Schaal.gemeente: 1000,
    Schaal.regio: 1000,
}


def _gaat_erheen(w: Werkvorm) -> bool:
    """Outreach: in person and by invitation, so the gemeente goes to people."""
    return w.werving is Werving.gericht and w.kanaal.value == "fysiek"


def _bereikt(w: Werkvorm, partij: Belanghebbende) -> bool:
    """Does this werkvorm reach this hard-to-reach group?

    The werkvorm must be meant for this kind of party and reach its kenmerken. A group that is
    hard to reach (bereikbaarheid moeilijk), or that has no kenmerken but is not easily reached,
    also needs outreach: the gemeente goes to them.
    """
    if partij.soort not in w.doelgroepen:
        return False
    if partij.kenmerken and not set(w.bereikt) & set(partij.kenmerken):
        return False
    if partij.bereikbaarheid is Bereikbaarheid.moeilijk or not partij.kenmerken:
        return _gaat_erheen(w)
    return True


def _besluiten_nodig(f: Feiten, advies: Trede) -> bool:
    v = f.vraagstuk
    if advies is Trede.zelfbeheer:
        return False
    if advies.rang >= Trede.coproduceren.rang:
        return True
    groot = _SCHAAL_RANG[v.schaal] >= _SCHAAL_RANG[Schaal.gemeente]
    zwaar = (v.complexiteit or 1) >= 4 or (v.polarisatie or 1) >= 4
    return advies is Trede.adviseren and groot and zwaar


def _doen_nodig(f: Feiten, advies: Trede) -> bool:
    v = f.vraagstuk
    if advies.rang < Trede.coproduceren.rang:
        return False
    return (
        advies is Trede.zelfbeheer
        or WettelijkKader.uitdaagrecht in v.wettelijk_kader
        or v.initiatiefnemer
        in (Initiatiefnemer.inwoners, Initiatiefnemer.maatschappelijke_organisatie)
        or v.fase is Fase.uitvoering
    )


def _namen(partijen: list[Belanghebbende]) -> list[str]:
    return [p.naam for p in partijen]


def _build(
    f: Feiten, advies: Trede, analyse: list[BelanghebbendeAdvies], voorkeur: Voorkeur
) -> tuple[list[Keuze], list[Bevinding]]:
    v = f.vraagstuk
    kandidaten = Kandidaten(f, advies, voorkeur)
    kwadrant = {a.naam: a.kwadrant for a in analyse}
    partijen = v.belanghebbenden
    inwoners = [p for p in partijen if p.soort is SoortBelanghebbende.inwoners]
    keuzes: list[Keuze] = []
    bevindingen: list[Bevinding] = []

    def kies(w: Werkvorm, modus: Modus) -> Keuze:
        for k in keuzes:
            if k.werkvorm.id == w.id:
                return k
        trede = w.trede_tot(advies)
        assert trede is not None
        keuze = Keuze(werkvorm=w, modus=modus, trede=trede)
        keuzes.append(keuze)
        if w.treden[-1].rang > trede.rang:
            keuze.add(
                [],
                f"Ingezet op de trede {trede.value}: deze werkvorm kan ook hoger, "
                "maar de kaders laten dat niet toe.",
                "MIX-PLAFOND",
            )
        return keuze

    # 1. verbreding: open to everyone, large enough for the schaal, as inclusive as possible,
    #    and asking for input (raadplegen) whenever the advice allows it
    nodig = _MIN_BEREIK[v.schaal]
    ophalen = min(advies.rang, Trede.raadplegen.rang)
    breed = kandidaten.best(
        lambda w: (
            Modus.denken in w.modi
            and w.verbreding_of_verdieping is not Reikwijdte.verdieping
            and SoortBelanghebbende.inwoners in w.doelgroepen
        ),
        schaal=True,
        moet=lambda w: (int(advies.rang - kandidaten.niveau(w) < ophalen),),
        wens=lambda w: (
            int(w.deelnemers[1] < nodig),
            int(w.werving is not Werving.open),
            int(w.verbreding_of_verdieping is not Reikwijdte.verbreding),
            -len(w.bereikt),
            -w.deelnemers[1],
        ),
    )
    if breed is not None:
        bereikt = [p for p in inwoners if not p.kenmerken or _bereikt(breed, p)]
        kies(breed, Modus.denken).add(
            _namen(bereikt) or _namen(inwoners),
            f"Verbreding: open voor iedereen en bereikt veel mensen "
            f"({text.bereik(*breed.deelnemers)} deelnemers).",
            "MIX-VERBREDING",
        )

    # 2. verdieping: a direct conversation with sleutelspelers and influential opponents,
    #    organisations and inwoners each in a form that suits them
    sleutel = [p for p in partijen if kwadrant[p.naam] is Kwadrant.sleutelspeler]
    tegen = [p for p in partijen if p.houding.value == "tegen" and hoog_of_middel(p.invloed)]
    vroeg = sleutel + [p for p in tegen if p not in sleutel]
    organisaties = [p for p in vroeg if p.soort is not SoortBelanghebbende.inwoners] + [
        p
        for p in partijen
        if p not in vroeg
        and p.soort is not SoortBelanghebbende.inwoners
        and p.belang is Niveau.hoog
    ]
    bewoners = [p for p in vroeg if p.soort is SoortBelanghebbende.inwoners] or (
        [] if vroeg else [p for p in inwoners if hoog_of_middel(p.belang)]
    )
    for groep in (organisaties, bewoners):
        if not groep:
            continue
        soorten = {p.soort for p in groep}
        diep = kandidaten.best(
            lambda w, soorten=soorten: (
                Modus.denken in w.modi  # type: ignore[misc]
                and w.verbreding_of_verdieping is not Reikwijdte.verbreding
                and bool(soorten & set(w.doelgroepen))
            ),
            moet=lambda w: (kandidaten.niveau(w),),
            wens=lambda w, soorten=soorten: (  # type: ignore[misc]
                len(soorten - set(w.doelgroepen)),
                int(w.werving is Werving.open),
            ),
        )
        if diep is None:
            if keuzes:
                keuzes[0].add(
                    _namen(groep),
                    "Bij deze trede worden zij vooral goed geïnformeerd.",
                    "MIX-VERDIEPING",
                )
            continue
        gedekt = [p for p in groep if p.soort in diep.doelgroepen]
        reden = "Verdieping: een kleinere groep gaat echt met elkaar in gesprek."
        sleutel_hier = [p for p in gedekt if p in sleutel]
        tegen_hier = [p for p in gedekt if p in tegen]
        if sleutel_hier:
            reden += (
                f" Sleutelspelers ({text.opsomming(_namen(sleutel_hier))}) krijgen een "
                "eigen, direct gesprek."
            )
        if tegen_hier:
            reden += (
                f" {text.opsomming(_namen(tegen_hier))}: vroeg in gesprek, omdat "
                f"{'zij' if len(tegen_hier) > 1 else 'deze partij'} tegen "
                f"{'zijn' if len(tegen_hier) > 1 else 'is'} en invloed "
                f"{'hebben' if len(tegen_hier) > 1 else 'heeft'}."
            )
        kies(diep, Modus.denken).add(_namen(gedekt), reden, "MIX-VERDIEPING")

    # 3. besluiten
    if _besluiten_nodig(f, advies):
        afwegen = (v.complexiteit or 1) >= 4 or v.soort is Soort.exploratief
        beslis = kandidaten.best(
            lambda w: Modus.besluiten in w.modi,
            schaal=True,
            moet=lambda w: (kandidaten.niveau(w), int(afwegen != (w.werving is Werving.loting))),
        )
        if beslis is not None:
            reden = "Samen besluiten: " + (
                "een gelote groep weegt het complexe vraagstuk af."
                if beslis.werving is Werving.loting
                else "inwoners kiezen zelf tussen uitgewerkte plannen."
            )
            kies(beslis, Modus.besluiten).add(_namen(inwoners), reden, "MIX-BESLUITEN")
        else:
            bevindingen.append(
                bevinding(
                    "MIX-BESLUITEN",
                    Ernst.let_op,
                    f"De catalogus heeft geen werkvorm voor samen besluiten op de trede "
                    f"{advies.value} en de schaal {v.schaal.value}. Kies er zelf een, of voeg er een "
                    "toe aan uw eigen werkvormenbestand.",
                )
            )

    # 4. doen (unless a chosen werkvorm already lets inwoners do)
    if _doen_nodig(f, advies) and not any(Modus.doen in k.werkvorm.modi for k in keuzes):
        uitdagen = WettelijkKader.uitdaagrecht in v.wettelijk_kader
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
                for p in partijen
                if p.houding.value == "voor"
                and hoog_of_middel(p.belang)
                and p.soort in doe.doelgroepen
            ] or inwoners
            reden = "Samen doen: inwoners voeren zelf uit wat zij belangrijk vinden."
            if WettelijkKader.uitdaagrecht in doe.vereist_kader:
                reden = "Samen doen: met het uitdaagrecht nemen inwoners de taak over."
            kies(doe, Modus.doen).add(_namen(dragers), reden, "MIX-DOEN")
    for k in keuzes:
        if Modus.doen in k.werkvorm.modi and "MIX-DOEN" not in k.regels and _doen_nodig(f, advies):
            k.add([], "Deze werkvorm is ook samen doen: inwoners voeren zelf uit.", "MIX-DOEN")

    # 5. the initiatiefnemer's own conversation under the Omgevingswet
    if f.initiatief_van_anderen and WettelijkKader.omgevingswet in v.wettelijk_kader:
        try:
            gesprek: Werkvorm | None = f.kennis.werkvorm("omgevingsgesprek")
        except KeyError:
            gesprek = None
        if gesprek is not None and gesprek.trede_tot(advies):
            omgeving = [p for p in inwoners if hoog_of_middel(p.belang)]
            kies(gesprek, Modus.denken).add(
                _namen(omgeving),
                "De initiatiefnemer voert zelf het gesprek met de omgeving en legt het vast "
                "voor de aanvraag.",
                "MIX-INITIATIEFNEMER",
            )

    # 6. every sleutelspeler is served
    for partij in sleutel:
        if not any(partij.naam in k.voor for k in keuzes) and keuzes:
            keuzes[0].add([partij.naam], None, "MIX-VERDIEPING")

    # 7. inclusion: every hard-to-reach group with a real stake
    open_groepen = []
    for partij in f.inclusiegroepen:
        bestaand = [k for k in keuzes if _bereikt(k.werkvorm, partij)]
        if bestaand:
            bestaand[0].add([partij.naam], _inclusie_reden(partij), "MIX-INCLUSIE")
        else:
            open_groepen.append(partij)
    while open_groepen:
        groepen = list(open_groepen)
        bereik = kandidaten.best(
            lambda w, groepen=groepen: any(_bereikt(w, p) for p in groepen),  # type: ignore[misc]
            wens=lambda w, groepen=groepen: (  # type: ignore[misc]
                -sum(_bereikt(w, p) for p in groepen),
                -sum(len(set(w.bereikt) & set(p.kenmerken)) for p in groepen),
            ),
        )
        if bereik is None:
            for partij in open_groepen:
                bevindingen.append(
                    bevinding(
                        "MIX-INCLUSIE",
                        Ernst.waarschuwing,
                        f"Geen werkvorm in de catalogus bereikt {partij.naam} op deze trede en "
                        "schaal. Zoek samen met welzijnswerk of een zelforganisatie een aanpak; laat "
                        "deze groep niet vallen.",
                    )
                )
            break
        gedekt = [p for p in open_groepen if _bereikt(bereik, p)]
        modus = Modus.denken if Modus.denken in bereik.modi else bereik.modi[0]
        keuze = kies(bereik, modus)
        for partij in gedekt:
            keuze.add([partij.naam], _inclusie_reden(partij), "MIX-INCLUSIE")
        open_groepen = [p for p in open_groepen if p not in gedekt]

    # 8. a note on werkvormen that handle this polarisation less well
    polarisatie = v.polarisatie or 1
    for k in keuzes:
        if polarisatie > k.werkvorm.polarisatie_max:
            k.add(
                [],
                f"Let op: deze werkvorm kan een verdeeld vraagstuk (polarisatie {polarisatie}) "
                "minder goed aan. Zorg voor onafhankelijke begeleiding en neutrale informatie.",
                "MIX-POLARISATIE",
            )

    # 9. always feedback and a learning arena
    for id, regel_id, reden in (
        (
            "terugkoppeling",
            "MIX-TERUGKOPPELING",
            "Iedereen die meedeed hoort wat er met de inbreng is gedaan en waarom.",
        ),
        (
            "leerarena",
            "MIX-LEERARENA",
            "Raad, college, ambtenaren en deelnemers kijken samen terug en leren voor de "
            "volgende keer.",
        ),
    ):
        try:
            w = f.kennis.werkvorm(id)
        except KeyError:
            continue
        keuze = Keuze(werkvorm=w, modus=Modus.denken, trede=w.trede_tot(advies) or advies)
        keuze.add(_namen(partijen) if id == "terugkoppeling" else [], reden, regel_id)
        keuzes.append(keuze)
    return keuzes, bevindingen


def _inclusie_reden(partij: Belanghebbende) -> str:
    if partij.kenmerken:
        labels = [KENMERK_LABELS[k] for k in partij.kenmerken]
        return f"Bereikt {partij.naam} ({text.opsomming(labels)})."
    return f"Gaat naar {partij.naam} toe (moeilijk bereikbaar)."


_VOLGORDE = {Modus.denken: 0, Modus.besluiten: 1, Modus.doen: 3}


def _plan(keuzes: list[Keuze]) -> tuple[list[tuple[Keuze, int, int]], int]:
    """Weeks: denken runs in parallel, then besluiten, then terugkoppeling, then doen."""
    denken = [
        k
        for k in keuzes
        if k.modus is Modus.denken and k.werkvorm.id not in ("terugkoppeling", "leerarena")
    ]
    besluiten = [k for k in keuzes if k.modus is Modus.besluiten]
    doen = [k for k in keuzes if k.modus is Modus.doen]
    eind_denken = max((k.werkvorm.weken[0] for k in denken), default=0)
    eind_besluiten = eind_denken + max((k.werkvorm.weken[0] for k in besluiten), default=0)
    plan: list[tuple[Keuze, int, int]] = [(k, 0, k.werkvorm.weken[0]) for k in denken]
    plan += [(k, eind_denken, eind_denken + k.werkvorm.weken[0]) for k in besluiten]
    nodig = eind_besluiten
    for k in keuzes:
        if k.werkvorm.id == "terugkoppeling":
            nodig = eind_besluiten + k.werkvorm.weken[0]
            plan.append((k, eind_besluiten, nodig))
    plan += [(k, nodig, nodig + k.werkvorm.weken[0]) for k in doen]
    einde = max((e for _, _, e in plan), default=nodig)
    for k in keuzes:
        if k.werkvorm.id == "leerarena":
            plan.append((k, einde, einde + k.werkvorm.weken[0]))
    return plan, nodig


def _fits(keuzes: list[Keuze], f: Feiten) -> tuple[bool, bool]:
    budget = f.vraagstuk.kaders.budget_euro
    weken = f.weken_beschikbaar
    kosten = sum(k.werkvorm.kosten_euro[0] for k in keuzes)
    _, nodig = _plan(keuzes)
    return (budget is None or kosten <= budget, weken is None or weken <= 0 or nodig <= weken)


def compose_mix(
    f: Feiten, advies: Trede, analyse: list[BelanghebbendeAdvies]
) -> tuple[list[MixOnderdeel], Middelen, list[Bevinding]]:
    """Choose the mix; prefer quality, then cheap or fast variants when budget or time demand."""
    pogingen = {}
    gekozen = None
    for voorkeur in ("kwaliteit", "goedkoop", "snel"):
        pogingen[voorkeur] = _build(f, advies, analyse, voorkeur)
        if all(_fits(pogingen[voorkeur][0], f)):
            gekozen = voorkeur
            break
    if gekozen is None:
        budget_ok, _ = _fits(pogingen["goedkoop"][0], f)
        gekozen = "goedkoop" if not budget_ok else "snel"
    keuzes, bevindingen = pogingen[gekozen]

    plan, nodig = _plan(keuzes)
    kosten_min = sum(k.werkvorm.kosten_euro[0] for k in keuzes)
    kosten_max = sum(k.werkvorm.kosten_euro[1] for k in keuzes)
    budget = f.vraagstuk.kaders.budget_euro
    weken = f.weken_beschikbaar
    past_budget = None if budget is None else kosten_min <= budget
    past_tijd = None if weken is None else (weken > 0 and nodig <= weken)

    eerste_budget_ok, eerste_tijd_ok = _fits(pogingen["kwaliteit"][0], f)
    eerste = pogingen["kwaliteit"][0]
    if gekozen != "kwaliteit" and not eerste_budget_ok and past_budget:
        bevindingen.append(
            bevinding(
                "MIX-BUDGET",
                Ernst.let_op,
                f"De eerste keuze van werkvormen kostte minstens "
                f"{text.euro(sum(k.werkvorm.kosten_euro[0] for k in eerste))}; dat past niet in het "
                f"budget ({text.euro(budget or 0)}). pionieren koos daarom goedkopere werkvormen "
                "voor dezelfde groepen. Rekent u met de hogere bedragen, dan kost de mix tot "
                f"{text.euro(kosten_max)}.",
            )
        )
    if past_budget is False and budget is not None:
        duurste = sorted(keuzes, key=lambda k: (-k.werkvorm.kosten_euro[0], k.werkvorm.id))[:2]
        bevindingen.append(
            bevinding(
                "MIX-BUDGET",
                Ernst.waarschuwing,
                f"De mix kost minstens {text.euro(kosten_min)}, het budget is {text.euro(budget)}: "
                f"{text.euro(kosten_min - budget)} te weinig. De duurste onderdelen zijn "
                f"{text.opsomming([k.werkvorm.naam for k in duurste])}. Verhoog het budget, of kies "
                "bewust en openlijk welke groep u minder intensief betrekt; pionieren schrapt geen "
                "groepen.",
            )
        )
    if gekozen != "kwaliteit" and not eerste_tijd_ok and past_tijd:
        bevindingen.append(
            bevinding(
                "MIX-TIJD",
                Ernst.let_op,
                f"De eerste keuze van werkvormen had minstens {_plan(eerste)[1]} weken nodig; er "
                f"zijn er {weken} tot het besluit. pionieren koos daarom snellere werkvormen; de "
                f"mix heeft nu minstens {nodig} weken nodig.",
            )
        )
    if past_tijd is False and weken is not None and weken > 0:
        bevindingen.append(
            bevinding(
                "MIX-TIJD",
                Ernst.waarschuwing,
                f"De mix heeft minstens {nodig} weken nodig tot het besluit, er zijn er {weken}: "
                f"{nodig - weken} weken te weinig. Schuif het besluit op, of begin eerder; "
                "verkort de participatie niet ongemerkt.",
            )
        )

    onderdelen = []
    for keuze, start, eind in sorted(
        plan, key=lambda p: (p[1], _VOLGORDE[p[0].modus], p[0].werkvorm.id)
    ):
        w = keuze.werkvorm
        onderdelen.append(
            MixOnderdeel(
                werkvorm=w.id,
                naam=w.naam,
                modus=keuze.modus,
                trede=keuze.trede,
                voor=keuze.voor,
                waarom=" ".join(keuze.redenen),
                kosten_euro=w.kosten_euro,
                weken=w.weken,
                start_week=start,
                eind_week=eind,
                valkuilen=list(w.valkuilen),
                regels=keuze.regels,
            )
        )
    middelen = Middelen(
        kosten_min_euro=kosten_min,
        kosten_max_euro=kosten_max,
        budget_euro=budget,
        past_in_budget=past_budget,
        weken_nodig=nodig,
        weken_beschikbaar=weken,
        past_in_tijd=past_tijd,
    )
    return onderdelen, middelen, bevindingen

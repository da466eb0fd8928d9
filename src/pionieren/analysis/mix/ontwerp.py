"""The design while it is being made: the choices so far, and what every step of the mix reads.

Each rule of the mix is a step that gets the :class:`Ontwerp` (the facts, the candidates and
the choices so far) and adds choices, parties served or findings to it. A choice is a
:class:`Keuze`: a werkvorm with its mode, level, the parties it is for and why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.bereik import alleen_jeugd, hun_plek, over_jeugd
from pionieren.analysis.mix.kandidaten import Kandidaten, Voorkeur
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import (
    BelanghebbendeAdvies,
    BesluitAdvies,
    Bevinding,
    Kwadrant,
    OnderwerpAdvies,
    Tekstdeel,
    deel,
)
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Modus,
    Procesfase,
    Reikwijdte,
    SoortBelanghebbende,
    Trede,
)


@dataclass
class Keuze:
    werkvorm: Werkvorm
    modus: Modus
    trede: Trede
    voor: list[str] = field(default_factory=list)
    redenen: list[Tekstdeel] = field(default_factory=list)
    regels: list[str] = field(default_factory=list)
    genoemd: bool = False
    inclusie: list[str] = field(default_factory=list)
    periode: tuple[date, date] | None = None
    """The dates the vraagstuk fixes for this werkvorm (a trial, a polling day)."""
    fase: Procesfase | None = None
    """The phase those dates put it in, when it differs from the catalogue's."""
    door_gemeente: bool = False
    """Run by the gemeente also in an initiative of others: it reaches a group the initiator
    must not approach itself (rule MIX-KWETSBAAR)."""
    onderwerpen: list[str] = field(default_factory=list)
    """The open points this werkvorm deals with (rule MIX-ONDERWERP)."""
    afweging: bool = False
    """The form where inwoners weigh the options on an open point (rule MIX-AFWEGEN)."""
    afweging_toegezegd: bool = False
    """... on a point whose level is already promised: no budget cut takes it out."""
    eerst_apart: bool = False
    """The separate first talk with an opposed party who then sits at the weighing table: it
    stays with the weighing in a smaller design (rule MIX-AFWEGEN)."""
    gespreksleider: bool = False
    """Both sides of a divided case sit here: an independent chair, at its own cost."""
    later: str = ""
    """The open point with its own later decision whose budget pays this step after the
    decision, when the participation budget is short (rule MIX-BUDGET)."""
    kap: int = 0
    """The most this step may cost when a short budget makes it smaller (fewer places,
    questions or participants): its cost is then this amount (rule MIX-BUDGET); 0 for none."""
    publiek: frozenset[str] = frozenset()
    """The groups the case itself names for this werkvorm of its own (rule MIX-INSTRUMENT):
    when not empty, the werkvorm starts with them only, and they are not taken out of it."""
    voor_tekst: str = ""
    """The audience the case itself gives its own werkvorm (werkvormen[].voor), in its own
    words: the werkvorm is for that audience only. No rule adds another group to it (a
    marktconsultatie 'for the organisations that can tender' is not for the volunteers), and
    the report names it as the case does (review 54a: the jury of 2 + 10 young people read
    'Ouders van jongeren')."""
    buiten: frozenset[str] = frozenset()
    """The groups this werkvorm cannot reach: it is a party's own meeting and they stand
    outside that party (:func:`pionieren.analysis.mix.bereik.buiten_kring`). No step adds
    them (rules MIX-POLITIEK, MIX-VERDIEPING, MIX-DEKKING, MIX-INCLUSIE)."""
    _gezien: set[str] = field(default_factory=set, repr=False, compare=False)
    """The names in ``voor``, to look one up in constant time (a case may have thousands)."""

    def add(self, namen: list[str], reden: Tekstdeel | None, regel_id: str) -> None:
        for naam in namen:
            if self.voor_tekst and naam not in self.publiek:
                continue  # the case says whom its own werkvorm is for
            if naam not in self._gezien and naam not in self.buiten:
                self._gezien.add(naam)
                self.voor.append(naam)
        if reden and reden not in self.redenen:
            self.redenen.append(reden)
        if regel_id not in self.regels:
            self.regels.append(regel_id)

    def remove(self, naam: str) -> None:
        """No longer "for" this party."""
        if naam in self._gezien:
            self._gezien.discard(naam)
            self.voor = [n for n in self.voor if n != naam]
            self.inclusie = [n for n in self.inclusie if n != naam]

    def verhoog(self, trede: Trede) -> None:
        """Use the werkvorm at ``trede`` when that is higher: an open point with that level is
        its own ceiling (rule MIX-ONDERWERP). The ceiling note follows the new level."""
        if trede.rang <= self.trede.rang:
            return
        self.trede = trede
        self.redenen = [r for r in self.redenen if r.sleutel != "MIX-PLAFOND"]
        if self.werkvorm.treden[-1].rang > trede.rang:
            self.redenen.insert(0, deel("MIX-PLAFOND", trede=trede.value))

    def serves(self, naam: str) -> bool:
        return naam in self._gezien

    @property
    def eigen(self) -> bool:
        """The case's own instrument: named in the vraagstuk, implied by its procedure, or
        brought along by one of those."""
        return self.genoemd or "MIX-INSTRUMENT" in self.regels


class Voorstel(NamedTuple):
    """An instrument proposed for the design: a catalogue id, why, and whether the vraagstuk
    names it itself."""

    id: str
    reden: Tekstdeel
    genoemd: bool


_VOOR_HET_BESLUIT = (Procesfase.voorbereiden, Procesfase.ophalen, Procesfase.verdiepen)


def fase_op_datum(
    fase: Procesfase, periode: tuple[date, date], besluit: date | None, w: Werkvorm | None = None
) -> Procesfase:
    """The phase of a werkvorm on fixed dates: a trial that ends before the decision is its
    test round; a sounding board that starts after the decision belongs to the works. A visit
    or coach of the works that the case puts before the decision gathers input: it is no test
    round (review 45a: the adviser's visit to each owner read 'Toetsen', before 'Verdiepen')."""
    if besluit is None:
        return fase
    if periode[1] <= besluit and fase not in (*_VOOR_HET_BESLUIT, Procesfase.toetsen):
        if (
            w is not None
            and fase is Procesfase.uitvoering
            and w.id != "pilot"
            and Modus.denken in w.modi
            and Modus.besluiten not in w.modi
        ):
            return (
                Procesfase.ophalen
                if w.verbreding_of_verdieping is Reikwijdte.verbreding
                else Procesfase.verdiepen
            )
        return Procesfase.toetsen
    if periode[0] > besluit and fase in (*_VOOR_HET_BESLUIT, Procesfase.toetsen):
        return Procesfase.uitvoering
    return fase


def fase_van(k: Keuze) -> Procesfase:
    """The phase a werkvorm belongs to: from the catalogue, or from its mode and reach."""
    if k.fase is not None:
        return k.fase
    w = k.werkvorm
    if w.procesfase is not None:
        return w.procesfase
    if w.id == "terugkoppeling":
        return Procesfase.terugkoppeling
    if w.id == "leerarena":
        return Procesfase.evaluatie
    if k.modus is Modus.doen:
        return Procesfase.uitvoering
    if k.modus is Modus.besluiten:
        return Procesfase.toetsen
    if w.verbreding_of_verdieping is Reikwijdte.verbreding:
        return Procesfase.ophalen
    return Procesfase.verdiepen


def vooraf(w: Werkvorm) -> bool:
    """Can this werkvorm gather input before the decision? (a pilot or works communication
    runs during the works and cannot be the broad round or the deepening)"""
    return w.procesfase is None or w.procesfase in _VOOR_HET_BESLUIT


def voor_het_besluit(k: Keuze) -> bool:
    """Does this werkvorm run while inwoners can still shape the decision?"""
    return fase_van(k) in _VOOR_HET_BESLUIT


@regel(
    "MIX-PLAFOND",
    Thema.mix,
    "Geen werkvorm boven de geadviseerde trede",
    """Een werkvorm wordt nooit ingezet op een hogere trede dan het advies. Een werkvorm die over
    één open onderwerp gaat, mag tot de trede van dat onderwerp (regel MIX-ONDERWERP). Kan een
    werkvorm ook hoger, dan staat erbij op welke trede hij hier wordt ingezet, zodat niemand
    meer verwacht dan er kan. Een werkvorm alleen voor kinderen of jongeren (spelend ontwerpen,
    een jongerenraad) gaat niet hoger dan adviseren, tenzij een open onderwerp over hen (hun
    plek, hun speelplein) hoger gaat en een groep kinderen of jongeren er een groot belang bij
    heeft (het is hun plek): dan gaat hij mee tot die trede, zodat kinderen over hun
    eigen plek niet zwakker meepraten dan de volwassenen.""",
    ["ombudsman-inspraak-2009", "movisie-participatieladder"],
)
def plafond(w: Werkvorm, modus: Modus, advies: Trede) -> Keuze:
    """A new choice of ``w``: at the advised level at the most, saying so when ``w`` could go
    higher."""
    trede = w.trede_tot(advies) or advies
    keuze = Keuze(werkvorm=w, modus=modus, trede=trede)
    if w.treden[-1].rang > trede.rang:
        keuze.add([], deel("MIX-PLAFOND", trede=trede.value), "MIX-PLAFOND")
    return keuze


@dataclass
class Ontwerp:
    """The mix while it is being made. A step reads the facts and adds to ``keuzes`` (the
    werkvormen chosen so far, in the order they were chosen) and ``bevindingen``."""

    f: Feiten
    advies: Trede
    """The advised level: no werkvorm is chosen above it."""
    besluit: BesluitAdvies
    kandidaten: Kandidaten
    kwadrant: dict[str, Kwadrant]
    """The Mendelow quadrant of every stakeholder, by name."""
    hoogste: Trede
    """The highest level on any open point, also a point another party decides."""
    ruimte: Trede
    """The room on every open point: the case's own instrument is not refused below it."""
    onderwerpen: list[OnderwerpAdvies] = field(default_factory=list)
    """The advice per point: the level on every open point (rule MIX-ONDERWERP)."""
    keuzes: list[Keuze] = field(default_factory=list)
    bevindingen: list[Bevinding] = field(default_factory=list)

    @classmethod
    def begin(
        cls,
        f: Feiten,
        advies: Trede,
        analyse: list[BelanghebbendeAdvies],
        besluit: BesluitAdvies,
        voorkeur: Voorkeur = Voorkeur.kwaliteit,
        hoogste: Trede | None = None,
        ruimte: Trede | None = None,
        onderwerpen: list[OnderwerpAdvies] | None = None,
    ) -> Ontwerp:
        """An empty design for this case, choosing with ``voorkeur``. ``hoogste`` and ``ruimte``
        default to the advice (no open point asks for more)."""
        hoogste = hoogste or advies
        return cls(
            f=f,
            advies=advies,
            besluit=besluit,
            kandidaten=Kandidaten(f, advies, voorkeur),
            kwadrant={a.naam: a.kwadrant for a in analyse},
            hoogste=hoogste,
            ruimte=ruimte or hoogste,
            onderwerpen=list(onderwerpen or []),
        )

    @property
    def partijen(self) -> list[Belanghebbende]:
        return self.f.vraagstuk.belanghebbenden

    @property
    def inwoners(self) -> list[Belanghebbende]:
        return [p for p in self.partijen if p.soort is SoortBelanghebbende.inwoners]

    def kies(self, w: Werkvorm, modus: Modus) -> Keuze:
        """The choice of ``w``: the one made before, or a new one (rule MIX-PLAFOND)."""
        for k in self.keuzes:
            if k.werkvorm.id == w.id:
                return k
        keuze = plafond(w, modus, self.plafond_voor(w))
        self.keuzes.append(keuze)
        return keuze

    def plafond_voor(self, w: Werkvorm) -> Trede:
        """The highest level ``w`` is used at: the advice; for a form made for children or
        young people only, adviseren unless an open point about them goes higher and the place
        is theirs (:func:`hun_plek`), and only when the form can be used that low (rule
        MIX-PLAFOND)."""
        if not alleen_jeugd(w):
            return self.advies
        eigen = hun_plek(w, self.f.vraagstuk.belanghebbenden)
        over_hen = [
            p.trede for p in self.onderwerpen if eigen and p.open and over_jeugd(p.onderwerp)
        ]
        grens = max([Trede.adviseren, *over_hen], key=lambda t: t.rang)
        trede = min(self.advies, grens, key=lambda t: t.rang)
        return trede if w.trede_tot(trede) is not None else self.advies

    def eigen(self) -> list[Keuze]:
        """The case's own instruments that run before the decision. Only these can stand in for
        asking and deepening: works communication, a vote after the decision or a formal
        zienswijze cannot."""
        return [k for k in self.keuzes if k.eigen and voor_het_besluit(k)]

    def stemmingen(self) -> list[Keuze]:
        """A vote or referendum of the case in the test round: its way of deciding together,
        and its broad round, with nothing on top of it."""
        return [
            k
            for k in self.keuzes
            if k.eigen and fase_van(k) is Procesfase.toetsen and Modus.besluiten in k.werkvorm.modi
        ]

    def heeft(self, test: Callable[[Werkvorm], bool]) -> bool:
        """Does one of the case's own instruments (or votes) pass ``test``?"""
        return any(test(k.werkvorm) for k in self.eigen() + self.stemmingen())

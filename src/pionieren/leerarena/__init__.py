"""The leerarena: what finished participation processes teach, counted over their evaluaties.

Why: the book's fifth advice is a leerarena, where raad, college, organisation and inwoners look
back on what participation delivered. :func:`aggregate` turns evaluaties (each with its vraagstuk)
into figures that can be checked by hand against the files: per werkvorm how often it was used
and how it did against the catalogue, how often terugkoppeling was late or missing, how often the
decision deviated from the outcome, which groups were reached or missed, the lessons, and an
agenda of questions for the next session.

This is a pure function: no file access, no printing, no clock. Every loop is one pass over the
evaluaties (with dictionary lookups), so 10,000 evaluaties cost 10 times as much as 1,000.
``pionieren analyse --leerarena`` (issue 13, part 4) is meant to reuse :func:`aggregate` and the
per-evaluatie facts in :attr:`Leerarena.processen`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from pionieren import __version__
from pionieren.input.load import GelezenEvaluatie
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.models import Werkvorm
from pionieren.safe_text import comparable_name
from pionieren.vocabulary import JaDeelsNee, Modus

TERUGKOPPELING_WEKEN = 6
"""Terugkoppeling is late when it comes after the end of the period, or more than this many
weeks after the decision (people have to hear it while they still remember taking part)."""

WIE = ("deelnemers", "raad", "organisatie")


class Uitvoer(BaseModel):
    model_config = ConfigDict(frozen=True)


class WerkvormUitkomst(Uitvoer):
    """How one werkvorm did in every process that used it."""

    werkvorm: str = Field(description="Id uit de werkvormencatalogus, of een eigen id.")
    naam: str
    in_catalogus: bool
    keer: int = Field(description="Hoe vaak de werkvorm is gebruikt.")
    niet_gedaan: int = Field(description="Hoe vaak hij gepland was maar niet doorging.")
    deelnemers: int = Field(description="Alle deelnemers samen.")
    deelnemers_gepland: int = Field(
        description="Het plan samen: deelnemers_gepland, anders het minimum uit de catalogus."
    )
    onder_plan: int = Field(description="Hoe vaak er minder deelnemers waren dan gepland.")
    kosten_euro: int = Field(description="Alle kosten samen.")
    schatting_kosten_euro: tuple[int, int] | None = Field(
        description="De schatting per keer uit de catalogus: [minimum, maximum]."
    )
    boven_schatting_kosten: int = Field(description="Hoe vaak de kosten boven het maximum lagen.")
    weken: int = Field(description="Alle weken samen.")
    schatting_weken: tuple[int, int] | None
    boven_schatting_weken: int
    tevredenheid_deelnemers: float | None = Field(
        description="Gemiddelde tevredenheid van de deelnemers in de processen met deze werkvorm."
    )
    tevredenheid_aantal: int
    bestanden: list[str]


class Proces(Uitvoer):
    """The facts of one evaluatie that the report shows per process."""

    bestand: str
    vraagstuk_bestand: str
    titel: str
    gemeente: str
    beleidsveld: str | None
    schaal: str
    initiatiefnemer: str
    beinvloedingsruimte: str
    van: date
    tot: date | None
    afgerond: bool
    werkvormen: list[str]
    deelnemers: int
    kosten_euro: int
    budget_euro: int | None
    terugkoppeling: str = Field(description="op_tijd, te_laat, ontbreekt of lopend.")
    terugkoppeling_datum: date | None
    besluit: str | None = Field(description="ja, deels of nee; leeg zonder besluit.")
    bereikt: dict[str, int] = Field(description="Aantal groepen per antwoord: ja, deels, nee.")
    gemist: list[str] = Field(description="Groepen die niet zijn bereikt.")
    gemist_kenmerken: list[str] = Field(
        description="De kenmerken van de groepen die niet zijn bereikt (uit het vraagstuk)."
    )


class TeLaat(Uitvoer):
    bestand: str
    titel: str
    datum: date
    na_einde: bool = Field(description="Na het einde van de periode.")
    weken_na_besluit: int | None = Field(description="Hele weken na het besluit, als bekend.")


class Terugkoppeling(Uitvoer):
    afgerond: int = Field(description="Afgeronde processen (met een einddatum).")
    op_tijd: int
    te_laat: list[TeLaat]
    ontbreekt: list[Proces]
    lopend: int
    weken: int = TERUGKOPPELING_WEKEN


class Afwijking(Uitvoer):
    bestand: str
    titel: str
    volgt_uitkomst: JaDeelsNee
    waarom: str | None


class Besluiten(Uitvoer):
    met_besluit: int
    ja: int
    deels: int
    nee: int
    afwijkingen: list[Afwijking]


class Groep(Uitvoer):
    """Reach of one kind of group (a kenmerk or a soort) over every process."""

    groep: str = Field(description="Een kenmerk (jongeren, ouderen ...) of een soort partij.")
    is_kenmerk: bool
    ja: int
    deels: int
    nee: int
    onbekend: int = Field(description="In het vraagstuk, maar niet genoemd in de evaluatie.")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def totaal(self) -> int:
        """Every group of this kind in the vraagstukken of the evaluaties."""
        return self.ja + self.deels + self.nee + self.onbekend


class GemisteGroep(Uitvoer):
    naam: str
    titel: str
    bestand: str
    toelichting: str | None


class Tevredenheid(Uitvoer):
    wie: str
    gemiddelde: float | None
    aantal: int
    verdeling: list[int] = Field(description="Hoe vaak 1, 2, 3, 4 en 5 is gegeven.")


class Les(Uitvoer):
    les: str
    modus: Modus
    titel: str
    bestand: str


class Agendapunt(Uitvoer):
    """A question for the next leerarena session, as data: ``soort`` and its ``waarden``.

    The wording lives in the templates (leerarena.md / leerarena.html), so a gemeente can
    phrase the questions its own way.
    """

    soort: str
    waarden: dict[str, Any]


class Leerarena(Uitvoer):
    """Everything the leerarena report shows; the JSON output of ``pionieren leerarena``."""

    versie: str = __version__
    datum: date
    map: str
    evaluaties: int
    afgerond: int
    lopend: int
    processen: list[Proces]
    zonder_evaluatie: list[str] = Field(description="Vraagstukken in de map zonder evaluatie.")
    niet_meegeteld: list[str] = Field(description="Bestanden die niet te lezen waren.")
    werkvormen: list[WerkvormUitkomst]
    terugkoppeling: Terugkoppeling
    besluiten: Besluiten
    groepen: list[Groep]
    gemist: list[GemisteGroep]
    nieuwe_groepen: list[GemisteGroep]
    tevredenheid: list[Tevredenheid]
    lessen: dict[str, list[Les]]
    agenda: list[Agendapunt]


def terugkoppeling_status(gelezen: GelezenEvaluatie) -> tuple[str, TeLaat | None]:
    """'op_tijd', 'te_laat', 'ontbreekt' or 'lopend' for one evaluatie (see the rule above)."""
    e = gelezen.evaluatie
    t = e.terugkoppeling
    if not t.gegeven or t.datum is None:
        return ("ontbreekt" if e.afgerond else "lopend"), None
    na_einde = e.periode.tot is not None and t.datum > e.periode.tot
    weken: int | None = None
    te_laat_na_besluit = False
    if e.besluit is not None and e.besluit.datum is not None:
        weken = max((t.datum - e.besluit.datum).days // 7, 0)
        te_laat_na_besluit = t.datum > e.besluit.datum + timedelta(weeks=TERUGKOPPELING_WEKEN)
    if na_einde or te_laat_na_besluit:
        titel = gelezen.vraagstuk.titel
        return "te_laat", TeLaat(
            bestand=gelezen.bestand,
            titel=titel,
            datum=t.datum,
            na_einde=na_einde,
            weken_na_besluit=weken,
        )
    return "op_tijd", None


class _Werkvormteller:
    """Running totals for one werkvorm (one pass, no lists searched)."""

    def __init__(self, id_: str, catalogus: Werkvorm | None) -> None:
        self.id = id_
        self.catalogus = catalogus
        self.keer = self.niet_gedaan = self.deelnemers = self.gepland = self.onder_plan = 0
        self.kosten = self.boven_kosten = self.weken = self.boven_weken = 0
        self.tevreden_som = self.tevreden_aantal = 0
        self.bestanden: dict[str, None] = {}

    def uitkomst(self) -> WerkvormUitkomst:
        w = self.catalogus
        gemiddeld = (
            round(self.tevreden_som / self.tevreden_aantal, 1) if self.tevreden_aantal else None
        )
        return WerkvormUitkomst(
            werkvorm=self.id,
            naam=w.naam if w else self.id,
            in_catalogus=w is not None,
            keer=self.keer,
            niet_gedaan=self.niet_gedaan,
            deelnemers=self.deelnemers,
            deelnemers_gepland=self.gepland,
            onder_plan=self.onder_plan,
            kosten_euro=self.kosten,
            schatting_kosten_euro=w.kosten_euro if w else None,
            boven_schatting_kosten=self.boven_kosten,
            weken=self.weken,
            schatting_weken=w.weken if w else None,
            boven_schatting_weken=self.boven_weken,
            tevredenheid_deelnemers=gemiddeld,
            tevredenheid_aantal=self.tevreden_aantal,
            bestanden=list(self.bestanden),
        )


_ANTWOORDEN = tuple(a.value for a in JaDeelsNee)
_TELLINGEN = (*_ANTWOORDEN, "onbekend")


def partij_groepen(partij: Belanghebbende) -> tuple[str, ...]:
    """The kinds of group a stakeholder counts under: each kenmerk, and its soort."""
    return (*(f"kenmerk:{k.value}" for k in partij.kenmerken), f"soort:{partij.soort.value}")


def aggregate(
    evaluaties: Sequence[GelezenEvaluatie],
    werkvormen: Mapping[str, Werkvorm],
    *,
    datum: date,
    map_: str = "",
    zonder_evaluatie: Sequence[str] = (),
    niet_meegeteld: Sequence[str] = (),
) -> Leerarena:
    """Count what the evaluaties say; ``werkvormen`` is the catalogue by id.

    Evaluaties are taken in the order given (sort them by file name for a stable report). The
    result holds only numbers and texts from the files, so every figure can be checked by hand.
    """
    tellers: dict[str, _Werkvormteller] = {}
    processen: list[Proces] = []
    te_laat: list[TeLaat] = []
    ontbreekt: list[Proces] = []
    op_tijd = lopend = 0
    uitkomsten = dict.fromkeys(JaDeelsNee, 0)
    afwijkingen: list[Afwijking] = []
    groepen: dict[str, dict[str, int]] = {}
    gemist: list[GemisteGroep] = []
    nieuw: list[GemisteGroep] = []
    scores: dict[str, list[int]] = {wie: [0] * 5 for wie in WIE}
    lessen: dict[str, list[Les]] = {m.value: [] for m in Modus}
    partijen_per_vraagstuk: dict[str, dict[str, Any]] = {}

    def teller(id_: str) -> _Werkvormteller:
        if id_ not in tellers:
            tellers[id_] = _Werkvormteller(id_, werkvormen.get(id_))
        return tellers[id_]

    for gelezen in evaluaties:
        e, v, bestand = gelezen.evaluatie, gelezen.vraagstuk, gelezen.bestand
        tevreden = e.tevredenheid.deelnemers if e.tevredenheid else None
        for w in e.werkvormen:
            t = teller(w.id)
            t.keer += 1
            t.bestanden[bestand] = None
            t.deelnemers += w.deelnemers
            plan = w.deelnemers_gepland
            if plan is None and t.catalogus is not None:
                plan = t.catalogus.deelnemers[0]
            t.gepland += plan or 0
            t.onder_plan += plan is not None and w.deelnemers < plan
            t.kosten += w.kosten_euro
            t.weken += w.weken
            if t.catalogus is not None:
                t.boven_kosten += w.kosten_euro > t.catalogus.kosten_euro[1]
                t.boven_weken += w.weken > t.catalogus.weken[1]
            if tevreden is not None:
                t.tevreden_som += tevreden
                t.tevreden_aantal += 1
        for n in e.niet_gedaan:
            teller(n.id).niet_gedaan += 1

        status, laat = terugkoppeling_status(gelezen)
        if laat is not None:
            te_laat.append(laat)
        elif status == "op_tijd":
            op_tijd += 1
        elif status == "lopend":
            lopend += 1
        if e.besluit is not None:
            uitkomsten[e.besluit.volgt_uitkomst] += 1
            if e.besluit.volgt_uitkomst is not JaDeelsNee.ja:
                afwijkingen.append(
                    Afwijking(
                        bestand=bestand,
                        titel=v.titel,
                        volgt_uitkomst=e.besluit.volgt_uitkomst,
                        waarom=e.besluit.waarom,
                    )
                )

        # Reach: each stakeholder of the vraagstuk once, by its kenmerken and its soort.
        sleutel = gelezen.vraagstuk_bestand
        if sleutel not in partijen_per_vraagstuk:
            partijen_per_vraagstuk[sleutel] = {
                comparable_name(b.naam): b for b in v.belanghebbenden
            }
        partijen = partijen_per_vraagstuk[sleutel]
        genoemd: set[str] = set()
        bereikt = dict.fromkeys(_ANTWOORDEN, 0)
        namen_gemist: list[str] = []
        kenmerken_gemist: set[str] = set()
        for groep in e.belanghebbenden:
            naam = comparable_name(groep.naam)
            genoemd.add(naam)
            antwoord = groep.bereikt.value
            bereikt[antwoord] += 1
            partij = partijen.get(naam)
            if antwoord == "nee" or partij is None:
                regel = GemisteGroep(
                    naam=groep.naam, titel=v.titel, bestand=bestand, toelichting=groep.toelichting
                )
                if antwoord == "nee":
                    gemist.append(regel)
                    namen_gemist.append(groep.naam)
                    if partij is not None:
                        kenmerken_gemist.update(k.value for k in partij.kenmerken)
                if partij is None:
                    nieuw.append(regel)
                    continue
            for g in partij_groepen(partij):
                if g not in groepen:
                    groepen[g] = dict.fromkeys(_TELLINGEN, 0)
                groepen[g][antwoord] += 1
        if len(genoemd) < len(partijen):
            for naam, partij in partijen.items():
                if naam not in genoemd:
                    for g in partij_groepen(partij):
                        if g not in groepen:
                            groepen[g] = dict.fromkeys(_TELLINGEN, 0)
                        groepen[g]["onbekend"] += 1

        if e.tevredenheid is not None:
            for wie in WIE:
                score = getattr(e.tevredenheid, wie)
                if score is not None:
                    scores[wie][score - 1] += 1
        for les in e.lessen:
            lessen[les.modus.value].append(
                Les(les=les.les, modus=les.modus, titel=v.titel, bestand=bestand)
            )
        proces = Proces(
            bestand=bestand,
            vraagstuk_bestand=gelezen.vraagstuk_bestand,
            titel=v.titel,
            gemeente=v.gemeente,
            beleidsveld=v.beleidsveld,
            schaal=v.schaal.value,
            initiatiefnemer=v.initiatiefnemer.value,
            beinvloedingsruimte=v.kaders.beinvloedingsruimte.value,
            van=e.periode.van,
            tot=e.periode.tot,
            afgerond=e.afgerond,
            werkvormen=[w.id for w in e.werkvormen],
            deelnemers=sum(w.deelnemers for w in e.werkvormen),
            kosten_euro=sum(w.kosten_euro for w in e.werkvormen),
            budget_euro=v.kaders.budget_euro,
            terugkoppeling=status,
            terugkoppeling_datum=e.terugkoppeling.datum,
            besluit=e.besluit.volgt_uitkomst.value if e.besluit else None,
            bereikt=bereikt,
            gemist=namen_gemist,
            gemist_kenmerken=sorted(kenmerken_gemist),
        )
        processen.append(proces)
        if status == "ontbreekt":
            ontbreekt.append(proces)

    uitkomst_werkvormen = sorted(
        (t.uitkomst() for t in tellers.values()), key=lambda w: (-w.keer, w.werkvorm)
    )
    groep_lijst = [
        Groep(groep=g.split(":", 1)[1], is_kenmerk=g.startswith("kenmerk:"), **telling)
        for g, telling in sorted(groepen.items())
    ]
    tevredenheid = [
        Tevredenheid(
            wie=wie,
            gemiddelde=round(sum((i + 1) * n for i, n in enumerate(rij)) / sum(rij), 1)
            if sum(rij)
            else None,
            aantal=sum(rij),
            verdeling=rij,
        )
        for wie, rij in scores.items()
    ]
    afgerond = sum(1 for p in processen if p.afgerond)
    terugkoppeling = Terugkoppeling(
        afgerond=afgerond, op_tijd=op_tijd, te_laat=te_laat, ontbreekt=ontbreekt, lopend=lopend
    )
    besluiten = Besluiten(
        met_besluit=sum(uitkomsten.values()),
        ja=uitkomsten[JaDeelsNee.ja],
        deels=uitkomsten[JaDeelsNee.deels],
        nee=uitkomsten[JaDeelsNee.nee],
        afwijkingen=afwijkingen,
    )
    return Leerarena(
        datum=datum,
        map=map_,
        evaluaties=len(processen),
        afgerond=afgerond,
        lopend=len(processen) - afgerond,
        processen=processen,
        zonder_evaluatie=list(zonder_evaluatie),
        niet_meegeteld=list(niet_meegeteld),
        werkvormen=uitkomst_werkvormen,
        terugkoppeling=terugkoppeling,
        besluiten=besluiten,
        groepen=groep_lijst,
        gemist=gemist,
        nieuwe_groepen=nieuw,
        tevredenheid=tevredenheid,
        lessen=lessen,
        agenda=agenda(
            uitkomst_werkvormen,
            terugkoppeling,
            besluiten,
            groep_lijst,
            tevredenheid,
            list(zonder_evaluatie),
            processen,
        ),
    )


def agenda(
    werkvormen: Sequence[WerkvormUitkomst],
    terugkoppeling: Terugkoppeling,
    besluiten: Besluiten,
    groepen: Sequence[Groep],
    tevredenheid: Sequence[Tevredenheid],
    zonder_evaluatie: Sequence[str],
    processen: Sequence[Proces] = (),
) -> list[Agendapunt]:
    """Questions for the next session, derived from the figures, most pressing first.

    - terugkoppeling late or missing in any finished process;
    - a decision that (partly) did not follow the outcome;
    - a kind of group (a kenmerk or a soort) of which more than half of the groups in the
      evaluaties were missed or only partly reached, or at least 2 and at least a quarter missed;
    - a werkvorm that reached fewer people than planned, or cost more or took longer than the
      catalogue's maximum, in at least half of its uses; a planned werkvorm that was dropped;
    - processes that cost more than the participation budget of their vraagstuk;
    - a score of 2 or lower from deelnemers, raad or organisatie;
    - vraagstukken in the folder without an evaluatie.
    """
    punten: list[Agendapunt] = []
    laat, weg = len(terugkoppeling.te_laat), len(terugkoppeling.ontbreekt)
    if laat or weg:
        punten.append(
            Agendapunt(
                soort="terugkoppeling",
                waarden={"te_laat": laat, "ontbreekt": weg, "afgerond": terugkoppeling.afgerond},
            )
        )
    if besluiten.deels or besluiten.nee:
        punten.append(
            Agendapunt(
                soort="besluit",
                waarden={
                    "afwijkend": besluiten.deels + besluiten.nee,
                    "nee": besluiten.nee,
                    "met_besluit": besluiten.met_besluit,
                },
            )
        )
    for g in groepen:
        genoemd = g.totaal - g.onbekend
        if 2 * (g.nee + g.deels) > genoemd or (g.nee >= 2 and 4 * g.nee >= genoemd):
            punten.append(
                Agendapunt(
                    soort="groep",
                    waarden={
                        "groep": g.groep,
                        "is_kenmerk": g.is_kenmerk,
                        "nee": g.nee,
                        "deels": g.deels,
                        "totaal": genoemd,
                    },
                )
            )
    for w in werkvormen:
        for soort, aantal in (
            ("bereik", w.onder_plan),
            ("kosten", w.boven_schatting_kosten),
            ("weken", w.boven_schatting_weken),
        ):
            if aantal and 2 * aantal >= w.keer:
                punten.append(
                    Agendapunt(
                        soort=f"werkvorm_{soort}",
                        waarden={
                            "werkvorm": w.werkvorm,
                            "naam": w.naam,
                            "aantal": aantal,
                            "keer": w.keer,
                        },
                    )
                )
        if w.niet_gedaan:
            punten.append(
                Agendapunt(
                    soort="werkvorm_niet_gedaan",
                    waarden={"werkvorm": w.werkvorm, "naam": w.naam, "aantal": w.niet_gedaan},
                )
            )
    met_budget = [p for p in processen if p.budget_euro is not None]
    duurder = [p for p in met_budget if p.budget_euro is not None and p.kosten_euro > p.budget_euro]
    if duurder:
        punten.append(
            Agendapunt(
                soort="budget",
                waarden={
                    "boven": len(duurder),
                    "met_budget": len(met_budget),
                    "titels": [p.titel for p in duurder],
                },
            )
        )
    for t in tevredenheid:
        laag = t.verdeling[0] + t.verdeling[1]
        if laag:
            punten.append(
                Agendapunt(
                    soort="tevredenheid", waarden={"wie": t.wie, "aantal": laag, "van": t.aantal}
                )
            )
    if zonder_evaluatie:
        punten.append(
            Agendapunt(soort="zonder_evaluatie", waarden={"aantal": len(zonder_evaluatie)})
        )
    return punten

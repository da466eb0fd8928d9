"""Local experience in the advice: earlier processes in this gemeente (``--leerarena MAP``).

Why: the book's fifth advice is a leerarena, and a leerarena only pays off when what it teaches
reaches the next process. This module gets what earlier evaluaties say (:class:`Ervaring`, made
by :mod:`pionieren.leerarena.ervaring` from a folder) and does two things with it, both pure:

- it picks the most similar earlier processes, with their lessons and what went well or wrong
  (rule ERVARING-VERGELIJKBAAR), for the section "Ervaringen in deze gemeente";
- where local evidence is strong enough, it adjusts the knowledge the analysis gets (rules
  ERVARING-BEREIK, ERVARING-KOSTEN and ERVARING-WEKEN). The mix itself is not changed: it
  simply works with the adjusted catalogue, and every adjustment is a finding that names the
  evaluaties behind it.

"Strong enough" is fixed in the constants below, and documented in docs/evaluatie.md.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from datetime import date

from pydantic import Field

from pionieren.analysis.facts import bevinding
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import (
    Bevinding,
    EerderGeval,
    Ernst,
    Ervaringen,
    ErvaringLes,
    Tekstdeel,
    Uitvoer,
    deel,
)
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.catalogue import KENMERK_LABELS
from pionieren.knowledge.load import Kennis
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import Initiatiefnemer, JaDeelsNee, Kenmerk, Ruimte, Schaal

MAX_GEVALLEN = 3
"""The section shows at most this many earlier processes."""
MIN_OVEREENKOMST = 2
"""An earlier process is similar when at least this many of the four features match
(beleidsveld, schaal, initiatiefnemer, beinvloedingsruimte); for the schaal the scale next to it
counts too (a buurt is like a wijk)."""
MIN_EVALUATIES_GEMIST = 2
"""A werkvorm no longer counts as reaching a kenmerk when, in at least this many evaluaties that
used it, a group with that kenmerk was not reached (bereikt: nee), and in none of the evaluaties
that used it such a group was reached (bereikt: ja)."""
MIN_EVALUATIES_KOSTEN = 2
"""The local cost range replaces the catalogue's estimate from this many evaluaties with actual
costs (more than € 0) for the werkvorm."""
MIN_EVALUATIES_WEKEN = 2
"""The same for weeks: from this many evaluaties with actual weeks (more than 0)."""
KOSTEN_AFRONDEN = 100
"""The local cost range is rounded outwards to whole hundreds of euros."""

_BRONNEN = ["pionieren-2017", "berenschot-leeratelier"]
_SCHALEN = list(Schaal)


class Inzet(Uitvoer):
    """One werkvorm as it was used in an earlier process."""

    werkvorm: str
    kosten_euro: int
    weken: int


class EerderProces(Uitvoer):
    """What one evaluatie (with its vraagstuk) says, as the analysis needs it."""

    bestand: str = Field(description="Het evaluatiebestand, vanaf de map van --leerarena.")
    vraagstuk_bestand: str = Field(description="Het vraagstukbestand (om het eigen te herkennen).")
    titel: str
    van: date
    beleidsveld: str | None
    schaal: Schaal
    initiatiefnemer: Initiatiefnemer
    beinvloedingsruimte: Ruimte
    werkvormen: list[Inzet]
    bereikt_kenmerken: list[Kenmerk] = Field(description="Kenmerken van groepen die bereikt zijn.")
    gemist_kenmerken: list[Kenmerk] = Field(description="Kenmerken van groepen die gemist zijn.")
    gemist: list[str] = Field(description="Namen van de groepen die niet zijn bereikt.")
    terugkoppeling: str = Field(description="op_tijd, te_laat, ontbreekt of lopend.")
    besluit: JaDeelsNee | None
    besluit_waarom: str | None
    lessen: list[ErvaringLes]


class Ervaring(Uitvoer):
    """Everything the evaluaties in a folder say: the input of the rules in this module."""

    map: str
    processen: list[EerderProces]
    niet_meegeteld: list[str] = Field(default_factory=list)
    eigen_evaluaties: int = Field(
        default=0, description="Evaluaties van het vraagstuk zelf: die tellen niet mee."
    )

    def zonder(self, vraagstuk_bestand: str) -> Ervaring:
        """Without the evaluaties of the vraagstuk that is being advised (compare real paths)."""
        eigen = [p for p in self.processen if p.vraagstuk_bestand == vraagstuk_bestand]
        if not eigen:
            return self
        return self.model_copy(
            update={
                "processen": [p for p in self.processen if p not in eigen],
                "eigen_evaluaties": self.eigen_evaluaties + len(eigen),
            }
        )


# ----------------------------------------------------------------------- similarity


def _woorden(tekst: str) -> str:
    return " " + " ".join(tekst.casefold().replace(",", " ").split()) + " "


def same_beleidsveld(a: str | None, b: str | None) -> bool:
    """Equal, or one contains the other as whole words ('openbare ruimte' and 'jeugd en
    openbare ruimte'). Free text: no guessing beyond that."""
    if not a or not b:
        return False
    x, y = _woorden(a), _woorden(b)
    return x in y or y in x


def overeenkomst(v: Vraagstuk, p: EerderProces) -> list[Tekstdeel]:
    """Which of the four features match, each as a text part (key and values)."""
    delen: list[Tekstdeel] = []
    if same_beleidsveld(v.beleidsveld, p.beleidsveld):
        delen.append(deel("ERVARING-VERGELIJKBAAR.beleidsveld", waarde=p.beleidsveld))
    if p.schaal is v.schaal:
        delen.append(deel("ERVARING-VERGELIJKBAAR.schaal", waarde=p.schaal.value))
    elif abs(_SCHALEN.index(p.schaal) - _SCHALEN.index(v.schaal)) == 1:
        delen.append(
            deel("ERVARING-VERGELIJKBAAR.schaal_naast", waarde=p.schaal.value, hier=v.schaal.value)
        )
    if p.initiatiefnemer is v.initiatiefnemer:
        delen.append(deel("ERVARING-VERGELIJKBAAR.initiatiefnemer", waarde=p.initiatiefnemer.value))
    if p.beinvloedingsruimte is v.kaders.beinvloedingsruimte:
        delen.append(deel("ERVARING-VERGELIJKBAAR.ruimte", waarde=p.beinvloedingsruimte.value))
    return delen


_TERUGKOPPELING = {
    "op_tijd": "ERVARING-VERGELIJKBAAR.terugkoppeling_op_tijd",
    "te_laat": "ERVARING-VERGELIJKBAAR.terugkoppeling_te_laat",
    "ontbreekt": "ERVARING-VERGELIJKBAAR.terugkoppeling_ontbreekt",
    "lopend": "ERVARING-VERGELIJKBAAR.terugkoppeling_lopend",
}
_BESLUIT = {
    JaDeelsNee.ja: "ERVARING-VERGELIJKBAAR.besluit_ja",
    JaDeelsNee.deels: "ERVARING-VERGELIJKBAAR.besluit_deels",
    JaDeelsNee.nee: "ERVARING-VERGELIJKBAAR.besluit_nee",
}


def _uitkomsten(p: EerderProces) -> list[Tekstdeel]:
    """What went well or wrong: terugkoppeling, the decision, groups missed."""
    delen = [deel(_TERUGKOPPELING[p.terugkoppeling])]
    if p.besluit is not None:
        delen.append(deel(_BESLUIT[p.besluit], waarom=p.besluit_waarom))
    if p.gemist:
        delen.append(deel("ERVARING-VERGELIJKBAAR.gemist", namen=p.gemist))
    return delen


@regel(
    "ERVARING-VERGELIJKBAAR",
    Thema.leerarena,
    "Eerdere processen in deze gemeente die op dit vraagstuk lijken",
    f"""Met --leerarena MAP leest pionieren de evaluaties van eerdere processen. Een eerder
    proces lijkt op dit vraagstuk als minstens {MIN_OVEREENKOMST} van deze vier dingen
    overeenkomen: het beleidsveld, de schaal (de schaal ernaast telt ook: een buurt lijkt op een
    wijk), de initiatiefnemer en de beïnvloedingsruimte. Het advies toont de
    {MAX_GEVALLEN} processen die het meest lijken (eerst de meeste precieze overeenkomsten, dan
    het nieuwste), met wat overeenkomt, hun lessen en wat goed of mis ging: de terugkoppeling,
    het besluit en de groepen die niet zijn bereikt. De evaluatie van het vraagstuk zelf telt
    niet mee.""",
    _BRONNEN,
)
def similar_cases(v: Vraagstuk, ervaring: Ervaring) -> Ervaringen:
    """The section 'Ervaringen in deze gemeente' (texts are written later, from the keys)."""
    kandidaten = []
    for p in ervaring.processen:
        delen = overeenkomst(v, p)
        if len(delen) < MIN_OVEREENKOMST:
            continue
        precies = sum(1 for d in delen if not d.sleutel.endswith("_naast"))
        kandidaten.append((-precies, -p.van.toordinal(), p.bestand, p, delen))
    kandidaten.sort(key=lambda k: k[:3])
    gevallen = [
        EerderGeval(
            bestand=p.bestand,
            titel=p.titel,
            overeenkomst=[d.sleutel.rsplit(".", 1)[1].removesuffix("_naast") for d in delen],
            overeenkomst_delen=delen,
            uitleg="",
            uitkomst_delen=_uitkomsten(p),
            uitkomsten=[],
            lessen=p.lessen,
        )
        for *_, p, delen in kandidaten[:MAX_GEVALLEN]
    ]
    return Ervaringen(
        map=ervaring.map,
        evaluaties=len(ervaring.processen),
        niet_meegeteld=ervaring.niet_meegeteld,
        eigen_evaluaties=ervaring.eigen_evaluaties,
        gevallen=gevallen,
    )


# ----------------------------------------------------------------------- adjustments


def _namen(processen: Iterable[EerderProces]) -> list[str]:
    """'Titel (bestand)' for each evaluatie, in file order."""
    return [f"{p.titel} ({p.bestand})" for p in sorted(processen, key=lambda p: p.bestand)]


@regel(
    "ERVARING-BEREIK",
    Thema.leerarena,
    "Een werkvorm die hier een groep steeds miste, telt niet meer als bereik van die groep",
    f"""De catalogus zegt welke groepen een werkvorm goed bereikt. Bleef een groep met een
    kenmerk (zoals ouderen of laaggeletterden) in minstens {MIN_EVALUATIES_GEMIST} evaluaties in
    deze gemeente buiten beeld in processen met die werkvorm, en is zo'n groep in geen enkel
    proces met die werkvorm wel bereikt, dan telt de werkvorm in dit advies niet meer als
    werkvorm die die groep bereikt. De mix zoekt dan een andere weg naar die groep. Het advies
    noemt de evaluaties waar dit uit volgt.""",
    _BRONNEN,
)
def adjust_reach(
    werkvormen: dict[str, Werkvorm], ervaring: Ervaring
) -> tuple[dict[str, Werkvorm], list[Bevinding]]:
    """Remove a kenmerk from a werkvorm's ``bereikt`` where local evaluaties contradict it."""
    uit = dict(werkvormen)
    bevindingen = []
    for id_, w in werkvormen.items():
        gebruikt = [p for p in ervaring.processen if any(i.werkvorm == id_ for i in p.werkvormen)]
        weg: list[Kenmerk] = []
        for kenmerk in w.bereikt:
            gemist = [p for p in gebruikt if kenmerk in p.gemist_kenmerken]
            bereikt = any(kenmerk in p.bereikt_kenmerken for p in gebruikt)
            if len(gemist) >= MIN_EVALUATIES_GEMIST and not bereikt:
                weg.append(kenmerk)
                bevindingen.append(
                    bevinding(
                        "ERVARING-BEREIK",
                        Ernst.info,
                        werkvorm=id_,
                        naam=w.naam,
                        kenmerk=kenmerk.value,
                        groep=KENMERK_LABELS[kenmerk],
                        aantal=len(gemist),
                        evaluaties=_namen(gemist),
                    )
                )
        if weg:
            uit[id_] = w.model_copy(update={"bereikt": [k for k in w.bereikt if k not in weg]})
    return uit, bevindingen


def replace_estimate(
    werkvormen: dict[str, Werkvorm],
    ervaring: Ervaring,
    regel_id: str,
    veld: str,
    minimum: int,
    afronden: int = 1,
) -> tuple[dict[str, Werkvorm], list[Bevinding]]:
    """Replace ``veld`` (kosten_euro or weken) of every werkvorm that at least ``minimum``
    evaluaties give a value (above 0) for, by the local (min, max), rounded outwards."""
    uit = dict(werkvormen)
    bevindingen = []
    for id_, w in werkvormen.items():
        waarden: list[int] = []
        processen: list[EerderProces] = []
        for p in ervaring.processen:
            hier = [x for i in p.werkvormen if i.werkvorm == id_ and (x := getattr(i, veld)) > 0]
            if hier:
                waarden += hier
                processen.append(p)
        if len(processen) < minimum:
            continue
        lokaal = (
            math.floor(min(waarden) / afronden) * afronden,
            math.ceil(max(waarden) / afronden) * afronden,
        )
        if lokaal == tuple(getattr(w, veld)):
            continue
        # local amounts replace the estimate, also the one per conversation or household
        uit[id_] = w.model_copy(
            update={veld: lokaal, **({"eenheid": None} if veld == "kosten_euro" else {})}
        )
        bevindingen.append(
            bevinding(
                regel_id,
                Ernst.info,
                werkvorm=id_,
                naam=w.naam,
                lokaal=list(lokaal),
                catalogus=list(getattr(w, veld)),
                aantal=len(processen),
                evaluaties=_namen(processen),
            )
        )
    return uit, bevindingen


@regel(
    "ERVARING-KOSTEN",
    Thema.leerarena,
    "De kosten van een werkvorm in deze gemeente vervangen de schatting uit de catalogus",
    f"""Geven minstens {MIN_EVALUATIES_KOSTEN} evaluaties in deze gemeente de echte kosten van
    een werkvorm, dan rekent het advies met wat de werkvorm hier kostte: van de laagste tot de
    hoogste echte kosten, afgerond op honderden euro's naar buiten. Dat bedrag komt in de plaats
    van de landelijke schatting uit de catalogus, in de tabel, het budget en de keuze van de
    mix. Het advies noemt de evaluaties waar het bedrag uit komt.""",
    _BRONNEN,
)
def adjust_costs(
    werkvormen: dict[str, Werkvorm], ervaring: Ervaring
) -> tuple[dict[str, Werkvorm], list[Bevinding]]:
    return replace_estimate(
        werkvormen,
        ervaring,
        "ERVARING-KOSTEN",
        "kosten_euro",
        MIN_EVALUATIES_KOSTEN,
        KOSTEN_AFRONDEN,
    )


@regel(
    "ERVARING-WEKEN",
    Thema.leerarena,
    "De duur van een werkvorm in deze gemeente vervangt de schatting uit de catalogus",
    f"""Geven minstens {MIN_EVALUATIES_WEKEN} evaluaties in deze gemeente hoeveel weken een
    werkvorm echt duurde (met de voorbereiding), dan plant het advies met wat de werkvorm hier
    duurde: van de kortste tot de langste duur. Dat komt in de plaats van de landelijke
    schatting uit de catalogus. Het advies noemt de evaluaties waar het uit komt.""",
    _BRONNEN,
)
def adjust_weeks(
    werkvormen: dict[str, Werkvorm], ervaring: Ervaring
) -> tuple[dict[str, Werkvorm], list[Bevinding]]:
    return replace_estimate(werkvormen, ervaring, "ERVARING-WEKEN", "weken", MIN_EVALUATIES_WEKEN)


AANPASSINGEN = (adjust_reach, adjust_costs, adjust_weeks)
"""The rules that adjust the knowledge, in the order they run."""


def adjust_kennis(kennis: Kennis, ervaring: Ervaring) -> tuple[Kennis, list[Bevinding]]:
    """The knowledge for this advice, with local evidence applied, and a finding per change."""
    werkvormen: dict[str, Werkvorm] = {}
    for w in kennis.werkvormen:
        werkvormen.setdefault(w.id, w)
    bevindingen: list[Bevinding] = []
    for aanpassing in AANPASSINGEN:
        werkvormen, uit = aanpassing(werkvormen, ervaring)
        bevindingen += uit
    if not bevindingen:
        return kennis, []
    aangepast = dataclasses.replace(
        kennis,
        werkvormen=tuple(
            werkvormen[w.id] if kennis.werkvorm(w.id) is w else w for w in kennis.werkvormen
        ),
    )
    # the same texts: keep the compiled wording instead of compiling it again
    aangepast.__dict__["wording"] = kennis.wording
    return aangepast, bevindingen

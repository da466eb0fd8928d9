"""Coverage (dekking): at the end of the mix, every party with a real stake or a say has a
place in a werkvorm before the decision."""

from __future__ import annotations

from pionieren.analysis.facts import hoog_of_middel
from pionieren.analysis.level import is_keuze
from pionieren.analysis.mix.bereik import (
    adres_onbekend,
    bedient,
    gaat_erheen,
    kan_voor,
    soort_van,
    vergadert,
)
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp, fase_van, vooraf
from pionieren.analysis.mix.plan import na_het_besluit, schuift
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import (
    Modus,
    Procesfase,
    Reikwijdte,
    SoortBelanghebbende,
)

OVERLEG = "partneroverleg"
"""The catalogue's own conversation with one partner or organisation."""
OPROEP = "oproep-ter-plekke"
"""The catalogue's notice at the place and in the local media, for people without an address."""
VERGADERING = "eigen-vergadering"

_VOOR_HET_BESLUIT = (
    Procesfase.voorbereiden,
    Procesfase.ophalen,
    Procesfase.verdiepen,
    Procesfase.toetsen,
)


def telt(k: Keuze, later: list[str] | None = None) -> bool:
    """Does this choice give its parties a place before the decision: a werkvorm in which
    they are heard before the decision, not the feedback or the evaluation afterwards, and not
    only kept informed? With ``later`` (the points worked out after the decision), a werkvorm
    that the planning will move after the decision (rule PLAN-NA-BESLUIT) does not count."""
    return (
        fase_van(k) in _VOOR_HET_BESLUIT
        and Modus.denken in k.werkvorm.modi
        and not schuift(k, later or [])
    )


def punt_nu(o: Ontwerp, later: list[str]) -> str | None:
    """The open point decided in the main decision itself (not worked out after it, not
    decided by another body or party), a choice between options first: the point on which a
    werkvorm that would move after the decision still hears its parties before it."""
    vraag = {p.onderwerp: p for p in o.f.vraagstuk.kaders.open}
    nu = [
        a.onderwerp
        for a in o.onderwerpen
        if a.open
        and a.onderwerp not in later
        and a.onderwerp in vraag
        and not a.partij
        and (a.door is None or a.door is o.besluit.door)
    ]
    nu.sort(key=lambda t: not is_keuze(vraag[t]))
    return nu[0] if nu else None


def houd_voor(o: Ontwerp, k: Keuze, later: list[str]) -> bool:
    """Keep a werkvorm before the decision that the planning would move after it, by giving it
    the point decided now (:func:`punt_nu`). False when there is no such point."""
    punt = punt_nu(o, later)
    if punt is None or not schuift(k, later):
        return False
    k.onderwerpen.insert(0, punt)
    return not schuift(k, later)


def moet_plek(p: Belanghebbende) -> bool:
    """Must this party have a place of its own in the design? Every named group of inwoners,
    and every other party with a middle or large stake or say. Not the raad (its moments come
    through the griffie) and not the initiator (it runs its own conversation)."""
    if p.initiatiefnemer or p.soort is SoortBelanghebbende.politiek:
        return False
    if p.soort is SoortBelanghebbende.inwoners:
        return True
    return hoog_of_middel(p.belang) or hoog_of_middel(p.invloed)


def publieke_partner(o: Ontwerp, p: Belanghebbende) -> bool:
    """Is this party a partner with a public task or a decision of its own in the matter: an
    authority (police, hulpdiensten, waterschap, another gemeente), or a party that decides an
    open point itself (a landowner like Staatsbosbeheer)? It is met in its own overleg."""
    if p.soort is SoortBelanghebbende.overheid:
        return True
    return any(punt.partij == p.naam for punt in o.onderwerpen)


def _partij(o: Ontwerp, naam: str) -> Belanghebbende:
    return next(p for p in o.partijen if p.naam == naam)


def _catalogus(o: Ontwerp, id: str) -> Werkvorm | None:
    return next((w for w in o.f.kennis.werkvormen if w.id == id), None)


def _erbij(
    o: Ontwerp, p: Belanghebbende, test: object, later: list[str] | None = None
) -> Keuze | None:
    """A werkvorm already chosen before the decision that can take this party in too."""
    for k in o.keuzes:
        # not a party's own meeting for a group outside that party (review 51a)
        if telt(k, later) and callable(test) and test(k.werkvorm) and p.naam not in k.buiten:
            return k
    return None


def _past_los(p: Belanghebbende, w: Werkvorm) -> bool:
    """A form for a group of inwoners: it reaches them, and a small group (a street, the
    neighbours of one building) is spoken in person, not in a broad round."""
    if not kan_voor(w, p):
        return False
    klein = p.aantal is not None and p.aantal <= 50
    return not klein or gaat_erheen(w)


def _vorm(o: Ontwerp, p: Belanghebbende, later: list[str]) -> tuple[Keuze | None, Werkvorm | None]:
    """The choice to join, or the werkvorm to add, for a party no werkvorm serves yet."""
    if publieke_partner(o, p):
        return None, _catalogus(o, OVERLEG)
    if soort_van(p) is SoortBelanghebbende.inwoners:
        # a crowd of kind 'anders' (the uitgaanspubliek) is people, reached as inwoners are
        if adres_onbekend(p):
            bestaand = _erbij(o, p, lambda w: w.zonder_adres, later)
            return bestaand, None if bestaand else _catalogus(o, OPROEP)
        bestaand = _erbij(o, p, lambda w: _past_los(p, w), later)
        if bestaand:
            return bestaand, None
        nieuw = o.kandidaten.best(
            lambda w: Modus.denken in w.modi and vooraf(w) and _past_los(p, w),
            moet=lambda w: (o.kandidaten.niveau(w),),
            wens=lambda w: (int(not gaat_erheen(w)),),
        )
        return None, nieuw
    if vergadert(p):
        bestaand = _erbij(o, p, lambda w: w.id == VERGADERING and bedient(w, p), later)
        if bestaand:
            return bestaand, None
        vergadering = _catalogus(o, VERGADERING)
        if vergadering is not None and bedient(vergadering, p):
            return None, vergadering
    # an organisation: a table of organisations already in the design, else its own talk
    bestaand = _erbij(
        o,
        p,
        lambda w: (
            w.verbreding_of_verdieping is not Reikwijdte.verbreding
            and not w.alle_partijen
            and bedient(w, p)
            and p.soort in w.doelgroepen
        ),
        later,
    )
    return bestaand, None if bestaand else _catalogus(o, OVERLEG)


@regel(
    "MIX-DEKKING",
    Thema.mix,
    "Elke belanghebbende een plek in het ontwerp",
    """Aan het eind kijkt pionieren of elke belanghebbende een plek heeft in een werkvorm vóór
    het besluit: elke groep inwoners, en elke andere partij met een middelgroot of groot belang
    of invloed. De terugkoppeling achteraf telt niet, en ook een werkvorm die pas na het
    besluit komt niet (regel PLAN-NA-BESLUIT). Is dat de enige plek van een groep, dan gaat die
    werkvorm ook over het punt dat nu besloten wordt (zoals de keuze van de plek) en blijft hij
    vóór het besluit. Wie nog geen plek heeft, krijgt er een die
    bij hem past. Past een werkvorm die al in het ontwerp staat, dan komt de partij daarbij; pas
    anders komt er een werkvorm bij. Een overheid of partner met een eigen taak of een eigen
    besluit (politie, hulpdiensten, waterschap, een grondeigenaar die zelf over een deel beslist)
    krijgt ambtelijk of bestuurlijk overleg. Een vereniging, raad of kerk krijgt een gesprek in
    de eigen vergadering; een andere organisatie een eigen gesprek. Een kleine groep buren krijgt
    een gesprek bij hen thuis of op de plek. Een groep van wie de gemeente geen adres kent, krijgt
    geen werkvorm aan de deur, maar een oproep op de plek zelf en in de lokale media.""",
    ["awb-3-2", "kcbr-krachtenveld", "movisie-moeilijk-bereikbaar"],
)
def dekking(o: Ontwerp) -> None:
    """Give every party that must have a place (:func:`moet_plek`) and has none before the
    decision the form that fits it, joining a chosen form where one fits."""
    erbij: dict[str, tuple[Keuze, list[str]]] = {}
    later = na_het_besluit(o.f, o.besluit)
    for p in o.partijen:
        if not moet_plek(p) or any(k.serves(p.naam) and telt(k, later) for k in o.keuzes):
            continue
        bestaand, nieuw = _vorm(o, p, later)
        al_gekozen = [k for k in o.keuzes if nieuw is not None and k.werkvorm.id == nieuw.id]
        if bestaand is None and (nieuw is None or any(schuift(k, later) for k in al_gekozen)):
            # no form before the decision fits them, and their own form would move after it:
            # it hears them on the point decided now too
            eigen = [k for k in o.keuzes if k.serves(p.naam) and schuift(k, later)]
            if eigen and houd_voor(o, eigen[0], later):
                eigen[0].add([], deel("MIX-DEKKING.voor", namen=[p.naam]), "MIX-DEKKING")
                continue
        if bestaand is None and nieuw is None:
            continue
        al = {k.werkvorm.id for k in o.keuzes}
        keuze = bestaand or o.kies(nieuw, Modus.denken)  # type: ignore[arg-type]
        keuze.add([p.naam], None, "MIX-DEKKING")
        if schuift(keuze, later) and houd_voor(o, keuze, later):
            keuze.add([], deel("MIX-DEKKING.voor", namen=[p.naam]), "MIX-DEKKING")
        if keuze.werkvorm.id not in al or keuze.werkvorm.id in erbij:
            # a form added for them says why; in a form already chosen the name is enough
            erbij.setdefault(keuze.werkvorm.id, (keuze, []))[1].append(p.naam)
    for keuze, namen in erbij.values():
        # a partner with a task of its own needs no reason beyond the form's name; an
        # organisation in the overleg, or people without an address, do
        namen = [
            n
            for n in namen
            if keuze.werkvorm.zonder_adres or not publieke_partner(o, _partij(o, n))
        ]
        if namen and keuze.werkvorm.id in (OVERLEG, OPROEP):
            keuze.add(
                [], deel("MIX-DEKKING", werkvorm=keuze.werkvorm.id, namen=namen), "MIX-DEKKING"
            )
    # a key player who has a place now is no gap any more
    gedekt = {n for k in o.keuzes if telt(k, later) for n in k.voor}
    o.bevindingen = [
        b
        for b in o.bevindingen
        if not (b.regel == "MIX-VERDIEPING" and b.waarden.get("naam") in gedekt)
    ]

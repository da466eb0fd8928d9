"""A group that already exists and meets (a council, a club, a vereniging) is met at its own
meeting."""

from __future__ import annotations

from pionieren.analysis.facts import hoog_of_middel
from pionieren.analysis.mix.bereik import bedient, georganiseerd
from pionieren.analysis.mix.ontwerp import Ontwerp, voor_het_besluit
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.vocabulary import Groepen, Modus, SoortBelanghebbende


@regel(
    "MIX-GEORGANISEERD",
    Thema.mix,
    "Een groep die zelf vergadert, spreekt u in de eigen vergadering",
    """Een groep die al bestaat en zelf vergadert, zoals een dorps- of wijkraad, een
    jongerenraad, een vereniging of een club, bereikt u door aan te schuiven bij haar eigen
    vergadering, niet met straatinterviews of een enquête: die zijn voor losse mensen. Een
    organisatie of adviesraad is altijd zo'n groep; een groep inwoners als de naam het zegt
    (Jongerenraad, Actiecomité, Buurtvereniging) of als het een kleine groep is met een naam in
    het enkelvoud. Komt zo'n groep met een echt belang in geen andere werkvorm vóór het besluit
    aan bod, dan voegt pionieren een gesprek in haar eigen vergadering toe. Dat kost weinig: een
    korte vraag op papier, een medewerker die aanschuift en een schriftelijke reactie.""",
    ["movisie-moeilijk-bereikbaar", "clientenparticipatie-movisie"],
)
def georganiseerd_bediend(o: Ontwerp) -> None:
    """Every organised group of inwoners with a real stake that no werkvorm before the decision
    serves gets a talk at its own meeting. (Organisations are served in the deepening; an
    advisory body gives formal advice in its own step.)"""
    groepen = [
        p
        for p in o.inwoners
        if georganiseerd(p)
        and hoog_of_middel(p.belang)
        and not p.initiatiefnemer
        and not any(k.serves(p.naam) for k in o.keuzes if voor_het_besluit(k))
    ]
    if not groepen:
        return
    vergadering = o.kandidaten.best(
        lambda w: (
            Modus.denken in w.modi
            and w.groepen is Groepen.georganiseerd
            and SoortBelanghebbende.inwoners in w.doelgroepen
            and any(bedient(w, p) for p in groepen)
        ),
        moet=lambda w: (o.kandidaten.niveau(w),),
    )
    if vergadering is None:
        return
    gedekt = [p.naam for p in groepen if bedient(vergadering, p)]
    o.kies(vergadering, Modus.denken).add(
        gedekt, deel("MIX-GEORGANISEERD", namen=gedekt), "MIX-GEORGANISEERD"
    )

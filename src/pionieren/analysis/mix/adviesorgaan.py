"""A standing advisory body gives formal advice, in its own step."""

from __future__ import annotations

from pionieren.analysis.mix.bereik import namen
from pionieren.analysis.mix.ontwerp import Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.vocabulary import Modus, SoortBelanghebbende


@regel(
    "MIX-ADVIESORGAAN",
    Thema.mix,
    "Formeel advies van een vaste adviesraad",
    """Een vaste adviesraad of cliëntenraad (soort adviesorgaan) geeft formeel advies, in een eigen
    stap: op tijd gevraagd, met genoeg tijd en een schriftelijke reactie. Zo'n raad zit niet aan
    tafel met aanbieders of andere partijen, en spreekt niet namens de bewoners van een buurt. In
    het sociaal domein moet de gemeente cliënten bij beleid betrekken (art. 47 Participatiewet).""",
    ["clientenparticipatie-movisie", "participatiewet-47"],
)
def adviesorgaan(o: Ontwerp) -> None:
    """The cliëntenraad or adviesraad of the catalogue for the advisory bodies among the
    stakeholders, not a seat at a table with providers or other parties."""
    f = o.f
    organen = [p for p in o.partijen if p.soort is SoortBelanghebbende.adviesorgaan]
    formeel = next(
        (f.kennis.werkvorm(i) for i in ("clientenraad", "adviesraad") if i in f.kennis.ids()),
        None,
    )
    if organen and formeel is not None and formeel.trede_tot(o.advies) is not None:
        o.kies(formeel, Modus.denken).add(
            namen(organen), deel("MIX-ADVIESORGAAN", namen=namen(organen)), "MIX-ADVIESORGAAN"
        )

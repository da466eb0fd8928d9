"""Equal treatment of the neighbours of every place a decision chooses between."""

from __future__ import annotations

from typing import Any

from pionieren.analysis.mix.instrument import STAP_VAN_DE_RAAD
from pionieren.analysis.mix.ontwerp import Ontwerp, voor_het_besluit
from pionieren.analysis.mix.plan import kandidaat_buren
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel


@regel(
    "MIX-GELIJK",
    Thema.mix,
    "De buren van elke plek op dezelfde manier",
    """Kiest het besluit één plek uit meer plekken, en heeft elke plek zijn eigen omwonenden
    of buren op de kaart, dan krijgen die vóór het besluit dezelfde werkvormen. Een gesprek aan
    de keukentafel voor de buren van de ene plek en niets voor de buren van de andere voelt als
    een keuze die al gemaakt is, en wie minder aandacht krijgt, voelt zich niet serieus genomen.
    Spreekt een werkvorm de buren van één plek, dan spreekt hij daarom ook de buren van de
    andere plekken.""",
    ["ombudsman-inspraak-2009"],
)
def gelijk(o: Ontwerp) -> None:
    """Every form before the decision that serves the neighbours of one candidate place also
    serves those of the others; a reason that names some of them names them all."""
    buren = kandidaat_buren(o.f, o.besluit)
    if len(buren) < 2:
        return
    for k in o.keuzes:
        if not voor_het_besluit(k) or k.werkvorm.id in STAP_VAN_DE_RAAD:
            continue
        wel = [n for n in buren if k.serves(n)]
        if not wel or len(wel) == len(buren):
            continue
        erbij = [n for n in buren if not k.serves(n)]
        # the others join where the first of them stands, not at the end of the list
        k.add(erbij, None, "MIX-GELIJK")
        k.voor = _met([n for n in k.voor if n not in erbij], wel, erbij)
        genoemd = any(
            isinstance(w, list | str) and any(n in w for n in wel)
            for r in k.redenen
            for w in r.waarden.values()
        )
        k.redenen = [
            deel(
                r.sleutel,
                **{
                    s: _met(w, wel, erbij) if isinstance(w, list) else w
                    for s, w in r.waarden.items()
                },
            )
            for r in k.redenen
        ]
        if genoemd and not any(
            isinstance(w, list) and any(n in w for n in erbij)
            for r in k.redenen
            for w in r.waarden.values()
        ):
            # a sentence names the neighbours of one place only: say the others come too
            k.redenen.append(deel("MIX-GELIJK", namen=erbij))


def _met(waarde: list[Any], wel: list[str], erbij: list[str]) -> list[Any]:
    """A list of names that holds some neighbours gets the others after the last of them."""
    if not all(isinstance(n, str) for n in waarde) or not any(n in waarde for n in wel):
        return waarde
    laatste = max(waarde.index(n) for n in wel if n in waarde)
    return [*waarde[: laatste + 1], *[n for n in erbij if n not in waarde], *waarde[laatste + 1 :]]

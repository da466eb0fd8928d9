"""A divided or complex case: werkvormen that handle it less well say so."""

from __future__ import annotations

from pionieren.analysis.mix.ontwerp import Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel


@regel(
    "MIX-POLARISATIE",
    Thema.mix,
    "Werkvormen die een verdeeld vraagstuk aankunnen",
    """Bij een verdeeld (polarisatie 4 of 5) of complex vraagstuk kiest pionieren werkvormen die
    dat aankunnen (Participedia: level of polarization and complexity). Een open debat laat dan
    vooral de hardste stemmen horen; een onafhankelijke gespreksleider is nodig.""",
    ["afwegingskader-burgerparticipatie", "oecd-deliberatie-2020"],
)
def polarisatie(o: Ontwerp) -> None:
    """A note on every chosen werkvorm that handles this polarisation less well: said in full
    once, the next ones refer back to it. (Choosing werkvormen that can handle it is part of
    the ranking, :meth:`pionieren.analysis.mix.kandidaten.Kandidaten.past_niet`.)"""
    niveau = o.f.vraagstuk.polarisatie or 1
    eerder = False
    for k in o.keuzes:
        # a standing advisory body gives its advice in writing, in its own step: no meeting
        if niveau > k.werkvorm.polarisatie_max and "MIX-ADVIESORGAAN" not in k.regels:
            k.add(
                [],
                deel("MIX-POLARISATIE", polarisatie=niveau, eerder=eerder),
                "MIX-POLARISATIE",
            )
            eerder = True

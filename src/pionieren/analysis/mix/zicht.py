"""Who cannot see walks the place together with the gemeente: a schouw for an open point about
the way in, across and along a place, when blind or partially sighted people take part."""

from __future__ import annotations

import re

from pionieren.analysis.mix.bereik import ziet_slecht
from pionieren.analysis.mix.onderwerpen import punt_trede
from pionieren.analysis.mix.ontwerp import Ontwerp
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.knowledge.models import Werkvorm
from pionieren.vocabulary import Modus, Reikwijdte, Schaal, SoortBelanghebbende

_TOEGANG = re.compile(
    r"looproute\w*|gidslijn\w*|toegankelijk\w*|oversteek\w*|oversteken|\bstoep\w*|trottoir\w*|"
    r"voetpad\w*|obstakel\w*|\bgeleide\w*|\bribbeltegel\w*|(?:veilig|vrij)\w*\s+(?:de\s+\w+\s+)?"
    r"(?:in\s+en\s+over|over\s+kunnen|lopen|oversteken)\b",
    re.IGNORECASE,
)
"""Words in an open point about how people get in, across and along a place on foot: the walking
routes, guide lines, crossings, kerbs and obstacles."""


def over_toegang(onderwerp: str) -> bool:
    """Is this open point about the way on foot in, across or along a place?"""
    return bool(_TOEGANG.search(onderwerp))


def _samen_lopen(o: Ontwerp, w: Werkvorm) -> bool:
    """A walk through the place with the people themselves: outside, at the scale of a street,
    by talking, for inwoners, not a form that leans on looking at panels."""
    return (
        (o.f.domein is None or o.f.domein in w.domeinen)
        and w.kiesbaar
        and w.buiten
        and not w.op_zicht
        and not w.ter_plekke
        and w.verbreding_of_verdieping is not Reikwijdte.verbreding
        and Schaal.straat in w.schalen
        and Modus.denken in w.modi
        and SoortBelanghebbende.inwoners in w.doelgroepen
    )


@regel(
    "MIX-SCHOUW-ZICHT",
    Thema.mix,
    "Met blinde en slechtziende inwoners de plek samen aflopen",
    """Gaat een open punt over hoe mensen een plek in, over of langs komen (looproutes,
    gidslijnen, oversteekplaatsen, obstakels op de stoep), en praten blinde of slechtziende
    inwoners mee (hun naam of hun weg zegt het: de Oogvereniging, Visio), dan lopen zij de plek
    samen met de gemeente af in een schouw, met hun begeleiders. Panelen, kaarten en tekeningen
    op een inloopavond of in een atelier zijn niet voor hen: wat zij niet zien, kunnen zij daar
    niet beoordelen. Staat er al een schouw met hen in het ontwerp, dan is dat genoeg.""",
    ["gemert-bakel-wijkschouw", "pijnacker-nootdorp-wijkschouw"],
)
def schouw_met_wie_niet_ziet(o: Ontwerp) -> None:
    """Add a walk through the place with the blind and partially sighted inwoners for every open
    point about the way on foot, when no such walk with them is in the design yet."""
    wie = [p.naam for p in o.inwoners if ziet_slecht(p)]
    if not wie:
        return
    punten = [p for p in o.onderwerpen if p.open and over_toegang(p.onderwerp)]
    if not punten:
        return
    vormen = sorted(
        (w for w in o.f.kennis.werkvormen if _samen_lopen(o, w)), key=lambda w: w.kosten_euro[0]
    )
    if not vormen:
        return
    w = vormen[0]
    keuze = o.kies(w, Modus.denken)
    for punt in punten:
        keuze.verhoog(punt_trede(w, punt))
        if punt.onderwerp not in keuze.onderwerpen:
            keuze.onderwerpen.append(punt.onderwerp)
    nieuw = [n for n in wie if n not in keuze.voor]
    if nieuw:
        keuze.add(nieuw, deel("MIX-SCHOUW-ZICHT", namen=nieuw), "MIX-SCHOUW-ZICHT")

"""A period the case asks to respect (a religious month with its dates): no round then."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from pionieren.analysis.regel import Thema, regel
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import Kennis
from pionieren.knowledge.models import Vakantie
from pionieren.text import MAANDEN

#: The periods the planning keeps free when the case asks for it and gives their dates.
PERIODEN = ("ramadan",)

_MAAND = "|".join(MAANDEN)
#: '... rekening te houden met de ramadan (van ongeveer 8 februari tot 9 maart 2027)'.
_PERIODE = re.compile(
    r"\b(?:rekening\s+(?:te\s+)?houden\s+met|niet\s+(?:in|tijdens))\s+(?:de\s+|het\s+)?"
    r"(?P<naam>" + "|".join(PERIODEN) + r")\s*\((?:van\s+)?(?:ongeveer\s+|rond\s+)?"
    r"(?P<d1>\d{1,2})\s+(?P<m1>"
    + _MAAND
    + r")(?:\s+(?P<j1>\d{4}))?\s+(?:tot(?:\s+en\s+met)?|–|-)\s+"
    r"(?P<d2>\d{1,2})\s+(?P<m2>" + _MAAND + r")\s+(?P<j2>\d{4})\)",
    re.IGNORECASE,
)


def perioden(vraagstuk: Vraagstuk) -> list[tuple[str, date, date]]:
    """The periods the case asks to respect, with the dates it gives them."""
    teksten = [vraagstuk.omschrijving, vraagstuk.aanleiding or ""]
    teksten += [b.via or "" for b in vraagstuk.belanghebbenden]
    uit: list[tuple[str, date, date]] = []
    for t in teksten:
        for m in _PERIODE.finditer(" ".join(t.split())):
            j2 = int(m["j2"])
            m1 = MAANDEN.index(m["m1"].lower()) + 1
            m2 = MAANDEN.index(m["m2"].lower()) + 1
            j1 = int(m["j1"]) if m["j1"] else (j2 if m1 <= m2 else j2 - 1)
            try:
                van, tot = date(j1, m1, int(m["d1"])), date(j2, m2, int(m["d2"]))
            except ValueError:
                continue
            if van <= tot:
                uit.append((m["naam"].lower(), van, tot))
    return sorted(set(uit))


@regel(
    "PLAN-PERIODE",
    Thema.mix,
    "Een periode die de groep vraagt te respecteren",
    """Vraagt het vraagstuk rekening te houden met een periode (zoals de ramadan) en geeft het
    daar de data van, dan telt die periode in de planning als een vakantie: er begint of loopt
    dan geen ronde, net als in een schoolvakantie, en de fase noemt de periode. pionieren rekent
    de data niet zelf uit; zonder data in het vraagstuk blijft de periode buiten de planning.""",
    ["ombudsman-inspraak-2009"],
)
def met_perioden(kennis: Kennis, vraagstuk: Vraagstuk) -> Kennis:
    """The knowledge with the case's own periods as holidays in every region."""
    extra = [
        Vakantie.model_construct(
            naam=naam,  # type: ignore[arg-type]  # not a school holiday: the case's own period
            schooljaar=f"{van.year}-{van.year + 1}",
            noord=(van, tot),
            midden=(van, tot),
            zuid=(van, tot),
        )
        for naam, van, tot in perioden(vraagstuk)
    ]
    if not extra:
        return kennis
    return dataclasses.replace(kennis, vakanties=(*kennis.vakanties, *extra))

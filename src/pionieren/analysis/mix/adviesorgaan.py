"""A standing advisory body gives formal advice, in its own step; a dorpsraad or wijkplatform
gives its advice at its own meeting."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pionieren.analysis.mix.bereik import namen
from pionieren.analysis.mix.ontwerp import Ontwerp, fase_op_datum, fase_van
from pionieren.analysis.regel import Thema, regel
from pionieren.analysis.result import deel
from pionieren.input.model import Belanghebbende, Moment
from pionieren.vocabulary import Modus, SoortBelanghebbende

_BEWONERS = re.compile(
    r"(?:dorps|wijk|buurt|bewoners|stadsdeel|kern)\w*"
    r"(?:raad|raden|platform|belang|belangen|comit[eé]|overleg|vereniging)\b"
    r"|\bplaatselijk\s+belang",
    re.IGNORECASE,
)
"""The name of a body of inwoners for their own place: a Dorpsraad, Wijkplatform, Wijkraad,
Buurtcomité, Dorpsbelangen, Plaatselijk Belang. Not an adviesraad sociaal domein or a
cliëntenraad."""


def bewonersorgaan(p: Belanghebbende) -> bool:
    """Is this advisory body a dorps- or wijkraad or a wijkplatform: volunteers who speak for
    their own place, not a formal advisory council of the gemeente?"""
    return p.soort is SoortBelanghebbende.adviesorgaan and bool(_BEWONERS.search(p.naam))


_ADVIES = re.compile(r"\badvi(?:es|eze|seert|seren)\w*", re.IGNORECASE)
ADVIES_WEKEN = 4
"""The weeks a standing body gets to write its advice before the date the case fixes for it."""


def advies_moment(momenten: list[Moment], organen: list[Belanghebbende]) -> date | None:
    """The date the case fixes for the advice of one of these bodies: a moment that names the
    body (its name, or the first word of it: 'de huurdersvereniging') and its advice. None
    when no moment does.

    Why: review 59a (Hoeverzeel): the case fixed the huurdersvereniging's advice under the
    Overlegwet on 6 September, and the advice planned its own formal advice step in March."""
    for m in sorted(momenten, key=lambda m: m.datum):
        tekst = m.wat.lower()
        if not _ADVIES.search(tekst):
            continue
        for p in organen:
            eerste = p.naam.split()[0].lower()
            if p.naam.lower() in tekst or (
                len(eerste) >= 6 and re.search(rf"\b{re.escape(eerste)}\b", tekst)
            ):
                return m.datum
    return None


@regel(
    "MIX-ADVIESORGAAN",
    Thema.mix,
    "Formeel advies van een vaste adviesraad",
    """Een vaste adviesraad of cliëntenraad (soort adviesorgaan) geeft formeel advies, in een eigen
    stap: op tijd gevraagd, met genoeg tijd en een schriftelijke reactie. Legt het vraagstuk de
    datum van dat advies vast (een moment dat de raad en zijn advies noemt), dan eindigt de stap
    op die datum. Zo'n raad zit niet aan
    tafel met aanbieders of andere partijen, en spreekt niet namens de bewoners van een buurt. In
    het sociaal domein moet de gemeente cliënten bij beleid betrekken (art. 47 Participatiewet).
    Een dorpsraad, wijkraad of wijkplatform is geen formele adviesraad: de gemeente vraagt zijn
    advies in een gesprek in de eigen vergadering, of schriftelijk.""",
    ["clientenparticipatie-movisie", "participatiewet-47"],
)
def adviesorgaan(o: Ontwerp) -> None:
    """The cliëntenraad or adviesraad of the catalogue for the advisory bodies among the
    stakeholders, not a seat at a table with providers or other parties; a talk at its own
    meeting for a dorpsraad or wijkplatform.

    Why: a dorpsraad or wijkplatform is a body of volunteers for its own place; labelling its
    advice as that of a formal adviesraad or cliëntenraad is wrong (review 27)."""
    f = o.f
    alle = [p for p in o.partijen if p.soort is SoortBelanghebbende.adviesorgaan]
    bewoners = [p for p in alle if bewonersorgaan(p)]
    organen = [p for p in alle if p not in bewoners]
    formeel = next(
        (f.kennis.werkvorm(i) for i in ("clientenraad", "adviesraad") if i in f.kennis.ids()),
        None,
    )
    if organen and formeel is not None and formeel.trede_tot(o.advies) is not None:
        keuze = o.kies(formeel, Modus.denken)
        keuze.add(
            namen(organen), deel("MIX-ADVIESORGAAN", namen=namen(organen)), "MIX-ADVIESORGAAN"
        )
        # the case fixes the date of that advice: the step ends on it, not in a round of its own
        datum = advies_moment(f.vraagstuk.momenten, organen)
        if keuze.periode is None and datum is not None and datum > f.datum:
            from pionieren.analysis.planning import vakantieweken, werkweken

            # four working weeks, not four weeks of a school holiday (the summer before an
            # advice in September)
            vrij = vakantieweken(f.kennis.vakanties, f.vraagstuk.vakantieregio)
            begin = datum - timedelta(weeks=ADVIES_WEKEN)
            while (
                werkweken(begin, datum, vrij) < ADVIES_WEKEN
                and begin - timedelta(weeks=1) > f.datum
                and datum - begin < timedelta(weeks=4 * ADVIES_WEKEN)
            ):
                begin -= timedelta(weeks=1)
            keuze.periode = (max(f.datum, begin), datum)
            keuze.fase = fase_op_datum(
                fase_van(keuze), keuze.periode, f.vraagstuk.kaders.besluit_uiterlijk, formeel
            )
    eigen = (
        f.kennis.werkvorm("eigen-vergadering") if "eigen-vergadering" in f.kennis.ids() else None
    )
    if bewoners and eigen is not None and eigen.trede_tot(o.advies) is not None:
        o.kies(eigen, Modus.denken).add(
            namen(bewoners),
            deel("MIX-ADVIESORGAAN.bewoners", namen=namen(bewoners)),
            "MIX-ADVIESORGAAN",
        )

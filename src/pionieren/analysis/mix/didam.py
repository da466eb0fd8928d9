"""Part of rule WET-DIDAM, run on the final design: in a sale of the gemeente's own property, a
candidate buyer sits at no closed table that shapes the sale; it hears and says everything in
the open forms, where every candidate gets the same information."""

from __future__ import annotations

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.ontwerp import Keuze, voor_het_besluit
from pionieren.analysis.result import deel
from pionieren.analysis.stakeholders import gegadigde_bij_verkoop
from pionieren.vocabulary import Werving


def gelijke_kans(f: Feiten, keuzes: list[Keuze]) -> None:
    """Take every candidate buyer out of the invited tables before the decision (a round
    table, a sounding board) and say so there once; the open forms keep them.

    Why: review 64d (Oosterhem): the bidder Coöperatie Ons Raadhuis sat at the
    'Rondetafelgesprek met belanghebbenden' that helps write the tender's criteria, while the
    report said the gemeente does not talk with a possible buyer apart. A closed table gives
    the candidates there a head start on the others (Didam)."""
    gegadigden = {p.naam for p in f.vraagstuk.belanghebbenden if gegadigde_bij_verkoop(f, p)}
    if not gegadigden:
        return
    for k in keuzes:
        if k.werkvorm.werving is not Werving.gericht or not voor_het_besluit(k):
            continue
        weg = [n for n in k.voor if n in gegadigden]
        if not weg or len(weg) == len(k.voor):
            continue  # a form only for the candidates (a market consultation) is theirs
        k.voor = [n for n in k.voor if n not in gegadigden]
        k._gezien.difference_update(weg)
        k.redenen.append(deel("WET-DIDAM.tafel", namen=weg))
        if "WET-DIDAM" not in k.regels:
            k.regels.append("WET-DIDAM")

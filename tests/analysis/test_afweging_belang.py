"""Rule MIX-AFWEGEN: the form that weighs an open choice seats the groups with a large stake
in that choice itself, or says who is missing and how they are heard before it (review 57)."""

from __future__ import annotations

from helpers import DATUM, advies_voor, casus

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.betrokken import belang_bij
from pionieren.analysis.result import Advies, MixOnderdeel, OnderwerpAdvies
from pionieren.knowledge.load import builtin

KENNIS = builtin()
HOENWIJK = "review57/vrachtwagenverbod-dorpsstraat-hoenwijk-kromwaarde"
KLINKERWIJK = "review57/energiearmoede-energiefixers-klinkerwijk-veenmarke"
OSSENWAARD = "Bewoners van Ossenwaard langs de Polderweg"
EIGENAREN = "Oudere eigenaar-bewoners met een laag inkomen"


def _weging(advies: Advies, begin: str) -> MixOnderdeel:
    punt = next(
        o for o in advies.trede.onderwerpen if o.onderwerp.startswith(begin) and o.gekozen_in
    )
    return next(m for m in advies.mix if m.werkvorm == punt.gekozen_in)


def _aan_tafel_of_genoemd(m: MixOnderdeel, naam: str) -> bool:
    return naam in m.voor or any(
        r.sleutel == "MIX-AFWEGEN.belang" and naam in r.waarden["missen"] for r in m.redenen
    )


def _punt(advies: Advies, begin: str) -> OnderwerpAdvies:
    return next(o for o in advies.trede.onderwerpen if o.onderwerp.startswith(begin))


def test_plaats_in_de_naam_bindt_de_groep_aan_het_punt() -> None:
    """The village in the group's name, not in the title, ties it to the point on its road;
    the case's own village (in the title) ties no one to every point."""
    v = casus(HOENWIJK)
    advies = advies_voor(v)
    f = Feiten(vraagstuk=v, kennis=KENNIS, datum=DATUM)
    assert OSSENWAARD in [p.naam for p in belang_bij(f, _punt(advies, "Wat de gemeente doet"))]
    assert belang_bij(f, _punt(advies, "Of het verbod de hele dag")) == []


def test_ossenwaard_bij_de_afweging_over_hun_weg() -> None:
    advies = advies_voor(casus(HOENWIJK))
    m = _weging(advies, "Wat de gemeente doet")
    assert _aan_tafel_of_genoemd(m, OSSENWAARD)


def test_eigenaren_bij_de_keuze_over_hun_huizen() -> None:
    advies = advies_voor(casus(KLINKERWIJK))
    m = _weging(advies, "Of de 300.000 euro")
    assert _aan_tafel_of_genoemd(m, EIGENAREN)
    # a word of the case's theme ('energie') ties no group to the choice of streets
    eerst = _weging(advies, "Welke straten")
    assert not any(
        r.sleutel == "MIX-AFWEGEN.belang"
        and "Huishoudens met een betalingsachterstand bij energie of huur" in r.waarden["missen"]
        and "straten" in r.waarden["onderwerp"]
        for r in eerst.redenen
    )


def test_wie_het_punt_noemt_zit_aan_tafel() -> None:
    """A group the choice names, that the weighing form can reach, sits there; a group the
    point does not name is not added (the table does not swell with everyone)."""
    advies = advies_voor(casus("review61/verkoop-oude-gemeentehuis-oosterhem"))
    m = _weging(advies, "Of ruimte voor een dorpshuis")
    assert "Stichting Dorpshuis De Linde" in m.voor
    hoenwijk = _weging(advies_voor(casus(HOENWIJK)), "Wat de gemeente doet")
    assert "Bewoners van de Dorpsstraat" not in hoenwijk.voor

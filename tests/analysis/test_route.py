"""Rule MIX-ROUTE: an open point goes only to a werkvorm that ends before the moment that
fixes it (a tender's leidraad, the zienswijze on an ontwerp) and that reaches the groups it is
about; a werkvorm's level never exceeds what its points allow (review 58a/58b)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import ONTWIKKELCASUSSEN, advies_voor, casus, rapport_gegevens

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.route import over_biedingen, publiek_van, vastgelegd
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Niveau, SoortBelanghebbende, Trede

MARNEWOLD = "review54/jongerenwerk-aanbesteding-marnewold"
HOENWIJK = "review57/vrachtwagenverbod-dorpsstraat-hoenwijk-kromwaarde"
DATUM = date(2026, 12, 1)


def _punt(advies, begin: str):
    return next(o for o in advies.trede.onderwerpen if o.onderwerp.startswith(begin))


def test_jury_na_de_leidraad_weegt_geen_beleidskeuze() -> None:
    """The tender's jury (7-11 June) scores bids on the published criteria: the choice where
    the youth work is (fixed by the leidraad of 6 April) goes to a step before it."""
    advies = advies_voor(casus(MARNEWOLD), datum=DATUM)
    jury = next(m for m in advies.mix if m.werkvorm == "jongerenjury")
    keuze = _punt(advies, "Waar het jongerenwerk")
    assert keuze.onderwerp not in jury.onderwerpen
    assert any(o.startswith("Het oordeel van jongeren") for o in jury.onderwerpen)
    dragers = [m for m in advies.mix if keuze.onderwerp in m.onderwerpen]
    assert dragers and all(m.eind is not None and m.eind <= date(2027, 4, 6) for m in dragers)


def test_zonder_leidraadmoment_geen_grens() -> None:
    """The cause is the moment that fixes the leidraad: without it no date fixes the point."""
    v = casus(MARNEWOLD, momenten=[])
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    advies = advies_voor(v, datum=DATUM)
    assert vastgelegd(f, _punt(advies, "Waar het jongerenwerk")) is None
    met = casus(MARNEWOLD)
    f2 = Feiten(vraagstuk=met, kennis=builtin(), datum=DATUM)
    assert vastgelegd(f2, _punt(advies, "Waar het jongerenwerk")) == (
        date(2027, 4, 6),
        met.momenten[0].wat,
    )


def test_beoordelen_van_inschrijvingen_is_geen_leidraadpunt() -> None:
    assert over_biedingen("Het oordeel van jongeren over de plannen van de inschrijvers.")
    assert not over_biedingen(
        "Welke kwaliteitseisen in de leidraad staan en waarop de inschrijvers hun plan moeten"
        " uitwerken."
    )
    assert not over_biedingen("Waar het jongerenwerk vooral is.")


def test_keuze_uit_het_ontwerp_niet_na_de_zienswijze() -> None:
    """Hoenwijk: the choice of sign is fixed in the ontwerp (zienswijze from 17 May); the
    seasonal workers' talk in July is too late for it."""
    advies = advies_voor(casus(HOENWIJK), datum=DATUM)
    bord = _punt(advies, "Of het verbod geldt")
    dragers = [m for m in advies.mix if bord.onderwerp in m.onderwerpen]
    assert dragers
    assert all(m.eind is not None and m.eind <= date(2027, 5, 17) for m in dragers), dragers


def test_punt_over_andere_groepen_niet_in_hun_gesprek() -> None:
    """Hoenwijk: the talk chosen to reach the seasonal workers does not carry the gemeente's
    choice on another village's polder road."""
    advies = advies_voor(casus(HOENWIJK), datum=DATUM)
    polder = _punt(advies, "Wat de gemeente doet als vrachtauto")
    seizoen = [m for m in advies.mix if any(n.startswith("Seizoenarbeiders") for n in m.voor)]
    assert seizoen
    assert all(
        polder.onderwerp not in m.onderwerpen
        for m in seizoen
        if all(n.startswith("Seizoenarbeiders") for n in m.voor)
    )
    assert any(polder.onderwerp in m.onderwerpen for m in advies.mix)


def test_buurtmiddag_niet_boven_zijn_punten() -> None:
    """Marnewold: a buurtmiddag (raadplegen or coproduceren) on points at most adviseren is
    not shown as coproduceren."""
    advies = advies_voor(casus(MARNEWOLD), datum=DATUM)
    for m in advies.mix:
        treden = [
            o.trede for o in advies.trede.onderwerpen if o.open and o.onderwerp in m.onderwerpen
        ]
        if treden:
            assert m.trede.rang <= max(t.rang for t in treden), (m.naam, m.trede, treden)


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_eigenschap_route(pad) -> None:
    """Every development case: no werkvorm ends after the moment that fixes a point it
    carries; a talk chosen only to reach some groups carries no point about other groups
    only; no werkvorm shows a level above all the points it carries."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DATUM)
    zienswijze = next((m.start for m in advies.mix if m.werkvorm == "zienswijze"), None)
    for o in advies.trede.onderwerpen:
        if not o.open:
            continue
        vast = vastgelegd(f, o, zienswijze)
        publiek = publiek_van(f, o)
        for m in advies.mix:
            if o.onderwerp not in m.onderwerpen:
                continue
            if vast is not None and m.werkvorm != "zienswijze":
                assert m.eind is None or m.eind <= vast[0], (m.naam, o.onderwerp, vast)
            bereikt = {
                str(n)
                for r in m.redenen
                if r.sleutel == "MIX-INCLUSIE.bereikt"
                for n in r.waarden.get("namen", [])
            }
            # a real choice stays with the inwoners with a high stake the form reaches (their
            # own home's site, Dijkmeer)
            hoog = {
                p.naam
                for p in v.belanghebbenden
                if p.soort is SoortBelanghebbende.inwoners and p.belang is Niveau.hoog
            }
            keuze = o.keuze or any(
                x.onderwerp == o.onderwerp and (x.keuze or x.opties) for x in v.kaders.open
            )
            if keuze and set(m.voor) & hoog:
                continue
            if publiek and m.voor and set(m.voor) <= bereikt and not publiek & set(m.voor):
                # kept only when no other werkvorm carries the point at its level
                nodig = min(o.trede.rang, Trede.meebeslissen.rang)
                anders = [
                    x
                    for x in advies.mix
                    if x is not m and o.onderwerp in x.onderwerpen and x.trede.rang >= nodig
                ]
                assert not anders, (m.naam, o.onderwerp, m.voor, publiek, anders)
    for m in advies.mix:
        treden = [
            o.trede for o in advies.trede.onderwerpen if o.open and o.onderwerp in m.onderwerpen
        ]
        if treden and m.trede.rang > max(t.rang for t in treden):
            # only when the form has no level at its points' level (MIX-PLAFOND keeps the
            # lowest level it can go to)
            kennis = builtin()
            w = (
                kennis.werkvorm(m.werkvorm)
                if m.werkvorm in {x.id for x in kennis.werkvormen}
                else None
            )
            assert w is None or not any(t.rang < m.trede.rang for t in w.treden), (m.naam, m.trede)

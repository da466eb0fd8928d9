"""A promised feedback rhythm and a measure that is extended or not (review 56a/c: Zuiderveld
promised news 'elke twee maanden' and got one terugkoppeling; Duinmonde evaluated an aanwijzing
after the extension it was for)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from helpers import ONTWIKKELCASUSSEN, advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.kosten import kosten_van
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.planning_ritme import (
    aantal_momenten,
    lopende_maatregel,
    opnieuw_besloten,
    ritme_maanden,
)
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Modus, Procesfase, Trede

DATUM = date(2026, 12, 1)
BELOFTE = {
    "wat_misging": "Na de vorige aanpak hoorden bewoners niets meer.",
    "wat_nu_anders": "Nu horen bewoners elke twee maanden wat er met hun meldingen gebeurt.",
}


def _met_ritme(**meer: object) -> Vraagstuk:
    return maak(
        voorgeschiedenis=BELOFTE,
        kaders_besluit_uiterlijk="2027-03-31",
        kaders_uitvoering_van="2027-04-12",
        kaders_uitvoering_tot="2027-12-17",
        **meer,
    )


def test_a_promised_rhythm_is_read_from_the_case() -> None:
    assert ritme_maanden(_met_ritme()) == 2
    kwartaal = maak(
        voorgeschiedenis={
            "wat_misging": "Niemand hoorde iets.",
            "wat_nu_anders": "De gemeente laat elk kwartaal weten hoe het gaat.",
        }
    )
    assert ritme_maanden(kwartaal) == 3
    # a meeting on a rhythm is no promise of news
    overleg = maak(
        voorgeschiedenis={
            "wat_misging": "Niemand hoorde iets.",
            "wat_nu_anders": "De werkgroep vergadert elke twee maanden.",
        }
    )
    assert ritme_maanden(overleg) is None
    assert ritme_maanden(maak()) is None


def test_the_promised_rhythm_gives_that_many_moments_within_the_term() -> None:
    v = _met_ritme()
    advies = advies_voor(v, datum=DATUM)
    ritme = [
        p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.terugkoppeling_ritme"
    ]
    assert len(ritme) == 1
    weken = [date.fromisoformat(w) for w in ritme[0].uitleg.waarden["weken"]]
    # after the first feedback in April, about every two months until the end in December
    assert len(weken) >= 3
    assert all(w < date(2027, 12, 17) for w in weken)
    assert all((b - a).days >= 49 for a, b in pairwise(weken))


def test_the_feedback_is_costed_per_promised_moment() -> None:
    w = next(x for x in builtin().werkvormen if x.id == "terugkoppeling")
    keuze = Keuze(w, Modus.denken, Trede.informeren)
    zonder = kosten_van(Feiten(vraagstuk=maak(), kennis=builtin(), datum=DATUM), keuze)
    met = kosten_van(Feiten(vraagstuk=_met_ritme(), kennis=builtin(), datum=DATUM), keuze)
    assert aantal_momenten(_met_ritme()) >= 4
    assert met[0] >= aantal_momenten(_met_ritme()) * zonder[0] - 50


def test_an_extended_measure_is_evaluated_before_its_term_ends() -> None:
    v = maak(
        titel="Verlengen of stoppen van het veiligheidsrisicogebied",
        kaders_besluit_uiterlijk="2027-02-16",
        kaders_uitvoering_van="2027-03-01",
        kaders_uitvoering_tot="2027-08-31",
    )
    assert opnieuw_besloten(v) and lopende_maatregel(v)
    advies = advies_voor(v, datum=DATUM)
    evaluatie = [p for p in advies.planning if p.fase is Procesfase.evaluatie]
    assert evaluatie
    # done in time for the papers of the next decision, not after the term
    assert all(p.eind is not None and p.eind < date(2027, 8, 31) for p in evaluatie)
    assert all(p.start is not None and p.start > date(2027, 3, 1) for p in evaluatie)


def test_works_with_an_end_are_still_evaluated_after_them() -> None:
    v = maak(kaders_besluit_uiterlijk="2027-02-16", kaders_uitvoering_tot="2027-08-31")
    assert not lopende_maatregel(v)
    advies = advies_voor(v, datum=DATUM)
    evaluatie = [p for p in advies.planning if p.fase is Procesfase.evaluatie]
    assert all(p.start is not None and p.start > date(2027, 8, 31) for p in evaluatie)


def test_property_no_measure_that_is_extended_is_evaluated_after_its_term() -> None:
    for pad in ONTWIKKELCASUSSEN:
        for geval in [pad]:
            v = load_vraagstuk(geval)
            tot, besluit = v.kaders.uitvoering_tot, v.kaders.besluit_uiterlijk
            if not lopende_maatregel(v) or tot is None or besluit is None:
                continue
            if (tot - besluit).days > 364 or tot <= besluit:
                continue
            advies = advies_voor(v, datum=DATUM)
            for p in advies.planning:
                if p.fase is Procesfase.evaluatie and p.start and p.start > besluit:
                    assert p.eind is not None and p.eind < tot, (geval.stem, p.start, p.eind)


def test_feedback_comes_before_the_decision_takes_effect_when_days_are_left() -> None:
    # decision Tuesday 16 February 2027, in effect from 1 March; the voorjaarsvakantie noord
    # (20-28 February) is between: the feedback goes out on the days before it
    v = maak(
        vakantieregio="noord",
        besluit={
            "door": "burgemeester",
            "procedure": "aanwijzingsbesluit",
            "stukken_weken": 1,
            "termijn_vast": True,
        },
        kaders_besluit_uiterlijk="2027-02-16",
        kaders_uitvoering_van="2027-03-01",
        kaders_uitvoering_tot="2027-08-31",
    )
    advies = advies_voor(v, datum=DATUM)
    besluit = next(p.eind for p in advies.planning if p.fase is Procesfase.besluit)
    terug = [
        p
        for p in advies.planning
        if p.fase is Procesfase.terugkoppeling and p.start and besluit and p.start > besluit
    ]
    assert terug
    assert terug[0].eind is not None and terug[0].eind < date(2027, 3, 1)


def _toegezegd_en_ronde(v: Vraagstuk) -> tuple[list[date], date | None]:
    """The dates by which the promised advice goes to the promiser, and the day the reaction
    round on the promised points opens (None without such a round)."""
    advies = advies_voor(v, datum=DATUM)
    besluit = next((p.start for p in advies.planning if p.fase is Procesfase.besluit), None)
    open_ = min(
        (
            p.start
            for p in advies.planning
            if p.uitleg is not None
            and p.uitleg.sleutel == "FASE.reactie"
            and p.start is not None
            and (besluit is None or p.start < besluit)
        ),
        default=None,
    )
    # the options are public from the first step where inwoners weigh them, if earlier
    afwegen = {w.id for w in builtin().werkvormen if w.afwegen}
    wegen = [
        p.start
        for p in advies.planning
        if p.start is not None
        and afwegen & set(p.werkvormen)
        and (besluit is None or p.start < besluit)
    ]
    if open_ is not None:
        open_ = min([open_, *wegen])
    data = [
        date.fromisoformat(str(r.waarden["datum"]))
        for o in advies.mix
        if o.werkvorm not in {w.id for w in v.werkvormen}  # not on the case's own dates
        for r in o.redenen
        if r.sleutel == "MIX-TOEZEGGING" and r.waarden.get("datum")
    ]
    return data, open_


def test_property_promised_advice_is_not_given_before_the_options_are_public() -> None:
    # review 56d, Beerzelo: parents advised 4-29 January, the options came out on 22 March
    for pad in ONTWIKKELCASUSSEN:
        v = load_vraagstuk(pad)
        if v.besluit is None or v.besluit.toezegging is None:
            continue
        if v.besluit.toezegging.trede is not Trede.adviseren:
            continue
        data, open_ = _toegezegd_en_ronde(v)
        if open_ is None:
            continue
        assert all(d >= open_ for d in data), (pad.stem, data, open_)


def test_property_a_raad_step_through_a_school_holiday_names_it() -> None:
    # review 56d, Hunsewold: the rondetafel of the raad ran through the herfstvakantie noord
    from pionieren.analysis.planning import vakantieweken
    from pionieren.vocabulary import Organisator

    kennis = builtin()
    griffie = {w.id for w in kennis.werkvormen if w.organisator is Organisator.griffie}
    for pad in ONTWIKKELCASUSSEN:
        v = load_vraagstuk(pad)
        vrij = vakantieweken(kennis.vakanties, v.vakantieregio)
        for p in advies_voor(v, datum=DATUM).planning:
            if not p.werkvormen or not set(p.werkvormen) <= griffie or not p.start or not p.eind:
                continue
            if p.uitleg is not None and p.uitleg.sleutel not in (
                f"FASE.{p.fase.value}",
                "FASE.noot_vakantie",
            ):
                continue  # a step with its own text (a moment)
            genoemd = (
                (p.uitleg.waarden.get("vakanties") or p.uitleg.waarden.get("raad_vakanties"))
                if p.uitleg is not None
                else None
            )
            werkdagen = [
                date.fromordinal(d)
                for d in range(p.start.toordinal(), p.eind.toordinal() + 1)
                if date.fromordinal(d).weekday() < 5
            ]
            for van, tot, naam in vrij:
                if sum(van <= d <= tot for d in werkdagen) >= 3:
                    assert genoemd, (pad.stem, p.start, naam)

"""A rule text speaks only when its factual premise is in the case (review 65b, issue 8 pt 4/8,
issue 9 Onderbouwing): a subsidy the organisation holds now, a law the case names, a formal
inspraak procedure, a private-law act of the college, a source of this gemeente."""

from __future__ import annotations

import copy
from typing import Any

from helpers import BASIS, advies_voor, maak

from pionieren.analysis.result import Advies, Rol
from pionieren.knowledge.load import builtin


def _regels(advies: Advies, regel: str) -> list[Any]:
    return [b for b in advies.bevindingen if b.regel == regel]


def _met(*namen: str) -> list[dict[str, Any]]:
    partijen = copy.deepcopy(BASIS["belanghebbenden"])
    for naam in namen:
        partijen.append(
            {
                "naam": naam,
                "soort": "maatschappelijke_organisatie",
                "invloed": "middel",
                "belang": "hoog",
            }
        )
    return partijen


def _rij(advies: Advies, naam: str) -> str:
    return next(p.aanpak for p in advies.belanghebbenden if p.naam == naam)


# ------------------------------------------------------------------ BELANG-DUBBELE-ROL


#: the kinderboerderij of review 65b: the gemeente runs it; the foundations are named only in
#: the options the raad chooses between
_OPTIE = (
    "De kinderboerderij is van de gemeente en wordt door de gemeente beheerd. De raad kiest "
    "tussen drie wegen: sluiten, overdragen aan Stichting Vrienden met een subsidie die afbouwt, "
    "of verder als zorgboerderij met Zorggroep Linde."
)


def test_a_party_named_only_in_an_option_has_no_dual_role_and_no_awb_4_51() -> None:
    advies = advies_voor(
        maak(
            omschrijving=_OPTIE,
            belanghebbenden=_met("Stichting Vrienden", "Zorggroep Linde"),
            kaders_open=[
                {
                    "onderwerp": "Welke weg de raad kiest.",
                    "keuze": True,
                    "opties": [
                        "sluiten",
                        "overdragen aan Stichting Vrienden met een subsidie die afbouwt",
                        "verder met Zorggroep Linde",
                    ],
                }
            ],
        )
    )
    assert not _regels(advies, "BELANG-DUBBELE-ROL")
    assert "inschrijver" not in _rij(advies, "Stichting Vrienden")
    # nor the conditional art. 4:51 of WET-KADER: nobody holds that subsidy yet
    assert not [b for b in advies.bevindingen if b.sleutel == "WET-KADER.subsidie"]
    assert not any("awb-4-51" in b.bronnen for b in advies.bevindingen)


def test_future_wording_is_no_subsidy_held_now() -> None:
    tekst = (
        "Stichting Vrienden krijgt straks subsidie voor het beheer. De subsidie wordt vanaf 2029 "
        "lager."
    )
    advies = advies_voor(maak(omschrijving=tekst, belanghebbenden=_met("Stichting Vrienden")))
    assert not _regels(advies, "BELANG-DUBBELE-ROL")


def test_a_running_yearly_subsidy_gives_the_dual_role_with_awb_4_51() -> None:
    tekst = (
        "Stichting Buurtwerk krijgt al jaren subsidie voor het welzijnswerk. De subsidie wordt "
        "vanaf 2029 lager."
    )
    advies = advies_voor(maak(omschrijving=tekst, belanghebbenden=_met("Stichting Buurtwerk")))
    (b,) = _regels(advies, "BELANG-DUBBELE-ROL")
    assert "Stichting Buurtwerk krijgt nu de subsidie" in b.tekst
    assert "redelijke termijn" in b.tekst and b.bronnen == ["awb-4-51"]
    # a subsidy only, no opdracht or tender: a future applicant, not an inschrijver
    assert "aanvrager van de nieuwe subsidie" in b.tekst and "inschrijver" not in b.tekst
    assert "aanvrager van de nieuwe subsidie" in _rij(advies, "Stichting Buurtwerk")


def test_a_subsidy_held_now_without_years_in_the_text_gets_no_awb_4_51() -> None:
    tekst = (
        "De gemeente geeft nu subsidie aan Stichting Buurtwerk. Vanaf 2029 komt er een nieuwe "
        "welzijnsopdracht. De raad kiest of die wordt aanbesteed."
    )
    advies = advies_voor(maak(omschrijving=tekst, belanghebbenden=_met("Stichting Buurtwerk")))
    (b,) = _regels(advies, "BELANG-DUBBELE-ROL")
    assert "inschrijver" in b.tekst and "inschrijvers gelijk" in b.tekst
    assert "redelijke termijn" not in b.tekst and b.bronnen == ["aanbestedingswet-1-8"]


def test_a_subsidy_held_now_may_stand_in_the_fixed_frame() -> None:
    advies = advies_voor(
        maak(
            omschrijving="Vanaf 2029 komt er een nieuwe welzijnsopdracht voor de wijk.",
            kaders_vast=["Stichting Buurtwerk krijgt sinds 2015 jaarlijks subsidie."],
            belanghebbenden=_met("Stichting Buurtwerk"),
        )
    )
    (b,) = _regels(advies, "BELANG-DUBBELE-ROL")
    assert "redelijke termijn" in b.tekst


# ------------------------------------------------------------------------- WET-ANDERS


def test_a_named_law_is_a_question_to_check_not_a_claim() -> None:
    advies = advies_voor(
        maak(
            wettelijk_kader=["anders"],
            kaders_vast=["Wie de dieren houdt, volgt de Wet dieren en de hygiëneregels."],
        )
    )
    (tekst,) = [b.tekst for b in _regels(advies, "WET-ANDERS")]
    assert "Het vraagstuk noemt de Wet dieren. Ga na of die wet voor dit besluit eigen" in tekst
    assert "kan eigen termijnen" not in tekst and "bepalen mee" not in tekst
    assert "jurist" in tekst


def test_without_a_name_in_the_text_the_rule_sources_of_the_case_are_named() -> None:
    bronnen = [
        {"titel": "Omgevingsverordening van de provincie", "soort": "regel"},
        {"titel": "Subsidiebeschikking natuurherstel", "soort": "regel"},
        {"titel": "Telling bezoekers 2025", "soort": "feiten"},
    ]
    advies = advies_voor(maak(wettelijk_kader=["anders"], bronnen=bronnen))
    (tekst,) = [b.tekst for b in _regels(advies, "WET-ANDERS")]
    assert "niet welke" not in tekst
    assert "Omgevingsverordening van de provincie en Subsidiebeschikking natuurherstel" in tekst
    assert "Telling" not in tekst
    # without such a source the rule still asks which regulation it is
    (tekst,) = [
        b.tekst for b in _regels(advies_voor(maak(wettelijk_kader=["anders"])), "WET-ANDERS")
    ]
    assert "maar niet welke" in tekst


# ------------------------------------------------------------------------ reactienota

_KEUZE = "Welk van de twee pleinen een markt krijgt."


def _reactie(advies: Advies) -> str:
    (fase,) = [p for p in advies.planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie"]
    return fase.toelichting


def test_a_private_law_decision_has_no_reactienota() -> None:
    advies = advies_voor(
        maak(
            kaders_open=[_KEUZE, "De indeling van het plein."],
            besluit={"door": "college", "procedure": "privaatrechtelijk"},
        )
    )
    tekst = _reactie(advies)
    assert "reactienota" not in tekst
    assert "elke reactie krijgt antwoord in het verslag bij het voorstel" in tekst
    assert not any("reactienota" in b.tekst for b in advies.bevindingen)


def test_a_formal_inspraak_procedure_keeps_the_reactienota() -> None:
    # (an omgevingsplan has its formal zienswijze round instead of a reaction round)
    for procedure in ("verordening", "beleid"):
        advies = advies_voor(
            maak(
                kaders_open=[_KEUZE, "De indeling van het plein."],
                besluit={"door": "raad", "procedure": procedure},
            )
        )
        assert "elke reactie krijgt antwoord in de reactienota" in _reactie(advies), procedure


# ------------------------------------------------------- wensen en bedenkingen (art. 169)

_BIJDRAGE = {
    "omschrijving": "Stichting Het Zandlandschap herstelt het beekdal op haar eigen grond.",
    "initiatiefnemer": "maatschappelijke_organisatie",
    "besluit": {"door": "initiatiefnemer", "procedure": "anders"},
}


def _raad(advies: Advies) -> str:
    return next(t for t in advies.rolverdeling if t.rol is Rol.raad).taak


def test_a_subsidy_to_another_partys_project_gets_no_wensen_en_bedenkingen() -> None:
    advies = advies_voor(
        maak(
            kaders_open=[
                {
                    "onderwerp": "Welke voorwaarden het college aan de bijdrage van de gemeente "
                    "verbindt.",
                    "door": "college",
                }
            ],
            kaders_vast=[
                "De gemeente geeft ten hoogste 250.000 euro subsidie. Het hout wordt verkocht."
            ],
            **_BIJDRAGE,
        )
    )
    raad = _raad(advies)
    assert "budgetrecht, art. 189 Gemeentewet" in raad and "als dat niet in de begroting" in raad
    assert "wensen en bedenkingen" not in raad


def test_an_agreement_on_the_contribution_keeps_wensen_en_bedenkingen() -> None:
    advies = advies_voor(
        maak(
            kaders_open=[
                {
                    "onderwerp": "De overeenkomst over de bijdrage van de gemeente.",
                    "door": "college",
                }
            ],
            kaders_vast=["Het geld staat nog niet in de begroting."],
            **_BIJDRAGE,
        )
    )
    raad = _raad(advies)
    assert "wensen en bedenkingen" in raad and "169 lid 4" in raad
    assert ": dat staat nog niet in de begroting (budgetrecht" in raad


def test_a_private_law_sale_keeps_wensen_en_bedenkingen() -> None:
    advies = advies_voor(
        maak(
            omschrijving="De gemeente verkoopt het schoolgebouw aan een ontwikkelaar.",
            besluit={"door": "college", "procedure": "privaatrechtelijk"},
        )
    )
    assert "wensen en bedenkingen" in _raad(advies)


# ------------------------------------------------------------- sources of one gemeente


def test_no_werkvorm_cites_one_gemeentes_own_regulation() -> None:
    """A verordening or regeling of one gemeente (lokaleregelgeving.overheid.nl) is no source
    for a form in another gemeente (review 65b: the participatieverordening of Baarn behind the
    burgerinitiatief in Meersloot)."""
    kennis = builtin()
    bronnen = kennis.bronnen
    for w in kennis.werkvormen:
        geciteerd = [w.bronnen[0], *(b for b in w.valkuil_bronnen or [] if b)]
        for bron in geciteerd:
            assert "lokaleregelgeving.overheid.nl" not in str(bronnen[bron].url), (w.id, bron)
    assert kennis.werkvorm("burgerinitiatief").bronnen[0] == "gemeentewet-150"


def test_a_sentence_holds_a_subsidy_now_in_the_present_not_in_a_choice_or_the_future() -> None:
    from pionieren.analysis.stakeholders import houdt_nu

    assert houdt_nu("Aannemer X heeft nu het contract voor het onderhoud van de wegen.")
    assert houdt_nu("Stichting X beheert sinds de overdracht in 2015 met subsidie het buurthuis.")
    assert houdt_nu("De drie organisaties krijgen al meer dan tien jaar subsidie.")
    assert not houdt_nu(
        "De raad kiest tussen drie wegen: sluiten of overdragen aan Stichting X met een subsidie "
        "die afbouwt."
    )
    assert not houdt_nu("Stichting X krijgt straks subsidie.")
    # a subsidy without a word for 'now' is no subsidy held now
    assert not houdt_nu("Stichting X met een subsidie die afbouwt van 100.000 naar 50.000 euro.")

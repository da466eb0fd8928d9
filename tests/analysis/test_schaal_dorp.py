"""Forms sized to the case: no gelote groep where there are too few inwoners to draw from, no
joint fact finding where nobody doubts the facts, no omgevingsraad without a project that runs
for years (reviews 29a and 30: a burgerjury and joint fact finding in a village of 1,100)."""

from __future__ import annotations

import copy
from typing import Any

from helpers import BASIS, DATUM, builtin, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.kosten import op_schaal
from pionieren.analysis.mix.besluiten import loting_past, te_weinig_om_te_loten
from pionieren.analysis.mix.kandidaten import voldoet
from pionieren.vocabulary import Schaal


def _feiten(inwoners: int | None, **anders: Any) -> Feiten:
    groepen = copy.deepcopy(BASIS["belanghebbenden"])
    groepen[0]["aantal"] = inwoners
    if inwoners is None:
        groepen[0].pop("aantal")
    return Feiten(
        vraagstuk=maak(belanghebbenden=groepen, schaal="kern", **anders),
        kennis=builtin(),
        datum=DATUM,
    )


def test_a_village_is_too_small_to_draw_a_jury_from() -> None:
    jury = builtin().werkvorm("burgerjury")
    assert te_weinig_om_te_loten(_feiten(1100), jury)
    assert not loting_past(_feiten(1100), jury)


def test_a_town_or_an_unknown_number_may_still_get_one() -> None:
    jury = builtin().werkvorm("burgerjury")
    assert not te_weinig_om_te_loten(_feiten(12000), jury)
    assert loting_past(_feiten(12000), jury)
    # without any number nothing is certain: the form stays possible
    assert not te_weinig_om_te_loten(_feiten(None), jury)


def test_an_open_form_has_no_lottery_limit() -> None:
    assert not te_weinig_om_te_loten(_feiten(1100), builtin().werkvorm("cocreatie-werkgroep"))


def test_joint_fact_finding_only_when_facts_are_disputed() -> None:
    jff = builtin().werkvorm("joint-fact-finding")
    plan = "Wat gebeurt er met het schoolgebouw? Het dorp wil er een dorpshuis van maken."
    assert not voldoet(_feiten(1100, omschrijving=plan), jff)
    twijfel = "Omwonenden wantrouwen de geluidsberekening van de initiatiefnemer."
    assert voldoet(_feiten(1100, omschrijving=twijfel), jff)


def test_joint_fact_finding_has_a_realistic_minimum_in_a_kern() -> None:
    kern = op_schaal(builtin(), Schaal.kern).werkvorm("joint-fact-finding")
    # an independent expert chosen together costs at least some 15,000 euro (review 29a)
    assert kern.kosten_euro[0] >= 15000


def test_an_omgevingsraad_only_around_a_long_project() -> None:
    raad = builtin().werkvorm("omgevingsraad")
    gebouw = "Wat gebeurt er met het zwembad als het sluit?"
    assert not voldoet(_feiten(1100, omschrijving=gebouw), raad)
    windpark = "Rond het windpark komen vijf windturbines; de bouw duurt drie jaar."
    # the works' own dates make the project long (review 48e: not a round of a few weeks)
    drie_jaar = {"kaders_uitvoering_van": "2028-01-01", "kaders_uitvoering_tot": "2030-12-31"}
    assert voldoet(_feiten(1100, omschrijving=windpark, **drie_jaar), raad)
    # a windpark whose decision is within the year and whose works have no dates: not long
    assert not voldoet(_feiten(1100, omschrijving=windpark), raad)

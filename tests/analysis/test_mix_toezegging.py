"""Rule MIX-TOEZEGGING: the parties a promise names sit in the werkvorm that carries it."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor, maak

from pionieren.vocabulary import Trede

_UREN = "De verdeling van de zaaluren over de clubs en de scholen."


def _ontwerp(tekst: str) -> list[str]:
    advies = _advies(tekst)
    (vorm,) = [
        m for m in advies.mix if _UREN in m.onderwerpen and m.fase.value == "uitvoering"
    ] or [m for m in advies.mix if _UREN in m.onderwerpen][:1]
    return vorm.voor


def _advies(tekst: str) -> Any:
    uren = {
        "onderwerp": "De verdeling van de zaaluren over de clubs en de scholen.",
        "ruimte": "groot",
        "door": "college",
        "toegezegd": True,
        "na_besluit": True,
    }
    v = maak(
        ambitie="coproduceren",
        kaders_open=[{"onderwerp": "Welke sporthal openblijft.", "ruimte": "middel"}, uren],
        besluit={
            "door": "raad",
            "procedure": "begroting",
            "toezegging": {"door": "college", "trede": "coproduceren", "tekst": tekst},
        },
        belanghebbenden=[
            {
                "naam": "Omwonenden van de sporthal",
                "soort": "inwoners",
                "invloed": "laag",
                "belang": "hoog",
                "houding": "tegen",
                "meervoud": True,
            },
            {
                "naam": "Volleybalvereniging De Smash",
                "soort": "maatschappelijke_organisatie",
                "invloed": "middel",
                "belang": "hoog",
                "houding": "tegen",
            },
            {
                "naam": "Gymnastiekvereniging Olympia",
                "soort": "maatschappelijke_organisatie",
                "invloed": "laag",
                "belang": "hoog",
                "houding": "onbekend",
            },
        ],
    )
    return advies_voor(v)


def test_the_clubs_a_promise_names_sit_in_the_form_that_carries_it() -> None:
    """Review 42c (sporthallen): the wethouder promised that the clubs make the new division of
    the hours with the gemeente; the werkgroep was for neighbours and elderly users."""
    voor = _ontwerp("De clubs maken samen met de gemeente de nieuwe verdeling van de zaaluren.")
    assert voor[:2] == ["Volleybalvereniging De Smash", "Gymnastiekvereniging Olympia"]


def test_a_promise_that_names_no_party_adds_nobody() -> None:
    voor = _ontwerp("Inwoners maken samen met de gemeente de nieuwe verdeling.")
    assert "Gymnastiekvereniging Olympia" not in voor[:1]


def test_a_promise_after_the_decision_does_not_lift_the_forms_before_it() -> None:
    """Review 42d (sporthallen): the clubs' promised share in dividing the hours after the
    decision made the rondetafel before the raad's choice 'coproduceren'."""
    advies = _advies("De clubs maken samen met de gemeente de nieuwe verdeling van de zaaluren.")
    ervoor = [
        m
        for m in advies.mix
        if m.fase.value in ("ophalen", "verdiepen", "toetsen") and _UREN not in m.onderwerpen
    ]
    assert ervoor
    assert all(m.trede.rang <= Trede.adviseren.rang for m in ervoor), [
        (m.werkvorm, m.trede) for m in ervoor
    ]
    # the promised point itself keeps its level
    assert any(m.trede is Trede.coproduceren for m in advies.mix if _UREN in m.onderwerpen)


def test_the_group_a_promise_names_gives_its_advice_alone() -> None:
    """Review 52b (Beekloon): the wethouder promised that 'een groep starters uit de vier
    kernen' advises; its klankbordgroep also held werkers of outside the gemeente. The others
    leave that step where another step before the decision still has them."""
    from pathlib import Path

    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).parents[1] / "cases/review51/loting-starterswoningen-beekloon.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    (stap,) = [
        m
        for m in advies.mix
        if any(r.sleutel == "MIX-TOEZEGGING" and r.waarden.get("advies") for r in m.redenen)
    ]
    assert stap.voor == ["Starters uit de vier kernen"]
    assert not any(r.sleutel == "MIX-INCLUSIE.bereikt" for r in stap.redenen), (
        "no 'Dit bereikt ook' for a group that left the step"
    )
    # every group still has a place before the decision
    voor = {n for m in advies.mix if m.fase.value != "uitvoering" for n in m.voor}
    assert "Werkers in zorg en onderwijs van buiten de gemeente" in voor


def test_a_promise_names_the_decided_form_by_the_cases_own_words_for_it() -> None:
    """Review 62a (Lindeweerd): the wethouder promised that what the partners agree 'aan de
    sporttafel' on the budget is carried out; the case decided a round table 'voor de partners
    aan de sporttafel'. The advice said no form let inwoners decide, and asked for more money.
    The decided form carries the promised point at the promised level."""
    punt = {
        "onderwerp": "Hoe het uitvoeringsbudget over de activiteiten wordt verdeeld.",
        "ruimte": "groot",
        "toegezegd": True,
    }
    tafel = {
        "id": "rondetafel",
        "status": "besloten",
        "door": "de sportformateur",
        "voor": "de partners aan de sporttafel",
    }
    tekst = (
        "Wat de partners aan de sporttafel samen afspreken over het uitvoeringsbudget, voert "
        "de gemeente uit."
    )
    v = maak(
        ambitie="meebeslissen",
        kaders_open=[punt],
        besluit={
            "door": "college",
            "procedure": "beleid",
            "toezegging": {"door": "college", "trede": "meebeslissen", "tekst": tekst},
        },
        werkvormen=[tafel],
    )
    advies = advies_voor(v)
    assert not any(b.regel == "MIX-ONDERWERP" for b in advies.bevindingen)
    (rondetafel,) = [m for m in advies.mix if m.werkvorm == "rondetafel"]
    assert punt["onderwerp"] in rondetafel.onderwerpen
    assert rondetafel.trede is Trede.meebeslissen
    # the same table without the promise's words for it is not that form
    anders = {**tafel, "voor": "de buurtbewoners"}
    advies = advies_voor(v.model_copy(update={"werkvormen": [type(v.werkvormen[0])(**anders)]}))
    rondetafels = [m for m in advies.mix if m.werkvorm == "rondetafel"]
    assert not any(m.trede is Trede.meebeslissen for m in rondetafels)


def test_a_promise_to_partners_names_the_partners_not_inwoners() -> None:
    """Review 64d (Lindeweerd): the wethouder promised the partners at the sporttafel that
    what they agree is carried out; the step read 'Hier doen inwoners wat het college
    toezegde'. A step of organisations only names them as the partners at the table."""
    from helpers import DATUM, casus

    from pionieren.analysis.engine import analyse
    from pionieren.knowledge.load import builtin
    from pionieren.teksten import Wording

    kennis = builtin()
    advies = analyse(casus("review61/sportakkoord-preventie-lindeweerd"), kennis, DATUM)
    delen = [r for m in advies.mix for r in m.redenen if r.sleutel == "MIX-TOEZEGGING"]
    assert delen
    teksten = [Wording(kennis.teksten).render(r.sleutel, r.waarden) for r in delen]
    assert any("Hier doen de partners aan tafel wat het college toezegde" in t for t in teksten)
    assert not any("Hier doen inwoners" in t for t in teksten)

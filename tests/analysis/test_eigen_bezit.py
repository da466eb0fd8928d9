"""Each household decides on its own property: the field eigen_bezit, rule TREDE-EIGEN-BEZIT,
the talk with an agreement per household (MIX-EIGEN-BEZIT), and the hint to set the field."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor, check_invariants, maak

from pionieren.analysis.result import Advies, OnderwerpAdvies
from pionieren.input.hints import eigen_bezit_hints
from pionieren.vocabulary import Trede

AFSPRAAK = "afspraak-per-huishouden"
TUIN = "Hoe elke tuin na de sanering terugkomt."

PARTIJEN: list[dict[str, Any]] = [
    {
        "naam": "Bewoners van de Esweg",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "aantal": 20,
        "meervoud": True,
    },
    {
        "naam": "Wandelaars",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "middel",
        "aantal": 300,
        "meervoud": True,
    },
    {
        "naam": "Natuurgroep",
        "soort": "maatschappelijke_organisatie",
        "invloed": "middel",
        "belang": "middel",
    },
]


def _advies(ruimte: str = "groot", eigen: bool = True, **meer: Any) -> Advies:
    punt: dict[str, Any] = {"onderwerp": TUIN, "ruimte": ruimte}
    if eigen:
        punt["eigen_bezit"] = True
    meer.setdefault("schaal", "buurt")
    v = maak(
        ambitie="adviseren",
        belanghebbenden=PARTIJEN,
        kaders_beinvloedingsruimte="klein",
        kaders_open=[punt, {"onderwerp": "De planning van het werk.", "ruimte": "middel"}],
        **meer,
    )
    advies = advies_voor(v)
    check_invariants(v, advies)
    return advies


def _tuin(advies: Advies) -> OnderwerpAdvies:
    return next(o for o in advies.trede.onderwerpen if o.onderwerp == TUIN)


def test_a_household_decides_on_its_own_garden_above_the_ambition() -> None:
    advies = _advies()
    tuin = _tuin(advies)
    assert tuin.trede is Trede.meebeslissen
    assert tuin.eigen_bezit
    assert tuin.toezegging_deel is not None
    assert tuin.toezegging_deel.sleutel == "TREDE-EIGEN-BEZIT.toezegging"
    # the level of the whole case stays the ambition: one's own garden is no decision for all
    assert advies.trede.advies is Trede.adviseren
    assert "TREDE-EIGEN-BEZIT" in advies.trede.regels


def test_without_the_field_the_ambition_holds() -> None:
    tuin = _tuin(_advies(eigen=False))
    assert tuin.trede is Trede.adviseren
    assert not tuin.eigen_bezit


def test_never_above_the_room_of_the_point() -> None:
    assert _tuin(_advies(ruimte="klein")).trede is Trede.raadplegen
    tuin = _tuin(_advies(ruimte="middel"))
    assert tuin.trede is Trede.adviseren
    assert tuin.toezegging_deel is None  # the promise of deciding only where it is given


def test_the_agreement_per_household_carries_the_point_for_the_residents() -> None:
    advies = _advies()
    (afspraak,) = [m for m in advies.mix if m.werkvorm == AFSPRAAK]
    assert afspraak.trede is Trede.meebeslissen
    assert TUIN in afspraak.onderwerpen
    assert "Bewoners van de Esweg" in afspraak.voor
    # a passer-by has no garden here
    assert "Wandelaars" not in afspraak.voor
    assert not any(
        b.regel == "MIX-ONDERWERP" and b.waarden.get("onderwerp") == TUIN
        for b in advies.bevindingen
    )


def test_the_agreement_is_never_chosen_without_such_a_point() -> None:
    assert not any(m.werkvorm == AFSPRAAK for m in _advies(eigen=False).mix)
    assert not any(m.werkvorm == AFSPRAAK for m in _advies(ruimte="klein").mix)


def test_it_replaces_a_proposed_kitchen_table_talk_for_the_same_households() -> None:
    werkvormen = [{"id": "keukentafelgesprek", "status": "voorgesteld", "door": "Omgevingsdienst"}]
    advies = _advies(werkvormen=werkvormen)
    ids = [m.werkvorm for m in advies.mix]
    assert AFSPRAAK in ids
    for m in advies.mix:
        if m.werkvorm == "keukentafelgesprek":
            assert "Bewoners van de Esweg" not in m.voor
    # without the point, the proposed talk stays for them
    zonder = _advies(eigen=False, werkvormen=werkvormen)
    (keuken,) = [m for m in zonder.mix if m.werkvorm == "keukentafelgesprek"]
    assert "Bewoners van de Esweg" in keuken.voor


def test_a_decided_kitchen_table_talk_stays() -> None:
    werkvormen = [{"id": "keukentafelgesprek", "status": "besloten"}]
    advies = _advies(werkvormen=werkvormen)
    assert "keukentafelgesprek" in [m.werkvorm for m in advies.mix]


def test_hint_when_the_text_names_the_own_property() -> None:
    v = maak(kaders_open=[{"onderwerp": "Hoe de eigen tuin terugkomt."}, "De planning."])
    (hint,) = eigen_bezit_hints(v)
    assert hint.code == "eigen_bezit"
    assert hint.woord == "eigen tuin"
    assert hint.pad == ("kaders", "open", 0)
    assert "eigen_bezit: true" in hint.melding
    gezet = maak(kaders_open=[{"onderwerp": "Hoe de eigen tuin terugkomt.", "eigen_bezit": True}])
    assert eigen_bezit_hints(gezet) == []


def test_no_hint_for_a_rule_for_everyone() -> None:
    for tekst in (
        "Eén vergunning per huishouden.",
        "De inrichting van het plein.",
        "Geen eigen tuin meer voor de flat.",
    ):
        assert eigen_bezit_hints(maak(kaders_open=[tekst])) == [], tekst
    assert eigen_bezit_hints(maak(kaders_open=["Welke kleur elke voordeur krijgt."]))


def test_no_vote_of_the_whole_group_decides_a_households_own_property() -> None:
    # on the scale of the whole gemeente there is no talk per household in the catalogue: the
    # advice does not let a vote or a budget carry it, it names the gap and promises one step
    # lower (rule TREDE-WERKVORM)
    advies = _advies(schaal="gemeente")
    tuin = _tuin(advies)
    assert tuin.trede is Trede.coproduceren
    assert tuin.verlaagd_van is Trede.meebeslissen
    assert tuin.toezegging_deel is None
    for m in advies.mix:
        assert TUIN not in m.onderwerpen or m.trede.rang <= Trede.coproduceren.rang, m


CORPORATIE: list[dict[str, Any]] = [
    *PARTIJEN,
    {
        "naam": "Woonstichting Noorderhuis",
        "soort": "maatschappelijke_organisatie",
        "invloed": "hoog",
        "belang": "hoog",
        "houding": "voor",
        "initiatiefnemer": True,
    },
]
HUIS = "Wat er met elke koopwoning gebeurt."


def _corporatie(eigen: bool = True, procedure: str | None = None) -> Advies:
    """A corporation's plan: it decides its own points and promised adviseren on them."""
    punt: dict[str, Any] = {"onderwerp": HUIS, "ruimte": "groot", "door": "initiatiefnemer"}
    if eigen:
        punt["eigen_bezit"] = True
    v = maak(
        initiatiefnemer="maatschappelijke_organisatie",
        belanghebbenden=CORPORATIE,
        kaders_open=[
            punt,
            {"onderwerp": "Het sociaal plan.", "ruimte": "middel", "door": "initiatiefnemer"},
            {"onderwerp": "De straten en het groen.", "ruimte": "middel"},
        ],
        besluit={
            "door": "college",
            **({"procedure": procedure} if procedure else {}),
            "toezegging": {"door": "initiatiefnemer", "trede": "adviseren"},
        },
    )
    advies = advies_voor(v)
    check_invariants(v, advies)
    return advies


def test_a_promise_on_the_plan_does_not_cap_the_owners_own_house() -> None:
    # review 43d: the corporation's promise (adviseren) made the owner its adviser about
    # selling his own house; each household decides that itself
    huis = next(o for o in _corporatie().trede.onderwerpen if o.onderwerp == HUIS)
    assert huis.trede is Trede.meebeslissen
    zonder = next(o for o in _corporatie(eigen=False).trede.onderwerpen if o.onderwerp == HUIS)
    assert zonder.trede is Trede.adviseren


def test_the_agreement_per_household_also_under_a_policy_decision() -> None:
    # a household's own house is physical, also when the main decision is a beleidsbesluit
    advies = _corporatie(procedure="beleid")
    huis = next(o for o in advies.trede.onderwerpen if o.onderwerp == HUIS)
    assert huis.trede is Trede.meebeslissen
    assert any(m.werkvorm == AFSPRAAK and HUIS in m.onderwerpen for m in advies.mix)

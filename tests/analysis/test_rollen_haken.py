"""Roles and legal hooks that follow from the case's own fields (review 45a)."""

from __future__ import annotations

from helpers import advies_voor, maak

from pionieren.analysis.result import Rol

_COLLEGE_PLAN = {"door": "college", "procedure": "omgevingsplan"}


def _raad(advies: object) -> str:
    return next(t.taak for t in advies.rolverdeling if t.rol is Rol.raad)  # type: ignore[attr-defined]


def test_the_raad_row_names_the_point_the_raad_decides_itself() -> None:
    open_ = [
        "De indeling van het plein.",
        {"onderwerp": "Hoeveel subsidie er komt voor het onderhoud.", "door": "raad"},
    ]
    raad = _raad(advies_voor(maak(besluit={"door": "college"}, kaders_open=open_)))
    assert "Beslist hier niet zelf" not in raad
    assert "de raad beslist zelf over ‘hoeveel subsidie er komt voor het onderhoud’" in raad
    # without a point of its own the raad does not decide here
    raad = _raad(advies_voor(maak(besluit={"door": "college"})))
    assert raad.startswith("Beslist hier niet zelf: het college beslist")


def test_a_sale_by_another_party_is_no_private_law_act_of_the_college() -> None:
    open_ = ["Of de kerk op de lijst komt, nu het kerkbestuur haar wil verkopen."]
    raad = _raad(advies_voor(maak(besluit={"door": "college"}, kaders_open=open_)))
    assert "169 lid 4" not in raad
    open_ = ["Of de gemeente het oude pand naast het plein wil verkopen."]
    raad = _raad(advies_voor(maak(besluit={"door": "college"}, kaders_open=open_)))
    assert "wensen en bedenkingen" in raad


def _delegatie(vast: str) -> str:
    advies = advies_voor(maak(besluit=_COLLEGE_PLAN, kaders_vast=[vast]))
    (b,) = [b for b in advies.bevindingen if b.sleutel == "BESLUIT-WIE.gedelegeerd"]
    return b.tekst


def test_a_delegation_the_case_names_is_stated_not_asked() -> None:
    tekst = _delegatie(
        "Het college wijst monumenten aan in het omgevingsplan; de raad heeft die bevoegdheid"
        " in 2024 aan het college gegeven."
    )
    assert tekst.startswith("De raad gaf het college met een delegatiebesluit")
    assert "Ga na of dat besluit er is" not in tekst
    tekst = _delegatie("Het college wijst monumenten aan in het omgevingsplan.")
    assert "Ga na of dat besluit er is" in tekst


def test_a_spatial_decision_is_no_social_domain_policy() -> None:
    veld = "wonen, recreatie en sociaal domein"
    plan = {"door": "raad", "procedure": "omgevingsplan"}
    advies = advies_voor(maak(beleidsveld=veld, besluit=plan))
    assert not [b for b in advies.bevindingen if b.sleutel == "WET-CLIENTENPARTICIPATIE"]
    advies = advies_voor(maak(beleidsveld=veld, besluit={"door": "raad", "procedure": "beleid"}))
    assert [b for b in advies.bevindingen if b.sleutel == "WET-CLIENTENPARTICIPATIE"]


def test_a_regeling_of_several_gemeenten_gets_the_roles_of_each_raad_and_college() -> None:
    moment = {
        "wat": "De raad van Heukelom stelt zijn zienswijze op het ontwerp vast",
        "datum": "2027-06-24",
        "door": "raad",
    }
    orgaan = "het algemeen bestuur van Afvalschap Linge en Maas"
    advies = advies_voor(
        maak(
            besluit={"door": "anders", "procedure": "verordening", "orgaan": orgaan},
            momenten=[moment],
        )
    )
    rollen = {t.rol: t for t in advies.rolverdeling}
    raad = rollen[Rol.raad]
    assert raad.taak.startswith(f"Geen van de raden beslist zelf: {orgaan} beslist")
    assert "Elke raad stelt zijn eigen zienswijze" in raad.taak
    assert "eigen zienswijze" in raad.taak
    assert "beslist zelf over" not in raad.taak  # no 'niet zelf … wel zelf' contradiction
    assert raad.bronnen == ["wgr"]
    # who sits there is the regeling's (art. 13 Wgr), not 'meestal de wethouder' (review 53a)
    assert "Wie namens de gemeente in " + orgaan + " zit, staat in de regeling" in (
        rollen[Rol.college].taak
    )
    # another body without the raden's zienswijze: no regeling, the stock row
    advies = advies_voor(maak(besluit={"door": "anders", "procedure": "verordening"}))
    raad = next(t for t in advies.rolverdeling if t.rol is Rol.raad)
    assert raad.taak.startswith("Beslist hier niet zelf; volgt het proces")


def test_the_afvalstoffenheffing_rests_on_the_wet_milieubeheer() -> None:
    def jurist(vast: str) -> list[str]:
        advies = advies_voor(
            maak(
                wettelijk_kader=["anders"],
                # another body decides: its verordening is a question for a lawyer
                besluit={"door": "anders", "procedure": "verordening"},
                kaders_vast=[vast, "De Afvalstoffenverordening blijft gelden."],
            )
        )
        (b,) = [b for b in advies.bevindingen if b.sleutel == "WET-ANDERS"]
        # a question to check, not a claim that the verordening asks for them (review 65b)
        assert "Ga na of die verordening voor dit besluit eigen termijnen" in b.tekst
        return b.bronnen

    assert jurist("De afvalstoffenheffing mag niet meer opbrengen dan de kosten.") == [
        "wet-milieubeheer-15-33"
    ]
    assert jurist("Het plein krijgt nieuwe bomen.") == []


def test_two_named_laws_take_a_plural_verb() -> None:
    # review 55c: 'Het vraagstuk noemt de Winkeltijdenwet en de Zondagswet. Die kan eigen
    # termijnen ... vragen'
    advies = advies_voor(
        maak(
            omschrijving="Het gaat om de Winkeltijdenwet en de Telecommunicatiewet.",
            wettelijk_kader=["anders"],
        )
    )
    (b,) = [b for b in advies.bevindingen if b.sleutel == "WET-ANDERS"]
    assert "Ga na of die voor dit besluit eigen termijnen, adviezen of inspraak vragen" in b.tekst


def test_a_cut_off_date_in_a_fixed_point_is_told_to_who_it_leaves_out() -> None:
    motie = (
        "Volgens de motie hoeft geen huishouden dat op 1 januari 2026 op het park stond"
        " ingeschreven, te vertrekken."
    )
    advies = advies_voor(maak(kaders_vast=[motie]))
    (b,) = [b for b in advies.bevindingen if b.regel == "WET-PEILDATUM"]
    assert "1 januari 2026" in b.tekst
    assert "niet ingeschreven staat" in b.tekst
    # a date without who is protected is no cut-off
    advies = advies_voor(maak(kaders_vast=["De nieuwe regels gaan in op 1 januari 2028."]))
    assert not [b for b in advies.bevindingen if b.regel == "WET-PEILDATUM"]

"""Review 25: the weighing formula on a divided choice, the fase gate on a whether-point, the
inwoners' role without another party's points, and language help per kenmerk."""

from __future__ import annotations

import copy
from typing import Any

from helpers import BASIS, DATUM, advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.inclusie import inclusie_reden, taalhulp
from pionieren.analysis.stakeholders import drempels, spreekt_weinig_nederlands
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Kenmerk, Trede

_TEGEN = {
    "naam": "Ondernemers oude centrum",
    "soort": "ondernemers",
    "invloed": "hoog",
    "belang": "hoog",
    "houding": "tegen",
}
_OF = "Of de markt terugkeert naar het oude plein of blijft op het nieuwe."
_HOE = "De indeling van de kramen."


def _verdeeld(polarisatie: int = 3, tegen: bool = True, **extra: Any) -> Any:
    partijen = copy.deepcopy(BASIS["belanghebbenden"]) + ([_TEGEN] if tegen else [])
    return maak(
        ambitie="adviseren",
        polarisatie=polarisatie,
        belanghebbenden=partijen,
        besluit={"door": "college"},
        kaders_open=[{"onderwerp": _OF}, {"onderwerp": _HOE}],
        **extra,
    )


def _per(vraag: Any) -> dict[str, Any]:
    return {o.onderwerp: o for o in advies_voor(vraag).trede.onderwerpen if o.open}


def test_advice_on_a_divided_choice_promises_weighing_not_adoption() -> None:
    per = _per(_verdeeld())
    keuze = per[_OF]
    # the college decides: the step stays adviseren, the promise is the weighing formula
    assert keuze.trede is Trede.adviseren
    assert "in principe over" not in keuze.toezegging
    assert "vooraf bekende criteria" in keuze.toezegging
    assert "elk standpunt" in keuze.toezegging
    assert "aantal voor- of tegenstanders beslist niet" in keuze.toezegging
    # a point that is no choice keeps the ladder's promise
    assert "in principe over" in per[_HOE].toezegging


def test_no_weighing_formula_without_opponents_or_in_a_calm_case() -> None:
    # polarisatie 3 without anyone against: no conflicting advice to weigh
    assert "in principe over" in _per(_verdeeld(tegen=False))[_OF].toezegging
    # calm case with opponents
    assert "in principe over" in _per(_verdeeld(polarisatie=2))[_OF].toezegging
    # strongly divided: opponents are not needed
    assert "elk standpunt" in _per(_verdeeld(polarisatie=4, tegen=False))[_OF].toezegging


def test_a_tariff_and_a_which_of_two_choice_are_choices_too() -> None:
    for tekst in ("Het warmtetarief en de aansluitbijdrage.", "Op welke van de twee plekken."):
        vraag = _verdeeld()
        data = vraag.model_dump(mode="json", exclude_none=True)
        data["kaders"]["open"] = [{"onderwerp": tekst}]
        per = _per(type(vraag).model_validate(data))
        assert "elk standpunt" in per[tekst].toezegging, tekst


def _met_punten(vraag: Any, punten: list[str]) -> dict[str, Any]:
    data = vraag.model_dump(mode="json", exclude_none=True)
    data["kaders"]["open"] = [{"onderwerp": p} for p in punten]
    return _per(type(vraag).model_validate(data))


def test_a_point_both_sides_share_promises_weighing() -> None:
    """Review 45a: owners against and heemkundekringen for both advise on which buildings go
    on the list; 'in principe over' promised each of them the opposite."""
    gedeeld = "Waar de winkeliers en de ondernemers uit het centrum hun kramen zetten."
    per = _met_punten(_verdeeld(), [gedeeld, _HOE])
    assert "elk standpunt" in per[gedeeld].toezegging
    assert "in principe over" not in per[gedeeld].toezegging
    # a point only one side's name shares keeps the ladder's promise
    assert "in principe over" in per[_HOE].toezegging
    # without the side against, nothing is split
    assert "in principe over" in _met_punten(_verdeeld(tegen=False), [gedeeld])[gedeeld].toezegging


def test_allocation_in_a_divided_case_promises_weighing_also_from_an_association() -> None:
    """Review 45b: a CPO association promised 'in principe over' on who gets a home."""
    toewijzing = "Wie een woning krijgt, en of dorpsgenoten voorrang krijgen."
    volgorde = "Welke straten voorrang krijgen bij het onderhoud."
    vraag = _verdeeld()
    data = vraag.model_dump(mode="json", exclude_none=True)
    data["initiatiefnemer"] = "inwoners"
    data["belanghebbenden"].append(
        {
            "naam": "Vereniging Hofje",
            "soort": "inwoners",
            "invloed": "hoog",
            "belang": "hoog",
            "houding": "voor",
            "initiatiefnemer": True,
        }
    )
    data["kaders"]["open"] = [
        {"onderwerp": toewijzing, "door": "initiatiefnemer"},
        {"onderwerp": volgorde},
    ]
    per = _per(type(vraag).model_validate(data))
    assert "elk standpunt" in per[toewijzing].toezegging
    assert "in principe over" not in per[toewijzing].toezegging
    # the order of things is no allocation to people
    assert "in principe over" in per[volgorde].toezegging
    # in a calm case the ladder's promise stays
    rustig = _met_punten(_verdeeld(polarisatie=2), [toewijzing])
    assert "in principe over" in rustig[toewijzing].toezegging


def test_a_choice_at_meebeslissen_keeps_its_step() -> None:
    """A group that decides together (a burgerberaad, a vote) is not lowered to weighing."""
    vraag = _verdeeld(polarisatie=4)
    data = vraag.model_dump(mode="json", exclude_none=True)
    data["ambitie"] = "meebeslissen"
    data["kaders"]["beinvloedingsruimte"] = "groot"
    keuze = _per(type(vraag).model_validate(data))[_OF]
    # meebeslissen, or one step lower where no werkvorm lets inwoners decide (TREDE-WERKVORM)
    assert Trede.meebeslissen in (keuze.trede, keuze.verlaagd_van)
    assert "elk standpunt" not in keuze.toezegging and "per standpunt" not in keuze.toezegging


def _poort(vraag: Any) -> str:
    advies = advies_voor(vraag)
    return " ".join(b.tekst for b in advies.bevindingen if b.regel == "POORT-FASE")


def test_late_gate_does_not_say_not_whether_when_a_whether_point_is_open() -> None:
    tekst = _poort(_verdeeld(fase="besluitvorming"))
    assert "niet meer over of" not in tekst
    assert "‘of de markt terugkeert naar het oude plein of blijft op het nieuwe’" in tekst
    # without a whether-point the gate says it plainly
    vraag = maak(ambitie="adviseren", fase="besluitvorming", kaders_open=[_HOE])
    assert "hoe, niet meer over of" in _poort(vraag)


def test_points_the_initiator_decides_are_not_the_inwoners_influence() -> None:
    partijen = [
        *copy.deepcopy(BASIS["belanghebbenden"]),
        {
            "naam": "Stichting Dorpshuis",
            "soort": "maatschappelijke_organisatie",
            "invloed": "hoog",
            "belang": "hoog",
            "houding": "voor",
            "initiatiefnemer": True,
        },
    ]
    vraag = maak(
        initiatiefnemer="maatschappelijke_organisatie",
        ambitie="zelfbeheer",
        belanghebbenden=partijen,
        besluit={"door": "college", "procedure": "subsidie"},
        kaders_beinvloedingsruimte="groot",
        kaders_open=[
            {"onderwerp": "Het programma van het dorpshuis.", "door": "initiatiefnemer"},
            {"onderwerp": "De hoogte van de subsidie.", "ruimte": "klein"},
        ],
    )
    advies = advies_voor(vraag)
    rol = next(t for t in advies.rolverdeling if t.rol.value == "inwoners").taak
    assert "beslissen mee" not in rol.lower() and "beslissen zelf" not in rol.lower()
    # the counts are those of the summary: both points, one of them decided by the foundation
    assert "Over 1 daarvan beslist Stichting Dorpshuis" in rol
    # an initiative of the inwoners themselves: their own points are their influence
    eigen = maak(
        initiatiefnemer="inwoners",
        ambitie="zelfbeheer",
        besluit={"door": "college", "procedure": "subsidie"},
        kaders_beinvloedingsruimte="groot",
        kaders_open=[{"onderwerp": "Het programma.", "door": "initiatiefnemer"}],
    )
    rol = next(t for t in advies_voor(eigen).rolverdeling if t.rol.value == "inwoners").taak
    assert "beslist Stichting" not in rol and "Over 1 onderwerp beslist" not in rol


def _p(naam: str, *kenmerken: Kenmerk, via: str | None = None) -> Belanghebbende:
    return Belanghebbende(
        naam=naam,
        soort="inwoners",
        invloed="laag",
        belang="hoog",
        kenmerken=list(kenmerken),
        via=via,
    )


def test_language_help_follows_the_kenmerk() -> None:
    assert taalhulp(_p("Kinderen", Kenmerk.kinderen)) == []
    lezen = _p("Bewoners", Kenmerk.laaggeletterd, Kenmerk.digitaal_minder_vaardig)
    assert taalhulp(lezen) == ["beeld"]
    assert taalhulp(_p("Arbeidsmigranten", Kenmerk.migratieachtergrond)) == ["vertaling"]
    tolk = _p("Buurtkinderen", Kenmerk.kinderen, Kenmerk.migratieachtergrond, via="met een tolk")
    assert taalhulp(tolk) == ["ouders"]
    # review 27: young people went to school here; no interpreter for them, a letter home
    jong = _p("Jongeren die Pools spreken", Kenmerk.jongeren, Kenmerk.migratieachtergrond)
    assert taalhulp(jong) == ["ouders"]


def test_a_migration_background_alone_is_no_language_barrier() -> None:
    """Review 36: the Indische and Molukse community got a translation and an interpreter.
    Without a sign that Dutch is hard for them, the obstacle is trust, not language."""
    gemeenschap = _p(
        "Indische en Molukse gemeenschap",
        Kenmerk.migratieachtergrond,
        Kenmerk.ouderen,
        via="de Molukse kerk en de Indische soos",
    )
    assert not spreekt_weinig_nederlands(gemeenschap)
    assert taalhulp(gemeenschap) == []
    assert drempels(gemeenschap) == ["ouderen", "vertrouwen"]
    # reading little, a recent arrival or a named language: then language is the obstacle
    for groep in (
        _p("Huurders", Kenmerk.migratieachtergrond, Kenmerk.laaggeletterd),
        _p("Statushouders", Kenmerk.migratieachtergrond),
        _p("Bewoners die weinig Nederlands lezen", Kenmerk.migratieachtergrond),
        _p("Werknemers", Kenmerk.migratieachtergrond, via="de Poolse kerkdienst"),
    ):
        assert spreekt_weinig_nederlands(groep), groep.naam
        assert "migratieachtergrond" in drempels(groep)
    assert not spreekt_weinig_nederlands(_p("Statushouders zonder kenmerk"))


def test_translation_is_offered_only_to_a_group_that_may_not_read_dutch() -> None:
    kennis = builtin()

    def zin(partijen: list[str], gezegd: set[str] | None = None) -> str:
        d = inclusie_reden(Feiten(vraag, kennis, DATUM), partijen, gezegd or set())[0]
        return kennis.wording.render(d.sleutel, d.waarden)

    def groep(naam: str, *kenmerken: str) -> dict[str, Any]:
        return {
            "naam": naam,
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "kenmerken": list(kenmerken),
        }

    vraag = maak(
        belanghebbenden=[
            groep("Kleuters", "kinderen"),
            groep("Bewoners woonwagenlocatie", "laaggeletterd"),
            groep("Nieuwkomers", "migratieachtergrond"),
            groep("Buurtkinderen", "kinderen", "migratieachtergrond") | {"via": "het taalcafé"},
            groep("Molukse ouderen", "ouderen", "migratieachtergrond"),
        ]
    )
    kleuters = zin(["Kleuters"])
    assert "tolk" not in kleuters and "Vertaal" not in kleuters
    woonwagen = zin(["Bewoners woonwagenlocatie"])
    assert "tolk" not in woonwagen and "Vertaal" not in woonwagen and "plaatjes" in woonwagen
    assert "Vertaal de uitnodiging" in zin(["Nieuwkomers", "Kleuters"])  # the tolk: in the budget
    kinderen = zin(["Buurtkinderen"])
    assert "ouders" in kinderen and "tolk" not in kinderen
    # a migration background alone: no translation (review 36)
    assert "Vertaal" not in zin(["Molukse ouderen"]) and "tolk" not in zin(["Molukse ouderen"])
    # said once per group in a design
    assert "tolk" not in zin(["Nieuwkomers"], {"Nieuwkomers"})

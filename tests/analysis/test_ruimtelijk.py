"""A change of the omgevingsplan or an omgevingsvergunning beside the main decision has steps
of its own (review 32a, worst error 3; rule WET-RUIMTELIJK): the kennisgeving, the draft open
for zienswijzen, the motivering, who decides, and for an application the studies it brings."""

from __future__ import annotations

from datetime import date

from helpers import advies_voor, maak
from test_mix_regels import feiten
from test_planning_na_besluit import _case

from pionieren.analysis.law import ruimtelijk
from pionieren.analysis.result import Rol
from pionieren.input.model import Vraagstuk

PLAN = {
    "onderwerp": "De wijziging van het omgevingsplan voor de gekozen plek.",
    "ruimte": "klein",
    "door": "raad",
    "uiterlijk": "2028-10-05",
}


def _sleutels(v: Vraagstuk) -> list[str]:
    return [b.sleutel for b in ruimtelijk(feiten(v))]


def test_a_later_change_of_the_omgevingsplan_has_its_steps_counted_back_from_its_date() -> None:
    v = maak(kaders_open=["De indeling van het plein.", PLAN], besluit={"door": "raad"})
    (b,) = ruimtelijk(feiten(v))
    assert b.sleutel == "WET-RUIMTELIJK.omgevingsplan"
    # six weeks open for zienswijzen before the six weeks of the raad's papers
    assert b.waarden["inzage"] == date(2028, 7, 13).isoformat()
    assert b.waarden["krap"] is False
    assert "omgevingswet-16-30" in b.bronnen and "omgevingsbesluit-participatie" in b.bronnen
    advies = advies_voor(v)
    tekst = next(x.tekst for x in advies.bevindingen if x.regel == "WET-RUIMTELIJK")
    assert "zienswijze" in tekst and "kennisgeving" in tekst and "13 juli 2028" in tekst
    raad = next(t for t in advies.rolverdeling if t.rol is Rol.raad)
    assert "omgevingsplan vast" in raad.taak


def test_it_says_so_when_the_steps_do_not_fit_after_the_main_decision() -> None:
    kort = {**PLAN, "uiterlijk": "2027-11-01"}
    v = maak(kaders_open=["De indeling van het plein.", kort], besluit={"door": "raad"})
    (b,) = ruimtelijk(feiten(v))
    assert b.waarden["krap"] is True


def test_a_plan_that_stays_as_it_is_or_the_plan_itself_as_decision_is_no_extra_procedure() -> None:
    for vast in (
        "Een tijdelijke JOP past daar zonder wijziging van het omgevingsplan.",
        "Het skatepark moet voldoen aan de geluidsregels van het omgevingsplan.",
        "Voor de bankjes is geen omgevingsvergunning nodig.",
    ):
        assert _sleutels(maak(kaders_vast=[vast])) == []
    # the omgevingsplan itself is the decision: the rules for that procedure speak
    v = maak(kaders_open=[PLAN], besluit={"door": "raad", "procedure": "omgevingsplan"})
    assert _sleutels(v) == []


def test_a_permit_names_its_applicant_its_studies_and_who_decides() -> None:
    v = _case("skatepark-markdonk")
    (b,) = ruimtelijk(feiten(v))
    assert b.sleutel == "WET-RUIMTELIJK.vergunning"
    assert b.waarden["aanvrager"] == "Stichting Skatepark Markdonk"
    assert b.waarden["onderzoeken"] == ["geluid"]
    assert b.waarden["buitenplans"] is False
    advies = advies_voor(v)
    init = next(t for t in advies.rolverdeling if t.rol is Rol.initiatiefnemer)
    assert "art. 7.4 Omgevingsregeling" in init.taak


def test_a_permit_outside_the_plan_names_the_binding_advice_of_the_raad() -> None:
    v = maak(
        kaders_vast=[
            "Het plan past niet in het omgevingsplan: er is een omgevingsvergunning nodig voor "
            "een buitenplanse omgevingsplanactiviteit, met een verkeersonderzoek."
        ]
    )
    (b,) = ruimtelijk(feiten(v))
    assert b.waarden["buitenplans"] is True
    assert b.waarden["onderzoeken"] == ["verkeer"]
    assert "omgevingswet-16-15a" in b.bronnen
    assert b.waarden["aanvrager"] == ""  # the gemeente applies itself: no applicant named


def test_the_dijkmeer_case_gets_the_plan_change_steps() -> None:
    assert _sleutels(_case("beschermd-wonen-plus-dijkmeer")) == ["WET-RUIMTELIJK.omgevingsplan"]


def test_the_decision_term_of_a_permit_cites_the_article_that_sets_it() -> None:
    """Review 50a: 'Het college beslist meestal binnen acht weken. (Omgevingswet art. 5.8)':
    art. 5.8 only names the college; the term is art. 16.64 (eight weeks, once extended by six),
    six months in the uitgebreide procedure (art. 16.65, afdeling 3.4 Awb)."""
    v = maak(
        kaders_open=[
            "De indeling van het plein.",
            {
                "onderwerp": "De omgevingsvergunning voor de verbouwing van het gebouw.",
                "ruimte": "klein",
                "door": "college",
            },
        ]
    )
    (b,) = ruimtelijk(feiten(v))
    assert b.sleutel == "WET-RUIMTELIJK.vergunning"
    # the sentence cites its first source: the one that sets the term
    assert b.bronnen[0] == "omgevingswet-16-64"
    tekst = next(x.tekst for x in advies_voor(v).bevindingen if x.regel == "WET-RUIMTELIJK")
    assert "meestal" not in tekst
    assert "zes weken" in tekst and "zes maanden" in tekst

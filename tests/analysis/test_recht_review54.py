"""Law and role sentences the reviews of round 54 found wrong (area recht3): the award of a
tender, the omgevingsplan's participation duty, boa's beside the driehoek, and neutral wording
for the burgemeester."""

from __future__ import annotations

from helpers import advies_voor, maak
from test_mix_regels import feiten
from test_roles import ORDE, RUSTIG, _taak
from test_ruimtelijk import PLAN

from pionieren.analysis.law import ruimtelijk
from pionieren.analysis.result import Rol
from pionieren.knowledge.load import builtin

GUNNING = {
    "omschrijving": (
        "Het jongerenwerk wordt één opdracht die de gemeente Europees aanbesteedt. Het college "
        "stelt de aanbestedingsleidraad vast en gunt daarna de opdracht."
    ),
    "besluit": {"door": "college", "procedure": "privaatrechtelijk"},
    "schaal": "gemeente",
}


def test_the_raad_gives_no_wensen_en_bedenkingen_on_the_award_of_a_tender() -> None:
    """Review 54a (Marnewold): 'naar de raad, die wensen en bedenkingen kan geven' on the
    gunning. The award follows the leidraad's criteria; the raad's moment is before it."""
    advies = advies_voor(maak(**GUNNING))
    raad = _taak(advies, Rol.raad)
    assert "wensen en bedenkingen" not in raad
    assert "vóór de aanbestedingsleidraad" in raad and "gunning" in raad
    assert not feiten(maak(**GUNNING)).wensen_en_bedenkingen
    # the same private-law act without a tender (a lease for the whole gemeente) keeps them
    huur = {**GUNNING, "omschrijving": "Het college verhuurt het gemeentelijke zwembad."}
    assert "wensen en bedenkingen" in _taak(advies_voor(maak(**huur)), Rol.raad)


def test_the_omgevingsplan_participation_duty_cites_the_omgevingsbesluit() -> None:
    """Review 54a (Ravenheide): the duty to say how people were involved was cited as
    Omgevingswet art. 2.4, which only says the raad adopts the plan."""
    v = maak(kaders_open=["De indeling van het plein.", PLAN], besluit={"door": "raad"})
    (b,) = ruimtelijk(feiten(v))
    # the report cites the first source after the sentence about the participation duty
    assert b.bronnen[0] == "omgevingsbesluit-participatie"
    titel = builtin().bronnen["omgevingsbesluit-participatie"].titel
    assert "art. 10.2" in titel


def test_boas_are_not_put_under_the_driehoek() -> None:
    """Review 54a (Duinmonde): 'spreken in de lokale driehoek af hoe politie en boa's optreden
    (Politiewet 2012 art. 13)'. Art. 13 is about the politie; boa's fall under their employer
    and, for opsporing, the officier van justitie."""
    met = _taak(advies_voor(maak(omschrijving=ORDE, belanghebbenden=RUSTIG)), Rol.driehoek)
    assert "politie en boa's optreden" not in met
    assert "werkgever" in met and "hoe de politie optreedt" in met
    zonder = ORDE.replace(" en boa's", "")
    tekst = _taak(advies_voor(maak(omschrijving=zonder, belanghebbenden=RUSTIG)), Rol.driehoek)
    assert "boa" not in tekst and "hoe de politie optreedt" in tekst


def _tekst(sleutel: str, **waarden: object) -> str:
    return builtin().wording.render(sleutel, waarden)


def test_stock_text_for_the_burgemeester_does_not_say_he() -> None:
    """Review 54a (Duinmonde): 'gescheiden van zijn taak' while the burgemeester is 'zij'."""
    beslist = _tekst("ROL-BURGEMEESTER.beslist", bevoegdheden=[])
    assert " zijn taak" not in beslist and " hij " not in beslist
    assert " hij" not in _tekst("ROL-BURGEMEESTER.hoeder")
    assert " hij " not in _tekst("ROL-BURGEMEESTER.veiligheidsregio")
    assert " hij " not in _tekst("ROL-BURGEMEESTER.bevoegd", bevoegdheden=["x"], informeren=True)


def test_one_week_before_the_decision_is_singular() -> None:
    """Review 54a: '(1 weken voor het besluit)'."""
    waarden = {"beschikbaar": 6, "nodig": 8, "weg": [], "in_ronde": "", "kan": "2027-03-01"}
    assert "(1 week voor het besluit)" in _tekst(
        "PLAN-KALENDER.vast_te_kort", stukken_weken=1, **waarden
    )
    assert "(6 weken voor het besluit)" in _tekst("PLAN-KALENDER.te_kort", stukken_weken=6, **waarden)


def test_the_fact_finding_sentence_puts_the_right_article_before_a_step() -> None:
    """Review 54b (Hunsewold): 'vóór de gesprek bij een bestaande groep'."""
    tekst = _tekst(
        "MIX-VOORSTEL.feiten",
        punt="",
        andere=["Omwonenden"],
        moment="",
        klaar="",
        eerder=["Gesprek bij een bestaande groep", "2027-01-12", "2027-01-26"],
    )
    assert "vóór het gesprek bij een bestaande groep" in tekst

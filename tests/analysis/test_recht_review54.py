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
    assert "(6 weken voor het besluit)" in _tekst(
        "PLAN-KALENDER.te_kort", stukken_weken=6, **waarden
    )


def test_the_fact_finding_sentence_puts_the_right_article_before_a_step() -> None:
    """Review 54b (Hunsewold): 'vóór de gesprek bij een bestaande groep'; review 55d: the
    catalogue's name was not the table's ('Bijeenkomst van ...'): the round goes by its dates."""
    tekst = _tekst(
        "MIX-VOORSTEL.feiten",
        punt="",
        andere=["Omwonenden"],
        moment="",
        klaar="",
        eerder=["Gesprek bij een bestaande groep", "2027-01-12", "2027-01-26"],
    )
    assert "vóór de ronde van 12–26 januari 2027," in tekst
    assert "gesprek bij een bestaande groep" not in tekst


GEBOUW = {
    "onderwerp": "Wat er met het dorpshuis gebeurt als de bibliotheek vertrekt (het gebouw is van de gemeente).",
    "ruimte": "groot",
    "door": "raad",
}


def test_the_future_of_the_gemeentes_building_is_flagged_as_a_college_power() -> None:
    """Review 54b (Hunsewold): 'de gemeenteraad beslist zelf over wat er met het kazernegebouw
    gebeurt'. Sale, lease or transfer is the college's (art. 160 lid 1 sub e Gemeentewet)."""
    college = {"door": "college", "procedure": "beleid"}
    advies = advies_voor(maak(besluit=college, kaders_open=["De indeling van het plein.", GEBOUW]))
    raad = _taak(advies, Rol.raad)
    assert "beslist zelf over" not in raad
    assert "stelt de kaders voor ‘wat er met het dorpshuis gebeurt" in raad
    (b,) = [b for b in advies.bevindingen if b.sleutel == "ROL-RAAD.vastgoed"]
    assert "bevoegdheid van het college" in b.tekst and "gemeentewet-160" in b.bronnen
    # another point of the raad's own (the subsidy) is still its own decision
    subsidie = {**GEBOUW, "onderwerp": "De hoogte van de subsidie aan de bibliotheek."}
    advies = advies_voor(maak(besluit=college, kaders_open=["De indeling.", subsidie]))
    assert "beslist zelf over" in _taak(advies, Rol.raad)
    assert not [b for b in advies.bevindingen if b.sleutel == "ROL-RAAD.vastgoed"]


def test_under_a_regeling_the_college_adopts_the_gemeentes_own_part() -> None:
    """Review 54b (Hunsewold): 'het dagelijks bestuur van de veiligheidsregio stelt het
    participatieplan vast' while the gemeente had its own measures to decide on."""
    moment = {
        "wat": "De raad stelt zijn zienswijze op het ontwerp-beleidsplan vast",
        "datum": "2027-06-24",
        "door": "raad",
    }
    besluit = {
        "door": "anders",
        "procedure": "beleid",
        "orgaan": "het algemeen bestuur van Veiligheidsregio Noord",
    }
    eigen = {
        "onderwerp": "Welke extra maatregelen de gemeente in het dorp neemt.",
        "door": "college",
    }
    met = advies_voor(maak(besluit=besluit, momenten=[moment], kaders_open=["De post.", eigen]))
    college = _taak(met, Rol.college)
    assert "stelt alleen het eigen deel van de gemeente vast" in college
    assert "het dagelijks bestuur van Veiligheidsregio Noord" in college
    # only the zienswijze: the regeling's bestuur adopts the plan (rule WET-REGELING)
    zonder = advies_voor(maak(besluit=besluit, momenten=[moment], kaders_open=["De post."]))
    assert "eigen deel" not in _taak(zonder, Rol.college)


def test_the_law_answers_whether_parents_drive_to_a_school_of_their_richting() -> None:
    """Review 54b (Beerzelo): 'Ook hier staat nog niet vast wie het antwoord geeft' on a worry
    that art. 4 WPO largely answers."""
    from pionieren.analysis.law import antwoord_op

    zorg = "Moeten wij zelf rijden omdat de school van onze richting verder weg ligt?"
    v = maak(omschrijving="De raad stelt een nieuwe verordening leerlingenvervoer vast.")
    antwoord = antwoord_op(feiten(v), zorg)
    assert "dichtstbijzijnde school" in antwoord and antwoord.endswith("(WPO art. 4).")
    # not for another case, nor for another worry
    assert antwoord_op(feiten(maak()), zorg) == ""
    assert antwoord_op(feiten(v), "Krijg ik elke dag dezelfde chauffeur?") == ""


def test_a_pitfall_is_not_cited_to_a_source_that_does_not_say_it() -> None:
    """Review 54b: '(RIVM Loket Gezond Leven z.j.)' behind 'het past niet in het lesrooster'."""
    (w,) = [w for w in builtin().werkvormen if w.id == "scholenproject"]
    assert w.valkuil_bron(w.valkuilen[0]) is None

"""Law and role sentences the reviews of rounds 57 and 58 found wrong (area feiten): who closes
premises, who made a promise, a verzoeker's decision, Awb and Wvr citations, the Zondagswet, the
presidium and the raad's budget."""

from __future__ import annotations

from helpers import advies_voor, maak
from test_roles import _taak

from pionieren.analysis.result import Advies, Rol


def test_closing_premises_is_the_burgemeesters_not_the_colleges() -> None:
    """Review 58b (Duinmonde): the college row 'beslist zelf over' a point that included
    'het sluiten van panden', a power of the burgemeester (art. 13b Opiumwet, 174a Gemw)."""
    besluit = {"door": "burgemeester", "procedure": "beleid"}
    punt = {
        "onderwerp": "Wat er verder in de wijk gebeurt (jongerenwerk, het sluiten van panden).",
        "door": "college",
    }
    college = _taak(advies_voor(maak(besluit=besluit, kaders_open=[punt])), Rol.college)
    assert "niet het college maar de burgemeester (art. 13b Opiumwet" in college
    anders = {**punt, "onderwerp": "Wat er verder in de wijk gebeurt (jongerenwerk)."}
    college = _taak(advies_voor(maak(besluit=besluit, kaders_open=[anders])), Rol.college)
    assert "13b" not in college


def _vragen(advies: Advies) -> list[str]:
    return advies.referentiekader


def test_the_question_on_a_promise_goes_to_whoever_made_it() -> None:
    """Review 58a (Geuldaal): 'Houdt de gemeenteraad zich aan de toezegging?' where the college
    (the wethouder) made the promise; it binds the raadsvoorstel, not the raad."""
    besluit = {
        "door": "raad",
        "procedure": "beleid",
        "toezegging": {"door": "college", "trede": "adviseren", "tekst": "De wethouder zegde toe."},
    }
    vragen = " ".join(_vragen(advies_voor(maak(besluit=besluit))))
    assert "Houdt het college zich aan de toezegging?" in vragen
    assert "Houdt de gemeenteraad zich aan de toezegging?" not in vragen
    eigen = {**besluit, "toezegging": {**besluit["toezegging"], "door": "raad"}}  # type: ignore[dict-item]
    assert "Houdt de gemeenteraad zich aan de toezegging?" in " ".join(
        _vragen(advies_voor(maak(besluit=eigen)))
    )


PROVINCIALE_WEG = {
    "initiatiefnemer": "inwoners",
    "omschrijving": "Het dorp vraagt Gedeputeerde Staten om een vrachtwagenverbod op de N-weg.",
    "besluit": {
        "door": "anders",
        "orgaan": "Gedeputeerde Staten van Noordland",
        "procedure": "verkeersbesluit",
    },
}


def test_a_request_to_another_government_gets_no_initiative_roles() -> None:
    """Review 58a (Hoenwijk): inwoners asked GS for a verkeersbesluit, and the college row said
    'steunt het initiatief met ... regels op maat' and the officials 'toetst daarna het
    verslag': roles of an Omgevingswet initiative. The college gives its zienswijze."""
    advies = advies_voor(maak(**PROVINCIALE_WEG))
    college = _taak(advies, Rol.college)
    assert "steunt het initiatief" not in college and "regels op maat" not in college
    assert "zienswijze" in college and "Gedeputeerde Staten van Noordland" in college
    ambtelijk = _taak(advies, Rol.ambtelijke_organisatie)
    assert "toetst daarna het verslag" not in ambtelijk
    assert advies.overheidsrol is None
    # the same inwoners asking the college for its own verkeersbesluit keep a role for it
    eigen = {**PROVINCIALE_WEG, "besluit": {"door": "college", "procedure": "verkeersbesluit"}}
    assert "zienswijze" not in _taak(advies_voor(maak(**eigen)), Rol.college)


def test_a_verkeersbesluit_is_taken_and_published_by_its_road_authority() -> None:
    """Review 58a: 'het verkeersbesluit van het college' for a decision of Gedeputeerde Staten.
    Every road authority publishes it in the Staatscourant (art. 26 BABW; review 59b checked it
    on KOOP's page after a round had given each authority its own blad)."""

    def tekst(**wijzig: object) -> str:
        (b,) = [
            b
            for b in advies_voor(maak(**wijzig)).bevindingen  # type: ignore[arg-type]
            if b.regel == "WET-VERKEERSBESLUIT"
        ]
        return b.tekst

    gs = tekst(**PROVINCIALE_WEG)
    assert "verkeersbesluit van Gedeputeerde Staten van Noordland" in gs
    assert "de Staatscourant" in gs  # art. 26 BABW, for every road authority (review 59b)
    college = tekst(
        **{**PROVINCIALE_WEG, "besluit": {"door": "college", "procedure": "verkeersbesluit"}}
    )
    assert "verkeersbesluit van het college" in college and "de Staatscourant" in college


def test_a_beleidsregel_enters_into_force_after_publication_art_3_40() -> None:
    """Review 57e (Ravenstede): 'geldt pas als zij in het gemeenteblad staat (art. 3:42 Awb)':
    entry into force after publication is art. 3:40; art. 3:42 says how it is published."""
    from pionieren.knowledge.load import builtin

    tekst = builtin().teksten["FASE.besluit"]
    assert "(art. 3:40 en 3:42 Awb)" in tekst


def test_the_burgemeester_sits_in_the_veiligheidsregio_by_office() -> None:
    """Review 57e (Hunsewold): 'zit namens de gemeente in het algemeen bestuur': he is a member
    by virtue of his office (art. 11 Wvr), not the gemeente's delegate."""
    besluit = {
        "door": "anders",
        "orgaan": "het algemeen bestuur van Veiligheidsregio Noord",
        "procedure": "beleid",
    }
    burgemeester = _taak(advies_voor(maak(besluit=besluit)), Rol.burgemeester)
    assert "is als burgemeester lid van het algemeen bestuur" in burgemeester
    assert "namens de gemeente" not in burgemeester


def test_a_fixed_shop_hour_cited_to_the_zondagswet_gets_the_fact_at_that_point() -> None:
    """Review 57c (Scheldevoorde): 'Winkels gaan op zondag nooit vóór 12.00 uur open ...
    (Zondagswet, artikel 4)' stood among the fixed points as a rule of law; the Zondagswet sets
    no shop hours, the raad chooses them in its verordening (art. 3 Winkeltijdenwet)."""
    vast = [
        "De raad beslist bij verordening over de winkeltijden op zondag.",
        "Winkels gaan op zondag niet vóór 12.00 uur open (Zondagswet, artikel 4).",
    ]
    advies = advies_voor(maak(kaders_vast=vast))
    noten = {o.onderwerp: o.noot for o in advies.trede.onderwerpen if not o.open}
    assert "de Zondagswet regelt dat niet" in noten[vast[1]]
    assert noten[vast[0]] == ""
    # said once, at the point, not again among the legal notes
    assert not any("de Zondagswet regelt dat niet" in b.tekst for b in advies.bevindingen)


def test_the_griffie_prepares_a_presidium_meeting_as_the_presidiums() -> None:
    """Review 57c (Scheldevoorde): 'bereidt de agenda voor de bespreking van 11 maart 2027 in
    de raad voor' where that moment was a meeting of the presidium."""
    besluit = {"door": "raad", "procedure": "verordening"}
    moment = {"wat": "Het presidium stelt de werkwijze vast", "datum": "2027-03-11", "door": "raad"}
    griffie = _taak(advies_voor(maak(besluit=besluit, momenten=[moment])), Rol.griffie)
    assert "11 maart 2027 in het presidium" in griffie
    raad = {**moment, "wat": "De raad bespreekt het voorstel"}
    griffie = _taak(advies_voor(maak(besluit=besluit, momenten=[raad])), Rol.griffie)
    assert "11 maart 2027 in de raad" in griffie


def test_the_colleges_share_in_anothers_decision_needs_the_raads_budget() -> None:
    """Review 57c (Broekerveen): the college's decision on the gemeente's share of a peilvak of
    the waterschap read as final; the money must be in the begroting the raad adopts (art.
    189 Gemeentewet)."""
    besluit = {
        "door": "anders",
        "orgaan": "het algemeen bestuur van het Waterschap Noord",
        "procedure": "beleid",
    }
    punt = {"onderwerp": "Of er een nieuw gemaal komt, en wie wat betaalt.", "door": "college"}
    college = _taak(advies_voor(maak(besluit=besluit, kaders_open=[punt])), Rol.college)
    assert "die de raad vaststelt: art. 189 Gemeentewet" in college
    eigen = {"onderwerp": "Waar de gemeente peilbuizen plaatst.", "door": "college"}
    college = _taak(advies_voor(maak(besluit=besluit, kaders_open=[eigen])), Rol.college)
    assert "art. 189" not in college

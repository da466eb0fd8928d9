"""Werkvormen and tips that fit who is really meant (review 47a/47b, worst fault 3): tips for
minors only for minors, a church or mosque only for a religious community, no works
communication for a decision about rules, a party's members' meeting only for its members, a
worry said in confidence never at a public form, and crime fighting kept out of a public round."""

from __future__ import annotations

from typing import Any

from helpers import BASIS, DATUM, advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.bereik import eigen_publiek
from pionieren.analysis.mix.instrument import uitvoering_in_openbare_ruimte
from pionieren.analysis.stakeholders import drempels, geloofsgemeenschap, jongvolwassen
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Trede

W = {w.id: w for w in builtin().werkvormen}


def _groep(naam: str, **extra: Any) -> dict[str, Any]:
    return {"naam": naam, "soort": "inwoners", "invloed": "laag", "belang": "hoog", **extra}


def _partij(naam: str, **extra: Any) -> Belanghebbende:
    return Belanghebbende(**_groep(naam, **extra))


STUDENTEN = _partij("Studenten op kamers", kenmerken=["jongeren"], via="de studieverenigingen")
STARTERS = _partij("Jongeren die in hun eigen dorp willen blijven wonen", kenmerken=["jongeren"])
SEIZOEN = _partij(
    "Seizoenswerkers op de campings",
    kenmerken=["jongeren", "migratieachtergrond"],
    via="de werkgevers en de uitzendbureaus",
)
SCHOLIEREN = _partij("Scholieren uit de vier dorpen", kenmerken=["jongeren"])
BUITEN = _partij(
    "Moslims die niet bij een moskee horen",
    kenmerken=["jongeren", "migratieachtergrond"],
    via="VluchtelingenWerk, de studentenvereniging en sleutelfiguren",
)


def test_students_starters_and_seasonal_workers_are_young_adults_not_minors() -> None:
    for groep in (STUDENTEN, STARTERS, SEIZOEN, BUITEN):
        assert jongvolwassen(groep), groep.naam
        assert "jongeren" not in drempels(groep) and "jongvolwassenen" in drempels(groep)
    assert not jongvolwassen(SCHOLIEREN) and drempels(SCHOLIEREN) == ["jongeren"]
    # young people without a word for adults stay minors
    assert not jongvolwassen(_partij("Jongeren in het dorp", kenmerken=["jongeren"]))
    # seasonal workers are adults who came here recently: language is their obstacle
    assert "migratieachtergrond" in drempels(SEIZOEN)


def test_children_with_their_parents_need_no_permission_from_the_parents() -> None:
    samen = _partij("Jeugdleden en hun ouders", kenmerken=["kinderen", "jongeren"])
    assert drempels(samen) == ["kinderen_met_ouders"]
    alleen = _partij("Kinderen uit de buurt", kenmerken=["kinderen"])
    assert drempels(alleen) == ["kinderen"]


def test_the_tips_for_minors_are_not_given_to_young_adults() -> None:
    partijen = [
        _groep(
            "Studenten op kamers",
            kenmerken=["jongeren"],
            bereikbaarheid="moeilijk",
            via="de studentenverenigingen",
        ),
        _groep("Scholieren", kenmerken=["jongeren"], bereikbaarheid="moeilijk", via="de mentoren"),
    ]
    advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"][:1], *partijen]))
    aanpak = {b.naam: b.aanpak for b in advies.belanghebbenden}
    assert "avond met volwassenen" not in aanpak["Studenten op kamers"]
    assert "buiten werk- en studietijd" in aanpak["Studenten op kamers"]
    assert "avond met volwassenen" in aanpak["Scholieren"]


def test_a_church_or_mosque_only_for_a_religious_community() -> None:
    assert not geloofsgemeenschap(SEIZOEN)
    assert not geloofsgemeenschap(BUITEN)
    assert geloofsgemeenschap(
        _partij(
            "Arbeidsmigranten",
            kenmerken=["migratieachtergrond"],
            via="de werkgevers en de Poolse kerkdienst",
        )
    )
    partijen = [
        *BASIS["belanghebbenden"][:1],
        _groep(
            "Arbeidsmigranten in de fruitteelt",
            kenmerken=["migratieachtergrond"],
            bereikbaarheid="moeilijk",
            via="het uitzendbureau",
        ),
    ]
    advies = advies_voor(maak(belanghebbenden=partijen))
    tekst = " ".join(b.tekst for b in advies.bevindingen if b.regel == "BELANG-AFHANKELIJK")
    assert "uitzendbureau" in tekst and "moskee" not in tekst


def test_no_works_communication_for_a_decision_about_rules() -> None:
    regels = maak(
        titel="Regels voor kamerverhuur",
        omschrijving="Nieuwe regels in het omgevingsplan voor kamerverhuur en woningdelen.",
        wettelijk_kader=["omgevingswet"],
        besluit={"door": "raad", "procedure": "omgevingsplan"},
        kaders_vast=["Het bouwen van nieuwe studentenwoningen valt buiten dit besluit."],
        kaders_open=["Welke grens er komt voor het aantal kamerpanden."],
        kaders_uitvoering_van="2028-01-01",
        kaders_uitvoering_tot="2028-12-31",
    )
    assert not uitvoering_in_openbare_ruimte(Feiten(regels, builtin(), DATUM))
    bouw = regels.model_copy(
        update={"omschrijving": "Woningbouw op het oude sportpark, met een omgevingsplan."}
    )
    assert uitvoering_in_openbare_ruimte(Feiten(bouw, builtin(), DATUM))


LTO = Belanghebbende(
    naam="LTO-afdeling Oud",
    soort="maatschappelijke_organisatie",
    invloed="hoog",
    belang="hoog",
    meervoud=False,
)
BOEREN = Belanghebbende(
    naam="Doorgaande boeren",
    soort="ondernemers",
    invloed="hoog",
    belang="hoog",
    via="de LTO-afdeling en de studieclubs",
)
BUREN = _partij("Buren in het buitengebied", bereikbaarheid="matig", via="de buurtschappen")


def test_a_members_meeting_reaches_its_members_only() -> None:
    publiek = eigen_publiek([LTO, BOEREN, BUREN], W["eigen-vergadering"], LTO.naam, True, "Oud")
    assert publiek == [LTO, BOEREN]
    # without the gemeente's name the short name does not count: no member is named, and the
    # design chooses as for any form
    assert eigen_publiek([LTO, BOEREN, BUREN], W["eigen-vergadering"], LTO.naam) == []


STOPPERS = {
    "naam": "Boeren die stoppen",
    "soort": "ondernemers",
    "invloed": "middel",
    "belang": "hoog",
    "bereikbaarheid": "moeilijk",
    "via": "de erfcoaches en de dierenarts",
}


def _stoppers(zorg: str, antwoord: str) -> Any:
    return advies_voor(
        maak(
            belanghebbenden=[*BASIS["belanghebbenden"], STOPPERS],
            werkvormen=[
                {"id": "keukentafelgesprek", "status": "besloten", "door": "college"},
                {"id": "schouw", "status": "voorgesteld", "door": "Buurtvereniging"},
            ],
            zorgen=[{"zorg": zorg, "van": ["Boeren die stoppen"], "antwoord_door": antwoord}],
        )
    )


def test_a_worry_in_confidence_is_answered_in_a_closed_form_not_at_a_public_one() -> None:
    advies = _stoppers(
        "Als ik zeg dat ik stop, weet het hele dorp het.", "de erfcoaches, die vertrouwelijk werken"
    )
    mix = {m.werkvorm: m for m in advies.mix}
    assert "Boeren die stoppen" in mix["keukentafelgesprek"].voor
    assert all("Boeren die stoppen" not in m.voor for m in advies.mix if m.werkvorm == "schouw")
    # an ordinary worry of the same group is not moved into the home talks
    gewoon = {m.werkvorm: m for m in _stoppers("Wat kost de sloop?", "de gemeente").mix}
    assert "Boeren die stoppen" not in gewoon["keukentafelgesprek"].voor


def _punt(onderwerp: str) -> Trede:
    advies = advies_voor(
        maak(kaders_open=[{"onderwerp": onderwerp, "ruimte": "klein", "door": "burgemeester"}])
    )
    return next(o.trede for o in advies.trede.onderwerpen if o.open)


def test_crime_fighting_of_the_burgemeester_stays_at_informing() -> None:
    assert _punt("Hoe de gemeente toezicht houdt op lege stallen tegen criminelen.") is (
        Trede.informeren
    )
    # how often the police come by is a matter inwoners can give their view on
    assert _punt("Hoe vaak politie en boa's 's avonds langskomen.") is Trede.raadplegen

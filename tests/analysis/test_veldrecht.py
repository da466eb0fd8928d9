"""The law of the field and stock texts that must fit the case (reviews 29a, 29b and 30):
mantelzorgwaardering, school closure, leerlingenvervoer, the kadernota, named verordeningen,
the openbare orde, the griffie's leerarena, own boa's, a bus operator, emergency services and
the art. 28 letters of the Wet op de lijkbezorging."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import advies_voor, maak

from pionieren.analysis.result import Rol
from pionieren.input.load import load_vraagstuk

CASES = Path(__file__).parents[1] / "cases"


def _teksten(advies, regel: str) -> list[str]:
    return [b.tekst for b in advies.bevindingen if b.regel == regel]


def _rol(advies, rol: Rol) -> str:
    return next(t.taak for t in advies.rolverdeling if t.rol == rol)


def _aanpak(advies, naam: str) -> str:
    return next(b.aanpak for b in advies.belanghebbenden if b.naam == naam)


def test_mantelzorgwaardering_is_set_in_the_wmo_verordening() -> None:
    advies = advies_voor(maak(omschrijving="De gemeente kiest een nieuwe mantelzorgwaardering."))
    (tekst,) = [t for t in _teksten(advies, "WET-KADER") if "2.1.6" in t]
    assert "Wmo-verordening" in tekst and "besluit van de raad" in tekst
    assert [
        b.bronnen for b in advies.bevindingen if b.sleutel.endswith("mantelzorgwaardering")
    ] == [["wmo-2-1-6"]]
    assert not any("2.1.6" in t for t in _teksten(advies_voor(maak()), "WET-KADER"))


def test_closing_a_primary_school_is_the_school_boards_and_the_building_follows() -> None:
    advies = advies_voor(
        maak(omschrijving="Het schoolbestuur wil basisschool De Linde in 2028 sluiten.")
    )
    (tekst,) = [t for t in _teksten(advies, "WET-KADER") if "art. 110 WPO" in t]
    assert "schoolbestuur" in tekst
    # a school that closed long ago, or a building that is already empty: no such claim
    for omschrijving in (
        "Sinds de bakker en de basisschool sloten, is het dorp stiller.",
        "Zorgcoöperatie Oudehaven wil in de leegstaande basisschool een dagontmoeting.",
    ):
        assert not _teksten(advies_voor(maak(omschrijving=omschrijving)), "WET-KADER")


def test_leerlingenvervoer_is_the_raads_verordening_not_a_taxi_exemption() -> None:
    advies = advies_voor(
        maak(omschrijving="De gemeente beslist over het leerlingenvervoer naar de nieuwe school.")
    )
    (tekst,) = _teksten(advies, "WET-KADER")
    assert "verordening leerlingenvervoer" in tekst and "art. 4 WPO" in tekst
    ontheffing = advies_voor(
        maak(
            kaders_open=[
                {
                    "onderwerp": "Wie een ontheffing krijgt (bewoners, leerlingenvervoer).",
                    "ruimte": "middel",
                }
            ]
        )
    )
    assert not _teksten(ontheffing, "WET-KADER")


def test_money_in_a_later_begroting_goes_through_the_kadernota_first() -> None:
    advies = advies_voor(
        maak(aanleiding="De raad vraagt een plan voor het gebouw vóór de begroting 2028."),
        datum=date(2026, 11, 29),
    )
    (tekst,) = _teksten(advies, "WET-BEGROTING")
    assert "begroting 2028" in tekst and "kadernota" in tekst and "meestal" in tekst
    # a begroting already adopted, fixed money, or a case that names the kadernota itself
    for wijziging in (
        {"aanleiding": "Bij de begroting 2027 besloot de raad tot een taakstelling."},
        {"kaders_vast": ["Het budget staat vast (begroting 2028)."]},
        {"aanleiding": "De raad kiest bij de kadernota 2028, voor de begroting 2029."},
    ):
        assert not _teksten(
            advies_voor(maak(**wijziging), datum=date(2026, 11, 29)), "WET-BEGROTING"
        )


def test_the_kadernota_finding_names_the_round_that_still_runs_before_the_summer() -> None:
    """Review 42b: the sporthallen warned that the input must be ready for the kadernota,
    usually June, while its own Verdiepen phase ran until 2 July. The date is a guess: the
    plan does not move, the finding says which round runs then and what to do."""
    naam = "sporthallen-ommerlo.yaml"
    advies = advies_voor(load_vraagstuk(CASES / naam, naam), datum=date(2026, 11, 30))
    (tekst,) = _teksten(advies, "WET-BEGROTING")
    verdiepen = next(p for p in advies.planning if p.fase.value == "verdiepen" and p.werkvormen)
    assert verdiepen.eind is not None and verdiepen.eind > date(2027, 6, 30)
    assert "loopt de verdieping dan nog" in tekst and "Vraag de griffie" in tekst
    # a plan whose rounds end before the summer keeps the short advice
    advies = advies_voor(
        maak(aanleiding="De raad vraagt een plan voor het gebouw vóór de begroting 2028."),
        datum=date(2026, 11, 29),
    )
    (tekst,) = _teksten(advies, "WET-BEGROTING")
    assert "Zorg dat de inbreng dan klaar is" in tekst and "griffie" not in tekst


def test_a_named_verordening_is_the_raads_and_says_who_decides() -> None:
    advies = advies_voor(
        maak(
            omschrijving="Het college wijst volgens de marktverordening de dag en de tijden aan.",
            wettelijk_kader=["anders"],
        )
    )
    (tekst,) = _teksten(advies, "WET-ANDERS")
    assert tekst.startswith("De raad stelt de marktverordening vast (art. 147 Gemeentewet)")
    assert "jurist" not in tekst
    wet = advies_voor(
        maak(
            omschrijving="Op grond van de Spreidingswet komt er opvang.", wettelijk_kader=["anders"]
        )
    )
    assert "De jurist van de gemeente zet dat" in _teksten(wet, "WET-ANDERS")[0]
    onbekend = advies_voor(maak(wettelijk_kader=["anders"]))
    (tekst,) = _teksten(onbekend, "WET-ANDERS")
    # the case names another rule without saying which; no field value ('anders') in the text
    assert "pionieren" not in tekst and "‘anders’" not in tekst
    assert tekst.startswith("Het vraagstuk noemt nog een andere wet of regel, maar niet welke.")


def test_the_openbare_orde_only_where_it_is_at_stake() -> None:
    school = advies_voor(
        maak(polarisatie=4, schaal="gemeente", omschrijving="Het dorp is verdeeld over de school.")
    )
    burgemeester = _rol(school, Rol.burgemeester)
    # no invented duties (review 51b): no 'veilig gesprek', no check on 'stille groepen'
    assert "veilig" not in burgemeester and "stille groepen" not in burgemeester
    assert "art. 172" not in burgemeester
    onrust = advies_voor(
        maak(
            polarisatie=4, omschrijving="Op de inloopavond was het onrustig; er waren bedreigingen."
        )
    )
    assert "openbare orde (art. 172 Gemeentewet)" in _rol(onrust, Rol.burgemeester)


def test_the_griffie_owns_the_leerarena_only_of_a_raad_decision() -> None:
    college = advies_voor(
        maak(besluit={"door": "college", "procedure": "beleid"}, schaal="gemeente")
    )
    assert "evaluatie" not in _rol(college, Rol.griffie)
    raad = advies_voor(maak(besluit={"door": "raad", "procedure": "beleid"}))
    # the griffie supports the raad's own evaluation of its role; it does not organise the
    # evaluation with college and inwoners (review 51b)
    griffie = _rol(raad, Rol.griffie)
    assert "zijn eigen rol in het proces evalueert" in griffie
    assert "college en inwoners" not in griffie


def _partij(naam: str, soort: str) -> dict:
    return {
        "naam": naam,
        "soort": soort,
        "invloed": "middel",
        "belang": "middel",
        "houding": "neutraal",
    }


def test_own_boas_bus_operator_and_emergency_services_get_their_own_route() -> None:
    from helpers import BASIS

    partijen = [
        *BASIS["belanghebbenden"],
        _partij("Boa's van de gemeente", "overheid"),
        _partij("Politie", "overheid"),
        _partij("Busvervoerder Regiolijn", "ondernemers"),
        _partij("Brandweer en ambulancedienst", "overheid"),
        _partij("Provincie als concessieverlener openbaar vervoer", "overheid"),
        _partij("Concessiehouder Laadnet", "ondernemers"),
    ]
    advies = advies_voor(maak(belanghebbenden=partijen))
    assert "ambtelijk overleg" in _aanpak(advies, "Boa's van de gemeente")
    assert "bestuurlijk" not in _aanpak(advies, "Boa's van de gemeente")
    assert "bestuurlijk of ambtelijk" in _aanpak(advies, "Politie")
    assert "provincie of vervoerregio" in _aanpak(advies, "Busvervoerder Regiolijn")
    assert "veiligheidsregio" in _aanpak(advies, "Brandweer en ambulancedienst")
    assert "vervoerregio" not in _aanpak(advies, "Politie")
    # the concessieverlener itself is no operator that runs for someone else
    assert "rijdt" not in _aanpak(advies, "Provincie als concessieverlener openbaar vervoer")
    # a concession for charging points (or waste) is no bus concession (review 31a)
    assert "bus" not in _aanpak(advies, "Concessiehouder Laadnet")


def test_shocked_residents_ask_whether_the_art_28_letters_went_out() -> None:
    geschokt = advies_voor(
        maak(
            omschrijving="Het college wil graven met verlopen grafrechten ruimen.",
            aanleiding="Nabestaanden reageerden geschokt op de bordjes.",
        )
    )
    assert any("echt zijn verstuurd" in t for t in _teksten(geschokt, "WET-KADER"))
    rustig = advies_voor(
        maak(omschrijving="Het college wil graven met verlopen grafrechten ruimen.")
    )
    assert not any("verstuurd" in t for t in _teksten(rustig, "WET-KADER"))


def test_no_festive_buurtmiddag_chosen_at_the_clearing_of_graves() -> None:
    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.mix.kandidaten import voldoet
    from pionieren.knowledge.load import builtin

    kennis = builtin()
    buurtmiddag = next(w for w in kennis.werkvormen if w.id == "buurtactiviteit")
    assert buurtmiddag.feestelijk
    graven = maak(omschrijving="Het college wil graven met verlopen grafrechten ruimen.")
    plein = maak(omschrijving="De gemeente richt het plein opnieuw in.")
    assert not voldoet(Feiten(graven, kennis, date(2026, 11, 29)), buurtmiddag)
    assert voldoet(Feiten(plein, kennis, date(2026, 11, 29)), buurtmiddag)

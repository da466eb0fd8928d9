"""Hard conditions in the vraagstuk bind the design: who is no participant, who must not be
seen in public, and a confidential moment (review 56a and 56c, worst fault 1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import BASIS, DATUM, ONTWIKKELCASUSSEN, advies_voor, maak, rapport_gegevens

from pionieren.analysis.mix.bereik import bereikt, vertrouwelijk
from pionieren.analysis.planning import vertrouwelijk_moment
from pionieren.analysis.voorwaarden import geen_deelnemer, later_bekend, sluit_uit
from pionieren.input.model import Belanghebbende, Moment
from pionieren.knowledge.load import builtin
from pionieren.report.data import report_data
from pionieren.report.render import write_markdown
from pionieren.vocabulary import Orgaan, Werving


@pytest.mark.parametrize(
    ("wat", "vertrouwelijk"),
    [
        ("De driehoek (burgemeester, officier van justitie, politie) bespreekt het plan", True),
        ("Het driehoeksoverleg bespreekt het concept", True),
        ("Het college bespreekt het concept in een besloten vergadering", True),
        ("De commissie bespreekt het concept vertrouwelijk", True),
        ("Het college heeft besloten het concept te bespreken met de raad", False),
        ("De commissie bespreekt het concept, zonder te besluiten", False),
    ],
)
def test_a_confidential_moment_is_recognised(wat: str, vertrouwelijk: bool) -> None:
    m = Moment(wat=wat, datum=date(2027, 3, 4), door=Orgaan.anders)
    assert vertrouwelijk_moment(m) is vertrouwelijk


def test_after_the_driehoek_participants_hear_only_what_it_means_for_the_plan() -> None:
    v = maak(
        momenten=[
            {
                "wat": "De driehoek (burgemeester, politie, officier van justitie) bespreekt het concept",
                "datum": "2027-06-03",
                "door": "anders",
            }
        ]
    )
    advies = advies_voor(v, datum=DATUM)
    gegevens = report_data(advies, v, builtin(), "test.yaml")
    rapport = write_markdown(advies, gegevens, None).decode("utf-8")
    regels = [r for r in rapport.splitlines() if r.startswith("- 3 juni 2027")]
    assert regels
    assert not [r for r in regels if "wat er besproken is" in r]
    assert [r for r in regels if "vertrouwelijk" in r]


def _groep(naam: str, **extra: Any) -> dict[str, Any]:
    return {
        "naam": naam,
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "bereikbaarheid": "moeilijk",
        "meervoud": True,
        **extra,
    }


def _met(*groepen: dict[str, Any], **meer: Any) -> Any:
    return maak(belanghebbenden=[*BASIS["belanghebbenden"], *groepen], **meer)


def _open(werkvorm: str) -> bool:
    """A public gathering or a talk in the street: open to anyone who comes, where others see
    who takes part (not a letter or the feedback)."""
    w = builtin().werkvorm(werkvorm)
    return w.werving is Werving.open and (w.bijeenkomst or w.ter_plekke)


GEZIN = _groep(
    "Het gezin uit de gesloten woning",
    houding="tegen",
    kenmerken=["kinderen"],
    meervoud=False,
    via="het sociaal team van de gemeente",
    voorwaarde="geen deelnemer aan de aanpak; contact alleen via het sociaal team",
)


def test_a_party_that_is_no_participant_is_in_no_werkvorm() -> None:
    zorgen = [
        {"zorg": "Waar gaan de kinderen heen?", "van": [GEZIN["naam"], "Buurtvereniging"]},
        {"zorg": "Mogen wij terugkomen?", "van": [GEZIN["naam"]]},
    ]
    advies = advies_voor(_met(GEZIN, zorgen=zorgen))
    assert not [m.werkvorm for m in advies.mix if GEZIN["naam"] in m.voor]
    tekst = " ".join(str(r.waarden) for m in advies.mix for r in m.redenen)
    assert "Mogen wij terugkomen" not in tekst  # a worry of theirs alone goes
    assert "Waar gaan de kinderen heen" in tekst  # a shared one stays with the others
    b = next(b for b in advies.belanghebbenden if b.naam == GEZIN["naam"])
    assert [d.sleutel for d in b.aanpak_delen] == ["BELANG-AANPAK.geen_deelnemer"]


def test_without_the_condition_the_same_group_is_reached() -> None:
    zonder = {k: v for k, v in GEZIN.items() if k != "voorwaarde"}
    advies = advies_voor(_met(zonder))
    assert [m.werkvorm for m in advies.mix if GEZIN["naam"] in m.voor]


@pytest.mark.parametrize(
    "tekst",
    [
        "geen deelnemer; contact alleen via het sociaal team",
        "zij nemen niet deel aan de participatie",
        "niet benaderen, het contact loopt buiten de participatie",
    ],
)
def test_no_participant_words(tekst: str) -> None:
    assert geen_deelnemer(Belanghebbende(**_groep("X", voorwaarde=tekst)))


@pytest.mark.parametrize(
    "via",
    [
        "het sociaal team en de schuldhulpverlening",  # a route for participants
        "de maatschappelijk werkers van de kliniek, zonder naam",
        "de deelnemers aan de taalcursus",
    ],
)
def test_a_care_route_alone_is_no_sign_of_no_participant(via: str) -> None:
    assert not geen_deelnemer(Belanghebbende(**_groep("X", via=via)))


BANG = _groep(
    "Bewoners van de straat",
    houding="voor",
    voorwaarde="zij praten niet op een avond waar iedereen bij is",
)


def test_who_will_not_speak_in_public_gets_no_public_route_and_no_public_answer() -> None:
    zorgen = [{"zorg": "Komt er een camera voor mijn raam?", "van": [BANG["naam"]]}]
    advies = advies_voor(_met(BANG, zorgen=zorgen))
    hun = [m for m in advies.mix if BANG["naam"] in m.voor]
    assert hun and not [m.werkvorm for m in hun if _open(m.werkvorm)]
    waar = [m for m in advies.mix if any("camera" in str(r.waarden) for r in m.redenen)]
    assert waar and not [m.werkvorm for m in waar if _open(m.werkvorm)]


def test_a_personal_worry_of_people_visited_one_by_one_is_answered_there() -> None:
    eigenaren = _groep(
        "Eigenaren van de woningen die moeten wijken",
        houding="tegen",
        invloed="middel",
        bereikbaarheid="goed",
        via="een persoonlijk bezoek van de wethouder",
    )
    zorgen = [{"zorg": "Moet mijn huis weg, en wat krijg ik ervoor?", "van": [eigenaren["naam"]]}]
    werkvormen = [{"id": "keukentafelgesprek", "status": "besloten", "voor": eigenaren["naam"]}]
    advies = advies_voor(_met(eigenaren, zorgen=zorgen, werkvormen=werkvormen))
    waar = [m.werkvorm for m in advies.mix if any("mijn huis" in str(r.waarden) for r in m.redenen)]
    assert waar == ["keukentafelgesprek"]


def test_a_proposed_werkvorm_called_inaccessible_is_not_adopted() -> None:
    werkvormen = [
        {
            "id": "burgerpanel",
            "status": "voorgesteld",
            "door": "team Communicatie",
            "voorwaarde": "de ervaringsdeskundigen vinden het digitale panel niet toegankelijk",
        }
    ]
    advies = advies_voor(maak(werkvormen=werkvormen))
    assert "burgerpanel" not in {m.werkvorm for m in advies.mix}
    assert [b for b in advies.bevindingen if b.sleutel == "MIX-VOORWAARDEN.ontoegankelijk"]
    zonder = [{k: v for k, v in werkvormen[0].items() if k != "voorwaarde"}]
    assert "burgerpanel" in {m.werkvorm for m in advies_voor(maak(werkvormen=zonder)).mix}


@pytest.mark.parametrize(
    ("naam", "voorwaarde", "later"),
    [
        (
            "Statushouders die er gaan wonen",
            "wie er komt, is pas in het najaar van 2027 bekend",
            True,
        ),
        ("Nieuwe huurders", "nog niet bekend", True),
        ("Toekomstige bewoners van het woonhuis", None, False),  # their carers know them
        ("Huurders in de portiekflats", None, False),
        ("Bewoners die al jaren in de wijk wonen", None, False),
    ],
)
def test_who_is_known_only_later_gets_no_address_based_werkvorm(
    naam: str, voorwaarde: str | None, later: bool
) -> None:
    p = Belanghebbende(**_groep(naam, voorwaarde=voorwaarde))
    assert later_bekend(p) is later
    assert bereikt(builtin().werkvorm("huis-aan-huis"), p) is not later


def test_zonder_x_erbij_keeps_that_party_from_answering_in_the_step() -> None:
    jongeren = _groep("Jongeren uit de wijk", kenmerken=["jongeren"])
    zorg = {
        "zorg": "Word ik gefouilleerd omdat ik hier woon?",
        "van": [jongeren["naam"]],
        "antwoord_door": "de teamchef van de politie",
    }
    werkvormen = [
        {
            "id": "sleutelfiguren",
            "status": "voorgesteld",
            "door": "Stichting Buurtvaders",
            "voor": jongeren["naam"],
            "voorwaarde": "in hun eigen ruimte, zonder politie erbij",
        }
    ]
    advies = advies_voor(_met(jongeren, zorgen=[zorg], werkvormen=werkvormen))
    delen = [
        r
        for m in advies.mix
        if m.werkvorm == "sleutelfiguren"
        for r in m.redenen
        if r.sleutel == "MIX-ZORGEN"
    ]
    assert delen and delen[0].waarden.get("apart") == {"de teamchef van de politie": "politie"}


@pytest.mark.parametrize(
    ("tekst", "wie", "uit"),
    [
        ("zonder politie erbij", "de teamchef van de politie", True),
        ("zonder de wijkagent erbij", "de wijkagent en Slachtofferhulp", True),
        ("zonder politie erbij", "de officier van justitie", False),
        ("zonder naam in een verslag", "de politie", False),
    ],
)
def test_zonder_erbij(tekst: str, wie: str, uit: bool) -> None:
    assert sluit_uit(tekst, wie) is uit


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_no_case_routes_a_group_against_its_conditions(pad: Path) -> None:
    advies, v, _ = rapport_gegevens(pad, DATUM)
    for p in v.belanghebbenden:
        hun = [m for m in advies.mix if p.naam in m.voor]
        if geen_deelnemer(p):
            assert not hun, (pad.stem, p.naam, [m.werkvorm for m in hun])
        if vertrouwelijk(p) and hun:
            assert not all(_open(m.werkvorm) for m in hun), (pad.stem, p.naam)

"""MIX-VOORSTEL (a proposed werkvorm is judged, not adopted as is) and MIX-ONTWERP-BUREN
(opposed inwoners take part in the design form), review 31a."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor

from pionieren.analysis.result import Advies, MixOnderdeel
from pionieren.input.model import Vraagstuk


def _partij(naam: str, soort: str = "inwoners", **extra: Any) -> dict[str, Any]:
    return {"naam": naam, "soort": soort, "invloed": "middel", "belang": "hoog", **extra}


def _skatepark(**wijzig: Any) -> Vraagstuk:
    """An initiative of a foundation: the college chooses the place, the foundation its design."""
    data: dict[str, Any] = {
        "titel": "Een skatepark",
        "gemeente": "Teststad",
        "omschrijving": "Een stichting van skaters wil een skatepark van beton op gemeentegrond.",
        "initiatiefnemer": "maatschappelijke_organisatie",
        "fase": "verkenning",
        "schaal": "kern",
        "polarisatie": 3,
        "kaders": {
            "beinvloedingsruimte": "middel",
            "vast": ["Het skatepark is van beton."],
            "open": [
                {
                    "onderwerp": "Op welke van de twee plekken het skatepark komt.",
                    "ruimte": "middel",
                },
                {
                    "onderwerp": "Het ontwerp van het skatepark.",
                    "ruimte": "groot",
                    "door": "initiatiefnemer",
                },
            ],
            "budget_euro": 20000,
            "besluit_uiterlijk": "2027-09-21",
            "raad_kaders_gesteld": True,
            "betaler": "beide",
        },
        "besluit": {"door": "college", "procedure": "subsidie"},
        "werkvormen": [{"id": "enquete", "status": "voorgesteld", "door": "Stichting Skatepark"}],
        "belanghebbenden": [
            _partij(
                "Stichting Skatepark",
                "maatschappelijke_organisatie",
                houding="voor",
                initiatiefnemer=True,
            ),
            _partij("Skaters", houding="voor", kenmerken=["jongeren"], aantal=400, meervoud=True),
            _partij("Omwonenden van het park", houding="tegen", aantal=110, meervoud=True),
        ],
    }
    data.update(wijzig)
    return Vraagstuk.model_validate(data)


def _vorm(advies: Advies, id: str) -> MixOnderdeel:
    (m,) = [m for m in advies.mix if m.werkvorm == id]
    return m


def _reden(m: MixOnderdeel, sleutel: str) -> dict[str, Any] | None:
    return next((r.waarden for r in m.redenen if r.sleutel == sleutel), None)


def test_a_survey_the_initiator_proposes_asks_its_design_wishes_not_a_vote_on_the_place() -> None:
    m = _vorm(advies_voor(_skatepark()), "enquete")
    oordeel = _reden(m, "MIX-VOORSTEL.peiling")
    assert oordeel is not None
    assert "ontwerp" in oordeel["eigen"] and "plekken" in oordeel["gemeente"]
    assert "MIX-VOORSTEL" in m.regels


def test_no_vote_warning_when_the_gemeente_chooses_nothing_before_the_decision() -> None:
    v = _skatepark()
    data = v.model_dump(mode="json", exclude_none=True)
    data["kaders"]["open"][0] = {"onderwerp": "De openingstijden van het park.", "ruimte": "middel"}
    m = _vorm(advies_voor(Vraagstuk.model_validate(data)), "enquete")
    assert _reden(m, "MIX-VOORSTEL.peiling") is None


def test_opposed_neighbours_take_part_in_the_form_for_the_open_design() -> None:
    advies = advies_voor(_skatepark())
    ontwerp = [m for m in advies.mix if any("ontwerp" in o for o in m.onderwerpen)]
    assert ontwerp and all("Omwonenden van het park" in m.voor for m in ontwerp)
    assert any(_reden(m, "MIX-ONTWERP-BUREN") for m in ontwerp)


def test_neighbours_who_are_not_against_are_not_added_by_this_rule() -> None:
    v = _skatepark()
    data = v.model_dump(mode="json", exclude_none=True)
    data["belanghebbenden"][2]["houding"] = "neutraal"
    advies = advies_voor(Vraagstuk.model_validate(data))
    assert not [m for m in advies.mix if "MIX-ONTWERP-BUREN" in m.regels]


def test_a_promise_that_one_group_chooses_the_design_stands() -> None:
    v = _skatepark()
    data = v.model_dump(mode="json", exclude_none=True)
    data["kaders"]["open"][1]["toegezegd"] = True
    data["besluit"]["toezegging"] = {
        "door": "college",
        "trede": "meebeslissen",
        "tekst": "De skaters kiezen zelf het ontwerp.",
    }
    advies = advies_voor(Vraagstuk.model_validate(data))
    assert not [m for m in advies.mix if "MIX-ONTWERP-BUREN" in m.regels]


def _plek(**wijzig: Any) -> Vraagstuk:
    """The raad chooses one of three places; opponents of one propose a joint inquiry."""
    data: dict[str, Any] = {
        "titel": "Een plek voor een woonvoorziening",
        "gemeente": "Teststad",
        "omschrijving": "De gemeente zoekt een plek voor een woonvoorziening met zorg.",
        "initiatiefnemer": "gemeente",
        "fase": "besluitvorming",
        "schaal": "gemeente",
        "polarisatie": 5,
        "kaders": {
            "beinvloedingsruimte": "klein",
            "vast": ["Er komt een voorziening voor 32 mensen."],
            "open": [
                {"onderwerp": "Welke van de drie plekken de raad kiest.", "ruimte": "klein"},
                {"onderwerp": "Of de scores van de drie plekken op de criteria kloppen."},
            ],
            "budget_euro": 120000,
            "besluit_uiterlijk": "2027-11-11",
            "raad_kaders_gesteld": True,
        },
        "besluit": {"door": "raad", "stukken_weken": 6},
        "werkvormen": [
            {"id": "inloopavond", "van": "2027-03-06", "tot": "2027-03-08", "door": "college"},
            {"id": "joint-fact-finding", "status": "voorgesteld", "door": "Bewonersvereniging"},
        ],
        "belanghebbenden": [
            _partij("Bewonersvereniging", houding="tegen", invloed="hoog"),
            _partij("Omwonenden van plek A", houding="tegen", aantal=140, meervoud=True),
            _partij("Omwonenden van plek B", houding="onbekend", aantal=60, meervoud=True),
            _partij("Zorgaanbieder", "maatschappelijke_organisatie", houding="voor"),
            _partij("Toekomstige bewoners", kenmerken=["clienten"], aantal=32, meervoud=True),
            _partij("Politie", "overheid", houding="neutraal"),
        ],
    }
    data.update(wijzig)
    return Vraagstuk.model_validate(data)


def test_a_joint_inquiry_serves_the_facts_with_every_side_before_the_decision() -> None:
    m = _vorm(advies_voor(_plek()), "joint-fact-finding")
    oordeel = _reden(m, "MIX-VOORSTEL.feiten")
    assert oordeel is not None
    assert "scores" in oordeel["punt"]
    # the other side and the other neighbourhood, not the proposer nor the police
    assert {"Zorgaanbieder", "Omwonenden van plek B", "Omwonenden van plek A"} <= set(
        oordeel["andere"]
    )
    assert "Bewonersvereniging" not in oordeel["andere"] and "Politie" not in oordeel["andere"]
    # those in care are heard through their own route, not at a table with opponents
    assert "Toekomstige bewoners" not in oordeel["andere"]
    assert all(n in m.voor for n in oordeel["andere"])
    # the outcome is public before the round in which everyone reacts opens (the working day
    # before it), so well before the papers six weeks ahead of the decision
    ronde = next(
        p for p in advies_voor(_plek()).planning if p.uitleg and p.uitleg.sleutel == "FASE.reactie"
    )
    assert ronde.start is not None and oordeel["klaar"] < ronde.start.isoformat() < "2027-09-30"
    # the inloop on fixed dates comes earlier: it gets the facts there are
    assert oordeel["eerder"][1:] == ("2027-03-06", "2027-03-08")


def test_an_inquiry_the_gemeente_chose_itself_is_not_judged_as_a_proposal() -> None:
    v = _plek()
    data = v.model_dump(mode="json", exclude_none=True)
    data["werkvormen"][1]["status"] = "besloten"
    m = _vorm(advies_voor(Vraagstuk.model_validate(data)), "joint-fact-finding")
    assert _reden(m, "MIX-VOORSTEL.feiten") is None

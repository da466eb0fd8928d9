"""A short budget first makes the design smaller in a way that still serves every key group.

Review 61 (Lindeweerd, Veenvliet): the cut kept the sportraad's *proposed* survey among club
members at € 3.300 while it swapped the routes to the hard to reach for a visit by own staff,
a visit the case's condition for children from poor families ruled out ("alleen via mensen die
zij al kennen"), and it moved old ark dwellers who are hard to reach into the klankbordgroep.
"""

from __future__ import annotations

from pathlib import Path

from helpers import DATUM, advies_voor, casus, partij

from pionieren.analysis.mix.bereik import alleen_via
from pionieren.input.model import Vraagstuk
from pionieren.pipeline import advise

ROOT = Path(__file__).resolve().parents[2]
SPORT = ROOT / "tests" / "cases" / "review61" / "sportakkoord-preventie-lindeweerd.yaml"
WOONBOTEN = ROOT / "tests" / "cases" / "review61" / "ligplaatsen-woonboten-veenvliet.yaml"
KINDEREN = "Kinderen uit gezinnen met weinig geld"


def _budgetregel(tekst: str) -> str:
    return " ".join(
        r.split("**Budget.** ", 1)[1] for r in tekst.splitlines() if r.startswith("**Budget.** ")
    )


def test_a_condition_only_via_known_people_rules_out_a_visit_by_own_staff() -> None:
    assert alleen_via(
        partij("A", voorwaarde="nooit apart uitnodigen; alleen via mensen die zij al kennen")
    )
    assert alleen_via(partij("B", voorwaarde="geen deelnemer; contact alleen via het sociaal team"))
    assert not alleen_via(partij("C", voorwaarde="in hun eigen ruimte, zonder politie erbij"))
    assert not alleen_via(partij("D"))
    advies = advise(SPORT, datum=DATUM.isoformat()).advies
    bezoek = [m for m in advies.mix if m.naam == "Bezoek door eigen medewerkers"]
    assert not any(KINDEREN in m.voor for m in bezoek)
    # the children keep a step before the decision: the route through their school
    assert any(KINDEREN in m.voor and m.werkvorm != "terugkoppeling" for m in advies.mix)


def test_a_proposed_broad_survey_goes_first_and_the_advice_says_why() -> None:
    resultaat = advise(SPORT, datum=DATUM.isoformat())
    assert "enquete" not in {m.werkvorm for m in resultaat.advies.mix}
    regel = _budgetregel(resultaat.tekst)
    assert "De voorgestelde enquête van Sportraad Lindeweerd valt af, omdat" in regel
    # it goes before the routes to the hard to reach: the project at school stays
    assert "scholenproject" in {m.werkvorm for m in resultaat.advies.mix}
    # still short: the shortfall is named, and what goes first when that money does not come
    assert "meer nodig" in regel
    assert "Komt dat geld er niet, laat dan eerst de denktank van ervaringsdeskundigen" in regel


def test_a_decided_survey_stays() -> None:
    """The same survey, decided (``besloten``), is the case's own instrument: it stays."""
    v = casus("review61/sportakkoord-preventie-lindeweerd")
    data = v.model_dump(mode="json", exclude_none=True)
    for w in data["werkvormen"]:
        if w["id"] == "enquete":
            w["status"] = "besloten"
    advies = advies_voor(Vraagstuk.model_validate(data))
    assert "enquete" in {m.werkvorm for m in advies.mix}


def test_a_cut_never_moves_a_hard_to_reach_group_into_a_meeting() -> None:
    resultaat = advise(WOONBOTEN, datum=DATUM.isoformat())
    regel = _budgetregel(resultaat.tekst)
    assert "oude woonarken en mensen op de wachtlijst voor een ligplaats praten mee in" not in regel
    oud = "Oudere bewoners van oude woonarken"
    stappen = {m.werkvorm for m in resultaat.advies.mix if oud in m.voor}
    # a step that goes out to them (a talk where they are, or a visit on board), not only the
    # klankbordgroep and the inloopavond
    assert stappen - {"klankbordgroep", "inloopavond", "zienswijze", "informatiebrief"}

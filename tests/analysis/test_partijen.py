"""Who organises, who promises, and whose decision is not the inwoners' (blind review 46a/b):
whoever decides a point organises its participation; a club's members' vote stands apart; in a
strongly divided case nobody promises to take over advice 'in principe'."""

from __future__ import annotations

from datetime import date
from typing import Any

from helpers import advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.level import keuze_verdeelt
from pionieren.analysis.result import Rol
from pionieren.input.model import Onderwerp
from pionieren.knowledge.load import builtin
from pionieren.report.data import per_onderwerp, report_data

DATUM = date(2026, 11, 29)
KENNIS = builtin()


def _verzoek(procedure: str, **meer: Any) -> Any:
    """An organisation asks the raad for a decision; it decides the layout of its own part."""
    return maak(
        initiatiefnemer="maatschappelijke_organisatie",
        polarisatie=3,
        besluit={"door": "raad", "procedure": procedure},
        kaders_open=[
            {"onderwerp": "Welk vak het wordt.", "ruimte": "middel", "door": "raad"},
            {"onderwerp": "De indeling van het vak.", "ruimte": "groot", "door": "initiatiefnemer"},
        ],
        **meer,
    )


def test_an_organisation_asking_the_raad_for_a_verordening_does_not_own_the_conversation() -> None:
    """Review 46a (Lindenoord): the mosque foundation that asked the raad to change the burial
    verordening was 'eigenaar van het plan en van het gesprek met de omgeving'. Whoever decides
    organises: the gemeente runs the conversation, the initiator names only its own points."""
    v = _verzoek("verordening")
    assert Feiten(vraagstuk=v, kennis=KENNIS, datum=DATUM).verzoek_in_verdeelde_zaak
    rollen = {t.rol: t.taak for t in advies_voor(v, datum=DATUM).rolverdeling}
    taak = rollen[Rol.initiatiefnemer]
    assert "eigenaar" not in taak
    assert "beslist zelf over de indeling van het vak" in taak
    assert "Welk vak" not in taak
    # a calm request for a subsidy for the organisation's own plan: it keeps its conversation
    eigen = _verzoek("subsidie")
    assert not Feiten(vraagstuk=eigen, kennis=KENNIS, datum=DATUM).verzoek_in_verdeelde_zaak
    assert (
        "eigenaar van het plan"
        in {t.rol: t.taak for t in advies_voor(eigen, datum=DATUM).rolverdeling}[
            Rol.initiatiefnemer
        ]
    )


def test_in_a_strongly_divided_case_every_advised_point_gets_the_weighing_promise() -> None:
    """Review 46a (Walduin): 'Wij nemen uw advies in principe over' on the rules for holiday
    rental at polarisation 4, where village councils and entrepreneurs advise the opposite."""
    punt = Onderwerp(onderwerp="Hoe de gemeente controleert en handhaaft.", ruimte="middel")
    sterk = maak(polarisatie=4)
    f = Feiten(vraagstuk=sterk, kennis=KENNIS, datum=DATUM)
    besluit = advies_voor(sterk, datum=DATUM).besluit
    assert keuze_verdeelt(f, punt, besluit, False)
    # a promise made on the point still holds
    assert not keuze_verdeelt(f, punt, besluit, True)
    # polarised 3 without sides on this point: the point is no choice between groups
    rustig = maak(polarisatie=3)
    f3 = Feiten(vraagstuk=rustig, kennis=KENNIS, datum=DATUM)
    assert not keuze_verdeelt(f3, punt, advies_voor(rustig, datum=DATUM).besluit, False)
    toezeggingen = " ".join(
        o.toezegging for o in advies_voor(sterk, datum=DATUM).trede.onderwerpen if o.open
    )
    assert "in principe over" not in toezeggingen


def _fusie(partij: str) -> list[Any]:
    """The square's layout, and a club merger another party decides."""
    return [
        "De indeling van het plein.",
        {
            "onderwerp": "Of de twee voetbalclubs fuseren.",
            "ruimte": "groot",
            "door": "anders",
            "partij": partij,
        },
    ]


def _clubs(partij: str) -> list[dict[str, Any]]:
    vraagstuk = maak(
        kaders_open=_fusie(partij),
        werkvormen=[{"id": "ledenvergadering", "status": "besloten", "door": partij}],
        besluit={"door": "raad", "procedure": "begroting"},
    )
    advies = advies_voor(vraagstuk, datum=DATUM)
    data = report_data(advies, vraagstuk, KENNIS, "clubs")
    return per_onderwerp(advies, vraagstuk, data["advies"]["mix"])


def test_a_members_vote_on_their_own_club_stands_apart_from_the_inwoners_influence() -> None:
    """Review 46a (Oosterbeemd): inwoners 'adviseren' on a club merger the members decide, and
    'zeg vooraf hoe inwoners lid worden'. The members' vote is the association's own decision:
    'Besluit elders', no promise of influence, and nobody is told to join."""
    rijen = _clubs("de ledenvergaderingen van de twee clubs")
    fusie = next(r for r in rijen if "fuseren" in str(r["onderwerp"]))
    assert fusie["elders"]
    assert not any(r["elders"] for r in rijen if r is not fusie)
    # the same point with a werkvorm, decided by a board that can take advice: stays
    bestuur = next(
        r for r in _clubs("het bestuur van de clubs") if "fuseren" in str(r["onderwerp"])
    )
    assert not bestuur["elders"]


def test_a_gemeente_process_does_not_tell_inwoners_to_join_a_club_or_widen_its_promise() -> None:
    """Review 46a (Oosterbeemd): at the clubs' merger vote the report said 'zeg vooraf hoe
    inwoners lid worden' and 'past bij meer invloed (meebeslissen) dan de toezegging'. The
    members vote on their own club; in an association's own initiative the pitfall stays."""
    partij = "de ledenvergaderingen van de twee clubs"

    def ontwerp(initiatiefnemer: str) -> tuple[Any, Any]:
        vraagstuk = maak(
            initiatiefnemer=initiatiefnemer,
            ambitie="adviseren",
            kaders_open=_fusie(partij),
            werkvormen=[{"id": "ledenvergadering", "status": "besloten", "door": partij}],
            besluit={
                "door": "raad",
                "procedure": "begroting",
                "toezegging": {"door": "college", "trede": "adviseren", "tekst": "Wij luisteren."},
            },
        )
        advies = advies_voor(vraagstuk, datum=DATUM)
        return advies, report_data(advies, vraagstuk, KENNIS, "clubs")

    advies, data = ontwerp("gemeente")
    leden = next(m for m in data["advies"]["mix"] if m["werkvorm"] == "ledenvergadering")
    assert not any("lid worden" in v for v in leden["valkuilen"])
    assert not any(b.sleutel == "MIX-INSTRUMENT.boven_toezegging" for b in advies.bevindingen)
    _, eigen = ontwerp("maatschappelijke_organisatie")
    leden = next(m for m in eigen["advies"]["mix"] if m["werkvorm"] == "ledenvergadering")
    assert any("lid worden" in v for v in leden["valkuilen"])

"""A werkvorm the case already has on a meeting's agenda keeps that date (review 65b, De
Hooiberg): the burgerinitiatief was handed in and on the commissie's agenda of 16 February; the
table planned it again at the decision, 27 May - 8 July."""

from __future__ import annotations

from datetime import date

from helpers import advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.instrument import agenda_datum
from pionieren.knowledge.load import builtin

_MOMENT = {
    "wat": "De commissie bespreekt het burgerinitiatief van de buurtvereniging, zonder te besluiten",
    "datum": "2027-02-16",
    "door": "commissie",
}
_INITIATIEF = {"id": "burgerinitiatief", "status": "besloten", "door": "Buurtvereniging"}


def test_a_handed_in_burgerinitiatief_is_held_on_its_commissie_date() -> None:
    v = maak(momenten=[_MOMENT], werkvormen=[_INITIATIEF])
    (stap,) = [p for p in advies_voor(v).planning if "burgerinitiatief" in p.werkvormen]
    assert stap.start == stap.eind == date(2027, 2, 16)


def test_only_a_moment_that_names_the_raads_own_instrument_sets_its_date() -> None:
    kennis = builtin()
    initiatief = kennis.werkvorm("burgerinitiatief")
    enquete = kennis.werkvorm("enquete")
    andere = {**_MOMENT, "wat": "De commissie bespreekt de uitkomsten van de enquête"}
    f = Feiten(maak(momenten=[_MOMENT]), kennis, date(2026, 12, 1))
    assert agenda_datum(f, initiatief) == date(2027, 2, 16)
    # a survey whose outcome goes to the commissie ends before it: the moment is no date of it
    f = Feiten(maak(momenten=[andere]), kennis, date(2026, 12, 1))
    assert agenda_datum(f, enquete) is None
    assert agenda_datum(f, initiatief) is None
    # a meeting already held sets nothing
    f = Feiten(maak(momenten=[_MOMENT]), kennis, date(2027, 3, 1))
    assert agenda_datum(f, initiatief) is None

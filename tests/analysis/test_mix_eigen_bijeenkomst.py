"""A party's own meeting or evening stays its own (rule MIX-POLITIEK).

Why: review 42d (sporthallen Ommerlo). The volleyball club proposed its own evening in its
canteen, where it hands its petition to raadsleden; the report made it the gemeente's own 'visit
to a group' and said nothing of how raad and griffie deal with the evening and the petition.
"""

from __future__ import annotations

from typing import Any

from helpers import DATUM, advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.politiek import gastheren, petitie_van
from pionieren.analysis.result import MixOnderdeel
from pionieren.knowledge.load import builtin

KENNIS = builtin()

CLUB: dict[str, Any] = {
    "naam": "Volleybalvereniging VV Ommerlo",
    "soort": "maatschappelijke_organisatie",
    "invloed": "laag",
    "belang": "hoog",
    "houding": "tegen",
}
ANDERE_CLUB: dict[str, Any] = {
    "naam": "Korfbalclub Het Zwanenveld",
    "soort": "maatschappelijke_organisatie",
    "invloed": "laag",
    "belang": "middel",
    "houding": "neutraal",
}
AANLEIDING = (
    "De raad moet bezuinigen op de sporthallen. Volleybalvereniging VV Ommerlo zette een petitie "
    "op die 1.900 keer werd getekend, en nodigt raadsleden uit voor een eigen avond."
)


def _vraagstuk(door: str = CLUB["naam"], **wijzigingen: Any) -> Any:
    return maak(
        **{
            "aanleiding": AANLEIDING,
            "polarisatie": 2,
            "belanghebbenden": [CLUB, ANDERE_CLUB],
            "besluit": {"door": "raad"},
            "werkvormen": [{"id": "eigen-vergadering", "status": "voorgesteld", "door": door}],
            **wijzigingen,
        }
    )


def _vergadering(v: Any) -> MixOnderdeel:
    advies = advies_voor(v)
    return next(m for m in advies.mix if m.werkvorm == "eigen-vergadering")


def test_a_clubs_own_evening_stays_its_own_and_the_raad_hears_everyone() -> None:
    v = _vraagstuk()
    advies = advies_voor(v)
    m = next(m for m in advies.mix if m.werkvorm == "eigen-vergadering")
    sleutels = [r.sleutel for r in m.redenen]
    assert "MIX-POLITIEK.eigen_bijeenkomst" in sleutels
    assert "MIX-POLITIEK.evenwicht" in sleutels
    assert "MIX-INSTRUMENT.genoemd" not in sleutels
    assert "MIX-POLITIEK" in m.regels
    assert "zij nodigt uit en zit voor" in m.waarom
    assert "zonder iets toe te zeggen" in m.waarom
    assert "via de griffie naar de raad" in m.waarom
    # the sentence with the source comes last, next to its citation
    assert m.waarom.endswith("geef de indieners antwoord.")
    # the other groups get as much time before the raad decides: the raad's own hearing is in
    # the design, though the case is not divided and the club has little influence
    assert "hoorzitting-raad" in [x.werkvorm for x in advies.mix]


def test_without_a_petition_no_word_of_one() -> None:
    m = _vergadering(_vraagstuk(aanleiding="De raad moet bezuinigen op de sporthallen."))
    assert "petitie" not in m.waarom
    assert "zonder iets toe te zeggen" in m.waarom


def test_the_college_decides_no_raad_hearing_and_the_petition_gets_an_answer() -> None:
    m = _vergadering(_vraagstuk(besluit={"door": "college"}))
    assert "hoorzitting" not in m.waarom
    assert "De petitie krijgt een schriftelijk antwoord." in m.waarom


def test_not_for_the_initiator_an_advisory_body_or_another_form() -> None:
    # the initiator of the plan runs its own conversation (rule MIX-INSTRUMENT)
    initiatiefnemer = {**CLUB, "initiatiefnemer": True}
    m = _vergadering(_vraagstuk(belanghebbenden=[initiatiefnemer, ANDERE_CLUB]))
    assert next(r.sleutel for r in m.redenen) == "MIX-INSTRUMENT.genoemd"
    # a form the gemeente runs, proposed by the club, is no evening of the club's own
    v = _vraagstuk(
        werkvormen=[{"id": "klankbordgroep", "status": "voorgesteld", "door": CLUB["naam"]}]
    )
    assert gastheren(Feiten(vraagstuk=v, kennis=KENNIS, datum=DATUM)) == []
    # proposed by the gemeente: not a party's own
    m = _vergadering(_vraagstuk(door="college"))
    assert "MIX-POLITIEK.eigen_bijeenkomst" not in [r.sleutel for r in m.redenen]


def test_a_petition_is_the_partys_when_a_sentence_names_both() -> None:
    f = Feiten(vraagstuk=_vraagstuk(), kennis=KENNIS, datum=DATUM)
    club, ander = f.vraagstuk.belanghebbenden
    assert petitie_van(f, club)
    assert not petitie_van(f, ander)

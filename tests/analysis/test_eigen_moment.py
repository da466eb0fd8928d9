"""A werkvorm the case itself names keeps the moment the case gives it (review 47b): the clubs'
own evening on the sketches feeds their members' vote in June, the members' vote is at that
meeting, and another body's deciding meeting is a moment the input must reach before, not a
place where people advise."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import advies_voor

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.plan import belofte_aan
from pionieren.analysis.planning import Geplaatst, _houder, _voedt_houder
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Moment, Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Orgaan, Procesfase

DATA = Path(__file__).parents[1] / "cases" / "beoordeling"


def _case(naam: str, **wijzig: Any) -> Vraagstuk:
    data = load_vraagstuk(DATA / f"{naam}.yaml").model_dump(mode="json", exclude_none=True)
    data.update(wijzig)
    return Vraagstuk.model_validate(data)


def _fasen(v: Vraagstuk, werkvorm: str) -> list[Any]:
    return [p for p in advies_voor(v).planning if werkvorm in p.werkvormen]


def test_the_clubs_own_evening_comes_before_their_vote_and_the_vote_is_at_the_meeting() -> None:
    v = _case("sportpark-de-kampen-oosterbeemd")
    (avond,) = _fasen(v, "eigen-vergadering")
    # the papers for the first jaarvergadering (14 June 2027) are due on 31 May
    assert avond.eind is not None and avond.eind <= date(2027, 5, 31)
    assert avond.uitleg is None or avond.uitleg.sleutel != "FASE.advies_op_concept"
    (stem,) = _fasen(v, "ledenvergadering")
    assert stem.start == date(2027, 6, 14)


def test_a_form_of_the_holder_planned_after_its_meeting_moves_before_it() -> None:
    """A form the holder of a meeting proposed, placed in a round after that meeting, closes
    before the meeting's papers; a form of a body that holds no meeting stays where it is."""
    v = _case("sportpark-de-kampen-oosterbeemd")
    f = Feiten(v, builtin(), date(2026, 11, 30))
    (jaar, *_) = v.momenten
    einde = date(2027, 5, 28)

    def na_de_stemming() -> list[Geplaatst]:
        return [
            Geplaatst(
                Procesfase.ophalen, date(2027, 1, 4), date(2027, 3, 5), ["inloopavond"], None
            ),
            Geplaatst(
                Procesfase.toetsen,
                date(2027, 11, 1),
                date(2027, 11, 5),
                ["eigen-vergadering"],
                None,
            ),
        ]

    fasen = na_de_stemming()
    _voedt_houder(f, jaar, fasen, [], einde, [])
    (avond,) = [g for g in fasen if "eigen-vergadering" in g.werkvormen]
    assert avond.eind == einde and avond.start < einde
    data = v.model_dump(mode="json")
    data["werkvormen"][0]["door"] = "Dorpsraad Haaksveld"
    ander = Feiten(Vraagstuk.model_validate(data), builtin(), date(2026, 11, 30))
    fasen = na_de_stemming()
    _voedt_houder(ander, jaar, fasen, [], einde, [])
    (avond,) = [g for g in fasen if "eigen-vergadering" in g.werkvormen]
    assert avond.start == date(2027, 11, 1)


def test_another_bodys_deciding_meeting_is_no_place_to_advise() -> None:
    v = _case("islamitisch-begraafvak-lindenoord")
    advies = advies_voor(v)
    (moment,) = [p for p in advies.planning if p.start == date(2027, 3, 20)]
    assert moment.werkvormen == []
    (gesprek,) = [p for p in advies.planning if "eigen-vergadering" in p.werkvormen]
    # the boards' papers are due two weeks before 20 March
    assert gesprek.eind is not None and gesprek.eind <= date(2027, 3, 5)


def test_a_meeting_that_only_discusses_still_holds_the_form() -> None:
    data = _case("islamitisch-begraafvak-lindenoord").model_dump(mode="json")
    data["momenten"][0]["wat"] = (
        "De besturen van de drie moskeeën bespreken in een gezamenlijke vergadering hun schets"
    )
    v = Vraagstuk.model_validate(data)
    (moment,) = [p for p in advies_voor(v).planning if p.start == date(2027, 3, 20)]
    assert moment.werkvormen == ["eigen-vergadering"]


def test_a_promise_to_one_party_is_not_the_promise_to_a_name_that_shares_a_word() -> None:
    v = _case("sportpark-de-kampen-oosterbeemd")
    assert v.besluit is not None and v.besluit.toezegging is not None
    tekst = v.besluit.toezegging.tekst or ""

    class _F:
        vraagstuk = v

    besturen = "de besturen van HSV, Brummertse Boys en De Meeuwen"
    assert not belofte_aan(_F(), tekst, besturen)  # type: ignore[arg-type]
    assert belofte_aan(_F(), tekst, "Dorpsbelang Brummert")  # type: ignore[arg-type]


def test_the_holder_of_a_meeting_is_named_by_a_telling_word() -> None:
    v = _case("islamitisch-begraafvak-lindenoord")

    class _F:
        vraagstuk = v

    def moment(wat: str, door: Orgaan = Orgaan.anders) -> Moment:
        return Moment(wat=wat, datum=date(2027, 3, 20), door=door)

    stichting = "Stichting Samenwerkende Moskeeën Lindenoord"
    bestuur = moment("De besturen van de drie moskeeën stellen hun schets vast")
    assert _houder(_F(), bestuur, stichting)  # type: ignore[arg-type]
    # the gemeente's name is no word of the holder; the college holds no meeting of another
    commissie = moment("De Adviescommissie Begraafplaatsen Lindenoord stelt haar advies vast")
    assert not _houder(_F(), commissie, stichting)  # type: ignore[arg-type]
    raad = moment("De raad bespreekt het voorstel van de moskeeën", Orgaan.raad)
    assert not _houder(_F(), raad, stichting)  # type: ignore[arg-type]

"""The questions of 'Het eerste gesprek' are this case's, not the same four in every report
(review 56b runners-up): who must stand behind the promise is the body that decides here (review
56a: the burgemeester in Zuiderveld, not 'raad en college'), a promise already made is one to
keep, and the open point with the least room is named as the one to test."""

from __future__ import annotations

from datetime import date

from helpers import ONTWIKKELCASUSSEN

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

DATUM = date(2026, 12, 1)


def _vragen(stem: str) -> str:
    pad = next(p for p in ONTWIKKELCASUSSEN if p.stem == stem)
    tekst = advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")
    return tekst.split("## 4. Het eerste gesprek", 1)[1].split("\n## ", 1)[0]


def test_the_promise_question_names_who_decides_here() -> None:
    vragen = _vragen("drugspand-straataanpak-kavelstraat-zuiderveld")
    assert "Staan raad en college achter elke toezegging?" not in vragen
    assert "Houdt de burgemeester zich aan de toezegging" in vragen


def test_a_promise_already_made_is_one_to_keep() -> None:
    vragen = _vragen("zondagsopenstelling-winkels-scheldevoorde")
    assert "Houdt de gemeenteraad zich aan de toezegging" in vragen


def test_the_open_point_with_little_room_is_named() -> None:
    vragen = _vragen("zondagsopenstelling-winkels-scheldevoorde")
    assert (
        "ook ‘of winkels in het centrum van Scheldevoorde-stad op zondag open mogen’ (weinig"
        in vragen
    )

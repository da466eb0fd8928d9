"""A route the case names leads to a group larger than the werkvorm takes at once, and the
route words match the way Dutch writes them (review 56d, Hunsewold: 240 older people living
alone, reached via "de wijkverpleging", were kept from the kitchen-table talks)."""

from __future__ import annotations

from pionieren.analysis.mix.bereik import route_past, te_groot
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin


def _ouderen(via: str | None) -> Belanghebbende:
    return Belanghebbende.model_validate(
        {
            "naam": "Alleenwonende ouderen in het buitengebied",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "bereikbaarheid": "moeilijk",
            "kenmerken": ["ouderen"],
            "aantal": 240,
            "meervoud": True,
            "via": via,
        }
    )


def test_the_wijkverpleging_leads_to_the_kitchen_table() -> None:
    w = builtin().werkvorm("keukentafelgesprek")
    for via in ("de wijkverpleging en de ouderenadviseur", "de wijkverpleegkundige"):
        assert route_past(w, _ouderen(via)), via


def test_a_large_group_with_a_route_to_it_is_not_too_large() -> None:
    w = builtin().werkvorm("keukentafelgesprek")
    assert w.max_aantal is not None and w.max_aantal < 240
    assert not te_groot(w, _ouderen("de wijkverpleging"))
    # without a route to them, a large group hard to find at home is met where it is
    assert te_groot(w, _ouderen(None))

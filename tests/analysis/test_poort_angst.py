"""People who keep silent out of fear of reprisals are never asked in public, in a group or by
the police, and the report names a way without their name (review 58b, fault 3: Duinmonde's
'bewoners die uit angst voor represailles zwijgen' answered at the wijkagent's talks)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import DATUM, ONTWIKKELCASUSSEN, advies_voor, casus, rapport_gegevens

from pionieren.analysis.mix.bereik import HANDHAVERS, vreest
from pionieren.knowledge.load import builtin

_DUINMONDE = "review54/veiligheidsrisicogebied-visserswijk-duinmonde"
_BANG = "Bewoners die uit angst voor represailles zwijgen"


def _zorg_in(m: Any) -> set[str]:
    """The groups whose worry this step answers."""
    return {
        n
        for r in m.redenen
        if r.sleutel == "MIX-ZORGEN"
        for _, lijst in r.waarden.get("door", [])
        for _, van, *_ in lijst
        for n in van
    }


def test_their_worry_is_not_answered_at_the_police_talks() -> None:
    v = casus(_DUINMONDE)
    advies = advies_voor(v)
    assert not any(_BANG in _zorg_in(m) for m in advies.mix)
    teksten = " ".join(b.tekst for b in advies.bevindingen)
    assert "Meld Misdaad Anoniem" in teksten
    assert "weg zonder naam" in teksten
    # the same group when the case says they trust the wijkagent: the police talk is theirs
    data = v.model_dump(mode="json", exclude_none=True)
    for p in data["belanghebbenden"]:
        if p["naam"] == _BANG:
            p["via"] = "de wijkagent, die zij kennen en vertrouwen"
    for z in data["zorgen"]:
        z["antwoord_door"] = "Slachtofferhulp Nederland"
    vertrouwd = advies_voor(type(v).model_validate(data))
    assert any(_BANG in _zorg_in(m) for m in vertrouwd.mix)


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_who_fears_reprisals_is_never_in_public_or_with_the_police(pad: Path) -> None:
    advies, v, _ = rapport_gegevens(pad, DATUM)
    bang = {p.naam for p in v.belanghebbenden if vreest(p)}
    if not bang:
        return
    kennis = builtin()
    door = {g.id: g.door or "" for g in v.werkvormen}
    for m in advies.mix:
        hier = bang & (set(m.voor) | _zorg_in(m))
        if not hier or m.werkvorm == "terugkoppeling":
            continue
        w = (
            kennis.werkvorm(m.werkvorm)
            if any(x.id == m.werkvorm for x in kennis.werkvormen)
            else None
        )
        assert w is None or not (w.bijeenkomst or w.ter_plekke), (pad.stem, m.naam, hier)
        assert not HANDHAVERS.search(door.get(m.werkvorm, "")), (pad.stem, m.naam, hier)

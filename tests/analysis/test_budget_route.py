"""A short budget does not cut the only way in to a group nobody knows where to find, does not
send own staff to visit it "where it meets", and says truthfully where the groups of a dropped
step still talk (review 56c: Marnewold, Duinmonde)."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

from helpers import BASIS, advies_voor

from pionieren.analysis.facts import Feiten
from pionieren.analysis.kosten import op_schaal
from pionieren.analysis.mix.budget import bezoek, eigen_weg, vangt_op, zonder_plek
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.teksten import Wording
from pionieren.vocabulary import Modus, Trede

CASUS = Path(__file__).resolve().parents[1] / "cases" / "review54"

MEIDEN: dict[str, Any] = {
    "naam": "Meiden van 12 tot 18 jaar",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
    "bereikbaarheid": "moeilijk",
    "kenmerken": ["jongeren"],
    "aantal": 1300,
    "meervoud": True,
}


def feiten(**groep: Any) -> Feiten:
    data = copy.deepcopy(BASIS)
    data["belanghebbenden"].append({**MEIDEN, **groep})
    v = Vraagstuk.model_validate(data)
    return Feiten(vraagstuk=v, kennis=op_schaal(builtin(), v.schaal), datum=date(2026, 11, 28))


def keuze(f: Feiten, id_: str, voor: list[str]) -> Keuze:
    k = Keuze(f.kennis.werkvorm(id_), Modus.denken, Trede.raadplegen)
    k.add(voor, None, "MIX-INCLUSIE")
    return k


def test_a_hard_to_reach_group_without_a_known_place_is_not_visited() -> None:
    f = feiten()
    (p,) = [p for p in f.vraagstuk.belanghebbenden if p.naam == MEIDEN["naam"]]
    assert zonder_plek(p)
    assert bezoek(f, keuze(f, "scholenproject", [MEIDEN["naam"]])) is None
    # with a route the case names, own staff can go there
    g = feiten(via="de sportclub en de meidenavond van de bibliotheek")
    assert not zonder_plek(Belanghebbende.model_validate({**MEIDEN, "via": "de sportclub"}))
    assert bezoek(g, keuze(g, "scholenproject", [MEIDEN["naam"]])) is not None


def test_the_own_way_in_is_the_step_with_the_fewest_other_groups() -> None:
    f = feiten()
    school = keuze(f, "scholenproject", [MEIDEN["naam"]])
    breed = keuze(f, "sleutelfiguren", [MEIDEN["naam"], "Omwonenden", "Winkeliers"])
    assert eigen_weg(f, [breed, school]) == {id(school)}
    g = feiten(via="de sportclub")
    assert eigen_weg(g, [breed, school]) == set()


def test_a_step_holds_no_group_larger_than_the_number_the_case_gives_it() -> None:
    f = feiten()
    k = keuze(f, "keukentafelgesprek", ["Omwonenden"])
    k.genoemd = True
    k.voor_tekst = "de 14 huishoudens bij wie een explosief ontplofte"
    assert not vangt_op(f, k, [MEIDEN["naam"]])  # 1,300 girls in 14 visits
    k.voor_tekst = "de 2.000 jongeren van de gemeente"
    assert vangt_op(f, k, [MEIDEN["naam"]])


def test_the_project_at_school_for_girls_nobody_can_find_stays_in_marnewold() -> None:
    v = load_vraagstuk(CASUS / "jongerenwerk-aanbesteding-marnewold.yaml")
    advies = advies_voor(v)
    ids = [m.werkvorm for m in advies.mix]
    assert "scholenproject" in ids
    meiden = "Meiden van 12 tot 18 jaar"
    assert not any(
        m.naam == "Bezoek door eigen medewerkers" and meiden in m.voor for m in advies.mix
    )


def test_daardoor_only_when_the_swap_took_the_talk() -> None:
    for pad in sorted(CASUS.glob("*.yaml")):
        advies = advies_voor(load_vraagstuk(pad))
        for b in advies.bevindingen:
            if b.sleutel != "MIX-BUDGET.kleiner" or not b.waarden.get("kwijt"):
                continue
            geruild = {n for _, voor in b.waarden.get("geruild") or [] for n, _ in voor}
            if not set(b.waarden["kwijt"]) <= geruild:
                assert not b.waarden.get("door_ruil")
                assert "Daardoor" not in b.tekst


def test_the_dropped_step_names_the_groups_that_talk_elsewhere() -> None:
    tekst = Wording(builtin().teksten).render(
        "MIX-BUDGET.grens",
        {
            "stappen": [
                {
                    "naam": "Huis-aan-huisgesprekken",
                    "mv": True,
                    "evaluatie": False,
                    "zorg": False,
                    "kwijt": [],
                    "meervoud": False,
                    "waar": "Keukentafelgesprekken",
                    "groepen": ["Getroffen huishoudens en bedrijven"],
                    "groepen_mv": True,
                    "punten": [],
                }
            ],
            "budget": 2500,
            "kosten": 2400,
            "tekort": 0,
            "plafond": 0,
        },
    )
    assert "getroffen huishoudens en bedrijven praten mee in de keukentafelgesprekken" in tekst

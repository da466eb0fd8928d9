"""Review 51 (Beekloon), proportion: a small gap comes off the dearest optional step (a serious
game of € 8.750), not off the feedback and the evaluation, which were cut to a token ("korte
evaluatie door eigen mensen (€ 100, was € 1.400)") for a gap of about € 1.200."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from helpers import advies_voor
from test_mix_regels import feiten, keuze, met_partijen, ontwerp

from pionieren.analysis.mix.budget import KLEINER_HOOGSTENS, duurste_kleiner, inkrimpen, schatting
from pionieren.analysis.mix.kosten import kosten_van, raming
from pionieren.input.load import load_vraagstuk

ROOT = Path(__file__).resolve().parents[2]
BEEKLOON = ROOT / "tests" / "cases" / "review51" / "loting-starterswoningen-beekloon.yaml"
CLUB = {
    "naam": "Voetbalclub",
    "soort": "maatschappelijke_organisatie",
    "invloed": "middel",
    "belang": "hoog",
}


def _ontwerp(tekort: int) -> tuple[object, list[object]]:
    """A design with the feedback, the evaluation and two forms, ``tekort`` over its budget."""

    def keuzes(v: object) -> list[object]:
        o = ontwerp(v)  # type: ignore[arg-type]
        return [
            keuze(o, "serious-game", "Voetbalclub"),
            keuze(o, "inloopavond", "Voetbalclub"),
            keuze(o, "terugkoppeling", "Voetbalclub"),
            keuze(o, "leerarena"),
        ]

    v = met_partijen(CLUB)
    vol = schatting(feiten(v), keuzes(v))  # type: ignore[arg-type]
    v = met_partijen(CLUB, kaders_budget_euro=vol - tekort)
    return v, keuzes(v)


def test_a_small_gap_comes_off_the_dearest_step() -> None:
    v, ks = _ontwerp(600)
    f = feiten(v)  # type: ignore[arg-type]
    uit = duurste_kleiner(f, ks, v.kaders.budget_euro)  # type: ignore[arg-type,attr-defined]
    assert uit is not None
    nieuw, (tekst, _) = uit
    assert schatting(f, nieuw) <= v.kaders.budget_euro  # type: ignore[attr-defined]
    klein = next(k for k in nieuw if k.kap)
    assert klein.werkvorm.id == "serious-game"
    assert "kleinere opzet" in tekst
    # by the gap only, in steps of € 500: € 500 more would not fit
    groot = next(k for k in ks if k.werkvorm.id == "serious-game")  # type: ignore[attr-defined]
    assert raming(*kosten_van(f, groot)) - klein.kap >= 500  # type: ignore[arg-type]
    ruimer = [replace(k, kap=k.kap + 500) if k is klein else k for k in nieuw]
    assert klein.kap + 500 >= raming(*kosten_van(f, groot)) or (  # type: ignore[arg-type]
        schatting(f, ruimer) > v.kaders.budget_euro  # type: ignore[attr-defined]
    )
    # through the whole cut: the feedback and the evaluation keep their usual form
    over, _ = inkrimpen(f, ks)  # type: ignore[arg-type]
    assert not any(k.kap for k in over if k.werkvorm.id in ("terugkoppeling", "leerarena"))


def test_a_large_gap_is_not_taken_off_one_step() -> None:
    """More than a third of the dearest step is no smaller form of it: the usual order (the
    cheaper forms, then the cuts) goes on."""
    v, ks = _ontwerp(0)
    f = feiten(v)  # type: ignore[arg-type]
    groot = next(k for k in ks if k.werkvorm.id == "serious-game")  # type: ignore[attr-defined]
    derde = raming(*kosten_van(f, groot)) // KLEINER_HOOGSTENS  # type: ignore[arg-type]
    v, ks = _ontwerp(derde * 2)
    assert duurste_kleiner(feiten(v), ks, v.kaders.budget_euro) is None  # type: ignore[arg-type,attr-defined]


def test_beekloon_keeps_its_evaluation_and_feedback() -> None:
    """Beekloon fits its budget without a poorer feedback or evaluation; when a step must get
    cheaper, it is the dearest (the serious game), in a smaller form. (Since round 56 the
    single-household visits are costed per route and the design fits without it; the mechanism
    itself is tested above with a budget gap.)"""
    advies = advies_voor(load_vraagstuk(BEEKLOON))
    spel = next(m.naam for m in advies.mix if m.werkvorm == "serious-game")
    for zuinig in [b for b in advies.bevindingen if b.sleutel == "MIX-BUDGET.zuiniger"]:
        for paar in zuinig.waarden["paren"]:
            assert paar[0].startswith(spel.lower()) and "kleinere opzet" in paar[0]
    namen = {m.werkvorm: m.naam for m in advies.mix}
    assert not namen["leerarena"].lower().startswith("korte evaluatie")
    assert "per brief" not in namen["terugkoppeling"]
    m = advies.middelen
    assert m.budget_euro is not None

"""Rule WET-DIDAM (review 61a, Oosterhem): when the gemeente sells its own property, every
candidate gets an equal chance (Hoge Raad 26 November 2021, Didam). A candidate buyer gets no
talk of its own about the sale; the advice says the rule once."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from helpers import BASIS, advies_voor, maak

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

_KOPERS = {
    "naam": "Mogelijke kopers (ontwikkelaars en beleggers)",
    "soort": "ondernemers",
    "invloed": "hoog",
    "belang": "hoog",
    "houding": "tegen",
}
_COOPERATIE = {
    "naam": "Coöperatie Ons Raadhuis",
    "soort": "maatschappelijke_organisatie",
    "invloed": "middel",
    "belang": "hoog",
    "houding": "tegen",
    "voorwaarde": "is een mogelijke bieder; alleen contact via de openbare vragenronde",
}


def _verkoop(**extra: Any) -> Any:
    return maak(
        titel="Verkoop van het oude raadhuis",
        omschrijving=(
            "Het college verkoopt het oude raadhuis met een maatschappelijke tender. De vraag is "
            "hoe het dorp meepraat over de eisen aan de koper."
        ),
        belanghebbenden=[*BASIS["belanghebbenden"], _KOPERS, _COOPERATIE],
        **extra,
    )


def _didam(advies: Any) -> list[Any]:
    return [b for b in advies.bevindingen if b.regel == "WET-DIDAM"]


def test_a_sale_of_the_gemeentes_property_names_the_equal_chance_once() -> None:
    advies = advies_voor(_verkoop())
    (b,) = _didam(advies)
    assert b.bronnen == ["hr-didam-2021"]
    assert set(b.waarden["gegadigden"]) == {_KOPERS["naam"], _COOPERATIE["naam"]}


def test_a_candidate_buyer_gets_no_talk_of_its_own() -> None:
    advies = advies_voor(_verkoop())
    for m in advies.mix:
        for r in m.redenen:
            if r.sleutel == "MIX-AFWEGEN.apart":
                assert r.waarden["naam"] not in (_KOPERS["naam"], _COOPERATIE["naam"])
            if r.sleutel == "MIX-VERDIEPING.gekozen":
                namen = [*r.waarden.get("sleutelspelers", []), *r.waarden.get("tegen", [])]
                assert _KOPERS["naam"] not in namen and _COOPERATIE["naam"] not in namen


def test_the_paragraaf_does_not_speak_apart_with_a_candidate(tmp_path: Path) -> None:
    pad = tmp_path / "raadhuis.yaml"
    pad.write_text(
        yaml.safe_dump(_verkoop().model_dump(mode="json", exclude_none=True), allow_unicode=True),
        encoding="utf-8",
    )
    tekst = advise_file(pad, pad.name, builtin(), date(2026, 12, 1), "paragraaf").rapport
    zinnen = [z for z in tekst.decode("utf-8").split(".") if "vroeg en apart" in z]
    assert not any("kopers" in z or "Coöperatie" in z for z in zinnen), zinnen


def test_another_owner_selling_is_no_sale_of_the_gemeente() -> None:
    # a church board sells its church; the gemeente designates monuments
    advies = advies_voor(
        maak(
            titel="Nieuwe gemeentelijke monumenten",
            omschrijving="Het kerkbestuur wil de kerk verkopen. De gemeente wijst monumenten aan.",
            belanghebbenden=[*BASIS["belanghebbenden"], _KOPERS],
        )
    )
    assert not _didam(advies)
    # an owner who fears his house is harder to sell is no sale either
    advies = advies_voor(
        maak(
            omschrijving="Hoe de gemeente ouderen helpt die hun koopwoning willen verkopen.",
        )
    )
    assert not _didam(advies)


def test_a_candidate_is_not_told_apart_in_the_stakeholder_analysis() -> None:
    # review 62a: 'Spreek hen vroeg en direct' and 'apart spreken' for a likely bidder
    advies = advies_voor(_verkoop())
    for b in advies.bevindingen:
        if b.sleutel == "BELANG-KRACHTENVELD.tegen":
            assert _KOPERS["naam"] not in b.waarden["namen"]
            assert _COOPERATIE["naam"] not in b.waarden["namen"]
    kopers = next(b for b in advies.belanghebbenden if b.naam == _KOPERS["naam"])
    assert any(d.sleutel == "BELANG-AANPAK.gegadigde" for d in kopers.aanpak_delen)


def test_a_bidder_without_a_sale_of_the_gemeentes_property_keeps_its_talk() -> None:
    # a party named as a bidder in a case where the gemeente sells nothing (a tender for a
    # service): the equal chance of WET-DIDAM does not hold, so it is spoken early and directly
    advies = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"], _KOPERS]))
    assert not _didam(advies)
    tegen = [b for b in advies.bevindingen if b.sleutel == "BELANG-KRACHTENVELD.tegen"]
    assert any(_KOPERS["naam"] in b.waarden["namen"] for b in tegen)


def test_no_candidate_sits_at_a_closed_table_before_the_decision() -> None:
    """Review 64d (Oosterhem): the bidder sat at the round table that helps write the tender's
    criteria. Closed, invited tables before the decision hold no candidate; the open forms do."""
    from helpers import DATUM, casus

    from pionieren.analysis.engine import analyse

    advies = analyse(casus("review61/verkoop-oude-gemeentehuis-oosterhem"), builtin(), DATUM)
    kennis = builtin()
    gegadigden = {"Coöperatie Ons Raadhuis Oosterhem"}
    gesloten = [
        m
        for m in advies.mix
        if kennis.werkvorm(m.werkvorm).werving.value == "gericht" and m.fase != "uitvoeren"
    ]
    assert any(m.werkvorm == "rondetafel" for m in gesloten)
    for m in gesloten:
        if set(m.voor) - gegadigden:
            assert not gegadigden & set(m.voor), m.werkvorm
    (tafel,) = [m for m in advies.mix if m.werkvorm == "rondetafel"]
    assert any(r.sleutel == "WET-DIDAM.tafel" for r in tafel.redenen)
    # an open form still has them: every candidate hears the same
    assert any(gegadigden & set(m.voor) for m in advies.mix if m.werkvorm == "keuzeavond")

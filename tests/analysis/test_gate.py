"""Poort: no influence, decision taken, time, budget, clear frames, timing."""

from __future__ import annotations

from datetime import date

from helpers import advies_voor, maak


def _regels(advies) -> dict[str, list[str]]:
    uit: dict[str, list[str]] = {}
    for b in advies.bevindingen:
        uit.setdefault(b.regel, []).append(b.ernst)
    return uit


def test_no_room_means_informeren_only() -> None:
    advies = advies_voor(maak(kaders_beinvloedingsruimte="geen", ambitie="adviseren"))
    assert advies.trede.advies == "informeren"
    assert _regels(advies)["POORT-GEEN-RUIMTE"] == ["waarschuwing"]
    tekst = next(b.tekst for b in advies.bevindingen if b.regel == "POORT-GEEN-RUIMTE")
    assert "informeren" in tekst and "niet meer kan veranderen" in tekst


def test_decision_taken_says_schijnparticipatie() -> None:
    advies = advies_voor(maak(kaders_besluit_al_genomen=True))
    tekst = next(b.tekst for b in advies.bevindingen if b.regel == "POORT-BESLUIT-GENOMEN")
    assert "schijnparticipatie" in tekst
    assert "De indeling van het plein" in tekst  # what is still open is named


def test_too_little_time() -> None:
    kort = advies_voor(maak(kaders_besluit_uiterlijk="2026-12-20"))
    assert _regels(kort)["POORT-TIJD"] == ["waarschuwing"]
    verleden = advies_voor(maak(kaders_besluit_uiterlijk="2026-01-01"))
    assert "ligt niet na" in next(b.tekst for b in verleden.bevindingen if b.regel == "POORT-TIJD")
    geen = advies_voor(maak(kaders_besluit_uiterlijk=None))
    assert _regels(geen)["POORT-TIJD"] == ["let_op"]
    ruim = advies_voor(maak(), datum=date(2026, 11, 28))
    assert "POORT-TIJD" not in _regels(ruim)


def test_budget_missing_or_zero() -> None:
    assert _regels(advies_voor(maak(kaders_budget_euro=None)))["POORT-BUDGET"] == ["let_op"]
    assert _regels(advies_voor(maak(kaders_budget_euro=0)))["POORT-BUDGET"] == ["waarschuwing"]
    assert "POORT-BUDGET" not in _regels(advies_voor(maak()))


def test_frames_must_say_what_is_fixed_and_open() -> None:
    advies = advies_voor(maak(kaders_vast=[], kaders_open=[]))
    assert _regels(advies)["POORT-KADERS-HELDER"] == ["let_op", "let_op"]


def test_late_phase_with_high_ambition() -> None:
    advies = advies_voor(maak(fase="uitvoering", ambitie="adviseren"))
    assert "POORT-FASE" in _regels(advies)

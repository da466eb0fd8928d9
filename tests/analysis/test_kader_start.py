"""The start of the design: a restart acknowledges what went wrong (KADER-HERSTART), and the
case's own papers are the shared facts on the table (KADER-STUKKEN)."""

from __future__ import annotations

import pytest
from helpers import BASIS, advies_voor, maak

from pionieren.analysis.conversation import is_regel
from pionieren.input.hints import voorgeschiedenis_hints
from pionieren.input.model import VraagstukBron


def _start(advies, regel: str) -> list[str]:
    return [b.tekst for b in advies.bevindingen if b.regel == regel]


def test_zonder_voorgeschiedenis_en_zonder_stukken_geen_start() -> None:
    advies = advies_voor(maak())
    assert _start(advies, "KADER-HERSTART") == []
    assert _start(advies, "KADER-STUKKEN") == []


def test_een_herstart_erkent_wat_misging_en_zegt_wat_nu_anders_is() -> None:
    advies = advies_voor(
        maak(
            voorgeschiedenis={
                "wat_misging": "Het eerste plan werd in 2025 ingetrokken na protest.",
                "wat_nu_anders": "Nu praten bewoners mee voordat er een plan ligt.",
            }
        )
    )
    (tekst,) = _start(advies, "KADER-HERSTART")
    # what went wrong is a sentence of its own, so the first sentence stays short (review 45a)
    assert tekst.startswith("Erken eerst wat eerder misging. Het eerste plan werd in 2025")
    # the user's end stop is not doubled, and the first word after the colon is small
    assert "protest. Zeg wat nu anders is: nu praten bewoners mee voordat er een plan ligt." in (
        tekst
    )
    (b,) = [b for b in advies.bevindingen if b.regel == "KADER-HERSTART"]
    assert b.bronnen == ["ombudsman-excuses-2011"]
    assert "ombudsman-excuses-2011" in advies.bronnen


def test_gewone_tekst_is_wat_misging_en_vraagt_dan_af_te_spreken_wat_anders_is() -> None:
    advies = advies_voor(maak(voorgeschiedenis="Goudwaard stemde de BIZ in 2024 weg."))
    (tekst,) = _start(advies, "KADER-HERSTART")
    # a name keeps its capital
    assert "misging. Goudwaard stemde de BIZ in 2024 weg." in tekst
    assert "spreek dat vooraf af met raad en college" in tekst


def test_stukken_zijn_feiten_een_wet_of_verordening_is_een_kader() -> None:
    advies = advies_voor(
        maak(
            bronnen=[
                {"titel": "Verkeerstellingen 2025", "uitgever": "Gemeente Teststad"},
                {"titel": "Mobiliteitsvisie 2040"},
                {"titel": "Verordening naamgeving openbare ruimte"},
                {"titel": "Bijlage", "url": "https://wetten.overheid.nl/BWBR0035386"},
            ]
        )
    )
    (tekst,) = _start(advies, "KADER-STUKKEN")
    assert "Leg de feiten op tafel, voor iedereen dezelfde: ‘Verkeerstellingen 2025’ en " in tekst
    assert "‘Mobiliteitsvisie 2040’." in tekst
    assert "Leg uit wat deze regels vastleggen: ‘Verordening naamgeving openbare ruimte’ en" in (
        tekst
    )
    # no claim about what a paper says: pionieren has not read it
    assert "staat" not in tekst and "blijkt" not in tekst


def test_alleen_een_wet_geeft_geen_feitenzin() -> None:
    advies = advies_voor(maak(bronnen=[{"titel": "Wet op de bedrijveninvesteringszones"}]))
    (tekst,) = _start(advies, "KADER-STUKKEN")
    assert tekst == "Leg uit wat deze regel vastlegt: ‘Wet op de bedrijveninvesteringszones’."


@pytest.mark.parametrize(
    ("titel", "url", "regel"),
    [
        ("Wet op de lijkbezorging", None, True),
        ("Participatieverordening Teststad 2024", None, True),
        ("APV Teststad", None, True),
        ("Regels", "https://lokaleregelgeving.overheid.nl/CVDR1", True),
        ("Handreiking Wet versterking participatie", None, False),
        ("Natuurbegraven: kansen voor gebiedsontwikkeling", None, False),
        ("Verkeerstellingen", "https://www.teststad.nl/tellingen", False),
        ("Wetenswaardigheden over de wijk", None, False),
    ],
)
def test_wat_een_regel_is(titel: str, url: str | None, regel: bool) -> None:
    assert is_regel(VraagstukBron(titel=titel, url=url)) is regel


def _hints(**wijzigingen: object) -> list[str]:
    return [h.melding for h in voorgeschiedenis_hints(maak(**wijzigingen))]


def test_een_tip_alleen_als_de_tekst_zeker_zegt_dat_een_eerder_plan_misging() -> None:
    # the base omschrijving says 'opnieuw in(richten)': no failure
    assert "opnieuw" in BASIS["omschrijving"] and _hints() == []
    (melding,) = _hints(aanleiding="Het college trok het plan in na protest van bewoners.")
    assert "De aanleiding zegt ‘trok het plan in’" in melding
    assert "voorgeschiedenis" in melding
    assert _hints(aanleiding="Een eerste voorstel in 2024 haalde te weinig stemmen.")
    assert _hints(omschrijving="Dit is de tweede poging om het plein te vernieuwen.")
    # negated, or already filled in: no tip
    assert _hints(aanleiding="Het plan is niet ingetrokken, maar aangepast.") == []
    assert (
        _hints(
            aanleiding="Het plan werd ingetrokken.", voorgeschiedenis="Het plan werd ingetrokken."
        )
        == []
    )


def test_de_tip_staat_niet_in_het_rapport_maar_wel_bij_de_bevindingen() -> None:
    advies = advies_voor(maak(aanleiding="Het college trok het plan in na protest."))
    assert any(
        "voorgeschiedenis" in b.tekst for b in advies.bevindingen if b.regel == "INVOER-INSTRUMENT"
    )
    assert _start(advies, "KADER-HERSTART") == []


def test_de_soort_van_het_vraagstuk_gaat_voor() -> None:
    besluit = VraagstukBron(titel="Lijst van gevallen met bindend advies", soort="regel")
    assert is_regel(besluit)
    assert not is_regel(VraagstukBron(titel="Wet en werkelijkheid: tellingen", soort="feiten"))

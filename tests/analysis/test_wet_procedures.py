"""The fixed legal checklist per procedure (review 28a/28b): verkeersbesluit, aanwijzing under
the APV, subsidie, ruimen of graves; and 'laat een jurist nagaan' only for what is unknown."""

from __future__ import annotations

from helpers import advies_voor, maak

from pionieren.analysis.result import Rol
from pionieren.report.data import INVOER_REGELS


def _teksten(advies, regel: str) -> list[str]:
    return [b.tekst for b in advies.bevindingen if b.regel == regel]


_HONDEN = (
    "Het college maakt een nieuwe hondenkaart. Het college wijst de losloopgebieden aan op "
    "grond van de APV. Open is waar nieuwe losloopgebieden komen."
)


def test_an_aanwijzing_under_the_apv_is_a_besluit_open_to_bezwaar() -> None:
    advies = advies_voor(
        maak(
            omschrijving=_HONDEN,
            wettelijk_kader=["anders"],
            besluit={"door": "college", "procedure": "beleid"},
            kaders_besluit_uiterlijk="2027-04-13",
        )
    )
    assert advies.besluit.procedure == "aanwijzingsbesluit"
    (tekst,) = _teksten(advies, "WET-AANWIJZING")
    assert "op grond van de APV" in tekst and "aanwijzingsbesluit" in tekst
    assert "6:7 en 6:8 Awb" in tekst and "gemeenteblad" in tekst
    assert "25 mei 2027" in tekst  # six weeks after 13 April
    # the APV is treated: no 'laat een jurist nagaan'
    assert not _teksten(advies, "WET-ANDERS")


def test_a_past_or_denied_aanwijzing_is_no_aanwijzingsbesluit() -> None:
    for zin in (
        "Het college wijst geen gebieden aan op grond van de APV.",
        "Het college maakt een hondenkaart.",
    ):
        advies = advies_voor(maak(omschrijving=zin, besluit={"door": "college"}))
        assert advies.besluit.procedure != "aanwijzingsbesluit"
        assert not any(b.sleutel == "WET-AANWIJZING.besluit" for b in advies.bevindingen), zin


def test_the_procedure_aanwijzingsbesluit_can_be_given() -> None:
    advies = advies_voor(maak(besluit={"door": "burgemeester", "procedure": "aanwijzingsbesluit"}))
    (tekst,) = _teksten(advies, "WET-AANWIJZING")
    assert tekst.startswith("De burgemeester wijst de plekken aan op grond van een verordening")


def test_places_the_college_decides_under_a_verordening_are_often_an_aanwijzing() -> None:
    advies = advies_voor(
        maak(
            besluit={"door": "raad", "procedure": "verordening"},
            kaders_open=[
                {"onderwerp": "De plek van de containers in elke buurt.", "door": "college"},
                "Het tarief.",
            ],
        )
    )
    (tekst,) = _teksten(advies, "WET-AANWIJZING")
    assert tekst.startswith("Wijst het college de plek van de containers in elke buurt aan")
    several = advies_voor(
        maak(
            besluit={"door": "raad", "procedure": "verordening"},
            kaders_open=[
                {"onderwerp": "Welke plekken een zone worden.", "door": "college"},
                {"onderwerp": "Plekken voor laadpalen.", "door": "college"},
            ],
        )
    )
    (tekst,) = _teksten(several, "WET-AANWIJZING")
    assert "welke plekken een zone worden en plekken voor laadpalen aan" in tekst
    assert "vaak" in tekst and "bezwaar" in tekst
    # a point the raad decides, or no regulation in sight: nothing
    geen = advies_voor(maak(besluit={"door": "college", "procedure": "uitvoering"}))
    assert not _teksten(geen, "WET-AANWIJZING")


def test_a_verkeersbesluit_has_dated_legal_steps() -> None:
    advies = advies_voor(
        maak(besluit={"procedure": "verkeersbesluit"}, kaders_besluit_uiterlijk="2027-05-20")
    )
    (tekst,) = _teksten(advies, "WET-VERKEERSBESLUIT")
    assert "overleg met de politie (art. 24 BABW) vóór 6 mei 2027" in tekst
    # the college publishes its own verkeersbesluit in the Gemeenteblad (review 58a)
    assert "de Staatscourant (art. 26 BABW)" in tekst
    assert "bij bekendmaking op 20 mei 2027 tot 1 juli 2027" in tekst


def test_a_subsidy_names_titel_4_2_and_only_conditionally_the_wet_markt_en_overheid() -> None:
    huur = advies_voor(
        maak(
            initiatiefnemer="inwoners",
            omschrijving="Een coöperatie vraagt subsidie en wil het gebouw voor een lage huur.",
            besluit={"door": "college", "procedure": "subsidie"},
        )
    )
    (tekst,) = _teksten(huur, "WET-SUBSIDIE")
    assert "art. 4:23 Awb" in tekst and "art. 25i Mededingingswet" in tekst
    assert "Verhuurt de gemeente onder de kostprijs" in tekst  # conditional
    zonder = advies_voor(
        maak(initiatiefnemer="inwoners", besluit={"door": "college", "procedure": "subsidie"})
    )
    (tekst,) = _teksten(zonder, "WET-SUBSIDIE")
    assert "Mededingingswet" not in tekst
    assert not _teksten(advies_voor(maak()), "WET-SUBSIDIE")


def test_clearing_graves_names_the_wet_op_de_lijkbezorging_and_war_graves() -> None:
    advies = advies_voor(
        maak(
            omschrijving="Het college wil graven met verlopen grafrechten ruimen, volgens de "
            "beheersverordening.",
            aanleiding="De historische vereniging wijst op graven van oorlogsslachtoffers.",
            wettelijk_kader=["anders"],
            besluit={"door": "college", "procedure": "uitvoering"},
        )
    )
    teksten = _teksten(advies, "WET-KADER")
    assert any("Wet op de lijkbezorging" in t and "art. 28" in t for t in teksten)
    assert any("Oorlogsgravenstichting" in t for t in teksten)
    assert not _teksten(advies, "WET-ANDERS")  # the beheersverordening rests on that law
    # no war graves named: no word about them
    zonder = advies_voor(
        maak(
            omschrijving="Het college wil graven met verlopen grafrechten ruimen.",
            besluit={"door": "college", "procedure": "uitvoering"},
        )
    )
    assert not any("Oorlogsgraven" in t for t in _teksten(zonder, "WET-KADER"))


def test_wensen_en_bedenkingen_on_a_lease_are_conditional() -> None:
    advies = advies_voor(
        maak(
            schaal="gemeente",
            omschrijving="De gemeente verhuurt het gebouw aan een stichting.",
            besluit={"door": "college", "procedure": "privaatrechtelijk"},
        )
    )
    raad = next(t for t in advies.rolverdeling if t.rol is Rol.raad).taak
    assert "kan wensen en bedenkingen geven" in raad
    assert "als hij daarom vraagt of de gevolgen ingrijpend zijn" in raad
    assert "erfpacht" not in raad


def test_who_decides_a_point_by_the_omschrijving_is_a_tip_not_report_text() -> None:
    assert "BESLUIT-PUNT" in INVOER_REGELS


def test_a_tender_names_the_aanbestedingswet() -> None:
    from pathlib import Path

    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).parents[1] / "cases" / "welzijnsopdracht-noordwaard.yaml"
    advies = advies_voor(load_vraagstuk(pad))
    (tekst,) = _teksten(advies, "BELANG-DUBBELE-ROL")
    assert "Aanbestedingswet 2012" in tekst and "(art. 1.8)" in tekst


def test_moving_a_market_is_published_and_the_stalls_go_to_each_holder() -> None:
    """Review 50b: the indeling van de kramen was called the besluit in the gemeenteblad. The
    aanwijzing of the place as a whole (the market moves) is the besluit van algemene
    strekking (art. 3:42 Awb); who gets which stall is decided per vergunninghouder and sent to
    him (art. 3:41 Awb)."""
    advies = advies_voor(
        maak(
            besluit={"door": "college", "procedure": "uitvoering"},
            kaders_vast=["De marktverordening blijft gelden."],
            kaders_open=[
                "Of de markt blijvend naar het Stationsplein verhuist.",
                "De indeling van de kramen op het nieuwe plein.",
            ],
        )
    )
    (tekst,) = _teksten(advies, "WET-AANWIJZING")
    algemeen, _, individueel = tekst.partition("gemeenteblad")
    assert "of de markt blijvend naar het Stationsplein verhuist" in algemeen
    assert "kramen" not in algemeen
    assert "indeling van de kramen" in individueel and "3:41 Awb" in individueel

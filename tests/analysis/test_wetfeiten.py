"""WET-FEITEN: a small library of legal facts per law (wetfeiten.yaml), used only when the case
is about that law; a fact answers a matching worry with its article, or is a procedure note
(review 46a: Wlb art. 28 not tied to the families' fear, art. 39 missing, 'laat een jurist
nagaan' for the Huisvestingswet; review 46b: the anterieure overeenkomst missing)."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor, maak

from pionieren.knowledge.load import builtin
from pionieren.teksten import Wording


def _noten(advies: Any) -> list[str]:
    return [b.tekst for b in advies.bevindingen if b.regel == "WET-FEITEN"]


def _zorgtekst(advies: Any) -> str:
    w = Wording(builtin().teksten)
    return " ".join(
        w.render(r.sleutel, r.waarden)
        for m in advies.mix
        if "MIX-ZORGEN" in m.regels
        for r in m.redenen
        if r.sleutel == "MIX-ZORGEN"
    )


def test_every_fact_cites_the_law_text_on_wetten_overheid_nl() -> None:
    kennis = builtin()
    assert kennis.wetfeiten
    for feit in kennis.wetfeiten:
        for bron in feit.bronnen:
            assert kennis.bronnen[bron].url is not None
            # Dutch law on wetten.overheid.nl, EU law on EUR-Lex: the publisher's own site
            assert str(kennis.bronnen[bron].url).startswith(
                ("https://wetten.overheid.nl/", "https://eur-lex.europa.eu/")
            )
        # one sentence per fact (the report-size limit)
        assert feit.tekst.count(". ") == 0, feit.id


_GRAF = [
    {"naam": "Families met een graf", "soort": "inwoners", "invloed": "laag", "belang": "hoog"}
]
_GRAVEN = "De grafrechten van veertig graven op de begraafplaats lopen af."


def _graven(omschrijving: str, zorg: str) -> Any:
    return advies_voor(
        maak(
            omschrijving=omschrijving,
            belanghebbenden=[*maak().model_dump(mode="json")["belanghebbenden"], *_GRAF],
            zorgen=[{"zorg": zorg, "van": ["Families met een graf"]}],
        )
    )


def test_the_worry_will_the_grave_be_cleared_gets_art_28_as_its_answer() -> None:
    tekst = _zorgtekst(_graven(_GRAVEN, "Wordt het graf van mijn vader in 2028 geruimd?"))
    assert "moet de gemeente het grafrecht verlengen" in tekst
    assert "(Wlb art. 28)" in tekst


def test_no_answer_when_the_case_is_not_about_graves_or_the_worry_asks_something_else() -> None:
    # the same worry in a case without a cemetery, grave rights or grafrust: no legal answer
    tekst = _zorgtekst(
        _graven("Hoe richten we het dorpsplein in?", "Wordt het graf van mijn vader geruimd?")
    )
    assert "Wlb" not in tekst
    # a worry about equal treatment names clearing, but does not ask whether a grave is cleared
    tekst = _zorgtekst(
        _graven(_GRAVEN, "Waarom krijgt de ene groep een graf dat nooit wordt geruimd?")
    )
    assert "Wlb" not in tekst


def test_a_part_of_the_cemetery_for_a_kerkgenootschap_is_art_39() -> None:
    advies = advies_voor(
        maak(
            omschrijving="Een kerkgenootschap vraagt een eigen vak op de gemeentelijke "
            "begraafplaats."
        )
    )
    (noot,) = _noten(advies)
    assert "stelt het college dat deel ter beschikking" in noot
    assert "overlegt zij met het kerkgenootschap" in noot
    assert not _noten(advies_voor(maak(omschrijving="De begraafplaats krijgt een nieuw hek.")))


def test_tourist_rental_gets_chapter_3a_instead_of_a_lawyer() -> None:
    omschrijving = (
        "Het college wil de toeristische verhuur van woningen in de kernen beperken; de raad "
        "past de huisvestingsverordening aan op grond van de Huisvestingswet 2014."
    )
    advies = advies_voor(maak(omschrijving=omschrijving, wettelijk_kader=["anders"]))
    # the Huisvestingswet, then the EU regulation on short-term rental data (review 50b)
    noot, eu = _noten(advies)
    assert "Europese verordening" in eu
    assert "registratieplicht" in noot and "maximum aantal nachten" in noot
    assert "onderbouwen" in noot
    assert not any("jurist" in t for t in (b.tekst for b in advies.bevindingen))
    # without tourist rental the Huisvestingswet is still one for a lawyer to look up
    advies = advies_voor(
        maak(
            omschrijving="De raad wijzigt de regels op grond van de Huisvestingswet 2014.",
            wettelijk_kader=["anders"],
        )
    )
    assert not _noten(advies)
    assert any("jurist" in b.tekst for b in advies.bevindingen if b.regel == "WET-ANDERS")


def test_kostenverhaal_only_where_an_initiator_asks_to_change_the_omgevingsplan() -> None:
    def advies(initiatiefnemer: str) -> Any:
        return advies_voor(
            maak(
                omschrijving="Een ontwikkelaar vraagt de raad het omgevingsplan te wijzigen "
                "voor veertig woningen.",
                initiatiefnemer=initiatiefnemer,
                wettelijk_kader=["omgevingswet"],
                besluit={"door": "raad", "procedure": "omgevingsplan"},
            )
        )

    (noot,) = _noten(advies("ondernemers"))
    assert "anterieure overeenkomst" in noot and "bij beschikking" in noot
    assert not _noten(advies("gemeente"))


def test_no_kostenverhaal_when_the_land_is_the_gemeentes_own() -> None:
    advies = advies_voor(
        maak(
            omschrijving="Een woongroep vraagt de raad het omgevingsplan te wijzigen. De grond "
            "is van de gemeente.",
            initiatiefnemer="inwoners",
            wettelijk_kader=["omgevingswet"],
            besluit={"door": "raad", "procedure": "omgevingsplan"},
        )
    )
    assert not _noten(advies)


def test_short_term_rental_names_the_eu_regulation_beside_the_huisvestingswet() -> None:
    """Review 50b: a case on toeristische verhuur missed Verordening (EU) 2024/1028 (data on
    short-term rental, applies from 20 May 2026): the EU sets those rules, not the raad."""
    advies = advies_voor(
        maak(omschrijving="De raad wil regels voor toeristische verhuur van woningen.")
    )
    tekst = " ".join(b.tekst for b in advies.bevindingen)
    assert "Europese verordening over korte verhuur" in tekst and "20 mei 2026" in tekst
    assert "niet de raad" in tekst
    assert "eu-2024-1028" in {b for x in advies.bevindingen for b in x.bronnen}


def test_eu_law_is_cited_by_its_number() -> None:
    from pionieren.report.data import verwijzing

    assert verwijzing(builtin().bronnen["eu-2024-1028"]) == "Verordening (EU) 2024/1028"

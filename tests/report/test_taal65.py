"""Review 65b: grammar slips a reader stops at.

- 'Er komt geen keukentafelgesprekken': a plural werkvorm name takes 'komen' (MIX-BUDGET).
- '1 punt die eerst geregeld moeten zijn': 'punt' is a het-word, and one takes 'moet'
  (the note above the paragraaf)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise
from pionieren.teksten import Wording

CASES = Path(__file__).parents[2] / "tests" / "cases"
DATUM = date(2026, 12, 1)


def test_meervoudige_werkvorm_komen_geen() -> None:
    a = advise(CASES / "blind65" / "kinderboerderij-de-hooiberg-meersloot.yaml", datum=DATUM).advies
    b = next(b for b in a.bevindingen if b.waarden.get("weggelaten"))
    wording = Wording(builtin().teksten)
    een = wording.render(b.sleutel, {**b.waarden, "weggelaten": ["Keukentafelgesprekken"]})
    assert "Er komen geen keukentafelgesprekken" in een
    enkel = wording.render(
        b.sleutel, {**b.waarden, "weggelaten": ["Inloopavond of informatiemarkt"]}
    )
    assert "Er komt geen inloopavond" in enkel


def test_een_punt_dat_eerst_geregeld_moet_zijn() -> None:
    for pad in sorted(CASES.rglob("*.yaml")):
        par = advise(pad, datum=DATUM, formaat="paragraaf").tekst
        kop = par.split("-->")[0]
        if " 1 punt" in kop:
            assert "1 punt dat eerst geregeld moet zijn" in kop
            return
    raise AssertionError("geen casus met één punt om eerst te regelen")


def test_wie_beslist_noemt_alleen_de_soort_van_het_vraagstuk() -> None:
    """'via een privaatrechtelijk besluit (zoals een overeenkomst, bruikleen, huur, verkoop of
    een garantstelling)' for the sale of a plot: only the kind the case names."""
    tekst = advise(
        CASES / "blind65" / "gezondheidscentrum-locatie-veldersum-hallerbroek.yaml", datum=DATUM
    ).tekst
    assert "via een privaatrechtelijk besluit (een verkoop)" in tekst
    assert "bruikleen, huur" not in tekst


def test_de_initiatiefnemer_bij_naam_en_maar_een_keer() -> None:
    tekst = advise(
        CASES / "blind65" / "natuurherstel-beekdal-ruiterbeek-elsenhorst.yaml", datum=DATUM
    ).tekst
    regel = next(r for r in tekst.splitlines() if r.startswith("**Wie beslist.**"))
    assert regel.startswith("**Wie beslist.** Stichting Het Zandlandschap")
    assert regel.count("Zandlandschap") == 1


def test_geen_lege_alinea_per_werkvorm() -> None:
    """'**Overleg met partners** (door de initiatiefnemer).' and nothing else: a form with
    only who organises it (the table says that) gets no paragraph."""
    import re

    leeg = re.compile(r"^\*\*[^*]+\*\*(?: \([^)]*\))?\.$", re.MULTILINE)
    for pad in sorted((CASES / "blind65").glob("*.yaml")):
        tekst = advise(pad, datum=DATUM).tekst
        assert not leeg.search(tekst), leeg.search(tekst)


def test_keuze_van_de_initiatiefnemer_zonder_besluit() -> None:
    """An initiator takes no public decision: its promise says 'bij onze keuze', not 'in het
    besluit' (review 65b)."""
    wording = Wording(builtin().teksten)
    eigen = wording.render("TREDE-KEUZE.toezegging", {"door": "initiatiefnemer", "advies": True})
    assert "bij onze keuze" in eigen and "besluit" not in eigen
    raad = wording.render("TREDE-KEUZE.toezegging", {"door": "raad", "advies": True})
    assert "in het besluit" in raad


def test_een_gedane_toezegging_wordt_niet_opnieuw_gevraagd() -> None:
    par = advise(
        CASES / "blind65" / "natuurherstel-beekdal-ruiterbeek-elsenhorst.yaml",
        datum=DATUM,
        formaat="paragraaf",
    ).tekst
    assert "Toezegging (al gedaan): ‘De directeur" in par
    assert "om deze toezegging: ‘De directeur" not in par


def test_een_zorg_staat_een_keer_helemaal_in_het_rapport() -> None:
    """Review 65b: the same worries quoted in full at every step. The first step quotes a
    worry whole; a later one names its first words."""
    from pionieren.input.load import load_vraagstuk

    pad = CASES / "blind63" / "funderingsherstel-kronenveen.yaml"
    a = advise(pad, datum=DATUM).advies
    for z in load_vraagstuk(pad).zorgen:
        tekst = z.zorg.rstrip(".")
        hele = sum(m.waarom.count(f"‘{tekst}’") for m in a.mix)
        assert hele <= 1, tekst
    assert any("…’" in m.waarom for m in a.mix)


def test_geen_via_voor_een_plek() -> None:
    """'bereik hen via op de boerderij zelf': a route that is a place takes no 'via'."""
    wording = Wording(builtin().teksten)
    tekst = wording.render(
        "MIX-KANAAL.belang",
        {
            "wie": ["Zorggroep De Linde"],
            "meervoud": False,
            "naam": "Deelnemers",
            "neutraal": "op de boerderij zelf",
        },
    )
    assert "bereik hen op de boerderij zelf" in tekst
    assert "via op" not in tekst

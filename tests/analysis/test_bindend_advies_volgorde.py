"""Review 64a (geitenhouderij): the raad's binding advice on a permit comes after the zienswijze
term of the draft decision, so it can weigh the zienswijzen (art. 16.15a Omgevingswet, afdeling
3.4 Awb). A fixed meeting of the raad on that advice inside or before the term is named, with the
order (rule PLAN-VERWERKEN)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Moment, Vraagstuk
from pionieren.pipeline import advise
from pionieren.vocabulary import Orgaan

ROOT = Path(__file__).parents[2]
GEITEN = ROOT / "tests" / "cases" / "blind63" / "uitbreiding-geitenhouderij-hoogmeerle.yaml"
DATUM = date(2026, 12, 1)
SLEUTEL = "PLAN-VERWERKEN.advies_in_termijn"


def _met_moment(wat: str, datum: date) -> Vraagstuk:
    v = load_vraagstuk(GEITEN)
    momenten = [m for m in v.momenten if m.door is not Orgaan.raad]
    momenten.append(Moment(wat=wat, datum=datum, door=Orgaan.raad))
    return v.model_copy(update={"momenten": momenten})


def _gevonden(v: Vraagstuk) -> list[str]:
    a = advise(v, datum=DATUM, formaat="json").advies
    return [b.tekst for b in a.bevindingen if b.sleutel == SLEUTEL]


def test_bindend_advies_tijdens_de_termijn() -> None:
    (tekst,) = _gevonden(load_vraagstuk(GEITEN))
    assert "10 juni 2027" in tekst
    assert "ter inzage" in tekst and "ontwerpadvies" in tekst


def test_bindend_advies_na_de_termijn() -> None:
    assert (
        _gevonden(_met_moment("De raad besluit over zijn bindend advies", date(2027, 9, 2))) == []
    )


def test_ontwerpadvies_mag_voor_de_termijn() -> None:
    v = _met_moment("De raad stelt zijn ontwerp van het bindend advies vast", date(2027, 4, 22))
    assert _gevonden(v) == []


def test_zonder_bindend_advies_niets() -> None:
    v = load_vraagstuk(GEITEN)
    assert v.besluit is not None
    v = v.model_copy(
        update={"besluit": v.besluit.model_copy(update={"raad_bindend_advies": False})}
    )
    assert _gevonden(v) == []

"""The neighbours of every place a decision chooses between get the same forms (MIX-GELIJK),
and a worry of people in care is answered along their own route (MIX-ZORGEN)."""

from __future__ import annotations

from helpers import maak
from test_mix_groepen import CLIENTEN, TEGEN, keuze, met, ontwerp

from pionieren.analysis.mix.gelijk import gelijk
from pionieren.analysis.mix.kwetsbaar import apart
from pionieren.analysis.mix.zorgen import AVOND, zorgen

VEENWEG = {**TEGEN, "naam": "Omwonenden van de Veenweg"}
SPORTHAL = {
    "naam": "Omwonenden van de sporthal",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
}


def _twee_plekken() -> dict:
    kaders = maak().model_dump(mode="json")["kaders"]
    kaders["open"] = [
        {
            "onderwerp": "Op welke plek de woningen komen: aan de Veenweg of bij de sporthal.",
            "keuze": True,
        }
    ]
    return kaders


def test_the_neighbours_of_each_place_get_the_same_talks() -> None:
    o = ontwerp(met(VEENWEG, SPORTHAL, kaders=_twee_plekken()))
    k = keuze(o, "keukentafelgesprek", "Omwonenden van de Veenweg")
    gelijk(o)
    assert k.serves("Omwonenden van de sporthal")
    assert k.voor.index("Omwonenden van de Veenweg") < k.voor.index("Omwonenden van de sporthal")
    assert "MIX-GELIJK" in k.regels


def test_without_a_choice_of_place_nothing_changes() -> None:
    o = ontwerp(met(VEENWEG, SPORTHAL))
    k = keuze(o, "keukentafelgesprek", "Omwonenden van de Veenweg")
    gelijk(o)
    assert not k.serves("Omwonenden van de sporthal")


def test_a_worry_of_people_in_care_is_answered_in_their_own_form() -> None:
    v = met(
        TEGEN,
        CLIENTEN,
        zorgen=[{"zorg": "Krijg ik hier rust?", "van": ["Toekomstige bewoners"]}],
    )
    o = ontwerp(v)
    keuze(o, "keukentafelgesprek", "Omwonenden van het veld", "Toekomstige bewoners")
    apart(o)
    zorgen(o)
    avond = [k for k in o.keuzes if k.werkvorm.id == AVOND]
    assert not any(k.serves("Toekomstige bewoners") for k in avond)
    eigen = [k for k in o.keuzes if "MIX-ZORGEN" in k.regels]
    assert eigen and eigen[0].serves("Toekomstige bewoners")
    assert not eigen[0].serves("Omwonenden van het veld")

"""A group whose home goes hears in person what that means for them, in their own language, as
other residents do: not only a translated invitation (review 58b, fault 3: Ravenheide's
arbeidsmigranten in the old station hotel on a building site got 'Vertaal de uitnodiging')."""

from __future__ import annotations

from helpers import advies_voor, casus

_RAVENHEIDE = "review54/stationsomgeving-ravenheide"
_MIGRANTEN = "Arbeidsmigranten in het oude stationshotel"


def _over_hen(advies: object) -> list[str]:
    return [m.waarom for m in advies.mix if _MIGRANTEN in m.voor]  # type: ignore[attr-defined]


def test_a_group_whose_home_goes_gets_the_same_personal_explanation() -> None:
    v = casus(_RAVENHEIDE)
    teksten = " ".join(_over_hen(advies_voor(v)))
    assert "dezelfde persoonlijke uitleg als andere bewoners, in hun eigen taal" in teksten
    assert "Vertaal de uitnodiging" not in teksten
    # the same group when the case does not say their building goes: a translation is enough
    data = v.model_dump(mode="json", exclude_none=True)
    for punt in data["kaders"]["open"]:
        punt["onderwerp"] = punt["onderwerp"].replace(
            " en het terrein van het oude stationshotel", ""
        )
    teksten = " ".join(_over_hen(advies_voor(type(v).model_validate(data))))
    assert "persoonlijke uitleg" not in teksten
    assert "Vertaal de uitnodiging" in teksten

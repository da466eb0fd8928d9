"""MIX-INCLUSIE (a talk in person for a group with a large stake and little influence),
BELANG-PLEKKEN and BELANG-TOEGANKELIJK (review 30, fault 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import BASIS, advies_voor, maak

from pionieren.analysis.mix.bereik import eigen_stem, spreekt_hen
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin

ROOT = Path(__file__).resolve().parents[2]
W = {w.id: w for w in builtin().werkvormen}


def _groep(naam: str, **extra: Any) -> dict[str, Any]:
    return {"naam": naam, "soort": "inwoners", "invloed": "laag", "belang": "hoog", **extra}


def test_a_survey_is_no_talk_and_young_people_do_not_come_to_an_open_evening() -> None:
    jong = Belanghebbende(**_groep("Scholieren", kenmerken=["jongeren"]))
    oud = Belanghebbende(**_groep("Ouderen", kenmerken=["ouderen"]))
    assert not spreekt_hen(W["enquete"], oud)
    assert not spreekt_hen(W["informatiebrief"], oud)
    assert spreekt_hen(W["inloopavond"], oud)
    # an evening with adults is the obstacle of young people (BELANG-DREMPEL)
    assert not spreekt_hen(W["ontwerpatelier"], jong)
    assert spreekt_hen(W["scholenproject"], jong) and spreekt_hen(W["straatinterviews"], jong)


def test_only_inwoners_with_a_large_stake_little_influence_and_a_known_address() -> None:
    assert eigen_stem(Belanghebbende(**_groep("Scholieren", kenmerken=["jongeren"])))
    assert not eigen_stem(Belanghebbende(**_groep("Scholieren", belang="middel")))
    assert not eigen_stem(Belanghebbende(**_groep("Scholieren", invloed="middel")))
    zonder_adres = _groep("Nabestaanden zonder bekende rechthebbende", bereikbaarheid="moeilijk")
    assert not eigen_stem(Belanghebbende(**zonder_adres))


def _ringdorp() -> Any:
    return load_vraagstuk(ROOT / "tests" / "cases" / "dertig-kilometer-ringdorp.yaml")


def test_pupils_reached_through_their_school_talk_there_not_only_in_the_survey() -> None:
    advies = advies_voor(_ringdorp())
    naam = "Scholieren die naar het Ringcollege fietsen"
    vormen = [m.werkvorm for m in advies.mix if naam in m.voor]
    assert "scholenproject" in vormen
    # without the large stake the survey was enough: the rule makes the difference
    v = _ringdorp()
    data = v.model_dump(mode="json", exclude_none=True)
    for p in data["belanghebbenden"]:
        if p["naam"] == naam:
            p["belang"] = "middel"
    zonder = advies_voor(type(v).model_validate(data))
    assert "scholenproject" not in [m.werkvorm for m in zonder.mix]


def test_a_group_already_in_a_talk_that_suits_it_gets_nothing_more() -> None:
    jong = _groep("Jongeren bij het plein", kenmerken=["jongeren"], bereikbaarheid="moeilijk")
    basis = maak(belanghebbenden=[*BASIS["belanghebbenden"][:2], jong])
    vormen = [m.werkvorm for m in advies_voor(basis).mix if "Jongeren bij het plein" in m.voor]
    talks = [v for v in vormen if spreekt_hen(W[v], Belanghebbende(**jong))]
    assert len(talks) == 1


_JOP = (
    "Er zijn twee zoeklocaties: het grasveld achter de sporthal en de hoek van het "
    "parkeerterrein bij het spoor. De vraag is hoe jongeren en omwonenden van beide plekken "
    "meepraten."
)


def _vragen(**extra: Any) -> str:
    return " ".join(advies_voor(maak(**extra)).referentiekader)


def test_a_place_whose_neighbours_are_missing_is_asked_about() -> None:
    grasveld = _groep("Omwonenden van het grasveld")
    vragen = _vragen(omschrijving=_JOP, belanghebbenden=[*BASIS["belanghebbenden"], grasveld])
    assert "Wie woont er bij de hoek van het parkeerterrein bij het spoor?" in vragen
    assert "grasveld achter" not in vragen
    beide = [*BASIS["belanghebbenden"], grasveld, _groep("Buren van het parkeerterrein")]
    assert "Wie woont er" not in _vragen(omschrijving=_JOP, belanghebbenden=beide)
    # a list of places alone may be options without neighbours of their own
    zonder = _JOP.replace("omwonenden van beide plekken", "de buurt")
    assert "Wie woont er" not in _vragen(omschrijving=zonder)


def test_measures_on_the_street_ask_for_older_people_and_people_with_a_disability() -> None:
    open_ = [{"onderwerp": "Welke maatregelen er komen (drempels, versmallingen, borden)."}]
    vraag = "Ouderen en mensen met een beperking staan niet bij de belanghebbenden"
    tekst = _vragen(kaders_open=open_)
    assert vraag in tekst and "drempels en versmallingen" in tekst
    assert "adviesraad sociaal domein" in tekst
    # someone speaks for them already: no question
    oud = _groep("Bewoners van het seniorencomplex", kenmerken=["ouderen"])
    assert vraag not in _vragen(kaders_open=open_, belanghebbenden=[*BASIS["belanghebbenden"], oud])
    raad = {
        "naam": "Adviesraad Sociaal Domein",
        "soort": "adviesorgaan",
        "invloed": "middel",
        "belang": "middel",
    }
    assert vraag not in _vragen(
        kaders_open=open_, belanghebbenden=[*BASIS["belanghebbenden"], raad]
    )
    # a barrier to taking part is no speed bump; a square without measures asks nothing
    figuurlijk = [{"onderwerp": "Hoe nemen we drempels voor mantelzorgers weg?"}]
    assert vraag not in _vragen(kaders_open=figuurlijk)
    assert vraag not in _vragen()


def test_the_question_on_who_is_missing_is_among_the_five_the_report_shows() -> None:
    vragen = advies_voor(_ringdorp()).referentiekader
    assert any("Ouderen en mensen met een beperking" in v for v in vragen[:5])
    jop = load_vraagstuk(ROOT / "tests" / "cases" / "jop-de-kolk.yaml")
    assert any("parkeerterrein" in v for v in advies_voor(jop).referentiekader[:5])


def test_analyse_gives_the_missing_place_as_a_tip_for_the_file() -> None:
    jop = load_vraagstuk(ROOT / "tests" / "cases" / "jop-de-kolk.yaml")
    tips = [b for b in advies_voor(jop).bevindingen if b.regel == "INVOER-INSTRUMENT"]
    assert any("parkeerterrein" in b.tekst for b in tips)

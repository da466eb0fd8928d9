"""A group is reached when and where it is actually there (review 52a, worst fault 1).

- ``aanwezig``: the months a group is here at all (seasonal workers, campers); the planner
  keeps its forms in those months, or says how to reach it otherwise.
- the kenmerk kinderen on a group of adults means children among them: the tips for minors
  hold for those children only.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import advies_voor, check_invariants
from pydantic import ValidationError

from pionieren.analysis.planning_beschikbaar import aanwezig_venster, vensters
from pionieren.analysis.stakeholders import drempels, kinderen_onder_hen
from pionieren.input.hints import aanwezig_hints
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Belanghebbende, Vraagstuk
from pionieren.input.yamlread import pad_tekst
from pionieren.vocabulary import Kenmerk

CASES = Path(__file__).parents[1] / "cases"
OOSTERZANDE = CASES / "review52" / "hoogspanningsstation-oosterzande.yaml"
DATUM = date(2026, 12, 1)
MIGRANTEN = "Arbeidsmigranten op fruitbedrijf De Kruishoeve"


def _met(pad: Path, naam: str, aanwezig: dict[str, str] | None) -> Vraagstuk:
    data = load_vraagstuk(pad).model_dump(mode="json", exclude_none=True)
    for b in data["belanghebbenden"]:
        if b["naam"] == naam:
            b.pop("aanwezig", None)
            if aanwezig is not None:
                b["aanwezig"] = aanwezig
    return Vraagstuk.model_validate(data)


def _stappen_voor(v: Vraagstuk, naam: str) -> tuple[list[Any], Any]:
    advies = advies_voor(v, datum=DATUM)
    check_invariants(v, advies)
    voor = {m.werkvorm: set(m.voor) for m in advies.mix}
    stappen = [
        p
        for p in advies.planning
        if p.start is not None
        and p.fase.value in ("ophalen", "verdiepen", "toetsen")
        and any(naam in voor.get(w, set()) for w in p.werkvormen)
    ]
    return stappen, advies


def _in_maanden(d: date, van: int, tot: int) -> bool:
    return aanwezig_venster(van, tot)[1](d)


def test_the_field_takes_dutch_month_names_and_old_files_stay_valid() -> None:
    b = Belanghebbende.model_validate(
        {
            "naam": "Seizoenswerkers",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "middel",
            "aanwezig": {"van": "April", "tot": "november"},
        }
    )
    assert b.aanwezig is not None
    assert (b.aanwezig.van.nummer, b.aanwezig.tot.nummer) == (4, 11)
    with pytest.raises(ValidationError):
        Belanghebbende.model_validate({**b.model_dump(mode="json"), "aanwezig": {"van": "apr"}})
    zonder = Belanghebbende.model_validate(
        {"naam": "Omwonenden", "soort": "inwoners", "invloed": "laag", "belang": "hoog"}
    )
    assert zonder.aanwezig is None


def test_the_window_runs_up_to_and_including_the_last_month() -> None:
    label, venster = aanwezig_venster(4, 11)
    assert label == "van april tot en met november"
    assert venster(date(2027, 4, 1)) and venster(date(2027, 11, 30))
    assert not venster(date(2027, 3, 31)) and not venster(date(2027, 12, 1))
    # over the turn of the year: november to februari
    _, winter = aanwezig_venster(11, 2)
    assert winter(date(2027, 1, 15)) and not winter(date(2027, 3, 1))


def test_the_field_wins_over_the_road() -> None:
    v = _met(OOSTERZANDE, MIGRANTEN, {"van": "april", "tot": "november"})
    assert vensters(v_feiten(v))[MIGRANTEN][0] == "van april tot en met november"


def v_feiten(v: Vraagstuk) -> Any:
    from pionieren.analysis.facts import Feiten
    from pionieren.knowledge.load import builtin

    return Feiten(v, builtin(), DATUM)


def test_seasonal_workers_are_not_planned_in_months_they_are_away() -> None:
    """Review 52a: 'Gesprekken via sleutelfiguren' with the seasonal workers in January."""
    zonder, _ = _stappen_voor(_met(OOSTERZANDE, MIGRANTEN, None), MIGRANTEN)
    assert any(not _in_maanden(p.start, 4, 11) for p in zonder)  # the fault, without the field
    met, _ = _stappen_voor(
        _met(OOSTERZANDE, MIGRANTEN, {"van": "april", "tot": "november"}), MIGRANTEN
    )
    assert met
    for p in met:
        assert _in_maanden(p.start, 4, 11) and _in_maanden(p.eind, 4, 11), p


def test_a_group_away_until_after_the_decision_is_told_how_else_to_reach_it() -> None:
    v = _met(OOSTERZANDE, MIGRANTEN, {"van": "juli", "tot": "oktober"})
    _, advies = _stappen_voor(v, MIGRANTEN)
    (melding,) = [
        b
        for b in advies.bevindingen
        if b.regel == "PLAN-BESCHIKBAAR" and b.waarden.get("groep") == MIGRANTEN
    ]
    assert "zijn hier alleen van juli tot en met oktober" in melding.tekst
    assert "er niet zijn" in melding.tekst
    # no road in the case: through whoever gives them work or a roof here
    assert "werk of onderdak" in melding.tekst


def _dev_cases() -> list[Path]:
    return sorted(CASES.glob("*.yaml")) + sorted(CASES.glob("review[0-9]*/*.yaml"))


@pytest.mark.parametrize(
    "pad", [p for p in _dev_cases() if "review5" in str(p)], ids=lambda p: p.stem
)
def test_every_group_with_months_is_planned_in_them_or_warned(pad: Path) -> None:
    v = load_vraagstuk(pad)
    for b in v.belanghebbenden:
        if b.aanwezig is None:
            continue
        stappen, advies = _stappen_voor(v, b.naam)
        gemeld = any(
            x.regel == "PLAN-BESCHIKBAAR" and x.waarden.get("groep") == b.naam
            for x in advies.bevindingen
        )
        van, tot = b.aanwezig.van.nummer, b.aanwezig.tot.nummer
        # (a step with its last week in the months still meets them: the planner keeps a step
        # that has an open working week in the window, planning_beschikbaar._open_week)
        buiten = [
            p
            for p in stappen
            if not _in_maanden(p.start, van, tot)
            and not (p.eind is not None and _in_maanden(p.eind - timedelta(days=4), van, tot))
        ]
        assert not buiten or gemeld, (b.naam, buiten)


def test_a_season_in_the_road_gives_a_hint_naming_the_field() -> None:
    v = _met(OOSTERZANDE, "Gasten van camping Zeezicht bij Zandvoorde", None)
    (hint,) = [h for h in aanwezig_hints(v) if "camping" in h.melding]
    assert "aanwezig" in hint.melding and hint.suggesties[0].waarde == "{van: april, tot: oktober}"
    # with the field filled in, no hint
    assert not [h for h in aanwezig_hints(load_vraagstuk(OOSTERZANDE)) if "Zeezicht" in h.melding]


def test_a_busy_season_is_no_hint_for_the_months_a_group_is_here() -> None:
    data = load_vraagstuk(OOSTERZANDE).model_dump(mode="json", exclude_none=True)
    data["belanghebbenden"].append(
        {
            "naam": "Boeren in de polder",
            "soort": "ondernemers",
            "invloed": "middel",
            "belang": "hoog",
            "via": "de ledenavond; van april tot en met oktober op het land",
        }
    )
    assert not [h for h in aanwezig_hints(Vraagstuk.model_validate(data)) if "Boeren" in h.melding]


def test_a_season_in_the_omschrijving_counts_only_for_the_group_it_names() -> None:
    data = load_vraagstuk(OOSTERZANDE).model_dump(mode="json", exclude_none=True)
    data["omschrijving"] += " De arbeidsmigranten wonen hier alleen van mei tot september."
    for b in data["belanghebbenden"]:
        b.pop("aanwezig", None)
    hints = aanwezig_hints(Vraagstuk.model_validate(data))
    namen = [h.suggesties[0].veld for h in hints if h.pad == ("omschrijving",)]
    index = [b["naam"] for b in data["belanghebbenden"]].index(MIGRANTEN)
    assert namen == [pad_tekst(("belanghebbenden", index, "aanwezig"))]


def _groep(naam: str, *kenmerken: Kenmerk) -> Belanghebbende:
    return Belanghebbende(
        naam=naam, soort="inwoners", invloed="laag", belang="hoog", kenmerken=list(kenmerken)
    )


def test_children_among_adults_do_not_make_the_adults_minors() -> None:
    """Review 52a: 'Omwonenden in Zandvoorde (tegen): overdag, op school of de club, met
    toestemming van de ouders' for 420 adult residents."""
    omwonenden = _groep("Omwonenden in Zandvoorde", Kenmerk.kinderen)
    assert kinderen_onder_hen(omwonenden)
    assert "kinderen" not in drempels(omwonenden)
    assert "kinderen_onder_hen" in drempels(omwonenden)
    # the adults' own obstacle stays: language for families in the flats
    gezinnen = _groep(
        "Gezinnen in de flats", Kenmerk.migratieachtergrond, Kenmerk.laaggeletterd, Kenmerk.kinderen
    )
    assert drempels(gezinnen)[0] == "migratieachtergrond"
    # a group that IS children keeps the tips for minors
    for naam in ("Kinderen uit de buurt", "Leerlingen van De Klimop", "Jongeren in het dorp"):
        assert not kinderen_onder_hen(_groep(naam, Kenmerk.kinderen)), naam
        assert "kinderen" in drempels(_groep(naam, Kenmerk.kinderen)), naam


@pytest.mark.parametrize("pad", _dev_cases(), ids=lambda p: p.stem)
def test_no_adult_group_gets_the_permission_of_the_parents(pad: Path) -> None:
    """Property over the dev cases: the tips for minors ('met toestemming van de ouders') go to
    a whole group only when its name says it is children or young people."""
    v = load_vraagstuk(pad)
    for b in v.belanghebbenden:
        if "kinderen" in drempels(b):
            assert not kinderen_onder_hen(b), b.naam


PAASVUREN = CASES / "review52" / "paasvuren-hoolterveen.yaml"


def test_a_list_of_parties_names_each_party() -> None:
    from pionieren.analysis.mix.bereik import genoemde_groep

    v = load_vraagstuk(PAASVUREN)
    namen = [
        p.naam
        for p in genoemde_groep(
            list(v.belanghebbenden), "de veertien paasvuurcomités, de brandweer en de gemeente"
        )
    ]
    assert namen == ["Paasvuurcomités en buurtverenigingen", "Brandweer Veiligheidsregio Vechtland"]


def test_a_table_proposed_for_named_parties_seats_those_parties() -> None:
    """Review 52a: the afsprakentafel proposed for 'de veertien paasvuurcomités, de brandweer
    en de gemeente' was opened to everyone but the residents, COPD patients included; and
    'Er komen geen gesprekken met ervaringsdeskundigen; die groepen praten mee in de
    afsprakentafel'."""
    v = load_vraagstuk(PAASVUREN)
    advies = advies_voor(v, datum=DATUM)
    check_invariants(v, advies)
    (tafel,) = [m for m in advies.mix if m.werkvorm == "afsprakentafel"]
    assert {"Paasvuurcomités en buurtverenigingen", "Brandweer Veiligheidsregio Vechtland"} <= set(
        tafel.voor
    )
    partijen = {b.naam: b for b in v.belanghebbenden}
    for naam in tafel.voor:
        b = partijen[naam]
        # no fractie, no vulnerable group of inwoners at the parties' table
        assert b.soort.value not in ("politiek", "inwoners"), naam
    tekst = " ".join(b.tekst for b in advies.bevindingen if b.regel == "MIX-BUDGET")
    assert "praten mee in de afsprakentafel" not in tekst


def test_a_place_in_a_groups_name_does_not_link_it_to_another_clauses_season() -> None:
    """A new case (session 40): 'alleen in de badplaats van april tot en met oktober, en op vier
    koopzondagen in het centrum' made valideer ask whether the residents of the centre live
    there only part of the year. The season belongs to the clause about the badplaats."""
    data = load_vraagstuk(OOSTERZANDE).model_dump(mode="json", exclude_none=True)
    data["belanghebbenden"].append(
        {
            "naam": "Bewoners van het centrum",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
        }
    )
    data["omschrijving"] += (
        " Nu mag dat alleen in de badplaats van april tot en met oktober, en op vier zondagen in"
        " het centrum."
    )
    hints = aanwezig_hints(Vraagstuk.model_validate(data))
    assert not [h for h in hints if "Bewoners van het centrum" in h.melding]
    # the same words in one clause do link them
    data["omschrijving"] += " In het centrum wonen mensen alleen van april tot oktober."
    hints = aanwezig_hints(Vraagstuk.model_validate(data))
    assert [h for h in hints if "Bewoners van het centrum" in h.melding]


def test_visitors_who_are_away_are_asked_where_they_stay_not_via_an_employer() -> None:
    """A new case (sessie 40): badgasten who are here only in summer were to be asked 'via wie
    hen hier werk of onderdak geeft'; visitors have no employer or host here."""
    from pionieren.knowledge.load import builtin

    waarden = {
        "groep": "Badgasten",
        "wanneer": "van april tot en met september",
        "werkvormen": ["Straatinterviews"],
        "rondes": [],
        "via": "",
        "weg": True,
        "daarna": "",
        "besluit": "",
    }
    w = builtin().wording
    bezoekers = w.render("PLAN-BESCHIKBAAR", {**waarden, "bezoekers": True})
    assert "via de plekken waar zij verblijven of komen" in bezoekers
    assert "werk of onderdak" not in bezoekers
    werkers = w.render("PLAN-BESCHIKBAAR", {**waarden, "groep": "Seizoenwerkers"})
    assert "via wie hen hier werk of onderdak geeft" in werkers

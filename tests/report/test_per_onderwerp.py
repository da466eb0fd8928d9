"""The summary's table per onderwerp: one level per point, the same as the role table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.analysis.engine import analyse
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.data import per_onderwerp, report_data

CASES = Path(__file__).parents[1] / "cases"
DATUM = date(2026, 11, 29)
BIEB = "bibliotheek-dorpsvestigingen-vlietlanden.yaml"


def _rijen(naam: str) -> tuple[list[dict[str, object]], object]:
    kennis = builtin()
    v = load_vraagstuk(CASES / naam, naam)
    advies = analyse(v, kennis, DATUM)
    data = report_data(advies, v, kennis, naam)
    return per_onderwerp(advies, v, data["advies"]["mix"]), advies


def test_every_open_point_has_one_row_with_its_own_level() -> None:
    rijen, advies = _rijen(BIEB)
    open_ = [o for o in advies.trede.onderwerpen if o.open]  # type: ignore[attr-defined]
    # one row per open point, in order (review 40: two points joined in one row with ';')
    assert len(rijen) == len(open_)
    for o, rij in zip(open_, rijen, strict=True):
        assert str(o.onderwerp)[:20].lower() in str(rij["onderwerp"]).lower()
        assert rij["trede"] == o.trede.value


def test_a_row_names_the_forms_their_dates_and_the_decider() -> None:
    rijen, _ = _rijen(BIEB)
    # the library's own points: adviseren, as the case asks (review 38: no binding promise a
    # board that has to cut cannot keep)
    samen = next(r for r in rijen if r["trede"] == "adviseren" and r["wie"] != "het college")
    assert samen["hoe"] and samen["wanneer"]
    # the initiator decides its own points by the main decision's date
    assert samen["wie"] == "Bibliotheek Veen en Vliet"
    assert samen["uiterlijk"] == "2027-10-14"
    geld = next(r for r in rijen if "begroting" in str(r["onderwerp"]))
    # a later decision of its own: that date; no form of its own below adviseren, so the
    # row names the round for everyone as such, not a form borrowed from another point
    assert geld["uiterlijk"] == "2027-11-11"
    assert not geld["hoe"]
    assert geld["breed"]


def test_the_role_table_counts_the_same_levels_as_the_summary() -> None:
    rapport = advise_file(CASES / BIEB, BIEB, builtin(), DATUM, "md").rapport.decode("utf-8")
    rij = next(r for r in rapport.splitlines() if r.startswith("| Inwoners |"))
    assert "Adviseren over 5 onderwerpen en geven hun mening over 1" in rij
    assert "Over 4 daarvan beslist Bibliotheek Veen en Vliet" in rij
    samenvatting = rapport.split("## 1.")[0]
    # no 'wanneer' column: the key steps below and the table of hoofdstuk 1 give the dates
    # (issue 9: the same dates stood three times)
    assert "| onderwerp | invloed | hoe | besluit |" in samenvatting
    assert "wanneer" not in samenvatting.split("**Invloed van inwoners.**")[1].split("\n\n**")[0]
    # the old bullets per level are gone: the table replaces them
    assert "- **Adviseren** (advies geven) over" not in samenvatting


def test_a_case_with_one_decider_has_no_decider_column() -> None:
    naam = "rioolvervanging-vogelbuurt.yaml"
    rapport = advise_file(CASES / naam, naam, builtin(), DATUM, "md").rapport.decode("utf-8")
    assert "| onderwerp | invloed | hoe |\n" in rapport


def test_more_room_than_the_ambition_is_not_advised_and_then_left_undone() -> None:
    # review 38: 'Advies: verhoog daar de ambitie' and then the design kept the lower level
    naam = "bodemsanering-vennegoor.yaml"
    rapport = advise_file(CASES / naam, naam, builtin(), DATUM, "md").rapport.decode("utf-8")
    assert "verhoog daar de ambitie" not in rapport
    assert "Het ontwerp blijft bij de ambitie" in rapport


def test_a_point_another_government_decides_outside_this_process_stands_apart() -> None:
    """Reviews 42a/d (Hunzeloo): the waterschap's peilbesluit stood in the influence table with
    'Vraag Provincie Drenthe om deze toezegging'. A point another body decides, that no form
    here is about, is only informed and referred: apart, without a promise of influence."""
    naam = "honden-de-wiek.yaml"
    rijen, _ = _rijen(naam)
    bos = next(r for r in rijen if "Wiekerbos" in str(r["onderwerp"]))
    assert bos["elders"] and bos["wie"] == "Staatsbosbeheer"
    # the gemeente's own points stay in the table
    assert not any(r["elders"] for r in rijen if r is not bos)
    rapport = advise_file(CASES / naam, naam, builtin(), DATUM, "md").rapport.decode("utf-8")
    samenvatting = rapport.split("## 1.")[0]
    assert "| Welke delen van het Wiekerbos" not in samenvatting
    assert "Vraag Staatsbosbeheer om" not in samenvatting
    assert (
        "- Besluit elders: welke delen van het Wiekerbos open blijven voor "
        "loslopende honden (Staatsbosbeheer)." in samenvatting
    )
    assert "beloof hier geen invloed" in samenvatting
    html = advise_file(CASES / naam, naam, builtin(), DATUM, "html").rapport.decode("utf-8")
    assert "<li>Besluit elders: welke delen van het Wiekerbos" in html


def _samenvatting(naam: str) -> str:
    rapport = advise_file(CASES / naam, naam, builtin(), DATUM, "md").rapport.decode("utf-8")
    return rapport.split("## 1.")[0]


def test_another_governments_point_with_only_the_round_for_everyone_is_informed() -> None:
    """Review 43c (Hunzeloo): a survey of the gemeente 'raadplegen' on the waterschap's
    peilbesluit 21 months ahead. Only the round for everyone touched it: that is informing,
    with a pointer to where inwoners react to that body itself."""
    samenvatting = _samenvatting("omgevingsvisie-hunzeloo.yaml")
    assert "| Het peilbesluit" not in samenvatting
    assert "Vraag Waterschap Aa en Veenkoloniën om" not in samenvatting
    elders = next(r for r in samenvatting.splitlines() if r.startswith("- Besluit elders"))
    assert "het peilbesluit voor het beekdal" in elders
    assert "waar inwoners daar zelf kunnen reageren" in elders


def test_an_advice_on_another_bodys_decision_keeps_its_points_in_the_table() -> None:
    # the gemeente's zienswijze on the veiligheidsregio's decision is the process itself
    samenvatting = _samenvatting("zienswijze-veiligheidsregio-ellemeer.yaml")
    assert "| Of de brandweerpost in Lutjewold sluit |" in samenvatting
    assert "Besluit elders" not in samenvatting


def test_wie_beslist_names_every_decider() -> None:
    """Review 43d (Molenakker): 'Wie beslist. Het college' while demolition, the sociaal plan
    and the flats lie with the corporation, each owner decides on his own house and the raad on
    the omgevingsplan."""
    samenvatting = _samenvatting("herstructurering-molenakker-wolderveen.yaml")
    wie = next(r for r in samenvatting.splitlines() if r.startswith("**Wie beslist.**"))
    assert wie.startswith("**Wie beslist.** Het college van B en W, via een beleidsbesluit")
    # each other decider by name; its row in the table says what it decides (issue 9: the
    # question stood word for word in 'Wie beslist' and in the table)
    assert "Ook beslissen (zie de tabel): Woonstichting Thuisbaat; elk huishouden zelf" in wie
    assert "de gemeenteraad" in wie and "over de vraag" not in wie
    rijen = [r for r in samenvatting.splitlines() if r.startswith("| ")]
    assert any(r.startswith("| Welke blokken") and "| Woonstichting Thuisbaat" in r for r in rijen)
    assert any("De gemeenteraad, 29 juni 2028 |" in r for r in rijen)
    # the owner decides on his own house, with the corporation: not its adviser
    huis = next(
        r for r in samenvatting.splitlines() if r.startswith("| Wat er met elke koopwoning")
    )
    assert "| eigen keuze" in huis
    assert "Elk huishouden zelf, met Woonstichting Thuisbaat" in huis
    # a point decided elsewhere stands in its own line below the table, with its body: 'Wie
    # beslist' does not name it again (issue 9)
    wind = _samenvatting("windpark-heikamp-peelhoven.yaml")
    wie = next(r for r in wind.splitlines() if r.startswith("**Wie beslist.**"))
    elders = next(r for r in wind.splitlines() if r.startswith("- Besluit elders"))
    assert "Inspectie Leefomgeving en Transport" in elders
    assert (
        "Inspectie" not in wie
        and "Ook beslissen (zie de tabel): Energiecoöperatie LieshorstWind" in wie
    )
    # one decider: no list of others
    enkel = _samenvatting("rioolvervanging-vogelbuurt.yaml")
    assert "Ook beslis" not in enkel


def test_the_gemeentes_side_of_a_household_agreement_is_the_gemeente() -> None:
    """Review 63a: 'Elk huishouden zelf, met de gemeenteraad' on each owner's own foundation.
    The raad signs no agreement with a household; the gemeente does (art. 160 Gemeentewet)."""
    samenvatting = _samenvatting("vakantiepark-ter-heyde-sprengenlo.yaml")
    huis = next(r for r in samenvatting.splitlines() if "Elk huishouden zelf" in r)
    assert "Elk huishouden zelf, met de gemeente |" in huis
    assert "gemeenteraad" not in huis.split("Elk huishouden zelf")[1]

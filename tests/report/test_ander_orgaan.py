"""Another body decides (review 41): the report names that body, keeps the gemeente's own
input date, lets the raad hear inwoners before its own zienswijze, gives the burgemeester who
votes in a veiligheidsregio's bestuur his part, has the gemeente test and send its own advice
(not 'the concept proposal' of another body), and does not route groups or later points through
a closed group another party runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).resolve().parents[2]
DATUM = date(2026, 11, 30)
ZIENSWIJZE = ROOT / "tests" / "cases" / "zienswijze-veiligheidsregio-ellemeer.yaml"
N826 = ROOT / "tests" / "cases" / "beoordeling" / "n-weg-doortocht-zwiepveld.yaml"


def _rapport(pad: Path, formaat: str = "md") -> str:
    return advise_file(pad, pad.name, builtin(), DATUM, formaat).rapport.decode("utf-8")


def _schrijf(tmp_path: Path, data: dict[str, Any], naam: str) -> Path:
    pad = tmp_path / naam
    pad.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return pad


def _zienswijze_anders(tmp_path: Path) -> Path:
    """The zienswijze case as it was first written: procedure 'anders', the body's own date."""
    data = yaml.safe_load(ZIENSWIJZE.read_text("utf-8"))
    data["besluit"] = {"door": "anders", "procedure": "anders", "termijn_vast": True}
    data["kaders"]["besluit_uiterlijk"] = "2027-03-18"
    return _schrijf(tmp_path, data, "zienswijze-anders.yaml")


def test_a_zienswijze_as_advice_names_the_raad_its_date_and_the_body_after() -> None:
    md = _rapport(ZIENSWIJZE)
    assert (
        "**Wie beslist.** De gemeenteraad geeft uiterlijk 9 februari 2027 advies aan het "
        "algemeen bestuur van de Veiligheidsregio Lage Landen Noord." in md
    )
    # the raad hears inwoners before its own zienswijze: no objection to its hoorzitting
    assert "maar hier beslist" not in md
    # a later decision of the raad's own (buying back the building) is no advice
    assert "De gemeenteraad, 4 november 2027" in md
    assert "De gemeenteraad (advies), 4 november 2027" not in md


def test_the_burgemeester_votes_in_the_bestuur_of_the_veiligheidsregio() -> None:
    md = _rapport(ZIENSWIJZE)
    rij = next(r for r in md.splitlines() if r.startswith("| Burgemeester |"))
    # a member by virtue of the office, not 'namens de gemeente' (review 57e; art. 11 Wvr)
    assert (
        "is als burgemeester lid van het algemeen bestuur van de veiligheidsregio "
        "(art. 11 Wet veiligheidsregio's)" in rij
    )
    # (neutral wording for the burgemeester, who may be a woman: recht3, sessie 40)
    assert "wat de stem van de burgemeester was" in rij and "hoe hij stemde" not in rij
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0027466&artikel=11" in md
    # not where no veiligheidsregio decides
    assert "Wet veiligheidsregio" not in _rapport(N826)


def test_with_procedure_anders_the_body_is_named_and_the_input_date_kept(tmp_path: Path) -> None:
    md = _rapport(_zienswijze_anders(tmp_path))
    assert (
        "**Wie beslist.** Algemeen bestuur Veiligheidsregio Lage Landen Noord, uiterlijk 18 maart "
        "2027. De gemeente beslist alleen over haar eigen deel en levert haar "
        "inbreng uiterlijk 26 januari 2027." in md
    )
    # the next sentence points to the table for the other deciders: once is enough
    assert md.split("## 1.")[0].count("(zie de tabel)") == 1
    # the raad adopts its own zienswijze (an open point of its own): its hoorzitting stays
    assert "maar hier beslist" not in md
    assert "Hoorzitting of rondetafelgesprek van de raad" in md
    # the date of the input is known: the first talk does not ask for it
    assert "Wanneer moet de inbreng van de gemeente er zijn?" not in md
    assert "Algemeen bestuur Veiligheidsregio Lage Landen Noord beslist uiterlijk 18 maart" in md


def test_a_raad_hoorzitting_is_still_questioned_where_the_raad_decides_nothing(
    tmp_path: Path,
) -> None:
    data = yaml.safe_load(_zienswijze_anders(tmp_path).read_text("utf-8"))
    for punt in data["kaders"]["open"]:
        if punt.get("door") == "raad" and not punt.get("na_besluit"):
            punt["door"] = "anders"
            punt["partij"] = "Algemeen bestuur Veiligheidsregio Lage Landen Noord"
    md = _rapport(_schrijf(tmp_path, data, "zonder-raad.yaml"))
    assert "maar hier beslist" in md


def test_the_other_body_is_named_from_the_initiatiefnemer_on_the_map() -> None:
    md = _rapport(N826)
    assert "**Wie beslist.** Provincie Gelderland, uiterlijk 14 december 2027." in md
    assert "Een andere partij dan de gemeente" not in md
    assert "Provincie Gelderland beslist uiterlijk 14 december 2027." in md
    html = _rapport(N826, "html")
    assert "<strong>Wie beslist.</strong> Provincie Gelderland, uiterlijk" in html


def test_the_gemeente_tests_and_sends_its_own_advice_to_the_body_that_decides() -> None:
    md = _rapport(N826)
    assert "Het conceptvoorstel voorleggen" not in md
    assert (
        "Het advies van de gemeente aan Provincie Gelderland eerst voorleggen aan wie meedeed. "
        "Daarna stuurt het college het, met alle inbreng, vóór het besluit naar Provincie "
        "Gelderland." in md
    )


def test_another_partys_klankbordgroep_is_no_way_in_and_no_channel_after_it_ends() -> None:
    md = _rapport(N826)
    alinea = next(r for r in md.split("\n\n") if r.startswith("**Klankbordgroep**"))
    # a group that does not sit in the provincie's klankbordgroep is reached elsewhere
    assert "bewoners van de zijstraten" not in alinea.lower()
    assert "Dit bereikt ook" not in alinea
    # ... in a form of its own (its route is named where a form goes that way: rule
    # MIX-INCLUSIE; a street talk does not go via the village paper)
    assert any(
        "bewoners van de zijstraten en woonstraten" in r.lower() and r is not alinea
        for r in md.split("\n\n")
    )
    # the college decides on the Kerkplein in 2028, after the group ends in October 2027
    rij = next(r for r in md.splitlines() if r.startswith("| De inrichting van het Kerkplein"))
    assert "klankbordgroep" not in rij and "een eigen ronde vóór dat besluit" in rij
    # the provincie's own points stay with its klankbordgroep
    rij = next(r for r in md.splitlines() if r.startswith("| Hoe de Dorpsstraat in het dorp"))
    assert "klankbordgroep" in rij


def test_the_paragraaf_names_the_other_body_too() -> None:
    """The participatieparagraaf said 'Het besluit ligt bij een ander orgaan dan de gemeente'
    where the summary names the provincie."""
    tekst = _rapport(N826, "paragraaf")
    assert "Het besluit ligt bij Provincie Gelderland." in tekst
    assert "een andere partij dan de gemeente" not in tekst


def test_an_organisation_that_decides_its_own_matters_is_not_called_an_orgaan(
    tmp_path: Path,
) -> None:
    """Review 50b: 'Over de punten van een ander orgaan dan de gemeente zegt de gemeente toe'
    for a schoolbestuur: a school board, corporatie or kerkbestuur decides its own matters; it
    is no orgaan (of the gemeente or the state). Unnamed, it is 'een andere partij'."""
    data = yaml.safe_load((ROOT / "tests" / "cases" / "dorpsschool-wapserveen.yaml").read_text())
    punt = data["kaders"]["open"][0]
    punt["ruimte"] = "middel"
    del punt["partij"]
    md = _rapport(_schrijf(tmp_path, data, "school-zonder-naam.yaml"))
    assert "ander orgaan" not in md
    assert "Een andere partij dan de gemeente beslist hierover; de gemeente belooft wat zij" in md

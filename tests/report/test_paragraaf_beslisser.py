"""The participatieparagraaf follows who decides (reviews 57 and 58): its label and frame, the
role of the raad and the griffie, and every promise already made, whoever made it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from helpers import ONTWIKKELCASUSSEN

from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.report.data import kader_soort

CASES = Path(__file__).resolve().parents[1] / "cases"
DATUM = date(2026, 12, 1)
ENERGIEFIXERS = CASES / "review57" / "energiearmoede-energiefixers-klinkerwijk-veenmarke.yaml"
VRACHTWAGENS = CASES / "review57" / "vrachtwagenverbod-dorpsstraat-hoenwijk-kromwaarde.yaml"
PASTOORSAKKER = CASES / "review58" / "corporatie-renovatie-sloop-pastoorsakker-hoeverzeel.yaml"


def _paragraaf(pad: Path) -> str:
    return advise_file(pad, pad.name, builtin(), DATUM, "paragraaf").rapport.decode("utf-8")


def _kop(tekst: str) -> str:
    return tekst.partition("-->")[0]


def _regel(tekst: str, stuk: str) -> str:
    return next(r for r in tekst.splitlines() if stuk in r)


@pytest.mark.parametrize(
    ("pad", "soort"),
    [
        (ENERGIEFIXERS, "college"),
        (VRACHTWAGENS, "andere_overheid"),
        (PASTOORSAKKER, "privaat"),
        (CASES / "review61" / "sportakkoord-preventie-lindeweerd.yaml", "privaat"),
        (CASES / "beoordeling" / "n-weg-doortocht-zwiepveld.yaml", "andere_overheid"),
        (CASES / "review51" / "dijkversterking-hemmerik-waalhoven.yaml", "andere_overheid"),
        (CASES / "bibliotheek-dorpsvestigingen-vlietlanden.yaml", "privaat"),
        (CASES / "burgerberaad-energie.yaml", "raad"),
        (CASES / "herindeling-valkenrade.yaml", "raad"),
        (CASES / "cameratoezicht-dijkstede.yaml", "burgemeester"),
        (CASES / "stadsdeel-parkplan.yaml", "bestuurscommissie"),
        (CASES / "aanpak-eenzaamheid.yaml", "onbekend"),
    ],
    ids=lambda x: x.stem if isinstance(x, Path) else x,
)
def test_the_frame_follows_who_decides(pad: Path, soort: str) -> None:
    vraagstuk = load_vraagstuk(pad)
    advies = advise_file(pad, pad.name, builtin(), DATUM, "json").advies
    assert kader_soort(advies, vraagstuk) == soort


def test_a_college_decision_gets_a_collegevoorstel_and_no_griffie() -> None:
    """Review 57: 'voor het raadsvoorstel' and 'De raad is zelf opdrachtgever van dit proces;
    de griffie ondersteunt het' where the college adopts the plan the raad asked for."""
    tekst = _paragraaf(ENERGIEFIXERS)
    assert "voor het collegevoorstel" in _kop(tekst)
    assert "raadsvoorstel" not in tekst
    assert "opdrachtgever" not in tekst and "griffie ondersteunt" not in tekst
    assert "Dit proces komt voort uit een vraag van de raad" in tekst


def test_the_raad_that_decides_its_own_process_keeps_its_griffie() -> None:
    tekst = _paragraaf(CASES / "burgerberaad-energie.yaml")
    assert "voor het raadsvoorstel" in _kop(tekst)
    assert "De raad is zelf opdrachtgever van dit proces; de griffie ondersteunt het." in tekst


def test_another_government_gets_the_colleges_inbreng_and_its_own_promise() -> None:
    """Review 57: the gedeputeerde's promise on exemptions and hours was dropped under
    'Gedeputeerde Staten van Utrecht beslist zelf over ... Wij geven door wat wij horen'."""
    tekst = _paragraaf(VRACHTWAGENS)
    assert "zienswijze of inbreng van het college aan Gedeputeerde Staten van Utrecht" in (
        _kop(tekst)
    )
    assert "bij onze inbreng op dit besluit van Gedeputeerde Staten van Utrecht" in tekst
    regel = _regel(tekst, "welke bedrijven en ritten een ontheffing krijgen")
    assert "De gedeputeerde Mobiliteit zegde de dorpsraad Hoenwijk" in regel
    assert "Gedeputeerde Staten van Utrecht beslissen zelf" in regel  # a plural body
    assert "beslist zelf" not in tekst


def test_a_private_decision_states_its_binding_vote_and_the_gemeentes_part() -> None:
    """Review 58: 'De directeur-bestuurder ... beslist zelf over: of De Pastoorsakker wordt
    gerenoveerd, gesloopt ... Wij geven door wat wij daarover horen', while the corporation
    promised the tenants a binding 70 % vote."""
    tekst = _paragraaf(PASTOORSAKKER)
    kop = _kop(tekst)
    assert "raadsvoorstel" not in kop and "het deel van de gemeente" in kop
    regel = _regel(tekst, "of De Pastoorsakker wordt gerenoveerd")
    assert regel.startswith("- Meebeslissen: ") and "minder dan 70 procent" in regel
    assert "wat wij als partner van Woonstichting De Zeven Akkers doen" in tekst
    # the gemeente does not speak 'early and apart' with itself
    assert "Gemeente Heiselaar" not in _regel(tekst, "spreken wij vroeg en apart")


def _belofte_van_ander(pad: Path) -> bool:
    data = yaml.safe_load(pad.read_text("utf-8"))
    besluit = data.get("besluit") or {}
    anders = besluit.get("door") == "anders"
    return bool(besluit.get("toezegging")) and any(
        isinstance(o, dict)
        and o.get("toegezegd")
        and (o.get("door") == "anders" or (anders and not o.get("door")))
        for o in data["kaders"]["open"]
    )


@pytest.mark.parametrize(
    "pad", [p for p in ONTWIKKELCASUSSEN if _belofte_van_ander(p)], ids=lambda p: p.stem
)
def test_every_promise_another_party_made_is_carried(pad: Path) -> None:
    """Every point another party decides and already promised on carries that promise."""
    advies = advise_file(pad, pad.name, builtin(), DATUM, "json").advies
    tekst = _paragraaf(pad)
    for o in advies.trede.onderwerpen:
        if o.open and o.toegezegd and o.door is not None and o.door.value == "anders":
            assert o.toezegging.strip().rstrip(".").split(";")[0] in tekst, o.onderwerp


def test_a_private_party_does_not_decide_on_an_owners_own_house() -> None:
    """Review 64c (Hoeverzeel): 'De directeur-bestuurder ... beslist ook zelf over: ... wat elke
    eigenaar-bewoner doet'. Each household decides on its own house; the corporation is the
    other party to the agreement. A public body with legal power (the NCG) keeps its line."""
    tekst = _paragraaf(PASTOORSAKKER)
    assert (
        "Wat elke eigenaar-bewoner doet. Daarover beslist elk huishouden zelf, voor het eigen huis "
        "of de eigen grond; Woonstichting De Zeven Akkers is de andere partij bij de afspraak."
    ) in tekst
    rest = _regel(tekst, "beslist ook zelf over")
    assert "eigenaar-bewoner" not in rest
    ncg = _paragraaf(CASES / "review52" / "dorpsvernieuwing-versterking-tjamsterhuizen.yaml")
    assert "De Nationaal Coördinator Groningen beslist zelf over: wat er met het eigen huis" in ncg

"""A private organisation (a woningcorporatie, a club) takes the main decision itself and the
gemeente is a partner with points of its own (review of session 44, Hoeverzeel): an owner
decides on his own house, with the organisation as the other party; the deciding body's name
is not pasted with its clause into running sentences; and the gemeente's officials test no
participation report, nor does its participatieverordening govern the private choice, unless
a permit or omgevingsplan change of the gemeente follows. A public body with legal power (a
waterschap, the NCG) and a developer's permit keep their roles."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from helpers import advies_voor, rapport_gegevens

from pionieren.analysis.facts import besluit_van_private_partij, later_besluit_gemeente
from pionieren.analysis.result import Advies, Rol
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file
from pionieren.text import orgaan_kop, organisatie_van

CASES = Path(__file__).resolve().parents[1] / "cases"
HOEVERZEEL = CASES / "review58" / "corporatie-renovatie-sloop-pastoorsakker-hoeverzeel.yaml"
DIJK = CASES / "review51" / "dijkversterking-hemmerik-waalhoven.yaml"
NCG = CASES / "review52" / "dorpsvernieuwing-versterking-tjamsterhuizen.yaml"
APPARTEMENTEN = CASES / "appartementen-schoollocatie.yaml"
SUPERMARKT = CASES / "supermarkt-uitbreiding.yaml"
DATUM = date(2026, 12, 1)
CLAUSULE = "na goedkeuring door de raad van commissarissen"


def _rapport(pad: Path) -> str:
    return advise_file(pad, pad.name, builtin(), DATUM, "md").rapport.decode("utf-8")


def _data() -> dict[str, Any]:
    return copy.deepcopy(yaml.safe_load(HOEVERZEEL.read_text(encoding="utf-8")))


def _taak(advies: Advies, rol: Rol) -> str:
    return next(t.taak for t in advies.rolverdeling if t.rol is rol)


def _eigen_bezit_rijen(pad: Path) -> list[dict[str, Any]]:
    _, v, data = rapport_gegevens(pad, DATUM)
    eigen = [p.onderwerp for p in v.kaders.open if p.eigen_bezit]
    return [r for r in data["per_onderwerp"] if r["bron"] in eigen]


def test_the_head_of_a_bodys_name_drops_the_clause_on_how_it_decides() -> None:
    naam = f"de directeur-bestuurder van Woonstichting De Zeven Akkers, {CLAUSULE}"
    assert orgaan_kop(naam) == "de directeur-bestuurder van Woonstichting De Zeven Akkers"
    assert organisatie_van(naam) == "Woonstichting De Zeven Akkers"
    assert organisatie_van("het bestuur van de voetbalvereniging") == "de voetbalvereniging"
    # a part of the name or a list after the comma stays
    assert orgaan_kop("Politie, basisteam Duinmonde") == "Politie, basisteam Duinmonde"
    lijst = "de besturen van HSV, Brummertse Boys en De Meeuwen"
    assert orgaan_kop(lijst) == lijst
    assert organisatie_van("Gedeputeerde Staten van Utrecht") == "Gedeputeerde Staten van Utrecht"


def test_a_corporations_own_choice_is_a_private_decision() -> None:
    v = load_vraagstuk(HOEVERZEEL)
    assert besluit_van_private_partij(v)
    assert later_besluit_gemeente(v)  # the omgevingsplan change the college may support
    for pad in (DIJK, NCG, APPARTEMENTEN, SUPERMARKT):
        assert not besluit_van_private_partij(load_vraagstuk(pad)), pad.name
    # the same case with a government body as the decider: no private decision
    for orgaan in ("het algemeen bestuur van Waterschap De Dommel", "Gedeputeerde Staten"):
        data = _data()
        data["besluit"]["orgaan"] = orgaan
        assert not besluit_van_private_partij(Vraagstuk.model_validate(data)), orgaan


def test_each_owner_decides_on_his_house_with_the_corporation() -> None:
    [rij] = _eigen_bezit_rijen(HOEVERZEEL)
    assert rij["wie"] == "elk huishouden zelf, met Woonstichting De Zeven Akkers"
    assert rij["beslisser"] == "elk huishouden zelf"
    # the owner's agreement is not due by the corporation's decision
    assert rij["uiterlijk"] is None


def test_a_public_body_with_legal_power_still_decides_with_each_household() -> None:
    for pad in (DIJK, NCG):
        wie = [r["wie"] for r in _eigen_bezit_rijen(pad)]
        assert any(w.endswith(", met een afspraak per huishouden") for w in wie), pad
        assert not any(w.startswith("elk huishouden zelf") for w in wie), pad


def test_the_clause_stands_only_under_wie_beslist() -> None:
    md = _rapport(HOEVERZEEL)
    assert md.count(CLAUSULE) == 1
    assert (
        f"**Wie beslist.** De directeur-bestuurder van Woonstichting De Zeven Akkers, {CLAUSULE}"
        in md
    )
    assert "Vraag de directeur-bestuurder van Woonstichting De Zeven Akkers om deze" in md
    assert (
        "Wij brengen uw advies naar de directeur-bestuurder van Woonstichting De Zeven Akkers en zeggen u"
        in md
    )


def test_the_officials_test_no_report_of_the_corporations_own_choice() -> None:
    advies = advies_voor(Vraagstuk.model_validate(_data()))
    taak = _taak(advies, Rol.ambtelijke_organisatie)
    assert "toetst daarna het verslag" not in taak
    assert taak.startswith("Is één vast aanspreekpunt voor Woonstichting De Zeven Akkers")
    # the case names a later omgevingsplan change: the report is tested with that application
    assert "pas bij een latere aanvraag voor een vergunning" in taak
    sleutels = {b.sleutel for b in advies.bevindingen if b.regel == "WET-PARTICIPATIEVERORDENING"}
    assert sleutels == {"WET-PARTICIPATIEVERORDENING.privaat"}


def test_without_a_later_permit_no_report_is_tested_at_all() -> None:
    data = _data()
    data["momenten"][0]["wat"] = (
        "Het college en de woonstichting bespreken in het bestuurlijk overleg over de "
        "prestatieafspraken wat de gemeente bijdraagt aan de openbare ruimte"
    )
    advies = advies_voor(Vraagstuk.model_validate(data))
    assert "verslag" not in _taak(advies, Rol.ambtelijke_organisatie)
    verordening = next(b for b in advies.bevindingen if b.regel == "WET-PARTICIPATIEVERORDENING")
    assert not verordening.waarden["later"]


def test_a_developers_permit_keeps_the_officials_test_of_the_report() -> None:
    for pad in (APPARTEMENTEN, SUPERMARKT):
        advies = advies_voor(load_vraagstuk(pad))
        assert "toetst daarna het verslag ervan" in _taak(advies, Rol.ambtelijke_organisatie)
        assert not any(
            b.sleutel == "WET-PARTICIPATIEVERORDENING.privaat" for b in advies.bevindingen
        )


def test_the_college_is_the_corporations_partner_in_the_prestatieafspraken() -> None:
    taak = _taak(advies_voor(load_vraagstuk(HOEVERZEEL)), Rol.college)
    assert "beslist zelf over ‘de inrichting van de straat" in taak
    assert "is partner van Woonstichting De Zeven Akkers in de prestatieafspraken" in taak
    assert "regels op maat" not in taak


def test_without_prestatieafspraken_the_college_keeps_its_step_on_the_ladder() -> None:
    data = _data()
    data["aanleiding"] = data["aanleiding"].replace("in de prestatieafspraken ", "")
    data["kaders"]["vast"] = [z for z in data["kaders"]["vast"] if "prestatieafspraken" not in z]
    data["momenten"] = [m for m in data["momenten"] if "prestatieafspraken" not in m["wat"]]
    taak = _taak(advies_voor(Vraagstuk.model_validate(data)), Rol.college)
    assert "prestatieafspraken" not in taak
    assert "regels op maat" in taak

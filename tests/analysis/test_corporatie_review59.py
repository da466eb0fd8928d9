"""Review 59a (Hoeverzeel, a corporation's choice between renovation and demolition): the
advice of a standing body on a date the case fixes, and a vote the promise makes binding."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from helpers import advies_voor

from pionieren.analysis.result import Advies
from pionieren.input.model import Vraagstuk

PAD = (
    Path(__file__).resolve().parents[1]
    / "cases"
    / "review58"
    / "corporatie-renovatie-sloop-pastoorsakker-hoeverzeel.yaml"
)
KEUZE = "Of De Pastoorsakker wordt gerenoveerd"


def _data() -> dict[str, Any]:
    return copy.deepcopy(yaml.safe_load(PAD.read_text(encoding="utf-8")))


def _advies(data: dict[str, Any]) -> Advies:
    return advies_voor(Vraagstuk.model_validate(data))


def _rij(advies: Advies, id: str) -> Any:
    return next(m for m in advies.mix if m.werkvorm == id)


def test_the_formal_advice_ends_on_the_date_the_case_fixes_for_it() -> None:
    advies = _advies(_data())
    stap = next(p for p in advies.planning if "clientenraad" in p.werkvormen)
    assert stap.eind == date(2027, 9, 6)
    assert stap.start >= date(2027, 6, 1)  # four working weeks around the summer holiday


def test_without_that_moment_the_advice_is_planned_as_before() -> None:
    data = _data()
    data["momenten"] = [m for m in data["momenten"] if "advies" not in m["wat"]]
    stap = next(p for p in _advies(data).planning if "clientenraad" in p.werkvormen)
    assert stap.eind < date(2027, 9, 6)


def test_the_bodys_own_klankbordgroep_is_no_input_it_advises_on() -> None:
    advies = _advies(_data())
    assert not any(b.regel == "PLAN-VOLGORDE-VAST" for b in advies.bevindingen)


def test_a_vote_the_promise_binds_is_where_inwoners_decide() -> None:
    advies = _advies(_data())
    meting = _rij(advies, "enquete")
    assert meting.trede.value == "meebeslissen"
    assert any(o.startswith(KEUZE) for o in meting.onderwerpen)
    assert not any(
        b.regel == "MIX-ONDERWERP" and KEUZE in str(b.waarden.get("onderwerp", ""))
        for b in advies.bevindingen
    )


def test_without_a_threshold_in_the_promise_the_survey_stays_a_survey() -> None:
    data = _data()
    tekst = data["besluit"]["toezegging"]["tekst"]
    data["besluit"]["toezegging"]["tekst"] = tekst.replace("70 procent", "de meerderheid")
    data["besluit"]["toezegging"]["tekst"] = data["besluit"]["toezegging"]["tekst"].replace(
        "wettelijke 70 procent", "wettelijke regel"
    )
    assert _rij(_advies(data), "enquete").trede.value == "raadplegen"


def test_the_promise_is_kept_by_the_body_that_made_it() -> None:
    """Review 59a: 'Houdt het college zich aan de toezegging?' while the corporation's director
    made the promise."""
    tekst = " ".join(_advies(_data()).referentiekader)
    assert "Houdt de directeur-bestuurder van Woonstichting De Zeven Akkers" in tekst
    assert "Houdt het college" not in tekst


def test_a_binding_vote_is_no_sample() -> None:
    """Review 62b: the tenants' binding vote carried the survey's pitfall 'wie zelf invult, is
    geen afspiegeling van alle inwoners'; a vote of a known group counts every voter."""
    meting = _rij(_advies(_data()), "enquete")
    assert not any("afspiegeling" in v for v in meting.valkuilen)
    data = _data()
    tekst = data["besluit"]["toezegging"]["tekst"]
    data["besluit"]["toezegging"]["tekst"] = tekst.replace("70 procent", "de meerderheid").replace(
        "wettelijke 70 procent", "wettelijke regel"
    )
    # the survey that stays a survey keeps it
    assert any("afspiegeling" in v for v in _rij(_advies(data), "enquete").valkuilen)

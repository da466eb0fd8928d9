"""Issue 9, round 4: what every row or every step repeated is said once (the payer of the cost
table, the interim message of the steps, the law of a role)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pionieren.knowledge.load import builtin
from pionieren.pipeline import advise_file

ROOT = Path(__file__).resolve().parents[2]


def _rapport(pad: Path, formaat: str = "md") -> str:
    return advise_file(pad, pad.name, builtin(), date(2026, 11, 28), formaat).rapport.decode(
        "utf-8"
    )


def _tabel(tekst: str) -> list[str]:
    ontwerp = tekst.split("\n## 1.", 1)[1].split("\n## ", 1)[0]
    return [r for r in ontwerp.splitlines() if r.startswith("| ") and "€" in r]


def test_the_initiator_who_pays_the_table_is_named_once_in_its_head() -> None:
    """When the initiator pays the participation, nearly every row said '(initiatiefnemer)'.
    The head says it once; only a row paid by someone else says who."""
    tekst = _rapport(ROOT / "tests" / "cases" / "tiny-houses-gemeentegrond.yaml")
    assert "| kosten initiatiefnemer (schatting) |" in tekst
    rijen = _tabel(tekst)
    assert not [r for r in rijen if "(initiatiefnemer)" in r]
    # the gemeente's own rows (the raad's meeting) say so
    assert [r for r in rijen if r.endswith("(gemeente) |")]
    html = _rapport(ROOT / "tests" / "cases" / "tiny-houses-gemeentegrond.yaml", "html")
    assert "Kosten initiatiefnemer (schatting)" in html and "(initiatiefnemer)</td>" not in html


def test_when_the_gemeente_pays_the_initiators_rows_still_say_so() -> None:
    for pad in sorted((ROOT / "tests" / "cases").glob("*.yaml")):
        tekst = _rapport(pad)
        if "| kosten (schatting) |" in tekst and "(initiatiefnemer)" in tekst:
            assert not [r for r in _tabel(tekst) if "(gemeente)" in r], pad.name
            return
    raise AssertionError("no case where the gemeente pays and the initiator has rows")


def _niveau(trede: str, tekst: str, **anders: object) -> dict[str, object]:
    n: dict[str, object] = {
        "trede": trede,
        "al": "",
        "tekst": tekst,
        "keuze_tekst": "",
        "grond_tekst": "",
        "zelfde_als": "",
        "verlaagd_van": "",
        "budgetrecht": False,
        "punten": [trede],
    }
    return {**n, **anders}


def test_a_promise_for_advice_and_for_opinion_that_differ_in_that_word_alone_is_one() -> None:
    from pionieren.report.data import _advies_en_mening

    brengen = (
        "Wij brengen uw {} naar TenneT. Na dat besluit laten wij u weten wat er met uw {} is gedaan"
    )
    uit = _advies_en_mening(
        [
            _niveau("adviseren", brengen.format("advies", "advies")),
            _niveau("raadplegen", brengen.format("mening", "mening")),
        ]
    )
    assert len(uit) == 1 and uit[0]["trede"] == "adviseren en raadplegen"
    assert uit[0]["tekst"] == brengen.format("advies of mening", "advies of mening")
    assert uit[0]["punten"] == ["adviseren", "raadplegen"]
    # a promise with more to it, or one already made, stands apart
    meer = _niveau("adviseren", brengen.format("advies", "advies") + ". Wij nemen het over")
    assert (
        len(_advies_en_mening([meer, _niveau("raadplegen", brengen.format("mening", "mening"))]))
        == 2
    )
    al = _niveau("raadplegen", brengen.format("mening", "mening"), al="Eerder beloofd")
    assert (
        len(_advies_en_mening([_niveau("adviseren", brengen.format("advies", "advies")), al])) == 2
    )


def test_the_report_says_the_promise_on_another_bodys_decision_once() -> None:
    tekst = _rapport(ROOT / "tests" / "cases" / "beoordeling" / "n-weg-doortocht-zwiepveld.yaml")
    assert "**Adviseren en raadplegen**: ‘Wij brengen uw advies of mening naar" in tekst
    assert "Wij brengen uw mening naar" not in tekst


def _stappen(tekst: str) -> list[str]:
    ontwerp = tekst.split("\n## 1.", 1)[1].split("\n## ", 1)[0]
    for kop in ("**Meer over de stappen.**", "**De andere stappen.**"):
        if kop in ontwerp:
            return ontwerp.split(kop, 1)[1].split("\n\n")[1].splitlines()
    return []


def test_the_interim_messages_are_one_line_and_a_round_names_its_end_once() -> None:
    """'Tussentijds bericht aan wie meedeed' stood once per message, and a round of its own
    said 'tot en met' the date its line begins with: each is said once."""
    tekst = _rapport(
        ROOT / "tests" / "cases" / "review51" / "dijkversterking-hemmerik-waalhoven.yaml"
    )
    stappen = _stappen(tekst)
    (tussen,) = [r for r in stappen if "Tussentijds bericht" in r]
    assert tussen.startswith("- 24–28 januari 2028 en 13–17 maart 2028: Tussentijds bericht")
    rondes = [r for r in stappen if "Een eigen ronde" in r]
    assert rondes and all("op het concept. Elke reactie" in r for r in rondes)
    html = _rapport(
        ROOT / "tests" / "cases" / "review51" / "dijkversterking-hemmerik-waalhoven.yaml", "html"
    )
    assert html.count("Tussentijds bericht aan wie meedeed") == 1


def test_what_a_budget_made_smaller_is_said_once_in_the_budget_paragraph() -> None:
    """Issue 9: 'Er komt geen geld bij, dus het ontwerp moet in het budget passen ... Dat
    vervangt ...' stood under 'Vóór de uitnodiging regelen' and again in the budget paragraph."""
    for naam in ("toeristische-verhuur-walduin", "islamitisch-begraafvak-lindenoord"):
        tekst = _rapport(ROOT / "tests" / "cases" / "beoordeling" / f"{naam}.yaml")
        zin = next(
            z for z in ("Er komt geen geld bij", "dus is het verder kleiner gemaakt") if z in tekst
        )
        assert tekst.count(zin) == 1, naam
        budget = next(r for r in tekst.splitlines() if r.startswith("**Budget.**") and zin in r)
        assert "Eigen medewerkers spreken" in budget

"""Rule MIX-DREMPEL (review 62b, Hoeverzeel): a vote with a threshold gets its counting rules
before it is held, and its result goes to everyone who may vote. And a private party's decision
is not the gemeente's to postpone (PLAN-KALENDER.anker_te_laat)."""

from __future__ import annotations

from helpers import DATUM, casus

from pionieren.analysis.engine import analyse
from pionieren.analysis.mix.drempel import stemregels
from pionieren.knowledge.load import builtin
from pionieren.teksten import Wording

_HOEVERZEEL = "review58/corporatie-renovatie-sloop-pastoorsakker-hoeverzeel"
_BELOFTE = (
    "De directeur-bestuurder zegde toe dat de woonstichting niet kiest voor slopen als bij de "
    "draagvlakmeting minder dan 70 procent van de huurders daarvoor is; dan wordt het renoveren."
)


def test_open_rules_of_a_threshold_vote_are_asked() -> None:
    regels = stemregels(_BELOFTE, "de draagvlakmeting onder de 72 huurders")
    assert regels is not None
    assert regels["basis"] is True  # 'van de huurders': all 72, or the votes cast?
    assert (regels["aantal"], regels["wie"], regels["nodig"]) == (72, "huurders", 51)
    assert regels["terugval"] is False  # 'dan wordt het renoveren' says what happens
    assert regels["per_huishouden"] is True and regels["teller"] is True


def test_rules_the_promise_states_are_not_asked_again() -> None:
    regels = stemregels(
        "De nota belooft een draagvlakmeting per straat. Het college stelt alleen straten voor "
        "waar een meerderheid van de huishoudens die reageert voor is, bij een respons van "
        "minstens 40 procent. Een notaris telt de stemmen.",
        "",
    )
    assert regels is not None
    assert regels["basis"] is False and regels["opkomst"] is False
    assert regels["terugval"] is False and regels["teller"] is False


def test_a_base_of_votes_cast_without_a_turnout_asks_for_one() -> None:
    regels = stemregels(
        "Het plan gaat door als 60 procent van wie stemt voor is; anders blijft het zoals het is.",
        "",
    )
    assert regels is not None and regels["basis"] is False and regels["opkomst"] is True


def test_a_vote_without_a_threshold_gets_no_rules() -> None:
    # a wijkbegroting: the plans with the most votes win; no threshold to define
    assert stemregels("De plannen met de meeste stemmen worden uitgevoerd.", "") is None


def test_the_corporation_vote_names_its_rules_in_the_report() -> None:
    kennis = builtin()
    advies = analyse(casus(_HOEVERZEEL), kennis, DATUM)
    stemming = [m for m in advies.mix if "MIX-DREMPEL" in m.regels]
    assert [m.werkvorm for m in stemming] == ["enquete"]
    reden = next(r for r in stemming[0].redenen if r.sleutel == "MIX-DREMPEL")
    tekst = Wording(kennis.teksten).render(reden.sleutel, reden.waarden)
    assert "alle 72 huurders (dan zijn er 51 stemmen vóór nodig)" in tekst
    assert "De uitslag, met de aantallen, gaat op dezelfde dag naar alle 72 huurders" in tekst
    assert "wat gebeurt er als geen keuze de drempel haalt" not in tekst


def test_a_biz_vote_and_a_referendum_keep_their_own_rules() -> None:
    kennis = builtin()
    for naam in ("biz-binnenstad-beekmonde", "referendum-hotel-havenkop"):
        advies = analyse(casus(naam), kennis, DATUM)
        assert not [m for m in advies.mix if "MIX-DREMPEL" in m.regels], naam


def test_a_late_step_asks_the_private_decider_to_move_its_decision() -> None:
    advies = analyse(casus(_HOEVERZEEL), builtin(), DATUM)
    laat = [b for b in advies.bevindingen if b.sleutel == "PLAN-KALENDER.anker_te_laat"]
    assert laat, "the klankbordgroep runs past the papers in this case"
    for b in laat:
        assert "Schuif het besluit op" not in b.tekst
        assert "Vraag de directeur-bestuurder van Woonstichting De Zeven Akkers" in b.tekst


def test_a_late_step_in_a_gemeente_decision_still_says_postpone() -> None:
    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.planning import _private_beslisser

    kennis = builtin()
    for naam in ("parkeren-spoorzicht", "review61/verkoop-oude-gemeentehuis-oosterhem"):
        f = Feiten(vraagstuk=casus(naam), kennis=kennis, datum=DATUM)
        assert _private_beslisser(f, None) == "", naam
    v = casus(_HOEVERZEEL)
    f = Feiten(vraagstuk=v, kennis=kennis, datum=DATUM)
    assert v.besluit is not None and v.besluit.door is not None
    assert _private_beslisser(f, v.besluit.door).startswith("de directeur-bestuurder")

"""Rule MIX-DEKKING (every party with a stake has a place before the decision), the forms for
people without a known address, and the map as the core form of a decision that is a map."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import advies_voor, maak

from pionieren.analysis.mix.bereik import adres_onbekend, bedient, bereikt, vergadert
from pionieren.analysis.mix.dekking import telt
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Belanghebbende
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Trede

KENNIS = builtin()
CASES = Path(__file__).resolve().parents[1] / "cases"

_GAT_GENOEMD = {"MIX-INCLUSIE", "MIX-BUDGET"}
_VOOR_HET_BESLUIT = {"voorbereiden", "ophalen", "verdiepen", "toetsen"}


def _partij(**velden: Any) -> Belanghebbende:
    basis = {"naam": "Groep", "soort": "inwoners", "invloed": "laag", "belang": "hoog"}
    return Belanghebbende.model_validate({**basis, **velden})


def _plek(advies: Advies, naam: str) -> list[str]:
    """The werkvormen before the decision that are for this party."""
    return [
        m.werkvorm
        for m in advies.mix
        if naam in m.voor and m.fase is not None and m.fase.value in _VOOR_HET_BESLUIT
    ]


def _case(naam: str) -> Advies:
    pad = CASES / f"{naam}.yaml"
    return advies_voor(load_vraagstuk(pad, pad.name))


def test_every_party_with_a_stake_has_a_place_before_the_decision() -> None:
    """Whatever the case: each group of inwoners and each other party with a middle or large
    stake or say sits in a werkvorm before the decision (not only in the feedback)."""
    for pad in sorted(CASES.glob("*.yaml")):
        v = load_vraagstuk(pad, pad.name)
        advies = advies_voor(v)
        for p in v.belanghebbenden:
            # (a co-initiator the omschrijving names is an initiator: BELANG-MEDE-INITIATIEF)
            mede = {
                n
                for b in advies.bevindingen
                if b.regel == "BELANG-MEDE-INITIATIEF"
                for n in b.waarden["namen"]
            }
            if p.initiatiefnemer or p.naam in mede or p.soort.value == "politiek":
                continue
            if p.soort.value != "inwoners" and not (
                p.belang.value in ("hoog", "middel") or p.invloed.value in ("hoog", "middel")
            ):
                continue
            # or the advice names the gap: no form in the catalogue reaches them (with a
            # route to them), or the budget could not carry their form
            genoemd = any(
                p.naam.casefold() in b.tekst.casefold()
                for b in advies.bevindingen
                if b.regel in _GAT_GENOEMD
            )
            # or it proposed a werkvorm of the case that stays before the decision: its own
            # form is its place (MIX-BUDGET reads the design so, review 55d)
            eigen = any(
                m.fase is not None and m.fase.value in _VOOR_HET_BESLUIT
                for w in v.werkvormen
                if w.door == p.naam
                for m in advies.mix
                if m.werkvorm == w.id
            )
            assert _plek(advies, p.naam) or genoemd or eigen, (pad.name, p.naam)


def test_authorities_get_an_overleg_of_their_own() -> None:
    """Ringdorp (review 28a): the emergency services and the police sat in no werkvorm."""
    advies = _case("dertig-kilometer-ringdorp")
    overleg = next(m for m in advies.mix if m.werkvorm == "partneroverleg")
    assert "Politie, basisteam Ringdorp" in overleg.voor
    assert "Ambulancedienst en brandweer (veiligheidsregio)" in overleg.voor
    assert not any(b.regel == "MIX-VERDIEPING" for b in advies.bevindingen)


def test_a_landowner_who_decides_a_point_gets_an_overleg() -> None:
    """De Wiek: Staatsbosbeheer decides on its own wood (an open point with its name)."""
    advies = _case("honden-de-wiek")
    assert "partneroverleg" in _plek(advies, "Staatsbosbeheer")
    # the football club meets: a talk at its own meeting
    assert "eigen-vergadering" in _plek(advies, "Voetbalvereniging DWV")
    assert not any(
        "Staatsbosbeheer" in b.tekst for b in advies.bevindingen if b.regel == "MIX-VERDIEPING"
    )


def test_a_congregation_is_met_at_its_own_meeting() -> None:
    kerk = _partij(naam="Protestantse gemeente Hollandsveen", soort="maatschappelijke_organisatie")
    assert vergadert(kerk)
    assert vergadert(_partij(naam="Parochie H. Martinus", soort="maatschappelijke_organisatie"))
    # the gemeente itself is no congregation
    assert not vergadert(_partij(naam="Gemeente Hollandsveen", soort="overheid"))
    advies = _case("ruimen-graven-oudeweg")
    assert _plek(advies, "Protestantse gemeente Hollandsveen")


def test_a_small_group_of_neighbours_is_spoken_in_person() -> None:
    """Oudehaven: 35 neighbours against the plan had no form; they get a talk at home or a
    moment at the place itself (the school they worry about)."""
    advies = _case("dagontmoeting-oudehaven")
    plek = _plek(advies, "Omwonenden van De Meeuw")
    assert plek
    gaat_erheen = {w.id for w in KENNIS.werkvormen if w.werving.value == "gericht"}
    assert set(plek) & (gaat_erheen | {"buurtactiviteit"})
    assert "eigen-vergadering" in _plek(advies, "Dorpsraad Oudehaven")


def test_a_party_joins_a_form_already_chosen_before_a_new_one_is_added() -> None:
    """No bloat: a second organisation joins the table that is already there."""
    basis = maak()
    orgs = [
        {
            "naam": "Stichting A",
            "soort": "maatschappelijke_organisatie",
            "invloed": "hoog",
            "belang": "hoog",
            "houding": "tegen",
        },
        {
            "naam": "Stichting B",
            "soort": "maatschappelijke_organisatie",
            "invloed": "middel",
            "belang": "middel",
            "houding": "neutraal",
        },
    ]
    v = maak(
        belanghebbenden=[
            *[p.model_dump(mode="json", exclude_none=True) for p in basis.belanghebbenden],
            *orgs,
        ]
    )
    advies = advies_voor(v)
    a, b = _plek(advies, "Stichting A"), _plek(advies, "Stichting B")
    assert b and set(a) & set(b)
    assert "partneroverleg" not in b


def test_no_house_visits_for_people_whose_address_nobody_knows() -> None:
    zonder = _partij(naam="Nabestaanden zonder bekende rechthebbende", bereikbaarheid="moeilijk")
    assert adres_onbekend(zonder)
    # a route to them, a known address, or an ordinary name: the home forms stay possible
    assert not adres_onbekend(zonder.model_copy(update={"via": "de kerk"}))
    assert not adres_onbekend(_partij(naam="Ouderen in Oostpolder", bereikbaarheid="moeilijk"))
    assert not adres_onbekend(zonder.model_copy(update={"bereikbaarheid": None}))
    for id in ("huis-aan-huis", "keukentafelgesprek", "advies-aan-huis"):
        assert KENNIS.werkvorm(id).adres_nodig
        assert not bedient(KENNIS.werkvorm(id), zonder)
    oproep = KENNIS.werkvorm("oproep-ter-plekke")
    assert bereikt(oproep, zonder)
    # the notice is only for such a group
    assert not bedient(oproep, _partij(naam="Ouderen", bereikbaarheid="moeilijk"))


def test_relatives_without_address_get_a_notice_at_the_place() -> None:
    """Oudeweg (review 28a): house visits for relatives whose address nobody has."""
    advies = _case("ruimen-graven-oudeweg")
    plek = _plek(advies, "Nabestaanden zonder bekende rechthebbende")
    assert "oproep-ter-plekke" in plek
    assert not {"huis-aan-huis", "keukentafelgesprek"} & set(plek)


def test_no_notice_without_a_group_that_needs_it() -> None:
    for naam in ("welzijnsopdracht-noordwaard", "dertig-kilometer-ringdorp"):
        assert "oproep-ter-plekke" not in [m.werkvorm for m in _case(naam).mix]


def test_a_decision_that_is_a_map_gets_the_map_form() -> None:
    """De Wiek (review 28a): a hondenkaart got kitchen-table talks and no map."""
    advies = _case("honden-de-wiek")
    ids = [m.werkvorm for m in advies.mix]
    assert "plekken-op-de-kaart" in ids
    assert "keukentafelgesprek" not in ids
    kaart = next(m for m in advies.mix if m.werkvorm == "plekken-op-de-kaart")
    assert "Waar nieuwe losloopgebieden komen." in kaart.onderwerpen


def test_a_map_signal_only_where_the_case_names_one() -> None:
    v = maak(omschrijving="Het college maakt een nieuwe parkeerregeling voor de wijk.")
    assert "plekken-op-de-kaart" not in [m.werkvorm for m in advies_voor(v).mix]


def _oudehaven(naam: str = "Zorgcoöperatie Oudehaven") -> Advies:
    """Oudehaven, where the zorgcoöperatie (or a stichting under another name) promised itself
    that its members decide what the dagontmoeting offers: since review 38 a point another
    party decides follows the case's ambition unless that party promised more itself."""
    import yaml

    from pionieren.input.model import Vraagstuk

    data = yaml.safe_load((CASES / "dagontmoeting-oudehaven.yaml").read_text("utf-8"))
    oud = "Zorgcoöperatie Oudehaven"
    for p in data["belanghebbenden"]:
        if p["naam"] == oud:
            p["naam"] = naam
    for punt in data["kaders"]["open"]:
        if punt.get("partij") == oud:
            punt["partij"] = naam
    data["besluit"]["toezegging"] = {
        "door": "initiatiefnemer",
        "trede": "meebeslissen",
        "tekst": "Wat de dagontmoeting biedt, kiezen de leden samen.",
    }
    return advies_voor(Vraagstuk.model_validate(data))


def test_an_association_that_decides_a_point_decides_it_in_its_ledenvergadering() -> None:
    """Oudehaven (review 28b): 'Kies er een' for what the zorgcoöperatie offers, a point at
    meebeslissen that the coöperatie decides. Its members decide it in their own meeting."""
    advies = _oudehaven()
    leden = next(m for m in advies.mix if m.werkvorm == "ledenvergadering")
    assert leden.trede.value == "meebeslissen"
    assert "Wat de dagontmoeting biedt en voor wie." in leden.onderwerpen
    assert leden.fase is not None and leden.fase.value == "verdiepen"
    assert not any(b.regel == "MIX-ONDERWERP" for b in advies.bevindingen)


def test_without_its_own_promise_the_association_is_asked_no_more_than_the_ambition() -> None:
    """Review 38: the gemeente does not ask another party for more than the case's ambition."""
    advies = _case("dagontmoeting-oudehaven")
    punt = next(
        o for o in advies.trede.onderwerpen if o.onderwerp.startswith("Wat de dagontmoeting")
    )
    assert punt.trede is Trede.coproduceren
    assert "ledenvergadering" not in [m.werkvorm for m in advies.mix]


def test_no_ledenvergadering_for_a_foundation() -> None:
    """A stichting has no members who vote: no ledenvergadering is made up for it."""
    assert "ledenvergadering" not in [
        m.werkvorm for m in _oudehaven("Stichting Zorg Oudehaven").mix
    ]


def test_no_ledenvergadering_for_a_fund_for_the_area() -> None:
    """Windpark: the energy coöperatie decides on the omgevingsfonds, but money for the area is
    not shared out by its members alone."""
    pad = CASES.parents[1] / "vraagstukken" / "windpark.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    assert "ledenvergadering" not in [m.werkvorm for m in advies.mix]


def test_a_form_moved_after_the_decision_gives_no_place_before_it() -> None:
    """Dijkmeer: the future residents' only form carried only points worked out after the
    decision; the planning moved it there and they had no say before the choice of the site.
    The form keeps the point decided now and stays before the decision."""
    from pionieren.analysis.mix.ontwerp import Keuze
    from pionieren.vocabulary import Modus, Trede

    later = ["Hoe het gebouw eruitziet."]
    w = KENNIS.werkvorm("ervaringsdeskundigen")
    k = Keuze(werkvorm=w, modus=Modus.denken, trede=Trede.adviseren, onderwerpen=list(later))
    assert not telt(k, later)
    assert telt(k)  # without the later points it would count
    k.onderwerpen.insert(0, "Welke plek de raad kiest.")
    assert telt(k, later)

    advies = _case("beschermd-wonen-plus-dijkmeer")
    naam = "Toekomstige bewoners van Beschermd wonen plus"
    plek = _plek(advies, naam)
    assert "ervaringsdeskundigen" in plek
    m = next(m for m in advies.mix if m.werkvorm == "ervaringsdeskundigen")
    assert any(o.startswith("Welke van de drie plekken") for o in m.onderwerpen)


def test_a_partner_whose_only_form_moves_gets_its_own_overleg() -> None:
    """JOP De Kolk: the police also sits at the afsprakentafel, after the decision. A form
    that fits the party (its own overleg) goes before pulling a form worked out after the
    decision to before it: the afsprakentafel stays after the decision."""
    advies = _case("jop-de-kolk")
    assert "partneroverleg" in _plek(advies, "Politie, wijkagent De Kolk")
    tafel = next(m for m in advies.mix if m.werkvorm == "afsprakentafel")
    assert tafel.fase is not None and tafel.fase.value == "uitwerken"


def test_no_ledenvergadering_when_the_inwoners_at_stake_oppose_the_initiator() -> None:
    """Review 35 (a natural burial ground): inwoners were promised 'meebeslissen' through the
    members' vote of the nature association that wants the burial ground, while the residents
    of the wood oppose it. The members' vote is not their decision; the advice says the form is
    missing instead of making it up."""
    advies = _case("natuurbegraafplaats-esveld")
    assert "ledenvergadering" not in [m.werkvorm for m in advies.mix]
    # the initiators' points follow the case's ambition (adviseren): no promise to lower
    assert all(o.trede.rang <= Trede.adviseren.rang for o in advies.trede.onderwerpen)

"""Who a point is about (review round 25, fault 1): the groups an open point concerns sit where
it is decided on; a group against the plan for another group never gets more than raadplegen
on that group's rights or allocation; the people the decision is about are at the raad's
hearing; a children's form carries no point about the buurt's use; a budget or a task is not
shared out by an organisation that has no stake of its own in it."""

from __future__ import annotations

from typing import Any

from helpers import maak
from test_mix_onderwerp import punt as open_punt
from test_mix_regels import KENNIS, feiten, keuze, ontwerp

from pionieren.analysis.mix.bereik import kan_voor, over_jeugd
from pionieren.analysis.mix.betrokken import betrokkenen, plan_is_voor, tegenstanders_van
from pionieren.analysis.mix.groepen import afspraak
from pionieren.analysis.mix.onderwerpen import onderwerpen, rechten
from pionieren.analysis.result import OnderwerpAdvies
from pionieren.input.model import Belanghebbende
from pionieren.vocabulary import Beslisser, Trede

TOEWIJZING = "Hoe de standplaatsen worden toegewezen (voorrang, de wachtlijst) in de verordening."
LOCATIE = "De eisen aan een nieuwe locatie."
BEWONERS: dict[str, Any] = {
    "naam": "Bewoners van de woonwagenlocaties Ketelstraat en De Bleek",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
    "meervoud": True,
}
WACHTLIJST: dict[str, Any] = {
    "naam": "Woningzoekenden op de wachtlijst",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
    "houding": "voor",
    "meervoud": True,
}
BUURTGROEP: dict[str, Any] = {
    "naam": "Buurtgroep Veldweg",
    "soort": "inwoners",
    "invloed": "middel",
    "belang": "hoog",
    "houding": "tegen",
}


def punt(tekst: str, trede: Trede, door: Beslisser | None = None) -> OnderwerpAdvies:
    return open_punt(tekst, trede).model_copy(update={"door": door})


def woonwagens(*extra: dict[str, Any]) -> Any:
    return maak(
        titel="Nieuwe standplaatsen voor woonwagens",
        omschrijving="De gemeente maakt beleid en een toewijzingsverordening voor standplaatsen.",
        belanghebbenden=[BEWONERS, WACHTLIJST, BUURTGROEP, *extra],
        kaders_open=[TOEWIJZING, LOCATIE],
    )


def partij(v: Any, naam: str) -> Belanghebbende:
    return next(p for p in v.belanghebbenden if p.naam == naam)


# ------------------------------------------------------------ who a point is about


def test_a_point_on_allocation_is_about_the_groups_it_names_and_the_plan_is_for() -> None:
    v = woonwagens()
    f = feiten(v)
    wie = {p.naam for p in betrokkenen(f, punt(TOEWIJZING, Trede.coproduceren))}
    # the waiting list by a word of its name; the residents because the plan is for woonwagens
    assert wie == {WACHTLIJST["naam"], BEWONERS["naam"]}
    assert plan_is_voor(f, partij(v, BEWONERS["naam"]))
    assert not plan_is_voor(f, partij(v, BUURTGROEP["naam"]))


def test_a_point_names_people_by_their_kind() -> None:
    v = maak(
        belanghebbenden=[
            {"naam": "Senioren Oost", "soort": "inwoners", "invloed": "laag", "belang": "hoog",
             "kenmerken": ["ouderen"]},
            {"naam": "Omwonenden", "soort": "inwoners", "invloed": "laag", "belang": "hoog"},
            {"naam": "Kinderen uit de buurt", "soort": "inwoners", "invloed": "laag",
             "belang": "hoog"},
            {"naam": "Winkeliers", "soort": "ondernemers", "invloed": "hoog", "belang": "hoog"},
        ]
    )  # fmt: skip
    f = feiten(v)
    hulp = punt("De hulpregeling voor ouderen.", Trede.adviseren)
    assert [p.naam for p in betrokkenen(f, hulp)] == ["Senioren Oost"]
    buurt = punt("Beheerafspraken met de buurt.", Trede.meebeslissen)
    # the buurt's children are a group of their own, not "the buurt"
    assert [p.naam for p in betrokkenen(f, buurt)] == ["Omwonenden"]


def test_an_opponent_of_the_plan_is_outside_only_on_a_point_about_rights() -> None:
    v = woonwagens()
    f = feiten(v)
    assert [p.naam for p in tegenstanders_van(f, punt(TOEWIJZING, Trede.coproduceren))] == [
        BUURTGROEP["naam"]
    ]
    # on the requirements for a location they may have their say like anyone
    assert tegenstanders_van(f, punt(LOCATIE, Trede.adviseren)) == []


# ------------------------------------------------------------ MIX-ONDERWERP / MIX-RECHTEN


def test_opponents_never_coproduce_the_allocation_of_the_group_they_oppose() -> None:
    v = woonwagens()
    toewijzing = punt(TOEWIJZING, Trede.coproduceren, Beslisser.raad)
    o = ontwerp(v, Trede.coproduceren, onderwerpen=[toewijzing, punt(LOCATIE, Trede.adviseren)])
    werkgroep = keuze(o, "cocreatie-werkgroep", BUURTGROEP["naam"])
    assert werkgroep.trede is Trede.coproduceren
    onderwerpen(o)
    (over,) = [k for k in o.keuzes if TOEWIJZING in k.onderwerpen]
    assert over is not werkgroep and not over.serves(BUURTGROEP["naam"])
    assert over.serves(BEWONERS["naam"]) and over.serves(WACHTLIJST["naam"])
    rechten(o)
    # the opponents' own table goes no higher than the other points allow: a form that
    # cannot go that low is not theirs
    assert all(
        k.trede.rang <= Trede.adviseren.rang for k in o.keuzes if k.serves(BUURTGROEP["naam"])
    )
    assert werkgroep not in o.keuzes or not werkgroep.serves(BUURTGROEP["naam"])


def test_a_table_of_opponents_is_capped_at_the_level_of_the_other_points() -> None:
    v = woonwagens()
    o = ontwerp(
        v,
        Trede.coproduceren,
        onderwerpen=[punt(TOEWIJZING, Trede.coproduceren), punt(LOCATIE, Trede.adviseren)],
    )
    tafel = keuze(o, "rondetafel", BUURTGROEP["naam"])  # raadplegen up to coproduceren
    assert tafel.trede is Trede.coproduceren
    rechten(o)
    assert tafel.trede is Trede.adviseren and "MIX-RECHTEN" in tafel.regels


def test_the_people_the_decision_is_about_are_at_the_raads_hearing() -> None:
    v = woonwagens()
    o = ontwerp(v, Trede.coproduceren, onderwerpen=[punt(TOEWIJZING, Trede.coproduceren)])
    hoorzitting = keuze(o, "hoorzitting-raad", BUURTGROEP["naam"])
    rechten(o)
    assert hoorzitting.serves(BEWONERS["naam"]) and hoorzitting.serves(WACHTLIJST["naam"])


FLATS: dict[str, Any] = {
    "naam": "Bewoners van de flats",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
    "bereikbaarheid": "matig",
    "kenmerken": ["migratieachtergrond", "laaggeletterd"],
}
ROLSTOEL: dict[str, Any] = {
    "naam": "Mensen met een rolstoel",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
    "bereikbaarheid": "moeilijk",
    "kenmerken": ["beperking"],
}


def test_the_raads_hearing_is_open_to_every_group_with_help_said_by_name() -> None:
    """Review 27 (Lindemeer): the hearing was "for all groups but" the flat residents."""
    v = woonwagens(FLATS, ROLSTOEL)
    o = ontwerp(v, Trede.adviseren, onderwerpen=[punt(LOCATIE, Trede.adviseren)])
    hoorzitting = keuze(o, "hoorzitting-raad", BUURTGROEP["naam"])
    rechten(o)
    (hulp,) = [r for r in hoorzitting.redenen if r.sleutel == "MIX-RECHTEN.hulp"]
    assert hulp.waarden == {"woorden": [FLATS["naam"]], "komen": [ROLSTOEL["naam"]]}
    # the help is said, not made a task of the griffie, which supports the raad (review 51b)
    from pionieren.knowledge.load import builtin
    from pionieren.teksten import Wording

    tekst = Wording(builtin().teksten).render(hulp.sleutel, hulp.waarden)
    assert "griffie" not in tekst and tekst.startswith("Regel daar uitleg in gewone woorden")


def test_the_help_at_the_hearing_fits_the_group_and_only_a_group_that_will_come() -> None:
    """Review 42d: 'hulp bij taal' for clients with a cognitive disability, and for farm
    workers with little at stake at a commissie on an omgevingsvisie."""
    zorg = {
        **ROLSTOEL,
        "naam": "Cliënten van de dagbesteding",
        "kenmerken": ["beperking", "clienten", "laaggeletterd"],
    }
    werkers = {
        **FLATS,
        "naam": "Arbeidsmigranten op de bedrijven",
        "belang": "laag",
        "kenmerken": ["migratieachtergrond"],
    }
    v = woonwagens(zorg, werkers)
    o = ontwerp(v, Trede.adviseren, onderwerpen=[punt(LOCATIE, Trede.adviseren)])
    hoorzitting = keuze(o, "hoorzitting-raad", BUURTGROEP["naam"])
    rechten(o)
    (hulp,) = [r for r in hoorzitting.redenen if r.sleutel == "MIX-RECHTEN.hulp"]
    assert hulp.waarden == {"begeleiding": [zorg["naam"]]}


def test_no_help_is_said_at_the_hearing_when_no_group_needs_it() -> None:
    o = ontwerp(woonwagens(), Trede.adviseren, onderwerpen=[punt(LOCATIE, Trede.adviseren)])
    hoorzitting = keuze(o, "hoorzitting-raad", BUURTGROEP["naam"])
    rechten(o)
    assert not [r for r in hoorzitting.redenen if r.sleutel == "MIX-RECHTEN.hulp"]


def test_an_agreement_for_the_buurt_seats_the_buurt() -> None:
    beheer = "Wie het beheert: afspraken met de buurt over een beheerder en een meldpunt."
    v = maak(kaders_open=[beheer], schaal="kern")
    o = ontwerp(v, Trede.meebeslissen, onderwerpen=[punt(beheer, Trede.meebeslissen)])
    keuze(o, "beheerafspraak", "Jongeren").trede = Trede.meebeslissen
    onderwerpen(o)
    (over,) = [k for k in o.keuzes if beheer in k.onderwerpen]
    assert over.serves("Omwonenden")


def test_a_childrens_form_carries_no_point_about_use_after_school() -> None:
    assert not over_jeugd("Wat er na schooltijd wel en niet mag op het plein.")
    assert over_jeugd("Het ontwerp en de keuze van speelelementen.")
    na_school = "Wat er na schooltijd wel en niet mag op het plein."
    v = maak(kaders_open=[na_school])
    o = ontwerp(v, Trede.adviseren, onderwerpen=[punt(na_school, Trede.adviseren)])
    kinderen = keuze(o, "kinderparticipatie", "Jongeren")
    kinderen.trede = Trede.adviseren
    onderwerpen(o)
    assert na_school not in kinderen.onderwerpen


def test_a_vulnerable_group_a_point_is_about_sits_at_the_trial() -> None:
    oud = {
        "naam": "Ouderen die slecht ter been zijn",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
        "kenmerken": ["ouderen", "beperking"],
        "bereikbaarheid": "moeilijk",
    }
    hulp = "De hulpregeling voor wie het afval niet zelf kan wegbrengen (ouderen)."
    basis = maak().model_dump(mode="json")["belanghebbenden"]
    v = maak(belanghebbenden=[*basis, oud], kaders_open=[hulp])
    zonder = ontwerp(v, Trede.adviseren)
    k = keuze(zonder, "pilot", "Omwonenden")
    afspraak(zonder)
    assert not k.serves(oud["naam"])  # no point about them: the gemeente speaks them apart
    o = ontwerp(v, Trede.adviseren, onderwerpen=[punt(hulp, Trede.adviseren)])
    k = keuze(o, "pilot", "Omwonenden")
    afspraak(o)
    assert k.serves(oud["naam"])


def test_an_organisation_without_a_stake_of_its_own_does_not_share_out_a_budget() -> None:
    budget = KENNIS.werkvorm("wijkbudget")
    school = {"naam": "Basisschool", "soort": "maatschappelijke_organisatie",
              "invloed": "middel", "belang": "middel", "houding": "voor"}  # fmt: skip
    v = maak(belanghebbenden=[school, {**school, "naam": "Dorpsraad", "belang": "hoog"}])
    assert not kan_voor(budget, partij(v, "Basisschool"))
    assert kan_voor(budget, partij(v, "Dorpsraad"))
    # a conversation is still for them
    assert kan_voor(KENNIS.werkvorm("rondetafel"), partij(v, "Basisschool"))


def test_a_generic_word_of_a_name_does_not_make_a_point_about_them() -> None:
    v = maak(
        belanghebbenden=[
            {"naam": "Inwoners van de rest van de gemeente", "soort": "inwoners",
             "invloed": "laag", "belang": "middel"},
            {"naam": "Buurtkinderen van andere scholen", "soort": "inwoners",
             "invloed": "laag", "belang": "middel"},
        ]
    )  # fmt: skip
    f = feiten(v)
    tekst = "Het gebruik van het gemeenschappelijke paviljoen; andere tijden."
    assert betrokkenen(f, punt(tekst, Trede.adviseren)) == []

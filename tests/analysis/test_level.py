"""Ladder level: cap, ambitie, warnings, commitment."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import advies_voor, maak

from pionieren.vocabulary import Trede


@pytest.mark.parametrize(
    ("ruimte", "plafond"),
    [
        ("geen", "informeren"),
        ("klein", "raadplegen"),
        ("middel", "adviseren"),
        ("groot", "meebeslissen"),
    ],
)
def test_cap_follows_room_for_influence(ruimte: str, plafond: str) -> None:
    advies = advies_voor(maak(kaders_beinvloedingsruimte=ruimte, ambitie="zelfbeheer"))
    assert advies.trede.maximaal == plafond
    assert advies.trede.advies == plafond


def test_zelfbeheer_only_for_initiatives_of_others_with_large_room() -> None:
    eigen = advies_voor(maak(kaders_beinvloedingsruimte="groot", initiatiefnemer="inwoners"))
    assert eigen.trede.maximaal is Trede.zelfbeheer
    gemeente = advies_voor(maak(kaders_beinvloedingsruimte="groot", initiatiefnemer="gemeente"))
    assert gemeente.trede.maximaal is Trede.meebeslissen


def test_decision_already_taken_caps_at_informeren() -> None:
    advies = advies_voor(
        maak(
            kaders_beinvloedingsruimte="groot",
            kaders_besluit_al_genomen=True,
            ambitie="meebeslissen",
        )
    )
    assert advies.trede.advies is Trede.informeren
    regels = {b.regel for b in advies.bevindingen}
    assert {"POORT-BESLUIT-GENOMEN", "TREDE-BOVEN-PLAFOND"} <= regels
    assert all(m.trede is Trede.informeren for m in advies.mix)


def test_ambition_above_cap_warns_and_says_what_to_do() -> None:
    advies = advies_voor(maak(ambitie="meebeslissen"))
    assert advies.trede.advies is Trede.adviseren
    assert advies.trede.gevraagd is Trede.meebeslissen
    (waarschuwing,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert waarschuwing.ernst == "waarschuwing"
    # who decides is not known: widening is for whoever decides, not a stock 'vergroot eerst'
    assert "Meer kan pas als wie erover beslist" in waarschuwing.tekst
    assert "niet meer; zeg dat in de uitnodiging" in waarschuwing.tekst
    college = advies_voor(maak(ambitie="meebeslissen", besluit={"door": "college"}))
    (w,) = [b for b in college.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "Meer kan pas als het college van B en W eerst de kaders verruimt" in w.tekst


def test_widening_is_advised_only_where_the_gemeente_can_widen_the_point() -> None:
    """Review 24 (JOP): 'Verruimen kan hier niet' for five points, three of them the
    college's own; only the burgemeester's two were out of reach."""
    advies = advies_voor(
        maak(
            ambitie="coproduceren",
            besluit={"door": "college"},
            kaders_open=[
                {"onderwerp": "De gebruiksafspraken in het convenant.", "ruimte": "middel"},
                {
                    "onderwerp": "Of er cameratoezicht komt.",
                    "ruimte": "klein",
                    "door": "burgemeester",
                },
            ],
        )
    )
    (w,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert w.waarden["verruimbaar"] == 1
    assert "Ruimer maken kan alleen op een deel ervan" in w.tekst
    assert "op een deel ervan, door het college van B en W" in w.tekst


def test_widening_names_no_body_when_the_points_have_different_deciders() -> None:
    """Review 42b (wijkbegroting): 'Meer kan pas als het college de kaders ruimer maakt' where
    the raad set the spelregels and decides one of the points itself."""
    advies = advies_voor(
        maak(
            ambitie="meebeslissen",
            besluit={"door": "college"},
            kaders_open=[
                {"onderwerp": "Hoe de stemming verloopt.", "ruimte": "middel"},
                {
                    "onderwerp": "Of de proef na 2027 blijft.",
                    "ruimte": "klein",
                    "door": "raad",
                    "uiterlijk": "2028-03-16",
                },
            ],
        )
    )
    (w,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "het college van B en W de kaders" not in w.tekst
    assert "de gemeenteraad de kaders" not in w.tekst
    assert "Meer kan pas als wie erover beslist" in w.tekst


def test_less_and_more_room_are_said_per_onderwerp_in_one_warning() -> None:
    """Review 22 (schoolplein): 'Vergroot eerst de ruimte' and 'blijft ver onder wat de
    kaders toelaten … Geef inwoners daar meer invloed' in one report."""
    advies = advies_voor(
        maak(
            ambitie="adviseren",
            besluit={"door": "college"},
            kaders_open=[
                {"onderwerp": "Het ontwerp van het plein.", "ruimte": "groot"},
                {"onderwerp": "De regels na schooltijd.", "ruimte": "klein"},
            ],
        )
    )
    assert not [b for b in advies.bevindingen if b.regel == "TREDE-ONDER-RUIMTE"]
    (w,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "De kaders laten hier minder toe: de regels na schooltijd." in w.tekst
    # the point with more room gets its own sentence and its own action, after the one for
    # the point with less (review 28: one sentence of sixty words that contradicted itself)
    assert "Meer invloed kan juist hier: het ontwerp van het plein (tot meebeslissen)" in w.tekst
    assert w.tekst.index("Beloof daar niet meer") < w.tekst.index("Meer invloed kan juist hier")
    assert "Geef inwoners daar meer invloed" not in w.tekst


def test_a_point_that_already_gets_its_room_is_not_said_to_be_held_back() -> None:
    """Review 22 (tiny houses): 'blijft ver onder wat de kaders toelaten' about an initiator's
    points that the advice already put at their room."""
    advies = advies_voor(
        maak(
            ambitie="raadplegen",
            initiatiefnemer="inwoners",
            besluit={"door": "college"},
            kaders_open=[
                {
                    "onderwerp": "Het beheer van de tuin.",
                    "ruimte": "groot",
                    "door": "initiatiefnemer",
                }
            ],
        )
    )
    (o,) = [o for o in advies.trede.onderwerpen if o.open]
    assert o.trede is o.maximaal
    assert not [b for b in advies.bevindingen if b.regel == "TREDE-ONDER-RUIMTE"]


def test_no_widening_when_the_law_decides() -> None:
    advies = advies_voor(
        maak(ambitie="meebeslissen", besluit={"door": "wetgever", "procedure": "herindeling"})
    )
    (waarschuwing,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "Ruimer maken kan niet" in waarschuwing.tekst
    assert "vergroot dan eerst de ruimte" not in waarschuwing.tekst
    assert all(o.trede.rang <= Trede.adviseren.rang for o in advies.trede.onderwerpen)


def test_level_per_onderwerp_and_informeren_for_what_is_fixed() -> None:
    advies = advies_voor(
        maak(
            ambitie=None,
            kaders_beinvloedingsruimte="middel",
            kaders_open=["De plek van de bankjes.", {"onderwerp": "De naam", "ruimte": "klein"}],
        )
    )
    treden = {o.onderwerp: o.trede for o in advies.trede.onderwerpen}
    assert treden["De plek van de bankjes."] is Trede.adviseren
    assert treden["De naam"] is Trede.raadplegen
    assert all(o.trede is Trede.informeren for o in advies.trede.onderwerpen if not o.open)


def test_ambition_far_below_room_is_said() -> None:
    advies = advies_voor(maak(ambitie="informeren", kaders_beinvloedingsruimte="middel"))
    assert any(b.regel == "TREDE-ONDER-RUIMTE" for b in advies.bevindingen)


def test_commitment_made_is_never_exceeded() -> None:
    advies = advies_voor(
        maak(
            ambitie="meebeslissen",
            kaders_beinvloedingsruimte="groot",
            besluit={"door": "raad", "toezegging": {"door": "raad", "trede": "raadplegen"}},
        )
    )
    assert advies.trede.advies is Trede.raadplegen
    teksten = [b.tekst for b in advies.bevindingen if b.regel == "TREDE-TOEZEGGING-VOORAF"]
    assert any("niet meer dan die toezegging" in t for t in teksten)


def test_ambition_within_cap_is_followed() -> None:
    advies = advies_voor(maak(ambitie="raadplegen"))
    assert advies.trede.advies is Trede.raadplegen
    assert not [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]


def test_without_ambition_the_cap_except_made_solutions() -> None:
    assert advies_voor(maak(ambitie=None)).trede.advies is Trede.adviseren
    groot = maak(ambitie=None, kaders_beinvloedingsruimte="groot")
    assert advies_voor(groot).trede.advies is Trede.meebeslissen
    maakbaar = maak(ambitie=None, kaders_beinvloedingsruimte="groot", soort="maakbaar")
    assert advies_voor(maakbaar).trede.advies is Trede.coproduceren


def test_binding_steps_without_council_frame_warn() -> None:
    advies = advies_voor(
        maak(
            kaders_beinvloedingsruimte="groot",
            ambitie="coproduceren",
            kaders_raad_kaders_gesteld=False,
        )
    )
    assert advies.trede.advies is Trede.coproduceren
    assert any(b.regel == "TREDE-KADERS-RAAD" for b in advies.bevindingen)
    zonder = advies_voor(maak(ambitie="adviseren", kaders_raad_kaders_gesteld=False))
    assert not any(b.regel == "TREDE-KADERS-RAAD" for b in zonder.bevindingen)


def test_commitment_of_the_advised_step_is_stated() -> None:
    advies = advies_voor(maak(ambitie="adviseren"))
    assert "waarom" in advies.trede.toezegging
    assert advies.trede.iap2 == "involve"


def test_a_point_another_party_decides_is_promised_by_that_party() -> None:
    """An initiator's own fund: its level and promise are the initiator's, not the gemeente's."""
    advies = advies_voor(
        maak(
            ambitie="meebeslissen",
            kaders_beinvloedingsruimte="klein",
            kaders_open=[
                "De plek van de ingang.",
                {"onderwerp": "Het omgevingsfonds", "ruimte": "groot", "door": "initiatiefnemer"},
            ],
            besluit={"door": "college"},
        )
    )
    fonds = next(o for o in advies.trede.onderwerpen if o.onderwerp == "Het omgevingsfonds")
    ingang = next(o for o in advies.trede.onderwerpen if o.onderwerp == "De plek van de ingang.")
    assert fonds.door == "initiatiefnemer" and ingang.door == "college"
    assert fonds.trede.rang > ingang.trede.rang
    # the gemeente designs for its own points; the fund does not raise its level
    assert advies.trede.advies == ingang.trede


def test_a_promise_made_beforehand_is_quoted_not_rewritten() -> None:
    tekst = "Wij nemen het advies over, tenzij zwaarwegende belangen zich verzetten."
    advies = advies_voor(
        maak(
            ambitie="meebeslissen",
            kaders_beinvloedingsruimte="groot",
            besluit={
                "door": "raad",
                "toezegging": {"door": "raad", "trede": "adviseren", "tekst": tekst},
            },
        )
    )
    (punt,) = [o for o in advies.trede.onderwerpen if o.open]
    assert punt.trede == Trede.adviseren and punt.toezegging == tekst
    assert punt.toegezegd  # made beforehand, not proposed by this advice
    (voorstel,) = [o for o in advies_voor(maak()).trede.onderwerpen if o.open]
    assert not voorstel.toegezegd


def test_a_commitment_binds_only_the_points_of_whoever_made_it() -> None:
    """The raad promised to consult on its own advice; the fund the initiator decides on is not
    capped by that promise (review: 'it stretches the raad's promise over every topic')."""
    advies = advies_voor(
        maak(
            ambitie="adviseren",
            kaders_beinvloedingsruimte="groot",
            kaders_open=[
                {"onderwerp": "Of het park er komt.", "ruimte": "middel"},
                {
                    "onderwerp": "De besteding van het fonds.",
                    "ruimte": "groot",
                    "door": "initiatiefnemer",
                },
            ],
            besluit={"door": "raad", "toezegging": {"door": "raad", "trede": "raadplegen"}},
        )
    )
    per = {o.onderwerp: o for o in advies.trede.onderwerpen if o.open}
    assert per["Of het park er komt."].trede.value == "raadplegen"
    # neither the raad's promise nor the gemeente's own ambition caps the initiator's fund:
    # the initiator can let the village decide (review round 14)
    assert (
        per["De besteding van het fonds."].trede.value == "adviseren"
    )  # the ambition, not the raad's raadplegen (review 38)


_GARANTIE = (
    "Het college stelt de voorwaarden van de garantstelling pas vast na advies van het dorp."
)
_PUNTEN = [
    {"onderwerp": "Hoe de gemeente huishoudens met een smalle beurs helpt.", "ruimte": "groot"},
    {"onderwerp": "De voorwaarden van de gemeentelijke garantstelling.", "ruimte": "klein"},
]


def _garantie(toegezegd: bool) -> Any:
    punten = [dict(p) for p in _PUNTEN]
    if toegezegd:
        punten[1]["toegezegd"] = True
    return maak(
        ambitie="coproduceren",
        kaders_beinvloedingsruimte="middel",
        kaders_open=punten,
        besluit={
            "door": "college",
            "toezegging": {"door": "college", "trede": "adviseren", "tekst": _GARANTIE},
        },
    )


def test_a_promise_marked_on_a_point_is_kept_there_even_above_its_room() -> None:
    """Review: the wethouder promised advice on the guarantee's conditions; the report dropped
    that point to raadplegen because its room was 'klein'."""
    advies = advies_voor(_garantie(toegezegd=True))
    per = {o.onderwerp: o for o in advies.trede.onderwerpen if o.open}
    garantie = per["De voorwaarden van de gemeentelijke garantstelling."]
    assert garantie.trede is Trede.adviseren and garantie.toegezegd
    assert garantie.toezegging == _GARANTIE
    # the promise is about that point only: it neither caps nor is quoted on the other one
    beurs = per["Hoe de gemeente huishoudens met een smalle beurs helpt."]
    assert beurs.trede is Trede.coproduceren and not beurs.toegezegd
    teksten = " ".join(b.tekst for b in advies.bevindingen)
    assert "houdt die toezegging aan op ‘De voorwaarden" in teksten
    assert "niet meer dan die toezegging" not in teksten


def test_a_promise_on_a_point_the_kaders_keep_lower_is_the_first_thing_to_settle() -> None:
    """Review 24 (Klaverveld): the wethouder promised to adapt the losloopgebied to the
    neighbourhood's choice; the report put that point at adviseren without a word."""
    advies = advies_voor(_garantie(toegezegd=False))
    per = {o.onderwerp: o for o in advies.trede.onderwerpen if o.open}
    assert per["De voorwaarden van de gemeentelijke garantstelling."].trede is Trede.raadplegen
    (strijd,) = [b for b in advies.bevindingen if b.sleutel == "TREDE-TOEZEGGING-VOORAF.strijdig"]
    assert strijd.ernst == "waarschuwing"
    assert "over de voorwaarden van de gemeentelijke garantstelling" in strijd.tekst
    assert "Houd u aan de toezegging en verruim daar de kaders" in strijd.tekst
    # the conflict is the first warning, and the point gets no second, stock one
    eerste = next(b for b in advies.bevindingen if b.ernst == "waarschuwing")
    assert eerste is strijd
    assert not [
        b
        for b in advies.bevindingen
        if b.regel == "TREDE-BOVEN-PLAFOND" and "garantstelling" in b.tekst
    ]
    # a promise that names no point in particular raises no question
    algemeen = maak(
        kaders_open=_PUNTEN,
        besluit={
            "door": "college",
            "toezegging": {"door": "college", "trede": "adviseren", "tekst": "Wij luisteren."},
        },
    )
    assert not [b for b in advies_voor(algemeen).bevindingen if b.sleutel.endswith("strijdig")]


def test_a_promise_on_a_point_is_followed_where_the_room_allows_it() -> None:
    """A promise made is not silently lowered by a lower ambition: on the point it names (by a
    word of that point alone), the advice keeps the promised step and quotes it."""
    tekst = "De wethouder beloofde dat de buurt meebeslist over de speelplek."
    advies = advies_voor(
        maak(
            ambitie="raadplegen",
            kaders_open=[
                {"onderwerp": "De inrichting van de speelplek.", "ruimte": "groot"},
                {"onderwerp": "De route van de vuilniswagen.", "ruimte": "groot"},
            ],
            besluit={
                "door": "college",
                "toezegging": {"door": "college", "trede": "meebeslissen", "tekst": tekst},
            },
        )
    )
    per = {o.onderwerp: o for o in advies.trede.onderwerpen if o.open}
    speelplek = per["De inrichting van de speelplek."]
    assert speelplek.trede is Trede.meebeslissen and speelplek.toegezegd
    assert speelplek.toezegging == tekst
    assert per["De route van de vuilniswagen."].trede is Trede.raadplegen


def test_a_college_promise_does_not_cap_what_the_raad_decides() -> None:
    advies = advies_voor(
        maak(
            ambitie="meebeslissen",
            kaders_beinvloedingsruimte="groot",
            besluit={"door": "raad", "toezegging": {"door": "college", "trede": "adviseren"}},
        )
    )
    assert advies.trede.advies is Trede.meebeslissen


def test_widening_is_blocked_only_by_a_contract_about_the_point_itself() -> None:
    """Review: 'Verruimen kan hier niet' was said of a social programme the gemeente owns,
    because an unrelated fixed point said that three blocks were already aanbesteed."""
    vast = ["De eerste drie blokken aan de Orionstraat zijn al aanbesteed in een bouwteam."]
    eigen = maak(
        ambitie="coproduceren",
        kaders_vast=vast,
        kaders_open=[
            {
                "onderwerp": "Welke onderdelen van het sociale programma voorgaan.",
                "ruimte": "middel",
            }
        ],
    )
    (w,) = [b for b in advies_voor(eigen).bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert w.waarden["kan_verruimen"] and "eerst de kaders verruimt" in w.tekst
    gebonden = maak(
        ambitie="coproduceren",
        kaders_vast=vast,
        kaders_open=[
            {"onderwerp": "De indeling van de blokken aan de Orionstraat.", "ruimte": "middel"}
        ],
    )
    (w,) = [b for b in advies_voor(gebonden).bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "Ruimer maken kan niet" in w.tekst


def test_no_widening_of_an_applicants_plan() -> None:
    advies = advies_voor(
        maak(
            ambitie="meebeslissen",
            initiatiefnemer="ondernemers",
            besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans"},
        )
    )
    (w,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "Ruimer maken kan niet" in w.tekst


def test_a_point_with_its_own_room_stays_open_after_the_decision() -> None:
    """Review (riool Vogelbuurt): the renewal is decided, but parking, waste and green during
    the works were open with a room of their own; the advice made them all 'informeren'."""
    advies = advies_voor(
        maak(
            kaders_beinvloedingsruimte="geen",
            kaders_besluit_al_genomen=True,
            kaders_open=[
                {"onderwerp": "Waar bewoners parkeren tijdens het werk.", "ruimte": "middel"},
                "De riolering zelf.",
            ],
        )
    )
    per = {o.onderwerp: o.trede for o in advies.trede.onderwerpen if o.open}
    assert per["Waar bewoners parkeren tijdens het werk."] is Trede.adviseren
    assert per["De riolering zelf."] is Trede.informeren
    (poort,) = [b for b in advies.bevindingen if b.regel == "POORT-BESLUIT-GENOMEN"]
    assert "Waar bewoners parkeren" in poort.tekst


def test_inwoners_own_a_point_only_when_they_are_the_initiator() -> None:
    """Review round 15: parents got 'zelfbeheer' over a school's identity that the school
    boards decide."""
    punt = {"onderwerp": "De naam en identiteit van de school.", "ruimte": "groot"}
    organisatie = advies_voor(
        maak(
            initiatiefnemer="maatschappelijke_organisatie",
            kaders_open=[{**punt, "door": "initiatiefnemer"}],
        )
    )
    (o,) = [o for o in organisatie.trede.onderwerpen if o.open]
    # meebeslissen, or one step lower where no werkvorm lets inwoners decide (TREDE-WERKVORM)
    assert Trede.meebeslissen in (o.trede, o.verlaagd_van)
    # the organisation's own regie is the room there: not lowered (review 22, dorpshuis:
    # 'kleiner … want meer ruimte is er niet' about the foundation's own domain)
    assert o.maximaal is Trede.zelfbeheer
    inwoners = advies_voor(
        maak(initiatiefnemer="inwoners", kaders_open=[{**punt, "door": "initiatiefnemer"}])
    )
    (o,) = [o for o in inwoners.trede.onderwerpen if o.open]
    assert o.trede is Trede.zelfbeheer


_ONTWIKKELAAR = {
    "naam": "Bouwbedrijf Noord",
    "soort": "ondernemers",
    "invloed": "hoog",
    "belang": "hoog",
    "initiatiefnemer": True,
}


def _aanvraag(**besluit: Any) -> Any:
    from helpers import BASIS

    return maak(
        initiatiefnemer="ondernemers",
        ambitie="coproduceren",
        kaders_beinvloedingsruimte="groot",
        kaders_open=[
            "De inrichting van het groen.",
            {"onderwerp": "De voorwaarden in de vergunning.", "door": "college"},
        ],
        belanghebbenden=[*BASIS["belanghebbenden"], _ONTWIKKELAAR],
        besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans", **besluit},
    )


def test_the_content_of_an_applicants_plan_is_promised_by_the_applicant() -> None:
    """Review 18: the college promised to co-produce a developer's design it tests itself."""
    advies = advies_voor(_aanvraag(participatie_verplicht=True, raad_bindend_advies=True))
    per = {o.onderwerp: o for o in advies.trede.onderwerpen if o.open}
    groen = per["De inrichting van het groen."]
    assert groen.door == "initiatiefnemer" and groen.partij == "Bouwbedrijf Noord"
    assert groen.trede is Trede.coproduceren  # the gemeente's ambition still holds for it
    # a point the case gives to the college stays the college's
    assert per["De voorwaarden in de vergunning."].door == "college"
    # the college's own commitment: how it tests the participation report
    assert advies.trede.toets_deel is not None
    assert "participatieverslag" in advies.trede.toets and "bindend advies" in advies.trede.toets
    assert "TREDE-TOETS" in advies.trede.regels
    # where the gemeente itself leads, nothing changes
    eigen = advies_voor(maak(besluit={"door": "college"}))
    assert all(o.door == "college" for o in eigen.trede.onderwerpen if o.open)
    assert eigen.trede.toets_deel is None


def test_a_divided_choice_the_raad_makes_is_consulted_and_the_consequences_keep_their_room() -> (
    None
):
    """Review 18 (zwembaden): 'advise' on which of two pools stays open, while transport and
    pool hours (room groot) dropped to consult under the college's promise."""
    punten = [
        {"onderwerp": "Welk van de twee baden openblijft.", "ruimte": "middel"},
        {"onderwerp": "Het vervoer naar het bad.", "ruimte": "groot", "door": "college"},
    ]
    toezegging = {"door": "college", "trede": "raadplegen", "tekst": "U kunt reageren."}
    vraag = maak(
        ambitie="adviseren",
        polarisatie=5,
        kaders_open=punten,
        besluit={"door": "raad", "toezegging": toezegging},
    )
    per = {o.onderwerp: o for o in advies_voor(vraag).trede.onderwerpen if o.open}
    keuze = per["Welk van de twee baden openblijft."]
    assert keuze.trede is Trede.raadplegen and keuze.door == "raad"
    assert "per standpunt" in keuze.toezegging
    # the college's promise about its proposal to the raad does not cap its own later point
    assert per["Het vervoer naar het bad."].trede is Trede.adviseren
    # calm case: no lowering; and the field keuze overrides the text either way
    rustig = maak(ambitie="adviseren", polarisatie=2, kaders_open=punten[:1])
    assert advies_voor(rustig).trede.onderwerpen[0].trede is Trede.adviseren
    geen_keuze = maak(
        ambitie="adviseren",
        polarisatie=5,
        besluit={"door": "raad"},
        kaders_open=[{**punten[0], "keuze": False}],
    )
    assert advies_voor(geen_keuze).trede.onderwerpen[0].trede is Trede.adviseren
    # a raad's own commitment on the point says otherwise: it holds
    raad = maak(
        ambitie="adviseren",
        polarisatie=5,
        kaders_open=punten[:1],
        besluit={"door": "raad", "toezegging": {"door": "raad", "trede": "adviseren"}},
    )
    assert advies_voor(raad).trede.onderwerpen[0].trede is Trede.adviseren


def test_another_body_is_named() -> None:
    advies = advies_voor(
        maak(
            kaders_open=[
                {
                    "onderwerp": "Het provinciale stuk van de weg.",
                    "door": "anders",
                    "partij": "de provincie",
                }
            ]
        )
    )
    (punt,) = [o for o in advies.trede.onderwerpen if o.open]
    assert punt.partij == "de provincie"


def test_a_named_party_needs_another_body() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        maak(kaders_open=[{"onderwerp": "De weg.", "door": "college", "partij": "de provincie"}])


def test_the_neighbours_objections_are_a_condition_of_the_gemeente() -> None:
    """Review 18 (buurtmoestuin): the initiators got zelfbeheer over the objections of others."""
    advies = advies_voor(
        maak(
            initiatiefnemer="inwoners",
            ambitie="zelfbeheer",
            kaders_beinvloedingsruimte="groot",
            kaders_open=[
                "Ontwerp van de tuin.",
                "Hoe bezwaren van direct omwonenden worden meegenomen.",
            ],
            besluit={"door": "initiatiefnemer", "procedure": "privaatrechtelijk"},
        )
    )
    per = {o.onderwerp: o for o in advies.trede.onderwerpen if o.open}
    bezwaren = per["Hoe bezwaren van direct omwonenden worden meegenomen."]
    assert bezwaren.door == "college" and bezwaren.trede is Trede.adviseren
    assert "overeenkomst" in bezwaren.toezegging
    assert per["Ontwerp van de tuin."].trede is Trede.zelfbeheer
    assert not [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]


def test_the_other_body_is_named_when_the_onderwerp_names_one_party() -> None:
    """'door: anders' without 'partij': the advice names the one organisation or authority the
    onderwerp itself names, also through a longer word ('provinciale' for 'Provincie')."""
    from pionieren.analysis.level import noemt

    assert noemt("Snelheid op de provinciale weg door het dorp", "Provincie Gelderland")
    assert noemt("Of Eemhoven Wonen het regenwater afkoppelt", "Woningcorporatie Eemhoven Wonen")
    assert not noemt("De halte van buslijn 12", "Provincie als concessieverlener")
    assert not noemt("Wat de bewoners van de wijk willen", "Bewoners van de wijk")
    partij = {
        "naam": "Provincie Gelderland",
        "soort": "overheid",
        "invloed": "hoog",
        "belang": "middel",
    }
    buur = {
        "naam": "Bewoners van de provinciale weg",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": "hoog",
    }
    open_ = [
        {
            "onderwerp": "De inrichting van het provinciale stuk.",
            "ruimte": "middel",
            "door": "anders",
        }
    ]
    advies = advies_voor(maak(belanghebbenden=[partij, buur], kaders_open=open_))
    (onderwerp,) = [o for o in advies.trede.onderwerpen if "provinciale" in o.onderwerp]
    assert onderwerp.partij == "Provincie Gelderland"
    twee = {**partij, "naam": "Provinciale Staten"}
    advies = advies_voor(maak(belanghebbenden=[partij, twee, buur], kaders_open=open_))
    (onderwerp,) = [o for o in advies.trede.onderwerpen if "provinciale" in o.onderwerp]
    assert onderwerp.partij == ""


def test_the_room_on_the_burgemeesters_own_powers_is_not_widened() -> None:
    """A point the burgemeester decides under his own powers: the advice does not say 'vergroot
    eerst de ruimte', since that room is his by law."""
    from pionieren.analysis.result import Ernst

    open_ = [
        {
            "onderwerp": "Waar tijdelijk cameratoezicht komt.",
            "ruimte": "klein",
            "door": "burgemeester",
        },
        {"onderwerp": "De inrichting van het plein.", "ruimte": "middel"},
    ]
    advies = advies_voor(maak(ambitie="adviseren", kaders_open=open_))
    (plafond,) = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert plafond.ernst is Ernst.waarschuwing
    assert plafond.waarden["kan_verruimen"] is False


def test_a_binding_promise_about_money_names_the_raads_budget_right() -> None:
    """Review 22 (warmtenet): 'wij houden ons aan de oplossing die we samen kiezen' about a
    money arrangement, without the raad's budgetrecht."""
    vraagstuk = maak(
        ambitie="coproduceren",
        besluit={"door": "college"},
        kaders_open=[
            {"onderwerp": "Hoe de gemeente helpt met de aansluitbijdrage.", "ruimte": "groot"},
            {"onderwerp": "De inrichting van het plein.", "ruimte": "groot"},
        ],
    )
    advies = advies_voor(vraagstuk)
    per = {o.onderwerp: o for o in advies.trede.onderwerpen if o.open}
    assert per["Hoe de gemeente helpt met de aansluitbijdrage."].budgetrecht
    assert not per["De inrichting van het plein."].budgetrecht
    from pionieren.knowledge.load import builtin
    from pionieren.report.render import render

    tekst = render(advies, vraagstuk, builtin(), "md", "x.yaml").decode("utf-8")
    assert "Over geld buiten de begroting beslist de raad (budgetrecht)." in tekst
    assert "TREDE-BUDGETRECHT" in advies.trede.regels
    # a step that binds nothing needs no such sentence
    raad = advies_voor(
        maak(
            ambitie="adviseren",
            besluit={"door": "college"},
            kaders_open=[{"onderwerp": "De hoogte van de subsidie.", "ruimte": "groot"}],
        )
    )
    assert not any(o.budgetrecht for o in raad.trede.onderwerpen)


def test_the_other_party_is_named_from_the_form_it_runs_in_the_case() -> None:
    """Review 24 (Klaverveld): 'Een partij buiten de gemeente (noem haar in het
    participatieplan)' for the wijkbudget, which the case says Wijkplatform De Hoven runs."""
    platform = {
        "naam": "Wijkplatform De Hoven",
        "soort": "maatschappelijke_organisatie",
        "invloed": "hoog",
        "belang": "middel",
        "houding": "neutraal",
    }
    vraagstuk = maak(
        kaders_open=[
            {
                "onderwerp": "Of het wijkbudget naar dit plan gaat.",
                "ruimte": "groot",
                "door": "anders",
            }
        ],
        werkvormen=[{"id": "wijkbudget", "status": "besloten", "door": "Wijkplatform De Hoven"}],
    )
    vraagstuk = vraagstuk.model_copy(
        update={
            "belanghebbenden": [
                *vraagstuk.belanghebbenden,
                type(vraagstuk.belanghebbenden[0]).model_validate(platform),
            ]
        }
    )
    (o,) = [o for o in advies_voor(vraagstuk).trede.onderwerpen if o.open]
    assert o.partij == "Wijkplatform De Hoven"


def test_a_point_under_another_bodys_main_decision_is_not_given_to_a_namesake() -> None:
    """New case (a provincial road): with the main decision 'door: anders', a point without
    its own decider is the other body's, the authority the case marks as initiator; a street
    name the point shares with shopkeepers 'langs de Dorpsstraat' does not make them the
    decider."""
    provincie = {
        "naam": "Provincie Gelderland",
        "soort": "overheid",
        "invloed": "hoog",
        "belang": "hoog",
        "initiatiefnemer": True,
    }
    winkels = {
        "naam": "Winkels langs de Dorpsstraat",
        "soort": "ondernemers",
        "invloed": "laag",
        "belang": "hoog",
    }
    open_ = [{"onderwerp": "Hoe de Dorpsstraat eruitziet.", "ruimte": "middel"}]
    besluit = {"door": "anders", "procedure": "anders"}
    advies = advies_voor(
        maak(belanghebbenden=[provincie, winkels], kaders_open=open_, besluit=besluit)
    )
    (punt,) = [o for o in advies.trede.onderwerpen if o.open]
    assert punt.partij == "Provincie Gelderland"
    # no authority marked as initiator: the advice does not guess
    zonder = {**provincie, "initiatiefnemer": False}
    advies = advies_voor(
        maak(belanghebbenden=[zonder, winkels], kaders_open=open_, besluit=besluit)
    )
    (punt,) = [o for o in advies.trede.onderwerpen if o.open]
    assert punt.partij == ""


def _botst(**velden: Any) -> list[str]:
    return [
        b.tekst
        for b in advies_voor(maak(**velden)).bevindingen
        if b.regel == "TREDE-TOEZEGGING-BOTST"
    ]


def test_a_promise_that_nobody_loses_is_checked_against_every_option_and_a_fixed_cut() -> None:
    """Reviews 42a/c/d (sporthallen): 'geen club raakt haar uren kwijt' clashed with the option
    'beide hallen open met minder uren' and with the fixed cut, and the report never said so."""
    belofte = {
        "door": "college",
        "trede": "adviseren",
        "tekst": "De wethouder zei toe: geen club raakt haar uren kwijt zonder vervangende uren.",
    }
    keuze = {
        "onderwerp": "Of de gemeente beide hallen openhoudt, met minder uren, of De Vlasakker "
        "sluit.",
        "ruimte": "middel",
    }
    (tekst,) = _botst(
        ambitie="adviseren",
        besluit={"door": "raad", "toezegging": belofte},
        kaders_open=[keuze],
        kaders_vast=["Vanaf 2029 geeft de gemeente elk jaar 310.000 euro minder uit aan sport."],
    )
    assert "‘geen club raakt haar uren kwijt zonder vervangende uren’" in tekst
    assert "de mogelijkheid dat de gemeente beide hallen openhoudt, met minder uren, en" in tekst
    assert "wat vastligt: ‘Vanaf 2029 geeft de gemeente" in tekst
    # the promise stays with the college; the raad, who chooses, must hear it before it does
    assert "Laat het college van B en W vóór de uitnodiging zeggen" in tekst
    assert "aan de gemeenteraad, vóór die kiest" in tekst
    # an option that takes away something else, without a fixed cut: no clash
    ander = {**keuze, "onderwerp": "Of de hal openblijft met minder parkeerplaatsen."}
    assert _botst(besluit={"door": "raad", "toezegging": belofte}, kaders_open=[ander]) == []
    # a promise about how advice is used promises nobody keeps anything: no clash
    gewoon = {**belofte, "tekst": "Het college legt per advies uit wat het ermee doet."}
    assert _botst(besluit={"door": "raad", "toezegging": gewoon}, kaders_open=[keuze]) == []

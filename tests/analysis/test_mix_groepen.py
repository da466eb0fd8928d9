"""Who sits at which werkvorm: every party at an agreement or a trial (MIX-AFSPRAAK), vulnerable
groups apart from opponents (MIX-APART), no gap named for a group that sits in a werkvorm
(MIX-INCLUSIE), a choice promised to the whole street (MIX-BESLUITEN) and a concrete way to
hard-to-reach groups (BELANG-INCLUSIE)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import BASIS, DATUM, advies_voor, maak
from test_mix_onderwerp import punt

from pionieren.analysis import level
from pionieren.analysis.decision import decide
from pionieren.analysis.facts import Feiten, bevinding
from pionieren.analysis.mix.bereik import eigen_groep, gaat_erheen
from pionieren.analysis.mix.groepen import afspraak, kanten, partij_bij_afspraak
from pionieren.analysis.mix.inclusie import inclusie_nagaan
from pionieren.analysis.mix.kwetsbaar import apart
from pionieren.analysis.mix.ontwerp import Keuze, Ontwerp
from pionieren.analysis.result import Ernst
from pionieren.analysis.stakeholders import analyse_stakeholders
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Modus, Trede

KENNIS = builtin()

TEGEN = {
    "naam": "Omwonenden van het veld",
    "soort": "inwoners",
    "invloed": "middel",
    "belang": "hoog",
    "houding": "tegen",
}
POLITIE = {"naam": "Politie", "soort": "overheid", "invloed": "hoog", "belang": "middel"}
GEBRUIKERS = {
    "naam": "Jongeren op het plein",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
    "houding": "voor",
    "kenmerken": ["jongeren"],
}
SPOEDZOEKERS = {
    "naam": "Spoedzoekers",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
    "bereikbaarheid": "moeilijk",
}
ADVIESRAAD = {"naam": "Wijkraad", "soort": "adviesorgaan", "invloed": "middel", "belang": "hoog"}
FRACTIE = {"naam": "Fractie Stadsbelang", "soort": "politiek", "invloed": "hoog", "belang": "hoog"}


def met(*extra: dict[str, Any], **wijzigingen: Any) -> Vraagstuk:
    basis = maak().model_dump(mode="json")["belanghebbenden"]
    return maak(belanghebbenden=[*basis, *extra], **wijzigingen)


def ontwerp(v: Vraagstuk) -> Ontwerp:
    f = Feiten(vraagstuk=v, kennis=KENNIS, datum=DATUM)
    besluit, _ = decide(f)
    advies = level.advise(f, besluit)[0].advies
    analyse, _ = analyse_stakeholders(f, advies)
    return Ontwerp.begin(f, advies, analyse, besluit)


def keuze(o: Ontwerp, id: str, *voor: str) -> Keuze:
    k = o.kies(KENNIS.werkvorm(id), Modus.denken)
    k.add(list(voor), None, "TEST")
    return k


# ----------------------------------------------------------------------- MIX-AFSPRAAK


def test_a_convenant_seats_every_party_above_all_the_opposing_side() -> None:
    o = ontwerp(met(TEGEN, POLITIE, GEBRUIKERS, SPOEDZOEKERS, ADVIESRAAD, FRACTIE))
    k = keuze(o, "afsprakentafel", "Jongeren op het plein")
    afspraak(o)
    assert "Omwonenden van het veld" in k.voor  # the opposing side
    assert {"Winkeliers", "Politie", "Omwonenden", "Buurtvereniging"} <= set(k.voor)
    # not the raad, not an advisory body, not a vulnerable group, not a low stake
    assert not {"Fractie Stadsbelang", "Wijkraad", "Spoedzoekers", "Brandweer"} & set(k.voor)
    assert "MIX-AFSPRAAK" in k.regels


def test_a_trial_seats_the_group_it_is_about() -> None:
    o = ontwerp(met(TEGEN, GEBRUIKERS))
    k = keuze(o, "pilot", "Omwonenden van het veld")
    afspraak(o)
    assert "Jongeren op het plein" in k.voor


def test_a_form_for_one_side_is_left_as_it_is() -> None:
    o = ontwerp(met(TEGEN, GEBRUIKERS))
    k = keuze(o, "keuze-uit-ontwerpen", "Jongeren op het plein")
    afspraak(o)
    assert k.voor == ["Jongeren op het plein"]


def test_party_to_an_agreement() -> None:
    from pionieren.input.model import Belanghebbende

    def p(**velden: Any) -> Belanghebbende:
        return Belanghebbende.model_validate({"naam": "X", "soort": "inwoners", **velden})

    assert partij_bij_afspraak(p(invloed="laag", belang="hoog"))
    assert partij_bij_afspraak(p(invloed="middel", belang="middel"))
    assert partij_bij_afspraak(p(invloed="laag", belang="middel", houding="tegen"))
    assert not partij_bij_afspraak(p(invloed="laag", belang="middel"))
    assert not partij_bij_afspraak(p(invloed="hoog", belang="laag"))


# -------------------------------------------------------------------------- MIX-APART


VOOR_HEN = "Wij willen op het veld tijdelijke woningen bouwen voor starters en voor spoedzoekers."


def test_vulnerable_group_leaves_a_gathering_with_opponents_and_gets_its_own_form() -> None:
    o = ontwerp(met(TEGEN, SPOEDZOEKERS, omschrijving=VOOR_HEN))
    k = keuze(o, "klankbordgroep", "Omwonenden van het veld", "Spoedzoekers")
    apart(o)
    assert not k.serves("Spoedzoekers")
    eigen = [x for x in o.keuzes if x.serves("Spoedzoekers")]
    assert eigen and all("MIX-APART" in x.regels for x in eigen)
    assert all(not x.serves("Omwonenden van het veld") for x in eigen)
    assert all(gaat_erheen(x.werkvorm) for x in eigen)


def test_vulnerable_group_stays_in_a_gathering_without_opponents() -> None:
    o = ontwerp(met(TEGEN, SPOEDZOEKERS, omschrijving=VOOR_HEN))
    k = keuze(o, "klankbordgroep", "Winkeliers", "Spoedzoekers")
    apart(o)
    assert k.serves("Spoedzoekers")
    assert "MIX-APART" not in k.regels


def test_a_survey_with_opponents_is_no_gathering() -> None:
    o = ontwerp(met(TEGEN, SPOEDZOEKERS, omschrijving=VOOR_HEN))
    k = keuze(o, "enquete", "Omwonenden van het veld", "Spoedzoekers")
    apart(o)
    assert k.serves("Spoedzoekers")


FLATS = {
    "naam": "Bewoners van de flats",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
    "bereikbaarheid": "matig",
    "kenmerken": ["migratieachtergrond", "laaggeletterd"],
}
PETITIE = {**TEGEN, "naam": "Initiatiefnemers van de petitie"}


def test_an_accessible_form_is_not_shared_with_organised_opponents() -> None:
    """Review 27 (Lindemeer): the petitioners sat in the form with a tolk and pictures for the
    flat residents, although the plan is not "for" them."""
    o = ontwerp(met(PETITIE, FLATS))
    gedeeld = keuze(o, "sleutelfiguren", PETITIE["naam"], FLATS["naam"])
    gedeeld.inclusie.append(FLATS["naam"])
    eigen = keuze(o, "keukentafelgesprek", FLATS["naam"])
    apart(o)
    assert not gedeeld.serves(FLATS["naam"]) and gedeeld.serves(PETITIE["naam"])
    # the route and the language help go with them
    assert eigen.serves(FLATS["naam"]) and FLATS["naam"] in eigen.inclusie


def test_organised_opponents_heard_elsewhere_leave_the_accessible_form() -> None:
    from pionieren.analysis.result import deel

    o = ontwerp(met(PETITIE, FLATS))
    gedeeld = keuze(o, "sleutelfiguren", FLATS["naam"])
    gedeeld.add([PETITIE["naam"]], deel("MIX-VERDIEPING.gekozen", organisaties=False,
                sleutelspelers=[PETITIE["naam"]], tegen=[PETITIE["naam"]]), "TEST")  # fmt: skip
    elders = keuze(o, "enquete", PETITIE["naam"])
    elders.trede = Trede.raadplegen
    apart(o)
    assert gedeeld.serves(FLATS["naam"]) and not gedeeld.serves(PETITIE["naam"])
    (reden,) = [r for r in gedeeld.redenen if r.sleutel == "MIX-VERDIEPING.gekozen"]
    assert reden.waarden["sleutelspelers"] == [] and reden.waarden["tegen"] == []
    assert elders.serves(PETITIE["naam"])


@pytest.mark.parametrize(
    "tegen",
    [
        {**PETITIE, "invloed": "laag"},  # not organised: no influence
        {**PETITIE, "houding": "neutraal"},
    ],
)
def test_an_accessible_form_is_shared_with_others_than_organised_opponents(
    tegen: dict[str, Any],
) -> None:
    o = ontwerp(met(tegen, FLATS))
    gedeeld = keuze(o, "sleutelfiguren", PETITIE["naam"], FLATS["naam"])
    apart(o)
    assert gedeeld.serves(FLATS["naam"])


def test_a_form_that_does_not_reach_them_is_no_accessible_form() -> None:
    o = ontwerp(met(PETITIE, FLATS))
    k = keuze(o, "enquete", PETITIE["naam"], FLATS["naam"])
    apart(o)
    assert k.serves(FLATS["naam"])


def test_nobody_is_taken_off_the_raads_hearing() -> None:
    o = ontwerp(met(TEGEN, SPOEDZOEKERS, omschrijving=VOOR_HEN))
    k = keuze(o, "hoorzitting-raad", "Omwonenden van het veld", "Spoedzoekers")
    apart(o)
    assert k.serves("Spoedzoekers")


# ----------------------------------------------------------------------- MIX-INCLUSIE


def _gat(naam: str) -> Any:
    return bevinding(
        "MIX-INCLUSIE",
        Ernst.waarschuwing,
        naam=naam,
        via="",
        kenmerken=[],
        in_werkvormen=[],
        meervoud=True,
    )


def test_no_gap_is_named_for_a_group_a_later_form_reaches() -> None:
    o = ontwerp(met(SPOEDZOEKERS))
    o.bevindingen.append(_gat("Spoedzoekers"))
    k = keuze(o, "keukentafelgesprek", "Spoedzoekers")
    inclusie_nagaan(o)
    assert not [b for b in o.bevindingen if b.regel == "MIX-INCLUSIE"]
    assert "Spoedzoekers" in k.inclusie


def test_a_group_seated_in_a_form_that_does_not_reach_it_is_told_so() -> None:
    o = ontwerp(met(SPOEDZOEKERS))
    o.bevindingen.append(_gat("Spoedzoekers"))
    keuze(o, "rondetafel", "Spoedzoekers")
    inclusie_nagaan(o)
    (b,) = [b for b in o.bevindingen if b.regel == "MIX-INCLUSIE"]
    assert b.waarden["in_werkvormen"] == ["rondetafelgesprek met belanghebbenden"]
    tekst = KENNIS.wording.render(b.sleutel, b.waarden)
    assert tekst.startswith("Spoedzoekers staan in het rondetafelgesprek")
    assert "Geen werkvorm" not in tekst


# ---------------------------------------------------------------------- MIX-BESLUITEN


def test_a_choice_promised_to_the_buurt_is_not_narrowed_to_the_children() -> None:
    v = met(
        TEGEN,
        {
            "naam": "Kinderen",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "kenmerken": ["kinderen"],
        },
    )
    w = KENNIS.werkvorm("keuze-uit-ontwerpen")
    partijen = [p for p in v.belanghebbenden if p.naam in ("Kinderen", "Omwonenden van het veld")]
    buurt = "Als de buurt tot een keuze komt, voert de gemeente die uit."
    jeugd = "De kinderen kiezen zelf hoe de speelplek wordt ingericht."
    assert [p.naam for p in eigen_groep(w, partijen, buurt)] == [p.naam for p in partijen]
    assert [p.naam for p in eigen_groep(w, partijen, jeugd)] == ["Kinderen"]
    assert [p.naam for p in eigen_groep(w, partijen)] == ["Kinderen"]


# -------------------------------------------------------------------- BELANG-INCLUSIE


def test_no_empty_trusted_persons_phrase() -> None:
    wording = KENNIS.wording
    zonder = wording.render("BELANG-AANPAK.naar_hen_toe", {"via": ""})
    assert "vertrouwde personen" not in zonder
    assert zonder == "zelf opzoeken; vraag wie zij vertrouwen"
    met_weg = wording.render("BELANG-AANPAK.naar_hen_toe", {"via": "de huismeester."})
    assert met_weg == "zelf opzoeken, via de huismeester"


def test_ervaringsdeskundigen_are_spoken_not_replaced_by_personas() -> None:
    w = KENNIS.werkvorm("ervaringsdeskundigen")
    assert "persona" not in w.naam.lower()
    assert w.trede_tot(Trede.adviseren) is Trede.adviseren


def test_a_vulnerable_group_against_the_plan_sits_with_its_allies() -> None:
    tegen = {**SPOEDZOEKERS, "houding": "tegen"}
    o = ontwerp(met(TEGEN, tegen, omschrijving=VOOR_HEN))
    k = keuze(o, "klankbordgroep", "Omwonenden van het veld", "Spoedzoekers")
    apart(o)
    assert k.serves("Spoedzoekers")


def test_a_plan_not_for_them_keeps_them_at_the_table() -> None:
    # the case does not say the plan is for them: the opponents are not theirs
    o = ontwerp(met(TEGEN, SPOEDZOEKERS))
    k = keuze(o, "klankbordgroep", "Omwonenden van het veld", "Spoedzoekers")
    apart(o)
    assert k.serves("Spoedzoekers")


def test_another_vulnerable_group_against_the_plan_is_no_opponent() -> None:
    clienten = {**SPOEDZOEKERS, "naam": "Cliënten", "houding": "tegen", "kenmerken": ["clienten"]}
    o = ontwerp(met(clienten, SPOEDZOEKERS, omschrijving=VOOR_HEN))
    k = keuze(o, "klankbordgroep", "Cliënten", "Spoedzoekers")
    apart(o)
    assert k.serves("Spoedzoekers")


# ------------------------------------------------------------------------ MIX-PLAFOND


@pytest.mark.parametrize(
    ("onderwerp", "belang", "trede"),
    [
        # the place is theirs: the children design it as strongly as the adults
        ("Het ontwerp van het speelplein.", "hoog", Trede.coproduceren),
        # no point is about them: a form only for children stays at adviseren
        ("De bouwhoogte van het blok.", "hoog", Trede.adviseren),
        # a point that names the playground, but no children have a large stake: it is not
        # their place (review 50: drawings 'coproduceren' at a night shelter)
        ("Het ontwerp van het speelplein.", "middel", Trede.adviseren),
    ],
)
def test_a_form_only_for_children_goes_as_high_as_a_point_about_them(
    onderwerp: str, belang: str, trede: Trede
) -> None:
    kinderen = {
        "naam": "Kinderen uit de buurt",
        "soort": "inwoners",
        "invloed": "laag",
        "belang": belang,
        "kenmerken": ["kinderen"],
    }
    o = ontwerp(maak(ambitie="coproduceren", belanghebbenden=[*BASIS["belanghebbenden"], kinderen]))
    o.advies = Trede.coproduceren
    o.onderwerpen = [punt(onderwerp, Trede.coproduceren)]
    assert o.kies(KENNIS.werkvorm("kinderparticipatie"), Modus.denken).trede is trede
    assert o.kies(KENNIS.werkvorm("ontwerpatelier"), Modus.denken).trede is Trede.coproduceren


# ------------------------------------------------------------------------- MIX-KANTEN

TWEE = "Het nieuws leidde tot twee actiecomités, elk voor het bad in het eigen dorp."
COMITE = {"soort": "inwoners", "invloed": "middel", "belang": "hoog", "houding": "tegen"}


@pytest.mark.parametrize(
    ("comites", "gevonden"),
    [
        ([{**COMITE, "naam": "Actiecomité Houd het Reggebad Open"}], True),
        (
            [
                {**COMITE, "naam": "Actiecomité Houd het Reggebad Open"},
                {**COMITE, "naam": "Actiecomité Red De Spetter"},
            ],
            False,
        ),
        ([{**COMITE, "naam": "Actiecomité Reggebad en Actiecomité Spetter"}], False),
    ],
)
def test_every_organised_side_the_case_counts_is_on_the_map(
    comites: list[dict[str, Any]], gevonden: bool
) -> None:
    o = ontwerp(met(*comites, aanleiding=TWEE))
    kanten(o)
    kant = [b for b in o.bevindingen if b.regel == "MIX-KANTEN"]
    assert bool(kant) is gevonden
    if gevonden:
        tekst = KENNIS.wording.render(kant[0].sleutel, kant[0].waarden)
        assert tekst.startswith("Het vraagstuk noemt twee actiecomités")
        assert "alleen Actiecomité Houd het Reggebad Open" in tekst


DORPEN = "De twee dorpsraden vroegen een eigen advies over het tracé."
RAAD = {"soort": "adviesorgaan", "invloed": "middel", "belang": "hoog", "houding": "neutraal"}


@pytest.mark.parametrize(
    ("raden", "gevonden"),
    [
        ([{**RAAD, "naam": "Dorpsraad Wetering"}], True),
        # a village's own association is its dorpsraad (review 48c)
        (
            [{**RAAD, "naam": "Dorpsraad Wetering"}, {**RAAD, "naam": "Dorpsbelangen Hoogbroek"}],
            False,
        ),
    ],
)
def test_a_dorpsbelangen_association_counts_as_a_dorpsraad(
    raden: list[dict[str, Any]], gevonden: bool
) -> None:
    o = ontwerp(met(*raden, aanleiding=DORPEN))
    kanten(o)
    assert bool([b for b in o.bevindingen if b.regel == "MIX-KANTEN"]) is gevonden


def test_the_gathering_they_left_no_longer_says_the_gemeente_speaks_them_there() -> None:
    from pionieren.analysis.result import deel

    o = ontwerp(met(TEGEN, SPOEDZOEKERS, omschrijving=VOOR_HEN))
    k = keuze(o, "klankbordgroep", "Omwonenden van het veld", "Spoedzoekers")
    k.add([], deel("MIX-KWETSBAAR", namen=["Spoedzoekers"]), "MIX-KWETSBAAR")
    apart(o)
    assert all(r.sleutel != "MIX-KWETSBAAR" for r in k.redenen)


def test_a_survey_is_not_for_one_company_or_authority() -> None:
    """Review 25 (omgekeerd inzamelen): the enquête the waste firm proposed was listed 'for'
    the waste firm itself. One company or authority is spoken with through its management."""
    from pionieren.analysis.mix.bereik import past_bij_groep
    from pionieren.input.model import Belanghebbende
    from pionieren.knowledge.load import builtin

    NIVEAU = {"invloed": "hoog", "belang": "hoog"}
    enquete = next(w for w in builtin().werkvormen if w.id == "enquete")
    bedrijf = Belanghebbende.model_validate(
        {"naam": "Afvalbedrijf Meerafval", "soort": "ondernemers", "meervoud": False, **NIVEAU}
    )
    winkeliers = Belanghebbende.model_validate(
        {"naam": "Winkeliers aan de Markt", "soort": "ondernemers", "meervoud": True, **NIVEAU}
    )
    assert not past_bij_groep(enquete, bedrijf)
    assert past_bij_groep(enquete, winkeliers)


def test_opponents_get_a_direct_conversation_not_a_design_atelier() -> None:
    """Reviews 25 and 26 (JOP): the neighbours who oppose the JOP were given a design atelier
    on an inrichting the youths had been promised; opponents are spoken with directly, where
    they give advice, by the gemeente itself."""
    from pathlib import Path

    from pionieren.input.load import load_vraagstuk

    pad = Path(__file__).resolve().parents[1] / "cases" / "jop-de-kolk.yaml"
    advies = advies_voor(load_vraagstuk(pad, pad.name))
    tegen = "Omwonenden van het grasveld achter sporthal De Kolk"
    voor_hen = [m for m in advies.mix if "MIX-VERDIEPING" in m.regels and tegen in m.voor]
    assert voor_hen
    for m in voor_hen:
        assert m.werkvorm != "ontwerpatelier"
        assert m.trede.value in ("raadplegen", "adviseren")
        assert m.werkvorm != "sleutelfiguren"


CLIENTEN = {
    "naam": "Toekomstige bewoners",
    "soort": "inwoners",
    "invloed": "laag",
    "belang": "hoog",
    "houding": "voor",
    "bereikbaarheid": "moeilijk",
    "kenmerken": ["clienten"],
    "via": "hun begeleiders bij de zorgaanbieder",
}


def test_people_in_care_for_the_plan_leave_talks_at_home_with_opponents() -> None:
    # review 41c: not in the kitchen-table talks with the neighbours who petitioned against
    # them, even when the text does not say in so many words that the plan is for them
    o = ontwerp(met(TEGEN, CLIENTEN))
    k = keuze(o, "keukentafelgesprek", "Omwonenden van het veld", "Toekomstige bewoners")
    s = keuze(o, "schouw", "Omwonenden van het veld", "Toekomstige bewoners")
    apart(o)
    assert not k.serves("Toekomstige bewoners") and not s.serves("Toekomstige bewoners")
    eigen = [x for x in o.keuzes if x.serves("Toekomstige bewoners")]
    assert eigen and all(not x.serves("Omwonenden van het veld") for x in eigen)
    # their own route, said where they are spoken
    redenen = [r for x in eigen for r in x.redenen if r.sleutel == "MIX-APART"]
    assert redenen and redenen[0].waarden["via"] == "hun begeleiders bij de zorgaanbieder"


def test_people_in_care_who_take_no_side_keep_their_place() -> None:
    o = ontwerp(met(TEGEN, {**CLIENTEN, "houding": "onbekend"}))
    k = keuze(o, "keukentafelgesprek", "Omwonenden van het veld", "Toekomstige bewoners")
    apart(o)
    assert k.serves("Toekomstige bewoners")

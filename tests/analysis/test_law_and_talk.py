"""Legal hooks, the referentiekader, lessons, dilemmas and the leerarena."""

from __future__ import annotations

import re

from helpers import BASIS, DATUM, advies_voor, builtin, maak


def _teksten(advies, regel: str) -> list[str]:
    return [b.tekst for b in advies.bevindingen if b.regel == regel]


def test_omgevingswet_for_own_plan_and_for_application() -> None:
    eigen = _teksten(advies_voor(maak(wettelijk_kader=["omgevingswet"])), "WET-OMGEVINGSWET")
    assert "kennisgeving" in eigen[0] and "motiveringsplicht" in eigen[0]
    ander = _teksten(
        advies_voor(maak(wettelijk_kader=["omgevingswet"], initiatiefnemer="ondernemers")),
        "WET-OMGEVINGSWET",
    )
    assert "aanvraagvereiste" in ander[0] and "geen plicht" in ander[0]


def test_referendum_is_not_meebeslissen() -> None:
    teksten = _teksten(
        advies_voor(
            maak(
                wettelijk_kader=["referendumverordening"],
                kaders_beinvloedingsruimte="groot",
                ambitie="meebeslissen",
            )
        ),
        "WET-REFERENDUM",
    )
    assert "advies aan de raad" in teksten[0] and "niet waar" in teksten[0]


def test_participatieverordening_and_other_frames() -> None:
    assert _teksten(advies_voor(maak()), "WET-PARTICIPATIEVERORDENING")
    assert _teksten(advies_voor(maak(wettelijk_kader=["anders"])), "WET-ANDERS")
    assert _teksten(advies_voor(maak(wettelijk_kader=["uitdaagrecht"])), "WET-UITDAAGRECHT")


def test_referentiekader_is_specific_to_the_case() -> None:
    advies = advies_voor(maak(ambitie="meebeslissen", kaders_raad_kaders_gesteld=False))
    vragen = " ".join(advies.referentiekader)
    assert "Klopt de lijst van wat vastligt?" in vragen and "punt)" not in vragen
    assert "Is het open onderwerp een echte keuze" in vragen
    assert "1 september 2027" in vragen
    # the decision-maker is not in the file, so the question asks instead of stating one
    assert "Wie neemt het besluit" in vragen
    assert "Maakt de gemeente de ruimte groter" in vragen
    assert "Welke kaders legt de raad vooraf vast" in vragen
    # without a known route, finding one is the first action, not a question (BELANG-ROUTE)
    assert "bereiken we jongeren" not in vragen
    assert any(b.regel == "BELANG-ROUTE" for b in advies.bevindingen)


def test_lessons_follow_the_modes_in_the_mix() -> None:
    denken = advies_voor(maak())
    assert {les.modus for les in denken.lessen} == {"denken"}
    doen = advies_voor(
        maak(
            initiatiefnemer="inwoners",
            kaders_beinvloedingsruimte="groot",
            ambitie="zelfbeheer",
            schaal="buurt",
        )
    )
    assert "doen" in {les.modus for les in doen.lessen}


def test_dilemmas_follow_the_case() -> None:
    rustig = {d.id for d in advies_voor(maak(ambitie="raadplegen")).dilemmas}
    assert "polarisatie" not in rustig
    verdeeld = {d.id for d in advies_voor(maak(polarisatie=5, ambitie="meebeslissen")).dilemmas}
    assert {"polarisatie", "verwachtingen", "representatief-participatief"} <= verdeeld


def test_leerarena_plan_names_groups_and_dates() -> None:
    plan = advies_voor(maak()).leerarena
    assert any("jongeren" in m for m in plan.meten)
    # the short evaluation comes soon after the decision (1 September 2027) and its feedback,
    # not half a year or years later (review 52a); the later look back follows
    assert any(re.search(r"(oktober|november) 2027", m) for m in plan.momenten), plan.momenten
    assert any(m.startswith("Later") for m in plan.momenten), plan.momenten
    assert plan.terugkoppeling


def test_social_domain_asks_for_formal_advice_and_the_people_themselves() -> None:
    partijen = [dict(p) for p in BASIS["belanghebbenden"]] + [
        {
            "naam": "Wmo-cliënten",
            "soort": "inwoners",
            "invloed": "laag",
            "belang": "hoog",
            "kenmerken": ["clienten"],
        }
    ]
    advies = advies_voor(maak(belanghebbenden=partijen, beleidsveld="sociaal domein, Wmo"))
    (b,) = [b for b in advies.bevindingen if b.regel == "WET-CLIENTENPARTICIPATIE"]
    # Wmo policy: the Wmo and the Jeugdwet, not art. 47 of the Participatiewet
    assert "Wmo 2015" in b.tekst and "Participatiewet" not in b.tekst and "Wmo-cliënten" in b.tekst
    assert "participatiewet-47" not in b.bronnen
    assert "de adviesraad sociaal domein of de cliëntenraad formeel om advies" in b.tekst
    geen = advies_voor(maak())
    assert not [b for b in geen.bevindingen if b.regel == "WET-CLIENTENPARTICIPATIE"]
    # the same people touched by other policy (a pool that closes): no law, only how to reach
    zwembad = advies_voor(maak(belanghebbenden=partijen, beleidsveld="sport en cultuur"))
    (b,) = [b for b in zwembad.bevindingen if b.regel == "WET-CLIENTENPARTICIPATIE"]
    assert b.sleutel == "WET-CLIENTENPARTICIPATIE.bereik" and "Participatiewet" not in b.tekst
    assert "via de zorgaanbieder" in b.tekst
    # minima policy is the social domain, also without a group marked as clients
    minima = advies_voor(maak(beleidsveld="armoede en schulden"))
    (b,) = [b for b in minima.bevindingen if b.regel == "WET-CLIENTENPARTICIPATIE"]
    assert "art. 47 Participatiewet" in b.tekst and "participatiewet-47" in b.bronnen


def test_a_referendum_on_the_begroting_is_refused_for_the_right_reason() -> None:
    """Review (voorjaarsnota): the referendum was refused for its cost, and a standard text
    then spoke as if it would take place."""
    advies = advies_voor(
        maak(
            wettelijk_kader=["referendumverordening"],
            besluit={"door": "raad", "procedure": "begroting"},
            werkvormen=[{"id": "referendum-raadplegend", "status": "voorgesteld"}],
        )
    )
    teksten = [b.tekst for b in advies.bevindingen]
    assert any(
        "begroting, die referendumverordeningen vrijwel altijd uitsluiten" in t for t in teksten
    )
    assert not any("De raad vraagt inwoners in een raadplegend referendum" in t for t in teksten)
    assert "referendum-raadplegend" not in {m.werkvorm for m in advies.mix}


def test_a_referendum_gives_the_raad_and_college_their_tasks() -> None:
    from pionieren.analysis.result import Rol

    advies = advies_voor(
        maak(
            wettelijk_kader=["referendumverordening"],
            besluit={"door": "raad", "procedure": "omgevingsplan"},
            werkvormen=[{"id": "referendum-raadplegend", "van": "2027-03-17"}],
        )
    )
    rollen = {r.rol: r.taak for r in advies.rolverdeling}
    assert "referendumcommissie" in rollen[Rol.raad]
    assert "stemming zoals bij een verkiezing" in rollen[Rol.college]


def test_renovation_by_a_housing_corporation_names_the_70_percent_rule() -> None:
    corporatie = {
        "naam": "Woonstichting Samenwonen",
        "soort": "maatschappelijke_organisatie",
        "invloed": "hoog",
        "belang": "hoog",
    }
    advies = advies_voor(
        maak(
            omschrijving="De woonstichting renoveert 200 portiekwoningen in de wijk.",
            belanghebbenden=[*BASIS["belanghebbenden"], corporatie],
        )
    )
    (b,) = [b for b in advies.bevindingen if b.regel == "WET-RENOVATIE"]
    assert "70 procent" in b.tekst and "7:220 BW" in b.tekst
    # a corporation without renovation (a heat network, a playground) gets no such note
    zonder = advies_voor(maak(belanghebbenden=[*BASIS["belanghebbenden"], corporatie]))
    assert not [b for b in zonder.bevindingen if b.regel == "WET-RENOVATIE"]


def test_an_omgevingsplan_gets_its_statutory_zienswijze() -> None:
    """Review (Havenkop): a change of the omgevingsplan 'uiterlijk 13 april' without a draft
    or a zienswijze round."""
    advies = advies_voor(maak(besluit={"door": "raad", "procedure": "omgevingsplan"}))
    (m,) = [m for m in advies.mix if m.werkvorm == "zienswijze"]
    assert "art. 16.30 Omgevingswet" in m.waarom


def test_binding_advice_of_the_raad_brings_the_uitgebreide_procedure() -> None:
    """Review round 15 (windpark): application, binding advice and decision in eight weeks,
    without a zienswijze round."""
    advies = advies_voor(
        maak(
            initiatiefnemer="ondernemers",
            besluit={
                "door": "college",
                "procedure": "omgevingsvergunning_buitenplans",
                "raad_bindend_advies": True,
            },
        )
    )
    (m,) = [m for m in advies.mix if m.werkvorm == "zienswijze"]
    assert "uitgebreide procedure" in m.waarom
    assert m.organisator == "gemeente"  # the formal round is the gemeente's, not the applicant's
    (besluit,) = [p for p in advies.planning if p.fase == "besluit"]
    # the application comes first, then the draft decision with the raad's draft advice, then
    # the zienswijze: never all in one weekend
    assert (
        "De aanvraag" in besluit.toelichting and "ontwerpadvies van de raad" in besluit.toelichting
    )
    assert "zes weken ter inzage" in besluit.toelichting


def test_the_omgevingswet_duties_of_a_plan_are_not_put_on_a_verordening() -> None:
    """Review round 17: 'kennisgeving en motivering' (Omgevingsbesluit) was cited for a
    verordening and a guarantee that only list the Omgevingswet as context."""
    verordening = advies_voor(
        maak(wettelijk_kader=["omgevingswet"], besluit={"door": "raad", "procedure": "verordening"})
    )
    assert not [b for b in verordening.bevindingen if b.regel == "WET-OMGEVINGSWET"]
    plan = advies_voor(maak(besluit={"door": "raad", "procedure": "omgevingsplan"}))
    assert [b for b in plan.bevindingen if b.sleutel == "WET-OMGEVINGSWET.gemeente"]


def test_uitdaagrecht_not_said_when_the_case_makes_the_rules() -> None:
    """Writing the verordening that regulates the uitdaagrecht offers no task to take over."""
    verordening = advies_voor(
        maak(
            wettelijk_kader=["participatieverordening", "uitdaagrecht"],
            besluit={"door": "raad", "procedure": "verordening"},
        )
    )
    assert not any(b.regel == "WET-UITDAAGRECHT" for b in verordening.bevindingen)
    uitvoering = advies_voor(
        maak(
            wettelijk_kader=["uitdaagrecht"],
            besluit={"door": "college", "procedure": "uitvoering"},
        )
    )
    assert any(b.regel == "WET-UITDAAGRECHT" for b in uitvoering.bevindingen)


def test_a_verkeersbesluit_names_its_body_the_police_and_objection() -> None:
    """Review 18 (Hemmerden): the WVW and BABW hooks were 'ask a lawyer'."""
    vraag = maak(
        wettelijk_kader=["anders"],
        besluit={"procedure": "verkeersbesluit"},
        kaders_open=[
            "De plek van de plateaus.",
            {"onderwerp": "Het provinciale stuk.", "door": "anders", "partij": "de provincie"},
        ],
    )
    advies = advies_voor(vraag)
    assert advies.besluit.door == "college"  # art. 18 lid 1 onder d WVW 1994
    (tekst,) = _teksten(advies, "WET-VERKEERSBESLUIT")
    assert "art. 24 BABW" in tekst and "provincie" in tekst and "bezwaar" in tekst
    assert not _teksten(advies, "WET-ANDERS")  # no 'laat een jurist nagaan'
    # a gemeente road alone: no word about the provincie
    (eigen,) = _teksten(
        advies_voor(maak(besluit={"procedure": "verkeersbesluit"})), "WET-VERKEERSBESLUIT"
    )
    assert "provincie" not in eigen
    assert not _teksten(advies_voor(maak()), "WET-VERKEERSBESLUIT")


def _kap(**kaders: object) -> object:
    return maak(
        omschrijving="Wij kappen 8 bomen na een onafhankelijke boomeffectanalyse.",
        kaders_vast=["Het college beslist over de omgevingsvergunning voor het kappen."],
        kaders_besluit_uiterlijk="2027-01-26",
        **{f"kaders_{k}": v for k, v in kaders.items()},
    )


def test_felling_waits_for_the_objection_term_when_the_dates_say_so() -> None:
    (tekst,) = _teksten(advies_voor(_kap(uitvoering_van="2027-02-15")), "WET-BEZWAAR")
    assert "9 maart 2027" in tekst and "voorlopige voorziening" in tekst
    assert "15 februari 2027" in tekst and "boomeffectanalyse" in tekst
    # after the term: only the independent study is named
    (later,) = _teksten(advies_voor(_kap(uitvoering_van="2027-04-01")), "WET-BEZWAAR")
    assert "begin" not in later and "boomeffectanalyse" in later
    # works that can be undone, and no study: nothing to say
    assert not _teksten(
        advies_voor(
            maak(
                kaders_vast=["Het college beslist over de vergunning."],
                kaders_uitvoering_van="2027-09-02",
            )
        ),
        "WET-BEZWAAR",
    )


def test_recognised_frames_name_article_and_decider() -> None:
    alcohol = advies_voor(
        maak(
            wettelijk_kader=["anders"],
            kaders_vast=["De kantine volgt de Alcoholverordening (paracommerciële horeca)."],
        )
    )
    tekst = " ".join(_teksten(alcohol, "WET-KADER"))
    assert "burgemeester geeft de vergunning (art. 3)" in tekst and "(art. 4)" in tekst
    # the frame is named, so the stock 'laat een jurist nagaan' sentence is not
    assert not _teksten(alcohol, "WET-ANDERS")
    # paracommercial horeca put outside the matter is no bar of this case (review 50a)
    buiten = advies_voor(
        maak(
            wettelijk_kader=["anders"],
            kaders_vast=["Sportkantines en andere paracommerciële horeca vallen buiten de proef."],
        )
    )
    assert "Alcoholwet" not in " ".join(_teksten(buiten, "WET-KADER"))
    water = advies_voor(maak(omschrijving="Een warmtenet dat warmte haalt met aquathermie."))
    assert "waterbeheerder" in " ".join(_teksten(water, "WET-KADER"))
    stopt = advies_voor(
        maak(omschrijving="De subsidie aan de welzijnsorganisatie wordt afgebouwd.")
    )
    assert "redelijke termijn" in " ".join(_teksten(stopt, "WET-KADER"))
    assert [b.bronnen for b in stopt.bevindingen if b.regel == "WET-KADER"] == [["awb-4-51"]]
    # a new subsidy is no ending one, and plain words name no frame
    nieuw = advies_voor(maak(omschrijving="De stichting vraagt een nieuwe subsidie aan."))
    assert not _teksten(nieuw, "WET-KADER")
    onbekend = advies_voor(maak(wettelijk_kader=["anders"]))
    assert not _teksten(onbekend, "WET-KADER")
    assert "wie daaronder beslist" in _teksten(onbekend, "WET-ANDERS")[0]


def test_a_subsidy_the_gemeente_receives_or_that_lapses_on_a_condition_is_no_ending() -> None:
    """Art. 4:51 Awb is about a subsidy an organisation now gets that is ended or cut; a street
    redesign paid partly by the provincie, whose subsidy lapses if the work starts late, ends
    no one's subsidy (review 51a)."""
    provincie = advies_voor(
        maak(
            omschrijving="De straat wordt opnieuw ingericht.",
            aanleiding="Een deel komt uit de provinciale subsidie. Die subsidie vervalt als het "
            "werk niet vóór 1 september begint.",
            kaders_vast=["Het werk begint op tijd, anders vervalt de subsidie van 600.000 euro."],
        )
    )
    assert not _teksten(provincie, "WET-KADER")
    # an organisation's subsidy that stops still names the term
    stopt = advies_voor(
        maak(
            omschrijving="De straat wordt opnieuw ingericht.",
            aanleiding="De subsidie aan de muziekschool vervalt vanaf 2028.",
        )
    )
    assert "redelijke termijn" in " ".join(_teksten(stopt, "WET-KADER"))


def test_uitdaagrecht_request_names_the_subsidy_term_conditionally() -> None:
    advies = advies_voor(
        maak(
            wettelijk_kader=["uitdaagrecht"],
            initiatiefnemer="inwoners",
            omschrijving="Bewoners willen het beheer overnemen van de welzijnsorganisatie.",
        )
    )
    tekst = " ".join(_teksten(advies, "WET-KADER"))
    assert tekst.startswith("Krijgt de huidige uitvoerder hiervoor al drie jaar")
    # a budget the gemeente spends itself is no subsidy that stops
    eigen = advies_voor(
        maak(
            wettelijk_kader=["uitdaagrecht"],
            initiatiefnemer="inwoners",
            omschrijving="Bewoners vragen het onderhoudsbudget van de gemeente over te dragen.",
        )
    )
    assert not _teksten(eigen, "WET-KADER")


def test_another_regulation_is_named_when_the_case_names_it() -> None:
    """Review 25 (weekmarkt): 'a regulation pionieren does not know' while the case named the
    marktverordening."""
    v = maak(
        wettelijk_kader=["anders"],
        omschrijving=(
            "Het college wijst volgens de marktverordening het marktterrein aan. De "
            "marktcommissie geeft volgens de marktverordening advies. De Participatieverordening "
            "geldt ook."
        ),
    )
    (b,) = [x for x in advies_voor(v).bevindingen if x.regel == "WET-ANDERS"]
    assert b.waarden["namen"] == ["de marktverordening"]
    assert b.tekst.startswith("De raad stelt de marktverordening vast")
    zonder = maak(wettelijk_kader=["anders"], omschrijving="Een vraag over een plein.")
    (c,) = [x for x in advies_voor(zonder).bevindingen if x.regel == "WET-ANDERS"]
    assert c.waarden["namen"] == [] and "niet welke" in c.tekst
    # no field value of the input in the text (review 47a: "Bij de wettelijke kaders staat
    # ‘anders’")
    assert "‘anders’" not in c.tekst and "wettelijke kaders" not in c.tekst


def test_a_law_named_with_a_preposition_or_in_the_cases_sources_is_named() -> None:
    """Review 35: 'Zoek uit welke regel het is' while the case named the Wet op de lijkbezorging
    in its text and the Wet op de bedrijveninvesteringszones in its own sources."""
    tekst = maak(
        wettelijk_kader=["anders"],
        omschrijving="Een natuurbegraafplaats moet voldoen aan de Wet op de lijkbezorging.",
    )
    (b,) = [x for x in advies_voor(tekst).bevindingen if x.regel == "WET-ANDERS"]
    assert b.waarden["namen"] == ["de Wet op de lijkbezorging"]
    bron = maak(
        wettelijk_kader=["anders"],
        omschrijving="Ondernemers vragen een ondernemersfonds.",
        bronnen=[{"titel": "Wet op de bedrijveninvesteringszones", "uitgever": "Rijksoverheid"}],
    )
    (c,) = [x for x in advies_voor(bron).bevindingen if x.regel == "WET-ANDERS"]
    assert c.waarden["namen"] == ["de Wet op de bedrijveninvesteringszones"]
    assert "niet welke" not in c.tekst


def test_a_law_named_by_one_word_and_its_year_is_named() -> None:
    """Review 47a (buurtbus): 'niet welke regel dat is' while the case's own sources named the
    Wet personenvervoer 2000."""
    bron = maak(
        wettelijk_kader=["anders"],
        omschrijving="Een buurtbus voor de dorpen.",
        bronnen=[{"titel": "Wet personenvervoer 2000", "uitgever": "Overheid.nl"}],
    )
    (b,) = [x for x in advies_voor(bron).bevindingen if x.regel == "WET-ANDERS"]
    assert b.waarden["namen"] == ["de Wet personenvervoer 2000"]
    assert "niet welke" not in b.tekst
    # the Wet gemeenschappelijke regelingen has no year; 'Wet gemeenschappelijke' alone is no law
    wgr = maak(
        wettelijk_kader=["anders"],
        omschrijving="De veiligheidsregio vraagt een zienswijze op grond van de Wet"
        " gemeenschappelijke regelingen.",
    )
    (w,) = [x for x in advies_voor(wgr).bevindingen if x.regel == "WET-ANDERS"]
    assert w.waarden["namen"] == ["de Wet gemeenschappelijke regelingen"]
    assert "niet welke" not in w.tekst
    # 'Wet en regelgeving' names no law
    los = maak(wettelijk_kader=["anders"], omschrijving="Wet en regelgeving gelden hier ook.")
    (c,) = [x for x in advies_voor(los).bevindingen if x.regel == "WET-ANDERS"]
    assert c.waarden["namen"] == []


def test_no_zero_budget_warning_when_the_initiator_pays() -> None:
    """Review 26 (arbeidsmigranten): 'Het budget is € 0 … Maak budget vrij' while the applicant
    pays the participation, which the raad made mandatory."""
    betaalt = maak(kaders_budget_euro=0, kaders_betaler="initiatiefnemer")
    assert not [b for b in advies_voor(betaalt).bevindingen if b.sleutel == "POORT-BUDGET.nul"]
    zelf = maak(kaders_budget_euro=0, kaders_betaler="gemeente")
    assert [b for b in advies_voor(zelf).bevindingen if b.sleutel == "POORT-BUDGET.nul"]


def test_an_unknown_decider_gets_a_proposal_when_others_ask_for_money() -> None:
    """Review 26 (schoolplein): 'Dat staat nog niet vast' without a likely decider."""
    vraagt = maak(
        initiatiefnemer="maatschappelijke_organisatie",
        besluit=None,
        omschrijving="De school wil een groen plein. De gemeente draagt bij uit de subsidieregeling.",
    )
    (b,) = [x for x in advies_voor(vraagt).bevindingen if x.sleutel == "BESLUIT-WIE.onbekend"]
    assert b.waarden["subsidie"] is True and "waarschijnlijk het college" in b.tekst
    eigen = maak(besluit=None, omschrijving="De gemeente richt een plein in.")
    (c,) = [x for x in advies_voor(eigen).bevindingen if x.sleutel == "BESLUIT-WIE.onbekend"]
    assert c.waarden["subsidie"] is False and "waarschijnlijk" not in c.tekst


def test_a_verkeersbesluit_prepared_with_afdeling_3_4_has_beroep_not_bezwaar() -> None:
    """Review 57a: 'daarna zes weken bezwaar' for a verkeersbesluit whose draft lay open for
    zienswijzen; after afdeling 3.4 there is no bezwaar, only beroep (art. 7:1 lid 1 onder d
    Awb). Without the ter-inzage round the bezwaar stays."""
    zienswijze = [
        {"id": "zienswijze", "status": "besloten", "van": "2027-05-17", "tot": "2027-06-28"}
    ]
    met = advies_voor(
        maak(
            besluit={"procedure": "verkeersbesluit"},
            kaders_besluit_uiterlijk="2027-10-05",
            werkvormen=zienswijze,
        )
    )
    (tekst,) = _teksten(met, "WET-VERKEERSBESLUIT")
    assert "geen bezwaar maar zes weken beroep" in tekst and "art. 7:1" in tekst
    wet = next(b for b in met.bevindingen if b.regel == "WET-VERKEERSBESLUIT")
    assert "awb-7-1" in wet.bronnen and "awb-bezwaar" not in wet.bronnen
    (zonder,) = _teksten(
        advies_voor(maak(besluit={"procedure": "verkeersbesluit"})), "WET-VERKEERSBESLUIT"
    )
    assert "zes weken bezwaar (art. 6:7 Awb)" in zonder and "7:1" not in zonder


def test_art_47_participatiewet_is_for_participatiewet_policy_and_its_client_councils() -> None:
    """Review 58a: an energy-poverty programme was given art. 47 Participatiewet, and a
    bewonersvereniging was asked for advice as if it were the cliëntenraad."""
    vereniging = {
        "naam": "Bewonersvereniging De Wijk",
        "soort": "adviesorgaan",
        "invloed": "middel",
        "belang": "hoog",
    }
    raad = {**vereniging, "naam": "Cliëntenraad Werk en Inkomen"}
    energie = advies_voor(maak(beleidsveld="armoede en energie", belanghebbenden=[vereniging]))
    assert not [b for b in energie.bevindingen if b.regel == "WET-CLIENTENPARTICIPATIE"]
    # minima policy: art. 47, and the advice goes to the council that speaks for clients
    minima = advies_voor(
        maak(beleidsveld="armoede en schulden", belanghebbenden=[vereniging, raad])
    )
    (b,) = [b for b in minima.bevindingen if b.regel == "WET-CLIENTENPARTICIPATIE"]
    assert "art. 47 Participatiewet" in b.tekst and "Cliëntenraad Werk en Inkomen" in b.tekst
    assert "Bewonersvereniging De Wijk" not in b.tekst


def test_a_worry_about_the_wajong_is_answered_by_uwv_not_the_gemeente() -> None:
    """Review 57b: a worry about the Wajong was to be answered by the gemeente's own team, but
    UWV runs the Wajong (art. 30 Wet SUWI); the gemeente answers for the bijstand only."""
    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.law import antwoord_op

    f = Feiten(vraagstuk=maak(), kennis=builtin(), datum=DATUM)
    antwoord = antwoord_op(f, "Word ik gekort op mijn Wajong als ik een vergoeding krijg?")
    assert "UWV" in antwoord and "Wet SUWI art. 30" in antwoord
    assert antwoord_op(f, "Word ik gekort op mijn bijstand als ik een vergoeding krijg?") == ""

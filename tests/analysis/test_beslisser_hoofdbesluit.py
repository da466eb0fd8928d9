"""Who decides what, in the summary: the main procedure, not a point outside it (review 56)."""

from __future__ import annotations

from typing import Any

from helpers import advies_voor, maak

_VOORRANG = (
    "Of een deel van de sociale huurwoningen met voorrang naar jongeren uit de wijk gaat "
    "(binnen de huisvestingsverordening)."
)


def _vergunning(**meer: Any) -> Any:
    return maak(
        initiatiefnemer="gemeente",
        ambitie="adviseren",
        kaders_open=[
            {
                "onderwerp": "Het groen en de speelplek op het terrein.",
                "ruimte": "groot",
                "door": "initiatiefnemer",
            },
            {"onderwerp": _VOORRANG, "ruimte": "klein", "door": "college"},
        ],
        besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans"},
        **meer,
    )


def test_punt_onder_eigen_verordening_staat_buiten_de_vergunning() -> None:
    """Voorrang under the huisvestingsverordening is not what the omgevingsvergunning decides,
    so 'Wie beslist' does not say 'Dit besluit gaat over' it, and the room on it is not the
    applicant's plan ('de gemeente beoordeelt een aanvraag'): the raad widens it."""
    v = _vergunning()
    advies = advies_voor(v)
    punt = next(o for o in advies.trede.onderwerpen if o.onderwerp == _VOORRANG)
    assert punt.buiten_besluit

    plafond = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert plafond
    tekst = " ".join(b.tekst for b in plafond)
    assert "beoordeelt een aanvraag" not in tekst
    assert "gemeenteraad" in tekst


def test_punt_van_de_vergunning_zelf_blijft_in_het_besluit() -> None:
    """A point the college decides in the permit itself (its voorschriften) stays in it."""
    v = maak(
        initiatiefnemer="gemeente",
        kaders_open=[
            {
                "onderwerp": "Welke voorschriften over geluid in de vergunning komen.",
                "ruimte": "klein",
                "door": "college",
            },
        ],
        besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans"},
    )
    punt = advies_voor(v).trede.onderwerpen[0]
    assert not punt.buiten_besluit


def _waterschap(**meer: Any) -> Any:
    return maak(
        initiatiefnemer="andere_overheid",
        kaders_open=[
            {"onderwerp": "Hoe hoog het peil in de polder wordt.", "ruimte": "middel"},
            {
                "onderwerp": "Of het dorp een eigen peilvak krijgt met een hoger peil, en wie "
                "wat betaalt.",
                "ruimte": "middel",
                "door": "college",
            },
        ],
        besluit={
            "door": "anders",
            "orgaan": "het algemeen bestuur van het waterschap",
            "procedure": "anders",
        },
        **meer,
    )


def test_punt_van_een_ander_orgaan_met_geld_blijft_bij_dat_orgaan() -> None:
    """Whether the village gets its own peilvak is set by the waterschap's bestuur; the college
    decides only the gemeente's share. The table and the college's role say so."""
    from pionieren.analysis.decision import alleen_bijdrage

    v = _waterschap()
    advies = advies_voor(v)
    punt = advies.trede.onderwerpen[1]
    assert alleen_bijdrage(punt.onderwerp, punt.door, advies.besluit) == (
        "Of het dorp een eigen peilvak krijgt met een hoger peil"
    )
    college = next(t for t in advies.rolverdeling if t.rol.value == "college")
    assert "alleen over de bijdrage van de gemeente" in college.taak
    assert "beslist zelf over ‘of het dorp" not in college.taak


def test_leden_van_een_ander_bestuur_met_eigen_moment_zijn_bediend() -> None:
    """The members of the body that decides, whose own commissie moment is in the plan, are
    covered by that moment: no 'Geen werkvorm in de mix past bij' them."""
    lid = {
        "naam": "Leden van het algemeen bestuur van het waterschap",
        "soort": "politiek",
        "invloed": "hoog",
        "belang": "hoog",
    }
    moment = {
        "wat": "De commissie Water van het waterschap bespreekt de varianten",
        "datum": "2027-06-16",
        "door": "anders",
    }
    basis = _waterschap()
    partijen = [p.model_dump(mode="json", exclude_none=True) for p in basis.belanghebbenden]
    met = advies_voor(_waterschap(belanghebbenden=[*partijen, lid], momenten=[moment]))
    assert not [
        b for b in met.bevindingen if b.regel == "MIX-VERDIEPING" and lid["naam"] in b.tekst
    ]


def _motie(tekst: str) -> Any:
    return maak(
        initiatiefnemer="raad",
        ambitie="coproduceren",
        kaders_beinvloedingsruimte="groot",
        kaders_open=[{"onderwerp": "De thema's van de agenda.", "ruimte": "groot"}],
        besluit={
            "door": "raad",
            "procedure": "beleid",
            "toezegging": {"door": "raad", "trede": "coproduceren", "tekst": tekst},
        },
    )


def test_motie_die_het_college_de_pen_geeft_maakt_de_raad_geen_eigenaar() -> None:
    """A motie in which the raad asks the college to write the agenda with inwoners: the college
    runs the process and adopts the plan, the griffie does not write it, and the raad does not
    promise beforehand to keep to the outcome: the college explains deviations."""
    pen = _motie(
        "Motie: het college schrijft de agenda samen met ervaringsdeskundigen; wijkt het "
        "college af, dan legt het in het raadsvoorstel uit waarom."
    )
    zelf = _motie("De raad neemt de uitkomst van het panel over.")
    advies = advies_voor(pen)
    rollen = {t.rol.value: t.taak for t in advies.rolverdeling}
    assert "schrijft het participatieplan" not in rollen.get("griffie", "")
    assert "belooft vooraf zich binnen de kaders te houden" not in rollen["raad"]
    assert "het college de pen" in rollen["raad"]
    # the raad's own process keeps its griffie plan and its promise
    eigen = {t.rol.value: t.taak for t in advies_voor(zelf).rolverdeling}
    assert "schrijft het participatieplan" in eigen.get("griffie", "")
    assert "belooft vooraf zich binnen de kaders te houden" in eigen["raad"]


def test_burgemeester_in_veiligheidsregio_legt_verantwoording_af_onder_de_wgr() -> None:
    """The burgemeester in the algemeen bestuur of a veiligheidsregio informs and accounts to
    the raad under art. 16/17 Wgr; the openbare orde (art. 172 Gemeentewet) is not at stake in
    the regio's brandweer plan, also in a divided case."""
    v = maak(
        polarisatie=5,
        initiatiefnemer="andere_overheid",
        omschrijving="Blijft de brandweerpost open? Onrust en veiligheid in het dorp.",
        besluit={
            "door": "anders",
            "orgaan": "het algemeen bestuur van de Veiligheidsregio Noord",
            "procedure": "anders",
        },
    )
    taak = next(t for t in advies_voor(v).rolverdeling if t.rol.value == "burgemeester")
    assert "wgr-16" in taak.bronnen
    assert "gemeentewet-172" not in taak.bronnen
    assert "openbare orde" not in taak.taak


def test_geluid_bij_een_demonstratie_is_van_de_burgemeester() -> None:
    """A point the case gives the college that names sound, in a case on demonstrations: the
    college's role says the burgemeester regulates the sound of the demonstration (art. 5 Wom)."""
    v = maak(
        titel="Demonstraties bij de kliniek",
        omschrijving="De burgemeester maakt een beleidsregel voor demonstraties bij de kliniek.",
        kaders_open=[
            "Waar de demonstranten mogen staan.",
            {
                "onderwerp": "Wat de gemeente doet voor de buren (afval, geluid).",
                "ruimte": "middel",
                "door": "college",
            },
        ],
        besluit={"door": "burgemeester", "procedure": "beleid"},
    )
    college = next(t for t in advies_voor(v).rolverdeling if t.rol.value == "college")
    assert "art. 5 Wet openbare manifestaties" in college.taak


def _aanwijzing(vast: str) -> Any:
    return maak(
        kaders_vast=[vast],
        kaders_open=[
            {
                "onderwerp": "Wat er voor jongeren in het dorp komt (een plek, het jongerenwerk).",
                "ruimte": "middel",
                "door": "college",
            }
        ],
        besluit={"door": "college", "procedure": "beleid"},
    )


def test_aanwijzing_alleen_als_de_verordening_bij_het_punt_hoort() -> None:
    """'Wijst het college ... aan op grond van een verordening' only when the case ties a
    verordening to that point or says a body designates under it; not because the APV is named
    for the burgemeester's cameras."""
    camera = advies_voor(_aanwijzing("Camera's kunnen alleen als de APV dat toelaat."))
    assert not [b for b in camera.bevindingen if b.regel == "WET-AANWIJZING"]
    plek = advies_voor(_aanwijzing("Het college wijst de plek voor jongeren aan in de APV."))
    assert [b for b in plek.bevindingen if b.regel == "WET-AANWIJZING"]


def test_bezwaartermijn_noemt_awb_6_7_en_6_8() -> None:
    """The period of bezwaar after an aanwijzingsbesluit rests on art. 6:7 and 6:8 Awb; art. 8:3
    (no appeal against general rules) is no hook for it."""
    v = maak(
        kaders_open=["Welke plekken losloopgebied voor honden worden."],
        besluit={"door": "college", "procedure": "aanwijzingsbesluit"},
    )
    b = next(b for b in advies_voor(v).bevindingen if b.sleutel == "WET-AANWIJZING.besluit")
    assert "6:7 en 6:8 Awb" in b.tekst
    assert "8:3" not in b.tekst
    assert "awb-bezwaar" in b.bronnen


def test_zondagswet_regelt_geen_winkeltijden() -> None:
    """A case on shops that cites the Zondagswet for a time limit: the report says shop hours
    are the raad's choice in its verordening, not a rule of the Zondagswet; a case without shops
    gets no such sentence."""
    vast = "Winkels gaan niet vóór 13.00 uur open, zodat de kerkdienst niet wordt gestoord (Zondagswet)."
    winkels = advies_voor(maak(titel="Winkels op zondag", kaders_vast=[vast]))
    # said at the fixed point itself (review 57c), not again among the legal notes
    (punt,) = [o for o in winkels.trede.onderwerpen if o.onderwerp == vast]
    assert "de Zondagswet regelt dat niet" in punt.noot
    evenement = advies_voor(
        maak(
            titel="Een evenement op zondag",
            kaders_vast=["Er is geen muziek vóór 13.00 uur (Zondagswet)."],
        )
    )
    assert not any("de Zondagswet regelt dat niet" in b.tekst for b in evenement.bevindingen)


def test_aanbesteding_met_buurgemeenten_beslist_het_college_niet_alleen() -> None:
    """A tender the college runs together with neighbouring gemeenten: the summary table says the
    point is decided together, not by the college alone."""
    from pathlib import Path

    from pionieren.knowledge.load import builtin
    from pionieren.report.data import report_data

    v = maak(
        kaders_vast=["Het college besteedt het vervoer samen met vier buurgemeenten aan."],
        kaders_open=[
            {"onderwerp": "Wat in de aanbesteding staat over de chauffeurs.", "door": "college"},
            "De indeling van het plein.",
        ],
        besluit={"door": "raad", "procedure": "verordening"},
    )
    kennis = builtin()
    data = report_data(advies_voor(v), v, kennis, Path("x.yaml").name)
    rij = next(r for r in data["per_onderwerp"] if "aanbesteding" in r["onderwerp"])
    assert "samen met vier buurgemeenten" in rij["wie"]
    rij = next(r for r in data["per_onderwerp"] if "plein" in r["onderwerp"])
    assert "buurgemeenten" not in rij["wie"]

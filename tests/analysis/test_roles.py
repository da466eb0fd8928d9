"""Rolverdeling and the role of the gemeente at initiatives of others."""

from __future__ import annotations

from helpers import DATUM, advies_voor, maak

from pionieren.analysis.result import Rol, Taak
from pionieren.knowledge.load import builtin

KENNIS = builtin()


def test_every_role_has_a_case_specific_task() -> None:
    advies = advies_voor(maak())
    rollen = {t.rol: t.taak for t in advies.rolverdeling}
    assert set(rollen) == {
        Rol.raad,
        Rol.college,
        Rol.burgemeester,
        Rol.ambtelijke_organisatie,
        Rol.griffie,
        Rol.inwoners,
    }
    assert rollen[Rol.burgemeester].startswith(
        "Bevordert de kwaliteit van de procedure voor burgerparticipatie"
    )
    burgemeester = next(t for t in advies.rolverdeling if t.rol is Rol.burgemeester)
    assert burgemeester.bronnen == ["gemeentewet-170"]
    assert "Geven advies" in rollen[Rol.inwoners]
    # how the groups that do not come by themselves are reached is said per group (BELANG-DREMPEL)
    assert rollen[Rol.ambtelijke_organisatie].startswith("Voert het proces uit")
    assert advies.overheidsrol is None


def test_council_without_frame_is_flagged() -> None:
    advies = advies_voor(maak(kaders_raad_kaders_gesteld=False))
    raad = next(t for t in advies.rolverdeling if t.rol is Rol.raad)
    # who decides is not in the file: the raad's task is conditional, never a wrong claim
    assert raad.taak.startswith("Als de raad beslist: stelt vooraf de kaders vast")
    assert any(b.regel == "ROL-RAAD" for b in advies.bevindingen)


def test_missing_frame_is_said_once_at_coproduceren() -> None:
    """At coproduceren the level warns that the raad must set the frame first
    (TREDE-KADERS-RAAD); the role note saying the same again is left out (review: the same
    point three times in one report)."""
    advies = advies_voor(
        maak(
            kaders_raad_kaders_gesteld=False,
            kaders_beinvloedingsruimte="groot",
            ambitie="coproduceren",
            besluit={"door": "raad"},
        )
    )
    regels = [b.regel for b in advies.bevindingen]
    assert "TREDE-KADERS-RAAD" in regels
    assert "ROL-RAAD" not in regels


def test_citizen_initiative_gets_initiatiefnemer_and_facilitating_role() -> None:
    advies = advies_voor(maak(initiatiefnemer="inwoners", kaders_beinvloedingsruimte="groot"))
    rollen = {t.rol: t.taak for t in advies.rolverdeling}
    assert Rol.initiatiefnemer in rollen
    assert advies.overheidsrol == "faciliteren"
    # the role is said in plain words, not by its name on the Rob ladder (review 27)
    assert "contactpersoon, ruimte of regels op maat" in rollen[Rol.college]
    assert "'faciliteren'" not in rollen[Rol.college]


def test_quiet_small_initiative_can_be_let_go() -> None:
    partijen = [
        {
            "naam": "Buren",
            "soort": "inwoners",
            "invloed": "middel",
            "belang": "hoog",
            "houding": "voor",
        }
    ]
    advies = advies_voor(
        maak(
            initiatiefnemer="inwoners",
            kaders_beinvloedingsruimte="groot",
            polarisatie=1,
            complexiteit=1,
            belanghebbenden=partijen,
        )
    )
    assert advies.overheidsrol == "loslaten"


def test_commercial_initiative_under_omgevingswet_is_regulated() -> None:
    advies = advies_voor(maak(initiatiefnemer="ondernemers", wettelijk_kader=["omgevingswet"]))
    assert advies.overheidsrol == "reguleren"
    taak = next(t.taak for t in advies.rolverdeling if t.rol is Rol.initiatiefnemer)
    assert "art. 7.4 Omgevingsregeling" in taak


def test_permit_is_decided_by_the_college_and_bopa_hooks_apply() -> None:
    advies = advies_voor(
        maak(
            initiatiefnemer="ondernemers",
            besluit={"procedure": "omgevingsvergunning_buitenplans", "raad_bindend_advies": True},
        )
    )
    assert advies.besluit.door is not None and advies.besluit.door.value == "college"
    assert advies.besluit.herkomst == "wet"
    rij = next(t for t in advies.rolverdeling if t.rol is Rol.raad)
    raad = rij.taak
    # a binding advice can block the permit: the raad is no bystander (review 36); the article
    # is the row's source, and the law itself stands once, under Aandachtspunten (issue 9)
    assert "Beslist hier niet zelf" not in raad and "advies bindt" in raad
    assert rij.bronnen == ["omgevingswet-16-15a"] and "16.15a" not in raad
    (bopa,) = [b for b in advies.bevindingen if b.regel == "BESLUIT-BOPA"]
    assert "art. 16.15a Omgevingswet" in bopa.tekst
    # a binnenplanse permit: no bindend advies, no mandatory participation
    binnen = advies_voor(
        maak(
            initiatiefnemer="ondernemers", besluit={"procedure": "omgevingsvergunning_binnenplans"}
        )
    )
    raad = next(t.taak for t in binnen.rolverdeling if t.rol is Rol.raad)
    assert "16.15a" not in raad and "16.55" not in raad


def test_the_college_may_set_a_delegated_part_of_the_omgevingsplan() -> None:
    """Art. 2.8 Omgevingswet lets the raad delegate parts of the omgevingsplan to the college
    (new case review 45: gemeentelijke monumenten; the tool 'corrected' it to the raad)."""
    advies = advies_voor(maak(besluit={"door": "college", "procedure": "omgevingsplan"}))
    assert advies.besluit.door is not None and advies.besluit.door.value == "college"
    assert advies.besluit.herkomst == "vraagstuk"
    sleutels = {b.sleutel: b for b in advies.bevindingen}
    assert "BESLUIT-WIE.gecorrigeerd" not in sleutels
    vraag = sleutels["BESLUIT-WIE.gedelegeerd"]
    assert "Ga na of dat besluit er is" in vraag.tekst and "omgevingswet-2-8" in vraag.bronnen
    # the case says the raad delegated it: the advice states it instead of asking
    gezegd = advies_voor(
        maak(
            omschrijving="De raad delegeerde het aanwijzen van monumenten in het omgevingsplan "
            "aan het college.",
            besluit={"door": "college", "procedure": "omgevingsplan"},
        )
    )
    tekst = next(b.tekst for b in gezegd.bevindingen if b.sleutel == "BESLUIT-WIE.gedelegeerd")
    assert "De raad gaf het college" in tekst and "Ga na" not in tekst
    # a raad given for a permit is still corrected: no delegation route there
    vergunning = advies_voor(
        maak(besluit={"door": "raad", "procedure": "omgevingsvergunning_binnenplans"})
    )
    assert any(b.sleutel == "BESLUIT-WIE.gecorrigeerd" for b in vergunning.bevindingen)


def test_another_body_keeps_its_own_verordening() -> None:
    """A gemeenschappelijke regeling's algemeen bestuur sets its own verordening (diftar): the
    tool does not 'correct' that to the gemeenteraad (new case review 44: it did)."""
    advies = advies_voor(maak(besluit={"door": "anders", "procedure": "verordening"}))
    assert advies.besluit.door is not None and advies.besluit.door.value == "anders"
    assert advies.besluit.herkomst == "vraagstuk"
    assert not [b for b in advies.bevindingen if b.sleutel == "BESLUIT-WIE.gecorrigeerd"]
    # the verordening the case names is that body's own, not one the raad makes
    genoemd = advies_voor(
        maak(
            omschrijving="Het afvalschap past de Afvalstoffenverordening aan voor diftar.",
            wettelijk_kader=["anders"],
            besluit={"door": "anders", "procedure": "verordening"},
            kaders={
                "beinvloedingsruimte": "middel",
                "open": [
                    {"onderwerp": "Hoe diftar werkt."},
                    {"onderwerp": "De kwijtschelding.", "door": "anders", "partij": "de colleges"},
                ],
            },
        )
    )
    assert not [b for b in genoemd.bevindingen if b.sleutel == "WET-ANDERS.verordening"]
    # the party of one other point is not taken for the main decider
    assert genoemd.besluit.ander_orgaan == ""
    # a gemeente organ that is wrong for the procedure is still corrected
    fout = advies_voor(maak(besluit={"door": "college", "procedure": "verordening"}))
    assert fout.besluit.door is not None and fout.besluit.door.value == "raad"


def test_a_private_law_act_of_the_college_gives_the_raad_its_own_step() -> None:
    """Art. 169 lid 4 Gemeentewet: before the college signs (a sale, a covenant with the COA),
    the raad can give wensen en bedenkingen, in its own cycle: the draft is due six weeks ahead."""
    advies = advies_voor(
        maak(
            omschrijving="De gemeente wil de grond onder het dorpsplein in erfpacht uitgeven.",
            besluit={"procedure": "privaatrechtelijk"},
        )
    )
    assert advies.besluit.door is not None and advies.besluit.door.value == "college"
    assert advies.besluit.stukken_weken == 6
    raad = next(t.taak for t in advies.rolverdeling if t.rol is Rol.raad)
    assert "wensen en bedenkingen" in raad
    besluit = next(p for p in advies.planning if p.fase.value == "besluit")
    assert "wensen en bedenkingen" in besluit.toelichting
    assert "daarna besluit het college" in besluit.toelichting
    # another college decision has no such step
    subsidie = advies_voor(maak(besluit={"procedure": "subsidie"}))
    assert subsidie.besluit.stukken_weken == 2
    besluit = next(p for p in subsidie.planning if p.fase.value == "besluit")
    assert "wensen" not in besluit.toelichting and "besluit het college" in besluit.toelichting


def test_wrong_decision_maker_is_corrected_and_said() -> None:
    advies = advies_voor(
        maak(besluit={"door": "raad", "procedure": "omgevingsvergunning_binnenplans"})
    )
    assert advies.besluit.door is not None and advies.besluit.door.value == "college"
    assert any(b.regel == "BESLUIT-WIE" and b.ernst == "waarschuwing" for b in advies.bevindingen)


def test_fracties_are_reached_through_the_griffie() -> None:
    from helpers import BASIS

    partijen = [
        *BASIS["belanghebbenden"],
        {"naam": "Raadsfracties", "soort": "politiek", "invloed": "hoog", "belang": "middel"},
    ]
    advies = advies_voor(maak(belanghebbenden=partijen, besluit={"door": "raad"}))
    voor = {m.werkvorm: m.voor for m in advies.mix}
    assert all(
        "Raadsfracties" not in namen
        for id, namen in voor.items()
        if id not in ("raadsinformatiebijeenkomst", "hoorzitting-raad")
    )
    assert "Raadsfracties" in voor["raadsinformatiebijeenkomst"]


def test_mayor_in_a_polarised_case_gets_only_what_art_170_gives_him() -> None:
    """Review 51b: 'zorgt voor een veilig gesprek' and 'vraagt na of stille groepen gehoord
    zijn' are no duties of the burgemeester; art. 170 lid 1 onder c says he 'bevordert de
    kwaliteit van procedures' for burgerparticipatie."""
    advies = advies_voor(maak(polarisatie=5, schaal="gemeente"))
    taak = next(t.taak for t in advies.rolverdeling if t.rol is Rol.burgemeester)
    assert taak.startswith("Bevordert de kwaliteit van de procedure voor burgerparticipatie")
    assert "veilig" not in taak and "stille groepen" not in taak


def test_the_burgemeester_decides_in_his_own_competence() -> None:
    """An evenementenbeleid by the burgemeester: the college does not decide or promise."""
    advies = advies_voor(maak(besluit={"door": "burgemeester", "procedure": "beleid"}))
    taken = {t.rol.value: t.taak for t in advies.rolverdeling}
    assert taken["burgemeester"].startswith("Neemt het besluit")
    assert "toezegging" in taken["burgemeester"]
    assert "Beslist hier niet zelf" in taken["college"]
    assert "toezegging" not in taken["college"]


def test_a_guarantee_for_an_initiative_is_stimulating_not_facilitating() -> None:
    """Review (warmtenet): a municipal guarantee for the cooperative's loan carries risk; that
    is more than 'faciliteren'."""
    advies = advies_voor(
        maak(
            initiatiefnemer="maatschappelijke_organisatie",
            omschrijving="De coöperatie vraagt de gemeente garant te staan voor een banklening.",
            besluit={"door": "college", "procedure": "privaatrechtelijk"},
        )
    )
    assert advies.overheidsrol == "stimuleren"
    zonder = advies_voor(maak(initiatiefnemer="maatschappelijke_organisatie"))
    assert zonder.overheidsrol in ("faciliteren", "loslaten")


def test_a_sale_or_lease_next_to_the_decision_brings_wensen_en_bedenkingen() -> None:
    """Review round 16: a transfer of a canteen and a lease of land, next to a subsidy or a
    permit, without the raad's wensen en bedenkingen (art. 169 lid 4 Gemeentewet)."""
    from pionieren.analysis.result import Rol

    advies = advies_voor(
        maak(
            besluit={"door": "college", "procedure": "subsidie"},
            kaders_open=["De voorwaarden voor de overdracht van de kantine."],
        )
    )
    rollen = {r.rol: r.taak for r in advies.rolverdeling}
    assert "art. 169 lid 4 Gemeentewet" in rollen[Rol.raad]
    zonder = advies_voor(maak(besluit={"door": "college", "procedure": "subsidie"}))
    assert "169" not in {r.rol: r.taak for r in zonder.rolverdeling}[Rol.raad]


def test_a_landlord_is_no_lease_of_the_gemeente() -> None:
    """Review 57a: 'wat een verhuurder zelf moet doen' in a college's uitvoeringsplan read as a
    lease by the gemeente, so the raad got wensen en bedenkingen (art. 169 lid 4) and the plan
    six weeks of papers. A verhuurder is a landlord, not an act; a lease by the gemeente stays."""
    from pionieren.analysis.result import Rol

    def raad(vast: str) -> str:
        advies = advies_voor(
            maak(
                besluit={"door": "college", "procedure": "uitvoering"},
                kaders_vast=[vast],
            )
        )
        return {r.rol: r.taak for r in advies.rolverdeling}[Rol.raad]

    assert "169" not in raad(
        "De gemeente betaalt niet voor wat een particuliere verhuurder zelf moet doen."
    )
    assert "art. 169 lid 4 Gemeentewet" in raad("De gemeente verhuurt het pand aan de stichting.")


def test_burgemeester_named_with_his_own_powers_not_only_as_hoeder() -> None:
    # cameratoezicht and the openbare orde are his own powers (art. 151c and 172 Gemeentewet)
    advies = advies_voor(
        maak(
            omschrijving="Een wijkveiligheidsplan. Bewoners denken mee over tijdelijk "
            "cameratoezicht en over de openbare orde rond het winkelcentrum.",
        )
    )
    taken = {t.rol: t for t in advies.rolverdeling}
    burgemeester = taken[Rol.burgemeester]
    assert burgemeester.taak.startswith("Beslist zelf over waar en hoe lang er camera's hangen")
    assert "meedenken, niet meebeslissen" in burgemeester.taak
    assert burgemeester.bronnen == ["gemeentewet-151c", "gemeentewet-172", "gemeentewet-170"]
    # the raad gives that power in the APV; the burgemeester, not the raad, designates the area
    raad = taken[Rol.raad].taak
    assert "in de APV de bevoegdheid tot cameratoezicht" in raad
    assert "het gebied wijst de burgemeester aan" in raad
    assert "in welke gebieden" not in raad


def test_burgemeester_deciding_an_open_point_is_named_for_it() -> None:
    advies = advies_voor(
        maak(
            kaders_open=[
                {"onderwerp": "Waar het nieuwe speelveld komt.", "ruimte": "groot"},
                {"onderwerp": "Of de toegangsweg 's nachts dicht mag.", "door": "burgemeester"},
            ]
        )
    )
    burgemeester = next(t for t in advies.rolverdeling if t.rol is Rol.burgemeester)
    assert burgemeester.taak.startswith(
        "Beslist zelf over de vraag of de toegangsweg 's nachts dicht mag:"
    )


def test_initiatiefvoorstel_of_the_raad_is_not_a_college_proposal() -> None:
    advies = advies_voor(
        maak(
            initiatiefnemer="raad",
            besluit={"door": "raad", "procedure": "verordening"},
            belanghebbenden=[
                {
                    "naam": "Raadswerkgroep participatie",
                    "soort": "politiek",
                    "invloed": "hoog",
                    "belang": "hoog",
                    "initiatiefnemer": True,
                    "meervoud": False,
                },
                {"naam": "Inwoners", "soort": "inwoners", "invloed": "laag", "belang": "hoog"},
            ],
        )
    )
    taken = {t.rol: t for t in advies.rolverdeling}
    assert "initiatiefvoorstel van de raad" in taken[Rol.college].taak
    assert "raadsvoorstel" not in taken[Rol.college].taak
    assert taken[Rol.college].bronnen == ["gemeentewet-147a"]
    assert "Helpt de raadsleden en de griffie" in taken[Rol.ambtelijke_organisatie].taak
    # the raadswerkgroep writing the proposal meets inwoners itself: not "via de griffie"
    werkgroep = next(b for b in advies.belanghebbenden if b.naam == "Raadswerkgroep participatie")
    assert "zelf inwoners en organisaties spreken" in werkgroep.aanpak
    assert "niet aan tafel" not in taken[Rol.griffie].taak


def test_wensen_en_bedenkingen_only_for_a_far_reaching_private_law_act() -> None:
    bruikleen = advies_voor(
        maak(
            schaal="buurt",
            omschrijving="Bewoners willen een moestuin op een grasveld dat zij in bruikleen "
            "krijgen.",
            besluit={"door": "college", "procedure": "privaatrechtelijk"},
        )
    )
    raad = next(t for t in bruikleen.rolverdeling if t.rol is Rol.raad)
    assert "bij een kleine overeenkomst meestal niet" in raad.taak
    assert bruikleen.besluit.stukken_weken == 2
    verkoop = advies_voor(
        maak(
            schaal="buurt",
            omschrijving="De gemeente wil het oude schoolgebouw verkopen aan een coöperatie.",
            besluit={"door": "college", "procedure": "privaatrechtelijk"},
        )
    )
    raad = next(t for t in verkoop.rolverdeling if t.rol is Rol.raad)
    # art. 169 lid 4: only when the raad asks or the effects are far-reaching (review 28b)
    assert "kan wensen en bedenkingen geven vóór het besluit van het college" in raad.taak
    assert "als hij daarom vraagt of de gevolgen ingrijpend zijn" in raad.taak
    assert raad.bronnen == ["gemeentewet-169"]
    assert verkoop.besluit.stukken_weken == 6


def test_initiator_decides_its_plan_and_the_college_the_agreement() -> None:
    advies = advies_voor(
        maak(
            initiatiefnemer="inwoners",
            besluit={"door": "initiatiefnemer", "procedure": "privaatrechtelijk"},
        )
    )
    assert advies.besluit.door is not None and advies.besluit.door.value == "college"
    sleutels = {b.sleutel for b in advies.bevindingen if b.regel == "BESLUIT-WIE"}
    assert sleutels == {"BESLUIT-WIE.initiatiefnemer_en_college"}
    tekst = next(b.tekst for b in advies.bevindingen if b.regel == "BESLUIT-WIE")
    assert tekst.startswith("De initiatiefnemer beslist over het eigen plan.")


def test_a_traffic_camera_is_not_the_burgemeesters_cameratoezicht() -> None:
    advies = advies_voor(
        maak(omschrijving="Camera's bij de toegang weren doorgaand verkeer uit het centrum.")
    )
    burgemeester = next(t for t in advies.rolverdeling if t.rol is Rol.burgemeester)
    assert burgemeester.taak.startswith("Bevordert de kwaliteit")


def _taak(advies: object, rol: Rol) -> str:
    return next(t.taak for t in advies.rolverdeling if t.rol is rol)


def test_a_lease_named_in_the_kaders_gives_the_raad_wensen_en_bedenkingen_as_a_fact() -> None:
    """Review 18 (tiny houses): the lease was certain, the report said 'if'."""
    advies = advies_voor(
        maak(
            initiatiefnemer="ondernemers",
            kaders_open=[
                {"onderwerp": "De voorwaarden in de huurovereenkomst.", "door": "college"}
            ],
            besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans"},
        )
    )
    raad = _taak(advies, Rol.raad)
    assert "kan wensen en bedenkingen geven over de overeenkomst" in raad
    assert "1 september 2027" in raad and "de gevolgen ingrijpend zijn" in raad
    assert "erfpacht" not in raad  # no list of acts the case may rule out (review 28b)
    assert "gaat het samen met een verkoop" not in raad
    # only in the description: still conditional
    alleen = advies_voor(
        maak(
            omschrijving="Het college verhuurt de grond.",
            besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans"},
        )
    )
    assert "gaat het samen met een verkoop" in _taak(alleen, Rol.raad)


def test_the_burgemeester_on_a_coffeeshop_the_apv_bibob_and_art_180() -> None:
    advies = advies_voor(
        maak(
            omschrijving="De burgemeester beslist over de exploitatievergunning van de coffeeshop.",
            kaders_vast=["Een Bibob-onderzoek loopt."],
            besluit={"door": "burgemeester"},
        )
    )
    burgemeester = next(t for t in advies.rolverdeling if t.rol is Rol.burgemeester)
    assert "exploitatievergunning" in burgemeester.taak and "Bibob" in burgemeester.taak
    assert "gemeentewet-174" in burgemeester.bronnen and "wet-bibob" in burgemeester.bronnen
    assert "opiumwet-13b" not in burgemeester.bronnen
    assert "art. 180 Gemeentewet" in _taak(advies, Rol.raad)


def test_the_case_saying_the_raad_gives_wensen_en_bedenkingen_is_never_contradicted() -> None:
    """An agreement the case itself puts before the raad (a bestuursovereenkomst with the COA)
    gets the raad's wensen en bedenkingen as a fact; 'geen wensen en bedenkingen' does not."""
    besluit = {"door": "college", "procedure": "privaatrechtelijk"}
    gezegd = advies_voor(
        maak(
            schaal="kern",
            aanleiding="De raad kan wensen en bedenkingen geven voordat het college de "
            "bestuursovereenkomst sluit.",
            besluit=besluit,
        )
    )
    raad = next(t for t in gezegd.rolverdeling if t.rol is Rol.raad)
    assert "geeft wensen en bedenkingen vóór het besluit van het college" in raad.taak
    ontkend = advies_voor(
        maak(
            schaal="buurt",
            aanleiding="Voor deze bruikleen zijn geen wensen en bedenkingen van de raad nodig.",
            besluit=besluit,
        )
    )
    raad = next(t for t in ontkend.rolverdeling if t.rol is Rol.raad)
    assert "geeft wensen en bedenkingen vóór" not in raad.taak


def test_a_motie_of_the_raad_is_not_an_initiatiefvoorstel() -> None:
    """The raad took the initiative with a motie: the college still writes the raadsvoorstel.
    Only raadsleden who write it themselves (a raadswerkgroep as initiator, or the word
    'initiatiefvoorstel') make it an initiatiefvoorstel under art. 147a Gemeentewet."""
    besluit = {"door": "raad", "procedure": "verordening"}
    motie = advies_voor(
        maak(
            initiatiefnemer="raad",
            aanleiding="Een motie vraagt het college om een voorstel.",
            besluit=besluit,
        )
    )
    college = next(t for t in motie.rolverdeling if t.rol is Rol.college)
    assert "147a" not in college.taak and "gemeentewet-147a" not in college.bronnen
    voorstel = advies_voor(
        maak(
            initiatiefnemer="raad",
            aanleiding="Een raadswerkgroep schrijft een initiatiefvoorstel.",
            besluit=besluit,
        )
    )
    college = next(t for t in voorstel.rolverdeling if t.rol is Rol.college)
    assert "initiatiefvoorstel van de raad (art. 147a Gemeentewet)" in college.taak


def test_another_party_that_decides_an_open_point_gets_its_own_row() -> None:
    """A point the case gives to another body (door: anders) puts that body in the roles, by
    name when the case gives one, with its own commitment; none without such a point."""
    open_ = [
        {
            "onderwerp": "De berging in het park.",
            "ruimte": "middel",
            "door": "anders",
            "partij": "Waterschap Grift en Eem",
        },
        {"onderwerp": "De klokken van de kerk.", "ruimte": "klein", "door": "anders"},
        {"onderwerp": "De inrichting van de straat.", "ruimte": "middel"},
    ]
    advies = advies_voor(maak(kaders_open=open_))
    (rij,) = [t for t in advies.rolverdeling if t.rol is Rol.anderen]
    assert rij.taak.startswith("Waterschap Grift en Eem beslist zelf over ‘De berging")
    assert "Een partij buiten de gemeente" in rij.taak
    # the gemeente cannot promise for a waterschap: it says what it does itself (review)
    assert "eigen toezegging" not in rij.taak and "brengt de inbreng daarheen" in rij.taak
    assert "straat" not in rij.taak
    zonder = advies_voor(maak(kaders_open=open_[2:]))
    assert not [t for t in zonder.rolverdeling if t.rol is Rol.anderen]


def test_only_a_private_law_act_of_the_gemeente_brings_wensen_en_bedenkingen() -> None:
    """A cooperative letting rooms to clubs, or the transfer of a task and its budget, is no
    sale, lease or transfer of the gemeente's property; the transfer of its kantine is."""
    from pionieren.analysis.facts import _handeling_van_gemeente

    assert not _handeling_van_gemeente("Afspraken over verhuur aan verenigingen.")
    assert not _handeling_van_gemeente("De overdracht kost de gemeente niet meer dan nu.")
    assert not _handeling_van_gemeente("Voorrang bij verkoop van de appartementen.")
    assert _handeling_van_gemeente("De voorwaarden voor de overdracht van de kantine.")
    assert _handeling_van_gemeente("De gemeente verhuurt de grond voor vijftien jaar.")


def test_the_griffie_serves_the_whole_raad_never_one_fractie() -> None:
    """Review 24 (Klaverveld): the griffie organised 'a moment for' one fractie."""
    from helpers import BASIS

    partijen = [
        *BASIS["belanghebbenden"],
        {"naam": "Fractie Lokaal", "soort": "politiek", "invloed": "hoog", "belang": "middel"},
    ]
    college = advies_voor(
        maak(
            belanghebbenden=partijen,
            aanleiding="Een fractie stelde schriftelijke vragen na mails van buren.",
            besluit={"door": "college", "procedure": "uitvoering"},
        )
    )
    griffie = _taak(college, Rol.griffie)
    assert "organiseert voor Fractie Lokaal" not in griffie
    assert "geeft alle fracties dezelfde informatie, ook Fractie Lokaal" in griffie
    # the college answers the written questions and informs the whole raad (art. 155)
    taak = next(t for t in college.rolverdeling if t.rol is Rol.college)
    assert "beantwoordt de schriftelijke vragen uit de raad (art. 155 Gemeentewet)" in taak.taak
    assert taak.bronnen == ["gemeentewet-155"]
    raad = advies_voor(maak(belanghebbenden=partijen, besluit={"door": "raad"}))
    assert "rondetafelgesprek voor de hele raad (ook Fractie Lokaal)" in _taak(raad, Rol.griffie)
    # without written questions the college row says nothing about them
    assert "schriftelijke vragen" not in _taak(raad, Rol.college)


def test_the_role_of_inwoners_follows_the_step_per_onderwerp() -> None:
    """Review 24 (JOP): 'Inwoners: Beslissen mee' was too wide where they decided one point
    and advised on the others; the row says the role per step."""
    advies = advies_voor(
        maak(
            besluit={"door": "college"},
            kaders_open=[
                {"onderwerp": "De inrichting van de JOP (overkapping).", "ruimte": "groot"},
                {"onderwerp": "De tijden in het convenant.", "ruimte": "middel"},
                {"onderwerp": "Hoe de proef wordt geëvalueerd.", "ruimte": "middel"},
            ],
        )
    )
    rollen = {t.rol: t.taak for t in advies.rolverdeling}
    assert rollen[Rol.inwoners] == "Beslissen mee over 1 onderwerp en adviseren over 2."
    # one step on every point: the role of that step
    gelijk = advies_voor(maak(besluit={"door": "college"}))
    assert {t.rol: t.taak for t in gelijk.rolverdeling}[Rol.inwoners].startswith("Geven advies;")


# ------------------------------------------------------------ the raad's own moments (review 27)

ORGANISATIE = {
    "naam": "Stichting Welzijn",
    "soort": "maatschappelijke_organisatie",
    "invloed": "hoog",
    "belang": "hoog",
    "houding": "tegen",
}
RUSTIG = [
    {"naam": "Omwonenden", "soort": "inwoners", "invloed": "laag", "belang": "hoog"},
    {"naam": "Buurtvereniging", "soort": "maatschappelijke_organisatie", "invloed": "middel",
     "belang": "middel", "houding": "neutraal"},
]  # fmt: skip


def test_organised_interests_give_the_whole_raad_a_dated_moment_before_it_decides() -> None:
    """Review 27 (Welzijn): 'organiseert, waar de raad dat wil, …' while the organisations
    lobby the fracties: the griffie organises a hearing in the plan's Besluit phase."""
    advies = advies_voor(
        maak(belanghebbenden=[*RUSTIG, ORGANISATIE], polarisatie=2, besluit={"door": "raad"})
    )
    (moment,) = [m for m in advies.mix if m.werkvorm == "hoorzitting-raad"]
    assert moment.fase == "besluit" and moment.start is not None
    assert any(r.sleutel == "MIX-POLITIEK.lobby" for r in moment.redenen)
    griffie = _taak(advies, Rol.griffie)
    assert "organiseert vóór het besluit (" in griffie and "waar de raad dat wil" not in griffie


def test_a_quiet_raad_decision_without_organised_interests_gets_no_hearing() -> None:
    advies = advies_voor(maak(belanghebbenden=RUSTIG, polarisatie=2, besluit={"door": "raad"}))
    assert "hoorzitting-raad" not in {m.werkvorm for m in advies.mix}
    assert "waar de raad dat wil" in _taak(advies, Rol.griffie)


def test_a_divided_raad_decision_gets_a_hearing() -> None:
    advies = advies_voor(maak(belanghebbenden=RUSTIG, polarisatie=3, besluit={"door": "raad"}))
    assert "hoorzitting-raad" in {m.werkvorm for m in advies.mix}


def test_the_college_deciding_brings_no_hearing_of_the_raad() -> None:
    from pionieren.analysis.decision import decide
    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.mix.politiek import raadsmoment

    v = maak(belanghebbenden=[*RUSTIG, ORGANISATIE], besluit={"door": "college"})
    f = Feiten(vraagstuk=v, kennis=KENNIS, datum=DATUM)
    assert raadsmoment(f, decide(f)[0]) is None


ORDE = (
    "Jongeren komen 's avonds samen bij het plein. De burgemeester gaat over de openbare orde "
    "en de inzet van politie en boa's."
)


def test_the_driehoek_has_its_own_row_where_police_act_on_the_openbare_orde() -> None:
    """Review 27 (JOP): the driehoek and the wijkagent were missing from the role table."""
    wijkagent = {"naam": "Politie, wijkagent", "soort": "overheid", "invloed": "hoog",
                 "belang": "middel"}  # fmt: skip
    advies = advies_voor(maak(omschrijving=ORDE, belanghebbenden=[*RUSTIG, wijkagent]))
    rollen = [t.rol for t in advies.rolverdeling]
    assert rollen.index(Rol.driehoek) == rollen.index(Rol.burgemeester) + 1
    taak = _taak(advies, Rol.driehoek)
    assert "officier van justitie" in taak and "De wijkagent praat mee" in taak
    zonder = advies_voor(maak(omschrijving=ORDE, belanghebbenden=RUSTIG))
    assert "wijkagent" not in _taak(zonder, Rol.driehoek)


def test_no_driehoek_without_the_openbare_orde_or_without_police() -> None:
    geen_orde = advies_voor(maak(omschrijving="De politie parkeert haar auto's op het plein."))
    geen_politie = advies_voor(maak(omschrijving="De burgemeester gaat over de openbare orde."))
    for advies in (geen_orde, geen_politie):
        assert Rol.driehoek not in {t.rol for t in advies.rolverdeling}


MOTIE = "De raad nam een motie aan die het college vraagt om een proef, samen met de buurt."


def test_a_raad_that_asked_by_motie_sees_how_it_was_carried_out() -> None:
    """Review 27 (JOP): the raad asked by motie, and got no moment to see how it was done."""
    college = {"door": "college", "procedure": "uitvoering"}
    proef = advies_voor(
        maak(aanleiding=MOTIE, besluit=college, polarisatie=4,
             kaders_uitvoering_van="2027-10-01", kaders_uitvoering_tot="2028-09-30")
    )  # fmt: skip
    assert "na het besluit en bij de evaluatie: zo ziet hij hoe zijn motie is uitgevoerd" in (
        _taak(proef, Rol.raad)
    )
    uitvoering = {"kaders_uitvoering_van": "2027-10-01", "kaders_uitvoering_tot": "2028-09-30"}
    raad = advies_voor(maak(aanleiding=MOTIE, besluit={"door": "raad"}, **uitvoering))
    assert "ziet bij de evaluatie in een raadsinformatiebrief hoe zijn motie is uitgevoerd" in (
        _taak(raad, Rol.raad)
    )
    # deciding itself, the raad sees in the proposal how its motie was carried out
    voorstel = advies_voor(maak(aanleiding=MOTIE, besluit={"door": "raad"}))
    assert "motie" not in _taak(voorstel, Rol.raad)
    ingediend = advies_voor(
        maak(aanleiding="Twee fracties dienden een motie in.", besluit=college, polarisatie=4)
    )
    assert "motie" not in _taak(ingediend, Rol.raad)
    zonder = advies_voor(maak(besluit=college, polarisatie=4))
    assert "motie" not in _taak(zonder, Rol.raad)


def test_the_burgemeester_gets_event_permits_only_in_a_case_about_events() -> None:
    """Review 34a: a BIZ fund that spends money on 'sfeerverlichting, evenementen en promotie'
    gave the burgemeester a role for evenementenvergunningen."""
    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.roles import bevoegdheden

    def taken(omschrijving: str) -> list[str]:
        f = Feiten(vraagstuk=maak(omschrijving=omschrijving), kennis=builtin(), datum=DATUM)
        return [b.tekst for b in bevoegdheden(f)]

    assert not any("evenement" in t for t in taken("Het fonds betaalt evenementen en promotie."))
    assert any("evenement" in t for t in taken("Nieuw evenementenbeleid voor het park."))
    assert any("evenement" in t for t in taken("Wij maken regels voor honden en evenementen."))


def test_a_divided_request_to_the_gemeente_is_its_own_conversation() -> None:
    """Review 35 (a street name): the working group that asks for a new name was 'owner of the
    plan and of the conversation', the gemeente only 'faciliteren', and 'tot zelfbeheer' was
    offered over a name the college fixes. In a divided case where the gemeente decides a
    request itself, the gemeente runs the conversation and the asker is one of the parties."""
    from pathlib import Path

    from pionieren.analysis.facts import Feiten
    from pionieren.analysis.roles import overheidsrol
    from pionieren.input.load import load_vraagstuk
    from pionieren.vocabulary import Overheidsrol, Trede

    pad = Path(__file__).resolve().parents[1] / "cases" / "straatnaam-van-rheestlaan.yaml"
    v = load_vraagstuk(pad)
    f = Feiten(vraagstuk=v, kennis=KENNIS, datum=DATUM)
    assert f.verzoek_in_verdeelde_zaak
    assert overheidsrol(f) is Overheidsrol.regisseren
    advies = advies_voor(v)
    (initiatiefnemer,) = [t for t in advies.rolverdeling if t.rol is Rol.initiatiefnemer]
    assert (
        "eigenaar" not in initiatiefnemer.taak
        and "voert de gemeente het gesprek" in initiatiefnemer.taak
    )
    assert all(o.maximaal is not Trede.zelfbeheer for o in advies.trede.onderwerpen)
    # calm, or a permit for the initiator's own plan: the initiator keeps its conversation
    rustig = v.model_copy(update={"polarisatie": 2})
    assert not Feiten(vraagstuk=rustig, kennis=KENNIS, datum=DATUM).verzoek_in_verdeelde_zaak
    eigen = maak(
        initiatiefnemer="inwoners",
        polarisatie=5,
        besluit={"door": "college", "procedure": "omgevingsvergunning_buitenplans"},
    )
    assert not Feiten(vraagstuk=eigen, kennis=KENNIS, datum=DATUM).verzoek_in_verdeelde_zaak


def test_the_raad_binds_itself_only_on_its_own_points() -> None:
    """Review 42a (sporthallen): the wethouder promised that the clubs make the new division
    of hours together with the gemeente, a point the college decides; the raad's row read
    'belooft vooraf zich binnen de kaders te houden aan de uitkomst (coproduceren)'."""
    uren = {
        "onderwerp": "De verdeling van de zaaluren over de clubs.",
        "ruimte": "groot",
        "door": "college",
        "na_besluit": True,
    }
    keuze = {"onderwerp": "Welke sporthal openblijft.", "ruimte": "middel"}
    v = maak(
        ambitie="coproduceren",
        kaders_open=[keuze, uren],
        kaders_raad_kaders_gesteld=True,
        besluit={"door": "raad", "procedure": "begroting"},
    )
    advies = advies_voor(v)
    treden = {o.onderwerp: o.trede for o in advies.trede.onderwerpen}
    assert treden["De verdeling van de zaaluren over de clubs."].value == "coproduceren"
    assert treden["Welke sporthal openblijft."].value != "coproduceren"
    rollen = {t.rol: t.taak for t in advies.rolverdeling}
    assert "zich binnen de kaders te houden" not in rollen[Rol.raad]
    # the same point decided by the raad: then the raad binds itself
    v2 = maak(
        ambitie="coproduceren",
        kaders_open=[keuze, {**uren, "door": "raad"}],
        kaders_raad_kaders_gesteld=True,
        besluit={"door": "raad", "procedure": "begroting"},
    )
    rollen2 = {t.rol: t.taak for t in advies_voor(v2).rolverdeling}
    assert "zich binnen de kaders te houden" in rollen2[Rol.raad]


def _corporatie_verdeeld(naam: str = "Woonstichting Noorderhuis") -> list[Taak]:
    """A divided case: the college decides, a corporation (the initiator) decides points itself."""
    v = maak(
        initiatiefnemer="maatschappelijke_organisatie",
        polarisatie=4,
        belanghebbenden=[
            {
                "naam": "Huurders",
                "soort": "inwoners",
                "invloed": "middel",
                "belang": "hoog",
                "houding": "tegen",
                "meervoud": True,
            },
            {
                "naam": naam,
                "soort": "maatschappelijke_organisatie",
                "invloed": "hoog",
                "belang": "hoog",
                "houding": "voor",
                "initiatiefnemer": True,
            },
        ],
        kaders_open=[
            {"onderwerp": "Welke blokken worden gesloopt.", "door": "initiatiefnemer"},
            {"onderwerp": "Het sociaal plan.", "door": "initiatiefnemer"},
            "De straten en het groen.",
        ],
        besluit={"door": "college"},
    )
    return list(advies_voor(v).rolverdeling)


def test_an_initiator_that_decides_points_itself_has_its_own_role() -> None:
    """Review 43d (Molenakker): 'Thuisbaat: vraagt de gemeente om dit besluit', while it decides
    four points itself and runs the talks; a corporation asks its tenants' organisation for
    advice first (art. 5 Overlegwet)."""
    taak = next(t for t in _corporatie_verdeeld() if t.rol is Rol.initiatiefnemer)
    assert taak.taak.startswith(
        "Woonstichting Noorderhuis: beslist zelf over de vraag welke blokken worden gesloopt; "
        "het sociaal plan, met een eigen toezegging en eigen gesprekken"
    )
    assert "vraagt de gemeente om dit besluit" not in taak.taak
    assert "advies aan de huurdersorganisatie" in taak.taak
    assert taak.bronnen == ["overlegwet-5"]
    # not a corporation: no Overlegwet
    ander = next(
        t for t in _corporatie_verdeeld("Stichting Buurtkracht") if t.rol is Rol.initiatiefnemer
    )
    assert "huurdersorganisatie" not in ander.taak
    assert ander.bronnen != ["overlegwet-5"]


def test_the_law_of_a_buitenplanse_permit_stands_once() -> None:
    """Issue 9: the raad's row said it 'kan dit soort gevallen aanwijzen voor zijn bindend advies
    (art. 16.15a) en voor verplichte participatie (art. 16.55 lid 7)', the point under
    Aandachtspunten said the same, and the point on the aanvraagvereiste called participation
    'geen plicht, tenzij' the raad made it one, also where it had. Each is said once."""
    advies = advies_voor(
        maak(
            initiatiefnemer="ondernemers",
            besluit={
                "procedure": "omgevingsvergunning_buitenplans",
                "participatie_verplicht": True,
            },
        )
    )
    rij = next(t for t in advies.rolverdeling if t.rol is Rol.raad)
    assert "16.15a" not in rij.taak and "16.55" not in rij.taak
    assert "omgevingswet-16-15a" not in rij.bronnen
    (bopa,) = [b for b in advies.bevindingen if b.regel == "BESLUIT-BOPA"]
    assert "Ga na of de raad" in bopa.tekst and "art. 16.55 lid 7" in bopa.tekst
    (ow,) = [b for b in advies.bevindingen if b.sleutel == "WET-OMGEVINGSWET.aanvraag"]
    assert "tenzij" not in ow.tekst and "geen weigeringsgrond" not in ow.tekst
    # where the raad did not make it mandatory, the point still says it is no duty
    vrij = advies_voor(
        maak(
            initiatiefnemer="ondernemers", besluit={"procedure": "omgevingsvergunning_buitenplans"}
        )
    )
    (ow,) = [b for b in vrij.bevindingen if b.sleutel == "WET-OMGEVINGSWET.aanvraag"]
    assert "geen plicht om te participeren, tenzij" in ow.tekst


def test_another_party_with_several_points_points_to_the_summary_table() -> None:
    """Issue 9: the table in the summary already says who decides each topic. The roles name a
    party that decides several of them by their number, with one pointer to that table; a party
    with one topic keeps it by name."""
    open_ = [
        {
            "onderwerp": "De berging in het park.",
            "ruimte": "middel",
            "door": "anders",
            "partij": "Waterschap Grift en Eem",
        },
        {
            "onderwerp": "De vorm van de stuw bij de molen.",
            "ruimte": "middel",
            "door": "anders",
            "partij": "Waterschap Grift en Eem",
        },
        {
            "onderwerp": "De bomen langs de provinciale weg.",
            "ruimte": "middel",
            "door": "anders",
            "partij": "Provincie Utrecht",
        },
        {"onderwerp": "De inrichting van de straat.", "ruimte": "middel"},
    ]
    (rij,) = [t for t in advies_voor(maak(kaders_open=open_)).rolverdeling if t.rol is Rol.anderen]
    assert "Waterschap Grift en Eem beslist zelf over 2 onderwerpen" in rij.taak
    assert rij.taak.count("zie de tabel in de samenvatting") == 1
    assert "berging" not in rij.taak and "stuw" not in rij.taak
    assert "Provincie Utrecht beslist zelf over ‘De bomen langs de provinciale weg’" in rij.taak


def test_inwoners_who_ask_for_a_public_measure_do_not_own_its_conversation() -> None:
    """Review 57a: a dorpsraad asked for a ban on lorries (a verkeersbesluit); the report made
    the inwoners 'eigenaar van het plan en van het gesprek' who 'betaalt de participatie'. A
    verkeersbesluit or an aanwijzing is a public measure: the body that decides holds the
    conversation, also when that body is another government."""
    from pionieren.analysis.result import Rol

    def rij(besluit: dict[str, str]) -> str:
        advies = advies_voor(
            maak(initiatiefnemer="inwoners", besluit=besluit, kaders_betaler="initiatiefnemer")
        )
        return {r.rol: r.taak for r in advies.rolverdeling}[Rol.initiatiefnemer]

    provincie = rij(
        {
            "door": "anders",
            "orgaan": "Gedeputeerde Staten van Utrecht",
            "procedure": "verkeersbesluit",
        }
    )
    assert "vragen Gedeputeerde Staten van Utrecht om dit besluit" in provincie
    assert "Gedeputeerde Staten van Utrecht beslissen en voeren het gesprek" in provincie
    assert "eigenaar van het plan" not in provincie
    gemeente = rij({"door": "college", "procedure": "verkeersbesluit"})
    assert "vraagt de gemeente om dit besluit" in gemeente or "vragen de gemeente" in gemeente
    assert "eigenaar van het plan" not in gemeente
    # a plan of their own (a subsidy for their own project) stays theirs
    assert "eigenaar van het plan" in rij({"door": "college", "procedure": "subsidie"})

"""Groups that must stay apart never share a werkvorm or a table row (review 54a fault 2,
review 54b fault 1): who speaks only in confidence (anonymous, afraid, victims, 'eerst
persoonlijk') is asked one by one via someone they trust, never in the street or at a gathering,
and in a divided case the supporters and opponents of the plan do not meet at an open
gathering."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATUM, ONTWIKKELCASUSSEN, advies_voor, maak, moeilijke_groep, rapport_gegevens

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.bereik import bedient, vertrouwelijk
from pionieren.analysis.mix.instrument import STAP_VAN_DE_RAAD
from pionieren.analysis.mix.kwetsbaar import NAZORG, scheiden
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.stakeholders import drempels, hulpdienst
from pionieren.input.hints import vertrouwelijk_hints
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.safe_text import comparable_name
from pionieren.vocabulary import Kenmerk, Modus, Trede, Voorwaarde

CASES = Path(__file__).resolve().parents[1] / "cases"
RAVENSTEDE = CASES / "review53" / "demonstraties-kliniek-ravenstede.yaml"
DUINMONDE = CASES / "review54" / "veiligheidsrisicogebied-visserswijk-duinmonde.yaml"
CATALOGUS = {w.id: w for w in builtin().werkvormen}


@pytest.mark.parametrize(
    ("naam", "via", "verwacht"),
    [
        ("Bewoners die uit angst voor represailles zwijgen", None, True),
        (
            "Getroffen huishoudens",
            "de wijkagent, eerst persoonlijk en niet op een bijeenkomst",
            True,
        ),
        ("Slachtoffers van de overval", None, True),
        ("Bezoeksters van de kliniek", "de kliniek, zonder naam", True),
        ("Ouders die bang zijn voor het verkeer", None, False),
        ("Bewoners van de wijk", "de bewonersvereniging", False),
    ],
)
def test_who_speaks_only_in_confidence(naam: str, via: str | None, verwacht: bool) -> None:
    assert vertrouwelijk(moeilijke_groep(naam, via)) is verwacht


def test_no_street_or_gathering_for_who_speaks_only_in_confidence() -> None:
    bang = moeilijke_groep("Bewoners die uit angst voor represailles zwijgen")
    for id_ in ("straatinterviews", "inloopavond", "focusgroep", "huis-aan-huis"):
        assert not bedient(CATALOGUS[id_], bang), id_
    assert bedient(CATALOGUS["sleutelfiguren"], bang)
    # with a trusted route named, that person may come to their home
    getroffen = moeilijke_groep("Getroffen huishoudens", "Slachtofferhulp, eerst persoonlijk")
    assert bedient(CATALOGUS["keukentafelgesprek"], getroffen)


def _eigen_voor(v: object, naam: str) -> bool:
    """Does the case itself name this group for one of its own werkvormen?"""
    return any(
        comparable_name(naam) in comparable_name(g.voor or "")
        for g in v.werkvormen  # type: ignore[attr-defined]
    )


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_confidential_group_alone_in_its_row_and_never_in_the_street(pad: Path) -> None:
    advies, v, _ = rapport_gegevens(pad, DATUM)
    stil = {p.naam for p in v.belanghebbenden if vertrouwelijk(p)}
    for m in advies.mix:
        w = CATALOGUS.get(m.werkvorm)
        for naam in stil & set(m.voor):
            if w is not None:
                assert not (w.ter_plekke or w.bijeenkomst), (pad.stem, m.naam, naam)
            if (
                m.werkvorm in STAP_VAN_DE_RAAD
                # the feedback to all participants and the evaluation ask nobody anything in
                # front of others (kwetsbaar.NAZORG)
                or m.werkvorm in NAZORG
                or (w is not None and Voorwaarde.eigen_bezit in w.alleen_als)
                or _eigen_voor(v, naam)
            ):
                continue
            assert m.voor == [naam], (pad.stem, m.naam, m.voor)


def test_ravenstede_demonstrators_and_clinic_visitors_apart() -> None:
    advies, _, _ = rapport_gegevens(RAVENSTEDE, DATUM)
    for m in advies.mix:
        if "Bezoeksters van de kliniek en hun begeleiders" in m.voor and m.werkvorm not in NAZORG:
            assert m.voor == ["Bezoeksters van de kliniek en hun begeleiders"], m.naam
    assert any(m.voor == ["Bezoeksters van de kliniek en hun begeleiders"] for m in advies.mix)
    assert any("Demonstranten van buiten de gemeente" in m.voor for m in advies.mix)


def test_duinmonde_afraid_and_victims_not_in_street_interviews() -> None:
    advies, _, _ = rapport_gegevens(DUINMONDE, DATUM)
    stil = {
        "Bewoners die uit angst voor represailles zwijgen",
        "Getroffen huishoudens en bedrijven",
    }
    for m in advies.mix:
        if stil & set(m.voor) and m.werkvorm not in NAZORG:
            assert not CATALOGUS[m.werkvorm].ter_plekke, m.naam
            assert len(m.voor) == 1, (m.naam, m.voor)
    # each still has a place before the decision
    for naam in stil:
        assert any(naam in m.voor for m in advies.mix), naam


def _verdeeld(polarisatie: int = 5) -> Vraagstuk:
    return maak(
        polarisatie=polarisatie,
        belanghebbenden=[
            {
                "naam": "Buurtbewoners",
                "soort": "inwoners",
                "invloed": "laag",
                "belang": "hoog",
                "houding": "tegen",
                "meervoud": True,
            },
            {
                "naam": "Toekomstige gebruikers",
                "soort": "inwoners",
                "invloed": "laag",
                "belang": "hoog",
                "houding": "voor",
                "meervoud": True,
            },
            {
                "naam": "Winkeliers",
                "soort": "ondernemers",
                "invloed": "hoog",
                "belang": "hoog",
                "houding": "voor",
            },
        ],
    )


def _keuze(id_: str, voor: list[str]) -> Keuze:
    k = Keuze(werkvorm=CATALOGUS[id_], modus=Modus.denken, trede=Trede.raadplegen)
    k.add(voor, None, "TEST")
    return k


def test_divided_case_sides_leave_a_shared_open_gathering() -> None:
    """At an open gathering in a divided case, the side heard elsewhere before the decision
    leaves; at polarisation 3 they may meet."""
    f = Feiten(_verdeeld(), builtin(), DATUM)
    avond = _keuze("inloopavond", ["Buurtbewoners", "Toekomstige gebruikers"])
    enquete = _keuze("enquete", ["Toekomstige gebruikers"])
    uit = scheiden(f, [avond, enquete])
    assert avond.voor == ["Buurtbewoners"]
    assert enquete in uit
    rustig = Feiten(_verdeeld(polarisatie=3), builtin(), DATUM)
    avond = _keuze("inloopavond", ["Buurtbewoners", "Toekomstige gebruikers"])
    scheiden(rustig, [avond, _keuze("enquete", ["Toekomstige gebruikers"])])
    assert avond.voor == ["Buurtbewoners", "Toekomstige gebruikers"]


def test_same_side_may_share_a_gathering() -> None:
    f = Feiten(_verdeeld(), builtin(), DATUM)
    avond = _keuze("inloopavond", ["Toekomstige gebruikers", "Winkeliers"])
    scheiden(f, [avond])
    assert avond.voor == ["Toekomstige gebruikers", "Winkeliers"]


def test_no_other_route_gives_a_session_of_its_own() -> None:
    """A confidential group that no other form reaches keeps the form, in its own row."""
    v = maak(
        belanghebbenden=[
            {
                "naam": "Jongeren",
                "soort": "inwoners",
                "invloed": "laag",
                "belang": "hoog",
                "meervoud": True,
            },
            {
                "naam": "Slachtoffers van de overval",
                "soort": "inwoners",
                "invloed": "laag",
                "belang": "hoog",
                "meervoud": True,
            },
        ]
    )
    gesprekken = _keuze("sleutelfiguren", ["Jongeren", "Slachtoffers van de overval"])
    uit = scheiden(Feiten(v, builtin(), DATUM), [gesprekken])
    assert [k.voor for k in uit] == [["Jongeren"], ["Slachtoffers van de overval"]]
    assert all(k.werkvorm.id == "sleutelfiguren" for k in uit)


def test_confidential_group_split_off_a_shared_row() -> None:
    """Two hard-to-reach groups that one form reaches: the one that speaks only in confidence
    gets a session of its own."""
    v = maak(
        belanghebbenden=[
            {"naam": "Omwonenden", "soort": "inwoners", "invloed": "laag", "belang": "hoog"},
            moeilijke_groep("Nieuwkomers in de wijk", kenmerken=["migratieachtergrond"]),
            moeilijke_groep(
                "Bewoners die uit angst voor represailles zwijgen",
                kenmerken=["migratieachtergrond"],
            ),
        ]
    )
    advies = advies_voor(v)
    bang = "Bewoners die uit angst voor represailles zwijgen"
    rijen = [m for m in advies.mix if bang in m.voor and m.werkvorm not in NAZORG]
    assert rijen
    assert all(m.voor == [bang] for m in rijen), [(m.naam, m.voor) for m in rijen]


def test_anonymous_kenmerk_alone_in_its_row() -> None:
    groep = moeilijke_groep("Cliënten van de opvang", "de opvang").model_copy(
        update={"kenmerken": [Kenmerk.anoniem]}
    )
    assert vertrouwelijk(groep)


@pytest.mark.parametrize(
    ("naam", "verwacht"),
    [
        ("Brandweer en ambulancedienst", True),
        ("Veiligheidsregio Lage Landen Noord", True),
        ("Politie en Veiligheidsregio Zuid-Maasland", True),
        ("Werkgevers van brandweervrijwilligers", False),
        ("Vakvereniging Brandweervrijwilligers", False),
        ("Vrijwilligers van brandweerpost Lutjewold", False),
    ],
)
def test_the_service_itself_not_the_people_around_it(naam: str, verwacht: bool) -> None:
    """Only the emergency service gets 'vraag de veiligheidsregio om advies over de
    aanrijtijden' (review 54b: that step for employers of volunteers is nonsense)."""
    assert hulpdienst(naam) is verwacht


def test_confidential_route_replaces_stock_obstacles() -> None:
    """Clinic visitors reached only through the clinic, without their name: no stock 'kort,
    online of waar zij al komen' beside that route (review 54b)."""
    groep = moeilijke_groep(
        "Bezoeksters van de kliniek", "de maatschappelijk werkers van de kliniek, zonder naam"
    ).model_copy(update={"kenmerken": [Kenmerk.bezoekers, Kenmerk.jongeren]})
    assert drempels(groep) == []
    zonder_route = groep.model_copy(update={"via": None})
    assert drempels(zonder_route)
    advies, _, _ = rapport_gegevens(RAVENSTEDE, DATUM)
    regel = next(b for b in advies.belanghebbenden if b.naam.startswith("Bezoeksters"))
    assert "buiten werk- en studietijd" not in regel.aanpak
    assert "zelf opzoeken" not in regel.aanpak


def test_valideer_says_what_the_words_of_confidence_do() -> None:
    from pionieren.input.load import load_vraagstuk

    v = load_vraagstuk(DUINMONDE, DUINMONDE.name)
    hints = vertrouwelijk_hints(v)
    assert {h.woord.lower() for h in hints} == {"uit angst", "slachtofferhulp"}
    assert all(h.code == "vertrouwelijk" for h in hints)
    # the kenmerk anoniem says it already: no hint
    groepen = [b.model_copy(update={"kenmerken": [Kenmerk.anoniem]}) for b in v.belanghebbenden]
    assert not vertrouwelijk_hints(v.model_copy(update={"belanghebbenden": groepen}))


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_de_terugkoppeling_wordt_niet_gesplitst(pad: Path) -> None:
    """Sessie 40 (Duinmonde): MIX-GESCHEIDEN split the feedback to all participants, and the
    table showed 'Terugkoppeling aan deelnemers | alle deelnemers' twice. Nobody is asked
    anything in front of others there."""
    advies, _, _ = rapport_gegevens(pad, DATUM)
    ids = [m.werkvorm for m in advies.mix if m.werkvorm in ("terugkoppeling", "leerarena")]
    assert len(ids) == len(set(ids)), ids

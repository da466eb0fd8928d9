"""Each werkvorm with its own topic, and no open reaction round of the tool's own next to the
case's own controlled or formal instrument (review 56b and 56c)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import ONTWIKKELCASUSSEN, advies_voor, maak

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.punt_van import punt_van
from pionieren.analysis.result import Advies
from pionieren.input.load import load_vraagstuk
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Trede

DAG = date(2026, 12, 1)

_KEUZE = {
    "onderwerp": "Welk van de twee ontwerpen voor het plein er komt.",
    "ruimte": "middel",
    "keuze": True,
    "toegezegd": True,
    "opties": ["een plein met bomen", "een plein met een markt"],
}
_WIJKRAAD = {
    "naam": "Wijkraad Centrum",
    "soort": "adviesorgaan",
    "invloed": "middel",
    "belang": "hoog",
}


def _plein(werkvormen: list[dict[str, Any]], **meer: Any) -> Advies:
    """A college choice between two designs, promised to be advised on, with the case's own
    werkvormen."""
    basis = maak(kaders_besluit_uiterlijk="2027-09-01")
    return advies_voor(
        maak(
            kaders_open=[_KEUZE, "Waar de fietsenrekken komen."],
            kaders_besluit_uiterlijk="2027-09-01",
            besluit={
                "door": "college",
                "procedure": "uitvoering",
                "toezegging": {
                    "door": "college",
                    "trede": "adviseren",
                    "tekst": meer.pop(
                        "belofte", "Het college neemt het advies over het plein over."
                    ),
                },
            },
            belanghebbenden=[*basis.model_dump(mode="json")["belanghebbenden"], _WIJKRAAD],
            werkvormen=werkvormen,
            **meer,
        ),
        datum=DAG,
    )


def _reactie(a: Advies) -> list[str]:
    return [
        str(k)
        for p in a.planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.reactie"
        for k in [*p.uitleg.waarden.get("keuzes", []), *p.uitleg.waarden.get("concepten", [])]
    ]


def test_zonder_eigen_instrument_een_reactieronde() -> None:
    """The control: the choice between the designs lies open for everyone."""
    assert _reactie(_plein([]))


def test_geen_open_ronde_naast_een_steekproef() -> None:
    """A survey among a drawn sample is the case's own controlled round: no open round next to
    it, where the best-organised camp wins (review 56b, Scheldevoorde)."""
    a = _plein(
        [
            {
                "id": "enquete",
                "status": "besloten",
                "door": "college",
                "voor": "een steekproef van 2.000 inwoners",
                "van": "2027-04-05",
                "tot": "2027-04-30",
            }
        ]
    )
    assert _reactie(a) == []


def test_een_open_enquete_houdt_de_ronde() -> None:
    """A survey anyone can fill in is no controlled instrument: the round stays."""
    a = _plein(
        [
            {
                "id": "enquete",
                "status": "besloten",
                "door": "college",
                "voor": "alle inwoners die willen",
                "van": "2027-04-05",
                "tot": "2027-04-30",
            }
        ]
    )
    assert _reactie(a)


def test_geen_open_ronde_naast_het_advies_van_de_wijkraad() -> None:
    """The wijkraad the promise is made to advises on the question in its own meeting: the
    options do not go public for everyone after that (review 56b, Oosterweide)."""
    a = _plein(
        [
            {
                "id": "eigen-vergadering",
                "status": "besloten",
                "door": "college",
                "voor": "Wijkraad Centrum",
                "van": "2027-06-01",
            }
        ],
        belofte="Het college neemt het advies van de Wijkraad Centrum over het plein over.",
    )
    assert _reactie(a) == []


def test_gevraagde_consultatie_blijft() -> None:
    """The case itself asks for the open consultation on the concept: it stays, also next to
    a sample survey."""
    a = _plein(
        [
            {
                "id": "enquete",
                "status": "besloten",
                "door": "college",
                "voor": "een steekproef van 2.000 inwoners",
                "van": "2027-04-05",
                "tot": "2027-04-30",
            },
            {"id": "schriftelijke-consultatie", "status": "voorgesteld"},
        ]
    )
    assert _reactie(a)


# --- point 2: a werkvorm for the point its own ``voor`` names -------------------------------

_PALEN = {
    "onderwerp": "Welk waterpeil er komt onder het dorp.",
    "ruimte": "middel",
    "keuze": True,
    "opties": ["het huidige peil", "een hoger peil"],
}
_BUIZEN = {
    "onderwerp": "Waar de gemeente peilbuizen plaatst en wie de metingen ziet.",
    "ruimte": "groot",
}


def _feiten_punt(a: Advies) -> str:
    (m,) = [m for m in a.mix if m.werkvorm == "joint-fact-finding"]
    (r,) = [r for r in m.redenen if r.sleutel == "MIX-VOORSTEL.feiten"]
    return str(r.waarden["punt"])


def test_feitenonderzoek_dient_het_punt_van_zijn_voor() -> None:
    """The inquiry 'voor' the effect of the peil under the village serves that choice, not the
    point whose words hold a signal of measuring (review 56b, Broekerveen)."""
    a = advies_voor(
        maak(
            kaders_open=[_BUIZEN, _PALEN],
            werkvormen=[
                {
                    "id": "joint-fact-finding",
                    "status": "voorgesteld",
                    "door": "Buurtvereniging",
                    "voor": "het effect van elk waterpeil op de houten palen onder het dorp",
                }
            ],
        ),
        datum=DAG,
    )
    assert _feiten_punt(a) == _PALEN["onderwerp"]


def test_atelier_voor_het_plein_weegt_niet_de_brug() -> None:
    """An atelier the case proposes for one place does not weigh another choice (review 56c,
    Ravenheide: the atelier for the stationsplein weighed the crossings)."""
    brug = {
        "onderwerp": "Welke brug er over de rivier komt.",
        "ruimte": "middel",
        "keuze": True,
        "opties": ["een fietsbrug", "een brug voor auto's"],
    }
    plein = {"onderwerp": "De inrichting van het marktplein.", "ruimte": "groot"}
    a = advies_voor(
        maak(
            kaders_open=[brug, plein],
            werkvormen=[
                {
                    "id": "ontwerpatelier",
                    "status": "voorgesteld",
                    "door": "Winkeliers",
                    "voor": "het marktplein",
                }
            ],
        ),
        datum=DAG,
    )
    (atelier,) = [m for m in a.mix if m.werkvorm == "ontwerpatelier"]
    assert brug["onderwerp"] not in atelier.onderwerpen
    (o,) = [o for o in a.trede.onderwerpen if o.onderwerp == brug["onderwerp"]]
    assert o.gekozen_in != "ontwerpatelier"


def _met_eigen_punt() -> list[Path]:
    kennis = builtin()
    uit = []
    for pad in ONTWIKKELCASUSSEN:
        v = load_vraagstuk(pad)
        f = Feiten(vraagstuk=v, kennis=kennis, datum=DAG)
        if any(punt_van(f, g) for g in v.werkvormen):
            uit.append(pad)
    return uit


@pytest.mark.parametrize("pad", _met_eigen_punt(), ids=lambda p: p.stem)
def test_eigen_werkvorm_bij_eigen_punt(pad: Path) -> None:
    """In every development case, a werkvorm the case names for one open point (its ``voor``
    names that point's words, not people) is not where another point is weighed, and a joint
    inquiry serves that point."""
    v = load_vraagstuk(pad)
    a = advies_voor(v, datum=DAG)
    f = Feiten(vraagstuk=v, kennis=builtin(), datum=DAG)
    for g in v.werkvormen:
        punt = punt_van(f, g)
        if punt is None:
            continue
        for o in a.trede.onderwerpen:
            if o.gekozen_in == g.id:
                assert o.onderwerp == punt, (g.id, o.onderwerp)
        for m in a.mix:
            for r in m.redenen:
                if m.werkvorm == g.id and r.sleutel == "MIX-VOORSTEL.feiten":
                    assert r.waarden["punt"] == punt


# --- point 3: a proposed werkvorm keeps the audience its proposer named ----------------------


def test_voorgestelde_tafel_houdt_haar_deelnemers() -> None:
    """The shopkeepers' table 'voor de winkeliers en het personeel' is not turned into a direct
    talk with the opposed churches (review 56b, Scheldevoorde; 56d, Hunsewold)."""
    basis = maak().model_dump(mode="json")["belanghebbenden"]
    kerken = {
        "naam": "Kerken in Teststad",
        "soort": "maatschappelijke_organisatie",
        "invloed": "middel",
        "belang": "hoog",
        "houding": "tegen",
    }
    a = advies_voor(
        maak(
            belanghebbenden=[*basis, kerken],
            werkvormen=[
                {
                    "id": "rondetafel",
                    "status": "voorgesteld",
                    "door": "Winkeliers",
                    "voor": "de winkeliers en het personeel",
                }
            ],
        ),
        datum=DAG,
    )
    (tafel,) = [m for m in a.mix if m.werkvorm == "rondetafel"]
    genoemd = [
        n
        for r in tafel.redenen
        if r.sleutel == "MIX-VERDIEPING.gekozen"
        for n in [*r.waarden.get("sleutelspelers", []), *r.waarden.get("tegen", [])]
    ]
    assert "Kerken in Teststad" not in genoemd
    assert "Kerken in Teststad" not in tafel.voor


# --- point 4: bidders do not weigh the inwoners' choice -------------------------------------


def test_marktconsultatie_weegt_geen_keuze_van_inwoners() -> None:
    """A market consultation of possible bidders is never where inwoners' choice is weighed
    (review 56c, Marnewold: 'Afwegen: marktconsultatie' for where the youth work should be)."""
    basis = maak().model_dump(mode="json")["belanghebbenden"]
    bieders = {
        "naam": "Organisaties die kunnen inschrijven",
        "soort": "maatschappelijke_organisatie",
        "invloed": "middel",
        "belang": "hoog",
    }
    a = advies_voor(
        maak(
            kaders_open=[{**_KEUZE, "toegezegd": False}],
            belanghebbenden=[*basis, bieders],
            werkvormen=[
                {
                    "id": "marktconsultatie",
                    "status": "besloten",
                    "door": "college",
                    "voor": "Organisaties die kunnen inschrijven",
                    "van": "2027-02-01",
                    "tot": "2027-02-12",
                }
            ],
        ),
        datum=DAG,
    )
    (markt,) = [m for m in a.mix if m.werkvorm == "marktconsultatie"]
    assert _KEUZE["onderwerp"] not in markt.onderwerpen
    assert markt.trede.rang <= Trede.raadplegen.rang
    (o,) = [o for o in a.trede.onderwerpen if o.onderwerp == _KEUZE["onderwerp"]]
    assert o.gekozen_in != "marktconsultatie"

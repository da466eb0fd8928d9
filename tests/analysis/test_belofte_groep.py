"""A group a toezegging or an adopted motie names gets a dated, costed step before the decision
in a form that can reach it; else the summary says plainly that the promise is not kept yet and
what the bestuur must decide (rule MIX-BELOFTE; review 53a, Beerzelo)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import DATUM, ONTWIKKELCASUSSEN, advies_voor, maak, rapport_gegevens

from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.belofte import beloofd_aan, zelfde_soort
from pionieren.analysis.mix.bereik import bereikt, kan_voor
from pionieren.knowledge.load import builtin
from pionieren.report.render import write_markdown

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
ALLE = ONTWIKKELCASUSSEN
CATALOGUS = {w.id: w for w in builtin().werkvormen}
BEERZELO = CASES / "review53" / "leerlingenvervoer-verordening-beerzelo.yaml"
WALDUIN = CASES / "beoordeling" / "toeristische-verhuur-walduin.yaml"
LEERLINGEN = "Leerlingen in het speciaal onderwijs"


def _feiten(pad: Path) -> Feiten:
    _, v, _ = rapport_gegevens(pad, DATUM)
    return Feiten(v, builtin(), DATUM)


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.stem)
def test_every_promised_group_has_a_step_that_reaches_it_or_a_plain_line(pad: Path) -> None:
    """Property over all development cases: a group a promise names sits in a dated, costed
    step before the decision whose form can reach it, or a MIX-BELOFTE finding names it."""
    advies, v, _ = rapport_gegevens(pad, DATUM)
    f = Feiten(v, builtin(), DATUM)
    gemeld = {n for b in advies.bevindingen if b.regel == "MIX-BELOFTE" for n in b.waarden["namen"]}
    inclusie = {p.naam for p in f.inclusiegroepen}
    beloofd = beloofd_aan(f)
    for p in beloofd:
        if p.naam in gemeld:
            continue
        # a promise to the kind ('jongeren') is kept by a step for one group of that kind
        soort = zelfde_soort(f, p, beloofd)
        stappen = [
            m
            for m in advies.mix
            for q in soort
            if q.naam in m.voor
            and m.kosten_euro is not None
            and (w := CATALOGUS.get(m.werkvorm)) is not None
            and kan_voor(w, q)
            and (q.naam not in inclusie or bereikt(w, q))
        ]
        # a form of the case itself (not in the catalogue) counts when it is for them
        eigen = [
            m for m in advies.mix for q in soort if q.naam in m.voor and m.werkvorm not in CATALOGUS
        ]
        assert stappen or eigen, (pad.stem, p.naam)


def test_a_promise_names_a_group_by_the_word_that_says_who_they_are() -> None:
    """'de commissie Wonen en Economie' in the promise does not name 'Jongeren en starters die
    in hun kern willen blijven wonen'; the dorpsraden it names are named."""
    namen = [p.naam for p in beloofd_aan(_feiten(WALDUIN))]
    assert "Jongeren en starters die in hun kern willen blijven wonen" not in namen
    assert any("Dorpsraad" in n or "dorpsraad" in n for n in namen), namen


def test_beerzelo_pupils_the_motie_names_are_reached_so_no_line() -> None:
    advies, _, _ = rapport_gegevens(BEERZELO, DATUM)
    assert LEERLINGEN in [p.naam for p in beloofd_aan(_feiten(BEERZELO))]
    assert not [b for b in advies.bevindingen if b.regel == "MIX-BELOFTE"]


def test_a_promised_group_no_form_reaches_is_a_plain_line_in_the_summary(tmp_path: Path) -> None:
    """Without the route to their own class no form reaches the pupils: the summary says the
    promise is not kept yet and what the bestuur decides, not only a line deep in a chapter."""
    data = yaml.safe_load(BEERZELO.read_text(encoding="utf-8"))
    for p in data["belanghebbenden"]:
        if p["naam"] == LEERLINGEN:
            del p["via"]
    pad = tmp_path / BEERZELO.name
    pad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    advies, _, gegevens = rapport_gegevens(pad, DATUM)
    belofte = [b for b in advies.bevindingen if b.regel == "MIX-BELOFTE"]
    assert belofte and LEERLINGEN in belofte[0].waarden["namen"]
    rapport = write_markdown(advies, gegevens, None).decode("utf-8")
    samenvatting = rapport.split("\n## 1.")[0]
    assert "**Nu beslissen.**" in samenvatting
    assert "leerlingen in het speciaal onderwijs is nog niet ingelost" in samenvatting
    # the summary gives the first sentences of a long note and points to chapter 1, where
    # the whole note stands with what the bestuur decides (issue 9: a short summary)
    assert "Het bestuur beslist nu" in samenvatting or "Hoofdstuk 1 zegt wat kan" in samenvatting
    assert "Het bestuur beslist nu" in rapport


MARNEWOLD = Path(__file__).parents[1] / "cases/review54/jongerenwerk-aanbesteding-marnewold.yaml"
LVB = "Jongeren met een licht verstandelijke beperking"


def test_a_promise_to_the_kind_is_kept_by_a_step_for_one_group_of_that_kind(
    tmp_path: Path,
) -> None:
    """'Jongeren beoordelen mee' promises the kind, not each group of young people: no line
    that the promise to the young people with a disability is not kept (review 54a). When the
    promise names that group by more than its head, it is a promise to them, and the line
    comes back."""
    advies, _, _ = rapport_gegevens(MARNEWOLD, DATUM)
    f = _feiten(MARNEWOLD)
    beloofd = beloofd_aan(f)
    lvb = next(p for p in beloofd if p.naam == LVB)
    assert len(zelfde_soort(f, lvb, beloofd)) > 1
    assert not [b for b in advies.bevindingen if b.regel == "MIX-BELOFTE"]
    data = yaml.safe_load(MARNEWOLD.read_text(encoding="utf-8"))
    data["besluit"]["toezegging"]["tekst"] += (
        " Jongeren met een licht verstandelijke beperking geven apart advies."
    )
    pad = tmp_path / MARNEWOLD.name
    pad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    f = _feiten(pad)
    beloofd = beloofd_aan(f)
    lvb = next(p for p in beloofd if p.naam == LVB)
    assert zelfde_soort(f, lvb, beloofd) == [lvb]


def test_the_case_own_step_for_the_promised_advisory_body_keeps_the_promise() -> None:
    """A new case (sessie 40, a wijkservicepunt): the wethouder promised the wijkraad to follow
    its advice, the case planned that advice in the wijkraad's own meeting, and the summary still
    said the promise was not kept, because the catalogue form does not list advisory bodies."""
    v = maak(
        schaal="wijk",
        omschrijving="Wat komt er in de plaats van het wijkservicepunt?",
        kaders={
            "beinvloedingsruimte": "middel",
            "open": ["De vorm van de hulp in de wijk."],
            "besluit_uiterlijk": "2027-06-29",
        },
        besluit={
            "door": "college",
            "procedure": "uitvoering",
            "toezegging": {
                "door": "college",
                "trede": "adviseren",
                "tekst": "De wethouder zegde de Wijkraad Oosterweide toe dat het college het "
                "advies van de wijkraad over de vorm van de hulp overneemt.",
            },
        },
        werkvormen=[
            {
                "id": "eigen-vergadering",
                "status": "besloten",
                "door": "college",
                "voor": "Wijkraad Oosterweide",
                "van": "2027-05-12",
            }
        ],
        belanghebbenden=[
            {
                "naam": "Wijkraad Oosterweide",
                "soort": "adviesorgaan",
                "invloed": "middel",
                "belang": "hoog",
                "houding": "tegen",
                "aantal": 9,
                "meervoud": False,
            },
            {
                "naam": "Bewoners van Oosterweide",
                "soort": "inwoners",
                "invloed": "laag",
                "belang": "hoog",
            },
        ],
    )
    advies = advies_voor(v, datum=DATUM)
    assert not [b for b in advies.bevindingen if b.regel == "MIX-BELOFTE"], [
        b.tekst for b in advies.bevindingen if b.regel == "MIX-BELOFTE"
    ]


def test_the_raads_own_hearing_keeps_the_raads_promise_to_be_heard() -> None:
    """A new case (sessie 40, zondagsopenstelling): the raad promised to hear the churches and
    the ondernemers; they were listed for its hearing before the decision, and the summary still
    said the promise was not kept (the hearing sits in the decision's own phase)."""
    v = maak(
        schaal="gemeente",
        omschrijving="Mogen winkels op zondag open?",
        kaders={
            "beinvloedingsruimte": "klein",
            "open": ["Of winkels op zondag open mogen."],
            "besluit_uiterlijk": "2027-10-28",
        },
        besluit={
            "door": "raad",
            "procedure": "verordening",
            "toezegging": {
                "door": "raad",
                "trede": "raadplegen",
                "tekst": "De raad hoort de kerken en de ondernemersvereniging voordat hij besluit.",
            },
        },
        werkvormen=[
            {"id": "hoorzitting-raad", "status": "besloten", "door": "raad", "van": "2027-09-08"}
        ],
        belanghebbenden=[
            {
                "naam": "Kerken in Scheldevoorde",
                "soort": "maatschappelijke_organisatie",
                "invloed": "middel",
                "belang": "hoog",
                "houding": "tegen",
                "meervoud": True,
                "via": "het Interkerkelijk Overleg",
            },
            {
                "naam": "Ondernemersvereniging Centrum",
                "soort": "ondernemers",
                "invloed": "middel",
                "belang": "hoog",
                "meervoud": False,
            },
        ],
    )
    advies = advies_voor(v, datum=DATUM)
    assert not [b.tekst for b in advies.bevindingen if b.regel == "MIX-BELOFTE"]
    # the step itself: the raad's hearing reaches the churches, though it sits in the
    # decision's phase and the catalogue form does not list them
    from pionieren.analysis.mix.belofte import bereikt_door
    from pionieren.analysis.mix.ontwerp import Keuze
    from pionieren.vocabulary import Modus, Trede

    kennis = builtin()
    hoor = Keuze(
        werkvorm=next(w for w in kennis.werkvormen if w.id == "hoorzitting-raad"),
        modus=Modus.besluiten,
        trede=Trede.raadplegen,
    )
    hoor.add(["Kerken in Scheldevoorde"], None, "TEST")
    kerken = v.belanghebbenden[0]
    assert bereikt_door(Feiten(v, kennis, DATUM), hoor, kerken)

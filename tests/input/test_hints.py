"""Hints for instruments the text names and the fields do not (input/hints.py)."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from pionieren.input.hints import INSTRUMENTEN, Hint, instrument_hints, plek_hints, positie
from pionieren.input.load import parse_vraagstuk, read_vraagstuk
from pionieren.input.model import Vraagstuk
from pionieren.input.yamlread import read_text
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Procedure

ROOT = Path(__file__).resolve().parents[2]
CATALOGUS = frozenset(builtin().ids())

BASIS: dict[str, Any] = {
    "titel": "Herinrichting Dorpsplein",
    "gemeente": "Teststad",
    "omschrijving": "Hoe richten we het plein opnieuw in?",
    "initiatiefnemer": "gemeente",
    "fase": "beleidsvorming",
    "schaal": "wijk",
    "kaders": {"beinvloedingsruimte": "middel"},
    "belanghebbenden": [
        {"naam": "Omwonenden", "soort": "inwoners", "invloed": "laag", "belang": "hoog"}
    ],
}


def maak(**velden: Any) -> Vraagstuk:
    data = copy.deepcopy(BASIS)
    for sleutel, waarde in velden.items():
        if sleutel.startswith("kaders_"):
            data["kaders"][sleutel.removeprefix("kaders_")] = waarde
        else:
            data[sleutel] = waarde
    return Vraagstuk.model_validate(data)


def hints(tekst: str, **velden: Any) -> list[Hint]:
    return instrument_hints(maak(omschrijving=tekst, **velden), CATALOGUS)


def gevonden(tekst: str, **velden: Any) -> list[tuple[str, str]]:
    return [(h.instrument, h.woord) for h in hints(tekst, **velden)]


# --- the word table -------------------------------------------------------------------------


def test_table_refers_to_the_catalogue_and_is_consistent() -> None:
    sleutels = [i.sleutel for i in INSTRUMENTEN]
    assert len(sleutels) == len(set(sleutels))
    for instrument in INSTRUMENTEN:
        assert set(instrument.werkvormen) <= CATALOGUS, instrument.sleutel
        assert set(instrument.dekt) <= CATALOGUS, instrument.sleutel
        assert len(instrument.toelichting) <= len(instrument.werkvormen)
        for patroon in instrument.patronen:
            re.compile(patroon)
        suggests = (
            instrument.werkvormen or instrument.procedures or instrument.door or instrument.partijen
        )
        assert bool(suggests) != instrument.context, f"{instrument.sleutel} suggests nothing"


@pytest.mark.parametrize(
    ("tekst", "instrument", "woord"),
    [
        ("De raad houdt een referendum over het plan.", "referendum", "referendum"),
        ("Er komt een inwonersreferendum.", "referendum", "inwonersreferendum"),
        ("De referendumcommissie adviseert over de vraag.", "referendum", "referendumcommissie"),
        ("Inwoners vragen een raadgevend referendum aan.", "referendum-raadgevend", None),
        ("De raad kiest een raadplegend referendum.", "referendum-raadplegend", None),
        ("De raad stelt een burgerberaad in.", "burgerberaad", "burgerberaad"),
        ("Twee burgerberaden adviseren de raad.", "burgerberaad", "burgerberaden"),
        ("Een klimaatburgerberaad adviseert.", "burgerberaad", "klimaatburgerberaad"),
        ("Een burgertop in het najaar.", "burgertop", "burgertop"),
        ("Een G1000 in het dorp.", "burgertop", "G1000"),
        ("Een burgerjury beoordeelt de plannen.", "burgerjury", "burgerjury"),
        ("Een deliberatieve peiling onder inwoners.", "deliberatieve-peiling", None),
        ("Een groep van 150 gelote inwoners adviseert.", "loting", "gelote"),
        ("Inwoners worden ingeloot.", "loting", "ingeloot"),
        ("De deelnemers kiezen we door loting.", "loting", "loting"),
        ("Bewoners doen een beroep op het uitdaagrecht.", "uitdaagrecht", "uitdaagrecht"),
        ("Zij dienen een uitdaagrechtverzoek in.", "uitdaagrecht", "uitdaagrechtverzoek"),
        ("Bewoners gebruiken de Right to Challenge.", "uitdaagrecht", "Right to Challenge"),
        ("Het college stelt een klankbordgroep in.", "klankbordgroep", "klankbordgroep"),
        ("Er komen twee klankbordgroepen.", "klankbordgroep", "klankbordgroepen"),
        ("Een omgevingsraad volgt het project.", "omgevingsraad", "omgevingsraad"),
        ("Omwonenden vragen een onafhankelijke herberekening.", "joint-fact-finding", None),
        ("We doen aan joint fact finding.", "joint-fact-finding", "joint fact finding"),
        ("We laten het onafhankelijk doorrekenen.", "joint-fact-finding", None),
        ("De stichting stelt een denktank voor.", "denktank", "denktank"),
        ("Ervaringsdeskundigen denken mee.", "ervaringsdeskundigen", "Ervaringsdeskundigen"),
        ("Eerst houden we een pilot.", "pilot", "pilot"),
        ("Het pilotproject loopt een jaar.", "pilot", "pilotproject"),
        ("We doen een proef met een autoluwe straat.", "pilot", "proef"),
        ("Na de proefperiode besluit de raad.", "pilot", "proefperiode"),
        ("Inwoners beslissen over het buurtbudget.", "wijkbudget", "buurtbudget"),
        ("Een dorpsbudget voor leefbaarheid.", "wijkbudget", "dorpsbudget"),
        ("Wij werken met een burgerbegroting.", "burgerbegroting", "burgerbegroting"),
        ("De dorpsraad praat mee.", "dorpsraad", "dorpsraad"),
        ("De wijkraden praten mee.", "dorpsraad", "wijkraden"),
        ("De stadsdeelcommissie adviseert.", "stadsdeel", "stadsdeelcommissie"),
        ("Wij houden een bewonersavond.", "bewonersavond", "bewonersavond"),
        ("Er komt een informatieavond.", "bewonersavond", "informatieavond"),
        ("Iedereen kan een zienswijze indienen.", "zienswijze", "zienswijze"),
        ("Het ontwerp ligt zes weken ter inzage.", "zienswijze", "ter inzage"),
        ("Inwoners willen inspraak.", "inspraak", "inspraak"),
        ("De ontwikkelaar voert omgevingsgesprekken.", "omgevingsgesprek", None),
        ("De aanvrager levert een participatieverslag.", "omgevingsgesprek", None),
        ("Een omgevingsmanager is het aanspreekpunt.", "bouwcommunicatie", None),
        ("We houden een enquête onder bewoners.", "enquete", "enquête"),
        ("Een bewonersenquete in de wijk.", "enquete", "bewonersenquete"),
        ("Het comité vraagt om een inwonerspeiling.", "peiling", "inwonerspeiling"),
        ("Een vast burgerpanel denkt mee.", "burgerpanel", "burgerpanel"),
        ("Een ontwerpatelier met bewoners.", "ontwerpatelier", "ontwerpatelier"),
        ("De adviesraad sociaal domein adviseert.", "clientenraad", None),
        ("De Wmo-raad adviseert.", "clientenraad", "Wmo-raad"),
        ("De cliëntenraad adviseert.", "clientenraad", "cliëntenraad"),
        ("De ouderenraad denkt mee.", "adviesraad", "ouderenraad"),
        ("Adviesraden denken mee.", "adviesraad", "Adviesraden"),
        ("Keukentafelgesprekken met iedere bewoner.", "keukentafelgesprek", None),
        ("Energiecoaches gaan langs de deuren.", "energiecoaches", "Energiecoaches"),
        ("De raad houdt een hoorzitting.", "hoorzitting", "hoorzitting"),
        ("Inwoners dienen een burgerinitiatief in.", "burgerinitiatief", None),
        ("De herindeling gaat in 2029 in.", "herindeling", "herindeling"),
        ("Er is een buitenplanse omgevingsplanactiviteit nodig.", "buitenplans", None),
        ("Het college verleent een binnenplanse vergunning.", "binnenplans", None),
        ("De gemeente stelt een omgevingsvisie op.", "omgevingsvisie", "omgevingsvisie"),
    ],
)
def test_each_instrument_word_and_its_inflections(
    tekst: str, instrument: str, woord: str | None
) -> None:
    (hint,) = hints(tekst)
    assert hint.instrument == instrument
    if woord is not None:
        assert hint.woord == woord
    assert hint.pad == ("omschrijving",)
    assert tekst[hint.begin :].startswith(hint.woord.split()[0])
    assert hint.suggesties


@pytest.mark.parametrize(
    "tekst",
    [
        "Het proefschrift van de wethouder gaat over pilotis.",
        "Een steekproef van tweeduizend inwoners krijgt een brief.",
        "We proeven de sfeer in de wijk.",
        "De referendumverordening is van toepassing.",
        "De Transitievisie Warmte wijst de wijk aan.",
        "Het huis-aan-huisblad schrijft erover.",
        "De gemeente wil geen referendum.",
        "Er komt geen burgerberaad, maar een ronde gesprekken.",
        "Wij kiezen niet voor een klankbordgroep.",
        "Een gesprek zonder klankbordgroep.",
        "We houden een gesprek in plaats van een enquête.",
        "Op de inloopavond was het onrustig.",
        "In 2022 hield de gemeente een burgerberaad; dat ging goed.",
        "Vorige zomer werd er een pilot gehouden.",
        "Het voorlopig ontwerp lag in oktober ter inzage en kreeg 64 reacties.",
        "Op de bewonersavond van 4 november 2026 kwamen 230 mensen.",
        "Op de inloopavond spraken veertig bewoners met de wethouder.",
        "Vorig jaar zegde de wethouder op een inloopavond een enquête toe.",
        # the raden's own step in a gemeenschappelijke regeling, not a zienswijze for inwoners
        "Eerst geven de vijf gemeenteraden hun zienswijze op het ontwerp.",
        "Wat de vijf raden in hun zienswijze aan het algemeen bestuur vragen.",
        "Het algemeen bestuur wacht op de zienswijzen van de vijf raden.",
    ],
)
def test_no_false_positives(tekst: str) -> None:
    assert hints(tekst) == []


def test_negation_only_blocks_the_negated_word() -> None:
    assert gevonden("We houden geen enquête maar een referendum.") == [("referendum", "referendum")]
    # the second, positive mention counts
    assert gevonden("Geen burgerberaad nu; in 2028 wel een burgerberaad.") == [
        ("burgerberaad", "burgerberaad")
    ]


# --- no hint when the structured fields cover it ----------------------------------------------


def test_no_hint_when_the_werkvorm_is_named() -> None:
    assert hints("Het college stelt een klankbordgroep in.", werkvormen=["klankbordgroep"]) == []
    status = [{"id": "klankbordgroep", "status": "voorgesteld", "door": "Bewoners"}]
    assert hints("Het college stelt een klankbordgroep in.", werkvormen=status) == []


def test_related_werkvormen_cover_too() -> None:
    tekst = "De raad houdt een referendum; de gelote inwoners en de peiling."
    assert hints(tekst, werkvormen=["referendum-voorlichting", "burgerjury"]) == []
    assert hints("Een dorpsbudget.", werkvormen=["burgerbegroting"]) == []


def test_no_hint_when_the_procedure_matches() -> None:
    assert (
        hints("Bewoners gebruiken het uitdaagrecht.", besluit={"procedure": "uitdaagrecht_verzoek"})
        == []
    )
    assert hints("Een omgevingsvisie.", besluit={"procedure": "omgevingsvisie"}) == []
    # the procedure brings the instrument in
    assert (
        hints(
            "De ontwikkelaar voert omgevingsgesprekken.",
            besluit={"procedure": "omgevingsvergunning_buitenplans"},
        )
        == []
    )
    assert hints("Het ontwerp ligt ter inzage.", besluit={"procedure": "herindeling"}) == []


def test_procedure_only_hint_needs_an_empty_procedure() -> None:
    # the user chose another procedure: the word is context, not a missing field
    assert hints("Het past in de omgevingsvisie.", besluit={"procedure": "omgevingsplan"}) == []
    assert (
        hints("Het past in de omgevingsvisie.", besluit={"door": "raad"})[0].suggesties[0].waarde
        == Procedure.omgevingsvisie.value
    )


def test_another_procedure_makes_the_word_context() -> None:
    # a new participatieverordening that regulates the uitdaagrecht is no uitdaagrecht request
    tekst = "De raad herziet de verordening; het uitdaagrecht is nog niet uitgewerkt."
    assert hints(tekst, besluit={"procedure": "verordening"}) == []
    (hint,) = hints(tekst)
    assert [s.veld for s in hint.suggesties] == ["besluit.procedure", "werkvormen"]


def test_door_and_stakeholders() -> None:
    assert hints("De stadsdeelcommissie adviseert.", besluit={"door": "bestuurscommissie"}) == []
    (hint,) = hints("De stadsdeelcommissie adviseert.")
    assert [(s.veld, s.waarde) for s in hint.suggesties] == [("besluit.door", "bestuurscommissie")]
    partij = {
        "naam": "Vereniging Dorpsbelangen",
        "soort": "maatschappelijke_organisatie",
        "invloed": "middel",
        "belang": "hoog",
    }
    assert (
        hints("De dorpsraad praat mee.", belanghebbenden=[*BASIS["belanghebbenden"], partij]) == []
    )
    dorpen = {
        "naam": "Dorps- en wijkraden",
        "soort": "maatschappelijke_organisatie",
        "invloed": "middel",
        "belang": "hoog",
    }
    assert (
        hints("De wijkraden praten mee.", belanghebbenden=[*BASIS["belanghebbenden"], dorpen]) == []
    )
    (hint,) = hints("De dorpsraden praten mee.")
    assert [(s.veld, s.waarde) for s in hint.suggesties] == [("belanghebbenden", "dorpsraad")]
    assert "bij belanghebbenden staat geen dorpsraad" in hint.melding


def test_only_catalogue_ids_are_suggested() -> None:
    zonder = CATALOGUS - {"klankbordgroep"}
    v = maak(omschrijving="Het college stelt een klankbordgroep in.")
    assert instrument_hints(v, zonder) == []
    v = maak(omschrijving="Bewoners gebruiken het uitdaagrecht.")
    (hint,) = instrument_hints(v, CATALOGUS - {"uitdaagrecht"})
    assert [s.veld for s in hint.suggesties] == ["besluit.procedure"]


# --- one hint per instrument, in a sensible order ---------------------------------------------


def test_one_hint_per_instrument_and_general_words_give_way() -> None:
    v = maak(
        titel="Burgerberaad over klimaat",
        omschrijving="Een gelote groep inwoners adviseert; het burgerberaad komt vijf keer bijeen.",
        kaders_vast=["Het burgerberaad adviseert binnen de wet."],
    )
    (hint,) = instrument_hints(v, CATALOGUS)
    assert hint.instrument == "burgerberaad"
    assert hint.pad == ("omschrijving",)  # the omschrijving goes before the titel


def test_loting_alone_suggests_a_lottery_form() -> None:
    (hint,) = hints("Een groep van 150 gelote inwoners adviseert de raad.")
    assert [s.waarde for s in hint.suggesties] == ["burgerberaad", "burgerjury"]
    assert hint.melding.startswith("De omschrijving noemt loting (‘gelote’)")


def test_fields_searched_and_their_names() -> None:
    v = maak(
        titel="Pilot autoluwe straat",
        aanleiding="Inwoners vroegen om een referendum.",
        kaders_vast=["Na afloop volgt een enquête."],
        kaders_open=[
            "De plek van de bankjes.",
            {"onderwerp": "De samenstelling van de klankbordgroep.", "ruimte": "groot"},
        ],
    )
    uit = {h.instrument: (h.pad_tekst, h.melding) for h in instrument_hints(v, CATALOGUS)}
    assert uit["referendum"][0] == "aanleiding"
    assert uit["referendum"][1].startswith("De aanleiding noemt een referendum")
    assert uit["pilot"][1].startswith("De titel noemt een proef of pilot, maar werkvormen")
    assert uit["enquete"] == (
        "kaders.vast[1]",
        "Het vaste punt kaders.vast[1] noemt een enquête, maar werkvormen zegt daar niets over "
        "— klopt dat? Zo ja: zet ‘enquete’ onder werkvormen (status: voorgesteld als het nog "
        "maar een voorstel is).",
    )
    assert uit["klankbordgroep"][0] == "kaders.open[2]"
    assert list(uit) == ["referendum", "pilot", "enquete", "klankbordgroep"]


def test_governance_words_in_an_open_point_are_a_subject() -> None:
    v = maak(kaders_open=["Zeggenschap van dorpen (dorpsraden, dorpsbudget)."])
    assert instrument_hints(v, CATALOGUS) == []
    v = maak(kaders_open=["Welke rol wijkraden krijgen, zoals een adviesrecht of agendarecht."])
    assert instrument_hints(v, CATALOGUS) == []


def test_message_names_field_and_value() -> None:
    (hint,) = hints("Bewoners vragen het onderhoudsbudget over te dragen (uitdaagrecht).")
    assert hint.melding == (
        "De omschrijving noemt het uitdaagrecht, maar besluit.procedure en werkvormen zeggen "
        "daar niets over — gaat het om een verzoek onder het uitdaagrecht? Zo ja: vul "
        "besluit.procedure in met ‘uitdaagrecht_verzoek’, of zet ‘uitdaagrecht’ onder werkvormen "
        "(status: voorgesteld als het nog maar een voorstel is)."
    )
    assert hint.als_dict() == {
        "instrument": "uitdaagrecht",
        "woord": "uitdaagrecht",
        "pad": "omschrijving",
        "suggesties": [
            {"veld": "besluit.procedure", "waarde": "uitdaagrecht_verzoek"},
            {"veld": "werkvormen", "waarde": "uitdaagrecht"},
        ],
        "melding": hint.melding,
        "code": "instrument",
    }
    (referendum,) = hints("De raad houdt een referendum.")
    assert "‘referendum-raadplegend’ (de raad schrijft het uit) of ‘referendum-raadgevend’" in (
        referendum.melding
    )


def test_a_proef_with_an_instrument_the_case_lists_asks_for_no_pilot() -> None:
    """Review 42: 'de raad besloot tot een proef met een wijkbegroting' next to werkvormen:
    burgerbegroting hinted that a pilot was missing; the proef is the wijkbegroting."""
    tekst = "De raad besloot tot een proef met een wijkbegroting in Oosterpark."
    met = maak(omschrijving=tekst, werkvormen=[{"id": "burgerbegroting", "status": "besloten"}])
    assert [h.instrument for h in instrument_hints(met, CATALOGUS)] == []
    # without it listed, the text names a wijkbegroting, and that is what is missing
    zonder = [h.instrument for h in instrument_hints(maak(omschrijving=tekst), CATALOGUS)]
    assert zonder == ["pilot", "burgerbegroting"]
    # a proef with something that is not a listed instrument still asks
    ander = maak(
        omschrijving="We doen een proef met een autoluwe straat.",
        werkvormen=[{"id": "burgerbegroting", "status": "besloten"}],
    )
    assert [h.instrument for h in instrument_hints(ander, CATALOGUS)] == ["pilot"]


def test_pure_and_deterministic() -> None:
    v = maak(omschrijving="Een klankbordgroep, een pilot en een referendum.")
    assert instrument_hints(v, CATALOGUS) == instrument_hints(v, set(CATALOGUS))
    assert [h.instrument for h in instrument_hints(v, CATALOGUS)] == [
        "klankbordgroep",
        "pilot",
        "referendum",
    ]


# --- positions in the file ---------------------------------------------------------------------

YAML = """\
titel: Plein
gemeente: Teststad
omschrijving: >-
  Wij willen geen klankbordgroep van
  bewoners, maar wel een
  klankbordgroep van ondernemers.
aanleiding: Een joint fact
  finding, gevraagd door bewoners.
initiatiefnemer: gemeente
fase: beleidsvorming
schaal: wijk
kaders:
  beinvloedingsruimte: middel
  open:
    - De bankjes.
    - onderwerp: "Of er een pilot komt."
      ruimte: groot
belanghebbenden:
  - {naam: Omwonenden, soort: inwoners, invloed: laag, belang: hoog}
"""


def test_position_of_the_word_in_the_file() -> None:
    geladen = read_text(YAML, "plein.yaml")
    v = parse_vraagstuk(YAML, "plein.yaml")
    uit = {h.instrument: positie(h, geladen) for h in instrument_hints(v, CATALOGUS)}
    # the first klankbordgroep is negated: the hint points at the second one
    assert (uit["klankbordgroep"].regel, uit["klankbordgroep"].kolom) == (6, 3)
    # a word over two lines of a plain scalar
    assert (uit["joint-fact-finding"].regel, uit["joint-fact-finding"].kolom) == (7, 17)
    assert (uit["pilot"].regel, uit["pilot"].kolom) == (16, 29)


def test_position_falls_back_to_the_value() -> None:
    geladen = read_text(YAML, "plein.yaml")
    v = parse_vraagstuk(YAML, "plein.yaml")
    (hint, *_) = instrument_hints(v, CATALOGUS)
    geladen.tekst = ""
    assert positie(hint, geladen) == geladen.positie(("omschrijving",))


# --- the example files ------------------------------------------------------------------------

#: The hints a civil servant would find helpful on the example files (and no others). A file
#: whose fields are filled in later gives fewer hints; never other ones.
VERWACHT: dict[str, set[str]] = {
    "vraagstukken/burgerberaad-klimaat.yaml": {"burgerberaad"},
    "vraagstukken/dorpsbudget.yaml": {"wijkbudget"},
    "vraagstukken/omgevingsvisie.yaml": {"omgevingsvisie"},
    "vraagstukken/speeltuin.yaml": {"uitdaagrecht"},
    "vraagstukken/windpark.yaml": {"buitenplans"},
    # the bewonerscommissie asks for a second opinion on the trees: do it together
    "tests/cases/bomenkap-kastanjelaan.yaml": {"joint-fact-finding"},
    "tests/cases/evaluatie-parkeerbeleid.yaml": {"enquete"},
    # the formal advice and the ervaringsdeskundigen the omschrijving names
    "tests/cases/jeugdhulp-wmo-inkoop-lingestreek.yaml": {"clientenraad", "ervaringsdeskundigen"},
    # "omwonenden van beide plekken", but only the neighbours of the grasveld are listed
    "tests/cases/jop-de-kolk.yaml": {"plekken"},
    # the aanleiding names the Adviesraad Sociaal Domein, which the file lists as a stakeholder
    # but not as a werkvorm: the hint asks whether its advice is a step of the design
    "tests/cases/mantelzorgbeleid-lingehoven.yaml": {"clientenraad"},
    "tests/cases/participatieverordening-herziening.yaml": {"adviesraad"},
    "tests/cases/pilot-autoluwe-binnenstad.yaml": {"enquete"},
}


@pytest.mark.parametrize(
    "pad",
    sorted([*ROOT.glob("vraagstukken/*.yaml"), *ROOT.glob("tests/cases/*.yaml")]),
    ids=lambda p: p.name,
)
def test_example_files_give_only_helpful_hints(pad: Path) -> None:
    v, geladen = read_vraagstuk(pad)
    naam = pad.relative_to(ROOT).as_posix()
    uit = [*instrument_hints(v, CATALOGUS), *plek_hints(v)]
    assert {h.instrument for h in uit} <= VERWACHT.get(naam, set())
    for hint in uit:
        plek = positie(hint, geladen)
        regel = geladen.tekst.splitlines()[plek.regel - 1]
        assert regel[plek.kolom - 1 :].casefold().startswith(hint.woord.split()[0].casefold())


def test_the_places_of_the_question_whose_neighbours_are_missing() -> None:
    """Only the JOP case asks for the neighbours of both places and lists one of them (review
    30); no other example file gives this hint."""
    gevonden = {}
    for pad in sorted([*ROOT.glob("vraagstukken/*.yaml"), *ROOT.glob("tests/cases/*.yaml")]):
        v, geladen = read_vraagstuk(pad)
        for hint in plek_hints(v):
            plek = positie(hint, geladen)
            regel = geladen.tekst.splitlines()[plek.regel - 1]
            assert regel[plek.kolom - 1 :].startswith(hint.woord)
            gevonden.setdefault(pad.relative_to(ROOT).as_posix(), []).append(hint.woord)
    assert gevonden == {"tests/cases/jop-de-kolk.yaml": ["parkeerterrein"]}


def test_a_misspelt_werkvorm_id_is_placed_on_the_id(tmp_path: Path) -> None:
    from pionieren.input.hints import werkvorm_hints

    tekst = (
        "titel: Plein\ngemeente: Teststad\nomschrijving: Hoe richten we het plein in?\n"
        "initiatiefnemer: gemeente\nfase: beleidsvorming\nschaal: wijk\n"
        "kaders: {beinvloedingsruimte: middel}\n"
        "belanghebbenden:\n  - {naam: Bewoners, soort: inwoners, invloed: laag, belang: hoog}\n"
        "werkvormen:\n  - enqete\n  - {status: voorgesteld, id: pilott}\n"
    )
    pad = tmp_path / "v.yaml"
    pad.write_text(tekst, "utf-8")
    vraagstuk, geladen = read_vraagstuk(pad, "v.yaml")
    hints = werkvorm_hints(vraagstuk, CATALOGUS)
    assert [h.woord for h in hints] == ["enqete", "pilott"]
    regels = tekst.split("\n")
    for hint in hints:
        plek = positie(hint, geladen)
        assert regels[plek.regel - 1][plek.kolom - 1 :].startswith(hint.woord)


def test_an_advice_to_another_body_asks_for_procedure_advies() -> None:
    """New case (a zienswijze of the raad on the begroting of a veiligheidsregio): the tip
    pointed at the werkvorm 'zienswijze' for inwoners; the raad's own zienswijze to a body
    that decides asks for procedure 'advies' instead."""
    tekst = "De veiligheidsregio vraagt een zienswijze van de raad op de ontwerpbegroting."
    (hint,) = hints(tekst)
    assert [(s.veld, s.waarde) for s in hint.suggesties] == [("besluit.procedure", "advies")]
    assert "advies_aan" in hint.melding
    assert hints(tekst, besluit={"door": "raad", "procedure": "advies"}) == []
    assert hints("Het Commissariaat vraagt de gemeenteraad nu om advies.")[0].instrument == (
        "advies_aan"
    )


@pytest.mark.parametrize(
    "tekst",
    [
        "De betaalbare koopwoningen worden verdeeld door loting.",
        "Loting, voorrang en zelfbewoning bij nieuwbouw.",
        "De loting gebeurt bij de notaris, in het openbaar.",
        "Wie een kavel krijgt, bepaalt de loting onder alle inschrijvers.",
        "De standplaatsen op de markt gaan bij loting naar nieuwe kooplieden.",
    ],
)
def test_loting_of_houses_or_places_is_no_werkvorm(tekst: str) -> None:
    """A lottery that hands out houses, plots or stalls is the subject, not a werkvorm."""
    assert hints(tekst) == []


@pytest.mark.parametrize(
    "tekst",
    [
        "Een gelote groep inwoners adviseert over de verdeling van de woningen.",
        "Dertig inwoners, gekozen door loting uit de BRP, geven advies over de kavels.",
    ],
)
def test_loting_of_people_stays_a_hint_also_when_it_is_about_houses(tekst: str) -> None:
    (hint,) = hints(tekst)
    assert hint.instrument == "loting"


def test_a_later_sentence_with_loting_of_people_is_found() -> None:
    tekst = "De woningen gaan via loting naar kopers. Een gelote groep van 40 inwoners adviseert."
    (hint,) = hints(tekst)
    assert hint.woord == "gelote"


@pytest.mark.parametrize(
    "tekst",
    [
        "De raad besloot in november tot een burgerberaad.",
        "De wethouder zegde een enquête toe.",
        "Het college koos voor een klankbordgroep.",
    ],
)
def test_a_decision_or_promise_in_the_past_still_starts_the_instrument(tekst: str) -> None:
    """A past-tense report ('kwamen 230 mensen') is no step of this process, but a decision or a
    promise in the past tense is: it starts the instrument now."""
    assert len(hints(tekst)) == 1

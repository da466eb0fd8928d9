"""A pitfall about who is missing goes when the design already reaches that group (review 36:
"alleen georganiseerde belangen zitten aan tafel; individuele inwoners ontbreken" next to a
survey open to everyone); a group is named once per paragraph; a form for one body bears its
name."""

from __future__ import annotations

import pytest
from helpers import DATUM, builtin, maak
from pydantic import ValidationError

from pionieren import text
from pionieren.analysis.facts import Feiten
from pionieren.analysis.mix.ontwerp import Keuze
from pionieren.analysis.mix.samenstellen import valkuilen
from pionieren.knowledge.models import Werkvorm
from pionieren.teksten import Wording
from pionieren.vocabulary import Kenmerk, Modus, SoortBelanghebbende, Trede

GEORGANISEERD = "Alleen georganiseerde belangen zitten aan tafel; individuele inwoners ontbreken."
KLOOF = "Digitale kloof; ouderen en digitaal minder vaardigen doen niet mee."


def _keuze(f: Feiten, werkvorm: str, voor: list[str], trede: Trede = Trede.adviseren) -> Keuze:
    w = next(w for w in f.kennis.werkvormen if w.id == werkvorm)
    return Keuze(werkvorm=w, modus=Modus.denken, trede=trede, voor=voor)


def _feiten() -> Feiten:
    return Feiten(vraagstuk=maak(), kennis=builtin(), datum=DATUM)


def test_the_catalogue_says_which_groups_a_pitfall_misses() -> None:
    w = {w.id: w for w in builtin().werkvormen}
    assert w["rondetafel"].ontbreekt(GEORGANISEERD) == [SoortBelanghebbende.inwoners]
    assert w["digitaal-platform"].ontbreekt(KLOOF) == [
        Kenmerk.ouderen,
        Kenmerk.digitaal_minder_vaardig,
    ]
    assert w["rondetafel"].ontbreekt("iets anders") == []


def test_a_round_table_alone_keeps_its_pitfall() -> None:
    f = _feiten()
    tafel = _keuze(f, "rondetafel", ["Winkeliers", "Buurtvereniging"])
    assert GEORGANISEERD in valkuilen(f, tafel, [tafel])


def test_a_broad_form_for_inwoners_answers_the_pitfall() -> None:
    f = _feiten()
    tafel = _keuze(f, "rondetafel", ["Winkeliers", "Buurtvereniging"])
    enquete = _keuze(f, "enquete", [], Trede.raadplegen)
    assert GEORGANISEERD not in valkuilen(f, tafel, [tafel, enquete])


def test_a_form_for_named_inwoners_answers_the_pitfall() -> None:
    f = _feiten()
    tafel = _keuze(f, "rondetafel", ["Winkeliers"])
    keukentafel = _keuze(f, "keukentafelgesprek", ["Omwonenden"])
    assert GEORGANISEERD not in valkuilen(f, tafel, [tafel, keukentafel])


def test_information_alone_does_not_answer_the_pitfall() -> None:
    """A letter informs; it lets nobody take part, so the missing group is still missing."""
    f = _feiten()
    tafel = _keuze(f, "rondetafel", ["Winkeliers"])
    brief = _keuze(f, "informatiebrief", ["Omwonenden"], Trede.informeren)
    assert GEORGANISEERD in valkuilen(f, tafel, [tafel, brief])


def test_the_digital_divide_goes_only_when_another_form_reaches_both_groups() -> None:
    f = _feiten()
    platform = _keuze(f, "digitaal-platform", [], Trede.raadplegen)
    assert KLOOF in valkuilen(f, platform, [platform])
    keukentafel = _keuze(f, "keukentafelgesprek", ["Omwonenden"])
    assert KLOOF not in valkuilen(f, platform, [platform, keukentafel])


def test_each_pitfall_has_one_entry() -> None:
    data = next(w for w in builtin().werkvormen if w.id == "rondetafel").model_dump()
    data["valkuil_ontbreekt"] = [["inwoners"], None]
    with pytest.raises(ValidationError, match="valkuil_ontbreekt"):
        Werkvorm.model_validate(data)


def test_a_form_for_one_body_bears_its_name() -> None:
    assert (
        text.werkvorm_kop("clientenraad", "Schriftelijk advies", ["Adviesraad Sociaal Domein"])
        == "Schriftelijk advies van Adviesraad Sociaal Domein"
    )
    assert text.werkvorm_kop("clientenraad", "Schriftelijk advies", ["A", "B"]) == (
        "Schriftelijk advies"
    )
    assert text.in_kop("rondetafel", "Rondetafel", ["Winkeliers"]) == ["Winkeliers"]
    assert text.in_kop("rondetafel", "Rondetafel", ["Winkeliers", "Bewoners"]) == []


def test_a_group_already_named_is_not_named_again() -> None:
    w = Wording(builtin().teksten)
    waarden = {
        "namen": ["Bewoners van de laan"],
        "routes": [["Bewoners van de laan", "een brief aan elk adres"]],
        "hulp": [],
    }
    assert w.render("MIX-INCLUSIE.bereikt", waarden) == (
        "Dit bereikt ook bewoners van de laan (via een brief aan elk adres)."
    )
    assert w.render("MIX-INCLUSIE.bereikt", {**waarden, "genoemd": ["Bewoners van de laan"]}) == (
        "Bereik hen via een brief aan elk adres."
    )
    assert w.render(
        "MIX-ADVIESORGAAN", {"namen": ["Adviesraad Sociaal Domein"], "genoemd": []}
    ).startswith("Formeel advies van Adviesraad Sociaal Domein, in een eigen stap")
    assert w.render(
        "MIX-ADVIESORGAAN",
        {"namen": ["Adviesraad Sociaal Domein"], "genoemd": ["Adviesraad Sociaal Domein"]},
    ).startswith("Formeel advies, in een eigen stap")


def test_the_route_of_a_group_named_before_another_names_it() -> None:
    # review 41c: after "Dit bereikt ook <another group> (via …)", "Bereik hen" read as that group's
    w = Wording(builtin().teksten)
    waarden = {
        "namen": ["Winkeliers", "Eigenaren van panden"],
        "routes": [["Winkeliers", "langsgaan"], ["Eigenaren van panden", "het kadaster"]],
        "hulp": [],
        "genoemd": ["Eigenaren van panden"],
    }
    assert w.render("MIX-INCLUSIE.bereikt", waarden) == (
        "Dit bereikt ook winkeliers (via langsgaan). Bereik eigenaren van panden via het kadaster."
    )

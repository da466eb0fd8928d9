"""Grammar and stock text of the reports of all development cases (review 44a/b)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pionieren import text
from pionieren.analysis.facts import naam_meervoud

CASES = sorted(Path(__file__).parents[1].glob("cases/*.yaml"))


def _rapport(pad: Path) -> str:
    from typer.testing import CliRunner

    from pionieren.cli import app

    uit = CliRunner().invoke(app, ["analyse", str(pad), "--datum", "2026-11-30", "-o", "-"])
    assert uit.exit_code == 0, uit.output
    return uit.output


def test_partij_houdt_eigennaam() -> None:
    assert text.partij("Lekstede Wonen en de vereniging") == "Lekstede Wonen en de vereniging"
    assert text.partij("De GGD, afdeling medische milieukunde").startswith("de GGD")
    assert text.partij("De provincie") == "de provincie"


def test_een_punt_na_afkorting() -> None:
    assert text.punt("door Zonnewende Projecten B.V.. Ook") == "door Zonnewende Projecten B.V. Ook"
    assert text.punt("wacht... ja") == "wacht... ja"


def test_meervoud_van_vrije_partijnaam() -> None:
    assert naam_meervoud("de colleges van de vijf gemeenten")
    assert not naam_meervoud("Algemeen bestuur Veiligheidsregio Lage Landen Noord")
    assert not naam_meervoud("Provincie Overijssel")


@pytest.mark.parametrize("pad", CASES, ids=lambda p: p.stem)
def test_rapport_zonder_taalfouten(pad: Path) -> None:
    r = _rapport(pad)
    # no double full stop after an abbreviation
    assert not re.search(r"\b[A-Za-z]\.[A-Za-z]\.\.(?!\.)", r)
    # a plural party never takes the singular verb
    assert not re.search(r"\b(?:colleges|besturen|gemeenten|Politie en [^.]*?) beslist zelf", r)
    # the stock advice under the worries is said once, not per worry
    assert r.count("Vraag in het eerste gesprek wie de juiste deskundige is") <= 1
    assert r.count("Zeg eerlijk wat de gemeente wel en niet doet") <= 1
    assert r.count("De terugkoppeling zegt per zorg wat ermee gedaan is") <= 1
    # a proper name of the case keeps its capital inside a sentence
    assert "lekstede Wonen" not in r and "woonstichting Thuisbaat" not in r


def test_prive_groep_geen_hulp_om_te_komen() -> None:
    r = _rapport(Path(__file__).parents[1] / "cases" / "diftar-afvalschap-lingemaas.yaml")
    assert "hulp om te komen voor inwoners met incontinentie" not in r
    assert "anoniem of onder vier ogen" in r


def test_al_vast_niet_bij_ruimte() -> None:
    r = _rapport(
        Path(__file__).parents[1] / "cases" / "herstructurering-molenakker-wolderveen.yaml"
    )
    assert "ligt eigenlijk al vast" not in r


def test_noem_haar_niet_als_partijen_genoemd() -> None:
    r = _rapport(Path(__file__).parents[1] / "cases" / "diftar-afvalschap-lingemaas.yaml")
    assert "noem haar in het participatieplan" not in r


def test_aanspreekpunt_alleen_bij_persoonlijke_zorg() -> None:
    from pionieren.analysis.mix.zorgen import persoonlijk

    assert persoonlijk("Wordt mijn huis minder waard?")
    assert not persoonlijk("Waar moeten onze kinderen straks voetballen?")

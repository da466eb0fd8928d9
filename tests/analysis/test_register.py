"""The rule register: one explicit list of every rule, each a complete unit."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys

from helpers import advies_voor, maak

import pionieren.analysis
from pionieren.analysis.mix.samenstellen import STAPPEN
from pionieren.analysis.regel import Regel, Thema
from pionieren.analysis.registry import REGELS, REGISTER, per_thema, toegepast
from pionieren.knowledge.load import builtin


def test_ids_are_unique_and_index_the_register() -> None:
    ids = [r.id for r in REGISTER]
    assert len(ids) == len(set(ids))
    assert list(REGELS) == ids
    assert all(REGELS[r.id] is r for r in REGISTER)


def test_every_rule_is_complete() -> None:
    bekend = builtin().bronnen
    for r in REGISTER:
        assert isinstance(r, Regel), r
        assert callable(r.toepassen), r.id
        assert isinstance(r.thema, Thema), r.id
        assert r.titel.strip() and r.uitleg.strip(), r.id
        assert r.uitleg == " ".join(r.uitleg.split()), r.id
        assert r.bronnen and all(b in bekend for b in r.bronnen), r.id


def test_every_rule_in_the_analysis_is_in_the_register() -> None:
    """A rule made in a theme's module but left out of the register would never be listed."""
    gevonden = set()
    for info in pkgutil.walk_packages(pionieren.analysis.__path__, "pionieren.analysis."):
        module = importlib.import_module(info.name)
        gevonden |= {id(x) for x in vars(module).values() if isinstance(x, Regel)}
    assert gevonden == {id(r) for r in REGISTER}


def test_the_mix_rules_are_listed_in_the_order_their_steps_run() -> None:
    mix = [r for r in REGISTER if r.thema is Thema.mix]
    stappen = [s for s in STAPPEN if isinstance(s, Regel)]
    assert [r for r in mix if r in stappen] == stappen


def test_importing_the_registry_alone_gives_every_rule() -> None:
    """Rendering an advice read back from JSON needs every rule, without running the engine."""
    code = (
        "import json, sys\n"
        "from pionieren.analysis.registry import REGELS, per_thema\n"
        "print(json.dumps({'ids': [r.id for r in per_thema()], "
        "'engine': 'pionieren.analysis.engine' in sys.modules}))\n"
    )
    uit = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    gezien = json.loads(uit)
    assert gezien == {"ids": [r.id for r in per_thema()], "engine": False}
    assert len(gezien["ids"]) == len(REGISTER)


def test_rules_are_listed_by_theme_then_id() -> None:
    volgorde = [(list(Thema).index(r.thema), r.id) for r in per_thema()]
    assert volgorde == sorted(volgorde)


def test_the_rules_applied_follow_from_the_advice() -> None:
    advies = advies_voor(maak())
    assert toegepast(advies) == advies.regels_toegepast
    assert advies.regels_toegepast[0] == "BESLUIT-WIE"
    # a part nobody made is not accounted for
    assert "ERVARING-VERGELIJKBAAR" not in advies.regels_toegepast
    zonder = advies.model_copy(update={"lessen": [], "dilemmas": []})
    assert "LES-MODUS" in toegepast(advies)
    assert {"LES-MODUS", "DILEMMA"}.isdisjoint(toegepast(zonder))

"""The shipped knowledge: werkvormen catalogue, ladder and source register."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pionieren.knowledge.catalogue import catalogus_markdown, filter_werkvormen
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Kanaal, Kenmerk, Modus, Trede

ROOT = Path(__file__).resolve().parents[2]


def test_catalogue_is_large_enough_and_balanced() -> None:
    kennis = builtin()
    assert len(kennis.werkvormen) >= 35
    per_modus = Counter(m for w in kennis.werkvormen for m in w.modi)
    assert all(per_modus[m] >= 6 for m in Modus), per_modus
    per_kenmerk = Counter(k for w in kennis.werkvormen for k in w.bereikt)
    # 'anoniem' limits which forms may reach a group; no form reaches by it (bereik.py)
    assert all(per_kenmerk[k] >= 2 for k in Kenmerk if k is not Kenmerk.anoniem), per_kenmerk
    assert per_kenmerk[Kenmerk.anoniem] == 0


def test_every_range_is_min_max_and_every_source_resolves() -> None:
    kennis = builtin()
    for w in kennis.werkvormen:
        for laag, hoog in (w.deelnemers, w.kosten_euro, w.weken):
            assert 0 <= laag <= hoog, w.id
        assert w.bronnen and all(b in kennis.bronnen for b in w.bronnen), w.id
        assert w.modi and w.treden and w.valkuilen
        zinnen = re.findall(r"[.!?](?:\s|$)", w.omschrijving)
        assert 2 <= len(zinnen) <= 4, f"{w.id}: omschrijving in 2–4 zinnen"
    for trede in kennis.ladder.treden:
        assert all(b in kennis.bronnen for b in trede.bronnen)


def test_ids_are_unique_and_stable_slugs() -> None:
    ids = builtin().ids()
    assert len(ids) == len(set(ids))
    assert {"terugkoppeling", "leerarena", "burgerberaad", "enquete"} <= set(ids)


def test_every_source_has_url_and_publisher() -> None:
    for bron in builtin().bronnen.values():
        assert bron.url.startswith(("https://", "http://"))
        assert bron.uitgever and bron.titel


def test_ladder_has_all_steps_with_commitment_and_iap2() -> None:
    ladder = builtin().ladder
    assert [t.id for t in ladder.treden] == list(Trede)
    assert ladder.trede(Trede.adviseren).iap2 == "involve"
    assert "waarom" in ladder.trede(Trede.adviseren).toezegging
    assert [r.id for r in ladder.overheidsparticipatie] == [
        "reguleren",
        "regisseren",
        "stimuleren",
        "faciliteren",
        "loslaten",
    ]


def test_filters_combine() -> None:
    alle = builtin().werkvormen
    doen = filter_werkvormen(alle, modi=[Modus.doen])
    assert doen and all(Modus.doen in w.modi for w in doen)
    gecombineerd = filter_werkvormen(
        alle,
        modi=[Modus.denken],
        bereikt=[Kenmerk.laaggeletterd],
        kanalen=[Kanaal.fysiek],
        max_kosten=3000,
    )
    assert gecombineerd
    for w in gecombineerd:
        assert Modus.denken in w.modi and Kenmerk.laaggeletterd in w.bereikt
        assert w.kanaal is Kanaal.fysiek and w.kosten_euro[0] <= 3000
    assert len(gecombineerd) < len(filter_werkvormen(alle, modi=[Modus.denken]))
    meebeslissen = filter_werkvormen(alle, treden=[Trede.meebeslissen])
    assert {"burgerbegroting", "burgerberaad"} <= {w.id for w in meebeslissen}


def test_docs_page_equals_generated() -> None:
    kennis = builtin()
    pagina = (ROOT / "docs" / "werkvormen.md").read_text(encoding="utf-8")
    assert pagina == catalogus_markdown(list(kennis.werkvormen), kennis), (
        "draai: pionieren werkvormen --formaat md > docs/werkvormen.md"
    )


def test_feedback_serves_every_mode_and_step_and_both_are_added_by_rules() -> None:
    kennis = builtin()
    terugkoppeling = kennis.werkvorm("terugkoppeling")
    assert set(terugkoppeling.modi) == set(Modus)
    assert terugkoppeling.treden == list(Trede)
    leerarena = kennis.werkvorm("leerarena")
    assert Trede.informeren in leerarena.treden
    assert not terugkoppeling.kiesbaar and not leerarena.kiesbaar

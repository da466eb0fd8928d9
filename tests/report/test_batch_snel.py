"""A batch in several processes, one pass over the built-in templates, and linear target checks.

Why: these make a large ``pionieren analyse`` fast; none of them may change what it writes or
says. Each test compares the fast way with the plain one.
"""

from __future__ import annotations

import pickle
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pionieren.errors import InvoerFout, Probleem
from pionieren.files import Invoerbestanden, ReadError, same_file
from pionieren.pipeline import run
from pionieren.report import templates

ROOT = Path(__file__).resolve().parents[2]
VOORBEELDEN = sorted((ROOT / "vraagstukken").glob("*.yaml"))


def _batch(map_: Path, werkers: int) -> tuple[list[object], dict[str, bytes]]:
    uit = map_ / "uit"
    shutil.rmtree(uit, ignore_errors=True)
    batch = run(
        sorted((map_ / "in").glob("*.yaml")),
        formaat="html",
        uitvoer=f"{uit}/",
        datum="2026-11-28",
        werkers=werkers,
    )
    uitkomsten = [replace(u, resultaat=None) for u in batch]
    return uitkomsten, {p.name: p.read_bytes() for p in sorted(uit.iterdir())}


def test_a_batch_in_two_processes_writes_and_says_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pionieren import pipeline

    parallel = []
    origineel = pipeline._start_workers
    monkeypatch.setattr(
        pipeline, "_start_workers", lambda *a: parallel.append(a[2]) or origineel(*a)
    )
    invoer = tmp_path / "in"
    invoer.mkdir()
    for i in range(12):
        bron = VOORBEELDEN[i % len(VOORBEELDEN)]
        shutil.copyfile(bron, invoer / f"{i:02d}-{bron.name}")
    (invoer / "05-kapot.yaml").write_text("titel: [\nkaders: {}\n", encoding="utf-8")
    (invoer / "07-leeg.yaml").write_text("titel: x\nkaders: {}\n", encoding="utf-8")

    een, rapporten_een = _batch(tmp_path, 1)
    assert parallel == []
    twee, rapporten_twee = _batch(tmp_path, 2)
    assert parallel == [2]

    assert [u.naam for u in twee] == [u.naam for u in een]  # type: ignore[attr-defined]
    assert [str(u) for u in twee] == [str(u) for u in een]  # status, doel, fout, samenvatting
    fouten = [u.fout for u in twee if u.fout is not None]  # type: ignore[attr-defined]
    assert len(fouten) == 2 and all(isinstance(f, InvoerFout) for f in fouten)
    assert rapporten_twee == rapporten_een and len(rapporten_een) == 12


def test_errors_survive_the_trip_between_processes() -> None:
    probleem = Probleem("a.yaml", 3, 4, "titel", "ontbreekt")
    for fout in (InvoerFout([probleem]), ReadError("a.yaml", "bestaat niet", "weg")):
        terug = pickle.loads(pickle.dumps(fout))
        assert type(terug) is type(fout) and str(terug) == str(fout)
        assert vars(terug) == vars(fout)


def test_the_input_index_finds_what_same_file_finds(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    a.write_text("x", encoding="utf-8")
    (tmp_path / "link.yaml").symlink_to(a)
    invoer = [
        tmp_path / "nieuw.yaml",
        tmp_path / "link.yaml",
        a,
        tmp_path / "sub" / ".." / "a.yaml",
    ]
    index = Invoerbestanden(invoer)
    for doel in [a, tmp_path / "link.yaml", tmp_path / "nieuw.yaml", tmp_path / "b.yaml", *invoer]:
        verwacht = next((bron for bron in invoer if same_file(doel, bron)), None)
        assert index.zoek(doel) == verwacht


@pytest.mark.parametrize("formaat", ["html", "md", "paragraaf"])
def test_one_pass_over_the_built_in_templates_gives_the_same_report(
    monkeypatch: pytest.MonkeyPatch, formaat: str
) -> None:
    from pionieren import advise

    snel = [advise(p, datum=date(2026, 11, 28), formaat=formaat).rapport for p in VOORBEELDEN]
    monkeypatch.setattr(templates, "_render_once", lambda *_: None)
    twee_keer = [advise(p, datum=date(2026, 11, 28), formaat=formaat).rapport for p in VOORBEELDEN]
    assert snel == twee_keer


def test_a_stand_in_in_the_users_text_falls_back_to_two_passes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Text that contains the stand-in itself cannot fool the one pass."""
    gebruikt: list[str | None] = []
    origineel = templates._render_once

    def volg(*args: object) -> str | None:
        uit = origineel(*args)  # type: ignore[arg-type]
        gebruikt.append(uit)
        return uit

    monkeypatch.setattr(templates, "_render_once", volg)
    from pionieren import advise
    from pionieren.input.load import load_vraagstuk

    vraagstuk = load_vraagstuk(VOORBEELDEN[0], VOORBEELDEN[0].name)
    nep = vraagstuk.model_copy(update={"titel": f"{templates._MERK}0{templates._MERK_EIND}"})
    rapport = advise(nep, datum=date(2026, 11, 28), formaat="html").tekst
    assert gebruikt == [None]
    assert f"{templates._MERK}0{templates._MERK_EIND}" in rapport  # the title, as written


@pytest.mark.parametrize(
    "omschrijving",
    [
        "We houden een burgerberaad en een enquête onder inwoners.",
        "Een \u017fteekproef uit de BRP kiest de deelnemers.",  # long s: IGNORECASE finds 's'
        "De Klan\u212abordgroep denkt mee.",  # Kelvin sign: IGNORECASE finds 'k'
        "Een G1000 of een B\u0130RGERTOP, geen referendum.",
        "Zonder enig instrument.",
    ],
)
def test_the_quick_word_test_finds_the_same_instrument_hints(
    monkeypatch: pytest.MonkeyPatch, omschrijving: str
) -> None:
    from pionieren.input import hints
    from pionieren.input.load import load_vraagstuk
    from pionieren.knowledge.load import builtin

    ids = set(builtin().ids())
    vraagstukken = [load_vraagstuk(p) for p in VOORBEELDEN]
    vraagstukken.append(vraagstukken[0].model_copy(update={"omschrijving": omschrijving}))
    snel = [hints.instrument_hints(v, ids) for v in vraagstukken]
    monkeypatch.setattr(hints, "_SPOREN", dict.fromkeys(hints._SPOREN))
    assert snel == [hints.instrument_hints(v, ids) for v in vraagstukken]


def test_controleer_in_two_processes_says_the_same(tmp_path: Path) -> None:
    invoer = tmp_path / "in"
    invoer.mkdir()
    for i in range(10):
        bron = VOORBEELDEN[i % len(VOORBEELDEN)]
        shutil.copyfile(bron, invoer / f"{i:02d}-{bron.name}")
    uit = tmp_path / "uit"
    bestanden = sorted(invoer.glob("*.yaml"))
    list(run(bestanden, formaat="md", uitvoer=f"{uit}/", datum="2026-11-28"))
    eerste = sorted(uit.iterdir())[3]
    eerste.write_text(eerste.read_text("utf-8") + "met de hand\n", encoding="utf-8")
    sorted(uit.iterdir())[5].unlink()

    def controleer(werkers: int) -> list[str]:
        batch = run(
            bestanden,
            formaat="md",
            uitvoer=f"{uit}/",
            datum="2026-11-28",
            controleer=True,
            werkers=werkers,
        )
        return [str(replace(u, resultaat=None)) for u in batch]

    een = controleer(1)
    assert controleer(2) == een
    assert sum("verschilt" in u for u in een) == 2

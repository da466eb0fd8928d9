"""The case's own werkvormen keep their audience, and the promise they carry (review 54a)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATUM, ONTWIKKELCASUSSEN, advies_voor, maak, rapport_gegevens

from pionieren.analysis.mix.bereik import genoemde_groep
from pionieren.input.model import Belanghebbende
from pionieren.report.render import write_markdown

MARNEWOLD = (
    Path(__file__).parents[1] / "cases" / "review54" / "jongerenwerk-aanbesteding-marnewold.yaml"
)


def _groep(naam: str) -> Belanghebbende:
    return Belanghebbende.model_validate(
        {"naam": naam, "soort": "inwoners", "invloed": "laag", "belang": "hoog"}
    )


def test_a_group_is_named_by_the_head_of_its_name_not_by_a_word_further_on() -> None:
    """'een jury van tien jongeren' does not name 'Ouders van jongeren'; with several groups
    of young people it names the kind, none of them by chance."""
    ouders = _groep("Ouders van jongeren")
    assert genoemde_groep([ouders], "een jury van tien jongeren") == []
    hang, school = _groep("Jongeren op hangplekken"), _groep("Jongeren op school")
    assert genoemde_groep([ouders, hang, school], "een jury van tien jongeren") == []
    assert genoemde_groep([ouders, hang, school], "jongeren op de hangplekken") == [hang]
    buren, reizigers = _groep("Omwonenden van het spoor"), _groep("Reizigers van het station")
    assert genoemde_groep([buren, reizigers, hang], "omwonenden en reizigers") == [
        buren,
        reizigers,
    ]
    andere = _groep("Andere welzijnsorganisaties die kunnen inschrijven")
    assert genoemde_groep([andere], "Welzijnsorganisaties die kunnen inschrijven") == [andere]


def _eigen(voor: str, **meer: object) -> dict[str, object]:
    return {"id": "buurtjury", "status": "besloten", "door": "college", "voor": voor, **meer}


def test_a_case_werkvorm_is_for_the_audience_the_case_gives_it_only() -> None:
    """No rule adds another group to the case's own werkvorm with a `voor`; the row of the
    report names that audience in the case's own words."""
    v = maak(werkvormen=[_eigen("de buurtvereniging")])
    advies = advies_voor(v)
    m = next(m for m in advies.mix if m.werkvorm == "buurtjury")
    assert m.voor == ["Buurtvereniging"]
    assert m.voor_tekst == "de buurtvereniging"
    # a 'voor' that names a subject, not people, says what the werkvorm is about: no closed
    # audience, and the row names the groups
    onderwerp = advies_voor(maak(werkvormen=[_eigen("de indeling van het plein")]))
    m = next(m for m in onderwerp.mix if m.werkvorm == "buurtjury")
    assert m.voor_tekst == "" and m.voor
    zonder = advies_voor(maak(werkvormen=[{"id": "buurtjury", "status": "besloten"}]))
    m = next(m for m in zonder.mix if m.werkvorm == "buurtjury")
    assert m.voor_tekst == "" and len(m.voor) > 1  # without it the design chooses


@pytest.mark.parametrize("pad", ONTWIKKELCASUSSEN, ids=lambda p: p.stem)
def test_a_case_werkvorm_keeps_its_voor_in_the_report(pad: Path) -> None:
    """Property over all development cases: the row of a case's own werkvorm with a `voor`
    names that audience as the case does, and the werkvorm is for no group outside it."""
    advies, v, gegevens = rapport_gegevens(pad, DATUM)
    eigen = {g.id: g.voor for g in v.werkvormen if g.voor}
    if not eigen:
        return
    rapport = write_markdown(advies, gegevens, None).decode("utf-8")
    for m in advies.mix:
        if m.werkvorm not in eigen or not m.voor_tekst:
            continue
        assert m.voor_tekst == eigen[m.werkvorm]
        rij = [r for r in rapport.splitlines() if r.startswith("|") and f"| {m.naam} |" in r]
        assert not rij or any(m.voor_tekst in r for r in rij), (pad.stem, rij)


def test_the_promised_point_is_carried_by_the_case_werkvorm_the_promise_names() -> None:
    """Marnewold: the jury the toezegging names is where young people decide; no 'geen
    werkvorm waarin inwoners echt beslissen' and no 'nog geen werkvorm' for that point."""
    advies, v, gegevens = rapport_gegevens(MARNEWOLD, DATUM)
    punt = next(p.onderwerp for p in v.kaders.open if p.toegezegd)
    jury = next(m for m in advies.mix if m.werkvorm == "jongerenjury")
    assert punt in jury.onderwerpen
    assert "Ouders van jongeren" not in jury.voor
    assert not [
        b
        for b in advies.bevindingen
        if b.regel == "MIX-ONDERWERP" and b.waarden.get("onderwerp") == punt
    ]
    rapport = write_markdown(advies, gegevens, None).decode("utf-8")
    samenvatting = rapport.split("\n## 1.")[0]
    assert "nog geen werkvorm" not in samenvatting
    # a talk does not stand in for the jury's judgement
    praat = next(m for m in advies.mix if m.werkvorm == "straatinterviews")
    assert punt not in praat.onderwerpen


def test_a_jury_that_judges_bids_gets_independence_rules_when_the_frame_asks() -> None:
    """Marnewold: the vast kader says no judge may have a stake in a bidder; the jury where
    young people decide says how it stays independent; the marktconsultatie (advice) does not.
    Without that kader, no such sentence."""
    advies, _, _ = rapport_gegevens(MARNEWOLD, DATUM)

    def onafhankelijk(a: object, id: str) -> bool:
        m = next(m for m in a.mix if m.werkvorm == id)  # type: ignore[attr-defined]
        return any(r.sleutel == "MIX-INSTRUMENT.onafhankelijk" for r in m.redenen)

    assert onafhankelijk(advies, "jongerenjury")
    assert not onafhankelijk(advies, "marktconsultatie")
    from pionieren.input.load import load_vraagstuk

    v = load_vraagstuk(MARNEWOLD, MARNEWOLD.name)
    kaders = v.kaders.model_copy(update={"vast": [t for t in v.kaders.vast if "belang" not in t]})
    zonder = advies_voor(v.model_copy(update={"kaders": kaders}))
    assert not onafhankelijk(zonder, "jongerenjury")

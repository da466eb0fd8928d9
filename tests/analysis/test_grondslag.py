"""The legal basis per decision kind (grondslagen.yaml): a specific law the case names replaces
the generic Gemeentewet art. 147 (review 50: Winkeltijdenwet art. 3 for koopzondagen)."""

from __future__ import annotations

from helpers import advies_voor, maak

from pionieren.analysis.decision import bijzondere_wet, grondslag
from pionieren.analysis.facts import Feiten
from pionieren.knowledge.load import builtin
from pionieren.vocabulary import Procedure


def _feiten(**wijzig: object) -> Feiten:
    from helpers import DATUM

    return Feiten(maak(**wijzig), builtin(), DATUM)


def test_a_verordening_rests_on_the_gemeentewet_unless_a_specific_law_is_named() -> None:
    f = _feiten(omschrijving="De raad wil de marktverordening herzien.")
    assert grondslag(f, Procedure.verordening) == ["gemeentewet-147"]
    for tekst in (
        "Mogen de winkels in het centrum elke zondag open? De raad wil meer koopzondagen.",
        "De raad herziet de Verordening winkeltijden.",
    ):
        f = _feiten(omschrijving=tekst)
        assert grondslag(f, Procedure.verordening) == ["winkeltijdenwet-3"], tekst
        # a law counts only for the decision kinds it is the basis of
        assert grondslag(f, Procedure.subsidie) == ["gemeentewet-160"]
    assert bijzondere_wet(_feiten(), None) is None


def test_the_named_verordening_cites_its_own_law() -> None:
    def noot(omschrijving: str) -> str:
        advies = advies_voor(
            maak(omschrijving=omschrijving, wettelijk_kader=["participatieverordening", "anders"])
        )
        return next(b.tekst for b in advies.bevindingen if b.sleutel == "WET-ANDERS.verordening")

    assert "(art. 147 Gemeentewet)" in noot("De raad herziet de marktverordening.")
    tekst = noot("De raad herziet de winkeltijdenverordening: komen er meer koopzondagen?")
    assert "art. 3 Winkeltijdenwet" in tekst and "147" not in tekst

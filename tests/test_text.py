"""Dutch text helpers (pionieren.text)."""

from __future__ import annotations

from pionieren import text


def test_vraag_gives_the_first_sentence_and_the_last_question() -> None:
    tekst = (
        "Het dorp krijgt een warmtenet. De coöperatie vraagt subsidie. Hoe betrekken we iedereen?"
    )
    assert text.vraag(tekst) == "Het dorp krijgt een warmtenet. Hoe betrekken we iedereen?"
    assert text.vraag("Hoe richten we het plein in? Het plein is oud.") == (
        "Hoe richten we het plein in?"
    )
    assert text.vraag("Eén zin zonder vraag. En nog een.") == "Eén zin zonder vraag."


def test_vraag_adds_the_intention_when_the_first_sentence_only_sets_the_scene() -> None:
    tekst = (
        "De zaterdagmarkt staat nu op de Markt. De Markt wordt vanaf september bestraat. "
        "Het college wil de markt daarna blijvend verplaatsen. De kooplieden hebben een vergunning."
    )
    assert text.vraag(tekst) == (
        "De zaterdagmarkt staat nu op de Markt. "
        "Het college wil de markt daarna blijvend verplaatsen."
    )
    # a first sentence that already says what is intended stays alone
    assert text.vraag("De raad wil een jongerenraad. De griffie helpt.") == (
        "De raad wil een jongerenraad."
    )
    # an intention far down the text is not pulled up
    verre = (
        "Het plein is oud. Het ligt aan de kerk. Er staan bomen. Er is een kiosk. De raad wil iets."
    )
    assert text.vraag(verre) == "Het plein is oud."


def test_vraag_does_not_break_inside_numbers_or_abbreviations() -> None:
    tekst = (
        "Kleinwonen Brabant B.V. wil 24 tiny houses bouwen voor 850.000 euro. "
        "Wat vinden de buren? Hoe regelen we de grondhuur?"
    )
    assert text.vraag(tekst) == (
        "Kleinwonen Brabant B.V. wil 24 tiny houses bouwen voor 850.000 euro. "
        "Hoe regelen we de grondhuur?"
    )


def test_achtergrond_holds_what_vraag_leaves_out() -> None:
    tekst = (
        "Het dorp krijgt een warmtenet. De coöperatie vraagt subsidie. Hoe betrekken we iedereen?"
    )
    assert text.achtergrond(tekst) == "De coöperatie vraagt subsidie."
    assert text.achtergrond("Eén zin.") == ""


def test_vraag_takes_a_question_written_as_de_vraag_is() -> None:
    tekst = "Jongeren komen samen op het plein. Buren klagen. De vraag is hoe iedereen meepraat."
    assert text.vraag(tekst) == (
        "Jongeren komen samen op het plein. De vraag is hoe iedereen meepraat."
    )
    assert text.achtergrond(tekst) == "Buren klagen."


def test_achtergrond_does_not_open_with_a_word_that_points_back() -> None:
    tekst = "Ouders willen een speelplek. Zij vragen 9.400 euro. Het veld is van de gemeente."
    assert text.achtergrond(tekst) == (
        "Ouders willen een speelplek. Zij vragen 9.400 euro. Het veld is van de gemeente."
    )
    assert text.achtergrond("Ouders willen een speelplek. Het veld is oud.") == "Het veld is oud."


def test_vraag_quotes_a_question_in_the_writers_wij_form() -> None:
    tekst = "Het dorp krijgt een warmtenet. De vraag is hoe wij iedereen betrekken."
    assert text.vraag(tekst, citeer=True) == (
        "Het dorp krijgt een warmtenet. De gestelde vraag: ‘Hoe wij iedereen betrekken.’"
    )
    assert text.vraag("Hoe betrekken we iedereen? Het dorp is klein.", citeer=True) == (
        "De gestelde vraag: ‘Hoe betrekken we iedereen?’"
    )
    # without 'wij' or without a writer the sentence stays as written
    zonder = "Het dorp krijgt een warmtenet. De vraag is hoe de coöperatie iedereen betrekt."
    assert text.vraag(zonder, citeer=True) == zonder
    assert (
        text.vraag(tekst)
        == "Het dorp krijgt een warmtenet. De vraag is hoe wij iedereen betrekken."
    )


def test_a_long_question_that_names_its_subject_stands_alone_in_the_summary() -> None:
    """Issue 9: 'Waar het om gaat' fits the one-page summary. A question long enough to name its
    own subject does not need the scene-setting first sentence; that goes to the analysis."""
    inleiding = (
        "De dijk tussen het dorp en de stad, elf kilometer lang en deels in twee gemeenten, "
        "voldoet niet aan de nieuwe normen."
    )
    lang = (
        "De vraag is hoe waterschap en gemeente de bewoners van het lint, de boeren, de "
        "natuurvereniging en de andere dorpen laten meepraten over het alternatief en over wat "
        "de versterking voor het dorp kan betekenen."
    )
    tekst = f"{inleiding} Het waterschap betaalt. {lang}"
    assert text.vraag(tekst) == lang
    assert inleiding in text.achtergrond(tekst)  # nothing is lost: it stands in the analysis
    # a short question keeps the first sentence that says what the case is about
    kort = "De vraag is hoe wij de bewoners betrekken."
    assert text.vraag(f"{inleiding} {kort}") == f"{inleiding} {kort}"
    # so does a long question after a short first sentence
    assert text.vraag(f"De dijk is te zwak. {lang}") == f"De dijk is te zwak. {lang}"

"""merged-words: a lower-case token the word list lacks that splits into a function word and a
common word of the language (`sincethe`, `paramais`, `voorregionale`, `onovo`), and a closed-class
word run into a number of two digits or more (`across14`, `ab2027`). Prefixes are
function words too, so the traps are left alone: a prefix that opens a family of words going on
with the other half, a prefix where a noun must come (`con sobretítulos`), an inflection ending
after a verb, a half the word list knows only from English, and the words and compounds it
knows.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence, join", [
    ("en", "Traffic has eased sincethe bypass opened in March.", "sincethe"),
    ("en", "The new benches will line theriverbank below the castle.", "theriverbank"),
    ("pt", "O festival foi transmitido paramais de vinte países.", "paramais"),
    ("pt", "A autarquia garante que onovo contrato já foi assinado.", "onovo"),
    ("pt", "O museu apresentou a exposição comoferramenta de ensino.", "comoferramenta"),
    ("nl", "De gemeente reserveert geld voorregionale musea.", "voorregionale"),
    ("nl", "De directeur wilde de cijfers nietgeven aan de raad.", "nietgeven"),
    ("es", "El ayuntamiento cerró la piscina sinlos permisos necesarios.", "sinlos"),
])
def test_a_function_word_run_into_a_common_word_is_a_join(language: str, sentence: str, join: str) -> None:
    assert merged(sentence, language) == [join]


@pytest.mark.parametrize("language, sentence", [
    ("es", "La ópera se representa con sobretítulos en castellano."),      # a prefix where a noun must come
    ("it", "L'allenatore ha parlato nel dopogara con i giornalisti."),
    ("en", "Experts warn of an overreliance on cars in the suburbs."),    # a word the list knows
    ("nl", "Het bedrijf wil de software doorontwikkelen met partners."),  # a prefix's word family
    ("de", "Die Firma will das Produkt weiterentwickeln und verkaufen."),
    ("en", "The town's seafront reopened on Monday."),
    ("pt", "O sobrevivente contou o que viu."),
])
def test_prefixes_compounds_and_words_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence, join", [
    ("en", "The chain will open stores across12 regions next year.", "across12"),
    ("it", "Alla festa sono arrivate circa300 persone.", "circa300"),
    ("de", "Der neue Fahrplan gilt ab2026 auf allen Linien.", "ab2026"),
])
def test_a_closed_class_word_run_into_a_number_is_a_join(language: str, sentence: str, join: str) -> None:
    assert merged(sentence, language) == [join]


@pytest.mark.parametrize("language, sentence", [
    ("en", "Emissions of co2 fell while covid19 cases rose."),   # one digit, or a word that is no closed class
    ("en", "The files are saved as mp3 and the site runs on web3."),
    ("it", "Il sito www.festa2026.it apre domani."),             # an address
])
def test_codes_and_addresses_with_numbers_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


def test_the_join_word_sets_are_built_once_per_language_not_per_candidate(monkeypatch) -> None:
    """Sixty unknown lower-case tokens are sixty candidate joins: the sets of words that need an
    object and of the words that may end a join are built once for the language, not per token."""
    import random

    import linter.checks.merged_words as merged_words

    asked: list[str] = []
    real = merged_words.lowered_words

    def counting(doc, key: str) -> frozenset[str]:
        asked.append(key)
        return real(doc, key)

    monkeypatch.setattr(merged_words, "lowered_words", counting)
    pick = random.Random(15)
    tokens = ["".join(pick.choice("bcdfghlmnprstvz") + pick.choice("aeiou") for _ in range(4)) for _ in range(60)]
    merged("De gemeente " + " ".join(tokens) + " besloot.", "nl")
    assert asked.count("dangling_words") <= 1 and asked.count("clitics") <= 2


@pytest.mark.parametrize("language, sentence, join", [
    # two very common function words run together, a join the word list took in but knows rarely
    ("en", "The minutes were posted onthe council's noticeboard.", "onthe"),
    ("es", "El alcalde habló conla prensa local.", "conla"),
    ("fr", "Le marché aura lieu surla place du village.", "surla"),
    ("pt", "A câmara enviou cartas paraos moradores.", "paraos"),
])
def test_two_function_words_run_together_are_a_join(language: str, sentence: str, join: str) -> None:
    assert merged(sentence, language) == [join]


@pytest.mark.parametrize("language, sentence", [
    ("en", "The estate and the rights thereto were sold."),   # a word the dictionaries know
    ("en", "They went into the hall and onto the stage."),    # common words
    ("it", "Siamo andati alla festa dalle nove."),
])
def test_words_made_of_two_function_words_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence, join", [
    ("pt", "As inscrições abrem a 14de março na junta.", "14de"),         # an article or preposition after a number
    ("nl", "Dat staat in artikel 12van de gemeentewet.", "12van"),
    ("de", "Die Mieten stiegen um 12Prozent im Jahr.", "12Prozent"),   # a word one numeral builds with: a typo
    ("en", "The crash closed the M6motorway for hours.", "M6motorway"),  # a long common noun after a road
])
def test_a_number_or_road_run_into_a_word_is_a_join(language: str, sentence: str, join: str) -> None:
    assert merged(sentence, language) == [join]


@pytest.mark.parametrize("language, sentence", [
    ("nl", "Zij eindigde als 3de in de finale."),          # an ordinal: numerals build `derde`
    ("de", "Er fährt einen 5er und ein 3fach gefaltetes Blatt."),
    ("it", "Sono arrivati 40mila spettatori."),
    ("en", "The A320neo and the S7plus were on show."),  # a model's suffix
])
def test_ordinals_suffixes_and_models_after_numbers_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence, join", [
    ("es", "El sindicato entregó sus demandasa la dirección.", "demandasa"),  # a plural, then a one-letter preposition
    ("pt", "Os descontos aplicam-se a rendas superioresa mil euros.", "superioresa"),
])
def test_a_plural_run_into_a_one_letter_function_word_is_a_join(language: str, sentence: str, join: str) -> None:
    assert merged(sentence, language) == [join]


@pytest.mark.parametrize("language, sentence", [
    ("es", "La empresa compró una mesa y una casa."),   # words the word list knows
    ("pt", "A princesa visitou a represa."),
])
def test_words_ending_in_sa_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []

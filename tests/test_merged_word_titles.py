"""merged-words: a title, an office or a demonym (a word the language writes in lower case) run
into a person's first name, the surname after it (`InspectorRuth Adeyemi`): a link around the
name took the space. Brands keep a common word or a short ending as their second half
(`SoftBank`, `TurboMax`) and a word of the language or of English after them, no rare surname.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence, token", [
    ("en", "The report was signed by Chief SuperintendentLaura Okonkwo on Friday.", "SuperintendentLaura"),
    ("es", "Según la concejala de TransporteMarta Ibarrondo, la línea abre en mayo.", "TransporteMarta"),
    ("it", "Lo ha spiegato l'assessore al BilancioMarco Tedeschini in aula.", "BilancioMarco"),
    ("fr", "La victoire revient à la BelgeSophie Vanderhaegen, devant deux Françaises.", "BelgeSophie"),
    # German capitalises its nouns: a long word of the language, not an English brand's
    ("de", "Das bestätigte die SchulleiterinPetra Lindqvist am Montag.", "SchulleiterinPetra"),
])
def test_a_title_run_into_a_first_name_before_a_surname_is_found(language: str, sentence: str,
                                                                 token: str) -> None:
    assert merged(sentence, language) == [token]


@pytest.mark.parametrize("language, sentence", [
    ("en", "She left SoftBank Group for JetBlue Airways in May."),
    ("pt", "O piloto da TurboMax Racing venceu a etapa de domingo."),
    ("en", "The singer JoAnn Whitcombe and the actor LaToya Brightwell spoke."),
    ("de", "Er spielt bei den RheinTigers Anton Krüger zu."),
])
def test_brands_and_camel_first_names_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence, token", [
    ("fr", "Le chantier est financé par la RATP, l'État etRATP Infrastructures.", "etRATP"),
    ("de", "Die CDU stimmte zu, die Fraktion vonCDU und FDP nicht.", "vonCDU"),
    ("es", "El festival vuelve deCastilla-La Mancha a Madrid.", "deCastilla-La"),
    ("it", "Il progetto parte inFriuli-Venezia Giulia a maggio.", "inFriuli-Venezia"),
])
def test_a_function_word_run_into_a_hyphenated_name_or_a_known_acronym_is_found(
        language: str, sentence: str, token: str) -> None:
    assert merged(sentence, language) == [token]


@pytest.mark.parametrize("language, sentence", [
    ("en", "He sold his iPhone on eBay and watches myTV at night."),
    ("fr", "La start-up deCODE a levé des fonds."),  # the acronym stands nowhere alone
])
def test_brands_opening_with_a_short_word_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence, token", [
    # a compound the word list lacks that ends in a title after a common word
    ("nl", "Dat meldde museumdirecteurFrank Oosterhuis op de persconferentie.", "museumdirecteurFrank"),
    ("de", "Der Vorsitzende des SchützenkomiteesPeter Wolfhagen bedankte sich.", "SchützenkomiteesPeter"),
])
def test_a_compound_title_run_into_a_first_name_is_found(language: str, sentence: str, token: str) -> None:
    assert merged(sentence, language) == [token]


@pytest.mark.parametrize("language, sentence, token", [
    ("en", "Ferries leave fromCaldmoor harbour daily. Caldmoor has 900 residents.", "fromCaldmoor"),
    ("en", "The clinic, which staff callsOstervang, opened in 1990. Ostervang has six vets.", "callsOstervang"),
    ("nl", "Het water bereikte het dorpKeldonk rond middernacht. In Keldonk viel de stroom uit.", "dorpKeldonk"),
    ("de", "Ein Sprecher derSeewacht bestätigte den Einsatz. Die Seewacht rückte aus.", "derSeewacht"),
    ("en", "The grants are run byGreenLoop, a charity. GreenLoop was set up in 2019.", "byGreenLoop"),
])
def test_a_word_run_into_a_name_the_article_writes_alone_is_found(language: str, sentence: str,
                                                                  token: str) -> None:
    assert merged(sentence, language) == [token]


@pytest.mark.parametrize("language, sentence", [
    ("en", "He bought an iPhone at the Phone shop, then sold it on eBay to Bay Traders."),  # one letter
    ("en", "The bank McDonald runs is small; Donald says so."),            # the opener is no lower-case word
    ("en", "The new ecoDrive range sells well."),                          # `Drive` never stands alone
])
def test_brands_whose_second_half_the_article_does_not_write_alone_are_left_alone(
        language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence, token", [
    ("es", "El vídeo se publicó en la red socialWhatsApp el lunes.", "socialWhatsApp"),  # a camel name the list knows
    ("it", "Lo ha confermato dallaVarnesina il portavoce.", "dallaVarnesina"),  # a long article before a name
    ("en", "She will be speaking withKelbrook Radio tomorrow.", "withKelbrook"),
])
def test_a_common_or_function_word_run_into_a_name_is_found(language: str, sentence: str, token: str) -> None:
    assert merged(sentence, language) == [token]


@pytest.mark.parametrize("language, sentence", [
    ("fr", "La plateforme infoRégions recrute dix journalistes."),  # a short opener: a brand
    ("es", "La marca ecoTikTok no existe todavía."),
])
def test_short_openers_before_camel_names_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []

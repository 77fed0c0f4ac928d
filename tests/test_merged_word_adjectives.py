"""merged-words in the languages that build few closed compounds (Italian, Spanish, French,
Portuguese): a noun run into a word that is an adjective too (`nazionale`, `nuevo`, `collectif`)
is a noun and its adjective that lost the space between them, while two nouns that are only
nouns still make a compound the lexicon lacks (`barcaturismo`). German and Dutch keep building
compounds of any two nouns.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence, token", [
    ("it", "Il ministero ha aggiornato il registronazionale delle imprese agricole.", "registronazionale"),
    ("it", "La giunta presenterà un nuovoregolamento per i dehors entro giugno.", "nuovoregolamento"),
    ("es", "La universidad organiza un festivalinternacional de cine documental.", "festivalinternacional"),
    ("es", "El ayuntamiento aprobó un proyectopúblico de vivienda asequible.", "proyectopúblico"),
    ("fr", "La métropole veut développer le covoituragecollectif dans les zones rurales.", "covoituragecollectif"),
    ("pt", "O governo apresentou o projetonacional de saúde oral.", "projetonacional"),
])
def test_a_noun_run_into_a_word_that_is_an_adjective_too_is_found(language: str, sentence: str,
                                                                   token: str) -> None:
    assert merged(sentence, language) == [token]


@pytest.mark.parametrize("language, sentence", [
    # two nouns that are only nouns: a compound the lexicon lacks
    ("it", "Il paese punta sul barcaturismo lungo il lago."),
    ("es", "La ciudad prueba el motobici en el centro."),
    # German and Dutch build compounds from any two nouns, adjectives' nouns too
    ("de", "Das Amt prüft den Gesamtbetrag der Förderung."),
    ("nl", "De gemeente bouwt een nieuw sportpark aan de rand."),
    # a handle's part after its dot is no word of the sentence
    ("it", "Un post condiviso da Museo Storico (@museo.storiconazionale)"),
])
def test_nouns_that_are_only_nouns_and_handles_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []

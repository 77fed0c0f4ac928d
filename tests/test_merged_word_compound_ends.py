"""merged-words in German and Dutch, which build compounds from any two nouns: what ends no
compound tells a join. A separable verb's long particle closes a clause, never a compound
(`Jahresbericht|hervor`), unless it is another word's inflected form (`weiter`, which ends
`konzernweiter`); and compounds open with an adjective's bare stem (`nieuwbouw`), so an inflected
adjective run into a noun is the adjective and its noun (`nieuwe|zwembad`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence, token", [
    ("de", "Das geht aus dem Jahresberichthervor, den die Stiftung vorlegte.", "Jahresberichthervor"),
    ("de", "Die Gemeinde legt die beiden Grundschulenzusammen, sagte der Landrat.", "Grundschulenzusammen"),
    ("nl", "Volgens de wethouder gaat het nieuwezwembad in maart open.", "nieuwezwembad"),
    ("nl", "De kleinebedrijven in de binnenstad klagen over de huur.", "kleinebedrijven"),
])
def test_a_particle_or_an_inflected_adjective_tells_a_join(language: str, sentence: str, token: str) -> None:
    assert merged(sentence, language) == [token]


@pytest.mark.parametrize("language, sentence", [
    ("de", "Ein konzernweiter Sparplan und ein landesweiter Streik treffen die Werke."),
    ("de", "Die Neubausiedlung und die Altstadtsanierung kosten mehr."),
    ("nl", "De hogeschool bouwt een nieuwbouwwijk naast het grootstedelijk park."),
])
def test_compounds_of_stems_and_inflected_words_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence", [
    # the feminine plural is an inflection ending, not the adverb `innen`
    ("de", "Die Gemeinde sucht Brückenbauerinnen und Langstreckenläuferinnen."),
    # a word a soft hyphen splits is one word (layout-damage reports the hyphen)
    ("de", "Die Stadt richtete zwei Notunter\u00adkünfte in Turnhallen ein."),
])
def test_feminine_plurals_and_words_split_by_a_soft_hyphen_are_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []

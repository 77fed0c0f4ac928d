"""A word glued to its neighbour is part of something else, not a slip of its own:

- midsentence-capital: a capital after a word holding a capital past its first letter, a name
  glued to the word before it or an acronym, goes on with that name (`the shirt sponsorHollin
  Motors`, `the channel KRT Seven`); a capital after a hyphen is a compound's noun, which stays
  a suspect (`über Software-Sperren Erschweren`);
- merged-words: the letters after a symbol (`dÃ©noncent`) are the rest of a word that encoding
  damage broke, mojibake's finding, not two words run together.

Sentences written for this test."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

from lint_support import merged


def capitals(text: str, language: str) -> list[str]:
    return [text[d.start:d.end].split()[0] for d in lint_text(text, language=language)
            if d.rule == "midsentence-capital"]


@pytest.mark.parametrize("language, text", [
    ("en", "The money came from the club's shirt sponsorHollin Motors and a raffle at the pub."),
    ("en", "The youth channel KRT Seven and the archive channel KRT Vault will close in March."),
    ("es", "Según sus datos, la cadena TVRA Tres tiene una cuota de pantalla del 0,9 %."),
    ("pt", "A prefeitura vai promover o mutirãoBicho Amigo, que deve realizar castrações."),
])
def test_a_capital_after_a_glued_name_or_an_acronym_goes_on_with_it(language: str, text: str) -> None:
    assert capitals(text, language) == []


@pytest.mark.parametrize("language, text, word", [
    ("de", "Die Hersteller wollen Reparaturen weiterhin über Software-Sperren Erschweren, sagen Verbände.", "Erschweren"),
])
def test_a_capital_after_a_hyphen_stays_a_suspect(language: str, text: str, word: str) -> None:
    assert capitals(text, language) == [word]


@pytest.mark.parametrize("language, text", [
    ("fr", "Les habitants dÃ©noncent depuis des années le bruit des concasseurs de la carrière."),
    ("fr", "Le projet arrive alors que l'Ã©quilibre financier du secteur reste fragile."),
    ("pt", "A cooperativa recolheu 40 toneladas de pl\u00c3\u00a1sticos no mês passado."),
])
def test_letters_after_a_symbol_are_no_merged_words(language: str, text: str) -> None:
    assert merged(text, language) == []

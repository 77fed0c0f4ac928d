"""template-token on an editor's instruction to fill a gap, left in brackets, and on a
placeholder between double percent signs in any case; written for this test in several
languages, with brackets that quotes use for words of their own."""
from __future__ import annotations

import pytest

from test_line_variants import between, lines_of, reported


@pytest.mark.parametrize(("language", "line"), [
    ("en", "[INSERT QUOTE FROM MAYOR]"),
    ("de", "[Zitat Bürgermeister einfügen]"),
    ("it", "[inserire citazione del sindaco]"),
    ("fr", "[Insérer ici la réaction de la préfecture]"),
    ("es", "[Añadir la cita del alcalde]"),
    ("pt", "[inserir foto da praia]"),
    ("nl", "[citaat wethouder invoegen]"),
    ("de", "%%ORTSMARKE%%"),
])
def test_an_instruction_to_fill_in_or_a_placeholder(language: str, line: str) -> None:
    assert reported("template-token", between(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "“They [the council] added three buses to the route,” she said."),
    ("de", "„Wir werden [die Pläne] ergänzen“, sagte er."),
    ("fr", "« Il faut [les] ajouter à la liste », a-t-elle dit."),
])
def test_a_quotes_own_words_in_brackets_are_no_placeholder(language: str, line: str) -> None:
    assert lines_of("template-token", between(line, language), language) == []

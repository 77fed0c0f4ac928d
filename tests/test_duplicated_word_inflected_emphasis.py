"""An emphatic word repeated in another of its forms (`tante tante volte`) is no slip."""
from __future__ import annotations

import pytest

from lint_support import rules


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Non dimentico quante volte, tante tante volte, l'ho visto tornare a casa stanco."),
    ("it", "Sono rimaste poche poche famiglie nel borgo, e quasi tutte anziane."),
    ("it", "Ci sono molte molte ragioni per restare, ha detto il sindaco."),
    ("pt", "Vieram muitas muitas pessoas à praça para ver o desfile."),
])
def test_an_emphatic_word_in_another_form(language: str, text: str) -> None:
    assert "duplicated-word" not in rules(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Il sindaco ha incontrato le le famiglie del quartiere."),
    ("it", "Il consiglio ha approvato la la delibera sulle scuole."),
    ("es", "La alcaldesa visitó las las obras del puerto."),
])
def test_other_doubled_words_are_still_reported(language: str, text: str) -> None:
    assert "duplicated-word" in rules(text, language)

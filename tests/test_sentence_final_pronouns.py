"""A two-letter pronoun that ends a sentence (`sagte er.`) is no abbreviation: the word after its
stop opens a sentence, so lowercase-sentence-start judges it. Other short words before a stop
still may be abbreviations.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def rules(text: str, language: str) -> list[str]:
    return [d.rule for d in lint_text(text + "\n", language=language)]


@pytest.mark.parametrize("language, sentence", [
    ("de", "Die Halle bleibt bis Mai zu, sagte er. zudem fehle Geld für das Dach."),
    ("de", "Der Plan sei teuer, meint es. trotzdem stimmte der Rat zu."),
    ("es", "Eso lo pagué yo. además, nadie me ayudó."),
    ("nl", "De bus rijdt niet meer, zeggen ze. daarom gaan de ouders zelf rijden."),
])
def test_a_lower_case_word_after_a_pronoun_and_its_stop_opens_a_sentence(language: str, sentence: str) -> None:
    assert "lowercase-sentence-start" in rules(sentence, language)


@pytest.mark.parametrize("language, sentence", [
    ("de", "Die Halle bleibt bis Mai zu, sagte er. Zudem fehle Geld für das Dach."),
    ("de", "Das kostet ca. zwanzig Euro pro Person."),
    ("en", "The pass rose to 2,300 ft. and closed."),
])
def test_capitals_and_abbreviations_stay_silent(language: str, sentence: str) -> None:
    assert "lowercase-sentence-start" not in rules(sentence, language)

"""byline-remnant, issue 10's eighteenth session: an editor's codes joined by slashes run into
the end of the text's last paragraph after its last sentence (`… am Abend. (kzr/tb)`), also
when the lines below it are furniture the rule reports (a source line), and a group of codes on
a short line the line model calls furniture, one part of which is a rare word (`BZ/lokal/fev`).
Codes inside the text, words joined by a slash and a party's name stay silent.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import spans
from test_line_variants import HEADLINE, PROSE, SECOND, at_end, lines_of, reported

SOURCE = {"de": "Quelle: Stadtverwaltung, eigene Recherche", "it": "Fonte: ufficio stampa del Comune",
          "es": "Con información de la oficina de prensa municipal"}


@pytest.mark.parametrize(("language", "codes"), [
    ("de", "kzr/tb"),
    ("it", "(plm/vd)"),
    ("es", "(ORS/qtv)"),
])
def test_codes_after_the_last_sentence(language: str, codes: str) -> None:
    text = f"{HEADLINE}\n\n{PROSE[language]}\n\n{SECOND[language]} {codes}\n"
    assert spans(text, language, "byline-remnant") == [f" {codes}"]


@pytest.mark.parametrize(("language", "codes"), [
    ("de", "kzr/tb"),
    ("it", "(plm/vd)"),
    ("es", "(ORS/qtv)"),
])
def test_codes_after_the_last_sentence_above_a_source_line(language: str, codes: str) -> None:
    text = f"{HEADLINE}\n\n{PROSE[language]}\n\n{SECOND[language]} {codes}\n\n{SOURCE[language]}\n"
    assert f" {codes}" in spans(text, language, "byline-remnant")


@pytest.mark.parametrize(("language", "line"), [
    ("en", "BZ/lokal/fev"),
    ("de", "Redaktion: gr/tr"),
])
def test_a_code_group_on_a_line_of_furniture(language: str, line: str) -> None:
    assert reported("byline-remnant", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "text"), [
    ("de", f"{HEADLINE}\n\n{PROSE['de']} kzr/tb\n\n{SECOND['de']}\n"),
    ("en", f"{HEADLINE}\n\n{PROSE['en']}\n\n{SECOND['en']} and/or\n"),
    ("de", f"{HEADLINE}\n\n{PROSE['de']}\n\n{SECOND['de']} CDU/CSU\n"),
    ("en", f"{HEADLINE}\n\n{PROSE['en']}\n\n{SECOND['en']} 240 km/h\n"),
])
def test_codes_inside_the_text_and_words_joined_by_a_slash_stay(language: str, text: str) -> None:
    assert lines_of("byline-remnant", text, language) == []

"""byline-remnant by a signal, not a wording: a group of codes joined by slashes of which one
part in lower case is no word of the text's language nor of English (an editor's initials:
`tvb/ks`) signs a short line below the text's first paragraph, whatever stands beside it (an
outlet, the desk, an editor's name). Words joined by a slash (`and/or`, `km/h`, `CDU/CSU`), a
picture's credit with an agency's code and a dateline's code on the lead stay silent."""
from __future__ import annotations

import pytest

from test_line_variants import HEADLINE, PROSE, SECOND, at_end, between, lines_of, reported


@pytest.mark.parametrize(("language", "line"), [
    ("it", "prv/tbs – Lagunapress"),
    ("de", "kwt/Alpennachrichten · Lokalredaktion Füssen"),
    ("nl", "(KNB/jwr – slotredactie P. van Dam)"),
    ("fr", "Service Régions – hqm/LB"),
    ("es", "Texto: Marta Gil · edición tzb/rq"),
    ("pt", "Por Joana Melo, Agência Litoral (JM/pvk)"),
    ("en", "sfb/dw"),
])
def test_an_editors_code_group_signs_the_line_below_the_text(language: str, line: str) -> None:
    assert reported("byline-remnant", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("it", "gvm/lcz"),
    ("de", "Mitarbeit: Ute Sand, bearbeitet von der Redaktion (us/bkh)"),
])
def test_an_editors_code_group_between_the_paragraphs(language: str, line: str) -> None:
    assert reported("byline-remnant", between(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Read the terms and/or conditions"),
    ("de", "Die Union aus CDU/CSU"),
    ("en", "Top speed 240 km/h"),
    ("es", "Foto: Ical/Rubén Merino"),
    ("de", "Bild: Karin Holl/dpa"),
    ("en", "Photo: Kate Lowe/PA"),
    ("de", "Grüne/EFA: 72 Sitze"),
    ("en", "AC/DC tribute night"),
])
def test_words_pictures_and_capitals_joined_by_a_slash_stay(language: str, line: str) -> None:
    assert lines_of("byline-remnant", at_end(line, language), language) == []


def test_a_datelines_code_above_the_text_stays() -> None:
    text = f"{HEADLINE}\n\nLandau (dpa/lrs)\n\n{PROSE['de']}\n\n{SECOND['de']}\n"
    assert lines_of("byline-remnant", text, "de") == []


def test_a_long_line_with_a_code_group_is_prose() -> None:
    line = "Der Sender hat die Meldung mit dem Kürzel kwt/nr verschickt, wie es in der Redaktion seit Jahren üblich ist."
    assert lines_of("byline-remnant", at_end(line, "de"), "de") == []

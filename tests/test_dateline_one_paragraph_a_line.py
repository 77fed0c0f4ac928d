"""split-dateline in a text written one paragraph a line: the torn place and source stand right
above the lead, with no blank line to close the source's paragraph."""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def _split(text: str, language: str) -> list[int]:
    return [d.line for d in lint_text(text, language=language, select=["split-dateline"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Ferry operator cuts winter sailings\nSTORNOWAY\nHebridean Newswire\nThe ferry operator will cut "
           "its winter sailings to two a day from November, citing a shortage of engineers.\nMore lines follow.\n"),
    ("nl", "Gemeente sluit zwembad\nZWOLLE\nPersbureau Vecht\nDe gemeente sluit het zwembad aan de Dijk vanaf "
           "maandag voor drie maanden, omdat het dak dringend moet worden hersteld.\n"),
    ("fr", "Le port ferme un quai\nLORIENT\nAgence Armor Presse\nLe port de commerce fermera son quai sud pendant "
           "trois semaines à partir de lundi pour des travaux de dragage urgents.\n"),
])
def test_a_torn_dateline_over_the_lead_is_reported(language, text):
    assert _split(text, language) == [2]


@pytest.mark.parametrize("language, text", [
    # A subheading and a line of prose under it: no source.
    ("en", "Ferry operator cuts winter sailings\nThe islands\nWhat the operator says\nThe ferry operator will "
           "cut its winter sailings to two a day from November, citing a shortage of engineers.\n"),
    # The source's line is no agency: a standfirst under a place.
    ("de", "Fähre fährt seltener\nKiel\nMeinung und Analyse\nDie Reederei wird ihre Winterfahrten ab November "
           "auf zwei am Tag kürzen, weil ihr Maschinisten fehlen.\n"),
])
def test_a_place_and_a_line_that_names_no_source_are_left(language, text):
    assert _split(text, language) == []

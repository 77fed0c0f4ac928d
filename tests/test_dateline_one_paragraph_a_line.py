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


@pytest.mark.parametrize("language, text", [
    ("it", "Tram fermi per tre settimane a Brescia\nBrescia\nCronache Bresciane\nIl servizio dei tram a Brescia "
           "resterà sospeso per tre settimane da lunedì per i lavori di rinnovo dei binari.\n"),
    ("fr", "Deux stations fermées à Rennes\nRennes\nOuest Matin\nLe métro de Rennes fermera deux stations pendant "
           "un mois à partir de lundi pour des travaux de mise en accessibilité.\n"),
    ("es", "Obras en la ronda sur de Albacete\nAlbacete\nDiario Manchego\nEl ayuntamiento de Albacete aprobó el martes las "
           "obras de la ronda sur, que durarán al menos seis meses según el proyecto.\n"),
    ("pt", "Ria de Aveiro\nAveiro\nCorreio Lagunar\nA câmara municipal aprovou esta semana um plano para "
           "proteger as salinas da ria, com obras a começar já no próximo verão.\n"),
])
def test_a_place_named_again_by_the_headline_or_lead_signs_over_any_name(language, text):
    """A mixed-case place whose name the headline or the lead repeats is where the story is:
    the outlet's name under it is the dateline's source, as under a place in capitals. (As for
    every place, the line above must end like no wrapped sentence: here on a name.)"""
    assert _split(text, language) == [2]


@pytest.mark.parametrize("language, text", [
    # The place is named nowhere near: a subheading and a name, not a dateline.
    ("it", "Tram fermi per lavori sulla linea Nord\nBrescia\nCronache Bresciane\nIl servizio dei tram resterà sospeso per tre "
           "settimane da lunedì per i lavori di rinnovo dei binari della linea.\n"),
    # A section's name under the place: one common word of the language, no outlet's.
    ("de", "Handball\nKiel\nSport\nDer THW Kiel hat am Sonntag sein Heimspiel gegen Flensburg mit drei Toren "
           "Vorsprung gewonnen und führt die Tabelle wieder an.\n"),
    # A byline under the place: the byline's word is a function word.
    ("de", "Fernwärme teurer in Kiel\nKiel\nVon Anna Berg\nDie Stadtwerke Kiel erhöhen zum 1. Dezember die "
           "Preise für Fernwärme um durchschnittlich 14 Prozent im Jahr.\n"),
])
def test_a_mixed_case_place_without_its_story_or_over_no_outlet_is_left(language, text):
    assert _split(text, language) == []


def test_a_place_named_again_compiles_no_pattern_of_its_own():
    """The place is looked for as a word with plain string search: a pattern per place would
    fill the user's cache of compiled patterns with every place an archive holds."""
    from linter import compiled

    assert _split("Ein Fest in Wittenbergee\nWittenbergee\nElbe Kurier\nDie Stadt Wittenbergee feiert am Wochenende "
           "ihr Hafenfest mit Konzerten, Markt und einem Feuerwerk über der Elbe.\n", "de") == [2]
    store = compiled._scope(compiled.COMMON)
    added = set(store.added) if store else set()
    assert not any("Wittenbergee" in key[2] for key in added)

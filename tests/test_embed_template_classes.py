"""embed-remnant and template-token by class, from new examples in several languages: a player's
call to watch or listen over the video's title, and a wiki media link left in a Markdown text;
traps: an opinion label with a colon, a Markdown wiki link to a page."""
from __future__ import annotations

import pytest

from line_prose import PROSE

from linter.engine import lint_text


def found(line: str, language: str, rule: str, path: str = "a.txt") -> list[int]:
    text = f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]} {PROSE[language]}\n"
    return [d.line for d in lint_text(text, path=path, language=language) if d.rule == rule]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Watch: How the new ferry timetable will work"),
    ("fr", "Regardez : Les images du chantier du nouveau pont"),
    ("es", "Mira: Así será la nueva estación de autobuses"),
    ("nl", "Kijk: Zo ziet het vernieuwde station eruit"),
])
def test_a_players_call_over_the_videos_title(language: str, line: str) -> None:
    assert found(line, language, "embed-remnant") == [3]


def test_a_label_with_a_colon_that_is_no_call_to_watch_is_prose() -> None:
    assert found("Analysis: What the budget means for the county", "en", "embed-remnant") == []


@pytest.mark.parametrize(("language", "line"), [
    ("es", "[[Archivo:Puerto_de_Vigo_2019.jpg|miniatura|izquierda]]"),
    ("de", "[[Datei:Rathaus Halle.jpg|mini|Das Rathaus]]"),
    ("en", "[[File:Harbour bridge.png|thumb|right|The bridge at dusk]]"),
    ("fr", "[[Fichier:Pont de Quimper.jpg|vignette]]"),
])
def test_a_wiki_media_link_left_in_markdown(language: str, line: str) -> None:
    assert found(line, language, "template-token", "a.md") == [3]


def test_a_markdown_wiki_link_to_a_page_stays() -> None:
    assert found("See also [[Harbour bridge]] for its history.", "en", "template-token", "a.md") == []


@pytest.mark.parametrize("line", ['aria-label="Sluiten"', 'data-src="stadhuis.jpg" alt="Het stadhuis bij nacht"'])
def test_an_elements_attributes_as_a_line_of_their_own(line: str) -> None:
    text = f"De gemeenteraad heeft dinsdag de nieuwe begroting goedgekeurd.\n\n{line}\n\nDe burgemeester zei dat het plan klaar was.\n"
    assert [d.line for d in lint_text(text, "a.txt", language="nl", select=["template-token"])] == [3]


def test_an_attribute_quoted_in_a_sentence_is_prose() -> None:
    text = 'Klik op de knop met alt="Sluiten" om verder te gaan, schrijft de handleiding van de gemeente.\n'
    assert lint_text(text, "a.txt", language="nl", select=["template-token"]) == []

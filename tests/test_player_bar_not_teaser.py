"""A player's bar is embed-remnant's, not another story's teaser: read-insertion's `label ▶
headline` reads an arrow before a headline, and a play triangle before a clip's time (`▶ 03:12`,
`▶ 00:00 / 01:55`) or before a bar of the player's buttons (`▶ Play | Subtitles | Full screen`)
names no story. A teaser behind an arrow stays read-insertion's."""
from __future__ import annotations

import pytest

from linter.engine import lint_text
from test_player_lines import PROSE


def rules_on(line: str, language: str) -> list[str]:
    text = f"{PROSE[language]}\n\n{line}\n\n{PROSE[language].replace('.', ', said the mayor.')}\n"
    return [d.rule for d in lint_text(text, language=language, select=["ALL"]) if d.line == 3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Play video ▶ 03:12 | Full screen | Mute"),
    ("fr", "Lire la vidéo ▶ 00:00 / 01:55 Plein écran"),
    ("de", "Clip starten ▶ 01:09 | Untertitel"),
    ("es", "Ver el vídeo ▶ 02:40 | Pantalla completa"),
    ("nl", "Video bekijken ▶ 00:00 / 03:05 Volledig scherm"),
])
def test_a_play_triangle_before_a_clips_time_is_a_players_bar(language: str, line: str) -> None:
    assert rules_on(line, language) == ["embed-remnant"]


@pytest.mark.parametrize(("language", "line"), [
    ("pt", "Vídeo em destaque ▶ Reproduzir | Legendas | Ecrã inteiro"),
    ("en", "Featured clip ▶ Play | Subtitles | Full screen"),
])
def test_a_play_triangle_before_the_players_buttons_is_no_teaser(language: str, line: str) -> None:
    assert "read-insertion" not in rules_on(line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "More from the region ▶ Council approves new bus lanes for the centre"),
    ("nl", "Ook interessant ➜ Gemeente schrapt nachtbus in het weekend"),
    ("de", "Mehr aus der Region ▸ Stadtrat beschließt neue Busspuren im Zentrum"),
])
def test_a_teaser_behind_an_arrow_stays(language: str, line: str) -> None:
    assert rules_on(line, language) == ["read-insertion"]

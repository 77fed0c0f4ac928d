"""A video player's button left as a line, named by its medium and maybe the clip's length,
is embed-remnant's (catalogue A9), in either word order; prose about a video is not."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

PROSE = {
    "en": "The council approved the new budget on Tuesday after a long debate in the chamber.",
    "de": "Der Gemeinderat hat den neuen Haushalt am Dienstag nach einer langen Debatte beschlossen.",
    "fr": "Le conseil municipal a adopté le nouveau budget mardi après un long débat dans la salle.",
    "es": "El pleno municipal aprobó el nuevo presupuesto el martes tras un largo debate en la sala.",
    "pt": "A câmara municipal aprovou o novo orçamento na terça-feira depois de um longo debate.",
    "nl": "De gemeenteraad heeft dinsdag na een lang debat in de zaal de nieuwe begroting goedgekeurd.",
}


def rules_on(line: str, language: str) -> list[str]:
    text = f"{PROSE[language]}\n\n{line}\n\n{PROSE[language].replace('.', ', said the mayor.')}\n"
    return [d.rule for d in lint_text(text, language=language, select=["ALL"]) if d.line == 3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Watch the video · 2:05"),
    ("de", "Video ansehen 1:12"),
    ("fr", "Regarder la vidéo"),
    ("es", "▶ Ver vídeo 3:20"),
    ("pt", "Assista ao vídeo"),
    ("nl", "Video afspelen 0:37"),
])
def test_a_players_button_is_embed_remnant(language: str, line: str) -> None:
    assert rules_on(line, language) == ["embed-remnant"]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Watch the video of the debate on the council's website, the mayor said on Tuesday."),
    ("de", "Videospiele"),
    ("fr", "La vidéo a été vue deux millions de fois en une journée, selon la plateforme."),
])
def test_prose_about_a_video_is_left_alone(language: str, line: str) -> None:
    assert rules_on(line, language) == []

"""A player's or an embed's notice to its reader is embed-remnant's (catalogue A9) in whatever
words: it names what the embed serves and shows two signals of the page speaking of its own
machinery (the reader addressed, technical nouns and verbs, a failure, an apology, `this
video`). Prose about a video shows one at most. The lines below were written for this test,
not taken from a labelled set."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

from line_prose import PROSE


def rules_on(line: str, language: str) -> list[str]:
    text = f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n"
    return sorted({d.rule for d in lint_text(text, language=language, select=["ALL"]) if d.line == 3})


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Sorry, this video could not be played in your browser."),
    ("en", "Your device does not support playback of this clip."),
    ("it", "Per visualizzare questo video è necessario abilitare JavaScript."),
    ("it", "Spiacenti, il filmato non è più disponibile."),
    ("de", "Dieses Video kann in Ihrem Land leider nicht angezeigt werden."),
    ("de", "Der Player konnte nicht geladen werden. Bitte laden Sie die Seite neu."),
    ("fr", "Cette vidéo ne peut pas être lue sur votre appareil."),
    ("fr", "Acceptez les cookies pour afficher ce contenu."),
    ("es", "Lo sentimos, este contenido no está disponible en tu región."),
    ("es", "Activa JavaScript para ver el reproductor."),
    ("pt", "O leitor de vídeo não carregou. Tente novamente."),
    ("pt", "Aceite os cookies para ver este conteúdo do YouTube."),
    ("nl", "Deze video kan niet worden afgespeeld in jouw browser."),
    ("nl", "Helaas is dit fragment niet meer beschikbaar."),
])
def test_a_players_notice_is_embed_remnant(language: str, line: str) -> None:
    assert rules_on(line, language) == ["embed-remnant"]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "The video could not be played in court because the laptop had no charger."),
    ("it", "Il video è stato girato con un telefono e non è più disponibile online."),
    ("it", "Questo video ha fatto il giro del web in poche ore."),
    ("de", "Das Video der Überwachungskamera ist nicht mehr verfügbar, weil es gelöscht wurde."),
    ("fr", "Cette vidéo, tournée par un passant, a été vue des millions de fois."),
    ("es", "El contenido del informe no está disponible para el público."),
    ("pt", "Você pode assistir ao vídeo completo no site da emissora, segundo a empresa."),
    ("nl", "De video is niet meer beschikbaar op de site van de omroep."),
])
def test_prose_about_a_video_is_no_notice(language: str, line: str) -> None:
    assert rules_on(line, language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "🎧 Listen: the morning bulletin from Radio Kent"),
    ("it", "Ascolta la puntata integrale su Radio Lago"),
    ("de", "Folge 7 · Der Fluss und die Stadt · 41 Min."),
    ("de", "Bildergalerie öffnen (9 Bilder)"),
    ("fr", "Galerie · 5 sur 12"),
    ("fr", "Voir la publication sur Facebook ↗"),
    ("es", "El siguiente vídeo empieza en 7 s · Cancelar"),
    ("es", "La alcaldesa habló durante una hora. Aquí el vídeo de su intervención:"),
    ("pt", "Episódio 5 · O rio e a cidade · 19 min"),
    ("pt", "Abrir galeria (11 fotos)"),
    ("nl", "Bekijk bericht op Instagram ↗"),
    ("nl", "De wethouder sprak een uur lang. Bekijk hieronder de video:"),
])
def test_a_players_label_in_new_words_is_embed_remnant(language: str, line: str) -> None:
    assert rules_on(line, language) == ["embed-remnant"]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Listen to the people who live here, she told the council."),
    ("en", "Episode 12 of the series was filmed on the quay in March."),
    ("de", "Die Galerie zeigt ab Samstag 20 neue Bilder des Fotografen."),
    ("fr", "L'épisode 9 a été tourné sur la digue en mars."),
    ("pt", "Ouça os moradores, pediu o presidente da associação."),
    ("nl", "Luister naar de bewoners, zei de wethouder tegen de raad."),
])
def test_prose_about_an_episode_or_a_gallery_is_left_alone(language: str, line: str) -> None:
    assert rules_on(line, language) == []

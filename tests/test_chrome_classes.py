"""page-chrome by class, from new examples in several languages: a bar of items with a share
action, a link to the comments with their count, a call to subscribe with its offer; and lines
of the same shapes that are prose or another rule's."""
from __future__ import annotations

import pytest

from line_prose import PROSE

from linter.engine import lint_text


def chrome(line: str, language: str) -> list[int]:
    text = f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]} {PROSE[language]}\n"
    return [d.line for d in lint_text(text, language=language) if d.rule == "page-chrome"]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Share on Facebook · Copy the link · Print"),
    ("de", "Auf WhatsApp teilen | Link kopieren | Drucken"),
    ("fr", "Partager sur X · Copier le lien · Imprimer"),
    ("es", "Compartir en WhatsApp · Copiar enlace · Imprimir"),
])
def test_a_bar_of_items_with_a_share_action(language: str, line: str) -> None:
    assert chrome(line, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Read comments (8)"), ("it", "Leggi i commenti (5)"), ("de", "Kommentare anzeigen (31)"),
    ("fr", "Voir les réactions (9)"), ("pt", "Ver comentários (3)"), ("nl", "Bekijk alle reacties (6)"),
])
def test_a_link_to_the_comments_with_their_count(language: str, line: str) -> None:
    assert chrome(line, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Subscribe for £1 a week and read every story without adverts"),
    ("it", "Abbonati a 1 euro al mese e leggi tutti gli articoli senza pubblicità"),
    ("es", "Suscríbete por 1 € el primer mes y accede a todas nuestras noticias"),
    ("nl", "Abonneer nu voor 1 euro per maand en lees alle artikelen zonder reclame"),
    ("en", "Sign up for The Lunch Brief, our free politics newsletter, sent every weekday at 12 p.m."),
    ("fr", "Inscrivez-vous et recevez chaque matin notre lettre d'information régionale"),
])
def test_a_call_to_subscribe_with_its_offer(language: str, line: str) -> None:
    assert chrome(line, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("it", "Roma · Milano · Napoli"),
    ("it", "Juventus (3)"),
    ("en", "Subscribers to the service will pay more from April, the company said on Monday."),
    ("it", "Iscritti alla scuola di musica sono oggi trecento, il doppio rispetto a due anni fa."),
    ("en", "Sign up for a streaming account for $11.99 a month"),
])
def test_lines_of_the_same_shapes_that_are_prose(language: str, line: str) -> None:
    assert chrome(line, language) == []


def test_a_players_bar_with_its_duration_is_an_embed_remnant() -> None:
    text = f"{PROSE['pt']}\n\n▶ Ouvir episódio | Vozes da Cidade | 31:40\n\n{PROSE['pt']} {PROSE['pt']}\n"
    assert {d.rule for d in lint_text(text, language="pt") if d.line == 3} <= {"embed-remnant"}


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Listen to the story · 4 min"), ("it", "Ascolta questo articolo"), ("de", "Beitrag anhören"),
    ("fr", "Écoutez l'article ▶ 02:40"), ("es", "Escuchar esta noticia · 3 min"),
    ("pt", "🔊 Ouvir este artigo · Guardar · Partilhar"), ("nl", "Beluister dit artikel · 5 min"),
])
def test_the_pages_button_to_read_its_article_aloud(language: str, line: str) -> None:
    """No embed was there: the page offers to read its own article aloud, a button of the page
    (its length or its neighbouring buttons beside it), not an embedded player's remnant."""
    text = f"{PROSE[language]}\n\n{line}\n\n{PROSE[language]} {PROSE[language]}\n"
    assert [(d.line, d.rule) for d in lint_text(text, language=language) if d.line == 3] == [(3, "page-chrome")]


def test_a_call_to_listen_to_a_podcast_stays_an_embed_remnant() -> None:
    text = f"{PROSE['en']}\n\nListen to the podcast · 31 min\n\n{PROSE['en']} {PROSE['en']}\n"
    assert [d.rule for d in lint_text(text, language="en") if d.line == 3] == ["embed-remnant"]

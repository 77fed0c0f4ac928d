"""Line rules on wordings written for this test in the seven languages: a byline of any shape
glued to the lead (a credit's label and the name, the name and the desk after a bar, the newsroom
with its place) by the lead's first capital, its dateline or its function word; the newsroom's
desk with the editors' codes after a dot, a credit's label run into the last paragraph, the
text's credit told as a sentence below it; a clip's length under its label and a bare gallery
counter (embed-remnant); a frozen relative time under any label (page-chrome). With the lines
of the same shape that stay the article's."""
from __future__ import annotations

import pytest

from test_line_variants import HEADLINE, PROSE, SECOND, at_end, between, lines_of, reported


@pytest.mark.parametrize(("language", "line"), [
    ("es", "Texto: Marta Solís Teruel, 4 de marzo de 2025 (Agencia Sur).– El Ayuntamiento aprobó el martes un nuevo plan."),
    ("pt", "Texto: Rui Almeida LISBOA (Agência Sul) – O executivo municipal aprovou na terça-feira um novo plano."),
    ("nl", "Tekst: Bram Kuipers De gemeente heeft dinsdag een nieuw plan gepresenteerd om de bruggen te herstellen."),
    ("en", "Words: Nathan Oduya The county council approved on Tuesday a new plan to repair the bridges."),
    ("fr", "Hugo Lemaire | Rédaction Bretagne-NordLe conseil municipal a voté mardi soir une enveloppe de deux millions."),
    ("it", "Chiara Ferri | Redazione CronacaIl consiglio comunale ha approvato ieri il piano triennale delle opere."),
    ("de", "Sabine Kröger | Lokalredaktion KielDer Kreistag hat am Dienstag einen neuen Plan für die Brücken beschlossen."),
    ("fr", "Marc Dubois | Rédaction sportsLe club a présenté mardi soir son nouvel entraîneur devant la presse locale."),
    ("it", "Redazione Val BrembanaBERGAMO, 4 marzo 2025 – Il consiglio comunale ha approvato ieri il piano delle opere."),
    ("de", "Redaktion OberlandMURNAU (dpa) – Der Kreistag hat am Dienstag einen neuen Plan für die Brücken beschlossen."),
    ("de", "Von Ingrid Halvorsen Oslo (nordwire) – Der Batteriehersteller hat am Dienstag einen neuen Plan vorgestellt."),
    ("it", "Di Marco Neri e della redazione sportiva con Agenzia SudNAPOLI, 3 marzo (Agenzia Sud) – Il Napoli ha vinto ieri."),
    ("es", "MARTA SOLÍS | Bajo Aragón Un ciberataque de tipo ransomware ha dejado sin servicio al hospital desde el lunes."),
])
def test_a_byline_of_any_shape_glued_to_the_lead(language: str, line: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{SECOND[language]}\n"
    assert lines_of("byline-remnant", text, language) == [3]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Text: the council approved on Tuesday a new plan to repair the bridges over the river and the canal."),
    ("de", "Redaktion und Verlag haben am Dienstag einen neuen Plan für die Zukunft der Zeitung vorgestellt."),
    ("it", "La Redazione di Bergamo ha deciso ieri di aprire una nuova sede nel centro della città."),
    ("en", "By the end of the week the NHS said the plan had worked, according to figures released on Monday."),
])
def test_a_lead_about_the_newsroom_is_prose(language: str, line: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{SECOND[language]}\n"
    assert lines_of("byline-remnant", text, language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("nl", "Redactie Noord · ABK/lm"),
    ("de", "Redaktion Lokales · KLS/tb"),
    ("fr", "Article rédigé par La Voix du Morvan et diffusé par le réseau Info-Régions."),
    ("es", "Texto elaborado por El Heraldo Comarcal y distribuido por la red Noticias Locales."),
    ("en", "Article written by the Wessex Gazette and distributed by the Local News Network."),
])
def test_the_desks_codes_and_the_texts_credit_below_the_text(language: str, line: str) -> None:
    assert reported("byline-remnant", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "tail"), [("nl", " Tekst: Sanne Bos (ANP)"), ("es", " Texto: Lucía Ferrán (AFN)"), ("en", " Words: Tom Barker")])
def test_a_credits_label_run_into_the_last_paragraph(language: str, tail: str) -> None:
    text = f"{HEADLINE}\n\n{PROSE[language]}\n\n{SECOND[language]}{tail}\n"
    assert lines_of("byline-remnant", text, language) == [5]


@pytest.mark.parametrize(("language", "line"), [
    ("es", "Duración 2:45"), ("fr", "Durée : 3:05"), ("de", "Dauer 1:58"), ("pt", "Duração 3:33"),
    ("nl", "Duur 2:10"), ("it", "Durata del video 1:12"), ("en", "Video duration 1:02:15"),
    ("fr", "1 sur 9"), ("es", "4 de 12"), ("it", "1 di 9"), ("de", "1 von 9"), ("nl", "1 van 9"), ("en", "1 of 9"),
])
def test_a_clips_length_and_a_bare_gallery_counter(language: str, line: str) -> None:
    assert reported("embed-remnant", between(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Mis en ligne il y a 5 h"), ("es", "Subido hace 2 horas"), ("it", "Caricato 3 ore fa"),
    ("de", "Online seit vor 2 Stunden"), ("nl", "Geplaatst 2 uur geleden"), ("pt", "Enviado há 4 horas"),
])
def test_a_frozen_relative_time_under_any_label(language: str, line: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{PROSE[language]}\n\n{SECOND[language]}\n"
    assert reported("page-chrome", text, line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Elle est partie il y a 3 ans"), ("de", "Er starb vor 3 Jahren"), ("es", "Todo empezó hace 20 años"),
    ("it", "Tutto è iniziato 20 anni fa"), ("nl", "Het begon 20 jaar geleden"), ("pt", "Tudo começou há 20 anos"),
    ("fr", "Il est parti il y a 3 heures"),
])
def test_a_storys_own_time_is_no_stamp(language: str, line: str) -> None:
    assert lines_of("page-chrome", between(line, language), language) == []

"""generation-residue on an assistant's notes about its own text, written for this test in the
seven languages before set 36 was read: its first-person note on what it kept or changed, the
model speaking of what it knows, an offer to change a part of what it made; and the notes and
sentences of a reporter that look like them."""
from __future__ import annotations

import pytest

from test_line_variants import HEADLINE, PROSE, SECOND, at_end, at_top, between, lines_of, reported


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Note: I've kept the original quotes unchanged and adjusted the tone for a general audience."),
    ("it", "Nota: ho mantenuto le citazioni originali e semplificato alcuni passaggi."),
    ("de", "Hinweis: Ich habe die Zitate wörtlich übernommen und die Zahlen gerundet."),
    ("fr", "Remarque : j'ai conservé les citations d'origine et adapté le ton."),
    ("es", "Nota: he mantenido las citas originales y he resumido el resto."),
    ("pt", "Nota: mantive as citações originais e ajustei o tom."),
    ("nl", "Opmerking: ik heb de citaten letterlijk overgenomen."),
])
def test_the_assistants_note_on_what_it_did_to_the_text(language: str, line: str) -> None:
    assert reported("generation-residue", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "As of my last update in 2023, the figures were not yet final."),
    ("en", "I don't have access to real-time data, so please check the official site for updates."),
    ("it", "Le mie conoscenze si fermano al 2023, quindi i dati potrebbero essere cambiati."),
    ("de", "Nach Stand meines Wissens wurde das Projekt noch nicht genehmigt."),
    ("fr", "À la date de ma dernière mise à jour, le chantier n'avait pas commencé."),
    ("es", "Según mi última actualización, la obra seguía en fase de licitación."),
    ("pt", "Não tenho acesso a informações em tempo real sobre a votação."),
    ("nl", "Volgens mijn laatste update was de stemming nog niet gehouden."),
])
def test_the_model_speaking_of_what_it_knows(language: str, line: str) -> None:
    assert reported("generation-residue", between(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Let me know if you'd like me to shorten it to 300 words."),
    ("it", "Fammi sapere se preferisci frasi più brevi."),
])
def test_an_offer_to_change_a_part_of_what_it_made(language: str, line: str) -> None:
    assert reported("generation-residue", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Note: I have changed the names of the children to protect their identity."),
    ("en", "Note: I interviewed twelve residents for this article over three weeks."),
    ("it", "Nota: ho contattato l'ufficio stampa del Comune, che non ha risposto."),
    ("de", "Hinweis: Ich habe für diesen Text mit zwölf Anwohnern gesprochen."),
    ("en", "Since my last update, two more people have been rescued from the flooded farms."),
    ("en", "“As of my last update, nothing had changed,” the engineer told the inquiry."),
    ("es", "«Déjame saber si quieres las cifras», dijo el consejero a los periodistas."),
    ("nl", "Opmerking: de cijfers over 2025 zijn voorlopig."),
])
def test_a_reporters_notes_and_quotes_are_no_residue(language: str, line: str) -> None:
    assert lines_of("generation-residue", at_end(line, language), language) == []

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


@pytest.mark.parametrize(("language", "line"), [
    ("en", "I've translated the article from Italian; let me know if you need any changes."),
    ("it", "Ho riscritto l'articolo in uno stile più giornalistico, mantenendo i fatti principali."),
    ("de", "Ich habe den Text gekürzt und die wichtigsten Zahlen beibehalten."),
    ("fr", "J'ai résumé la dépêche en trois paragraphes, comme demandé."),
    ("es", "He traducido la noticia al español manteniendo el tono original."),
    ("pt", "Reescrevi a matéria com uma linguagem mais simples, como você pediu."),
    ("nl", "Ik heb het artikel ingekort tot ongeveer 300 woorden."),
])
def test_the_assistant_telling_what_it_did_to_the_text(language: str, line: str) -> None:
    assert reported("generation-residue", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Suggested headline: Council backs budget after marathon session"),
    ("it", "Titolo suggerito: Il consiglio approva il bilancio"),
    ("de", "Überschrift-Vorschlag: Gemeinderat beschließt Haushalt"),
    ("es", "Titular propuesto: El pleno aprueba el presupuesto"),
    ("nl", "Voorgestelde kop: Gemeenteraad keurt begroting goed"),
])
def test_a_proposal_under_its_label(language: str, line: str) -> None:
    assert reported("generation-residue", at_top(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Is there anything else you'd like me to change in the article?"),
    ("es", "¿Hay algo más que quieras que cambie en el texto?"),
    ("de", "Soll ich noch eine Bildunterschrift formulieren?"),
    ("it", "Vuoi che aggiunga anche un occhiello o una didascalia per la foto?"),
    ("en", "I can also prepare a shorter version of this story for social media if you like."),
    ("fr", "Je peux aussi rédiger une version plus courte de cet article pour les réseaux sociaux, si vous le souhaitez."),
])
def test_an_offer_of_more_or_of_another_version(language: str, line: str) -> None:
    assert reported("generation-residue", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "[Loading translation…]"),
    ("it", "(Traduzione in caricamento...)"),
    ("de", "[Zusammenfassung wird geladen …]"),
    ("nl", "[Vertaling wordt geladen…]"),
])
def test_a_progress_message_in_brackets(language: str, line: str) -> None:
    assert reported("generation-residue", between(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "I can't verify the accuracy of these figures, as I don't have access to the original documents."),
    ("it", "Non posso garantire l'accuratezza dei dati citati, perché non ho accesso alle fonti originali."),
    ("de", "Ich kann die Richtigkeit der Zahlen nicht garantieren, da ich keinen Zugriff auf die Originalquellen habe."),
    ("es", "No puedo garantizar la exactitud de las cifras, ya que no tengo acceso a las fuentes."),
])
def test_the_model_disclaiming_the_accuracy_of_its_text(language: str, line: str) -> None:
    assert reported("generation-residue", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Gladly, here you go! Below is the story adapted for a British audience:"),
    ("es", "¡Con mucho gusto! A continuación tienes la noticia adaptada al español de España:"),
    ("it", "Ma certo! Qui sotto trovi l'articolo adattato per il pubblico italiano:"),
    ("fr", "Voici l'article réécrit dans un style plus neutre :"),
    ("nl", "Hieronder lees je het ingekorte artikel, aangepast voor een Vlaams publiek:"),
])
def test_an_opener_after_any_exclamation_or_with_an_elided_article(language: str, line: str) -> None:
    assert reported("generation-residue", at_top(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Sources: valleytimes+3, gov.uk+1"),
    ("it", "Fonti: ansa.it+2 · comune.roma.it+1"),
    ("nl", "Bronnen: nos.nl+1, rijksoverheid+2"),
])
def test_a_line_of_sources_with_citation_pills(language: str, line: str) -> None:
    text = at_end(line, language)
    assert set(lines_of("generation-residue", text, language)) == {text.split("\n").index(line) + 1}
    assert lines_of("byline-remnant", text, language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "I've translated poems from Italian for twenty years, the author said of her work."),
    ("de", "Ich habe den Text meiner Rede gekürzt, sagte der Bürgermeister."),
    ("it", "Ho riscritto il mio discorso tre volte, racconta la sindaca."),
    ("fr", "« J'ai résumé la situation au préfet », a expliqué le maire."),
    ("en", "Is there anything else the council could have done? Residents think so."),
    ("en", "Sources: council minutes, interviews with residents"),
    ("it", "Non posso garantire nulla, ha detto il sindaco ai cronisti."),
    ("en", "I can also see why residents are angry about the plan, and I have said so."),
    ("pt", "Posso garantir que a obra acaba em maio, disse o autarca."),
    ("fr", "Bravo ! Voici les résultats du concours :"),
])
def test_a_speakers_first_person_and_a_plain_source_line_are_no_residue(language: str, line: str) -> None:
    assert lines_of("generation-residue", at_end(line, language), language) == []


# -- a fourth round, written after set 36's fixes to measure what they carry (9 / 18 found) --

@pytest.mark.parametrize(("language", "line"), [
    ("en", "Please note that I have simplified some of the technical terms."),
    ("it", "Ho cercato di mantenere il tono dell'originale, ma alcune espressioni sono state adattate."),
    ("de", "Bitte beachte, dass ich einige Zahlen nicht überprüfen konnte."),
    ("fr", "Je n'ai pas pu vérifier les chiffres cités dans la dépêche originale."),
    ("es", "Si necesitas que ajuste la longitud o el tono, dímelo."),
    ("pt", "Caso precise de ajustes no texto, é só avisar."),
    ("nl", "Ik heb sommige citaten iets ingekort voor de leesbaarheid."),
    ("en", "Certainly — here is the article rewritten for a younger audience:"),
])
def test_the_assistants_note_or_offer_in_a_fourth_wording(language: str, line: str) -> None:
    assert reported("generation-residue", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Please note that the car park will be closed on Sunday."),
    ("de", "Bitte beachten Sie, dass die Straße gesperrt ist."),
    ("es", "Si necesitas ayuda, llama al 112."),
    ("nl", "Ik heb het zelf ook meegemaakt, zegt de burgemeester."),
])
def test_a_notice_to_readers_is_no_residue(language: str, line: str) -> None:
    assert lines_of("generation-residue", at_end(line, language), language) == []
